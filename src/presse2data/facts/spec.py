"""What the registry says of one fact type (no spaCy import).

A :class:`FactType` is everything the commands need to know of a type, so that ``show``,
``tables``, ``export --label-studio``, ``evaluate`` and ``schema`` loop over the registry
instead of naming types. A type's folder declares it in its ``__init__.py``; the functions
it names (``value``, ``describe``, ``match``) sit beside it in ``views.py``.

A *part* is a sub-record held in a list field of its holder's record (a person's
``roles``): it has no line of its own in the output, but it has a table, a score and,
possibly, a component of its own. The holder declares it in ``parts``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

FACTS_PACKAGE = "presse2data.facts"


@dataclass(frozen=True)
class FactType:
    """One fact type (or part), declared once."""

    name: str  # the record's "type", the doc.spans key, the scored type
    record: type  # its pydantic model (a part's: the sub-record's)
    factory: str | None = None  # spaCy factory of its component ("presse2data_amounts"); a part may have none
    package: str = ""  # the folder's package; default presse2data.facts.<name>
    # -- show -----------------------------------------------------------------------------------
    label: str = ""  # short label in show (and an alias of the Label Studio label)
    colour: str = ""  # background in show and Label Studio (displaCy's palette)
    value: Callable[[Any], str] | None = None  # a record's normalized value in a few words
    show_rank: int = 9  # which of two overlapping highlights of equal length show draws (lower first)
    # -- tables ---------------------------------------------------------------------------------
    table: str = ""  # table name; default <name>s
    columns: tuple[tuple[str, str], ...] = ()  # (column, DuckDB type) between the ids and the span columns
    # -- evaluate -------------------------------------------------------------------------------
    match: Callable[[Any, Any], float | None] | None = None  # (gold item, predicted item) -> priority, None: no match
    near: Callable[[Any, Any], float | None] | None = None  # unmatched pairs shown as one "wrong value"; default: overlap
    describe: Callable[[Any], str] | None = None  # an item in the error list
    mention_level: bool = False  # matched per mention: "lenient" scores count span overlap alone
    fold: Callable[[str], str] | None = None  # named entities (records with mentions): how names compare
    agreement: str = ""  # a field reported among matched pairs, not scored (a role's title, an organization's kind)
    agreement_optional: bool = False  # matched pairs whose gold leaves that field empty are not counted
    gold_optional: tuple[tuple[str, Any, Any], ...] = ()  # (field, type, default) a gold record may leave out
    undecidable: Callable[[Any], bool] | None = None  # predictions left out against article-level gold
    parse: Callable[[str], dict | None] | None = None  # a hand-added span without values: read it (Label Studio)
    label_aliases: tuple[str, ...] = ()  # other Label Studio labels read as this type
    sources: tuple[str, ...] = ()  # what its component writes as ``source`` where no rule fired (a learned model)
    # -- parts ----------------------------------------------------------------------------------
    parts: tuple[FactType, ...] = ()  # sub-records of this type's records
    field: str = ""  # for a part: the holder's list field that holds it

    @property
    def module(self) -> str:
        return self.package or f"{FACTS_PACKAGE}.{self.name}"

    @property
    def table_name(self) -> str:
        return self.table or f"{self.name}s"

    @property
    def entity(self) -> bool:
        """A named entity: one record per distinct name, with every mention (persons, organizations)."""
        return "mentions" in self.record.model_fields

    @property
    def entry_point(self) -> str:
        """``module:function`` of the component's factory, as ``pyproject.toml`` declares it."""
        return f"{self.module}.component:make_component"

    def build(self) -> Any:
        """``records(doc, article_id) -> list`` of this type (imports spaCy)."""
        return import_module(f"{self.module}.build").records

    def declare_component(self) -> None:
        """Import the component's module, which declares its spaCy factory."""
        import_module(f"{self.module}.component")
