"""``extract --resume``: a run killed at any moment ends, once resumed, with exactly the uninterrupted output."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from presse2data.cli import app
from presse2data.outputs.writing import complete_prefix


runner = CliRunner()


@pytest.fixture(scope="module")
def uninterrupted(extractor, big_corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("full") / "out.jsonl"
    assert runner.invoke(app, ["extract", str(big_corpus), "-o", str(path), "--quiet"]).exit_code == 0
    return path.read_bytes()


def test_killed_run_resumes_to_the_same_records(big_corpus, uninterrupted, tmp_path):
    out = tmp_path / "out.jsonl"
    child = subprocess.Popen(
        [sys.executable, "-m", "presse2data.cli", "extract", str(big_corpus), "-o", str(out), "--quiet", "--batch-size", "2"]
    )
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size < len(uninterrupted) // 4) and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    partial = out.read_bytes()
    assert 0 < len(partial) < len(uninterrupted)  # really killed mid-run
    result = runner.invoke(app, ["extract", str(big_corpus), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert "already done" in result.stderr
    assert out.read_bytes() == uninterrupted


@pytest.mark.parametrize("cut", [1, 100, 2500, -1])
def test_a_cut_anywhere_is_trimmed_to_whole_articles(uninterrupted, tmp_path, cut):
    out = tmp_path / "out.jsonl"
    out.write_bytes(uninterrupted[:cut])
    done = complete_prefix(out)
    kept = out.read_bytes()
    assert uninterrupted.startswith(kept)
    assert kept == b"" or kept.endswith(b"\n")
    assert len(done) == kept.count(b'"type":"article"')


def test_resume_refuses_an_output_from_another_input(uninterrupted, tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    out.write_bytes(uninterrupted)
    other = tmp_path / "other"
    other.mkdir()
    (other / "zz.txt").write_text("Autre texte.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(other), "-o", str(out), "--resume"])
    assert result.exit_code == 2
    assert "cannot resume" in result.stderr
