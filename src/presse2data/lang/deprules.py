"""Dependency rules as data: spaCy ``DependencyMatcher`` patterns read from a rule file.

A line of ``models/<type>/rules.jsonl`` with a ``dep_pattern`` key holds one
``DependencyMatcher`` pattern (``RIGHT_ID``, ``RIGHT_ATTRS``, ``LEFT_ID``, ``REL_OP``),
an ``id``, an ``example`` and the ``expect`` text the cue must find in it; any other
key (``person``, ``title``...) names nodes of the pattern for the code that reads the
match. :class:`DepRuleSet` compiles the lines of one file once.

The Doc has no parse (``pipeline.NOT_RUN_COMPONENTS``): :meth:`DepRuleSet.matches`
parses only the sentences it is given, through :func:`presse2data.lang.parsing.on_demand`
(the caller picks them by a cheap cue: a title word, a verb form), and maps the matched
tokens back to the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span

from .modelfiles import Rule, load_rules
from .parsing import on_demand


@dataclass(frozen=True)
class DepMatch:
    rule: Rule
    tokens: dict[str, int]  # RIGHT_ID of each pattern node -> token index in the Doc

    def token(self, doc: Doc, node: str):
        return doc[self.tokens[node]]


class DepRuleSet:
    """The ``dep_pattern`` lines of one rule file in one ``DependencyMatcher``."""

    def __init__(self, nlp: Language, name: str):
        self._nlp = nlp
        self.rules = {r.id: r for r in load_rules(name) if r.dep_pattern is not None}
        self.matcher = DependencyMatcher(nlp.vocab, validate=True)
        self._nodes: dict[str, list[str]] = {}
        for rule in self.rules.values():
            pattern = [dict(node) for node in rule.dep_pattern]
            self.matcher.add(rule.id, [pattern])
            self._nodes[rule.id] = [node["RIGHT_ID"] for node in pattern]

    def matches(self, doc: Doc, sentences: list[Span]) -> list[DepMatch]:
        """Matches of every rule in the given sentences (each parsed once, on demand), in text order."""
        if not self.rules:
            return []
        parser = on_demand(self._nlp)
        out = []
        seen = set()
        for sent in sentences:
            parsed, offset = parser.parsed_sentence(sent)
            if (id(parsed), offset) in seen:
                continue
            seen.add((id(parsed), offset))
            for match_id, token_ids in self.matcher(parsed):
                rule_id = doc.vocab.strings[match_id]
                nodes = self._nodes[rule_id]
                out.append(DepMatch(self.rules[rule_id], {n: t + offset for n, t in zip(nodes, token_ids)}))
        return sorted(out, key=lambda m: min(m.tokens.values()))
