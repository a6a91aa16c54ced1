"""Title spans: where a text names a post (rules: French titles are a closed lexicon).

- a title of ``models/role/titles.txt`` (``présidente``, ``directeur général``, ``PDG``), with
  the mark of a former post (``ancien``, ``ex-``) and adjacent titles joined (``ministre
  déléguée``, ``président-directeur général``);
- extended over its own complement, which is not an organization: a portfolio or unit in
  lowercase (``directeur de l'innovation``, ``vice-présidente chargée du numérique``,
  ``président du conseil d'administration``); it stops at a name, a type noun that introduces
  the organization (``directeur de la start-up X``), a person, a place, punctuation or a verb,
  so no date, verb or participle ends up in a title (``délégué général le 1er juin`` →
  ``délégué général``);
- a verb or noun of a post (``models/role/verb_titles.txt``): ``présidée par`` → ``président``,
  ``fondée par`` → ``fondateur``.

Which person holds a title and where is learned (:mod:`.linker`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ...lang.modelfiles import load_lexicon
from ...lang.names import fold_name
from ...lang.tokens import glued_word_end
from ..organization.lexicons import type_nouns
from .titles import title_at

_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "pour"})
_DEMONYM = re.compile(r"(?:ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ain|aine)$")  # "alsacien", "nantaise"
_DETERMINERS = frozenset({"la", "le", "l'", "l’", "les"})
_CHARGED = frozenset({"chargé", "chargée", "chargés", "chargées", "délégué", "déléguée", "adjoint", "adjointe"})
_PARTICIPLES = frozenset({"elu", "elue", "elus", "elues", "nomme", "nommee", "nommes", "nommees"})
# a title's complement never names these: a territory or a generic body is the organization's
# place or the organization itself ("président de la région", "préfet de la région")
_TERRITORIES = frozenset({"région", "département", "ville", "métropole", "commune", "agglomération", "état",
                          "république", "gouvernement", "collectivité", "territoire", "pays", "île"})
# adjectives right after a title that are part of it ("conseiller régional", "directrice opérationnelle"),
# except the qualifiers of time or election
_NOT_PART = frozenset({"sortant", "sortante", "actuel", "actuelle", "elu", "elue", "nomme", "nommee",
                       "designe", "designee", "depuis", "jusqu", "lui", "elle"})
MAX_COMPLEMENT = 6


@dataclass(frozen=True)
class TitleSpan:
    start: int  # token offsets
    end: int
    title: str  # lowercased as written, or the post's noun for a verb (présidée → président)
    verb: bool = False  # found as a verb or a noun of a post
    public: bool = False  # a political office (titles.txt "public"): its organization is rarely named


@cache
def _months() -> frozenset[str]:
    return frozenset(line.split()[0].lower() for line in load_lexicon("date/months"))


@cache
def _bodies() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold_name(line).split()) for line in load_lexicon("role/bodies"))


def _body_end(doc: Doc, k: int) -> int | None:
    """End of an internal body named at ``k`` (``conseil d'administration``), else None."""
    for body in _bodies():
        words: list[str] = []
        for j in range(k, min(len(doc), k + 2 * len(body) + 1)):
            words.extend(fold_name(doc[j].text).split())
            if tuple(words) == body:
                return j + 1
            if tuple(words) != body[: len(words)]:
                break
    return None


@cache
def _verb_titles() -> dict[str, str]:
    out = {}
    for line in load_lexicon("role/verb_titles"):
        forms, _, title = line.partition("|")
        for form in forms.split(","):
            out[form.strip().lower()] = title.strip()
    return out


def _title_adjective(tok) -> bool:
    """An adjective that belongs to a title (``régional``, ``opérationnelle``, ``numérique``), not a
    demonym, a participle or a qualifier of time (``alsacien``, ``expatrié``, ``sortant``)."""
    return (tok.pos_ == "ADJ" and tok.is_alpha and tok.text[:1].islower() and fold_name(tok.text) not in _NOT_PART
            and not _DEMONYM.search(tok.lower_) and "Part" not in tok.morph.get("VerbForm"))


def _complement_end(doc: Doc, end: int, blocked: set[int]) -> int:
    """End of a title's own complement after ``end`` (``de l'innovation``), else ``end``."""
    kinds = type_nouns()[0]
    j, best = end, end
    while j < len(doc) and j - end < 2 and j not in blocked and _title_adjective(doc[j]):
        best = j = j + 1  # "conseiller régional", "vice-présidente déléguée"
    if j < len(doc) and doc[j].lower_ in _CHARGED:  # "vice-présidente chargée du numérique"
        j += 1
    elif j + 1 < len(doc) and doc[j].lower_ == "en" and doc[j + 1].lower_ == "charge":  # "en charge du numérique"
        j += 2
    steps = 0
    while j < len(doc) and steps < MAX_COMPLEMENT:
        k = j
        while k < len(doc) and (doc[k].lower_ in _PREPOSITIONS or doc[k].lower_ in _DETERMINERS):
            k += 1
        if k == j or k >= len(doc):
            break
        body_end = _body_end(doc, k)
        if body_end is not None:  # "président du conseil d'administration"
            best = j = body_end
            steps += 1
            continue
        head_end = glued_word_end(doc, k, len(doc))
        head = doc[k:head_end].text.lower()
        tok = doc[k]
        if (k in blocked or head in kinds or head in _TERRITORIES or head in _months() or not tok.is_alpha
                or tok.text[:1].isupper() or tok.ent_type_ or tok.pos_ != "NOUN"):
            break
        m = head_end
        while m < len(doc) and m not in blocked and _title_adjective(doc[m]):
            m += 1
        best = j = m
        steps += 1
    return best


def title_spans(doc: Doc, blocked: set[int] = frozenset()) -> list[TitleSpan]:
    """The title spans of a Doc, in order; ``blocked`` tokens (names) are never part of one."""
    verbs = _verb_titles()
    out: list[TitleSpan] = []
    i = 0
    while i < len(doc):
        if i in blocked:
            i += 1
            continue
        hit = title_at(doc, i, len(doc))
        if hit is not None and any(t in blocked for t in range(i, hit[0])):
            hit = None
        if hit is not None and fold_name(doc[i].text) in _PARTICIPLES:
            hit = None  # "élu président": the participle is not the post
        if hit is not None:
            end = hit[0]
            while end < len(doc) and (nxt := title_at(doc, end, len(doc))) is not None \
                    and not any(t in blocked for t in range(end, nxt[0])):
                end = nxt[0]  # "ministre déléguée", "président directeur général"
            end = _complement_end(doc, end, blocked)
            out.append(TitleSpan(i, end, doc[i:end].text.lower(), public=hit[1]))
            i = end
            continue
        title = verbs.get(doc[i].lower_)
        if title is not None and doc[i].pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            out.append(TitleSpan(i, i + 1, title, verb=True))
        i += 1
    return out
