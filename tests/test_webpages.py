"""Saved web pages as input: main text without the page's chrome, metadata, bad pages.

Every page here is written for the tests (``tests/pages/``, or built below): invented
outlets, people and figures, shaped like real saved pages.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presse2data.inputs import webpages
from presse2data.cli import app
from presse2data.inputs.reading import iter_articles, iter_jsonl, read_file
from presse2data.inputs.webpages import PageError, decode_page, extract_page

PAGES = Path(__file__).resolve().parent / "pages"
CANTINE = PAGES / "cantine.html"
runner = CliRunner()

BODY = "<article><h1>Titre</h1><p>" + "Un paragraphe de texte assez long pour être retenu ici. " * 3 + "</p></article>"


def _page(head: str = "", body: str = BODY) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


@pytest.fixture(scope="module")
def cantine():
    return read_file(CANTINE, "cantine")


# -- main text ------------------------------------------------------------------------------------
def test_main_text_is_the_article_only(cantine):
    assert cantine.error is None
    assert cantine.text.startswith("La Cantine numérique de Lyon a bouclé une levée")
    assert cantine.text.endswith("explique Sophie Marchal.")
    # fmt: off
    for chrome in ["cookies", "Accepter", "Accueil", "Sport", "Partager", "Tweeter", "LinkedIn",
                   "Commentaires", "Gérard Bouvier", "5\xa0000", "5 000", "Bravo", "À lire aussi",
                   "Grenoble", "Mentions légales", "Par Paul Vernet"]:
        # fmt: on
        assert chrome not in cantine.text, chrome


def test_paragraphs_and_br_lines_are_lines(cantine):
    lines = cantine.text.split("\n")
    assert "L'association, créée en novembre dernier, fédère déjà 150 adhérents, des start-up pour la plupart." in lines
    assert "Elle compte en réunir 300 d'ici la fin de l'année." in lines
    assert "Son local ouvrira en septembre." in lines
    assert "" not in lines


def test_nbsp_entities_stay_no_break_spaces(cantine):
    assert "1\xa0200\xa0000 euros" in cantine.text


def test_metadata_give_title_url_site_and_date(cantine):
    assert cantine.title == "Lyon : la Cantine numérique lève des fonds"
    assert cantine.url == "https://www.courrier-des-monts.example/eco/2015/06/cantine-numerique"
    assert cantine.source == "Le Courrier des Monts"
    assert (cantine.published, cantine.published_source) == ("2015-06-02", "page")


# fmt: off
@pytest.mark.parametrize("head,body,published", [
    ("<meta property='article:published_time' content='2016-03-05T09:00:00+01:00'>", BODY, "2016-03-05"),
    ("", "<p>Publié le <time datetime='2016-03-04'>4 mars 2016</time></p>" + BODY,    "2016-03-04"),
    # trafilatura misses a <time> holding only no-break-spaced text: htmldate reads it
    ("", "<p class='date'><time>04&nbsp;mars&nbsp;2016</time></p>" + BODY,            "2016-03-04"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-03-06"}</script>', BODY, "2016-03-06"),
    ("<link rel='canonical' href='https://ex.example/2016/03/07/une-levee'>", BODY, "2016-03-07"),
    # a date the article talks about is not the page's date
    ("", "<p>Le 8 mars 2016, à Lyon, un paragraphe de texte.</p>" + BODY,             None),
    ("", BODY,                                                                         None),
])
# fmt: on
def test_page_date_from_markup_only(head, body, published):
    assert extract_page(_page(head, body)).published == published


# -- encodings --------------------------------------------------------------------------------------
SENTENCE = "Créée à Lyon, l’association a levé 5 € auprès de ses membres fondateurs."


# fmt: off
@pytest.mark.parametrize("declared,codec,encoding", [
    ("windows-1252", "utf-8",       "utf-8"),         # declared wrongly: the bytes are UTF-8
    ("utf-8",        "cp1252",      "windows-1252"),  # declared wrongly: the bytes are not UTF-8
    ("iso-8859-1",   "cp1252",      "windows-1252"),  # a web page's latin-1 is Windows-1252
    ("",             "cp1252",      "windows-1252"),
])
# fmt: on
def test_the_bytes_are_trusted_over_the_declared_charset(declared, codec, encoding):
    meta = f"<meta charset='{declared}'>" if declared else ""
    html, found = decode_page(_page(meta, f"<article><p>{SENTENCE}</p></article>").encode(codec))
    assert found == encoding
    assert extract_page(html).text == SENTENCE


def test_declared_charset_is_used_when_the_bytes_read_as_it():
    data = _page("<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-15'>",
                 "<article><p>Une cotisation de 5 € par an pour chacun des membres.</p></article>").encode("iso-8859-15")
    html, encoding = decode_page(data)
    assert encoding == "iso8859-15" and "5 € par an" in extract_page(html).text


# -- bad pages --------------------------------------------------------------------------------------
NAV_ONLY = _page("<title>Rien</title>", "<nav><ul><li><a href='/'>Accueil</a></li><li><a href='/e'>Économie</a></li></ul></nav>")


# fmt: off
@pytest.mark.parametrize("data,message", [
    (NAV_ONLY.encode(),                            "no main text"),
    (b"<html><body></body></html>",                "no main text"),
    ("Un texte sans balises.\nDeux lignes.".encode(), "not an HTML page"),
    (b"%PDF-1.4\x00\x01\x02\x03",                  "binary"),
    (b"<html><body><p>caf\x81\x8d\x8f\x90</p></body></html>", "not UTF-8"),
])
# fmt: on
def test_bad_pages_get_a_clear_error(tmp_path, data, message):
    path = tmp_path / "page.html"
    path.write_bytes(data)
    article = read_file(path, "page")
    assert article.text is None and message in article.error


def test_huge_page_is_refused_with_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(webpages, "MAX_PAGE_BYTES", 1000)
    path = tmp_path / "big.html"
    path.write_text(_page(body=BODY * 20), encoding="utf-8")
    article = read_file(path, "big")
    assert article.text is None and "page too large" in article.error and "limit" in article.error
    with pytest.raises(PageError, match="too large"):
        extract_page(_page(body=BODY * 20))


# -- folders and JSON Lines -------------------------------------------------------------------------
def test_folder_mixes_txt_and_pages_and_skips_saved_assets(tmp_path):
    shutil.copy(CANTINE, tmp_path / "b-cantine.html")
    (tmp_path / "a-note.txt").write_text("Une note.\nMarie Dupont parle.", encoding="utf-8")
    (tmp_path / "c-short.HTM").write_text(_page(body=BODY), encoding="utf-8")
    (tmp_path / "b-cantine_files").mkdir()
    (tmp_path / "b-cantine_files" / "frame.html").write_text(NAV_ONLY, encoding="utf-8")
    articles = list(iter_articles(tmp_path))
    assert [(a.id, a.error) for a in articles] == [("a-note", None), ("b-cantine", None), ("c-short", None)]


def test_jsonl_html_lines_given_fields_win_over_the_page():
    html = CANTINE.read_text(encoding="utf-8")
    lines = [
        {"id": "p1", "html": html},
        {"id": "p2", "html": html, "title": "Mon titre", "url": "https://ex.example/p2", "source": "Veille", "published": "2015-07-01"},
        {"id": "p3", "html": "<html><body></body></html>"},
        {"id": "p4", "html": html, "text": "les deux"},
    ]
    stream = io.BytesIO("\n".join(json.dumps(line) for line in lines).encode())
    p1, p2, p3, p4 = iter_jsonl(stream, "in.jsonl")
    assert (p1.published, p1.published_source, p1.source) == ("2015-06-02", "page", "Le Courrier des Monts")
    assert p1.text.startswith("La Cantine numérique")
    assert (p2.title, p2.url, p2.source, p2.published, p2.published_source) == (
        "Mon titre", "https://ex.example/p2", "Veille", "2015-07-01", "input")
    assert "no main text" in p3.error
    assert "not both" in p4.error


# -- through the pipeline ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cantine_records(extractor, cantine):
    return next(extractor.extract_articles([cantine]))


def test_comment_section_gives_no_record(cantine_records):
    persons = {r.name for r in cantine_records if r.type == "person"}
    amounts = {r.value for r in cantine_records if r.type == "amount"}
    assert "Sophie Marchal" in persons and "Gérard Bouvier" not in persons
    assert 1_200_000 in amounts and 5000 not in amounts


def test_page_date_resolves_relative_dates(cantine_records):
    head = cantine_records[0]
    assert (head.reference_date, head.reference_date_source, head.published) == ("2015-06-02", "page", "2015-06-02")
    assert (head.url, head.outlet, head.encoding) == (
        "https://www.courrier-des-monts.example/eco/2015/06/cantine-numerique", "Le Courrier des Monts", "utf-8")
    dates = {r.text: (r.value, r.relative) for r in cantine_records if r.type == "date"}
    assert dates["novembre dernier"] == ("2014-11", True)


def test_mixed_folder_extracts_in_one_run_with_the_page_text(extractor, tmp_path):
    shutil.copy(CANTINE, tmp_path / "cantine.html")
    (tmp_path / "note.txt").write_text("Une note de Lyon.\nL'association a levé 2 millions d'euros en mars dernier.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--with-text", "--reference-date", "2016-01-10"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    heads = {r["article_id"]: r for r in records if r["type"] == "article"}
    assert list(heads) == ["cantine", "note"]
    assert heads["cantine"]["reference_date"] == "2015-06-02" and heads["cantine"]["reference_date_source"] == "page"
    assert heads["note"]["reference_date"] == "2016-01-10" and heads["note"]["reference_date_source"] == "run"
    assert heads["note"]["published"] is None
    for record in records:  # every span indexes the article text the article record carries
        text = heads[record["article_id"]]["article_text"]
        assert text[record["start"] : record["end"]] == record["text"]
    dates = {(r["article_id"], r["text"]): r["value"] for r in records if r["type"] == "date"}
    assert dates[("cantine", "novembre dernier")] == "2014-11"
    assert dates[("note", "mars dernier")] == "2015-03"
