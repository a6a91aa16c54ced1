"""A fact type the project does not know, registered at run time, goes through every command:
what a new type needs is its folder and its registry entry (here ``tests/newtype/``)."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from presse2data.cli import app
from presse2data.facts import record_types, registered

from .newtype import SPEC

runner = CliRunner()
TEXT = "L'association Kalinova lance #ToutNumérique en mars 2015 avec Ana Lefort, sa présidente.\n"


def test_a_registered_type_goes_through_extract_tables_show_export_and_evaluate(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(TEXT, encoding="utf-8")
    records, tasks, report = tmp_path / "records.jsonl", tmp_path / "tasks.json", tmp_path / "report.json"
    with registered(SPEC):
        result = runner.invoke(app, ["extract", str(corpus), "-o", str(records), "--article-timeout", "0", "-q"])
        assert result.exit_code == 0, result.output
        lines = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
        assert [(r["tag"], r["text"], r["source"]) for r in lines if r["type"] == "hashtag"] == [
            ("ToutNumérique", "#ToutNumérique", "test_hashtags")
        ]
        assert lines[0]["counts"]["hashtag"] == 1 and lines[0]["counts"]["person"] == 1

        result = runner.invoke(app, ["tables", str(records), "-o", str(tmp_path / "tables"), "--format", "csv"])
        assert result.exit_code == 0, result.output
        with (tmp_path / "tables" / "hashtags.csv").open(encoding="utf-8") as stream:
            n = [r["type"] for r in lines[1:]].index("hashtag") + 1  # the article's n-th fact record
            assert [(row["record_id"], row["tag"]) for row in csv.DictReader(stream)] == [(f"a1#{n}", "ToutNumérique")]
        with (tmp_path / "tables" / "articles.csv").open(encoding="utf-8") as stream:
            assert next(csv.DictReader(stream))["hashtags"] == "1"

        result = runner.invoke(app, ["show", "a1", "--corpus", str(corpus)], terminal_width=140)
        assert result.exit_code == 0, result.output
        assert "hashtag (1)" in result.stdout and "#ToutNumérique" in result.stdout and "TAG" in result.stdout

        result = runner.invoke(app, ["export", "--label-studio", str(records), "-o", str(tasks)])
        assert result.exit_code == 0, result.output
        regions = json.loads(tasks.read_text(encoding="utf-8"))[0]["predictions"][0]["result"]
        assert ["hashtag"] in [r["value"].get("labels") for r in regions]
        assert '<Label value="hashtag" background="#c9f2c7"/>' in tasks.with_name("tasks.label_config.xml").read_text(encoding="utf-8")

        # the exported predictions, read back as gold, score the records they came from
        result = runner.invoke(app, ["evaluate", "--gold", str(tasks), "--pred", str(records), "--json", str(report)])
        assert result.exit_code == 0, result.output
        scores = json.loads(report.read_text(encoding="utf-8"))["scores"]["strict"]
        assert scores["hashtag"]["tp"] == 1 and scores["micro"]["f1"] == 1.0

        result = runner.invoke(app, ["schema"])
        assert '"hashtag"' in result.stdout

        result = runner.invoke(app, ["extract", str(corpus), "--types", "hashtag", "--article-timeout", "0", "-q"])
        assert result.exit_code == 0, result.output
        assert [json.loads(line)["type"] for line in result.stdout.splitlines()] == ["article", "hashtag"]
    assert "hashtag" not in record_types()
