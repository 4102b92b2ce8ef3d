"""Faults: a build killed at random moments, a full or read-only disk, unreadable and misplaced files."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from gongshi.config import Config
from gongshi.corpus import load_corpus
from tests.conftest import FIXTURE_AS_OF, IN_CI, ROOT, check_site

CONTENT = ROOT / "content"
AS_OF = "--as-of=2026-11-26"


def build(content: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gongshi.cli", "build", str(content), "--output", str(out), AS_OF, *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_killed_builds_leave_the_previous_output_and_the_next_build_is_right(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert build(CONTENT, out).returncode == 0
    before = snapshot(out)
    rng = random.Random(os.environ.get("GONGSHI_FAULT_SEED", "20261126"))
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    changed = next(
        p
        for p in sorted(content.glob("departments/*/licenses/*/*.yaml"))
        if "remarks:" not in p.read_text(encoding="utf-8")
    )
    changed.write_text(changed.read_text(encoding="utf-8") + "remarks: 已更正\n", encoding="utf-8")
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-m", "gongshi.cli", "build", str(content), "--output", str(out), AS_OF],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 4.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        current = snapshot(out) if out.is_dir() else {}
        assert current in (before, snapshot_of_finished(out, content, tmp_path)), "output half-written"
        if current != before:
            break  # the build finished before the kill: nothing more to prove with this content
    result = build(content, out)
    assert result.returncode == 0, result.stderr
    fresh = tmp_path / "fresh"
    assert build(content, fresh).returncode == 0
    assert snapshot(out) == snapshot(fresh)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site")], "leftover build folders"
    check = check_site(out, content)
    assert check.returncode == 0, check.stdout


_FINISHED: dict[str, dict[str, str]] = {}


def snapshot_of_finished(out: Path, content: Path, tmp_path: Path) -> dict[str, str]:
    """The output a complete build of ``content`` produces (computed once)."""
    key = str(content)
    if key not in _FINISHED:
        reference = tmp_path / "reference"
        assert build(content, reference).returncode == 0
        _FINISHED[key] = snapshot(reference)
    return _FINISHED[key]


@contextmanager
def tmpfs(where: Path, options: str) -> Iterator[Path]:
    where.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True, check=False
    )
    if result.returncode != 0:
        if IN_CI:
            pytest.fail(f"cannot mount a tmpfs in CI: {result.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


def test_full_disk_gives_a_clear_error_and_keeps_the_output(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "size=600k") as disk:
        out = disk / "site"
        first = build(ROOT / "tests/fixtures/valid", out)
        assert first.returncode == 0, first.stderr
        before = snapshot(out)
        result = build(CONTENT, out)
        assert result.returncode == 1
        assert "磁盘已满" in result.stderr and "Traceback" not in result.stderr
        assert snapshot(out) == before
        assert [p.name for p in disk.iterdir()] == ["site"]


def test_read_only_output_gives_a_clear_error(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "ro,size=1m") as disk:
        result = build(ROOT / "tests/fixtures/valid", disk / "site")
        assert result.returncode == 1
        assert "只读" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_misplaced_and_outside_files(valid_tree: Path, tmp_path: Path) -> None:
    base = valid_tree / "departments/scjg/penalties/2025"
    os.mkfifo(base / "pipe.yaml")  # reading it would block forever: it must be refused, not read
    (base / "folder.yaml").mkdir()
    secret = tmp_path / "outside.yaml"
    secret.write_text("item: x\n", encoding="utf-8")
    (base / "link.yaml").symlink_to(secret)
    if os.geteuid() != 0:
        locked = base / "locked.yaml"
        shutil.copyfile(base / "cf-0001.yaml", locked)
        locked.chmod(0)
    problems = {
        p.path.rsplit("/", 1)[-1]: p for p in load_corpus(valid_tree, Config(as_of=FIXTURE_AS_OF)).problems
    }
    assert "不是普通文件" in problems["pipe.yaml"].zh
    assert "文件夹" in problems["folder.yaml"].zh
    assert "以外的链接" in problems["link.yaml"].zh
    if os.geteuid() != 0:
        assert "无法读取" in problems["locked.yaml"].zh
    assert all(p.severity == "error" and p.line == 1 for p in problems.values())
