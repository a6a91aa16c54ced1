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
from dataclasses import asdict, dataclass, field
from typing import Any

from ..facts import BY_NAME, REGISTRY, SCORED_TYPES
from ..lang.names import fold_name, fold_org
from .gold import is_article_level, locate

MODES = ("strict", "lenient")
LENIENT_TYPES = frozenset(spec.name for spec in REGISTRY if spec.mention_level)
VALUE_TOLERANCE = 0.005
SNIPPET_CHARS = 50


# -- scores -------------------------------------------------------------------------------------
@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Error:
    """One thing a user tuning rules should look at."""

    kind: str  # "false_positive", "false_negative", "wrong_value"
    type: str
    article_id: str
    predicted: str | None  # the predicted value, described
    gold: str | None  # the gold value, described
    text: str  # surface text (of the prediction, else of the gold record)
    start: int | None
    end: int | None
    context: str
    source: str | None = None  # rule of the prediction


@dataclass
class TitleAgreement:
    """Among roles matched on person and organization (strict), how many have the gold title:
    the role score does not compare titles, and users read them."""

    agree: int = 0
    matched: int = 0

    @property
    def rate(self) -> float:
        return self.agree / self.matched if self.matched else 1.0

    def to_dict(self) -> dict:
        return {"agree": self.agree, "matched": self.matched, "rate": round(self.rate, 4)}


@dataclass
class Report:
    """What :func:`presse2data.evaluation.evaluate` returns."""

    articles: list[str]
    scores: dict[str, dict[str, Score]]  # mode -> type -> score
    per_article: dict[str, dict[str, Score]]  # article -> type -> strict score
    errors: list[Error] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    titles: "TitleAgreement" = field(default_factory=lambda: TitleAgreement())

    def micro(self, mode: str = "strict") -> Score:
        total = Score()
        for score in self.scores[mode].values():
            total.add(score)
        return total

    @property
    def micro_f1(self) -> float:
        return self.micro("strict").f1

    def f1(self, type_: str, mode: str = "strict") -> float:
        return self.micro(mode).f1 if type_ == "micro" else self.scores[mode][type_].f1

    def below(self, floors: Mapping[str, float], mode: str = "strict") -> list[str]:
        """Messages for every type (or ``"micro"``) whose F1 is under its floor; empty when all pass.

        The golden test is then ``assert not report.below({"person": 0.8, ...}), report.markdown()``.
        """
        out = []
        for type_, floor in floors.items():
            value = self.f1(type_, mode)
            if value < floor:
                out.append(f"{type_}: {mode} F1 {value:.3f} < floor {floor:.3f}")
        return out

    def markdown(self) -> str:
        """The per-type table in Markdown (for the README)."""
        lines = [
            "| type | TP | FP | FN | P | R | F1 | lenient P | lenient R | lenient F1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        rows = [(t, self.scores["strict"][t], self.scores["lenient"][t]) for t in SCORED_TYPES]
        rows.append(("**micro**", self.micro("strict"), self.micro("lenient")))
        for name, s, lenient in rows:
            lines.append(
                f"| {name} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
                f"| {lenient.precision:.3f} | {lenient.recall:.3f} | {lenient.f1:.3f} |"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "scores": {
                mode: {**{t: s.to_dict() for t, s in per_type.items()}, "micro": self.micro(mode).to_dict()}
                for mode, per_type in self.scores.items()
            },
            "per_article": {
                a: {**{t: s.to_dict() for t, s in per_type.items()}, "micro": _sum(per_type.values()).to_dict()}
                for a, per_type in self.per_article.items()
            },
            "role_titles": self.titles.to_dict(),
            "errors": [asdict(e) for e in self.errors],
            "warnings": self.warnings,
        }


def _sum(scores: Iterable[Score]) -> Score:
    total = Score()
    for score in scores:
        total.add(score)
    return total


# -- items: what gets matched -------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    """A gold or predicted unit of one type in one article (a record, or a role of a person)."""

    type: str
    record: Any  # the record (for a role: the person record)
    spans: tuple[tuple[int, int], ...]  # mentions; for article-level gold, where its surface was found (or none)
    keys: frozenset[str] = frozenset()  # folded names this item answers to (person/organization/role person)
    name_key: str | None = None  # folded canonical name
    org_keys: frozenset[str] | None = None  # role / member_count organization (None: null)
    title: str | None = None  # role title
    org_name: str | None = None  # role organization as written
    article_level: bool = False  # gold without offsets: matched by value within the article
    anchor: tuple[int, int] | None = None  # where the error list shows it

    @property
    def text(self) -> str:
        if not self.article_level:
            return self.record.text
        return _get(self.record, "surface") or _get(self.record, "name") or _get(self.record, "unit") or ""

    @property
    def start(self) -> int | None:
        return self.record.start if not self.article_level else (self.anchor[0] if self.anchor else None)

    @property
    def end(self) -> int | None:
        return self.record.end if not self.article_level else (self.anchor[1] if self.anchor else None)


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


def items(
    records: Iterable[Any], gold_orgs: _OrgIndex, is_gold: bool, located: list[tuple[int, int] | None] | None = None
) -> dict[str, list[Item]]:
    """Per scored type, the items of one article's records (``article`` records are ignored).

    ``located`` gives, for article-level gold records, where they show in the text (see :func:`anchors`).
    """
    out: dict[str, list[Item]] = {t: [] for t in SCORED_TYPES}
    for i, record in enumerate(records):
        type_ = record.type
        spec = BY_NAME.get(type_)
        if spec is None:  # the article record
            continue
        level = is_gold and is_article_level(record)
        anchor = located[i] if located and level else None
        spans = _mention_spans(record, anchor) if spec.matcher == "name" else (
            ((record.start, record.end),) if not level else ((anchor,) if anchor else ())
        )
        common = {"article_level": level, "anchor": anchor}
        if type_ == "person":
            aliases = (_get(record, "aliases") or []) if is_gold else []
            name_key = fold_name(record.name)
            keys = frozenset({name_key, *(fold_name(a) for a in aliases)})
            out["person"].append(Item("person", record, spans, keys, name_key, **common))
            for role in record.roles or []:
                org = gold_orgs.keys(role.organization)
                if not is_gold and org is not None:
                    org = frozenset({fold_org(role.organization)})
                out["role"].append(
                    Item(
                        "role", record, spans, keys, name_key, org,
                        (role.title or "").casefold(), role.organization, **common,
                    )
                )
        elif spec.matcher == "name":  # organizations (and any named entity type): organization folding
            aliases = (_get(record, "aliases") or []) if is_gold else []
            name_key = fold_org(record.name)
            keys = frozenset({name_key, *(fold_org(a) for a in aliases)})
            out[type_].append(Item(type_, record, spans, keys, name_key, **common))
        else:  # a value fact; one that names an organization (member counts) is matched on it too
            org = None
            if hasattr(record, "organization"):
                org = gold_orgs.keys(record.organization)
                if not is_gold and org is not None:
                    org = frozenset({fold_org(record.organization)})
            out[type_].append(Item(type_, record, spans, org_keys=org, **common))
    return out


# -- compatibility: None = no match, else a priority (lower is better) --------------------------
def _overlap(a: Item, b: Item) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.spans for s2, e2 in b.spans)


def _where_matches(gold: Item, pred: Item) -> bool:
    """Mention-level gold: spans overlap; article-level gold: anywhere in the article."""
    return gold.article_level or _overlap(gold, pred)


def _close(a: float | None, b: float | None, rel: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if b == 0:
        return a == 0
    return abs(a - b) <= rel * abs(b)


def _orgs_match(gold: frozenset[str] | None, pred: frozenset[str] | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return bool(gold & pred)


def _named(gold: Item, pred: Item) -> float | None:
    if pred.name_key not in gold.keys:
        return None
    return 0 if pred.name_key == gold.name_key else 1


def _role(gold: Item, pred: Item) -> float | None:
    if pred.name_key not in gold.keys or not _orgs_match(gold.org_keys, pred.org_keys):
        return None
    return 0 if pred.title == gold.title else 1


def _amount(gold: Item, pred: Item) -> float | None:
    g, p = gold.record, pred.record
    if not _where_matches(gold, pred) or p.currency != g.currency:
        return None
    if not _close(p.value, g.value, VALUE_TOLERANCE) or not _close(p.value_max, g.value_max, 1e-9):
        return None
    return abs(p.value - g.value) / abs(g.value) if g.value else 0


def _member_count(gold: Item, pred: Item) -> float | None:
    if pred.record.count != gold.record.count or not _orgs_match(gold.org_keys, pred.org_keys):
        return None
    return 0 if _overlap(gold, pred) else 1


def _date(gold: Item, pred: Item) -> float | None:
    g, p = gold.record, pred.record
    if not _where_matches(gold, pred) or p.value != g.value or p.value_end != g.value_end:
        return None
    return 0


def _span_only(gold: Item, pred: Item) -> float | None:
    return 0 if _overlap(gold, pred) else None


def _lenient(strict: Callable[[Item, Item], float | None]) -> Callable[[Item, Item], float | None]:
    """Span overlap alone; an article-level gold record has no span, so strict it stays."""

    def compatible(gold: Item, pred: Item) -> float | None:
        return strict(gold, pred) if gold.article_level else _span_only(gold, pred)

    return compatible


def _same_person(gold: Item, pred: Item) -> float | None:
    return 0 if pred.name_key in gold.keys else None


# The contract's matching rules by name; each fact type of the registry names its own.
MATCHERS: dict[str, Callable[[Item, Item], float | None]] = {
    "name": _named,
    "role": _role,
    "amount": _amount,
    "member_count": _member_count,
    "date": _date,
}
STRICT = {spec.name: MATCHERS[spec.matcher] for spec in REGISTRY}
LENIENT = {spec.name: _lenient(STRICT[spec.name]) if spec.mention_level else STRICT[spec.name] for spec in REGISTRY}
# Unmatched pairs reported together as one "wrong value" error.
NEAR = {**{t: _span_only for t in SCORED_TYPES}, "role": _same_person}


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
def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def describe(item: Item) -> str:
    r = item.record
    if item.type in ("person", "organization"):
        return r.name
    if item.type == "role":
        return f"{r.name}: {item.title or '?'} @ {item.org_name if item.org_name is not None else '(none)'}"
    if item.type == "amount":
        upper = f"-{_number(r.value_max)}" if r.value_max is not None else ""
        qualifier = f" ({r.qualifier})" if _get(r, "qualifier") else ""
        return f"{_number(r.value)}{upper} {r.currency}{qualifier}"
    if item.type == "member_count":
        return f"{r.count} {r.unit} @ {r.organization if r.organization is not None else '(none)'}"
    if item.type == "date":
        value = r.value if r.value is not None else "null"
        end = f"/{r.value_end}" if r.value_end else ""
        mod = f" {r.mod}" if _get(r, "mod") else ""
        return f"{value}{end}{mod}"
    return str(r)


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
) -> tuple[dict[str, dict[str, Score]], list[Error]]:
    """Scores (mode -> type -> Score) and errors of one article; ``titles`` counts the title
    agreement of its matched roles."""
    index = _OrgIndex(r for r in gold if r.type == "organization")
    gold_items = items(gold, index, is_gold=True, located=anchors(gold, text))
    if any(is_article_level(r) for r in gold):
        predicted = [r for r in predicted if not (r.type == "date" and r.relative and r.value is None)]
    pred_items = items(predicted, index, is_gold=False)
    scores: dict[str, dict[str, Score]] = {mode: {} for mode in MODES}
    errors: list[Error] = []
    for type_ in SCORED_TYPES:
        golds, preds = gold_items[type_], pred_items[type_]
        strict = match(golds, preds, STRICT[type_])
        scores["strict"][type_] = Score(len(strict), len(preds) - len(strict), len(golds) - len(strict))
        lenient = strict if type_ not in LENIENT_TYPES else match(golds, preds, LENIENT[type_])
        scores["lenient"][type_] = Score(len(lenient), len(preds) - len(lenient), len(golds) - len(lenient))
        errors.extend(_errors(article_id, type_, golds, preds, strict, text))
        if type_ == "role" and titles is not None:
            titles.matched += len(strict)
            titles.agree += sum(preds[j].title == golds[i].title for j, i in strict.items())
    return scores, errors


def _errors(article_id, type_, golds, preds, matched, text) -> list[Error]:
    free_preds = [j for j in range(len(preds)) if j not in matched]
    free_golds = [i for i in range(len(golds)) if i not in set(matched.values())]
    near = match([golds[i] for i in free_golds], [preds[j] for j in free_preds], NEAR[type_])
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
        source=_get(pred.record, "source") if pred else None,
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
    totals: dict[str, dict[str, Score]] = {mode: {t: Score() for t in SCORED_TYPES} for mode in MODES}
    per_article: dict[str, dict[str, Score]] = {}
    errors: list[Error] = []
    titles = TitleAgreement()
    for article_id in articles:
        if article_id not in predicted:
            warnings.append(f"{article_id}: annotated but no predictions for it; all its gold records count as misses")
        scores, article_errors = score_article(article_id, gold[article_id], predicted.get(article_id, []), texts.get(article_id), titles)
        for mode in MODES:
            for type_, s in scores[mode].items():
                totals[mode][type_].add(s)
        per_article[article_id] = scores["strict"]
        errors.extend(article_errors)
    extra = sorted(set(predicted) - set(gold))
    if extra:
        warnings.append(f"{len(extra)} predicted article(s) without annotations ignored: {', '.join(extra[:5])}{' …' if len(extra) > 5 else ''}")
    return Report(articles=articles, scores=totals, per_article=per_article, errors=errors, warnings=warnings, titles=titles)


__all__ = ["Error", "Item", "Report", "Score", "TitleAgreement", "SCORED_TYPES", "describe", "match", "score", "score_article", "snippet"]
