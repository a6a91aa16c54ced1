"""Fine-tuning the named-entity recognizer of ``fr_core_news_md`` on annotated press.

The model's ``ner`` (with its own ``tok2vec``) is sourced and trained with ``spacy train`` on
gold Docs of :mod:`.examples` (``PER``, ``ORG``, ``LOC``: organizations named after a place,
French Tech communities, start-ups in lists get their label from their context in this
genre). Against forgetting, ``rehearsal`` texts are added with the original model's own
predictions as their labels (pseudo-rehearsal; ``MISC`` dropped, as our annotations have no
such label). Seeded: the same examples, texts and seed give the same weights.

Only the component is kept (:func:`train_ner` writes ``<output>/ner``, a few MB); the pipeline
loads it in place of the model's ``ner`` (:func:`presse2data.pipeline.build_nlp`).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from .examples import Example, to_doc

BASE_MODEL = "fr_core_news_md"
KEPT_LABELS = ("PER", "ORG", "LOC")

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "fr"
pipeline = ["ner"]
batch_size = 64

[components]

[components.ner]
source = "{base}"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0

[training]
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
before_to_disk = null
before_update = null
dropout = {dropout}
accumulate_gradient = 1
patience = 0
max_epochs = {epochs}
max_steps = {max_steps}
eval_frequency = {eval_frequency}
frozen_components = []
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
size = 1000

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = {learn_rate}

[training.score_weights]
ents_f = 1.0

[initialize]
vectors = "{base}"

[initialize.before_init]
@callbacks = "spacy.copy_from_base_model.v1"
tokenizer = "{base}"
vocab = "{base}"
"""


def rehearsal_docs(texts: Iterable[str], base: str = BASE_MODEL) -> list:
    """The original model's entities on other text, as gold Docs (``MISC`` left out)."""
    import spacy

    nlp = spacy.load(base, exclude=["parser", "lemmatizer", "attribute_ruler", "morphologizer"])
    docs = []
    for doc in nlp.pipe(texts):
        gold = nlp.make_doc(doc.text)
        gold.ents = [gold.char_span(e.start_char, e.end_char, label=e.label_) for e in doc.ents if e.label_ in KEPT_LABELS]
        docs.append(gold)
    return docs


def train_ner(
    train: Sequence[Example],
    output: Path,
    *,
    dev: Sequence[Example] = (),
    rehearsal: Sequence[str] = (),
    seed: int = 0,
    epochs: int = 8,
    max_steps: int = 0,
    learn_rate: float = 0.0005,
    dropout: float = 0.2,
    base: str = BASE_MODEL,
) -> Path:
    """Train on ``train`` (and ``rehearsal`` texts), write the component to ``output/ner``; returns it.

    Without ``dev`` examples the last model is kept (the training set would only choose
    by its own fit); with them, the best on ``dev``.
    """
    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    blank = spacy.blank("fr")
    output = Path(output)
    with tempfile.TemporaryDirectory(prefix="presse2data-ner-") as work:
        work = Path(work)
        train_bin = DocBin()
        for example in train:
            train_bin.add(to_doc(blank, example))
        for doc in rehearsal_docs(rehearsal, base) if rehearsal else []:
            train_bin.add(doc)
        train_bin.to_disk(work / "train.spacy")
        dev_bin = DocBin()
        for example in dev or train[: max(1, len(train) // 10)]:
            dev_bin.add(to_doc(blank, example))
        dev_bin.to_disk(work / "dev.spacy")
        steps_per_epoch = max(1, sum(len(e.text) for e in train) // 6000)
        (work / "config.cfg").write_text(CONFIG.format(
            seed=seed, base=base, epochs=epochs, max_steps=max_steps, learn_rate=learn_rate, dropout=dropout,
            eval_frequency=max(steps_per_epoch, 20)), encoding="utf-8")
        spacy_train(work / "config.cfg", work / "out", overrides={
            "paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}, use_gpu=-1)
        best = work / "out" / ("model-best" if dev else "model-last")
        nlp = spacy.load(best)
        target = output / "ner"
        if target.exists():
            shutil.rmtree(target)
        output.mkdir(parents=True, exist_ok=True)
        nlp.get_pipe("ner").to_disk(target, exclude=["vocab"])
    return target
