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


# ------------------------------------ what users put up, checked or held back before it is shown


@pytest.mark.parametrize(
    "text",
    [
        "Can a moderator reject reviews before they are shown on the listing page?",
        "Are song requests filtered against a profanity list before they appear on the venue"
        " screen?",
    ],
)
def test_what_users_put_up_checked_before_it_is_shown_is_a_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are code changes reviewed before they appear on the public website?", "CC8.1"),
        (
            "Are uploaded files scanned for malware before they appear in the shared folder?",
            "CC6.8",
        ),
        ("Are customers asked for consent before their photos appear on your website?", "P2.1"),
    ],
)
def test_lookalike_changes_malware_and_consent_before_showing_stay_controls(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# ------------------------------------------------ an alert when a reading leaves its range


@pytest.mark.parametrize(
    "text",
    [
        "Does the wine cellar sensor send an alert when humidity goes out of range?",
        "Do the fridges send an email alert if the temperature drifts outside the set range?",
    ],
)
def test_an_alert_when_a_reading_leaves_its_range_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_an_alert_when_server_cpu_leaves_its_range_stays_monitoring() -> None:
    assert_soc2(
        "Does the monitoring system alert on-call staff when server CPU goes outside its normal"
        " range?",
        "CC7.2",
    )
