"""The ``presse2data_funding`` component: which amounts are funding, who receives them, who gives.

The amounts are the ``amount`` component's, the organizations the ``organization``
component's; the learned linker (:mod:`presse2data.facts.amount.funding_links`, weights in the
model folder's ``linker.json``) says whether an amount is funding and links its recipient and
funders. Kind and round are read from the words around the amount (:mod:`.normalize`). A
budget (``un budget de 640 000 euros``) is funding of kind ``budget`` whose recipient is the
body the linker's recipient scorer ranks first: the annotations give budgets no links (§13),
so the scorers do not learn them.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import facts_of, set_facts
from ...learned import learned_dir
from ..amount import SPEC as AMOUNT
from ..amount.funding_links import AmountSpan, SCORERS, best_recipient, candidates, link
from ..organization.component import kind_of as organization_kind
from ..role.features import Context, Mention
from ..role.linker import Linker
from . import SPEC
from .normalize import kind_of, round_of

SOURCE = "funding/linker"


@Language.factory(
    SPEC.factory,
    requires=["doc._.organizations", "doc._.facts", "doc.sents"],
    assigns=["doc._.facts", "doc.spans"],
    default_config={"learned": ""},
)
def make_component(nlp: Language, name: str, learned: str):
    """``learned``: the model folder whose ``linker.json`` links funding (default: the shipped one)."""
    scorers = Linker.load(Path(learned or learned_dir()) / "linker.json").scorers
    trained = all(name in scorers for name in SCORERS)

    def component(doc: Doc) -> Doc:
        set_facts(doc, SPEC.name, fundings(doc, scorers) if trained else [])
        return doc

    return component


def fundings(doc: Doc, scorers: dict) -> list[tuple[Span, dict]]:
    orgs = doc._.organizations or []
    mentions = [Mention(s.start, s.end, n) for n, entity in enumerate(orgs) for s in entity.spans]
    ctx = Context.of(doc, [], mentions, [])
    kinds = {m: organization_kind(doc, m.start, m.end) for m in mentions}  # once per Doc, not per amount
    out = []
    for span, fact in facts_of(doc, AMOUNT.name):
        amount = AmountSpan(span.start, span.end)
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        words = [t.lower_.rstrip(".") or "." for t in sent]  # "série A." ends a sentence as one token
        kind = kind_of(words, span.start - sent.start, span.end - sent.start)
        if kind == "budget":  # the body it belongs to: the organization the recipient scorer ranks first
            to = best_recipient(scorers["funding_recipient"], doc, ctx, amount, candidates(ctx, amount, mentions),
                                kinds.__getitem__, none=False)
            by = []
            if to is None:
                continue
        else:
            funded, to, by = link(scorers, doc, ctx, amount, mentions, kinds.__getitem__)
            if not funded:
                continue
        out.append((Span(doc, span.start, span.end, label="funding", span_id=SOURCE), {
            "amount": {k: fact.get(k) for k in ("value", "currency", "value_max", "qualifier")},
            "recipient": orgs[to].name if to is not None else None,
            "funders": [orgs[f].name for f in by],
            "kind": kind,
            "round": round_of(words, span.start - sent.start, span.end - sent.start),
        }))
    return out

