"""French date phrases to TIMEX3 values (``value``, ``value_end``, ``mod``, ``relative``).

:func:`normalize_date` reads one detected phrase (the detector lives in
``facts/date/component.py``) and resolves it against an optional reference date (the
article's ``published`` date or ``--reference-date``). Pure functions, no spaCy;
never raises (``None`` for what it cannot read).

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
  reference date (press convention: news reports the past), or the next one on
  or after it when the caller says the sentence is in the future tense
  (``lancera ... à la mi-octobre``; ``future=True``).
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
  the 2000s up to ``40``, else the 1900s. Our own grammar keeps what TIMEX needs beyond
  a date: ranges, quarters (``T3 2019``, ``le dernier trimestre``), centuries (``XXe
  siècle`` → ``19XX``), decades in words, seasons, holidays (``models/date/holidays.txt``),
  ISO weeks, mods and relative dates.
- **A written weekday wins**: with no year written, the date nearest the reference whose
  weekday agrees (``lundi 18 février``, reference 2013-02-12 → 2013-02-18; ``mercredi 13``
  → the nearest Wednesday 13th).
- **Horizons**: ``d'ici 2023`` → ``2023``, no mod (the contract's mods are START/MID/END/APPROX).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ...lang.modelfiles import lexicon_alternation, load_lexicon

__all__ = ["DateValue", "normalize_date"]


@dataclass(frozen=True)
class DateValue:
    value: str | None
    value_end: str | None = None
    mod: str | None = None
    relative: bool = False


@cache
def _table(name: str) -> dict[str, str]:
    """``word value`` lexicon lines as a dict (the value is the last field)."""
    out = {}
    for entry in load_lexicon(name):
        word, _, value = entry.rpartition(" ")
        out[word] = value
    return out


def _months() -> dict[str, int]:
    return {k: int(v) for k, v in _table("date/months").items()}


@cache
def _re() -> dict[str, re.Pattern]:
    """Regexes built once from the lexicons (month, season, weekday, number words)."""
    month = lexicon_alternation("date/months")
    season = lexicon_alternation("date/seasons")
    weekday = lexicon_alternation("date/weekdays")
    num = rf"(?:\d{{1,3}}|{lexicon_alternation('date/numbers')})"
    day = r"(?:1er|1ᵉʳ|premier|[12]\d|3[01]|0?[1-9])"
    year = r"(?:1[0-9]\d\d|20\d\d)"
    unit = r"(?:ans?|années?|mois|semaines?|jours?)"
    return {
        "anchored": re.compile(
            rf"^{num} {unit}(?: et demie?)? (?:plus tôt|plus tard|auparavant)$"
            r"|^l'(?:an|année) (?:suivante?|précédente?|d'après|d'avant)$"
            r"|^le mois (?:suivant|précédent|d'après|d'avant)$"
            r"|^la semaine (?:suivante|précédente|d'après|d'avant)$"
            r"|^(?:la veille|le lendemain|l'avant-veille|le surlendemain)$"
        ),
        "ago": re.compile(rf"^il y a ({num}) ({unit})( et demie?)?$"),
        "within": re.compile(rf"^(?:d'ici(?: à)?|dans) ({num}) ({unit})( et demie?)?$"),
        "m": re.compile(rf"^(?:mois (?:de |d'))?({month})(?: (dernier|prochain|passé))?$"),
        "y": re.compile(rf"^(?:l'an |l'année |année |an )?({year})$"),
        "decade": re.compile(r"^(?:les |des )?années (\d\d\d0|\d0)$"),
        "decade_words": re.compile(r"^(?:les |des )?années (vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix)$"),
        "century": re.compile(r"^([ivxl]+)(?:e|ème|è|eme) siècle$"),
        "season": re.compile(rf"^({season})(?: (?:de l'année |de )?({year}))?$"),
        "holiday": re.compile(rf"^({lexicon_alternation('date/holidays')})(?: ({year}))?$"),
        "week_of": re.compile(r"^semaine du (.+)$"),
        "nth_week": re.compile(rf"^(première|1re|deuxième|2e|dernière) semaine (?:de |d')({year})$"),
        "short_part": re.compile(rf"^([ts])([1-4]) ({year})$"),
        "part_rel": re.compile(r"^(premier|1er|deuxième|2e|2ème|second|troisième|3e|3ème|quatrième|4e|4ème|dernier) (trimestre|semestre)$"),
        "season_rel": re.compile(rf"^(?:(ce|cet) ({season})|({season}) (dernier|prochain|passé))$"),
        "weekday_day": re.compile(rf"^({weekday}) ({day})$"),
        "weekday": re.compile(rf"^(?:(ce) )?({weekday})(?: (dernier|prochain|passé))?(?: (?:matin|soir|après-midi))?$"),
        "part": re.compile(
            r"^(premier|1er|deuxième|2e|2ème|second|troisième|3e|3ème|quatrième|4e|4ème|dernier)"
            rf" (trimestre|semestre)(?: de l'année| de)? ({year})$"
        ),
        "range_head": re.compile(r"^(?:du |de |d'|entre (?:le )?)"),
        "range_split": re.compile(r" ?[-–/] ?| au | à | a | et (?:le )?"),
    }


# ---------------------------------------------------------------- helpers

_LEADING = (
    "jusqu'en", "jusqu'à", "jusqu'au", "à partir de", "à partir d'", "à l'horizon", "à horizon", "horizon",
    "d'ici à", "d'ici", "depuis", "dès", "pour", "en", "avant", "après", "à la", "à l'", "au", "aux",
    "à", "le", "la", "les", "l'", "dans le", "dans la", "dans les", "dans l'", "dans", "de la", "de l'",
)
_CONNECT = ("du mois de", "du mois d'", "des", "de", "d'", "du")
_CONNECT_YEAR = re.compile(r"^(?:de l'année|de l'an|d'année|de l'exercice) ?(?=\d)")


def _clean(text: str) -> str:
    """Lowercase, one kind of apostrophe and space, no surrounding punctuation."""
    s = text.lower().replace("’", "'").replace("ʼ", "'")
    s = re.sub(r"[\s\u00a0\u202f]+", " ", s)
    s = re.sub(r"' ", "'", s)
    s = s.replace("–", "-").replace("—", "-")
    return s.strip(" ()[],;:.«»\"“”″′")


def _strip_prefix(s: str, words) -> tuple[str, str | None]:
    """Remove one leading word (or phrase) among ``words``; return the rest and what was removed."""
    for word in sorted(words, key=len, reverse=True):
        sep = "" if word.endswith(("'", "-")) else " "
        if s.startswith(word + sep) and len(s) > len(word + sep):
            return s[len(word + sep):].lstrip(), word
    return s, None


def _strip_leading(s: str) -> str:
    for _ in range(3):
        s, removed = _strip_prefix(s, _LEADING)
        if removed is None:
            break
    return s


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = _table("date/numbers").get(word)
    return int(value) if value else None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _shift(ref: dt.date, n: float, unit: str) -> str | None:
    """The reference date moved by ``n`` units, at the unit's granularity."""
    if unit.startswith("an") or unit.startswith("année"):
        if n != int(n):
            y, m = _add_months(ref.year, ref.month, int(n * 12))
            return f"{y:04d}-{m:02d}"
        return f"{ref.year + int(n):04d}"
    if unit == "mois":
        if n != int(n):
            return (ref + dt.timedelta(days=round(n * 30.4))).isoformat()
        y, m = _add_months(ref.year, ref.month, int(n))
        return f"{y:04d}-{m:02d}"
    if unit.startswith("semaine"):
        return _week(ref + dt.timedelta(days=round(7 * n)))
    if unit.startswith("jour"):
        return (ref + dt.timedelta(days=round(n))).isoformat()
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _day_number(word: str) -> int:
    return 1 if word in ("1er", "1ᵉʳ", "premier") else int(word)


# ---------------------------------------------------------------- calendar points

@dataclass
class _Point:
    """A calendar point before formatting; ``year`` None means not written."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    part: str | None = None  # Q1..Q4, H1, H2
    decade: str | None = None  # "199X"
    text: str | None = None  # already formatted (relative results)
    relative: bool = False
    unresolved: bool = False  # relative, but the reference cannot resolve it

    def format(self) -> str | None:
        if self.unresolved:
            return None
        if self.text is not None or self.decade is not None:
            return self.text or self.decade
        y = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.season:
            return f"{y}-{self.season}"
        if self.part:
            return f"{y}-{self.part}"
        if self.month is None:
            return y if self.year is not None else None
        if self.day is None:
            return f"{y}-{self.month:02d}"
        return f"{y}-{self.month:02d}-{self.day:02d}"


_ORDINALS = {
    "premier": 1, "1er": 1, "deuxième": 2, "2e": 2, "2ème": 2, "second": 2,
    "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
}  # "dernier" trimestre/semestre: the last one


def _season_of(day: dt.date) -> tuple[int, str]:
    """The season occurrence containing ``day`` (winter belongs to the year of its December)."""
    m = day.month
    if m in (12, 1, 2):
        return (day.year if m == 12 else day.year - 1), "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(m, "FA")


def _season_index(year: int, season: str) -> int:
    return year * 4 + ("SP", "SU", "FA", "WI").index(season)


def _resolve_year(p: _Point, ref: dt.date, direction: str) -> None:
    """Fill a missing year from the reference date: ``past`` (on or before), ``future``
    (on or after), ``last`` (strictly before), ``next`` (strictly after)."""
    ry, rm = ref.year, ref.month
    if p.season:
        cur = _season_index(*_season_of(ref))
        candidates = [y for y in range(ry - 2, ry + 3)]
        idx = {y: _season_index(y, p.season) for y in candidates}
        ok = {
            "past": [y for y in candidates if idx[y] <= cur],
            "future": [y for y in candidates if idx[y] >= cur],
            "last": [y for y in candidates if idx[y] < cur],
            "next": [y for y in candidates if idx[y] > cur],
        }[direction]
        p.year = max(ok) if direction in ("past", "last") else min(ok)
    elif p.month is not None:
        here = (rm, ref.day) if p.day is not None else (rm,)
        there = (p.month, p.day) if p.day is not None else (p.month,)
        if direction == "past":
            p.year = ry if there <= here else ry - 1
        elif direction == "last":
            p.year = ry if there < here else ry - 1
        elif direction == "future":
            p.year = ry if there >= here else ry + 1
        else:
            p.year = ry if there > here else ry + 1
        if p.day is not None and not _valid(p.year, p.month, p.day):  # 29 février
            step = -1 if direction in ("past", "last") else 1
            for _ in range(8):
                p.year += step
                if _valid(p.year, p.month, p.day):
                    break
    p.relative = True


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


# ---------------------------------------------------------------- calendar expressions (dateparser)

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


@cache
def _calendar(text: str) -> tuple[int | None, int | None, int | None] | None:
    """``(year, month, day)`` of an absolute calendar expression, None for the parts not written."""
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
    if direction == "past":
        d = on(ref.year) if on(ref.year) <= ref else on(ref.year - 1)
    else:
        d = on(ref.year) if on(ref.year) >= ref else on(ref.year + 1)
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
    if direction == "past":
        year = ref.year if n <= current else ref.year - 1
    else:
        year = ref.year if n >= current else ref.year + 1
    return _Point(year, part=f"{letter}{n}", relative=True)


def _roman(text: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def _point(s: str, ref: dt.date | None, future: bool, allow_bare: bool = True) -> _Point | None:
    """One calendar point (no range, no modifier)."""
    R = _re()
    s = _strip_leading(s)
    months, seasons = _months(), _table("date/seasons")
    weekdays = {k: int(v) for k, v in _table("date/weekdays").items()}
    direction = "future" if future else "past"

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
        elif future:
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


def _range(s: str, ref: dt.date | None, future: bool) -> DateValue | None:
    """``2015-2017``, ``de 2006 à 2015``, ``du 12 au 14 octobre 2018``, ``de janvier à mars 2015``."""
    head = _re()["range_head"].match(s)
    body = s[head.end():] if head else s
    for sep in _re()["range_split"].finditer(body):
        ranged = _range_of(body[: sep.start()].strip(), body[sep.end():].strip(), ref, future)
        if ranged is not None:
            return ranged
    return None


def _range_of(left: str, right: str, ref: dt.date | None, future: bool) -> DateValue | None:
    """One split of a range: both ends must read, the end must not be coarser than what it completes."""
    if right in ("aujourd'hui", "maintenant", "ce jour") and ref is not None:  # entre janvier 2019 et aujourd'hui
        start = _point(left, None, future, allow_bare=False)
        if start is None or start.year is None or start.unresolved or start.text is not None:
            return None
        return DateValue(start.format(), ref.isoformat(), None, True)
    end = _point(right, None, future, allow_bare=False)
    if end is None or end.unresolved or end.text is not None:
        return None
    start = _point(left, None, future, allow_bare=False)
    if start is None and re.fullmatch(r"1er|1ᵉʳ|premier|\d{1,2}", left) and end.day is not None:
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
        _resolve_year(start, ref, "future" if future else "past")
        end.year = start.year if (end.month, end.day or 0) >= (start.month, start.day or 0) else start.year + 1
        end.relative = True
    relative = start.relative or end.relative
    return DateValue(start.format(), end.format(), None, relative)


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


def normalize_date(text: str, reference: dt.date | None = None, future: bool = False) -> DateValue | None:
    """The TIMEX3 reading of one date phrase, or None when it is not one we can read.

    ``reference`` resolves relative phrases and years left unwritten; ``future``
    says the sentence is in the future tense (a year-less month is then the next one).
    """
    try:
        return _normalize(text, reference, future)
    except (ValueError, KeyError, IndexError, OverflowError, TypeError):
        return None


_SEASON_YEARS = re.compile(r"(1[89]\d\d|20\d\d) ?[-–] ?(\d\d)")


def season_years(text: str) -> tuple[str, str] | None:
    """``2011-12`` → ``("2011", "2012")``: a year and the next one cut to two digits (a season,
    a school or financial year); None for anything else (``2011-05`` is a month)."""
    m = _SEASON_YEARS.fullmatch(text)
    if m is None or int(m.group(2)) != (int(m.group(1)) + 1) % 100:
        return None
    return m.group(1), str(int(m.group(1)) + 1)


def _normalize(text: str, ref: dt.date | None, future: bool) -> DateValue | None:
    if not isinstance(text, str):
        return None
    s = _clean(text)
    if not s or len(s) > 120:
        return None
    R = _re()
    if R["anchored"].match(s):
        return DateValue(None, relative=True)
    for key, sign in (("ago", -1), ("within", 1)):
        if m := R[key].match(s):
            n = _number(m.group(1))
            if n is None:
                return None
            amount = sign * (n + (0.5 if m.group(3) else 0))
            if ref is None:
                return DateValue(None, relative=True)
            return DateValue(_shift(ref, amount, m.group(2)), relative=True)
    s = _strip_leading(s)
    rest, mod = _modifier(s)
    if rest != s:
        if mod == "APPROX" and (ranged := _range(rest, ref, future)):
            return DateValue(ranged.value, ranged.value_end, mod, ranged.relative)
        p = _point(rest, ref, future, allow_bare=True)
        if p is None:
            return None
        return DateValue(p.format(), None, mod, p.relative)
    if years := season_years(s):
        return DateValue(*years)  # la saison 2011-12: two years, not December
    if re.fullmatch(r"[\d/.-]+", s) and (p := _calendar_point(s, ref, "future" if future else "past")):
        return DateValue(p.format(), None, None, p.relative)  # 03/03/2016 is a day, not a range
    if ranged := _range(s, ref, future):
        return ranged
    p = _point(s, ref, future, allow_bare=False)
    if p is None:
        return None
    return DateValue(p.format(), None, None, p.relative)
