"""HTML views of ResultView and BatchView for Jupyter: counts by status, demand, top gaps, failures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from socproc.model import STATUSES
from socproc.write.summary import per_questionnaire
from socproc.write.workbook import TOP_GAPS, top_gaps
from socproc.write.xlsxcells import STATUS_COLOURS

if TYPE_CHECKING:
    from socproc.model import BatchView, ResultView

# The notebook shows fewer top gaps than the workbook's Summary sheet: it is a glance.
SHOWN_GAPS = min(5, TOP_GAPS)
_STYLE = (
    "<style>"
    ".socproc table{border-collapse:collapse;margin:4px 12px 8px 0;display:inline-table;"
    "vertical-align:top}"
    ".socproc th,.socproc td{border:1px solid #ccc;padding:2px 8px;text-align:left}"
    ".socproc td.n{text-align:right}"
    "</style>"
)


def _cell(value: object, status: str | None = None) -> str:
    """One table cell, escaped (questionnaire text is untrusted); coloured for a status."""
    numeric = isinstance(value, int) and not isinstance(value, bool)
    cls = ' class="n"' if numeric else ""
    style = ""
    if status in STATUS_COLOURS and value:
        fill, font = STATUS_COLOURS[status]
        style = f' style="background:{fill};color:{font}"'
    return f"<td{cls}{style}>{escape(str(value))}</td>"


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], caption: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            _cell(v, h if h in STATUS_COLOURS else None) for h, v in zip(headers, row, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _status_table(counts: dict[str, int]) -> str:
    rows = [(s, counts.get(s, 0)) for s in STATUSES]
    body = "".join(f"<tr>{_cell(s, s)}{_cell(n)}</tr>" for s, n in rows)
    total = f"<tr><th>total</th>{_cell(sum(counts.values()))}</tr>"
    head = "<thead><tr><th>Status</th><th>Requirements</th></tr></thead>"
    return f"<table>{head}<tbody>{body}{total}</tbody></table>"


def _gaps_table(gaps: Sequence[tuple[str, int, int]]) -> str:
    if not gaps:
        return "<p>No gaps: every requirement is covered or left for review.</p>"
    return _table(("Remedy", "gap", "partial"), gaps, f"Top gaps (by remedy, top {SHOWN_GAPS})")


def result_html(result: ResultView) -> str:
    """A ResultView at a glance: what it is, counts by status and by SOC need, the top gaps."""
    needs = result.need_counts()
    head = (
        f"<h4>{escape(result.name)}</h4><p>{escape(result.vendor)} as of "
        f"{result.as_of.isoformat()}: {len(result.responses)} requirements, "
        f"{len(result.skipped)} skipped rows ({escape(result.format)})</p>"
    )
    need_table = _table(("SOC need", "Requirements"), list(needs.items()))
    gaps = _gaps_table(top_gaps(result.responses, SHOWN_GAPS))
    return f'<div class="socproc">{_STYLE}{head}{_status_table(result.counts())}{need_table}<br>{gaps}</div>'


def batch_html(batch: BatchView) -> str:
    """A BatchView at a glance: inputs, counts per questionnaire and status, demand, the
    recommended next report, the top gaps (when results are kept) and failed inputs."""
    states = {
        s: sum(i.status == s for i in batch.inputs) for s in ("ok", "skipped", "deferred", "failed")
    }
    counts = batch.counts()
    head = (
        f"<h4>{escape(batch.vendor)} inbox as of {batch.as_of.isoformat()}</h4><p>"
        f"{len(batch.inputs)} inputs: "
        + ", ".join(f"{n} {s}" for s, n in states.items())
        + f"; {sum(counts.values())} requirements</p>"
    )
    files = [
        (name, sum(c.get(s, 0) for s in STATUSES), *(c.get(s, 0) for s in STATUSES))
        for name, c, _ in per_questionnaire(batch)
    ]
    files.append(("total", sum(counts.values()), *(counts[s] for s in STATUSES)))
    parts = [head, _table(("File", "Requirements", *STATUSES), files)]
    if batch.demand_rows:
        demand = [
            (d.need, d.questionnaires, d.requirements, d.covered, d.partial, d.gap, d.held or "—")
            for d in batch.demand_rows
        ]
        headers = (
            "SOC need",
            "Questionnaires",
            "Requirements",
            "covered",
            "partial",
            "gap",
            "Held",
        )
        parts.append("<br>" + _table(headers, demand, "Demand across the inbox"))
    if batch.recommendation is not None:
        rec = batch.recommendation
        what = f"Next report to pursue: <b>{escape(rec.report)}</b> — " if rec.report else ""
        parts.append(f"<p>{what}{escape(rec.reason)}</p>")
    if batch.results:
        parts.append(
            _gaps_table(top_gaps((r for b in batch.results for r in b.responses), SHOWN_GAPS))
        )
    elif counts["gap"] or counts["partial"]:
        parts.append("<p>Top gaps: results were not kept in memory (keep_results=False).</p>")
    trouble = [
        (i.path, i.status, i.error or "")
        for i in batch.inputs
        if i.status in ("failed", "deferred")
    ]
    if trouble:
        parts.append(_table(("Input", "Status", "Why"), trouble, "Inputs not processed"))
    return f'<div class="socproc">{_STYLE}{"".join(parts)}</div>'
