"""French date phrases to TIMEX3 values (``value``, ``value_end``, ``mod``, ``relative``).

:func:`normalize_date` reads one detected phrase (the detector lives in
``facts/date/component.py``) with the detector's own rules (:mod:`.reading`: a rule's span
matched on the whole phrase, its named groups read) and resolves it against an optional
reference date (the article's ``published`` date or ``--reference-date``). Pure functions,
no spaCy; never raises (``None`` for what it cannot read).

Phrasings handled (leading prepositions and articles are ignored: en, dès,
depuis, pour, jusqu'en, à l'horizon, d'ici à + year, le, la, les, l'):

- days: ``le 3 mars 2016``, ``1er janvier 2015``, ``lundi 12 octobre 2015``,
  ``03/03/2016``, ``2016-03-03``, ``3 sept. 2015``; ``3 mars`` → ``XXXX-03-03``;
- months and years: ``novembre 2014`` → ``2014-11``, ``juin`` → ``XXXX-06``,
  ``2008``, ``l'année 2013``; quarters and halves: ``premier trimestre 2015``
  → ``2015-Q1``, ``second semestre 2016`` → ``2016-H2``;
- ranges: ``2015-2017``, ``de 2006 à 2015``, ``entre 2014 et 2020``,
  ``du 12 au 14 octobre 2018``, ``de janvier à mars 2015`` (value + value_end);
- modifiers: ``mi-octobre`` / ``mi-2020`` (MID), ``début 2018``,
  ``au début de l'année 2018`` (START), ``fin 2015``, ``fin de l'année 2013``
  (END), ``vers 2010``, ``aux alentours de 2010`` (APPROX);
- decades and seasons: ``années 1990`` / ``années 90`` → ``199X``,
  ``fin des années 1990`` → ``199X`` END, ``printemps 2017`` → ``2017-SP``,
  ``automne 2016`` → ``2016-FA``;
- relative to the reference date (``relative: true``; ``value: null`` without
  one): ``novembre dernier``, ``l'an dernier``, ``l'année dernière``,
  ``cette année``, ``l'an prochain``, ``il y a trois ans``, ``il y a deux
  semaines``, ``le mois dernier``, ``la semaine prochaine``, ``cet été``,
  ``lundi dernier``, ``hier``, ``aujourd'hui``, ``demain``, ``d'ici 3 ans``,
  ``dans deux mois``, ``fin de l'année`` (END of the current year).

Decisions:

- **No year written** (``3 mars``, ``en juin``, ``mi-octobre``, ``au printemps``):
  without a reference date the value keeps ``XXXX`` and ``relative`` is false:
  it is what the text says. With a reference date the year is inferred and
  ``relative`` becomes true: the most recent occurrence on or before the
  reference date when the caller says the clause is in a past tense (``future=False``,
  the default), the next one on or after it in the future tense (``lancera ... à la
  mi-octobre``; ``future=True``), the nearer of the two when no tense says
  (``future=None``: a present, a heading; the past one on a tie).
- **News forms** against the reference: ``le 2`` (that day of the reference's month or a
  neighbour), ``les 17 et 18 octobre`` and ``du samedi 13 au dimanche 15 juillet`` (ranges),
  ``mardi de la semaine prochaine``, ``lundi cette semaine``, ``lundi en huit`` / ``en quinze``.
- **Granularity follows the unit**: ``il y a trois ans`` → a year, ``il y a six
  mois`` → a month, ``il y a deux semaines`` → an ISO week (``2015-W21``),
  ``il y a trois jours`` → a day.
- **``d'ici N unités`` / ``dans N unités``** is a future point relative to the
  publication (``d'ici 3 ans`` → reference year + 3); with a year it is
  absolute (``d'ici 2025``, ``d'ici à 2017`` → the year). Durations are not
  dates and never reach this module (``depuis un an et demi``, ``en trois ans``).
- **Offsets anchored on another event of the text** (``4 mois plus tôt``,
  ``deux ans plus tard``, ``l'année suivante``) are relative dates that the
  reference date cannot resolve: always ``value: null``, ``relative: true``.
- **``aujourd'hui``** resolves to the reference day; the detector only sends it
  here when it denotes the day (see ``facts/dates.py``).
- **dateparser reads the absolute calendar expressions** a rule found (``21-04-2016``,
  ``20/02/14``, ``15 fév 2013``, ``30 JAN 2019``, ``03/2015``, ``5 juil.``), parsed against
  two reference dates far apart: a part read the same from both was written. It is
  never a detector (its ``search_dates`` reads ``sept``, ``mar.``, ``23 ans`` as dates) and
  only sees strings made of digits, months, weekdays and ``1er``. Two-digit years go to
  the 2000s up to ``40``, else the 1900s. The common shapes (``3 mars 2015``, ``mars 2015``,
  ``03/03/2016``) are read without it, the same reading (``dateparsing._plain``): it costs a
  few ms a phrase and half a second to load. The rules' own groups keep what TIMEX needs beyond
  a date: ranges, quarters (``T3 2019``, ``le dernier trimestre``), centuries (``XXe
  siècle`` → ``19XX``), decades in words, seasons, holidays (``models/date/holidays.txt``),
  ISO weeks, mods and relative dates.
- **A written weekday wins**: with no year written, the date nearest the reference whose
  weekday agrees (``lundi 18 février``, reference 2013-02-12 → 2013-02-18; ``mercredi 13``
  → the nearest Wednesday 13th).
- **Horizon years**: ``d'ici 2023`` → ``2023``, no mod (the contract's mods are START/MID/END/APPROX).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .anchored import day_offset, named_offset, unit_offset, weekday_after
from .monthly import fortnight
from .dateparsing import _calendar_point
from .grammar import _CONNECT, _CONNECT_YEAR, _clean, _months, _number, _strip_leading, _strip_prefix, _table
from .phrases import _direction, _point
from .reading import read, read_range
from .relative import _day_of_month
from .point import _Point, _add_months, _day_number, _resolve_year, _shift, _valid

__all__ = ["DateValue", "normalize_date"]


@dataclass(frozen=True)
class DateValue:
    value: str | None
    value_end: str | None = None
    mod: str | None = None
    relative: bool = False


# ---------------------------------------------------------------- ranges, modifiers, the entry point

_RANGE_HEAD = ("du", "de", "d'", "entre le", "entre")


def _range(s: str, ref: dt.date | None, future: bool) -> DateValue | None:
    """``2015-2017``, ``de 2006 à 2015``, ``du 12 au 14 octobre 2018``, ``de janvier à mars 2015``:
    the two ends a range rule's groups name."""
    m = read_range(_strip_prefix(s, _RANGE_HEAD)[0])
    if m is None:
        return None
    if "start" in m.re.groupindex:
        return _range_of(m["start"], m["end"], ref, future)
    return _range_of(_end(m, "s"), _end(m, "e"), ref, future)


def _end(m, side: str) -> str:
    """One end of a range of days as :func:`_range_of` reads it: the day in digits (``treize``
    → ``13``), its month and year; no weekday, no ordinal suffix (``du samedi 13e au 15 juin``)."""
    groups = m.groupdict()
    day = groups[side + "day"] or _table("date/day_words")[groups[side + "dayw"]]
    return " ".join(part for part in (day, groups.get(side + "month"), groups.get(side + "year")) if part)


def _range_of(left: str, right: str, ref: dt.date | None, future: bool) -> DateValue | None:
    """One split of a range: both ends must read, the end must not be coarser than what it completes."""
    if right in ("aujourd'hui", "maintenant", "ce jour") and ref is not None:  # entre janvier 2019 et aujourd'hui
        start = _point(left, None, future, allow_bare=False)
        if start is None or start.year is None or start.unresolved or start.text is not None:
            return None
        return DateValue(start.format(), ref.isoformat(), None, True)
    bare_day = re.fullmatch(r"1er|1ᵉʳ|premier|\d{1,2}", left) is not None
    right = right.removeprefix("le ")
    last = int(right) if re.fullmatch(r"\d{1,2}", right) else _table("date/day_words").get(right)
    if bare_day and last is not None:  # du 13 au 18: days of the reference's month or a neighbour
        return _days_of_month(_day_number(left), int(last), ref, future)
    end = _point(right, None, future, allow_bare=False)
    if end is None or end.unresolved or end.text is not None:
        return None
    start = None if bare_day else _point(left, None, future, allow_bare=False)
    if bare_day and end.day is not None:
        start = _Point(None, end.month, _day_number(left))  # du 12 au 14 octobre
        if not _valid(end.year or 2000, start.month, start.day):
            return None
    if start is None or start.unresolved or start.text is not None:
        return None
    if end.year is None and start.year is not None:
        return None  # 2015-3-3 is a day, not "2015 to 3 March"
    if start.year is None and end.year is not None and start.decade is None:
        start.year = end.year
        if (start.month or 0, start.day or 0) > (end.month or 0, end.day or 0):
            start.year -= 1  # du 20 décembre au 3 janvier 2016
    if start.year is not None and end.year is not None and start.decade is None:
        if (start.year, start.month or 0, start.day or 0) >= (end.year, end.month or 13, end.day or 32):
            return None
        if end.year - start.year > 100:
            return None
    elif start.year is None and end.year is None and ref is not None and start.decade is None:
        _resolve_year(start, ref, _direction(future))
        end.year = start.year if (end.month, end.day or 0) >= (start.month, start.day or 0) else start.year + 1
        end.relative = True
    relative = start.relative or end.relative
    return DateValue(start.format(), end.format(), None, relative)


def _days_of_month(first: int, last: int, ref: dt.date | None, future: bool | None) -> DateValue | None:
    """``du 13 au 18``: the first day placed like ``le 13``, the last one in its month or the next."""
    start = _day_of_month(first, ref, _direction(future))
    if start is None or start.unresolved:
        return None if start is None else DateValue(None, relative=True)
    y, m = (start.year, start.month) if last > first else _add_months(start.year, start.month, 1)
    if last == first or not _valid(y, m, last):
        return None
    return DateValue(start.format(), f"{y:04d}-{m:02d}-{last:02d}", None, True)


def _modifier(s: str) -> tuple[str, str | None]:
    """Split a leading TIMEX3 modifier off the phrase."""
    s = _strip_leading(s)
    table = _table("date/modifiers")
    rest, word = _strip_prefix(s, table)
    if word is None:
        return s, None
    rest = _CONNECT_YEAR.sub("", rest, count=1)
    rest, _ = _strip_prefix(rest, _CONNECT)
    mod = table[word]
    return rest, None if mod == "-" else mod


def normalize_date(
    text: str,
    reference: dt.date | None = None,
    future: bool | None = False,
    anchor: str | None = None,
    kind: str | None = None,
) -> DateValue | None:
    """The TIMEX3 reading of one date phrase, or None when it is not one we can read.

    ``reference`` resolves relative phrases and years left unwritten; ``future``
    says the sentence is in the future tense (a year-less month is then the next one),
    False in a past tense (the last one), None when no tense says (the nearer one).
    ``anchor`` (a TIMEX3 value) is the date that ``la veille``, ``deux jours plus tard``,
    ``la semaine suivante`` count from; without one they have ``value: null``. ``kind`` is the
    normalizer a rule names (:data:`NORMALIZERS`); without it each is tried in turn.
    """
    try:
        return _normalize(text, reference, future, anchor, kind)
    except (ValueError, KeyError, IndexError, OverflowError, TypeError):
        return None


def season_years(text: str) -> tuple[str, str] | None:
    """``2011-12`` → ``("2011", "2012")``: a year and the next one cut to two digits (a season,
    a school or financial year); None for anything else (``2011-05`` is a month)."""
    m = read(text, "date/year-span-short")
    if m is None or int(m["next"]) != (int(m["year"]) + 1) % 100:
        return None
    return m["year"], str(int(m["year"]) + 1)


def _anchored(s: str, ref: dt.date | None, future: bool | None, anchor: str | None) -> DateValue | None:
    """An anchored phrase read against ``anchor`` (None: not an anchored phrase)."""
    p = None
    if m := read(s, "date/anchored-day"):
        p = day_offset(m[0], anchor)
    elif m := read(s, "date/anchored-day-of"):  # le lendemain du 13 février: the anchor is written
        inner = _normalize(m["anchor"], ref, future, None)
        if inner is None or inner.value_end is not None:
            return None
        p = day_offset(m["word"], inner.value)
    elif m := read(s, "date/anchored-offset"):
        n = _number(m["count"])
        if n is None:
            return None
        p = unit_offset(n + (0.5 if m["half"] else 0), m["unit"], m["which"], anchor)
    elif m := read(s, "date/anchored-named"):
        p = named_offset(m["period"], m["which"], anchor)
    elif m := read(s, "date/anchored-weekday"):
        weekdays = {k: int(v) for k, v in _table("date/weekdays").items()}
        p = weekday_after(weekdays[m["weekday"]], m["which"] or m["week"], m["week"] is not None, anchor)
    if p is None:
        return None
    return DateValue(p.format(), None, None, True)


# ---------------------------------------------------------------- the normalizers a rule names

_STOP = object()  # a normalizer read the phrase as its own but found no date in it: no other is tried


def _offset(s: str, ref: dt.date | None, future: bool | None, anchor: str | None):
    """``il y a trois semaines``, ``dans deux jours``, ``d'ici 3 ans``: the reference moved, at the unit's granularity."""
    for rule, sign in (("date/ago", -1), ("date/within", 1)):
        if m := read(s, rule):
            n = _number(m["count"])
            if n is None:
                return _STOP
            if ref is None:
                return DateValue(None, relative=True)
            return DateValue(_shift(ref, sign * (n + (0.5 if m["half"] else 0)), m["unit"]), relative=True)
    return None


def _day_alone(s: str, ref: dt.date | None, future: bool | None, anchor: str | None):
    """``le 2``: a bare number is a day only after ``le`` (the detector's span)."""
    if m := read(s, "date/day-of-month"):
        p = _day_of_month(_day_number(m["day"]), ref, _direction(future))
        return _STOP if p is None else DateValue(p.format(), None, None, p.relative)
    return None


def _modified(s: str, ref: dt.date | None, future: bool | None, anchor: str | None):
    """``mi-octobre``, ``fin 2015``, ``au début de l'année 2018``, ``vers 2010``, ``aux alentours de 2010 et 2012``."""
    s = _strip_leading(s)
    rest, mod = _modifier(s)
    if rest == s:
        return None
    if mod == "APPROX" and (ranged := _range(rest, ref, future)):
        return DateValue(ranged.value, ranged.value_end, mod, ranged.relative)
    p = _point(rest, ref, future, allow_bare=True)
    return _STOP if p is None else DateValue(p.format(), None, mod, p.relative)


def _season_years(s: str, ref: dt.date | None, future: bool | None, anchor: str | None):
    """``la saison 2011-12``: two years, not December."""
    years = season_years(_strip_leading(s))
    return DateValue(*years) if years else None


def _calendar(s: str, ref: dt.date | None, future: bool | None, anchor: str | None):
    """``03/03/2016``, ``20 02 2014``, ``2016-03-03``: a day, not a range."""
    s = _strip_leading(s)
    if read(s, "date/numeric-spaced"):
        s = s.replace(" ", "/")  # 20 02 2014
    if re.fullmatch(r"[\d/.-]+", s) and (p := _calendar_point(s, ref, _direction(future))):
        return DateValue(p.format(), None, None, p.relative)
    return None


def _ranged(s: str, ref: dt.date | None, future: bool | None, anchor: str | None):
    s = _strip_leading(s)
    if m := read(s, "date/month-fortnight"):  # la seconde quinzaine de juillet
        p = _Point(int(m["year"]) if m["year"] else None, _months()[m["month"]])
        if p.year is None and ref is not None:
            _resolve_year(p, ref, _direction(future))
        ends = fortnight(m["ord"], p.year, p.month)
        return _STOP if ends is None else DateValue(ends[0].format(), ends[1].format(), None, p.relative)
    return _range(s, ref, future)


def _single(s: str, ref: dt.date | None, future: bool | None, anchor: str | None):
    """One calendar point: a day, a month, a year, a season, a quarter, a holiday, a weekday...,
    with a modifier when the span carries one (``fin des années 1990``, ``mi-février 2013``)."""
    if (modified := _modified(s, ref, future, anchor)) is not None:
        return modified
    p = _point(_strip_leading(s), ref, future, allow_bare=False)
    return _STOP if p is None else DateValue(p.format(), None, None, p.relative)


# The normalizers, in the order a phrase read without its rule tries them; a rule line of
# models/date/rules.jsonl names the one that reads its spans (key "normalize").
NORMALIZERS = {
    "anchored": lambda s, ref, future, anchor: _anchored(s, ref, future, anchor),
    "offset": _offset,
    "day-alone": _day_alone,
    "modified": _modified,
    "season-years": _season_years,
    "calendar": _calendar,
    "range": _ranged,
    "point": _single,
}


def _normalize(
    text: str, ref: dt.date | None, future: bool | None, anchor: str | None = None, kind: str | None = None
) -> DateValue | None:
    if not isinstance(text, str):
        return None
    s = _clean(text)
    if not s or len(s) > 120:
        return None
    for name in (kind,) if kind else NORMALIZERS:
        got = NORMALIZERS[name](s, ref, future, anchor)
        if got is not None:
            return None if got is _STOP else got
    return None
