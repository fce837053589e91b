"""Hostile and broken inputs end to end (issue #8): one clear line each, the batch goes on, nothing leaks.

Every bad input is built by a function named after its defect and run through the whole
pipeline (`socproc.process` + `Result.write`) and through `socproc run` in one batch beside a
good questionnaire. Odd but valid inputs must be processed; limits are configurable settings.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import socproc
from socproc.cli import cli
from socproc.errors import OutputError, SocprocError
from socproc.model import Settings
from socproc.write import atomic

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
INVENTORY = ROOT / "samples" / "inventory.yaml"
AS_OF = "2026-11-26"
XLSX = (SAMPLES / "contoso_bank_vendor_assessment.xlsx").read_bytes()
DOCX = (SAMPLES / "northwind_supplier_due_diligence.docx").read_bytes()
CSV = (SAMPLES / "fabrikam_payroll_due_diligence.csv").read_bytes()
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECRET = "TOP-SECRET-LOCAL-DATA"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Builder = Callable[[Path], None]


@pytest.fixture(scope="module")
def inventory() -> socproc.Inventory:
    return socproc.load_inventory(INVENTORY)


# --------------------------------------------------------------------------- package helpers


def replace_parts(data: bytes, parts: dict[str, bytes | str]) -> bytes:
    """`data` (a zip) with some entries replaced or added."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename not in parts:
                z.writestr(info.filename, src.read(info))
        for name, body in parts.items():
            z.writestr(name, body)
    return out.getvalue()


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def sheet(rows: str, extra: str = "", doctype: str = "", tail: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet {NS}>{extra}'
        f"<sheetData>{rows}</sheetData>{tail}</worksheet>"
    )


def question_rows(texts: list[str], start: int = 2) -> str:
    header = f'<row r="1">{cell("A1", "ID")}{cell("B1", "Question")}{cell("C1", "Answer")}</row>'
    body = "".join(
        f'<row r="{r}">{cell(f"A{r}", f"Q-{r}")}{cell(f"B{r}", text)}</row>'
        for r, text in enumerate(texts, start)
    )
    return header + body


def workbook_with(sheet_xml: str, title: str = "Questions") -> bytes:
    """A workbook written by openpyxl whose only worksheet part is `sheet_xml`."""
    wb = openpyxl.Workbook()
    wb.active.title = title
    wb.active["A1"] = "placeholder"
    buf = io.BytesIO()
    wb.save(buf)
    return replace_parts(buf.getvalue(), {"xl/worksheets/sheet1.xml": sheet_xml})


def writes(data: bytes) -> Builder:
    def build(path: Path) -> None:
        path.write_bytes(data)

    return build


def ole_container(stream: str) -> bytes:
    """Enough of a compound file for sniffing: the magic and one stream name."""
    return OLE + b"\x00" * 504 + stream.encode("utf-16-le") + b"\x00" * 64


def with_secret(path: Path) -> Path:
    secret = path.parent / "secret.txt"
    secret.write_text(SECRET)
    return secret


# --------------------------------------------------------------------------- bad inputs by defect


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(8).randbytes(4096))


def random_bytes_after_zip_magic(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + random.Random(8).randbytes(4096))


def truncated_zip(path: Path) -> None:
    path.write_bytes((XLSX if path.suffix == ".xlsx" else DOCX)[: len(XLSX) // 2])


def text_file_named_docx(path: Path) -> None:
    path.write_text("1. Do you hold a SOC 2 Type II report?\n")


def legacy_binary(path: Path) -> None:
    path.write_bytes(ole_container("Workbook" if path.suffix.startswith(".x") else "WordDocument"))


def password_protected(path: Path) -> None:
    path.write_bytes(ole_container("EncryptionInfo") + "EncryptedPackage".encode("utf-16-le"))


def external_entity_file(path: Path) -> None:
    secret = with_secret(path)
    doctype = f'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file://{secret}">]>'
    path.write_bytes(workbook_with(sheet(question_rows(["&x;"]), doctype=doctype)))


def external_entity_url(path: Path) -> None:
    doc = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "http://127.0.0.1:9/leak">]>'
        f"<w:document {W_NS}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    path.write_bytes(replace_parts(DOCX, {"word/document.xml": doc}))


def billion_laughs_xlsx(path: Path) -> None:
    entities = '<!ENTITY a "haha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    book = zipfile.ZipFile(io.BytesIO(XLSX)).read("xl/workbook.xml").decode()
    prolog, _, rest = book.rpartition("?>")
    book = f"{prolog}{'?>' if prolog else ''}<!DOCTYPE workbook [{entities}]>{rest}"
    path.write_bytes(replace_parts(XLSX, {"xl/workbook.xml": book}))


def billion_laughs_docx(path: Path) -> None:
    doc = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {W_NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    path.write_bytes(replace_parts(DOCX, {"word/document.xml": doc}))


def entities_after_whitespace_padding(path: Path) -> None:
    """A DTD behind 10 kB of whitespace, past any fixed-size sniff of the part's head."""
    doc = (
        " " * 10_000 + '<!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {W_NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    path.write_bytes(replace_parts(DOCX, {"word/document.xml": doc}))


def zip_bomb(path: Path) -> None:
    path.write_bytes(replace_parts(XLSX, {"xl/media/padding.bin": b"\0" * 8_000_000}))


def damaged_part_the_reader_skips(path: Path) -> None:
    """Bad deflate data in the theme, a part only the filled copy would touch."""
    data = bytearray(XLSX)
    info = zipfile.ZipFile(io.BytesIO(XLSX)).getinfo("xl/theme/theme1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 20, start + info.compress_size - 20):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def cell_outside_the_grid(path: Path) -> None:
    rows = question_rows(["Do you hold a SOC 2?"])
    far = f'<row r="99999999999">{cell("B99999999999", "Far away?")}</row>'
    path.write_bytes(workbook_with(sheet(rows + far)))


def overlapping_merged_ranges(path: Path) -> None:
    """Thousands of nested sheet-sized merges (Excel never writes overlaps): quadratic if unchecked."""
    rows = question_rows([f"Do you review access for system {i}?" for i in range(2_000)])
    merges = "".join(f'<mergeCell ref="D1:XFD{1_048_576 - i}"/>' for i in range(1, 5_001))
    path.write_bytes(workbook_with(sheet(rows, tail=f"<mergeCells>{merges}</mergeCells>")))


def word_document_named_xlsx(path: Path) -> None:
    path.write_bytes(DOCX)


def workbook_named_csv(path: Path) -> None:
    path.write_bytes(XLSX)


def binary_named_csv(path: Path) -> None:
    path.write_bytes(b"\x01\x02\x00\x00\x03" * 200)


# (file name, builder, expected fragment of the one-line message)
HOSTILE: list[tuple[str, Builder, str]] = [
    ("empty.xlsx", empty_file, "is empty (0 bytes) — open and re-save it in Excel"),
    ("empty.docx", empty_file, "is empty (0 bytes) — open and re-save it in Word"),
    ("empty.csv", empty_file, "is empty (0 bytes) — export the questionnaire to CSV again"),
    ("random.xlsx", random_bytes, "is not an Office Open XML (zip) file — open and re-save"),
    ("random-zip.docx", random_bytes_after_zip_magic, "is a damaged or truncated zip"),
    ("truncated.xlsx", truncated_zip, "is a damaged or truncated zip"),
    ("truncated.docx", truncated_zip, "is a damaged or truncated zip"),
    ("text.docx", text_file_named_docx, "is not an Office Open XML (zip) file"),
    ("legacy.xls", legacy_binary, "legacy Excel 97-2003 workbook — save it as .xlsx"),
    ("legacy.doc", legacy_binary, "legacy Word 97-2003 document — save it as .docx"),
    ("legacy-renamed.xlsx", legacy_binary, "is a legacy binary Excel file, not .xlsx"),
    ("locked.xlsx", password_protected, "is password-protected — remove the password"),
    ("locked.docx", password_protected, "is password-protected — remove the password"),
    ("xxe-file.xlsx", external_entity_file, "declares a DTD or entities (possible XXE"),
    ("xxe-url.docx", external_entity_url, "declares a DTD or entities (possible XXE"),
    ("laughs.xlsx", billion_laughs_xlsx, "part xl/workbook.xml declares a DTD or entities"),
    ("laughs.docx", billion_laughs_docx, "part word/document.xml declares a DTD or entities"),
    (
        "padded-laughs.docx",
        entities_after_whitespace_padding,
        "part word/document.xml declares a DTD or entities",
    ),
    ("bomb.xlsx", zip_bomb, "looks like a zip bomb — re-save the file"),
    ("damaged-theme.xlsx", damaged_part_the_reader_skips, "part xl/theme/theme1.xml is damaged"),
    ("far-cell.xlsx", cell_outside_the_grid, "cell B99999999999 lies outside Excel's grid"),
    ("merges.xlsx", overlapping_merged_ranges, "merged ranges cover more than 5,000,000 cells"),
    ("word.xlsx", word_document_named_xlsx, "is a Word document named .xlsx — rename it to .docx"),
    ("workbook.csv", workbook_named_csv, "named .csv — rename it to .xlsx"),
    ("binary.csv", binary_named_csv, "is a binary file, not CSV text"),
    (
        "deep.json",
        writes(b'{"questionnaire":' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        "is nested more than 200 levels deep",
    ),
]


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*") if p.name.endswith(".tmp"))


@pytest.mark.parametrize(("name", "build", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_bad_input_is_one_line_naming_the_file_and_the_fix(
    tmp_path: Path, inventory: socproc.Inventory, name: str, build: Builder, message: str
) -> None:
    path = tmp_path / name
    build(path)
    before = fingerprint(path)
    out = tmp_path / "out"
    with pytest.raises(SocprocError) as err:
        socproc.process(path, inventory, as_of=AS_OF).write(out)
    line = err.value.line()
    assert line.startswith(f"{path}:")
    assert message in line
    assert "\n" not in line and "Traceback" not in line
    assert SECRET not in line and SECRET not in repr(err.value.__cause__)
    assert fingerprint(path) == before
    assert not out.exists() or not list(out.iterdir())


def test_a_batch_of_bad_inputs_reports_each_in_one_line_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("socproc.batch.run.SETTLE_SECONDS", 0)
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for name, build, _ in HOSTILE:
        build(inbox / name)
    good = inbox / "zz-good.csv"
    good.write_bytes(CSV)
    before = {p.name: fingerprint(p) for p in inbox.iterdir()}
    args = ["run", str(inbox), "--inventory", str(INVENTORY), "--out", str(out), "--as-of", AS_OF]
    result = CliRunner().invoke(cli, [*args, "--jobs", "1"])
    assert result.exit_code == 1
    inputs = len(HOSTILE) + 1
    assert result.stdout.startswith(f"{inputs} inputs: 1 ok, 0 skipped, 0 deferred, ")
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    expected = {name: message for name, _, message in HOSTILE}
    assert len(lines) == len(expected)
    for line in lines:
        name = line.split(":", 1)[0]
        assert expected.pop(name) in line, line
    assert expected == {}
    assert {p.name: fingerprint(p) for p in inbox.iterdir()} == before
    made = {p.name for p in out.iterdir()}
    assert {"zz-good.response.xlsx", "zz-good.response.json", "zz-good.filled.csv"} <= made
    assert not [n for n in made if n.split(".")[0] in {Path(h[0]).stem for h in HOSTILE}]
    assert leftovers(out) == []
    record = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    failed = [i for i in record["inputs"] if i["status"] == "failed"]
    assert len(failed) == len(HOSTILE)
    assert all(i["error"].startswith(f"{i['path']}:") for i in failed)
    for file in out.iterdir():
        assert SECRET.encode() not in file.read_bytes()


# --------------------------------------------------------------------------- limits


def long_sheet(path: Path) -> None:
    texts = [f"Do you review access rights for system {i} every quarter?" for i in range(400)]
    path.write_bytes(workbook_with(sheet(question_rows(texts))))


# (file name, builder, settings, expected fragment): every limit is a setting, every hit one line.
LIMITS: list[tuple[str, Builder, Settings, str]] = [
    (
        "size.xlsx",
        writes(XLSX),
        Settings(max_uncompressed_bytes=10_000),
        "unpacks to more than 10,000 bytes",
    ),
    ("size.csv", writes(CSV), Settings(max_uncompressed_bytes=100), "(limit 100) — split the file"),
    ("ratio.xlsx", long_sheet, Settings(max_compression_ratio=3), "(limit 3x): looks like a zip"),
    ("rows.xlsx", long_sheet, Settings(max_rows=50), "more than 50 rows with values"),
    ("rows.csv", writes(CSV), Settings(max_rows=3), "more than 3 rows with values"),
    ("cells.xlsx", long_sheet, Settings(max_cells=100), "more than 100 non-empty cells"),
    ("cells.csv", writes(CSV), Settings(max_cells=10), "more than 10 non-empty cells"),
    ("chars.xlsx", long_sheet, Settings(max_cell_chars=40), "characters (limit 40)"),
    ("chars.docx", writes(DOCX), Settings(max_cell_chars=40), "characters (limit 40)"),
    ("chars.csv", writes(CSV), Settings(max_cell_chars=40), "characters (limit 40)"),
]


@pytest.mark.parametrize(
    ("name", "build", "settings", "message"), LIMITS, ids=[x[0] for x in LIMITS]
)
def test_each_limit_is_configurable_and_reported_in_one_line(
    tmp_path: Path,
    inventory: socproc.Inventory,
    name: str,
    build: Builder,
    settings: Settings,
    message: str,
) -> None:
    path = tmp_path / name
    build(path)
    with pytest.raises(SocprocError) as err:
        socproc.process(path, inventory, as_of=AS_OF, settings=settings)
    line = err.value.line()
    assert line.startswith(f"{path}:") and message in line and "\n" not in line
    # The defaults let the same file through.
    assert socproc.process(path, inventory, as_of=AS_OF).requirements


# --------------------------------------------------------------------------- odd but valid


def processed(tmp_path: Path, inventory: socproc.Inventory, path: Path) -> socproc.Result:
    before = fingerprint(path)
    result = socproc.process(path, inventory, as_of=AS_OF)
    result.write(tmp_path / "out")
    assert fingerprint(path) == before
    assert leftovers(tmp_path / "out") == []
    return result


def test_a_32000_character_cell_is_read_whole(tmp_path: Path, inventory: socproc.Inventory) -> None:
    question = "Do you encrypt customer data at rest? " + "x" * (32_000 - 38)
    path = tmp_path / "long.xlsx"
    path.write_bytes(workbook_with(sheet(question_rows([question, "Do you hold a SOC 2?"]))))
    result = processed(tmp_path, inventory, path)
    assert [len(r.requirement.question) for r in result.requirements] == [32_000, 20]
    response = json.loads((tmp_path / "out" / "long.response.json").read_text(encoding="utf-8"))
    assert response["requirements"][0]["question"] == question


@pytest.mark.parametrize(
    "name",
    ["Sicherheitsfragebogen Ä-Ö-Ü (v2).xlsx", "質問票_セキュリティ.xlsx", "ankieta-łódź.csv"],
)
def test_unicode_file_names(tmp_path: Path, inventory: socproc.Inventory, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(CSV if name.endswith(".csv") else XLSX)
    result = processed(tmp_path, inventory, path)
    assert result.requirements
    assert (tmp_path / "out" / f"{path.stem}.response.json").exists()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le", "utf-8-sig"])
def test_csv_in_other_encodings(
    tmp_path: Path, inventory: socproc.Inventory, encoding: str
) -> None:
    text = "ID,Question,Answer\nQ1,“Do you hold a SOC 2 Type II report?” – café,\n"
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    result = processed(tmp_path, inventory, path)
    assert [r.requirement.question for r in result.requirements] == [
        "“Do you hold a SOC 2 Type II report?” – café"
    ]
    filled = (tmp_path / "out" / f"{encoding}.filled.csv").read_bytes()
    bare = {"utf-16": "utf-16-le", "utf-8-sig": "utf-8"}.get(encoding, encoding)
    assert "café".encode(bare) in filled


def test_a_workbook_with_only_a_cover_sheet_has_zero_requirements_and_says_why(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    wb.active["A1"] = "Contoso Bank — Third-Party Security Assessment"
    wb.active["A3"] = "Please complete every sheet and return it by 31 December 2026."
    path = tmp_path / "cover.xlsx"
    wb.save(path)
    result = processed(tmp_path, inventory, path)
    assert result.requirements == []
    assert [(s.ref, s.reason) for s in result.skipped] == [("Cover", "sheet-skipped: instructions")]


def test_a_sheet_of_1048576_rows_with_ten_used(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    texts = [f"Do you hold a current SOC 2 Type II report for region {i}?" for i in range(9)]
    empty = "".join(f'<row r="{r}" ht="15" customHeight="1"/>' for r in range(11, 1_048_577))
    path = tmp_path / "million.xlsx"
    path.write_bytes(
        workbook_with(sheet(question_rows(texts) + empty, '<dimension ref="A1:C1048576"/>'))
    )
    result = processed(tmp_path, inventory, path)
    assert len(result.requirements) == 9


def test_a_vsaq_id_of_5000_digits_is_read_as_text(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    digits = "7" * 5_000  # past int()'s default limit of 4,300 digits
    path = tmp_path / "bigint.json"
    item = '{"type": "line", "id": ' + digits + ', "text": "Do you hold a SOC 2?"}'
    path.write_text('{"questionnaire": [' + item + "]}")
    result = processed(tmp_path, inventory, path)
    assert [r.requirement.question_id for r in result.requirements] == [digits]


def _vba(data: bytes, main: str, folder: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    types = src.read("[Content_Types].xml").decode()
    macro = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    if folder == "word":
        macro = "application/vnd.ms-word.document.macroEnabled.main+xml"
    types = types.replace(main, macro).replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    rels_name = f"{folder}/_rels/{'workbook' if folder == 'xl' else 'document'}.xml.rels"
    rels = (
        src.read(rels_name)
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
            'vbaProject" Target="vbaProject.bin"/></Relationships>',
        )
    )
    return replace_parts(
        data,
        {
            "[Content_Types].xml": types,
            rels_name: rels,
            f"{folder}/vbaProject.bin": b"Attribute VB_Name Auto_Open Shell calc.exe" * 20,
        },
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "macros.xlsm",
            _vba(
                XLSX,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "xl",
            ),
        ),
        (
            "macros.docm",
            _vba(
                DOCX,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "word",
            ),
        ),
    ],
    ids=["xlsm", "docm"],
)
def test_macros_are_never_copied_into_any_output(
    tmp_path: Path, inventory: socproc.Inventory, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert processed(tmp_path, inventory, path).requirements
    for output in (tmp_path / "out").iterdir():
        raw = output.read_bytes()
        assert b"Auto_Open" not in raw
        if zipfile.is_zipfile(output):
            package = zipfile.ZipFile(output)
            assert not [n for n in package.namelist() if "vba" in n.lower()]
            for part in package.namelist():
                assert b"macroEnabled" not in package.read(part), (output.name, part)


# --------------------------------------------------------------------------- formula injection

INJECTIONS = [
    '=HYPERLINK("http://evil.example","Do you hold a SOC 2 report?")',
    "+Do you encrypt data at rest? cmd|' /C calc'!A0",
    "-Do you log administrator access? 2+5",
    "@SUM(1+1) Do you run annual penetration tests?",
    "\t=1+1 Do you back up customer data daily?",
    "\r=1+1 Do you patch critical vulnerabilities within 14 days?",
]


def _formula_cells(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [
        f"{ws.title}!{c.coordinate}"
        for ws in wb
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]


def test_injection_in_a_workbook_is_text_in_every_output(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    escaped = [
        t.replace("&", "&amp;").replace("<", "&lt;").replace("\r", "&#13;") for t in INJECTIONS
    ]
    path = tmp_path / "inject.xlsx"
    path.write_bytes(workbook_with(sheet(question_rows(escaped))))
    processed(tmp_path, inventory, path)
    out = tmp_path / "out"
    assert _formula_cells(out / "inject.response.xlsx") == []
    assert _formula_cells(out / "inject.filled.xlsx") == []
    code = CliRunner().invoke(cli, ["extract", str(path), "--format", "csv"])
    assert code.exit_code == 0
    _assert_defused_csv(code.stdout)


def test_injection_in_a_csv_is_text_in_every_output(
    tmp_path: Path, inventory: socproc.Inventory
) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["ID", "Question", "Answer"])
    writer.writerows([f"{t[0]}ID{i}", t, ""] for i, t in enumerate(INJECTIONS))
    path = tmp_path / "inject.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    processed(tmp_path, inventory, path)
    out = tmp_path / "out"
    assert _formula_cells(out / "inject.response.xlsx") == []
    # The filled copy keeps the buyer's own cells byte for byte (#22); what socproc adds is inert.
    filled = (out / "inject.filled.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(filled, newline="")))
    original = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert [r[:2] for r in rows] == [r[:2] for r in original]
    answers = [r[2] for r in rows[1:] if len(r) > 2 and r[2]]
    assert answers and not [a for a in answers if a.startswith(FORMULA_STARTS)]
    code = CliRunner().invoke(cli, ["extract", str(path), "--format", "csv"])
    assert code.exit_code == 0
    _assert_defused_csv(code.stdout)


def _assert_defused_csv(text: str) -> None:
    cells = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    risky = [c for c in cells if c.startswith(FORMULA_STARTS) and not c.lstrip("+-").isdigit()]
    assert risky == []
    assert any(c.startswith("'=") for c in cells)


# --------------------------------------------------------------------------- inventory

# One report per defect (the duplicate needs two), and the line each must produce.
BAD_INVENTORY = """vendor: Acme
reports:
  - {id: r0, kind: SOC 3, categories: {security: yes}}
  - {id: r1, kind: SOC 3, colour: blue}
  - {id: r2, kind: SOC 3, period_end: '2026-13-01'}
  - {id: dup, kind: SOC 3}
  - {id: dup, kind: SOC 3}
  - {id: b, kind: bridge letter, extends: nope, through: 2026-11-15}
"""
INVENTORY_DEFECTS: list[tuple[str, str]] = [
    ("wrong type", "reports[0].categories: {'security': 'yes'} is not a list"),
    ("unknown key", "reports[1].colour: unknown key — remove it"),
    ("bad date", "reports[2].period_end: '2026-13-01' is not a date (YYYY-MM-DD)"),
    ("duplicate id", "reports[4].id: duplicate id 'dup' (also reports[3].id)"),
    ("bridge letter extending a missing report", "reports[5].extends: no report has id 'nope'"),
]


@pytest.mark.parametrize("command", ["check-inventory", "run"])
def test_every_inventory_problem_is_listed_with_its_path_and_exit_2(
    tmp_path: Path, command: str
) -> None:
    bad = tmp_path / "inventory.yaml"
    bad.write_text(BAD_INVENTORY, encoding="utf-8")
    args = [command, str(bad)]
    if command == "run":
        args = ["run", str(SAMPLES), "--inventory", str(bad), "--out", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith(f"{bad}: reports[") for line in lines)
    for defect, fragment in INVENTORY_DEFECTS:
        assert any(fragment in line for line in lines), (defect, lines)
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- output folder


def test_an_uncreatable_output_folder_exits_2_with_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(
        cli, ["run", str(SAMPLES), "--inventory", str(INVENTORY), "--out", str(blocker / "out")]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{blocker / 'out'}: cannot create the output folder")
    assert len(result.stderr.splitlines()) == 1


def test_a_read_only_output_folder_exits_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if Path(str(path)).parent == out and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)  # root ignores chmod: refuse creation instead
    result = CliRunner().invoke(
        cli, ["run", str(SAMPLES), "--inventory", str(INVENTORY), "--out", str(out)]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"{out}: cannot create the lock file (Permission denied) — check the output folder "
        "exists and is writable\n"
    )
    assert list(out.iterdir()) == []


def _disk_full_after(monkeypatch: pytest.MonkeyPatch, ok_writes: int) -> None:
    """Every atomic write after the first `ok_writes` fails as on a full disk."""
    real = atomic.write_atomic.__globals__["os"].replace
    calls = [0]

    def replace(src: object, dst: object) -> None:
        calls[0] += 1
        if calls[0] > ok_writes:
            raise OSError(28, "No space left on device")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", replace)


def test_a_full_output_folder_is_one_clear_line_and_leaves_no_temp_file(
    tmp_path: Path, inventory: socproc.Inventory, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = socproc.process(SAMPLES / "fabrikam_payroll_due_diligence.csv", inventory, AS_OF)
    _disk_full_after(monkeypatch, 0)
    with pytest.raises(OutputError) as err:
        result.write(tmp_path)
    assert err.value.line() == (
        f"{tmp_path / 'fabrikam_payroll_due_diligence.response.xlsx'}: cannot write the output "
        "(No space left on device) — check the folder is writable and has free space"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_folder_filling_up_midway_leaves_no_partial_set_of_outputs(
    tmp_path: Path, inventory: socproc.Inventory, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = socproc.process(SAMPLES / "fabrikam_payroll_due_diligence.csv", inventory, AS_OF)
    _disk_full_after(monkeypatch, 2)
    with pytest.raises(OutputError, match="No space left on device"):
        result.write(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_all_or_nothing_renames_every_file_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with atomic.all_or_nothing():
        atomic.write_bytes_atomic(tmp_path / "a", b"a")
        assert [p.name for p in tmp_path.iterdir()] == [f".a.{os.getpid()}.tmp"]
        atomic.write_bytes_atomic(tmp_path / "b", b"b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
    with pytest.raises(OutputError), atomic.all_or_nothing():
        atomic.write_bytes_atomic(tmp_path / "a", b"new")
        atomic.write_atomic(tmp_path / "c", lambda tmp: (_ for _ in ()).throw(OSError(28, "full")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
    assert (tmp_path / "a").read_bytes() == b"a"
