"""dates: find French temporal expressions, then build ``date`` records.

Detection is rule-based (``models/date/rules.jsonl``, one regex per phrasing,
each with a stable id such as ``date/day-month-year``); the spans go to
``doc.spans["date"]``, each normalized with
:func:`presse2data.facts.date.normalize.normalize_date` against ``doc._.reference_date``
into ``doc._.facts``.
Spans leave out leading prepositions and articles (``en [2008]``,
``le [28 février]``, ``les [années 1990]``) but keep the words that make a
phrase relative (``[il y a deux semaines]``, ``[d'ici 3 ans]``).

Context checks the regexes cannot make (rule key ``check``):

- ``year``: a bare year (``Fondée en 2008``, ``Pour 2016``, ``attendre 2017``)
  is a date unless it counts something (``2000 salariés``, ``2000 €``,
  ``plus de 2000``), sits in a number (``1 2015``) or follows a capitalized word
  inside a sentence (``Euro 2016``, ``Windows 2000``: a name). Digits glued to
  letters (``WWW2012``, ``Web2Day``) and versions (``Web 2.0``) never match.
- ``deictic``: ``aujourd'hui`` / ``demain`` denote a day only when followed by a
  weekday or a day and month (``aujourd'hui lundi``, ``aujourd'hui 3 mars``),
  after ``dès``, or right after a verb in a past or future form
  (``a annoncé aujourd'hui``, ``ouvrira demain``). Sentence-initial
  ``Aujourd'hui, la filière ...``, ``est aujourd'hui leader``, ``faisant
  aujourd'hui référence`` and ``d'aujourd'hui`` mean "nowadays": not dates.
- ``not-after-de``: ``hier`` but not ``les métiers d'hier``.
- ``weekday``: a bare weekday is a date when it says which one
  (``lundi dernier``, ``ce lundi``), follows a verb (``a annoncé lundi``) or opens
  the sentence before a comma (``Lundi, le ministre ...``); never ``le lundi``,
  ``chaque lundi``, ``du lundi au vendredi``.

Not detected at all: durations (``depuis un an et demi``, ``en 54 heures``,
``pendant dix ans``, ``une douzaine d'années``, ``en trois ans``), ages
(``à l'âge de 23 ans``), frequencies (``par an``, ``tous les deux mois``),
offsets tied to a named event (``un an après la labellisation``), times of day,
percentages, versions.

Tense: a year-less date resolved against a reference date takes the last occurrence
when its clause is in a past tense (``a été lancé en juin``), the next one when it is in
the future (``lancera ... à la mi-octobre``, ``aura lieu le 1er mars``) or under a future
cue (``est prévu``, ``d'ici``), and the nearer of the two when no tense says (a present,
``se tient le 5 juillet``, or no verb): read from the morphology of the governing verb.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...extensions import set_facts
from ...lang.modelfiles import load_lexicon
from ...lang.parsing import OnDemand, on_demand
from ...lang.rules import RuleSet
from ...lang.tokens import doc_text, span_group, surface
from . import SPEC
from .normalize import normalize_date, season_years

COMPONENT = SPEC.factory
SPAN_KEY = SPEC.name

_COUNT_SYMBOLS = {"%", "€", "$", "£", "m²", "m2", "km", "k€", "M€", "Md€", "ha", "h", "°"}
_QUANTITY_CUES = {"loi", "plus", "moins", "près", "quelque", "environ", "âge", "sur", "numéro", "n°", "no", "version"}
_NOT_WEEKDAY_BEFORE = {"le", "les", "chaque", "tous", "du", "au", "un", "une", "des", "de", "d'", "d’"}


def _words(name: str) -> set[str]:
    return {entry.rsplit(" ", 1)[0] for entry in load_lexicon(name)}


@Language.factory(COMPONENT, requires=["doc._.reference_date", "token.pos", "token.morph"], assigns=["doc.spans", "doc._.facts"])
def make_component(nlp: Language, name: str):
    """Match the date rules, keep the spans that pass their context check, normalize each."""
    rules = RuleSet(nlp.vocab, SPAN_KEY)
    tools = on_demand(nlp)
    cue_words = _words("date/months") | _words("date/seasons") | {"horizon", "an", "année", "exercice"}

    def keep(span: Span) -> bool:
        check = rules.rule(span).data.get("check")
        if check == "year":
            return _year_ok(span, cue_words)
        if check == "deictic":
            return _deictic_ok(span, tools)
        if check == "not-after-de":
            prev = _prev(span)
            return prev is None or prev.lower_ not in ("d'", "d’", "de")
        if check == "weekday":
            return _weekday_ok(span)
        if check == "not-version":  # version 10.12.01
            prev = _prev(span)
            return prev is None or prev.lower_ not in ("version", "v", "v.", "release")
        if check == "next-year":  # 2011-12: the year after, else a month or a code
            return season_years(span.text) is not None
        if check in ("multiword", "not-before-adjective"):  # fête du travail; not Noël (a first name), le nouvel an chinois
            nxt = _next(span)
            return (check != "multiword" or len(span.text.split()) > 1) and (nxt is None or nxt.pos_ != "ADJ")
        if check == "anchored-day":  # la veille stratégique is a noun
            nxt = _next(span)
            return (nxt is None or nxt.pos_ not in ("ADJ", "NOUN")) and not _in_infinitive(span, tools)
        if check == "numeric-day":  # le 22/04, not a score or a ratio; 17/02 (a zero-padded month) alone
            prev = _prev(span)
            if re.fullmatch(r"\d\d/0\d", span.text):
                return True
            return prev is not None and prev.lower_ in ("le", "du", "au", "depuis", "dès", "avant", "après", "jusqu'au", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
        return True

    def detect(doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = [span for span in rules.matches(doc, longest=True) if keep(span)]
        reference = doc._.reference_date
        facts, anchor = [], None
        for span in span_group(doc, SPAN_KEY):
            anchored = reference is not None and rules.rule(span).data.get("anchor") == "earlier"
            kind = rules.rule(span).data["normalize"]
            value = _value(span, reference, tools, (anchor or reference.isoformat()) if anchored else None, kind)
            facts.append((span, value))
            if value is not None and value["value"] is not None:
                anchor = value["value_end"] or value["value"]
        set_facts(doc, SPAN_KEY, facts)
        return doc

    return detect


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


_YEAR = re.compile(r"\d{4}")
_HORIZON = re.compile(r"(?i)d['’]\s?ici\s?(?:à\s|l['’]\s?|le\s|au\s|la\s)?$")  # d'ici l'été: a future point


@cache
def _future_cues() -> frozenset[str]:
    return frozenset(load_lexicon("date/future_cues"))


def _tense(span: Span, tools: OnDemand) -> bool | None:
    """The tense of the clause governing the span: True for a future (``lancera``, ``sera
    lancé``, ``aura lieu``, ``est prévu``), False for a past (``a lancé``, ``lançait``,
    ``fondée``), None for a present or no verb (``se tient``, a heading)."""
    sentence, offset = tools.parsed_sentence(span)
    token = sentence[span.start - offset : span.end - offset].root
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            tokens = [token, *(c for c in token.children if c.dep_.startswith("aux"))]
            if tools.lemma(token) in _future_cues():  # est prévu le 14 avril
                return True
            if any("Fut" in t.morph.get("Tense") for t in tokens):
                return True
            if any(set(t.morph.get("Tense")) & {"Past", "Imp"} for t in tokens):
                return False
            return None
        if token.head is token:
            break
        token = token.head
    return None


def _value(span: Span, reference, tools: OnDemand, anchor: str | None = None, kind: str | None = None) -> dict | None:
    """The record fields of one date span read by the normalizer its rule names (``kind``), or
    None when it does not normalize; ``anchor`` is the date an anchored phrase (``le lendemain``)
    counts from."""
    text = surface(span).text
    # the tense only matters to place a yearless date around the reference date
    horizon = _HORIZON.search(doc_text(span.doc)[max(0, span.start_char - 12) : span.start_char])
    future: bool | None = False
    if reference is not None and not _YEAR.search(text):
        future = True if horizon else _tense(span, tools)
    parsed = normalize_date(text, reference, future=future, anchor=anchor, kind=kind)
    if parsed is None:
        return None
    return {"value": parsed.value, "value_end": parsed.value_end, "mod": parsed.mod, "relative": parsed.relative}
