"""Writing records as JSON Lines: whole lines only, flushed after each article.

A crash can cut a run short but never leaves half a line behind: each article's
lines are joined first and written with one call, then flushed.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import IO

from .records import ArticleRecord, dump_record


class RecordWriter:
    """Writes one article's records at a time and keeps the run's tallies."""

    def __init__(self, path: str | Path | None = None, append: bool = False):
        self.path = None if path in (None, "-") else Path(path)
        self._stream: IO[str] | None = None
        self._append = append
        self.articles = Counter()  # ok / error
        self.records = Counter()  # per fact type

    def __enter__(self) -> "RecordWriter":
        if self.path is None:
            self._stream = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._stream = self.path.open("a" if self._append else "w", encoding="utf-8", newline="\n")
        return self

    def __exit__(self, *exc) -> None:
        if self._stream is not None and self._stream is not sys.stdout:
            self._stream.close()
        elif self._stream is not None:
            self._stream.flush()

    def write_article(self, records: list) -> None:
        for record in records:
            if isinstance(record, ArticleRecord):
                self.articles[record.status] += 1
            else:
                self.records[record.type] += 1
        self._stream.write("".join(dump_record(r) + "\n" for r in records))
        self._stream.flush()
