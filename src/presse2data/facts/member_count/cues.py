"""The statement cues of member counts: what makes a member phrase (``140 adhérents``) a
stated membership size. The rule lines that are code (``"code": "member_count.<cue>"``) find
their phrases with these cues (:mod:`.finders`).

:func:`statement_cue` decides one cue per
phrase, in order (a governing body before the count: none; a complement naming the
organization; an opening parenthesis; a possessive; ``fort de``; a member verb), so a phrase
has at most one. The possessive and verb cues have no rule line: their records keep the id of
the rule that matched the phrase. Entity nouns (``entreprises et organismes``) count members
after ``adhèrent à`` (:func:`adhere_cue`) or under a grouping verb whose subject is an
association (:func:`association_subject`).
"""

from __future__ import annotations

import re
from functools import cache, wraps

from spacy.tokens import Doc, Span, Token

from ...lang.modelfiles import entry_forms, lexicon_fields, lexicon_format, load_lexicon
from ...lang.names import strip_accents
from ...lang.parsing import OnDemand
from ...lang.tokens import sentence_start
from . import SPEC

PHRASES = SPEC.name  # the span group the component fills with member phrases before the finders run


MEMO = "presse2data_member_count_cues"  # doc.user_data key; the component drops it when done


def per_phrase(cue_of):
    """One reading per Doc and phrase: the finders, the groups and the count's organization all ask
    a phrase for its cue; each reading parses and lemmatizes. Kept in ``doc.user_data[MEMO]`` while
    the component runs (it pops the memo before returning: a Doc never carries it out)."""

    @wraps(cue_of)
    def read(doc: Doc, span: Span, tools: OnDemand, window: int):
        memo = doc.user_data.setdefault(MEMO, {})
        key = (cue_of.__name__, span.start, span.end, span.label_, window)
        if key not in memo:
            memo[key] = cue_of(doc, span, tools, window)
        return memo[key]

    return read


@cache
def lexicon_forms(name: str) -> frozenset[str]:
    """The lowercased written forms of a lexicon."""
    fmt = lexicon_format(name)
    return frozenset(form.lower() for entry in load_lexicon(name) for form in entry_forms(entry, fmt))


@cache
def _grouping_verbs() -> frozenset[str]:
    """Member verbs flagged ``grouping``: they make bare entity nouns a membership size when an
    association is their subject (``l'association regroupe une centaine d'entreprises``)."""
    return frozenset(lexicon_fields(e)[0].lower() for e in load_lexicon("member_count/member_verbs")
                     if "grouping" in lexicon_fields(e)[1:])


@cache
def _association_nouns() -> frozenset[str]:
    """Anaphors flagged ``association``: ``cette association regroupe ...`` refers back to one."""
    return frozenset(lexicon_fields(e)[0].lower() for e in load_lexicon("organization/anaphors")
                     if "association" in lexicon_fields(e)[1:])


class Cue:
    """A statement cue: its kind (``complement``, ``parenthesis``, ``possessive``, ``fort-de``, ``verb``,
    ``collective``, ``definite``, ``avec``, ``apposition``, ``adhere``, ``grouping``) and the token that carries it, when one does."""

    def __init__(self, kind: str, token: Token | None = None, noun: Token | None = None):
        self.kind, self.token, self.noun = kind, token, noun  # noun: a collective cue's group noun


@per_phrase
def statement_cue(doc: Doc, span: Span, tools: OnDemand, window: int) -> Cue | None:
    """A member verb shortly before the count, a possessive, ``fort de``, a parenthesis after a
    name, or a complement naming the organization (``les 130 adhérents de l'association X``)."""
    sent_start = sentence_start(span)
    before = [t for t in doc[max(sent_start, span.start - window) : span.start]]
    clause = before[max((i + 1 for i, t in enumerate(before) if t.is_punct), default=0):]
    if any(t.lower_ in lexicon_forms("member_count/body_nouns") for t in clause) or _seats_or_goal(doc, span, sent_start, tools):
        return None  # "un conseil de surveillance comptant 25 membres": the size of a governing body
    if complement_organization(doc, span) is not None:
        return Cue("complement")
    if before:
        last = before[-1]
        if last.text == "(":
            return Cue("parenthesis", last)
        if last.text == "," and len(before) > 2 and before[-3].text == "(" and before[-2].text.isupper():
            return Cue("parenthesis", before[-3])  # "Groupe des X (GFI, 19 membres)": after the acronym
        if last.text == "," and span.end < len(doc) and doc[span.end].text in {",", ")", ".", ";"} and _name_ends_at(doc, last.idx):
            return Cue("apposition", last)  # "le cluster Kalinova, 120 adhérents, organise ..."
        if last.lower_ in lexicon_forms("member_count/possessives"):
            if len(before) > 1 and before[-2].lower_ == "avec" and before[-2].i == sent_start and span.end < len(doc) \
                    and doc[span.end].text == ",":
                return Cue("avec")  # "Avec ses 250 adhérents, Kalinova est ...": the name after it
            return Cue("possessive")
        if last.lower_ in {"est", "sont"} and len(before) > 1 and before[-2].lower_ in {"c'", "c’", "ce"}:
            return Cue("c-est")  # "Kalinova, c'est 180 adhérents et 12 salariés"
        if last.lower_ in {"de", "d'", "d’"} and len(before) > 1 and (
            tools.lemma(before[-2]).lower() in lexicon_forms("member_count/fort_de") or before[-2].lower_.rstrip("s") in lexicon_forms("member_count/fort_de")
        ):
            return Cue("fort-de")
        if last.lower_ == "avec" and last.i == sent_start and span.end < len(doc) and doc[span.end].text == ",":
            return Cue("avec")  # "Avec 300 adhérents, le club ...": like "fort de"
        if last.lower_ in _DE and len(before) > 1 and before[-2].lower_ in lexicon_forms("member_count/composed_words"):
            said_of = doc[max(sent_start, before[-2].i - 6) : before[-2].i]  # "l'assemblée générale, composée de"
            if any(t.lower_ in lexicon_forms("member_count/body_nouns") for t in said_of):
                return None
            return Cue("composed", before[-2])  # "le réseau est composé de 28 associations"
    collective = collective_cue(doc, span)
    if collective is not None:
        return collective
    verbs = lexicon_forms("member_count/member_verbs")
    if span.label_ == "member":  # "compte aujourd'hui, selon son président X, plus de 300 adhérents": an aside between
        before = list(doc[max(sent_start, span.start - window - _ASIDE_EXTRA) : span.start])
    for token in reversed(before):
        if token.is_punct and token.text in {".", ";", "!", "?"}:
            break
        if _is_member_verb(token, verbs, tools):
            return Cue("verb", token)
    if before and before[-1].lower_ in lexicon_forms("member_count/definite_articles") and span.label_ == "member":
        return Cue("definite")  # "les 400 membres du pôle ont renouvelé ...": a known size
    avec = [t for t in before[-2:] if t.lower_ == "avec"]
    if avec and span.label_ == "member" and avec[-1].i > sent_start and (
            doc[avec[-1].i - 1].text == "," and avec[-1].i == span.start - 1
            or [t.lower_ for t in doc[avec[-1].i + 1 : span.start]] in ([w] for w in _NOW)) \
            and not any(t.lower_ in lexicon_forms("member_count/event_nouns") for t in doc[sent_start : avec[-1].i]):
        verbs = [t for t in doc[sent_start : avec[-1].i] if t.pos_ in {"VERB", "AUX"}]
        return Cue("avec-clause", verbs[-1] if verbs else None)  # "le club s'agrandit avec désormais 640 adhérents"
    if all(t.is_space for t in before) and span.label_ == "member" and span.end < len(doc) and doc[span.end].text in {",", ";"}:
        return Cue("figure")  # "95 adhérents, 30 ateliers, 4 salons": key figures
    if before and before[-1].text == ":" and span.label_ == "member" and (
            span.end == len(doc) or doc[span.end].text in {",", ";", "."} or doc[span.end].is_space):
        goals = lexicon_forms("member_count/goal_words")
        if not any(t.lower_ in goals or tools.lemma(t).lower() in goals for t in doc[max(sent_start, before[-1].i - 4) : before[-1].i]):
            return Cue("figure")  # "Chiffres clés : 300 adhérents, 12 salariés" (not "objectif : 500 membres")
    return None


def _seats_or_goal(doc: Doc, span: Span, sent_start: int, tools: OnDemand) -> bool:
    """Seats of a body or a target, not a membership: ``les 17 membres du bureau``, ``devra élire
    4 membres``, ``le conseil d'administration a été renouvelé, passant à 60 membres`` (a body noun
    or an election word earlier in the sentence with no organization or organization noun after it),
    ``espère atteindre les 350 membres`` (a goal word in the clause before the count)."""
    bodies, elections = lexicon_forms("member_count/body_nouns"), lexicon_forms("member_count/election_words")
    k = span.end
    if k + 1 < len(doc) and doc[k].lower_ in {"du", "de", "des", "d'", "d’"} and any(
            t.lower_ in bodies for t in doc[k + 1 : min(k + 3, len(doc))]):
        return True  # "les 17 membres du bureau"
    before = doc[sent_start : span.start]
    marks = [t.i for t in before if t.lower_ in bodies or t.lower_ in elections or tools.lemma(t).lower() in elections]
    if marks:
        starts = {m.start for org in doc._.organizations or [] for m in org.mentions}
        holders = lexicon_forms("organization/anaphors") - lexicon_forms("member_count/body_nouns")
        if not any(t.idx in starts or (t.lower_ in holders and t.pos_ == "NOUN") for t in doc[marks[-1] + 1 : span.start]):
            return True
    clause = [t for t in doc[max(sent_start, span.start - 8) : span.start]]
    clause = clause[max((i + 1 for i, t in enumerate(clause) if t.is_punct and t.text not in {"'", "’"}), default=0):]
    goals = lexicon_forms("member_count/goal_words")
    return any(t.lower_ in goals or tools.lemma(t).lower() in goals for t in clause)


_DE = {"de", "d'", "d’"}
_NOW = ("désormais", "aujourd'hui", "aujourd’hui", "maintenant", "déjà", "actuellement")  # "avec désormais 640 adhérents"
_ASIDE_EXTRA = 4  # member nouns (adhérents, membres): the verb may stand this many tokens further back


def collective_cue(doc: Doc, span: Span) -> Cue | None:
    """``un réseau de N``: the collective noun before ``de`` (a one-word complement may come between:
    ``un écosystème d'innovation de``); the cue's token is the nearest verb before it in the sentence."""
    k = span.start - 1
    if k < 1 or doc[k].lower_ not in _DE:
        return None
    collectives = lexicon_forms("member_count/collective_nouns")
    for j in (k - 1, k - 3):
        if j >= 0 and doc[j].lower_ in collectives and (j == k - 1 or doc[j + 1].lower_ in _DE):
            start = sentence_start(span)
            verbs = [t for t in doc[start:j] if t.pos_ in {"VERB", "AUX"}]
            return Cue("collective", verbs[-1] if verbs else None, doc[j])
    return None



@cache
def _entity_collectives() -> frozenset[str]:
    """Collective nouns flagged ``entities``: ``une association de 11 entreprises`` counts members."""
    return frozenset(lexicon_fields(e)[0].lower() for e in load_lexicon("member_count/collective_nouns")
                     if "entities" in lexicon_fields(e)[1:])


@per_phrase
def entity_statement(doc: Doc, span: Span, tools: OnDemand, window: int) -> Cue | None:
    """The statement cues that make bare entity nouns a membership size on their own: a make-up
    participle (``composé de 28 associations``; not ``personnes``, a headcount) or a group noun
    flagged ``entities`` (``une association de 11 entreprises``)."""
    cue = statement_cue(doc, span, tools, window)
    if cue is None:
        return None
    if cue.kind == "composed" and span[-1].lower_ not in lexicon_forms("member_count/headcount_nouns") \
            and not any(t.lower_ in lexicon_forms("member_count/headcount_nouns") for t in span):
        return cue
    if cue.kind == "collective" and cue.noun is not None and (cue.noun.lower_ in _entity_collectives() or _apposed(doc, cue.noun) is not None) \
            and not any(t.lower_ in lexicon_forms("member_count/headcount_nouns") for t in span) and not _founders(doc, span, cue, tools):
        return cue
    if cue.kind == "fort-de" and not any(t.lower_ in lexicon_forms("member_count/headcount_nouns") for t in span):
        return cue  # "Fort de 200 entreprises, le cluster X ..."
    return None


def _apposed(doc: Doc, noun: Token):
    """``Kalinova, réseau de 300 entreprises,`` / ``Kalinova, un réseau de ...``: a group noun in apposition
    right after the name of an organization that can have members (any collective noun then counts
    members); that organization, else None."""
    k = noun.i - 1
    if k >= 0 and doc[k].lower_ in {"un", "une"}:
        k -= 1
    if k < 0 or doc[k].text != ",":
        return None
    named = [org for org in doc._.organizations or [] for m in org.mentions if m.end == doc[k].idx]
    return named[0] if named and named[0].kind in MEMBER_KINDS else None


def _founders(doc: Doc, span: Span, cue: Cue, tools: OnDemand) -> bool:
    """``fondée par un collectif de 12 entreprises``: a founding word in the clause before the group noun."""
    start = sentence_start(span)
    clause = list(doc[max(start, cue.noun.i - 6) : cue.noun.i])
    clause = clause[max((i + 1 for i, t in enumerate(clause) if t.is_punct and t.text not in {"'", "’"}), default=0):]
    founding = lexicon_forms("member_count/founding_words")
    return any(t.lower_ in founding or tools.lemma(t).lower() in founding for t in clause)


def unnamed_group(doc: Doc, cue: Cue, tools: OnDemand) -> bool:
    """``pilotée par une association de 11 entreprises``: an indefinite group noun introduces a group the
    sentence does not name (not after être: ``X est une association de 40 entreprises``)."""
    noun = cue.noun
    if noun is None or noun.i == 0 or doc[noun.i - 1].lower_ not in {"un", "une"} or _apposed(doc, noun) is not None:
        return False
    return not (cue.token is not None and tools.lemma(cue.token).lower() == "être")


def event_subject(subject: list[Token]) -> bool:
    """A subject whose first noun is an event's (``le stand collectif monté au salon``): participants."""
    lines = [i for i, t in enumerate(subject) if "\n" in t.text]
    nouns = [t for t in subject[lines[-1] + 1 if lines else 0 :] if t.pos_ == "NOUN"]  # a heading glued before it is not the subject
    return bool(nouns) and nouns[0].lower_ in lexicon_forms("member_count/event_nouns")


def _name_ends_at(doc: Doc, char: int) -> bool:
    """An organization mention ends right before ``char``."""
    return any(m.end == char for org in doc._.organizations or [] for m in org.mentions)


_AUX_ADVERBS = {"y", "déjà", "ont", "avaient", "auront", "sont", "est", "étaient", "était", "seront", "aujourd'hui",
                "désormais", "actuellement", "toutes", "tous", "en", "font", "fait"}
_STOP_AFTER = {".", ";", "!", "?", ":", "dont", "qui", "que", "qu'", "qu’", "mais", "car"}
_ASIDE_TOKENS = 15  # "une quarantaine de sociétés, petites ou grandes, ont adhéré à X"


@cache
def _predicates() -> dict[str, str]:
    """``membres`` → member-of, ``réunis`` → gathered, ``composent`` → compose (membership_predicates.txt)."""
    return {lexicon_fields(e)[0].lower(): lexicon_fields(e)[1] for e in load_lexicon("member_count/membership_predicates")}


def adhere_cue(doc: Doc, span: Span) -> Cue | None:
    """``140 entreprises et organismes adhèrent à X``, ``ont rejoint X``, ``sont membres du réseau X``,
    ``font partie de X``, ``réunis au sein de l'association X``, ``composent le réseau X``: a form of
    adhérer (or rejoindre, or a membership predicate) after the entity nouns, a few words or an aside
    between but no other verb (the cue's kind: adhere, join, member-of, gathered, compose)."""
    end = span.sent.end if span.sent is not None else len(doc)
    for k in range(span.end, min(end, span.end + _ASIDE_TOKENS) - 1):
        token, nxt = doc[k], doc[k + 1]
        if token.lower_ in _STOP_AFTER and not (k == span.end and token.lower_ == "qui"):
            return None  # "ce sont 140 entreprises qui adhèrent au cluster X": the nouns' own relative goes on
        if strip_accents(token.lower_).startswith("adher") and nxt.lower_ in lexicon_forms("member_count/adhere_prepositions"):
            return Cue("adhere", token)
        if token.lower_ in {"rejoint", "rejoignent"} and nxt.pos_ in {"DET", "PROPN", "NOUN", "X"}:
            return Cue("join", token)  # "120 entreprises ont rejoint le réseau X": a direct object
        kind = _predicates().get(token.lower_)
        if kind == "member-of" and nxt.lower_ in _DE | {"du", "des"} and (token.lower_ != "partie" or any(
                t.lower_ in {"font", "fait", "faisant"} for t in doc[max(span.end, k - 3) : k])):
            return Cue("member-of", token)
        if kind == "member-of" and token.lower_ != "partie" and nxt.text in {".", ",", ";", "!"} \
                and doc[k - 1].lower_ in {"sont", "est", "étaient", "était", "restent", "deviennent", "devenues", "devenus"}:
            return Cue("member-of", token)  # "130 entreprises sont adhérentes.": of the organization before
        if kind == "gathered" and nxt.lower_ in {"au", "à", "dans", "par"} and not _funders_of_a_round(doc, span):
            return Cue("gathered", token)
        if kind == "compose" and nxt.pos_ in {"DET", "PROPN", "NOUN", "X", "ADV"}:
            return Cue("compose", token)
        if token.pos_ in {"VERB", "AUX"} and token.lower_ not in _AUX_ADVERBS:
            return None  # "120 entreprises ont participé au salon du réseau X"
    return None


_MONEY = re.compile(r"\d\s*(?:M€|k€|€)|\b(?:euros?|millions?|milliards?)\b", re.IGNORECASE)


def _funders_of_a_round(doc: Doc, span: Span) -> bool:
    """``financée par X et par 12 investisseurs regroupés dans Y``: the nouns follow
    ``par`` in a sentence about money: who took part in a round, not a membership."""
    if span.start == 0 or doc[span.start - 1].lower_ not in {"par", "auprès", "de"} and not (
            span.start > 1 and doc[span.start - 2].lower_ == "par"):
        return False
    sent = span.sent if span.sent is not None else doc[:]
    return _MONEY.search(sent.text) is not None


def complement_mention(doc: Doc, cue: Cue):
    """The organization named in the complement after a membership cue (``adhèrent à l'association X``,
    ``font partie du réseau X``, ``réunis au sein de l'association X``): up to 6 lowercase words between."""
    k = first = cue.token.i + (2 if cue.kind == "adhere" else 1)
    while k < len(doc) and k - first < 6 and doc[k].is_lower and not doc[k].is_punct:
        k += 1
    start = doc[k].idx if k < len(doc) else None
    for org in doc._.organizations or []:
        if any(m.start == start for m in org.mentions):
            return org
    return None


def association_subject(doc: Doc, span: Span, tools: OnDemand, lookback_chars: int) -> str | None:
    """``L'association X regroupe une centaine d'entreprises``: a grouping verb shortly before the count
    whose parsed subject is an association (a mention of kind association, or an association noun
    referring back to the nearest association before the subject); None otherwise."""
    sent_start = sentence_start(span)
    before = doc[max(sent_start, span.start - 3) : span.start]
    verbs = [t for t in before if tools.lemma(t).lower() in _grouping_verbs() and t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        return None
    sentence, offset = tools.parsed_sentence(span)
    parsed_verb = sentence[verbs[-1].i - offset]
    subjects = [c for c in parsed_verb.children if c.dep_.startswith("nsubj")]
    if not subjects:
        return None
    head = doc[subjects[0].i + offset]
    words = [doc[t.i + offset] for t in subjects[0].subtree]
    if event_subject(words):
        return None  # "le stand de l'association X au salon réunit 45 entreprises": exhibitors
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    orgs = doc._.organizations or []
    # a mention after a preposition inside the subject is a modifier ("affiliée au réseau Y"), not the subject
    cut = next((t.idx for t in words if t.i > head.i and t.lower_ in {"à", "au", "aux", "de", "du", "des", "par"}), hi)
    inside = [(m.start, org) for org in orgs for m in org.mentions if m.start < cut and m.end > lo]
    if inside:
        org = max(inside, key=lambda pair: pair[0])[1]
        return org.name if org.kind == "association" else None
    if head.lower_ in _association_nouns():
        return nearest_preceding(orgs, lo, lookback_chars)  # "Cette association regroupe ..."
    return None


def _is_member_verb(token: Token, verbs: frozenset[str], tools: OnDemand) -> bool:
    lemma = tools.lemma(token).lower()
    if lemma == "avoir" and token.i + 1 < len(token.doc) and "Part" in token.doc[token.i + 1].morph.get("VerbForm"):
        return False  # "après avoir recruté ...": an auxiliary, not "nous avons 300 adhérents"
    if lemma in verbs:
        return token.pos_ in {"VERB", "AUX", "NOUN"} or lemma != "avoir"
    form = strip_accents(token.lower_)
    for lemma in verbs:
        stem = strip_accents(lemma)[:-2]
        if len(lemma) >= 6 and form.startswith(stem) and token.pos_ != "PROPN":
            return True
    return False


def complement_organization(doc: Doc, span: Span):
    """``les 130 adhérents de l'association X``, ``170 membres du réseau X``: the organization mention
    in a ``de``/``à`` complement right after the member phrase (a type noun may come between)."""
    k = span.end
    if k >= len(doc) or doc[k].lower_ not in {"de", "d'", "d’", "du", "à", "au"}:
        return None
    k += 1
    while k < len(doc) and k - span.end <= 4 and doc[k].is_lower and not doc[k].is_punct:
        k += 1  # "l'", "la", a type noun
    start = doc[k].idx if k < len(doc) else None
    for org in doc._.organizations or []:
        if any(m.start == start for m in org.mentions):
            return org
    return None


MEMBER_KINDS = frozenset({"association", "other", None})


def nearest_preceding(orgs: list, position: int, lookback_chars: int) -> str | None:
    """The closest organization mention before ``position`` that can have members.

    Companies, public bodies and media are skipped when an organization of a
    compatible kind (association, other, or unknown) is within reach.
    """
    mentions = [
        (m.end, org) for org in orgs for m in org.mentions if m.end <= position and position - m.end <= lookback_chars
    ]
    if not mentions:
        return None
    compatible = [pair for pair in mentions if getattr(pair[1], "kind", None) in MEMBER_KINDS]
    return max(compatible or mentions, key=lambda pair: pair[0])[1].name
