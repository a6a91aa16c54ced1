"""Batch extraction: read, extract, write, count — the function behind ``presse2data extract``.

Articles stream through in batches: nothing accumulates per article, so memory
stays flat however large the corpus. With ``workers > 1`` batches go to worker
processes (each loads the model once) and come back in input order.
``resume`` keeps the complete articles already in the output file and appends
the rest, so a killed run finishes with exactly the records of an uninterrupted one.
Every ``article`` line records the run's settings (``run``), and ``resume`` refuses a
file written with other ones; an article edited since is extracted again.

With a time budget per article (``article_timeout``, on by default) extraction runs
in worker processes, even for one worker: :mod:`presse2data.batch.workers`. SIGINT and
SIGTERM stop the run between two articles (:class:`Interrupted`), so the file always
ends with a whole article and ``--resume`` finishes it.
"""

from __future__ import annotations


import itertools
import os
import signal
import stat
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .progress import Progress, plural
from ..inputs.reading import Article, InputError, count_articles, iter_articles, refuse_oversized
from ..records import RunSettings
from ..settings import Settings
from ..outputs.writing import ArticleLines, Done, RecordWriter, complete_prefix, render, truncate, unfinished_run


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    resumed: int = 0
    resumed_failed: int = 0  # failed articles among the resumed ones: the run still failed
    records: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    changed: str | None = None  # with resume: first article edited since the partial run, extracted again from it on
    failures: list[tuple[str, str]] = field(default_factory=list)  # (id, error) of the first failed articles

    def failure_lines(self, output: str | Path | None) -> list[str]:
        """The failed articles and why, for the terminal: the JSONL has the reasons, the user reads the terminal."""
        lines = [f"presse2data: failed: {article_id}: {error}" for article_id, error in self.failures]
        more = self.failed - len(self.failures)
        where = f"presse2data errors {output}" if output is not None and str(output) != "-" else "presse2data errors RECORDS.jsonl"
        if more > 0:
            lines.append(f"presse2data: ... and {plural(more, 'more failed article')}; all of them: {where}")
        return lines

    def describe(self) -> str:
        per_type = ", ".join(f"{n} {t}" for t, n in sorted(self.records.items())) or "no records"
        done = self.ok + self.failed
        rate = done / self.seconds if self.seconds else 0.0
        resumed = (
            f" (+{self.resumed} already done, {self.resumed_failed} of them failed, skipped)" if self.resumed else ""
        )
        if self.changed is not None:
            resumed += f" (article {self.changed!r} changed since the partial run: extracted again from it on)"
        return (
            f"presse2data: {plural(done, 'article')}{resumed} ({self.ok} ok, {self.failed} failed), "
            f"{per_type}; {self.seconds:.1f}s, {rate:.1f} articles/s"
        )


def run_extract(
    source: str | Path,
    output: str | Path | None,
    settings: Settings,
    progress: bool = False,
    resume: bool = False,
    overwrite: bool = False,
) -> Summary:
    """Extract every article of ``source`` into ``output`` (standard output when None).

    Raises :class:`InputError` (unusable input, output or resume), :class:`Interrupted`
    (SIGINT or SIGTERM; the output ends with a whole article), :class:`OutputClosed`
    (the reader of standard output went away), ``writing.WriteError`` (full disk, ...),
    ``workers.WorkerError`` (worker processes cannot start).
    """
    started = time.perf_counter()
    source = _usable_source(source)
    if settings.scheduler and "://" in str(source):
        from .cluster import iter_remote

        articles = iter_remote(str(source))  # a URL (s3://...): listed here, read on the workers
    else:
        articles = iter_articles(source, settings.max_article_chars)
    first = next(articles, None)  # a usage error surfaces before the model loads
    if first is None:
        where = "standard input is empty" if str(source) == "-" else f"{source} holds no article"
        hint = " (a folder is searched for .txt, .html and .htm files)" if Path(str(source)).is_dir() else ""
        raise InputError(f"no articles found: {where}{hint}")
    articles = itertools.chain([first], articles)
    if output is not None and str(output) == "-":
        output = None
    if output is not None:
        _check_output(Path(output), source)
    run = run_settings(source, settings)
    if output is not None and not resume and not overwrite:
        _refuse_unfinished(Path(output), source, run)
    done: list[Done] = []
    changed = None
    if resume:
        if output is None:
            raise InputError("--resume needs an output file (-o FILE)")
        try:
            done = complete_prefix(Path(output), cut=False)  # refused: the file stays as it is
        except (ValueError, OSError) as exc:
            raise InputError(f"cannot resume: {exc}") from None
        _check_same_run(done, run, Path(output))
        articles, done, changed = _skip_done(articles, done)
        if Path(output).exists():
            truncate(Path(output), done[-1].end if done else 0)
    articles = _refuse_oversized(articles, settings.max_article_chars)
    writer = RecordWriter(output, append=resume, run=run)
    try:
        writer.__enter__()  # open now: a bad path is a usage error, not a crash mid-run
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None

    def summary() -> Summary:
        return Summary(
            ok=writer.articles["ok"],
            failed=writer.articles["error"],
            resumed=len(done),
            resumed_failed=sum(d.status != "ok" for d in done),
            records=dict(writer.records),
            seconds=time.perf_counter() - started,
            changed=changed,
            failures=list(writer.failures),
        )

    total = count_articles(source) if progress else None
    try:
        with _Signals() as signals, writer, Progress(progress, total - len(done) if total is not None else None, settings.model) as bar:
            stream = _extract_all(articles, settings, on_ready=bar.ready)
            try:
                for lines in stream:
                    with signals.deferred():  # a signal waits for the article's write to end
                        writer.write(lines)
                    bar.advance()
            finally:
                stream.close()  # workers stop now, not when garbage collected
    except Interrupted as exc:
        exc.summary = summary()
        raise
    except BrokenPipeError:
        if output is not None:
            raise
        raise OutputClosed(summary()) from None
    return summary()


class Interrupted(KeyboardInterrupt):
    """The run got SIGINT or SIGTERM and stopped after a whole article."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum
        self.summary: Summary | None = None


class OutputClosed(Exception):
    """Standard output was closed by its reader (``extract ... | head``): not a failure."""

    def __init__(self, summary: Summary):
        super().__init__("standard output closed")
        self.summary = summary


class _Signals:
    """SIGINT and SIGTERM raise :class:`Interrupted`, but never in the middle of an article's write."""

    def __enter__(self) -> "_Signals":
        self._deferring, self._pending, self._saved = False, None, {}
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._saved[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for signum, handler in self._saved.items():
            signal.signal(signum, handler)

    def _handle(self, signum, frame) -> None:
        if self._deferring:
            self._pending = signum
        else:
            raise Interrupted(signum)

    @contextmanager
    def deferred(self):
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
        if self._pending is not None:
            raise Interrupted(self._pending)


def run_settings(source: str | Path, settings: Settings) -> RunSettings:
    """What makes two runs' records comparable: recorded on every article line, checked by resume."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        model = f"{settings.model} {version(settings.model)}"
    except (PackageNotFoundError, ValueError):
        model = settings.model
    return RunSettings(
        input=str(source) if str(source) == "-" or "://" in str(source) else str(Path(source).resolve()),
        types=list(settings.types),
        reference_date=settings.reference_date.isoformat() if settings.reference_date else None,
        model=model,
        max_article_chars=settings.max_article_chars,
    )


_OPTION_OF = {
    "input": "input",
    "types": "--types",
    "reference_date": "--reference-date",
    "model": "model",
    "max_article_chars": "--max-chars",
}


def _check_same_run(done: list[Done], run: RunSettings, output: Path) -> None:
    """Refuse to resume a file written by a run with other settings: the result would mix both."""
    if not done:
        return
    recorded = done[0].run
    if not isinstance(recorded, dict):
        raise InputError(
            f"cannot resume: {output} does not record the settings of the run that wrote it "
            "(an older presse2data wrote it); run again without --resume"
        )
    current = run.model_dump(mode="json")
    differences = [
        f"{_OPTION_OF.get(key, key)} was {_shown(recorded.get(key))}, now {_shown(value)}"
        for key, value in current.items()
        if recorded.get(key) != value
    ]
    if differences:
        raise InputError(
            f"cannot resume: {output} was written by another run ({'; '.join(differences)}); "
            "resume with the same input and options, or choose another -o"
        )


def _shown(value) -> str:
    if value is None:
        return "not set"
    if isinstance(value, list):
        return ",".join(value)
    return str(value)


def _usable_source(source: str | Path) -> str | Path:
    """``/dev/stdin`` is standard input; another pipe or device is refused with what to do instead."""
    if str(source) in {"/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"}:
        return "-"
    try:
        mode = os.stat(source).st_mode if str(source) != "-" else 0
    except OSError:
        return source  # reading says what is wrong with it
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode):
        raise InputError(
            f"{source} is a pipe or a device, not a file or folder; to read JSON Lines from it, "
            f"use standard input: presse2data extract - < {source}"
        )
    return source


def _refuse_oversized(articles: Iterable, limit: int) -> Iterator:
    """Articles over ``limit`` characters get an error record; a remote file is checked on its worker, once read."""
    for article in articles:
        yield refuse_oversized(article, limit) if isinstance(article, Article) else article


def _check_output(output: Path, source: str | Path) -> None:
    """Refuse an output that would overwrite the input or cannot be a file."""
    if output.is_dir():
        raise InputError(f"{output} is a folder; give a file path with -o")
    if str(source) != "-" and output.exists() and Path(source).exists() and output.samefile(source):
        raise InputError(f"{output} is the input itself; write the records to another file")


def _refuse_unfinished(output: Path, source: str | Path, run: RunSettings) -> None:
    """A run stopped before its end is not overwritten by mistake: ``--resume`` finishes it, ``--overwrite`` starts over."""
    if not output.is_file():
        return
    reason = unfinished_run(output, run.input, count_articles(source) if str(source) != "-" else None)
    if reason is not None:
        raise InputError(
            f"{output} holds an unfinished presse2data run: {reason}; "
            "finish it with --resume, or start over with --overwrite"
        )


def _skip_done(articles: Iterator[Article], done: list[Done]) -> tuple[Iterator[Article], list[Done], str | None]:
    """Drop the articles already complete in the output; they must be the input's first ones.

    An article whose text changed since (another ``sha256``) is extracted again, and
    so is every article after it (the output follows input order: it is cut there).
    Returns the articles left to extract, the ones to keep, and the changed article's id.
    """
    for i, entry in enumerate(done):
        article = next(articles, None)
        if article is None or article.id != entry.article_id:
            found = "end of input" if article is None else repr(article.id)
            raise InputError(
                f"cannot resume: the output file holds article {entry.article_id!r} where the input has {found}; "
                "it was written from another input (remove it or choose another -o)"
            )
        if article.sha256 != entry.sha256:
            return itertools.chain([article], articles), done[:i], article.id
    return articles, done, None


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _extract_all(articles: Iterable[Article], settings: Settings, on_ready=lambda: None) -> Iterator[ArticleLines]:
    """Records of every article; the leading ones the reader failed are written before any model loads,
    and the model (workers, cluster) starts only when an article is left to extract."""
    from ..article_record import carrying_text, unread_records

    articles = iter(articles)
    for article in articles:
        if not (isinstance(article, Article) and article.error is not None):
            yield from _extract_read(itertools.chain([article], articles), settings, on_ready)
            return
        yield render(carrying_text(unread_records(article, settings.reference_date), article, settings.with_text))
    on_ready()  # nothing was left to extract: no model loaded


def _extract_read(articles: Iterator[Article], settings: Settings, on_ready) -> Iterator[ArticleLines]:
    if settings.scheduler:
        from .cluster import extract_lines

        on_ready()
        yield from extract_lines(articles, settings)
        return
    batches = _batches(articles, settings.batch_size)
    if settings.workers == 1 and not settings.article_timeout:
        from ..extractor import Extractor

        extractor = Extractor(settings)
        on_ready()
        for batch in batches:
            for records in extractor.extract_articles(batch):
                yield render(records)
        return
    ready = False
    for lines in _supervised(batches, settings):
        if not ready:  # the workers have loaded the model
            on_ready()
            ready = True
        yield lines


# -- worker processes ----------------------------------------------------------------
def _supervised(batches: Iterator[list[Article]], settings: Settings) -> Iterator[ArticleLines]:
    """Batches to worker processes under a time budget per article, results in input order."""
    from .workers import extract_supervised

    yield from extract_supervised(batches, settings)
