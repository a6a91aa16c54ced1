"""Time per pipeline component: where an extraction's time goes.

    python bench/components.py TEXTS_DIR -n 300 --repeat 3

Each run is a fresh child process (caches cold, as in a real run): the model's components
run one at a time over all the texts (``pipe``, batch 16, as ``extract`` does), then each of
our components is timed on each Doc, in pipeline order. With ``--repeat`` the best time of
each component over the runs is kept (the machine is shared: the minimum is the least noisy).
With ``--warm-up`` our components first run once on the first text, untimed: what is loaded on
first use (the lemmatizer's tables, dateparser) is then left out of the component that first asks.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path


def one_run(folder: Path, n: int, reference: str, warm_up: bool = False) -> dict[str, float]:
    """Seconds per component in this process."""
    import datetime as dt

    from presse2data.extractor import Extractor
    from presse2data.inputs.scope import body_text

    texts = [body_text(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))[:n]]
    extractor = Extractor()
    nlp, ours = extractor.nlp, dict(extractor._facts)
    times: dict[str, float] = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    times["tokenizer"] = time.perf_counter() - start
    for name, proc in nlp.pipeline:
        if name in ours:
            continue
        start = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
        times[name] = time.perf_counter() - start
    day = dt.date.fromisoformat(reference)
    if warm_up and texts:
        extractor._facts_of(nlp(texts[0], disable=list(ours)), "warm-up", day)
    for doc in docs:
        doc._.reference_date = day
        for name, component in ours.items():
            start = time.perf_counter()
            doc = component(doc)
            times[name] = times.get(name, 0.0) + time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--reference-date", default="2026-12-07")
    parser.add_argument("--warm-up", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.folder, args.n, args.reference_date, args.warm_up)))
        return
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        out = subprocess.run(
            [sys.executable, __file__, str(args.folder), "-n", str(args.n), "--reference-date", args.reference_date, "--child"]
            + ["--warm-up"] * args.warm_up,
            check=True, capture_output=True, text=True,
        ).stdout
        for name, seconds in json.loads(out.strip().splitlines()[-1]).items():
            best[name] = min(best.get(name, seconds), seconds)
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"{name:32} {seconds:6.2f} s")
    print(f"{'total':32} {sum(best.values()):6.2f} s")


if __name__ == "__main__":
    main()
