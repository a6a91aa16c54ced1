"""The registry of fact types: the one place that lists them.

Each fact type is a folder ``facts/<type>/`` holding its record model (``record.py``),
its spaCy component (``component.py``), its pure normalizer (``normalize.py``, where it
has one), the step from the component's spans to records (``build.py``) and how its
records read and match (``views.py``); its rules and lexicons are in ``models/<type>/``.
The folder's ``__init__`` declares a :class:`FactType`; :func:`registry` lists them.
Everything else derives from it: the record union and ``presse2data schema``
(:mod:`presse2data.records`), the pipeline and its order (:mod:`presse2data.pipeline`),
``--types``, ``evaluate``'s matching, ``show``, ``tables``, ``export --label-studio``
and the ``spacy_factories`` entry points (a test checks ``pyproject.toml`` against it).

The registry is read through functions, not copied into module constants, so that a
type registered later (:func:`registered`: a plugin, a test's dummy type) is seen by
every command. No spaCy import here: ``presse2data schema`` and ``--help`` stay fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import TypeVar

from .spec import FactType


def _builtin() -> tuple[FactType, ...]:
    from .amount import SPEC as AMOUNT
    from .date import SPEC as DATE
    from .funding import SPEC as FUNDING
    from .member_count import SPEC as MEMBER_COUNT
    from .organization import SPEC as ORGANIZATION
    from .person import SPEC as PERSON

    # the order of records that share a start offset in the output
    return (PERSON, ORGANIZATION, AMOUNT, FUNDING, MEMBER_COUNT, DATE)


_REGISTRY: tuple[FactType, ...] = _builtin()


def registry() -> tuple[FactType, ...]:
    """The fact types with records of their own, in output order."""
    return _REGISTRY


def record_types() -> tuple[str, ...]:
    """Their names (``--types`` chooses among them)."""
    return tuple(spec.name for spec in _REGISTRY)


def scored() -> tuple[FactType, ...]:
    """What ``evaluate`` scores: each type, then its parts (``person``, ``role``, ``organization``, ...)."""
    return tuple(t for spec in _REGISTRY for t in (spec, *spec.parts))


def scored_types() -> tuple[str, ...]:
    return tuple(t.name for t in scored())


def components() -> tuple[FactType, ...]:
    """The types and parts that have a spaCy component of their own."""
    return tuple(t for t in scored() if t.factory)


def by_name(name: str) -> FactType | None:
    """A type or a part by name; None for anything else (``article``)."""
    return next((t for t in scored() if t.name == name), None)


@contextmanager
def registered(*specs: FactType) -> Iterator[None]:
    """Add fact types for the time of a ``with`` block (after the built-in ones)."""
    global _REGISTRY
    before = _REGISTRY
    _REGISTRY = (*before, *specs)
    try:
        yield
    finally:
        _REGISTRY = before


T = TypeVar("T")


def derived(fn: Callable[[], T]) -> Callable[[], T]:
    """``fn()`` computed once per state of the registry (a union of records, a table of columns)."""
    memo: dict[int, tuple[tuple[FactType, ...], T]] = {}

    @wraps(fn)
    def cached() -> T:
        hit = memo.get(id(_REGISTRY))
        if hit is None or hit[0] is not _REGISTRY:
            hit = memo[id(_REGISTRY)] = (_REGISTRY, fn())
        return hit[1]

    return cached


__all__ = ["derived", "FactType", "by_name", "components", "record_types", "registered", "registry", "scored", "scored_types"]
