"""NAME.filled.docx: the original Word document with answers written into its empty table cells."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from docx.table import _Cell

from socproc.errors import OutputError
from socproc.model import Response
from socproc.write.atomic import write_atomic
from socproc.write.plan import plan_writes

# `T2R3C4`: top-level table 2, row 3, cell 4; `T2.1R1C2`: the first table nested in table 2.
_TABLE_CELL = re.compile(r"^T(\d+)((?:\.\d+)*)R(\d+)C(\d+)$", re.IGNORECASE)
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD_MACRO_MAIN = b"application/vnd.ms-word.document.macroEnabled.main+xml"
WORD_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_VBA_PART = re.compile(r"(^|/)vba(Project|Data)[^/]*\.(bin|xml)(\.rels)?$", re.IGNORECASE)
_VBA_TYPE = re.compile(
    rb"<(?:Override|Default)\b[^>]*ContentType=\"application/vnd\.ms-"
    rb"(?:office\.vbaProject|word\.vbaData\+xml)\"[^>]*/>"
)
_VBA_REL = re.compile(rb"<Relationship\b[^>]*Target=\"[^\"]*vba(?:Project|Data)[^\"]*\"[^>]*/>")


def table_cell_ref(ref: str) -> tuple[tuple[int, ...], int, int] | None:
    """`T2R3C4` → ((2,), 3, 4); `T2.1R1C2` → ((2, 1), 1, 2); None for anything else (paragraphs)."""
    m = _TABLE_CELL.match(ref.strip())
    if not m:
        return None
    path = (int(m.group(1)), *(int(k) for k in m.group(2).split(".") if k))
    return path, int(m.group(3)), int(m.group(4))


def write_filled_docx(source: Path, responses: Sequence[Response], dest: Path) -> Path:
    """Write the filled copy of the Word document `source` to `dest`."""
    import docx

    try:
        document = docx.Document(macro_free(Path(source)))
    except Exception as exc:
        raise OutputError(
            str(dest),
            f"cannot open {Path(source).name} to fill it ({exc})",
            "check the original is a readable .docx",
        ) from exc
    fill_document(document, responses)
    return write_atomic(dest, lambda tmp: document.save(str(tmp)))


def macro_free(source: Path) -> str | IO[bytes]:
    """The Word package `source` without macros: a .docm comes back as an in-memory .docx.

    Macros are never copied into outputs (spec section 3), and python-docx opens only .docx.
    """
    with zipfile.ZipFile(source) as zin:
        dropped = {n for n in zin.namelist() if _VBA_PART.search(n)}
        if not dropped and WORD_MACRO_MAIN not in zin.read("[Content_Types].xml"):
            return str(source)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                if info.filename in dropped:
                    continue
                data = zin.read(info)
                if info.filename == "[Content_Types].xml":
                    data = _VBA_TYPE.sub(b"", data.replace(WORD_MACRO_MAIN, WORD_MAIN))
                elif info.filename.endswith(".rels"):
                    data = _VBA_REL.sub(b"", data)
                zout.writestr(info, data)
    buffer.seek(0)
    return buffer


def fill_document(document: Any, responses: Sequence[Response]) -> int:
    """Write each planned answer where it goes; return how many were written.

    A table cell takes the text when it is empty; a check-box answer ticks the box of the
    chosen option (never when one is ticked already); a paragraph question gets the answer as
    a plain paragraph right after it.
    """
    written = 0
    seen: set[str] = set()
    by_answer = {
        resp.requirement.answer_ref.strip().upper(): resp.requirement
        for resp in responses
        if resp.requirement.answer_ref
    }
    paragraphs: dict[str, Any] | None = None
    for w in plan_writes(responses):
        key = w.ref.strip().upper()
        if key in seen or (w.existing and w.existing.strip()):
            continue
        req = by_answer.get(key)
        choices = req.choices if req is not None else ()
        where = table_cell_ref(w.ref)
        if where is None:
            if paragraphs is None:
                paragraphs = body_paragraphs(document)
            p = paragraphs.get(key)
            done = p is not None and _answer_paragraph(p, w.text, choices)
        else:
            path, r, c = where
            done = _fill_cell(_table(document, path), r, c, w.text, choices)
        if done:
            seen.add(key)
            written += 1
    return written


def _fill_cell(table: Any, r: int, c: int, text: str, choices: Sequence[str]) -> bool:
    cell = _cell(table, r, c)
    if cell is None:
        return False
    if choices and boxes_in(cell._tc):
        return _tick_choice(table, r, c, text, choices)
    if choices and _options_placeholder(cell.text, choices):
        # "Yes / No" printed in the answer cell: the chosen option replaces the list.
        index = choice_index(text, choices)
        if index is None:
            return False
        for paragraph in cell.paragraphs[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        for run in cell.paragraphs[0].runs:
            run._r.getparent().remove(run._r)
        _write_cell(cell, choices[index])
        return True
    if cell.text.strip() and not _placeholder(cell):
        return False
    _clear_placeholder(cell)
    _write_cell(cell, text)
    return True


_PLACEHOLDER_TEXT = re.compile(
    r"\s*(?:\[[^\]]{0,60}\]|<[^>]{0,60}>|click (?:or tap )?here to enter (?:a )?(?:text|date)\.?)\s*",
    re.IGNORECASE,
)


def _placeholder(cell: Any) -> bool:
    """A cell showing only a placeholder: a content control's, or "[Free text response]"."""
    shown = cell._tc.findall(f".//{_W}sdtPr/{_W}showingPlcHdr")
    return bool(shown) or bool(_PLACEHOLDER_TEXT.fullmatch(cell.text))


def _clear_placeholder(cell: Any) -> None:
    """Drop the placeholder text so the answer replaces it (the cell's paragraphs stay)."""
    if not _placeholder(cell):
        return
    for t in list(cell._tc.iter(f"{_W}t")):
        t.text = ""
    for flag in cell._tc.findall(f".//{_W}sdtPr/{_W}showingPlcHdr"):
        flag.getparent().remove(flag)


def _options_placeholder(text: str, choices: Sequence[str]) -> bool:
    """Whether a cell shows only its options ("Yes / No"), not an answer."""
    parts = [p.strip().casefold() for p in text.split("/")]
    return len(parts) >= 2 and parts == [c.strip().casefold() for c in choices]


# ------------------------------------------------------------------------------ check boxes

_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_EMPTY_GLYPH, _TICKED_GLYPHS = "☐", "☒☑"
_SYM_EMPTY = {"F0A8": "F0FE", "F06F": "F078"}  # Wingdings empty box -> its ticked twin
_SYM_TICKED = {"F0FE", "F078", "F0FD"}
_YES = re.compile(r"(?:yes|in place|implemented|compliant|fully compliant|true)\b", re.I)
_NO = re.compile(r"(?:no|not in place|not implemented|non-?compliant|false)\b", re.I)


Box = tuple[Any, int]  # a check-box element, and for a typed glyph its index in the text


def boxes_in(element: Any) -> list[Box]:
    """The check boxes under `element` in reading order: legacy form fields, w14 content
    controls, Wingdings box symbols, and box characters typed as text (one per glyph)."""
    found: list[Box] = []
    for el in element.iter():
        tag = el.tag
        if tag in (f"{_W}checkBox", f"{_W14}checkbox"):
            found.append((el, -1))
        elif tag == f"{_W}sym":
            if (el.get(f"{_W}char") or "").upper() in (*_SYM_EMPTY, *_SYM_TICKED):
                found.append((el, -1))
        elif tag == f"{_W}t" and el.text and not _inside_checkbox_control(el):
            found.extend((el, i) for i, ch in enumerate(el.text) if ch in "☐☒☑")
    return found


def _inside_checkbox_control(t: Any) -> bool:
    """A glyph shown by a w14 check-box control: the control, not the glyph, is the box."""
    parent = t.getparent()
    while parent is not None:
        if parent.tag == f"{_W}sdt":
            return parent.find(f"{_W}sdtPr/{_W14}checkbox") is not None
        parent = parent.getparent()
    return False


def is_ticked(box: Box) -> bool:
    el, at = box
    tag = el.tag
    if tag == f"{_W}checkBox":
        checked = el.find(f"{_W}checked")
        if checked is not None:
            return checked.get(f"{_W}val", "1") in ("1", "true", "on")
        default = el.find(f"{_W}default")
        return default is not None and default.get(f"{_W}val") in ("1", "true", "on")
    if tag == f"{_W14}checkbox":
        checked = el.find(f"{_W14}checked")
        return checked is not None and checked.get(f"{_W14}val", "0") in ("1", "true", "on")
    if tag == f"{_W}sym":
        return (el.get(f"{_W}char") or "").upper() in _SYM_TICKED
    return (el.text or "")[at : at + 1] in tuple(_TICKED_GLYPHS)


def tick(box: Box) -> None:
    """Tick one check box the way its kind stores the state."""
    from docx.oxml import OxmlElement

    el, at = box
    tag = el.tag
    if tag == f"{_W}checkBox":
        checked = el.find(f"{_W}checked")
        if checked is None:
            checked = OxmlElement("w:checked")
            el.append(checked)
        checked.set(f"{_W}val", "1")
    elif tag == f"{_W14}checkbox":
        checked = el.find(f"{_W14}checked")
        if checked is None:
            checked = el.makeelement(f"{_W14}checked", {})
            el.insert(0, checked)
        checked.set(f"{_W14}val", "1")
        state = el.find(f"{_W14}checkedState")
        glyph = chr(int(state.get(f"{_W14}val", "2612"), 16)) if state is not None else "☒"
        sdt = el.getparent().getparent()  # w14:checkbox sits in w:sdtPr, under w:sdt
        for t in sdt.iter(f"{_W}t"):
            if t.text and _EMPTY_GLYPH in t.text:
                t.text = t.text.replace(_EMPTY_GLYPH, glyph, 1)
                break
    elif tag == f"{_W}sym":
        char = (el.get(f"{_W}char") or "").upper()
        el.set(f"{_W}char", _SYM_EMPTY.get(char, char))
    else:
        text = el.text or ""
        el.text = text[:at] + "☒" + text[at + 1 :]


def choice_index(text: str, choices: Sequence[str]) -> int | None:
    """Which option an answer picks: its exact wording, else Yes-like or No-like by polarity."""
    wanted = " ".join(text.split()).casefold()
    for i, choice in enumerate(choices):
        if " ".join(choice.split()).casefold() == wanted:
            return i
    pattern = _NO if _NO.match(wanted) else _YES if _YES.match(wanted) else None
    if pattern is None:
        return None
    return next((i for i, c in enumerate(choices) if pattern.fullmatch(c.strip())), None)


def _tick_choice(table: Any, r: int, c: int, text: str, choices: Sequence[str]) -> bool:
    """Tick the box of the chosen option: one column per option from cell `c` on, or the
    options side by side in that one cell ("☐ Yes ☐ No")."""
    index = choice_index(text, choices)
    if index is None:
        return False
    own = boxes_in(_cell(table, r, c)._tc)
    if len(own) >= len(choices):  # the options share the cell
        group = own[: len(choices)]
    else:
        cells = [_cell(table, r, c + i) for i in range(len(choices))]
        if any(cell is None for cell in cells):
            return False
        found = [boxes_in(cell._tc) for cell in cells]
        if not all(found):
            return False
        group = [boxes[0] for boxes in found]
    if any(is_ticked(box) for box in group):
        return False  # the buyer's file already has an answer
    tick(group[index])
    return True


# ------------------------------------------------------------------------------ paragraphs


def body_paragraphs(document: Any) -> dict[str, Any]:
    """Body paragraphs by the reader's refs: `P12`, and `C2.P3` inside block content controls."""
    found: dict[str, Any] = {}
    body = document.element.body
    paragraphs = controls = 0
    for child in body:
        if child.tag == f"{_W}p":
            paragraphs += 1
            found[f"P{paragraphs}"] = child
        elif child.tag == f"{_W}tbl":
            continue
        elif child.tag == f"{_W}sdt":
            controls += 1
            content = child.find(f"{_W}sdtContent")
            inner = list(_blocks(content, f"{_W}p")) if content is not None else []
            for k, p in enumerate(inner, 1):
                found[f"C{controls}.P{k}"] = p
    return found


def _following_paragraphs(p: Any, n: int) -> Iterator[Any]:
    for sibling in p.itersiblings():
        if n <= 0 or sibling.tag != f"{_W}p":
            return
        n -= 1
        yield sibling


def _answer_paragraph(p: Any, text: str, choices: Sequence[str]) -> bool:
    """Tick the chosen box of a check-box question, or add the answer as a paragraph after it."""
    boxes = boxes_in(p)
    if choices and len(boxes) >= len(choices):
        index = choice_index(text, choices)
        group = boxes[: len(choices)]
        if index is None or any(is_ticked(box) for box in group):
            return False
        tick(group[index])
        return True
    if boxes:
        return False  # a lone box: ticking it is the reviewer's call
    if choices:
        # Options on lines of their own under the question ("☐ Yes", "☐ No"): the next
        # paragraphs, one box each, in the order of the choices.
        lines = list(_following_paragraphs(p, len(choices)))
        found = [boxes_in(line) for line in lines]
        if len(found) == len(choices) and all(len(g) == 1 for g in found):
            index = choice_index(text, choices)
            if index is None or any(is_ticked(g[0]) for g in found):
                return False
            tick(found[index][0])
            return True
    from docx.oxml import OxmlElement

    answer = OxmlElement("w:p")
    # A plain paragraph (the document's default style), not a copy of the question's
    # numbering or heading style: it reads as the answer under the question.
    text = _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    run = OxmlElement("w:r")
    for i, line in enumerate(text.split("\n")):
        if i:
            run.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = line
        run.append(t)
    answer.append(run)
    p.addnext(answer)
    return True


def _table(document: Any, path: tuple[int, ...]) -> Any:
    """The table at `path`: a top-level table, then the k-th table nested in it, and so on."""
    from docx.table import Table

    tables = document.tables
    if not 1 <= path[0] <= len(tables):
        return None
    table = tables[path[0] - 1]
    for k in path[1:]:
        nested = list(_nested_tables(table._tbl))
        if not 1 <= k <= len(nested):
            return None
        table = Table(nested[k - 1], table)
    return table


def _nested_tables(tbl: Any) -> Iterator[Any]:
    """Tables directly inside the cells of `tbl`, row by row, as the reader numbers them."""
    for tr in (el for el in tbl if el.tag == f"{_W}tr"):
        for tc in (el for el in tr if el.tag == f"{_W}tc"):
            yield from _blocks(tc, f"{_W}tbl")


def _blocks(parent: Any, tag: str) -> Iterator[Any]:
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            yield from _blocks(child, tag)


def _cell(table: Any, r: int, c: int) -> Any:
    """Row `r`, column `c` (1-based) as the reader numbers them: direct w:tc cells, each
    repeated over its gridSpan; a vertically merged continuation is its merge's top cell.

    python-docx's `row.cells` finds that top cell recursively, one frame per merged row, and
    a Word table merged down a thousand rows overflows the stack: walked up in a loop here.
    """
    if table is None:
        return None
    rows = [el for el in table._tbl if el.tag == f"{_W}tr"]
    if not 1 <= r <= len(rows):
        return None
    row = r - 1
    cells = _row_cells(rows[row])
    if not 1 <= c <= len(cells):
        return None
    tc = cells[c - 1]
    while _continues(tc) and row > 0:
        row -= 1
        above = _row_cells(rows[row])
        if c - 1 >= len(above):
            break
        tc = above[c - 1]
    return _Cell(tc, table)


def _row_cells(tr: Any) -> list[Any]:
    cells: list[Any] = []
    for tc in (el for el in tr if el.tag == f"{_W}tc"):
        span = tc.find(f"{_W}tcPr/{_W}gridSpan")
        count = int(span.get(f"{_W}val", "1")) if span is not None else 1
        cells.extend([tc] * max(1, count))
    return cells


def _continues(tc: Any) -> bool:
    merge = tc.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def _write_cell(cell: Any, text: str) -> None:
    """Put `text` in the cell's first paragraph, so the paragraph keeps its style; lines become breaks."""
    # Strip what XML 1.0 cannot hold, but not Excel-style escapes: Word shows text literally.
    text = _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraph = cell.paragraphs[0] if cell.paragraphs else cell.add_paragraph()
    run = paragraph.add_run()
    for i, line in enumerate(text.split("\n")):
        if i:
            run.add_break()
        run.add_text(line)
