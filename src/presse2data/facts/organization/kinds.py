"""The kind of an organization the text gives no cue for: a learned guess.

Where a type noun before or heading a name, or a company word ending it, says the kind
(``l'association X``, ``Université de X``, ``X SAS``: :func:`.component.kind_of`), the rule
decides: French closes it. Where none does, a linear classifier trained on press-train
(:mod:`presse2data.training.kinds`) reads what the article says around the name:

- the name itself: its words, its first and last word, its character 3- and 4-grams
  (``…tech``, ``…pôle``, ``…bank``), its shape (an acronym, one word, a hashtag, digits);
- the words around each of its mentions (``X lève 2 millions``, ``les adhérents de X``,
  ``selon X``, ``le journal X``), before and after, and any type noun of the lexicon within
  a few words of any mention (``la start-up montpelliéraine X``, ``X, association créée…``).

The weights ship as JSON (``kind.json`` in the model folder: feature → one weight per kind,
and a bias per kind); scoring is a sum of weights and a softmax, with no library at run time.
A model folder without ``kind.json`` (older ones) leaves such organizations without a kind.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from typing import get_args

from spacy.tokens import Doc, Span

from ...lang.names import fold_name
from .lexicons import type_nouns
from .record import OrgKind

KINDS = get_args(OrgKind)  # the contract's kinds, as the record declares them
FILE = "kind.json"
WINDOW = 3  # tokens each side read as positioned context (L1..L3, R1..R3)
BAG = 8  # tokens each side read as a bag of words, and searched for type nouns
NGRAMS = (3, 4)


def features(doc: Doc, spans: Sequence[Span]) -> dict[str, float]:
    """The features of one organization: its mentions ``spans`` in ``doc`` (value 1 each)."""
    out: dict[str, float] = {"bias": 1.0}
    if not spans:
        return out
    name = max((s.text.strip() for s in spans), key=len)
    _name_features(name, out)
    nouns, _ = type_nouns()
    inside = {i for s in spans for i in range(s.start, s.end)}
    for s in spans:
        lo, hi = _sentence_bounds(doc, s)
        for k in range(1, WINDOW + 1):
            if s.start - k >= lo:
                out[f"L{k}:{_word(doc[s.start - k])}"] = 1.0
            if s.end - 1 + k < hi:
                out[f"R{k}:{_word(doc[s.end - 1 + k])}"] = 1.0
        for i in range(max(lo, s.start - BAG), min(hi, s.end + BAG)):
            if i in inside:
                continue
            tok = doc[i]
            if tok.is_punct or tok.is_space:
                continue
            word = _word(tok)
            out[f"ctx:{word}"] = 1.0
            noun = nouns.get(tok.lower_)
            if noun is not None:
                out[f"noun:{noun.kind}"] = 1.0
        out[f"mention_first:{_word(doc[s.start])}"] = 1.0
    out["mentions"] = min(len(spans), 5) / 5
    return out


def _name_features(name: str, out: dict[str, float]) -> None:
    words = [w for w in fold_name(name.lstrip("#@")).split() if w]
    for w in words:
        out[f"w:{w}"] = 1.0
    if words:
        out[f"first:{words[0]}"] = 1.0
        out[f"last:{words[-1]}"] = 1.0
    padded = f" {' '.join(words)} "
    for n in NGRAMS:
        for i in range(len(padded) - n + 1):
            out[f"c:{padded[i:i + n]}"] = 1.0
    bare = name.lstrip("#@")
    letters = [c for c in bare if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(bare.split()) == 1:
        out["shape:acronym"] = 1.0
    elif len(bare.split()) == 1 and any(c.isupper() for c in bare[1:]):
        out["shape:camel"] = 1.0
    out[f"shape:words={min(len(words), 5)}"] = 1.0
    if any(c.isdigit() for c in bare):
        out["shape:digit"] = 1.0
    if name.startswith(("#", "@")):
        out["shape:hashtag"] = 1.0
    if bare[:1].islower():
        out["shape:lower"] = 1.0


def _word(tok) -> str:
    return "<num>" if tok.like_num else fold_name(tok.text)


def _sentence_bounds(doc: Doc, span: Span) -> tuple[int, int]:
    if doc.has_annotation("SENT_START"):
        sent = span.sent
        return sent.start, sent.end
    return 0, len(doc)


@dataclass
class KindModel:
    """A multinomial logistic regression: feature → one weight per kind."""

    kinds: tuple[str, ...]
    weights: dict[str, list[float]] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        z = [0.0] * len(self.kinds)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for k, wk in enumerate(w):
                    z[k] += wk * value
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return {kind: e / total for kind, e in zip(self.kinds, exp)}

    def predict(self, doc: Doc, spans: Sequence[Span]) -> str:
        probs = self.probabilities(features(doc, spans))
        return max(self.kinds, key=lambda k: probs[k])

    @classmethod
    def load(cls, path: Path) -> "KindModel":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        kinds = tuple(data["kinds"])
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"{path}: kinds {sorted(unknown)} are not the contract's")
        return cls(kinds, {f: list(w) for f, w in data["weights"].items()}, data.get("meta", {}))

    def save(self, path: Path) -> None:
        data = {"meta": self.meta, "kinds": list(self.kinds), "weights": dict(sorted(self.weights.items()))}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        Path(path).write_text(text.replace('],"', '],\n"') + "\n", encoding="utf-8")  # a feature per line


def load(folder: str | Path | None) -> KindModel | None:
    """The classifier of a model folder; None when it has none (a folder older than it: rules only)."""
    if not folder:
        return None
    path = Path(folder) / FILE
    return KindModel.load(path) if path.is_file() else None
