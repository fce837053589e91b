"""Kinds found by first contact with labelled_buyer46 (cheese maturing, organ maintenance,
thatching, shoe repair concessions, canal boat hire, vehicle livery, ice sculpture, architectural
ironwork), each tested on other wordings and trades than the batch's own, with look-alikes
(marked) that guard the kinds' edges. Every test of a kind fails on the code of main 81dee510
(checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_soc1, assert_soc2

# ------------------ the buyer's goods or money agreed to a record of its own books or tills


@pytest.mark.parametrize(
    "text",
    [
        "Is your monthly count of our pallets reconciled to our inventory records?",
        "Are the tyres you keep for our fleet counted each month and matched to our stock sheets?",
        "We pay up front for fabric kept at your mill. Is the prepaid fabric balance reconciled"
        " to our prepayments account every month?",
        "Parking is paid at our machines and you take a percentage. Are your ticket records"
        " reconciled to our car park takings before your percentage is worked out?",
        "Are the transactions you record matched to our daily sales figures every week?",
        "Are the bar tabs you ring up reconciled to our till receipts each night?",
    ],
)
def test_agreed_to_a_record_of_our_books_is_soc1(text: str) -> None:
    assert_soc1(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are user accounts reconciled to our HR records each quarter?", "PI1.4"),
        ("Is your asset inventory of laptops reconciled to our records?", "CC2.1"),
        ("Are backups reconciled to our retention schedule?", "A1.2"),
        ("Are access rights reconciled to our list of approved users quarterly?", "CC6.3"),
        ("Is the number of user licences reconciled to our contract each year?", "PI1.4"),
    ],
)
def test_lookalike_agreed_to_records_of_the_estate_stays_soc2(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)


# ------------------------------------- a charge checked before it reaches the buyer's invoice


@pytest.mark.parametrize(
    "text",
    [
        "A late fee applies when a booking is changed. Are change fees checked against the"
        " agreed rates before they appear on our invoice?",
        "Are surcharges verified against the contract before they show on our bill?",
        "Are overtime charges checked against the signed quote before they reach our monthly"
        " invoice?",
    ],
)
def test_charge_checked_before_it_reaches_our_invoice_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_code_reviewed_before_it_appears_in_production_stays_soc2() -> None:
    assert_soc2("Are code changes reviewed before they appear in production?", "CC8.1")
