"""parse_amount: one row per phrasing of the amounts issue, plus hypothesis round trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presse2data.facts.amount.normalize import parse_amount

NNBSP, NBSP, THIN = "\u202f", "\u00a0", "\u2009"

# fmt: off
ROWS = [
    # digits with thousands separators
    ("130 000 euros",                       130_000,        "EUR", None,        None),
    (f"130{NBSP}000 euros",                 130_000,        "EUR", None,        None),
    (f"130{NNBSP}000 euros",                130_000,        "EUR", None,        None),
    (f"130{THIN}000 euros",                 130_000,        "EUR", None,        None),
    ("550.000 euros",                       550_000,        "EUR", None,        None),
    ("1.250.000 euros",                     1_250_000,      "EUR", None,        None),
    ("12 345 678 euros",                    12_345_678,     "EUR", None,        None),
    ("40 000 euros",                        40_000,         "EUR", None,        None),
    ("500 euros",                           500,            "EUR", None,        None),
    ("1 euro",                              1,              "EUR", None,        None),
    ("2,50 euros",                          2.5,            "EUR", None,        None),
    # decimal comma and apostrophes
    ("14,7 millions d'euros",               14_700_000,     "EUR", None,        None),
    ("14,7 millions d’euros",               14_700_000,     "EUR", None,        None),
    (f"14,7{NBSP}millions d’euros",         14_700_000,     "EUR", None,        None),
    ("1,5 million d'euros",                 1_500_000,      "EUR", None,        None),
    ("2.5 millions de dollars",             2_500_000,      "USD", None,        None),
    # euro forms
    ("300 millions d'euros",                300_000_000,    "EUR", None,        None),
    ("50 000 €",                            50_000,         "EUR", None,        None),
    ("50 000€",                             50_000,         "EUR", None,        None),
    ("€50",                                 50,             "EUR", None,        None),
    ("€ 50 000",                            50_000,         "EUR", None,        None),
    ("50 000 EUR",                          50_000,         "EUR", None,        None),
    ("EUR 50 000",                          50_000,         "EUR", None,        None),
    ("50 k€",                               50_000,         "EUR", None,        None),
    ("50k€",                                50_000,         "EUR", None,        None),
    ("50 K€",                               50_000,         "EUR", None,        None),
    ("10 M€",                               10_000_000,     "EUR", None,        None),
    ("1,2 M€",                              1_200_000,      "EUR", None,        None),
    ("2 Md€",                               2_000_000_000,  "EUR", None,        None),
    ("3 Mds€",                              3_000_000_000,  "EUR", None,        None),
    ("2 Mrd€",                              2_000_000_000,  "EUR", None,        None),
    # dollars
    ("3 millions de dollars",               3_000_000,      "USD", None,        None),
    ("1 000 dollars",                       1_000,          "USD", None,        None),
    ("$3 millions",                         3_000_000,      "USD", None,        None),
    ("$500",                                500,            "USD", None,        None),
    ("500 $",                               500,            "USD", None,        None),
    ("3 M$",                                3_000_000,      "USD", None,        None),
    ("USD 2,5 millions",                    2_500_000,      "USD", None,        None),
    ("2 millions USD",                      2_000_000,      "USD", None,        None),
    ("US$ 3 millions",                      3_000_000,      "USD", None,        None),
    ("1 million de dollars US",             1_000_000,      "USD", None,        None),
    # pounds, swiss francs, yen
    ("5 millions de livres sterling",       5_000_000,      "GBP", None,        None),
    ("£10 millions",                        10_000_000,     "GBP", None,        None),
    ("10 000 £",                            10_000,         "GBP", None,        None),
    ("20 000 GBP",                          20_000,         "GBP", None,        None),
    ("1,2 milliard de francs suisses",      1_200_000_000,  "CHF", None,        None),
    ("CHF 300 000",                         300_000,        "CHF", None,        None),
    ("300 000 CHF",                         300_000,        "CHF", None,        None),
    ("100 millions de yens",                100_000_000,    "JPY", None,        None),
    # scale words
    ("mille euros",                         1_000,          "EUR", None,        None),
    ("50 mille euros",                      50_000,         "EUR", None,        None),
    ("1,2 milliard d'euros",                1_200_000_000,  "EUR", None,        None),
    ("2 milliards d'euros",                 2_000_000_000,  "EUR", None,        None),
    ("un milliard de dollars",              1_000_000_000,  "USD", None,        None),
    ("un million d'euros",                  1_000_000,      "EUR", None,        None),
    ("deux millions d'euros",               2_000_000,      "EUR", None,        None),
    ("un demi-million d'euros",             500_000,        "EUR", None,        None),
    ("cent mille euros",                    100_000,        "EUR", None,        None),
    ("deux cent cinquante mille euros",     250_000,        "EUR", None,        None),
    ("vingt euros",                         20,             "EUR", None,        None),
    ("trois milliards de dollars",          3_000_000_000,  "USD", None,        None),
    ("une dizaine de millions d'euros",     10_000_000,     "EUR", None,        "about"),
    ("une centaine d'euros",                100,            "EUR", None,        "about"),
    ("un millier d'euros",                  1_000,          "EUR", None,        "about"),
    # ranges
    ("entre 5 et 8 millions d'euros",       5_000_000,      "EUR", 8_000_000,   None),
    ("entre 2 et 3 millions d’euros",       2_000_000,      "EUR", 3_000_000,   None),
    ("de 10 à 12 M€",                       10_000_000,     "EUR", 12_000_000,  None),
    ("5 à 8 millions d'euros",              5_000_000,      "EUR", 8_000_000,   None),
    ("entre 12 euros et 15 euros",          12,             "EUR", 15,          None),
    ("entre 500 000 et 1 million d'euros",  500_000,        "EUR", 1_000_000,   None),
    ("entre 1,5 et 2 milliards de dollars", 1_500_000_000,  "USD", 2_000_000_000, None),
    ("de 20 000 à 30 000 euros",            20_000,         "EUR", 30_000,      None),
    ("5-8 M€",                              5_000_000,      "EUR", 8_000_000,   None),
    ("de 3 à 5 millions de livres sterling", 3_000_000,     "GBP", 5_000_000,   None),
    ("environ 5 à 8 millions d'euros",      5_000_000,      "EUR", 8_000_000,   "about"),
    # qualifiers
    ("environ 5 millions d'euros",          5_000_000,      "EUR", None,        "about"),
    ("5 millions d'euros environ",          5_000_000,      "EUR", None,        "about"),
    ("près de 3 millions d'euros",          3_000_000,      "EUR", None,        "about"),
    ("près d'un million d'euros",           1_000_000,      "EUR", None,        "about"),
    ("quelque 200 000 euros",               200_000,        "EUR", None,        "about"),
    ("autour de 40 000 euros",              40_000,         "EUR", None,        "about"),
    ("autour d'un milliard d'euros",        1_000_000_000,  "EUR", None,        "about"),
    ("plus de 300 millions d'euros",        300_000_000,    "EUR", None,        "over"),
    ("plus d'un million d'euros",           1_000_000,      "EUR", None,        "over"),
    ("au moins 10 000 euros",               10_000,         "EUR", None,        "over"),
    ("au-delà de 2 millions d'euros",       2_000_000,      "EUR", None,        "over"),
    ("moins de 50 000 euros",               50_000,         "EUR", None,        "under"),
    ("moins d'un million d'euros",          1_000_000,      "EUR", None,        "under"),
    ("jusqu'à 3 millions d'euros",          3_000_000,      "EUR", None,        "under"),
    ("jusqu’à 3 M€",                        3_000_000,      "EUR", None,        "under"),
    ("Plus de 100 000 €",                   100_000,        "EUR", None,        "over"),
    # issue 12: currency adjectives and prefixed symbols (models/amount/currencies.txt)
    ("3 millions de dollars canadiens",     3_000_000,      "CAD", None,        None),
    ("1 dollar canadien",                   1,              "CAD", None,        None),
    ("50 $CAD",                             50,             "CAD", None,        None),
    ("CA$ 120",                             120,            "CAD", None,        None),
    ("10 millions de dollars australiens",  10_000_000,     "AUD", None,        None),
    ("2 milliards de dollars de Hong Kong", 2_000_000_000,  "HKD", None,        None),
    ("300 $ hk",                            300,            "HKD", None,        None),
    ("300 $ HK",                            300,            "HKD", None,        None),
    ("US$ 5 millions",                      5_000_000,      "USD", None,        None),
    ("4 millions de dollars américains",    4_000_000,      "USD", None,        None),
    ("99 dollars",                          99,             "USD", None,        None),
    ("30 millions de livres",               30_000_000,     "GBP", None,        None),
    ("30 millions de livres sterling",      30_000_000,     "GBP", None,        None),
    ("450000 yens",                         450_000,        "JPY", None,        None),
    ("3 milliards de yuans",                3_000_000_000,  "CNY", None,        None),
    ("5 milliards de renminbi",             5_000_000_000,  "CNY", None,        None),
    ("200 millions de roupies indiennes",   200_000_000,    "INR", None,        None),
    ("500 roupies",                         500,            "INR", None,        None),
    ("40 millions de shekels",              40_000_000,     "ILS", None,        None),
    ("500 millions de francs CFA",          500_000_000,    "XOF", None,        None),
    ("1,5 milliard de francs",              1_500_000_000,  "FRF", None,        None),
    ("300 000 francs suisses",              300_000,        "CHF", None,        None),
    # cents
    ("15 dollars 50",                       15.5,           "USD", None,        None),
    ("treize euros et quarante-cinq centimes", 13.45,       "EUR", None,        None),
    ("15 dollars et 15 cents",              15.15,          "USD", None,        None),
    ("2 euros et 5 centimes",               2.05,           "EUR", None,        None),
    ("1 USD 23 cents",                      1.23,           "USD", None,        None),
    ("15 dollars et 15",                    15.15,          "USD", None,        None),
    ("7 euros 5 centimes",                  7.05,           "EUR", None,        None),
    # a scale glued to a code (AFP style), every ISO 4217 code after the number
    ("2 MEUR",                              2_000_000,      "EUR", None,        None),
    ("1,5 MEUR",                            1_500_000,      "EUR", None,        None),
    ("300 KEUR",                            300_000,        "EUR", None,        None),
    ("3,5 MUSD",                            3_500_000,      "USD", None,        None),
    ("1,2 MdEUR",                           1_200_000_000,  "EUR", None,        None),
    ("600 000 EUR",                         600_000,        "EUR", None,        None),
    ("250 000 XAF",                         250_000,        "XAF", None,        None),
    ("40 000 SEK",                          40_000,         "SEK", None,        None),
    # currency names of CLDR, adjectives, symbols with a country, historical currencies
    ("20 millions de couronnes suédoises",  20_000_000,     "SEK", None,        None),
    ("300 dirhams marocains",               300,            "MAD", None,        None),
    ("12 000 dinars tunisiens",             12_000,         "TND", None,        None),
    ("5 millions de reals brésiliens",      5_000_000,      "BRL", None,        None),
    ("un million de zlotys",                1_000_000,      "PLN", None,        None),
    ("80 000 $NZ",                          80_000,         "NZD", None,        None),
    ("NZ$ 80 000",                          80_000,         "NZD", None,        None),
    ("2 000 R$",                            2_000,          "BRL", None,        None),
    ("neuf pounds",                         9,              "GBP", None,        None),
    ("40 marks allemands",                  40,             "DEM", None,        None),
    ("10 000 marks",                        10_000,         "DEM", None,        None),
    ("3 000 pesetas",                       3_000,          "ESP", None,        None),
    ("500 francs belges",                   500,            "BEF", None,        None),
    # codes glued to the number, ungrouped numbers, dot thousands with a comma decimal
    ("EUR29,99",                            29.99,          "EUR", None,        None),
    ("USD1,23",                             1.23,           "USD", None,        None),
    ("125.000,50 $",                        125_000.5,      "USD", None,        None),
    ("1.250.000,75 €",                      1_250_000.75,   "EUR", None,        None),
    # open-ended range: the qualifier written on the upper end is the amount's qualifier
    ("de 100 € à plus de 10 000 €",         100,            "EUR", 10_000,      "over"),
    ("de 5 à plus de 8 millions d'euros",   5_000_000,      "EUR", 8_000_000,   "over"),
]

NOT_AMOUNTS = [
    "20 %", "20%", "100 % haut-débit", "2014", "en 2014", "04 73 12 34 56", "3 000 m²", "7 000 personnes",
    "140 salariés", "Web 2.0", "web 3.0", "S3", "23 ans", "8 Mbit/s", "70 millions", "plusieurs millions d'euros",
    "des millions d'euros", "", "euros", "€", "n°1", "12 commissions",
    "15 euros 5", "15 euros et 150 centimes", "3,5 euros 50", "MEUR", "2 M", "10 sucres",
]
# fmt: on


@pytest.mark.parametrize("text,value,currency,value_max,qualifier", ROWS, ids=[row[0] for row in ROWS])
def test_parse_amount(text, value, currency, value_max, qualifier):
    parsed = parse_amount(text)
    assert parsed is not None
    assert (parsed.value, parsed.currency, parsed.value_max, parsed.qualifier) == (value, currency, value_max, qualifier)


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text):
    assert parse_amount(text) is None


def test_context_currency_applies_only_without_a_stated_one():
    assert parse_amount("70 millions", currency="EUR").value == 70_000_000
    assert parse_amount("70 millions de dollars", currency="EUR").currency == "USD"


def test_two_currencies_are_not_one_amount():
    assert parse_amount("5 euros et 3 dollars") is None


SEPARATORS = [" ", NBSP, NNBSP, THIN, "."]
CURRENCY_FORMS = [
    ("{} euros", "EUR"), ("{} €", "EUR"), ("{}€", "EUR"), ("€{}", "EUR"), ("{} EUR", "EUR"),
    ("{} dollars", "USD"), ("${}", "USD"), ("{} $", "USD"), ("USD {}", "USD"),
    ("{} livres sterling", "GBP"), ("£{}", "GBP"), ("{} CHF", "CHF"), ("CHF {}", "CHF"), ("{} francs suisses", "CHF"),
    ("{} dollars canadiens", "CAD"), ("{} $CAD", "CAD"), ("CA${}", "CAD"), ("{} dollars australiens", "AUD"),
    ("{} dollars de Hong Kong", "HKD"), ("{} $ hk", "HKD"), ("US${}", "USD"), ("{} dollars américains", "USD"),
    ("{} livres", "GBP"), ("{} yens", "JPY"), ("{} yuans", "CNY"), ("{} renminbi", "CNY"), ("{} roupies", "INR"),
    ("{} shekels", "ILS"), ("{} francs CFA", "XOF"), ("{} francs", "FRF"), ("EUR{}", "EUR"), ("USD{}", "USD"),
]


def group(number: int, separator: str) -> str:
    return f"{number:,}".replace(",", separator)


@given(
    number=st.integers(min_value=0, max_value=10**12),
    separator=st.sampled_from(SEPARATORS),
    form=st.sampled_from(CURRENCY_FORMS),
)
@settings(max_examples=300)
def test_any_grouped_integer_parses_back(number, separator, form):
    template, code = form
    parsed = parse_amount(template.format(group(number, separator)))
    assert parsed is not None
    assert (parsed.value, parsed.currency, parsed.value_max) == (number, code, None)


@given(
    units=st.integers(min_value=0, max_value=10**6),
    cents=st.integers(min_value=10, max_value=99),
    form=st.sampled_from(["{} dollars {}", "{} euros et {} centimes", "{} dollars et {} cents", "{} USD {} cents", "{} dollars et {}"]),
)
@settings(max_examples=200)
def test_units_and_cents_parse_back(units, cents, form):
    parsed = parse_amount(form.format(units, cents))
    assert parsed is not None
    assert parsed.value == pytest.approx(units + cents / 100)


@given(st.text(max_size=300))
@settings(max_examples=500)
def test_never_raises_on_arbitrary_text(text):
    parse_amount(text)
    parse_amount(text, currency="EUR")


@given(st.text(alphabet="0123456789 ,.-–àetdeentrMk€$£¥ millions d'euros environ plus CAD US$ hk centimes livres MEURKUSDXAFNZ$", max_size=60))
@settings(max_examples=500)
def test_never_raises_on_amount_like_text(text):
    parse_amount(text)


def _lexicon():
    from presse2data.lang.modelfiles import lexicon_fields, load_lexicon

    return [lexicon_fields(entry)[:3] for entry in load_lexicon("amount/currencies")]


@pytest.mark.parametrize("form,code,kind", _lexicon(), ids=[fields[0] for fields in _lexicon()])
def test_every_currency_of_the_lexicon_reads_after_and_before_a_number(form, code, kind):
    """One vocabulary: the normalizer's table is the lexicon (models/amount/currencies.txt)."""
    assert kind in ("word", "sign", "code", "iso")
    assert parse_amount(f"12 000 {form}") == parse_amount(f"12 000 {form}") is not None
    assert parse_amount(f"12 000 {form}").currency == code
    if kind in ("sign", "code"):
        assert parse_amount(f"{form} 12 000").currency == code
