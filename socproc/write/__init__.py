"""The write stage: response workbook, JSON twin, filled copy of the original, batch summary, run record."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from collections.abc import Mapping as AbcMapping
from pathlib import Path

from socproc.forks import start_child, worth_it
from socproc.gcpause import paused_gc
from socproc.model import Response, ResultView, Review
from socproc.write.atomic import adopt, all_or_nothing, deferred, discard_all, temp_path
from socproc.write.jsonout import write_response_json, write_run_record
from socproc.write.summary import write_summary
from socproc.write.workbook import write_response_workbook

# Input format → (filled copy suffix, module, writer). VSAQ JSON has no answer cells, so no copy.
FILLED: dict[str, tuple[str, str, str]] = {
    "xlsx": (".filled.xlsx", "socproc.write.filled_xlsx", "write_filled_xlsx"),
    "xlsm": (".filled.xlsx", "socproc.write.filled_xlsx", "write_filled_xlsx"),
    "docx": (".filled.docx", "socproc.write.filled_docx", "write_filled_docx"),
    "docm": (".filled.docx", "socproc.write.filled_docx", "write_filled_docx"),
    "csv": (".filled.csv", "socproc.write.filled_csv", "write_filled_csv"),
}
# Every suffix an input's outputs can carry, in the order `output_names` gives them.
OUTPUT_SUFFIXES: tuple[str, ...] = (
    ".response.xlsx",
    ".response.json",
    *dict.fromkeys(suffix for suffix, _, _ in FILLED.values()),
)


def output_names(source: str | Path, fmt: str, stem: str | None = None) -> list[str]:
    """The file names `write_outputs` produces for the input `source` of format `fmt`.

    `stem` replaces the source's own stem, so a folder run can keep two inputs apart.
    """
    stem = stem or Path(source).stem
    names = [stem + suffix for suffix in OUTPUT_SUFFIXES[:2]]
    if fmt.lower() in FILLED:
        names.append(stem + FILLED[fmt.lower()][0])
    return names


def filled_writer(fmt: str) -> Callable[[Path, Sequence[Response], Path], Path] | None:
    """The filled-copy writer for input format `fmt`, imported on first use; None for none."""
    entry = FILLED.get(fmt.lower())
    if entry is None:
        return None
    writer: Callable[[Path, Sequence[Response], Path], Path] = getattr(
        importlib.import_module(entry[1]), entry[2]
    )
    return writer


@paused_gc()
def write_outputs(
    result: ResultView,
    out_dir: Path,
    stem: str | None = None,
    jobs: int = 1,
    *,
    rename: AbcMapping[str, str] | None = None,
    reviews: AbcMapping[str, Review] | None = None,
    carried: Sequence[Sequence[object]] = (),
    meanwhile: Callable[[], object] | None = None,
) -> list[Path]:
    """Write NAME.response.xlsx, NAME.response.json and the filled copy into `out_dir`; return their paths.

    NAME is the source's stem unless `stem` is given. With `jobs` > 1 and a large result, the
    JSON and the filled copy are written in a forked process while this one writes the
    response workbook and then does `meanwhile()` (the caller's own work on the result), so
    that both halves take about as long (at 30,000 rows about 2.5 s each; the workbook and
    JSON against the filled copy were 4.6 s against 1.5 s). Without a child `meanwhile()`
    runs after the writing. `rename` sends an output elsewhere (by file name: beside one
    changed by hand); `reviews` (by Ref) and `carried` are the reviewer's decisions carried
    over from the last workbook (socproc.review).
    """
    out_dir = Path(out_dir)
    names = [(rename or {}).get(n, n) for n in output_names(result.source, result.format, stem)]
    writer = filled_writer(result.format)

    def workbook() -> Path:
        return write_response_workbook(result, out_dir / names[0], reviews, carried)

    def the_rest() -> list[Path]:
        paths = [write_response_json(result, out_dir / names[1])]
        if writer is not None:
            paths.append(writer(Path(result.source), result.responses, out_dir / names[2]))
        return paths

    # One input's outputs appear together or not at all: a full disk midway leaves the
    # previous set in place rather than a new workbook beside an old filled copy.
    with all_or_nothing():
        if not worth_it(len(result.responses), jobs):
            paths = [workbook(), *the_rest()]
            if meanwhile is not None:
                meanwhile()
            return paths

        def in_child() -> tuple[list[tuple[Path, Path]], list[Path]]:
            with deferred() as pending:
                paths = the_rest()
            return pending, paths

        child = start_child(in_child)
        try:
            first = workbook()
            if meanwhile is not None:
                meanwhile()
            pending, rest = child.join()
        except BaseException:
            # This side failed or was stopped (Ctrl-C, SIGTERM): stop the child and remove
            # whatever it left at its temporary names.
            child.stop()
            discard_all([(temp_path(out_dir / n, child.pid), out_dir / n) for n in names[1:]])
            raise
        adopt(pending)
        return [first, *rest]


__all__ = [
    "OUTPUT_SUFFIXES",
    "filled_writer",
    "output_names",
    "write_outputs",
    "write_response_json",
    "write_response_workbook",
    "write_run_record",
    "write_summary",
]
