"""The command line: each command parses its options, calls the library, renders, and exits.

Exit codes: 0 every input ok, skipped or deferred; 1 at least one input failed; 2 usage,
inventory or configuration error (nothing processed). Heavy libraries are imported inside the
commands so that `socproc --help` stays fast.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from socproc._version import __version__
from socproc.batch import DEFAULT_WAIT_SECONDS
from socproc.envlimits import LIMIT_VARIABLES, settings_from_env

if TYPE_CHECKING:
    from socproc.inventory.load import ApprovedAnswer
    from socproc.model import InputRecord
    from socproc.read.layout import LayoutRules
    from socproc.result import Batch

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_LIMITS_EPILOG = (
    "Safety limits come from the environment when set: "
    + ", ".join(LIMIT_VARIABLES)
    + " (see docs/cli.md)."
)


@contextmanager
def user_errors(verbose: bool = False) -> Iterator[None]:
    """Turn SocprocError into its one-line message(s) and exit 2; tracebacks only with -v."""
    from socproc.errors import InventoryError, SocprocError

    try:
        yield
    except InventoryError as exc:
        for line in exc.lines():
            click.echo(line, err=True)
        sys.exit(EXIT_USAGE)
    except SocprocError as exc:
        if verbose:
            traceback.print_exc()
        click.echo(exc.line(), err=True)
        sys.exit(EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="socproc")
def cli() -> None:
    """Triage security questionnaires into evidence-backed answers, with every SOC gap flagged."""


def _load_layout(path: str | None) -> tuple[LayoutRules | None, str]:
    if not path:
        return None, ""
    from socproc.batch import file_digest
    from socproc.read.layout import load_layout

    return load_layout(path), file_digest(Path(path))


def _load_answers(paths: tuple[str, ...]) -> tuple[tuple[ApprovedAnswer, ...], str]:
    import hashlib

    from socproc.inventory.load import load_answers

    answers: list[ApprovedAnswer] = []
    for path in paths:
        answers.extend(load_answers(path))
    if not answers:
        return (), ""
    # By what the libraries say, not their bytes: a comment added to one redoes nothing.
    return tuple(answers), hashlib.sha256(
        repr(answers).encode("utf-8", "surrogatepass")
    ).hexdigest()


@cli.command(epilog=_LIMITS_EPILOG)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--inventory",
    "inventory_path",
    required=True,
    envvar="SOCPROC_INVENTORY",
    type=click.Path(dir_okay=False),
    help="The vendor's holdings (YAML or JSON).",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    envvar="SOCPROC_OUT",
    type=click.Path(file_okay=False),
    help="Folder for the outputs, the run record and the manifest.",
)
@click.option(
    "--as-of",
    envvar="SOCPROC_AS_OF",
    help="Date the holdings are judged at (YYYY-MM-DD); default today.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    envvar="SOCPROC_JOBS",
    help="Files processed in parallel; default: the number of cores.",
)
@click.option(
    "--layout",
    "layout_path",
    type=click.Path(dir_okay=False),
    envvar="SOCPROC_LAYOUT",
    help="YAML pinning sheet, header row and columns for files detection gets wrong.",
)
@click.option(
    "--answers",
    "answers_paths",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="An approved-answer library (repeatable), besides the inventory's own answers.",
)
@click.option(
    "--force", is_flag=True, help="Re-process inputs even when unchanged since the last run."
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=DEFAULT_WAIT_SECONDS,
    show_default=True,
    envvar="SOCPROC_WAIT",
    help="Seconds to wait for another run holding the output folder, then exit 2.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option(
    "--verbose", "-v", is_flag=True, help="Print every input's outcome; tracebacks on errors."
)
def run(
    paths: tuple[str, ...],
    inventory_path: str,
    out_dir: str,
    as_of: str | None,
    jobs: int | None,
    layout_path: str | None,
    answers_paths: tuple[str, ...],
    force: bool,
    wait: float,
    quiet: bool,
    verbose: bool,
) -> None:
    """Process questionnaires (files or folders) into response workbooks and an inbox summary."""
    from socproc.api import IncompleteRun, process_folder
    from socproc.inventory.load import load_inventory
    from socproc.signals import Stopped, stop_on_signals

    unfinished: IncompleteRun | None = None
    with user_errors(verbose):
        settings = settings_from_env(os.environ)
        inventory = load_inventory(inventory_path)
        layout, layout_digest = _load_layout(layout_path)
        answers, answers_digest = _load_answers(answers_paths)
        try:
            with stop_on_signals(), _progress(quiet) as tick:
                batch = process_folder(
                    list(paths),
                    inventory,
                    as_of,
                    out_dir=out_dir,
                    jobs=jobs,
                    force=force,
                    settings=settings,
                    layout=layout,
                    answers=answers,
                    answers_digest=answers_digest,
                    layout_digest=layout_digest,
                    wait=wait,
                    keep_results=False,
                    exclude=[Path(p) for p in (layout_path, *answers_paths) if p],
                    progress=tick,
                )
        except IncompleteRun as exc:
            unfinished, batch = exc, exc.batch
        except KeyboardInterrupt as exc:
            signum = exc.signum if isinstance(exc, Stopped) else signal.SIGINT
            click.echo(
                f"socproc: stopped by {signal.Signals(signum).name} — outputs written so far are"
                " complete and kept; run again to do the rest",
                err=True,
            )
            sys.exit(128 + signum)
    _report(batch, out_dir, quiet, verbose)
    if unfinished is not None:
        # Every input was processed, but the run is not fully recorded: not a clean run.
        click.echo(unfinished.line(), err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(EXIT_FAILED if any(r.status == "failed" for r in batch.inputs) else EXIT_OK)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[int, int, str], None] | None]:
    """A progress bar on a terminal only: never in logs, pipes or cron mail."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    shown = [False]

    def tick(done: int, total: int, name: str) -> None:
        width = 24
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        click.echo(f"\r[{bar}] {done}/{total} {name[-44:]:<44}", err=True, nl=False)
        shown[0] = True

    try:
        yield tick
    finally:
        if shown[0]:
            click.echo("\r" + " " * 80 + "\r", err=True, nl=False)


def _report(batch: Batch, out_dir: str, quiet: bool, verbose: bool) -> None:
    """The headline, then a line per input that did something (every input with -v) and per
    file that is not a questionnaire: a table on a terminal, one stream of lines in logs.

    Each line is flushed as it is written, so a log taking both streams keeps their order.
    """
    shown = [r for r in batch.inputs if verbose or r.status != "skipped" or r.kept]
    if quiet:
        for record in shown:
            if record.status == "failed" and record.error:
                click.echo(record.error, err=True)
        return
    by_status = {
        s: sum(r.status == s for r in batch.inputs) for s in ("ok", "skipped", "deferred", "failed")
    }
    total = sum(r.requirements for r in batch.inputs if r.status in ("ok", "skipped"))
    line = (
        f"{len(batch.inputs)} inputs: {by_status['ok']} ok, {by_status['skipped']} skipped, "
        f"{by_status['deferred']} deferred, {by_status['failed']} failed; "
        f"{total} requirements; outputs in {out_dir}"
    )
    if batch.recommendation and batch.recommendation.report:
        line += f"; next report to pursue: {batch.recommendation.report}"
    click.echo(line)
    table = sys.stdout.isatty() and bool(shown)
    if table:
        click.echo(_run_table(shown))
    for record in shown:
        failed = record.status == "failed"
        if not table or (record.error and record.status in ("failed", "deferred")):
            click.echo(_run_line(record), err=failed)
        for kept in _kept_lines(record):
            click.echo(kept)
    for path, why in batch.ignored:
        click.echo(f"{path}: {why}")


def _counts(record: InputRecord) -> str:
    counts = record.counts or {}
    return ", ".join(f"{n} {s}" for s, n in counts.items() if n)


def _run_line(record: InputRecord) -> str:
    """One input in one line: `q.xlsx: ok (input changed) — 22 requirements: 12 covered, ...`."""
    if record.status == "failed" and record.error:
        return record.error
    if record.status == "deferred" and record.error:
        return record.error
    parts = [f"{record.path}: {record.status}" + (f" ({record.reason})" if record.reason else "")]
    detail = f"{record.requirements} requirements"
    if record.counts:
        detail += f": {_counts(record)}"
    if record.filled is not None:
        detail += f"; {record.filled} filled, {record.not_filled} not"
    if record.changes:
        detail += f"; {record.changes} changed status"
    if record.carried or record.carried_over:
        detail += f"; {record.carried} reviews carried over"
        if record.carried_over:
            detail += f", {record.carried_over} on the Carried Over sheet"
    text = f"{parts[0]} — {detail}"
    if record.note:
        text += f" ({record.note})"
    return text


def _kept_lines(record: InputRecord) -> list[str]:
    """One line per output changed by hand since socproc wrote it, kept as it is."""
    return [
        f"{record.path}: {kept} {why} — kept" + (f"; this run's copy is {new}" if new else "")
        for kept, new, why in record.kept
    ]


def _run_table(records: list[InputRecord]) -> str:
    """A short per-file table for a terminal."""
    head = (
        "file",
        "status",
        "why",
        "reqs",
        "covered",
        "partial",
        "gap",
        "review",
        "filled",
        "moved",
    )
    rows: list[tuple[str, ...]] = [head]
    for r in records:
        c = r.counts or {}
        rows.append(
            (
                _clip(r.path, 36),
                r.status,
                r.reason or "",
                str(r.requirements),
                *(str(c.get(s, "")) for s in ("covered", "partial", "gap", "review")),
                "" if r.filled is None else f"{r.filled}/{r.requirements}",
                "" if r.changes is None else str(r.changes),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    right = {3, 4, 5, 6, 7, 8, 9}
    return "\n".join(
        "  ".join(
            v.rjust(w) if i in right else v.ljust(w)
            for i, (v, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]


@cli.command(epilog=_LIMITS_EPILOG)
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="table: aligned columns to read; jsonl: one JSON object per requirement; csv: one row each.",
)
@click.option(
    "--layout", "layout_path", type=click.Path(dir_okay=False), help="Layout override (YAML)."
)
@click.option("--verbose", "-v", is_flag=True, help="Also list skipped rows; tracebacks on errors.")
def extract(file: str, fmt: str, layout_path: str | None, verbose: bool) -> None:
    """List the requirements found in one questionnaire, and where (no mapping)."""
    from socproc import render
    from socproc.api import extract as extract_file

    with user_errors(verbose):
        settings = settings_from_env(os.environ)
        layout, _ = _load_layout(layout_path)
        found = extract_file(file, layout, settings)
    click.echo(render.requirements(found, fmt, verbose), nl=False)


@cli.command()
@click.argument("texts", nargs=-1)
@click.option(
    "--file",
    "text_file",
    type=click.File("r", encoding="utf-8"),
    help="One text per line ('-' for stdin).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table: aligned columns to read; jsonl: one JSON object per text.",
)
def classify(texts: tuple[str, ...], text_file: Any, fmt: str) -> None:
    """Classify requirement texts: SOC need, criteria, confidence and the reasons."""
    from socproc import render
    from socproc.classify import classify as classify_text

    lines = list(texts)
    if text_file is not None:
        lines.extend(line.rstrip("\n") for line in text_file if line.strip())
    if not lines:
        raise click.UsageError("give TEXT arguments or --file")
    rows = [(text, classify_text(text)) for text in lines]
    click.echo(render.classifications(rows, fmt), nl=False)


@cli.command("check-inventory")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--as-of",
    "as_of",
    metavar="YYYY-MM-DD",
    help="Also show when each report needs a bridge letter, goes stale or expires, seen from this day.",
)
@click.option(
    "--verbose", "-v", is_flag=True, help="Also say what was read as what (SOC2 as SOC 2)."
)
def check_inventory(file: str, as_of: str | None, verbose: bool) -> None:
    """Validate an inventory; print every problem with its path and line, or a summary of the
    holdings and any warnings."""
    from socproc import render
    from socproc.api import resolve_as_of
    from socproc.inventory.load import load_inventory

    with user_errors(verbose):
        inventory = load_inventory(file)
        day = resolve_as_of(as_of) if as_of else None
        settings = settings_from_env(os.environ)
    for line in render.inventory_lines(inventory, verbose, day, settings):
        click.echo(line)


def main() -> None:
    """Console entry point."""
    cli(prog_name="socproc")


# --------------------------------------------------------------------------- answers


@cli.group()
def answers() -> None:
    """The approved-answer library, built from questionnaires the vendor already completed."""


@answers.command("import", epilog=_LIMITS_EPILOG)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="The library to write (YAML); when it exists, its entries are kept or updated.",
)
@click.option("--verbose", "-v", is_flag=True, help="List skipped rows; tracebacks on errors.")
def import_answers_command(files: tuple[str, ...], out_path: str, verbose: bool) -> None:
    """Pair each answered question of completed questionnaires with its answer.

    Exit 0 when every file was read, 1 when one could not be (the others are imported),
    2 when the existing library is invalid or cannot be written.
    """
    from socproc.import_answers import import_answers, write_library

    out = Path(out_path)
    with user_errors(verbose):
        report = import_answers(list(files), out, settings_from_env(os.environ))
        if report.files:
            write_library(out, report.answers)
    for failure in report.failed:
        click.echo(failure.error, err=True)
    if verbose:
        for skip in report.skipped:
            click.echo(f"{skip.source}: {skip.ref}: skipped ({skip.reason})", err=True)
    click.echo(report.summary())
    sys.exit(EXIT_FAILED if report.failed else EXIT_OK)


@cli.command("apply", epilog=_LIMITS_EPILOG)
@click.argument("workbooks", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Folder for the filled copies; default: beside each workbook.",
)
@click.option(
    "--source",
    type=click.Path(dir_okay=False),
    help="The original questionnaire, when it is no longer where the workbook says.",
)
@click.option(
    "--layout", "layout_path", type=click.Path(dir_okay=False), help="Layout override (YAML)."
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=DEFAULT_WAIT_SECONDS,
    show_default=True,
    help="Seconds to wait for a run holding the output folder, then exit 2.",
)
@click.option("--verbose", "-v", is_flag=True, help="Tracebacks on errors.")
def apply_command(
    workbooks: tuple[str, ...],
    out_dir: str | None,
    source: str | None,
    layout_path: str | None,
    wait: float,
    verbose: bool,
) -> None:
    """Write the buyer's filled copy from reviewed response workbooks (Approved = Yes).

    Approved rows get their Final Answer and Final Response; rows with no decision get the
    supported answer the run found; rejected rows and unapproved finals stay blank.
    Exit 0 when every copy was written, 1 when one could not be, 2 on a usage error.
    """
    from socproc.api import apply

    with user_errors(verbose):
        settings = settings_from_env(os.environ)
        layout, _ = _load_layout(layout_path)
        done = apply(
            list(workbooks),
            out_dir=out_dir,
            source=source,
            layout=layout,
            settings=settings,
            wait=wait,
        )
    for item in done:
        for line in item.lines():
            click.echo(line, err=item.error is not None)
    sys.exit(EXIT_FAILED if any(item.error for item in done) else EXIT_OK)
