"""What goes where in the buyer's file: answer values, suggested sentences, and their cells."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from socproc.mapping.wording import choice_for
from socproc.model import Response
from socproc.read.refs import col_index

_CELL_REF = re.compile(r"^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?([0-9]+)$")


@dataclass(frozen=True, slots=True)
class CellWrite:
    """One value to put in the buyer's file: sheet (None for docx/csv), cell reference, text."""

    sheet: str | None
    ref: str
    text: str
    existing: str | None = None  # what the reader saw there; non-empty means never overwrite
    day: date | None = None  # the date `text` spells, for a cell that takes a date


def plan_writes(responses: Iterable[Response]) -> list[CellWrite]:
    """What goes where in the buyer's file, for every requirement with something to write.

    Only rows whose answer a fact supports are written (`mapping.filled`, spec 6.1); the rest
    stay blank for the reviewer. The answer goes in the answer cell and the sentence in the
    comment cell. Without a valid dropdown value the sentence goes in the answer cell, unless
    that cell is a dropdown: then it goes in the comment cell (or nowhere), so the buyer's
    vocabulary is kept.
    """
    plan: list[CellWrite] = []
    for resp in responses:
        req, m = resp.requirement, resp.mapping
        if not m.filled or not req.answer_ref or (req.answer and req.answer.strip()):
            # Unsupported, or already answered in the file: a comment of ours beside the
            # buyer's own answer could contradict it.
            continue
        value = choice_for(m.answer, req.choices)
        sentence = m.suggested_response.strip()
        answer_text = value if value else (sentence if not req.choices else "")
        comment_text = sentence if req.comment_ref and sentence and answer_text != sentence else ""
        if answer_text:
            day = _iso_day(answer_text) if req.answer_format == "date" else None
            plan.append(CellWrite(req.sheet, req.answer_ref, answer_text, req.answer, day))
        if comment_text and req.comment_ref:
            plan.append(CellWrite(req.sheet, req.comment_ref, comment_text, req.comment))
    return plan


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if _ISO_DAY_RX.fullmatch(text) else None
    except ValueError:
        return None


_ISO_DAY_RX = re.compile(r"\d{4}-\d{2}-\d{2}")


def split_ref(ref: str, sheet: str | None) -> tuple[str | None, int, int]:
    """`C12`, `$C$12`, `Sheet!C12` or `'My sheet'!C12` → (sheet, row, col), 1-based."""
    match = _CELL_REF.match(ref.strip())
    if not match:
        raise ValueError(f"not a cell reference: {ref!r}")
    quoted, bare, letters, digits = match.groups()
    named = quoted.replace("''", "'") if quoted else bare
    return (named or sheet), int(digits), col_index(letters)
