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
