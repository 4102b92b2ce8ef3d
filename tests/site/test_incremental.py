"""Rebuilds that reuse the previous build: the same bytes as a build from scratch, whatever changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.site import records as records_module
from gongshi.site.generator import Site
from gongshi.site.memo import RenderMemo

from .conftest import build, write_settings
from .test_build import tree_bytes
from .tree import FIXTURE_AS_OF, make_tree

PENALTY = "departments/scjg/penalties/2025/cf-0001.yaml"


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A content tree built once with the cache: (content, output, settings)."""
    content = make_tree(tmp_path / "content")
    settings = write_settings(tmp_path)
    output = tmp_path / "output"
    first = build(content, output, settings)
    assert first.returncode == 0, first.stderr
    return content, output, settings


def _matches_fresh_build(content: Path, output: Path, settings: Path, *extra: str) -> str:
    """Rebuild with the cache, build again from nothing without it; both outputs must be identical."""
    again = build(content, output, settings, *extra)
    assert again.returncode == 0, again.stderr
    fresh = output.with_name("fresh")
    alone = build(content, fresh, settings, "--no-cache", *extra)
    assert alone.returncode == 0, alone.stderr
    assert tree_bytes(output) == tree_bytes(fresh)
    return again.stderr


def _add_record(content: Path) -> None:
    source = content / PENALTY
    text = source.read_text(encoding="utf-8").replace("2号", "99号").replace("〔2025〕1号", "〔2025〕98号")
    (source.parent / "cf-0099.yaml").write_text(text, encoding="utf-8")


def test_unchanged_content_is_up_to_date(built: tuple[Path, Path, Path]) -> None:
    content, output, settings = built
    before = tree_bytes(output)
    again = build(content, output, settings)
    assert again.returncode == 0 and "写入 0 个文件" in again.stderr, again.stderr
    assert "警告" in again.stderr  # the warnings of the build in place are said again
    assert tree_bytes(output) == before


def test_a_touched_output_is_built_again(built: tuple[Path, Path, Path]) -> None:
    content, output, settings = built
    (output / "index.html").write_text("defaced", encoding="utf-8")
    (output / "scjg" / "feed.atom.xml").unlink()
    _matches_fresh_build(content, output, settings)


def test_added_record(built: tuple[Path, Path, Path]) -> None:
    content, output, settings = built
    _add_record(content)
    _matches_fresh_build(content, output, settings)


def test_edited_record(built: tuple[Path, Path, Path]) -> None:
    content, output, settings = built
    path = content / PENALTY
    path.write_text(path.read_text(encoding="utf-8").replace("当事人", "当事人确实"), encoding="utf-8")
    _matches_fresh_build(content, output, settings)


def test_edited_catalog(built: tuple[Path, Path, Path]) -> None:
    content, output, settings = built
    catalog = content / "departments/scjg/catalog.yaml"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("食品经营许可", "食品经营许可证"), "utf-8")
    _matches_fresh_build(content, output, settings)


def test_other_as_of_date(built: tuple[Path, Path, Path]) -> None:
    content, output, settings = built
    _matches_fresh_build(content, output, settings, "--as-of", "2026-06-01")


def test_edited_theme_template(tmp_path: Path, built: tuple[Path, Path, Path]) -> None:
    content, output, _ = built
    theme = tmp_path / "theme"
    import shutil

    from .conftest import ROOT

    shutil.copytree(ROOT / "theme", theme)
    settings = write_settings(tmp_path)
    settings.write_text(settings.read_text(encoding="utf-8") + f"THEME = {str(theme)!r}\n", encoding="utf-8")
    build(content, output, settings)
    record = theme / "templates" / "record.html"
    record.write_text(record.read_text(encoding="utf-8").replace("</main>", "<!-- x --></main>", 1), "utf-8")
    _matches_fresh_build(content, output, settings)


def test_unchanged_pages_are_not_rendered_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = make_tree(tmp_path / "content")
    config = Config(as_of=FIXTURE_AS_OF)
    memo_file = tmp_path / "memo.pickle"
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    Site(load_corpus(content, config), config).write(first, memo=RenderMemo(memo_file))
    _add_record(content)
    rendered: list[str] = []
    original = records_module.RecordPages.record

    def counting(self: records_module.RecordPages, item: object) -> object:
        rendered.append(item.record.identity)  # type: ignore[attr-defined]
        return original(self, item)  # type: ignore[arg-type]

    monkeypatch.setattr(records_module.RecordPages, "record", counting)
    Site(load_corpus(content, config), config).write(second, first, memo=RenderMemo(memo_file))
    assert rendered == ["scjg/penalties/2025/cf-0099"]
    unchanged = second / "scjg/penalties/2025/cf-0001.html"
    assert unchanged.stat().st_ino == (first / "scjg/penalties/2025/cf-0001.html").stat().st_ino


def test_pages_and_exports_made_by_forked_workers_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gongshi.site import background, generator

    content = make_tree(tmp_path / "content")
    config = Config(as_of=FIXTURE_AS_OF)
    outputs = []
    jobs = []
    started = background.Background.__init__

    def spy(self, work, size, workers=background.WORKERS):  # type: ignore[no-untyped-def]
        started(self, work, size, workers)
        if work:  # not the idle pool a new Site starts with
            jobs.append(sorted(map(str, [*self.futures, *self._queue])))

    monkeypatch.setattr(background.Background, "__init__", spy)
    for threshold in (0, 10**9):
        monkeypatch.setattr(background, "THRESHOLD", threshold)
        monkeypatch.setattr(generator, "RECORDS_MIN", threshold)
        monkeypatch.setattr(generator, "RECORD_CHUNK", 7)
        out = tmp_path / f"out-{threshold}"
        out.mkdir()
        Site(load_corpus(content, config), config).write(out)
        outputs.append(tree_bytes(out))
    assert outputs[0] == outputs[1] and any(name.endswith("data/licenses.xlsx") for name in outputs[0])
    forked, inline = jobs
    assert any("records" in job for job in forked) and any("exports" in job for job in forked)
    assert inline == []


def test_manifest_reuses_only_hashes_of_untouched_linked_pages(tmp_path: Path) -> None:
    import json
    import os

    from gongshi.manifest import MANIFEST, previous_hashes

    previous, out = tmp_path / "previous", tmp_path / "out"
    for folder in (previous, out):
        (folder / "d").mkdir(parents=True)
    for name in ("kept", "touched", "rewritten"):
        (previous / "d" / f"{name}.html").write_text(name, encoding="utf-8")
    rows = [{"url": f"d/{n}.html", "sha256": f"old-{n}"} for n in ("kept", "touched", "rewritten", "gone")]
    (previous / MANIFEST).write_text(json.dumps({"records": rows}), encoding="utf-8")
    os.utime(previous / MANIFEST, ns=(2 * 10**18, 2 * 10**18))  # written after the pages
    for name in ("kept", "touched"):
        os.link(previous / "d" / f"{name}.html", out / "d" / f"{name}.html")
    (out / "d" / "rewritten.html").write_text("rewritten", encoding="utf-8")  # a new file, same bytes
    os.utime(out / "d" / "touched.html", ns=(3 * 10**18, 3 * 10**18))  # changed after that manifest
    assert previous_hashes(out, previous) == {"d/kept.html": "old-kept"}
    (previous / MANIFEST).write_text("{not json", encoding="utf-8")
    assert previous_hashes(out, previous) == {}


def test_manifest_after_an_edit_hashes_every_page_as_it_is(built: tuple[Path, Path, Path]) -> None:
    import hashlib
    import json

    content, output, settings = built
    path = content / PENALTY
    path.write_text(path.read_text(encoding="utf-8").replace("当事人", "当事人确实"), encoding="utf-8")
    assert build(content, output, settings).returncode == 0
    rows = json.loads((output / "manifest.json").read_text(encoding="utf-8"))["records"]
    pages = [r for r in rows if "url" in r]
    assert pages and all(
        r["sha256"] == hashlib.sha256((output / r["url"]).read_bytes()).hexdigest() for r in pages
    )


def test_background_keeps_a_window_and_gives_each_result_once() -> None:
    from gongshi.site.background import Background

    work = {f"job-{n}": (lambda n=n: n * n) for n in range(20)}
    pool = Background(work, size=10**6, workers=2, window=3)
    try:
        assert len(pool.futures) == 3 and len(pool._queue) == 17
        assert pool.take("job-12") == 144  # far ahead: everything before it is started first
        assert [pool.take(f"job-{n}") for n in range(12)] == [n * n for n in range(12)]
        assert pool.take("job-12") is None  # taken already
        assert [pool.take(f"job-{n}") for n in range(13, 20)] == [n * n for n in range(13, 20)]
    finally:
        pool.close()
    assert Background(work, size=1).take("job-1") is None  # a small site does the work itself
