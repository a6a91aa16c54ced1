"""Dates read against the reference date: deictic words (``hier``, ``l'an dernier``), weekdays that
must agree with a day (``mercredi 13``), holidays (``à Pâques``), quarters and halves (``le dernier trimestre``)."""

from __future__ import annotations

import datetime as dt

from .grammar import _table
from .point import _ORDINALS, _Point, _add_months, _valid, _week


def _relative_named(s: str, ref: dt.date | None) -> _Point | None:
    """Deictic words and ``dernier/prochain`` phrases resolved against the reference."""
    def rel(text_of) -> _Point:
        return _Point(text=text_of(ref) if ref else None, relative=True, unresolved=ref is None)

    table = {
        "aujourd'hui": lambda r: r.isoformat(),
        "ce jour": lambda r: r.isoformat(),
        "hier": lambda r: (r - dt.timedelta(days=1)).isoformat(),
        "avant-hier": lambda r: (r - dt.timedelta(days=2)).isoformat(),
        "demain": lambda r: (r + dt.timedelta(days=1)).isoformat(),
        "après-demain": lambda r: (r + dt.timedelta(days=2)).isoformat(),
        "an dernier": lambda r: f"{r.year - 1:04d}",
        "an passé": lambda r: f"{r.year - 1:04d}",
        "année dernière": lambda r: f"{r.year - 1:04d}",
        "année passée": lambda r: f"{r.year - 1:04d}",
        "an prochain": lambda r: f"{r.year + 1:04d}",
        "année prochaine": lambda r: f"{r.year + 1:04d}",
        "cette année": lambda r: f"{r.year:04d}",
        "année en cours": lambda r: f"{r.year:04d}",
        "année": lambda r: f"{r.year:04d}",  # only after a modifier: "fin de l'année"
        "an": lambda r: f"{r.year:04d}",
        "mois dernier": lambda r: "%04d-%02d" % _add_months(r.year, r.month, -1),
        "mois passé": lambda r: "%04d-%02d" % _add_months(r.year, r.month, -1),
        "mois prochain": lambda r: "%04d-%02d" % _add_months(r.year, r.month, 1),
        "ce mois-ci": lambda r: f"{r.year:04d}-{r.month:02d}",
        "mois en cours": lambda r: f"{r.year:04d}-{r.month:02d}",
        "semaine dernière": lambda r: _week(r - dt.timedelta(days=7)),
        "semaine passée": lambda r: _week(r - dt.timedelta(days=7)),
        "semaine prochaine": lambda r: _week(r + dt.timedelta(days=7)),
        "cette semaine": lambda r: _week(r),
    }
    key = s[2:] if s.startswith("l'") else s
    if key in table:
        return rel(table[key])
    return None


def _weekday_agreeing(weekday: int, month: int | None, day: int, ref: dt.date, direction: str) -> _Point | None:
    """The date nearest the reference whose weekday is the one written (``lundi 18 février``
    with reference 2013-02-12 is 2013-02-18, a Monday); ties go the way the tense says."""
    candidates = []
    if month is None:
        for delta in range(-12, 13):
            y, m = _add_months(ref.year, ref.month, delta)
            if _valid(y, m, day):
                candidates.append(dt.date(y, m, day))
    else:
        candidates = [dt.date(y, month, day) for y in range(ref.year - 6, ref.year + 7) if _valid(y, month, day)]
    agreeing = [c for c in candidates if c.isoweekday() == weekday]
    if not agreeing:
        return None
    sign = -1 if direction in ("past", "last") else 1
    best = min(agreeing, key=lambda c: (abs((c - ref).days), -sign * (c - ref).days))
    return _Point(best.year, best.month, best.day, relative=True)


def _day_of_month(day: int, ref: dt.date | None, direction: str) -> _Point | None:
    """``le 2``: that day of the reference's month, or of the month before (past) or after (future)."""
    if ref is None:
        return _Point(relative=True, unresolved=True)
    candidates = []
    for delta in (-1, 0, 1):
        y, m = _add_months(ref.year, ref.month, delta)
        if _valid(y, m, day):
            candidates.append(dt.date(y, m, day))
    if direction in ("past", "last"):
        candidates = [c for c in candidates if c <= ref]
    elif direction in ("future", "next"):
        candidates = [c for c in candidates if c >= ref]
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (abs((c - ref).days), c > ref))
    return _Point(best.year, best.month, best.day, relative=True)


def _weekday_of_week(weekday: int, week: str, ref: dt.date | None) -> _Point | None:
    """``mardi de la semaine prochaine``: the weekday of the reference's week moved by ``week``
    (``cette semaine``, ``la semaine prochaine``, ``dernière``/``passée``); ``lundi en huit``,
    ``en quinze``: its next occurrence (the reference day included) plus one or two weeks."""
    if ref is None:
        return _Point(relative=True, unresolved=True)
    if week in ("huit", "8", "quinze", "15"):
        ahead = (weekday - ref.isoweekday()) % 7
        day = ref + dt.timedelta(days=ahead + (7 if week in ("huit", "8") else 14))
    else:
        shift = {"cette semaine": 0, "la semaine prochaine": 7, "la semaine dernière": -7, "la semaine passée": -7}[week]
        day = ref + dt.timedelta(days=weekday - ref.isoweekday() + shift)
    return _Point(day.year, day.month, day.day, relative=True)


def _holiday(name: str, year: int | None, ref: dt.date | None, direction: str) -> _Point | None:
    """``Noël 2018`` → 2018-12-25, ``à Pâques`` → the Easter Sunday nearest the reference in the tense's direction."""
    rule = _table("date/holidays")[name]

    def on(y: int) -> dt.date:
        if rule.startswith("easter+"):
            from dateutil.easter import easter  # dateutil comes with dateparser

            return easter(y) + dt.timedelta(days=int(rule[len("easter+"):]))
        month, day = map(int, rule.split("-"))
        return dt.date(y, month, day)

    if year is not None:
        d = on(year)
        return _Point(year, d.month, d.day)
    if ref is None:
        if rule.startswith("easter"):
            return _Point(relative=True, unresolved=True)  # Easter moves: no day without a year
        d = on(2000)
        return _Point(None, d.month, d.day)
    before = on(ref.year) if on(ref.year) <= ref else on(ref.year - 1)
    after = on(ref.year) if on(ref.year) >= ref else on(ref.year + 1)
    if direction == "nearest":
        direction = "past" if (ref - before) <= (after - ref) else "future"
    d = before if direction == "past" else after
    return _Point(d.year, d.month, d.day, relative=True)


def _part_relative(ordinal: str, kind: str, ref: dt.date | None, direction: str) -> _Point | None:
    """``le dernier trimestre`` (the one before the reference's), ``au premier semestre`` (this year's or the last)."""
    if ref is None:
        return _Point(relative=True, unresolved=True)
    size = 3 if kind == "trimestre" else 6
    letter = "Q" if kind == "trimestre" else "H"
    current = (ref.month - 1) // size + 1
    if ordinal == "dernier":
        index = ref.year * (12 // size) + current - 2
        return _Point(index // (12 // size), part=f"{letter}{index % (12 // size) + 1}", relative=True)
    n = _ORDINALS[ordinal]
    if n > 12 // size:
        return None
    if direction in ("past", "nearest"):  # au premier semestre: this year's, or the last one
        year = ref.year if n <= current else ref.year - 1
    else:
        year = ref.year if n >= current else ref.year + 1
    return _Point(year, part=f"{letter}{n}", relative=True)
