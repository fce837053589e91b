"""Cell values as text: number formats that mean dates or times, and how numbers print."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Literal

NumberKind = Literal["date", "time"] | None

# Built-in number formats (ECMA-376 18.8.30): 14-17 and 22 are dates, 18-21 and 45-47 times.
BUILTIN_KINDS: dict[int, NumberKind] = {
    **{i: "date" for i in (14, 15, 16, 17, 22)},
    **{i: "time" for i in (18, 19, 20, 21, 45, 46, 47)},
}

# Parts of a format code that never name a date field: quoted text, escaped
# characters, colours/conditions in brackets, and padding/fill characters.
# Brackets never nest in a format code: "[^[]" keeps a run of unclosed "[" linear.
_NOISE = re.compile(r'"[^"]*"|\\.|\[(?![hms]+\])[^\[\]]*\]|_.|\*.')
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
# Serials above this are past 9999-12-31: not a date Excel can show.
_MAX_SERIAL = 2_958_465


_XSTRING_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


_SURROGATE = re.compile("[\ud800-\udfff]")


def unescape_xstring(text: str) -> str:
    """Decode ECMA-376 ST_Xstring escapes: Excel stores a carriage return as "_x000D_".

    An escaped surrogate pair becomes its character; a lone one (`_xD800_`) becomes U+FFFD,
    as an undecodable byte does elsewhere: no UTF-8 output could hold it.
    """
    if "_x" not in text:
        return text
    text = _XSTRING_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def format_kind(code: str) -> NumberKind:
    """Whether a custom number format shows a date, a time, or neither."""
    section = code.split(";")[0]
    bare = _NOISE.sub("", section).lower()
    if "general" in bare or not bare:
        return None
    if "y" in bare or "d" in bare:
        return "date"
    if "h" in bare or "s" in bare:
        return "time"
    if "m" in bare:
        return "date"
    return None


def style_kinds(styles: Any | None) -> list[NumberKind]:
    """Per cell-style index (`s` attribute), whether its number format is a date or time."""
    if styles is None:
        return []
    custom: dict[int, NumberKind] = {}
    cell_xfs = None
    for child in styles:
        name = child.tag.rpartition("}")[2]
        if name == "numFmts":
            for fmt in child:
                try:
                    custom[int(fmt.get("numFmtId", ""))] = format_kind(fmt.get("formatCode", ""))
                except ValueError:
                    continue
        elif name == "cellXfs":
            cell_xfs = child
    kinds: list[NumberKind] = []
    for xf in cell_xfs if cell_xfs is not None else ():
        try:
            fmt_id = int(xf.get("numFmtId", "0"))
        except ValueError:
            fmt_id = 0
        kinds.append(custom[fmt_id] if fmt_id in custom else BUILTIN_KINDS.get(fmt_id))
    return kinds


def format_number(raw: str, kind: NumberKind, date1904: bool = False) -> str:
    """A numeric cell as displayed-ish: '3' not '3.0', ISO dates for date formats."""
    try:
        number = float(raw)
    except ValueError:
        return raw.strip()
    if kind == "date" and number == 0:
        # Serial 0 is the day before the epoch: what a date cell shows when its formula
        # points at an empty cell. Excel users read it as "no date".
        return ""
    if kind is not None and 0 <= number <= _MAX_SERIAL:
        return serial_text(number, kind, date1904)
    if number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    # Excel shows at most 15 significant digits: 0.1+0.2 is "0.3", not "0.30000000000000004".
    return f"{number:.15g}"


def serial_text(serial: float, kind: NumberKind, date1904: bool) -> str:
    """An Excel date serial as 'YYYY-MM-DD', 'HH:MM:SS' (a bare time) or 'YYYY-MM-DD HH:MM:SS'."""
    if date1904:
        moment = _EPOCH_1904 + timedelta(days=serial)
    else:
        # Excel counts a 1900-02-29 that never was: serials before it are one day off.
        moment = _EPOCH_1900 + timedelta(days=serial + (1 if serial < 60 else 0))
    moment = _round_second(moment)
    if kind == "time" and serial < 1:
        return moment.strftime("%H:%M:%S")
    if moment.hour == moment.minute == moment.second == 0:
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _round_second(moment: datetime) -> datetime:
    """Serials carry float noise (0.99999 s); round to the second Excel would show."""
    if moment.microsecond >= 500_000:
        moment += timedelta(seconds=1)
    return moment.replace(microsecond=0)
