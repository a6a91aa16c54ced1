"""Hypothesis strategies for article-like French text, for the fuzzer (tests/test_fuzz.py).

Pieces a press article is made of — words, names, titles and organization cues,
numbers written with every separator, amounts, dates, punctuation, Unicode spaces —
and what real files add: long tokens, control characters, stray line breaks.
Names and sentences are invented.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

# fmt: off
WORDS = [
    "le", "la", "les", "l'", "d'", "de", "des", "du", "et", "en", "à", "au", "un", "une", "qui", "que",
    "a", "est", "sont", "compte", "fédère", "revendique", "réunit", "annonce", "lance", "levé", "depuis",
    "association", "start-up", "cluster", "entreprise", "adhérents", "membres", "sociétés", "salariés",
    "président", "présidente", "directeur", "général", "fondateur", "cofondatrice", "chef", "projet",
    "numérique", "région", "métropole", "écosystème", "réseau", "incubateur", "emplois", "millions",
    "près", "environ", "plus", "moins", "jusqu'à", "entre", "dernier", "prochain", "début", "fin", "mi-",
    "aujourd'hui", "hier", "été", "hiver", "printemps", "automne", "année", "mois", "semaine", "sa", "ses",
]
FIRST = ["Marie", "Jean", "Claire", "Karim", "Léa", "Éric", "Anne-Sophie", "Jean-Luc", "Zoé", "Ahmed", "Inès"]
LAST = ["Dupont", "Martin", "Lefèvre", "Ben Salah", "Nguyen", "Le Goff", "Da Silva", "Moreau", "Perrin"]
ORGS = ["Atlantic 2.0", "Azur Numérique", "La Ruche", "Numérica", "Cantine Lab", "CCI du Cantal", "Nantes Métropole",
        "French Tech Rennes", "Caisse des dépôts", "Université de Lyon", "ADN Ouest", "Pôle Images & Réseaux"]
CUES = ["l'association", "la start-up", "le cluster", "l'entreprise", "la société", "le réseau", "l'incubateur"]
TITLES = ["président", "présidente", "directeur général", "fondateur", "cofondatrice", "chef de projet", "Pdg"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre", "sept.", "janv."]
SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009", ".", ",", "'", ""]
CURRENCIES = ["€", "euros", "d'euros", "EUR", "$", "dollars", "£", "M€", "k€", "millions d'euros", "Md€", "francs"]
QUALIFIERS = ["", "près de ", "environ ", "plus de ", "moins de ", "jusqu'à ", "une centaine de ", "quelque "]
PUNCTUATION = [".", ",", ";", ":", "!", "?", "…", "«", "»", "« ", " »", "(", ")", "—", "–", "-", "'", "’", "\"", "/", "&", "©", "%"]
SPACES = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u202f", "\u2009", "\u2003", "\u3000", "\u200b", "\ufeff", "\r\n"]
CONTROLS = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\u2029", "\ufffd"]
# fmt: on


@st.composite
def numbers(draw) -> str:
    """Integers grouped by thousands with any separator, decimals with a comma or a point."""
    value = draw(st.integers(min_value=0, max_value=10**12))
    separator = draw(st.sampled_from(SEPARATORS))
    digits = f"{value:,}".replace(",", separator)
    if draw(st.booleans()):
        digits += draw(st.sampled_from([",", "."])) + str(draw(st.integers(0, 99)))
    return digits


@st.composite
def amounts(draw) -> str:
    number = draw(st.one_of(numbers(), st.sampled_from(["un", "deux", "trois", "vingt", "cent", "mille", "dix-huit"])))
    scale = draw(st.sampled_from(["", " millions", " million", " milliards", " M", " k", " mille"]))
    currency = draw(st.sampled_from(CURRENCIES))
    if draw(st.booleans()) and currency in ("€", "$", "£"):
        return f"{draw(st.sampled_from(QUALIFIERS))}{currency}{number}{scale}"
    return f"{draw(st.sampled_from(QUALIFIERS))}{number}{scale} {currency}"


@st.composite
def dates(draw) -> str:
    year = draw(st.integers(min_value=1890, max_value=2099))
    day = draw(st.sampled_from(["1er", "2", "15", "28", "31", "32", "0"]))
    month = draw(st.sampled_from(MONTHS))
    return draw(
        st.sampled_from(
            [
                f"{day} {month} {year}",
                f"le {day} {month}",
                f"en {month} dernier",
                f"{month} {year}",
                f"{year}-{year + 2}",
                f"entre {year} et {year + 1}",
                f"mi-{year}",
                f"fin {year}",
                f"début {month}",
                f"printemps {year}",
                f"les années {year // 10 * 10}",
                f"{day}/{draw(st.integers(0, 13))}/{year}",
                "l'an dernier",
                "il y a deux semaines",
                "aujourd'hui",
                f"{year}",
            ]
        )
    )


@st.composite
def names(draw) -> str:
    civility = draw(st.sampled_from(["", "M. ", "Mme ", "Dr ", "Me "]))
    return f"{civility}{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"


@st.composite
def capitalized(draw, max_parts: int) -> str:
    """Capitalized words, possibly hyphenated (``Saint-Jean-de-Luz``), as names and places run."""
    parts = draw(st.lists(st.sampled_from(["Saint", "Jean", "Pierre", "Marie", "Le", "Val", "Nord", "Tech"]), min_size=1, max_size=max_parts))
    return "-".join(parts)


@st.composite
def phrases(draw) -> str:
    """Sentences the rules look for: roles, organizations, member counts."""
    name, org = draw(names()), draw(st.sampled_from(ORGS))
    title, cue = draw(st.sampled_from(TITLES)), draw(st.sampled_from(CUES))
    count = draw(st.one_of(numbers(), st.sampled_from(["une cinquantaine", "quarante", "près de 300"])))
    return draw(
        st.sampled_from(
            [
                f"{name}, {title} de {org},",
                f"{cue} {org} compte {count} adhérents",
                f"{org} ({org[:3].upper()})",
                f"présidée par {name}",
                f"ses {count} membres",
                f"{name} ({org})",
                f"selon {name}, {title} de {cue} {org}.",
            ]
        )
    )


def long_tokens() -> st.SearchStrategy[str]:
    return st.builds(lambda c, n: c * n, st.sampled_from(["a", "A", "9", "-", "é", "d'", "« ", "X, ", "en mars "]), st.integers(50, 400))


def pieces(max_hyphen_parts: int = 3) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(WORDS),
        names(),
        st.sampled_from(ORGS),
        capitalized(max_hyphen_parts),
        numbers(),
        amounts(),
        dates(),
        phrases(),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(SPACES),
        st.sampled_from(CONTROLS),
        long_tokens(),
        st.text(max_size=8),  # anything at all, surrogates aside
    )


@st.composite
def articles(draw, max_pieces: int = 60, max_hyphen_parts: int = 3) -> str:
    """An article-like text: a title line, then pieces joined by spaces and punctuation."""
    body = draw(st.lists(pieces(max_hyphen_parts), min_size=1, max_size=max_pieces))
    joins = draw(st.lists(st.sampled_from([" ", " ", " ", "", ", ", ". ", "\n", " — "]), min_size=len(body), max_size=len(body)))
    title = draw(st.one_of(st.just(""), phrases(), names()))
    return title + "\n" + "".join(piece + join for piece, join in zip(body, joins))


@st.composite
def jsonl_lines(draw) -> bytes:
    """One JSON Lines input line, sometimes with a lone surrogate (valid JSON, not text) or a bad field."""
    text = draw(articles(max_pieces=15))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(["\ud800", "\udfff", "\udc80x"])) + text[at:]
    record = {"id": draw(st.one_of(st.just("fuzz"), st.integers(0, 99), st.none())), "text": text}
    if draw(st.booleans()):
        record["published"] = draw(st.sampled_from(["2015-06-01", "2015-13-01", "juin 2015", 2015]))
    return json.dumps(record).encode("utf-8") + b"\n"
