"""Hand annotations as the contract's "Hand annotations" section allows them.

Two levels, detected per record:

- mention level: the output format (``text``, ``start``, ``end``, ``mentions``), ``source``
  optional, ``aliases`` on persons and organizations;
- article level ("facts"): the same records without ``text``, ``start``, ``end`` and
  ``mentions``; amounts, dates and member counts may carry a ``surface`` (a phrase of
  the text that locates them for the error list, never scored).

A role may have a null ``title`` (an affiliation, contract v1.1).

Span-level training sets (``annotations/press-train``) add what scoring does not read and
training does: a role's title span (``mention``), an amount's funding links (``recipient``,
``funders``), and ``place`` records (left out here: :data:`UNSCORED_TYPES`).

>>> fact = parse_gold({"article_id": "a1", "type": "amount", "value": 2e6, "currency": "EUR", "surface": "2 M€"})
>>> fact.start is None and is_article_level(fact)
True
>>> locate("Il lève 2 M€, puis 2\u00a0M€.", ["2 M€", "2 M€"])
[(8, 12), (19, 23)]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Union

from pydantic import BaseModel, Field, TypeAdapter, ValidationError, create_model

from ..facts import FactType, derived, registry


def _gold_model(spec: FactType) -> type[BaseModel]:
    """The record model of a fact type as gold: offsets optional (article-level gold), a ``surface``,
    the fields its type lets gold leave out (``gold_optional``), its parts as gold too."""
    located = {"text": (str | None, None), "start": (int | None, Field(default=None, ge=0)),
               "end": (int | None, Field(default=None, ge=0)), "surface": (str | None, None)}
    return create_model(
        f"Gold{spec.record.__name__}",
        __base__=spec.record,
        **(located if not spec.field else {}),
        **{name: (type_, default) for name, type_, default in spec.gold_optional},
        **{part.field: (list[_gold_model(part)], []) for part in spec.parts},
    )


UNSCORED_TYPES = ("article", "place", "body")
"""Record types a gold file may hold that are not scored: ``article`` lines; in span-level sets,
places and the ``body`` line (the annotated range of the text: what is outside is chrome)."""


def gold_types() -> tuple[str, ...]:
    return tuple(spec.name for spec in registry())


@derived
def _adapter() -> TypeAdapter:
    models = tuple(_gold_model(spec) for spec in registry())
    return TypeAdapter(Annotated[Union[models], Field(discriminator="type")])


def parse_gold(data: dict[str, Any]) -> Any:
    """One gold record (mention or article level); raises ``ValueError`` with a one-line reason.

    A record located only by its ``mentions`` takes its first mention as ``text``/``start``/``end``.
    """
    if not isinstance(data, dict):
        raise ValueError("a JSON object was expected")
    if data.get("type") not in gold_types():
        raise ValueError(f"'type' must be one of {', '.join(gold_types())}, got {data.get('type')!r}")
    if data.get("start") is None and data.get("mentions"):
        first = min(data["mentions"], key=lambda m: (m.get("start", 0), m.get("end", 0))) if all(isinstance(m, dict) for m in data["mentions"]) else {}
        data = {**data, "text": first.get("text"), "start": first.get("start"), "end": first.get("end")}
    try:
        record = _adapter().validate_python(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"][1:]) or "record"
        raise ValueError(f"{where}: {error['msg']}") from None
    located = [record.text is not None, record.start is not None, record.end is not None]
    if any(located) and not all(located):
        raise ValueError("give all of text, start and end (mention level) or none of them (article level)")
    if record.start is not None and record.end < record.start:
        raise ValueError(f"end {record.end} is before start {record.start}")
    return record


def is_article_level(record: Any) -> bool:
    """A gold record without offsets: matched by value within its article."""
    return getattr(record, "start", 0) is None


# Characters a copy of a text may hold in place of a plain space or apostrophe (one for one).
_SAME = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u2019": "'", "\u02bc": "'"})


def _loose(text: str) -> str:
    """Same length as ``text``: spaces and apostrophes unified, lowercased char by char."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in text.translate(_SAME))


def locate(text: str, phrases: Iterable[str | None]) -> list[tuple[int, int] | None]:
    """Offsets of each phrase in ``text``; a phrase given twice is its next occurrence (facts in text order).

    Spaces and apostrophes compare loosely (U+00A0, U+2009, U+202F; ’), case does not matter.
    None where a phrase is not found (or not given).
    """
    haystack = _loose(text)
    cursor: dict[str, int] = {}
    out: list[tuple[int, int] | None] = []
    for phrase in phrases:
        needle = _loose((phrase or "").strip())
        if not needle:
            out.append(None)
            continue
        at = haystack.find(needle, cursor.get(needle, 0))
        if at < 0:
            at = haystack.find(needle)  # more facts than occurrences: reuse the first
        if at < 0:
            out.append(None)
            continue
        cursor[needle] = at + len(needle)
        out.append((at, at + len(needle)))
    return out


__all__ = ["UNSCORED_TYPES", "gold_types", "is_article_level", "locate", "parse_gold"]
