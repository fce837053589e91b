"""The answer library: import from completed questionnaires, re-import, CLI, reuse quality."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import ModuleType

import openpyxl
import pytest
from click.testing import CliRunner
from helpers import CORPUS, CORPUS_HINT, load_script

from socproc.cli import cli
from socproc.import_answers import ImportReport, import_answers, questionnaire_family, write_library
from socproc.inventory.load import ApprovedAnswer, Inventory, load_answers

ROOT = Path(__file__).resolve().parents[1]
COMPLETED = CORPUS / "EDUCAUSE_HECVAT_Full_v3.00_completed_OpenDSA_2022-08-30.xlsx"
BLANK = CORPUS / "EDUCAUSE_HECVAT_Full_v3.06_blank.xlsx"

# ID, question, answer, comment: a vendor's completed security questionnaire.
ROWS: list[tuple[str, str, str | None, str | None]] = [
    ("SEC-01", "Do you encrypt customer data at rest?", "Yes", "AES-256 on every volume."),
    ("SEC-02", "Do you encrypt customer data in transit?", "Yes", None),
    ("SEC-03", "Do you have a SOC 2 Type II report?", "No", "None"),
    ("SEC-04", "Do you perform annual penetration tests?", None, None),  # unanswered
    ("SEC-05", "Web link to your privacy notice", "N/A", None),  # placeholder
    ("SEC-06", "Date completed", "2025-03-01", None),  # the form's date: not reusable
    ("SEC-07", "Describe your backup strategy.", None, "Nightly snapshots, kept 35 days."),
]


def _questionnaire(path: Path, rows: list[tuple[str, str, str | None, str | None]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Security"
    ws.append(["ID", "Question", "Answer", "Comments"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_import_pairs_each_answered_question_with_its_answer(tmp_path: Path) -> None:
    done = _questionnaire(tmp_path / "Acme_Security_Questionnaire_2025-03-01.xlsx", ROWS)
    report = import_answers([done])
    assert (
        report.summary() == "4 answers imported from 1 file: 4 new, 0 updated, 3 unanswered skipped"
    )
    by_id = {a.question_id: a for a in report.answers}
    assert by_id["SEC-01"] == ApprovedAnswer(
        question="Do you encrypt customer data at rest?",
        answer="Yes. AES-256 on every volume.",
        question_id="SEC-01",
        source=done.name,
        sheet="Security",
        ref="B2",
    )
    assert by_id["SEC-02"].answer == "Yes"
    assert by_id["SEC-03"].answer == "No"  # a comment of "None" adds nothing
    assert by_id["SEC-07"].answer == "Nightly snapshots, kept 35 days."
    assert sorted((s.ref.split("!")[-1], s.reason) for s in report.skipped) == [
        ("B5", "unanswered"),
        ("B6", "placeholder"),
        ("B7", "placeholder"),
    ]


def test_library_file_is_valid_for_load_answers(tmp_path: Path) -> None:
    report = import_answers([_questionnaire(tmp_path / "acme.xlsx", ROWS)])
    out = write_library(tmp_path / "answers.yaml", report.answers)
    assert load_answers(out) == report.answers
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, nothing left behind


def test_reimporting_a_newer_completion_updates_in_place(tmp_path: Path) -> None:
    library = tmp_path / "answers.yaml"
    first = _questionnaire(tmp_path / "Acme_Security_Questionnaire_v1_2025-03-01.xlsx", ROWS)
    write_library(library, import_answers([first], library).answers)
    newer = [
        ("SEC-01", "Do you encrypt customer data at rest?", "Yes", "AES-256-GCM, keys in KMS."),
        ("SEC-02", "Do you encrypt customer data in transit?", "Yes", None),  # unchanged
        # Renumbered, same question: the text finds the old entry.
        ("SEC-30", "Do you have a SOC 2 Type II report?", "Yes", None),
        ("SEC-08", "Do you run a bug bounty programme?", "No", None),
    ]
    second = _questionnaire(tmp_path / "Acme_Security_Questionnaire_v2_final.xlsx", newer)
    report = import_answers([second], library)
    assert (
        report.summary() == "4 answers imported from 1 file: 1 new, 2 updated, 0 unanswered skipped"
    )
    by_question = {a.question: a for a in report.answers}
    assert len(report.answers) == 5  # SEC-07 kept from the first completion; nothing doubled
    assert by_question["Do you encrypt customer data at rest?"].answer.endswith("keys in KMS.")
    assert by_question["Do you have a SOC 2 Type II report?"].question_id == "SEC-30"
    assert by_question["Describe your backup strategy."].source == first.name


def test_other_questionnaires_are_kept_apart(tmp_path: Path) -> None:
    acme = _questionnaire(tmp_path / "acme.xlsx", ROWS[:1])
    other = _questionnaire(tmp_path / "globex.xlsx", [(*ROWS[0][:2], "No", None)])
    report = import_answers([acme, other])
    assert [a.answer for a in report.answers] == ["Yes. AES-256 on every volume.", "No"]
    assert (report.new, report.updated) == (2, 0)


@pytest.mark.parametrize(
    ("name", "family"),
    [
        (
            "EDUCAUSE_HECVAT_Full_v3.00_completed_OpenDSA_2022-08-30.xlsx",
            "educause hecvat full opendsa",
        ),
        ("EDUCAUSE_HECVAT_Full_v3.06_final_OpenDSA.xlsx", "educause hecvat full opendsa"),
        ("Acme Security Questionnaire (copy).docx", "acme security questionnaire"),
        ("2024.csv", "2024"),
    ],
)
def test_questionnaire_family(name: str, family: str) -> None:
    assert questionnaire_family(name) == family


def test_reused_answer_is_mapped_and_written_in_the_buyers_words(tmp_path: Path) -> None:
    """A reused answer still gets status and flags; a contradiction of the holdings is a
    conflict; the dropdown gets the buyer's own value."""
    from socproc.mapping.map import map_requirement
    from socproc.model import Classification, Requirement, SocNeed, Status

    library = [
        ApprovedAnswer("Select your hosting tier", "Tier II. Two power feeds.", source="old.xlsx"),
        ApprovedAnswer("Do you have a SOC 1 report?", "Yes, our SOC 1 Type II.", source="old.xlsx"),
    ]
    inventory = Inventory(vendor="Acme")
    tier = Requirement("Q!B2", "Select your hosting tier.", choices=("Tier I", "Tier II", "N/A"))
    m = map_requirement(
        tier, Classification(confidence=0.9), inventory, date(2026, 11, 26), answers=library
    )
    assert m.answer == "Tier II"
    assert m.answer_source is not None and m.answer_source.source == "old.xlsx"
    soc1 = Requirement("Q!B3", "Do you have a SOC 1 report?", choices=("Yes", "No"))
    cls = Classification(soc_need=(SocNeed.SOC1,), confidence=0.9)
    m = map_requirement(soc1, cls, inventory, date(2026, 11, 26), answers=library)
    assert m.status is Status.REVIEW and "conflict" in m.flags
    assert m.answer_source is not None


# --------------------------------------------------------------------------- CLI


def test_cli_import_writes_the_library(tmp_path: Path) -> None:
    done = _questionnaire(tmp_path / "acme.xlsx", ROWS)
    out = tmp_path / "answers.yaml"
    result = CliRunner().invoke(cli, ["answers", "import", str(done), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (
        result.output == "4 answers imported from 1 file: 4 new, 0 updated, 3 unanswered skipped\n"
    )
    # The CLI gives what the library gives.
    assert load_answers(out) == import_answers([done]).answers
    again = CliRunner().invoke(cli, ["answers", "import", str(done), "--out", str(out)])
    assert (
        again.output == "4 answers imported from 1 file: 0 new, 0 updated, 3 unanswered skipped\n"
    )


def test_cli_import_reports_a_bad_file_and_imports_the_rest(tmp_path: Path) -> None:
    done = _questionnaire(tmp_path / "acme.xlsx", ROWS)
    missing = tmp_path / "missing.xlsx"
    out = tmp_path / "answers.yaml"
    result = CliRunner().invoke(
        cli, ["answers", "import", str(missing), str(done), "--out", str(out)]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{missing}: ")
    assert (
        result.stdout == "4 answers imported from 1 file: 4 new, 0 updated, 3 unanswered skipped\n"
    )
    assert len(load_answers(out)) == 4


def test_cli_import_refuses_an_invalid_library(tmp_path: Path) -> None:
    done = _questionnaire(tmp_path / "acme.xlsx", ROWS)
    out = tmp_path / "answers.yaml"
    out.write_text("answers:\n- question: Do you encrypt?\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["answers", "import", str(done), "--out", str(out)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"{out}: answers[0]: missing required key 'answer' — add 'answer: ...' (line 2)\n"
    )
    assert out.read_text(encoding="utf-8") == "answers:\n- question: Do you encrypt?\n"


def test_cli_import_needs_files_and_out() -> None:
    assert CliRunner().invoke(cli, ["answers", "import", "--out", "x.yaml"]).exit_code == 2
    assert CliRunner().invoke(cli, ["answers", "import", "a.xlsx"]).exit_code == 2


# --------------------------------------------------------------------------- quality


def _evaluate() -> ModuleType:
    return load_script("evaluate")


def test_cross_layout_pairs_are_matched_without_false_reuse() -> None:
    pairs = _evaluate().evaluate_answer_pairs()
    assert pairs["fp"] == 0, pairs["errors"]  # a wrong reused answer costs more than a miss
    assert pairs["recall"] >= 0.70, pairs["errors"]


@pytest.mark.corpus
def test_hecvat_300_answers_hecvat_306() -> None:
    if not (COMPLETED.exists() and BLANK.exists()):
        pytest.skip("corpus not available")
    reuse = _evaluate().evaluate_answer_reuse()
    assert reuse["precision"] >= 0.98, reuse["errors"]
    assert reuse["recall"] >= 0.90, reuse["errors"]


def test_import_report_counts() -> None:
    report = ImportReport((), files=2, imported=0, new=0, updated=0)
    assert (
        report.summary()
        == "0 answers imported from 2 files: 0 new, 0 updated, 0 unanswered skipped"
    )


# A CAIQ-like form: one sub-question asked under two domains, and one that points back.
SUBQUESTIONS: list[tuple[str, str, str | None, str | None]] = [
    ("IAM-01", "Are identity and access management policies established?", "Yes", None),
    ("IAM-02", "Are the policies and procedures reviewed and updated annually?", "Yes", None),
    ("BCR-01", "Are business continuity policies established?", "Yes", None),
    ("BCR-02", "Are the policies and procedures reviewed and updated annually?", "No", None),
    ("DSP-01", "Do customers own their data, inputs and outputs?", "Yes", None),
    ("DSP-02", "Are these rights kept through an acquisition?", "Yes", None),
]


def test_same_text_under_other_ids_stays_separate_with_its_parent(tmp_path: Path) -> None:
    done = _questionnaire(tmp_path / "caiq.xlsx", SUBQUESTIONS)
    report = import_answers([done])
    by_id = {a.question_id: a for a in report.answers}
    assert sorted(by_id) == ["BCR-01", "BCR-02", "DSP-01", "DSP-02", "IAM-01", "IAM-02"]
    assert by_id["IAM-02"].context == "Are identity and access management policies established?"
    assert by_id["BCR-02"].context == "Are business continuity policies established?"
    assert by_id["DSP-02"].context == "Do customers own their data, inputs and outputs?"
    assert by_id["IAM-01"].context is None  # a question with a subject of its own
    # Re-importing the same file updates each in place: still six, none merged.
    again = import_answers([done, done])
    assert len(again.answers) == 6


def test_parent_context_survives_the_library_file(tmp_path: Path) -> None:
    report = import_answers([_questionnaire(tmp_path / "caiq.xlsx", SUBQUESTIONS)])
    path = write_library(tmp_path / "answers.yaml", report.answers)
    assert load_answers(path) == report.answers


def test_hecvat_300_keeps_questions_asked_twice() -> None:
    if not COMPLETED.exists():
        pytest.skip(CORPUS_HINT)
    ids = {a.question_id for a in import_answers([COMPLETED]).answers}
    assert {"CHNG-11", "CHNG-14", "PPPR-06", "IH-01"} <= ids
    assert len(ids) == 177
