"""The organization lexicons of ``models/organization/`` (and the role titles), parsed once."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ...lang.modelfiles import load_lexicon
from ...lang.names import fold_name, fold_org


@dataclass(frozen=True)
class TypeNoun:
    kind: str
    of: bool = False
    named: bool = False  # capitalized mid-sentence, the noun is part of the name ("la Banque X")


@cache
def type_nouns() -> tuple[dict[str, TypeNoun], dict[str, str]]:
    """(cue nouns → kind/of, company-suffix words → kind) from ``org_type_nouns``."""
    nouns, suffixes = {}, {}
    for line in load_lexicon("organization/type_nouns"):
        parts = [p.strip() for p in line.split("|")]
        word, kind, flag = parts[0], parts[1], (parts[2] if len(parts) > 2 else "")
        if flag == "suffix":
            suffixes[word.casefold()] = kind
        else:
            nouns[word.casefold()] = TypeNoun(kind, flag == "of", flag == "name")
    return nouns, suffixes


@cache
def cue_words() -> dict[str, frozenset[str]]:
    """Context words by cue (``models/lexicons/org_cue_words.txt``): list_intro, founding_verb, ..."""
    table: dict[str, set[str]] = defaultdict(set)
    for line in load_lexicon("organization/cue_words"):
        cue, _, word = line.partition("|")
        table[cue.strip()].add(word.strip().replace("’", "'"))
    return {cue: frozenset(words) for cue, words in table.items()}


def cue(name: str) -> frozenset[str]:
    return cue_words().get(name, frozenset())


@cache
def non_org() -> dict[str, set[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for line in load_lexicon("organization/non_org_words"):
        kind, _, entry = line.partition("|")
        table[kind.strip()].add(entry.strip() if kind.strip() == "acronym" else fold_org(entry))
    return table


@cache
def role_titles() -> frozenset[str]:
    return frozenset(fold_name(line.split("|")[0]) for line in load_lexicon("role/titles"))


@cache
def institutions() -> tuple[re.Pattern, tuple[str, ...]]:
    """One regex for every institution name (longest first, apostrophes and spaces flexible,
    acronyms case-sensitive) and the kind of each alternative, by group index."""
    entries = [line.split("|", 1) for line in load_lexicon("organization/institutions")]
    alternatives, kinds = [], []
    for n, (kind, name) in enumerate(sorted(entries, key=lambda e: -len(e[1]))):
        body = re.escape(name.strip()).replace("'", "['’]").replace(r"\ ", r"\s+")
        alternatives.append(f"(?P<i{n}>{body})" if name.strip().isupper() else f"(?P<i{n}>(?i:{body}))")
        kinds.append(kind.strip())
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])"), tuple(kinds)



@cache
def owner_titles() -> frozenset[str]:
    return frozenset(fold_name(line.split("|")[0]) for line in load_lexicon("role/titles") if line.endswith("|owner"))


@cache
def public_titles() -> frozenset[str]:
    return frozenset(fold_name(line.split("|")[0]) for line in load_lexicon("role/titles") if line.endswith("|public"))


def is_public_title(phrase: str) -> bool:
    return any(phrase.endswith(t) for t in public_titles())



@cache
def type_noun_first_words() -> frozenset[str]:
    return frozenset(re.split(r"[ -]", noun)[0] for noun in type_nouns()[0])
