"""NAME.filled.csv: the buyer's bytes, with answers spliced into empty answer cells, injection-safe."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from socproc.errors import OutputError, SocprocError
from socproc.model import Response
from socproc.read.csv import (
    SAMPLE_CHARS,
    Record,
    decode,
    detect_encoding,
    records,
    sniff_delimiter,
)
from socproc.read.refs import cell_name
from socproc.write.atomic import write_bytes_atomic
from socproc.write.plan import plan_writes, split_ref

# OWASP CSV injection: a cell starting with one of these may be run as a formula by a spreadsheet
# (Excel, Sheets, LibreOffice). The one rule for every CSV socproc writes.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
# Where a spreadsheet opening the file with another delimiter would start a new cell, and
# the formula-looking piece that would then begin there (a quote may open it).
_PIECE = re.compile(r'(?<=[,;\t|\r\n])("?)([=+\-@\t\r][^,;\t|\r\n"]*)')
# Characters that need the cell quoted, whichever common delimiter the file is opened with.
_NEEDS_QUOTES = re.compile(r'[",;\t|\r\n]')
# Stand-ins for characters a legacy code page may lack; the rest go through NFKD.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u2022": "*",
        "\u00a0": " ",
        "\u2192": "->",
        "\u2190": "<-",
        "\u2264": "<=",
        "\u2265": ">=",
        "\u2260": "!=",
        "\u2713": "Yes",
        "\u2714": "Yes",
    }
)
log = logging.getLogger("socproc.write")


@dataclass(frozen=True, slots=True)
class Dialect:
    """How the original CSV is spelled, so that what we add is spelled the same."""

    encoding: str
    delimiter: str
    newline: str
    bom: int = 0  # bytes of byte-order mark before the text


def neutralise(cell: str) -> str:
    """`cell` made inert in a spreadsheet: a `'` before a formula-looking start (numbers stay
    numbers), and before any piece that would start a cell if the file were opened with
    another common delimiter (`x,=HYPERLINK(...)` in a `;` file)."""
    if cell.startswith(FORMULA_START) and not _NUMBER.match(cell):
        cell = "'" + cell
    if _NEEDS_QUOTES.search(cell):
        cell = _PIECE.sub(_defuse_piece, cell)
    return cell


def _defuse_piece(m: re.Match[str]) -> str:
    quote, piece = m.groups()
    return m.group(0) if _NUMBER.match(piece) else f"{quote}'{piece}"


def sniff_dialect(data: bytes, source: Path) -> tuple[str, Dialect]:
    """(text, dialect) of the original, detected exactly as the reader did, so answer refs line up."""
    codec, bom = detect_encoding(data)
    text = decode(data, source)
    sample = text[:SAMPLE_CHARS]
    newline = (
        "\r\n" if "\r\n" in sample else ("\r" if "\r" in sample and "\n" not in sample else "\n")
    )
    return text, Dialect(codec, sniff_delimiter(sample), newline, bom)


def write_filled_csv(source: Path, responses: Sequence[Response], dest: Path) -> Path:
    """Write the filled copy of the CSV `source` to `dest`: the buyer's bytes, answers added."""
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
    targets = _targets(responses)
    edits = plan_edits(text, dialect, {k: _field(v, k, dialect, dest) for k, v in targets.items()})
    return write_bytes_atomic(dest, splice(data, text, dialect, edits))


def _targets(responses: Sequence[Response]) -> dict[tuple[int, int], str]:
    """(row, col) → text of every planned write into a cell the reader saw empty; first wins."""
    out: dict[tuple[int, int], str] = {}
    for w in plan_writes(responses):
        if w.existing and w.existing.strip():
            continue
        try:
            _, r, c = split_ref(w.ref, None)
        except ValueError:
            continue
        out.setdefault((r, c), w.text)
    return out


def _field(text: str, where: tuple[int, int], dialect: Dialect, dest: Path) -> str | None:
    """The answer as a CSV field the file's encoding holds; None (and a notice) when it cannot."""
    value = neutralise(text)
    if not _encodes(value, dialect.encoding):
        value = neutralise(_transliterate(text))
        if not _encodes(value, dialect.encoding):
            notice = OutputError(
                str(dest),
                f"answer not written: {dialect.encoding} cannot hold {_first_alien(value, dialect.encoding)!r}",
                "type this answer by hand, or save the questionnaire as CSV UTF-8",
                where=cell_name(*where),
            )
            log.warning(notice.line())
            return None
    if _NEEDS_QUOTES.search(value) or dialect.delimiter in value:
        value = '"' + value.replace('"', '""') + '"'
    return value


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _transliterate(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _first_alien(text: str, codec: str) -> str:
    return next((ch for ch in text if not _encodes(ch, codec)), "?")


def plan_edits(
    text: str, dialect: Dialect, fields: dict[tuple[int, int], str | None]
) -> list[tuple[int, int, str]]:
    """(start, end, new text) splices that put each field into its cell, in text order.

    Only empty cells are written (a cell holding text, even the buyer's formula, is never
    touched); every other character of the file stays where it was.
    """
    wanted: dict[int, dict[int, str]] = {}
    for (r, c), value in fields.items():
        if value is not None:
            wanted.setdefault(r, {})[c] = value
    edits: list[tuple[int, int, str]] = []
    d = dialect.delimiter
    last_row = 0
    for record in records(text, d, max(len(text), 1)):
        if not wanted:
            break
        if record.blank:
            edits.extend(_blank_edits(text, record, wanted, d))
            last_row = record.row + record.blank - 1
            continue
        last_row = record.row
        row = wanted.pop(record.row, None)
        if row:
            edits.extend(_record_edits(record, row, d))
    if wanted:
        tail = "" if not text or text.endswith(("\n", "\r")) else dialect.newline
        for r in range(last_row + 1, max(wanted) + 1):
            tail += _beyond(0, wanted.pop(r, {}), d) + dialect.newline
        edits.append((len(text), len(text), tail))
    return edits


def _record_edits(record: Record, row: dict[int, str], d: str) -> list[tuple[int, int, str]]:
    explicit = {col: (start, end, value) for col, start, end, value in record.fields}
    edits: list[tuple[int, int, str]] = []
    beyond: dict[int, str] = {}
    for c in sorted(row):
        if c > record.width:
            beyond[c] = row[c]
        elif c in explicit:
            start, end, value = explicit[c]
            if not value.strip():  # whitespace or a quoted empty field
                edits.append((start, end, row[c]))
        else:
            # An unquoted empty field takes no characters: it sits just after the
            # delimiter that closes the last field before it.
            before = [col for col in explicit if col < c]
            pos = (
                explicit[max(before)][1] + 1 + (c - max(before) - 1)
                if before
                else record.start + c - 1
            )
            edits.append((pos, pos, row[c]))
    if beyond:
        edits.append((record.end, record.end, _beyond(record.width, beyond, d)))
    return edits


def _blank_edits(
    text: str, record: Record, wanted: dict[int, dict[int, str]], d: str
) -> list[tuple[int, int, str]]:
    """Fields for blank lines: each goes before its line's break."""
    rows = range(record.row, record.row + record.blank)
    if not any(r in wanted for r in rows):
        return []
    breaks = re.finditer(r"\r\n|\r|\n", text[record.start : record.start + 2 * record.blank])
    edits = []
    for r, m in zip(rows, breaks, strict=False):
        if r in wanted:
            pos = record.start + m.start()
            edits.append((pos, pos, _beyond(0, wanted.pop(r), d)))
    return edits


def _beyond(width: int, values: dict[int, str], d: str) -> str:
    """Fields past the last of a record `width` fields wide, with the delimiters they need."""
    out = ""
    cur = max(width, 1)
    for c in sorted(values):
        out += d * (c - cur) + values[c]
        cur = c
    return out


def splice(data: bytes, text: str, dialect: Dialect, edits: list[tuple[int, int, str]]) -> bytes:
    """`data` with each edit applied: untouched stretches are the original bytes, verbatim."""
    codec = dialect.encoding
    out: list[bytes] = []
    byte_pos = dialect.bom
    text_pos = 0
    copied = 0  # bytes of `data` already in `out`
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1])):
        # Text offsets to byte offsets, one stretch at a time (codecs differ in width; an
        # undefined cp1252 byte decoded as U+FFFD still re-encodes to one byte).
        byte_pos += len(text[text_pos:start].encode(codec, errors="replace"))
        byte_end = byte_pos + len(text[start:end].encode(codec, errors="replace"))
        out.append(data[copied:byte_pos])
        out.append(new.encode(codec))
        copied, byte_pos, text_pos = byte_end, byte_end, end
    out.append(data[copied:])
    return b"".join(out)
