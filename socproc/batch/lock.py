"""The output-folder lock: one run per folder, with a heartbeat, and stale-lock takeover."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from socproc.errors import LockedError, OutputError

LOCK = ".socproc.lock"
# How long a second run waits for the output folder before giving up (exit 2).
DEFAULT_WAIT_SECONDS = 30.0
# A running holder touches its lock this often, so its age tells whether the holder is alive.
HEARTBEAT_SECONDS = 60.0
# A lock not touched for this long is taken over even when its holder cannot be checked (another
# host). Generous, so that clock skew between hosts and the file server cannot break a live lock.
STALE_LOCK_SECONDS = 15 * 60


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
