"""Forked children for one big job: a worker process with a two-way pipe, and when to use one.

Forking shares the parent's memory for free, so a child inherits its work instead of
receiving it pickled; values, the result and any error come back through the pipe. Used to
spread one big questionnaire over cores (pipeline.classify_and_map) and to write the
JSON and filled copy beside the response workbook (write.write_outputs).
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from socproc.errors import OutputError, SocprocError
from socproc.signals import leave_stopping_to_the_parent

# Below this many rows forking costs more than it saves (measured by scripts/bench.py).
PARALLEL_MIN = 2_000


def can_fork() -> bool:
    """Forking shares the parent's memory for free; elsewhere (Windows, macOS) stay sequential,
    as in a daemonic process (a multiprocessing.Pool worker), which may not have children."""
    return "fork" in multiprocessing.get_all_start_methods() and not (
        multiprocessing.current_process().daemon
    )


def worth_it(rows: int, jobs: int) -> bool:
    """Whether `rows` requirements should be spread over `jobs` processes."""
    return jobs > 1 and rows >= PARALLEL_MIN and can_fork()


def slices(n: int, parts: int) -> list[tuple[int, int]]:
    """`parts` contiguous (start, end) ranges covering 0..n, as equal as can be."""
    size, extra = divmod(n, parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < extra else 0)
        out.append((start, end))
        start = end
    return [s for s in out if s[0] < s[1]]


class ChildLost(RuntimeError):
    """A child process ended without sending its result (killed, or out of memory)."""


class Child:
    """A forked process running `work(pipe)` on its end of a two-way pipe.

    The child inherits `work` and everything it refers to, so nothing is pickled on the way
    in; values, the result and any error come back through the pipe. Ctrl-C and SIGTERM are
    left to this process, which stops the child when it no longer wants it.
    """

    def __init__(self, work: Callable[[Connection], Any], role: str):
        context = multiprocessing.get_context("fork")
        self._role = role
        self._pipe, theirs = context.Pipe()
        self._process = context.Process(target=_run_child, args=(work, theirs), daemon=True)
        self._process.start()
        theirs.close()

    @property
    def pid(self) -> int:
        """The child's process id (it names the child's temporary files)."""
        return self._process.pid or 0

    def send(self, value: Any) -> None:
        self._pipe.send(value)

    def receive(self) -> Any:
        """The next value the child sends; its own exception if its work failed."""
        try:
            status, value = self._pipe.recv()
        except EOFError:
            self._process.join()
            raise ChildLost(
                f"a {self._role} ended unexpectedly (exit code {self._process.exitcode})"
            ) from None
        if status == "error":
            raise value
        return value

    def join(self) -> Any:
        """The result of one-shot work, the child reaped; any failure as one OutputError."""
        try:
            return self.receive()
        except SocprocError as exc:
            raise OutputError(exc.file, exc.problem, exc.fix, exc.where) from None
        except ChildLost as exc:
            fix = "run again; if it recurs, run with --jobs 1 and report it"
            raise OutputError(None, str(exc), fix) from None
        except Exception as exc:
            problem = f"internal error ({type(exc).__name__}: {exc})"
            raise OutputError(None, problem, "please report it") from None
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop the child (done, or no longer wanted) and reap it."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._pipe.close()


def start_child(work: Callable[[], Any]) -> Child:
    """Run `work()` in a forked child now; `join()` gives its result (see `Child`)."""
    return Child(lambda _pipe: work(), "writer process")


def _run_child(work: Callable[[Connection], Any], pipe: Connection) -> None:
    leave_stopping_to_the_parent()
    try:
        outcome: tuple[str, Any] = ("ok", work(pipe))
    except BaseException as exc:  # report, never leave the parent waiting on the pipe
        outcome = ("error", exc)
    try:
        pipe.send(outcome)
    except Exception:  # an exception that will not pickle, or the parent is gone
        with contextlib.suppress(Exception):
            pipe.send(("error", RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}")))
    finally:
        pipe.close()
