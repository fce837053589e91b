"""What an inventory meant, when it can only mean one thing: spellings, lists, criteria ids; and warnings.

A person writes `Security`, `NDA`, `SOC2`, `Type 2`, `carve out`, `CC 7.2` or `criteria: CC7.2`
and means exactly one allowed value: it is read as that value, with a note (`-v` shows them).
A criterion id that is not in the Trust Services Criteria table is refused with the nearest
one, because a mistyped id silently matches nothing (an exception on it would lose its flag).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from socproc.contract import INVENTORY_SCHEMA, load_schema
from socproc.criteria import CRITERIA_BY_ID

# Spellings people write for enum values, squashed (lowercase, letters and digits only).
ALIASES: dict[str, str] = {
    "type1": "Type I",
    "type2": "Type II",
    "soc2type2": "SOC 2",
    "soc1type2": "SOC 1",
    "iso27001": "ISO 27001",
    "isoiec27001": "ISO 27001",
    "pci": "PCI DSS",
    "bridge": "bridge letter",
    "carveout": "carve-out",
    "unmodified": "unqualified",
    "clean": "unqualified",
    "restricted": "nda",
    "generaluse": "public",
    "pi": "processing integrity",
}
# Reports whose exceptions are keyed by Trust Services Criteria; a SOC 1 or ISAE 3402 keys
# them by its own control objectives, which have no fixed ids.
TSC_KINDS = frozenset({"SOC 2", "SOC 3", "ISAE 3000"})
_TSC_SHAPE = re.compile(r"^(CC|PI|A|C|P)\d+\.\d+$")


@dataclass(frozen=True, slots=True)
class Review:
    """What checking an inventory found: problems refuse it, warnings and notes do not."""

    problems: list[str]
    warnings: list[str]
    notes: list[str]  # what was read as what (`-v`)


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def exact_choice(value: str, choices: tuple[str, ...]) -> str | None:
    """The one allowed value `value` is a case, spacing or known variant of, if any."""
    squashed = {squash(c): c for c in choices}
    hit = squashed.get(squash(value)) or ALIASES.get(squash(value))
    return hit if hit in choices else None


@cache
def _enums() -> dict[str, tuple[str, ...]]:
    defs = load_schema(INVENTORY_SCHEMA)["$defs"]
    report = defs["report"]["properties"]
    return {
        "kind": tuple(report["kind"]["enum"]),
        "type": tuple(report["type"]["enum"]),
        "opinion": tuple(report["opinion"]["enum"]),
        "sharing": tuple(defs["sharing"]["enum"]),
        "category": tuple(defs["category"]["enum"]),
        "method": tuple(defs["subservice_org"]["properties"]["method"]["enum"]),
    }


def criterion_id(value: str) -> str:
    """`cc 7.2` → `CC7.2`: ids compare without case or spaces."""
    return re.sub(r"\s+", "", value).upper()


def fix_document(data: Any) -> list[str]:
    """Rewrite, in `data`, every value that can only mean one allowed value; one note each."""
    if not isinstance(data, dict):
        return []
    notes: list[str] = []
    for i, r in _dicts(data, "reports"):
        here = f"reports[{i}]"
        for key in ("kind", "type", "opinion", "sharing"):
            _fix_enum(r, key, "sharing" if key == "sharing" else key, here, notes)
        _fix_list(r, "categories", here, notes)
        for j, _ in enumerate(r.get("categories") or []):
            if isinstance(r["categories"], list):
                _fix_enum(r["categories"], j, "category", f"{here}.categories", notes)
        for j, org in _dicts(r, "subservice_orgs"):
            _fix_enum(org, "method", "method", f"{here}.subservice_orgs[{j}]", notes)
            _fix_list(org, "services", f"{here}.subservice_orgs[{j}]", notes)
        for j, exc in _dicts(r, "exceptions"):
            _fix_ids(exc, f"{here}.exceptions[{j}]", notes)
    for section, lists in (
        ("controls", ()),
        ("documents", ("topics",)),
        ("answers", ("tags",)),
    ):
        for i, item in _dicts(data, section):
            here = f"{section}[{i}]"
            _fix_ids(item, here, notes)
            for key in lists:
                _fix_list(item, key, here, notes)
            if section == "documents":
                _fix_enum(item, "sharing", "sharing", here, notes)
    return notes


def _dicts(parent: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    items = parent.get(key) if isinstance(parent, dict) else None
    if not isinstance(items, list):
        return []
    return [(i, d) for i, d in enumerate(items) if isinstance(d, dict)]


def _where(here: str, key: str | int) -> str:
    return f"{here}[{key}]" if isinstance(key, int) else f"{here}.{key}"


def _fix_enum(
    parent: dict[str, Any] | list[Any], key: str | int, enum: str, here: str, notes: list[str]
) -> None:
    try:
        value = parent[key]  # type: ignore[index]
    except (KeyError, IndexError):
        return
    choices = _enums()[enum]
    if not isinstance(value, str) or value in choices:
        return
    hit = exact_choice(value, choices)
    if hit is not None:
        parent[key] = hit  # type: ignore[index]
        notes.append(f"{_where(here, key)}: {value!r} read as {hit!r}")


def _fix_list(item: dict[str, Any], key: str, here: str, notes: list[str]) -> None:
    value = item.get(key)
    if isinstance(value, str) and value.strip():
        item[key] = [value]
        notes.append(f"{here}.{key}: {value!r} read as a list of one")


def _fix_ids(item: dict[str, Any], here: str, notes: list[str]) -> None:
    value = item.get("criteria")
    if isinstance(value, str) and value.strip():
        # `criteria: CC6.1, CC6.2` means the list of both.
        item["criteria"] = [v.strip() for v in re.split(r"[,;]", value) if v.strip()]
        notes.append(f"{here}.criteria: {value!r} read as a list")
    if not isinstance(item.get("criteria"), list):
        return
    for k, cid in enumerate(item["criteria"]):
        if (
            isinstance(cid, str)
            and criterion_id(cid) in CRITERIA_BY_ID
            and cid not in CRITERIA_BY_ID
        ):
            item["criteria"][k] = criterion_id(cid)
            notes.append(f"{here}.criteria[{k}]: {cid!r} read as {criterion_id(cid)!r}")


def criteria_problems(data: dict[str, Any]) -> Iterator[str]:
    """Every criterion id not in the Trust Services Criteria table, with the nearest one."""
    for i, r in _dicts(data, "reports"):
        for j, exc in _dicts(r, "exceptions"):
            tsc = isinstance(r.get("kind"), str) and r["kind"] in TSC_KINDS
            yield from _unknown_ids(exc, f"reports[{i}].exceptions[{j}]", tsc)
    for section in ("controls", "documents", "answers"):
        for i, item in _dicts(data, section):
            yield from _unknown_ids(item, f"{section}[{i}]", True)


def _unknown_ids(item: dict[str, Any], here: str, tsc: bool) -> Iterator[str]:
    ids = item.get("criteria")
    if not isinstance(ids, list):
        return
    for k, cid in enumerate(ids):
        if not isinstance(cid, str) or cid in CRITERIA_BY_ID:
            continue
        # A SOC 1's objectives have no fixed ids: only a criterion-shaped slip is refused.
        if not tsc and not _TSC_SHAPE.match(criterion_id(cid)):
            continue
        close = difflib.get_close_matches(criterion_id(cid), list(CRITERIA_BY_ID), n=1, cutoff=0.5)
        fix = (
            f"did you mean '{close[0]}'?"
            if close
            else "use a Trust Services Criteria id such as CC6.1 (listed in docs/guide.md)"
        )
        yield f"{here}.criteria[{k}]: {cid!r} is not a Trust Services Criteria id — {fix}"


def warnings_of(data: dict[str, Any]) -> list[str]:
    """What loads but is probably not what was meant."""
    out: list[str] = []
    for i, r in _dicts(data, "reports"):
        kind, here = r.get("kind"), f"reports[{i}]"
        if kind in ("SOC 1", "SOC 2") and "period_end" in r and "period_start" not in r:
            if r.get("type") == "Type II":
                out.append(
                    f"{here}: a {kind} Type II covers a period, but there is no period_start — "
                    "add it"
                )
            elif "type" not in r:
                out.append(
                    f"{here}: no period_start, so this {kind} is read as a Type I (as of "
                    "period_end) — add period_start if it is a Type II"
                )
        if kind == "SOC 3" and "type" in r:
            out.append(
                f"{here}.type: a SOC 3 has no type (it is the general-use report of a Type II "
                "examination) — remove 'type'"
            )
    out += _disagreeing_answers(data)
    return out


def _disagreeing_answers(data: dict[str, Any]) -> Iterator[str]:
    first: dict[str, tuple[int, str]] = {}
    for i, a in _dicts(data, "answers"):
        question, answer = a.get("question"), a.get("answer")
        if not isinstance(question, str) or not isinstance(answer, str):
            continue
        key = " ".join(squash(w) for w in question.split() if squash(w))
        if key not in first:
            first[key] = (i, answer)
            continue
        j, earlier = first[key]
        if " ".join(answer.split()).casefold() != " ".join(earlier.split()).casefold():
            yield (
                f"answers[{i}]: answers the same question as answers[{j}] differently "
                f"({_short(answer)} vs {_short(earlier)}) — keep the one that is right"
            )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 40 else text[:37] + "...")
