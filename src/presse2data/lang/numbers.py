"""French numbers as the press writes them, to a value and an "approximate" flag.

Handled phrasings (all pure string work, no spaCy; every function returns None on
what it cannot read and never raises):

- digits with any thousands separator: ``1 200``, ``1\u00a0200`` (no-break space),
  ``1\u202f200`` (narrow no-break space), ``1\u2009200`` (thin space), ``550.000``
  (a ``.`` followed by groups of exactly three digits is a thousands separator;
  ``2.5`` is a decimal point);
- a decimal comma: ``14,7``;
- number words, read by ``text2num``: ``deux cents``, ``vingt et un``,
  ``quatre-vingt-dix``, ``deux millions``;
- approximate nouns: ``une dizaine``, ``douzaine``, ``quinzaine``, ``vingtaine``,
  ``trentaine``, ``quarantaine``, ``cinquantaine``, ``soixantaine``, ``centaine``,
  ``millier`` → the value, ``approximate=True``; ``une dizaine de millions`` → 10 000 000;
- scale words after a number: ``mille``, ``million(s)``, ``milliard(s)``, ``M``,
  ``Md``/``Mds``/``Mrd``, ``k``/``K``: ``1,2 milliard``, ``14,7 M``, ``50 k``;
  ``un demi-million`` → 500 000;
- qualifiers before (or ``environ`` after) a number, see :func:`split_qualifier`:
  ``environ``, ``près de``, ``quelque``, ``autour de`` → ``about``; ``plus de``,
  ``au moins``, ``au-delà de`` → ``over``; ``moins de``, ``jusqu'à`` → ``under``.

Vague quantities (``plusieurs centaines``, ``des milliers``, ``quelques dizaines``)
have no value: they return None.

>>> parse_number("550.000").value
550000
>>> parse_number("une cinquantaine")
ParsedNumber(value=50, approximate=True)
>>> parse_number("1,2 milliard").value
1200000000
>>> split_qualifier("plus de 400")
('over', '400')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

# Spaces the press puts between digit groups (and around units).
GROUP_SPACES = " \u00a0\u202f\u2009\u2007"
_SPACE_RUN = re.compile(f"[{GROUP_SPACES}\t\n]+")
_APOSTROPHES = re.compile("[’‘`´]")

APPROX_NOUNS: dict[str, int] = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}

# Scale words; the abbreviations are case-sensitive (``m`` is a metre, not a million).
SCALE_WORDS: dict[str, int] = {
    "mille": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
}
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 10**3,
    "K": 10**3,
    "M": 10**6,
    "Mio": 10**6,
    "Md": 10**9,
    "Mds": 10**9,
    "Mrd": 10**9,
    "Mrds": 10**9,
}

QUALIFIERS: tuple[tuple[str, str], ...] = (
    # longest first: "pas moins de" before "moins de"
    (r"pas moins d(?:e|')", "over"),
    (r"pas plus d(?:e|')", "under"),
    (r"un peu plus d(?:e|')", "over"),
    (r"un peu moins d(?:e|')", "under"),
    (r"plus d(?:e|')", "over"),
    (r"au moins", "over"),
    (r"au minimum", "over"),
    (r"au-delà d(?:e|')", "over"),
    (r"au delà d(?:e|')", "over"),
    (r"plus de l'ordre d(?:e|')", "about"),
    (r"de l'ordre d(?:e|')", "about"),
    (r"moins d(?:e|')", "under"),
    (r"jusqu'à", "under"),
    (r"au plus", "under"),
    (r"au maximum", "under"),
    (r"près d(?:e|')", "about"),
    (r"presque", "about"),
    (r"environ", "about"),
    (r"quelque", "about"),
    (r"autour d(?:e|')", "about"),
    (r"approximativement", "about"),
    (r"grosso modo", "about"),
    (r"a peu près", "about"),
    (r"à peu près", "about"),
)
_QUALIFIER_RE = re.compile(
    "^(?:" + "|".join(f"(?P<q{i}>{pattern})" for i, (pattern, _) in enumerate(QUALIFIERS)) + r")(?:(?<=')\s*|\s+)",
    re.IGNORECASE,
)
_TRAILING_ABOUT = re.compile(r"(?<![\s,])[\s,]*+\(?\s*+environ\s*+\)?$", re.IGNORECASE)  # from a run's start: linear

_DIGITS = re.compile(r"^\d{1,3}(?:[ .]\d{3})+(?:,\d+)?$|^\d+(?:[,.]\d+)?$")
_NUMBER_WORD = (
    r"(?:zéro|zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante"
    r"|cents?|mille|millions?|milliards?|et)"
)
_WORDS = re.compile(rf"^{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD})*$", re.IGNORECASE)
_APPROX = re.compile(
    r"^(?:une?|quelque) (?P<noun>" + "|".join(APPROX_NOUNS) + r")(?: (?:de |d')?(?P<scale>millions?|milliards?|milliers?))?$",
    re.IGNORECASE,
)
_DEMI = re.compile(r"^(?:un )?demi[- ](?P<scale>million|milliard)$", re.IGNORECASE)
_SCALED = re.compile(
    r"^(?P<num>.+?) ?(?:(?P<word>(?i:mille|millions?|milliards?))|(?P<abbr>Mrds|Mrd|Mds|Md|Mio|M|k|K))(?: (?:de |d'))?$"
)


@dataclass(frozen=True)
class ParsedNumber:
    value: int | float
    approximate: bool = False


def clean(text: str) -> str:
    """One ASCII apostrophe, every space (NBSP, narrow NBSP, thin space, newline) turned into one space."""
    return _SPACE_RUN.sub(" ", _APOSTROPHES.sub("'", text)).strip()


def as_number(value: Decimal) -> int | float:
    """An int when the value is whole (``14,7 millions`` → 14700000), else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def split_qualifier(text: str) -> tuple[str | None, str]:
    """``("over", "400")`` for ``plus de 400``; a trailing ``environ`` also means ``about``."""
    text = clean(text)
    qualifier = None
    found = _QUALIFIER_RE.match(text)
    if found:
        index = next(int(name[1:]) for name, value in found.groupdict().items() if value is not None)
        qualifier = QUALIFIERS[index][1]
        text = text[found.end() :]
    trailing = _TRAILING_ABOUT.search(text)
    if trailing and trailing.start() > 0:
        qualifier = qualifier or "about"
        text = text[: trailing.start()]
    return qualifier, text.strip()


def parse_digits(text: str) -> Decimal | None:
    """``1 200`` / ``550.000`` / ``14,7`` / ``2.5`` to a Decimal; None if not only digits."""
    text = clean(text)
    if not _DIGITS.match(text):
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):  # 550.000, 125.000,50: dots group thousands
        text = text.replace(".", "")
    text = text.replace(" ", "").replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """``deux cent cinquante`` → 250 through text2num; None for anything else."""
    text = clean(text).lower()
    if not _WORDS.match(text):
        return None
    try:
        return Decimal(text2num(text, "fr"))
    except (ValueError, TypeError, ArithmeticError):
        return None


def _scale_of(word: str | None, abbr: str | None) -> int:
    if word:
        return SCALE_WORDS[word.lower()]
    return SCALE_ABBREVIATIONS[abbr] if abbr else 1


def parse_number(text: str) -> ParsedNumber | None:
    """A count or a quantity (without its unit) to its value; None when vague or unreadable."""
    try:
        return _parse_number(clean(text))
    except (ValueError, ArithmeticError, KeyError):  # defensive: normalizers never raise
        return None


def _parse_number(text: str) -> ParsedNumber | None:
    if not text:
        return None
    value = parse_digits(text)
    if value is not None:
        return ParsedNumber(as_number(value))
    approx = _APPROX.match(text)
    if approx:
        base = Decimal(APPROX_NOUNS[approx.group("noun").lower()])
        scale = (approx.group("scale") or "").lower()
        if scale.startswith("millier"):
            base *= 1000
        elif scale:
            base *= SCALE_WORDS[scale]
        return ParsedNumber(as_number(base), approximate=True)
    demi = _DEMI.match(text)
    if demi:
        return ParsedNumber(as_number(Decimal(SCALE_WORDS[demi.group("scale").lower()]) / 2))
    value = parse_words(text)
    if value is not None:
        return ParsedNumber(as_number(value))
    scaled = _SCALED.match(text)
    if scaled:
        head = scaled.group("num").strip()
        base = parse_digits(head)
        approximate = False
        if base is None:
            inner = _parse_number(head)
            if inner is None:
                return None
            base, approximate = Decimal(str(inner.value)), inner.approximate
        return ParsedNumber(as_number(base * _scale_of(scaled.group("word"), scaled.group("abbr"))), approximate)
    return None
