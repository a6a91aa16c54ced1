"""Every regex of models/ and of the code runs in linear time on adversarial text.

Python's ``re`` backtracks: a rule with two quantifiers that can match the same
characters (``[\\w-]*`` next to a ``-`` separator under a repeat) or a rule that scans
to the end of a long run before failing, at every start, takes polynomial time on a
single line, and a running match cannot be interrupted. For each regex this test
builds adversarial strings from the regex's own pieces (long repeats of the characters
its classes accept, of its literal words, of word + separator pairs, near-misses),
keeps the few that cost the most, and times ``finditer`` on them at growing lengths.

Timing on a busy 2-core machine is noisy, so the growth is measured against a linear
reference regex run on the same strings in the same test (best of a few repeats), and
only a time per character that grows more than ``MAX_GROWTH`` times faster than the
reference's over a 16× longer string fails: a linear rule stays near 1×, a quadratic
one near 16×. Times are CPU times of the test process, so other jobs hardly count.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as sre
import re._parser as sre_parse
import time
from collections.abc import Iterator
from functools import cache

import pytest

import presse2data
from presse2data.lang.modelfiles import load_rules, rule_files

SCREEN_CHARS = 400  # every candidate string is timed once at this length
GROWTH_CHARS = (400, 6400)  # the worst candidates are timed at both lengths
KEPT = 2  # candidates that go on to the growth measurement
MAX_GROWTH = 3.0  # allowed growth of the time per character, relative to the reference
SLOW = 0.25  # seconds: one run on a screening string this slow is a failure by itself
BUDGET = 2.0  # CPU seconds of screening for one regex (a linear one needs a small fraction)
REFERENCE = re.compile(r"(?s:.)")  # one match per character: linear, never backtracks

# representatives of the character categories a class can name
_CATEGORY_CHARS = {
    sre.CATEGORY_WORD: "aAé1_",
    sre.CATEGORY_NOT_WORD: " .-'",
    sre.CATEGORY_DIGIT: "1",
    sre.CATEGORY_NOT_DIGIT: "a ",
    sre.CATEGORY_SPACE: " \u202f\n",
    sre.CATEGORY_NOT_SPACE: "a.",
}
_ALWAYS = "aA1 .,-'’«\u00a0\u202f"  # present in every candidate pool: common separators, near-misses


# -- the regexes -------------------------------------------------------------------
def model_regexes() -> Iterator[tuple[str, re.Pattern, str]]:
    """Every regex rule of models/*/rules.jsonl, compiled as RuleSet compiles it, with its example."""
    for name in rule_files():
        for rule in load_rules(name):
            if rule.regex is not None:
                yield rule.id, re.compile(rule.regex, re.UNICODE), rule.example


def code_regexes() -> Iterator[tuple[str, re.Pattern]]:
    """Module-level compiled patterns of presse2data (also inside dicts, lists, tuples), plus built ones."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(presse2data.__path__, "presse2data."):
        if info.name.startswith("presse2data.models"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else [value]
            for i, item in enumerate(values):
                item = item[0] if isinstance(item, tuple) and item and isinstance(item[0], re.Pattern) else item
                if isinstance(item, re.Pattern) and id(item) not in seen:
                    seen.add(id(item))
                    yield f"{info.name.removeprefix('presse2data.')}.{attr}[{i}]", item
    yield from built_regexes()


def built_regexes() -> Iterator[tuple[str, re.Pattern]]:
    """Patterns the code builds in a function (from lexicons) rather than at import."""
    from presse2data.inputs import scope
    from presse2data.facts.date import reading as date_reading
    from presse2data.facts.organization import lexicons

    yield "scope._trailer_regex()", scope._trailer_regex()
    for name in dir(lexicons):
        builder = getattr(lexicons, name)
        if callable(builder) and getattr(builder, "__wrapped__", None) is not None:
            try:
                built = builder()
            except TypeError:
                continue
            if isinstance(built, tuple) and built and isinstance(built[0], re.Pattern):
                yield f"organization.lexicons.{name}()", built[0]
    for rule, span in date_reading._spans().items():  # the date rules' spans, read back on a phrase
        yield f"date.reading._spans()[{rule}]", span


# -- adversarial strings from a regex's pieces -----------------------------------------
def pieces(pattern: re.Pattern) -> tuple[set[str], set[str]]:
    """(single characters the regex's classes and literals accept, literal runs of 2+ characters)."""
    chars, words = set(_ALWAYS), set()

    def walk(items) -> None:
        run = ""
        for op, arg in items:
            if op is sre.LITERAL:
                run += chr(arg)
                chars.add(chr(arg))
                continue
            if len(run.strip()) >= 2:
                words.add(run)
            run = ""
            if op is sre.IN:
                for iop, iarg in arg:
                    if iop is sre.LITERAL:
                        chars.add(chr(iarg))
                    elif iop is sre.RANGE:
                        chars.update((chr(iarg[0]), chr(iarg[1])))
                    elif iop is sre.CATEGORY:
                        chars.update(_CATEGORY_CHARS.get(iarg, ""))
            elif op is sre.CATEGORY:
                chars.update(_CATEGORY_CHARS.get(arg, ""))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                walk(arg[2])
            elif op is sre.SUBPATTERN:
                walk(arg[3])
            elif op is sre.ATOMIC_GROUP:
                walk(arg)
            elif op is sre.BRANCH:
                for branch in arg[1]:
                    walk(branch)
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                walk(arg[1])
            elif op is sre.GROUPREF_EXISTS:
                walk(arg[1])
                if arg[2]:
                    walk(arg[2])
        if len(run.strip()) >= 2:
            words.add(run)

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return chars, words


def prefixes(pattern: re.Pattern, example: str = "") -> list[str]:
    """Texts to put before a repeat, so that the repeat reaches the regex's later parts.

    For a rule, its example cut at each word boundary inside the match ("conseil ",
    "conseil régional ", "conseil régional d'"); for a code regex, its longest literal words.
    """
    out = [""]
    found = pattern.search(example) if example else None
    if found:
        before = example[max(0, found.start() - 30) : found.start()]
        matched = found.group()
        cuts = [i + 1 for i, c in enumerate(matched) if not c.isalnum()] + [1, len(matched)]
        out += [before + matched[:cut] for cut in sorted(set(cuts))[-4:]]
    else:
        out += sorted(pieces(pattern)[1], key=lambda w: (-len(w), w))[:3]
    return out


def candidates(pattern: re.Pattern) -> list[str]:
    """Units whose long repeats may make ``pattern`` backtrack (each is repeated to a length later)."""
    chars, words = pieces(pattern)
    words = sorted(words, key=lambda w: (-len(w), w))[:25]
    separators = sorted(c for c in chars if not c.isalnum())[:8]
    letters = sorted(c for c in chars if c.isalnum())[:6] + ["Ab", "ab", "123"]
    units = set(sorted(chars)[:20]) | set(words)
    units |= {a + b for a in letters for b in separators}
    units |= {w + s for w in words for s in (" ", "-", "'")}
    units |= {w[:-1] + " " for w in words}  # near-misses: a literal word cut short
    few = sorted(chars)[:6]
    units |= {a + b for a in few for b in few}
    return sorted(units)


def repeat(unit, chars: int):
    return unit * max(1, chars // len(unit))


def seconds(pattern: re.Pattern, text: str, repeats: int = 3) -> float:
    """Best of ``repeats`` CPU timings of one full ``finditer`` pass (looped until measurable).

    CPU time of this process, not wall time: the other jobs of a busy machine do not count.
    """
    best = float("inf")
    loops = 1
    for _ in range(repeats):
        while True:
            started = time.process_time()
            for _ in range(loops):
                for _ in pattern.finditer(text):
                    pass
            elapsed = time.process_time() - started
            if elapsed >= 0.001 or elapsed > SLOW:
                break
            loops *= 4
        best = min(best, elapsed / loops)
    return best


@cache
def reference_growth() -> float:
    """How the reference's time grows between the two lengths (about their ratio, 16)."""
    short, long = (repeat("Ab-", n) for n in GROWTH_CHARS)
    return min(seconds(REFERENCE, long) / seconds(REFERENCE, short) for _ in range(3))


def growth(pattern: re.Pattern, example: str = "") -> tuple[float, str]:
    """(worst growth of time per character relative to the reference, the text that shows it).

    Candidate texts (a prefix, then a unit repeated) are screened at doubling lengths up
    to ``SCREEN_CHARS``, so that a regex whose time explodes is caught on a short string
    (and fails at once) rather than left running on a long one; the ``KEPT`` costliest
    are then timed at the two ``GROWTH_CHARS`` lengths.
    """
    texts = [(prefix, unit) for prefix in prefixes(pattern, example) for unit in candidates(pattern)]
    if isinstance(pattern.pattern, bytes):  # a pattern over raw input bytes
        texts = [(prefix.encode("utf-8", "surrogatepass"), unit.encode("utf-8", "surrogatepass")) for prefix, unit in texts]
    length = SCREEN_CHARS // 16
    spent = time.process_time()
    while True:
        timed = []
        for prefix, unit in texts:
            text = prefix + repeat(unit, length)
            started = time.process_time()
            for _ in pattern.finditer(text):
                pass
            elapsed = time.process_time() - started
            if elapsed > SLOW or started - spent > BUDGET:
                return float("inf"), text[:80]
            timed.append((elapsed, prefix, unit))
        if length >= SCREEN_CHARS:
            break
        length *= 2
        # the costlier half goes on to the next length: a super-linear text only gets costlier
        timed.sort(key=lambda t: t[0], reverse=True)
        texts = [(prefix, unit) for _, prefix, unit in timed[: max(KEPT, len(timed) // 2)]]
    timed.sort(key=lambda t: t[0], reverse=True)
    worst, worst_text = 0.0, ""
    for _, prefix, unit in timed[:KEPT]:
        short, long = (prefix + repeat(unit, n) for n in GROWTH_CHARS)
        length = GROWTH_CHARS[0]
        while length < GROWTH_CHARS[1]:  # doubling first: a cubic regex must not run on the long text
            length *= 2
            started = time.process_time()
            for _ in pattern.finditer(prefix + repeat(unit, length)):
                pass
            if time.process_time() - started > SLOW:
                return float("inf"), short[:80]
        t_short = seconds(pattern, short)
        t_long = seconds(pattern, long)
        ratio = (t_long / t_short) / reference_growth()
        if ratio > worst:
            worst, worst_text = ratio, short[:80]
        if t_long > SLOW:
            break
    return worst, worst_text


# Known super-linear regexes in files another change owns (kept as strict=False xfail
# so that their fix shows up as XPASS): rule or pattern name -> reason.
_SPAN_ONLY = "applied to one span's text only, yet a long run of spaces before its end is rescanned from each space"
KNOWN: dict[str, str] = {}


def _cases(regexes) -> list:
    out = []
    for name, pattern, *example in regexes:
        marks = [pytest.mark.xfail(reason=KNOWN[name], strict=False)] if name in KNOWN else []
        out.append(pytest.param(pattern, example[0] if example else "", id=name, marks=marks))
    return out


@pytest.mark.parametrize(("pattern", "example"), _cases(model_regexes()))
def test_rule_regex_grows_linearly(pattern, example):
    ratio, text = growth(pattern, example)
    assert ratio <= MAX_GROWTH, f"time per character grows {ratio:.1f}× on {text!r}..."


@pytest.mark.parametrize(("pattern", "example"), _cases(code_regexes()))
def test_code_regex_grows_linearly(pattern, example):
    ratio, text = growth(pattern)
    assert ratio <= MAX_GROWTH, f"time per character grows {ratio:.1f}× on {text!r}..."


def test_the_measure_catches_a_quadratic_and_an_exponential_regex():
    """The test itself can fail: a scan-to-the-end rule and a nested repeat are caught."""
    assert growth(re.compile(r"\b[A-Z][\w-]* Métropole"))[0] > MAX_GROWTH
    assert growth(re.compile(r"Conseil de (?:[A-Z][\w-]*(?:-| )?){0,6}French"), "Conseil de Paris French")[0] > MAX_GROWTH
    assert growth(re.compile(r"\b[A-Z][\w-]{0,30} Métropole"))[0] <= MAX_GROWTH
