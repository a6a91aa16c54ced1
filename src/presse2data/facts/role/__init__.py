"""Roles: ``{title, organization}`` of each person, read around their mentions (see ``component.py``).

A role is a part of the ``person`` record (its ``roles``), which lists it among its parts
(``facts/person/__init__.py``): no line of its own in the output, but its own component,
``roles`` table and score.
"""

from ...record_base import Mention
from ..matching import same_holder
from ..spec import FactType
from . import views
from .record import Role

SPEC = FactType(
    "role", Role, "presse2data_roles", field="roles", value=views.value,
    columns=(("person_record_id", "VARCHAR"), ("article_id", "VARCHAR"), ("person", "VARCHAR"), ("title", "VARCHAR"),
             ("organization", "VARCHAR"), ("person_entity_id", "VARCHAR"), ("organization_entity_id", "VARCHAR")),
    match=views.match, near=same_holder, describe=views.describe, agreement="title",
    gold_optional=(("title", str | None, None), ("organization", str | None, None), ("mention", Mention | None, None)),
    sources=("role/linker",),
)
