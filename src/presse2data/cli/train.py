"""``presse2data train``: a model folder from annotations (:mod:`presse2data.training`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .exits import EXIT_OK, usage_error
from .app import app


@app.command("train")
def train_command(
    annotations: Path = typer.Argument(..., help="Span-level annotations: a folder of <id>.jsonl gold files (annotations/build.py --spans writes them; give --texts), or a Label Studio JSON export with person, organization, place and title regions and their relations."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="The model folder to write (ner/, linker.json, kind.json, meta.json); use it with extract/evaluate/show --model DIR."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Folder of <id>.txt texts the annotations' offsets index (for a folder of gold files)."),
    epochs: int = typer.Option(8, "--epochs", min=1, help="Passes over the examples for the entity recognizer."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same data and seed give the same model."),
    also: list[Path] = typer.Option([], "--also", metavar="DIR", help="A set of annotated examples always trained on and never scored (DIR/annotations, DIR/texts): constructions the main annotations lack; repeatable. With --cv, added to every fold's training."),
    rehearsal: Optional[Path] = typer.Option(None, "--rehearsal", help="Folder of other .txt articles: the original model's own entities on them are mixed in, against forgetting."),
    cv: int = typer.Option(0, "--cv", min=0, metavar="K", help="Cross-validate over K folds grouped by site (sources.jsonl beside the annotations) and print the scores, instead of training."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="With --cv: also write the report as JSON."),
    docbin: Optional[Path] = typer.Option(None, "--docbin", metavar="FILE", help="Only convert the annotations to a spaCy DocBin (.spacy): entities, doc.spans['title'], links in doc.user_data['presse2data_links']; for spacy train or debug data."),
    only_kind: bool = typer.Option(False, "--only-kind", help="Only the organization-kind classifier: write -o DIR/kind.json (the recognizer and linker there untouched), or with --cv K print its cross-validated figures (gold mentions)."),
):
    """Train the who-is-who (entity recognizer + linker) on annotated articles, or cross-validate it."""
    from ..training import cross_validate, train
    from ..training.examples import TrainingDataError
    from ..training.sources import load_examples, load_supplement

    if cv == 1:
        raise usage_error("--cv needs at least 2 folds")
    if not cv and output is None and docbin is None:
        raise usage_error("give -o DIR, the model folder to write (or --cv K to cross-validate, --docbin FILE to convert)")
    try:
        supplement = [e for folder in also for e in load_supplement(folder)]
        examples, gold, groups = load_examples(annotations, texts)
        extra = sorted(p.read_text(encoding="utf-8") for p in rehearsal.glob("*.txt")) if rehearsal else []
        if rehearsal and not extra:
            raise TrainingDataError(f"{rehearsal}: no .txt files for rehearsal")
        log = lambda line: typer.echo(line, err=True)  # noqa: E731
        if docbin is not None:
            import spacy

            from ..training.examples import to_docbin

            n = to_docbin(spacy.blank("fr"), examples, docbin)
            typer.echo(f"wrote {docbin}: {n} documents", err=True)
            raise typer.Exit(EXIT_OK)
        if only_kind:
            from ..training import folds, kinds

            if cv:
                figures = kinds.cross_validate_examples(folds(examples, cv, groups), supplement=supplement, seed=seed)
                typer.echo(json.dumps(figures, indent=2))
            else:
                classifier = kinds.train([*examples, *supplement], output, seed=seed, log=log)
                if classifier is None:
                    raise TrainingDataError("the annotations' organizations have fewer than two kinds: nothing to learn")
                typer.echo(f"wrote {output / kinds.FILE}: {len(classifier.weights)} features", err=True)
            raise typer.Exit(EXIT_OK)
        if cv:
            from ..evaluation.report import print_report
            from .app import console

            report = cross_validate(examples, cv, groups=groups, seed=seed, epochs=epochs, rehearsal=extra, gold=gold,
                                    supplement=supplement, log=log)
            print_report(report, console(), per_article=False, errors=False)
            if json_out is not None:
                json_out.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            raise typer.Exit(EXIT_OK)
        meta = train([*examples, *supplement], output, seed=seed, epochs=epochs, rehearsal=extra, log=log)
    except (TrainingDataError, OSError) as exc:
        raise usage_error(str(exc))
    typer.echo(f"wrote {output}: {meta['examples']} examples, {meta['entities']} mentions, {meta['roles']} roles, "
               f"{meta['seconds']['total']} s", err=True)
    raise typer.Exit(EXIT_OK)
