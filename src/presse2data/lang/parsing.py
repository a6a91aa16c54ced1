"""The parser and lemmatizer of ``fr_core_news_md``, run on demand.

Running the dependency parser over every sentence costs as much as the NER; our rules
need a parse for a few sentences only (a member-count verb's subject, a date's tense)
and a lemma for a few tokens. :class:`OnDemand` belongs to one pipeline: a component
gets it with :func:`on_demand` from the ``nlp`` its factory receives, so a spaCy user's
``nlp.add_pipe("presse2data_member_counts")`` behaves exactly like ``presse2data extract``
(when the pipeline runs its parser itself, the Doc's own parse is used).

A sentence is parsed on a copy made by :func:`sentence_copy`, not by ``Span.as_doc``:
``as_doc`` exports the whole Doc's token arrays and walks all its entities on every
call, so a long article with many candidates cost time quadratic in its length.
"""

from __future__ import annotations

from pathlib import Path
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import ENT_IOB
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import load_config

_PARSES = "presse2data.parses"  # doc.user_data key: sentence start -> parsed copy
_ARRAY = "presse2data.token_array"  # doc.user_data key: (attribute ids, the Doc's token array)
_IOB_INSIDE, _IOB_BEGIN = 1, 3  # ENT_IOB codes in a token array


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
            copy = sentence_copy(sent)
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
            if (tables := _DEFERRED.pop(lemmatizer, None)) is not None:
                lemmatizer.from_disk(tables, exclude=["vocab"])
            lemmas = lemmatizer.rule_lemmatize(token)
            if lemmas:
                return lemmas[0]
        return token.lower_


def sentence_copy(sent: Span) -> Doc:
    """A new Doc holding ``sent``'s tokens, attributes, entities and tensor rows, like ``sent.as_doc()``.

    The Doc's token array is exported once and kept in ``doc.user_data`` (the Doc's
    annotations do not change while our components read it), so each copy costs the
    sentence's length only. Entities cut by the sentence's edges are left out, as
    ``as_doc`` does.
    """
    doc = sent.doc
    if _ARRAY not in doc.user_data:
        head = Doc._get_array_attrs()
        doc.user_data[_ARRAY] = (head, doc.to_array(head))
    head, array = doc.user_data[_ARRAY]
    rows = numpy.array(array[sent.start : sent.end])
    copy = Doc(doc.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
    if len(rows):
        iob = head.index(ENT_IOB)
        cut_before = rows[0][iob] == _IOB_INSIDE
        cut_after = sent.end < len(doc) and doc[sent.end].ent_iob == _IOB_INSIDE
        if cut_before:
            rows[0][iob] = _IOB_BEGIN
        sent._fix_dep_copy(head, rows)
        copy.from_array(head, rows)
        ents = copy.ents
        if ents and cut_before:
            copy.set_ents([], missing=[ents[0]], default="unmodified")
        if ents and cut_after and (len(ents) > 1 or not cut_before):
            copy.set_ents([], missing=[ents[-1]], default="unmodified")
    copy.noun_chunks_iterator = doc.noun_chunks_iterator
    copy.user_hooks = doc.user_hooks
    copy.user_span_hooks = doc.user_span_hooks
    copy.user_token_hooks = doc.user_token_hooks
    copy.vector = sent.vector
    copy.vector_norm = sent.vector_norm
    copy.tensor = doc.tensor[sent.start : sent.end]
    return copy


_BY_PIPELINE: "WeakKeyDictionary[Language, OnDemand]" = WeakKeyDictionary()
_DEFERRED: "WeakKeyDictionary[object, Path]" = WeakKeyDictionary()  # lemmatizer -> its folder, unread


def defer_lemmatizer(nlp: Language) -> None:
    """Give ``nlp`` (loaded without it) its model's lemmatizer, disabled as before, its lookup
    tables left unread until :meth:`OnDemand.lemma` first needs them: reading them is a second
    of every start-up, and many runs (one short article) ask no lemma."""
    path = nlp.path
    if path is None or not (path / "config.cfg").is_file():
        return
    config = load_config(path / "config.cfg")["components"].get("lemmatizer")
    if config is None or "lemmatizer" in nlp.component_names:
        return
    settings = {key: config[key] for key in ("mode", "overwrite") if key in config}
    nlp.add_pipe("lemmatizer", config=settings, **({"before": "ner"} if "ner" in nlp.component_names else {}))
    nlp.disable_pipe("lemmatizer")
    _DEFERRED[nlp.get_pipe("lemmatizer")] = path / "lemmatizer"


def on_demand(nlp: Language) -> OnDemand:
    """The one :class:`OnDemand` of ``nlp`` (components of one pipeline share its parse cache)."""
    if nlp not in _BY_PIPELINE:
        _BY_PIPELINE[nlp] = OnDemand(nlp)
    return _BY_PIPELINE[nlp]
