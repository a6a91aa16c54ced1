"""Records as joinable tables: ``presse2data tables RECORDS.jsonl [MORE.jsonl | FOLDER ...] -o OUT``.

Several records files (or folders of them, :mod:`presse2data.outputs.recordfiles`) make one set
of tables, as if concatenated; an article id found twice is refused, since the tables join on it.

One table per record type and part (the columns its registry entry declares, so a new
fact type gets its table), typed, with ``article_id`` and a stable ``record_id`` to join
on, written by DuckDB as a database file (``OUT.duckdb``), or as Parquet or CSV files in
the folder ``OUT``:

- ``articles``: one row per ``article`` record (``published``, ``reference_date`` DATE,
  the counts per type as INTEGER columns);
- ``persons``, ``organizations``, ``amounts`` (``value``, ``value_max`` DOUBLE),
  ``member_counts`` (``count`` BIGINT), ``dates`` (``value``, ``value_end`` VARCHAR:
  TIMEX3 values such as ``2017-SP`` are no SQL dates);
- ``roles``: one row per role of a person (person, title, organization, article);
- ``entities``: one row per distinct organization and person of the whole corpus, by
  folded name (the contract's matching: case, accents, hyphens, a leading article),
  with the articles it appears in, its names as written and its kinds;
- ``amounts_distinct`` (a view): one row per distinct amount of an article (same
  ``value``, ``value_max`` and ``currency``), with how many times it is mentioned: a
  headline figure the body repeats counts once in a per-article sum.

``record_id`` is ``<article_id>#<n>``: the article's n-th fact record (from 1) in the
order of the JSON Lines, so it stays the same as long as the records do (``extract``
is deterministic). A role's is ``<person record_id>/<n>``. An entity's ``entity_id``
is ``<type>:<folded name>`` (``organization:cantine numerique``), also a column of
``persons``, ``organizations`` and ``roles``. The JSONL's ``start`` and ``end`` are
``start_char`` and ``end_char`` here (``end`` is an SQL keyword). In CSV files, list
columns are joined with `` | ``. The database file is in DuckDB 1.0's storage format,
readable by any DuckDB since.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..facts import by_name, derived, registry
from .recordfiles import RecordsError, iter_records, record_files

FORMATS = ("duckdb", "parquet", "csv")
# The database file is written in the storage format of DuckDB 1.0, which every DuckDB
# since reads (the `duckdb` command of the duckdb-cli package may be older than the library).
STORAGE_VERSION = "v1.0.0"

_SPAN = [("text", "VARCHAR"), ("start_char", "BIGINT"), ("end_char", "BIGINT"), ("source", "VARCHAR")]
_ARTICLE = [
    ("article_id", "VARCHAR"), ("path", "VARCHAR"), ("title", "VARCHAR"), ("url", "VARCHAR"),
    ("outlet", "VARCHAR"), ("published", "DATE"), ("reference_date", "DATE"),
    ("reference_date_source", "VARCHAR"), ("status", "VARCHAR"), ("error", "VARCHAR"),
    ("chars", "BIGINT"), ("sha256", "VARCHAR"), ("encoding", "VARCHAR"),
]
_ENTITIES = [
    ("entity_id", "VARCHAR"), ("type", "VARCHAR"), ("name", "VARCHAR"), ("folded", "VARCHAR"),
    ("articles", "INTEGER"), ("mentions", "INTEGER"), ("article_ids", "VARCHAR[]"),
    ("names", "VARCHAR[]"), ("kinds", "VARCHAR[]"),
]


@derived
def columns() -> dict[str, list[tuple[str, str]]]:
    """table -> (column, DuckDB type), in column order: ``articles`` (with a count per type), one
    table per fact type and part (the columns its registry entry declares), ``entities``."""
    out = {"articles": [*_ARTICLE, *((spec.table_name, "INTEGER") for spec in registry()), ("article_text", "VARCHAR")]}
    for spec in registry():
        out[spec.table_name] = [("record_id", "VARCHAR"), ("article_id", "VARCHAR"), *spec.columns, *_SPAN]
        for part in spec.parts:  # no span of its own: its holder's
            out[part.table_name] = [("record_id", "VARCHAR"), *part.columns]
    out["entities"] = _ENTITIES
    return out


def tables() -> tuple[str, ...]:
    return tuple(columns())


# Views over the tables: name -> query. A sum over `amounts` counts a figure once per mention.
VIEWS = {
    "amounts_distinct": (
        "SELECT article_id, value, value_max, currency, arg_min(qualifier, start_char) AS qualifier, "
        "count(*) AS mentions, arg_min(record_id, start_char) AS record_id, arg_min(text, start_char) AS text, "
        "min(start_char) AS start_char FROM amounts GROUP BY article_id, value, value_max, currency "
        "ORDER BY article_id, start_char"
    ),
}


class TablesError(ValueError):
    """Records or an output that cannot be used: a usage error for the CLI."""


def entity_id(type_: str, name: str) -> str:
    """``organization:cantine numerique``: the type and the name folded as its type compares names."""
    return f"{type_}:{by_name(type_).fold(name)}"


@dataclass
class _Entity:
    type: str
    folded: str
    article_ids: dict[str, None] = field(default_factory=dict)  # ordered set
    names: Counter = field(default_factory=Counter)
    kinds: set[str] = field(default_factory=set)
    mentions: int = 0

    def row(self) -> dict:
        # the name written most often, then the longest (the fullest form), then alphabetical
        name = min(self.names, key=lambda n: (-self.names[n], -len(n), n))
        return {
            "entity_id": f"{self.type}:{self.folded}", "type": self.type, "name": name, "folded": self.folded,
            "articles": len(self.article_ids), "mentions": self.mentions, "article_ids": list(self.article_ids),
            "names": sorted(self.names), "kinds": sorted(self.kinds),
        }


_SPAN_NAMES = {name for name, _ in _SPAN}


def _span(record: dict) -> dict:
    return {"text": record.get("text"), "start_char": record.get("start"), "end_char": record.get("end"),
            "source": record.get("source")}


def _cell(column: str, record: dict, ids: dict[str, str | None], holder: dict | None, typed: str = "") -> object:
    """A column's value, by the naming rules the registry's column lists follow: ``<x>_record_id`` and
    ``<x>_entity_id`` join (the holder's, or the entity a field names), a bare holder type is its name,
    ``<field>_<key>`` is a key of an object field (a funding's ``amount_value``), a list field is
    counted unless its column is a list (``VARCHAR[]``); any other column is the record's field of that name."""
    if column in ids:
        return ids[column]
    if holder is not None and column == holder["type"]:
        return holder.get("name")
    if column.endswith("_entity_id") and (named := record.get(column.removesuffix("_entity_id"))):
        return entity_id(column.removesuffix("_entity_id"), named)
    if column not in record and "_" in column:
        field_, key = column.split("_", 1)
        if isinstance(record.get(field_), dict):
            return record[field_].get(key)
    value = record.get(column)
    return len(value) if isinstance(value, list) and not typed.endswith("[]") else value


def build_rows(records: Iterable[tuple[str, dict]]) -> dict[str, list[dict]]:
    """Rows per table from ``(where, record)`` pairs (:func:`presse2data.outputs.recordfiles.iter_records`)."""
    table_columns = columns()
    rows: dict[str, list[dict]] = {table: [] for table in table_columns}
    facts_seen: Counter = Counter()
    entities: dict[str, _Entity] = {}
    articles: dict[str, str] = {}  # article id -> where its article record is
    for where, record in records:
        type_, article_id = record["type"], record["article_id"]
        if type_ == "article":
            if article_id in articles:
                raise TablesError(
                    f"{where}: article {article_id!r} again (first at {articles[article_id]}); "
                    "give each run's records once"
                )
            articles[article_id] = where
            counts = record.get("counts") or {}
            row = {name: record.get(name) for name, _ in _ARTICLE + [("article_text", "")]}
            row.update({spec.table_name: counts.get(spec.name, 0) for spec in registry()})
            rows["articles"].append(row)
            continue
        spec = by_name(type_)
        facts_seen[article_id] += 1
        record_id = f"{article_id}#{facts_seen[article_id]}"
        ids = {"record_id": record_id, "article_id": article_id}
        if spec.entity:
            ids["entity_id"] = key = entity_id(type_, record.get("name") or "")
            entity = entities.setdefault(key, _Entity(type_, key.split(":", 1)[1]))
            entity.article_ids[article_id] = None
            entity.names[record.get("name")] += 1
            entity.mentions += len(record.get("mentions") or []) or 1
            if record.get("kind"):
                entity.kinds.add(record["kind"])
        table = table_columns[spec.table_name]
        rows[spec.table_name].append({name: _cell(name, record, ids, None, typed) for name, typed in table if name not in _SPAN_NAMES}
                                     | _span(record))
        for part in spec.parts:
            held = {f"{type_}_record_id": record_id, f"{type_}_entity_id": ids.get("entity_id"), "article_id": article_id}
            for n, sub in enumerate(record.get(part.field) or [], 1):
                rows[part.table_name].append({
                    name: _cell(name, sub, {**held, "record_id": f"{record_id}/{n}"}, record)
                    for name, _ in table_columns[part.table_name]
                })
    rows["entities"] = [entity.row() for entity in entities.values()]
    return rows


def output_path(out: str | Path, fmt: str) -> Path:
    """``OUT.duckdb`` for a database (``OUT`` as given when it already ends in ``.duckdb``/``.db``), else the folder."""
    out = Path(out)
    if fmt == "duckdb" and out.suffix.lower() not in (".duckdb", ".db"):
        out = out.with_name(out.name + ".duckdb")
    return out


def write_tables(
    records: str | Path | Iterable[str | Path], out: str | Path, fmt: str = "duckdb"
) -> tuple[Path, dict[str, int]]:
    """Write the tables of ``records`` (records files or folders of them); returns the path written and rows per table."""
    import duckdb

    if fmt not in FORMATS:
        raise TablesError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    try:
        files = record_files([records] if isinstance(records, (str, Path)) else records)
    except RecordsError as exc:
        raise TablesError(str(exc)) from None
    target = output_path(out, fmt)
    if target.exists() and any(target.resolve() == f.resolve() for f in files):
        raise TablesError(f"{target} is a records file itself; choose another -o")
    if fmt == "duckdb" and target.is_dir():
        raise TablesError(f"{target} is a folder; a DuckDB database is a file")
    if fmt != "duckdb" and target.exists() and not target.is_dir():
        raise TablesError(f"{target} is a file; --format {fmt} writes one file per table into a folder")
    try:
        rows = build_rows(iter_records(files))
    except RecordsError as exc:
        raise TablesError(str(exc)) from None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TablesError(f"cannot write {target}: {exc.strerror or exc}") from None
    # the scratch folder sits beside the output, so the finished database is moved in with one rename
    with tempfile.TemporaryDirectory(prefix=".presse2data-tables-", dir=target.parent) as tmp:
        if fmt == "duckdb":
            con = duckdb.connect(os.path.join(tmp, "tables.duckdb"), config={"storage_compatibility_version": STORAGE_VERSION})
        else:
            con = duckdb.connect(":memory:")
        try:
            for table, typed in columns().items():
                _load(con, table, typed, rows[table], Path(tmp))
            for view, query in VIEWS.items():
                con.execute(f'CREATE VIEW "{view}" AS {query}')
            counts = {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in (*columns(), *VIEWS)}
            if fmt == "duckdb":
                con.close()
                Path(f"{target}.wal").unlink(missing_ok=True)  # a previous database's log must not replay on ours
                os.replace(os.path.join(tmp, "tables.duckdb"), target)  # whole file or nothing
            else:
                target.mkdir(parents=True, exist_ok=True)
                for name, typed in (*columns().items(), *((view, []) for view in VIEWS)):
                    _copy(con, name, typed, target / f"{name}.{fmt}", fmt)
        except (duckdb.Error, OSError) as exc:
            raise TablesError(f"cannot write {target}: {exc}") from None
        finally:
            con.close()
    return target, counts


def _load(con, table: str, columns: list[tuple[str, str]], rows: list[dict], tmp: Path) -> None:
    """Rows into a typed table, through a JSON Lines file DuckDB reads with the columns given."""
    source = tmp / f"{table}.jsonl"
    with source.open("w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    names = ", ".join(f'"{name}"' for name, _ in columns)
    if not rows:
        typed = ", ".join(f'"{name}" {type_}' for name, type_ in columns)
        con.execute(f'CREATE TABLE "{table}" ({typed})')
        return
    spec = "{" + ", ".join(f"'{name}': '{type_}'" for name, type_ in columns) + "}"
    con.execute(
        f'CREATE TABLE "{table}" AS SELECT {names} FROM read_json(?, format = \'newline_delimited\', columns = {spec})',
        [str(source)],
    )


def _copy(con, table: str, columns: list[tuple[str, str]], path: Path, fmt: str) -> None:
    if fmt == "csv":  # lists have no CSV form: joined with " | "
        select = ", ".join(
            f"array_to_string(\"{n}\", ' | ') AS \"{n}\"" if t.endswith("[]") else f'"{n}"' for n, t in columns
        ) or "*"  # a view: no list column
        options = "FORMAT csv, HEADER true"
    else:
        select, options = "*", "FORMAT parquet"
    con.execute(f"COPY (SELECT {select} FROM \"{table}\") TO '{_sql_string(path)}' ({options})")


def _sql_string(path: Path) -> str:
    return str(path).replace("'", "''")
