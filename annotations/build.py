#!/usr/bin/env python3
"""Build gold annotations from hand decisions, for any annotated set.

    python3 annotations/build.py [--report] [ARTICLE_ID ...]          # the development set
    python3 annotations/build.py --set tests/heldout [--report] ...   # DIR/corpus, DIR/source -> DIR/annotations
    python3 annotations/build.py --set tests/unseen

The hand decisions live in ``<source>/<article_id>.py``: one call per
record, naming each mention by the text to find in the article, never by an
offset. This script locates every mention, validates everything the record
contract (/work/shared/spec/records.md, "Hand annotations") and
``annotations/GUIDELINES.md`` require, and writes ``annotations/<article_id>.jsonl``.

Stdlib only; run from anywhere. The independent reading of amounts understands
ranges ("3 à 4 millions d'euros"), k€ / M€ / Md€ and "un million".

Locators (how a source file names a mention):
  "M. Palayer"              first occurrence of that text in the article body
  ("M. Palayer", 2)         its second occurrence
  "d'ici à [2017]"          find "d'ici à 2017", the mention is the bracketed part
Occurrences are counted on whole words only (no letter or digit just before or
after). In a locator a plain space also matches a no-break or thin space, and a
straight apostrophe also matches a typographic one, so sources stay readable;
the record's text is always copied from the article.
"""
import json
import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# the development set; --set DIR switches to DIR/corpus, DIR/source, DIR/annotations
CORPUS = ROOT / "corpus"
SOURCES = HERE / "source"
OUT = HERE
# span-level sets (press-train, --spans): a role names its title by a locator, so the
# title's span is part of the gold; places are annotated; amounts may carry funding links.
SPANS = False

KINDS = {"association", "company", "public_body", "education_research", "media", "other"}
QUALIFIERS = {None, "about", "over", "under"}
MODS = {None, "START", "MID", "END", "APPROX"}
DATE_VALUE = re.compile(r"^(\d{4}|XXXX|\d{3}X|\d{2}XX)(-(\d{2}|XX|SP|SU|FA|WI|Q[1-4]|H[12])(-(\d{2}|XX))?)?$")
SPACES = "[ \u00a0\u202f\u2009]"
APOSTROPHES = "['\u2019]"


class AnnotationError(Exception):
    pass


# --- the vocabulary of the source files ---------------------------------------

def P(name, mentions, roles=(), aliases=()):
    """A person: name without civility, mention locators, roles as (title, org)."""
    return {"type": "person", "name": name, "mentions": list(mentions),
            "roles": [_role(*r) for r in roles],
            "aliases": list(aliases)}


def _role(title, organization, as_title=None):
    """(title, organization[, title for a verb span]); span-level sets: title is a locator."""
    role = {"title": title, "organization": organization}
    if as_title is not None:
        role["as_title"] = as_title
    return role


def O(name, kind, mentions, aliases=()):
    """An organization: fullest name, kind, mention locators."""
    return {"type": "organization", "name": name, "kind": kind,
            "mentions": list(mentions), "aliases": list(aliases)}


def L(name, mentions):
    """A place (span-level sets): a named territory or site that is not an organization."""
    return {"type": "place", "name": name, "mentions": list(mentions)}


def A(loc, value, currency="EUR", value_max=None, qualifier=None, to=None, by=()):
    """A money amount; ``to`` raises or receives it, ``by`` gives it (funding links, span-level sets)."""
    return {"type": "amount", "loc": loc, "value": value, "currency": currency,
            "value_max": value_max, "qualifier": qualifier, "to": to, "by": list(by)}


def M(loc, organization, count, unit, qualifier=None):
    """A statement of how many members an organization has."""
    return {"type": "member_count", "loc": loc, "organization": organization,
            "count": count, "unit": unit, "qualifier": qualifier}


def D(loc, value, value_end=None, mod=None, relative=False):
    """A calendar date; relative dates have value None (no reference date)."""
    return {"type": "date", "loc": loc, "value": value, "value_end": value_end,
            "mod": mod, "relative": relative}


DSL = {"P": P, "O": O, "L": L, "A": A, "M": M, "D": D}


# --- locating mentions ---------------------------------------------------------

def _pattern(text):
    parts = []
    for ch in text:
        if ch == " ":
            parts.append(SPACES)
        elif ch in "'\u2019":
            parts.append(APOSTROPHES)
        else:
            parts.append(re.escape(ch))
    return r"(?<![^\W_])" + "".join(parts) + r"(?![^\W_])"


def occurrences(body, text):
    """Whole-word occurrences of text in body, as (start, end)."""
    return [(m.start(), m.end()) for m in re.finditer(_pattern(text), body)]


def locate(body, loc, where):
    if isinstance(loc, tuple):
        loc, nth = loc
    else:
        nth = 1
    if loc.count("[") != loc.count("]") or loc.count("[") > 1:
        raise AnnotationError(f"{where}: bad brackets in locator {loc!r}")
    if "[" in loc:
        left, rest = loc.split("[", 1)
        inner, _right = rest.split("]", 1)
        full = loc.replace("[", "").replace("]", "")
    else:
        left, inner, full = "", loc, loc
    found = occurrences(body, full)
    if len(found) < nth:
        raise AnnotationError(f"{where}: {full!r} occurs {len(found)} time(s) in the body, wanted #{nth}")
    start = found[nth - 1][0]
    # the bracketed part starts after the left context (same length modulo spaces)
    inner_start = start + len(left)
    inner_end = inner_start + len(inner)
    if not re.fullmatch(_pattern(inner).replace(r"(?<![^\W_])", "").replace(r"(?![^\W_])", ""),
                        body[inner_start:inner_end]):
        raise AnnotationError(f"{where}: bracket arithmetic failed for {loc!r}")
    return inner_start, inner_end


def span(article, start, end):
    return {"start": start, "end": end, "text": article[start:end]}


def head(article_id, article, start, end, t):
    """The fields every record starts with, in the contract's order."""
    return {"type": t, "article_id": article_id, "text": article[start:end],
            "start": start, "end": end}


# --- checks ---------------------------------------------------------------------

# a number in digits, or a simple French number word ("neuf millions", "vingt-cinq millions")
WORD_NUMBERS = {w: n for n, w in enumerate(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split())}
WORD_NUMBERS.update({"une": 1, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
                     "cent": 100, "cents": 100, "mille": 1000})
_WORD = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
NUMBER = r"(\d[\d \u00a0\u202f.]*(?:,\d+)?|(?:(?:" + _WORD + r")(?:[- ](?:et[- ])?)?)+)"
# scale words and abbreviations, before the currency ("1,3 Md €", "54 Mds €", "1,75 M d'euros", "200 K€")
SCALE = r"(millions?|milliards?|mds?(?=\s*(?:€|d['’]|eur))|md€|mds€|k€|k(?=\s*(?:€|eur))|m€|m(?=\s*(?:€|d['’]|eur)))?"
AMOUNT_NUMBER = re.compile(NUMBER + r"\s*" + SCALE, re.I)
AMOUNT_RANGE = re.compile(r"(?:entre\s+)?" + NUMBER + r"\s*" + SCALE + r"\s*(?:€|euros?)?\s+(?:à|et|-)\s+" + NUMBER + r"\s*" + SCALE, re.I)


def _number(raw, scale):
    raw = raw.strip()
    words = re.split(r"[- ]+", raw.lower())
    if all(w in WORD_NUMBERS or w == "et" for w in words):
        number = 0.0
        for w in words:  # "vingt-cinq", "deux cents", "trois mille"
            if w == "et":
                continue
            n = WORD_NUMBERS[w]
            number = number * n if n in (100, 1000) and number else number + n
    else:
        digits = re.sub(r"[ \u00a0\u202f]", "", raw)
        if re.fullmatch(r"\d+\.\d{1,2}", digits):  # "5.5 M€": a decimal point, not a thousands separator
            digits = digits.replace(".", ",")
        if "," in digits:
            whole, frac = digits.split(",")
            number = float(whole.replace(".", "") + "." + frac)
        else:
            number = float(digits.replace(".", ""))
    scale = (scale or "").lower()
    if scale.startswith("million") or scale in ("m€", "m"):
        number *= 1e6
    elif scale.startswith("milliard") or scale.startswith("md"):
        number *= 1e9
    elif scale in ("k€", "k"):
        number *= 1e3
    return number


def amount_from_text(text):
    """Independent reading of an amount's text, to catch typos in values:
    (value, value_max), a range's scale shared by both bounds when the first
    has none ("3 à 4 millions")."""
    r = AMOUNT_RANGE.search(text)
    if r:
        # "3 à 4 millions": the scale is shared; "500 000 à 5 millions": it is not
        scale1 = r.group(2) or (r.group(4) if _number(r.group(1), None) < 1000 else None)
        return _number(r.group(1), scale1), _number(r.group(3), r.group(4))
    m = AMOUNT_NUMBER.search(text)
    if not m:
        return None, None
    return _number(m.group(1), m.group(2)), None


def currency_from_text(text):
    low = text.lower()
    if "dollar" in low or "$" in text:
        return "USD"
    if "euro" in low or "€" in text:
        return "EUR"
    return None  # context currency (GUIDELINES §6)


def build_article(article_id):
    src = SOURCES / f"{article_id}.py"
    article = (CORPUS / f"{article_id}.txt").read_bytes().decode("utf-8")
    article = article.replace("\r\n", "\n").replace("\r", "\n")
    spec = runpy.run_path(str(src), init_globals=dict(DSL))
    body_end = len(article)
    if spec.get("BODY_END"):
        body_end = article.index(spec["BODY_END"])
    body_start = article.index(spec["BODY_START"]) if spec.get("BODY_START") else 0
    # text before the body start is blanked (same length), so offsets stay the article's
    body = " " * body_start + article[body_start:body_end]
    where = article_id

    # Names, aliases and organization references are written with straight
    # apostrophes and plain spaces in the sources; where such a form occurs in
    # the body, the body's own characters are used (e.g. "l’Arbois").
    def as_written(name):
        found = re.search(_pattern(name), body)
        return found.group() if found else name

    out = []
    fundings = []  # one per amount with funding links, placed after it once the spans are checked
    org_names = set()
    for rec in spec["RECORDS"]:
        if rec["type"] in ("person", "organization"):
            rec["name"] = as_written(rec["name"])
            rec["aliases"] = [as_written(a) for a in rec["aliases"]]
        if rec["type"] == "place" and not SPANS:
            raise AnnotationError(f"{where}: places are annotated in span-level sets only (--spans)")
        if rec["type"] == "organization":
            if rec["name"] in org_names:
                raise AnnotationError(f"{where}: organization {rec['name']!r} twice")
            org_names.add(rec["name"])
    for rec in spec["RECORDS"]:
        for ref in rec.get("roles", []) + ([rec] if rec["type"] == "member_count" else []):
            if ref["organization"] is not None:
                ref["organization"] = as_written(ref["organization"])
        if rec["type"] == "amount":
            rec["to"] = as_written(rec["to"]) if rec["to"] is not None else None
            rec["by"] = [as_written(b) for b in rec["by"]]
            for name in [rec["to"], *rec["by"]]:
                if name is not None and name not in org_names:
                    raise AnnotationError(f"{where}: funding organization {name!r} is no organization record")

    for rec in spec["RECORDS"]:
        t = rec["type"]
        w = f"{where} {t} {rec.get('name') or rec.get('loc')!r}"
        if t in ("person", "organization", "place"):
            mentions = sorted((locate(body, loc, w) for loc in rec["mentions"]))
            if len(set(mentions)) != len(mentions):
                raise AnnotationError(f"{w}: the same mention listed twice")
            first = mentions[0]
            r = {**head(article_id, article, *first, t), "name": rec["name"],
                 "mentions": [span(article, s, e) for s, e in mentions]}
            if t == "person":
                for role in rec["roles"]:
                    if SPANS:  # the title is a locator of its span; None is an affiliation
                        if role["title"] is not None:
                            ts, te = locate(body, role["title"], f"{w} title")
                            role["title"] = role.pop("as_title", None) or article[ts:te].lower()
                            role["mention"] = span(article, ts, te)
                        continue
                    # the title is copied from the article (as written), then lowercased
                    found = re.search(_pattern(role["title"]), body, re.IGNORECASE)
                    if not found:
                        raise AnnotationError(f"{w}: title {role['title']!r} not written in the body")
                    role["title"] = found.group().lower()
                for role in rec["roles"]:
                    if role["organization"] is not None and role["organization"] not in org_names:
                        raise AnnotationError(f"{w}: role organization {role['organization']!r} is no organization record")
                r["roles"] = rec["roles"]
                if re.match(r"^(M\.|Mme|Mlle|Dr)\s", rec["name"]):
                    raise AnnotationError(f"{w}: civility in name")
            elif t == "organization":
                if rec["kind"] not in KINDS:
                    raise AnnotationError(f"{w}: bad kind {rec['kind']!r}")
                r["kind"] = rec["kind"]
            if rec.get("aliases"):
                r["aliases"] = rec["aliases"]
            out.append(r)
            continue
        s, e = locate(body, rec["loc"], w)
        r = head(article_id, article, s, e, t)
        if t == "amount":
            if rec["qualifier"] not in QUALIFIERS:
                raise AnnotationError(f"{w}: bad qualifier")
            read, read_max = amount_from_text(r["text"])
            if read is None or abs(read - rec["value"]) > 1e-6 * max(1, rec["value"]):
                raise AnnotationError(f"{w}: value {rec['value']} but the text reads {read}")
            if (read_max is None) != (rec["value_max"] is None) or (
                    read_max is not None and abs(read_max - rec["value_max"]) > 1e-6 * read_max):
                raise AnnotationError(f"{w}: value_max {rec['value_max']} but the text reads {read_max}")
            cur = currency_from_text(r["text"])
            if cur is not None and cur != rec["currency"]:
                raise AnnotationError(f"{w}: currency {rec['currency']} but the text reads {cur}")
            r.update(value=rec["value"], currency=rec["currency"],
                     value_max=rec["value_max"], qualifier=rec["qualifier"])
            if rec["to"] is not None or rec["by"]:
                r.update(recipient=rec["to"], funders=rec["by"])
                # the funding fact the links make: what a perfect system outputs beside the amount
                fundings.append({**head(article_id, article, s, e, "funding"),
                                 "amount": {k: rec[k] for k in ("value", "currency", "value_max", "qualifier")},
                                 "recipient": rec["to"], "funders": list(rec["by"])})
        elif t == "member_count":
            if rec["organization"] is not None and rec["organization"] not in org_names:
                raise AnnotationError(f"{w}: organization {rec['organization']!r} is no organization record")
            if rec["qualifier"] not in QUALIFIERS or not isinstance(rec["count"], int):
                raise AnnotationError(f"{w}: bad qualifier or count")
            if rec["unit"] not in r["text"]:
                raise AnnotationError(f"{w}: unit {rec['unit']!r} not in the text")
            r.update(organization=rec["organization"], count=rec["count"],
                     unit=rec["unit"], qualifier=rec["qualifier"])
        elif t == "date":
            if rec["mod"] not in MODS:
                raise AnnotationError(f"{w}: bad mod")
            if rec["relative"]:
                if rec["value"] is not None or rec["value_end"] is not None:
                    raise AnnotationError(f"{w}: relative date with a value (no reference date)")
            else:
                for v in (rec["value"], rec["value_end"]):
                    if v is not None and not DATE_VALUE.match(v):
                        raise AnnotationError(f"{w}: bad TIMEX3 value {v!r}")
                if rec["value"] is None:
                    raise AnnotationError(f"{w}: absolute date without value")
            r.update(value=rec["value"], value_end=rec["value_end"],
                     mod=rec["mod"], relative=rec["relative"])
        else:
            raise AnnotationError(f"{w}: unknown type {t!r}")
        out.append(r)

    out.sort(key=lambda r: (r["start"], r["end"]))
    if SPANS:  # what was annotated: training reads the body only (chrome is not labelled)
        out.insert(0, {"type": "body", "article_id": article_id, "start": body_start, "end": body_end})

    # every span: exact text, inside the body, no two overlapping
    spans = []
    for r in out:
        if r["type"] == "body":
            continue
        assert article[r["start"]:r["end"]] == r["text"]
        spans.append((r["start"], r["end"], r["type"], r["text"]))
        for m in r.get("mentions", []):
            assert article[m["start"]:m["end"]] == m["text"]
            if (m["start"], m["end"]) != (r["start"], r["end"]):
                spans.append((m["start"], m["end"], r["type"], m["text"]))
        if (r["start"], r["end"]) != ((r["mentions"][0]["start"], r["mentions"][0]["end"]) if "mentions" in r else (r["start"], r["end"])):
            raise AnnotationError(f"{where}: record span is not its first mention: {r['text']!r}")
    located = [(r["start"], r["end"]) for r in out if r["type"] in ("amount", "member_count", "date")]
    if len(set(located)) != len(located):  # two records located on one span (e.g. ' matching ’)
        raise AnnotationError(f"{where}: two records on the same span: {sorted({x for x in located if located.count(x) > 1})}")
    for r in out:  # title spans: one span may serve several persons ("les cofondateurs A et B")
        for role in r.get("roles", []):
            if "mention" in role:
                m = role["mention"]
                spans.append((m["start"], m["end"], "title", m["text"]))
    spans = sorted(set(spans))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            raise AnnotationError(f"{where}: overlapping spans {a} and {b}")
    for s in spans:
        if s[1] > body_end or s[0] < body_start:
            raise AnnotationError(f"{where}: span outside the body {s}")
    starts = [r["start"] for r in out]
    if starts != sorted(starts):
        raise AnnotationError(f"{where}: records not sorted by start")

    # exhaustiveness: every whole-word occurrence in the body of a mention text,
    # or of a person's surname, must be covered by an annotated span, unless the
    # source lists it in UNANNOTATED as (text, nth) with a reason.
    covered = [(s[0], s[1]) for s in spans]
    ignored = {(t, n) for t, n, _why in spec.get("UNANNOTATED", [])}
    probes = set()
    for r in out:
        if r["type"] in ("person", "organization", "place"):
            probes.update(m["text"] for m in r["mentions"])
        if r["type"] == "person":
            probes.add(r["name"].split()[-1])
    missing = []
    for probe in sorted(probes):
        for n, (s, e) in enumerate(occurrences(body, probe), 1):
            if not any(cs <= s and e <= ce for cs, ce in covered) and (probe, n) not in ignored:
                missing.append(f"{probe!r} #{n} at {s}: ...{body[max(0, s - 40):e + 40]!r}...")
    if missing:
        raise AnnotationError(f"{where}: unannotated occurrences:\n  " + "\n  ".join(missing))
    for funding in fundings:  # right after its amount (same span: amount first)
        at = next(i for i, r in enumerate(out) if r["type"] == "amount" and (r["start"], r["end"]) == (funding["start"], funding["end"]))
        out.insert(at + 1, funding)
    return article, out


def check_written(path, article):
    """Re-read a written file and check every offset against the article."""
    previous = -1
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["start"] < previous:
            raise AnnotationError(f"{path.name}: records not sorted by start")
        previous = r["start"]
        for m in ([r] if "text" in r else []) + r.get("mentions", []):
            if article[m["start"]:m["end"]] != m["text"]:
                raise AnnotationError(f"{path.name}: text != article[start:end] for {m}")


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)


def use_set(folder):
    """Build the set in ``folder`` (corpus/, source/ -> annotations/) instead of the development set."""
    global CORPUS, SOURCES, OUT
    folder = Path(folder).resolve()
    CORPUS, SOURCES, OUT = folder / "corpus", folder / "source", folder / "annotations"


def _option(argv, flag):
    """The value after ``flag`` (removed from argv), or None."""
    if flag not in argv:
        return None
    at = argv.index(flag)
    value = argv[at + 1]
    del argv[at:at + 2]
    return value


def main(argv):
    global CORPUS, SOURCES, OUT, SPANS
    argv = list(argv)
    folder = _option(argv, "--set")
    if folder:
        use_set(folder)
    # a set whose texts live elsewhere (press-train: eval/press-train/texts, git-ignored),
    # or a second annotation (--source .../second --out .../second-annotations)
    for flag in ("--texts", "--source", "--out"):
        value = _option(argv, flag)
        if value:
            path = Path(value).resolve()
            if flag == "--texts":
                CORPUS = path
            elif flag == "--source":
                SOURCES = path
            else:
                OUT = path
    SPANS = "--spans" in argv
    report = "--report" in argv
    only = [a for a in argv if not a.startswith("--")]
    ids = sorted(p.stem for p in SOURCES.glob("*.py"))
    corpus_ids = sorted(p.stem for p in CORPUS.glob("*.txt"))
    if only:  # build some articles only, e.g. while annotating
        ids = [i for i in ids if i in only]
    elif SPANS:  # annotated while texts are collected: every source needs its text
        if set(ids) - set(corpus_ids):
            raise AnnotationError(f"no text for sources {sorted(set(ids) - set(corpus_ids))} in {CORPUS}")
    elif ids != corpus_ids:
        raise AnnotationError(f"sources {ids} do not match corpus {corpus_ids}")
    types = ["person", "organization", "place", "amount", "member_count", "date"]
    totals = dict.fromkeys(types, 0)
    print(f"{'article':24} " + " ".join(f"{t[:12]:>12}" for t in types))
    for article_id in ids:
        article, records = build_article(article_id)
        OUT.mkdir(exist_ok=True)
        path = OUT / f"{article_id}.jsonl"
        path.write_text("".join(dumps(r) + "\n" for r in records), encoding="utf-8")
        check_written(path, article)
        counts = {t: sum(r["type"] == t for r in records) for t in types}
        for t in types:
            totals[t] += counts[t]
        print(f"{article_id:24} " + " ".join(f"{counts[t]:>12}" for t in types))
        if report:
            for r in records:
                if r["type"] == "body":
                    print(f"    {'body':12} {r['start']}:{r['end']} (of {len(article)} characters)")
                    continue
                ctx = article[max(0, r["start"] - 35):r["start"]] + "[" + r["text"] + "]" + article[r["end"]:r["end"] + 35]
                extra = {k: v for k, v in r.items() if k not in ("type", "article_id", "text", "start", "end", "mentions")}
                print(f"    {r['type']:12} {ctx!r}")
                print(f"    {'':12} {json.dumps(extra, ensure_ascii=False)}")
                for m in r.get("mentions", [])[1:]:
                    mctx = article[max(0, m["start"] - 30):m["start"]] + "[" + m["text"] + "]" + article[m["end"]:m["end"] + 30]
                    print(f"    {'':12}   + {mctx!r}")
    print(f"{'total':24} " + " ".join(f"{totals[t]:>12}" for t in types))


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except AnnotationError as exc:
        sys.exit(f"error: {exc}")
