"""The .docx/.docm reader: body paragraphs and tables in order, with lists, headings and checkboxes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from socproc.errors import CorruptFile, LimitExceeded
from socproc.model import Block, Document, Settings
from socproc.read.package import check_kind, open_package, resave_fix, scan_xml_parts

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
CHECKED, UNCHECKED = "☒", "☐"
# Wingdings box glyphs some forms use instead of form fields.
_SYM_BOXES = {
    "F0FE": CHECKED,
    "F078": CHECKED,
    "F0FD": CHECKED,
    "F0A8": UNCHECKED,
    "F06F": UNCHECKED,
}
# Subtrees whose text is not the paragraph's own: deleted revisions, field codes,
# text boxes and drawings (whose mc:Fallback would repeat them), properties.
_SKIP = {
    f"{W}pPr",
    f"{W}rPr",
    f"{W}instrText",
    f"{W}delText",
    f"{W}del",
    f"{W}txbxContent",
    f"{W}drawing",
    f"{W}pict",
    f"{W}object",
    f"{MC}Fallback",
    f"{W}moveFrom",
}
_P, _TBL, _TR, _TC = f"{W}p", f"{W}tbl", f"{W}tr", f"{W}tc"
_SDT, _SDT_CONTENT, _CUSTOM_XML = f"{W}sdt", f"{W}sdtContent", f"{W}customXml"
_VMERGE, _VAL = f"{W}tcPr/{W}vMerge", f"{W}val"
_PLACEHOLDER = f"{W}sdtPr/{W}showingPlcHdr"
_T_TAG = f"{W}t"
# Elements that make a paragraph's text more than its w:t runs (or less: skipped subtrees).
_SPECIAL = (
    *(tag for tag in _SKIP if tag not in (f"{W}pPr", f"{W}rPr")),
    *(f"{W}{name}" for name in ("tab", "br", "cr", "noBreakHyphen", "sym", "fldChar", "sdt")),
)
_HEADING = re.compile(r"^heading\s*([1-9])$", re.I)
_TRUE = ("1", "true", "on")


def read_docx(path: Path, settings: Settings) -> Document:
    """Read a Word document (macros never run) into heading/paragraph/table blocks in body order."""
    path = Path(path)
    with open_package(path, settings) as package:
        check_kind(package, path, "word/document.xml")
        # python-docx parses with lxml: refuse DTDs and entities before it sees a byte.
        scan_xml_parts(package, path)
    document = _open_docx(path)
    reader = _BodyReader(path, settings, _StyleInfo(document))
    return Document(
        path=str(path),
        format="docm" if path.suffix.lower() == ".docm" else "docx",
        blocks=tuple(reader.body(document.element.body)),
    )


def _open_docx(path: Path) -> Any:
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    # A .docm main part has its own content type; its XML is the same as a .docx.
    PartFactory.part_type_for.setdefault(DOCM_MAIN, DocumentPart)
    try:
        part = Package.open(str(path)).main_document_part
        return part.document
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise CorruptFile(
            str(path),
            f"cannot be opened as a Word document ({type(exc).__name__}: {exc})",
            resave_fix(path),
        ) from exc


class _StyleInfo:
    """Heading level and list-ness of paragraph styles, following each style's basedOn chain."""

    def __init__(self, document: Any) -> None:
        self.styles: dict[str, Any] = {}
        try:
            root = document.styles.element
        except Exception:  # a document without a styles part
            root = None
        self.default = ""
        for style in root.iter(f"{W}style") if root is not None else ():
            self.styles[style.get(f"{W}styleId", "")] = style
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in _TRUE:
                self.default = style.get(f"{W}styleId", "")
        self.cache: dict[str, tuple[str, int | None, bool, int]] = {}

    def describe(self, style_id: str) -> tuple[str, int | None, bool, int]:
        """(name, heading level or None, numbered, list level) for a paragraph style id."""
        found = self.cache.get(style_id)
        if found is None:
            found = self.cache[style_id] = self._describe(style_id)
        return found

    def _describe(self, style_id: str) -> tuple[str, int | None, bool, int]:
        name = ""
        heading: int | None = None
        numbered = False
        ilvl = 0
        seen: set[str] = set()
        current = style_id
        while current and current not in seen and current in self.styles:
            seen.add(current)
            style = self.styles[current]
            own = _val(style.find(f"{W}name")) or current
            # Built-in names are stored lowercase ("heading 1"); Word shows them capitalised.
            own = own[:1].upper() + own[1:]
            name = name or own
            if heading is None:
                heading = _heading_level(own, style.find(f"{W}pPr"))
            num = style.find(f"{W}pPr/{W}numPr")
            if not numbered and num is not None and _val(num.find(f"{W}numId")) not in ("0", None):
                numbered = True
                ilvl = int(_val(num.find(f"{W}ilvl")) or 0)
            numbered = numbered or "list" in own.lower()
            current = _val(style.find(f"{W}basedOn")) or ""
        return name or style_id, heading, numbered, ilvl


def _val(elem: Any) -> str | None:
    return None if elem is None else elem.get(f"{W}val")


def _heading_level(name: str, ppr: Any) -> int | None:
    if name.lower() == "title":
        return 0
    m = _HEADING.match(name)
    if m:
        return int(m.group(1))
    outline = _val(ppr.find(f"{W}outlineLvl")) if ppr is not None else None
    if outline is not None and outline.isdigit() and int(outline) < 9:
        return int(outline) + 1
    return None


class _BodyReader:
    """Walks the body element, numbering paragraphs P{n} and top-level tables T{n}."""

    def __init__(self, path: Path, settings: Settings, styles: _StyleInfo) -> None:
        self.path = path
        self.settings = settings
        self.styles = styles
        self.paragraphs = 0
        self.tables = 0
        self.controls = 0

    def body(self, body: Any) -> Iterator[Block]:
        for child in body:
            if child.tag == f"{W}p":
                self.paragraphs += 1
                block = self.paragraph(child, f"P{self.paragraphs}")
                if block is not None:
                    yield block
            elif child.tag == f"{W}tbl":
                self.tables += 1
                yield from self.table(child, f"T{self.tables}")
            elif child.tag == f"{W}sdt":
                # A block-level content control: python-docx's document.paragraphs and
                # .tables skip what it holds, so it gets refs of its own.
                self.controls += 1
                yield from self._control(child, f"C{self.controls}")

    def _control(self, sdt: Any, prefix: str) -> Iterator[Block]:
        paragraphs = tables = 0
        content = sdt.find(f"{W}sdtContent")
        for child in _block_children(content) if content is not None else ():
            if child.tag == f"{W}p":
                paragraphs += 1
                block = self.paragraph(child, f"{prefix}.P{paragraphs}")
                if block is not None:
                    yield block
            elif child.tag == f"{W}tbl":
                tables += 1
                yield from self.table(child, f"{prefix}.T{tables}")

    def paragraph(self, p: Any, ref: str) -> Block | None:
        text, checkbox = inline_text(p)
        if not text.strip() and checkbox is None:
            return None
        ppr = p.find(f"{W}pPr")
        style_id = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
        name, heading, numbered, level = self.styles.describe(style_id or self.styles.default)
        num = ppr.find(f"{W}numPr") if ppr is not None else None
        if num is not None:
            num_id = _val(num.find(f"{W}numId"))
            if num_id is not None:
                numbered = num_id != "0"  # numId 0 switches off the style's numbering
            ilvl = _val(num.find(f"{W}ilvl"))
            level = int(ilvl) if ilvl and ilvl.isdigit() else level
        outline = _heading_level("", ppr) if ppr is not None else None
        heading = outline if outline is not None else heading
        self._check(text, ref)
        return Block(
            kind="heading" if heading is not None else "paragraph",
            ref=ref,
            text=text.strip(),
            level=heading if heading is not None else (level if numbered else 0),
            style=name or "Normal",
            numbered=numbered,
            checkbox=checkbox,
        )

    def table(self, tbl: Any, ref: str) -> Iterator[Block]:
        rows: list[tuple[str, ...]] = []
        nested: list[Any] = []
        for tr in _rows(tbl):
            # Indexes follow python-docx's row.cells (no gridBefore padding, direct w:tc
            # only): the filled copy finds cell T{n}R{r}C{c} through python-docx.
            values: list[str] = []
            for tc in _cells(tr):
                span = _int_prop(tc, "gridSpan", 1)
                merge = tc.find(_VMERGE)
                continues = merge is not None and merge.get(_VAL, "continue") == "continue"
                text = "" if continues else self.cell_text(tc, nested, ref)
                values.append(text)
                values.extend([""] * (span - 1))
            rows.append(tuple(values))
        width = max((len(r) for r in rows), default=0)
        yield Block(kind="table", ref=ref, rows=tuple(r + ("",) * (width - len(r)) for r in rows))
        for k, inner in enumerate(nested, 1):
            yield from self.table(inner, f"{ref}.{k}")

    def cell_text(self, tc: Any, nested: list[Any], ref: str) -> str:
        lines: list[str] = []
        for child in _block_children(tc):
            if child.tag == _P:
                lines.append(inline_text(child)[0].strip())
            elif child.tag == _TBL:
                nested.append(child)
        text = "\n".join(lines).strip("\n")
        self._check(text, ref)
        return text

    def _check(self, text: str, ref: str) -> None:
        if len(text) > self.settings.max_cell_chars:
            raise LimitExceeded(
                str(self.path),
                f"text has {len(text):,} characters (limit {self.settings.max_cell_chars:,})",
                "shorten it or raise max_cell_chars",
                where=ref,
            )


def _block_children(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables under a body, cell or content control, looking through w:sdt."""
    for child in parent:
        tag = child.tag
        if tag == _SDT:
            if child.find(_PLACEHOLDER) is not None:
                continue  # its text is the control's placeholder, not the document's
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_children(content)
        elif tag in (_P, _TBL):
            yield child
        elif tag == _CUSTOM_XML:
            yield from _block_children(child)


def _rows(tbl: Any) -> Iterator[Any]:
    return (child for child in tbl if child.tag == _TR)


def _cells(tr: Any) -> Iterator[Any]:
    return (child for child in tr if child.tag == _TC)


def _int_prop(tc: Any, name: str, default: int) -> int:
    value = _val(tc.find(f"{W}tcPr/{W}{name}"))
    return int(value) if value and value.isdigit() else default


def inline_text(p: Any) -> tuple[str, bool | None]:
    """A paragraph's visible text, with form checkboxes as ☒/☐, and the first checkbox's state."""
    if next(p.iter(*_SPECIAL), None) is None:
        # Most paragraphs are plain runs of text: lxml walks them in C.
        return "".join(t.text or "" for t in p.iter(_T_TAG)), None
    parts: list[str] = []
    state: list[bool] = []
    _collect(p, parts, state)
    return "".join(parts), (state[0] if state else None)


# Tag names built once: the walk compares every element of a long document against them.
_T, _SYM, _FLDCHAR, _SDTPR = f"{W}t", f"{W}sym", f"{W}fldChar", f"{W}sdtPr"
_LITERAL = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
_FF_CHECKBOX, _FF_DROPDOWN = f"{W}ffData/{W}checkBox", f"{W}ffData/{W}ddList"
_W14_CHECKBOX, _W14_CHECKED, _W14_VAL = f"{W14}checkbox", f"{W14}checked", f"{W14}val"


def _collect(elem: Any, parts: list[str], state: list[bool]) -> None:
    for child in elem:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag in _LITERAL:
            parts.append(_LITERAL[tag])
        elif tag == _SYM:
            glyph = _SYM_BOXES.get((child.get(f"{W}char") or "").upper())
            if glyph:
                parts.append(glyph)
        elif tag == _FLDCHAR:
            box = child.find(_FF_CHECKBOX)
            if box is not None:
                checked = _legacy_checked(box)
                state.append(checked)
                parts.append(CHECKED if checked else UNCHECKED)
            dropdown = child.find(_FF_DROPDOWN)
            if dropdown is not None:
                # A legacy drop-down shows its chosen entry, which is not stored as text.
                parts.append(_dropdown_choice(dropdown))
        elif tag == _SDT and child.find(_PLACEHOLDER) is not None:
            continue  # a content control showing its placeholder ("Click here to enter text.")
        elif tag == _SDTPR:
            box = child.find(_W14_CHECKBOX)
            if box is not None:
                # The control's content already shows the glyph; only the state is new.
                node = box.find(_W14_CHECKED)
                state.append(node is not None and node.get(_W14_VAL, "0") in _TRUE)
        else:
            _collect(child, parts, state)


def _dropdown_choice(dropdown: Any) -> str:
    entries = [_val(e) or "" for e in dropdown.findall(f"{W}listEntry")]
    chosen = _val(dropdown.find(f"{W}result")) or _val(dropdown.find(f"{W}default")) or "0"
    index = int(chosen) if chosen.isdigit() else 0
    return entries[index] if 0 <= index < len(entries) else ""


def _legacy_checked(box: Any) -> bool:
    checked = box.find(f"{W}checked")
    if checked is not None:
        return checked.get(f"{W}val", "1") in _TRUE
    return _val(box.find(f"{W}default")) in _TRUE
