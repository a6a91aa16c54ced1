"""The record contract (``shared/spec/records.md`` v1) as pydantic v2 models.

Every line presse2data writes is one of these models, dumped in field order, so
the JSON Schema printed by ``presse2data schema`` validates every emitted line.
Fields may be added; the contract's fields keep their names and meanings.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

RECORD_TYPES = ("article", "person", "organization", "amount", "member_count", "date")
FACT_TYPES = RECORD_TYPES[1:]

Qualifier = Literal["about", "over", "under"]
OrgKind = Literal["association", "company", "public_body", "education_research", "media", "other"]
DateMod = Literal["START", "MID", "END", "APPROX"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mention(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Role(_Model):
    title: str = Field(description="As written, lowercased, without the organization.")
    organization: str | None = Field(description="Canonical name of the organization, or null.")


class _Record(_Model):
    type: str
    article_id: str
    text: str = Field(description="Surface text of the record's (first) mention.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    source: str | None = Field(default=None, description="Component or rule id that produced it.")


class RunSettings(_Model):
    """The settings of the batch run that wrote an ``article`` line: ``--resume`` continues a
    file only with the same ones, so that a resumed run equals an uninterrupted one."""

    input: str = Field(description="The input as an absolute path, or '-' for standard input.")
    types: list[str] = Field(description="Fact types emitted (--types).")
    reference_date: str | None = Field(description="The run's --reference-date, or null.")
    model: str = Field(description="spaCy model and its version, e.g. 'fr_core_news_md 3.8.0'.")
    max_article_chars: int = Field(description="Longer articles are refused (--max-chars); 0: no limit.")


class ArticleRecord(_Record):
    type: Literal["article"] = "article"
    path: str | None
    title: str | None
    chars: int
    sha256: str | None
    reference_date: str | None
    status: Literal["ok", "error"]
    error: str | None
    counts: dict[str, int]
    encoding: str | None = Field(default=None, description="Encoding the file was decoded with.")
    run: RunSettings | None = Field(default=None, description="Settings of the batch run (extract) that wrote it.")


class PersonRecord(_Record):
    type: Literal["person"] = "person"
    name: str
    mentions: list[Mention]
    roles: list[Role] = []
    aliases: list[str] | None = None


class OrganizationRecord(_Record):
    type: Literal["organization"] = "organization"
    name: str
    mentions: list[Mention]
    kind: OrgKind | None = None
    aliases: list[str] | None = None


class AmountRecord(_Record):
    type: Literal["amount"] = "amount"
    value: int | float
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    value_max: int | float | None = None
    qualifier: Qualifier | None = None


class MemberCountRecord(_Record):
    type: Literal["member_count"] = "member_count"
    organization: str | None
    count: int
    unit: str
    qualifier: Qualifier | None = None


class DateRecord(_Record):
    type: Literal["date"] = "date"
    value: str | None
    value_end: str | None = None
    mod: DateMod | None = None
    relative: bool = False


Record = Annotated[
    Union[ArticleRecord, PersonRecord, OrganizationRecord, AmountRecord, MemberCountRecord, DateRecord],
    Field(discriminator="type"),
]
FactRecord = Union[PersonRecord, OrganizationRecord, AmountRecord, MemberCountRecord, DateRecord]

record_adapter: TypeAdapter[Record] = TypeAdapter(Record)


def parse_record(data: dict | str) -> Record:
    """Validate one record (a dict or a JSON line) against the contract."""
    if isinstance(data, str):
        return record_adapter.validate_json(data)
    return record_adapter.validate_python(data)


def dump_record(record: BaseModel) -> str:
    """One JSON line, stable field order, non-ASCII kept as is; ``aliases`` and ``run`` only when set."""
    exclude = {name for name in _ONLY_WHEN_SET if getattr(record, name, 0) is None} or None
    return record.model_dump_json(exclude=exclude)


_ONLY_WHEN_SET = ("aliases", "run")


def json_schema() -> dict:
    """JSON Schema of one record line (any type)."""
    schema = record_adapter.json_schema()
    schema["title"] = "presse2data record"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
