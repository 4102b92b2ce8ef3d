"""The up-to-date check: content files are read again only when their lstat says they may have changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gongshi import uptodate


def _tree(root: Path) -> Path:
    (root / "departments" / "a").mkdir(parents=True)
    (root / "district.yaml").write_text("name: 区\n", encoding="utf-8")
    (root / "departments" / "a" / "r.yaml").write_text("x: 1\n", encoding="utf-8")
    return root


def _inputs(content: Path, theme: Path) -> uptodate.Inputs:
    return uptodate.Inputs(content, theme, {"SETTING": 1})


@pytest.fixture
def theme(tmp_path: Path) -> Path:
    (tmp_path / "theme").mkdir()
    (tmp_path / "theme" / "base.html").write_text("<html>", encoding="utf-8")
    return tmp_path / "theme"


def _settled(saved: dict) -> dict:
    """``saved`` as if the previous build had looked long after the files last changed."""
    return {**saved, "taken": saved["taken"] + 60 * 10**9}


def test_untouched_files_are_not_read_again(
    tmp_path: Path, theme: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = _tree(tmp_path / "content")
    saved = _settled(_inputs(content, theme).saved())

    read_bytes = Path.read_bytes

    def no_reading(self: Path) -> bytes:
        assert not self.is_relative_to(content), f"read {self}"
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    again = _inputs(content, theme)
    assert again.same_as(saved)
    assert again.saved()["content"] == saved["content"]


def test_a_touched_file_with_the_same_bytes_is_read_and_found_unchanged(tmp_path: Path, theme: Path) -> None:
    content = _tree(tmp_path / "content")
    saved = _settled(_inputs(content, theme).saved())
    record = content / "departments" / "a" / "r.yaml"
    record.write_bytes(record.read_bytes())  # new change time, same bytes
    os.utime(record, ns=(1, 1))
    again = _inputs(content, theme)
    assert again.stats != saved["stats"]
    assert again.same_as(saved)


def test_a_same_size_edit_right_after_a_build_is_seen(tmp_path: Path, theme: Path) -> None:
    content = _tree(tmp_path / "content")
    saved = _inputs(content, theme).saved()
    record = content / "departments" / "a" / "r.yaml"
    info = record.stat()
    record.write_text("x: 2\n", encoding="utf-8")  # same size, maybe within the same timestamp tick
    os.utime(record, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert not _inputs(content, theme).same_as(saved)


@pytest.mark.parametrize("change", ["edit", "add", "remove", "theme", "settings"])
def test_every_kind_of_change_is_seen(tmp_path: Path, theme: Path, change: str) -> None:
    content = _tree(tmp_path / "content")
    saved = _settled(_inputs(content, theme).saved())
    record = content / "departments" / "a" / "r.yaml"
    settings = {"SETTING": 1}
    if change == "edit":
        record.write_text("x: 22\n", encoding="utf-8")
    elif change == "add":
        (record.parent / "s.yaml").write_text("x: 1\n", encoding="utf-8")
    elif change == "remove":
        record.unlink()
    elif change == "theme":
        (theme / "base.html").write_text("<html lang>", encoding="utf-8")
    else:
        settings = {"SETTING": 2}
    assert not uptodate.Inputs(content, theme, settings).same_as(saved)
