"""Who states a member count: the subject of its cue verb (from the on-demand parse, else the
words before the verb back to a comma or quote), and the antecedent of a relative ``qui``
(``X, qui compte 120 adhérents``). Shared by the member phrases (component) and the group cues
(groups)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lang.parsing import OnDemand
from ...lang.tokens import doc_text, sentence_start
from .cues import Cue


def subject_tokens(doc: Doc, span: Span, cue: Cue, tools: OnDemand, window: int) -> list[Token]:
    """Subject of the cue verb from the parse, else the words before it back to a comma or quote."""
    verb = cue.token
    if verb is None:
        return []
    sentence, offset = tools.parsed_sentence(span)
    parsed_verb = sentence[verb.i - offset]
    for head in (parsed_verb, parsed_verb.head):
        subjects = [c for c in head.children if c.dep_.startswith("nsubj") and c.i + offset < span.start]
        if subjects:
            return [doc[t.i + offset] for s in subjects for t in s.subtree]
    sent_start = sentence_start(span)
    words: list[Token] = []
    for token in reversed(doc[sent_start : verb.i]):
        if token.text in {",", "«", "»", '"', "“", "”", ";", ":", "(", ")"}:
            break
        words.insert(0, token)
    return words[-window:]


def relative_antecedent(doc: Doc, subject: list[Token], orgs: list) -> str | None:
    """``X, qui compte 120 adhérents``: the organization mention right before the relative ``qui``."""
    if len(subject) != 1 or subject[0].lower_ not in {"qui", "lequel", "laquelle"}:
        return None
    start = subject[0].idx
    for org in orgs:
        for m in org.mentions:
            if m.end <= start and not doc_text(doc)[m.end : start].strip(" ,)\u00a0"):
                return org.name
    return None


_REFERRING = {"ce", "cet", "cette", "le", "la", "l'", "l’"}


def relative_holder(doc: Doc, subject: list[Token], holders: frozenset[str], window: int = 12) -> Token | None:
    """``ce syndicat professionnel, fondé en 1990 et qui réunit ...``: the relative ``qui`` is said of a
    holder noun (``mouvement``, ``réseau``, ``association``) with a definite or demonstrative determiner, shortly before it in
    the sentence; that noun (its organization is the nearest one before), else None."""
    if len(subject) != 1 or subject[0].lower_ != "qui":
        return None
    qui = subject[0]
    start = qui.sent.start if qui.sent is not None else 0
    for token in reversed(doc[max(start, qui.i - window) : qui.i]):
        if token.text in {".", ";", ":", "!", "?", "(", ")"}:
            return None
        if token.lower_ in holders and token.pos_ == "NOUN" and token.i > 0 and doc[token.i - 1].lower_ in _REFERRING:
            return token  # not "un réseau qui compte ...": an indefinite introduces, it does not refer back
    return None
