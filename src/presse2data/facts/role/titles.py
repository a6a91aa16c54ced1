"""Role titles (``models/role/titles.txt``): which words start a title, and the longest title at a token.

Persons read them too: a name right after a title is a person (``le Pdg, Prénom Nom``).

A former post is not a current one: ``ancien``/``ancienne`` before a title and an ``ex-``
glued to it stay part of the title (``ancien ingénieur``, ``ex-directrice``).
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from ...lang.modelfiles import load_lexicon
from ...lang.names import fold_name

MAX_TITLE_WORDS = 5
_FORMER_WORDS = frozenset(load_lexicon("role/former_words"))
_ORDINALS = frozenset(load_lexicon("role/ordinals"))
_FORMER_PREFIX = "ex-"


@cache
def titles() -> dict[tuple[str, ...], bool]:
    """Folded title words → is a political office."""
    out = {}
    for line in load_lexicon("role/titles"):
        title, _, flag = line.partition("|")
        out[tuple(fold_name(title).split())] = flag.strip() == "public"
    return out


@cache
def _first_words() -> frozenset[str]:
    return frozenset(key[0] for key in titles())


def _words(tok: Token) -> list[str]:
    return list(_words_of(tok.text, tok.lower_))


@lru_cache(maxsize=65536)
def _words_of(text: str, lower: str) -> tuple[str, ...]:
    words = fold_name(text).split()
    if lower.startswith(_FORMER_PREFIX) and len(words) > 1:
        return tuple(words[1:])  # "ex-directrice": the title of a former post
    return tuple(words)


@lru_cache(maxsize=65536)
def _may_start(text: str, lower: str) -> bool:
    """Whether a title may start at a token so written: an ordinal, ``ancien`` or a title's first
    word. :func:`title_at` is asked at every token of an article; most answer no here, at the
    cost of a lookup."""
    words = _words_of(text, lower)
    if fold_name(text) in _FORMER_WORDS | _ORDINALS:
        return True
    return bool(words) and (words[0] in _first_words() or _singular([words[0]])[0] in _first_words())


# posts whose plural names each holder ("les cofondateurs A et B"); not a generic noun's plural
_PLURAL_POSTS = frozenset(load_lexicon("role/plural_posts"))


def _singular(words: list[str]) -> tuple[str, ...]:
    """``co presidents`` → ``co president``: a plural post names each of its holders."""
    singular = tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)
    head = next((" ".join(singular[:n]) for n in (2, 1) if " ".join(singular[:n]) in _PLURAL_POSTS), None)
    return singular if head is not None else tuple(words)


def title_at(doc: Doc, i: int, stop: int) -> tuple[int, bool] | None:
    """End token and political flag of the longest title starting at ``i`` (None if none); a
    title after ``ancien`` or an ordinal (``premier vice-président``) starts there; a plural
    title (``cofondateurs``) is a title."""
    if i >= stop or not _may_start(doc[i].text, doc[i].lower_):
        return None
    if i < stop and fold_name(doc[i].text) in _FORMER_WORDS | _ORDINALS and i + 1 < stop:
        found = title_at(doc, i + 1, stop)
        return found if found is not None or fold_name(doc[i].text) in _FORMER_WORDS else None
    if i >= stop or not _words(doc[i]):
        return None
    first = _words(doc[i])[0]
    if first not in _first_words() and _singular([first])[0] not in _first_words():  # "cofondateurs"
        return None
    best = None
    words: list[str] = []
    for j in range(i, min(stop, i + MAX_TITLE_WORDS)):
        words.extend(_words(doc[j]))
        for key in (tuple(words), _singular(words)):
            if key in titles():
                best = (j + 1, titles()[key])
                break
    return best


def feminine(title: str) -> str:
    """The feminine form of a title when the lexicon has it (``président`` → ``présidente``)."""
    words = title.split()
    head = words[0]
    for fem in (head + "e", head[:-3] + "rice" if head.endswith("eur") else "",
                head[:-2] + "ière" if head.endswith("ier") else "", head[:-3] + "euse" if head.endswith("eur") else ""):
        if fem and tuple(fold_name(" ".join([fem, *words[1:]])).split()) in titles():
            return " ".join([fem, *words[1:]])
    return title
