"""Persons: PER entities checked against cues, one record per person (see ``component.py``)."""

from ..spec import FactType
from .record import PersonRecord

SPEC = FactType("person", PersonRecord, "presse2data_persons", "PERSON", "#aa9cfc", match="name")
