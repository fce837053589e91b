"""The Google VSAQ questionnaire reader (.json templates that are JavaScript more than JSON)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeGuard

from socproc.errors import CorruptFile, LimitExceeded
from socproc.model import Block, Document, Settings
from socproc.read.package import OLE_MAGIC, ZIP_MAGIC, check_plain_size, read_head

EXPORT_FIX = "export the questionnaire as .xlsx or .csv"
NOT_VSAQ_FIX = f"socproc reads .json only as Google VSAQ templates; {EXPORT_FIX}"
_COMMENT_LINE = re.compile(r"^\s*//.*$", re.MULTILINE)
# JavaScript string concatenation across lines: "..." +\n "..."
_CONCAT = re.compile(r'"\s*\+\s*\n\s*"')
_BLOCK_TAG = re.compile(r"<\s*(br|/?p|/?div|/?ul|/?ol|/?li|/?h[1-6]|/?tr|/?table)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
# Only entities with their semicolon: html.unescape would read "&amount=" as "&amp;ount=".
_ENTITY = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# A "\ud800" escape with no partner decodes to a lone surrogate, which no UTF-8 output can hold
# (json.loads has already joined the valid pairs).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
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
    text = _CONCAT.sub("", _COMMENT_LINE.sub("", text))
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
    text = _LONE_SURROGATE.sub("\ufffd", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _check(block: Block, path: Path, settings: Settings) -> Block:
    if len(block.text) > settings.max_cell_chars:
        raise LimitExceeded(
            str(path),
            f"item text has {len(block.text):,} characters (limit {settings.max_cell_chars:,})",
            "shorten it or raise max_cell_chars",
            where=block.ref,
        )
    return block
