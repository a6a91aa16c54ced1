"""The trained linker: who holds which title, where; and affiliations without a title.

Three linear scorers, one per decision, trained on press-train by ``presse2data train``
(:mod:`presse2data.training.linker`) and shipped as JSON weights (``linker.json``: feature →
weight, per scorer); scoring is a sum of weights and a logistic, with no library at run time.

- ``title_person``: for each title span (:mod:`.spans`), each person mention nearby (same
  sentence or the next/previous one, at most ``PERSON_WINDOW`` tokens) — the holders are the
  mentions scored over ``threshold``, the best one at least when it passes;
- ``title_org``: for a held title, each organization mention within ``ORG_SENTENCES``
  sentences and ``ORG_WINDOW`` tokens, and *none*: the best wins (``Sa cofondatrice, X``
  reaches the start-up of the previous sentence; ``maire de Nantes`` has none);
- ``person_org``: a person and a close organization with no title between them
  (``Nom (Société)``, ``Nom, de Société``): an affiliation, a role with a null title.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from ...lang.tokens import doc_text
from . import features as feat
from .features import Context, Mention
from .spans import TitleSpan

PERSON_WINDOW = 40
ORG_WINDOW = 80
ORG_SENTENCES = 2
AFFILIATION_AFTER = 12
AFFILIATION_BEFORE = 6
SCORERS = ("title_person", "title_org", "person_org")
SHARED = 0.45  # a second holder of one title span must score this much ("les cofondateurs A et B")


@dataclass
class Weights:
    """One linear scorer: feature weights, read from and written to JSON."""

    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class Linker:
    scorers: dict[str, Weights]
    meta: dict = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "Linker":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        missing = [name for name in SCORERS if name not in data["scorers"]]
        if missing:
            raise ValueError(f"{path}: no weights for {', '.join(missing)} (not a linker of presse2data train?)")
        # the role scorers, and the funding scorers of models trained since they exist
        return cls({name: Weights(**w) for name, w in data["scorers"].items()}, data.get("meta", {}))

    def save(self, path: Path) -> None:
        data = {"meta": self.meta, "scorers": {name: {"threshold": w.threshold, "weights": dict(sorted(w.weights.items()))}
                                               for name, w in self.scorers.items()}}
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Link:
    """A role found: the person and organization entities (indexes) and the title (None: affiliation)."""

    person: int
    title: TitleSpan | None
    organization: int | None


# -- candidates: shared by training and run time ---------------------------------------------
def person_candidates(ctx: Context, title: TitleSpan, persons: list[Mention]) -> list[tuple[Mention, int]]:
    """Person mentions near a title, each with its rank by distance on its side; never in
    another item of a ``;`` list (``X (Kerlab), présidente ; Y (Lumio), trésorier``)."""
    near = [p for p in persons if ctx.sentence_gap(title.start, p.start) <= 1
            and min(abs(title.start - p.end), abs(p.start - title.end)) <= PERSON_WINDOW
            and not ctx.items_apart(title, p)]
    before = sorted((p for p in near if p.end <= title.start), key=lambda p: -p.end)
    after = sorted((p for p in near if p.start >= title.end), key=lambda p: p.start)
    return [(p, n) for side in (before, after) for n, p in enumerate(side, 1)]


def org_candidates(ctx: Context, title: TitleSpan, orgs: list[Mention]) -> list[tuple[Mention, int]]:
    """Organization mentions near a title, each with its rank by distance on its side; in a
    ``;`` list, those of the title's own item and the list's head (before its colon)."""
    near = [o for o in orgs if ctx.sentence_gap(title.start, o.start) <= ORG_SENTENCES
            and min(abs(title.start - o.end), abs(o.start - title.end)) <= ORG_WINDOW
            and (not ctx.items_apart(title, o) or ctx.heads_list(o, title))]
    before = sorted((o for o in near if o.end <= title.start), key=lambda o: -o.end)
    after = sorted((o for o in near if o.start >= title.end), key=lambda o: o.start)
    return [(o, n) for side in (before, after) for n, o in enumerate(side, 1)]


def affiliation_candidates(ctx: Context, persons: list[Mention], orgs: list[Mention]) -> list[tuple[Mention, Mention]]:
    out = []
    for p in persons:
        for o in orgs:
            if ctx.sentence_gap(p.start, o.start):
                continue
            if (o.start >= p.end and o.start - p.end <= AFFILIATION_AFTER) or (o.end <= p.start and p.start - o.end <= AFFILIATION_BEFORE):
                lo, hi = (p.end, o.start) if o.start >= p.end else (o.end, p.start)
                if not any(i in ctx.title_tokens for i in range(lo, hi)):
                    out.append((p, o))
    return out


def respectively(doc: Doc, ctx: Context, title: TitleSpan) -> bool:
    if feat.RESPECTIVELY not in doc_text(doc).lower():  # a gate: most articles lack the word
        return False
    sent = ctx.sent_of[title.start]
    return any(t.lower_ == feat.RESPECTIVELY and ctx.sent_of[t.i] == sent for t in doc)


# -- decoding ----------------------------------------------------------------------------------
def link(linker: Linker, doc: Doc, titles: list[TitleSpan], persons: list[Mention], orgs: list[Mention]) -> list[Link]:
    """The roles of a Doc from its title spans and person/organization mentions."""
    ctx = Context.of(doc, persons, orgs, titles)
    tp, to, po = (linker.scorers[name] for name in SCORERS)
    links: list[Link] = []
    for title in titles:
        resp = respectively(doc, ctx, title)
        scored = sorted(((tp.probability(feat.title_person(doc, ctx, title, p, resp, rank)), p)
                         for p, rank in person_candidates(ctx, title, persons)), key=lambda x: -x[0])
        if not scored or scored[0][0] < tp.threshold:
            continue
        # the best candidate over the threshold holds the title; others only when clearly so (a shared title)
        holders = {scored[0][1].entity} | {p.entity for score, p in scored[1:] if score >= max(tp.threshold, SHARED)}
        cands = org_candidates(ctx, title, orgs)
        best, best_score = None, to.probability(feat.title_org(doc, ctx, title, None, 0, len(cands)))
        for o, rank in cands:
            score = to.probability(feat.title_org(doc, ctx, title, o, rank, len(cands)))
            if score > best_score:
                best, best_score = o.entity, score
        links.extend(Link(person, title, best) for person in sorted(holders))
    for p, o in affiliation_candidates(ctx, persons, orgs):
        if po.probability(feat.person_org(doc, ctx, p, o)) >= po.threshold:
            links.append(Link(p.entity, None, o.entity))
    return links
