"""French numbers: separators, decimal comma, words, approximate nouns, scales, qualifiers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presse2data.lang.numbers import parse_number, split_qualifier

# fmt: off
NUMBERS = [
    ("400",                     400,            False),
    ("1 200",                   1_200,          False),
    ("1\u00a0200",              1_200,          False),
    ("1\u202f200",              1_200,          False),
    ("1\u2009200",              1_200,          False),
    ("550.000",                 550_000,        False),
    ("14,7",                    14.7,           False),
    ("2.5",                     2.5,            False),
    ("deux cents",              200,            False),
    ("deux cent cinquante",     250,            False),
    ("vingt et un",             21,             False),
    ("quatre-vingt-dix",        90,             False),
    ("deux millions",           2_000_000,      False),
    ("cent mille",              100_000,        False),
    ("mille",                   1_000,          False),
    ("une dizaine",             10,             True),
    ("une douzaine",            12,             True),
    ("une quinzaine",           15,             True),
    ("une vingtaine",           20,             True),
    ("une trentaine",           30,             True),
    ("une quarantaine",         40,             True),
    ("une cinquantaine",        50,             True),
    ("une soixantaine",         60,             True),
    ("une centaine",            100,            True),
    ("un millier",              1_000,          True),
    ("une dizaine de millions", 10_000_000,     True),
    ("1,2 milliard",            1_200_000_000,  False),
    ("14,7 millions",           14_700_000,     False),
    ("3 milliards",             3_000_000_000,  False),
    ("50 mille",                50_000,         False),
    ("14,7 M",                  14_700_000,     False),
    ("2 Md",                    2_000_000_000,  False),
    ("50 k",                    50_000,         False),
    ("un demi-million",         500_000,        False),
    ("un demi-milliard",        500_000_000,    False),
]
VAGUE = ["plusieurs centaines", "des milliers", "quelques dizaines", "", "Web", "3 m", "S3", "deux deux"]
QUALIFIERS = [
    ("environ 50",          "about", "50"),
    ("près de 50",          "about", "50"),
    ("près d'un million",   "about", "un million"),
    ("quelque 7 000",       "about", "7 000"),
    ("autour de 40",        "about", "40"),
    ("50 environ",          "about", "50"),
    ("plus de 400",         "over",  "400"),
    ("au moins 400",        "over",  "400"),
    ("au-delà de 400",      "over",  "400"),
    ("moins de 400",        "under", "400"),
    ("jusqu'à 400",         "under", "400"),
    ("jusqu’à 400",         "under", "400"),
    ("quelques centaines",  None,    "quelques centaines"),
    ("400",                 None,    "400"),
]
# fmt: on


@pytest.mark.parametrize("text,value,approximate", NUMBERS, ids=[row[0] for row in NUMBERS])
def test_parse_number(text, value, approximate):
    parsed = parse_number(text)
    assert parsed is not None and (parsed.value, parsed.approximate) == (value, approximate)


@pytest.mark.parametrize("text", VAGUE)
def test_vague_or_unreadable_is_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,qualifier,rest", QUALIFIERS)
def test_split_qualifier(text, qualifier, rest):
    assert split_qualifier(text) == (qualifier, rest)


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009", "."]))
def test_grouped_integers_round_trip(number, separator):
    assert parse_number(f"{number:,}".replace(",", separator)).value == number


@given(st.text(max_size=200))
@settings(max_examples=500)
def test_never_raises(text):
    parse_number(text)
    split_qualifier(text)
