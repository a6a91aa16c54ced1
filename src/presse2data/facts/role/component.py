"""The ``presse2data_roles`` component: the roles of each person, from the apposition reader
(:mod:`.appositions`) and the cues of :mod:`.cues` (parentheses, lists, verbs, shared titles).

Writes ``doc._.roles`` (per person) and ``doc.spans["role"]``: the person mention each cue
read, ``span.id_`` = the rule id of ``models/role/rules.jsonl``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import extensions  # noqa: F401  (registers doc._.roles)
from ...lang.rules import RuleSet
from . import SPEC
from .appositions import DEFAULT_LIMITS, Limits, _org_mentions, roles_for
from .cues import Reader, deprules_for
from .record import Role


@Language.factory(
    SPEC.factory,
    requires=["doc._.persons", "doc._.organizations"],
    assigns=["doc._.roles", "doc.spans"],
    default_config={
        "segment_tokens": DEFAULT_LIMITS.segment_tokens,
        "topic_sentences": DEFAULT_LIMITS.topic_sentences,
        "salience_chars": DEFAULT_LIMITS.salience_chars,
        "introduced_sentences": DEFAULT_LIMITS.introduced_sentences,
        "list_link_tokens": DEFAULT_LIMITS.list_link_tokens,
        "paren_tokens": DEFAULT_LIMITS.paren_tokens,
    },
)
def make_component(nlp: Language, name: str, segment_tokens: int, topic_sentences: int, salience_chars: int,
                   introduced_sentences: int, list_link_tokens: int, paren_tokens: int):
    """The windows of the reader (:class:`.appositions.Limits`): ``segment_tokens`` of an apposition
    either side of a name; ``topic_sentences`` back for what a possessive title (``Son PDG``) refers
    to; ``salience_chars`` back for the organization of a bare title; ``introduced_sentences`` back
    for ``l'association X`` when the text says ``l'association``; organizations at most
    ``list_link_tokens`` apart are items of a list; ``paren_tokens`` read inside parentheses."""
    limits = Limits(segment_tokens, topic_sentences, salience_chars, introduced_sentences, list_link_tokens,
                    paren_tokens)
    deprules = deprules_for(nlp)
    tokens = RuleSet(nlp.vocab, "role")

    def component(doc: Doc) -> Doc:
        orgs = _org_mentions(doc, limits)  # once per article
        persons = doc._.persons or []
        everyone = {t for p in persons for s in p.spans for t in range(s.start, s.end)}
        roles = [roles_for(person.spans, doc, orgs, everyone, limits) for person in persons]
        spans = [Span(doc, p.spans[0].start, p.spans[0].end, span_id="role/apposition")
                 for p, r in zip(persons, roles) if r and p.spans]
        for found in Reader(doc, orgs, deprules, roles, tokens, limits).all():
            if found.role not in roles[found.person]:
                roles[found.person].append(found.role)
                spans.append(Span(doc, found.start, found.end, span_id=found.rule))
        doc._.roles = [_without_redundant(r) for r in roles]
        doc.spans[SPEC.name] = spans
        return doc

    return component


def _without_redundant(roles: list[Role]) -> list[Role]:
    """A null-title role at an organization the person also has a title at says nothing more."""
    titled = {r.organization for r in roles if r.title}
    placed = {r.title for r in roles if r.title and r.organization}
    return [r for r in roles if (r.title or r.organization not in titled)
            and not (r.organization is None and r.title in placed)]
