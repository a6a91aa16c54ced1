"""spaCy's tokenizer made linear on long whitespace-free runs.

The tokenizer strips prefixes and suffixes from a space-separated chunk one at a time,
and each step runs ``suffix_search`` (a ``...$`` regex) over the whole remaining chunk:
Python's ``re`` tries every start position, so a chunk of ``n`` characters that is all
affixes (``d'd'd'…``, ``1\u202f1\u202f…``) costs ``n²`` (6,000 characters of ``d'`` took
17 s). A suffix is a few characters long, so the search only needs the chunk's end:
:func:`bound_suffix_search` runs it on the last :data:`SUFFIX_WINDOW` characters, and
on the whole chunk only when the suffix found fills the window (a long run of dots, say,
which is then stripped in one step).
"""

from __future__ import annotations

from spacy.language import Language

SUFFIX_WINDOW = 100  # characters: longer than any suffix the French rules strip


class _TailSearch:
    """``suffix_search`` over the end of the text; ``pattern`` keeps spaCy's serialization working."""

    def __init__(self, search, window: int = SUFFIX_WINDOW):
        self._search = search
        self.pattern = search.__self__.pattern
        self.window = window

    def search(self, text: str):
        if len(text) <= self.window:
            return self._search(text)
        found = self._search(text[-self.window :])
        if found is not None and found.start() == 0:  # the suffix may go on before the window
            return self._search(text)
        return found


def bound_suffix_search(nlp: Language) -> None:
    """Make ``nlp.tokenizer`` look for suffixes in the last characters of a chunk only."""
    tokenizer = nlp.tokenizer
    current = getattr(tokenizer, "suffix_search", None)
    if current is not None and not isinstance(getattr(current, "__self__", None), _TailSearch):
        tokenizer.suffix_search = _TailSearch(current).search
