"""Organizations: cue-based recognition, one record per organization (see ``component.py``)."""

from ..spec import FactType
from .record import OrganizationRecord

SPEC = FactType("organization", OrganizationRecord, "presse2data_organizations", "ORG", "#7aecec", match="name")
