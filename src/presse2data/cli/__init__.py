"""The ``presse2data`` command: one module per command, each a few lines over a library function.

Exit codes: see :mod:`presse2data.cli.exits`.
"""

from __future__ import annotations

from . import errors, evaluate, export, extract, schema, show, tables, train  # noqa: F401  (each registers its command)
from .app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
