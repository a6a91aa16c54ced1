"""The scorer on hand-made gold/prediction pairs with known answers (no pipeline), and the CLI on files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from presse2data.cli import app
from presse2data.evaluation import EvaluationInputError, evaluate
from presse2data.evaluation.scoring import score, snippet
from presse2data.records import (
    AmountRecord,
    DateRecord,
    MemberCountRecord,
    Mention,
    OrganizationRecord,
    PersonRecord,
    Role,
    dump_record,
)

A = "a1"


def person(name, start=0, aliases=None, roles=(), article=A):
    end = start + len(name)
    return PersonRecord(
        article_id=article, text=name, start=start, end=end, name=name,
        mentions=[Mention(start=start, end=end, text=name)],
        roles=[Role(title=t, organization=o) for t, o in roles], aliases=aliases,
    )


def org(name, start=0, aliases=None, article=A, kind=None):
    end = start + len(name)
    return OrganizationRecord(
        article_id=article, text=name, start=start, end=end, name=name,
        mentions=[Mention(start=start, end=end, text=name)], aliases=aliases, kind=kind,
    )


def amount(value, start, end, currency="EUR", value_max=None):
    return AmountRecord(article_id=A, text="x" * (end - start), start=start, end=end, value=value, currency=currency, value_max=value_max)


def members(count, organization, start=0, end=10):
    return MemberCountRecord(article_id=A, text="x" * (end - start), start=start, end=end, organization=organization, count=count, unit="adhérents")


def date(value, start, end, value_end=None):
    return DateRecord(article_id=A, text="x" * (end - start), start=start, end=end, value=value, value_end=value_end)


def counts(report, type_, mode="strict"):
    s = report.scores[mode][type_]
    return s.tp, s.fp, s.fn


# fmt: off
CASES = [
    # name,                       type,            gold,                                                   predicted,                                              (tp, fp, fn)
    ("one TP",                    "person",        [person("Gregory Palayer")],                            [person("Gregory Palayer", 50)],                        (1, 0, 0)),
    ("one FP",                    "person",        [],                                                     [person("Jean Dupont")],                                (0, 1, 0)),
    ("one FN",                    "person",        [person("Jean Dupont")],                                [],                                                     (0, 0, 1)),
    ("name folding",              "person",        [person("Jean-François Longy")],                        [person("jean francois  LONGY")],                       (1, 0, 0)),
    ("person alias",              "person",        [person("Gwendoline Legrand", aliases=["Mme Legrand"])], [person("Mme Legrand")],                              (1, 0, 0)),
    ("surname only is no match",  "person",        [person("Gwendoline Legrand")],                         [person("Legrand")],                                    (0, 1, 1)),
    ("gold matched once",         "person",        [person("Jean Dupont")],                                [person("Jean Dupont"), person("jean dupont", 30)],     (1, 1, 0)),
    ("org folding",               "organization",  [org("La Mêlée")],                                      [org("mêlée")],                                         (1, 0, 0)),
    ("org l' dropped",            "organization",  [org("L'Université de Nantes")],                        [org("Université de Nantes")],                          (1, 0, 0)),
    ("org alias",                 "organization",  [org("Caisse des dépôts et consignations", aliases=["Caisse des dépôts"])], [org("Caisse des Dépôts")], (1, 0, 0)),
    ("org wrong name",            "organization",  [org("La Cantine Toulouse")],                           [org("Cantine")],                                       (0, 1, 1)),
    ("role TP, title ignored",    "role",          [person("Jean Dupont", roles=[("président", "La Mêlée")])], [person("Jean Dupont", roles=[("fondateur", "mêlée")])], (1, 0, 0)),
    ("role both null",            "role",          [person("Jean Dupont", roles=[("maire", None)])],      [person("Jean Dupont", roles=[("maire", None)])],      (1, 0, 0)),
    ("role null vs org",          "role",          [person("Jean Dupont", roles=[("maire", None)])],      [person("Jean Dupont", roles=[("maire", "Nantes Métropole")])], (0, 1, 1)),
    ("role other person",         "role",          [person("Jean Dupont", roles=[("maire", None)])],      [person("Paul Durand", roles=[("maire", None)])],      (0, 1, 1)),
    ("role via person alias",     "role",          [person("Jean-François Longy", aliases=["J.-F. Longy"], roles=[("fondateur", "CyberCité")])],
                                                   [person("J.-F. Longy", roles=[("fondateur", "Cybercite")])],                                                    (1, 0, 0)),
    ("role via org alias",        "role",          [person("Jean Dupont", roles=[("directeur", "Caisse des dépôts et consignations")]),
                                                    org("Caisse des dépôts et consignations", aliases=["CDC"])],
                                                   [person("Jean Dupont", roles=[("directeur", "CDC")])],                                                          (1, 0, 0)),
    ("two gold roles, one pred",  "role",          [person("Jean Dupont", roles=[("président", "Mêlée"), ("fondateur", "Mêlée")])],
                                                   [person("Jean Dupont", roles=[("fondateur", "Mêlée")])],                                                        (1, 0, 1)),
    ("amount exact",              "amount",        [amount(14_700_000, 10, 30)],                           [amount(14_700_000, 10, 30)],                           (1, 0, 0)),
    ("amount within 0.5%",        "amount",        [amount(14_700_000, 10, 30)],                           [amount(14_750_000, 10, 30)],                           (1, 0, 0)),
    ("amount outside 0.5%",       "amount",        [amount(14_700_000, 10, 30)],                           [amount(14_800_000, 10, 30)],                           (0, 1, 1)),
    ("amount spans overlap",      "amount",        [amount(2_000_000, 10, 30)],                            [amount(2_000_000, 25, 40)],                            (1, 0, 0)),
    ("amount spans disjoint",     "amount",        [amount(2_000_000, 10, 30)],                            [amount(2_000_000, 30, 40)],                            (0, 1, 1)),
    ("amount currency differs",   "amount",        [amount(2_000_000, 10, 30)],                            [amount(2_000_000, 10, 30, "USD")],                     (0, 1, 1)),
    ("amount value_max equal",    "amount",        [amount(2e6, 10, 30, value_max=3e6)],                   [amount(2_000_000, 10, 30, value_max=3_000_000)],       (1, 0, 0)),
    ("amount value_max missing",  "amount",        [amount(2e6, 10, 30, value_max=3e6)],                   [amount(2_000_000, 10, 30)],                            (0, 1, 1)),
    ("members org folding",       "member_count",  [members(50, "La Cuisine du Web")],                     [members(50, "cuisine du web", 100, 120)],              (1, 0, 0)),
    ("members both null",         "member_count",  [members(50, None)],                                    [members(50, None)],                                    (1, 0, 0)),
    ("members count differs",     "member_count",  [members(50, "La Mêlée")],                              [members(530, "La Mêlée")],                             (0, 1, 1)),
    ("members org differs",       "member_count",  [members(50, "La Mêlée")],                              [members(50, "Atlantic 2.0")],                          (0, 1, 1)),
    ("date exact",                "date",          [date("2014-11", 5, 20)],                               [date("2014-11", 8, 20)],                               (1, 0, 0)),
    ("date value differs",        "date",          [date("2014-11", 5, 20)],                               [date("2014", 8, 20)],                                  (0, 1, 1)),
    ("date range end differs",    "date",          [date("2015", 5, 20, "2017")],                          [date("2015", 5, 20)],                                  (0, 1, 1)),
    ("date disjoint",             "date",          [date("2014", 5, 20)],                                  [date("2014", 40, 44)],                                 (0, 1, 1)),
]
# fmt: on


@pytest.mark.parametrize("name,type_,gold,predicted,expected", CASES, ids=[c[0] for c in CASES])
def test_matching(name, type_, gold, predicted, expected):
    report = score({A: gold}, {A: predicted})
    assert counts(report, type_) == expected


def test_title_agreement_among_matched_roles():
    gold = [person("Jean Dupont", roles=[("président", "La Mêlée"), ("fondateur", "Kerlab")]),
            person("Ana Roy", roles=[("trésorière", None)])]
    predicted = [person("Jean Dupont", roles=[("président", "la mêlée"), ("directeur", "Kerlab")]),
                 person("Ana Roy", roles=[("membre", "Lumio")])]
    report = score({A: gold}, {A: predicted})
    assert counts(report, "role") == (2, 1, 1)  # the titles do not decide a match...
    assert (report.titles.agree, report.titles.matched) == (1, 2)  # ...and agree for one of the two
    assert report.to_dict()["role_titles"] == {"agree": 1, "matched": 2, "rate": 0.5}


def test_kind_agreement_among_matched_organizations():
    gold = [org("Kerlab", kind="company"), org("Numéris", 10, kind="association"), org("Lumio", 20, kind="media"),
            org("Valdor Num", 30), org("Brivane", 50, kind="other")]
    predicted = [org("Kerlab", kind="company"), org("Numéris", 10, kind="company"), org("Lumio", 20),
                 org("Valdor Num", 30, kind="company")]
    report = score({A: gold}, {A: predicted})
    assert counts(report, "organization") == (4, 0, 1)  # kinds do not decide a match...
    assert (report.kinds.agree, report.kinds.matched) == (1, 3)  # ...a gold without a kind is not counted
    assert report.to_dict()["organization_kinds"] == {"agree": 1, "matched": 3, "rate": 0.3333}
    assert report.titles.matched == 0


# fmt: off
LENIENT = [
    # gold,                           predicted,                         strict,     lenient
    ([amount(14_700_000, 10, 30)],   [amount(1_470_000, 12, 30)],       (0, 1, 1),  (1, 0, 0)),
    ([amount(14_700_000, 10, 30)],   [amount(14_700_000, 30, 40)],      (0, 1, 1),  (0, 1, 1)),
    ([date("2014-11", 5, 20)],       [date("2014-12", 5, 20)],          (0, 1, 1),  (1, 0, 0)),
    ([date("2014-11", 5, 20)],       [date("2014-11", 20, 25)],         (0, 1, 1),  (0, 1, 1)),
]
# fmt: on


@pytest.mark.parametrize("gold,predicted,strict,lenient", LENIENT)
def test_strict_and_lenient(gold, predicted, strict, lenient):
    report = score({A: gold}, {A: predicted})
    type_ = gold[0].type
    assert counts(report, type_, "strict") == strict
    assert counts(report, type_, "lenient") == lenient


def test_lenient_equals_strict_for_names():
    report = score({A: [person("Jean Dupont")]}, {A: [person("Jean Durand")]})
    assert counts(report, "person", "lenient") == counts(report, "person", "strict") == (0, 1, 1)


def test_micro_average_and_f1():
    gold = [person("Jean Dupont"), org("La Mêlée", 20), amount(2_000_000, 40, 60)]
    predicted = [person("Jean Dupont"), org("Mêlée", 20), org("Orange", 70), amount(5_000_000, 40, 60)]
    report = score({A: gold}, {A: predicted})
    micro = report.micro()
    assert (micro.tp, micro.fp, micro.fn) == (2, 2, 1)
    assert micro.precision == pytest.approx(0.5)
    assert micro.recall == pytest.approx(2 / 3)
    assert report.micro_f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert report.scores["strict"]["date"].f1 == 1.0  # nothing to find, nothing found
    assert report.below({"person": 1.0, "date": 0.9}) == []
    assert report.below({"amount": 0.1, "micro": 0.9}) == [
        "amount: strict F1 0.000 < floor 0.100",
        f"micro: strict F1 {report.micro_f1:.3f} < floor 0.900",
    ]


TEXT = "Selon Jean Dupont, la levée atteint 14,8 millions d'euros en 2014 pour la société Orange."


def test_errors_separate_wrong_values_from_misses():
    gold = [person("Jean Dupont", 6), amount(14_700_000, 36, 57), org("Orange", 83), date("2014", 61, 65)]
    predicted = [person("Jean Dupont", 6), amount(14_800_000, 36, 57), org("Selon", 0)]
    report = score({A: gold}, {A: predicted}, texts={A: TEXT})
    kinds = {(e.kind, e.type) for e in report.errors}
    assert kinds == {("wrong_value", "amount"), ("false_positive", "organization"), ("false_negative", "organization"), ("false_negative", "date")}
    wrong = next(e for e in report.errors if e.kind == "wrong_value")
    assert (wrong.predicted, wrong.gold, wrong.article_id) == ("14800000 EUR", "14700000 EUR", A)
    assert "[14,8 millions d'euros]" in wrong.context
    assert counts(report, "amount") == (0, 1, 1)  # a wrong value still counts as one FP and one FN


def test_snippet_without_text_shows_the_surface():
    assert snippet(None, 3, 8, "Orange") == "[Orange]"
    assert snippet("ab\ncd Orange ef", 6, 12, "Orange", width=3) == "…cd [Orange] ef"


def test_per_article_breakdown_and_unannotated_articles():
    gold = {"a1": [person("Jean Dupont", article="a1")], "a2": [person("Paul Durand", article="a2")]}
    predicted = {"a1": [person("Jean Dupont", article="a1")], "zz": [person("Paul Durand", article="zz")]}
    report = score(gold, predicted)
    assert report.articles == ["a1", "a2"]
    assert report.per_article["a1"]["person"].tp == 1
    assert report.per_article["a2"]["person"].fn == 1
    assert any("a2" in w for w in report.warnings) and any("zz" in w for w in report.warnings)
    assert report.to_dict()["per_article"]["a1"]["micro"]["f1"] == 1.0


# -- files and CLI ------------------------------------------------------------------------------
def write_jsonl(path, records):
    path.write_text("".join(dump_record(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    write_jsonl(gold / f"{A}.jsonl", [person("Jean Dupont", 6), org("La Mêlée", 30), amount(14_700_000, 36, 57)])
    pred = write_jsonl(tmp_path / "pred.jsonl", [person("Jean Dupont", 6), org("Mêlée", 30), org("Selon", 0), amount(1, 36, 57)])
    return gold, pred


runner = CliRunner()


def test_evaluate_library_on_files(files):
    gold, pred = files
    report = evaluate(gold, predictions=pred)
    assert (report.micro().tp, report.micro().fp, report.micro().fn) == (2, 2, 1)
    with pytest.raises(EvaluationInputError):
        evaluate(gold)


def test_cli_scores_a_file(files, tmp_path):
    gold, pred = files
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--json", str(out), "--per-article"])
    assert result.exit_code == 0, result.output
    assert "micro" in result.stdout and "False positives" in result.stdout and "Wrong values" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["scores"]["strict"]["person"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["scores"]["strict"]["micro"]["tp"] == 2
    assert {e["kind"] for e in report["errors"]} == {"false_positive", "wrong_value"}
    assert report["articles"] == [A]


@pytest.mark.parametrize("floor,code", [("0.5", 0), ("0.6", 1)])
def test_cli_fail_under(files, floor, code):
    gold, pred = files  # micro F1 = 2*0.5*(2/3)/(0.5+2/3) = 0.571
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--fail-under", floor, "--no-errors"])
    assert result.exit_code == code, result.output
    assert "False positives" not in result.stdout


def test_cli_usage_errors(files, tmp_path):
    gold, pred = files
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "person"}\n', encoding="utf-8")
    for args in (
        ["evaluate", "--gold", str(gold)],
        ["evaluate", "--gold", str(tmp_path / "missing"), "--pred", str(pred)],
        ["evaluate", "--gold", str(gold), "--pred", str(tmp_path / "missing.jsonl")],
        ["evaluate", "--gold", str(gold), "--pred", str(bad)],
        ["evaluate", "--gold", str(gold), "--pred", str(pred), "--fail-under", "2"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)


def test_cli_gold_file_must_match_its_article(files, tmp_path):
    gold, pred = files
    write_jsonl(gold / "other.jsonl", [person("Jean Dupont")])  # records of article a1 in other.jsonl
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2 and "other" in result.stderr


# -- article-level gold (contract v1.1: facts without offsets) ----------------------------------
from presse2data.evaluation.gold import is_article_level, locate, parse_gold  # noqa: E402


def fact(type_, article=A, **fields):
    return parse_gold({"type": type_, "article_id": article, **fields})


def famount(value, currency="EUR", value_max=None, surface=None):
    return fact("amount", value=value, currency=currency, value_max=value_max, surface=surface)


def fdate(value, value_end=None, surface=None):
    return fact("date", value=value, value_end=value_end, surface=surface)


def rel_date(value, start, end):
    return DateRecord(article_id=A, text="x" * (end - start), start=start, end=end, value=value, relative=True)


# fmt: off
ARTICLE_LEVEL = [
    # name,                                  type,           gold,                                                  predicted,                                                      (tp, fp, fn)
    ("amount by value, anywhere",            "amount",       [famount(2_000_000)],                                   [amount(2_000_000, 300, 310)],                                  (1, 0, 0)),
    ("amount within 0.5%",                   "amount",       [famount(14_700_000)],                                  [amount(14_750_000, 3, 9)],                                     (1, 0, 0)),
    ("amount value differs",                 "amount",       [famount(14_700_000)],                                  [amount(1_470_000, 3, 9)],                                      (0, 1, 1)),
    ("amount currency differs",              "amount",       [famount(500, "USD")],                                  [amount(500, 3, 9)],                                            (0, 1, 1)),
    ("amount value_max must equal",          "amount",       [famount(2e6, value_max=3e6)],                          [amount(2e6, 3, 9)],                                            (0, 1, 1)),
    ("amount multiset: two gold, one pred",  "amount",       [famount(10_000), famount(10_000)],                     [amount(10_000, 3, 9)],                                         (1, 0, 1)),
    ("amount multiset: one gold, two preds", "amount",       [famount(10_000)],                                      [amount(10_000, 3, 9), amount(10_000, 50, 60)],                 (1, 1, 0)),
    ("amount multiset: two and two",         "amount",       [famount(10_000), famount(20_000)],                     [amount(20_000, 3, 9), amount(10_000, 50, 60)],                 (2, 0, 0)),
    ("date by value, anywhere",              "date",         [fdate("2017-SP")],                                     [date("2017-SP", 400, 414)],                                    (1, 0, 0)),
    ("date value_end must equal",            "date",         [fdate("2015", "2017")],                                [date("2015", 4, 8)],                                           (0, 1, 1)),
    ("date multiset",                        "date",         [fdate("2014"), fdate("2014")],                         [date("2014", 4, 8), date("2014", 40, 44), date("2014", 80, 84)], (2, 1, 0)),
    ("relative null date left out",          "date",         [fdate("2014")],                                        [date("2014", 4, 8), rel_date(None, 20, 30)],                   (1, 0, 0)),
    ("relative resolved date kept",          "date",         [fdate("2014")],                                        [date("2014", 4, 8), rel_date("2013", 20, 30)],                 (1, 1, 0)),
    ("person by name",                       "person",       [fact("person", name="Jeanne Martin")],                 [person("jeanne MARTIN", 40)],                                  (1, 0, 0)),
    ("person alias",                         "person",       [fact("person", name="Jeanne Martin", aliases=["J. Martin"])], [person("J. Martin")],                                  (1, 0, 0)),
    ("organization folding",                 "organization", [fact("organization", name="L'Atelier Numérique")],     [org("atelier numerique")],                                     (1, 0, 0)),
    ("role with null title",                 "role",         [fact("person", name="Jeanne Martin", roles=[{"title": None, "organization": "Koalix"}])],
                                                             [person("Jeanne Martin", roles=[("fondatrice", "Koalix")])],                                                            (1, 0, 0)),
    ("role organization differs",            "role",         [fact("person", name="Jeanne Martin", roles=[{"title": None, "organization": "Koalix"}])],
                                                             [person("Jeanne Martin", roles=[("fondatrice", "Zorba")])],                                                             (0, 1, 1)),
    ("member count, org via alias",          "member_count", [fact("member_count", organization="Réseau Vertical", count=80, unit="adhérents"),
                                                              fact("organization", name="Réseau Vertical", aliases=["RV"])],
                                                             [members(80, "RV")],                                                                                                    (1, 0, 0)),
    ("member count differs",                 "member_count", [fact("member_count", organization=None, count=80, unit="membres")], [members(90, None)],                              (0, 1, 1)),
]
# fmt: on


@pytest.mark.parametrize("name,type_,gold,predicted,expected", ARTICLE_LEVEL, ids=[c[0] for c in ARTICLE_LEVEL])
def test_article_level_matching(name, type_, gold, predicted, expected):
    assert all(is_article_level(g) for g in gold)
    report = score({A: gold}, {A: predicted})
    assert counts(report, type_) == expected


def test_article_level_lenient_equals_strict():
    report = score({A: [famount(14_700_000), fdate("2014-11")]}, {A: [amount(1_470_000, 3, 9), date("2014-12", 20, 27)]})
    for type_ in ("amount", "date"):
        assert counts(report, type_, "lenient") == counts(report, type_, "strict") == (0, 1, 1)


def test_levels_are_detected_per_record():
    """In one article a mention-level amount needs overlap, an article-level one does not."""
    gold = [amount(5_000, 0, 10), famount(7_000)]
    report = score({A: gold}, {A: [amount(5_000, 40, 50), amount(7_000, 60, 70)]})
    assert counts(report, "amount") == (1, 1, 1)


def test_relative_null_dates_stay_in_mention_level_articles():
    report = score({A: [date("2014", 4, 8)]}, {A: [date("2014", 4, 8), rel_date(None, 20, 30)]})
    assert counts(report, "date") == (1, 1, 0)


FACTS_TEXT = "La start-up Koalix lève 2\u00a0M€ en 2019. Elle vise 2 M€ de plus en 2021, dit Jeanne Martin."


def test_locate_surfaces_in_text_order():
    assert locate(FACTS_TEXT, ["2 M€", "2 M€", "en 2021", "absent", None]) == [(24, 28), (48, 52), (61, 68), None, None]


def test_article_level_errors_show_the_surface_in_the_text():
    gold = [
        famount(2_000_000, surface="2 M€"),
        famount(2_000_000, surface="2 M€"),
        fdate("2021", surface="en 2021"),
        fact("person", name="Jeanne Martin"),
    ]
    predicted = [amount(2_000_000, 24, 28), amount(3_000_000, 48, 52), date("2019", 32, 36)]
    report = score({A: gold}, {A: predicted}, texts={A: FACTS_TEXT})
    errors = {(e.kind, e.type): e for e in report.errors}
    assert set(errors) == {("wrong_value", "amount"), ("false_positive", "date"), ("false_negative", "date"), ("false_negative", "person")}
    wrong = errors["wrong_value", "amount"]
    assert (wrong.predicted, wrong.gold) == ("3000000 EUR", "2000000 EUR")
    assert "[2 M€] de plus" in wrong.context
    missed = errors["false_negative", "date"]
    assert (missed.text, missed.start, missed.end) == ("en 2021", 61, 68) and "[en 2021]" in missed.context
    assert "[Jeanne Martin]" in errors["false_negative", "person"].context


def test_article_level_errors_without_text_show_the_surface():
    report = score({A: [famount(5_000, surface="5 000 euros")]}, {A: []})
    (error,) = report.errors
    assert (error.kind, error.start, error.context) == ("false_negative", None, "[5 000 euros]")


# fmt: off
BAD_FACTS = [
    ({"type": "amount", "article_id": A, "value": 1, "currency": "EUR", "start": 3}, "text, start and end"),
    ({"type": "amount", "article_id": A, "value": 1, "currency": "euros"},          "currency"),
    ({"type": "amount", "article_id": A, "value": 1, "currency": "EUR", "valeur": 2}, "valeur"),
    ({"type": "event", "article_id": A},                                            "'type' must be one of"),
    (["not", "an", "object"],                                                       "JSON object"),
]
# fmt: on


@pytest.mark.parametrize("raw,message", BAD_FACTS)
def test_bad_facts_are_refused_with_a_reason(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_gold(raw)


def write_lines(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


FACT_ROWS = [
    {"article_id": "b1", "type": "person", "name": "Jeanne Martin", "roles": [{"title": None, "organization": "Koalix"}]},
    {"article_id": "b1", "type": "organization", "name": "Koalix", "kind": "company"},
    {"article_id": "b1", "type": "amount", "value": 2000000, "currency": "EUR", "value_max": None, "qualifier": None, "surface": "2 M€"},
    {"article_id": "b2", "type": "date", "value": "2021", "value_end": None, "mod": None, "surface": "en 2021"},
]


def predicted_rows(tmp_path):
    def rec(type_, article, start, end, **fields):
        return {"type": type_, "article_id": article, "text": "x" * (end - start), "start": start, "end": end, **fields}

    return write_lines(tmp_path / "pred.jsonl", [
        rec("person", "b1", 0, 13, name="Jeanne Martin", mentions=[{"start": 0, "end": 13, "text": "x" * 13}], roles=[{"title": "pdg", "organization": "Koalix"}]),
        rec("organization", "b1", 20, 26, name="Koalix", mentions=[{"start": 20, "end": 26, "text": "x" * 6}]),
        rec("amount", "b1", 40, 44, value=2000000, currency="EUR"),
        rec("date", "b2", 35, 42, value="2020"),
        rec("date", "b2", 30, 40, value=None, relative=True),
    ])


def test_a_single_gold_file_of_many_articles(tmp_path):
    gold = write_lines(tmp_path / "gold_facts.jsonl", FACT_ROWS)
    report = evaluate(gold, predictions=predicted_rows(tmp_path))
    assert report.articles == ["b1", "b2"]
    assert [counts(report, t) for t in ("person", "organization", "role", "amount", "date")] == [
        (1, 0, 0), (1, 0, 0), (1, 0, 0), (1, 0, 0), (0, 1, 1)
    ]


def test_a_gold_folder_of_facts_may_leave_out_article_id(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    write_lines(folder / "b1.jsonl", [{k: v for k, v in row.items() if k != "article_id"} for row in FACT_ROWS[:3]])
    report = evaluate(folder, predictions=predicted_rows(tmp_path))
    assert report.articles == ["b1"] and report.micro().f1 == 1.0


def test_cli_gold_file_with_corpus_context(tmp_path):
    gold = write_lines(tmp_path / "gold_facts.jsonl", FACT_ROWS[3:])
    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "b2.txt").write_text("Fondée en 2020, elle ouvre un site en 2021.", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(predicted_rows(tmp_path)), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "site [en 2021]" in result.stdout, result.stdout  # the gold's surface, found in the text
    assert "Wrong values" in result.stdout and "2020" in result.stdout


# -- faults: usage errors, never a traceback ----------------------------------------------------
def test_cli_pred_that_is_not_json_lines(files, tmp_path):
    gold, _ = files
    png = tmp_path / "some.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes("café\n".encode("latin-1"))
    for path, message in ((png, "binary"), (latin, "not UTF-8")):
        result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(path)])
        assert result.exit_code == 2, result.output
        assert message in result.stderr and "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_corpus_without_annotated_article(files, tmp_path):
    gold, _ = files
    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "other.txt").write_text("Un texte sans annotation.", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--corpus", str(corpus)])
    assert result.exit_code == 2, result.output
    assert f"no annotated article in {corpus}" in result.stderr


def test_cli_bad_gold_file_names_the_line(tmp_path, files):
    _, pred = files
    gold = write_lines(tmp_path / "gold.jsonl", [FACT_ROWS[0], {"type": "amount", "value": 3, "currency": "EUR"}])
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2 and "gold.jsonl:2" in result.stderr and "article_id" in result.stderr
