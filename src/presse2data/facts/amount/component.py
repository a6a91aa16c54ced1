"""Money amounts: detection by the regex rules of ``models/amount/rules.jsonl``, values by
:func:`presse2data.facts.amount.normalize.parse_amount`, stored on each span as ``doc._.facts``.

Rules (ids travel into ``source``):

- ``amount/range``: ``entre 5 et 8 millions d'euros``, ``de 10 à 12 M€``, ``5 à 8 millions d'euros``;
- ``amount/number-currency``: ``130 000 euros``, ``550.000 euros``, ``14,7 millions d’euros``,
  ``50 k€``, ``3 M$``, ``deux millions de dollars``, ``une dizaine de millions d'euros``;
- ``amount/currency-number``: ``$3 millions``, ``€50``, ``CHF 300 000``;
- ``amount/range-context``, ``amount/scaled-context``: a scaled number without currency
  (``70 millions``, ``entre 5 et 8 milliards``), kept only under the context-currency rule below,
  or when the article states the same amount with its currency elsewhere.

Every rule takes a qualifier in front (``plus de``, ``près de``, ``jusqu'à``, ...) into its span.

**Context-currency rule.** A number with a scale word (``millions``, ``milliards``,
``Md``) but no currency is an amount when a currency is stated in the same sentence,
else in the previous one, else in the next one; it takes that currency
(``un budget de 70 millions, dont 34 millions d'euros`` → 70 000 000 EUR;
``boucler les 70 millions du budget global. La partie immobilière se chiffre à 34
millions d'euros`` → 70 000 000 EUR). It is dropped when it counts something
else: directly followed by ``de``/``d'``/``du``/``des`` and a noun that is not a money
noun of ``models/amount/money_nouns.txt`` (``2 millions d'habitants``, ``3 millions de
visiteurs``; but ``70 millions du budget`` stays). A bare number without a scale
word (``19 émanent des collectivités``) is never an amount.

A bare ``livres`` is pounds only in a scaled sum not followed by what it is about
(``30 millions de livres`` → GBP; ``10 000 livres de cuisine`` counts books).

Not amounts, because no rule matches without a currency or a scale word:
percentages (``20 %``), years, phone numbers, ``3 000 m²``, counts of people
(``7 000 personnes``), versions (``Web 2.0``), ``S3``, ages (``23 ans``).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import set_facts
from ...lang.modelfiles import load_lexicon
from ...lang.rules import RuleSet
from ...lang.tokens import doc_text, span_group, surface
from . import SPEC, change  # noqa: F401  (change: registers the range check)
from .normalize import CURRENCY_ANYWHERE, find_currency, parse_amount

COMPONENT = SPEC.factory
SPAN_GROUP = SPEC.name

_FOLLOWING_NOUN = re.compile(r"^\s*(?:de\s+|d['’]\s*|du\s+|des\s+)([^\W\d_][\w-]*)", re.IGNORECASE)


# Every amount rule needs a currency (any form of models/amount/currencies.txt) or a scale
# word: lines without one are skipped.
_MONEY_GATE = re.compile(rf"{CURRENCY_ANYWHERE}|\d\s*[kKmM]\b|\b(?:mille|millions?|milliards?|mds?)\b", re.IGNORECASE)


@Language.factory(COMPONENT, requires=["doc.sents"], assigns=["doc.spans", "doc._.facts"])
def make_component(nlp: Language, name: str):
    rules = RuleSet(nlp.vocab, SPAN_GROUP, needs=False)  # its long regexes: the money gate is enough

    def detect(doc: Doc) -> Doc:
        doc.spans[SPAN_GROUP] = rules.matches(doc, gate=_MONEY_GATE)
        set_facts(doc, SPAN_GROUP, [(span, _value(doc, span)) for span in span_group(doc, SPAN_GROUP)])
        return doc

    return detect


def _value(doc: Doc, span: Span) -> dict | None:
    """The record fields of one amount span, or None when it is no amount."""
    text = surface(span).text  # without the "." a token may carry (k€.)
    if span.label_ == "context":
        currency = _context_currency(doc, span)
        text = change.with_shared_scale(span, text)
        parsed = parse_amount(text, currency=currency) if currency else None
    else:
        parsed = parse_amount(text)
    if parsed is not None and _books(doc, span, text):
        return None
    if parsed is None:
        return None
    return {"value": parsed.value, "currency": parsed.currency, "value_max": parsed.value_max, "qualifier": parsed.qualifier}


_SCALED = re.compile(r"\d[,.]\d|(?i:millions?|milliards?)|\bM(?:ds?|rds?)?\b")


def _books(doc: Doc, span: Span, text: str) -> bool:
    """``10 000 livres de cuisine``: a bare ``livres`` counts books unless the sum is scaled
    (``30 millions de livres``) and not followed by what the books are about."""
    found = find_currency(text)
    if found is None or text[found[1] : found[2]].lower() not in ("livre", "livres"):
        return False
    return not _SCALED.search(text) or bool(_FOLLOWING_NOUN.match(doc_text(doc)[span.end_char : span.end_char + 60]))


def _counts_something_else(doc: Doc, span: Span) -> bool:
    """``2 millions d'habitants``: the scaled number is followed by a non-money noun."""
    found = _FOLLOWING_NOUN.match(doc_text(doc)[span.end_char : span.end_char + 60])
    return bool(found) and found.group(1).lower() not in set(load_lexicon("amount/money_nouns"))


def _sentence_currency(doc: Doc, sent: Span, skip: Span | None = None) -> str | None:
    text = sent.text
    if skip is not None:  # blank the candidate itself
        a, b = skip.start_char - sent.start_char, skip.end_char - sent.start_char
        text = text[:a] + " " * (b - a) + text[b:]
    found = find_currency(text, context=True)
    return found[0] if found else None


def _context_currency(doc: Doc, span: Span) -> str | None:
    """Currency of the same sentence, else the previous one, else the next one (see module doc)."""
    if _counts_something_else(doc, span):
        return None
    sents = _sentences(doc)
    index = next((i for i, s in enumerate(sents) if s.start <= span.start < s.end), None)
    if index is None:
        return None
    candidates = [(sents[index], span)]
    if index > 0:
        candidates.append((sents[index - 1], None))
    if index + 1 < len(sents):
        candidates.append((sents[index + 1], None))
    for sent, skip in candidates:
        currency = _sentence_currency(doc, sent, skip)
        if currency:
            return currency
    return _repeated_amount_currency(doc, span)


def _repeated_amount_currency(doc: Doc, span: Span) -> str | None:
    """The currency of the same amount stated in full elsewhere in the article
    (``lève 3,5 millions d'euros`` ... ``une levée de 3,5 millions``)."""
    bare = parse_amount(span.text, currency="XXX")
    if bare is None:
        return None
    for other in span_group(doc, SPAN_GROUP):
        if other.label_ == "context":
            continue
        stated = parse_amount(other.text)
        if stated is not None and (stated.value, stated.value_max) == (bare.value, bare.value_max):
            return stated.currency
    return None


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]
