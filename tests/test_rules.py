"""Every rule file loads, every rule matches its own example, ids are unique across files,
and every ``source`` the pipeline emits names a declared rule (or a component)."""

from __future__ import annotations

import re

import pytest

from presse2data.facts import by_name, scored, scored_types
from presse2data.lang.modelfiles import load_rules, rule_files
from presse2data.lang.parsing import on_demand
from presse2data.lang.rules import CHECKS, FINDERS, RuleSet

from .conftest import ROOT

ALL_RULES = [(name, rule) for name in rule_files() for rule in load_rules(name)]
MATCHED = [(n, r) for n, r in ALL_RULES if r.code is None]
# cues found by code are checked on the whole pipeline
CHECKED = [(n, r) for n, r in ALL_RULES if r.code is not None]
DECLARED = {rule.id for _, rule in ALL_RULES}
# sources that name a component rather than a rule: what the registry's types declare (the NER
# for persons, the learned organizations, the role linker…), and the article reader
COMPONENT_SOURCES = {"reader", *(source for spec in scored() for source in spec.sources)}


def test_rule_ids_are_unique_across_files():
    ids = [rule.id for _, rule in ALL_RULES]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize("name,rule", MATCHED, ids=[rule.id for _, rule in MATCHED])
def test_rule_matches_its_example(nlp, name, rule):
    rules = RuleSet(nlp.vocab, name)
    doc = nlp(rule.example)
    assert rule.id in {span.id_ for span in rules.matches(doc, longest=False, **_options(nlp, name))}


def _options(nlp, name):
    """What a component passes its finders and checks: its settings and the on-demand parser."""
    config = nlp.get_pipe_config(by_name(name).factory)
    return {**{k: v for k, v in config.items() if k != "factory"}, "tools": on_demand(nlp)}


def _run(nlp, text):
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


@pytest.mark.parametrize("name,rule", CHECKED, ids=[rule.id for _, rule in CHECKED])
def test_checked_cue_finds_its_example(nlp, name, rule):
    """A cue found by code (``code``) finds ``expect`` in its example, under its own id."""
    doc = _run(nlp, rule.example)
    if rule.code in FINDERS:  # the cue itself, through the rule engine, whatever the component then keeps
        found = {(span.id_, span.text) for span in RuleSet(nlp.vocab, name).matches(doc, longest=False, **_options(nlp, name))}
    else:
        found = {(s.id_, s.text) for s in doc.spans[name]}
    assert (rule.id, rule.data["expect"]) in found, found


def test_code_and_check_names_are_registered(nlp):  # the pipeline's components register them
    """A ``code`` or ``check`` of a rule line names a function :class:`RuleSet` dispatches."""
    for _, rule in ALL_RULES:
        for wanted, registered in ((rule.code, FINDERS), (rule.check, CHECKS)):
            assert wanted is None or wanted in registered, (rule.id, wanted)


def test_every_rule_id_written_in_the_code_is_declared():
    """A rule id in Python (``"member_count/verb-count-noun"``) must have its line, example and test."""
    literal = re.compile(r'"((?:' + "|".join(scored_types()) + r')/[a-z0-9-]+)"')
    lexicons = {p.relative_to(ROOT / "models").with_suffix("").as_posix() for p in (ROOT / "models").rglob("*.txt")}
    written = {m for p in (ROOT / "src").rglob("*.py") for m in literal.findall(p.read_text(encoding="utf-8"))}
    assert not written - lexicons - DECLARED - COMPONENT_SOURCES


def test_every_source_emitted_on_the_annotated_sets_is_declared(extractor):
    from presse2data.inputs.reading import iter_articles

    sources = set()
    for folder in ("corpus", "tests/heldout/corpus", "tests/unseen/corpus"):
        for records in extractor.extract_articles(iter_articles(ROOT / folder)):
            sources |= {r.source for r in records}
    undeclared = {s for s in sources if s.removeprefix("rule:") not in DECLARED | COMPONENT_SOURCES}
    assert not undeclared
    assert len(sources) > 25  # the loop saw the rules fire (29 distinct sources when this was written)


def test_regex_parts_expand_and_undefined_parts_are_reported():
    from presse2data.lang.modelfiles import expand

    assert expand(r"{A}\d{1,3}{B}", {"A": "x", "B": "(?:y|z)"}) == r"x\d{1,3}(?:y|z)"
    with pytest.raises(ValueError, match="undefined regex part"):
        expand("{MISSING}", {}, "rules/x.jsonl:1")


def test_a_rule_span_is_read_from_its_regex():
    """``group_regex``: the pattern of a rule's span without its context (dates read a phrase with it)."""
    from presse2data.lang.modelfiles import group_regex

    regex = r"(?<!\w)en (?P<span>(?:[a-z)]+\)|\d[(]) (?P<year>\d{4}))(?!\w)"
    assert group_regex(regex) == r"(?:[a-z)]+\)|\d[(]) (?P<year>\d{4})"
    assert group_regex(regex, "year") == r"\d{4}"
    assert group_regex(r"\d+") is None


def test_no_rule_keeps_an_unexpanded_part():
    for _, rule in ALL_RULES:
        if rule.regex is not None:
            assert not re.search(r"\{[A-Z][A-Z0-9_]*\}", rule.regex), rule.id


def test_every_lexicon_declares_its_format_and_its_entries_fit_it():
    from presse2data.lang.modelfiles import entry_forms, lexicon_fields, lexicon_format, load_lexicon

    for path in sorted((ROOT / "models").rglob("*.txt")):
        name = path.relative_to(ROOT / "models").with_suffix("").as_posix()
        fmt = lexicon_format(name)  # raises without a '# format:' first line
        columns = fmt.split("|")
        for entry in load_lexicon(name):
            assert all(entry_forms(entry, fmt)), (name, entry)
            if fmt == "regex":
                re.compile(entry)
            elif fmt == "form value":
                assert " " in entry, (name, entry)
            elif len(columns) > 1:
                n = len(lexicon_fields(entry))
                assert n == len(columns) or (columns[-1] == "..." and n >= len(columns) - 1), (name, entry)
            else:
                assert fmt == "form", (name, fmt)


def test_a_lexicon_without_a_format_header_is_refused(tmp_path, monkeypatch):
    from presse2data.lang import modelfiles

    (tmp_path / "headerless.txt").write_text("# some words\nmot\n", encoding="utf-8")
    monkeypatch.setattr(modelfiles, "_model_file", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(ValueError, match=r"headerless.txt: the first line must declare the lexicon's format"):
        modelfiles.lexicon_format("headerless")
    with pytest.raises(ValueError, match="no form column"):
        modelfiles.entry_forms("a|b", "kind|code")
