"""Roles: title as written (lowercased, without the organization) and the organization it points to."""

from __future__ import annotations

import pytest


def _roles(extractor, text):
    return {
        r.name: [(role.title, role.organization) for role in r.roles]
        for r in extractor.extract(text, article_id="t")
        if r.type == "person"
    }


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
     "Jean Morvan", [("maire", None)]),
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
     "Mathis Pradel", [("cofondateur", "Kalimba"), ("développeur", "Néovia")]),
    ("Le conseil régional a versé l'aide par l'Agence régionale pour l'essor numérique (AREN). "
     "Le directeur de l'AREN, Franck Delval, parle d'un pari.",
     "Franck Delval", [("directeur", "Agence régionale pour l'essor numérique")]),
]
# fmt: on


@pytest.mark.parametrize("text,person,expected", ROLES)
def test_roles(extractor, text, person, expected):
    roles = _roles(extractor, text)
    assert roles.get(person) == expected, roles


def test_role_organization_is_an_organization_record_name(corpus_records):
    for records in corpus_records.values():
        names = {r.name for r in records if r.type == "organization"}
        for r in records:
            if r.type == "person":
                assert all(role.organization is None or role.organization in names for role in r.roles)
