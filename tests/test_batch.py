"""Folder walking, output names, the manifest, the output-folder lock, busy files, and folder runs."""

from __future__ import annotations

import json
import os
import shutil
import socket
import time
from pathlib import Path
from typing import Any

import pytest

import socproc
from socproc.api import IncompleteRun
from socproc.batch import (
    LOCK,
    STALE_LOCK_SECONDS,
    FolderLock,
    busy_reason,
    find_inputs,
    is_ignored,
    load_manifest,
    output_bases,
    relative_name,
    run_key,
    sweep_temp_files,
)
from socproc.batch.worker import Job, process_one
from socproc.errors import LockedError, OutputError


@pytest.mark.parametrize(
    "name",
    [
        "~$questionnaire.xlsx",
        ".hidden.xlsx",
        "q.xlsx.tmp",
        "q.response.xlsx",
        "q.response.json",
        "q.filled.xlsx",
        "q.filled.docx",
        "_summary.xlsx",
        "_run.json",
        "_manifest.json",
        "download.xlsx.crdownload",
    ],
)
def test_ignored_names(name: str) -> None:
    assert is_ignored(name)


@pytest.mark.parametrize(
    "name", ["q.xlsx", "Security Review 2026.docx", "vendor_q.csv", "über.xlsm"]
)
def test_inputs_are_not_ignored(name: str) -> None:
    assert not is_ignored(name)


def test_find_inputs_walks_recursively_and_skips_noise(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    for rel in [
        "q1.xlsx",
        "a/q2.docx",
        "a/b/q3.csv",
        "a/~$q2.docx",
        "notes.txt",
        "a/b/q3.response.json",
    ]:
        (tmp_path / rel).write_bytes(b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.xlsx").write_bytes(b"x")
    found = [relative_name(f, root) for f, root in find_inputs([tmp_path])]
    assert found == ["a/b/q3.csv", "a/q2.docx", "q1.xlsx"]


def test_find_inputs_survives_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "q.xlsx").write_bytes(b"x")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [f.name for f, _ in find_inputs([tmp_path])] == ["q.xlsx"]


def test_find_inputs_excludes_the_output_folder(tmp_path: Path) -> None:
    (tmp_path / "q.xlsx").write_bytes(b"x")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "other.xlsx").write_bytes(b"x")
    assert [f.name for f, _ in find_inputs([tmp_path], exclude=[tmp_path / "out"])] == ["q.xlsx"]


def test_a_file_named_directly_is_always_taken(tmp_path: Path) -> None:
    f = tmp_path / "odd.pdf"
    f.write_bytes(b"%PDF")
    assert [x.name for x, _ in find_inputs([f])] == ["odd.pdf"]


def test_run_key_changes_with_any_part() -> None:
    base = run_key("inv", {"as_of": "2026-11-26"}, "0.1.0")
    assert base == run_key("inv", {"as_of": "2026-11-26"}, "0.1.0")
    assert base != run_key("inv2", {"as_of": "2026-11-26"}, "0.1.0")
    assert base != run_key("inv", {"as_of": "2026-11-27"}, "0.1.0")
    assert base != run_key("inv", {"as_of": "2026-11-26"}, "0.2.0")


def test_unreadable_manifest_means_a_full_run(tmp_path: Path) -> None:
    (tmp_path / "_manifest.json").write_text("{not json")
    assert load_manifest(tmp_path) == {}


def test_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    with FolderLock(tmp_path, wait=0):
        assert (tmp_path / LOCK).exists()
        with pytest.raises(LockedError) as info, FolderLock(tmp_path, wait=0.3):
            pass
        assert "another socproc run holds this output folder" in str(info.value)
        assert f"pid {os.getpid()}" in str(info.value)
    assert not (tmp_path / LOCK).exists()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    dead = {"host": socket.gethostname(), "pid": 2**22 + 12345, "started": 0}
    (tmp_path / LOCK).write_text(json.dumps(dead))
    with FolderLock(tmp_path, wait=0):
        assert json.loads((tmp_path / LOCK).read_text())["pid"] == os.getpid()


def test_busy_when_an_office_lock_sits_beside_it(tmp_path: Path) -> None:
    f = tmp_path / "questionnaire.xlsx"
    f.write_bytes(b"x")
    assert busy_reason(f, f.stat()) is None
    (tmp_path / "~$questionnaire.xlsx").write_bytes(b"lock")
    assert "Office lock file" in (busy_reason(f, f.stat()) or "")


def test_busy_when_the_file_grows(tmp_path: Path) -> None:
    f = tmp_path / "q.xlsx"
    f.write_bytes(b"x")
    first = f.stat()
    f.write_bytes(b"xx")
    assert "size or modification time changed" in (busy_reason(f, first) or "")


def test_output_bases_keep_every_input_apart() -> None:
    bases = output_bases(["q.xlsx", "a/q.xlsx", "b/Q.csv", "b/q.xlsx", "b/r.docx"])
    assert bases == {
        "q.xlsx": "q",
        "a/q.xlsx": "a/q",
        "b/Q.csv": "b/Q.csv",
        "b/q.xlsx": "b/q.xlsx",
        "b/r.docx": "b/r",
    }


def test_sweep_removes_only_temporary_outputs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    left = [".q.response.xlsx.123.tmp", "sub/.q.filled.docx.9.tmp", "._manifest.json.77.tmp"]
    kept = ["q.response.xlsx", ".notes.txt.5.tmp", "report.tmp", LOCK]
    for name in left + kept:
        (tmp_path / name).write_bytes(b"x")
    sweep_temp_files(tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.*")) == sorted(kept)


def _foreign_lock(folder: Path, age: float) -> Path:
    lock = folder / LOCK
    lock.write_text(json.dumps({"host": "elsewhere.example", "pid": 1, "started": 0}))
    then = time.time() - age
    os.utime(lock, (then, then))
    return lock


def test_a_live_lock_of_another_host_is_respected(tmp_path: Path) -> None:
    _foreign_lock(tmp_path, age=60)
    with pytest.raises(LockedError, match=r"host elsewhere\.example, pid 1"):
        FolderLock(tmp_path, wait=0).__enter__()


def test_a_lock_of_another_host_untouched_for_long_is_taken_over(tmp_path: Path) -> None:
    _foreign_lock(tmp_path, age=STALE_LOCK_SECONDS + 60)
    with FolderLock(tmp_path, wait=0):
        assert json.loads((tmp_path / LOCK).read_text())["pid"] == os.getpid()
    assert not (tmp_path / LOCK).exists()


def test_the_holder_keeps_its_lock_fresh(tmp_path: Path) -> None:
    with FolderLock(tmp_path, wait=0, heartbeat=0.05):
        os.utime(tmp_path / LOCK, (0, 0))
        for _ in range(200):
            if (tmp_path / LOCK).stat().st_mtime > 0:
                break
            time.sleep(0.05)
        assert (tmp_path / LOCK).stat().st_mtime > 0


def test_releasing_never_removes_a_lock_that_is_not_ours(tmp_path: Path) -> None:
    lock = FolderLock(tmp_path, wait=0)
    with lock:
        # Another run judged ours stale and took the folder over.
        _foreign_lock(tmp_path, age=0)
    assert json.loads((tmp_path / LOCK).read_text())["host"] == "elsewhere.example"


# --------------------------------------------------------------------------- process_folder

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
CSV = "fabrikam_payroll_due_diligence.csv"


@pytest.fixture(scope="module")
def inventory() -> socproc.Inventory:
    return socproc.load_inventory(ROOT / "samples" / "inventory.yaml")


def _run(inbox: Path, out: Path, inventory: socproc.Inventory) -> dict[str, str]:
    batch = socproc.process_folder(
        inbox, inventory, "2026-11-26", out_dir=out, jobs=1, keep_results=False
    )
    return {r.path: r.status for r in batch.inputs}


def test_same_names_in_two_subfolders_get_outputs_of_their_own(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    for sub in ("a", "b"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        shutil.copy(SAMPLES / CSV, tmp_path / "in" / sub / CSV)
    shutil.copy(SAMPLES / CSV, tmp_path / "in" / "a" / "fabrikam_payroll_due_diligence.xlsx")
    out = tmp_path / "out"
    statuses = _run(tmp_path / "in", out, inventory)
    assert statuses["a/fabrikam_payroll_due_diligence.xlsx"] == "failed"  # CSV bytes, .xlsx name
    assert statuses["a/" + CSV] == statuses["b/" + CSV] == "ok"
    assert (out / "a" / f"{CSV}.response.json").exists()
    assert (out / "b" / "fabrikam_payroll_due_diligence.response.json").exists()
    assert set(load_manifest(out)) == {"a/" + CSV, "b/" + CSV}


def test_a_failing_input_keeps_its_old_outputs_and_a_vanished_one_loses_its_record(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for sample in SAMPLES.iterdir():
        shutil.copy(sample, inbox / sample.name)
    assert set(_run(inbox, out, inventory).values()) == {"ok"}
    docx = "northwind_supplier_due_diligence.docx"
    (inbox / docx).write_bytes(b"PK\x03\x04 truncated")
    (inbox / CSV).unlink()
    statuses = _run(inbox, out, inventory)
    assert statuses == {"contoso_bank_vendor_assessment.xlsx": "skipped", docx: "failed"}
    # Nothing is lost to a failed redo (#22): the last outputs stay, recorded for the old
    # bytes, so they never look current and the input is tried again next run.
    assert len(list(out.glob("northwind_supplier_due_diligence.*"))) == 3
    assert (out / "fabrikam_payroll_due_diligence.response.json").exists()  # left, not recorded
    assert set(load_manifest(out)) == {"contoso_bank_vendor_assessment.xlsx", docx}
    assert _run(inbox, out, inventory)[docx] == "failed"


def test_the_manifest_is_saved_when_the_summary_cannot_be(
    tmp_path: Path, inventory: socproc.Inventory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socproc.write

    def refuse(*_: object) -> None:
        raise OutputError(
            "_summary.xlsx", "cannot write the output (Permission denied)", "close it"
        )

    monkeypatch.setattr(socproc.write, "write_summary", refuse)
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(SAMPLES / CSV, inbox / CSV)
    with pytest.raises(IncompleteRun) as info:
        _run(inbox, out, inventory)
    assert [r.status for r in info.value.batch.inputs] == ["ok"]
    assert set(load_manifest(out)) == {CSV}
    record = json.loads((out / "_run.json").read_text())
    assert record["errors"] == [
        "_summary.xlsx: cannot write the output (Permission denied) — close it"
    ]
    assert not (out / LOCK).exists()


def _crash_on_boom(job: Job, *args: Any) -> Any:
    # Module level, so the pool can send it to its workers by name.
    if job.file.name == "boom.csv":
        os._exit(9)  # as the kernel's out-of-memory killer would
    return process_one(job, *args)


@pytest.mark.skipif(os.name != "posix", reason="relies on fork() carrying the patch to workers")
def test_a_worker_that_dies_fails_only_its_input(
    tmp_path: Path, inventory: socproc.Inventory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socproc.batch.worker

    monkeypatch.setattr(socproc.batch.worker, "process_one", _crash_on_boom)
    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("a.csv", "boom.csv", "c.csv", "d.csv"):
        shutil.copy(SAMPLES / CSV, inbox / name)
    batch = socproc.process_folder(
        inbox, inventory, "2026-11-26", out_dir=tmp_path / "out", jobs=2, keep_results=False
    )
    assert {r.path: r.status for r in batch.inputs} == {
        "a.csv": "ok",
        "boom.csv": "failed",
        "c.csv": "ok",
        "d.csv": "ok",
    }
    error = next(r.error for r in batch.inputs if r.path == "boom.csv")
    assert error == (
        "boom.csv: the process reading it died (out of memory, or a crash in a library)"
        " — check the file opens, or split it"
    )


def test_a_docm_gets_a_macro_free_filled_docx(tmp_path: Path, inventory: socproc.Inventory) -> None:
    import zipfile

    inbox = tmp_path / "in"
    inbox.mkdir()
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    source = SAMPLES / "northwind_supplier_due_diligence.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(inbox / "q.docm", "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(main, b"application/vnd.ms-word.document.macroEnabled.main+xml")
            zout.writestr(info, data)
        zout.writestr("word/vbaProject.bin", b"Attribute VB_Name Auto_Open")
    assert _run(inbox, tmp_path / "out", inventory) == {"q.docm": "ok"}
    with zipfile.ZipFile(tmp_path / "out" / "q.filled.docx") as filled:
        assert not [n for n in filled.namelist() if "vba" in n.lower()]
        assert all(b"macroEnabled" not in filled.read(n) for n in filled.namelist())


def test_only_recently_changed_files_make_the_run_wait(tmp_path: Path) -> None:
    import time as clock

    from socproc.batch.run import QUIET_SECONDS, recently_touched

    f = tmp_path / "q.xlsx"
    f.write_bytes(b"x")
    st = f.stat()
    assert recently_touched(st, clock.time())
    assert recently_touched(None, clock.time())
    later = max(st.st_mtime, st.st_ctime) + QUIET_SECONDS + 1
    assert recently_touched(st, later) == (os.name != "posix")
