"""Kinds found by first contact with labelled_buyer35 (organ procurement, jewellery repair,
landscaping, dance studios, pool service, propane delivery, domain registrars, bullion dealers)
and two kinds of real questionnaire wording (insurance cover asked to be sent without the word
"insurance", and what is held said to be identified), each tested on other wordings than the
batch's own, with look-alikes (marked) that guard the kinds' edges. Every test of a kind fails
on the code of main 3f2f695 (checked in a second worktree of main); the look-alikes pass with
both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

TYPE2 = SocNeed.SOC2_TYPE2


# ------------------------------- a price or rate of the buyer's billing changed with approval


@pytest.mark.parametrize(
    "text",
    [
        "Does a supervisor have to approve any override of the unit price on a sales order?",
        "Are fee changes on tenant statements authorised by the property accountant before the"
        " run?",
        "Must a second person approve any manual override of the list price on an invoice?",
    ],
)
def test_a_price_of_the_buyers_billing_changed_with_approval_is_soc1(text: str) -> None:
    assert_soc1(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do price changes need our approval before they apply to our invoices?",
        "Will you give us 60 days' notice before a price change takes effect?",
    ],
)
def test_lookalike_the_vendors_own_price_to_the_buyer_stays_a_term(text: str) -> None:
    assert_no_report(text)


# ------------------------------------- money settled to each party at its split or percentage


@pytest.mark.parametrize(
    "text",
    [
        "Are door takings settled to each band at the contracted split after every show?",
        "Are rent receipts settled to each landlord at the agreed percentage before the monthly"
        " transfer?",
    ],
)
def test_money_settled_to_each_party_at_its_split_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_rate_the_buyer_sets_in_the_product_stays_a_feature() -> None:
    assert_no_report("Can we set a different commission rate for each agent?")


# --------------------------------------------- takings matched to a processor's deposits


@pytest.mark.parametrize(
    "text",
    [
        "Is each class booking matched to the processor's deposit every day?",
        "Is each card donation matched to the processor's deposit before we close the month?",
    ],
)
def test_takings_matched_to_a_processors_deposit_are_soc1(text: str) -> None:
    assert_soc1(text)


# ------------------------------------------ revenue the buyer recognises, defers or holds


@pytest.mark.parametrize(
    "text",
    [
        "Does your system work out how much of each prepaid lesson pack we can recognise as"
        " revenue?",
        "Does the platform split each prepayment into the income we may recognise now and the"
        " part deferred?",
        "Are subscription fees received in advance held as unearned income until the service"
        " month?",
    ],
)
def test_revenue_recognised_or_deferred_for_the_buyer_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_recognising_staff_certifications_is_no_revenue() -> None:
    c = classify("Do you recognise the certifications our staff already hold?")
    assert SocNeed.SOC1 not in c.soc_need, c.rationale


# ------------------------------- a change to a module of the product tested before release


@pytest.mark.parametrize(
    "text",
    [
        "How do you test that a change to the payroll module works before releasing it to clients?",
        "How do you test that a change to the reporting module works before releasing it to"
        " customers?",
    ],
)
def test_a_change_to_a_module_tested_before_release_is_change_management(text: str) -> None:
    assert_soc2(text, "CC8.1")


def test_lookalike_a_cryptographic_module_stays_cryptography() -> None:
    assert_soc2("Is your HSM a FIPS 140-3 validated cryptographic module?", "CC6.1")


def test_lookalike_a_module_that_lets_guests_do_something_stays_a_feature() -> None:
    assert_no_report("Does the booking module let guests pick a seat?")


# ------------------------------------- something ever done while its state said otherwise


@pytest.mark.parametrize(
    "text",
    [
        "Has a refund ever been issued through your app before the goods were returned?",
        "Has a permit ever been approved in your portal before the fee was paid?",
    ],
)
def test_something_ever_done_at_the_wrong_moment_is_history(text: str) -> None:
    assert_no_report(text)


# --------------------------------- an alert to the buyer's people when a reading passes a level


@pytest.mark.parametrize(
    "text",
    [
        "Does the tank sensor send an alert to the owner when the level drops below 20%?",
        "Does the meter send a text to the customer when the prepaid balance falls under $10?",
        "Does the hive monitor send a notification to the beekeeper when the weight drops below"
        " 20 kg?",
    ],
)
def test_an_alert_when_a_reading_passes_a_level_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_an_alert_on_failed_sign_ins_stays_monitoring() -> None:
    assert_soc2("Do you send an alert to the customer when failed sign-ins exceed five?", "CC7.2")


def test_lookalike_an_alert_on_the_estates_use_stays_a_control() -> None:
    c = classify("Is the customer alerted when their storage use exceeds the plan limit?")
    assert c.soc_need == (TYPE2,), c.rationale


# ------------------------------- insurance cover held and asked to be sent, no word 'insurance'


@pytest.mark.parametrize(
    "text",
    [
        "Do you carry cyber liability cover, and can you attach the certificate?",
        "Do you have crime cover for employee theft, and can you send the declarations page?",
        "Do you carry errors and omissions coverage, and can you send the certificate?",
    ],
)
def test_cover_held_and_asked_to_be_sent_is_a_document(text: str) -> None:
    assert_no_report(text)


def test_lookalike_cover_held_alone_stays_a_practice() -> None:
    assert_soc2("Do you carry cyber liability cover?", "CC9.1")


# ----------------------------------------- what is held, said to be identified or inventoried


@pytest.mark.parametrize(
    "text",
    [
        "Information assets held for customers shall be identified.",
        "Any repository holding client files shall be inventoried.",
        "Data that the supplier processes shall be identified.",
    ],
)
def test_what_is_held_identified_is_the_asset_inventory(text: str) -> None:
    assert_soc2(text, "CC2.1")


def test_lookalike_data_subjects_identified_stay_a_privacy_practice() -> None:
    c = classify("Data subjects shall be identified before a request is answered.")
    assert c.soc_need == (TYPE2,), c.rationale
    assert "CC2.1" not in c.criteria, c.rationale
