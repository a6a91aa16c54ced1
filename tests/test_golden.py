"""Golden tests: the real pipeline on annotated articles stays above a floor per type.

Three sets: the development articles (corpus/, annotations/), a held-out set written
blind to the rules and then used to find general weaknesses (tests/heldout/), and a
second blind set (tests/unseen/) that measures how the rules generalize. Floors sit
just under the figures reached (README table); raise them as the extractors improve,
never lower them to make a change pass.
"""

from __future__ import annotations

import pytest

from presse2data.evaluation import evaluate

from .conftest import ANNOTATIONS, CORPUS, ROOT

# fmt: off
SETS = {
    #            gold folder                        corpus folder                  articles
    "dev":     (ANNOTATIONS,                       CORPUS,                        5),
    "heldout": (ROOT / "tests/heldout/annotations", ROOT / "tests/heldout/corpus", 6),
    "unseen":  (ROOT / "tests/unseen/annotations",  ROOT / "tests/unseen/corpus",  6),
}
# funding (added with its type, at the rates first measured) counts in micro: the micro floors of
# heldout and unseen moved with it (0.94 → 0.87, 0.92 → 0.89); the other types' floors did not
FLOORS = {
    #          person organization role  amount member_count date  funding micro
    "dev":     (0.99,  0.85,        0.55, 0.98,  0.98,        0.98, 0.60,   0.86),
    "heldout": (0.98,  0.95,        0.72, 0.98,  0.98,        0.98, 0.40,   0.88),
    "unseen":  (0.94,  0.90,        0.74, 0.98,  0.82,        0.97, 0.44,   0.89),
}
# fmt: on
TYPES = ("person", "organization", "role", "amount", "member_count", "date", "funding", "micro")


@pytest.mark.parametrize("name", list(SETS))
def test_annotated_set_stays_above_the_floors(extractor, name):
    gold, corpus, articles = SETS[name]
    report = evaluate(gold, corpus=corpus, extractor=extractor)
    assert len(report.articles) == articles
    assert not report.below(dict(zip(TYPES, FLOORS[name]))), report.markdown()
