"""The inventory's quick schema check decides exactly as jsonschema does, or hands over to it."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from socproc.inventory.check import (
    _schema,
    _Unsupported,
    _valid,
    _validator,
    check_document,
    read_document,
)
from socproc.inventory.fixups import fix_document

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "inventory.yaml"
# Values a slip could leave anywhere: wrong types, empty and padded text, bad dates and
# emails, repeated categories, enum values out of place.
VALUES: list[Any] = [
    "",
    " x",
    "x ",
    "SOC 2",
    "Type I",
    "bridge letter",
    "2026-01-01",
    "2026-1-1",
    "a@b",
    "a b@c",
    5,
    1.0,
    True,
    None,
    [],
    {},
    ["security"],
    ["security", "security"],
    [5],
    {"a": 1},
    "nda",
    "carve-out",
]


def _paths(node: Any, pre: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield pre
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*pre, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*pre, i))


def _mutated(base: Any, rng: random.Random) -> Any:
    doc = copy.deepcopy(base)
    for _ in range(rng.randint(0, 3)):
        path = rng.choice(list(_paths(doc))[1:])
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        roll = rng.random()
        if roll < 0.3 and isinstance(parent, dict):
            del parent[path[-1]]
        elif roll < 0.45 and isinstance(parent, dict):
            key = rng.choice(["bogus", "kind", "type", "extends", "through", "sharing", 7])
            parent[key] = copy.deepcopy(rng.choice(VALUES))
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(VALUES))
    return doc


@pytest.mark.parametrize("answers_only", [False, True])
def test_the_quick_check_agrees_with_jsonschema(answers_only: bool) -> None:
    base, _, _ = read_document(SAMPLE)
    fix_document(base)
    rng = random.Random(5)
    valid = 0
    for _ in range(300):
        doc = _mutated(base, rng)
        truth = not list(_validator(answers_only).iter_errors(doc))
        assert _valid(_schema(answers_only), doc) == truth, doc
        valid += truth
    assert 0 < valid < 300  # both outcomes were exercised


def test_a_keyword_it_does_not_know_is_left_to_jsonschema() -> None:
    with pytest.raises(_Unsupported):
        _valid({"type": "integer"}, 5)
    with pytest.raises(_Unsupported):
        _valid({"maxLength": 3}, "abcd")
    with pytest.raises(_Unsupported):
        _valid({"type": ["string", "null"]}, None)


def test_problems_are_still_reported_in_full() -> None:
    base, _, _ = read_document(SAMPLE)
    doc = copy.deepcopy(base)
    doc["reports"][0]["kind"] = "SOC two point oh"
    doc["bogus"] = 1
    problems = check_document(doc)
    assert any(p.startswith("reports[0].kind:") for p in problems)
    assert any(p.startswith("bogus: unknown key") for p in problems)
