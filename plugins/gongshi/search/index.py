"""The sharded static search index: identifier key pages, token posting buckets and display row chunks.

Layout of ``out_dir`` (all JSON, UTF-8, deterministic):

* ``meta.json`` — format, counts, bucket count, filter values (kinds, depts, year → doc-id range).
* ``keys/dir.json`` — the first key of each key page; ``keys/<p>.json`` — ``[[key, [ids…]], …]`` in UTF-16 order.
* ``grams/<b>.json`` — bucket ``b = crc32(utf8(token)) % buckets``: ``{token: entry}``. An entry is either
  ``{field: ids}`` (delta-encoded ids per field), a bare ``ids`` list (short for ``{"t": ids}``), or, for a frequent token, ``{"c": starts, "d": counts, "p": stem}``:
  chunk ``k`` is ``grams/p/<stem>.<k>.json`` = ``{field: ids}`` for doc ids ``starts[k] <= id < starts[k+1]``;
  ``d`` counts the token's ids per field in FIELDS order. Fields: ``n`` name, ``i`` title, ``t`` text,
  ``f`` filters (``kind:…``, ``dept:…``).
* ``rows/<c>.json`` — display rows of doc ids ``16c … 16c+15`` (fields named in meta ``row_fields``).

Doc ids are positions after sorting by date (newest first), then url.
"""

from __future__ import annotations

import gc
import json
import math
import zlib
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .docs import ROW_FIELDS, SearchDoc, ordered
from .keytable import key_table, pages
from .postings import FIELDS, WEIGHTS, Postings, collect, encode_ids
from .tokenizer import bucket_hash
from .writer import TreeWriter

__all__ = ["FORMAT", "IndexStats", "SearchDoc", "write_index"]

FORMAT = 1
ROWS_PER_CHUNK = 16
INLINE_MAX = 128  # a token with more postings (all fields) moves out of its bucket into chunk files
CHUNK_POSTINGS = 8192  # postings aimed at per chunk file of a frequent token
BUCKET_BYTES = 12_000  # bucket size aimed at (raw); about 4 KB gzip
ENTRY_BYTES, ID_BYTES = 13, 5  # estimated cost of one inline token entry and of one id in it
MAX_BUCKETS = 8192
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


def bucket_count(postings: Postings) -> int:
    """Buckets sized from the corpus so that each file is about BUCKET_BYTES before compression."""
    inline = [list(filter(INLINE_MAX.__ge__, map(len, lists.values()))) for lists in postings.values()]
    tokens = sum(map(len, inline))
    ids = sum(map(sum, inline))
    return max(1, min(MAX_BUCKETS, math.ceil((ENTRY_BYTES * tokens + ID_BYTES * ids) / BUCKET_BYTES)))


def _stem(token: str, used: set[str]) -> str:
    """A file-name-safe, unique name for a frequent token's chunk files."""
    stem = token.encode("utf-8").hex()
    if len(stem) > 64:
        stem = f"{stem[:54]}-{bucket_hash(token):08x}"
    base, n = stem, 1
    while stem in used:
        stem, n = f"{base}-{n}", n + 1
    used.add(stem)
    return stem


def _fields_json(lists: dict[str, Sequence[int]]) -> str:
    return "{" + ",".join(f'"{f}":{encode_ids(ids)}' for f, ids in lists.items() if ids) + "}"


def _chunk_starts(lists: dict[str, Sequence[int]], total: int) -> list[int]:
    """Doc-id starts of the chunks of a frequent token, cut at quantiles of its longest list."""
    longest = max(lists.values(), key=len)
    n = math.ceil(total / CHUNK_POSTINGS)
    cuts = {longest[(j * len(longest)) // n] for j in range(1, n)}
    return [0, *sorted(c for c in cuts if c > 0)]


def _chunked(out: TreeWriter, token: str, lists: dict[str, Sequence[int]], used: set[str]) -> str:
    """Write a frequent token's chunk files; returns its bucket entry."""
    stem = _stem(token, used)
    starts = _chunk_starts(lists, sum(map(len, lists.values())))
    bounds = [*starts[1:], None]
    for k, (lo, hi) in enumerate(zip(starts, bounds, strict=True)):
        part = {}
        for f, ids in lists.items():
            a = bisect_left(ids, lo)
            b = len(ids) if hi is None else bisect_left(ids, hi)
            part[f] = ids[a:b]
        out.put(f"grams/p/{stem}.{k}.json", _fields_json(part))
    counts = ",".join(str(len(lists.get(f, ()))) for f in FIELDS)
    return f'{{"c":{_dump(starts)},"d":[{counts}],"p":"{stem}"}}'


def _entry(out: TreeWriter, token: str, lists: dict[str, Sequence[int]], used: set[str]) -> str:
    """One token's bucket entry: its lists inline, or a pointer to chunk files when it is frequent."""
    if sum(map(len, lists.values())) <= INLINE_MAX:
        return _fields_json(lists)
    return _chunked(out, token, lists, used)


def _bucket_json(
    out: TreeWriter, postings: Postings, tokens: list[str], mixed: set[str], used: set[str]
) -> str:
    """A bucket file; the loop is tight because most tokens occur once, in the text only."""
    text = postings["t"]
    parts = []
    for tok in tokens:
        # Tokens are Han characters, [0-9a-z] runs or "kind:…"/"dept:…" slugs: nothing needs JSON escaping.
        if tok in mixed:
            lists = {f: postings[f][tok] for f in FIELDS if tok in postings[f]}
            parts.append(f'"{tok}":{_entry(out, tok, lists, used)}')
            continue
        ids = text[tok]  # a bare list is short for {"t": list}
        if len(ids) == 1:
            parts.append(f'"{tok}":[{ids[0]}]')
        elif len(ids) <= INLINE_MAX:
            parts.append(f'"{tok}":{encode_ids(ids)}')
        else:
            parts.append(f'"{tok}":{_chunked(out, tok, {"t": ids}, used)}')
    return "{" + ",".join(parts) + "}"


def _write_buckets(out: TreeWriter, postings: Postings, buckets: int) -> tuple[int, int]:
    """Write every bucket and chunk file; returns (distinct tokens, chunk files)."""
    mixed = set(postings["n"]).union(postings["i"], postings["f"])
    tokens = mixed.union(postings["t"])
    by_bucket: list[list[str]] = [[] for _ in range(buckets)]
    for tok, h in zip(tokens, map(zlib.crc32, map(str.encode, tokens)), strict=True):
        by_bucket[h % buckets].append(tok)
    used: set[str] = set()
    for b, toks in enumerate(by_bucket):
        toks.sort()  # any fixed order will do: the client reads a bucket as an object
        out.put(f"grams/{b}.json", _bucket_json(out, postings, toks, mixed, used))
    return len(tokens), sum(1 for rel in out.seen if rel.startswith("grams/p/"))


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
    n = 0
    for n, start in enumerate(range(0, len(docs), ROWS_PER_CHUNK), start=1):
        out.put(f"rows/{n - 1}.json", _dump([d.row() for d in docs[start : start + ROWS_PER_CHUNK]]))
    return n


def build_meta(docs: Sequence[SearchDoc], buckets: int, key_count: int, key_pages: int, root: str) -> dict:
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


def write_index(docs: Iterable[SearchDoc], out_dir: Path, *, root: str = "../") -> IndexStats:
    """Write the index for ``docs`` into ``out_dir`` (``root``: path from out_dir back to the site root)."""
    # Millions of small lists would make the cyclic collector rescan the heap again and again; nothing
    # built here forms reference cycles, so pausing it changes no result.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _write_index(docs, Path(out_dir), root)
    finally:
        if was_enabled:
            gc.enable()


def _write_index(docs: Iterable[SearchDoc], out_dir: Path, root: str) -> IndexStats:
    ordered_docs = ordered(docs)
    out = TreeWriter(out_dir)
    postings = collect(ordered_docs)
    buckets = bucket_count(postings)
    tokens, chunk_files = _write_buckets(out, postings, buckets)
    del postings
    keys, key_pages = _write_keys(out, ordered_docs)
    row_chunks = _write_rows(out, ordered_docs)
    out.put("meta.json", _dump(build_meta(ordered_docs, buckets, keys, key_pages, root)))
    removed = out.prune(MANAGED)
    return IndexStats(
        docs=len(ordered_docs),
        keys=keys,
        key_pages=key_pages,
        tokens=tokens,
        buckets=buckets,
        chunk_files=chunk_files,
        row_chunks=row_chunks,
        files=len(out.seen),
        bytes=out.bytes,
        written=out.written,
        removed=removed,
    )
