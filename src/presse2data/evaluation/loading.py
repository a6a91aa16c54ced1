"""Reading annotations and predictions, and running the pipeline once per process.

- gold, any of
  - a folder of ``<article_id>.jsonl`` files (searched recursively, so
    ``annotations/2015/lyon-01.jsonl`` is article ``2015/lyon-01``; ``article_id`` may
    be left out of its lines); a subfolder with a ``sources.jsonl`` is a set of its own
    (``annotations/press-train``), read only when named;
  - one JSON Lines file of records of many articles, each line with its ``article_id``;
  - a Label Studio JSON export (a list of tasks, see :mod:`presse2data.evaluation.labelstudio`);

  records in the contract's output format (``source`` optional, ``article`` records
  ignored) or article-level facts without offsets (:mod:`.gold`), mixed freely;
- predictions: one JSON Lines file, as ``presse2data extract`` writes it;
- or a corpus run through :class:`presse2data.Extractor`, built once per model
  and cached so that the CLI commands and their tests share one pipeline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .files import EvaluationInputError, read_text_file
from ..inputs.reading import Article, InputError, iter_articles
from ..records import parse_record
from ..settings import Settings
from ..outputs.labelstudio import LabelStudioError
from .gold import UNSCORED_TYPES, is_article_level, parse_gold
from .labelstudio import gold_from_tasks


def shared_extractor(settings: Settings | None = None):
    """An :class:`~presse2data.Extractor`; cheap after the first, as the pipeline loads once per process."""
    from ..extractor import Extractor

    return Extractor(dataclasses.replace(settings or Settings(), reference_date=None))


def _json_lines(text: str, where: str) -> Iterator[tuple[int, Any]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationInputError(f"{where}:{lineno}: not JSON Lines: {exc.msg} (column {exc.colno})") from None


def _parse_lines(text: str, where: str) -> Iterator[Any]:
    for lineno, raw in _json_lines(text, where):
        try:
            yield parse_record(raw)
        except ValueError as exc:
            first = str(exc).splitlines()[0]
            raise EvaluationInputError(f"{where}:{lineno}: not a valid record: {first}") from None


def load_records(path: str | Path) -> dict[str, list[Any]]:
    """Records of a JSON Lines file grouped by article id (``article`` records kept)."""
    path = Path(path)
    out: dict[str, list[Any]] = {}
    for record in _parse_lines(read_text_file(path, "a JSON Lines file of records"), str(path)):
        out.setdefault(record.article_id, []).append(record)
    if not out:
        raise EvaluationInputError(f"{path}: no records (an empty file)")
    return out


def _gold_lines(text: str, where: str, article_id: str | None = None) -> Iterator[Any]:
    """Gold records of JSON Lines; ``article_id`` fills the lines that leave it out."""
    for lineno, raw in _json_lines(text, where):
        if isinstance(raw, dict) and raw.get("type") in UNSCORED_TYPES:
            continue
        if isinstance(raw, dict) and article_id is not None and "article_id" not in raw:
            raw = {**raw, "article_id": article_id}
        if isinstance(raw, dict) and not isinstance(raw.get("article_id"), str):
            raise EvaluationInputError(f"{where}:{lineno}: not a valid gold record: missing string field 'article_id'")
        try:
            yield parse_gold(raw)
        except ValueError as exc:
            raise EvaluationInputError(f"{where}:{lineno}: not a valid gold record: {exc}") from None


SET_MARK = "sources.jsonl"
"""A folder holding this file is an annotation set of its own (``annotations/press-train``):
its list of sources is no gold, and a parent folder's annotations leave the set out."""


def _gold_files(folder: Path) -> list[Path]:
    """The ``*.jsonl`` files of ``folder`` and its subfolders, less the sets nested in it."""
    sets = [p.parent for p in folder.rglob(SET_MARK) if p.parent != folder]
    return [p for p in folder.rglob("*.jsonl")
            if p.name != SET_MARK and not any(s in p.parents for s in sets)]


def _gold_folder(folder: Path) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for path in sorted(_gold_files(folder), key=lambda p: p.relative_to(folder).as_posix()):
        article_id = path.relative_to(folder).with_suffix("").as_posix()
        records = list(_gold_lines(read_text_file(path, "a JSON Lines file"), str(path), article_id))
        ids = {r.article_id for r in records}
        if ids - {article_id}:
            raise EvaluationInputError(f"{path}: records of article(s) {sorted(ids - {article_id})}, expected {article_id!r} (the file name)")
        out[article_id] = records
    if not out:
        raise EvaluationInputError(f"{folder}: no .jsonl annotation files")
    return out


def _gold_file(path: Path) -> dict[str, list[Any]]:
    text = read_text_file(path, "an annotations file (JSON Lines, or a Label Studio JSON export)")
    if text.lstrip().startswith("["):
        try:
            tasks = json.loads(text)
        except json.JSONDecodeError as exc:
            raise EvaluationInputError(f"{path}: not a Label Studio JSON export: {exc.msg} (line {exc.lineno})") from None
        try:
            return gold_from_tasks(tasks)
        except LabelStudioError as exc:
            raise EvaluationInputError(f"{path}: {exc}") from None
    out: dict[str, list[Any]] = {}
    for record in _gold_lines(text, str(path)):
        out.setdefault(record.article_id, []).append(record)
    if not out:
        raise EvaluationInputError(f"{path}: no annotations (an empty file)")
    return out


def load_gold(source: str | Path) -> dict[str, list[Any]]:
    """Annotations per article id, from a folder, a JSON Lines file or a Label Studio export.

    In a folder, an empty file is an article annotated as having no records.
    """
    source = Path(source)
    if source.is_dir():
        return _gold_folder(source)
    if source.is_file():
        return _gold_file(source)
    raise EvaluationInputError(f"{source}: no such annotations folder or file")


def article_level(gold: dict[str, list[Any]]) -> set[str]:
    """Articles annotated (at least partly) with article-level facts."""
    return {a for a, records in gold.items() if any(is_article_level(r) for r in records)}


def read_texts(corpus: str | Path, ids: Iterable[str] | None = None) -> dict[str, Article]:
    """Articles of a corpus (any source ``extract`` accepts), restricted to ``ids`` when given."""
    wanted = set(ids) if ids is not None else None
    try:
        return {a.id: a for a in iter_articles(corpus) if wanted is None or a.id in wanted}
    except InputError as exc:
        raise EvaluationInputError(str(exc)) from None


def run_pipeline(articles: Iterable[Article], extractor=None, reference_date: dt.date | None = None) -> dict[str, list[Any]]:
    """Records per article id, extracted with ``extractor`` (the shared one by default)."""
    extractor = extractor or shared_extractor()
    return {records[0].article_id: records for records in extractor.extract_articles(articles, reference_date)}


def check_gold_offsets(gold: dict[str, list[Any]], texts: dict[str, str]) -> list[str]:
    """Warnings for gold mentions whose ``text`` is not ``article[start:end]`` (broken annotations)."""
    out = []
    for article_id, records in gold.items():
        text = texts.get(article_id)
        if text is None:
            continue
        for r in records:
            if is_article_level(r):
                continue
            spans = [(r.start, r.end, r.text), *((m.start, m.end, m.text) for m in getattr(r, "mentions", None) or [])]
            for start, end, surface in spans:
                if text[start:end] != surface:
                    out.append(f"{article_id}: gold {r.type} {surface!r} at {start}:{end} reads {text[start:end]!r} in the article")
    return out
