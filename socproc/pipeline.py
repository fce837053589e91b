"""One questionnaire end to end: read → extract → classify → map, into a Result.

The batch, the library and the command line all call `process_file`. A big file (a thousand-row control matrix) is classified and mapped
across cores: its rows are cut into one slice per core; this process takes the first and
forked children (socproc.forks), which inherit the inputs instead of receiving them pickled,
take the others. Each slice is classified, the slices swap the SOC 2 types their rows state (a
row with no type of its own takes the type the questionnaire states anywhere), then each slice
is mapped and the children send their results back. Results are identical to the sequential
path: classification and mapping are pure per row.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TypeVar

from socproc._version import __version__
from socproc.classify import apply_document_type, classify, stated_types
from socproc.extract import extract as extract_document
from socproc.forks import Child, slices, worth_it
from socproc.gcpause import paused_gc
from socproc.inventory.load import ApprovedAnswer, Inventory
from socproc.mapping.map import evidence_items, map_requirement
from socproc.model import (
    Classification,
    Compact,
    Flag,
    Mapping,
    Requirement,
    Response,
    Settings,
    SocNeed,
    Status,
)
from socproc.read import read_document
from socproc.read.layout import LayoutRules
from socproc.result import Result


@paused_gc()
def process_file(
    path: str | Path,
    inventory: Inventory,
    day: date,
    settings: Settings,
    layout: LayoutRules | None = None,
    answers: Sequence[ApprovedAnswer] = (),
    jobs: int = 1,
) -> Result:
    """Read, extract, classify and map one questionnaire against the vendor's inventory."""
    document = read_document(path, settings)
    rule = layout.for_file(Path(path).name) if layout else None
    found = extract_document(document, rule)
    # The inventory's own approved answers are always used; `answers` adds libraries to them.
    classes, mappings = classify_and_map(
        found.requirements, inventory, day, settings, answers, jobs
    )
    responses = [
        Response(req, cls, mapping)
        for req, cls, mapping in zip(found.requirements, classes, mappings, strict=True)
    ]
    used = sorted({e for r in responses for e in r.mapping.evidence})
    return Result(
        source=str(path),
        format=document.format,
        as_of=day,
        vendor=inventory.vendor,
        responses=tuple(responses),
        skipped=found.skipped,
        evidence_items=evidence_items(inventory, used),
        version=__version__,
    )


T = TypeVar("T")

# How one slice learns the whole questionnaire's stated SOC 2 types from its own.
Exchange = Callable[[frozenset[SocNeed]], frozenset[SocNeed]]
Slice = tuple[list[Classification], list[Mapping]]


def classify_and_map(
    reqs: Sequence[Requirement],
    inventory: Inventory,
    day: date,
    settings: Settings,
    answers: Sequence[ApprovedAnswer],
    jobs: int,
) -> tuple[list[Classification], list[Mapping]]:
    """Classify and map every requirement, across `jobs` processes when the file is big enough."""

    def work(rows: Sequence[Requirement], exchange: Exchange) -> Slice:
        faults: dict[int, str] = {}
        classes = [_classified(r, settings, faults, at) for at, r in enumerate(rows)]
        classes = apply_document_type(classes, exchange(stated_types(classes)))
        maps = [
            _mapped(r, c, inventory, day, settings, answers, faults, at)
            for at, (r, c) in enumerate(zip(rows, classes, strict=True))
        ]
        return classes, maps

    if not worth_it(len(reqs), jobs):
        return work(reqs, lambda asked: asked)
    parts = [reqs[start:end] for start, end in slices(len(reqs), jobs)]
    children: list[Child] = []
    try:
        # One by one, so that a fork that fails still has the earlier children stopped.
        children.extend(
            Child(_in_slice(work, rows), "process classifying part of the file")
            for rows in parts[1:]
        )

        def exchange(asked: frozenset[SocNeed]) -> frozenset[SocNeed]:
            for child in children:
                asked |= child.receive()
            for child in children:
                child.send(asked)
            return asked

        classes, maps = work(parts[0], exchange)
        for child in children:
            more_classes, more_maps = child.receive()
            classes += unpack(more_classes)
            maps += unpack(more_maps)
        return classes, maps
    finally:
        for child in children:
            child.stop()


# --------------------------------------------------------------------------- one row's fault

# A fault in one rule must not cost the file its other rows: the row it struck is left for the
# reviewer, flagged, with what happened; the rest are answered. MemoryError is not one row's
# fault (the run is out of memory), so it goes up as it came.


def _classified(
    req: Requirement, settings: Settings, faults: dict[int, str], at: int
) -> Classification:
    """`classify` on one row; on a fault, an empty classification saying so (and `faults[at]`)."""
    try:
        return classify(req.question, settings)
    except MemoryError:
        raise
    except Exception as exc:
        faults[at] = _fault(exc)
        return Classification(rationale=faults[at])


def _mapped(
    req: Requirement,
    cls: Classification,
    inventory: Inventory,
    day: date,
    settings: Settings,
    answers: Sequence[ApprovedAnswer],
    faults: dict[int, str],
    at: int,
) -> Mapping:
    """`map_requirement` on one row; a row whose classification or mapping failed is left for
    review, flagged `not_processed`, with no answer and the fault in its draft."""
    if at not in faults:
        try:
            return map_requirement(req, cls, inventory, day, settings, answers=answers)
        except MemoryError:
            raise
        except Exception as exc:
            faults[at] = _fault(exc)
    return Mapping(
        Status.REVIEW,
        flags=(Flag.NOT_PROCESSED,),
        suggested_response=f"NOT PROCESSED: {faults[at]}. Answer this row by hand.",
    )


def _fault(exc: Exception) -> str:
    """One line naming the fault: `socproc failed on this row (ValueError: ...); please report it`."""
    said = " ".join(str(exc).split())[:200]
    return f"socproc failed on this row ({type(exc).__name__}: {said}); please report it"


def _in_slice(
    work: Callable[[Sequence[Requirement], Exchange], Slice], rows: Sequence[Requirement]
) -> Callable[[Connection], tuple[Packed[Classification], Packed[Mapping]]]:
    """`work` on `rows` in a child, swapping stated SOC 2 types with the parent over `pipe`;
    its results go back packed."""

    def run(pipe: Connection) -> tuple[Packed[Classification], Packed[Mapping]]:
        def exchange(asked: frozenset[SocNeed]) -> frozenset[SocNeed]:
            pipe.send(("ok", asked))
            told: frozenset[SocNeed] = pipe.recv()
            return told

        classes, maps = work(rows, exchange)
        return pack(classes), pack(maps)

    return run


# --------------------------------------------------------------------------- results sent back

Packed = tuple[list[T], list[int]]


def pack(records: list[T]) -> Packed[T]:
    """`records` as (each distinct one once, the index of each record's): what a child sends.

    Rows asking alike get equal classifications and mappings: the benchmark's 15,000-row
    slice has 16 and 73 distinct ones, and sending it back took 1.2 s of pickling, packed
    0.17 s. A questionnaire whose rows repeat less gains less, and pays a hash per record.
    A record is shared only with one exactly like it (`same`), never merely equal
    (1 == 1.0 == True, 0.0 == -0.0), so what is written from it cannot change.
    """
    firsts: list[T] = []
    order: list[int] = []
    index: dict[T, int] = {}
    for record in records:
        try:
            at = index.get(record)
        except TypeError:  # an unhashable field: sent as it is
            return records, []
        if at is None or not same(firsts[at], record):
            at = len(firsts)
            firsts.append(record)
            index.setdefault(record, at)
        order.append(at)
    return firsts, order


def unpack(packed: Packed[T]) -> list[T]:
    """The records `pack` packed, in their order."""
    firsts, order = packed
    if not order:
        return firsts
    return [firsts[at] for at in order]


_EXACT = (str, int, bool, type(None))


def same(a: object, b: object) -> bool:
    """True when `a` and `b` are alike in type and value all the way down (what `==` is not:
    `1 == 1.0`, `0.0 == -0.0`); False for any value it does not know to compare."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(map(same, a, b))
    if isinstance(a, Compact):
        names: tuple[str, ...] = a.__slots__
        return all(same(getattr(a, n), getattr(b, n)) for n in names)
    if isinstance(a, float) and isinstance(b, float):
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    return isinstance(a, _EXACT) and a == b
