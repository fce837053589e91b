"""Kinds found by first contact with labelled_buyer27 (crop-insurance claims platforms,
pharmacy dispensing systems, household removals, guard-tour software, charity lotteries,
crowdfunding, survey-data platforms, wedding-venue booking), each tested on other wordings than
the batch's own, with look-alikes (marked) that guard the kinds' edges. Every test of a kind
(31) fails on the code of main fd955ff (checked in a second worktree of main); the look-alikes
(9) pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

SOC1 = SocNeed.SOC1
TYPE2 = SocNeed.SOC2_TYPE2


# ---------------------------------------------------------------- plainly worded controls


@pytest.mark.parametrize(
    "text",
    [
        "Is the hosting network split into VLANs so the booking front end never talks straight"
        " to the members database?",
        "Is your corporate network split into segments according to how sensitive the systems are?",
    ],
)
def test_a_network_divided_into_zones_is_segmentation(text: str) -> None:
    assert_soc2(text, "CC6.6")


def test_a_hall_divided_into_zones_names_no_network() -> None:
    # look-alike: a place divided into zones, no network named
    assert classify("Can the venue floor plan be divided into zones for seating?").soc_need == ()


@pytest.mark.parametrize(
    "text",
    [
        "Must your help-desk agents enter a second factor each time they open the admin"
        " console from home?",
        "Are technicians asked for a second factor before they reach customer records from a"
        " personal laptop?",
    ],
)
def test_a_second_factor_in_a_practice_question_is_logical_access(text: str) -> None:
    assert_soc2(text, "CC6.1")


def test_signing_in_at_a_desk_is_no_proof_of_identity() -> None:
    # look-alike: people sign in at a place, no proof of identity asked
    assert (
        classify("Do delivery drivers sign in at the warehouse gate each morning?").soc_need == ()
    )


@pytest.mark.parametrize(
    "text",
    [
        "When a driver leaves your firm, how soon is their access to our dispatch screens shut"
        " off?",
        "When one of your nurses is terminated, how soon do they lose their login to our rota?",
        "When a call-centre agent resigns, is their login to the CRM removed before they go?",
    ],
)
def test_a_leavers_access_ended_is_deprovisioning(text: str) -> None:
    assert_soc2(text, "CC6.2")


@pytest.mark.parametrize(
    "text",
    [
        "If your data centre loses power, how long does it take to recover the booking platform?",
        "If your primary cloud region goes down, how quickly is the booking site back for our"
        " customers?",
        # (back said as "again": a probe's wording, written after the batch's rules)
        "If your data centre suffers a fire, how long until the shop is taking orders again?",
        "If your cloud region fails, how soon can our members book classes again?",
    ],
)
def test_how_soon_the_service_is_back_after_a_loss_of_the_vendors_estate(text: str) -> None:
    assert_soc2(text, "A1.2")


@pytest.mark.parametrize(
    "text",
    [
        "If a member loses their phone, how quickly can they get their tickets back?",
        "If a member loses their phone, how long until they can see their tickets again?",
    ],
)
def test_a_users_own_device_back_after_a_loss_is_no_control(text: str) -> None:
    # look-alike: the user's own phone lost, not the vendor's estate
    assert classify(text).soc_need == ()


@pytest.mark.parametrize(
    "text",
    [
        "Before results are published, is the scoring file compared with the judges' sheets so"
        " that no score is left out?",
        "Are the survey responses you import checked against the sample list so that no"
        " respondent is left out?",
    ],
)
def test_an_item_checked_not_left_out_is_completeness(text: str) -> None:
    c = classify(text)
    assert c.soc_need, c.rationale
    assert any(cid.startswith("PI1.") for cid in c.criteria), c.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Can a pupil's parent ask for everything you hold about them?",
        "Can a member request every record you keep about them, and within what time?",
    ],
)
def test_a_person_asking_for_the_data_held_about_them_is_access(text: str) -> None:
    assert_soc2(text, "P5.1")


@pytest.mark.parametrize(
    "text",
    [
        "Are patients' allergy records used for anything besides their own care?",
        "Is the data in visitors' booking records used for any purpose except confirming"
        " their visit?",
    ],
)
def test_data_used_for_anything_besides_its_purpose_is_purpose_limitation(text: str) -> None:
    assert_soc2(text, "P4.1")


def test_peoples_accessibility_needs_are_data_about_them() -> None:
    text = (
        "Are passengers' names and accessibility needs used for any purpose other than"
        " arranging their journey?"
    )
    assert_soc2(text, "P4.1")


def test_accessibility_of_the_product_stays_a_feature() -> None:
    # look-alike: accessibility as a property of the product
    assert classify("Does the booking app meet accessibility standards?").soc_need == ()


# ---------------------------------------------------------------- money paid over to the buyer


@pytest.mark.parametrize(
    "text",
    [
        "Are the membership dues collected online paid over to the Club each month, net of"
        " your commission, with a remittance advice listing every member?",
        "Are ticket sales settled to our bank weekly, with a settlement report itemising each"
        " order and the charges deducted?",
    ],
)
def test_money_paid_over_with_an_itemising_statement_is_soc1(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (SOC1,), c.rationale


def test_a_fee_asked_stays_a_term() -> None:
    # look-alike: the vendor's fee asked as a price
    assert classify("What fee do you charge on each ticket sold?").soc_need == ()


def test_the_buyers_finance_auditors_want_a_soc1() -> None:
    text = (
        "Our group finance auditors have asked for your service organization controls report."
        " Can you send it?"
    )
    assert classify(text).soc_need == (SOC1,)


def test_a_service_organisation_report_without_finance_is_soc2() -> None:
    # look-alike: no financial reporting named
    text = "Our security team asks for your service organization controls report. Can you share it?"
    assert classify(text).soc_need == (TYPE2,)


# ---------------------------------------------------------------- features, facts, documents


@pytest.mark.parametrize(
    "text",
    [
        "Does the platform print each patient's discharge letter and medication list in one go?",
        "Does the system display the patient's next appointment on the home screen?",
    ],
)
def test_what_the_system_prints_or_shows_its_users_is_a_feature(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "Which state regulators have accepted your platform for electronic claim filing?",
        "What national agencies have approved your software for tachograph records?",
    ],
)
def test_which_bodies_approved_the_product_is_standing(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "Do the night guards tap their phone on the tag at each patrol point?",
        "Do guards photograph each incident on the app so it is added to the shift report?",
    ],
)
def test_guards_doing_a_step_of_their_round_with_the_product_is_a_feature(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


def test_guards_of_the_vendors_site_stay_physical_security() -> None:
    # look-alike: guards at the vendor's data centre
    assert_soc2("Do guards patrol your data centre around the clock?", "CC6.4")


@pytest.mark.parametrize(
    "text",
    [
        "Can a family pick a backup day when they book a party room?",
        "Can the couple pick a backup venue if the weather turns?",
    ],
)
def test_a_backup_choice_is_no_data_backup(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


def test_backup_power_stays_availability() -> None:
    # look-alike: backup power at the vendor's site
    assert_soc2("Do your data centres have backup power for at least 48 hours?", "A1.2")


@pytest.mark.parametrize(
    "text",
    [
        "Could you e-mail us your fire risk assessment and your company registration number?",
        "Could you email your Gambling Commission licence and your company registration number?",
    ],
)
def test_papers_asked_by_email_are_documents(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale
