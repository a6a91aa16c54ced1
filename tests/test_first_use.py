"""What a new user meets first (issue 24), through the installed command in a subprocess.

Failure reasons on the terminal and ``presse2data errors``, ISO datetimes in ``published``,
paths that ``export`` finds again, no silent overwrite of an unfinished run, no model
loaded for articles that cannot be read, ``show``'s layout, ``tables`` over several files,
``--workers auto``. One run loads the model (``jsonl_run``), one ``show`` does; the rest
never needs it. Names and sentences are invented.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

COMMAND = [sys.executable, "-m", "presse2data.cli"]
NO_SPACY = "import sys; sys.modules['spacy'] = None; from presse2data.cli import main; sys.argv[0] = 'presse2data'; main()"


def presse2data(*args: str, cwd: Path, no_spacy: bool = False) -> subprocess.CompletedProcess:
    """The command as a user runs it; ``no_spacy``: importing spaCy fails, so loading a model would."""
    command = [sys.executable, "-c", NO_SPACY] if no_spacy else COMMAND
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


ARTICLES = [
    {"id": "a1", "published": "2024-05-03T23:30:00-05:00",
     "text": "Zorbix lève des fonds\nLa start-up Zorbix, fondée par Paulin Vetrel, a levé 2 millions d'euros l'an dernier."},
    {"id": "a2", "published": "03/05/2024", "text": "Odile Farandou préside l'association Numeria."},
    {"id": "a3", "text": "   "},
]


@pytest.fixture(scope="module")
def jsonl_run(tmp_path_factory):
    """``extract data/arts.jsonl -o out.jsonl --workers auto``, run once from the folder above ``data/``."""
    root = tmp_path_factory.mktemp("first-use")
    (root / "data").mkdir()
    (root / "data" / "arts.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    result = presse2data("extract", "data/arts.jsonl", "-o", "out.jsonl", "--workers", "auto", cwd=root)
    return root, result


def _articles(path: Path) -> dict[str, dict]:
    return {r["article_id"]: r for r in _lines(path) if r["type"] == "article"}


# -- 1. failure reasons on the terminal, and `presse2data errors` --------------------------------
def test_failed_articles_are_named_with_their_error_on_stderr(jsonl_run):
    root, result = jsonl_run
    assert result.returncode == 1, result.stderr
    assert "3 articles (1 ok, 2 failed)" in result.stderr
    assert "presse2data: failed: a2: 'published' must be a YYYY-MM-DD date or an ISO 8601 datetime" in result.stderr
    assert "presse2data: failed: a3: empty article: 'text' is blank" in result.stderr
    assert "Traceback" not in result.stderr


def test_errors_lists_every_failed_article_later(jsonl_run):
    root, _ = jsonl_run
    result = presse2data("errors", "out.jsonl", cwd=root)
    assert result.returncode == 1
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(r[0], r[1]) for r in rows] == [("a2", "data/arts.jsonl:2"), ("a3", "data/arts.jsonl:3")]
    assert "'published'" in rows[0][2] and "2 of 3 articles failed" in result.stderr


def test_many_failures_show_the_first_ten_then_a_count(tmp_path):
    (tmp_path / "in").mkdir()
    for n in range(12):
        (tmp_path / "in" / f"vide-{n:02d}.txt").write_bytes(b"")
    result = presse2data("extract", "in", "-o", "out.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("presse2data: failed: vide-") == 10
    assert "... and 2 more failed articles; all of them: presse2data errors out.jsonl" in result.stderr
    errors = presse2data("errors", "out.jsonl", cwd=tmp_path)
    assert errors.returncode == 1 and len(errors.stdout.splitlines()) == 12
    assert "12 of 12 articles failed" in errors.stderr
    assert presse2data("errors", "missing.jsonl", cwd=tmp_path).returncode == 2


def test_errors_exits_0_when_no_article_failed(tmp_path):
    (tmp_path / "ok.jsonl").write_text(json.dumps(_article("x1", 0)) + "\n", encoding="utf-8")
    result = presse2data("errors", "ok.jsonl", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "") and "0 of 1 article failed" in result.stderr


# -- 2. ISO datetimes for `published` ---------------------------------------------------------
def test_an_iso_datetime_published_keeps_the_date_of_its_own_offset(jsonl_run):
    root, _ = jsonl_run
    a1 = _articles(root / "out.jsonl")["a1"]
    assert (a1["status"], a1["published"], a1["reference_date"]) == ("ok", "2024-05-03", "2024-05-03")  # 04:30 UTC on the 4th


def test_a_day_month_published_stays_an_error_saying_what_to_write(jsonl_run):
    root, _ = jsonl_run
    a2 = _articles(root / "out.jsonl")["a2"]
    assert a2["status"] == "error" and "ambiguous: write it as YYYY-MM-DD" in a2["error"]


# -- 3. export finds JSONL articles; a record's own text wins ---------------------------------
def test_jsonl_records_store_the_path_as_given_and_export_finds_it(jsonl_run):
    root, _ = jsonl_run
    assert _articles(root / "out.jsonl")["a1"]["path"] == "data/arts.jsonl:1"
    here = presse2data("export", "--label-studio", "out.jsonl", cwd=root)
    assert here.returncode == 0, here.stderr
    assert json.loads(here.stdout)[0]["data"]["text"] == ARTICLES[0]["text"]
    assert "<View>" not in here.stderr and "labelling config is written beside it" in here.stderr
    (root / "elsewhere").mkdir(exist_ok=True)
    away = presse2data("export", "--label-studio", "../out.jsonl", "-o", "tasks.json", cwd=root / "elsewhere")
    assert away.returncode == 0, away.stderr
    assert (root / "elsewhere" / "tasks.label_config.xml").is_file()


def test_a_record_carrying_its_text_wins_over_corpus(jsonl_run, tmp_path):
    root, _ = jsonl_run
    records = _lines(root / "out.jsonl")
    records[0]["article_text"] = ARTICLES[0]["text"]  # as extract --with-text writes it
    path = tmp_path / "with-text.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.txt").write_text("Un autre article.", encoding="utf-8")
    result = presse2data("export", "--label-studio", str(path), "--corpus", "other", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [t["data"]["article_id"] for t in json.loads(result.stdout)] == ["a1"]


# -- 4. no silent overwrite of an unfinished run ----------------------------------------------
@pytest.fixture
def three_unreadable(tmp_path):
    """A folder of three empty files and a finished run of it (no model needed)."""
    (tmp_path / "in").mkdir()
    for name in ("a", "b", "c"):
        (tmp_path / "in" / f"{name}.txt").write_bytes(b"")
    assert presse2data("extract", "in", "-o", "out.jsonl", "-q", cwd=tmp_path).returncode == 1
    return tmp_path


def test_an_unfinished_run_is_not_overwritten(three_unreadable):
    out = three_unreadable / "out.jsonl"
    out.write_text(out.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")  # stopped after 1
    before = out.read_bytes()
    refused = presse2data("extract", "in", "-o", "out.jsonl", cwd=three_unreadable)
    assert refused.returncode == 2 and out.read_bytes() == before
    assert "holds 1 of the 3 articles" in refused.stderr and "--resume" in refused.stderr and "--overwrite" in refused.stderr
    assert presse2data("extract", "in", "-o", "out.jsonl", "--overwrite", "-q", cwd=three_unreadable).returncode == 1
    assert len(_lines(out)) == 3


def test_a_half_written_article_is_not_overwritten_but_resumed(three_unreadable):
    out = three_unreadable / "out.jsonl"
    out.write_bytes(out.read_bytes()[:50])
    refused = presse2data("extract", "in", "-o", "out.jsonl", cwd=three_unreadable)
    assert refused.returncode == 2 and "incomplete article" in refused.stderr
    assert presse2data("extract", "in", "-o", "out.jsonl", "--resume", "-q", cwd=three_unreadable).returncode == 1
    assert [r["article_id"] for r in _lines(out)] == ["a", "b", "c"]


def test_finished_runs_and_other_files_are_overwritten_as_before(three_unreadable):
    assert presse2data("extract", "in", "-o", "out.jsonl", "-q", cwd=three_unreadable).returncode == 1
    (three_unreadable / "notes.jsonl").write_text("pas des records\n", encoding="utf-8")
    assert presse2data("extract", "in", "-o", "notes.jsonl", "-q", cwd=three_unreadable).returncode == 1
    assert len(_lines(three_unreadable / "notes.jsonl")) == 3
    both = presse2data("extract", "in", "-o", "out.jsonl", "--resume", "--overwrite", cwd=three_unreadable)
    assert both.returncode == 2 and "exclude each other" in both.stderr


# -- 5. no model for articles that cannot be read ---------------------------------------------
def test_empty_and_binary_files_fail_without_loading_the_model(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "vide.txt").write_bytes(b"")
    (tmp_path / "in" / "binaire.txt").write_bytes(b"\x00\x01\x02 pas du texte")
    (tmp_path / "in" / "melange.txt").write_bytes(b"caf\xc3\xa9 et caf\xe9")  # UTF-8, then Latin-1
    result = presse2data("extract", "in", "-o", "out.jsonl", "--article-timeout", "0", cwd=tmp_path, no_spacy=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "3 articles (0 ok, 3 failed)" in result.stderr
    assert {r["article_id"]: r["status"] for r in _lines(tmp_path / "out.jsonl")} == {
        "binaire": "error", "melange": "error", "vide": "error"}


# -- 6. show's layout ---------------------------------------------------------------------------
def test_show_fits_80_columns_and_says_what_null_means(tmp_path):
    (tmp_path / "art.txt").write_text(
        "Zorbix recrute\nLa start-up Zorbix, fondée par Paulin Vetrel (Forge Numérique), a levé 2 millions "
        "d'euros l'an dernier.\n", encoding="utf-8")
    result = presse2data("show", "art.txt", "--width", "80", "--html", "page.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "context" not in result.stdout  # the column that made every cell wrap
    assert "relative, no reference date" in result.stdout
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "None" not in result.stdout and "None" not in page and "relative, no reference date" in page


# -- 7. tables over several files, distinct amounts ---------------------------------------------
def _article(article_id: str, amounts: int) -> dict:
    return {"type": "article", "article_id": article_id, "status": "ok", "counts": {"amount": amounts}}


def _amount(article_id: str, start: int, value: float, value_max: float | None = None) -> dict:
    return {"type": "amount", "article_id": article_id, "text": "x", "start": start, "end": start + 1,
            "source": "rule:amount/test", "value": value, "currency": "EUR", "value_max": value_max, "qualifier": None}


def test_tables_joins_files_and_folders_and_counts_a_repeated_amount_once(tmp_path):
    first = [_article("x1", 3), _amount("x1", 0, 2e6), _amount("x1", 40, 2e6), _amount("x1", 80, 1e5, 3e5)]
    (tmp_path / "run1.jsonl").write_text("".join(json.dumps(r) + "\n" for r in first), encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "run2.jsonl").write_text("".join(json.dumps(r) + "\n" for r in [_article("x2", 1), _amount("x2", 5, 7.0)]))
    result = presse2data("tables", "run1.jsonl", "more", "-o", "db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "articles 2" in result.stderr and "amounts 4" in result.stderr and "amounts_distinct 3" in result.stderr
    with duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT article_id, value, value_max, mentions FROM amounts_distinct ORDER BY 1, 2").fetchall()
        total = con.execute("SELECT sum(value) FROM amounts_distinct WHERE article_id = 'x1'").fetchone()[0]
    assert rows == [("x1", 1e5, 3e5, 1), ("x1", 2e6, None, 2), ("x2", 7.0, None, 1)]
    assert total == 2_100_000
    (tmp_path / "copy.jsonl").write_bytes((tmp_path / "run1.jsonl").read_bytes())
    again = presse2data("tables", "run1.jsonl", "copy.jsonl", "-o", "db2", cwd=tmp_path)
    assert again.returncode == 2 and "article 'x1' again" in again.stderr


# -- 8. --workers auto ------------------------------------------------------------------------------
def test_workers_auto_runs_and_bad_worker_counts_are_usage_errors(jsonl_run, tmp_path):
    root, result = jsonl_run  # extracted with --workers auto
    assert "1 ok" in result.stderr
    for value, message in (("0", "at least 1"), ("beaucoup", "a number or 'auto'")):
        bad = presse2data("extract", "in", "--workers", value, cwd=tmp_path)
        assert bad.returncode == 2 and message in bad.stderr
    clash = presse2data("extract", "in", "--workers", "auto", "--scheduler", "local:2", cwd=tmp_path)
    assert clash.returncode == 2 and "exclude each other" in clash.stderr
