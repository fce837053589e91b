"""Kinds found by first contact with labelled_buyer39 (escape rooms, snow removal, test centres,
medical spas, aerial crop spraying, vacation rentals, orthotics clinics, film festivals) and the
kind buyer38 left open (a portal available only in a language, read by retrieval), each tested on
other wordings than the batch's own, with look-alikes (marked) that guard the kinds' edges. Every
test of a kind fails on the code of main 4f8bc42 (checked in a second worktree of main); the
look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

# ------------------------------------- a balance agreed to an account of the books by its kind


@pytest.mark.parametrize(
    "text",
    [
        "Are unused ride credits agreed to the liability account each month?",
        "Is the prepaid tuition balance tied out to the unearned revenue account each term?",
    ],
)
def test_a_balance_agreed_to_a_ledger_account_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_service_accounts_reviewed_against_a_list_stay_an_access_review() -> None:
    assert_soc2("Are service accounts reviewed against the access list each quarter?", "CC6.3")


# ------------------------------------- billed quantities taken from the service's own records


@pytest.mark.parametrize(
    "text",
    [
        "Are invoiced hours pulled straight from the time clock so a technician cannot edit them?",
        "Are billed kilometres read directly from the vehicle's trip log?",
        "Are charged minutes taken automatically from the call records?",
    ],
)
def test_billed_quantities_taken_from_the_services_records_are_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_audit_logs_taken_from_the_billing_system_stay_monitoring() -> None:
    assert_soc2("Are audit logs taken from the billing system sent to the SIEM?", "CC7.2")


# ----------------------- money checked before it is invoiced, or before the file that pays it


@pytest.mark.parametrize(
    "text",
    [
        "Is the royalty figure checked against the licensee's audited sales reports before it"
        " is invoiced?",
        "Are stipends checked against attendance before the payroll file is uploaded?",
        "Are bonuses signed off before the payroll run is submitted?",
    ],
)
def test_money_checked_before_it_is_invoiced_or_its_payment_file_goes_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_payment_file_encrypted_before_it_is_sent_stays_cc6() -> None:
    assert_soc2("Is the payment file encrypted before it is sent to the bank?", "CC6.1")


# --------------------------------------------------- a product available only in a language


@pytest.mark.parametrize(
    "text",
    [
        "Is the tenant portal available only in French?",
        "Is the volunteer site available only in Welsh?",
    ],
)
def test_available_only_in_a_language_is_no_need(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_portal_kept_available_in_a_second_region_stays_a12() -> None:
    assert_soc2("Is the portal kept available in a second region if the first fails?", "A1.2")


# ----------------------------------------------------------------- a scale to rate or mark on


@pytest.mark.parametrize(
    "text",
    [
        "Can reviewers score each entry on a scale of 1 to 5?",
        "Can members rate instructors on a five-star scale?",
        "Can judges mark each routine on a 10-point scale?",
    ],
)
def test_a_rating_scale_is_no_capacity(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_platform_that_scales_stays_capacity() -> None:
    assert_soc2("Does the platform scale automatically during peak enrolment?", "A1.1")


# ------------------------------------ reminders and confirmations of bookings sent by a channel


@pytest.mark.parametrize(
    "text",
    [
        "Can the front desk send booking confirmations by email?",
        "Can staff send class reminders by text?",
        "Can the office send appointment confirmations by e-mail?",
    ],
)
def test_booking_reminders_sent_by_a_channel_are_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_login_notifications_by_email_stay_a_control() -> None:
    assert_soc2("Are login notifications sent by email when a new device signs in?", "CC6.1")


# ------------------------------------------------- a page or form of the product taking money


@pytest.mark.parametrize(
    "text",
    [
        "Can the registration form collect a non-refundable fee?",
        "Can the enrolment page take a deposit when a parent signs up?",
    ],
)
def test_a_page_taking_a_payment_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_login_page_accepting_a_hardware_key_stays_cc61() -> None:
    assert_soc2("Can the login page accept a hardware key?", "CC6.1")


# ----------------------------------------------- a report offered broken down by a dimension


def test_a_usage_dashboard_available_per_site_is_a_feature() -> None:
    assert_no_report("Is the bandwidth usage dashboard available per site?")


def test_lookalike_an_audit_log_report_per_tenant_stays_monitoring() -> None:
    assert_soc2("Is the audit log report available per tenant?", "CC7.2")


# ------------------------------------------------- road salt is no salt of a password hash


@pytest.mark.parametrize(
    "text",
    [
        "Does the app log how many tons of salt each truck spread?",
        "Are salt spreaders tracked by GPS?",
        "Is the salt spreading report available for each route?",
    ],
)
def test_road_salt_is_no_hashing_mechanism(text: str) -> None:
    assert_no_report(text)


def test_lookalike_salted_passwords_stay_cc61() -> None:
    assert_soc2("Are passwords salted and hashed?", "CC6.1")


# ------------------------------------------------ something anyone ever did to the wrong thing


@pytest.mark.parametrize(
    "text",
    [
        "Has a nurse ever given the wrong dose because of an error in your medication screen?",
        "Has a technician ever wiped the wrong laptop because of a mistake in your ticket?",
    ],
)
def test_something_ever_done_to_the_wrong_thing_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_check_against_the_wrong_recipient_stays_a_control() -> None:
    assert_soc2("Do you check that nothing is sent to the wrong recipient?", "PI1.2")


# ------------------------------- access to a system the cue table names, reviewed or removed


@pytest.mark.parametrize(
    "text",
    [
        "Is access to the job scheduling tool reviewed every six months?",
        "Is access to the data classification tool reviewed twice a year?",
    ],
)
def test_access_to_a_system_the_table_names_reviewed_is_an_access_review(text: str) -> None:
    assert_soc2(text, "CC6.3")


def test_lookalike_the_job_scheduler_monitored_stays_processing() -> None:
    assert_soc2("Is the job scheduling system monitored for failed jobs?", "PI1.3")
