"""Seeded random strings that stress the tokenizer: Han in and outside the BMP, ASCII, full-width forms,
brackets, punctuation, spaces and compatibility characters whose NFKC image is ASCII or Han."""

from __future__ import annotations

import random

ALPHABETS = [
    [chr(c) for c in range(0x4E00, 0x9FA6, 7)],  # common Han
    [chr(c) for c in range(0x3400, 0x4DB6, 97)],  # Ext A
    ["𠀀", "𪚥", "𠮷", "𡈽", "𤭢", "𧾷", "𫝀", "𬺰", "\U00030000", "\U00031350"],  # Ext B and later
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    [chr(c) for c in range(0xFF10, 0xFF1A)] + [chr(c) for c in range(0xFF21, 0xFF3B)],  # full-width alnum
    list("〔〕[]（）()【】［］〖〗第号-_/.,，。、；：！？《》“”' \t\n\u3000\u00a0"),
    list("〇豈﨎﨏⼀⼆①②ﬁ²Ⅻ𝟙ＫİßéΣσς😀"),  # NFKC / case mapping edge cases
]


def random_strings(count: int, seed: int = 2024) -> list[str]:
    """``count`` strings of 0–24 characters mixing the alphabets above."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        weights = [rng.random() for _ in ALPHABETS]
        chars = [rng.choice(rng.choices(ALPHABETS, weights)[0]) for _ in range(rng.randrange(0, 25))]
        out.append("".join(chars))
    return out
