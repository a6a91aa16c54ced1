"""What every fact module receives besides the Doc."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span


@dataclass
class ArticleContext:
    """One article being extracted; ``found`` holds the records of the types already built."""

    article_id: str
    reference_date: dt.date | None = None
    found: dict[str, list] = field(default_factory=dict)


def span_group(doc: Doc, name: str) -> list[Span]:
    """The spans a component stored in ``doc.spans[name]``, sorted (empty if it did not run)."""
    return sorted(doc.spans[name]) if name in doc.spans else []


def source_of(span: Span, default: str) -> str:
    """``rule:<id>`` for a rule match, else the component name."""
    return f"rule:{span.id_}" if span.id_ else default


_CLOSING = set(',;:!?»"″”’)]…')


def surface(span: Span) -> tuple[int, int, str]:
    """``(start, end, text)`` of a rule span without the closing punctuation that token
    alignment glued to it (``printemps 2017″.`` → ``printemps 2017``)."""
    text = span.text
    while text and (text[-1] in _CLOSING or (text[-1] == "." and len(text) > 1 and (text[-2].isdigit() or text[-2] in _CLOSING))):
        text = text[:-1]
    return span.start_char, span.start_char + len(text), text
