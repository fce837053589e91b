"""Kinds found by first contact with labelled_buyer41, labelled_buyer42 and labelled_buyer43
(skydiving, balloon rides, fireworks, karting, pottery, recording studios, cord blood banks,
hatcheries; maple syrup, tree care, pet grooming, surf schools, scaffolding, well drilling, photo
booths, piano tuning; axe throwing, taxidermy, upholstery, tree farms, watch repair, sail lofts,
laser tag, inflatable hire), each tested on other wordings than the batches' own, with
look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of main
4446f33c (checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc2

# ------------------------------------------------ anything that ever happened, asked with "ever"


@pytest.mark.parametrize(
    "text",
    [
        "Has a rollercoaster ever been stopped because its emergency power overheated?",
        "Has a crane ever been locked out because its controller tripped?",
        "Has a match ever been played after the pitch inspection failed?",
        "Has a class ever gone ahead after a security alert was issued for the area?",
        "Has a kiln firing ever been aborted because the backup power ran out?",
        "Has a generator ever been shut off because its battery overheated?",
    ],
)
def test_anything_that_ever_happened_is_history(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Has your disaster recovery plan ever been tested?", "A1.3"),
        ("Have you ever performed a penetration test of the booking site?", "CC4.1"),
        ("Has your incident response plan ever been exercised with a tabletop?", "CC7.4"),
        ("Have you ever restored a customer's database from backup to check it works?", "A1.2"),
    ],
)
def test_lookalike_a_practice_ever_done_stays_a_control(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)
