"""Each date rule names the normalizer that reads its spans (key ``normalize`` of
``models/date/rules.jsonl``), and that normalizer reads the rule's own example."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from presse2data.facts.date.grammar import _clean
from presse2data.facts.date.normalize import NORMALIZERS, normalize_date
from presse2data.facts.date.reading import _range_rules, read
from presse2data.lang.modelfiles import load_rules
from presse2data.lang.parsing import on_demand
from presse2data.lang.rules import RuleSet

RULES = list(load_rules("date"))


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_names_a_normalizer_that_reads_its_example(nlp, rule):
    assert rule.data.get("normalize") in NORMALIZERS, rule.id
    found = RuleSet(nlp.vocab, "date").matches(nlp(rule.example), longest=False, tools=on_demand(nlp))  # checks applied
    spans = [s for s in found if s.id_ == rule.id]
    assert spans, rule.id
    reference = dt.date(2015, 6, 1)
    got = normalize_date(spans[0].text, reference, None, anchor=reference.isoformat(), kind=rule.data["normalize"])
    assert got is not None and (got.value is not None or got.relative), (rule.id, spans[0].text, got)


REGEX_RULES = [rule for rule in RULES if rule.regex is not None]


@pytest.mark.parametrize("rule", REGEX_RULES, ids=[r.id for r in REGEX_RULES])
def test_a_rule_reads_back_its_own_span(rule):
    """The normalizers read a phrase with the rules themselves (one grammar): the span a rule
    finds in its example, cleaned as a normalizer cleans it, is read back whole by that rule."""
    span = re.compile(rule.regex).search(rule.example).group("span")
    assert read(_clean(span), rule.id), (rule.id, span)


def test_every_range_rule_names_its_ends():
    """A range is read from its rule's groups (``start``/``end``, or ``sday``... ``eday``...)."""
    ranges = {rule.id for rule in RULES if rule.data.get("normalize") == "range"}
    assert set(_range_rules()) == ranges - {"date/month-fortnight"}  # a fortnight: one month, read whole
