"""A module defines each of its top-level names once: a second `_X_RX = ...` further down
silently replaces the first for every function that reads it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "socproc"


def _top_level_names(path: Path) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_defined_twice(path: Path) -> None:
    twice = sorted(n for n, count in _top_level_names(path).items() if count > 1)
    assert twice == [], f"{path.relative_to(PACKAGE.parent)} defines {twice} more than once"


def test_the_check_finds_a_name_defined_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_RX = re.compile("a")\n_RX = re.compile("b")\n')
    assert _top_level_names(module)["_RX"] == 2
