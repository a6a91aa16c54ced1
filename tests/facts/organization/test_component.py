"""Organizations on invented sentences: what the learned recognizer finds and rejects (a measured
rate with a floor: a learned model is judged on the whole table, not row by row), and what the
rules merge (strict)."""

from __future__ import annotations

import pytest


def _orgs(extractor, text):
    return {r.name: r for r in extractor.extract(text, article_id="t") if r.type == "organization"}


# fmt: off
FOUND = [
    ("Selon l'association Les Ateliers du Code, le secteur progresse.",          "Les Ateliers du Code", "association"),
    ("Claire Martin, présidente de l'association Valdor Num, a parlé.",         "Valdor Num",           "association"),  # NER: a person
    ("La société Jean Morel a recruté dix ingénieurs.",                           "Jean Morel",           "company"),
    ("Il a rejoint la société de cloud Nuvola Data à Lyon.",                      "Nuvola Data",          "company"),
    ("Le projet est porté par son pôle Numerix depuis deux ans.",                "Numerix",              "association"),
    ("Elle cite le site Vacancix.com comme exemple.",                             "Vacancix.com",         None),
    ("Les aides du conseil régional de Bretagne ont été votées hier.",           "conseil régional de Bretagne", "public_body"),
    ("La CCI du Morbihan forme des techniciens.",                                 "CCI du Morbihan",      "public_body"),
    ("Rennes Métropole soutient le projet.",                                      "Rennes Métropole",     "public_body"),
    ("Des chercheurs de l'Université de Poitiers participent.",                  "Université de Poitiers", "education_research"),
    ("Le dossier a été financé par Bpifrance l'an dernier.",                     "Bpifrance",            "public_body"),
    ("Il travaille à l'Agence régionale pour l'innovation numérique (ARIN) depuis 2010.", "Agence régionale pour l'innovation numérique", None),
    ("Le technopôle de la Garenne accueille des start-up.",                      "technopôle de la Garenne", "other"),
    ("Le label a été confié à French Tech Brest cette année.",                   "French Tech Brest",    "other"),
    ("« Nous avançons », explique Luc Armand, cofondateur de Vortalis.",        "Vortalis",             None),
    ("Elle a quitté un poste d'ingénieure chez Brendor Industries.",            "Brendor Industries",   "company"),
    ("Lorient : la start-up Kalimba lève 2 millions d'euros",                   "Kalimba",              "company"),
    ("Sa présidente dirige par ailleurs la PME Optivis 44, spécialisée dans la vision.", "Optivis 44",  "company"),
    ("Autre exemple, Nexalis 12, spécialisée dans l'imagerie, recrute.",        "Nexalis 12",           None),
    ("Autre profil, celui de Brumélia, qui mesure la qualité de l'air.",        "Brumélia",             None),
    ("Elle a signé un contrat avec Tavernier Brissac pour ses capteurs.",       "Tavernier Brissac",    None),
    ("A la tête de Garance Boost, Julie Marin a passé dix ans à Londres.",      "Garance Boost",        None),
    ("Le groupe, la Banque Arvor-Loire et l'école sont associés.",              "Banque Arvor-Loire",   "company"),
    ("Elle équipe plusieurs gestionnaires, dont Réseau Routier de Vendée.",     "Réseau Routier de Vendée", None),
    ("Il a créé Glissando.ly l'an dernier.",                                    "Glissando.ly",         "company"),
    ("Il a étudié à l'Université de Gascogne méridionale avant de partir.",     "Université de Gascogne méridionale", "education_research"),
    ("Des thèses avec l'Université Garonne II - Jean Dupré et le CNRS.",        "Université Garonne II - Jean Dupré", "education_research"),
    ("La communauté d'agglomération du Pays morlaisien a apporté 10 000 euros.", "communauté d'agglomération du Pays morlaisien", "public_body"),
    ("Le forum est organisé par l'École de design Vendée Océan.",               "École de design Vendée Océan", "education_research"),
    ("Il travaille avec le CHU Tours Touraine et l'université.",                "CHU Tours Touraine",   "public_body"),
    # lowercase région + name as an actor; capitalized public bodies; names with a number
    ("Le projet est soutenu par la région Bourgogne depuis 2019.",               "région Bourgogne",     "public_body"),
    ("Le Conseil Général de la Sarthe finance le projet.",                       "Conseil Général de la Sarthe", "public_body"),
    ("Le projet a séduit la Métropole Brest Océan et son président.",           "Métropole Brest Océan", "public_body"),
    ("Elle travaille à l'Université Poitiers 2 depuis 2010.",                   "Université Poitiers 2", "education_research"),
    ("Elle a quitté la technopole Rennes Horizon en 2019.",                      "Rennes Horizon",       "other"),
    ("Il a racheté Gayanet, la start-up qu'il présidait, en 2018.",              "Gayanet",              None),
    ("« Nous recrutons », a déclaré Marc Dupin à Le Vigilant Numérique.",        "Le Vigilant Numérique", "media"),
    ("« Nous recrutons », a déclaré Marc Dupin, président de Kalinova, à L'Écho Valdoré.", "L'Écho Valdoré", "media"),
    ("« C'est une étape », confie-t-il à Valdoré Hebdo.",                        "Valdoré Hebdo",        "media"),
    ("L'association prend ses quartiers au sein de Brivane Coworking.",          "Brivane Coworking",    None),
    ("Marc Dupin, directeur du Campus Saint-Valdor, présente les écoles.",       "Campus Saint-Valdor",  "other"),
    ("Le groupe a rejoint le campus Brivane et Avenir pour grandir.",            "Brivane et Avenir",    "other"),
    ("L'association Valdor Tech + a bien reçu le label.",                        "Valdor Tech +",        "association"),
]
LIST = [
    ("Parmi les partenaires nous retrouvons Veltrix, Orbalis, Kandor ou encore Ysatis.", {"Veltrix", "Orbalis", "Kandor", "Ysatis"}),
    ("Plusieurs opérateurs sont présents (Telvia, Numeris, Axilo et Brevon).",        {"Telvia", "Numeris", "Axilo", "Brevon"}),
    # a person's affiliations in parentheses
    ("Le jury : Paul Vernet (Kalitek), Anne Morvan (Brisalys) et Luc Tanguy (Ozora Labs).", {"Kalitek", "Brisalys", "Ozora Labs"}),
    ("Fondée par Hélène Carvin (Lumen ex Nova, Pixotel, BZH), elle grandit.",        {"Lumen ex Nova", "Pixotel", "BZH"}),
    ("Le bureau compte Marc Delorme (Achat-malin) et Julie Roux (Insa de Vannes).", {"Achat-malin", "Insa de Vannes"}),
    ("Son président, Marc Delorme (CEO de Kalitek), sera secondé par Julie Roux (Brisalys).", {"Kalitek", "Brisalys"}),
]
REJECTED = [
    ("Il travaille au sein de la France entière.", "France"),
    ("« Nous recrutons », a déclaré Marc Dupin à Lyon.", "Lyon"),
    ("Le label French Tech a été attribué à la ville en novembre.", "French Tech"),
    ("Le Pass French Tech permet aux start-up de demander des fonds.", "Pass French Tech"),
    ("Ils étaient au Web Summit de Lisbonne, puis au Startup Week-end.", "Web Summit"),
    ("Ciblée autour de l'entrepreneuriat, l'association grandit.", "Ciblée"),
    ("La Ministre évoque des incubateurs géants.", "Ministre"),
    ("Le débit du THD arrive dans les campagnes.", "THD"),
    ("A Quimper, l'accélérateur Pinnak mise sur les objets connectés.", "Quimper"),
    ("Ils ont réuni une société dotée de 3 M€ de capital.", "M€"),
    ("Elle était directrice de la Mission développement numérique au conseil régional.", "Mission"),
    # a given name is no organization, nor a caption or a title in parentheses
    ("Les lauréats : Cyril de Montaigu, Paul Vernet et Anne Morvan.",            "Cyril"),
    ("Sur la photo, Paul Vernet (Photo : Studio Lumen) sourit.",                  "Photo"),
    ("On retrouve Paul Vernet (Président) et Anne Morvan.",                       "Président"),
    # labels and programmes, internal bodies, laws, headings, places, truncated ends
    ("Vannes est l'une des 12 Capitales French Tech, avec Brest.",               "Capitales French Tech"),
    ("Quimper rejoint les Communautés French Tech cette année.",                 "Communautés French Tech"),
    ("Le programme French Tech Tremplin aide les fondateurs.",                   "French Tech Tremplin"),
    ("Le bilan a été présenté lors de son Assemblée Générale, en mars.",          "Assemblée Générale"),
    ("Une AG décisive attend l'association Kalinova.",                           "AG"),
    ("Dans le cadre de la LOPRIN (loi pour la promotion des réseaux), tout change.", "LOPRIN"),
    ("ARVOR DIGITAL, UN PARI DE CONFIANCE COLLECTIVE\nLe bilan est bon.",         "CONFIANCE COLLECTIVE"),
    ("Les acteurs de l'écosystème de Guingamp, Paimpol et Carhaix se réunissent.", "Paimpol"),
    ("Leurs bureaux sont au cœur de l'Y rennais, près du centre.",               "Y rennais"),
    ("Le concours est soutenu par la Biennale du Numérique de Vannes.",           "Biennale du Numérique"),
    ("L'appel à projets a été lancé par le Co",                                 "Co"),
    ("Les start-up de la région Bourgogne ont levé 3 millions d'euros.",         "Bourgogne"),
    # "Créée par A et B, la société X": the apposition types X, B stays a person
    ("Créée en 2017 par Anne Morvan et Julie Roux, la société Kalitek grandit.", "Julie Roux"),
]
# fmt: on



def _found(extractor, text, name, kind):
    orgs = _orgs(extractor, text)
    return name in orgs and (kind is None or orgs[name].kind == kind)


def _rejected(extractor, text, name):
    return not any(name in found for found in _orgs(extractor, text))


def _listed(extractor, text, names):
    return names <= set(_orgs(extractor, text))


# Floors sit just under the rates the shipped model reaches (README, "Invented sentences");
# raise them as the model improves, never lower them to make a change pass.
FLOORS = {"found": 0.48, "rejected": 0.85, "lists": 0.50}  # measured: 21/43, 24/27, 3/6


def test_invented_sentences_stay_above_the_floors(extractor):
    results = {
        "found": [(row[0], _found(extractor, *row)) for row in FOUND],
        "rejected": [(row[0], _rejected(extractor, *row)) for row in REJECTED],
        "lists": [(row[0], _listed(extractor, *row)) for row in LIST],
    }
    assert all(len(rows) > 5 for rows in results.values())
    rates = {k: sum(ok for _, ok in rows) / len(rows) for k, rows in results.items()}
    misses = [text for rows in results.values() for text, ok in rows if not ok]
    assert all(rates[k] >= FLOORS[k] for k in FLOORS), (rates, misses)


def _clustered(nlp, text, spans):
    """The merging rules alone (facts/organization/cluster.py) on the mentions given as text: every
    occurrence of each is an organization span, whatever the recognizer would say."""
    from spacy.tokens import Span

    from presse2data.facts.organization.cluster import cluster
    from presse2data.facts.organization.component import kind_of

    doc = nlp(text)
    found = []
    for name in spans:
        at = text.find(name)
        while at >= 0:
            span = doc.char_span(at, at + len(name))
            found.append(Span(doc, span.start, span.end, label=kind_of(doc, span.start, span.end) or "", span_id="test"))
            at = text.find(name, at + len(name))
    kept, taken = [], set()
    for span in sorted(set(found), key=lambda sp: -(sp.end - sp.start)):  # the longest, without overlaps
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return {e.name: e for e in cluster(doc, sorted(kept))}


def test_short_and_long_forms_are_one_record_under_the_fullest_name(nlp):
    text = (
        "La Caisse des dépôts finance le projet. Plus tard, la Caisse des dépôts et des consignations "
        "a confirmé. La Région Normandie et le conseil régional de Normandie votent."
    )
    orgs = _clustered(nlp, text, ["Caisse des dépôts et des consignations", "Caisse des dépôts", "Région Normandie",
                                  "conseil régional de Normandie"])
    assert "Caisse des dépôts et des consignations" in orgs and "Caisse des dépôts" not in orgs
    assert len(orgs["Caisse des dépôts et des consignations"].mentions) == 2
    assert "conseil régional de Normandie" in orgs and "Région Normandie" not in orgs


def test_every_mention_is_the_text_at_its_offsets(corpus_records):
    from presse2data.inputs.reading import iter_articles
    from tests.conftest import CORPUS

    texts = {a.id: a.text for a in iter_articles(CORPUS)}
    for article_id, records in corpus_records.items():
        for r in records:
            if r.type == "organization":
                assert all(texts[article_id][m.start : m.end] == m.text for m in r.mentions)


def test_a_name_in_parentheses_after_a_name_is_the_same_organization(nlp):
    name = "communauté d'agglomération de la région vannetaise et du golfe"
    text = f"Elle est aidée par la {name} (Vagolf), qui lui loue des bureaux. La Vagolf a versé 45 000 €."
    orgs = _clustered(nlp, text, [name, "Vagolf"])
    assert name in orgs and "Vagolf" not in orgs, sorted(orgs)
    assert [m.text for m in orgs[name].mentions] == [name, "Vagolf", "Vagolf"]


# fmt: off
@pytest.mark.parametrize("text,place", [
    ("La start-up originaire de Normandie, Memoria Lab, a élu domicile en Auvergne.", "Normandie"),
    ("Fondée en 2010, la société est basée à Grenoble et emploie douze personnes.",  "Grenoble"),
    ("Elle est implantée en Bretagne depuis trois ans.",                              "Bretagne"),
])
# fmt: on
def test_a_name_after_a_place_word_is_not_an_organization(extractor, text, place):
    names = [r.name for r in extractor.extract(text, article_id="t") if r.type == "organization"]
    assert place not in names


# fmt: off
SPELLINGS = [
    # text                                                                                       its mentions                      the one record
    ("Il préside l'association Valdor Numérique (#VDN). « L'idée est de grandir », dit-il.",     ["Valdor Numérique", "#VDN"],     "Valdor Numérique"),
    ("La start-up BrivaneTech recrute. Brivane Tech a levé des fonds.",                          ["BrivaneTech", "Brivane Tech"],  "BrivaneTech"),
    ("La start-up Brivane-Tech recrute. La société BrivaneTech a levé des fonds.",               ["Brivane-Tech", "BrivaneTech"],  "Brivane-Tech"),
    ("La société Orvalis recrute. La société #Orvalis a levé des fonds.",                         ["#Orvalis", "Orvalis"],          "Orvalis"),
    ("La société Orvalis recrute. ORVALIS a levé des fonds.",                                    ["Orvalis", "ORVALIS"],           "Orvalis"),
]
# fmt: on


@pytest.mark.parametrize("text,mentions,name", SPELLINGS)
def test_two_spellings_of_one_organization_are_one_record(nlp, text, mentions, name):
    assert list(_clustered(nlp, text, mentions)) == [name]


# fmt: off
CUT_NAMES = [
    # words, NER span end (tokens), completed end: a name never ends with a function word
    (["le", "conseil", "régional", "d'", "Armorique", "vote"],                  (1, 4), 5),
    (["la", "communauté", "d'", "agglomération", "du", "Pays", "vernonnais", "."], (1, 5), 7),
    (["la", "Maison", "de", "la", "Vallée", "Bleue", "ouvre"],                  (1, 3), 6),
    (["la", "société", "Kerlab", "et", "ses", "clients"],                       (2, 4), 3),   # no name follows: the "et" goes
    (["la", "société", "Kerlab", "recrute"],                                    (2, 3), 3),   # a whole name is left alone
]
# fmt: on


@pytest.mark.parametrize("words,span,end", CUT_NAMES)
def test_a_name_cut_after_a_function_word_is_completed(words, span, end):
    import spacy
    from spacy.tokens import Doc

    from presse2data.facts.organization.component import _complete

    pos = ["ADJ" if w in ("vernonnais", "régional") else "PUNCT" if w == "." else "X" for w in words]
    doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos)
    assert _complete(doc, *span) == end
