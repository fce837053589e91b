"""Streaming parser for worksheet parts: cell values, hidden rows/columns, merges, list dropdowns."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from socproc.errors import CorruptFile, LimitExceeded
from socproc.read.cellvalue import NumberKind, format_number, unescape_xstring
from socproc.read.package import resave_fix, stream_part
from socproc.read.refs import MAX_COL, MAX_ROW, Box, cell_name, parse_box, parse_sqref, split_cell

# Element local name -> SheetParser method, for start and end events.
_STARTS = {
    "c": "_start_cell",
    "v": "_start_v",
    "t": "_start_t",
    "is": "_start_is",
    "rPh": "_start_rph",
    "row": "_start_row",
    "col": "_start_col",
    "mergeCell": "_start_merge",
    "dataValidation": "_start_validation",
    "formula1": "_start_formula1",
    "sqref": "_start_sqref",
    "sheetFormatPr": "_start_format",
}
_ENDS = {
    "c": "_end_cell",
    "v": "_end_v",
    "t": "_end_text",
    "formula1": "_end_text",
    "sqref": "_end_text",
    "is": "_end_is",
    "rPh": "_end_rph",
    "dataValidation": "_end_validation",
}


# The inline text of a cell with no <is>: shared, never appended to (<is> makes a new list).
_NO_TEXT: list[str] = []


def _true(value: str | None) -> bool:
    return value in ("1", "true")


@dataclass
class RawValidation:
    """A list or date validation as found: its boxes and its unresolved source formula."""

    boxes: tuple[Box, ...]
    formula: str
    kind: str = "list"  # "list" (a dropdown) or "date" (the cell takes a date)


@dataclass
class RawSheet:
    """A worksheet parsed but not yet frozen: validations still point at their sources."""

    name: str
    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    col_spans: list[tuple[int, int, bool]] = field(default_factory=list)  # (min, max, hidden)
    default_cols_hidden: bool = False
    merged: list[Box] = field(default_factory=list)
    validations: list[RawValidation] = field(default_factory=list)
    # Empty cells with a date number format: an answer place that takes a date.
    date_cells: set[tuple[int, int]] = field(default_factory=set)


class SheetParser:
    """expat handlers that turn one worksheet part into a RawSheet, keeping only values."""

    def __init__(
        self,
        sheet: RawSheet,
        strings: list[str],
        kinds: list[NumberKind],
        date1904: bool,
        limits: tuple[int, int, int],  # max cells, max characters per cell, max rows with values
        path: Path,
    ) -> None:
        self.sheet = sheet
        self.strings = strings
        self.kinds = kinds
        self.date1904 = date1904
        self.max_cells, self.max_chars, self.max_rows = limits
        # Cells of the workbook's earlier sheets: max_cells caps the whole file, whose
        # sheets are all held at once.
        self.cells_before = 0
        self.rows_used = 0
        self.last_used_row = 0
        self.path = path
        self.row = 0
        self.col = 0
        self.ctype = "n"
        self.style_text: str | None = None
        self.ref: str | None = None  # the open cell's reference, parsed only if it has a value
        self.value: str | None = None
        self.inline: list[str] = []
        self.buf: list[str] | None = None  # where character data goes, if anywhere
        self.in_cell = False
        self.in_is = False
        self.in_rph = False
        self.dv: tuple[str, str] | None = None  # (type, sqref) of the open dataValidation
        self.dv_formula: list[str] = []
        self.dv_sqref: list[str] = []
        # The style indexes (as written) whose number format is a date.
        self.date_styles = frozenset(str(i) for i, k in enumerate(kinds) if k == "date")

    # ---------------------------------------------------------------- expat handlers
    # expat calls these hundreds of thousands of times per sheet, so each element name
    # is looked up once and bound to its handler (or to nothing) in a per-parser table.

    def handlers(
        self,
    ) -> tuple[Callable[[str, dict[str, str]], None], Callable[[str], None], Callable[[str], None]]:
        """(start, end, data) callables for stream_part."""
        starts: dict[str, Callable[[dict[str, str]], None] | None] = {}
        ends: dict[str, Callable[[], None] | None] = {}
        start_by_name = {name: getattr(self, method) for name, method in _STARTS.items()}
        end_by_name = {name: getattr(self, method) for name, method in _ENDS.items()}

        def start(tag: str, attrs: dict[str, str]) -> None:
            try:
                handler = starts[tag]
            except KeyError:
                handler = starts[tag] = start_by_name.get(tag.rpartition("}")[2])
            if handler is not None:
                handler(attrs)

        end_cell = self._end_cell

        def end(tag: str) -> None:
            try:
                handler = ends[tag]
            except KeyError:
                handler = ends[tag] = end_by_name.get(tag.rpartition("}")[2])
            if handler is end_cell and self.value is None and not self.inline:
                # Most cells of real sheets are empty styled cells: close them here.
                self.in_cell = False
                self.buf = None
            elif handler is not None:
                handler()

        def data(text: str) -> None:
            buf = self.buf
            if buf is not None:
                buf.append(text)

        return start, end, data

    def _start_v(self, attrs: dict[str, str]) -> None:
        if self.in_cell:
            self.buf = []

    def _end_v(self) -> None:
        if self.in_cell and self.buf is not None:
            self.value = "".join(self.buf)
            self.buf = None

    def _start_t(self, attrs: dict[str, str]) -> None:
        if self.in_is and not self.in_rph:
            # Rich-text runs of an inline string accumulate into one buffer.
            self.buf = self.inline

    def _end_text(self) -> None:
        self.buf = None

    def _start_is(self, attrs: dict[str, str]) -> None:
        self.in_is = self.in_cell
        self.inline = []

    def _end_is(self) -> None:
        self.in_is = False

    def _start_rph(self, attrs: dict[str, str]) -> None:
        self.in_rph = True

    def _end_rph(self) -> None:
        self.in_rph = False

    def _start_merge(self, attrs: dict[str, str]) -> None:
        box = parse_box(attrs.get("ref", ""))
        if box is not None:
            self.sheet.merged.append(box)

    def _start_validation(self, attrs: dict[str, str]) -> None:
        self.dv = (attrs.get("type", ""), attrs.get("sqref", ""))
        self.dv_formula, self.dv_sqref = [], []

    def _start_formula1(self, attrs: dict[str, str]) -> None:
        if self.dv is not None:
            self.buf = self.dv_formula = []

    def _start_sqref(self, attrs: dict[str, str]) -> None:
        # x14 validations put their ranges in <xm:sqref>; other x14 parts (conditional
        # formats) have one too, which must not be taken for a validation's.
        if self.dv is not None:
            self.buf = self.dv_sqref = []

    def _start_format(self, attrs: dict[str, str]) -> None:
        width = attrs.get("defaultColWidth")
        self.sheet.default_cols_hidden = width is not None and _is_zero(width)

    # ---------------------------------------------------------------- pieces

    def _start_row(self, attrs: dict[str, str]) -> None:
        r = attrs.get("r")
        self._locate()
        self.row = int(r) if r else self.row + 1
        self.col = 0
        # A row squeezed to zero height is as hidden as one flagged hidden.
        if _true(attrs.get("hidden")) or (
            _true(attrs.get("customHeight")) and _is_zero(attrs.get("ht", "1"))
        ):
            self.sheet.hidden_rows.add(self.row)

    def _start_col(self, attrs: dict[str, str]) -> None:
        try:
            lo, hi = int(attrs.get("min", "0")), int(attrs.get("max", "0"))
        except ValueError:
            return
        hidden = _true(attrs.get("hidden")) or _is_zero(attrs.get("width", "1"))
        self.sheet.col_spans.append((lo, hi, hidden))

    def _start_cell(self, attrs: dict[str, str]) -> None:
        # Most <c> elements of real sheets are empty styled cells: keep their reference
        # and style as text and only parse them when the cell turns out to hold a value.
        ref = attrs.get("r")
        if ref is None:
            self._locate()
            self.col += 1
        self.ref = ref
        self.ctype = attrs.get("t", "n")
        self.style_text = attrs.get("s")
        self.value = None
        self.inline = _NO_TEXT
        self.in_cell = True

    def _locate(self) -> None:
        """Turn the pending cell reference into (row, col); a cell without one follows the last."""
        ref = self.ref
        if ref is None:
            return
        self.ref = None
        try:
            self.row, self.col = split_cell(ref)
        except ValueError as exc:
            raise CorruptFile(
                str(self.path),
                f"bad cell reference {ref!r}",
                resave_fix(self.path),
                where=self.sheet.name,
            ) from exc

    def _end_cell(self) -> None:
        self.in_cell = False
        self.buf = None
        text = self._cell_text()
        if not text:
            if self.style_text in self.date_styles:
                self._date_cell()
            return
        self._locate()
        row, col = self.row, self.col
        if not (0 < row <= MAX_ROW and 0 < col <= MAX_COL):
            raise CorruptFile(
                str(self.path),
                f"cell {cell_name(row, col)} lies outside Excel's grid (A1:XFD{MAX_ROW})",
                resave_fix(self.path),
                where=self.sheet.name,
            )
        if row != self.last_used_row:
            # Rows arrive in order in any file Excel wrote; a shuffled file only counts higher.
            self.last_used_row = row
            self.rows_used += 1
            if self.rows_used > self.max_rows:
                raise LimitExceeded(
                    str(self.path),
                    f"sheet has more than {self.max_rows:,} rows with values",
                    "split the sheet or raise max_rows",
                    where=self._where(),
                )
        cells = self.sheet.cells
        if len(text) > self.max_chars:
            raise LimitExceeded(
                str(self.path),
                f"cell has {len(text):,} characters (limit {self.max_chars:,})",
                "shorten the cell or raise max_cell_chars",
                where=self._where(),
            )
        cells[(self.row, self.col)] = text
        if len(cells) + self.cells_before > self.max_cells:
            raise LimitExceeded(
                str(self.path),
                f"has more than {self.max_cells:,} non-empty cells in all its sheets",
                "split the workbook or raise max_cells",
                where=self._where(),
            )

    def _date_cell(self) -> None:
        """Note an empty date-formatted cell (an answer place that takes a date). Bounded like
        the cells with values, and a bad reference on an empty cell is passed over, as before."""
        try:
            self._locate()
        except CorruptFile:
            return
        if len(self.sheet.date_cells) < self.max_cells:
            self.sheet.date_cells.add((self.row, self.col))

    def _where(self) -> str:
        return f"{self.sheet.name}!{cell_name(self.row, self.col)}"

    def _cell_text(self) -> str:
        t = self.ctype
        if t == "inlineStr":
            return unescape_xstring("".join(self.inline) if self.inline else (self.value or ""))
        value = self.value
        if not value:
            return ""
        if t == "s":
            try:
                return self.strings[int(value)]
            except (ValueError, IndexError) as exc:
                raise CorruptFile(
                    str(self.path),
                    f"shared string {value!r} does not exist",
                    resave_fix(self.path),
                    where=self._where(),
                ) from exc
        if t == "b":
            return "TRUE" if value.strip() in ("1", "true") else "FALSE"
        if t == "str":
            return unescape_xstring(value)
        if t == "e":
            return value
        if t == "d":
            return _iso_text(value)
        s = self.style_text
        style = int(s) if s and s.isdigit() else 0
        kind = self.kinds[style] if style < len(self.kinds) else None
        return format_number(value, kind, self.date1904)

    def _end_validation(self) -> None:
        if self.dv is None:
            return
        kind, sqref = self.dv
        self.dv = None
        if kind not in ("list", "date"):
            return
        boxes = parse_sqref(sqref or "".join(self.dv_sqref))
        formula = "".join(self.dv_formula).strip() if kind == "list" else ""
        if boxes:
            self.sheet.validations.append(RawValidation(boxes, formula, kind))


def _is_zero(text: str) -> bool:
    try:
        return float(text) == 0.0
    except ValueError:
        return False


def _iso_text(value: str) -> str:
    """A t="d" cell holds ISO 8601 already; drop a midnight time."""
    value = value.strip()
    for tail in ("T00:00:00Z", "T00:00:00"):
        if value.endswith(tail):
            return value[: -len(tail)]
    return value


def read_sheet(package: zipfile.ZipFile, part: str, parser: SheetParser, path: Path) -> RawSheet:
    """Stream one worksheet part through a SheetParser."""
    stream_part(package, part, path, *parser.handlers())
    return parser.sheet
