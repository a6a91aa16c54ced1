"""Dates: French temporal expressions as TIMEX3 values (see ``component.py``)."""

from ..spec import FactType
from .record import DateRecord

SPEC = FactType("date", DateRecord, "presse2data_dates", "DATE", "#bfe1d9", mention_level=True)
