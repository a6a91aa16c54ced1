"""The linker's weights (JSON round trip) and its decoding, with hand-set weights on a parsed Doc."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from presse2data.facts.role.features import Mention
from presse2data.facts.role.linker import SCORERS, Linker, Weights, link
from presse2data.facts.role.spans import title_spans

names = st.text(alphabet="abcdefgh:=<> ,", min_size=1, max_size=12)


@given(st.dictionaries(names, st.floats(-20, 20, allow_nan=False), max_size=20), st.floats(0.05, 0.95))
def test_weights_round_trip_through_json(tmp_path_factory, weights, threshold):
    path = tmp_path_factory.mktemp("linker") / "linker.json"
    linker = Linker({n: Weights({k: round(v, 5) for k, v in weights.items()}, threshold) for n in SCORERS}, {"seed": 0})
    linker.save(path)
    back = Linker.load(path)
    assert back.scorers == linker.scorers and back.meta == {"seed": 0}


def test_probability_is_a_logistic_of_the_summed_weights():
    w = Weights({"a": 2.0, "b": -2.0})
    assert w.probability({"a": 1}) > 0.8 > 0.2 > w.probability({"b": 1})
    assert abs(w.probability({"a": 1, "b": 1}) - 0.5) < 1e-9
    assert w.probability({"unknown": 1}) == 0.5


def _parsed(nlp, text):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if not name.startswith("presse2data"):
            doc = component(doc)
    return doc


def test_decoding_follows_the_weights(nlp):
    # "Ana Roy, présidente de Kerlab." — persons and organizations given as mentions
    doc = _parsed(nlp, "Ana Roy, présidente de Kerlab.")
    persons, orgs = [Mention(0, 2, 0)], [Mention(5, 6, 0)]
    titles = title_spans(doc, blocked={0, 1, 5})
    hold = Weights({"bias": 3.0})        # every nearby person holds the title
    nowhere = Weights({"to:none": 5.0})  # no organization beats "none"
    there = Weights({"bias": 1.0, "to:none": -5.0})
    never = Weights({"bias": -5.0})
    found = link(Linker({"title_person": hold, "title_org": there, "person_org": never}), doc, titles, persons, orgs)
    assert [(f.person, f.title.title, f.organization) for f in found] == [(0, "présidente", 0)]
    found = link(Linker({"title_person": hold, "title_org": nowhere, "person_org": never}), doc, titles, persons, orgs)
    assert [(f.person, f.organization) for f in found] == [(0, None)]
    found = link(Linker({"title_person": never, "title_org": there, "person_org": never}), doc, titles, persons, orgs)
    assert found == []
