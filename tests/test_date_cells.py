"""An answer cell that takes a date (a date validation or a date number format) gets a date or
nothing, never a sentence (spec 6.1)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import openpyxl.utils.datetime
import pytest
from openpyxl.worksheet.datavalidation import DataValidation

from socproc.api import process
from socproc.inventory.load import Contact, Control, Inventory
from socproc.write.filled_xlsx import write_filled_xlsx

INVENTORY = Inventory(
    vendor="Northwind Analytics",
    controls=(
        Control(
            "BAK-01",
            "Production databases are backed up every 6 hours and backups are encrypted.",
            ("A1.2",),
        ),
    ),
    contact=Contact("Priya Raman", "security@northwind.example", "Head of Security"),
)
QUESTIONS = [
    ("Q1", "Date completed"),  # a date: written
    ("Q2", "Are production databases backed up and are backups encrypted?"),  # a sentence/Yes
    ("Q3", "Contact name"),  # a name: not a date
]


def _workbook(path: Path, how: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["ID", "Question", "Answer"])
    for qid, text in QUESTIONS:
        ws.append([qid, text, None])
    if how == "format":
        for row in range(2, 2 + len(QUESTIONS)):
            ws.cell(row, 3).number_format = "yyyy-mm-dd"
    elif how == "validation":
        dv = DataValidation(type="date", operator="greaterThan", formula1="36526")
        ws.add_data_validation(dv)
        dv.add(f"C2:C{1 + len(QUESTIONS)}")
    wb.save(path)
    return path


def _answers(path: Path) -> dict[str, tuple[str, bool, str | None]]:
    result = process(path, INVENTORY, date(2026, 6, 30))
    return {
        r.requirement.question_id or "": (
            r.mapping.answer,
            r.mapping.filled,
            r.requirement.answer_format,
        )
        for r in result.responses
    }


def test_a_date_formatted_answer_cell_takes_only_a_date(tmp_path: Path) -> None:
    got = _answers(_workbook(tmp_path / "q.xlsx", "format"))
    assert got["Q1"] == ("2026-06-30", True, "date")
    assert got["Q2"] == ("", False, "date")
    assert got["Q3"] == ("", False, "date")


def test_a_date_validated_answer_cell_takes_only_a_date(tmp_path: Path) -> None:
    got = _answers(_workbook(tmp_path / "q.xlsx", "validation"))
    assert got["Q1"] == ("2026-06-30", True, "date")
    assert got["Q2"][:2] == ("", False)
    assert got["Q3"][:2] == ("", False)


def test_a_text_answer_cell_takes_the_answer(tmp_path: Path) -> None:
    got = _answers(_workbook(tmp_path / "q.xlsx", "text"))
    assert got["Q1"] == ("2026-06-30", True, None)
    assert got["Q2"][:2] == ("Yes", True)
    assert got["Q3"] == ("Priya Raman", True, None)


def test_date_cells_become_one_box_per_run_of_rows() -> None:
    from socproc.read.xlsx import column_runs

    cells = {(2, 3), (3, 3), (4, 3), (7, 3), (2, 5)}
    assert column_runs(cells) == ((2, 3, 4, 3), (7, 3, 7, 3), (2, 5, 2, 5))


@pytest.mark.parametrize("how", ["format", "validation"])
def test_the_filled_copy_holds_a_real_date_in_a_date_cell(tmp_path: Path, how: str) -> None:
    # An Excel date (a serial number in a date style), not the text "2026-06-30": the buyer's
    # date validation, sorting and formulas take it as the date it shows.
    source = _workbook(tmp_path / "q.xlsx", how)
    before = source.read_bytes()
    result = process(source, INVENTORY, date(2026, 6, 30))
    dest = write_filled_xlsx(source, result.responses, tmp_path / "q.filled.xlsx")
    assert source.read_bytes() == before
    ws = openpyxl.load_workbook(dest).active
    assert ws is not None
    cell = ws["C2"]
    assert cell.value == datetime(2026, 6, 30) and cell.is_date
    assert ws["C4"].value is None  # the name is not a date: left blank
    if how == "format":
        assert cell.number_format == "yyyy-mm-dd"  # the cell's own date style is kept


def test_a_date_cell_of_a_1904_workbook_gets_its_own_serial(tmp_path: Path) -> None:
    source = _workbook(tmp_path / "q.xlsx", "validation")
    wb = openpyxl.load_workbook(source)
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    wb.save(source)
    result = process(source, INVENTORY, date(2026, 6, 30))
    dest = write_filled_xlsx(source, result.responses, tmp_path / "q.filled.xlsx")
    ws = openpyxl.load_workbook(dest).active
    assert ws is not None and ws["C2"].value == datetime(2026, 6, 30)
