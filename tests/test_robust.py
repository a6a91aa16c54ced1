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


def test_an_article_that_hangs_through_the_real_pipeline_is_stopped(extractor, tmp_path):
    """``Saint-Saint-…-Pierre`` hung the organization rules for good (issue 15); whether
    the rules still hang on it or not, the run ends within its budget."""
    texts = ["Marie Dupont, présidente de l'association Atlantic 2.0.", "Saint-" * 300 + "Pierre", "Jean Martin parle."]
    source = _jsonl(tmp_path / "in.jsonl", texts)
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--article-timeout", "3", "--batch-size", "1"])
    assert time.monotonic() - started < 120
    articles = _articles(out)
    assert [(a["article_id"], a["status"]) for a in articles[::2]] == [("a0", "ok"), ("a2", "ok")]
    assert articles[1]["status"] == "ok" or articles[1]["error"] == "timed out after 3 s"
    assert result.exit_code == (0 if articles[1]["status"] == "ok" else 1)


# -- too long --------------------------------------------------------------------------------
def test_an_article_over_max_chars_is_refused_with_an_error_record(stand_in, tmp_path):
    source = _jsonl(tmp_path / "in.jsonl", ["court", "x" * 5000])
    out = tmp_path / "out.jsonl"
    summary = run_extract(source, out, Settings(max_article_chars=4000))
    short, long = _articles(out)
    assert short["status"] == "ok"
    assert long["status"] == "error" and long["chars"] == 5000 and long["sha256"]
    assert long["error"] == "article too long: 5,000 characters, over the limit of 4,000 (raise it with --max-chars, 0 for none)"
    assert summary.failed == 1
    run_extract(source, out, Settings(max_article_chars=0))
    assert [a["status"] for a in _articles(out)] == ["ok", "ok"]


def test_max_chars_on_the_command_line(extractor, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(CORPUS / "003_7aa5977024c3700f.txt"), "-o", str(out), "--max-chars", "1000"])
    assert result.exit_code == 1
    (article,) = _lines(out)
    assert article["error"].startswith("article too long") and article["run"]["max_article_chars"] == 1000


# -- resume only the same run ------------------------------------------------------------
@pytest.fixture
def small_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in {
        "a": "Marie Dupont, présidente de l'association Atlantic 2.0, a levé 2 millions d'euros en mars.",
        "b": "La start-up Azur compte 40 adhérents depuis novembre dernier.",
        "c": "Jean Martin dirige le cluster Numérica depuis 2014.",
    }.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _partial(out: Path, articles: int) -> bytes:
    """Cut ``out`` after its first ``articles`` articles, as a killed run leaves it."""
    lines = out.read_bytes().splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith(b'{"type":"article"')]
    out.write_bytes(b"".join(lines[: starts[articles]]))
    return out.read_bytes()


# fmt: off
@pytest.mark.parametrize("first, then, says", [
    (["--types", "amount"], [], "--types was amount, now person,organization,amount,member_count,date"),
    (["--reference-date", "2022-06-15"], [], "--reference-date was 2022-06-15, now not set"),
    ([], ["--reference-date", "2022-06-15"], "--reference-date was not set, now 2022-06-15"),
    ([], ["--max-chars", "50000"], "--max-chars was 2000000, now 50000"),
])
# fmt: on
def test_resume_refuses_a_run_with_other_options(extractor, small_corpus, tmp_path, first, then, says):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(small_corpus), "-o", str(out), *first]).exit_code == 0
    partial = _partial(out, 1)
    result = runner.invoke(app, ["extract", str(small_corpus), "-o", str(out), "--resume", *then])
    assert result.exit_code == 2
    assert "cannot resume" in result.stderr and says in result.stderr
    assert out.read_bytes() == partial  # untouched


def test_resume_refuses_another_input_even_with_the_same_ids(extractor, small_corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(small_corpus), "-o", str(out)]).exit_code == 0
    _partial(out, 1)
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in small_corpus.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    result = runner.invoke(app, ["extract", str(copy), "-o", str(out), "--resume"])
    assert result.exit_code == 2 and f"input was {small_corpus}" in result.stderr


def test_resume_refuses_a_file_that_does_not_record_its_run(extractor, small_corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(small_corpus), "-o", str(out)]).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    head = json.loads(lines[0])
    del head["run"]
    out.write_text(json.dumps(head, ensure_ascii=False, separators=(",", ":")) + "\n" + "".join(lines[1 : 1 + sum(head["counts"].values())]))
    result = runner.invoke(app, ["extract", str(small_corpus), "-o", str(out), "--resume"])
    assert result.exit_code == 2 and "does not record the settings" in result.stderr


def test_resume_extracts_again_an_article_edited_since(extractor, small_corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(small_corpus), "-o", str(out)]).exit_code == 0
    _partial(out, 2)
    (small_corpus / "b.txt").write_text("La start-up Azur compte désormais 90 adhérents.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(small_corpus), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert "article 'b' changed since the partial run" in result.stderr
    fresh = tmp_path / "fresh.jsonl"
    assert runner.invoke(app, ["extract", str(small_corpus), "-o", str(fresh)]).exit_code == 0
    assert out.read_bytes() == fresh.read_bytes()
    assert any(r.get("count") == 90 for r in _lines(out))


def test_the_run_field_is_what_pydantic_writes(extractor):
    from presse2data.records import RunSettings, dump_record
    from presse2data.writing import render, stamp_run

    records = extractor.extract("Marie Dupont a levé 2 millions d'euros.", article_id="x")
    run = RunSettings(input="-", types=["amount"], reference_date=None, model="m 1", max_article_chars=0)
    stamped = stamp_run(render(records).text, run.model_dump_json())
    assert stamped.split("\n")[0] == dump_record(records[0].model_copy(update={"run": run}))
    assert stamped.split("\n")[1:] == render(records).text.split("\n")[1:]


# -- stopping a run: real processes ----------------------------------------------------------
def _children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def corpus_15(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus15")
    for i in range(3):
        for path in CORPUS.glob("*.txt"):
            (folder / f"{i}_{path.name}").write_bytes(path.read_bytes())
    return folder


def _reap(child: subprocess.Popen) -> None:
    child.kill()
    child.wait()
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def _extract_process(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "presse2data.cli", "extract", *args], stderr=subprocess.PIPE, **kwargs)


# fmt: off
@pytest.mark.parametrize("signum, options, code", [
    (signal.SIGTERM, ["--workers", "2"], 143),
    (signal.SIGKILL, ["--workers", "2"], -9),
    (signal.SIGINT, ["--article-timeout", "0"], 130),  # in-process extraction
])
# fmt: on
def test_a_stopped_run_leaves_no_process_and_a_file_of_whole_articles(corpus_15, tmp_path, signum, options, code):
    from presse2data.writing import complete_prefix

    out = tmp_path / "out.jsonl"
    child = _extract_process(str(corpus_15), "-o", str(out), "--batch-size", "1", *options)
    try:
        if "--workers" in options:
            _wait_for(lambda: len(_children(child.pid)) == 2)
        _wait_for(lambda: out.exists() and out.stat().st_size > 0)
        workers_then = _children(child.pid)
        child.send_signal(signum)
        stderr = child.stderr.read().decode()  # returns: no process left holds it open
        assert child.wait(timeout=30) == code
    finally:
        _reap(child)
    _wait_for(lambda: not any(_alive(pid) for pid in workers_then), 10)
    assert "Traceback" not in stderr
    written = out.read_bytes()
    assert len(complete_prefix(out)) >= 1 and out.read_bytes() == written  # nothing to cut
    if signum != signal.SIGKILL:
        assert "ends with a whole article" in stderr and "--resume" in stderr
        result = runner.invoke(app, ["extract", str(corpus_15), "-o", str(out), "--resume", "-q"])
        assert result.exit_code == 0
        assert len(_articles(out)) == 15


def test_a_worker_killed_from_outside_loses_no_article(corpus_15, tmp_path):
    out = tmp_path / "out.jsonl"
    child = _extract_process(str(corpus_15), "-o", str(out), "--batch-size", "2", "--workers", "2")
    try:
        _wait_for(lambda: len(_children(child.pid)) == 2 and out.exists() and out.stat().st_size > 0)
        victim = min(_children(child.pid))
        os.kill(victim, signal.SIGKILL)
        stderr = child.stderr.read().decode()
        assert child.wait(timeout=300) == 0, stderr
    finally:
        _reap(child)
    ids = [a["article_id"] for a in _articles(out)]
    assert ids == sorted(p.stem for p in corpus_15.glob("*.txt"))  # each once, in order
    assert "15 articles (15 ok, 0 failed)" in stderr


def test_extract_into_head_ends_quietly(tmp_path):
    child = _extract_process(str(CORPUS), stdout=subprocess.PIPE)
    try:
        assert child.stdout.readline().startswith(b'{"type":"article"')
        child.stdout.close()  # what head does after its lines
        stderr = child.stderr.read().decode()
        assert child.wait(timeout=120) == 141
    finally:
        _reap(child)
    assert stderr == ""
