"""The Python tokenizer against the shared parity file, plus properties of its fast paths."""

from __future__ import annotations

import json
import random
import re
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


def test_fast_token_set_equals_the_spec_function() -> None:
    for s in random_strings(3000, seed=5):
        assert t.index_token_set(s) == set(t.index_tokens(s)), s


def test_text_tokens_hold_the_query_tokens_and_run_edges() -> None:
    for s in random_strings(2000, seed=8):
        kept = t.text_token_set(s)
        assert set(t.query_tokens(s)) <= kept <= set(t.index_tokens(s)), s


def _is_han(ch: str) -> bool:
    return bool(re.fullmatch(f"[{t.HAN_CLASS}]", ch))


def _cuts_word(s: str, i: int) -> bool:
    return 0 < i < len(s) and bool(re.fullmatch("[0-9a-z]{2}", s[i - 1 : i + 1]))


def _lone_inside(s: str, q_start: int, q: str) -> bool:
    """True when a one-character Han run of q sits inside a longer Han run of s (not at its edge)."""
    for m in re.finditer(f"[{t.HAN_CLASS}]+", q):
        p = q_start + m.start()
        if m.end() - m.start() == 1 and 0 < p < len(s) - 1 and _is_han(s[p - 1]) and _is_han(s[p + 1]):
            return True
    return False


def test_phrases_cut_from_a_text_find_it() -> None:
    """Any piece of a text is found in it, unless it cuts an ASCII run or isolates a mid-run character."""
    rng = random.Random(9)
    checked = 0
    for raw in random_strings(600, seed=10):
        s = t.normalize(raw)
        kept = t.text_token_set(s)
        for _ in range(20):
            i, j = sorted(rng.sample(range(len(s) + 1), 2)) if len(s) > 1 else (0, len(s))
            q = s[i:j]
            if t.normalize(q) != q or _cuts_word(s, i) or _cuts_word(s, j) or _lone_inside(s, i, q):
                continue
            assert set(t.query_tokens(q)) <= kept, (s, q)
            checked += 1
    assert checked > 3000


def test_a_phrase_cut_at_punctuation_keeps_its_lone_character() -> None:
    text = "违反了《中华人民共和国食品安全法》第一百二十四条，罚款2000元。擸擸擸"
    kept = t.text_token_set(text)
    for phrase in ["食品安全法》第", "罚款2000元", "。擸", "条，罚款"]:
        assert set(t.query_tokens(phrase)) <= kept, phrase
    assert "品" not in kept  # a character inside a run is only reachable through its pairs


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
