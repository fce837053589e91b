"""Folder runs: finding inputs, the incremental manifest, the output-folder lock, deferral of busy files."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
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
# How long a second run waits for the output folder before giving up (exit 2).
DEFAULT_WAIT_SECONDS = 30.0
# A running holder touches its lock this often, so its age tells whether the holder is alive.
HEARTBEAT_SECONDS = 60.0
# A lock not touched for this long is taken over even when its holder cannot be checked (another
# host). Generous, so that clock skew between hosts and the file server cannot break a live lock.
STALE_LOCK_SECONDS = 15 * 60
# `.NAME.<pid>.tmp`: what write/atomic.py leaves behind when a run is killed mid-write.
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.\d+\.tmp$")


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


def output_bases(rels: Iterable[str]) -> dict[str, str]:
    """Where each input's outputs go: a path relative to the output folder, before `.response.xlsx`.

    Outputs mirror the input's subfolder, so `a/q.xlsx` and `b/q.xlsx` never overwrite each
    other. Two inputs of one folder with the same stem (`q.xlsx`, `q.csv`) keep their extension
    in the name (`q.xlsx.response.xlsx`). Names are compared case-insensitively, as SMB does.
    """
    groups: dict[tuple[str, str], list[PurePosixPath]] = {}
    for rel in rels:
        p = PurePosixPath(rel)
        groups.setdefault((str(p.parent).casefold(), p.stem.casefold()), []).append(p)
    bases: dict[str, str] = {}
    for members in groups.values():
        for p in members:
            bases[p.as_posix()] = (p.parent / (p.name if len(members) > 1 else p.stem)).as_posix()
    return bases


def is_output_of(base: str, name: str) -> bool:
    """True when `name` (relative to the output folder) is one of the outputs named after `base`."""
    return any(name == base + suffix for suffix in OUTPUT_SUFFIXES)


def sweep_temp_files(out_dir: Path) -> list[Path]:
    """Remove the temporary files a killed run left in `out_dir`; call only while holding its lock."""
    removed = []
    for folder, dirs, files in os.walk(out_dir, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            match = _TEMP_NAME.match(name)
            if (
                match
                and is_ignored(match.group("name"))
                and not match.group("name").startswith(".")
            ):
                path = Path(folder) / name
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def remove_outputs(out_dir: Path, names: Iterable[str]) -> None:
    """Delete outputs (relative to `out_dir`) that no longer answer their input; absent ones are fine."""
    for name in names:
        with contextlib.suppress(OSError):
            (out_dir / name).unlink(missing_ok=True)


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
    """One run per output folder: an exclusive lock file holding the holder's host and pid.

    The holder touches the file every HEARTBEAT_SECONDS. A lock is stale, and taken over, when
    its holder is a dead process on this host or when nobody has touched it for
    STALE_LOCK_SECONDS (a run on another host that was killed or lost power).
    """

    def __init__(
        self,
        out_dir: Path,
        wait: float = DEFAULT_WAIT_SECONDS,
        heartbeat: float = HEARTBEAT_SECONDS,
    ):
        self.path = Path(out_dir) / LOCK
        self.wait = wait
        self.heartbeat = heartbeat
        self.held = False
        self._body = json.dumps(
            {
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "started": time.time(),
                "token": uuid.uuid4().hex,
            }
        )
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def __enter__(self) -> FolderLock:
        deadline = time.monotonic() + self.wait
        while True:
            if self._try_take():
                self.held = True
                self._beat = threading.Thread(target=self._touch, name="socproc-lock", daemon=True)
                self._beat.start()
                return self
            seen = self._read()
            if self._is_stale(seen):
                self._break(seen)
                continue
            if time.monotonic() >= deadline:
                raise LockedError(
                    str(self.path.parent),
                    f"another socproc run holds this output folder ({self._holder(seen)})",
                    f"wait for it to finish, or remove {self.path.name} if no run is active",
                )
            time.sleep(0.2)

    def __exit__(self, *exc: object) -> None:
        self.release()

    def release(self) -> None:
        """Give the folder back; the lock file is removed only if it is still ours."""
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=5)
            self._beat = None
        if self.held and self._read() == self._body:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False

    def _touch(self) -> None:
        while not self._stop.wait(self.heartbeat):
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def _try_take(self) -> bool:
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
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(self._body)
        return True

    def _read(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None

    @staticmethod
    def _info(text: str | None) -> dict[str, Any]:
        try:
            data = json.loads(text or "")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def _holder(self, text: str | None) -> str:
        info = self._info(text)
        return f"host {info.get('host', '?')}, pid {info.get('pid', '?')}"

    def _is_stale(self, text: str | None) -> bool:
        if text is None:
            return False  # gone (take it next loop) or unreadable for now
        try:
            age = time.time() - self.path.stat().st_mtime
        except OSError:
            return False
        if age > STALE_LOCK_SECONDS:
            return True
        info = self._info(text)
        # An unreadable body may be a run writing it this instant: only age can tell then.
        if info and info.get("host") == socket.gethostname():
            try:
                return not _pid_alive(int(info.get("pid", 0) or 0))
            except (TypeError, ValueError):
                return False
        return False

    def _break(self, seen: str | None) -> None:
        # Only the lock judged stale is removed: if another waiter took over in between, its
        # fresh lock differs from what we read, and is left alone.
        if self._read() == seen:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
