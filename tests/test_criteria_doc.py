"""docs/guide.md lists every Trust Services Criteria id with its meaning, from socproc/criteria.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from socproc.criteria import CRITERIA

ROOT = Path(__file__).resolve().parents[1]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "criteria_doc", ROOT / "scripts" / "criteria_doc.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_guide_lists_every_criterion_as_the_table_says() -> None:
    script = _script()
    text = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    assert script.updated(text) == text, "run python scripts/criteria_doc.py --write"
    for c in CRITERIA:
        assert f"| `{c.id}` | {c.summary} |" in text
