"""Persons: one record per person and article, from ``PER`` entities checked against cues.

- civility is stripped from the name (``M. Lefort`` → ``Lefort``) but kept in the
  mention (``"M. Lefort"``, ``"Mme Dubois"``, the text a reader sees);
- a short form (a surname, or civility + surname) is attached to the one full name
  of the article that ends with it, so ``M. Lefort`` is a mention of ``Ana Lefort``;
  the name is the fullest form (``Marie Kerlo Dantec``); a multi-word surname is a
  short form too (``M. Le Goff`` of ``Yannick Le Goff``);
- the same first name with a surname one letter off (``Paul Moreau`` / ``Paul
  Moureau``) is one person, named as first written;
- a name right after a role title is a person even when the NER says otherwise
  (``affirme le Pdg, Yvan K.``); so is the name in a photo credit (``© Prénom Nom``);
- rejected: a span that is an organization of the article or bears its name (the NER tags ``Ondalys``,
  ``Vextra`` as persons), a role title (``Premier Ministre``, ``Président``), a lone
  capitalized word with no civility and no full name ending with it (``Fabrique``,
  ``Booster``);
- roles come from :mod:`presse2data.facts.role` (its component runs after this one).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import extensions  # noqa: F401  (registers doc._.persons)
from ...extensions import Entity
from ...lang.names import fold_name
from ...lang.tokens import doc_text, find_word, source_of
from ...record_base import Mention
from ...lang.rules import RuleSet
from ..role.titles import titles
from . import SPEC, cues  # noqa: F401  (cues registers the finders the rule lines name)
from .normalize import CIVILITIES, has_civility, strip_civility

NAME_TOKENS = 3  # default of the factory's name_tokens
# the tokenizer may split "M." into "M" "."
_CIVILITY_TOKENS = {*CIVILITIES, "M"}


def _with_civility(span: Span) -> Span:
    """Extend a PER span one token left over a civility (``M.`` ``Lefort``)."""
    if span.start > 0 and span.doc[span.start - 1].text in _CIVILITY_TOKENS:
        return span.doc[span.start - 1 : span.end]
    return span


def _trim(span: Span) -> Span:
    """Drop trailing punctuation or whitespace the NER let into a span."""
    end = span.end
    while end > span.start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    return span.doc[span.start : end]


def _before_separator(span: Span) -> Span:
    """A name stops at a spaced dash, a bar or a comma the recognizer let in (``Prénom Nom - Agence``)."""
    for i in range(span.start + 1, span.end):
        tok = span.doc[i]
        if tok.text in ("|", ",") or (tok.text in ("-", "–", "—") and span.doc[i - 1].whitespace_):
            return span.doc[span.start : i]
    return span


def _before_org(span: Span, orgs: set[int]) -> Span:
    """The part of a PER span before an organization the NER glued to it (``Prénom Nom - Agence``)."""
    cut = next((t for t in range(span.start, span.end) if t in orgs), None)
    return span if cut is None else _trim(span.doc[span.start : cut])


def _org_tokens(doc: Doc) -> set[int]:
    tokens = set()
    for rec in doc._.organizations or []:
        for m in rec.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                tokens.update(range(span.start, span.end))
    return tokens


def _is_title(text: str) -> bool:
    folded = fold_name(text)
    return any(folded == " ".join(key) for key in _title_keys())


def _title_keys():
    return titles()


@cache
def _cue_rules(vocab) -> RuleSet:
    return RuleSet(vocab, SPEC.name)


def _person_spans(doc: Doc, name_tokens: int) -> list[Span]:
    orgs = _org_tokens(doc)
    org_names = {fold_name(r.name) for r in doc._.organizations or []}
    spans = []
    for ent in doc.ents:
        if ent.label_ == "PER":
            span = _before_org(_trim(_before_separator(_with_civility(ent))), orgs)
            if len(span):
                spans.append(span)
    taken = {t for s in spans for t in range(s.start, s.end)}
    cues = _cue_rules(doc.vocab).matches(doc, longest=False, name_tokens=name_tokens)  # models/person/rules.jsonl, found by .cues
    spans += [s for s in cues if not any(t in taken for t in range(s.start, s.end))]
    kept = []
    for span in spans:
        name = strip_civility(span.text)
        if not name or not any(c.isupper() for c in name) or "\n" in span.text:
            continue
        if any(t in orgs for t in range(span.start, span.end)) or _is_title(name) or fold_name(name) in org_names:
            continue
        kept.append(span)
    kept = [s for s in kept if not _affiliation_of(s, kept)]
    full = {fold_name(strip_civility(s.text)) for s in kept if len(strip_civility(s.text).split()) > 1}
    out = []
    for span in sorted(kept):
        name = strip_civility(span.text)
        if len(name.split()) == 1 and not has_civility(span.text):
            if not any(k.endswith(" " + fold_name(name)) for k in full):
                continue
        out.append(span)
    return out


def _affiliation_of(span: Span, spans: list[Span]) -> bool:
    """``Prénom Nom (Insa de Rouen)``: a name filling the parentheses right after a person is their
    affiliation, not a second person."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    return any(other.end == span.start - 1 for other in spans if other is not span)


def _one_letter_off(a: str, b: str) -> bool:
    """One letter substituted, added or dropped (a typo in a surname of at least 4 letters)."""
    if min(len(a), len(b)) < 4 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _same_person(key: str, other: str) -> bool:
    a, b = key.split(), other.split()
    return len(a) == len(b) >= 2 and a[:-1] == b[:-1] and _one_letter_off(a[-1], b[-1])


def _complete_mentions(doc: Doc, groups: dict[str, list[Span]], display: dict[str, str], orgs: set[int]) -> None:
    """Other occurrences of a full name the NER labelled otherwise (``le ministre X`` tagged ORG)."""
    taken = {t for group in groups.values() for s in group for t in range(s.start, s.end)}
    text = doc_text(doc)
    for key, group in groups.items():
        name = display[key]
        if len(name.split()) < 2:
            continue
        for start, end in find_word(text, name):
            span = doc.char_span(start, end)
            if span is None or any(t in taken or t in orgs for t in range(span.start, span.end)):
                continue
            group.append(span)
            taken.update(range(span.start, span.end))
        group.sort()


@Language.factory(SPEC.factory, requires=["doc.ents", "doc._.organizations"], assigns=["doc._.persons"],
                  default_config={"name_tokens": NAME_TOKENS})
def make_component(nlp: Language, name: str, name_tokens: int):
    """``name_tokens``: the most tokens of a name read after a title or a photo credit."""
    def component(doc: Doc) -> Doc:
        doc._.persons = persons(doc, name_tokens)
        return doc

    return component


def persons(doc: Doc, name_tokens: int = NAME_TOKENS) -> list[Entity]:
    """The persons of the article, in order of first mention (``name_tokens``: the most tokens of a
    name read after a title or a photo credit)."""
    spans = _person_spans(doc, name_tokens)
    names = [strip_civility(s.text) for s in spans]
    full: dict[str, str] = {}
    for n in names:
        if len(n.split()) > 1:
            key = fold_name(n)
            twin = next((k for k in full if _same_person(key, k)), None)
            if twin is None:
                full.setdefault(key, n)
    # "M. Le Goff": a multi-word surname is a short form of the full name ending with it
    full = {k: n for k, n in full.items() if not any(o != k and o.endswith(" " + k) for o in full)}
    groups: dict[str, list[Span]] = {}
    display: dict[str, str] = {}
    for span, name in zip(spans, names):
        key = fold_name(name)
        if key not in full:
            twin = next((k for k in full if _same_person(key, k)), None)
            owners = [k for k in full if k.endswith(" " + key) or k.endswith(key) and len(key.split()) > 1]
            if twin is not None:
                key = twin
            elif len(owners) == 1:
                key = owners[0]
        groups.setdefault(key, []).append(span)
        candidate = full.get(key, name)
        if len(candidate) > len(display.get(key, "")):
            display[key] = candidate
    _complete_mentions(doc, groups, display, _org_tokens(doc))
    return [
        Entity(
            name=display[key],
            source=source_of(group[0], "ner"),
            mentions=[Mention(start=s.start_char, end=s.end_char, text=s.text) for s in group],
            spans=group,
        )
        for key, group in groups.items()
    ]
