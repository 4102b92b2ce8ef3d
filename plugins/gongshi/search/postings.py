"""Posting lists: token → ascending doc ids, per field, and their compact JSON encoding."""

from __future__ import annotations

import zlib
from array import array
from collections import defaultdict
from collections.abc import Sequence
from itertools import repeat
from operator import sub

from .docs import SearchDoc
from .tokenizer import index_token_set, text_token_set

# Field letters used in bucket entries. Order = ranking weight order (name above title above text);
# "f" holds the filter facets (kind:…, dept:…), which are never scored. Name and title keep every index token
# (single characters too); the long text keeps the pairs, ASCII runs and the characters at the edges of Han
# runs (tokenizer.text_token_set), at 35% fewer postings than every unigram.
FIELDS = ("n", "i", "t", "f")
WEIGHTS = {"n": 100, "i": 10, "t": 1}

Postings = dict[str, dict[str, array]]


def doc_fields(doc: SearchDoc) -> dict[str, set[str]]:
    """The distinct tokens of each field of one document, each token under its best field only.

    Ranking takes a token's best field (name above title above text), so a title or text token that the
    name already holds adds nothing but postings; penalty titles and texts repeat the party's name.
    """
    name = index_token_set(doc.name)
    title = index_token_set(doc.title) - name
    text = text_token_set(doc.text)
    text -= name
    text -= title
    return {"n": name, "i": title, "t": text, "f": {f"kind:{doc.kind}", f"dept:{doc.dept}"}}


def collect(docs: Sequence[SearchDoc], start: int = 0) -> Postings:
    """Postings of every field; doc ids are ``start`` + positions in ``docs``, so each list is ascending."""
    out: Postings = {field: defaultdict(_new_list) for field in FIELDS}
    append = array.append
    for doc_id, doc in enumerate(docs, start):
        for field, tokens in doc_fields(doc).items():
            # any() drives the appends in C; array.append returns None, so it never stops early.
            any(map(append, map(out[field].__getitem__, tokens), repeat(doc_id, len(tokens))))
    for lists in out.values():
        lists.default_factory = None  # behave like a plain dict from here on
    return out


def _new_list() -> array:
    return array("I")


def total_postings(postings: Postings) -> int:
    """How many (token, field, doc) postings there are."""
    return sum(sum(map(len, lists.values())) for lists in postings.values())


def split_by_parity(postings: Postings) -> tuple[Postings, Postings]:
    """The postings whose token's bucket hash is even, and those whose is odd (they land in even / odd
    buckets because the bucket count is even)."""
    halves: tuple[Postings, Postings] = ({}, {})
    for field, lists in postings.items():
        even: dict[str, array] = {}
        odd: dict[str, array] = {}
        targets = (even, odd)
        for (tok, ids), h in zip(lists.items(), map(zlib.crc32, map(str.encode, lists)), strict=True):
            targets[h & 1][tok] = ids
        halves[0][field] = even
        halves[1][field] = odd
    return halves


def merge(low: Postings, high: Postings) -> Postings:
    """Postings of two doc-id ranges, ``low``'s ids all below ``high``'s; ``low`` is extended in place."""
    for field, lists in high.items():
        target = low.setdefault(field, {})
        for tok, ids in lists.items():
            have = target.get(tok)
            if have is None:
                target[tok] = ids
            else:
                have.extend(ids)
    return low


def encode_ids(ids: Sequence[int]) -> str:
    """JSON array of the delta-encoded ids: the first id, then the gaps (small numbers compress well)."""
    if not ids:
        return "[]"
    gaps = ",".join(map(str, map(sub, ids[1:], ids[:-1])))
    return f"[{ids[0]},{gaps}]" if gaps else f"[{ids[0]}]"
