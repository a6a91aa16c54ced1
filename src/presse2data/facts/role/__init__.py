"""Roles: ``{title, organization}`` of each person, read around their mentions (see ``component.py``)."""

from ..spec import FactType

SPEC = FactType("role", None, "presse2data_roles", "ROLE", "#aa9cfc")
