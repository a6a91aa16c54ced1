"""``presse2data tables``: records as typed tables (:func:`presse2data.outputs.tables.write_tables`)."""

from __future__ import annotations

from pathlib import Path

import typer

from .exits import usage_error
from .app import app


@app.command()
def tables(
    records: list[Path] = typer.Argument(..., help="JSON Lines files of records, as extract writes them, or folders of them (every *.jsonl below): one set of tables."),
    output: Path = typer.Option(..., "--output", "-o", help="OUT: the database OUT.duckdb, or the folder of Parquet/CSV files."),
    fmt: str = typer.Option("duckdb", "--format", "-f", help="duckdb (one database file), parquet or csv (one file per table in the folder OUT)."),
):
    """Write the records as typed tables to join on: articles, persons, roles, organizations,
    amounts, member_counts, dates, entities (one row per organization or person across
    the corpus), and the view amounts_distinct (an amount repeated in an article counted once). Exit codes: 0 written, 2 usage error (unreadable records, unusable output).
    """
    from ..outputs.tables import TablesError, write_tables

    try:
        path, counts = write_tables(records, output, fmt)
    except TablesError as exc:
        raise usage_error(str(exc))
    typer.echo(f"presse2data: wrote {path}: " + ", ".join(f"{table} {n}" for table, n in counts.items()), err=True)


