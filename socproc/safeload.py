"""load_yaml(), load_json(): a hand-written file → plain data and each value's line, or one problem.

Inventories, answer libraries and layout files are written by people and shared between them:
a duplicate key must not silently drop what came first, anchors and aliases must not expand a
few hundred bytes into gigabytes, and deep nesting or a 5,000-digit number must not end in a
traceback. Each of those is refused here as a `LoadProblem` naming the line.
"""

from __future__ import annotations

import json
from typing import Any

import yaml
from yaml.events import CollectionEndEvent, CollectionStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# No hand-written inventory nests deeper than ~8 levels; 64 leaves room and stops a
# `[[[[...` bomb long before Python's recursion limit.
MAX_DEPTH = 64
# Values reachable through aliases beyond those written out: an anchor reused a few times is
# fine; one that multiplies the document (the "billion laughs") is refused.
ALIAS_GROWTH = 10
ALIAS_ALLOWANCE = 10_000
MAX_NUMBER_DIGITS = 30

_STR, _NULL, _MAP, _SEQ = (f"tag:yaml.org,2002:{t}" for t in ("str", "null", "map", "seq"))
_MERGE = "tag:yaml.org,2002:merge"
_INT = "tag:yaml.org,2002:int"
_NUMBERS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("int", "float", "bool"))

Lines = dict[tuple[str | int, ...], tuple[int, int]]


class LoadProblem(ValueError):
    """Why a file could not be read as data, at `line` (1-based) when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        if self.line and self.column:
            return f"line {self.line}, column {self.column}: {self.message}"
        return f"line {self.line}: {self.message}" if self.line else self.message


# libyaml (when PyYAML was built with it) composes about six times faster than pure Python,
# but its composer recurses in C: nesting is measured on its event stream first, which does
# not recurse, so that a `[[[[...` bomb is refused before it can crash the process.
_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextLoader(_SafeBase):  # type: ignore[misc]
    """SafeLoader reading every plain scalar as text except null (and `<<` merges).

    YAML 1.1 would turn `2026-09-30` into a date, `answer: Yes` into True and `question_id:
    1.10` into 1.1: all silently wrong for files whose values are text.
    """


class _NumberLoader(_SafeBase):  # type: ignore[misc]
    """SafeLoader as it is: integers, floats and booleans read as such (layout files)."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag in (_NULL, _MERGE)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str, numbers: bool = False) -> tuple[Any, Lines]:
    """The data of a YAML document and the (line, column) of each value by its path.

    Values are text (and null) unless `numbers`, when plain integers, floats and booleans are
    read as such. Raises LoadProblem for a syntax error, a duplicate key, an explicit tag of
    another type, alias expansion, nesting deeper than MAX_DEPTH or an over-long number.
    """
    kind = _NumberLoader if numbers else _TextLoader
    try:
        _check_depth(kind, text)
        loader = kind(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, {}
            lines = _check(node, numbers)
            try:
                return loader.construct_document(node), lines
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                # `!!float abc`, `!!bool maybe`: a value its explicit tag cannot read.
                raise LoadProblem(
                    "a value does not read as the type its tag (!!...) gives — remove the tag"
                ) from exc
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        what = getattr(exc, "problem", None) or "invalid YAML"
        fix = (
            "write the character itself, or remove the escape"
            if "escape" in what
            else "fix the indentation or quoting there"
        )
        raise LoadProblem(
            f"YAML syntax error ({what}) — {fix}",
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        ) from exc
    except UnicodeEncodeError as exc:  # a lone surrogate handed to libyaml
        raise LoadProblem("contains a lone surrogate, which is not text — remove it") from exc
    except RecursionError as exc:
        raise LoadProblem(f"nested more than {MAX_DEPTH} levels deep — flatten it") from exc


def _check_depth(kind: Any, text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH from the parser's events (no recursion)."""
    parser = kind(text)
    depth = 0
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    raise LoadProblem(
                        f"nested more than {MAX_DEPTH} levels deep — flatten it",
                        mark.line + 1 if mark else None,
                    )
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
    finally:
        parser.dispose()


def _check(root: Node, numbers: bool) -> Lines:
    """Walk the node graph once (iteratively): every refusal, and the line of each path."""
    allowed = {_STR, _NULL, _MERGE} | (_NUMBERS if numbers else set())
    lines: Lines = {(): (root.start_mark.line + 1, root.start_mark.column + 1)}
    written = 0
    # Size of each node with its aliases expanded, counted without expanding them.
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Node, tuple[str | int, ...], bool]] = [(root, (), False)]
    while stack:
        node, path, done = stack.pop()
        nid = id(node)
        if done:
            open_nodes.discard(nid)
            sizes[nid] = 1 + sum(sizes[id(c)] for c in _children(node))
            continue
        if nid in open_nodes:
            line = node.start_mark.line + 1
            raise LoadProblem("an alias (*name) refers to the value that contains it", line)
        if nid in sizes:
            continue  # an alias of a value already walked
        written += 1
        if node.__class__ is ScalarNode:
            _check_scalar(node, allowed)
            sizes[nid] = 1
            continue
        _check_collection(node)
        open_nodes.add(nid)
        stack.append((node, path, True))
        if isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                if id(key) not in sizes:
                    written += 1
                    _check_scalar(key, allowed)
                    sizes[id(key)] = 1
                # A value is found at its key: `reports:` rather than the first item below it.
                here = (*path, str(key.value))
                lines[here] = (key.start_mark.line + 1, key.start_mark.column + 1)
                stack.append((value, here, False))
        else:
            for i in range(len(node.value) - 1, -1, -1):
                item = node.value[i]
                here = (*path, i)
                lines[here] = (item.start_mark.line + 1, item.start_mark.column + 1)
                stack.append((item, here, False))
    expanded = sizes[id(root)]
    if expanded > ALIAS_GROWTH * written + ALIAS_ALLOWANCE:
        raise LoadProblem(
            f"anchors and aliases (&name, *name) expand {written:,} values into {expanded:,} — "
            "write the values out instead"
        )
    return lines


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _check_scalar(node: Node, allowed: set[str]) -> None:
    if not isinstance(node, ScalarNode):
        raise LoadProblem("a key must be plain text", node.start_mark.line + 1)
    if node.tag not in allowed:
        short = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise LoadProblem(
            f"the tag {short} is not allowed here — remove it", node.start_mark.line + 1
        )
    if node.tag == _INT and len(node.value) > MAX_NUMBER_DIGITS:
        raise LoadProblem(
            f"a number of {len(node.value):,} digits — give at most {MAX_NUMBER_DIGITS}",
            node.start_mark.line + 1,
        )
    if not node.value.isascii() and not _is_text(node.value):
        raise LoadProblem(
            "contains a lone surrogate escape (such as \\uD800), which is not text — remove it",
            node.start_mark.line + 1,
        )


def _check_collection(node: Node) -> None:
    line = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        if node.tag != _MAP:
            raise LoadProblem("only plain mappings are allowed here — remove the tag", line)
        seen: dict[str, int] = {}
        for key, _ in node.value:
            if not isinstance(key, ScalarNode):
                raise LoadProblem("a key must be plain text", key.start_mark.line + 1)
            if key.tag == _MERGE:
                continue
            here = key.start_mark.line + 1
            if key.value in seen:
                raise LoadProblem(
                    f"duplicate key '{key.value}' (first on line {seen[key.value]}) — "
                    "keep one: the second would silently replace the first",
                    here,
                )
            seen[key.value] = here
    elif isinstance(node, SequenceNode) and node.tag != _SEQ:
        raise LoadProblem("only plain lists are allowed here — remove the tag", line)


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def load_json(text: str) -> Any:
    """The data of a JSON document; duplicate keys, huge numbers, lone surrogates and deep
    nesting raise LoadProblem (with the line where the parser knows it)."""
    try:
        data = json.loads(text, object_pairs_hook=_unique_pairs)
    except json.JSONDecodeError as exc:
        raise LoadProblem(
            f"invalid JSON ({exc.msg}) — fix the syntax there", exc.lineno, exc.colno
        ) from exc
    except RecursionError as exc:
        raise LoadProblem(f"nested more than {MAX_DEPTH} levels deep — flatten it") from exc
    except LoadProblem:
        raise
    except ValueError as exc:  # an integer beyond Python's digit limit
        raise LoadProblem(
            f"a number too long to read — give at most {MAX_NUMBER_DIGITS} digits"
        ) from exc
    _check_json(data)
    return data


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise LoadProblem(
                f"duplicate key '{key}' — keep one: the second would silently replace the first"
            )
        out[key] = value
    return out


def _check_json(data: Any) -> None:
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise LoadProblem(f"nested more than {MAX_DEPTH} levels deep — flatten it")
        if isinstance(value, dict):
            stack += [(k, depth + 1) for k in value] + [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list):
            stack += [(v, depth + 1) for v in value]
        elif isinstance(value, str) and not _is_text(value):
            raise LoadProblem("contains a lone surrogate escape (such as \\uD800) — remove it")
        elif isinstance(value, int) and len(str(abs(value))) > MAX_NUMBER_DIGITS:
            raise LoadProblem(f"a number of more than {MAX_NUMBER_DIGITS} digits — shorten it")
