"""Kinds found by first contact with labelled_buyer33 (tip pooling, talent agencies, rent-to-own
stores, home inspection, expert networks, NIL collectives, survey panels, meal kits) and the kind
the buyer32 round left open (the buyer's own change to its own devices), each tested on other
wordings than the batch's own, with look-alikes (marked) that guard the kinds' edges. Every
test of a kind fails on the code of main c39f153 (checked in a second worktree of main); the
look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

SOC1 = SocNeed.SOC1
TYPE1 = SocNeed.SOC2_TYPE1
TYPE2 = SocNeed.SOC2_TYPE2


# ------------------------------------------------------ money split between parties at rates


@pytest.mark.parametrize(
    "text",
    [
        "Are ticket sales split between the promoter and the venue at the agreed percentage?",
        "Are the class fees you collect divided among the instructors at their agreed rates,"
        " with a statement for each instructor?",
        "Is the door money split between the bands at the rates in each contract?",
    ],
)
def test_money_split_between_parties_at_their_rates_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_network_split_into_zones_is_no_money() -> None:
    c = classify("Is the production network split between zones?")
    assert SOC1 not in c.soc_need, c.rationale


def test_lookalike_the_vendor_paying_its_own_staff_stays_a_term() -> None:
    assert_no_report("Do you pay your staff overtime, and is it billed to us?")


# ------------------------------------------------- money paid for the buyer and billed back


@pytest.mark.parametrize(
    "text",
    [
        "Are the fees you pay to translators for our projects billed to us at cost, and"
        " reconciled to what was paid?",
        "Are postage costs you pay for our mailings recharged to us and reconciled to the"
        " carrier's statements?",
    ],
)
def test_money_paid_for_the_buyer_and_billed_back_is_soc1(text: str) -> None:
    assert_soc1(text)


# ---------------------------------------------------- what is bought and not used, carried over


@pytest.mark.parametrize(
    "text",
    [
        "Do leftover support hours expire at year end?",
        "Do unused credits roll over at year-end?",
    ],
)
def test_unused_credits_carried_over_or_lost_are_a_term(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_prepaid_balance_reconciled_at_year_end_stays_soc1() -> None:
    assert_soc1("Is the prepaid balance reconciled to the general ledger at year end?")


def test_lookalike_unused_accounts_removed_stay_a_control() -> None:
    assert_soc2("Are unused service accounts reviewed and removed?", "CC6.3")


# ------------------------------------------------- what the company ever had to do, or twice


@pytest.mark.parametrize(
    "text",
    [
        "Have you ever had to pull the app from the store after a bad release?",
        "Have you ever had to warn customers that their passwords were exposed?",
        "Have you ever had to restore a customer's data from backup?",
    ],
)
def test_what_the_company_ever_had_to_do_is_history(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Has a direct debit ever been collected twice from a member because of a timeout?",
        "Has a refund ever been issued twice for the same return?",
    ],
)
def test_something_ever_done_twice_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_practice_done_twice_a_year_stays_a_control() -> None:
    assert_soc2("Are backups of the ledger tested twice a year?", "A1.2")


# ------------------------------------------------ a label, then a question of what is done to it


def test_a_label_then_a_question_of_what_is_done_to_it_is_a_control() -> None:
    assert_soc2("Customer card numbers: are they tokenised before you store them?", "CC6.1")


def test_lookalike_a_label_of_a_contact_datum_stays_a_fact() -> None:
    assert_no_report("Support phone number: is it staffed on weekends?")


# ------------------------------------------------------------- a picture the output carries


def test_a_picture_an_item_of_the_output_carries_is_a_feature() -> None:
    assert_no_report("Can each defect in the report carry a thermal image?")


def test_lookalike_photos_kept_encrypted_stay_a_control() -> None:
    assert_soc2("Are photos of children stored encrypted?", "CC6.1")


# ------------------------------------------------------------------- a type told as under way


@pytest.mark.parametrize(
    "text",
    [
        "Please send the SOC 2 Type 1 report; we know your Type 2 observation window is ongoing.",
        "Send the Type I; your Type II audit period is running now.",
        "We need your SOC 2 Type I today, since your Type 2 testing period is still under way.",
    ],
)
def test_a_type_whose_period_is_running_is_not_asked(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (TYPE1,), c.rationale


def test_lookalike_both_types_asked_stay_both() -> None:
    c = classify("Provide both your SOC 2 Type I and your SOC 2 Type II reports.")
    assert set(c.soc_need) == {TYPE1, TYPE2}, c.rationale


# ------------------------------------------------ the buyer's own change to its own devices


@pytest.mark.parametrize(
    "text",
    [
        "Will the point-of-sale app stop working while we install new firmware on our card"
        " readers?",
        "Will our depots lose the dispatch app while we patch the handhelds ourselves?",
        "Will the kiosks go offline when we replace our own firewall?",
        "Will the scanners stop working while we upgrade our Wi-Fi access points?",
    ],
)
def test_the_product_while_the_buyer_changes_its_own_estate_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_the_vendors_own_upgrade_stays_availability() -> None:
    assert_soc2("Will our branches lose the system while you install upgrades?", "A1.2")


def test_lookalike_data_kept_encrypted_through_the_buyers_move_stays_a_control() -> None:
    assert_soc2("Will our data stay encrypted while we migrate to your platform?", "CC6.1")
