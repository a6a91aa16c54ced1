"""The tokenizer's suffix search looks at a chunk's end only (same tokens, linear time);
numbers whose groups a no-break space joins are one token."""

from __future__ import annotations

import re
import time

import pytest

from presse2data.lang.tokenizer import SUFFIX_WINDOW, bound_suffix_search, merge_spaced_numbers


@pytest.fixture(scope="module")
def plain(nlp):
    """The model's tokenizer with its original, whole-chunk suffix search."""
    tok = nlp.tokenizer
    assert hasattr(tok.suffix_search.__self__, "window"), "build_nlp bounds the suffix search"
    return type(tok)(
        nlp.vocab,
        rules=tok.rules,
        prefix_search=tok.prefix_search,
        suffix_search=re.compile(tok.suffix_search.__self__.pattern).search,
        infix_finditer=tok.infix_finditer,
        token_match=tok.token_match,
        url_match=tok.url_match,
    )


@pytest.mark.parametrize(
    "text",
    [
        "L'association (Numérique Ouest) compte 215 adhérents, dit-il.",
        "Fin" + "." * (SUFFIX_WINDOW * 2) + " suite",  # a suffix longer than the window
        "(((((((a)))))))" * 20,
        "x" + "'" * 300,
        "d'" * 500,
        "1\u202f" * 500 + "000 €",
        "« " * 50 + "»»»»»" * 40,
        "M.M.M.M." * 60 + "!?!?" * 50,
    ],
)
def test_same_tokens_as_the_whole_chunk_search(nlp, plain, text):
    assert [(t.idx, t.text) for t in nlp.tokenizer(text)] == [(t.idx, t.text) for t in plain(text)]


def test_a_long_run_of_affixes_tokenizes_in_linear_time(nlp):
    def cost(n: int) -> float:
        text = "d'" * n
        started = time.process_time()
        nlp.tokenizer(text)
        return time.process_time() - started

    short, long = min(cost(1000) for _ in range(3)), min(cost(8000) for _ in range(2))
    assert long < 8 * 3 * short  # quadratic would be 64×


def test_binding_twice_keeps_one_wrapper(nlp):
    search = nlp.tokenizer.suffix_search
    bound_suffix_search(nlp)
    assert nlp.tokenizer.suffix_search.__self__ is search.__self__


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("compte 1\u202f200 adhérents",      ["compte", "1\u202f200", "adhérents"]),
    ("levé 10\u00a0000\u00a0000 €",       ["levé", "10\u00a0000\u00a0000", "€"]),
    ("(2\u2009500)",                     ["(", "2\u2009500", ")"]),
    ("entre 12 000 et 15 000",           ["entre", "12", "000", "et", "15", "000"]),  # a plain space may separate two numbers
    ("3\u00a0M€",                        ["3", "\u00a0", "M€"]),  # digits on both sides only
    ("le 3\u00a0mars",                   ["le", "3", "\u00a0", "mars"]),
])
# fmt: on
def test_no_break_spaces_join_the_groups_of_one_number(nlp, text, expected):
    doc = merge_spaced_numbers(nlp.make_doc(text))
    assert [t.text for t in doc] == expected and doc.text == text


def test_a_long_spaced_number_is_one_token_for_the_model(nlp):
    text = "1\u202f" * 2000 + "000 euros"
    assert len(nlp(text)) == 2
