"""Posting buckets and the chunk files of frequent tokens (grams/ in the index directory)."""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Sequence

from .postings import FIELDS, Postings, encode_ids
from .tokenizer import bucket_hash
from .writer import TreeWriter

INLINE_MAX = 128  # a token with more ids (all fields together) moves out of its bucket into chunk files
CHUNK_POSTINGS = 8192  # ids aimed at per chunk file of a frequent token
POSTINGS_PER_BUCKET = 4096  # sets the bucket count from the corpus: about 1.5k buckets at 20k records
MAX_BUCKETS = 8192


def bucket_count(total_postings: int) -> int:
    """An even number of buckets (so that workers can split them by parity) sized from the postings."""
    half = math.ceil(total_postings / POSTINGS_PER_BUCKET / 2)
    return max(2, min(MAX_BUCKETS, 2 * half))


def _stem(token: str) -> str:
    """A file-name-safe name for a frequent token's chunk files: its UTF-8 in hex, hashed when long."""
    stem = token.encode("utf-8").hex()
    return stem if len(stem) <= 64 else f"{stem[:40]}-{hashlib.sha256(token.encode()).hexdigest()[:24]}"


def _fields_json(lists: dict[str, Sequence[int]]) -> str:
    """A chunk file: per field, the ids delta-encoded (frequent tokens have dense lists: small gaps)."""
    return "{" + ",".join(f'"{f}":{encode_ids(ids)}' for f, ids in lists.items() if ids) + "}"


def _inline_json(lists: dict[str, array]) -> str:
    """An inline entry: per field, the ids as they are (short lists of rare tokens gain little from deltas)."""
    return "{" + ",".join(f'"{f}":{ids.tolist()}' for f, ids in lists.items() if ids) + "}"


def _chunk_starts(lists: dict[str, Sequence[int]], total: int) -> list[int]:
    """Doc-id starts of the chunks of a frequent token, cut at quantiles of its longest list."""
    longest = max(lists.values(), key=len)
    n = math.ceil(total / CHUNK_POSTINGS)
    cuts = {longest[(j * len(longest)) // n] for j in range(1, n)}
    return [0, *sorted(c for c in cuts if c > 0)]


def _chunked(out: TreeWriter, token: str, lists: dict[str, Sequence[int]]) -> str:
    """Write a frequent token's chunk files; returns its bucket entry."""
    stem = _stem(token)
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
    starts_json = json.dumps(starts, separators=(",", ":"))
    return f'{{"c":{starts_json},"d":[{counts}],"p":"{stem}"}}'


def _entry(out: TreeWriter, token: str, lists: dict[str, array]) -> str:
    """One token's bucket entry: its lists inline, or a pointer to chunk files when it is frequent."""
    if sum(map(len, lists.values())) <= INLINE_MAX:
        return _inline_json(lists)
    return _chunked(out, token, lists)


def write_buckets(out: TreeWriter, postings: Postings, buckets: int, parity: int | None = None) -> int:
    """Write the buckets (all, or those whose number has the given parity) and their chunk files.

    ``postings`` must hold exactly the tokens of those buckets. Returns how many distinct tokens they hold.
    """
    parts: list[list[str]] = [[] for _ in range(buckets)]
    text = postings["t"]
    mixed = set(postings["n"]).union(postings["i"], postings["f"])
    # Most tokens occur in the text only, and most of those in one record: walk the text dict in its own
    # order (memory order) and format those entries directly. Tokens are Han characters, [0-9a-z] runs or
    # "kind:…"/"dept:…" slugs, so nothing needs JSON escaping. A bare list is short for {"t": list}.
    for (tok, ids), h in zip(text.items(), map(zlib.crc32, map(str.encode, text)), strict=True):
        if tok in mixed:
            continue
        if len(ids) <= INLINE_MAX:
            parts[h % buckets].append(f'"{tok}":{ids.tolist()}')  # "[1, 2]": spaces go below
        else:
            parts[h % buckets].append(f'"{tok}":{_chunked(out, tok, {"t": ids})}')
    for tok in sorted(mixed):
        lists = {f: postings[f][tok] for f in FIELDS if tok in postings[f]}
        parts[bucket_hash(tok) % buckets].append(f'"{tok}":{_entry(out, tok, lists)}')
    for b, entries in enumerate(parts):
        if parity is None or b % 2 == parity:
            # '"' sorts below every token character, so sorting entries sorts them by token.
            entries.sort()
            out.put(f"grams/{b}.json", "{" + ",".join(entries).replace(", ", ",") + "}")
    return len(mixed.union(text))
