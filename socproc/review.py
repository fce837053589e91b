"""The review loop: a reviewed NAME.response.xlsx read back, its decisions matched to requirements.

A reviewer works in the Responses sheet's last columns (`Final Answer`, `Final Response`,
`Approved`). `read_review` reads them back with the machine's columns beside them; a later run
carries them into its new workbook (`match_reviews`: by Ref and question, rows that no longer
match kept on a `Carried Over` sheet); `socproc apply` writes the buyer's filled copy from them
(`final_responses`).
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree

from socproc.errors import InputError
from socproc.model import Classification, Mapping, Requirement, Response, Review, Settings, Status
from socproc.read import read_document
from socproc.read.layout import LayoutRules
from socproc.read.package import local
from socproc.write.review_sheets import (
    CARRIED_HEADERS,
    CARRIED_SHEET,
    SOURCE_PROPERTY,
)
from socproc.write.workbook import RESPONSE_HEADERS
from socproc.write.xlsxcells import cell_text

RESPONSES_SHEET = "Responses"
# The machine's columns a person edits by hand, which a run must not overwrite: what the row
# is, its status and its wording. The derived ones (criteria, rationale, similar answers...) are
# left out: rebuilding them loses no one's work, and hashing them cost a 30,000-row run a second.
MACHINE_HEADERS: tuple[str, ...] = (
    "Ref",
    "Question ID",
    "Question",
    "Status",
    "Answer",
    "Suggested Response",
    "Remedy",
)
YES, NO = "Yes", "No"


@dataclass(frozen=True, slots=True)
class ReviewedRow:
    """One row of a reviewed workbook: what the machine said and what the reviewer decided."""

    ref: str
    question: str
    question_id: str = ""
    status: str = ""
    answer: str = ""
    suggested_response: str = ""
    filled: bool = False
    review: Review = field(default_factory=Review)
    last_seen: str = ""  # a Carried Over row: the day it last matched a requirement


@dataclass(frozen=True, slots=True)
class ReviewedWorkbook:
    """What `read_review` finds in a response workbook."""

    path: str
    source: str  # the questionnaire it was made from, as recorded when it was written
    as_of: str
    rows: tuple[ReviewedRow, ...]  # the Responses sheet, in order
    carried: tuple[ReviewedRow, ...]  # the Carried Over sheet: decisions kept from earlier runs
    machine: str  # digest of the machine's columns (see `machine_digest`)

    @property
    def reviewed(self) -> tuple[ReviewedRow, ...]:
        """Every row holding a reviewer's decision, Responses first, then Carried Over."""
        return tuple(r for r in (*self.rows, *self.carried) if r.review)


def read_review(path: str | Path, settings: Settings | None = None) -> ReviewedWorkbook:
    """Read the Responses (and any Carried Over) rows of a response workbook socproc wrote."""
    path = Path(path)
    document = read_document(path, settings)
    sheets = {s.name: s for s in document.sheets}
    sheet = sheets.get(RESPONSES_SHEET)
    if sheet is None or not _header(sheet.cells, "Ref") or not _header(sheet.cells, "Question"):
        raise InputError(
            str(path),
            "is not a socproc response workbook (no Responses sheet with Ref and Question)",
            "give the NAME.response.xlsx that socproc run wrote",
        )
    cols = _columns(sheet.cells)
    rows = tuple(_row(sheet.cells, r, cols) for r in range(2, sheet.max_row + 1))
    rows = tuple(r for r in rows if r.ref or r.question)
    carried: tuple[ReviewedRow, ...] = ()
    if CARRIED_SHEET in sheets:
        more = sheets[CARRIED_SHEET].cells
        ccols = _columns(more)
        found = (_row(more, r, ccols) for r in range(2, sheets[CARRIED_SHEET].max_row + 1))
        carried = tuple(r for r in found if r.review)
    grid = [
        [sheet.cells.get((r, cols[h]), "") if h in cols else "" for h in MACHINE_HEADERS]
        for r in range(1, sheet.max_row + 1)
    ]
    props = _custom_properties(path)
    return ReviewedWorkbook(
        str(path),
        recorded_source(props),
        props.get("as of", ""),
        rows,
        carried,
        _digest(grid),
    )


def machine_digest(responses: Iterable[Response]) -> str:
    """Digest of the machine's columns (MACHINE_HEADERS) of the Responses rows of `responses`.

    Equal to `read_review(...).machine` for the workbook written from them until someone edits
    one of those columns: an edit confined to the reviewer's columns leaves it unchanged.
    """
    grid: list[Sequence[str | None]] = [MACHINE_HEADERS]
    for resp in responses:
        r, m = resp.requirement, resp.mapping
        cells = (r.ref, r.question_id, r.question, str(m.status), m.answer)
        grid.append((*cells, m.suggested_response, m.remedy))
    return _digest(grid)


def _digest(grid: Iterable[Sequence[str | None]]) -> str:
    h = hashlib.sha256()
    for row in grid:
        # As a cell holds it (control characters dropped, Excel's length), spacing forgiven.
        cells = [" ".join(cell_text(c).split()) if c else "" for c in row]
        if any(cells):  # trailing empty rows an editor adds or drops are no edit
            h.update("\x1f".join(cells).encode("utf-8", "surrogatepass") + b"\x1e")
    return h.hexdigest()


def _header(cells: dict[tuple[int, int], str], name: str) -> int | None:
    wanted = name.casefold()
    return next(
        (c for (r, c), v in cells.items() if r == 1 and " ".join(v.split()).casefold() == wanted),
        None,
    )


def _columns(cells: dict[tuple[int, int], str]) -> dict[str, int]:
    names = (*RESPONSE_HEADERS, *CARRIED_HEADERS)
    found = {name: _header(cells, name) for name in dict.fromkeys(names)}
    return {name: col for name, col in found.items() if col is not None}


def _row(cells: dict[tuple[int, int], str], r: int, cols: dict[str, int]) -> ReviewedRow:
    def get(name: str) -> str:
        col = cols.get(name)
        return cells.get((r, col), "").strip() if col else ""

    return ReviewedRow(
        ref=get("Ref"),
        question=get("Question"),
        question_id=get("Question ID"),
        status=get("Status"),
        answer=get("Answer"),
        suggested_response=get("Suggested Response"),
        filled=get("Filled").casefold() in ("yes", "true", "1"),
        review=Review(get("Final Answer"), get("Final Response"), _approval(get("Approved"))),
        last_seen=get("Last Seen"),
    )


def _approval(text: str) -> str:
    """`Yes`/`No` as the dropdown spells them, whatever the reviewer typed; other text as is."""
    folded = text.casefold()
    if folded in ("yes", "y", "true", "1", "approved"):
        return YES
    if folded in ("no", "n", "false", "0", "rejected"):
        return NO
    return text


def recorded_source(props: dict[str, str]) -> str:
    """The questionnaire's path as `source_properties` recorded it, its pieces joined."""
    pieces = [props.get(SOURCE_PROPERTY, "")]
    n = 2
    while f"{SOURCE_PROPERTY} {n}" in props:
        pieces.append(props[f"{SOURCE_PROPERTY} {n}"])
        n += 1
    return "".join(pieces)


def _custom_properties(path: Path) -> dict[str, str]:
    """The workbook's custom document properties (socproc records its source there)."""
    try:
        with zipfile.ZipFile(path) as zf:
            root = ElementTree.fromstring(zf.read("docProps/custom.xml"))
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError):
        return {}
    props: dict[str, str] = {}
    for prop in root:
        if local(prop.tag) == "property" and prop.get("name"):
            props[str(prop.get("name"))] = "".join(
                t.text or "" for t in prop.iter() if t is not prop
            )
    return props


def merged(workbooks: Sequence[ReviewedWorkbook]) -> ReviewedWorkbook:
    """Several workbooks of one questionnaire as one, the first's decisions winning: a kept
    workbook and the one a run wrote beside it may both hold a reviewer's work."""
    first = workbooks[0]
    seen: set[tuple[str, str]] = set()

    def fresh(rows: Iterable[ReviewedRow]) -> tuple[ReviewedRow, ...]:
        out = []
        for row in rows:
            key = (row.ref, question_key(row.question))
            if row.review and key not in seen:
                seen.add(key)
                out.append(row)
        return tuple(out)

    rows = fresh(r for w in workbooks for r in w.rows)
    carried = fresh(r for w in workbooks for r in w.carried)
    return ReviewedWorkbook(first.path, first.source, first.as_of, rows, carried, first.machine)


# --------------------------------------------------------------------------- matching


def question_key(text: str) -> str:
    """A question as rows are matched on: case and spacing forgiven."""
    return " ".join(text.split()).casefold()


def match_rows(
    reviewed: Sequence[ReviewedRow], refs: Sequence[tuple[str, str]]
) -> tuple[dict[str, ReviewedRow], list[ReviewedRow]]:
    """Each reviewed row matched to a requirement (ref, question): by Ref and question, then by
    the question alone where exactly one unmatched reviewed row and one requirement ask it (a row
    inserted above moves every Ref below it). Returns {ref: row} and the rows left over."""
    by_pair: dict[tuple[str, str], list[ReviewedRow]] = {}
    for row in reviewed:
        by_pair.setdefault((row.ref, question_key(row.question)), []).append(row)
    matched: dict[str, ReviewedRow] = {}
    used: set[int] = set()
    for ref, question in refs:
        rows = by_pair.get((ref, question_key(question)))
        if rows:
            # A reviewer's row from the Responses sheet wins over an older Carried Over one.
            matched[ref] = rows[0]
            used.update(id(r) for r in rows)
    left = [r for r in reviewed if id(r) not in used]
    open_refs = [(ref, q) for ref, q in refs if ref not in matched]
    by_question: dict[str, list[ReviewedRow]] = {}
    for row in left:
        by_question.setdefault(question_key(row.question), []).append(row)
    asked: dict[str, list[str]] = {}
    for ref, question in open_refs:
        asked.setdefault(question_key(question), []).append(ref)
    for key, rows in by_question.items():
        if len(rows) == 1 and len(asked.get(key, ())) == 1:
            matched[asked[key][0]] = rows[0]
            used.add(id(rows[0]))
    return matched, [r for r in left if id(r) not in used]


def match_reviews(
    workbook: ReviewedWorkbook, responses: Sequence[Response], as_of: str
) -> tuple[dict[str, Review], list[tuple[str, ...]]]:
    """The reviewer's decisions to carry into a new workbook: {ref: Review} for rows that still
    match a requirement, and the others as `Carried Over` sheet rows (never dropped)."""
    refs = [(r.requirement.ref, r.requirement.question) for r in responses]
    matched, left = match_rows(workbook.reviewed, refs)
    reviews = {ref: row.review for ref, row in matched.items()}
    carried = [carried_row(row, workbook.as_of or as_of) for row in left]
    return reviews, carried


def carried_row(row: ReviewedRow, as_of: str) -> tuple[str, ...]:
    """A `Carried Over` sheet row, in CARRIED_HEADERS order."""
    seen = row.last_seen or as_of
    r = row.review
    return (
        row.ref,
        row.question_id,
        row.question,
        row.answer,
        r.final_answer,
        r.final_response,
        r.approved,
        seen,
    )


# --------------------------------------------------------------------------- apply


@dataclass(frozen=True, slots=True)
class FinalRows:
    """What `final_responses` decided for each reviewed row of one questionnaire."""

    responses: tuple[Response, ...]  # the rows to write, as the filled writers take them
    approved: int = 0  # approved finals written
    supported: int = 0  # the machine's supported answers written where no final was given
    pending: tuple[str, ...] = ()  # refs with a final that is not approved yet
    rejected: tuple[str, ...] = ()  # refs marked Approved = No
    unmatched: tuple[str, ...] = ()  # reviewed refs the questionnaire no longer has
    off_list: tuple[str, ...] = ()  # refs whose Final Answer is not one of the dropdown's choices


def final_responses(workbook: ReviewedWorkbook, requirements: Sequence[Requirement]) -> FinalRows:
    """The answers for the buyer's file: approved finals, and the machine's supported answers
    (the rows the run marked Filled) where the reviewer gave no final; rejected and unapproved
    rows are left blank."""
    from socproc.mapping.wording import choice_for

    by_ref = {r.ref: r for r in requirements}
    matched, left = match_rows(
        [*workbook.rows, *workbook.carried], [(r.ref, r.question) for r in requirements]
    )
    out: list[Response] = []
    approved = supported = 0
    pending: list[str] = []
    rejected: list[str] = []
    off_list: list[str] = []
    for ref, row in matched.items():
        req, review = by_ref[ref], row.review
        if review.approved == NO:
            rejected.append(ref)
            continue
        if review.approved == YES:
            answer = review.final_answer or row.answer
            # The machine's sentence explains the machine's answer: kept only while that stands.
            same = not review.final_answer or question_key(review.final_answer) == question_key(
                row.answer
            )
            sentence = review.final_response or (row.suggested_response if same else "")
            approved += 1
        elif review.final_answer or review.final_response:
            pending.append(ref)
            continue
        elif row.filled:
            answer, sentence = row.answer, row.suggested_response
            supported += 1
        else:
            continue
        if answer and req.choices and choice_for(answer, req.choices) is None:
            off_list.append(ref)
        if review.final_response and not req.comment_ref and not req.choices:
            # One free-text cell: it takes the reviewer's whole response, led by the answer.
            answer = _led_by(answer, review.final_response)
        status = Status(row.status) if row.status in Status.__members__.values() else Status.REVIEW
        mapping = Mapping(status, suggested_response=sentence, answer=answer, filled=True)
        out.append(Response(req, Classification(), mapping))
    order = {r.ref: i for i, r in enumerate(requirements)}
    out.sort(key=lambda resp: order[resp.requirement.ref])
    unmatched = tuple(r.ref for r in left if r.review)
    return FinalRows(
        tuple(out), approved, supported, tuple(pending), tuple(rejected), unmatched, tuple(off_list)
    )


def _led_by(answer: str, response: str) -> str:
    """`response`, opening with `answer` unless it already does: "No. We have not."."""
    if not answer or question_key(response).startswith(question_key(answer)):
        return response
    lead = answer if answer.endswith((".", "!", "?", ":")) else answer + "."
    return f"{lead} {response}"


def with_source(workbook: ReviewedWorkbook, source: str | Path | None) -> Path:
    """The original questionnaire: `source` when given, else the one the workbook records."""
    if source:
        path = Path(source)
        if not path.is_file():
            raise InputError(str(path), "no such file", "pass --source the original questionnaire")
        return path
    name = Path(workbook.path).name
    if not workbook.source:
        raise InputError(
            name,
            "does not record the questionnaire it was made from",
            "pass --source the original questionnaire",
        )
    recorded = Path(workbook.source)
    if not recorded.is_file():
        raise InputError(
            name,
            f"the original {recorded.name} is not at {workbook.source}",
            "pass --source",
        )
    return recorded


@dataclass(frozen=True, slots=True)
class Applied:
    """What `socproc apply` did with one reviewed workbook: the copy it wrote, or why not."""

    workbook: str
    source: str = ""
    filled: str = ""  # the copy written
    kept: str = ""  # the file at the copy's own name, changed by hand and kept, when written beside
    rows: FinalRows = FinalRows(())
    error: str | None = None

    def lines(self) -> list[str]:
        """One line for the copy, then one per kind of row left blank or out."""
        name = Path(self.workbook).name
        if self.error:
            return [self.error]
        r = self.rows
        head = (
            f"{name}: wrote {self.filled} from {self.source} — {r.approved} approved"
            f" {_plural(r.approved, 'final')}, {r.supported} supported"
            f" {_plural(r.supported, 'answer')}"
        )
        if r.pending or r.rejected:
            head += f"; left blank: {len(r.pending)} awaiting approval, {len(r.rejected)} rejected"
        lines = [head]
        if self.kept:
            lines.append(
                f"{name}: {self.kept} was changed by hand since socproc wrote it — kept; the"
                f" final copy is {Path(self.filled).name}"
            )
        if r.off_list:
            lines.append(
                f"{name}: {_refs(r.off_list)}: the final answer is not one of the dropdown's"
                " choices — left blank; use one of the buyer's values"
            )
        if r.unmatched:
            lines.append(
                f"{name}: {_refs(r.unmatched)}: reviewed, but no longer in"
                f" {Path(self.source).name} — not written; re-run socproc to carry it over"
            )
        return lines


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def _refs(refs: Sequence[str], shown: int = 5) -> str:
    more = f" and {len(refs) - shown} more" if len(refs) > shown else ""
    return ", ".join(refs[:shown]) + more


def plan_apply(
    path: str | Path,
    source: str | Path | None = None,
    layout: LayoutRules | None = None,
    settings: Settings | None = None,
) -> tuple[ReviewedWorkbook, Path, str, FinalRows]:
    """Read a reviewed workbook and its original questionnaire: (workbook, original, format,
    the rows to write). Raises a SocprocError when either cannot be read."""
    from socproc.extract import extract

    workbook = read_review(path, settings)
    original = with_source(workbook, source)
    document = read_document(original, settings)
    rule = layout.for_file(original.name) if layout else None
    found = extract(document, rule)
    return workbook, original, document.format, final_responses(workbook, found.requirements)


def filled_name(workbook: str | Path, fmt: str) -> str:
    """The final copy's file name: `q.response.xlsx` and a .docx original → `q.filled.docx`."""
    from socproc.write import FILLED

    name = Path(workbook).name
    stem = name[: -len(".response.xlsx")] if name.endswith(".response.xlsx") else Path(name).stem
    return stem + FILLED[fmt.lower()][0]


__all__ = [
    "MACHINE_HEADERS",
    "Applied",
    "FinalRows",
    "ReviewedRow",
    "ReviewedWorkbook",
    "carried_row",
    "filled_name",
    "final_responses",
    "machine_digest",
    "match_reviews",
    "match_rows",
    "merged",
    "plan_apply",
    "question_key",
    "read_review",
    "with_source",
]
