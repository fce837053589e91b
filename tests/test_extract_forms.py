"""Word forms: answer tables, check-box answer columns and paragraphs, read and then filled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from helpers import CORPUS, CORPUS_HINT
from test_write_helpers import response

from socproc.extract import extract
from socproc.extract.forms import part_id, split_lead_id
from socproc.model import Block, Document, Requirement
from socproc.read import read_document
from socproc.write.filled_docx import write_filled_docx

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def legacy_box(paragraph: Any, checked: bool = False) -> None:
    """A FORMCHECKBOX field, as Word 97-2003 forms carry them."""
    default = "1" if checked else "0"
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="C"/>'
        f'<w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val="{default}"/></w:checkBox>'
        "</w:ffData></w:fldChar></w:r>",
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def control_box(paragraph: Any, label: str) -> None:
    """A w14:checkbox content control showing ☐, then its option word."""
    paragraph._p.append(
        parse_xml(
            f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
            "</w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    paragraph.add_run(f" {label} ")


def checked_states(path: Path) -> list[bool]:
    """The legacy and w14 check boxes of a saved document, in order, ticked or not."""
    root = docx.Document(str(path)).element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    w14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
    states = []
    for el in root.iter(f"{w}checkBox", f"{w14}checkbox"):
        if el.tag == f"{w}checkBox":
            node = el.find(f"{w}checked")
            states.append(
                node.get(f"{w}val", "1") == "1"
                if node is not None
                else el.find(f"{w}default").get(f"{w}val") == "1"
            )
        else:
            states.append(el.find(f"{w14}checked").get(f"{w14}val") == "1")
    return states


# --------------------------------------------------------------------------- answer tables


def part_table(document: Any, header: str, labels: list[str]) -> Any:
    table = document.add_table(rows=len(labels) + 1, cols=2)
    top = table.cell(0, 0).merge(table.cell(0, 1))
    top.text = header
    for r, label in enumerate(labels, start=1):
        table.cell(r, 0).text = label
    return table


def test_split_lead_id_and_part_ids() -> None:
    assert split_lead_id("AC-2 (1) What is it?") == ("AC-2 (1)", "What is it?")
    assert split_lead_id("SA-9 (1) Additional:  What is it?") == (
        "SA-9 (1)",
        "Additional:  What is it?",
    )
    assert split_lead_id("PE-14 () What is it?") == ("PE-14", "What is it?")
    assert split_lead_id("3.4.1 Describe the process.") == ("3.4.1", "Describe the process.")
    assert split_lead_id("What is it?") == (None, "What is it?")
    assert part_id("AC-2", "Part a") == "AC-2(a)"
    assert part_id("SC-15", "Req. 1") == "SC-15 Req. 1"
    assert part_id(None, "Part b") == "Part b"


def test_merged_question_header_with_parts_gives_one_requirement_per_part(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Account Management (AC-2)", 2)
    document.add_paragraph("Document, manage, and control the accounts;")  # control wording
    summary = document.add_table(rows=2, cols=2)
    summary.cell(0, 0).text, summary.cell(0, 1).text = "AC-2", "Control Summary Information"
    summary.cell(1, 0).text = "Responsible Role:"
    part_table(
        document, "AC-2 What is the solution and how is it implemented?", ["Part a", "Part b"]
    )
    single = document.add_table(rows=2, cols=1)
    single.cell(0, 0).text = "AC-2 (1) What is the solution and how is it implemented?"
    document.save(str(tmp_path / "ssp.docx"))
    found = extract(read_document(tmp_path / "ssp.docx"))
    got = [(r.ref, r.question_id, r.question, r.answer_ref) for r in found.requirements]
    asked = "What is the solution and how is it implemented?"
    assert got == [
        ("T2R2", "AC-2(a)", f"{asked} (Part a)", "T2R2C2"),
        ("T2R3", "AC-2(b)", f"{asked} (Part b)", "T2R3C2"),
        ("T3R1", "AC-2 (1)", asked, "T3R2C1"),
    ]
    assert {r.section for r in found.requirements} == {"Account Management (AC-2)"}
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["P2"] == "prose" and reasons["T2R1"] == "header"
    assert reasons["T1"] == "table-skipped: no question column"


def test_filled_answer_table_keeps_its_answers() -> None:
    table = Block(
        kind="table",
        ref="T1",
        rows=(
            ("IR-4 How do you handle incidents?", ""),
            ("Part a", "A 24x7 on-call rota."),
            ("Part b", ""),
        ),
    )
    found = extract(Document("f.docx", "docx", blocks=(table,)))
    assert [(r.question_id, r.answer) for r in found.requirements] == [
        ("IR-4(a)", "A 24x7 on-call rota."),
        ("IR-4(b)", None),
    ]


def test_title_over_a_question_header_is_not_an_answer_table() -> None:
    table = Block(
        kind="table",
        ref="T1",
        rows=(
            ("Please answer the following questions:", "", ""),
            ("ID", "Question", "Answer"),
            ("Q1", "Do you encrypt backups?", ""),
        ),
    )
    found = extract(Document("f.docx", "docx", blocks=(table,)))
    assert [(r.question_id, r.answer_ref) for r in found.requirements] == [("Q1", "T1R3C3")]


def test_reference_matrix_beside_answer_tables_is_not_questions() -> None:
    matrix = Block(
        kind="table",
        ref="T1",
        rows=(
            ("ID", "Control Description"),
            ("AC-1", "Access Control Policy and Procedures"),
            ("AC-2", "Account Management shall be enforced"),
        ),
    )
    form = Block(kind="table", ref="T2", rows=(("AC-1 Describe your policy.",), ("",)))
    found = extract(Document("f.docx", "docx", blocks=(matrix, form)))
    assert [r.question_id for r in found.requirements] == ["AC-1"]
    assert found.skipped[0] == found.skipped[0].__class__(
        "T1", "table-skipped: reference (no answer column)"
    )


# --------------------------------------------------------------------------- check-box columns


def saq_table(document: Any, ticked: tuple[int, int] | None = None) -> None:
    """A self-assessment table: a two-row header over the requirement number and text, then
    "Expected Testing" and one check-box column per response."""
    options = ["In Place", "In Place with CCW", "Not Applicable", "Not in Place"]
    table = document.add_table(rows=5, cols=7)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "PCI DSS Requirement"
    table.cell(0, 2).text = "Expected Testing"
    table.cell(0, 3).merge(
        table.cell(0, 6)
    ).text = "Response (Check one response for each requirement)"
    for c, option in enumerate(options, start=3):
        table.cell(1, c).text = option
    table.cell(2, 0).merge(table.cell(2, 6)).text = "1.2 Network security controls are configured."
    rows = [
        ("1.2.1", "Configuration standards for NSC rulesets are defined and kept current."),
        ("1.2.2", "All changes to network connections are approved and managed."),
    ]
    for r, (number, text) in enumerate(rows, start=3):
        table.cell(r, 0).text, table.cell(r, 1).text = number, text
        table.cell(r, 2).text = "Examine configuration standards."
        for c in range(3, 7):
            legacy_box(table.cell(r, c).paragraphs[0], checked=ticked == (r, c))


def test_two_row_header_gives_number_as_id_and_boxes_as_choices(tmp_path: Path) -> None:
    document = docx.Document()
    saq_table(document, ticked=(4, 5))
    document.save(str(tmp_path / "saq.docx"))
    found = extract(read_document(tmp_path / "saq.docx"))
    first, second = found.requirements
    assert (first.question_id, first.ref, first.answer_ref) == ("1.2.1", "T1R4", "T1R4C4")
    assert first.question.startswith("Configuration standards for NSC rulesets")
    assert first.choices == ("In Place", "In Place with CCW", "Not Applicable", "Not in Place")
    assert (first.answer, second.answer) == (None, "Not Applicable")  # the ticked box
    assert first.section == "1.2 Network security controls are configured."


def test_filled_copy_ticks_the_box_of_the_answer(tmp_path: Path) -> None:
    document = docx.Document()
    saq_table(document, ticked=(4, 5))
    document.save(str(tmp_path / "saq.docx"))
    found = extract(read_document(tmp_path / "saq.docx"))
    rows = [
        response(
            r.ref,
            r.question,
            sheet=None,
            answer_ref=r.answer_ref,
            answer=r.answer,
            choices=r.choices,
            answer_value="In Place",
        )
        for r in found.requirements
    ]
    out = write_filled_docx(tmp_path / "saq.docx", rows, tmp_path / "saq.filled.docx")
    # Row 1.2.1 gets "In Place"; 1.2.2 already says "Not Applicable" and is left alone.
    assert checked_states(out) == [True, False, False, False, False, False, True, False]
    assert checked_states(tmp_path / "saq.docx").count(True) == 1  # original untouched


def test_yes_no_glyph_columns_left_of_the_question() -> None:
    table = Block(
        kind="table",
        ref="T4",
        rows=(
            ("Yes", "No", "Authentication Question"),
            ("☐", "☒", "Does the system require authentication via the Internet?"),
            ("☐", "☐", "Do users connect to the system from over the Internet?"),
        ),
    )
    found = extract(Document("f.docx", "docx", blocks=(table,)))
    got = [(r.ref, r.answer, r.answer_ref, r.choices) for r in found.requirements]
    assert got == [
        ("T4R2", "No", "T4R2C1", ("Yes", "No")),
        ("T4R3", None, "T4R3C1", ("Yes", "No")),
    ]
    assert {s.ref: s.reason for s in found.skipped} == {"T4R1": "header"}


def test_answer_cell_with_its_own_boxes_reports_the_ticked_option() -> None:
    table = Block(
        kind="table",
        ref="T1",
        rows=(
            ("Question", "Response"),
            ("Do you encrypt data at rest?", "☒ Yes ☐ No"),
            ("Do you run pen tests?", "☐ Yes ☐ No"),
        ),
    )
    found = extract(Document("f.docx", "docx", blocks=(table,)))
    assert [(r.answer, r.choices) for r in found.requirements] == [
        ("Yes", ("Yes", "No")),
        (None, ("Yes", "No")),
    ]


# --------------------------------------------------------------------------- paragraphs


def test_content_control_boxes_in_a_paragraph_are_read_and_ticked(tmp_path: Path) -> None:
    document = docx.Document()
    p = document.add_paragraph("Do you hold a SOC 2 Type II report? ")
    control_box(p, "Yes")
    control_box(p, "No")
    document.save(str(tmp_path / "cc.docx"))
    (req,) = extract(read_document(tmp_path / "cc.docx")).requirements
    assert (req.question, req.answer, req.choices, req.answer_ref) == (
        "Do you hold a SOC 2 Type II report?",
        None,
        ("Yes", "No"),
        "P1",
    )
    rows = [
        response(
            "P1", req.question, sheet=None, answer_ref="P1", choices=req.choices, answer_value="No"
        )
    ]
    out = write_filled_docx(tmp_path / "cc.docx", rows, tmp_path / "cc.filled.docx")
    assert checked_states(out) == [False, True]
    assert "☒" in docx.Document(str(out)).paragraphs[0]._p.xml  # the control shows it ticked


def test_numbered_paragraph_question_is_answered_after_it(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Do you have an information security policy?", style="List Number")
    document.add_paragraph("Next section")
    document.save(str(tmp_path / "p.docx"))
    (req,) = extract(read_document(tmp_path / "p.docx")).requirements
    rows = [
        response(
            req.ref,
            req.question,
            sheet=None,
            answer_ref=req.answer_ref,
            suggested="Yes. Policy ISP-1, reviewed yearly.\nApproved by the board.",
        )
    ]
    out = write_filled_docx(tmp_path / "p.docx", rows, tmp_path / "p.filled.docx")
    paragraphs = docx.Document(str(out)).paragraphs
    assert [p.text for p in paragraphs] == [
        "Do you have an information security policy?",
        "Yes. Policy ISP-1, reviewed yearly.\nApproved by the board.",
        "Next section",
    ]
    assert paragraphs[1].style.name == "Normal"  # plain, not a numbered list item


def test_noun_titles_are_not_requests() -> None:
    blocks = tuple(
        Block(kind="paragraph", ref=f"P{i}", text=text)
        for i, text in enumerate(
            ["List of Tables", "Name of Organization", "List your data centres."], 1
        )
    )
    found = extract(Document("f.docx", "docx", blocks=blocks))
    assert [r.ref for r in found.requirements] == ["P3"]


# --------------------------------------------------------------------------- the corpus form


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=CORPUS_HINT)
def test_fedramp_ssp_answer_tables() -> None:
    """FedRAMP_SSP_Template_v2.1.docx has 626 requirements, counted by hand with python-docx:

    - 330 tables whose first cell holds "<ID> What is the solution and how is it implemented?"
      (one, SA-9 (1), reads "Additional:  What is ..."; two say "solutions"). 133 of them have two
      columns and one row per part: 426 rows labelled "Part a".."Part k" (417) or "Req. 1".."Req. 3"
      (9, in four tables), each with an empty second cell. 197 have one column and a single empty
      row under the question. 426 + 197 = 623 answer places. The template repeats "SA-3" on the
      SA-5 table (T542): still four answer places of their own.
    - Table 11, "Yes | No | E-Authentication Question": 3 questions answered by check boxes.
    - Not requirements: the 330 "Control Summary Information" tables (role, parameters,
      status boxes), the controls matrix (table 28: IDs and control names, no answer place),
      the front matter's people, inventory and categorisation tables, and the control wording
      in the body paragraphs.
    """
    path = CORPUS / "FedRAMP_SSP_Template_v2.1.docx"
    if not path.exists():
        pytest.skip("FedRAMP_SSP_Template_v2.1.docx is not in the corpus")
    found = extract(read_document(path))
    assert len(found.requirements) == 626
    by_ref: dict[str, Requirement] = {r.ref: r for r in found.requirements}
    ac2 = by_ref["T33R3"]
    assert (ac2.question_id, ac2.answer_ref, ac2.section) == (
        "AC-2(b)",
        "T33R3C2",
        "Account Management (AC-2)",
    )
    assert ac2.question == "What is the solution and how is it implemented? (Part b)"
    assert by_ref["T35R1"].question_id == "AC-2 (1)" and by_ref["T35R1"].answer_ref == "T35R2C1"
    assert by_ref["T614R2"].question_id == "SC-15 Req. 1"
    assert by_ref["T11R2"].choices == ("Yes", "No")
    assert not any(r.ref.startswith(("T28R", "P")) for r in found.requirements)


def test_option_lines_under_a_question_are_its_choices_and_get_ticked(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Instructions", 1)
    document.add_paragraph("Attach your latest SOC 2 report.", style="List Bullet")
    document.add_heading("Vendor", 1)
    document.add_paragraph("Q1: Do you have a designated Data Protection Officer?")
    document.add_paragraph("☐ Yes", style="List Bullet")
    document.add_paragraph("☐ No", style="List Bullet")
    document.add_paragraph("If yes, select all that apply:")
    document.add_paragraph("☐ EU representative", style="List Bullet")
    document.add_paragraph("Q2: Where is data stored? (Select all that apply)")
    document.add_paragraph("☒ European Union", style="List Bullet")
    document.add_paragraph("☐ Other: ________", style="List Bullet")
    document.add_paragraph("Q3: Describe your retention policy.")
    document.add_paragraph("Retention period: ________", style="List Bullet")
    document.save(str(tmp_path / "o.docx"))
    found = extract(read_document(tmp_path / "o.docx"))
    got = [(r.question_id, r.answer, r.choices) for r in found.requirements]
    assert got == [
        ("Q1", None, ("Yes", "No")),
        ("Q2", "European Union", ("European Union", "Other")),
        ("Q3", None, ()),
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["P2"] == "instruction" and reasons["P8"] == "option"
    assert reasons["P13"] == "prose"  # a field of Q3, not a question
    rows = [
        response(
            r.ref,
            r.question,
            sheet=None,
            answer_ref=r.answer_ref,
            answer=r.answer,
            choices=r.choices,
            answer_value="Yes",
        )
        for r in found.requirements
    ]
    out = write_filled_docx(tmp_path / "o.docx", rows, tmp_path / "o.filled.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts[4:6] == ["☒ Yes", "☐ No"]  # Q1's Yes ticked
    assert texts[9:11] == ["☒ European Union", "☐ Other: ________"]  # already answered
    assert texts[12] == "Yes"  # the planned answer, after the question


# --------------------------------------------------------------------------- small forms


def small_form(path: Path) -> Path:
    """A small company's form: a field table, Question | Response tables with "Yes / No" in
    the answer cell, a Yes/No certification grid, and an attachments checklist."""
    document = docx.Document()
    document.add_heading("Vendor Information", 2)
    fields = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(
        [("Field", "Response"), ("Company Name", ""), ("Date Completed", "")]
    ):
        fields.cell(r, 0).text, fields.cell(r, 1).text = a, b
    document.add_heading("Insurance", 2)
    questions = document.add_table(rows=4, cols=2)
    rows = [
        ("Question", "Response"),
        ("Do you carry cyber liability insurance?", "Yes / No"),
        ("Coverage amount", ""),
        ("Data Protection", ""),
    ]
    for r, (a, b) in enumerate(rows):
        questions.cell(r, 0).text, questions.cell(r, 1).text = a, b
    certs = document.add_table(rows=3, cols=3)
    rows = [
        ("Certification", "Yes/No", "Expiry Date"),
        ("ISO 27001", "", ""),
        ("SOC 2 Type II", "", ""),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            certs.cell(r, c).text = value
    document.add_paragraph("Please attach the following (as applicable):")
    document.add_paragraph("☐ SOC 2 Type II report", style="List Bullet")
    document.add_paragraph("☐ Network architecture diagram", style="List Bullet")
    document.save(str(path))
    return path


def test_small_form_fields_yes_no_cells_and_attachment_requests(tmp_path: Path) -> None:
    found = extract(read_document(small_form(tmp_path / "s.docx")))
    got = [(r.ref, r.question, r.answer, r.choices) for r in found.requirements]
    assert got == [
        ("T1R2", "Company Name", None, ()),
        ("T1R3", "Date Completed", None, ()),
        ("T2R2", "Do you carry cyber liability insurance?", None, ("Yes", "No")),
        ("T2R3", "Coverage amount", None, ()),  # a field in sentence case
        ("T3R2", "ISO 27001", None, ()),
        ("T3R3", "SOC 2 Type II", None, ()),
        ("P4", "SOC 2 Type II report", "unchecked", ()),  # a document to attach
        ("P5", "Network architecture diagram", "unchecked", ()),
    ]
    assert {s.ref: s.reason for s in found.skipped}["T2R4"] == "section"  # a title


def test_yes_no_printed_in_the_cell_is_replaced_by_the_answer(tmp_path: Path) -> None:
    src = small_form(tmp_path / "s.docx")
    (req,) = [r for r in extract(read_document(src)).requirements if r.ref == "T2R2"]
    rows = [
        response(
            req.ref,
            req.question,
            sheet=None,
            answer_ref=req.answer_ref,
            choices=req.choices,
            answer_value="No",
        )
    ]
    out = write_filled_docx(src, rows, tmp_path / "s.filled.docx")
    assert docx.Document(str(out)).tables[1].cell(1, 1).text == "No"


def test_options_in_one_answer_cell_are_ticked_in_place(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Question", "Response"
    table.cell(1, 0).text = "Do you encrypt data at rest?"
    table.cell(1, 1).text = "☐ Yes ☐ No"
    document.save(str(tmp_path / "c.docx"))
    (req,) = extract(read_document(tmp_path / "c.docx")).requirements
    assert (req.answer, req.choices, req.answer_ref) == (None, ("Yes", "No"), "T1R2C2")
    rows = [
        response(
            req.ref,
            req.question,
            sheet=None,
            answer_ref=req.answer_ref,
            choices=req.choices,
            answer_value="Yes",
        )
    ]
    out = write_filled_docx(tmp_path / "c.docx", rows, tmp_path / "c.filled.docx")
    assert docx.Document(str(out)).tables[0].cell(1, 1).text == "☒ Yes ☐ No"


def test_placeholders_are_not_answers_and_the_answer_replaces_them(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Question", "Response"
    table.cell(1, 0).text = "Describe your backup schedule."
    table.cell(1, 1).paragraphs[0]._p.append(
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
            "<w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    table.cell(2, 0).text = "Describe your key management."
    table.cell(2, 1).text = "[Free text response]"
    document.save(str(tmp_path / "ph.docx"))
    found = extract(read_document(tmp_path / "ph.docx"))
    assert [(r.answer, r.answer_ref) for r in found.requirements] == [
        (None, "T1R2C2"),
        (None, "T1R3C2"),
    ]
    rows = [
        response(r.ref, r.question, sheet=None, answer_ref=r.answer_ref, suggested="Nightly.")
        for r in found.requirements
    ]
    out = write_filled_docx(tmp_path / "ph.docx", rows, tmp_path / "ph.filled.docx")
    filled = docx.Document(str(out)).tables[0]
    assert filled.cell(2, 1).text == "Nightly."
    assert (
        "Nightly." in filled.cell(1, 1)._tc.xml and "Click or tap" not in filled.cell(1, 1)._tc.xml
    )


def test_saq_question_shape_with_notes_rows_and_lettered_ids() -> None:
    rows = (
        ("PCI DSS Question", "", "Expected Testing", "Response (Check one)", "", "", ""),
        ("", "", "", "Yes", "Yes with CCW", "No", "N/A"),
        ("Requirement 2: Do not use vendor-supplied defaults", "", "", "", "", "", ""),
        (
            "2.1 (a)",
            "Are vendor-supplied defaults always changed?",
            "Review policies.",
            "☐",
            "☐",
            "☐",
            "☐",
        ),
        ("", "Applicability Notes: This applies to all default passwords.", "", "", "", "", ""),
        (
            "2.1 (b)",
            "Are unnecessary default accounts removed?",
            "Review policies.",
            "☒",
            "☐",
            "☐",
            "☐",
        ),
    )
    found = extract(
        Document("saq.docx", "docx", blocks=(Block(kind="table", ref="T5", rows=rows),))
    )
    got = [(r.question_id, r.answer, r.answer_ref, r.section) for r in found.requirements]
    section = "Requirement 2: Do not use vendor-supplied defaults"
    assert got == [("2.1 (a)", None, "T5R4C4", section), ("2.1 (b)", "Yes", "T5R6C4", section)]
    assert {s.ref: s.reason for s in found.skipped}["T5R5"] == "continuation"


def test_columns_of_labelled_boxes_are_one_choice(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).text, table.cell(0, 1).text = "Question", "Response"
    for r, (question, ticked) in enumerate(
        [("Do you encrypt data at rest?", 2), ("Do you run penetration tests?", None)], start=1
    ):
        table.cell(r, 0).text = question
        for c, word in enumerate(["Yes", "No", "N/A"], start=1):
            paragraph = table.cell(r, c).paragraphs[0]
            legacy_box(paragraph, checked=ticked == c)
            paragraph.add_run(f" {word}")
    document.save(str(tmp_path / "l.docx"))
    found = extract(read_document(tmp_path / "l.docx"))
    got = [(r.answer, r.choices, r.answer_ref) for r in found.requirements]
    assert got == [("No", ("Yes", "No", "N/A"), "T1R2C2"), (None, ("Yes", "No", "N/A"), "T1R3C2")]
    rows = [
        response(
            r.ref,
            r.question,
            sheet=None,
            answer_ref=r.answer_ref,
            answer=r.answer,
            choices=r.choices,
            answer_value="Yes",
        )
        for r in found.requirements
    ]
    out = write_filled_docx(tmp_path / "l.docx", rows, tmp_path / "l.filled.docx")
    assert checked_states(out) == [False, True, False, True, False, False]


def test_id_cell_beside_the_question_heads_an_answer_table_but_a_question_list_does_not() -> None:
    form = Block(
        kind="table",
        ref="T1",
        rows=(("AC-2", "What is the solution?"), ("Part a", ""), ("Part b", "")),
    )
    listed = Block(
        kind="table",
        ref="T2",
        rows=(("1.1", "Do you encrypt data at rest?"), ("1.2", "Do you log admin actions?")),
    )
    found = extract(Document("f.docx", "docx", blocks=(form,)))
    assert [r.question_id for r in found.requirements] == ["AC-2(a)", "AC-2(b)"]
    found = extract(Document("f.docx", "docx", blocks=(listed,)))
    assert [r.question_id for r in found.requirements] == ["1.1", "1.2"]
