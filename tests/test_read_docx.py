"""Tests for the Word reader: body order, headings, lists, merged and nested tables, checkboxes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from helpers import CORPUS, CORPUS_HINT

from socproc.model import Block
from socproc.read import read_document

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _legacy_checkbox(checked: bool) -> str:
    state = '<w:checked w:val="1"/>' if checked else ""
    return (
        f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
        f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox></w:ffData>'
        "</w:fldChar></w:r>"
        f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _w14_checkbox(checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt {W_NS} {W14_NS}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        "</w14:checkbox></w:sdtPr>"
        f"<w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def _legacy_dropdown(entries: list[str], result: int) -> str:
    items = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
    return (
        f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Drop1"/>'
        f'<w:ddList><w:result w:val="{result}"/>{items}</w:ddList></w:ffData></w:fldChar></w:r>'
        f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
        f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'
    )


def build_docx(path: Path) -> Path:
    doc = docx.Document()
    doc.add_heading("Vendor Security Questionnaire", 0)  # Title
    doc.add_heading("1. Assurance", 1)
    doc.add_paragraph("Please answer every question.")
    doc.add_paragraph("Do you hold a SOC 2 Type II report?", style="List Number")
    doc.add_paragraph("")  # empty: counted in P numbering, not emitted
    p = doc.add_paragraph("Nested item")
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>')
    )
    box = doc.add_paragraph()
    for xml in (
        _legacy_checkbox(True),
        f'<w:r {W_NS}><w:t xml:space="preserve"> SOC 1 report available</w:t></w:r>',
    ):
        for el in parse_xml(f"<w:root {W_NS}>{xml}</w:root>"):
            box._p.append(el)
    ctrl = doc.add_paragraph("ISO 27001 ")
    ctrl._p.append(parse_xml(_w14_checkbox(False)))
    deleted = doc.add_paragraph("kept ")
    deleted._p.append(
        parse_xml(
            f'<w:del {W_NS} w:id="1" w:author="a" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>gone</w:delText></w:r></w:del>'
        )
    )

    table = doc.add_table(rows=4, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "ID", "Question", "Answer"
    table.cell(1, 0).text, table.cell(1, 1).text = "A-1", "Encrypt data at rest?"
    table.cell(2, 0).text, table.cell(2, 1).text = "A-2", "Two\nlines"
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge: one answer for two rows
    table.cell(1, 2).paragraphs[0].text = "Yes"
    table.cell(3, 0).text = "Section spanning"
    table.cell(3, 0).merge(table.cell(3, 2))  # horizontal merge
    inner = table.cell(2, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "nested", "table"
    cell_box = table.cell(0, 2).add_paragraph()
    for el in parse_xml(f"<w:root {W_NS}>{_legacy_checkbox(False)}</w:root>"):
        cell_box._p.append(el)

    table.cell(1, 1).add_paragraph()
    for el in parse_xml(f"<w:root {W_NS}>{_legacy_dropdown(['Select', 'Yes', 'No'], 2)}</w:root>"):
        table.cell(1, 1).paragraphs[-1]._p.append(el)

    doc.add_heading("2. After the table", 2)
    doc.save(path)
    return path


def _by_ref(blocks: tuple[Block, ...]) -> dict[str, Block]:
    return {b.ref: b for b in blocks}


def test_body_order_headings_lists_and_checkboxes(tmp_path: Path) -> None:
    doc = read_document(build_docx(tmp_path / "q.docx"))
    assert doc.format == "docx"
    kinds = [(b.kind, b.ref) for b in doc.blocks]
    assert kinds == [
        ("heading", "P1"),
        ("heading", "P2"),
        ("paragraph", "P3"),
        ("paragraph", "P4"),
        ("paragraph", "P6"),
        ("paragraph", "P7"),
        ("paragraph", "P8"),
        ("paragraph", "P9"),
        ("table", "T1"),
        ("table", "T1.1"),
        ("heading", "P10"),
    ]
    b = _by_ref(doc.blocks)
    assert (b["P1"].level, b["P1"].style) == (0, "Title")
    assert (b["P2"].level, b["P2"].text) == (1, "1. Assurance")
    assert b["P10"].level == 2
    assert not b["P3"].numbered
    assert b["P4"].numbered and b["P4"].style == "List Number"
    assert b["P6"].numbered and b["P6"].level == 2
    assert b["P7"].checkbox is True and b["P7"].text == "☒ SOC 1 report available"
    assert b["P8"].checkbox is False and b["P8"].text == "ISO 27001 ☐"
    assert b["P9"].text == "kept"  # deleted revision text is not shown


def test_tables_blank_merged_duplicates_and_nest_separately(tmp_path: Path) -> None:
    doc = read_document(build_docx(tmp_path / "q.docx"))
    b = _by_ref(doc.blocks)
    assert b["T1"].rows == (
        ("ID", "Question", "Answer\n☐"),
        ("A-1", "Encrypt data at rest?\nNo", "Yes"),
        ("A-2", "Two\nlines", ""),
        ("Section spanning", "", ""),
    )
    assert b["T1.1"].rows == (("nested", "table"),)


def test_docm_reads_like_docx(tmp_path: Path) -> None:
    src = build_docx(tmp_path / "q.docx")
    target = tmp_path / "q.docm"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            zout.writestr(info, data)
    doc = read_document(target)
    assert doc.format == "docm"
    assert [x.ref for x in doc.blocks] == [x.ref for x in read_document(src).blocks]


def test_input_docx_is_not_modified(tmp_path: Path) -> None:
    path = build_docx(tmp_path / "q.docx")
    before = path.read_bytes()
    read_document(path)
    assert path.read_bytes() == before


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=CORPUS_HINT)
def test_corpus_asvs_requirement_tables() -> None:
    doc = read_document(CORPUS / "OWASP_ASVS_4.0.3_en.docx")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 75
    requirement_tables = [t for t in tables if t.rows and t.rows[0][:2] == ("#", "Description")]
    ids = [row[0] for t in requirement_tables for row in t.rows[1:] if row[0][:1].isdigit()]
    assert len(ids) == 286  # plus 34 "C.n" rows of the IoT appendix
    assert ids[0] == "1.1.1" and ids[-1] == "14.5.4"
    assert all(len({len(r) for r in t.rows}) == 1 for t in tables)  # rectangular
    headings = [b for b in doc.blocks if b.kind == "heading"]
    assert any(h.text.startswith("V1") for h in headings)
    assert max(int(b.ref[1:]) for b in doc.blocks if b.ref.startswith("P")) <= 622


def test_numbering_and_outline_through_custom_styles_and_block_controls(tmp_path: Path) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    doc = docx.Document()
    req = doc.styles.add_style("Requirement", WD_STYLE_TYPE.PARAGRAPH)
    req.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>')
    )
    chapter = doc.styles.add_style("Chapter", WD_STYLE_TYPE.PARAGRAPH)
    chapter.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W_NS} w:val="0"/>'))
    derived = doc.styles.add_style("Derived", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = req
    doc.add_paragraph("Chapter one", style="Chapter")
    doc.add_paragraph("Encrypt backups.", style="Requirement")
    doc.add_paragraph("Inherited numbering.", style="Derived")
    off = doc.add_paragraph("Numbering switched off.", style="Requirement")
    off._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:numId w:val="0"/></w:numPr>'))
    doc.element.body.insert(
        len(doc.element.body) - 1,
        parse_xml(
            f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent>"
            "<w:p><w:r><w:t>Inside a content control?</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    doc.save(tmp_path / "styles.docx")
    blocks = read_document(tmp_path / "styles.docx").blocks
    got = [(b.ref, b.kind, b.level, b.numbered, b.text) for b in blocks]
    assert got == [
        ("P1", "heading", 1, False, "Chapter one"),
        ("P2", "paragraph", 1, True, "Encrypt backups."),
        ("P3", "paragraph", 1, True, "Inherited numbering."),
        ("P4", "paragraph", 0, False, "Numbering switched off."),
        ("C1.P1", "paragraph", 0, False, "Inside a content control?"),
    ]
