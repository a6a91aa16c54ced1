"""French date phrases to TIMEX3 values (``value``, ``value_end``, ``mod``, ``relative``).

:func:`normalize_date` reads one detected phrase (the detector lives in
``facts/dates.py``) and resolves it against an optional reference date (the
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
- dateparser is not used: the grammar above is closed (12 months, 4 seasons,
  7 weekdays) and small tables read it exactly, without dateparser's French
  traps (``sept`` the number, ``mar.``, ``23 ans`` read as a year) or its cost.
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
        "numeric": re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$"),
        "iso": re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
        "dmy": re.compile(rf"^(?:{weekday} )?({day}) ({month})(?: ({year}))?$"),
        "dm_rel": re.compile(rf"^(?:{weekday} )?({day}) ({month}) (dernier|prochain)$"),
        "my": re.compile(rf"^({month})(?: de l'année| d'| de)? ({year})$"),
        "m": re.compile(rf"^(?:mois (?:de |d'))?({month})(?: (dernier|prochain|passé))?$"),
        "y": re.compile(rf"^(?:l'an |l'année |année |an )?({year})$"),
        "decade": re.compile(r"^(?:les |des )?années (\d\d\d0|\d0)$"),
        "season": re.compile(rf"^({season})(?: (?:de l'année )?({year}))?$"),
        "season_rel": re.compile(rf"^(?:(ce|cet) ({season})|({season}) (dernier|prochain|passé))$"),
        "weekday": re.compile(rf"^(?:(ce) )?({weekday})(?: (dernier|prochain|passé))?(?: (?:matin|soir|après-midi))?$"),
        "part": re.compile(
            r"^(premier|1er|deuxième|2e|2ème|second|troisième|3e|3ème|quatrième|4e|4ème|dernier)"
            rf" (trimestre|semestre)(?: de l'année| de)? ({year})$"
        ),
        "range_sep": re.compile(r"^(?:du |de |d'|entre (?:le )?)?(.+?)(?: ?[-–/] ?| au | à | a | et (?:le )?)(.+)$"),
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


def _point(s: str, ref: dt.date | None, future: bool, allow_bare: bool = True) -> _Point | None:
    """One calendar point (no range, no modifier)."""
    R = _re()
    s = _strip_leading(s)
    months, seasons = _months(), _table("date/seasons")
    weekdays = {k: int(v) for k, v in _table("date/weekdays").items()}
    direction = "future" if future else "past"

    if m := R["iso"].match(s):
        y, mo, d = map(int, m.groups())
        return _Point(y, mo, d) if _valid(y, mo, d) else None
    if m := R["numeric"].match(s):
        d, mo, y = map(int, m.groups())
        return _Point(y, mo, d) if _valid(y, mo, d) and 1000 <= y <= 2099 else None
    if m := R["dm_rel"].match(s):
        p = _Point(None, months[m.group(2)], _day_number(m.group(1)))
        if ref is None:
            return _Point(relative=True, unresolved=True)
        _resolve_year(p, ref, "last" if m.group(3) == "dernier" else "next")
        return p
    if m := R["dmy"].match(s):
        d, mo = _day_number(m.group(1)), months[m.group(2)]
        y = int(m.group(3)) if m.group(3) else None
        if not _valid(y or 2000, mo, d):
            return None
        p = _Point(y, mo, d)
        if y is None and ref is not None:
            _resolve_year(p, ref, direction)
        return p
    if m := R["my"].match(s):
        return _Point(int(m.group(2)), months[m.group(1)])
    if m := R["part"].match(s):
        ordinal, kind, y = m.groups()
        n = _ORDINALS.get(ordinal) or (4 if kind == "trimestre" else 2)
        if kind == "semestre" and n > 2:
            return None
        return _Point(int(y), part=f"{'Q' if kind == 'trimestre' else 'H'}{n}")
    if m := R["y"].match(s):
        y = int(m.group(1))
        return _Point(y) if 1000 <= y <= 2099 else None
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
    m = _re()["range_sep"].match(s)
    if not m:
        return None
    left, right = m.group(1).strip(), m.group(2).strip()
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
    if ranged := _range(s, ref, future):
        return ranged
    p = _point(s, ref, future, allow_bare=False)
    if p is None:
        return None
    return DateValue(p.format(), None, None, p.relative)
