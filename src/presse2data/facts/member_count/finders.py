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


def _stated_by(doc: Doc, kind: str, tools: OnDemand, window: int, labels: tuple[str, ...] = ("member",)) -> list[Span]:
    return [span for label in labels for span in _phrases(doc, label) if (cue := statement_cue(doc, span, tools, window)) is not None
            and cue.kind == kind]


@rule_code("member_count.of-organization")
def of_organization(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "complement", tools, window)


@rule_code("member_count.parenthesis-after-name")
def parenthesis_after_name(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "parenthesis", tools, window, ("member", "entity"))


@rule_code("member_count.fort-de")
def fort_de(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "fort-de", tools, window) + _entities_stated(doc, "fort-de", tools, window)


@rule_code("member_count.definite-article")
def definite_article(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "definite", tools, window)


@rule_code("member_count.avec-opening")
def avec_opening(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "avec", tools, window)


@rule_code("member_count.composed-of")
def composed_of(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "composed", tools, window, ("member",)) + _entities_stated(doc, "composed", tools, window)


@rule_code("member_count.collective-of-entities")
def collective_of_entities(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _entities_stated(doc, "collective", tools, window)


@rule_code("member_count.avec-clause")
def avec_clause(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "avec-clause", tools, window)


@rule_code("member_count.c-est")
def c_est(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "c-est", tools, window)


@rule_code("member_count.figure-opening")
def figure_opening(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "figure", tools, window)


@rule_code("member_count.apposition-after-name")
def apposition_after_name(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    return _stated_by(doc, "apposition", tools, window)


def _entities_stated(doc: Doc, kind: str, tools: OnDemand, window: int) -> list[Span]:
    """Entity phrases (``11 entreprises``) stated by a cue of ``kind`` and not adhering to a name."""
    return [span for span in _phrases(doc, "entity") if (cue := entity_statement(doc, span, tools, window)) is not None
            and cue.kind == kind and adhere_cue(doc, span) is None]


def _adhering(doc: Doc, kinds: set[str]) -> list[Span]:
    return [span for span in _phrases(doc, "entity") if (cue := adhere_cue(doc, span)) is not None and cue.kind in kinds
            and (cue.kind != "compose" or complement_mention(doc, cue) is not None)]


@rule_code("member_count.entities-adhere")
def entities_adhere(doc: Doc) -> list[Span]:
    return _adhering(doc, {"adhere", "join"})


@rule_code("member_count.entities-member-of")
def entities_member_of(doc: Doc) -> list[Span]:
    return _adhering(doc, {"member-of"})


@rule_code("member_count.entities-gathered-within")
def entities_gathered_within(doc: Doc) -> list[Span]:
    return _adhering(doc, {"gathered"})


@rule_code("member_count.entities-compose")
def entities_compose(doc: Doc) -> list[Span]:
    return _adhering(doc, {"compose"})


@rule_code("member_count.association-groups-entities")
def association_groups_entities(doc: Doc, tools: OnDemand, lookback_chars: int) -> list[Span]:
    return [span for span in _phrases(doc, "entity")
            if adhere_cue(doc, span) is None and association_subject(doc, span, tools, lookback_chars) is not None]
