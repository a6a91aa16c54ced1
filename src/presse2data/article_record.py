"""The ``article`` record of one input article, built without spaCy.

An article the reader already failed (empty, binary, undecodable, a bad JSONL line)
needs no model: ``extract`` writes its record before loading one, and never loads it
when no article is left to extract (17 s saved on a folder of empty files).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from .inputs.reading import Article, first_line, record_fields
from .record_base import ArticleRecord
from .settings import reference_date


def article_record(article: Article, reference: str | None, facts: list, error: str | None) -> ArticleRecord:
    """The ``article`` record: its ``text`` is the title line (offsets of that line), or empty."""
    text = article.text or ""
    title = article.title or first_line(text)
    start = text.find(title) if title and title in text else 0
    surface = title if title and title in text else ""
    counts = Counter(r.type for r in facts)
    return ArticleRecord(
        article_id=article.id,
        text=surface,
        start=start,
        end=start + len(surface),
        source="reader",
        path=article.path,
        title=title,
        chars=len(text),
        sha256=article.sha256,
        reference_date=reference,
        status="error" if error else "ok",
        error=error,
        counts=dict(sorted(counts.items())),
        encoding=article.encoding,
        **record_fields(article, reference),
    )


def unread_records(article: Article, run_date: dt.date | None) -> list[ArticleRecord]:
    """The records of an article that could not be read: its ``article`` record alone, with the error."""
    reference = reference_date(article.published, run_date)
    return [article_record(article, reference.isoformat() if reference else None, [], article.error or "no text")]


def carrying_text(records: list, article: Article, with_text: bool) -> list:
    """``--with-text``: the ``article`` record carries the text its offsets index."""
    if with_text and article.text is not None:
        records[0] = records[0].model_copy(update={"article_text": article.text})
    return records
