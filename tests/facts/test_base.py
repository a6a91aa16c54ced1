"""Record surfaces drop the closing punctuation that token alignment glues to a rule span."""

from __future__ import annotations

import pytest
import spacy

from presse2data.facts.base import surface

nlp = spacy.blank("fr")


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("printemps 2017″.",        "printemps 2017"),
    ("14,7 millions d'euros",   "14,7 millions d'euros"),
    ("20 M€),",                 "20 M€"),
    ("en sept.",                "en sept."),
    ("2015.",                   "2015"),
])
# fmt: on
def test_surface_trims_closing_punctuation(text, expected):
    doc = nlp("Avant " + text)
    start, end, found = surface(doc[1:])
    assert found == expected and doc.text[start:end] == expected
