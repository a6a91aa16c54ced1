"""Sentence parses on demand: a copy equal to ``Span.as_doc`` at a cost linear in the article."""

from __future__ import annotations

import time

import numpy
import pytest
from spacy.tokens import Doc

from presse2data.lang.parsing import on_demand, sentence_copy

TEXT = (
    "Claire Martin préside l'association Numérique Ouest depuis 2014. "
    "Elle compte 215 adhérents à Nantes et à Rennes. "
    "Le Conseil régional des Pays de la Loire a versé 40 000 euros à Jean Dupont, son trésorier. "
    "La French Tech Rennes réunit une cinquantaine de start-up."
)


@pytest.fixture(scope="module")
def model_doc(nlp):
    """TEXT through the model's components only (no parse, as in ``extract``)."""
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name.startswith("presse2data")]):
        return nlp(TEXT)


def _spans(doc):
    for sent in doc.sents:
        yield sent
        yield doc[sent.start + 1 : sent.end]  # cuts an entity at the start, maybe
        yield doc[sent.start : sent.end - 2]  # and at the end


def test_sentence_copy_equals_as_doc(model_doc):
    attrs = Doc._get_array_attrs()
    for span in _spans(model_doc):
        expected, copy = span.as_doc(), sentence_copy(span)
        assert copy.text == expected.text
        assert numpy.array_equal(copy.to_array(attrs), expected.to_array(attrs))
        assert [(e.start, e.end, e.label_) for e in copy.ents] == [(e.start, e.end, e.label_) for e in expected.ents]
        assert numpy.array_equal(copy.tensor, expected.tensor)


def test_an_entity_cut_by_the_span_is_left_out(model_doc):
    first = next(e for e in model_doc.ents if len(e) > 1)
    cut = model_doc[first.start + 1 : first.end + 3]
    assert all(e.start >= 1 for e in sentence_copy(cut).ents)
    assert (first.start, first.end) not in {(e.start + cut.start, e.end + cut.start) for e in sentence_copy(cut).ents}


def _copy_cost(nlp, sentences: int) -> float:
    """CPU seconds to copy 200 sentences of a Doc of ``sentences`` sentences (best of 3)."""
    words = ["Elle", "compte", "215", "adhérents", "."] * sentences
    best = float("inf")
    for _ in range(3):
        doc = Doc(nlp.vocab, words=words, sent_starts=[i % 5 == 0 for i in range(len(words))])
        sents = list(doc.sents)[:200]
        started = time.process_time()
        copies = [sentence_copy(sent) for sent in sents]
        best = min(best, time.process_time() - started)
        assert all(len(c) == 5 for c in copies)
    return best


def test_copying_a_sentence_costs_the_same_in_a_long_doc(nlp):
    """``as_doc`` exports the whole Doc on each call (quadratic over an article); the copy does not."""
    assert _copy_cost(nlp, 8000) < 2.5 * _copy_cost(nlp, 1000)


def test_parsed_sentence_gives_a_parse_and_the_offset(nlp, model_doc):
    span = next(e for e in model_doc.ents if e.text == "Jean Dupont")
    parsed, offset = on_demand(nlp).parsed_sentence(span)
    assert parsed is not model_doc and offset == span.sent.start
    assert parsed[span.start - offset].text == "Jean"
    assert all(token.dep_ for token in parsed)
