"""Run settings: one frozen object built once (by the CLI or the caller) and passed down."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .records import FACT_TYPES

MODEL = "fr_core_news_md"


@dataclass(frozen=True)
class Settings:
    """Every tunable of a run, with its default.

    ``max_chars`` bounds the text given to spaCy in one piece: longer articles are
    processed in chunks cut at line ends, offsets unchanged.
    """

    model: str = MODEL
    types: tuple[str, ...] = FACT_TYPES
    reference_date: dt.date | None = None
    batch_size: int = 16
    max_chars: int = 100_000
    workers: int = 1
    scheduler: str | None = None  # a Dask scheduler address or local:N (presse2data.cluster)

    def __post_init__(self):
        unknown = set(self.types) - set(FACT_TYPES)
        if unknown:
            raise ValueError(f"unknown record types {sorted(unknown)}; choose from {', '.join(FACT_TYPES)}")
        if self.batch_size < 1 or self.max_chars < 1000 or self.workers < 1:
            raise ValueError("batch_size and workers must be >= 1, max_chars >= 1000")
