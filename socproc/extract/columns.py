"""Header rows and column roles: where a grid's question, ID, answer and comment columns are."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from socproc.extract.grid import Columns, Grid
from socproc.extract.words import (
    answer_strength,
    header_role,
    id_value,
    is_id,
    looks_like_question,
)
from socproc.read.layout import SheetLayout

# A code with a separator ("AC-01", "1.2.3"): never a header word.
_CODE = re.compile(r"(?=\S*\d)[A-Za-z0-9]{1,10}(?:[-_.][A-Za-z0-9]{1,10}){1,6}\.?")


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
    requests = {col for col, value in cells.items() if _REQUEST_RX.match(value)}
    if requests and not set(roles) - requests:
        # "T298 | Describe your incident response process.": a request, not a "Response"
        # header; beside header words ("ID | Question | Please provide any evidence") it is one.
        return None
    labels = len(cells) - len(roles)
    # Two header words, or one beside a block label (" Documentation | Answer"), make a header.
    if len(roles) >= 2 or (
        len(roles) == 1 and labels <= 2 and set(roles.values()) & {"answer", "question"}
    ):
        return roles
    if len(roles) == 1 and labels <= 3 and any(_YES_NO.fullmatch(cells[c].strip()) for c in roles):
        return roles  # "Certification | Yes/No | Expiry Date | Attach": a yes/no form
    return None


_YES_NO = re.compile(r"yes\s*/\s*no|y\s*/\s*n", re.IGNORECASE)
# A request to the vendor: an imperative on something of the vendor's, four words at least.
_REQUEST_RX = re.compile(
    r"\s*(?:please\s+)?(?:describe|explain|list|provide|outline|detail|summari[sz]e|identify|"
    r"specify|state|indicate)\s+(?:your|the|how|what|which|whether|any|all)\s+\S+\s+\S+",
    re.IGNORECASE,
)


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
    requests = False
    if question is None and by_role.get("request"):
        # Nothing asks, but a header names the documents requested or the fields to fill.
        question = _first(by_role.get("request"))
        requests = True
    if question is None and by_role.get("answer"):
        # "Certification | Yes/No": the items asked about sit left of a named answer column.
        question = _items_left_of(data, min(by_role["answer"]))
        requests = question is not None
    if question is None:
        return None
    ident = _id_column(data, question, by_role.get("id"))
    if ident is None and (text := _text_beside_ids(data, question)) is not None:
        # A "Requirement" header over two columns, numbers under its first: "1.2.1 | text".
        question, ident = text, question
    named = [c for c in by_role.get("question", ()) if c < question]
    if ident is None and named and _text_beside_ids(data, max(named)) == question:
        # The same header shape, found from the text side: "2.1 (a) | Are vendor ...?".
        ident = max(named)
    group = box_group(grid, question, set(headers))
    header_rows = set(headers) | ({group[2]} if group and group[2] is not None else set())
    answer = None
    if group is None:
        answer = _answer_column(grid, headers, question, ident) or _answer_by_content(
            grid, data, question
        )
    comment = _comment_column(by_role.get("comment"), answer, question)
    # Never the ID column: a "Section" header of another block (a score table) may sit above it.
    section = _first(by_role.get("section"), lambda c: c < question and c != ident)
    first = min(header_rows) if header_rows else 1
    boxes, labels = (group[0], group[1]) if group else ((), ())
    return Columns(
        question,
        ident,
        answer,
        comment,
        section,
        frozenset(header_rows),
        first,
        boxes=boxes,
        box_labels=labels,
        requests=requests,
        boxed=bool(grid.width) and answer is not None,
    )


def _items_left_of(data: list[dict[int, str]], answer: int) -> int | None:
    """The text column just left of an answer column, filled on most rows."""
    counts = Counter(c for cells in data for c, v in cells.items() if c < answer and len(v) > 1)
    if not counts or not data:
        return None
    col = max(counts)
    return col if counts[col] * 2 >= len(data) else None


def _text_beside_ids(data: list[dict[int, str]], question: int) -> int | None:
    """The column right of `question` holding the text, when `question` holds mostly IDs."""
    # Rows with more than the one cell: a lone "1.2 Network security ..." is a section row.
    values = [cells[question] for cells in data if question in cells and len(cells) > 1]
    if len(values) < 2 or sum(1 for v in values if _short_id(v)) * 10 < len(values) * 7:
        return None
    right = Counter(
        c
        for cells in data
        if question in cells and len(cells) > 1
        for c, v in cells.items()
        if (c > question and looks_like_question(v)) or (c == question + 1 and len(v) > 20)
    )
    return _best((float(n), c) for c, n in right.items() if n * 2 >= len(values))


def _short_id(text: str) -> bool:
    return len(text.strip()) <= 16 and id_value(text) is not None


# A cell holding a check mark or nothing: the answer cells of a check-box column group.
_MARK = re.compile(r"[☐☒☑✓✔xX]?")
_GLYPH = re.compile(r"[☐☒☑]")
# The options a check-box column stands for, when its cells carry no glyph ("x" columns).
_OPTION = re.compile(
    r"(?:yes|no|n/?a|not applicable|partial(?:ly)?|planned|(?:not |partially |fully |non-?)?"
    r"(?:in place|implemented|compliant|met|tested)|in place with ccw|yes with ccw|unknown)",
    re.IGNORECASE,
)


def box_group(
    grid: Grid, question: int, headers: set[int]
) -> tuple[tuple[int, ...], tuple[str, ...], int | None] | None:
    """(columns, their option labels, the label row) of a group of check-box answer columns.

    A column is a check box when, on the question rows, it holds box glyphs (Word's form check
    boxes read as ☐/☒) or, under an option header ("Yes", "Not in Place"), only marks or nothing.
    Its label is the nearest text above the first question row.
    """
    qrows = [r for r, cells in grid.rows.items() if question in cells and r not in headers]
    # The first answer row is the first with a glyph beside its question (the row of labels
    # above it may hold text in the question column: "Yes | No | Question").
    boxed = (r for r in qrows if any(_GLYPH.match(v.strip()) for v in grid.rows[r].values()))
    top = next(boxed, qrows[0] if qrows else None)
    if top is None:
        return None
    qrows = [r for r in qrows if r >= top]
    sample = qrows[:: len(qrows) // 200 + 1]
    glyphs: Counter[int] = Counter()
    marks_only: dict[int, bool] = {}
    for r in sample:
        for c, v in grid.rows[r].items():
            if c == question:
                continue
            v = v.strip()
            if _GLYPH.fullmatch(v):
                glyphs[c] += 1
            marks_only[c] = marks_only.get(c, True) and _MARK.fullmatch(v) is not None
    labels: dict[int, tuple[str, int]] = {}
    for r in sorted((r for r in grid.rows if r < top), reverse=True):
        for c, v in grid.rows[r].items():
            if c != question and c not in labels and not _GLYPH.search(v):
                labels[c] = (" ".join(v.split()), r)
    cols = [
        c
        for c in sorted(labels)
        if (glyphs[c] * 2 >= len(sample) and len(labels[c][0]) <= 40)
        or (marks_only.get(c, True) and _OPTION.fullmatch(labels[c][0]))
    ]
    # One row of labels over side-by-side columns: choice i's box is i columns right of the
    # first, which is how the filled copy finds the box to tick.
    if len(cols) < 2 or len({labels[c][1] for c in cols}) != 1 or cols[-1] - cols[0] >= len(cols):
        return _labelled_boxes(grid, question, sample)
    return tuple(cols), tuple(labels[c][0] for c in cols), labels[cols[0]][1]


_BOX_LABEL = re.compile(r"[☐☒☑]\s*([^☐☒☑]{1,40})")


def _labelled_boxes(
    grid: Grid, question: int, sample: list[int]
) -> tuple[tuple[int, ...], tuple[str, ...], None] | None:
    """Side-by-side columns whose every cell is a box with its own label ("☐ Yes | ☐ No")."""
    found: dict[int, set[str]] = {}
    hits: Counter[int] = Counter()
    for r in sample:
        for c, v in grid.rows[r].items():
            m = _BOX_LABEL.fullmatch(v.strip()) if c != question else None
            if m:
                found.setdefault(c, set()).add(" ".join(m.group(1).split()))
                hits[c] += 1
    cols = sorted(c for c, words in found.items() if len(words) == 1 and hits[c] * 2 >= len(sample))
    if len(cols) < 2 or cols[-1] - cols[0] >= len(cols):
        return None
    return tuple(cols), tuple(next(iter(found[c])) for c in cols), None


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
        best = _best((fill[c] + 0.5, c) for c in named if c < question)
        if best is None or not _row_numbers(data, question, best):
            return best
        # "# | MSTG-ID | Requirement": the running number is the row's, the code is the ID.
        return _code_column(data, question, letters=True) or best
    return _code_column(data, question)


def _row_numbers(data: list[dict[int, str]], question: int, col: int) -> bool:
    values = [cells.get(col, "").strip() for cells in data if question in cells]
    return bool(values) and all(v.isdigit() for v in values if v)


def _code_column(data: list[dict[int, str]], question: int, letters: bool = False) -> int | None:
    """A column left of the questions holding distinct short codes (with letters, if asked)."""
    codes: dict[int, list[str]] = {}
    for cells in data:
        if question not in cells:
            continue
        for col, value in cells.items():
            if col < question and is_id(value) and (not letters or not value.strip().isdigit()):
                codes.setdefault(col, []).append(value.strip())
    # A code with letters ("MSTG-ARCH-1") beats a running row number beside it.
    candidates = [
        (len(vals) + (0.0 if all(v.isdigit() for v in vals) else 0.5), col)
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
        if v.kind != "list":
            continue  # a date cell is no sign of the answer column ("Date of last review")
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
