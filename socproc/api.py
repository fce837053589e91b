"""The library: process() composes the stages for one file, process_folder() for an inbox."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from socproc._version import __version__
from socproc.batch import (
    FolderLock,
    ManifestEntry,
    busy_reason,
    file_digest,
    find_inputs,
    load_manifest,
    relative_name,
    run_key,
    save_manifest,
)
from socproc.classify import classify_all
from socproc.errors import ConfigError, SocprocError
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


def _init_worker(inventory: Inventory, options: RunOptions) -> None:
    _WORKER["inventory"] = inventory
    _WORKER["options"] = options


def _process_one(
    path: str, rel: str, out_dir: str | None, keep: bool
) -> tuple[InputRecord, dict[str, Any], Result | None, tuple[str, ...]]:
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
        outputs = tuple(p.name for p in result.write(out_dir)) if out_dir else ()
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
    wait: float = 10.0,
    keep_results: bool = True,
    exclude: Sequence[Path] = (),
    progress: Callable[[str], None] | None = None,
) -> Batch:
    """Process every questionnaire under `paths`; with `out_dir`, write all outputs incrementally.

    Without `out_dir` nothing is written and every input is processed. With it, one run holds
    the folder at a time, unchanged inputs are skipped, busy inputs deferred, and `_summary.xlsx`,
    `_run.json` and the manifest are written at the end.
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
    roots = [paths] if isinstance(paths, str | Path) else list(paths)
    for root in roots:
        if not Path(root).exists():
            raise ConfigError(str(root), "no such file or folder", "check the path")
    out = Path(out_dir) if out_dir else None
    skip = [*exclude, *([out] if out else [])]
    if inventory.path:
        skip.append(Path(inventory.path))
    inputs = find_inputs(roots, skip)
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
    progress: Callable[[str], None] | None,
    started: datetime,
) -> Batch:
    batch = Batch(as_of=options.as_of, vendor=inventory.vendor)
    first = {f: _stat(f) for f, _ in inputs}
    if out is not None and inputs:
        time.sleep(SETTLE_SECONDS)
    todo: list[tuple[Path, str, str]] = []
    records: dict[str, InputRecord] = {}
    entries: dict[str, ManifestEntry] = {}
    stats: dict[str, dict[str, Any]] = {}
    for file, root in inputs:
        rel = relative_name(file, root)
        why = busy_reason(file, first[file]) if out is not None else None
        if why:
            records[rel] = InputRecord(rel, "deferred", f"{rel}: deferred to the next run — {why}")
            if rel in manifest:
                entries[rel] = manifest[rel]
                stats[rel] = manifest[rel].stats
            continue
        digest = _digest(file)
        old = manifest.get(rel)
        if (
            out is not None
            and old is not None
            and (old.digest, old.key) == (digest, key)
            and all((out / name).exists() for name in old.outputs)
        ):
            rec = old.record
            records[rel] = InputRecord(
                rel, "skipped", None, rec.get("requirements", 0), rec.get("skipped_rows", 0), 0.0
            )
            entries[rel], stats[rel] = old, old.stats
            continue
        todo.append((file, rel, digest))
    for rel, record, stat, result, outputs, digest in _execute(
        todo, inventory, options, out, jobs, keep
    ):
        records[rel] = record
        if result is not None:
            batch.results.append(result)
        if record.status == "ok":
            stats[rel] = stat
            entries[rel] = ManifestEntry(digest, key, outputs, record.to_dict(), stat)
        if progress:
            progress(rel)
    batch.inputs = [records[relative_name(f, r)] for f, r in inputs]
    batch.stats = {k: stats[k] for k in sorted(stats)}
    batch.results.sort(key=lambda r: r.source)
    batch.demand_rows, batch.recommendation = build_demand(
        [stats[k] for k in sorted(stats)], inventory, options.as_of, options.settings
    )
    if out is not None:
        _finish(batch, out, entries, started)
    return batch


def _execute(
    todo: list[tuple[Path, str, str]],
    inventory: Inventory,
    options: RunOptions,
    out: Path | None,
    jobs: int | None,
    keep: bool,
) -> Any:
    """Yield (rel, record, stats, result, outputs, digest) per input, in parallel when jobs > 1."""
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    out_arg = str(out) if out else None
    if workers == 1:
        _init_worker(inventory, options)
        for file, rel, digest in todo:
            yield (rel, *_process_one(str(file), rel, out_arg, keep), digest)
        return
    with ProcessPoolExecutor(
        workers, initializer=_init_worker, initargs=(inventory, options)
    ) as pool:
        futures = [
            (rel, digest, pool.submit(_process_one, str(f), rel, out_arg, keep))
            for f, rel, digest in todo
        ]
        for rel, digest, fut in futures:
            yield (rel, *fut.result(), digest)


def _finish(batch: Batch, out: Path, entries: dict[str, ManifestEntry], started: datetime) -> None:
    from socproc.write import write_run_record, write_summary

    write_summary(batch, out / "_summary.xlsx")
    record = {
        "version": __version__,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "as_of": batch.as_of.isoformat(),
        "inputs": [r.to_dict() for r in batch.inputs],
    }
    write_run_record(record, out / "_run.json")
    save_manifest(out, entries, __version__)


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
