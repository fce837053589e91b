"""Dates written into a buyer's workbook as Excel dates: a serial number in a date-styled cell."""

from __future__ import annotations

import re
from datetime import date

from defusedxml import ElementTree

from socproc.read.cellvalue import style_kinds

_EPOCH_1900 = date(1899, 12, 30)
_EPOCH_1904 = date(1904, 1, 1)
_CELL_XFS_RX = re.compile(r"<(\w+:)?cellXfs\b([^>]*)>(.*?)</\1?cellXfs>", re.S)
_COUNT_RX = re.compile(r"\bcount\s*=\s*\"\d+\"")
_NUMBER_ATTRS_RX = re.compile(r"\s(numFmtId|applyNumberFormat)\s*=\s*(\"[^\"]*\"|'[^']*')")
# Excel's built-in short date (m/d/yyyy, shown in the reader's locale).
_SHORT_DATE = "14"


def serial(day: date, date1904: bool) -> int:
    """`day` as an Excel serial number in the workbook's date system."""
    return (day - (_EPOCH_1904 if date1904 else _EPOCH_1900)).days


class DateStyles:
    """The cell styles that show a date, made from a workbook's styles.xml: a cell's own style
    where it shows a date already, else a copy of it with the short-date format, appended."""

    def __init__(self, styles: bytes) -> None:
        self._text = styles.decode("utf-8-sig")
        self._table = _CELL_XFS_RX.search(self._text)
        self._xfs = _xf_elements(self._table) if self._table else []
        self._kinds = style_kinds(ElementTree.fromstring(styles)) if self._table else []
        self._made: dict[int, str] = {}
        self._added: list[str] = []

    def style_for(self, style: str | None) -> str | None:
        """The style index that shows `style`'s cell as a date; None when the workbook has no
        style table to add one to (the date is then written as text)."""
        if self._table is None or not self._xfs:
            return None
        index = int(style) if style and style.isdigit() and int(style) < len(self._xfs) else 0
        if index < len(self._kinds) and self._kinds[index] == "date":
            return str(index)
        if index not in self._made:
            self._made[index] = str(len(self._xfs) + len(self._added))
            self._added.append(_with_short_date(self._xfs[index]))
        return self._made[index]

    def edited(self) -> bytes | None:
        """The new styles.xml, or None when no style was added."""
        if not self._added or self._table is None:
            return None
        p = self._table.group(1) or ""
        body = self._table.group(3) + "".join(self._added)
        count = len(self._xfs) + len(self._added)
        attrs = _COUNT_RX.sub(f'count="{count}"', self._table.group(2))
        table = f"<{p}cellXfs{attrs}>{body}</{p}cellXfs>"
        start, end = self._table.span()
        return (self._text[:start] + table + self._text[end:]).encode("utf-8")


def _xf_elements(table: re.Match[str]) -> list[str]:
    p = re.escape(table.group(1) or "")
    rx = re.compile(rf"<{p}xf\b[^>]*?(?:/>|>.*?</{p}xf>)", re.S)
    return rx.findall(table.group(3))


def _with_short_date(xf: str) -> str:
    """A copy of the `<xf>` element `xf` that shows its number as a short date."""
    head_end = xf.index(">")
    closed = xf[head_end - 1] == "/"
    head = _NUMBER_ATTRS_RX.sub("", xf[: head_end - 1 if closed else head_end])
    head += f' numFmtId="{_SHORT_DATE}" applyNumberFormat="1"'
    return head + xf[head_end - 1 if closed else head_end :]
