"""Record surfaces drop the closing punctuation that token alignment glues to a rule span."""

from __future__ import annotations

import pytest
import spacy

from presse2data.lang.tokens import doc_text, find_word, surface

nlp = spacy.blank("fr")


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("printemps 2017″.",        "printemps 2017"),
    ("14,7 millions d'euros",   "14,7 millions d'euros"),
    ("20 M€),",                 "20 M€"),
    ("en sept.",                "en sept."),
    ("2015.",                   "2015"),
    ("390 k€.",                 "390 k€"),
])
# fmt: on
def test_surface_trims_closing_punctuation(text, expected):
    doc = nlp("Avant " + text)
    start, end, found = surface(doc[1:])
    assert found == expected and doc.text[start:end] == expected


# fmt: off
@pytest.mark.parametrize("text,form,joiners,expected", [
    ("Alpha et Alphabet, Alpha.",  "Alpha",   "",  [(0, 5), (19, 24)]),
    ("Net-Alpha et Alpha-Net",     "Alpha",   "-", []),
    ("Net-Alpha et Alpha-Net",     "Alpha",   "",  [(4, 9), (13, 18)]),
    ("Jean Dupont; Jean Duponte",  "Jean Dupont", "", [(0, 11)]),
    ("",                           "x",       "",  []),
])
# fmt: on
def test_find_word_respects_word_boundaries(text, form, joiners, expected):
    assert find_word(text, form, joiners) == expected


def test_doc_text_is_the_text_built_once():
    doc = nlp("Une phrase\u00a0courte.  Deux espaces.")
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
