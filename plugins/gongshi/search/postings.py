"""Posting lists: token → ascending doc ids, per field, and their compact JSON encoding."""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Sequence
from itertools import repeat
from operator import sub

from .docs import SearchDoc
from .partition import Part
from .tokenizer import WORD, index_token_set, scan_text, text_token_set

# Field letters used in bucket entries. Order = ranking weight order (name above title above text);
# "f" holds the filter facets (kind:…, dept:…), which are never scored. Name and title keep every index token
# (single characters too); the long text keeps the pairs, ASCII runs and the characters at the edges of Han
# runs (tokenizer.text_token_set): 39% fewer text postings than every unigram (synthetic corpus).
FIELDS = ("n", "i", "t", "f")
WEIGHTS = {"n": 100, "i": 10, "t": 1}

Postings = dict[str, dict[str, array]]


def doc_fields(doc: SearchDoc, part: Part | None = None) -> dict[str, set[str]]:
    """The distinct tokens of each field of one document, each token under its best field only.

    Ranking takes a token's best field (name above title above text), so a title or text token that the
    name already holds adds nothing but postings; penalty titles and texts repeat the party's name.
    With ``part``, only the tokens of that part of the token space.
    """
    if part is None:
        name = index_token_set(doc.name)
        title = index_token_set(doc.title)
        text = text_token_set(doc.text)
        facets = {f"kind:{doc.kind}", f"dept:{doc.dept}"}
    else:
        name = part.keep(index_token_set(doc.name))
        title = part.keep(index_token_set(doc.title))
        s = scan_text(doc.text)
        text = set(part.pairs.findall(s))
        text.update(part.edges.findall(s))
        if part.part == 0:
            text.update(WORD.findall(s))
        facets = {f"kind:{doc.kind}", f"dept:{doc.dept}"} if part.part == 0 else set()
    title -= name
    text -= name
    text -= title
    return {"n": name, "i": title, "t": text, "f": facets}


def collect(docs: Sequence[SearchDoc], part: Part | None = None) -> Postings:
    """Postings of every field (of one part of the token space); doc ids are positions in ``docs``."""
    out: Postings = {field: defaultdict(_new_list) for field in FIELDS}
    append = array.append
    for doc_id, doc in enumerate(docs):
        for field, tokens in doc_fields(doc, part).items():
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


def encode_ids(ids: Sequence[int]) -> str:
    """JSON array of the delta-encoded ids: the first id, then the gaps (small numbers compress well)."""
    if not ids:
        return "[]"
    gaps = ",".join(map(str, map(sub, ids[1:], ids[:-1])))
    return f"[{ids[0]},{gaps}]" if gaps else f"[{ids[0]}]"
