"""Member count → organization: the rules against a learned scorer, by measurement (issue #21, point 2).

    .venv/bin/python bench/member_count_linker.py extract    # the shipped pipeline once; candidates cached (~2 min)
    .venv/bin/python bench/member_count_linker.py compare [C] [stacked|alone] [extra]   # the figures
    .venv/bin/python bench/member_count_linker.py discordant [stacked|alone]   # where only one is right

``stacked``: the rules' choice is a feature (and their proper-name subject a candidate);
``alone``: the scorer without it (what could replace the rule code); ``extra``: also trained on
the gold counts the rules did not detect. Texts: ``eval/`` or ``$PRESSE2DATA_EVAL``.

Detection stays the rules' (the counts the member-count component emits); only which
organization a detected count belongs to is compared. For each emitted count, the candidates
are the organization mentions of the same sentence, of the two sentences before, and of the
heading (the article's first line), each scored by a logistic regression over the features
of :func:`features` (the kind of ``facts/role/features.py``: distance, the words between,
the cue verb's subject, parenthesis, apposition, possessive, anaphor, the rules' own choice),
plus *none*; the best wins.

Scored (as ``presse2data evaluate`` scores ``member_count``) on:
- the odd half of press-train (ids with an odd last digit), which the cues were not written
  on, the scorer trained on the even half;
- 3-fold cross-validation grouped by site on all of press-train;
- press-dev (validation), the scorer trained on all of press-train.
The mentions are those of the shipped model (its NER saw all of press-train): the same for
the rules and the scorer, so the comparison is fair, the absolute figures optimistic.
Texts are read from eval/ (git-ignored); nothing of them is written here.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("PRESSE2DATA_EVAL", ROOT / "eval"))  # the git-ignored texts (another checkout's eval/ will do)
TRAIN_TEXTS = EVAL / "press-train/texts"
DEV_TEXTS = EVAL / "press-dev/texts"
TRAIN_GOLD = ROOT / "annotations/press-train/annotations"
DEV_GOLD = ROOT.parent / "shared/press-dev/gold_facts.jsonl"
CACHE = Path(tempfile.gettempdir()) / "presse2data-member-count-linker.pkl"
SENTENCES_BEFORE = 2


# -- extraction: the pipeline once, candidates and their features -----------------------------
def _sentence_of(doc):
    out = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = n
    return out


def features(doc, ctx, sent_of, span, cand, rank, side, cue, subject, rule_org, tools, first_line_end):
    """The features of one (count, organization mention) pair; ``cand`` None: *none*."""
    from presse2data.facts.role import features as feat

    cue_kind = cue.kind if cue is not None else "nocue"
    if cand is None:
        f = {"bias": 1, "none": 1, f"none;cue={cue_kind}": 1, f"none;rule_none={rule_org is None}": 1,
             f"none;subject={bool(subject)}": 1}
        return f
    start, end, entity = cand
    f = feat.pair(doc, ctx, span.start, span.end, start, end, "mc:")
    f[f"mc:rank={min(rank, 4)};{side}"] = 1
    f[f"mc:cue={cue_kind};rank={min(rank, 3)};{side}"] = 1
    f[f"mc:kind={entity.kind}"] = 1
    f[f"mc:mentions={min(len(entity.mentions), 3)}"] = 1
    if start < first_line_end:
        f["mc:heading"] = 1
    if subject and any(start <= t.i < end for t in subject):
        f["mc:in_subject"] = 1
        f[f"mc:in_subject;cue={cue_kind}"] = 1
    if subject and len(subject) == 1 and subject[0].lower_ in {"qui", "lequel", "laquelle"} and end <= subject[0].i \
            and all(doc[k].is_punct or doc[k].is_space for k in range(end, subject[0].i)):
        f["mc:antecedent_of_qui"] = 1
    if cue is not None and cue.token is not None and end <= cue.token.i and \
            all(doc[k].is_space for k in range(end, cue.token.i)):
        f[f"mc:right_before_cue={cue_kind}"] = 1
    anaphoric = subject and any(t.lower_ in _ANAPHORS for t in subject)
    if anaphoric:
        f[f"mc:anaphoric_subject;rank={min(rank, 3)};{side}"] = 1
    if sent_of[start] == sent_of[span.start]:
        _dependency(doc, span, start, end, tools, f)
    if rule_org is not None and entity.name == rule_org:
        f["mc:rule_choice"] = 1
    return f


_ANAPHORS = frozenset()


def _root(tokens):
    """The token of ``tokens`` whose head is outside them (the span's syntactic head)."""
    ids = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[-1])


def _dependency(doc, span, start, end, tools, f):
    """The dependency path between the count's head and the mention's head, in the on-demand parse."""
    parsed, offset = tools.parsed_sentence(span)
    if not (0 <= span.start - offset and span.end - offset <= len(parsed) and 0 <= start - offset and end - offset <= len(parsed)):
        return  # a span across a sentence end (a gold count the sentencizer cut)
    count = _root([parsed[i - offset] for i in range(span.start, span.end)])
    cand = _root([parsed[i - offset] for i in range(start, end)])
    up_c = [count] + list(count.ancestors)
    up_o = [cand] + list(cand.ancestors)
    common = next((t for t in up_c if t in up_o), None)
    if common is None:
        f["mc:dep=none"] = 1
        return
    path_c = [t.dep_ for t in up_c[: up_c.index(common)]]
    path_o = [t.dep_ for t in up_o[: up_o.index(common)]]
    if len(path_c) + len(path_o) <= 4:
        f["mc:dep=" + "/".join(path_c) + "^" + "/".join(path_o)] = 1
    f[f"mc:dep_len={min(len(path_c) + len(path_o), 5)}"] = 1
    f[f"mc:cand_dep={cand.dep_}"] = 1
    if cand.dep_.startswith("nsubj") and cand.head == count.head:
        f["mc:subject_of_count_verb"] = 1
    if cand.head == count or cand.head.head == count:
        f[f"mc:under_count={cand.dep_}"] = 1


def extract():
    global _ANAPHORS
    from presse2data.evaluation.loading import load_gold
    from presse2data.extractor import Extractor
    from presse2data.facts.member_count.cues import statement_cue
    from presse2data.facts.member_count.groups import grouping_verb
    from presse2data.facts.member_count.subjects import subject_tokens
    from presse2data.facts.role import features as feat
    from presse2data.facts.role.features import Context, Mention
    from presse2data.inputs.reading import Article
    from presse2data.lang.parsing import on_demand
    from presse2data.facts.member_count.component import _lex

    _ANAPHORS = _lex("organization/anaphors") | _lex("member_count/addressee_pronouns")
    ex = Extractor()
    tools = on_demand(ex.nlp)
    out = {}
    from presse2data.facts.member_count.cues import Cue

    gold_of = {**load_gold(TRAIN_GOLD), **load_gold(DEV_GOLD)}
    sets = [("train", TRAIN_TEXTS, sorted(load_gold(TRAIN_GOLD))), ("dev", DEV_TEXTS, sorted(load_gold(DEV_GOLD)))]
    for name, folder, ids in sets:
        for n, aid in enumerate(ids):
            text = (folder / f"{aid}.txt").read_text(encoding="utf-8")
            article = Article(id=aid, text=text, path=aid)
            doc = ex._docs([article])[0]
            records = ex._facts_of(doc, aid, None)
            counts = []
            spans = doc.spans["member_count"] if "member_count" in doc.spans else []
            facts = (doc._.facts or {}).get("member_count") or []
            orgs = doc._.organizations or []
            persons = doc._.persons or []
            omentions = [(s.start, s.end, org) for org in orgs for s in org.spans]
            ctx = Context.of(doc, [Mention(s.start, s.end, k) for k, p in enumerate(persons) for s in p.spans],
                             [Mention(a, b, k) for k, (a, b, _) in enumerate(omentions)], [])
            sent_of = _sentence_of(doc)
            first_line_end = next((t.i for t in doc if "\n" in t.text_with_ws), len(doc))
            def candidates(span, rule_org, count, extra=False):
                cue = statement_cue(doc, span, tools, 8)
                if cue is None and span.label_ == "entity":
                    verb = grouping_verb(doc, span, tools, 8)
                    cue = Cue("grouping", verb) if verb is not None else None
                subject = subject_tokens(doc, span, cue, tools, 8) if cue is not None and cue.token is not None else []
                s = sent_of[span.start]
                near = [(a, b, o) for a, b, o in omentions
                        if (s - SENTENCES_BEFORE <= sent_of[a] <= s) or a < first_line_end]
                before = sorted((m for m in near if m[1] <= span.start), key=lambda m: -m[1])
                after = sorted((m for m in near if m[0] >= span.end), key=lambda m: m[0])
                cands = []
                for side, group in (("B<A", before), ("A<B", after)):
                    for rank, (a, b, o) in enumerate(group, 1):
                        if side == "A<B" and sent_of[a] != s:
                            continue
                        cands.append((o.name, features(doc, ctx, sent_of, span, (a, b, o), rank, side, cue, subject,
                                                       rule_org, tools, first_line_end), doc[a].idx))
                if rule_org is not None and rule_org not in {o.name for o in orgs}:
                    # the rules' proper-name subject, not a mention of the NER: a candidate of its own
                    cands.append((rule_org, {"bias": 1, "rule_free": 1, f"rule_free;cue={cue.kind if cue else None}": 1},
                                  span.start_char - 1))
                none = features(doc, ctx, sent_of, span, None, 0, "", cue, subject, rule_org, tools, first_line_end)
                none[f"none;candidates={min(len(cands), 3)}"] = 1
                counts.append({"start": span.start_char, "end": span.end_char, "count": count, "extra": extra,
                               "rule": rule_org, "cue": cue.kind if cue else None, "cands": cands, "none": none})

            for span, fact in zip(spans, facts):
                if fact is not None:
                    candidates(span, fact["organization"], fact["count"])
            emitted = [(c["start"], c["end"]) for c in counts]
            for g in gold_of[aid]:
                # a gold count the rules did not emit: more to learn attachment from (training only)
                if g.type != "member_count" or g.start is None or any(a < g.end and g.start < b for a, b in emitted):
                    continue
                span = doc.char_span(g.start, g.end, alignment_mode="expand")
                if span is not None:
                    candidates(span, None, g.count, extra=True)
            doc.user_data.clear()
            out[aid] = {"set": name, "records": records, "counts": counts}
            if n % 50 == 0:
                print(name, n, len(ids), flush=True)
    CACHE.write_bytes(pickle.dumps(out))


# -- comparison ---------------------------------------------------------------------------------
def _gold():
    from presse2data.evaluation.loading import load_gold
    return load_gold(TRAIN_GOLD), load_gold(DEV_GOLD)


def _org_index(gold_records):
    from presse2data.evaluation.scoring import _OrgIndex
    return _OrgIndex(r for r in gold_records if r.type == "organization")


def _gold_org_of(count, gold_records):
    """The gold member count a detected one stands for: overlapping (mention-level gold), else same count."""
    golds = [r for r in gold_records if r.type == "member_count"]
    for g in golds:
        if g.start is not None and g.start < count["end"] and count["start"] < g.end:
            return True, g.organization
    same = [g for g in golds if g.start is None and g.count == count["count"]]
    if same:
        return True, same[0].organization
    return False, None


def _right(name, gold_org, index):
    from presse2data.lang.names import fold_org
    if gold_org is None or name is None:
        return gold_org is None and name is None
    return fold_org(name) in index.keys(gold_org)


def _detected(data, aid):
    """The counts the rules emitted (not the gold counts added for training)."""
    return [c for c in data[aid]["counts"] if not c["extra"]]


def instances(data, gold, ids):
    """Rows and labels: per detected count with a gold counterpart, the candidates (the nearest mention
    of the gold organization positive, its other mentions left out) and *none*."""
    from presse2data.lang.names import fold_org
    rows, labels = [], []
    for aid in ids:
        index = _org_index(gold[aid])
        for c in data[aid]["counts"]:
            found, gold_org = _gold_org_of(c, gold[aid])
            if not found:
                continue
            if c["extra"] and (VARIANT["stacked"] or not VARIANT["extra"]):
                continue
            if not VARIANT["stacked"]:
                c = dict(c, cands=[x for x in c["cands"] if "rule_free" not in x[1]])
            keys = index.keys(gold_org) if gold_org is not None else frozenset()
            positives = [k for k, (name, _, _) in enumerate(c["cands"]) if fold_org(name) in keys]
            if gold_org is not None and not positives:
                continue  # out of reach
            nearest = min(positives, key=lambda k: abs(c["cands"][k][2] - c["start"])) if positives else None
            rows.append(c["none"]); labels.append(int(gold_org is None))
            for k, (name, f, _) in enumerate(c["cands"]):
                if k in positives and k != nearest:
                    continue
                rows.append(f); labels.append(int(k == nearest))
    return rows, labels


RULE_FEATURES = ("mc:rule_choice", "none;rule_none", "rule_free")
VARIANT = {"stacked": True, "extra": False}


def _keep(f):
    if VARIANT["stacked"]:
        return f
    return {k: v for k, v in f.items() if not k.startswith(RULE_FEATURES)}


def fit(rows, labels, c=0.3):
    rows = [_keep(r) for r in rows]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=2000, random_state=0, fit_intercept=False).fit(vec.fit_transform(rows), labels)
    return {f: float(w) for f, w in zip(vec.get_feature_names_out(), model.coef_[0])}


def choose(weights, count):
    def z(f):
        return sum(weights.get(k, 0.0) * v for k, v in f.items())
    best, score = None, z(count["none"])
    for name, f, _ in count["cands"]:
        if "rule_free" in f and not VARIANT["stacked"]:
            continue
        if z(f) > score:
            best, score = name, z(f)
    return best


def predictions(data, ids, weights=None, oracle=None):
    """The records, member-count organizations from the rules (``weights`` None), the scorer, or ``oracle``."""
    out = {}
    for aid in ids:
        records, counts = data[aid]["records"], {(c["start"], c["end"]): c for c in data[aid]["counts"]}
        new = []
        for r in records:
            if r.type == "member_count" and weights is not None:
                r = r.model_copy(update={"organization": choose(weights, counts[(r.start, r.end)])})
            elif r.type == "member_count" and oracle is not None:
                found, gold_org = _gold_org_of({"start": r.start, "end": r.end, "count": r.count}, oracle[aid])
                if found:
                    r = r.model_copy(update={"organization": gold_org})
            new.append(r)
        out[aid] = new
    return out


def attachment(data, gold, ids, weights=None):
    """Right organization among detected counts that have a gold counterpart: (right, of)."""
    right = total = 0
    for aid in ids:
        index = _org_index(gold[aid])
        for c in _detected(data, aid):
            found, gold_org = _gold_org_of(c, gold[aid])
            if not found:
                continue
            total += 1
            right += _right(c["rule"] if weights is None else choose(weights, c), gold_org, index)
    return right, total


def member_f1(gold, preds, ids):
    from presse2data.evaluation import evaluate
    report = evaluate({a: gold[a] for a in ids}, predictions=preds)
    s = report.scores["strict"]["member_count"]
    return s


def compare():
    from presse2data.training import folds
    from presse2data.training.examples import Example

    data = pickle.loads(CACHE.read_bytes())
    gold_train, gold_dev = _gold()
    train_ids = sorted(a for a in data if data[a]["set"] == "train")
    dev_ids = sorted(a for a in data if data[a]["set"] == "dev")
    odd = [a for a in train_ids if int(a[-1]) % 2 == 1]
    even = [a for a in train_ids if int(a[-1]) % 2 == 0]
    sites = {json.loads(line)["id"]: json.loads(line)["site"]
             for line in (ROOT / "annotations/press-train/sources.jsonl").read_text().splitlines() if line.strip()}
    fold_ids = [[e.id for e in f] for f in folds([Example(id=a, text="") for a in train_ids], 3, sites)]
    c = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
    VARIANT["stacked"] = (sys.argv[3] if len(sys.argv) > 3 else "stacked") == "stacked"
    VARIANT["extra"] = len(sys.argv) > 4 and sys.argv[4] == "extra"
    print(f"learned variant: {'with' if VARIANT['stacked'] else 'without'} the rules' choice as a feature, C = {c}"
          f"{', trained on the undetected gold counts too' if VARIANT['extra'] else ''}")

    def line(label, gold, ids, weights_by_article):
        # weights_by_article: None (rules) or {aid: weights}
        right = total = 0
        preds = {}
        for aid in ids:
            w = None if weights_by_article is None else weights_by_article[aid]
            r, t = attachment(data, gold, [aid], w)
            right, total = right + r, total + t
            preds.update(predictions(data, [aid], w))
        s = member_f1(gold, preds, ids)
        print(f"| {label} | {right}/{total} = {right / max(total, 1):.3f} | {s.tp} | {s.fp} | {s.fn} | {s.f1:.3f} |")

    print("| set, organization from | attachment (detected counts with gold) | TP | FP | FN | member_count F1 |")
    print("|---|---|---|---|---|---|")
    for label, gold, ids in (("press-train odd half", gold_train, odd), ("press-train all", gold_train, train_ids),
                             ("press-dev", gold_dev, dev_ids)):
        oracle = predictions(data, ids, oracle=gold)
        so = member_f1(gold, oracle, ids)
        print(f"| {label}: gold organization for every detected count (detection only) | — | {so.tp} | {so.fp} | {so.fn} | {so.f1:.3f} |")
        line(f"{label}: rules", gold, ids, None)
    # odd half: trained on the even half (the other folds' even articles are the even half)
    w_even = fit(*instances(data, gold_train, even), c=c)
    line("press-train odd half: learned, trained on the even half", gold_train, odd, {a: w_even for a in odd})
    # 3-fold CV grouped by site
    by_article = {}
    for held in fold_ids:
        w = fit(*instances(data, gold_train, [a for a in train_ids if a not in set(held)]), c=c)
        by_article.update({a: w for a in held})
    line("press-train all: learned, 3-fold CV by site", gold_train, train_ids, by_article)
    line("press-train odd half: learned, from the CV above", gold_train, odd, by_article)
    w_all = fit(*instances(data, gold_train, train_ids), c=c)
    line("press-dev: learned, trained on all press-train", gold_dev, dev_ids, {a: w_all for a in dev_ids})
    rows, labels = instances(data, gold_train, train_ids)
    print(f"\ntraining instances (all press-train): {len(rows)} candidates, {sum(labels)} positives")
    reach = Counter()
    from presse2data.lang.names import fold_org
    for aid in train_ids:
        index = _org_index(gold_train[aid])
        for cnt in _detected(data, aid):
            found, gold_org = _gold_org_of(cnt, gold_train[aid])
            if not found:
                reach["no gold counterpart"] += 1
            elif gold_org is None:
                reach["gold none"] += 1
            elif any(fold_org(n) in index.keys(gold_org) for n, _, _ in cnt["cands"]):
                reach["gold org among candidates"] += 1
            else:
                reach["gold org out of reach"] += 1
    print(dict(reach))
    top = sorted(w_all.items(), key=lambda kv: -abs(kv[1]))[:25]
    print("top weights:", ", ".join(f"{k} {v:+.2f}" for k, v in top))



def errors():
    """Per detected count with a gold counterpart where the rules or the CV scorer are wrong (no text)."""
    from presse2data.training import folds
    from presse2data.training.examples import Example

    data = pickle.loads(CACHE.read_bytes())
    gold_train, _ = _gold()
    train_ids = sorted(a for a in data if data[a]["set"] == "train")
    sites = {json.loads(line)["id"]: json.loads(line)["site"]
             for line in (ROOT / "annotations/press-train/sources.jsonl").read_text().splitlines() if line.strip()}
    for held in folds([Example(id=a, text="") for a in train_ids], 3, sites):
        held = {e.id for e in held}
        w = fit(*instances(data, gold_train, [a for a in train_ids if a not in held]))
        for aid in sorted(held):
            index = _org_index(gold_train[aid])
            for c in _detected(data, aid):
                found, g = _gold_org_of(c, gold_train[aid])
                if not found:
                    continue
                learned = choose(w, c)
                r_ok, l_ok = _right(c["rule"], g, index), _right(learned, g, index)
                if not (r_ok and l_ok):
                    print(f"{aid} cue={c['cue']} rules={'OK' if r_ok else 'x'} learned={'OK' if l_ok else 'x'} "
                          f"gold={g!r} rule={c['rule']!r} learned={learned!r} cands={[n for n, _, _ in c['cands']]}")



def discordant():
    """Decisions where only one of the rules and the scorer is right (CV on press-train; press-dev)."""
    from presse2data.training import folds
    from presse2data.training.examples import Example

    data = pickle.loads(CACHE.read_bytes())
    gold_train, gold_dev = _gold()
    VARIANT["stacked"] = (sys.argv[2] if len(sys.argv) > 2 else "stacked") == "stacked"
    train_ids = sorted(a for a in data if data[a]["set"] == "train")
    dev_ids = sorted(a for a in data if data[a]["set"] == "dev")
    sites = {json.loads(line)["id"]: json.loads(line)["site"]
             for line in (ROOT / "annotations/press-train/sources.jsonl").read_text().splitlines() if line.strip()}
    plan = [({e.id for e in held}, [a for a in train_ids if a not in {e.id for e in held}], gold_train)
            for held in folds([Example(id=a, text="") for a in train_ids], 3, sites)]
    plan.append((set(dev_ids), train_ids, gold_dev))
    for held, train_on, gold in plan:
        w = fit(*instances(data, gold_train, train_on))
        tally = Counter()
        for aid in sorted(held):
            index = _org_index(gold[aid])
            for c in _detected(data, aid):
                found, g = _gold_org_of(c, gold[aid])
                if found:
                    learned = choose(w, c)
                    tally[(_right(c["rule"], g, index), _right(learned, g, index))] += 1
                    if _right(c["rule"], g, index) != _right(learned, g, index):
                        print(f"  {aid} cue={c['cue']} rules {'right' if _right(c['rule'], g, index) else 'wrong'}")
        print("dev" if held == set(dev_ids) else "CV fold", {f"rules {'R' if a else 'W'} / learned {'R' if b else 'W'}": n
                                                       for (a, b), n in sorted(tally.items())})


if __name__ == "__main__":
    {"extract": extract, "compare": compare, "errors": errors, "discordant": discordant}[sys.argv[1]]()
