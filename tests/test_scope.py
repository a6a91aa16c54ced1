"""Article scope: site chrome and reader comments produce no records; offsets unchanged."""

from __future__ import annotations

import pytest

from presse2data.inputs.scope import body_end

BODY = (
    "Titre de l'article\n"
    "Retour au blog\n"
    "La société Nuvola Data a levé 2 millions d'euros, explique Martine Gaudin, sa présidente. "
    "Le projet avance bien selon elle. Crédit photo : © Paul Lefort - Agence Zeta\n"
)
COMMENTS = (
    "Commentaires\n"
    "Se connecter pour écrire un commentaire.\n"
    "Jacques Verdier a dit que Martin Roche avait touché 5 millions d'euros !\n"
)


# fmt: off
@pytest.mark.parametrize("trailer", [
    "Commentaires", "Se connecter pour écrire un commentaire.", "Retour au blog", "Sujets les + lus",
    "Vous avez un compte ?", "Ajouter un commentaire", "Commentaire 0", "Partager cet article",
    "Plus : Des quartiers à inventer, chronique de Jean Dupont", "Vous aimerez aussi", "À voir aussi",
    "Articles liés", "Tweeter", "Réagir à cet article", "3 commentaires", "Lire aussi", "Commentaires (2)",
])
# fmt: on
def test_trailer_lines_end_the_body(trailer):
    text = "Titre\n" + "Un long corps d'article. " * 20 + "\n" + trailer + "\nJean Dupont a dit..."
    assert text[: body_end(text)].endswith("corps d'article. \n")


def test_trailer_at_the_top_does_not_swallow_the_article():
    assert body_end(BODY) == len(BODY)


def test_comment_section_with_person_and_amount_produces_no_records(extractor):
    text = BODY + COMMENTS
    records = extractor.extract(text, article_id="t")
    facts = [r for r in records if r.type != "article"]
    assert all(r.end <= len(BODY) for r in facts)
    names = {getattr(r, "name", None) for r in facts}
    assert "Jacques Verdier" not in names and "Martin Roche" not in names
    assert not any(r.type == "amount" and r.start >= len(BODY) for r in facts)


def test_photo_credit_in_body_stays_and_offsets_are_unchanged(extractor):
    text = BODY + COMMENTS
    records = extractor.extract(text, article_id="t")
    persons = {r.name: r for r in records if r.type == "person"}
    assert "Paul Lefort" in persons
    for r in records[1:]:
        assert text[r.start : r.end] == r.text


# fmt: off
@pytest.mark.parametrize("inset", [
    "Lire aussi : Le réseau Kalinova lève 3 millions d'euros en 2019",
    "À lire aussi - La société Brisalys ouvre un bureau le 12 mars 2020",
    "► VOIR AUSSI | Brisalys recrute 40 ingénieurs pour 2 millions d'euros",
    "Lire également : Le 4 avril 2018, Kalinova a levé 5 millions d'euros",
])
# fmt: on
def test_inset_line_in_mid_article_gives_no_records_and_the_body_around_it_stays(extractor, inset):
    before = "Titre\nLa société Nuvola Data a levé 2 millions d'euros, explique Martine Gaudin.\n"
    after = "\nLe 3 juin 2021, la société Nuvola Data a ouvert un bureau à Brest. " * 3
    text = before + inset + after
    records = extractor.extract(text, article_id="t")
    start, end = len(before), len(before) + len(inset)
    assert not any(start <= r.start < end for r in records[1:])
    assert any(r.type == "amount" and r.end <= start for r in records)
    assert any(r.type == "date" and r.start >= end for r in records)
    for r in records[1:]:
        assert text[r.start : r.end] == r.text


def test_a_sentence_mentioning_lire_aussi_is_no_inset():
    from presse2data.inputs.scope import body_text

    text = "Titre\nIl faut lire aussi : les chiffres de 2019 le montrent.\nLa suite."
    assert body_text(text) == text
