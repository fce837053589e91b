"""The write stage: response workbook, JSON twin, filled copy of the original, batch summary, run record."""

from __future__ import annotations

from pathlib import Path

from socproc.result import Result
from socproc.write.filled_csv import write_filled_csv
from socproc.write.filled_docx import write_filled_docx
from socproc.write.filled_xlsx import write_filled_xlsx
from socproc.write.jsonout import write_response_json, write_run_record
from socproc.write.summary import write_summary
from socproc.write.workbook import write_response_workbook

# Input format → (filled copy suffix, writer). VSAQ JSON has no answer cells, so no filled copy.
FILLED = {
    "xlsx": (".filled.xlsx", write_filled_xlsx),
    "xlsm": (".filled.xlsx", write_filled_xlsx),
    "docx": (".filled.docx", write_filled_docx),
    "csv": (".filled.csv", write_filled_csv),
}


def output_names(source: str | Path, fmt: str) -> list[str]:
    """The file names `write_outputs` produces for the input `source` of format `fmt`."""
    stem = Path(source).stem
    names = [f"{stem}.response.xlsx", f"{stem}.response.json"]
    if fmt.lower() in FILLED:
        names.append(stem + FILLED[fmt.lower()][0])
    return names


def write_outputs(result: Result, out_dir: Path) -> list[Path]:
    """Write NAME.response.xlsx, NAME.response.json and the filled copy into `out_dir`; return their paths."""
    out_dir = Path(out_dir)
    names = output_names(result.source, result.format)
    paths = [
        write_response_workbook(result, out_dir / names[0]),
        write_response_json(result, out_dir / names[1]),
    ]
    filled = FILLED.get(result.format.lower())
    if filled is not None:
        paths.append(filled[1](Path(result.source), result.responses, out_dir / names[2]))
    return paths


__all__ = [
    "output_names",
    "write_outputs",
    "write_response_json",
    "write_response_workbook",
    "write_run_record",
    "write_summary",
]
