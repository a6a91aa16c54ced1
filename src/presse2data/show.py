"""``presse2data show``: placeholder until the evaluation issue lands."""

from __future__ import annotations

import typer


def show_command():
    """Show one article's records in the terminal (not implemented yet)."""
    typer.echo("presse2data: show is not implemented yet", err=True)
    raise typer.Exit(2)
