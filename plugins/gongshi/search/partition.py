"""Split the token space in two by the first character, so two processes can build disjoint buckets.

Part 0 holds ASCII runs, filter facets and Han tokens whose first character is below ``split``; part 1 the
Han tokens from ``split`` up. ``split`` is the median Han character of the corpus, written to meta.json;
the bucket of a token is ``2 * (crc32(token) % (buckets / 2)) + part``, so each part owns half the buckets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .docs import SearchDoc
from .tokenizer import HAN_CLASS

HAN_RANGES = ((0x3007, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
SAMPLE_DOCS = 4000
DEFAULT_SPLIT = 0x6000
_HAN = re.compile(f"[{HAN_CLASS}]")


def han_split(docs: Sequence[SearchDoc]) -> int:
    """The median code point of the Han characters in the first SAMPLE_DOCS records (name and text)."""
    counts: Counter[str] = Counter()
    for doc in docs[:SAMPLE_DOCS]:
        counts.update(doc.name)
        counts.update(doc.text)
    han = sorted((ch, n) for ch, n in counts.items() if _HAN.match(ch))
    half, seen = sum(n for _, n in han) / 2, 0
    for ch, n in han:
        seen += n
        if seen >= half:
            return max(ord(ch), 0x3008)
    return DEFAULT_SPLIT


def part_of(token: str, split: int) -> int:
    """0 or 1: the half of the buckets a token belongs to."""
    return 1 if ord(token[0]) >= split else 0


def _han_class(lo: int, hi: int) -> str:
    """Regex class body for the Han code points in [lo, hi)."""
    out = []
    for a, b in HAN_RANGES:
        a, b = max(a, lo), min(b, hi - 1)
        if a <= b:
            out.append(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}")
    return "".join(out)


class Part:
    """Token extraction limited to one part."""

    def __init__(self, part: int, split: int) -> None:
        self.part = part
        self.split_char = chr(split)
        first = _han_class(0, split) if part == 0 else _han_class(split, 0x110000)
        han = HAN_CLASS
        never = "(?!)"
        self.pairs = re.compile(f"(?=([{first}][{han}]))" if first else never)
        self.edges = re.compile(f"(?<![{han}])[{first}]|[{first}](?![{han}])" if first else never)

    def keep(self, tokens: set[str]) -> set[str]:
        """The tokens of this part."""
        if self.part == 0:
            return {t for t in tokens if t < self.split_char}
        return {t for t in tokens if t >= self.split_char}
