"""Confidence means something: each decision path claims no more than its tune rows earned."""

from __future__ import annotations

import json

import pytest
from helpers import CORPUS, CORPUS_HINT, ROOT, load_script

from socproc.classify import classify
from socproc.classify.calibration import (
    CONFIDENCE,
    FIRST_CONTACT,
    MIN_ROWS,
    UNMEASURED,
    earned,
    settle,
    wilson_lower,
)
from socproc.classify.decide import decision_path
from socproc.classify.needs import Decision

EV = load_script("evaluate")


def test_wilson_lower_bound() -> None:
    assert wilson_lower(0, 0) == 0.0
    assert wilson_lower(10, 10) == pytest.approx(0.787, abs=0.001)
    assert wilson_lower(30, 39) < 30 / 39  # a bound, below the rate
    assert wilson_lower(300, 390) > wilson_lower(30, 39)  # more rows, a tighter bound
    assert earned(0, 0) == UNMEASURED
    assert earned(10, 10) == 0.75  # down to a multiple of 0.05


def test_settle_records_the_path_and_its_confidence() -> None:
    d = Decision()
    settle(d, "near")
    assert d.path == "near" and d.confidence == CONFIDENCE["near"]
    with pytest.raises(KeyError):
        settle(d, "no such path")


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("Provide your SOC 2 Type II report.", "report"),
        ("How many people work in your support team?", "not-asked"),
        ("Do you encrypt customer data at rest?", "cues"),
        ("Do you hold an ISO 27001 certificate?", "framework"),
        ("Can the product print charts in colour?", "not-near-feature"),
        ("If installed on-premises, who applies operating system updates?", "buyer-runs"),
    ],
)
def test_decision_path(text: str, path: str) -> None:
    assert decision_path(text) == path
    assert classify(text).confidence <= CONFIDENCE[path]


def test_every_path_claims_no_more_than_its_tune_rows_earned() -> None:
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_HINT)
    written = [
        json.loads(line)
        for line in (ROOT / "tests" / "data" / "labelled.jsonl").read_text().splitlines()
        if line.strip() and json.loads(line)["split"] == "tune"
    ]
    real = EV.calibration_rows(EV.real_rows(), EV.corpus_rows(), EV.buyer_rows())
    assert real and all(r.get("split", "tune") == "tune" for r in real)
    for t in EV.calibration_table(real, written):
        assert t["confidence"] <= t["earned"] + 1e-9, t


def test_every_path_claims_no_more_than_its_first_contact_earned() -> None:
    # first contact is the only measure of a path on text its rules were not written beside
    for path, (right, n) in FIRST_CONTACT.items():
        assert path in CONFIDENCE, path
        if n >= MIN_ROWS:
            # ... or a coin's worth, when they earned less
            assert CONFIDENCE[path] <= max(earned(right, n), UNMEASURED) + 1e-9, (path, n)
