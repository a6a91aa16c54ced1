"""``extract --scheduler``: a real Dask cluster on 127.0.0.1 gives the bytes of a local run.

One LocalCluster (a scheduler and two worker processes, each loading the model once)
serves the whole module; one test starts ``dask scheduler`` / ``dask worker`` from
their command lines. Everything is marked ``cluster`` (``pytest -m "not cluster"``
leaves it out); it runs in the default suite.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import dask.bag as db
import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from presse2data.cli import app
from presse2data.batch.cluster import extract_bag
from presse2data.inputs.reading import InputError
from presse2data.records import dump_record
from presse2data.batch.run import run_extract
from presse2data.settings import Settings

from .conftest import CORPUS

pytestmark = pytest.mark.cluster
runner = CliRunner()


# -- fixtures ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as local, Client(local) as client:
        yield client


@pytest.fixture(scope="module")
def address(cluster):
    return cluster.scheduler.address


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    """corpus/ plus what a real crawl holds: an empty file, a binary one, Windows-1252, an id twice."""
    folder = tmp_path_factory.mktemp("bad")
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    (folder / "sub").mkdir()
    (folder / "sub" / "latin.txt").write_bytes("Caf\xe9 num\xe9rique : Jeanne Morel, pr\xe9sidente.\n".encode("cp1252"))
    (folder / "twice.txt").write_text("Le club compte 40 adhérents.\n", encoding="utf-8")
    (folder / "twice.TXT").write_text("Même identifiant, autre fichier.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def bad_jsonl(tmp_path_factory):
    """A JSONL with good lines, a broken one, a non-UTF-8 one, one without text and a duplicate id."""
    path = tmp_path_factory.mktemp("jsonl") / "articles.jsonl"
    good = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": "2015-06-01"} for p in sorted(CORPUS.glob("*.txt"))
    ]
    lines = [json.dumps(a, ensure_ascii=False).encode("utf-8") for a in good[:3]]
    lines += [b'{"id": "broken", "text": ', b"\xff\xfe not utf-8", b"", b'{"id": "no-text"}']
    lines += [json.dumps(a, ensure_ascii=False).encode("utf-8") for a in good[3:]]
    lines += [json.dumps({"id": good[0]["id"], "text": "Doublon."}).encode("utf-8")]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _local(source: Path, tmp_path_factory, *args: str) -> tuple[int, bytes]:
    """Exit code and output of the same extraction without a scheduler."""
    out = tmp_path_factory.mktemp("local") / "out.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--quiet", *args])
    return result.exit_code, out.read_bytes()


@pytest.fixture(scope="module")
def local_outputs(extractor, bad_folder, bad_jsonl, big_corpus, tmp_path_factory):
    return {
        "folder": _local(bad_folder, tmp_path_factory),
        "jsonl": _local(bad_jsonl, tmp_path_factory, "--reference-date", "2014-01-01"),
        "big": _local(big_corpus, tmp_path_factory),
    }


def _articles(output: bytes) -> list[dict]:
    return [r for r in map(json.loads, output.splitlines()) if r["type"] == "article"]


# -- same bytes as a local run -----------------------------------------------------------
@pytest.mark.parametrize("which", ["folder", "jsonl"])
def test_cluster_output_is_byte_identical_to_a_local_run(which, address, local_outputs, bad_folder, bad_jsonl, tmp_path):
    source, args = {"folder": (bad_folder, []), "jsonl": (bad_jsonl, ["--reference-date", "2014-01-01"])}[which]
    out = tmp_path / "out.jsonl"
    # batch size 1: partitions of 2 articles, finishing out of order on two workers
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--scheduler", address, "--batch-size", "1", *args])
    expected_code, expected = local_outputs[which]
    assert result.exit_code == expected_code == 1, result.output  # the bad inputs fail, and only them
    assert out.read_bytes() == expected
    assert "failed)" in result.stderr  # the summary, as for a local run
    statuses = [a["status"] for a in _articles(expected)]
    assert statuses.count("ok") >= 5 and statuses.count("error") >= 3


def test_a_url_is_read_on_the_workers(address, local_outputs, bad_folder, tmp_path):
    out = tmp_path / "out.jsonl"
    url = bad_folder.as_uri() + "/"
    result = runner.invoke(app, ["extract", url, "-o", str(out), "--scheduler", address, "--quiet"])
    assert result.exit_code == 1, result.output
    local = local_outputs["folder"][1]
    expected = local.replace(f"{bad_folder}/".encode(), f"{bad_folder.as_uri()}/".encode())  # paths and "first seen at"
    expected = expected.replace(f'"input":"{bad_folder}"'.encode(), f'"input":"{url}"'.encode())  # the run's input, as given
    assert expected != local
    assert out.read_bytes() == expected


def test_a_missing_url_is_a_usage_error(address, tmp_path):
    result = runner.invoke(app, ["extract", (tmp_path / "nowhere").as_uri(), "--scheduler", address])
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr


def test_extract_bag_gives_the_records_of_a_local_run(cluster, extractor, corpus_records):
    dicts = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(CORPUS.glob("*.txt"))]
    dicts.append({"id": "no-text"})
    records = extract_bag(db.from_sequence(dicts, npartitions=2)).compute()
    expected = [json.loads(dump_record(r)) for records in corpus_records.values() for r in records]
    got = [r for r in records if r["article_id"] != "no-text"]
    for record in got + expected:  # read from a file locally, from a dict here
        if record["type"] == "article":
            record.pop("path"), record.pop("encoding")
    assert got == expected
    failed = [r for r in records if r["article_id"] == "no-text"]
    assert [(r["type"], r["status"]) for r in failed] == [("article", "error")]


# -- failures ----------------------------------------------------------------------------
def _kill_a_busy_worker(client: Client, deadline: float = 120) -> str:
    """SIGKILL the process of a worker while it runs a task; returns its address."""

    def kill_if_busy(dask_worker):
        if not dask_worker.state.executing_count:
            return False
        threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGKILL)).start()
        return True

    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        for worker in list(client.scheduler_info()["workers"]):
            try:
                if client.run(kill_if_busy, workers=[worker]).get(worker):
                    return worker
            except (OSError, KeyError):
                pass
        time.sleep(0.02)
    raise AssertionError("no worker was ever busy")


def _run_in_thread(source: Path, out: Path, settings: Settings) -> tuple[threading.Thread, dict]:
    box: dict = {}

    def target():
        try:
            box["summary"] = run_extract(source, out, settings)
        except InputError as exc:
            box["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    return thread, box


def test_a_worker_killed_mid_run_loses_nothing(cluster, address, big_corpus, local_outputs, tmp_path):
    out = tmp_path / "out.jsonl"
    thread, box = _run_in_thread(big_corpus, out, Settings(batch_size=2, scheduler=address))
    _kill_a_busy_worker(cluster)
    thread.join(300)
    assert "summary" in box, box
    assert out.read_bytes() == local_outputs["big"][1]  # its task ran again on the other worker
    cluster.wait_for_workers(2, timeout=120)  # the nanny restarts it for the next tests


def test_a_task_that_kills_its_worker_fails_its_articles_not_the_run(cluster, address, big_corpus, local_outputs, tmp_path):
    def allow(failures, dask_scheduler):
        dask_scheduler.allowed_failures = failures

    out = tmp_path / "out.jsonl"
    cluster.run_on_scheduler(allow, 0)  # the first death of a task's worker is final
    try:
        thread, box = _run_in_thread(big_corpus, out, Settings(batch_size=2, scheduler=address))
        _kill_a_busy_worker(cluster)
        thread.join(300)
    finally:
        cluster.run_on_scheduler(allow, 3)
    assert "summary" in box, box
    assert box["summary"].failed >= 1
    got, expected = _articles(out.read_bytes()), _articles(local_outputs["big"][1])
    assert [a["article_id"] for a in got] == [a["article_id"] for a in expected]  # every article has its record
    failed = [a for a in got if a["status"] == "error"]
    assert len(failed) == box["summary"].failed
    for article in failed:
        assert "worker running these articles died" in article["error"]
        assert article["chars"] > 0 and article["sha256"]  # the text was read, only the extraction was lost
    ok_lines = [line for line in out.read_bytes().splitlines(keepends=True) if b'"status":"error"' not in line]
    failed_ids = {a["article_id"] for a in failed}
    expected_ok = [
        line for line in local_outputs["big"][1].splitlines(keepends=True) if json.loads(line)["article_id"] not in failed_ids
    ]
    assert ok_lines == expected_ok  # the other articles are untouched
    cluster.wait_for_workers(2, timeout=120)


def test_resume_after_a_killed_run_gives_the_same_bytes(address, big_corpus, local_outputs, tmp_path):
    uninterrupted = local_outputs["big"][1]
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "presse2data.cli", "extract", str(big_corpus), "-o", str(out), "--quiet"]
    child = subprocess.Popen([*command, "--batch-size", "2", "--scheduler", address])
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size < len(uninterrupted) // 4) and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert 0 < out.stat().st_size < len(uninterrupted)  # really killed mid-run
    result = runner.invoke(app, ["extract", str(big_corpus), "-o", str(out), "--resume", "--scheduler", address])
    assert result.exit_code == 0, result.output
    assert "already done" in result.stderr
    assert out.read_bytes() == uninterrupted


# -- usage errors ------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--scheduler", "local:0"], "local:N with N >= 1"),
        (["--scheduler", "local:2", "--workers", "2"], "exclude each other"),
        (["--scheduler", "tcp://127.0.0.1:{port}"], "cannot connect to the Dask scheduler"),
    ],
)
def test_cluster_usage_errors_exit_2(args, message, tmp_path):
    import dask

    args = [a.format(port=_free_port()) for a in args]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(tmp_path / "out.jsonl"), *args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


# -- the dask command lines --------------------------------------------------------------
def test_dask_scheduler_and_worker_command_lines(local_outputs, bad_folder, tmp_path):
    dask_cli = str(Path(sys.executable).parent / "dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    port = address.rsplit(":", 1)[1]
    logs = (tmp_path / "scheduler.log").open("w"), (tmp_path / "worker.log").open("w")
    scheduler = subprocess.Popen(
        [dask_cli, "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"], stderr=logs[0]
    )
    worker = None
    try:
        worker = subprocess.Popen(
            [dask_cli, "worker", address, "--nworkers", "1", "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard"],
            stderr=logs[1],
        )
        out = tmp_path / "out.jsonl"
        result = runner.invoke(app, ["extract", str(bad_folder), "-o", str(out), "--scheduler", address, "--quiet"])
        assert result.exit_code == 1, result.output + (tmp_path / "worker.log").read_text()
        assert out.read_bytes() == local_outputs["folder"][1]
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.send_signal(signal.SIGINT)  # dask's clean shutdown; the nanny takes its worker down
        for process in (worker, scheduler):
            if process is not None:
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        for log in logs:
            log.close()
