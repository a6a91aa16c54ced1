"""The context checks of the date rules (``"check": "date.<name>"`` in
``models/date/rules.jsonl``), registered for :class:`~presse2data.lang.rules.RuleSet`, which
applies them after the longest-match reduction (``veto``): a longest match that fails its
check is no date, and the shorter matches it covered go with it.

- ``date.year``: a bare year (``Fondée en 2008``, ``Pour 2016``, ``attendre 2017``)
  is a date unless it counts something (``2000 salariés``, ``2000 €``,
  ``plus de 2000``), sits in a number (``1 2015``) or follows a capitalized word
  inside a sentence (``Euro 2016``, ``Windows 2000``: a name).
- ``date.deictic``: ``aujourd'hui`` / ``demain`` denote a day only when followed by a
  weekday or a day and month (``aujourd'hui lundi``, ``aujourd'hui 3 mars``),
  after ``dès``, or right after a verb in a past or future form
  (``a annoncé aujourd'hui``, ``ouvrira demain``); ``Aujourd'hui, X a annoncé`` when the
  sentence reports an event. Otherwise "nowadays": not a date.
- ``date.not-after-de``: ``hier`` but not ``les métiers d'hier``.
- ``date.weekday``: a bare weekday is a date when it says which one
  (``lundi dernier``, ``ce lundi``), follows a verb (``a annoncé lundi``) or opens
  the sentence before a comma (``Lundi, le ministre ...``); never ``le lundi``,
  ``chaque lundi``, ``du lundi au vendredi``.
- ``date.not-version``, ``date.next-year``, ``date.multiword``, ``date.not-before-adjective``,
  ``date.anchored-day``, ``date.numeric-day``: below.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from ...lang.modelfiles import entry_forms, lexicon_format, load_lexicon
from ...lang.parsing import OnDemand
from ...lang.rules import rule_check
from .normalize import season_years

_COUNT_SYMBOLS = {"%", "€", "$", "£", "m²", "m2", "km", "k€", "M€", "Md€", "ha", "h", "°"}
_QUANTITY_CUES = {"loi", "plus", "moins", "près", "quelque", "environ", "âge", "sur", "numéro", "n°", "no", "version"}
_NOT_WEEKDAY_BEFORE = {"le", "les", "chaque", "tous", "du", "au", "un", "une", "des", "de", "d'", "d’"}


@cache
def _cue_words() -> frozenset[str]:
    """Nouns after which a year stays a date (``mars 2015``, ``l'exercice 2014``)."""
    words = {"horizon", "an", "année", "exercice"}
    for name in ("date/months", "date/seasons"):
        words |= {form for entry in load_lexicon(name) for form in entry_forms(entry, lexicon_format(name))}
    return frozenset(words)


@rule_check("date.year")
def year(span: Span) -> bool:
    return _year_ok(span, _cue_words())


@rule_check("date.deictic")
def deictic(span: Span, tools: OnDemand) -> bool:
    return _deictic_ok(span, tools)


@rule_check("date.not-after-de")
def not_after_de(span: Span) -> bool:
    prev = _prev(span)
    return prev is None or prev.lower_ not in ("d'", "d’", "de")


@rule_check("date.weekday")
def weekday(span: Span) -> bool:
    return _weekday_ok(span)


@rule_check("date.not-version")
def not_version(span: Span) -> bool:
    """``version 10.12.01`` is no date."""
    prev = _prev(span)
    return prev is None or prev.lower_ not in ("version", "v", "v.", "release")


@rule_check("date.next-year")
def next_year(span: Span) -> bool:
    """``2011-12``: the year after, else a month or a code."""
    return season_years(span.text) is not None


@rule_check("date.multiword")
def multiword(span: Span) -> bool:
    """``fête du travail``; not ``Noël`` alone (a first name), not before an adjective."""
    nxt = _next(span)
    return len(span.text.split()) > 1 and (nxt is None or nxt.pos_ != "ADJ")


@rule_check("date.not-before-adjective")
def not_before_adjective(span: Span) -> bool:
    """Not ``le nouvel an chinois``."""
    nxt = _next(span)
    return nxt is None or nxt.pos_ != "ADJ"


@rule_check("date.anchored-day")
def anchored_day(span: Span, tools: OnDemand) -> bool:
    """``la veille stratégique`` is a noun; ``réserver la veille`` a procedure."""
    nxt = _next(span)
    return (nxt is None or nxt.pos_ not in ("ADJ", "NOUN")) and not _in_infinitive(span, tools)


_NUMERIC_DAY_BEFORE = ("le", "du", "au", "depuis", "dès", "avant", "après", "jusqu'au",
                       "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


@rule_check("date.numeric-day")
def numeric_day(span: Span) -> bool:
    """``le 22/04``, not a score or a ratio; ``17/02`` (a zero-padded month) alone."""
    if re.fullmatch(r"\d\d/0\d", span.text):
        return True
    prev = _prev(span)
    return prev is not None and prev.lower_ in _NUMERIC_DAY_BEFORE


def _prev(span: Span, n: int = 1) -> Token | None:
    i = span.start - n
    return span.doc[i] if i >= 0 else None


def _next(span: Span, n: int = 0) -> Token | None:
    i = span.end + n
    return span.doc[i] if i < len(span.doc) else None


def _year_ok(span: Span, cue_words: set[str]) -> bool:
    """A bare year, unless the context shows a count, a number or a name."""
    nxt, prev = _next(span), _prev(span)
    if nxt is not None:
        if nxt.text in _COUNT_SYMBOLS or nxt.lower_ in ("euros", "dollars", "livres"):
            return False
        if nxt.is_alpha and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ not in cue_words:
            return False  # 2000 salariés
    if prev is None:
        return True
    if prev.like_num or prev.lower_ in _QUANTITY_CUES:
        return False
    before = _prev(span, 2)
    if prev.lower_ in ("de", "d'", "d’") and before is not None and before.lower_ in _QUANTITY_CUES:
        return False  # plus de 2000, à l'âge de ...
    if (
        prev.is_alpha
        and (prev.is_title or prev.is_upper)
        and not prev.is_sent_start
        and not prev.is_stop  # "En 2017", "Pour 2016" after a quote
        and prev.lower_ not in cue_words
    ):
        return False  # Euro 2016, Windows 2000
    return True


def _in_infinitive(span: Span, tools: OnDemand) -> bool:
    """The span hangs on an infinitive: a procedure (``réserver la veille``), not an event."""
    sentence, offset = tools.parsed_sentence(span)
    token = sentence[span.start - offset : span.end - offset].root
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            return "Inf" in token.morph.get("VerbForm")
        if token.head is token:
            break
        token = token.head
    return False


def _past_or_future_verb(token: Token | None) -> bool:
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return False
    tense = token.morph.get("Tense")
    if "VerbForm=Part" in str(token.morph):
        return "Past" in tense
    if "Past" in tense and token.lower_.endswith(("it", "is")):
        return False  # réunit, dit, finit: present as often as passé simple
    return bool(set(tense) & {"Past", "Fut", "Imp"})


def _deictic_ok(span: Span, tools: OnDemand) -> bool:
    """``aujourd'hui`` / ``demain`` naming the day, not "nowadays" / "the future"."""
    nxt, prev = _next(span), _prev(span)
    if len(span) > 1:  # aujourd'hui lundi, aujourd'hui 3 mars
        return True
    if prev is not None and prev.lower_ in ("dès",):
        return True
    if _past_or_future_verb(prev):
        return True
    if prev is not None and prev.pos_ == "VERB" and tools.lemma(prev) in _event_verbs():
        return True  # X annonce aujourd'hui
    if span[0].is_sent_start and nxt is not None and nxt.text == ",":
        return _sentence_reports_event(span, tools)  # Aujourd'hui, X a annoncé ...
    return False


@cache
def _event_verbs() -> frozenset[str]:
    return frozenset(load_lexicon("date/event_verbs"))


def _sentence_reports_event(span: Span, tools: OnDemand) -> bool:
    """The sentence after a leading ``Aujourd'hui,`` reports an event: its main verb is an
    event verb (``a annoncé``, ``lancera``), not a state (``nous avons acquis la certitude``)."""
    sentence, _ = tools.parsed_sentence(span)
    root = sentence[:].root
    return root.pos_ in ("VERB", "AUX") and tools.lemma(root) in _event_verbs()


def _weekday_ok(span: Span) -> bool:
    words = {t.lower_ for t in span}
    if words & {"dernier", "prochain", "ce"}:
        return True
    prev, nxt = _prev(span), _next(span)
    if prev is not None and prev.lower_ in _NOT_WEEKDAY_BEFORE:
        return False
    if nxt is not None and nxt.lower_ in ("au", "à"):
        return False  # lundi au vendredi
    if span[0].is_sent_start and nxt is not None and nxt.text == ",":
        return True
    return prev is not None and prev.pos_ in ("VERB", "AUX")
