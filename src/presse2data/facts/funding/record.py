"""The ``funding`` record: an amount raised, granted, lent, awarded or budgeted, with who
receives it and who gives it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ...record_base import FactRecordBase, Model, Qualifier

Kind = Literal["equity", "grant", "loan", "prize", "budget", "other"]


class Money(Model):
    """The amount, as its ``amount`` record normalizes it."""

    value: int | float
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    value_max: int | float | None = None
    qualifier: Qualifier | None = None


class FundingRecord(FactRecordBase):
    type: Literal["funding"] = "funding"
    amount: Money
    recipient: str | None = Field(description="The organization that raises, receives or has the money (its name), or null.")
    funders: list[str] = Field(default_factory=list, description="The organizations that give it: investors, funds, banks, public bodies.")
    kind: Kind = Field(description="equity (a stake is sold), grant, loan, prize (an endowment), budget, other.")
    round: str | None = Field(default=None, description="The round when the text names it: amorçage, série A, …")
