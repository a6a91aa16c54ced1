"""Persons: PER entities checked against cues, one record per person (see ``component.py``),
with their roles (``{title, organization}``, declared and found by ``facts/role/``) as a part of the record."""

from ...lang.names import fold_name
from ...record_base import Mention
from ..matching import same_name
from ..role import SPEC as ROLE
from ..spec import FactType
from . import views
from .record import PersonRecord

SPEC = FactType(
    "person", PersonRecord, "presse2data_persons", label="PERSON", colour="#aa9cfc", value=views.value, show_rank=4,
    columns=(("entity_id", "VARCHAR"), ("name", "VARCHAR"), ("mentions", "INTEGER"), ("roles", "INTEGER")),
    match=same_name, describe=views.describe, fold=fold_name, label_aliases=("per",),
    gold_optional=(("mentions", list[Mention], []),), parts=(ROLE,),
    sources=("ner",),
)
