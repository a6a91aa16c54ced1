"""What a fact type's ``views.py`` builds on: the unit ``evaluate`` matches, and the
comparisons the contract's matching rules are made of (no spaCy, no registry import).

A match function takes a gold and a predicted :class:`Item` of one type and returns
None (no match) or a priority (lower is better: exact name before alias, closest value).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

VALUE_TOLERANCE = 0.005  # amounts: 0.5%


@dataclass(frozen=True)
class Item:
    """A gold or predicted unit of one type in one article: a record, or a part of one (a role)."""

    type: str
    record: Any  # the record, or the part (a Role)
    spans: tuple[tuple[int, int], ...]  # mentions; for article-level gold, where its surface was found (or none)
    holder: Any = None  # the record holding a part (its person); the record itself otherwise
    keys: frozenset[str] = frozenset()  # folded names this item answers to (an entity, or a part's holder)
    name_key: str | None = None  # folded canonical name
    org_keys: frozenset[str] | None = None  # the organization it names, with the gold's aliases (None: null)
    article_level: bool = False  # gold without offsets: matched by value within the article
    anchor: tuple[int, int] | None = None  # where the error list shows it

    @property
    def located(self) -> Any:
        """The record that has the text and offsets (a part's holder)."""
        return self.holder if self.holder is not None else self.record

    @property
    def text(self) -> str:
        r = self.located
        if not self.article_level:
            return r.text
        return getattr(r, "surface", None) or getattr(r, "name", None) or getattr(r, "unit", None) or ""

    @property
    def start(self) -> int | None:
        return self.located.start if not self.article_level else (self.anchor[0] if self.anchor else None)

    @property
    def end(self) -> int | None:
        return self.located.end if not self.article_level else (self.anchor[1] if self.anchor else None)


# -- comparisons --------------------------------------------------------------------------------
def overlap(a: Item, b: Item) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.spans for s2, e2 in b.spans)


def where_matches(gold: Item, pred: Item) -> bool:
    """Mention-level gold: spans overlap; article-level gold: anywhere in the article."""
    return gold.article_level or overlap(gold, pred)


def close(a: float | None, b: float | None, rel: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if b == 0:
        return a == 0
    return abs(a - b) <= rel * abs(b)


def orgs_match(gold: frozenset[str] | None, pred: frozenset[str] | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return bool(gold & pred)


def same_name(gold: Item, pred: Item) -> float | None:
    """Named entities: the folded name is the gold's or one of its aliases (exact first)."""
    if pred.name_key not in gold.keys:
        return None
    return 0 if pred.name_key == gold.name_key else 1


def span_only(gold: Item, pred: Item) -> float | None:
    return 0 if overlap(gold, pred) else None


def same_holder(gold: Item, pred: Item) -> float | None:
    """Parts: held by the same entity (a wrong value of a role is another role of the same person)."""
    return 0 if pred.name_key in gold.keys else None


# -- numbers in a few words ---------------------------------------------------------------------
def number(value: float | None) -> str:
    """``14700000`` (the error list: as in the records)."""
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def spaced_number(value: float | None) -> str:
    """``14 700 000`` (show: for reading)."""
    if value is None:
        return "?"
    return f"{int(value):,}".replace(",", " ") if float(value).is_integer() else f"{value:g}"
