"""`--layout FILE`: YAML rules that pin sheet, header row and columns per file-name pattern."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from socproc.errors import LayoutError
from socproc.read.refs import col_index
from socproc.safeload import LoadProblem, load_yaml

# Keys a rule may carry; the column keys take a column letter ("B"), never a number.
COLUMN_KEYS: tuple[str, ...] = ("question", "id", "answer", "comment", "section")
RULE_KEYS: tuple[str, ...] = ("match", "sheet", "header_row", *COLUMN_KEYS)
_LETTERS = re.compile(r"[A-Za-z]{1,3}")
_MAX_COL = 16_384  # XFD, the last column Excel allows

EXAMPLE = "- {match: 'acme*.xlsx', sheet: Questions, header_row: 3, question: B, answer: D}"


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """One rule: where the questions are in files whose name matches `match` (columns 1-based)."""

    match: str
    question: int
    sheet: str | None = None
    header_row: int | None = None
    id: int | None = None
    answer: int | None = None
    comment: int | None = None
    section: int | None = None


@dataclass(frozen=True, slots=True)
class LayoutRules:
    """Every rule of a layout file, in file order; the first match wins."""

    rules: tuple[SheetLayout, ...]
    source: str = ""

    def for_file(self, name: str) -> SheetLayout | None:
        """The first rule whose `match` glob fits the file name (case-insensitive), else None."""
        base = Path(name).name.lower()
        for rule in self.rules:
            if fnmatchcase(base, rule.match.lower()):
                return rule
        return None


def load_layout(path: str | Path) -> LayoutRules:
    """Read and validate a layout YAML file; raise LayoutError naming the bad key and the fix."""
    name = str(path)
    try:
        raw, _ = load_yaml(Path(path).read_text(encoding="utf-8"), numbers=True)
    except OSError as exc:
        raise LayoutError(
            name, f"cannot read the layout file ({exc.strerror})", "check the path"
        ) from exc
    except UnicodeDecodeError as exc:
        raise LayoutError(name, "is not UTF-8 text", "save it as UTF-8 YAML") from exc
    except LoadProblem as exc:
        # Duplicate keys, alias bombs, deep nesting, over-long numbers: one line, never a
        # traceback; the problem carries its own fix.
        what, _, fix = str(exc).partition(" — ")
        if exc.message.startswith("YAML syntax error"):
            what, fix = f"is not valid YAML ({what})", f"fix the syntax; expected e.g. {EXAMPLE}"
        raise LayoutError(name, what, fix or f"expected e.g. {EXAMPLE}") from exc
    return parse_layout(raw, name)


def parse_layout(raw: Any, source: str = "layout") -> LayoutRules:
    """Validate already-parsed YAML (a list of rule mappings) into LayoutRules."""
    if not isinstance(raw, list) or not raw:
        raise LayoutError(source, "must be a non-empty list of rules", f"write e.g. {EXAMPLE}")
    rules = tuple(_parse_rule(item, f"[{i}]", source) for i, item in enumerate(raw))
    return LayoutRules(rules, source)


def _parse_rule(item: Any, where: str, source: str) -> SheetLayout:
    if not isinstance(item, Mapping):
        raise LayoutError(source, "a rule must be a mapping", f"write e.g. {EXAMPLE}", where=where)
    for key in item:
        if key not in RULE_KEYS:
            raise LayoutError(
                source,
                f"unknown key '{key}'",
                f"use only {', '.join(RULE_KEYS)}",
                where=f"{where}.{key}",
            )
    for key in ("match", "question"):
        if key not in item:
            raise LayoutError(
                source, f"'{key}' is required", f"add it, e.g. {EXAMPLE}", where=where
            )
    match = item["match"]
    if not isinstance(match, str) or not match.strip():
        raise LayoutError(
            source, "must be a file-name glob", "write e.g. 'acme*.xlsx'", where=f"{where}.match"
        )
    sheet = item.get("sheet")
    if sheet is not None and (not isinstance(sheet, str | int) or isinstance(sheet, bool)):
        raise LayoutError(source, "must be a sheet name", "quote the name", where=f"{where}.sheet")
    header = item.get("header_row")
    if header is not None and (
        not isinstance(header, int) or isinstance(header, bool) or header < 1
    ):
        raise LayoutError(
            source,
            f"'{header}' is not a row number",
            "give a whole number >= 1",
            where=f"{where}.header_row",
        )
    cols = {key: _column(item.get(key), f"{where}.{key}", source) for key in COLUMN_KEYS}
    question = cols.pop("question")
    assert question is not None  # required above; _column only returns None for None
    return SheetLayout(
        match=match.strip(),
        question=question,
        sheet=None if sheet is None else str(sheet),
        header_row=header,
        **cols,
    )


def _column(value: Any, where: str, source: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _LETTERS.fullmatch(value.strip()):
        raise LayoutError(
            source, f"'{value}' is not a column letter", "give letters such as B or AA", where=where
        )
    number = col_index(value.strip())
    if number > _MAX_COL:
        raise LayoutError(
            source, f"'{value}' is beyond column XFD", "give a column within A-XFD", where=where
        )
    return number
