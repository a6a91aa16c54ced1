"""A person's name without its civility (pure, no spaCy): the contract's ``name`` never has one.

>>> strip_civility("M. Brunelin")
'Brunelin'
>>> has_civility("Mme Dubois")
True
"""

from __future__ import annotations

import re

from ...lang.modelfiles import load_lexicon

CIVILITIES = load_lexicon("person/civilities")  # as written before a name (a trailing "." is optional in text)
_CIVILITY = re.compile(r"^(?:" + "|".join(map(re.escape, CIVILITIES)) + r")\.?\s+")


def strip_civility(name: str) -> str:
    """``M. Brunelin`` → ``Brunelin``; names without a civility are returned unchanged."""
    return _CIVILITY.sub("", name.strip())


def has_civility(name: str) -> bool:
    return bool(_CIVILITY.match(name.strip()))
