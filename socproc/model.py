"""Plain frozen data passed between the pipeline stages: read → extract → classify → map → write."""

from __future__ import annotations

from collections.abc import Mapping as AbcMapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol


class Status(StrEnum):
    """The one status every requirement gets (spec section 6)."""

    COVERED = "covered"
    PARTIAL = "partial"
    GAP = "gap"
    REVIEW = "review"


class SocNeed(StrEnum):
    """The SOC reports a requirement can call for (spec section 5)."""

    SOC1 = "SOC 1"
    SOC2_TYPE1 = "SOC 2 Type I"
    SOC2_TYPE2 = "SOC 2 Type II"
    SOC3 = "SOC 3"


SOC_NEED_ORDER: tuple[SocNeed, ...] = tuple(SocNeed)
# The status categories, in the order every table shows them.
STATUSES: tuple[str, ...] = tuple(str(s) for s in Status)
# The `primary_need` categories: the SOC needs in spec order, then "none" (no SOC-report need).
NEEDS: tuple[str, ...] = (*(str(n) for n in SocNeed), "none")


class Flag(StrEnum):
    """Why a status is what it is (spec section 6)."""

    STALE = "stale"
    BRIDGE_LETTER_NEEDED = "bridge_letter_needed"
    TYPE_MISMATCH = "type_mismatch"
    CATEGORY_OUT_OF_SCOPE = "category_out_of_scope"
    SOC3_ONLY = "soc3_only"
    SOC2_NOT_PUBLIC = "soc2_not_public"
    NDA_REQUIRED = "nda_required"
    EXCEPTIONS_NOTED = "exceptions_noted"
    CARVE_OUT = "carve_out"
    LOW_CONFIDENCE = "low_confidence"
    OPINION_MODIFIED = "opinion_modified"
    EXPIRED = "expired"
    CONFLICT = "conflict"
    HIDDEN_ROW = "hidden_row"
    # Evidence bears on the topic, but no fact in the inventory states the answer (spec 6.1).
    UNSTATED = "unstated"
    # socproc failed on this row (a fault in a rule): the row is left for review, the file kept.
    NOT_PROCESSED = "not_processed"


# Flags that cap a row at `partial`; the others are advisories (spec section 6).
LIMITING_FLAGS: frozenset[Flag] = frozenset(
    {Flag.STALE, Flag.TYPE_MISMATCH, Flag.CATEGORY_OUT_OF_SCOPE, Flag.SOC3_ONLY, Flag.EXPIRED}
)


class Compact:
    """Pickled as its constructor's arguments.

    Results cross process boundaries by the tens of thousands (a big file's slices, a folder's
    workers); the default pickling of a frozen slotted dataclass goes through `fields()` for
    every object: 15,000 classifications and mappings took 0.52 s to pickle and unpickle that
    way, 0.17 s this way.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        names: tuple[str, ...] = self.__slots__  # the subclass's fields, in order
        return self.__class__, tuple(getattr(self, name) for name in names)


# --------------------------------------------------------------------------- read


@dataclass(frozen=True, slots=True)
class Validation:
    """A list dropdown on a sheet (the cells it covers and the values it allows), or cells that
    take a date (a date validation or a date number format; no choices)."""

    ranges: tuple[tuple[int, int, int, int], ...]  # (min_row, min_col, max_row, max_col), 1-based
    choices: tuple[str, ...]
    kind: str = "list"  # "list" | "date"

    def covers(self, row: int, col: int) -> bool:
        return any(r0 <= row <= r1 and c0 <= col <= c1 for r0, c0, r1, c1 in self.ranges)


@dataclass(frozen=True, slots=True)
class Sheet:
    """One worksheet as read: cell text by (row, col), 1-based, plus layout facts."""

    name: str
    cells: dict[tuple[int, int], str]
    state: str = "visible"  # visible | hidden | veryHidden
    hidden_rows: frozenset[int] = frozenset()
    hidden_cols: frozenset[int] = frozenset()
    merged: tuple[tuple[int, int, int, int], ...] = ()  # (min_row, min_col, max_row, max_col)
    validations: tuple[Validation, ...] = ()
    max_row: int = 0
    max_col: int = 0

    def rows(self) -> list[int]:
        """The row numbers that hold at least one non-empty cell, in order."""
        return sorted({r for r, _ in self.cells})

    def row(self, r: int) -> dict[int, str]:
        """The non-empty cells of row `r` by column."""
        return {c: v for (rr, c), v in self.cells.items() if rr == r}


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading, table or structured item of a non-grid document (docx, json)."""

    kind: str  # "heading" | "paragraph" | "table" | "item"
    ref: str  # where it is: "P12", "T3", "items[4].items[2]"
    text: str = ""
    level: int = 0  # heading level, or list nesting level
    style: str = ""
    numbered: bool = False  # a numbered or bulleted list item
    item_id: str | None = None  # an id the format itself carries (VSAQ)
    item_type: str | None = None  # format-specific item type (VSAQ: radiogroup, line, ...)
    choices: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()  # table cells, merged cells already de-duplicated
    checkbox: bool | None = None  # a form checkbox in the paragraph, and its state


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader returns: a file's sheets (spreadsheets) or blocks (Word, JSON)."""

    path: str
    format: str  # "xlsx" | "xlsm" | "csv" | "docx" | "json"
    sheets: tuple[Sheet, ...] = ()
    blocks: tuple[Block, ...] = ()


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class Requirement(Compact):
    """One requirement found in a questionnaire, with where it was and where its answer goes."""

    ref: str  # "Sheet!B12", "P14", "T2R3", "items[3]"
    question: str
    question_id: str | None = None
    section: str | None = None
    sheet: str | None = None
    row: int | None = None
    answer: str | None = None  # what the file already holds as the answer
    comment: str | None = None  # what the file already holds in the comment column
    answer_ref: str | None = None  # cell ("C12") or "T2R3C4" where the answer is written
    comment_ref: str | None = None
    choices: tuple[str, ...] = ()  # allowed answers of a dropdown answer cell
    hidden: bool = False
    answer_format: str | None = None  # "date" where the answer cell takes only a date


@dataclass(frozen=True, slots=True)
class Skip(Compact):
    """A non-empty row or paragraph that is not a requirement, and why."""

    ref: str
    reason: str  # header | section | instruction | blank-question | sheet-skipped:<why> | ...


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extract found in one document."""

    requirements: tuple[Requirement, ...]
    skipped: tuple[Skip, ...] = ()


# --------------------------------------------------------------------------- classify


@dataclass(frozen=True, slots=True)
class Classification(Compact):
    """What a requirement asks for (spec section 5)."""

    soc_need: tuple[SocNeed, ...] = ()  # in SOC_NEED_ORDER
    alternatives: bool = False
    criteria: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    frameworks: tuple[str, ...] = ()
    confidence: float = 0.0
    rationale: str = ""
    # Where the SOC 2 type came from: "stated", "cue", "context", "default", or None if no SOC 2.
    type_source: str | None = None
    # What the text asks for beyond SOC needs: an artifact ("pen test summary") when any.
    artifact: str | None = None
    # The text asks for a publicly shareable report (no NDA).
    public: bool = False

    def need_fields(self) -> dict[str, Any]:
        """The JSON keys of what is asked (a response puts status and flags after them)."""
        return {
            "soc_need": [str(n) for n in self.soc_need],
            "alternatives": self.alternatives,
            "criteria": list(self.criteria),
            "categories": list(self.categories),
            "frameworks": list(self.frameworks),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.need_fields(),
            "confidence": round(self.confidence, 2),
            "rationale": self.rationale,
        }


# --------------------------------------------------------------------------- map


@dataclass(frozen=True, slots=True)
class AnswerSource(Compact):
    """An approved answer that was reused for a requirement."""

    source: str
    question_id: str | None
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "library",
            "source": self.source,
            "question_id": self.question_id,
            "similarity": round(self.similarity, 3),
        }


@dataclass(frozen=True, slots=True)
class SimilarAnswer(Compact):
    """An approved answer to another wording, offered to the reviewer (never filled by itself)."""

    source: str
    question_id: str | None
    question: str
    answer: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "question_id": self.question_id,
            "question": self.question,
            "answer": self.answer,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True, slots=True)
class Mapping(Compact):
    """How a requirement is answered from the vendor's holdings (spec section 6)."""

    status: Status
    flags: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    suggested_response: str = ""
    remedy: str = ""
    answer_source: AnswerSource | None = None
    # The short answer for the buyer's answer cell ("Yes", "No", a value; one of its dropdown
    # choices when it has one), or "" when no fact in the inventory supports one (spec 6.1).
    answer: str = ""
    # Whether the filled copy receives this row's answer: only answers a fact supports.
    filled: bool = False
    # Up to 3 approved answers to other wordings, for the reviewer (rows with no automatic answer).
    similar_answers: tuple[SimilarAnswer, ...] = ()


@dataclass(frozen=True, slots=True)
class Response(Compact):
    """One requirement with its classification and mapping: a row of the response workbook."""

    requirement: Requirement
    classification: Classification
    mapping: Mapping

    # The JSON keys of spec section 7 as attributes, so `res.requirements[0].status` reads
    # naturally in a notebook; each delegates to the stage that decided it.
    @property
    def ref(self) -> str:
        return self.requirement.ref

    @property
    def question_id(self) -> str | None:
        return self.requirement.question_id

    @property
    def section(self) -> str | None:
        return self.requirement.section

    @property
    def question(self) -> str:
        return self.requirement.question

    @property
    def soc_need(self) -> tuple[SocNeed, ...]:
        return self.classification.soc_need

    @property
    def alternatives(self) -> bool:
        return self.classification.alternatives

    @property
    def criteria(self) -> tuple[str, ...]:
        return self.classification.criteria

    @property
    def categories(self) -> tuple[str, ...]:
        return self.classification.categories

    @property
    def frameworks(self) -> tuple[str, ...]:
        return self.classification.frameworks

    @property
    def confidence(self) -> float:
        return self.classification.confidence

    @property
    def rationale(self) -> str:
        return self.classification.rationale

    @property
    def status(self) -> Status:
        return self.mapping.status

    @property
    def flags(self) -> tuple[str, ...]:
        return self.mapping.flags

    @property
    def evidence(self) -> tuple[str, ...]:
        return self.mapping.evidence

    @property
    def suggested_response(self) -> str:
        return self.mapping.suggested_response

    @property
    def remedy(self) -> str:
        return self.mapping.remedy

    @property
    def answer(self) -> str:
        return self.mapping.answer

    @property
    def filled(self) -> bool:
        return self.mapping.filled

    @property
    def answer_source(self) -> AnswerSource | None:
        return self.mapping.answer_source

    @property
    def similar_answers(self) -> tuple[SimilarAnswer, ...]:
        return self.mapping.similar_answers

    def to_dict(self) -> dict[str, Any]:
        """The JSON keys of spec section 7, in order."""
        r, c, m = self.requirement, self.classification, self.mapping
        return {
            "ref": r.ref,
            "question_id": r.question_id,
            "section": r.section,
            "question": r.question,
            **c.need_fields(),
            "status": str(m.status),
            "flags": list(m.flags),
            "evidence": list(m.evidence),
            "suggested_response": m.suggested_response,
            "remedy": m.remedy,
            "confidence": round(c.confidence, 2),
            "rationale": c.rationale,
            "answer": m.answer,
            "filled": m.filled,
            "answer_source": m.answer_source.to_dict() if m.answer_source else None,
            "similar_answers": [a.to_dict() for a in m.similar_answers],
        }


# JSON keys of one requirement in NAME.response.json, in order (spec section 7).
RESPONSE_KEYS: tuple[str, ...] = (
    "ref",
    "question_id",
    "section",
    "question",
    "soc_need",
    "alternatives",
    "criteria",
    "categories",
    "frameworks",
    "status",
    "flags",
    "evidence",
    "suggested_response",
    "remedy",
    "confidence",
    "rationale",
    "answer",
    "filled",
    "answer_source",
    "similar_answers",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Domain thresholds and options; named settings, never literals (STYLE.md)."""

    freshness_months: int = 12
    bridge_months: int = 3
    freshness_anchor: str = "period_end"  # or "issued"
    default_soc2_type: SocNeed = SocNeed.SOC2_TYPE2
    low_confidence: float = 0.5
    answer_threshold: float = 0.78  # tested: scripts/evaluate.py --answers --sweep
    max_cells: int = 5_000_000
    # Rows holding at least one value, per sheet (CSV: per file); Excel's own grid by default.
    max_rows: int = 1_048_576
    max_cell_chars: int = 100_000
    max_uncompressed_bytes: int = 1_000_000_000
    max_compression_ratio: float = 200.0


# Records of the mapping stage and of a run, as the writers and views show them.


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """An inventory item cited as evidence, as the Evidence sheet shows it."""

    id: str
    kind: str  # "SOC 2", "bridge letter", "control", "document", "answer", ...
    title: str
    sharing: str  # public | nda | internal | ""
    detail: str = ""  # period, type, categories, dates


@dataclass(frozen=True, slots=True)
class DemandRow:
    """Inbox-wide demand for one report against what the vendor holds."""

    need: str  # "SOC 1", "SOC 2 Type II", ...
    questionnaires: int  # how many questionnaires ask for it
    requirements: int  # how many requirements ask for it
    covered: int
    partial: int
    gap: int
    held: str  # the holding that answers it ("soc2-2026 (SOC 2 Type II, ...)") or ""


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The next report the vendor should pursue, with the numbers behind it."""

    report: str  # "SOC 1 Type II", "SOC 2 Type II", "SOC 3", or "" when nothing is missing
    reason: str


@dataclass(frozen=True)
class InputRecord:
    """One input of a run, as `_run.json` records it."""

    path: str  # relative to the folder given
    status: str  # ok | skipped | deferred | failed
    error: str | None = None
    requirements: int = 0
    skipped_rows: int = 0
    seconds: float = 0.0
    # Why an input that was read gave no requirements ("no requirements found: sheet ...").
    note: str | None = None
    # Why it was redone (new, input changed, inventory changed, options changed, version
    # changed, forced, outputs missing), or "unchanged" for a skipped input.
    reason: str | None = None
    counts: dict[str, int] | None = None  # requirements by status
    filled: int | None = None  # rows written into the filled copy
    not_filled: int | None = None
    changes: int | None = None  # rows whose status moved since the last run; None: no last run
    # Outputs a run must not replace, kept: (kept, where this run's copy went, why kept:
    # "changed by hand" or "written by socproc apply").
    kept: tuple[tuple[str, str, str], ...] = ()
    carried: int = 0  # rows whose reviewer columns were carried over from the last workbook
    carried_over: int = 0  # reviewed rows that no longer match a requirement (`Carried Over`)

    def to_dict(self) -> dict[str, Any]:
        """The spec's keys, in order; `note`, `kept` and the review counts only when there are some."""
        record: dict[str, Any] = {
            "path": self.path,
            "status": self.status,
            "reason": self.reason,
            "error": self.error,
            "requirements": self.requirements,
            "skipped_rows": self.skipped_rows,
            "counts": self.counts,
            "filled": self.filled,
            "not_filled": self.not_filled,
            "changes": self.changes,
            "seconds": round(self.seconds, 3),
        }
        if self.note is not None:
            record["note"] = self.note
        if self.kept:
            record["kept"] = [{"path": k, "new": n, "why": w} for k, n, w in self.kept]
        if self.carried or self.carried_over:
            record["review"] = {"carried": self.carried, "carried_over": self.carried_over}
        return record


@dataclass(frozen=True, slots=True)
class Review:
    """A reviewer's decision on one row of the Responses sheet (spec section 8, the review loop)."""

    final_answer: str = ""
    final_response: str = ""
    approved: str = ""  # "Yes", "No" or "" (undecided)

    def __bool__(self) -> bool:
        return bool(self.final_answer or self.final_response or self.approved)


class ResultView(Protocol):
    """What the writers and views read of one processed questionnaire.

    `socproc.result.Result` is the one implementation; the write stage sits below it (Result's
    own `write()` calls the writers), so the writers name this shape instead of the class.
    """

    @property
    def source(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def as_of(self) -> date: ...
    @property
    def vendor(self) -> str: ...
    @property
    def responses(self) -> Sequence[Response]: ...
    @property
    def skipped(self) -> Sequence[Skip]: ...
    @property
    def evidence_items(self) -> Sequence[EvidenceItem]: ...
    @property
    def version(self) -> str: ...
    @property
    def name(self) -> str: ...
    def counts(self) -> dict[str, int]: ...
    def need_counts(self) -> dict[str, int]: ...


class BatchView(Protocol):
    """What the writers and views read of a processed folder (`socproc.result.Batch`)."""

    @property
    def as_of(self) -> date: ...
    @property
    def vendor(self) -> str: ...
    @property
    def results(self) -> Sequence[ResultView]: ...
    @property
    def inputs(self) -> Sequence[InputRecord]: ...
    @property
    def demand_rows(self) -> Sequence[DemandRow]: ...
    @property
    def recommendation(self) -> Recommendation | None: ...
    @property
    def stats(self) -> AbcMapping[str, AbcMapping[str, Any]]: ...
    def counts(self) -> dict[str, int]: ...
