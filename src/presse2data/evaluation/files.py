"""Reading the files ``evaluate`` and ``export`` are given: a clear error instead of a traceback."""

from __future__ import annotations

from pathlib import Path


class EvaluationInputError(ValueError):
    """Annotations or predictions that cannot be read: a usage error for the CLI."""


def read_text_file(path: Path, what: str) -> str:
    """A UTF-8 text file, or a clear error for a missing, binary or undecodable one."""
    if not path.is_file():
        raise EvaluationInputError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvaluationInputError(f"{path}: cannot read: {exc.strerror}") from None
    if b"\x00" in data[:8192]:
        raise EvaluationInputError(f"{path}: not {what} (a binary file)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvaluationInputError(f"{path}: not {what} (not UTF-8 text at byte {exc.start})") from None
