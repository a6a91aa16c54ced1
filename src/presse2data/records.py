"""The record contract (``docs/records.md``, contract v1.1) as pydantic v2 models.

Every line presse2data writes is one of these models, dumped in field order, so
the JSON Schema printed by ``presse2data schema`` validates every emitted line.
Fields may be added; the contract's fields keep their names and meanings. The union
is built from the fact-type registry (:mod:`presse2data.facts`): a new fact type's
record joins it by its registry line.
"""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import BaseModel, Field, TypeAdapter

from .facts import RECORD_TYPES as FACT_TYPES
from .facts import REGISTRY
from .facts.amount.record import AmountRecord
from .facts.date.record import DateRecord
from .facts.member_count.record import MemberCountRecord
from .facts.organization.record import OrganizationRecord
from .facts.person.record import PersonRecord
from .facts.role.record import Role
from .record_base import ArticleRecord, Mention, RunSettings

RECORD_TYPES = ("article", *FACT_TYPES)
_FACT_MODELS = tuple(spec.record for spec in REGISTRY if spec.record is not None)

Record = Annotated[Union[(ArticleRecord, *_FACT_MODELS)], Field(discriminator="type")]
FactRecord = Union[_FACT_MODELS]

record_adapter: TypeAdapter = TypeAdapter(Record)

__all__ = [
    "AmountRecord", "ArticleRecord", "DateRecord", "FACT_TYPES", "FactRecord", "MemberCountRecord", "Mention",
    "OrganizationRecord", "PersonRecord", "RECORD_TYPES", "Record", "Role", "RunSettings", "dump_record", "json_schema",
    "parse_record",
]


def parse_record(data: dict | str) -> Record:
    """Validate one record (a dict or a JSON line) against the contract."""
    if isinstance(data, str):
        return record_adapter.validate_json(data)
    return record_adapter.validate_python(data)


_ONLY_WHEN_SET = ("aliases", "article_text", "run")


def dump_record(record: BaseModel) -> str:
    """One JSON line, stable field order, non-ASCII kept as is; ``aliases``, ``article_text`` and ``run`` only when set."""
    exclude = {name for name in _ONLY_WHEN_SET if name in type(record).model_fields and getattr(record, name) is None}
    return record.model_dump_json(exclude=exclude or None)


def json_schema() -> dict:
    """JSON Schema of one record line (any type)."""
    schema = record_adapter.json_schema()
    schema["title"] = "presse2data record"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
