"""Saved web pages as articles: the page's main text and what its metadata say.

A browser's "save page" or a crawler's output holds the article among menus, a
cookie banner, share bars, related links and reader comments. ``trafilatura``
extracts the main text (comments left out); its metadata give the title, the URL
(canonical link, ``og:url``) and the site name, and the date the page states
(``article:published_time``, ``<time datetime>``, JSON-LD, a dated URL; never a date
read in the article text), with ``htmldate`` asked again on the untouched page when
trafilatura finds none. That date becomes the article's reference date.

The article text is trafilatura's text, one paragraph (or ``<br>`` line) per line,
with two changes of ours so that the contract's text loses nothing the numbers
need: non-breaking and narrow spaces (``1&nbsp;200&nbsp;000 euros``) stay U+00A0 /
U+202F (trafilatura would turn them into plain spaces), and blank lines are dropped.
Entities are decoded by the HTML parser, never by hand.

Bytes are trusted over the page's declaration: UTF-8 when they read as UTF-8
(whatever ``<meta charset>`` says), else the declared charset when the bytes read
as it, else Windows-1252.

>>> page = extract_page("<html><body><article><p>Une levée de 3&nbsp;M€.</p></article></body></html>")
>>> page.text
'Une levée de 3\\xa0M€.'
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass

# A saved page larger than this is refused (inline images of a "single file" save stay well below).
MAX_PAGE_BYTES = 10 * 1024 * 1024

# A page whose extracted text has no line of this many words has no article (a menu, a bare title).
MIN_WORDS = 5

# Spaces trafilatura would collapse into " ", carried through it as printable stand-ins.
_KEPT_SPACES = {"\u00a0": "\u2801", "\u202f": "\u2802", "\u2009": "\u2803", "\u2007": "\u2804"}
_PROTECT = str.maketrans(_KEPT_SPACES)
_RESTORE = str.maketrans({v: k for k, v in _KEPT_SPACES.items()})

_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|main|div|p|section|span|h[1-6]|br|title|meta)\b", re.I)
_DECLARED = re.compile(rb"""<meta[^>]{1,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)  # a bounded tag: linear in the page
# WHATWG: these labels mean Windows-1252 in a web page
_WINDOWS_1252_LABELS = {"cp1252", "windows-1252", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "ascii", "us-ascii"}


class PageError(ValueError):
    """A page that gives no article: the message is for the user."""


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD, the date the page states
    site: str | None = None


def check_size(size: int) -> None:
    if size > MAX_PAGE_BYTES:
        raise PageError(
            f"page too large: {size / 1e6:.1f} MB, the limit is {MAX_PAGE_BYTES / 1e6:.1f} MB "
            "(presse2data.inputs.webpages.MAX_PAGE_BYTES)"
        )


def decode_page(data: bytes) -> tuple[str, str]:
    """``(html, encoding)``: UTF-8 first, then the declared charset, then Windows-1252."""
    from .decoding import decode

    check_size(len(data))
    if b"\x00" in data[:8192]:
        raise PageError("binary file (NUL bytes): not an HTML page")
    if not _TAG.search(data[:65536]):
        raise PageError("not an HTML page (no HTML tags); a plain-text article belongs in a .txt file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:8192])
    label = declared.group(1).decode("ascii").lower() if declared else None
    if label and label not in _WINDOWS_1252_LABELS:
        try:
            name = codecs.lookup(label).name
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(data)
    except ValueError as exc:
        raise PageError(str(exc)) from None


def extract_page(html: str, url: str | None = None) -> Page:
    """The main text and metadata of one page; raises :class:`PageError` when there is no main text."""
    import trafilatura

    check_size(len(html.encode("utf-8", "surrogatepass")))
    if not _TAG.search(html[:65536].encode("utf-8", "replace")):
        raise PageError("not an HTML page (no HTML tags); give the article as 'text' instead")
    protect = not any(c in html for c in _KEPT_SPACES.values())
    try:
        tree = trafilatura.load_html(html)
    except Exception as exc:  # lxml's errors vary with the damage
        raise PageError(f"cannot parse the HTML: {exc}") from None
    if tree is None:
        raise PageError("cannot parse the HTML page")
    if protect:
        for element in tree.iter():
            if isinstance(element.text, str):
                element.text = element.text.translate(_PROTECT)
            if isinstance(element.tail, str):
                element.tail = element.tail.translate(_PROTECT)
    doc = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, with_metadata=True, date_extraction_params=_date_params()
    )
    text = _clean(doc.text if doc is not None else None)
    if not any(len(line.split()) >= MIN_WORDS for line in text.split("\n")):
        raise PageError(f"no main text found in the page (no paragraph of {MIN_WORDS} words or more: navigation or an empty page)")
    published = doc.date if doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None
    if published is None:
        published = _htmldate(html, url or doc.url)
    return Page(
        text=text,
        title=_clean(doc.title) or None,
        url=doc.url or None,
        published=published,
        site=_clean(doc.sitename) or None,
    )


def _clean(text: str | None) -> str:
    """Stand-ins back to their spaces; each line stripped, blank lines dropped."""
    if not text:
        return ""
    lines = (line.strip() for line in text.translate(_RESTORE).split("\n"))
    return "\n".join(line for line in lines if line)


def _date_params() -> dict:
    """The page's own date only: markup (meta tags, ``<time>``, JSON-LD) and URL, never a date
    read in the text (a date the article talks about is no publication date)."""
    return {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%d", "max_date": dt.date.today().isoformat()}


def _htmldate(html: str, url: str | None) -> str | None:
    """htmldate on the page as it came (trafilatura saw it with our space stand-ins and pruned)."""
    from htmldate import find_date

    try:
        found = find_date(html, url=url, **_date_params())
    except Exception:  # htmldate parses the page again; a failure only means no date
        return None
    return found if found and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found) else None
