"""Organization candidates: each generator reads one kind of cue and returns :class:`Cand` spans
with the id of the cue that found them (the ids are declared in ``models/organization/rules.jsonl``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ...lang.names import fold_name, fold_org
from ...lang.parsing import OnDemand
from ...lang.rules import RuleSet
from ...lang.tokens import doc_text, glued_word_end
from ...lang.propernames import ACRONYM, CONNECTORS, DETERMINERS, LEADING_ARTICLES, LIST_SEPARATORS, STOPWORDS, WEB_NAME, ent_at, has_vector, is_namey, name_end, name_start, sentence_initial
from .lexicons import TypeNoun, cue, cue_words, institutions, is_public_title, non_org, owner_titles, role_titles, type_noun_first_words, type_nouns


@dataclass
class Cand:
    start: int
    end: int
    rule: str
    kind: str | None
    strong: bool  # a cue that overrides NER labels and skips most rejections


def rule_cands(doc: Doc) -> list[Cand]:
    out, rules = [], _ruleset(doc.vocab)
    for span in rules.matches(doc, longest=True):
        rule = rules.rule(span)
        end = span.end
        if rule.data.get("extend_adjectives"):
            while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
                end += 1
        out.append(Cand(span.start, end, span.id_, rule.label or None, True))
    return out


@cache
def _ruleset(vocab) -> RuleSet:
    """The organization rules compiled once per vocabulary (one per loaded model)."""
    return RuleSet(vocab, "organization")


def institution_cands(doc: Doc) -> list[Cand]:
    out = []
    regex, kinds = institutions()
    for m in regex.finditer(doc_text(doc)):
        if not m.group(0)[:1].isupper():
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(Cand(span.start, span.end, "organization/institution", kinds[int(m.lastgroup[1:])], True))
    return out


def acronym_cands(doc: Doc) -> list[Cand]:
    """``Expansion En Mots (EEM)``: the words before the parenthesis whose initials spell it."""
    out = []
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not ACRONYM.match(doc[i + 1].text):
            continue
        letters = [c for c in fold_name(doc[i + 1].text) if c.isalpha()]
        j, got = i - 1, []
        while j >= 0 and len(got) < len(letters) and i - j <= 3 * len(letters):
            word = fold_name(doc[j].text)
            if doc[j].is_punct:
                break
            if word and word not in STOPWORDS:
                got.append(word[0])
            j -= 1
        start = j + 1
        if got[::-1] != letters or not doc[start].text[:1].isupper():
            continue
        if fold_org(doc[start].text) in non_org()["before"]:
            continue
        out.append(Cand(start, i, "organization/acronym-expansion", None, True))
        out.append(Cand(i + 1, i + 2, "organization/acronym-expansion", None, True))
    return out


def _type_noun_at(doc: Doc, i: int) -> tuple[int, TypeNoun] | None:
    """End and entry of a type noun at token ``i``, also when the tokenizer split it (``start - up``)."""
    if doc[i].lower_ not in type_noun_first_words():  # most tokens start no type noun
        return None
    nouns, _ = type_nouns()
    if glued_word_end(doc, i, min(len(doc), i + 3)) == i + 3:  # one glued hyphen
        noun = nouns.get(doc[i : i + 3].text.casefold())
        if noun is not None:
            return i + 3, noun
    if i + 1 < len(doc) and (noun := nouns.get(f"{doc[i].lower_} {doc[i + 1].lower_}")) is not None:
        return i + 2, noun
    noun = nouns.get(doc[i].lower_)
    return (i + 1, noun) if noun is not None else None


def cue_noun_cands(doc: Doc) -> list[Cand]:
    """``DET type-noun [descriptor] [,] [DET] Name``, ``le technopôle de l'X``, ``la Banque X``."""
    out = []
    for i, tok in enumerate(doc):
        hit = _type_noun_at(doc, i)
        if hit is None:
            continue
        noun_end, noun = hit
        if tok.text[:1].isupper() and i > 0 and doc[i - 1].text in LEADING_ARTICLES and not sentence_initial(doc[i - 1]):
            continue  # "La Banque Valmorel": the noun is part of the name
        if noun.named and tok.text[:1].isupper() and not sentence_initial(tok):
            end = name_end(doc, i)
            if end > i + 1:
                out.append(Cand(i, end, "organization/named-type-noun", noun.kind, True))
                continue
        prev = doc[i - 1] if i > 0 else None
        if prev is None or (prev.lower_ not in DETERMINERS and prev.text != "(" and not prev.like_num
                            and prev.pos_ != "ADJ"):
            continue
        if noun.of and not (noun_end < len(doc) and is_namey(doc[noun_end]) and not sentence_initial(doc[noun_end])):
            j = noun_end
            if j < len(doc) and doc[j].lower_ in ("de", "du", "des", "d'", "d’"):
                j += 1
                if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’"):
                    j += 1
                end = name_end(doc, j)
                if end > j:
                    out.append(Cand(i, end, "organization/cue-noun-of", noun.kind, True))
            continue
        j, seen = noun_end, 0
        while j < len(doc) and seen <= 6:
            t = doc[j]
            if t.is_lower and _type_noun_at(doc, j) is not None:
                j = len(doc)  # "entreprises adhérentes de l'association X": the nearer noun types X
                break
            if is_namey(t) and doc[j - 1].lower_ in ("de", "d'", "d’", "à", "en") \
                    and (t.ent_type_ == "LOC" or after_place_word(doc, j)) \
                    and name_end(doc, j) < len(doc) and doc[name_end(doc, j)].text == ",":
                j, seen = name_end(doc, j), seen + 1  # "la start-up originaire de Normandie, X"
                continue
            if is_namey(t) or (t.text in LEADING_ARTICLES and j + 1 < len(doc) and is_namey(doc[j + 1])):
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
        if doc[j - 1].lower_ in ("de", "du", "des", "d'", "d’", "à", "au", "en") and ent_label(doc, j, name_end(doc, j)) == "LOC":
            continue  # "des entreprises d'Aix-Marseille": a place complement, not a name
        if doc[j - 1].lower_ in _PLACE_NOUNS:
            continue  # "les start-up de la région Aura": the name is a territory's
        # a list of names after a plural noun: "les accélérateurs X et Y"
        items = _list_after(doc, j)
        if len(items) == 2 and i > 0 and doc[i - 1].lower_ in _SINGULAR_DETS and doc[items[0][1]].lower_ == "et":
            items = [(items[0][0], items[1][1])]  # "le campus Alpha et Cités": one name after a singular noun
        for start, end in items:
            # a person the NER found is kept out, unless the type noun names it directly:
            # "l'association Valdor Num", "la société Jean Morel" (not "la société, Jean Morel, ...")
            if start == noun_end or not (ent_label(doc, start, end) == "PER" and end - start > 1):
                out.append(Cand(start, end, "organization/cue-noun", noun.kind, True))
    return out


_SINGULAR_DETS = frozenset({"le", "la", "l'", "l’", "un", "une", "du", "au", "son", "sa", "ce", "cet", "cette"})
_PLACE_NOUNS = frozenset({"région", "département", "ville", "commune", "territoire", "agglomération", "bassin", "province"})


def _list_after(doc: Doc, j: int) -> list[tuple[int, int]]:
    """The name at ``j`` and, if coordinated (``X et Y``, ``X, Y``), the names after it."""
    found = []
    end = name_end(doc, j)
    if end == j:
        return found
    found.append((j, end))
    k = end
    while k + 1 < len(doc) and doc[k].lower_ in ("et", "ou", ","):
        nxt = name_end(doc, k + 1)
        if nxt == k + 1:
            break
        found.append((k + 1, nxt))
        k = nxt
    return found


def _strong_apposition(doc: Doc, end: int) -> bool:
    """``Name, start-up ...`` / ``Name, fondée en ...`` / ``Name (éditeur ...``: the name is an organization."""
    nouns, _ = type_nouns()
    k = end
    if k < len(doc) and doc[k].text == "," and k + 2 < len(doc) and doc[k + 1].lower_ == "à" and is_namey(doc[k + 2]):
        k = name_end(doc, k + 2)  # "X, à Aurillac (éditeur ..."
    if k >= len(doc) or doc[k].text not in (",", "("):
        return False
    k += 1
    determiner = k < len(doc) and doc[k].lower_ in ("la", "le", "l'", "l’")
    if k < len(doc) and doc[k].lower_ in ("une", "un", "la", "le", "l'", "l’", "cette", "l’ancienne", "ancienne"):
        k += 1
    if k < len(doc) and doc[k].lower_ in ("ancienne", "ancien", "jeune", "petite", "grande"):
        k += 1
    if k >= len(doc):
        return False
    hit = _type_noun_at(doc, k)
    if determiner and hit is not None and hit[0] < len(doc) and (is_namey(doc[hit[0]]) or doc[hit[0]].text in LEADING_ARTICLES):
        return False  # "A et B, la société Kalitek": the apposition types the name after it, not B
    if hit is not None and hit[1].kind != "media":
        return True  # "Gayanet, la start-up qu'il présidait" (the tokenizer splits "start-up")
    word = doc[k].lower_
    if word in cue("apposition"):
        if word.startswith("devenu"):
            return k + 1 < len(doc) and doc[k + 1].lower_ in nouns
        return True
    return word in nouns and nouns[word].kind != "media" or word in ("journal", "magazine", "quotidien", "site")


def apposition_cands(doc: Doc) -> list[Cand]:
    out = []
    for k, tok in enumerate(doc):
        if tok.text not in (",", "("):
            continue
        start = name_start(doc, k)
        if start == k or not _strong_apposition(doc, k):
            continue
        if start > 0 and doc[start - 1].lower_ in ("à", "a", "en", "dans") and (
            ent_label(doc, start, k) == "LOC" or sentence_initial(doc[start - 1])
        ):
            continue  # "A Lyon, l'accélérateur X": a place
        if start < k - 1 and _type_noun_at(doc, start) is not None and doc[start].is_upper:
            start += 1  # "la PME X, spécialisée": the type noun is not part of the name
        out.append(Cand(start, k, "organization/apposition", None, True))
    return out


def shape_cands(doc: Doc, tools: OnDemand) -> list[Cand]:
    """Names shaped like companies: ``X Solutions``, ``X.com``, object of ``créer``/``racheter``."""
    _, suffixes = type_nouns()
    out = []
    i = 0
    while i < len(doc):
        end = name_end(doc, i)
        if end == i:
            i += 1
            continue
        last = doc[end - 1].text.casefold()
        if end - i >= 2 and last in suffixes:
            out.append(Cand(i, end, "organization/company-suffix", suffixes[last], True))
        elif any(WEB_NAME.match(doc[t].text) for t in range(i, end)):
            out.append(Cand(i, end, "organization/web-name", "company", True))
        else:
            prev = i - 1
            if prev >= 0 and doc[prev].lower_ in ("l'", "l’", "la", "le"):
                prev -= 1
            if prev >= 0 and tools.lemma(doc[prev]) in cue("founding_verb") and doc[prev].pos_ == "VERB" \
                    and ent_label(doc, i, end) != "PER":
                out.append(Cand(i, end, "organization/founding-verb-object", "company", True))
        i = end
    return out


def ent_label(doc: Doc, start: int, end: int) -> str:
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


def context_cands(doc: Doc) -> list[Cand]:
    """A medium after a speech noun, a photo agency in a credit, the organization of a job title
    (``directeur chez X``, ``fondateur de X``, ``au sein de X``), ``à la tête de X``, ``un contrat avec X``,
    ``celui de X``."""
    out = []
    titles = role_titles()
    for i, tok in enumerate(doc):
        intro = _intro_at(doc, i)
        if intro is not None:
            head, start = intro
            end = name_end(doc, start)
            if end == start or start >= len(doc):
                continue
            hit = _type_noun_at(doc, start)
            if hit is not None and not hit[1].named and hit[0] < end:
                start = hit[0]  # "président du Cluster X": the type noun is not part of the name
            if head == "de" and end == start + 1 and has_vector(doc[start]) and end < len(doc) \
                    and doc[end].is_lower and doc[end].is_alpha:
                continue  # "directrice de la Mission développement numérique": a unit, not a name
            label = ent_label(doc, start, end)
            before = [t.lower_.replace("’", "'") for t in doc[max(0, i - 3) : i]]
            if head == "tête" or head == "avec" and set(before) & cue("partner_noun"):
                out.append(Cand(start, end, "organization/leading-or-partner", None, True))
                continue
            if head == "de" and before[-1:] and before[-1] in cue("possessive_of") and not (label == "PER" and end - start > 1):
                out.append(Cand(start, end, "organization/celui-de", None, True))
                continue
            if label == "PER" and end - start > 1 or head == "avec":
                continue
            window = [t.lower_ for t in doc[max(0, i - 8) : i]]
            if head in ("à", "au") and any(w in cue("speech_noun") for w in window):
                out.append(Cand(start, end, "organization/speech-medium", "media", True))
                continue
            if head in ("à", "au") and label != "LOC" and _after_quoted_speech(doc, i):
                if start > 0 and doc[start - 1].text in ("L'", "L’", "Le", "La", "Les"):
                    start -= 1  # "à L'Écho X": the capitalized article is part of a title
                out.append(Cand(start, end, "organization/speech-verb-medium", "media", True))
                continue
            if head == "sein" and not (label == "LOC" and doc[start - 1].lower_ in _THE):  # not "au sein de la France"
                out.append(Cand(start, end, "organization/within", None, True))  # "prend ses quartiers au sein de X"
                continue
            # "chargé de mission à la X", "directeur chez X", "cofondateur de X", "au sein de X"
            phrase = " ".join(fold_name(t.text) for t in doc[max(0, i - 3) : i])
            if head != "à" or doc[i + 1].lower_ in _THE:
                if any(phrase.endswith(t) for t in titles) and not is_public_title(phrase):
                    rule = "organization/title-complement"
                    if head == "de" and label == "LOC" and not any(phrase.endswith(t) for t in owner_titles()):
                        rule = "organization/title-complement-place"  # kept only as part of a longer name
                    out.append(Cand(start, end, rule, None, True))
        if tok.text == "©":
            k = i + 1
            end = name_end(doc, k)
            if end > k and end + 1 < len(doc) and doc[end].text in ("-", "–", "/"):
                agency_end = name_end(doc, end + 1)
                if agency_end > end + 1:
                    out.append(Cand(end + 1, agency_end, "organization/photo-credit-agency", "company", True))
    return out


_QUOTE_CLOSERS = frozenset({"»", "”", '"'})


def _after_quoted_speech(doc: Doc, i: int) -> bool:
    """``», a déclaré Prénom Nom à X``, ``», confie-t-il à X``: a speech verb after a closing quote
    of the same sentence, at most 8 tokens before ``à`` (no sentence end in between)."""
    sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    window = doc[max(sent_start, i - 8) : i]
    verbs = [t for t in window if t.lower_ in cue("speech_verb")]
    if not verbs:
        return False
    k = verbs[0].i
    return any(t.text in _QUOTE_CLOSERS for t in doc[max(sent_start, k - 3) : k])


_CLOSERS = frozenset({")", ",", ";", ":", "/"})


def affiliation_cands(doc: Doc, max_tokens: int = 12) -> list[Cand]:
    """``Prénom Nom (Société)``, ``Prénom Nom (A, B et C)``: names in parentheses right after a person
    are the organizations the person belongs to (the NER often reads them as persons or places)."""
    out = []
    titles = role_titles()
    for ent in doc.ents:
        if ent.label_ not in ("PER", "MISC") or len(ent) < 2 or ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
            continue
        if ent.label_ == "MISC" and not all(t.text[:1].isupper() for t in ent if t.is_alpha):
            continue
        close = next((k for k in range(ent.end + 1, min(len(doc), ent.end + 2 + max_tokens)) if doc[k].text == ")" or "\n" in doc[k].text), None)
        if close is None or doc[close].text != ")":
            continue
        k = ent.end + 1
        while k < close:
            end = k
            while end < close and doc[end].text not in _CLOSERS and doc[end].lower_ != "et":
                end += 1
            if end < close and doc[end].text in (":", ";", "/"):
                break  # "(photo : ...)": a caption, not an affiliation
            if k + 2 < end and fold_name(doc[k].text) in titles and doc[k + 1].lower_ in ("de", "du", "d'", "d’", "chez"):
                k += 2 + (doc[k + 2].lower_ in ("la", "l'", "l’") and k + 3 < end)  # "(CEO de Kalitek)"
            if _affiliation_item(doc, k, end) and fold_name(doc[k:end].text) not in titles:
                out.append(Cand(k, end, "organization/person-affiliation", None, True))
            k = end + 1
    return out


def _affiliation_item(doc: Doc, start: int, end: int) -> bool:
    """A proper name: capitalized first word, then names, connectors, short particles (``Ars ex Nihilo``)
    or words glued by a hyphen (``Vente-rapide``); no verb, no number alone."""
    if end <= start or end - start > 6 or not doc[start].text[:1].isupper():
        return False
    for t in doc[start:end]:
        glued = t.i > start and not doc[t.i - 1].whitespace_
        if t.pos_ in ("VERB", "AUX") and not glued:
            return False
        if t.is_lower and not glued and t.lower_ not in CONNECTORS and not (len(t.text) <= 3 and t.i > start):
            return False
    return True


def list_cands(doc: Doc, accepted: list[Cand]) -> list[Cand]:
    """Coordinated names in one sentence, split into one organization each when the list is about organizations."""
    out = []
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
                e = name_end(doc, s)
                ent = ent_at(doc, s) if e > s else None
                if ent is not None and ent.label_ == "ORG" and ent.start == s:
                    e = max(e, ent.end)
                if e == s:
                    break
                items.append((s, e))
                k = e
                if k + 1 < sent.end and doc[k].text == "(":  # "Groupe Orvalis (journal Le Vigilant)"
                    close = next((t for t in range(k, min(sent.end, k + 8)) if doc[t].text == ")"), None)
                    if close is not None:
                        k = close + 1
                if k + 1 < sent.end and doc[k].lower_ == "à" and is_namey(doc[k + 1]):
                    k = name_end(doc, k + 1)  # "X à Nantes, Y à Lyon"
                seps = 0
                while k < sent.end and doc[k].lower_ in LIST_SEPARATORS and seps < 3:
                    k, seps = k + 1, seps + 1
                if seps == 0:
                    break
            if len(items) < 2:
                i = max(i + 1, k if items else i + 1)
                continue
            first = items[0][0]
            intro = {t.lower_ for t in doc[max(sent.start, first - 10) : first]}
            has_intro = bool(intro & cue("list_intro"))
            evidence = any(s in known_tokens for s, _ in items) or any(
                ent_label(doc, s, e) == "ORG" for s, e in items
            )
            places = all(ent_label(doc, s, e) == "LOC" for s, e in items) and first > sent.start \
                and doc[first - 1].lower_ in ("de", "d'", "d’", "à", "en", "dans")
            if (has_intro or evidence) and not places:  # "l'écosystème de A, B et C": places
                for s, e in items:
                    label = ent_label(doc, s, e)
                    if any(t in known_tokens for t in range(s, e)) or label == "LOC" and not has_intro:
                        continue
                    if label == "PER" and e - s > 1:
                        continue
                    out.append(Cand(s, e, "organization/list-item", "company" if has_intro else None, has_intro))
            i = items[-1][1]
    return out


def ner_cands(doc: Doc) -> list[Cand]:
    """NER ORG entities, with a leading type noun moved out (``Cluster X`` → cue + ``X``)."""
    nouns, _ = type_nouns()
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end = ent.start, ent.end
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        head = end
        while head > start and doc[head - 1].is_lower and doc[head - 1].is_alpha:
            head -= 1
        if head - start == 1 and len(doc[start].text) == 1:
            continue  # "l'Y grenoblois": a letter and a demonym name a place, not an organization
        if start < end and doc[start].lower_ in nouns and end - start > 1 and not nouns[doc[start].lower_].of:
            full = name_end(doc, start + 1)
            out.append(Cand(start + 1, max(end, full), "organization/cue-noun", nouns[doc[start].lower_].kind, True))
            continue
        if start < end:
            out.append(Cand(start, end, "ner", None, False))
    return out



def alias_cands(doc: Doc, accepted: list[Cand]) -> list[Cand]:
    """``communauté d'agglomération de la région X (Carene)``: a short name in parentheses after a name."""
    out = []
    for c in accepted:
        k = c.end
        if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 1].text == "#" and not doc[k + 1].whitespace_:
            k += 1  # "X (#Y)": a hashtag alias
        if k + 2 < len(doc) and doc[k].text in ("(", "#") and doc[k + 2].text == ")" and is_namey(doc[k + 1]) \
                and doc[k + 1].ent_type_ != "PER":
            out.append(Cand(k + 1, k + 2, "organization/parenthesized-alias", c.kind, True))
    return out


def owned_places(doc: Doc, cands: list[Cand]) -> list[Cand]:
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


def after_place_word(doc: Doc, i: int) -> bool:
    """``originaire de X``, ``basée à X``, ``implantée en X``: X is a place."""
    return i >= 2 and doc[i - 1].lower_ in ("de", "d'", "d’", "à", "en", "au", "dans") \
        and doc[i - 2].lower_ in cue_words().get("place_before", ())
