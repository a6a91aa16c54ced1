"""Organizations: cue-based recognition, one record per organization (see ``component.py``)."""

from ...lang.names import fold_org
from ...record_base import Mention
from ..matching import same_name
from ..spec import FactType
from . import views
from .record import OrganizationRecord

SPEC = FactType(
    "organization", OrganizationRecord, "presse2data_organizations", label="ORG", colour="#7aecec",
    value=views.value, show_rank=3,
    columns=(("entity_id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"), ("mentions", "INTEGER")),
    match=same_name, describe=views.describe, agreement="kind", agreement_optional=True, fold=fold_org, gold_optional=(("mentions", list[Mention], []),),
    sources=("organization/ner",),
)
