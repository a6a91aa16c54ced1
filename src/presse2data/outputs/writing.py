"""Writing records as JSON Lines: whole articles only, one write each.

A crash can cut a run short but never leaves half an article behind for
``--resume`` to trust: each article's lines are framed by a ``jsonlines.Writer``
into one buffer and written to the file with one call; a failed write (a full disk)
is cut back to the last whole article, and :func:`complete_prefix` drops whatever
a killed run left incomplete.

Records are serialized by pydantic (contract field order, non-ASCII kept, compact),
in the worker that extracted them; ``jsonlines`` frames the lines.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import jsonlines
from pydantic import BaseModel

from ..records import ArticleRecord, RunSettings, dump_record


FAILURES_KEPT = 10  # failed articles named on the terminal; `presse2data errors FILE` lists them all


@dataclass(frozen=True)
class ArticleLines:
    """One article's output, rendered: small and picklable, so worker processes return it."""

    article_id: str
    status: str
    counts: dict[str, int]
    text: str  # the article's JSON lines, each ending in "\n"
    error: str | None = None  # why it failed, for the summary on the terminal


def render(records: list) -> ArticleLines:
    head: ArticleRecord = records[0]
    text = "".join(dump_record(r) + "\n" for r in records)
    return ArticleLines(head.article_id, head.status, head.counts, text, head.error)


def stamp_run(text: str, run_json: str) -> str:
    """Add ``"run": {...}`` as the last field of the article record (the first line of ``text``).

    The same bytes as dumping the record with its ``run`` set (tested), without
    parsing and re-serializing every article: ``run`` is ArticleRecord's last field.
    """
    end = text.index("\n")
    return f'{text[: end - 1]},"run":{run_json}}}{text[end:]}'


class Done(NamedTuple):
    """A complete article at the head of an output file."""

    article_id: str
    status: str
    sha256: str | None
    run: dict | None  # the RunSettings it was written with, as JSON (None: written before they were recorded)
    end: int  # byte offset just after its last line


_OUR_FIRST_LINE = b'{"type":"article",'


def complete_prefix(path: Path, cut: bool = True) -> list[Done]:
    """The complete articles at the start of ``path``; the incomplete tail is cut off
    (with ``cut=False``, left to the caller: ``truncate(path, done[-1].end)``).

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
    done: list[Done] = []
    keep = 0  # byte offset after the last complete article
    pending: dict | None = None  # the article record whose fact lines are being counted
    expected = 0
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
                pending, expected = record, sum(record.get("counts", {}).values())
            elif pending is None or record.get("article_id") != pending.get("article_id"):
                break
            else:
                expected -= 1
            if expected == 0:
                done.append(
                    Done(pending.get("article_id"), pending.get("status"), pending.get("sha256"), pending.get("run"), offset)
                )
                keep, pending = offset, None
    if cut and keep != path.stat().st_size:
        truncate(path, keep)
    return done


def unfinished_run(path: Path, run_input: str, expected: int | None) -> str | None:
    """Why ``path`` holds a presse2data run that stopped before its end, else None.

    Unfinished: it ends inside an article (a run killed mid-write), or it was written from
    ``run_input`` and holds fewer whole articles than that input has now (``expected``;
    None when unknown, as for standard input). A finished run, any other file, or output
    of another input is not unfinished: overwriting those is what ``-o`` has always done.
    """
    try:
        if path.stat().st_size == 0:
            return None
        done = complete_prefix(path, cut=False)
    except (ValueError, OSError):
        return None  # not presse2data output, or unreadable: the write says what is wrong
    if (done[-1].end if done else 0) < path.stat().st_size:
        return f"it ends with an incomplete article after {len(done)} whole ones (a run stopped mid-write)"
    recorded = done[0].run if done and isinstance(done[0].run, dict) else {}
    if expected is not None and recorded.get("input") == run_input and len(done) < expected:
        return f"it holds {len(done)} of the {expected} articles of this input (a run stopped before its end)"
    return None


def truncate(path: Path, size: int) -> None:
    with path.open("r+b") as stream:
        stream.truncate(size)


class WriteError(Exception):
    """The output could not be written (full disk, ...); it still ends with a whole article."""


def _line(obj) -> str:
    """jsonlines' encoder: a line already rendered by :func:`render`, a record, or plain JSON."""
    if isinstance(obj, str):
        return obj
    if isinstance(obj, BaseModel):
        return dump_record(obj)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class RecordWriter:
    """Writes one article at a time and keeps the run's tallies.

    With ``run``, every ``article`` line carries the run's settings (for ``--resume``).
    """

    def __init__(self, path: str | Path | None = None, append: bool = False, run: RunSettings | None = None):
        self.path = None if path in (None, "-") else Path(path)
        self._append = append
        self._file: io.FileIO | None = None
        self._opened = False
        self._end = 0  # bytes of whole articles in the file
        self._buffer = io.StringIO()
        self._lines = jsonlines.Writer(self._buffer, dumps=_line)
        self._run_json = run.model_dump_json() if run is not None else None
        self.articles: Counter = Counter()  # ok / error
        self.records: Counter = Counter()  # per fact type
        self.failures: list[tuple[str, str]] = []  # (article id, error) of the first FAILURES_KEPT failed articles

    def __enter__(self) -> "RecordWriter":
        """Opens the output (once); an unusable path raises ``OSError`` before anything is written.

        The output's folder must exist: a mistyped ``-o /typo/x.jsonl`` creates nothing.
        """
        if self._opened or self.path is None:
            self._opened = True
            return self
        if not self.path.parent.is_dir():
            raise FileNotFoundError(2, f"folder {self.path.parent} does not exist (create it first)")
        self._file = open(self.path, "ab" if self._append else "wb", buffering=0)
        self._end = os.fstat(self._file.fileno()).st_size
        self._opened = True
        return self

    def __exit__(self, *exc) -> None:
        if self.path is None:
            sys.stdout.flush()
        elif self._file is not None:
            self._file.close()

    def write(self, lines: ArticleLines) -> None:
        text = lines.text if self._run_json is None else stamp_run(lines.text, self._run_json)
        self._lines.write_all(text[:-1].split("\n"))  # rendered JSON never holds a raw newline
        data = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        if self._file is None:
            sys.stdout.write(data)
            sys.stdout.flush()
        else:
            self._write_whole(data.encode("utf-8"))
        self.articles[lines.status] += 1
        self.records.update(lines.counts)
        if lines.status != "ok" and len(self.failures) < FAILURES_KEPT:
            self.failures.append((lines.article_id, lines.error or "failed"))

    def _write_whole(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[self._file.write(view) :]
        except OSError as exc:
            try:  # no partial article: back to the last whole one
                os.ftruncate(self._file.fileno(), self._end)
            except OSError:
                pass
            raise WriteError(
                f"cannot write {self.path}: {exc.strerror or exc}; it ends with a whole article "
                "(fix the cause, then run again with --resume to finish it)",
            ) from None
        self._end += len(data)
