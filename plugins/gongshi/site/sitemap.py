"""sitemap.xml: every public page with the date it last changed."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from .text import xml_safe


def sitemap(pages: Iterable[tuple[str, str]]) -> str:
    """The sitemap of (location, YYYY-MM-DD or "") pairs, sorted by location."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for loc, lastmod in sorted(set(pages)):
        mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{escape(xml_safe(loc))}</loc>{mod}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
