"""The ``organization`` record: one per distinct organization per article."""

from __future__ import annotations

from typing import Literal

from ...record_base import FactRecordBase, Mention

OrgKind = Literal["association", "company", "public_body", "education_research", "media", "other"]


class OrganizationRecord(FactRecordBase):
    type: Literal["organization"] = "organization"
    name: str
    mentions: list[Mention]
    kind: OrgKind | None = None
    aliases: list[str] | None = None
