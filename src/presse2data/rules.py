"""Rule files compiled for spaCy: :class:`RuleSet` returns, for a Doc, the matched spans
with ``span.id_`` set to the rule id, so the id can travel into each record's ``source``.
"""

from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .modelfiles import Rule, load_rules


class RuleSet:
    """One rule file compiled once: token patterns in a Matcher, regexes precompiled."""

    def __init__(self, vocab: Vocab, name: str, flags: int = re.UNICODE):
        self.name = name
        self.rules = {rule.id: rule for rule in load_rules(name)}
        self.matcher = Matcher(vocab, validate=True)
        self.regexes: list[tuple[Rule, re.Pattern]] = []
        for rule in self.rules.values():
            if rule.pattern is not None:
                self.matcher.add(rule.id, [list(rule.pattern)])
            else:
                self.regexes.append((rule, re.compile(rule.regex, flags)))

    def matches(self, doc: Doc, longest: bool = True) -> list[Span]:
        """Spans matched by any rule, ``span.id_`` = rule id, ``span.label_`` = rule label.

        With ``longest`` overlapping matches are reduced to the longest (first wins ties).
        Regex groups named ``span`` narrow the span to that group.
        """
        spans: list[Span] = []
        for match_id, start, end in self.matcher(doc) if len(self.matcher) else ():
            rule = self.rules[doc.vocab.strings[match_id]]
            spans.append(Span(doc, start, end, label=rule.label, span_id=rule.id))
        text = doc.text  # spaCy rebuilds it on every access
        for rule, regex in self.regexes:
            for found in regex.finditer(text):
                group = "span" if "span" in regex.groupindex and found.group("span") else 0
                span = doc.char_span(found.start(group), found.end(group), alignment_mode="expand")
                if span is not None and len(span):
                    spans.append(Span(doc, span.start, span.end, label=rule.label, span_id=rule.id))
        return filter_spans(spans) if longest else sorted(spans)

    def rule(self, span: Span) -> Rule:
        return self.rules[span.id_]
