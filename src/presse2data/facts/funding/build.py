"""``funding`` records from the spans ``presse2data_funding`` left on the Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from ...extensions import facts_of
from ...lang.tokens import located
from . import SPEC
from .record import FundingRecord


def records(doc: Doc, article_id: str) -> list[FundingRecord]:
    return [FundingRecord(**located(span, article_id, SPEC.factory), **fact) for span, fact in facts_of(doc, SPEC.name)]
