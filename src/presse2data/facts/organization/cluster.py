"""One organization per article under its fullest name: shorter or reordered forms,
``Région X`` / ``conseil régional de X`` and an acronym / its expansion are mentions of it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...extensions import Entity
from ...lang.names import fold_name, fold_org
from ...lang.tokens import doc_text, find_word
from ...record_base import Mention
from ...lang.propernames import ACRONYM, STOPWORDS


_PUBLIC_LEVEL = (
    (re.compile(r"^(?:conseil regional|region) (?:de la |de l |du |des |de |d )?(.+)$"), "region"),
    (re.compile(r"^(?:conseil departemental|conseil general|departement) (?:de la |de l |du |des |de |d )?(.+)$"), "dept"),
)


def _keys(name: str) -> set[str]:
    """Keys under which two forms of a name are the same organization."""
    folded = fold_org(name).lstrip("#@ ")  # "#Brivane" is a hashtag of Brivane
    keys = {folded, " ".join(sorted(folded.split()))}
    if len(folded) >= 6:
        keys.add("glued:" + folded.replace(" ", ""))  # "Brivane Tech" / "BrivaneTech" / "Brivane-Tech"
    for regex, level in _PUBLIC_LEVEL:
        m = regex.match(folded)
        if m:
            keys.add(f"{level}:{m.group(1)}")
    return keys


def _initials(name: str) -> str:
    return "".join(w[0] for w in fold_org(name).split() if w not in STOPWORDS)


def cluster(doc: Doc, spans) -> list[Entity]:
    """The organizations of the article, in order of first mention, from its organization spans."""
    spans = sorted(s for s in spans if s.text.strip())
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
        # the fullest form, never a hashtag; spaces and hyphens do not make a form fuller (the first written wins)
        name = max((s.text.strip() for s in group),
                   key=lambda t: (not t.startswith(("#", "@")), len(t.split()) > 1 or not t.isupper(), len(re.sub(r"[\s-]", "", t))))
        kinds = [s.label_ for s in group if s.label_]
        rule = next((s.id_ for s in group if s.id_ != "ner"), group[0].id_)
        out.append(
            Entity(
                name=name,
                source=f"rule:{rule}" if rule.startswith("organization/") else (rule or "ner"),
                mentions=[Mention(start=s.start_char, end=s.end_char, text=s.text) for s in group],
                spans=list(group),
                kind=kinds[0] if kinds else None,
            )
        )
    return out


def _complete_mentions(doc: Doc, groups: list[list[Span]]) -> None:
    """Other occurrences of a multi-word form or a non-common single word, so every mention is listed."""
    taken = {t for g in groups for s in g for t in range(s.start, s.end)}
    persons = {t for e in doc.ents if e.label_ == "PER" and len(e) > 1 for t in range(e.start, e.end)}
    text = doc_text(doc)
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
            opening = s.start - 1 - (s.start >= 3 and doc[s.start - 1].text == "#")  # "X (#Y)": a hashtag alias
            if opening >= 1 and doc[opening].text == "(" and s.end < len(doc) and doc[s.end].text == ")":
                owner = end_of.get(opening)
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
        if len(g) and all(ACRONYM.match(s.text) for s in g):
            acro = fold_name(g[0].text).replace(" ", "")
            target = next(
                (o for o in out if o is not g and any(_initials(s.text) == acro for s in o if len(s) > 1)),
                None,
            )
            if target is not None:
                target.extend(g)
                out.remove(g)
    return out
