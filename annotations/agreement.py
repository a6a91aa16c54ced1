#!/usr/bin/env python3
"""Agreement between two independent annotations of the same excerpts (span-level sets).

    python3 annotations/agreement.py annotations/press-train/annotations annotations/press-train/second-annotations [--list]

Compares the built ``<id>.jsonl`` files the two folders share, as span F1 per label and
link F1 per relation (F1 is symmetric: which folder comes first does not matter):

- spans: person mentions (PER), organization mentions (ORG), places (LOC), title spans
  (TITLE): exact character offsets;
- links: roles (person, title span or none, organization), member count → organization,
  funding (amount → recipient, amount → funder). An entity is known by its mentions: the
  second annotation's person or organization that shares a mention with one of the
  first's is that entity, whatever name each gave it.

``--list`` prints every disagreement, to resolve into GUIDELINES.md. Stdlib only.
"""
import json
import sys
from pathlib import Path

SPAN_LABELS = ("PER", "ORG", "LOC", "TITLE")
LINKS = ("role", "member_count", "funding")


def load(folder, article_id):
    path = Path(folder) / f"{article_id}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def spans(records):
    out = set()
    label = {"person": "PER", "organization": "ORG", "place": "LOC"}
    for r in records:
        for m in r.get("mentions", []):
            out.add((label[r["type"]], m["start"], m["end"]))
        for role in r.get("roles", []):
            if role.get("mention"):
                out.add(("TITLE", role["mention"]["start"], role["mention"]["end"]))
    return out


def entity_keys(records, reference=None):
    """name -> key for persons and organizations: the reference's name when a mention is shared."""
    by_span = {}
    if reference is not None:
        for r in reference:
            for m in r.get("mentions", []):
                by_span[(r["type"], m["start"], m["end"])] = r["name"]
    keys = {}
    for r in records:
        if r["type"] not in ("person", "organization"):
            continue
        shared = [by_span[(r["type"], m["start"], m["end"])] for m in r["mentions"] if (r["type"], m["start"], m["end"]) in by_span]
        keys[(r["type"], r["name"])] = shared[0] if shared else "~" + r["name"]
    return keys


def links(records, keys):
    out = set()
    org = lambda name: keys.get(("organization", name), "~" + name) if name else None  # noqa: E731
    for r in records:
        if r["type"] == "person":
            person = keys[("person", r["name"])]
            for role in r.get("roles", []):
                title = (role["mention"]["start"], role["mention"]["end"]) if role.get("mention") else None
                out.add(("role", person, title, org(role["organization"])))
        elif r["type"] == "member_count":
            out.add(("member_count", r["start"], r["end"], org(r["organization"])))
        elif r["type"] == "amount":
            if r.get("recipient"):
                out.add(("funding", r["start"], r["end"], "to", org(r["recipient"])))
            for funder in r.get("funders", []):
                out.add(("funding", r["start"], r["end"], "by", org(funder)))
    return out


def f1(a, b):
    tp = len(a & b)
    return 2 * tp / (len(a) + len(b)) if a or b else 1.0


def main(argv):
    listing = "--list" in argv
    first, second = [a for a in argv if not a.startswith("--")]
    ids = sorted({p.stem for p in Path(first).glob("*.jsonl")} & {p.stem for p in Path(second).glob("*.jsonl")})
    if not ids:
        sys.exit("error: the two folders share no annotated excerpt")
    totals = {k: [set(), set()] for k in SPAN_LABELS + LINKS}
    for article_id in ids:
        a, b = load(first, article_id), load(second, article_id)
        ka, kb = entity_keys(a, reference=a), entity_keys(b, reference=a)
        for side, records, keys in ((0, a, ka), (1, b, kb)):
            for s in spans(records):
                totals[s[0]][side].add((article_id, *s))
            for link in links(records, keys):
                totals[link[0]][side].add((article_id, *link))
    print(f"{len(ids)} excerpts annotated twice")
    print(f"{'':14}{'first':>7}{'second':>8}{'agree':>7}{'F1':>7}")
    for group, labels in (("spans", SPAN_LABELS), ("links", LINKS)):
        union_a, union_b = set(), set()
        for label in labels:
            sa, sb = totals[label]
            union_a |= sa
            union_b |= sb
            print(f"{label:14}{len(sa):>7}{len(sb):>8}{len(sa & sb):>7}{f1(sa, sb):>7.3f}")
        print(f"{'all ' + group:14}{len(union_a):>7}{len(union_b):>8}{len(union_a & union_b):>7}{f1(union_a, union_b):>7.3f}")
    if listing:
        for label in SPAN_LABELS + LINKS:
            sa, sb = totals[label]
            for item in sorted(sa - sb, key=str):
                print("first only ", item)
            for item in sorted(sb - sa, key=str):
                print("second only", item)


if __name__ == "__main__":
    main(sys.argv[1:])
