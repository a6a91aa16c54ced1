"""The ``member_count`` record: one per statement of how many members an organization has."""

from __future__ import annotations

from typing import Literal

from ...record_base import FactRecordBase, Qualifier


class MemberCountRecord(FactRecordBase):
    type: Literal["member_count"] = "member_count"
    organization: str | None
    count: int
    unit: str
    qualifier: Qualifier | None = None
