"""Bad input gets a clear error and loses nothing: one Article per input, always."""

from __future__ import annotations

import io
import json

import pytest

from presse2data.inputs.reading import InputError, decode, iter_articles, iter_jsonl, normalize_newlines, published_date


# fmt: off
@pytest.mark.parametrize("data,text,encoding", [
    ("Créée en 2008".encode("utf-8"),            "Créée en 2008", "utf-8"),
    ("\ufeffLa Mêlée".encode("utf-8"),           "\ufeffLa Mêlée", "utf-8"),
    ("Créée à Lyon".encode("cp1252"),            "Créée à Lyon",  "windows-1252"),
    ("L’équipe – 5 €".encode("cp1252"),          "L’équipe – 5 €", "windows-1252"),
    ("Noël".encode("latin-1"),                   "Noël",          "windows-1252"),
])
# fmt: on
def test_decode_utf8_then_windows_1252(data, text, encoding):
    assert decode(data) == (text, encoding)


# fmt: off
@pytest.mark.parametrize("data,message", [
    (b"\x00\x01\x02binary\x00",       "binary"),
    (b"PK\x03\x04\x00\x00zip",        "binary"),
    (b"abc \x81\x8d\x8f\x90 def",     "not UTF-8"),
    (b"Le caf\xc3\xa9 G\xe9n\xc3\xa9rale", "mixed encodings"),
])
# fmt: on
def test_decode_refuses_what_is_not_text(data, message):
    with pytest.raises(ValueError, match=message):
        decode(data)


@pytest.mark.parametrize("raw,expected", [("a\r\nb", "a\nb"), ("a\rb\r\n", "a\nb\n"), ("a\nb", "a\nb")])
def test_line_endings_become_newlines(raw, expected):
    assert normalize_newlines(raw) == expected


def test_folder_reads_every_txt_recursively_and_flags_bad_files(tmp_path):
    (tmp_path / "2015").mkdir()
    (tmp_path / "2015" / "lyon-01.txt").write_bytes("Titre\r\nCorps de l’article.\r\n".encode())
    (tmp_path / "a.txt").write_bytes("Créée à Lyon".encode("cp1252"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / "upper.TXT").write_text("Un texte.", encoding="utf-8")
    articles = {a.id: a for a in iter_articles(tmp_path)}
    assert list(articles) == ["2015/lyon-01", "a", "empty", "image", "upper"]
    assert articles["2015/lyon-01"].text == "Titre\nCorps de l’article.\n"
    assert articles["2015/lyon-01"].title == "Titre"
    assert articles["a"].encoding == "windows-1252" and articles["a"].error is None
    assert "empty" in articles["empty"].error
    assert "binary" in articles["image"].error and articles["image"].text is None


def _jsonl(*lines: str) -> io.BytesIO:
    return io.BytesIO("\n".join(lines).encode())


def test_jsonl_bad_lines_become_failed_articles():
    stream = _jsonl(
        json.dumps({"id": "ok", "text": "Un texte.\r\nSuite", "published": "2015-06-01"}),
        "{not json",
        json.dumps({"text": "sans id"}),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "bad-date", "text": "x", "published": "01/06/2015"}),
        "",
        json.dumps(["a", "list"]),
    )
    articles = list(iter_jsonl(stream, "in.jsonl"))
    assert [a.id for a in articles] == ["ok", "in.jsonl:2", "in.jsonl:3", "no-text", "bad-date", "in.jsonl:7"]
    ok = articles[0]
    assert ok.error is None and ok.text == "Un texte.\nSuite" and ok.published == "2015-06-01"
    assert "not valid JSON" in articles[1].error
    assert "'id'" in articles[2].error
    assert "'text'" in articles[3].error
    assert "YYYY-MM-DD" in articles[4].error
    assert "JSON object" in articles[5].error


def test_jsonl_bom_surrogates_and_date_forms():
    stream = io.BytesIO(
        b"\xef\xbb\xbf" + json.dumps({"id": "bom", "text": "Paris."}).encode() + b"\n"
        + b'{"id": "sur", "text": "a \\ud800 b"}\n'
        + json.dumps({"id": "compact", "text": "x", "published": "20150310"}).encode() + b"\n"
    )
    bom, surrogate, compact = iter_jsonl(stream, "in.jsonl")
    assert bom.id == "bom" and bom.error is None
    assert "lone surrogate" in surrogate.error
    assert "YYYY-MM-DD" in compact.error


def test_duplicate_ids_are_reported_under_their_own_id(tmp_path):
    path = tmp_path / "in.jsonl"
    ids = ["x", "x", "x#3", "x"]
    path.write_text("\n".join(json.dumps({"id": i, "text": "un"}) for i in ids))
    articles = list(iter_articles(path))
    assert [a.id for a in articles] == ["x", "x#2", "x#3", "x#4"]
    assert articles[0].error is None and articles[2].error is None
    assert "duplicate article id 'x'" in articles[1].error and "'x#2'" in articles[1].error
    assert "duplicate" in articles[3].error


@pytest.mark.parametrize("name", ["missing", "file.pdf"])
def test_unusable_source_is_an_input_error(tmp_path, name):
    if name.endswith(".pdf"):
        (tmp_path / name).write_bytes(b"%PDF")
    with pytest.raises(InputError):
        list(iter_articles(tmp_path / name))


# fmt: off
@pytest.mark.parametrize("value,expected", [
    ("2024-05-03",                  "2024-05-03"),
    ("2024-05-03T10:00:00+02:00",   "2024-05-03"),
    ("2024-05-03T23:30:00-05:00",   "2024-05-03"),   # the date where it was published, not UTC's
    ("2024-05-03T10:00Z",           "2024-05-03"),
    ("2024-05-03 10:00:00",         "2024-05-03"),
    ("2024-05-03T10:00:00.250+0200", "2024-05-03"),
    (None,                          None),
])
# fmt: on
def test_published_takes_iso_dates_and_datetimes(value, expected):
    assert published_date(value) == expected


@pytest.mark.parametrize("value", ["03/05/2024", "2024-02-30", "2024-05-03T25:00", "hier", 20240503])
def test_published_refuses_anything_else(value):
    with pytest.raises(ValueError, match="'published'"):
        published_date(value)
