"""The ``person`` record: one per distinct person per article."""

from __future__ import annotations

from typing import Literal

from ...record_base import FactRecordBase, Mention
from ..role.record import Role


class PersonRecord(FactRecordBase):
    type: Literal["person"] = "person"
    name: str
    mentions: list[Mention]
    roles: list[Role] = []
    aliases: list[str] | None = None
