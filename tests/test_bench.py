"""Smoke test: the benchmark script runs end to end on a tiny corpus (no timing asserted)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_benchmark_runs_and_writes_its_table(tmp_path):
    out = tmp_path / "results.md"
    subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "-n", "4", "--small", "2", "--repeat", "1", "--out", str(out)], check=True, capture_output=True)
    report = out.read_text(encoding="utf-8")
    for row in ("(a) bare", "(b) `presse2data extract`", "--workers 2", "--scheduler local:2", "start-up"):
        assert row in report
