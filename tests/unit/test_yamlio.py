"""The hardened loader: the YAML subset, positions, and hostile files refused fast with bounded memory."""

from __future__ import annotations

import resource
import time
from decimal import Decimal
from pathlib import Path

import pytest

from gongshi.yamlio import MAX_DEPTH, YamlError, load_file, loads


def test_values_and_positions() -> None:
    doc = loads("a: 1\nb: 2024-01-05\nc: 2.50\nd:\n  - x\n  - {y: 1}\ne: '012'\nf: yes\n")
    assert doc.data == {
        "a": 1,
        "b": "2024-01-05",
        "c": Decimal("2.50"),
        "d": ["x", {"y": 1}],
        "e": "012",
        "f": "yes",
    }
    assert doc.values[("b",)] == (2, 4)
    assert doc.keys[("d", 1, "y")] == (6, 6)
    assert doc.pos(("missing",)) == (1, 1)
    assert doc.plain[("a",)] == "1"


@pytest.mark.parametrize(
    "text, where, fragment",
    [
        ("a: &x 1\nb: *x\n", (1, 4), "锚点"),
        ("a: 1\nb: 2\na: 3\n", (3, 1), "重复"),
        ("a: !!python/object:os.system x\n", (1, 4), "标签"),
        ("a: !custom x\n", (1, 4), "标签"),
        ("<<: {a: 1}\n", (1, 1), "合并键"),
        ("a: 1\n---\nb: 2\n", (2, 1), "一个文件"),
        ("? [a]\n: 1\n", (1, 3), "键"),
        ("a: [\n", (2, 1), "语法"),
        ("a: x\u0007y\n", (1, 5), "控制字符"),
        ('a: "x\\u0007y"\n', (1, 4), "控制字符"),
    ],
)
def test_refused(text: str, where: tuple[int, int], fragment: str) -> None:
    with pytest.raises(YamlError) as info:
        loads(text)
    assert (info.value.line, info.value.col) == where
    assert fragment in info.value.zh


def test_non_utf8_is_located(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes("a: 1\nb: 中文\n".encode("gb18030"))
    with pytest.raises(YamlError) as info:
        load_file(path)
    assert (info.value.line, info.value.col) == (2, 4)
    assert "UTF-8" in info.value.zh


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes("\ufeffa: 中文\n".encode())
    assert load_file(path).data == {"a": "中文"}


def test_deep_nesting_refused() -> None:
    text = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    with pytest.raises(YamlError, match="嵌套"):
        loads(text)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_alias_bomb_rejected_fast_with_bounded_memory() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    before = _peak_rss_mb()
    start = time.perf_counter()
    with pytest.raises(YamlError, match="锚点"):
        loads("\n".join(lines) + "\n")
    assert time.perf_counter() - start < 1.0
    assert _peak_rss_mb() - before < 50


def test_fifty_megabyte_file_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as fh:
        fh.write(b"a: ")
        fh.write(b"x" * (50 * 1024 * 1024))
    before = _peak_rss_mb()
    start = time.perf_counter()
    with pytest.raises(YamlError, match="文件过大"):
        load_file(path)
    assert time.perf_counter() - start < 1.0
    assert _peak_rss_mb() - before < 20
