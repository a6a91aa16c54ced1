"""Dates anchored on another date: ``la veille``, ``le lendemain``, ``le jour d'après``, ``deux
jours plus tard``, ``trois mois plus tôt``, ``la semaine suivante``, ``l'année précédente``,
``mardi suivant``, ``mercredi de la semaine d'après``, ``le lendemain du 13 février``.

The anchor is a TIMEX3 value chosen by the caller (the component: the nearest earlier date of
the article, else the reference date itself, the narrative time of a news article). A result is
never finer than its anchor allows: ``le lendemain`` needs a day, ``la semaine suivante`` a day
or a week, ``le mois suivant`` a month or finer, ``l'année suivante`` any dated value.
"""

from __future__ import annotations

import datetime as dt
import re

from .point import _Point, _shift

_GRAIN = {"day": 0, "week": 1, "month": 2, "year": 3}


def parse_anchor(value: str | None) -> tuple[str, dt.date] | None:
    """``("day"|"week"|"month"|"year", first day)`` of a TIMEX3 value, None for anything else
    (seasons, quarters, decades, a value with ``X``)."""
    if not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
            return "day", dt.date(*map(int, m.groups()))
        if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
            return "week", dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            return "month", dt.date(int(m.group(1)), int(m.group(2)), 1)
        if m := re.fullmatch(r"\d{4}", value):
            return "year", dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _unit_grain(unit: str) -> str:
    if unit.startswith("jour"):
        return "day"
    if unit.startswith("semaine"):
        return "week"
    return "month" if unit == "mois" else "year"


def _fine_enough(anchor: tuple[str, dt.date] | None, grain: str) -> bool:
    return anchor is not None and _GRAIN[anchor[0]] <= _GRAIN[grain]


_UNRESOLVED = _Point(relative=True, unresolved=True)


def day_offset(word: str, anchor: str | None) -> _Point:
    """``la veille`` (-1), ``l'avant-veille`` (-2), ``le lendemain``, ``le jour d'après`` (+1), ``le surlendemain`` (+2)."""
    n = {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2}.get(word)
    if n is None:
        n = -1 if word.endswith(("d'avant", "précédent")) else 1
    parsed = parse_anchor(anchor)
    if not _fine_enough(parsed, "day"):
        return _UNRESOLVED
    return _Point(text=(parsed[1] + dt.timedelta(days=n)).isoformat(), relative=True)


def unit_offset(n: float, unit: str, direction: str, anchor: str | None) -> _Point:
    """``deux jours plus tard``, ``trois mois plus tôt``: the anchor moved, at the unit's granularity."""
    parsed = parse_anchor(anchor)
    grain = _unit_grain(unit)
    if not _fine_enough(parsed, grain):
        return _UNRESOLVED
    sign = -1 if direction in ("plus tôt", "auparavant", "avant") else 1
    text = _shift(parsed[1], sign * n, unit)
    return _Point(text=text, relative=True) if text else _UNRESOLVED


def named_offset(period: str, which: str, anchor: str | None) -> _Point:
    """``la semaine suivante``, ``le mois précédent``, ``l'année d'après``: the anchor's period moved by one."""
    unit = {"l'an": "an", "l'année": "an", "le mois": "mois", "la semaine": "semaine"}[period]
    direction = "plus tôt" if which.startswith(("précédent", "d'avant", "qui précède")) else "plus tard"
    return unit_offset(1, unit, direction, anchor)


def weekday_after(weekday: int, which: str, next_week: bool, anchor: str | None) -> _Point:
    """``mardi suivant``: the first Tuesday after the anchor day (``précédent``: before it);
    ``mardi de la semaine suivante``: the Tuesday of the week after the anchor's (before it)."""
    parsed = parse_anchor(anchor)
    if not _fine_enough(parsed, "week"):
        return _UNRESOLVED
    grain, day = parsed
    back = which.startswith(("précédent", "d'avant"))
    if next_week:
        monday = day - dt.timedelta(days=day.isoweekday() - 1)
        found = monday + dt.timedelta(days=weekday - 1 + (-7 if back else 7))
    elif grain != "day":
        return _UNRESOLVED
    elif back:
        found = day - dt.timedelta(days=(day.isoweekday() - weekday) % 7 or 7)
    else:
        found = day + dt.timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
    return _Point(found.year, found.month, found.day, relative=True)

