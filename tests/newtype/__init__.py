"""A fact type invented for a test, declared as a built-in one is (one folder, one registry entry):
``hashtag``, a ``#Word`` of the text. ``tests/test_new_type.py`` registers it and runs it
through every command."""

from presse2data.facts.matching import Item, where_matches
from presse2data.facts.spec import FactType

from .record import HashtagRecord


def value(record) -> str:
    return f"#{record.tag}"


def describe(item: Item) -> str:
    return item.record.tag


def match(gold: Item, pred: Item) -> float | None:
    return 0 if where_matches(gold, pred) and gold.record.tag == pred.record.tag else None


SPEC = FactType(
    "hashtag", HashtagRecord, "test_hashtags", package=__name__, label="TAG", colour="#c9f2c7", value=value,
    columns=(("tag", "VARCHAR"),), match=match, describe=describe, mention_level=True,
    parse=lambda surface: {"tag": surface.lstrip("#")},
)
