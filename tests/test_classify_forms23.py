"""Kinds found by first contact with labelled_buyer29 (towing and impound, music royalties,
campground reservations, optical retail, pest control, elevator monitoring, tutoring, salons),
each tested on other wordings than the batch's own, with look-alikes (marked) that guard the
kinds' edges. Every test of a kind fails on the code of main b69a6ce (checked in a second
worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

TYPE2 = SocNeed.SOC2_TYPE2


# ---------------------------------------------------------------- history and facts


@pytest.mark.parametrize(
    "text",
    [
        "Has the patient portal been unavailable for longer than four hours this year?",
        "Has your web shop ever gone offline because of a DDoS?",
        "Has the tenant portal ever been inaccessible for a whole weekend?",
    ],
)
def test_the_vendors_service_as_the_subject_of_an_outage_is_history(text: str) -> None:
    assert_no_report(text)


def test_a_failover_tested_in_a_period_is_still_a_control() -> None:
    # look-alike: the service as the subject of a practice done to it
    assert_soc2("Has your platform been tested for failover in the last year?", "A1.3")


@pytest.mark.parametrize(
    "text",
    [
        "Name and title of the person authorised to sign on your behalf.",
        "Name and signature of the officer completing this form.",
    ],
)
def test_a_name_with_other_fields_of_a_person_is_a_fact(text: str) -> None:
    assert_no_report(text)


def test_names_reviewed_as_a_practice_are_still_a_control() -> None:
    # look-alike: names opening a practice question, not a field label
    assert classify("Are names and roles of administrators reviewed every quarter?").soc_need


def test_which_counterparts_data_is_exchanged_with_is_a_list() -> None:
    assert_no_report("Which clearing houses do you exchange files with?")


def test_data_exchanged_with_counterparts_protected_is_still_a_control() -> None:
    # look-alike
    assert_soc2("Is data you exchange with clearing houses encrypted in transit?", "CC6.7")


# ---------------------------------------------------------------- the buyer's money (SOC 1)


def test_takings_settled_to_the_buyers_bank_and_matched_are_soc1() -> None:
    assert_soc1(
        "Is each store's card income settled to our bank and matched with the closing"
        " register report?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Are the cleaning hours billed to the council from the shifts your cleaners clock, and"
        " checked before we are charged?",
        "Are service charges invoiced to our tenants generated from the readings your engineers"
        " record?",
        "Are the deliveries billed to our stores from the drops your drivers scan?",
        "Are the inspection fees invoiced to our landlords produced from the visits your"
        " surveyors log?",
    ],
)
def test_charges_billed_from_what_people_record_in_the_service_are_soc1(text: str) -> None:
    assert_soc1(text)


def test_charges_seen_in_the_app_are_a_feature() -> None:
    # look-alike: a charge the buyer's people see, no billing asked
    assert_no_report("Can tenants see the service charges billed to them in the app?")


@pytest.mark.parametrize(
    "text",
    [
        "Are unidentified receipts parked in a suspense account and cleared each month?",
        "Is the suspense account reviewed and cleared by someone in finance every week?",
    ],
)
def test_a_suspense_account_is_the_books(text: str) -> None:
    assert_soc1(text)


def test_changes_to_revenue_splits_approved_are_master_data() -> None:
    assert_soc1(
        "Are changes to artists' revenue splits approved by a second person before statements run?"
    )


def test_split_tunnelling_is_still_a_network_control() -> None:
    # look-alike: 'split' of a network
    assert classify("Does your VPN allow split tunnelling?").soc_need == (TYPE2,)


# ---------------------------------------------------------------- features


@pytest.mark.parametrize(
    "text",
    [
        "Can members sign in and see their loyalty points balance?",
        "Can patients log in and download their invoices?",
        "Can drivers sign in to check their next route?",
        "Can parents log in and pay their child's fees?",
        "Can tenants sign in to report a repair?",
    ],
)
def test_signing_in_to_do_something_is_the_something(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can users log in and reset their password?",
        "Can contractors log in to the production servers?",
    ],
)
def test_signing_in_with_a_credential_or_to_a_place_is_still_access(text: str) -> None:
    # look-alikes
    assert_soc2(text, "CC6.1")


@pytest.mark.parametrize(
    "text",
    [
        "Do cleaners record their availability in the app?",
        "Can nurses set their availability for next month on the phone?",
        "Do guides mark their availability for each tour date?",
    ],
)
def test_a_persons_availability_is_a_schedule(text: str) -> None:
    assert_no_report(text)


def test_the_platforms_availability_is_still_availability() -> None:
    # look-alike
    assert classify("Is the platform's availability monitored around the clock?").soc_need


@pytest.mark.parametrize(
    "text",
    [
        "Does the remote monitor log each trip, fault and stop between levels?",
        "Does the lift controller log each door cycle and stop at a floor?",
    ],
)
def test_a_machines_controller_logging_its_own_runs_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_stopping_attacks_is_still_a_protection() -> None:
    # look-alike: 'stop' as an act against someone
    assert classify("Does the system detect and stop attacks on the login page?").soc_need


# ---------------------------------------------------------------- plainly worded controls


@pytest.mark.parametrize(
    "text",
    [
        "Is someone alerted when a user downloads an unusually large number of files?",
        "Are you notified when an account signs in from an unusual country?",
        "Is the account owner told when someone signs in from an unfamiliar device?",
    ],
)
def test_an_alert_on_unusual_account_activity_is_monitoring(text: str) -> None:
    assert_soc2(text, "CC7.2")


def test_unusual_orders_flagged_are_not_a_security_control() -> None:
    # look-alike: something unusual of the business, no account or activity watched
    assert_no_report("Do you flag unusual orders for our fraud team?")


@pytest.mark.parametrize(
    "text",
    [
        "Is there a written plan for what you do if customer data is leaked, and when was it"
        " last rehearsed?",
        "Is there a plan for what happens if your systems are hacked?",
        "Do you have a documented plan for responding to a ransomware attack, and is it tested?",
        "Is there a written plan for what staff do if a laptop with client files is stolen?",
    ],
)
def test_a_plan_for_data_stolen_or_an_attack_is_incident_response(text: str) -> None:
    assert_soc2(text, "CC7.4")


def test_a_plan_for_a_product_ending_is_not_a_control() -> None:
    # look-alike
    assert_no_report("Do you have a plan to migrate customers if the product is discontinued?")


def test_a_service_kept_going_through_a_fire_at_the_vendors_site_is_availability() -> None:
    assert_soc2(
        "Do patient calls keep getting answered if your call centre site has a fire?",
        "A1.2",
    )


def test_an_app_kept_going_through_the_phones_power_loss_is_a_feature() -> None:
    # look-alike: the loss is the user's device's
    assert_no_report("Does the app keep syncing orders if the phone loses power?")
