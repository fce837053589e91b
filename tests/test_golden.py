"""Golden test: one sample's response workbook and filled copy, cell by cell, clock pinned."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from helpers import load_script


def _regen_module() -> ModuleType:
    return load_script("regen_golden")


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
