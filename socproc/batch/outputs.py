"""The output folder: where each input's outputs go, and clearing outputs that no longer apply."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from socproc.batch.inputs import is_ignored
from socproc.write import OUTPUT_SUFFIXES
from socproc.write.atomic import TEMP_NAME


def output_bases(rels: Iterable[str]) -> dict[str, str]:
    """Where each input's outputs go: a path relative to the output folder, before `.response.xlsx`.

    Outputs mirror the input's subfolder, so `a/q.xlsx` and `b/q.xlsx` never overwrite each
    other. Two inputs of one folder with the same stem (`q.xlsx`, `q.csv`) keep their extension
    in the name (`q.xlsx.response.xlsx`). Names are compared case-insensitively, as SMB does.
    """
    groups: dict[tuple[str, str], list[PurePosixPath]] = {}
    for rel in rels:
        p = PurePosixPath(rel)
        groups.setdefault((str(p.parent).casefold(), p.stem.casefold()), []).append(p)
    bases: dict[str, str] = {}
    for members in groups.values():
        for p in members:
            bases[p.as_posix()] = (p.parent / (p.name if len(members) > 1 else p.stem)).as_posix()
    return bases


def is_output_of(base: str, name: str) -> bool:
    """True when `name` (relative to the output folder) is one of the outputs named after `base`."""
    return any(name == base + suffix for suffix in OUTPUT_SUFFIXES)


def sweep_temp_files(out_dir: Path) -> list[Path]:
    """Remove the temporary files a killed run left in `out_dir`; call only while holding its lock."""
    removed = []
    for folder, dirs, files in os.walk(out_dir, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            match = TEMP_NAME.match(name)
            if (
                match
                and is_ignored(match.group("name"))
                and not match.group("name").startswith(".")
            ):
                path = Path(folder) / name
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def remove_outputs(out_dir: Path, names: Iterable[str]) -> None:
    """Delete outputs (relative to `out_dir`) that no longer answer their input; absent ones are fine."""
    for name in names:
        with contextlib.suppress(OSError):
            (out_dir / name).unlink(missing_ok=True)
