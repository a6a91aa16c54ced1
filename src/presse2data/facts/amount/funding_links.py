"""Who receives an amount and who gives it: the linker's funding scorers.

An amount raised, granted, invested or lent has a recipient (the organization that raises or
receives it) and funders (investors, funds, banks, public bodies). Which organization mention
plays which part is read from the words around them — ``X lève 2 M€ auprès de Y et Z``,
``une subvention de 30 000 € de la Région à l'association X``, ``un tour de table mené par Y``
— by two linear scorers trained on press-train with the role scorers (``presse2data train``,
:mod:`presse2data.training.linker`), their weights in the same ``linker.json``:

- ``funding_amount``: is the amount money raised, granted, invested or lent to or by a named
  organization (not a turnover, a valuation, a market size)? From the words around it;
- ``funding_recipient``: for such an amount, each organization mention nearby and *none*: the
  best wins;
- ``funding_funder``: each organization mention nearby, other than the recipient: a funder
  when it scores over the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ...lang.modelfiles import lexicon_fields, load_lexicon
from ..role import features as feat
from ..role.features import Context, Mention

SCORERS = ("funding_amount", "funding_recipient", "funding_funder")
WINDOW = 150  # tokens between an amount and an organization mention
SENTENCES = 2  # the amount's sentence and two before or after (the subject named earlier)
BAG = 20  # tokens: the words between an amount and a mention this close are features
CONTENT = ("VERB", "NOUN", "ADP", "AUX")


@dataclass(frozen=True)
class AmountSpan:
    """An amount mention: token offsets."""

    start: int
    end: int


def candidates(ctx: Context, amount: AmountSpan, orgs: list[Mention]) -> list[tuple[Mention, int]]:
    """Organization mentions near an amount, each with its rank by distance on its side."""
    near = [o for o in orgs if ctx.sentence_gap(amount.start, o.start) <= SENTENCES
            and min(abs(amount.start - o.end), abs(o.start - amount.end)) <= WINDOW]
    before = sorted((o for o in near if o.end <= amount.start), key=lambda o: -o.end)
    after = sorted((o for o in near if o.start >= amount.end), key=lambda o: o.start)
    return [(o, n) for side in (before, after) for n, o in enumerate(side, 1)]


@cache
def _verb_stems() -> tuple[tuple[str, str], ...]:
    """``models/funding/verbs.txt``: (stem, side) of the verbs that move money, longest first."""
    pairs = (lexicon_fields(e)[:2] for e in load_lexicon("funding/verbs"))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _money_verb(token, nouns: bool = False) -> str | None:
    """``give`` (``accorde``, ``investit``) or ``receive`` (``lève``, ``obtient``), or None;
    ``nouns``: a token tagged a noun too (a headline's ``X lève`` often is)."""
    if token.pos_ not in (("VERB", "AUX", "NOUN") if nouns else ("VERB", "AUX")) and not token.tag_.startswith("VERB"):
        return None
    word = token.lower_
    return next((side for stem, side in _verb_stems() if word.startswith(stem)), None)


_LEAD_IN = frozenset({",", "a", "ont", "vient", "viennent", "de", "d'", "d’", "déjà", "également", "aussi", "ainsi"})


def _verb_after(doc: Doc, org: Mention) -> str | None:
    """``X lève``, ``X a levé``, ``X vient d'obtenir``: the money verb right after a name (its subject)."""
    i = org.end
    while i < min(len(doc), org.end + 4) and doc[i].lower_ in _LEAD_IN:
        i += 1
    if i >= len(doc) or doc[i].lower_ == "vers":
        return None
    return _money_verb(doc[i], nouns=True)


def _preposition_before(doc: Doc, org: Mention) -> str | None:
    """The preposition that governs a name, past its determiner and type noun: ``pour l'association X``
    → ``pour``, ``auprès de Y`` → ``auprès de``, ``mené par Z`` → ``mené par``; after a money verb,
    its side: ``octroyés à l'entreprise X`` → ``give à``."""
    i, skipped = org.start - 1, 0
    while i >= 0 and skipped < 4 and doc[i].pos_ in ("DET", "NOUN", "ADJ", "PUNCT") and doc[i].text not in ",;:.()":
        i, skipped = i - 1, skipped + 1
    if i < 0 or doc[i].pos_ != "ADP":
        return None
    prep = doc[i].lower_
    if i > 0 and (moved := _money_verb(doc[i - 1])):
        return f"{moved} {prep}"  # "octroyés à X", "investis dans X", "apporté par Y"
    if i > 0 and doc[i - 1].pos_ in ("ADV", "ADP", "NOUN", "VERB") and doc[i - 1].is_alpha:
        return f"{doc[i - 1].lower_} {prep}"  # "auprès de", "au profit de", "mené par"
    return prep


def _words(doc: Doc, start: int, end: int, name: str, f: dict[str, float]) -> None:
    for i in range(max(0, start), min(len(doc), end)):
        tok = doc[i]
        if tok.pos_ in CONTENT:
            f[f"{name}={tok.lower_}"] = 1


def _amount_context(doc: Doc, amount: AmountSpan, prefix: str, f: dict[str, float]) -> None:
    """The words that say what the money is: ``subvention de``, ``lève``, ``doté de``, ``budget``."""
    _words(doc, amount.start - 5, amount.start, f"{prefix}amount_prev", f)
    _words(doc, amount.end, amount.end + 4, f"{prefix}amount_next", f)


def amount_features(doc: Doc, ctx: Context, amount: AmountSpan, orgs: list[Mention]) -> dict[str, float]:
    """Whether an amount is funding: the words before and after it, a money verb near it in its
    sentence (``lève 2 M€``, ``600 000 € ont été investis``: by its side, whatever its inflection),
    and organizations nearby."""
    f: dict[str, float] = {"bias": 1}
    for i in range(max(0, amount.start - 8), amount.start):
        if not doc[i].is_punct:
            f[f"fa:prev={doc[i].lower_}"] = 1
    for i in range(amount.end, min(len(doc), amount.end + 5)):
        if not doc[i].is_punct:
            f[f"fa:next={doc[i].lower_}"] = 1
    f[f"fa:prev1={doc[amount.start - 1].lower_ if amount.start else '<edge>'}"] = 1
    sent = doc[amount.start].sent
    for i in range(max(sent.start, amount.start - 6), amount.start):
        if moved := _money_verb(doc[i], nouns=True):
            f[f"fa:{moved}_verb_before"] = 1
    for i in range(amount.end, min(sent.end, amount.end + 4)):
        if moved := _money_verb(doc[i]):
            f[f"fa:{moved}_verb_after"] = 1
    same = sum(ctx.sentence_gap(amount.start, o.start) == 0 for o in orgs)
    f[f"fa:orgs_in_sentence={min(same, 3)}"] = 1
    return f


def recipient(doc: Doc, ctx: Context, amount: AmountSpan, org: Mention | None, rank: int, count: int,
              kind: str | None = None) -> dict[str, float]:
    f = _features(doc, ctx, amount, org, rank, count, kind, "fr:")
    if org is not None:  # the recipient is the subject of a receiving verb or governed by "à", "pour"
        side = "B<A" if org.end <= amount.start else "A<B"
        verb = _verb_after(doc, org)
        if verb:
            f[f"fr:{side};subject_of_{verb}_verb"] = 1
        prep = _preposition_before(doc, org)
        if prep:
            f[f"fr:{side};governed_by={prep}"] = 1
            f[f"fr:governed_by={prep.split()[-1]}"] = 1
    return f


def funder(doc: Doc, ctx: Context, amount: AmountSpan, org: Mention, rank: int, count: int,
           kind: str | None = None) -> dict[str, float]:
    return _features(doc, ctx, amount, org, rank, count, kind, "ff:")


def _features(doc: Doc, ctx: Context, amount: AmountSpan, org: Mention | None, rank: int, count: int,
              kind: str | None, prefix: str) -> dict[str, float]:
    if org is None:
        f = {"bias": 1, f"{prefix}none": 1, f"{prefix}none;candidates={min(count, 3)}": 1}
        _amount_context(doc, amount, f"{prefix}none;", f)
        return f
    side = "B<A" if org.end <= amount.start else "A<B"
    sgap = min(ctx.sentence_gap(amount.start, org.start), 2)
    f = {"bias": 1, f"{prefix}{side};sent={sgap}": 1, f"{prefix}{side};sent={sgap};rank={min(rank, 3)}": 1,
         f"{prefix}kind={kind}": 1, f"{prefix}mentions={min(ctx.mentions_of(org), 3)}": 1}
    if ctx.first_org is not None and org.entity == ctx.first_org:
        f[f"{prefix}first_organization"] = 1
    lo, hi = (org.end, amount.start) if side == "B<A" else (amount.end, org.start)
    if any(doc[i].pos_ == "VERB" for i in range(lo, hi)):
        f[f"{prefix}{side};verb_between"] = 1
    for i in range(lo, hi):
        moved = _money_verb(doc[i])
        if moved:  # the organization before a giving verb funds, before a receiving one is funded
            f[f"{prefix}{side};{moved}_verb_between"] = 1
    if any(i in ctx.org_tokens for i in range(lo, hi)):
        f[f"{prefix}{side};org_between"] = 1
    if hi - lo <= BAG:
        _words(doc, lo, hi, f"{prefix}{side};w", f)
    prev = doc[org.start - 1].lower_ if org.start else "<edge>"
    f[f"{prefix}org_prev={prev}"] = 1
    if org.start >= 2:
        f[f"{prefix}org_prev2={doc[org.start - 2].lower_} {prev}"] = 1
    nxt = doc[org.end].lower_ if org.end < len(doc) else "<edge>"
    f[f"{prefix}org_next={nxt}"] = 1
    _amount_context(doc, amount, prefix, f)
    if prefix == "ff:":  # funders are named in more ways (``auprès de``, ``mené par``, lists): the finer surface helps
        f.update(feat.pair(doc, ctx, amount.start, amount.end, org.start, org.end, prefix))
    return f


def best_recipient(scorer, doc: Doc, ctx: Context, amount: AmountSpan, cands: list[tuple[Mention, int]], kind_of,
                   none: bool = True) -> int | None:
    """The entity the recipient scorer ranks first among ``cands`` (and *none*, unless ``none`` is False)."""
    best, best_score = None, scorer.probability(recipient(doc, ctx, amount, None, 0, len(cands))) if none else -1.0
    for o, rank in cands:
        score = scorer.probability(recipient(doc, ctx, amount, o, rank, len(cands), kind_of(o)))
        if score > best_score:
            best, best_score = o.entity, score
    return best


def link(scorers: dict, doc: Doc, ctx: Context, amount: AmountSpan, orgs: list[Mention], kind_of) -> tuple[bool, int | None, list[int]]:
    """Whether the amount is funding, its recipient entity (or None) and its funder entities."""
    if scorers["funding_amount"].probability(amount_features(doc, ctx, amount, orgs)) < scorers["funding_amount"].threshold:
        return False, None, []
    fun = scorers["funding_funder"]
    cands = candidates(ctx, amount, orgs)
    best = best_recipient(scorers["funding_recipient"], doc, ctx, amount, cands, kind_of)
    funders: list[int] = []
    for o, rank in cands:
        if o.entity != best and o.entity not in funders \
                and fun.probability(funder(doc, ctx, amount, o, rank, len(cands), kind_of(o))) >= fun.threshold:
            funders.append(o.entity)
    return True, best, _with_coordinated(doc, funders, [o for o, _ in cands], best)


COORDINATION = frozenset({",", "et", "ainsi", "que", "de", "d'", "d’", "du", "des", "la", "le", "les", "l'", "l’"})


def _with_coordinated(doc: Doc, funders: list[int], mentions: list[Mention], recipient: int | None) -> list[int]:
    """``auprès de Y et de Z``, ``Y, Z et W``: the organizations coordinated with a funder fund too."""
    chosen = [m for m in mentions if m.entity in funders]
    grown = True
    while grown:
        grown = False
        for m in mentions:
            if m.entity in funders or m.entity == recipient:
                continue
            for c in chosen:
                lo, hi = (c.end, m.start) if c.end <= m.start else (m.end, c.start)
                words = [doc[i].lower_ for i in range(lo, hi)]
                if 0 < len(words) <= 4 and all(w in COORDINATION for w in words) and ("et" in words or "," in words):
                    funders.append(m.entity)
                    chosen.append(m)
                    grown = True
                    break
    return funders
