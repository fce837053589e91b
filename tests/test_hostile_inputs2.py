"""Hostile inputs, second pass (issue #22): readers and filled copies never stall, never blow
memory, never trace back, and never carry macros or a live formula to the buyer.

Every hostile input is built here, small enough to keep the test fast but shaped so that a
quadratic or unbounded reader would take seconds to minutes on it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import random
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from test_write_helpers import response

from socproc.cli import cli
from socproc.errors import CorruptFile, LimitExceeded, SocprocError
from socproc.model import Document, Settings
from socproc.read import read_document
from socproc.read.cellvalue import format_kind
from socproc.read.csv import records
from socproc.read.vsaq import nesting_depth, strip_html
from socproc.write.filled_csv import neutralise, write_filled_csv
from socproc.write.filled_xlsx import write_filled_xlsx
from socproc.write.xmledit import edit_sheet_xml, merge_anchors

INVENTORY = Path(__file__).resolve().parents[1] / "samples" / "inventory.yaml"
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
    assert seconds < 1.0, f"{shape}: {seconds:.2f}s"


def test_vsaq_blank_lines_are_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "q.json"
    path.write_text(vsaq_text()[:-1] + "\n  \n" * 1000 + "}", encoding="utf-8")
    assert read_document(path).blocks[0].item_id == "q1"


@pytest.mark.parametrize("shape", list(HTML_TEXT))
def test_vsaq_markup_is_stripped_in_linear_time(shape: str) -> None:
    text = HTML_TEXT[shape]
    seconds = timed(lambda: strip_html(text))
    assert seconds < 1.0, f"{shape}: {seconds:.2f}s"


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
    for text in ("[" * (MB // 2), '"\\' * (MB // 4), '"' * (MB // 2), "[]" * (MB // 4)):
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


# A CSV of 64 KB in the shape that made csv.Sniffer retry from every quote (4 KB of it took
# 0.5 s before, so the whole sample took minutes, twice: reader and filled copy).
SNIFFER_BAITS = {"comma quote": ',"' * 32_000, "word comma apostrophe": "a,'" * 21_000}


@pytest.mark.parametrize("shape", list(SNIFFER_BAITS))
def test_csv_delimiter_is_found_in_linear_time(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "q.csv"
    path.write_text("ID,Question\n" + SNIFFER_BAITS[shape] + "\n", encoding="utf-8")

    def read() -> None:
        with contextlib.suppress(SocprocError):
            read_document(path)

    assert timed(read) < 2.0


def test_csv_records_split_exactly_as_csv_reader() -> None:
    rng = random.Random(22)
    alphabet = ["a", "b", ",", ";", '"', '"', "\r", "\n", "\r\n", " ", "é", ",,"]
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        for d in ",;":
            expected = list(csv.reader(io.StringIO(text, newline=""), delimiter=d))
            got: list[list[str]] = []
            for record in records(text, d, 10**6):
                got.extend([[]] * record.blank)
                if not record.blank:
                    row = [""] * record.width
                    for col, _start, _end, value in record.fields:
                        row[col - 1] = value
                    got.append(row)
            assert got == expected, (text, d)


@pytest.mark.parametrize(
    "line",
    [
        "ab," * 1_300_000,  # 4 MB of short cells on one line
        '"ab",' * 800_000,  # the same, quoted
        "," * 4_000_000,  # only delimiters
    ],
    ids=["short cells", "quoted cells", "only delimiters"],
)
def test_one_line_csv_is_refused_without_holding_it(tmp_path: Path, line: str) -> None:
    # Before: a one-line 20 MB CSV took 1.5 GB whatever SOCPROC_MAX_CELLS said.
    path = tmp_path / "line.csv"
    path.write_text(line + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        start = time.perf_counter()
        with pytest.raises(LimitExceeded, match=r"more than 1,000 non-empty cells|16,384 columns"):
            read_document(path, Settings(max_cells=1_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 5.0
    # The bytes and their text are held once; the cells are not.
    assert peak < 6 * len(line), f"peak {peak / 1e6:.0f} MB"


def test_many_blank_lines_are_counted_not_walked(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("ID,Question\n" + "\r\n" * 2_000_000 + "Q1,Do you have SOC 2?\n", "utf-8")
    (sheet,) = read_document(path).sheets
    assert sheet.cells[(2_000_002, 2)] == "Do you have SOC 2?"


# --------------------------------------------------------------------------- filled CSV


def fill_csv(tmp_path: Path, data: bytes, answers: dict[str, str]) -> bytes:
    src = tmp_path / "q.csv"
    src.write_bytes(data)
    rows = [
        response(f"R{i}", "q", sheet=None, answer_ref=ref, suggested=text)
        for i, (ref, text) in enumerate(answers.items())
    ]
    return write_filled_csv(src, rows, tmp_path / "q.filled.csv").read_bytes()


def test_filled_csv_keeps_every_buyer_byte(tmp_path: Path) -> None:
    # A question starting with "-", an odd quote, a cp1252 byte with no character (0x81),
    # trailing blanks and a last line without its break: all kept as they were.
    original = (
        b'ID;Question;Answer\r\n-1;-Do you encrypt? \x81;\r\n"Q""2";=SUM(A1);  \r\n'
        b'Q3;Caf\xe9 "quoted" text;\r\nQ4;last line'
    )
    filled = fill_csv(
        tmp_path,
        original,
        {"C2": "Yes", "C3": "No \u2014 see \u201creport\u201d", "C4": "Yes", "C5": "late"},
    )
    assert filled == (
        b'ID;Question;Answer\r\n-1;-Do you encrypt? \x81;Yes\r\n"Q""2";=SUM(A1);No \x97 see '
        b'\x93report\x94\r\nQ3;Caf\xe9 "quoted" text;Yes\r\nQ4;last line;late'
    )


def test_filled_csv_answers_are_inert_under_every_delimiter(tmp_path: Path) -> None:
    # Before: `x,=HYPERLINK(...)` in a ";" file went live when the file was opened with ",".
    hostile = 'x,=HYPERLINK("http://evil.example","go")|@SUM(1)\t+cmd;-x'
    filled = fill_csv(tmp_path, b"ID;Question;Answer\nQ1;Why?;\n", {"C2": hostile})
    text = filled.decode("utf-8")
    for d in (",", ";", "\t", "|"):
        # However the file is split, no piece opens with a formula character.
        pieces = text.replace("\n", d).split(d)
        assert not [p for p in pieces if p.lstrip('"').startswith(("=", "+", "-", "@"))], d


def test_neutralise_keeps_numbers_and_plain_text() -> None:
    assert neutralise("Yes, 5 years; -3 days") == "Yes, 5 years; -3 days"
    assert neutralise("a,-b") == "a,'-b"
    assert neutralise('x;"=1+1"') == 'x;"\'=1+1"'


def test_cp1252_answer_is_transliterated_or_skipped_never_question_marks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    original = "ID,Question,Answer\nQ1,Prüfung?,\nQ2,Zweite?,\n".encode("cp1252")
    with caplog.at_level("WARNING", logger="socproc.write"):
        filled = fill_csv(
            tmp_path, original, {"C2": "Uptime \u2265 99.9% \u2192 yes", "C3": "\u76d1\u67e5"}
        )
    assert filled == original.replace(b"?,\n", b"?,Uptime >= 99.9% -> yes\n", 1)
    assert b"?" not in filled.replace(b"Pr\xfcfung?", b"").replace(b"Zweite?", b"")
    (notice,) = [r.getMessage() for r in caplog.records]
    assert notice.startswith(f"{tmp_path / 'q.filled.csv'}:C3: answer not written: cp1252")


def test_filled_csv_fills_blank_lines_short_rows_and_rows_past_the_end(tmp_path: Path) -> None:
    filled = fill_csv(
        tmp_path,
        b'ID,Q,A,Note\n\n"Q2",x\nQ3,y,,\n',
        {"B2": "blank", "D3": "short", "C4": "gap", "B6": "past"},
    )
    assert filled == b'ID,Q,A,Note\n,blank\n"Q2",x,,short\nQ3,y,gap,\n\n,past\n'


# --------------------------------------------------------------------------- workbooks

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
PLAIN_BOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MACRO_BOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def question_sheet(questions: list[str], extra: str = "") -> str:
    rows = [
        f'<row r="1">{text_cell("A1", "ID")}{text_cell("B1", "Question")}'
        f"{text_cell('C1', 'Answer')}</row>"
    ]
    for r, q in enumerate(questions, 2):
        rows.append(f'<row r="{r}">{text_cell(f"A{r}", f"Q-{r}")}{text_cell(f"B{r}", q)}</row>')
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS_MAIN}" '
        f'xmlns:r="{NS_REL}"><sheetData>{"".join(rows)}</sheetData>{extra}</worksheet>'
    )


def workbook_zip(
    sheet_xml: str,
    *,
    book_type: str = PLAIN_BOOK,
    sheets: str = '<sheet name="Questions" sheetId="1" r:id="rId1"/>',
    book_rels: str = "",
    types: str = "",
    parts: dict[str, bytes | str] | None = None,
    book_extra: str = "",
) -> bytes:
    """A minimal .xlsx: one question sheet, plus whatever parts a test adds."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{NS_TYPES}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{book_type}"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_TYPE}"/>'
            f"{types}</Types>",
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{NS_PKG}">'
            f'<Relationship Id="rId1" Type="{NS_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS_MAIN}" '
            f'xmlns:r="{NS_REL}"><sheets>{sheets}</sheets>{book_extra}</workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{NS_PKG}">'
            f'<Relationship Id="rId1" Type="{NS_REL}/worksheet" '
            f'Target="worksheets/sheet1.xml"/>{book_rels}</Relationships>',
        )
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, body in (parts or {}).items():
            z.writestr(name, body)
    return out.getvalue()


QUESTIONS = ["Do you have a SOC 2 Type II report?", "Do you encrypt data at rest?"]


def test_escaped_lone_surrogate_reads_as_replacement_character(tmp_path: Path) -> None:
    # Before: `_xD800_` decoded to a lone surrogate and every UTF-8 writer raised.
    path = tmp_path / "q.xlsx"
    path.write_bytes(
        workbook_zip(question_sheet(["Do you have a SOC 2 report?_xD800_", "Pair _xD83D__xDE00_"]))
    )
    cells = read_document(path).sheets[0].cells
    assert cells[(2, 2)] == "Do you have a SOC 2 report?\ufffd"
    assert cells[(3, 2)] == "Pair \U0001f600"


def test_escaped_lone_surrogate_runs_through_every_command(tmp_path: Path) -> None:
    path = tmp_path / "q.xlsx"
    path.write_bytes(workbook_zip(question_sheet(["Do you hold a SOC 2 report?_xD800_"])))
    runner = CliRunner()
    done = runner.invoke(
        cli, ["run", str(path), "--inventory", str(INVENTORY), "--out", str(tmp_path / "out")]
    )
    assert done.exit_code == 0, done.output
    assert "Traceback" not in done.output
    imported = runner.invoke(
        cli, ["answers", "import", str(path), "--out", str(tmp_path / "lib.yaml")]
    )
    assert imported.exit_code in (0, 1) and "Traceback" not in imported.output


# --------------------------------------------------------------------------- merged ranges


def merged_sheet(rows: int, merged: bool) -> bytes:
    body = "".join(f'<row r="{r}">{text_cell(f"A{r}", f"Q{r}")}</row>' for r in range(1, rows + 1))
    merges = "".join(f'<mergeCell ref="C{r}:E{r}"/>' for r in range(1, rows + 1))
    tail = f'<mergeCells count="{rows}">{merges}</mergeCells>' if merged else ""
    return f'<worksheet xmlns="{NS_MAIN}"><sheetData>{body}</sheetData>{tail}</worksheet>'.encode()


def test_filling_merged_rows_costs_what_filling_plain_rows_costs() -> None:
    # Before: every target was tested against every merge (8k merged rows: 8 s vs 1.2 s).
    rows = 4_000  # before: 3.8x the plain time here, growing with the square of the rows
    cells = {(r, 4): f"answer {r}" for r in range(1, rows + 1)}
    plain, merged = merged_sheet(rows, False), merged_sheet(rows, True)
    # The best of two runs each: other processes may share the machine.
    plain_s = min(timed(lambda: edit_sheet_xml(plain, cells, lambda _i: "")) for _ in range(2))
    merged_s = min(timed(lambda: edit_sheet_xml(merged, cells, lambda _i: "")) for _ in range(2))
    assert merged_s < 2.5 * plain_s + 0.1, (merged_s, plain_s)
    out = edit_sheet_xml(merged, {(7, 4): "x"}, lambda _i: "")
    assert b'<c r="C7" t="inlineStr">' in out and b'r="D7"' not in out


def test_merge_anchors_with_thousands_of_tall_merges() -> None:
    # 5,000 one-column merges, each 5,000 rows tall, and a target in every one.
    boxes = [(1, c, 5_000, c) for c in range(1, 5_001)]
    cells = [(r, c) for c in range(1, 5_001) for r in (2, 4_999)]
    anchors: dict[tuple[int, int], tuple[int, int]] = {}
    assert timed(lambda: anchors.update(merge_anchors(boxes, cells))) < 2.0
    assert anchors[(4_999, 77)] == (1, 77) and len(anchors) == len(cells)
    assert merge_anchors([(2, 2, 3, 4)], [(1, 2), (2, 5), (3, 3)]) == {(3, 3): (2, 2)}


# --------------------------------------------------------------------------- zip and memory


def lie_about_compressed_size(data: bytes, name: str, size: int) -> bytes:
    """`data` (a zip) with the central directory claiming `size` compressed bytes for `name`."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        name_len = int.from_bytes(out[at + 28 : at + 30], "little")
        if out[at + 46 : at + 46 + name_len] == name.encode():
            out[at + 20 : at + 24] = size.to_bytes(4, "little")
            return bytes(out)
        at = out.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{name} not in the zip")


def test_declared_compressed_size_is_not_trusted(tmp_path: Path) -> None:
    # Before: a part of 20 MB squeezed into ~20 KB but declared as 10 MB compressed passed
    # the ratio check (2x) and was inflated whole.
    padding = "<!--" + " " * 20_000_000 + "-->"
    data = workbook_zip(question_sheet(QUESTIONS, extra=padding))
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(lie_about_compressed_size(data, "xl/worksheets/sheet1.xml", 10_000_000))
    start = time.perf_counter()
    with pytest.raises(LimitExceeded, match=r"sheet1\.xml expands .*x .* zip bomb"):
        read_document(path)
    assert time.perf_counter() - start < 2.0


def test_entries_sharing_their_bytes_are_refused(tmp_path: Path) -> None:
    data = bytearray(workbook_zip(question_sheet(QUESTIONS)))
    # Point the styles-less workbook's sheet entry at the workbook part's bytes.
    heads = [i for i in range(len(data)) if data[i : i + 4] == b"PK\x01\x02"]
    offsets = [int.from_bytes(data[h + 42 : h + 46], "little") for h in heads]
    data[heads[-1] + 42 : heads[-1] + 46] = offsets[-2].to_bytes(4, "little")
    path = tmp_path / "overlap.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(SocprocError):
        read_document(path)


def test_inflated_bytes_are_counted_per_file(tmp_path: Path) -> None:
    # Each part is within its ratio; together they pass the file's byte limit.
    sheets = "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, 4))
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        for i in range(2, 4)
    )
    data = workbook_zip(question_sheet(QUESTIONS * 200), sheets=sheets, book_rels=rels)
    path = tmp_path / "q.xlsx"
    path.write_bytes(data)
    assert len(read_document(path).sheets) == 3  # one part read three times counts once
    size = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml").file_size
    with pytest.raises(LimitExceeded, match="unpacks to more than"):
        read_document(path, Settings(max_uncompressed_bytes=size + 500))


def test_cell_limit_counts_every_sheet_of_the_file(tmp_path: Path) -> None:
    # Before: the limit applied per sheet, so 40 sheets held 40x max_cells.
    sheets = "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, 6))
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        for i in range(2, 6)
    )
    path = tmp_path / "q.xlsx"
    path.write_bytes(workbook_zip(question_sheet(QUESTIONS * 10), sheets=sheets, book_rels=rels))
    per_sheet = len(read_document(path).sheets[0].cells)  # 3 header cells + 2 per question
    with pytest.raises(LimitExceeded, match="non-empty cells in all its sheets"):
        read_document(path, Settings(max_cells=per_sheet * 4))
    assert len(read_document(path, Settings(max_cells=per_sheet * 5)).sheets) == 5


@pytest.mark.parametrize("token", ["comment", "attribute"])
def test_one_huge_xml_token_is_parsed_in_linear_time(tmp_path: Path, token: str) -> None:
    # Before: expat re-scanned an unfinished token at every 64 KB piece: a 20 MB comment
    # took 29 s. Now the pieces grow while a token stays open.
    big = " " * 12_000_000  # before: about 10 s
    extra = f"<!--{big}-->" if token == "comment" else f'<ignorable x="{big}"/>'
    path = tmp_path / "q.xlsx"
    path.write_bytes(workbook_zip(question_sheet(QUESTIONS, extra=extra)))
    settings = Settings(max_compression_ratio=100_000)
    seconds = timed(lambda: read_document(path, settings))
    assert seconds < 4.0, f"{seconds:.1f}s"


# --------------------------------------------------------------------------- macros

MS_REL = "http://schemas.microsoft.com/office/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
ACTIVEX_BLOCK = (
    f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x14"><controls>'
    f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x14">'
    '<control shapeId="1025" r:id="rIdX" name="CommandButton1"><controlPr r:id="rIdImg"/>'
    "</control></mc:Choice><mc:Fallback>"
    '<control shapeId="1025" r:id="rIdX" name="CommandButton1"/></mc:Fallback>'
    "</mc:AlternateContent></controls></mc:Choice><mc:Fallback><controls>"
    '<control shapeId="1025" r:id="rIdX" name="CommandButton1"/></controls></mc:Fallback>'
    "</mc:AlternateContent>"
)


def macro_workbook() -> bytes:
    """Every way code rides in a workbook, none of them named vbaProject.bin."""
    return workbook_zip(
        question_sheet(QUESTIONS, extra=ACTIVEX_BLOCK),
        # Character references spell the macro-enabled type: a byte search misses it.
        book_type="application/vnd.ms-excel.sheet.macroEnabled.main&#43;xml",
        sheets='<sheet name="Questions" sheetId="1" r:id="rId1"/>'
        '<sheet name="Macro1" sheetId="2" r:id="rId2"/>'
        '<sheet name="Other" sheetId="3" r:id="rId3"/>',
        book_extra="<definedNames>"
        '<definedName name="_xlnm.Auto_Open">Macro1!$A$1</definedName>'
        '<definedName name="Local" localSheetId="2">Other!$A$1</definedName>'
        '<definedName name="Gone" localSheetId="1">Macro1!$A$2</definedName>'
        "</definedNames>",
        book_rels=f'<Relationship Id="rId2" Type="{MS_REL}/xlMacrosheet" '
        'Target="macrosheets/sheet1.xml"/>'
        f'<Relationship Id="rId3" Type="{NS_REL}/worksheet" Target="worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId9" Type="{MS_REL}/vbaProject" Target="media/image9.png"/>',
        types='<Override PartName="/xl/macrosheets/sheet1.xml" '
        'ContentType="application/vnd.ms-excel.macrosheet+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{SHEET_TYPE}"/>'
        '<Override PartName="/xl/media/image9.png" ContentType="application/vnd.ms-office.'
        'vbaProject"/><Override PartName="/xl/activeX/activeX1.xml" '
        'ContentType="application/vnd.ms-office.activeX+xml"/>'
        '<Default Extension="bin" ContentType="application/vnd.ms-office.activeX"/>'
        '<Default Extension="png" ContentType="image/png"/>',
        parts={
            "xl/macrosheets/sheet1.xml": f'<xm:macrosheet xmlns:xm="{MS_REL}"><sheetData>'
            '<row r="1"><c r="A1"><f>EXEC("calc.exe")</f></c></row></sheetData></xm:macrosheet>',
            "xl/worksheets/sheet2.xml": question_sheet(["Other question?"]),
            "xl/media/image9.png": b"\xd0\xcf\x11\xe0 VBA storage: Shell calc.exe",
            "xl/worksheets/_rels/sheet1.xml.rels": f'<Relationships xmlns="{NS_PKG}">'
            f'<Relationship Id="rIdX" Type="{NS_REL}/control" Target="../activeX/activeX1.xml"/>'
            f'<Relationship Id="rIdImg" Type="{NS_REL}/image" Target="../media/image1.png"/>'
            "</Relationships>",
            "xl/media/image1.png": b"\x89PNG fake",
            "xl/activeX/activeX1.xml": '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/'
            '2006/activeX" ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}" r:id="rId1" '
            f'xmlns:r="{NS_REL}"/>',
            "xl/activeX/_rels/activeX1.xml.rels": f'<Relationships xmlns="{NS_PKG}">'
            f'<Relationship Id="rId1" Type="{MS_REL}/activeXControlBinary" '
            'Target="activeX1.bin"/></Relationships>',
            "xl/activeX/activeX1.bin": b"ActiveX persistence: Shell calc.exe",
        },
    )


def test_filled_copy_carries_no_code_whatever_its_parts_are_called(tmp_path: Path) -> None:
    source = tmp_path / "q.xlsm"
    source.write_bytes(macro_workbook())
    answer = response("R2", "q", sheet="Questions", answer_ref="C2", suggested="Yes")
    dest = write_filled_xlsx(source, [answer], tmp_path / "q.filled.xlsx")
    with zipfile.ZipFile(dest) as z:
        names = set(z.namelist())
        assert not names & {
            "xl/macrosheets/sheet1.xml",
            "xl/media/image9.png",
            "xl/activeX/activeX1.xml",
            "xl/activeX/activeX1.bin",
            "xl/activeX/_rels/activeX1.xml.rels",
        }
        types = z.read("[Content_Types].xml").decode()
        assert "macro" not in types.lower() and "activex" not in types.lower()
        assert "vbaproject" not in types.lower() and PLAIN_BOOK in types
        rels = " ".join(z.read(n).decode() for n in names if n.endswith(".rels"))
        for kind in ("xlMacrosheet", "vbaProject", "/control", "activeXControlBinary"):
            assert kind not in rels
        book = z.read("xl/workbook.xml").decode()
        assert "Macro1" not in book and "Auto_Open" not in book
        assert '<definedName name="Local" localSheetId="1">' in book
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        assert "<controls>" not in sheet and "CommandButton1" not in sheet
        assert 'r="C2"' in sheet and ">Yes<" in sheet
    book_obj = openpyxl.load_workbook(dest)
    assert book_obj.sheetnames == ["Questions", "Other"]
    assert book_obj["Questions"]["C2"].value == "Yes"


def test_a_plain_workbook_is_copied_byte_for_byte(tmp_path: Path) -> None:
    source = tmp_path / "q.xlsx"
    source.write_bytes(workbook_zip(question_sheet(QUESTIONS)))
    dest = write_filled_xlsx(source, [], tmp_path / "q.filled.xlsx")
    assert dest.read_bytes() == source.read_bytes()


# --------------------------------------------------------------------------- more stalls


def test_format_code_with_unclosed_brackets_is_linear() -> None:
    assert timed(lambda: format_kind("[" * 200_000 + "yyyy")) < 0.5
    assert format_kind("[Red][<=100]dd/mm") == "date"


def test_many_sheet_entries_with_odd_case_targets_are_linear(tmp_path: Path) -> None:
    # Each target resolved by scanning every part name: 8,000 x 8,000 before.
    count = 8_000
    sheets = "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(2, count))
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{NS_REL}/worksheet" Target="WORKSHEETS/X{i}.XML"/>'
        for i in range(2, count)
    )
    parts: dict[str, bytes | str] = {f"xl/worksheets/x{i}.xml": b"" for i in range(2, count)}
    path = tmp_path / "q.xlsx"
    path.write_bytes(
        workbook_zip(
            question_sheet(QUESTIONS),
            sheets='<sheet name="Questions" sheetId="1" r:id="rId1"/>' + sheets,
            book_rels=rels,
            parts=parts,
        )
    )

    def read() -> None:
        with contextlib.suppress(SocprocError):  # the empty parts are not XML
            read_document(path)

    assert timed(read) < 5.0


def test_thousands_of_dropdowns_over_huge_ranges_are_bounded(tmp_path: Path) -> None:
    rows = "".join(
        f'<row r="{r}">{text_cell(f"A{r}", f"v{r}")}{text_cell(f"B{r}", f"w{r}")}</row>'
        for r in range(1, 20_001)
    )
    validations = "".join(
        f'<dataValidation type="list" sqref="C{r}"><formula1>$A${r}:$B$1048576</formula1>'
        "</dataValidation>"
        for r in range(1, 3_001)
    )
    sheet = (
        f'<worksheet xmlns="{NS_MAIN}"><sheetData>{rows}</sheetData>'
        f'<dataValidations count="3000">{validations}</dataValidations></worksheet>'
    )
    path = tmp_path / "q.xlsx"
    path.write_bytes(workbook_zip(sheet))
    # Before: 20 s, every dropdown scanning the 40,000 cells below it.
    docs: list[Document] = []
    assert timed(lambda: docs.append(read_document(path))) < 6.0
    validations = docs[0].sheets[0].validations
    assert validations[0].choices[:3] == ("v1", "w1", "v2")
    assert validations[-1].choices == ()  # past the budget: unknown, like INDIRECT


def test_shared_string_with_many_runs_is_read_linearly(tmp_path: Path) -> None:
    runs = "".join(f"<r><t>{i % 10}</t></r>" for i in range(40_000))
    strings = (
        f'<sst xmlns="{NS_MAIN}" count="2" uniqueCount="2"><si>{runs}'
        "<rPh><t>ruby</t></rPh></si><si><t> </t></si></sst>"
    )
    sheet = (
        f'<worksheet xmlns="{NS_MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
        '<c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>'
    )
    source = tmp_path / "q.xlsx"
    source.write_bytes(
        workbook_zip(
            sheet,
            book_rels=f'<Relationship Id="rId2" Type="{NS_REL}/sharedStrings" '
            'Target="sharedStrings.xml"/>',
            parts={"xl/sharedStrings.xml": strings},
        )
    )
    answer = response("R1", "q", sheet="Questions", answer_ref="B1", suggested="Yes")
    dest: list[Path] = []
    seconds = timed(lambda: dest.append(write_filled_xlsx(source, [answer], tmp_path / "f.xlsx")))
    assert seconds < 4.0
    with zipfile.ZipFile(dest[0]) as z:
        assert b">Yes<" in z.read("xl/worksheets/sheet1.xml")


# --------------------------------------------------------------------------- links


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symlinked_input_is_refused_in_one_line(tmp_path: Path) -> None:
    # Before: read_document followed the link, so a private file elsewhere was read.
    secret = tmp_path / "private" / "secret.csv"
    secret.parent.mkdir()
    secret.write_text("ID,Question\nQ1,Do you have a SOC 2 report?\n", encoding="utf-8")
    secret.chmod(0o600)
    link = tmp_path / "inbox" / "q.csv"
    link.parent.mkdir()
    link.symlink_to(secret)
    with pytest.raises(SocprocError) as err:
        read_document(link)
    assert err.value.line() == (
        f"{link}: is a symbolic link; socproc reads only the file itself — copy the file "
        "into the folder instead of linking it"
    )
    done = CliRunner().invoke(cli, ["extract", str(link)])
    assert done.exit_code != 0 and "Traceback" not in done.output
    assert "symbolic link" in done.output
