"""The evaluation report as rich tables: the error list, per-article scores, per-type scores.

The ``presse2data evaluate`` command (:mod:`presse2data.cli.evaluate`) prints it:

    presse2data evaluate --gold annotations --corpus corpus        # runs the pipeline
    presse2data evaluate --gold annotations --pred records.jsonl   # scores a file
    presse2data evaluate --pred records.jsonl --corpus corpus      # same, with context snippets
    presse2data evaluate --gold gold_facts.jsonl --corpus texts    # one file of article-level facts
    presse2data evaluate --gold project-export.json --pred records.jsonl   # a Label Studio JSON export
    presse2data evaluate --corpus corpus --json report.json --fail-under 0.6 --per-article

Exit codes: 0 scored, 1 micro F1 under ``--fail-under``, 2 usage error.
"""

from __future__ import annotations


from rich.console import Console
from rich.table import Table
from rich.text import Text

from .results import Report, Score
from .scoring import scored_types

ERROR_TITLES = {
    "wrong_value": "Wrong values (span found, value wrong)",
    "false_negative": "False negatives (missed)",
    "false_positive": "False positives (spurious)",
}


def _cells(score: Score) -> list[str]:
    if score.empty:
        return ["0", "0", "0", "–", "–", "–"]
    return [str(score.tp), str(score.fp), str(score.fn), f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]


def scores_table(report: Report) -> Table:
    table = Table(title=f"presse2data evaluate: {len(report.articles)} annotated article(s)")
    table.add_column("type")
    for name in ("TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(name, justify="right")
    for name in ("lenient P", "lenient R", "lenient F1"):
        table.add_column(name, justify="right", style="dim")
    rows = [(t, report.scores["strict"][t], report.scores["lenient"][t]) for t in scored_types()]
    for i, (name, strict, lenient) in enumerate([*rows, ("micro", report.micro("strict"), report.micro("lenient"))]):
        table.add_row(name, *_cells(strict), *_cells(lenient)[3:], end_section=i == len(rows) - 1, style="bold" if name == "micro" else None)
    return table


def per_article_table(report: Report) -> Table:
    table = Table(title="Per article (strict F1 per type; micro TP/FP/FN)")
    table.add_column("article")
    for t in scored_types():
        table.add_column(t, justify="right")
    for name in ("TP", "FP", "FN", "F1"):
        table.add_column(name, justify="right")
    for article_id, per_type in report.per_article.items():
        total = Score()
        for s in per_type.values():
            total.add(s)
        cells = ["–" if per_type[t].empty else f"{per_type[t].f1:.2f}" for t in scored_types()]
        table.add_row(Text(article_id), *cells, str(total.tp), str(total.fp), str(total.fn), f"{total.f1:.3f}")
    return table


def error_tables(report: Report) -> list[Table]:
    """One table per kind of error and article: what a user tuning rules reads."""
    tables = []
    for kind, title in ERROR_TITLES.items():
        by_article: dict[str, list] = {}
        for e in report.errors:
            if e.kind == kind:
                by_article.setdefault(e.article_id, []).append(e)
        for article_id, errors in by_article.items():
            table = Table(title=f"{title} in {article_id}: {len(errors)}", title_justify="left")
            table.add_column("type")
            if kind != "false_negative":
                table.add_column("predicted", overflow="fold")
            if kind != "false_positive":
                table.add_column("gold", overflow="fold")
            if kind != "false_negative":
                table.add_column("source", overflow="fold")
            table.add_column("context", overflow="fold", ratio=1)
            for e in errors:
                row = [e.type]
                if kind != "false_negative":
                    row.append(e.predicted or "")
                if kind != "false_positive":
                    row.append(e.gold or "")
                if kind != "false_negative":
                    row.append(e.source or "")
                table.add_row(*(Text(cell) for cell in [*row, e.context]))
            tables.append(table)
    return tables


def print_report(report: Report, console: Console, per_article: bool = False, errors: bool = True) -> None:
    """Errors first, scores last: the figures stay on screen (and at the tail of a log)."""
    if errors:
        for table in error_tables(report):
            console.print(table)
    for warning in report.warnings:
        console.print(Text("warning: ", style="yellow") + Text(warning), highlight=False)
    if per_article:
        console.print(per_article_table(report))
    console.print(scores_table(report))
    t = report.titles
    if t.matched:
        console.print(f"role titles: {t.agree} of {t.matched} matched roles ({t.rate:.1%}) have the gold title "
                      "(a role matches on person and organization)", highlight=False)
    k = report.kinds
    if k.matched:
        console.print(f"organization kinds: {k.agree} of {k.matched} matched organizations ({k.rate:.1%}) have the gold kind",
                      highlight=False)
