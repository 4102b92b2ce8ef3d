"""The identifier key table: USCC, 许可编号 and 文号 keys, sorted by UTF-16 and cut into pages."""

from __future__ import annotations

from collections.abc import Sequence

from .docs import SearchDoc
from .tokenizer import identifier_key, utf16_key

PAGE_KEYS = 512

KeyEntry = tuple[str, list[int]]


def doc_keys(doc: SearchDoc) -> set[str]:
    """The identifier keys of one document (empty identifiers give none)."""
    raw = (doc.uscc, doc.cert_no, doc.docno)
    return {key for key in (identifier_key(v) for v in raw if v) if key}


def key_table(docs: Sequence[SearchDoc]) -> list[KeyEntry]:
    """Every distinct key with its ascending doc ids, in JavaScript string order."""
    table: dict[str, list[int]] = {}
    for doc_id, doc in enumerate(docs):
        for key in doc_keys(doc):
            table.setdefault(key, []).append(doc_id)
    return [(key, table[key]) for key in sorted(table, key=utf16_key)]


def pages(table: list[KeyEntry], size: int = PAGE_KEYS) -> list[list[KeyEntry]]:
    """The table cut into pages of ``size`` keys."""
    return [table[i : i + size] for i in range(0, len(table), size)]
