"""Member counts: how many members an organization has.

Detection (component): the regex rules of ``models/member_count/rules.jsonl`` find a
count followed by a noun (``215 sociétés``, ``une cinquantaine d'adhérents``, ``deux
cents membres``, with a qualifier in front: ``plus de 400 adhérents``). The component
keeps the match when the noun is a member noun of ``models/member_count/member_nouns.txt``
(``adhérents``, ``membres``), or an entity noun of ``models/member_count/member_entity_nouns.txt``
followed by a member noun (``sociétés membres``, ``structures adhérentes``, ``start-up
membres``): label ``member``. A noun of ``models/member_count/headcount_nouns.txt`` (``140
salariés``, ``7 000 personnes``) is kept with label ``headcount`` for a later headcount
record and never emitted here.

**Unit.** The counted noun as written; an adjective right after a member noun is part
of the member noun phrase and kept (``530 adhérents professionnels`` → unit
``adhérents professionnels``); ``sociétés membres`` is kept whole.

**Statement cue.** A member phrase becomes a record only when the sentence states a
membership size: a member verb of ``models/member_count/member_verbs.txt`` (``compte``,
``réunit``, ``fédère``, ``rassemble``, ``regroupe``, ``revendique``, ``affiche``,
``totalise``, ``compterait``, ``avoir``: ``nous avons une cinquantaine d'adhérents``)
at most 8 tokens before it in the same sentence, or a possessive right before it (``ses
400 adhérents``, ``leurs 300 membres``), or ``fort de``/``riche de``, or an opening
parenthesis (``Numéria (400 membres)``).

Also a statement, each cue its own rule line and id as the record's ``source`` (a function
registered in :mod:`.cues`, which :class:`RuleSet` dispatches): a ``de``/``à`` complement
naming the organization (``les 130 adhérents de l'association X``, in a heading too:
``member_count/of-organization``); a count in parentheses after a name (``X (80 adhérents)``:
that organization, ``member_count/parenthesis-after-name``, also after an acronym ``X (FX, 80
adhérents)``), or set off by commas (``X, 80 adhérents,``: ``member_count/apposition-after-name``);
``Forte de 160 adhérents, ..., X anime ...`` or ``Avec 160 adhérents, X ...`` opening the sentence:
the name after it (``member_count/fort-de``, ``member_count/avec-opening``); a collective noun
before ``de`` (``un réseau de 1 200 membres``: ``member_count/collective-of``, :mod:`.groups`);
``les``/``des`` right before (``les 400 membres du pôle ont ...``, ``autour des 200 adhérents``:
a known size, checked after the verbs: ``member_count/definite-article``).

Bare entity nouns (``entreprises``, ``organismes``, two joined by et/ou, ``chefs d'entreprise``)
count members in these statements only: ``140 entreprises et organismes adhèrent à X`` or ``ont
rejoint X`` (``member_count/entities-adhere``: X, or the nearest organization before for ``à ce
réseau``, none for ``aux organisations``); a grouping verb shortly before the count whose subject is
an association (``member_count/association-groups-entities``) or another organization that can have
members (``X, qui fédère 145 entreprises``, ``fédère 300 des 900 start-up``:
``member_count/groups-entities``, :mod:`.groups`); in parentheses right after an association's name
(``X (19 fédérations)``). Never a company's subsidiaries, hosted or supported start-ups (``accueille``,
``70 start-up accompagnées``), clients, a subset (``dont 510 PME``), a list (``une liste de 50
entreprises``), a goal (an infinitive).

More statements (each its own rule line): entity nouns then a membership predicate, an aside or a few
words between (``85 entreprises sont membres du réseau X``, ``font partie de X``, ``sont adhérentes``,
``90 artisans regroupés au sein de l'association X``, ``150 commerçants forment le réseau X``;
``models/member_count/membership_predicates.txt``; not the investors of a round); ``composé de N``
(``composed_words.txt``; not a jury, an assembly, a staff of ``personnes``); a group noun flagged
``entities`` (``une association de 11 entreprises``: unnamed when indefinite; not its founders:
``fondée par un collectif de 12 entreprises``) or any group noun in apposition after a name (``X, un
réseau de 300 entreprises,``); ``fort de N entreprises``; key figures (``95 adhérents, 30 ...`` opening a
sentence, ``Chiffres clés : 300 adhérents``); ``c'est 180 adhérents``; ``avec N membres`` after a comma
or with ``désormais``; any noun before a member noun (``25 pays membres``), an entity noun after
``grands``/``jeunes`` (``80 grands groupes``); ``nous fédérons 200 entreprises``; a grouping participle
said of local units (``ses 40 antennes fonctionnent, réunissant 2 300 artisans``). An event's
subject (``le stand ... monté au salon réunit 45 entreprises``, ``event_nouns.txt``) gathers
participants, not members.

A threshold crossed is ``over``: ``franchit le cap des 500 adhérents``, ``dépasse la barre des 300
membres``.

Not member counts: the size of a governing body (a noun of ``models/member_count/body_nouns.txt``
in the clause before the count: ``un conseil de surveillance comptant 25 membres``; a body noun or
an election word earlier in the sentence with no organization after it: ``devra élire 4 membres``;
``membres du bureau``), a target (``espère atteindre 350 membres``: ``goal_words.txt``), a subset (``vingt de ses membres``: a count must be directly followed
by its noun), vague quantities (``plusieurs centaines d'adhérents``: no value),
employees, clients, students, percentages, member nouns without a statement cue
(``300 adhérents étaient présents``).

**Organization heuristic.** The organization is looked for in the subject of the cue
verb: its dependency ``nsubj`` subtree (or, when the parser attached the verb badly,
the words of the sentence before the verb back to the last comma or quote):

1. an organization mention of ``doc._.organizations`` inside the subject (by
   offsets), or whose folded name the folded subject contains → its ``name``;
2. else a capitalised proper-name subject that is not a person (``La Grappe
   compterait ...``, ``l'association La Grappe compte ...``) → that name as written;
3. else a subject that refers back (``cette association``, ``le club``,
   ``l'association``, ``elle``, ``nous``, ``qui``; ``models/organization/anaphors.txt``), and
   the possessive forms (``ses 400 adhérents``) → the nearest organization mention
   before the count (within 1 500 characters), preferring kind ``association`` when
   kinds are known;
4. else null.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...extensions import set_facts
from ...lang.names import fold_org
from ...lang.parsing import OnDemand, on_demand
from ...lang.propernames import name_end
from ...lang.rules import RuleSet
from ...lang.tokens import doc_text, sentence_start, span_group, surface
from . import SPEC
from . import finders  # noqa: F401  (registers the code rules RuleSet dispatches)
from .cues import (
    MEMBER_KINDS, MEMO, Cue, lexicon_forms, adhere_cue, association_subject, complement_mention, complement_organization, entity_statement, nearest_preceding,
    event_subject, statement_cue, unnamed_group,
)
from .groups import group_organization, grouping_verb
from .subjects import relative_antecedent, subject_tokens
from .normalize import count_and_unit

COMPONENT = SPEC.factory
SPAN_GROUP = SPEC.name

# The last word of a text: the search starts only at the beginning of a [\w-] run (then
# skips its digits, _ and -), so a long hyphenated run is scanned once, not from each letter.
_LAST_WORD = re.compile(r"(?<![\w-])[\d_-]*+([^\W\d_][\w-]*[^\W\d_])$")
_DATE_PART = re.compile(r"\d[-/.]$")
_NEXT_WORD = re.compile(r"^\s+([^\W\d_][\w-]*[^\W\d_])")


class _Settings:
    """The component's windows (``default_config``, recorded in ``nlp.config``)."""

    def __init__(self, window: int, lookback_chars: int, threshold_chars: int):
        self.window, self.lookback_chars, self.threshold_chars = window, lookback_chars, threshold_chars


@Language.factory(
    COMPONENT,
    requires=["doc._.organizations", "doc.sents", "token.pos"],
    assigns=["doc.spans", "doc._.facts"],
    default_config={"window": 8, "lookback_chars": 1500, "threshold_chars": 60},
)
def make_component(nlp: Language, name: str, window: int, lookback_chars: int, threshold_chars: int):
    """``window``: the most tokens between a cue (member verb, subject words) and the count;
    ``lookback_chars``: how far back an anaphoric subject (``l'association``, ``ses``) looks for its
    organization; ``threshold_chars``: how far back ``franchit le cap des`` is read before a count."""
    settings = _Settings(window, lookback_chars, threshold_chars)
    rules = RuleSet(nlp.vocab, SPAN_GROUP)
    tools = on_demand(nlp)
    members, entities, headcount = (
        lexicon_forms("member_count/member_nouns"), lexicon_forms("member_count/member_entity_nouns"), lexicon_forms("member_count/headcount_nouns")
    )

    def detect(doc: Doc) -> Doc:
        kept, text = [], doc_text(doc)
        for span in rules.matches(doc, code=False):
            found = _member_phrase(doc, text, span, members, entities, headcount)
            if found is not None:
                kept.append(found)
        doc.spans[SPAN_GROUP] = kept  # the member phrases the cue finders read (finders.py)
        # a phrase stated by a cue of its own rule line takes that rule's id: the record's source
        cued = {(s.start, s.end): s for s in rules.found(doc, tools=tools, window=window, lookback_chars=lookback_chars)}
        facts = []
        for span in span_group(doc, SPAN_GROUP):
            fact = _value(doc, span, tools, settings)
            if fact is not None:
                span = cued.get((span.start, span.end), span)
            facts.append((span, fact))
        set_facts(doc, SPAN_GROUP, facts)
        doc.user_data.pop(MEMO, None)
        return doc

    return detect


def _member_phrase(doc: Doc, text: str, span: Span, members, entities, headcount) -> Span | None:
    """The count + noun phrase span, labelled ``member`` or ``headcount``; None otherwise."""
    noun = _LAST_WORD.search(span.text)
    if noun is None or _DATE_PART.search(text[max(0, span.start_char - 3) : span.start_char]):
        return None  # "2017-06 Membre du réseau": the end of a date, not a count
    head = noun.group(1).lower()
    end = span.end_char
    if head in lexicon_forms("member_count/prenominal_adjectives") and (after := _NEXT_WORD.match(text[end : end + 40])) \
            and after.group(1).lower() in entities:
        head, end = after.group(1).lower(), end + after.end()  # "80 grands groupes", "200 jeunes entreprises"
    if head in entities and (of := _OF_COMPANIES.match(text[end : end + 30])):
        end += of.end()  # "300 chefs d'entreprise", "40 pépinières d'entreprises"
    following = _NEXT_WORD.match(text[end : end + 40])
    second = following.group(1).lower() if following else None
    third = _NEXT_WORD.match(text[end + following.end() : end + following.end() + 40]) if following else None
    if head in entities and second in members:
        label, end = "member", end + following.end()
    elif head in entities and third is not None and third.group(1).lower() in members and _is_adjective(doc, end + following.start(1)):
        label, end = "member", end + following.end() + third.end()  # "300 entreprises industrielles adhérentes"
    elif head not in members | headcount and second in members and second.endswith("s") and _is_common_noun(doc, span.end_char - len(head)):
        label, end = "member", end + following.end()  # "25 pays membres", "40 villes adhérentes": any noun + a member noun
    elif head in entities:
        label, end = "entity", _two_noun_end(text, end, entities)  # "140 entreprises et organismes"
    elif head in members:
        label = "member"
        if following is not None:
            token = _token_at(doc, end + following.start(1))
            if token is not None and token.pos_ == "ADJ" and not token.is_title:
                end += following.end()
    elif head in headcount:
        label = "headcount"
    else:
        return None
    phrase = doc.char_span(span.start_char, end, alignment_mode="expand")
    if phrase is None:
        return None
    return Span(doc, phrase.start, phrase.end, label=label, span_id=span.id_)


_OF_COMPANIES = re.compile(r"^\s+d['’]\s*entreprises?\b", re.IGNORECASE)
_AND_NOUN = re.compile(r"^\s+(?:et|ou)\s+([^\W\d_][\w-]*[^\W\d_])", re.IGNORECASE)


def _two_noun_end(text: str, end: int, entities) -> int:
    """The end of ``entreprises et organismes`` (two entity nouns joined by et/ou), else ``end``."""
    joined = _AND_NOUN.match(text[end : end + 40])
    return end + joined.end() if joined and joined.group(1).lower() in entities else end


def _is_adjective(doc: Doc, char: int) -> bool:
    token = _token_at(doc, char)
    return token is not None and token.pos_ == "ADJ" and token.is_lower


def _is_common_noun(doc: Doc, char: int) -> bool:
    token = _token_at(doc, char)
    return token is not None and token.pos_ == "NOUN" and token.is_lower


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None



def _value(doc: Doc, span: Span, tools: OnDemand, settings: _Settings) -> dict | None:
    """The record fields of a member phrase stated as a membership size (else None)."""
    if span.label_ not in {"member", "entity"}:
        return None
    parsed = count_and_unit(surface(span).text)
    if parsed is None:
        return None
    count, unit, qualifier = parsed
    if span.label_ == "entity":
        cue = adhere_cue(doc, span)
        if cue is not None and cue.kind == "compose" and complement_mention(doc, cue) is None:
            cue = None  # "900 entreprises composent la filière": no organization named
        if cue is not None:
            return {"organization": _adhered_organization(doc, span, cue, settings), "count": count, "unit": unit,
                    "qualifier": qualifier}
        named = _association_before_parenthesis(doc, span, tools, settings)
        if named is not None:  # "la Fédération des X (FX, 19 fédérations)"
            return {"organization": named, "count": count, "unit": unit, "qualifier": qualifier}
        stated = entity_statement(doc, span, tools, settings.window)
        if stated is not None:  # "le réseau est composé de 28 associations", "une association de 11 entreprises"
            organization = None if unnamed_group(doc, stated, tools) else _organization(doc, span, stated, tools, settings)
            return {"organization": organization, "count": count, "unit": unit, "qualifier": qualifier}
        if grouping_verb(doc, span, tools, settings.window) is None:
            return None  # no grouping verb, or a subset, a list, supported start-ups (groups.py)
        organization = association_subject(doc, span, tools, settings.lookback_chars)
        if organization is None:
            organization = group_organization(doc, span, tools, settings.window, settings.lookback_chars)
        if organization is None:
            return None
        return {"organization": organization, "count": count, "unit": unit, "qualifier": qualifier}
    cue = statement_cue(doc, span, tools, settings.window)
    if cue is None:
        return None
    if qualifier is None and _THRESHOLD.search(doc_text(doc)[max(0, span.start_char - settings.threshold_chars) : span.start_char]):
        qualifier = "over"  # "franchit le cap des 500 adhérents"
    organization = _organization(doc, span, cue, tools, settings)
    if organization is _EVENT:
        return None  # "la soirée a réuni 300 adhérents": participants
    return {"organization": organization, "count": count, "unit": unit, "qualifier": qualifier}


_EVENT = object()  # _organization's answer when the cue verb's subject is an event: no membership


_THRESHOLD = re.compile(
    r"\b(?:franchi\w*|dépass\w*|passe|passé|passant)\s+(?:le|la)\s+(?:cap|barre|seuil)\s+(?:des|de|d['’])\s*$",
    re.IGNORECASE,
)


def _association_before_parenthesis(doc: Doc, span: Span, tools: OnDemand, settings: _Settings) -> str | None:
    """Bare entity nouns in parentheses right after an association's name: its size (a company's
    ``(30 sociétés)`` are subsidiaries, an incubator's ``(30 start-up)`` hosted: not kept)."""
    cue = statement_cue(doc, span, tools, settings.window)
    if cue is None or cue.kind != "parenthesis":
        return None
    before = doc_text(doc)[: cue.token.idx].rstrip()
    named = [org for org in doc._.organizations or [] for m in org.mentions if m.end == len(before)]
    if named and (named[0].kind == "association" or span[-1].lower_ in lexicon_forms("member_count/group_member_nouns")):
        return named[0].name
    return None


def _adhered_organization(doc: Doc, span: Span, cue: Cue, settings: _Settings) -> str | None:
    """The organization mention of the ``à`` complement, else (``à ce réseau``) the nearest one before."""
    named = complement_mention(doc, cue)
    if named is not None:
        return named.name
    if doc[cue.token.i + 1].lower_ == "aux":
        return None  # "adhèrent aux organisations de la filière": several, unnamed
    return nearest_preceding(doc._.organizations or [], span.start_char, settings.lookback_chars)


def _organization(doc: Doc, span: Span, cue: Cue, tools: OnDemand, settings: _Settings) -> str | None:
    orgs = doc._.organizations or []
    if cue.kind == "complement":
        return complement_organization(doc, span).name
    if cue.kind in ("parenthesis", "apposition"):  # "Valdor Num (80 adhérents)", "X, 80 adhérents,": the name before
        before = doc_text(doc)[: cue.token.idx].rstrip()
        named = [org for org in orgs for m in org.mentions if m.end == len(before)]
        if named:
            return named[0].name
    if cue.kind in ("fort-de", "avec"):  # "Forte de 160 adhérents, ..., X sert ...": the subject after the phrase
        sent_start = doc[sentence_start(span)].idx
        earlier = [m for org in orgs for m in org.mentions if sent_start <= m.start < span.start_char]
        sent_end = span.sent.end_char if span.sent is not None else len(doc_text(doc))
        later = sorted((m.start, org) for org in orgs for m in org.mentions if span.end_char <= m.start < sent_end)
        if not earlier:
            name = _name_after_comma(doc, span)
            named = [org.name for _, org in later if fold_org(org.name) == fold_org(name or "")
                     or (name and fold_org(org.name).startswith(fold_org(name) + " "))]  # "Coop" of "Coop for Valbrune"
            if named or name or later:
                return named[0] if named else name or later[0][1].name
    after_name = _participle_after_name(doc, cue, orgs)
    if after_name is not None:
        return after_name
    subject = subject_tokens(doc, span, cue, tools, settings.window)
    if event_subject(subject):
        return _EVENT
    if subject:
        lo, hi = subject[0].idx, subject[-1].idx + len(subject[-1])
        inside = [
            (m.start, org) for org in orgs for m in org.mentions if m.start < hi and m.end > lo
        ]
        if inside:
            return max(inside, key=lambda pair: pair[0])[1].name
        folded = f" {fold_org(doc_text(doc)[lo:hi])} "
        named = [org for org in orgs if fold_org(org.name) and f" {fold_org(org.name)} " in folded]
        if named:
            return max(named, key=lambda org: len(org.name)).name
    antecedent = relative_antecedent(doc, subject, orgs)
    if antecedent:
        return antecedent
    name = _proper_name(doc, subject)
    if name:
        return name
    anaphors = lexicon_forms("organization/anaphors") | lexicon_forms("member_count/addressee_pronouns")
    refers_back = cue.kind in ("possessive", "parenthesis", "apposition", "fort-de", "avec", "definite", "figure", "composed", "c-est", "avec-clause") or (cue.kind == "collective" and cue.token is None) or any(t.lower_ in anaphors or tools.lemma(t).lower() in anaphors for t in subject)
    if refers_back or (cue.token is not None and not subject):
        return nearest_preceding(orgs, span.start_char, settings.lookback_chars)
    return None


def _participle_after_name(doc: Doc, cue: Cue, orgs: list) -> str | None:
    """``l'association X, comptant 260 membres``: a present participle right after ``Name,`` is said of it."""
    verb = cue.token
    if verb is None or verb.i < 2 or doc[verb.i - 1].text != "," or not verb.lower_.endswith("ant"):
        return None
    comma = doc[verb.i - 1].idx
    named = [org for org in orgs for m in org.mentions if m.end <= comma and not doc_text(doc)[m.end : comma].strip()]
    return named[0].name if named else None


def _name_after_comma(doc: Doc, span: Span) -> str | None:
    """``Forte de 160 adhérents, représentant ..., Kalinova sert ...``: a proper name opening a clause."""
    end = span.sent.end if span.sent is not None else len(doc)
    for k in range(span.end, min(end, span.end + 25) - 1):
        if doc[k].text == "," and (stop := name_end(doc, k + 1)) > k + 1 \
                and not (doc[k + 1].ent_type_ == "PER" and stop - k > 2):  # a person is two words or more
            return doc[k + 1 : stop].text
    return None


def _proper_name(doc: Doc, subject: list[Token]) -> str | None:
    """``La Grappe`` from a capitalised, non-person subject; None for common nouns and pronouns."""
    anaphors = lexicon_forms("organization/anaphors")
    capitals = [
        t
        for t in subject
        if t.is_title and t.pos_ in {"PROPN", "NOUN", "ADJ", "X"} and t.lower_ not in anaphors and t.ent_type_ != "PER"
    ]
    if not capitals:
        return None
    first, last = capitals[0], capitals[-1]
    if first.i > 0 and doc[first.i - 1].pos_ == "DET" and doc[first.i - 1].is_title and doc[first.i - 1] in subject:
        first = doc[first.i - 1]
    return doc[first.i : last.i + 1].text.strip() or None
