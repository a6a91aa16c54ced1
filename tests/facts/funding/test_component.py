"""Funding on invented sentences through the real pipeline: the phrasings of the issue, measured
as a rate with a floor (a learned linker is judged on the whole table, not row by row), and
what is never funding."""

from __future__ import annotations


def _fundings(extractor, text):
    return [r for r in extractor.extract(text, article_id="t") if r.type == "funding"]


# fmt: off
PHRASINGS = [
    # text, amount value, recipient, funders, kind
    ("La start-up Valdor Num lève 2 M€ auprès de Kerfonds Capital et de la Banque Armorique.",
     2_000_000, "Valdor Num", {"Kerfonds Capital", "Banque Armorique"}, "equity"),
    ("Le cluster Kerlande Data annonce une levée de fonds de 500 000 euros pour la start-up Brivane.",
     500_000, "Brivane", set(), "equity"),
    ("La Région Kerlande accorde une subvention de 30 000 € à l'association Grappe Numérique.",
     30_000, "Grappe Numérique", {"Région Kerlande"}, "grant"),
    ("La société Ondalys boucle un tour de table de 1,5 million d'euros mené par Kerfonds Capital.",
     1_500_000, "Ondalys", {"Kerfonds Capital"}, "equity"),
    ("Le prix Kerlande Innovation, doté de 10 000 euros, revient à la start-up Kalimba.",
     10_000, "Kalimba", set(), "prize"),
    ("L'association Grappe Numérique dispose d'un budget de 640 000 euros.",
     640_000, "Grappe Numérique", set(), "budget"),
    ("La jeune pousse Solvane obtient un prêt d'honneur de 40 000 euros de la part d'Initiative Kerlande.",
     40_000, "Solvane", {"Initiative Kerlande"}, "loan"),
    ("Kerfonds Capital investit 3 millions d'euros dans la société Nuvola Data en série A.",
     3_000_000, "Nuvola Data", {"Kerfonds Capital"}, "equity"),
]
# fmt: on
# of 8 with amount, recipient, funders and kind all right: 4 today (missed: the recipient named by
# "pour", the prize whose start-up the recognizer misses, the loan, "investit … dans X")
FLOOR = 4


def test_the_funding_phrasings_of_the_issue(extractor):
    right, seen = 0, []
    for text, value, recipient, funders, kind in PHRASINGS:
        found = _fundings(extractor, text)
        got = [(f.amount.value, f.recipient, set(f.funders), f.kind) for f in found]
        seen.append(got)
        right += (value, recipient, funders, kind) in got
    assert right >= FLOOR, seen


def test_a_turnover_is_no_funding(extractor):
    text = "Le chiffre d'affaires de la société Nuvola Data atteint 3 millions d'euros."
    assert [r.type for r in extractor.extract(text, article_id="t") if r.type == "amount"] == ["amount"]
    assert _fundings(extractor, text) == []


def test_a_funding_record_carries_its_amount_and_span(extractor):
    text = "La start-up Valdor Num lève 2 M€ auprès de Kerfonds Capital."
    (funding,) = _fundings(extractor, text)
    (amount,) = [r for r in extractor.extract(text, article_id="t") if r.type == "amount"]
    assert (funding.start, funding.end, funding.text) == (amount.start, amount.end, "2 M€")
    assert funding.amount.model_dump() == {"value": 2_000_000, "currency": "EUR", "value_max": None, "qualifier": None}
    assert funding.source == "rule:funding/linker"


def test_the_round_at_the_end_of_a_sentence(extractor):
    """``en série A.``: the tokenizer keeps the period on the letter."""
    (funding,) = _fundings(extractor, "La start-up Valdor Num lève 2 M€ auprès de Kerfonds Capital en série A.")
    assert (funding.kind, funding.round) == ("equity", "série A")


# fmt: off
VERB_FEATURES = [
    # text, the amount's first word, a feature the "is it funding" scorer must see
    ("La start-up Kalvo lève 2 M€ pour recruter.", "2", "fa:receive_verb_before"),
    ("La société Brenvia a levé 800 000 euros.", "800", "fa:receive_verb_before"),
    ("Près de 600 000 € ont été investis dans douze PME.", "600", "fa:give_verb_after"),
    ("La Région Kerlande débloque 30 000 € pour le projet.", "30", "fa:give_verb_before"),
]
# fmt: on


def test_a_money_verb_near_an_amount_is_a_feature_of_its_funding_decision(nlp):
    from presse2data.facts.amount.funding_links import AmountSpan, amount_features
    from presse2data.facts.role.features import Context

    for text, first, feature in VERB_FEATURES:
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == first)
        amount = doc.spans["amount"][0]
        assert amount.start <= start < amount.end, (text, amount.text)
        features = amount_features(doc, Context.of(doc, [], [], []), AmountSpan(amount.start, amount.end), [])
        assert feature in features, (text, sorted(f for f in features if "verb" in f))


def test_a_name_governed_after_a_money_verb_reads_the_verb_side(nlp):
    from presse2data.facts.amount.funding_links import _preposition_before
    from presse2data.facts.role.features import Mention

    doc = nlp("Au total, 150 000 € ont été octroyés à l'entreprise Kalvo Systèmes.")
    start = next(t.i for t in doc if t.text == "Kalvo")
    assert _preposition_before(doc, Mention(start, start + 2, 0)) == "give à"
