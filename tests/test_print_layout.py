"""Workbooks that read and print well: row heights, print setup, remedies, links (read from the XML)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

from test_write_helpers import LONG_TEXT, make_result, response
from test_write_summary import make_batch

from socproc.model import EvidenceItem, Status
from socproc.read.xlsx import sheet_parts
from socproc.result import Recommendation
from socproc.write import write_summary
from socproc.write.workbook import top_gaps, write_response_workbook
from socproc.write.xlsxcells import MAX_ROW_POINTS, row_height, text_lines


def _sheets(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(part).decode("utf-8") for name, part in sheet_parts(z).items()}


def _workbook_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/workbook.xml").decode("utf-8")


def _assert_prints_well(path: Path) -> None:
    """Every sheet: landscape, one page wide (a table any number long, the Summary one page),
    its first row on every page."""
    sheets = _sheets(path)
    titles = re.findall(
        r'<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">[^<]*\$1:\$1<',
        _workbook_xml(path),
    )
    assert sorted(map(int, titles)) == list(range(len(sheets))), f"{path.name}: print titles"
    for name, xml in sheets.items():
        setup = re.search(r"<pageSetup [^>]*/>", xml)
        assert setup, f"{path.name}!{name} has no print setup"
        assert 'orientation="landscape"' in setup[0], name
        tall = 'fitToHeight="1"' in setup[0] or "fitToHeight" not in setup[0]
        assert tall if name == "Summary" else 'fitToHeight="0"' in setup[0], name
        assert 'fitToWidth="' not in setup[0] or 'fitToWidth="1"' in setup[0], name
        assert '<pageSetUpPr fitToPage="1"/>' in xml, name


def _row_heights(xml: str) -> dict[int, float]:
    """Row number → its custom height, for every data row; a row without one maps to 0."""
    rows = {}
    for attrs in re.findall(r"<row ([^>]*)>", xml):
        number = int(re.search(r'r="(\d+)"', attrs)[1])  # type: ignore[index]
        height = re.search(r'ht="([\d.]+)"', attrs)
        custom = 'customHeight="1"' in attrs
        rows[number] = float(height[1]) if height and custom else 0.0
    return {n: h for n, h in rows.items() if n > 1}


def test_response_workbook_rows_have_heights_and_every_sheet_prints(tmp_path: Path) -> None:
    result = make_result(extra=2)
    policy = EvidenceItem("pol-1", "document", "Information security policy " * 4, "nda", "x " * 80)
    result = replace(result, evidence_items=(*result.evidence_items, policy))
    path = write_response_workbook(result, tmp_path / "q.response.xlsx")
    _assert_prints_well(path)
    sheets = _sheets(path)
    for name in ("Responses", "Gaps"):  # streamed rows: every one carries its height
        heights = _row_heights(sheets[name])
        assert heights and all(h > 0 for h in heights.values()), f"{name}: a row has no height"
    # XlsxWriter leaves a one-line row at the default height; pol-1 (row 3) gets its lines.
    evidence = _row_heights(sheets["Evidence"])
    assert evidence[2] == 0.0 and evidence[3] >= 45
    responses = _row_heights(sheets["Responses"])
    # The over-long question (row 6) is as tall as Excel allows; a short row is one or two lines.
    assert responses[6] == MAX_ROW_POINTS
    assert responses[2] < responses[6] and responses[2] <= 45
    assert 'gridLines="1"' in sheets["Responses"]  # a printed table keeps its rows apart


def test_summary_workbook_prints_and_links_each_workbook(tmp_path: Path) -> None:
    batch = make_batch()
    batch.recommendation = Recommendation("SOC 1 Type II", "Many questionnaires ask. " * 20)
    batch.stats = {
        "a.xlsx": {"counts": {"covered": 3}, "workbook": "a.response.xlsx"},
        "sub/b #1%.csv": {"counts": {"gap": 2}, "workbook": "sub/b #1%.response.xlsx"},
        "old.xlsx": {"counts": {"gap": 1}},  # recorded by an older run: no link, still listed
        "x.xlsx": {"counts": {"gap": 1}, "workbook": "../../outside.xlsx"},  # hand-edited: none
    }
    path = write_summary(batch, tmp_path / "_summary.xlsx")
    _assert_prints_well(path)
    with zipfile.ZipFile(path) as z:
        rels = z.read("xl/worksheets/_rels/sheet2.xml.rels").decode("utf-8")
    targets = re.findall(r'Target="([^"]*)" TargetMode="External"', rels)
    assert len(targets) == 2
    assert targets[0] == "a.response.xlsx"
    assert unquote(targets[1]).replace("\\", "/") == "sub/b #1%.response.xlsx"
    why = re.search(r'<row r="4"[^>]*>', _sheets(path)["Summary"])
    assert why and 'customHeight="1"' in why[0]  # the "Why" sentence is wrapped, not cut


def test_heights_follow_the_wrapped_text() -> None:
    assert text_lines("", 10) == 1
    assert text_lines("a\nb\nc", 60) == 3
    assert text_lines("x" * 200, 20) > text_lines("x" * 40, 20) > 1
    wraps = (False, True)
    assert row_height(("x" * 500, "short"), (10, 40), wraps) == 15  # unwrapped text is one line
    assert row_height(("", "word " * 100), (10, 40), wraps) > 100
    assert row_height(("", LONG_TEXT), (10, 40), wraps) == MAX_ROW_POINTS


def test_top_gaps_count_each_remedy_once() -> None:
    both = "obtain a SOC 1 Type II; request a bridge letter"
    rows = [
        response("S!B2", "q1", Status.GAP, remedy=both),
        response("S!B3", "q2", Status.GAP, remedy="obtain a SOC 1 Type II"),
        response("S!B4", "q3", Status.PARTIAL, remedy="request a bridge letter"),
        response("S!B5", "q4", Status.GAP, remedy=""),
    ]
    rows.append(replace(rows[0], mapping=replace(rows[0].mapping, remedy=both + "; " + both)))
    assert top_gaps(rows) == [
        ("obtain a SOC 1 Type II", 3, 0),
        ("request a bridge letter", 2, 1),
        ("(no remedy given)", 1, 0),
    ]


def test_a_folder_run_links_each_response_workbook(tmp_path: Path) -> None:
    import socproc

    root = Path(__file__).resolve().parents[1] / "samples"
    inventory = socproc.load_inventory(root / "inventory.yaml")
    out = tmp_path / "out"
    socproc.process_folder(root / "questionnaires", inventory, "2026-11-26", out_dir=out, jobs=1)
    with zipfile.ZipFile(out / "_summary.xlsx") as z:
        rels = z.read("xl/worksheets/_rels/sheet2.xml.rels").decode("utf-8")
    targets = re.findall(r'Target="([^"]*)" TargetMode="External"', rels)
    assert sorted(targets) == sorted(p.name for p in out.glob("*.response.xlsx"))
    assert len(targets) == 3
