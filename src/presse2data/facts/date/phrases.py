"""One calendar point of a phrase (no range, no modifier): the dispatcher over every phrasing the
grammar knows, from ``T3 2019`` to ``cet été``."""

from __future__ import annotations

import datetime as dt
import re

from ...lang.modelfiles import lexicon_alternation
from .dateparsing import _calendar_point
from .grammar import _months, _re, _strip_leading, _table
from .monthly import day_of_month, week_of_month, weekday_of_month
from .point import _ORDINALS, _add_months, _Point, _day_number, _resolve_year, _season_of, _week
from .relative import _holiday, _part_relative, _relative_named, _weekday_agreeing, _weekday_of_week


def _roman(text: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def _direction(future: bool | None) -> str:
    """How a year-less date is placed around the reference: the tense's way, else the nearest."""
    return "nearest" if future is None else "future" if future else "past"


def _in_month(s: str, ref: dt.date | None, direction: str) -> _Point | None:
    """``la première semaine d'octobre 2014``, ``le dernier jour de mars``, ``le premier mercredi du
    mois prochain``: the month's year written, else resolved like a month alone."""
    R = _re()
    m = R["month_week"].match(s) or R["month_day"].match(s) or R["month_weekday"].match(s)
    if m is None:
        return None
    weekday, groups = None, list(m.groups())
    if m.re is R["month_weekday"]:
        weekday = int(_table("date/weekdays")[groups.pop(1)])
    word, month_word, year_word, *which = groups
    if month_word is not None:
        p = _Point(int(year_word) if year_word else None, _months()[month_word])
    elif ref is None:
        return _Point(relative=True, unresolved=True)
    else:  # du mois prochain, de ce mois
        shift = {"prochain": 1, "dernier": -1, "passé": -1}.get(which[0] if which else None, 0)
        y, mo = _add_months(ref.year, ref.month, shift)
        p = _Point(y, mo, relative=True)
    if p.year is None and ref is not None:
        _resolve_year(p, ref, direction)
    if m.re is R["month_day"]:
        found = day_of_month(word, p.year, p.month)
    elif p.year is None:
        return None if weekday is not None else _Point(relative=True, unresolved=True)
    elif weekday is not None:
        found = weekday_of_month(word, weekday, p.year, p.month)
    else:
        found = week_of_month(word, p.year, p.month)
    if found is not None:
        found.relative = p.relative
    return found


def _point(s: str, ref: dt.date | None, future: bool, allow_bare: bool = True) -> _Point | None:
    """One calendar point (no range, no modifier)."""
    R = _re()
    s = _strip_leading(s)
    months, seasons = _months(), _table("date/seasons")
    weekdays = {k: int(v) for k, v in _table("date/weekdays").items()}
    direction = _direction(future)

    if p := _calendar_point(s, ref, direction):
        return p
    if m := R["part"].match(s):
        ordinal, kind, y = m.groups()
        n = _ORDINALS.get(ordinal) or (4 if kind == "trimestre" else 2)
        if kind == "semestre" and n > 2:
            return None
        return _Point(int(y), part=f"{'Q' if kind == 'trimestre' else 'H'}{n}")
    if m := R["y"].match(s):
        y = int(m.group(1))
        return _Point(y) if 1000 <= y <= 2099 else None
    if m := R["short_part"].match(s):  # T3 2019, S1 2020
        kind, n = m.group(1), int(m.group(2))
        if kind == "s" and n > 2:
            return None
        return _Point(int(m.group(3)), part=f"{'Q' if kind == 't' else 'H'}{n}")
    if m := R["part_rel"].match(s):
        return _part_relative(m.group(1), m.group(2), ref, direction)
    if m := R["century"].match(s):
        n = _roman(m.group(1))
        return _Point(decade=f"{n - 1:02d}XX") if n and 1 <= n <= 21 else None
    if m := R["decade_words"].match(s):
        tens = {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
                "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9}[m.group(1)]
        return _Point(decade=f"19{tens}X")
    if m := R["holiday"].match(s):
        return _holiday(m.group(1), int(m.group(2)) if m.group(2) else None, ref, direction)
    if m := R["week_of"].match(s):  # la semaine du 6 octobre: the ISO week of that day
        p = _point(m.group(1), ref, future, allow_bare=False)
        if p is None or p.day is None or p.month is None:
            return None
        if p.year is None:
            return p  # no year known: the day itself (XXXX-10-06)
        return _Point(text=_week(dt.date(p.year, p.month, p.day)), relative=p.relative)
    if m := R["nth_week"].match(s):
        year = int(m.group(2))
        last = dt.date(year, 12, 28).isocalendar()[1]
        n = {"première": 1, "1re": 1, "deuxième": 2, "2e": 2, "dernière": last}[m.group(1)]
        return _Point(text=f"{year:04d}-W{n:02d}")
    if p := _in_month(s, ref, direction):
        return p
    if m := R["weekday_week"].match(s):  # mardi de la semaine prochaine, lundi en huit
        day = m.group(1) or m.group(3)
        return _weekday_of_week(weekdays[day], m.group(2) or m.group(4), ref)
    if m := R["weekday_day"].match(s):  # mercredi 13: the nearest 13th that is a Wednesday
        if ref is None:
            return _Point(relative=True, unresolved=True)
        return _weekday_agreeing(weekdays[m.group(1)], None, _day_number(m.group(2)), ref, direction)
    if m := R["decade"].match(s):
        digits = m.group(1)
        if len(digits) == 2:
            digits = ("20" if digits in ("00", "10") else "19") + digits
        return _Point(decade=digits[:3] + "X")
    if m := R["season"].match(s):
        p = _Point(int(m.group(2)) if m.group(2) else None, season=seasons[m.group(1)])
        if p.year is None and ref is not None:
            _resolve_year(p, ref, direction)
        return p
    if m := R["season_rel"].match(s):
        word = m.group(2) or m.group(3)
        p = _Point(season=seasons[word])
        if ref is None:
            return _Point(relative=True, unresolved=True)
        if m.group(1):  # cet été: the occurrence of the reference's season year
            year, _ = _season_of(ref)
            p.year = ref.year if p.season != "WI" else year
            p.relative = True
        else:
            _resolve_year(p, ref, "last" if m.group(4) in ("dernier", "passé") else "next")
        return p
    if m := R["m"].match(s):
        p = _Point(None, months[m.group(1)])
        if m.group(2):
            if ref is None:
                return _Point(relative=True, unresolved=True)
            _resolve_year(p, ref, "next" if m.group(2) == "prochain" else "last")
        elif ref is not None:
            _resolve_year(p, ref, direction)
        return p
    if m := R["weekday"].match(s):
        target = weekdays[m.group(2)]
        if ref is None:
            return _Point(relative=True, unresolved=True)
        back = (ref.isoweekday() - target) % 7
        ahead = (target - ref.isoweekday()) % 7
        which = m.group(3)
        if which in ("dernier", "passé"):
            day = ref - dt.timedelta(days=back or 7)
        elif which == "prochain":
            day = ref + dt.timedelta(days=ahead or 7)
        elif future or (future is None and ahead < back):
            day = ref + dt.timedelta(days=ahead)
        else:
            day = ref - dt.timedelta(days=back)
        return _Point(text=day.isoformat(), relative=True)
    if s.startswith("aujourd'hui "):  # aujourd'hui lundi / aujourd'hui 3 mars
        rest = s[len("aujourd'hui "):]
        if rest in weekdays:
            return _relative_named("aujourd'hui", ref)
        rest = re.sub(rf"^{lexicon_alternation('date/weekdays')} ", "", rest)
        return _point(rest, ref, future, allow_bare=False)
    if (p := _relative_named(s, ref)) is not None:
        if s in ("année", "an", "l'année", "l'an") and not allow_bare:
            return None
        return p
    return None
