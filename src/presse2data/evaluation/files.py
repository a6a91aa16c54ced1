"""Reading the files ``evaluate`` is given: a clear error instead of a traceback."""

from __future__ import annotations

from pathlib import Path

from ..outputs import recordfiles


class EvaluationInputError(ValueError):
    """Annotations or predictions that cannot be read: a usage error for the CLI."""


def read_text_file(path: Path, what: str) -> str:
    """A UTF-8 text file, or a clear error for a missing, binary or undecodable one."""
    return recordfiles.read_text_file(path, what, EvaluationInputError)
