"""The fact types presse2data extracts, in the order they are built.

A fact module exposes ``records(doc, ctx) -> list[record]`` and, when it detects
spans with its own rules, a spaCy factory named ``presse2data_<type>s``. The
pipeline, the extractor, the CLI and ``evaluate`` loop over :data:`FACTS`
instead of naming each type. Order matters: later types read earlier ones from
``ctx.found`` (roles and member counts point at organizations).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import amounts, dates, member_counts, organizations, persons
from .base import ArticleContext


@dataclass(frozen=True)
class FactSpec:
    type: str
    records: Callable[..., list]
    component: str | None = None  # spaCy factory that detects its spans, if any


FACTS: dict[str, FactSpec] = {
    spec.type: spec
    for spec in (
        FactSpec("organization", organizations.records, organizations.COMPONENT),
        FactSpec("person", persons.records),
        FactSpec("amount", amounts.records, amounts.COMPONENT),
        FactSpec("member_count", member_counts.records, member_counts.COMPONENT),
        FactSpec("date", dates.records, dates.COMPONENT),
    )
}

__all__ = ["FACTS", "FactSpec", "ArticleContext"]
