"""The filled .csv copy: same dialect and encoding, answers in empty cells, formula-looking text neutralised."""

from __future__ import annotations

from pathlib import Path

from test_write_helpers import INJECTION, make_result, response

from socproc.write import write_outputs
from socproc.write.filled_csv import neutralise, write_filled_csv


def test_neutralise_follows_owasp_but_keeps_numbers() -> None:
    assert [
        neutralise(v)
        for v in ["=1+1", "+x", "-x", "@SUM(A1)", "\tx", "\rx", "-5", "+1.5", "a=b", ""]
    ] == [
        "'=1+1",
        "'+x",
        "'-x",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "-5",
        "+1.5",
        "a=b",
        "",
    ]


def test_semicolon_cp1252_crlf_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "q.csv"
    src.write_bytes(
        "ID;Question;Answer\r\nQ1;Haben Sie einen SOC 2 Bericht?;\r\nQ2;Prüfung?;Ja\r\nQ3;=CMD|' /C calc'!A0;\r\n".encode(
            "cp1252"
        )
    )
    rows = [
        response("R2", "q", sheet=None, answer_ref="C2", suggested="Ja — soc2-2026"),
        response("R3", "q", sheet=None, answer_ref="C3", suggested="overwrite?"),
        response("R4", "q", sheet=None, answer_ref="C4", suggested=INJECTION),
        response("R6", "q", sheet=None, answer_ref="B6", suggested="new row"),
    ]
    out = write_filled_csv(src, rows, tmp_path / "q.filled.csv")
    text = out.read_bytes().decode("cp1252")
    assert text.split("\r\n") == [
        "ID;Question;Answer",
        "Q1;Haben Sie einen SOC 2 Bericht?;Ja — soc2-2026",
        "Q2;Prüfung?;Ja",
        # The buyer's own cells stay as they were: only what socproc writes is neutralised.
        'Q3;=CMD|\' /C calc\'!A0;"\'=HYPERLINK(""http://evil.example"",""click"")"',
        "",
        ";new row",
        "",
    ]


def test_utf8_bom_comma_file_keeps_its_bom(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(b'\xef\xbb\xbfid,question,answer\n1,"Multi\nline?",\n')
    result = make_result(str(src), "csv")
    result = type(result)(
        result.source,
        "csv",
        result.as_of,
        result.vendor,
        (response("A2", "q", sheet=None, answer_ref="C2"),),
    )
    paths = write_outputs(result, tmp_path / "out")
    assert paths[2].name == "in.filled.csv"
    data = paths[2].read_bytes()
    assert data.startswith(b'\xef\xbb\xbfid,question,answer\n1,"Multi\nline?","Yes: see our SOC 2')
