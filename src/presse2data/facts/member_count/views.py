"""How member counts read (``show``, the error list) and match (``evaluate``)."""

from __future__ import annotations

from typing import Any

from ..matching import Item, orgs_match, overlap


def value(record: Any) -> str:
    """``50 adhérents @ La Grappe (about)``."""
    org = f" @ {record.organization}" if record.organization else ""
    qualifier = f" ({record.qualifier})" if record.qualifier else ""
    return f"{record.count} {record.unit}{org}{qualifier}"


def describe(item: Item) -> str:
    r = item.record
    return f"{r.count} {r.unit} @ {r.organization if r.organization is not None else '(none)'}"


def match(gold: Item, pred: Item) -> float | None:
    """Same ``count`` and organization (both null counts), anywhere in the article; overlapping first."""
    if pred.record.count != gold.record.count or not orgs_match(gold.org_keys, pred.org_keys):
        return None
    return 0 if overlap(gold, pred) else 1
