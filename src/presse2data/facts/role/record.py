"""A person's role: ``{title, organization}`` inside a ``person`` record (no record of its own)."""

from __future__ import annotations

from pydantic import Field

from ...record_base import Model


class Role(Model):
    title: str | None = Field(
        description="As written, lowercased, without the organization; null when the article ties the person to the organization without a title."
    )
    organization: str | None = Field(description="Canonical name of the organization, or null.")
