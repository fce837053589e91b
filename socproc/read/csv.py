"""The .csv reader: sniffs encoding and delimiter, returns one all-text Sheet named after the file."""

from __future__ import annotations

import codecs
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from socproc.errors import CorruptFile, LimitExceeded
from socproc.model import Document, Settings, Sheet
from socproc.read.package import OLE_MAGIC, ZIP_MAGIC, check_plain_size, read_head
from socproc.read.refs import MAX_COL, cell_name

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
        # A name's bytes that are not UTF-8 show as `\\xe9`: refs built from it go into outputs.
        name=os.fsencode(path.stem).decode("utf-8", "backslashreplace"),
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
    """The candidate that splits the sample's rows most evenly; "," when none splits them.

    Excel's own hint line ("sep=;") wins over any guess. csv.Sniffer is not used: its
    patterns are quadratic (a 65 KB sample took 20 s).
    """
    sample = sample[:SAMPLE_CHARS]
    first = sample.split("\n", 1)[0].strip().lower()
    if len(first) == 5 and first.startswith("sep="):
        return first[4]
    # The last line of a sample may be cut mid-row.
    lines = sample.splitlines()
    if len(sample) >= SAMPLE_CHARS and len(lines) > 1:
        sample = "\n".join(lines[:-1])
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    return best if scores[best] > (0.0, 1) else ","


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of rows with the most common field count, that count) when splitting on `delimiter`."""
    counts = Counter(
        record.width for record in records(sample, delimiter, len(sample) + 1) if record.width
    )
    if not counts:
        return (0.0, 0)
    # Most rows first, then the wider split: ties go to the candidate that splits more.
    mode, rows = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if mode < 2:
        return (0.0, mode)
    return (rows / sum(counts.values()), mode)


@dataclass(frozen=True, slots=True)
class Record:
    """One CSV record (row) as found in the text, without copying its empty fields.

    `fields` holds (col, start, end, value) for every field that is not an unquoted empty
    one; `width` counts all of them. `start`/`end` bound the record's text without its line
    break; `blank` > 0 stands for that many blank lines starting at `row`.
    """

    row: int
    start: int
    end: int
    width: int
    fields: tuple[tuple[int, int, int, str], ...]
    blank: int = 0


class TooWide(Exception):
    """A record with more fields than allowed; carries its row number."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


@cache
def _field_pattern(delimiter: str) -> re.Pattern[str]:
    d = re.escape(delimiter)
    # csv's own reading (doublequote, not strict): a quoted field may span lines, "" is a
    # quote, text after the closing quote is kept, an unclosed quote runs to the end. A run
    # of delimiters is that many empty fields, taken in one match. Possessive throughout.
    return re.compile(
        rf"(?P<run>{d}++)"
        rf'|(?:"(?P<quoted>[^"]*+(?:""[^"]*+)*+)"?(?P<tail>[^{d}\r\n]*+)|(?P<plain>[^{d}\r\n]*+))'
        rf"(?P<sep>{d}|\r\n|\r|\n|\Z)"
    )


_BLANK_LINES = re.compile(r"[\r\n]++")
_LINE_END = re.compile(r"[\r\n]")


def records(text: str, delimiter: str, max_cols: int) -> Iterator[Record]:
    """The records of CSV `text`, exactly as csv.reader splits them, one at a time.

    Streaming, so a caller can stop at its limits; a record wider than `max_cols` raises
    TooWide before its fields are kept. Linear: every match ends where the next begins.
    """
    end_of_text = len(text)
    pos = row = 0
    while pos < end_of_text:
        blank = _BLANK_LINES.match(text, pos)
        if blank:
            run = blank.group(0)
            count = run.count("\n") + run.count("\r") - run.count("\r\n")
            yield Record(row + 1, pos, pos, 0, (), blank=count)
            row += count
            pos = blank.end()
            continue
        row += 1
        eol = _LINE_END.search(text, pos)
        line_end = eol.start() if eol else end_of_text
        if text.find('"', pos, line_end) < 0:
            # Most lines quote nothing: split them in C.
            record = _plain_record(text, pos, line_end, row, delimiter, max_cols)
        else:
            record = _quoted_record(text, pos, row, delimiter, max_cols)
        yield record
        pos = record.end
        if pos < end_of_text:
            pos += 2 if text.startswith("\r\n", pos) else 1


def _plain_record(
    text: str, start: int, end: int, row: int, delimiter: str, max_cols: int
) -> Record:
    if text.count(delimiter, start, end) >= max_cols:
        raise TooWide(row)
    fields: list[tuple[int, int, int, str]] = []
    pos = start
    col = 0
    for col, value in enumerate(text[start:end].split(delimiter), 1):
        if value:
            fields.append((col, pos, pos + len(value), value))
        pos += len(value) + 1
    return Record(row, start, end, col, tuple(fields))


def _quoted_record(text: str, start: int, row: int, delimiter: str, max_cols: int) -> Record:
    """A record holding quotes, field by field as csv.reader reads them (it may span lines)."""
    field = _field_pattern(delimiter).match
    pos, col = start, 0
    fields: list[tuple[int, int, int, str]] = []
    while True:
        m = field(text, pos)
        assert m is not None  # every branch can match the empty string before a separator
        if m.group("run") is not None:
            col += m.end() - pos
            pos = m.end()
        else:
            col += 1
            value = m.group("plain")
            sep_start = m.start("sep")
            if value is None:
                value = m.group("quoted").replace('""', '"') + m.group("tail")
                fields.append((col, pos, sep_start, value))
            elif value:
                fields.append((col, pos, sep_start, value))
            if m.group("sep") != delimiter:
                return Record(row, start, sep_start, col, tuple(fields))
            pos = m.end()
        if col > max_cols:
            raise TooWide(row)


def parse_cells(
    text: str, delimiter: str, path: Path, settings: Settings
) -> dict[tuple[int, int], str]:
    """Every non-empty field by (row, col), 1-based; quoted newlines stay inside their cell.

    Limits (cells, characters, rows, columns) are checked record by record, so a hostile
    file is refused before it is held in memory.
    """
    cells: dict[tuple[int, int], str] = {}
    rows_used = 0
    try:
        for record in records(text, delimiter, MAX_COL):
            values = [(c, v) for c, _s, _e, v in record.fields if v]
            if not values:
                continue
            rows_used += 1
            if rows_used > settings.max_rows:
                raise LimitExceeded(
                    str(path),
                    f"has more than {settings.max_rows:,} rows with values",
                    "split the file or raise max_rows",
                    where=f"row {record.row}",
                )
            for c, value in values:
                if len(value) > settings.max_cell_chars:
                    raise LimitExceeded(
                        str(path),
                        f"cell has {len(value):,} characters (limit {settings.max_cell_chars:,})",
                        "shorten the cell or raise max_cell_chars",
                        where=cell_name(record.row, c),
                    )
                cells[(record.row, c)] = value
            if len(cells) > settings.max_cells:
                raise LimitExceeded(
                    str(path),
                    f"has more than {settings.max_cells:,} non-empty cells",
                    "split the file or raise max_cells",
                    where=f"row {record.row}",
                )
    except TooWide as wide:
        raise LimitExceeded(
            str(path),
            f"row has more than {MAX_COL:,} columns (Excel's limit)",
            "remove the stray delimiters or split the row",
            where=f"row {wide.row}",
        ) from None
    return cells
