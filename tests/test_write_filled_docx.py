"""The filled .docx copy: answers land in empty table cells only, keeping the paragraph style."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from test_write_helpers import INJECTION, make_result, response

from socproc.write import write_outputs
from socproc.write.filled_docx import table_cell_ref, write_filled_docx


def build_docx(path: Path) -> Path:
    document = docx.Document()
    document.styles.add_style("Answer", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Security questionnaire")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "Intro table"
    table = document.add_table(rows=4, cols=3)
    for r, (q, a) in enumerate(
        [
            ("Question", "Answer"),
            ("SOC 2 report?", ""),
            ("Pen test?", "Done already"),
            ("Address?", ""),
        ]
    ):
        table.cell(r, 0).text = q
        table.cell(r, 1).text = a
    table.cell(1, 1).paragraphs[0].style = document.styles["Answer"]
    document.save(str(path))
    return path


def test_table_cell_ref() -> None:
    assert table_cell_ref("T2R3C4") == ((2,), 3, 4)
    assert table_cell_ref("T2.1.3R1C2") == ((2, 1, 3), 1, 2)
    assert table_cell_ref("P14") is None


def test_nested_table_cells_are_filled(tmp_path: Path) -> None:
    document = docx.Document()
    outer = document.add_table(rows=2, cols=1)
    outer.cell(0, 0).add_table(rows=1, cols=2).cell(0, 0).text = "first nested"
    inner = outer.cell(1, 0).add_table(rows=2, cols=2)
    inner.cell(1, 0).text = "Encrypt at rest?"
    document.save(str(tmp_path / "n.docx"))
    rows = [
        response("T1.2R2", "Encrypt at rest?", sheet=None, answer_ref="T1.2R2C2", suggested="Yes.")
    ]
    out = write_filled_docx(tmp_path / "n.docx", rows, tmp_path / "n.filled.docx")
    cell = docx.Document(str(out)).tables[0].cell(1, 0).tables[0].cell(1, 1)
    assert cell.text == "Yes."


def test_answers_fill_empty_cells_only(tmp_path: Path) -> None:
    src = build_docx(tmp_path / "q.docx")
    rows = [
        response(
            "T2R2",
            "SOC 2 report?",
            sheet=None,
            answer_ref="T2R2C2",
            suggested="Yes: soc2-2026.\nShared under NDA.",
        ),
        response("T2R3", "Pen test?", sheet=None, answer_ref="T2R3C2", suggested="overwrite?"),
        response(
            "T2R4",
            "Address?",
            sheet=None,
            answer_ref="T2R4C2",
            comment_ref="T2R4C3",
            suggested=INJECTION,
        ),
        response("P1", "Para", sheet=None, answer_ref="P1"),
        response("T9R1", "Nowhere", sheet=None, answer_ref="T9R1C1"),
    ]
    out = write_filled_docx(src, rows, tmp_path / "q.filled.docx")
    table = docx.Document(str(out)).tables[1]
    cell = table.cell(1, 1)
    assert cell.text == "Yes: soc2-2026.\nShared under NDA."
    assert cell.paragraphs[0].style.name == "Answer"
    assert table.cell(2, 1).text == "Done already"
    assert table.cell(3, 1).text == INJECTION and table.cell(3, 2).text == ""
    assert docx.Document(str(src)).tables[1].cell(1, 1).text == ""  # original untouched


@pytest.mark.parametrize("fmt", ["docx"])
def test_write_outputs_makes_filled_docx(tmp_path: Path, fmt: str) -> None:
    src = build_docx(tmp_path / "in.docx")
    result = make_result(str(src), fmt)
    result = type(result)(
        result.source,
        fmt,
        result.as_of,
        result.vendor,
        (response("T2R2", "q", sheet=None, answer_ref="T2R2C2"),),
    )
    paths = write_outputs(result, tmp_path / "out")
    assert [p.name for p in paths] == ["in.response.xlsx", "in.response.json", "in.filled.docx"]
    assert docx.Document(str(paths[2])).tables[1].cell(1, 1).text.startswith("Yes: see our SOC 2")


def test_a_table_merged_down_a_thousand_rows_is_filled(tmp_path: Path) -> None:
    # python-docx finds a merged cell's top recursively, a frame per row: 1,100 rows of a
    # vertical merge used to end in RecursionError.
    import docx as python_docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from socproc.model import Classification, Mapping, Requirement, Response, Status
    from socproc.write.filled_docx import write_filled_docx

    rows = 1100
    doc = python_docx.Document()
    table = doc.add_table(rows=rows + 1, cols=3)
    for i, tr in enumerate(table._tbl.tr_lst[1:], 1):
        merge = OxmlElement("w:vMerge")
        if i == 1:
            merge.set(qn("w:val"), "restart")
        tr.tc_lst[0].get_or_add_tcPr().append(merge)
    src = tmp_path / "tall.docx"
    doc.save(src)
    responses = [
        Response(
            Requirement(ref=f"T1R{r}", question=f"Q{r}?", answer_ref=f"T1R{r}C3"),
            Classification(confidence=0.9),
            Mapping(status=Status.COVERED, answer="Yes", filled=True),
        )
        for r in range(2, rows + 2)
    ]
    dest = write_filled_docx(src, responses, tmp_path / "tall.filled.docx")
    last = python_docx.Document(dest).tables[0]._tbl.tr_lst[rows]
    assert "Yes" in "".join(t.text or "" for t in last.iter(qn("w:t")))
