"""Article scope: site chrome and reader comments produce no records; offsets unchanged."""

from __future__ import annotations

import pytest

from presse2data.scope import body_end

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
