"""Record pages: a public record's fields, or a withdrawn record's notice."""

from __future__ import annotations

from .. import schema
from ..config import Config
from ..model import KIND_ZH, Department, Record
from . import urls
from .layout import Article, Frames, Link
from .pages import SECTION_IDS, Page
from .render import Renderer
from .text import paragraphs
from .views import Entry, record_view


class RecordPages:
    """Renders the record pages of one department."""

    def __init__(self, render: Renderer, config: Config, frames: Frames, dept: Department):
        self.render, self.config, self.frames, self.dept = render, config, frames, dept

    def crumbs(self, kind: str, year: int) -> tuple[Link, ...]:
        """Column › kind › year."""
        return (
            Link(self.frames.column_name, urls.INDEX),
            Link(KIND_ZH[kind], f"index.html#{SECTION_IDS[kind]}"),
            Link(f"{year}年", urls.list_page(kind, year)),
        )

    def record(self, item: Entry) -> Page:
        """The page of a public record."""
        dept, frames = self.dept, self.frames
        view = record_view(item.record, dept, self.config, item)
        chrome = frames.page(
            item.column_path,
            view.heading,
            current=item.kind,
            column_name=KIND_ZH[item.kind],
            crumbs=self.crumbs(item.kind, item.record.year),
            article=Article(view.heading, item.published, view.source),
        )
        html = self.render(
            "record.html", L=chrome, view=view, kind_zh=KIND_ZH[item.kind], dept_name=dept.name
        )
        return Page(item.column_path, html, item.updated)

    def withdrawn(self, record: Record) -> Page:
        """Only the date and reason of the withdrawal: none of the decision's facts."""
        dept, frames = self.dept, self.frames
        path = urls.in_column(record)
        kind_zh = KIND_ZH[record.kind]
        title = f"{kind_zh}信息撤回说明"
        withdrawn = record.data["withdrawn"]
        chrome = frames.page(
            path,
            title,
            current=record.kind,
            column_name=kind_zh,
            crumbs=self.crumbs(record.kind, record.year)[:2],
            article=Article(title, str(withdrawn["date"]), dept.name),
            robots="noindex",
        )
        html = self.render(
            "withdrawn.html",
            L=chrome,
            title=title,
            kind_zh=kind_zh,
            date=str(withdrawn["date"]),
            reason=paragraphs(withdrawn.get("reason", "")),
            labels=(
                schema.title(record.kind, ("withdrawn", "date")),
                schema.title(record.kind, ("withdrawn", "reason")),
            ),
            dept_name=dept.name,
        )
        return Page(path, html, listed=False)
