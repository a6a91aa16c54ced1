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
