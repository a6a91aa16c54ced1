"""Money amounts as the French press writes them, to value, ISO 4217 currency, range and qualifier.

Handled phrasings (see ``tests/facts/amount/test_normalize.py`` for the full table):

- numbers as in :mod:`presse2data.lang.numbers`: ``130 000 euros`` (any
  grouping space), ``550.000 euros``, ``14,7 millions d'euros`` (``'`` or ``’``),
  ``deux millions d'euros``, ``un demi-million d'euros``, ``une dizaine de millions d'euros``;
- currencies after or before the number: ``euros``/``euro``/``€``/``EUR``,
  ``k€``/``K€``/``M€``/``Md€``/``Mds€``, ``dollars``/``$``/``USD``/``US$``,
  ``livres sterling``/``£``/``GBP``, ``francs suisses``/``CHF``, ``yens``/``¥``/``JPY``
  (``€50``, ``$3 millions``, ``CHF 300 000``);
- ranges, the currency (and the scale, when the low end has none) shared:
  ``entre 5 et 8 millions d'euros``, ``de 10 à 12 M€``, ``5 à 8 millions``,
  ``entre 12 euros et 15 euros`` → ``value`` 12, ``value_max`` 15;
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

from ...lang.numbers import ParsedNumber, as_number, clean, parse_number, split_qualifier

# Currency forms, longest first within each currency. Abbreviations are case-sensitive.
CURRENCY_FORMS: tuple[tuple[str, str], ...] = (
    (r"(?i:livres?\s+sterling)", "GBP"),
    (r"(?i:francs?\s+suisses?)", "CHF"),
    (r"(?i:dollars?\s+(?:américains|us|usd))", "USD"),
    (r"(?i:dollars?)", "USD"),
    (r"(?i:euros?)", "EUR"),
    (r"(?i:yens?)", "JPY"),
    (r"US\$", "USD"),
    (r"EUR", "EUR"),
    (r"USD", "USD"),
    (r"GBP", "GBP"),
    (r"CHF", "CHF"),
    (r"JPY", "JPY"),
    (r"€", "EUR"),
    (r"\$", "USD"),
    (r"£", "GBP"),
    (r"¥", "JPY"),
)
_WORD_EDGE = r"(?<![^\W\d_])(?:{})(?![^\W\d_])"
_CURRENCY_RE = re.compile(
    "|".join(
        f"(?P<c{i}>{_WORD_EDGE.format(form) if form[-1].isalpha() or form.endswith(')') else form})"
        for i, (form, _) in enumerate(CURRENCY_FORMS)
    )
)
# "de"/"d'" joining a scale word to its currency: "millions d'euros"; symbols glued to a scale: "M€".
_CONNECTOR_BEFORE_END = re.compile(r"\s*(?:\bde|\bd')\s*$", re.IGNORECASE)

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


def find_currency(text: str) -> tuple[str, int, int] | None:
    """The first currency form in ``text``: (ISO code, start, end)."""
    found = _CURRENCY_RE.search(text)
    if not found:
        return None
    index = next(int(name[1:]) for name, value in found.groupdict().items() if value is not None)
    return CURRENCY_FORMS[index][1], found.start(), found.end()


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


def _parse_amount(text: str, default_currency: str | None) -> ParsedAmount | None:
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        return None
    qualifier, rest = split_qualifier(text)
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
            qualifier=qualifier or ("about" if approximate else None),
        )
    number = _number(rest)
    if number is None:
        return None
    return ParsedAmount(
        value=number.value,
        currency=code,
        qualifier=qualifier or ("about" if number.approximate else None),
    )
