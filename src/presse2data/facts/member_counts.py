"""member_counts: detection component and record building. Not implemented yet (see its issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import ArticleContext

COMPONENT = "presse2data_member_counts"


@Language.factory(COMPONENT)
def make_component(nlp: Language, name: str):
    def detect(doc: Doc) -> Doc:
        return doc

    return detect


def records(doc: Doc, ctx: ArticleContext) -> list:
    return []
