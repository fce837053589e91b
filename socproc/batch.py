"""Folder runs: finding inputs, the incremental manifest, the output-folder lock, deferral of busy files."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from socproc.errors import LockedError, OutputError

# What a folder walk picks up; anything else there is not a questionnaire and is left alone.
# Legacy Office formats are picked up so the user is told to re-save them, not left wondering.
INPUT_SUFFIXES = frozenset({".xlsx", ".xlsm", ".csv", ".docx", ".docm", ".json", ".xls", ".doc"})
OUTPUT_SUFFIXES = (
    ".response.xlsx",
    ".response.json",
    ".filled.xlsx",
    ".filled.docx",
    ".filled.csv",
)
RUN_FILES = frozenset({"_summary.xlsx", "_run.json", "_manifest.json", ".socproc.lock"})
TEMP_SUFFIXES = (".tmp", ".temp", ".part", ".crdownload", ".partial", ".download", "~")
MANIFEST = "_manifest.json"
LOCK = ".socproc.lock"
# A lock older than this is taken over even when its holder cannot be checked (another host).
STALE_LOCK_SECONDS = 6 * 3600


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


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class ManifestEntry:
    """What the last run recorded for one input."""

    digest: str
    key: str  # inventory hash, options and tool version, hashed together
    outputs: tuple[str, ...]
    record: dict[str, Any]  # the input's _run.json record
    stats: dict[str, Any]  # counts the inbox summary needs

    def to_dict(self) -> dict[str, Any]:
        return {
            "digest": self.digest,
            "key": self.key,
            "outputs": list(self.outputs),
            "record": self.record,
            "stats": self.stats,
        }


def run_key(inventory_digest: str, options: dict[str, Any], version: str) -> str:
    """One hash of everything besides the input that decides its outputs."""
    text = json.dumps({"inv": inventory_digest, "opt": options, "v": version}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def load_manifest(out_dir: Path) -> dict[str, ManifestEntry]:
    """The last run's records by input path; an unreadable manifest means a full re-run."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        return {
            path: ManifestEntry(
                e["digest"], e["key"], tuple(e["outputs"]), e["record"], e.get("stats", {})
            )
            for path, e in data.get("inputs", {}).items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_manifest(out_dir: Path, entries: dict[str, ManifestEntry], version: str) -> None:
    from socproc.write.atomic import write_text_atomic

    data = {"version": version, "inputs": {k: v.to_dict() for k, v in sorted(entries.items())}}
    write_text_atomic(out_dir / MANIFEST, json.dumps(data, indent=1, ensure_ascii=False))


# --------------------------------------------------------------------------- lock


class FolderLock:
    """One run per output folder: an exclusive lock file holding the holder's host and pid."""

    def __init__(self, out_dir: Path, wait: float = 10.0):
        self.path = out_dir / LOCK
        self.wait = wait
        self.held = False

    def __enter__(self) -> FolderLock:
        deadline = time.monotonic() + self.wait
        while True:
            if self._try_take():
                self.held = True
                return self
            if self._is_stale():
                self._break()
                continue
            if time.monotonic() >= deadline:
                holder = self._holder()
                raise LockedError(
                    str(self.path.parent),
                    f"another socproc run holds this output folder ({holder})",
                    f"wait for it to finish, or remove {self.path.name} if no run is active",
                )
            time.sleep(0.2)

    def __exit__(self, *exc: object) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.held = False

    def _try_take(self) -> bool:
        body = json.dumps(
            {"host": socket.gethostname(), "pid": os.getpid(), "started": time.time()}
        )
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            raise OutputError(
                str(self.path.parent),
                f"cannot create the lock file ({exc.strerror})",
                "check the output folder exists and is writable",
            ) from exc
        with os.fdopen(fd, "w") as fh:
            fh.write(body)
        return True

    def _info(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _holder(self) -> str:
        info = self._info()
        return f"host {info.get('host', '?')}, pid {info.get('pid', '?')}"

    def _is_stale(self) -> bool:
        info = self._info()
        if not info:
            # Unreadable: a run may be writing it this instant; only age can tell.
            try:
                return time.time() - self.path.stat().st_mtime > STALE_LOCK_SECONDS
            except OSError:
                return False
        if info.get("host") == socket.gethostname():
            return not _pid_alive(int(info.get("pid", 0) or 0))
        return bool(time.time() - float(info.get("started", 0) or 0) > STALE_LOCK_SECONDS)

    def _break(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
