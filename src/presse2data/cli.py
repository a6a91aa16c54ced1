"""The ``presse2data`` command: thin typer wrappers around library functions.

Exit codes: see :mod:`presse2data.exits`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .exits import EXIT_OK, usage_error
from .options import parse_date, parse_types
from .records import FACT_TYPES

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Structured facts (people, organizations, amounts, member counts, dates) from French tech-press articles, as JSON Lines.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"presse2data {version('presse2data')}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
):
    """Structured facts (people, organizations, amounts, member counts, dates) from French tech-press articles, as JSON Lines."""


@app.command()
def extract(
    source: str = typer.Argument(..., help="Corpus folder (searched recursively for *.txt, *.html, *.htm), a .txt or .html file, a .jsonl file of articles, or - for standard input (JSON Lines, or one plain-text article)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write records to this file instead of standard output."),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help="YYYY-MM-DD: resolves relative dates of articles without a 'published' date."),
    types: Optional[str] = typer.Option(None, "--types", help=f"Comma-separated fact types to emit (default: all): {', '.join(FACT_TYPES)}. Article records are always emitted."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per spaCy batch."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (each loads the model once); output order is kept."),
    resume: bool = typer.Option(False, "--resume", help="With -o: keep the complete articles already in the file, append the rest (same input and options only)."),
    with_text: bool = typer.Option(False, "--with-text", help="Put each article's text (what the offsets index) into its article record, as 'article_text'."),
    article_timeout: float = typer.Option(60.0, "--article-timeout", min=0, metavar="SECONDS", help="Time budget of one article; an article over it gets an error record and the run goes on (0: none; extraction then runs in this process when --workers is 1)."),
    max_chars: int = typer.Option(2_000_000, "--max-chars", min=0, metavar="N", help="Refuse articles longer than N characters with an error record (0: no limit)."),
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
    written), 2 usage error (bad option, unreadable input, unusable output, full disk),
    130 / 143 stopped by Ctrl-C / SIGTERM after a whole article (finish with --resume),
    141 standard output closed by its reader (extract ... | head).
    """
    from .run import run_extract_command
    from .settings import Settings

    if scheduler is not None and workers != 1:
        raise usage_error("--workers and --scheduler exclude each other: use --scheduler local:N for N local workers")
    settings = Settings(
        types=parse_types(types),
        reference_date=parse_date(reference_date),
        batch_size=batch_size,
        workers=workers,
        with_text=with_text,
        article_timeout=article_timeout,
        max_article_chars=max_chars,
        scheduler=scheduler,
    )
    raise typer.Exit(run_extract_command(source, output, settings, quiet=quiet, resume=resume))


@app.command()
def tables(
    records: Path = typer.Argument(..., help="A JSON Lines file of records, as extract writes it."),
    output: Path = typer.Option(..., "--output", "-o", help="OUT: the database OUT.duckdb, or the folder of Parquet/CSV files."),
    fmt: str = typer.Option("duckdb", "--format", "-f", help="duckdb (one database file), parquet or csv (one file per table in the folder OUT)."),
):
    """Write the records as typed tables to join on: articles, persons, roles, organizations,
    amounts, member_counts, dates, and entities (one row per organization or person across
    the corpus). Exit codes: 0 written, 2 usage error (unreadable records, unusable output).
    """
    from .tables import TablesError, write_tables

    try:
        path, counts = write_tables(records, output, fmt)
    except TablesError as exc:
        raise usage_error(str(exc))
    typer.echo(f"presse2data: wrote {path}: " + ", ".join(f"{table} {n}" for table, n in counts.items()), err=True)


@app.command()
def schema():
    """Print the JSON Schema of one record line (any record type)."""
    from .records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def export(
    label_studio: Path = typer.Option(..., "--label-studio", help="Records (JSON Lines, as 'extract' writes them) to export as Label Studio tasks, one per article, predictions pre-filled."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Tasks file (JSON); the labelling config is written beside it as <name>.label_config.xml. Default: tasks on standard output, config on standard error."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="Where the article texts are (folder, .txt or .jsonl, as for extract). Default: the text the article record carries, else its 'path'."),
):
    """Export records as Label Studio tasks, to correct them there and score against the export with 'evaluate --gold'."""
    from .labelstudio import LabelStudioError, run_export

    try:
        for line in run_export(label_studio, output, corpus):
            typer.echo(f"presse2data: {line}" if "\n" not in line else line, err=True)
    except LabelStudioError as exc:
        raise usage_error(str(exc))
    raise typer.Exit(EXIT_OK)


# Commands whose code lives with their concern.
from .evaluation.cli import evaluate_command  # noqa: E402
from .show import show_command  # noqa: E402

app.command("evaluate")(evaluate_command)
app.command("show")(show_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
