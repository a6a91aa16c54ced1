"""A stand-in for the worker program (``presse2data.batch.workers``) in tests/test_robust.py.

It speaks the real protocol (``workers.serve``) without loading a model, and
misbehaves on demand, one article at a time:

- ``HANG`` in the text: a catastrophic regex, a real C-level hang no signal can stop;
- ``DIE`` in the text: the worker kills itself with SIGKILL;
- ``DIE-ONCE:<path>``: the same the first time only (``path`` marks that it happened).
"""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

from presse2data.records import ArticleRecord
from presse2data.batch.workers import serve
from presse2data.outputs.writing import render


def _misbehave(text: str) -> None:
    if "HANG" in text:
        re.match(r"(a|aa)+$", "a" * 200 + "b")  # exponential backtracking: never returns
    once = re.search(r"DIE-ONCE:(\S+)", text)
    if once:
        marker = Path(once.group(1))
        if not marker.exists():
            marker.write_text("died")
            os.kill(os.getpid(), signal.SIGKILL)
    elif "DIE" in text:
        os.kill(os.getpid(), signal.SIGKILL)


def _load(model: str):
    def extract(settings, articles):
        for article in articles:
            if article.error is None and article.text is not None:
                _misbehave(article.text)
            record = ArticleRecord(
                article_id=article.id,
                text="",
                start=0,
                end=0,
                source="reader",
                path=article.path,
                title=article.title,
                chars=len(article.text or ""),
                sha256=article.sha256,
                reference_date=None,
                status="error" if article.error else "ok",
                error=article.error,
                counts={},
                encoding=article.encoding,
            )
            yield render([record])

    return extract


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:], load=_load))
