"""``presse2data export``: records as Label Studio tasks (:mod:`presse2data.outputs.labelstudio`)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .exits import EXIT_OK, usage_error
from .app import app


@app.command()
def export(
    label_studio: Path = typer.Option(..., "--label-studio", help="Records (JSON Lines, as 'extract' writes them) to export as Label Studio tasks, one per article, predictions pre-filled."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Tasks file (JSON); the labelling config is written beside it as <name>.label_config.xml. Default: tasks on standard output, and no config file."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="Where the article texts are (folder, .txt or .jsonl, as for extract). The text an article record carries (extract --with-text) wins; default: that text, else the record's 'path'."),
):
    """Export records as Label Studio tasks, to correct them there and score against the export with 'evaluate --gold'."""
    from ..outputs.labelstudio import LabelStudioError, run_export

    try:
        for line in run_export(label_studio, output, corpus):
            typer.echo(f"presse2data: {line}", err=True)
    except LabelStudioError as exc:
        raise usage_error(str(exc))
    raise typer.Exit(EXIT_OK)
