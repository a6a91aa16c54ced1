"""The typer application every command registers on, and the options every command shares."""

from __future__ import annotations

import typer

from .exits import EXIT_OK

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


def console(width: int | None = None):
    """A rich console of ``width`` columns, else the terminal's; piped output (a file, ``less``)
    is no 80-column terminal: 120 columns there, so tables stay readable in logs."""
    from rich.console import Console

    out = Console(width=width)
    if width is None and not out.is_terminal:
        out = Console(width=max(out.width, 120))
    return out
