"""_summary.xlsx read back: Summary with the recommendation, Questionnaires, Demand with a chart, Runs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from test_write_helpers import AS_OF, make_result

from socproc.result import Batch, DemandRow, InputRecord, Recommendation
from socproc.write import write_summary


def make_batch() -> Batch:
    return Batch(
        as_of=AS_OF,
        vendor="Acme Cloud",
        results=[make_result("in/a.xlsx"), make_result("in/b.csv", "csv", extra=2)],
        inputs=[
            InputRecord("a.xlsx", "ok", None, 6, 1, 0.41234),
            InputRecord("b.csv", "ok", None, 8, 1, 0.2),
            InputRecord(
                "c.xls", "failed", "c.xls: legacy Excel 97-2003 file — save it as .xlsx", 0, 0, 0.01
            ),
        ],
        demand_rows=[
            DemandRow("SOC 1", 2, 2, 0, 0, 2, ""),
            DemandRow(
                "SOC 2 Type II",
                2,
                9,
                7,
                2,
                0,
                "soc2-2026 (SOC 2 Type II, 2025-10-01 to 2026-09-30)",
            ),
        ],
        recommendation=Recommendation(
            "SOC 1 Type II", "2 of 2 questionnaires ask for a SOC 1; none is held."
        ),
    )


def test_summary_workbook(tmp_path: Path) -> None:
    path = write_summary(make_batch(), tmp_path / "_summary.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Questionnaires", "Demand", "Runs"]
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Recommended next report"] == "SOC 1 Type II"
    assert summary["Why"].startswith("2 of 2 questionnaires")
    assert summary["Inputs ok / failed / total"] == "2 / 1 / 3"
    q = list(wb["Questionnaires"].iter_rows(values_only=True))
    assert q[0][:6] == ("File", "Requirements", "covered", "partial", "gap", "review")
    assert q[2][:6] == ("b.csv", 8, 4, 1, 2, 1)
    assert q[0][6:] == ("SOC 1", "SOC 2 Type I", "SOC 2 Type II", "SOC 3", "none")
    demand = list(wb["Demand"].iter_rows(values_only=True))
    assert demand[0] == (
        "SOC Need",
        "Questionnaires",
        "Requirements",
        "Covered",
        "Partial",
        "Gap",
        "Held",
    )
    assert demand[1] == ("SOC 1", 2, 2, 0, 0, 2, None)
    runs = list(wb["Runs"].iter_rows(values_only=True))
    assert runs[1] == ("a.xlsx", "ok", None, 6, 1, 0.412)
    assert runs[3][2] == "c.xls: legacy Excel 97-2003 file — save it as .xlsx"
    assert wb["Demand"].freeze_panes == "A2"
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())


def test_per_input_stats_win_over_results(tmp_path: Path) -> None:
    batch = make_batch()
    batch.results = []
    batch.stats = {
        "sub/x.xlsx": {
            "counts": {"covered": 3, "gap": 1},
            "needs": {"SOC 1": 1, "none": 3},
            "format": "xlsx",
        },
        "failed.xls": {},
    }
    wb = openpyxl.load_workbook(write_summary(batch, tmp_path / "_summary.xlsx"))
    rows = list(wb["Questionnaires"].iter_rows(min_row=2, values_only=True))
    assert rows == [("sub/x.xlsx", 4, 3, 0, 1, 0, 1, 0, 0, 0, 3)]
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Requirements"] == 4 and summary["gap"] == 1


def test_empty_batch_without_recommendation(tmp_path: Path) -> None:
    path = write_summary(Batch(as_of=AS_OF, vendor="Acme"), tmp_path / "_summary.xlsx")
    wb = openpyxl.load_workbook(path)
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Recommended next report"].startswith("none")
    assert wb["Demand"].max_row == 1
