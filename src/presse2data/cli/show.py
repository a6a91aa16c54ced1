"""``presse2data show``: one article's records, in the terminal or as an HTML page (:mod:`presse2data.outputs.show`)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .exits import EXIT_FAILED, EXIT_OK, usage_error
from ..outputs.show import ArticleNotFound, extract_records, find_article, render_html, render_terminal, unwritable
from .app import app, console


@app.command("show")
def show_command(
    article: str = typer.Argument(..., help="A .txt file or saved .html page, an article id inside --corpus (or --jsonl), or - for standard input (plain text, or one JSON article object)."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Corpus folder in which ARTICLE is an id."),
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="JSON Lines file of articles in which ARTICLE is an id."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write a displaCy HTML page of the spans to this file."),
    as_json: bool = typer.Option(False, "--json", help="Print the records as JSON Lines instead of the terminal view."),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help="YYYY-MM-DD: resolves relative dates when the article has no 'published' date."),
    show_text: bool = typer.Option(True, "--text/--no-text", help="Print the article text with highlighted spans after the tables."),
    model: Optional[Path] = typer.Option(None, "--model", metavar="DIR", help="Extract with this model folder of 'presse2data train' (default: the shipped one)."),
    width: Optional[int] = typer.Option(None, "--width", min=40, metavar="COLUMNS", help="Lay the tables out for this many columns (default: the terminal's, 120 when piped); the context column shows from 120."),
):
    """Show one article's records: a table per type, then the text with extracted spans highlighted."""
    from .options import parse_date
    from ..records import dump_record

    try:
        reference = parse_date(reference_date)
        found = find_article(article, corpus=corpus, jsonl=jsonl)
    except (ArticleNotFound, typer.BadParameter) as exc:
        raise usage_error(str(exc))
    if html is not None and (problem := unwritable(html)):
        raise usage_error(f"--html {html}: {problem}")  # before the model loads
    records = extract_records(found, extractor=_extractor(model), reference_date=reference)
    if as_json:
        for record in records:
            typer.echo(dump_record(record))
    else:
        render_terminal(found, records, console(width), show_text=show_text)
    if html is not None:
        try:
            html.write_text(render_html(found, records), encoding="utf-8")
        except OSError as exc:
            raise usage_error(f"--html {html}: cannot write: {exc.strerror}")
        typer.echo(f"presse2data: wrote {html}", err=True)
    failed = bool(records) and records[0].type == "article" and records[0].status == "error"
    if failed:
        typer.echo(f"presse2data: error: {records[0].error}", err=True)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)



def _extractor(model: Path | None):
    """The shared extractor with ``--model``'s folder, or None (the default one)."""
    from ..evaluation import shared_extractor
    from .options import checked_model
    from ..settings import Settings

    learned = checked_model(model)
    return shared_extractor(Settings(learned=learned)) if learned else None
