"""The output folder under attack: a hand-edited manifest, odd locks, odd names, links, `..`.

Nothing outside `--out` is touched, nothing good is lost, and no run stops with a traceback.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

import socproc
from socproc.batch import LOCK, FolderLock, load_manifest, output_bases
from socproc.batch.manifest import JOURNAL, MANIFEST, ManifestEntry, record_finished
from socproc.batch.outputs import owns_output, remove_outputs, shown_name
from socproc.cli import cli
from socproc.errors import LockedError, OutputError

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
INVENTORY = ROOT / "samples" / "inventory.yaml"
CSV = SAMPLES / "fabrikam_payroll_due_diligence.csv"
AS_OF = "2026-11-26"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX names and links")


@pytest.fixture(scope="module")
def inventory() -> socproc.Inventory:
    return socproc.load_inventory(INVENTORY)


def _inbox(tmp_path: Path, *names: str) -> Path:
    inbox = tmp_path / "in"
    inbox.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(CSV, inbox / name)
    return inbox


def _run(
    paths: Path | list[Path], out: Path, inventory: socproc.Inventory, **kw: object
) -> dict[str, str]:
    batch = socproc.process_folder(
        paths,  # type: ignore[arg-type]
        inventory,
        AS_OF,
        out_dir=out,
        jobs=1,
        keep_results=False,
        **kw,  # type: ignore[arg-type]
    )
    return {r.path: r.status for r in batch.inputs}


def _edit_manifest(out: Path, change: object) -> None:
    data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    for entry in data["inputs"].values():
        change(entry)  # type: ignore[operator]
    (out / MANIFEST).write_text(json.dumps(data), encoding="utf-8")


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


# --------------------------------------------------------------------- 1. the manifest is checked


@pytest.mark.parametrize("listed", ["../victim.response.json", "ABSOLUTE", "victim.txt"])
def test_a_manifest_listing_files_not_its_own_never_deletes_them(
    tmp_path: Path, inventory: socproc.Inventory, listed: str, caplog: pytest.LogCaptureFixture
) -> None:
    inbox, out = _inbox(tmp_path, "q.csv"), tmp_path / "out"
    victim = tmp_path / "victim.response.json" if listed != "victim.txt" else out / listed
    _run(inbox, out, inventory)
    victim.write_text("keep me")
    name = str(victim) if listed == "ABSOLUTE" else listed

    def tamper(entry: dict[str, object]) -> None:
        entry["outputs"] = [*entry["outputs"], name]  # type: ignore[misc]
        entry["digest"] = "0" * 64  # so the next run redoes it and clears stale outputs

    _edit_manifest(out, tamper)
    with caplog.at_level(logging.WARNING, "socproc.batch"):
        assert _run(inbox, out, inventory) == {"q.csv": "ok"}
    assert victim.read_text() == "keep me"
    assert (out / (MANIFEST + ".bad")).exists()
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "set aside as _manifest.json.bad" in lines[0]
    assert set(load_manifest(out)) == {"q.csv"}  # rebuilt


@posix_only
def test_remove_outputs_deletes_only_socprocs_own_files_in_the_folder(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    (out / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    for name in ("q.response.json", "sub/q.response.xlsx", "notes.txt", ".q.response.json"):
        (out / name).write_text("x")
    (elsewhere / "t.response.json").write_text("x")
    (out / "link.response.json").symlink_to(elsewhere / "t.response.json")
    (out / "linked").symlink_to(elsewhere, target_is_directory=True)
    remove_outputs(
        out,
        [
            "q.response.json",
            "sub/q.response.xlsx",
            "notes.txt",
            ".q.response.json",
            "../elsewhere/t.response.json",
            str(elsewhere / "t.response.json"),
            "link.response.json",
            "linked/t.response.json",
        ],
    )
    assert _files(out) == {"notes.txt", ".q.response.json", "link.response.json"}
    assert (out / "link.response.json").is_symlink()
    assert _files(elsewhere) == {"t.response.json"}


@pytest.mark.parametrize(
    "change",
    [
        lambda e: e.update(record=["not", "a", "record"]),
        lambda e: e.update(outputs="q.response.json"),
        lambda e: e.update(stats={"counts": "many"}),
        lambda e: e["record"].update(requirements="x"),
        lambda e: e.update(digest=None),
    ],
)
def test_a_manifest_with_wrong_types_is_set_aside_and_rebuilt(
    tmp_path: Path, inventory: socproc.Inventory, change: object
) -> None:
    inbox, out = _inbox(tmp_path, "q.csv"), tmp_path / "out"
    _run(inbox, out, inventory)
    _edit_manifest(out, change)
    assert _run(inbox, out, inventory) == {"q.csv": "ok"}
    assert (out / (MANIFEST + ".bad")).exists()
    assert _run(inbox, out, inventory) == {"q.csv": "skipped"}


@pytest.mark.parametrize(
    "text",
    ['{"inputs": ' * 100_000, '{"inputs": {"q.csv": 1' + "0" * 5000],
    ids=["deep", "huge-number"],
)
def test_a_manifest_too_deep_or_too_big_to_parse_is_set_aside(tmp_path: Path, text: str) -> None:
    (tmp_path / MANIFEST).write_text(text)
    assert load_manifest(tmp_path) == {}
    assert (tmp_path / (MANIFEST + ".bad")).exists()


# ------------------------------------------------------- 2. a failed redo keeps the good outputs


def test_a_redo_that_cannot_write_keeps_the_last_good_outputs(
    tmp_path: Path, inventory: socproc.Inventory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socproc.write

    inbox, out = _inbox(tmp_path, "q.csv"), tmp_path / "out"
    _run(inbox, out, inventory)
    before = {name: (out / name).read_bytes() for name in _files(out) if ".response." in name}

    def disk_full(*_: object) -> None:
        raise OutputError("q.response.xlsx", "cannot write the output (No space left on device)")

    monkeypatch.setattr(socproc.write, "write_response_workbook", disk_full)
    with (inbox / "q.csv").open("a", encoding="utf-8") as fh:
        fh.write("\n")  # changed, so redone
    assert _run(inbox, out, inventory) == {"q.csv": "failed"}
    assert {name: (out / name).read_bytes() for name in before} == before
    assert set(load_manifest(out)) == {"q.csv"}  # still recorded, so redone next time
    monkeypatch.undo()
    assert _run(inbox, out, inventory) == {"q.csv": "ok"}


@pytest.mark.parametrize("where", ["vendor", "answer"])
def test_text_no_output_can_hold_stops_the_run_before_it_touches_anything(
    tmp_path: Path, where: str
) -> None:
    inbox, out = _inbox(tmp_path, "q.csv"), tmp_path / "out"
    args = ["run", str(inbox), "--out", str(out), "--as-of", AS_OF, "--inventory"]
    assert CliRunner().invoke(cli, [*args, str(INVENTORY)]).exit_code == 0
    before = {name: (out / name).read_bytes() for name in _files(out)}
    bad = tmp_path / "bad.yaml"
    text = INVENTORY.read_text(encoding="utf-8")
    if where == "vendor":
        bad.write_text(text.replace("vendor: Acme Payroll Cloud", 'vendor: "Acme \\uD800"'))
        extra: list[str] = []
    else:
        bad.write_text(text)
        library = tmp_path / "answers.yaml"
        library.write_text('answers:\n  - question: "Do you encrypt?"\n    answer: "Yes \\uDC80"\n')
        extra = ["--answers", str(library)]
    result = CliRunner().invoke(cli, [*args, str(bad), *extra])
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(str(tmp_path))  # the file at fault, by its loader
    assert {name: (out / name).read_bytes() for name in _files(out)} == before


def test_an_inventory_object_with_unwritable_text_is_refused_before_the_run(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    import dataclasses

    from socproc.errors import ConfigError

    inbox, out = _inbox(tmp_path, "q.csv"), tmp_path / "out"
    _run(inbox, out, inventory)
    before = {name: (out / name).read_bytes() for name in _files(out)}
    bad = dataclasses.replace(inventory, vendor="Acme \ud800")  # built in code, not loaded
    with pytest.raises(ConfigError, match="unpaired surrogate") as info:
        _run(inbox, out, bad, force=True)
    assert info.value.where == "vendor" and "\n" not in info.value.line()
    assert {name: (out / name).read_bytes() for name in _files(out)} == before


# -------------------------------------------------------------------- 3. outputs never meet


@pytest.mark.parametrize(
    "rels",
    [
        ["q.xlsx", "q.csv", "q.xlsx.csv"],
        ["A/q.xlsx", "a/q.xlsx"],
        ["Q.xlsx", "q.xlsx", "q.CSV"],
        ["q.xlsx", "q.csv", "q.xlsx.csv", "q.xlsx~" + "0" * 8 + ".csv"],
        ["caf\u00e9.csv", "cafe\u0301.csv", "CAF\u00c9.xlsx"],  # NFC, NFD: one name on macOS
        ["q..csv", "q.csv", "q. .csv"],
    ],
)
def test_output_bases_never_meet_whatever_the_case(rels: list[str]) -> None:
    bases = output_bases(rels)
    assert len(
        {unicodedata.normalize("NFC", b).casefold().rstrip(". ") for b in bases.values()}
    ) == len(rels)
    for rel, base in bases.items():
        assert owns_output(rel, base + ".response.xlsx")
        assert not any(
            owns_output(other, base + ".response.xlsx") for other in rels if other != rel
        )


def test_inputs_that_would_share_output_names_each_keep_their_own(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    inbox, out = _inbox(tmp_path, "q.csv", "q.xlsx.csv"), tmp_path / "out"
    shutil.copy(SAMPLES / "contoso_bank_vendor_assessment.xlsx", inbox / "q.xlsx")
    assert set(_run(inbox, out, inventory).values()) == {"ok"}
    sources = {
        json.loads(p.read_text(encoding="utf-8"))["source"] for p in out.glob("*.response.json")
    }
    assert len(sources) == 3
    manifest = load_manifest(out)
    assert len({o for e in manifest.values() for o in e.outputs}) == sum(
        len(e.outputs) for e in manifest.values()
    )
    assert set(_run(inbox, out, inventory).values()) == {"skipped"}


# ---------------------------------------------------------------------------- 4. the lock


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)


def test_an_empty_lock_left_by_a_run_that_died_is_taken_over(tmp_path: Path) -> None:
    (tmp_path / LOCK).write_text("")
    _age(tmp_path / LOCK, 30)
    with FolderLock(tmp_path, wait=1) as lock:
        assert lock.held


def test_a_fresh_empty_lock_is_waited_for(tmp_path: Path) -> None:
    (tmp_path / LOCK).write_text("")  # a run writing its lock this instant
    with pytest.raises(LockedError), FolderLock(tmp_path, wait=0.3):
        pass


def test_a_full_disk_while_taking_the_lock_leaves_no_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socproc.batch.lock as lock_module

    def full(*_: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lock_module.os, "write", full)
    with pytest.raises(OutputError, match="No space left on device"), FolderLock(tmp_path, wait=1):
        pass
    monkeypatch.undo()
    assert not (tmp_path / LOCK).exists()


def test_a_lock_that_is_a_folder_with_files_stops_at_once_in_one_line(tmp_path: Path) -> None:
    (tmp_path / LOCK).mkdir()
    (tmp_path / LOCK / "keep.txt").write_text("x")
    start = time.monotonic()
    with pytest.raises(LockedError, match="taken by a folder"), FolderLock(tmp_path, wait=30):
        pass
    assert time.monotonic() - start < 5
    assert (tmp_path / LOCK / "keep.txt").exists()


def test_an_old_empty_folder_as_lock_is_taken_over(tmp_path: Path) -> None:
    (tmp_path / LOCK).mkdir()
    _age(tmp_path / LOCK, 30)
    with FolderLock(tmp_path, wait=1) as lock:
        assert lock.held and (tmp_path / LOCK).is_file()


@posix_only
def test_a_dangling_link_as_lock_is_taken_over_and_its_target_left(tmp_path: Path) -> None:
    (tmp_path / LOCK).symlink_to(tmp_path / "nowhere")
    _age(tmp_path / LOCK, 30)
    with FolderLock(tmp_path, wait=1) as lock:
        assert lock.held and not (tmp_path / LOCK).is_symlink()
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("body", ['{"host": "%s", "pid": 1e400}', '{"host": "%s", "pid": "x"}'])
def test_a_lock_with_a_nonsense_pid_does_not_crash(tmp_path: Path, body: str) -> None:
    import socket

    (tmp_path / LOCK).write_text(body % socket.gethostname())
    _age(tmp_path / LOCK, 30)
    with FolderLock(tmp_path, wait=1) as lock:
        assert lock.held


# ---------------------------------------------------------------------------- 5. names


def test_shown_names_are_printable_and_never_alike() -> None:
    names = ["caf\udce9.csv", "caf\\xe9.csv", "a\nb.csv", "a\\nb.csv", "x\u202ey.csv", "plain.csv"]
    shown = [shown_name(n) for n in names]
    assert len(set(shown)) == len(names)
    assert all(s.isprintable() or "\u00a0" in s for s in shown)
    assert shown[0] == "caf\\xe9.csv" and shown[-1] == "plain.csv"
    for s in shown:
        s.encode("utf-8")


@posix_only
@pytest.mark.parametrize("raw", [b"caf\xe9.csv", b"two\nlines.csv"])
def test_an_odd_file_name_is_processed_and_recorded_escaped(
    tmp_path: Path, inventory: socproc.Inventory, raw: bytes
) -> None:
    inbox, out = _inbox(tmp_path), tmp_path / "out"
    try:
        shutil.copy(CSV, os.fsdecode(bytes(inbox) + b"/" + raw))
    except OSError:
        pytest.skip("the file system refuses the name")
    result = CliRunner().invoke(
        cli, ["run", str(inbox), "--inventory", str(INVENTORY), "--out", str(out), "--as-of", AS_OF]
    )
    assert result.exit_code == 0, result.output
    shown = shown_name(os.fsdecode(raw))
    record = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    assert [(i["path"], i["status"]) for i in record["inputs"]] == [(shown, "ok")]
    assert (out / "_summary.xlsx").exists()
    assert all("\n" not in p.name for p in out.iterdir())
    result = CliRunner().invoke(
        cli, ["run", str(inbox), "--inventory", str(INVENTORY), "--out", str(out), "--as-of", AS_OF]
    )
    assert "1 skipped" in result.stdout


def test_a_very_long_name_is_shortened_not_blamed_on_the_folder(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    name = "q" * 236 + ".csv"  # 240 characters: NAME.response.xlsx would pass 255 bytes
    inbox, out = _inbox(tmp_path, name), tmp_path / "out"
    assert _run(inbox, out, inventory) == {name: "ok"}
    made = [p.name for p in out.iterdir() if ".response." in p.name]
    assert len(made) == 2 and all(len(n.encode()) <= 255 for n in made)
    assert _run(inbox, out, inventory) == {name: "skipped"}


# ---------------------------------------------------------------------------- 6. paths


@posix_only
def test_a_link_to_a_file_outside_the_inbox_is_not_followed(
    tmp_path: Path, inventory: socproc.Inventory, caplog: pytest.LogCaptureFixture
) -> None:
    secret = tmp_path / "private" / "secret.csv"
    secret.parent.mkdir()
    shutil.copy(CSV, secret)
    secret.chmod(0o600)
    inbox, out = _inbox(tmp_path, "q.csv"), tmp_path / "out"
    (inbox / "link.csv").symlink_to(secret)
    shutil.copy(CSV, inbox / "inside.csv.orig")
    (inbox / "inner.csv").symlink_to(inbox / "inside.csv.orig")  # within the inbox: fine
    with caplog.at_level(logging.WARNING, "socproc.batch"):
        statuses = _run(inbox, out, inventory)
    assert set(statuses) == {"q.csv", "inner.csv"}
    assert not list(out.glob("link.*"))
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [str(inbox / "link.csv")]
    # Named on the command line, it is the user's choice, and it is read.
    assert _run(inbox / "link.csv", out, inventory) == {"link.csv": "ok"}


@posix_only
def test_outputs_are_never_written_through_a_link_inside_out(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    inbox, out, elsewhere = _inbox(tmp_path, "top.csv"), tmp_path / "out", tmp_path / "elsewhere"
    (inbox / "sub").mkdir()
    shutil.copy(CSV, inbox / "sub" / "q.csv")
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    batch = socproc.process_folder(inbox, inventory, AS_OF, out_dir=out, jobs=1)
    statuses = {r.path: (r.status, r.error) for r in batch.inputs}
    assert statuses["top.csv"] == ("ok", None)
    status, error = statuses["sub/q.csv"]
    assert status == "failed" and error and "symbolic link" in error and "\n" not in error
    assert list(elsewhere.iterdir()) == []


def test_dotdot_in_a_path_argument_never_writes_outside_out(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    base = tmp_path / "x"
    (base / "in1").mkdir(parents=True)
    (base / "in2").mkdir()
    (tmp_path / "y").mkdir()
    shutil.copy(CSV, base / "in1" / "a.csv")
    shutil.copy(CSV, tmp_path / "y" / "b.csv")
    out = base / "out"
    roots = [base / "in1", base / "in2" / ".." / ".." / "y" / "b.csv"]
    before = _files(tmp_path)
    assert set(_run(roots, out, inventory).values()) == {"ok"}
    new = _files(tmp_path) - before
    assert new and all(name.startswith("x/out/") for name in new)
    assert any(name.startswith("x/out/y/b.") for name in new)  # under the common parent


# ------------------------------------------------------------------ 7. recorded as it goes


def test_each_finished_input_is_recorded_before_the_run_ends(tmp_path: Path) -> None:
    entry = ManifestEntry("d" * 64, "k", ("q.response.json",), {"path": "q.csv"}, {})
    record_finished(tmp_path, "q.csv", entry)
    with (tmp_path / JOURNAL).open("a") as fh:
        fh.write('{"path": "r.csv", "entry": {"dig')  # cut short by a kill
    assert load_manifest(tmp_path) == {"q.csv": entry}
    tampered = ManifestEntry("d" * 64, "k", ("../x.response.json",), {}, {})
    record_finished(tmp_path, "t.csv", tampered)
    assert set(load_manifest(tmp_path, owns_output)) == {"q.csv"}
