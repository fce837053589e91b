"""One input of a folder run, processed and written in a worker process: its record and stats."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from socproc.errors import SocprocError
from socproc.inventory.load import ApprovedAnswer, Inventory
from socproc.mapping.demand import need_tallies
from socproc.model import Settings, Skip
from socproc.pipeline import process_file
from socproc.read.layout import LayoutRules
from socproc.result import InputRecord, Result
from socproc.signals import leave_stopping_to_the_parent
from socproc.write import write_outputs

# (file, path relative to the folder given, sha256 of its bytes)
Todo = tuple[Path, str, str]
# What processing one input gives back: its record, inbox stats, result (if kept), outputs.
Outcome = tuple[InputRecord, dict[str, Any], Result | None, tuple[str, ...]]
# How many skipped sheets a "no requirements found" note names before it counts the rest.
NOTE_SHEETS = 5


@dataclass(frozen=True)
class RunOptions:
    """Everything besides the input and inventory that decides a folder run's outputs."""

    as_of: date
    settings: Settings = field(default_factory=Settings)
    layout: LayoutRules | None = None
    answers: tuple[ApprovedAnswer, ...] = ()
    answers_digest: str = ""
    layout_digest: str = ""

    def key_fields(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "settings": repr(self.settings),
            "answers": self.answers_digest,
            "layout": self.layout_digest,
        }


# Per worker process: the inventory and options, sent once rather than with every file.
_WORKER: dict[str, Any] = {}


def init_worker(inventory: Inventory, options: RunOptions, cores: int = 1) -> None:
    """Hold the run's inventory and options for every input this process is given.

    `cores` is how many processes one input may use (more than 1 only when it runs alone).
    """
    _WORKER["inventory"] = inventory
    _WORKER["options"] = options
    _WORKER["cores"] = cores


def init_pool_worker(inventory: Inventory, options: RunOptions) -> None:
    """`init_worker` for a pool process, which leaves Ctrl-C and SIGTERM to the parent."""
    leave_stopping_to_the_parent()
    init_worker(inventory, options)


def process_one(path: str, rel: str, out_dir: str | None, base: str, keep: bool) -> Outcome:
    """Process and write one input in a worker; errors become a failed record, never an exception."""
    inventory: Inventory = _WORKER["inventory"]
    options: RunOptions = _WORKER["options"]
    start = time.perf_counter()
    try:
        result = process_file(
            path,
            inventory,
            options.as_of,
            options.settings,
            options.layout,
            options.answers,
            jobs=_WORKER.get("cores", 1),
        )
        outputs: tuple[str, ...] = ()
        if out_dir:
            where = PurePosixPath(base)
            written = write_outputs(
                result,
                Path(out_dir, *where.parent.parts),
                stem=where.name,
                jobs=_WORKER.get("cores", 1),
            )
            outputs = tuple((where.parent / p.name).as_posix() for p in written)
    except SocprocError as exc:
        # Name the input as _run.json does: relative to the folder given.
        if exc.file == path:
            exc.file = rel
        record = InputRecord(rel, "failed", exc.line(), seconds=time.perf_counter() - start)
        return record, {}, None, ()
    except Exception as exc:  # a bug must not stop the batch; the record says what happened
        line = f"{rel}: internal error ({type(exc).__name__}: {exc}) — please report it"
        record = InputRecord(
            rel, "failed", " ".join(line.split()), seconds=time.perf_counter() - start
        )
        return record, {}, None, ()
    record = InputRecord(
        rel,
        "ok",
        None,
        len(result.responses),
        len(result.skipped),
        time.perf_counter() - start,
        note=None if result.responses else empty_note(result.skipped),
    )
    need_status, need_remedies = need_tallies(result)
    stats = {
        "counts": result.counts(),
        "needs": result.need_counts(),
        "need_status": need_status,
        "need_remedies": need_remedies,
        "format": result.format,
    }
    return record, stats, (result if keep else None), outputs


def empty_note(skipped: Sequence[Skip]) -> str:
    """Why an input gave no requirements, in one line, from what extraction skipped.

    "no requirements found: sheet 'Cover' skipped (instructions)", or for more:
    "no requirements found: sheets 'Cover' (instructions), 'Lists' (lookup) skipped;
    skipped rows: instruction 2, header 1" (rows or paragraphs, by reason, most first).
    """
    sheets = [(s.ref, s.reason.split(":", 1)[1].strip()) for s in skipped if _is_sheet(s)]
    rows = Counter(_reason_kind(s.reason) for s in skipped if not _is_sheet(s))
    parts = []
    if len(sheets) == 1:
        name, why = sheets[0]
        parts.append(f"sheet '{name}' skipped ({why})")
    elif sheets:
        named = ", ".join(f"'{name}' ({why})" for name, why in sheets[:NOTE_SHEETS])
        more = f" and {len(sheets) - NOTE_SHEETS} more" if len(sheets) > NOTE_SHEETS else ""
        parts.append(f"sheets {named}{more} skipped")
    if rows:
        parts.append("skipped rows: " + ", ".join(f"{k} {n}" for k, n in rows.most_common()))
    why = "; ".join(parts) or "nothing in it holds text"
    return " ".join(f"no requirements found: {why}".split())


def _is_sheet(skip: Skip) -> bool:
    return skip.reason.startswith("sheet-skipped:")


def _reason_kind(reason: str) -> str:
    # "duplicate of C4" and "table-skipped: no question column" count by kind, not one by one.
    if reason.startswith("duplicate of"):
        return "duplicate"
    return reason.split(":", 1)[0]
