"""Kinds found by first contact with labelled_buyer46 (cheese maturing, organ maintenance,
thatching, shoe repair concessions, canal boat hire, vehicle livery, ice sculpture, architectural
ironwork), each tested on other wordings and trades than the batch's own, with look-alikes
(marked) that guard the kinds' edges. Every test of a kind fails on the code of main 81dee510
(checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

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


# --------------------------- "SOC" and a year: the Standard Occupational Classification's edition


@pytest.mark.parametrize(
    "text",
    [
        "Which SOC 2010 unit group do your farriers fall under?",
        "Map each of your job titles to its SOC 2020 group.",
        "List your roles with their SOC 2018 codes.",
    ],
)
def test_soc_and_a_year_is_the_occupation_classification(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Please provide your SOC 2 report for 2020.", SocNeed.SOC2_TYPE2),
        ("Provide the SOC 1 report covering 2023.", SocNeed.SOC1),
        ("Provide your most recent SOC report (2024).", SocNeed.SOC2_TYPE2),
    ],
)
def test_lookalike_a_report_and_its_year_stays_a_report(text: str, need: SocNeed) -> None:
    assert classify(text).soc_need == (need,)


# ------------------------------------------- a trade body's accreditation of the vendor's people


@pytest.mark.parametrize(
    "text",
    [
        "Are your boat builders accredited by the Institute of Marine Engineering?",
        "Are your kitchen fitters certified by the Institute of Kitchen Installers?",
        "Are your chimney builders accredited by the Institute of Chimney Engineers?",
    ],
)
def test_people_accredited_by_a_trade_body_is_a_fact(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are your penetration testers accredited by CREST?", "CC4.1"),
        (
            "Are your security analysts members of the Chartered Institute of Information"
            " Security?",
            "CC1.4",
        ),
        (
            "Are your privacy staff certified by the International Association of Privacy"
            " Professionals?",
            "CC1.3",
        ),
        ("Are changes approved by the change advisory board?", "CC8.1"),
    ],
)
def test_lookalike_security_competence_stays_a_control(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)


# ----------------------------------------- people's data said to be used only for a purpose


@pytest.mark.parametrize(
    "text",
    [
        "Guests give an email address when they book. Explain how those addresses are used only"
        " to send their booking confirmation.",
        "Are patients' mobile numbers used only for appointment reminders?",
        "Is the postcode a member gives used only to find their nearest branch?",
        "Are pupils' photos only used for the class register?",
    ],
)
def test_data_used_only_for_a_purpose_is_purpose_limitation(text: str) -> None:
    assert_soc2(text, "P4.1")


@pytest.mark.parametrize(
    "text",
    [
        "Is the shared drive used only for project files?",
        "Are the vans used only for our deliveries?",
        "Which phone number should we use to reach your support desk?",
    ],
)
def test_lookalike_things_used_only_for_a_purpose_need_no_report(text: str) -> None:
    assert_no_report(text)


def test_lookalike_an_account_used_only_for_administration_stays_access() -> None:
    assert_soc2("Is the admin account used only for administration tasks?", "CC6.2")
