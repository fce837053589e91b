"""Cells and paragraphs → requirements: header, column and section detection, every skip recorded."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from socproc.errors import LayoutError
from socproc.layout import SheetLayout
from socproc.model import Block, Document, Extraction, Requirement, Sheet, Skip, Validation

Rows = dict[int, dict[int, str]]

# ---------------------------------------------------------------------------------- text tests

# A questionnaire ID standing alone in a cell: "GNRL-01", "GV.OC-01.1", "G-SM-A-1-1", "Q12",
# "A.1.2", "1.2.3", "7". The lookahead demands a digit so words like "e.g." never qualify.
ID_RE = re.compile(
    r"(?=\S*\d)(?:[A-Za-z][A-Za-z0-9&]{0,9}(?:[-_.][A-Za-z0-9]{1,10}){1,6}"
    r"|[A-Za-z]{1,5}\d{1,4}[a-z]?|\d{1,3}(?:\.\d{1,3}){0,5})\.?"
)
# An ID at the start of question text. Letter-led IDs need a ':' / ')' / dash after them
# ("GV.OC-01.1: The ...") so phrases like "COVID-19 related ..." are left alone; dotted
# numbers may be followed by plain space ("1.2.3 Verify that ...").
EMBEDDED_ID_RE = re.compile(
    r"\s*(?:(?P<a>(?=[^\s:]*\d)[A-Za-z][A-Za-z0-9&]{0,9}(?:[-_.][A-Za-z0-9]{1,10}){1,6})\s*(?::|\)|\s[-–]\s)"
    r"|(?P<n>\d{1,3}(?:\.\d{1,3}){1,5})(?:\.|:|\))?\s)\s*"
)
# A code with a separator ("AC-01", "1.2.3"): never a header word.
_CODE = re.compile(r"(?=\S*\d)[A-Za-z0-9]{1,10}(?:[-_.][A-Za-z0-9]{1,10}){1,6}\.?")
IMPERATIVES = frozenset(
    re.findall(
        r"\w+",
        "provide describe explain list please attach confirm indicate state specify identify detail "
        "outline include submit share upload select summarize summarise document demonstrate define "
        "verify ensure enter give supply name",
    )
)
QUESTION_STARTS = frozenset(
    re.findall(
        r"\w+",
        "do does did is are was were have has can could will would should shall how what which who "
        "where when why may",
    )
)
_MODAL = re.compile(r"\b(?:shall|must)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_INSTRUCTION = re.compile(
    r"(?:(?:instructions?|directions|please note|disclaimer)\b|notes?\s*:|important\s*:|step \d)",
    re.IGNORECASE,
)
_FOOTER = re.compile(r"(?:copyright|©|\(c\)\s*\d{4}|end of (?:work)?sheet)", re.IGNORECASE)


def normalise(text: str) -> str:
    """Collapse all whitespace (wrapped lines, non-breaking spaces) into single spaces."""
    return " ".join(text.split())


def looks_like_question(text: str) -> bool:
    """A question mark, an interrogative or imperative opening, or a shall/must requirement."""
    text = text.strip()
    if len(text) < 8:
        return False
    if text.endswith("?"):
        return True
    first = _WORD.search(text)
    if first and first.start() <= 12:  # allow a short leading number or bullet
        word = first.group().lower()
        if word in IMPERATIVES or word in QUESTION_STARTS:
            return True
    return bool(_MODAL.search(text))


# Who a requirement sentence binds: "The vendor shall ...", "Suppliers must ...".
_PARTY_MODAL = re.compile(
    r"(?:the\s+)?(?:vendor|supplier|contractor|provider|service provider|bidder|respondent|"
    r"proposer|offeror|third party|processor|subcontractor)s?\b[^.]{0,80}?\b(?:shall|must)\b",
    re.IGNORECASE,
)
# Words to the respondent about the form itself, not requests for information.
_NOT_ASKING = re.compile(
    r"please (?:note|read|refer|see|complete|answer|return|fill|respond|contact|use|do not)\b"
    r"|.*\b(?:(?:this|the) (?:questionnaire|form|template|workbook|spreadsheet)|(?:each|every|all) "
    r"(?:of the )?questions)\b",
    re.IGNORECASE,
)


def paragraph_asks(text: str) -> bool:
    """Stricter than looks_like_question, for running prose: a question, a request, or a
    "the vendor shall" sentence; never a list lead-in ("... the following:") or a long passage."""
    text = text.strip()
    if text.endswith(":") or len(text) > 600 or len(text.split()) < 3 or _NOT_ASKING.match(text):
        return False
    if text.endswith("?"):
        return True
    first = _WORD.search(text)
    if first and first.start() <= 12 and first.group().lower() in IMPERATIVES:
        return True
    return _PARTY_MODAL.match(text) is not None


def split_embedded_id(text: str) -> tuple[str | None, str]:
    """'GV.OC-01.1: The org ...' -> ('GV.OC-01.1', 'The org ...'); no ID -> (None, text)."""
    m = EMBEDDED_ID_RE.match(text)
    if not m or m.end() >= len(text):
        return None, text
    return (m.group("a") or m.group("n")), text[m.end() :].strip()


def is_id(text: str) -> bool:
    return len(text) <= 24 and ID_RE.fullmatch(text.strip()) is not None


# ---------------------------------------------------------------------------------- header words

_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern))
    for role, pattern in (
        (
            "id",
            r"#|id|no|nr|num|number|ref|reference|s/?n|sl no|item #|"
            r"(?:(?:control|question|ques|q|item|requirement|req|criteria|ref|reference|unique|line|"
            r"row|serial|sig|caiq) ?){1,2}(?:id|#|no|nr|num|number|ref|identifier)",
        ),
        (
            "section",
            r"section|category|domain|control domain|area|topic|(?:control )?family|chapter",
        ),
        (
            "comment",
            r".*\b(?:comments?|notes?|remarks?|explanation|justification|evidence|clarification)\b.*"
            r"|additional (?:info|information|details|context).*|details|supporting information"
            r"|(?:\w+ ){0,2}implementation (?:description|details)",
        ),
        (
            "answer",
            r"(?:[\w/&]+ ){0,3}(?:answers?|responses?)(?: [\w/&]+){0,2}|yes ?(?:/|or) ?no.*|y ?/ ?n|"
            r"compliance(?: status)?|compliant|status|(?:\w+ ){0,2}score|rating|implemented|"
            r"selection|in place|(?:\w+ )?reply",
        ),
        (
            "question",
            r"(?:[\w/&]+ ){0,3}(?:questions?|requirements?|query|queries|criteria|criterion)"
            r"(?:/\w+)?(?: text| description| statement| details)?|controls?|"
            r"control (?:statement|description|text|requirement|objective)s?",
        ),
        # Weaker words: a "Description" column is the question column only if something in it asks.
        ("described", r"descriptions?|items?|request|prompt|text"),
    )
)
# Header words that only an evaluator's copy carries: such sheets are not for the vendor.
_EVALUATOR_HEADER = re.compile(r"preferred response|\bweights?\b|override", re.IGNORECASE)
_HEADER_TRIM = re.compile(r"[\s:*?.\-–]+$|^[\s:*\-–]+")


@lru_cache(maxsize=4096)
def header_role(text: str) -> str | None:
    """The column role a header cell names, or None."""
    key = normalise(text).lower()
    key = re.sub(r"\s*\([^)]*\)\s*", " ", key).strip() or key  # "Response (Yes/No)" -> "response"
    key = _HEADER_TRIM.sub("", key)
    if len(key) > 60 or len(key.split()) > 5:
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.fullmatch(key):
            return role
    return None


def answer_strength(text: str) -> int:
    """How surely a header names the answer column: 'Answer' beats 'Compliance' beats 'Score'."""
    key = text.lower()
    if "answer" in key or "response" in key:
        return 3
    if any(w in key for w in ("yes", "y/n", "complian", "implemented", "selection")):
        return 2
    return 1


# ---------------------------------------------------------------------------------- sheet names

_NAME_SKIPS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        ("instructions", r"instruction|introduction|read ?me|\bcover\b|welcome|how to use"),
        ("changelog", r"change ?log|version history|revision history|release notes"),
        ("crosswalk", r"crosswalk|cross-reference|mapping to"),
        ("lookup", r"lookups?|\blists?\b|\bvalues\b|dropdowns?|validation data|reference data"),
        (
            "acknowledgments",
            r"acknowledg|attribution|licen[cs]e|credits|glossary|definitions|references?\b",
        ),
    )
)
# Sheets for the buyer's evaluator, never for the vendor: skipped even with a question column.
_EVALUATOR_NAME = re.compile(
    r"analyst|evaluat|scor(?:e|es|ing|ecard)\b|summary|report\b|dashboard|benchmark", re.IGNORECASE
)
_QUESTION_NAME = re.compile(r"question|requirement|response|control", re.IGNORECASE)


def sheet_name_skip(name: str) -> str | None:
    """Why a sheet's name alone says it holds no vendor questions, or None."""
    if _EVALUATOR_NAME.search(name):
        return "evaluator sheet"
    if _QUESTION_NAME.search(name):
        return None
    return _name_reason(name)


def _name_reason(name: str) -> str | None:
    """What kind of non-question sheet the name suggests (instructions, lookup...), or None."""
    for reason, pattern in _NAME_SKIPS:
        if pattern.search(name):
            return reason
    return None


# ---------------------------------------------------------------------------------- grids


@dataclass(frozen=True, slots=True)
class Grid:
    """A sheet or a Word table seen as rows of cells, with how to name its places."""

    name: str
    rows: Rows
    cell_ref: Callable[[int, int], str]  # a requirement's or skip's ref: "Sheet!B12", "T2R3"
    target_ref: Callable[[int, int], str]  # an answer cell: "C12", "T2R3C4"
    sheet: str | None = None
    hidden_rows: frozenset[int] = frozenset()
    hidden_cols: frozenset[int] = frozenset()
    merged: tuple[tuple[int, int, int, int], ...] = ()
    validations: tuple[Validation, ...] = ()
    width: int = 0  # a Word table's column count (its blank cells are real answer boxes)


@dataclass(frozen=True, slots=True)
class Columns:
    """Where a grid's question, ID, answer, comment and section live (1-based columns)."""

    question: int
    id: int | None = None
    answer: int | None = None
    comment: int | None = None
    section: int | None = None
    header_rows: frozenset[int] = frozenset()
    first_data_row: int = 1
    pinned: bool = False  # from a layout: every row above the header row is skipped


@dataclass(slots=True)
class Seen:
    """What one document has produced so far: requirements, skips, and (id, text) seen."""

    requirements: list[Requirement] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    keys: dict[tuple[str, str], str] = field(default_factory=dict)


def index_rows(cells: dict[tuple[int, int], str]) -> Rows:
    """Cells grouped by row in one pass (never scan the whole dict per row), blanks dropped."""
    rows: Rows = {}
    for (r, c), value in cells.items():
        if value and not value.isspace():
            rows.setdefault(r, {})[c] = value
    return dict(sorted(rows.items()))


@lru_cache(maxsize=1024)
def col_letters(index: int) -> str:
    """1 -> 'A', 27 -> 'AA'."""
    out = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def header_roles(cells: dict[int, str]) -> dict[int, str] | None:
    """The roles a row names when it is a header row ('ID | Question | Answer'), else None."""
    if len(cells) < 2:
        return None  # a lone banner ("Vendor Response") heads a block; it names no columns
    # Cheap tests first: data rows fail them, and every row of a 30,000-row sheet comes here.
    if any(len(v) > 80 or v.rstrip().endswith("?") for v in cells.values()):
        return None
    if any(_CODE.fullmatch(v.strip()) for v in cells.values()):
        return None  # a question code: a data row (level headers like "L1" are fine)
    roles: dict[int, str] = {}
    for col, value in cells.items():
        role = header_role(value)
        if role:
            roles[col] = role
    labels = len(cells) - len(roles)
    # Two header words, or one beside a block label (" Documentation | Answer"), make a header.
    if len(roles) >= 2 or (
        len(roles) == 1 and labels <= 2 and set(roles.values()) & {"answer", "question"}
    ):
        return roles
    return None


def _best(candidates: Iterable[tuple[float, int]]) -> int | None:
    """The column with the highest score; ties go to the leftmost."""
    best = max(candidates, key=lambda sc: (sc[0], -sc[1]), default=None)
    return best[1] if best and best[0] > 0 else None


_SAMPLE = 3000


def detect_columns(grid: Grid, layout: SheetLayout | None = None) -> Columns | None:
    """Find the header rows and the role of each column, by header words then by content."""
    if layout is not None:
        return _pinned_columns(grid, layout)
    headers = {r: roles for r, cells in grid.rows.items() if (roles := header_roles(cells))}
    by_role: dict[str, Counter[int]] = {}
    for roles in headers.values():
        for col, role in roles.items():
            by_role.setdefault(role, Counter())[col] += 1
    data = [cells for r, cells in grid.rows.items() if r not in headers]
    if len(data) > _SAMPLE:
        # Column roles show in any fair sample; reading every row of a huge sheet twice is waste.
        data = data[:: len(data) // _SAMPLE + 1]
    question = _question_column(data, by_role.get("question"), by_role.get("described"))
    if question is None:
        return None
    ident = _id_column(data, question, by_role.get("id"))
    answer = _answer_column(grid, headers, question, ident) or _answer_by_content(
        grid, data, question
    )
    comment = _comment_column(by_role.get("comment"), answer, question)
    section = _first(by_role.get("section"), lambda c: c < question)
    first = min(headers) if headers else 1
    return Columns(question, ident, answer, comment, section, frozenset(headers), first)


def _first(counter: Counter[int] | None, ok: Callable[[int], bool] = lambda c: True) -> int | None:
    cols = sorted(c for c in (counter or ()) if ok(c))
    return cols[0] if cols else None


def _question_column(
    data: list[dict[int, str]], named: Counter[int] | None, weak: Counter[int] | None
) -> int | None:
    """The header's question column if it holds text, else the column of the most question text."""
    count: Counter[int] = Counter()
    filled: Counter[int] = Counter()
    for cells in data:
        for col, value in cells.items():
            filled[col] += 1
            if looks_like_question(value):
                count[col] += 1
    top = max(count.values(), default=0)
    for col in sorted(named or (), key=lambda c: (-(named or Counter())[c], c)):
        # A header word alone can mislead (a block titled "Required Questions"): the named
        # column must also hold a fair share of the question-like text.
        if filled[col] and (count[col] * 2 >= top or top < 2):
            return col
    for col in sorted(weak or ()):
        if count[col] and count[col] * 2 >= top:
            return col
    # Count, not length: one long instruction paragraph with "must" is not a question column.
    ok = [(float(n), c) for c, n in count.items() if n >= 2 or (n == 1 and filled[c] <= 2)]
    return _best(ok)


def _id_column(data: list[dict[int, str]], question: int, named: Counter[int] | None) -> int | None:
    """The header's ID column, else a column left of the questions holding distinct short codes."""
    if named:
        # Several ID columns ("Control ID", "Question ID"): the one filled on most question rows.
        fill = Counter(
            c for cells in data if question in cells for c in named if id_value(cells.get(c))
        )
        # IDs sit left of their questions; a "No" header right of them is an answer column.
        return _best((fill[c] + 0.5, c) for c in named if c < question)
    codes: dict[int, list[str]] = {}
    for cells in data:
        if question not in cells:
            continue
        for col, value in cells.items():
            if col < question and is_id(value):
                codes.setdefault(col, []).append(value.strip())
    candidates = [
        (float(len(vals)), col)
        for col, vals in codes.items()
        if len(vals) >= 2 and len(set(vals)) >= 0.8 * len(vals)
    ]
    return _best(candidates)


def _answer_column(
    grid: Grid, headers: dict[int, dict[int, str]], question: int, ident: int | None
) -> int | None:
    """The strongest answer header word right of the questions (leftmost wins), else a dropdown column."""
    named: list[tuple[float, int]] = []
    for r, roles in headers.items():
        for col, role in roles.items():
            if role == "answer" and col not in (question, ident):
                # Answers sit right of their questions; a left one is a last resort.
                named.append((answer_strength(grid.rows[r][col]) + 10.0 * (col > question), col))
    if named:
        return _best(named)
    covered: Counter[int] = Counter()
    for v in grid.validations:
        for r0, c0, r1, c1 in v.ranges:
            for col in range(max(c0, question + 1), min(c1, question + 30) + 1):
                covered[col] += min(r1, 100_000) - r0 + 1
    return _best((float(n), c) for c, n in covered.items())


_ANSWER_VALUE = re.compile(
    r"(?:yes|no|n/?a|y|n|true|false|partial(?:ly)?|not applicable|in place|compliant|x|[☐☒☑✓✔])\b.*",
    re.IGNORECASE,
)


def _answer_by_content(grid: Grid, data: list[dict[int, str]], question: int) -> int | None:
    """No header word, no dropdown: the next column right of the questions, when what it holds
    reads like answers (Yes / No / N/A), or when it is a blank column of a Word table."""
    rows = [cells for cells in data if question in cells]
    after = [c for cells in rows for c in cells if c > question]
    nearest = min(after, default=question + 1 if grid.width > question else None)
    if nearest is None or not rows:
        return None
    values = [cells[nearest] for cells in rows if nearest in cells]
    answers = sum(1 for v in values if _ANSWER_VALUE.match(v.strip()))
    if (values and answers * 10 >= len(values) * 6) or (not values and grid.width):
        return nearest
    return None


def _comment_column(named: Counter[int] | None, answer: int | None, question: int) -> int | None:
    after = answer or question
    return _first(named, lambda c: c > after) or _first(
        named, lambda c: c not in (answer, question)
    )


def _pinned_columns(grid: Grid, layout: SheetLayout) -> Columns:
    header = layout.header_row
    if header:
        headers = frozenset({header})
    else:
        headers = frozenset(r for r, cells in grid.rows.items() if header_roles(cells))
    first = header + 1 if header else 1
    return Columns(
        question=layout.question,
        id=layout.id,
        answer=layout.answer,
        comment=layout.comment,
        section=layout.section,
        header_rows=headers,
        first_data_row=first,
        pinned=True,
    )


# ---------------------------------------------------------------------------------- rows


def clean_section(text: str) -> str:
    """A section title, trimmed: a long 'Name (ID): description' keeps only its name."""
    text = normalise(text)
    if len(text) > 80 and 3 <= text.find(":") <= 80:
        return text[: text.find(":")].strip()
    return text


def lone_cell(text: str) -> tuple[str, str | None]:
    """A row with a single filled cell: (skip reason, new section or None)."""
    text = normalise(text)
    if _FOOTER.match(text):
        return "footer", None
    if text.endswith(":") and len(text) <= 60:
        return "label", None
    # Section titles are short and never a clause list ("GNRL-01 to 08; populated by ...").
    if _INSTRUCTION.match(text) or len(text) > 100 or ";" in text:
        return "instruction", None
    return "section", clean_section(text)


def id_value(text: str | None) -> str | None:
    """The cell's text when it can be a question ID (short, code-like), else None."""
    if not text:
        return None
    if is_id(text):
        return text.strip()
    text = normalise(text)
    if len(text) > 30 or len(text.split()) > 3:
        return None
    return text if any(ch.isdigit() for ch in text) else None


def _header_label(cells: dict[int, str], question: int, spans: list[tuple[int, int]]) -> str | None:
    """The block title a header row carries (' Documentation | Answer | ...'), if any."""
    labels = {c: v for c, v in cells.items() if not header_role(v) and normalise(v)}
    if question in labels:
        return clean_section(labels[question])
    for c0, c1 in spans:
        if c0 <= question <= c1 and c0 in labels:
            return clean_section(labels[c0])
    left = [c for c in labels if c < question]
    return clean_section(labels[min(left)]) if left else None


def _row_spans(merged: Iterable[tuple[int, int, int, int]]) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for r0, c0, _r1, c1 in merged:
        if c1 > c0:
            spans.setdefault(r0, []).append((c0, c1))
    return spans


def _row_choices(grid: Grid, answer: int | None) -> dict[int, tuple[str, ...]]:
    """Allowed answers by row for the answer column, from the list validations covering it."""
    if answer is None or not grid.validations:
        return {}
    rows = list(grid.rows)
    found: dict[int, tuple[str, ...]] = {}
    for v in grid.validations:
        if not v.choices:
            continue
        for r0, c0, r1, c1 in v.ranges:
            if c0 <= answer <= c1:
                for r in rows[bisect_left(rows, r0) : bisect_right(rows, r1)]:
                    found.setdefault(r, v.choices)
    return found


def walk_grid(grid: Grid, cols: Columns, seen: Seen, section: str | None = None) -> None:
    """Turn every non-empty row into exactly one requirement or one skip."""
    spans = _row_spans(grid.merged)
    choices = _row_choices(grid, cols.answer)
    question_hidden = cols.question in grid.hidden_cols
    outer = section  # the heading a Word table sits under
    col_section: str | None = None
    prev_req = False
    for r, cells in grid.rows.items():
        if r in cols.header_rows:
            # A header row starts a block: its label (" Documentation | Answer") is the section;
            # an unlabelled one ends the title above it, unless it continues a two-row header.
            label = None if cols.pinned else _header_label(cells, cols.question, spans.get(r, []))
            section = label or (section if r - 1 in cols.header_rows else outer)
            reason: str | None = "header"
        elif cols.pinned and r < cols.first_data_row:
            reason = "above-header"
        else:
            if cols.section and cols.section in cells:
                col_section = clean_section(cells[cols.section])
            reason, qid, question, new = classify_row(
                cells, cols, r < cols.first_data_row, prev_req
            )
            section = new or section
        if reason is not None:
            seen.skipped.append(Skip(grid.cell_ref(r, min(cells)), reason))
            prev_req = prev_req and reason == "continuation"
            continue
        prev_req = True
        ref = grid.cell_ref(r, cols.question)
        if _is_duplicate(seen, qid, question, ref):
            continue
        answer, comment = cols.answer, cols.comment
        seen.requirements.append(
            Requirement(
                ref=ref,
                question=question,
                question_id=qid,
                section=col_section or section,
                sheet=grid.sheet,
                row=r,
                answer=_value(cells, answer),
                comment=_value(cells, comment),
                answer_ref=grid.target_ref(r, answer) if answer else None,
                comment_ref=grid.target_ref(r, comment) if comment else None,
                choices=choices.get(r, ()),
                hidden=question_hidden or r in grid.hidden_rows,
            )
        )


def classify_row(
    cells: dict[int, str], cols: Columns, above: bool, prev_req: bool
) -> tuple[str | None, str | None, str, str | None]:
    """(skip reason or None for a requirement, question ID, question text, new section or None).

    `above`: the row is above the first header row, where only rows with an ID count.
    `prev_req`: the row before was a requirement (or its continuation).
    """
    question = normalise(cells.get(cols.question, ""))
    qid = id_value(cells.get(cols.id)) if cols.id else None
    if not question:
        if qid:
            return "blank-question", qid, "", None
        if len(cells) == 1:
            reason, new = lone_cell(next(iter(cells.values())))
            return reason, None, "", new
        return ("title" if above else "no-question"), None, "", None
    if qid is None:
        qid, question = split_embedded_id(question)
    elif question.startswith(qid):
        question = split_embedded_id(question)[1]
    if qid is not None:
        return None, qid, question, None
    asks = looks_like_question(question)
    if above and len(cells) > 1:
        return "title", None, question, None
    if not asks and len(cells) == 1 and _title_like(question):
        reason, new = lone_cell(question)
        return reason, None, question, new
    if not above and not asks and cols.id is not None:
        # Where questions carry IDs, plain text without one is not a question: the criteria
        # under a question (SAMM's two-row pattern) or a small grid. Kept out, not appended,
        # so the question text stays exactly what the buyer wrote.
        return ("continuation" if prev_req else "not-a-question"), None, question, None
    if above or (not asks and len(cells) == 1):
        reason, new = lone_cell(question)
        return reason, None, question, new
    if _INSTRUCTION.match(question):
        return "instruction", None, question, None
    return None, None, question, None


def _title_like(text: str) -> bool:
    """Short and not a sentence: a heading such as "Application & Interface Security"."""
    return len(text) <= 80 and len(text.split()) <= 10 and not text.endswith((".", ";"))


def _is_duplicate(seen: Seen, qid: str | None, question: str, ref: str) -> bool:
    """Record `ref` as the first of its (ID, text); True (and a skip) when one came before."""
    if not qid:
        return False
    key = (qid.casefold(), question.casefold())
    first = seen.keys.setdefault(key, ref)
    if first != ref:
        seen.skipped.append(Skip(ref, f"duplicate of {first}"))
        return True
    return False


def _value(cells: dict[int, str], col: int | None) -> str | None:
    if col is None:
        return None
    return normalise(cells.get(col, "")) or None


# ---------------------------------------------------------------------------------- documents


def extract(document: Document, layout: SheetLayout | None = None) -> Extraction:
    """Every requirement of a document, and every other non-empty row or paragraph with why."""
    seen = Seen()
    if document.sheets:
        _extract_sheets(document, layout, seen)
    if document.blocks:
        _extract_blocks(document.blocks, seen)
    return Extraction(tuple(seen.requirements), tuple(seen.skipped))


def sheet_grid(sheet: Sheet) -> Grid:
    """A worksheet as a Grid: refs 'Sheet!B12', answer cells 'C12'."""
    name = sheet.name
    return Grid(
        name=name,
        rows=index_rows(sheet.cells),
        cell_ref=lambda r, c: f"{name}!{col_letters(c)}{r}",
        target_ref=lambda r, c: f"{col_letters(c)}{r}",
        sheet=name,
        hidden_rows=sheet.hidden_rows,
        hidden_cols=sheet.hidden_cols,
        merged=sheet.merged,
        validations=sheet.validations,
    )


def _extract_sheets(document: Document, layout: SheetLayout | None, seen: Seen) -> None:
    names = [s.name for s in document.sheets]
    if layout is not None and layout.sheet is not None and layout.sheet not in names:
        raise LayoutError(
            document.path,
            f"the layout names sheet '{layout.sheet}', which the file does not have",
            f"use one of: {', '.join(names)}",
        )
    for sheet in document.sheets:
        pinned = layout is not None and layout.sheet == sheet.name
        if layout is not None and layout.sheet is not None and not pinned:
            seen.skipped.append(Skip(sheet.name, "sheet-skipped: not the layout's sheet"))
            continue
        grid = sheet_grid(sheet)
        why = None if pinned else _sheet_skip(sheet, grid)
        cols = None
        if why is None:
            cols = detect_columns(grid, layout)
            if cols is None:
                why = _name_reason(sheet.name) or "no question column"
            elif not pinned and _evaluator_headers(grid, cols):
                why = "evaluator sheet"
        if why is not None or cols is None:
            seen.skipped.append(Skip(sheet.name, f"sheet-skipped: {why}"))
            continue
        walk_grid(grid, cols, seen)


def _sheet_skip(sheet: Sheet, grid: Grid) -> str | None:
    if sheet.state != "visible":
        return "hidden sheet"
    if not grid.rows:
        return "empty"
    return sheet_name_skip(sheet.name)


def _evaluator_headers(grid: Grid, cols: Columns) -> bool:
    return any(
        _EVALUATOR_HEADER.search(value) for r in cols.header_rows for value in grid.rows[r].values()
    )


def table_grid(block: Block) -> Grid:
    """A Word table as a Grid: refs 'T2R3', answer cells 'T2R3C4' (1-based cell index)."""
    rows: Rows = {}
    for r, cells in enumerate(block.rows, start=1):
        kept = {c: v for c, v in enumerate(cells, start=1) if v and not v.isspace()}
        if kept:
            rows[r] = kept
    ref = block.ref
    return Grid(
        name=ref,
        rows=rows,
        cell_ref=lambda r, c: f"{ref}R{r}",
        target_ref=lambda r, c: f"{ref}R{r}C{c}",
        width=max((len(row) for row in block.rows), default=0),
    )


_SKIP_STYLES = (
    ("toc", "toc"),
    ("table of contents", "toc"),
    ("title", "title"),
    ("subtitle", "title"),
)
_VSAQ_SKIPS = {"info": "instruction", "tip": "tip", "spacer": "layout"}


def _extract_blocks(blocks: tuple[Block, ...], seen: Seen) -> None:
    tables = [table_grid(b) for b in blocks if b.kind == "table"]
    detected = {g.name: detect_columns(g) for g in tables}
    has_question_tables = any(cols is not None for cols in detected.values())
    stack: list[tuple[int, str]] = []  # open sections by level: headings and VSAQ blocks
    grids = {g.name: g for g in tables}
    for block in blocks:
        text = normalise(block.text)
        # A heading closes headings of its level and deeper; a VSAQ item closes the blocks it is
        # not nested in. Word paragraphs and tables sit under the last heading whatever their level.
        nests = block.kind == "heading" or block.item_type is not None
        while stack and nests and stack[-1][0] >= block.level:
            stack.pop()
        section = stack[-1][1] if stack else None
        if block.kind == "heading" or (block.kind == "item" and block.item_type == "block"):
            title = text
            if title:
                stack.append((block.level, clean_section(title)))
                seen.skipped.append(Skip(block.ref, "section"))
            continue
        if block.kind == "table":
            cols = detected.get(block.ref)
            if cols is None:
                if grids[block.ref].rows:
                    seen.skipped.append(Skip(block.ref, "table-skipped: no question column"))
                continue
            walk_grid(grids[block.ref], cols, seen, section)
            continue
        if block.kind == "item":
            _vsaq_item(block, section, seen)
            continue
        if text:
            _paragraph(block, text, section, has_question_tables, seen)


def _vsaq_item(block: Block, section: str | None, seen: Seen) -> None:
    kind = (block.item_type or "").lower()
    text = normalise(block.text)
    if kind in _VSAQ_SKIPS:
        if text:
            seen.skipped.append(Skip(block.ref, _VSAQ_SKIPS[kind]))
        return
    if not text:
        seen.skipped.append(Skip(block.ref, "blank-question"))
        return
    _add(seen, Requirement(block.ref, text, block.item_id, section, choices=block.choices))


def _paragraph(block: Block, text: str, section: str | None, tables: bool, seen: Seen) -> None:
    style = block.style.lower()
    for prefix, reason in _SKIP_STYLES:
        if style.startswith(prefix):
            seen.skipped.append(Skip(block.ref, reason))
            return
    boxed, has_box, answer = checkbox_answer(text, block.checkbox)
    qid, question = split_embedded_id(boxed)
    # Lists are questions in a list-style questionnaire; beside question tables they are prose
    # (a standard's bullet lists of references and definitions).
    listed = block.numbered and not tables and not text.endswith(":")
    if not has_box and not (paragraph_asks(question) or listed):
        seen.skipped.append(Skip(block.ref, "prose"))
        return
    _add(seen, Requirement(block.ref, question, qid, section, answer=answer))


_BOX = re.compile(r"[☐☒☑]")
_BOX_OPTION = re.compile(r"([☐☒☑])\s*([^\s☐☒☑]+)")


def checkbox_answer(text: str, checkbox: bool | None) -> tuple[str, bool, str | None]:
    """(text without its boxes, has boxes, answer) for a paragraph with checkboxes.

    '☐ Yes ☒ No We hold ...' -> ('We hold ...', True, 'No'); '☒ We hold ...' -> ('We hold ...',
    True, 'checked'); a form-field checkbox the reader saw -> 'checked' / 'unchecked'.
    """
    boxes = _BOX.findall(text)
    if len(boxes) >= 2:  # one box per option word: the ticked option is the answer
        ticked = [word for box, word in _BOX_OPTION.findall(text) if box != "☐"]
        rest = normalise(_BOX_OPTION.sub(" ", text))
        return rest or text, True, ", ".join(ticked) or None
    if boxes:
        checkbox = boxes[0] != "☐"
    if checkbox is None:
        return text, False, None
    return normalise(_BOX.sub(" ", text)) or text, True, "checked" if checkbox else "unchecked"


def _add(seen: Seen, req: Requirement) -> None:
    if not _is_duplicate(seen, req.question_id, req.question, req.ref):
        seen.requirements.append(req)
