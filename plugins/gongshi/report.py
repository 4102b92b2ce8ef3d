"""The compliance report (评估考核): timeliness, completeness, accuracy, coverage and staleness per department."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from .calendar import nth_workday_after, workdays_between
from .config import Config
from .corpus import Corpus
from .model import Record
from .problems import ERROR, WARNING

# optional fields a complete record is expected to carry (national template, 选填 but usually known)
EXPECTED_FIELDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "license": (("certificate_name",), ("certificate_number",), ("party", "uscc")),
    "penalty": (("effective_until",), ("party", "uscc")),
}


@dataclass
class LateRecord:
    """A record published after its deadline."""

    path: str
    document_number: str
    decision_date: str
    published_on: str
    deadline: str
    workdays_late: int


@dataclass
class Row:
    """One department's figures (or the district's sum)."""

    dept: str
    name: str
    published: int = 0
    licenses: int = 0
    penalties: int = 0
    on_time: int = 0
    late: list[LateRecord] = field(default_factory=list)
    expected_fields: int = 0
    filled_fields: int = 0
    warnings: int = 0
    errors: int = 0
    has_catalog: bool = True
    last_published: str | None = None
    days_since_last: int | None = None
    leader: str | None = None  # internal (responsible block): never on a public page
    liaison: str | None = None

    @property
    def on_time_rate(self) -> float | None:
        """Share of the period's records published on time."""
        return self.on_time / self.published if self.published else None

    @property
    def completeness(self) -> float | None:
        """Share of expected optional fields that are filled."""
        return self.filled_fields / self.expected_fields if self.expected_fields else None

    def as_dict(self, *, internal: bool = True) -> dict:
        """JSON-ready, with the derived rates; without the internal contacts unless ``internal``."""
        data = asdict(self)
        data["on_time_rate"] = self.on_time_rate
        data["completeness"] = self.completeness
        data["late_count"] = len(self.late)
        if not internal:
            data.pop("leader"), data.pop("liaison")
        return data


@dataclass
class Report:
    """The report for a period: one row per department, the district total, and coverage lists."""

    district: str
    start: date
    end: date
    as_of: date
    rows: list[Row]
    total: Row
    no_record: list[str]  # departments with a catalog but no record in the period
    no_catalog: list[str]

    def as_dict(self, *, internal: bool = True) -> dict:
        """JSON-ready."""
        return {
            "district": self.district,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "departments": [r.as_dict(internal=internal) for r in self.rows],
            "total": self.total.as_dict(internal=False),
            "coverage": {"catalog_but_no_record": self.no_record, "no_catalog": self.no_catalog},
        }


def _published(record: Record) -> date | None:
    try:
        return date.fromisoformat(record.data["published_on"])
    except (KeyError, TypeError, ValueError):
        return None


def _filled(record: Record) -> tuple[int, int]:
    """(filled, expected) optional-but-expected fields; a natural person has no USCC to expect."""
    natural = record.party.get("category") == "自然人"
    expected = [p for p in EXPECTED_FIELDS[record.kind] if not (natural and p == ("party", "uscc"))]
    filled = 0
    for path in expected:
        value: object = record.data
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        filled += value not in (None, "")
    return filled, len(expected)


def build_report(corpus: Corpus, config: Config, start: date, end: date) -> Report:
    """Compute the report for records published in ``[start, end]`` (and not after the as-of date)."""
    by_path: dict[str, tuple[int, int]] = {}
    for p in corpus.problems:
        e, w = by_path.get(p.path, (0, 0))
        by_path[p.path] = (e + (p.severity == ERROR), w + (p.severity == WARNING and p.rule != "scheduled"))
    rows: dict[str, Row] = {}
    for slug, dept in sorted(corpus.departments.items()):
        responsible = dept.data.get("responsible") if isinstance(dept.data.get("responsible"), dict) else {}
        rows[slug] = Row(
            slug,
            dept.name,
            has_catalog=dept.catalog_source is not None,
            leader=responsible.get("leader"),
            liaison=responsible.get("liaison"),
        )
    last: dict[str, date] = {}
    for record in corpus.records:
        row, day = rows.get(record.dept), _published(record)
        if row is None or day is None or day > config.as_of:
            continue
        last[record.dept] = max(last.get(record.dept, day), day)
        if not start <= day <= end:
            continue
        errors, warnings = by_path.get(record.source.path, (0, 0))
        row.errors += errors
        row.warnings += warnings
        if errors:
            continue  # rejected records are not published: they count against accuracy only
        row.published += 1
        row.licenses += record.kind == "license"
        row.penalties += record.kind == "penalty"
        filled, expected = _filled(record)
        row.filled_fields += filled
        row.expected_fields += expected
        late = _lateness(record, config)
        if late:
            row.late.append(late)
        else:
            row.on_time += 1
    for slug, row in rows.items():
        row.late.sort(key=lambda r: (r.published_on, r.path))
        if slug in last:
            row.last_published = last[slug].isoformat()
            row.days_since_last = (config.as_of - last[slug]).days
    ordered = list(rows.values())
    return Report(
        corpus.district.name if corpus.district else "",
        start,
        end,
        config.as_of,
        ordered,
        _total(ordered, config),
        [r.dept for r in ordered if r.has_catalog and r.published == 0],
        [r.dept for r in ordered if not r.has_catalog],
    )


def _lateness(record: Record, config: Config) -> LateRecord | None:
    try:
        decided = date.fromisoformat(record.data["decision_date"])
        published = date.fromisoformat(record.data["published_on"])
    except (KeyError, TypeError, ValueError):
        return None
    deadline, _ = nth_workday_after(decided, config.deadline_workdays)
    if published <= deadline:
        return None
    return LateRecord(
        record.source.path,
        str(record.data.get("document_number", "")),
        decided.isoformat(),
        published.isoformat(),
        deadline.isoformat(),
        workdays_between(deadline, published),
    )


def _total(rows: list[Row], config: Config) -> Row:
    total = Row("", "全区合计", has_catalog=all(r.has_catalog for r in rows))
    for r in rows:
        total.published += r.published
        total.licenses += r.licenses
        total.penalties += r.penalties
        total.on_time += r.on_time
        total.late.extend(r.late)
        total.expected_fields += r.expected_fields
        total.filled_fields += r.filled_fields
        total.warnings += r.warnings
        total.errors += r.errors
    dates = [r.last_published for r in rows if r.last_published]
    if dates:
        total.last_published = max(dates)
        total.days_since_last = (config.as_of - date.fromisoformat(total.last_published)).days
    return total
