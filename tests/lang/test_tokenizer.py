"""The tokenizer's suffix search looks at a chunk's end only: same tokens, linear time."""

from __future__ import annotations

import re
import time

import pytest

from presse2data.lang.tokenizer import SUFFIX_WINDOW, bound_suffix_search


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
