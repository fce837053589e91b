"""A folder run: hold the output folder, skip unchanged inputs, defer busy ones, record the run."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from socproc._version import __version__
from socproc.batch.inputs import (
    RUN_RECORD,
    SUMMARY,
    busy_reason,
    changed_since,
    common_base,
    file_digest,
    find_inputs,
    relative_name,
)
from socproc.batch.lock import DEFAULT_WAIT_SECONDS, FolderLock
from socproc.batch.manifest import ManifestEntry, load_manifest, run_key, save_manifest
from socproc.batch.outputs import is_output_of, output_bases, remove_outputs, sweep_temp_files
from socproc.batch.pool import execute
from socproc.batch.worker import RunOptions, Todo
from socproc.errors import ConfigError, SocprocError
from socproc.inventory.load import Inventory
from socproc.mapping.demand import build_demand
from socproc.result import Batch, IncompleteRun, InputRecord
from socproc.write import OUTPUT_SUFFIXES

# How long to watch inputs for size/mtime changes before deciding they are complete.
SETTLE_SECONDS = 0.5
# On POSIX every write to a file updates its ctime, even when a copy tool restores the original
# mtime: a file whose ctime and mtime are older than this is not being written, and the run need
# not wait SETTLE_SECONDS to look at it twice. (Windows' st_ctime is the creation time instead.)
QUIET_SECONDS = 5.0


def recently_touched(st: os.stat_result | None, now: float) -> bool:
    """Whether a file may still be being written: changed lately, or not checkable by ctime."""
    if st is None or os.name != "posix":
        return True
    return now - max(st.st_mtime, st.st_ctime) < QUIET_SECONDS


Progress = Callable[[int, int, str], None]


def run_folder(
    roots: Sequence[Path],
    inventory: Inventory,
    options: RunOptions,
    *,
    out: Path | None = None,
    jobs: int | None = None,
    force: bool = False,
    wait: float = DEFAULT_WAIT_SECONDS,
    keep: bool = True,
    exclude: Sequence[Path] = (),
    progress: Progress | None = None,
) -> Batch:
    """Process every input under `roots`; with `out`, incrementally and holding its lock.

    The engine of `socproc.process_folder`, which checks the arguments first.
    """
    started = datetime.now(UTC)
    skip = [*exclude, *([out] if out else [])]
    if inventory.path:
        skip.append(Path(inventory.path))
    inputs = common_base(find_inputs(roots, skip), list(roots))
    if out is None:
        return _run(inputs, inventory, options, None, {}, "", jobs, keep, progress, started)
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
        return _run(inputs, inventory, options, out, manifest, key, jobs, keep, progress, started)


def _run(
    inputs: list[tuple[Path, Path]],
    inventory: Inventory,
    options: RunOptions,
    out: Path | None,
    manifest: dict[str, ManifestEntry],
    key: str,
    jobs: int | None,
    keep: bool,
    progress: Progress | None,
    started: datetime,
) -> Batch:
    """Sort the inputs into deferred, unchanged and to do; do them; record what became of each."""
    batch = Batch(as_of=options.as_of, vendor=inventory.vendor)
    rels = {file: relative_name(file, root) for file, root in inputs}
    bases = output_bases(rels.values())
    first = {file: _stat(file) for file, _ in inputs}
    if out is not None and any(recently_touched(st, time.time()) for st in first.values()):
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
                rel,
                "skipped",
                None,
                rec.get("requirements", 0),
                rec.get("skipped_rows", 0),
                0.0,
                note=rec.get("note"),  # an unchanged input with no requirements still says why
            )
            entries[rel] = old
            continue
        todo.append((file, rel, digest))
    try:
        for file, rel, digest, outcome in execute(
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
        write_summary(batch, out / SUMMARY)
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
        write_run_record(record, out / RUN_RECORD)
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
