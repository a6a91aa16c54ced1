"""What a regex rule needs in a line before it can match, read from the regex itself.

Running ~60 date regexes over every line of every article was half the date component's
time, though most lines hold no month, weekday or digit. :func:`need` derives, from the
parsed regex, a cheap pattern every match must contain (``janvier|février|...`` for a rule
with ``{MONTH}``, ``\\d`` for one with ``{YEAR}``): a line without it cannot hold a match, so
the rule skips it. :func:`line_safe` says whether a regex can see across a line end (``\\s``,
``$``, a negated class...): only those that cannot may be run line by line with the same
matches as on the whole text. Both are derived, so a rule file needs no hand-written gate
that could drift from its regexes; an unknown construct only makes the answer weaker
(no need, not line-safe), never wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

try:  # the regex parser of CPython (3.11: re._parser); without it, no gates (same matches, slower)
    from re import _casefix, _parser
    from re import _constants as C
except ImportError:  # pragma: no cover
    _casefix = _parser = None

_DIGIT = "\\d"  # not a string a literal can be: two characters of which one is a backslash
_MIN_LITERAL = 2  # a one-letter need (``a``) is in every line: not worth a search


def _score(alternatives: frozenset[str]) -> float:
    """How selective a need is: its shortest alternative's length (a digit, in 3 lines of 5,
    counts between a two- and a three-letter word)."""
    return min(2.5 if a == _DIGIT else len(a) for a in alternatives)


def _digits(items) -> bool:
    """A class of digits only (``[0-9]``, ``[12]``, ``\\d``): needs a digit."""
    return bool(items) and all(
        (op is C.CATEGORY and av == C.CATEGORY_DIGIT)
        or (op is C.LITERAL and chr(av).isdigit())
        or (op is C.RANGE and all(chr(c).isdigit() for c in range(av[0], av[1] + 1)))
        for op, av in items
    )


def _of_class(items) -> frozenset[str] | None:
    if _digits(items):
        return frozenset({_DIGIT})
    if items and all(op is C.LITERAL for op, _ in items):
        return frozenset(chr(av) for op, av in items)
    return None


def _need(sequence) -> frozenset[str] | None:
    """Alternatives (strings, or ``_DIGIT``) one of which every match of ``sequence`` contains or looks at."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush():
        if run:
            word = "".join(run)
            candidates.append(frozenset({_DIGIT if word.isdigit() else word}))
            run.clear()

    for op, av in sequence:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        found = None
        if op is C.IN:
            found = _of_class(av)
        elif op is C.SUBPATTERN:
            found = _need(av[3])
        elif op is C.ATOMIC_GROUP:
            found = _need(av)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _need(av[2])
        elif op is C.ASSERT:  # a positive lookaround: the text it looks at holds it
            found = _need(av[1])
        elif op is C.BRANCH:
            branches = [_need(branch) for branch in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)
        if found:
            candidates.append(found)
    flush()
    return max(candidates, key=_score, default=None) if candidates else None


@cache
def need(regex: str, flags: int = 0) -> re.Pattern | None:
    """A pattern found in the :func:`fold` of every line (text) a match of ``regex`` is in, or None."""
    if _parser is None:
        return None
    try:
        found = _need(_parsed(regex, flags))
    except Exception:  # a construct this reading does not know: no gate
        return None
    if not found or _score(found) < _MIN_LITERAL:
        return None
    snippets = {a if a == _DIGIT else re.escape(fold(a)) for a in found}
    return re.compile("|".join(sorted(snippets, key=lambda a: (-len(a), a))), flags & ~re.IGNORECASE)


# Lower-case letters the regex engine takes as one when ignoring case (ı and i, ſ and s, µ
# and μ...), mapped to one of them; İ lowers to two characters, the engine reads it as i.
_SAME = {c: min(k, *extra) for k, extra in getattr(_casefix, "_EXTRA_CASES", {}).items() for c in (k, *extra)}
_DOTTED = {0x130: 0x69}


_CHANGED = {c: to for c, to in _SAME.items() if c != to}
_TO_CHANGE = re.compile("[" + "".join(re.escape(chr(c)) for c in _CHANGED) + "]") if _CHANGED else None


def fold(text: str) -> str:
    """``text`` lower-cased so that a case-blind match of a word is a plain match of its fold
    (a case-blind search is several times slower than a plain one)."""
    if "\u0130" in text:
        text = text.translate(_DOTTED)
    low = text.lower()
    return low.translate(_CHANGED) if _TO_CHANGE is not None and _TO_CHANGE.search(low) else low


_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # where str.splitlines cuts
_SAFE_CATEGORIES = {C.CATEGORY_DIGIT, C.CATEGORY_WORD} if _parser is not None else set()


def _safe(sequence) -> bool:
    """No part of ``sequence`` can match a line break nor an end of text."""
    for op, av in sequence:
        if op is C.LITERAL:
            if chr(av) in _BREAKS:
                return False
        elif op is C.IN:
            for item, value in av:
                if item is C.NEGATE or (item is C.CATEGORY and value not in _SAFE_CATEGORIES):
                    return False
                if item is C.RANGE and any(value[0] <= ord(c) <= value[1] for c in _BREAKS):
                    return False
                if item is C.LITERAL and chr(value) in _BREAKS:
                    return False
        elif op is C.SUBPATTERN:
            if not _safe(av[3]):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _safe(av[2]):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _safe(av[1]):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _safe(av):
                return False
        elif op is C.BRANCH:
            if not all(_safe(branch) for branch in av[1]):
                return False
        elif op is C.GROUPREF:
            continue  # repeats a group that is itself checked
        else:  # AT (^, $, \b...), ANY, NOT_LITERAL, CATEGORY, GROUPREF_EXISTS...: not known safe
            if not (op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY)):
                return False
    return True


@cache
def line_safe(regex: str, flags: int = 0) -> bool:
    """True when no match of ``regex``, nor what its lookarounds look at, can hold a line break
    or an end of text: its matches on the whole text are those on each line (with its break)."""
    if _parser is None:
        return False
    try:
        return _safe(_parsed(regex, flags))
    except Exception:
        return False


@lru_cache(maxsize=8)
def _parsed(regex: str, flags: int):
    """One parse serves :func:`need` and :func:`line_safe` (parsing costs as much as compiling)."""
    return _parser.parse(regex, flags)


class Lines:
    """One text cut into lines once, and, per need, the lines holding it (searched in one pass
    over the folded text, not line by line)."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        offset = 0
        for line in text.splitlines(keepends=True):
            self.starts.append(offset)
            offset += len(line)
        self.starts.append(len(text))
        self._folded: str | None = None
        self._found: dict[re.Pattern, list[int]] = {}

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)  # same length: İ folds to one character
        return self._folded

    def holding(self, needed: re.Pattern) -> list[int]:
        """Indices of the lines where ``needed`` is found (a need never spans a line break)."""
        if needed not in self._found:
            lines, pos, folded = [], 0, self.folded
            while (hit := needed.search(folded, pos)) is not None:
                line = bisect_right(self.starts, hit.start()) - 1
                lines.append(line)
                pos = self.starts[line + 1]
            self._found[needed] = lines
        return self._found[needed]

    def blocks(self, indices: list[int], merge: bool) -> list[tuple[int, str]]:
        """``(offset, text)`` of the given lines, runs of consecutive lines joined when ``merge``."""
        out: list[tuple[int, int]] = []
        for i in indices:
            if merge and out and out[-1][1] == i:
                out[-1] = (out[-1][0], i + 1)
            else:
                out.append((i, i + 1))
        return [(self.starts[a], self.text[self.starts[a] : self.starts[b]]) for a, b in out]
