"""Money amounts: ``14,7 millions d'euros`` → 14 700 000 EUR (see ``component.py``)."""

from ..spec import FactType
from .record import AmountRecord

SPEC = FactType("amount", AmountRecord, "presse2data_amounts", "AMOUNT", "#e4e7d2", mention_level=True)
