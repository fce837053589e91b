"""Rows streamed into XlsxWriter's sheet XML: cells as Excel and openpyxl read them, hostile text kept as text."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from socproc.model import Settings
from socproc.read.xlsx import read_xlsx
from socproc.write.sheetrows import append_rows, cell_xml, most_bytes, rows_xml
from socproc.write.xlsxcells import new_workbook, table_layout
from socproc.write.xmledit import EXCEL_CELL_LIMIT, TRUNCATION_MARKER, check_xml


@pytest.mark.parametrize(
    ("value", "xml"),
    [
        (None, ""),
        ("", ""),
        (0.85, '<c r="A2"><v>0.85</v></c>'),
        (3, '<c r="A2"><v>3</v></c>'),
        (True, '<c r="A2" t="inlineStr"><is><t>True</t></is></c>'),
        (float("nan"), '<c r="A2" t="inlineStr"><is><t>nan</t></is></c>'),
        ("=1+1", '<c r="A2" t="inlineStr"><is><t>=1+1</t></is></c>'),
        ("a<b & c>d", '<c r="A2" t="inlineStr"><is><t>a&lt;b &amp; c&gt;d</t></is></c>'),
        (" padded ", '<c r="A2" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c>'),
        ("_x0041_", '<c r="A2" t="inlineStr"><is><t>_x005F_x0041_</t></is></c>'),
        ("bell\x07", '<c r="A2" t="inlineStr"><is><t>bell</t></is></c>'),
        ("\x00\x01", ""),
    ],
)
def test_cell_xml(value: object, xml: str) -> None:
    assert cell_xml("A2", "", value) == xml


def test_rows_are_numbered_across_chunks_and_styled_by_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("socproc.write.sheetrows.CHUNK_ROWS", 2)
    chunks = list(rows_xml([("a", 1), ("b", None), ("c", 2.5)], 5, ["", ' s="4"']))
    assert len(chunks) == 2
    xml = b"".join(chunks).decode()
    assert xml == (
        '<row r="5"><c r="A5" t="inlineStr"><is><t>a</t></is></c><c r="B5" s="4"><v>1</v></c></row>'
        '<row r="6"><c r="A6" t="inlineStr"><is><t>b</t></is></c></row>'
        '<row r="7"><c r="A7" t="inlineStr"><is><t>c</t></is></c><c r="B7" s="4"><v>2.5</v></c></row>'
    )


def _package(headers: tuple[str, ...], count: int) -> bytes:
    buffer = io.BytesIO()
    wb = new_workbook(buffer)
    header = wb.add_format({"bold": True})
    wrap = wb.add_format({"text_wrap": True})
    table_layout(
        wb.add_worksheet("Data"), headers, count, (10, 30, 8), header, wrap, frozenset({"Text"})
    )
    wb.add_worksheet("Other").write_string(0, 0, "left alone")
    wb.close()
    return buffer.getvalue()


HOSTILE = [
    ('=HYPERLINK("http://x")', "@SUM(A1)", 1.5),
    ("+1", "-2", 0.25),
    ("<script>&amp;</script>", "line one\r\nline two", 1),
    ("x" * (EXCEL_CELL_LIMIT + 10), "🙂" * 5, None),
]


def test_appended_rows_read_back_as_written(tmp_path: Path) -> None:
    dest = tmp_path / "t.xlsx"
    append_rows(_package(("ID", "Text", "Score"), len(HOSTILE)), dest, {"Data": HOSTILE})
    ws = openpyxl.load_workbook(dest)["Data"]
    assert ws.max_row == len(HOSTILE) + 1 and ws.dimensions == "A1:C5"
    got = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert got[0] == ['=HYPERLINK("http://x")', "@SUM(A1)", 1.5]
    assert all(c.data_type == "s" for row in ws.iter_rows(min_row=2, max_col=2) for c in row)
    assert got[2][1] == "line one\nline two"
    assert len(got[3][0]) == EXCEL_CELL_LIMIT and got[3][0].endswith(TRUNCATION_MARKER)
    assert got[3][1] == "🙂" * 5 and got[3][2] is None
    assert ws["B2"].alignment.wrap_text and not ws["A2"].alignment.wrap_text
    assert openpyxl.load_workbook(dest)["Other"]["A1"].value == "left alone"
    # socproc's own reader agrees, and every part is well-formed XML.
    sheet = read_xlsx(dest, Settings()).sheets[0]
    assert sheet.cells[(3, 1)] == "+1" and sheet.cells[(5, 2)] == "🙂" * 5
    with zipfile.ZipFile(dest) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                check_xml(z.read(name))


def test_zip64_bound_is_never_below_the_real_size() -> None:
    rows = [*HOSTILE, ("&" * 1000, "🙂" * 1000, 1e300), ("\n" * 50, "é", -0.0)]
    actual = sum(map(len, rows_xml(rows, 2, ["", "", ""])))
    assert actual <= most_bytes(rows) < 20 * actual


def test_a_sheet_that_could_pass_2_gib_gets_zip64_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("socproc.write.sheetrows.most_bytes", lambda rows: 1 << 32)
    dest = tmp_path / "big.xlsx"
    append_rows(_package(("ID", "Text", "Score"), len(HOSTILE)), dest, {"Data": HOSTILE})
    with zipfile.ZipFile(dest) as z:
        info = next(i for i in z.infolist() if i.filename.endswith("sheet1.xml"))
    # The local header of a ZIP64 entry carries an extra field with id 0x0001.
    raw = dest.read_bytes()[info.header_offset :]
    name_len, extra_len = struct.unpack("<HH", raw[26:30])
    assert raw[30 + name_len : 30 + name_len + 2] == b"\x01\x00" and extra_len >= 20
    assert openpyxl.load_workbook(dest)["Data"]["C2"].value == 1.5


def _cell_by_cell(rows: list[tuple[object, ...]], first: int, styles: list[str]) -> str:
    """The rows as `cell_xml` writes each cell on its own: what `rows_xml` must equal."""
    from socproc.read.refs import col_letters

    out = []
    for number, values in enumerate(rows, start=first):
        cells = (
            cell_xml(f"{col_letters(c + 1)}{number}", styles[c], v) for c, v in enumerate(values)
        )
        out.append(f'<row r="{number}">' + "".join(cells) + "</row>")
    return "".join(out)


def test_ragged_and_repeated_rows_equal_cell_by_cell_writing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Rows of several lengths, repeated texts (served from the per-column memo), numbers that
    # equal each other but are written differently (1, 1.0, True), and cells with no text.
    monkeypatch.setattr("socproc.write.sheetrows.CHUNK_ROWS", 3)
    rows: list[tuple[object, ...]] = [
        ("a", 1, "x"),
        ("a", 1.0),
        ("a", True, "", None),
        ("b & c", None, "x"),
        (),
        ("a", 2.5, "\x01"),
        ("a",),
    ]
    styles = ["", ' s="4"', ' s="2"', ""]
    assert b"".join(rows_xml(rows, 2, styles)).decode() == _cell_by_cell(rows, 2, styles)


def test_row_heights_are_given_to_the_first_rows() -> None:
    xml = b"".join(rows_xml([("a",), ("b",), ("c",)], 2, [""], [30.0, 15.0])).decode()
    assert xml.count('customHeight="1"') == 2
    assert '<row r="2" ht="30" customHeight="1">' in xml
    assert '<row r="4">' in xml
