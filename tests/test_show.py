"""``presse2data show`` and ``evaluate --corpus`` through the CLI, with the session's pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presse2data.cli import app
from presse2data.evaluation import evaluate
from presse2data.records import Mention, PersonRecord, dump_record
from presse2data.outputs.show import article_from_stdin, find_article, non_overlapping

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

ARTICLE_ID = "000_332547e9bf89472f"
TEXT = "Gregory Palayer, président de l'association, a rencontré Marie Dupont à Lyon.\n"

runner = CliRunner()


@pytest.fixture(autouse=True)
def shared_pipeline(extractor):
    """The session's pipeline is loaded first; the CLI's extractors reuse it (pipeline.build_nlp cache)."""


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_show_txt_file():
    result = runner.invoke(app, ["show", str(CORPUS / f"{ARTICLE_ID}.txt")])
    assert result.exit_code == 0, result.output
    assert ARTICLE_ID in result.stdout
    assert "person" in result.stdout and "Gregory Palayer" in result.stdout
    assert "article text" in result.stdout and "Silicon Valley" in result.stdout


def test_show_id_in_corpus(tmp_path):
    (tmp_path / "2015").mkdir()
    (tmp_path / "2015" / "lyon-01.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["show", "2015/lyon-01", "--corpus", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    records = json_lines(result.stdout)
    assert records[0]["type"] == "article" and records[0]["article_id"] == "2015/lyon-01"
    assert all(TEXT[r["start"] : r["end"]] == r["text"] for r in records[1:])


def test_show_id_in_jsonl(tmp_path):
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"id": "x1", "text": TEXT, "published": "2020-05-04"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["show", "x1", "--jsonl", str(source), "--json"])
    assert result.exit_code == 0, result.output
    head = json_lines(result.stdout)[0]
    assert (head["article_id"], head["reference_date"]) == ("x1", "2020-05-04")


@pytest.mark.parametrize(
    "stdin,article_id,reference",
    [
        (TEXT, "stdin", None),
        (json.dumps({"id": "web-1", "text": TEXT, "published": "2021-03-01"}), "web-1", "2021-03-01"),
        ('{"not": "an article"}', "stdin", None),
    ],
)
def test_show_stdin(stdin, article_id, reference):
    result = runner.invoke(app, ["show", "-", "--json"], input=stdin)
    assert result.exit_code == 0, result.output
    head = json_lines(result.stdout)[0]
    assert (head["article_id"], head["reference_date"]) == (article_id, reference)


def test_show_reference_date_applies_without_published():
    result = runner.invoke(app, ["show", "-", "--json", "--reference-date", "2014-11-28"], input=TEXT)
    assert json_lines(result.stdout)[0]["reference_date"] == "2014-11-28"


def test_show_html(tmp_path):
    page = tmp_path / "show.html"
    result = runner.invoke(app, ["show", str(CORPUS / f"{ARTICLE_ID}.txt"), "--html", str(page), "--no-text"])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    assert '<mark class="entity"' in html and "Gregory Palayer" in html and "#aa9cfc" in html
    assert "Records (" in html


@pytest.mark.parametrize("args", [["show", "no-such-article"], ["show", "x", "--jsonl", "missing.jsonl"], ["show", "-", "--reference-date", "2014-13-01"]])
def test_show_usage_errors(args):
    assert runner.invoke(app, args, input="").exit_code == 2


def test_show_empty_stdin_fails():
    result = runner.invoke(app, ["show", "-", "--json"], input="   \n")
    assert result.exit_code == 1
    assert json_lines(result.stdout)[0]["status"] == "error"


def test_stdin_and_find_article_without_cli(tmp_path):
    assert article_from_stdin(b"Bonjour\r\nLyon").text == "Bonjour\nLyon"
    (tmp_path / "a.txt").write_text("Texte", encoding="utf-8")
    assert find_article("a.txt", corpus=tmp_path).id == "a"


def test_non_overlapping_keeps_longest():
    spans = [(0, 10, "organization", "ORG"), (4, 10, "person", "PERSON"), (12, 14, "date", "DATE")]
    assert non_overlapping(spans) == [(0, 10, "organization", "ORG"), (12, 14, "date", "DATE")]


def test_evaluate_runs_the_pipeline_on_a_corpus(tmp_path, extractor):
    """End to end: the scorer on what the pipeline finds in one corpus article."""
    text = (CORPUS / f"{ARTICLE_ID}.txt").read_text(encoding="utf-8")
    start = text.index("Gregory Palayer")
    gold = tmp_path / "gold"
    gold.mkdir()
    palayer = PersonRecord(
        article_id=ARTICLE_ID, text="Gregory Palayer", start=start, end=start + 15, name="Gregory Palayer",
        mentions=[Mention(start=start, end=start + 15, text="Gregory Palayer")],
    )
    (gold / f"{ARTICLE_ID}.jsonl").write_text(dump_record(palayer) + "\n", encoding="utf-8")
    report = evaluate(gold, corpus=CORPUS, extractor=extractor)
    assert report.articles == [ARTICLE_ID]
    assert report.scores["strict"]["person"].tp == 1
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--corpus", str(CORPUS), "--fail-under", "1.0"])
    assert result.exit_code == 1  # the pipeline finds more than the one annotated person
    assert "False positives" in result.stdout


def test_render_html_colors_facts_per_type():
    from presse2data.inputs.reading import Article
    from presse2data.records import AmountRecord, DateRecord
    from presse2data.facts import by_name
    from presse2data.outputs.show import render_html

    text = "La société lève 14,7 millions d'euros en novembre 2014."
    records = [
        AmountRecord(article_id="a", text="14,7 millions d'euros", start=16, end=37, value=14_700_000, currency="EUR"),
        DateRecord(article_id="a", text="novembre 2014", start=41, end=54, value="2014-11"),
    ]
    page = render_html(Article(id="a", text=text), records)
    assert "AMOUNT 14 700 000 EUR" in page and "DATE 2014-11" in page
    assert by_name("amount").colour in page and by_name("date").colour in page
    assert "14,7 millions d&#x27;euros" in page or "14,7 millions d'euros" in page


@pytest.mark.parametrize("where", ["missing-dir/p.html", "."])
def test_show_html_to_an_unwritable_path_is_a_usage_error(tmp_path, where):
    page = tmp_path / where
    result = runner.invoke(app, ["show", str(CORPUS / f"{ARTICLE_ID}.txt"), "--html", str(page), "--no-text"])
    assert result.exit_code == 2, result.output
    assert "--html" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "missing-dir").exists()


def test_show_html_page_shows_its_main_text_highlighted(tmp_path):
    page = Path(__file__).resolve().parent / "pages" / "cantine.html"
    out = tmp_path / "show.html"
    result = runner.invoke(app, ["show", str(page), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert "article text" in result.stdout and "La Cantine numérique de Lyon a bouclé" in result.stdout
    assert "Gérard Bouvier" not in result.stdout and "cookies" not in result.stdout
    assert "reference date 2015-06-02" in result.stdout
    html = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert "<title>Lyon : la Cantine numérique lève des fonds · presse2data show</title>" in html
    assert "Sophie Marchal" in html


def test_show_finds_a_page_by_id_in_the_corpus(tmp_path):
    (tmp_path / "cantine.html").write_bytes((Path(__file__).resolve().parent / "pages" / "cantine.html").read_bytes())
    result = runner.invoke(app, ["show", "cantine", "--corpus", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    head = json_lines(result.stdout)[0]
    assert (head["article_id"], head["reference_date_source"]) == ("cantine", "page")


def test_render_html_is_french_and_titled_with_the_article():
    from presse2data.inputs.reading import Article
    from presse2data.outputs.show import render_html

    page = render_html(Article(id="a", text="Un texte.", title="Un <titre>"), [])
    assert '<html lang="fr">' in page and "<title>Un &lt;titre&gt; · presse2data show</title>" in page
    assert "displaCy</title>" not in page


def test_values_never_show_python_none():
    from presse2data.records import DateRecord
    from presse2data.outputs.show import value_of

    person = PersonRecord(
        article_id="x", text="Paulin Vetrel", start=0, end=13, source="ner", name="Paulin Vetrel",
        mentions=[Mention(start=0, end=13, text="Paulin Vetrel")],
        roles=[{"title": None, "organization": "Forge Numérique"}, {"title": "fondateur", "organization": "Zorbix"}],
    )
    assert value_of(person) == "Paulin Vetrel (@ Forge Numérique; fondateur @ Zorbix)"
    unresolved = DateRecord(article_id="x", text="l'an dernier", start=0, end=12, source="rule:date/x", value=None, relative=True)
    assert value_of(unresolved) == "relative, no reference date"
    resolved = DateRecord(article_id="x", text="l'an dernier", start=0, end=12, source="rule:date/x", value="2014", relative=True)
    assert value_of(resolved) == "2014 (relative)"


@pytest.mark.parametrize("width,context", [(80, False), (140, True)])
def test_show_width_keeps_the_tables_within_it(tmp_path, width, context):
    path = tmp_path / "art.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["show", str(path), "--width", str(width), "--no-text"])
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= width
    assert ("context" in result.stdout) is context
