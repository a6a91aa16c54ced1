"""Each date rule names the normalizer that reads its spans (key ``normalize`` of
``models/date/rules.jsonl``), and that normalizer reads the rule's own example."""

from __future__ import annotations

import datetime as dt

import pytest

from presse2data.facts.date.normalize import NORMALIZERS, normalize_date
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
