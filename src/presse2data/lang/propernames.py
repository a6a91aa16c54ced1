"""The proper-name grammar every fact type shares: which tokens can be part of a name,
where a name starting (or ending) at a token stops, and the NER entity around a token.

A name is capitalized words (``La Grappe``, ``Caisse des Dépôts``), joined by connectors
(``de``, ``du``, ``&``, ``-``), closed by a short number (``AéroVision 31``), a version
(``Web 2.0``) or a company-suffix word written in lowercase; a capitalized word that opens
a sentence is part of a name only when it is no common French word (the model's vectors
tell). Web addresses (``X.com``) are names."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from .modelfiles import load_lexicon


DETERMINERS = frozenset(load_lexicon("shared/determiners"))
CONNECTORS = frozenset(load_lexicon("shared/name_connectors"))
LEADING_ARTICLES = frozenset(load_lexicon("shared/leading_articles"))
LIST_SEPARATORS = frozenset(load_lexicon("shared/list_separators"))
WEB_NAME = re.compile(r"^[A-Z][\w-]*\.(?-i:com|net|org|info|biz|[a-z]{2})$", re.IGNORECASE)
VERSION = re.compile(r"^\d+(?:\.\d+)+$")
ACRONYM = re.compile(r"^[A-ZÉ][A-ZÉ0-9&]{1,7}$")
CURRENCY = set("€$£¥%")
STOPWORDS = frozenset(load_lexicon("shared/stopwords"))




def is_namey(tok: Token) -> bool:
    """A token that can be part of a proper name: capitalized, camel-cased or a web address."""
    if tok.is_lower:  # no capital letter: the common case, answered from the lexeme
        return False
    text = tok.text
    if not text[:1].isalpha() and not text[:1].isdigit():
        return False
    if not any(c.isupper() for c in text):
        return False
    if sentence_initial(tok) and tok.pos_ != "PROPN" and has_vector(tok) and not WEB_NAME.match(text):
        return False
    return True


def sentence_initial(tok: Token) -> bool:
    """First word of a sentence or line, judged on punctuation (the parser's sentences are unreliable)."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_space and "\n" not in tok.doc[i].text:
        i -= 1
    if i < 0:
        return True
    prev = tok.doc[i]
    return prev.text in (".", "!", "?", "…", ":", "«", "“", '"') or "\n" in prev.text or "\n" in prev.whitespace_


def has_vector(tok: Token) -> bool:
    """The lowercase form is a common French word of the model's vocabulary."""
    return tok.vocab[tok.lower_].has_vector


def name_end(doc: Doc, i: int, limit: int = 7) -> int:
    """End (exclusive) of the proper name starting at token ``i``, or ``i`` if none."""
    if i >= len(doc) or doc[i].is_lower:  # a lowercase word starts no name (articles are capitalized)
        return i
    start = i
    if doc[i].text in LEADING_ARTICLES and i + 1 < len(doc) and is_namey(doc[i + 1]):
        i += 1
    if not is_namey(doc[i]):
        return start
    end = i + 1
    suffixes = company_suffixes()
    while end < len(doc) and end - start < limit:
        tok = doc[end]
        if tok.text == "\n" or tok.is_space:
            break
        if is_namey(tok) and not sentence_initial(tok):
            end += 1
        elif VERSION.match(tok.text) or name_number(doc, end):
            end += 1
        elif tok.text.casefold() in suffixes and tok.text.islower():
            end += 1
        elif tok.text in ("+", "++") and (end + 1 >= len(doc) or not (is_namey(doc[end + 1]) or doc[end + 1].like_num)):
            end += 1  # "Valdor Tech +": a trailing plus sign closes the name
            break
        elif tok.lower_ in CONNECTORS and (tok.text != "-" or not tok.whitespace_) \
                and end + 1 < len(doc) and is_namey(doc[end + 1]) \
                and not doc[end + 1].is_sent_start and doc[end + 1].ent_type_ != "PER":
            end += 2
        else:
            break
    return end


def name_number(doc: Doc, i: int) -> bool:
    """A short number closing a name (``AéroVision 31``, ``MedLab 21``), not a quantity before a noun."""
    tok = doc[i]
    if not tok.is_digit or len(tok.text) > 3:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.lower_ in ("et", "ou", "qui")


def name_start(doc: Doc, end: int, limit: int = 6) -> int:
    """Start of the proper name ending just before token ``end`` (``end`` if none)."""
    i = end - 1
    if i < 0 or not is_namey(doc[i]) and not VERSION.match(doc[i].text) and not name_number(doc, i):
        return end
    start = end
    while i >= 0 and end - i <= limit:
        tok = doc[i]
        if is_namey(tok) or ((VERSION.match(tok.text) or name_number(doc, i)) and start == end):
            start = i
            if sentence_initial(tok):
                break
            i -= 1
        elif tok.lower_ in CONNECTORS and i - 1 >= 0 and is_namey(doc[i - 1]) and start < end:
            i -= 1
        else:
            break
    if start == end - 1 and name_number(doc, start):
        return end  # a number alone is no name
    return start


def ent_at(doc: Doc, i: int) -> Span | None:
    """The NER entity covering token ``i``, walked from the IOB tags (``doc.ents`` builds them all)."""
    tok = doc[i]
    if not tok.ent_type_:
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)




@cache
def company_suffixes() -> dict[str, str]:
    """Words that close a company name (``X Solutions``, ``X Capital``) -> kind (``models/organization/type_nouns.txt``)."""
    out = {}
    for line in load_lexicon("organization/type_nouns"):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > 2 and parts[2] == "suffix":
            out[parts[0].casefold()] = parts[1]
    return out
