"""Exit codes shared by every command: 0 success, 1 some articles failed (or a quality
floor was missed), 2 usage error (bad option, unreadable input, unusable output)."""

from __future__ import annotations

import typer

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def usage_error(message: str) -> typer.Exit:
    """Print ``message`` on standard error and return the exit to raise."""
    typer.echo(f"presse2data: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)
