"""Name folding: the contract's matching rules for person and organization names.

>>> fold_name("Jean-François  Dupré")
'jean francois dupre'
>>> fold_org("L'Université de Nantes")
'universite de nantes'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = re.compile(r"[-‐‑‒–—'’‘`´\s]+")
_ORG_ARTICLE = re.compile(r"^(?:le|la|les|l) ")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def fold_name(name: str) -> str:
    """Casefold, remove accents, turn hyphens, apostrophes and whitespace runs into one space."""
    return _SEPARATORS.sub(" ", strip_accents(name.casefold())).strip()


def fold_org(name: str) -> str:
    """:func:`fold_name`, then drop a leading ``le``, ``la``, ``les`` or ``l'``."""
    return _ORG_ARTICLE.sub("", fold_name(name))
