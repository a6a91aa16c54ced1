"""How funding facts read (``show``, the error list) and match (``evaluate``)."""

from __future__ import annotations

from typing import Any

from ...lang.names import fold_org
from ..matching import VALUE_TOLERANCE, Item, close, number, spaced_number, where_matches


def value(record: Any) -> str:
    """``2 000 000 EUR → Valdor (equity, série A) from Kerfonds``."""
    money = record.amount
    upper = f" – {spaced_number(money.value_max)}" if money.value_max is not None else ""
    to = f" → {record.recipient}" if record.recipient else ""
    how = ", ".join(x for x in (record.kind, record.round) if x)
    funders = f" from {', '.join(record.funders)}" if record.funders else ""
    return f"{spaced_number(money.value)}{upper} {money.currency}{to} ({how}){funders}"


def describe(item: Item) -> str:
    r = item.record
    return f"{number(r.amount.value)} {r.amount.currency} → {r.recipient if r.recipient is not None else '(none)'}"


def match(gold: Item, pred: Item) -> float | None:
    """The amount (value to 0.5%, currency; spans overlap, or anywhere against article-level gold)
    and the recipient (folded names, both null alike); funders, kind and round are not scored."""
    g, p = gold.record, pred.record
    if not where_matches(gold, pred) or p.amount.currency != g.amount.currency:
        return None
    if not close(p.amount.value, g.amount.value, VALUE_TOLERANCE):
        return None
    if (g.recipient is None) != (p.recipient is None) or (g.recipient and fold_org(g.recipient) != fold_org(p.recipient)):
        return None
    return abs(p.amount.value - g.amount.value) / abs(g.amount.value) if g.amount.value else 0
