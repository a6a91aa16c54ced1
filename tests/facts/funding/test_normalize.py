"""Kind and round of a funding amount, from the words around it (invented sentences)."""

from __future__ import annotations

import pytest

from presse2data.facts.funding.normalize import kind_of, round_of


def _words(sentence: str, amount: str) -> tuple[list[str], int, int]:
    split = lambda s: s.lower().replace(",", " ,").replace(" .", " . ").replace("'", "' ").split()  # noqa: E731 (as spaCy: d' apart)
    words, target = split(sentence), split(amount)
    for i in range(len(words)):
        if words[i:i + len(target)] == target:
            return words, i, i + len(target)
    raise AssertionError(f"{amount!r} not in {sentence!r}")


# fmt: off
KINDS = [
    ("Valdor lève 2 M€ auprès de Kerfonds", "2 M€", "equity"),
    ("une levée de fonds de 500 000 euros pour Brivane", "500 000 euros", "equity"),
    ("Ondalys boucle un tour de table de 1,5 million d'euros", "1,5 million d'euros", "equity"),
    ("la Région accorde une subvention de 30 000 € à l'association Bocage", "30 000 €", "grant"),
    ("un prêt d'honneur de 20 000 euros pour la fondatrice", "20 000 euros", "loan"),
    ("une avance remboursable de 150 000 euros", "150 000 euros", "loan"),
    ("le prix , doté de 10 000 euros , revient à Kalimba", "10 000 euros", "prize"),
    ("un budget de 640 000 euros", "640 000 euros", "budget"),
    ("un chiffre d'affaires de 3 millions d'euros", "3 millions d'euros", "other"),
    # the nearest word decides: a loan inside a fundraising sentence
    ("Valdor lève 2 M€ et obtient un prêt de 300 000 euros", "300 000 euros", "loan"),
]
ROUNDS = [
    ("un tour de table de 3 M€ en série A", "3 M€", "série A"),
    ("une levée d'amorçage de 800 000 euros", "800 000 euros", "amorçage"),
    ("un tour de pré-amorçage de 300 000 euros", "300 000 euros", "pré-amorçage"),
    ("une série B de 12 M€", "12 M€", "série B"),
    ("une subvention de 30 000 €", "30 000 €", None),
]
# fmt: on


@pytest.mark.parametrize("sentence,amount,kind", KINDS)
def test_kind_is_the_nearest_word_that_says_it(sentence, amount, kind):
    assert kind_of(*_words(sentence, amount)) == kind


@pytest.mark.parametrize("sentence,amount,expected", ROUNDS)
def test_round(sentence, amount, expected):
    assert round_of(*_words(sentence, amount)) == expected
