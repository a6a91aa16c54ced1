"""Option values shared by the commands, checked once: a bad value is a usage error (exit 2)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import typer

from .exits import usage_error
from ..facts import record_types


def parse_types(value: str | None) -> tuple[str, ...]:
    if value is None:
        return record_types()
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    if not types:
        raise typer.BadParameter(f"no type given; choose from {', '.join(record_types())}")
    unknown = [t for t in types if t not in record_types()]
    if unknown:
        raise typer.BadParameter(f"unknown type(s) {', '.join(unknown)}; choose from {', '.join(record_types())}")
    return types


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None


def checked_model(model: Path | None) -> str | None:
    """``--model DIR``: a folder ``presse2data train`` wrote, as a string for the settings."""
    if model is None:
        return None
    if not (model / "linker.json").is_file():
        raise usage_error(f"--model {model}: not a model folder of 'presse2data train' (no linker.json)")
    return str(model.resolve())
def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, as taskset or a container sets it), not the machine's."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # no affinity on this platform (macOS)
        return os.cpu_count() or 1


def parse_workers(value: str) -> int:
    """``--workers N`` or ``--workers auto`` (one worker per usable core)."""
    if value.strip().lower() == "auto":
        return usable_cores()
    try:
        workers = int(value)
    except ValueError:
        raise typer.BadParameter(f"--workers takes a number or 'auto', got {value!r}") from None
    if workers < 1:
        raise typer.BadParameter(f"--workers must be at least 1 (or 'auto'), got {workers}")
    return workers
