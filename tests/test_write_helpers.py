"""Hand-built results for the writer tests (`make_result`), and tests of the answer plan they share."""

from __future__ import annotations

from datetime import date

from socproc.mapping.wording import choice_for
from socproc.model import (
    AnswerSource,
    Classification,
    Mapping,
    Requirement,
    Response,
    Skip,
    SocNeed,
    Status,
)
from socproc.result import EvidenceItem, Result
from socproc.write.plan import plan_writes, split_ref

AS_OF = date(2026, 11, 26)
INJECTION = '=HYPERLINK("http://evil.example","click")'
LONG_TEXT = "x" * 40_000


def response(
    ref: str,
    question: str,
    status: Status = Status.COVERED,
    needs: tuple[SocNeed, ...] = (SocNeed.SOC2_TYPE2,),
    *,
    sheet: str | None = "Questions",
    answer_ref: str | None = None,
    comment_ref: str | None = None,
    answer: str | None = None,
    choices: tuple[str, ...] = (),
    suggested: str = "Yes: see our SOC 2 Type II report (soc2-2026), shared under NDA.",
    answer_value: str | None = None,
    filled: bool = True,
    flags: tuple[str, ...] = (),
    evidence: tuple[str, ...] = ("soc2-2026",),
    remedy: str = "",
    source: AnswerSource | None = None,
) -> Response:
    """One hand-built requirement with its classification and mapping."""
    return Response(
        Requirement(
            ref=ref,
            question=question,
            question_id=ref.rsplit("!", 1)[-1],
            section="Documentation",
            sheet=sheet,
            answer=answer,
            answer_ref=answer_ref,
            comment_ref=comment_ref,
            choices=choices,
        ),
        Classification(
            soc_need=needs,
            criteria=("CC6.1",) if needs else (),
            categories=("security",) if needs else (),
            confidence=0.9,
            rationale="named 'SOC 2'",
        ),
        Mapping(
            status=status,
            flags=flags,
            evidence=evidence,
            suggested_response=suggested,
            remedy=remedy,
            answer_source=source,
            answer=answer_value or "",
            filled=filled,
        ),
    )


def make_result(source: str = "vendor q.xlsx", fmt: str = "xlsx", extra: int = 0) -> Result:
    """A result with every status, several SOC needs, an injection row and an over-long cell."""
    rows = [
        response(
            "Questions!B2",
            "Do you have a SOC 2 Type II report?",
            answer_ref="C2",
            answer_value="Yes",
        ),
        response(
            "Questions!B3",
            "Provide your SOC 1 report.",
            Status.GAP,
            (SocNeed.SOC1,),
            evidence=(),
            remedy="obtain a SOC 1 Type II",
        ),
        response(
            "Questions!B4",
            INJECTION,
            Status.PARTIAL,
            flags=("stale", "bridge_letter_needed"),
            remedy="request a bridge letter",
        ),
        response(
            "Questions!B5",
            "What is your company address?",
            Status.REVIEW,
            (),
            evidence=(),
            suggested="",
        ),
        response(
            "Questions!B6",
            LONG_TEXT,
            Status.GAP,
            (SocNeed.SOC3,),
            evidence=(),
            remedy="obtain a SOC 3",
        ),
        response(
            "Questions!B7",
            "Reuse of approved answer",
            source=AnswerSource("answers.yaml", "DOCU-01", 0.93),
            evidence=("ans-1",),
        ),
    ]
    rows += [
        response(f"Questions!B{8 + i}", f"Generated question {i} about encryption at rest?")
        for i in range(extra)
    ]
    return Result(
        source=source,
        format=fmt,
        as_of=AS_OF,
        vendor="Acme Cloud",
        responses=tuple(rows),
        skipped=(Skip("Questions!A1", "header"),),
        evidence_items=(
            EvidenceItem(
                "soc2-2026",
                "SOC 2",
                "SOC 2 Type II 2026",
                "nda",
                "Type II, 2025-10-01 to 2026-09-30",
            ),
        ),
        version="0.1.0",
    )


def test_choice_for_matches_dropdown_spelling_or_refuses() -> None:
    assert choice_for(" yes ", ("Yes", "No")) == "Yes"
    assert choice_for("Maybe", ("Yes", "No")) is None
    assert choice_for("Anything", ()) == "Anything"
    assert choice_for("  ", ("Yes",)) is None


def test_plan_puts_dropdown_value_in_answer_and_sentence_in_comment() -> None:
    rows = [
        response(
            "S!B2",
            "q",
            answer_ref="C2",
            comment_ref="D2",
            choices=("Yes", "No"),
            answer_value="yes",
        ),
        response("S!B3", "q", answer_ref="C3", comment_ref="D3", choices=("Yes", "No")),
        response("S!B4", "q", answer_ref="C4", choices=("Yes", "No")),
        response("S!B5", "q", answer_ref="C5", comment_ref="D5"),
        response("S!B6", "q", answer_ref="C6", suggested=""),
        response("S!B7", "q", answer_ref=None),
    ]
    plan = [(w.ref, w.text[:3]) for w in plan_writes(rows)]
    assert plan == [("C2", "Yes"), ("D2", "Yes"), ("D3", "Yes"), ("C5", "Yes")]


def test_split_ref_reads_sheet_qualified_and_absolute_refs() -> None:
    assert split_ref("C12", "S") == ("S", 12, 3)
    assert split_ref("$AB$7", None) == (None, 7, 28)
    assert split_ref("'It''s'!D4", None) == ("It's", 4, 4)
    assert split_ref("Other!A1", "S") == ("Other", 1, 1)


def test_row_heights_of_a_table_equal_each_rows_height() -> None:
    import random

    from socproc.write.xlsxcells import row_height, row_heights_of

    rng = random.Random(3)
    texts: list[object] = ["", None, 3, 0.5, "x" * 130, "a\nb\n" + "c" * 70, "\n\n", "short"]
    widths = (10.0, 60.0, 12.5, 1.0)
    wrapped = (True, True, False, True)
    for length in (4, 3, 5):  # as wide as the widths, narrower, wider
        rows = [tuple(rng.choice(texts) for _ in range(length)) for _ in range(200)]
        assert row_heights_of(rows, widths, wrapped) == [
            row_height(r, widths, wrapped) for r in rows
        ]
    ragged = [("x" * 300,), ("a", "b" * 200, "c")]
    assert row_heights_of(ragged, widths, wrapped) == [
        row_height(r, widths, wrapped) for r in ragged
    ]
    assert row_heights_of([], widths, wrapped) == []
