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

from presse2data.batch import workers
from presse2data.cli import app
from presse2data.facts import record_types
from presse2data.inputs.reading import InputError
from presse2data.batch.run import run_extract
from presse2data.settings import Settings

from .conftest import CORPUS

runner = CliRunner()
STAND_IN = [sys.executable, str(Path(__file__).with_name("robust_worker.py"))]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


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


def test_a_file_too_large_for_max_chars_is_refused_without_reading_it_whole(stand_in, tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "court.txt").write_text("Un texte court.", encoding="utf-8")
    (folder / "enorme.txt").write_bytes(b"x" * 50_000)
    read_sizes = []
    real_open = Path.open

    def spying_open(self, *args, **kwargs):
        stream = real_open(self, *args, **kwargs)
        real_read = stream.read
        stream.read = lambda size=-1: read_sizes.append(size) or real_read(size)
        return stream

    monkeypatch.setattr(Path, "open", spying_open)
    out = tmp_path / "out.jsonl"
    summary = run_extract(folder, out, Settings(max_article_chars=1000))
    court, enorme = _articles(out)
    assert court["status"] == "ok" and summary.failed == 1
    assert enorme["error"] == (
        "article too long: the file has more than 4,004 bytes, more than 1,000 characters in any encoding "
        "(raise the limit with --max-chars, 0 for none)"
    )
    assert max(read_sizes) == 4005  # never the whole 50,000 bytes


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
    (["--types", "amount"], [], "--types was amount, now " + ",".join(record_types())),
    (["--reference-date", "2022-06-15"], [], "--reference-date was 2022-06-15, now not set"),
    ([], ["--reference-date", "2022-06-15"], "--reference-date was not set, now 2022-06-15"),
    ([], ["--max-chars", "50000"], "--max-chars was 2000000, now 50000"),
])
# fmt: on
def test_resume_refuses_a_run_with_other_options(extractor, small_corpus, tmp_path, first, then, says):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(small_corpus), "-o", str(out), *first]).exit_code == 0
    partial = _partial(out, 1) + b'{"type":"article","arti'  # and the half line a kill leaves
    out.write_bytes(partial)
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
    from presse2data.outputs.writing import render, stamp_run

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
    from presse2data.outputs.writing import complete_prefix

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


# -- whatever a user can hit from the command line -------------------------------------------
def test_an_output_in_a_missing_folder_is_a_usage_error_and_creates_nothing(stand_in, tmp_path):
    target = tmp_path / "missing" / "x.jsonl"
    result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(target)])
    assert result.exit_code == 2
    assert f"folder {target.parent} does not exist" in result.stderr
    assert not target.parent.exists()


def test_utf16_files_and_numeric_ids_are_read(stand_in, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "windows.txt").write_bytes("Réunion à Montréal.".encode("utf-16"))
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(folder), "-o", str(out)]).exit_code == 0
    (article,) = _articles(out)
    assert (article["encoding"], article["title"], article["chars"]) == ("utf-16", "Réunion à Montréal.", 19)
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 42, "text": "Un texte."}\n{"id": true, "text": "Un autre."}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "-o", str(out)])
    assert [(a["article_id"], a["status"]) for a in _articles(out)] == [("42", "ok"), ("in.jsonl:2", "error")]
    assert result.exit_code == 1


def test_a_file_that_vanishes_or_turns_unreadable_mid_run_is_a_failed_article(stand_in, tmp_path, monkeypatch):
    from presse2data.inputs import reading

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c", "d"):
        (folder / f"{name}.txt").write_text(f"Article {name}.", encoding="utf-8")
    real_read_file = reading.read_file

    def racing(path, article_id, max_chars=0):  # after the listing and its is_file(), before the read
        if path.name == "b.txt":
            path.unlink()
        if path.name == "c.txt":
            path = _Unreadable(path)
        return real_read_file(path, article_id, max_chars)

    monkeypatch.setattr(reading, "read_file", racing)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert [(a["article_id"], a["status"], a["error"]) for a in _articles(out)] == [
        ("a", "ok", None),
        ("b", "error", "cannot read file: No such file or directory"),
        ("c", "error", "cannot read file: Permission denied"),
        ("d", "ok", None),
    ]


class _Unreadable(type(Path())):
    def open(self, *args, **kwargs):  # what a root test cannot get from chmod
        raise PermissionError(13, "Permission denied", str(self))


def test_a_symlink_loop_in_the_input_folder_does_not_hang(stand_in, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Un texte.", encoding="utf-8")
    (folder / "again").symlink_to(folder)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0
    assert [a["article_id"] for a in _articles(out)] == ["good"]


def test_a_fifo_is_refused_and_dev_stdin_is_standard_input(stand_in, tmp_path):
    fifo = tmp_path / "articles.jsonl"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["extract", str(fifo)])  # would block forever if opened
    assert result.exit_code == 2 and f"presse2data extract - < {fifo}" in result.stderr
    result = runner.invoke(app, ["extract", "/dev/stdin"], input='{"id": "a", "text": "Un texte."}\n')
    assert result.exit_code == 0 and _lines_of(result.stdout)[0]["article_id"] == "a"


def _lines_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.split("\n") if line]


class _FillingFile:
    """A file on a disk that fills up: the second write stores half its bytes, then ENOSPC."""

    def __init__(self, real):
        self.real, self.calls = real, 0

    def write(self, data):
        self.calls += 1
        if self.calls == 2:
            self.real.write(bytes(data[: len(data) // 2]))
            raise OSError(28, "No space left on device")
        return self.real.write(data)

    def fileno(self):
        return self.real.fileno()

    def close(self):
        self.real.close()


def test_a_full_disk_leaves_whole_articles_only(extractor, tmp_path):
    from presse2data.outputs.writing import ArticleLines, RecordWriter, WriteError

    out = tmp_path / "out.jsonl"
    one = ArticleLines("a", "ok", {}, '{"type":"article","article_id":"a"}\n')
    two = ArticleLines("b", "ok", {"date": 1}, '{"type":"article","article_id":"b"}\n{"type":"date","article_id":"b"}\n')
    with RecordWriter(out) as writer:
        writer._file = _FillingFile(writer._file)
        writer.write(one)
        with pytest.raises(WriteError, match="No space left on device.*--resume"):
            writer.write(two)
    assert out.read_bytes() == one.text.encode()


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root); the simulated full disk above still runs")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_extract_onto_a_full_disk_is_a_usage_error_with_whole_articles(extractor, tiny_disk):
    from presse2data.outputs.writing import complete_prefix

    out = tiny_disk / "out.jsonl"
    result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(out)])
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr and "Traceback" not in result.output
    written = out.read_bytes()
    assert written.endswith(b"\n") and len(complete_prefix(out)) >= 1 and out.read_bytes() == written
