"""``date`` records from the spans ``presse2data_dates`` left on the Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.tokens import located, span_group
from . import SPEC
from .record import DateRecord


def records(doc: Doc, article_id: str) -> list[DateRecord]:
    return [
        DateRecord(**located(span, article_id, SPEC.factory), **span._.fact)
        for span in span_group(doc, SPEC.name)
        if span._.fact is not None
    ]
