"""Rule files compiled for spaCy: :class:`RuleSet` returns, for a Doc, the matched spans
with ``span.id_`` set to the rule id, so the id can travel into each record's ``source``.

A decision that cannot be a pattern is a named function, registered here and named by the
rule line: ``"code": "person.photo-credit"`` (a finder, ``doc -> spans``, for a cue too
contextual for a pattern) or ``"check": "..."`` (a test, ``span -> bool``, that a pattern or
regex match must pass). :class:`RuleSet` dispatches both, and stamps the rule's id on what
they find, so the id stays the record's ``source``. Each function receives, of the options the
component passes to :meth:`RuleSet.matches` (its settings, ``tools``: the on-demand parser), the
ones its signature names.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .modelfiles import Rule, load_rules
from .prefilter import Lines, line_safe, need
from .tokens import doc_text

Finder = Callable[..., list[Span]]
Check = Callable[..., bool]
FINDERS: dict[str, Finder] = {}
CHECKS: dict[str, Check] = {}


@cache
def _named(function: Callable) -> frozenset[str] | None:
    """The keyword parameters ``function`` names (None: it takes ``**kwargs``, all of them)."""
    parameters = inspect.signature(function).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return None
    return frozenset(parameters)


def _call(function: Callable, first, options: dict):
    """``function(first, **options)`` with the options its signature names."""
    named = _named(function)
    return function(first, **(options if named is None else {k: v for k, v in options.items() if k in named}))


def rule_code(name: str) -> Callable[[Finder], Finder]:
    """Register a finder under the name rule lines give as ``code``: ``finder(doc, **options) -> spans``."""

    def register(finder: Finder) -> Finder:
        FINDERS[name] = finder
        return finder

    return register


def rule_check(name: str) -> Callable[[Check], Check]:
    """Register a test under the name rule lines give as ``check``: ``check(span, **options) -> bool``."""

    def register(check: Check) -> Check:
        CHECKS[name] = check
        return check

    return register


class RuleSet:
    """One rule file compiled once: token patterns in a Matcher, regexes precompiled.

    ``needs=False`` leaves out reading each regex's need (:mod:`.prefilter`): as long as
    compiling it, more than it saves for a rule file whose caller passes a gate of its own."""

    def __init__(self, vocab: Vocab, name: str, flags: int = re.UNICODE, needs: bool = True):
        self.name = name
        self.rules = {rule.id: rule for rule in load_rules(name)}
        self.matcher = Matcher(vocab, validate=True)
        # each regex with what a line (or text) must hold for it to match, and whether its
        # matches on the whole text are those on each line (lang/prefilter.py)
        self.regexes: list[tuple[Rule, re.Pattern, re.Pattern | None, bool]] = []
        for rule in self.rules.values():
            if rule.pattern is not None:
                self.matcher.add(rule.id, [list(rule.pattern)])
            elif rule.regex is not None:
                compiled = re.compile(rule.regex, flags)
                needed = need(rule.regex, flags) if needs else None
                self.regexes.append((rule, compiled, needed, needs and line_safe(rule.regex, flags)))
        for rule in self.rules.values():
            for name, registered in ((rule.code, FINDERS), (rule.check, CHECKS)):
                if name is not None and name not in registered:
                    raise ValueError(f"{self.name}: rule {rule.id} names {name!r}, which no function registers")
        self.finders = [(rule, FINDERS[rule.code]) for rule in self.rules.values() if rule.code is not None]

    def matches(
        self, doc: Doc, longest: bool = True, gate: re.Pattern | None = None, code: bool = True, veto: bool = False,
        **options,
    ) -> list[Span]:
        """Spans matched by any rule, ``span.id_`` = rule id, ``span.label_`` = rule label.

        Spans of ``code`` rules come from their finders (:meth:`found`; ``code=False`` leaves them
        out); a match of a rule with a registered ``check`` is kept only if it passes. Finders and
        checks receive the ``options`` they name (the component's settings, its ``tools``).

        With ``longest`` overlapping matches are reduced to the longest (first wins ties).
        Regex groups named ``span`` narrow the span to that group. With ``gate``, regex
        rules only run on the lines where ``gate`` finds something every match needs
        (a currency or scale word for amounts): most lines are skipped at the cost of
        one simple search. With ``veto`` (and ``longest``) the checks run after the reduction: a
        longest match that fails its check drops the shorter matches it covered with it (dates:
        ``2011-12`` that is no season is no year either).
        """
        spans: list[Span] = []
        for match_id, start, end in self.matcher(doc) if len(self.matcher) else ():
            rule = self.rules[doc.vocab.strings[match_id]]
            spans.append(Span(doc, start, end, label=rule.label, span_id=rule.id))
        for rule, regex, offset, line in self._scopes(doc_text(doc), gate):
            for found in regex.finditer(line):
                group = "span" if "span" in regex.groupindex and found.group("span") else 0
                start, end = offset + found.start(group), offset + found.end(group)
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and len(span):
                    spans.append(Span(doc, span.start, span.end, label=rule.label, span_id=rule.id))
        if not (veto and longest):
            spans = [span for span in spans if self._passes(span, options)]
        if code:
            spans += self.found(doc, **options)
        if veto and longest:
            return [span for span in filter_spans(spans) if self._passes(span, options)]
        return filter_spans(spans) if longest else sorted(spans)

    def _scopes(self, text: str, gate: re.Pattern | None):
        """``(rule, regex, offset, part)``: the parts of the text each regex rule runs on, rule by
        rule in file order, leaving out the lines without the rule's need (a month name, a
        digit...: :mod:`.prefilter`). The same matches as each rule on each line passing ``gate``,
        or on the whole text without one: a rule that may see across a line end runs on the
        whole text (when it holds its need), the others on runs of consecutive lines."""
        lines = Lines(text)
        gated = None if gate is None else [i for i in range(len(lines.starts) - 1) if gate.search(
            text[lines.starts[i] : lines.starts[i + 1]])]
        for rule, regex, needed, safe in self.regexes:
            if gated is None and (needed is None or not safe):
                parts = [(0, text)] if needed is None or needed.search(lines.folded) else []
            else:
                indices = gated if needed is None else lines.holding(needed)
                if gated is not None and needed is not None:
                    indices = sorted(set(indices) & set(gated))
                parts = lines.blocks(indices, merge=safe)
            for offset, part in parts:
                yield rule, regex, offset, part

    def found(self, doc: Doc, **options) -> list[Span]:
        """The spans of the ``code`` rules, from their registered finders, in file order, each
        stamped with its rule's id and label."""
        return [
            Span(doc, span.start, span.end, label=rule.label or span.label_, span_id=rule.id)
            for rule, finder in self.finders
            for span in _call(finder, doc, options)
        ]

    def _passes(self, span: Span, options: dict) -> bool:
        check = self.rules[span.id_].check
        return check is None or _call(CHECKS[check], span, options)

    def rule(self, span: Span) -> Rule:
        return self.rules[span.id_]
