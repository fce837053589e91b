"""The incremental manifest: what the last run recorded for each input, and the key it ran with."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socproc._version import __version__

MANIFEST = "_manifest.json"
# A manifest that cannot be used is moved here, kept for a look, and the run starts afresh.
SET_ASIDE = MANIFEST + ".bad"
# Each input recorded as it finishes, until the manifest is saved: hidden, so never an input.
JOURNAL = ".socproc.journal"

log = logging.getLogger("socproc.batch")


@dataclass(frozen=True)
class ManifestEntry:
    """What the last run recorded for one input."""

    digest: str
    key: str  # inventory hash, options and tool version, hashed together
    outputs: tuple[str, ...]
    record: dict[str, Any]  # the input's _run.json record
    stats: dict[str, Any]  # counts the inbox summary needs
    # The input's size and mtime when `digest` was taken: while they hold, it is not hashed again.
    size: int = -1
    mtime_ns: int = -1
    # What went into `key`, apart: {"inventory", "options", "version"}, so a run can say why.
    parts: dict[str, str] = field(default_factory=dict)
    # Per output as socproc wrote it: {"size", "mtime_ns", "sha256", "by": "run"|"apply"}, so an
    # output changed by hand since is recognised and never overwritten.
    written: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Rows of the response workbook written with reviewer values, and a digest of its machine
    # columns, so the next run knows whether to read it and whether only reviewers edited it.
    reviewed: int = 0
    machine: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "digest": self.digest,
            "key": self.key,
            "outputs": list(self.outputs),
            "record": self.record,
            "stats": self.stats,
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "parts": self.parts,
            "written": self.written,
            "reviewed": self.reviewed,
            "machine": self.machine,
        }


def run_key(inventory_digest: str, options: dict[str, Any], version: str) -> str:
    """One hash of everything besides the input that decides its outputs."""
    text = json.dumps({"inv": inventory_digest, "opt": options, "v": version}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def load_manifest(
    out_dir: Path, owns: Callable[[str, object], bool] | None = None
) -> dict[str, ManifestEntry]:
    """The last run's records by input path, and what a run killed since recorded as it went.

    The manifest is checked, not trusted: a manifest that is not JSON, holds a value of the
    wrong type, or (with `owns`) lists as an input's output a file `owns(path, name)` does not
    call that input's, is set aside as `_manifest.json.bad`, said in one line, and every input
    is redone. A journal line that does not pass is dropped alone (a kill may have cut it).
    """
    entries = _load_saved(out_dir, owns)
    finished = _load_journal(out_dir, owns)
    if finished:
        # Folded in now, so that a run with nothing to do need not save the manifest for it.
        entries.update(finished)
        with contextlib.suppress(Exception):
            save_manifest(out_dir, entries, __version__)
    return entries


def save_manifest(out_dir: Path, entries: dict[str, ManifestEntry], version: str) -> None:
    """Write this run's records atomically, so a killed run leaves the last manifest whole.

    Names that are not UTF-8 are kept as JSON escapes, so they cannot stop the save. The
    journal is folded in, and removed.
    """
    from socproc.write.atomic import write_text_atomic

    data = {"version": version, "inputs": {k: v.to_dict() for k, v in sorted(entries.items())}}
    write_text_atomic(out_dir / MANIFEST, json.dumps(data, indent=1, ensure_ascii=True))
    with contextlib.suppress(OSError):
        (out_dir / JOURNAL).unlink(missing_ok=True)


def record_finished(out_dir: Path, rel: str, entry: ManifestEntry) -> None:
    """Add one finished input to the journal at once, so that a run killed outright (SIGKILL, a
    scheduler's time limit) still leaves it recorded and the next run does not redo it."""
    line = json.dumps({"path": rel, "entry": entry.to_dict()}, ensure_ascii=True) + "\n"
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(out_dir / JOURNAL, flags, 0o644)
    except OSError:
        return  # the manifest written at the end of the run records it all the same
    try:
        data = line.encode("ascii")
        while data:  # one line per write: appends of one run never interleave
            data = data[os.write(fd, data) :]
    except OSError:
        pass
    finally:
        os.close(fd)


class ManifestInvalid(ValueError):
    """Why a manifest (or a journal line) cannot be used."""


def _load_saved(
    out_dir: Path, owns: Callable[[str, object], bool] | None
) -> dict[str, ManifestEntry]:
    path = out_dir / MANIFEST
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        log.warning(
            "%s: cannot be read (%s) — every input is redone; check the folder's permissions",
            path,
            exc.strerror,
        )
        return {}
    try:
        data = _json(text)
        inputs = data.get("inputs") if isinstance(data, dict) else None
        if not isinstance(inputs, dict):
            raise ManifestInvalid("no 'inputs' object")
        return {rel: entry_from(rel, e, owns) for rel, e in inputs.items()}
    except ManifestInvalid as exc:
        _set_aside(path, str(exc))
        return {}


def _load_journal(
    out_dir: Path, owns: Callable[[str, object], bool] | None
) -> dict[str, ManifestEntry]:
    try:
        lines = (out_dir / JOURNAL).read_bytes().splitlines()
    except OSError:
        return {}
    entries = {}
    for line in lines:
        try:
            data = _json(line)
            if not isinstance(data, dict) or not isinstance(data.get("path"), str):
                continue
            entries[data["path"]] = entry_from(data["path"], data.get("entry"), owns)
        except ManifestInvalid:
            continue
    return entries


def _json(text: bytes) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # bad bytes, bad JSON, a 5,000-digit number
        raise ManifestInvalid("not JSON socproc wrote") from exc


def _set_aside(path: Path, why: str) -> None:
    aside = path.with_name(SET_ASIDE)
    try:
        os.replace(path, aside)
        done = f"set aside as {aside.name}"
    except OSError as exc:
        done = f"could not be set aside ({exc.strerror})"
    log.warning(
        "%s: not a manifest socproc can use (%s) — %s; every input is redone", path, why, done
    )


# The type each manifest field must have: a field of another type would stop every later run.
# JSON gives exact types (never a subclass), so `type(v) is` is right here, and quick at 10,000.
Check = Callable[[object], bool]


def _of(*types: type) -> Check:
    return lambda v: type(v) in types


def _optional(check: Check) -> Check:
    return lambda v: v is None or check(v)


def _list_of(check: Check) -> Check:
    return lambda v: type(v) is list and all(map(check, v))


def _map_of(check: Check) -> Check:
    return lambda v: type(v) is dict and all(map(check, v.values()))


_STR, _INT, _DICT = _of(str), _of(int), _of(dict)
_COUNTS = _map_of(_INT)
_ENTRY: dict[str, Check] = {
    "digest": _STR,
    "key": _STR,
    "outputs": _list_of(_STR),
    "record": _DICT,
    "stats": _DICT,
    "size": _INT,
    "mtime_ns": _INT,
    "parts": _map_of(_STR),
    "written": _map_of(_DICT),
    "reviewed": _INT,
    "machine": _STR,
}
_RECORD: dict[str, Check] = {
    "path": _STR,
    "status": _STR,
    "reason": _optional(_STR),
    "error": _optional(_STR),
    "note": _optional(_STR),
    "requirements": _INT,
    "skipped_rows": _INT,
    "seconds": _of(int, float),
    "counts": _optional(_COUNTS),
    "filled": _optional(_INT),
    "not_filled": _optional(_INT),
    "changes": _optional(_INT),
    "carried": _INT,
    "carried_over": _INT,
}
_STATS: dict[str, Check] = {
    "counts": _COUNTS,
    "needs": _COUNTS,
    "need_status": _map_of(_COUNTS),
    "need_remedies": _map_of(_COUNTS),
    "format": _STR,
}
_REQUIRED = ("digest", "key", "outputs", "record")


def entry_from(
    rel: str, e: object, owns: Callable[[str, object], bool] | None = None
) -> ManifestEntry:
    """One manifest entry, checked: `ManifestInvalid` says what is wrong with it."""
    if not isinstance(e, dict):
        raise ManifestInvalid(f"{rel}: not an object")
    for name in _REQUIRED:
        if name not in e:
            raise ManifestInvalid(f"{rel}: no '{name}'")
    for fields, value, where in (
        (_ENTRY, e, ""),
        (_RECORD, e["record"], "record."),
        (_STATS, e.get("stats", {}), "stats."),
    ):
        for name, check in fields.items():
            if name in value and not check(value[name]):
                raise ManifestInvalid(f"{rel}: '{where}{name}' is not of the right type")
    if owns is not None:
        for name in e["outputs"]:
            if not owns(rel, name):
                raise ManifestInvalid(f"{rel}: '{name}' is not one of its outputs")
    return ManifestEntry(
        e["digest"],
        e["key"],
        tuple(e["outputs"]),
        e["record"],
        e.get("stats", {}),
        int(e.get("size", -1)),
        int(e.get("mtime_ns", -1)),
        dict(e.get("parts", {})),
        dict(e.get("written", {})),
        int(e.get("reviewed", 0)),
        str(e.get("machine", "")),
    )
