"""spaCy's tokenizer made linear on long whitespace-free runs, and spaced numbers kept whole.

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

import re

from spacy.language import Language
from spacy.tokens import Doc

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


# digits joined by a no-break, narrow no-break, thin or figure space: one number (1 200, 10 000)
_SPACED_NUMBER = re.compile(r"(?<!\d)\d++(?:[\u00a0\u202f\u2009\u2007]\d++)+")  # starts at a run of digits only
SPACED_NUMBERS = "presse2data_spaced_numbers"


@Language.component(SPACED_NUMBERS)
def merge_spaced_numbers(doc: Doc) -> Doc:
    """One token for a number whose digit groups a no-break space keeps together.

    The tokenizer splits at every space, so ``10\u202f000`` is three tokens where French
    treebanks write one; and a long run of such groups would cost the model one token
    per character. A plain space is left alone: it also separates two numbers.
    """
    spans = [doc.char_span(m.start(), m.end()) for m in _SPACED_NUMBER.finditer(doc.text)]
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for span in spans:
            if span is not None and len(span) > 1:
                retokenizer.merge(span)
    return doc
