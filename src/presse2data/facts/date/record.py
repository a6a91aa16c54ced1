"""The ``date`` record: one per calendar date mention (TIMEX3 values)."""

from __future__ import annotations

from typing import Literal

from ...record_base import FactRecordBase

DateMod = Literal["START", "MID", "END", "APPROX"]


class DateRecord(FactRecordBase):
    type: Literal["date"] = "date"
    value: str | None
    value_end: str | None = None
    mod: DateMod | None = None
    relative: bool = False
