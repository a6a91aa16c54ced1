"""Money amounts as the French press writes them, to value, ISO 4217 currency, range and qualifier.

Handled phrasings (see ``tests/facts/amount/test_normalize.py`` for the full table):

- numbers as in :mod:`presse2data.lang.numbers`: ``130 000 euros`` (any
  grouping space), ``550.000 euros``, ``14,7 millions d'euros`` (``'`` or ``’``),
  ``deux millions d'euros``, ``un demi-million d'euros``, ``une dizaine de millions d'euros``;
- currencies after or before the number, every form of ``models/amount/currencies.txt``
  (the one list: the rule parts and the component's line gate derive from it too):
  ``euros``/``€``/``EUR``, ``k€``/``M€``/``Md€``, ``dollars``/``$``/``USD``/``US$``/``dollars
  américains``, ``dollars canadiens``/``$CAD``/``CA$`` (CAD), ``dollars australiens`` (AUD),
  ``dollars de Hong Kong``/``$ hk`` (HKD), ``livres (sterling)``/``£`` (GBP), ``francs
  suisses``/``CHF``, ``francs CFA`` (XOF), ``francs`` (FRF, the historical franc), ``yens``/``¥``,
  ``yuans``/``renminbi`` (CNY), ``roupies (indiennes)`` (INR), ``shekels`` (ILS);
  codes glued to the number (``EUR29,99``), ``€50``, ``$3 millions``, ``CHF 300 000``;
- cents: ``15 dollars 50`` → 15.5, ``treize euros et quarante-cinq centimes`` → 13.45,
  ``15 dollars et 15 cents``; ``125.000,50 $`` (dot thousands, comma decimals);
- ranges, the currency (and the scale, when the low end has none) shared:
  ``entre 5 et 8 millions d'euros``, ``de 10 à 12 M€``, ``5 à 8 millions``,
  ``entre 12 euros et 15 euros`` → ``value`` 12, ``value_max`` 15; an open upper end
  ``de 100 € à plus de 10 000 €`` → 100, ``value_max`` 10 000, qualifier ``over``;
- qualifiers: ``environ``, ``près de``, ``quelque``, ``autour de`` → ``about``;
  ``plus de``, ``au moins``, ``au-delà de`` → ``over``; ``moins de``, ``jusqu'à`` → ``under``;
  an approximate noun (``une dizaine de millions``) also gives ``about``.

A text without a currency parses only when ``currency=`` is given: that is how
the fact module applies the context-currency rule (``un budget de 70 millions,
dont 34 millions d'euros``; see :mod:`presse2data.facts.amount.component`).

>>> parse_amount("14,7 millions d’euros")
ParsedAmount(value=14700000, currency='EUR', value_max=None, qualifier=None)
>>> parse_amount("entre 5 et 8 M€").value_max
8000000
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ...lang.modelfiles import _trie_regex, lexicon_fields, load_lexicon
from ...lang.numbers import ParsedNumber, as_number, clean, parse_number, split_qualifier

CURRENCY_LEXICON = "amount/currencies"


_SPACES = re.compile(r"[ \u00a0\u202f]+")
_EDGED = ("word", "code", "iso")  # not inside a word; codes in their own case


def _entries(context: bool = False) -> list[tuple[str, str, str]]:
    """(form, ISO code, kind) of the lexicon; ``context``: only the forms that may state a sentence's
    currency (the hand-written ones and the CLDR names of two words or more; not a code such as
    ``XAF`` nor ``zloty`` met in passing)."""
    entries = [lexicon_fields(entry) for entry in load_lexicon(CURRENCY_LEXICON)]
    if context:
        entries = [f for f in entries if "cldr" not in f[3:] or (f[2] == "word" and " " in f[0])]
    return [(form, code, kind) for form, code, kind, *_ in entries]


class _CurrencyFinder:
    """The thousand currency forms as one prefix tree (a linear scan), each hit then checked
    against its form's rules: a word or code not inside a word, a code in its own case."""

    def __init__(self, entries: list[tuple[str, str, str]]):
        self.forms: dict[str, list[tuple[str, str, str]]] = {}
        for form, code, kind in entries:
            self.forms.setdefault(_SPACES.sub(" ", form.lower()), []).append((form, code, kind))
        self.regex = re.compile("(?i:" + _trie_regex(sorted(self.forms)) + ")")
        self.longest = max(len(k) for k in self.forms)

    def _valid(self, text: str, start: int, end: int) -> str | None:
        surface = _SPACES.sub(" ", text[start:end])
        for form, code, kind in self.forms.get(surface.lower(), ()):
            if kind in _EDGED and ((start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())):
                continue
            if kind in ("code", "iso") and surface != form:
                continue
            return code
        return None

    def find(self, text: str) -> tuple[str, int, int] | None:
        at = 0
        while (hit := self.regex.search(text, at)) is not None:
            start = hit.start()
            for end in range(hit.end(), start, -1):  # the longest valid form at this position
                code = self._valid(text, start, end)
                if code is not None:
                    return code, start, end
            at = start + 1
        return None


_FINDERS = {False: _CurrencyFinder(_entries()), True: _CurrencyFinder(_entries(context=True))}
# Any currency form, case-insensitive and without edges: a cheap test that a line may hold one.
CURRENCY_ANYWHERE = _trie_regex(
    sorted({lexicon_fields(entry)[0] for entry in load_lexicon(CURRENCY_LEXICON) if lexicon_fields(entry)[2] != "iso"})
) + r"|(?-i:\b[A-Z]{3}\b)"  # any other ISO code, upper case
# A scale glued to a code, AFP style: "2 MEUR", "300 KEUR" are read as "2 M EUR", "300 K EUR".
_GLUED_SCALE = re.compile(r"(?<![^\W\d_])(Mds?|Mrds?|Md|M|[kK])(?=[A-Z]{3}(?![^\W\d_]))")
# "de"/"d'" joining a scale word to its currency: "millions d'euros"; symbols glued to a scale: "M€".
_CONNECTOR_BEFORE_END = re.compile(r"(?<!\s)\s*(?:\bde|\bd')\s*$", re.IGNORECASE)  # from a run's start: linear

# Cents after the currency: "15 dollars 50", "treize euros et quarante-cinq centimes", "15 dollars et 15 cents",
# "1 USD 23 cents", "15 dollars et 15".
_CENTS_TAIL = re.compile(r"^ (?:et )?(?P<cents>\d{1,2}|[^\W\d_][\w -]*?)(?P<word> (?:centimes?|cents?))?$", re.IGNORECASE)

_RANGES = (
    re.compile(r"^entre (?P<low>.+?) et (?P<high>.+)$", re.IGNORECASE),
    re.compile(r"^de (?P<low>.+?) à (?P<high>.+)$", re.IGNORECASE),
    re.compile(r"^(?P<low>.+?) (?:à|a) (?P<high>.+)$", re.IGNORECASE),
    re.compile(r"^(?P<low>[\d,. ]+?) ?[-–] ?(?P<high>\d.*)$"),
)


@dataclass(frozen=True)
class ParsedAmount:
    value: int | float
    currency: str
    value_max: int | float | None = None
    qualifier: str | None = None


def find_currency(text: str, context: bool = False) -> tuple[str, int, int] | None:
    """The first currency form in ``text``: (ISO code, start, end); with ``context``, among the
    forms that may state the currency of a sentence only."""
    return _FINDERS[context].find(text)


def _strip_currencies(text: str) -> tuple[str | None, str]:
    """Remove every currency form (and the ``de``/``d'`` before it); return the first code and the rest."""
    first = None
    while True:
        found = find_currency(text)
        if found is None:
            return first, clean(text)
        code, start, end = found
        if first is not None and code != first:
            return None, ""  # two different currencies: not one amount
        first = code
        before = _CONNECTOR_BEFORE_END.sub("", text[:start])
        text = f"{before} {text[end:]}"


def _number(text: str) -> ParsedNumber | None:
    text = text.strip(" ,")
    return parse_number(text) if text else None


def _scale_free(text: str) -> bool:
    return re.search(r"(?i:mille|million|milliard)|Md|Mrd|M\b|[kK]\b", text) is None


def parse_amount(text: str, currency: str | None = None) -> ParsedAmount | None:
    """Value, currency, range and qualifier of one money mention; None when it is not one.

    ``currency`` is used only when the text states none (context currency).
    """
    try:
        return _parse_amount(text, currency)
    except (ValueError, ArithmeticError, KeyError, IndexError, TypeError):
        return None


def _with_cents(text: str) -> ParsedAmount | None:
    """``15 dollars 50`` → 15.5: a whole number, its currency, then cents (bare digits, or a count of centimes)."""
    found = find_currency(text)
    if found is None:
        return None
    code, start, end = found
    tail = _CENTS_TAIL.match(text[end:])
    if tail is None or (not tail.group("cents").isdigit() and not tail.group("word")):
        return None
    if tail.group("cents").isdigit() and not tail.group("word") and len(tail.group("cents")) != 2:
        return None  # bare cents are two digits: "15 dollars 50", "15 dollars et 15"
    units, cents = parse_number(text[:start]), parse_number(tail.group("cents"))
    if units is None or cents is None or not isinstance(units.value, int) or not 0 <= cents.value < 100:
        return None
    return ParsedAmount(value=as_number(Decimal(units.value) + Decimal(cents.value) / 100), currency=code)


def _parse_amount(text: str, default_currency: str | None) -> ParsedAmount | None:
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        return None
    text = _GLUED_SCALE.sub(r"\1 ", text)
    qualifier, rest = split_qualifier(text)
    if cents := _with_cents(rest):
        return ParsedAmount(cents.value, cents.currency, qualifier=qualifier)
    code, rest = _strip_currencies(rest)
    if code is None:
        if rest == "" or default_currency is None:
            return None
        code = default_currency
    rest = rest.strip(" ,")
    if "%" in rest or not rest:
        return None
    approximate = False
    for pattern in _RANGES:
        found = pattern.match(rest)
        if not found:
            continue
        low_text, high_text = found.group("low"), found.group("high")
        high_qualifier, high_text = split_qualifier(high_text)  # de 100 € à plus de 10 000 €
        low, high = _number(low_text), _number(high_text)
        if low is None or high is None:
            continue
        low_value = Decimal(str(low.value))
        high_value = Decimal(str(high.value))
        if _scale_free(low_text) and not _scale_free(high_text):
            bare_high = _number(re.sub(r"\s*(?i:mille|millions?|milliards?|Mrds?|Mds?|Md|M|k|K)\b.*$", "", high_text))
            if bare_high is not None and low_value <= Decimal(str(bare_high.value)):
                low_value = low_value * (high_value / Decimal(str(bare_high.value)))
        if low_value >= high_value:
            return None
        approximate = low.approximate or high.approximate
        return ParsedAmount(
            value=as_number(low_value),
            currency=code,
            value_max=as_number(high_value),
            qualifier=qualifier or high_qualifier or ("about" if approximate else None),
        )
    number = _number(rest)
    if number is None:
        return None
    return ParsedAmount(
        value=number.value,
        currency=code,
        qualifier=qualifier or ("about" if number.approximate else None),
    )
