"""Extraction on a Dask cluster: ``presse2data extract INPUT -o OUT --scheduler ADDRESS``.

The records are the same bytes as a local run's: workers render each article's lines
with :func:`writing.render`, the client writes them with the run's
:class:`writing.RecordWriter`, in input order, however the tasks finish.

- ``--scheduler tcp://host:8786`` (or ``host:8786``) uses a running cluster,
  ``--scheduler scheduler.json`` one that wrote a scheduler file (dask-jobqueue,
  dask-mpi), ``--scheduler local:N`` starts N worker processes on this machine.
- Each worker loads the spaCy pipeline once: a worker plugin builds the
  :class:`Extractor` when the worker joins and every task reuses it.
- Articles go to the workers in partitions of ``2 × batch_size`` (about a second
  and a half of work): the per-task overhead of Dask stays far below 1 %, the last
  tasks of a run end close together, and a failure costs few articles. About three
  partitions per worker thread are in flight, recounted as workers join or leave.
- Nothing is lost: a task is retried (Dask also moves the task of a dead worker to
  another one); when it still fails, each of its articles gets an ``article`` record
  with ``status: error`` saying why.
- Local paths are read by the client (exactly like a local run) and sent to the
  workers, which then need no shared file system. URLs (``s3://bucket/corpus/``,
  ``gs://...``, ``file:///shared/corpus/``) are listed by the client and read
  on the workers through fsspec, with the matching filesystem package installed
  (``s3fs``, ``gcsfs``, ...).

For Dask users, :func:`extract_bag` maps a ``dask.bag`` of article dicts (as in the
JSONL input) to a bag of record dicts.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import json
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import IO, TYPE_CHECKING

from distributed import Client, wait
from distributed.diagnostics.plugin import WorkerPlugin
from distributed.scheduler import KilledWorker

from ..inputs.reading import Article, ArticleIds, InputError, iter_jsonl, read_file, refuse_oversized
from ..settings import Settings
from ..outputs.writing import ArticleLines, render

if TYPE_CHECKING:
    import dask.bag

PARTITION_BATCHES = 2  # articles per task = PARTITION_BATCHES × batch_size
RETRIES = 2  # re-runs of a task that raised, on top of Dask's own rescheduling of a dead worker's tasks
TASKS_PER_THREAD = 3  # partitions in flight (or done, waiting for an earlier one) per worker thread
NO_WORKER_TIMEOUT = 120.0  # seconds without any worker before a run gives up


class ClusterError(InputError):
    """The cluster cannot be reached or cannot run presse2data: a usage error with a clear message."""


# -- the worker side ---------------------------------------------------------------------
_extractors: dict[Settings, object] = {}
_lock = threading.Lock()  # one extraction at a time per worker process: a spaCy pipeline is not thread-safe


def _for_workers(settings: Settings) -> Settings:
    """The settings a worker needs; ``scheduler`` and ``workers`` concern the client only."""
    return dataclasses.replace(settings, scheduler=None, workers=1)


def _extractor(settings: Settings):
    """This process's Extractor for ``settings`` (the spaCy pipeline itself is loaded once per process)."""
    with _lock:
        extractor = _extractors.get(settings)
        if extractor is None:
            from ..extractor import Extractor

            extractor = _extractors[settings] = Extractor(settings)
        return extractor


class LoadPipeline(WorkerPlugin):
    """Builds the worker's Extractor when it joins (in a thread: the worker keeps answering heartbeats)."""

    idempotent = True  # a second run with the same settings finds the pipeline loaded

    def __init__(self, settings: Settings):
        self.settings = settings

    async def setup(self, worker):
        await asyncio.to_thread(_extractor, self.settings)


@dataclasses.dataclass(frozen=True)
class RemoteFile:
    """An input ``.txt`` read on the worker through fsspec; stands for its Article until then."""

    id: str
    url: str
    error: str | None = None  # a repeated id (reading.ArticleIds): not read at all

    def read(self, max_chars: int = 0) -> Article:
        if self.error is not None:
            return Article(id=self.id, text=None, path=self.url, error=self.error)
        return read_file(_FsspecPath(self.url), self.id, max_chars)


class _FsspecPath:
    """What :func:`reading.read_file` asks of a path, for a URL: ``open``, its name and suffix."""

    def __init__(self, url: str):
        self.url = url

    @property
    def suffix(self) -> str:
        from posixpath import splitext

        return splitext(self.url.rstrip("/"))[1]

    @contextlib.contextmanager
    def open(self, mode: str = "rb") -> Iterator[IO[bytes]]:
        import fsspec

        try:
            with fsspec.open(self.url, mode) as stream:
                yield stream  # a failed read in the caller's block is raised here too
        except Exception as exc:  # read_file words OSError.strerror; storage clients raise their own errors too
            error = OSError(f"{type(exc).__name__}: {exc}")
            error.strerror = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(error)
            raise error from None

    def __str__(self) -> str:
        return self.url


def _read(item: Article | RemoteFile, max_chars: int) -> Article:
    return item if isinstance(item, Article) else item.read(max_chars)


def _run_partition(items: list, settings: Settings, error: str | None = None) -> list[ArticleLines]:
    """One task: read the partition's articles if needed, extract, render. With ``error``,
    only the ``article`` records, each failed with that message (no spaCy run)."""
    articles = [refuse_oversized(_read(item, settings.max_article_chars), settings.max_article_chars) for item in items]
    if error is not None:
        articles = [a if a.error else dataclasses.replace(a, error=error) for a in articles]
    extractor = _extractor(settings)
    with _lock:
        return [render(records) for records in extractor.extract_articles(articles)]


def _worker_version() -> str:
    from .. import __version__

    return __version__


# -- connecting --------------------------------------------------------------------------
class _Connection:
    """A Client on the cluster named by ``--scheduler``, with its LocalCluster for ``local:N``."""

    def __init__(self, address: str):
        import logging

        from distributed import LocalCluster

        self.address = address
        self.cluster = None
        local = _local_workers(address)
        try:
            if local is not None:
                import dask

                # CPU-bound workers that keep their model: no 10 ms stack sampling, no malloc trimming
                with dask.config.set(
                    {
                        "distributed.worker.profile.enabled": False,
                        "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                    }
                ):
                    self.cluster = LocalCluster(
                        n_workers=local,
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self.client = Client(self.cluster)
            elif address.endswith(".json"):  # timeout: Dask's distributed.comm.timeouts.connect
                self.client = Client(scheduler_file=address)
            else:
                self.client = Client(address)
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise ClusterError(f"cannot connect to the Dask scheduler at {address}: {exc}") from None

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> "_Connection":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _local_workers(address: str) -> int | None:
    """N of ``local:N`` (``local`` alone: one worker per core), None for a real address."""
    import os

    if address != "local" and not address.startswith("local:"):
        return None
    count = address.partition(":")[2] or str(os.cpu_count() or 1)
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--scheduler {address}: expected local:N with N >= 1 worker processes, e.g. local:4")
    return int(count)


def _prepare_workers(client: Client, settings: Settings) -> None:
    """Load the pipeline on every worker (and on every one that joins later)."""
    try:
        client.wait_for_workers(1, timeout=NO_WORKER_TIMEOUT)
    except TimeoutError:
        raise ClusterError(
            f"the Dask cluster has no worker after {NO_WORKER_TIMEOUT:.0f}s; start some with: dask worker ADDRESS"
        ) from None
    from .. import __version__

    try:
        versions = set(client.run(_worker_version).values())
        plugin = LoadPipeline(settings)
        client.register_plugin(plugin, name=f"presse2data-{_settings_key(settings)}")
    except Exception as exc:
        raise ClusterError(
            f"the Dask workers cannot run presse2data ({type(exc).__name__}: {exc}); install it, with its "
            "spaCy model, in every worker's environment (pip install -r requirements.lock && pip install .)"
        ) from None
    if versions - {__version__}:
        raise ClusterError(
            f"the Dask workers run presse2data {', '.join(sorted(versions))}, this client {__version__}: "
            "install the same version everywhere so that the records are the same"
        )


def _settings_key(settings: Settings) -> str:
    return hashlib.sha256(repr(settings).encode()).hexdigest()[:12]


# -- the client side ---------------------------------------------------------------------
def extract_lines(items: Iterable[Article | RemoteFile], settings: Settings) -> Iterator[ArticleLines]:
    """Rendered lines of every article of ``items``, in input order, extracted on the cluster
    ``settings.scheduler``: the ``--scheduler`` branch of :func:`run._extract_all`."""
    if settings.workers != 1:
        raise ClusterError("--workers and --scheduler exclude each other: use --scheduler local:N for N local workers")
    with _Connection(settings.scheduler) as connection:
        worker_settings = _for_workers(settings)
        _prepare_workers(connection.client, worker_settings)
        size = PARTITION_BATCHES * settings.batch_size
        try:
            yield from _ordered(connection.client, _partitions(items, size), worker_settings)
        except (OSError, TimeoutError) as exc:  # the scheduler went away (CommClosedError is an OSError)
            raise ClusterError(
                f"lost the Dask scheduler at {settings.scheduler} ({type(exc).__name__}: {exc}); the articles "
                "written so far are complete: rerun with --resume"
            ) from None


def _partitions(items: Iterable, size: int) -> Iterator[list]:
    partition: list = []
    for item in items:
        partition.append(item)
        if len(partition) >= size:
            yield partition
            partition = []
    if partition:
        yield partition


def _ordered(client: Client, partitions: Iterator[list], settings: Settings) -> Iterator[ArticleLines]:
    """Submit partitions, a bounded number at a time; yield their lines in input order as they complete."""
    window, sized = 0, 0.0
    running: dict = {}  # future -> partition index
    parts: dict[int, list] = {}  # index -> items, kept until written
    failed: set[int] = set()  # partitions whose task failed for good: their error records are on the way
    results: dict[int, list[ArticleLines]] = {}
    submitted = written = 0
    exhausted = False
    idle_since: float | None = None
    while True:
        if time.monotonic() - sized > 1.0:  # workers join (adaptive clusters, jobqueue) or leave
            window, sized = TASKS_PER_THREAD * max(1, sum(client.nthreads().values())), time.monotonic()
        while not exhausted and len(parts) < window:
            items = next(partitions, None)
            if items is None:
                exhausted = True
                break
            parts[submitted] = items
            running[client.submit(_run_partition, items, settings, retries=RETRIES, pure=False)] = submitted
            submitted += 1
        while written in results:
            yield from results.pop(written)
            del parts[written]
            written += 1
            if not exhausted and len(parts) < window:
                break
        else:
            if exhausted and written == submitted:
                return
            try:
                done = wait(list(running), timeout=5, return_when="FIRST_COMPLETED").done
                idle_since = None
            except TimeoutError:
                done = set()
                idle_since = _check_workers(client, idle_since)
            for future in done:
                index = running.pop(future)
                try:
                    results[index] = future.result()
                except Exception as exc:
                    if index in failed:
                        raise ClusterError(
                            f"the Dask cluster could not even record the failure of {len(parts[index])} articles "
                            f"({_describe(exc)}); the articles written so far are complete: rerun with --resume"
                        ) from None
                    failed.add(index)
                    message = f"extraction failed on the Dask cluster: {_describe(exc)}"
                    running[client.submit(_run_partition, parts[index], settings, message, retries=RETRIES, pure=False)] = index
                future.release()


def _check_workers(client: Client, idle_since: float | None) -> float | None:
    """Time since the cluster last had a worker; past NO_WORKER_TIMEOUT the run stops with a clear error."""
    if client.nthreads():
        return None
    now = time.monotonic()
    if idle_since is not None and now - idle_since > NO_WORKER_TIMEOUT:
        raise ClusterError(
            f"the Dask cluster has had no worker for {NO_WORKER_TIMEOUT:.0f}s; the articles written so far are "
            "complete: start workers and rerun with --resume"
        )
    return idle_since or now


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KilledWorker):
        return (
            "the worker running these articles died (out of memory or a crash) on every try; "
            f"{type(exc).__name__}: {exc}"
        )
    return f"{type(exc).__name__}: {exc} (after {RETRIES} retries)"


# -- inputs read on the workers ----------------------------------------------------------
def iter_remote(source: str) -> Iterator[RemoteFile]:
    """The ``.txt`` articles of a folder URL (recursively, sorted by relative path) or one ``.txt`` URL.

    Only names are read here; contents are read by the workers. Ids and duplicate
    checks are those of a local folder.
    """
    try:
        import fsspec

        fs, root = fsspec.core.url_to_fs(source)
        if fs.isdir(root):
            root = root.rstrip("/")
            paths = [p for p in fs.find(root) if PurePosixPath(p).suffix.lower() == ".txt"]
            relative = sorted((p[len(root) + 1 :], p) for p in paths if p.startswith(root + "/"))
        elif fs.isfile(root) and root.lower().endswith(".txt"):
            relative = [(PurePosixPath(root).name, root)]
        elif fs.exists(root):
            raise InputError(f"{source}: expected a folder of .txt files or a .txt file (JSONL inputs: a local path)")
        else:
            raise InputError(f"{source}: no such file or folder")
    except InputError:
        raise
    except ImportError as exc:
        raise InputError(f"{source}: {exc}") from None
    except Exception as exc:
        raise InputError(f"cannot list {source}: {type(exc).__name__}: {exc}") from None
    ids = ArticleIds()
    for rel, path in relative:
        url = fs.unstrip_protocol(path)
        article_id, error = ids.claim(PurePosixPath(rel).with_suffix("").as_posix(), url)
        yield RemoteFile(article_id, url, error)


# -- the Python API ----------------------------------------------------------------------
def extract_bag(articles: dask.bag.Bag, settings: Settings | None = None) -> dask.bag.Bag:
    """A bag of article dicts (``{"id", "text", "published"?, "title"?, "source"?}``, as in the
    JSONL input) → a bag of record dicts: per article its ``article`` record, then its facts.

    >>> import dask.bag as db                                               # doctest: +SKIP
    >>> records = extract_bag(db.from_sequence(dicts, npartitions=8))
    >>> records.map(json.dumps).to_textfiles("out/records-*.jsonl")

    Each worker loads the pipeline once. A dict that is not a valid article gets an
    ``article`` record with ``status: error``, as a bad JSONL line does; ids are not
    checked for duplicates across partitions.
    """
    return articles.map_partitions(_bag_partition, _for_workers(settings or Settings()))


def _bag_partition(dicts: Iterable[dict], settings: Settings) -> list[dict]:
    lines = (json.dumps(d, default=str).encode("ascii") + b"\n" for d in dicts)  # dates become YYYY-MM-DD
    rendered = _run_partition(list(iter_jsonl(lines, "<bag>")), settings)
    return [json.loads(line) for article in rendered for line in article.text.split("\n") if line]
