"""NAME.response.json (the JSON twin of the response workbook) and the run record `_run.json`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from socproc.contract import RESPONSE_SCHEMA, RUN_SCHEMA, load_schema
from socproc.model import ResultView
from socproc.write.atomic import write_atomic, write_text_atomic


def dumps(document: Any) -> str:
    """socproc's JSON: UTF-8 text kept readable (no \\u escapes), two-space indent, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# One encoder for every line (json.dumps with options builds a new one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False)
# Requirements encoded per write: the file is streamed, never held whole in memory.
_CHUNK = 1_000


def response_lines(result: ResultView) -> Iterator[str]:
    """`result.to_dict()` as JSON text, in pieces, with one requirement (and one skipped row)
    per line.

    `indent=2` makes Python fall back from its C encoder to the pure-Python one (about 1 s
    at 30,000 rows); compact lines inside a hand-written envelope keep the C encoder and
    still diff one requirement per line. Valid JSON, the same content as `dumps`. Each
    requirement is turned into a dict only as it is written.
    """
    encode = _ENCODER.encode
    yield f'{{\n  "source": {encode(result.name)},\n  "as_of": {encode(result.as_of.isoformat())},\n'
    yield '  "requirements": '
    yield from _array((r.to_dict() for r in result.responses), bool(result.responses))
    yield ',\n  "skipped": '
    skipped = ({"ref": s.ref, "reason": s.reason} for s in result.skipped)
    yield from _array(skipped, bool(result.skipped))
    yield "\n}\n"


def _array(items: Iterator[Any], any_items: bool) -> Iterator[str]:
    if not any_items:
        yield "[]"
        return
    encode = _ENCODER.encode
    separator = "[\n    "
    while chunk := list(islice(items, _CHUNK)):
        yield separator + ",\n    ".join(map(encode, chunk))
        separator = ",\n    "
    yield "\n  ]"


def write_response_json(result: ResultView, path: Path) -> Path:
    """Write `result.to_dict()` to `path` atomically, streamed; return the path."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(response_lines(result))

    return write_atomic(path, write)


def write_run_record(record: dict[str, Any], path: Path) -> Path:
    """Write the run record (`_run.json`, spec section 7) to `path` atomically; return the path.

    Each input and ignored file is one compact line inside an indented envelope: readable, one
    input per line in a diff, and at 10,000 inputs written by the C encoder (`indent` would
    make Python fall back to its pure-Python one, seconds at that size).
    """
    encode = _ENCODER.encode
    lines = ["{"]
    items = list(record.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(value, list) and value:
            body = ",\n    ".join(map(encode, value))
            lines.append(f"  {encode(key)}: [\n    {body}\n  ]{comma}")
        else:
            lines.append(f"  {encode(key)}: {encode(value)}{comma}")
    lines.append("}")
    return write_text_atomic(Path(path), "\n".join(lines) + "\n")


def response_errors(document: Any) -> list[str]:
    """Every way `document` breaks schemas/response.schema.json, each as `path: message`."""
    return _errors(document, RESPONSE_SCHEMA)


def run_record_errors(document: Any) -> list[str]:
    """Every way `document` breaks schemas/run.schema.json (`_run.json`), each as `path: message`."""
    return _errors(document, RUN_SCHEMA)


def _errors(document: Any, schema: str) -> list[str]:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(
        load_schema(schema), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    found = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{e.json_path}: {e.message}" for e in found]
