"""No input can hang or crash a batch run, and stopping a run loses nothing and leaves nothing behind.

Worker behaviour (time budget, dead workers) is checked with a stand-in worker that
speaks the real protocol without a model (tests/robust_worker.py), so that those
tests take seconds; the CLI tests at the end run the real thing in real processes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presse2data import workers
from presse2data.cli import app
from presse2data.reading import InputError
from presse2data.run import run_extract
from presse2data.settings import Settings

from .conftest import CORPUS

runner = CliRunner()
STAND_IN = [sys.executable, str(Path(__file__).with_name("robust_worker.py"))]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _articles(path: Path) -> list[dict]:
    return [r for r in _lines(path) if r["type"] == "article"]


def _jsonl(path: Path, texts: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    return path


@pytest.fixture
def stand_in(monkeypatch):
    """Workers are tests/robust_worker.py; none is left behind."""
    monkeypatch.setattr(workers, "WORKER_COMMAND", STAND_IN)
    yield
    workers.shutdown()


# -- the time budget ------------------------------------------------------------------------
@pytest.mark.parametrize("worker_count", [1, 2])
def test_an_article_over_its_budget_gets_an_error_record_and_the_batch_goes_on(stand_in, tmp_path, worker_count):
    texts = ["Un.", "Deux.", "Trois HANG.", "Quatre.", "Cinq.", "Six.", "Sept."]
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    summary = run_extract(
        _jsonl(tmp_path / "in.jsonl", texts),
        out,
        Settings(article_timeout=1, batch_size=4, workers=worker_count),
    )
    assert time.monotonic() - started < 30
    articles = _articles(out)
    assert [a["article_id"] for a in articles] == [f"a{i}" for i in range(len(texts))]
    assert [a["status"] for a in articles] == ["ok", "ok", "error", "ok", "ok", "ok", "ok"]
    assert articles[2]["error"] == "timed out after 1 s"
    assert articles[2]["counts"] == {} and articles[2]["chars"] == len(texts[2])
    assert (summary.ok, summary.failed) == (6, 1)


def test_a_worker_that_dies_has_its_articles_run_again_and_none_is_lost_or_doubled(stand_in, tmp_path):
    marker = tmp_path / "died-once"
    texts = ["Un.", f"Deux DIE-ONCE:{marker}", "Trois.", "Quatre DIE.", "Cinq."]
    out = tmp_path / "out.jsonl"
    summary = run_extract(_jsonl(tmp_path / "in.jsonl", texts), out, Settings(batch_size=3, workers=2))
    articles = _articles(out)
    assert [a["article_id"] for a in articles] == [f"a{i}" for i in range(len(texts))]
    assert [a["status"] for a in articles] == ["ok", "ok", "ok", "error", "ok"]
    assert marker.exists()  # it really died once, and was run again
    assert "worker process died" in articles[3]["error"] and "signal 9" in articles[3]["error"]
    assert (summary.ok, summary.failed) == (4, 1)


def test_idle_workers_are_kept_for_the_next_run_and_shut_down_at_the_end(stand_in, tmp_path):
    source = _jsonl(tmp_path / "in.jsonl", ["Un.", "Deux."])
    run_extract(source, tmp_path / "1.jsonl", Settings())
    kept = [w.process.pid for w in workers._warm]
    assert len(kept) == 1
    run_extract(source, tmp_path / "2.jsonl", Settings())
    assert [w.process.pid for w in workers._warm] == kept  # reused, not started again
    workers.shutdown()
    assert not workers._warm and not Path(f"/proc/{kept[0]}").exists()
