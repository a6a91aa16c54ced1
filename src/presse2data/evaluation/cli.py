"""``presse2data evaluate``: placeholder until the evaluation issue lands."""

from __future__ import annotations

import typer


def evaluate_command():
    """Score extraction against hand annotations (not implemented yet)."""
    typer.echo("presse2data: evaluate is not implemented yet", err=True)
    raise typer.Exit(2)
