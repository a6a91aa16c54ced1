"""The ``presse2data`` command: thin typer wrappers around library functions.

Exit codes: see :mod:`presse2data.exits`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .exits import EXIT_FAILED, EXIT_OK, usage_error
from .records import FACT_TYPES

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Structured facts (people, organizations, amounts, member counts, dates) from French tech-press articles, as JSON Lines.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

def parse_types(value: str | None) -> tuple[str, ...]:
    if not value:
        return FACT_TYPES
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    if not types:
        raise typer.BadParameter(f"no type given; choose from {', '.join(FACT_TYPES)}")
    unknown = [t for t in types if t not in FACT_TYPES]
    if unknown:
        raise typer.BadParameter(f"unknown type(s) {', '.join(unknown)}; choose from {', '.join(FACT_TYPES)}")
    return types


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None


@app.command()
def extract(
    source: str = typer.Argument(..., help="Corpus folder (searched recursively for *.txt), a .txt file, a .jsonl file of articles, or - for JSON Lines on standard input."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write records to this file instead of standard output."),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help="YYYY-MM-DD: resolves relative dates of articles without a 'published' date."),
    types: Optional[str] = typer.Option(None, "--types", help=f"Comma-separated fact types to emit (default: all): {', '.join(FACT_TYPES)}. Article records are always emitted."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per spaCy batch."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (each loads the model once); output order is kept."),
    resume: bool = typer.Option(False, "--resume", help="With -o: keep the complete articles already in the file, append the rest."),
    scheduler: Optional[str] = typer.Option(
        None,
        "--scheduler",
        metavar="ADDRESS",
        help="Run on a Dask cluster, same output: tcp://host:8786 (a running 'dask scheduler'), a scheduler "
        "file (scheduler.json), or local:N for N worker processes here. SOURCE may then also be a URL the "
        "workers read (s3://bucket/corpus/, file:///shared/corpus/).",
    ),
):
    """Extract records from articles and write them as JSON Lines, one article record per input article.

    Exit codes: 0 every article succeeded, 1 some articles failed (the others are
    written), 2 usage error (bad option, unreadable input, unusable output).
    """
    from .reading import InputError
    from .run import run_extract
    from .settings import Settings

    if scheduler is not None and workers != 1:
        raise usage_error("--workers and --scheduler exclude each other: use --scheduler local:N for N local workers")
    settings = Settings(
        types=parse_types(types),
        reference_date=parse_date(reference_date),
        batch_size=batch_size,
        workers=workers,
        scheduler=scheduler,
    )
    try:
        summary = run_extract(source, output, settings, progress=not quiet and sys.stderr.isatty(), resume=resume)
    except InputError as exc:
        raise usage_error(str(exc))
    if not quiet:
        typer.echo(summary.describe(), err=True)
    raise typer.Exit(EXIT_FAILED if summary.failed or summary.resumed_failed else EXIT_OK)


@app.command()
def schema():
    """Print the JSON Schema of one record line (any record type)."""
    from .records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


# Commands whose code lives with their concern.
from .evaluation.cli import evaluate_command  # noqa: E402
from .show import show_command  # noqa: E402

app.command("evaluate")(evaluate_command)
app.command("show")(show_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
