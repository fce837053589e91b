"""XlsxWriter helpers shared by the response and summary workbooks: injection-safe cells and tables."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from socproc.write.xmledit import EXCEL_CELL_LIMIT, fit_cell

# Fill and font colours per status: Excel's own good / neutral / bad / grey styles.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "covered": ("#C6EFCE", "#006100"),
    "partial": ("#FFEB9C", "#9C5700"),
    "gap": ("#FFC7CE", "#9C0006"),
    "review": ("#D9D9D9", "#404040"),
}
WORKBOOK_OPTIONS: dict[str, Any] = {
    # Input text must never become a formula, a hyperlink or a number (spec section 7).
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# Row heights, in points, for 11-point text. LibreOffice, Google Sheets and every PDF made
# from them show a row at the height the file gives (Excel alone re-fits on edit), so each row
# carries a height that fits its wrapped text.
LINE_POINTS = 15.0
MAX_ROW_POINTS = 409.0  # Excel's largest row height
# Characters of prose per unit of column width. A width unit is one '0' of the default font
# and prose averages narrower: about 1.35 in Excel's Calibri, 1.25 in the Liberation Sans that
# LibreOffice substitutes for it (measured on rendered samples). Word wrapping leaves each line
# part-empty, so 1.15 keeps every line of text inside its row in both.
CHARS_PER_WIDTH = 1.15


def cell_text(value: object) -> str:
    """Text safe for one Excel cell: control characters dropped, cut to Excel's limit with a marker."""
    text = "" if value is None else str(value)
    if not text.isprintable():  # cheap test first: most text has no control characters
        text = _CONTROL.sub("", text)
    return fit_cell(text)


def joined(values: Iterable[object]) -> str:
    """List values as one cell: `a, b, c`."""
    items = tuple(values)  # the same tuple when given one
    try:
        return ", ".join(items)  # type: ignore[arg-type]  # str and StrEnum: the fast way
    except TypeError:
        return ", ".join(map(str, items))


def new_workbook(path: Path | BinaryIO) -> Workbook:
    """An XlsxWriter workbook with the injection-safe options every socproc workbook uses,
    written to `path` or, kept in memory, to a binary stream."""
    if isinstance(path, Path):
        return xlsxwriter.Workbook(str(path), WORKBOOK_OPTIONS)
    return xlsxwriter.Workbook(path, {**WORKBOOK_OPTIONS, "in_memory": True})


def table_formats(wb: Workbook) -> tuple[Any, Any]:
    """The house header (white on dark blue, wrapped) and wrapped-text cell formats."""
    header = wb.add_format(
        {
            "bold": True,
            "bg_color": "#1F3864",
            "font_color": "#FFFFFF",
            "text_wrap": True,
            "valign": "top",
        }
    )
    return header, wb.add_format({"text_wrap": True, "valign": "top"})


def top_format(wb: Workbook) -> Any:
    """Unwrapped cells aligned to the top, beside wrapped ones (Excel's default is the bottom)."""
    return wb.add_format({"valign": "top"})


def write_row(ws: Worksheet, row: int, values: Sequence[object], fmt: Any = None) -> None:
    """Write one row: numbers as numbers, everything else with `write_string` (never a formula)."""
    # XlsxWriter's undecorated writers (the public ones only add A1-notation parsing, which
    # costs more than the write itself over a 30,000-row sheet; row, col are ints here),
    # falling back to the public ones should a later XlsxWriter rename them.
    write_string = getattr(ws, "_write_string", ws.write_string)
    write_number = getattr(ws, "_write_number", ws.write_number)
    for col, value in enumerate(values):
        if value is None or value == "":
            if fmt is not None:
                ws.write_blank(row, col, None, fmt)
            continue
        if value.__class__ is str:
            # Most text is already safe: skip `cell_text` (same result) when it is.
            text = (
                value
                if value.isprintable() and len(value) <= EXCEL_CELL_LIMIT
                else cell_text(value)
            )
            write_string(row, col, text, fmt)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            write_number(row, col, value, fmt)
        else:
            write_string(row, col, cell_text(value), fmt)


def text_lines(text: str, width: float) -> int:
    """How many lines `text` takes, wrapped in a column `width` characters wide."""
    per_line = max(1, int(width * CHARS_PER_WIDTH) - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def row_height(values: Sequence[object], widths: Sequence[float], wrapped: Sequence[bool]) -> float:
    """The height (points) that shows every wrapped cell of a row whole, within Excel's limit."""
    lines = 1
    for value, width, wraps in zip(values, widths, wrapped, strict=False):
        if wraps and isinstance(value, str) and value:
            lines = max(lines, text_lines(value, width))
    return min(MAX_ROW_POINTS, lines * LINE_POINTS)


def row_heights_of(
    rows: Iterable[Sequence[object]], widths: Sequence[float], wrapped: Sequence[bool]
) -> list[float]:
    """`row_height` of each row, the same numbers found column by column for a big table:
    the lines of each distinct text are counted once (statuses, flags, evidence and most
    suggested responses repeat down a sheet), in integer arithmetic."""
    rows = list(rows)
    if not rows:
        return []
    shortest = min(map(len, rows))
    if max(map(len, rows)) != shortest:  # ragged rows: the general way
        return [row_height(row, widths, wrapped) for row in rows]
    columns: list[list[int]] = [[1] * len(rows)]
    for col, (width, wraps) in enumerate(zip(widths, wrapped, strict=False)):
        if not wraps or col >= shortest:
            continue
        per_line = max(1, int(width * CHARS_PER_WIDTH) - 1)
        values = [row[col] for row in rows]
        lines = {v: _lines(v, per_line) if isinstance(v, str) and v else 1 for v in set(values)}
        columns.append(list(map(lines.__getitem__, values)))
    most = list(map(max, *columns)) if len(columns) > 1 else columns[0]
    points = {n: min(MAX_ROW_POINTS, n * LINE_POINTS) for n in set(most)}
    return list(map(points.__getitem__, most))


def _lines(text: str, per_line: int) -> int:
    """`text_lines` with the characters per line worked out: ceil in integers (exact)."""
    if "\n" not in text:
        return -(-len(text) // per_line) or 1
    return sum(-(-len(part) // per_line) or 1 for part in text.split("\n"))


def wrapped_columns(headers: Sequence[str], wrapped: frozenset[str]) -> tuple[bool, ...]:
    """Per column, whether its text wraps."""
    return tuple(h in wrapped for h in headers)


def print_setup(
    ws: Worksheet, header_rows: int = 1, gridlines: bool = True, one_page: bool = False
) -> None:
    """Print as a reader expects: landscape, every column on the page width (a table's pages
    run down; a summary, `one_page`, stays whole with its chart), the header rows repeated on
    each page, narrow margins, and for a table its gridlines."""
    ws.set_landscape()
    ws.fit_to_pages(1, 1 if one_page else 0)
    if header_rows:
        ws.repeat_rows(0, header_rows - 1)
    if gridlines:
        ws.hide_gridlines(0)  # shown on screen and printed: rows stay apart on paper
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.set_footer("&L&A&RPage &P of &N")


def write_table(
    ws: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[float],
    header_fmt: Any,
    wrap_fmt: Any = None,
    wrapped: frozenset[str] = frozenset(),
    plain_fmt: Any = None,
) -> int:
    """A header row, data rows (each as tall as its wrapped text), widths, frozen header,
    autofilter and print setup; returns the number of data rows."""
    wraps = wrapped_columns(headers, wrapped)
    count = 0
    for count, values in enumerate(rows, start=1):
        write_row(ws, count, values)
        ws.set_row(count, row_height(values, widths, wraps))
    table_layout(ws, headers, count, widths, header_fmt, wrap_fmt, wrapped, plain_fmt)
    return count


def table_layout(
    ws: Worksheet,
    headers: Sequence[str],
    count: int,
    widths: Sequence[float],
    header_fmt: Any,
    wrap_fmt: Any = None,
    wrapped: frozenset[str] = frozenset(),
    plain_fmt: Any = None,
) -> None:
    """A table's header row, widths (wrapped columns styled `wrap_fmt`, the others
    `plain_fmt`), frozen header, an autofilter over `count` data rows, which may be written
    later (see `socproc.write.sheetrows`), and print setup."""
    write_row(ws, 0, headers, header_fmt)
    # The header always wraps (its format does), so its height counts every column.
    ws.set_row(0, row_height(headers, widths, (True,) * len(headers)))
    for col, width in enumerate(widths):
        ws.set_column(col, col, width, wrap_fmt if headers[col] in wrapped else plain_fmt)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(count, 1), len(headers) - 1)
    print_setup(ws)
