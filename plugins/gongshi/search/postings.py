"""Posting lists: token → ascending doc ids, per field, and their compact JSON encoding."""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import partial
from itertools import repeat
from operator import sub

from .docs import SearchDoc
from .tokenizer import index_token_set, text_token_set

# Field letters used in bucket entries. Order = ranking weight order (name above title above text);
# "f" holds the filter facets (kind:…, dept:…), which are never scored. Name and title keep every index token
# (single characters too); the long text keeps the pairs, ASCII runs and the characters at the edges of Han
# runs (tokenizer.text_token_set): 39% fewer text postings than every unigram (synthetic corpus).
FIELDS = ("n", "i", "t", "f")
WEIGHTS = {"n": 100, "i": 10, "t": 1}

Postings = dict[str, dict[str, array]]


INDEXED = ("name", "title", "text", "kind", "dept")  # the SearchDoc attributes the postings come from


def doc_fields(doc: SearchDoc) -> dict[str, set[str]]:
    """The distinct tokens of each field of one document, each token under its best field only."""
    return field_tokens(doc.name, doc.title, doc.text, doc.kind, doc.dept)


def field_tokens(name: str, title: str, text: str, kind: str, dept: str) -> dict[str, set[str]]:
    """doc_fields() of the INDEXED values.

    Ranking takes a token's best field (name above title above text), so a title or text token that the
    name already holds adds nothing but postings; penalty titles and texts repeat the party's name.
    """
    name_tokens = index_token_set(name)
    title_tokens = index_token_set(title)
    text_tokens = text_token_set(text)
    title_tokens -= name_tokens
    text_tokens -= name_tokens
    text_tokens -= title_tokens
    return {"n": name_tokens, "i": title_tokens, "t": text_tokens, "f": {f"kind:{kind}", f"dept:{dept}"}}


def new_postings() -> Postings:
    """Empty postings, to be filled by add_docs() and closed by done()."""
    return {field: defaultdict(partial(array, "I")) for field in FIELDS}


def add_docs(postings: Postings, docs: Iterable[Iterable[Collection[str]]], first_id: int) -> None:
    """Add documents given as their distinct tokens per field (in FIELDS order), doc ids from ``first_id``."""
    lists = [postings[field] for field in FIELDS]
    append = array.append
    for doc_id, fields in enumerate(docs, start=first_id):
        for into, tokens in zip(lists, fields, strict=True):
            # any() drives the appends in C; array.append returns None, so it never stops early.
            any(map(append, map(into.__getitem__, tokens), repeat(doc_id, len(tokens))))


def done(postings: Postings) -> Postings:
    """The postings, their lists behaving like plain dicts from here on (no entry made by a lookup)."""
    for lists in postings.values():
        lists.default_factory = None  # type: ignore[attr-defined]
    return postings


def collect(docs: Iterable[SearchDoc], first_id: int = 0) -> Postings:
    """Postings of every field; the k-th document (from 0) gets doc id ``first_id + k``."""
    postings = new_postings()
    add_docs(postings, (doc_fields(doc).values() for doc in docs), first_id)
    return done(postings)


def total_postings(postings: Postings) -> int:
    """How many (token, field, doc) postings there are."""
    return sum(sum(map(len, lists.values())) for lists in postings.values())


class Numerals:
    """JSON arrays of ids, joined from one prebuilt string per number below ``bound`` (the doc count):
    a string built per number would be a fresh allocation each time, scattered over a large heap."""

    def __init__(self, bound: int) -> None:
        self._text = list(map(str, range(max(bound, 1))))
        self._utf8 = repeat(list(map(str.encode, self._text)).__getitem__)

    def ids(self, ids: Sequence[int]) -> str:
        """The ids as they are."""
        return "[" + ",".join(map(self._text.__getitem__, ids)) + "]"

    def entries(self, tokens: Iterable[str], lists: Iterable[Sequence[int]]) -> Iterator[bytes]:
        """``"token":ids()`` of each token and its list, in UTF-8, computed in C."""
        ids = map(b",".join, map(map, self._utf8, lists))
        return map(b'"%b":[%b]'.__mod__, zip(map(str.encode, tokens), ids, strict=True))

    def gaps(self, ids: array) -> str:
        """The ids delta-encoded: the first id, then the gaps (small numbers compress well)."""
        values = ids.tolist()
        return "[" + ",".join(map(self._text.__getitem__, map(sub, values, [0, *values[:-1]]))) + "]"
