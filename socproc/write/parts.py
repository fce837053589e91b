"""Where a workbook keeps its worksheets: sheet name → zip part, through the package's relationships."""

from __future__ import annotations

import posixpath
import zipfile

from defusedxml import ElementTree

from socproc.read.package import local

OFFICE_DOCUMENT = "/officeDocument"


def sheet_parts(zin: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet name → zip part name, via the workbook part and its relationships."""
    book = _workbook_part(zin)
    rels = _relationships(zin, book)
    root = ElementTree.fromstring(zin.read(book))
    parts: dict[str, str] = {}
    for el in root.iter():
        if local(el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if local(k) == "id"), None)
        if rid in rels and el.get("name"):
            parts[el.get("name", "")] = rels[rid]
    return parts


def _workbook_part(zin: zipfile.ZipFile) -> str:
    for target in _relationships(zin, "", OFFICE_DOCUMENT).values():
        return target
    return "xl/workbook.xml"


def _relationships(zin: zipfile.ZipFile, part: str, type_suffix: str = "") -> dict[str, str]:
    """Relationship id → target part name (resolved) of `part` ("" for the package)."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", f"{name}.rels")
    try:
        root = ElementTree.fromstring(zin.read(rels_name))
    except KeyError:
        return {}
    found: dict[str, str] = {}
    for el in root:
        target, rtype = el.get("Target", ""), el.get("Type", "")
        if el.get("TargetMode") == "External" or not rtype.endswith(type_suffix):
            continue
        resolved = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        found[el.get("Id", "")] = resolved
    return found
