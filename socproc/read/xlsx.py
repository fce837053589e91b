"""The .xlsx/.xlsm reader: streams the OOXML package itself (no openpyxl) into a Document."""

from __future__ import annotations

import posixpath
import weakref
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from socproc.errors import LimitExceeded
from socproc.model import Document, Settings, Sheet, Validation
from socproc.read.cellvalue import style_kinds
from socproc.read.package import (
    check_kind,
    has_part,
    local,
    open_package,
    parse_part,
    verify_parts,
)
from socproc.read.refs import MAX_COL, Box, box_area, parse_box, split_sheet_ref
from socproc.read.sharedstrings import read_shared_strings
from socproc.read.sheetxml import RawSheet, SheetParser, read_sheet

REL_OFFICE_DOCUMENT = "/officeDocument"
SHEET_STATES = ("visible", "hidden", "veryHidden")
# Cells dropdown lists may look at beyond the workbook's own count (ranges overlap a little).
LIST_SLACK = 100_000
# Defined names may point at other defined names; stop following after this many hops.
MAX_NAME_HOPS = 5


@dataclass(frozen=True, slots=True)
class SheetEntry:
    """One <sheet> of workbook.xml with its resolved part."""

    name: str
    state: str
    part: str | None  # None for chartsheets, dialog sheets and missing targets


@dataclass(frozen=True, slots=True)
class Workbook:
    """What workbook.xml and its relationships say about the sheets."""

    sheets: tuple[SheetEntry, ...]
    names: dict[tuple[str, int | None], str]  # (lowercase name, localSheetId or None) -> formula
    date1904: bool
    shared_strings: str | None
    styles: str | None


def read_xlsx(path: Path, settings: Settings) -> Document:
    """Read every worksheet of an .xlsx/.xlsm: cached values, layout, and list dropdowns."""
    path = Path(path)
    fmt = "xlsm" if path.suffix.lower() == ".xlsm" else "xlsx"
    with open_package(path, settings) as package:
        book = read_workbook(package, path)
        strings = read_shared_strings(package, book.shared_strings, path)
        styles = parse_part(package, book.styles, path) if book.styles else None
        kinds = style_kinds(styles)
        raws: list[tuple[SheetEntry, RawSheet]] = []
        cells_before = 0
        for entry in book.sheets:
            raw = RawSheet(entry.name)
            if entry.part is not None:
                parser = SheetParser(
                    raw,
                    strings,
                    kinds,
                    book.date1904,
                    (settings.max_cells, settings.max_cell_chars, settings.max_rows),
                    path,
                )
                parser.cells_before = cells_before
                read_sheet(package, entry.part, parser, path)
            drop_merged_ghosts(raw, settings.max_cells, path)
            cells_before += len(raw.cells)
            raws.append((entry, raw))
        # The filled copy carries every part over: the big parts were checked as they were read.
        read = {entry.part for entry in book.sheets if entry.part} | {book.shared_strings or ""}
        verify_parts(package, path, read)
        check_package_parts(package, path)
    by_name = {entry.name.lower(): raw for entry, raw in raws}
    # Dropdown lists may look at every cell of the workbook once, and some more.
    lists = ListSources(min(settings.max_cells, sum(len(r.cells) for _, r in raws) + LIST_SLACK))
    sheets = tuple(
        freeze_sheet(entry, raw, index, book, by_name, lists)
        for index, (entry, raw) in enumerate(raws)
    )
    return Document(path=str(path), format=fmt, sheets=sheets)


def check_package_parts(package: zipfile.ZipFile, path: Path) -> None:
    """Parse the content types and every relationship part, as the filled copy will: a
    damaged one must fail here, naming the input, not later in the writer."""
    for name in package.namelist():
        lowered = name.lower()
        if lowered == "[content_types].xml" or lowered.endswith(".rels"):
            parse_part(package, name, path)


def read_workbook(package: zipfile.ZipFile, path: Path) -> Workbook:
    """Sheet names, states and parts, defined names, and the date system."""
    check_kind(package, path, "xl/workbook.xml")
    book_part = _office_document(package, path)
    rels = _relationships(package, book_part, path)
    root = parse_part(package, book_part, path)
    entries: list[SheetEntry] = []
    names: dict[tuple[str, int | None], str] = {}
    date1904 = False
    for child in root:
        tag = local(child.tag)
        if tag == "workbookPr":
            date1904 = child.get("date1904", "0") in ("1", "true")
        elif tag == "sheets":
            for sheet in child:
                entries.append(_sheet_entry(sheet, rels, package))
        elif tag == "definedNames":
            for dn in child:
                scope = dn.get("localSheetId")
                key = (
                    dn.get("name", "").lower(),
                    int(scope) if scope and scope.isdigit() else None,
                )
                names[key] = (dn.text or "").strip()
    by_type = {kind: target for _rid, (kind, target) in rels.items()}
    return Workbook(
        sheets=tuple(entries),
        names=names,
        date1904=date1904,
        shared_strings=_existing(package, by_type.get("sharedStrings")),
        styles=_existing(package, by_type.get("styles")),
    )


def sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet name → zip part name, resolved as reading resolves them (for the writers)."""
    book = read_workbook(package, Path(package.filename or "workbook.xlsx"))
    return {entry.name: entry.part for entry in book.sheets if entry.part}


def _office_document(package: zipfile.ZipFile, path: Path) -> str:
    """The workbook part named by the package's root relationships (xl/workbook.xml as a rule)."""
    if has_part(package, "_rels/.rels"):
        for rel in parse_part(package, "_rels/.rels", path):
            if rel.get("Type", "").endswith(REL_OFFICE_DOCUMENT):
                target = _existing(package, _join("", rel.get("Target", "")))
                if target:
                    return target
    return "xl/workbook.xml"


def _relationships(package: zipfile.ZipFile, part: str, path: Path) -> dict[str, tuple[str, str]]:
    """rId -> (relationship kind such as 'worksheet', target part) for one part."""
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", f"{name}.rels")
    if not has_part(package, rels_part):
        return {}
    out: dict[str, tuple[str, str]] = {}
    for rel in parse_part(package, rels_part, path):
        if rel.get("TargetMode") == "External":
            continue
        kind = rel.get("Type", "").rpartition("/")[2]
        out[rel.get("Id", "")] = (kind, _join(folder, rel.get("Target", "")))
    return out


def _join(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target))


def _existing(package: zipfile.ZipFile, part: str | None) -> str | None:
    """The package's own spelling of a part name; some writers differ in case."""
    if part is None:
        return None
    if has_part(package, part):
        return part
    return _lowercase_names(package).get(part.lower())


# Part names by lowercase name, once per package: looking each sheet's target up in the
# whole name list was quadratic (10,000 sheet entries x 20,000 parts).
_LOWERCASE: weakref.WeakKeyDictionary[zipfile.ZipFile, dict[str, str]] = weakref.WeakKeyDictionary()


def _lowercase_names(package: zipfile.ZipFile) -> dict[str, str]:
    names = _LOWERCASE.get(package)
    if names is None:
        names = {}
        for name in package.namelist():
            names.setdefault(name.lower(), name)
        _LOWERCASE[package] = names
    return names


def _sheet_entry(
    sheet: Any, rels: dict[str, tuple[str, str]], package: zipfile.ZipFile
) -> SheetEntry:
    rid = next((v for k, v in sheet.attrib.items() if local(k) == "id" and "}" in k), "")
    kind, target = rels.get(rid, ("", ""))
    state = sheet.get("state", "visible")
    part = _existing(package, target) if kind == "worksheet" else None
    return SheetEntry(sheet.get("name", ""), state if state in SHEET_STATES else "visible", part)


def freeze_sheet(
    entry: SheetEntry,
    raw: RawSheet,
    index: int,
    book: Workbook,
    by_name: dict[str, RawSheet],
    lists: ListSources | None = None,
) -> Sheet:
    """Turn a RawSheet into the frozen Sheet, resolving its dropdown sources."""
    max_row = max((r for r, _ in raw.cells), default=0)
    max_col = max((c for _, c in raw.cells), default=0)
    validations = tuple(
        Validation(v.boxes, resolve_choices(v.formula, raw, index, book, by_name, lists))
        if v.kind == "list"
        else Validation(v.boxes, (), v.kind)
        for v in raw.validations
    )
    if raw.date_cells:
        validations += (Validation(column_runs(raw.date_cells), (), "date"),)
    return Sheet(
        name=entry.name,
        cells=raw.cells,
        state=entry.state,
        hidden_rows=frozenset(raw.hidden_rows),
        hidden_cols=hidden_columns(raw, max_col),
        merged=tuple(raw.merged),
        validations=validations,
        max_row=max_row,
        max_col=max_col,
    )


def drop_merged_ghosts(raw: RawSheet, budget: int, path: Path) -> None:
    """Excel shows only the top-left cell of a merged range; values under the rest are ghosts.

    Each range looks at its own area or, when that is larger, at the cells of its rows.
    Thousands of huge overlapping ranges (which Excel never writes) would make that
    quadratic, so the cells looked at are counted against `budget` (max_cells).
    """
    cells = raw.cells
    keys: list[tuple[int, int]] | None = None  # sorted once; deleted keys are skipped
    work = 0
    for box in dict.fromkeys(raw.merged):
        r0, c0, r1, c1 = box
        area = box_area(box)
        if area <= len(cells):
            work += area
            inside = [
                (r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) in cells
            ]
        else:
            keys = sorted(cells) if keys is None else keys
            lo, hi = bisect_left(keys, (r0, 0)), bisect_right(keys, (r1, MAX_COL + 1))
            work += hi - lo
            inside = [k for k in keys[lo:hi] if c0 <= k[1] <= c1 and k in cells]
        if work > budget:
            raise LimitExceeded(
                str(path),
                f"merged ranges cover more than {budget:,} cells in all",
                "unmerge the ranges or raise max_cells",
                where=raw.name,
            )
        for key in inside:
            if key != (r0, c0):
                del cells[key]


def hidden_columns(raw: RawSheet, max_col: int) -> frozenset[int]:
    """Hidden columns up to the last used or explicitly sized one.

    A span may run to column XFD to style "the rest of the sheet"; past the data and the
    columns the author sized, nothing can hold a question or an answer.
    """
    limit = max([max_col, *(hi for _lo, hi, _h in raw.col_spans if hi < MAX_COL)])
    hidden: set[int] = set()
    covered: set[int] = set()
    for lo, hi, is_hidden in raw.col_spans:
        span = range(max(lo, 1), min(hi, limit) + 1)
        covered.update(span)
        if is_hidden:
            hidden.update(span)
    if raw.default_cols_hidden:
        # Zero default width hides every column the sheet does not size itself.
        hidden.update(c for c in range(1, max_col + 1) if c not in covered)
    return frozenset(hidden)


def column_runs(cells: set[tuple[int, int]]) -> tuple[Box, ...]:
    """Cells as boxes, one per run of consecutive rows in a column."""
    boxes: list[Box] = []
    for row, col in sorted(cells, key=lambda rc: (rc[1], rc[0])):
        if boxes and boxes[-1][1] == col and boxes[-1][2] == row - 1:
            boxes[-1] = (boxes[-1][0], col, row, col)
        else:
            boxes.append((row, col, row, col))
    return tuple(boxes)


def resolve_choices(
    formula: str,
    sheet: RawSheet,
    index: int,
    book: Workbook,
    by_name: dict[str, RawSheet],
    lists: ListSources | None = None,
) -> tuple[str, ...]:
    """A list validation's allowed values: inline list, range, or defined name; () if unknowable."""
    text = formula.strip().removeprefix("=").strip()
    for _ in range(MAX_NAME_HOPS):
        if text.startswith('"'):
            return inline_choices(text)
        target = book.names.get((text.lower(), index)) or book.names.get((text.lower(), None))
        if target is None:
            break
        text = target.strip().removeprefix("=").strip()
    sheet_name, ref = split_sheet_ref(text)
    box = parse_box(ref)
    source = sheet if sheet_name is None else by_name.get(sheet_name.lower())
    if box is None or source is None:
        return ()  # INDIRECT, OFFSET, external books: only Excel can evaluate them
    return (lists or ListSources(len(source.cells) + 1)).choices(source, box)


def inline_choices(text: str) -> tuple[str, ...]:
    """'"Yes,No,N/A"' -> ('Yes', 'No', 'N/A'); Excel trims the items when it shows them."""
    body = text[1:-1] if len(text) >= 2 and text.endswith('"') else text[1:]
    items = (item.strip() for item in body.replace('""', '"').split(","))
    return tuple(dict.fromkeys(item for item in items if item))


class ListSources:
    """The values of dropdown source ranges, each looked up once, within a budget.

    Thousands of validations over huge ranges (which Excel never writes) would each scan
    the source sheet: the cells looked at are counted against `budget` (about the
    workbook's cell count), and past it a dropdown's choices count as unknown, as for
    INDIRECT (20,000 rows and 3,000 such dropdowns took 20 s).
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.found: dict[tuple[int, Box], tuple[str, ...]] = {}
        self.keys: dict[int, list[tuple[int, int]]] = {}  # source id → its sorted cell keys

    def choices(self, source: RawSheet, box: Box) -> tuple[str, ...]:
        key = (id(source), box)
        if key not in self.found:
            self.found[key] = self._look_up(source, box)
        return self.found[key]

    def _look_up(self, source: RawSheet, box: Box) -> tuple[str, ...]:
        r0, c0, r1, c1 = box
        cells = source.cells
        small = box_area(box) <= len(cells)
        keys: list[tuple[int, int]] = []
        if small:
            lo, hi = 0, box_area(box)
        else:
            keys = self.keys.setdefault(id(source), [])
            if not keys:
                keys.extend(sorted(cells))
            lo, hi = bisect_left(keys, (r0, 0)), bisect_right(keys, (r1, MAX_COL + 1))
        self.budget -= hi - lo
        if self.budget < 0:
            return ()  # counted before any cell is looked at
        values: Iterable[str] = (
            (cells.get((r, c), "") for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))
            if small
            else (cells[k] for k in keys[lo:hi] if c0 <= k[1] <= c1)
        )
        return tuple(dict.fromkeys(v.strip() for v in values if v.strip()))


def range_choices(source: RawSheet, box: Box) -> tuple[str, ...]:
    """The non-empty values of a range, row by row, without expanding huge ranges."""
    return ListSources(len(source.cells) + box_area(box)).choices(source, box)
