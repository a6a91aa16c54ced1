"""Reading articles: a corpus folder of ``.txt`` files, a JSON Lines file, or standard input.

Nothing is dropped: every input article comes out as an :class:`Article`, and an
article that cannot be read carries an ``error`` instead of a ``text`` so that
it still gets its ``article`` record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO


@dataclass(frozen=True)
class Article:
    id: str
    text: str | None  # None when the article could not be read
    path: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None
    encoding: str | None = None
    error: str | None = None

    @property
    def sha256(self) -> str | None:
        if self.text is None:
            return None
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


class InputError(Exception):
    """The input as a whole cannot be read (missing path, unreadable folder): a usage error."""


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes (the contract's article text)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def _has_control_chars(text: str) -> bool:
    return any((ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0 for c in text)


def decode(data: bytes) -> tuple[str, str]:
    """Decode an article's bytes: UTF-16 after its byte order mark, UTF-8, else Windows-1252
    when the bytes read as text.

    Returns ``(text, encoding)``; raises ``ValueError`` with a message for the user.
    A UTF-8 byte order mark stays in the text as U+FEFF: the contract's text is the
    file decoded as UTF-8 with nothing else changed, so offsets agree with any reader.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte order mark (Windows editors)
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValueError(f"UTF-16 byte order mark, but not valid UTF-16 (at byte {exc.start})") from None
    if _looks_binary(data):
        raise ValueError("binary file (NUL bytes): not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
        if text is None or _has_control_chars(text):
            raise ValueError(
                f"not UTF-8 (invalid byte at offset {utf8_error.start}) and not readable as "
                "Windows-1252/Latin-1 text"
            ) from None
        if _UTF8_SEQUENCE.search(data):
            raise ValueError(
                f"mixed encodings: UTF-8 text with an invalid byte at offset {utf8_error.start}; "
                "re-save the file as UTF-8"
            ) from None
        return text, "cp1252"


# a two-byte UTF-8 letter (é = C3 A9): Windows-1252 text almost never holds one
_UTF8_SEQUENCE = re.compile(rb"[\xc3\xc5][\x80-\xbf]")


def first_line(text: str) -> str | None:
    return next((line.strip() for line in text.split("\n") if line.strip()), None)


def _check_date(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a YYYY-MM-DD string, got {value!r}")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what} must be a YYYY-MM-DD date, got {value!r}") from None
    return value


def read_file(path: Path, article_id: str) -> Article:
    """One ``.txt`` article; a read or decode failure becomes an article with ``error``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Article(id=article_id, text=None, path=str(path), error=f"cannot read file: {exc.strerror}")
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        return Article(id=article_id, text=None, path=str(path), error=str(exc))
    text = normalize_newlines(text)
    error = "empty article: the file has no text" if not text.strip() else None
    return Article(id=article_id, text=text, path=str(path), title=first_line(text), encoding=encoding, error=error)


def iter_folder(folder: Path) -> Iterator[Article]:
    """Every ``*.txt`` (any case) below ``folder``, sorted by relative path; id = that path without the suffix."""
    paths = sorted(
        (p for p in folder.rglob("*") if p.suffix.lower() == ".txt" and p.is_file()),
        key=lambda p: p.relative_to(folder).as_posix(),
    )
    for path in paths:
        if path.is_file():
            yield read_file(path, path.relative_to(folder).with_suffix("").as_posix())


def _jsonl_article(line: str, where: str) -> Article:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        return Article(id=where, text=None, path=where, error=f"not valid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(raw, dict):
        return Article(id=where, text=None, path=where, error="a JSON object with 'id' and 'text' was expected")
    article_id = raw.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)  # {"id": 42}: the string "42"
    if not isinstance(article_id, str) or not article_id:
        return Article(id=where, text=None, path=where, error="missing or empty string field 'id'")
    text = raw.get("text")
    if not isinstance(text, str):
        return Article(id=article_id, text=None, path=where, error="missing string field 'text'")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # "\ud800": valid JSON, not text
        return Article(id=article_id, text=None, path=where, error=f"'text' is not valid Unicode (lone surrogate at {exc.start})")
    text = normalize_newlines(text)
    try:
        published = _check_date(raw.get("published"), "'published'")
    except ValueError as exc:
        return Article(id=article_id, text=None, path=where, error=str(exc))
    title = raw.get("title") if isinstance(raw.get("title"), str) else first_line(text)
    error = "empty article: 'text' is blank" if not text.strip() else None
    return Article(
        id=article_id,
        text=text,
        path=where,
        published=published,
        title=title,
        source=raw.get("source") if isinstance(raw.get("source"), str) else None,
        encoding="utf-8",
        error=error,
    )


def iter_jsonl(stream: IO[bytes], name: str) -> Iterator[Article]:
    """One article per non-blank line; a bad line becomes an article ``<name>:<line>`` with an error."""
    for lineno, raw_line in enumerate(stream, 1):
        where = f"{name}:{lineno}"
        if lineno == 1 and raw_line.startswith(b"\xef\xbb\xbf"):
            raw_line = raw_line[3:]  # a byte order mark, as some editors write
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError:
            yield Article(id=where, text=None, path=where, error="line is not valid UTF-8")
            continue
        if line.strip():
            yield _jsonl_article(line, where)


def iter_articles(source: str | Path) -> Iterator[Article]:
    """Articles of a folder, a ``.jsonl`` file or ``-`` (standard input), duplicate ids flagged."""
    seen: dict[str, str] = {}
    for article in _iter_source(source):
        first = seen.get(article.id)
        if first is not None:
            article = Article(
                id=article.id,
                text=None,
                path=article.path,
                error=f"duplicate article id {article.id!r} (first seen at {first}); not processed again",
            )
        else:
            seen[article.id] = article.path or article.id
        yield article


def _iter_source(source: str | Path) -> Iterator[Article]:
    if str(source) == "-":
        yield from iter_jsonl(sys.stdin.buffer, "<stdin>")
        return
    path = Path(source)
    if path.is_dir():
        yield from iter_folder(path)
    elif path.is_file() and path.suffix in {".jsonl", ".ndjson"}:
        with path.open("rb") as stream:
            yield from iter_jsonl(stream, path.name)
    elif path.is_file() and path.suffix == ".txt":
        yield read_file(path, path.with_suffix("").name)
    elif path.exists():
        raise InputError(f"{source}: expected a folder, a .txt file, a .jsonl file or '-'")
    else:
        raise InputError(f"{source}: no such file or folder")
