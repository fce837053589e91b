"""Finding a folder run's inputs: what is ignored, how inputs are named, and busy (still written) files."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from socproc.batch.lock import LOCK
from socproc.batch.manifest import MANIFEST
from socproc.write import OUTPUT_SUFFIXES

# What a folder walk picks up; anything else there is not a questionnaire and is left alone.
# Legacy Office formats are picked up so the user is told to re-save them, not left wondering.
INPUT_SUFFIXES = frozenset({".xlsx", ".xlsm", ".csv", ".docx", ".docm", ".json", ".xls", ".doc"})
# What socproc writes beside each input's name (write.OUTPUT_SUFFIXES), and once per run:
# never inputs themselves.
SUMMARY = "_summary.xlsx"
RUN_RECORD = "_run.json"
RUN_FILES = frozenset({SUMMARY, RUN_RECORD, MANIFEST, LOCK})
TEMP_SUFFIXES = (".tmp", ".temp", ".part", ".crdownload", ".partial", ".download", "~")


def is_ignored(name: str) -> bool:
    """Office lock files, hidden and temporary files, and socproc's own outputs are never inputs."""
    lower = name.lower()
    return (
        name.startswith(("~$", ".", "~"))
        or lower.endswith(TEMP_SUFFIXES)
        or lower.endswith(OUTPUT_SUFFIXES)
        or name in RUN_FILES
    )


def find_inputs(
    paths: Iterable[str | Path], exclude: Iterable[Path] = ()
) -> list[tuple[Path, Path]]:
    """Every input under `paths` as (file, folder it was found under), sorted, without duplicates.

    Files named directly are always taken (an unsupported one then fails with a clear message);
    folders are walked recursively without following directory symlinks, so loops cannot occur.
    """
    skip = {p.resolve() for p in exclude}
    found: dict[Path, tuple[Path, Path]] = {}
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for file in _walk(root, skip):
                found.setdefault(file.resolve(), (file, root))
        elif root.resolve() not in skip:
            found.setdefault(root.resolve(), (root, root.parent))
    return sorted(found.values(), key=lambda pair: str(pair[0]))


def _walk(root: Path, skip: set[Path]) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (here / d).resolve() not in skip
        )
        for name in sorted(files):
            path = here / name
            if is_ignored(name) or path.suffix.lower() not in INPUT_SUFFIXES:
                continue
            if path.resolve() not in skip and path.is_file():
                yield path


def relative_name(file: Path, root: Path) -> str:
    """The path `_run.json` records: relative to the folder given, or the name of a file given."""
    try:
        return file.relative_to(root).as_posix()
    except ValueError:
        return file.name


def common_base(inputs: list[tuple[Path, Path]], roots: list[Path]) -> list[tuple[Path, Path]]:
    """With several PATHs, name every input relative to their common folder, so `a/q.xlsx` and
    `b/q.xlsx` stay two inputs in `_run.json` and the manifest; with one PATH, change nothing."""
    if len(roots) < 2:
        return inputs
    folders = [str((r if r.is_dir() else r.parent).absolute()) for r in roots]
    try:
        base = Path(os.path.commonpath(folders))
    except ValueError:  # different drives: keep each input relative to its own PATH
        return inputs
    return [(file.absolute(), base) for file, _ in inputs]


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks so memory stays flat."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def busy_reason(path: Path, first: os.stat_result | None) -> str | None:
    """Why `path` looks like it is still being written, or None.

    `first` is a stat taken a moment before; a size or mtime change since then, or an Office or
    LibreOffice lock file beside it, means someone is still copying or editing it.
    """
    for lock in (f"~${path.name}", f"~${path.name[2:]}", f".~lock.{path.name}#"):
        if (path.parent / lock).exists() and lock != path.name:
            return f"an Office lock file ({lock}) sits beside it"
    if first is None:
        return None
    try:
        now = path.stat()
    except OSError:
        return "it disappeared while the run started"
    if (now.st_size, now.st_mtime_ns) != (first.st_size, first.st_mtime_ns):
        return "its size or modification time changed while the run started"
    return None


def changed_since(path: Path, first: os.stat_result | None) -> bool:
    """True when `path` is gone or its size or mtime differs from the stat `first`."""
    try:
        now = path.stat()
    except OSError:
        return True
    return first is None or (now.st_size, now.st_mtime_ns) != (first.st_size, first.st_mtime_ns)
