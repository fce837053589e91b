"""Hostile inputs, second pass (issue #22): readers and filled copies never stall, never blow
memory, never trace back, and never carry macros or a live formula to the buyer.

Every hostile input is built here, small enough to keep the test fast but shaped so that a
quadratic or unbounded reader would take seconds to minutes on it.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from socproc.errors import CorruptFile, SocprocError
from socproc.model import Settings
from socproc.read import read_document
from socproc.read.vsaq import nesting_depth, strip_html

VSAQ_ITEM = {"type": "yesno", "id": "q1", "text": "Do you have a SOC 2 Type II report?"}


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def vsaq_text(extra: str = "", text: str = "Do you have a SOC 2 Type II report?") -> str:
    item = json.dumps({**VSAQ_ITEM, "text": text})
    return '{"questionnaire": [' + item + "]" + extra + "}"


# --------------------------------------------------------------------------- 1. stalls

# About 1 MB each, in the shapes that make a backtracking pattern retry a run from every
# position: blank lines, comment-like lines, unclosed tags, dangling concatenations,
# unclosed strings with escapes, entity prefixes.
MB = 1_000_000
VSAQ_PADDING: dict[str, str] = {
    "blank lines": "\n" * MB,
    "blank lines with spaces": " \n\t" * (MB // 3),
    "quote plus blanks": '"+' + " \n" * (MB // 2),
    "many quote plus": '" +' * (MB // 3),
}
HTML_TEXT: dict[str, str] = {
    "unclosed tags": "<" * MB,
    "unclosed block tags": "<br" * (MB // 3),
    "spaced block tags": "< " * (MB // 2),
    "entity prefixes": "&#" + "1" * 10 + "&a" * (MB // 2),
    "escaped quotes": '\\"' * (MB // 2),
}


@pytest.mark.parametrize("shape", list(VSAQ_PADDING))
def test_vsaq_padding_is_read_or_refused_in_linear_time(tmp_path: Path, shape: str) -> None:
    # Before: 160 KB of blank lines took 31 s (quadratic comment and concatenation patterns).
    path = tmp_path / "q.json"
    path.write_text(vsaq_text()[:-1] + VSAQ_PADDING[shape] + "}", encoding="utf-8")

    def read() -> None:
        with contextlib.suppress(SocprocError):  # refusing is fine; stalling is not
            read_document(path)

    seconds = timed(read)
    assert seconds < 0.5, f"{shape}: {seconds:.2f}s"


def test_vsaq_blank_lines_are_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "q.json"
    path.write_text(vsaq_text()[:-1] + "\n  \n" * 1000 + "}", encoding="utf-8")
    assert read_document(path).blocks[0].item_id == "q1"


@pytest.mark.parametrize("shape", list(HTML_TEXT))
def test_vsaq_markup_is_stripped_in_linear_time(shape: str) -> None:
    text = HTML_TEXT[shape]
    seconds = timed(lambda: strip_html(text))
    assert seconds < 0.5, f"{shape}: {seconds:.2f}s"


def test_vsaq_strip_html_keeps_its_meaning() -> None:
    assert strip_html("a<br>b< p class='x'>c<b>d</b>e<bra>f") == "a\nb\ncdef"
    assert strip_html("x < y and 2<3") == "x < y and 2<3"
    assert strip_html("a <b unclosed") == "a <b unclosed"


def test_vsaq_javascript_concatenation_still_joins_lines(tmp_path: Path) -> None:
    path = tmp_path / "q.json"
    path.write_text(
        '// header\n{"questionnaire": [{"type": "yesno", "id": "q1", "text": "Do you have" +\n'
        '   " a SOC 2 report?"}]}',
        encoding="utf-8",
    )
    assert read_document(path).blocks[0].text == "Do you have a SOC 2 report?"


def test_json_depth_is_measured_in_linear_time() -> None:
    assert nesting_depth('["[[", {"a": [1]}, "\\\\"]') == 3
    for text in ("[" * MB, '"\\' * (MB // 2), '"' * MB, "[]" * (MB // 2)):
        assert timed(lambda text=text: nesting_depth(text)) < 1.0


def nested_items(depth: int) -> str:
    """A VSAQ template whose one question sits `depth` blocks deep (two brackets a level)."""
    text = json.dumps(VSAQ_ITEM)
    for i in range(depth):
        text = f'{{"type": "block", "id": "b{i}", "text": "Part {i}", "items": [{text}]}}'
    return '{"questionnaire": [' + text + "]}"


def test_vsaq_nested_ninety_blocks_deep_is_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(nested_items(90), encoding="utf-8")
    assert len(read_document(path).blocks) == 91


@pytest.mark.parametrize("depth", [120, 480, 5_000])
def test_deep_vsaq_items_are_one_line_whatever_the_stack(tmp_path: Path, depth: int) -> None:
    # Before: 480 levels read in `extract` but failed in a batch worker (less stack left).
    path = tmp_path / "deep.json"
    path.write_text(nested_items(depth), encoding="utf-8")
    with pytest.raises(CorruptFile, match="nested more than 200 levels deep"):
        read_document(path)


@pytest.mark.parametrize("depth", [990, 200_000])
def test_deep_json_values_are_one_line(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.json"
    path.write_text(vsaq_text(', "x": ' + "[" * depth + "]" * depth), encoding="utf-8")
    with pytest.raises(CorruptFile, match="nested more than 200 levels deep"):
        read_document(path)


def test_huge_vsaq_numbers_are_text_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    item = json.dumps({**VSAQ_ITEM, "id": 1})
    item = item.replace('"id": 1', '"id": ' + "9" * 5_000)
    path.write_text(
        '{"questionnaire": [' + item + '], "n": ' + "9" * 400 + ".5e99999999999}",
        encoding="utf-8",
    )
    block = read_document(path).blocks[0]
    assert block.item_id == "9" * 5_000


def test_settings_default_is_used(tmp_path: Path) -> None:
    # Guard for the helpers above: a plain template reads with default settings.
    path = tmp_path / "ok.json"
    path.write_text(vsaq_text(), encoding="utf-8")
    assert read_document(path, Settings()).blocks[0].item_id == "q1"
