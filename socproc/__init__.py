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

from socproc._version import __version__

if TYPE_CHECKING:
    from socproc.api import apply, process, process_folder
    from socproc.classify import classify, classify_all
    from socproc.errors import InventoryError, SocprocError
    from socproc.extract import extract_file as extract
    from socproc.inventory.load import Inventory, load_answers, load_inventory
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
    from socproc.read.layout import load_layout
    from socproc.result import Batch, Result
    from socproc.write.xlsxcells import STATUS_COLOURS

# Public name → the module that defines it. `extract` and `classify` are the stage modules
# themselves, callable as their verbs (`socproc.classify(text)`), so that `import
# socproc.classify` gives the module and the name stays the verb.
_WHERE = {
    "classify_all": "socproc.classify",
    "apply": "socproc.api",
    "process": "socproc.api",
    "process_folder": "socproc.api",
    "SocprocError": "socproc.errors",
    "InventoryError": "socproc.errors",
    "Inventory": "socproc.inventory.load",
    "load_inventory": "socproc.inventory.load",
    "load_answers": "socproc.inventory.load",
    "load_layout": "socproc.read.layout",
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
    # Fill and font colour per status, as the workbooks show them: for plots in a notebook.
    "STATUS_COLOURS": "socproc.write.xlsxcells",
}

__all__ = [
    "STATUS_COLOURS",
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
    "apply",
    "classify",
    "classify_all",
    "extract",
    "load_answers",
    "load_inventory",
    "load_layout",
    "process",
    "process_folder",
]


_STAGES = {"extract": "socproc.extract", "classify": "socproc.classify"}


def __getattr__(name: str) -> Any:
    if name in _STAGES:
        return importlib.import_module(_STAGES[name])
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'socproc' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
