"""NAME.filled.xlsx: the original package with only answer and comment cells changed, by sheet-XML surgery."""

from __future__ import annotations

import copy
import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from defusedxml import DefusedXmlException, ElementTree

from socproc.errors import OutputError
from socproc.model import Response
from socproc.read.package import local
from socproc.read.xlsx import sheet_parts
from socproc.write.atomic import write_atomic
from socproc.write.plan import CellWrite, plan_writes, split_ref
from socproc.write.xmledit import edit_sheet_xml

MACRO_MAIN = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
PLAIN_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_MACRO_PART = re.compile(r"(^|/)vbaProject[^/]*\.bin(\.rels)?$", re.IGNORECASE)


def write_filled_xlsx(source: Path, responses: Sequence[Response], dest: Path) -> Path:
    """Write the filled copy of the workbook `source` to `dest` (always .xlsx, macros removed)."""
    try:
        with zipfile.ZipFile(source) as zin:
            replaced, dropped = _plan_package(zin, plan_writes(responses), str(source))
            if not replaced and not dropped:
                # Nothing to write: the copy is the original, byte for byte.
                return write_atomic(dest, lambda tmp: shutil.copyfile(source, tmp))
            return write_atomic(dest, lambda tmp: _copy_package(zin, tmp, replaced, dropped))
    except (
        zipfile.BadZipFile,
        OSError,
        KeyError,
        ElementTree.ParseError,
        DefusedXmlException,
    ) as exc:
        raise OutputError(
            str(dest),
            f"cannot copy {Path(source).name} ({exc})",
            "check the original is a readable .xlsx and not open elsewhere",
        ) from exc


def _plan_package(
    zin: zipfile.ZipFile, writes: list[CellWrite], source: str
) -> tuple[dict[str, bytes], set[str]]:
    """The parts to replace (name → new bytes) and the parts to drop."""
    names = set(zin.namelist())
    parts = sheet_parts(zin)
    by_part: dict[str, dict[tuple[int, int], str]] = {}
    for w in writes:
        if w.existing and w.existing.strip():
            continue
        try:
            sheet, row, col = split_ref(w.ref, w.sheet)
        except ValueError:
            continue
        part = _part_for(parts, sheet)
        if part in names:
            by_part.setdefault(part, {}).setdefault((row, col), w.text)
    replaced: dict[str, bytes] = {}
    shared = _lazy_shared_strings(zin, names)
    for part, cells in by_part.items():
        data = zin.read(part)
        try:
            edited = edit_sheet_xml(data, cells, shared)
        except ValueError as exc:
            raise OutputError(
                source,
                f"cannot edit the sheet to fill it ({exc})",
                "fill in the answers by hand from the response workbook",
                where=part,
            ) from exc
        if edited != data:
            replaced[part] = edited
    dropped = {n for n in names if _MACRO_PART.search(n)}
    if dropped or _has_macro_type(zin, names):
        replaced.update(_strip_macro_refs(zin, names, dropped))
    return replaced, dropped


def _part_for(parts: dict[str, str], sheet: str | None) -> str | None:
    """The part of sheet `sheet` (exact name, else ignoring case); the first sheet when None."""
    if sheet is None:
        return next(iter(parts.values()), None)
    if sheet in parts:
        return parts[sheet]
    wanted = sheet.strip().casefold()
    return next((p for name, p in parts.items() if name.strip().casefold() == wanted), None)


def _lazy_shared_strings(zin: zipfile.ZipFile, names: set[str]) -> Callable[[int], str]:
    """A lookup of shared strings by index, parsed only when a target cell uses one."""
    table: list[str] = []
    loaded = False

    def lookup(index: int) -> str:
        nonlocal loaded
        if not loaded:
            loaded = True
            part = next((n for n in names if n.lower().endswith("sharedstrings.xml")), None)
            if part:
                root = ElementTree.fromstring(zin.read(part))
                for si in root:
                    # Phonetic runs (rPh) are ruby text, not the cell's value.
                    texts = [
                        t.text or ""
                        for t in si.iter()
                        if local(t.tag) == "t" and not _in_phonetic(si, t)
                    ]
                    table.append("".join(texts))
        return table[index] if 0 <= index < len(table) else ""

    return lookup


def _in_phonetic(si: object, target: object) -> bool:
    return any(
        local(child.tag) == "rPh" and any(t is target for t in child.iter())
        for child in si  # type: ignore[attr-defined]
    )


def _has_macro_type(zin: zipfile.ZipFile, names: set[str]) -> bool:
    return "[Content_Types].xml" in names and MACRO_MAIN in zin.read("[Content_Types].xml")


def _strip_macro_refs(zin: zipfile.ZipFile, names: set[str], dropped: set[str]) -> dict[str, bytes]:
    """New [Content_Types].xml and relationship parts with every reference to the dropped macro parts removed."""
    out: dict[str, bytes] = {}
    types = zin.read("[Content_Types].xml").replace(MACRO_MAIN, PLAIN_MAIN)
    for part in dropped:
        types = re.sub(
            rb"<Override\b[^>]*PartName=\"/" + re.escape(part.encode()) + rb"\"[^>]*/>",
            b"",
            types,
            flags=re.IGNORECASE,
        )
    types = re.sub(
        rb"<Default\b[^>]*ContentType=\"application/vnd\.ms-office\.vbaProject\"[^>]*/>", b"", types
    )
    out["[Content_Types].xml"] = types
    for rels in (n for n in names if n.endswith(".rels") and n not in dropped):
        data = zin.read(rels)
        if b"vbaProject" in data:
            out[rels] = re.sub(
                rb"<Relationship\b[^>]*Target=\"[^\"]*vbaProject[^\"]*\"[^>]*/>", b"", data
            )
    return out


def _copy_package(
    zin: zipfile.ZipFile, tmp: Path, replaced: dict[str, bytes], dropped: set[str]
) -> None:
    """Every entry of the original, in order, byte for byte unless replaced, minus the dropped ones."""
    with zipfile.ZipFile(tmp, "w", allowZip64=True) as zout:
        for info in zin.infolist():
            if info.filename in dropped:
                continue
            data = replaced.get(info.filename)
            if data is None:
                data = zin.read(info)
            zout.writestr(copy.copy(info), data)
