"""What every fact module receives besides the Doc."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token


# Components run on demand, for the few tokens or sentences a rule asks about,
# instead of over every token (see pipeline.build_nlp).
_lemmatizer = None
_tok2vec = _parser = None


def use_lemmatizer(component) -> None:
    """Lemmatize on demand with ``component``."""
    global _lemmatizer
    _lemmatizer = component


def use_parser(tok2vec, parser) -> None:
    """Parse on demand with ``parser`` (which reads ``tok2vec``'s output)."""
    global _tok2vec, _parser
    _tok2vec, _parser = tok2vec, parser


def parsed_sentence(span: Span) -> tuple[Doc, int]:
    """A dependency-parsed copy of ``span``'s sentence and the offset of its first token.

    Token ``i`` of the copy is token ``i + offset`` of ``span.doc``. When the pipeline
    parsed the doc already (or no parser is known), the doc itself comes back, offset 0.
    """
    doc = span.doc
    if _parser is None or doc[span.start].dep_:
        return doc, 0
    sent = span.sent
    cache = doc.user_data.setdefault("presse2data.parses", {})
    if sent.start not in cache:
        copy = sent.as_doc()
        if not copy.tensor.size:
            copy = _tok2vec(copy)
        cache[sent.start] = _parser(copy)
    return cache[sent.start], sent.start


def lemma_of(token: Token) -> str:
    """The token's lemma: set by a lemmatizer in the pipeline, else computed for this token only."""
    if token.lemma_:
        return token.lemma_
    if _lemmatizer is not None and token.pos_:
        lemmas = _lemmatizer.rule_lemmatize(token)
        if lemmas:
            return lemmas[0]
    return token.lower_


@dataclass
class ArticleContext:
    """One article being extracted; ``found`` holds the records of the types already built."""

    article_id: str
    reference_date: dt.date | None = None
    found: dict[str, list] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)  # derived data a module computes once per article


def sentence_start(span: Span) -> int:
    """First token of ``span``'s sentence, or 0 when the pipeline sets no sentences.

    (``doc.has_annotation`` scans the whole Doc; asking the span costs one sentence.)"""
    try:
        return span.sent.start
    except ValueError:  # E030: no sentence boundaries
        return 0


def span_group(doc: Doc, name: str) -> list[Span]:
    """The spans a component stored in ``doc.spans[name]``, sorted (empty if it did not run)."""
    return sorted(doc.spans[name]) if name in doc.spans else []


def located(span: Span, ctx: "ArticleContext", component: str) -> dict:
    """Fields every record built from a rule span shares: article, surface, offsets, rule."""
    shown = surface(span)
    return {
        "article_id": ctx.article_id,
        "text": shown.text,
        "start": shown.start,
        "end": shown.end,
        "source": source_of(span, component),
    }


def source_of(span: Span, default: str) -> str:
    """``rule:<id>`` for a rule match, else the component name."""
    return f"rule:{span.id_}" if span.id_ else default


_CLOSING = set(',;:!?»"″”’)]…')


class Surface(NamedTuple):
    start: int
    end: int
    text: str


def surface(span: Span) -> Surface:
    """Offsets and text of a rule span without the closing punctuation that token
    alignment glued to it (``printemps 2017″.`` → ``printemps 2017``, ``390 k€.`` → ``390 k€``)."""
    text = span.text
    # a final "." goes unless it ends an abbreviation (sept., janv.)
    while text and (text[-1] in _CLOSING or (text[-1] == "." and len(text) > 1 and not text[-2].isalpha())):
        text = text[:-1]
    return Surface(span.start_char, span.start_char + len(text), text)


def find_word(text: str, form: str, joiners: str = "") -> list[tuple[int, int]]:
    """Offsets of ``form`` in ``text`` where it is not glued to a letter or digit (or a ``joiners`` char).

    A plain search: no regex compiled per name, which a cache of patterns would thrash.
    """
    found, start = [], text.find(form)
    while start >= 0:
        end = start + len(form)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or before in joiners) and not (
            after.isalnum() or after == "_" or after in joiners
        ):
            found.append((start, end))
        start = text.find(form, start + 1)
    return found
