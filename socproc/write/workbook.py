"""NAME.response.xlsx: Summary, Responses, Gaps and Evidence sheets, laid out with XlsxWriter."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Mapping as AbcMapping
from datetime import datetime, time
from pathlib import Path
from typing import Any

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from socproc._version import __version__
from socproc.model import NEEDS, STATUSES, Response, ResultView, Review, SimilarAnswer, Status
from socproc.write.atomic import write_atomic
from socproc.write.review_sheets import carried_over_sheet, source_properties, with_reviews
from socproc.write.sheetrows import append_rows
from socproc.write.xlsxcells import (
    STATUS_COLOURS,
    cell_text,
    joined,
    new_workbook,
    print_setup,
    row_height,
    row_heights_of,
    table_formats,
    table_layout,
    top_format,
    wrapped_columns,
    write_row,
    write_table,
)

# Spec section 7: these headers, exactly, in this order. The machine writes the first 17; the
# last three are the reviewer's (spec section 8) and the machine leaves them empty.
RESPONSE_HEADERS: tuple[str, ...] = (
    "Ref",
    "Question ID",
    "Section",
    "Question",
    "SOC Need",
    "Criteria",
    "Status",
    "Flags",
    "Evidence",
    "Answer",
    "Suggested Response",
    "Remedy",
    "Confidence",
    "Rationale",
    "Answer Source",
    "Filled",
    "Similar Answers",
    "Final Answer",
    "Final Response",
    "Approved",
)
REVIEWER_HEADERS: tuple[str, ...] = RESPONSE_HEADERS[-3:]
RESPONSE_WIDTHS: tuple[float, ...] = (
    16,
    12,
    22,
    60,
    16,
    14,
    10,
    22,
    18,
    12,
    60,
    36,
    11,
    40,
    24,
    8,
    50,
    14,
    50,
    10,
)
# Every column whose text can outgrow its width wraps (a cut Ref or evidence list hides where
# an answer is and what backs it); each row is then as tall as its longest cell.
WRAPPED_HEADERS = frozenset(RESPONSE_HEADERS) - {"Status", "Confidence", "Filled", "Approved"}
GAP_HEADERS: tuple[str, ...] = (
    "Ref",
    "Question ID",
    "Question",
    "SOC Need",
    "Criteria",
    "Status",
    "Flags",
    "Remedy",
    "Evidence",
)
GAP_WIDTHS: tuple[float, ...] = (16, 12, 60, 16, 14, 10, 24, 40, 18)
EVIDENCE_HEADERS: tuple[str, ...] = ("ID", "Kind", "Title", "Sharing", "Detail", "Rows Citing")
EVIDENCE_WIDTHS: tuple[float, ...] = (20, 14, 40, 10, 50, 12)

TOP_GAPS = 10
GAP_WRAPPED = frozenset(GAP_HEADERS) - {"Status"}
EVIDENCE_WRAPPED = frozenset(EVIDENCE_HEADERS) - {"Rows Citing"}


def response_row(resp: Response) -> tuple[object, ...]:
    """The Responses sheet values of one requirement, in RESPONSE_HEADERS order."""
    r, c, m = resp.requirement, resp.classification, resp.mapping
    src = m.answer_source
    source = ""
    if src is not None:
        qid = f" {src.question_id}" if src.question_id else ""
        source = f"library: {src.source}{qid} ({src.similarity:.2f})"
    return (
        r.ref,
        r.question_id,
        r.section,
        r.question,
        joined(c.soc_need),
        joined(c.criteria),
        str(m.status),
        joined(m.flags),
        joined(m.evidence),
        m.answer,
        m.suggested_response,
        m.remedy,
        round(c.confidence, 2),
        c.rationale,
        source,
        "Yes" if m.filled else "No",
        similar_text(m.similar_answers),
        "",
        "",
        "",
    )


def similar_text(similar: Iterable[SimilarAnswer]) -> str:
    """The Similar Answers cell: one line per earlier answer, best first, with its source."""
    lines = []
    for a in similar:
        qid = f" {a.question_id}" if a.question_id else ""
        lines.append(f"[{a.score:.2f}] {a.source}{qid}: {a.question} → {a.answer}")
    return "\n".join(lines)


def gap_row(resp: Response) -> tuple[object, ...]:
    """The Gaps sheet values of one gap or partial requirement."""
    r, c, m = resp.requirement, resp.classification, resp.mapping
    return (
        r.ref,
        r.question_id,
        r.question,
        joined(c.soc_need),
        joined(c.criteria),
        str(m.status),
        joined(m.flags),
        m.remedy,
        joined(m.evidence),
    )


def is_gap(resp: Response) -> bool:
    return resp.mapping.status in (Status.GAP, Status.PARTIAL)


def status_by_need(responses: Iterable[Response]) -> dict[str, Counter[str]]:
    """Requirements per SOC need ("none" for no need), split by status."""
    table: dict[str, Counter[str]] = {n: Counter() for n in NEEDS}
    for resp in responses:
        for need in resp.classification.soc_need or ("none",):
            table[str(need)][str(resp.mapping.status)] += 1
    return table


def top_gaps(responses: Iterable[Response], limit: int = TOP_GAPS) -> list[tuple[str, int, int]]:
    """The most frequent remedies among gap and partial rows: (remedy, gaps, partials)."""
    gaps: Counter[str] = Counter()
    partials: Counter[str] = Counter()
    for resp in responses:
        if is_gap(resp):
            # A row's remedy joins its separate fixes with "; ": each is counted on its own,
            # so that one fix shared by many rows is listed once, with all of them.
            fixes = list(dict.fromkeys(filter(None, resp.mapping.remedy.split("; "))))
            tally = gaps if resp.mapping.status == Status.GAP else partials
            tally.update(fixes or ("(no remedy given)",))
    ranked = sorted(set(gaps) | set(partials), key=lambda k: (-(gaps[k] + partials[k]), k))
    return [(k, gaps[k], partials[k]) for k in ranked[:limit]]


def citations(responses: Iterable[Response]) -> Counter[str]:
    """How many requirements cite each evidence id."""
    count: Counter[str] = Counter()
    for resp in responses:
        count.update(set(resp.mapping.evidence))
    return count


def write_response_workbook(
    result: ResultView,
    path: Path,
    reviews: AbcMapping[str, Review] | None = None,
    carried: Sequence[Sequence[object]] = (),
) -> Path:
    """Write NAME.response.xlsx for `result` atomically; return its path.

    `reviews` (by Ref) fill the reviewer's columns, carried over from the last workbook;
    `carried` rows, reviewed but matching no requirement now, go on a `Carried Over` sheet.
    """
    return write_atomic(path, lambda tmp: _build(result, tmp, reviews or {}, carried))


def _build(
    result: ResultView,
    tmp: Path,
    reviews: AbcMapping[str, Review],
    carried: Sequence[Sequence[object]],
) -> None:
    # XlsxWriter lays out every sheet and writes the small ones; the Responses and Gaps rows
    # go straight into its sheet XML afterwards (see socproc.write.sheetrows).
    rows = [response_row(r) for r in result.responses]
    rows = with_reviews(rows, [r.requirement.ref for r in result.responses], reviews)
    gap_rows = [gap_row(r) for r in result.responses if is_gap(r)]
    package = io.BytesIO()
    wb = new_workbook(package)
    try:
        _properties(wb, result)
        header, wrap = table_formats(wb)
        summary = wb.add_worksheet("Summary")
        responses = wb.add_worksheet("Responses")
        gaps = wb.add_worksheet("Gaps")
        evidence = wb.add_worksheet("Evidence")
        _responses_sheet(wb, responses, len(rows), header, wrap)
        top = top_format(wb)
        table_layout(gaps, GAP_HEADERS, len(gap_rows), GAP_WIDTHS, header, wrap, GAP_WRAPPED, top)
        _status_colours(wb, gaps, GAP_HEADERS.index("Status"), len(gap_rows))
        _evidence_sheet(evidence, result, header, wrap, top)
        _summary_sheet(wb, summary, result, header, wrap)
        carried_over_sheet(wb, carried, header, wrap)
    finally:
        wb.close()
    heights = {
        "Responses": row_heights(rows, RESPONSE_HEADERS, RESPONSE_WIDTHS, WRAPPED_HEADERS),
        "Gaps": row_heights(gap_rows, GAP_HEADERS, GAP_WIDTHS, GAP_WRAPPED),
    }
    append_rows(package.getvalue(), tmp, {"Responses": rows, "Gaps": gap_rows}, 2, heights)


def row_heights(
    rows: Iterable[tuple[object, ...]],
    headers: tuple[str, ...],
    widths: tuple[float, ...],
    wrapped: frozenset[str],
) -> list[float]:
    """Each row's height in points, tall enough for its wrapped cells (see xlsxcells.row_height)."""
    return row_heights_of(rows, widths, wrapped_columns(headers, wrapped))


def _properties(wb: Workbook, result: ResultView) -> None:
    name = result.name
    wb.set_properties(
        {
            "title": f"SOC report triage: {name}",
            "subject": f"Responses for {name} as of {result.as_of.isoformat()}",
            "author": f"socproc {__version__}",
            "company": result.vendor,
            "keywords": "SOC 1, SOC 2, SOC 3, questionnaire",
            "comments": f"Generated by socproc {__version__} for {result.vendor} as of {result.as_of.isoformat()}",
            # Pinned to the as-of date so the same inputs give the same workbook.
            "created": datetime.combine(result.as_of, time()),
        }
    )
    wb.set_custom_property("socproc version", __version__)
    wb.set_custom_property("as of", result.as_of.isoformat())
    # Where the questionnaire was, so that `socproc apply` finds it again (bytes that are not
    # UTF-8 escaped, a long path in pieces: see source_properties).
    for key, value in source_properties(result.source).items():
        wb.set_custom_property(key, value)


def _responses_sheet(wb: Workbook, ws: Worksheet, n: int, header: Any, wrap: Any) -> None:
    top = top_format(wb)
    table_layout(ws, RESPONSE_HEADERS, n, RESPONSE_WIDTHS, header, wrap, WRAPPED_HEADERS, top)
    conf_col = RESPONSE_HEADERS.index("Confidence")
    ws.set_column(
        conf_col,
        conf_col,
        RESPONSE_WIDTHS[conf_col],
        wb.add_format({"num_format": "0.00", "valign": "top"}),
    )
    status_col = RESPONSE_HEADERS.index("Status")
    _status_colours(wb, ws, status_col, n)
    if n:
        ws.data_validation(
            1,
            status_col,
            n,
            status_col,
            {
                "validate": "list",
                "source": list(STATUSES),
                "error_title": "Status",
                "error_message": "Choose covered, partial, gap or review.",
            },
        )
        approved_col = RESPONSE_HEADERS.index("Approved")
        ws.data_validation(
            1,
            approved_col,
            n,
            approved_col,
            {
                "validate": "list",
                "source": ["Yes", "No"],
                "error_title": "Approved",
                "error_message": "Choose Yes to approve the final answer, or No.",
            },
        )


def _status_colours(wb: Workbook, ws: Worksheet, col: int, last_row: int) -> None:
    for status, (fill, font) in STATUS_COLOURS.items():
        fmt = wb.add_format({"bg_color": fill, "font_color": font})
        ws.conditional_format(
            1,
            col,
            max(last_row, 1),
            col,
            {"type": "cell", "criteria": "==", "value": f'"{status}"', "format": fmt},
        )


def _evidence_sheet(ws: Worksheet, result: ResultView, header: Any, wrap: Any, top: Any) -> None:
    cited = citations(result.responses)
    known = {e.id for e in result.evidence_items}
    rows: list[tuple[object, ...]] = [
        (e.id, e.kind, e.title, e.sharing, e.detail, cited.get(e.id, 0))
        for e in result.evidence_items
    ]
    # An id cited by a row but missing from evidence_items is still listed: nothing cited is hidden.
    rows += [(i, "", "", "", "", cited[i]) for i in sorted(cited) if i not in known]
    write_table(ws, EVIDENCE_HEADERS, rows, EVIDENCE_WIDTHS, header, wrap, EVIDENCE_WRAPPED, top)


# The per-file Summary: labels and remedies in a wide wrapped first column, counts beside them,
# the chart below the tables, so that the sheet prints on one landscape page width.
SUMMARY_WIDTHS: tuple[float, ...] = (60, 14, 12, 12, 12, 12)


def _summary_sheet(wb: Workbook, ws: Worksheet, result: ResultView, header: Any, wrap: Any) -> None:
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    for col, width in enumerate(SUMMARY_WIDTHS):
        ws.set_column(col, col, width)
    ws.write_string(0, 0, cell_text(f"SOC report triage: {result.name}"), title)
    ws.set_row(0, 20)
    written = sum(r.mapping.filled for r in result.responses)
    facts = [
        ("Vendor", result.vendor),
        ("As of", result.as_of.isoformat()),
        ("Requirements", len(result.responses)),
        ("Answers written to the filled copy", written),
        ("Left blank for review", len(result.responses) - written),
        ("Skipped rows", len(result.skipped)),
        ("socproc version", __version__),
    ]
    for i, fact in enumerate(facts, start=1):
        write_row(ws, i, fact)
    row = len(facts) + 2
    ws.write_string(row, 0, "Requirements by SOC need and status", bold)
    table = status_by_need(result.responses)
    write_row(ws, row + 1, ("SOC Need", *STATUSES, "Total"), header)
    first = row + 2
    for i, need in enumerate(NEEDS):
        counts = [table[need][s] for s in STATUSES]
        write_row(ws, first + i, (need, *counts, sum(counts)))
    totals = [sum(table[n][s] for n in NEEDS) for s in STATUSES]
    write_row(
        ws, first + len(NEEDS), ("Total (a row may need several)", *totals, sum(totals)), bold
    )
    status_counts = result.counts()
    row = first + len(NEEDS) + 2
    write_row(ws, row, ("Status", "Requirements"), header)
    for i, status in enumerate(STATUSES, start=1):
        write_row(ws, row + i, (status, status_counts[status]))
    row += len(STATUSES) + 2
    ws.write_string(row, 0, "Top gaps: each remedy once, with the rows it would close", bold)
    write_row(ws, row + 1, ("Remedy", "Gap", "Partial"), header)
    row += 2
    for gap in top_gaps(result.responses):
        write_row(ws, row, gap, wrap)
        ws.set_row(row, row_height(gap, SUMMARY_WIDTHS, (True, False, False)))
        row += 1
    _summary_chart(wb, ws, first, row + 1)
    print_setup(ws, gridlines=False, one_page=True)


def _summary_chart(wb: Workbook, ws: Worksheet, first: int, at_row: int) -> None:
    # Shares, not counts: a need asked 456 times would flatten one asked 9 times, where the
    # gaps often are. Each bar is one need at full length; the labels carry the counts.
    chart = wb.add_chart({"type": "bar", "subtype": "percent_stacked"})
    last = first + len(NEEDS) - 1
    for col, status in enumerate(STATUSES, start=1):
        chart.add_series(
            {
                "name": status,
                "categories": ["Summary", first, 0, last, 0],
                "values": ["Summary", first, col, last, col],
                "fill": {"color": STATUS_COLOURS[status][0]},
                "border": {"color": STATUS_COLOURS[status][1]},
                # A zero count gets no label ("0;-0;;": the zero section is empty).
                "data_labels": {
                    "value": True,
                    "num_format": "0;-0;;",
                    "font": {"color": STATUS_COLOURS[status][1]},
                },
                "gap": 60,
            }
        )
    chart.set_title({"name": "Status by SOC need"})
    chart.set_x_axis({"name": "share of its requirements (labels: how many)"})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 720, "height": 300})
    ws.insert_chart(at_row, 0, chart)
