"""Pelican settings of the 双公示 site (`make html`, `pelican content -s pelicanconf.py -o output`).

The records live in content/departments/ as YAML and are published by the gongshi plugin, not by Pelican's
article machinery; content/pages/*.md are ordinary Pelican pages drawn with the same theme.

Server header matching the Content-Security-Policy <meta> tag of every page (a meta tag cannot carry
frame-ancestors, so serve this header as well), for example in nginx:

    add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'" always;
    add_header X-Content-Type-Options "nosniff" always;
    add_header Referrer-Policy "strict-origin-when-cross-origin" always;
"""

from pathlib import Path

_HERE = Path(__file__).resolve().parent

SITENAME = "双公示专栏"
SITEURL = ""  # empty: every link relative, so output/ works from any folder or host
RELATIVE_URLS = True
DEFAULT_LANG = "zh-CN"
TIMEZONE = "Asia/Shanghai"

PATH = "content"
THEME = str(_HERE / "theme")
THEME_STATIC_DIR = "static"
THEME_STATIC_PATHS = []  # the gongshi plugin copies theme/static into static/ and into every department folder
PLUGINS = ["gongshi.pelican_adapter"]

# Only content/pages/*.md are Pelican's; the YAML records under departments/ belong to the plugin.
ARTICLE_PATHS = []
ARTICLE_EXCLUDES = ["departments", "pages"]
PAGE_PATHS = ["pages"]
PAGE_EXCLUDES = ["departments"]
STATIC_PATHS = []
SLUGIFY_SOURCE = "basename"  # pages/about.md → pages/about.html
PAGE_URL = "pages/{slug}.html"
PAGE_SAVE_AS = "pages/{slug}.html"
DIRECT_TEMPLATES = []  # index.html is the district column, written by the plugin
ARCHIVES_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
TAG_SAVE_AS = ""
ARTICLE_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""

# Feeds are the plugin's (feeds/all.atom.xml, <dept>/feed.atom.xml).
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None

JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True, "extensions": []}
DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False

# --- gongshi ---------------------------------------------------------------------------------------------------
# GONGSHI_AS_OF = "2025-06-01"  # the date time rules are judged against (env GONGSHI_AS_OF overrides; default today)
GONGSHI_SHOW_MASKED_IDS = False  # masked 证件号码 stay off public pages
GONGSHI_SHOW_MINOR_PENALTIES = False  # 轻微 penalties are not published (信用修复管理办法)
GONGSHI_PER_PAGE = 50  # rows per page of a year list
GONGSHI_COLUMN_LATEST = 10  # rows of each kind on a column's front page
GONGSHI_FEED_ITEMS = 100
GONGSHI_SITE_NAME = ""  # default: <区名>双公示专栏
