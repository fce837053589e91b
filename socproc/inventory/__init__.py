"""The inventory: the vendor's holdings file (YAML/JSON) → checked, frozen records.

`check` turns a file into plain data or every problem with its fix; `load` freezes that data
into `Inventory` and its records.
"""

from __future__ import annotations

from socproc.inventory.load import (
    ApprovedAnswer,
    Contact,
    Control,
    EvidenceDocument,
    Inventory,
    Report,
    ReportException,
    SubserviceOrg,
    load_answers,
    load_inventory,
    summarize_inventory,
)

__all__ = [
    "ApprovedAnswer",
    "Contact",
    "Control",
    "EvidenceDocument",
    "Inventory",
    "Report",
    "ReportException",
    "SubserviceOrg",
    "load_answers",
    "load_inventory",
    "summarize_inventory",
]
