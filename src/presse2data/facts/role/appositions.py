"""Roles of a person: ``{title, organization}`` read around each of the person's mentions.

French phrasings handled (titles from ``models/role/titles.txt``):

- apposition after the name: ``Claire Martin, président de ...``, after a quote verb
  ``explique Y, fondatrice de X``, with an adverb or adjective first (``Sophie R.,
  jusqu'alors directrice de ...``, ``X, jeune fondateur, à Vierzon, du site Y``), or
  ``X, récemment placé en tant que Premier ministre``;
- title before the name, with or without a comma: ``le président du conseil
  départemental du Gers, Pierre V.``, ``Chargé du dossier à la ville de Lyon,
  Marc T.``, ``la ministre Claire D.``, ``le Pdg, Yvan K.``;
- several titles in one phrase: ``directeur général de X et patron de Y`` (one
  organization each), ``cofondateur et président de la société`` (shared), ``chargée de
  communication et responsable développement durable``.

The title is lowercased as written and stops before the organization (``chargé de
mission pour la filière numérique`` / ``à l'Agence ...``). The organization is the
organization record named in the phrase; else the one a generic or demonstrative
reference points to (``cette association``, ``cette Fabrique lyonnaise``, ``de la
société``, ``au sein de l'équipe``) or, for a bare title (``le directeur X``, ``X,
chargée de communication``), the nearest organization mentioned before, not counting
items of a list. A possessive title (``Son PDG, X``, ``Sa présidente, X``, ``L'autre
cofondateur, X``) and a generic head (``du cluster``, ``de cette association``) point to
the organization the preceding sentences are about: the subject of the nearest sentence
with one, skipping sentences whose subject is a pronoun or an anaphor (``il fédère``,
``l'entreprise a choisi``; ``models/role/cue_words.txt``). Never guessed for a
political office (``ministre``, ``maire de Nantes``) or when the complement is a place. ``organization`` always equals the
``name`` of an organization record of the article, or is null.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token


from ... import extensions  # noqa: F401  (registers doc._.roles)
from ...lang.modelfiles import load_lexicon
from ...lang.names import fold_name
from ...lang.tokens import glued_word_end
from .record import Role
from .titles import title_at as _title_at


@dataclass(frozen=True)
class Limits:
    """Windows of the role reader; the component's ``default_config`` sets them (``nlp.config``)."""

    segment_tokens: int = 28  # the most tokens of an apposition read on either side of a name
    topic_sentences: int = 5  # sentences back to look for the organization a possessive title refers to
    salience_chars: int = 1500  # characters back to look for the organization a bare title refers to
    introduced_sentences: int = 3  # sentences back to look for "l'association X" when the text says "l'association"
    list_link_tokens: int = 4  # ", ou encore", ", ainsi que": organizations this close are items of a list
    paren_tokens: int = 30  # the most tokens read inside parentheses after a name


DEFAULT_LIMITS = Limits()

_BOUNDARY = {".", "!", "?", ";", ":", "«", "»", "“", "”", '"', "(", ")", "…", "[", "]"}
_PREPOSITIONS = {"de", "du", "des", "d'", "d’", "à", "au", "aux", "pour", "chez", "en"}
_DETS = {"le", "la", "l'", "l’", "les", "un", "une"}
_DEMONSTRATIVES = {"ce", "cet", "cette", "ces", "sa", "son", "ses", "leur", "notre"}
_PUBLIC_HEADS = {"conseil", "région", "département", "ministère", "gouvernement", "mairie", "préfecture", "état"}
_ANY_HEADS = {"équipe", "structure", "entité", "organisation", "maison", "boîte"}
_LEADING_SKIPS = {"jeune", "ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle", "jusqu'", "alors",
                  "jusqu’", "aujourd'hui", "désormais", "également", "aussi", "récemment", "placé", "placée", "en",
                  "tant", "que", "nommé", "nommée", "devenu", "devenue", "le", "la", "l'", "l’", "qui", "est",
                  "lui-même", "elle-même", "toujours", "ex", "ex-", "seul", "seule", "officiellement"}


@dataclass(frozen=True)
class _OrgMention:
    start: int  # token offsets
    end: int
    name: str
    kind: str | None
    in_list: bool




@cache
def _type_kinds() -> dict[str, str]:
    out = {}
    for line in load_lexicon("organization/type_nouns"):
        parts = line.split("|")
        if len(parts) < 3 or parts[2] != "suffix":
            out[parts[0].casefold()] = parts[1]
    return out


@cache
def _cue_words(cue: str) -> frozenset[str]:
    """Words of one cue in ``models/role/cue_words.txt`` (``cue|word`` lines)."""
    return frozenset(w.strip() for c, _, w in (line.partition("|") for line in load_lexicon("role/cue_words"))
                     if c.strip() == cue)


@cache
def _leading_skips() -> frozenset[str]:
    return frozenset(fold_name(w) for w in _LEADING_SKIPS)


def _words(tok: Token) -> list[str]:
    return fold_name(tok.text).split()






def _is_finite_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


def _org_mentions(doc: Doc, limits: Limits = DEFAULT_LIMITS) -> list[_OrgMention]:
    """Organization mentions as token spans, each flagged when it is an item of a list."""
    raw = []
    for rec in doc._.organizations or []:
        for m in rec.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                raw.append((span.start, span.end, rec.name, rec.kind))
    raw.sort()
    out = []
    for n, (s, e, name, kind) in enumerate(raw):
        linked = False
        for other in (raw[n - 1] if n else None, raw[n + 1] if n + 1 < len(raw) else None):
            if other is None:
                continue
            lo, hi = (e, other[0]) if other[0] >= e else (other[1], s)
            between = [t.lower_ for t in doc[lo:hi]] if 0 <= hi - lo <= limits.list_link_tokens else ["x"]
            if between and all(w in {",", "et", "ou", "encore", "ainsi", "que", "le", "la", "l'", "l’"} for w in between):
                linked = True
        out.append(_OrgMention(s, e, name, kind, linked))
    return out


def _segment_right(doc: Doc, mention: Span, others: set[int] = frozenset(),
                   limits: Limits = DEFAULT_LIMITS) -> tuple[int, int] | None:
    """The apposition after a name, up to a clause, another person, or a bracket; a parenthesized
    aside (``Nuvola Data (logiciels de paie) et président de X``) is stepped over."""
    i = mention.end
    if i < len(doc) and doc[i].text == "(":  # "Romain P. (Société), le président de ..."
        close = next((j for j in range(i + 1, min(len(doc), i + 12)) if doc[j].text in (")", "(")), None)
        if close is not None and doc[close].text == ")":
            i = close + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    start = i + 1
    end = start
    while end < len(doc) and end - start < limits.segment_tokens:
        tok = doc[end]
        if tok.i in others:
            break
        if tok.text == "(" and end > start:
            close = next((j for j in range(end + 1, min(len(doc), end + 12)) if doc[j].text in (")", "(")), None)
            if close is not None and doc[close].text == ")" and not any(j in others for j in range(end, close)):
                end = close + 1
                continue
        if tok.text in _BOUNDARY or "\n" in tok.text or tok.lower_ in ("qui", "dont"):
            break
        if tok.lower_ == "que" and not (end > 0 and doc[end - 1].lower_ == "tant"):
            break
        if _is_finite_verb(tok) and _title_at(doc, end, len(doc)) is None:
            break  # the tagger reads some titles ("fondateur") as verbs
        end += 1
    return start, end


def _segment_left(doc: Doc, mention: Span, org_tokens: set[int],
                  limits: Limits = DEFAULT_LIMITS) -> tuple[int, int] | None:
    end = mention.start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
    start = end
    while start > 0 and end - start < limits.segment_tokens:
        tok = doc[start - 1]
        if tok.text in _BOUNDARY or "\n" in tok.text or "\n" in tok.whitespace_ or _is_finite_verb(tok) \
                or tok.lower_ in ("et", "ou", "qui", "que", "dont") or tok.ent_type_ == "PER" and tok.i not in org_tokens \
                and (_title_at(doc, tok.i, end) or (0, False))[0] != end:  # "son Président, X": tagged PER
            break
        start -= 1
    return (start, end) if start < end else None


def _titles_in(doc: Doc, start: int, end: int, right: bool) -> list[tuple[int, int, bool]]:
    """(start, end, political) of the titles in a segment; on the right the first must come early."""
    found = []
    i = start
    while i < end:
        hit = _title_at(doc, i, end)
        if hit is not None and fold_name(doc[i].text) in ("elu", "elue") and (
                found and i - found[-1][1] <= 1 or _title_at(doc, i + 1, end) is not None
                or any(t.lower_ in _cue_words("head_phrases") for t in doc[i + 1 : min(end, i + 4)])):
            # "président officiellement élu", "élu président", "élue à la tête de": a participle, not the office
            hit = None
            i += 1
            continue
        if hit is not None:
            if found and found[-1][1] == i:  # "ministre déléguée": one title
                found[-1] = (found[-1][0], hit[0], found[-1][2] or hit[1])
            else:
                found.append((i, hit[0], hit[1]))
            i = hit[0]
            continue
        if right and not found and (i - start >= 6 or fold_name(doc[i].text) not in _leading_skips()
                                    and doc[i].pos_ not in ("ADV", "ADJ", "ADP", "DET")):
            return []
        i += 1
    return found


def _extend_title(doc: Doc, start: int, end: int, stop: int, orgs: list[_OrgMention], persons: set[int],
                  political: bool = False) -> tuple[int, str | None]:
    """Extend a title over its complement (``de la mission ...``); return its end and why it stopped."""
    org_starts = {o.start for o in orgs}
    j = end
    while j < stop:
        tok = doc[j]
        if j in org_starts or j in persons:
            return end, "org"
        if tok.ent_type_ == "LOC" and tok.text[:1].isupper():
            return end, "place"
        if tok.text == "," or tok.is_punct or tok.lower_ in ("et", "ou") or _is_finite_verb(tok):
            return end, None
        if tok.lower_ in _DEMONSTRATIVES:
            return end, _generic_head(doc, j + 1)
        if tok.lower_ == "au" and j + 1 < stop and doc[j + 1].lower_ == "sein":
            return end, "generic"
        if tok.lower_ in _PREPOSITIONS or tok.lower_ in _DETS:
            k = j
            while k < stop and (doc[k].lower_ in _PREPOSITIONS or doc[k].lower_ in _DETS):
                k += 1
            if k >= stop:
                return end, None
            if k in org_starts:
                return end, "org"
            if doc[k].lower_ in _DEMONSTRATIVES or doc[k].lower_ == "sein":
                return end, _generic_head(doc, k + 1)
            head_end = glued_word_end(doc, k, stop)
            head = doc[k:head_end].text.lower()  # "start-up": three tokens, one word
            if head in _type_kinds() or head in _PUBLIC_HEADS or head in _ANY_HEADS:
                return end, "generic:" + head
            if doc[k].ent_type_ == "LOC" and doc[k].text[:1].isupper():
                return end, "place"
            if doc[k].ent_type_ == "PER" or k in persons:
                return end, None
            if not political and doc[k].text[:1].isupper() and doc[k].is_alpha:
                return end, None  # a name the organizations missed is not part of the title
            # a complement of the title itself: "de mission", "à l'économie numérique"
            m = head_end
            while m < stop and doc[m].pos_ in ("ADJ", "NOUN") and m not in org_starts and m not in persons \
                    and doc[m].ent_type_ not in ("LOC", "PER"):
                m += 1
            end = j = m
            continue
        if tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")):
            end = j = j + 1
            continue
        return end, None
    return end, None


def _wanted_kind(head: str | None) -> str | None:
    """The organization kind a generic head noun asks for (``cette association`` → association)."""
    if head in _PUBLIC_HEADS:
        return "public_body"
    if head in _type_kinds() and head not in ("groupe", "structure"):
        return _type_kinds()[head]
    return None


def _fits(o: _OrgMention, want: str | None) -> bool:
    if want == "public_body":
        return o.kind == "public_body"
    return not want or o.kind in (None, want)


def _salient(orgs: list[_OrgMention], before: int, doc: Doc, head: str | None,
             others: set[int] = frozenset(), limits: Limits = DEFAULT_LIMITS, title: str | None = None) -> str | None:
    """Name of the nearest organization mentioned before token ``before`` fitting ``head``.

    An organization of the same sentence named after another person (``A, directrice de X, et
    B, trésorier``) is that person's: B does not get X. For a bare ``title``, a media outlet
    (the source of a quote, not the employer) or an internal body is no fallback, unless the
    title is a press trade (``rédactrice en chef``; ``press_titles`` in ``cue_words.txt``).
    """
    limit = doc[before].idx - limits.salience_chars if before < len(doc) else 0
    want = _wanted_kind(head)
    sent_start = _sentence_start(doc, min(before, len(doc) - 1)) if len(doc) else 0
    for o in sorted(orgs, key=lambda o: -o.start):
        if o.start >= before or doc[o.start].idx < limit or o.in_list:
            continue
        if o.start >= sent_start and any(sent_start <= t < o.start for t in others):
            continue
        if not _fits(o, want):
            continue
        if title is not None and _not_a_fallback(o, title):
            continue
        return o.name
    return None


def _not_a_fallback(o: _OrgMention, title: str) -> bool:
    """A media outlet or an internal body cannot be the organization of a bare title it does not name."""
    if any(w in title for w in _cue_words("press_titles")):
        return False
    folded = fold_name(o.name)
    return o.kind == "media" or any(folded == b or folded.startswith(b + " ") for b in _internal_bodies())


@cache
def _internal_bodies() -> tuple[str, ...]:
    return tuple(fold_name(b) for b in load_lexicon("role/bodies"))


def introduced(doc: Doc, orgs: list[_OrgMention], before: int, head: str | None,
               limits: Limits = DEFAULT_LIMITS) -> str | None:
    """The organization last introduced by the same noun (``l'association X``) in the sentences
    before ``before``: what ``de l'association`` then refers to."""
    if not head or head not in _type_kinds():
        return None
    start = _sentence_start(doc, min(before, len(doc) - 1))
    for _ in range(limits.introduced_sentences):
        if start > 0:
            start = _sentence_start(doc, start - 1)
    for o in sorted(orgs, key=lambda o: -o.start):
        if start <= o.start < before and o.start > 0:
            k = o.start - 1
            while k > 0 and doc[k].pos_ == "ADJ":
                k -= 1
            if doc[k].lower_ == head:
                return o.name
    return None


def _generic_head(doc: Doc, k: int) -> str:
    """``generic:<noun>`` for the noun after a demonstrative (``cette association``), else ``generic``."""
    if k < len(doc) and (doc[k].lower_ in _type_kinds() or doc[k].lower_ in _PUBLIC_HEADS):
        return "generic:" + doc[k].lower_
    return "generic"


def _ends_sentence(tok: Token) -> bool:
    return tok.text in (".", "!", "?", "…") or "\n" in tok.text or "\n" in tok.whitespace_


def _sentence_start(doc: Doc, i: int) -> int:
    while i > 0 and not _ends_sentence(doc[i - 1]):
        i -= 1
    return i


def _after_preposition(doc: Doc, o: _OrgMention) -> bool:
    """The mention is inside a prepositional phrase (``par la CCI``, ``d'Airbus``), so not a subject."""
    k = o.start - 1
    while k >= 0 and (doc[k].lower_ in _DETS or doc[k].lower_ in _type_kinds() or doc[k].pos_ == "ADJ"
                      or doc[k].lower_ in _PUBLIC_HEADS or doc[k].text == "-"):
        k -= 1
    return k >= 0 and doc[k].lower_ in _PREPOSITIONS | _cue_words("subject_blockers")


def _topic(doc: Doc, orgs: list[_OrgMention], before: int, head: str | None, subject_only: bool = False,
           people: set[int] = frozenset(), limits: Limits = DEFAULT_LIMITS) -> str | None:
    """The organization the preceding sentences are about: the subject of the nearest sentence that has one.

    ``Ondalys, fondée en 2013, vise ... Son PDG, X``: Ondalys, not the ``Vextra`` of its
    complement. A sentence whose subject is a pronoun or an anaphor (``il``, ``l'entreprise``)
    defers to the one before; a sentence without an organization subject offers its first
    organization named outside a list.
    """
    want = _wanted_kind(head)
    end = _sentence_start(doc, before)
    for _ in range(limits.topic_sentences):
        if end <= 0:
            return None
        start = _sentence_start(doc, end - 1)
        verb = next((t.i for t in doc[start:end] if _is_finite_verb(t)), end)
        inside = sorted((o for o in orgs if start <= o.start < end), key=lambda o: o.start)
        subject = next((o for o in inside if o.start < verb and not _after_preposition(doc, o)
                        and not o.in_list and not (subject_only and any(start <= t < o.start for t in people))), None)
        if subject is not None and _fits(subject, want):
            return subject.name
        anaphoric = subject is None and any(
            t.lower_ in _cue_words("subject_anaphors") for t in doc[start:verb]
        )
        if not anaphoric and not subject_only:
            first = next((o for o in inside if not o.in_list and _fits(o, want)), None)
            if first is not None:
                return first.name
        end = start
    return None


def _roles_in(doc: Doc, seg: tuple[int, int], right: bool, orgs: list[_OrgMention], persons: set[int],
              anchor: int, others: set[int] = frozenset(), limits: Limits = DEFAULT_LIMITS) -> list[Role]:
    start, end = seg
    titles = _titles_in(doc, start, end, right)
    if not titles:
        return []
    roles: list[tuple[str, str | None, bool]] = []
    pending_share: list[int] = []
    for n, (ts, te, political) in enumerate(titles):
        nxt = titles[n + 1][0] if n + 1 < len(titles) else end
        title_end, why = _extend_title(doc, ts, te, nxt, orgs, persons, political)
        title = doc[ts:title_end].text.strip(" ,").lower()
        named = next((o for o in orgs if title_end <= o.start < nxt and o.end <= end), None)
        if named is not None and why and why.startswith("generic:") and any(
                t.lower_ in ("et", "ou", ",") for t in doc[title_end:named.start]):
            named = None  # "président de l'association et à la barre de X": X is not what it presides
        org: str | None
        if named is not None:
            org = named.name
        elif why and why.startswith("generic"):
            head = why.partition(":")[2] or None
            org = (introduced(doc, orgs, anchor, head, limits) or _topic(doc, orgs, anchor, head, limits=limits)
                   if head else None) or _salient(orgs, anchor, doc, head, others, limits)
        elif why == "place" or political:
            org = None
        elif ts > 1 and doc[ts - 1].lower_ in _cue_words("topic_determiners") and doc[ts - 2].lower_ == "et" \
                and any(o.end == ts - 2 for o in orgs):
            org = next(o.name for o in orgs if o.end == ts - 2)  # "la Métropole X et son président Y"
        elif ts > 0 and doc[ts - 1].lower_ in _cue_words("topic_determiners"):
            org = _topic(doc, orgs, anchor, None, limits=limits) or "?"  # "Son PDG, X", "L'autre cofondateur, X"
        else:
            org = "?"  # bare title: shared with a coordinated title, else the salient organization
        between = [t.lower_ for t in doc[title_end:nxt]]
        if org == "?" and between == ["et"]:
            pending_share.append(len(roles))
        elif org == "?":
            org = _salient(orgs, anchor, doc, None, others, limits, title)
        roles.append((title, org, political))
        if org != "?":
            for k in pending_share:
                roles[k] = (roles[k][0], org, roles[k][2])
            pending_share = []
    out = []
    for title, org, _ in roles:
        if org == "?":
            org = _salient(orgs, anchor, doc, None, others, limits, title)
        if title:
            out.append(Role(title=title, organization=org))
    return out


def roles_for(mentions: list[Span], doc: Doc, orgs: list[_OrgMention], everyone: set[int] = frozenset(),
              limits: Limits = DEFAULT_LIMITS) -> list[Role]:
    """Roles found around any mention of one person, without duplicates (``everyone``: tokens of all persons)."""
    persons = {t for m in mentions for t in range(m.start, m.end)}
    others = set(everyone) - persons
    org_tokens = {t for o in orgs for t in range(o.start, o.end)}
    out: list[Role] = []
    for mention in mentions:
        found = []
        left = _segment_left(doc, mention, org_tokens, limits)
        if left is not None:
            found += _roles_in(doc, left, False, orgs, persons, left[0], others, limits)
        right = _segment_right(doc, mention, others, limits)
        if right is not None:
            found += _roles_in(doc, right, True, orgs, persons, mention.start, others, limits)
        for role in found:
            if role not in out:
                out.append(role)
    return out
