"""Kinds found by first contact with labelled_buyer22 (cannabis seed-to-sale, EV charging,
church management and giving, customs brokerage, credit-union core processing, event ticketing,
dialysis clinics and grain elevators), each tested on other wordings than the batch's own, with
look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of main
2a5171a; the look-alikes pass with both."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

SOC1 = SocNeed.SOC1
TYPE2 = SocNeed.SOC2_TYPE2


@pytest.mark.parametrize(
    "text",
    [
        "We accrue the freight cost from your carrier invoice file before the invoices arrive;"
        " how is each shipment's charge checked?",
        "Our treasurer books membership income from the dues export each quarter. What stops a"
        " member being left out of the export?",
        "Rebates computed in your portal flow into our cost of sales. How are the volumes"
        " verified?",
        "Your yard system's tonnage report is what we use to value scrap stock each month;"
        " how is it tested for completeness?",
    ],
)
def test_the_buyers_books_taking_a_figure_from_the_vendor_make_it_a_soc1_question(
    text: str,
) -> None:
    got = classify(text)
    assert got.soc_need == (SOC1,), got.rationale


def test_a_file_on_a_payment_rail_checked_is_a_financial_process() -> None:
    got = classify(
        "Direct debit collections: how do you confirm the BACS submission holds the same"
        " totals as the schedule our credit control team approved?"
    )
    assert got.soc_need == (SOC1,), got.rationale


def test_items_billed_to_a_payer_from_the_services_records_are_a_financial_process() -> None:
    got = classify(
        "Home visits are billed to the county from the caregivers' timesheets in your app. How"
        " do you make sure a visit is billed only once?"
    )
    assert got.soc_need == (SOC1,), got.rationale


def test_each_item_worked_from_the_figures_on_its_source_paper_is_a_figure_checked() -> None:
    got = classify(
        "Milk collected is paid to farmers through your settlement run. How do you make sure"
        " each payment applies the butterfat premium and volume on the collection receipt?"
    )
    assert got.soc_need == (SOC1,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: a booking of rooms, a value asked of the product)
        "Can we book meeting rooms for our finance team from the app?",
        "Do we book appointments from your calendar?",
    ],
)
def test_look_alike_bookings_are_no_financial_reliance(text: str) -> None:
    got = classify(text)
    assert SOC1 not in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "How do you submit every claim line to the clearinghouse, and how are lines that fail"
        " caught?",
        "How do you make sure every customs declaration filed by your team reaches HMRC?",
    ],
)
def test_every_item_sent_or_filed_reaching_where_it_goes_is_processing_integrity(
    text: str,
) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale
    assert "PI1.4" in got.criteria, got.criteria


@pytest.mark.parametrize(
    "text",
    [
        "Is the card data environment on its own VLAN that the office PCs can't route to?",
        "Is the ticket database on a subnet that the box office PCs cannot talk to?",
    ],
)
def test_a_network_another_cannot_reach_is_segmentation(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale
    assert {"CC6.1", "CC6.6"} & set(got.criteria), got.criteria


def test_look_alike_a_person_who_cannot_reach_the_app_is_no_segmentation() -> None:
    # (look-alike: no network is named before the words of reach)
    got = classify("Can users who cannot access the portal phone support instead?")
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Has the agency or any of its owners been barred by the housing department?",
    ],
)
def test_the_company_or_its_people_sanctioned_by_an_authority_is_history(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are you a licensed insurance adjuster, and what is your licence number?",
        "Are you a chartered accountancy practice, and what is your firm number?",
    ],
)
def test_the_company_as_a_kind_of_business_in_law_is_standing(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_look_alike_licensed_users_are_no_standing() -> None:
    # (look-alike: a count of licensed users is no standing of the company, and the access
    # question after it is a control)
    got = classify("Are you able to remove licensed users' access on the day they leave?")
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "List the countries where staff supporting our account work.",
        "Name the states where the agents who handle our claims sit.",
    ],
)
def test_places_asked_for_by_an_instruction_are_a_location_fact(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Is the infusion software FDA approved?",
        "Is the access control reader CE marked?",
        "Is the patient monitoring software FDA cleared?",
    ],
)
def test_a_product_cleared_approved_or_marked_by_a_product_regulator_is_standing(
    text: str,
) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Can a member see their giving statements after they sign in?",
        "Can tenants pay rent online after they log in to the portal?",
    ],
)
def test_a_sign_in_as_the_time_of_a_feature_is_no_access_function(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_look_alike_a_second_factor_after_signing_in_stays_an_access_function() -> None:
    # (look-alike: a proof of identity asked at that moment)
    got = classify(
        "Does the app ask for a second factor after the user signs in from a new device?"
    )
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Do parents get an e-mail when their child's report card is published?",
        "Do patients receive a text message once their prescription is ready?",
    ],
)
def test_a_message_people_get_on_an_event_of_their_business_is_a_feature(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_look_alike_a_message_on_a_sign_in_from_a_new_device_is_a_control() -> None:
    got = classify(
        "Do members receive a text when someone logs in to their account from a new device?"
    )
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Does the centrifuge stop and beep if the lid is opened mid-run?",
        "Does the conveyor stop immediately when the safety mat is stepped on?",
    ],
)
def test_a_machine_that_stops_on_a_condition_does_no_act_of_protection(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Does the betting terminal block a wager that would exceed the customer's deposit limit?",
        "Will the app prevent orders above the credit limit we set?",
    ],
)
def test_a_dealing_held_to_a_business_limit_is_a_rule_of_the_business(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_look_alike_blocking_logins_after_failed_attempts_is_a_protection() -> None:
    got = classify("Does the portal block sign-in after five failed attempts?")
    assert got.soc_need == (TYPE2,), got.rationale


def test_a_log_of_every_item_the_business_handles_is_its_own_record() -> None:
    got = classify(
        "Do the handhelds keep a log of every parcel delivered, which drivers can print?"
    )
    assert got.soc_need == (), got.rationale


def test_look_alike_a_log_of_files_downloaded_by_administrators_is_logging() -> None:
    got = classify("Is there a log of every file downloaded by administrators, and is it reviewed?")
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (edges found by a probe kept outside the project: the amount named before the books'
        # act, a team of any name, an item billed "exactly once")
        "The licence revenue we recognise each quarter is taken from your subscription report;"
        " how do you make sure no renewal is left out?",
        "Our payables staff book the carrier surcharges from your fuel index file; how is the"
        " index figure checked?",
        "Grooming appointments are billed to owners from the clinic diary. How is each"
        " appointment charged exactly once?",
    ],
)
def test_books_reliance_in_other_orders_and_names(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SOC1,), got.rationale


def test_a_product_sending_every_item_with_its_failures_looked_for_is_processing_integrity() -> (
    None
):
    got = classify(
        "Does the lab portal forward every result to the GP practice, and how are results that"
        " bounced picked up?"
    )
    assert got.soc_need == (TYPE2,), got.rationale
    assert "PI1.4" in got.criteria, got.criteria


@pytest.mark.parametrize(
    "text",
    [
        "Does the nursery sign-in tablet print a pickup label with a security number the carer"
        " must show?",
        "Does the ticket printer print a security code on each stub for the gate staff?",
    ],
)
def test_a_security_code_or_tag_the_product_prints_for_people_is_a_feature(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_look_alike_printed_security_codes_shredded_is_disposal() -> None:
    got = classify("Are printed reports containing security codes shredded?")
    assert got.soc_need == (TYPE2,), got.rationale


# Edges found by a second probe kept outside the project (30 questions written after the fixes
# above and used for nothing before it was scored: main 23/30, the round's code 26/30).


def test_a_type_that_will_not_do_is_ruled_out() -> None:
    got = classify("A Type 1 won't be enough for our auditors; please send the SOC 2 Type 2.")
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Our finance office books the quarterly data-egress overage from your usage export; how"
        " is the export checked?",
        "How do you make sure each monthly commission run applies the rate in the agent's"
        " contract?",
        "Rent collected through the app is deposited to the landlord's bank account; how is each"
        " deposit matched to the tenants' payments?",
    ],
)
def test_figures_the_buyer_books_in_the_second_probes_wordings(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SOC1,), got.rationale
