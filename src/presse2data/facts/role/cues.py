"""Roles beyond the apposition around a name: parentheses, lists, verbs, shared titles.

Each cue is a rule line of ``models/role/rules.jsonl`` (``code`` = the function below,
or a ``dep_pattern`` read by :mod:`presse2data.lang.deprules`):

- ``role/paren-affiliation``: ``Prénom Nom (Société)``, ``(A, B, C)`` → roles with a
  null title; ``Prénom Nom (CEO de Kalimba)`` → the title inside the parentheses;
- ``role/title-colon-name``: ``Société (président : Prénom Nom)``;
- ``role/list-members``: a list of people after a heading that names a board or the
  members of an organization (``Les membres de l'association : A (X), B (Y)``, ``le
  conseil d'administration compte dix membres : ...``, ``Le bureau accueille aussi A, B``)
  → ``membre`` / ``membre du bureau`` at the organization the text is about;
- ``role/head-of``: ``à la barre de Nuvola Data``, ``à la tête de X`` → null title, for the
  person of the phrase (not the one replaced: ``A succède à B à la tête de X`` is A's);
- ``role/from-company``: ``Prénom Nom, de chez X`` → null title;
- ``role/title-pronoun``: ``Directrice de X, elle ...`` → the title of the person named just
  before (else just after);
- ``role/post-of``: ``élu au poste de président`` → the title at the topic organization;
- dependency rules (``dep_pattern``): ``présidée par X``, ``fondée par A et B`` (the title
  as a noun, gendered by the person), ``X devient président de Y``, ``les deux
  vice-présidents sont A et B`` / ``deux présidents, A et B`` (one title shared),
  ``la start-up qu'il présidait``, ``X prend la présidence de Y``.

The dependency parse runs only on sentences that hold a person and a cue word
(:func:`_cue_sentences`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...lang.deprules import DepMatch, DepRuleSet
from ...lang.modelfiles import load_lexicon
from ...lang.names import fold_name
from ...lang.rules import RuleSet
from .appositions import (DEFAULT_LIMITS, Limits, introduced, _cue_words, _DETS, _PREPOSITIONS, _PUBLIC_HEADS, _OrgMention, _ends_sentence, _extend_title,
                        _roles_in, _salient, _sentence_start, _topic, _type_kinds)
from .record import Role
from .titles import title_at, titles


@dataclass(frozen=True)
class Found:
    person: int  # index in doc._.persons
    role: Role
    rule: str
    start: int  # token span of the person mention the cue reads
    end: int


@cache
def _verb_titles() -> dict[str, str]:
    """Verb form → title noun (``présidée`` → ``président``), ``models/role/verb_titles.txt``."""
    out = {}
    for line in load_lexicon("role/verb_titles"):
        forms, _, title = line.partition("|")
        for form in forms.split(","):
            out[form.strip()] = title.strip()
    return out


@cache
def _bodies() -> tuple[tuple[str, ...], ...]:
    """Governing bodies (``conseil d'administration``), folded words, longest first."""
    return tuple(sorted((tuple(fold_name(b).split()) for b in load_lexicon("role/bodies")), key=len, reverse=True))


@cache
def _list_verbs() -> frozenset[str]:
    return frozenset(load_lexicon("role/list_verbs"))


def feminine(title: str) -> str:
    """The feminine form of a title when the lexicon has it (``président`` → ``présidente``)."""
    words = title.split()
    head = words[0]
    for fem in (head + "e", head[:-3] + "rice" if head.endswith("eur") else "",
                head[:-2] + "ière" if head.endswith("ier") else "", head[:-3] + "euse" if head.endswith("eur") else ""):
        if fem and tuple(fold_name(" ".join([fem, *words[1:]])).split()) in titles():
            return " ".join([fem, *words[1:]])
    return title


def singular(title: str) -> str:
    """``vice-présidents`` → ``vice-président`` when the singular is a title."""
    words = title.split()
    if words and words[0][-1:] in ("s", "x") and tuple(fold_name(" ".join([words[0][:-1], *words[1:]])).split()) in titles():
        return " ".join([words[0][:-1], *words[1:]])
    return title


def _is_feminine(doc: Doc, persons: list[Span], other_titles: list[str]) -> bool:
    """The person's gender: the tagger's on the first name, else their other titles (``fondatrice``)."""
    for span in persons:
        gender = span.doc[span.start].morph.get("Gender")
        if gender:
            return gender[0] == "Fem"
    return any(t and feminine(singular(t)) == t and _masculine_differs(t) for t in other_titles)


def _masculine_differs(title: str) -> bool:
    """The title's first word is the feminine of another title (``directrice``, ``présidente``)."""
    head = fold_name(title.split()[0])
    firsts = {key[0] for key in titles()}
    return any(head.endswith(fem) and head[: len(head) - len(fem)] + masc in firsts
               for fem, masc in (("e", ""), ("rice", "eur"), ("iere", "ier"), ("euse", "eur")))


class Reader:
    """The cues of one article: persons and organizations as token spans."""

    def __init__(self, doc: Doc, orgs: list[_OrgMention], deprules: DepRuleSet, roles: list[list[Role]],
                 tokens: RuleSet, limits: Limits = DEFAULT_LIMITS):
        self.doc = doc
        self.limits = limits
        self.tokens = tokens  # the token patterns of models/role/rules.jsonl
        self.roles = roles  # found by the apposition reader, per person: their titles tell the gender
        self.orgs = orgs
        self.deprules = deprules
        self.person_of: dict[int, int] = {}
        self.mentions: list[tuple[int, int, int]] = []  # start, end, person index
        for n, person in enumerate(doc._.persons or []):
            for span in person.spans:
                self.mentions.append((span.start, span.end, n))
                for t in range(span.start, span.end):
                    self.person_of[t] = n
        self.mentions.sort()
        self.org_at = {t: o for o in orgs for t in range(o.start, o.end)}

    # -- helpers -----------------------------------------------------------------------------------
    def _mention_at(self, i: int) -> tuple[int, int, int] | None:
        return next((m for m in self.mentions if m[0] <= i < m[1]), None)

    def _found(self, mention: tuple[int, int, int], title: str | None, org: str | None, rule: str) -> Found:
        return Found(mention[2], Role(title=title, organization=org), rule, mention[0], mention[1])

    def _orgs_in(self, start: int, end: int) -> list[_OrgMention] | None:
        """The organizations that fill ``doc[start:end]`` (separated by commas or ``et``), else None."""
        found, i = [], start
        while i < end:
            o = self.org_at.get(i)
            if o is not None and o.start == i and o.end <= end:
                found.append(o)
                i = o.end
            elif self.doc[i].text == "," or self.doc[i].lower_ == "et":
                i += 1
            else:
                return None
        return found or None

    def _closing(self, i: int) -> int | None:
        """Index of the ``)`` closing the ``(`` at ``i``."""
        for j in range(i + 1, min(len(self.doc), i + self.limits.paren_tokens)):
            if self.doc[j].text == ")":
                return j
            if self.doc[j].text == "(" or _ends_sentence(self.doc[j]) and self.doc[j].text != ".":
                return None
        return None

    def _org_after(self, k: int, anchor: int) -> str | None:
        """The organization a complement starting at ``k`` names: ``de la société X`` → X, ``de
        l'association`` → the one the text is about."""
        doc = self.doc
        head = None
        while k < len(doc) and (doc[k].lower_ in _PREPOSITIONS or doc[k].lower_ in _DETS
                                or doc[k].lower_ in _type_heads() or doc[k].pos_ == "ADJ" and k not in self.org_at):
            if doc[k].lower_ in _type_heads() or doc[k].lower_ in _PUBLIC_HEADS:
                head = doc[k].lower_
            k += 1
        org = self.org_at.get(k)
        if org is not None and org.start == k:
            return org.name
        if head is not None and (k >= len(doc) or not doc[k].text[:1].isupper()):
            return (introduced(doc, self.orgs, anchor, head, limits=self.limits)
                    or _topic(doc, self.orgs, anchor, head, limits=self.limits)
                    or _salient(self.orgs, anchor, doc, head, limits=self.limits))
        return None

    def _title_here(self, ts: int, stop: int, anchor: int) -> list[Role]:
        return _roles_in(self.doc, (ts, stop), True, self.orgs, set(self.person_of), anchor, limits=self.limits)

    # -- cues applied by code ----------------------------------------------------------------------
    def paren_affiliation(self) -> list[Found]:
        """``Prénom Nom (Société)`` → null title; ``Prénom Nom (CEO de Société)`` → that title."""
        out = []
        doc = self.doc
        for m in self.mentions:
            i = m[1]
            if i >= len(doc) or doc[i].text != "(":
                continue
            close = self._closing(i)
            if close is None or close == i + 1:
                continue
            orgs = self._orgs_in(i + 1, close)
            if orgs:
                out += [self._found(m, None, o.name, "role/paren-affiliation") for o in orgs]
            elif title_at(doc, i + 1, close) is not None:
                out += [Found(m[2], r, "role/paren-title", m[0], m[1]) for r in self._title_here(i + 1, close, m[0])
                        if r.organization is not None and self._named_inside(r.organization, i, close)]
        return out

    def _named_inside(self, name: str, start: int, end: int) -> bool:
        return any(o.name == name and start <= o.start < end for o in self.orgs)

    def title_colon_name(self) -> list[Found]:
        """``Société (président : Prénom Nom, ...)``: the title at the organization before the parenthesis."""
        out = []
        doc = self.doc
        for m in self.mentions:
            k = m[0] - 1
            if k < 2 or doc[k].text != ":":
                continue
            ts = next((s for s in range(max(0, k - 4), k) if title_at(doc, s, k) and title_at(doc, s, k)[0] == k), None)
            if ts is None or ts == 0 or doc[ts - 1].text != "(":
                continue
            before = self.org_at.get(ts - 2)
            if before is not None and before.end == ts - 1:
                out.append(self._found(m, doc[ts:k].text.lower(), before.name, "role/title-colon-name"))
        return out

    def head_of(self) -> list[Found]:
        """``à la barre de Nuvola Data``, ``à la tête de X``: an affiliation without a title."""
        out = []
        doc = self.doc
        for n in range(len(doc) - 4):
            if not (doc[n].lower_ == "à" and doc[n + 1].lower_ == "la" and doc[n + 2].lower_ in ("barre", "tête")
                    and doc[n + 3].lower_ in ("de", "du", "d'", "d’")):
                continue
            org = self._org_after(n + 4, n)
            person = self._person_of_phrase(n)
            if org is not None and person is not None:
                out.append(self._found(person, None, org, "role/head-of"))
        return out

    def from_company(self) -> list[Found]:
        """``Prénom Nom, de chez Nuvola Data``: an affiliation without a title."""
        out = []
        doc = self.doc
        for mention in self.mentions:
            j = mention[1] + (1 if mention[1] < len(doc) and doc[mention[1]].text == "," else 0)
            if j + 2 < len(doc) and doc[j].lower_ == "de" and doc[j + 1].lower_ == "chez":
                org = self.org_at.get(j + 2)
                if org is not None and org.start == j + 2:
                    out.append(self._found(mention, None, org.name, "role/from-company"))
        return out

    def title_pronoun(self) -> list[Found]:
        """``Directrice de X, elle ...``: a title opening a sentence whose subject is a pronoun is the
        title of the person named last before it (else the first person named after it)."""
        out = []
        doc = self.doc
        for s in range(len(doc)):
            if s and not _ends_sentence(doc[s - 1]) or title_at(doc, s, len(doc)) is None:
                continue
            comma = self._comma_after(s)
            if comma is None or doc[comma].text != "," or comma + 1 >= len(doc) \
                    or doc[comma + 1].lower_ not in ("il", "elle") or any(t in self.person_of for t in range(s, comma)):
                continue
            before = [m for m in self.mentions if m[1] <= s and doc[m[0]].idx >= doc[s].idx - self.limits.salience_chars]
            after = [m for m in self.mentions if m[0] > comma and _sentence_start(doc, m[0]) <= self._next_sentence(comma)]
            person = before[-1] if before else after[0] if after else None
            if person is None:
                continue
            outside = self._org_outside_parentheses(s, comma)
            if outside is _MISSED:
                continue
            for role in self._title_here(s, comma, person[0]):
                org = outside if outside is not None and role.organization != outside else role.organization
                out.append(self._found(person, role.title, org, "role/title-pronoun"))
        return out

    def _org_outside_parentheses(self, s: int, end: int) -> str | None:
        """``Directeur des écoles (A, B) du groupe X, il ...``: the parentheses list what the title
        covers; the organization is the one named after them (None without parentheses)."""
        doc = self.doc
        close = next((j for j in range(s, end) if doc[j].text == ")"), None)
        if close is None:
            return None
        org = next((o for o in self.orgs if close < o.start and o.end <= end), None)
        if org is None and close + 1 < end and doc[close + 1].lower_ in ("de", "du", "des", "d'", "d’"):
            return _MISSED  # the organization named after the parentheses was missed: no fallback
        return org.name if org is not None else None

    def _comma_after(self, s: int) -> int | None:
        """The first comma after ``s`` outside parentheses, within the segment limit; None at a sentence end."""
        doc, j = self.doc, s + 1
        while j < min(len(doc), s + self.limits.segment_tokens):
            if doc[j].text == "(":
                close = self._closing(j)
                if close is None:
                    return None
                j = close + 1
                continue
            if doc[j].text == ",":
                return j
            if _ends_sentence(doc[j]):
                return None
            j += 1
        return None

    def _next_sentence(self, i: int) -> int:
        """Start of the sentence after the one holding token ``i``."""
        doc = self.doc
        while i < len(doc) and not _ends_sentence(doc[i]):
            i += 1
        return i + 1

    def _person_of_phrase(self, i: int) -> tuple[int, int, int] | None:
        """The person a phrase at token ``i`` is about: the subject after it (``A la tête de X, Julie M.``),
        else the nearest person before it in the sentence."""
        doc = self.doc
        start = _sentence_start(doc, i)
        before = [m for m in self.mentions if start <= m[0] and m[1] <= i]
        while len(before) > 1 and self._is_predecessor(before[-1]):
            before.pop()  # "A succède à B à la tête de X": the post is A's
        if before:
            return before[-1]
        j = i
        while j < len(doc) and not _ends_sentence(doc[j]) and doc[j].text != ",":
            j += 1
        after = next((m for m in self.mentions if m[0] == j + 1), None)
        return after

    def _is_predecessor(self, mention: tuple[int, int, int]) -> bool:
        """The person is the complement of ``succéder à`` / ``remplacer`` (``models/role/cue_words.txt``)."""
        doc, k = self.doc, mention[0] - 1
        if k >= 0 and doc[k].lower_ in ("à", "a"):
            k -= 1
        return k >= 0 and doc[k].pos_ in ("VERB", "AUX") and fold_name(doc[k].text).startswith(_predecessor_verbs())

    def post_of(self) -> list[Found]:
        """``élu au poste de président``, ``au poste de directrice``: the title at the topic organization."""
        out = []
        doc = self.doc
        for n in range(len(doc) - 3):
            if not (doc[n].lower_ == "au" and doc[n + 1].lower_ == "poste" and doc[n + 2].lower_ in ("de", "d'", "d’")):
                continue
            hit = title_at(doc, n + 3, len(doc))
            person = self._person_of_phrase(n)
            if hit is None or person is None:
                continue
            roles = self._title_here(n + 3, self._clause_end(n + 3), person[0])
            for role in roles:
                org = role.organization
                if org is None or not self._named_inside(org, n, self._clause_end(n + 3)):
                    org = _topic(doc, self.orgs, person[0], None, limits=self.limits)
                out.append(self._found(person, role.title, org, "role/post-of"))
        return out

    def _clause_end(self, i: int) -> int:
        doc = self.doc
        while i < len(doc) and not _ends_sentence(doc[i]) and doc[i].text not in (",", ";", ":", "("):
            i += 1
        return i

    def list_members(self) -> list[Found]:
        """People listed after a heading naming a board or an organization's members."""
        out = []
        doc = self.doc
        done: set[int] = set()
        for m in self.mentions:
            start = _sentence_start(doc, m[0])
            if start in done:
                continue
            heading = doc[start : m[0]]
            if any(t.i in self.person_of for t in heading):
                continue
            colon = any(t.text == ":" for t in heading)
            verb = any(t.lower_ in _list_verbs() for t in heading)
            if not (colon or verb):
                continue
            found = self._heading_title(start, m[0])
            if found is None:
                continue
            done.add(start)
            title, org = found
            end = start
            while end < len(doc) and not _ends_sentence(doc[end]):
                end += 1
            for other in self.mentions:
                if m[0] <= other[0] < end:
                    out.append(self._found(other, title, org, "role/list-members"))
        return out

    def _heading_title(self, start: int, end: int) -> tuple[str, str | None] | None:
        """``membre`` + organization of ``les membres de X``, or ``membre du bureau`` + the topic organization."""
        doc = self.doc
        for i in range(start, end):
            if doc[i].lower_ in ("membres", "membre"):
                j = i + 1
                if j < end and doc[j].lower_ in _PREPOSITIONS:
                    k = j + 1
                    while k < end and doc[k].lower_ in _DETS:
                        k += 1
                    org = self.org_at.get(k)
                    if org is not None:
                        return "membre", org.name
                    head = _public_or_type_head(doc, k)
                    if head:
                        org = self._org_after(j, start)
                        return ("membre", org) if org else None
            words = [fold_name(t.text) for t in doc[i:end]]
            for body in _bodies():
                if tuple(" ".join(words).split()[: len(body)]) == body:
                    n_tokens = self._tokens_for(i, len(body), end)
                    text = doc[i : i + n_tokens].text.lower()
                    k = i + n_tokens
                    if k < end and doc[k].lower_ in ("de", "du", "d'", "d’"):
                        k2 = k + 1
                        while k2 < end and doc[k2].lower_ in _DETS:
                            k2 += 1
                        org = self.org_at.get(k2)
                        if org is not None:
                            return f"membre du {text}", org.name
                    # the body of what the text is about
                    org = _topic(doc, self.orgs, start, None, subject_only=True, people=set(self.person_of),
                                 limits=self.limits)
                    return (f"membre du {text}", org) if org else None
        return None

    def _tokens_for(self, i: int, n_words: int, end: int) -> int:
        words, k = 0, i
        while k < end and words < n_words:
            words += len(fold_name(self.doc[k].text).split())
            k += 1
        return k - i

    # -- dependency rules --------------------------------------------------------------------------
    def _cue_sentences(self) -> list[Span]:
        """Sentences with a person and a word some dependency rule needs (parsed, the others not)."""
        doc = self.doc
        cues = self.deprules_cue_words()
        out, seen = [], set()
        for m in self.mentions:
            sent = doc[m[0]].sent
            if sent.start in seen:
                continue
            seen.add(sent.start)
            if any(t.lower_ in cues or title_at(doc, t.i, sent.end) or singular(t.lower_) != t.lower_ for t in sent):
                out.append(sent)
        return out

    def deprules_cue_words(self) -> frozenset[str]:
        return frozenset(_verb_titles()) | {"présidence", "vice-présidence", "direction"}

    def dependency_roles(self) -> list[Found]:
        out = []
        doc = self.doc
        for match in self.deprules.matches(doc, self._cue_sentences()):
            rule = match.rule
            kind = rule.data.get("reads")
            if kind == "relative-verb":
                out += self._relative_verb(match)
                continue
            person = self._mention_at(match.tokens[rule.data["person"]])
            if person is None:
                continue
            people = [person] + self._conjuncts(match, person)
            if kind == "agent-verb":
                out += self._agent_verb(match, people)
            elif kind == "title":
                out += self._title_node(match, people)
            elif kind == "post-noun":
                out += self._post_noun(match, people)
        return out

    def _conjuncts(self, match: DepMatch, person: tuple[int, int, int]) -> list[tuple[int, int, int]]:
        """Persons coordinated with the matched one (``A et B``, ``A, B et C``) in the parse."""
        parsed, offset = self.deprules_parse(person[0])
        head = parsed[person[0] - offset]
        out = []
        for tok in head.subtree:
            if tok.dep_ == "conj" and tok.head.i == head.i:
                m = self._mention_at(tok.i + offset)
                if m is not None and m != person:
                    out.append(m)
        return out

    def deprules_parse(self, i: int):
        from ...lang.parsing import on_demand

        return on_demand(self.deprules._nlp).parsed_sentence(self.doc[i : i + 1])

    def _gendered(self, title: str, mention: tuple[int, int, int], others: list[str]) -> str:
        spans = [self.doc[mention[0] : mention[1]]]
        others = others + [r.title for r in self.roles[mention[2]] if r.title]
        return feminine(title) if _is_feminine(self.doc, spans, others) else title

    def _agent_verb(self, match: DepMatch, people) -> list[Found]:
        """``X, présidée par A`` / ``Fondée par A et B, la société X``."""
        doc = self.doc
        verb = match.tokens[match.rule.data["verb"]]
        title = _verb_titles().get(doc[verb].lower_)
        if title is None:
            return []
        org = self._org_of_participle(verb, people)
        if org is None:
            return []
        return [self._found(p, self._gendered(title, p, []), org, match.rule.id) for p in people]

    def _org_of_participle(self, verb: int, people) -> str | None:
        doc = self.doc
        k = verb - 1
        while k >= 0 and (doc[k].text == "," or doc[k].pos_ == "AUX"):  # "X, présidée par", "X est présidée par"
            k -= 1
        before = self.org_at.get(k)
        if before is not None:
            return before.name
        if k >= 0 and (doc[k].lower_ in _type_heads() or doc[k].pos_ == "NOUN") and k >= 0:
            head = doc[k].lower_
            if head in _type_heads():
                return (_topic(doc, self.orgs, verb, head, limits=self.limits)
                        or _salient(self.orgs, verb, doc, head, limits=self.limits))
        # sentence-initial participle: the subject after the clause (", la société X" / ", l'association")
        last = max(p[1] for p in people)
        j = last
        while j < len(doc) and doc[j].text != "," and not _ends_sentence(doc[j]):
            if doc[j].i in self.person_of and self._mention_at(j) not in people:
                return None
            if doc[j].text == "(":  # "par Paul M. (Kalimba, Nuvola), l'association ..."
                close = self._closing(j)
                j = close if close is not None else j
            j += 1
        if j >= len(doc) or doc[j].text != ",":
            return None
        return self._org_after(j + 1, verb)

    def _title_node(self, match: DepMatch, people) -> list[Found]:
        """``X devient président de Y``, ``les deux vice-présidents sont A et B``, ``deux présidents, A et B``."""
        doc = self.doc
        ts = match.tokens[match.rule.data["title"]]
        plural = match.rule.data.get("plural", False)
        hit = title_at(doc, ts, len(doc))
        if plural and singular(doc[ts].lower_) != doc[ts].lower_:
            hit = (ts + 1, False)
        if hit is None or plural and singular(doc[ts : hit[0]].text.lower()) == doc[ts : hit[0]].text.lower():
            return []
        out = []
        if plural:
            count = next((_NUMBERS[doc[k].lower_] for k in range(max(0, ts - 2), ts) if doc[k].lower_ in _NUMBERS), 0)
            if count > len(people):  # "les deux vice-présidents sont A, ..., et B": the parse may lose B
                end = people[0][0]
                while end < len(doc) and not _ends_sentence(doc[end]):
                    end += 1
                later = [m for m in self.mentions if people[0][0] <= m[0] < end]
                people = later[:count]
            org = self._complement_org(ts, hit[0])
            for p in people:
                title = singular(doc[ts : hit[0]].text.lower())
                out.append(self._found(p, self._gendered(title, p, []), org, match.rule.id))
            return out
        stop = self._clause_end(ts)
        for role in self._title_here(ts, stop, people[0][0]):
            for p in people:
                out.append(self._found(p, role.title, role.organization, match.rule.id))
        return out

    def _complement_org(self, ts: int, te: int) -> str | None:
        """The organization a title's ``de X`` complement names (None when it names none)."""
        end, why = _extend_title(self.doc, ts, te, self._clause_end(te), self.orgs, set(self.person_of))
        if why == "org":
            k = end
            while k < len(self.doc) and (self.doc[k].lower_ in _PREPOSITIONS or self.doc[k].lower_ in _DETS):
                k += 1
            org = self.org_at.get(k)
            return org.name if org is not None else None
        if why and why.startswith("generic:"):
            head = why.partition(":")[2]
            return (_topic(self.doc, self.orgs, ts, head, limits=self.limits)
                    or _salient(self.orgs, ts, self.doc, head, limits=self.limits))
        return None

    def _relative_verb(self, match: DepMatch) -> list[Found]:
        """``X, ..., Brivatek, la start-up qu'il présidait``: the person before, the organization named."""
        doc = self.doc
        verb = match.tokens[match.rule.data["verb"]]
        title = _verb_titles().get(doc[verb].lower_)
        rel = match.tokens[match.rule.data["relative"]]
        if title is None:
            return []
        k = rel - 1
        while k >= 0 and (doc[k].lower_ in _type_heads() or doc[k].lower_ in _DETS or doc[k].text in ("-", "start", "up")):
            k -= 1
        org = None
        if doc[rel - 1].i in self.org_at:
            org = self.org_at[rel - 1].name
        elif k >= 0 and doc[k].text == "," and self.org_at.get(k - 1) is not None:
            org = self.org_at[k - 1].name
        if org is None:
            return []
        start = _sentence_start(doc, rel)
        before = [m for m in self.mentions if start <= m[0] and m[1] <= rel]
        if not before:
            return []
        p = before[-1]
        return [self._found(p, self._gendered(title, p, []), org, match.rule.id)]

    def _post_noun(self, match: DepMatch, people) -> list[Found]:
        """``X prend la présidence de Y``, ``X en assure la direction``."""
        doc = self.doc
        noun = match.tokens[match.rule.data["noun"]]
        title = _verb_titles().get(doc[noun].lower_)
        if title is None:
            return []
        k = noun + 1
        org = None
        if k < len(doc) and doc[k].lower_ in ("de", "du", "d'", "d’"):
            org = self._org_after(k, noun)
        elif any(t.lower_ == "en" for t in doc[_sentence_start(doc, noun) : noun]):
            org = _topic(doc, self.orgs, people[0][0], None, limits=self.limits)  # "X en assurera la présidence"
        if org is None:
            return []
        return [self._found(p, self._gendered(title, p, []), org, match.rule.id) for p in people]

    def agent_verb_tokens(self) -> list[Found]:
        """``présidée depuis 2016 par X`` read on tokens (``role/agent-verb-tokens``)."""
        out = []
        doc = self.doc
        for span in self.tokens.matches(doc, longest=False):
            if span.id_ != "role/agent-verb-tokens":
                continue
            person = self._mention_at(span.end - 1)
            if person is None or person[0] != span.end - 1:
                continue
            people = [person]
            nxt = next((m for m in self.mentions if m[0] == person[1] + 1), None)
            if nxt is not None and doc[person[1]].lower_ == "et":
                people.append(nxt)
            title = _verb_titles().get(doc[span.start].lower_)
            org = self._org_of_participle(span.start, people) if title else None
            if org is not None:
                out += [self._found(p, self._gendered(title, p, []), org, span.id_) for p in people]
        return out

    def all(self) -> list[Found]:
        return (self.paren_affiliation() + self.title_colon_name() + self.head_of() + self.from_company() + self.title_pronoun()
                + self.post_of()
                + self.list_members() + self.dependency_roles() + self.agent_verb_tokens())


_MISSED = "\0missed"  # an organization the text names but the organizations component missed

_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "2": 2, "3": 3, "4": 4, "5": 5}


@cache
def _predecessor_verbs() -> tuple[str, ...]:
    return tuple(_cue_words("predecessor_verbs"))


@cache
def _type_heads() -> frozenset[str]:
    return frozenset(_type_kinds()) | {"start-up", "startup"}


def _public_or_type_head(doc: Doc, k: int) -> str | None:
    """The generic head noun at ``k`` (``association``, ``région``), else None."""
    if k < len(doc) and (doc[k].lower_ in _type_kinds() or doc[k].lower_ in _PUBLIC_HEADS):
        return doc[k].lower_
    return None


def deprules_for(nlp: Language) -> DepRuleSet:
    return DepRuleSet(nlp, "role")

