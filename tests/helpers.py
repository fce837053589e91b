"""Shared test helpers: where the shared corpus is, and loading the project's scripts/ files."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

from socproc.classify import classify
from socproc.model import SocNeed

ROOT = Path(__file__).resolve().parents[1]
# The real questionnaires of ../shared (never copied into the project): one place for every test.
CORPUS = Path(os.environ.get("SOCPROC_CORPUS") or ROOT.parent / "shared" / "corpus")
# How to turn the corpus tests on when they skip.
CORPUS_HINT = (
    f"corpus not found at {CORPUS}: set SOCPROC_CORPUS to the shared/corpus folder to run these"
)


def load_script(name: str) -> ModuleType:
    """Import scripts/NAME.py as a module (scripts are run by hand, never imported by socproc)."""
    spec = importlib.util.spec_from_file_location(
        f"socproc_script_{name}", ROOT / "scripts" / f"{name}.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_soc2(text: str, criterion: str) -> None:
    """`text` is classified as needing a SOC 2 Type II, on `criterion` among others."""
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC2_TYPE2,), c.rationale
    assert criterion in c.criteria, c.rationale


def assert_soc1(text: str) -> None:
    """`text` is classified as needing a SOC 1."""
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC1,), c.rationale


def assert_no_report(text: str) -> None:
    """`text` is classified as needing no SOC report."""
    c = classify(text)
    assert c.soc_need == (), c.rationale
