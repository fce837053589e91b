"""load_inventory(): the vendor's holdings (YAML/JSON) → validated, frozen Inventory."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from socproc.errors import InventoryError
from socproc.inventory.check import (
    BRIDGEABLE_KINDS,
    TYPED_KINDS,
    read_document,
    review_document,
)
from socproc.inventory.check import inventory_schema as inventory_schema  # re-exported

_Date = date  # EvidenceDocument has a field named `date`

# Restricted-use reports are shared under NDA unless the inventory says otherwise; a SOC 3
# is general use. Certificates default to NDA too: never claim "public" without being told.
_DEFAULT_SHARING: dict[str, str] = {"SOC 3": "public"}


@dataclass(frozen=True, slots=True)
class SubserviceOrg:
    """A vendor of the vendor named in a report (AWS, a colocation provider...)."""

    name: str
    method: str  # carve-out | inclusive
    services: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportException:
    """A deviation found in testing, keyed by the criteria (or objectives) it concerns."""

    criteria: tuple[str, ...]
    summary: str


@dataclass(frozen=True, slots=True)
class Report:
    """A report, certificate or bridge letter the vendor holds (spec section 4)."""

    id: str
    kind: str
    type: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    issued: date | None = None
    categories: tuple[str, ...] = ()
    scope: str | None = None
    subservice_orgs: tuple[SubserviceOrg, ...] = ()
    exceptions: tuple[ReportException, ...] = ()
    opinion: str | None = None
    sharing: str = "nda"
    file: str | None = None
    expires: date | None = None
    extends: str | None = None
    through: date | None = None
    title: str | None = None
    auditor: str | None = None

    @property
    def label(self) -> str:
        """ "SOC 2 Type II", "ISO 27001", "bridge letter"."""
        return f"{self.kind} {self.type}" if self.type else self.kind


@dataclass(frozen=True, slots=True)
class Control:
    """One of the vendor's own controls and the criteria it addresses."""

    id: str
    description: str
    criteria: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EvidenceDocument:
    """Other evidence: a policy, pen test summary, insurance certificate, DR test..."""

    id: str
    title: str
    topics: tuple[str, ...] = ()
    date: _Date | None = None
    sharing: str = "nda"
    criteria: tuple[str, ...] = ()
    expires: _Date | None = None
    file: str | None = None


@dataclass(frozen=True, slots=True)
class ApprovedAnswer:
    """An answer the vendor has already approved, reusable for the same question."""

    question: str
    answer: str
    criteria: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    question_id: str | None = None
    source: str | None = None
    sheet: str | None = None
    ref: str | None = None
    # The parent question a sub-question takes its subject from ("Are they reviewed annually?").
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """Who answers for the vendor: filled where a questionnaire asks for a contact."""

    name: str | None = None
    email: str | None = None
    title: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class Inventory:
    """Everything the vendor holds, validated and frozen."""

    vendor: str
    as_of: date | None = None
    reports: tuple[Report, ...] = ()
    controls: tuple[Control, ...] = ()
    documents: tuple[EvidenceDocument, ...] = ()
    answers: tuple[ApprovedAnswer, ...] = ()
    contact: Contact | None = None
    path: str = ""
    digest: str = ""  # sha256 of the file bytes, for incremental runs
    # What loaded but was probably not meant, and what was read as what: `path: ... (line N)`.
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def report(self, report_id: str) -> Report | None:
        """The report with this id, if any."""
        return next((r for r in self.reports if r.id == report_id), None)

    def control(self, control_id: str) -> Control | None:
        """The control with this id, if any."""
        return next((c for c in self.controls if c.id == control_id), None)

    def _repr_html_(self) -> str:
        """The holdings as a table in a notebook, as `socproc check-inventory` lists them."""
        from socproc.inventory.view import inventory_html

        return inventory_html(self)


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(str(v).strip() for v in value or ())


def _ids(value: Any) -> tuple[str, ...]:
    # Criteria ids compare case-insensitively ("cc6.1" is CC6.1).
    return tuple(str(v).strip().upper() for v in value or ())


def _opt(value: Any) -> str | None:
    return str(value).strip() if value is not None else None


def _report(d: dict[str, Any]) -> Report:
    kind = d["kind"]
    start, end = _day(d.get("period_start")), _day(d.get("period_end"))
    kind_type = d.get("type")
    if kind_type is None and kind in TYPED_KINDS and end is not None:
        # Unstated type: a period means Type II, a single date Type I (the check allows this).
        kind_type = "Type II" if start is not None and start < end else "Type I"
    categories = tuple(d.get("categories") or ())
    if kind in ("SOC 2", "SOC 3", "ISAE 3000") and "security" not in categories:
        categories = ("security", *categories)  # Security (the common criteria) is mandatory
    return Report(
        id=d["id"],
        kind=kind,
        type=kind_type,
        period_start=start,
        period_end=end,
        issued=_day(d.get("issued")),
        categories=categories,
        scope=_opt(d.get("scope")),
        subservice_orgs=tuple(
            SubserviceOrg(o["name"].strip(), o["method"], _strs(o.get("services")))
            for o in d.get("subservice_orgs") or ()
        ),
        exceptions=tuple(
            ReportException(_ids(e["criteria"]), e["summary"].strip())
            for e in d.get("exceptions") or ()
        ),
        opinion=d.get("opinion"),
        sharing=d.get("sharing") or _DEFAULT_SHARING.get(kind, "nda"),
        file=_opt(d.get("file")),
        expires=_day(d.get("expires")),
        extends=_opt(d.get("extends")),
        through=_day(d.get("through")),
        title=_opt(d.get("title")),
        auditor=_opt(d.get("auditor")),
    )


def _answer(d: dict[str, Any]) -> ApprovedAnswer:
    return ApprovedAnswer(
        question=d["question"].strip(),
        answer=d["answer"].strip(),
        criteria=_ids(d.get("criteria")),
        tags=_strs(d.get("tags")),
        question_id=_opt(d.get("question_id")),
        source=_opt(d.get("source")),
        sheet=_opt(d.get("sheet")),
        ref=_opt(d.get("ref")),
        context=_opt(d.get("context")),
    )


def _contact(d: Any) -> Contact | None:
    if not isinstance(d, dict) or not any(d.get(k) for k in ("name", "email", "title", "phone")):
        return None
    return Contact(
        _opt(d.get("name")), _opt(d.get("email")), _opt(d.get("title")), _opt(d.get("phone"))
    )


def _build(data: dict[str, Any], path: str, digest: str) -> Inventory:
    return Inventory(
        vendor=str(data.get("vendor", "")).strip(),
        as_of=_day(data.get("as_of")),
        reports=tuple(_report(d) for d in data.get("reports") or ()),
        controls=tuple(
            Control(d["id"], d["description"].strip(), _ids(d.get("criteria")))
            for d in data.get("controls") or ()
        ),
        documents=tuple(
            EvidenceDocument(
                id=d["id"],
                title=d["title"].strip(),
                topics=_strs(d.get("topics")),
                date=_day(d.get("date")),
                sharing=d.get("sharing") or "nda",
                criteria=_ids(d.get("criteria")),
                expires=_day(d.get("expires")),
                file=_opt(d.get("file")),
            )
            for d in data.get("documents") or ()
        ),
        answers=tuple(_answer(d) for d in data.get("answers") or ()),
        contact=_contact(data.get("contact")),
        path=path,
        digest=digest,
    )


def load_inventory(path: str | Path) -> Inventory:
    """Read, validate (every problem at once, with its line) and freeze an inventory file."""
    data, raw, lines = read_document(Path(path))
    review = review_document(data, answers_only=False, lines=lines)
    if review.problems:
        raise InventoryError(str(path), review.problems)
    inv = _build(data, str(path), hashlib.sha256(raw).hexdigest())
    return replace(inv, warnings=tuple(review.warnings), notes=tuple(review.notes))


def as_inventory(inventory: Inventory | str | Path) -> Inventory:
    """An inventory as given, or loaded from its path (the library verbs take either)."""
    if isinstance(inventory, Inventory):
        return inventory
    if isinstance(inventory, str | Path):
        return load_inventory(inventory)
    raise TypeError(
        f"inventory must be an Inventory or the path of one, not {type(inventory).__name__}"
    )


def load_answers(path: str | Path) -> tuple[ApprovedAnswer, ...]:
    """Read an answer library (a file with an `answers:` list), validated like an inventory."""
    data, _, lines = read_document(Path(path))
    review = review_document(data, answers_only=True, lines=lines)
    if review.problems:
        raise InventoryError(str(path), review.problems)
    return tuple(_answer(d) for d in data.get("answers") or ())


def _period(r: Report) -> str:
    if r.period_start and r.period_end and r.period_start != r.period_end:
        return f"{r.period_start} to {r.period_end}"
    return f"as of {r.period_end}" if r.period_end else "no period given"


def _report_line(r: Report) -> str:
    if r.kind == "bridge letter":
        return f"Bridge letter {r.id}: extends {r.extends} through {r.through}"
    parts = [r.label]
    if r.kind in BRIDGEABLE_KINDS:
        parts.append(_period(r))
    if r.categories:
        parts.append(", ".join(r.categories))
    if r.expires:
        parts.append(f"expires {r.expires}")
    if r.opinion:
        parts.append(f"{r.opinion} opinion")
    if r.exceptions:
        parts.append(f"{len(r.exceptions)} exception(s)")
    carved = [o.name for o in r.subservice_orgs if o.method == "carve-out"]
    if carved:
        parts.append("carved out: " + ", ".join(carved))
    parts.append(f"sharing {r.sharing}")
    return f"Report {r.id}: " + "; ".join(parts)


def summarize_inventory(inv: Inventory) -> list[str]:
    """Lines for `socproc check-inventory`: vendor, each holding, and counts."""
    head = f"Vendor: {inv.vendor}"
    if inv.as_of:
        head += f" (as of {inv.as_of})"
    lines = [head]
    lines += [_report_line(r) for r in inv.reports if r.kind != "bridge letter"]
    lines += [_report_line(r) for r in inv.reports if r.kind == "bridge letter"]
    if not inv.reports:
        lines.append("Reports: none")
    lines.append(
        f"Controls: {len(inv.controls)}, documents: {len(inv.documents)}, "
        f"approved answers: {len(inv.answers)}"
    )
    return lines
