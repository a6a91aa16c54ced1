"""presse2data: people, organizations, amounts, member counts and dates from French tech press.

>>> from presse2data import Extractor        # doctest: +SKIP
>>> for record in Extractor().extract(text, article_id="demo"):
...     print(record.model_dump_json())

Imports are lazy so that ``presse2data --help`` does not load spaCy.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Extractor", "Settings", "__version__"]


def __getattr__(name: str):
    if name == "Extractor":
        from .extractor import Extractor

        return Extractor
    if name == "Settings":
        from .settings import Settings

        return Settings
    raise AttributeError(name)
