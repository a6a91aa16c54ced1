"""Member counts: how many members an organization has (see ``component.py``)."""

from ..spec import FactType
from . import views
from .record import MemberCountRecord

SPEC = FactType(
    "member_count", MemberCountRecord, "presse2data_member_counts", label="MEMBERS", colour="#feca74",
    value=views.value, show_rank=1,
    columns=(("organization", "VARCHAR"), ("count", "BIGINT"), ("unit", "VARCHAR"), ("qualifier", "VARCHAR")),
    match=views.match, describe=views.describe, gold_optional=(("unit", str, ""),),
)
