"""The sharded static search index: identifier key pages, token posting buckets and display row chunks.

Layout of ``out_dir`` (all JSON, UTF-8, deterministic):

* ``meta.json`` — format, counts, bucket count, filter values (kinds, depts, year → doc-id range).
* ``keys/dir.json`` — the first key of each key page; ``keys/<p>.json`` — ``[[key, [ids…]], …]`` in UTF-16 order.
* ``grams/<b>.json`` — bucket ``b = 2 * (crc32(utf8(token)) % (buckets / 2)) + part`` where part is 1 when the
  token's first code point is at least meta ``split`` (partition.py): ``{token: entry}``. An entry is either
  ``{field: ids}`` (ascending ids per field), a bare ``ids`` list (short for ``{"t": ids}``), or, for a
  frequent token, ``{"c": starts, "d": counts, "p": stem}``: chunk ``k`` is ``grams/p/<stem>.<k>.json`` =
  ``{field: gaps}`` (delta-encoded: first id, then gaps) for doc ids ``starts[k] <= id < starts[k+1]``;
  ``d`` counts the token's ids per field in FIELDS order. Fields: ``n`` name, ``i`` title, ``t`` text,
  ``f`` filters (``kind:…``, ``dept:…``).
* ``rows/<c>.json`` — display rows of doc ids ``16c … 16c+15`` (fields named in meta ``row_fields``).

Doc ids are positions after sorting by date (newest first), then url.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from .buckets import CHUNK_POSTINGS, INLINE_MAX, bucket_count, write_buckets
from .docs import ROW_FIELDS, SearchDoc, ordered
from .keytable import key_table, pages
from .parallel import ParallelBuckets, can_run
from .partition import han_split
from .postings import WEIGHTS, collect, total_postings
from .writer import TreeWriter

__all__ = ["FORMAT", "IndexStats", "SearchDoc", "write_index"]

FORMAT = 1
ROWS_PER_CHUNK = 16
PARALLEL_MIN_DOCS = 8000  # below this, starting two workers costs more than it saves
MANAGED = ("meta.json", "keys", "grams", "rows")


@dataclass(frozen=True)
class IndexStats:
    """What one write_index run produced."""

    docs: int
    keys: int
    key_pages: int
    tokens: int
    buckets: int
    chunk_files: int
    row_chunks: int
    files: int
    bytes: int
    written: int
    removed: int


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _write_keys(out: TreeWriter, docs: Sequence[SearchDoc]) -> tuple[int, int]:
    """Write the key pages and their directory; returns (keys, pages)."""
    table = key_table(docs)
    paged = pages(table)
    for p, page in enumerate(paged):
        out.put(f"keys/{p}.json", _dump([[key, ids] for key, ids in page]))
    out.put("keys/dir.json", _dump([page[0][0] for page in paged]))
    return len(table), len(paged)


def _write_rows(out: TreeWriter, docs: Sequence[SearchDoc]) -> int:
    """Write the display row chunks; returns how many."""
    row = attrgetter(*ROW_FIELDS)  # SearchDoc.row() as a tuple, in C
    n = 0
    for n, start in enumerate(range(0, len(docs), ROWS_PER_CHUNK), start=1):
        out.put(f"rows/{n - 1}.json", _dump(list(map(row, docs[start : start + ROWS_PER_CHUNK]))))
    return n


def build_meta(
    docs: Sequence[SearchDoc], buckets: int, split: int, key_count: int, key_pages: int, root: str
) -> dict:
    """meta.json: counts, bucket count, where things are, and the values the filter form offers."""
    kinds: dict[str, int] = {}
    depts: dict[str, list] = {}
    years: dict[int, list[int]] = {}
    for doc_id, doc in enumerate(docs):
        kinds[doc.kind] = kinds.get(doc.kind, 0) + 1
        depts.setdefault(doc.dept, [doc.dept, doc.dept_name, 0])[2] += 1
        years.setdefault(doc.year, [doc.year, doc_id, doc_id])[2] = doc_id + 1
    return {
        "format": FORMAT,
        "docs": len(docs),
        "buckets": buckets,
        "split": split,
        "inline_max": INLINE_MAX,
        "chunk_postings": CHUNK_POSTINGS,
        "rows_per_chunk": ROWS_PER_CHUNK,
        "keys": key_count,
        "key_pages": key_pages,
        "dirs": {"keys": "keys/", "grams": "grams/", "rows": "rows/"},
        "root": root,
        "row_fields": list(ROW_FIELDS),
        "weights": WEIGHTS,
        "kinds": [[k, kinds[k]] for k in sorted(kinds)],
        "depts": [depts[d] for d in sorted(depts)],
        "years": [years[y] for y in sorted(years, reverse=True)],
    }


def write_index(
    docs: Iterable[SearchDoc], out_dir: Path, *, root: str = "../", workers: int | None = None
) -> IndexStats:
    """Write the index for ``docs`` into ``out_dir``, which it owns (stale files there are removed).

    ``root`` is the path from out_dir back to the site root. ``workers`` is 1 or 2 (default: 2 from
    PARALLEL_MIN_DOCS records, in new processes: see parallel.py); the output is the same either way.
    """
    # Millions of small lists would make the cyclic collector rescan the heap again and again; nothing
    # built here forms reference cycles, so pausing it changes no result.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _write_index(ordered(docs), Path(out_dir), root, workers)
    finally:
        if was_enabled:
            gc.enable()


def _write_index(docs: list[SearchDoc], out_dir: Path, root: str, workers: int | None) -> IndexStats:
    if workers is None:
        workers = 2 if len(docs) >= PARALLEL_MIN_DOCS and can_run() else 1
    out = TreeWriter(out_dir)
    split = han_split(docs)
    if workers > 1:
        pool = ParallelBuckets(docs, split, out)
        try:
            keys, key_pages = _write_keys(out, docs)
            row_chunks = _write_rows(out, docs)
            results = pool.finish()
        except BaseException:
            pool.abort()
            raise
        tokens = sum(r.tokens for r in results)
        buckets = results[0].buckets
        for r in results:
            out.absorb(r.seen, r.written, r.bytes)
    else:
        postings = collect(docs)
        buckets = bucket_count(total_postings(postings))
        tokens = write_buckets(out, postings, buckets, split, len(docs))
        del postings
        keys, key_pages = _write_keys(out, docs)
        row_chunks = _write_rows(out, docs)
    out.put("meta.json", _dump(build_meta(docs, buckets, split, keys, key_pages, root)))
    removed = out.prune(MANAGED)
    return IndexStats(
        docs=len(docs),
        keys=keys,
        key_pages=key_pages,
        tokens=tokens,
        buckets=buckets,
        chunk_files=sum(1 for rel in out.seen if rel.startswith("grams/p/")),
        row_chunks=row_chunks,
        files=len(out.seen),
        bytes=out.bytes,
        written=out.written,
        removed=removed,
    )
