"""The record contract (``docs/records.md``, contract v1.1) as pydantic v2 models.

Every line presse2data writes is one of these models, dumped in field order, so
the JSON Schema printed by ``presse2data schema`` validates every emitted line.
Fields may be added; the contract's fields keep their names and meanings. The union
is built from the fact-type registry (:mod:`presse2data.facts`): a new fact type's
record joins it by its registry line, and its model is importable from here by name
(``from presse2data.records import AmountRecord``).
"""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import BaseModel, Field, TypeAdapter

from .facts import derived, record_types, registry, scored
from .record_base import ArticleRecord, Mention, RunSettings


def all_record_types() -> tuple[str, ...]:
    """``article`` and every fact type with records."""
    return ("article", *record_types())


@derived
def record_adapter() -> TypeAdapter:
    models = (ArticleRecord, *(spec.record for spec in registry()))
    return TypeAdapter(Annotated[Union[models], Field(discriminator="type")])


def __getattr__(name: str) -> Any:
    """A fact type's model by its class name (``PersonRecord``, ``Role``)."""
    for spec in scored():
        if spec.record.__name__ == name:
            return spec.record
    raise AttributeError(name)


__all__ = ["ArticleRecord", "Mention", "RunSettings", "all_record_types", "dump_record", "json_schema", "parse_record",
           "record_adapter"]


def parse_record(data: dict | str) -> BaseModel:
    """Validate one record (a dict or a JSON line) against the contract."""
    if isinstance(data, str):
        return record_adapter().validate_json(data)
    return record_adapter().validate_python(data)


_ONLY_WHEN_SET = ("aliases", "article_text", "run")


def dump_record(record: BaseModel) -> str:
    """One JSON line, stable field order, non-ASCII kept as is; ``aliases``, ``article_text`` and ``run`` only when set."""
    exclude = {name for name in _ONLY_WHEN_SET if name in type(record).model_fields and getattr(record, name) is None}
    return record.model_dump_json(exclude=exclude or None)


def json_schema() -> dict:
    """JSON Schema of one record line (any type)."""
    schema = record_adapter().json_schema()
    schema["title"] = "presse2data record"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
