"""`socproc run` as real processes on one output folder: concurrent runs, kills, growing inputs.

Every test starts `python -m socproc run` with subprocess and checks behaviour only (exit codes,
messages, `_run.json`, and that every output present opens), never how long anything took.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
INVENTORY = ROOT / "samples" / "inventory.yaml"
AS_OF = "2026-11-26"
LOCKED = "another socproc run holds this output folder"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")


def make_inbox(folder: Path, copies: int = 1) -> Path:
    """`copies` of every sample questionnaire, under distinct names."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for sample in SAMPLES.iterdir():
            shutil.copy(sample, folder / (f"c{i}_{sample.name}" if copies > 1 else sample.name))
    return folder


def command(inbox: Path, out: Path, *extra: str, inventory: Path = INVENTORY) -> list[str]:
    return [
        sys.executable,
        "-m",
        "socproc",
        "run",
        str(inbox),
        "--inventory",
        str(inventory),
        "--out",
        str(out),
        "--as-of",
        AS_OF,
        *extra,
    ]


def start(
    inbox: Path, out: Path, *extra: str, inventory: Path = INVENTORY
) -> subprocess.Popen[str]:
    # A session of its own, so a kill reaches the worker processes too, as systemd's would.
    return subprocess.Popen(
        command(inbox, out, *extra, inventory=inventory),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def run(inbox: Path, out: Path, *extra: str, inventory: Path = INVENTORY) -> tuple[int, str, str]:
    proc = start(inbox, out, *extra, inventory=inventory)
    stdout, stderr = proc.communicate(timeout=120)
    return proc.returncode, stdout, stderr


def statuses(out: Path) -> dict[str, str]:
    record = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    return {i["path"]: i["status"] for i in record["inputs"]}


def assert_outputs_whole(out: Path) -> int:
    """Open every visible file in `out` as what its name says it is; return how many there are."""
    from openpyxl import load_workbook

    count = 0
    for path in sorted(out.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue  # temporary files are hidden; a later run sweeps them
        count += 1
        if path.suffix == ".xlsx":
            load_workbook(path, read_only=True).close()
        elif path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".docx":
            with zipfile.ZipFile(path) as package:
                assert package.testzip() is None, path
                assert "word/document.xml" in package.namelist()
        elif path.suffix == ".csv":
            assert path.read_text(encoding="utf-8-sig").strip(), path
    return count


def test_two_runs_at_once_never_share_the_folder(tmp_path: Path) -> None:
    inbox, out = make_inbox(tmp_path / "inbox", copies=4), tmp_path / "out"
    first = start(inbox, out, "--wait", "0", "--jobs", "2")
    second = start(inbox, out, "--wait", "0", "--jobs", "2")
    results = []
    for proc in (first, second):
        _, err = proc.communicate(timeout=120)
        results.append((proc.returncode, err))
    codes = sorted(code for code, _ in results)
    # Either one found the folder held and gave up at once, or they did not overlap at all.
    assert codes in ([0, 0], [0, 2])
    for code, err in results:
        if code == 2:
            assert LOCKED in err
            assert err.rstrip().endswith("remove .socproc.lock if no run is active")
    assert assert_outputs_whole(out) > 0
    assert not (out / ".socproc.lock").exists()

    # With time to wait, the second run waits for the first and then finds nothing to do.
    first = start(inbox, out, "--force", "--jobs", "2")
    second = start(inbox, out, "--wait", "120", "--jobs", "2")
    assert first.wait(120) == 0
    assert second.wait(120) == 0
    assert set(statuses(out).values()) <= {"ok", "skipped"}
    assert assert_outputs_whole(out) > 0
    assert not (out / ".socproc.lock").exists()


def test_a_killed_run_leaves_only_whole_outputs(tmp_path: Path) -> None:
    inbox, out = make_inbox(tmp_path / "inbox", copies=6), tmp_path / "out"
    rng = random.Random(7)
    for _ in range(4):
        proc = start(inbox, out, "--force", "--jobs", "2")
        time.sleep(rng.uniform(0.4, 2.5))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
        assert_outputs_whole(out)
    # The next run takes over the dead run's lock, clears its temporary files, and finishes.
    code, _, err = run(inbox, out, "--wait", "5")
    assert code == 0, err
    assert set(statuses(out).values()) <= {"ok", "skipped"}
    assert len(statuses(out)) == 18
    assert not [p for p in out.rglob(".*") if p.name != ".socproc.lock"]
    assert not (out / ".socproc.lock").exists()
    assert_outputs_whole(out)
    for rel in statuses(out):
        stem = Path(rel).stem
        assert (out / f"{stem}.response.xlsx").exists() and (out / f"{stem}.response.json").exists()


def test_sigterm_stops_a_run_and_releases_the_folder(tmp_path: Path) -> None:
    inbox, out = make_inbox(tmp_path / "inbox", copies=8), tmp_path / "out"
    proc = start(inbox, out, "--jobs", "2")
    while proc.poll() is None and not any(out.glob("*.response.json")):
        time.sleep(0.05)  # until it is writing outputs
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0:  # it may have finished first on a fast machine
        assert proc.returncode == 128 + signal.SIGTERM
        assert err.startswith("socproc: stopped by SIGTERM — outputs written so far are complete")
    assert not (out / ".socproc.lock").exists()
    assert_outputs_whole(out)
    done = {p.name for p in out.glob("*.response.json")}
    # Whatever was finished before the stop, the inputs in flight included, is not redone.
    code, _, err = run(inbox, out, "--wait", "0")
    assert code == 0, err
    assert set(statuses(out).values()) <= {"ok", "skipped"}
    skipped = {p for p, s in statuses(out).items() if s == "skipped"}
    assert len(skipped) == len(done)


def test_a_file_growing_as_the_run_starts_is_deferred_then_processed(tmp_path: Path) -> None:
    inbox, out = make_inbox(tmp_path / "inbox"), tmp_path / "out"
    growing = inbox / "arriving.csv"
    shutil.copy(SAMPLES / "fabrikam_payroll_due_diligence.csv", growing)
    stop = threading.Event()

    def copy_in() -> None:
        # Someone copying the file in over a slow link: it keeps growing until told to stop.
        n = 0
        while not stop.is_set():
            n += 1
            with growing.open("a", encoding="utf-8") as fh:
                fh.write(f'GROW-{n},General,"Do you review access rights (check {n})?",,\n')
            time.sleep(0.02)

    writer = threading.Thread(target=copy_in)
    writer.start()
    try:
        code, _, err = run(inbox, out, "--wait", "0")
    finally:
        stop.set()
        writer.join()
    assert code == 0, err
    assert statuses(out)["arriving.csv"] == "deferred"
    record = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    line = next(i["error"] for i in record["inputs"] if i["path"] == "arriving.csv")
    assert line.startswith("arriving.csv: deferred to the next run — ")
    assert not (out / "arriving.response.json").exists()

    code, _, err = run(inbox, out, "--wait", "0")
    assert code == 0, err
    assert statuses(out)["arriving.csv"] == "ok"
    assert {s for p, s in statuses(out).items() if p != "arriving.csv"} == {"skipped"}
    assert (out / "arriving.response.json").exists()


def test_a_changed_inventory_redoes_everything_an_unchanged_one_nothing(tmp_path: Path) -> None:
    inbox, out = make_inbox(tmp_path / "inbox"), tmp_path / "out"
    inventory = tmp_path / "inventory.yaml"
    shutil.copy(INVENTORY, inventory)
    code, _, err = run(inbox, out, inventory=inventory)
    assert code == 0, err
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.response.json")}

    code, text, err = run(inbox, out, inventory=inventory)
    assert code == 0, err
    assert err == ""  # no progress bar in a pipe
    assert set(statuses(out).values()) == {"skipped"}
    assert text.startswith("3 inputs: 0 ok, 3 skipped, 0 deferred, 0 failed;")
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.response.json")} == before

    text = inventory.read_text(encoding="utf-8")
    inventory.write_text(text.replace("vendor: Acme Payroll Cloud", "vendor: Acme Payroll"))
    code, text, err = run(inbox, out, inventory=inventory)
    assert code == 0, err
    assert set(statuses(out).values()) == {"ok"}
    assert text.startswith("3 inputs: 3 ok, 0 skipped, 0 deferred, 0 failed;")


def test_the_progress_bar_shows_on_a_terminal_only(tmp_path: Path) -> None:
    import pty

    inbox, out = make_inbox(tmp_path / "inbox"), tmp_path / "out"
    leader, follower = pty.openpty()
    proc = subprocess.Popen(command(inbox, out), cwd=ROOT, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the run
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    stdout, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert b"[########################] 3/3" in shown
    assert stdout.decode().startswith("3 inputs: 3 ok,")


def _live_members(session: int) -> list[int]:
    """The processes of a session that are still running (Linux /proc), zombies left out."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == session and fields[0] != "Z":  # state, ppid, pgrp, session
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_run_killed_outright_takes_its_workers_along_and_keeps_what_it_finished(
    tmp_path: Path,
) -> None:
    inbox, out = make_inbox(tmp_path / "inbox", copies=6), tmp_path / "out"
    proc = start(inbox, out, "--jobs", "2")
    journal = out / ".socproc.journal"
    deadline = time.monotonic() + 60
    while not journal.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run recorded nothing as it went"
    os.kill(proc.pid, signal.SIGKILL)  # the main process only: its workers are left to fend
    proc.wait(timeout=30)  # not communicate(): workers left alive would hold its pipes open
    deadline = time.monotonic() + 15
    while _live_members(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _live_members(proc.pid)
    for pid in left:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
    assert left == []
    recorded = set()
    for line in journal.read_text().splitlines():
        with contextlib.suppress(ValueError):  # the kill may have cut the last line short
            recorded.add(json.loads(line)["path"])
    code, _, err = run(inbox, out)
    assert code == 0, err
    done = statuses(out)
    assert recorded and all(done[path] == "skipped" for path in recorded)
    assert assert_outputs_whole(out) > 0
