"""A person's role: ``{title, organization}`` inside a ``person`` record (no record of its own)."""

from __future__ import annotations

from pydantic import Field

from ...record_base import Model


class Role(Model):
    title: str = Field(description="As written, lowercased, without the organization.")
    organization: str | None = Field(description="Canonical name of the organization, or null.")
