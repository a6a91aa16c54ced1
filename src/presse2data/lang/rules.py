"""Rule files compiled for spaCy: :class:`RuleSet` returns, for a Doc, the matched spans
with ``span.id_`` set to the rule id, so the id can travel into each record's ``source``.

A decision that cannot be a pattern is a named function, registered here and named by the
rule line: ``"code": "person.photo-credit"`` (a finder, ``doc -> spans``, for a cue too
contextual for a pattern) or ``"check": "..."`` (a test, ``span -> bool``, that a pattern or
regex match must pass). :class:`RuleSet` dispatches both, and stamps the rule's id on what
they find, so the id stays the record's ``source``. A name no function registers is left to
the component that reads the rule (``tests/test_rules.py`` lists those still pending).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .modelfiles import Rule, load_rules
from .tokens import doc_text

Finder = Callable[..., list[Span]]
Check = Callable[[Span], bool]
FINDERS: dict[str, Finder] = {}
CHECKS: dict[str, Check] = {}


def rule_code(name: str) -> Callable[[Finder], Finder]:
    """Register a finder under the name rule lines give as ``code``: ``finder(doc, **options) -> spans``."""

    def register(finder: Finder) -> Finder:
        FINDERS[name] = finder
        return finder

    return register


def rule_check(name: str) -> Callable[[Check], Check]:
    """Register a test under the name rule lines give as ``check``: ``check(span) -> bool``."""

    def register(check: Check) -> Check:
        CHECKS[name] = check
        return check

    return register


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
            elif rule.regex is not None:
                self.regexes.append((rule, re.compile(rule.regex, flags)))
        # "code" rules are found by their registered finder; a name not registered is the component's
        self.finders = [(rule, FINDERS[rule.code]) for rule in self.rules.values() if rule.code in FINDERS]

    def matches(self, doc: Doc, longest: bool = True, gate: re.Pattern | None = None, **options) -> list[Span]:
        """Spans matched by any rule, ``span.id_`` = rule id, ``span.label_`` = rule label.

        Spans of ``code`` rules come from their finders (given ``options``, the component's
        settings); a match of a rule with a registered ``check`` is kept only if it passes.

        With ``longest`` overlapping matches are reduced to the longest (first wins ties).
        Regex groups named ``span`` narrow the span to that group. With ``gate``, regex
        rules only run on the lines where ``gate`` finds something every match needs
        (a currency or scale word for amounts): most lines are skipped at the cost of
        one simple search.
        """
        spans: list[Span] = []
        for match_id, start, end in self.matcher(doc) if len(self.matcher) else ():
            rule = self.rules[doc.vocab.strings[match_id]]
            spans.append(Span(doc, start, end, label=rule.label, span_id=rule.id))
        text = doc_text(doc)
        for offset, line in _lines(text, gate):
            for rule, regex in self.regexes:
                for found in regex.finditer(line):
                    group = "span" if "span" in regex.groupindex and found.group("span") else 0
                    start, end = offset + found.start(group), offset + found.end(group)
                    span = doc.char_span(start, end, alignment_mode="expand")
                    if span is not None and len(span):
                        spans.append(Span(doc, span.start, span.end, label=rule.label, span_id=rule.id))
        spans = [span for span in spans if self._passes(span)]
        for rule, finder in self.finders:
            spans += [Span(doc, found.start, found.end, label=rule.label, span_id=rule.id) for found in finder(doc, **options)]
        return filter_spans(spans) if longest else sorted(spans)

    def _passes(self, span: Span) -> bool:
        check = CHECKS.get(self.rules[span.id_].check or "")
        return check is None or check(span)

    def rule(self, span: Span) -> Rule:
        return self.rules[span.id_]


def _lines(text: str, gate: re.Pattern | None):
    """``(offset, line)`` for each line (with its newline) that passes ``gate``; the whole text without one."""
    if gate is None:
        yield 0, text
        return
    offset = 0
    for line in text.splitlines(keepends=True):
        if gate.search(line):
            yield offset, line
        offset += len(line)
