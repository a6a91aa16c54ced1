"""Organizations, first version: ``ORG`` entities, one record per folded name.

The cue-based recognizer of the organizations issue replaces this.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..normalize.names import fold_org
from ..records import Mention, OrganizationRecord
from .base import ArticleContext

COMPONENT = "presse2data_organizations"


@Language.factory(COMPONENT)
def make_component(nlp: Language, name: str):
    def detect(doc: Doc) -> Doc:
        return doc

    return detect


def records(doc: Doc, ctx: ArticleContext) -> list[OrganizationRecord]:
    groups: dict[str, list] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG":
            groups.setdefault(fold_org(ent.text), []).append(ent)
    out = []
    for group in groups.values():
        first = group[0]
        out.append(
            OrganizationRecord(
                article_id=ctx.article_id,
                text=first.text,
                start=first.start_char,
                end=first.end_char,
                source="ner",
                name=max((e.text for e in group), key=len),
                mentions=[Mention(start=e.start_char, end=e.end_char, text=e.text) for e in group],
            )
        )
    return out
