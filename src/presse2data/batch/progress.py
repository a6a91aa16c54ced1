"""The progress display of ``presse2data extract`` on a terminal (standard error).

First ``loading fr_core_news_md…`` while the model loads, then a bar: with a
total, percentage and time left when the number of articles is known (a folder,
a file of lines), else the count and rate alone (standard input).
"""

from __future__ import annotations

import time


def plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word}" + ("" if n == 1 else "s")


class Progress:
    """``with Progress(enabled, total, model) as bar:`` then ``bar.ready()`` once, ``bar.advance()`` per article."""

    def __init__(self, enabled: bool, total: int | None = None, model: str = "fr_core_news_md"):
        self.enabled = enabled
        self.total = total
        self.model = model
        self._bar = None
        self._started = 0.0

    def __enter__(self) -> "Progress":
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import Progress as Bar, SpinnerColumn, TextColumn

        self._console = Console(stderr=True)
        self._bar = Bar(SpinnerColumn(), TextColumn(f"loading {self.model}…"), console=self._console, transient=True)
        self._bar.start()
        self._bar.add_task("loading", total=None)
        self._loading = True
        return self

    def ready(self) -> None:
        """The model is loaded: the loading line gives way to the bar, whose clock starts now."""
        if self._bar is None or not self._loading:
            return
        from rich.progress import BarColumn, Progress as Bar, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self._bar.stop()
        self._loading = False
        columns = [SpinnerColumn()]
        if self.total is not None:
            columns += [BarColumn(), TaskProgressColumn(), TextColumn("{task.completed}/{task.total} articles")]
        else:
            columns += [TextColumn("{task.fields[done]}")]
        columns += [TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
        if self.total is not None:
            columns += [TextColumn("ETA"), TimeRemainingColumn()]
        self._bar = Bar(*columns, console=self._console, transient=True)
        self._bar.start()
        self._task = self._bar.add_task("extract", total=self.total, done=plural(0, "article"), rate="")
        self._started = time.perf_counter()

    def advance(self) -> None:
        if self._bar is None:
            return
        self.ready()
        done = int(self._bar.tasks[0].completed) + 1
        elapsed = time.perf_counter() - self._started
        rate = f"{done / elapsed:.1f} articles/s" if elapsed else ""
        self._bar.update(self._task, completed=done, done=plural(done, "article"), rate=rate)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
