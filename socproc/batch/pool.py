"""Running a folder's inputs: one after another, or on a pool of worker processes."""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

# Called as `worker.process_one`, so that a test can stand in for it in the pool's processes.
from socproc.batch import worker
from socproc.batch.worker import Job, Outcome, RunOptions
from socproc.inventory.load import Inventory
from socproc.result import InputRecord

if TYPE_CHECKING:
    from concurrent.futures import Future


def execute(
    todo: list[Job],
    inventory: Inventory,
    options: RunOptions,
    out: Path | None,
    jobs: int | None,
    keep: bool,
    progress: Callable[[int, int, str], None] | None,
) -> Generator[tuple[Job, Outcome], None, None]:
    """Yield (job, outcome) per input as each finishes, in parallel when jobs > 1.

    Each worker holds one input at a time, so peak memory is about `jobs` times the largest.
    """
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    out_arg = str(out) if out else None
    total, done = len(todo), 0
    if progress and total:
        progress(0, total, "")

    def tick(rel: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total, rel)

    if workers == 1:
        # A lone input gets every core: a big file is then split across them (socproc.pipeline).
        worker.init_worker(inventory, options, cores=max(1, jobs or os.cpu_count() or 1))
        for job in todo:
            outcome = worker.process_one(job, out_arg, keep)
            tick(job.rel)
            yield job, outcome
        return
    # The pool loads only when used: a lone input (most runs) never needs it.
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    crashed: list[Job] = []
    pool = ProcessPoolExecutor(
        workers, initializer=worker.init_pool_worker, initargs=(inventory, options)
    )
    futures = {pool.submit(worker.process_one, job, out_arg, keep): job for job in todo}
    given: set[Future[Outcome]] = set()
    try:
        for future in as_completed(futures):
            job = futures[future]
            given.add(future)
            try:
                outcome = future.result()
            except BrokenProcessPool:
                crashed.append(job)
                continue
            tick(job.rel)
            yield job, outcome
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM: hand out nothing more, let the inputs in flight finish, and
        # report them before stopping, so that their work is recorded and not redone.
        pool.shutdown(wait=True, cancel_futures=True)
        for future, job in futures.items():
            finished = future.done() and not future.cancelled()
            if future not in given and finished and future.exception() is None:
                yield job, future.result()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    # A worker died (out of memory, a crash in a library) and took the pool with it: every input
    # still in it reports the broken pool. Run each again alone, so only the culprit fails.
    for job in sorted(crashed, key=lambda j: j.rel):
        outcome = _process_alone(job, out_arg, keep, inventory, options)
        tick(job.rel)
        yield job, outcome


def _process_alone(
    job: Job, out_arg: str | None, keep: bool, inventory: Inventory, options: RunOptions
) -> Outcome:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(
        1, initializer=worker.init_pool_worker, initargs=(inventory, options)
    ) as solo:
        try:
            return solo.submit(worker.process_one, job, out_arg, keep).result()
        except BrokenProcessPool:
            line = (
                f"{job.rel}: the process reading it died (out of memory, or a crash in a"
                " library) — check the file opens, or split it"
            )
            return Outcome(InputRecord(job.rel, "failed", line, reason=job.reason))
