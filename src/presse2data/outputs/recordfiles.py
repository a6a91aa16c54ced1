"""Reading records back: the files ``extract`` wrote, for ``tables`` and ``errors``.

Several files and folders are one stream of records, in the order given, as
``cat a.jsonl b.jsonl`` would join them; a folder stands for every ``*.jsonl`` file
below it, sorted by relative path (the output of several runs side by side). A line
that is not a record stops the reading with its file and line number: a half-read
corpus would give wrong counts without saying so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import all_record_types

RECORD_SUFFIXES = (".jsonl", ".ndjson")


class RecordsError(ValueError):
    """Records that cannot be read (missing file, not JSON, not a record): a usage error for the CLI."""


def read_text_file(path: Path, what: str, error: type[Exception] = RecordsError) -> str:
    """A UTF-8 text file, or ``error`` with a clear reason for a missing, binary or undecodable one."""
    if not path.is_file():
        raise error(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror}") from None
    if b"\x00" in data[:8192]:
        raise error(f"{path}: not {what} (a binary file)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not {what} (not UTF-8 text at byte {exc.start})") from None


def record_files(sources: Iterable[str | Path]) -> list[Path]:
    """The record files ``sources`` name: files as given, folders as their ``*.jsonl`` files; duplicates once."""
    files: dict[Path, None] = {}
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.suffix.lower() in RECORD_SUFFIXES and p.is_file()),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not found:
                raise RecordsError(f"{path}: no .jsonl file of records in this folder")
            files.update(dict.fromkeys(found))
        elif path.is_file():
            files[path] = None
        else:
            raise RecordsError(f"{path}: no such file or folder")
    if not files:
        raise RecordsError("no records file given")
    return list(files)


def iter_records(files: Iterable[Path]) -> Iterator[tuple[str, dict]]:
    """``(where, record)`` for every record line of ``files``; ``where`` is ``<file>:<line>``."""
    for path in files:
        try:
            with path.open(encoding="utf-8-sig") as stream:
                for lineno, line in enumerate(stream, 1):
                    if line.strip():
                        yield f"{path}:{lineno}", _record(line, f"{path}:{lineno}")
        except UnicodeDecodeError:
            raise RecordsError(f"{path}: not UTF-8 text (is it a records file?)") from None
        except OSError as exc:
            raise RecordsError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _record(line: str, where: str) -> dict:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise RecordsError(f"{where}: not JSON ({exc})") from None
    if not isinstance(record, dict) or record.get("type") not in all_record_types() or not isinstance(record.get("article_id"), str):
        raise RecordsError(
            f"{where}: not a presse2data record (needs 'type' among {', '.join(all_record_types())} and 'article_id')"
        )
    return record


def article_records(files: Iterable[Path]) -> Iterator[dict]:
    """The ``article`` records of ``files``, in file order: one per article, failed ones with their ``error``."""
    for _, record in iter_records(files):
        if record["type"] == "article":
            yield record
