"""dates: find French temporal expressions, then build ``date`` records.

Detection is rule-based (``models/date/rules.jsonl``, one regex per phrasing,
each with a stable id such as ``date/day-month-year``); the spans go to
``doc.spans["date"]``, each normalized with
:func:`presse2data.facts.date.normalize.normalize_date` against ``doc._.reference_date``
into ``doc._.facts``.
Spans leave out leading prepositions and articles (``en [2008]``,
``le [28 février]``, ``les [années 1990]``) but keep the words that make a
phrase relative (``[il y a deux semaines]``, ``[d'ici 3 ans]``).

Context checks the regexes cannot make (a rule's ``check``: ``date.year``, ``date.deictic``,
``date.weekday``, ...) are functions registered in :mod:`.checks`; :class:`RuleSet` applies them.

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
from spacy.tokens import Doc, Span

from ...extensions import set_facts
from ...lang.modelfiles import load_lexicon
from ...lang.parsing import OnDemand, on_demand
from ...lang.rules import RuleSet
from ...lang.tokens import doc_text, span_group, surface
from . import SPEC, checks  # noqa: F401  (checks: registers the rules' date.* checks)
from .normalize import normalize_date

COMPONENT = SPEC.factory
SPAN_KEY = SPEC.name


@Language.factory(COMPONENT, requires=["doc._.reference_date", "token.pos", "token.morph"], assigns=["doc.spans", "doc._.facts"])
def make_component(nlp: Language, name: str):
    """Match the date rules, keep the spans that pass their context check, normalize each."""
    rules = RuleSet(nlp.vocab, SPAN_KEY)
    tools = on_demand(nlp)

    def detect(doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = rules.matches(doc, longest=True, veto=True, tools=tools)
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
        if horizon:
            future = True
        else:  # parse the sentence for its tense only when the tense changes the value
            readings = [normalize_date(text, reference, future=f, anchor=anchor, kind=kind) for f in (False, True, None)]
            future = False if readings.count(readings[0]) == 3 else _tense(span, tools)
    parsed = normalize_date(text, reference, future=future, anchor=anchor, kind=kind)
    if parsed is None:
        return None
    return {"value": parsed.value, "value_end": parsed.value_end, "mod": parsed.mod, "relative": parsed.relative}
