"""``presse2data show ARTICLE``: one article's records, for debugging rules.

ARTICLE is one of

- a ``.txt`` file or a saved web page (``.html``, ``.htm``; its main text is shown, as
  ``extract`` reads it): ``presse2data show corpus/000_332547e9bf89472f.txt``;
- an article id inside ``--corpus DIR`` (default ``corpus``), as ``extract`` names it
  (``000_332547e9bf89472f``, ``2015/lyon-01``), or inside ``--jsonl FILE``;
- ``-``: standard input. When the whole input is one JSON object with a ``text``
  field (a line of an articles JSONL file: ``id``, ``text``, ``published``...), it is
  that article; anything else is the plain text of an article with id ``stdin``.

Output: a table per record type (value, text, source rule, context), then the
article text with every extracted span highlighted in its type's color.
``--json`` prints the records as JSON Lines instead; ``--html FILE`` also writes a
displaCy page (open it in any browser, no server needed).

The library functions (:func:`find_article`, :func:`extract_records`,
:func:`render_terminal`, :func:`render_html`) take an injected extractor, so
tests and notebooks build the pipeline once.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import io
import json
import sys
from pathlib import Path
from typing import Any


from ..facts import by_name, registry
from ..inputs.reading import Article, iter_jsonl, normalize_newlines, read_file

STDIN_ID = "stdin"


# Colours (displaCy backgrounds: spaCy's own PER/ORG/MONEY/CARDINAL/DATE ones), labels and values come from the registry.
def _style(type_: str) -> str:
    return f"bold black on {by_name(type_).colour}"


class ArticleNotFound(LookupError):
    """ARTICLE names nothing readable: a usage error for the CLI."""


# -- finding the article ------------------------------------------------------------------------
def article_from_stdin(data: bytes) -> Article:
    """One JSON object with ``text`` → that article; anything else → plain text with id ``stdin``."""
    stripped = data.strip()
    if stripped.startswith(b"{") and b"\n" not in stripped:
        try:
            raw = json.loads(stripped)
        except ValueError:
            raw = None
        if isinstance(raw, dict) and "text" in raw:
            raw.setdefault("id", STDIN_ID)
            return next(iter_jsonl(io.BytesIO(json.dumps(raw).encode("utf-8")), "<stdin>"))
    text = normalize_newlines(data.decode("utf-8", errors="replace"))
    title = next((line.strip() for line in text.split("\n") if line.strip()), None)
    error = None if text.strip() else "empty article: nothing on standard input"
    return Article(id=STDIN_ID, text=text, path="<stdin>", title=title, encoding="utf-8", error=error)


def find_article(name: str, corpus: Path = Path("corpus"), jsonl: Path | None = None, stdin: bytes | None = None) -> Article:
    """The article ARTICLE names (see the module docstring); raises :class:`ArticleNotFound`."""
    if name == "-":
        return article_from_stdin(stdin if stdin is not None else sys.stdin.buffer.read())
    if jsonl is not None:
        if not jsonl.is_file():
            raise ArticleNotFound(f"{jsonl}: no such file")
        with jsonl.open("rb") as stream:
            for article in iter_jsonl(stream, jsonl.name, str(jsonl)):
                if article.id == name:
                    return article
        raise ArticleNotFound(f"no article with id {name!r} in {jsonl}")
    path = Path(name)
    if path.is_file():
        return read_file(path, path.with_suffix("").name)
    suffixes = ("",) if Path(name).suffix.lower() in (".txt", ".html", ".htm") else (".txt", ".html", ".htm")
    for suffix in suffixes:
        candidate = corpus / f"{name}{suffix}"
        if candidate.is_file():
            return read_file(candidate, candidate.relative_to(corpus).with_suffix("").as_posix())
    raise ArticleNotFound(f"{name!r} is neither a file nor an article id in {corpus}/ (use --corpus DIR or --jsonl FILE)")


def extract_records(article: Article, extractor=None, reference_date: dt.date | None = None) -> list[Any]:
    """The article's records (its ``article`` record first), with ``extractor`` or the shared one."""
    from ..evaluation.loading import run_pipeline

    return next(iter(run_pipeline([article], extractor, reference_date).values()))


# -- describing records -------------------------------------------------------------------------
def value_of(record: Any) -> str:
    """A record's normalized value in a few words (its type's ``value``)."""
    spec = by_name(record.type)
    return spec.value(record) if spec is not None and spec.value is not None else ""


def _short_value(record: Any) -> str:
    return record.name if by_name(record.type).entity else value_of(record)


def highlights(records: list[Any]) -> list[tuple[int, int, str, str]]:
    """``(start, end, type, label)`` of every mention to highlight (all mentions of persons and orgs)."""
    out = []
    for r in records:
        spec = by_name(r.type)
        if spec is None or spec.field:
            continue
        value = _short_value(r)
        mentions = [(m.start, m.end, m.text) for m in getattr(r, "mentions", None) or []] or [(r.start, r.end, r.text)]
        for start, end, text in mentions:
            # the value only when it says more than the mention itself (M. Lefort -> Ana Lefort)
            label = spec.label if text == value else f"{spec.label} {value}"
            out.append((start, end, r.type, label))
    return sorted(out)


def non_overlapping(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Longest spans first (on ties, the type's ``show_rank``: facts before entities), dropping those that overlap a kept one."""
    kept: list[tuple[int, int, str, str]] = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), _rank(s[2]), s[0])):
        if all(span[1] <= k[0] or k[1] <= span[0] for k in kept):
            kept.append(span)
    return sorted(kept)


def _rank(type_: str) -> int:
    spec = by_name(type_)
    return spec.show_rank if spec is not None else 9


# -- terminal -----------------------------------------------------------------------------------
WIDE = 120  # columns from which the tables have a context column
NARROW = 60  # columns under which they drop the source column too


def render_terminal(article: Article, records: list[Any], console, show_text: bool = True) -> None:
    """Tables per record type, then the article text with highlighted spans.

    The tables fit ``console.width``: the context column only from ``WIDE`` columns, the
    source only from ``NARROW``, so that at 80 columns a cell wraps over two lines, not eight."""
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    from ..evaluation.scoring import snippet

    head = records[0] if records and records[0].type == "article" else None
    facts = [r for r in records if r.type != "article"]
    console.print(Rule(Text(f"{article.id}", style="bold")))
    if head is not None:
        counts = ", ".join(f"{n} {t}" for t, n in head.counts.items()) or "no records"
        status = head.status if head.error is None else f"{head.status}: {head.error}"
        console.print(Text(f"{head.chars} chars, reference date {head.reference_date or 'none'}, {status}; {counts}"))
    for spec in registry():
        type_ = spec.name
        of_type = [r for r in facts if r.type == type_]
        if not of_type:
            continue
        table = Table(title=f"{type_} ({len(of_type)})", title_justify="left", title_style=_style(type_))
        entity = spec.entity
        columns = ["value", "text", *(["mentions"] if entity else []), *(["source"] if console.width >= NARROW else [])]
        columns += ["context"] if console.width >= WIDE else []
        for name in columns:
            table.add_column(name, justify="right" if name == "mentions" else "left", overflow="fold", ratio=1 if name == "context" else None)
        for r in of_type:
            cells = {"value": value_of(r), "text": r.text, "mentions": str(len(getattr(r, "mentions", None) or [])),
                     "source": r.source or "", "context": snippet(article.text, r.start, r.end, r.text, width=40)}
            table.add_row(*(Text(cells[name]) for name in columns))
        console.print(table)
    if not facts:
        console.print(Text("no records", style="dim"))
    if show_text and article.text:
        legend = Text("  ").join(Text(f" {spec.label} ", style=_style(spec.name)) for spec in registry())
        console.print(Rule("article text"))
        console.print(legend)
        text = Text(article.text)
        for start, end, type_, _ in highlights(facts):
            text.stylize(_style(type_), start, end)
        console.print(text)


# -- HTML ---------------------------------------------------------------------------------------
def render_html(article: Article, records: list[Any]) -> str:
    """A standalone displaCy page: the article with spans colored per type, then a table of records.

    displaCy's ``ent`` style keeps the article's line breaks but cannot nest spans,
    so where spans overlap the longest is drawn; every record is still in the table.
    """
    from spacy import displacy

    facts = [r for r in records if r.type != "article"]
    spans = non_overlapping(highlights(facts))
    colors = {label: by_name(type_).colour for _, _, type_, label in spans}
    data = {
        "text": article.text or "",
        "ents": [{"start": s, "end": e, "label": label} for s, e, _, label in spans],
        "title": f"presse2data show: {article.id}",
        "settings": {"lang": "fr", "direction": "ltr"},
    }
    page = displacy.render(data, style="ent", manual=True, page=True, minify=False, options={"colors": colors})
    title = html_lib.escape(f"{article.title or article.id} · presse2data show")
    page = page.replace("<title>displaCy</title>", f"<title>{title}</title>", 1)
    # a highlight wrapped over two lines keeps its padding and rounded ends on both
    page = page.replace("</head>", "<style>mark { -webkit-box-decoration-break: clone; box-decoration-break: clone; }</style>\n</head>", 1)
    return page.replace("</body>", _records_table(facts) + "\n</body>", 1)


def _records_table(facts: list[Any]) -> str:
    esc = html_lib.escape
    rows = "\n".join(
        f'<tr><td><span style="background:{getattr(by_name(r.type), "colour", None) or "#ddd"};padding:0 0.4em;border-radius:0.3em">'
        f"{esc(r.type)}</span></td><td>{esc(value_of(r))}</td><td>{esc(r.text)}</td>"
        f'<td style="white-space:nowrap">{r.start}–{r.end}</td><td><code>{esc(r.source or "")}</code></td></tr>'
        for r in facts
    )
    return (
        '<div style="padding: 0 2rem 2rem; font-family: -apple-system, sans-serif">'
        f"<h3>Records ({len(facts)})</h3>"
        '<table style="border-collapse: collapse" cellpadding="4" border="1">'
        "<tr><th>type</th><th>value</th><th>text</th><th>offsets</th><th>source</th></tr>\n"
        f"{rows}</table></div>"
    )


# -- command ------------------------------------------------------------------------------------
def unwritable(path: Path) -> str | None:
    """Why a file cannot be written at ``path`` (its folder is missing, it is a folder), else None."""
    if path.is_dir():
        return "is a folder, give a file name"
    parent = path.parent
    if not parent.is_dir():
        return f"no such folder {parent}" if not parent.exists() else f"{parent} is not a folder"
    return None
