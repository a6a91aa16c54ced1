"""Label Studio round trip: predictions out as pre-annotated tasks, corrected annotations back in as gold.

    presse2data export --label-studio out/records.jsonl -o tasks.json   # + tasks.label_config.xml
    # in Label Studio: new project, Labeling Interface > Code: paste tasks.label_config.xml,
    # import tasks.json, correct the spans, Export > JSON
    presse2data evaluate --gold project-export.json --pred out/records.jsonl

One task per article, in Label Studio's JSON task format: ``data.text`` is the article
text (offsets index it, as in the records), ``data.article_id`` names the article, and
``predictions[0].result`` holds one ``labels`` region per span (every mention of a person
or organization, every amount, member count and date), its label the record type.

Spans do not say what a record means (``14,7 millions d'euros`` → 14700000 EUR), so each
region also has a per-region ``TextArea`` result (``from_name: "normalized"``, same ``id``
as its region) holding one line of JSON: the record's fields other than its location,
e.g. ``{"value": 14700000, "currency": "EUR", "value_max": null, "qualifier": null}``;
for a person ``{"name": "Ysolde Brunelin", "roles": [...]}`` on its first mention and
``{"name": ...}`` on the others. Annotators correct that line where a value is wrong.

Back in (:func:`presse2data.evaluation.labelstudio.gold_from_tasks`): a task's annotation (the one marked ground truth, else
the last one not cancelled; a task never annotated gives its predictions) becomes gold
records with offsets: person and organization spans are grouped into one record per
normalized ``name`` (a new span without a normalized line is named by its text), with
the roles of all its spans; an amount or date span without a normalized line is read
with presse2data's normalizers. Labels may also be spelled as ``show`` does (``PERSON``,
``ORG``, ``AMOUNT``, ``MEMBERS``, ``DATE``), and the normalized line may instead sit in
a region's ``meta.text``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..facts import by_name, record_types, registry
from ..inputs.reading import iter_articles, iter_jsonl, read_file
from .recordfiles import read_text_file

# labels that only training reads (presse2data train): places, and title spans linked by relations
TRAINING_LABELS = {"place": "#ff9561", "title": "#ddd6fe"}
FROM_NAME, TO_NAME, NORMALIZED = "label", "text", "normalized"
LOCATION = ("type", "article_id", "text", "start", "end", "source", "mentions")


def labels() -> dict[str, str]:
    """Label -> colour: one label per record type (the registry's name and colour), then the training labels."""
    return {**{spec.name: spec.colour for spec in registry()}, **TRAINING_LABELS}


def aliases() -> dict[str, str]:
    """Other spellings of a label: ``show``'s (``ORG``, ``MEMBERS``) and those a type declares (``PER``)."""
    out = {"loc": "place"}
    for spec in registry():
        out.update({alias.lower(): spec.name for alias in (spec.label, *spec.label_aliases) if alias})
    return out


class LabelStudioError(ValueError):
    """Records or an export that cannot be turned into tasks or gold: a usage error for the CLI."""


def label_config() -> str:
    """The labelling interface the tasks are made for (Labeling Interface > Code)."""
    lines = "\n".join(f'    <Label value="{label}" background="{colour}"/>' for label, colour in labels().items())
    return f"""<View>
  <!-- presse2data {__version__}: one label per record type; offsets index the article text as is. -->
  <Style>.htx-text {{ white-space: pre-wrap; }}</Style>
  <Labels name="{FROM_NAME}" toName="{TO_NAME}">
{lines}
  </Labels>
  <!-- For training (presse2data train): mark places and title spans, and draw relations:
       title to person (who holds it), title to organization (where), person to organization
       (an affiliation without a title), amount to organization (funding: label "by" for a funder). -->
  <Relations>
    <Relation value="by"/>
  </Relations>
  <Text name="{TO_NAME}" value="$text"/>
  <!-- The normalized values of the selected region, one line of JSON, e.g.
       amount {{"value": 14700000, "currency": "EUR", "value_max": null, "qualifier": null}}
       date {{"value": "2014-11", "value_end": null, "mod": null, "relative": false}}
       member_count {{"organization": "Grappe Kerzéro", "count": 50, "unit": "adhérents", "qualifier": "about"}}
       person {{"name": "Ysolde Brunelin", "roles": [{{"title": "présidente", "organization": "Grappe Kerzéro"}}]}}
       organization {{"name": "Grappe Kerzéro", "kind": "association"}} -->
  <TextArea name="{NORMALIZED}" toName="{TO_NAME}" perRegion="true" editable="true" displayMode="region-list" rows="2" maxSubmissions="1" placeholder="normalized values (JSON)"/>
</View>
"""


# -- export -------------------------------------------------------------------------------------
def _read_lines(path: Path) -> Iterator[tuple[int, dict]]:
    text = read_text_file(path, "a JSON Lines file of records", LabelStudioError)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelStudioError(f"{path}:{lineno}: not JSON Lines: {exc.msg} (column {exc.colno})") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("type"), str) or not isinstance(raw.get("article_id"), str):
            raise LabelStudioError(f"{path}:{lineno}: not a presse2data record (needs 'type' and 'article_id')")
        yield lineno, raw


def _group(path: Path) -> dict[str, tuple[dict | None, list[dict]]]:
    """Per article id, in file order: its ``article`` record (or None) and its fact records."""
    out: dict[str, tuple[dict | None, list[dict]]] = {}
    for lineno, raw in _read_lines(path):
        head, facts = out.setdefault(raw["article_id"], (None, []))
        if raw["type"] == "article":
            out[raw["article_id"]] = (raw, facts)
        elif raw["type"] in record_types():
            for key in ("start", "end"):
                if not isinstance(raw.get(key), int):
                    raise LabelStudioError(f"{path}:{lineno}: {raw['type']} record without offsets ({key!r}); export needs records as 'extract' writes them")
            facts.append(raw)
    if not out:
        raise LabelStudioError(f"{path}: no records")
    return out


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _article_text(head: dict | None, article_id: str, corpus: dict[str, Any] | None, base: Path) -> str:
    """The text the offsets index: the one the ``article`` record carries, else the corpus's, else its ``path``'s."""
    expected = head.get("sha256") if head else None
    candidates: list[tuple[str, str]] = []
    if head is not None and expected:  # the record's own text wins: it is what was extracted
        candidates += [(f"its article record's {k!r}", v) for k, v in head.items() if isinstance(v, str) and _sha(v) == expected]
    path = head.get("path") if head else None
    if not candidates and corpus is not None:
        article = corpus.get(article_id)
        if article is None or article.text is None:
            raise LabelStudioError(f"article {article_id!r}: not in the corpus" + (f" ({article.error})" if article is not None else ""))
        candidates.append(("the corpus", article.text))
    elif not candidates and isinstance(path, str):
        candidates += _text_at(path, article_id, base)
    if not candidates:
        raise LabelStudioError(f"article {article_id!r}: its text is not in the records and {path!r} cannot be read; give --corpus")
    where, text = candidates[0]
    if expected and _sha(text) != expected:
        raise LabelStudioError(f"article {article_id!r}: the text from {where} is not the one extracted (sha256 differs)")
    return text


def _text_at(path: str, article_id: str, base: Path) -> list[tuple[str, str]]:
    """The text at a record's ``path`` (a file, or ``<file>.jsonl:<line>``), from here or beside the records."""
    file, line = (path.rsplit(":", 1) + [""])[:2] if re.fullmatch(r".+\.(jsonl|ndjson):\d+", path, re.I) else (path, "")
    for where in (Path(file), base / file):
        if not where.is_file():
            continue
        if not line:
            found = read_file(where, article_id)
            return [(str(where), found.text)] if found.text is not None else []
        with where.open("rb") as stream:
            for article in iter_jsonl(stream, where.name, str(where)):
                if article.path == f"{where}:{line}":
                    return [(f"{where}:{line}", article.text)] if article.text is not None else []
    return []


def _normalized(record: dict, keep: Iterable[str] | None = None) -> str:
    fields = {k: v for k, v in record.items() if k not in LOCATION and (keep is None or k in keep)}
    return json.dumps(fields, ensure_ascii=False)


def _regions(facts: list[dict], text: str, article_id: str) -> list[dict]:
    """Label Studio results: a ``labels`` region and its ``normalized`` TextArea per span."""
    out: list[dict] = []
    for n, record in enumerate(facts):
        type_ = record["type"]
        if by_name(type_).entity:  # a region per mention, the first one with all the values
            mentions = sorted(record.get("mentions") or [record], key=lambda m: (m["start"], m["end"]))
            spans = [(m["start"], m["end"], _normalized(record) if i == 0 else _normalized(record, ("name",))) for i, m in enumerate(mentions)]
        else:
            spans = [(record["start"], record["end"], _normalized(record))]
        for i, (start, end, normalized) in enumerate(spans):
            if not (0 <= start <= end <= len(text)):
                raise LabelStudioError(f"article {article_id!r}: {type_} span {start}:{end} is outside the text ({len(text)} characters)")
            region = f"{article_id}#{n}.{i}"
            location = {"start": start, "end": end}
            out.append({"id": region, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
                        "value": {**location, "text": text[start:end], "labels": [type_]}})
            out.append({"id": region, "from_name": NORMALIZED, "to_name": TO_NAME, "type": "textarea",
                        "value": {**location, "text": [normalized]}})
    return out


def export_tasks(records: str | Path, corpus: str | Path | None = None) -> tuple[list[dict], list[str]]:
    """Label Studio tasks for the articles of a records file, and warnings (articles left out)."""
    path = Path(records)
    grouped = _group(path)
    articles = None
    if corpus is not None:
        from ..inputs.reading import InputError

        try:
            articles = {a.id: a for a in iter_articles(corpus) if a.id in grouped}
        except InputError as exc:
            raise LabelStudioError(str(exc)) from None
    tasks, warnings = [], []
    for article_id, (head, facts) in grouped.items():
        if head is not None and head.get("status") == "error":
            warnings.append(f"article {article_id!r} left out: its extraction failed ({head.get('error')})")
            continue
        text = _article_text(head, article_id, articles, path.parent)
        data = {"text": text, "article_id": article_id}
        if head is not None and head.get("title"):
            data["title"] = head["title"]
        tasks.append({"data": data, "predictions": [{"model_version": f"presse2data {__version__}", "result": _regions(facts, text, article_id)}]})
    return tasks, warnings


# -- reading tasks back (gold: evaluation.labelstudio; training: training.labelstudio) ------------------
def _chosen(task: dict) -> list[dict] | None:
    """The result to read as gold: the ground-truth annotation, else the last kept one, else the predictions."""
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    if annotations:
        truth = [a for a in annotations if a.get("ground_truth")]
        return (truth or annotations)[-1].get("result") or []
    predictions = [p for p in task.get("predictions") or [] if isinstance(p, dict)]
    return predictions[-1].get("result") or [] if predictions else None


def _normalized_of(results: list[dict], where: str) -> dict[str, dict]:
    """Normalized fields per region id, from per-region TextAreas or a region's ``meta.text``."""
    out: dict[str, dict] = {}
    for r in results:
        lines = None
        if r.get("type") == "textarea" and r.get("from_name") == NORMALIZED:
            lines = (r.get("value") or {}).get("text")
        elif r.get("type") == "labels" and isinstance(r.get("meta"), dict):
            lines = r["meta"].get("text")
        if isinstance(lines, str):
            lines = [lines]
        line = " ".join(s for s in lines or [] if isinstance(s, str)).strip()
        if not line:
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelStudioError(f"{where}, region {r.get('id')!r}: normalized values are not JSON ({exc.msg}): {line[:80]}") from None
        if not isinstance(fields, dict):
            raise LabelStudioError(f"{where}, region {r.get('id')!r}: normalized values must be a JSON object: {line[:80]}")
        out[str(r.get("id"))] = fields
    return out


def config_path(output: Path) -> Path:
    """Where the labelling config goes: beside the tasks, ``tasks.json`` → ``tasks.label_config.xml``."""
    return output.with_name(f"{output.stem}.label_config.xml")


def run_export(records: str | Path, output: Path | None, corpus: str | Path | None = None) -> list[str]:
    """``presse2data export --label-studio``: tasks to ``output`` (else standard output), config beside them.

    Returns the lines to tell the user (warnings, then what was written); raises
    :class:`LabelStudioError` before writing anything when the input or the output path is unusable.
    """
    if output is not None:
        if output.is_dir():
            raise LabelStudioError(f"-o {output}: is a folder, give a file name (e.g. {output / 'tasks.json'})")
        if not output.parent.is_dir():
            raise LabelStudioError(f"-o {output}: no such folder {output.parent}")
        if Path(records).resolve() == output.resolve():
            raise LabelStudioError(f"-o {output}: is the records file itself")
    tasks, notes = export_tasks(records, corpus)
    payload = json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"
    spans = sum(1 for t in tasks for r in t["predictions"][0]["result"] if r["type"] == "labels")
    if output is None:
        sys.stdout.write(payload)
        # the labelling config is a file to paste: -o writes it beside the tasks, stderr stays for messages
        return [*notes, f"{len(tasks)} task(s), {spans} span(s) on standard output; with -o FILE, the labelling config is written beside it"]
    try:
        output.write_text(payload, encoding="utf-8")
        config_path(output).write_text(label_config(), encoding="utf-8")
    except OSError as exc:
        raise LabelStudioError(f"-o {output}: cannot write: {exc.strerror}") from None
    return [
        *notes,
        f"wrote {len(tasks)} task(s), {spans} span(s) to {output}",
        f"labelling config in {config_path(output)} (Label Studio: project Settings > Labeling Interface > Code)",
    ]


__all__ = ["LabelStudioError", "aliases", "config_path", "export_tasks", "label_config", "labels", "run_export"]
