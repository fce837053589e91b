"""Terminal renderings: the extract table, and check-inventory's warnings, notes and timeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from socproc.cli import cli
from socproc.inventory.load import load_inventory
from socproc.model import Extraction, Requirement, Settings
from socproc.render import requirements, timeline

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "inventory.yaml"


def test_extract_table_has_a_header_and_never_cuts_the_ref() -> None:
    ref = "A Very Long Sheet Name For Controls!B1234"
    found = Extraction(
        requirements=(Requirement(ref=ref, question="Q " * 100, question_id="AC-1"),),
        skipped=(),
    )
    lines = requirements(found, "table").splitlines()
    assert lines[0].split() == ["Ref", "Question", "ID", "Section", "Question"]
    assert lines[1].startswith(ref + " ") and lines[1].endswith("…")
    assert lines[-1] == "1 requirements, 0 rows skipped"


def test_timeline_follows_the_bridge_letter_and_the_freshness_window() -> None:
    inv = load_inventory(SAMPLE)
    before, after = (
        timeline(inv, day, Settings()) for day in (date(2026, 11, 26), date(2027, 3, 1))
    )
    soc2 = next(line for line in before if "soc2-2026" in line)
    # The letter runs through 2026-11-15: a new one is due three months on.
    assert "bridge letter due from 2027-02-16" in soc2
    assert "bridge-2026-11 covers it through 2026-11-15" in soc2
    assert "stale from 2027-10-01" in soc2
    assert any("bridge letter due since 2027-02-16" in line for line in after)
    assert any("iso27001-cert" in line and "expired from 2028-03-14" in line for line in before)


def test_check_inventory_shows_warnings_notes_and_the_timeline(tmp_path: Path) -> None:
    inv = tmp_path / "inventory.yaml"
    inv.write_text(
        "vendor: V\nreports:\n  - {id: a, kind: SOC2, period_end: 2026-06-30, sharing: NDA}\n",
        encoding="utf-8",
    )
    quiet = CliRunner().invoke(cli, ["check-inventory", str(inv)])
    assert quiet.exit_code == 0 and "note:" not in quiet.stdout and "Timeline" not in quiet.stdout
    assert "warning: reports[0]: no period_start, so this SOC 2 is read as a Type I" in quiet.stdout
    loud = CliRunner().invoke(cli, ["check-inventory", str(inv), "-v", "--as-of", "2026-11-26"])
    assert "note: reports[0].kind: 'SOC2' read as 'SOC 2' (line 3)" in loud.stdout
    assert "  a (SOC 2 Type I): bridge letter due since 2026-10-01" in loud.stdout
    bad = CliRunner().invoke(cli, ["check-inventory", str(inv), "--as-of", "0001-01-01"])
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr


def test_the_library_takes_an_inventory_path_and_exports_the_status_colours() -> None:
    import socproc

    csv = SAMPLE.parent / "questionnaires" / "fabrikam_payroll_due_diligence.csv"
    by_path = socproc.process(csv, str(SAMPLE), as_of="2026-11-26")
    by_object = socproc.process(csv, socproc.load_inventory(SAMPLE), as_of="2026-11-26")
    assert by_path.counts() == by_object.counts()
    assert "STATUS_COLOURS" in dir(socproc)
    assert set(socproc.STATUS_COLOURS) == {"covered", "partial", "gap", "review"}
