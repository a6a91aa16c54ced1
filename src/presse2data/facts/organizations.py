"""Organizations: cue-based recognition that fixes and overrides the NER's ORG labels.

French phrasings handled (each candidate keeps the id of the cue that found it):

- a type noun before a capitalized name, with an optional descriptor and apposition
  comma: ``l'association La Grappe``, ``la société de cloud X``, ``le site
  Jeuxvideo.com``, ``son pôle X``, ``un accélérateur de start-up du logiciel libre,
  la X``, ``les deux accélérateurs financiers X et Y``, ``le technopôle de l'X``
  (``models/lexicons/org_type_nouns.txt``, noun → kind);
- a name followed by an apposition that types it: ``X, start-up originaire de ...``,
  ``X, fondée il y a dix ans``, ``X (éditeur ERP ...)``; a name ending with a company
  word (``X Solutions``, ``X Capital``, ``X Network``); a web address name (``X.com``);
  the object of a founding verb (``j'ai créé l'X``, ``a racheté X``);
- an acronym in parentheses whose letters are the initials of the words before it:
  ``Agence régionale de développement économique (ARDE)``;
- public bodies with a proper name (``models/rules/organizations.jsonl``):
  ``conseil régional d'Auvergne``, ``la Région Auvergne``, ``CCI du Cantal``,
  ``communauté urbaine du Grand Toulouse``, ``Nantes Métropole``, ``Université de
  Nantes``, ``ministère de l'Économie numérique``. Decision: ``ville de Marseille`` /
  ``Ville d'Aix`` is the municipality, a public body, except after ``dans la`` / ``en``;
- national institutions (``models/lexicons/institutions.txt``): ``Caisse des dépôts``,
  ``Bpifrance``, ``Banque publique d'investissement`` ...;
- lists split into one organization each when one item is already an organization or
  the list follows a noun of companies: ``parmi les partenaires ... A, B, C ou encore
  D``, ``SSII (A, B, C et D)``, ``sous-traitants : A, B, C ou D, etc.``;
- a medium after a speech noun: ``dans un entretien à X``, ``les explications de Y à X``;
  a photo agency in a credit: ``Crédit photo : © Prénom Nom - X``;
- the organization of a job title: ``chargé de mission à la X``, ``cofondateur de X``,
  ``ingénieure chez X``, ``au sein de X`` (even when the NER tagged X as a place after a
  founder/head title; after another title a place is kept only as the tail of a longer
  name: ``président du Grand Dijon`` → ``communauté urbaine du Grand Dijon``);
  ``à la tête de X``, ``un contrat avec X``, ``celui de X`` (``models/lexicons/org_cue_words.txt``);
- a type noun written capitalized mid-sentence is part of the name (``la Banque X``,
  ``dont Réseau Ferré de France``); a short number closes a name (``la PME X 31``);
  a name in parentheses right after a name is the same organization (``... de
  l'estuaire (Carene)``); lowercase adjectives close public bodies and universities
  (``Université de Bretagne occidentale``, ``communauté d'agglomération du Pays voironnais``).

Rejected (``models/lexicons/non_org_words.txt``): events (``... Day``, ``salon``,
``Week-end``), labels and programmes (``French Tech``, ``le label X``, ``le projet X``),
generic references (``la Région``, ``le Département``), titles (``Ministre``, ``Pdg``),
common acronyms (``THD``, ``ERP``), spans across lines or holding a currency sign (``3 M€``),
a place opening a sentence (``A Lyon, l'accélérateur X``), a sentence-initial word the model tags as a verb or
adjective (``Ciblée``), spans holding a person's name, NER places without a cue.
A body named after a label is kept (``French Tech Rennes``).

One record per organization per article under its fullest name; shorter or reordered
forms, ``Région X`` / ``conseil régional de X`` and an acronym / its expansion are
mentions of the same record.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..modelfiles import load_lexicon
from ..normalize.names import fold_name, fold_org
from ..records import Mention, OrganizationRecord
from ..rules import RuleSet
from .base import ArticleContext, find_word, lemma_of, span_group

COMPONENT = "presse2data_organizations"
GROUP = "organization"

_DETERMINERS = {"le", "la", "l'", "l’", "les", "un", "une", "des", "du", "au", "aux", "de", "d'", "d’",
                "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "ce", "cet", "cette", "ces"}
_CONNECTORS = {"de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "by", "&", "-", "of", "the", "and"}
_LEADING_ARTICLES = {"La", "Le", "Les", "L'", "L’", "The"}
_LIST_SEPARATORS = {",", "et", "ou", "ainsi", "que", "encore", "voire"}
_WEB_NAME = re.compile(r"^[A-Z][\w-]*\.(?-i:com|net|org|info|biz|[a-z]{2})$", re.IGNORECASE)
_VERSION = re.compile(r"^\d+(?:\.\d+)+$")
_ACRONYM = re.compile(r"^[A-ZÉ][A-ZÉ0-9&]{1,7}$")
_CURRENCY = set("€$£¥%")
_STOPWORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "à", "a", "au", "aux"}


# -- lexicons ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TypeNoun:
    kind: str
    of: bool = False
    named: bool = False  # capitalized mid-sentence, the noun is part of the name ("la Banque X")


@cache
def _type_nouns() -> tuple[dict[str, _TypeNoun], dict[str, str]]:
    """(cue nouns → kind/of, company-suffix words → kind) from ``org_type_nouns``."""
    nouns, suffixes = {}, {}
    for line in load_lexicon("organization/type_nouns"):
        parts = [p.strip() for p in line.split("|")]
        word, kind, flag = parts[0], parts[1], (parts[2] if len(parts) > 2 else "")
        if flag == "suffix":
            suffixes[word.casefold()] = kind
        else:
            nouns[word.casefold()] = _TypeNoun(kind, flag == "of", flag == "name")
    return nouns, suffixes


@cache
def _cue_words() -> dict[str, frozenset[str]]:
    """Context words by cue (``models/lexicons/org_cue_words.txt``): list_intro, founding_verb, ..."""
    table: dict[str, set[str]] = defaultdict(set)
    for line in load_lexicon("organization/cue_words"):
        cue, _, word = line.partition("|")
        table[cue.strip()].add(word.strip().replace("’", "'"))
    return {cue: frozenset(words) for cue, words in table.items()}


def _cue(name: str) -> frozenset[str]:
    return _cue_words().get(name, frozenset())


@cache
def _non_org() -> dict[str, set[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for line in load_lexicon("organization/non_org_words"):
        kind, _, entry = line.partition("|")
        table[kind.strip()].add(entry.strip() if kind.strip() == "acronym" else fold_org(entry))
    return table


@cache
def _role_titles() -> frozenset[str]:
    return frozenset(fold_name(line.split("|")[0]) for line in load_lexicon("role/titles"))


@cache
def _institutions() -> tuple[re.Pattern, tuple[str, ...]]:
    """One regex for every institution name (longest first, apostrophes and spaces flexible,
    acronyms case-sensitive) and the kind of each alternative, by group index."""
    entries = [line.split("|", 1) for line in load_lexicon("organization/institutions")]
    alternatives, kinds = [], []
    for n, (kind, name) in enumerate(sorted(entries, key=lambda e: -len(e[1]))):
        body = re.escape(name.strip()).replace("'", "['’]").replace(r"\ ", r"\s+")
        alternatives.append(f"(?P<i{n}>{body})" if name.strip().isupper() else f"(?P<i{n}>(?i:{body}))")
        kinds.append(kind.strip())
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])"), tuple(kinds)


# -- token helpers ------------------------------------------------------------------------------------


def _is_namey(tok: Token) -> bool:
    """A token that can be part of a proper name: capitalized, camel-cased or a web address."""
    if tok.is_lower:  # no capital letter: the common case, answered from the lexeme
        return False
    text = tok.text
    if not text[:1].isalpha() and not text[:1].isdigit():
        return False
    if not any(c.isupper() for c in text):
        return False
    if _sentence_initial(tok) and tok.pos_ != "PROPN" and doc_has_vector(tok) and not _WEB_NAME.match(text):
        return False
    return True


def _sentence_initial(tok: Token) -> bool:
    """First word of a sentence or line, judged on punctuation (the parser's sentences are unreliable)."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_space and "\n" not in tok.doc[i].text:
        i -= 1
    if i < 0:
        return True
    prev = tok.doc[i]
    return prev.text in (".", "!", "?", "…", ":", "«", "“", '"') or "\n" in prev.text or "\n" in prev.whitespace_


def doc_has_vector(tok: Token) -> bool:
    """The lowercase form is a common French word of the model's vocabulary."""
    return tok.vocab[tok.lower_].has_vector


def _name_end(doc: Doc, i: int, limit: int = 7) -> int:
    """End (exclusive) of the proper name starting at token ``i``, or ``i`` if none."""
    if i >= len(doc) or doc[i].is_lower:  # a lowercase word starts no name (articles are capitalized)
        return i
    start = i
    if doc[i].text in _LEADING_ARTICLES and i + 1 < len(doc) and _is_namey(doc[i + 1]):
        i += 1
    if not _is_namey(doc[i]):
        return start
    end = i + 1
    _, suffixes = _type_nouns()
    while end < len(doc) and end - start < limit:
        tok = doc[end]
        if tok.text == "\n" or tok.is_space:
            break
        if _is_namey(tok) and not _sentence_initial(tok):
            end += 1
        elif _VERSION.match(tok.text) or _name_number(doc, end):
            end += 1
        elif tok.text.casefold() in suffixes and tok.text.islower():
            end += 1
        elif tok.lower_ in _CONNECTORS and (tok.text != "-" or not tok.whitespace_) \
                and end + 1 < len(doc) and _is_namey(doc[end + 1]) \
                and not doc[end + 1].is_sent_start and doc[end + 1].ent_type_ != "PER":
            end += 2
        else:
            break
    return end


def _name_number(doc: Doc, i: int) -> bool:
    """A short number closing a name (``AéroVision 31``, ``MedLab 21``), not a quantity before a noun."""
    tok = doc[i]
    if not tok.is_digit or len(tok.text) > 3:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.lower_ in ("et", "ou", "qui")


def _name_start(doc: Doc, end: int, limit: int = 6) -> int:
    """Start of the proper name ending just before token ``end`` (``end`` if none)."""
    i = end - 1
    if i < 0 or not _is_namey(doc[i]) and not _VERSION.match(doc[i].text) and not _name_number(doc, i):
        return end
    start = end
    while i >= 0 and end - i <= limit:
        tok = doc[i]
        if _is_namey(tok) or ((_VERSION.match(tok.text) or _name_number(doc, i)) and start == end):
            start = i
            if _sentence_initial(tok):
                break
            i -= 1
        elif tok.lower_ in _CONNECTORS and i - 1 >= 0 and _is_namey(doc[i - 1]) and start < end:
            i -= 1
        else:
            break
    if start == end - 1 and _name_number(doc, start):
        return end  # a number alone is no name
    return start


def _ent_at(doc: Doc, i: int) -> Span | None:
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


# -- candidates ------------------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int
    end: int
    rule: str
    kind: str | None
    strong: bool  # a cue that overrides NER labels and skips most rejections


def _rules(doc: Doc) -> list[_Cand]:
    out, rules = [], _ruleset(doc.vocab)
    for span in rules.matches(doc, longest=True):
        rule = rules.rule(span)
        end = span.end
        if rule.data.get("extend_adjectives"):
            while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
                end += 1
        out.append(_Cand(span.start, end, span.id_, rule.label or None, True))
    return out


@cache
def _ruleset(vocab) -> RuleSet:
    """The organization rules compiled once per vocabulary (one per loaded model)."""
    return RuleSet(vocab, "organization")


def _institution_cands(doc: Doc) -> list[_Cand]:
    out = []
    regex, kinds = _institutions()
    for m in regex.finditer(doc.text):
        if not m.group(0)[:1].isupper():
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(_Cand(span.start, span.end, "organization/institution", kinds[int(m.lastgroup[1:])], True))
    return out


def _acronym_cands(doc: Doc) -> list[_Cand]:
    """``Expansion En Mots (EEM)``: the words before the parenthesis whose initials spell it."""
    out = []
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not _ACRONYM.match(doc[i + 1].text):
            continue
        letters = [c for c in fold_name(doc[i + 1].text) if c.isalpha()]
        j, got = i - 1, []
        while j >= 0 and len(got) < len(letters) and i - j <= 3 * len(letters):
            word = fold_name(doc[j].text)
            if doc[j].is_punct:
                break
            if word and word not in _STOPWORDS:
                got.append(word[0])
            j -= 1
        start = j + 1
        if got[::-1] != letters or not doc[start].text[:1].isupper():
            continue
        if fold_org(doc[start].text) in _non_org()["before"]:
            continue
        out.append(_Cand(start, i, "organization/acronym-expansion", None, True))
        out.append(_Cand(i + 1, i + 2, "organization/acronym-expansion", None, True))
    return out


@cache
def _type_noun_first_words() -> frozenset[str]:
    return frozenset(re.split(r"[ -]", noun)[0] for noun in _type_nouns()[0])


def _type_noun_at(doc: Doc, i: int) -> tuple[int, _TypeNoun] | None:
    """End and entry of a type noun at token ``i``, also when the tokenizer split it (``start - up``)."""
    if doc[i].lower_ not in _type_noun_first_words():  # most tokens start no type noun
        return None
    nouns, _ = _type_nouns()
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        noun = nouns.get(f"{doc[i].text}-{doc[i + 2].text}".casefold())
        if noun is not None:
            return i + 3, noun
    if i + 1 < len(doc) and (noun := nouns.get(f"{doc[i].lower_} {doc[i + 1].lower_}")) is not None:
        return i + 2, noun
    noun = nouns.get(doc[i].lower_)
    return (i + 1, noun) if noun is not None else None


def _cue_noun_cands(doc: Doc) -> list[_Cand]:
    """``DET type-noun [descriptor] [,] [DET] Name``, ``le technopôle de l'X``, ``la Banque X``."""
    out = []
    for i, tok in enumerate(doc):
        hit = _type_noun_at(doc, i)
        if hit is None:
            continue
        noun_end, noun = hit
        if tok.text[:1].isupper() and i > 0 and doc[i - 1].text in _LEADING_ARTICLES and not _sentence_initial(doc[i - 1]):
            continue  # "La Banque Populaire": the noun is part of the name
        if noun.named and tok.text[:1].isupper() and not _sentence_initial(tok):
            end = _name_end(doc, i)
            if end > i + 1:
                out.append(_Cand(i, end, "organization/named-type-noun", noun.kind, True))
                continue
        prev = doc[i - 1] if i > 0 else None
        if prev is None or (prev.lower_ not in _DETERMINERS and prev.text != "(" and not prev.like_num
                            and prev.pos_ != "ADJ"):
            continue
        if noun.of:
            j = noun_end
            if j < len(doc) and doc[j].lower_ in ("de", "du", "des", "d'", "d’"):
                j += 1
                if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’"):
                    j += 1
                end = _name_end(doc, j)
                if end > j:
                    out.append(_Cand(i, end, "organization/cue-noun-of", noun.kind, True))
            continue
        j, seen = noun_end, 0
        while j < len(doc) and seen <= 6:
            t = doc[j]
            if t.is_lower and _type_noun_at(doc, j) is not None:
                j = len(doc)  # "entreprises adhérentes de l'association X": the nearer noun types X
                break
            if _is_namey(t) and doc[j - 1].lower_ in ("de", "d'", "d’", "à", "en") \
                    and (t.ent_type_ == "LOC" or _after_place_word(doc, j)) \
                    and _name_end(doc, j) < len(doc) and doc[_name_end(doc, j)].text == ",":
                j, seen = _name_end(doc, j), seen + 1  # "la start-up originaire de Normandie, X"
                continue
            if _is_namey(t) or (t.text in _LEADING_ARTICLES and j + 1 < len(doc) and _is_namey(doc[j + 1])):
                break
            if t.text == "," and j + 1 < len(doc):
                j += 1
                if doc[j].lower_ in ("la", "le", "l'", "l’"):
                    j += 1
                break
            if t.text == "-" and not t.whitespace_:
                j, seen = j + 1, seen
                continue
            if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm") \
                    or t.lower_ in ("et", "ou", "qui", "que", "dont", "comme", "tels", "telles", "notamment"):
                j = len(doc)
                break
            j, seen = j + 1, seen + 1
        if j >= len(doc) or seen > 6:
            continue
        if doc[j - 1].lower_ in ("de", "du", "des", "d'", "d’", "à", "au", "en") and _ent_label(doc, j, _name_end(doc, j)) == "LOC":
            continue  # "des entreprises d'Aix-Marseille": a place complement, not a name
        # a list of names after a plural noun: "les accélérateurs X et Y"
        for start, end in _list_after(doc, j):
            if not (_ent_label(doc, start, end) == "PER" and end - start > 1):
                out.append(_Cand(start, end, "organization/cue-noun", noun.kind, True))
    return out


def _list_after(doc: Doc, j: int) -> list[tuple[int, int]]:
    """The name at ``j`` and, if coordinated (``X et Y``, ``X, Y``), the names after it."""
    found = []
    end = _name_end(doc, j)
    if end == j:
        return found
    found.append((j, end))
    k = end
    while k + 1 < len(doc) and doc[k].lower_ in ("et", "ou", ","):
        nxt = _name_end(doc, k + 1)
        if nxt == k + 1:
            break
        found.append((k + 1, nxt))
        k = nxt
    return found


def _strong_apposition(doc: Doc, end: int) -> bool:
    """``Name, start-up ...`` / ``Name, fondée en ...`` / ``Name (éditeur ...``: the name is an organization."""
    nouns, _ = _type_nouns()
    k = end
    if k < len(doc) and doc[k].text == "," and k + 2 < len(doc) and doc[k + 1].lower_ == "à" and _is_namey(doc[k + 2]):
        k = _name_end(doc, k + 2)  # "X, à Aurillac (éditeur ..."
    if k >= len(doc) or doc[k].text not in (",", "("):
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in ("une", "un", "la", "le", "l'", "l’", "cette", "l’ancienne", "ancienne"):
        k += 1
    if k < len(doc) and doc[k].lower_ in ("ancienne", "ancien", "jeune", "petite", "grande"):
        k += 1
    if k >= len(doc):
        return False
    word = doc[k].lower_
    if word in _cue("apposition"):
        if word.startswith("devenu"):
            return k + 1 < len(doc) and doc[k + 1].lower_ in nouns
        return True
    return word in nouns and nouns[word].kind != "media" or word in ("journal", "magazine", "quotidien", "site")


def _apposition_cands(doc: Doc) -> list[_Cand]:
    out = []
    for k, tok in enumerate(doc):
        if tok.text not in (",", "("):
            continue
        start = _name_start(doc, k)
        if start == k or not _strong_apposition(doc, k):
            continue
        if start > 0 and doc[start - 1].lower_ in ("à", "a", "en", "dans") and (
            _ent_label(doc, start, k) == "LOC" or _sentence_initial(doc[start - 1])
        ):
            continue  # "A Lyon, l'accélérateur X": a place
        if start < k - 1 and _type_noun_at(doc, start) is not None and doc[start].is_upper:
            start += 1  # "la PME X, spécialisée": the type noun is not part of the name
        out.append(_Cand(start, k, "organization/apposition", None, True))
    return out


def _shape_cands(doc: Doc) -> list[_Cand]:
    """Names shaped like companies: ``X Solutions``, ``X.com``, object of ``créer``/``racheter``."""
    _, suffixes = _type_nouns()
    out = []
    i = 0
    while i < len(doc):
        end = _name_end(doc, i)
        if end == i:
            i += 1
            continue
        last = doc[end - 1].text.casefold()
        if end - i >= 2 and last in suffixes:
            out.append(_Cand(i, end, "organization/company-suffix", suffixes[last], True))
        elif any(_WEB_NAME.match(doc[t].text) for t in range(i, end)):
            out.append(_Cand(i, end, "organization/web-name", "company", True))
        else:
            prev = i - 1
            if prev >= 0 and doc[prev].lower_ in ("l'", "l’", "la", "le"):
                prev -= 1
            if prev >= 0 and lemma_of(doc[prev]) in _cue("founding_verb") and doc[prev].pos_ == "VERB" \
                    and _ent_label(doc, i, end) != "PER":
                out.append(_Cand(i, end, "organization/founding-verb-object", "company", True))
        i = end
    return out


def _ent_label(doc: Doc, start: int, end: int) -> str:
    labels = {doc[t].ent_type_ for t in range(start, end)} - {""}
    return labels.pop() if len(labels) == 1 else ""


_OF = ("de", "du", "d'", "d’")
_THE = ("la", "l'", "l’")


_INTRO_WORDS = frozenset({"au", "à", "chez", "avec", *_OF})


def _intro_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """A preposition group introducing an organization at token ``i``: (its head word, first token after)."""
    if doc[i].lower_ not in _INTRO_WORDS:  # most tokens: answer without building the window
        return None
    words = [t.lower_ for t in doc[i : i + 5]] + [""] * 5
    if words[0] == "au" and words[1] == "sein" and words[2] in _OF:
        return "sein", i + 3 + (words[2] == "de" and words[3] in _THE)
    if words[0] == "à" and words[1] in _THE and words[2] == "tête" and words[3] in _OF:
        return "tête", i + 4 + (words[3] == "de" and words[4] in _THE)
    if words[0] in ("au", "chez"):
        return words[0], i + 1
    if words[0] == "à":
        return "à", i + 1 + (words[1] in _THE)
    if words[0] in _OF:
        return "de", i + 1 + (words[0] == "de" and words[1] in _THE)
    if words[0] == "avec":
        return "avec", i + 1 + (words[1] in _THE)
    return None


def _context_cands(doc: Doc) -> list[_Cand]:
    """A medium after a speech noun, a photo agency in a credit, the organization of a job title
    (``directeur chez X``, ``fondateur de X``, ``au sein de X``), ``à la tête de X``, ``un contrat avec X``,
    ``celui de X``."""
    out = []
    titles = _role_titles()
    for i, tok in enumerate(doc):
        intro = _intro_at(doc, i)
        if intro is not None:
            head, start = intro
            end = _name_end(doc, start)
            if end == start or start >= len(doc):
                continue
            hit = _type_noun_at(doc, start)
            if hit is not None and not hit[1].named and hit[0] < end:
                start = hit[0]  # "président du Cluster X": the type noun is not part of the name
            if head == "de" and end == start + 1 and doc_has_vector(doc[start]) and end < len(doc) \
                    and doc[end].is_lower and doc[end].is_alpha:
                continue  # "directrice de la Mission développement numérique": a unit, not a name
            label = _ent_label(doc, start, end)
            before = [t.lower_.replace("’", "'") for t in doc[max(0, i - 3) : i]]
            if head == "tête" or head == "avec" and set(before) & _cue("partner_noun"):
                out.append(_Cand(start, end, "organization/leading-or-partner", None, True))
                continue
            if head == "de" and before[-1:] and before[-1] in _cue("possessive_of") and not (label == "PER" and end - start > 1):
                out.append(_Cand(start, end, "organization/celui-de", None, True))
                continue
            if label == "PER" and end - start > 1 or head == "avec":
                continue
            window = [t.lower_ for t in doc[max(0, i - 8) : i]]
            if head in ("à", "au") and any(w in _cue("speech_noun") for w in window):
                out.append(_Cand(start, end, "organization/speech-medium", "media", True))
                continue
            # "chargé de mission à la X", "directeur chez X", "cofondateur de X", "au sein de X"
            phrase = " ".join(fold_name(t.text) for t in doc[max(0, i - 3) : i])
            if head != "à" or doc[i + 1].lower_ in _THE:
                if any(phrase.endswith(t) for t in titles) and not _is_public_title(phrase):
                    rule = "organization/title-complement"
                    if head == "de" and label == "LOC" and not any(phrase.endswith(t) for t in _owner_titles()):
                        rule = "organization/title-complement-place"  # kept only as part of a longer name
                    out.append(_Cand(start, end, rule, None, True))
        if tok.text == "©":
            k = i + 1
            end = _name_end(doc, k)
            if end > k and end + 1 < len(doc) and doc[end].text in ("-", "–", "/"):
                agency_end = _name_end(doc, end + 1)
                if agency_end > end + 1:
                    out.append(_Cand(end + 1, agency_end, "organization/photo-credit-agency", "company", True))
    return out


@cache
def _owner_titles() -> frozenset[str]:
    return frozenset(fold_name(line.split("|")[0]) for line in load_lexicon("role/titles") if line.endswith("|owner"))


@cache
def _public_titles() -> frozenset[str]:
    return frozenset(fold_name(line.split("|")[0]) for line in load_lexicon("role/titles") if line.endswith("|public"))


def _is_public_title(phrase: str) -> bool:
    return any(phrase.endswith(t) for t in _public_titles())


def _list_cands(doc: Doc, accepted: list[_Cand]) -> list[_Cand]:
    """Coordinated names in one sentence, split into one organization each when the list is about organizations."""
    out = []
    known = {(c.start, c.end) for c in accepted}
    known_tokens = {t for c in accepted for t in range(c.start, c.end)}
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            items = []
            k = i
            while k < sent.end:
                s = k
                if doc[k].text in ("le", "la", "l'", "l’", "les") and k + 1 < sent.end:
                    s = k + 1
                e = _name_end(doc, s)
                ent = _ent_at(doc, s) if e > s else None
                if ent is not None and ent.label_ == "ORG" and ent.start == s:
                    e = max(e, ent.end)
                if e == s:
                    break
                items.append((s, e))
                k = e
                if k + 1 < sent.end and doc[k].text == "(":  # "Centre France (journal La Montagne)"
                    close = next((t for t in range(k, min(sent.end, k + 8)) if doc[t].text == ")"), None)
                    if close is not None:
                        k = close + 1
                if k + 1 < sent.end and doc[k].lower_ == "à" and _is_namey(doc[k + 1]):
                    k = _name_end(doc, k + 1)  # "X à Nantes, Y à Lyon"
                seps = 0
                while k < sent.end and doc[k].lower_ in _LIST_SEPARATORS and seps < 3:
                    k, seps = k + 1, seps + 1
                if seps == 0:
                    break
            if len(items) < 2:
                i = max(i + 1, k if items else i + 1)
                continue
            first = items[0][0]
            intro = {t.lower_ for t in doc[max(sent.start, first - 10) : first]}
            has_intro = bool(intro & _cue("list_intro"))
            evidence = any(s in known_tokens for s, _ in items) or any(
                _ent_label(doc, s, e) == "ORG" for s, e in items
            )
            if has_intro or evidence:
                for s, e in items:
                    label = _ent_label(doc, s, e)
                    if any(t in known_tokens for t in range(s, e)) or label == "LOC" and not has_intro:
                        continue
                    if label == "PER" and e - s > 1:
                        continue
                    out.append(_Cand(s, e, "organization/list-item", "company" if has_intro else None, has_intro))
            i = items[-1][1]
    return out


def _ner_cands(doc: Doc) -> list[_Cand]:
    """NER ORG entities, with a leading type noun moved out (``Cluster X`` → cue + ``X``)."""
    nouns, _ = _type_nouns()
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end = ent.start, ent.end
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if start < end and doc[start].lower_ in nouns and end - start > 1 and not nouns[doc[start].lower_].of:
            full = _name_end(doc, start + 1)
            out.append(_Cand(start + 1, max(end, full), "organization/cue-noun", nouns[doc[start].lower_].kind, True))
            continue
        if start < end:
            out.append(_Cand(start, end, "ner", None, False))
    return out


# -- rejections ------------------------------------------------------------------------------------


def _after_place_word(doc: Doc, i: int) -> bool:
    """``originaire de X``, ``basée à X``, ``implantée en X``: X is a place."""
    return i >= 2 and doc[i - 1].lower_ in ("de", "d'", "d’", "à", "en", "au", "dans") \
        and doc[i - 2].lower_ in _cue_words().get("place_before", ())


def _rejected(doc: Doc, c: _Cand, person_names: set[str]) -> bool:
    span = doc[c.start : c.end]
    text = span.text.strip()
    folded = fold_org(text)
    table = _non_org()
    if not folded or folded in table["phrase"] or text in table["acronym"]:
        return True
    if "\n" in span.text or any(c in _CURRENCY for c in text):
        return True  # a span across lines, "3 M€"
    if any(fold_name(t.text) in table["token"] for t in span):
        return True
    if c.rule.startswith("organization/") and c.rule not in ("organization/list-item",):
        return False
    if _after_place_word(doc, c.start):
        return True
    before = c.start - 1
    while before >= 0 and (doc[before].pos_ in ("ADJ", "DET") or doc[before].text in ("«", "“", '"')):
        before -= 1
    if before >= 0 and fold_name(doc[before].text) in table["before"]:
        return True
    if fold_name(span[0].text) in _role_titles():
        return True
    if len(span) == 1 and _sentence_initial(span[0]) and (
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


def _after_title(doc: Doc, start: int) -> bool:
    """``le Pdg, Prénom Nom``: a name right after a role title is a person."""
    k = start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0:
        return False
    phrase = " ".join(fold_name(t.text) for t in doc[max(0, k - 2) : k + 1])
    return any(phrase == t or phrase.endswith(" " + t) for t in _role_titles())


# -- component ----------------------------------------------------------------------------------------


def detect(doc: Doc) -> list[Span]:
    """Organization spans of a Doc, ``span.id_`` = cue id, ``span.label_`` = kind (or empty)."""
    person_names = {fold_name(e.text) for e in doc.ents if e.label_ == "PER" and len(e) > 1}
    strong = _rules(doc) + _institution_cands(doc) + _acronym_cands(doc) + _cue_noun_cands(doc) \
        + _apposition_cands(doc) + _shape_cands(doc) + _context_cands(doc)
    weak = _ner_cands(doc)
    first = [c for c in strong + weak if not _rejected(doc, c, person_names)]
    first = _select(_owned_places(doc, first))
    more = [c for c in _list_cands(doc, first) + _alias_cands(doc, first) if not _rejected(doc, c, person_names)]
    chosen = _select(first + more)
    return [Span(doc, c.start, c.end, label=c.kind or "", span_id=c.rule) for c in chosen]


def _alias_cands(doc: Doc, accepted: list[_Cand]) -> list[_Cand]:
    """``communauté d'agglomération de la région X (Carene)``: a short name in parentheses after a name."""
    out = []
    for c in accepted:
        k = c.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and _is_namey(doc[k + 1]) \
                and doc[k + 1].ent_type_ != "PER":
            out.append(_Cand(k + 1, k + 2, "organization/parenthesized-alias", c.kind, True))
    return out


def _owned_places(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """``président du Grand Dijon``: a place after a title is kept only when a longer name ends with it."""
    places = [c for c in cands if c.rule == "organization/title-complement-place"]
    if not places:
        return cands
    names = {fold_org(doc[c.start : c.end].text) for c in cands if c not in places}
    kept = []
    for c in cands:
        if c in places:
            name = fold_org(doc[c.start : c.end].text)
            if not any(n.endswith(" " + name) and n != name for n in names):
                continue
        kept.append(c)
    return kept


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: strong cues first, then longer spans."""
    order = sorted(cands, key=lambda c: (not c.strong, c.rule == "ner", -(c.end - c.start), c.start))
    taken: set[int] = set()
    out = []
    for c in order:
        if any(t in taken for t in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        out.append(c)
    return sorted(out, key=lambda c: c.start)


@Language.factory(COMPONENT)
def make_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc.spans[GROUP] = detect(doc)
        return doc

    return component


# -- records ----------------------------------------------------------------------------------------


_PUBLIC_LEVEL = (
    (re.compile(r"^(?:conseil regional|region) (?:de la |de l |du |des |de |d )?(.+)$"), "region"),
    (re.compile(r"^(?:conseil departemental|conseil general|departement) (?:de la |de l |du |des |de |d )?(.+)$"), "dept"),
)


def _keys(name: str) -> set[str]:
    """Keys under which two forms of a name are the same organization."""
    folded = fold_org(name)
    keys = {folded, " ".join(sorted(folded.split()))}
    for regex, level in _PUBLIC_LEVEL:
        m = regex.match(folded)
        if m:
            keys.add(f"{level}:{m.group(1)}")
    return keys


def _initials(name: str) -> str:
    return "".join(w[0] for w in fold_org(name).split() if w not in _STOPWORDS)


def records(doc: Doc, ctx: ArticleContext) -> list[OrganizationRecord]:
    spans = span_group(doc, GROUP)
    if GROUP not in doc.spans:
        spans = detect(doc)
    spans = [s for s in spans if s.text.strip()]
    groups: list[list[Span]] = []
    index: dict[str, int] = {}
    for span in spans:
        keys = _keys(span.text)
        hit = next((index[k] for k in keys if k in index), None)
        if hit is None:
            hit = _prefix_group(span.text, groups)
        if hit is None:
            groups.append([span])
            hit = len(groups) - 1
        else:
            groups[hit].append(span)
        for k in keys:
            index.setdefault(k, hit)
    groups = _merge_acronyms(groups)
    groups = _merge_aliases(doc, groups)
    _complete_mentions(doc, groups)
    out = []
    for group in groups:
        group.sort()
        first = group[0]
        name = max((s.text.strip() for s in group), key=lambda t: (len(t.split()) > 1 or not t.isupper(), len(t)))
        kinds = [s.label_ for s in group if s.label_]
        rule = next((s.id_ for s in group if s.id_ != "ner"), group[0].id_)
        out.append(
            OrganizationRecord(
                article_id=ctx.article_id,
                text=first.text,
                start=first.start_char,
                end=first.end_char,
                source=f"rule:{rule}" if rule.startswith("organization/") else (rule or "ner"),
                name=name,
                mentions=[Mention(start=s.start_char, end=s.end_char, text=s.text) for s in group],
                kind=kinds[0] if kinds else None,
            )
        )
    return out


def _complete_mentions(doc: Doc, groups: list[list[Span]]) -> None:
    """Other occurrences of a multi-word form or a non-common single word, so every mention is listed."""
    taken = {t for g in groups for s in g for t in range(s.start, s.end)}
    persons = {t for e in doc.ents if e.label_ == "PER" and len(e) > 1 for t in range(e.start, e.end)}
    text = doc.text
    for group in groups:
        forms = {s.text.strip() for s in group if len(s.text.strip()) >= 3}
        cued = {s.text.strip() for s in group if s.id_ != "ner"}
        for form in sorted(forms, key=len, reverse=True):
            for start, end in find_word(text, form, joiners="-"):
                span = doc.char_span(start, end)
                if span is None or any(t in taken for t in range(span.start, span.end)):
                    continue
                # the NER reads some organization names as persons; a cue elsewhere says otherwise
                if form not in cued and any(t in persons for t in range(span.start, span.end)):
                    continue
                group.append(span)
                taken.update(range(span.start, span.end))


def _prefix_group(text: str, groups: list[list[Span]]) -> int | None:
    """A group one of whose forms starts or ends with this one word for word (``Caisse des dépôts``...)."""
    words = fold_org(text).split()
    if len(words) < 2:
        return None
    for i, group in enumerate(groups):
        for other in group:
            ow = fold_org(other.text).split()
            short, long_ = sorted((words, ow), key=len)
            if len(short) >= 2 and short != long_ and long_[: len(short)] == short:
                return i
            # "Grand Dijon" / "communauté urbaine du Grand Dijon": the place a public body is named after
            if len(short) >= 2 and len(long_) > len(short) + 1 and long_[-len(short) :] == short \
                    and long_[-len(short) - 1] in ("de", "du", "des", "d") and short[0] != long_[0]:
                return i
    return None


def _merge_aliases(doc: Doc, groups: list[list[Span]]) -> list[list[Span]]:
    """A name in parentheses right after another organization's name is that organization."""
    end_of = {s.end: g_i for g_i, g in enumerate(groups) for s in g}
    target: dict[int, int] = {}
    for g_i, g in enumerate(groups):
        for s in g:
            if s.start >= 2 and doc[s.start - 1].text == "(" and s.end < len(doc) and doc[s.end].text == ")":
                owner = end_of.get(s.start - 1)
                if owner is not None and owner != g_i:
                    target[g_i] = owner
    if not target:
        return groups
    for g_i, owner in target.items():
        while owner in target:
            owner = target[owner]
        groups[owner].extend(groups[g_i])
    return [g for g_i, g in enumerate(groups) if g_i not in target]


def _merge_acronyms(groups: list[list[Span]]) -> list[list[Span]]:
    """An all-caps form whose letters are the initials of another group's name joins that group."""
    out = [g for g in groups]
    for g in list(out):
        if len(g) and all(_ACRONYM.match(s.text) for s in g):
            acro = fold_name(g[0].text).replace(" ", "")
            target = next(
                (o for o in out if o is not g and any(_initials(s.text) == acro for s in o if len(s) > 1)),
                None,
            )
            if target is not None:
                target.extend(g)
                out.remove(g)
    return out
