"""A real consumer opens every output: LibreOffice converts each one to PDF without error."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import socproc

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
INVENTORY = ROOT / "samples" / "inventory.yaml"
OFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.office,
    pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed"),
]


def test_libreoffice_converts_every_output_to_pdf(tmp_path: Path) -> None:
    out = tmp_path / "out"
    inventory = socproc.load_inventory(INVENTORY)
    socproc.process_folder(SAMPLES, inventory, as_of="2026-11-26", out_dir=out, jobs=1)
    outputs = sorted(p for p in out.iterdir() if p.suffix in {".xlsx", ".docx"})
    assert (
        len(outputs) == 3 * 1 + 3 + 1 - 1
    )  # 3 response workbooks, 2 filled Office copies, summary
    pdf = tmp_path / "pdf"
    profile = (tmp_path / "profile").as_uri()
    assert OFFICE is not None
    done = _convert(OFFICE, profile, pdf, outputs)
    assert done.returncode == 0, done.stderr
    for path in outputs:
        converted = pdf / (path.stem + ".pdf")
        if not converted.exists():
            # A batch conversion now and then fails to load one file under load; alone, a
            # file LibreOffice can read converts, and one it cannot still fails here.
            done = _convert(OFFICE, profile, pdf, [path])
        assert converted.exists(), f"LibreOffice could not open {path.name}: {done.stderr}"
        assert converted.stat().st_size > 1000
    # Printed as set up (landscape, one page wide, pages running down): the 22-requirement
    # sample fits a few pages, where LibreOffice's defaults split it over 17.
    workbook = pdf / "contoso_bank_vendor_assessment.response.pdf"
    assert _pages(workbook) <= 6


def _convert(
    office: str, profile: str, pdf: Path, files: list[Path]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _pages(path: Path) -> int:
    """Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", path.read_bytes()))
