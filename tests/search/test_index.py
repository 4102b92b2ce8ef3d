"""The sharded index writer: layout, determinism, incremental rewrites, and that every token finds its record."""

from __future__ import annotations

import functools
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest
from make_fixture import HANDMADE, TARGET
from synth import synth_docs

from gongshi.search.buckets import bucket_of
from gongshi.search.docs import ordered
from gongshi.search.index import write_index
from gongshi.search.keytable import PAGE_KEYS
from gongshi.search.postings import doc_fields
from gongshi.search.tokenizer import canonical_docno, utf16_key

DOCS = [*synth_docs(500, seed=21), *HANDMADE]


def _read(index: Path, rel: str) -> object:
    return json.loads((index / rel).read_text(encoding="utf-8"))


def _gaps_to_ids(gaps: list[int]) -> list[int]:
    out, acc = [], 0
    for g in gaps:
        acc += g
        out.append(acc)
    return out


@functools.lru_cache(maxsize=4096)
def _read_cached(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))


def postings_of(index: Path, token: str) -> dict[str, list[int]]:
    """What the client would read for one token: its bucket entry, and its chunk files if it has them."""
    meta = _read_cached(index / "meta.json")
    bucket = _read_cached(index / f"grams/{bucket_of(token, meta['buckets'], meta['split'])}.json")
    entry = bucket.get(token)
    if entry is None:
        return {}
    if isinstance(entry, list):
        return {"t": entry}
    if "p" not in entry:
        return entry
    lists: dict[str, list[int]] = {}
    for k in range(len(entry["c"])):
        for field, gaps in _read_cached(index / f"grams/p/{entry['p']}.{k}.json").items():
            lists.setdefault(field, []).extend(_gaps_to_ids(gaps))
    return lists


def tree(index: Path) -> dict[str, bytes]:
    return {str(p.relative_to(index)): p.read_bytes() for p in sorted(index.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("index")
    write_index(DOCS, out, workers=1)
    return out


def test_layout_and_meta(index: Path) -> None:
    meta = _read(index, "meta.json")
    assert meta["format"] == 1 and meta["docs"] == len(DOCS)
    assert meta["buckets"] % 2 == 0
    assert sorted(p.name for p in index.iterdir()) == ["grams", "keys", "meta.json", "rows"]
    assert len(list((index / "grams").glob("*.json"))) == meta["buckets"]
    assert sum(c for _, c in meta["kinds"]) == len(DOCS)
    assert sum(c for _, _, c in meta["depts"]) == len(DOCS)
    docs = ordered(DOCS)
    for year, first, end in meta["years"]:
        assert {d.year for d in docs[first:end]} == {year}
    assert meta["years"][0][1] == 0 and meta["years"][-1][2] == len(DOCS)


def test_every_token_of_every_record_lists_it_under_its_best_field(index: Path) -> None:
    for doc_id, doc in enumerate(ordered(DOCS)):
        if doc_id % 7 and doc not in HANDMADE:
            continue
        for field, tokens in doc_fields(doc).items():
            for tok in tokens:
                assert doc_id in postings_of(index, tok).get(field, []), (doc.url, field, tok)


def test_frequent_tokens_go_to_chunk_files(index: Path) -> None:
    lists = postings_of(index, "有限")
    assert sum(map(len, lists.values())) > 128
    assert all(ids == sorted(set(ids)) for ids in lists.values())
    assert list((index / "grams" / "p").glob(f"{'有限'.encode().hex()}.*.json"))


def test_rows_follow_doc_order(index: Path) -> None:
    docs = ordered(DOCS)
    meta = _read(index, "meta.json")
    per = meta["rows_per_chunk"]
    for doc_id in (0, 15, 16, len(docs) - 1):
        row = _read(index, f"rows/{doc_id // per}.json")[doc_id % per]
        assert dict(zip(meta["row_fields"], row, strict=True))["url"] == docs[doc_id].url
    dates = [d.date for d in docs]
    assert dates == sorted(dates, reverse=True)


def test_key_pages_are_sorted_in_javascript_order(index: Path) -> None:
    first_keys = _read(index, "keys/dir.json")
    keys = []
    for p in range(len(first_keys)):
        page = _read(index, f"keys/{p}.json")
        assert 0 < len(page) <= PAGE_KEYS and page[0][0] == first_keys[p]
        keys.extend(k for k, _ in page)
    assert keys == sorted(keys, key=utf16_key) and len(keys) == len(set(keys))
    table = dict(kv for p in range(len(first_keys)) for kv in _read(index, f"keys/{p}.json"))
    target_id = [d.url for d in ordered(DOCS)].index(TARGET.url)
    assert target_id in table[canonical_docno("上市监罚（2024）第0123号")]
    assert target_id in table[TARGET.uscc.lower()]


def test_same_input_in_any_order_gives_the_same_bytes(index: Path, tmp_path: Path) -> None:
    shuffled = DOCS[:]
    random.Random(4).shuffle(shuffled)
    write_index(shuffled, tmp_path / "again", workers=1)
    assert tree(tmp_path / "again") == tree(index)


def test_two_workers_write_the_same_bytes_as_one(index: Path, tmp_path: Path) -> None:
    write_index(DOCS, tmp_path / "two", workers=2)
    assert tree(tmp_path / "two") == tree(index)


def test_rebuilds_write_only_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "idx"
    first = write_index(DOCS, out, workers=1)
    assert first.written == first.files
    again = write_index(DOCS, out, workers=1)
    assert again.written == 0 and again.removed == 0
    (out / "grams" / "p" / "stale.0.json").write_text("[]")
    changed = write_index([*DOCS[:-1], replace(DOCS[-1], name="改名后的商行")], out, workers=1)
    assert 0 < changed.written < first.files / 4
    assert changed.removed == 1 and not (out / "grams" / "p" / "stale.0.json").exists()
    assert tree(out) == tree(_fresh(tmp_path, [*DOCS[:-1], replace(DOCS[-1], name="改名后的商行")]))


def _fresh(tmp_path: Path, docs: list) -> Path:
    out = tmp_path / "fresh"
    write_index(docs, out, workers=1)
    return out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "permit"}, "kind"),
        ({"url": "/abs/x.html"}, "url"),
        ({"url": "../x.html"}, "url"),
        ({"url": "a/../../x.html"}, "url"),
        ({"url": "x.htm"}, "url"),
        ({"url": "javascript:alert(1).html"}, "url"),
        ({"dept": "Bad Dept"}, "dept"),
        ({"date": "2024-3-1"}, "date"),
        ({"year": 2023}, "year"),
    ],
)
def test_unusable_documents_are_refused(change: dict, message: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=message):
        write_index([replace(TARGET, **change)], tmp_path)


def test_duplicate_urls_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="duplicate"):
        write_index([TARGET, replace(TARGET, name="另一个")], tmp_path)


def test_an_empty_corpus_gives_a_usable_empty_index(tmp_path: Path) -> None:
    stats = write_index([], tmp_path)
    meta = _read(tmp_path, "meta.json")
    assert stats.docs == 0 and meta["docs"] == 0 and meta["key_pages"] == 0
    assert _read(tmp_path, "keys/dir.json") == []
    assert all(_read(tmp_path, f"grams/{b}.json") == {} for b in range(meta["buckets"]))


def test_a_failing_worker_fails_the_build(tmp_path: Path) -> None:
    (tmp_path / "grams").write_text("not a directory")  # only the workers write under grams/
    with pytest.raises(RuntimeError, match="search index worker failed"):
        write_index(DOCS, tmp_path, workers=2)
