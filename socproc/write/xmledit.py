"""Insert inline-string cells into worksheet XML by string surgery, leaving every other byte as it was."""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, partial
from xml.parsers import expat

from socproc.read.refs import col_index, col_letters

EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARKER = " … [truncated by socproc]"
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')""")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# Attributes of an existing empty cell that still apply once it holds our text (t, cm, vm describe the old value).
_KEPT_CELL_ATTRS = ("s", "ph")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The regular expressions of one sheet's namespace prefix ("" or "x:"), compiled once."""

    row: re.Pattern[str]
    cell: re.Pattern[str]
    ext: re.Pattern[str]


@cache
def _patterns(p: str) -> _Patterns:
    return _Patterns(
        row=re.compile(rf"<{p}row\b([^>]*?)(?:/>|>(.*?)</{p}row>)", re.DOTALL),
        cell=re.compile(rf"<{p}c\b([^>]*?)(?:/>|>(.*?)</{p}c>)", re.DOTALL),
        ext=re.compile(rf"<{p}extLst\b"),
    )


_R_ATTR = re.compile(r'\br="\$?([A-Za-z]*)\$?([0-9]*)"')
_FORMULA = re.compile(r"<(\w+:)?f\b")
_VALUE = re.compile(r"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.DOTALL)
_TEXTS = re.compile(r"<(?:\w+:)?t\b[^>]*>(.*?)</(?:\w+:)?t>", re.DOTALL)
_T_ATTR = re.compile(r'\bt="([^"]*)"')
_SPANS = re.compile(r'spans="(\d+):(\d+)"')


@dataclass(slots=True)
class _Row:
    number: int
    start: int
    end: int
    attrs: str
    inner: str | None  # None for a self-closing <row/>


def fit_cell(text: str) -> str:
    """`text` cut to Excel's cell limit, ending with a marker that says so."""
    if len(text) > EXCEL_CELL_LIMIT:
        return text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER
    return text


def xml_text(text: str) -> str:
    """Text for a `<t>` element: escaped, Excel's `_xHHHH_` escapes kept literal, within the cell limit."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = fit_cell(text)
    if "_x" in text:
        # Excel decodes `_x0041_` in cell text; `_x005F_` is its escape for a literal underscore.
        text = _ESCAPED.sub(r"_x005F_\1", text)
    if not text.isprintable():  # cheap test first: most answers have no control characters
        text = _CONTROL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True, slots=True)
class Dated:
    """A date for a cell: its serial number, and its text where no date style can show it."""

    text: str
    serial: int


# What a cell is set to: text, or a date.
CellValue = str | Dated
# Writes one cell: (row, col, attributes kept, value) → its XML.
_Write = Callable[[int, int, dict[str, str], CellValue], str]
# The style that shows a cell of style `s` (None: none) as a date; None when none can.
DateStyle = Callable[[str | None], str | None]


def edit_sheet_xml(
    xml: bytes,
    cells: dict[tuple[int, int], CellValue],
    shared: Callable[[int], str],
    date_style: DateStyle | None = None,
) -> bytes:
    """`xml` with each (row, col) cell set to its text as an inline string, if that cell is empty.

    A cell that holds a value or a formula is left alone. Rows and cells that do not exist are
    created in sorted position; an existing empty cell keeps its style. Raises ValueError when
    the sheet is not a worksheet or the result would not be well-formed.
    """
    check_xml(xml)  # refuses entity tricks and malformed input before any surgery
    text = xml.decode("utf-8-sig")
    root = re.search(r"<(\w+:)?worksheet\b", text)
    if not root:
        raise ValueError("not a worksheet")
    p = root.group(1) or ""
    text = open_sheet_data(text, p)
    head = re.search(rf"<{p}sheetData\b[^>]*>", text)
    tail = text.find(f"</{p}sheetData>")
    if not head or tail < 0:
        raise ValueError("no sheetData")
    body = text[head.end() : tail]
    col_styles = column_styles(text[: head.start()], p)
    cells = _to_merge_anchors(cells, text[tail:], p)
    write = partial(_cell, p, date_style)
    new_body, touched = _edit_rows(body, cells, shared, p, col_styles, write)
    if not touched:
        return xml
    out = text[: head.end()] + new_body + text[tail:]
    out = widen_dimension(out, p, touched)
    encoded = out.encode("utf-8")
    check_xml(encoded)  # a bug in the surgery must never reach the buyer's file
    return encoded


def check_xml(data: bytes) -> None:
    """Raise ValueError unless `data` is well-formed XML with no DTD or entities (defusedxml's rules).

    Expat runs with no element callbacks, so the check stays in C even on a 50 MB sheet.
    """
    parser = expat.ParserCreate()

    def refuse(*_: object) -> None:
        raise ValueError("a DTD or entity declaration, which a worksheet never has")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise ValueError(f"not well-formed XML ({exc})") from exc


def open_sheet_data(text: str, p: str) -> str:
    return re.sub(rf"<{p}sheetData\b([^>]*?)/>", rf"<{p}sheetData\1></{p}sheetData>", text, count=1)


def _to_merge_anchors(
    cells: dict[tuple[int, int], CellValue], after: str, p: str
) -> dict[tuple[int, int], CellValue]:
    """Move a target inside a merged range to the range's top-left cell: the only one Excel shows."""
    boxes = []
    for m in re.finditer(rf'<{p}mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"', after):
        c0, r0, c1, r1 = m.groups()
        boxes.append((int(r0), col_index(c0), int(r1), col_index(c1)))
    if not boxes:
        return cells
    anchors = merge_anchors(boxes, cells)
    moved: dict[tuple[int, int], CellValue] = {}
    for key, value in cells.items():
        moved.setdefault(anchors.get(key, key), value)
    return moved


def merge_anchors(
    boxes: list[tuple[int, int, int, int]], cells: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, col) → top-left of the merged box that holds it, for each cell inside one.

    One sweep down the rows: a box is open from its first row to its last, and the open
    boxes are kept sorted by first column, so a cell finds its box by bisection. Merges never
    overlap in a sheet Excel opens, so the box starting nearest at or left of the cell is the
    only one that can hold it. Before: each cell was tested against every box (32k merged
    rows: 28 s).
    """
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    by_col: list[tuple[int, int]] = []  # (first column, box index) of the open boxes, sorted
    closing: list[tuple[int, int]] = []  # heap of (last row, box index)
    out: dict[tuple[int, int], tuple[int, int]] = {}
    nxt = 0
    for r, c in sorted(cells):
        while nxt < len(order) and boxes[order[nxt]][0] <= r:
            i = order[nxt]
            bisect.insort(by_col, (boxes[i][1], i))
            heapq.heappush(closing, (boxes[i][2], i))
            nxt += 1
        while closing and closing[0][0] < r:
            _, i = heapq.heappop(closing)
            del by_col[bisect.bisect_left(by_col, (boxes[i][1], i))]
        at = bisect.bisect_right(by_col, (c, len(boxes))) - 1
        if at >= 0:
            r0, c0, _r1, c1 = boxes[by_col[at][1]]
            if c <= c1:
                out[(r, c)] = (r0, c0)
    return out


def _attrs(attrs: str) -> dict[str, str]:
    return {k: v[1:-1] for k, v in _ATTR.findall(attrs)}


def column_styles(before: str, p: str) -> list[tuple[int, int, str]]:
    """(min, max, style) of every `<col>` with a style: what Excel gives a new cell in that column."""
    styles = []
    for m in re.finditer(rf"<{p}col\b([^>]*?)/?>", before):
        a = _attrs(m.group(1))
        if a.get("style") and a.get("min") and a.get("max"):
            styles.append((int(a["min"]), int(a["max"]), a["style"]))
    return styles


def _rows(body: str, p: str) -> list[_Row]:
    rows: list[_Row] = []
    for m in _patterns(p).row.finditer(body):
        r = _R_ATTR.search(m.group(1))
        number = int(r.group(2)) if r and r.group(2) else (rows[-1].number + 1 if rows else 1)
        rows.append(_Row(number, m.start(), m.end(), m.group(1), m.group(2)))
    return rows


def _edit_rows(
    body: str,
    cells: dict[tuple[int, int], CellValue],
    shared: Callable[[int], str],
    p: str,
    col_styles: list[tuple[int, int, str]],
    write: _Write,
) -> tuple[str, list[tuple[int, int]]]:
    by_row: dict[int, dict[int, CellValue]] = {}
    for (r, c), value in cells.items():
        by_row.setdefault(r, {})[c] = value
    rows = _rows(body, p)
    existing = {row.number: row for row in rows}
    pieces: list[str] = []
    pos = 0
    touched: list[tuple[int, int]] = []
    pending = sorted(r for r in by_row if r not in existing)
    next_new = 0  # pending[next_new:] are the rows still to create
    for row in rows:
        while next_new < len(pending) and pending[next_new] < row.number:
            pieces.append(body[pos : row.start])
            pos = row.start
            number = pending[next_new]
            next_new += 1
            pieces.append(_new_row(number, by_row[number], p, col_styles, touched, write))
        if row.number in by_row:
            pieces.append(body[pos : row.start])
            pieces.append(_edit_row(row, by_row[row.number], shared, p, col_styles, touched, write))
            pos = row.end
    pieces.append(body[pos:])
    for number in pending[next_new:]:
        pieces.append(_new_row(number, by_row[number], p, col_styles, touched, write))
    return "".join(pieces), touched


def _new_row(
    number: int,
    values: dict[int, CellValue],
    p: str,
    col_styles: list[tuple[int, int, str]],
    touched: list[tuple[int, int]],
    write: _Write,
) -> str:
    row = _Row(number, 0, 0, f' r="{number}"', None)
    return _edit_row(row, values, lambda _i: "", p, col_styles, touched, write)


def _edit_row(
    row: _Row,
    values: dict[int, CellValue],
    shared: Callable[[int], str],
    p: str,
    col_styles: list[tuple[int, int, str]],
    touched: list[tuple[int, int]],
    write: _Write,
) -> str:
    inner = row.inner or ""
    row_style = None
    if "customFormat" in row.attrs:
        row_attrs = _attrs(row.attrs)
        row_style = row_attrs.get("s") if row_attrs.get("customFormat") in ("1", "true") else None
    positions: list[tuple[int, re.Match[str]]] = []
    last = 0
    for m in _patterns(p).cell.finditer(inner):
        ref = _R_ATTR.search(m.group(1))
        col = col_index(ref.group(1)) if ref and ref.group(1) else last + 1
        positions.append((col, m))
        last = col
    pieces: list[str] = []
    pos = 0
    pending = sorted(values, reverse=True)  # popped from the end: smallest column first
    done: list[int] = []
    for col, m in positions:
        while pending and pending[-1] < col:
            c = pending.pop()
            pieces.append(inner[pos : m.start()])
            pos = m.start()
            pieces.append(write(row.number, c, _new_style(c, row_style, col_styles), values[c]))
            done.append(c)
        if pending and pending[-1] == col:
            c = pending.pop()
            if _is_empty(m, shared):
                style = {k: v for k, v in _attrs(m.group(1)).items() if k in _KEPT_CELL_ATTRS}
                pieces.append(inner[pos : m.start()])
                pieces.append(write(row.number, c, style, values[c]))
                pos = m.end()
                done.append(c)
    # Cells after the last existing one go before any <extLst> the row may carry.
    ext = _patterns(p).ext.search(inner, pos)
    insert_at = ext.start() if ext else len(inner)
    pieces.append(inner[pos:insert_at])
    for c in reversed(pending):
        pieces.append(write(row.number, c, _new_style(c, row_style, col_styles), values[c]))
        done.append(c)
    pieces.append(inner[insert_at:])
    if not done:
        return (
            f"<{p}row{row.attrs}/>" if row.inner is None else f"<{p}row{row.attrs}>{inner}</{p}row>"
        )
    touched.extend((row.number, c) for c in done)
    attrs = _widen_spans(row.attrs, min(done), max(done))
    return f"<{p}row{attrs}>{''.join(pieces)}</{p}row>"


def _new_style(
    col: int, row_style: str | None, col_styles: list[tuple[int, int, str]]
) -> dict[str, str]:
    """The style Excel would give a new cell: the row's custom style, else its column's."""
    if row_style:
        return {"s": row_style}
    style = next((s for lo, hi, s in col_styles if lo <= col <= hi), None)
    return {"s": style} if style else {}


def _cell(
    p: str,
    date_style: DateStyle | None,
    row: int,
    col: int,
    attrs: dict[str, str],
    value: CellValue,
) -> str:
    ref = f"{col_letters(col)}{row}"
    if isinstance(value, Dated):
        style = date_style(attrs.get("s")) if date_style is not None else None
        if style is not None:
            # A date the buyer's date validation, sorting and formulas take: a serial number
            # in a style that shows it as a date (the cell's own, or a copy of it).
            extra = "".join(f' {k}="{v}"' for k, v in {**attrs, "s": style}.items())
            return f'<{p}c r="{ref}"{extra}><{p}v>{value.serial}</{p}v></{p}c>'
        value = value.text
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f'<{p}c r="{ref}"{extra} t="inlineStr"><{p}is><{p}t xml:space="preserve">{xml_text(value)}</{p}t></{p}is></{p}c>'


def _is_empty(m: re.Match[str], shared: Callable[[int], str]) -> bool:
    """A cell with no formula and no text (whitespace counts as none)."""
    inner = m.group(2) or ""
    if not inner:
        return True
    if _FORMULA.search(inner):
        return False
    t = _T_ATTR.search(m.group(1))
    kind = t.group(1) if t else "n"
    if kind == "inlineStr":
        return not "".join(_TEXTS.findall(inner)).strip()
    value = _VALUE.search(inner)
    if value is None:
        return True
    raw = value.group(1)
    if kind == "s" and raw.strip().isdigit():
        return not shared(int(raw)).strip()
    return not raw.strip()


def _widen_spans(attrs: str, lo: int, hi: int) -> str:
    m = _SPANS.search(attrs)
    if not m:
        return attrs
    a, b = int(m.group(1)), int(m.group(2))
    return attrs[: m.start()] + f'spans="{min(a, lo)}:{max(b, hi)}"' + attrs[m.end() :]


def widen_dimension(text: str, p: str, touched: list[tuple[int, int]]) -> str:
    m = re.search(rf'<{p}dimension\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"', text)
    if not m:
        return text
    c0, r0 = col_index(m.group(1)), int(m.group(2))
    c1 = col_index(m.group(3)) if m.group(3) else c0
    r1 = int(m.group(4)) if m.group(4) else r0
    rows = [r for r, _ in touched]
    cols = [c for _, c in touched]
    nr0, nc0, nr1, nc1 = min(r0, *rows), min(c0, *cols), max(r1, *rows), max(c1, *cols)
    if (nr0, nc0, nr1, nc1) == (r0, c0, r1, c1):
        return text
    ref = f"{col_letters(nc0)}{nr0}:{col_letters(nc1)}{nr1}"
    return text[: m.start(1)] + ref + text[m.end(m.lastindex or 2) :]
