"""Dates: French temporal expressions as TIMEX3 values (see ``component.py``)."""

from ..spec import FactType
from . import views
from .record import DateRecord

SPEC = FactType(
    "date", DateRecord, "presse2data_dates", label="DATE", colour="#bfe1d9", value=views.value, show_rank=2,
    columns=(("value", "VARCHAR"), ("value_end", "VARCHAR"), ("mod", "VARCHAR"), ("relative", "BOOLEAN")),
    match=views.match, describe=views.describe, mention_level=True, parse=views.parse, undecidable=views.undecidable,
)
