"""--layout files: validation messages, file matching, and extraction with pinned columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from socproc.errors import LayoutError
from socproc.extract import extract
from socproc.model import Document, Sheet
from socproc.read.layout import SheetLayout, load_layout


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "layout.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_and_match_first_rule_wins(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "- {match: 'acme*.xlsx', sheet: Questions, header_row: 3, question: C, id: a, answer: E}\n"
        "- {match: '*.xlsx', question: B}\n",
    )
    rules = load_layout(path)
    assert rules.for_file("inbox/ACME-2026.xlsx") == SheetLayout(
        match="acme*.xlsx", question=3, sheet="Questions", header_row=3, id=1, answer=5
    )
    other = rules.for_file("bank.xlsx")
    assert other is not None and other.question == 2 and other.sheet is None
    assert rules.for_file("form.docx") is None


BAD = [
    ("{match: x}", "must be a non-empty list of rules"),
    ("- {match: 'a.xlsx'}", ":[0]: 'question' is required"),
    ("- {match: 'a.xlsx', question: B, colour: red}", ":[0].colour: unknown key 'colour'"),
    ("- {match: 'a.xlsx', question: 2}", ":[0].question: '2' is not a column letter"),
    ("- {match: 'a.xlsx', question: B, header_row: 0}", ":[0].header_row: '0' is not a row number"),
    ("- {match: 'a.xlsx', question: ZZZZ}", ":[0].question: 'ZZZZ' is not a column letter"),
    ("- {match: '', question: B}", ":[0].match: must be a file-name glob"),
    ("- [a, b]", ":[0]: a rule must be a mapping"),
    ("- {match: 'a.xlsx', question: B\n", "is not valid YAML"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_layouts_name_the_key_and_the_fix(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LayoutError) as caught:
        load_layout(path)
    line = str(caught.value)
    assert line.startswith(str(path))
    assert message in line
    assert " — " in line and "\n" not in line


def test_missing_layout_file(tmp_path: Path) -> None:
    with pytest.raises(LayoutError, match="cannot read the layout file"):
        load_layout(tmp_path / "nope.yaml")


def _odd_sheet() -> Sheet:
    # Nothing here says "question": detection would take column A's IDs-with-text.
    cells = {
        (1, 1): "Bank of Examples vendor form",
        (2, 1): "Area",
        (2, 2): "Item",
        (2, 3): "Text",
        (2, 4): "Reply",
        (3, 1): "Security",
        (3, 2): "S1",
        (3, 3): "Encryption at rest",
        (3, 4): "AES-256",
        (4, 2): "S2",
        (4, 3): "Key rotation",
    }
    return Sheet("Form", cells)


def test_extract_with_pinned_sheet_header_and_columns() -> None:
    other = Sheet("Notes", {(1, 1): "Do you read this?"})
    document = Document("bank.xlsx", "xlsx", (other, _odd_sheet()))
    rule = SheetLayout(
        match="bank*", question=3, sheet="Form", header_row=2, id=2, answer=4, section=1
    )
    found = extract(document, rule)
    got = [
        (r.ref, r.question_id, r.question, r.answer, r.answer_ref, r.section)
        for r in found.requirements
    ]
    assert got == [
        ("Form!C3", "S1", "Encryption at rest", "AES-256", "D3", "Security"),
        ("Form!C4", "S2", "Key rotation", None, "D4", "Security"),
    ]
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons == {
        "Notes": "sheet-skipped: not the layout's sheet",
        "Form!A1": "above-header",
        "Form!A2": "header",
    }


def test_layout_sheet_missing_from_file_is_a_layout_error() -> None:
    document = Document("bank.xlsx", "xlsx", (_odd_sheet(),))
    with pytest.raises(LayoutError, match="does not have"):
        extract(document, SheetLayout(match="*", question=3, sheet="Questions"))


def test_layout_without_sheet_applies_to_every_question_sheet() -> None:
    hidden = Sheet("Master", {(1, 1): "x", (1, 3): "Do you log access?"}, state="hidden")
    readme = Sheet("Read Me", {(1, 3): "Describe nothing here."})
    document = Document("bank.xlsx", "xlsx", (_odd_sheet(), hidden, readme))
    found = extract(document, SheetLayout(match="*", question=3, header_row=2, id=2))
    assert [r.ref for r in found.requirements] == ["Form!C3", "Form!C4"]
    whole = {s.ref: s.reason for s in found.skipped if "!" not in s.ref}
    assert whole == {
        "Master": "sheet-skipped: hidden sheet",
        "Read Me": "sheet-skipped: instructions",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- {match: a.xlsx, question: B, match: b.xlsx}\n", "duplicate key 'match'"),
        ("- {match: a.xlsx, question: B, header_row: " + "9" * 5000 + "}\n", "a number of 5,000"),
        (
            "a: &a [x,x,x,x,x,x,x,x,x]\n"
            + "".join(
                f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n"
                for p, c in zip("abcdef", "bcdefg", strict=True)
            ),
            "anchors and aliases",
        ),
        ("- " + "[" * 3000 + "]" * 3000 + "\n", "nested more than"),
    ],
    ids=["duplicate key", "huge number", "alias bomb", "deep nesting"],
)
def test_hostile_layout_files_are_one_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "layout.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LayoutError) as info:
        load_layout(path)
    assert expected in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "- {match: a.xlsx, question: B, header_row: !!float x}\n",
        "- {match: a\x00}\n",
        "!!bool maybe\n",
    ],
    ids=["bad tagged float", "NUL byte", "bad tagged bool"],
)
def test_values_their_tags_cannot_read_are_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "layout.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LayoutError) as info:
        load_layout(path)
    assert "\n" not in str(info.value)
