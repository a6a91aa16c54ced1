"""Scoring predictions against hand annotations (the contract's matching rules).

>>> from presse2data.evaluation import evaluate                      # doctest: +SKIP
>>> report = evaluate("annotations", corpus="corpus")                # runs the pipeline
>>> report = evaluate("annotations", predictions="records.jsonl")   # scores a file
>>> report = evaluate("gold_facts.jsonl", corpus="texts")            # article-level facts, one file
>>> report = evaluate("label-studio-export.json", predictions="records.jsonl")
>>> report.micro_f1, report.f1("amount", "lenient"), report.to_dict()["errors"][:3]
>>> assert not report.below({"person": 0.8, "micro": 0.5}), report.markdown()   # a golden test

The matching itself lives in :mod:`presse2data.evaluation.scoring`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .loading import (
    EvaluationInputError,
    check_gold_offsets,
    load_gold,
    load_records,
    read_texts,
    run_pipeline,
    shared_extractor,
)
from .results import Error, Report, Score
from .scoring import score, scored_types

Records = Mapping[str, list[Any]]


def _group(records: Iterable[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for r in records:
        out.setdefault(r.article_id, []).append(r)
    return out


def _as_records(value: str | Path | Records | Iterable[Any], loader) -> dict[str, list[Any]]:
    if isinstance(value, (str, Path)):
        return loader(value)
    if isinstance(value, Mapping):
        return {k: list(v) for k, v in value.items()}
    return _group(value)


def evaluate(
    gold: str | Path | Records | Iterable[Any],
    predictions: str | Path | Records | Iterable[Any] | None = None,
    corpus: str | Path | None = None,
    *,
    extractor=None,
    reference_date: dt.date | None = None,
) -> Report:
    """Score ``predictions`` (a JSONL file, records, or records per article) against ``gold``.

    ``gold`` is an annotations folder, a JSON Lines file of gold records (mention level
    or article-level facts), a Label Studio JSON export, or records. Without
    ``predictions`` the pipeline runs on the annotated articles of ``corpus`` (with
    ``extractor``, else a shared one); with both, ``corpus`` only supplies the article
    texts for context snippets. Raises :class:`EvaluationInputError` on unreadable
    input, and when ``corpus`` holds none of the annotated articles.
    """
    gold_records = _as_records(gold, load_gold)
    if predictions is None and corpus is None:
        raise EvaluationInputError("give predictions or a corpus to run the pipeline on")
    warnings: list[str] = []
    articles = {}
    if corpus is not None:
        if not Path(corpus).exists() and str(corpus) != "-":
            raise EvaluationInputError(f"{corpus}: no such corpus")
        articles = read_texts(corpus, gold_records)
        if not articles and predictions is None:
            some = ", ".join(sorted(gold_records)[:3])
            raise EvaluationInputError(f"no annotated article in {corpus} (the annotations are for {some}{' …' if len(gold_records) > 3 else ''})")
        missing = sorted(set(gold_records) - set(articles))
        if missing:
            warnings.append(f"{len(missing)} annotated article(s) not in the corpus: {', '.join(missing[:5])}")
    if predictions is None:
        predicted = run_pipeline(articles.values(), extractor, reference_date)
        for records in predicted.values():
            if records and records[0].type == "article" and records[0].status == "error":
                warnings.append(f"{records[0].article_id}: extraction failed: {records[0].error}")
    else:
        predicted = _as_records(predictions, load_records)
    texts = {a.id: a.text for a in articles.values() if a.text is not None}
    warnings += check_gold_offsets(gold_records, texts)
    return score(gold_records, predicted, texts, warnings)


__all__ = [
    "EvaluationInputError",
    "Error",
    "Report",
    "scored_types",
    "Score",
    "evaluate",
    "load_gold",
    "load_records",
    "shared_extractor",
]
