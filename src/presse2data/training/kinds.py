"""Training the organization-kind classifier (:mod:`presse2data.facts.organization.kinds`).

Each example's text is parsed by the pipeline's model and its gold organization mentions are
put on the Doc (as for the linker); every gold organization with a kind and a mention is one
instance: the features of its mentions, its gold kind. The classifier learns from all of them
(a type noun near a mention is one feature among others) and is used only where the rule
(:func:`presse2data.facts.organization.component.kind_of`) finds no cue.

:func:`cross_validate` gives the figures the choice rests on: k folds grouped by site, gold
mentions, the rule alone (no cue counts as wrong), the classifier alone, and both (the rule
where it has a cue, the classifier elsewhere): accuracy and macro-F1 over the six kinds.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..facts.organization.component import kind_of
from ..facts.organization.kinds import FILE, KINDS, KindModel, features
from .examples import Example, set_gold_entities

# Chosen by 3-fold cross-validation on press-train grouped by site, gold mentions (rule and
# classifier together, accuracy / macro-F1: C = 1 0.715 / 0.694, C = 3 0.714 / 0.693, C = 10 0.712 / 0.685;
# C = 3 without class weights 0.708 / 0.674).
REGULARIZATION = 1.0
CLASS_WEIGHT = "balanced"  # rarer kinds (media, education_research) weigh as much: macro-F1 0.674 → 0.693
MIN_COUNT = 1  # features of fewer organizations are not learned
# Features whose weights are all smaller are left out of kind.json: 0.001 keeps 27,900 features
# (1.7 MB), 0.05 keeps 14,400 (0.8 MB), 0.1 keeps 6,000 (0.3 MB); accuracy / macro-F1 by the same
# cross-validation (rule and classifier) 0.715 / 0.694, 0.712 / 0.692, 0.699 / 0.678.
MIN_WEIGHT = 0.05


@dataclass
class Organization:
    """A gold organization as the classifier sees it."""

    example: str
    name: str
    kind: str
    rule: str | None  # the kind the rule gives (a cue), or None
    features: dict[str, float]


def organizations(nlp, examples: Sequence[Example]) -> list[Organization]:
    """The gold organizations (with a kind and a mention) of ``examples``, parsed by ``nlp``."""
    return [o for example, doc in zip(examples, nlp.pipe(e.text for e in examples)) for o in organizations_of(doc, example)]


def organizations_of(doc, example: Example) -> list[Organization]:
    """The gold organizations of one example, ``doc`` its parsed text (its entities become the gold's)."""
    spans: dict[int, list] = {}
    for span, n in set_gold_entities(doc, example):
        if example.entities[n].label == "ORG":
            spans.setdefault(n, []).append(span)
    out = []
    for n, found in sorted(spans.items()):
        entity = example.entities[n]
        if entity.kind not in KINDS:
            continue
        found.sort()
        rule = next((k for s in found if (k := kind_of(doc, s.start, s.end))), None)  # as cluster() takes it
        out.append(Organization(example.id, entity.name, entity.kind, rule, features(doc, found)))
    return out


def fit(orgs: Sequence[Organization], seed: int = 0, c: float = REGULARIZATION) -> KindModel:
    """A multinomial logistic regression (scikit-learn, L2, seeded) over the organizations' features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    labels = [o.kind for o in orgs]
    if len(set(labels)) < 2:
        raise ValueError(f"not enough organizations to train the kind classifier ({len(labels)}, kinds {sorted(set(labels))})")
    seen = Counter(f for o in orgs for f in o.features)
    vec = DictVectorizer()
    x = vec.fit_transform([{f: v for f, v in o.features.items() if seen[f] >= MIN_COUNT} for o in orgs])
    model = LogisticRegression(C=c, max_iter=3000, random_state=seed, solver="lbfgs", fit_intercept=False, class_weight=CLASS_WEIGHT)
    model.fit(x, labels)
    kinds = tuple(str(k) for k in model.classes_)
    coef = model.coef_ if len(kinds) > 2 else [0 * model.coef_[0], model.coef_[0]]  # two kinds: one row, the second's
    weights = {}
    for f, column in zip(vec.get_feature_names_out(), zip(*coef)):
        if max(abs(float(w)) for w in column) >= MIN_WEIGHT:
            weights[str(f)] = [round(float(w), 3) for w in column]
    counts = {k: labels.count(k) for k in kinds}
    return KindModel(kinds, weights, {"organizations": len(orgs), "kinds": counts, "regularization": c, "seed": seed})


def combined(model: KindModel | None, org: Organization) -> str | None:
    """The run-time decision: the rule's kind where it has a cue, the classifier's elsewhere."""
    if org.rule is not None or model is None:
        return org.rule
    probs = model.probabilities(org.features)
    return max(model.kinds, key=lambda k: probs[k])


def scores(gold: Sequence[str], predicted: Sequence[str | None]) -> dict:
    """Accuracy and macro-F1 over the six kinds (None is wrong, and no kind's true positive)."""
    n = len(gold)
    f1s = []
    for kind in KINDS:
        tp = sum(g == kind and p == kind for g, p in zip(gold, predicted))
        fp = sum(g != kind and p == kind for g, p in zip(gold, predicted))
        fn = sum(g == kind and p != kind for g, p in zip(gold, predicted))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    correct = sum(g == p for g, p in zip(gold, predicted))
    return {"n": n, "correct": correct, "accuracy": round(correct / n, 4) if n else 0.0,
            "macro_f1": round(sum(f1s) / len(f1s), 4)}


def cross_validate(orgs: Sequence[Organization], held_out: Sequence[set[str]], seed: int = 0,
                   c: float = REGULARIZATION, extra: Sequence[Organization] = ()) -> dict:
    """Pooled scores over folds (``held_out``: the example ids of each fold): rule, learned, both;
    and the rule on the organizations it labels. ``extra``: trained on in every fold, never scored."""
    gold, rule, learned, both = [], [], [], []
    for ids in held_out:
        train_on = [o for o in orgs if o.example not in ids] + list(extra)
        test = [o for o in orgs if o.example in ids]
        if not test:
            continue
        model = fit(train_on, seed=seed, c=c)
        for o in test:
            probs = model.probabilities(o.features)
            guess = max(model.kinds, key=lambda k: probs[k])
            gold.append(o.kind)
            rule.append(o.rule)
            learned.append(guess)
            both.append(o.rule if o.rule is not None else guess)
    cued = [i for i, r in enumerate(rule) if r is not None]
    uncued = [i for i, r in enumerate(rule) if r is None]
    return {
        "rule": scores(gold, rule),
        "rule_where_cued": scores([gold[i] for i in cued], [rule[i] for i in cued]),
        "learned": scores(gold, learned),
        "learned_where_uncued": scores([gold[i] for i in uncued], [learned[i] for i in uncued]),
        "learned_where_cued": scores([gold[i] for i in cued], [learned[i] for i in cued]),
        "rule_and_learned": scores(gold, both),
    }


def train(examples: Sequence[Example], output: Path, *, seed: int = 0, model: str = "fr_core_news_md",
          docs: Sequence | None = None, log: Callable[[str], None] = print) -> KindModel | None:
    """Fit the classifier on ``examples`` and write ``output/kind.json``; ``docs``: the examples
    already parsed (``presse2data train`` parses them for the linker), else parsed here. None
    (and no ``kind.json``) when the examples' organizations have fewer than two kinds: the
    model folder then gives kinds from cues only."""
    if docs is None:
        from ..pipeline import base_nlp

        orgs = organizations(base_nlp(model), examples)
    else:
        orgs = [o for example, doc in zip(examples, docs) for o in organizations_of(doc, example)]
    Path(output).mkdir(parents=True, exist_ok=True)
    if len({o.kind for o in orgs}) < 2:
        log(f"no organization-kind classifier: {len(orgs)} organizations with a kind, fewer than two kinds (kinds from cues only)")
        (Path(output) / FILE).unlink(missing_ok=True)
        return None
    log(f"training the organization-kind classifier on {len(orgs)} organizations")
    classifier = fit(orgs, seed=seed)
    classifier.meta["data_sha256"] = _kinds_hash(examples)
    classifier.save(Path(output) / FILE)
    return classifier


def _kinds_hash(examples: Sequence[Example]) -> str:
    """sha256 of what the classifier reads: ids, texts, organizations' names, kinds and mentions."""
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: e.id):
        orgs = [[e.name, e.kind, [list(m) for m in e.mentions]] for e in example.entities if e.label == "ORG"]
        digest.update(json.dumps([example.id, example.text, orgs], ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def cross_validate_examples(folds: Sequence[Sequence[Example]], *, supplement: Sequence[Example] = (), seed: int = 0,
                            model: str = "fr_core_news_md") -> dict:
    """:func:`cross_validate` over ``folds`` of examples (:func:`presse2data.training.folds`: grouped
    by site), gold mentions; ``supplement`` examples are in every fold's training and never scored."""
    from ..pipeline import base_nlp

    examples = [e for fold in folds for e in fold]
    orgs = organizations(base_nlp(model), [*examples, *supplement])
    scored = {e.id for e in examples}
    always = [o for o in orgs if o.example not in scored]
    held = [{e.id for e in fold} for fold in folds]
    return cross_validate([o for o in orgs if o.example in scored], held, seed=seed, extra=always)
