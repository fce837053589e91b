"""The Google VSAQ questionnaire reader (.json templates that are JavaScript more than JSON)."""

from __future__ import annotations

import html
import json
import operator
import re
from collections.abc import Iterator
from itertools import accumulate, count
from pathlib import Path
from typing import Any, TypeGuard

from socproc.errors import CorruptFile, LimitExceeded
from socproc.model import Block, Document, Settings
from socproc.read.package import OLE_MAGIC, ZIP_MAGIC, check_plain_size, read_head

EXPORT_FIX = "export the questionnaire as .xlsx or .csv"
NOT_VSAQ_FIX = f"socproc reads .json only as Google VSAQ templates; {EXPORT_FIX}"
# Every pattern here runs on a buyer's text and is linear: no two quantifiers can share a
# character, so no input makes the engine retry a run at each of its positions.
# JavaScript string concatenation across lines: "..." +\n "..."; possessive runs that cannot
# trade characters, so a long run of blanks is scanned once.
_CONCAT = re.compile(r'"\s*+\+[^\S\n]*+\n\s*+"')
_BLOCK_NAME = re.compile(r"\s*+/?(br|p|div|ul|ol|li|h[1-6]|tr|table)\b", re.I)
# Only entities with their semicolon: html.unescape would read "&amount=" as "&amp;ount=".
_ENTITY = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# A "\ud800" escape with no partner decodes to a lone surrogate, which no UTF-8 output can hold
# (json.loads has already joined the valid pairs).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A JSON string, escapes included; an unclosed one runs to the end, so that no failed match
# is retried from a later quote (which would be quadratic).
_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
# Opening brackets count 2, closing ones 0: depth after n brackets is their sum minus n.
_BRACKET_STEP = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")
# Real VSAQ templates nest about ten deep. Deeper input is refused before parsing, so the
# answer does not depend on how much stack the caller has already used.
MAX_DEPTH = 200
CHOICE_TYPES = ("radiogroup", "checkgroup")
YESNO_CHOICES = ("Yes", "No")


def read_vsaq(path: Path, settings: Settings) -> Document:
    """Read a VSAQ template: every item in document order, `block` items as headings."""
    path = Path(path)
    data = load_vsaq(path, settings)
    blocks = tuple(
        _check(b, path, settings) for b in walk(data["questionnaire"], "questionnaire", 0)
    )
    return Document(path=str(path), format="json", blocks=blocks)


def load_vsaq(path: Path, settings: Settings) -> dict[str, Any]:
    """Parse the not-quite-JSON text and check it is VSAQ-shaped."""
    head = read_head(path)
    if not head:
        raise CorruptFile(str(path), "is empty (0 bytes)", "save the questionnaire again")
    if head.startswith((ZIP_MAGIC, OLE_MAGIC)):
        raise CorruptFile(
            str(path),
            "is an Office file named .json",
            "give it its real extension (.xlsx or .docx)",
        )
    check_plain_size(path, settings)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorruptFile(
            str(path), f"is not UTF-8 text ({exc.reason})", "save it as UTF-8"
        ) from exc
    text = _CONCAT.sub("", drop_comment_lines(text))
    if nesting_depth(text) > MAX_DEPTH:
        raise CorruptFile(str(path), f"is nested more than {MAX_DEPTH} levels deep", NOT_VSAQ_FIX)
    try:
        # Integers stay text: an id of 5,000 digits must not trip int()'s digit limit.
        data = json.loads(text, parse_int=str)
    except json.JSONDecodeError as exc:
        raise CorruptFile(
            str(path),
            f"is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
            f"fix the JSON syntax or {EXPORT_FIX}",
        ) from exc
    except RecursionError as exc:
        raise CorruptFile(str(path), "is nested too deeply to read", NOT_VSAQ_FIX) from exc
    except ValueError as exc:  # a number json cannot convert
        raise CorruptFile(str(path), f"is not valid JSON ({exc})", NOT_VSAQ_FIX) from exc
    if not is_vsaq(data):
        raise CorruptFile(str(path), "is not a VSAQ questionnaire", NOT_VSAQ_FIX)
    return data


def nesting_depth(text: str) -> int:
    """How deep the JSON's brackets nest, brackets inside strings not counted."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text)).encode("ascii")
    steps = brackets.translate(_BRACKET_STEP)
    # All in C: a million brackets take milliseconds.
    return max(map(operator.sub, accumulate(steps), count(1)), default=0)


def drop_comment_lines(text: str) -> str:
    """Blank out the `// ...` lines of the template (whole-line comments only: "http://" stays)."""
    if "//" not in text:
        return text
    lines = text.split("\n")
    return "\n".join("" if line.lstrip().startswith("//") else line for line in lines)


def is_vsaq(data: object) -> TypeGuard[dict[str, Any]]:
    """A dict with a non-empty `questionnaire` list of typed items."""
    if not isinstance(data, dict):
        return False
    items = data.get("questionnaire")
    return (
        isinstance(items, list)
        and bool(items)
        and all(isinstance(i, dict) and isinstance(i.get("type"), str) for i in items)
    )


def walk(items: list[Any], ref: str, level: int) -> Iterator[Block]:
    """Pre-order over items and their nested `items`, iteratively (no recursion limit)."""
    stack: list[tuple[list[Any], str, int, int]] = [(items, ref, level, 0)]
    while stack:
        seq, base, depth, index = stack.pop()
        if index >= len(seq):
            continue
        stack.append((seq, base, depth, index + 1))
        item = seq[index]
        if not isinstance(item, dict):
            continue
        here = f"{base}[{index}]"
        yield to_block(item, here, depth)
        children = item.get("items")
        if isinstance(children, list) and children:
            stack.append((children, f"{here}.items", depth + 1, 0))


def to_block(item: dict[str, Any], ref: str, level: int) -> Block:
    """One VSAQ item as a Block; `block` items become headings so they can name sections."""
    kind = str(item.get("type", ""))
    item_id = item.get("id")
    return Block(
        kind="heading" if kind == "block" else "item",
        ref=ref,
        text=strip_html(str(item.get("text", ""))),
        level=level,
        item_id=_LONE_SURROGATE.sub("\ufffd", str(item_id)) if item_id is not None else None,
        item_type=kind,
        choices=choice_labels(item),
    )


def choice_labels(item: dict[str, Any]) -> tuple[str, ...]:
    """The labels of a radiogroup/checkgroup (`[{choice_id: label}, ...]`), plain text."""
    if item.get("type") == "yesno":
        return YESNO_CHOICES
    if item.get("type") not in CHOICE_TYPES or not isinstance(item.get("choices"), list):
        return ()
    labels: list[str] = []
    for choice in item["choices"]:
        values = choice.values() if isinstance(choice, dict) else [choice]
        labels.extend(strip_html(str(v)) for v in values)
    return tuple(label for label in labels if label)


def strip_html(text: str) -> str:
    """Markup to plain text: block tags become line breaks, other tags vanish, entities decode;
    a lone surrogate becomes U+FFFD, as an undecodable character does elsewhere."""
    text = drop_tags(_LONE_SURROGATE.sub("\ufffd", text))
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def drop_tags(text: str) -> str:
    """Block tags become line breaks and other `<...>` tags vanish, in one pass.

    Found with str.find, not a regex: once no ">" follows a "<", no later "<" can close
    either, so the scan stops there instead of retrying from every "<" (quadratic).
    """
    if "<" not in text:
        return text
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<", pos)
        end = text.find(">", start + 1) if start >= 0 else -1
        if end < 0:
            out.append(text[pos:])
            return "".join(out)
        out.append(text[pos:start])
        if _BLOCK_NAME.match(text, start + 1, end):
            out.append("\n")
        pos = end + 1


def _check(block: Block, path: Path, settings: Settings) -> Block:
    if len(block.text) > settings.max_cell_chars:
        raise LimitExceeded(
            str(path),
            f"item text has {len(block.text):,} characters (limit {settings.max_cell_chars:,})",
            "shorten it or raise max_cell_chars",
            where=block.ref,
        )
    return block
