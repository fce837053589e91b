"""Spread one big questionnaire over several cores: classify, map and write in forked processes.

A folder run keeps every core busy with whole files; a single large file (a thousand-row control
matrix) would leave all but one idle. Here its rows are cut into one slice per core, each slice
classified and mapped in a forked child that inherits the inputs instead of receiving them
pickled, and the slow response workbook is written in a child while the parent writes the rest.
Results are identical to the sequential path: classification and mapping are pure per row, and
the document-wide SOC 2 type is applied in the parent between the two rounds.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import Any

from socproc.classify import apply_document_type, classify
from socproc.errors import OutputError, SocprocError
from socproc.inventory import ApprovedAnswer, Inventory
from socproc.mapping import map_requirement
from socproc.model import Classification, Mapping, Requirement, Settings

# Below this many rows a process pool costs more than it saves (measured by scripts/bench.py).
PARALLEL_MIN = 2_000

# What forked children read: set just before the pool forks, cleared after.
_SHARED: dict[str, Any] = {}


def can_fork() -> bool:
    """Forking shares the parent's memory for free; elsewhere (Windows, macOS) stay sequential."""
    return "fork" in multiprocessing.get_all_start_methods()


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


def fan_out(work: Callable[[int, int], list[Any]], n: int, jobs: int, **shared: Any) -> list[Any]:
    """Run `work(start, end)` over slices of 0..n in forked processes; the results in order."""
    _SHARED.clear()
    _SHARED.update(shared)
    try:
        parts = slices(n, jobs)
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(len(parts), mp_context=context) as pool:
            done = list(pool.map(work, [s for s, _ in parts], [e for _, e in parts]))
    finally:
        _SHARED.clear()
    return [item for part in done for item in part]


def _classify_slice(start: int, end: int) -> list[Classification]:
    texts: Sequence[str] = _SHARED["texts"]
    settings: Settings = _SHARED["settings"]
    return [classify(t, settings) for t in texts[start:end]]


def _map_slice(start: int, end: int) -> list[Mapping]:
    s = _SHARED
    return [
        map_requirement(r, c, s["inventory"], s["day"], s["settings"], answers=s["answers"])
        for r, c in zip(s["reqs"][start:end], s["classes"][start:end], strict=True)
    ]


def classify_and_map(
    reqs: Sequence[Requirement],
    inventory: Inventory,
    day: date,
    settings: Settings,
    answers: Sequence[ApprovedAnswer],
    jobs: int,
) -> tuple[list[Classification], list[Mapping]]:
    """Classify and map every requirement, across `jobs` processes when the file is big enough."""
    texts = [r.question for r in reqs]
    if not worth_it(len(reqs), jobs):
        classes = apply_document_type([classify(t, settings) for t in texts])
        maps = [
            map_requirement(r, c, inventory, day, settings, answers=answers)
            for r, c in zip(reqs, classes, strict=True)
        ]
        return classes, maps
    classes = apply_document_type(
        fan_out(_classify_slice, len(texts), jobs, texts=texts, settings=settings)
    )
    maps = fan_out(
        _map_slice,
        len(reqs),
        jobs,
        reqs=reqs,
        classes=classes,
        inventory=inventory,
        day=day,
        settings=settings,
        answers=answers,
    )
    return classes, maps


def start_child(work: Callable[[], Any]) -> Callable[[], Any]:
    """Run `work()` in a forked child now; the returned `join()` gives its result or raises.

    The child inherits `work` and everything it refers to, so nothing is pickled on the way in;
    only the (small) result comes back through a pipe.
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_run_child, args=(work, send), daemon=True)
    child.start()
    send.close()

    def join() -> Any:
        try:
            status, payload = receive.recv()
        except EOFError:
            status, payload = "lost", None
        finally:
            receive.close()
            child.join()
        if status == "ok":
            return payload
        if status == "error":
            raise OutputError(*payload)
        raise OutputError(
            None,
            f"a writer process ended unexpectedly (exit code {child.exitcode})",
            "run again; if it recurs, run with --jobs 1 and report it",
        )

    return join


def _run_child(work: Callable[[], Any], send: Any) -> None:
    try:
        send.send(("ok", work()))
    except SocprocError as exc:
        send.send(("error", (exc.file, exc.problem, exc.fix, exc.where)))
    except BaseException as exc:  # report, never hang the parent waiting on the pipe
        send.send(
            (
                "error",
                (None, f"internal error ({type(exc).__name__}: {exc})", "please report it", None),
            )
        )
    finally:
        send.close()
