"""Where every page lives: paths derived from identity alone, and links between them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..model import KIND_FOLDERS, Record

# Top-level names of the district tree; a department folder may not take one of them.
RESERVED_DEPARTMENTS = frozenset(
    {"static", "feeds", "search", "pages", "licenses", "penalties", "theme", "data"}
)
# File names a list page takes inside a year folder; a record slug may not take one of them.
RESERVED_SLUG = re.compile(r"^(?:index|page-[0-9]+)$")

INDEX = "index.html"
CATALOG = "catalog.html"
DEPARTMENTS = "departments.html"
SEARCH = "search.html"
SEARCH_DIR = "search/"
DISTRICT_FEED = "feeds/all.atom.xml"
DEPARTMENT_FEED = "feed.atom.xml"
SITEMAP = "sitemap.xml"
DATA_DIR = "data/"
REPORT = "report.html"
STATIC = "static/"


def in_column(record: Record) -> str:
    """The record page relative to its department column: ``licenses/2025/slug.html``."""
    return f"{record.folder}/{record.year}/{record.slug}.html"


def in_site(record: Record) -> str:
    """The record page relative to the site root: ``<dept>/licenses/2025/slug.html``."""
    return f"{record.dept}/{in_column(record)}"


def list_page(kind: str, year: int, number: int = 1) -> str:
    """A year list page relative to its column root; page 1 is the year folder's index."""
    name = INDEX if number == 1 else f"page-{number}.html"
    return f"{KIND_FOLDERS[kind]}/{year}/{name}"


def up(path: str) -> str:
    """The relative prefix from a page at ``path`` back to the root ``path`` is relative to."""
    return "../" * path.count("/")


def absolute(siteurl: str, path: str) -> str:
    """``path`` under ``siteurl`` (an absolute URL ending without a slash), or ``path`` itself."""
    return f"{siteurl.rstrip('/')}/{path}" if siteurl else path


def safe_http_url(value: object) -> str | None:
    """The value when it is an http(s) URL with a host, else None (never a ``javascript:`` link)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or c in "<>\"'`" for c in text):
        return None
    return text
