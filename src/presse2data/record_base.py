"""What every record shares (the contract's common fields) and the ``article`` record.

Each fact type declares its own record model beside its component
(``facts/<type>/record.py``) on top of :class:`FactRecordBase`; :mod:`presse2data.records`
joins them into the union that ``presse2data schema`` prints.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Qualifier = Literal["about", "over", "under"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mention(Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class FactRecordBase(Model):
    type: str
    article_id: str
    text: str = Field(description="Surface text of the record's (first) mention.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    source: str | None = Field(default=None, description="Component or rule id that produced it.")


class RunSettings(Model):
    """The settings of the batch run that wrote an ``article`` line: ``--resume`` continues a
    file only with the same ones, so that a resumed run equals an uninterrupted one."""

    input: str = Field(description="The input as an absolute path, or '-' for standard input.")
    types: list[str] = Field(description="Fact types emitted (--types).")
    reference_date: str | None = Field(description="The run's --reference-date, or null.")
    model: str = Field(description="spaCy model and its version, e.g. 'fr_core_news_md 3.8.0'.")
    max_article_chars: int = Field(description="Longer articles are refused (--max-chars); 0: no limit.")


class ArticleRecord(FactRecordBase):
    type: Literal["article"] = "article"
    path: str | None
    title: str | None
    chars: int
    sha256: str | None
    reference_date: str | None
    status: Literal["ok", "error"]
    error: str | None
    counts: dict[str, int]
    encoding: str | None = Field(
        default=None, description="Encoding the file was decoded with: utf-8, windows-1252 (or a page's declared charset)."
    )
    url: str | None = Field(default=None, description="The input's 'url', else a web page's own URL (canonical link).")
    outlet: str | None = Field(default=None, description="The input's 'source' (the outlet), else a web page's site name.")
    published: str | None = Field(
        default=None, description="YYYY-MM-DD date the article states: the input's 'published' or the web page's date."
    )
    reference_date_source: Literal["input", "page", "run"] | None = Field(
        default=None,
        description="Where reference_date came from: the input's 'published', the web page's date, or the run's --reference-date.",
    )
    article_text: str | None = Field(
        default=None, description="With extract --with-text: the article text every offset indexes (left out otherwise)."
    )
    run: RunSettings | None = Field(default=None, description="Settings of the batch run (extract) that wrote it.")
