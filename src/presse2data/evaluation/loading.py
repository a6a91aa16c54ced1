"""Reading annotations and predictions, and running the pipeline once per process.

- gold: a folder of ``<article_id>.jsonl`` files (searched recursively, so
  ``annotations/2015/lyon-01.jsonl`` is article ``2015/lyon-01``), each in the
  contract's output format, ``source`` optional, ``article`` records ignored;
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

from ..reading import Article, iter_articles
from ..records import parse_record
from ..settings import Settings


class EvaluationInputError(ValueError):
    """Annotations or predictions that cannot be read: a usage error for the CLI."""


def shared_extractor(settings: Settings | None = None):
    """An :class:`~presse2data.Extractor`; cheap after the first, as the pipeline loads once per process."""
    from ..extractor import Extractor

    return Extractor(dataclasses.replace(settings or Settings(), reference_date=None))


def with_reference_date(article: Article, reference_date: dt.date | None) -> Article:
    """The run's reference date applies to articles without a ``published`` date (contract's Input)."""
    if reference_date is None or article.published:
        return article
    return dataclasses.replace(article, published=reference_date.isoformat())


def _parse_lines(lines: Iterable[str], where: str) -> Iterator[Any]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield parse_record(json.loads(line))
        except (json.JSONDecodeError, ValueError) as exc:
            first = str(exc).splitlines()[0]
            raise EvaluationInputError(f"{where}:{lineno}: not a valid record: {first}") from None


def load_records(path: str | Path) -> dict[str, list[Any]]:
    """Records of a JSON Lines file grouped by article id (``article`` records kept)."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationInputError(f"{path}: no such file")
    out: dict[str, list[Any]] = {}
    with path.open(encoding="utf-8") as stream:
        for record in _parse_lines(stream, str(path)):
            out.setdefault(record.article_id, []).append(record)
    return out


def load_gold(folder: str | Path) -> dict[str, list[Any]]:
    """Annotations per article id; an empty file is an article annotated as having no records."""
    folder = Path(folder)
    if not folder.is_dir():
        raise EvaluationInputError(f"{folder}: no such annotations folder")
    out: dict[str, list[Any]] = {}
    for path in sorted(folder.rglob("*.jsonl"), key=lambda p: p.relative_to(folder).as_posix()):
        article_id = path.relative_to(folder).with_suffix("").as_posix()
        records = [r for r in _parse_lines(path.read_text(encoding="utf-8").splitlines(), str(path)) if r.type != "article"]
        ids = {r.article_id for r in records}
        if ids - {article_id}:
            raise EvaluationInputError(f"{path}: records of article(s) {sorted(ids - {article_id})}, expected {article_id!r} (the file name)")
        out[article_id] = records
    if not out:
        raise EvaluationInputError(f"{folder}: no .jsonl annotation files")
    return out


def read_texts(corpus: str | Path, ids: Iterable[str] | None = None) -> dict[str, Article]:
    """Articles of a corpus (any source ``extract`` accepts), restricted to ``ids`` when given."""
    wanted = set(ids) if ids is not None else None
    return {a.id: a for a in iter_articles(corpus) if wanted is None or a.id in wanted}


def run_pipeline(articles: Iterable[Article], extractor=None, reference_date: dt.date | None = None) -> dict[str, list[Any]]:
    """Records per article id, extracted with ``extractor`` (the shared one by default)."""
    extractor = extractor or shared_extractor()
    articles = [with_reference_date(a, reference_date) for a in articles]
    return {records[0].article_id: records for records in extractor.extract_articles(articles)}


def check_gold_offsets(gold: dict[str, list[Any]], texts: dict[str, str]) -> list[str]:
    """Warnings for gold mentions whose ``text`` is not ``article[start:end]`` (broken annotations)."""
    out = []
    for article_id, records in gold.items():
        text = texts.get(article_id)
        if text is None:
            continue
        for r in records:
            spans = [(r.start, r.end, r.text), *((m.start, m.end, m.text) for m in getattr(r, "mentions", None) or [])]
            for start, end, surface in spans:
                if text[start:end] != surface:
                    out.append(f"{article_id}: gold {r.type} {surface!r} at {start}:{end} reads {text[start:end]!r} in the article")
    return out
