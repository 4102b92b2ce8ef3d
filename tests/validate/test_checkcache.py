"""The check cache: a cached run reports exactly what an uncached one does, and a bad cache is ignored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gongshi import corpus as corpus_module
from gongshi.config import Config
from gongshi.corpus import Corpus, load_corpus
from tests.conftest import FIXTURE_AS_OF

CONFIG = Config(as_of=FIXTURE_AS_OF)
PENALTY = Path("departments/scjg/penalties/2025/cf-0001.yaml")


def _seen(corpus: Corpus) -> tuple[list[str], list[tuple[str, dict]]]:
    """What a caller can observe: every problem's text and every record's identity and data."""
    return [p.format() for p in corpus.problems], [(r.identity, r.data) for r in corpus.records]


def _same_as_uncached(tree: Path, cache: Path, config: Config = CONFIG) -> Corpus:
    cached = load_corpus(tree, config, cache_dir=cache)
    assert _seen(cached) == _seen(load_corpus(tree, config))
    return cached


@pytest.fixture
def tree(valid_tree: Path) -> Path:
    """The valid tree with a few problems: a broken record, a late one and a duplicate 文号."""
    penalties = valid_tree / PENALTY.parent
    (penalties / "cf-0009.yaml").write_text("item: [unclosed\n", encoding="utf-8")
    text = (valid_tree / PENALTY).read_text(encoding="utf-8")
    (penalties / "cf-0010.yaml").write_text(text.replace("2025-05-08", "2025-05-30"), encoding="utf-8")
    return valid_tree


def test_second_run_reads_no_record_file(tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    first = _same_as_uncached(tree, cache)
    assert first.errors

    def refuse(*_: object) -> None:
        raise AssertionError("a cached record file was checked again")

    monkeypatch.setattr(corpus_module._Walker, "record_file", refuse)
    again = load_corpus(tree, CONFIG, cache_dir=cache)
    assert _seen(again) == _seen(first)
    assert again.files_checked == first.files_checked


def test_edited_record_is_checked_again(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = _same_as_uncached(tree, cache)
    path = tree / PENALTY
    path.write_text(path.read_text(encoding="utf-8") + "not_a_field: 1\n", encoding="utf-8")
    after = _same_as_uncached(tree, cache)
    assert _seen(after) != _seen(before)


def test_edited_catalog_rechecks_every_record(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = _same_as_uncached(tree, cache)
    catalog = tree / "departments/scjg/catalog.yaml"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("CF-SCJG-001", "CF-SCJG-009"), "utf-8")
    after = _same_as_uncached(tree, cache)
    assert len(after.errors) > len(before.errors)


def test_other_as_of_date_is_not_served_from_the_cache(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _same_as_uncached(tree, cache, Config(as_of=date(2025, 5, 9)))
    _same_as_uncached(tree, cache, Config(as_of=date(2031, 1, 1)))
    _same_as_uncached(tree, cache, Config(as_of=date(2025, 5, 9)))


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_corrupt_or_foreign_cache_is_ignored(tree: Path, tmp_path: Path, garbage: bytes) -> None:
    cache = tmp_path / "cache"
    _same_as_uncached(tree, cache)
    for path in cache.iterdir():
        path.write_bytes(garbage)
    _same_as_uncached(tree, cache)


def test_unwritable_cache_folder_only_costs_time(tree: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    _same_as_uncached(tree, blocker / "cache")


def test_settled_files_are_not_read_to_find_their_digest(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gongshi import checkcache

    monkeypatch.setattr(checkcache, "RACY_NS", -(10**15))  # as if every file had changed long ago
    cache = tmp_path / "cache"
    first = _same_as_uncached(tree, cache)
    first = load_corpus(tree, CONFIG, cache_dir=cache)  # notes each file's lstat with its digest
    read = []
    original = checkcache.file_bytes

    def counting(path: Path) -> bytes | None:
        read.append(path.name)
        return original(path)

    monkeypatch.setattr(checkcache, "file_bytes", counting)
    again = load_corpus(tree, CONFIG, cache_dir=cache)
    assert _seen(again) == _seen(first)
    assert not [name for name in read if name.startswith("cf-")]
    path = tree / PENALTY
    path.write_text(path.read_text(encoding="utf-8") + "not_a_field: 1\n", encoding="utf-8")
    edited = load_corpus(tree, CONFIG, cache_dir=cache)
    assert PENALTY.name in read and _seen(edited) == _seen(load_corpus(tree, CONFIG))


def test_a_same_size_edit_right_after_a_run_is_seen(tree: Path, tmp_path: Path) -> None:
    import os

    cache = tmp_path / "cache"
    _same_as_uncached(tree, cache)
    path = tree / PENALTY
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "published_on: 2025-04-03" in text
    path.write_text(text.replace("published_on: 2025-04-03", "published_on: 2025-04-29"), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    _same_as_uncached(tree, cache)


def test_an_edit_rewrites_only_its_department_part(tree: Path, tmp_path: Path) -> None:
    import os

    other = tree / "departments/jyj/penalties/2025"
    other.mkdir(parents=True, exist_ok=True)
    (other / "cf-0001.yaml").write_text((tree / PENALTY).read_text(encoding="utf-8"), encoding="utf-8")
    cache = tmp_path / "cache"
    _same_as_uncached(tree, cache)
    parts = sorted(cache.glob("check-*.pickle"))
    assert len(parts) >= 2
    for part in parts:
        os.utime(part, ns=(1, 1))
    path = tree / PENALTY
    path.write_text(path.read_text(encoding="utf-8") + "remarks: 备注\n", encoding="utf-8")
    load_corpus(tree, CONFIG, cache_dir=cache)
    rewritten = [p for p in sorted(cache.glob("check-*.pickle")) if p.stat().st_mtime_ns != 1]
    assert len(rewritten) == 1
