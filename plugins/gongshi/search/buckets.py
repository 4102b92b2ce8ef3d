"""Posting buckets and the chunk files of frequent tokens (grams/ in the index directory)."""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Sequence

from .partition import part_of
from .postings import FIELDS, Postings, encode_ids
from .tokenizer import bucket_hash
from .writer import TreeWriter

INLINE_MAX = 128  # a token with more ids (all fields together) moves out of its bucket into chunk files
CHUNK_POSTINGS = 8192  # ids aimed at per chunk file of a frequent token
POSTINGS_PER_BUCKET = 4096  # sets the bucket count from the corpus: about 1.5k buckets at 20k records
MAX_BUCKETS = 8192


def bucket_count(total_postings: int) -> int:
    """An even number of buckets (half for each part of the token space), sized from the postings."""
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


def bucket_of(token: str, buckets: int, split: int) -> int:
    """The bucket of a token: half the buckets per part (partition.py), then CRC-32 of its UTF-8."""
    return 2 * (bucket_hash(token) % (buckets // 2)) + part_of(token, split)


def write_buckets(
    out: TreeWriter, postings: Postings, buckets: int, split: int, part: int | None = None
) -> int:
    """Write the buckets (all, or those of one part) and their chunk files, one bucket at a time.

    ``postings`` must hold exactly the tokens of those buckets. Returns how many distinct tokens they hold.
    """
    text = postings["t"]
    mixed = set(postings["n"]).union(postings["i"], postings["f"])
    groups: list[list[str]] = [[] for _ in range(buckets)]
    half, split_char = buckets // 2, chr(split)
    for tok, h in zip(text, map(zlib.crc32, map(str.encode, text)), strict=True):
        groups[2 * (h % half) + (tok >= split_char)].append(tok)
    for tok in mixed.difference(text):
        groups[bucket_of(tok, buckets, split)].append(tok)
    for b, toks in enumerate(groups):
        if part is None or b % 2 == part:
            out.put(f"grams/{b}.json", _bucket_json(out, postings, toks, mixed))
    return len(mixed.union(text))


def _bucket_json(out: TreeWriter, postings: Postings, tokens: list[str], mixed: set[str]) -> str:
    """One bucket file. Tokens are Han characters, [0-9a-z] runs or "kind:…"/"dept:…" slugs, so nothing
    needs JSON escaping; a bare list is short for {"t": list}."""
    text = postings["t"]
    entries = []
    for tok in tokens:
        if tok in mixed:
            lists = {f: postings[f][tok] for f in FIELDS if tok in postings[f]}
            entries.append(f'"{tok}":{_entry(out, tok, lists)}')
            continue
        ids = text[tok]
        if len(ids) <= INLINE_MAX:
            entries.append(f'"{tok}":{ids.tolist()}')  # "[1, 2]": the spaces go below
        else:
            entries.append(f'"{tok}":{_chunked(out, tok, {"t": ids})}')
    entries.sort()  # '"' sorts below every token character, so this sorts the entries by token
    return "{" + ",".join(entries).replace(", ", ",") + "}"
