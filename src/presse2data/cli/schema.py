"""``presse2data schema``: the JSON Schema of a record line."""

from __future__ import annotations

import json

import typer

from .app import app


@app.command()
def schema():
    """Print the JSON Schema of one record line (any record type)."""
    from ..records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


