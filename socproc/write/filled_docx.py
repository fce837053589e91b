"""NAME.filled.docx: the original Word document with answers written into its empty table cells."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

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
    """Write each planned answer into its table cell when that cell is empty; return how many were written."""
    written = 0
    seen: set[str] = set()
    for w in plan_writes(responses):
        where = table_cell_ref(w.ref)
        key = w.ref.strip().upper()
        if where is None or key in seen or (w.existing and w.existing.strip()):
            continue
        path, r, c = where
        cell = _cell(_table(document, path), r, c)
        if cell is None or cell.text.strip():
            continue
        _write_cell(cell, w.text)
        seen.add(key)
        written += 1
    return written


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
    if table is None:
        return None
    rows = table.rows
    if not 1 <= r <= len(rows):
        return None
    cells = rows[r - 1].cells
    return cells[c - 1] if 1 <= c <= len(cells) else None


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
