"""Text renderings of extract and classify results for the terminal: table, jsonl, csv."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from socproc.model import Classification, Extraction, Requirement
from socproc.write.filled_csv import neutralise


def requirement_dict(req: Requirement) -> dict[str, Any]:
    """The keys of spec section 7 that apply before mapping, plus where the requirement was."""
    return {
        "ref": req.ref,
        "question_id": req.question_id,
        "section": req.section,
        "question": req.question,
        "sheet": req.sheet,
        "answer": req.answer,
        "choices": list(req.choices),
        "hidden": req.hidden,
    }


def requirements(found: Extraction, fmt: str, with_skipped: bool = False) -> str:
    """Render extracted requirements (and, for the table with -v, the skipped rows)."""
    rows = [requirement_dict(r) for r in found.requirements]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(
            ["ref", "question_id", "section", "question", "answer", "choices", "hidden"]
        )
        for r in rows:
            writer.writerow(
                [
                    neutralise(str(r[k] or ""))
                    for k in ("ref", "question_id", "section", "question", "answer")
                ]
                + [neutralise("|".join(r["choices"])), str(r["hidden"]).lower()]
            )
        return buf.getvalue()
    lines = [
        _table_row(r["ref"], r["question_id"] or "", r["section"] or "", r["question"])
        for r in rows
    ]
    lines.append(f"{len(rows)} requirements, {len(found.skipped)} rows skipped")
    if with_skipped:
        lines.extend(f"  skipped {s.ref}: {s.reason}" for s in found.skipped)
    return "\n".join(lines) + "\n"


def classifications(rows: Sequence[tuple[str, Classification]], fmt: str) -> str:
    """Render `classify` output: one line (or JSON object) per text."""
    if fmt == "jsonl":
        return "".join(
            json.dumps({"question": text, **c.to_dict()}, ensure_ascii=False) + "\n"
            for text, c in rows
        )
    out = []
    for text, c in rows:
        need = ", ".join(str(n) for n in c.soc_need) or "none"
        crit = ", ".join(c.criteria)
        out.append(f"{need:<28} {c.confidence:4.2f}  {_clip(text, 70)}")
        if crit:
            out.append(f"{'':<34}criteria: {crit}")
        out.append(f"{'':<34}why: {c.rationale}")
    return "\n".join(out) + "\n"


def _table_row(ref: str, qid: str, section: str, question: str) -> str:
    return (
        f"{_clip(ref, 22):<22} {_clip(qid, 14):<14} {_clip(section, 20):<20} {_clip(question, 80)}"
    )


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
