"""extract() on spreadsheets: header, column and section detection, skips and accounting."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from socproc.extract import extract
from socproc.extract.words import (
    header_role,
    looks_like_question,
    sheet_name_skip,
    split_embedded_id,
)
from socproc.model import Document, Extraction, Sheet, Validation


def grid(rows: list[list[str]], top: int = 1) -> dict[tuple[int, int], str]:
    """Cells from a list of rows (row `top` first); empty strings are left out."""
    return {
        (top + r, c + 1): value
        for r, row in enumerate(rows)
        for c, value in enumerate(row)
        if value
    }


def doc(*sheets: Sheet) -> Document:
    return Document("q.xlsx", "xlsx", sheets)


def accounted_rows(sheet: Sheet, found: Extraction) -> list[int]:
    """Rows of `sheet` that became a requirement or a skip, once per occurrence."""
    rows = [r.row for r in found.requirements if r.sheet == sheet.name and r.row is not None]
    prefix = f"{sheet.name}!"
    for skip in found.skipped:
        if skip.ref.startswith(prefix):
            cell = skip.ref[len(prefix) :]
            rows.append(int(cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    return sorted(rows)


def assert_accounted(document: Document, found: Extraction) -> None:
    """Every non-empty row of every sheet is one requirement or one skip, or its sheet is skipped."""
    whole = {s.ref for s in found.skipped if "!" not in s.ref}
    for sheet in document.sheets:
        if sheet.name in whole:
            continue
        filled = sorted({r for (r, _), v in sheet.cells.items() if v.strip()})
        assert accounted_rows(sheet, found) == filled, sheet.name


SIMPLE = [
    ["Acme Security Questionnaire", "", "", ""],
    ["", "", "", ""],
    ["ID", "Question", "Response", "Comments"],
    ["Access Control", "", "", ""],
    ["AC-01", "Do you enforce MFA for all administrators?", "Yes", "Okta"],
    ["AC-02", "Describe your access review process.", "", ""],
    ["AC-03", "", "", ""],
    ["Encryption", "", "", ""],
    ["EN-01", "Is customer data encrypted at rest?", "No", ""],
]


def test_header_not_in_row_one_and_columns_by_header_words() -> None:
    sheet = Sheet("Questions", grid(SIMPLE))
    found = extract(doc(sheet))
    assert [r.question_id for r in found.requirements] == ["AC-01", "AC-02", "EN-01"]
    first = found.requirements[0]
    assert first.ref == "Questions!B5"
    assert first.question == "Do you enforce MFA for all administrators?"
    assert (first.answer, first.answer_ref, first.comment, first.comment_ref) == (
        "Yes",
        "C5",
        "Okta",
        "D5",
    )
    assert first.section == "Access Control"
    assert found.requirements[2].section == "Encryption"
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["Questions!A1"] == "section"  # a title above the header: lone text
    assert reasons["Questions!A3"] == "header"
    assert reasons["Questions!A7"] == "blank-question"
    assert reasons["Questions!A4"] == "section"
    assert_accounted(doc(sheet), found)


def test_columns_by_content_without_header_words() -> None:
    rows = [
        ["1.1", "Do you have a security policy?", "Yes"],
        ["1.2", "Is the policy reviewed annually?", "Yes"],
        ["1.3", "Provide your incident response plan.", ""],
        ["2.1", "Are backups tested?", "No"],
    ]
    sheet = Sheet("Sheet1", grid(rows))
    found = extract(doc(sheet))
    assert [r.question_id for r in found.requirements] == ["1.1", "1.2", "1.3", "2.1"]
    assert found.requirements[2].question == "Provide your incident response plan."
    # No answer header, no dropdown: the column of Yes/No values right of the questions.
    assert [r.answer_ref for r in found.requirements] == ["C1", "C2", "C3", "C4"]
    texty = [
        ["1.1", "Do you have a policy?", "Guidance: see ISO"],
        ["1.2", "Is it reviewed?", "See NIST"],
    ]
    assert extract(doc(Sheet("S", grid(texty)))).requirements[0].answer_ref is None


def test_two_row_header_and_block_label_header() -> None:
    rows = [
        ["", "", "Vendor", "Vendor"],
        ["#", "Requirement", "Answer", "Notes"],
        [" Documentation", "", "Answer", "Notes"],
        ["D-1", "Do you keep a BCP?", "Yes", ""],
    ]
    sheet = Sheet("Q", grid(rows))
    found = extract(doc(sheet))
    assert len(found.requirements) == 1
    assert found.requirements[0].section == "Documentation"
    assert found.requirements[0].answer_ref == "C4"
    assert {s.ref: s.reason for s in found.skipped}["Q!A3"] == "header"


def test_embedded_id_is_split_out_of_the_text() -> None:
    rows = [
        ["Category", "Requirement", "Documentation Score", "Comments"],
        ["Governance (GV.OC)", "GV.OC-01.1:  The organisation shall set its mission.", "1", ""],
        ["", "GV.OC-01.2: The organisation shall review it.", "1", ""],
    ]
    found = extract(doc(Sheet("GOVERN", grid(rows))))
    assert [(r.question_id, r.question) for r in found.requirements] == [
        ("GV.OC-01.1", "The organisation shall set its mission."),
        ("GV.OC-01.2", "The organisation shall review it."),
    ]
    # The Category column is the section, carried down over its merged (blank) cells.
    assert {r.section for r in found.requirements} == {"Governance (GV.OC)"}


def test_split_embedded_id_cases() -> None:
    assert split_embedded_id("1.2.3 Verify that passwords are hashed") == (
        "1.2.3",
        "Verify that passwords are hashed",
    )
    assert split_embedded_id("COVID-19 related absences: do you track them?") == (
        None,
        "COVID-19 related absences: do you track them?",
    )
    assert split_embedded_id("AIS-01.1: Is code reviewed?") == ("AIS-01.1", "Is code reviewed?")


def test_wrapped_text_is_whitespace_normalised_and_kept_in_full() -> None:
    long = "Do you encrypt\ndata   at rest\u00a0and in transit? " + "x" * 900
    rows = [["ID", "Question"], ["E-1", long]]
    found = extract(doc(Sheet("Q", grid(rows))))
    assert found.requirements[0].question == " ".join(long.split())


def test_hidden_rows_and_columns_are_extracted_and_flagged() -> None:
    rows = [["ID", "Question", "Answer"], ["A-1", "Is MFA on?", ""], ["A-2", "Is SSO on?", ""]]
    sheet = Sheet("Q", grid(rows), hidden_rows=frozenset({3}))
    found = extract(doc(sheet))
    assert [r.hidden for r in found.requirements] == [False, True]
    hidden_col = Sheet("Q", grid(rows), hidden_cols=frozenset({2}))
    assert all(r.hidden for r in extract(doc(hidden_col)).requirements)


def test_hidden_sheet_skipped_once_with_reason() -> None:
    rows = [["ID", "Question"], ["A-1", "Is MFA on?"]]
    found = extract(doc(Sheet("Master", grid(rows), state="veryHidden"), Sheet("Q", grid(rows))))
    assert [r.ref for r in found.requirements] == ["Q!B2"]
    assert (
        next(s for s in found.skipped if s.ref == "Master").reason == "sheet-skipped: hidden sheet"
    )
    assert not [s for s in found.skipped if s.ref.startswith("Master!")]


def test_instruction_lookup_and_evaluator_sheets_are_skipped() -> None:
    questions = [["ID", "Question", "Answer"], ["A-1", "Do you log admin access?", "Yes"]]
    evaluator = [
        ["ID", "Question", "Vendor Answer", "Preferred Response", "Weight"],
        ["A-1", "Do you log admin access?", "Yes", "Yes", "10"],
    ]
    sheets = (
        Sheet("Instructions", grid([["Please answer every question below."], ["Step 1: do x"]])),
        Sheet("Lookups", grid([["Yes"], ["No"]])),
        Sheet("Questionnaire", grid(questions)),
        Sheet("Analyst Report", grid(questions)),
        Sheet("Review", grid(evaluator)),
        Sheet("Cover", grid([["Company", "Acme"]])),
    )
    found = extract(doc(*sheets))
    assert [r.ref for r in found.requirements] == ["Questionnaire!B2"]
    whole = {s.ref: s.reason for s in found.skipped if "!" not in s.ref}
    assert whole == {
        "Instructions": "sheet-skipped: instructions",
        "Lookups": "sheet-skipped: lookup",
        "Analyst Report": "sheet-skipped: evaluator sheet",
        "Review": "sheet-skipped: evaluator sheet",
        "Cover": "sheet-skipped: instructions",
    }


def test_sheet_without_question_column_is_skipped() -> None:
    rows = [["Level", "Meaning"], ["1", "Initial"], ["2", "Repeatable"], ["3", "Defined"]]
    found = extract(doc(Sheet("Maturity Levels", grid(rows))))
    assert found.requirements == ()
    assert found.skipped[0].reason == "sheet-skipped: no question column"


def test_duplicates_across_tabs_are_skipped_with_the_first_ref() -> None:
    rows = [["ID", "Question", "Answer"], ["GNRL-01", "Vendor name", ""], ["X-1", "Is MFA on?", ""]]
    other = [
        ["ID", "Question", "Answer"],
        ["GNRL-01", "Vendor name", ""],
        ["Y-1", "Is SSO on?", ""],
    ]
    found = extract(doc(Sheet("Start", grid(rows)), Sheet("Org", grid(other))))
    assert [r.question_id for r in found.requirements] == ["GNRL-01", "X-1", "Y-1"]
    assert {s.ref: s.reason for s in found.skipped}["Org!B2"] == "duplicate of Start!B2"


def test_two_row_pattern_second_row_is_a_continuation() -> None:
    rows = [
        ["", "Stream", "Strategy", "Answer", "Notes"],
        ["G-1", "Create", "Do you understand the risk appetite?", "", ""],
        ["", "", "You capture the appetite of your executives.", "", ""],
        ["G-2", "", "Do you have a strategic plan?", "", ""],
        ["", "", "The plan reflects business priorities.", "", ""],
    ]
    found = extract(doc(Sheet("Interview", grid(rows))))
    assert [r.question_id for r in found.requirements] == ["G-1", "G-2"]
    assert found.requirements[0].question == "Do you understand the risk appetite?"
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["Interview!C3"] == "continuation"
    assert reasons["Interview!C5"] == "continuation"


def test_dropdown_answer_column_records_choices() -> None:
    rows = [["ID", "Question", ""], ["A-1", "Is MFA on?", ""], ["A-2", "Is SSO on?", "No"]]
    dropdown = Validation(((2, 3, 3, 3),), ("Yes", "No", "N/A"))
    found = extract(doc(Sheet("Q", grid(rows), validations=(dropdown,))))
    # No answer header word: the dropdown column right of the questions is the answer column.
    assert [(r.answer_ref, r.choices, r.answer) for r in found.requirements] == [
        ("C2", ("Yes", "No", "N/A"), None),
        ("C3", ("Yes", "No", "N/A"), "No"),
    ]


def test_merged_instruction_and_section_rows() -> None:
    rows = [
        ["ID", "Question", "Answer"],
        ["Data Protection", "", ""],
        ["Note: answers in this section must cover every region where the service runs.", "", ""],
        ["DP-1", "Do you classify data?", ""],
    ]
    merged = ((2, 1, 2, 3), (3, 1, 3, 3))
    found = extract(doc(Sheet("Q", grid(rows), merged=merged)))
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["Q!A2"] == "section" and reasons["Q!A3"] == "instruction"
    assert found.requirements[0].section == "Data Protection"


def test_sheet_without_id_column_single_cell_rows() -> None:
    rows = [
        ["Question", "Answer"],
        ["Physical security", ""],
        ["Are visitors escorted at all times?", ""],
        ["Describe your badge access controls.", "Badges"],
    ]
    found = extract(doc(Sheet("Q", grid(rows))))
    assert [r.question for r in found.requirements] == [
        "Are visitors escorted at all times?",
        "Describe your badge access controls.",
    ]
    assert all(r.section == "Physical security" for r in found.requirements)
    assert all(r.question_id is None for r in found.requirements)


def test_header_words() -> None:
    assert header_role("Question ID") == "id"
    assert header_role("Vendor Response") == "answer"
    assert header_role("Response (Yes/No/N/A)") == "answer"
    assert header_role("Comments and/or additional information") == "comment"
    assert header_role("Question Text") == "question"
    assert header_role("Control Domain") == "section"
    assert header_role("HECVAT - Full | Vendor Response") is None
    assert header_role("Guidance") is None


def test_question_tests_and_sheet_names() -> None:
    assert looks_like_question("Please provide your SOC 2 report")
    assert looks_like_question("The vendor shall encrypt backups.")
    assert looks_like_question("1. Describe your SDLC")
    assert not looks_like_question("Vendor Contact Name")
    assert sheet_name_skip("Institution Evaluation") == "evaluator sheet"
    assert sheet_name_skip("ChangeLog") == "changelog"
    assert sheet_name_skip("Instructions & Questions") is None
    assert sheet_name_skip("Organization") is None


def test_thirty_thousand_rows_all_extracted() -> None:
    # Behaviour only: speed is measured by scripts/bench.py, never by a timed test.
    cells = {(1, 1): "ID", (1, 2): "Question", (1, 3): "Answer", (1, 4): "Comments"}
    for r in range(2, 30_002):
        cells[(r, 1)] = f"Q-{r}"
        cells[(r, 2)] = f"Do you encrypt data at rest for system {r}?"
        cells[(r, 3)] = "Yes"
    sheet = Sheet("Q", cells, validations=(Validation(((2, 3, 30_001, 3),), ("Yes", "No")),))
    found = extract(doc(sheet))
    assert len(found.requirements) == 30_000
    assert found.requirements[-1].question_id == "Q-30001"
    assert found.requirements[-1].choices == ("Yes", "No")


WORDS = st.sampled_from(
    [
        "ID",
        "Question",
        "Answer",
        "Yes",
        "A-1",
        "1.2",
        "Do you log access?",
        "Notes",
        "",
        " ",
        "x" * 120,
        "Section",
        "Describe your SDLC.",
        "Instructions",
        "Vendor name:",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=5), min_size=1, max_size=25))
def test_extraction_never_loses_a_row(rows: list[list[str]]) -> None:
    document = doc(Sheet("Q", grid(rows)), Sheet("R", grid(rows[::-1])))
    assert_accounted(document, extract(document))


def test_workbook_through_the_reader(tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    from socproc.read import read_document

    book = Workbook()
    sheet = book.active
    sheet.title = "Security"
    sheet.append(["Vendor questionnaire"])
    sheet.append([])
    sheet.append(["Question ID", "Question", "Vendor Response", "Comments"])
    sheet.append(["Access control"])
    sheet.merge_cells("A4:D4")
    sheet.append(["AC-1", "Do you enforce\nMFA?", "Yes", ""])
    sheet.append(["AC-2", "Do you review access quarterly?", "", "Ticketed"])
    sheet.row_dimensions[6].hidden = True
    dropdown = DataValidation(type="list", formula1='"Yes,No,N/A"')
    dropdown.add("C5:C6")
    sheet.add_data_validation(dropdown)
    master = book.create_sheet("Master")
    master.append(["ID", "Question"])
    master.append(["AC-1", "Do you enforce MFA?"])
    master.sheet_state = "hidden"
    path = tmp_path / "q.xlsx"
    book.save(path)
    document = read_document(path)
    found = extract(document)
    got = [
        (r.ref, r.question_id, r.question, r.section, r.answer, r.choices, r.hidden)
        for r in found.requirements
    ]
    assert got == [
        (
            "Security!B5",
            "AC-1",
            "Do you enforce MFA?",
            "Access control",
            "Yes",
            ("Yes", "No", "N/A"),
            False,
        ),
        (
            "Security!B6",
            "AC-2",
            "Do you review access quarterly?",
            "Access control",
            None,
            ("Yes", "No", "N/A"),
            True,
        ),
    ]
    assert found.requirements[1].comment == "Ticketed"
    assert_accounted(document, found)


def test_caiq_v3_style_question_id_beats_control_id() -> None:
    rows = [
        ["Consensus Assessments Initiative Questionnaire"],
        [
            "Control Domain",
            "Control ID",
            "Question ID",
            "Control Specification",
            "Consensus Assessment Questions",
            "Consensus Assessment Answers",
            "",
            "",
            "Notes",
        ],
        ["", "", "", "", "", "Yes", "No", "Not Applicable", ""],
        ["", "", "", "", "Application & Interface Security", "", "", "", ""],
        [
            "AIS",
            "AIS-01",
            "AIS-01.1",
            "APIs shall be designed ...",
            "Do you use OWASP SAMM?",
            "X",
            "",
            "",
            "",
        ],
        ["", "", "AIS-01.2", "", "Do you use automated code analysis?", "", "X", "", "n/a"],
    ]
    found = extract(doc(Sheet("CAIQ", grid(rows))))
    got = [(r.question_id, r.section, r.answer, r.comment) for r in found.requirements]
    assert got == [("AIS-01.1", "AIS", "Yes", None), ("AIS-01.2", "AIS", "No", "n/a")]
    # "x" columns: the marked one is the answer; a sheet's marks are left to the reviewer.
    assert {(r.choices, r.answer_ref) for r in found.requirements} == {
        (("Yes", "No", "Not Applicable"), None)
    }
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["CAIQ!E4"] == "section"  # a heading in the question column, not a continuation


def test_numbered_section_title_in_the_id_column_is_a_section() -> None:
    # "1. Access Control" alone in the ID column heads a block; it is not an ID missing its question.
    cells = {
        (1, 1): "Ref",
        (1, 2): "Question",
        (1, 3): "Response",
        (2, 1): "1. Access Control",
        (3, 1): "AC-01",
        (3, 2): "Is MFA enforced for administrators?",
        (4, 1): "AC-02",
        (4, 2): "",
        (5, 1): "2. Data Protection",
        (6, 1): "DP-01",
        (6, 2): "Is customer data encrypted at rest?",
    }
    found = extract(doc(Sheet("Q", {k: v for k, v in cells.items() if v})))
    assert [(r.question_id, r.section) for r in found.requirements] == [
        ("AC-01", "1. Access Control"),
        ("DP-01", "2. Data Protection"),
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["Q!A2"] == "section"
    assert reasons["Q!A4"] == "blank-question"
    assert reasons["Q!A5"] == "section"


def test_numbered_block_titles_head_their_children() -> None:
    # "2 | Third Party Assurance" above "2.1", "2.2" is a section title, not a requirement.
    rows = [
        ("No.", "Requirement", "Response"),
        ("1", "Information Security Policy", ""),
        ("1.1", "The vendor maintains an approved information security policy.", ""),
        ("2", "Third Party Assurance", ""),
        ("2.1", "The vendor shall provide a current SOC 2 Type II report.", ""),
        ("3", "Do you have a dedicated security team?", ""),
        ("3.1", "Describe its reporting line.", ""),
    ]
    cells = {(r, c): v for r, row in enumerate(rows, 1) for c, v in enumerate(row, 1) if v}
    found = extract(doc(Sheet("Q", cells)))
    assert [(r.question_id, r.section) for r in found.requirements] == [
        ("1.1", "Information Security Policy"),
        ("2.1", "Third Party Assurance"),
        ("3", None),  # a question is never demoted, even with children
        ("3.1", None),
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["Q!B2"] == reasons["Q!B4"] == "section"


def test_column_names_in_a_header_row_are_not_sections() -> None:
    rows = [
        ["Ref. #", "MSTG-ID", "Requirement", "Status"],
        ["1", "MSTG-ARCH-1", "All app components are identified and known to be needed.", ""],
        ["2", "MSTG-ARCH-2", "Security controls are never enforced only on the client side.", ""],
    ]
    found = extract(doc(Sheet("Android", grid(rows))))
    assert [(r.question_id, r.section) for r in found.requirements] == [
        ("MSTG-ARCH-1", None),
        ("MSTG-ARCH-2", None),
    ]


def test_embedded_ids_without_a_separator() -> None:
    rows = [
        ["Question", "Answer"],
        ["AI02: Do you train models on customer data?", ""],
        ["AIWF-01: Do you document model workflows?", ""],
        ["Q3) Is there an AI governance policy?", ""],
    ]
    found = extract(doc(Sheet("AI", grid(rows))))
    assert [r.question_id for r in found.requirements] == ["AI02", "AIWF-01", "Q3"]
    assert found.requirements[0].question == "Do you train models on customer data?"


def test_document_request_list_is_read_as_requests() -> None:
    rows = [
        ["#", "Document Requested", "Provided (Y/N)", "Comments"],
        ["1", "Information Security Policy", "", ""],
        ["2", "Business Continuity Plan", "", ""],
        ["3", "Latest penetration test report", "", ""],
    ]
    found = extract(doc(Sheet("Standard Request List", grid(rows))))
    got = [(r.question_id, r.question, r.answer_ref) for r in found.requirements]
    assert got == [
        ("1", "Information Security Policy", "C2"),
        ("2", "Business Continuity Plan", "C3"),
        ("3", "Latest penetration test report", "C4"),
    ]


def test_contact_fields_are_requirements_not_labels() -> None:
    rows = [
        ["Question", "Response"],
        ["Vendor name:", ""],
        ["Contact email:", ""],
        ["Phone number:", ""],
        ["Do you hold a SOC 2 Type II report?", ""],
    ]
    found = extract(doc(Sheet("Vendor", grid(rows))))
    assert [r.question for r in found.requirements] == [
        "Vendor name",
        "Contact email",
        "Phone number",
        "Do you hold a SOC 2 Type II report?",
    ]


def test_topic_rows_are_sections_and_a_topic_number_goes_to_its_question() -> None:
    rows = [
        ["No.", "Question", "Answer"],
        ["5", "Access Control", ""],
        ["", "Do you enforce multi-factor authentication?", ""],
        ["", "Data Protection", "Answer"],
        ["6", "Do you encrypt backups?", ""],
    ]
    found = extract(doc(Sheet("Q", grid(rows))))
    got = [(r.question_id, r.question, r.section) for r in found.requirements]
    assert got == [
        ("5", "Do you enforce multi-factor authentication?", "Access Control"),
        ("6", "Do you encrypt backups?", "Data Protection"),
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    # The second topic repeats a header word: read as a header row whose label is the section.
    assert reasons["Q!B2"] == "section" and reasons["Q!B4"] == "header"


def test_per_platform_sheets_keep_their_own_requirements() -> None:
    rows = [
        ["MSTG-ID", "Requirement", "Status"],
        ["MSTG-ARCH-1", "All app components are identified and known to be needed.", ""],
        ["MSTG-ARCH-2", "Security controls are never enforced only on the client side.", ""],
        ["MSTG-ARCH-3", "A high-level architecture for the app has been defined.", ""],
    ]
    roadmap = [
        ["MSTG-ID", "Requirement", "Status", "Comments"],
        *[[*r[:2], "", ""] for r in rows[1:]],
    ]
    found = extract(
        doc(Sheet("Android", grid(rows)), Sheet("iOS", grid(rows)), Sheet("Plan", grid(roadmap)))
    )
    assert [r.ref for r in found.requirements] == [
        "Android!B2",
        "Android!B3",
        "Android!B4",
        "iOS!B2",
        "iOS!B3",
        "iOS!B4",
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["Plan!B2"] == "duplicate of Android!B2"  # a view of the same answers


def test_x_columns_of_compliance_levels_are_one_choice() -> None:
    rows = [
        ["ID", "Requirement", "Compliant", "Partially Compliant", "Non-Compliant", "Notes"],
        ["R-1", "The supplier shall encrypt data at rest.", "", "x", "", ""],
        ["R-2", "The supplier shall log administrator actions.", "", "", "", ""],
    ]
    found = extract(doc(Sheet("Checklist", grid(rows))))
    first, second = found.requirements
    assert first.choices == ("Compliant", "Partially Compliant", "Non-Compliant")
    assert (first.answer, second.answer, first.comment_ref) == ("Partially Compliant", None, "F2")


def test_titles_above_repeated_headers_are_sections_and_score_rows_are_not_questions() -> None:
    rows = [
        ["Governance"],
        ["#", "Question", "Response", "Evidence/Notes"],
        ["1.1", "Do you have a dedicated security team?", "", ""],
        ["Backups"],
        ["#", "Question", "Response", "Evidence/Notes"],
        ["1.2", "Are backups encrypted?", "", ""],
        [],
        ["Section", "Max Score", "Actual Score", "%"],
        ["1. Governance", "45", "", ""],
    ]
    found = extract(doc(Sheet("Q", grid(rows))))
    got = [(r.question_id, r.section) for r in found.requirements]
    assert got == [("1.1", "Governance"), ("1.2", "Backups")]
    assert {s.ref: s.reason for s in found.skipped}["Q!A9"] == "no-question"


def test_a_request_that_names_a_response_is_a_question_not_a_header() -> None:
    rows = [
        ["Ref", "Question", "Answer"],
        ["Q7", "Is data encrypted at rest?", "Yes"],
        ["Q8", "Explain your breach response procedure.", ""],
        ["Q9", "Please describe the response times of your support desk", ""],
        ["Q10", "Are backups tested?", "No"],
    ]
    sheet = Sheet("Sheet1", grid(rows))
    found = extract(doc(sheet))
    assert [r.question_id for r in found.requirements] == ["Q7", "Q8", "Q9", "Q10"]
    assert [s.reason for s in found.skipped] == ["header"]
    assert_accounted(doc(sheet), found)


def test_an_instruction_column_beside_header_words_keeps_the_header() -> None:
    rows = [
        ["ID", "Question", "Response", "Please provide any supporting evidence"],
        ["Q1", "Is data encrypted at rest?", "Yes", ""],
        ["Q2", "Are backups tested?", "No", ""],
    ]
    sheet = Sheet("Sheet1", grid(rows))
    found = extract(doc(sheet))
    assert [r.question_id for r in found.requirements] == ["Q1", "Q2"]
    assert [r.section for r in found.requirements] == [None, None]
    assert [s.reason for s in found.skipped] == ["header"]
