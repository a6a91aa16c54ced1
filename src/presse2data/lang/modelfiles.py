"""Reading the rule and lexicon files of ``models/`` (shipped as ``presse2data.models``).

No spaCy here: normalizers and the scope detector read lexicons without loading it.
A rule is one JSONL line with a stable ``id``, an ``example`` it must match and
either a spaCy token ``pattern``, a ``regex``, or ``code``: the registered name of the
function that finds the spans of a cue too contextual for a pattern; a ``check`` names a
registered test a pattern or regex match must pass (:mod:`presse2data.lang.rules` dispatches
both; see ``models/README.md``).

Regexes are written with named parts: a line ``{"define": "NUMERAL", "regex": "..."}``
(or ``"lexicon": "date/months"``, the alternation of a lexicon's words; with
``"where": "word"`` only the ``form|code|word`` entries of a ``|``-separated lexicon) lets later
regexes say ``{NUMERAL}``; ``rules/macros.jsonl`` holds the parts every file shares.
An upper-case name in braces never clashes with a regex quantifier (``{1,3}``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any



@dataclass(frozen=True)
class Rule:
    id: str
    example: str
    pattern: tuple | None = None
    regex: str | None = None
    code: str | None = None  # a cue found by code: the registered name of its finder (lang.rules.rule_code)
    check: str | None = None  # a context test its matches must pass: a registered name (lang.rules.rule_check)
    label: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def _model_file(*parts: str):
    return resources.files("presse2data.models").joinpath(*parts)


MACROS_FILE = "shared/macros.jsonl"
RULES_FILE = "rules.jsonl"
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _lines(path: str) -> list[tuple[int, dict]]:
    text = _model_file(*path.split("/")).read_text(encoding="utf-8")
    return [(n, json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


LEXICON_HEADER = "# format: "
"""A lexicon's first line declares how its entries read: ``form`` (one written form per line),
``regex`` (one regular expression), ``form value`` (the last word is a value: ``janvier 1``),
or ``|``-separated columns named in order, one of them ``form`` (or ``forms``, comma-separated
forms), ``...`` for optional trailing columns (``form|kind|...``, ``kind|form``, ``forms|title``)."""


@cache
def lexicon_format(name: str) -> str:
    """The format ``models/<name>.txt`` declares on its first line (``# format: form value``)."""
    first = _model_file(*f"{name}.txt".split("/")).read_text(encoding="utf-8").split("\n", 1)[0]
    if not first.startswith(LEXICON_HEADER):
        raise ValueError(f"models/{name}.txt: the first line must declare the lexicon's format "
                         f"('{LEXICON_HEADER}form', 'form value', 'regex' or '|'-separated columns; see models/README.md)")
    return first[len(LEXICON_HEADER):].strip()


def entry_forms(entry: str, fmt: str) -> list[str]:
    """The written forms of one entry, as its lexicon's format (:func:`lexicon_format`) says."""
    if fmt in ("form", "regex"):
        return [entry]
    if fmt == "form value":
        return [entry.rsplit(" ", 1)[0]]
    columns = fmt.split("|")
    if "forms" in columns:
        return [form.strip() for form in lexicon_fields(entry)[columns.index("forms")].split(",")]
    if "form" in columns:
        return [lexicon_fields(entry)[columns.index("form")]]
    raise ValueError(f"lexicon format {fmt!r}: no form column (form, form value, regex, or columns naming form or forms)")


def lexicon_fields(entry: str) -> tuple[str, ...]:
    """``form|ISO|kind`` → ``("form", "ISO", "kind")``; other entries are one field."""
    return tuple(part.strip() for part in entry.split("|"))


@cache
def lexicon_alternation(name: str, where: str | None = None) -> str:
    """``(?:a|b|...)`` of a lexicon's forms, longest first; a space in a form matches any run of spaces.

    ``where`` keeps only the ``|``-separated entries with that value among their fields
    (``where="word"`` on ``amount/currencies``).
    """
    entries = load_lexicon(name)
    if where is not None:
        entries = tuple(e for e in entries if where in lexicon_fields(e)[1:])
    fmt = lexicon_format(name)
    words = {form for entry in entries for form in entry_forms(entry, fmt)}
    if len(words) > 100:  # the thousand currency forms: a prefix tree, tried in one pass
        return _trie_regex(sorted(words))
    spaced = (re.escape(w).replace(r"\ ", "[ \u00a0\u202f]+") for w in sorted(words, key=lambda w: (-len(w), w)))
    return "(?:" + "|".join(spaced) + ")"


def _trie_regex(words: list[str]) -> str:
    """The alternation of ``words`` as a prefix tree (``dollar(?:s(?: canadiens)?)?``): at each
    branch the longer continuations are tried before the word ends, so it matches what the
    longest-first alternation matches, without trying every word at every position."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [
            (r"[ \u00a0\u202f]+" if char == " " else re.escape(char)) + render(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + render(tree) + ")"


def expand(regex: str, macros: dict[str, str], where: str = "") -> str:
    """Replace every ``{NAME}`` by its definition."""

    def one(match: re.Match) -> str:
        try:
            return macros[match.group(1)]
        except KeyError:
            raise ValueError(f"{where}: undefined regex part {{{match.group(1)}}}") from None

    return _MACRO.sub(one, regex)


def group_regex(regex: str, name: str = "span") -> str | None:
    """The text of the group ``name`` of a regex (None without one): what a rule matches once
    the context around its span is left out, to read a phrase that is only that span."""
    start = regex.find(f"(?P<{name}>")
    depth, in_class, i = 0, False, start
    while 0 <= i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return regex[start + len(name) + 5 : i]
        i += 1
    return None


def _define(raw: dict, macros: dict[str, str], where: str) -> None:
    if "lexicon" in raw:
        macros[raw["define"]] = lexicon_alternation(raw["lexicon"], raw.get("where"))
    else:
        macros[raw["define"]] = expand(raw["regex"], macros, where)


@cache
def shared_macros() -> dict[str, str]:
    macros: dict[str, str] = {}
    if _model_file(*MACROS_FILE.split("/")).is_file():
        for lineno, raw in _lines(MACROS_FILE):
            _define(raw, macros, f"{MACROS_FILE}:{lineno}")
    return macros


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """Rules of ``models/<name>/rules.jsonl`` (``name`` a fact type), in file order, regex parts expanded."""
    rules = []
    macros = dict(shared_macros())
    for lineno, raw in _lines(f"{name}/{RULES_FILE}"):
        where = f"{name}/{RULES_FILE}:{lineno}"
        if "define" in raw:
            _define(raw, macros, where)
            continue
        try:
            rule_id, example = raw.pop("id"), raw.pop("example")
        except KeyError as missing:
            raise ValueError(f"{where}: missing {missing}") from None
        pattern, regex, code = raw.pop("pattern", None), raw.pop("regex", None), raw.pop("code", None)
        if sum(x is not None for x in (pattern, regex, code)) != 1:
            raise ValueError(f"{where}: give exactly one of pattern, regex, code")
        if regex is not None:
            regex = expand(regex, macros, where)
        rules.append(
            Rule(
                id=rule_id,
                example=example,
                pattern=tuple(pattern) if pattern is not None else None,
                regex=regex,
                code=code,
                check=raw.pop("check", None),
                label=raw.pop("label", ""),
                data=raw,
            )
        )
    return tuple(rules)


def rule_files() -> list[str]:
    """Fact types that ship a rule file (``amount``, ``date``, ...)."""
    root = resources.files("presse2data.models")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath(RULES_FILE).is_file())


@cache
def load_lexicon(name: str) -> tuple[str, ...]:
    """Entries of ``models/<name>.txt`` (``date/months``): one per line, ``#`` comments, blanks skipped."""
    text = _model_file(*f"{name}.txt".split("/")).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)
