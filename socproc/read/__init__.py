"""Readers: one per input format, chosen by suffix after sniffing what the bytes really are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from socproc.errors import InputError, UnsupportedFormat
from socproc.model import Document, Settings


def _read_xlsx(path: Path, settings: Settings) -> Document:
    from socproc.read.xlsx import read_xlsx

    return read_xlsx(path, settings)


def _read_csv(path: Path, settings: Settings) -> Document:
    from socproc.read.csv import read_csv

    return read_csv(path, settings)


def _read_docx(path: Path, settings: Settings) -> Document:
    from socproc.read.docx import read_docx

    return read_docx(path, settings)


def _read_vsaq(path: Path, settings: Settings) -> Document:
    from socproc.read.vsaq import read_vsaq

    return read_vsaq(path, settings)


# Keyed by lowercase suffix. Readers are imported on first use so the CLI starts fast.
READERS: dict[str, Callable[[Path, Settings], Document]] = {
    ".xlsx": _read_xlsx,
    ".xlsm": _read_xlsx,
    ".csv": _read_csv,
    ".docx": _read_docx,
    ".docm": _read_docx,
    ".json": _read_vsaq,
}

SAVE_AS_XLSX = "save it as .xlsx (File > Save As > Excel Workbook)"
SAVE_AS_DOCX = "save it as .docx (File > Save As > Word Document)"
EXPORT_FIX = "export it as .xlsx, .csv or .docx"
# Formats people send that we do not read, with the fix that works for each.
UNSUPPORTED: dict[str, tuple[str, str]] = {
    ".xls": ("is a legacy Excel 97-2003 workbook", SAVE_AS_XLSX),
    ".xlsb": ("is an Excel binary workbook", SAVE_AS_XLSX),
    ".xltx": ("is an Excel template", SAVE_AS_XLSX),
    ".xltm": ("is an Excel template", SAVE_AS_XLSX),
    ".ods": ("is an OpenDocument spreadsheet", SAVE_AS_XLSX),
    ".numbers": ("is an Apple Numbers spreadsheet", SAVE_AS_XLSX),
    ".doc": ("is a legacy Word 97-2003 document", SAVE_AS_DOCX),
    ".dotx": ("is a Word template", SAVE_AS_DOCX),
    ".odt": ("is an OpenDocument text file", SAVE_AS_DOCX),
    ".rtf": ("is a Rich Text file", SAVE_AS_DOCX),
    ".pages": ("is an Apple Pages document", SAVE_AS_DOCX),
}


def read_document(path: str | Path, settings: Settings | None = None) -> Document:
    """Read any supported questionnaire; every failure is a one-line SocprocError with its fix.

    A symbolic link is refused: it may lead out of the folder it sits in, to a file its
    owner never meant to share (the batch resolves the links it has vetted itself).
    """
    path = Path(path)
    settings = settings or Settings()
    if path.is_symlink():
        raise InputError(
            str(path),
            "is a symbolic link; socproc reads only the file itself",
            "copy the file into the folder instead of linking it",
        )
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        problem, fix = UNSUPPORTED.get(
            suffix, (f"is not a format socproc reads ({suffix or 'no extension'})", EXPORT_FIX)
        )
        raise UnsupportedFormat(str(path), problem, fix)
    # The zip readers sniff the bytes themselves (open_package): an OLE container named
    # .xlsx is an encrypted or legacy file whatever its name says.
    return reader(path, settings)
