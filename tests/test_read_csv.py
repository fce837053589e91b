"""Tests for the CSV reader: encodings, delimiters, quoting, limits."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from socproc.errors import LimitExceeded
from socproc.model import Settings
from socproc.read import read_document
from socproc.read.csv import detect_encoding, sniff_delimiter

ROWS = [
    ["ID", "Question", "Answer"],
    ["Q-1", "Do you hold a SOC 2 Type II report, and is it current?", "Yes"],
    ["Q-2", "Décrivez votre politique de sécurité; merci.", ""],
]


def _csv_text(delimiter: str) -> str:
    def quote(v: str) -> str:
        return f'"{v}"' if any(ch in v for ch in ',;\t|"') else v

    return "\r\n".join(delimiter.join(quote(v) for v in row) for row in ROWS) + "\r\n"


EXPECTED = {
    (1, 1): "ID",
    (1, 2): "Question",
    (1, 3): "Answer",
    (2, 1): "Q-1",
    (2, 2): "Do you hold a SOC 2 Type II report, and is it current?",
    (2, 3): "Yes",
    (3, 1): "Q-2",
    (3, 2): "Décrivez votre politique de sécurité; merci.",
}


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_every_encoding_and_delimiter_reads_the_same_cells(
    tmp_path: Path, encoding: str, bom: bytes, delimiter: str
) -> None:
    path = tmp_path / "vendor questions.csv"
    path.write_bytes(bom + _csv_text(delimiter).encode(encoding))
    doc = read_document(path)
    assert doc.format == "csv"
    (sheet,) = doc.sheets
    assert sheet.name == "vendor questions"
    assert sheet.cells == EXPECTED
    assert (sheet.max_row, sheet.max_col) == (3, 3)


def test_quoted_newlines_stay_in_one_cell_and_nothing_is_typed(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('ID,Question\n007,"line one\nline two"\n1.50,=SUM(A1)\n', encoding="utf-8")
    cells = read_document(path).sheets[0].cells
    assert cells[(2, 1)] == "007" and cells[(3, 1)] == "1.50"
    assert cells[(2, 2)] == "line one\nline two"
    assert cells[(3, 2)] == "=SUM(A1)"


def test_prose_with_commas_in_a_semicolon_file_picks_semicolon() -> None:
    sample = (
        "ID;Question;Answer\n1;Do you, or your vendors, encrypt data;Yes\n2;Backups, tested?;No\n"
    )
    assert sniff_delimiter(sample) == ";"


def test_single_column_defaults_to_comma() -> None:
    assert sniff_delimiter("Question\nDo you encrypt data\nDo you back up\n") == ","


def test_utf16_without_bom_is_detected_from_its_nuls() -> None:
    assert detect_encoding("ID,Question\n".encode("utf-16-le")) == ("utf-16-le", 0)
    assert detect_encoding("ID,Question\n".encode("utf-16-be")) == ("utf-16-be", 0)
    assert detect_encoding("caf\u00e9".encode("cp1252")) == ("cp1252", 0)


def test_long_cell_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("a,b\nc," + "x" * 300 + "\n", encoding="utf-8")
    with pytest.raises(LimitExceeded) as err:
        read_document(path, Settings(max_cell_chars=200))
    assert str(err.value).startswith(f"{path}:B2: cell has 300 characters (limit 200)")


def test_header_only_csv_reads_one_row(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(b"ID,Question,Answer\n")
    (sheet,) = read_document(path).sheets
    assert sheet.cells == {(1, 1): "ID", (1, 2): "Question", (1, 3): "Answer"}
    assert sheet.max_row == 1


def test_excel_sep_hint_line_wins(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\nID;Question, with comma\nQ1;Encrypt?\n", encoding="utf-8")
    cells = read_document(path).sheets[0].cells
    assert cells[(2, 2)] == "Question, with comma" and cells[(3, 2)] == "Encrypt?"
