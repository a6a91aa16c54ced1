"""Organizations: the learned entity recognizer's ``ORG`` spans, typed and merged by rules.

Which span is an organization is learned (``models/learned/ner``, fine-tuned on press-train:
French Tech communities, clusters and technopoles named after a place, start-ups in lists,
``Nom (Société)`` affiliations get their label from their context). What stays rules is what
French closes:

- the kind, from a type noun before the name or heading it (``l'association X``, ``la start-up
  X``, ``Université de X``, ``Région X``) or a company word ending it (``X Capital``), from
  ``models/organization/type_nouns.txt``; when the text gives no cue, the record's kind is the
  guess of a classifier learned on press-train (:mod:`.kinds`, the model folder's ``kind.json``),
  kept apart (``guessed_kind``) so that the facts reading a kind (member counts) read cues only;
- the contract's non-organizations, a closed list (``models/organization/non_org_words.txt``):
  labels and programmes (``French Tech``, ``Pass French Tech``), generic references (``la
  Région``, ``le gouvernement``), titles (``Président``) and common acronyms (``THD``);
- one record per organization under its fullest name (:mod:`.cluster`): shorter and reordered
  forms, ``Région X`` / ``conseil régional de X``, an acronym and its expansion.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import extensions  # noqa: F401  (registers doc._.organizations)
from ...learned import learned_dir
from ...lang.modelfiles import load_lexicon
from ...lang.names import fold_org
from ..person.component import NAME_TOKENS
from ..person.cues import cue_spans
from . import SPEC, kinds
from .cluster import cluster
from .lexicons import non_org, type_nouns

COMPONENT = SPEC.factory
GROUP = SPEC.name
SOURCE = "organization/ner"
_SKIPPED_BEFORE = frozenset(load_lexicon("organization/skipped_before_name"))


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Without punctuation or spaces the recognizer let in at either end."""
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in ("#", "@"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in (")", "+", "!"):
        end -= 1
    return start, end


def kind_of(doc: Doc, start: int, end: int) -> str | None:
    """The kind a type noun before or heading the name gives (``l'association X``), or a company word ending it."""
    nouns, suffixes = type_nouns()
    first = doc[start].lower_
    if first in nouns and end - start > 1:
        return nouns[first].kind
    i = start - 1
    skipped = 0
    while i >= 0 and skipped < 3:
        j = _glued_word_start(doc, i)  # "start-up" is three tokens
        word = doc[j : i + 1].text.lower()
        if word in nouns:
            return nouns[word].kind
        if word not in _SKIPPED_BEFORE and doc[i].pos_ != "ADJ":
            break
        i = j - 1
        skipped += 1
    if end - start > 1:
        return suffixes.get(doc[end - 1].lower_)
    return None


def _glued_word_start(doc: Doc, i: int) -> int:
    """First token of the hyphenated word that ends at token ``i``."""
    while i > 0 and not doc[i - 1].whitespace_ and "-" in (doc[i - 1].text, doc[i].text):
        i -= 1
    return i


def is_non_org(text: str) -> bool:
    """A label, programme, generic reference or title the contract says is no organization."""
    table = non_org()
    return fold_org(text) in table["phrase"] or text.strip() in table["acronym"]


_SEPARATORS = frozenset({"|", ",", ";"})


_CONNECTORS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "à", "au", "aux", "en", "sur"})
MAX_COMPLETION = 6  # tokens


def _complete(doc: Doc, start: int, end: int) -> int:
    """The end of a name the recognizer cut after a function word: ``conseil régional d'`` + ``Alsace``,
    ``communauté d'agglomération du`` + ``Pays voironnais``; no name ends with ``de`` or ``du``.
    Capitalized words (joined by function words) and one adjective after them complete it; with
    none, the function words go."""
    if doc[end - 1].lower_ not in _CONNECTORS:
        return end
    j, last = end, end
    while j < len(doc) and j - end < MAX_COMPLETION:
        tok = doc[j]
        if tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text):
            j = last = j + 1
        elif tok.lower_ in _CONNECTORS:
            j += 1
        else:
            break
    if last > end and last < len(doc) and doc[last].pos_ == "ADJ" and doc[last].text.islower():
        last += 1  # "Pays voironnais", "Bretagne occidentale"
    while last == end and end > start and doc[end - 1].lower_ in _CONNECTORS:
        end = last = end - 1
    return last


def _pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at separators and line breaks, which no name crosses (``A | B``, ``A, B``, a table row)."""
    out, first = [], start
    for i in range(start, end):
        if doc[i].text in _SEPARATORS or "\n" in doc[i].text:
            out.append((first, i))
            first = i + 1
    out.append((first, end))
    return out


def detect(doc: Doc) -> list[Span]:
    """Organization spans of a Doc, ``span.label_`` = kind (or empty), ``span.id_`` = ``organization/ner``."""
    named = {i for span in cue_spans(doc, NAME_TOKENS) for i in range(span.start, span.end)}
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or named.intersection(range(ent.start, ent.end)):
            continue  # "le Pdg, Prénom Nom": a name right after a title is a person (a rule of the title lexicon)
        for piece_start, piece_end in _pieces(doc, ent.start, ent.end):
            start, end = _trim(doc, piece_start, piece_end)
            end = _complete(doc, start, end) if start < end else end
            if start >= end or is_non_org(doc[start:end].text):
                continue
            out.append(Span(doc, start, end, label=kind_of(doc, start, end) or "", span_id=SOURCE))
    return out


def guess_kinds(doc: Doc, organizations, model: kinds.KindModel | None) -> None:
    """The classifier's kind for each organization no cue gives a kind (none without a model)."""
    if model is None:
        return
    for org in organizations:
        if org.kind is None and org.spans:
            org.guessed_kind = model.predict(doc, org.spans)


@Language.factory(
    COMPONENT,
    requires=["doc.ents", "token.pos"],
    assigns=["doc.spans", "doc._.organizations"],
    default_config={"learned": ""},
)
def make_component(nlp: Language, name: str, learned: str):
    """``learned``: the model folder whose ``kind.json`` guesses kinds without a cue (default: the
    shipped one; a folder without it: rules only)."""
    model = kinds.load(learned or learned_dir())

    def component(doc: Doc) -> Doc:
        doc.spans[GROUP] = detect(doc)
        doc._.organizations = cluster(doc, doc.spans[GROUP])
        guess_kinds(doc, doc._.organizations, model)
        return doc

    return component
