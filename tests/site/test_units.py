"""The site's small parts: formatting, URLs, pagination, change-only writes and the output swap."""

from __future__ import annotations

import os
import time
from decimal import Decimal
from pathlib import Path

import pytest

from gongshi.site import swap, urls
from gongshi.site.text import long_term, one_line, paragraphs, xml_safe, yuan
from gongshi.site.writer import SiteWriter


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (5000, "5,000"),
        (Decimal("12345.5"), "12,345.50"),
        (Decimal("1234567.89"), "1,234,567.89"),
        (Decimal("0.1"), "0.10"),
        (Decimal("100.00"), "100"),
        ("2000", "2,000"),
        (Decimal("0.125"), "0.125"),
    ],
)
def test_amounts_in_yuan_with_separators(value: object, shown: str) -> None:
    assert yuan(value) == shown


def test_amounts_never_go_through_float() -> None:
    assert yuan(Decimal("9007199254740993.01")) == "9,007,199,254,740,993.01"


def test_long_term_and_text() -> None:
    assert long_term("2099-12-31") == "长期"
    assert long_term("2030-01-01") == "2030-01-01"
    assert paragraphs("一\n二\n\n  \n三") == (("一", "二"), ("三",))
    assert paragraphs("  ") == ()
    assert one_line(" a \n b ") == "a b"
    assert xml_safe("a\x01b\x0bc") == "abc"


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("https://scjg.example.gov.cn/", True),
        ("http://example.gov.cn/a?b=c", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/", False),
        ('https://x.example/" onmouseover="alert(1)', False),
        ("https:///nohost", False),
        (None, False),
    ],
)
def test_only_http_links(value: object, ok: bool) -> None:
    assert (urls.safe_http_url(value) is not None) is ok


def test_paths_from_identity() -> None:
    assert urls.list_page("license", 2025) == "licenses/2025/index.html"
    assert urls.list_page("penalty", 2024, 3) == "penalties/2024/page-3.html"
    assert urls.up("licenses/2025/index.html") == "../../"
    assert urls.up("index.html") == ""
    assert urls.absolute("https://x.gov.cn/sgs/", "a/b.html") == "https://x.gov.cn/sgs/a/b.html"
    assert urls.RESERVED_SLUG.match("index") and urls.RESERVED_SLUG.match("page-2")
    assert not urls.RESERVED_SLUG.match("page-two")


def test_writer_touches_only_changed_files(tmp_path: Path) -> None:
    with SiteWriter(tmp_path) as writer:
        writer.put("a/b.html", "一")
        writer.put("c.html", b"x")
    stamp = (tmp_path / "a/b.html").stat().st_ino
    with SiteWriter(tmp_path) as again:
        again.put("a/b.html", "一")
        again.put("c.html", b"y")
        with pytest.raises(ValueError, match="same file"):
            again.put("c.html", b"z")
    assert (again.written, again.unchanged) == (1, 1)
    assert (tmp_path / "a/b.html").stat().st_ino == stamp
    assert (tmp_path / "c.html").read_bytes() == b"y"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "c.html"]  # no temporary file left


def test_writer_links_unchanged_files_from_the_previous_build(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    with SiteWriter(old) as writer:
        writer.put("p.html", "same")
        writer.put("q.html", "before")
    with SiteWriter(new, previous=old) as writer:
        writer.put("p.html", "same")
        writer.put("q.html", "after")
    assert os.path.samefile(old / "p.html", new / "p.html")
    assert (old / "q.html").read_text() == "before" and (new / "q.html").read_text() == "after"


def test_writer_writes_many_files_and_reports_errors(tmp_path: Path) -> None:
    with SiteWriter(tmp_path) as writer:
        for i in range(2000):
            writer.put(f"d{i % 7}/f{i}.html", f"page {i}")
    assert writer.written == 2000
    assert (tmp_path / "d4/f1999.html").read_text() == "page 1999"
    (tmp_path / "blocked").write_text("a file where a folder should be")
    with pytest.raises(OSError), SiteWriter(tmp_path) as writer:
        writer.put("blocked/x.html", "x")


def test_swap_replaces_and_recovers(tmp_path: Path) -> None:
    output = tmp_path / "output"
    output.mkdir()
    (output / "old.html").write_text("old")
    tmp = swap.staging(output)
    (tmp / "new.html").write_text("new")
    swap.swap(tmp, output)
    assert [p.name for p in output.iterdir()] == ["new.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
    # a swap cut between its two renames: the previous output is put back
    os.rename(output, tmp_path / ".output.previous")
    (tmp_path / ".output.building-999").mkdir()
    swap.recover(output)
    assert (output / "new.html").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
    # a swap whose clean-up was cut: the leftover previous output is removed
    (tmp_path / ".output.previous").mkdir()
    swap.recover(output)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
    swap.discard(swap.staging(output))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
    # a background deletion that did not finish
    (tmp_path / ".output.discard-999" / "deep").mkdir(parents=True)
    swap.recover(output)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_swap_without_waiting_deletes_the_previous_output_in_the_background(tmp_path: Path) -> None:
    output = tmp_path / "output"
    (output / "a" / "b").mkdir(parents=True)
    (output / "a" / "b" / "old.html").write_text("old")
    tmp = swap.staging(output)
    (tmp / "new.html").write_text("new")
    swap.swap(tmp, output, wait=False)
    assert [p.name for p in output.iterdir()] == ["new.html"]
    deadline = time.monotonic() + 30
    while sorted(p.name for p in tmp_path.iterdir()) != ["output"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
