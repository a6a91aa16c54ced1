"""The command line as a user meets it: exit codes, output files, summary, schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from presse2data.cli import app

from .conftest import CORPUS

runner = CliRunner()


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def corpus_output(extractor, tmp_path_factory):
    """``presse2data extract corpus/ -o FILE`` run once (the model is already loaded)."""
    path = tmp_path_factory.mktemp("out") / "records.jsonl"
    result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(path)])
    return result, path


def test_extract_corpus_writes_one_article_record_per_file(corpus_output):
    result, path = corpus_output
    assert result.exit_code == 0, result.output
    records = _lines(path.read_text(encoding="utf-8"))
    articles = [r for r in records if r["type"] == "article"]
    assert [a["article_id"] for a in articles] == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert "5 articles (5 ok, 0 failed)" in result.stderr


def test_extract_is_byte_identical_across_runs(corpus_output, tmp_path):
    _, first = corpus_output
    again = tmp_path / "again.jsonl"
    assert runner.invoke(app, ["extract", str(CORPUS), "-o", str(again), "--quiet"]).exit_code == 0
    assert again.read_bytes() == first.read_bytes()


def test_schema_validates_every_emitted_line(corpus_output):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    validator = jsonschema.Draft202012Validator(json.loads(result.stdout))
    for record in _lines(corpus_output[1].read_text(encoding="utf-8")):
        validator.validate(record)


def test_failed_articles_exit_1_and_the_others_are_still_written(extractor, tmp_path):
    (tmp_path / "good.txt").write_text("Marie Dupont, présidente de l'association, parle.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    articles = [r for r in _lines(result.stdout) if r["type"] == "article"]
    assert [(a["article_id"], a["status"]) for a in articles] == [("bad", "error"), ("good", "ok")]
    assert "1 failed" in result.stderr


def test_types_limits_fact_records_but_keeps_articles(extractor):
    result = runner.invoke(app, ["extract", str(CORPUS), "--types", "person", "--quiet"])
    assert result.exit_code == 0
    assert {r["type"] for r in _lines(result.stdout)} == {"article", "person"}
    assert result.stderr == ""


def test_stdin_jsonl(extractor):
    lines = "\n".join(json.dumps({"id": i, "text": t}) for i, t in [("x", "Jean Martin parle."), ("y", "")])
    result = runner.invoke(app, ["extract", "-", "--quiet"], input=lines)
    assert result.exit_code == 1
    assert [(r["article_id"], r["status"]) for r in _lines(result.stdout) if r["type"] == "article"] == [
        ("x", "ok"),
        ("y", "error"),
    ]


# fmt: off
@pytest.mark.parametrize("args", [
    ["extract", "/no/such/folder"],
    ["extract", str(CORPUS), "--types", "person,salary"],
    ["extract", str(CORPUS), "--types", ","],
    ["extract", str(CORPUS), "--reference-date", "01/06/2015"],
    ["extract"],
    ["nonsense"],
])
# fmt: on
def test_usage_errors_exit_2(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2


def test_help_lists_the_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "evaluate", "show", "schema"):
        assert command in result.stdout


def test_output_that_is_the_input_is_refused_and_the_input_kept(extractor, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Marie Dupont parle."}) + "\n", encoding="utf-8")
    before = source.read_bytes()
    result = runner.invoke(app, ["extract", str(source), "-o", str(source)])
    assert result.exit_code == 2 and "input itself" in result.stderr
    assert source.read_bytes() == before


def test_resume_refuses_a_file_that_is_not_presse2data_output(extractor, tmp_path):
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"mine": 1}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(notes), "--resume"])
    assert result.exit_code == 2 and "not presse2data output" in result.stderr
    assert notes.read_text(encoding="utf-8") == '{"mine": 1}\n'


@pytest.mark.parametrize("where", ["a-folder", "a-file/out.jsonl"])
def test_unusable_output_paths_are_usage_errors(extractor, tmp_path, where):
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file").write_text("x")
    result = runner.invoke(app, ["extract", str(CORPUS / "003_7aa5977024c3700f.txt"), "-o", str(tmp_path / where)])
    assert result.exit_code == 2 and "error" in result.stderr


def test_dash_output_is_standard_output(extractor, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(CORPUS / "003_7aa5977024c3700f.txt"), "-o", "-", "-q"])
    assert result.exit_code == 0 and _lines(result.stdout)[0]["type"] == "article"
    assert not (tmp_path / "-").exists()


def test_resume_still_reports_articles_that_failed_before(extractor, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00binary")
    (tmp_path / "b.txt").write_text("Marie Dupont parle.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)]).exit_code == 1
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out), "--resume"])
    assert result.exit_code == 1 and "1 of them failed" in result.stderr


# -- what a new user tripped on (issue 13) ----------------------------------------------------------
def test_stdin_takes_plain_text_as_one_article(extractor):
    result = runner.invoke(app, ["extract", "-", "-q"], input="Un titre\nMarie Dupont parle à Lyon.\n")
    assert result.exit_code == 0, result.output
    (head, *_) = _lines(result.stdout)
    assert (head["article_id"], head["path"], head["status"], head["text"]) == ("stdin", "<stdin>", "ok", "Un titre")


def test_stdin_jsonl_lines_say_their_line(extractor):
    result = runner.invoke(app, ["extract", "-", "-q"], input="\n" + json.dumps({"id": "a", "text": "Marie Dupont parle."}))
    assert result.exit_code == 0
    assert _lines(result.stdout)[0]["path"] == "<stdin>:2"


def test_input_source_title_url_are_kept_and_the_title_line_located(extractor, tmp_path):
    source = tmp_path / "in.jsonl"
    rows = [
        {"id": "t", "text": "Intro.\nLa une du jour\nMarie Dupont parle.", "title": "La une du jour",
         "source": "Le Progrès", "url": "https://ex.example/t", "published": "2015-03-02"},
        {"id": "u", "text": "Marie Dupont parle.", "title": "Un titre absent du texte"},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "-q"])
    heads = {r["article_id"]: r for r in _lines(result.stdout) if r["type"] == "article"}
    t, u = heads["t"], heads["u"]
    assert (t["outlet"], t["url"], t["title"], t["published"], t["reference_date_source"]) == (
        "Le Progrès", "https://ex.example/t", "La une du jour", "2015-03-02", "input")
    assert (t["text"], t["start"], t["end"]) == ("La une du jour", 7, 21)
    assert (u["title"], u["text"], u["start"], u["end"]) == ("Un titre absent du texte", "", 0, 0)


def test_legacy_encoding_has_one_name(extractor, tmp_path):
    (tmp_path / "old.txt").write_bytes("Créée à Lyon par Marie Dupont.".encode("cp1252"))
    result = runner.invoke(app, ["extract", str(tmp_path), "-q"])
    assert _lines(result.stdout)[0]["encoding"] == "windows-1252"


def test_repeated_ids_get_their_own_id(extractor, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": "x", "text": "Marie Dupont parle."}) for _ in range(3)), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "-q"])
    assert result.exit_code == 1
    heads = [r for r in _lines(result.stdout) if r["type"] == "article"]
    assert [(h["article_id"], h["status"]) for h in heads] == [("x", "ok"), ("x#2", "error"), ("x#3", "error")]
    assert "duplicate article id 'x'" in heads[1]["error"]


def test_version():
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"presse2data {version('presse2data')}"


@pytest.mark.parametrize("args", [["-h"], ["extract", "-h"], ["show", "-h"]])
def test_dash_h_is_help(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "Usage:" in result.stdout


def test_one_article_is_singular(extractor):
    result = runner.invoke(app, ["extract", str(CORPUS / "003_7aa5977024c3700f.txt"), "-o", "-"])
    assert "presse2data: 1 article (1 ok, 0 failed)" in result.stderr


def test_empty_types_is_a_usage_error():
    result = runner.invoke(app, ["extract", str(CORPUS), "--types", ""])
    assert result.exit_code == 2 and "no type given" in result.output


@pytest.mark.parametrize("make", ["empty folder", "only other files", "empty stdin"])
def test_no_articles_exits_2_before_loading_the_model(tmp_path, monkeypatch, make):
    def boom(*args, **kwargs):
        raise AssertionError("the model must not load")

    monkeypatch.setattr("presse2data.extractor.Extractor.__init__", boom)
    (tmp_path / "notes.md").write_text("x")
    if make == "only other files":
        (tmp_path / "page.pdf").write_bytes(b"%PDF")
    args, stdin = (["extract", "-"], "") if make == "empty stdin" else (["extract", str(tmp_path)], None)
    result = runner.invoke(app, args, input=stdin)
    assert result.exit_code == 2 and "no articles found" in result.stderr


def test_progress_gets_the_total_and_hears_the_model_is_loaded(extractor, tmp_path, monkeypatch):
    from presse2data.batch import run
    from presse2data.settings import Settings

    events = []

    class Recorder(run.Progress):
        def __enter__(self):
            events.append(("total", self.total))
            return self

        def ready(self):
            events.append("ready")

        def advance(self):
            events.append("advance")

    monkeypatch.setattr(run, "Progress", Recorder)
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Marie Dupont parle.", encoding="utf-8")
    run.run_extract(tmp_path, tmp_path / "out.jsonl", Settings(), progress=True)
    assert events == [("total", 2), "ready", "advance", "advance"]


# fmt: off
@pytest.mark.parametrize("files,count", [
    ({"a.txt": "x", "b.html": "<p>x</p>", "c.md": "x"}, 2),
    ({"in.jsonl": '{"id": "a"}\n\n{"id": "b"}\n'},       2),
])
# fmt: on
def test_count_articles(tmp_path, files, count):
    from presse2data.inputs.reading import count_articles

    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    source = tmp_path / "in.jsonl" if "in.jsonl" in files else tmp_path
    assert count_articles(source) == count
    assert count_articles("-") is None
