"""Atomic writes: a failure leaves neither a partial output nor a temporary file, and says how to fix it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from test_write_helpers import make_result

import socproc.write.workbook as workbook
from socproc.errors import OutputError
from socproc.write import write_outputs
from socproc.write.atomic import temp_path, write_atomic, write_bytes_atomic


def test_temp_name_is_hidden_and_beside_the_target(tmp_path: Path) -> None:
    tmp = temp_path(tmp_path / "q.response.xlsx")
    assert tmp.parent == tmp_path and tmp.name == f".q.response.xlsx.{os.getpid()}.tmp"


def test_failing_writer_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = write_bytes_atomic(tmp_path / "a.json", b"old")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError) as err:
        write_atomic(target, half_then_fail)
    assert (
        str(err.value)
        == f"{target}: cannot write the output (No space left on device) — check the folder is writable and has free space"
    )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_fault_in_a_writer_is_not_blamed_on_the_folder(tmp_path: Path) -> None:
    def faulty(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    with pytest.raises(OutputError) as err:
        write_atomic(tmp_path / "a.json", faulty)
    assert str(err.value).endswith(
        "— this is a fault in socproc: please report it with the input file"
    )
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_writer_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = write_bytes_atomic(tmp_path / "a.json", b"old")

    def half_then_interrupted(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise KeyboardInterrupt  # Ctrl-C, or SIGTERM raised as one by a folder run

    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, half_then_interrupted)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_monkeypatched_workbook_failure_in_write_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(result: object, tmp: Path, *_: object) -> None:
        tmp.write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook, "_build", broken)
    with pytest.raises(
        OutputError, match=r"q\.response\.xlsx: cannot write the output \(No space left on device\)"
    ):
        write_outputs(make_result("q.json", "json"), tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder_is_an_output_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="check the folder is writable"):
            write_outputs(make_result("q.json", "json"), tmp_path)
        assert list(tmp_path.iterdir()) == []
    finally:
        tmp_path.chmod(0o700)


def test_uncreatable_output_folder_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match=r"file/out: cannot create the output folder"):
        write_outputs(make_result("q.json", "json"), blocker / "out")
