"""The filled .xlsx copy: only target cells change, every other part and byte stays as it was."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from defusedxml import ElementTree
from helpers import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from test_write_helpers import INJECTION, make_result, response

from socproc.model import Response
from socproc.read.refs import col_index as column_number
from socproc.read.xlsx import sheet_parts
from socproc.write import write_outputs
from socproc.write.filled_xlsx import write_filled_xlsx
from socproc.write.xmledit import TRUNCATION_MARKER, edit_sheet_xml, xml_text

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def no_shared(_: int) -> str:
    return ""


def edit(xml: str, cells: dict[tuple[int, int], str], shared: list[str] | None = None) -> str:
    table = shared or []
    return edit_sheet_xml(xml.encode(), cells, lambda i: table[i]).decode()


def test_xml_text_escapes_markup_and_excel_escapes() -> None:
    assert xml_text("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert xml_text("_x0041_\x01\r\n") == "_x005F_x0041_\n"


def test_cells_and_rows_are_created_in_sorted_position() -> None:
    xml = (
        f'<worksheet {NS}><dimension ref="A1:B3"/><sheetData>'
        '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="D1" s="3"/></row>'
        '<row r="3"><c r="B3"><v>5</v></c></row></sheetData></worksheet>'
    )
    out = edit(
        xml,
        {(1, 3): "new C1", (1, 4): "in D1", (2, 2): "row 2", (5, 1): "row 5", (3, 2): "no"},
        ["Q"],
    )
    assert '<c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr">' in out
    assert '<c r="D1" s="3" t="inlineStr"><is><t xml:space="preserve">in D1</t></is></c>' in out
    assert 'spans="1:4"' in out
    assert out.index('<row r="2">') < out.index('<row r="3">') < out.index('<row r="5">')
    assert '<c r="B3"><v>5</v></c>' in out and ">no<" not in out  # a value is never overwritten
    assert '<dimension ref="A1:D5"/>' in out


def test_formula_and_shared_string_answers_are_kept() -> None:
    xml = (
        f'<worksheet {NS}><sheetData><row r="2"><c r="C2"><f>1+1</f></c>'
        '<c r="D2" t="s"><v>0</v></c><c r="E2" t="s"><v>1</v></c></row></sheetData></worksheet>'
    )
    out = edit(xml, {(2, 3): "x", (2, 4): "y", (2, 5): "z"}, ["Yes", "  "])
    assert "<f>1+1</f>" in out and ">x<" not in out and ">y<" not in out
    assert '<c r="E2" t="inlineStr"><is><t xml:space="preserve">z</t></is></c>' in out


def test_prefixed_namespace_and_empty_sheet_data() -> None:
    xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>'
    out = edit(xml, {(4, 2): "ok"}, [])
    assert (
        '<x:row r="4"><x:c r="B4" t="inlineStr"><x:is><x:t xml:space="preserve">ok</x:t></x:is></x:c></x:row>'
        in out
    )


def test_target_inside_a_merged_range_goes_to_its_anchor() -> None:
    xml = (
        f'<worksheet {NS}><sheetData><row r="2"><c r="A2"><v>1</v></c></row></sheetData>'
        '<mergeCells count="1"><mergeCell ref="C2:E3"/></mergeCells></worksheet>'
    )
    out = edit(xml, {(3, 4): "merged"})
    assert '<c r="C2" t="inlineStr"><is><t xml:space="preserve">merged</t></is></c>' in out
    assert 'r="D3"' not in out


def test_new_cells_take_the_column_style() -> None:
    xml = f'<worksheet {NS}><cols><col min="3" max="3" width="40" style="7"/></cols><sheetData/></worksheet>'
    assert '<c r="C2" s="7" t="inlineStr">' in edit(xml, {(2, 3): "v"})


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_round_trips_through_the_sheet_xml(text: str) -> None:
    out = edit_sheet_xml(
        f"<worksheet {NS}><sheetData/></worksheet>".encode(), {(1, 1): text}, no_shared
    )
    cell = ElementTree.fromstring(out).find(".//{*}t")
    assert cell is not None
    # What Excel shows: `_x005F_` decodes to `_`; control characters and CR are not kept.
    shown = (cell.text or "").replace("_x005F_", "_")
    expected = re.sub(
        r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]",
        "",
        text.replace("\r\n", "\n").replace("\r", "\n"),
    )
    assert shown == expected or (shown.endswith(TRUNCATION_MARKER) and len(shown) <= 32_767)


def build_workbook(path: Path) -> Path:
    """A small questionnaire with a dropdown, a conditional format, styles, a formula and a filled answer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Questions"
    ws.append(["ID", "Question", "Answer", "Comment"])
    for i in range(2, 7):
        ws.append([f"Q-{i}", f"Question {i}?", None, None])
        ws.cell(i, 3).fill = PatternFill("solid", fgColor="FFFF00")
        ws.cell(i, 4).alignment = Alignment(wrap_text=True)
    ws["C3"] = "No"
    ws["C5"] = "=1+1"
    ws["A1"].font = Font(bold=True)
    dv = DataValidation(type="list", formula1='"Yes,No,N/A"', allow_blank=True)
    dv.add("C2:C20")
    ws.add_data_validation(dv)
    ws.conditional_formatting.add(
        "C2:C20",
        CellIsRule(operator="equal", formula=['"No"'], fill=PatternFill("solid", bgColor="FF0000")),
    )
    wb.create_sheet("Notes")["A1"] = "keep me"
    wb.save(path)
    return path


def filled_rows() -> list[Response]:
    yes = ("Yes", "No", "N/A")
    return [
        response(
            "Questions!B2",
            "Question 2?",
            answer_ref="C2",
            comment_ref="D2",
            choices=yes,
            answer_value="yes",
            suggested="See soc2-2026.",
        ),
        response(
            "Questions!B3",
            "Question 3?",
            answer_ref="C3",
            comment_ref="D3",
            choices=yes,
            answer_value="Yes",
            answer="No",
        ),
        response(
            "Questions!B4", "Question 4?", answer_ref="C4", comment_ref="D4", suggested=INJECTION
        ),
        response("Questions!B5", "Question 5?", answer_ref="C5", answer_value="Yes", choices=yes),
        response(
            "Questions!B9",
            "Question 9?",
            answer_ref="C9",
            answer_value="Maybe",
            choices=yes,
            comment_ref="D9",
        ),
        response("Questions!B6", "Question 6?", answer_ref="C6", suggested=""),
    ]


def test_filled_copy_changes_only_target_cells(tmp_path: Path) -> None:
    src = build_workbook(tmp_path / "q.xlsx")
    before = src.read_bytes()
    out = write_filled_xlsx(src, filled_rows(), tmp_path / "out" / "q.filled.xlsx")
    assert src.read_bytes() == before  # the original is never modified
    ws = openpyxl.load_workbook(out)["Questions"]
    assert (ws["C2"].value, ws["D2"].value) == ("Yes", "See soc2-2026.")
    assert (ws["C3"].value, ws["D3"].value) == ("No", None)  # an answered row is left alone
    assert ws["C4"].value == INJECTION and ws["C4"].data_type == "s"
    assert ws["C5"].value == "=1+1"  # a formula is never overwritten
    assert ws["C9"].value is None and ws["D9"].value.startswith(
        "Yes: see"
    )  # not a choice: sentence to comment
    assert ws["C6"].value is None
    assert ws["C2"].fill.fgColor.rgb.endswith("FFFF00") and ws["D2"].alignment.wrap_text
    assert (
        len(ws.data_validations.dataValidation) == 1 and len(list(ws.conditional_formatting)) == 1
    )
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(out) as b:
        assert a.namelist() == b.namelist()
        part = sheet_parts(a)["Questions"]
        changed = [n for n in a.namelist() if a.read(n) != b.read(n)]
        assert changed == [part]
        assert [i.compress_type for i in a.infolist()] == [i.compress_type for i in b.infolist()]


def test_existing_answer_from_reader_is_respected(tmp_path: Path) -> None:
    src = build_workbook(tmp_path / "q.xlsx")
    rows = [response("Questions!B6", "Question 6?", answer_ref="C6", answer="Yes (per reader)")]
    out = write_filled_xlsx(src, rows, tmp_path / "q.filled.xlsx")
    assert openpyxl.load_workbook(out)["Questions"]["C6"].value is None


def make_xlsm(src: Path, dest: Path) -> Path:
    """`src` dressed as a macro workbook: a vbaProject part, its relationship and the macro content type."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"spreadsheetml.sheet.main+xml", b"PLACEHOLDER")
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.PLACEHOLDER",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
                )
            zout.writestr(info, data)
        zout.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 fake macro storage")
    return dest


def test_xlsm_input_gives_a_macro_free_xlsx(tmp_path: Path) -> None:
    src = make_xlsm(build_workbook(tmp_path / "q.xlsx"), tmp_path / "m.xlsm")
    result = make_result(str(src), "xlsm")
    result = type(result)(
        result.source, result.format, result.as_of, result.vendor, tuple(filled_rows())
    )
    paths = write_outputs(result, tmp_path / "out")
    assert [p.name for p in paths] == ["m.response.xlsx", "m.response.json", "m.filled.xlsx"]
    with zipfile.ZipFile(paths[2]) as z:
        assert not [n for n in z.namelist() if "vba" in n.lower()]
        types = z.read("[Content_Types].xml")
        assert b"macroEnabled" not in types and b"vbaProject" not in types
        assert b"spreadsheetml.sheet.main+xml" in types
        assert b"vbaProject" not in z.read("xl/_rels/workbook.xml.rels")
    assert openpyxl.load_workbook(paths[2])["Questions"]["C2"].value == "Yes"
    assert not list((tmp_path / "out").glob(".*.tmp"))


@pytest.mark.office
def test_libreoffice_opens_the_filled_copy(tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    out = write_filled_xlsx(
        build_workbook(tmp_path / "q.xlsx"), filled_rows(), tmp_path / "q.filled.xlsx"
    )
    subprocess.run(
        [office, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path / "lo"), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = (tmp_path / "lo" / "q.filled.csv").read_text(encoding="utf-8", errors="replace")
    assert "Q-2,Question 2?,Yes,See soc2-2026." in text


def test_nothing_to_write_gives_a_byte_identical_copy(tmp_path: Path) -> None:
    src = build_workbook(tmp_path / "q.xlsx")
    rows = [response("Questions!B6", "Question 6?", answer_ref="C6", suggested="")]
    out = write_filled_xlsx(src, rows, tmp_path / "q.filled.xlsx")
    assert out.read_bytes() == src.read_bytes()


def test_unreadable_original_is_an_output_error(tmp_path: Path) -> None:
    from socproc.errors import OutputError

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(OutputError, match=r"bad\.filled\.xlsx: cannot copy bad\.xlsx"):
        write_filled_xlsx(bad, filled_rows(), tmp_path / "bad.filled.xlsx")
    assert list(tmp_path.iterdir()) == [bad]


# --------------------------------------------------------------------------- corpus

CORPUS_CASES = [
    ("EDUCAUSE_HECVAT_v4.1.4_blank.xlsx", "Organization"),
    ("EDUCAUSE_HECVAT_Full_v3.06_blank.xlsx", "HECVAT - Full | Vendor Response"),
]
_CELL = re.compile(rb"<c r=\"([A-Z]+[0-9]+)\"[^>]*?(?:/>|>.*?</c>)", re.DOTALL)
_COUNTED = (
    rb"<x14:dataValidation ",
    rb"<dataValidation ",
    rb"<conditionalFormatting ",
    rb"<x14:conditionalFormatting ",
    rb"<mergeCell ",
)


def id_rows(wb: openpyxl.Workbook, sheet: str, prefix: str) -> list[int]:
    rows = wb[sheet].iter_rows(min_col=1, max_col=1, values_only=True)
    return [i for i, (v,) in enumerate(rows, start=1) if str(v or "").startswith(prefix)]


def dropdown_choices(wb: openpyxl.Workbook, xml: bytes, defined: bytes, cell: str) -> list[str]:
    """The list a standard or x14 validation allows in `cell`, resolved through names and ranges."""
    col, row = parts(r"([A-Z]+)([0-9]+)", cell)
    names = dict(
        re.findall(r'<definedName name="([^"]+)"[^>]*>([^<#]+)</definedName>', defined.decode())
    )
    pattern = rb"<(?:x14:)?dataValidation ([^>]*?)(?:/>|>(.*?)</(?:x14:)?dataValidation>)"
    for m in re.finditer(pattern, xml, re.DOTALL):
        if not m.group(2):
            continue
        attr = re.search(rb'sqref="([^"]*)"', m.group(1))
        sqref = (
            attr.group(1).decode()
            if attr
            else parts(r"<xm:sqref>(.*?)</xm:sqref>", m.group(2).decode())[0]
        )
        if not any(covers(rng, col, int(row)) for rng in sqref.split()):
            continue
        formula = parts(r"<(?:xm:f|formula1)>(.*?)</", m.group(2).decode())[0]
        sheet, rng = names.get(formula, formula).replace("$", "").rsplit("!", 1)
        (c0, r0), (c1, r1) = (parts(r"([A-Z]+)([0-9]+)", x) for x in rng.split(":"))
        assert c0 == c1, "a one-column list"
        first = column_number(c0)
        cells = wb[sheet.strip("'")].iter_rows(
            min_row=int(r0), max_row=int(r1), min_col=first, max_col=first, values_only=True
        )
        return [str(v) for (v,) in cells if v is not None]
    return []


def parts(pattern: str, text: str) -> tuple[str, ...]:
    m = re.search(pattern, text, re.DOTALL)
    assert m is not None, (pattern, text[:80])
    return m.groups()


def covers(rng: str, col: str, row: int) -> bool:
    a, _, b = rng.partition(":")
    (c0, r0), (c1, r1) = (parts(r"([A-Z]+)([0-9]+)", x) for x in (a, b or a))
    return column_number(c0) <= column_number(col) <= column_number(c1) and int(r0) <= row <= int(
        r1
    )


@pytest.mark.corpus
# openpyxl warns that it drops x14 validations and formats when it reads; the files keep them.
@pytest.mark.filterwarnings("ignore:.*extension is not supported")
@pytest.mark.parametrize(("name", "sheet"), CORPUS_CASES)
def test_corpus_filled_copy_is_byte_preserving(tmp_path: Path, name: str, sheet: str) -> None:
    src = CORPUS / name
    if not src.exists():
        pytest.skip("corpus not present")
    wb = openpyxl.load_workbook(src, read_only=True, data_only=True)
    rows = id_rows(wb, sheet, "DOCU-")[:3]
    with zipfile.ZipFile(src) as z:
        part = sheet_parts(z)[sheet]
        xml, defined = z.read(part), z.read("xl/workbook.xml")
    choices = tuple(dropdown_choices(wb, xml, defined, f"C{rows[0]}"))
    assert "Yes" in choices
    sentence = "Yes: our SOC 2 Type II report (soc2-2026) covers this; shared under NDA."
    plan = [
        response(
            f"{sheet}!B{rows[0]}",
            "q",
            sheet=sheet,
            answer_ref=f"C{rows[0]}",
            comment_ref=f"D{rows[0]}",
            choices=choices,
            answer_value="yes",
            suggested=sentence,
        ),
        response(
            f"{sheet}!B{rows[1]}",
            "q",
            sheet=sheet,
            answer_ref=f"C{rows[1]}",
            comment_ref=f"D{rows[1]}",
            choices=choices,
            suggested=sentence,
        ),
        response(
            f"{sheet}!B{rows[2]}",
            "q",
            sheet=sheet,
            answer_ref=f"C{rows[2]}",
            choices=choices,
            answer_value="No",
        ),
    ]
    out = write_filled_xlsx(src, plan, tmp_path / "x.filled.xlsx")
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(out) as b:
        assert a.namelist() == b.namelist()
        assert [n for n in a.namelist() if a.read(n) != b.read(n)] == [part]
        new = b.read(part)
    for pattern in _COUNTED:
        assert new.count(pattern) == xml.count(pattern), pattern
    targets = {f"C{rows[0]}", f"D{rows[0]}", f"D{rows[1]}", f"C{rows[2]}"}
    untouched = [m.group(0) for m in _CELL.finditer(xml) if m.group(1).decode() not in targets]
    assert [
        m.group(0) for m in _CELL.finditer(new) if m.group(1).decode() not in targets
    ] == untouched
    head, tail = xml.split(b"<sheetData>")[0], xml.split(b"</sheetData>")[1]
    assert new.split(b"</sheetData>")[1] == tail and new.split(b"<sheetData>")[0] == head
    ws = openpyxl.load_workbook(out, read_only=True)[sheet]
    got = {
        r: row[2:4]
        for r, row in enumerate(ws.iter_rows(max_col=4, values_only=True), start=1)
        if r in rows
    }
    assert got[rows[0]] == ("Yes", sentence)
    assert got[rows[1]] == (None, sentence)
    assert got[rows[2]][0] == "No" and {"Yes", "No"} <= set(choices)
