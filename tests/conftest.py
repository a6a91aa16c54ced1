"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: CI shares two cores, and a property's speed is not what it tests
# (speed lives in bench/run.py and the regex growth test).
settings.register_profile("presse2data", deadline=None)
settings.load_profile("presse2data")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"


@pytest.fixture(scope="session")
def extractor():
    """The real pipeline (fr_core_news_md + presse2data components), built once."""
    from presse2data import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def corpus_records(extractor):
    """Records of the five development articles, keyed by article id."""
    from presse2data.inputs.reading import iter_articles

    out = {}
    for records in extractor.extract_articles(iter_articles(CORPUS)):
        out[records[0].article_id] = records
    return out


@pytest.fixture(scope="session")
def big_corpus(tmp_path_factory):
    """Eight copies of corpus/ (read-only): long enough to kill a run mid-way."""
    import shutil

    folder = tmp_path_factory.mktemp("big")
    for i in range(8):
        for path in CORPUS.glob("*.txt"):
            shutil.copy(path, folder / f"{i:02d}_{path.name}")
    return folder
