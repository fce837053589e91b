"""Cells and paragraphs → requirements: header, column and section detection, every skip recorded."""

from __future__ import annotations

from socproc.extract.columns import detect_columns, header_roles
from socproc.extract.documents import checkbox_answer, extract
from socproc.extract.grid import (
    Columns,
    Grid,
    Rows,
    index_rows,
    sheet_grid,
    table_grid,
)
from socproc.extract.rows import Seen, classify_row, lone_cell, walk_grid
from socproc.extract.words import (
    EMBEDDED_ID_RE,
    ID_RE,
    IMPERATIVES,
    QUESTION_STARTS,
    answer_strength,
    clean_section,
    header_role,
    id_value,
    is_id,
    looks_like_question,
    normalise,
    paragraph_asks,
    sheet_name_skip,
    split_embedded_id,
)
from socproc.read.refs import col_letters

__all__ = [
    "EMBEDDED_ID_RE",
    "ID_RE",
    "IMPERATIVES",
    "QUESTION_STARTS",
    "Columns",
    "Grid",
    "Rows",
    "Seen",
    "answer_strength",
    "checkbox_answer",
    "classify_row",
    "clean_section",
    "col_letters",
    "detect_columns",
    "extract",
    "header_role",
    "header_roles",
    "id_value",
    "index_rows",
    "is_id",
    "lone_cell",
    "looks_like_question",
    "normalise",
    "paragraph_asks",
    "sheet_grid",
    "sheet_name_skip",
    "split_embedded_id",
    "table_grid",
    "walk_grid",
]
