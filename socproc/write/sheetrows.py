"""Big tables written straight into worksheet XML, after XlsxWriter has laid out the sheet.

XlsxWriter builds a Python object per cell, a shared-string table and then the XML: at 30,000
rows × 14 columns that is most of a run's time. For the response workbook's big sheets it
writes only the layout (header row, widths, styles, frozen pane, filter, validation and
conditional formats sized to the row count); `append_rows` then streams the data rows into a
copy of its package as inline strings, with the style each column gives its cells, as Excel
itself does for a cell typed into a styled column. Every other part is copied as written.
"""

from __future__ import annotations

import copy
import io
import math
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path

from socproc.read.refs import col_letters
from socproc.read.xlsx import sheet_parts
from socproc.write.xmledit import (
    column_styles,
    open_sheet_data,
    widen_dimension,
    xml_text,
)

# Deflate level of the appended sheets: on the 31 MB Responses sheet of a 30,000-row run,
# level 3 took 0.12 s for 2.7 MB where the default 6 took 0.26 s for 2.2 MB.
COMPRESS_LEVEL = 3
# Rows rendered and compressed per chunk: large enough to amortise, small enough to stream.
CHUNK_ROWS = 2_000
_SHEET_DATA_END = "</sheetData>"


def cell_xml(ref: str, style: str, value: object) -> str:
    """One cell: a finite number as a number, anything else as inline text ("" for no cell).

    Text is never read as a formula, a number or a link: an inline string is only ever text.
    """
    rest = _after_ref(style, value)
    return f'<c r="{ref}"{rest}' if rest else ""


def _after_ref(style: str, value: object) -> str:
    """A cell's XML after its `r="A1"` attribute ("" for no cell)."""
    if value is None or value == "":
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return f"{style}><v>{value!r}</v></c>"
    text = xml_text(value if value.__class__ is str else str(value))
    if not text:
        return ""
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f'{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def rows_xml(
    rows: Iterable[Sequence[object]],
    first: int,
    styles: Sequence[str],
    heights: Sequence[float] = (),
) -> Iterator[bytes]:
    """`<row>` elements for `rows`, numbered from `first`, as UTF-8 chunks of CHUNK_ROWS rows.

    `styles[i]` is the ` s="N"` attribute (or "") of column i's cells, and no row is longer.
    `heights[i]`, when given, is row i's height in points (custom: no viewer re-fits it).

    A chunk is built column by column (one list per column, joined row-wise at the end): the
    per-cell work is then list comprehensions rather than a loop over 600,000 cells.
    """
    letters = [col_letters(i + 1) for i in range(len(styles))]
    # Per column, the XML of each distinct text: statuses, needs, flags, evidence and most
    # suggested responses repeat down a sheet, so most cells cost one lookup.
    seen: list[dict[str, str]] = [{} for _ in styles]
    rows = iter(rows)
    start = first
    while chunk := list(islice(rows, CHUNK_ROWS)):
        numbers = [str(n) for n in range(first, first + len(chunk))]
        columns = [
            [
                f'<row r="{number}" ht="{heights[i]:g}" customHeight="1">'
                if i < len(heights)
                else f'<row r="{number}">'
                for i, number in enumerate(numbers, start=first - start)
            ]
        ]
        width = max(map(len, chunk))
        ragged = min(map(len, chunk)) != width
        for col in range(width):
            values = (
                [r[col] if col < len(r) else None for r in chunk]
                if ragged
                else [r[col] for r in chunk]
            )
            known, style = seen[col], styles[col]
            for value in values:
                if value.__class__ is str and value not in known:
                    known[value] = _after_ref(style, value)
            rests = [
                known[value] if value.__class__ is str else _after_ref(style, value)
                for value in values
            ]
            opening = f'<c r="{letters[col]}'
            columns.append(
                [
                    f'{opening}{number}"' if rest else ""
                    for number, rest in zip(numbers, rests, strict=True)
                ]
            )
            columns.append(rests)
        columns.append(["</row>"] * len(chunk))
        first += len(chunk)
        yield "".join(map("".join, zip(*columns, strict=True))).encode("utf-8")


def append_rows(
    package: bytes,
    dest: Path,
    tables: Mapping[str, Sequence[Sequence[object]]],
    first: int = 2,
    heights: Mapping[str, Sequence[float]] | None = None,
) -> None:
    """Write the workbook `package` (XlsxWriter's bytes) to `dest` with each sheet named in
    `tables` given its rows, from row `first` on, after the rows it already has, each row as
    tall as `heights[sheet]` says (when it says)."""
    heights = heights or {}
    with zipfile.ZipFile(io.BytesIO(package)) as zin:
        parts = sheet_parts(zin)
        targets = {
            parts[name]: (rows, heights.get(name, ())) for name, rows in tables.items() if rows
        }
        # The level applies to the parts opened by name below; the copied parts keep theirs.
        with zipfile.ZipFile(
            dest, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=COMPRESS_LEVEL
        ) as zout:
            for info in zin.infolist():
                data = zin.read(info)
                target = targets.get(info.filename)
                if target is None:
                    zout.writestr(copy.copy(info), data)
                else:
                    rows, tall = target
                    _write_sheet(zout, info.filename, data.decode("utf-8"), rows, first, tall)


def _write_sheet(
    zout: zipfile.ZipFile,
    name: str,
    xml: str,
    rows: Sequence[Sequence[object]],
    first: int,
    heights: Sequence[float] = (),
) -> None:
    xml = open_sheet_data(xml, "")
    end = xml.index(_SHEET_DATA_END)
    width = max(map(len, rows))
    head = widen_dimension(xml[:end], "", [(first + len(rows) - 1, width)])
    styles = [""] * width
    for lo, hi, style in column_styles(head, ""):
        for col in range(lo, min(hi, width) + 1):
            styles[col - 1] = f' s="{style}"'
    # The XML is streamed, so its size is not known up front: ZIP64 fields only when an upper
    # bound of it could pass 2 GiB. (Opened by name: the 1980 timestamp XlsxWriter uses too.)
    big = len(xml) * 4 + most_bytes(rows) > zipfile.ZIP64_LIMIT
    with zout.open(name, "w", force_zip64=big) as out:
        out.write(head.encode("utf-8"))
        for chunk in rows_xml(rows, first, styles, heights):
            out.write(chunk)
        out.write(xml[end:].encode("utf-8"))


def most_bytes(rows: Sequence[Sequence[object]]) -> int:
    """At most how many bytes `rows_xml` makes of `rows`: every character escaped (`&amp;`, at
    most 5 bytes, as is any UTF-8 character) and every cell's markup."""
    chars = sum(len(v if v.__class__ is str else str(v)) for row in rows for v in row)
    return 5 * chars + len(rows) * (80 + 80 * max(map(len, rows)))
