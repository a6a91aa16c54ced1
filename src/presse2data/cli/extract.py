"""``presse2data extract``: articles in, records out (:func:`presse2data.batch.run.run_extract`)."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Optional

import typer

from .exits import usage_error
from .options import checked_model, parse_date, parse_types, parse_workers
from ..facts import record_types
from ..batch.run import Interrupted, OutputClosed, run_extract
from ..inputs.reading import InputError
from ..settings import Settings
from .app import app


@app.command()
def extract(
    source: str = typer.Argument(..., help="Corpus folder (searched recursively for *.txt, *.html, *.htm), a .txt or .html file, a .jsonl file of articles, or - for standard input (JSON Lines, or one plain-text article)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write records to this file instead of standard output."),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help="YYYY-MM-DD: resolves relative dates of articles without a 'published' date."),
    types: Optional[str] = typer.Option(None, "--types", help=f"Comma-separated fact types to emit (default: all): {', '.join(record_types())}. Article records are always emitted."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per spaCy batch."),
    workers: str = typer.Option("1", "--workers", "-w", metavar="N|auto", help="Worker processes (each loads the model once; auto: one per usable core); output order is kept."),
    resume: bool = typer.Option(False, "--resume", help="With -o: keep the complete articles already in the file, append the rest (same input and options only)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="With -o: replace the file even when it holds an unfinished run (see --resume)."),
    with_text: bool = typer.Option(False, "--with-text", help="Put each article's text (what the offsets index) into its article record, as 'article_text'."),
    article_timeout: float = typer.Option(60.0, "--article-timeout", min=0, metavar="SECONDS", help="Time budget of one article; an article over it gets an error record and the run goes on (0: none; extraction then runs in this process when --workers is 1)."),
    max_chars: int = typer.Option(2_000_000, "--max-chars", min=0, metavar="N", help="Refuse articles longer than N characters with an error record (0: no limit)."),
    model: Optional[Path] = typer.Option(None, "--model", metavar="DIR", help="A model folder written by 'presse2data train' (default: the who-is-who shipped with presse2data)."),
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
    if resume and overwrite:
        raise usage_error("--resume and --overwrite exclude each other: --resume finishes the file, --overwrite replaces it")
    if scheduler is not None and workers.strip() != "1":
        raise usage_error("--workers and --scheduler exclude each other: use --scheduler local:N for N local workers")
    settings = Settings(
        types=parse_types(types),
        reference_date=parse_date(reference_date),
        batch_size=batch_size,
        workers=parse_workers(workers),
        with_text=with_text,
        article_timeout=article_timeout,
        max_article_chars=max_chars,
        scheduler=scheduler,
        learned=checked_model(model),
    )
    raise typer.Exit(run_extract_command(source, output, settings, quiet=quiet, resume=resume, overwrite=overwrite))



def run_extract_command(
    source: str, output: Path | None, settings: Settings, quiet: bool, resume: bool, overwrite: bool = False
) -> int:
    """``presse2data extract``: run, report on standard error, return the exit code; no traceback."""
    import sys

    import typer

    from .exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE
    from ..batch.workers import WorkerError
    from ..outputs.writing import WriteError

    try:
        summary = run_extract(
            source, output, settings, progress=not quiet and sys.stderr.isatty(), resume=resume, overwrite=overwrite
        )
    except (InputError, WriteError, WorkerError) as exc:
        typer.echo(f"presse2data: error: {exc}", err=True)
        return EXIT_USAGE
    except Interrupted as exc:
        typer.echo(_interrupted_message(exc, source, output), err=True)
        return 128 + exc.signum  # 130 Ctrl-C, 143 SIGTERM, as shells report a signal
    except OutputClosed:
        _quiet_stdout()
        return 128 + signal.SIGPIPE  # 141, like any command whose reader went away; nothing failed
    except KeyboardInterrupt:  # Ctrl-C before extraction began: nothing was written
        typer.echo("presse2data: stopped by Ctrl-C before any article was written", err=True)
        return 128 + signal.SIGINT
    if not quiet:
        typer.echo(summary.describe(), err=True)
        for line in summary.failure_lines(output):
            typer.echo(line, err=True)
    return EXIT_FAILED if summary.failed or summary.resumed_failed else EXIT_OK


def _interrupted_message(exc: Interrupted, source: str, output: Path | None) -> str:
    import shlex
    import sys

    name = "Ctrl-C" if exc.signum == signal.SIGINT else signal.Signals(exc.signum).name
    done = exc.summary.ok + exc.summary.failed if exc.summary else 0
    head = f"presse2data: stopped by {name} after {done} articles"
    if output is None or str(output) == "-":
        return f"{head}; standard output ends with a whole article."
    if Path(sys.argv[0]).name == "presse2data" and "extract" in sys.argv[1:]:
        command = shlex.join(["presse2data", *sys.argv[1:]])
    else:
        command = shlex.join(["presse2data", "extract", str(source), "-o", str(output)])
    if "--resume" not in command.split():
        command += " --resume"
    return f"{head}; {output} ends with a whole article. To finish the run:\n  {command}"


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that the exit's final flush does not complain."""
    import sys

    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
