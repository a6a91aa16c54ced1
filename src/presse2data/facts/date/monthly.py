"""Days and weeks counted inside a month: ``le dernier jour d'octobre 2015``, ``le 3e jour de
mars``, ``la première semaine d'octobre 2014``, ``le premier mercredi du mois prochain``,
``la seconde quinzaine de juillet`` (the 16th to the month's end; the first: the 1st to the 15th).

A week of a month is a whole ISO week inside it (Monday to Sunday): ``la première semaine
d'octobre 2014`` is the week of Monday 6 October (the 1st was a Wednesday), ``la dernière
semaine de septembre 2014`` the week of Monday 22 (the 29th starts a week that ends in October).
"""

from __future__ import annotations

import calendar
import datetime as dt

from .point import _Point, _week

ORDINALS = {
    "premier": 1, "première": 1, "premiere": 1, "1er": 1, "1re": 1, "deuxième": 2, "2e": 2, "2ème": 2,
    "second": 2, "seconde": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
    "cinquième": 5, "5e": 5, "5ème": 5,
}  # dernier / dernière: the last one


def _nth(word: str) -> int | None:
    """1, 2...; -1 for ``dernier``; None for a word that is no ordinal."""
    if word.startswith(("dernier", "derni")):
        return -1
    return ORDINALS.get(word)


def week_of_month(word: str, year: int, month: int) -> _Point | None:
    """The n-th (or last) whole ISO week inside the month."""
    n = _nth(word)
    last_day = calendar.monthrange(year, month)[1]
    mondays = [
        dt.date(year, month, d) for d in range(1, last_day - 5) if dt.date(year, month, d).isoweekday() == 1
    ]
    if n is None or not mondays or n > len(mondays):
        return None
    return _Point(text=_week(mondays[n - 1] if n > 0 else mondays[-1]))


def day_of_month(word: str, year: int | None, month: int) -> _Point | None:
    """``le premier jour de mars`` (1), ``le dernier jour de février 2016`` (29), ``le 3e jour``."""
    n = _nth(word)
    if n is None and word.rstrip("emè").isdigit():
        n = int(word.rstrip("emè"))
    if n is None:
        return None
    if n == -1:
        if year is None:
            return None if month == 2 else _Point(None, month, calendar.monthrange(2001, month)[1])
        return _Point(year, month, calendar.monthrange(year, month)[1])
    if not 1 <= n <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return _Point(year, month, n)


def weekday_of_month(word: str, weekday: int, year: int, month: int) -> _Point | None:
    """``le premier mercredi de mars 2015``, ``le dernier vendredi du mois``."""
    n = _nth(word)
    days = [
        dt.date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).isoweekday() == weekday
    ]
    if n is None or n > len(days):
        return None
    day = days[n - 1] if n > 0 else days[-1]
    return _Point(day.year, day.month, day.day)


def fortnight(word: str, year: int | None, month: int) -> tuple[_Point, _Point] | None:
    """``la première quinzaine d'avril``: the 1st to the 15th; the second or last: the 16th to the end."""
    n = _nth(word)
    if n == 1:
        return _Point(year, month, 1), _Point(year, month, 15)
    if year is None and month == 2:
        return None  # its end depends on the year
    return _Point(year, month, 16), _Point(year, month, calendar.monthrange(year or 2001, month)[1])
