"""Reading the rule and lexicon files of ``models/`` (shipped as ``presse2data.models``).

No spaCy here: normalizers and the scope detector read lexicons without loading it.
A rule is one JSONL line with a stable ``id``, an ``example`` it must match and
either a spaCy token ``pattern`` or a ``regex`` (see ``models/README.md``).
"""

from __future__ import annotations

import json
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
    label: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def _model_file(*parts: str):
    return resources.files("presse2data.models").joinpath(*parts)


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """Rules of ``models/rules/<name>.jsonl``, in file order."""
    rules = []
    text = _model_file("rules", f"{name}.jsonl").read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        try:
            rule_id, example = raw.pop("id"), raw.pop("example")
        except KeyError as missing:
            raise ValueError(f"rules/{name}.jsonl:{lineno}: missing {missing}") from None
        pattern, regex = raw.pop("pattern", None), raw.pop("regex", None)
        if (pattern is None) == (regex is None):
            raise ValueError(f"rules/{name}.jsonl:{lineno}: give exactly one of pattern, regex")
        rules.append(
            Rule(
                id=rule_id,
                example=example,
                pattern=tuple(pattern) if pattern is not None else None,
                regex=regex,
                label=raw.pop("label", ""),
                data=raw,
            )
        )
    return tuple(rules)


def rule_files() -> list[str]:
    """Names of every rule file shipped (``amounts``, ``dates``, ...)."""
    folder = _model_file("rules")
    if not folder.is_dir():
        return []
    return sorted(p.name[: -len(".jsonl")] for p in folder.iterdir() if p.name.endswith(".jsonl"))


@cache
def load_lexicon(name: str) -> tuple[str, ...]:
    """Entries of ``models/lexicons/<name>.txt``: one per line, ``#`` comments, blanks skipped."""
    text = _model_file("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)
