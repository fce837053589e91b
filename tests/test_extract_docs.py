"""extract() on Word and VSAQ documents: tables, lists, questions, headings, checkboxes, items."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from socproc.extract import extract
from socproc.model import Block, Document


def docx(*blocks: Block) -> Document:
    return Document("q.docx", "docx", blocks=blocks)


def test_question_table_rows_and_answer_cells() -> None:
    table = Block(
        kind="table",
        ref="T2",
        rows=(
            ("#", "Question", "Response", "Comments"),
            ("1.1", "Do you hold a SOC 2 Type II report?", "Yes", ""),
            ("1.2", "Describe your backup schedule.", "", "Nightly"),
            ("", "", "", ""),
        ),
    )
    found = extract(docx(Block(kind="heading", ref="P1", text="Assurance", level=1), table))
    first, second = found.requirements
    assert (first.ref, first.question_id, first.section) == ("T2R2", "1.1", "Assurance")
    assert (first.answer, first.answer_ref, first.comment_ref) == ("Yes", "T2R2C3", "T2R2C4")
    assert (second.comment, second.sheet) == ("Nightly", None)
    assert {s.ref: s.reason for s in found.skipped} == {"P1": "section", "T2R1": "header"}


def test_merged_cells_blanked_by_reader_give_one_requirement_per_row() -> None:
    # A merged question cell spans C2:C3 in Word; the reader blanks the repeats.
    table = Block(
        kind="table",
        ref="T1",
        rows=(
            ("ID", "Requirement", "Yes/No"),
            ("A-1", "The vendor shall encrypt backups.", "Yes"),
            ("A-2", "The vendor shall test restores yearly.", ""),
        ),
    )
    found = extract(docx(table))
    assert [r.question_id for r in found.requirements] == ["A-1", "A-2"]


def test_layout_and_people_tables_are_skipped_whole() -> None:
    people = Block(kind="table", ref="T1", rows=(("Ann", "Bob", "Cy"), ("Dee", "Eve", "Flo")))
    found = extract(docx(people))
    assert found.requirements == ()
    assert [(s.ref, s.reason) for s in found.skipped] == [
        ("T1", "table-skipped: no question column")
    ]


def test_paragraph_questions_imperatives_lists_and_prose() -> None:
    blocks = (
        Block(kind="heading", ref="P1", text="1 Security", level=1),
        Block(kind="paragraph", ref="P2", text="This section covers how you protect data."),
        Block(kind="paragraph", ref="P3", text="Do you encrypt laptops?"),
        Block(
            kind="paragraph", ref="P4", text="Please attach your latest penetration test summary."
        ),
        Block(
            kind="paragraph",
            ref="P5",
            text="The vendor shall notify us of breaches within 72 hours.",
        ),
        Block(kind="paragraph", ref="P6", text="Data retention period", numbered=True),
        Block(kind="paragraph", ref="P7", text="2.3 Describe your change management process."),
        Block(kind="paragraph", ref="P8", text="Contents", style="TOC Heading"),
    )
    found = extract(docx(*blocks))
    assert [r.ref for r in found.requirements] == ["P3", "P4", "P5", "P6", "P7"]
    assert found.requirements[4].question_id == "2.3"
    assert found.requirements[4].question == "Describe your change management process."
    assert {r.section for r in found.requirements} == {"1 Security"}
    assert {s.ref: s.reason for s in found.skipped} == {"P1": "section", "P2": "prose", "P8": "toc"}


def test_lists_beside_question_tables_count_only_when_they_ask() -> None:
    table = Block(
        kind="table", ref="T1", rows=(("#", "Description"), ("1.1.1", "Verify that X is done."))
    )
    bullet = Block(kind="paragraph", ref="P2", text="Use this standard as a metric", numbered=True)
    ask = Block(kind="paragraph", ref="P3", text="Provide the audit report", numbered=True)
    found = extract(docx(table, bullet, ask))
    assert [r.ref for r in found.requirements] == ["T1R2", "P3"]


def test_checkbox_paragraphs_are_requirements_with_their_state() -> None:
    blocks = (
        Block(kind="paragraph", ref="P1", text="SOC 2 Type II report attached", checkbox=True),
        Block(kind="paragraph", ref="P2", text="ISO 27001 certificate attached", checkbox=False),
    )
    found = extract(docx(*blocks))
    assert [(r.ref, r.answer) for r in found.requirements] == [
        ("P1", "checked"),
        ("P2", "unchecked"),
    ]


def test_duplicate_paragraph_questions_with_ids_are_skipped() -> None:
    blocks = (
        Block(kind="paragraph", ref="P1", text="1.1 Do you encrypt backups?"),
        Block(kind="paragraph", ref="P9", text="1.1 Do you encrypt backups?"),
    )
    found = extract(docx(*blocks))
    assert [r.ref for r in found.requirements] == ["P1"]
    assert found.skipped[0].reason == "duplicate of P1"


def test_vsaq_items_sections_tips_and_choices() -> None:
    blocks = (
        Block(kind="heading", ref="q[0]", text="Network", level=0, item_type="block"),
        Block(kind="item", ref="q[0].items[0]", text="Read this first.", level=1, item_type="info"),
        Block(
            kind="item",
            ref="q[0].items[1]",
            text="Do you use firewalls?",
            level=1,
            item_id="network_firewalls",
            item_type="radiogroup",
            choices=("Yes", "No"),
        ),
        Block(kind="item", ref="q[0].items[2]", text="Firewalls matter.", level=1, item_type="tip"),
        Block(kind="heading", ref="q[0].items[3]", text="DMZ", level=1, item_type="block"),
        Block(
            kind="item", ref="q[0].items[3].items[0]", text="Describe it.", level=2, item_type="box"
        ),
        Block(kind="item", ref="q[0].items[4]", text="Name your ISP:", level=1, item_type="line"),
        Block(
            kind="item",
            ref="q[0].items[5]",
            text="",
            level=1,
            item_type="checkgroup",
            choices=("A",),
        ),
    )
    found = extract(Document("v.json", "json", blocks=blocks))
    got = [(r.ref, r.question_id, r.section, r.choices) for r in found.requirements]
    assert got == [
        ("q[0].items[1]", "network_firewalls", "Network", ("Yes", "No")),
        ("q[0].items[3].items[0]", None, "DMZ", ()),
        ("q[0].items[4]", None, "Network", ()),
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons == {
        "q[0]": "section",
        "q[0].items[0]": "instruction",
        "q[0].items[2]": "tip",
        "q[0].items[3]": "section",
        "q[0].items[5]": "blank-question",
    }


def test_checkbox_glyph_paragraphs() -> None:
    blocks = (
        Block(kind="paragraph", ref="P1", text="☐ Yes ☒ No  We hold an ISO 27001 certificate"),
        Block(kind="paragraph", ref="P2", text="☐ Yes ☐ No  We hold a PCI AoC"),
        Block(kind="paragraph", ref="P3", text="☑ Pen test summary attached"),
    )
    found = extract(docx(*blocks))
    assert [(r.question, r.answer) for r in found.requirements] == [
        ("We hold an ISO 27001 certificate", "No"),
        ("We hold a PCI AoC", None),
        ("Pen test summary attached", "checked"),
    ]


def test_instructions_to_the_respondent_are_prose() -> None:
    blocks = (
        Block(kind="paragraph", ref="P1", text="Please complete every question and return it."),
        Block(kind="paragraph", ref="P2", text="Provide answers for all questions in this form."),
        Block(kind="paragraph", ref="P3", text="Please note that answers are binding."),
        Block(
            kind="paragraph", ref="P4", text="Ensure that the following high level requirements:"
        ),
    )
    found = extract(docx(*blocks))
    assert found.requirements == ()
    assert {s.reason for s in found.skipped} == {"prose"}


def test_word_file_through_the_reader(tmp_path: Path) -> None:
    import docx as python_docx

    from socproc.read import read_document

    word = python_docx.Document()
    word.add_heading("Vendor Security Questionnaire", 0)
    word.add_paragraph("Please complete every question and return it by 30 June.")
    word.add_heading("1. Governance", 1)
    word.add_paragraph("Do you have an information security policy?", style="List Number")
    word.add_paragraph("Company legal name", style="List Number")
    word.add_heading("2. Controls", 1)
    table = word.add_table(rows=4, cols=4)
    for i, head in enumerate(["Ref", "Requirement", "Response", "Comments"]):
        table.cell(0, i).text = head
    table.cell(1, 0).text, table.cell(1, 1).text = "2.1", "The supplier shall encrypt data at rest."
    table.cell(2, 0).text, table.cell(2, 1).text = "2.2", "Describe your key management."
    table.cell(2, 2).text = "AWS KMS"
    table.cell(3, 0).merge(table.cell(3, 3)).text = "Section B: Operations"
    path = tmp_path / "form.docx"
    word.save(str(path))
    found = extract(read_document(path))
    got = [(r.ref, r.question_id, r.section, r.answer, r.answer_ref) for r in found.requirements]
    assert got == [
        ("P4", None, "1. Governance", None, "P4"),  # answered after the paragraph
        ("T1R2", "2.1", "2. Controls", None, "T1R2C3"),
        ("T1R3", "2.2", "2. Controls", "AWS KMS", "T1R3C3"),
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    # A merged row is one section row, not four; the numbered field beside a question table
    # is read as prose (see extract._paragraph).
    assert reasons["T1R4"] == "section" and reasons["P5"] == "prose" and reasons["P2"] == "prose"


def test_pci_saq_style_table_with_ids_in_the_requirement_text() -> None:
    table = Block(
        kind="table",
        ref="T7",
        rows=(
            (
                "PCI DSS Requirement",
                "Expected Testing",
                "Response* (Check one response for each requirement)",
                "",
                "",
            ),
            ("", "", "In Place", "Not Applicable", "Not in Place"),
            (
                "1.2.1 Configuration standards for NSC rulesets are defined.",
                "Examine standards.",
                "☐",
                "☐",
                "☐",
            ),
            (
                "Applicability Notes: this applies to all NSCs in the cardholder data environment, "
                "including those in cloud environments and those managed by third parties.",
                "",
                "",
                "",
                "",
            ),
            (
                "1.2.2 All changes to network connections are approved.",
                "Examine records.",
                "☒",
                "☐",
                "☐",
            ),
        ),
    )
    found = extract(docx(table))
    got = [(r.ref, r.question_id, r.question, r.answer_ref) for r in found.requirements]
    assert got == [
        ("T7R3", "1.2.1", "Configuration standards for NSC rulesets are defined.", "T7R3C3"),
        ("T7R5", "1.2.2", "All changes to network connections are approved.", "T7R5C3"),
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons == {"T7R1": "header", "T7R2": "header", "T7R4": "instruction"}


def test_headerless_word_table_blank_column_is_the_answer_box() -> None:
    table = Block(
        kind="table",
        ref="T1",
        rows=(("1. Do you run background checks?", ""), ("2. Describe your onboarding.", "")),
    )
    found = extract(docx(table))
    assert [(r.question_id, r.answer_ref) for r in found.requirements] == [
        (None, "T1R1C2"),
        (None, "T1R2C2"),
    ]


TEXTS = st.sampled_from(
    [
        "",
        "Do you encrypt data?",
        "Provide the report.",
        "Intro text.",
        "1.1",
        "#",
        "Question",
        "Answer",
        "☐ Yes ☒ No We log",
        "Security",
        "Please note this.",
    ]
)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.sampled_from(["heading", "paragraph"]), TEXTS, st.booleans()),
            st.tuples(
                st.just("table"),
                st.lists(st.lists(TEXTS, min_size=2, max_size=2), max_size=4),
                st.just(False),
            ),
        ),
        max_size=12,
    )
)
def test_every_nonempty_block_or_row_is_accounted_once(parts: list[tuple[str, Any, bool]]) -> None:
    blocks = []
    for i, (kind, body, numbered) in enumerate(parts, start=1):
        if kind == "table":
            rows = tuple(tuple(row) for row in body)
            blocks.append(Block(kind="table", ref=f"T{i}", rows=rows))
        else:
            blocks.append(Block(kind=kind, ref=f"P{i}", text=body, level=1, numbered=numbered))
    found = extract(docx(*blocks))
    refs = Counter([r.ref for r in found.requirements] + [s.ref for s in found.skipped])
    assert all(n == 1 for n in refs.values())
    for block in blocks:
        if block.kind != "table":
            assert (block.ref in refs) == bool(block.text.strip())
        elif block.ref not in refs:
            for r, row in enumerate(block.rows, start=1):
                assert (f"{block.ref}R{r}" in refs) == any(c.strip() for c in row)
