"""The organization-kind classifier (``facts/organization/kinds.py``, ``training/kinds.py``) on
invented sentences: it learns from gold organizations and their contexts, it writes and reads
``kind.json``, and a cue of the text (a type noun, a company word) still wins over it."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Span

from presse2data.facts.organization import build, kinds
from presse2data.facts.organization.cluster import cluster
from presse2data.facts.organization.component import detect, guess_kinds
from presse2data.training import kinds as training
from presse2data.training.examples import Entity, Example

# fmt: off
TRAIN = [
    ("Kerlab lève deux millions pour recruter des ingénieurs.",         "Kerlab",    "company"),
    ("Lumio lève un million et vise l'Europe.",                          "Lumio",     "company"),
    ("Brenova lève trois millions auprès de ses clients.",               "Brenova",   "company"),
    ("Les adhérents de Numéris se réunissent chaque mois.",              "Numéris",   "association"),
    ("Les adhérents de Valdor Num ont voté le budget.",                  "Valdor Num", "association"),
    ("Les adhérents de Brivane ont élu leur bureau.",                    "Brivane",   "association"),
]
# fmt: on


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return nlp


def _example(n, text, name, kind):
    at = text.index(name)
    return Example(f"k{n}", text, [Entity("ORG", name, [(at, at + len(name))], kind)], full_text=text)


def _doc_with_org(nlp, text, name):
    doc = nlp(text)
    at = text.index(name)
    doc.ents = [doc.char_span(at, at + len(name), label="ORG")]
    return doc


def test_the_classifier_learns_the_words_around_the_mentions(blank):
    examples = [_example(n, *row) for n, row in enumerate(TRAIN)]
    orgs = [o for e in examples for o in training.organizations_of(blank(e.text), e)]
    assert [o.kind for o in orgs] == [row[2] for row in TRAIN] and all(o.rule is None for o in orgs)
    model = training.fit(orgs, seed=0)
    assert set(model.kinds) == {"company", "association"}
    for text, name, kind in [("Ozora lève cinq millions d'euros.", "Ozora", "company"),
                             ("Les adhérents de Kalinova sont nombreux.", "Kalinova", "association")]:
        doc = _doc_with_org(blank, text, name)
        assert model.predict(doc, list(doc.ents)) == kind, text


def test_training_writes_kind_json_that_a_model_folder_reads(blank, tmp_path):
    examples = [_example(n, *row) for n, row in enumerate(TRAIN)]
    written = training.train(examples, tmp_path, seed=0, docs=[blank(e.text) for e in examples], log=lambda _: None)
    data = json.loads((tmp_path / kinds.FILE).read_text(encoding="utf-8"))
    assert data["meta"]["organizations"] == 6 and data["meta"]["seed"] == 0 and len(data["meta"]["data_sha256"]) == 64
    assert all(len(w) == len(data["kinds"]) for w in data["weights"].values())
    loaded = kinds.load(tmp_path)
    assert loaded.kinds == written.kinds and loaded.weights == written.weights
    assert kinds.load(tmp_path / "older") is None and kinds.load(None) is None  # no kind.json: cues only


def test_the_same_data_and_seed_give_the_same_weights(blank):
    examples = [_example(n, *row) for n, row in enumerate(TRAIN)]
    orgs = [o for e in examples for o in training.organizations_of(blank(e.text), e)]
    assert training.fit(orgs, seed=0).weights == training.fit(orgs, seed=0).weights


def test_cross_validation_reports_rule_learned_and_both(blank):
    examples = [_example(n, *row) for n, row in enumerate(TRAIN + [("La société Axilo recrute.", "Axilo", "company")])]
    orgs = [o for e in examples for o in training.organizations_of(blank(e.text), e)]
    assert orgs[-1].rule == "company"  # the type noun before it
    figures = training.cross_validate(orgs, [{"k0", "k3"}, {"k1", "k4", "k6"}, {"k2", "k5"}], seed=0)
    assert figures["rule"]["n"] == 7 and figures["rule"]["correct"] == 1 and figures["rule_where_cued"]["accuracy"] == 1.0
    assert figures["rule_and_learned"]["correct"] >= figures["learned_where_uncued"]["correct"] + 1


# A classifier that says "media" whatever it reads: where the text gives a cue, the cue decides.
ALWAYS_MEDIA = kinds.KindModel(kinds.KINDS, {"bias": [5.0 if k == "media" else 0.0 for k in kinds.KINDS]})

# fmt: off
CUE_WINS = [
    ("L'association Kerlab recrute des bénévoles.",           "Kerlab",               "association"),
    ("La société Lumio recrute des ingénieurs.",              "Lumio",                "company"),
    ("La start-up Brenova recrute des ingénieurs.",           "Brenova",              "company"),
    ("Il a rejoint Ozora Solutions l'an dernier.",             "Ozora Solutions",      "company"),
    ("Des chercheurs de l'Université de Valdor participent.",  "Université de Valdor", "education_research"),
    ("Kalinova recrute des ingénieurs.",                       "Kalinova",             "media"),  # no cue: the classifier
]
# fmt: on


@pytest.mark.parametrize("text,name,kind", CUE_WINS, ids=[row[1] for row in CUE_WINS])
def test_a_cue_wins_over_the_classifier(blank, text, name, kind):
    doc = _doc_with_org(blank, text, name)
    doc._.organizations = cluster(doc, detect(doc))
    guess_kinds(doc, doc._.organizations, ALWAYS_MEDIA)
    (record,) = build.records(doc, "t")
    assert (record.name, record.kind) == (name, kind)
    (org,) = doc._.organizations
    assert org.kind == (None if kind == "media" else kind)  # what member counts read: cues only


def test_without_a_classifier_an_organization_without_a_cue_has_no_kind(blank):
    doc = _doc_with_org(blank, "Kalinova recrute des ingénieurs.", "Kalinova")
    doc._.organizations = cluster(doc, detect(doc))
    guess_kinds(doc, doc._.organizations, None)
    assert [r.kind for r in build.records(doc, "t")] == [None]
