"""Rule and lexicon files of presse2data, shipped inside the package as ``presse2data.models``.

See README.md in this folder for the file formats.
"""
