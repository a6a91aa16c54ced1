"""What looks like an organization but is not one (events, labels, places, titles, persons)."""

from __future__ import annotations



from spacy.tokens import Doc

from ...lang.names import fold_name, fold_org
from ...lang.propernames import CURRENCY, ent_at, sentence_initial
from .lexicons import non_org, role_titles
from .candidates import Cand, after_place_word


def rejected(doc: Doc, c: Cand, person_names: set[str]) -> bool:
    span = doc[c.start : c.end]
    text = span.text.strip()
    folded = fold_org(text)
    table = non_org()
    if not folded or folded in table["phrase"] or text in table["acronym"]:
        return True
    if "\n" in span.text or any(c in CURRENCY for c in text):
        return True  # a span across lines, "3 M€"
    if any(fold_name(t.text) in table["token"] for t in span):
        return True
    if c.end == len(doc) and len(doc[-1].text) <= 3 and not doc[-1].is_upper:
        return True  # the last word of a text cut mid-sentence may be truncated ("lancé par le Co")
    if c.end + 1 < len(doc) and doc[c.end].text == "(" and doc[c.end + 1].lower_ == "loi" \
            or c.start > 0 and doc[c.start - 1].lower_ == "loi":
        return True  # "la LODEOM (loi pour ...)", "la loi NOTRe": a law
    if len(span) > 1 and all(t.is_upper and t.is_alpha and doc.vocab[t.lower_].has_vector for t in span) \
            and c.rule in ("ner", "organization/list-item"):
        return True  # a heading in capitals ("UN MOTEUR D'INNOVATION COLLECTIVE"): common words
    if span[-1].text[-1:] in ("'", "’"):
        return True  # "M'" of "M'hamed": a name never ends with an elided word
    if c.rule.startswith("organization/") and c.rule not in ("organization/list-item",):
        return False
    if _inside_person(doc, c):
        return True  # "Gaspard" of "Gaspard de Valmont": a given name read alone
    if after_place_word(doc, c.start):
        return True
    before = c.start - 1
    while before >= 0 and (doc[before].pos_ in ("ADJ", "DET") or doc[before].text in ("«", "“", '"')):
        before -= 1
    if before >= 0 and fold_name(doc[before].text) in table["before"]:
        return True
    if fold_name(span[0].text) in role_titles():
        return True
    if len(span) == 1 and sentence_initial(span[0]) and (
        span[0].pos_ in ("VERB", "ADJ", "AUX", "ADV", "NOUN", "DET") or doc.vocab[span[0].lower_].has_vector
    ):
        return True
    if _after_title(doc, c.start):
        return True
    if any(name in folded for name in person_names):
        return True
    # a quoted capitalized common noun phrase (« Traçabilité physique »): a theme, not a name
    k = c.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    quoted = k >= 0 and doc[k].text.strip() in ("«", "“", '"')
    if quoted and len(span) > 1 and not any(t.pos_ == "PROPN" or t.is_upper for t in span) and span[1].is_lower:
        return True
    return False


def _inside_person(doc: Doc, c: Cand) -> bool:
    """The candidate is part of a longer person name the NER found."""
    e = ent_at(doc, c.start)  # not ``doc.ents``: it walks the whole Doc, once per candidate
    return e is not None and e.label_ == "PER" and len(e) > 1 and c.end <= e.end and (e.start, e.end) != (c.start, c.end)


def _after_title(doc: Doc, start: int) -> bool:
    """``le Pdg, Prénom Nom``: a name right after a role title is a person."""
    k = start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0:
        return False
    words = [fold_name(t.text) for t in doc[max(0, k - 2) : k + 1]]
    return any(" ".join(words[i:]) in role_titles() for i in range(len(words)))
