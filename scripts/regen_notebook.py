"""Refresh the ```text outputs in docs/notebook.md by running its ```python blocks in order.

    python scripts/regen_notebook.py

Run it only when a change to what the walkthrough prints is intended; review the diff.
tests/test_docs.py runs the same blocks and fails when an output no longer matches.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "notebook.md"
BLOCK = re.compile(
    r"(^```python\n(?P<code>.*?)^```\n)(?P<gap>\s*)(?:^```text\n(?P<out>.*?)^```\n)?",
    re.MULTILINE | re.DOTALL,
)


def main() -> None:
    text = NOTEBOOK.read_text(encoding="utf-8")
    namespace: dict[str, object] = {"__name__": "__notebook__"}
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "samples", Path(tmp) / "samples")
        (Path(tmp) / "out").mkdir()
        os.chdir(tmp)
        try:

            def run(match: re.Match[str]) -> str:
                printed = io.StringIO()
                with contextlib.redirect_stdout(printed):
                    exec(compile(match["code"], str(NOTEBOOK), "exec"), namespace)
                if match["out"] is None:
                    return match[0]
                lines = "".join(line.rstrip() + "\n" for line in printed.getvalue().splitlines())
                return f"{match[1]}{match['gap']}```text\n{lines}```\n"

            text = BLOCK.sub(run, text)
        finally:
            os.chdir(here)
    NOTEBOOK.write_text(text, encoding="utf-8")
    print(f"refreshed {NOTEBOOK.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
