"""``amount`` records from the spans ``presse2data_amounts`` left on the Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from ...extensions import facts_of
from ...lang.tokens import located
from . import SPEC
from .record import AmountRecord


def records(doc: Doc, article_id: str) -> list[AmountRecord]:
    return [AmountRecord(**located(span, article_id, SPEC.factory), **fact) for span, fact in facts_of(doc, SPEC.name)]
