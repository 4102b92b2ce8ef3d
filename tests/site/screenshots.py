"""``make screenshots``: the district column, a department column and a penalty page at 390 and 1280 px.

Builds the demo content with a fixed as-of date, serves it locally and saves PNGs into docs/screenshots/.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from gongshi.cli import main as gongshi

from .browser import ROOT, chromium, chromium_missing, serve

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
MAX_HEIGHT = {"phone": 2600, "desktop": 1700}
DEMO_AS_OF = "2026-11-26"  # the "today" of the demo district (content/README.md)


def chinese_font_missing() -> bool:
    """True when fontconfig knows no Chinese font (the screenshots would show empty boxes)."""
    if shutil.which("fc-list") is None:
        return False
    found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    return not found.strip()


def pick_pages(out: Path, department: str) -> dict[str, str]:
    """The three pages to show: district column, one department column, its newest penalty."""
    column = (out / department / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(penalties/[0-9]{4}/[a-z0-9-]+\.html)"', column)
    records = [link for link in links if not re.search(r"/(index|page-[0-9]+)\.html$", link)]
    if not records:
        raise SystemExit(f"no penalty on the {department} column")
    return {
        "district": "index.html",
        "department": f"{department}/index.html",
        "penalty": f"{department}/{records[0]}",
    }


def shoot(out: Path, pages: dict[str, str], target: Path) -> list[Path]:
    """Save one PNG per page and width."""
    saved = []
    with serve(out) as base, chromium() as browser:
        for width_name, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
            for name, path in pages.items():
                page.goto(base + path, wait_until="load")
                full = page.evaluate("document.documentElement.scrollHeight")
                clip = {"x": 0, "y": 0, "width": width, "height": min(full, MAX_HEIGHT[width_name])}
                file = target / f"{name}-{width}.png"
                page.screenshot(path=str(file), clip=clip, full_page=True)
                saved.append(file)
            page.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    """Build the demo and take the screenshots."""
    parser = argparse.ArgumentParser(prog="python -m tests.site.screenshots", description=__doc__)
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--as-of", default=DEMO_AS_OF)
    parser.add_argument("--department", default="scjg")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    missing = chromium_missing()
    if missing:
        print(f"screenshots: {missing}", file=sys.stderr)
        return 2
    if chinese_font_missing():
        print(
            "screenshots: 没有中文字体，请先安装 fonts-noto-cjk — no Chinese font: apt-get install fonts-noto-cjk",
            file=sys.stderr,
        )
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        settings = str(ROOT / "pelicanconf.py")
        code = gongshi(
            ["build", str(args.content), "--settings", settings, "--output", str(site), "--as-of", args.as_of]
        )
        if code:
            return code
        for file in shoot(site, pick_pages(site, args.department), args.out):
            print(file.relative_to(ROOT) if file.is_relative_to(ROOT) else file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
