"""From article text to contract records: the library API the CLI wraps.

>>> from presse2data import Extractor                      # doctest: +SKIP
>>> records = Extractor().extract("Claire Martin, président de ...", article_id="demo")
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .facts import FACTS, ArticleContext
from .reading import Article, first_line, record_fields
from .records import ArticleRecord, FACT_TYPES
from .scope import body_end
from .settings import Settings


def split_chunks(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``max_chars``, at line ends where possible, else at spaces.

    Returns ``(offset, piece)`` pairs whose pieces concatenate back to ``text``.
    """
    chunks, start = [], 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or max_chars
        chunks.append((start, text[start : start + cut]))
        start += cut
    chunks.append((start, text[start:]))
    return chunks


class Extractor:
    """Build once (loads the spaCy model), then extract from many articles."""

    def __init__(self, settings: Settings | None = None):
        from .pipeline import build_nlp

        self.settings = settings or Settings()
        self.nlp = build_nlp(self.settings.model)
        self._chunk = min(self.settings.max_chars, self.nlp.max_length)

    # -- public API -------------------------------------------------------------
    def extract(self, text: str, article_id: str = "article", reference_date: dt.date | str | None = None):
        """Records of one text: its ``article`` record first, then facts in order of ``start``."""
        published = reference_date.isoformat() if isinstance(reference_date, dt.date) else reference_date
        article = Article(id=article_id, text=text, published=published, title=first_line(text))
        return next(self.extract_articles([article]))

    def extract_articles(self, articles: Iterable[Article]) -> Iterator[list]:
        """One list of records per article, in input order, processing ``batch_size`` at a time."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.settings.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    # -- internals --------------------------------------------------------------
    def _batch(self, articles: list[Article]) -> Iterator[list]:
        readable = [i for i, a in enumerate(articles) if a.error is None and a.text is not None]
        try:  # docs by position: two articles of a library call may share an id
            docs = dict(zip(readable, self._docs([articles[i] for i in readable])))
        except Exception:  # one text broke the batch: isolate it article by article
            docs = {}
        for i, article in enumerate(articles):
            records = self._records(article, docs.get(i))
            if self.settings.with_text and article.text is not None:
                records[0] = records[0].model_copy(update={"article_text": article.text})
            yield records

    def _docs(self, articles: list[Article]) -> list[Doc]:
        pieces = [(i, chunk) for i, a in enumerate(articles) for _, chunk in split_chunks(_body(a.text), self._chunk)]
        parsed = self.nlp.pipe((chunk for _, chunk in pieces), batch_size=self.settings.batch_size)
        per_article: list[list[Doc]] = [[] for _ in articles]
        for (i, _), doc in zip(pieces, parsed):
            per_article[i].append(doc)
        return [docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False) for docs in per_article]

    def _records(self, article: Article, doc: Doc | None) -> list:
        reference = article.published or (
            self.settings.reference_date.isoformat() if self.settings.reference_date else None
        )
        if article.error is not None or article.text is None:
            return [_article_record(article, reference, [], article.error or "no text")]
        try:
            if doc is None:
                doc = self._docs([article])[0]
            facts = self._facts(doc, article, reference)
        except Exception as exc:  # a bug on one article must not stop the batch
            return [_article_record(article, reference, [], f"extraction failed: {type(exc).__name__}: {exc}")]
        return [_article_record(article, reference, facts, None), *facts]

    def _facts(self, doc: Doc, article: Article, reference: str | None) -> list:
        ctx = ArticleContext(
            article_id=article.id,
            reference_date=dt.date.fromisoformat(reference) if reference else None,
        )
        for spec in FACTS.values():
            ctx.found[spec.type] = spec.records(doc, ctx)
        wanted = [r for t in self.settings.types for r in ctx.found.get(t, [])]
        order = {t: i for i, t in enumerate(FACT_TYPES)}
        return sorted(wanted, key=lambda r: (r.start, order[r.type], r.end))


def _body(text: str) -> str:
    return text[: body_end(text)]


def _article_record(article: Article, reference: str | None, facts: list, error: str | None) -> ArticleRecord:
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
