#!/usr/bin/env python3
"""The press-train excerpts' sources: register one while annotating, check the re-obtained texts.

    python3 annotations/press-train/sources.py register ID --url URL --query Q --rank N \\
            --kind news --region Bretagne --year 2019 --topic "…"
    python3 annotations/press-train/sources.py check [--texts DIR]
    python3 annotations/press-train/sources.py stats      # counts per label and link, sites, years, kinds

The texts are third-party material and are never committed: each lives in
``eval/press-train/texts/<id>.txt`` (git-ignored; UTF-8, no trailing newline), re-obtained
with the search tool (corpus ``pages``, the line's ``query``, the result at ``rank``; see
README.md). ``sources.jsonl`` keeps where each comes from, its length and sha256.

``register`` refuses a page listed in ``../shared/press-dev/exclude-urls.txt``, a press-dev
page, a page already registered, and a site that already has ``MAX_PER_SITE`` excerpts
(a fair spread over sites). Appends are locked, so annotators may register in parallel.
``check`` exits 1 when a text is missing or differs (a difference only in no-break or thin
spaces is reported but accepted, as for press-dev). Stdlib only.
"""
import argparse
import fcntl
import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = HERE / "sources.jsonl"
TEXTS = ROOT / "eval" / "press-train" / "texts"
SHARED = ROOT.parent / "shared" / "press-dev"
MAX_PER_SITE = 12
KINDS = ("news", "board", "interview", "panorama", "press_release", "funding", "portrait", "other")
SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " "})


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def site(url):
    host = urlsplit(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def read_sources():
    if not SOURCES.exists():
        return []
    return [json.loads(line) for line in SOURCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def forbidden_urls():
    """Pages never to annotate: the held-out pages and the validation set's.""" 
    urls = set()
    exclude = SHARED / "exclude-urls.txt"
    if exclude.exists():
        urls.update(line.strip() for line in exclude.read_text(encoding="utf-8").splitlines() if line.strip())
    dev = SHARED / "sources.jsonl"
    if dev.exists():
        urls.update(json.loads(line)["url"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip())
    return urls


def register(args):
    path = TEXTS / f"{args.id}.txt"
    if not path.exists():
        sys.exit(f"error: save the excerpt first as {path}")
    text = path.read_bytes().decode("utf-8")
    if text.endswith("\n"):  # the file tools may add one; the excerpt has none
        text = text.rstrip("\n")
        path.write_bytes(text.encode("utf-8"))
    if args.url.rstrip("/") in {u.rstrip("/") for u in forbidden_urls()}:
        sys.exit(f"error: {args.url} is a held-out or press-dev page: never annotate it; delete {path}")
    with open(SOURCES, "a+", encoding="utf-8") as out:
        fcntl.flock(out, fcntl.LOCK_EX)
        known = read_sources()
        if any(s["id"] == args.id for s in known):
            sys.exit(f"error: {args.id} is registered already")
        if any(s["url"].rstrip("/") == args.url.rstrip("/") for s in known):
            sys.exit(f"error: {args.url} is registered already (another excerpt of it exists); delete {path}")
        if sum(s["site"] == site(args.url) for s in known) >= MAX_PER_SITE:
            sys.exit(f"error: {site(args.url)} has {MAX_PER_SITE} excerpts already (spread over sites); delete {path}")
        line = {"id": args.id, "url": args.url, "query": args.query, "rank": args.rank,
                "chars": len(text), "sha256": sha256(text),
                "sha256_spaces": sha256(text.translate(SPACES)), "corpus": "pages", "site": site(args.url),
                "year": args.year, "kind": args.kind, "region": args.region, "topic": args.topic}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"registered {args.id}: {len(text)} characters from {site(args.url)}")


def check(args):
    texts = Path(args.texts)
    missing, differ, loose = [], [], []
    sources = read_sources()
    for s in sources:
        path = texts / f"{s['id']}.txt"
        if not path.exists():
            missing.append(s)
            continue
        text = path.read_bytes().decode("utf-8")
        if sha256(text) == s["sha256"]:
            continue
        # a copy that differs only in no-break or thin spaces is the same text
        if sha256(text.translate(SPACES)) == s["sha256_spaces"]:
            loose.append(s["id"])
        else:
            differ.append(f"{s['id']} ({len(text)} characters, expected {s['chars']})")
    print(f"{len(sources)} sources, {len(sources) - len(missing) - len(differ)} texts present and matching"
          + (f" ({len(loose)} up to no-break spaces)" if loose else ""))
    for s in missing:
        print(f"missing  {s['id']}: search pages {s['query']!r}, rank {s['rank']}: {s['url']}")
    for d in differ:
        print(f"differs  {d}")
    return 1 if missing or differ else 0


def stats(args):
    """Counts per label and per link over the built annotations, and the spread of the sources."""
    from collections import Counter

    labels, links = Counter(), Counter()
    for path in sorted((HERE / "annotations").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            t = r["type"]
            if t in ("person", "organization", "place"):
                labels[{"person": "PER", "organization": "ORG", "place": "LOC"}[t] + " mentions"] += len(r["mentions"])
                labels[t + " records"] += 1
            elif t in ("amount", "member_count", "date"):
                labels[t] += 1
            for role in r.get("roles", []):
                links["role, titled" if role.get("mention") else "role, affiliation (null title)"] += 1
                labels["TITLE spans"] += bool(role.get("mention"))
                links["role with an organization"] += role["organization"] is not None
            if t == "member_count":
                links["member count -> organization"] += r["organization"] is not None
            if t == "amount":
                links["amount -> recipient"] += bool(r.get("recipient"))
                links["amount -> funder"] += len(r.get("funders", []))
    sources = read_sources()
    years = Counter(s["year"] for s in sources if s.get("year"))
    print(f"{len(sources)} excerpts, {len({s['site'] for s in sources})} sites, {len({s['region'] for s in sources})} regions, "
          f"years {min(years)}-{max(years)} ({sum(years.values())} dated)")
    print("kinds: " + ", ".join(f"{k} {n}" for k, n in Counter(s["kind"] for s in sources).most_common()))
    for name, n in sorted(labels.items()):
        print(f"  {name:34} {n:>6}")
    for name, n in sorted(links.items()):
        print(f"  {name:34} {n:>6}")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("register", help="add a saved excerpt to sources.jsonl")
    r.add_argument("id")
    r.add_argument("--url", required=True)
    r.add_argument("--query", required=True)
    r.add_argument("--rank", type=int, required=True)
    r.add_argument("--kind", choices=KINDS, required=True)
    r.add_argument("--region", required=True, help="the region the excerpt is about (or 'national')")
    r.add_argument("--year", type=int, help="publication year when the page states it")
    r.add_argument("--topic", required=True, help="a few words, in English")
    c = sub.add_parser("check", help="check the re-obtained texts against sources.jsonl")
    c.add_argument("--texts", default=str(TEXTS))
    sub.add_parser("stats", help="counts per label and link, spread of the sources")
    args = parser.parse_args(argv)
    if args.command == "stats":
        return stats(args)
    if args.command == "register":
        register(args)
        return 0
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
