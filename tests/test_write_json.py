"""NAME.response.json and _run.json: valid against the shipped schema, readable UTF-8, atomic."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest
from test_write_helpers import make_result

from socproc.contract import RESPONSE_SCHEMA, load_schema
from socproc.model import RESPONSE_KEYS
from socproc.write import write_outputs, write_run_record
from socproc.write.jsonout import response_errors


def test_response_json_is_valid_and_complete(tmp_path: Path) -> None:
    paths = write_outputs(make_result("inbox/Vendör q.csv", "json"), tmp_path)
    text = paths[1].read_text(encoding="utf-8")
    doc = json.loads(text)
    assert response_errors(doc) == []
    assert doc["source"] == "Vendör q.csv" and "Vendör" in text  # ensure_ascii=False
    assert text.startswith('{\n  "source"')  # indent=2
    assert [list(r) for r in doc["requirements"]] == [list(RESPONSE_KEYS)] * 6
    assert doc["requirements"][5]["answer_source"] == {
        "kind": "library",
        "source": "answers.yaml",
        "question_id": "DOCU-01",
        "similarity": 0.93,
    }
    assert doc["skipped"] == [{"ref": "Questions!A1", "reason": "header"}]


def test_schema_rejects_what_spec_section_7_forbids() -> None:
    doc = make_result().to_dict()
    req = doc["requirements"][0]
    assert response_errors(doc) == []
    bad = [
        {**req, "status": "done"},
        {**req, "soc_need": ["SOC 2"]},
        {
            **req,
            "answer_source": {"kind": "guess", "source": "x", "question_id": None, "similarity": 1},
        },
        {k: v for k, v in req.items() if k != "remedy"},
        {**req, "extra": 1},
        {**req, "confidence": 1.5},
        {**req, "criteria": ["6.1"]},
    ]
    for item in bad:
        assert response_errors({**doc, "requirements": [item]}), item
    assert response_errors({**doc, "as_of": "26/11/2026"})
    assert response_errors({**doc, "skipped": [{"ref": "A1"}]})


def test_schema_is_2020_12_and_names_every_key() -> None:
    schema = load_schema(RESPONSE_SCHEMA)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$defs"]["requirement"]["required"] == list(RESPONSE_KEYS)


def test_installed_schema_matches_the_source_tree() -> None:
    if importlib.util.find_spec("socproc.schemas") is None:
        pytest.skip("socproc is not installed: schemas/ is read from the source tree")
    shipped = resources.files("socproc.schemas").joinpath("response.schema.json").read_text("utf-8")
    source = Path(__file__).resolve().parents[1] / "schemas" / "response.schema.json"
    assert json.loads(shipped) == json.loads(source.read_text("utf-8"))


def test_run_record_round_trips(tmp_path: Path) -> None:
    record = {
        "version": "0.1.0",
        "as_of": "2026-11-26",
        "inputs": [{"path": "a/é.xlsx", "status": "ok"}],
    }
    path = write_run_record(record, tmp_path / "_run.json")
    assert json.loads(path.read_text(encoding="utf-8")) == record
    assert [p.name for p in tmp_path.iterdir()] == ["_run.json"]
