"""The common calendar shapes are read without dateparser (dateparsing._plain): the reading
must be dateparser's own, for every month form of the lexicon and the edge days."""

import pytest

from presse2data.facts.date.dateparsing import _parsed, _plain
from presse2data.facts.date.grammar import _months

# fmt: off
SHAPES = [
    "3 mars 2015", "1er janvier 2017", "01 juin", "29 février", "29 février 2016", "30 avril 1899",
    "31 décembre 2099", "mars", "septembre 2020", "03/03/2016", "3/3/2016", "29.03.2017", "21-04-2016",
]
NOT_PLAIN = ["31 avril", "29 février 2015", "30/02/2016", "3 mars 15", "mars de 2015", "15 fév. 13"]
# fmt: on


@pytest.mark.parametrize("text", SHAPES + [f"12 {month} 2015" for month in _months()] + list(_months()))
def test_plain_reads_as_dateparser(text):
    assert _plain(text) is not None
    assert _plain(text) == _parsed(text)


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_other_shapes_go_to_dateparser(text):
    assert _plain(text) is None
