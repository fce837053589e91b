"""Kinds found by first contact with labelled_buyer26 (pet-insurance claims platforms,
peer-review journal platforms, vending and micro-market operators, timeshare management, scrap
metal yards, HVAC field-service software, car-wash memberships, race registration), each tested
on other wordings than the batch's own, with look-alikes (marked) that guard the kinds' edges.
Every test of a kind (24) fails on the code of main d20a867; the look-alikes (8) pass with
both."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

TYPE2 = SocNeed.SOC2_TYPE2


# ---------------------------------------------------------------- a price that is not a term


@pytest.mark.parametrize(
    "text",
    [
        # a price as data that administrators edit, whose review is asked
        "Is there a review of the edits administrators make to product prices in the web shop?",
        "Are changes that admins make to tariff prices recorded and looked at by a manager?",
        # a change told to the buyer's own customers ahead
        "Are subscribers notified a month ahead when you change the price of their plan, and is a"
        " copy of each notice kept?",
        "Are tenants told in advance of changes to their rent price, and is the notice kept on"
        " file?",
    ],
)
def test_a_price_edited_or_told_to_customers_is_no_term(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (TYPE2,), c.rationale


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: prices as terms of the deal with the buyer
        "Will you notify us 90 days before any change to the price?",
        "What is the price per seat, and are discounts available for charities?",
    ],
)
def test_prices_told_to_the_buyer_stay_terms(text: str) -> None:
    assert classify(text).soc_need == ()


# ---------------------------------------------------------------- facts and history


@pytest.mark.parametrize(
    "text",
    [
        # what the vendor's people are to it, with where the others come from
        "Are your cleaners employees or staff from a cleaning agency?",
        "Are the night porters employees or contractors provided by a security firm?",
        "Are your call handlers staff or workers placed by an agency?",
        # something of anyone's lost to an event: history though no period is named
        "Have any of our patients' records been stolen during a breach of your network?",
        "Has your customers' payment data been leaked in a ransomware attack?",
    ],
)
def test_who_staff_are_and_what_was_lost_are_no_need(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (), c.rationale


def test_screening_of_agency_staff_stays_a_control() -> None:
    # look-alike: a practice over agency workers
    c = classify("Are agency temps background checked before they start?")
    assert c.soc_need == (TYPE2,), c.rationale


# ---------------------------------------------------------------- product features


@pytest.mark.parametrize(
    "text",
    [
        # the link a device sends data by
        "Are the meter readings transmitted to the head-end over LTE?",
        "Is GPS data transmitted from the collars to the base station by satellite?",
        # a weighing scale, not capacity
        "Can the truck scale print a weigh ticket for every load?",
        "Does the scale terminal display the tare weight to the driver?",
    ],
)
def test_links_and_weighing_scales_are_features(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (), c.rationale


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: protection of what is sent, and capacity
        "Is data transmitted over cellular encrypted end to end?",
        "Does the platform scale automatically when demand rises on race day?",
    ],
)
def test_protected_links_and_capacity_stay_controls(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (TYPE2,), c.rationale


# ---------------------------------------------------------------- clients and devices


@pytest.mark.parametrize(
    "text",
    [
        # which organisations are the vendor's clients
        "Which hospitals currently manage their patient records on your system?",
        # a device logging things of the world it watches
        "Does the loading-dock camera log the number plate of each lorry that arrives?",
        "Do the freezer probes log temperatures every five minutes?",
    ],
)
def test_clients_and_devices_logging_the_world_are_no_need(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (), c.rationale


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: logging of what people do, and whose data is kept
        "Does the system log every administrator action with a timestamp?",
        "Do the door readers log every badge swipe, and are the logs reviewed?",
    ],
)
def test_logging_of_people_and_access_stays_a_control(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (TYPE2,), c.rationale


# ---------------------------------------------------------------- figures the buyer books


@pytest.mark.parametrize(
    "text",
    [
        # a figure of the service reconciled to what the buyer's books carry
        "Are pallet counts in your warehouse matched against the stock we hold on our books"
        " every quarter?",
        "Are the tank volumes you measure tied out to the fuel stock we carry on our balance"
        " sheet?",
        # money collected for the buyer, paid over with a statement reconciling it
        "Are ticket sales collected on our behalf paid over to the Theatre weekly, with a report"
        " reconciling seats sold to the amount paid?",
        "Are season-ticket payments collected by your box office paid to the Club monthly, with a"
        " statement reconciling seats to the payment?",
    ],
)
def test_figures_the_books_carry_and_money_paid_over_are_soc1(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC1,), c.rationale


# ---------------------------------------------------------------- output complete


@pytest.mark.parametrize(
    "text",
    [
        "Is the list of graduates sent to the awarding body checked to include every candidate"
        " before it goes out?",
        "Is the class register checked to include every pupil before it is released to parents?",
    ],
)
def test_output_checked_to_hold_every_item_is_pi(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (TYPE2,), c.rationale
    assert "PI1.4" in c.criteria


# ---------------------------------------------------------------- either type


@pytest.mark.parametrize(
    "text",
    [
        "Please send your SOC 2 report; a Type 1 or a Type 2, whichever you have.",
        "We will accept either a SOC 2 Type I or Type II.",
    ],
)
def test_either_type_offered_asks_neither(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (TYPE2,), c.rationale


def test_both_types_asked_stay_both() -> None:
    # look-alike: both types asked for together
    c = classify("Do you have a SOC 2 Type I and a Type II?")
    assert set(c.soc_need) == {SocNeed.SOC2_TYPE1, TYPE2}
