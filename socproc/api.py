"""The library: process() composes the stages for one file, process_folder() for an inbox."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from socproc._version import __version__
from socproc.batch import (
    DEFAULT_WAIT_SECONDS,
    OUTPUT_SUFFIXES,
    FolderLock,
    ManifestEntry,
    busy_reason,
    changed_since,
    common_base,
    file_digest,
    find_inputs,
    is_output_of,
    load_manifest,
    output_bases,
    relative_name,
    remove_outputs,
    run_key,
    save_manifest,
    sweep_temp_files,
)
from socproc.classify import classify_all
from socproc.errors import ConfigError, OutputError, SocprocError
from socproc.extract import extract as extract_document
from socproc.inventory import ApprovedAnswer, Inventory
from socproc.layout import LayoutRules
from socproc.mapping import build_demand, evidence_items, map_requirement, need_tallies
from socproc.model import Extraction, Response, Settings
from socproc.read import read_document
from socproc.result import Batch, InputRecord, Result

# How long to watch inputs for size/mtime changes before deciding they are complete.
SETTLE_SECONDS = 0.5


def resolve_as_of(as_of: str | date | None, inventory: Inventory | None = None) -> date:
    """`as_of` given > the inventory's `as_of` > today."""
    if isinstance(as_of, date):
        return as_of
    if as_of:
        try:
            return date.fromisoformat(as_of)
        except ValueError as exc:
            raise ConfigError(
                None, f"--as-of '{as_of}' is not a date", "give it as YYYY-MM-DD"
            ) from exc
    if inventory is not None and inventory.as_of is not None:
        return inventory.as_of
    return date.today()


def extract(
    path: str | Path, layout: LayoutRules | None = None, settings: Settings | None = None
) -> Extraction:
    """Read one questionnaire and return its requirements and skipped rows, without mapping."""
    settings = settings or Settings()
    document = read_document(path, settings)
    rule = layout.for_file(Path(path).name) if layout else None
    return extract_document(document, rule)


def process(
    path: str | Path,
    inventory: Inventory,
    as_of: str | date | None = None,
    *,
    settings: Settings | None = None,
    layout: LayoutRules | None = None,
    answers: Sequence[ApprovedAnswer] = (),
) -> Result:
    """Read, extract, classify and map one questionnaire against the vendor's inventory."""
    settings = settings or Settings()
    day = resolve_as_of(as_of, inventory)
    document = read_document(path, settings)
    rule = layout.for_file(Path(path).name) if layout else None
    found = extract_document(document, rule)
    classes = classify_all([r.question for r in found.requirements], settings)
    # The inventory's own approved answers are always used; `answers` adds libraries to them.
    responses = [
        Response(req, cls, map_requirement(req, cls, inventory, day, settings, answers=answers))
        for req, cls in zip(found.requirements, classes, strict=True)
    ]
    used = sorted({e for r in responses for e in r.mapping.evidence})
    return Result(
        source=str(path),
        format=document.format,
        as_of=day,
        vendor=inventory.vendor,
        responses=tuple(responses),
        skipped=found.skipped,
        evidence_items=evidence_items(inventory, used),
        version=__version__,
    )


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

# (file, path relative to the folder given, sha256 of its bytes)
Todo = tuple[Path, str, str]
# What processing one input gives back: its record, inbox stats, result (if kept), outputs.
Outcome = tuple[InputRecord, dict[str, Any], Result | None, tuple[str, ...]]


class IncompleteRun(OutputError):
    """Every input was processed, but the run record, manifest or summary could not be written."""

    def __init__(self, cause: SocprocError, batch: Batch):
        super().__init__(cause.file, cause.problem, cause.fix, cause.where)
        self.batch = batch


def _init_worker(inventory: Inventory, options: RunOptions) -> None:
    _WORKER["inventory"] = inventory
    _WORKER["options"] = options


def _init_pool_worker(inventory: Inventory, options: RunOptions) -> None:
    # Ctrl-C and SIGTERM are the parent's to handle: it stops handing out inputs and waits for
    # the ones in flight, whose writes are atomic. A worker killed outright is safe too.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _init_worker(inventory, options)


def _process_one(path: str, rel: str, out_dir: str | None, base: str, keep: bool) -> Outcome:
    """Process and write one input in a worker; errors become a failed record, never an exception."""
    inventory: Inventory = _WORKER["inventory"]
    options: RunOptions = _WORKER["options"]
    start = time.perf_counter()
    try:
        result = process(
            path,
            inventory,
            options.as_of,
            settings=options.settings,
            layout=options.layout,
            answers=options.answers,
        )
        outputs: tuple[str, ...] = ()
        if out_dir:
            from socproc.write import write_outputs

            where = PurePosixPath(base)
            written = write_outputs(result, Path(out_dir, *where.parent.parts), stem=where.name)
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
        rel, "ok", None, len(result.responses), len(result.skipped), time.perf_counter() - start
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


def process_folder(
    paths: str | Path | Sequence[str | Path],
    inventory: Inventory,
    as_of: str | date | None = None,
    *,
    out_dir: str | Path | None = None,
    jobs: int | None = None,
    force: bool = False,
    settings: Settings | None = None,
    layout: LayoutRules | None = None,
    answers: Sequence[ApprovedAnswer] = (),
    answers_digest: str = "",
    layout_digest: str = "",
    wait: float = DEFAULT_WAIT_SECONDS,
    keep_results: bool = True,
    exclude: Sequence[Path] = (),
    progress: Callable[[int, int, str], None] | None = None,
) -> Batch:
    """Process every questionnaire under `paths`; with `out_dir`, write all outputs incrementally.

    Without `out_dir` nothing is written and every input is processed. With it, one run holds
    the folder at a time (a second waits `wait` seconds, then raises LockedError), unchanged
    inputs are skipped, busy inputs deferred, and the manifest, `_run.json` and `_summary.xlsx`
    are written at the end; if one of those cannot be, IncompleteRun carries the batch.
    `progress(done, total, path)` is called as each input is processed.
    """
    started = datetime.now(UTC)
    options = RunOptions(
        resolve_as_of(as_of, inventory),
        settings or Settings(),
        layout,
        tuple(answers),
        answers_digest,
        layout_digest,
    )
    roots = [Path(p) for p in ([paths] if isinstance(paths, str | Path) else paths)]
    for root in roots:
        if not root.exists():
            raise ConfigError(str(root), "no such file or folder", "check the path")
    out = Path(out_dir) if out_dir else None
    skip = [*exclude, *([out] if out else [])]
    if inventory.path:
        skip.append(Path(inventory.path))
    inputs = common_base(find_inputs(roots, skip), roots)
    if out is None:
        return _run(inputs, inventory, options, None, {}, "", jobs, keep_results, progress, started)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            str(out),
            f"cannot create the output folder ({exc.strerror})",
            "choose a writable --out folder",
        ) from exc
    with FolderLock(out, wait):
        # Whatever a killed run left half-written is ours to clear now that we hold the folder.
        sweep_temp_files(out)
        manifest = {} if force else load_manifest(out)
        key = run_key(inventory.digest, options.key_fields(), __version__)
        return _run(
            inputs, inventory, options, out, manifest, key, jobs, keep_results, progress, started
        )


def _run(
    inputs: list[tuple[Path, Path]],
    inventory: Inventory,
    options: RunOptions,
    out: Path | None,
    manifest: dict[str, ManifestEntry],
    key: str,
    jobs: int | None,
    keep: bool,
    progress: Callable[[int, int, str], None] | None,
    started: datetime,
) -> Batch:
    batch = Batch(as_of=options.as_of, vendor=inventory.vendor)
    rels = {file: relative_name(file, root) for file, root in inputs}
    bases = output_bases(rels.values())
    first = {file: _stat(file) for file, _ in inputs}
    if out is not None and inputs:
        time.sleep(SETTLE_SECONDS)
    todo: list[Todo] = []
    records: dict[str, InputRecord] = {}
    entries: dict[str, ManifestEntry] = {}

    def keep_old(rel: str) -> None:
        # The last run's outputs stay, and stay recorded, until this input can be redone.
        if rel in manifest:
            entries[rel] = manifest[rel]

    def defer(rel: str, why: str, seconds: float = 0.0) -> None:
        line = f"{rel}: deferred to the next run — {why}"
        records[rel] = InputRecord(rel, "deferred", line, seconds=seconds)

    for file, _ in inputs:
        rel = rels[file]
        why = busy_reason(file, first[file]) if out is not None else None
        if why:
            defer(rel, why)
            keep_old(rel)
            continue
        digest = _digest(file)
        old = manifest.get(rel)
        if out is not None and old is not None and _current(old, digest, key, bases[rel], out):
            rec = old.record
            records[rel] = InputRecord(
                rel, "skipped", None, rec.get("requirements", 0), rec.get("skipped_rows", 0), 0.0
            )
            entries[rel] = old
            continue
        todo.append((file, rel, digest))
    try:
        for file, rel, digest, outcome in _execute(
            todo, inventory, options, out, bases, jobs, keep, progress
        ):
            record, stat, result, outputs = outcome
            if out is None:
                records[rel] = record
                if result is not None:
                    batch.results.append(result)
                if record.status == "ok":
                    entries[rel] = ManifestEntry(digest, key, outputs, record.to_dict(), stat)
                continue
            old = manifest.get(rel)
            theirs = {b for r, b in bases.items() if r != rel}
            if record.status == "ok" and changed_since(file, first[file]):
                # Read while someone was still writing it: what we made of it is not trusted.
                defer(rel, "it changed while it was being processed", record.seconds)
                _remove_unclaimed(out, outputs, theirs)
                continue
            records[rel] = record
            if result is not None:
                batch.results.append(result)
            if record.status == "ok":
                entries[rel] = ManifestEntry(digest, key, outputs, record.to_dict(), stat)
                stale = set(old.outputs) - set(outputs) if old else set()
            else:
                # No output of a failed input may look current: neither last run's nor a
                # partial set from this one.
                stale = {bases[rel] + suffix for suffix in OUTPUT_SUFFIXES}
                stale |= set(old.outputs) if old else set()
            _remove_unclaimed(out, stale, theirs)
    except BaseException:
        if out is not None:
            # Interrupted: keep what is done, so the next run redoes only the rest.
            for _, rel, _ in todo:
                if rel not in records:
                    keep_old(rel)
            with contextlib.suppress(Exception):
                save_manifest(out, entries, __version__)
        raise
    batch.inputs = [records[rels[f]] for f, _ in inputs]
    stats = {rel: entries[rel].stats for rel in sorted(entries) if rel in records}
    batch.stats = stats
    batch.results.sort(key=lambda r: r.source)
    batch.demand_rows, batch.recommendation = build_demand(
        list(stats.values()), inventory, options.as_of, options.settings
    )
    if out is not None:
        _finish(batch, out, entries, started)
    return batch


def _current(old: ManifestEntry, digest: str, key: str, base: str, out: Path) -> bool:
    """True when the last run's outputs for this input are still its outputs, unchanged."""
    return (
        (old.digest, old.key) == (digest, key)
        and bool(digest)
        and all(is_output_of(base, name) and (out / name).exists() for name in old.outputs)
    )


def _remove_unclaimed(out: Path, names: Iterable[str], theirs: set[str]) -> None:
    remove_outputs(out, [n for n in names if not any(is_output_of(b, n) for b in theirs)])


def _execute(
    todo: list[Todo],
    inventory: Inventory,
    options: RunOptions,
    out: Path | None,
    bases: dict[str, str],
    jobs: int | None,
    keep: bool,
    progress: Callable[[int, int, str], None] | None,
) -> Iterator[tuple[Path, str, str, Outcome]]:
    """Yield (file, rel, digest, outcome) per input as each finishes, in parallel when jobs > 1.

    Each worker holds one input at a time, so peak memory is about `jobs` times the largest.
    """
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    out_arg = str(out) if out else None
    total, done = len(todo), 0
    if progress and total:
        progress(0, total, "")

    def tick(rel: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total, rel)

    if workers == 1:
        _init_worker(inventory, options)
        for file, rel, digest in todo:
            outcome = _process_one(str(file), rel, out_arg, bases[rel], keep)
            tick(rel)
            yield file, rel, digest, outcome
        return
    crashed: list[Todo] = []
    pool = ProcessPoolExecutor(
        workers, initializer=_init_pool_worker, initargs=(inventory, options)
    )
    futures = {
        pool.submit(_process_one, str(file), rel, out_arg, bases[rel], keep): (file, rel, digest)
        for file, rel, digest in todo
    }
    given: set[Future[Outcome]] = set()
    try:
        for future in as_completed(futures):
            file, rel, digest = futures[future]
            given.add(future)
            try:
                outcome = future.result()
            except BrokenProcessPool:
                crashed.append((file, rel, digest))
                continue
            tick(rel)
            yield file, rel, digest, outcome
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM: hand out nothing more, let the inputs in flight finish, and
        # report them before stopping, so that their work is recorded and not redone.
        pool.shutdown(wait=True, cancel_futures=True)
        for future, (file, rel, digest) in futures.items():
            finished = future.done() and not future.cancelled()
            if future not in given and finished and future.exception() is None:
                yield file, rel, digest, future.result()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    # A worker died (out of memory, a crash in a library) and took the pool with it: every input
    # still in it reports the broken pool. Run each again alone, so only the culprit fails.
    for file, rel, digest in sorted(crashed, key=lambda t: t[1]):
        outcome = _process_alone(file, rel, out_arg, bases[rel], keep, inventory, options)
        tick(rel)
        yield file, rel, digest, outcome


def _process_alone(
    file: Path,
    rel: str,
    out_arg: str | None,
    base: str,
    keep: bool,
    inventory: Inventory,
    options: RunOptions,
) -> Outcome:
    with ProcessPoolExecutor(
        1, initializer=_init_pool_worker, initargs=(inventory, options)
    ) as solo:
        try:
            return solo.submit(_process_one, str(file), rel, out_arg, base, keep).result()
        except BrokenProcessPool:
            line = (
                f"{rel}: the process reading it died (out of memory, or a crash in a library)"
                " — check the file opens, or split it"
            )
            return InputRecord(rel, "failed", line), {}, None, ()


def _finish(batch: Batch, out: Path, entries: dict[str, ManifestEntry], started: datetime) -> None:
    """Save the manifest, `_summary.xlsx` and `_run.json`, each whatever became of the others.

    The manifest goes first: what this run did is never redone because a summary could not be
    written (a `_summary.xlsx` open in Excel on Windows, say).
    """
    from socproc.write import write_run_record, write_summary

    problems: list[SocprocError] = []
    try:
        save_manifest(out, entries, __version__)
    except SocprocError as exc:
        problems.append(exc)
    try:
        write_summary(batch, out / "_summary.xlsx")
    except SocprocError as exc:
        problems.append(exc)
    record: dict[str, Any] = {
        "version": __version__,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "as_of": batch.as_of.isoformat(),
        "inputs": [r.to_dict() for r in batch.inputs],
    }
    if problems:
        record["errors"] = [p.line() for p in problems]
    try:
        write_run_record(record, out / "_run.json")
    except SocprocError as exc:
        problems.append(exc)
    if problems:
        raise IncompleteRun(problems[0], batch)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _digest(path: Path) -> str:
    try:
        return file_digest(path)
    except OSError:
        return ""
