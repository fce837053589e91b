"""The reviewer's part of the response workbook: decisions carried in, and the Carried Over sheet."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from xlsxwriter.workbook import Workbook

from socproc.model import Review
from socproc.write.xlsxcells import write_table

# The reviewer's columns, last in the Responses sheet (spec section 7); the machine leaves them
# empty and a later run carries them over.
REVIEWER_HEADERS: tuple[str, ...] = ("Final Answer", "Final Response", "Approved")
# Reviewed rows that no longer match a requirement of the questionnaire: kept, never dropped.
CARRIED_SHEET = "Carried Over"
CARRIED_HEADERS: tuple[str, ...] = (
    "Ref",
    "Question ID",
    "Question",
    "Answer",
    "Final Answer",
    "Final Response",
    "Approved",
    "Last Seen",
)
CARRIED_WIDTHS: tuple[float, ...] = (16, 12, 60, 12, 14, 50, 10, 12)
# The custom document property naming the questionnaire a workbook was made from, for `apply`;
# a path longer than a property holds goes on in "source 2", "source 3"...
SOURCE_PROPERTY = "source"
PROPERTY_CHARS = 255  # Excel's limit for a custom property's text


def source_properties(source: str) -> dict[str, str]:
    """The custom properties recording where the questionnaire `source` is (its absolute path).

    A name byte that is not UTF-8 is written as `\\xe9` (no workbook can hold it as it is):
    `apply` then asks for --source.
    """
    path = os.fsencode(os.path.abspath(source)).decode("utf-8", "backslashreplace")
    pieces = [path[i : i + PROPERTY_CHARS] for i in range(0, len(path), PROPERTY_CHARS)]
    names = [SOURCE_PROPERTY, *(f"{SOURCE_PROPERTY} {n}" for n in range(2, len(pieces) + 1))]
    return dict(zip(names, pieces, strict=True))


def with_reviews(
    rows: list[tuple[object, ...]], refs: Sequence[str], reviews: Mapping[str, Review]
) -> list[tuple[object, ...]]:
    """Responses rows with the reviewer's decisions in their last three cells, by row Ref."""
    if not reviews:
        return rows
    out = []
    for row, ref in zip(rows, refs, strict=True):
        review = reviews.get(ref)
        if review:
            row = (*row[:-3], review.final_answer, review.final_response, review.approved)
        out.append(row)
    return out


def carried_over_sheet(
    wb: Workbook, rows: Sequence[Sequence[object]], header: object, wrap: object
) -> None:
    """The `Carried Over` sheet: reviewed rows of an earlier workbook no requirement matches now."""
    if not rows:
        return
    ws = wb.add_worksheet(CARRIED_SHEET)
    wrapped = frozenset({"Question", "Final Response"})
    write_table(ws, CARRIED_HEADERS, rows, CARRIED_WIDTHS, header, wrap, wrapped)
