"""The contract's matching rules (``shared/spec/records.md``, last section), implemented exactly.

| type         | a prediction matches a gold record when                            | level   |
|--------------|---------------------------------------------------------------------|---------|
| person       | folded ``name`` equals the gold folded ``name`` or an alias         | article |
| organization | same, with organization folding                                     | article |
| role         | same person, and same organization (both null counts)               | article |
| amount       | ``value`` (to 0.5%), ``currency`` and ``value_max`` equal, overlap  | mention |
| member_count | same ``count``, organizations match as above (both null counts)     | article |
| date         | ``value`` and ``value_end`` equal, spans overlap                    | mention |

Decisions the contract leaves open, taken here:

- A role is ``(person, organization)``; the title is not compared. A predicted
  role belongs to the person it is attached to; it matches a gold role when the
  predicted person's folded name is the gold person's name or one of its aliases,
  so a person found under an alias keeps credit for its roles.
- An organization named in a role or a member count matches a gold organization
  name through that gold organization's aliases too (``Grappe`` counts for
  ``Grappe Numérique de Valdor`` when the annotator listed it).
- ``value_max`` is "equal" up to float rounding (``3e6 == 3000000``); both null counts.
- Each gold record matches at most one prediction and each prediction at most one
  gold record: a maximum bipartite matching that tries better candidates first
  (exact name before alias, same title, closest value).
- Lenient scores (amount and date only) count span overlap alone; for the other
  types lenient equals strict.
- Article-level gold (records without offsets, detected per record): amounts and
  dates match by value alone within the article, each gold record at most one
  prediction (a multiset); persons, organizations, roles and member counts match
  as above, as they are article-level already. In an article with any
  article-level gold record, predicted dates with ``relative: true`` and a null
  value are left out (they cannot be right or wrong without a reference date).
  Lenient equals strict for an article-level gold record: it has no span to overlap.
- The error list shows an article-level gold record where its ``surface`` (else its
  name) first occurs in the article text, when the text is known (occurrences of
  the same surface taken in text order); those located spans only pair a miss with
  a false positive as a ``wrong_value`` error, they never decide a match.
- Precision, recall and F1 of a type with no gold and no prediction are 1.0
  (nothing to find, nothing wrongly found); otherwise an empty denominator gives 0.
- Errors: an unmatched prediction and an unmatched gold record of the same type
  whose spans overlap (any mention, for persons and organizations; the same
  person, for roles) are reported together as one ``wrong_value`` error; the
  rest are ``false_positive`` and ``false_negative``. Counts are unaffected: a
  wrong value is still one FP and one FN.

Why not nervaluate: its strict/exact/partial/ent_type schemes score labelled
character spans. Persons, organizations, roles and member counts match here at
article level on folded names with aliases, not on spans; amounts and dates
need value equality (with a 0.5% tolerance) on top of overlap. Only the lenient
amount/date score corresponds to one of its schemes (``ent_type``), and mixing
two implementations would make the error list disagree with the counts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..facts import FactType, by_name, derived, scored
from ..facts.matching import Item, span_only
from ..lang.names import fold_org
from .gold import is_article_level, locate
from .results import Error, Report, Score, TitleAgreement

MODES = ("strict", "lenient")
SNIPPET_CHARS = 50


def scored_types() -> tuple[str, ...]:
    """The scored types (the registry's types, each followed by its parts: ``role`` after ``person``)."""
    return tuple(spec.name for spec in scored())


# -- items: what gets matched -------------------------------------------------------------------
def _get(record: Any, name: str, default: Any = None) -> Any:
    return getattr(record, name, default)


def _mention_spans(record: Any, anchor: tuple[int, int] | None = None) -> tuple[tuple[int, int], ...]:
    if record.start is None:  # article-level gold: its located surface, if any
        return (anchor,) if anchor else ()
    mentions = _get(record, "mentions") or []
    spans = tuple((m.start, m.end) for m in mentions)
    return spans or ((record.start, record.end),)


def _anchor_phrase(record: Any) -> str | None:
    return _get(record, "surface") or _get(record, "name")


def anchors(records: list[Any], text: str | None) -> list[tuple[int, int] | None]:
    """Where each article-level gold record shows in ``text`` (None for the others, or when not found)."""
    wanted = [i for i, r in enumerate(records) if is_article_level(r)]
    out: list[tuple[int, int] | None] = [None] * len(records)
    if text is None or not wanted:
        return out
    for i, found in zip(wanted, locate(text, [_anchor_phrase(records[i]) for i in wanted])):
        out[i] = found
    return out


class _OrgIndex:
    """Folded organization names of one article's gold records, each mapped to all its names."""

    def __init__(self, gold_orgs: Iterable[Any]):
        self.groups: dict[str, frozenset[str]] = {}
        for org in gold_orgs:
            names = frozenset(fold_org(n) for n in [org.name, *(_get(org, "aliases") or [])])
            for key in names:
                self.groups.setdefault(key, names)

    def keys(self, name: str | None) -> frozenset[str] | None:
        if name is None:
            return None
        key = fold_org(name)
        return self.groups.get(key, frozenset({key}))

def _items_of(spec: FactType, record: Any, gold_orgs: _OrgIndex, is_gold: bool, holder: Any = None, **common: Any) -> Item:
    """One record (or part) as an :class:`Item`: its folded names (entities, a part's holder), the organization it names."""
    named = holder if holder is not None else record
    keys, name_key = frozenset(), None
    fold = spec.fold or (by_name(holder.type).fold if holder is not None else None)
    if fold is not None:
        aliases = (getattr(named, "aliases", None) or []) if is_gold else []
        name_key = fold(named.name)
        keys = frozenset({name_key, *(fold(a) for a in aliases)})
    org = None
    if spec.fold is None and hasattr(record, "organization"):  # matched on the organization it names
        org = gold_orgs.keys(record.organization)
        if not is_gold and org is not None:
            org = frozenset({fold_org(record.organization)})
    return Item(spec.name, record, holder=holder, keys=keys, name_key=name_key, org_keys=org, **common)


def items(
    records: Iterable[Any], gold_orgs: _OrgIndex, is_gold: bool, located: list[tuple[int, int] | None] | None = None
) -> dict[str, list[Item]]:
    """Per scored type, the items of one article's records (``article`` records are ignored).

    ``located`` gives, for article-level gold records, where they show in the text (see :func:`anchors`).
    """
    out: dict[str, list[Item]] = {t: [] for t in scored_types()}
    for i, record in enumerate(records):
        spec = by_name(record.type)
        if spec is None or record.type not in out:  # the article record
            continue
        level = is_gold and is_article_level(record)
        anchor = located[i] if located and level else None
        common = {"spans": _mention_spans(record, anchor), "article_level": level, "anchor": anchor}
        out[spec.name].append(_items_of(spec, record, gold_orgs, is_gold, **common))
        for part in spec.parts:
            for sub in getattr(record, part.field) or []:
                out[part.name].append(_items_of(part, sub, gold_orgs, is_gold, holder=record, **common))
    return out


# -- compatibility: None = no match, else a priority (lower is better) --------------------------
def _lenient(strict: Callable[[Item, Item], float | None]) -> Callable[[Item, Item], float | None]:
    """Span overlap alone; an article-level gold record has no span, so strict it stays."""

    def compatible(gold: Item, pred: Item) -> float | None:
        return strict(gold, pred) if gold.article_level else span_only(gold, pred)

    return compatible


@derived
def matchers() -> dict[str, dict[str, Callable[[Item, Item], float | None]]]:
    """Per mode, each scored type's match function (its ``views.match``); ``near`` pairs the
    unmatched into one "wrong value" error."""
    strict = {spec.name: spec.match for spec in scored()}
    return {
        "strict": strict,
        "lenient": {spec.name: _lenient(spec.match) if spec.mention_level else spec.match for spec in scored()},
        "near": {spec.name: spec.near or span_only for spec in scored()},
    }


def match(golds: list[Item], preds: list[Item], compatible: Callable[[Item, Item], float | None]) -> dict[int, int]:
    """Maximum one-to-one matching ``{pred index: gold index}``, trying better candidates first."""
    options: list[list[int]] = []
    for gold in golds:
        ranked = [(prio, j) for j, pred in enumerate(preds) if (prio := compatible(gold, pred)) is not None]
        options.append([j for _, j in sorted(ranked)])
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    # Golds with fewer candidates first: they are the ones that can be starved.
    for i in sorted(range(len(golds)), key=lambda i: len(options[i])):
        augment(i, set())
    return owner

# -- describing records for the error list ------------------------------------------------------
def describe(item: Item) -> str:
    spec = by_name(item.type)
    return spec.describe(item) if spec is not None and spec.describe is not None else str(item.record)


def snippet(text: str | None, start: int | None, end: int | None, surface: str, width: int = SNIPPET_CHARS) -> str:
    """``…before [mention] after…`` on one line; just ``[surface]`` when the article text or the offsets are unknown."""
    if text is None or start is None or end is None or not (0 <= start <= end <= len(text)):
        return f"[{surface}]"
    left = max(0, start - width)
    right = min(len(text), end + width)
    out = f"{'…' if left else ''}{text[left:start]}[{text[start:end]}]{text[end:right]}{'…' if right < len(text) else ''}"
    return " ".join(out.split())

# -- scoring ------------------------------------------------------------------------------------
def score_article(
    article_id: str,
    gold: list[Any],
    predicted: list[Any],
    text: str | None = None,
    titles: TitleAgreement | None = None,
    kinds: TitleAgreement | None = None,
) -> tuple[dict[str, dict[str, Score]], list[Error]]:
    """Scores (mode -> type -> Score) and errors of one article; ``titles`` and ``kinds`` count the
    agreement of its matched items on the field their type declares (a role's title, an
    organization's kind)."""
    index = _OrgIndex(r for r in gold if r.type == "organization")
    gold_items = items(gold, index, is_gold=True, located=anchors(gold, text))
    if any(is_article_level(r) for r in gold):
        predicted = [r for r in predicted if not ((spec := by_name(r.type)) and spec.undecidable and spec.undecidable(r))]
    pred_items = items(predicted, index, is_gold=False)
    scores: dict[str, dict[str, Score]] = {mode: {} for mode in MODES}
    errors: list[Error] = []
    compatible = matchers()
    for spec in scored():
        type_ = spec.name
        golds, preds = gold_items[type_], pred_items[type_]
        strict = match(golds, preds, compatible["strict"][type_])
        scores["strict"][type_] = Score(len(strict), len(preds) - len(strict), len(golds) - len(strict))
        lenient = match(golds, preds, compatible["lenient"][type_]) if spec.mention_level else strict
        scores["lenient"][type_] = Score(len(lenient), len(preds) - len(lenient), len(golds) - len(lenient))
        errors.extend(_errors(article_id, type_, golds, preds, strict, text))
        agreement = {"role": titles, "organization": kinds}.get(type_)
        if spec.agreement and agreement is not None:
            pairs = [(golds[i], preds[j]) for j, i in strict.items()
                     if not spec.agreement_optional or getattr(golds[i].record, spec.agreement) is not None]
            agreement.matched += len(pairs)
            agreement.agree += sum(_agreed(spec.agreement, gold, pred) for gold, pred in pairs)
    return scores, errors


def _agreed(field: str, gold: Item, pred: Item) -> bool:
    return (getattr(gold.record, field) or "").casefold() == (getattr(pred.record, field) or "").casefold()


def _errors(article_id, type_, golds, preds, matched, text) -> list[Error]:
    free_preds = [j for j in range(len(preds)) if j not in matched]
    free_golds = [i for i in range(len(golds)) if i not in set(matched.values())]
    near = match([golds[i] for i in free_golds], [preds[j] for j in free_preds], matchers()["near"][type_])
    paired_golds = set()
    out = []
    for j_local, i_local in near.items():
        gold, pred = golds[free_golds[i_local]], preds[free_preds[j_local]]
        paired_golds.add(free_golds[i_local])
        out.append(_error("wrong_value", article_id, gold, pred, text))
    paired_preds = {free_preds[j] for j in near}
    out += [_error("false_positive", article_id, None, preds[j], text) for j in free_preds if j not in paired_preds]
    out += [_error("false_negative", article_id, golds[i], None, text) for i in free_golds if i not in paired_golds]
    return sorted(out, key=lambda e: (e.start if e.start is not None else -1, e.kind))


def _error(kind: str, article_id: str, gold: Item | None, pred: Item | None, text: str | None) -> Error:
    shown = pred or gold
    assert shown is not None
    return Error(
        kind=kind,
        type=shown.type,
        article_id=article_id,
        predicted=describe(pred) if pred else None,
        gold=describe(gold) if gold else None,
        text=shown.text,
        start=shown.start,
        end=shown.end,
        context=snippet(text, shown.start, shown.end, shown.text or describe(shown)),
        source=_get(pred.located, "source") if pred else None,
    )


def score(
    gold: Mapping[str, list[Any]],
    predicted: Mapping[str, list[Any]],
    texts: Mapping[str, str] | None = None,
    warnings: list[str] | None = None,
) -> Report:
    """Score every annotated article; predictions for articles without annotations are ignored."""
    texts = texts or {}
    warnings = list(warnings or [])
    articles = sorted(gold)
    totals: dict[str, dict[str, Score]] = {mode: {t: Score() for t in scored_types()} for mode in MODES}
    per_article: dict[str, dict[str, Score]] = {}
    errors: list[Error] = []
    titles, kinds = TitleAgreement(), TitleAgreement()
    for article_id in articles:
        if article_id not in predicted:
            warnings.append(f"{article_id}: annotated but no predictions for it; all its gold records count as misses")
        scores, article_errors = score_article(article_id, gold[article_id], predicted.get(article_id, []), texts.get(article_id), titles, kinds)
        for mode in MODES:
            for type_, s in scores[mode].items():
                totals[mode][type_].add(s)
        per_article[article_id] = scores["strict"]
        errors.extend(article_errors)
    extra = sorted(set(predicted) - set(gold))
    if extra:
        warnings.append(f"{len(extra)} predicted article(s) without annotations ignored: {', '.join(extra[:5])}{' …' if len(extra) > 5 else ''}")
    return Report(articles=articles, scores=totals, per_article=per_article, errors=errors, warnings=warnings, titles=titles, kinds=kinds)



__all__ = ["Error", "Item", "Report", "Score", "TitleAgreement", "describe", "match", "matchers", "score", "score_article",
           "scored_types", "snippet"]
