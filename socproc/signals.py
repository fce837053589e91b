"""Stopping a folder run cleanly: SIGTERM and SIGHUP as Ctrl-C in the parent, none in workers."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised like Ctrl-C so that the lock is released and finished work kept."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Stop on SIGTERM (systemd, docker, kill, CI timeouts) and SIGHUP as on Ctrl-C."""

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise Stopped(signum)

    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            sig = getattr(signal, name, None)
            # Under nohup SIGHUP is ignored on purpose; keep it that way.
            if sig is not None and signal.getsignal(sig) is not signal.SIG_IGN:
                previous[sig] = signal.signal(sig, stop)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def leave_stopping_to_the_parent() -> None:
    """In a pool worker: Ctrl-C and SIGTERM are the parent's to handle.

    The parent stops handing out inputs and waits for the ones in flight, whose writes are
    atomic. A worker killed outright is safe too.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
