"""The output folder: where each input's outputs go, and touching nothing in it but socproc's own."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import logging
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from socproc.batch.inputs import is_ignored
from socproc.errors import ConfigError, OutputError
from socproc.write import OUTPUT_SUFFIXES
from socproc.write.atomic import TEMP_NAME

# Notices about files a run leaves alone: with no logging set up they print as the bare line.
log = logging.getLogger("socproc.batch")

# The longest file name (in bytes) a base may take: with `.response.xlsx` and the temporary
# name's `.` + `.<pid>.tmp` it stays under the 255 bytes most file systems allow.
MAX_NAME_BYTES = 200
# Bidirectional controls reorder a log line as it is shown; they are escaped like controls.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The mark of an output written beside one changed by hand, before its extension.
_BESIDE_MARK = re.compile(r"\.new\d*(?=\.[^./]+$)")


def shown_name(rel: str) -> str:
    """`rel` as a name every log line, JSON file and workbook can hold, one to one.

    A file name may hold bytes that are not UTF-8 (Python keeps them as lone surrogates),
    newlines and other controls: each is written as a backslash escape (`caf\\xe9.csv`,
    `a\\nb.xlsx`), and a backslash itself as `\\\\`, so two names never show alike.
    """
    if rel.isprintable() and "\\" not in rel:
        return rel  # the common case, decided at C speed
    return "".join(_escape(ch) for ch in rel)


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch == "\\":
        return "\\\\"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    if ch in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch]
    if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return ch


def output_bases(rels: Iterable[str]) -> dict[str, str]:
    """Where each input's outputs go: a path relative to the output folder, before `.response.xlsx`.

    Outputs mirror the input's subfolder, so `a/q.xlsx` and `b/q.xlsx` never overwrite each
    other. Two inputs of one folder with the same stem (`q.xlsx`, `q.csv`) keep their extension
    in the name (`q.xlsx.response.xlsx`). Bases never meet, compared as SMB, Windows and macOS
    compare names (case, Unicode normal form, trailing dots and spaces): inputs whose bases would still meet (`q.xlsx` beside `q.csv` and `q.xlsx.csv`) each
    add a hash of their path (`q.xlsx~1a2b3c4d`). A name too long for the file system keeps
    its start and that hash. `..` and absolute parts are dropped, so every base is in the folder.
    """
    clean = {rel: _split(rel) for rel in rels}
    groups: dict[tuple[str, str], list[str]] = {}
    for rel, (parent, _, stem) in clean.items():
        groups.setdefault((_clash_key(parent), _clash_key(stem)), []).append(rel)
    bases: dict[str, str] = {}
    for members in groups.values():
        for rel in members:
            parent, name, stem = clean[rel]
            bases[rel] = _fit(parent, name if len(members) > 1 else stem, rel)
    width = 8
    while True:
        keys = {rel: _clash_key(b) for rel, b in bases.items()}
        seen = Counter(keys.values())
        clashing = [rel for rel, key in keys.items() if seen[key] > 1]
        if not clashing:
            return bases
        for rel in clashing:
            parent, name, _ = clean[rel]
            bases[rel] = _hashed(parent, name, rel, width)
        # Only a name made to look like another's hash clashes again: the whole hash then.
        width = 64


def _clash_key(path: str) -> str:
    """What a case-insensitive, normalising file system (SMB, Windows, macOS) makes of `path`:
    two names with one key are one file there."""
    key = unicodedata.normalize("NFC", path).casefold()
    return "/".join(part.rstrip(" .") for part in key.split("/"))


def is_output_of(base: str, name: str) -> bool:
    """True when `name` (relative to the output folder) is one of the outputs named after `base`."""
    return any(name == base + suffix for suffix in OUTPUT_SUFFIXES)


def owns_output(rel: str, name: object) -> bool:
    """True when `name` is an output `output_bases` could have named after the input `rel`.

    What a manifest may list for an input, whatever inputs sat beside it in that run.
    """
    if not isinstance(name, str):
        return False
    # A run writes beside an output changed by hand (`q.filled.new.xlsx`, `q.filled.new2.xlsx`):
    # those are its outputs too.
    plain = _BESIDE_MARK.sub("", name)
    bases = _bases_of(rel)
    return any(plain.endswith(s) and plain[: -len(s)] in bases for s in OUTPUT_SUFFIXES)


@functools.lru_cache(maxsize=1024)
def _bases_of(rel: str) -> frozenset[str]:
    # Every base `output_bases` can give `rel`, whatever inputs sit beside it.
    parent, name, stem = _split(rel)
    return frozenset(
        {
            _fit(parent, stem, rel),
            _fit(parent, name, rel),
            _hashed(parent, name, rel, 8),
            _hashed(parent, name, rel, 64),
        }
    )


def _split(rel: str) -> tuple[str, str, str]:
    """(folder, name, stem) of `rel`, with `..`, `.`, empty parts and anchors dropped."""
    if os.sep != "/":  # Windows separators count as separators there only
        rel = rel.replace(os.sep, "/")
    parts = [p for p in rel.split("/") if p not in ("", ".", "..")] or ["_"]
    name = parts[-1]
    dot = name.rfind(".")
    stem = name[:dot] if 0 < dot < len(name) - 1 else name  # as PurePosixPath.stem
    return "/".join(parts[:-1]), name, stem


def _fit(parent: str, name: str, rel: str) -> str:
    if (
        len(name) * 4 <= MAX_NAME_BYTES
        or len(name.encode("utf-8", "surrogatepass")) <= MAX_NAME_BYTES
    ):
        return f"{parent}/{name}" if parent else name
    return _hashed(parent, name, rel, 8)


def _hashed(parent: str, name: str, rel: str, width: int) -> str:
    digest = hashlib.sha256(rel.encode("utf-8", "surrogatepass")).hexdigest()[:width]
    room = MAX_NAME_BYTES - 1 - width
    head = name
    while len(head.encode("utf-8", "surrogatepass")) > room:
        head = head[: max(0, min(len(head) - 1, room))]
    return f"{parent}/{head}~{digest}" if parent else f"{head}~{digest}"


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
    """Delete outputs (relative to `out_dir`) that no longer answer their input; absent ones are fine.

    Only socproc's own outputs are ever deleted: a name that is not an output name, leaves
    `out_dir`, or reaches its file through a symbolic link is left alone, whatever listed it.
    """
    for name in names:
        path = own_output_file(out_dir, name)
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()


def own_output_file(out_dir: Path, name: object) -> Path | None:
    """The file `name` names in `out_dir`, if it is a regular file with an output's name, reached
    without leaving `out_dir` or passing a symbolic link; else None."""
    if not isinstance(name, str) or not name or "\0" in name or (os.sep != "/" and os.sep in name):
        return None
    rel = PurePosixPath(name)
    if rel.is_absolute() or any(p in ("", ".", "..") for p in rel.parts):
        return None
    if os.name == "nt" and ":" in name:  # a drive or a stream, not a name in the folder
        return None
    if not _BESIDE_MARK.sub("", rel.name).endswith(OUTPUT_SUFFIXES) or rel.name.startswith("."):
        return None
    path = out_dir
    for part in rel.parts:
        path = path / part
        try:
            mode = path.lstat().st_mode
        except OSError:
            return None
        if part != rel.name and not stat.S_ISDIR(mode):
            return None  # a link (or anything but a folder) on the way
    if not stat.S_ISREG(mode):
        return None
    try:
        path.resolve().relative_to(out_dir.resolve())
    except (OSError, ValueError):
        return None
    return path


def link_on_the_way(out_dir: Path, base: str) -> Path | None:
    """The first symbolic link among the folders between `out_dir` and the outputs of `base`.

    Writing through it would put outputs outside `out_dir`; the input is failed instead.
    """
    path = out_dir
    for part in PurePosixPath(base).parent.parts:
        path = path / part
        if path.is_symlink() or _is_junction(path):
            return path
    return None


def _is_junction(path: Path) -> bool:
    check = getattr(os.path, "isjunction", None)  # Python 3.12 and later
    return bool(check(path)) if check else False


def link_error(rel: str, link: Path, out_dir: Path) -> str:
    """The one line for an input whose outputs would be written through `link`."""
    where = shown_name(link.relative_to(out_dir).as_posix())
    return OutputError(
        rel,
        f"not written: '{where}' in the output folder is a symbolic link, and socproc never"
        " writes through one",
        "replace the link with a folder, or choose another --out",
    ).line()


def confined(found: Sequence[tuple[Path, Path]], roots: Sequence[Path]) -> list[tuple[Path, Path]]:
    """Drop files a folder walk found through a symbolic link that leads out of that folder.

    A link in a shared inbox must not make the run copy a file its owner never put there.
    Files named on the command line are taken as given. Each file dropped is said in one line.
    """
    named = {os.path.abspath(r) for r in roots}
    kept = []
    for file, root in found:
        # Folders are walked without following links: only a file itself can be one.
        if file.is_symlink() and os.path.abspath(file) not in named and _leaves(file, root):
            log.warning(
                "%s: not read — it is a symbolic link to a file outside %s; "
                "name the file itself to process it",
                shown_name(str(file)),
                shown_name(str(root)),
            )
            continue
        kept.append((file, root))
    return kept


def _leaves(file: Path, root: Path) -> bool:
    try:
        file.resolve().relative_to(root.resolve())
    except (OSError, ValueError):
        return True
    return False


def check_writable_text(inventory: Any, options: Any) -> None:
    """Refuse, before anything is written, an inventory, answer library or layout holding text
    no output can hold (a lone surrogate such as `\\uD800`): else every input would fail."""
    sources = [
        (getattr(inventory, "path", "") or "inventory", "", inventory),
        ("the answer library (--answers)", "answers", getattr(options, "answers", ())),
        (getattr(getattr(options, "layout", None), "source", "") or "--layout", "", options.layout),
    ]
    for file, start, value in sources:
        where = next(_unencodable(value, start, set()), None)
        if where is not None:
            raise ConfigError(
                file,
                "a text holds an unpaired surrogate escape (such as \\uD800), which no output"
                " can hold",
                "correct or remove that escape",
                where=where or None,
            )


def _unencodable(value: Any, where: str, seen: set[int]) -> Iterator[str]:
    """Where in `value` (a record, mapping or sequence of them) a string cannot be UTF-8."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            yield where
        return
    if id(value) in seen:
        return
    seen.add(id(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _unencodable(getattr(value, f.name), _join(where, f.name), seen)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _unencodable(key, where, seen)
            yield from _unencodable(item, _join(where, str(key)), seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for i, item in enumerate(value):
            yield from _unencodable(item, f"{where}[{i}]", seen)


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name
