"""Reading articles: a corpus folder of ``.txt`` and saved ``.html``/``.htm`` pages, a JSON
Lines file, or standard input.

Nothing is dropped: every input article comes out as an :class:`Article`, and an
article that cannot be read carries an ``error`` instead of a ``text`` so that
it still gets its ``article`` record. A web page's text is its main text
(:mod:`presse2data.inputs.webpages`); its date, title and URL come from its metadata.

JSON Lines are read with a ``jsonlines.Reader``, one ``read()`` per line, so a bad
line becomes a failed article named ``<file>:<line>`` and the next line is read on.
Standard input holds JSON Lines when its first non-blank line starts with ``{``;
anything else is one plain-text article with id ``stdin`` (its ``path`` says
``<stdin>``, where a JSON line's says ``<stdin>:<line>``).
"""

from __future__ import annotations

import dataclasses

import datetime as dt
import hashlib
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import jsonlines

from .decoding import decode, normalize_newlines
from .webpages import PageError, check_size, decode_page, extract_page

TEXT_SUFFIXES = (".txt",)
PAGE_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN_ID = "stdin"
BYTES_PER_CHAR = 4  # the most any encoding read here (UTF-8) spends on one character
BOM_BYTES = 4


@dataclass(frozen=True)
class Article:
    id: str
    text: str | None  # None when the article could not be read
    path: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None  # the input's 'source' (the outlet), or a page's site name
    encoding: str | None = None
    error: str | None = None
    url: str | None = None
    published_source: str | None = None  # where 'published' came from: "input" or "page"

    @property
    def sha256(self) -> str | None:
        if self.text is None:
            return None
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


class InputError(Exception):
    """The input as a whole cannot be read (missing path, unreadable folder): a usage error."""


def first_line(text: str) -> str | None:
    return next((line.strip() for line in text.split("\n") if line.strip()), None)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?(Z|z|[+-]\d{2}(:?\d{2})?)?")


def published_date(value: object, what: str = "'published'") -> str | None:
    """A stated publication date as ``YYYY-MM-DD``: an ISO 8601 / RFC 3339 date or datetime.

    A datetime keeps the date of its own offset (``2024-05-03T23:30:00-05:00`` is the 3rd,
    the day the outlet printed, not the 4th in UTC), as a page's meta tags are read.
    ``03/05/2024`` is refused: day-first in France, month-first in many feeds, so a guess
    would silently shift reference dates; the error says what to write instead.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a date string (YYYY-MM-DD or an ISO 8601 datetime), got {value!r}")
    text = value.strip()
    try:
        if _DATE.fullmatch(text):
            return dt.date.fromisoformat(text).isoformat()
        if _DATETIME.fullmatch(text):
            return dt.datetime.fromisoformat(text.replace(",", ".").upper().replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    raise ValueError(
        f"{what} must be a YYYY-MM-DD date or an ISO 8601 datetime (2024-05-03T10:00:00+02:00), got {value!r}"
        + (" (day/month order is ambiguous: write it as YYYY-MM-DD)" if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text) else "")
    )


def record_fields(article: Article, reference: str | None) -> dict:
    """The ``article`` record's fields that come from the input: URL, outlet, the stated date and
    where the reference date came from (``input``/``page``: the article's ``published``; ``run``)."""
    stated = article.published if article.published_source else None
    return {
        "url": article.url,
        "outlet": article.source,
        "published": stated,
        "reference_date_source": (article.published_source if stated else "run") if reference else None,
    }


def read_file(path: Path, article_id: str, max_chars: int = 0) -> Article:
    """One ``.txt`` article or saved web page; a read or decode failure becomes an article with ``error``.

    With ``max_chars``, a file too large to hold that few characters in any encoding is
    refused after reading only that much of it: a stray multi-gigabyte file costs nothing."""
    if path.suffix.lower() in PAGE_SUFFIXES:
        return read_page(path, article_id)
    bound = BYTES_PER_CHAR * max_chars + BOM_BYTES if max_chars else -1
    try:
        with path.open("rb") as stream:
            data = stream.read(bound + 1 if max_chars else -1)
    except OSError as exc:
        return Article(id=article_id, text=None, path=str(path), error=f"cannot read file: {exc.strerror}")
    if max_chars and len(data) > bound:
        return Article(
            id=article_id,
            text=None,
            path=str(path),
            error=f"article too long: the file has more than {bound:,} bytes, more than {max_chars:,} characters "
            "in any encoding (raise the limit with --max-chars, 0 for none)",
        )
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        return Article(id=article_id, text=None, path=str(path), error=str(exc))
    text = normalize_newlines(text)
    error = "empty article: the file has no text" if not text.strip() else None
    return Article(id=article_id, text=text, path=str(path), title=first_line(text), encoding=encoding, error=error)


def read_page(path: Path, article_id: str) -> Article:
    """One saved web page: its main text, title, URL, site name and stated date."""
    where = str(path)
    try:
        check_size(path.stat().st_size)
        html, encoding = decode_page(path.read_bytes())
    except OSError as exc:
        return Article(id=article_id, text=None, path=where, error=f"cannot read file: {exc.strerror}")
    except PageError as exc:
        return Article(id=article_id, text=None, path=where, error=str(exc))
    return _page_article(html, article_id, where, encoding)


def _page_article(html: str, article_id: str, where: str, encoding: str, given: dict | None = None) -> Article:
    """A page's article; ``given`` (a JSONL line's ``title``/``url``/``source``/``published``) wins over the page."""
    given = given or {}
    try:
        page = extract_page(html, url=given.get("url"))
    except PageError as exc:
        return Article(id=article_id, text=None, path=where, encoding=encoding, error=str(exc), url=given.get("url"))
    text = normalize_newlines(page.text)
    published, published_source = given.get("published"), "input"
    if published is None and page.published is not None:
        published, published_source = page.published, "page"
    return Article(
        id=article_id,
        text=text,
        path=where,
        published=published,
        published_source=published_source if published else None,
        title=given.get("title") or page.title or first_line(text),
        source=given.get("source") or page.site,
        encoding=encoding,
        url=given.get("url") or page.url,
    )


def _is_article_file(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES + PAGE_SUFFIXES and path.is_file()


def _saved_page_assets(path: Path, folder: Path) -> bool:
    """A file inside ``X_files/`` next to a saved ``X.html``: the browser's copy of the page's assets."""
    for parent in path.relative_to(folder).parents:
        name = parent.name
        if name.endswith("_files") and any(
            (folder / parent.parent / (name[: -len("_files")] + suffix)).is_file() for suffix in PAGE_SUFFIXES
        ):
            return True
    return False


def folder_paths(folder: Path) -> list[Path]:
    """Every ``.txt``, ``.html``, ``.htm`` (any case) below ``folder``, sorted by relative path."""
    return sorted(
        (p for p in folder.rglob("*") if _is_article_file(p) and not _saved_page_assets(p, folder)),
        key=lambda p: p.relative_to(folder).as_posix(),
    )


def iter_folder(folder: Path, max_chars: int = 0) -> Iterator[Article]:
    """Every article file below ``folder`` (:func:`folder_paths`); id = its relative path without the suffix."""
    for path in folder_paths(folder):
        yield read_file(path, path.relative_to(folder).with_suffix("").as_posix(), max_chars)


def _optional_str(raw: dict, name: str) -> str | None:
    value = raw.get(name)
    return value if isinstance(value, str) and value.strip() else None


def _jsonl_article(raw: object, name: str, where: str) -> Article:
    """One parsed JSON line: ``{"id", "text" | "html", "published"?, "title"?, "source"?, "url"?}``.
    ``name`` (``<file name>:<line>``) is the id of a line without one, ``where`` its ``path``."""
    if not isinstance(raw, dict):
        return Article(id=name, text=None, path=where, error="a JSON object with 'id' and 'text' was expected")
    article_id = raw.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)  # {"id": 42}: the string "42"
    if not isinstance(article_id, str) or not article_id:
        return Article(id=name, text=None, path=where, error="missing or empty string field 'id'")
    text, html = raw.get("text"), raw.get("html")
    if text is not None and html is not None:
        return Article(id=article_id, text=None, path=where, error="give 'text' or 'html', not both")
    content, field = (html, "html") if html is not None else (text, "text")
    if not isinstance(content, str):
        return Article(id=article_id, text=None, path=where, error="missing string field 'text' (or 'html')")
    try:
        content.encode("utf-8")
    except UnicodeEncodeError as exc:  # "\ud800": valid JSON, not text
        return Article(id=article_id, text=None, path=where, error=f"'{field}' is not valid Unicode (lone surrogate at {exc.start})")
    try:
        published = published_date(raw.get("published"))
    except ValueError as exc:
        return Article(id=article_id, text=None, path=where, error=str(exc))
    given = {
        "title": _optional_str(raw, "title"),
        "source": _optional_str(raw, "source"),
        "url": _optional_str(raw, "url"),
        "published": published,
    }
    if field == "html":
        return _page_article(content, article_id, where, "utf-8", given)
    text = normalize_newlines(content)
    error = "empty article: 'text' is blank" if not text.strip() else None
    return Article(
        id=article_id,
        text=text,
        path=where,
        published=published,
        published_source="input" if published else None,
        title=given["title"] or first_line(text),
        source=given["source"],
        encoding="utf-8",
        error=error,
        url=given["url"],
    )


def iter_jsonl(stream: Iterable[bytes], name: str, path: str | None = None) -> Iterator[Article]:
    """One article per non-blank line; a bad line becomes an article ``<name>:<line>`` with an error.

    ``path`` is the file as the user gave it: each article's ``path`` is ``<path>:<line>``,
    found again from where the run was started, as a folder's files are (ids keep ``name``)."""
    lines = _Lines(stream)
    reader = jsonlines.Reader(lines)  # skips a byte order mark at the start of a line
    while True:
        try:
            raw = reader.read(skip_empty=True, allow_none=True)
        except EOFError:
            return
        except jsonlines.InvalidLineError as exc:
            where = f"{name}:{exc.lineno}"
            located = f"{path or name}:{exc.lineno}"
            cause = exc.__cause__
            if isinstance(cause, json.JSONDecodeError):
                message = f"not valid JSON: {cause.msg} (column {cause.colno})"
            elif isinstance(cause, UnicodeDecodeError):
                message = "line is not valid UTF-8"
            else:
                message = f"not valid JSON: {exc}"
            yield Article(id=where, text=None, path=located, error=message)
            continue
        yield _jsonl_article(raw, f"{name}:{lines.lineno}", f"{path or name}:{lines.lineno}")


class _Lines:
    """The stream's lines, counting them: the Reader reports a line number only with an error."""

    def __init__(self, stream: Iterable[bytes]):
        self._lines = iter(stream)
        self.lineno = 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> bytes:
        line = next(self._lines)
        self.lineno += 1
        return line


class ArticleIds:
    """Article ids stay unique: a repeated id gets its own (``id#2``, ``id#3``...) and an error
    saying where the first was seen. Shared by local inputs and a cluster's remote ones."""

    def __init__(self):
        self._seen: dict[str, str] = {}
        self._repeats: dict[str, int] = {}

    def claim(self, article_id: str, where: str) -> tuple[str, str | None]:
        """The id to write and, for a repeated one, the error of its ``article`` record."""
        first = self._seen.get(article_id)
        if first is None:
            self._seen[article_id] = where
            return article_id, None
        self._repeats[article_id] = n = self._repeats.get(article_id, 1) + 1
        while f"{article_id}#{n}" in self._seen:
            n += 1
        new_id = f"{article_id}#{n}"
        self._seen[new_id] = where
        return new_id, f"duplicate article id {article_id!r} (first seen at {first}); not processed again, written as {new_id!r}"


def iter_articles(source: str | Path, max_chars: int = 0) -> Iterator[Article]:
    """Articles of a folder, a file or ``-`` (standard input); a repeated id gets its own (``id#2``) and an error.
    ``max_chars``: see :func:`read_file` (the text itself is checked by :func:`refuse_oversized`)."""
    ids = ArticleIds()
    for article in _iter_source(source, max_chars):
        article_id, error = ids.claim(article.id, article.path or article.id)
        if error is not None:
            article = Article(id=article_id, text=None, path=article.path, error=error)
        yield article


def count_articles(source: str | Path) -> int | None:
    """How many articles :func:`iter_articles` will yield, when that is cheap to know (not for standard input)."""
    if str(source) == "-":
        return None
    path = Path(source)
    if path.is_dir():
        return len(folder_paths(path))
    if path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    if path.is_file():
        return 1
    return None


def _iter_source(source: str | Path, max_chars: int) -> Iterator[Article]:
    if str(source) == "-":
        yield from iter_stdin(sys.stdin.buffer)
        return
    path = Path(source)
    if path.is_dir():
        yield from iter_folder(path, max_chars)
    elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
        with path.open("rb") as stream:
            yield from iter_jsonl(stream, path.name, str(path))
    elif path.is_file() and path.suffix.lower() in TEXT_SUFFIXES + PAGE_SUFFIXES:
        yield read_file(path, path.with_suffix("").name, max_chars)
    elif path.exists():
        raise InputError(f"{source}: expected a folder, a .txt, .html or .jsonl file, or '-'")
    else:
        raise InputError(f"{source}: no such file or folder")


def iter_stdin(stream: IO[bytes]) -> Iterator[Article]:
    """JSON Lines when the first non-blank line starts with ``{``, else one plain-text article ``stdin``."""
    lines = iter(stream)
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    first = head[-1].lstrip() if head else b""
    if first.startswith(b"\xef\xbb\xbf"):
        first = first[3:]
    if first.startswith(b"{"):
        yield from iter_jsonl(itertools.chain(head, lines), "<stdin>")
        return
    data = b"".join(itertools.chain(head, lines))
    if not data.strip():
        return  # nothing on standard input: no article
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        yield Article(id=STDIN_ID, text=None, path="<stdin>", error=str(exc))
        return
    text = normalize_newlines(text)
    yield Article(id=STDIN_ID, text=text, path="<stdin>", title=first_line(text), encoding=encoding)


def refuse_oversized(article: Article, limit: int) -> Article:
    """An article longer than ``limit`` characters (0: no limit) gets an error instead of
    hours of work and gigabytes of memory; it keeps its ``chars`` and ``sha256``."""
    if limit and article.error is None and article.text is not None and len(article.text) > limit:
        return dataclasses.replace(
            article,
            error=f"article too long: {len(article.text):,} characters, over the limit of {limit:,} "
            "(raise it with --max-chars, 0 for none)",
        )
    return article
