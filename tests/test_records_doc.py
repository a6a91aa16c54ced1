"""docs/records.md stays in step with the pydantic record models."""

from __future__ import annotations

import pytest

from presse2data import records
from presse2data.facts import scored

from .conftest import ROOT

DOC = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
MODELS = [records.ArticleRecord, *(spec.record for spec in scored()), records.Mention]  # types, parts (Role), mentions


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_is_described(model):
    missing = [name for name in model.model_fields if f"`{name}`" not in DOC]
    assert not missing, f"{model.__name__}: fields not in docs/records.md: {missing}"


def test_readme_links_the_repository_doc():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/records.md" in readme and "shared/spec" not in readme
