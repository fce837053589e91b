"""Kinds found by first contact with labelled_buyer44 and labelled_buyer45 (farriers, mushroom
farms, monumental masons, crane hire, aquarium maintenance, bridal salons, trampoline parks,
bookbinders; chocolatiers, uniform tailors, stained glass restorers, window cleaners, airport
falconers, instrument repairers, dog walkers, knife exchanges), each tested on other wordings
and trades than the batches' own, with look-alikes (marked) that guard the kinds' edges. Every
test of a kind fails on the code of main f1af437d (checked in a second worktree of main); the
look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc2

# ----------------------------------------- the business's work counted over a past period


@pytest.mark.parametrize(
    "text",
    [
        "Number of classic cars restored over the last five years.",
        "Number of stolen bikes recovered in the last five years.",
        "Count of church organs restored during the last five years",
        "Number of listed barns protected in the past five years.",
    ],
)
def test_work_counted_over_a_past_period_is_a_fact(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Number of penetration tests performed in the last five years.", "CC4.1"),
        ("Number of backup restores tested in the last year.", "A1.2"),
        ("Number of days within which a leaver's access is removed", "CC6.2"),
    ],
)
def test_lookalike_a_practice_counted_stays_a_control(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)
