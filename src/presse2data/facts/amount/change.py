"""A change of value is two amounts, not a range: ``le budget est passé de 90 000 euros à
640 000 euros``. The ``amount/range`` rules run the check below (registered by name in
``models/amount/rules.jsonl``): a ``de X à Y`` right after a verb of change
(``models/amount/change_verbs.txt``) is no range; ``amount/change-from`` then reads X alone
and the ordinary rules read Y."""

from __future__ import annotations

from spacy.tokens import Span

from ...lang.modelfiles import load_lexicon
from ...lang.numbers import SCALE_ABBREVIATIONS, SCALE_WORDS
from ...lang.rules import rule_check

_CHANGE = frozenset(load_lexicon("amount/change_verbs"))


def after_change_verb(span: Span) -> bool:
    """``de X à Y`` (the ``de`` in the span or just before it) right after a verb of change."""
    doc = span.doc
    de = next((t.i for t in span if t.lower_ == "de"), None)
    if de is None and span.start > 0 and doc[span.start - 1].lower_ == "de":
        de = span.start - 1
    return de is not None and de > 0 and doc[de - 1].lower_ in _CHANGE


@rule_check("amount.not-a-change")
def not_a_change(span: Span) -> bool:
    return not after_change_verb(span)


def _is_scale(word: str) -> bool:
    return word.lower() in SCALE_WORDS or word in SCALE_ABBREVIATIONS


def with_shared_scale(span: Span, text: str) -> str:
    """``de 1,2 à 3,5 millions``: the value before takes the scale written after the value after."""
    doc, i = span.doc, span.end
    if any(_is_scale(t.text) for t in span) or i + 2 >= len(doc) or doc[i].lower_ != "à" or not doc[i + 1].like_num:
        return text
    scale = doc[i + 2].text
    return f"{text} {scale}" if _is_scale(scale) else text
