"""A calendar point before formatting (``_Point``), and the arithmetic on it: months added, ISO weeks,
shifts by a unit, and the year chosen for a date written without one (``_resolve_year``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


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


def _distance(p: _Point, ref: dt.date) -> int:
    """Days between the reference and a resolved point (a month counts from its middle)."""
    if p.season:
        return abs(_season_index(p.year, p.season) - _season_index(*_season_of(ref))) * 91
    return abs((dt.date(p.year, p.month, p.day or 15) - ref).days)


def _resolve_year(p: _Point, ref: dt.date, direction: str) -> None:
    """Fill a missing year from the reference date: ``past`` (on or before), ``future``
    (on or after), ``last`` (strictly before), ``next`` (strictly after), ``nearest`` (the
    closer of the past and the future one; the past one on a tie: no tense said which)."""
    if direction == "nearest":
        if p.season is None and p.month is None:
            return
        before, after = replace(p), replace(p)
        _resolve_year(before, ref, "past")
        _resolve_year(after, ref, "future")
        p.year = before.year if _distance(before, ref) <= _distance(after, ref) else after.year
        p.relative = True
        return
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
