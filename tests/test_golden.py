"""Golden test: one sample's response workbook and filled copy, cell by cell, clock pinned."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "regen_golden.py"


def _regen_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("regen_golden", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_outputs_match_the_golden_record(tmp_path: Path) -> None:
    regen = _regen_module()
    expected = json.loads(regen.GOLDEN.read_text(encoding="utf-8"))
    actual = json.loads(json.dumps(regen.snapshot(tmp_path)))
    for part in ("response", "filled"):
        for sheet, want in expected[part].items():
            got = actual[part][sheet]
            assert got["values"] == want["values"], (
                f"{part}/{sheet} values differ: run scripts/regen_golden.py if intended"
            )
            assert got["fills"] == want["fills"], f"{part}/{sheet} fills differ"
        assert sorted(actual[part]) == sorted(expected[part])
