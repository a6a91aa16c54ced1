"""The person cues of ``models/person/rules.jsonl`` that are code, not patterns (``"code"``):
a name right after a role title (``affirme le Pdg Loïs Liberté``, ``la présidente, Ana Lefort``),
a name after a copyright sign (``© Soizic Tanguy``). :class:`~presse2data.lang.rules.RuleSet`
calls them by their registered names and stamps each span with its rule's id."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...lang.modelfiles import load_lexicon
from ...lang.rules import rule_code
from ..role.titles import title_at

_BEFORE_TITLE = frozenset(load_lexicon("person/title_determiners"))


def _name_at(doc: Doc, j: int, name_tokens: int) -> Span | None:
    """The capitalized proper nouns from token ``j`` (two at least, ``name_tokens`` at most, no place)."""
    k = j
    while k < len(doc) and k - j < name_tokens and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
            and doc[k].ent_type_ not in ("LOC",):
        k += 1
    return doc[j:k] if k - j >= 2 else None


@rule_code("person.after-title")
def after_title(doc: Doc, name_tokens: int) -> list[Span]:
    out = []
    for i in range(len(doc)):
        hit = title_at(doc, i, len(doc))
        if hit is not None and (i == 0 or doc[i - 1].lower_ in _BEFORE_TITLE):
            j = hit[0] + (1 if hit[0] < len(doc) and doc[hit[0]].text == "," else 0)
            if (name := _name_at(doc, j, name_tokens)) is not None:
                out.append(name)
    return out


@rule_code("person.photo-credit")
def photo_credit(doc: Doc, name_tokens: int) -> list[Span]:
    return [name for i, t in enumerate(doc) if t.text == "©" and (name := _name_at(doc, i + 1, name_tokens)) is not None]


def cue_spans(doc: Doc, name_tokens: int) -> list[Span]:
    """Both cues' names, for components that only need to know a name is there (organizations)."""
    return sorted([*after_title(doc, name_tokens), *photo_credit(doc, name_tokens)])
