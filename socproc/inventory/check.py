"""read_raw(), check_document(): an inventory file → plain data, or every problem with its fix."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socproc.contract import INVENTORY_SCHEMA, load_schema
from socproc.errors import InventoryError
from socproc.inventory.fixups import (
    ALIASES,
    Review,
    criteria_problems,
    fix_document,
    warnings_of,
)
from socproc.safeload import Lines, LoadProblem, load_json, load_yaml

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

# Kinds that are Type I / Type II examinations, and the ones a bridge letter can extend.
TYPED_KINDS: frozenset[str] = frozenset({"SOC 1", "SOC 2", "ISAE 3402", "ISAE 3000"})
BRIDGEABLE_KINDS: frozenset[str] = frozenset({"SOC 1", "SOC 2", "SOC 3", "ISAE 3402", "ISAE 3000"})


def read_raw(path: Path) -> tuple[Any, bytes]:
    """The parsed document and the raw bytes; file-level problems raise InventoryError."""
    data, raw, _ = read_document(path)
    return data, raw


def read_document(path: Path) -> tuple[Any, bytes, Lines]:
    """The parsed document, its raw bytes and the (line, column) of each value by its path.

    File-level problems (unreadable, not UTF-8, bad syntax, duplicate keys, alias bombs, deep
    nesting, over-long numbers) raise InventoryError with one line.
    """
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise InventoryError(name, ["file not found — check the path"]) from exc
    except OSError as exc:
        raise InventoryError(name, [f"cannot read the file ({exc.strerror}) — check it"]) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InventoryError(name, ["not UTF-8 text — save it as UTF-8 YAML or JSON"]) from exc
    try:
        if path.suffix.lower() == ".json":
            return load_json(text), raw, {}
        data, lines = load_yaml(text)
    except LoadProblem as exc:
        raise InventoryError(name, [str(exc)]) from exc
    return data, raw, lines


# --------------------------------------------------------------------------- checks

_DATE_RX = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# Dates outside these years are typing slips (0001-01-01, 9999-12-31), and date arithmetic on
# them (a freshness window, a bridge letter's months) would overflow.
_FIRST_YEAR, _LAST_YEAR = 1900, 2999
_REPORT_DATES = ("period_start", "period_end", "issued", "expires", "through")
_SECTIONS = ("reports", "controls", "documents")
_KINDS = frozenset(
    {*BRIDGEABLE_KINDS, "ISO 27001", "PCI DSS", "HITRUST", "FedRAMP", "bridge letter", "other"}
)
_REQUIRED_FIX: dict[str, str] = {
    "vendor": "add 'vendor: <your company name>' at the top",
    "id": "add a unique 'id'",
    "kind": "add 'kind' (SOC 1, SOC 2, SOC 3, ISAE 3402, ISAE 3000, ISO 27001, bridge letter...)",
    "extends": "add 'extends: <id of the report this letter extends>'",
    "through": "add 'through: YYYY-MM-DD' (the last date the letter covers)",
    "answers": "add an 'answers:' list of question/answer pairs",
}
_TYPE_FIX: dict[str, tuple[str, str]] = {
    "string": ("is not text", "quote it"),
    "array": ("is not a list", "write it as a list, one '- item' per line"),
    "object": ("is not a mapping", "write it as 'key: value' lines"),
}


def inventory_schema() -> dict[str, Any]:
    """The inventory JSON Schema (schemas/inventory.schema.json)."""
    return load_schema(INVENTORY_SCHEMA)


@cache
def _schema(answers_only: bool) -> dict[str, Any]:
    schema = _inlined(inventory_schema())
    if answers_only:
        # An answer library: the same shapes, but only `answers` is required.
        schema = {**schema, "required": ["answers"]}
    return schema


@cache
def _validator(answers_only: bool) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema(answers_only))


def _schema_errors(data: Any, answers_only: bool) -> list[ValidationError]:
    """What jsonschema finds wrong with `data`; jsonschema is imported (0.1 s of start-up)
    only when the quick check below cannot vouch for the document."""
    try:
        if _valid(_schema(answers_only), data):
            return []
    except Exception:  # _Unsupported, or a schema the quick check was not written for
        pass
    return list(_validator(answers_only).iter_errors(data))


class _Unsupported(Exception):
    """A keyword or value the quick check does not decide exactly: jsonschema decides."""


# The JSON types the quick check knows, as jsonschema tests them.
_TYPES: dict[str, type] = {"string": str, "object": dict, "array": list}
# Keywords that only describe.
_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "$defs"})


def _valid(schema: dict[str, Any], value: Any) -> bool:
    """Whether `value` is valid under the (inlined) `schema`, exactly as JSON Schema 2020-12
    says, for the keywords the inventory schema uses; raises _Unsupported for any other."""
    for key, rule in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key == "type":
            if not isinstance(rule, str) or rule not in _TYPES:
                raise _Unsupported(rule)
            if not isinstance(value, _TYPES[rule]):
                return False
        elif key == "enum" or key == "const":
            allowed = rule if key == "enum" else [rule]
            if not all(isinstance(a, str) for a in allowed):
                raise _Unsupported(key)
            # jsonschema compares text to text with ==; anything else never equals text.
            if not (isinstance(value, str) and value in allowed):
                return False
        elif key == "minLength":
            if isinstance(value, str) and len(value) < rule:
                return False
        elif key == "pattern":
            if isinstance(value, str) and not re.search(rule, value):
                return False
        elif key in _OBJECT_KEYWORDS:
            if isinstance(value, dict) and not _valid_object(key, rule, schema, value):
                return False
        elif key in _ARRAY_KEYWORDS:
            if isinstance(value, list) and not _valid_array(key, rule, value):
                return False
        elif key == "if":
            branch = schema.get("then") if _valid(rule, value) else schema.get("else")
            if branch is not None and not _valid(branch, value):
                return False
        elif key not in ("then", "else"):
            raise _Unsupported(key)
    return True


_OBJECT_KEYWORDS = frozenset({"properties", "required", "additionalProperties"})
_ARRAY_KEYWORDS = frozenset({"items", "minItems", "uniqueItems"})


def _valid_object(key: str, rule: Any, schema: dict[str, Any], value: dict[Any, Any]) -> bool:
    if key == "required":
        return all(name in value for name in rule)
    if key == "properties":
        return all(_valid(sub, value[name]) for name, sub in rule.items() if name in value)
    if rule is not False:  # additionalProperties: only `false` is used
        raise _Unsupported(key)
    if "patternProperties" in schema:
        raise _Unsupported("patternProperties")
    known = schema.get("properties", {})
    return all(isinstance(name, str) and name in known for name in value)


def _valid_array(key: str, rule: Any, value: list[Any]) -> bool:
    if key == "items":
        if not isinstance(rule, dict):
            raise _Unsupported(key)
        return all(_valid(rule, item) for item in value)
    if key == "minItems":
        return len(value) >= int(rule)
    if not rule:  # uniqueItems: false
        return True
    if not all(isinstance(item, str) for item in value):
        raise _Unsupported(key)  # jsonschema's equality of mixed values (1, True, 1.0)
    return len(set(value)) == len(value)


def _inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with each local `$ref` replaced by what it names (the inventory schema has no
    cycles): a 20,000-answer library validates in half the time without reference lookups."""
    defs = schema.get("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
                return inline(defs[ref.removeprefix("#/$defs/")])
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                # A $ref beside other keywords (`description`): keep them, add the target's.
                rest = {k: inline(v) for k, v in node.items() if k != "$ref"}
                return {**inline(defs[ref.removeprefix("#/$defs/")]), **rest}
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    inlined: dict[str, Any] = inline(schema)
    return inlined


def _path(parts: list[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _suggest(value: Any, choices: list[str]) -> str | None:
    """The allowed value the user most likely meant, if any is close."""
    text = str(value)
    squashed = {_squash(c): c for c in choices}
    hit = squashed.get(_squash(text)) or ALIASES.get(_squash(text))
    if hit in choices:
        return hit
    lower = {c.lower(): c for c in choices}
    close = difflib.get_close_matches(text.lower(), list(lower), n=1, cutoff=0.6)
    return lower[close[0]] if close else None


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _schema_problems(error: ValidationError) -> Iterator[str]:
    where = list(error.absolute_path)
    path, inst, kind = _path(where), error.instance, error.validator
    if kind == "additionalProperties" and isinstance(inst, dict):
        allowed = sorted(error.schema.get("properties", {}))
        for key in inst:
            if key not in allowed:
                best = _suggest(key, allowed)
                fix = (
                    f"did you mean '{best}'?"
                    if best
                    else "remove it (allowed: " + ", ".join(allowed) + ")"
                )
                yield f"{_path([*where, key])}: unknown key — {fix}"
    elif kind == "required" and isinstance(inst, dict):
        for key in error.validator_value:
            if key not in inst:
                fix = _REQUIRED_FIX.get(key) or f"add '{key}: ...'"
                yield f"{path}: missing required key '{key}' — {fix}"
    elif inst is None:
        yield f"{path}: is empty — give it a value or remove the key"
    elif kind == "enum":
        allowed = [str(c) for c in error.validator_value]
        best = _suggest(inst, allowed)
        fix = f"did you mean '{best}'?" if best else "use one of " + ", ".join(map(repr, allowed))
        yield f"{path}: {_show(inst)} is not an allowed value — {fix}"
    elif kind == "type" and error.validator_value in _TYPE_FIX:
        what, fix = _TYPE_FIX[error.validator_value]
        yield f"{path}: {_show(inst)} {what} — {fix}"
    elif kind == "pattern" and "[0-9]{4}" in str(error.validator_value):
        yield f"{path}: {_show(inst)} is not a date (YYYY-MM-DD) — write it as e.g. 2026-09-30"
    elif kind == "pattern" and "@" in str(error.validator_value):
        yield f"{path}: {_show(inst)} is not an email address — write it as name@example.com"
    elif kind == "pattern":
        yield f"{path}: {_show(inst)} starts or ends with spaces — remove them"
    elif kind == "minLength":
        yield f"{path}: is empty — give it a value or remove the key"
    elif kind == "minItems":
        yield f"{path}: is an empty list — list at least one item"
    elif kind == "uniqueItems":
        yield f"{path}: lists the same value twice — remove the duplicate"
    else:
        yield f"{path}: {error.message} — see schemas/inventory.schema.json"


def _valid_day(value: Any) -> date | None:
    if not isinstance(value, str) or not _DATE_RX.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _items(data: dict[str, Any], section: str) -> list[tuple[int, dict[str, Any]]]:
    items = data.get(section)
    if not isinstance(items, list):
        return []
    return [(i, d) for i, d in enumerate(items) if isinstance(d, dict)]


def _calendar_problems(data: dict[str, Any]) -> Iterator[str]:
    """Dates that match YYYY-MM-DD but are not on the calendar ('2026-13-01')."""
    fields: list[tuple[str, Any]] = [("as_of", data.get("as_of"))]
    for i, r in _items(data, "reports"):
        fields += [(f"reports[{i}].{k}", r.get(k)) for k in _REPORT_DATES]
    for i, d in _items(data, "documents"):
        fields += [(f"documents[{i}].{k}", d.get(k)) for k in ("date", "expires")]
    for path, value in fields:
        if not isinstance(value, str) or not _DATE_RX.match(value):
            continue
        day = _valid_day(value)
        if day is None:
            yield f"{path}: {value!r} is not a date (YYYY-MM-DD) — use a real calendar date"
        elif not _FIRST_YEAR <= day.year <= _LAST_YEAR:
            yield (
                f"{path}: {value!r} is not a plausible date — "
                f"use a date between {_FIRST_YEAR} and {_LAST_YEAR}"
            )


def _duplicate_problems(data: dict[str, Any]) -> Iterator[str]:
    seen: dict[str, str] = {}
    for section in _SECTIONS:
        for i, d in _items(data, section):
            ident = d.get("id")
            if not isinstance(ident, str):
                continue
            here = f"{section}[{i}].id"
            if ident in seen:
                yield f"{here}: duplicate id '{ident}' (also {seen[ident]}) — give each item its own id"
            else:
                seen[ident] = here


def _bridge_problems(
    i: int, r: dict[str, Any], reports: dict[str, dict[str, Any]]
) -> Iterator[str]:
    target_id = r.get("extends")
    if not isinstance(target_id, str):
        return
    target = reports.get(target_id)
    if target is None:
        yield f"reports[{i}].extends: no report has id '{target_id}' — use the id of the report this letter extends"
        return
    if not isinstance(target.get("kind"), str) or target["kind"] not in BRIDGEABLE_KINDS:
        yield (
            f"reports[{i}].extends: '{target_id}' is a {target.get('kind')}, not a SOC or ISAE "
            "report — a bridge letter extends a SOC 1, SOC 2, SOC 3 or ISAE report"
        )
        return
    through, end = _valid_day(r.get("through")), _valid_day(target.get("period_end"))
    if through and end and through < end:
        yield (
            f"reports[{i}].through: {through} is before the end of '{target_id}' ({end}) — "
            "a bridge letter runs on from the report's period end"
        )


def _report_problems(
    i: int, r: dict[str, Any], reports: dict[str, dict[str, Any]]
) -> Iterator[str]:
    kind, here = r.get("kind"), f"reports[{i}]"
    if not isinstance(kind, str) or kind not in _KINDS:
        return  # the schema has already said what is wrong with it
    if "type" in r and kind not in TYPED_KINDS and kind != "SOC 3":  # SOC 3: a warning
        yield f"{here}.type: kind '{kind}' has no type — remove 'type'"
    if kind in BRIDGEABLE_KINDS and "period_end" not in r:
        yield (
            f"{here}: missing 'period_end' — a {kind} needs its period end "
            "(the as-of date of a Type I) to judge freshness"
        )
    start, end = _valid_day(r.get("period_start")), _valid_day(r.get("period_end"))
    if start and end and end < start:
        yield f"{here}.period_end: {end} is before period_start {start} — swap or fix the dates"
    if kind == "bridge letter":
        yield from _bridge_problems(i, r, reports)
    else:
        for key in ("extends", "through"):
            if key in r:
                yield f"{here}.{key}: only a bridge letter has '{key}' — remove it or set kind: bridge letter"


def check_document(data: Any, answers_only: bool = False, lines: Lines | None = None) -> list[str]:
    """Every problem in a parsed inventory (or answer library), each `path: problem — fix
    (line N)` (the line where it is known), in file order."""
    return review_document(data, answers_only, lines).problems


def review_document(data: Any, answers_only: bool = False, lines: Lines | None = None) -> Review:
    """Problems, warnings and notes on a parsed inventory, in file order.

    Spellings that can only mean one allowed value (`Security`, `NDA`, `SOC2`, `Type 2`,
    `carve out`, `CC 7.2`) and a single value where a list is expected are fixed in `data`
    first, each with a note.
    """
    if data is None:
        problem = "(top level): the file is empty — start with 'vendor: <your company name>'"
        return Review([problem], [], [])
    notes = fix_document(data)
    errors = _schema_errors(data, answers_only)
    problems = [p for e in errors for p in _schema_problems(e)]
    warnings: list[str] = []
    if isinstance(data, dict):
        reports = {r["id"]: r for _, r in _items(data, "reports") if isinstance(r.get("id"), str)}
        problems += _calendar_problems(data)
        problems += _duplicate_problems(data)
        for i, r in _items(data, "reports"):
            problems += _report_problems(i, r, reports)
        problems += criteria_problems(data)
        warnings = warnings_of(data)
    # In file order, each once (a `then` branch can repeat a `required`).
    return Review(
        _in_file_order(problems, lines),
        _in_file_order(warnings, lines),
        _in_file_order(notes, lines),
    )


_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def _parts(path: str) -> tuple[str | int, ...]:
    if path == "(top level)":
        return ()
    return tuple(int(m[1]) if m[1] else m[2] for m in _PART.finditer(path))


def _in_file_order(messages: list[str], lines: Lines | None) -> list[str]:
    """Each message once, followed by its line (that of its path, or of the nearest enclosing
    value), sorted by where it is in the file; by path when lines are unknown."""
    placed = []
    for message in dict.fromkeys(messages):
        parts = _parts(message.split(": ", 1)[0])
        where = None
        while lines and where is None:
            where = lines.get(parts)
            if not parts:
                break
            parts = parts[:-1]
        # The line goes last, so that a message still starts `path: ` (what scripts match on).
        text = f"{message} (line {where[0]})" if where else message
        placed.append(((where or (0, 0)), _line_key(message), text))
    return [text for *_, text in sorted(placed)]


def _line_key(problem: str) -> str:
    # Zero-pad indices so that reports[10] sorts after reports[9].
    path = problem.split(": ", 1)[0]
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)):08d}]", path)
