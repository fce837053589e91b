"""Tests for the streaming .xlsx reader: values, layout, dropdowns, limits, and the real corpus."""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from helpers import CORPUS, CORPUS_HINT
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from socproc.errors import LimitExceeded
from socproc.model import Settings, Sheet
from socproc.read import read_document
from socproc.read.cellvalue import format_kind, format_number
from socproc.read.xlsx import read_xlsx

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def build_xlsx(
    path: Path,
    sheets: dict[str, str],
    shared: list[str] | None = None,
    styles: str | None = None,
    workbook_extra: str = "",
    states: dict[str, str] | None = None,
) -> Path:
    """A minimal hand-written package: each sheet value is the XML inside <worksheet>."""
    states = states or {}
    sheet_tags = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"'
        + (f' state="{states[name]}"' if name in states else "")
        + "/>"
        for i, name in enumerate(sheets, 1)
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    n = len(sheets)
    if shared is not None:
        rels += (
            f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        )
    if styles is not None:
        rels += f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>'
    pkg_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "_rels/.rels",
            f'{pkg_rels}<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f"<workbook {NS} {R_NS}>{workbook_extra}<sheets>{sheet_tags}</sheets></workbook>",
        )
        z.writestr("xl/_rels/workbook.xml.rels", f"{pkg_rels}{rels}</Relationships>")
        for i, body in enumerate(sheets.values(), 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", f"<worksheet {NS}>{body}</worksheet>")
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", f"<sst {NS}>{''.join(shared)}</sst>")
        if styles is not None:
            z.writestr("xl/styles.xml", f"<styleSheet {NS}>{styles}</styleSheet>")
    return path


def sheet_named(sheets: tuple[Sheet, ...], name: str) -> Sheet:
    return next(s for s in sheets if s.name == name)


# ------------------------------------------------------------------ values


def test_openpyxl_written_workbook_reads_values_layout_and_dropdowns(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Questions"
    ws["A1"], ws["B1"], ws["C1"] = "ID", "Question", "Answer"
    ws["A2"], ws["B2"] = "Q-1", "Do you hold a SOC 2 Type II report?"
    ws["A3"], ws["B3"] = 3, 2.5
    ws["A4"], ws["B4"] = True, dt.date(2026, 3, 31)
    ws["A5"] = "=1+1"  # openpyxl stores no cached value: must read as empty, never "=1+1"
    ws["A6"] = "  padded  "
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["D"].hidden = True
    ws["D2"] = "helper"
    ws["A8"] = "Section"
    ws["C8"] = "ghost under a merge"  # Excel keeps it in the file but never shows it
    ws.merge_cells("A8:C8")
    lists = wb.create_sheet("Lists")
    for i, v in enumerate(["Yes", "No", "N/A"], 1):
        lists.cell(i, 1, v)
    lists.sheet_state = "hidden"
    wb.defined_names["answers"] = DefinedName("answers", attr_text="Lists!$A$1:$A$2")
    ws.add_data_validation(dv := DataValidation(type="list", formula1='"Yes, No,Maybe"'))
    dv.add("C2:C3")
    ws.add_data_validation(dv2 := DataValidation(type="list", formula1="Lists!$A$1:$A$3"))
    dv2.add("C4")
    ws.add_data_validation(dv3 := DataValidation(type="list", formula1="answers"))
    dv3.add("C5:C6")
    ws.add_data_validation(DataValidation(type="whole", formula1="1", sqref="E1"))
    wb.save(tmp_path / "q.xlsx")

    doc = read_document(tmp_path / "q.xlsx")

    assert doc.format == "xlsx"
    q = sheet_named(doc.sheets, "Questions")
    assert q.cells[(2, 2)] == "Do you hold a SOC 2 Type II report?"
    assert (q.cells[(3, 1)], q.cells[(3, 2)]) == ("3", "2.5")
    assert (q.cells[(4, 1)], q.cells[(4, 2)]) == ("TRUE", "2026-03-31")
    assert (5, 1) not in q.cells
    assert q.cells[(6, 1)] == "  padded  "
    assert q.cells[(8, 1)] == "Section" and (8, 3) not in q.cells
    assert q.hidden_rows == {3} and q.hidden_cols == {4}
    assert q.merged == ((8, 1, 8, 3),)
    assert (q.max_row, q.max_col) == (8, 4)
    assert [v.choices for v in q.validations] == [
        ("Yes", "No", "Maybe"),
        ("Yes", "No", "N/A"),
        ("Yes", "No"),
    ]
    assert q.validations[0].covers(3, 3) and not q.validations[0].covers(4, 3)
    assert sheet_named(doc.sheets, "Lists").state == "hidden"


def test_raw_cell_types_inline_rich_and_phonetic_text(tmp_path: Path) -> None:
    shared = [
        "<si><t>plain</t></si>",
        "<si><t>a_x000D_b_x005F_x000D_</t></si>",
        "<si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>PHONETIC</t></rPh></si>",
    ]
    body = (
        "<sheetData>"
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="D1" t="s"><v>1</v></c>'
        '<c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>'
        '<row r="2"><c r="A2" t="str"><f>A1&amp;""</f><v>cached</v></c>'
        '<c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C2"><f>SUM(X1)</f></c>'
        '<c r="D2" t="b"><v>0</v></c><c r="E2" t="d"><v>2026-01-02T00:00:00</v></c></row>'
        '<row><c><v>7</v></c><c><v>1.50</v></c><c r="E3"><v>1E-3</v></c><c><v>8</v></c></row>'
        "</sheetData>"
    )
    doc = read_xlsx(build_xlsx(tmp_path / "t.xlsx", {"S": body}, shared=shared), Settings())
    cells = doc.sheets[0].cells
    assert cells == {
        (1, 1): "plain",
        (1, 2): "rich text",
        (1, 3): "inline",
        (1, 4): "a\rb_x000D_",  # ST_Xstring escapes; _x005F_ is an escaped underscore
        (2, 1): "cached",
        (2, 2): "#DIV/0!",
        (2, 4): "FALSE",
        (2, 5): "2026-01-02",
        (3, 1): "7",
        (3, 2): "1.5",
        (3, 5): "0.001",
        (3, 6): "8",
    }


def test_date_styles_builtin_custom_and_1904(tmp_path: Path) -> None:
    styles = (
        '<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>'
        '<numFmt numFmtId="165" formatCode="&quot;Day&quot; 0"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>'
        '<xf numFmtId="165"/><xf numFmtId="20"/><xf numFmtId="22"/></cellXfs>'
    )
    row = (
        '<row r="1"><c r="A1" s="1"><v>46112</v></c><c r="B1" s="2"><v>46112</v></c>'
        '<c r="C1" s="3"><v>46112</v></c><c r="D1" s="4"><v>0.5</v></c>'
        '<c r="E1" s="5"><v>46112.25</v></c><c r="F1" s="1"><v>0</v></c></row>'
    )
    body = f"<sheetData>{row}</sheetData>"
    cells = read_xlsx(build_xlsx(tmp_path / "d.xlsx", {"S": body}, styles=styles), Settings())
    assert cells.sheets[0].cells == {
        (1, 1): "2026-03-31",
        (1, 2): "2026-03-31",
        (1, 3): "46112",  # "Day" is quoted text, not a date token
        (1, 4): "12:00:00",
        (1, 5): "2026-03-31 06:00:00",
        # serial 0 in a date format is what a formula pointing at an empty date shows
    }
    wb1904 = '<workbookPr date1904="1"/>'
    path = build_xlsx(tmp_path / "d4.xlsx", {"S": body}, styles=styles, workbook_extra=wb1904)
    assert (
        read_xlsx(path, Settings()).sheets[0].cells[(1, 1)] == "2030-04-01"
    )  # 1462 days later than the 1900 system


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("General", None),
        ("0.00%", None),
        ("yyyy-mm-dd", "date"),
        ("[$-409]mmmm d, yyyy", "date"),
        ("[Red]d/m", "date"),
        ("h:mm AM/PM", "time"),
        ("[h]:mm:ss", "time"),
        ('"Due" 0', None),
        ("\\d 0", None),
    ],
)
def test_format_kind(code: str, kind: str | None) -> None:
    assert format_kind(code) == kind


def test_format_number_drops_trailing_zero_and_keeps_precision() -> None:
    assert format_number("3.0", None) == "3"
    assert format_number("-12", None) == "-12"
    assert format_number("0.1", None) == "0.1"
    assert format_number("1e20", None) == "1e+20"
    assert format_number("abc", None) == "abc"


def test_x14_validations_defined_names_and_whole_sheet_ranges(tmp_path: Path) -> None:
    sheet = (
        "<sheetData>"
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Q</t></is></c></row>'
        '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>hidden q</t></is></c></row>'
        '<row r="3" ht="0" customHeight="1"><c r="A3" t="inlineStr"><is><t>zero</t></is></c></row>'
        '<row r="4"><c r="A4" t="inlineStr"><is><t>local1</t></is></c></row>'
        '<row r="5"><c r="A5" t="inlineStr"><is><t>local2</t></is></c></row>'
        "</sheetData>"
        '<dataValidations count="3">'
        '<dataValidation type="list" sqref="B1:B3"><formula1>$A$4:$A$5</formula1></dataValidation>'
        '<dataValidation type="list" sqref="A1:XFD1048576"><formula1>scoped</formula1></dataValidation>'
        '<dataValidation type="list" sqref="D:D"><formula1>OFFSET(A1,0,0)</formula1></dataValidation>'
        "</dataValidations>"
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        "<x14:cfRule><xm:f>$A$1</xm:f></x14:cfRule><xm:sqref>Z1:Z9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings>"
        '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>\'Auto Responses\'!$J$3:$J$5</xm:f>'
        "</x14:formula1><xm:sqref>C1:C3 C7</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>"
    )
    source = (
        "<sheetData>"
        + "".join(
            f'<row r="{r}"><c r="J{r}" t="inlineStr"><is><t>{v}</t></is></c></row>'
            for r, v in ((3, "Yes"), (4, "No"), (5, "N/A"), (6, "Other"))
        )
        + "</sheetData>"
    )
    names = (
        '<definedNames><definedName name="scoped" localSheetId="0">\'Auto Responses\'!$J$6</definedName>'
        "<definedName name=\"scoped\">'Auto Responses'!$J$3</definedName></definedNames>"
    )
    path = build_xlsx(
        tmp_path / "x14.xlsx",
        {"Main": sheet, "Auto Responses": source},
        workbook_extra=names,
        states={"Auto Responses": "veryHidden"},
    )
    doc = read_xlsx(path, Settings())
    main = doc.sheets[0]
    got = {v.ranges: v.choices for v in main.validations}
    assert got == {
        ((1, 2, 3, 2),): ("local1", "local2"),
        ((1, 1, 1_048_576, 16_384),): ("Other",),  # the sheet-scoped name wins
        ((1, 4, 1_048_576, 4),): (),  # formulas only Excel can evaluate
        ((1, 3, 3, 3), (7, 3, 7, 3)): ("Yes", "No", "N/A"),
    }
    assert main.hidden_rows == {2, 3}
    assert doc.sheets[1].state == "veryHidden"


def test_xlsm_reads_like_xlsx_and_never_opens_the_macros(tmp_path: Path) -> None:
    path = build_xlsx(
        tmp_path / "m.xlsm",
        {"S": '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'},
    )
    with zipfile.ZipFile(path, "a") as z:
        # A corrupt macro part would fail if anything tried to read it.
        z.writestr("xl/vbaProject.bin", b"\x00" * 10)
    doc = read_document(path)
    assert doc.format == "xlsm" and doc.sheets[0].cells == {(1, 1): "1"}


def test_input_file_is_never_modified(tmp_path: Path) -> None:
    path = build_xlsx(tmp_path / "q.xlsx", {"S": "<sheetData/>"})
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_document(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# ------------------------------------------------------------------ limits


def test_cell_longer_than_max_cell_chars_names_sheet_and_cell(tmp_path: Path) -> None:
    body = (
        '<sheetData><row r="4"><c r="B4" t="inlineStr"><is><t>'
        + "x" * 50
        + "</t></is></c></row></sheetData>"
    )
    path = build_xlsx(tmp_path / "long.xlsx", {"Big sheet": body})
    with pytest.raises(LimitExceeded) as err:
        read_xlsx(path, Settings(max_cell_chars=10))
    assert str(err.value).startswith(f"{path}:Big sheet!B4: cell has 50 characters (limit 10)")


def test_more_cells_than_max_cells_is_refused(tmp_path: Path) -> None:
    cells = "".join(f'<c r="A{r}"><v>{r}</v></c>' for r in range(1, 21))
    path = build_xlsx(tmp_path / "many.xlsx", {"S": f"<sheetData><row>{cells}</row></sheetData>"})
    with pytest.raises(LimitExceeded, match="more than 10 non-empty cells"):
        read_xlsx(path, Settings(max_cells=10))


# ------------------------------------------------------------------ corpus

corpus = pytest.mark.corpus
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=CORPUS_HINT)
CORPUS_XLSX = sorted(CORPUS.glob("*.xlsx")) if CORPUS.is_dir() else []


def _openpyxl_text(value: object) -> str:
    """openpyxl's value as our reader prints it, so only real differences remain."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, int | float):
        return format_number(repr(value), None)
    return str(value)


@corpus
@needs_corpus
@pytest.mark.parametrize("path", CORPUS_XLSX, ids=lambda p: p.name)
def test_corpus_cells_equal_openpyxl_cached_values(path: Path) -> None:
    doc = read_document(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path, data_only=True)
    assert [s.name for s in doc.sheets] == wb.sheetnames
    for ws, sheet in zip(wb.worksheets, doc.sheets, strict=True):
        assert sheet.state == ws.sheet_state
        expected = {
            (c.row, c.column): _openpyxl_text(c.value)
            for row in ws.iter_rows()
            for c in row
            if c.value is not None and c.value != ""
        }
        # A date-formatted 0 (a formula pointing at an empty date) reads as empty on
        # purpose; openpyxl turns it into midnight.
        expected = {
            k: v for k, v in expected.items() if not (v == "00:00:00" and k not in sheet.cells)
        }
        assert sheet.cells == expected, sheet.name


@corpus
@needs_corpus
def test_hecvat4_organization_question_and_x14_answer_dropdown() -> None:
    doc = read_document(CORPUS / "EDUCAUSE_HECVAT_v4.1.4_blank.xlsx")
    org = sheet_named(doc.sheets, "Organization")
    row = next(r for (r, c), v in org.cells.items() if c == 1 and v == "DOCU-03")
    assert "SOC 2" in org.cells[(row, 2)]  # a VLOOKUP formula's cached value
    answer_dv = [v for v in org.validations if v.covers(row, 3)]
    assert answer_dv and answer_dv[0].choices[:2] == ("Yes", "No")
    question_rows = [
        r for (r, c), v in org.cells.items() if c == 1 and v[:4].isalpha() and "-" in v
    ]
    covered = [r for r in question_rows if any(v.covers(r, 3) for v in org.validations)]
    assert len(covered) >= 0.8 * len(question_rows)
    assert 1 in org.hidden_rows
    assert sheet_named(doc.sheets, "Questions").state == "hidden"


@corpus
@needs_corpus
def test_hecvat_full_306_reads_despite_its_whole_sheet_validation() -> None:
    path = CORPUS / "EDUCAUSE_HECVAT_Full_v3.06_blank.xlsx"
    doc = read_document(path)
    main = sheet_named(doc.sheets, "HECVAT - Full | Vendor Response")
    choices = {c for v in main.validations for c in v.choices}
    assert {"Yes", "No"} <= choices
    assert sum(1 for v in main.cells.values() if v.startswith("DOCU-")) >= 1


@corpus
@needs_corpus
def test_samm_named_range_dropdowns_resolve() -> None:
    doc = read_document(CORPUS / "OWASP_SAMM_v2_Assessment_Toolbox.xlsx")
    interview = sheet_named(doc.sheets, "Interview")
    resolved = [v for v in interview.validations if v.choices]
    assert len(resolved) >= 80
    assert 1 in interview.hidden_cols  # the ID column


def test_strict_ooxml_namespaces_read_like_transitional(tmp_path: Path) -> None:
    body = (
        '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>strict</t></is></c></row></sheetData>'
    )
    path = build_xlsx(tmp_path / "t.xlsx", {"S": body})
    strict = tmp_path / "strict.xlsx"
    swaps = {
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        REL.encode(): b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    }
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(strict, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            for old, new in swaps.items():
                data = data.replace(old, new)
            zout.writestr(info.filename, data)
    assert read_document(strict).sheets[0].cells == {(2, 2): "strict"}
