"""Split the token space in two by the first character, so two processes can write disjoint buckets.

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
