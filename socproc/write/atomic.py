"""Atomic file writing: write to a hidden temporary name in the target folder, then rename into place."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from pathlib import Path

from socproc.errors import OutputError

WRITABLE_FIX = "check the folder is writable and has free space"
# Anything but an OSError while writing is a fault in socproc, not in the folder.
REPORT_FIX = "this is a fault in socproc: please report it with the input file"
# Inside all_or_nothing(): the (temporary, final) paths written so far, renamed at the end.
_PENDING: ContextVar[list[tuple[Path, Path]] | None] = ContextVar("_PENDING", default=None)


# What `temp_path` names, so that a later run can tell a killed run's leftovers from the rest.
TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.\d+\.tmp$")


def temp_path(path: Path, pid: int | None = None) -> Path:
    """The temporary name `.NAME.<pid>.tmp` beside `path` (this process's pid unless another
    is given): hidden, so folder scans skip it."""
    return path.with_name(f".{path.name}.{os.getpid() if pid is None else pid}.tmp")


def write_atomic(path: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(tmp)` to produce the file at a temporary name, then `os.replace` it onto `path`.

    Readers of `path` (a shared drive, a sync client, the next run) see either the old file
    or the complete new one, never a partial write. Any failure removes the temporary file
    and raises `OutputError` naming `path`.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            str(path.parent), f"cannot create the output folder ({_reason(exc)})", WRITABLE_FIX
        ) from exc
    tmp = temp_path(path)
    pending = _PENDING.get()
    try:
        write(tmp)
        if pending is None:
            os.replace(tmp, path)
        else:
            pending.append((tmp, path))
    except OutputError:
        _discard(tmp)
        raise
    except Exception as exc:
        _discard(tmp)
        fix = WRITABLE_FIX if isinstance(exc, OSError) else REPORT_FIX
        raise OutputError(str(path), f"cannot write the output ({_reason(exc)})", fix) from exc
    except BaseException:  # Ctrl-C or SIGTERM midway: no half-written file stays behind
        _discard(tmp)
        raise
    return path


@contextlib.contextmanager
def all_or_nothing() -> Iterator[None]:
    """Make the files written inside appear together or not at all.

    Each `write_atomic` inside leaves its file at the temporary name; when the block ends
    without error they are all renamed into place, otherwise all are removed. A full or
    read-only folder then leaves an input's previous outputs as they were, not half replaced.
    """
    with deferred() as pending:
        yield
    for index, (tmp, path) in enumerate(pending):
        try:
            os.replace(tmp, path)
        except OSError as exc:
            # Renames rarely fail (no space is needed), but if one does, no part of the
            # set stays behind to look current: a failed input has no outputs.
            discard_all(pending[index:])
            for _tmp, done in pending[:index]:
                _discard(done)
            raise OutputError(
                str(path), f"cannot write the output ({_reason(exc)})", WRITABLE_FIX
            ) from exc


@contextlib.contextmanager
def deferred() -> Iterator[list[tuple[Path, Path]]]:
    """Leave the files written inside at their temporary names and list them (temp, final).

    For a child process writing part of a set: the parent `adopt`s the list into its own
    `all_or_nothing()`, so the whole set still appears together or not at all.
    """
    pending: list[tuple[Path, Path]] = []
    token = _PENDING.set(pending)
    try:
        yield pending
    except BaseException:
        discard_all(pending)
        raise
    finally:
        _PENDING.reset(token)


def adopt(pairs: Sequence[tuple[Path, Path]]) -> None:
    """Take files another process left at temporary names into the enclosing set."""
    pending = _PENDING.get()
    if pending is None:
        for tmp, path in pairs:
            os.replace(tmp, path)
    else:
        pending.extend(pairs)


def discard_all(pairs: Sequence[tuple[Path, Path]]) -> None:
    """Remove files left at temporary names by a set that will not be completed."""
    for tmp, _path in pairs:
        _discard(tmp)


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` atomically."""
    return write_atomic(path, lambda tmp: tmp.write_bytes(data))


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` to `path` atomically, with `\\n` line endings as given."""
    return write_bytes_atomic(path, text.encode(encoding))


def _discard(tmp: Path) -> None:
    # Nothing more can be done if the folder refuses the delete as well as the write.
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
