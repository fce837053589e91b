"""The library: process() composes the stages for one file, process_folder() for an inbox."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from socproc.batch.lock import DEFAULT_WAIT_SECONDS
from socproc.batch.run import run_folder
from socproc.batch.worker import RunOptions
from socproc.errors import ConfigError, SocprocError
from socproc.extract import extract_file as extract
from socproc.inventory.load import ApprovedAnswer, Inventory, as_inventory
from socproc.model import Settings
from socproc.read.layout import LayoutRules
from socproc.result import Batch, IncompleteRun, Result

if TYPE_CHECKING:
    from socproc.review import Applied

__all__ = [
    "IncompleteRun",
    "RunOptions",
    "apply",
    "extract",
    "process",
    "process_folder",
    "resolve_as_of",
]


def resolve_as_of(as_of: str | date | None, inventory: Inventory | None = None) -> date:
    """`as_of` given > the inventory's `as_of` > today."""
    if isinstance(as_of, date):
        as_of = date(as_of.year, as_of.month, as_of.day).isoformat()
    if as_of:
        try:
            return _plausible(date.fromisoformat(as_of))
        except ValueError as exc:
            # Worded for the library and the command line alike (as_of=, --as-of).
            raise ConfigError(
                None,
                f"the as-of date '{as_of}' is not a date",
                "give it as YYYY-MM-DD, from 1900 to 2999",
            ) from exc
    if inventory is not None and inventory.as_of is not None:
        return inventory.as_of
    return date.today()


def _plausible(day: date) -> date:
    """`day`, if date arithmetic on it (freshness windows) cannot overflow."""
    if not 1900 <= day.year <= 2999:
        raise ValueError(day)
    return day


def process(
    path: str | Path,
    inventory: Inventory | str | Path,
    as_of: str | date | None = None,
    *,
    settings: Settings | None = None,
    layout: LayoutRules | None = None,
    answers: Sequence[ApprovedAnswer] = (),
    jobs: int = 1,
) -> Result:
    """Read, extract, classify and map one questionnaire against the vendor's inventory.

    With `jobs` > 1, a large questionnaire is classified and mapped across that many processes
    (same results, sooner).

    Example::

        inv = socproc.load_inventory("vendor.yaml")
        res = socproc.process("q.xlsx", inv, as_of="2026-11-26")
        res.counts()                       # {'covered': 18, 'partial': 2, 'gap': 0, 'review': 2}
        res.write("out/")                  # q.response.xlsx, q.response.json, q.filled.xlsx
    """
    settings = settings or Settings()
    inventory = as_inventory(inventory)
    day = resolve_as_of(as_of, inventory)
    from socproc.pipeline import process_file

    return process_file(path, inventory, day, settings, layout, answers, jobs)


def process_folder(
    paths: str | Path | Sequence[str | Path],
    inventory: Inventory | str | Path,
    as_of: str | date | None = None,
    *,
    out_dir: str | Path | None = None,
    jobs: int | None = None,
    force: bool = False,
    settings: Settings | None = None,
    layout: LayoutRules | None = None,
    answers: Sequence[ApprovedAnswer] = (),
    answers_digest: str = "",
    layout_digest: str = "",
    wait: float = DEFAULT_WAIT_SECONDS,
    keep_results: bool = True,
    exclude: Sequence[Path] = (),
    progress: Callable[[int, int, str], None] | None = None,
) -> Batch:
    """Process every questionnaire under `paths`; with `out_dir`, write all outputs incrementally.

    Without `out_dir` nothing is written and every input is processed. With it, one run holds
    the folder at a time (a second waits `wait` seconds, then raises LockedError), unchanged
    inputs are skipped, busy inputs deferred, and the manifest, `_run.json` and `_summary.xlsx`
    are written at the end; if one of those cannot be, IncompleteRun carries the batch.
    `progress(done, total, path)` is called as each input is processed.

    Example::

        inv = socproc.load_inventory("vendor.yaml")
        batch = socproc.process_folder("inbox/", inv, as_of="2026-11-26", out_dir="out/")
        [(r.path, r.status) for r in batch.inputs]   # [('q.xlsx', 'ok'), ('old.xls', 'failed')]
        batch.recommendation.report                  # 'SOC 1 Type II'
    """
    inventory = as_inventory(inventory)
    options = RunOptions(
        resolve_as_of(as_of, inventory),
        settings or Settings(),
        layout,
        tuple(answers),
        answers_digest,
        layout_digest,
    )
    roots = [Path(p) for p in ([paths] if isinstance(paths, str | Path) else paths)]
    for root in roots:
        if not root.exists():
            raise ConfigError(str(root), "no such file or folder", "check the path")
    return run_folder(
        roots,
        inventory,
        options,
        out=Path(out_dir) if out_dir else None,
        jobs=jobs,
        force=force,
        wait=wait,
        keep=keep_results,
        exclude=exclude,
        progress=progress,
    )


def apply(
    paths: str | Path | Sequence[str | Path],
    *,
    out_dir: str | Path | None = None,
    source: str | Path | None = None,
    layout: LayoutRules | None = None,
    settings: Settings | None = None,
    wait: float = DEFAULT_WAIT_SECONDS,
) -> list[Applied]:
    """Write the buyer's filled copy of each reviewed response workbook from its approved finals.

    Rows the reviewer approved (`Approved` = Yes) get their `Final Answer` and `Final Response`
    (the machine's answer where no final answer is given); rows with no decision get the
    machine's supported answer (those the run marked Filled); rejected rows and finals not yet
    approved are left blank. The copy is written with the fidelity of `run` (only answer cells
    change, in the buyer's dropdown vocabulary) as `NAME.filled.EXT` in `out_dir` (default:
    beside the workbook), never over a file changed by hand. The original questionnaire is the
    one the workbook records, or `source`. A workbook that cannot be applied gets `error`.

    Example::

        done = socproc.apply("out/q.response.xlsx")
        done[0].filled, done[0].rows.approved     # ('out/q.filled.xlsx', 12)
    """
    from socproc.batch.run import write_applied
    from socproc.review import Applied, filled_name, plan_apply
    from socproc.write import filled_writer

    files = [Path(p) for p in ([paths] if isinstance(paths, str | Path) else paths)]
    if source is not None and len(files) > 1:
        raise ConfigError(
            str(source), "--source names the original of one workbook", "apply one at a time"
        )
    done: list[Applied] = []
    for file in files:
        try:
            _, original, fmt, rows = plan_apply(file, source, layout, settings)
            writer = filled_writer(fmt)
            if writer is None:
                raise ConfigError(
                    str(original),
                    f"a .{fmt} questionnaire has no answer cells to fill",
                    "answer it from the response workbook",
                )
            out = Path(out_dir) if out_dir else file.parent

            def write(dest: Path) -> object:
                return writer(original, rows.responses, dest)  # noqa: B023 (called at once)

            written, kept = write_applied(out, filled_name(file, fmt), write, wait)
        except SocprocError as exc:
            done.append(Applied(str(file), error=exc.line()))
            continue
        done.append(Applied(str(file), str(original), str(written), str(kept or ""), rows))
    return done
