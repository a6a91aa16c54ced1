"""Batch runs of ``extract``: resume, worker processes under a time budget, Dask clusters, the progress bar."""
