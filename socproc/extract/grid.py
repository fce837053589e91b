"""A worksheet or a Word table seen as a Grid of rows, and the Columns found in it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from socproc.model import Block, Sheet, Validation
from socproc.read.refs import col_letters

Rows = dict[int, dict[int, str]]


@dataclass(frozen=True, slots=True)
class Grid:
    """A sheet or a Word table seen as rows of cells, with how to name its places."""

    name: str
    rows: Rows
    cell_ref: Callable[[int, int], str]  # a requirement's or skip's ref: "Sheet!B12", "T2R3"
    target_ref: Callable[[int, int], str]  # an answer cell: "C12", "T2R3C4"
    sheet: str | None = None
    hidden_rows: frozenset[int] = frozenset()
    hidden_cols: frozenset[int] = frozenset()
    merged: tuple[tuple[int, int, int, int], ...] = ()
    validations: tuple[Validation, ...] = ()
    width: int = 0  # a Word table's column count (its blank cells are real answer boxes)


@dataclass(frozen=True, slots=True)
class Columns:
    """Where a grid's question, ID, answer, comment and section live (1-based columns)."""

    question: int
    id: int | None = None
    answer: int | None = None
    comment: int | None = None
    section: int | None = None
    header_rows: frozenset[int] = frozenset()
    first_data_row: int = 1
    pinned: bool = False  # from a layout: every row above the header row is skipped
    # Check-box answer columns ("Yes | No", "In Place | Not Applicable | Not in Place") and
    # the option each one stands for: the answer is the ticked one.
    boxes: tuple[int, ...] = ()
    box_labels: tuple[str, ...] = ()
    requests: bool = False  # a document-request list: every row names a document to provide
    boxed: bool = False  # a Word table with an answer column: every blank answer cell is a box


def index_rows(cells: dict[tuple[int, int], str]) -> Rows:
    """Cells grouped by row in one pass (never scan the whole dict per row), blanks dropped."""
    rows: Rows = {}
    for (r, c), value in cells.items():
        if value and not value.isspace():
            rows.setdefault(r, {})[c] = value
    return dict(sorted(rows.items()))


def sheet_grid(sheet: Sheet) -> Grid:
    """A worksheet as a Grid: refs 'Sheet!B12', answer cells 'C12'."""
    name = sheet.name
    return Grid(
        name=name,
        rows=index_rows(sheet.cells),
        cell_ref=lambda r, c: f"{name}!{col_letters(c)}{r}",
        target_ref=lambda r, c: f"{col_letters(c)}{r}",
        sheet=name,
        hidden_rows=sheet.hidden_rows,
        hidden_cols=sheet.hidden_cols,
        merged=sheet.merged,
        validations=sheet.validations,
    )


def table_grid(block: Block) -> Grid:
    """A Word table as a Grid: refs 'T2R3', answer cells 'T2R3C4' (1-based cell index)."""
    rows: Rows = {}
    for r, cells in enumerate(block.rows, start=1):
        kept = {c: v for c, v in enumerate(cells, start=1) if v and not v.isspace()}
        if kept:
            rows[r] = kept
    ref = block.ref
    return Grid(
        name=ref,
        rows=rows,
        cell_ref=lambda r, c: f"{ref}R{r}",
        target_ref=lambda r, c: f"{ref}R{r}C{c}",
        width=max((len(row) for row in block.rows), default=0),
    )
