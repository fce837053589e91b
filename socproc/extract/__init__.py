"""Cells and paragraphs → requirements: header, column and section detection, every skip recorded.

`extract(document, rule)` is the stage; `extract_file(path)` reads the file first. The module is
callable as the library verb: `socproc.extract("q.xlsx")` is `extract_file("q.xlsx")`.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

from socproc.extract.documents import extract
from socproc.model import Extraction, Settings
from socproc.read import read_document
from socproc.read.layout import LayoutRules

__all__ = ["extract", "extract_file"]


def extract_file(
    path: str | Path, layout: LayoutRules | None = None, settings: Settings | None = None
) -> Extraction:
    """Read one questionnaire and return its requirements and skipped rows, without mapping.

    Example::

        found = socproc.extract("q.xlsx")
        [r.question_id for r in found.requirements]  # ['AC-01', 'AC-02', ...]
        [(s.ref, s.reason) for s in found.skipped]   # [('Cover', 'sheet-skipped: instructions')]
    """
    settings = settings or Settings()
    document = read_document(path, settings)
    rule = layout.for_file(Path(path).name) if layout else None
    return extract(document, rule)


class _Stage(types.ModuleType):
    """This module, callable as `socproc.extract(path, layout=None, settings=None)`."""

    def __call__(
        self, path: str | Path, layout: LayoutRules | None = None, settings: Settings | None = None
    ) -> Extraction:
        return extract_file(path, layout, settings)


sys.modules[__name__].__class__ = _Stage
