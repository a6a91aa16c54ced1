"""Batch extraction: read, extract, write, count — the function behind ``presse2data extract``.

Articles stream through in batches: nothing accumulates per article, so memory
stays flat however large the corpus. With ``workers > 1`` batches go to worker
processes (each loads the model once) and come back in input order.
``resume`` keeps the complete articles already in the output file and appends
the rest, so a killed run finishes with exactly the records of an uninterrupted one.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .reading import Article, InputError, iter_articles
from .settings import Settings
from .writing import ArticleLines, RecordWriter, complete_prefix, render


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    resumed: int = 0
    resumed_failed: int = 0  # failed articles among the resumed ones: the run still failed
    records: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def describe(self) -> str:
        per_type = ", ".join(f"{n} {t}" for t, n in sorted(self.records.items())) or "no records"
        done = self.ok + self.failed
        rate = done / self.seconds if self.seconds else 0.0
        resumed = (
            f" (+{self.resumed} already done, {self.resumed_failed} of them failed, skipped)" if self.resumed else ""
        )
        return (
            f"presse2data: {done} articles{resumed} ({self.ok} ok, {self.failed} failed), "
            f"{per_type}; {self.seconds:.1f}s, {rate:.1f} articles/s"
        )


def run_extract(
    source: str | Path,
    output: str | Path | None,
    settings: Settings,
    progress: bool = False,
    resume: bool = False,
) -> Summary:
    """Extract every article of ``source`` into ``output`` (standard output when None)."""
    started = time.perf_counter()
    if settings.scheduler and "://" in str(source):
        from .cluster import iter_remote

        articles = iter_remote(str(source))  # a URL (s3://...): listed here, read on the workers
    else:
        articles = iter_articles(source)
    first = next(articles, None)  # a usage error surfaces before the model loads
    articles = itertools.chain([first], articles) if first is not None else iter(())
    if output is not None and str(output) == "-":
        output = None
    if output is not None:
        _check_output(Path(output), source)
    done: list[tuple[str, str]] = []
    if resume:
        if output is None:
            raise InputError("--resume needs an output file (-o FILE)")
        try:
            done = complete_prefix(Path(output))
        except (ValueError, OSError) as exc:
            raise InputError(f"cannot resume: {exc}") from None
        articles = _skip_done(articles, [article_id for article_id, _ in done])
    writer = RecordWriter(output, append=resume)
    try:
        writer.__enter__()  # open now: a bad path is a usage error, not a crash mid-run
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    with writer, _progress(progress) as advance:
        for lines in _extract_all(articles, settings):
            writer.write(lines)
            advance()
    return Summary(
        ok=writer.articles["ok"],
        failed=writer.articles["error"],
        resumed=len(done),
        resumed_failed=sum(status != "ok" for _, status in done),
        records=dict(writer.records),
        seconds=time.perf_counter() - started,
    )


def _check_output(output: Path, source: str | Path) -> None:
    """Refuse an output that would overwrite the input or cannot be a file."""
    if output.is_dir():
        raise InputError(f"{output} is a folder; give a file path with -o")
    if str(source) != "-" and output.exists() and Path(source).exists() and output.samefile(source):
        raise InputError(f"{output} is the input itself; write the records to another file")


def _skip_done(articles: Iterator[Article], done: list[str]) -> Iterator[Article]:
    """Drop the articles already complete in the output; they must be the input's first ones."""
    for expected in done:
        article = next(articles, None)
        if article is None or article.id != expected:
            found = "end of input" if article is None else repr(article.id)
            raise InputError(
                f"cannot resume: the output file holds article {expected!r} where the input has {found}; "
                "it was written from another input (remove it or choose another -o)"
            )
    yield from articles


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _extract_all(articles: Iterable[Article], settings: Settings) -> Iterator[ArticleLines]:
    if settings.scheduler:
        from .cluster import extract_lines

        yield from extract_lines(articles, settings)
        return
    batches = _batches(articles, settings.batch_size)
    if settings.workers == 1:
        from .extractor import Extractor

        extractor = Extractor(settings)
        for batch in batches:
            for records in extractor.extract_articles(batch):
                yield render(records)
        return
    yield from _parallel(batches, settings)


# -- worker processes ----------------------------------------------------------------
_worker_extractor = None


def _init_worker(settings: Settings) -> None:
    global _worker_extractor
    from .extractor import Extractor

    _worker_extractor = Extractor(settings)


def _work(batch: list[Article]) -> list[ArticleLines]:
    return [render(records) for records in _worker_extractor.extract_articles(batch)]


def _parallel(batches: Iterator[list[Article]], settings: Settings) -> Iterator[ArticleLines]:
    """Batches to ``settings.workers`` processes, results in input order, a bounded number in flight."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # no fork of a process holding BLAS threads
    in_flight: deque = deque()
    with ProcessPoolExecutor(settings.workers, mp_context=context, initializer=_init_worker, initargs=(settings,)) as pool:
        for batch in batches:
            in_flight.append(pool.submit(_work, batch))
            if len(in_flight) >= 2 * settings.workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


class _progress:
    """A rich progress bar on standard error (articles done, articles/s), or nothing."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} articles"),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.start()
        task = self._bar.add_task("extract", total=None, rate=0.0)
        started = time.perf_counter()

        def advance():
            done = self._bar.tasks[0].completed + 1
            elapsed = time.perf_counter() - started
            self._bar.update(task, completed=done, rate=done / elapsed if elapsed else 0.0)

        return advance

    def __exit__(self, *exc):
        if self.enabled:
            self._bar.stop()
