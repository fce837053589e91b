"""Kinds found by first contact with labelled_buyer30 (ferry reservations, animal shelters,
digital billboards, container deposit redemption, pari-mutuel wagering, conference
registration, wine clubs, driver education), each tested on other wordings than the batch's
own, with look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the
code of main b595958 (checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

# ---------------------------------------------------------------- the buyer's money (SOC 1)


@pytest.mark.parametrize(
    "text",
    [
        "Are parking fines collected at the kiosks paid over to the Borough each week, with a"
        " statement of collections per car park?",
        "Is the Trust's share of ticket sales paid over to us each quarter, with a statement of"
        " sales by venue?",
    ],
)
def test_money_paid_over_with_a_statement_of_items_by_source_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_money_remitted_to_a_named_body_and_reconciled_is_soc1() -> None:
    assert_soc1(
        "Are the licence fees hunters pay online remitted to the Wildlife Board monthly, with a"
        " report reconciling the fees to the licences sold?"
    )


def test_payouts_reconciled_are_soc1() -> None:
    assert_soc1("Are prize payouts reconciled to the draw results every night?")


@pytest.mark.parametrize(
    "text",
    [
        "Are members' monthly dues charges run on the first of the month and reconciled to the"
        " membership roll?",
        "Are subscription charges processed each night and matched to the active subscriptions?",
    ],
)
def test_card_charges_run_for_the_buyer_and_checked_are_soc1(text: str) -> None:
    assert_soc1(text)


# ---------------------------------------------------------------- history and terms


@pytest.mark.parametrize(
    "text",
    [
        "Has your reservations platform ever been taken offline during a holiday sale?",
        "Has your app ever been taken offline by a bad release?",
        "Has the kiosk network ever had to stop selling tickets because the server stopped?",
        "Has your marketplace ever had to suspend payouts because the ledger stopped?",
    ],
)
def test_the_service_taken_offline_or_made_to_halt_is_history(text: str) -> None:
    assert_no_report(text)


def test_a_recovery_plan_tested_in_a_period_is_still_a_control() -> None:
    # look-alike: a practice done in a past period
    assert_soc2("Has your disaster recovery plan been tested in the last twelve months?", "A1.3")


@pytest.mark.parametrize(
    "text",
    [
        "Is there an additional charge for each extra site we add later?",
        "Are the hosting charges fixed for the full term of the contract?",
    ],
)
def test_a_charge_for_more_or_a_price_fixed_for_a_term_is_commercial(text: str) -> None:
    assert_no_report(text)


# ---------------------------------------------------------------- features


@pytest.mark.parametrize(
    "text",
    [
        "Does the thermostat log room temperatures every hour?",
        "Does the display log its brightness levels through the day?",
    ],
)
def test_a_display_or_thermostat_logging_its_measures_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_a_controller_logging_who_changed_content_is_still_an_audit_trail() -> None:
    # look-alike: people's actions logged
    assert_soc2("Does the display controller log who changed the content and when?", "CC7.2")


# ---------------------------------------------------------------- plainly worded controls


def test_a_new_persons_background_checked_before_access_is_screening() -> None:
    assert_soc2(
        "Is a new starter's background checked before they can open payroll records?", "CC1.4"
    )


@pytest.mark.parametrize(
    "text",
    [
        "When a new release of the portal is ready, who tests it and who decides it can go out"
        " to production?",
        "When a new release is ready, who tests it and who authorises it for production?",
    ],
)
def test_a_release_tested_and_someone_deciding_it_goes_live_is_change_management(
    text: str,
) -> None:
    assert_soc2(text, "CC8.1")


@pytest.mark.parametrize(
    "text",
    [
        "Is each change to the scoring software approved by someone who did not write it?",
        "Are changes to the timetable module reviewed by another developer?",
    ],
)
def test_a_software_change_approved_by_someone_is_change_management(text: str) -> None:
    assert_soc2(text, "CC8.1")


def test_users_approving_changes_in_the_product_is_a_feature() -> None:
    # look-alike
    assert_no_report("Can our managers approve changes to the rota in the app?")


def test_agreement_asked_before_data_goes_to_others_is_consent() -> None:
    assert_soc2(
        "Do parents have to give permission before their children's details are passed to the"
        " photographer?",
        "P2.1",
    )


def test_agreeing_to_terms_in_the_product_is_a_feature() -> None:
    # look-alike
    assert_no_report("Can attendees agree to the event terms on their phone?")


@pytest.mark.parametrize(
    "text",
    [
        "Will you tell affected users if their data is leaked?",
        "Is there a process for telling customers if their records are exposed?",
        "Describe how you would let us know if donor records were exposed.",
    ],
)
def test_telling_the_customer_when_data_is_exposed_is_incident_response(text: str) -> None:
    assert_soc2(text, "CC7.4")


def test_telling_the_customer_of_a_release_is_not_incident_response() -> None:
    # look-alike
    assert_no_report("Do you tell us when a new feature is released?")
