"""The packaging metadata gives setuptools nothing to warn about (checked without a build)."""

from __future__ import annotations

import tomllib

from .conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_license_is_an_spdx_string():
    assert PYPROJECT["project"]["license"] == "MIT"


def test_every_data_folder_of_models_is_a_listed_package():
    """A folder setuptools can import but that is not listed warns 'Package would be ignored'."""
    packages = set(PYPROJECT["tool"]["setuptools"]["packages"])
    folders = {f"presse2data.models.{p.name}" for p in (ROOT / "models").iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders <= packages
    assert set(PYPROJECT["tool"]["setuptools"]["package-data"]) >= folders
