"""What kind of money an amount is, and its round, from the words around it (no spaCy).

French says it with a closed vocabulary (``levée``, ``subvention``, ``prêt d'honneur``, ``doté
de``, ``budget``; ``amorçage``, ``série A``): ``models/funding/kinds.txt`` and ``rounds.txt``.
The form nearest to the amount in its sentence decides the kind; none → ``other``.
"""

from __future__ import annotations

from functools import cache

from ...lang.modelfiles import lexicon_fields, load_lexicon


@cache
def _table(name: str) -> dict[tuple[str, ...], str]:
    return {tuple(form.split()): value for form, value in (lexicon_fields(e)[:2] for e in load_lexicon(f"funding/{name}"))}


def _nearest(words: list[str], start: int, end: int, name: str) -> str | None:
    """The value of the lexicon form nearest to ``words[start:end]`` (the amount), or None."""
    best: tuple[int, str] | None = None
    for form, value in _table(name).items():
        n = len(form)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == form and (i + n <= start or i >= end):
                distance = start - (i + n) if i + n <= start else i - end
                if best is None or distance < best[0]:
                    best = (distance, value)
    return best[1] if best else None


def kind_of(words: list[str], start: int, end: int) -> str:
    """``words``: the sentence's lowercased tokens; ``start``/``end``: the amount's tokens."""
    return _nearest(words, start, end, "kinds") or "other"


def round_of(words: list[str], start: int, end: int) -> str | None:
    return _nearest(words, start, end, "rounds")
