"""Amounts detected in sentences through the real pipeline."""

from __future__ import annotations

import pytest


def amounts(extractor, text):
    records = extractor.extract(text, article_id="t")
    found = [r for r in records[1:] if r.type == "amount"]
    for r in found:
        assert text[r.start : r.end] == r.text
    return [(r.value, r.currency, r.value_max, r.qualifier) for r in found]


# fmt: off
FOUND = [
    ("La région a lancé un appel à projets doté de 550.000 euros.",                [(550_000, "EUR", None, None)]),
    ("Une enveloppe de 130\u202f000 euros a été débloquée.",                        [(130_000, "EUR", None, None)]),
    ("Le chiffre d'affaires atteint 14,7 millions d’euros en 2014.",               [(14_700_000, "EUR", None, None)]),
    ("La start-up a levé 3 M€ auprès de business angels.",                         [(3_000_000, "EUR", None, None)]),
    ("Elle a levé $3 millions en 2015.",                                           [(3_000_000, "USD", None, None)]),
    ("Le projet coûtera entre 5 et 8 millions d'euros.",                           [(5_000_000, "EUR", 8_000_000, None)]),
    ("Le ticket varie de 10 à 12 M€ selon les cas.",                               [(10_000_000, "EUR", 12_000_000, None)]),
    ("La filière pèse plus de 300 millions d'euros.",                              [(300_000_000, "EUR", None, "over")]),
    ("Le fonds dispose de près d'un million d'euros.",                             [(1_000_000, "EUR", None, "about")]),
    ("La subvention peut aller jusqu'à 50 000 euros.",                             [(50_000, "EUR", None, "under")]),
    ("Elle a reçu deux millions d'euros et un demi-million de dollars.",           [(2_000_000, "EUR", None, None), (500_000, "USD", None, None)]),
    ("Le club a vendu pour 5 millions de livres sterling.",                        [(5_000_000, "GBP", None, None)]),
    ("Un contrat de 300 000 CHF a été signé.",                                     [(300_000, "CHF", None, None)]),
    # context currency: same sentence, next sentence
    ("Un budget de 70 millions, dont 34 millions d'euros pour l'immobilier.",      [(70_000_000, "EUR", None, None), (34_000_000, "EUR", None, None)]),
    ("Il faut boucler les 70 millions du budget global. La partie immobilière se chiffre à 34 millions d’euros.",
                                                                                   [(70_000_000, "EUR", None, None), (34_000_000, "EUR", None, None)]),
    ("La levée atteint 5 millions de dollars. Le total dépasse 12 millions.",      [(5_000_000, "USD", None, None), (12_000_000, "USD", None, None)]),
    # issue 12: currencies, cents, glued codes, open-ended ranges
    ("La société canadienne a levé 3 millions de dollars canadiens.",             [(3_000_000, "CAD", None, None)]),
    ("Le billet coûte 50 $CAD à Montréal.",                                        [(50, "CAD", None, None)]),
    ("Le prix est fixé à CA$ 120 pour les étudiants.",                             [(120, "CAD", None, None)]),
    ("Le fonds dispose de 10 millions de dollars australiens.",                    [(10_000_000, "AUD", None, None)]),
    ("La banque a investi 2 milliards de dollars de Hong Kong.",                   [(2_000_000_000, "HKD", None, None)]),
    ("Le repas revient à 300 $ hk par personne.",                                  [(300, "HKD", None, None)]),
    ("Le contrat atteint US$ 5 millions selon la presse.",                         [(5_000_000, "USD", None, None)]),
    ("Elle a obtenu 4 millions de dollars américains.",                            [(4_000_000, "USD", None, None)]),
    ("La licence coûte 99 dollars par an.",                                        [(99, "USD", None, None)]),
    ("Le club a payé 30 millions de livres pour le joueur.",                       [(30_000_000, "GBP", None, None)]),
    ("Le robot coûte 450000 yens au Japon.",                                       [(450_000, "JPY", None, None)]),
    ("La ville a investi 3 milliards de yuans.",                                   [(3_000_000_000, "CNY", None, None)]),
    ("Le budget est de 5 milliards de renminbi.",                                  [(5_000_000_000, "CNY", None, None)]),
    ("La start-up a levé 200 millions de roupies indiennes.",                      [(200_000_000, "INR", None, None)]),
    ("Le fonds a réuni 40 millions de shekels.",                                   [(40_000_000, "ILS", None, None)]),
    ("Le projet de Dakar coûte 500 millions de francs CFA.",                       [(500_000_000, "XOF", None, None)]),
    ("En 1995, la ville avait investi 1,5 milliard de francs.",                    [(1_500_000_000, "FRF", None, None)]),
    ("Le guide coûte 15 dollars 50 en librairie.",                                 [(15.5, "USD", None, None)]),
    ("Le ticket vaut treize euros et quarante-cinq centimes.",                     [(13.45, "EUR", None, None)]),
    ("La course coûte 15 dollars et 15 cents.",                                    [(15.15, "USD", None, None)]),
    ("Le forfait est affiché EUR29,99 par mois.",                                  [(29.99, "EUR", None, None)]),
    ("Le prix unitaire est de USD1,23 seulement.",                                 [(1.23, "USD", None, None)]),
    ("La maison a été vendue 125.000,50 $ hier.",                                  [(125_000.5, "USD", None, None)]),
    ("La start-up a levé 2 MEUR auprès de business angels.",                      [(2_000_000, "EUR", None, None)]),
    ("Le chiffre d'affaires atteint 600 000 EUR (contre 450 KEUR).",               [(600_000, "EUR", None, None), (450_000, "EUR", None, None)]),
    ("Le ticket coûte 1 USD 23 cents à l'unité.",                                  [(1.23, "USD", None, None)]),
    ("Il a été vendu 20 millions de couronnes suédoises à un fonds.",              [(20_000_000, "SEK", None, None)]),
    ("Le prêt de 250 000 XAF a été remboursé.",                                    [(250_000, "XAF", None, None)]),
    ("En 1995, la licence valait 40 000 marks allemands.",                         [(40_000, "DEM", None, None)]),
    ("Un budget de 70 millions, dont 20 millions de dinars tunisiens d'aides.",    [(70_000_000, "TND", None, None), (20_000_000, "TND", None, None)]),
    ("Les offres vont de 100 € à plus de 10 000 €.",                               [(100, "EUR", 10_000, "over")]),
    # a change of value is two amounts, not a range
    ("Le budget de Kerlab est passé de 90 000 euros à 640 000 euros.",             [(90_000, "EUR", None, None), (640_000, "EUR", None, None)]),
    ("Le budget est passé de 90 000 à 640 000 euros en trois ans.",               [(90_000, "EUR", None, None), (640_000, "EUR", None, None)]),
    ("Son chiffre d'affaires a grimpé de 1,2 à 3,5 millions d'euros.",             [(1_200_000, "EUR", None, None), (3_500_000, "EUR", None, None)]),
    ("La subvention a été ramenée de 50 000 € à 30 000 €.",                        [(50_000, "EUR", None, None), (30_000, "EUR", None, None)]),
]
NOT_FOUND = [
    "Il a vendu 10 000 livres de cuisine.",
    "Elle a vendu 2 millions de livres de poche.",
    "Un budget de 70 millions a été voté à Lyon. Le maire est content.",
    "100 % des lycées seront raccordés en 2017.",
    "Le chiffre d'affaires a progressé de 20 % en un an.",
    "Appelez le 04 73 12 34 56 pour plus d'informations.",
    "Des locaux flambant neufs de 3 000 m² ont été inaugurés.",
    "Elle emploie quelque 7 000 personnes.",
    "Qualiac compte 140 salariés.",
    "Entreprise innovante du Web 2.0, elle a grandi vite.",
    "La spécialisation S3 est une stratégie européenne.",
    "Il lance un site en 1997, à l'âge de 23 ans.",
    "Le débit minimum sera de 8 Mbit/s.",
    "La région compte 1,3 million d'habitants et 2 millions de visiteurs.",
    "La ville accueille 3 millions de touristes par an.",
    "Le TOP 10 des villes où créer sa start-up.",
    "ALL 4 ONE réunit 12 associations.",
    "Elle a ajouté 10 sucres dans la recette.",
]
# fmt: on


@pytest.mark.parametrize("text,expected", FOUND, ids=[row[0][:40] for row in FOUND])
def test_amounts_found(extractor, text, expected):
    assert amounts(extractor, text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_amounts(extractor, text):
    assert amounts(extractor, text) == []


def test_bare_scaled_number_without_any_currency_is_dropped(extractor):
    assert amounts(extractor, "Le projet représente 70 millions. Il sera livré en 2017.") == []


def test_source_names_the_rule(extractor):
    records = extractor.extract("Elle a levé 2 millions d'euros.", article_id="t")
    assert [r.source for r in records if r.type == "amount"] == ["rule:amount/number-currency"]


def test_a_bare_scaled_number_repeating_a_stated_amount_takes_its_currency(extractor):
    text = (
        "La start-up annonce une levée de 3,5 millions d'euros.\n"
        "Le secteur se porte bien. Les effectifs ont doublé. "
        "« Il y a cinq ans, une levée de 3,5 millions était un événement. » "
        "Les investisseurs viennent désormais jusqu'ici."
    )
    amounts = [(r.text, r.value, r.currency) for r in extractor.extract(text, article_id="t") if r.type == "amount"]
    assert amounts == [("3,5 millions d'euros", 3_500_000, "EUR"), ("3,5 millions", 3_500_000, "EUR")]


def test_sentence_final_k_euro_glued_to_its_period(extractor):
    (amount,) = [r for r in extractor.extract("Un total d'environ 390 k€.", article_id="t") if r.type == "amount"]
    assert (amount.text, amount.value, amount.qualifier) == ("environ 390 k€", 390_000, "about")


def test_every_currency_of_the_lexicon_is_detected(extractor):
    """The rule parts CURW/CURS/CUR_BEFORE and the line gate derive from models/amount/currencies.txt."""
    from presse2data.lang.modelfiles import lexicon_fields, load_lexicon

    entries = [lexicon_fields(entry) for entry in load_lexicon("amount/currencies")]
    hand = [fields[:3] for fields in entries if "cldr" not in fields]
    cldr = [fields[:3] for fields in entries if "cldr" in fields][::25]  # every form is in test_normalize
    for form, code, kind in hand + cldr:
        number = "12 000" if form != "livres" else "12 millions de"  # bare livres counts books unless scaled
        value = 12_000 if form != "livres" else 12_000_000
        found = amounts(extractor, f"Le contrat atteint {number} {form} cette année.")
        assert found == [(value, code, None, None)], form
        if kind in ("sign", "code"):
            assert amounts(extractor, f"Le contrat atteint {form} 12 000 cette année.") == [(12_000, code, None, None)], form
