"""Bad inputs, named by their defect: each must fail with one SocprocError line naming the fix."""

from __future__ import annotations

import io
import pickle
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_read_xlsx import NS, build_xlsx

from socproc.errors import (
    CorruptFile,
    EncryptedFile,
    LimitExceeded,
    SocprocError,
    UnsupportedFormat,
)
from socproc.model import Settings
from socproc.read import READERS, read_document

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SHEET = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Q</t></is></c></row></sheetData>'


def small_xlsx(path: Path) -> Path:
    return build_xlsx(path, {"S": SHEET})


def ole_file(path: Path, encrypted: bool) -> Path:
    """Enough of a compound file for sniffing: the magic, padding, and a stream name."""
    name = "EncryptionInfo" if encrypted else "Workbook"
    path.write_bytes(OLE + b"\x00" * 504 + name.encode("utf-16-le") + b"\x00" * 64)
    return path


def truncated(path: Path) -> Path:
    data = small_xlsx(path.with_suffix(".tmp.xlsx")).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b" " * 5_000_000)
    return path


def xxe(path: Path) -> Path:
    secret = path.parent / "secret.txt"
    secret.write_text("TOP-SECRET")
    body = f'<!DOCTYPE w [<!ENTITY x SYSTEM "file://{secret}">]><worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>'
    small_xlsx(path)
    return _replace_part(path, "xl/worksheets/sheet1.xml", body)


def billion_laughs(path: Path) -> Path:
    entities = '<!ENTITY a "haha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    body = f"<!DOCTYPE sst [{entities}]><sst {NS}><si><t>&i;</t></si></sst>"
    build_xlsx(path, {"S": SHEET}, shared=["<si><t>x</t></si>"])
    return _replace_part(path, "xl/sharedStrings.xml", body)


def bad_xml(path: Path) -> Path:
    small_xlsx(path)
    return _replace_part(path, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>")


def no_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    return path


def docx_named_xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<document/>")
    return path


def xlsx_named_docx(path: Path) -> Path:
    data = small_xlsx(path.with_suffix(".tmp.xlsx")).read_bytes()
    path.write_bytes(data)
    return path


def damaged_entry(path: Path) -> Path:
    """A valid central directory over deflate data that no longer inflates."""
    body = SHEET + "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(2, 400))
    small_xlsx(path)
    _replace_part(path, "xl/worksheets/sheet1.xml", f"<worksheet {NS}>{body}</worksheet>")
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + info.compress_size - 10):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _replace_part(path: Path, name: str, body: str) -> Path:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts[name] = body.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return path


def docx_with_part(name: str, body: str) -> Callable[[Path], Path]:
    """A valid Word document with one part replaced or added."""

    def make(path: Path) -> Path:
        path.write_bytes(_valid_bytes(".docx"))
        return _replace_part(path, name, body)

    return make


LAUGHS_DOC = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
)


def write(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


BAD_INPUTS: list[tuple[str, Callable[[Path], Path], type[SocprocError], str]] = [
    ("empty.xlsx", write(b""), CorruptFile, "is empty (0 bytes) — open and re-save it in Excel"),
    ("empty.docx", write(b""), CorruptFile, "is empty (0 bytes) — open and re-save it in Word"),
    ("empty.csv", write(b""), CorruptFile, "is empty (0 bytes)"),
    ("empty.json", write(b""), CorruptFile, "is empty (0 bytes)"),
    (
        "text.docx",
        write(b"Question 1: do you?\n"),
        CorruptFile,
        "is not an Office Open XML (zip) file — open and re-save it in Word",
    ),
    ("truncated.xlsx", truncated, CorruptFile, "is a damaged or truncated zip"),
    (
        "locked.xlsx",
        lambda p: ole_file(p, encrypted=True),
        EncryptedFile,
        "is password-protected — remove the password (File > Info > Protect) and save again",
    ),
    (
        "locked.docx",
        lambda p: ole_file(p, encrypted=True),
        EncryptedFile,
        "is password-protected — remove the password",
    ),
    (
        "legacy.xlsx",
        lambda p: ole_file(p, encrypted=False),
        UnsupportedFormat,
        "save it as .xlsx (File > Save As > Excel Workbook)",
    ),
    ("legacy.docx", lambda p: ole_file(p, encrypted=False), UnsupportedFormat, "save it as .docx"),
    (
        "old.xls",
        write(OLE),
        UnsupportedFormat,
        "— save it as .xlsx (File > Save As > Excel Workbook)",
    ),
    ("old.doc", write(OLE), UnsupportedFormat, "— save it as .docx"),
    ("scan.pdf", write(b"%PDF-1.7"), UnsupportedFormat, "— export it as .xlsx, .csv or .docx"),
    ("noext", write(b"x"), UnsupportedFormat, "— export it as .xlsx, .csv or .docx"),
    ("bomb.xlsx", bomb, LimitExceeded, "entry xl/worksheets/sheet1.xml expands"),
    ("xxe.xlsx", xxe, CorruptFile, "declares a DTD or entities"),
    ("laughs.xlsx", billion_laughs, CorruptFile, "part xl/sharedStrings.xml declares a DTD"),
    ("badxml.xlsx", bad_xml, CorruptFile, "part xl/worksheets/sheet1.xml is not valid XML"),
    (
        "nobook.xlsx",
        no_workbook,
        CorruptFile,
        "is not an Excel workbook (it has no xl/workbook.xml)",
    ),
    (
        "word.xlsx",
        docx_named_xlsx,
        CorruptFile,
        "is a Word document named .xlsx — rename it to .docx",
    ),
    (
        "excel.docx",
        xlsx_named_docx,
        CorruptFile,
        "is an Excel workbook named .docx — rename it to .xlsx",
    ),
    ("damaged.xlsx", damaged_entry, CorruptFile, "part xl/worksheets/sheet1.xml"),
    (
        "laughs.docx",
        docx_with_part("word/document.xml", LAUGHS_DOC),
        CorruptFile,
        "part word/document.xml declares a DTD or entities",
    ),
    (
        "oddname.docx",
        docx_with_part("word/extra.dat", LAUGHS_DOC),
        CorruptFile,
        "part word/extra.dat declares a DTD",
    ),
    ("zip.csv", lambda p: small_xlsx(p), CorruptFile, "named .csv — rename it to .xlsx"),
    ("binary.csv", write(b"\x01\x02\x00\x00\x03" * 50), CorruptFile, "is a binary file"),
    ("broken.json", write(b'{"questionnaire": ['), CorruptFile, "is not valid JSON"),
    ("other.json", write(b'{"name": "x"}'), CorruptFile, "is not a VSAQ questionnaire"),
]


@pytest.mark.parametrize(
    ("name", "make", "kind", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS]
)
def test_bad_input_fails_with_one_line_and_its_fix(
    tmp_path: Path,
    name: str,
    make: Callable[[Path], Path],
    kind: type[SocprocError],
    message: str,
) -> None:
    path = make(tmp_path / name)
    with pytest.raises(kind) as err:
        read_document(path)
    line = str(err.value)
    assert line.startswith(f"{path}:")
    assert message in line
    assert "\n" not in line
    assert "TOP-SECRET" not in line


def test_xxe_never_reads_the_local_file(tmp_path: Path) -> None:
    path = xxe(tmp_path / "xxe.xlsx")
    with pytest.raises(CorruptFile) as err:
        read_document(path)
    assert "TOP-SECRET" not in repr(err.value.__cause__)


def test_total_uncompressed_limit_names_the_entry(tmp_path: Path) -> None:
    path = small_xlsx(tmp_path / "big.xlsx")
    with pytest.raises(LimitExceeded, match=r"unpacks to more than 100 bytes \(at entry "):
        read_document(path, Settings(max_uncompressed_bytes=100))


def test_missing_file_is_a_socproc_error(tmp_path: Path) -> None:
    with pytest.raises(CorruptFile, match="does not exist"):
        read_document(tmp_path / "nope.xlsx")


def test_readers_cover_every_documented_suffix() -> None:
    assert {".xlsx", ".xlsm", ".csv", ".docx", ".json"} <= set(READERS)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    suffix=st.sampled_from([".xlsx", ".docx", ".csv", ".json"]),
    flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 255)), max_size=8),
    cut=st.integers(0, 10_000),
)
def test_damaged_bytes_only_ever_raise_socproc_errors(
    tmp_path: Path, suffix: str, flips: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(_valid_bytes(suffix))
    for pos, mask in flips:
        data[pos % len(data)] ^= mask
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(bytes(data[: max(cut, len(data) // 3)]))
    try:
        read_document(path)
    except SocprocError as exc:
        assert "\n" not in str(exc)


_VALID: dict[str, bytes] = {}


def _valid_bytes(suffix: str) -> bytes:
    if suffix not in _VALID:
        if suffix in (".xlsx", ".docx"):
            buf = io.BytesIO()
            if suffix == ".xlsx":
                import openpyxl

                wb = openpyxl.Workbook()
                wb.active.append(["ID", "Question", "Answer"])
                wb.active.append(["Q1", "Do you hold a SOC 2?", "Yes"])
                wb.save(buf)
            else:
                import docx

                doc = docx.Document()
                doc.add_heading("Security", 1)
                doc.add_paragraph("Do you hold a SOC 2?", style="List Number")
                doc.add_table(rows=2, cols=2).cell(0, 0).text = "Q"
                doc.save(buf)
            _VALID[suffix] = buf.getvalue()
        elif suffix == ".csv":
            _VALID[suffix] = b'ID,Question,Answer\nQ1,"Do you, hold a SOC 2?",Yes\n'
        else:
            _VALID[suffix] = (
                b'// c\n{"questionnaire": [{"type": "block", "text": "A" +\n "B", "items": []}]}'
            )
    return _VALID[suffix]


def test_errors_cross_a_process_boundary_whole() -> None:
    # A forked slice or a library user's pool sends errors pickled; each comes back the same.
    from socproc.errors import CorruptFile, InventoryError
    from socproc.result import IncompleteRun

    for error in (
        CorruptFile("q.xlsx", "part xl/workbook.xml is damaged", "re-save it", where="Sheet1"),
        InventoryError("vendor.yaml", ["reports[0].kind: bad", "vendor: missing"]),
    ):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and again.line() == error.line()
        assert again.where == error.where
    assert pickle.loads(pickle.dumps(error)).lines() == error.lines()
    incomplete = IncompleteRun(CorruptFile("_run.json", "disk full", "free space"), batch=None)  # type: ignore[arg-type]
    again_run = pickle.loads(pickle.dumps(incomplete))
    assert again_run.line() == incomplete.line() and again_run.batch is None
