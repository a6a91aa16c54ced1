"""Persons: fullest name without civility, short forms as mentions, non-persons rejected."""

from __future__ import annotations

import pytest


def _persons(extractor, text):
    return {r.name: r for r in extractor.extract(text, article_id="t") if r.type == "person"}


def test_short_form_with_civility_is_a_mention_of_the_full_name(extractor):
    text = "Martine Gaudin dirige le club. « Nous grandissons », explique Mme Gaudin."
    persons = _persons(extractor, text)
    assert list(persons) == ["Martine Gaudin"]
    assert [m.text for m in persons["Martine Gaudin"].mentions] == ["Martine Gaudin", "Mme Gaudin"]


def test_name_after_a_title_is_a_person(extractor):
    text = "« Nous avons trouvé un écosystème favorable », affirme le Pdg, Steven Marlowe."
    assert "Steven Marlowe" in _persons(extractor, text)


def test_surname_typo_is_the_same_person(extractor):
    text = "Franck Moreau, président du club. Lisez notre interview de Franck Moureau sur le sujet."
    persons = _persons(extractor, text)
    assert len([p for p in persons if p.startswith("Franck")]) == 1


# fmt: off
@pytest.mark.parametrize("text,not_a_person", [
    ("L'ancien maire, récemment nommé Premier Ministre, était là.", "Premier Ministre"),
    ("Des entreprises comme Vinci, Sodexo ou Orange sont partenaires.", "Vinci"),
])
# fmt: on
def test_non_persons_are_rejected(extractor, text, not_a_person):
    assert not_a_person not in _persons(extractor, text)
