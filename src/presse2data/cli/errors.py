"""``presse2data errors``: the failed articles of a run and why (:mod:`presse2data.outputs.recordfiles`)."""

from __future__ import annotations

from pathlib import Path

import typer

from .exits import EXIT_FAILED, EXIT_OK, usage_error
from ..batch.progress import plural
from .app import app


@app.command()
def errors(
    records: list[Path] = typer.Argument(..., help="JSON Lines files of records, as extract writes them, or folders of them."),
):
    """List the failed articles of records files, one per line: article id, path, error (tab-separated).

    The terminal shows the first few failures of a run; this lists them all, later.
    Exit codes: 0 no failed article, 1 failed articles listed, 2 unreadable records.
    """
    from ..outputs.recordfiles import RecordsError, article_records, record_files

    articles = failed = 0
    try:
        for record in article_records(record_files(records)):
            articles += 1
            if record.get("status") == "error":
                failed += 1
                typer.echo("\t".join(_cell(record.get(key)) for key in ("article_id", "path", "error")))
    except RecordsError as exc:
        raise usage_error(str(exc))
    typer.echo(f"presse2data: {failed} of {plural(articles, 'article')} failed", err=True)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _cell(value: object) -> str:
    """One tab-separated cell: a tab or newline inside a value would shift the columns."""
    return " ".join(str(value).split()) if value is not None else ""
