"""Money amounts: ``14,7 millions d'euros`` → 14 700 000 EUR (see ``component.py``)."""

from ..spec import FactType
from . import views
from .record import AmountRecord

SPEC = FactType(
    "amount", AmountRecord, "presse2data_amounts", label="AMOUNT", colour="#e4e7d2", value=views.value, show_rank=0,
    columns=(("value", "DOUBLE"), ("value_max", "DOUBLE"), ("currency", "VARCHAR"), ("qualifier", "VARCHAR")),
    match=views.match, describe=views.describe, mention_level=True, parse=views.parse,
    # funding links of the span-level training sets: training reads them, scoring does not
    gold_optional=(("recipient", str | None, None), ("funders", list[str], [])),
)
