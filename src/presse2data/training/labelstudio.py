"""Training examples from a Label Studio export: what a user who annotates in Label Studio gives.

Regions labelled ``person``, ``organization``, ``place`` and ``title`` (or ``PER``, ``ORG``,
``LOC``, ``TITLE``) are the mentions and title spans; person and organization regions with the
same normalized ``name`` (the per-region ``normalized`` field that ``presse2data export
--label-studio`` fills), else the same text, are one entity. Relations drawn between regions
are the links, whichever way they point:

- title — person: the person holds the title; title — organization: the post is there;
- person — organization, with no title: an affiliation (a role with a null title);
- amount — organization: funding, ``to`` unless the relation is labelled ``by`` / ``funder``.

Other regions (amounts, dates, member counts) are read by :func:`presse2data.evaluation.labelstudio.gold_from_tasks`
for scoring; training reads only what it learns from.
"""

from __future__ import annotations

from ..outputs.labelstudio import LabelStudioError, _chosen, _normalized_of
from ..lang.names import fold_name
from .examples import Entity, Example

KINDS = {"person": "PER", "per": "PER", "organization": "ORG", "org": "ORG", "place": "LOC", "loc": "LOC",
         "title": "TITLE", "amount": "AMOUNT"}


def _label(region: dict) -> str | None:
    labels = (region.get("value") or {}).get("labels") or []
    return KINDS.get(labels[0].strip().lower()) if labels else None


def examples_from_tasks(tasks: list) -> list[Example]:
    if not isinstance(tasks, list):
        raise LabelStudioError("a Label Studio JSON export is a list of tasks")
    out = []
    for n, task in enumerate(tasks, 1):
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise LabelStudioError(f"task {n}: no data.text")
        results = _chosen(task)
        if results is None:
            continue
        article_id = str(data.get("article_id") or task.get("id") or f"task-{n}")
        out.append(_example(article_id, data["text"], [r for r in results if isinstance(r, dict)], f"task {n} ({article_id})"))
    if not out:
        raise LabelStudioError("no task has annotations or predictions")
    return out


def _example(article_id: str, text: str, results: list[dict], where: str) -> Example:
    names = _normalized_of(results, where)
    example = Example(article_id, text, full_text=text)
    entity_of: dict[str, int] = {}  # region id -> entity index
    titles: dict[str, tuple[int, int]] = {}
    amounts: dict[str, tuple[int, int]] = {}
    groups: dict[tuple[str, str], int] = {}
    for r in results:
        if r.get("type") != "labels":
            continue
        label, value = _label(r), r.get("value") or {}
        start, end = value.get("start"), value.get("end")
        if label is None or not isinstance(start, int) or not isinstance(end, int):
            continue
        rid = str(r.get("id"))
        if label == "TITLE":
            titles[rid] = (start, end)
            continue
        if label == "AMOUNT":
            amounts[rid] = (start, end)
            continue
        name = (names.get(rid) or {}).get("name") or text[start:end]
        key = (label, fold_name(name))
        if key not in groups:
            groups[key] = len(example.entities)
            example.entities.append(Entity(label, name, [], (names.get(rid) or {}).get("kind")))
        example.entities[groups[key]].mentions.append((start, end))
        entity_of[rid] = groups[key]
    example.titles = sorted(set(titles.values()))
    example.amounts = sorted(set(amounts.values()))
    holders: dict[str, list[int]] = {}
    posts: dict[str, int] = {}
    for r in results:
        if r.get("type") != "relation":
            continue
        a, b = str(r.get("from_id")), str(r.get("to_id"))
        kinds = {x: ("TITLE" if x in titles else "AMOUNT" if x in amounts else example.entities[entity_of[x]].label if x in entity_of else None) for x in (a, b)}
        pair = {kinds[a]: a, kinds[b]: b}
        if set(pair) == {"TITLE", "PER"}:
            holders.setdefault(pair["TITLE"], []).append(entity_of[pair["PER"]])
        elif set(pair) == {"TITLE", "ORG"}:
            posts[pair["TITLE"]] = entity_of[pair["ORG"]]
        elif set(pair) == {"PER", "ORG"}:
            example.roles.append((entity_of[pair["PER"]], None, entity_of[pair["ORG"]]))
        elif set(pair) == {"AMOUNT", "ORG"}:
            side = "by" if {label.lower() for label in r.get("labels") or []} & {"by", "funder", "funders"} else "to"
            example.funding.append((amounts[pair["AMOUNT"]], side, entity_of[pair["ORG"]]))
    for rid, people in holders.items():
        for person in people:
            example.roles.append((person, titles[rid], posts.get(rid)))
    return example
