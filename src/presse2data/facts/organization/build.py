"""``organization`` records from the organizations ``presse2data_organizations`` left on the Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from .record import OrganizationRecord


def records(doc: Doc, article_id: str) -> list[OrganizationRecord]:
    out = []
    for org in doc._.organizations or []:
        first = org.mentions[0]
        out.append(
            OrganizationRecord(
                article_id=article_id, text=first.text, start=first.start, end=first.end, source=org.source,
                name=org.name, mentions=org.mentions, kind=org.kind or org.guessed_kind,
            )
        )
    return out
