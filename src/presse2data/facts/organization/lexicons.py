"""The organization lexicons of ``models/organization/``, parsed once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ...lang.modelfiles import load_lexicon
from ...lang.names import fold_org


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
def non_org() -> dict[str, set[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for line in load_lexicon("organization/non_org_words"):
        kind, _, entry = line.partition("|")
        table[kind.strip()].add(entry.strip() if kind.strip() == "acronym" else fold_org(entry))
    return table
