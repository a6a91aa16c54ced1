"""The packaging metadata gives setuptools nothing to warn about (checked without a build; the
listed packages are checked in test_packaging.py)."""

from __future__ import annotations

import tomllib

from .conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_license_is_an_spdx_string():
    assert PYPROJECT["project"]["license"] == "MIT"


def test_every_package_folder_ships_its_data_files():
    assert PYPROJECT["tool"]["setuptools"]["package-data"]["*"] == ["*.txt", "*.jsonl", "*.json", "README.md"]
