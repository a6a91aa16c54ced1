"""Funding: who raises or receives how much, from whom (see ``component.py``)."""

from ..spec import FactType
from . import views
from .record import FundingRecord

SPEC = FactType(
    "funding", FundingRecord, "presse2data_funding", label="FUNDING", colour="#c7e9c0", value=views.value, show_rank=0,
    columns=(("amount_value", "DOUBLE"), ("amount_value_max", "DOUBLE"), ("amount_currency", "VARCHAR"),
             ("recipient", "VARCHAR"), ("funders", "VARCHAR[]"), ("kind", "VARCHAR"), ("round", "VARCHAR")),
    match=views.match, describe=views.describe, mention_level=True,
    # the span-level gold links amounts; it says neither kind nor round
    gold_optional=(("kind", str | None, None), ("round", str | None, None)),
    sources=("funding/linker",),
)
