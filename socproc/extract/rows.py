"""Grid rows → requirements: every non-empty row becomes exactly one requirement or one skip."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from socproc.extract.grid import Columns, Grid
from socproc.extract.words import (
    clean_section,
    collapse_spaces,
    header_role,
    id_value,
    is_id,
    looks_like_question,
    split_embedded_id,
)
from socproc.model import Requirement, Skip, Validation

_INSTRUCTION = re.compile(
    r"(?:(?:instructions?|directions|please note|disclaimer)\b|notes?\s*:|important\s*:|step \d)",
    re.IGNORECASE,
)
# A field about the vendor or its contact person, as a short label in the question column.
CONTACT_FIELD = re.compile(
    r"(?:(?:vendor|supplier|company|organi[sz]ation|business|legal|primary|security|contact|"
    r"respondent|your)\s+){0,2}(?:(?:full |legal |company |contact )?name|e-?mail(?: address)?|"
    r"(?:tele)?phone(?: number)?|job title|title|address|website|url)\s*:?",
    re.IGNORECASE,
)
_FOOTER = re.compile(r"(?:copyright|©|\(c\)\s*\d{4}|end of (?:work)?sheet)", re.IGNORECASE)


@dataclass(slots=True)
class Seen:
    """What one document has produced so far: requirements, skips, and (id, text) seen."""

    requirements: list[Requirement] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    keys: dict[tuple[str, str], str] = field(default_factory=dict)


def lone_cell(text: str) -> tuple[str, str | None]:
    """A row with a single filled cell: (skip reason, new section or None)."""
    text = collapse_spaces(text)
    if _FOOTER.match(text):
        return "footer", None
    if text.endswith(":") and len(text) <= 60:
        return "label", None
    # Section titles are short and never a clause list ("GNRL-01 to 08; populated by ...").
    if _INSTRUCTION.match(text) or len(text) > 100 or ";" in text:
        return "instruction", None
    return "section", clean_section(text)


def _header_label(cells: dict[int, str], question: int, spans: list[tuple[int, int]]) -> str | None:
    """The block title a header row carries (' Documentation | Answer | ...'), if any."""
    labels = {c: v for c, v in cells.items() if not header_role(v) and collapse_spaces(v)}
    if question in labels:
        return clean_section(labels[question])
    for c0, c1 in spans:
        if c0 <= question <= c1 and c0 in labels:
            return clean_section(labels[c0])
    left = [c for c in labels if c < question and not _column_name(labels[c])]
    return clean_section(labels[min(left)]) if left else None


# Words that name a column, not a block of rows: "Ref. #", "MSTG-ID", "Section Name".
_COLUMN_WORDS = re.compile(r"(?:#|id|ref|no|nr|number|name|code|key|level|type)\.?", re.IGNORECASE)


def _column_name(label: str) -> bool:
    """A header cell that names its column ("Ref. #", "MSTG-ID", "Section Name")."""
    words = re.split(r"[\s/_-]+", collapse_spaces(label))
    return len(words) <= 3 and any(_COLUMN_WORDS.fullmatch(w) for w in words)


def _row_spans(merged: Iterable[tuple[int, int, int, int]]) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for r0, c0, _r1, c1 in merged:
        if c1 > c0:
            spans.setdefault(r0, []).append((c0, c1))
    return spans


def _row_choices(grid: Grid, answer: int | None) -> dict[int, tuple[str, ...]]:
    """Allowed answers by row for the answer column, from the list validations covering it."""
    found: dict[int, tuple[str, ...]] = {}
    for v, covered in _answer_rows(grid, answer):
        if v.choices:
            for r in covered:
                found.setdefault(r, v.choices)
    return found


def _date_rows(grid: Grid, answer: int | None) -> frozenset[int]:
    """The rows whose answer cell takes only a date (a date validation or date format)."""
    return frozenset(
        r for v, covered in _answer_rows(grid, answer) if v.kind == "date" for r in covered
    )


def _answer_rows(grid: Grid, answer: int | None) -> Iterator[tuple[Validation, list[int]]]:
    """Each validation with the grid's rows whose answer cell it covers."""
    if answer is None:
        return
    rows = list(grid.rows)
    for v in grid.validations:
        for r0, c0, r1, c1 in v.ranges:
            if c0 <= answer <= c1:
                yield v, rows[bisect_left(rows, r0) : bisect_right(rows, r1)]


def walk_grid(grid: Grid, cols: Columns, seen: Seen, section: str | None = None) -> None:
    """Turn every non-empty row into exactly one requirement or one skip."""
    first = len(seen.requirements)
    _walk_rows(grid, cols, seen, section)
    demote_parent_titles(seen, first)
    number_topic_questions(seen, first)


def number_topic_questions(seen: Seen, first: int = 0) -> None:
    """A number on a topic row, its question on the next row ("5 | Access Control" then
    " | Do you enforce MFA?"): the question takes the number, the topic becomes its section."""
    reqs = seen.requirements
    out: list[Requirement] = reqs[:first]
    i = first
    while i < len(reqs):
        req = reqs[i]
        nxt = reqs[i + 1] if i + 1 < len(reqs) else None
        if (
            nxt is not None
            and req.question_id
            and not nxt.question_id
            and req.row is not None
            and nxt.row == req.row + 1
            and req.sheet == nxt.sheet
            and not req.answer
            and _title_like(req.question)
            and not looks_like_question(req.question)
            and looks_like_question(nxt.question)
        ):
            seen.skipped.append(Skip(req.ref, "section"))
            out.append(replace(nxt, question_id=req.question_id, section=req.question))
            i += 2
            continue
        out.append(req)
        i += 1
    seen.requirements[:] = out


def demote_parent_titles(seen: Seen, first: int = 0) -> None:
    """Numbered block titles become sections: "2 | Third Party Assurance" above "2.1", "2.2".

    A row whose text is a short title, not a question, and whose ID is the parent of the next
    row's ID ("2" → "2.1", "AC" → "AC-01") heads the rows under it; those rows take it as
    their section, and the title row is recorded as a skipped section row.
    """
    reqs = seen.requirements
    out: list[Requirement] = reqs[:first]
    title: tuple[str, str] | None = None  # (parent ID, section title) in force
    for i in range(first, len(reqs)):
        req = reqs[i]
        nxt = reqs[i + 1] if i + 1 < len(reqs) else None
        if nxt is not None and _is_parent_title(req, nxt):
            title = (req.question_id or "", req.question)
            seen.skipped.append(Skip(req.ref, "section"))
            continue
        if title and req.question_id and _is_child(title[0], req.question_id):
            req = replace(req, section=title[1])
        out.append(req)
    seen.requirements[:] = out


def _is_parent_title(req: Requirement, nxt: Requirement) -> bool:
    return bool(
        req.question_id
        and nxt.question_id
        and _is_child(req.question_id, nxt.question_id)
        and _title_like(req.question)
        and not looks_like_question(req.question)
    )


def _is_child(parent: str, child: str) -> bool:
    return (
        len(child) > len(parent) + 1 and child.startswith(parent) and child[len(parent)] in ".-_ "
    )


def _walk_rows(grid: Grid, cols: Columns, seen: Seen, section: str | None) -> None:
    spans = _row_spans(grid.merged)
    choices = _row_choices(grid, cols.answer)
    dates = _date_rows(grid, cols.answer)
    question_hidden = cols.question in grid.hidden_cols
    outer = section  # the heading a Word table sits under
    col_section: str | None = None
    prev_req = False
    titled = 0  # the last row that was a section title
    for r, cells in grid.rows.items():
        if r in cols.header_rows:
            # A header row starts a block: its label (" Documentation | Answer") is the section;
            # an unlabelled one ends the title above it, unless it continues a two-row header.
            label = None if cols.pinned else _header_label(cells, cols.question, spans.get(r, []))
            # A title right above the header row ("Governance", then "# | Question | ...")
            # is the block's section.
            keep = r - 1 in cols.header_rows or titled == r - 1
            section = label or (section if keep else outer)
            reason: str | None = "header"
        elif cols.pinned and r < cols.first_data_row:
            reason = "above-header"
        else:
            if cols.section and cols.section in cells:
                col_section = clean_section(cells[cols.section])
            reason, qid, question, new = read_row(cells, cols, r < cols.first_data_row, prev_req)
            section = new or section
            titled = r if new else titled
        if reason is not None:
            seen.skipped.append(Skip(grid.cell_ref(r, min(cells)), reason))
            prev_req = prev_req and reason == "continuation"
            continue
        prev_req = True
        ref = grid.cell_ref(r, cols.question)
        if is_duplicate(seen, qid, question, ref):
            continue
        answer, comment = cols.answer, cols.comment
        req = Requirement(
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
            answer_format="date" if r in dates else None,
        )
        if cols.boxes:
            req = _boxed(req, grid, cols, r, cells)
        elif req.answer and len(_BOXES.findall(req.answer)) >= 2:
            req = _boxed_cell(req)
        elif req.answer and _OPTION_LIST.fullmatch(req.answer):
            # "Yes / No" in the answer cell: the options to pick from, not an answer.
            req = replace(req, answer=None, choices=tuple(o.strip() for o in req.answer.split("/")))
        seen.requirements.append(req)


_BOXES = re.compile(r"[☐☒☑]")
_OPTION_WORD = r"\s*(?:yes|no|n/a|partial(?:ly)?|unknown)\s*"
_OPTION_LIST = re.compile(rf"{_OPTION_WORD}(?:/{_OPTION_WORD})+", re.IGNORECASE)
_TICKED = re.compile(r"[☒☑✓✔xX]")
_OPTION_BOX = re.compile(r"([☐☒☑])\s*([^☐☒☑]+)")


def _boxed(
    req: Requirement, grid: Grid, cols: Columns, r: int, cells: dict[int, str]
) -> Requirement:
    """A row answered by ticking one of a group of check-box columns."""
    ticked = [
        label
        for c, label in zip(cols.boxes, cols.box_labels, strict=True)
        if _TICKED.fullmatch(cells.get(c, "").strip())
        or cells.get(c, "").lstrip().startswith(("☒", "☑"))
    ]
    # A sheet's "x" column takes a mark the workbook writers do not place yet: left to the
    # reviewer. A Word check box is ticked by the filled copy, through its first box's cell.
    where = grid.target_ref(r, cols.boxes[0]) if grid.sheet is None else None
    return replace(req, answer=", ".join(ticked) or None, answer_ref=where, choices=cols.box_labels)


def _boxed_cell(req: Requirement) -> Requirement:
    """An answer cell holding its own options ("☐ Yes ☐ No"): the ticked one is the answer."""
    options = [(box, " ".join(word.split())) for box, word in _OPTION_BOX.findall(req.answer or "")]
    if len(options) < 2 or not all(word for _, word in options):
        return req
    ticked = [word for box, word in options if box != "☐"]
    return replace(req, answer=", ".join(ticked) or None, choices=tuple(w for _, w in options))


def read_row(
    cells: dict[int, str], cols: Columns, above: bool, prev_req: bool
) -> tuple[str | None, str | None, str, str | None]:
    """(skip reason or None for a requirement, question ID, question text, new section or None).

    `above`: the row is above the first header row, where only rows with an ID count.
    `prev_req`: the row before was a requirement (or its continuation).
    """
    question = collapse_spaces(cells.get(cols.question, ""))
    qid = id_value(cells.get(cols.id)) if cols.id else None
    if question and not _WORDS.search(question):
        return "no-question", qid, question, None  # "45", "3.5": a number is never a question
    if not question:
        id_text = cells.get(cols.id, "") if cols.id else ""
        if qid and (len(cells) > 1 or is_id(id_text)):
            return "blank-question", qid, "", None
        if len(cells) == 1:
            # A lone cell, including "1. Access Control" in the ID column: a numbered section
            # title, not an ID whose question is missing (real IDs match the strict patterns).
            reason, new = lone_cell(next(iter(cells.values())))
            return reason, None, "", new
        return ("title" if above else "no-question"), None, "", None
    if qid is None:
        qid, question = split_embedded_id(question)
    elif question.startswith(qid):
        question = split_embedded_id(question)[1]
    if qid is not None:
        return None, qid, question, None
    if cols.requests and not above:
        # A document-request list: every named document is a request, titles included.
        if _INSTRUCTION.match(question) or _FOOTER.match(question):
            return "instruction", None, question, None
        return None, None, question, None
    if CONTACT_FIELD.fullmatch(question):
        # "Vendor name:", "Contact email:": the vendor fills these in (spec: fields about the
        # vendor are answered from the inventory), so they are requirements, not labels.
        return None, None, question.rstrip(": "), None
    asks = looks_like_question(question)
    if above and len(cells) > 1:
        return "title", None, question, None
    others = [v for c, v in cells.items() if c != cols.question]
    if not asks and _title_like(question) and others and all(header_role(v) for v in others):
        # "Access Control | Response | Comments": a topic row that repeats the headers.
        return "section", None, question, clean_section(question)
    if not asks and len(cells) == 1 and cols.boxed and field_phrase(question):
        # "Number of employees" beside an empty answer box of a Word table: a field to fill.
        return None, None, question, None
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


_WORDS = re.compile(r"[^\W\d_]{2}")
_PARENS = re.compile(r"\([^)]*\)")


def field_phrase(text: str) -> bool:
    """A phrase in sentence case ("Number of employees", "If yes, please describe"), not a
    title in title case ("Data Protection"): what a form asks to be filled in."""
    words = _PARENS.sub(" ", text).split()
    return len(words) >= 2 and all(not w[:1].isupper() for w in words[1:])


def _title_like(text: str) -> bool:
    """Short and not a sentence: a heading such as "Application & Interface Security"."""
    return len(text) <= 80 and len(text.split()) <= 10 and not text.endswith((".", ";"))


def is_duplicate(seen: Seen, qid: str | None, question: str, ref: str) -> bool:
    """Record `ref` as the first of its (ID, text); True (and a skip) when one came before."""
    if not qid:
        return False
    key = (qid.casefold(), question.casefold())
    first = seen.keys.setdefault(key, ref)
    if first != ref:
        seen.skipped.append(Skip(ref, f"duplicate of {first}"))
        return True
    return False


# Text a form prints where the answer goes: "[Free text response]", "<Name>", Word's prompt.
_PLACEHOLDER = re.compile(
    r"\[[^\]]{0,60}\]|<[^>]{0,60}>|click (?:or tap )?here to enter (?:a )?(?:text|date)\.?",
    re.IGNORECASE,
)


def _value(cells: dict[int, str], col: int | None) -> str | None:
    if col is None:
        return None
    value = collapse_spaces(cells.get(col, ""))
    return None if not value or _PLACEHOLDER.fullmatch(value) else value
