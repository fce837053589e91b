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


# ------------- a word of security said of goods or of an option of a thing the buyer orders


@pytest.mark.parametrize(
    "text",
    [
        # "to protect" said of goods
        "Is each saddle treated with oil to protect the leather from cracking?",
        "Are the marble tops sealed to protect them from wine stains?",
        "Do you wrap each vase in foam to protect it from knocks?",
        "Is every hive painted to protect the timber from rot?",
        # goods kept so "in transit"
        "Are the flowers kept chilled in transit?",
        "Are paintings insured while in transit to the gallery?",
        "Most farms are a short drive from the dairy. Are the cheeses kept cold in transit?",
        "Are live lobsters kept damp in transit?",
        # the product's own work kept on a card or stick
        "Can each chef's oven programmes be saved to a memory card?",
        "Can the embroidery machine's stitch designs be kept on a USB stick?",
        "Can the loom's weaving patterns be stored on a memory stick?",
        "Can the player's favourite settings be copied to a USB drive?",
        # an option a thing the buyer orders is made with
        "Can the new doors be fitted with an access control keypad?",
        "Tenants keep losing keys. Can the shed be supplied with an access control lock?",
        "Can the bike store be built with an access control system?",
        # a code or link a thing carries to a page
        "Can the menu carry a QR code that opens our ordering page?",
        "Can the van display a QR code linking to our order tracking site?",
        "Does the receipt include a link to the shipment tracking page?",
    ],
)
def test_security_word_of_goods_or_an_option_is_a_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("How do you protect customer data from unauthorised access?", "CC6.7"),
        ("Are the server rooms protected from fire and flood?", "A1.2"),
        ("What do you do to protect against power outages?", "A1.2"),
        ("Do you have measures in place to protect against ransomware?", "CC6.8"),
        ("Is everything encrypted in transit?", "CC6.7"),
        ("Are payments protected in transit?", "CC6.7"),
        ("Are backup tapes encrypted in transit to the offsite store?", "CC6.7"),
        ("Are memory cards wiped before they are reused?", "CC6.5"),
        ("Is the use of USB sticks blocked on staff laptops?", "CC6.7"),
        ("Can the payroll data be saved to a memory stick?", "CC6.5"),
        ("Are your data centre doors fitted with access control keypads?", "CC6.1"),
        ("Can the servers be fitted with encrypted drives?", "CC6.1"),
        ("Can the admin portal be built with single sign-on?", "CC6.1"),
        ("Can the service be delivered with multi-factor authentication?", "CC6.1"),
        ("Can the login page show a link to the password reset page?", "CC6.1"),
        ("Does the email include a link to verify the account?", "CC6.2"),
    ],
)
def test_lookalike_protection_of_the_estate_stays_a_control(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)
