"""The installed package carries its rules, and spaCy finds the components through the entry point."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from presse2data.lang.modelfiles import rule_files

from .conftest import ROOT


def test_wheel_ships_rules_and_lexicons(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("presse2data-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = [p.relative_to(ROOT / "models").as_posix() for p in (ROOT / "models").rglob("*") if p.suffix in (".jsonl", ".txt")]
    assert len(data) > 20
    missing = [f for f in data if f"presse2data/models/{f}" not in names]
    assert not missing
    for name in rule_files():
        assert f"presse2data/models/{name}/rules.jsonl" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_spacy_finds_the_components_without_importing_presse2data():
    code = (
        "import spacy\n"
        "nlp = spacy.blank('fr')\n"
        "nlp.add_pipe('presse2data_amounts')\n"
        "doc = nlp(\"Une levée de 3 M€ et 14,7 millions d'euros.\")\n"
        "print([s.text for s in doc.spans['amount']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "['3 M€', \"14,7 millions d'euros\"]"


def test_every_package_and_model_folder_is_listed():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    src = ROOT / "src"
    folders = {p.parent.relative_to(src).as_posix().replace("/", ".") for p in (src / "presse2data").rglob("__init__.py")}
    folders |= {f"presse2data.models.{p.name}" for p in (ROOT / "models").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= listed, sorted(folders - listed)
