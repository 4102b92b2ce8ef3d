"""Small lunr indexes, one per department and year, for ranked full-text search inside that scope.

The shared tokenizer does the tokenizing: each field's ``extractor`` hands lunr a list of tokens, and the
builder is a bare ``Builder()`` so that both pipelines are empty (``"pipeline": []``) and lunr.js needs no
registered functions to load the index. lunr.py sorts terms by code point; lunr.js's TokenSet builder needs
them in JavaScript (UTF-16) order, so the inverted index is re-sorted before it is written. The browser side,
theme/static/js/search/lunr_scope.js, patches lunr.TokenSet's toString before loading (see search-notes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lunr.builder import Builder

from .docs import ROW_FIELDS, SearchDoc, ordered
from .keytable import doc_keys
from .tokenizer import index_tokens, utf16_key
from .writer import TreeWriter

FORMAT = 1
BOOSTS = {"n": 10, "k": 10, "i": 3, "t": 1}


@dataclass(frozen=True)
class ScopeStats:
    """One written scope index."""

    dept: str
    year: int
    docs: int
    terms: int
    bytes: int


def lunr_asset_path(repo_root: Path) -> Path:
    """Where ``npm ci`` puts lunr.min.js; the site build copies it next to lunr_scope.js."""
    return Path(repo_root) / "node_modules" / "lunr" / "lunr.min.js"


def _fields(doc: SearchDoc) -> dict[str, list[str]]:
    return {
        "n": index_tokens(doc.name),
        "k": sorted(doc_keys(doc)),
        "i": index_tokens(doc.title),
        "t": index_tokens(doc.text),
    }


def build_scope(docs: Sequence[SearchDoc]) -> dict:
    """The lunr index (serialized, JS term order) and the display rows of already ordered docs."""
    builder = Builder()
    builder.ref("r")
    for field, boost in BOOSTS.items():
        builder.field(field, boost=boost, extractor=lambda d, f=field: d[f])
    for ref, doc in enumerate(docs):
        builder.add({"r": str(ref), **_fields(doc)})
    index = builder.build().serialize()
    index["invertedIndex"].sort(key=lambda pair: utf16_key(pair[0]))
    return {"format": FORMAT, "row_fields": list(ROW_FIELDS), "rows": [d.row() for d in docs], "index": index}


def scopes(docs: Iterable[SearchDoc]) -> dict[tuple[str, int], list[SearchDoc]]:
    """Documents grouped by (department, year), each group in doc-id order."""
    out: dict[tuple[str, int], list[SearchDoc]] = {}
    for doc in ordered(docs):
        out.setdefault((doc.dept, doc.year), []).append(doc)
    return dict(sorted(out.items()))


def write_scope_indexes(docs: Iterable[SearchDoc], out_dir: Path) -> list[ScopeStats]:
    """Write ``out_dir/<dept>/<year>.json`` for every department-year (unchanged files are not rewritten)."""
    out = TreeWriter(Path(out_dir))
    stats = []
    for (dept, year), group in scopes(docs).items():
        data = build_scope(group)
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        before = out.bytes
        out.put(f"{dept}/{year}.json", text)
        stats.append(
            ScopeStats(dept, year, len(group), len(data["index"]["invertedIndex"]), out.bytes - before)
        )
    out.prune(tuple(sorted({rel.split("/", 1)[0] for rel in out.existing})))
    return stats
