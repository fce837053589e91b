"""A whole document → Extraction: its sheets, then its Word tables, paragraphs and VSAQ items."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from socproc.errors import LayoutError
from socproc.extract.columns import detect_columns
from socproc.extract.forms import answer_table
from socproc.extract.grid import Columns, Grid, sheet_grid, table_grid
from socproc.extract.rows import Seen, is_duplicate, walk_grid
from socproc.extract.words import (
    EVALUATOR_HEADER,
    clean_section,
    collapse_spaces,
    name_reason,
    paragraph_asks,
    sheet_name_skip,
    split_embedded_id,
)
from socproc.model import Block, Document, Extraction, Requirement, Sheet, Skip
from socproc.read.layout import SheetLayout


def extract(document: Document, layout: SheetLayout | None = None) -> Extraction:
    """Every requirement of a document, and every other non-empty row or paragraph with why."""
    seen = Seen()
    if document.sheets:
        _extract_sheets(document, layout, seen)
    if document.blocks:
        _extract_blocks(document.blocks, seen)
    return Extraction(tuple(seen.requirements), tuple(seen.skipped))


def _extract_sheets(document: Document, layout: SheetLayout | None, seen: Seen) -> None:
    names = [s.name for s in document.sheets]
    if layout is not None and layout.sheet is not None and layout.sheet not in names:
        raise LayoutError(
            document.path,
            f"the layout names sheet '{layout.sheet}', which the file does not have",
            f"use one of: {', '.join(names)}",
        )
    found: list[tuple[Sheet, Grid, Columns | None, str | None, bool]] = []
    for sheet in document.sheets:
        pinned = layout is not None and layout.sheet == sheet.name
        if layout is not None and layout.sheet is not None and not pinned:
            found.append((sheet, sheet_grid(sheet), None, "not the layout's sheet", pinned))
            continue
        grid = sheet_grid(sheet)
        why = None if pinned else _sheet_skip(sheet, grid)
        cols = None
        if why is None:
            cols = detect_columns(grid, layout)
            if cols is None:
                why = name_reason(sheet.name) or "no question column"
            elif not pinned and _evaluator_headers(grid, cols):
                why = "evaluator sheet"
        found.append((sheet, grid, cols, why, pinned))
    answered = any(why is None and has_answer_place(cols) for _, _, cols, why, _ in found)
    shapes: list[tuple[tuple[str, ...], frozenset[str]]] = []
    for sheet, grid, cols, why, pinned in found:
        if why is None and answered and not pinned and not has_answer_place(cols):
            why = "reference (no answer column beside questions answered elsewhere)"
        if why is not None or cols is None:
            seen.skipped.append(Skip(sheet.name, f"sheet-skipped: {why}"))
            continue
        shape = _layout(grid, cols)
        if any(is_parallel_copy(shape, earlier) for earlier in shapes):
            # Same questions under the same headers (an Android and an iOS sheet): answered
            # separately, so each sheet's rows are requirements of their own.
            keys, seen.keys = seen.keys, {}
            walk_grid(grid, cols, seen)
            seen.keys = keys
        else:
            walk_grid(grid, cols, seen)
        shapes.append(shape)


def _layout(grid: Grid, cols: Columns) -> tuple[tuple[str, ...], frozenset[str]]:
    """A sheet's header row and its question texts."""
    first = min(cols.header_rows) if cols.header_rows else None
    header = tuple(grid.rows[first].values()) if first is not None else ()
    texts = frozenset(
        collapse_spaces(cells[cols.question]).casefold()
        for r, cells in grid.rows.items()
        if cols.question in cells and r not in cols.header_rows
    )
    return header, texts


def is_parallel_copy(
    layout: tuple[tuple[str, ...], frozenset[str]], earlier: tuple[tuple[str, ...], frozenset[str]]
) -> bool:
    """A sheet repeating most of an earlier sheet's questions under the very same header row.

    A repeated question is a duplicate when its answer is the first one's cell or a formula
    of it; the cells carry no formulas here, so the header decides: a sheet that shows the
    same questions under other columns ("Current", "Phase 1") or repeats a few shared rows is
    a view of the first, one laid out the same is a copy to answer for another platform.
    """
    header, texts = layout
    if not header or header != earlier[0] or len(texts) < 3:
        return False
    return len(texts & earlier[1]) >= 0.8 * len(texts)


def has_answer_place(cols: Columns | None) -> bool:
    """Whether a grid's rows have somewhere to answer: an answer column or check boxes.

    A controls matrix beside a questionnaire (IDs and specifications, no answer place) is
    reference material when the questionnaire's own grids do have one.
    """
    return cols is not None and (cols.answer is not None or bool(cols.boxes))


def _sheet_skip(sheet: Sheet, grid: Grid) -> str | None:
    if sheet.state != "visible":
        return "hidden sheet"
    if not grid.rows:
        return "empty"
    return sheet_name_skip(sheet.name)


def _evaluator_headers(grid: Grid, cols: Columns) -> bool:
    return any(
        EVALUATOR_HEADER.search(value) for r in cols.header_rows for value in grid.rows[r].values()
    )


_SKIP_STYLES = (
    ("toc", "toc"),
    ("table of contents", "toc"),
    ("title", "title"),
    ("subtitle", "title"),
)
_VSAQ_SKIPS = {"info": "instruction", "tip": "tip", "spacer": "layout"}


def _extract_blocks(blocks: tuple[Block, ...], seen: Seen) -> None:
    # Answer tables first: a form whose questions head its tables states them nowhere else.
    forms = {b.ref: found for b in blocks if b.kind == "table" and (found := answer_table(b, None))}
    tables = [table_grid(b) for b in blocks if b.kind == "table" and b.ref not in forms]
    detected = {g.name: detect_columns(g) for g in tables}
    has_question_tables = bool(forms) or any(cols is not None for cols in detected.values())
    answered = bool(forms) or any(has_answer_place(cols) for cols in detected.values())
    # A form whose questions head answer tables says in its paragraphs what each control
    # requires ("Document, manage, and control ..."): wording to answer, not questions.
    prose = _Prose(has_question_tables, bool(forms), question_form(blocks))
    stack: list[tuple[int, str]] = []  # open sections by level: headings and VSAQ blocks
    grids = {g.name: g for g in tables}
    for block in blocks:
        text = collapse_spaces(block.text)
        if block.kind != "paragraph":
            prose.options_of = None  # option lines follow their question directly
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
        if block.kind == "table" and block.ref in forms:
            _answer_table(forms[block.ref], section, seen)
            continue
        if block.kind == "table":
            cols = detected.get(block.ref)
            if cols is not None and answered and not has_answer_place(cols):
                seen.skipped.append(Skip(block.ref, "table-skipped: reference (no answer column)"))
                continue
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
            _paragraph(block, text, section, prose, seen)


def _answer_table(
    found: tuple[list[Requirement], list[Skip]], section: str | None, seen: Seen
) -> None:
    reqs, skips = found
    seen.skipped.extend(skips)
    # Each part has its own answer cell: a repeated ID and text is still its own requirement.
    seen.requirements.extend(replace(req, section=section) for req in reqs)


def _vsaq_item(block: Block, section: str | None, seen: Seen) -> None:
    kind = (block.item_type or "").lower()
    text = collapse_spaces(block.text)
    if kind in _VSAQ_SKIPS:
        if text:
            seen.skipped.append(Skip(block.ref, _VSAQ_SKIPS[kind]))
        return
    if not text:
        seen.skipped.append(Skip(block.ref, "blank-question"))
        return
    _add(seen, Requirement(block.ref, text, block.item_id, section, choices=block.choices))


@dataclass(slots=True)
class _Prose:
    """What decides whether a paragraph asks: the kind of document, and the question the
    option lines under it ("☐ Yes", "☐ No") belong to."""

    tables: bool  # question or answer tables: list items beside them are prose
    prose_only: bool  # answer tables: paragraphs are the controls' wording
    question_form: bool  # questions carry IDs or '?': a list item must ask to count
    options_of: int | None = None  # index in seen.requirements of the question being optioned
    lead_in: bool = False  # after "If yes, select all that apply:": its options, not questions
    requests: bool = False  # after "Please attach the following:": each box line a request


def _paragraph(block: Block, text: str, section: str | None, doc: _Prose, seen: Seen) -> None:
    style = block.style.lower()
    for prefix, reason in _SKIP_STYLES:
        if style.startswith(prefix):
            seen.skipped.append(Skip(block.ref, reason))
            doc.options_of = None
            return
    boxed, has_box, answer = checkbox_answer(text, block.checkbox)
    if has_box and (doc.options_of is not None or doc.lead_in) and _option_line(text, boxed):
        _option(block, boxed, answer == "checked", doc, seen)
        return
    doc.options_of = None
    # "If yes, select all that apply:" is followed by options; "Please attach the following:"
    # by documents to provide, each one a request (a box to tick when it is attached).
    requests = doc.requests and has_box
    doc.lead_in = text.endswith(":") and not _REQUEST_LEAD.match(text)
    doc.requests = requests or (text.endswith(":") and _REQUEST_LEAD.match(text) is not None)
    qid, question = split_embedded_id(boxed)
    # Lists are questions in a list-style questionnaire; beside question tables they are prose
    # (a standard's bullet lists of references and definitions), and where questions are
    # numbered or end in '?', a list item that does not ask is a field or a note.
    listed = block.numbered and not doc.tables and not doc.question_form and not text.endswith(":")
    # Under an "Instructions" heading, "Attach ..." and "Provide ..." tell how to answer.
    instructions = name_reason(section or "") == "instructions"
    if doc.prose_only:
        asks = question.endswith("?")
    else:
        asks = (
            paragraph_asks(question)
            or listed
            or (qid is not None and _ASKS_AFTER.search(question) is not None)
        )
    if instructions and not question.endswith("?"):
        asks = False
    if not has_box and not asks:
        seen.skipped.append(Skip(block.ref, "instruction" if instructions else "prose"))
        return
    # The answer goes after the paragraph (or in its boxes): its own ref says where.
    options = tuple(word for _, word in _BOX_OPTION.findall(text))
    choices = options if len(_BOX.findall(text)) >= 2 else ()
    req = Requirement(
        block.ref, question, qid, section, answer=answer, answer_ref=block.ref, choices=choices
    )
    if _add(seen, req) and not has_box:
        doc.options_of = len(seen.requirements) - 1


# "Where is data stored? (Select all that apply)": a question with a note after its mark.
_REQUEST_LEAD = re.compile(
    r"(?:please\s+)?(?:attach|provide|submit|upload|send|include|share)\b", re.IGNORECASE
)
_ASKS_AFTER = re.compile(r"\?\s*(?:\([^)]*\))?\s*$")
_BLANKS = re.compile(r"[\s:_.]*_{3,}[\s_.]*$")


def question_form(blocks: tuple[Block, ...]) -> bool:
    """Whether a document's paragraphs state their questions as questions: three or more carry
    an ID ("Q3: ...") or end in '?'."""
    found = 0
    for b in blocks:
        if b.kind == "paragraph" and b.text:
            text = collapse_spaces(b.text)
            found += bool(_ASKS_AFTER.search(text) or split_embedded_id(text)[0])
            if found >= 3:
                return True
    return False


def _option_line(text: str, label: str) -> bool:
    """One box and a short label ("☐ Yes", "☐ Other: ____"): an option, not a question."""
    if len(_BOX.findall(text)) > 1:
        return False
    short = _BLANKS.sub("", label)
    return bool(short) and len(short.split()) <= 10 and not short.endswith("?")


def _option(block: Block, label: str, ticked: bool, doc: _Prose, seen: Seen) -> None:
    """An option line under a question: one more choice of that question, ticked or not."""
    seen.skipped.append(Skip(block.ref, "option"))
    if doc.options_of is None:
        return  # an option of a lead-in sentence ("If yes, select all that apply:")
    req = seen.requirements[doc.options_of]
    word = _BLANKS.sub("", label).strip()
    answer = ", ".join(a for a in (req.answer, word if ticked else None) if a) or None
    seen.requirements[doc.options_of] = replace(req, choices=(*req.choices, word), answer=answer)


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
        rest = collapse_spaces(_BOX_OPTION.sub(" ", text))
        return rest or text, True, ", ".join(ticked) or None
    if boxes:
        checkbox = boxes[0] != "☐"
    if checkbox is None:
        return text, False, None
    return (
        collapse_spaces(_BOX.sub(" ", text)) or text,
        True,
        "checked" if checkbox else "unchecked",
    )


def _add(seen: Seen, req: Requirement) -> bool:
    if is_duplicate(seen, req.question_id, req.question, req.ref):
        return False
    seen.requirements.append(req)
    return True
