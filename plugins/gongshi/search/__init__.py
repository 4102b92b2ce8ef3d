"""Client-side search for the 双公示 columns: shared tokenizer, sharded static index, per-scope lunr indexes."""

from .index import IndexStats, SearchDoc, write_index
from .tokenizer import (
    bucket_hash,
    canonical_docno,
    identifier_key,
    index_tokens,
    looks_like_docno,
    looks_like_identifier,
    normalize,
    query_tokens,
    utf16_key,
)

__all__ = [
    "IndexStats",
    "SearchDoc",
    "bucket_hash",
    "canonical_docno",
    "identifier_key",
    "index_tokens",
    "looks_like_docno",
    "looks_like_identifier",
    "normalize",
    "query_tokens",
    "utf16_key",
    "write_index",
]
