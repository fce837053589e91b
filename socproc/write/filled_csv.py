"""NAME.filled.csv: the original CSV rows with answers in the answer column, injection-safe, same dialect."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from socproc.errors import OutputError, SocprocError
from socproc.model import Response, Settings
from socproc.read.csv import SAMPLE_CHARS, decode, detect_encoding, sniff_delimiter
from socproc.write.atomic import write_bytes_atomic
from socproc.write.plan import plan_writes, split_ref

# OWASP CSV injection: a cell starting with one of these may be run as a formula by a spreadsheet
# (Excel, Sheets, LibreOffice). The one rule for every CSV socproc writes.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


@dataclass(frozen=True, slots=True)
class Dialect:
    """How the original CSV is spelled, so the copy is spelled the same."""

    encoding: str
    delimiter: str
    newline: str
    bom: bytes = b""


def neutralise(cell: str) -> str:
    """`cell` prefixed with `'` when a spreadsheet would read it as a formula; numbers stay numbers."""
    if cell.startswith(FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def sniff_dialect(data: bytes, source: Path) -> tuple[str, Dialect]:
    """(text, dialect) of the original, detected exactly as the reader did, so answer refs line up."""
    codec, bom = detect_encoding(data)
    text = decode(data, source)
    sample = text[:SAMPLE_CHARS]
    newline = (
        "\r\n" if "\r\n" in sample else ("\r" if "\r" in sample and "\n" not in sample else "\n")
    )
    return text, Dialect(codec, sniff_delimiter(sample), newline, data[:bom])


def fill_rows(rows: list[list[str]], responses: Sequence[Response]) -> int:
    """Write planned answers into empty cells of `rows` (in place); return how many were written."""
    written = 0
    for w in plan_writes(responses):
        if w.existing and w.existing.strip():
            continue
        try:
            _, r, c = split_ref(w.ref, None)
        except ValueError:
            continue
        while len(rows) < r:
            rows.append([])
        row = rows[r - 1]
        if len(row) < c:
            row.extend([""] * (c - len(row)))
        if row[c - 1].strip():
            continue
        row[c - 1] = w.text
        written += 1
    return written


def render(rows: list[list[str]], dialect: Dialect) -> bytes:
    """The rows as CSV bytes in `dialect`, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator=dialect.newline)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return dialect.bom + buffer.getvalue().encode(dialect.encoding, errors="replace")


def write_filled_csv(source: Path, responses: Sequence[Response], dest: Path) -> Path:
    """Write the filled copy of the CSV `source` to `dest`."""
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise OutputError(
            str(dest),
            f"cannot read {Path(source).name} to fill it ({exc.strerror})",
            "check the original is still there and readable",
        ) from exc
    try:
        text, dialect = sniff_dialect(data, Path(source))
    except SocprocError as exc:
        raise OutputError(
            str(dest), f"cannot fill {Path(source).name} ({exc.problem})", exc.fix
        ) from exc
    # Answers may be long; the reader raises the same limit for the cells it reads.
    csv.field_size_limit(max(csv.field_size_limit(), Settings().max_cell_chars + 1))
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter))
    fill_rows(rows, responses)
    return write_bytes_atomic(dest, render(rows, dialect))
