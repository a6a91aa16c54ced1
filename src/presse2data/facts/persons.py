"""Persons: ``PER`` entities grouped into one record per person and article.

- civility is stripped from the name (``M. Palayer`` → ``Palayer``) but kept in the
  mention (``"M. Palayer"``, the text a reader sees);
- a short form (a surname, or civility + surname) is attached to the one full name
  of the article that ends with it, so ``M. Palayer`` is a mention of
  ``Gregory Palayer``;
- roles come from :mod:`presse2data.facts.roles`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..normalize.names import fold_name, strip_civility
from ..records import Mention, PersonRecord
from .base import ArticleContext
from .roles import roles_for

_CIVILITY_TOKENS = {"M.", "M", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr", "Monsieur", "Madame", "Messieurs"}


def _with_civility(span: Span) -> Span:
    """Extend a PER span one token left over a civility (``M.`` ``Palayer``)."""
    if span.start > 0 and span.doc[span.start - 1].text in _CIVILITY_TOKENS:
        return span.doc[span.start - 1 : span.end]
    return span


def _person_spans(doc: Doc) -> list[Span]:
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        span = _with_civility(ent)
        name = strip_civility(span.text)
        if not name or not any(c.isupper() for c in name):
            continue
        spans.append(span)
    return spans


def records(doc: Doc, ctx: ArticleContext) -> list[PersonRecord]:
    spans = _person_spans(doc)
    names = [strip_civility(s.text) for s in spans]
    full = {fold_name(n): n for n in names if len(n.split()) > 1}
    groups: dict[str, list[Span]] = {}
    display: dict[str, str] = {}
    for span, name in zip(spans, names):
        key = fold_name(name)
        if key not in full:
            owners = [k for k in full if k.endswith(" " + key)]
            if len(owners) == 1:
                key = owners[0]
        groups.setdefault(key, []).append(span)
        if len(name) > len(display.get(key, "")):
            display[key] = full.get(key, name)
    out = []
    for key, group in groups.items():
        first = group[0]
        out.append(
            PersonRecord(
                article_id=ctx.article_id,
                text=first.text,
                start=first.start_char,
                end=first.end_char,
                source="ner",
                name=display[key],
                mentions=[Mention(start=s.start_char, end=s.end_char, text=s.text) for s in group],
                roles=roles_for(group, doc, ctx),
            )
        )
    return out
