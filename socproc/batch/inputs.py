"""Finding a folder run's inputs: what is ignored, how inputs are named, and busy (still written) files."""

from __future__ import annotations

import hashlib
import os
import re
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
# Where a run writes an output whose last copy was changed by hand: beside it, `.new` before
# the extension (`q.filled.xlsx` kept, `q.filled.new.xlsx` written).
NEW_MARK = ".new"
# Files a folder walk meets that are not questionnaires: said in `_run.json` with what to do.
NOT_READ: dict[str, str] = {
    ".pdf": "a PDF is not read — convert it to .docx (or the table to .xlsx)",
    ".txt": "plain text is not read — convert it to .docx, or save its rows as .csv",
    ".md": "plain text is not read — convert it to .docx",
    ".rtf": "RTF is not read — save it as .docx",
    ".odt": "OpenDocument text is not read — save it as .docx",
    ".ods": "an OpenDocument spreadsheet is not read — save it as .xlsx",
    ".numbers": "a Numbers file is not read — export it as .xlsx",
    ".pages": "a Pages file is not read — export it as .docx",
    ".pptx": "a presentation is not a questionnaire — copy the questions into a .docx",
    ".ppt": "a presentation is not a questionnaire — copy the questions into a .docx",
    ".zip": "an archive is not opened — unzip it into the folder",
    ".msg": "an e-mail is not opened — save its questionnaire attachment into the folder",
    ".eml": "an e-mail is not opened — save its questionnaire attachment into the folder",
    ".htm": "a web page is not read — save it as .docx",
    ".html": "a web page is not read — save it as .docx",
}


def beside_name(name: str, n: str = "") -> str:
    """Where a new output goes when `name` was changed by hand: `q.filled.xlsx` → `q.filled.new.xlsx`
    (`q.filled.new2.xlsx` with `n` "2", when that one was changed by hand too)."""
    stem, dot, ext = name.rpartition(".")
    return f"{stem}{NEW_MARK}{n}.{ext}" if dot else name + NEW_MARK + n


# An output written beside one changed by hand: never an input.
_BESIDE_OUTPUT = re.compile(
    "("
    + "|".join(re.escape(beside_name(s)).replace("new", r"new\d*") for s in OUTPUT_SUFFIXES)
    + ")$"
)


def not_read_reason(path: Path) -> str:
    """What to do with a file that is not a questionnaire socproc reads."""
    suffix = path.suffix.lower()
    return NOT_READ.get(
        suffix,
        f"not a questionnaire format ({suffix or 'no extension'})"
        " — save it as .xlsx, .csv or .docx if it is one",
    )


def is_ignored(name: str) -> bool:
    """Office lock files, hidden and temporary files, and socproc's own outputs are never inputs."""
    lower = name.lower()
    return (
        name.startswith(("~$", ".", "~"))
        or lower.endswith(TEMP_SUFFIXES)
        or lower.endswith(OUTPUT_SUFFIXES)
        or _BESIDE_OUTPUT.search(lower) is not None
        or name in RUN_FILES
    )


def find_inputs(
    paths: Iterable[str | Path],
    exclude: Iterable[Path] = (),
    ignored: list[tuple[Path, Path]] | None = None,
) -> list[tuple[Path, Path]]:
    """Every input under `paths` as (file, folder it was found under), sorted, without duplicates.

    Files named directly are always taken (an unsupported one then fails with a clear message);
    folders are walked recursively without following directory symlinks, so loops cannot occur.
    Files met in a folder that are not questionnaires (a `.pdf`) are added to `ignored`, when
    given, as (file, folder); lock, hidden and temporary files and socproc's outputs are not.
    """
    skip = {p.resolve() for p in exclude}
    found: dict[Path, tuple[Path, Path]] = {}
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for file, resolved in _walk(root, skip, ignored):
                found.setdefault(resolved, (file, root))
        elif root.resolve() not in skip:
            found.setdefault(root.resolve(), (root, root.parent))
    return sorted(found.values(), key=lambda pair: str(pair[0]))


def _walk(
    root: Path, skip: set[Path], ignored: list[tuple[Path, Path]] | None
) -> Iterator[tuple[Path, Path]]:
    """(file, its resolved path) for every questionnaire under `root`."""
    # One directory listing per folder, its entries' types from it: at 10,000 files a stat or
    # a resolve per file is most of an unchanged run's time.
    for folder, dirs, _ in os.walk(root, followlinks=False):
        here = Path(folder)
        real = here.resolve()
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and real / d not in skip)
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if is_ignored(name):
                continue
            try:
                link = entry.is_symlink()
                if not entry.is_file():
                    continue
            except OSError:
                continue
            path = here / name
            resolved = path.resolve() if link else real / name
            if resolved in skip:
                continue
            if path.suffix.lower() not in INPUT_SUFFIXES:
                if ignored is not None:
                    ignored.append((path, root))
                continue
            yield path, resolved


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
    # `..` is resolved in the names (as `cd` does), so that no name climbs out of --out.
    folders = [os.path.normpath((r if r.is_dir() else r.parent).absolute()) for r in roots]
    try:
        base = Path(os.path.commonpath(folders))
    except ValueError:  # different drives: keep each input relative to its own PATH
        return inputs
    return [(Path(os.path.normpath(file.absolute())), base) for file, _ in inputs]


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks so memory stays flat."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def busy_reason(
    path: Path,
    first: os.stat_result | None,
    names: frozenset[str] | None = None,
    quiet: bool = False,
) -> str | None:
    """Why `path` looks like it is still being written, or None.

    `first` is a stat taken a moment before; a size or mtime change since then, or an Office or
    LibreOffice lock file beside it, means someone is still copying or editing it. `names`, the
    folder's file names when already listed, saves a look per lock name; `quiet` (not changed
    for a while, by `first`) saves the second look.
    """
    for lock in (f"~${path.name}", f"~${path.name[2:]}", f".~lock.{path.name}#"):
        there = lock in names if names is not None else (path.parent / lock).exists()
        if there and lock != path.name:
            return f"an Office lock file ({lock}) sits beside it"
    if first is None or quiet:
        return None
    try:
        now = path.stat()
    except OSError:
        return "it disappeared while the run started"
    if (now.st_size, now.st_mtime_ns) != (first.st_size, first.st_mtime_ns):
        return "its size or modification time changed while the run started"
    return None


def folder_names(folder: Path) -> frozenset[str]:
    """The names in `folder` (empty when it cannot be listed)."""
    try:
        return frozenset(os.listdir(folder))
    except OSError:
        return frozenset()


def changed_since(path: Path, first: os.stat_result | None) -> bool:
    """True when `path` is gone or its size or mtime differs from the stat `first`."""
    try:
        now = path.stat()
    except OSError:
        return True
    return first is None or (now.st_size, now.st_mtime_ns) != (first.st_size, first.st_mtime_ns)
