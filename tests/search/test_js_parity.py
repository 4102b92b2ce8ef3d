"""Run the node side: the node test files, and a randomized Python/JavaScript tokenizer comparison."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from randstr import random_strings

from gongshi.search import tokenizer as t

HERE = Path(__file__).resolve().parent
NODE = shutil.which("node")


@pytest.fixture(scope="module")
def node() -> str:
    """The node binary; CI must have it, elsewhere the tests skip without it."""
    if NODE is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node is required in CI for the JavaScript search tests")
        pytest.skip("node is not installed")
    return NODE


def test_node_test_files_pass(node: str) -> None:
    files = sorted(str(p) for p in HERE.glob("*.test.js"))
    env = {**os.environ, "GONGSHI_PYTHON": sys.executable}
    proc = subprocess.run([node, "--test", *files], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-3000:]
    assert "# fail 0" in proc.stdout


def test_random_strings_tokenize_identically(node: str, tmp_path: Path) -> None:
    inputs = random_strings(2000)
    src, dst = tmp_path / "in.json", tmp_path / "out.json"
    src.write_text(json.dumps(inputs, ensure_ascii=False), encoding="utf-8")
    subprocess.run([node, str(HERE / "tokenize_batch.js"), str(src), str(dst)], check=True, timeout=120)
    got = json.loads(dst.read_text(encoding="utf-8"))
    assert len(got) == len(inputs)
    for s, js in zip(inputs, got, strict=True):
        py = {
            "index": t.index_tokens(s),
            "query": t.query_tokens(s),
            "key": t.canonical_docno(s),
            "docno": t.looks_like_docno(s),
            "identifier": t.looks_like_identifier(s),
            "hash": t.bucket_hash(s),
        }
        assert js == py, repr(s)
    assert sum(len(x["index"]) for x in got) > 10_000  # the strings really exercise the tokenizer
