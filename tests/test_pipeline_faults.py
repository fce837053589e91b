"""A fault in one row's rule leaves that row for review, flagged; the file and the batch go on."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import socproc
from socproc import pipeline
from socproc.cli import cli
from socproc.model import Flag, Status

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "questionnaires" / "contoso_bank_vendor_assessment.xlsx"
INVENTORY = ROOT / "samples" / "inventory.yaml"
SCHEMA = ROOT / "schemas" / "response.schema.json"
AS_OF = "2026-11-26"


@pytest.fixture(scope="module")
def inventory() -> socproc.Inventory:
    return socproc.load_inventory(INVENTORY)


@pytest.fixture(scope="module")
def clean(inventory: socproc.Inventory) -> socproc.Result:
    return socproc.process(SAMPLE, inventory, AS_OF)


def _failing_on(real: Callable[..., Any], question: str, exc: BaseException) -> Callable[..., Any]:
    """`real`, raising `exc` for the row whose question is `question`."""

    def patched(first: Any, *rest: Any, **kw: Any) -> Any:
        text = first if isinstance(first, str) else first.question
        if text == question:
            raise exc
        return real(first, *rest, **kw)

    return patched


@pytest.mark.parametrize("stage", ["classify", "map_requirement"])
def test_a_fault_in_one_row_leaves_it_for_review_and_answers_the_rest(
    stage: str,
    monkeypatch: pytest.MonkeyPatch,
    inventory: socproc.Inventory,
    clean: socproc.Result,
) -> None:
    struck = clean.responses[3]
    real = getattr(pipeline, stage)
    monkeypatch.setattr(
        pipeline, stage, _failing_on(real, struck.question, ValueError("day is out of range"))
    )
    result = socproc.process(SAMPLE, inventory, AS_OF)
    assert len(result.responses) == len(clean.responses)
    for before, after in zip(clean.responses, result.responses, strict=True):
        if after.ref != struck.ref:
            assert after.mapping == before.mapping
            continue
        assert after.mapping.status is Status.REVIEW
        assert after.mapping.flags == (Flag.NOT_PROCESSED,)
        assert (after.mapping.answer, after.mapping.filled) == ("", False)
        assert "ValueError: day is out of range" in after.mapping.suggested_response
        assert "please report it" in after.mapping.suggested_response


def test_a_struck_row_is_valid_json_and_the_run_line_names_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clean: socproc.Result
) -> None:
    struck = clean.responses[1]
    monkeypatch.setattr(
        pipeline,
        "map_requirement",
        _failing_on(pipeline.map_requirement, struck.question, KeyError("criterion")),
    )
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    got = CliRunner().invoke(
        cli,
        ["run", str(inbox), "--inventory", str(INVENTORY), "--out", str(out), "--as-of", AS_OF],
    )
    assert got.exit_code == 0, got.output
    assert f"1 row not processed (a fault in socproc), left for review: {struck.ref}" in (
        got.output
    )
    assert "Traceback" not in got.output
    data = json.loads((out / f"{SAMPLE.stem}.response.json").read_text())
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    row = next(r for r in data["requirements"] if r["ref"] == struck.ref)
    assert (row["status"], row["flags"], row["filled"]) == ("review", ["not_processed"], False)


def test_running_out_of_memory_is_not_one_rows_fault(
    monkeypatch: pytest.MonkeyPatch, inventory: socproc.Inventory, clean: socproc.Result
) -> None:
    question = clean.responses[0].question
    monkeypatch.setattr(
        pipeline, "classify", _failing_on(pipeline.classify, question, MemoryError())
    )
    with pytest.raises(MemoryError):
        socproc.process(SAMPLE, inventory, AS_OF)
