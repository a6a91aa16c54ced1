"""How persons and their roles read (``show``, the error list) and match (``evaluate``)."""

from __future__ import annotations

from typing import Any

from ..matching import Item
from ..role.views import value as role_value


def value(record: Any) -> str:
    """``Ana Lefort (présidente @ Numeria)``."""
    roles = "; ".join(filter(None, (role_value(r) for r in record.roles)))
    return record.name + (f" ({roles})" if roles else "")


def describe(item: Item) -> str:
    return item.record.name
