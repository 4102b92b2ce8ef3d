"""Property-based tests of the loader and validator: never a traceback, always a located message, fast."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongshi import schema
from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.yamlio import YamlError, loads
from tests.conftest import FIXTURE_AS_OF, VALID_TREE

PENALTY = VALID_TREE / "departments/scjg/penalties/2025/cf-0001.yaml"
LICENSE = VALID_TREE / "departments/scjg/licenses/2025/jy-0001.yaml"
TARGET = "departments/scjg/penalties/2025/fuzz.yaml"
CONFIG = Config(as_of=FIXTURE_AS_OF)
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

CONFUSABLES = [
    "０",
    "Ｏ",
    "О",
    "Ⅰ",
    "\u200b",
    "\u202e",
    "\ufeff",
    "〔",
    "［",
    "﹝",
    "：",
    "\u3000",
    "𠀀",
    "\U0001f600",
]
CONTROLS = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\ud800"]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "content"
    shutil.copytree(VALID_TREE, root)
    return root


def check_file(tree: Path, raw: bytes) -> None:
    """Write one file into the tree and validate it: located problems only, within a second."""
    path = tree / TARGET
    path.write_bytes(raw)
    start = time.perf_counter()
    corpus = load_corpus(tree, CONFIG)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, f"{elapsed:.2f}s"
    for problem in corpus.problems:
        assert problem.rule != "internal", problem.format()
        assert problem.line >= 1 and problem.col >= 1
        assert problem.zh and problem.en
        text = problem.format()
        assert text.startswith(f"{problem.path}:{problem.line}:{problem.col}: ")
    others = [p for p in corpus.problems if p.path != str(path)]
    assert all(p.rule in ("document_number_duplicate", "identity_duplicate") for p in others), others


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(tree: Path, raw: bytes) -> None:
    check_file(tree, raw)


yaml_scalars = st.one_of(
    st.text(max_size=50),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.dates().map(str),
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=30,
)


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(list(schema.root("penalty")["properties"]) + ["x", ""]), yaml_values, max_size=20
    )
)
def test_random_yaml_documents(tree: Path, data: dict) -> None:
    check_file(tree, yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass"))


def _mutate(lines: list[str], op: str, index: int, payload: str) -> list[str]:
    i = index % len(lines)
    line = lines[i]
    key, sep, value = line.partition(":")
    if op == "drop":
        return lines[:i] + lines[i + 1 :]
    if op == "retype" and sep:
        return [*lines[:i], f"{key}: [{value.strip() or 1}, {{a: 1}}]", *lines[i + 1 :]]
    if op == "inject" and sep:
        return [*lines[:i], f'{key}: "{value.strip()}{payload}"', *lines[i + 1 :]]
    if op == "raw":
        return [*lines[:i], line[: len(line) // 2] + payload + line[len(line) // 2 :], *lines[i + 1 :]]
    if op == "huge" and sep:
        return [*lines[:i], f"{key}: {'长' * 400_000 if index % 2 else 'x' * 1_000_000}", *lines[i + 1 :]]
    if op == "deep" and sep:
        return [*lines[:i], f"{key}: " + "[" * 200 + "]" * 200, *lines[i + 1 :]]
    if op == "indent":
        return [*lines[:i], "  " + line, *lines[i + 1 :]]
    return lines


@FUZZ
@given(
    st.sampled_from([PENALTY, LICENSE]),
    st.lists(
        st.tuples(
            st.sampled_from(["drop", "retype", "inject", "raw", "huge", "deep", "indent"]),
            st.integers(min_value=0, max_value=200),
            st.sampled_from(
                CONFUSABLES + CONTROLS + ["'", '"', ":", "#", "&a", "*a", "!x", "{{ 1 }}", "- ", "\\"]
            ),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_mutated_valid_records(tree: Path, source: Path, ops: list) -> None:
    lines = source.read_text(encoding="utf-8").splitlines()
    for op, index, payload in ops:
        lines = _mutate(lines, op, index, payload) or ["a: 1"]
    check_file(tree, "\n".join(lines).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(min_size=1, max_size=8), st.integers(min_value=0, max_value=10_000))
def test_flipped_bytes(tree: Path, noise: bytes, at: int) -> None:
    raw = bytearray(PENALTY.read_bytes())
    i = at % len(raw)
    raw[i : i + len(noise)] = noise
    check_file(tree, bytes(raw))


@FUZZ
@given(st.dictionaries(st.sampled_from(list(schema.root("penalty")["properties"])), yaml_values, max_size=20))
def test_fast_and_full_schema_checks_agree(data: dict) -> None:
    """fastjsonschema (the fast path) and jsonschema (the explanations) accept exactly the same documents."""
    try:
        text = yaml.safe_dump(data, allow_unicode=True)
        doc = loads(text)
    except (YamlError, UnicodeEncodeError):
        return
    full = not any(True for _ in schema.validator("penalty").iter_errors(doc.data))
    assert schema.is_valid("penalty", doc.data) == full


def test_command_exit_codes_on_hostile_files(tree: Path) -> None:
    """Through the real command: 0 or 1 and a located message, never a traceback."""
    for raw in (b"\xff\xfe\x00", b"a: &x 1\nb: *x\n", b"case_name: [", b"- 1\n- 2\n", b""):
        (tree / TARGET).write_bytes(raw)
        result = subprocess.run(
            [sys.executable, "-m", "gongshi.cli", "validate", str(tree), f"--as-of={FIXTURE_AS_OF}"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert f"{tree / TARGET}:" in result.stdout
    (tree / TARGET).unlink()
    assert jsonschema.__name__  # the full validator stays the source of the messages
