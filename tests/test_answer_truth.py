"""The answer truth set (tests/data/answer_truth) scored by scripts/answer_truth.py: no answer
written into a buyer's file may be a false claim (spec 6.1, section 10 "Truthfulness")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import load_script

from socproc.inventory.load import load_inventory

TRUTH = Path(__file__).parent / "data" / "answer_truth"
AT = load_script("answer_truth")


def test_every_inventory_of_the_truth_set_loads_with_an_as_of() -> None:
    for path in sorted(TRUTH.glob("inv_*.yaml")):
        assert load_inventory(path).as_of is not None, path.name


def test_corpus_rows_carry_no_corpus_text() -> None:
    # The corpus files are licensed test inputs: their questions are stored by reference.
    for line in (TRUTH / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["source"] != "written":
            assert "question" not in row and len(row["question_sha1"]) == 40


def test_written_questions_get_no_false_claim_and_no_unsupported_answer() -> None:
    rows = [r for r in AT.load_rows() if r["source"] == "written"]
    assert len(rows) > 80
    score = AT.score(rows)
    assert [r["id"] for r, _ in score["false_claims"]] == []
    assert [r["id"] for r, _ in score["unsupported"]] == []


@pytest.mark.corpus
def test_the_whole_truth_set_gets_no_false_claim(corpus: Path) -> None:
    assert corpus == AT.CORPUS
    rows = AT.load_rows()
    assert len(rows) == 342  # every corpus question found by its id and text hash
    assert AT.score(rows)["false_claims"] == []


def test_a_false_claim_is_counted() -> None:
    row = {"expected": "", "false_claims": ["Yes", "No"], "form": "yesno", "fact": ""}
    assert AT._false("Yes", row) and AT._false("No.", row)
    stated = {"expected": "No", "false_claims": [], "form": "yesno", "fact": "x"}
    assert AT._false("Yes", stated) and not AT._false("No", stated)
