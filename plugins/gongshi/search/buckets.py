"""Posting buckets and the chunk files of frequent tokens (grams/ in the index directory)."""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import compress, repeat, starmap
from operator import add, ge, lt, mod, mul

from .partition import part_of
from .postings import FIELDS, Numerals, Postings
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


def _fields_json(lists: dict[str, array], num: Numerals) -> str:
    """A chunk file: per field, the ids delta-encoded (frequent tokens have dense lists: small gaps)."""
    return "{" + ",".join(f'"{f}":{num.gaps(ids)}' for f, ids in lists.items() if ids) + "}"


def _inline_json(lists: dict[str, array], num: Numerals) -> str:
    """An inline entry: per field, the ids as they are (short lists of rare tokens gain little from deltas)."""
    return "{" + ",".join(f'"{f}":{num.ids(ids)}' for f, ids in lists.items() if ids) + "}"


def _chunk_starts(lists: dict[str, Sequence[int]], total: int) -> list[int]:
    """Doc-id starts of the chunks of a frequent token, cut at quantiles of its longest list."""
    longest = max(lists.values(), key=len)
    n = math.ceil(total / CHUNK_POSTINGS)
    cuts = {longest[(j * len(longest)) // n] for j in range(1, n)}
    return [0, *sorted(c for c in cuts if c > 0)]


def _chunked(out: TreeWriter, token: str, lists: dict[str, array], num: Numerals) -> str:
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
        out.put(f"grams/p/{stem}.{k}.json", _fields_json(part, num))
    counts = ",".join(str(len(lists.get(f, ()))) for f in FIELDS)
    starts_json = json.dumps(starts, separators=(",", ":"))
    return f'{{"c":{starts_json},"d":[{counts}],"p":"{stem}"}}'


def _entry(out: TreeWriter, token: str, lists: dict[str, array], num: Numerals) -> str:
    """One token's bucket entry: its lists inline, or a pointer to chunk files when it is frequent."""
    if sum(map(len, lists.values())) <= INLINE_MAX:
        return _inline_json(lists, num)
    return _chunked(out, token, lists, num)


def bucket_of(token: str, buckets: int, split: int) -> int:
    """The bucket of a token: half the buckets per part (partition.py), then CRC-32 of its UTF-8."""
    return 2 * (bucket_hash(token) % (buckets // 2)) + part_of(token, split)


def write_buckets(
    out: TreeWriter, postings: Postings, buckets: int, split: int, docs: int, part: int | None = None
) -> int:
    """Write the buckets (all, or those of one part) and the chunk files of their frequent tokens.

    ``postings`` must hold exactly the tokens of those buckets, with doc ids below ``docs``; it is emptied
    on the way, so that its lists are freed before the bucket texts are joined. Returns how many distinct
    tokens they hold.
    """
    num = Numerals(docs)
    text = postings["t"]
    # Entries other than a short list of text ids: tokens with a name, title or filter list, and tokens
    # too frequent to inline (their chunk files are written here).
    special = {}
    for tok in set(postings["n"]).union(postings["i"], postings["f"]):
        special[tok] = _entry(out, tok, {f: postings[f][tok] for f in FIELDS if tok in postings[f]}, num)
    frequent = compress(text.items(), map(lt, repeat(INLINE_MAX), map(len, text.values())))
    for tok, ids in list(frequent):
        if tok not in special:
            special[tok] = _chunked(out, tok, {"t": ids}, num)
    # One pass over the lists in the order they were made, which is their order in memory (looking a
    # million small lists up bucket by bucket would miss the cache at nearly every one), from the last,
    # so that each is freed as soon as it is formatted. Entries are kept as UTF-8: half the memory of a
    # str that holds a Han character, and bytes sort as their str would.
    for tok in special:
        text.pop(tok, None)
    inline = list(text)
    inline.reverse()  # the order in which the lists are popped below
    lists = list(text.values())
    for field_lists in postings.values():
        field_lists.clear()
    groups: list[list[bytes]] = [[] for _ in range(buckets)]
    _deal(
        groups,
        _buckets_of(inline, buckets, split),
        num.entries(inline, starmap(lists.pop, repeat((), len(lists)))),
    )
    specials = map(str.encode, map('"{}":{}'.format, special, special.values()))
    _deal(groups, _buckets_of(list(special), buckets, split), specials)
    for b in range(part or 0, buckets, 1 if part is None else 2):
        out.put_bytes(f"grams/{b}.json", _bucket_json(groups[b]))
        groups[b] = []
    return len(inline) + len(special)


def _buckets_of(tokens: list[str], buckets: int, split: int) -> array:
    """bucket_of() of each token, computed in C."""
    hashes = map(zlib.crc32, map(str.encode, tokens))
    parts = map(ge, tokens, repeat(chr(split)))  # partition.part_of
    return array("I", map(add, map(mul, map(mod, hashes, repeat(buckets // 2)), repeat(2)), parts))


def _deal(groups: list[list[bytes]], where: array, entries: Iterable[bytes]) -> None:
    """Add each entry (``"token":value`` in UTF-8) to the group of its bucket."""
    any(map(list.append, map(groups.__getitem__, where), entries))


def _bucket_json(entries: list[bytes]) -> bytes:
    """One bucket file from its entries. Tokens are Han characters, [0-9a-z] runs or "kind:…"/"dept:…"
    slugs, so nothing needs JSON escaping; a bare list is short for {"t": list}."""
    entries.sort()  # '"' sorts below every token character, so this sorts the entries by token
    return b"{" + b",".join(entries) + b"}"
