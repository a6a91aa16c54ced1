"""One calendar point of a phrase (no range, no modifier): the dispatcher over the rules that name
one (``models/date/rules.jsonl``, read back by :mod:`.reading`), from ``T3 2019`` to ``cet été``."""

from __future__ import annotations

import datetime as dt

from .dateparsing import _calendar_point
from .grammar import _months, _strip_leading, _table
from .monthly import day_of_month, week_of_month, weekday_of_month
from .point import _ORDINALS, _add_months, _Point, _day_number, _resolve_year, _season_of, _week
from .reading import read
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


_YEAR_NOUNS = ("l'année ", "l'an ", "année ", "an ")


def _year_of(s: str) -> str:
    """``l'an 2000``, ``(fin) année 2013``: the year the noun names (the year rule's span is the number)."""
    for noun in _YEAR_NOUNS:
        if s.startswith(noun):
            return s[len(noun):]
    return s


def _in_month(s: str, ref: dt.date | None, direction: str) -> _Point | None:
    """``la première semaine d'octobre 2014``, ``le dernier jour de mars``, ``le premier mercredi du
    mois prochain``: the month's year written, else resolved like a month alone."""
    for rule in ("date/month-week", "date/month-day", "date/month-weekday"):
        if m := read(s, rule):
            break
    else:
        return None
    weekday = int(_table("date/weekdays")[m["weekday"]]) if rule == "date/month-weekday" else None
    if m["month"] is not None:
        p = _Point(int(m["year"]) if m["year"] else None, _months()[m["month"]])
    elif ref is None:
        return _Point(relative=True, unresolved=True)
    else:  # du mois prochain, de ce mois
        shift = {"prochain": 1, "dernier": -1, "passé": -1}.get(m["which"], 0)
        y, mo = _add_months(ref.year, ref.month, shift)
        p = _Point(y, mo, relative=True)
    if p.year is None and ref is not None:
        _resolve_year(p, ref, direction)
    if rule == "date/month-day":
        found = day_of_month(m["ord"], p.year, p.month)
    elif p.year is None:
        return None if weekday is not None else _Point(relative=True, unresolved=True)
    elif weekday is not None:
        found = weekday_of_month(m["ord"], weekday, p.year, p.month)
    else:
        found = week_of_month(m["ord"], p.year, p.month)
    if found is not None:
        found.relative = p.relative
    return found


def _point(s: str, ref: dt.date | None, future: bool, allow_bare: bool = True) -> _Point | None:
    """One calendar point (no range, no modifier): the first rule, in this order, whose span is the phrase."""
    s = _strip_leading(s)
    months, seasons = _months(), _table("date/seasons")
    weekdays = {k: int(v) for k, v in _table("date/weekdays").items()}
    direction = _direction(future)

    if p := _calendar_point(s, ref, direction):
        return p
    if m := read(s, "date/quarter"):
        n = _ORDINALS.get(m["ord"]) or (4 if m["unit"] == "trimestre" else 2)
        if m["unit"] == "semestre" and n > 2:
            return None
        return _Point(int(m["year"]), part=f"{'Q' if m['unit'] == 'trimestre' else 'H'}{n}")
    if m := read(_year_of(s), "date/year"):
        return _Point(int(m[0]))
    if m := read(s, "date/quarter-short"):  # T3 2019, S1 2020
        return _Point(int(m["year"]), part=f"{'Q' if m['part'][0] == 't' else 'H'}{m['part'][1]}")
    if m := read(s, "date/quarter-relative"):
        return _part_relative(m["ord"], m["unit"], ref, direction)
    if m := read(s, "date/century"):
        n = _roman(m["roman"])
        return _Point(decade=f"{n - 1:02d}XX") if n and 1 <= n <= 21 else None
    if m := read(s, "date/decade-words"):
        tens = {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
                "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9}[m["tens"]]
        return _Point(decade=f"19{tens}X")
    if m := read(s, "date/holiday-year", "date/holiday"):
        year = m.groupdict().get("year")
        return _holiday(m.groupdict().get("holiday") or m[0], int(year) if year else None, ref, direction)
    if m := read(s, "date/week-of"):  # la semaine du 6 octobre: the ISO week of that day
        p = _point(m["day"], ref, future, allow_bare=False)
        if p is None or p.day is None or p.month is None:
            return None
        if p.year is None:
            return p  # no year known: the day itself (XXXX-10-06)
        return _Point(text=_week(dt.date(p.year, p.month, p.day)), relative=p.relative)
    if m := read(s, "date/nth-week"):
        year = int(m["year"])
        last = dt.date(year, 12, 28).isocalendar()[1]
        n = {"première": 1, "1re": 1, "deuxième": 2, "2e": 2, "dernière": last}[m["ord"]]
        return _Point(text=f"{year:04d}-W{n:02d}")
    if p := _in_month(s, ref, direction):
        return p
    if m := read(s, "date/weekday-week", "date/weekday-eight"):  # mardi de la semaine prochaine, lundi en huit
        return _weekday_of_week(weekdays[m["weekday"]], m["week"], ref)
    if m := read(s, "date/weekday-day"):  # mercredi 13: the nearest 13th that is a Wednesday
        if ref is None:
            return _Point(relative=True, unresolved=True)
        return _weekday_agreeing(weekdays[m["weekday"]], None, _day_number(m["day"]), ref, direction)
    if m := read(s, "date/decade"):
        digits = m["decade"]
        if len(digits) == 2:
            digits = ("20" if digits in ("00", "10") else "19") + digits
        return _Point(decade=digits[:3] + "X")
    # a season and its year; a modifier before it (fin de l'automne 2016) is _modified's
    if (m := read(s, "date/season-year")) and m.start("season") == 0 or (m := read(s, "date/season-cued")):
        year = m.groupdict().get("year")
        p = _Point(int(year) if year else None, season=seasons[m.groupdict().get("season") or m[0]])
        if p.year is None and ref is not None:
            _resolve_year(p, ref, direction)
        return p
    if m := read(s, "date/season-relative"):
        p = _Point(season=seasons[m["this"] or m["season"]])
        if ref is None:
            return _Point(relative=True, unresolved=True)
        if m["this"]:  # cet été: the occurrence of the reference's season year
            year, _ = _season_of(ref)
            p.year = ref.year if p.season != "WI" else year
            p.relative = True
        else:
            _resolve_year(p, ref, "last" if m["which"] == "dernier" else "next")
        return p
    if m := read(s, "date/month-relative", "date/month-cued"):
        p = _Point(None, months[m["month"]])
        which = m.groupdict().get("which")
        if which:
            if ref is None:
                return _Point(relative=True, unresolved=True)
            _resolve_year(p, ref, "next" if which == "prochain" else "last")
        elif ref is not None:
            _resolve_year(p, ref, direction)
        return p
    if m := read(s, "date/weekday"):
        target = weekdays[m["weekday"]]
        if ref is None:
            return _Point(relative=True, unresolved=True)
        back = (ref.isoweekday() - target) % 7
        ahead = (target - ref.isoweekday()) % 7
        if m["which"] == "dernier":
            day = ref - dt.timedelta(days=back or 7)
        elif m["which"] == "prochain":
            day = ref + dt.timedelta(days=ahead or 7)
        elif future or (future is None and ahead < back):
            day = ref + dt.timedelta(days=ahead)
        else:
            day = ref - dt.timedelta(days=back)
        return _Point(text=day.isoformat(), relative=True)
    if m := read(s, "date/today"):  # aujourd'hui, aujourd'hui lundi, aujourd'hui 3 mars, demain
        if m["day"]:
            return _point(m["day"], ref, future, allow_bare=False)
        return _relative_named("aujourd'hui" if s.startswith("aujourd'hui") else s, ref)
    if (p := _relative_named(s, ref)) is not None:
        if s in ("année", "an", "l'année", "l'an") and not allow_bare:
            return None
        return p
    return None
