"""``presse2data evaluate``: scores against hand annotations (:func:`presse2data.evaluation.evaluate`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..evaluation import EvaluationInputError, evaluate, shared_extractor
from ..evaluation.report import print_report
from .exits import EXIT_FAILED, EXIT_OK, usage_error
from .options import checked_model, parse_date
from ..settings import Settings
from .app import app, console


@app.command("evaluate")
def evaluate_command(
    gold: Path = typer.Option(Path("annotations"), "--gold", help="Hand annotations: a folder of <article_id>.jsonl files, one JSON Lines file of records with article_id (mention level, or article-level facts without offsets), or a Label Studio JSON export."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="Corpus (folder, .txt or .jsonl of articles): runs the pipeline on its annotated articles; with --pred, only supplies context snippets."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="JSON Lines file of predicted records to score (as written by 'presse2data extract')."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the full report (scores, per-article scores, errors, warnings) as JSON to this file."),
    markdown_out: Optional[Path] = typer.Option(None, "--markdown", help="Also write the per-type table as Markdown to this file (for the README)."),
    fail_under: Optional[float] = typer.Option(None, "--fail-under", min=0.0, max=1.0, help="Exit 1 when the strict micro F1 is below this value."),
    per_article: bool = typer.Option(False, "--per-article", help="Also print a per-article breakdown."),
    errors: bool = typer.Option(True, "--errors/--no-errors", help="Print the false positives, false negatives and wrong values."),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help="YYYY-MM-DD: resolves relative dates of articles without a 'published' date (with --corpus)."),
    model: Optional[Path] = typer.Option(None, "--model", metavar="DIR", help="With --corpus: extract with this model folder of 'presse2data train' (default: the shipped one)."),
):
    """Score extraction against hand annotations: the errors, then per-type and micro P/R/F1 (strict and lenient)."""
    if corpus is None and pred is None:
        raise usage_error("give --corpus DIR (runs the pipeline) or --pred FILE (scores a file)")
    try:
        learned = checked_model(model)
        extractor = shared_extractor(Settings(learned=learned)) if learned and pred is None else None
        report = evaluate(gold, predictions=pred, corpus=corpus, reference_date=parse_date(reference_date), extractor=extractor)
    except (EvaluationInputError, OSError) as exc:
        raise usage_error(str(exc))
    except typer.BadParameter as exc:
        raise usage_error(str(exc))
    print_report(report, console(), per_article=per_article, errors=errors)
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if markdown_out is not None:
        markdown_out.write_text(report.markdown() + "\n", encoding="utf-8")
    micro = report.micro_f1
    if fail_under is not None and micro < fail_under:
        typer.echo(f"presse2data: micro F1 {micro:.3f} is below --fail-under {fail_under:.3f}", err=True)
        raise typer.Exit(EXIT_FAILED)
    raise typer.Exit(EXIT_OK)
