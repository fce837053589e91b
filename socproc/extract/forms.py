"""Word answer tables: a merged header row holds the question, the rows under it are its parts."""

from __future__ import annotations

import re

from socproc.extract.columns import header_roles
from socproc.extract.words import collapse_spaces, is_id, looks_like_question
from socproc.model import Block, Requirement, Skip

# A control code opening a header: "AC-2", "AC-2 (1)", "SA-9 (1)", "PE-14 ()", "3.4.1".
_LEAD_ID = re.compile(
    r"\s*(?P<id>(?=[^\s]*\d)[A-Za-z]{1,6}[-.][A-Za-z0-9]{1,6}(?:[-.][A-Za-z0-9]{1,6}){0,4}"
    r"|\d{1,3}(?:\.\d{1,3}){1,5})(?P<sub>\s*\(\s*[A-Za-z0-9]{0,4}\s*\))?[\s:.)–-]+"
)
_LETTER_PART = re.compile(r"part\s+([a-z]{1,2}|\d{1,2})", re.I)


def split_lead_id(text: str) -> tuple[str | None, str]:
    """'AC-2 (1) What is ...?' -> ('AC-2 (1)', 'What is ...?'); no code -> (None, text)."""
    m = _LEAD_ID.match(text)
    if not m or m.end() >= len(text):
        return None, text
    sub = collapse_spaces(m.group("sub") or "")
    qid = m.group("id") + (f" {sub}" if sub.strip("() ") else "")
    return qid, text[m.end() :].strip()


def _header(row: tuple[str, ...]) -> str | None:
    """The question of a header row that is one merged cell (its repeats blanked or equal), or
    an ID cell beside it ("AC-2 | What is the solution ...?")."""
    values = list(dict.fromkeys(collapse_spaces(v) for v in row if v.strip()))
    if len(values) == 2 and is_id(values[0]) and looks_like_question(values[1]):
        return f"{values[0]} {values[1]}"
    if len(values) != 1:
        return None
    text = values[0]
    return text if looks_like_question(split_lead_id(text)[1]) else None


def _label(text: str) -> bool:
    """A short part label ("Part a", "Req. 1"), never a sentence."""
    text = collapse_spaces(text)
    return len(text) <= 24 and len(text.split()) <= 3 and not text.endswith(("?", ":"))


def answer_table(block: Block, section: str | None) -> tuple[list[Requirement], list[Skip]] | None:
    """The requirements of an answer table, or None when `block` is not one.

    An answer table's first row is one merged cell holding the question ("AC-2 What is the
    solution and how is it implemented?"); every row under it is a part of that question: a
    short label in its first cell ("Part a", or none) and the answer cell in its last cell. A
    one-column table has a single answer cell under its question.
    """
    rows = block.rows
    if len(rows) < 2 or not rows[0]:
        return None
    header = _header(rows[0])
    if header is None:
        return None
    width = len(rows[0])
    body = rows[1:]
    if width == 1:
        if len(body) > 2:
            return None  # a one-column list under a title, not one answer box
    elif not all(_label(row[0]) and not any(v.strip() for v in row[1:-1]) for row in body):
        return None
    if any(header_roles({c: v for c, v in enumerate(row, 1) if v.strip()}) for row in body):
        return None  # a title above a "Question | Answer" header: a question table
    if any(collapse_spaces(v) == header for row in body for v in row):
        return None  # the question repeated below it: a list of questions, not an answer box
    if width > 1 and any(is_id(row[0]) and looks_like_question(row[-1]) for row in body):
        return None  # "1.2 | Do you log?" under "1.1 | Do you encrypt?": a list of questions
    qid, question = split_lead_id(header)
    labelled = [r for r, row in enumerate(body, start=2) if width > 1 and row[0].strip()]
    if width == 1 or not labelled:
        answer = collapse_spaces(rows[1][-1]) or None
        req = Requirement(
            ref=f"{block.ref}R1",
            question=question,
            question_id=qid,
            section=section,
            answer=answer,
            answer_ref=f"{block.ref}R2C{width}",
        )
        # The rows under the question are its answer box: accounted for, never questions.
        filled = [r for r, row in enumerate(body, start=2) if any(v.strip() for v in row)]
        return [req], [Skip(f"{block.ref}R{r}", "answer") for r in filled]
    reqs: list[Requirement] = []
    skips = [Skip(f"{block.ref}R1", "header")]
    for r, row in enumerate(body, start=2):
        label = collapse_spaces(row[0])
        if not label:
            if any(v.strip() for v in row):
                skips.append(Skip(f"{block.ref}R{r}", "continuation"))
            continue
        reqs.append(
            Requirement(
                ref=f"{block.ref}R{r}",
                question=f"{question} ({label})",
                question_id=part_id(qid, label),
                section=section,
                answer=collapse_spaces(row[-1]) or None,
                answer_ref=f"{block.ref}R{r}C{width}",
            )
        )
    return reqs, skips


def part_id(qid: str | None, label: str) -> str:
    """'AC-2' + 'Part a' -> 'AC-2(a)'; 'SC-15' + 'Req. 1' -> 'SC-15 Req. 1'; no ID -> the label."""
    if qid is None:
        return label
    m = _LETTER_PART.fullmatch(label)
    return f"{qid}({m.group(1)})" if m else f"{qid} {label}"
