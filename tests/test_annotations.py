"""The committed gold files are exactly what the hand decisions build to (offsets computed, never typed)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

# fmt: off
SETS = {
    #          corpus                       hand decisions                 committed gold
    "dev":     ("corpus",                   "annotations/source",          "annotations"),
    "heldout": ("tests/heldout/corpus",     "tests/heldout/source",        "tests/heldout/annotations"),
    "unseen":  ("tests/unseen/corpus",      "tests/unseen/source",         "tests/unseen/annotations"),
}
# fmt: on


@pytest.mark.parametrize("name", list(SETS))
def test_gold_files_rebuild_identically_from_their_sources(tmp_path, name):
    corpus, source, gold = (ROOT / part for part in SETS[name])
    shutil.copytree(corpus, tmp_path / "corpus")
    shutil.copytree(source, tmp_path / "source")
    subprocess.run(
        [sys.executable, str(ROOT / "annotations" / "build.py"), "--set", str(tmp_path)], check=True, capture_output=True
    )
    for built in sorted((tmp_path / "annotations").glob("*.jsonl")):
        assert built.read_bytes() == (gold / built.name).read_bytes(), built.name
    assert len(list((tmp_path / "annotations").glob("*.jsonl"))) == len(list(gold.glob("*.jsonl")))
