"""Settings for publishing (`make publish`): absolute URLs for canonical links, feeds and the sitemap."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("GONGSHI_SITEURL", "https://www.example.gov.cn/sgs").rstrip("/")
RELATIVE_URLS = (
    False  # Pelican's own pages; gongshi pages keep relative links so department folders stay portable
)
