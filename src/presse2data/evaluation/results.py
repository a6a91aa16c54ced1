"""What an evaluation returns: scores per type, the error list, the report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Error:
    """One thing a user tuning rules should look at."""

    kind: str  # "false_positive", "false_negative", "wrong_value"
    type: str
    article_id: str
    predicted: str | None  # the predicted value, described
    gold: str | None  # the gold value, described
    text: str  # surface text (of the prediction, else of the gold record)
    start: int | None
    end: int | None
    context: str
    source: str | None = None  # rule of the prediction


@dataclass
class TitleAgreement:
    """Among items matched (strict) of a type that declares an ``agreement`` field, how many agree
    on it: the role score does not compare titles (matched on person and organization), the
    organization score does not compare kinds (matched on name), and users read them."""

    agree: int = 0
    matched: int = 0

    @property
    def rate(self) -> float:
        return self.agree / self.matched if self.matched else 1.0

    def to_dict(self) -> dict:
        return {"agree": self.agree, "matched": self.matched, "rate": round(self.rate, 4)}


@dataclass
class Report:
    """What :func:`presse2data.evaluation.evaluate` returns."""

    articles: list[str]
    scores: dict[str, dict[str, Score]]  # mode -> type -> score
    per_article: dict[str, dict[str, Score]]  # article -> type -> strict score
    errors: list[Error] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    titles: "TitleAgreement" = field(default_factory=lambda: TitleAgreement())  # roles' titles
    kinds: "TitleAgreement" = field(default_factory=lambda: TitleAgreement())  # organizations' kinds

    def micro(self, mode: str = "strict") -> Score:
        total = Score()
        for score in self.scores[mode].values():
            total.add(score)
        return total

    @property
    def micro_f1(self) -> float:
        return self.micro("strict").f1

    def f1(self, type_: str, mode: str = "strict") -> float:
        return self.micro(mode).f1 if type_ == "micro" else self.scores[mode][type_].f1

    def below(self, floors: Mapping[str, float], mode: str = "strict") -> list[str]:
        """Messages for every type (or ``"micro"``) whose F1 is under its floor; empty when all pass.

        The golden test is then ``assert not report.below({"person": 0.8, ...}), report.markdown()``.
        """
        out = []
        for type_, floor in floors.items():
            value = self.f1(type_, mode)
            if value < floor:
                out.append(f"{type_}: {mode} F1 {value:.3f} < floor {floor:.3f}")
        return out

    def markdown(self) -> str:
        """The per-type table in Markdown (for the README)."""
        lines = [
            "| type | TP | FP | FN | P | R | F1 | lenient P | lenient R | lenient F1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        rows = [(t, s, self.scores["lenient"][t]) for t, s in self.scores["strict"].items()]
        rows.append(("**micro**", self.micro("strict"), self.micro("lenient")))
        for name, s, lenient in rows:
            lines.append(
                f"| {name} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
                f"| {lenient.precision:.3f} | {lenient.recall:.3f} | {lenient.f1:.3f} |"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "scores": {
                mode: {**{t: s.to_dict() for t, s in per_type.items()}, "micro": self.micro(mode).to_dict()}
                for mode, per_type in self.scores.items()
            },
            "per_article": {
                a: {**{t: s.to_dict() for t, s in per_type.items()}, "micro": _sum(per_type.values()).to_dict()}
                for a, per_type in self.per_article.items()
            },
            "role_titles": self.titles.to_dict(),
            "organization_kinds": self.kinds.to_dict(),
            "errors": [asdict(e) for e in self.errors],
            "warnings": self.warnings,
        }


def _sum(scores: Iterable[Score]) -> Score:
    total = Score()
    for score in scores:
        total.add(score)
    return total
