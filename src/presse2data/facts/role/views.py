"""How roles read (``show``, the error list) and match (``evaluate``)."""

from __future__ import annotations

from typing import Any

from ..matching import Item, orgs_match


def value(role: Any) -> str:
    """``présidente @ Numeria``; a role without a title (an affiliation) is ``@ Numeria``, never ``None @``."""
    if role.organization is None:
        return role.title or ""
    return f"{role.title or ''} @ {role.organization}".lstrip()


def _title(role: Any) -> str:
    return (role.title or "").casefold()


def describe(item: Item) -> str:
    role = item.record
    organization = role.organization if role.organization is not None else "(none)"
    return f"{item.holder.name}: {_title(role) or '?'} @ {organization}"


def match(gold: Item, pred: Item) -> float | None:
    """Same person (or one of its aliases) and same organization (both null counts); the title only ranks."""
    if pred.name_key not in gold.keys or not orgs_match(gold.org_keys, pred.org_keys):
        return None
    return 0 if _title(pred.record) == _title(gold.record) else 1
