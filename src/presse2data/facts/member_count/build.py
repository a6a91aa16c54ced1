"""``member_count`` records from the spans ``presse2data_member_counts`` left on the Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.tokens import located, span_group
from . import SPEC
from .record import MemberCountRecord


def records(doc: Doc, article_id: str) -> list[MemberCountRecord]:
    return [
        MemberCountRecord(**located(span, article_id, SPEC.factory), **span._.fact)
        for span in span_group(doc, SPEC.name)
        if span._.fact is not None
    ]
