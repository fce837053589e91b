"""The review loop through real files: review the workbook, apply, re-run, edit by hand, re-run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.datavalidation import DataValidation

from socproc.cli import cli
from socproc.review import ReviewedRow, machine_digest, match_rows, read_review
from socproc.write.jsonout import run_record_errors
from socproc.write.review_sheets import CARRIED_SHEET

ROOT = Path(__file__).resolve().parents[1]
INVENTORY = ROOT / "samples" / "inventory.yaml"
AS_OF = "2026-11-26"
QUESTIONS = [
    (
        "AC-01",
        "Is multi-factor authentication enforced for all administrative access to production?",
    ),
    ("DP-01", "Is customer data encrypted at rest and in transit (TLS 1.2 or higher)?"),
    ("OM-01", "Do you operate a 24x7 Security Operations Center staffed by your own analysts?"),
    ("IR-01", "Have you had a security breach affecting customer data in the last 5 years?"),
    ("CM-01", "Are changes to production code peer reviewed and approved before deployment?"),
]


def make_questionnaire(path: Path, questions: list[tuple[str, str]] = QUESTIONS) -> None:
    """A buyer's sheet: a title, a header, questions, a Yes/No/N/A answer dropdown, comments."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Security"
    ws.append(["Vendor security questionnaire"])
    ws.append(["ID", "Question", "Answer", "Comments"])
    for qid, text in questions:
        ws.append([qid, text, None, None])
    dv = DataValidation(type="list", formula1='"Yes,No,N/A"', allow_blank=True)
    dv.add(f"C3:C{len(questions) + 2}")
    ws.add_data_validation(dv)
    wb.save(path)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def run(inbox: Path, out: Path, *extra: str, inventory: Path = INVENTORY) -> tuple[int, str, str]:
    return invoke(
        "run",
        str(inbox),
        "--inventory",
        str(inventory),
        "--out",
        str(out),
        "--as-of",
        AS_OF,
        *extra,
    )


def responses(path: Path) -> dict[str, dict[str, Any]]:
    """The Responses sheet by Question ID: header → value."""
    ws = openpyxl.load_workbook(path)["Responses"]
    rows = list(ws.iter_rows(values_only=True))
    return {r[1]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}


def review(path: Path, decisions: dict[str, tuple[str | None, str | None, str | None]]) -> None:
    """A reviewer's edit in Excel: (Final Answer, Final Response, Approved) by Question ID."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Responses"]
    head = {c.value: c.column for c in ws[1]}
    for row in range(2, ws.max_row + 1):
        qid = ws.cell(row, head["Question ID"]).value
        if qid in decisions:
            names = ("Final Answer", "Final Response", "Approved")
            for name, value in zip(names, decisions[qid], strict=True):
                ws.cell(row, head[name]).value = value
    wb.save(path)


def answer_cells(path: Path) -> dict[str, tuple[Any, Any]]:
    ws = openpyxl.load_workbook(path)["Security"]
    return {r[0]: (r[2], r[3]) for r in ws.iter_rows(min_row=3, values_only=True)}


def run_record(out: Path) -> dict[str, Any]:
    """`_run.json`, checked against schemas/run.schema.json."""
    record: dict[str, Any] = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    assert run_record_errors(record) == []
    return record


@pytest.fixture
def loop(tmp_path: Path) -> tuple[Path, Path]:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    make_questionnaire(inbox / "q.xlsx")
    assert run(inbox, out)[0] == 0
    return inbox, out


def test_review_apply_rerun_and_hand_edits_lose_nothing(loop: tuple[Path, Path]) -> None:
    inbox, out = loop
    before = responses(out / "q.response.xlsx")
    assert {"Final Answer", "Final Response", "Approved"} <= set(before["AC-01"])
    filled = [q for q, row in before.items() if row["Filled"] == "Yes"]
    unfilled = [q for q, row in before.items() if row["Filled"] == "No"]
    assert filled and len(unfilled) >= 2, before
    approved, pending = unfilled[0], unfilled[1]
    rejected = filled[0]
    review(
        out / "q.response.xlsx",
        {
            approved: ("No", "No. We have not had one.", "Yes"),
            rejected: (None, None, "No"),
            pending: ("Yes", None, None),
        },
    )

    code, text, err = invoke("apply", str(out / "q.response.xlsx"))
    assert (code, err) == (0, "")
    assert text.startswith(f"q.response.xlsx: wrote {out / 'q.filled.xlsx'} from ")
    assert "1 approved final, " in text and "1 awaiting approval, 1 rejected" in text
    cells = answer_cells(out / "q.filled.xlsx")
    assert cells[approved] == ("No", "No. We have not had one.")
    assert cells[rejected] == (None, None)
    assert cells[pending] == (None, None)
    for qid in filled[1:]:
        assert cells[qid][0] == before[qid]["Answer"]
    copy = openpyxl.load_workbook(out / "q.filled.xlsx")["Security"]
    assert [dv.formula1 for dv in copy.data_validations.dataValidation] == ['"Yes,No,N/A"']
    applied = (out / "q.filled.xlsx").read_bytes()

    # Nothing changed: nothing is redone, the final copy stays.
    code, text, _ = run(inbox, out)
    assert text.startswith("1 inputs: 0 ok, 1 skipped")
    assert (out / "q.filled.xlsx").read_bytes() == applied

    # Redone: the reviewer's columns come along; the final copy is kept, the run's goes beside.
    code, text, _ = run(inbox, out, "--force")
    assert code == 0
    assert (
        "q.xlsx: q.filled.xlsx written by socproc apply — kept; this run's copy is"
        " q.filled.new.xlsx" in text
    )
    assert (out / "q.filled.xlsx").read_bytes() == applied
    assert (out / "q.filled.new.xlsx").exists()
    assert not (out / "q.response.new.xlsx").exists()  # only reviewer columns were edited
    after = responses(out / "q.response.xlsx")
    assert (after[approved]["Final Answer"], after[approved]["Approved"]) == ("No", "Yes")
    assert after[rejected]["Approved"] == "No"
    assert (after[pending]["Final Answer"], after[pending]["Approved"]) == ("Yes", None)
    entry = run_record(out)["inputs"][0]
    assert entry["reason"] == "forced"
    assert entry["kept"] == [
        {"path": "q.filled.xlsx", "new": "q.filled.new.xlsx", "why": "written by socproc apply"}
    ]
    assert entry["review"] == {"carried": 3, "carried_over": 0}

    # A hand edit of a machine column keeps that workbook; the new one goes beside it.
    wb = openpyxl.load_workbook(out / "q.response.xlsx")
    wb["Responses"]["K2"] = "Our own words."
    wb.save(out / "q.response.xlsx")
    code, text, _ = run(inbox, out, "--force")
    assert "q.response.xlsx changed by hand since socproc wrote it — kept" in text
    assert responses(out / "q.response.new.xlsx")[approved]["Final Answer"] == "No"
    assert openpyxl.load_workbook(out / "q.response.xlsx")["Responses"]["K2"].value == (
        "Our own words."
    )

    # The reviewer goes on in the new workbook: the next run carries that work too, and keeps
    # both workbooks (each now changed by hand) beside its own.
    review(out / "q.response.new.xlsx", {rejected: ("No", "Not any more.", "Yes")})
    code, text, _ = run(inbox, out, "--force")
    assert "q.xlsx: q.response.new.xlsx changed by hand since socproc wrote it — kept\n" in text
    newest = responses(out / "q.response.new2.xlsx")
    assert (newest[rejected]["Final Response"], newest[rejected]["Approved"]) == (
        "Not any more.",
        "Yes",
    )
    assert (newest[approved]["Final Answer"], newest[approved]["Approved"]) == ("No", "Yes")
    kept = {k["path"]: k["new"] for k in run_record(out)["inputs"][0]["kept"]}
    assert kept == {
        "q.filled.xlsx": "q.filled.new.xlsx",
        "q.response.xlsx": "q.response.new2.xlsx",
        "q.response.new.xlsx": "",
    }


def test_a_hand_edited_filled_copy_is_never_overwritten(loop: tuple[Path, Path]) -> None:
    inbox, out = loop
    wb = openpyxl.load_workbook(out / "q.filled.xlsx")
    wb["Security"]["D3"] = "Edited by the sales engineer."
    wb.save(out / "q.filled.xlsx")
    edited = (out / "q.filled.xlsx").read_bytes()
    for _ in range(2):
        code, text, _ = run(inbox, out, "--force")
        assert code == 0
        assert (
            "q.xlsx: q.filled.xlsx changed by hand since socproc wrote it — kept; this run's copy"
            " is q.filled.new.xlsx" in text
        )
        assert (out / "q.filled.xlsx").read_bytes() == edited
        assert (out / "q.filled.new.xlsx").exists()
    # The edited copy moved away: the next run writes its own there, and clears the one beside.
    (out / "q.filled.xlsx").unlink()
    code, text, _ = run(inbox, out)
    assert run_record(out)["inputs"][0]["reason"] == "outputs missing"
    assert (out / "q.filled.xlsx").exists() and not (out / "q.filled.new.xlsx").exists()


def test_the_inventory_counts_as_changed_only_when_its_meaning_does(
    loop: tuple[Path, Path], tmp_path: Path
) -> None:
    inbox, out = loop
    inventory = tmp_path / "inventory.yaml"
    shutil.copy(INVENTORY, inventory)
    # The first run used the sample inventory from another path: the same meaning.
    _code, text, _ = run(inbox, out, inventory=inventory)
    assert text.startswith("1 inputs: 0 ok, 1 skipped")
    inventory.write_text(
        "# reviewed by the compliance lead\n\n" + inventory.read_text() + "\n# end\n"
    )
    _, text, _ = run(inbox, out, inventory=inventory)
    assert text.startswith("1 inputs: 0 ok, 1 skipped")
    assert run_record(out)["inputs"][0]["reason"] == "unchanged"
    text_now = inventory.read_text()
    vendor = next(line for line in text_now.splitlines() if line.startswith("vendor:"))
    inventory.write_text(text_now.replace(vendor, "vendor: Renamed Vendor Ltd"))
    _, text, _ = run(inbox, out, inventory=inventory)
    assert "q.xlsx: ok (inventory changed) — 5 requirements" in text
    entry = run_record(out)["inputs"][0]
    assert entry["reason"] == "inventory changed"
    assert entry["changes"] == 0
    assert sum(entry["counts"].values()) == 5
    assert entry["filled"] + entry["not_filled"] == 5


def test_rows_that_no_longer_match_are_carried_over_never_dropped(
    loop: tuple[Path, Path],
) -> None:
    inbox, out = loop
    review(
        out / "q.response.xlsx",
        {
            "OM-01": ("No", "We use a managed detection provider.", "Yes"),
            "CM-01": ("Yes", None, "Yes"),
        },
    )
    # The buyer's next edition: a new first question moves every row; OM-01 is reworded.
    questions = [("AC-00", "Do you have a written information security policy?"), *QUESTIONS]
    questions[3] = ("OM-01", "Describe your security monitoring arrangements.")
    make_questionnaire(inbox / "q.xlsx", questions)
    _, text, _ = run(inbox, out)
    assert "q.xlsx: ok (input changed)" in text
    assert "1 reviews carried over, 1 on the Carried Over sheet" in text
    rows = responses(out / "q.response.xlsx")
    assert (rows["CM-01"]["Final Answer"], rows["CM-01"]["Approved"]) == ("Yes", "Yes")
    assert rows["OM-01"]["Final Answer"] is None
    sheet = openpyxl.load_workbook(out / "q.response.xlsx")[CARRIED_SHEET]
    carried = list(sheet.iter_rows(values_only=True))
    assert carried[1][1:7] == (
        "OM-01",
        QUESTIONS[2][1],
        carried[1][3],
        "No",
        "We use a managed detection provider.",
        "Yes",
    )
    # And again: what sits on the Carried Over sheet stays there.
    run(inbox, out, "--force")
    again = openpyxl.load_workbook(out / "q.response.xlsx")[CARRIED_SHEET]
    assert [r[4:7] for r in again.iter_rows(min_row=2, values_only=True)] == [
        ("No", "We use a managed detection provider.", "Yes")
    ]


def test_apply_says_where_the_original_was_and_takes_source(loop: tuple[Path, Path]) -> None:
    inbox, out = loop
    moved = inbox.parent / "elsewhere.xlsx"
    (inbox / "q.xlsx").rename(moved)
    code, _, err = invoke("apply", str(out / "q.response.xlsx"))
    assert code == 1
    assert err == (
        f"q.response.xlsx: the original q.xlsx is not at {(inbox / 'q.xlsx').absolute()}"
        " — pass --source\n"
    )
    code, _, err = invoke("apply", str(out / "q.response.xlsx"), "--source", str(moved))
    assert (code, err) == (0, "")
    assert (out / "q.filled.xlsx").exists()
    code, _, err = invoke("apply", str(inbox.parent / "nothing.response.xlsx"))
    assert code == 1 and err.endswith("nothing.response.xlsx: does not exist — check the path\n")


def test_answers_import_takes_the_approved_rows_of_a_reviewed_workbook(
    loop: tuple[Path, Path], tmp_path: Path
) -> None:
    _, out = loop
    review(
        out / "q.response.xlsx",
        {
            "OM-01": ("No", "No. Monitoring is provided by our MDR partner.", "Yes"),
            "IR-01": ("No", None, None),  # not approved: not in the library
        },
    )
    library = tmp_path / "answers.yaml"
    code, text, _ = invoke("answers", "import", str(out / "q.response.xlsx"), "--out", str(library))
    assert code == 0 and text.startswith("1 answers imported from 1 file")
    import yaml

    entries = yaml.safe_load(library.read_text())["answers"]
    assert entries == [
        {
            "question_id": "OM-01",
            "question": QUESTIONS[2][1],
            "answer": "No. Monitoring is provided by our MDR partner.",
            "source": "q.xlsx",
            "sheet": "Security",
            "ref": "B5",
        }
    ]


def test_files_that_are_not_questionnaires_are_listed_with_what_to_do(
    loop: tuple[Path, Path],
) -> None:
    inbox, out = loop
    (inbox / "policy.pdf").write_bytes(b"%PDF-1.4")
    (inbox / "notes.txt").write_text("call the buyer")
    (inbox / "~$q.xlsx.tmp").write_text("")  # a temporary file: not worth a word
    code, text, _ = run(inbox, out)
    assert code == 0
    assert "policy.pdf: a PDF is not read — convert it to .docx (or the table to .xlsx)" in text
    record = run_record(out)
    assert [i["path"] for i in record["ignored"]] == ["notes.txt", "policy.pdf"]
    assert record["recommendation"]["report"] == "SOC 1 Type II" or record["recommendation"]
    assert record["inputs"][0]["reason"] == "unchanged"


def test_reviewed_rows_match_by_ref_then_by_a_question_asked_once() -> None:
    rows = [
        ReviewedRow("S!B3", "Is MFA on?"),
        ReviewedRow("S!B4", "Is data encrypted?"),
        ReviewedRow("S!B9", "Gone?"),
    ]
    matched, left = match_rows(rows, [("S!B3", "is  MFA on?"), ("S!B5", "Is data encrypted?")])
    assert {ref: r.ref for ref, r in matched.items()} == {"S!B3": "S!B3", "S!B5": "S!B4"}
    assert [r.ref for r in left] == ["S!B9"]


def test_the_machine_digest_survives_a_save_in_excel(loop: tuple[Path, Path]) -> None:
    _, out = loop
    path = out / "q.response.xlsx"
    before = read_review(path).machine
    review(path, {"AC-01": ("Yes", "Yes, for everyone.", "Yes")})
    after = read_review(path)
    assert after.machine == before
    assert after.source == str((out.parent / "inbox" / "q.xlsx").absolute())
    assert machine_digest([]) != before


def test_apply_fills_word_and_csv_copies_too(tmp_path: Path) -> None:
    import docx

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    samples = ROOT / "samples" / "questionnaires"
    for name in ("northwind_supplier_due_diligence.docx", "fabrikam_payroll_due_diligence.csv"):
        shutil.copy(samples / name, inbox / name)
    assert run(inbox, out)[0] == 0
    chosen = {}
    for stem in ("northwind_supplier_due_diligence", "fabrikam_payroll_due_diligence"):
        rows = responses(out / f"{stem}.response.xlsx")
        qid = next(q for q, row in rows.items() if row["Filled"] == "No")
        chosen[stem] = rows[qid]
        review(out / f"{stem}.response.xlsx", {qid: ("No", "No. Reviewed by hand.", "Yes")})
    code, _, err = invoke("apply", *(str(p) for p in sorted(out.glob("*.response.xlsx"))))
    assert (code, err) == (0, "")
    word = docx.Document(str(out / "northwind_supplier_due_diligence.filled.docx"))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    # One free-text answer cell (no comment column): the reviewer's whole response.
    assert "No. Reviewed by hand." in cells
    text = (out / "fabrikam_payroll_due_diligence.filled.csv").read_text()
    line = next(
        x for x in text.splitlines() if chosen["fabrikam_payroll_due_diligence"]["Question"] in x
    )
    assert line.endswith(",No,No. Reviewed by hand.")


def test_the_run_schema_refuses_a_record_off_the_spec() -> None:
    errors = run_record_errors({"version": "1", "inputs": [{"path": "q.xlsx", "status": "done"}]})
    assert "$: 'started' is a required property" in errors
    assert any(e.startswith("$.inputs[0].status: 'done' is not one of") for e in errors)


def test_the_inventory_meaning_ignores_layout_but_not_facts(tmp_path: Path) -> None:
    import yaml

    from socproc.batch.run import inventory_meaning
    from socproc.inventory.load import load_inventory

    # Dates as the file spells them (YYYY-MM-DD text), not as YAML's own date type.
    data = json.loads(json.dumps(yaml.safe_load(INVENTORY.read_text()), default=str))
    relaid = tmp_path / "relaid.yaml"  # keys sorted, flow style, every string quoted
    relaid.write_text(
        yaml.safe_dump(data, sort_keys=True, default_flow_style=True, default_style='"')
    )
    as_json = tmp_path / "inventory.json"
    as_json.write_text(json.dumps(data, default=str, indent=4))
    meanings = {inventory_meaning(load_inventory(p)) for p in (INVENTORY, relaid, as_json)}
    assert len(meanings) == 1
    data["vendor"] = "Another Vendor"
    relaid.write_text(yaml.safe_dump(data))
    assert inventory_meaning(load_inventory(relaid)) not in meanings


def test_apply_writes_the_buyers_vocabulary_and_says_what_it_could_not(
    loop: tuple[Path, Path],
) -> None:
    _, out = loop
    rows = responses(out / "q.response.xlsx")
    spelled, off = [q for q, row in rows.items() if row["Filled"] == "No"][:2]
    review(out / "q.response.xlsx", {spelled: ("n/a", None, "yes"), off: ("Maybe", None, "Yes")})
    code, text, _ = invoke("apply", str(out / "q.response.xlsx"))
    assert code == 0
    cells = answer_cells(out / "q.filled.xlsx")
    assert cells[spelled][0] == "N/A"  # the dropdown's own spelling
    assert cells[off][0] is None
    ref = rows[off]["Ref"]
    assert (
        f"q.response.xlsx: {ref}: the final answer is not one of the dropdown's choices — left"
        " blank; use one of the buyer's values"
    ) in text
