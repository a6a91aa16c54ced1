"""``person`` records from the persons and roles the person and role components left on the Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from .record import PersonRecord


def records(doc: Doc, article_id: str) -> list[PersonRecord]:
    roles = doc._.roles or []
    out = []
    for n, person in enumerate(doc._.persons or []):
        first = person.mentions[0]
        out.append(
            PersonRecord(
                article_id=article_id, text=first.text, start=first.start, end=first.end, source=person.source,
                name=person.name, mentions=person.mentions, roles=roles[n] if n < len(roles) else [],
            )
        )
    return out
