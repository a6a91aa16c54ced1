"""Worker processes that extract batches under a time budget per article.

Why processes: Python's ``re`` cannot be interrupted (no signal handler runs during
a C-level match), so the one way to stop an article that overruns its budget is to
kill the process running it. :func:`extract_supervised` hands batches to
``settings.workers`` worker processes (each loads the model once), takes back each
article's lines as soon as they are ready, and yields them in input order.

- An article overruns its budget when no result comes within ``article_timeout``
  seconds of the previous one. The worker is killed and replaced; if other articles
  of its batch were still pending (spaCy runs a batch together, so the culprit is not
  known yet), each is run again alone with a full budget, and the one that overruns
  alone gets an ``error`` record: ``timed out after N s``, no fact records.
- A worker that dies (killed from outside, out of memory, a crash) is handled the
  same way: its pending articles are run again alone; one that kills its worker
  again gets an ``error`` record. No article is lost or written twice.
- Workers die with their parent whatever kills it (``PR_SET_PDEATHSIG`` on Linux, and
  a thread watching the parent's pid elsewhere), run in their own process group (a
  Ctrl-C is the parent's to handle) and never touch standard input or output.
- Idle workers are kept for the next run of the same process (like the model cache of
  :func:`presse2data.pipeline.build_nlp`); :func:`shutdown` ends them, and so does exit.

Protocol, over two pipes carrying pickled messages: the parent sends
``(settings, [Article, ...])`` (``None`` = exit); the worker answers ``("ready", pid)``
once its model is loaded, then ``("lines", ArticleLines)`` per article in order, or
``("failed", message)`` when it cannot start.
"""

from __future__ import annotations

import atexit
import dataclasses
import os
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from ..inputs.reading import Article
from ..settings import Settings
from ..outputs.writing import ArticleLines, render

# The worker program; tests point it at a stand-in that hangs or dies on demand.
WORKER_COMMAND: list[str] = [sys.executable, "-m", "presse2data.batch.workers"]
_WARM_MAX = 2  # idle workers kept between runs of one process
_START_FAILURES_MAX = 3  # workers dying while they load the model, in a row, before giving up


class WorkerError(RuntimeError):
    """Worker processes cannot be started (the model does not load, ...)."""


def seconds(value: float) -> str:
    return f"{value:g}"


def timed_out_message(timeout: float) -> str:
    return f"timed out after {seconds(timeout)} s"


# -- the parent's side -----------------------------------------------------------------
@dataclass
class _Slot:
    """One input batch: results fill in as they come, and leave in order."""

    articles: list[Article]
    results: list[ArticleLines | None]
    next: int = 0


@dataclass
class _Job:
    slot: _Slot
    positions: list[int]  # of its articles in the slot
    articles: list[Article]
    alone: bool = False  # one article run again alone: what goes wrong now is its own doing


@dataclass
class _Worker:
    process: subprocess.Popen
    command: tuple[str, ...]
    model: str
    inbox: Connection  # worker -> parent
    outbox: Connection  # parent -> worker
    ready: bool = False
    job: _Job | None = None
    done: int = 0  # articles of the job already returned
    deadline: float | None = None


_warm: list[_Worker] = []


def extract_supervised(batches: Iterable[list[Article]], settings: Settings) -> Iterator[ArticleLines]:
    """Every article's lines, in input order, from worker processes under ``settings.article_timeout``."""
    pool = _Pool(settings)
    try:
        yield from pool.run(iter(batches))
    finally:
        pool.close()


class _Pool:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.size = settings.workers
        self.timeout = settings.article_timeout or None
        self.workers: list[_Worker] = []
        self.jobs: deque[_Job] = deque()
        self.slots: deque[_Slot] = deque()
        self.start_failures = 0
        while _warm and len(self.workers) < self.size:
            worker = _warm.pop()
            if (worker.command, worker.model) == (tuple(WORKER_COMMAND), settings.model) and worker.process.poll() is None:
                self.workers.append(worker)
            else:
                _stop(worker)

    def run(self, batches: Iterator[list[Article]]) -> Iterator[ArticleLines]:
        exhausted = False
        while True:
            while not exhausted and len(self.slots) < 2 * self.size:  # read ahead, bounded
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                slot = _Slot(batch, [None] * len(batch))
                self.slots.append(slot)
                self.jobs.append(_Job(slot, list(range(len(batch))), batch))
            self._dispatch()
            while self.slots:  # what is ready leaves, in input order
                slot = self.slots[0]
                while slot.next < len(slot.results) and slot.results[slot.next] is not None:
                    lines, slot.results[slot.next] = slot.results[slot.next], None
                    slot.next += 1
                    yield lines
                if slot.next < len(slot.results):
                    break
                self.slots.popleft()
            if exhausted and not self.slots:
                return
            self._wait()

    def close(self) -> None:
        """Idle workers are kept warm for the next run; busy ones are killed (their work is void)."""
        for worker in self.workers:
            if worker.ready and worker.job is None and worker.process.poll() is None and len(_warm) < _WARM_MAX:
                _warm.append(worker)
            else:
                _stop(worker)
        self.workers = []

    # -- internals ---------------------------------------------------------------------
    def _dispatch(self) -> None:
        for worker in list(self.workers):
            if self.jobs and worker.ready and worker.job is None:
                self._send(worker, self.jobs.popleft())
        starting = sum(1 for w in self.workers if not w.ready)
        while len(self.workers) < self.size and len(self.jobs) > starting:  # jobs left: no worker is idle
            self.workers.append(_spawn(self.settings.model))
            starting += 1

    def _send(self, worker: _Worker, job: _Job) -> None:
        worker.job, worker.done = job, 0
        worker.deadline = time.monotonic() + self.timeout if self.timeout else None
        try:
            worker.outbox.send((self.settings, job.articles))
        except OSError:  # it died while idle
            self._lost(worker, None)

    def _wait(self) -> None:
        deadlines = [w.deadline for w in self.workers if w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        for inbox in wait([w.inbox for w in self.workers], timeout):
            worker = next(w for w in self.workers if w.inbox is inbox)
            try:
                while True:
                    self._receive(worker, inbox.recv())
                    if not inbox.poll():
                        break
            except (EOFError, OSError):
                self._lost(worker, None)
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.deadline is not None and now >= worker.deadline and not worker.inbox.poll():
                self._lost(worker, timed_out_message(self.settings.article_timeout))

    def _receive(self, worker: _Worker, message: tuple) -> None:
        kind, value = message
        if kind == "ready":
            worker.ready, self.start_failures = True, 0
        elif kind == "failed":
            raise WorkerError(f"a worker process could not start: {value}")
        elif kind == "lines":
            job = worker.job
            job.slot.results[job.positions[worker.done]] = value
            worker.done += 1
            if worker.done == len(job.articles):
                worker.job, worker.deadline = None, None
            elif self.timeout:
                worker.deadline = time.monotonic() + self.timeout

    def _lost(self, worker: _Worker, timed_out: str | None) -> None:
        """``worker`` overran its budget (``timed_out`` says so) or died: replace it, redo its work."""
        self.workers.remove(worker)
        _stop(worker)
        job = worker.job
        if job is None:
            if not worker.ready:
                self.start_failures += 1
                if self.start_failures >= _START_FAILURES_MAX:
                    raise WorkerError(
                        f"worker processes die while loading the model (exit code {worker.process.returncode})"
                    )
            return
        pending = list(zip(job.positions[worker.done :], job.articles[worker.done :]))
        if job.alone or (timed_out and len(pending) == 1):
            message = timed_out or _death_message(worker.process.returncode)
            retries = [_Job(job.slot, [pos], [dataclasses.replace(article, error=message)], alone=True) for pos, article in pending]
        else:
            retries = [_Job(job.slot, [pos], [article], alone=True) for pos, article in pending]
        self.jobs.extendleft(reversed(retries))


def _death_message(returncode: int | None) -> str:
    how = f"killed by signal {-returncode}" if returncode is not None and returncode < 0 else f"exit code {returncode}"
    return f"the worker process died while extracting this article ({how})"


def _spawn(model: str) -> _Worker:
    command = tuple(WORKER_COMMAND)
    to_worker_r, to_worker_w = os.pipe()
    from_worker_r, from_worker_w = os.pipe()
    try:
        process = subprocess.Popen(
            [*command, str(to_worker_r), str(from_worker_w), str(os.getpid()), model],
            pass_fds=(to_worker_r, from_worker_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,  # standard output is the records'
            process_group=0,  # a Ctrl-C reaches the parent only
        )
    finally:
        os.close(to_worker_r)
        os.close(from_worker_w)
    return _Worker(process, command, model, Connection(from_worker_r, writable=False), Connection(to_worker_w, readable=False))


def _stop(worker: _Worker) -> None:
    if worker.process.poll() is None:
        worker.process.kill()
    worker.process.wait()
    worker.inbox.close()
    worker.outbox.close()


@atexit.register
def shutdown() -> None:
    """End the idle workers kept between runs."""
    while _warm:
        _stop(_warm.pop())


# -- the worker's side -----------------------------------------------------------------
def die_with_parent(parent: int) -> None:
    """Exit when ``parent`` does, however it ends (even ``kill -9``)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:  # elsewhere, and as a fallback (runs whenever the GIL is free)
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:  # it died before the prctl above
        os._exit(1)
    threading.Thread(target=watch, name="presse2data-parent-watch", daemon=True).start()


def _load(model: str) -> Callable[[Settings, list[Article]], Iterator[ArticleLines]]:
    from ..extractor import Extractor
    from ..pipeline import build_nlp

    build_nlp(model)
    extractors: dict[Settings, Extractor] = {}

    def extract(settings: Settings, articles: list[Article]) -> Iterator[ArticleLines]:
        if settings not in extractors:
            extractors.clear()
            extractors[settings] = Extractor(settings)  # cheap: the model is cached
        for records in extractors[settings].extract_articles(articles):
            yield render(records)

    return extract


def serve(argv: list[str], load: Callable[[str], Callable] = _load) -> int:
    """The worker's loop: ``argv`` = read fd, write fd, parent pid, model name."""
    inbox_fd, outbox_fd, parent = (int(a) for a in argv[:3])
    die_with_parent(parent)
    inbox, outbox = Connection(inbox_fd, writable=False), Connection(outbox_fd, readable=False)
    try:
        extract = load(argv[3])
    except Exception as exc:  # reported by the parent as a usage-level failure
        outbox.send(("failed", f"{type(exc).__name__}: {exc}"))
        return 1
    outbox.send(("ready", os.getpid()))
    while True:
        try:
            message = inbox.recv()
        except EOFError:
            return 0
        if message is None:
            return 0
        settings, articles = message
        try:
            for lines in extract(settings, articles):
                outbox.send(("lines", lines))
        except (BrokenPipeError, EOFError):  # the parent is gone
            return 0
        except Exception as exc:  # a bug: the parent runs the batch again article by article
            print(f"presse2data: worker process {os.getpid()}: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 70


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]))
