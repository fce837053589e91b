"""NAME.response.json (the JSON twin of the response workbook) and the run record `_run.json`."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from socproc.result import Result
from socproc.write.atomic import write_text_atomic

RESPONSE_SCHEMA = "response.schema.json"


def dumps(document: Any) -> str:
    """socproc's JSON: UTF-8 text kept readable (no \\u escapes), two-space indent, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# The arrays of a response document written one item per line.
_LINE_ARRAYS = frozenset({"requirements", "skipped"})
# One encoder for every line (json.dumps with options builds a new one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def dumps_response(document: dict[str, Any]) -> str:
    """A response document with one requirement (and one skipped row) per line.

    `indent=2` makes Python fall back from its C encoder to the pure-Python one (about 1 s
    at 30,000 rows); compact lines inside a hand-written envelope keep the C encoder and
    still diff one requirement per line. Valid JSON, the same content as `dumps`.
    """
    fields = [
        f"  {_compact(key)}: "
        + (_lines(value) if key in _LINE_ARRAYS and isinstance(value, list) else _compact(value))
        for key, value in document.items()
    ]
    return "{\n" + ",\n".join(fields) + "\n}\n" if fields else "{}\n"


def _compact(value: Any) -> str:
    return _ENCODER.encode(value)


def _lines(items: list[Any]) -> str:
    if not items:
        return "[]"
    return "[\n    " + ",\n    ".join(map(_compact, items)) + "\n  ]"


def write_response_json(result: Result, path: Path) -> Path:
    """Write `result.to_dict()` to `path` atomically; return the path."""
    return write_text_atomic(path, dumps_response(result.to_dict()))


def write_run_record(record: dict[str, Any], path: Path) -> Path:
    """Write the run record (`_run.json`, spec section 7) to `path` atomically; return the path."""
    return write_text_atomic(Path(path), dumps(record))


@cache
def load_schema(name: str = RESPONSE_SCHEMA) -> dict[str, Any]:
    """A JSON Schema shipped as `socproc.schemas`, or read from the source tree when not installed."""
    from importlib import resources

    try:
        text = resources.files("socproc.schemas").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        # A source checkout that was never `pip install`ed has schemas/ beside the package.
        text = (Path(__file__).resolve().parents[2] / "schemas" / name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def response_errors(document: Any) -> list[str]:
    """Every way `document` breaks schemas/response.schema.json, each as `path: message`."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(
        load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    found = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{e.json_path}: {e.message}" for e in found]
