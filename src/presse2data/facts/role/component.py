"""The ``presse2data_roles`` component: the roles of each person, from title spans (a lexicon,
:mod:`.spans`) and a trained linker (:mod:`.linker`) over the person and organization mentions.

Writes ``doc._.roles`` (per person, as ``doc._.persons``) and ``doc.spans["role"]``: each
role's title span, or the person mention of an affiliation, ``span.id_`` = ``role/linker``.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import extensions  # noqa: F401  (registers doc._.roles)
from ...learned import learned_dir
from . import SPEC
from .features import Mention
from .linker import Linker, link
from .record import Role
from .spans import title_spans
from .titles import feminine

SOURCE = "role/linker"


@Language.factory(
    SPEC.factory,
    requires=["doc._.persons", "doc._.organizations", "doc.sents", "token.pos"],
    assigns=["doc._.roles", "doc.spans"],
    default_config={"learned": ""},
)
def make_component(nlp: Language, name: str, learned: str):
    """``learned``: the model folder whose ``linker.json`` links titles (default: the shipped one)."""
    linker = Linker.load(Path(learned or learned_dir()) / "linker.json")

    def component(doc: Doc) -> Doc:
        doc._.roles, doc.spans[SPEC.name] = roles(doc, linker)
        return doc

    return component


def mentions(entities) -> list[Mention]:
    return [Mention(s.start, s.end, n) for n, entity in enumerate(entities) for s in entity.spans]


def roles(doc: Doc, linker: Linker) -> tuple[list[list[Role]], list[Span]]:
    """Per person, its roles; and the spans that say them."""
    persons, orgs = doc._.persons or [], doc._.organizations or []
    pm, om = mentions(persons), mentions(orgs)
    blocked = {i for m in pm + om for i in range(m.start, m.end)}
    out: list[list[Role]] = [[] for _ in persons]
    spans: list[Span] = []
    for found in link(linker, doc, title_spans(doc, blocked), pm, om):
        title = found.title.title if found.title else None
        if title and found.title.verb and _is_feminine(doc, persons[found.person].spans):
            title = feminine(title)
        org = orgs[found.organization].name if found.organization is not None else None
        role = Role(title=title, organization=org)
        if role in out[found.person]:
            continue
        out[found.person].append(role)
        where = (found.title.start, found.title.end) if found.title else (persons[found.person].spans[0].start, persons[found.person].spans[0].end)
        spans.append(Span(doc, *where, span_id=SOURCE))
    return [_without_redundant(r) for r in out], spans


def _is_feminine(doc: Doc, spans: list[Span]) -> bool:
    """``présidée par Ana Roy`` → ``présidente``: the tagger's gender of the first name, or ``Mme``."""
    for span in spans:
        if span.start > 0 and doc[span.start - 1].text in ("Mme", "Madame"):
            return True
        gender = doc[span.start].morph.get("Gender")
        if gender:
            return gender[0] == "Fem"
    return False


def _without_redundant(roles: list[Role]) -> list[Role]:
    """A null-title role at an organization the person also has a title at says nothing more."""
    titled = {r.organization for r in roles if r.title}
    placed = {r.title for r in roles if r.title and r.organization}
    return [r for r in roles if (r.title or r.organization not in titled)
            and not (r.organization is None and r.title in placed)]
