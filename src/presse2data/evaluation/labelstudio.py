"""Gold records from a Label Studio JSON export (the way back of ``export --label-studio``,
:mod:`presse2data.outputs.labelstudio`).

A task's annotation (the one marked ground truth, else the last one not cancelled; a task
never annotated gives its predictions) becomes gold records with offsets: the spans of a
named entity type (persons, organizations) are grouped into one record per normalized
``name`` (a new span without a normalized line is named by its text), with the parts (roles)
of all its spans; a span of another type without a normalized line is read with its type's
``parse`` (amounts, dates), else refused.
"""

from __future__ import annotations

from typing import Any

from ..facts import by_name, record_types
from ..outputs.labelstudio import LOCATION, NORMALIZED, TRAINING_LABELS, LabelStudioError, _chosen, _normalized_of, aliases
from .gold import parse_gold


def _label_type(labels: Any, where: str) -> str:
    if not isinstance(labels, list) or len(labels) != 1 or not isinstance(labels[0], str):
        raise LabelStudioError(f"{where}: a region needs exactly one label, got {labels!r}")
    name = labels[0].strip().lower()
    type_ = aliases().get(name, name)
    known = (*record_types(), *TRAINING_LABELS)
    if type_ not in known:
        raise LabelStudioError(f"{where}: unknown label {labels[0]!r}; the labels are {', '.join(known)}")
    return type_


def _parsed_value(type_: str, surface: str, where: str) -> dict:
    """A hand-added span without normalized values: read it as the pipeline would (its type's ``parse``)."""
    parse = by_name(type_).parse
    parsed = parse(surface) if parse is not None else None
    if parsed is not None:
        return parsed
    raise LabelStudioError(f"{where}: {type_} span {surface!r} has no normalized values; fill its '{NORMALIZED}' field")


def _task_records(task: dict, results: list[dict], article_id: str, where: str) -> list[dict]:
    normalized = _normalized_of(results, where)
    text = (task.get("data") or {}).get("text")
    grouped: dict[tuple[str, str], dict] = {}
    out: list[dict] = []
    for r in results:
        if r.get("type") != "labels":
            continue
        value = r.get("value") or {}
        start, end = value.get("start"), value.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            raise LabelStudioError(f"{where}, region {r.get('id')!r}: no character offsets")
        surface = value.get("text")
        if isinstance(text, str):
            surface = text[start:end]
        if not isinstance(surface, str):
            raise LabelStudioError(f"{where}, region {r.get('id')!r}: no text")
        type_ = _label_type(value.get("labels"), f"{where}, region {r.get('id')!r}")
        if type_ in TRAINING_LABELS:
            continue  # not scored: training reads them (presse2data.training.labelstudio)
        fields = dict(normalized.get(str(r.get("id")), {}))
        for key in LOCATION:
            fields.pop(key, None)
        location = {"type": type_, "article_id": article_id, "text": surface, "start": start, "end": end}
        spec = by_name(type_)
        if spec.entity:
            name = fields.pop("name", None) or surface
            key = (type_, spec.fold(name))
            mention = {"start": start, "end": end, "text": surface}
            record = grouped.get(key)
            if record is None:
                record = grouped[key] = {**location, "name": name, "mentions": [], **{p.field: [] for p in spec.parts}}
                out.append(record)
            record["mentions"].append(mention)
            for part in spec.parts:
                for sub in fields.pop(part.field, None) or []:
                    if sub not in record[part.field]:
                        record[part.field].append(sub)
            for k, v in fields.items():
                if record.get(k) is None:
                    record[k] = v
        else:
            if not fields:
                fields = _parsed_value(type_, surface, f"{where}, region {r.get('id')!r}")
            out.append({**location, **fields})
    for record in out:
        if "mentions" in record:
            record["mentions"].sort(key=lambda m: (m["start"], m["end"]))
            first = record["mentions"][0]
            record.update(text=first["text"], start=first["start"], end=first["end"])
    return sorted(out, key=lambda r: (r["start"], r["end"]))


def gold_from_tasks(tasks: Any) -> dict[str, list[Any]]:
    """Gold records per article id from a Label Studio JSON export (tasks never annotated nor predicted are left out)."""
    if not isinstance(tasks, list):
        raise LabelStudioError("a Label Studio JSON export is a list of tasks")
    out: dict[str, list[Any]] = {}
    for n, task in enumerate(tasks, 1):
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise LabelStudioError(f"task {n}: not a Label Studio task (no 'data')")
        article_id = task["data"].get("article_id") or (str(task["id"]) if task.get("id") is not None else f"task-{n}")
        where = f"task {n} ({article_id})"
        results = _chosen(task)
        if results is None:
            continue
        if article_id in out:
            raise LabelStudioError(f"{where}: a second task for article {article_id!r}")
        records = []
        for raw in _task_records(task, [r for r in results if isinstance(r, dict)], str(article_id), where):
            try:
                records.append(parse_gold(raw))
            except ValueError as exc:
                raise LabelStudioError(f"{where}: {raw['type']} {raw['text']!r} at {raw['start']}:{raw['end']}: {exc}") from None
        out[str(article_id)] = records
    if not out:
        raise LabelStudioError("no task has annotations or predictions")
    return out


__all__ = ["gold_from_tasks"]
