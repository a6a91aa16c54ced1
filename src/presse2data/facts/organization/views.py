"""How organizations read (``show``, the error list)."""

from __future__ import annotations

from typing import Any

from ..matching import Item


def value(record: Any) -> str:
    """``Numeria [association]``."""
    return record.name + (f" [{record.kind}]" if record.kind else "")


def describe(item: Item) -> str:
    return item.record.name
