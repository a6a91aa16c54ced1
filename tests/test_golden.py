"""Golden test: the real pipeline on the five annotated articles stays above a floor per type.

Floors sit just under the figures reached (README table); raise them as the
extractors improve, never lower them to make a change pass.
"""

from __future__ import annotations

from presse2data.evaluation import evaluate

from .conftest import ANNOTATIONS, CORPUS

# fmt: off
FLOORS = {
    "person":       0.80,
    "organization": 0.45,
    "micro":        0.40,
}
# fmt: on


def test_development_set_stays_above_the_floors(extractor):
    report = evaluate(ANNOTATIONS, corpus=CORPUS, extractor=extractor)
    assert len(report.articles) == 5
    assert not report.below(FLOORS), report.markdown()
