"""The .csv reader: sniffs encoding and delimiter, returns one all-text Sheet named after the file."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from socproc.errors import CorruptFile, LimitExceeded
from socproc.model import Document, Settings, Sheet
from socproc.read.package import OLE_MAGIC, ZIP_MAGIC, check_plain_size, read_head
from socproc.read.refs import cell_name

DELIMITERS = (",", ";", "\t", "|")
SAMPLE_CHARS = 64 * 1024
# BOMs in the order they must be tested: the UTF-32 LE BOM starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
RESAVE_CSV = "save it again as CSV (UTF-8) from Excel or your editor"


def read_csv(path: Path, settings: Settings) -> Document:
    """Read a CSV file into a single Sheet of text cells."""
    path = Path(path)
    data = _read_bytes(path, settings)
    text = decode(data, path)
    delimiter = sniff_delimiter(text[:SAMPLE_CHARS])
    cells = parse_cells(text, delimiter, path, settings)
    sheet = Sheet(
        name=path.stem,
        cells=cells,
        max_row=max((r for r, _ in cells), default=0),
        max_col=max((c for _, c in cells), default=0),
    )
    return Document(path=str(path), format="csv", sheets=(sheet,))


def _read_bytes(path: Path, settings: Settings) -> bytes:
    head = read_head(path)
    if not head:
        raise CorruptFile(str(path), "is empty (0 bytes)", "export the questionnaire to CSV again")
    if head.startswith(ZIP_MAGIC):
        raise CorruptFile(
            str(path), "is a zip (probably an Excel .xlsx) named .csv", "rename it to .xlsx"
        )
    if head.startswith(OLE_MAGIC):
        raise CorruptFile(
            str(path),
            "is a legacy Excel/Office binary file named .csv",
            "save it as .xlsx (File > Save As > Excel Workbook)",
        )
    check_plain_size(path, settings)
    return path.read_bytes()


def detect_encoding(data: bytes) -> tuple[str, int]:
    """(codec, BOM length): a BOM wins; then UTF-16 without BOM by its NULs; then UTF-8; else cp1252."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    sample = data[:4096]
    if b"\x00" in sample:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        half = len(sample) // 4
        if odd > half and even == 0:
            return "utf-16-le", 0
        if even > half and odd == 0:
            return "utf-16-be", 0
        return "binary", 0
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", 0
    return "utf-8", 0


def decode(data: bytes, path: Path) -> str:
    """The file's text; a binary file is a CorruptFile."""
    codec, skip = detect_encoding(data)
    if codec == "binary":
        raise CorruptFile(str(path), "is a binary file, not CSV text", RESAVE_CSV)
    try:
        # cp1252 leaves five bytes undefined; replacing them beats refusing the file.
        text = data[skip:].decode(codec, errors="replace" if codec == "cp1252" else "strict")
    except UnicodeDecodeError as exc:
        raise CorruptFile(
            str(path), f"is not valid {codec} text ({exc.reason})", RESAVE_CSV
        ) from exc
    if "\x00" in text:
        raise CorruptFile(str(path), "contains NUL characters: not CSV text", RESAVE_CSV)
    return text


def sniff_delimiter(sample: str) -> str:
    """csv.Sniffer's guess when the rows agree with it, else the candidate that splits rows most evenly.

    Excel's own hint line ("sep=;") wins over any guess.
    """
    first = sample.split("\n", 1)[0].strip().lower()
    if len(first) == 5 and first.startswith("sep="):
        return first[4]
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    # The last line of a sample may be cut mid-row.
    lines = sample.splitlines()
    if len(sample) >= SAMPLE_CHARS and len(lines) > 1:
        sample = "\n".join(lines[:-1])
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    return best if scores[best] > (0.0, 1) else ","


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of rows with the most common field count, that count) when splitting on `delimiter`."""
    try:
        counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
    except csv.Error:
        return (0.0, 0)
    if not counts:
        return (0.0, 0)
    mode = max(set(counts), key=counts.count)
    if mode < 2:
        return (0.0, mode)
    return (counts.count(mode) / len(counts), mode)


def parse_cells(
    text: str, delimiter: str, path: Path, settings: Settings
) -> dict[tuple[int, int], str]:
    """Every non-empty field by (row, col), 1-based; quoted newlines stay inside their cell."""
    limit = settings.max_cell_chars + 1
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    cells: dict[tuple[int, int], str] = {}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    r = rows_used = 0
    try:
        for r, row in enumerate(reader, 1):
            if any(row):
                rows_used += 1
                if rows_used > settings.max_rows:
                    raise LimitExceeded(
                        str(path),
                        f"has more than {settings.max_rows:,} rows with values",
                        "split the file or raise max_rows",
                        where=f"row {r}",
                    )
            for c, value in enumerate(row, 1):
                if not value:
                    continue
                if len(value) > settings.max_cell_chars:
                    raise LimitExceeded(
                        str(path),
                        f"cell has {len(value):,} characters (limit {settings.max_cell_chars:,})",
                        "shorten the cell or raise max_cell_chars",
                        where=cell_name(r, c),
                    )
                cells[(r, c)] = value
            if len(cells) > settings.max_cells:
                raise LimitExceeded(
                    str(path),
                    f"has more than {settings.max_cells:,} non-empty cells",
                    "split the file or raise max_cells",
                    where=f"row {r}",
                )
    except csv.Error as exc:
        raise CorruptFile(
            str(path), f"cannot be parsed as CSV ({exc})", RESAVE_CSV, where=f"row {r + 1}"
        ) from exc
    return cells
