"""How amounts read (``show``, the error list), match (``evaluate``) and are read back from a
hand-added Label Studio span."""

from __future__ import annotations

from typing import Any

from ..matching import VALUE_TOLERANCE, Item, close, number, spaced_number, where_matches


def value(record: Any) -> str:
    """``14 700 000 EUR``, ``2 000 000 – 3 000 000 EUR (about)``."""
    upper = f" – {spaced_number(record.value_max)}" if record.value_max is not None else ""
    qualifier = f" ({record.qualifier})" if record.qualifier else ""
    return f"{spaced_number(record.value)}{upper} {record.currency}{qualifier}"


def describe(item: Item) -> str:
    r = item.record
    upper = f"-{number(r.value_max)}" if r.value_max is not None else ""
    qualifier = f" ({r.qualifier})" if getattr(r, "qualifier", None) else ""
    return f"{number(r.value)}{upper} {r.currency}{qualifier}"


def match(gold: Item, pred: Item) -> float | None:
    """``value`` to 0.5%, ``currency`` and ``value_max`` equal, spans overlap; the closest value first."""
    g, p = gold.record, pred.record
    if not where_matches(gold, pred) or p.currency != g.currency:
        return None
    if not close(p.value, g.value, VALUE_TOLERANCE) or not close(p.value_max, g.value_max, 1e-9):
        return None
    return abs(p.value - g.value) / abs(g.value) if g.value else 0


def parse(surface: str) -> dict | None:
    from .normalize import parse_amount

    parsed = parse_amount(surface)
    if parsed is None:
        return None
    return {"value": parsed.value, "currency": parsed.currency, "value_max": parsed.value_max, "qualifier": parsed.qualifier}
