"""Where the article body ends: site chrome and reader comments after it produce no records.

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

from .lang.modelfiles import load_lexicon

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


def body_end(text: str) -> int:
    """Offset where the body ends (``len(text)`` when no trailer is found)."""
    floor = int(len(text) * _MIN_BODY_SHARE)
    for match in _trailer_regex().finditer(text):
        if match.start() >= floor:
            return match.start()
    return len(text)
