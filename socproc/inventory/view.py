"""inventory_html(): an Inventory as a holdings table in a notebook, as check-inventory lists it."""

from __future__ import annotations

from html import escape
from typing import Any

# Inventory and Report come in as arguments, not imports: `load` calls this module, and the
# layer test forbids an import cycle even under TYPE_CHECKING.


def _period(r: Any) -> str:
    if r.kind == "bridge letter":
        return f"extends {r.extends} through {r.through}"
    if r.period_start and r.period_end and r.period_start != r.period_end:
        return f"{r.period_start} to {r.period_end}"
    if r.period_end:
        return f"as of {r.period_end}"
    return f"expires {r.expires}" if r.expires else ""


def inventory_html(inv: Any) -> str:
    """The vendor, one row per report (label, period, categories, exceptions, carve-outs,
    sharing) and the counts of controls, documents and approved answers; text escaped."""
    head = "".join(
        f"<th>{h}</th>"
        for h in ("Report", "What", "Period", "Categories", "Exceptions", "Carved out", "Sharing")
    )
    rows = []
    for r in inv.reports:
        carved = ", ".join(o.name for o in r.subservice_orgs if o.method == "carve-out")
        cells = (
            r.id,
            r.label,
            _period(r),
            ", ".join(r.categories),
            str(len(r.exceptions)) if r.exceptions else "",
            carved,
            r.sharing,
        )
        rows.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>")
    as_of = f" as of {inv.as_of}" if inv.as_of else ""
    counts = (
        f"{len(inv.controls)} controls, {len(inv.documents)} documents, "
        f"{len(inv.answers)} approved answers"
    )
    warnings = "".join(f"<li>{escape(w)}</li>" for w in inv.warnings)
    return (
        f"<div><h4>{escape(inv.vendor)}{escape(as_of)}</h4>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<p>{counts}</p>" + (f"<ul>{warnings}</ul>" if warnings else "") + "</div>"
    )
