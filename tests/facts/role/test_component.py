"""Roles on invented sentences: the four phrasings a new user found broken (strict), and two tables
of apposition and cue phrasings, measured as a rate with a floor (a learned linker is judged on the
whole table, not row by row)."""

from __future__ import annotations

import pytest


def _roles(extractor, text):
    return {
        r.name: [(role.title, role.organization) for role in r.roles]
        for r in extractor.extract(text, article_id="t")
        if r.type == "person"
    }


# fmt: off
DEFECTS = [
    # a board list "Nom (Société), titre ;": the person stays, the title goes to the board's association
    ("Le bureau de l'association Ouest Robotique est renouvelé : Marie Keravec (Kerlab), présidente ; "
     "Paul Tanguy (Lumio), trésorier.",
     "Marie Keravec", {("présidente", "Ouest Robotique"), (None, "Kerlab")}),
    # "Sa cofondatrice, X": the start-up of the previous sentence
    ("La start-up Valdor Num lève 2 millions d'euros. Sa cofondatrice, Maëlle Roux, vise l'Europe.",
     "Maëlle Roux", {("cofondatrice", "Valdor Num")}),
    # "son président, par ailleurs fondateur de la start-up Y": two roles
    ("L'association Bocage Numérique grandit. Son président, Jean Morel, par ailleurs fondateur de la start-up "
     "Brivane, s'en réjouit.",
     "Jean Morel", {("président", "Bocage Numérique"), ("fondateur", "Brivane")}),
    # "L'association, présidée par X": the association named before
    ("Le collectif Grappe Numérique s'installe à Vannes. L'association, présidée par Anne Lefort, compte 120 adhérents.",
     "Anne Lefort", {("présidente", "Grappe Numérique")}),
]
# fmt: on




@pytest.mark.parametrize("text,person,expected", DEFECTS)
def test_the_phrasings_a_new_user_found_broken(extractor, text, person, expected):
    roles = _roles(extractor, text)
    assert set(roles.get(person, [])) == expected, roles


# fmt: off
ROLES = [
    ("« Nous avançons », explique Martine Gaudin, présidente de l'association Les Ateliers du Code.",
     "Martine Gaudin", [("présidente", "Les Ateliers du Code")]),
    ("« Nous avançons », analyse le président du conseil départemental du Gers, Pierre Vidal, hier.",
     "Pierre Vidal", [("président", "conseil départemental du Gers")]),
    ("« C'est un début », explique Paul Mercier, directeur général de la société Nuvola Data et patron de l'association Les Ateliers du Code.",
     "Paul Mercier", [("directeur général", "Nuvola Data"), ("patron", "Les Ateliers du Code")]),
    ("L'association Les Ateliers du Code grandit vite. Julie Roux, chargée de communication, le confirme.",
     "Julie Roux", [("chargée de communication", "Les Ateliers du Code")]),
    ("L'association Les Ateliers du Code grandit. Julie Roux, chef de projet au sein de l'équipe, ajoute que tout va bien.",
     "Julie Roux", [("chef de projet", "Les Ateliers du Code")]),
    ("Le voyage a été salué par la ministre déléguée au numérique Claire Dubois hier.",
     "Claire Dubois", [("ministre déléguée au numérique", None)]),
    ("L'ancien maire de Brest, Jean Morvan, était présent.",
     "Jean Morvan", [("ancien maire", None)]),
    ("Sa voisine la start-up Ondalys, fondée en 2013 par deux anciens de Vextra, vise 3 millions. "
     "Son PDG, Erwan Kerlo, compte sur le lieu.",
     "Erwan Kerlo", [("pdg", "Ondalys")]),
    ("Réuni à Blagnac, le cluster Aéro Garonne a présenté sa feuille de route. Né en 2011, il fédère des "
     "filiales de Vextra et de Solvane. Sa présidente, Hélène Marcy, dirige la PME Optivis 44.",
     "Hélène Marcy", [("présidente", "Aéro Garonne")]),
    ("« Nous recrutons », rappelle Laure Charvin, cofondatrice et directrice générale de Kalimba.",
     "Laure Charvin", [("cofondatrice", "Kalimba"), ("directrice générale", "Kalimba")]),
    ("L'association Bocage Numérique compte 80 membres. « C'est un signal », dit Louise Ferrant, vice-présidente "
     "du conseil régional de Vendée. Pour Tom Garrec, trésorier de cette association, le label compte.",
     "Tom Garrec", [("trésorier", "Bocage Numérique")]),
    ("La start-up Kalimba recrute. L'autre cofondateur, Mathis Pradel, ancien développeur de la SSII "
     "Néovia, pilote la technique.",
     "Mathis Pradel", [("cofondateur", "Kalimba"), ("ancien développeur", "Néovia")]),
    # a former post is not a current one: "ancien", "ex-" stay in the title
    ("Mathis Pradel, ancien ingénieur de la société Nuvola Data, pilote la technique.",
     "Mathis Pradel", [("ancien ingénieur", "Nuvola Data")]),
    ("L'ex-présidente de l'association Bocage Numérique, Julie Roux, parle.",
     "Julie Roux", [("ex-présidente", "Bocage Numérique")]),
    ("Julie Roux, ancienne directrice de la société Nuvola Data, parle.",
     "Julie Roux", [("ancienne directrice", "Nuvola Data")]),
    ("Le conseil régional a versé l'aide par l'Agence régionale pour l'essor numérique (AREN). "
     "Le directeur de l'AREN, Franck Delval, parle d'un pari.",
     "Franck Delval", [("directeur", "Agence régionale pour l'essor numérique")]),
]
# fmt: on


# fmt: off
CUES = [
    # Prénom Nom (Société): an affiliation with a null title
    ("La start-up Kalimba recrute. Les membres du jury sont Paul Mercier (Kalimba) et Julie Roux.",
     "Paul Mercier", [(None, "Kalimba")]),
    ("La start-up Kalimba et la société Nuvola Data recrutent. Le jury : Paul Mercier (Kalimba, Nuvola Data).",
     "Paul Mercier", [(None, "Kalimba"), (None, "Nuvola Data")]),
    # a title inside the parentheses
    ("Son président, Marc Olier (directeur général de la société Nuvola Data), parle.",
     "Marc Olier", [("président", None), ("directeur général", "Nuvola Data")]),
    # Société (titre : Prénom Nom)
    ("Elle rejoint l'association Les Ateliers du Code (présidente : Julie Roux, fondatrice de Kalimba).",
     "Julie Roux", [("fondatrice", "Kalimba"), ("présidente", "Les Ateliers du Code")]),
    # à la barre de / à la tête de
    ("La conférence est animée par Paul Mercier, à la barre de la société Nuvola Data.",
     "Paul Mercier", [(None, "Nuvola Data")]),
    # au poste de
    ("L'association Bocage Numérique a tenu son assemblée. Elle a acté l'élection de Julie Roux au poste de présidente.",
     "Julie Roux", [("présidente", "Bocage Numérique")]),
    # lists after a heading: members of an organization, a board
    ("L'association Bocage Numérique grandit. Les autres membres de l'association : Paul Mercier (Kalimba) et Julie Roux.",
     "Julie Roux", [("membre", "Bocage Numérique")]),
    ("L'association Bocage Numérique grandit. Le bureau accueille aussi Paul Mercier, Julie Roux et Tom Garrec.",
     "Tom Garrec", [("membre du bureau", "Bocage Numérique")]),
    ("L'association Bocage Numérique grandit. Le conseil d'administration compte dix membres : Paul Mercier et Julie Roux.",
     "Paul Mercier", [("membre du conseil d'administration", "Bocage Numérique")]),
    # titles given by a verb, written as the noun
    ("L'association Les Ateliers du Code, présidée par Martine Gaudin, recrute.",
     "Martine Gaudin", [("président", "Les Ateliers du Code")]),
    ("La start-up Kalimba, fondée par Marc Olier et Sarah Benali, lève des fonds.",
     "Sarah Benali", [("fondatrice", "Kalimba")]),
    ("L'association Bocage Numérique est présidée par Martine Gaudin.",  # the verb after its auxiliary
     "Martine Gaudin", [("président", "Bocage Numérique")]),
    ("La start-up Kalimba est dirigée par Marc Olier depuis 2019.",
     "Marc Olier", [("directeur", "Kalimba")]),
    ("Paul Mercier, fondateur de la start-up Kalimba, a parlé.",  # start-up: three tokens, one head noun
     "Paul Mercier", [("fondateur", "Kalimba")]),
    ("La start-up Kalimba, fondée par Marc Olier et Sarah Benali, lève des fonds.",
     "Marc Olier", [("fondateur", "Kalimba")]),
    ("Paul Mercier, suite au rachat de la société Nuvola Data, la start-up qu'il présidait, quitte le club.",
     "Paul Mercier", [("président", "Nuvola Data")]),
    ("Marie Lenoir a pris la présidence de l'association Bocage Numérique.",
     "Marie Lenoir", [("président", "Bocage Numérique")]),
    ("Julien Morel devient le nouveau président de l'association Bocage Numérique.",
     "Julien Morel", [("président", "Bocage Numérique")]),
    ("Depuis mars, Claire Dumas est directrice de la société Nuvola Data.",
     "Claire Dumas", [("directrice", "Nuvola Data")]),
    # the same cue read on tokens when a heading line is glued to the sentence
    ("L'association Bocage Numérique grandit.\nUn bureau renouvelé\nPrésidée depuis 2016 par Paul Mercier (Kalimba, "
     "Nuvola Data), l'association se cherchait un second souffle.",
     "Paul Mercier", [(None, "Kalimba"), (None, "Nuvola Data"), ("président", "Bocage Numérique")]),
    # the NER tags the title PER ("son Président"): the apposition still reads it
    ("En quelques années, l'association Bocage Numérique a grandi. Pour son Président, Guillaume Ferrand, "
     "« les signes sont là ».",
     "Guillaume Ferrand", [("président", "Bocage Numérique")]),
    # ...but a title further left, tagged PER, still ends the left context ("en tant que Premier Ministre suite à ...")
    ("L'ancien maire de Brest, Jean Morvan, récemment placé en tant que Premier Ministre suite à l'élection de "
     "Paul Mercier, viendra.",
     "Paul Mercier", []),
    # one title shared by several people; without a complement, no organization is guessed
    ("L'association Bocage Numérique fusionne. Deux présidents, Claire Lenoir et Hugo Tissier, cohabiteront pendant un an.",
     "Hugo Tissier", [("président", None)]),
    ("L'association Bocage Numérique élit son bureau. Les deux vice-présidents sont Julie Roux, directrice de la "
     "société Nuvola Data, et Tom Garrec, trésorier.",
     "Julie Roux", [("directrice", "Nuvola Data"), ("vice-présidente", None)]),
    # in a run of appositions each person keeps their own organization
    ("L'association Bocage Numérique élit son bureau. Les deux vice-présidents sont Julie Roux, directrice de la "
     "société Nuvola Data, et Tom Garrec, trésorier.",
     "Tom Garrec", [("trésorier", "Bocage Numérique"), ("vice-président", None)]),
    # "de chez": an affiliation without a title
    ("« Tout avance », explique Julie Roux, de chez Nuvola Data.", "Julie Roux", [(None, "Nuvola Data")]),
    # "à la tête de" after "succéder à" / "remplacer": the post is the subject's, not the predecessor's
    ("Julie Roux succède à Tom Garrec à la tête de l'association Bocage Numérique.",
     "Julie Roux", [(None, "Bocage Numérique")]),
    ("Julie Roux succède à Tom Garrec à la tête de l'association Bocage Numérique.", "Tom Garrec", []),
    ("Julie Roux remplace Tom Garrec à la tête de la société Nuvola Data.", "Julie Roux", [(None, "Nuvola Data")]),
    # "élue à la tête de": a participle, no title noun
    ("Julie Roux a été élue à la tête de l'association Bocage Numérique.",
     "Julie Roux", [(None, "Bocage Numérique")]),
    # a title opening a sentence whose subject is a pronoun: the person named just before, else just after
    ("Paul Mercier arrive. Directeur de la société Nuvola Data, il connaît le terrain.",
     "Paul Mercier", [("directeur", "Nuvola Data")]),
    ("Directrice de la société Nuvola Data, elle connaît le terrain. Julie Roux le confirme.",
     "Julie Roux", [("directrice", "Nuvola Data")]),
    # ...the parentheses list what the title covers: the organization is the one named after them
    ("Paul Mercier arrive. Directeur des écoles (Kalimba, Ondalys) de la société Nuvola Data, il connaît le terrain.",
     "Paul Mercier", [("directeur des écoles", "Nuvola Data")]),
    # a bare title does not fall back to a media outlet (the source of a quote) or an internal body
    ("Selon le journal Le Vigie Normande, le salon attire du monde. Julie Roux, directrice générale, se réjouit.",
     "Julie Roux", [("directrice générale", None)]),
    # a parenthesized aside does not end the apposition
    ("Paul Mercier, cofondateur de la société Nuvola Data (logiciels de paie) et président de l'association "
     "Bocage Numérique, parle.",
     "Paul Mercier", [("cofondateur", "Nuvola Data"), ("président", "Bocage Numérique")]),
    ("« Tout avance », résume Paul Mercier (Kalimba), le président de l'association Bocage Numérique.",
     "Paul Mercier", [("président", "Bocage Numérique"), (None, "Kalimba")]),
    # "X et son président Y": the organization coordinated just before
    ("Le projet est soutenu par la société Nuvola Data et par l'association Bocage Numérique et son président Paul Mercier.",
     "Paul Mercier", [("président", "Bocage Numérique")]),
    # "seul président de l'association": the association introduced before
    ("La conférence de l'association Bocage Numérique est animée par Paul Mercier, seul président de l'association.",
     "Paul Mercier", [("président", "Bocage Numérique")]),
    # a generic complement is not overridden by an organization named after a coordination
    ("L'association Bocage Numérique se renouvelle. Paul Mercier, qui reste président de l'association et "
     "dirige aussi la société Nuvola Data, parle.",
     "Paul Mercier", [("président", "Bocage Numérique"), (None, "Nuvola Data")]),
    # a board's people do not go to an organization named in someone's apposition
    ("Paul Mercier, cofondateur de la société Nuvola Data, en assurera la présidence. Le bureau accueille aussi "
     "Julie Roux et Tom Garrec.",
     "Julie Roux", []),
    # "élu" after or before a title is a participle, not the office
    ("L'association Bocage Numérique vote. Son président officiellement élu, Paul Mercier, parle.",
     "Paul Mercier", [("président", "Bocage Numérique")]),
]
# fmt: on

# Floors sit just under the rates the shipped linker reaches (README, "Invented sentences");
# raise them as the model improves, never lower them to make a change pass.
FLOORS = {"appositions": 0.65, "cues": 0.43}  # measured: 11/16, 18/41


def test_invented_sentences_stay_above_the_floors(extractor):
    results = {
        name: [(text, sorted(_roles(extractor, text).get(person, []), key=str) == sorted(expected, key=str))
               for text, person, expected in table]
        for name, table in (("appositions", ROLES), ("cues", CUES))
    }
    rates = {k: sum(ok for _, ok in rows) / len(rows) for k, rows in results.items()}
    misses = [text for rows in results.values() for text, ok in rows if not ok]
    assert all(rates[k] >= FLOORS[k] for k in FLOORS), (rates, misses)


def test_role_organization_is_an_organization_record_name(corpus_records):
    for records in corpus_records.values():
        names = {r.name for r in records if r.type == "organization"}
        for r in records:
            if r.type == "person":
                assert all(role.organization is None or role.organization in names for role in r.roles)


def test_role_spans_carry_the_linker_id(extractor):
    doc = extractor.nlp("Ana Roy, présidente de l'association Les Ateliers du Code, recrute.")
    assert {s.id_ for s in doc.spans["role"]} == {"role/linker"} and len(doc.spans["role"]) >= 1


def test_the_linker_folder_is_in_the_pipeline_config(nlp):
    from pathlib import Path

    learned = Path(nlp.config["components"]["presse2data_roles"]["learned"])
    assert (learned / "linker.json").is_file()


def test_a_title_stays_in_its_item_of_a_semicolon_list(extractor):
    """``Nom (Société), présidente ; Nom2 (Société2), trésorier``: each title holds in its own item."""
    roles = _roles(extractor, "Le bureau du club Kerlande Data est élu : Ana Roy (Vextra), présidente ; "
                              "Marc Ys (Solvane), trésorier ; Léa Morvan (Brivane), secrétaire.")
    titles = {person: {title for title, _ in held if title} for person, held in roles.items()}
    assert titles == {"Ana Roy": {"présidente"}, "Marc Ys": {"trésorier"}, "Léa Morvan": {"secrétaire"}}, roles
