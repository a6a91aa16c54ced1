"""The Doc carries the article: every extension presse2data sets, declared in one table.

- ``doc._.reference_date`` (``datetime.date`` or None): set once, before our components
  run, by :func:`presse2data.settings.reference_date` (the article's ``published`` date,
  else the run's ``--reference-date``); the date component resolves against it.
- ``doc._.organizations``: one :class:`Entity` per organization (canonical name, kind,
  mentions), set by ``presse2data_organizations``; persons, roles and member counts read it.
- ``doc._.persons``: one :class:`Entity` per person, set by ``presse2data_persons``.
- ``doc._.roles``: per person (index into ``doc._.persons``), the roles found by
  ``presse2data_roles``.
- ``doc._.facts``: per value fact type (``amount``, ``member_count``, ``date``), the
  normalized fields of the record of each span of ``doc.spans[type]``, in the group's order
  (``value``, ``currency``...), or None when the span makes no record: see
  :func:`set_facts` and :func:`facts_of`. (Not a span extension: spaCy keys those by
  character offsets alone, so two span groups sharing a range would share them.)

Registered idempotently at import, never behind a bare ``try/except``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .record_base import Mention


@dataclass
class Entity:
    """A person or organization of the article: its canonical name and every mention."""

    name: str
    source: str  # rule id (``rule:...``) or component that found its first mention
    mentions: list[Mention]
    spans: list[Span] = field(repr=False, default_factory=list)
    kind: str | None = None  # an organization's kind from a cue of the text (a rule); what other facts read
    guessed_kind: str | None = None  # where no cue gives it: the learned classifier's (organization records only)


# fmt: off
DOC_EXTENSIONS = {
    "reference_date": None,
    "organizations": None,
    "persons": None,
    "roles": None,
    "facts": None,
}
# fmt: on


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def set_facts(doc: Doc, name: str, facts: list[tuple[Span, dict | None]]) -> None:
    """Store ``doc.spans[name]`` and, span by span, the fields of its record (None: no record)."""
    doc.spans[name] = [span for span, _ in facts]
    if doc._.facts is None:
        doc._.facts = {}
    doc._.facts[name] = [fact for _, fact in facts]


def facts_of(doc: Doc, name: str) -> list[tuple[Span, dict]]:
    """``(span, fields)`` for each span of ``doc.spans[name]`` that makes a record."""
    if name not in doc.spans or not doc._.facts or name not in doc._.facts:
        return []
    return [(span, fact) for span, fact in zip(doc.spans[name], doc._.facts[name]) if fact is not None]


register()
