"""Adversarial inputs through the whole pipeline: seconds per article, per 10,000 characters.

    python bench/adversarial.py                 # every case, 120 s budget each
    python bench/adversarial.py saint dapos --timeout 30

Each case runs in its own child process (``Extractor().extract`` on one article; not
counted: loading the model, and the lexicons and rules that load on the first real
article), so a case that never ends is killed after ``--timeout`` seconds and reported
as such instead of hanging the run. The target is under 1 s per 10,000
characters for every case.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _article(size: int) -> str:
    """An article of corpus/ repeated up to ``size`` characters (cut at a line end)."""
    base = (ROOT / "corpus" / "002_e4f91614b34edbfb.txt").read_text(encoding="utf-8")
    text = base * (size // len(base) + 1)
    return text[: text.rfind("\n", 0, size) + 1]


CASES = {
    "plain-10k": lambda: _article(10_000),  # ordinary text, for comparison at the same machine load
    "saint": lambda: "Le maire de " + "Saint-" * 300 + "Pierre a parlé.\n",
    "jean": lambda: "Selon " + "Jean-" * 300 + "Jean Dupont, président de l'association.\n",
    "dapos": lambda: "d'" * 3000 + "\n",
    "digits-nnbsp": lambda: "1\u202f" * 5000 + "000 euros\n",
    "guillemets": lambda: "« " * 5000 + "\n",
    "x-comma": lambda: "X, " * 3333 + "\n",
    "en-mars": lambda: "en mars " * 3000 + "\n",
    "1mb": lambda: _article(1_000_000),
    "5mb": lambda: _article(5_000_000),
}

CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from bench.adversarial import CASES, _article
from presse2data import Extractor
extractor = Extractor()
extractor.extract(_article(3000), article_id="warm-up")  # lexicons and rules load on first use
text = CASES[{name!r}]()
started = time.perf_counter()
records = extractor.extract(text, article_id={name!r})
print(len(text), time.perf_counter() - started, len(records) - 1, records[0].status)
"""


def run(name: str, timeout: float) -> str:
    """One markdown row for case ``name``."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD.format(root=str(ROOT), name=name)],
            capture_output=True, text=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return f"| {name} | {len(CASES[name]()):,} | > {timeout:.0f} s (killed) | | |"
    if done.returncode:
        return f"| {name} | | failed: {done.stderr.strip().splitlines()[-1]} | | |"
    chars, seconds, facts, status = done.stdout.split()
    chars, seconds = int(chars), float(seconds)
    return f"| {name} | {chars:,} | {seconds:.2f} s | {seconds / chars * 10_000:.3f} s | {facts} facts, {status} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*", default=list(CASES), help=f"cases to run (default all: {', '.join(CASES)})")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a case is killed (default 120)")
    args = parser.parse_args()
    print("| case | characters | extract | per 10,000 characters | result |")
    print("|---|---|---|---|---|")
    for name in args.cases:
        print(run(name, args.timeout), flush=True)


if __name__ == "__main__":
    main()
