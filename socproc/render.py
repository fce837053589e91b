"""Text renderings for the terminal: extract and classify results (table, jsonl, csv), and an
inventory's holdings, warnings and timeline for check-inventory."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from socproc.inventory.check import BRIDGEABLE_KINDS
from socproc.inventory.load import Inventory, Report, summarize_inventory
from socproc.mapping.holdings import add_months
from socproc.model import Classification, Extraction, Requirement, Settings
from socproc.write.filled_csv import neutralise

# Column widths of the `extract` table. The Ref is never shortened: it is where the
# question is (`Security!B12`), which a person types back in; the question gives way.
_TABLE_WIDTHS = (14, 20)
_QUESTION_WIDTH = 80


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
    ref_width = max([len("Ref"), *(len(r["ref"]) for r in rows)])
    lines = [_table_row("Ref", "Question ID", "Section", "Question", ref_width)]
    lines += [
        _table_row(r["ref"], r["question_id"] or "", r["section"] or "", r["question"], ref_width)
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


def _table_row(ref: str, qid: str, section: str, question: str, ref_width: int) -> str:
    qid_width, section_width = _TABLE_WIDTHS
    return (
        f"{ref:<{ref_width}} {_clip(qid, qid_width):<{qid_width}} "
        f"{_clip(section, section_width):<{section_width}} {_clip(question, _QUESTION_WIDTH)}"
    )


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def inventory_lines(
    inv: Inventory,
    verbose: bool = False,
    as_of: date | None = None,
    settings: Settings | None = None,
) -> list[str]:
    """`check-inventory`: the holdings, then each warning, what was read as what (`verbose`),
    and with `as_of` each report's timeline."""
    lines = summarize_inventory(inv)
    lines += [f"warning: {w}" for w in inv.warnings]
    if verbose:
        lines += [f"note: {n}" for n in inv.notes]
    if as_of is not None:
        lines += timeline(inv, as_of, settings or Settings())
    return lines


def timeline(inv: Inventory, as_of: date, settings: Settings) -> list[str]:
    """When each report needs a bridge letter, goes stale, or expires, as `mapping` judges it
    on `as_of` (a bridge letter is needed `bridge_months` after the period end, a report is
    stale `freshness_months` after its anchor date)."""
    lines = [
        f"Timeline as of {as_of} (a bridge letter after {settings.bridge_months} months, "
        f"stale after {settings.freshness_months}):"
    ]
    for r in inv.reports:
        if r.kind == "bridge letter":
            continue
        events = _events(inv, r, settings)
        if not events:
            events = [("no period end or expiry: nothing dates it", None)]
        said = "; ".join(_when(what, day, as_of) for what, day in events)
        lines.append(f"  {r.id} ({r.label}): {said}")
    return lines


def _events(inv: Inventory, r: Report, settings: Settings) -> list[tuple[str, date | None]]:
    """(phrase, day) per event: the phrase takes `since`/`from` and the day, or stands alone."""
    events: list[tuple[str, date | None]] = []
    if r.kind in BRIDGEABLE_KINDS and r.period_end:
        # As mapping reads it: a letter extending a report of the same period covers this one.
        same_period = {
            o.id for o in inv.reports if o.period_end == r.period_end and o.kind in BRIDGEABLE_KINDS
        }
        letters = [
            (b.through, b.id)
            for b in inv.reports
            if b.kind == "bridge letter" and b.extends in same_period and b.through
        ]
        last = max(letters, default=None)
        # The day after which the period end (or the last letter's last day) is too old.
        due = add_months(last[0] if last else r.period_end, settings.bridge_months)
        events.append(("bridge letter due", due + timedelta(1)))
        if last:
            events.append((f"{last[1]} covers it through {last[0]}", None))
        anchor = r.issued if settings.freshness_anchor == "issued" and r.issued else r.period_end
        events.append(("stale", add_months(anchor, settings.freshness_months) + timedelta(1)))
    if r.expires:
        events.append(("certificate expired", r.expires + timedelta(1)))
    return events


def _when(what: str, day: date | None, as_of: date) -> str:
    if day is None:
        return what
    return f"{what} since {day}" if day <= as_of else f"{what} from {day}"
