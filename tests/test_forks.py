"""A big questionnaire spread over processes gives exactly the sequential results and outputs."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import pickle
import signal
import time
from datetime import date
from pathlib import Path

import openpyxl
import pytest

import socproc
import socproc.write as write_module
from socproc import forks, pipeline
from socproc.errors import OutputError
from socproc.gcpause import paused_gc
from socproc.model import Classification, Mapping, Requirement, Settings
from socproc.write import write_outputs

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
INVENTORY = ROOT / "samples" / "inventory.yaml"
AS_OF = "2026-11-26"

pytestmark = pytest.mark.skipif(not forks.can_fork(), reason="needs the fork start method")


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    # Spread even the small samples, so the parallel path runs on every sample layout.
    monkeypatch.setattr(forks, "PARALLEL_MIN", 2)


@pytest.mark.parametrize("parts", [1, 2, 3, 7])
def test_slices_cover_everything_once(parts: int) -> None:
    for n in (0, 1, 2, 5, 100):
        covered = [i for start, end in forks.slices(n, parts) for i in range(start, end)]
        assert covered == list(range(n))


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.iterdir()))
def test_parallel_results_equal_sequential(sample: str) -> None:
    inventory = socproc.load_inventory(INVENTORY)
    one = socproc.process(SAMPLES / sample, inventory, AS_OF)
    two = socproc.process(SAMPLES / sample, inventory, AS_OF, jobs=2)
    assert one.to_dict() == two.to_dict()
    assert one.evidence_items == two.evidence_items


def test_document_type_context_applies_across_slices() -> None:
    # The Type I stated in the Word sample's introduction must reach rows in other slices.
    inventory = socproc.load_inventory(INVENTORY)
    result = socproc.process(
        SAMPLES / "northwind_supplier_due_diligence.docx", inventory, AS_OF, jobs=3
    )
    sources = {r.classification.type_source for r in result.responses}
    assert "context" in sources


def _cells(path: Path) -> dict[str, list[list[object]]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def test_parallel_writes_equal_sequential(tmp_path: Path) -> None:
    inventory = socproc.load_inventory(INVENTORY)
    result = socproc.process(SAMPLES / "contoso_bank_vendor_assessment.xlsx", inventory, AS_OF)
    seq = write_outputs(result, tmp_path / "seq")
    par = write_outputs(result, tmp_path / "par", jobs=2)
    assert [p.name for p in seq] == [p.name for p in par]
    assert json.loads(seq[1].read_text()) == json.loads(par[1].read_text())
    for a, b in ((seq[0], par[0]), (seq[2], par[2])):
        assert _cells(a) == _cells(b)
    assert sorted(p.name for p in (tmp_path / "par").iterdir()) == sorted(p.name for p in par)


@pytest.mark.parametrize("jobs", [1, 2])
def test_meanwhile_runs_once_in_this_process(tmp_path: Path, jobs: int) -> None:
    inventory = socproc.load_inventory(INVENTORY)
    result = socproc.process(SAMPLES / "contoso_bank_vendor_assessment.xlsx", inventory, AS_OF)
    ran: list[int] = []
    paths = write_outputs(result, tmp_path, jobs=jobs, meanwhile=lambda: ran.append(os.getpid()))
    assert ran == [os.getpid()]  # its results are the caller's, not a child's
    stem = "contoso_bank_vendor_assessment"
    assert [p.name for p in paths] == [
        f"{stem}.response.xlsx",
        f"{stem}.response.json",
        f"{stem}.filled.xlsx",
    ]
    assert sorted(p.name for p in paths) == sorted(p.name for p in tmp_path.iterdir())


@pytest.mark.parametrize("broken_writer", ["write_response_json", "write_response_workbook"])
def test_a_failing_parallel_writer_leaves_no_partial_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken_writer: str
) -> None:
    # The JSON is written in the forked child, the workbook in this process: either failing
    # leaves nothing.
    inventory = socproc.load_inventory(INVENTORY)
    result = socproc.process(SAMPLES / "contoso_bank_vendor_assessment.xlsx", inventory, AS_OF)

    def broken(*_args: object) -> Path:
        raise OutputError("x.response.json", "cannot write the output (disk full)", "free space")

    monkeypatch.setattr(f"socproc.write.{broken_writer}", broken)
    with pytest.raises(OutputError, match="disk full"):
        write_outputs(result, tmp_path, jobs=2)
    assert list(tmp_path.iterdir()) == []


def test_a_parallel_write_stopped_while_waiting_leaves_no_temporary_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inventory = socproc.load_inventory(INVENTORY)
    result = socproc.process(SAMPLES / "contoso_bank_vendor_assessment.xlsx", inventory, AS_OF)
    real_json = write_module.write_response_json

    def slow_json(res: object, path: Path) -> Path:
        written = real_json(res, path)  # type: ignore[arg-type]
        time.sleep(30)  # the child is still busy when this process is stopped
        return written

    def stop(*_args: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C, or SIGTERM raised as one by a folder run

    monkeypatch.setattr(write_module, "write_response_json", slow_json)
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, 1.0)  # fires while this process waits for the child
    try:
        with pytest.raises(KeyboardInterrupt):
            write_outputs(result, tmp_path, jobs=2)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert list(tmp_path.iterdir()) == []  # no workbook, JSON or filled copy, final or temporary
    assert multiprocessing.active_children() == []


def test_a_crashing_child_is_one_clear_error() -> None:
    def crash() -> None:
        raise RuntimeError("boom")

    child = forks.start_child(crash)
    with pytest.raises(OutputError) as info:
        child.join()
    assert "internal error (RuntimeError: boom)" in info.value.line()


def _requirements() -> list[Requirement]:
    return [Requirement(f"S!B{i}", f"Do you encrypt backups number {i}?") for i in range(20)]


def test_a_failing_slice_raises_its_own_error_and_leaves_no_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inventory = socproc.load_inventory(INVENTORY)
    real = pipeline.classify

    def failing(text: str, settings: Settings | None = None) -> Classification:
        if text.endswith("19?"):  # in the last slice, which a child works on
            raise MemoryError("bad row")  # not one row's fault: it stops the file
        return real(text, settings)

    monkeypatch.setattr(pipeline, "classify", failing)
    with pytest.raises(MemoryError, match="bad row"):
        pipeline.classify_and_map(_requirements(), inventory, date(2026, 11, 26), Settings(), (), 2)
    assert multiprocessing.active_children() == []


def test_a_fault_in_one_row_of_a_childs_slice_leaves_only_that_row_for_review(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inventory = socproc.load_inventory(INVENTORY)
    real = pipeline.map_requirement
    day = date(2026, 11, 26)
    alone = pipeline.classify_and_map(_requirements(), inventory, day, Settings(), (), 1)[1]

    def failing(req: Requirement, *args: object, **kw: object) -> Mapping:
        if req.question.endswith("19?"):  # in the last slice, which a child works on
            raise ValueError("bad row")
        return real(req, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "map_requirement", failing)
    maps = pipeline.classify_and_map(_requirements(), inventory, day, Settings(), (), 2)[1]
    assert maps[:19] == alone[:19]
    assert maps[19].flags == ("not_processed",) and maps[19].status == "review"
    assert multiprocessing.active_children() == []


def test_a_killed_slice_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    inventory = socproc.load_inventory(INVENTORY)
    real = pipeline.classify

    def dying(text: str, settings: Settings | None = None) -> Classification:
        if text.endswith("19?"):
            os._exit(3)
        return real(text, settings)

    monkeypatch.setattr(pipeline, "classify", dying)
    with pytest.raises(RuntimeError, match=r"ended unexpectedly \(exit code 3\)"):
        pipeline.classify_and_map(_requirements(), inventory, date(2026, 11, 26), Settings(), (), 2)
    assert multiprocessing.active_children() == []


def test_results_pickle_as_constructor_arguments() -> None:
    inventory = socproc.load_inventory(INVENTORY)
    result = socproc.process(SAMPLES / "contoso_bank_vendor_assessment.xlsx", inventory, AS_OF)
    response = result.responses[0]
    assert response.__reduce__()[0] is type(response)
    again = pickle.loads(pickle.dumps(result))
    assert again.responses == result.responses and again.skipped == result.skipped


def test_gc_is_paused_only_inside_and_restored_on_error() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still holds it
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # a caller's own choice is kept
    finally:
        gc.enable()


def _process_in_pool(path: str) -> int:
    inventory = socproc.load_inventory(INVENTORY)
    return len(socproc.process(path, inventory, AS_OF, jobs=2).responses)


def test_a_pool_worker_processes_sequentially() -> None:
    # multiprocessing.Pool workers are daemonic and may not fork children of their own.
    sample = str(SAMPLES / "contoso_bank_vendor_assessment.xlsx")
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_process_in_pool, (sample,)) > 0
