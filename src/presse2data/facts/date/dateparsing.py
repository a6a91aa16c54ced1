"""Absolute calendar expressions (``21-04-2016``, ``15 fév 2013``, ``5 juil.``) read by dateparser,
parsed against two reference dates far apart: a part read the same from both was written."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .grammar import _months, _table
from .point import _Point, _resolve_year
from .relative import _weekday_agreeing


# Two reference dates far apart: a part dateparser reads the same from both was written.
_PROBES = (dt.datetime(1904, 3, 10), dt.datetime(2096, 8, 20))  # leap years: 29 février parses


@cache
def _parsers():
    from dateparser.date import DateDataParser  # imported on first use: loading it takes ~0.5 s

    settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first"}
    return tuple(
        DateDataParser(languages=["fr"], settings={**settings, "RELATIVE_BASE": base}) for base in _PROBES
    )


_TWO_DIGIT_YEAR = re.compile(r"^(\d{1,2}[/.-]\d{1,2}[/.-]|.*[^\W\d_]\.? )(\d{2})$")


def _calendar_text(s: str) -> tuple[str, int | None] | None:
    """The phrase dateparser reads (weekday removed, ``premier`` → ``1er``, two-digit year
    expanded) and the weekday written, or None when it holds anything but calendar words."""
    months, weekdays = _table("date/months"), _table("date/weekdays")
    s = re.sub(r" (?:de l'année|de l'an|d'|de) (?=\d{4}$)", " ", s)  # mars de l'année 2012
    words = s.split(" ")
    weekday = None
    if words[0] in weekdays:
        weekday, words = int(weekdays[words[0]]), words[1:]
    if not words or any(
        not (re.fullmatch(r"[\d/.-]+", w) or w in months or w.rstrip(".") in months or w in ("1er", "1ᵉʳ", "premier"))
        for w in words
    ):
        return None
    if not any(w in months or w.rstrip(".") in months for w in words) and not re.search(r"\d[/.-]\d", s):
        return None  # a bare number is no calendar date
    text = " ".join("1er" if w in ("premier", "1ᵉʳ") else w for w in words)
    if m := _TWO_DIGIT_YEAR.match(text):  # 20/02/14, 31 octobre 74: the century closest to the 2000s
        yy = int(m.group(2))
        text = m.group(1) + str(2000 + yy if yy <= 40 else 1900 + yy)
    return text, weekday


_PLAIN = re.compile(r"(?:(?P<day>1er|0?[1-9]|[12]\d|3[01]) )?(?P<month>\S+)(?: (?P<year>1[89]\d\d|20\d\d))?")
_NUMERIC = re.compile(r"(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[/.-])(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<year>1[89]\d\d|20\d\d)")


def _plain(text: str) -> tuple[int | None, int | None, int | None] | None:
    """What dateparser reads in the common shapes (``3 mars 2015``, ``1er juin``, ``mars 2015``,
    ``juin``, ``03/03/2016``, ``29.03.2017``), without asking it (a few ms a phrase, 0.5 s to load): None for
    any other shape or a day the month lacks, which dateparser then reads
    (``tests/facts/date/test_dateparsing.py`` checks the two agree)."""
    if m := _NUMERIC.fullmatch(text):
        year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    elif (m := _PLAIN.fullmatch(text)) and (month := _months().get(m["month"])) is not None:
        day = None if m["day"] is None else 1 if m["day"] == "1er" else int(m["day"])
        year = None if m["year"] is None else int(m["year"])
    else:
        return None
    try:  # without a year, dateparser reads it against two leap years: 29 février is a day
        dt.date(2000 if year is None else year, month, day or 1)
    except ValueError:
        return None
    return year, month, day


@cache
def _calendar(text: str) -> tuple[int | None, int | None, int | None] | None:
    """``(year, month, day)`` of an absolute calendar expression, None for the parts not written."""
    return _plain(text) or _parsed(text)


def _parsed(text: str) -> tuple[int | None, int | None, int | None] | None:
    """:func:`_calendar` by dateparser."""
    found = [parser.get_date_data(text) for parser in _parsers()]
    if any(f.date_obj is None for f in found):
        return None
    a, b = (f.date_obj for f in found)
    period = found[0].period
    year = a.year if a.year == b.year else None
    month = a.month if a.month == b.month and period in ("day", "month") else None
    day = a.day if a.day == b.day and period == "day" else None
    if month is None and day is None:
        return None  # a year alone is read by our own grammar
    return year, month, day


def _calendar_point(s: str, ref: dt.date | None, direction: str) -> _Point | None:
    """A day or a month written in any numeric or written form, its year inferred when missing."""
    which = None
    for word in (" dernier", " prochain"):
        if s.endswith(word):
            s, which = s[: -len(word)], word.strip()
    read = _calendar_text(s)
    if read is None:
        return None
    text, weekday = read
    parts = _calendar(text)
    if parts is None:
        return None
    year, month, day = parts
    if year is not None and not 1000 <= year <= 2099:
        return None
    if month is None:
        if weekday is None or ref is None:
            return _Point(relative=True, unresolved=True) if weekday is not None else None
        return _weekday_agreeing(weekday, None, day, ref, direction)
    p = _Point(year, month, day)
    if which is not None:
        if ref is None or year is not None:
            return _Point(relative=True, unresolved=True) if ref is None else p
        _resolve_year(p, ref, "last" if which == "dernier" else "next")
        return p
    if year is None and ref is not None:
        if weekday is not None and day is not None and (agreed := _weekday_agreeing(weekday, month, day, ref, direction)):
            return agreed
        _resolve_year(p, ref, direction)
    return p
