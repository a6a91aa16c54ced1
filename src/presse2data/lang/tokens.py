"""Token and span helpers every fact type uses: sentence start, a rule span's surface, word search."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span


def sentence_start(span: Span) -> int:
    """First token of ``span``'s sentence, or 0 when the pipeline sets no sentences.

    (``doc.has_annotation`` scans the whole Doc; asking the span costs one sentence.)"""
    try:
        return span.sent.start
    except ValueError:  # E030: no sentence boundaries
        return 0


_TEXT = "presse2data.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (no component changes a Doc's text, only its tokens).

    spaCy joins every token on each access: a rule that reads the text around each of its
    spans would otherwise pay the article's length per span."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return doc.user_data[_TEXT]


def glued_word_end(doc: Doc, i: int, stop: int) -> int:
    """End of the word at token ``i`` across glued hyphens, before ``stop``: the tokenizer
    cuts ``start-up`` into ``start - up``."""
    end = i + 1
    while end + 1 < stop and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return end


def span_group(doc: Doc, name: str) -> list[Span]:
    """The spans a component stored in ``doc.spans[name]``, sorted (empty if it did not run)."""
    return sorted(doc.spans[name]) if name in doc.spans else []


def located(span: Span, article_id: str, component: str) -> dict:
    """Fields every record built from a rule span shares: article, surface, offsets, rule."""
    shown = surface(span)
    return {
        "article_id": article_id,
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
