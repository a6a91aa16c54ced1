"""``presse2data train`` end to end on a few invented articles (one epoch: a smoke test of the
whole path, not of quality): from the project's span-level format and from a Label Studio
export, to a model folder that ``extract --model`` uses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRESSE2DATA = [sys.executable, "-m", "presse2data.cli"]

# fmt: off
TEXTS = {
    "t1": "Ana Roy, présidente de Kerlab, reçoit Léo Vidal (Brenn Capital) à Quimper. Kerlab compte vingt salariés.",
    "t2": "Le club Numéris est présidé par Marc Ys. Son trésorier, Paul Tanguy, dirige la société Lumio à Vannes.",
    "t3": "Julie Marin (Valdor Num) et Hugo Brun, directeur de Kalimba, ont rencontré Anne Lefort à Lorient.",
}
SOURCES = {
    "t1": '''RECORDS = [
    P("Ana Roy", ["Ana Roy"], roles=[("[présidente] de", "Kerlab")]),
    P("Léo Vidal", ["Léo Vidal"], roles=[(None, "Brenn Capital")]),
    O("Kerlab", "company", [("Kerlab", 1), ("Kerlab", 2)]),
    O("Brenn Capital", "company", ["Brenn Capital"]),
    L("Quimper", ["Quimper"]),
]''',
    "t2": '''RECORDS = [
    P("Marc Ys", ["Marc Ys"], roles=[("[présidé] par", "Numéris", "président")]),
    P("Paul Tanguy", ["Paul Tanguy"], roles=[("Son [trésorier]", "Numéris")]),
    O("Numéris", "association", ["Numéris"]),
    O("Lumio", "company", ["Lumio"]),
    L("Vannes", ["Vannes"]),
]''',
    "t3": '''RECORDS = [
    P("Julie Marin", ["Julie Marin"], roles=[(None, "Valdor Num")]),
    P("Hugo Brun", ["Hugo Brun"], roles=[("[directeur] de", "Kalimba")]),
    P("Anne Lefort", ["Anne Lefort"]),
    O("Valdor Num", "company", ["Valdor Num"]),
    O("Kalimba", "company", ["Kalimba"]),
    L("Lorient", ["Lorient"]),
]''',
}
# fmt: on


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    """The invented set in the project's format: texts, hand decisions, built span-level gold."""
    folder = tmp_path_factory.mktemp("set")
    (folder / "corpus").mkdir()
    (folder / "source").mkdir()
    for article_id, text in TEXTS.items():
        (folder / "corpus" / f"{article_id}.txt").write_text(text, encoding="utf-8")
        (folder / "source" / f"{article_id}.py").write_text(SOURCES[article_id], encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "annotations" / "build.py"), "--set", str(folder), "--spans"],
                   check=True, capture_output=True)
    return folder


def _train(args, tmp_path):
    out = tmp_path / "model"
    done = subprocess.run([*PRESSE2DATA, "train", *args, "-o", str(out), "--epochs", "1"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return out, done


def _check_model(out: Path, examples: int, kinds: bool = True):
    assert (out / "ner" / "model").is_file() and (out / "linker.json").is_file()
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["examples"] == examples and meta["seed"] == 0 and len(meta["data_sha256"]) == 64
    assert (out / "kind.json").is_file() == kinds and (meta["kind"] is not None) == kinds
    assert meta["entities"]["PER"] == 7 and meta["roles"] == 6


def test_train_from_the_project_format_then_extract_with_the_model(annotated, tmp_path):
    out, done = _train([str(annotated / "annotations"), "--texts", str(annotated / "corpus")], tmp_path)
    assert "wrote" in done.stderr
    _check_model(out, 3)
    article = tmp_path / "a.txt"
    article.write_text("Ana Roy, présidente de Kerlab, parle.", encoding="utf-8")
    extracted = subprocess.run([*PRESSE2DATA, "extract", str(article), "--model", str(out), "-q"], capture_output=True, text=True)
    assert extracted.returncode == 0, extracted.stderr
    assert json.loads(extracted.stdout.splitlines()[0])["type"] == "article"


def test_a_supplement_set_is_trained_on_with_the_main_one(annotated, tmp_path):
    """``--also DIR``: a set of constructions the main annotations lack, in every training."""
    import shutil

    main, extra = tmp_path / "main", tmp_path / "extra"
    for folder in (main / "annotations", main / "texts", extra / "annotations", extra / "texts"):
        folder.mkdir(parents=True)
    for article_id in TEXTS:
        into = extra if article_id == "t3" else main
        shutil.copy(annotated / "annotations" / f"{article_id}.jsonl", into / "annotations")
        shutil.copy(annotated / "corpus" / f"{article_id}.txt", into / "texts")
    out, _ = _train([str(main / "annotations"), "--texts", str(main / "texts"), "--also", str(extra)], tmp_path)
    _check_model(out, 3)  # t3's persons and roles are in the counts: it was trained on


def test_only_the_kind_classifier_is_written_into_a_model_folder(annotated, tmp_path):
    """``--only-kind``: kind.json alone (how it joined the shipped folder without a new recognizer)."""
    out = tmp_path / "model"
    done = subprocess.run([*PRESSE2DATA, "train", str(annotated / "annotations"), "--texts", str(annotated / "corpus"),
                           "--only-kind", "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(p.name for p in out.iterdir()) == ["kind.json"]
    data = json.loads((out / "kind.json").read_text(encoding="utf-8"))
    assert data["meta"]["organizations"] == 6 and set(data["kinds"]) == {"association", "company"}


def _label_studio_tasks(annotated: Path) -> list[dict]:
    """The invented set as a Label Studio export: regions and relations, as an annotator draws them."""
    tasks = []
    for path in sorted((annotated / "annotations").glob("*.jsonl")):
        text = (annotated / "corpus" / f"{path.stem}.txt").read_text(encoding="utf-8")
        results, relations, n = [], [], 0
        region_of = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            label = {"person": "person", "organization": "organization", "place": "place"}.get(r["type"])
            if label is None:
                continue
            for m in r["mentions"]:
                n += 1
                results.append({"id": f"r{n}", "type": "labels", "from_name": "label", "to_name": "text",
                                "value": {"start": m["start"], "end": m["end"], "text": m["text"], "labels": [label]}})
                region_of.setdefault((r["type"], r["name"]), f"r{n}")
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            for role in r.get("roles", []):
                person = region_of[("person", r["name"])]
                org = region_of.get(("organization", role["organization"]))
                if role.get("mention") is None:
                    relations.append({"type": "relation", "from_id": person, "to_id": org, "direction": "right"})
                    continue
                n += 1
                m = role["mention"]
                results.append({"id": f"r{n}", "type": "labels", "from_name": "label", "to_name": "text",
                                "value": {"start": m["start"], "end": m["end"], "text": m["text"], "labels": ["title"]}})
                relations.append({"type": "relation", "from_id": f"r{n}", "to_id": person, "direction": "right"})
                relations.append({"type": "relation", "from_id": f"r{n}", "to_id": org, "direction": "right"})
        tasks.append({"id": len(tasks) + 1, "data": {"text": text, "article_id": path.stem},
                      "annotations": [{"result": results + relations}]})
    return tasks


def test_train_from_a_label_studio_export(annotated, tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps(_label_studio_tasks(annotated), ensure_ascii=False), encoding="utf-8")
    out, done = _train([str(export)], tmp_path)
    _check_model(out, 3, kinds=False)  # these regions carry no kind: no classifier, kinds from cues only
    assert "no organization-kind classifier" in done.stderr


def test_the_two_formats_give_the_same_examples(annotated, tmp_path):
    from presse2data.training.examples import read_folder
    from presse2data.training.labelstudio import examples_from_tasks

    ours = {e.id: e for e in read_folder(annotated / "annotations", annotated / "corpus")}
    theirs = {e.id: e for e in examples_from_tasks(_label_studio_tasks(annotated))}
    assert ours.keys() == theirs.keys()
    for key, e in ours.items():
        t = theirs[key]
        named = lambda ex: {(ex.entities[p].name, tuple(s) if s else None, ex.entities[o].name if o is not None else None)  # noqa: E731
                            for p, s, o in ex.roles}
        assert named(e) == named(t) and e.titles == t.titles
        assert {(x.label, x.name, tuple(x.mentions)) for x in e.entities} == {(x.label, x.name, tuple(x.mentions)) for x in t.entities}


@pytest.mark.parametrize("args,message", [
    (["missing-folder", "-o", "m"], "no such annotations folder"),
    (["."], "give -o DIR"),
    ([".", "--texts", ".", "--also", ".", "-o", "m"], "expected annotations/ and texts/"),
])
def test_train_usage_errors(args, message, tmp_path):
    done = subprocess.run([*PRESSE2DATA, "train", *args], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr


def test_annotations_convert_to_a_docbin_with_titles_and_links(annotated, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    out = tmp_path / "train.spacy"
    done = subprocess.run([*PRESSE2DATA, "train", str(annotated / "annotations"), "--texts", str(annotated / "corpus"),
                           "--docbin", str(out)], capture_output=True, text=True)
    assert done.returncode == 0 and "3 documents" in done.stderr, done.stderr
    docs = {d.text[:6]: d for d in DocBin().from_disk(out).get_docs(spacy.blank("fr").vocab)}
    doc = docs["Ana Ro"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Ana Roy", "PER"), ("Kerlab", "ORG"), ("Léo Vidal", "PER"),
                                                     ("Brenn Capital", "ORG"), ("Quimper", "LOC"), ("Kerlab", "ORG")]
    assert [t.text for t in doc.spans["title"]] == ["présidente"]
    links = doc.user_data["presse2data_links"]
    names = [e["name"] for e in links["entities"]]
    assert {(names[p], o is None or names[o]) for p, _, o in links["roles"]} == {("Ana Roy", "Kerlab"), ("Léo Vidal", "Brenn Capital")}
