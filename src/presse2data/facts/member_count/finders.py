"""The cues of ``models/member_count/rules.jsonl`` that are code (``"code": "member_count.<cue>"``),
registered for :class:`~presse2data.lang.rules.RuleSet`, which stamps each phrase a finder returns
with its rule's id: the record's ``source``.

Each finder reads the member phrases the component stored in ``doc.spans["member_count"]`` and
keeps those whose statement cue (:mod:`.cues`) is its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...lang.parsing import OnDemand
from ...lang.rules import rule_code
from .cues import PHRASES, adhere_cue, association_subject, complement_mention, entity_statement, statement_cue


def _phrases(doc: Doc, label: str) -> list[Span]:
    return [span for span in doc.spans[PHRASES] if span.label_ == label] if PHRASES in doc.spans else []


def _stated_by(doc: Doc, kind: str, tools: OnDemand, window: int, labels: tuple[str, ...]) -> list[Span]:
    return [span for label in labels for span in _phrases(doc, label) if (cue := statement_cue(doc, span, tools, window)) is not None
            and cue.kind == kind]


# rule (``member_count.<rule>``) → the statement cue it keeps, the phrase labels it reads, and
# whether entity phrases stated by the same cue count too (``fort de 40 entreprises``)
STATED = {
    "of-organization": ("complement", ("member",), False),
    "parenthesis-after-name": ("parenthesis", ("member", "entity"), False),
    "fort-de": ("fort-de", ("member",), True),
    "definite-article": ("definite", ("member",), False),
    "avec-opening": ("avec", ("member",), False),
    "composed-of": ("composed", ("member",), True),
    "collective-of-entities": ("collective", (), True),
    "avec-clause": ("avec-clause", ("member",), False),
    "c-est": ("c-est", ("member",), False),
    "figure-opening": ("figure", ("member",), False),
    "apposition-after-name": ("apposition", ("member",), False),
}


def _stated_finder(kind: str, labels: tuple[str, ...], entities: bool):
    def find(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
        return _stated_by(doc, kind, tools, window, labels) + (
            _entities_stated(doc, kind, tools, window) if entities else [])

    return find


for _rule, (_kind, _labels, _entities) in STATED.items():
    rule_code(f"member_count.{_rule}")(_stated_finder(_kind, _labels, _entities))


def _entities_stated(doc: Doc, kind: str, tools: OnDemand, window: int) -> list[Span]:
    """Entity phrases (``11 entreprises``) stated by a cue of ``kind`` and not adhering to a name."""
    return [span for span in _phrases(doc, "entity") if (cue := entity_statement(doc, span, tools, window)) is not None
            and cue.kind == kind and adhere_cue(doc, span) is None]


def _adhering(doc: Doc, kinds: set[str]) -> list[Span]:
    return [span for span in _phrases(doc, "entity") if (cue := adhere_cue(doc, span)) is not None and cue.kind in kinds
            and (cue.kind != "compose" or complement_mention(doc, cue) is not None)]


# rule → the kinds of ``adhere_cue`` it keeps (entity nouns then a membership predicate)
ADHERING = {
    "entities-adhere": {"adhere", "join"},
    "entities-member-of": {"member-of"},
    "entities-gathered-within": {"gathered"},
    "entities-compose": {"compose"},
}


def _adhering_finder(kinds: set[str]):
    def find(doc: Doc) -> list[Span]:
        return _adhering(doc, kinds)

    return find


for _rule, _kinds in ADHERING.items():
    rule_code(f"member_count.{_rule}")(_adhering_finder(_kinds))


@rule_code("member_count.association-groups-entities")
def association_groups_entities(doc: Doc, tools: OnDemand, lookback_chars: int) -> list[Span]:
    return [span for span in _phrases(doc, "entity")
            if adhere_cue(doc, span) is None and association_subject(doc, span, tools, lookback_chars) is not None]
