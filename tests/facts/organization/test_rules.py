"""What stays rules for organizations: the kind from type nouns, the contract's non-organizations."""

from __future__ import annotations

import pytest

from presse2data.facts.organization.component import is_non_org, kind_of


def _span(nlp, text, name):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    return doc, span.start, span.end


# fmt: off
KINDS = [
    ("Selon l'association Les Ateliers du Code, tout va bien.",   "Les Ateliers du Code",  "association"),
    ("La start-up Kalimba recrute.",                              "Kalimba",               "company"),
    ("Des chercheurs de l'Université de Poitiers participent.",  "Université de Poitiers", "education_research"),
    ("Le fonds Brenn Capital investit.",                          "Brenn Capital",         "company"),
    ("Kalimba recrute.",                                          "Kalimba",               None),
]
# fmt: on


@pytest.mark.parametrize("text,name,kind", KINDS)
def test_kind_from_type_nouns(nlp, text, name, kind):
    assert kind_of(*_span(nlp, text, name)) == kind


@pytest.mark.parametrize("text,expected", [
    ("French Tech", True), ("la French Tech", True), ("Pass French Tech", True), ("la Région", True),
    ("Président", True), ("THD", True), ("French Tech Brest", False), ("Kalimba", False),
])
def test_contract_non_organizations(text, expected):
    assert is_non_org(text) is expected


def test_a_recognized_span_is_cut_at_separators(nlp):
    from presse2data.facts.organization.component import _pieces

    doc = nlp.make_doc("Kerlab | Lumio Data, Brenn Capital")
    assert [doc[s:e].text for s, e in _pieces(doc, 0, len(doc))] == ["Kerlab", "Lumio Data", "Brenn Capital"]
