"""Regenerate tests/golden/: cell values and fills of one sample's outputs, clock and version pinned.

    python scripts/regen_golden.py

Run it only when a change to the outputs is intended, and review the diff of the JSON.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "questionnaires" / "contoso_bank_vendor_assessment.xlsx"
INVENTORY = ROOT / "samples" / "inventory.yaml"
GOLDEN = ROOT / "tests" / "golden" / "contoso_bank_vendor_assessment.json"
AS_OF = "2026-11-26"


def snapshot_workbook(path: Path) -> dict[str, Any]:
    """Every sheet's cell values (as strings, row by row) and the fills of non-blank cells."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    sheets: dict[str, Any] = {}
    for ws in wb.worksheets:
        rows, fills = [], {}
        for row in ws.iter_rows():
            values = ["" if c.value is None else str(c.value) for c in row]
            while values and values[-1] == "":
                values.pop()
            rows.append(values)
            for c in row:
                color = c.fill.fgColor.rgb if c.fill and c.fill.fill_type == "solid" else None
                if color and c.value is not None:
                    fills[c.coordinate] = str(color)
        while rows and not rows[-1]:
            rows.pop()
        sheets[ws.title] = {"values": rows, "fills": fills}
    return sheets


def snapshot(out_dir: Path) -> dict[str, Any]:
    """The golden record of the sample: its response workbook and the answer cells of its filled copy."""
    import socproc

    inventory = socproc.load_inventory(INVENTORY)
    result = socproc.process(SAMPLE, inventory, as_of=AS_OF)
    result.write(out_dir)
    stem = SAMPLE.stem
    filled = snapshot_workbook(out_dir / f"{stem}.filled.xlsx")
    return {
        "as_of": AS_OF,
        "response": snapshot_workbook(out_dir / f"{stem}.response.xlsx"),
        "filled": {"Vendor Questionnaire": filled["Vendor Questionnaire"]},
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = snapshot(Path(tmp))
    GOLDEN.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
