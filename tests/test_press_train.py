"""press-train is data: its files agree with each other without the texts (which are never
committed): a source per gold file, sources registered once, links that name records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "annotations" / "press-train"
SOURCES = [json.loads(line) for line in (SET / "sources.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
GOLD = sorted((SET / "annotations").glob("*.jsonl"))


def test_every_excerpt_has_its_source_its_decisions_and_its_gold():
    ids = {s["id"] for s in SOURCES}
    assert len(ids) == len(SOURCES) >= 300
    assert {p.stem for p in GOLD} == ids == {p.stem for p in (SET / "source").glob("*.py")}
    assert len({s["url"] for s in SOURCES}) == len(SOURCES)  # one excerpt per page
    assert all(len(s["sha256"]) == 64 and s["chars"] > 0 for s in SOURCES)


def test_no_held_out_or_validation_page_is_annotated():
    shared = SET.parents[2] / "shared" / "press-dev"
    if not shared.is_dir():
        pytest.skip("../shared/press-dev is not beside the repository")
    forbidden = {line.strip().rstrip("/") for line in (shared / "exclude-urls.txt").read_text().splitlines() if line.strip()}
    forbidden |= {json.loads(line)["url"].rstrip("/") for line in (shared / "sources.jsonl").read_text().splitlines() if line.strip()}
    assert not {s["url"].rstrip("/") for s in SOURCES} & forbidden


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_links_name_records_and_spans_are_ordered(path):
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records[0]["type"] == "body"
    orgs = {r["name"] for r in records if r["type"] == "organization"}
    starts = [r["start"] for r in records[1:]]
    assert starts == sorted(starts)
    for r in records:
        for role in r.get("roles", []):
            assert role["organization"] is None or role["organization"] in orgs
            if role.get("mention"):
                assert role["mention"]["end"] > role["mention"]["start"]
        for name in [r.get("recipient"), *r.get("funders", [])] if r["type"] == "amount" else []:
            assert name is None or name in orgs
        if r["type"] == "member_count":
            assert r["organization"] is None or r["organization"] in orgs
