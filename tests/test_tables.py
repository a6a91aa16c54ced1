"""``presse2data tables``: the records as typed tables in DuckDB, Parquet and CSV."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from presse2data.facts import registry
from presse2data.cli import app
from presse2data.records import dump_record
from presse2data.outputs.tables import VIEWS, tables

runner = CliRunner()


def _article(article_id, counts, **extra):
    return {"type": "article", "article_id": article_id, "text": "", "start": 0, "end": 0, "source": "reader",
            "path": f"{article_id}.txt", "title": "Titre", "chars": 100, "sha256": "0" * 64,
            "reference_date": extra.pop("reference_date", None), "status": "ok", "error": None,
            "counts": counts, "encoding": "utf-8", **extra}


def _mention(text, start):
    return {"start": start, "end": start + len(text), "text": text}


# Two invented articles: one organization named two ways, one person in both.
RECORDS = [
    _article("a1", {"amount": 1, "date": 1, "member_count": 1, "organization": 1, "person": 1},
             published="2015-06-02", reference_date="2015-06-02", reference_date_source="page", url="https://ex.example/a1"),
    {"type": "person", "article_id": "a1", "text": "Sophie Marchal", "start": 10, "end": 24, "source": "ner",
     "name": "Sophie Marchal", "mentions": [_mention("Sophie Marchal", 10), _mention("Mme Marchal", 80)],
     "roles": [{"title": "présidente", "organization": "La Cantine numérique"}]},
    {"type": "organization", "article_id": "a1", "text": "La Cantine numérique", "start": 30, "end": 50,
     "source": "rule:organization/cue-noun", "name": "La Cantine numérique", "mentions": [_mention("La Cantine numérique", 30)],
     "kind": "association"},
    {"type": "amount", "article_id": "a1", "text": "1,2 million d'euros", "start": 55, "end": 74, "source": "rule:amount/x",
     "value": 1200000, "currency": "EUR", "value_max": None, "qualifier": None},
    {"type": "member_count", "article_id": "a1", "text": "150 adhérents", "start": 90, "end": 103, "source": "rule:member_count/x",
     "organization": "La Cantine numérique", "count": 150, "unit": "adhérents", "qualifier": "about"},
    {"type": "date", "article_id": "a1", "text": "printemps 2017", "start": 110, "end": 124, "source": "rule:date/x",
     "value": "2017-SP", "value_end": None, "mod": None, "relative": False},
    _article("a2", {"amount": 1, "organization": 1, "person": 1}),
    {"type": "organization", "article_id": "a2", "text": "Cantine Numérique", "start": 0, "end": 17, "source": "ner",
     "name": "Cantine Numérique", "mentions": [_mention("Cantine Numérique", 0)], "kind": None},
    {"type": "person", "article_id": "a2", "text": "Sophie Marchal", "start": 20, "end": 34, "source": "ner",
     "name": "Sophie Marchal", "mentions": [_mention("Sophie Marchal", 20)],
     "roles": [{"title": "présidente", "organization": "Cantine Numérique"}, {"title": None, "organization": "Orange"}]},
    {"type": "amount", "article_id": "a2", "text": "2,5 M€", "start": 40, "end": 46, "source": "rule:amount/x",
     "value": 2.5e6, "currency": "EUR", "value_max": 3e6, "qualifier": None},
]


@pytest.fixture()
def records_file(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def _tables(records_file, out, fmt):
    result = runner.invoke(app, ["tables", str(records_file), "-o", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture()
def db(records_file, tmp_path):
    result = _tables(records_file, tmp_path / "out", "duckdb")
    assert "wrote" in result.stderr and "roles 3" in result.stderr
    con = duckdb.connect(str(tmp_path / "out.duckdb"), read_only=True)
    yield con
    con.close()


def _types(con, relation: str) -> dict[str, str]:
    return {name: type_ for name, type_, *_ in con.execute(f"DESCRIBE {relation}").fetchall()}


def test_duckdb_has_every_table_typed(db):
    assert {t for (t,) in db.execute("SELECT table_name FROM information_schema.tables").fetchall()} == set(tables()) | set(VIEWS)
    assert _types(db, "amounts")["value"] == "DOUBLE"
    assert _types(db, "dates")["value"] == "VARCHAR"
    assert _types(db, "member_counts")["count"] == "BIGINT"
    assert _types(db, "articles")["published"] == "DATE"
    assert _types(db, "entities")["article_ids"] == "VARCHAR[]"
    assert db.execute("SELECT sum(value) FROM amounts").fetchone()[0] == 3_700_000


def test_database_is_readable_by_duckdb_1_0_and_later(db, tmp_path):
    header = (tmp_path / "out.duckdb").read_bytes()[:20]
    assert header[8:12] == b"DUCK" and int.from_bytes(header[12:20], "little") == 64  # DuckDB 1.0's storage


def test_record_ids_are_article_and_position(db):
    assert db.execute("SELECT record_id FROM amounts ORDER BY record_id").fetchall() == [("a1#3",), ("a2#3",)]
    joined = "SELECT record_id, value, published FROM amounts JOIN articles USING (article_id) ORDER BY 1"
    assert [(r, v, str(p) if p else None) for r, v, p in db.execute(joined).fetchall()] == [
        ("a1#3", 1_200_000.0, "2015-06-02"), ("a2#3", 2_500_000.0, None)]
    rows = db.execute("SELECT record_id, person_record_id, person, title, organization, article_id FROM roles ORDER BY 1").fetchall()
    assert rows == [
        ("a1#1/1", "a1#1", "Sophie Marchal", "présidente", "La Cantine numérique", "a1"),
        ("a2#2/1", "a2#2", "Sophie Marchal", "présidente", "Cantine Numérique", "a2"),
        ("a2#2/2", "a2#2", "Sophie Marchal", None, "Orange", "a2"),
    ]


def test_readme_query_runs(db):
    rows = db.execute("select organization, count(*) from roles group by 1 order by 2 desc, 1").fetchall()
    assert rows[0][1] == 1 and len(rows) == 3


def test_entities_merge_folded_names_across_articles(db):
    rows = db.execute(
        "SELECT entity_id, type, name, articles, mentions, article_ids, names, kinds FROM entities ORDER BY entity_id"
    ).fetchall()
    assert rows == [
        ("organization:cantine numerique", "organization", "La Cantine numérique", 2, 2, ["a1", "a2"],
         ["Cantine Numérique", "La Cantine numérique"], ["association"]),
        ("person:sophie marchal", "person", "Sophie Marchal", 2, 3, ["a1", "a2"], ["Sophie Marchal"], []),
    ]
    # roles join to entities, whatever the organization's spelling in each article
    joined = db.execute(
        "SELECT e.name, count(*) FROM roles r JOIN entities e ON r.organization_entity_id = e.entity_id GROUP BY 1"
    ).fetchall()
    assert joined == [("La Cantine numérique", 2)]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_parquet_and_csv_files_hold_the_same_tables(records_file, tmp_path, fmt):
    out = tmp_path / "tables"
    _tables(records_file, out, fmt)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.{fmt}" for t in (*tables(), *VIEWS))
    con = duckdb.connect()
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    amounts = con.execute(f"SELECT record_id, value, value_max FROM {reader}(?) ORDER BY 1", [str(out / f"amounts.{fmt}")]).fetchall()
    assert amounts == [("a1#3", 1_200_000.0, None), ("a2#3", 2_500_000.0, 3_000_000.0)]
    entities = con.execute(f"SELECT article_ids FROM {reader}(?) ORDER BY entity_id", [str(out / f"entities.{fmt}")]).fetchall()
    assert entities[0][0] == (["a1", "a2"] if fmt == "parquet" else "a1 | a2")
    if fmt == "parquet":
        assert _types(con, f"SELECT * FROM read_parquet('{out / 'amounts.parquet'}')")["value"] == "DOUBLE"


def test_existing_database_is_replaced_and_name_kept(records_file, tmp_path):
    out = tmp_path / "corpus.duckdb"
    out.write_bytes(b"old")
    _tables(records_file, out, "duckdb")
    with duckdb.connect(str(out), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.duckdb", "records.jsonl"]  # no scratch left


# fmt: off
@pytest.mark.parametrize("content,args,message", [
    (None,                        ["duckdb"],  "no such file"),
    ('{"type": "article"}\n',     ["duckdb"],  "records.jsonl:1: not a presse2data record"),
    ("not json\n",                ["duckdb"],  "records.jsonl:1: not JSON"),
    ("",                          ["xlsx"],    "unknown format"),
])
# fmt: on
def test_bad_records_or_format_are_usage_errors(tmp_path, content, args, message):
    path = tmp_path / "records.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["tables", str(path), "-o", str(tmp_path / "out"), "--format", *args])
    assert result.exit_code == 2 and message in result.stderr


def test_folder_formats_refuse_a_file(records_file, tmp_path):
    (tmp_path / "out").write_text("x")
    result = runner.invoke(app, ["tables", str(records_file), "-o", str(tmp_path / "out"), "--format", "csv"])
    assert result.exit_code == 2 and "is a file" in result.stderr


def test_tables_of_real_extract_output(corpus_records, tmp_path):
    """The real records, every field the extractor writes, load into typed tables."""
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(dump_record(r) + "\n" for records in corpus_records.values() for r in records), encoding="utf-8")
    _tables(path, tmp_path / "corpus", "duckdb")
    with duckdb.connect(str(tmp_path / "corpus.duckdb"), read_only=True) as con:
        facts = sum(len(records) - 1 for records in corpus_records.values())
        counted = sum(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in (spec.table_name for spec in registry()))
        assert counted == facts
        assert con.execute("select organization, count(*) from roles group by 1 order by 2 desc").fetchall()
