"""The content tree as objects: district, departments with their catalogs, and decision records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .yamlio import Document

KIND_FOLDERS = {"license": "licenses", "penalty": "penalties"}
FOLDER_KINDS = {v: k for k, v in KIND_FOLDERS.items()}
KIND_ZH = {"license": "行政许可", "penalty": "行政处罚"}


@dataclass
class SourceFile:
    """A loaded YAML file: its display path and its document (None when it failed to load)."""

    path: str
    doc: Document | None


@dataclass
class CatalogItem:
    """One 事项 of a department's catalog."""

    kind: str
    code: str
    name: str
    legal_basis: str
    category: str | None = None


@dataclass
class Department:
    """A department folder: its department.yaml, its catalog and its slug."""

    slug: str
    data: dict[str, Any]
    source: SourceFile
    catalog: dict[str, dict[str, CatalogItem]] = field(default_factory=lambda: {"license": {}, "penalty": {}})
    catalog_source: SourceFile | None = None

    @property
    def name(self) -> str:
        """部门全称."""
        return str(self.data.get("name") or self.slug)

    @property
    def short_name(self) -> str:
        """简称, or the full name."""
        return str(self.data.get("short_name") or self.name)

    def public_view(self) -> dict[str, Any]:
        """What may be shown publicly: everything but the internal ``responsible`` block and maintainers."""
        return {k: v for k, v in self.data.items() if k not in ("responsible", "maintainers")}


@dataclass
class Record:
    """One decision file: identity from its path, data from its YAML."""

    dept: str
    kind: str  # "license" | "penalty"
    year: int
    slug: str
    data: dict[str, Any]
    source: SourceFile

    @property
    def folder(self) -> str:
        """``licenses`` or ``penalties``."""
        return KIND_FOLDERS[self.kind]

    @property
    def identity(self) -> str:
        """``<dept>/<kind>/<YYYY>/<slug>``: stable for the record's lifetime."""
        return f"{self.dept}/{self.folder}/{self.year}/{self.slug}"

    @property
    def url(self) -> str:
        """The record page, relative to the site root."""
        return f"{self.identity}.html"

    @property
    def party(self) -> dict[str, Any]:
        """The 行政相对人 block (empty when missing)."""
        party = self.data.get("party")
        return party if isinstance(party, dict) else {}

    @property
    def title(self) -> str:
        """项目名称 for a licence (document title), 案件名称 for a penalty."""
        key = "document_title" if self.kind == "license" else "case_name"
        return str(self.data.get(key, ""))


@dataclass
class District:
    """district.yaml."""

    data: dict[str, Any]
    source: SourceFile

    @property
    def name(self) -> str:
        """区名."""
        return str(self.data.get("name", ""))

    @property
    def site(self) -> dict[str, Any]:
        """网站信息 (may be empty)."""
        site = self.data.get("site")
        return site if isinstance(site, dict) else {}
