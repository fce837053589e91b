"""A folder run: hold the output folder, skip unchanged inputs, defer busy ones, record the run."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from socproc._version import __version__
from socproc.batch.inputs import (
    RUN_RECORD,
    SUMMARY,
    beside_name,
    busy_reason,
    changed_since,
    common_base,
    file_digest,
    find_inputs,
    folder_names,
    not_read_reason,
    relative_name,
)
from socproc.batch.lock import DEFAULT_WAIT_SECONDS, FolderLock
from socproc.batch.manifest import (
    MANIFEST,
    ManifestEntry,
    load_manifest,
    record_finished,
    run_key,
    save_manifest,
)
from socproc.batch.outputs import (
    check_writable_text,
    confined,
    is_output_of,
    link_error,
    link_on_the_way,
    output_bases,
    owns_output,
    remove_outputs,
    shown_name,
    sweep_temp_files,
)
from socproc.batch.pool import execute
from socproc.batch.worker import (
    CHANGED_BY_HAND,
    WRITTEN_BY_APPLY,
    Job,
    Outcome,
    RunOptions,
    file_facts,
)
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
    check_writable_text(inventory, options)  # before anything is touched (#22)
    skip = [*exclude, *([out] if out else [])]
    if inventory.path:
        skip.append(Path(inventory.path))
    met: list[tuple[Path, Path]] = []
    found = find_inputs(roots, skip, met)
    # Only a file that is a symbolic link can lead out of its folder (the walk never follows a
    # linked folder): the others need no look at where they resolve to.
    links = [pair for pair in found if os.path.islink(pair[0])]
    if links:
        found = [pair for pair in found if not os.path.islink(pair[0])] + confined(links, roots)
        found.sort(key=lambda pair: str(pair[0]))
    inputs = common_base(found, list(roots))
    ignored = [
        (shown_name(relative_name(f, r)), not_read_reason(f))
        for f, r in common_base(met, list(roots))
    ]
    parts = run_parts(inventory, options)
    if out is None:
        run = _Run(inventory, options, None, {}, parts, force, jobs, keep, progress)
        return run.go(inputs, ignored, started)
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
        # Read even with --force: it knows which outputs were changed by hand since.
        manifest = load_manifest(out, _owns)
        run = _Run(inventory, options, out, manifest, parts, force, jobs, keep, progress)
        return run.go(inputs, ignored, started)


def _owns(rel: str, name: object) -> bool:
    """`owns_output`, with the common case decided by comparing strings first: a plain relative
    name whose outputs are named after its stem (at 10,000 inputs the general check is seconds)."""
    if isinstance(name, str):
        stem, dot, ext = rel.rpartition(".")
        leaf = stem.rpartition("/")[2]
        plain = (
            dot
            and leaf
            and "/" not in ext
            and not leaf.startswith(".")
            and len(leaf.encode("utf-8", "surrogatepass")) <= _PLAIN_BYTES
            and "\\" not in rel
            and not rel.startswith(("/", "./"))
            and "//" not in rel
            and ".." not in rel.split("/")
        )
        if plain and name.startswith(stem + ".") and _names_for(stem, name):
            return True
    return owns_output(rel, name)


# Names of at most this many bytes are outputs' bases as they are (outputs.MAX_NAME_BYTES is 200).
_PLAIN_BYTES = 150


def run_parts(inventory: Inventory, options: RunOptions) -> dict[str, str]:
    """What besides the input decides its outputs, each hashed: the inventory by what it says
    (not its comments or layout), the options, the tool version."""
    return {
        "inventory": inventory_meaning(inventory),
        "options": _hash(json.dumps(options.key_fields(), sort_keys=True)),
        "version": __version__,
    }


def inventory_meaning(inventory: Inventory) -> str:
    """A digest of the inventory as parsed and normalised: a comment, a reordered key or another
    quoting style leaves it unchanged; a changed fact changes it. Where it was read from and the
    warnings its check gave are not what it says."""
    said = {
        f.name: getattr(inventory, f.name)
        for f in dataclasses.fields(inventory)
        if f.name not in _NOT_SAID
    }
    return _hash(repr(sorted(said.items())))


# Inventory fields that are not facts about the vendor.
_NOT_SAID = frozenset({"path", "digest", "warnings", "notes"})


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class _Run:
    """One run's inputs sorted into deferred, unchanged and to do; done; and recorded."""

    def __init__(
        self,
        inventory: Inventory,
        options: RunOptions,
        out: Path | None,
        manifest: dict[str, ManifestEntry],
        parts: dict[str, str],
        force: bool,
        jobs: int | None,
        keep: bool,
        progress: Progress | None,
    ):
        self.inventory, self.options, self.out = inventory, options, out
        self.manifest, self.parts, self.force = manifest, parts, force
        self.jobs, self.keep, self.progress = jobs, keep, progress
        self.key = run_key(parts["inventory"], options.key_fields(), __version__)
        self.records: dict[str, InputRecord] = {}
        self.entries: dict[str, ManifestEntry] = {}
        # Per-input stats of a run with no output folder (no manifest entries to carry them).
        self.unsaved_stats: dict[str, dict[str, Any]] = {}
        self.present: frozenset[str] = frozenset()  # files in the output folder, relative

    def go(
        self, inputs: list[tuple[Path, Path]], ignored: list[tuple[str, str]], started: datetime
    ) -> Batch:
        out, manifest = self.out, self.manifest
        batch = Batch(as_of=self.options.as_of, vendor=self.inventory.vendor)
        rels = {file: shown_name(relative_name(file, root)) for file, root in inputs}
        bases = output_bases(rels.values())
        first = {file: _stat(file) for file, _ in inputs}
        now = time.time()
        touched = {file for file, st in first.items() if recently_touched(st, now)}
        if out is not None and touched:
            time.sleep(SETTLE_SECONDS)
        self.present = _present(out)
        listings: dict[Path, frozenset[str]] = {}
        todo: list[Job] = []
        for file, _ in inputs:
            rel = rels[file]
            why = None
            if out is not None:
                names = listings.get(file.parent)
                if names is None:
                    names = listings[file.parent] = folder_names(file.parent)
                why = busy_reason(file, first[file], names, quiet=file not in touched)
            if why:
                self.defer(rel, why)
                self.keep_old(rel)
                continue
            link = link_on_the_way(out, bases[rel]) if out is not None else None
            if link is not None and out is not None:
                self.records[rel] = InputRecord(rel, "failed", link_error(rel, link, out))
                self.keep_old(rel)
                continue
            old = manifest.get(rel)
            digest = _digest(file, first[file], old)
            reason = self.reason(old, digest, bases[rel])
            if reason is None:
                assert old is not None
                self.records[rel] = _unchanged(rel, old.record)
                self.entries[rel] = old
                continue
            todo.append(self.job(file, rel, digest, reason, bases[rel], old))
        results = execute(
            todo, self.inventory, self.options, out, self.jobs, self.keep, self.progress
        )
        try:
            for job, outcome in results:
                self.take(job, outcome, first[job.file], bases, batch)
        except BaseException as stop:
            if out is not None and isinstance(stop, KeyboardInterrupt):
                # Ctrl-C or SIGTERM while an outcome was being taken, not while the pool was
                # waited on: hand the stop to the pool too, so that it lets the inputs in flight
                # finish and reports them, and their outputs are recorded, not redone.
                with contextlib.suppress(BaseException):
                    for job, outcome in _rest_after(results, stop):
                        self.take(job, outcome, first[job.file], bases, batch)
            if out is not None:
                # Interrupted: keep what is done, so the next run redoes only the rest.
                for job in todo:
                    if job.rel not in self.records:
                        self.keep_old(job.rel)
                with contextlib.suppress(Exception):
                    save_manifest(out, self.entries, __version__)
            raise
        batch.inputs = [self.records[rels[f]] for f, _ in inputs]
        batch.ignored = ignored
        stats = {
            rel: self.entries[rel].stats
            for rel in sorted(self.entries)
            if rel in self.records
            and self.entries[rel].stats
            and self.records[rel].status != "failed"
        }
        stats.update(sorted(self.unsaved_stats.items()))
        batch.stats = stats
        batch.results.sort(key=lambda r: r.source)
        batch.demand_rows, batch.recommendation = build_demand(
            list(stats.values()), self.inventory, self.options.as_of, self.options.settings
        )
        if out is not None:
            # Nothing redone, nothing gone: the manifest and `_summary.xlsx` already say this.
            same = self.entries == self.manifest and SUMMARY in self.present
            _finish(batch, out, self.entries, started, rewrite=not same)
        return batch

    def reason(self, old: ManifestEntry | None, digest: str, base: str) -> str | None:
        """Why an input must be redone, or None when its last outputs still answer it."""
        if self.out is None or old is None:
            return "new"
        if not digest or old.digest != digest:
            return "input changed"
        if old.key != self.key:
            for part in ("inventory", "version", "options"):
                if old.parts.get(part) != self.parts[part]:
                    return f"{part} changed"
            return "options changed"
        if not all(_names_for(base, n) and n in self.present for n in old.outputs):
            return "outputs missing"
        return "forced" if self.force else None

    def job(
        self, file: Path, rel: str, digest: str, reason: str, base: str, old: ManifestEntry | None
    ) -> Job:
        """What the worker needs besides the input: outputs changed by hand (kept, with where
        the new copy goes), the last workbook to carry reviews from, the last JSON."""
        if self.out is None:
            return Job(file, rel, digest, reason, base)
        out = self.out
        ours = _hashes(old)
        edited = [n for n in (old.outputs if old else ()) if _edited(out, n, old, ours)]
        # Where this run's copy of each output it would overwrite goes instead; an edited copy
        # an earlier run wrote beside (q.filled.new.xlsx) is not written now: it is only kept.
        writes = {base + suffix for suffix in OUTPUT_SUFFIXES}
        beside = {n: _free_beside(out, n, old, ours) if n in writes else "" for n in edited}
        why = {n: _why_kept(out, n, old, ours) for n in edited}
        workbook = base + ".response.xlsx"
        review = None
        if (out / workbook).is_file():
            untouched = old is not None and workbook in old.written and workbook not in edited
            if not (untouched and old is not None and old.reviewed == 0):
                review = workbook  # may hold a reviewer's decisions
        # Workbooks written beside a kept one (q.response.new.xlsx): a reviewer may use them.
        more = tuple(
            n
            for n in (old.outputs if old else ())
            if n != workbook and _BESIDE.sub(".", n) == workbook and n in self.present
        )
        last_json = next(
            (n for n in (old.outputs if old else ()) if n.endswith(".json") and n not in edited),
            None,
        )
        machine = old.machine if old else ""
        return Job(file, rel, digest, reason, base, beside, why, review, more, machine, last_json)

    def take(
        self,
        job: Job,
        outcome: Outcome,
        first: os.stat_result | None,
        bases: dict[str, str],
        batch: Batch,
    ) -> None:
        """Record one finished input, and clear its outputs that no longer apply."""
        rel, record, out = job.rel, outcome.record, self.out
        if out is None:
            self.records[rel] = record
            if outcome.result is not None:
                batch.results.append(outcome.result)
            if record.status == "ok" and outcome.stats:
                self.unsaved_stats[rel] = outcome.stats
            return
        old = self.manifest.get(rel)
        theirs = {b for r, b in bases.items() if r != rel}
        if record.status == "ok" and changed_since(job.file, first):
            # Read while someone was still writing it: what we made of it is not trusted.
            self.defer(rel, "it changed while it was being processed", record.seconds)
            self.keep_old(rel)
            self._remove(set(outcome.outputs) - set(old.outputs if old else ()), theirs, old)
            return
        self.records[rel] = record
        if outcome.result is not None:
            batch.results.append(outcome.result)
        kept = set(outcome.kept)
        # Outputs kept as edited stay listed, under what socproc last wrote there, so that the
        # next run still knows them for edited.
        remembered = {n: old.written[n] for n in kept if old and n in old.written}
        if record.status == "ok":
            st = first
            self.entries[rel] = ManifestEntry(
                job.digest,
                self.key,
                tuple(sorted({*outcome.outputs, *kept})),
                record.to_dict(),
                outcome.stats,
                st.st_size if st else -1,
                st.st_mtime_ns if st else -1,
                dict(self.parts),
                {**remembered, **outcome.written},
                outcome.reviewed,
                outcome.machine,
            )
            record_finished(out, rel, self.entries[rel])  # kept even if the run is killed
            stale = set(old.outputs) - set(outcome.outputs) - kept if old else set()
        else:
            # A failed redo (a full disk, a bad inventory, a file now damaged) loses nothing:
            # the last outputs stay, recorded under their own digest and key, so that none
            # looks current and the input is redone next run (#22).
            self.keep_old(rel)
            stale = set(outcome.outputs) - set(old.outputs if old else ())
        self._remove(stale, theirs, old)

    def _remove(self, names: Iterable[str], theirs: set[str], old: ManifestEntry | None) -> None:
        assert self.out is not None
        out, ours = self.out, _hashes(old)
        # Never one changed by hand, whatever listed it.
        safe = [n for n in names if not (old and _edited(out, n, old, ours))]
        _remove_unclaimed(out, safe, theirs)

    def keep_old(self, rel: str) -> None:
        # The last run's outputs stay, and stay recorded, until this input can be redone.
        if rel in self.manifest:
            self.entries[rel] = self.manifest[rel]

    def defer(self, rel: str, why: str, seconds: float = 0.0) -> None:
        line = f"{rel}: deferred to the next run — {why}"
        self.records[rel] = InputRecord(rel, "deferred", line, seconds=seconds)


def _rest_after(
    results: Generator[tuple[Job, Outcome], None, None], stop: BaseException
) -> Iterator[tuple[Job, Outcome]]:
    """What a stopped pool still reports: `stop` thrown into it (a pool already stopped by it
    reports nothing more)."""
    try:
        yield results.throw(stop)
    except (StopIteration, KeyboardInterrupt):
        return
    yield from results


def _unchanged(rel: str, rec: dict[str, Any]) -> InputRecord:
    """The record of an input skipped as unchanged: what its last run found."""
    return InputRecord(
        rel,
        "skipped",
        None,
        rec.get("requirements", 0),
        rec.get("skipped_rows", 0),
        0.0,
        note=rec.get("note"),  # an unchanged input with no requirements still says why
        reason="unchanged",
        counts=rec.get("counts"),
        filled=rec.get("filled"),
        not_filled=rec.get("not_filled"),
        changes=0,
    )


def _names_for(base: str, name: str) -> bool:
    """True when `name` is an output named after `base`, or one written beside it."""
    return is_output_of(base, name) or is_output_of(base, _BESIDE.sub(".", name))


# `q.filled.new.xlsx`, `q.filled.new2.xlsx`: where a run writes when `q.filled.xlsx` was edited.
_BESIDE = re.compile(r"\.new\d*\.(?=[^.]+$)")
# How many `.newN` names a run tries before it overwrites the oldest of its own.
_BESIDE_TRIES = 9


def _hashes(old: ManifestEntry | None) -> set[str]:
    return {str(w.get("sha256")) for w in old.written.values()} if old else set()


def _edited(out: Path, name: str, old: ManifestEntry | None, ours: set[str]) -> bool:
    """True when the output `name` is not as a run wrote it: changed by hand since, or written
    by `socproc apply` (the reviewer's final copy), which a run never replaces."""
    facts = old.written.get(name) if old else None
    if facts and facts.get("by") == "apply" and (out / name).exists():
        return True
    return _changed_by_hand(out, name, old, ours)


def _why_kept(out: Path, name: str, old: ManifestEntry | None, ours: set[str]) -> str:
    facts = old.written.get(name, {}) if old else {}
    if facts.get("by") == "apply" and not _changed_by_hand(out, name, old, ours):
        return WRITTEN_BY_APPLY
    return CHANGED_BY_HAND


def _changed_by_hand(out: Path, name: str, old: ManifestEntry | None, ours: set[str]) -> bool:
    """True when the output `name` differs from every file socproc wrote for its input."""
    facts = old.written.get(name) if old else None
    if not facts:
        return False  # recorded before socproc remembered its outputs: treated as its own
    try:
        st = (out / name).stat()
    except OSError:
        return False
    if (st.st_size, st.st_mtime_ns) == (facts.get("size"), facts.get("mtime_ns")):
        return False
    try:
        return file_digest(out / name) not in ours
    except OSError:
        return True


def write_applied(
    out: Path, name: str, write: Callable[[Path], object], wait: float = DEFAULT_WAIT_SECONDS
) -> tuple[Path, Path | None]:
    """Write the output `name` of the run folder `out` with `write(path)`, as `socproc apply`:
    holding the folder, over the run's own copy, but beside a file changed by hand (or one
    socproc cannot vouch for); then record it as written by apply, so that runs keep it.

    Returns (the file written, the file kept when written beside it, else None).
    """
    home, rel = _manifest_home(out, name)
    with FolderLock(home, wait):
        manifest = load_manifest(home)
        owner = next((k for k, e in manifest.items() if rel in e.outputs), None)
        old = manifest.get(owner) if owner else None
        ours = _hashes(old)
        target, kept = rel, ""
        if (home / rel).exists():
            vouched = old is not None and rel in old.written
            if not vouched or _changed_by_hand(home, rel, old, ours):
                target, kept = _free_beside(home, rel, old, ours), rel
        write(home / target)
        if owner is not None and old is not None:
            manifest[owner] = dataclasses.replace(
                old,
                outputs=tuple(sorted({*old.outputs, target})),
                written={**old.written, target: file_facts(home / target, by="apply")},
            )
            save_manifest(home, manifest, __version__)
    return home / target, (home / kept if kept else None)


def _manifest_home(out: Path, name: str) -> tuple[Path, str]:
    """The run folder holding `out` (the nearest with a manifest) and `name` relative to it."""
    here = out.absolute()
    for folder in (here, *here.parents):
        if (folder / MANIFEST).is_file():
            return folder, (here / name).relative_to(folder).as_posix()
    return here, name


def _free_beside(out: Path, name: str, old: ManifestEntry | None, ours: set[str]) -> str:
    """Where this run's copy of the edited output `name` goes: `NAME.filled.new.xlsx`, or the
    next `.newN` when that one was edited too."""
    for n in range(1, _BESIDE_TRIES + 1):
        candidate = beside_name(name, "" if n == 1 else str(n))
        if not (out / candidate).exists() or not _edited(out, candidate, old, ours):
            if (out / candidate).exists() and not (old and candidate in old.written):
                continue  # someone else's file of that name
            return candidate
    return beside_name(name, str(_BESIDE_TRIES))


def _remove_unclaimed(out: Path, names: Iterable[str], theirs: set[str]) -> None:
    remove_outputs(out, [n for n in names if not any(_names_for(b, n) for b in theirs)])


def _finish(
    batch: Batch,
    out: Path,
    entries: dict[str, ManifestEntry],
    started: datetime,
    rewrite: bool = True,
) -> None:
    """Save the manifest, `_summary.xlsx` and `_run.json`, each whatever became of the others.

    The manifest goes first: what this run did is never redone because a summary could not be
    written (a `_summary.xlsx` open in Excel on Windows, say). Without `rewrite` (an unchanged
    inbox) only `_run.json` is written: the other two already hold what they would.
    """
    from socproc.write import write_run_record, write_summary

    problems: list[SocprocError] = []
    if rewrite:
        try:
            save_manifest(out, entries, __version__)
        except SocprocError as exc:
            problems.append(exc)
        try:
            write_summary(batch, out / SUMMARY)
        except SocprocError as exc:
            problems.append(exc)
    rec = batch.recommendation
    record: dict[str, Any] = {
        "version": __version__,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "as_of": batch.as_of.isoformat(),
        "recommendation": {"report": rec.report, "reason": rec.reason} if rec else None,
        "inputs": [r.to_dict() for r in batch.inputs],
        "ignored": [{"path": path, "reason": why} for path, why in batch.ignored],
    }
    if problems:
        record["errors"] = [p.line() for p in problems]
    try:
        write_run_record(record, out / RUN_RECORD)
    except SocprocError as exc:
        problems.append(exc)
    if problems:
        raise IncompleteRun(problems[0], batch)


def _present(out: Path | None) -> frozenset[str]:
    """Every file in the output folder, as a path relative to it: one walk, not a look per output."""
    if out is None:
        return frozenset()
    found: list[str] = []
    for folder, dirs, files in os.walk(out, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = Path(folder).relative_to(out).as_posix()
        prefix = "" if rel == "." else rel + "/"
        found.extend(prefix + name for name in files)
    return frozenset(found)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _digest(path: Path, st: os.stat_result | None, old: ManifestEntry | None) -> str:
    """sha256 of the input, taken again only when its size or mtime moved since the last run."""
    same = (
        old is not None
        and st is not None
        and (st.st_size, st.st_mtime_ns) == (old.size, old.mtime_ns)
    )
    if same and old is not None and old.digest:
        return old.digest
    try:
        return file_digest(path)
    except OSError:
        return ""
