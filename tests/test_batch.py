"""Folder walking, the manifest key, the output-folder lock and busy-file detection."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from socproc.batch import (
    LOCK,
    FolderLock,
    busy_reason,
    find_inputs,
    is_ignored,
    load_manifest,
    relative_name,
    run_key,
)
from socproc.errors import LockedError


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
