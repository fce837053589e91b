"""Shared test helpers: loading the project's scripts/ files, which are not a package."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(name: str) -> ModuleType:
    """Import scripts/NAME.py as a module (scripts are run by hand, never imported by socproc)."""
    spec = importlib.util.spec_from_file_location(
        f"socproc_script_{name}", ROOT / "scripts" / f"{name}.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
