"""Where the article body ends: site chrome and reader comments after it produce no records;
related-article inset lines inside it (``Lire aussi : ...``) produce none either.

The body is always a prefix of the text, so offsets into it are offsets into the
article. The end is the start of the first line, past the opening lines, that is
a typical trailer of French news sites:

>>> text = "Titre\\nLe corps de l'article.\\nCommentaires\\nM. Dupont a dit..."
>>> text[:body_end(text)]
"Titre\\nLe corps de l'article.\\n"
"""

from __future__ import annotations

import re
from functools import cache

from ..lang.modelfiles import load_lexicon

# A trailer line only counts once this share of the text is behind it, so that a
# "Retour au blog" link at the top of a page does not swallow the article.
_MIN_BODY_SHARE = 0.3


@cache
def _trailer_regex() -> re.Pattern:
    cues = "|".join(load_lexicon("scope/body_end_cues"))
    # a cue alone on its line, maybe with a count: "Commentaires", "Commentaires (2)", "3 commentaires"
    return re.compile(
        rf"^[ \t]*(?:{cues})[ \t]*[.!?:…]?[ \t]*(?:\(?\d+\)?)?[ \t]*$", re.IGNORECASE | re.MULTILINE
    )


@cache
def _inset_regex() -> re.Pattern:
    cues = "|".join(load_lexicon("scope/inset_cues"))
    # "Lire aussi : Titre", "► À lire aussi - Titre", "VOIR AUSSI | Titre": one line, cue then link
    return re.compile(
        rf"^[ \t]*(?:[►▶→>•*-][ \t]*)?(?:{cues})[ \t]*(?:[:|>»–-]|\u00a0:)[^\n]*$", re.IGNORECASE | re.MULTILINE
    )


def inset_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the related-article inset lines (``Lire aussi : ...``) of the text."""
    return [(m.start(), m.end()) for m in _inset_regex().finditer(text)]


def body_text(text: str) -> str:
    """The body (a prefix of the text) with its inset lines blanked to spaces, so that no record
    comes from them and every offset still indexes the article.

    >>> body_text("Titre\\nLire aussi : Un autre sujet\\nLa suite.")
    'Titre\\n                           \\nLa suite.'
    """
    body = text[: body_end(text)]
    for start, end in inset_lines(body):
        body = body[:start] + " " * (end - start) + body[end:]
    return body


def body_end(text: str) -> int:
    """Offset where the body ends (``len(text)`` when no trailer is found)."""
    floor = int(len(text) * _MIN_BODY_SHARE)
    for match in _trailer_regex().finditer(text):
        if match.start() >= floor:
            return match.start()
    return len(text)
