"""One compiled Jinja2 environment over the theme's templates, autoescaping everything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..model import KIND_FOLDERS, KIND_ZH

# Markdown pages may carry links, lists, tables and headings; nothing that runs or styles.
_ALLOWED_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}


def sanitize_html(html: object) -> Markup:
    """HTML from Markdown with scripts, styles, event handlers and unsafe links removed."""
    clean = nh3.clean(
        str(html),
        tags=set(_ALLOWED_TAGS),
        attributes={k: set(v) for k, v in _ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return Markup(clean)


def environment(theme: Path) -> Environment:
    """The environment every gongshi page is rendered with (autoescape on, undefined names are errors)."""
    env = Environment(
        loader=FileSystemLoader(str(theme / "templates")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.globals.update(KIND_ZH=KIND_ZH, KIND_FOLDERS=KIND_FOLDERS, BR=Markup("<br>"))
    env.globals["fragment"] = Fragments(env)
    env.filters["sanitize"] = sanitize_html
    return env


class Fragments:
    """``fragment(name, **values)`` in a template: the partial ``name`` rendered once for each distinct set of
    values. A column's masthead and footer are the same on thousands of its pages; the values must be hashable
    (strings, tuples, frozen dataclasses) and must be everything the partial reads."""

    LIMIT = 4096  # distinct fragments kept; a site has a few per column

    def __init__(self, env: Environment):
        self.env = env
        self._done: dict[tuple[Any, ...], Markup] = {}

    def __call__(self, name: str, **values: Any) -> Markup:
        key = (name, *sorted(values.items()))
        html = self._done.get(key)
        if html is None:
            if len(self._done) >= self.LIMIT:
                self._done.clear()
            html = self._done[key] = Markup(self.env.get_template(name).render(**values))
        return html


class Renderer:
    """Renders named templates, each compiled once."""

    def __init__(self, theme: Path):
        self.env = environment(theme)
        self._cache: dict[str, Any] = {}

    def __call__(self, name: str, **context: Any) -> str:
        """The page ``name`` rendered with ``context``."""
        template = self._cache.get(name)
        if template is None:
            template = self._cache[name] = self.env.get_template(name)
        return template.render(**context)
