"""The registry of fact types: the one place that lists them.

Each fact type is a folder ``facts/<type>/`` holding its record model (``record.py``),
its spaCy component (``component.py``), its pure normalizer (``normalize.py``, where it
has one) and the step from the component's spans to records (``build.py``); its rules
and lexicons are in ``models/<type>/``. The folder's ``__init__`` declares a
:class:`FactType`; :data:`REGISTRY` lists them. Everything else derives from it: the
record union and ``presse2data schema`` (:mod:`presse2data.records`), the pipeline and
its order (:mod:`presse2data.pipeline`, from the components' ``requires``/``assigns``),
``--types``, the scorer's per-type matching, ``show``'s colours and labels, and the
``spacy_factories`` entry points (a test checks ``pyproject.toml`` against it).

No spaCy import here: ``presse2data schema`` and ``--help`` stay fast.
"""

from __future__ import annotations

from .spec import FactType


def _registry() -> tuple[FactType, ...]:
    from .amount import SPEC as AMOUNT
    from .date import SPEC as DATE
    from .member_count import SPEC as MEMBER_COUNT
    from .organization import SPEC as ORGANIZATION
    from .person import SPEC as PERSON
    from .role import SPEC as ROLE

    # the order of records that share a start offset in the output
    return (PERSON, ORGANIZATION, ROLE, AMOUNT, MEMBER_COUNT, DATE)


REGISTRY: tuple[FactType, ...] = _registry()
BY_NAME: dict[str, FactType] = {spec.name: spec for spec in REGISTRY}
RECORD_TYPES: tuple[str, ...] = tuple(spec.name for spec in REGISTRY if spec.record is not None)
"""Fact types that have records of their own (``--types`` chooses among them)."""
SCORED_TYPES: tuple[str, ...] = tuple(spec.name for spec in REGISTRY)
