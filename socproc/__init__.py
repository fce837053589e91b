"""socproc: security and procurement questionnaires into triaged, evidence-backed answers.

    import socproc
    inv = socproc.load_inventory("vendor.yaml")
    res = socproc.process("q.xlsx", inv, as_of="2026-11-26")
    res.to_frame(); res.write("out/")
    socproc.classify("Please share your SOC 2 Type II report")
    batch = socproc.process_folder("inbox/", inv); batch.to_frame()

Names are imported on first use, so that the command line starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import socproc.extract as _extract_stage  # noqa: F401  (loaded first: see extract() below)
from socproc._version import __version__
from socproc.classify import classify, classify_all

if TYPE_CHECKING:
    from pathlib import Path

    from socproc.api import process, process_folder
    from socproc.errors import InventoryError, SocprocError
    from socproc.inventory import Inventory, load_answers, load_inventory
    from socproc.layout import LayoutRules, load_layout
    from socproc.model import (
        Classification,
        Extraction,
        Mapping,
        Requirement,
        Response,
        Settings,
        SocNeed,
        Status,
    )
    from socproc.result import Batch, Result

_WHERE = {
    "process": "socproc.api",
    "process_folder": "socproc.api",
    "SocprocError": "socproc.errors",
    "InventoryError": "socproc.errors",
    "Inventory": "socproc.inventory",
    "load_inventory": "socproc.inventory",
    "load_answers": "socproc.inventory",
    "load_layout": "socproc.layout",
    "Classification": "socproc.model",
    "Extraction": "socproc.model",
    "Mapping": "socproc.model",
    "Requirement": "socproc.model",
    "Response": "socproc.model",
    "Settings": "socproc.model",
    "SocNeed": "socproc.model",
    "Status": "socproc.model",
    "Batch": "socproc.result",
    "Result": "socproc.result",
}

__all__ = [
    "Batch",
    "Classification",
    "Extraction",
    "Inventory",
    "InventoryError",
    "Mapping",
    "Requirement",
    "Response",
    "Result",
    "Settings",
    "SocNeed",
    "SocprocError",
    "Status",
    "__version__",
    "classify",
    "classify_all",
    "extract",
    "load_answers",
    "load_inventory",
    "load_layout",
    "process",
    "process_folder",
]


# The stage modules socproc.extract and socproc.classify share their names with these public
# functions. Both modules are imported above, before the names are bound here, so the package
# attributes stay the functions (Python sets a submodule attribute only when it first loads it).
def extract(
    path: str | Path, layout: LayoutRules | None = None, settings: Settings | None = None
) -> Extraction:
    """Read one questionnaire and return its requirements and skipped rows, without mapping."""
    from socproc.api import extract as extract_file

    return extract_file(path, layout, settings)


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'socproc' has no attribute {name!r}")
