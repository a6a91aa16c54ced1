"""Run settings: one frozen object built once (by the CLI or the caller) and passed down."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .facts import record_types

MODEL = "fr_core_news_md"


@dataclass(frozen=True)
class Settings:
    """Every tunable of a run, with its default.

    ``max_chars`` bounds the text given to spaCy in one piece: longer articles are
    processed in chunks cut at line ends, offsets unchanged. ``with_text`` puts the
    article text into each ``article`` record (``article_text``).

    ``article_timeout`` is the time budget of one article in a batch run, in seconds
    (0: none); with a budget, extraction runs in worker processes that are killed and
    replaced when an article overruns it (:mod:`presse2data.batch.workers`).
    ``learned`` is the folder of the learned who-is-who (:mod:`presse2data.learned`).
    ``max_article_chars`` refuses longer articles in a batch run (0: no limit):
    an error record instead of hours of work and gigabytes of memory.
    """

    model: str = MODEL
    learned: str | None = None  # a model folder of ``presse2data train`` (None: the shipped one)
    types: tuple[str, ...] = field(default_factory=record_types)  # default: every registered type
    reference_date: dt.date | None = None
    batch_size: int = 16
    max_chars: int = 100_000
    workers: int = 1
    with_text: bool = False
    article_timeout: float = 60.0
    max_article_chars: int = 2_000_000
    scheduler: str | None = None  # a Dask scheduler address or local:N (presse2data.batch.cluster)

    def __post_init__(self):
        unknown = set(self.types) - set(record_types())
        if unknown:
            raise ValueError(f"unknown record types {sorted(unknown)}; choose from {', '.join(record_types())}")
        if self.batch_size < 1 or self.max_chars < 1000 or self.workers < 1:
            raise ValueError("batch_size and workers must be >= 1, max_chars >= 1000")
        if self.article_timeout < 0 or self.max_article_chars < 0:
            raise ValueError("article_timeout and max_article_chars must be >= 0 (0: no limit)")


def reference_date(published: str | dt.date | None, run_date: dt.date | None) -> dt.date | None:
    """The date an article's relative dates are resolved against: its ``published`` date,
    else the run's ``--reference-date``, else none (the contract's rule, written once)."""
    if isinstance(published, dt.date):
        return published
    if published:
        return dt.date.fromisoformat(published)
    return run_date
