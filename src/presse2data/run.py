"""Batch extraction: read articles, extract, write, count; the function behind ``presse2data extract``."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .reading import iter_articles
from .settings import Settings
from .writing import RecordWriter


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    records: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def describe(self) -> str:
        per_type = ", ".join(f"{n} {t}" for t, n in sorted(self.records.items())) or "no records"
        rate = (self.ok + self.failed) / self.seconds if self.seconds else 0.0
        return (
            f"presse2data: {self.ok + self.failed} articles ({self.ok} ok, {self.failed} failed), "
            f"{per_type}; {self.seconds:.1f}s, {rate:.1f} articles/s"
        )


def run_extract(source: str | Path, output: str | Path | None, settings: Settings, progress: bool = False) -> Summary:
    """Extract every article of ``source`` into ``output`` (standard output when None)."""
    from .extractor import Extractor

    started = time.perf_counter()
    articles = iter_articles(source)
    first = next(articles, None)  # fail fast (usage error) before loading the model
    extractor = Extractor(settings)
    with RecordWriter(output) as writer, _progress(progress) as advance:
        if first is not None:
            for records in extractor.extract_articles(_chain(first, articles)):
                writer.write_article(records)
                advance()
    return Summary(
        ok=writer.articles["ok"],
        failed=writer.articles["error"],
        records=dict(writer.records),
        seconds=time.perf_counter() - started,
    )


def _chain(first, rest):
    yield first
    yield from rest


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
        started = __import__("time").perf_counter()

        def advance():
            done = self._bar.tasks[0].completed + 1
            elapsed = time.perf_counter() - started
            self._bar.update(task, completed=done, rate=done / elapsed if elapsed else 0.0)

        return advance

    def __exit__(self, *exc):
        if self.enabled:
            self._bar.stop()
