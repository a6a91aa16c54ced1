"""The ``amount`` record: one per money mention."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ...record_base import FactRecordBase, Qualifier


class AmountRecord(FactRecordBase):
    type: Literal["amount"] = "amount"
    value: int | float
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    value_max: int | float | None = None
    qualifier: Qualifier | None = None
