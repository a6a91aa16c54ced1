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


def org(name, start=0, aliases=None, article=A):
    end = start + len(name)
    return OrganizationRecord(
        article_id=article, text=name, start=start, end=end, name=name,
        mentions=[Mention(start=start, end=end, text=name)], aliases=aliases,
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
