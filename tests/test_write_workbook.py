"""The response workbook read back with openpyxl: sheets, headers, layout, colours, dropdown, injection."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from test_write_helpers import INJECTION, make_result

from socproc._version import __version__
from socproc.write import output_names, write_outputs
from socproc.write.workbook import (
    RESPONSE_HEADERS,
    write_response_workbook,
)
from socproc.write.xmledit import EXCEL_CELL_LIMIT, TRUNCATION_MARKER

SPEC_HEADERS = [
    "Ref",
    "Question ID",
    "Section",
    "Question",
    "SOC Need",
    "Criteria",
    "Status",
    "Flags",
    "Evidence",
    "Answer",
    "Suggested Response",
    "Remedy",
    "Confidence",
    "Rationale",
    "Answer Source",
    "Filled",
    "Similar Answers",
    "Final Answer",
    "Final Response",
    "Approved",
]


def _col(header: str) -> str:
    """The column letter of a Responses header."""
    return get_column_letter(RESPONSE_HEADERS.index(header) + 1)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, openpyxl.Workbook]:
    path = write_response_workbook(make_result(), tmp_path_factory.mktemp("wb") / "q.response.xlsx")
    return path, openpyxl.load_workbook(path)


def test_sheets_and_headers_are_exact(book: tuple[Path, openpyxl.Workbook]) -> None:
    _, wb = book
    assert wb.sheetnames == ["Summary", "Responses", "Gaps", "Evidence"]
    headers = [c.value for c in wb["Responses"][1]]
    assert headers == SPEC_HEADERS == list(RESPONSE_HEADERS)  # spec section 7, in its order


def test_responses_rows_hold_joined_lists_and_numbers(book: tuple[Path, openpyxl.Workbook]) -> None:
    ws = book[1]["Responses"]
    assert ws.max_row == 7
    row = {h: c.value for h, c in zip(RESPONSE_HEADERS, ws[4], strict=True)}
    assert row["Ref"] == "Questions!B4"
    assert row["Flags"] == "stale, bridge_letter_needed"
    assert row["Status"] == "partial"
    assert row["Confidence"] == 0.9
    assert ws[f"{_col('Answer Source')}7"].value == "library: answers.yaml DOCU-01 (0.93)"
    assert ws["E5"].value is None  # no SOC need: an empty cell, not ""


def test_injection_text_stays_a_string(book: tuple[Path, openpyxl.Workbook]) -> None:
    path, wb = book
    cell = wb["Responses"]["D4"]
    assert cell.value == INJECTION and cell.data_type == "s"
    with zipfile.ZipFile(path) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any(b"<f>" in s for s in sheets)


def test_long_text_is_truncated_with_a_marker(book: tuple[Path, openpyxl.Workbook]) -> None:
    value = book[1]["Responses"]["D6"].value
    assert len(value) == EXCEL_CELL_LIMIT and value.endswith(TRUNCATION_MARKER)


def test_layout_frozen_filter_dropdown_and_status_colours(
    book: tuple[Path, openpyxl.Workbook],
) -> None:
    ws = book[1]["Responses"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{_col('Approved')}7"
    assert ws.column_dimensions["D"].width > 40 and ws["D2"].alignment.wrap_text
    assert ws[f"{_col('Confidence')}2"].number_format == "0.00"
    dv = {str(d.sqref): d for d in ws.data_validations.dataValidation}
    assert set(dv) == {"G2:G7", f"{_col('Approved')}2:{_col('Approved')}7"}
    assert dv["G2:G7"].type == "list" and dv["G2:G7"].formula1 == '"covered,partial,gap,review"'
    rules = [r for rng in ws.conditional_formatting for r in rng.rules]
    assert sorted(r.formula[0] for r in rules) == ['"covered"', '"gap"', '"partial"', '"review"']
    fills = {r.formula[0]: r.dxf.fill.bgColor.rgb for r in rules}
    assert fills['"covered"'].endswith("C6EFCE") and fills['"gap"'].endswith("FFC7CE")


def test_gaps_evidence_and_summary_sheets(book: tuple[Path, openpyxl.Workbook]) -> None:
    path, wb = book
    gaps = [[c.value for c in row] for row in wb["Gaps"].iter_rows(min_row=2)]
    assert [g[0] for g in gaps] == ["Questions!B3", "Questions!B4", "Questions!B6"]
    assert gaps[0][7] == "obtain a SOC 1 Type II"
    ev = list(wb["Evidence"].iter_rows(values_only=True))
    assert ev[0] == ("ID", "Kind", "Title", "Sharing", "Detail", "Rows Citing")
    by_id = {r[0]: r for r in ev[1:]}
    assert by_id["soc2-2026"][3] == "nda" and by_id["soc2-2026"][5] == 2
    assert by_id["ans-1"][5] == 1  # cited but not listed in evidence_items: still shown
    summary = {r[0]: r[1:] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["SOC 1"][:5] == (0, 0, 1, 0, 1)
    assert summary["gap"][0] == 2
    assert "obtain a SOC 1 Type II" in summary
    with zipfile.ZipFile(path) as z:
        chart = z.read("xl/charts/chart1.xml")
    # Shares per need (one big need cannot flatten the others), labelled with the counts.
    assert b'<c:grouping val="percentStacked"/>' in chart and b"<c:barChart>" in chart
    assert b'<c:showVal val="1"/>' in chart


def test_properties_carry_as_of_and_version(book: tuple[Path, openpyxl.Workbook]) -> None:
    props = book[1].properties
    assert props.title == "SOC report triage: vendor q.xlsx"
    assert "2026-11-26" in (props.subject or "")
    assert __version__ in (props.description or "") and "2026-11-26" in (props.description or "")


def test_same_result_gives_the_same_bytes(tmp_path: Path) -> None:
    # Pinned to the as-of date and version: reruns and golden comparisons are stable.
    first = write_response_workbook(make_result(), tmp_path / "a.xlsx").read_bytes()
    assert write_response_workbook(make_result(), tmp_path / "b.xlsx").read_bytes() == first


def test_empty_result_still_writes_every_sheet(tmp_path: Path) -> None:
    result = make_result()
    empty = type(result)(result.source, result.format, result.as_of, result.vendor, ())
    wb = openpyxl.load_workbook(write_response_workbook(empty, tmp_path / "e.xlsx"))
    assert wb.sheetnames == ["Summary", "Responses", "Gaps", "Evidence"]
    assert wb["Responses"].max_row == 1


def test_write_outputs_names_and_no_filled_copy_for_json(tmp_path: Path) -> None:
    assert output_names("in/a.b.xlsm", "xlsm") == [
        "a.b.response.xlsx",
        "a.b.response.json",
        "a.b.filled.xlsx",
    ]
    paths = write_outputs(make_result("in/vsaq.json", "json"), tmp_path / "out")
    assert [p.name for p in paths] == ["vsaq.response.xlsx", "vsaq.response.json"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "vsaq.response.json",
        "vsaq.response.xlsx",
    ]
