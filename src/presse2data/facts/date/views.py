"""How dates read (``show``, the error list), match (``evaluate``) and are read back from a
hand-added Label Studio span."""

from __future__ import annotations

from typing import Any

from ..matching import Item, where_matches


def value(record: Any) -> str:
    """``2014-11/2015-02 START (relative)``."""
    mod = f" {record.mod}" if record.mod else ""
    if record.value is None:  # unresolved: the article has no reference date (or the date says nothing)
        return ("relative, no reference date" if record.relative else "no value") + mod
    end = f"/{record.value_end}" if record.value_end else ""
    return f"{record.value}{end}{mod}" + (" (relative)" if record.relative else "")


def describe(item: Item) -> str:
    r = item.record
    value = r.value if r.value is not None else "null"
    end = f"/{r.value_end}" if r.value_end else ""
    mod = f" {r.mod}" if getattr(r, "mod", None) else ""
    return f"{value}{end}{mod}"


def match(gold: Item, pred: Item) -> float | None:
    """``value`` and ``value_end`` equal, spans overlap."""
    g, p = gold.record, pred.record
    if not where_matches(gold, pred) or p.value != g.value or p.value_end != g.value_end:
        return None
    return 0


def undecidable(record: Any) -> bool:
    """A relative date without a reference date: neither right nor wrong against article-level gold."""
    return record.relative and record.value is None


def parse(surface: str) -> dict | None:
    from .normalize import normalize_date

    parsed = normalize_date(surface)
    if parsed is None:
        return None
    return {"value": parsed.value, "value_end": parsed.value_end, "mod": parsed.mod, "relative": parsed.relative}
