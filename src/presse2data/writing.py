"""Writing records as JSON Lines: whole articles only, flushed after each.

A crash can cut a run short but never leaves half an article behind for
``--resume`` to trust: each article's lines are joined and written with one call,
and :func:`complete_prefix` drops whatever a killed run left incomplete.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .records import ArticleRecord, dump_record


@dataclass(frozen=True)
class ArticleLines:
    """One article's output, rendered: small and picklable, so worker processes return it."""

    article_id: str
    status: str
    counts: dict[str, int]
    text: str  # the article's JSON lines, each ending in "\n"


def render(records: list) -> ArticleLines:
    head: ArticleRecord = records[0]
    return ArticleLines(head.article_id, head.status, head.counts, "".join(dump_record(r) + "\n" for r in records))


_OUR_FIRST_LINE = b'{"type":"article",'


def complete_prefix(path: Path) -> list[tuple[str, str]]:
    """``(article id, status)`` of the complete articles at the start of ``path``; the
    incomplete tail is cut off.

    An article is complete when its ``article`` record is followed by as many
    fact lines as its ``counts`` announce, every line whole. A file that does not
    start like presse2data output raises ``ValueError`` and is left untouched.
    """
    if not path.exists():
        return []
    with path.open("rb") as stream:
        head = stream.read(len(_OUR_FIRST_LINE))
    if head and not (_OUR_FIRST_LINE.startswith(head) or head.startswith(_OUR_FIRST_LINE)):
        raise ValueError(f"{path} is not presse2data output (it does not start with an article record); not touching it")
    done: list[tuple[str, str]] = []
    keep = 0  # byte offset after the last complete article
    pending: tuple[str, int, str] | None = None  # (article id, fact lines still expected, status)
    offset = 0
    with path.open("rb") as stream:
        for raw in stream:
            offset += len(raw)
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
            except ValueError:
                break
            if not isinstance(record, dict):
                break
            if record.get("type") == "article":
                if pending is not None:
                    break  # previous article lost some of its lines
                pending = (record.get("article_id"), sum(record.get("counts", {}).values()), record.get("status"))
            elif pending is None or record.get("article_id") != pending[0]:
                break
            else:
                pending = (pending[0], pending[1] - 1, pending[2])
            if pending[1] == 0:
                done.append((pending[0], pending[2]))
                keep, pending = offset, None
    if keep != path.stat().st_size:
        with path.open("r+b") as stream:
            stream.truncate(keep)
    return done


class RecordWriter:
    """Writes one article at a time and keeps the run's tallies."""

    def __init__(self, path: str | Path | None = None, append: bool = False):
        self.path = None if path in (None, "-") else Path(path)
        self._stream: IO[str] | None = None
        self._append = append
        self.articles: Counter = Counter()  # ok / error
        self.records: Counter = Counter()  # per fact type

    def __enter__(self) -> "RecordWriter":
        """Opens the output (once); an unusable path raises ``OSError`` before anything is written."""
        if self._stream is not None:
            pass
        elif self.path is None:
            self._stream = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._stream = self.path.open("a" if self._append else "w", encoding="utf-8", newline="\n")
        return self

    def __exit__(self, *exc) -> None:
        if self._stream is sys.stdout:
            self._stream.flush()
        elif self._stream is not None:
            self._stream.close()

    def write(self, lines: ArticleLines) -> None:
        self.articles[lines.status] += 1
        self.records.update(lines.counts)
        self._stream.write(lines.text)
        self._stream.flush()
