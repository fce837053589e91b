"""A1-style cell references, ranges and sqref lists, parsed without expanding them."""

from __future__ import annotations

import re
from functools import lru_cache

MAX_ROW = 1_048_576
MAX_COL = 16_384

Box = tuple[int, int, int, int]  # (min_row, min_col, max_row, max_col), 1-based

_CELL = re.compile(r"\$?([A-Za-z]{1,3})?\$?(\d+)?")
_PLAIN_CELL = re.compile(r"([A-Za-z]{1,3})(\d+)$")
_COL_CACHE: dict[str, int] = {}


def col_index(letters: str) -> int:
    """'A' -> 1, 'AA' -> 27; cached because every cell of a sheet asks."""
    found = _COL_CACHE.get(letters)
    if found is not None:
        return found
    value = 0
    for ch in letters.upper():
        value = value * 26 + ord(ch) - 64
    _COL_CACHE[letters] = value
    return value


@lru_cache(maxsize=4096)
def col_letters(index: int) -> str:
    """1 -> 'A', 27 -> 'AA'; cached because every requirement's reference asks."""
    out = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def split_cell(ref: str) -> tuple[int, int]:
    """'B12' -> (12, 2). Raises ValueError on anything else."""
    m = _PLAIN_CELL.match(ref)
    if m is None:
        raise ValueError(ref)
    return int(m.group(2)), col_index(m.group(1))


def cell_name(row: int, col: int) -> str:
    """(12, 2) -> 'B12'."""
    return f"{col_letters(col)}{row}"


def parse_box(ref: str) -> Box | None:
    """'A1:B2', '$A$1', 'C:C' (whole column) or '3:5' (whole rows) -> a box; None if not a reference."""
    parts = ref.strip().split(":")
    if not 1 <= len(parts) <= 2:
        return None
    ends: list[tuple[int | None, int | None]] = []
    for part in parts:
        m = _CELL.fullmatch(part.strip())
        if not m or (m.group(1) is None and m.group(2) is None):
            return None
        col = col_index(m.group(1)) if m.group(1) else None
        row = int(m.group(2)) if m.group(2) else None
        ends.append((row, col))
    if len(ends) == 1:
        row, col = ends[0]
        if row is None or col is None:
            return None
        return (row, col, row, col)
    (r0, c0), (r1, c1) = ends
    if (r0 is None) != (r1 is None) or (c0 is None) != (c1 is None):
        return None
    r0, r1 = (1, MAX_ROW) if r0 is None or r1 is None else (min(r0, r1), max(r0, r1))
    c0, c1 = (1, MAX_COL) if c0 is None or c1 is None else (min(c0, c1), max(c0, c1))
    return (r0, c0, r1, c1)


def parse_sqref(sqref: str) -> tuple[Box, ...]:
    """A space-separated list of ranges (a validation's sqref) -> boxes; bad pieces are dropped."""
    boxes = []
    for piece in sqref.split():
        box = parse_box(piece)
        if box is not None:
            boxes.append(box)
    return tuple(boxes)


def split_sheet_ref(text: str) -> tuple[str | None, str]:
    """ "'Auto Responses'!$J$3:$J$5" -> ('Auto Responses', '$J$3:$J$5'); no sheet -> (None, text)."""
    text = text.strip()
    if text.startswith("="):
        text = text[1:].strip()
    if "!" not in text:
        return None, text
    sheet, _, ref = text.rpartition("!")
    sheet = sheet.strip()
    if len(sheet) >= 2 and sheet[0] == sheet[-1] == "'":
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, ref


def box_area(box: Box) -> int:
    """How many cells a box spans."""
    r0, c0, r1, c1 = box
    return (r1 - r0 + 1) * (c1 - c0 + 1)
