"""Kinds found by first contact with labelled_buyer40 (whitewater rafting outfitters, mobile
phlebotomy, coffee roasters, bowling centres, print shops, vehicle emissions inspection, birth
centres, theatrical costume rental), each tested on other wordings than the batch's own, with
look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of main
4117ded (checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

# ------------------------------ billed quantities taken from items recorded in the service's system


@pytest.mark.parametrize(
    "text",
    [
        "Are billed visits taken from the appointments marked completed in your scheduling app?",
        "Are charged loads pulled from the deliveries closed out in your dispatch platform?",
    ],
)
def test_billed_quantities_taken_from_items_in_the_services_system_are_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_audit_logs_taken_from_a_system_stay_monitoring() -> None:
    assert_soc2(
        "Are audit logs taken from the events recorded in your dispatch system sent to the SIEM?",
        "CC7.2",
    )


# ------------------------------------------- an invoice tied back to its source before it goes out


@pytest.mark.parametrize(
    "text",
    [
        "Is every invoice tied back to the signed work order before it is sent?",
        "Is each invoice line tied back to the timesheet before it is released?",
    ],
)
def test_an_invoice_tied_to_its_source_before_it_goes_out_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_an_invoice_encrypted_before_it_is_sent_stays_cc6() -> None:
    assert_soc2("Is each invoice encrypted before it is sent to the customer?", "CC6.1")


# -------------------------------------------------------- money checked before it is remitted


@pytest.mark.parametrize(
    "text",
    [
        "Are the county's permit charges agreed to the permits issued before they are remitted?",
        "Is the parks agency's share of each ticket checked against the scanned entries before"
        " it is remitted?",
    ],
)
def test_money_checked_before_it_is_remitted_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_remittance_file_encrypted_in_transit_stays_cc6() -> None:
    assert_soc2("Is the remittance file encrypted before it is transmitted to the bank?", "CC6.7")


# ---------------------------------------- a figure reported to the buyer for its deferred revenue


@pytest.mark.parametrize(
    "text",
    [
        "Is the value of unredeemed class packs reported to us each quarter for our deferred"
        " revenue?",
        "Is the balance of prepaid lessons not yet taken reported monthly for our unearned revenue"
        " journal?",
    ],
)
def test_a_figure_reported_for_the_buyers_deferred_revenue_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_an_incident_reported_to_the_buyer_stays_incident_response() -> None:
    assert_soc2(
        "Is an incident affecting prepaid balances reported to us within 24 hours?", "CC7.4"
    )


# ------------------------------- a party's own price list or rate card changed only with approval


@pytest.mark.parametrize(
    "text",
    [
        "Are edits to each dealer's rate card approved before they apply to open orders?",
        "Are updates to each client's fee list approved before they apply to open invoices?",
    ],
)
def test_a_partys_price_list_changed_with_approval_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_the_vendors_own_price_list_to_us_is_a_commercial_term() -> None:
    assert_no_report("Are changes to our price list approved before they apply to our invoices?")


# --------------------------------------------------- a product available on commercial terms


@pytest.mark.parametrize(
    "text",
    [
        "Is the booking app available under an annual licence?",
        "Is the member portal available on a per-seat subscription?",
    ],
)
def test_available_on_commercial_terms_is_no_need(text: str) -> None:
    assert_no_report(text)


def test_lookalike_available_around_the_clock_stays_availability() -> None:
    assert_soc2("Is the platform available on a 24x7 basis?", "A1.2")


# ------------------------------------------ goods tracked by lot or bin, or tagged and followed


@pytest.mark.parametrize(
    "text",
    [
        "Is the wine inventory tracked by vintage and supplier?",
        "Is the spare parts inventory tracked by bin and supplier?",
        "Is every hire tool tagged with a barcode and tracked through servicing and repair?",
    ],
)
def test_goods_tracked_by_lot_or_tagged_and_followed_are_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_the_hardware_inventory_stays_an_asset_inventory() -> None:
    assert_soc2("Is the hardware inventory tracked by location and owner?", "CC2.1")


def test_lookalike_laptops_tagged_and_tracked_to_disposal_stay_a_control() -> None:
    assert_soc2("Is every laptop tagged with an asset tag and tracked through disposal?", "CC6.5")


# ------------------------------------------------ the stock a document of the business is printed on


@pytest.mark.parametrize(
    "text",
    [
        "Are gift certificates printed on security paper with a hologram?",
        "Are raffle tickets printed on tamper-evident card stock?",
    ],
)
def test_the_stock_a_document_is_printed_on_is_no_need(text: str) -> None:
    assert_no_report(text)


def test_lookalike_printed_reports_shredded_stay_disposal() -> None:
    assert_soc2("Are printed reports containing customer data shredded?", "CC6.5")


# ------------------------------------ a count of places named by a practice word ("test lanes")


@pytest.mark.parametrize(
    "text",
    [
        "Number of test lanes per inspection site.",
        "Number of testing stations in the network.",
    ],
)
def test_a_count_of_places_named_by_a_practice_word_is_a_fact(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_control_asked_as_a_count_stays_a_control() -> None:
    assert_soc2("Number of days within which a leaver's access is removed.", "CC6.2")


# -------------------------------------------- one party's things ever sent to another's: history


@pytest.mark.parametrize(
    "text",
    [
        "Have you ever mailed one member's statement to another member?",
        "Have you ever loaded one tenant's files into another tenant's workspace?",
    ],
)
def test_one_partys_things_ever_sent_to_another_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_restore_ever_tested_stays_a_practice() -> None:
    assert_soc2(
        "Have you ever tested restoring one customer's backup to another environment?", "A1.3"
    )


# ------------------------------------------------- a type's period told as one to come, not asked


@pytest.mark.parametrize(
    "text",
    [
        "Send us your SOC 2 Type I and the date your Type II audit window will open.",
        "Provide the SOC 2 Type 1 report, and tell us when the Type 2 testing period starts.",
    ],
)
def test_a_type_whose_period_is_to_come_is_not_asked(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC2_TYPE1,), c.rationale


def test_lookalike_both_types_asked_stay_both() -> None:
    c = classify("Provide your SOC 2 Type 1 and your SOC 2 Type 2 reports.")
    assert c.soc_need == (SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2), c.rationale
