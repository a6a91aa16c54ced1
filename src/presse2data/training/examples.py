"""Annotated excerpts as training examples, and as spaCy Docs (``DocBin``).

An :class:`Example` is what the who-is-who learns from: the text of the annotated body, every
person, organization and place mention (``PER``, ``ORG``, ``LOC``), every title span, and the
links between them. It is read from the project's own format (the span-level gold that
``annotations/build.py --spans`` writes: records with mentions, roles with a title ``mention``,
amounts with ``recipient``/``funders``, ``place`` and ``body`` lines) or from a Label Studio
export (:mod:`.labelstudio_export`).

As a spaCy ``Doc`` (:func:`to_doc`): ``doc.ents`` are the mentions, ``doc.spans["title"]`` the
title spans, and ``doc.user_data["presse2data_links"]`` the links, character offsets into the
Doc's text (JSON-like, so a ``DocBin`` keeps them)::

    {"entities": [{"label": "PER", "name": "Ana Roy", "mentions": [[0, 7], ...]}, ...],
     "roles": [[person, [title_start, title_end] or null, organization or null], ...],
     "member_counts": [[[start, end], organization or null], ...],
     "funding": [[[start, end], "to" | "by", organization], ...],
     "amounts": [[start, end], ...]}

where ``person`` and ``organization`` index ``entities``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

LINKS_KEY = "presse2data_links"
TITLE_GROUP = "title"
LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}

Offsets = tuple[int, int]


class TrainingDataError(ValueError):
    """Annotations that cannot become training examples: a usage error for the CLI."""


@dataclass
class Entity:
    label: str  # PER, ORG or LOC
    name: str
    mentions: list[Offsets]
    kind: str | None = None


@dataclass
class Example:
    id: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    titles: list[Offsets] = field(default_factory=list)
    roles: list[tuple[int, Offsets | None, int | None]] = field(default_factory=list)
    member_counts: list[tuple[Offsets, int | None]] = field(default_factory=list)
    funding: list[tuple[Offsets, str, int]] = field(default_factory=list)
    amounts: list[Offsets] = field(default_factory=list)  # every amount mention, linked or not
    full_text: str = ""  # the whole article (``text`` is its annotated body), for extraction and scoring

    def links(self) -> dict:
        return {
            "entities": [{"label": e.label, "name": e.name, "kind": e.kind, "mentions": [list(m) for m in e.mentions]}
                         for e in self.entities],
            "roles": [[p, list(t) if t else None, o] for p, t, o in self.roles],
            "member_counts": [[list(s), o] for s, o in self.member_counts],
            "funding": [[list(s), side, o] for s, side, o in self.funding],
            "amounts": [list(s) for s in self.amounts],
        }


def from_records(article_id: str, text: str, records: Iterable[dict]) -> Example:
    """An example from one article's span-level gold records (dicts) and its text.

    The example covers the ``body`` line's range (the whole text without one), offsets shifted
    to it; persons and organizations referred to by ``name`` in roles and links are looked up
    among the records.
    """
    records = list(records)
    body = next((r for r in records if r.get("type") == "body"), None)
    start, end = (body["start"], body["end"]) if body else (0, len(text))
    shift = lambda s, e: (s - start, e - start)  # noqa: E731
    example = Example(article_id, text[start:end], full_text=text)
    index: dict[tuple[str, str], int] = {}
    for r in records:
        label = LABELS.get(r.get("type"))
        if label is None:
            continue
        mentions = r.get("mentions") or [{"start": r["start"], "end": r["end"]}]
        for m in mentions:
            if not (start <= m["start"] <= m["end"] <= end):
                raise TrainingDataError(f"{article_id}: {r['type']} {r.get('name')!r} has a mention outside the annotated body")
        index[(r["type"], r["name"])] = len(example.entities)
        example.entities.append(Entity(label, r["name"], [shift(m["start"], m["end"]) for m in mentions], r.get("kind")))

    def org(name: str | None) -> int | None:
        if name is None:
            return None
        if ("organization", name) not in index:
            raise TrainingDataError(f"{article_id}: a link names {name!r}, which is no organization record")
        return index[("organization", name)]

    for r in records:
        if r.get("type") == "person":
            person = index[("person", r["name"])]
            for role in r.get("roles") or []:
                mention = role.get("mention")
                title = shift(mention["start"], mention["end"]) if mention else None
                if title and title not in example.titles:
                    example.titles.append(title)
                example.roles.append((person, title, org(role.get("organization"))))
        elif r.get("type") == "member_count":
            example.member_counts.append((shift(r["start"], r["end"]), org(r.get("organization"))))
        elif r.get("type") == "amount":
            example.amounts.append(shift(r["start"], r["end"]))
            if r.get("recipient"):
                example.funding.append((shift(r["start"], r["end"]), "to", org(r["recipient"])))
            for funder in r.get("funders") or []:
                example.funding.append((shift(r["start"], r["end"]), "by", org(funder)))
    example.titles.sort()
    return example


def read_folder(gold: Path, texts: Path) -> Iterator[Example]:
    """Examples of a folder of ``<id>.jsonl`` span-level gold files, texts in ``texts/<id>.txt``."""
    paths = sorted(Path(gold).glob("*.jsonl"))
    if not paths:
        raise TrainingDataError(f"{gold}: no .jsonl annotation files")
    for path in paths:
        text_path = Path(texts) / f"{path.stem}.txt"
        if not text_path.is_file():
            raise TrainingDataError(f"{path.stem}: no text at {text_path} (re-obtain the texts: see the set's README)")
        text = text_path.read_bytes().decode("utf-8")
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for r in records:
            for m in ([r] if "text" in r else []) + list(r.get("mentions") or []):
                if text[m["start"]:m["end"]] != m["text"]:
                    raise TrainingDataError(f"{path.stem}: {m['text']!r} is not the text at {m['start']}:{m['end']} (a different copy of the text?)")
        yield from_records(path.stem, text, records)


def to_doc(nlp, example: Example):
    """The example as a gold ``Doc`` (tokenized by ``nlp``); spans are snapped to tokens."""
    doc = nlp.make_doc(example.text)
    set_gold_entities(doc, example)
    titles = [doc.char_span(s, e, label="TITLE", alignment_mode="expand") for s, e in example.titles]
    doc.spans[TITLE_GROUP] = [t for t in titles if t is not None]
    doc.user_data[LINKS_KEY] = example.links()
    return doc


def set_gold_entities(doc, example: Example) -> list[tuple[object, int]]:
    """Put the example's mentions on ``doc`` as its entities (snapped to tokens); returns each
    kept span with the index of its entity in ``example.entities``."""
    found = []
    for n, entity in enumerate(example.entities):
        for s, e in entity.mentions:
            span = doc.char_span(s, e, label=entity.label, alignment_mode="expand")
            if span is not None:
                found.append((span, n))
    doc.ents = _without_overlaps([span for span, _ in found])
    kept = {(e.start, e.end) for e in doc.ents}
    return [(span, n) for span, n in found if (span.start, span.end) in kept]


def _without_overlaps(spans):
    """Snapping to tokens can make two mentions overlap (a token holding both): keep the longer."""
    out, taken = [], set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return sorted(out, key=lambda s: s.start)


def to_docbin(nlp, examples: Iterable[Example], path: Path) -> int:
    """Write examples as a ``DocBin`` (``.spacy``) with their links; returns how many."""
    from spacy.tokens import DocBin

    docs = DocBin(store_user_data=True)
    n = 0
    for example in examples:
        docs.add(to_doc(nlp, example))
        n += 1
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    docs.to_disk(path)
    return n
