"""Every rule file loads, every rule matches its own example, ids are unique across files."""

from __future__ import annotations

import pytest

from presse2data.lang.modelfiles import load_rules, rule_files
from presse2data.lang.rules import RuleSet

ALL_RULES = [(name, rule) for name in rule_files() for rule in load_rules(name)]


def test_rule_ids_are_unique_across_files():
    ids = [rule.id for _, rule in ALL_RULES]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize("name,rule", ALL_RULES, ids=[rule.id for _, rule in ALL_RULES])
def test_rule_matches_its_example(nlp, name, rule):
    rules = RuleSet(nlp.vocab, name)
    doc = nlp(rule.example)
    assert rule.id in {span.id_ for span in rules.matches(doc, longest=False)}


def test_regex_parts_expand_and_undefined_parts_are_reported():
    from presse2data.lang.modelfiles import expand

    assert expand(r"{A}\d{1,3}{B}", {"A": "x", "B": "(?:y|z)"}) == r"x\d{1,3}(?:y|z)"
    with pytest.raises(ValueError, match="undefined regex part"):
        expand("{MISSING}", {}, "rules/x.jsonl:1")


def test_no_rule_keeps_an_unexpanded_part():
    import re

    for _, rule in ALL_RULES:
        if rule.regex is not None:
            assert not re.search(r"\{[A-Z][A-Z0-9_]*\}", rule.regex), rule.id
