"""The Python tokenizer against the shared parity file, plus properties of its fast paths."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest
from randstr import random_strings

from gongshi.search import tokenizer as t

CASES = json.loads((Path(__file__).parent / "data" / "tokenizer_cases.json").read_text(encoding="utf-8"))


def test_parity_file_has_enough_cases() -> None:
    assert len(CASES["tokens"]) + len(CASES["docno"]) >= 60


@pytest.mark.parametrize("case", CASES["tokens"], ids=lambda c: repr(c["input"]))
def test_tokens(case: dict) -> None:
    assert t.index_tokens(case["input"]) == case["index"]
    assert t.query_tokens(case["input"]) == case["query"]


@pytest.mark.parametrize("case", CASES["docno"], ids=lambda c: repr(c["input"]))
def test_identifier_key(case: dict) -> None:
    assert t.canonical_docno(case["input"]) == case["key"]
    assert t.looks_like_docno(case["input"]) is case["docno"]
    assert t.looks_like_identifier(case["input"]) is case["identifier"]


def test_all_docno_variants_share_one_key() -> None:
    variants = [
        "上市监罚〔2024〕123号",
        "上市监罚[2024]123号",
        "上市监罚（2024）第0123号",
        "上市监罚【2024】123号",
    ]
    variants.append("上市监罚 [2024] 123 号")
    assert {t.canonical_docno(v) for v in variants} == {"上市监罚〔2024〕123号"}


def test_fast_token_sets_equal_the_spec_functions() -> None:
    for s in random_strings(3000, seed=5):
        assert t.index_token_set(s) == set(t.index_tokens(s)), s
        assert t.query_token_set(s) == set(t.query_tokens(s)), s


def test_query_tokens_are_index_tokens() -> None:
    for s in random_strings(1000, seed=6):
        assert set(t.query_tokens(s)) <= set(t.index_tokens(s)), s


def test_utf16_key_orders_like_javascript() -> None:
    words = ["﨎", "𠀀", "a", "上", "\uffff", "𪚥"]
    # JavaScript compares UTF-16 code units: the surrogate pair of U+20000 (D840 DC00) sorts before U+FA0E.
    assert sorted(words, key=t.utf16_key) == ["a", "上", "𠀀", "𪚥", "﨎", "\uffff"]


def test_bucket_hash_is_crc32_of_utf8() -> None:
    assert t.bucket_hash("𠀀𪚥") == zlib.crc32("𠀀𪚥".encode())
    assert t.bucket_hash("") == 0
