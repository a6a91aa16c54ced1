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

Not member counts: a subset (``vingt de ses membres``: a count must be directly followed
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

from ... import extensions  # noqa: F401  (registers span._.fact)
from ...lang.modelfiles import load_lexicon
from ...lang.names import fold_org, strip_accents
from ...lang.parsing import OnDemand, on_demand
from ...lang.rules import RuleSet
from ...lang.tokens import sentence_start, span_group, surface
from . import SPEC
from .normalize import count_and_unit

COMPONENT = SPEC.factory
SPAN_GROUP = SPEC.name

# The last word of a text: the search starts only at the beginning of a [\w-] run (then
# skips its digits, _ and -), so a long hyphenated run is scanned once, not from each letter.
_LAST_WORD = re.compile(r"(?<![\w-])[\d_-]*+([^\W\d_][\w-]*[^\W\d_])$")
_NEXT_WORD = re.compile(r"^\s+([^\W\d_][\w-]*[^\W\d_])")
_POSSESSIVES = {"ses", "leurs", "nos", "ces", "son", "notre", "leur"}
_WINDOW = 8
_LOOKBACK_CHARS = 1500


def _lex(name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in load_lexicon(name))


@Language.factory(
    COMPONENT, requires=["doc._.organizations", "doc.sents", "token.pos"], assigns=["doc.spans", "span._.fact"]
)
def make_component(nlp: Language, name: str):
    rules = RuleSet(nlp.vocab, SPAN_GROUP)
    tools = on_demand(nlp)
    members, entities, headcount = (
        _lex("member_count/member_nouns"), _lex("member_count/member_entity_nouns"), _lex("member_count/headcount_nouns")
    )

    def detect(doc: Doc) -> Doc:
        kept, text = [], doc.text
        for span in rules.matches(doc):
            found = _member_phrase(doc, text, span, members, entities, headcount)
            if found is not None:
                kept.append(found)
        doc.spans[SPAN_GROUP] = kept
        for span in span_group(doc, SPAN_GROUP):
            span._.fact = _value(doc, span, tools)
        return doc

    return detect


def _member_phrase(doc: Doc, text: str, span: Span, members, entities, headcount) -> Span | None:
    """The count + noun phrase span, labelled ``member`` or ``headcount``; None otherwise."""
    noun = _LAST_WORD.search(span.text)
    if noun is None:
        return None
    head = noun.group(1).lower()
    end = span.end_char
    following = _NEXT_WORD.match(text[end : end + 40])
    second = following.group(1).lower() if following else None
    if head in entities and second in members:
        label, end = "member", end + following.end()
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


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None



def _value(doc: Doc, span: Span, tools: OnDemand) -> dict | None:
    """The record fields of a member phrase stated as a membership size, else None."""
    if span.label_ != "member":
        return None
    parsed = count_and_unit(surface(span).text)
    if parsed is None:
        return None
    count, unit, qualifier = parsed
    cue = _statement_cue(doc, span, tools)
    if cue is None:
        return None
    organization = _organization(doc, span, cue, tools)
    return {"organization": organization, "count": count, "unit": unit, "qualifier": qualifier}


class _Cue:
    def __init__(self, kind: str, token: Token | None = None):
        self.kind, self.token = kind, token


def _statement_cue(doc: Doc, span: Span, tools: OnDemand) -> _Cue | None:
    """A member verb shortly before the count, a possessive, ``fort de`` or a parenthesis."""
    sent_start = sentence_start(span)
    before = [t for t in doc[max(sent_start, span.start - _WINDOW) : span.start]]
    if before:
        last = before[-1]
        if last.lower_ in _POSSESSIVES or last.text == "(":
            return _Cue("possessive")
        if last.lower_ in {"de", "d'", "d’"} and len(before) > 1 and tools.lemma(before[-2]).lower() in {"fort", "riche"}:
            return _Cue("possessive")
    verbs = _lex("member_count/member_verbs")
    for token in reversed(before):
        if token.is_punct and token.text in {".", ";", "!", "?"}:
            break
        if _is_member_verb(token, verbs, tools):
            return _Cue("verb", token)
    return None


def _is_member_verb(token: Token, verbs: frozenset[str], tools: OnDemand) -> bool:
    lemma = tools.lemma(token).lower()
    if lemma in verbs:
        return token.pos_ in {"VERB", "AUX", "NOUN"} or lemma != "avoir"
    form = strip_accents(token.lower_)
    for lemma in verbs:
        stem = strip_accents(lemma)[:-2]
        if len(lemma) >= 6 and form.startswith(stem) and token.pos_ != "PROPN":
            return True
    return False


def _subject_tokens(doc: Doc, span: Span, cue: _Cue, tools: OnDemand) -> list[Token]:
    """Subject of the cue verb from the parse, else the words before it back to a comma or quote."""
    verb = cue.token
    if verb is None:
        return []
    sentence, offset = tools.parsed_sentence(span)
    parsed_verb = sentence[verb.i - offset]
    for head in (parsed_verb, parsed_verb.head):
        subjects = [c for c in head.children if c.dep_.startswith("nsubj") and c.i + offset < span.start]
        if subjects:
            return [doc[t.i + offset] for s in subjects for t in s.subtree]
    sent_start = sentence_start(span)
    words: list[Token] = []
    for token in reversed(doc[sent_start : verb.i]):
        if token.text in {",", "«", "»", '"', "“", "”", ";", ":", "(", ")"}:
            break
        words.insert(0, token)
    return words[-_WINDOW:]


def _organization(doc: Doc, span: Span, cue: _Cue, tools: OnDemand) -> str | None:
    orgs = doc._.organizations or []
    subject = _subject_tokens(doc, span, cue, tools)
    if subject:
        lo, hi = subject[0].idx, subject[-1].idx + len(subject[-1])
        inside = [
            (m.start, org) for org in orgs for m in org.mentions if m.start < hi and m.end > lo
        ]
        if inside:
            return max(inside, key=lambda pair: pair[0])[1].name
        folded = f" {fold_org(doc.text[lo:hi])} "
        named = [org for org in orgs if fold_org(org.name) and f" {fold_org(org.name)} " in folded]
        if named:
            return max(named, key=lambda org: len(org.name)).name
    antecedent = _relative_antecedent(doc, subject, orgs)
    if antecedent:
        return antecedent
    name = _proper_name(doc, subject)
    if name:
        return name
    anaphors = _lex("organization/anaphors")
    refers_back = cue.kind == "possessive" or any(t.lower_ in anaphors or tools.lemma(t).lower() in anaphors for t in subject)
    if refers_back or (cue.token is not None and not subject):
        return _nearest_preceding(orgs, span.start_char)
    return None


def _relative_antecedent(doc: Doc, subject: list[Token], orgs: list) -> str | None:
    """``X, qui compte 120 adhérents``: the organization mention right before the relative ``qui``."""
    if len(subject) != 1 or subject[0].lower_ not in {"qui", "lequel", "laquelle"}:
        return None
    start = subject[0].idx
    for org in orgs:
        for m in org.mentions:
            if m.end <= start and not doc.text[m.end : start].strip(" ,\u00a0"):
                return org.name
    return None


_MEMBER_KINDS = {"association", "other", None}


def _nearest_preceding(orgs: list, position: int) -> str | None:
    """The closest organization mention before ``position`` that can have members.

    Companies, public bodies and media are skipped when an organization of a
    compatible kind (association, other, or unknown) is within reach.
    """
    mentions = [
        (m.end, org) for org in orgs for m in org.mentions if m.end <= position and position - m.end <= _LOOKBACK_CHARS
    ]
    if not mentions:
        return None
    compatible = [pair for pair in mentions if getattr(pair[1], "kind", None) in _MEMBER_KINDS]
    return max(compatible or mentions, key=lambda pair: pair[0])[1].name


def _proper_name(doc: Doc, subject: list[Token]) -> str | None:
    """``La Grappe`` from a capitalised, non-person subject; None for common nouns and pronouns."""
    persons = {t.i for ent in doc.ents if ent.label_ == "PER" for t in ent}
    anaphors = _lex("organization/anaphors")
    capitals = [
        t
        for t in subject
        if t.is_title and t.pos_ in {"PROPN", "NOUN", "ADJ", "X"} and t.lower_ not in anaphors and t.i not in persons
    ]
    if not capitals:
        return None
    first, last = capitals[0], capitals[-1]
    if first.i > 0 and doc[first.i - 1].pos_ == "DET" and doc[first.i - 1].is_title and doc[first.i - 1] in subject:
        first = doc[first.i - 1]
    return doc[first.i : last.i + 1].text.strip() or None
