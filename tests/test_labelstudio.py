"""Label Studio round trip: export of records as tasks, import of an export as gold."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from presse2data.facts import record_types
from presse2data.cli import app
from presse2data.evaluation import evaluate
from presse2data.evaluation.labelstudio import gold_from_tasks
from presse2data.evaluation.scoring import score, scored_types
from presse2data.outputs.labelstudio import LabelStudioError, config_path, export_tasks, label_config
from presse2data.records import dump_record

from .conftest import CORPUS

runner = CliRunner()

TEXT = "La start-up Koalix lève 2 M€ en 2019.\nJeanne Martin, présidente de Koalix, dit que le réseau compte 80 adhérents. Mme Martin sourit.\n"


def rec(type_, start, end, **fields):
    return {"type": type_, "article_id": "a1", "text": TEXT[start:end], "start": start, "end": end, "source": "test", **fields}


def mention(start, end):
    return {"start": start, "end": end, "text": TEXT[start:end]}


# Offsets computed from TEXT, never typed.
K1, K2 = TEXT.index("Koalix"), TEXT.index("Koalix", 20)
AM, DA, JM, MM, MC = TEXT.index("2 M€"), TEXT.index("2019"), TEXT.index("Jeanne Martin"), TEXT.index("Mme Martin"), TEXT.index("80 adhérents")
RECORDS = [
    rec("organization", K1, K1 + 6, name="Koalix", mentions=[mention(K1, K1 + 6), mention(K2, K2 + 6)], kind="company"),
    rec("amount", AM, AM + 4, value=2000000, currency="EUR", value_max=None, qualifier=None),
    rec("date", DA, DA + 4, value="2019", value_end=None, mod=None, relative=False),
    rec("person", JM, JM + 13, name="Jeanne Martin", mentions=[mention(JM, JM + 13), mention(MM, MM + 10)], roles=[{"title": "présidente", "organization": "Koalix"}]),
    rec("member_count", MC, MC + 12, organization="Koalix", count=80, unit="adhérents", qualifier=None),
]


def head(**fields):
    import hashlib

    return {"type": "article", "article_id": "a1", "text": TEXT.split("\n")[0], "start": 0, "end": 37, "source": "reader",
            "path": None, "title": "La start-up Koalix lève 2 M€ en 2019.", "chars": len(TEXT),
            "sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "reference_date": None, "status": "ok", "error": None,
            "counts": {}, **fields}


@pytest.fixture
def records_file(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a1.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "records.jsonl"
    lines = [head(path=str(tmp_path / "texts" / "a1.txt")), *RECORDS]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    return path


def as_export(tasks):
    """What Label Studio's JSON export gives after an annotator accepted every prediction."""
    out = []
    for n, task in enumerate(copy.deepcopy(tasks), 1):
        result = task["predictions"][0]["result"]
        out.append({"id": n, **task, "annotations": [{"id": 100 + n, "result": result, "was_cancelled": False, "ground_truth": False}]})
    return out


def regions(task, label=None):
    return [r for r in task["predictions"][0]["result"] if r["type"] == "labels" and (label is None or r["value"]["labels"] == [label])]


def test_tasks_follow_label_studio_format(records_file):
    (task,), warnings = export_tasks(records_file)
    assert warnings == [] and task["data"]["text"] == TEXT and task["data"]["article_id"] == "a1"
    spans = regions(task)
    assert len(spans) == 7  # two mentions of each name, one span per amount, date, member count
    for r in spans:
        assert (r["from_name"], r["to_name"]) == ("label", "text")
        assert TEXT[r["value"]["start"] : r["value"]["end"]] == r["value"]["text"]
    normalized = {r["id"]: r for r in task["predictions"][0]["result"] if r["type"] == "textarea"}
    assert set(normalized) == {r["id"] for r in spans}  # one per region, same id (a per-region TextArea)
    (amount,) = regions(task, "amount")
    assert json.loads(normalized[amount["id"]]["value"]["text"][0]) == {"value": 2000000, "currency": "EUR", "value_max": None, "qualifier": None}
    first, second = regions(task, "person")
    assert json.loads(normalized[first["id"]]["value"]["text"][0])["roles"] == [{"title": "présidente", "organization": "Koalix"}]
    assert json.loads(normalized[second["id"]]["value"]["text"][0]) == {"name": "Jeanne Martin"}
    assert len({r["id"] for r in spans}) == len(spans)


def test_label_config_names_every_type():
    root = ET.fromstring(label_config())
    labels = root.find("Labels")
    assert labels.get("name") == "label" and labels.get("toName") == "text"
    assert [label.get("value") for label in labels] == [*record_types(), "place", "title"]  # + the training labels
    assert [r.get("value") for r in root.find("Relations")] == ["by"]  # relations for training; "by": a funder
    area = root.find("TextArea")
    assert (area.get("name"), area.get("perRegion")) == ("normalized", "true")
    assert root.find("Text").get("value") == "$text"


def test_round_trip_of_hand_made_records(records_file):
    tasks, _ = export_tasks(records_file)
    gold = gold_from_tasks(as_export(tasks))
    report = score(gold, {"a1": [r for r in evaluate_records(records_file)]})
    assert report.micro_f1 == 1.0 and report.micro().tp == 6
    person = next(r for r in gold["a1"] if r.type == "person")
    assert [m.text for m in person.mentions] == ["Jeanne Martin", "Mme Martin"] and person.text == "Jeanne Martin"


def evaluate_records(path):
    from presse2data.evaluation.loading import load_records

    return load_records(path)["a1"]


def test_the_text_comes_from_the_corpus_the_path_or_the_article_record(records_file, tmp_path):
    lines = records_file.read_text(encoding="utf-8").splitlines()
    no_path = tmp_path / "no_path.jsonl"
    no_path.write_text("\n".join([json.dumps(head()), *lines[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(LabelStudioError, match="give --corpus"):
        export_tasks(no_path)
    (task,), _ = export_tasks(no_path, corpus=tmp_path / "texts")
    assert task["data"]["text"] == TEXT
    carried = tmp_path / "carried.jsonl"
    carried.write_text("\n".join([json.dumps(head(article_text=TEXT)), *lines[1:]]) + "\n", encoding="utf-8")
    (task,), _ = export_tasks(carried)
    assert task["data"]["text"] == TEXT
    (tmp_path / "texts" / "a1.txt").write_text(TEXT.replace("2019", "2020"), encoding="utf-8")
    with pytest.raises(LabelStudioError, match="sha256"):
        export_tasks(records_file)


# -- import: what annotators do in Label Studio -------------------------------------------------
def annotated(records_file, edit):
    """The export, with the annotation result changed by ``edit(result)``."""
    tasks = as_export(export_tasks(records_file)[0])
    edit(tasks[0]["annotations"][0]["result"])
    return tasks


def by_label(result, label):
    ids = {r["id"] for r in result if r["type"] == "labels" and r["value"]["labels"] == [label]}
    return [r for r in result if r["id"] in ids]


def test_a_corrected_value_is_the_gold_value(records_file):
    def edit(result):
        for r in by_label(result, "amount"):
            if r["type"] == "textarea":
                r["value"]["text"] = ['{"value": 3000000, "currency": "EUR", "value_max": null, "qualifier": null}']

    gold = gold_from_tasks(annotated(records_file, edit))
    report = score(gold, {"a1": evaluate_records(records_file)})
    assert (report.scores["strict"]["amount"].tp, report.scores["strict"]["amount"].fn) == (0, 1)
    assert [e.kind for e in report.errors] == ["wrong_value"]


def test_spans_added_by_hand(records_file):
    added = TEXT.index("réseau")

    def edit(result):
        result[:] = [r for r in result if r["id"] not in {x["id"] for x in by_label(result, "amount")}]
        result.append({"id": "new1", "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {"start": AM, "end": AM + 4, "text": "2 M€", "labels": ["AMOUNT"]}})
        result.append({"id": "new2", "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {"start": added, "end": added + 6, "text": "réseau", "labels": ["ORG"]}})
        result.append({"id": "new3", "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {"start": 0, "end": 2, "text": "La", "labels": ["person"]},
                       "meta": {"text": ['{"name": "Jeanne Martin", "roles": [{"title": "fondatrice", "organization": null}]}']}})

    gold = gold_from_tasks(annotated(records_file, edit))["a1"]
    amount = next(r for r in gold if r.type == "amount")
    assert (amount.value, amount.currency) == (2000000, "EUR")  # read with the normalizer
    assert next(r for r in gold if r.type == "organization" and r.name == "réseau").mentions[0].start == added
    (person,) = [r for r in gold if r.type == "person"]  # grouped by normalized name
    assert len(person.mentions) == 3 and person.start == 0
    assert [(role.title, role.organization) for role in person.roles] == [("présidente", "Koalix"), ("fondatrice", None)]


# fmt: off
BAD_EXPORTS = [
    ("unknown label",       lambda res: res[0]["value"].update(labels=["Event"]),                          "unknown label 'Event'"),
    ("two labels",          lambda res: res[0]["value"].update(labels=["person", "date"]),                 "exactly one label"),
    ("normalized not JSON", lambda res: res[1]["value"].update(text=["value: 3"]),                          "not JSON"),
    ("bad value",           lambda res: [r["value"].update(text=['{"value": "beaucoup", "currency": "EUR"}']) for r in by_label(res, "amount") if r["type"] == "textarea"], "value"),
    ("member count unread", lambda res: [r["value"].update(text=[]) for r in by_label(res, "member_count") if r["type"] == "textarea"], "fill its 'normalized' field"),
    ("no offsets",          lambda res: res[0]["value"].pop("start"),                                       "no character offsets"),
]
# fmt: on


@pytest.mark.parametrize("name,edit,message", BAD_EXPORTS, ids=[c[0] for c in BAD_EXPORTS])
def test_bad_exports_are_refused_with_a_reason(records_file, name, edit, message):
    with pytest.raises(LabelStudioError, match=message):
        gold_from_tasks(annotated(records_file, edit))


def test_which_annotation_is_gold(records_file):
    tasks = as_export(export_tasks(records_file)[0])
    task = tasks[0]
    accepted = task["annotations"][0]
    task["annotations"] = [
        {"id": 1, "result": [], "was_cancelled": True},
        {**accepted, "ground_truth": True},
        {"id": 3, "result": accepted["result"][:2], "was_cancelled": False},
    ]
    assert len(gold_from_tasks(tasks)["a1"]) == 5  # the ground truth, not the last
    task["annotations"] = [{"id": 1, "result": [], "was_cancelled": True}]
    assert len(gold_from_tasks(tasks)["a1"]) == 5  # only cancelled: the predictions
    task.pop("predictions")
    with pytest.raises(LabelStudioError, match="no task has annotations"):
        gold_from_tasks(tasks)


# -- the whole round trip on a real run (corpus/) -----------------------------------------------
def test_export_of_a_run_imports_back_as_gold_scoring_one(corpus_records, tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("".join(dump_record(r) + "\n" for rs in corpus_records.values() for r in rs), encoding="utf-8")
    tasks_file = tmp_path / "tasks.json"
    result = runner.invoke(app, ["export", "--label-studio", str(records), "-o", str(tasks_file), "--corpus", str(CORPUS)])
    assert result.exit_code == 0, result.output
    assert config_path(tasks_file).read_text(encoding="utf-8") == label_config()
    tasks = json.loads(tasks_file.read_text(encoding="utf-8"))
    assert [t["data"]["article_id"] for t in tasks] == list(corpus_records)
    export = tmp_path / "export.json"
    export.write_text(json.dumps(as_export(tasks), ensure_ascii=False), encoding="utf-8")
    report = evaluate(export, predictions=records, corpus=CORPUS)
    assert report.warnings == []
    for type_ in scored_types():
        s = report.scores["strict"][type_]
        assert (s.fp, s.fn) == (0, 0) and s.tp > 0, type_
    assert report.micro_f1 == 1.0
    # Without --corpus the text is read from each article record's path.
    assert export_tasks(records)[0] == tasks


# -- CLI faults ---------------------------------------------------------------------------------
def test_cli_export_to_stdout_keeps_the_config_off_stderr(records_file):
    result = runner.invoke(app, ["export", "--label-studio", str(records_file)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["data"]["article_id"] == "a1"
    assert "<View>" not in result.stderr and "with -o FILE, the labelling config is written beside it" in result.stderr


def test_cli_export_usage_errors(records_file, tmp_path):
    png = tmp_path / "some.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    for args, message in (
        (["--label-studio", str(records_file), "-o", str(tmp_path / "missing" / "t.json")], "no such folder"),
        (["--label-studio", str(records_file), "-o", str(tmp_path)], "is a folder"),
        (["--label-studio", str(png), "-o", str(tmp_path / "t.json")], "binary"),
        (["--label-studio", str(tmp_path / "nope.jsonl")], "no such file"),
        (["--label-studio", str(records_file), "--corpus", str(tmp_path / "nowhere")], "no such file or folder"),
    ):
        result = runner.invoke(app, ["export", *args])
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "t.json").exists()
