"""The needs and line-safety read from rule regexes (lang/prefilter.py): a need must be in
every match's line, or a rule would lose matches; gating must not change any match."""

import re

import pytest

from presse2data.lang.modelfiles import load_rules, rule_files
from presse2data.lang.prefilter import fold, line_safe, need

# fmt: off
NEEDS = [
    (r"(?i)(?<!\w)(?:janvier|mars)\s\d{4}", "Le 3 MARS 2015",       "le 3 avril 2015"),
    (r"(?i)il\sy\sa\s\d+\sans",             "Il y a 3 ans",         "pas de date"),
    (r"\d{1,2}/\d{1,2}",                    "le 2/3",               "le deux mars"),
    (r"(?i)(?:hier|demain)",                "HIER",                 "aujourd'hui"),
    (r"(?i)semaine",                        "ſemaine",              "mois"),   # ſ is s to the regex engine
]
# fmt: on


@pytest.mark.parametrize("regex, matching, other", NEEDS)
def test_need_is_in_every_match(regex, matching, other):
    needed = need(regex, re.UNICODE)
    assert needed is not None
    assert re.search(regex, matching) and needed.search(fold(matching))
    assert not needed.search(fold(other))


@pytest.mark.parametrize("regex", [r"(?:a|)b", r"x?", r"(?!mars)\w+"])
def test_no_need_when_a_match_may_lack_it(regex):
    assert need(regex, re.UNICODE) is None  # (b: one letter, in every line, not worth a search)


# fmt: off
SAFETY = [
    (r"(?<!\w)\d{4}(?!\w)",   True),
    (r"mars[ \u00a0]+\d{4}",  True),
    (r"d'\s*ici",             False),   # \s takes a line break
    (r"fin$",                 False),   # $: the end of the text, not of a line
    (r"[^,]+",                False),
    (r"a.b",                  False),
]
# fmt: on


@pytest.mark.parametrize("regex, safe", SAFETY)
def test_line_safe(regex, safe):
    assert line_safe(regex, re.UNICODE) is safe


@pytest.mark.parametrize("name", rule_files())
def test_every_rule_example_holds_its_need(name):
    for rule in load_rules(name):
        needed = rule.regex and need(rule.regex, re.UNICODE)
        if needed:
            assert needed.search(fold(rule.example)), rule.id


def test_fold_keeps_offsets():
    text = "İstanbul, ſemaine, K"
    assert len(fold(text)) == len(text)
