"""One input of a folder run, processed and written in a worker process: its record and stats."""

from __future__ import annotations

import contextlib
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from socproc.batch.inputs import file_digest
from socproc.batch.lock import exit_with_parent
from socproc.errors import SocprocError
from socproc.inventory.load import ApprovedAnswer, Inventory
from socproc.model import Flag, InputRecord, Response, Review, Settings, Skip
from socproc.read.layout import LayoutRules
from socproc.signals import leave_stopping_to_the_parent

if TYPE_CHECKING:
    from socproc.result import Result


@dataclass(frozen=True)
class Job:
    """One input to process, and what the run knows of its last outputs."""

    file: Path
    rel: str  # relative to the folder given
    digest: str  # sha256 of its bytes
    reason: str = "new"  # why it is redone
    base: str = ""  # where its outputs go, relative to the output folder
    # Outputs (relative to the output folder) changed by hand since socproc wrote them, each with
    # where this run's copy goes instead ("" for one this run does not write: only kept).
    beside: dict[str, str] = field(default_factory=dict)
    why: dict[str, str] = field(default_factory=dict)  # why each is kept, for the run line
    review: str | None = None  # the last response workbook, to carry its reviewer columns over
    # Response workbooks written beside a kept one: they may hold a reviewer's work too.
    more_reviews: tuple[str, ...] = ()
    machine: str = ""  # digest of its machine columns as written (review.machine_digest)
    last_json: str | None = None  # the last NAME.response.json, for the rows whose status moved


@dataclass
class Outcome:
    """What processing one input gives back."""

    record: InputRecord
    stats: dict[str, Any] = field(default_factory=dict)  # what the inbox summary needs
    result: Result | None = None  # when kept
    outputs: tuple[str, ...] = ()  # written, relative to the output folder
    written: dict[str, dict[str, Any]] = field(default_factory=dict)  # outputs as written
    kept: tuple[str, ...] = ()  # outputs changed by hand, left as they are
    reviewed: int = 0  # rows of the new workbook holding reviewer values
    machine: str = ""  # digest of its machine columns


# Why a run keeps an output rather than replace it (the run line and `_run.json` say it).
CHANGED_BY_HAND = "changed by hand since socproc wrote it"
WRITTEN_BY_APPLY = "written by socproc apply"
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
    exit_with_parent()  # a run killed outright takes its workers along (#22)
    init_worker(inventory, options)


def process_one(job: Job, out_dir: str | None, keep: bool) -> Outcome:
    """Process and write one input in a worker; errors become a failed record, never an exception."""
    # The stages load here, not with the module: an unchanged inbox never needs them.
    from socproc.mapping.demand import need_tallies
    from socproc.pipeline import process_file

    inventory: Inventory = _WORKER["inventory"]
    options: RunOptions = _WORKER["options"]
    start = time.perf_counter()
    rel = job.rel
    try:
        result = process_file(
            # The reader refuses links; the ones the batch accepted are read at their target.
            str(job.file.resolve() if job.file.is_symlink() else job.file),
            inventory,
            options.as_of,
            options.settings,
            options.layout,
            options.answers,
            jobs=_WORKER.get("cores", 1),
        )
        done = Outcome(InputRecord(rel, "ok"))
        tallies: list[tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]] = []
        if out_dir:
            # Worked out while a forked child writes half the outputs (write_outputs).
            done = write_input(
                result, Path(out_dir), job, lambda: tallies.append(need_tallies(result))
            )
    except SocprocError as exc:
        # Name the input as _run.json does: relative to the folder given.
        if exc.file == str(job.file):
            exc.file = rel
        record = InputRecord(
            rel, "failed", exc.line(), seconds=time.perf_counter() - start, reason=job.reason
        )
        return Outcome(record)
    except Exception as exc:  # a bug must not stop the batch; the record says what happened
        line = f"{rel}: internal error ({type(exc).__name__}: {exc}) — please report it"
        record = InputRecord(
            rel,
            "failed",
            " ".join(line.split()),
            seconds=time.perf_counter() - start,
            reason=job.reason,
        )
        return Outcome(record)
    counts = result.counts()
    filled = sum(1 for r in result.responses if r.mapping.filled)
    done.record = InputRecord(
        rel,
        "ok",
        None,
        len(result.responses),
        len(result.skipped),
        time.perf_counter() - start,
        note=fault_note(result.responses) if result.responses else empty_note(result.skipped),
        reason=job.reason,
        counts=counts,
        filled=filled,
        not_filled=len(result.responses) - filled,
        changes=done.record.changes,
        kept=tuple((n, job.beside[n], job.why.get(n, CHANGED_BY_HAND)) for n in done.kept),
        carried=done.record.carried,
        carried_over=done.record.carried_over,
    )
    need_status, need_remedies = tallies[0] if tallies else need_tallies(result)
    done.stats = {
        "counts": counts,
        "needs": result.need_counts(),
        "need_status": need_status,
        "need_remedies": need_remedies,
        "format": result.format,
        # Linked from _summary.xlsx: the response workbook, relative to the output folder.
        "workbook": next(
            (o for o in done.outputs if o.endswith(".xlsx") and ".response" in o), None
        ),
    }
    done.result = result if keep else None
    return done


def write_input(
    result: Result, out: Path, job: Job, meanwhile: Callable[[], object] | None = None
) -> Outcome:
    """Write one input's outputs: the reviewer's columns carried over from its last workbook,
    and beside (never over) an output changed by hand since socproc wrote it. `meanwhile()`
    is done while a forked child writes part of them (see write_outputs)."""
    from socproc.review import ReviewedWorkbook, machine_digest, match_reviews, merged, read_review
    from socproc.write import write_outputs

    where = PurePosixPath(job.base)
    beside = dict(job.beside)
    reviews: dict[str, Review] = {}
    carried: list[tuple[str, ...]] = []
    changes = _changes(out, job.last_json, result)
    found: list[tuple[float, ReviewedWorkbook]] = []
    for name in (job.review, *job.more_reviews) if job.review else job.more_reviews:
        # One that cannot be read (damaged by an editor) is left as it is if it was edited.
        with contextlib.suppress(SocprocError, OSError):
            found.append(((out / name).stat().st_mtime, read_review(out / name)))
    if found:
        # The last one saved wins where two hold a decision on the same row.
        books = [book for _, book in sorted(found, key=lambda pair: -pair[0])]
        reviews, carried = match_reviews(merged(books), result.responses, result.as_of.isoformat())
        base = next((b for b in books if job.review and b.path == str(out / job.review)), None)
        if job.review in beside and base is not None and base.machine == job.machine:
            # Only the reviewer's columns were edited, and they are carried into the new one.
            del beside[job.review]
    rename = {PurePosixPath(n).name: PurePosixPath(b).name for n, b in beside.items() if b}
    machine: list[str] = []

    def alongside() -> None:
        machine.append(machine_digest(result.responses))
        if meanwhile is not None:
            meanwhile()

    written = write_outputs(
        result,
        Path(out, *where.parent.parts),
        stem=where.name,
        jobs=_WORKER.get("cores", 1),
        rename=rename,
        reviews=reviews,
        carried=carried,
        meanwhile=alongside,
    )
    outputs = tuple((where.parent / p.name).as_posix() for p in written)
    record = InputRecord(
        job.rel,
        "ok",
        changes=changes,
        carried=len(reviews),
        carried_over=len(carried),
    )
    return Outcome(
        record,
        outputs=outputs,
        written={name: file_facts(out / name) for name in outputs},
        kept=tuple(beside),
        reviewed=len(reviews) + len(carried),
        machine=machine[0],
    )


def file_facts(path: Path, by: str = "run") -> dict[str, Any]:
    """What the manifest remembers of an output socproc wrote, to recognise a hand edit later."""
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": file_digest(path), "by": by}


def _changes(out: Path, last_json: str | None, result: Result) -> int | None:
    """How many rows (by Ref) have another status than in the last run's JSON; None without one."""
    if not last_json:
        return None
    try:
        with open(out / last_json, encoding="utf-8") as fh:
            last = json.load(fh)
        before = {r["ref"]: r["status"] for r in last["requirements"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return sum(
        1
        for r in result.responses
        if r.requirement.ref in before and before[r.requirement.ref] != str(r.mapping.status)
    )


def fault_note(responses: Sequence[Response]) -> str | None:
    """ "2 rows not processed (a fault in socproc), left for review: Q!B7, Q!B9; please report
    it" when socproc failed on some rows (flag `not_processed`), else None."""
    struck = [r.ref for r in responses if Flag.NOT_PROCESSED in r.mapping.flags]
    if not struck:
        return None
    more = f" and {len(struck) - NOTE_SHEETS} more" if len(struck) > NOTE_SHEETS else ""
    rows = "row" if len(struck) == 1 else "rows"
    return (
        f"{len(struck)} {rows} not processed (a fault in socproc), left for review: "
        f"{', '.join(struck[:NOTE_SHEETS])}{more}; please report it"
    )


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
