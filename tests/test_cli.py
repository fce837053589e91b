"""The command line: exit codes, exact one-line messages, and agreement with the library."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import socproc
from socproc.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
INVENTORY = ROOT / "samples" / "inventory.yaml"
AS_OF = "2026-11-26"
SAMPLE_NAMES = sorted(p.name for p in SAMPLES.iterdir())


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def run_samples(out: Path, *extra: str, inputs: Path = SAMPLES) -> tuple[int, str, str]:
    return run(
        "run",
        str(inputs),
        "--inventory",
        str(INVENTORY),
        "--out",
        str(out),
        "--as-of",
        AS_OF,
        *extra,
    )


def test_run_writes_every_output(tmp_path: Path) -> None:
    code, out, err = run_samples(tmp_path / "out")
    assert (code, err) == (0, "")
    assert out.startswith("3 inputs: 3 ok, 0 skipped, 0 deferred, 0 failed; 43 requirements;")
    names = {p.name for p in (tmp_path / "out").iterdir()}
    for sample in SAMPLE_NAMES:
        stem = Path(sample).stem
        assert {f"{stem}.response.xlsx", f"{stem}.response.json"} <= names
    assert {"_summary.xlsx", "_run.json"} <= names
    assert "contoso_bank_vendor_assessment.filled.xlsx" in names
    assert "northwind_supplier_due_diligence.filled.docx" in names
    record = json.loads((tmp_path / "out" / "_run.json").read_text())
    assert record["as_of"] == AS_OF
    assert [i["path"] for i in record["inputs"]] == SAMPLE_NAMES
    assert {i["status"] for i in record["inputs"]} == {"ok"}


def test_second_run_skips_unchanged_inputs_and_force_redoes_them(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_samples(out)[0] == 0
    code, text, _ = run_samples(out)
    assert code == 0
    assert text.startswith("3 inputs: 0 ok, 3 skipped, 0 deferred, 0 failed; 43 requirements;")
    code, text, _ = run_samples(out, "--force")
    assert text.startswith("3 inputs: 3 ok, 0 skipped")


def test_changed_input_is_redone_alone(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    out = tmp_path / "out"
    assert run_samples(out, inputs=inbox)[0] == 0
    csv_file = inbox / "fabrikam_payroll_due_diligence.csv"
    csv_file.write_text(csv_file.read_text() + 'PAY-11,General,"Do you encrypt backups?",,\n')
    code, text, _ = run_samples(out, inputs=inbox)
    assert code == 0
    assert text.startswith("3 inputs: 1 ok, 2 skipped, 0 deferred, 0 failed; 44 requirements;")


def test_a_bad_input_fails_alone_with_one_line(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    (inbox / "legacy.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code, text, err = run_samples(tmp_path / "out", inputs=inbox)
    assert code == 1
    assert text.startswith("4 inputs: 3 ok, 0 skipped, 0 deferred, 1 failed;")
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("legacy.xls: ")
    assert "save it as .xlsx" in lines[0]
    assert "Traceback" not in err


def test_invalid_inventory_exits_2_listing_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "inventory.yaml"
    bad.write_text(
        "vendor: Acme\nreports:\n  - id: r1\n    kind: SOC 2\n    period_end: '2026-13-01'\n"
        "    colour: blue\n"
    )
    code, out, err = run("run", str(SAMPLES), "--inventory", str(bad), "--out", str(tmp_path / "o"))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert f"{bad}: reports[0].period_end: '2026-13-01' is not a date (YYYY-MM-DD)" in lines[
        0
    ] + "\n" + "\n".join(lines)
    assert any("reports[0].colour" in line and "unknown key" in line for line in lines)
    assert not (tmp_path / "o").exists()


def test_bad_as_of_exits_2(tmp_path: Path) -> None:
    code, _, err = run(
        "run",
        str(SAMPLES),
        "--inventory",
        str(INVENTORY),
        "--out",
        str(tmp_path / "o"),
        "--as-of",
        "26/11/2026",
    )
    assert code == 2
    assert (
        err
        == "socproc: the as-of date '26/11/2026' is not a date — give it as YYYY-MM-DD, from 1900 to 2999\n"
    )


def test_missing_input_exits_2(tmp_path: Path) -> None:
    code, _, err = run(
        "run", str(tmp_path / "nope"), "--inventory", str(INVENTORY), "--out", str(tmp_path / "o")
    )
    assert code == 2
    assert err == f"{tmp_path / 'nope'}: no such file or folder — check the path\n"


def test_locked_output_folder_exits_2(tmp_path: Path) -> None:
    from socproc.batch import FolderLock

    out = tmp_path / "out"
    out.mkdir()
    with FolderLock(out, wait=0):
        code, _, err = run_samples(out, "--wait", "0.2")
    assert code == 2
    assert err.startswith(f"{out}: another socproc run holds this output folder (host ")
    assert err.rstrip().endswith(
        "— wait for it to finish, or remove .socproc.lock if no run is active"
    )


def test_extract_jsonl_lists_every_requirement() -> None:
    code, out, _ = run(
        "extract", str(SAMPLES / "fabrikam_payroll_due_diligence.csv"), "--format", "jsonl"
    )
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["question_id"] for r in rows] == [f"PAY-{i:02d}" for i in range(1, 11)]
    assert rows[0]["section"] == "Assurance"


def test_extract_csv_never_emits_a_formula() -> None:
    code, out, _ = run(
        "extract", str(SAMPLES / "fabrikam_payroll_due_diligence.csv"), "--format", "csv"
    )
    assert code == 0
    assert "'- Is single sign-on via SAML 2.0" in out


def test_extract_of_a_legacy_file_is_one_line(tmp_path: Path) -> None:
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code, _, err = run("extract", str(doc))
    assert code == 2
    assert err.startswith(f"{doc}: ")
    assert "save it as .docx" in err
    assert len(err.strip().splitlines()) == 1


def test_classify_jsonl() -> None:
    code, out, _ = run("classify", "Please share your SOC 2 Type II report", "--format", "jsonl")
    assert code == 0
    row = json.loads(out)
    assert row["soc_need"] == ["SOC 2 Type II"]
    assert row["question"] == "Please share your SOC 2 Type II report"


def test_classify_without_text_is_a_usage_error() -> None:
    code, _, err = run("classify")
    assert code == 2
    assert "give TEXT arguments or --file" in err


def test_check_inventory_summarises_a_valid_inventory() -> None:
    code, out, err = run("check-inventory", str(INVENTORY))
    assert (code, err) == (0, "")
    assert "SOC 2" in out and "bridge letter" in out.lower()


def test_help_lists_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("run", "extract", "classify", "check-inventory"):
        assert command in out


@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_cli_and_library_agree(tmp_path: Path, sample: str) -> None:
    assert run_samples(tmp_path, inputs=SAMPLES / sample)[0] == 0
    from_cli = json.loads((tmp_path / f"{Path(sample).stem}.response.json").read_text())
    inventory = socproc.load_inventory(INVENTORY)
    from_library = socproc.process(SAMPLES / sample, inventory, as_of=AS_OF).to_dict()
    assert from_cli == from_library


# --------------------------------------------------------------------------- run record notes


def test_a_workbook_with_only_a_cover_sheet_says_why_in_the_run_record(tmp_path: Path) -> None:
    import openpyxl

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Cover"
    sheet["A1"] = "Vendor security questionnaire"
    sheet["A3"] = "Please complete every tab and return it by Friday."
    book.save(inbox / "cover_only.xlsx")
    shutil.copy(SAMPLES / "fabrikam_payroll_due_diligence.csv", inbox)
    code, text, err = run_samples(tmp_path / "out", inputs=inbox)
    assert (code, err) == (0, "")
    assert text.startswith("2 inputs: 2 ok, 0 skipped, 0 deferred, 0 failed;")
    record = json.loads((tmp_path / "out" / "_run.json").read_text())
    cover, other = record["inputs"]
    assert cover["path"] == "cover_only.xlsx"
    assert (cover["status"], cover["requirements"]) == ("ok", 0)
    assert cover["note"] == "no requirements found: sheet 'Cover' skipped (instructions)"
    # An input with requirements keeps exactly the keys of the spec.
    assert list(other) == [
        "path",
        "status",
        "reason",
        "error",
        "requirements",
        "skipped_rows",
        "counts",
        "filled",
        "not_filled",
        "changes",
        "seconds",
    ]
    # Unchanged on the next run, it still says why.
    run_samples(tmp_path / "out", inputs=inbox)
    again = json.loads((tmp_path / "out" / "_run.json").read_text())["inputs"][0]
    assert (again["status"], again["note"]) == ("skipped", cover["note"])


def test_the_note_summarises_every_skip_reason_in_one_line() -> None:
    from socproc.batch.worker import empty_note
    from socproc.model import Skip

    skipped = [
        Skip("Cover", "sheet-skipped: instructions"),
        Skip("Lists", "sheet-skipped: lookup"),
        Skip("Main!A1", "header"),
        Skip("Main!A2", "instruction"),
        Skip("Main!A3", "instruction"),
        Skip("Main!B9", "duplicate of Main!B4"),
    ]
    assert empty_note(skipped) == (
        "no requirements found: sheets 'Cover' (instructions), 'Lists' (lookup) skipped;"
        " skipped rows: instruction 2, header 1, duplicate 1"
    )
    assert empty_note([]) == "no requirements found: nothing in it holds text"


# --------------------------------------------------------------------------- safety limits


def test_safety_limits_come_from_the_environment(tmp_path: Path) -> None:
    csv_file = SAMPLES / "fabrikam_payroll_due_diligence.csv"
    result = CliRunner().invoke(
        cli, ["extract", str(csv_file)], env={"SOCPROC_MAX_CELL_CHARS": "10"}
    )
    assert result.exit_code == 2
    assert "(limit 10)" in result.stderr
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(csv_file, inbox)
    args = ["run", str(inbox), "--inventory", str(INVENTORY), "--out", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, args, env={"SOCPROC_MAX_ROWS": "3"})
    assert result.exit_code == 1
    assert "has more than 3 rows with values" in result.stderr
    # An empty variable is unset, as click treats the variables of options.
    result = CliRunner().invoke(cli, ["extract", str(csv_file)], env={"SOCPROC_MAX_ROWS": ""})
    assert result.exit_code == 0
    # `answers import` reads completed questionnaires under the same limits.
    out = tmp_path / "answers.yaml"
    args = ["answers", "import", str(csv_file), "--out", str(out)]
    result = CliRunner().invoke(cli, args, env={"SOCPROC_MAX_ROWS": "3"})
    assert result.exit_code == 1
    assert "has more than 3 rows with values" in result.stderr
    result = CliRunner().invoke(cli, args, env={"SOCPROC_MAX_ROWS": "x"})
    assert result.exit_code == 2 and "SOCPROC_MAX_ROWS='x'" in result.stderr


@pytest.mark.parametrize(
    ("var", "value", "message"),
    [
        (
            "SOCPROC_MAX_CELLS",
            "lots",
            "socproc: SOCPROC_MAX_CELLS='lots' is not a whole number above 0"
            " — set it like SOCPROC_MAX_CELLS=5000000, or unset it for the default\n",
        ),
        (
            "SOCPROC_MAX_ROWS",
            "0",
            "socproc: SOCPROC_MAX_ROWS='0' is not a whole number above 0"
            " — set it like SOCPROC_MAX_ROWS=1048576, or unset it for the default\n",
        ),
        (
            "SOCPROC_MAX_COMPRESSION_RATIO",
            "inf",
            "socproc: SOCPROC_MAX_COMPRESSION_RATIO='inf' is not a number above 0"
            " — set it like SOCPROC_MAX_COMPRESSION_RATIO=200, or unset it for the default\n",
        ),
    ],
)
def test_an_invalid_limit_exits_2_naming_the_variable(
    tmp_path: Path, var: str, value: str, message: str
) -> None:
    csv_file = str(SAMPLES / "fabrikam_payroll_due_diligence.csv")
    for args in (
        ["extract", csv_file],
        ["run", csv_file, "--inventory", str(INVENTORY), "--out", str(tmp_path / "o")],
    ):
        result = CliRunner().invoke(cli, args, env={var: value})
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)
    assert not (tmp_path / "o").exists()


# --------------------------------------------------------------------------- run lines


def test_a_run_says_per_input_why_it_was_redone_and_what_it_found(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4")
    code, text, err = run_samples(tmp_path / "out", inputs=inbox)
    assert (code, err) == (0, "")
    lines = text.splitlines()
    assert lines[0].startswith("3 inputs: 3 ok, 0 skipped, 0 deferred, 0 failed;")
    csv_line = next(x for x in lines if x.startswith("fabrikam_payroll_due_diligence.csv: "))
    assert csv_line.startswith("fabrikam_payroll_due_diligence.csv: ok (new) — 10 requirements: ")
    assert " filled, " in csv_line and csv_line.count(";") >= 1
    assert lines[-1] == "scan.pdf: a PDF is not read — convert it to .docx (or the table to .xlsx)"
    # Unchanged inputs are not listed (a scheduled run over a big inbox stays short); -v lists them.
    code, text, _ = run_samples(tmp_path / "out", inputs=inbox)
    assert [x for x in text.splitlines() if x.startswith("fabrikam")] == []
    code, text, _ = run_samples(tmp_path / "out", "-v", inputs=inbox)
    assert "fabrikam_payroll_due_diligence.csv: skipped (unchanged) — 10 requirements: " in text


def test_the_terminal_table_has_one_row_per_input() -> None:
    from socproc.cli import _run_line, _run_table
    from socproc.model import InputRecord

    ok = InputRecord(
        "q.xlsx",
        "ok",
        requirements=4,
        reason="input changed",
        counts={"covered": 2, "partial": 0, "gap": 1, "review": 1},
        filled=2,
        not_filled=2,
        changes=1,
        kept=(("q.filled.xlsx", "q.filled.new.xlsx", "changed by hand since socproc wrote it"),),
    )
    bad = InputRecord("old.xls", "failed", "old.xls: is a legacy workbook — save it as .xlsx")
    table = _run_table([ok, bad]).splitlines()
    assert table[0].split() == [
        "file",
        "status",
        "why",
        "reqs",
        "covered",
        "partial",
        "gap",
        "review",
        "filled",
        "moved",
    ]
    assert table[1].split() == [
        "q.xlsx",
        "ok",
        "input",
        "changed",
        "4",
        "2",
        "0",
        "1",
        "1",
        "2/4",
        "1",
    ]
    assert table[2].split() == ["old.xls", "failed", "0"]
    assert _run_line(ok) == (
        "q.xlsx: ok (input changed) — 4 requirements: 2 covered, 1 gap, 1 review;"
        " 2 filled, 2 not; 1 changed status"
    )
    assert _run_line(bad) == bad.error
