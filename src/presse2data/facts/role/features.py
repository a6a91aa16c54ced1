"""What the linker sees of a pair: surface and parse-free features of two spans of a Doc.

A title and a person mention (who holds it), a title and an organization mention or none
(where), a person and an organization without a title (an affiliation: ``Nom (Société)``).
Each feature is a name (``between=, ``, ``gap=1``, ``dir=T<P``) with value 1: the weights of
:mod:`.linker` say what each is worth. The words between two close spans are a feature of
their own, so the commas, parentheses, prepositions and determiners of French appositions
(``X, présidente de Y``, ``Nom (Société), trésorier ;``, ``Sa cofondatrice, X``) are read
from the data, not written as branches.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre"})
RESPECTIVELY = "respectivement"
MAX_BETWEEN = 4  # tokens: the words between two spans this close are one feature


@dataclass(frozen=True)
class Mention:
    """A person or organization mention: token offsets and the entity it belongs to."""

    start: int
    end: int
    entity: int


@dataclass(frozen=True)
class Context:
    """What the features of one Doc share: sentence index per token, mention tokens."""

    sent_of: list[int]
    person_tokens: frozenset[int]
    org_tokens: frozenset[int]
    title_tokens: frozenset[int]
    org_counts: dict[int, int]  # mentions per organization entity
    first_org: int | None  # the entity of the article's first organization mention
    item_of: list[int]  # per token, the number of ";" before it in its sentence (the list item)
    list_head_end: dict[int, int]  # per sentence with a ";" list: the token after its first ":"

    def mentions_of(self, org: Mention) -> int:
        return self.org_counts.get(org.entity, 0)

    @classmethod
    def of(cls, doc: Doc, persons: list[Mention], orgs: list[Mention], titles) -> "Context":
        sent_of = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = n
        counts: dict[int, int] = {}
        for m in orgs:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        first = min(orgs, key=lambda m: m.start).entity if orgs else None
        item_of, heads = [0] * len(doc), {}
        for n, sent in enumerate(doc.sents):
            semicolons = [t.i for t in sent if t.text == ";"]
            if not semicolons:
                continue
            colon = next((t.i for t in sent if t.text == ":" and t.i < semicolons[0]), None)
            if colon is not None:
                heads[n] = colon + 1
            item = 0
            for t in sent:
                item += t.text == ";"
                item_of[t.i] = item
        return cls(sent_of,
                   frozenset(i for m in persons for i in range(m.start, m.end)),
                   frozenset(i for m in orgs for i in range(m.start, m.end)),
                   frozenset(i for t in titles for i in range(t.start, t.end)),
                   counts, first, item_of, heads)

    def sentence_gap(self, a: int, b: int) -> int:
        return abs(self.sent_of[a] - self.sent_of[b])

    def items_apart(self, a, b) -> bool:
        """Two spans of one sentence in different items of its ``;`` list."""
        return self.sent_of[a.start] == self.sent_of[b.start] and self.item_of[a.start] != self.item_of[b.start]

    def in_list(self, span) -> bool:
        """``span`` is in an item of a ``;`` list that follows a heading (``Le bureau : …``)."""
        head = self.list_head_end.get(self.sent_of[span.start])
        return head is not None and span.start >= head

    def heads_list(self, org, title) -> bool:
        """``org`` is in the head of the ``;`` list ``title`` is in (``Le bureau de X : …``)."""
        head = self.list_head_end.get(self.sent_of[title.start])
        return head is not None and self.sent_of[org.start] == self.sent_of[title.start] and org.end <= head <= title.start


def _gap_bucket(gap: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (5, "3-5"), (10, "6-10"), (20, "11-20")):
        if gap <= limit:
            return name
    return "20+"


def _word(doc: Doc, i: int) -> str:
    if 0 <= i < len(doc):
        tok = doc[i]
        return tok.lower_ if tok.is_punct or tok.pos_ in ("DET", "ADP", "CCONJ", "PRON", "AUX", "SCONJ") else tok.pos_
    return "<edge>"


def _between(doc: Doc, ctx: Context, start: int, end: int, prefix: str, f: dict[str, float]) -> None:
    """Features of the tokens from ``start`` to ``end`` (the gap between two spans)."""
    gap = max(0, end - start)
    f[f"{prefix}gap={_gap_bucket(gap)}"] = 1
    if gap <= MAX_BETWEEN:
        f[f"{prefix}between=" + " ".join(_word(doc, i) for i in range(start, end))] = 1
    words = [doc[i].lower_ for i in range(start, end)]
    for mark in (",", "(", ")", ";", ":", "et", "«", "»", "-", "–", "par", "de", "chez"):
        n = words.count(mark)
        if n:
            f[f"{prefix}has={mark}{'+' if n > 1 else ''}"] = 1
    if any(i in ctx.person_tokens for i in range(start, end)):
        f[f"{prefix}person_between"] = 1
    if any(i in ctx.org_tokens for i in range(start, end)):
        f[f"{prefix}org_between"] = 1
    if any(i in ctx.title_tokens for i in range(start, end)):
        f[f"{prefix}title_between"] = 1
    if any(doc[i].pos_ == "VERB" for i in range(start, end)):
        f[f"{prefix}verb_between"] = 1
    if end > start and "\n" in doc[start:end].text_with_ws:
        f[f"{prefix}line_break"] = 1


def pair(doc: Doc, ctx: Context, a_start: int, a_end: int, b_start: int, b_end: int, prefix: str) -> dict[str, float]:
    """Features of span A (title or person) against span B, by their order."""
    before = b_end <= a_start
    f: dict[str, float] = {"bias": 1, f"{prefix}dir={'B<A' if before else 'A<B'}": 1}
    sgap = ctx.sentence_gap(a_start, b_start)
    f[f"{prefix}sent={min(sgap, 2)}"] = 1
    lo, hi = (b_end, a_start) if before else (a_end, b_start)
    _between(doc, ctx, lo, hi, prefix + ("<" if before else ">"), f)
    f[f"{prefix}before_a={_word(doc, a_start - 1)}"] = 1
    f[f"{prefix}after_a={_word(doc, a_end)}"] = 1
    f[f"{prefix}before_b={_word(doc, b_start - 1)}"] = 1
    f[f"{prefix}after_b={_word(doc, b_end)}"] = 1
    if doc[a_start - 1].lower_ in POSSESSIVES if a_start > 0 else False:
        f[f"{prefix}possessive_a;sent={min(sgap, 2)};{'B<A' if before else 'A<B'}"] = 1
    return f


def title_person(doc: Doc, ctx: Context, title, person: Mention, respectively: bool, rank: int = 1) -> dict[str, float]:
    f = pair(doc, ctx, title.start, title.end, person.start, person.end, "tp:")
    side = "B<A" if person.end <= title.start else "A<B"
    f[f"tp:rank={min(rank, 4)};{side}"] = 1
    if title.verb:
        f["tp:verb_title;" + ("B<A" if person.end <= title.start else "A<B")] = 1
    if respectively:
        f["tp:respectivement"] = 1
    return f


def title_org(doc: Doc, ctx: Context, title, org: Mention | None, rank: int, candidates: int) -> dict[str, float]:
    if org is None:
        f = {"bias": 1, "to:none": 1, f"to:none;after={_word(doc, title.end)}": 1,
             f"to:none;candidates={min(candidates, 3)}": 1}
        if title.verb:
            f["to:none;verb"] = 1
        if title.public:
            f["to:none;public"] = 1
        if title.start > 0 and doc[title.start - 1].lower_ in POSSESSIVES:
            f["to:none;possessive"] = 1
        return f
    f = pair(doc, ctx, title.start, title.end, org.start, org.end, "to:")
    side = "B<A" if org.end <= title.start else "A<B"
    if title.public:
        f[f"to:public;{side}"] = 1
    f[f"to:rank={min(rank, 4)};{side}"] = 1
    f[f"to:mentions={min(ctx.mentions_of(org), 3)}"] = 1  # the organization the article is about
    if ctx.first_org is not None and org.entity == ctx.first_org:
        f["to:first_organization"] = 1
    if title.verb:
        f["to:verb_title;" + ("B<A" if org.end <= title.start else "A<B")] = 1
    if ctx.heads_list(org, title):  # "Le bureau de X : A (Y), présidente ; B (Z), trésorier"
        f["to:heads_list"] = 1
    elif ctx.in_list(title):
        f[f"to:in_list;own_item={not ctx.items_apart(title, org)}"] = 1
    return f


def person_org(doc: Doc, ctx: Context, person: Mention, org: Mention) -> dict[str, float]:
    return pair(doc, ctx, person.start, person.end, org.start, org.end, "po:")
