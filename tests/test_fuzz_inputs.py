"""Fuzzing the whole pipeline with damaged copies of the sample questionnaires (issue #8).

Bit flips, truncation and corruption of single zip entries: whatever the damage, `process`
and `Result.write` either succeed or raise one SocprocError line naming the input; the input
is never modified and no temporary file is left in the output folder.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socproc
from socproc.errors import SocprocError
from socproc.model import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
SOURCES = {p.suffix: p.read_bytes() for p in sorted(SAMPLES.iterdir())}
SOURCES[".json"] = (
    b'// VSAQ templates are JavaScript more than JSON\n{"questionnaire": [{"type": "block", '
    b'"text": "Assurance", "items": [{"type": "yesno", "id": "q1", "text": "Do you hold a " +\n'
    b' "SOC 2 Type II report?"}, {"type": "line", "id": 7, "text": "<b>Auditor</b>?"}]}]}'
)
INVENTORY = socproc.load_inventory(ROOT / "samples" / "inventory.yaml")
# Small limits so a mutation that declares huge sizes is refused at once, not decompressed.
LIMITS = Settings(max_uncompressed_bytes=20_000_000, max_cells=200_000)
# Snippets that break OOXML in the ways real damage and hostile files do.
TOKENS = [
    b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
    b"&e;",
    b"\x00",
    b'r="A0"',
    b'r="XFD99999999"',
    b'<c r="A1" t="s"><v>999</v></c>',
    b"</row>",
    b'"',
    b"\xff\xfe",
    b"=cmd|' /C calc'!A0",
]


def corrupt_entry(data: bytes, index: int, how: int, at: int, token: int) -> bytes:
    """`data` (a zip) re-packed with one entry truncated, bit-flipped or given a hostile token."""
    src = zipfile.ZipFile(io.BytesIO(data))
    infos = src.infolist()
    victim = infos[index % len(infos)].filename
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in infos:
            body = bytearray(src.read(info))
            if info.filename == victim and body:
                pos = at % len(body)
                if how == 0:
                    body = body[:pos]
                elif how == 1:
                    body[pos] ^= 0xFF
                else:
                    body[pos:pos] = TOKENS[token % len(TOKENS)]
            z.writestr(info.filename, bytes(body))
    return out.getvalue()


def flip_bits(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    mutable = bytearray(data)
    for pos, mask in flips:
        mutable[pos % len(mutable)] ^= mask
    return bytes(mutable)


mutations = st.one_of(
    st.tuples(
        st.just("flip"),
        st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(1, 255)), max_size=6),
    ),
    st.tuples(st.just("cut"), st.floats(0.0, 1.0)),
    st.tuples(
        st.just("entry"),
        st.tuples(
            st.integers(0, 50), st.integers(0, 2), st.integers(0, 1 << 20), st.integers(0, 50)
        ),
    ),
)


def mutate(data: bytes, suffix: str, mutation: tuple[str, object]) -> bytes:
    kind, arg = mutation
    if kind == "flip":
        return flip_bits(data, arg)  # type: ignore[arg-type]
    if kind == "cut":
        return data[: int(len(data) * arg)]  # type: ignore[operator]
    if not data.startswith(b"PK"):  # text formats have no entries: put the token in the text
        _index, _how, at, token = arg  # type: ignore[misc]
        pos = at % len(data)
        return data[:pos] + TOKENS[token % len(TOKENS)] + data[pos:]
    return corrupt_entry(data, *arg)  # type: ignore[misc]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from(sorted(SOURCES)), mutation=mutations)
def test_damaged_inputs_fail_in_one_line_or_are_processed(
    suffix: str, mutation: tuple[str, object]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="socproc-fuzz-"))
    try:
        path = folder / f"fuzzed{suffix}"
        data = mutate(SOURCES[suffix], suffix, mutation)
        path.write_bytes(data)
        out = folder / "out"
        try:
            socproc.process(path, INVENTORY, as_of="2026-11-26", settings=LIMITS).write(out)
        except SocprocError as exc:
            line = exc.line()
            assert line.startswith(f"{path}:"), line
            assert "\n" not in line
            assert "root:" not in line  # /etc/passwd never read through an entity
        assert path.read_bytes() == data
        if out.exists():
            assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
