"""Conservation at 20k random records: published + hidden = all valid records, none twice, none lost."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from gongshi import lifecycle
from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.manifest import identity_digest
from gongshi.site.urls import RESERVED_SLUG
from tests.conftest import ROOT, build_site, check_site


def test_every_valid_record_is_accounted_for(tmp_path: Path) -> None:
    seed = random.SystemRandom().randrange(1, 10**6)
    tree, out = tmp_path / "content", tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "gongshi.cli",
            "demo",
            "--records",
            "20000",
            "--seed",
            str(seed),
            "--out",
            str(tree),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    as_of = date(2026, 11, 26)
    build_site(tree, out, f"--as-of={as_of}")
    corpus = load_corpus(tree, Config(as_of=as_of))
    assert not corpus.errors, f"seed {seed}"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    rows = manifest["records"]
    named = [r["identity"] for r in rows if "identity" in r]
    digests = [r["identity_sha256"] for r in rows if "identity_sha256" in r]
    every = [identity_digest(i) for i in named] + digests
    assert len(rows) == len(set(every)) == 20000, f"seed {seed}"
    assert set(every) == {identity_digest(r.identity) for r in corpus.records}, f"seed {seed}"
    states = Counter(r["state"] for r in rows)
    assert states[lifecycle.PUBLIC] + sum(n for s, n in states.items() if s != lifecycle.PUBLIC) == 20000
    assert manifest["counts"] == {s: states.get(s, 0) for s in lifecycle.STATES}
    expected = Counter(lifecycle.state(r.kind, r.data, Config(as_of=as_of)) for r in corpus.records)
    assert states == expected, f"seed {seed}"
    for row in rows:
        if "url" in row:
            assert (out / row["url"]).is_file() and row["sha256"], (seed, row)
    shown = {r["url"] for r in rows if "url" in r}
    pages = {
        p.relative_to(out).as_posix()
        for p in out.glob("*/*/[0-9][0-9][0-9][0-9]/*.html")
        if not RESERVED_SLUG.match(p.stem)  # the year's list pages live beside its records
    }
    assert pages == shown, f"seed {seed}: record pages that are not public or withdrawn"
    listed = set()
    for sitemap_url in (out / "sitemap.xml").read_text(encoding="utf-8").split("<loc>")[1:]:
        listed.add(
            sitemap_url.split("</loc>")[0].split("/", 3)[-1]
            if "://" in sitemap_url
            else sitemap_url.split("</loc>")[0]
        )
    public_urls = {r["url"] for r in rows if r["state"] == lifecycle.PUBLIC}
    assert public_urls <= {u.lstrip("/") for u in listed}, f"seed {seed}"
    check = check_site(out, tree)
    assert check.returncode == 0, f"seed {seed}: {check.stdout[-3000:]}"
