"""Build the lunr scope fixtures for the node tests: ``python make_lunr_fixture.py OUT_DIR``.

Writes ``OUT_DIR/scopes/<dept>/<year>.json`` (synthetic records plus the hand-made ones of make_fixture) and
``OUT_DIR/digits.json``, a scope whose terms are mostly digits and codes: the shape that trips lunr.js's
TokenSet minimisation when unpatched.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_fixture import HANDMADE, TARGET  # noqa: E402
from synth import synth_docs  # noqa: E402

from gongshi.search.lunr_scope import build_scope, write_scope_indexes  # noqa: E402

CODE = "0123456789abcdefghjklmnpqrtuwxy"
# U+FA0E sorts after the surrogates of Ext-B in JavaScript but before U+20000 in Python.
ORDER_PROBE = replace(
    TARGET,
    url="scjg/penalties/2024/order-probe.html",
    name="﨎𠀀 𠀀﨎 﨎﨏商行",
    docno="上市监罚〔2024〕77号",
    uscc="92410106MA9XK3PQ9N",
    text="﨎 𠀀 𪚥",
)


def digit_docs(terms: int, seed: int) -> list:
    """Documents whose text is numbers and USCC-like codes only, about ``terms`` distinct terms in all."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < terms:
        k = rng.random()
        if k < 0.4:
            words.add(str(rng.randrange(10 ** rng.randrange(2, 9))))
        elif k < 0.7:
            words.add(f"9141{rng.randrange(10000):04d}" + "".join(rng.choices(CODE, k=10)))
        else:
            words.add(f"jy{rng.randrange(10**14)}")
    ordered_words = sorted(words)
    rng.shuffle(ordered_words)
    per = 10
    return [
        replace(
            TARGET, url=f"scjg/penalties/2024/d{i}.html", uscc=None, text=" ".join(ordered_words[i : i + per])
        )
        for i in range(0, len(ordered_words), per)
    ]


def main(out: Path) -> None:
    """Write both fixtures."""
    docs = [*synth_docs(250, seed=3), *HANDMADE, ORDER_PROBE]
    write_scope_indexes(docs, out / "scopes")
    data = build_scope(digit_docs(3000, seed=int(sys.argv[2]) if len(sys.argv) > 2 else 1))
    (out / "digits.json").write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
