"""Streaming parser for the shared-string table (xl/sharedStrings.xml)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from socproc.read.cellvalue import unescape_xstring
from socproc.read.package import local, stream_part


class _StringsParser:
    """expat handlers for sharedStrings.xml: each <si> is its <t> runs joined, phonetics left out."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.parts: list[str] = []
        self.collect = False
        self.in_rph = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        name = local(tag)
        if name == "t" and not self.in_rph:
            self.collect = True
        elif name == "si":
            self.parts = []
        elif name == "rPh":
            self.in_rph = True

    def end(self, tag: str) -> None:
        name = local(tag)
        if name == "t":
            self.collect = False
        elif name == "si":
            self.strings.append(unescape_xstring("".join(self.parts)))
        elif name == "rPh":
            self.in_rph = False

    def data(self, text: str) -> None:
        if self.collect:
            self.parts.append(text)


def read_shared_strings(package: zipfile.ZipFile, part: str | None, path: Path) -> list[str]:
    """The shared-string table, or [] when the workbook has none."""
    if part is None:
        return []
    parser = _StringsParser()
    stream_part(package, part, path, parser.start, parser.end, parser.data)
    return parser.strings
