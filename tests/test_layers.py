"""The folders are the pipeline, and imports point down (docs/architecture.md).

Every import of socproc/ counts: at module level, inside functions, and under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "socproc"

# Lowest layer first. A module may import its own layer's unit, and any unit below it.
# The unit of a stage package is the package: its modules import one another freely.
LAYERS: tuple[tuple[str, ...], ...] = (
    # 0: records, errors and plumbing that know nothing of the pipeline
    (
        "errors",
        "model",
        "criteria",
        "contract",
        "_version",
        "gcpause",
        "envlimits",
        "signals",
        "forks",
        "safeload",
    ),
    ("read", "inventory"),  # 1: files → cells and paragraphs; YAML → Inventory
    ("extract", "classify", "mapping"),  # 2: the stages
    ("write",),  # 3: workbooks, JSON, filled copies, summary, HTML views
    ("result",),  # 4: Result and Batch, which write themselves
    ("pipeline", "review"),  # 5: one file end to end; a reviewed workbook read back
    ("batch", "import_answers"),  # 6: folders; completed questionnaires → answer library
    ("api", "render", "cli", "__init__", "__main__"),  # 7: the public verbs and the CLI
)
UNIT_LAYER = {unit: n for n, units in enumerate(LAYERS) for unit in units}
# Units of one layer that never import each other (two stages, two readers).
APART = {"read", "inventory", "extract", "classify", "mapping", "batch", "import_answers"}
# Layer-0 modules form a chain of their own: each may import only those listed before it.
LAYER0_ORDER = LAYERS[0]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def unit_of(module: str) -> str:
    """`socproc.mapping.holdings` → `mapping`; `socproc` (the package itself) → `__init__`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports_of(path: Path, text: str | None = None) -> Iterator[tuple[int, str]]:
    """(line, imported socproc module) for every import in the file (or `text`, read as that
    file), wherever it stands."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    text = path.read_text(encoding="utf-8") if text is None else text
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "socproc":
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] != "socproc":
                continue
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                sub = PACKAGE.parent / Path(*candidate.split("."))
                is_module = sub.with_suffix(".py").exists() or (sub / "__init__.py").exists()
                yield node.lineno, candidate if is_module else target


def all_imports() -> list[tuple[str, int, str]]:
    return [
        (module_name(path), line, target)
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, target in imports_of(path)
    ]


def test_every_unit_has_a_layer() -> None:
    units = {unit_of(module_name(p)) for p in PACKAGE.rglob("*.py")}
    assert units <= set(UNIT_LAYER), f"give these a layer: {sorted(units - set(UNIT_LAYER))}"


def test_imports_point_down() -> None:
    wrong = []
    for source, line, target in all_imports():
        a, b = unit_of(source), unit_of(target)
        if a == b:
            continue
        la, lb = UNIT_LAYER[a], UNIT_LAYER[b]
        if lb > la:
            wrong.append(f"{source}:{line} imports {target} (layer {lb} above {la})")
        elif lb == la and (a in APART or b in APART):
            wrong.append(f"{source}:{line} imports {target}: units of one layer stay apart")
        elif lb == la == 0 and LAYER0_ORDER.index(b) > LAYER0_ORDER.index(a):
            wrong.append(f"{source}:{line} imports {target}, listed after it in layer 0")
    assert not wrong, "\n".join(wrong)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    edges: dict[str, set[str]] = {}
    for source, _, target in all_imports():
        if source != target and not source.startswith(target + "."):
            # A module importing its own package's __init__ is Python's import order, not a loop.
            edges.setdefault(source, set()).add(target)
    assert _cycles(edges) == []


@pytest.mark.parametrize(
    "source",
    [
        "from socproc.write import write_outputs\n",
        "def f():\n    from socproc.api import process\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from socproc.result import Result\n",
    ],
)
def test_the_check_sees_every_kind_of_import(source: str) -> None:
    as_if = PACKAGE / "mapping" / "probe.py"
    found = [target for _, target in imports_of(as_if, source)]
    assert found and all(unit_of(t) in ("write", "api", "result") for t in found)


def test_public_verbs_do_not_shadow_their_stages() -> None:
    import socproc
    import socproc.classify
    import socproc.extract

    assert type(socproc.classify).__name__ == "_Stage"
    assert socproc.classify.classify("Please share your SOC 2 Type II report").soc_need
    assert socproc.classify("Please share your SOC 2 Type II report").soc_need
    assert callable(socproc.extract) and hasattr(socproc.extract, "extract_file")


def test_no_source_file_holds_a_control_character() -> None:
    # A "\b" written through an unraw string becomes a backspace: the pattern then never
    # matches, and no test of what it matches says so.
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{n}"
        for path in sorted(PACKAGE.parent.glob("*/**/*.py"))
        if path.parts[-3:-1] != ("tests", "data")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line)
    ]
    assert not found, found
