"""What the registry says of one fact type (no spaCy import)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any

FACTS_PACKAGE = "presse2data.facts"


@dataclass(frozen=True)
class FactType:
    """One fact type, declared once."""

    name: str  # the record's "type" and the doc.spans key
    record: type | None  # its pydantic record model; None for roles (inside person records)
    factory: str  # spaCy factory name of its component ("presse2data_amounts")
    label: str  # short label in ``show``
    colour: str  # background colour in ``show`` (displaCy's own palette)
    match: str = ""  # how ``evaluate`` compares a prediction with a gold record (evaluation.scoring.MATCHERS); default: name
    mention_level: bool = False  # matched per mention (value and span overlap; "lenient" = overlap alone)

    @property
    def matcher(self) -> str:
        return self.match or self.name

    @property
    def package(self) -> str:
        return f"{FACTS_PACKAGE}.{self.name}"

    @property
    def entry_point(self) -> str:
        """``module:function`` of the component's factory, as ``pyproject.toml`` declares it."""
        return f"{self.package}.component:make_component"

    def build(self) -> Any:
        """``records(doc, article_id) -> list`` of this type (imports spaCy)."""
        return import_module(f"{self.package}.build").records
