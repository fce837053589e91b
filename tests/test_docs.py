"""The docs cannot go stale: the notebook walkthrough runs, and docs/cli.md is the script's output."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from helpers import load_script

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# A ```python block, optionally followed (blank lines only between) by a ```text block: what
# the python block prints.
_BLOCK = re.compile(
    r"^```python\n(?P<code>.*?)^```\n(?:\s*^```text\n(?P<out>.*?)^```\n)?",
    re.MULTILINE | re.DOTALL,
)


def notebook_blocks(text: str) -> list[tuple[str, str | None]]:
    """The (code, expected output or None) pairs of a markdown walkthrough, in order."""
    return [(m["code"], m["out"]) for m in _BLOCK.finditer(text)]


def _load_script() -> ModuleType:
    return load_script("cli_reference")


def test_notebook_blocks_run_in_order_and_print_what_the_doc_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = notebook_blocks((DOCS / "notebook.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 10
    # The walkthrough runs from the repository root; a copy of the samples keeps it hermetic.
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__notebook__"}
    for i, (code, expected) in enumerate(blocks, start=1):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"docs/notebook.md block {i}", "exec"), namespace)
        if expected is not None:
            got = [line.rstrip() for line in printed.getvalue().splitlines()]
            want = [line.rstrip() for line in expected.splitlines()]
            assert got == want, f"block {i} printed something else than docs/notebook.md shows"


def test_notebook_pins_the_date_of_every_processing_call() -> None:
    text = (DOCS / "notebook.md").read_text(encoding="utf-8")
    code = "".join(c for c, _ in notebook_blocks(text))
    calls = re.findall(r"socproc\.process(?:_folder)?\((.*?)\)\n", code, re.DOTALL)
    assert calls
    assert all("as_of=" in call for call in calls)


def test_notebook_block_parser_pairs_code_with_its_output() -> None:
    text = "```python\nprint(1)\n```\n\n```text\n1\n```\n\nprose\n\n```python\nx = 2\n```\n"
    assert notebook_blocks(text) == [("print(1)\n", "1\n"), ("x = 2\n", None)]


def test_cli_reference_is_generated_from_help() -> None:
    script = _load_script()
    expected = script.render()
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == expected, (
        "docs/cli.md is stale — run python scripts/cli_reference.py --write"
    )


def test_cli_reference_covers_every_command_and_environment_variable() -> None:
    from socproc.cli import cli

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"## socproc {name}\n" in text
    for var in ("SOCPROC_INVENTORY", "SOCPROC_OUT", "SOCPROC_AS_OF", "SOCPROC_JOBS"):
        assert f"`{var}`" in text


def test_docs_link_to_files_that_exist() -> None:
    for page in ("guide.md", "notebook.md", "cli.md"):
        text = (DOCS / page).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([a-z_\-]+\.md)(?:#[a-z0-9\-]+)?\)", text):
            assert (DOCS / target).is_file(), f"{page} links to missing {target}"
