"""The date vocabulary (``models/date/*.txt``) as tables, and the clean-up of a phrase (case,
apostrophes, spaces, leading prepositions) before it is read. The phrasings themselves are the
rules' (``models/date/rules.jsonl``, read back by :mod:`.reading`)."""

from __future__ import annotations

import re
from functools import cache

from ...lang.modelfiles import load_lexicon


@cache
def _table(name: str) -> dict[str, str]:
    """``word value`` lexicon lines as a dict (the value is the last field)."""
    out = {}
    for entry in load_lexicon(name):
        word, _, value = entry.rpartition(" ")
        out[word] = value
    return out


def _months() -> dict[str, int]:
    return {k: int(v) for k, v in _table("date/months").items()}


# ---------------------------------------------------------------- helpers

_LEADING = (
    "jusqu'en", "jusqu'à", "jusqu'au", "à partir de", "à partir d'", "à l'horizon", "à horizon", "horizon",
    "d'ici à", "d'ici", "depuis", "dès", "pour", "en", "avant", "après", "à la", "à l'", "au", "aux",
    "à", "le", "la", "les", "l'", "dans le", "dans la", "dans les", "dans l'", "dans", "de la", "de l'",
    "mois de", "mois d'",  # au mois de mai
)
_CONNECT = ("du mois de", "du mois d'", "des", "de", "d'", "du")
_CONNECT_YEAR = re.compile(r"^(?:de l'année|de l'an|d'année|de l'exercice) ?(?=\d)")


def _clean(text: str) -> str:
    """Lowercase, one kind of apostrophe and space, no surrounding punctuation."""
    s = text.lower().replace("’", "'").replace("ʼ", "'")
    s = re.sub(r"[\s\u00a0\u202f]+", " ", s)
    s = re.sub(r"' ", "'", s)
    s = s.replace("–", "-").replace("—", "-")
    return s.strip(" ()[],;:.«»\"“”″′")


def _strip_prefix(s: str, words) -> tuple[str, str | None]:
    """Remove one leading word (or phrase) among ``words``; return the rest and what was removed."""
    for word in sorted(words, key=len, reverse=True):
        sep = "" if word.endswith(("'", "-")) else " "
        if s.startswith(word + sep) and len(s) > len(word + sep):
            return s[len(word + sep):].lstrip(), word
    return s, None


def _strip_leading(s: str) -> str:
    for _ in range(3):
        s, removed = _strip_prefix(s, _LEADING)
        if removed is None:
            break
    return s


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = _table("date/numbers").get(word)
    return int(value) if value else None
