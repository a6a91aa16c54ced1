"""Member counts detected in sentences through the real pipeline."""

from __future__ import annotations

import pytest


def counts(extractor, text):
    records = extractor.extract(text, article_id="t")
    found = [r for r in records[1:] if r.type == "member_count"]
    for r in found:
        assert text[r.start : r.end] == r.text
    return found


# fmt: off
FOUND = [
    # text                                                                                   count  unit                        qualifier
    ("Fondée en 2008, cette association compte à l'heure actuelle 215 sociétés membres.",    215,   "sociétés membres",         None),
    ("L'association compterait 530 adhérents professionnels.",                                530,   "adhérents professionnels", None),
    ("L’association affiche 400 entreprises membres pour un secteur de 40 000 emplois.",      400,   "entreprises membres",      None),
    ("« Nous avons déjà une cinquantaine d'adhérents », explique le président.",             50,    "adhérents",                "about"),
    ("Le club réunit une vingtaine de membres chaque mois.",                                  20,    "membres",                  "about"),
    ("Le réseau fédère plus de 300 structures adhérentes.",                                   300,   "structures adhérentes",    "over"),
    ("Le cluster rassemble 1 200 adhérents.",                                                 1_200, "adhérents",                None),
    ("Le cluster rassemble 1\u202f200 adhérents.",                                            1_200, "adhérents",                None),
    ("L'association regroupe deux cents membres.",                                            200,   "membres",                  None),
    ("Elle revendique près de 80 start-up membres.",                                          80,    "start-up membres",         "about"),
    ("L'association totalise une centaine d'adhérents.",                                      100,   "adhérents",                "about"),
    ("Le pôle et ses 400 adhérents organisent un salon.",                                     400,   "adhérents",                None),
    ("Le collectif compte un millier de membres.",                                            1_000, "membres",                  "about"),
    ("L'association franchit le cap des 500 adhérents.",                                      500,   "adhérents",                "over"),
    ("Le réseau a dépassé la barre des 300 membres cette année.",                             300,   "membres",                  "over"),
    ("Le cercle s'appuie sur un réseau de 1 200 membres.",                                    1_200, "membres",                  None),
    ("Le cluster compte aujourd'hui un écosystème d'innovation de 250 adhérents.",            250,   "adhérents",                None),
    ("Hier, les 400 membres du pôle étaient invités à l'assemblée générale.",                 400,   "membres",                  None),
    ("Le président veut une stabilité autour des 200 adhérents.",                             200,   "adhérents",                None),
    ("Élue par le conseil d'administration, la présidente de l'association, qui compte 300 adhérents, parle.", 300, "adhérents", None),
    # key figures opening a sentence, a make-up participle
    ("Le club a fêté ses dix ans.\n95 adhérents, 30 ateliers et 4 salons par an.",             95,    "adhérents",                None),
    ("Le club, constitué de 80 membres, se réunit chaque mois.",                              80,    "membres",                  None),
    ("Le club grandit. Chiffres clés : 300 adhérents, 12 salariés.",                          300,   "adhérents",                None),
    ("L'association compte aujourd'hui, selon son président Marc Ys, plus de 300 adhérents.",   300,   "adhérents",                "over"),
    ("Le club grandit. Kalinova, c'est 180 adhérents et 12 salariés.",                        180,   "adhérents",                None),
    ("Le club s'agrandit avec désormais 640 adhérents.",                                       640,   "adhérents",                None),
    ("Le club a grandi, avec 215 membres actifs cette année.",                               215,   "membres actifs",           None),
    # any noun, or an entity noun and an adjective, before a member noun
    ("Le cluster compte 300 entreprises industrielles adhérentes.",                           300,   "entreprises industrielles adhérentes", None),
    ("L'union compte 25 pays membres.",                                                       25,    "pays membres",             None),
    # more member verbs
    ("L'association possède 300 adhérents.",                                                  300,   "adhérents",                None),
    ("Le club dispose de 120 membres actifs.",                                                120,   "membres actifs",           None),
    ("Le réseau est passé à 450 adhérents.",                                                  450,   "adhérents",                None),
    ("Le club pèse 200 adhérents.",                                                           200,   "adhérents",                None),
]
NOT_FOUND = [
    "Qualiac emploie 140 salariés.",
    "Elle emploie quelque 7 000 personnes.",
    "L'association a convié vingt de ses membres au salon.",
    "L'idée de rassembler plusieurs centaines d'adhérents n'est pas nouvelle.",
    "Le club compte 60 % de membres actifs.",
    "Le cabinet compte 300 clients.",
    "L'école accueille 500 étudiants.",
    "300 adhérents étaient présents à la soirée.",
    "Plus de 900 entreprises composent la filière.",
    "Une trentaine d'entreprises étaient au salon.",
    # the size of a governing body is no membership
    "Elle est coiffée par un conseil de surveillance comptant 25 membres.",
    "Le nouveau bureau réunit désormais 12 membres.",
    "Le comité directeur rassemble une vingtaine de membres.",
    "Marc Ys, 45 ans, a réuni les élus.",
    "Le collège des fondateurs aura 9 membres.",
    "Le territoire de Valbrune devra élire 5 membres.",
    "Le conseil d'administration a été renouvelé, passant de 30 à 41 membres.",
    "La soirée a permis l'élection des 14 membres du bureau.",
    "Les 11 membres du conseil d'administration se réunissent jeudi.",
    "Le CA nouvellement élu comprend 27 membres.",
    # a target is no membership
    "Le club espère atteindre les 300 membres l'an prochain.",
    "L'association affiche l'ambition d'atteindre le seuil de 500 adhérents.",
    # the end of a date is no count
    "Mis en ligne le 2021-05 Membre du réseau depuis dix ans, elle anime un atelier.",
    # a make-up of a jury or a staff, avec before a governing body
    "Le jury, composé de 9 membres, a délibéré.",
    "L'équipe de Kalinova est composée de 12 personnes.",
    "La soirée s'est tenue au siège, avec 30 membres du bureau.",
    "Le club Kalinova a organisé une soirée avec 40 membres.",
    "Le club Kalinova organise un salon, avec 40 membres.",
    "Le vote revient à l'assemblée de la ligue, composée de 230 membres.",
    # participants of an event; a goal after a colon
    "Le club Kalinova grandit. La soirée a réuni 300 adhérents.",
    "Le club Kalinova grandit. Objectif pour 2025 : 500 membres.",
]
# fmt: on


@pytest.mark.parametrize("text,count,unit,qualifier", FOUND, ids=[row[0][:40] for row in FOUND])
def test_member_counts_found(extractor, text, count, unit, qualifier):
    found = counts(extractor, text)
    assert [(r.count, r.unit, r.qualifier) for r in found] == [(count, unit, qualifier)]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_member_counts(extractor, text):
    assert counts(extractor, text) == []


def test_headcount_is_detected_but_not_emitted(nlp):
    doc = nlp("Qualiac emploie 140 salariés.")
    assert [(s.text, s.label_) for s in doc.spans["member_count"]] == [("140 salariés", "headcount")]


# Organization linking: the verb's subject when it names an organization, else the
# antecedent of a relative pronoun or an anaphoric subject, else null.
# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("L'association La Mêlée compterait 530 adhérents professionnels.", "La Mêlée"),
    ("Le pilotage a été confié à l'association Medinsoft, créée en 2003. L'association affiche 400 entreprises membres.", "Medinsoft"),
    ("L'association Atlantic 2.0 a été fondée en 2008. Cette association compte 215 sociétés membres.", "Atlantic 2.0"),
    ("Elle a rejoint l'association Rivage Numérique, qui compte 120 adhérents dans la région.", "Rivage Numérique"),
    ("Le réseau Alpes Angels, qui revendique une cinquantaine d'investisseurs membres, a financé la start-up.", "Alpes Angels"),
    ("L'association Rivage Numérique est née en 2011. Celle-ci revendique aujourd'hui 180 adhérents.", "Rivage Numérique"),
    # a complement naming the organization (also in a heading), a parenthesis after a name,
    # "forte de N adhérents" opening the sentence before the organization's name
    ("Un vote unanime parmi les 140 adhérents de l'association Kalinova\nLe bilan est bon.", "Kalinova"),
    ("L'association Numérique Loire va fusionner avec l'association Brisalys (80 adhérents), club du numérique.", "Brisalys"),
    ("L'association Numérique Loire est active. Forte de 160 adhérents, représentant 900 salariés, Kalinova anime la filière.", "Kalinova"),
    ("Il préside l'association Numalis (FIV, 120 adhérents) depuis 2015.", "Numalis"),
    ("L'association Numérique Loire est active. Avec 300 adhérents, Kalinova anime la filière.", "Kalinova"),
    ("Le réseau Kalinova s'appuie sur 300 adhérents.", "Kalinova"),
    ("Le cluster Kalinova, 120 adhérents, organise un salon.", "Kalinova"),
    ("Avec ses 250 adhérents, Kalinova est le premier réseau régional.", "Kalinova"),
    ("Deux dossiers sont à l'étude. Avec ses 1 200 sociétaires, Coop for Valbrune choisit les projets.", "Coop for Valbrune"),
    # a collective noun before the count: the subject of the verb before it
    ("Le club Kalinova, qui s'appuie sur un réseau de 1 200 membres, ouvre une antenne.", "Kalinova"),
    # a present participle right after the name; les N membres, vous avez N membres: the nearest before
    ("Il a rencontré le délégué de l'association nantaise Kalinova, comptant 260 membres de la filière.", "Kalinova"),
    ("L'association Kalinova tient son assemblée générale. Les 140 adhérents ont élu un président.", "Kalinova"),
    ("Entretien avec la présidente de l'association Kalinova.\nVous avez près de 300 membres, qu'ont-ils à y gagner ?", "Kalinova"),
])
# fmt: on
def test_organization_is_subject_or_antecedent(extractor, text, expected):
    (found,) = counts(extractor, text)
    assert found.organization == expected


def test_subject_proper_name_without_organization_record(extractor):
    (found,) = counts(extractor, "La Mêlée compterait 530 adhérents professionnels.")
    assert found.organization in ("La Mêlée", "Mêlée")


def test_no_organization_in_sight_is_null(extractor):
    (found,) = counts(extractor, "On compte aujourd'hui 300 adhérents.")
    assert found.organization is None


def test_anaphor_skips_a_nearer_company_for_an_organization_that_has_members(extractor):
    text = (
        "L'association Numérique Loire rassemble les acteurs du web nantais. "
        "La société Brevisoft, éditeur de logiciels, y a installé ses bureaux. "
        "Cette association compte 120 adhérents."
    )
    counts = [r for r in extractor.extract(text, article_id="t") if r.type == "member_count"]
    assert [(c.count, c.organization) for c in counts] == [(120, "Numérique Loire")]


def test_windows_are_recorded_in_the_pipeline_config(nlp):
    from presse2data.facts.member_count import SPEC

    config = nlp.config["components"][SPEC.factory]
    assert (config["window"], config["lookback_chars"], config["threshold_chars"]) == (8, 1500, 60)


# fmt: off
ENTITY_NOUNS = [
    # text                                                                                      organization  count  unit
    ("Au total, 85 entreprises et organismes adhèrent à l'association Kalinova.",               "Kalinova",   85,    "entreprises et organismes"),
    ("Le réseau Numalis grandit, et 120 entreprises adhèrent à ce réseau régional.",            "Numalis",    120,   "entreprises"),
    ("L'association Orvalis regroupe une centaine d'entreprises de la région.",                 "Orvalis",    100,   "entreprises"),
    ("Le cluster Brivane fédère 45 entreprises et laboratoires.",                               "Brivane",    45,    "entreprises et laboratoires"),
    ("Marc Dupin préside l'association Orvalis. Cette association affiliée à la fédération Brenova "
     "regroupe une centaine d'entreprises.",                                                     "Orvalis",    100,   "entreprises"),
    # a grouping verb under an organization that can have members (not only a named association)
    ("Le pôle Brivane, qui rassemble 825 acteurs de la filière, recrute.",                      "Brivane",    825,   "acteurs"),
    ("Le réseau Kalinova fédère aujourd'hui 300 des 900 start-up de la ville.",                 "Kalinova",   300,   "start-up"),
    ("Rassemblant près de 400 entreprises, l'association Orvalis se veut tournée vers l'action.", "Orvalis",  400,   "entreprises"),
    ("Le cluster Brivane, dédié à la santé et présent dans deux régions, regroupe un écosystème de 400 acteurs.",
                                                                                                 "Brivane",    400,   "acteurs"),
    ("Le réseau Kalinova réunit 40 pépinières d'entreprises de la région.",                     "Kalinova",   40,    "pépinières d'entreprises"),
    ("Déjà, une centaine d'entreprises ont adhéré à l'association Orvalis.",                   "Orvalis",    100,   "entreprises"),
    ("Il préside le syndicat Valbrune Industrie (40 fédérations) depuis 2015.",                "Valbrune Industrie", 40, "fédérations"),
    ("Le réseau Brivane comprend 45 entreprises de la région.",                                 "Brivane",    45,    "entreprises"),
    ("Depuis 2015, 120 entreprises ont rejoint l'association Kalinova.",                         "Kalinova",   120,   "entreprises"),
    ("Il a longtemps présidé le club Brivane (300 chefs d'entreprise).",                      "Brivane",    300,   "chefs d'entreprise"),
    ("Il préside le groupe Valbrune Industries (GVI, 12 fédérations) depuis 2015.",           "Valbrune Industries", 12, "fédérations"),
    # a membership predicate after the nouns: sont membres de, font partie de, réunis au sein de, composent X
    ("Aujourd'hui, 85 entreprises de la région sont membres du réseau Kalinova.",               "Kalinova",   85,    "entreprises"),
    ("Près de 60 sociétés font désormais partie de l'association Orvalis.",                     "Orvalis",    60,    "sociétés"),
    ("Au total, 90 artisans regroupés au sein de l'association Kalinova exposent.",            "Kalinova",   90,    "artisans"),
    ("Environ 150 commerçants (fondateurs et nouveaux venus) forment le réseau Brivane.",      "Brivane",    150,   "commerçants"),
    ("Une quarantaine de sociétés, petites ou grandes, ont adhéré à l'association Orvalis.",    "Orvalis",    40,    "sociétés"),
    ("Aujourd'hui, 130 entreprises sont adhérentes du cluster Kalinova.",                      "Kalinova",   130,   "entreprises"),
    ("Aujourd'hui, ce sont 140 entreprises qui adhèrent au cluster Kalinova.",                 "Kalinova",   140,   "entreprises"),
    ("Le cluster Kalinova grandit : 130 entreprises sont adhérentes.",                         "Kalinova",   130,   "entreprises"),
    # a make-up participle, a group noun flagged entities (an indefinite one is unnamed)
    ("Le réseau Kalinova est composé de 28 associations locales.",                             "Kalinova",   28,    "associations"),
    ("Le label local est piloté par une association de 11 entreprises.",                       None,         11,     "entreprises"),
    ("Kalinova est une association de 40 entreprises.",                                         "Kalinova",   40,    "entreprises"),
    ("Le réseau Kalinova fédère 200 jeunes entreprises innovantes.",                           "Kalinova",   200,   "jeunes entreprises"),
    # nous with a grouping verb (not compter): the interviewee's; a grouping participle said of local units
    ("Entretien avec la présidente du cluster Kalinova. « Nous fédérons aujourd'hui 200 entreprises », dit-elle.",
                                                                                                 "Kalinova",   200,   "entreprises"),
    ("Le Cercle Kalinova tient son congrès. Ses 40 antennes locales fonctionnent bien, "
     "réunissant environ 2 300 artisans.",                                                       "Cercle Kalinova", 2_300, "artisans"),
    # any group noun in apposition after a name; fort de; qui after a holder noun
    ("Le salon ouvre. Kalinova, un réseau de 300 entreprises du numérique, ouvre une antenne.", "Kalinova",   300,   "entreprises"),
    ("Le salon ouvre. Fort de 200 entreprises, le cluster Kalinova grandit.",                   "Kalinova",   200,   "entreprises"),
    ("Le Cercle Kalinova prépare son congrès. Le trésorier de ce mouvement d'employeurs, "
     "fondé en 1990 et qui réunit 900 artisans et commerçants, témoigne.",                     "Cercle Kalinova", 900,   "artisans et commerçants"),
]
NOT_ENTITY_COUNTS = [
    "La société Orvalis regroupe 60 entreprises de la région.",
    "L'incubateur Orvalis accueille 30 start-up.",
    "Le groupe Tarvel compte 12 sociétés.",
    "Le salon a accueilli 200 entreprises.",
    # a list, a goal, supported start-ups, an impersonal or a town's firms are no membership
    "Pour obtenir le label, il fallait réunir une liste de 50 entreprises.",
    "Le réseau Numalis revendique avoir accompagné 142 start-up.",
    "Aujourd'hui, nous comptons 70 start-up accompagnées.",
    "En région, on compte trois structures de ce type.",
    "La ville de Valbrune compte 900 start-up.",
    "Le réseau Numalis souhaite fédérer 3 000 acteurs.",
    "Elle emploie 38 salariés et revendique 1 200 structures clientes.",
    "Il dirige le groupe Tarvel (TGV, 12 sociétés) depuis 2015.",
    "Plus de 900 entreprises composent la filière.",
    "L'enseigne Tarvel dispose d'un réseau de 50 agences.",
    "Créée par un collectif de 12 entreprises, l'association Orvalis grandit.",
    "Un collectif de cinq personnes a ouvert l'atelier Kalinova.",
    "La société Tarvel, un réseau de 50 agences, grandit.",
    "Le pôle Kalinova signe un contrat. Le stand collectif monté au salon réunit 45 entreprises.",
    "Le pôle Kalinova signe un contrat.\nUne vitrine pour la filière\nLe stand Kalinova monté au salon réunit 45 entreprises.",
    "Forte de 20 personnes, l'équipe de Tarvel grandit.",
    "Le club accueille 12 nouveaux membres.",
    "Le réseau Kalinova accueille 20 nouvelles entreprises.",
    "En région, nous comptons trois structures de ce type.",
    "Le club Kalinova, après avoir recruté 85 membres l'an dernier, grandit.",
    "Elle intègre le programme national, un réseau qui compte plus de 8 000 start-up.",
    "Au salon, 120 entreprises ont exposé leurs produits, membres ou non du réseau Kalinova.",
    "La jeune pousse obtient 900 000 euros du fonds Valbrune et de 12 investisseurs regroupés dans le réseau Kalinova.",
]
# fmt: on


@pytest.mark.parametrize("text,organization,count,unit", ENTITY_NOUNS)
def test_entity_nouns_count_members_of_an_association(extractor, text, organization, count, unit):
    found = counts(extractor, text)
    assert [(r.organization, r.count, r.unit) for r in found] == [(organization, count, unit)]


@pytest.mark.parametrize("text", NOT_ENTITY_COUNTS)
def test_entity_nouns_without_association_subject_are_not_counts(extractor, text):
    assert counts(extractor, text) == []


def test_a_subset_after_dont_is_not_a_count(extractor):
    found = counts(extractor, "Le cluster Brivane compte 840 adhérents dont 510 PME.")
    assert [(r.count, r.unit) for r in found] == [(840, "adhérents")]


def test_adhering_to_several_unnamed_organizations_has_no_organization(extractor):
    (found,) = counts(extractor, "Déjà, une centaine d'entreprises ont adhéré aux organisations de la filière.")
    assert (found.count, found.organization) == (100, None)


def test_the_cue_memo_does_not_leave_the_component(nlp):
    """The cues are read once per phrase while the component runs; the Doc it returns carries no
    memo of them."""
    from presse2data.extensions import facts_of
    from presse2data.facts.member_count.cues import MEMO

    doc = nlp("L'association Kerlande Num compte 120 adhérents, et ses 40 bénévoles l'animent.")
    assert [fact["count"] for _, fact in facts_of(doc, "member_count")] == [120]
    assert MEMO not in doc.user_data
