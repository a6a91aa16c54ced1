"""The date rules read back on a phrase: a rule's span (``models/date/rules.jsonl``, its context
left out) matched on the whole phrase, its named groups (``month``, ``year``, ``ord``, the ends of
a range...) what a normalizer reads. The detector's grammar is the only one: a phrasing no rule
names is none the normalizers read."""

from __future__ import annotations

import re
from functools import cache

from ...lang.modelfiles import group_regex, load_rules


@cache
def _spans() -> dict[str, re.Pattern]:
    """Each regex rule's span by rule id, in file order, compiled once; case folded, as the
    normalizers read a lowercased phrase."""
    return {
        rule.id: re.compile(group_regex(rule.regex), re.IGNORECASE)
        for rule in load_rules("date")
        if rule.regex is not None
    }


def read(s: str, *rules: str) -> re.Match | None:
    """The match of the first of ``rules`` (ids) whose span is the whole of ``s``."""
    for rule in rules:
        if found := _spans()[rule].fullmatch(s):
            return found
    return None


@cache
def _range_rules() -> tuple[str, ...]:
    """The rules naming the range normalizer whose ends are groups (``start``/``end``, or a day
    ``sday``/``eday`` with its month and year), in file order."""
    ranges = {rule.id for rule in load_rules("date") if rule.data.get("normalize") == "range"}
    return tuple(
        rule for rule, span in _spans().items() if rule in ranges and {"start", "sday"} & set(span.groupindex)
    )


def read_range(s: str) -> re.Match | None:
    """The match of the first range rule whose span is the whole of ``s``."""
    return read(s, *_range_rules())
