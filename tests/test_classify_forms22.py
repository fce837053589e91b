"""Kinds found by first contact with labelled_buyer28 (fishing-licence sales, student housing,
golf clubs, ignition interlocks, healthcare linen, genealogy and DNA testing, food banks, bail
bonds), each tested on other wordings than the batch's own, with look-alikes (marked) that guard
the kinds' edges. Every test of a kind (37) fails on the code of main 5e0d546 (checked in a
second worktree of main); the look-alikes (9) pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

SOC1 = SocNeed.SOC1
TYPE2 = SocNeed.SOC2_TYPE2


# ---------------------------------------------------------------- history, location, framework


@pytest.mark.parametrize(
    "text",
    [
        "Has a phishing attack ever exposed your customers' card numbers?",
        "Has a ransomware incident ever taken down your dispatch platform?",
        "Has your company ever been found in breach of a customer contract?",
        "Has the vendor been held liable in court for a data loss?",
        "Has a malware infection ever affected your billing servers?",
        "Has a data leak ever exposed your customers' passwords?",
    ],
)
def test_an_event_that_did_something_or_a_finding_against_the_company_is_history(
    text: str,
) -> None:
    assert_no_report(text)


def test_a_breach_notification_process_tested_is_still_a_control() -> None:
    # look-alike: an event word qualifying a practice, which is what is asked
    assert classify("Has your breach notification process been tested in the last year?").soc_need


@pytest.mark.parametrize(
    "text",
    [
        "Is student data held on servers within Canada?",
        "Is clinic data held in data centres within Australia only?",
    ],
)
def test_data_held_where_the_place_qualifies_its_holder_is_location(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is your card terminal validated as a PCI DSS Level 1 service provider?",
        "What is your PCI DSS validation status as a merchant?",
    ],
)
def test_a_pci_validation_of_the_company_is_the_framework_alone(text: str) -> None:
    assert_no_report(text)


# ---------------------------------------------------------------- features


@pytest.mark.parametrize(
    "text",
    [
        "Can our team approve a timesheet from their phone?",
        "Can our staff set a visitor's badge to expire at the end of the day?",
        "Can partner clinics book appointments into our shared calendar?",
        "Can partner schools enrol pupils in the summer programme?",
        "Does the court-booking sheet let members invite guests for a week?",
        "Will the ticket grid allow members to transfer seats to guests?",
    ],
)
def test_what_the_buyers_people_or_partners_may_do_in_the_product_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_the_buyers_people_reaching_the_vendors_own_is_no_feature() -> None:
    # look-alike: what the buyer's staff may see of the vendor's other customers
    assert classify("Can our staff see data from your other customers?").soc_need == (TYPE2,)


def test_support_staff_are_the_vendors() -> None:
    # look-alike: staff named by the vendor's function ('support staff') who reach records
    c = classify("Can support staff view customer records without a ticket?")
    assert "feature" not in c.rationale, c.rationale


def test_who_hosts_asked_plainly_stays_a_fact() -> None:
    # look-alike: the host asked without the arrangement
    assert classify("Who hosts the booking engine?").soc_need == ()


# ---------------------------------------------------------------- money handled for the buyer


@pytest.mark.parametrize(
    "text",
    [
        "Are the fares your drivers collect swept to the Operator's account daily and reconciled"
        " to the trips recorded?",
        "Parking fines: are the fines your wardens' handhelds collect swept to the Council's"
        " account weekly and reconciled to the tickets issued?",
    ],
)
def test_money_someone_collects_swept_to_the_buyers_account_and_reconciled_is_soc1(
    text: str,
) -> None:
    assert classify(text).soc_need == (SOC1,), classify(text).rationale


def test_charges_checked_before_they_are_invoiced_to_our_customers_are_soc1() -> None:
    text = (
        "Overtime charges: are they checked against the timesheet reconciliation before they"
        " are invoiced to our clients?"
    )
    assert classify(text).soc_need == (SOC1,), classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are meal-plan top-ups checked against the till totals before they are charged to our"
        " students?",
        "Are excess-mileage charges verified against the trip logs before they are invoiced to"
        " our drivers?",
    ],
)
def test_charges_checked_before_they_reach_the_buyers_own_people_are_soc1(text: str) -> None:
    assert SOC1 in classify(text).soc_need, classify(text).rationale


def test_fees_paid_over_to_the_buyer_with_a_statement_are_no_price() -> None:
    text = (
        "Permit fees: are the fees your portal takes from applicants paid over to the Borough"
        " each month, with a statement showing each applicant's payment?"
    )
    assert classify(text).soc_need == (SOC1,), classify(text).rationale


def test_a_fee_asked_is_still_a_price() -> None:
    # look-alike: the vendor's own fee asked, nothing handed over
    assert classify("What fees do you charge per transaction collected?").soc_need == ()


# ---------------------------------------------------------------- plainly worded controls


@pytest.mark.parametrize(
    "text",
    [
        "Are the tablets locked down so only the booking app runs?",
        "Are the depot PCs locked down so that no other software can run?",
    ],
)
def test_machines_held_to_the_software_allowed_on_them_is_cc68(text: str) -> None:
    assert_soc2(text, "CC6.8")


def test_software_installed_on_a_device_for_a_pilot_is_no_restriction() -> None:
    # look-alike: software installed, nothing held back
    assert classify("Do you load the app on the tablets only for the pilot?").soc_need == ()


@pytest.mark.parametrize(
    "text",
    [
        "Explain how the ticketing website handles the surge when a big show goes on sale.",
        "How does the registration portal cope with the rush in the first week of term without"
        " crashing?",
    ],
)
def test_the_estate_bearing_a_rush_of_use_is_capacity(text: str) -> None:
    assert_soc2(text, "A1.1")


def test_a_system_named_by_its_trade_bears_no_load() -> None:
    # look-alike: "traffic" names the system's trade, not a load
    text = "Does the traffic system handle make-goods, pre-emptions and bonus spots for each order?"
    assert classify(text).soc_need == ()


@pytest.mark.parametrize(
    "text",
    [
        "Do you check that every order placed in the app reaches the kitchen screen exactly once?",
        "Do you check that every reservation taken online reaches the restaurant's floor plan"
        " exactly once?",
        "Do you verify that each sale rung up at the kiosk arrives in the back office once?",
    ],
)
def test_every_item_transacted_reaching_another_system_once_is_processing_integrity(
    text: str,
) -> None:
    assert_soc2(text, "PI1.3")


@pytest.mark.parametrize(
    "text",
    [
        "Do you release members' records to law enforcement without a subpoena?",
        "Would you hand customers' records to police without a court order?",
        "Do you disclose pupils' records to government authorities on request?",
    ],
)
def test_peoples_data_given_to_the_state_is_disclosure(text: str) -> None:
    assert_soc2(text, "P6.1")


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Can a member have their account and every message erased on request?", "P4.3"),
        ("Can tenants get their payment history amended if it is wrong?", "P5.2"),
    ],
)
def test_a_person_having_their_own_data_undone_is_a_privacy_right(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


def test_having_ones_things_delivered_is_no_right() -> None:
    # look-alike: "have their ... delivered" undoes nothing
    assert classify("Can guests have their bags delivered to the room?").soc_need == ()


# ---------------------------------------------------------------- facts


@pytest.mark.parametrize(
    "text",
    [
        "Is the portal hosted with a third-party hosting company, and if so who?",
        "Do you operate your own servers or is the app hosted by a third-party cloud provider?",
        "Is the site run on your own servers, or hosted by a data-centre provider?",
    ],
)
def test_who_hosts_the_service_is_a_fact(text: str) -> None:
    assert_no_report(text)


def test_a_host_reviewed_is_still_a_control() -> None:
    # look-alike: the host's security reviewed is vendor oversight
    assert classify(
        "Do you review the security of the cloud provider your platform is hosted by?"
    ).soc_need
