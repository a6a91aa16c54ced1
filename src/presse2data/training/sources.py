"""Reading what ``presse2data train`` learns from: a folder of span-level gold files with their
texts, or a Label Studio export; with the scoring gold and, where a ``sources.jsonl`` says it,
each article's site (cross-validation keeps a site in one fold)."""

from __future__ import annotations

import json
from pathlib import Path

from .examples import Example, TrainingDataError, read_folder


def load_examples(annotations: Path, texts: Path | None) -> tuple[list[Example], dict, dict[str, str]]:
    """(examples, gold records per article for ``evaluate``, site per article id)."""
    from ..evaluation import EvaluationInputError, load_gold

    annotations = Path(annotations)
    if annotations.is_dir():
        if texts is None:
            raise TrainingDataError("give --texts DIR: the folder of <id>.txt texts the annotations index")
        examples = list(read_folder(annotations, texts))
        sites = {}
        for sources in (annotations / "sources.jsonl", annotations.parent / "sources.jsonl"):
            if sources.is_file():
                for line in sources.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        row = json.loads(line)
                        sites[row["id"]] = row.get("site") or row.get("url") or row["id"]
                break
    elif annotations.is_file():
        from ..outputs.labelstudio import LabelStudioError
        from .labelstudio import examples_from_tasks

        try:
            examples = examples_from_tasks(json.loads(annotations.read_text(encoding="utf-8")))
        except (json.JSONDecodeError, LabelStudioError) as exc:
            raise TrainingDataError(f"{annotations}: not a Label Studio JSON export: {exc}") from None
        sites = {}
    else:
        raise TrainingDataError(f"{annotations}: no such annotations folder or file")
    try:
        gold = load_gold(annotations)
    except EvaluationInputError as exc:
        raise TrainingDataError(str(exc)) from None
    return examples, gold, sites


def load_supplement(folder: Path) -> list[Example]:
    """A set trained on and never scored: ``folder/annotations`` (gold files) and ``folder/texts``."""
    folder = Path(folder)
    if not (folder / "annotations").is_dir() or not (folder / "texts").is_dir():
        raise TrainingDataError(f"{folder}: expected annotations/ and texts/ folders in it")
    examples = list(read_folder(folder / "annotations", folder / "texts"))
    if not examples:
        raise TrainingDataError(f"{folder}: no annotated examples")
    return examples
