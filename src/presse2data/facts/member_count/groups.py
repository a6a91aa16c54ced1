"""Group cues: a count of members stated by the group it makes up, not by a member noun alone.

- a collective noun right before the count: ``un réseau de 160 000 membres``, ``un écosystème
  d'innovation de 250 adhérents`` (``models/member_count/collective_nouns.txt``; member nouns
  only, :func:`.cues.collective_cue`);
- a grouping verb shortly before bare entity nouns (``Novae, qui fédère 145 entreprises``,
  ``le pôle compte à ce stade 160 start-up``, ``X revendique 2300 entreprises``): members only
  when the subject is an organization that can have members (an association, ``other`` or an
  unknown kind): never a company's subsidiaries, a town's or a sector's firms (no organization),
  a subset (``dont 510 PME``), a goal or a means (``réunir une liste de 50 entreprises``, an
  infinitive), supported start-ups (``avoir accompagné 142 start-up``, ``70 start-up accompagnées``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from ...lang.modelfiles import lexicon_fields, load_lexicon
from ...lang.names import strip_accents
from ...lang.parsing import OnDemand
from ...lang.rules import rule_code
from ...lang.tokens import sentence_start
from .cues import (
    MEMBER_KINDS, PHRASES, Cue, lexicon_forms, adhere_cue, association_subject, collective_cue, event_subject, nearest_preceding,
    statement_cue,
)
from .subjects import relative_antecedent, relative_holder, subject_tokens

_STOPS = {".", ";", "!", "?", ",", ":", "(", ")", "«", "»", '"', "“", "”"}
_IMPERSONAL = {"on", "il", "ils", "nous", "je", "vous"}  # "on compte trois structures en région"


@cache
def _grouping() -> frozenset[str]:
    return frozenset(lexicon_fields(e)[0].lower() for e in load_lexicon("member_count/member_verbs")
                     if "grouping" in lexicon_fields(e)[1:])


def _is_grouping(token: Token, tools: OnDemand) -> bool:
    """A form of a grouping verb; the tagger often reads ``compte`` or ``revendique`` as a noun or an
    adjective, so those count too unless a determiner or a noun ending says they are nouns."""
    if token.pos_ not in {"VERB", "AUX", "NOUN", "ADJ"} or token.lower_.endswith(("ment", "tion", "ments", "tions")):
        return False
    if token.pos_ in {"NOUN", "ADJ"} and token.i > 0 and token.doc[token.i - 1].pos_ in {"DET", "ADP"}:
        return False
    form = strip_accents(token.lower_)
    return tools.lemma(token).lower() in _grouping() or any(
        len(v) >= 6 and form.startswith(strip_accents(v)[:-2]) for v in _grouping())


def grouping_verb(doc: Doc, span: Span, tools: OnDemand, window: int) -> Token | None:
    """A finite or present-participle grouping verb (``fédère``, ``rassemblant``) at most ``window``
    tokens before the count, in the same clause, with no other verb and no noun + ``de`` between."""
    k = span.start
    if k > 0 and doc[k - 1].lower_ == "dont":
        return None  # "840 adhérents dont 510 PME": a subset
    if k > 1 and doc[k - 1].lower_ in {"de", "d'", "d’", "des"} and doc[k - 2].pos_ in {"NOUN", "NUM"} \
            and collective_cue(doc, span) is None:
        return None  # "une liste de 50 entreprises", "300 des 900 start-up"
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_.startswith(tuple(lexicon_forms("member_count/support_stems"))):
        return None  # "70 start-up accompagnées"
    for token in reversed(doc[max(sentence_start(span), span.start - window) : span.start]):
        if token.text in _STOPS:
            return None
        if token.pos_ == "PROPN":
            continue
        if _is_grouping(token, tools):
            return None if "Inf" in token.morph.get("VerbForm") else token
        if token.pos_ in {"VERB", "AUX"}:
            return None  # "revendique avoir accompagné 142 start-up"
    return None


def _after_comma(doc: Doc, span: Span) -> list[Token]:
    """The words opening the main clause after a participial phrase, up to its verb."""
    end = span.sent.end if span.sent is not None else len(doc)
    for k in range(span.end, min(end, span.end + 15)):
        if doc[k].text == ",":
            words = []
            for token in doc[k + 1 : min(end, k + 8)]:
                if token.pos_ in {"VERB", "AUX"} or token.is_punct:
                    break
                words.append(token)
            return words
    return []


def group_organization(doc: Doc, span: Span, tools: OnDemand, window: int, lookback_chars: int) -> str | None:
    """The organization a grouping verb's subject names, when it can have members; else None."""
    verb = grouping_verb(doc, span, tools, window)
    if verb is None:
        return None
    orgs = doc._.organizations or []
    members = [o for o in orgs if o.kind in MEMBER_KINDS]
    if verb.i > 0 and doc[verb.i - 1].lower_ == "nous" and tools.lemma(verb).lower() != "compter":
        return nearest_preceding(members, span.start_char, lookback_chars)  # "nous fédérons 200 entreprises": the interviewee's
    if verb.i > 0 and doc[verb.i - 1].lower_ in _IMPERSONAL:
        return None  # "on compte trois structures en région"
    if verb.lower_.endswith("ant") and verb.i > 0 and doc[verb.i - 1].text == "," and any(
            t.lower_ in lexicon_forms("member_count/unit_nouns") for t in doc[sentence_start(span) : verb.i]):
        return nearest_preceding(members, span.start_char, lookback_chars)  # "ses 40 antennes fonctionnent, réunissant 2 300 artisans"
    subject = subject_tokens(doc, span, Cue("verb", verb), tools, window)
    if not subject and verb.i == sentence_start(span) and "Part" in verb.morph.get("VerbForm"):
        subject = _after_comma(doc, span)  # "Rassemblant 400 entreprises, elle ..."
    if not subject and verb.i > 0 and doc[verb.i - 1].text == ",":  # "X, dédié à ..., regroupe"
        first = sentence_start(span)
        opening = doc[first : min(verb.i, first + 3)]
        subject = [t for t in opening if not t.is_space] if opening else []
    if event_subject(subject):
        return None  # "le stand collectif monté au salon réunit 45 entreprises": exhibitors
    if subject:
        lo, hi = subject[0].idx, subject[-1].idx + len(subject[-1])
        inside = sorted(((m.start, org) for org in orgs for m in org.mentions if m.start < hi and m.end > lo), key=lambda p: p[0])
        if inside:
            org = inside[0][1]  # the head's, not an apposition's: "La FTM, présidée par X (Y), compte"
            return org.name if org.kind in MEMBER_KINDS else None
    name = relative_antecedent(doc, subject, orgs)
    if name is not None:
        return name if {o.name: o.kind for o in orgs}.get(name) in MEMBER_KINDS else None
    holders = lexicon_forms("organization/anaphors") - _IMPERSONAL - {"qui", "lequel", "laquelle"}
    holder = relative_holder(doc, subject, holders)
    if holder is not None:  # "ce syndicat professionnel, fondé en 1990 et qui réunit 900 artisans"
        return nearest_preceding([o for o in orgs if o.kind in MEMBER_KINDS], holder.idx, lookback_chars)
    if subject and all(t.lower_ not in _IMPERSONAL for t in subject) and any(t.lower_ in holders for t in subject):
        position = subject[0].idx if subject else span.start_char
        return nearest_preceding([o for o in orgs if o.kind in MEMBER_KINDS], position, lookback_chars)
    return None


@rule_code("member_count.groups-entities")
def groups_entities(doc: Doc, tools: OnDemand, window: int, lookback_chars: int) -> list[Span]:
    entities = [s for s in doc.spans[PHRASES] if s.label_ == "entity"] if PHRASES in doc.spans else []
    return [s for s in entities if adhere_cue(doc, s) is None and association_subject(doc, s, tools, lookback_chars) is None
            and grouping_verb(doc, s, tools, window) is not None]


@rule_code("member_count.collective-of")
def collective_of(doc: Doc, tools: OnDemand, window: int) -> list[Span]:
    phrases = doc.spans[PHRASES] if PHRASES in doc.spans else []
    return [s for s in phrases if s.label_ == "member" and (cue := statement_cue(doc, s, tools, window)) is not None
            and cue.kind == "collective"]
