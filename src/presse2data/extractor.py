"""From article text to contract records: the library API the CLI wraps.

>>> from presse2data import Extractor                      # doctest: +SKIP
>>> records = Extractor().extract("Ana Lefort, président de ...", article_id="demo")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .facts import registry
from .article_record import article_record, carrying_text, unread_records
from .inputs.reading import Article, first_line
from .inputs.scope import body_text
from .settings import Settings, reference_date


BATCH_CHARS = 200_000  # characters given to the model in one batch at most (memory of a long article)


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
    """Build once (loads the spaCy model), then extract from many articles.

    The model's components run over the article in batches (and in chunks for long
    articles); our fact components then run once over the whole article's Doc, after
    :func:`presse2data.settings.reference_date` has set ``doc._.reference_date``.
    """

    def __init__(self, settings: Settings | None = None):
        from .pipeline import build_nlp, fact_pipe_names

        self.settings = settings or Settings()
        self.nlp = build_nlp(self.settings.model, self.settings.learned)
        self._facts = [(name, self.nlp.get_pipe(name)) for name in fact_pipe_names(self.nlp)]
        self._types = registry()
        self._builders = [spec.build() for spec in self._types]
        self._chunk = min(self.settings.max_chars, self.nlp.max_length)

    # -- public API -------------------------------------------------------------
    def extract(self, text: str, article_id: str = "article", reference_date: dt.date | str | None = None):
        """Records of one text: its ``article`` record first, then facts in order of ``start``."""
        published = reference_date.isoformat() if isinstance(reference_date, dt.date) else reference_date
        article = Article(id=article_id, text=text, published=published, title=first_line(text))
        return next(self.extract_articles([article]))

    def extract_articles(self, articles: Iterable[Article], reference_date: dt.date | None = None) -> Iterator[list]:
        """One list of records per article, in input order, processing ``batch_size`` at a time.

        ``reference_date`` overrides the settings' run date for articles without ``published``.
        """
        run_date = reference_date or self.settings.reference_date
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.settings.batch_size:
                yield from self._batch(batch, run_date)
                batch = []
        if batch:
            yield from self._batch(batch, run_date)

    # -- internals --------------------------------------------------------------
    def _batch(self, articles: list[Article], run_date: dt.date | None) -> Iterator[list]:
        readable = [i for i, a in enumerate(articles) if a.error is None and a.text is not None]
        try:  # docs by position: two articles of a library call may share an id
            docs = dict(zip(readable, self._docs([articles[i] for i in readable])))
        except Exception:  # one text broke the batch: isolate it article by article
            docs = {}
        for i, article in enumerate(articles):
            records = self._records(article, docs.get(i), run_date)
            yield carrying_text(records, article, self.settings.with_text)

    def _docs(self, articles: list[Article]) -> list[Doc]:
        pieces = [(i, chunk) for i, a in enumerate(articles) for _, chunk in split_chunks(_body(a.text), self._chunk)]
        longest = max((len(chunk) for _, chunk in pieces), default=1)
        parsed = self.nlp.pipe(
            (chunk for _, chunk in pieces),
            # the model's activations for one batch grow with its text: a batch of long
            # pieces holds about BATCH_CHARS characters, not batch_size pieces
            batch_size=max(1, min(self.settings.batch_size, BATCH_CHARS // max(longest, 1))),
            disable=[name for name, _ in self._facts],
        )
        per_article: list[list[Doc]] = [[] for _ in articles]
        for (i, _), doc in zip(pieces, parsed):
            per_article[i].append(doc)
        return [docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False) for docs in per_article]

    def _records(self, article: Article, doc: Doc | None, run_date: dt.date | None) -> list:
        reference = reference_date(article.published, run_date)
        shown = reference.isoformat() if reference else None
        if article.error is not None or article.text is None:
            return unread_records(article, run_date)
        try:
            if doc is None:
                doc = self._docs([article])[0]
            facts = self._facts_of(doc, article.id, reference)
        except Exception as exc:  # a bug on one article must not stop the batch
            return [article_record(article, shown, [], f"extraction failed: {type(exc).__name__}: {exc}")]
        finally:
            # doc._ (user_data) holds Spans, which point back at the Doc: a cycle only a full
            # garbage collection frees, rare enough that the Docs' arrays piled up (+250 MiB
            # over 2,000 articles). Breaking it frees the Doc as soon as the batch is done.
            if doc is not None:
                doc.user_data.clear()
        return [article_record(article, shown, facts, None), *facts]

    def _facts_of(self, doc: Doc, article_id: str, reference: dt.date | None) -> list:
        doc._.reference_date = reference
        for _, component in self._facts:
            doc = component(doc)
        wanted = set(self.settings.types)
        found = [r for build in self._builders for r in build(doc, article_id) if r.type in wanted]
        order = {spec.name: i for i, spec in enumerate(self._types)}
        return sorted(found, key=lambda r: (r.start, order[r.type], r.end))


def _body(text: str) -> str:
    return body_text(text)
