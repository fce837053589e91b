"""The output-folder lock: one run per folder, with a heartbeat, and stale-lock takeover."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
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
# A run writes its lock's body the moment it creates it: a lock still empty or unreadable after
# this long was left by a run that failed midway (a full disk), and is taken over.
UNREADABLE_LOCK_SECONDS = 10.0


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
            self._clear_odd_lock()
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
            raise self._cannot(exc, "check the output folder exists and is writable") from exc
        try:
            data = self._body.encode("utf-8")
            while data:
                data = data[os.write(fd, data) :]
            os.close(fd)
        except OSError as exc:
            # A full disk: an empty lock left behind would hold the folder for nobody.
            with contextlib.suppress(OSError):
                os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise self._cannot(exc, "check the output folder has free space") from exc
        return True

    def _cannot(self, exc: OSError, fix: str) -> OutputError:
        reason = exc.strerror or type(exc).__name__
        return OutputError(str(self.path.parent), f"cannot create the lock file ({reason})", fix)

    def _read(self) -> str | None:
        try:
            if self.path.is_symlink():
                return None  # socproc never makes one; what it points to is not a lock
            return self.path.read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None

    def _clear_odd_lock(self) -> None:
        """A lock that is a symbolic link or an empty folder was not made by socproc: once a
        few seconds old, remove it (the link itself, never what it points to). A folder with
        something in it is never removed: the run stops with one line saying so."""
        try:
            st = self.path.lstat()
        except OSError:
            return
        old = time.time() - st.st_mtime > UNREADABLE_LOCK_SECONDS
        if stat.S_ISLNK(st.st_mode):
            if old:
                with contextlib.suppress(OSError):
                    self.path.unlink()
        elif stat.S_ISDIR(st.st_mode):
            if old:
                with contextlib.suppress(OSError):
                    self.path.rmdir()
            if self.path.is_dir() and (old or _holds_anything(self.path)):
                raise LockedError(
                    str(self.path),
                    "the lock's name is taken by a folder, so no run can hold this output folder",
                    f"move or remove the folder {self.path.name}",
                )

    @staticmethod
    def _info(text: str | None) -> dict[str, Any]:
        try:
            data = json.loads(text or "")
        except (ValueError, RecursionError):
            return {}
        return data if isinstance(data, dict) else {}

    def _holder(self, text: str | None) -> str:
        info = self._info(text)
        return f"host {info.get('host', '?')}, pid {info.get('pid', '?')}"

    def _is_stale(self, text: str | None) -> bool:
        if text is None:
            return False  # gone (take it next loop) or unreadable for now
        try:
            age = time.time() - self.path.lstat().st_mtime
        except OSError:
            return False
        if age > STALE_LOCK_SECONDS:
            return True
        info = self._info(text)
        if not info.get("host") or not info.get("pid"):
            # An empty or unreadable body may be a run writing it this instant; a few seconds
            # on, it is a run that died (or found the disk full) before it could write it.
            return age > UNREADABLE_LOCK_SECONDS
        if info.get("host") == socket.gethostname():
            try:
                return not _pid_alive(int(info["pid"]))
            except (TypeError, ValueError, OverflowError):
                return age > UNREADABLE_LOCK_SECONDS
        return False

    def _break(self, seen: str | None) -> None:
        # Only the lock judged stale is removed: if another waiter took over in between, its
        # fresh lock differs from what we read, and is left alone.
        if self._read() == seen:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _holds_anything(folder: Path) -> bool:
    try:
        return any(folder.iterdir())
    except OSError:
        return True  # cannot look inside: treat it as holding something


def exit_with_parent(poll: float = 1.0) -> None:
    """In a worker process: end when the run that started it ends, however it ends.

    Killed outright (`kill -9`, the out-of-memory killer), a run cannot stop its workers, and
    they would go on taking queued inputs with no lock held, then wait forever for more. On
    Linux the kernel kills the worker with its parent; elsewhere (and as a second guard) a
    thread sees the parent change and ends the process.
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes
            import signal

            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll)
        os._exit(1)  # nothing to clean: temporary files are swept by the next run

    threading.Thread(target=watch, name="socproc-parent", daemon=True).start()


def _pid_alive(pid: int) -> bool:
    if pid <= 0 or pid >= 2**31:
        return False  # no process has it (and os.kill would overflow)
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
    except (OSError, OverflowError):
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
