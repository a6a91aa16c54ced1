"""Member counts: how many members an organization has (see ``component.py``)."""

from ..spec import FactType
from .record import MemberCountRecord

SPEC = FactType("member_count", MemberCountRecord, "presse2data_member_counts", "MEMBERS", "#feca74")
