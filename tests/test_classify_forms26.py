"""Kinds found by first contact with labelled_buyer32 (child-support disbursement, community
solar, public guardianship, alarm monitoring, dry cleaning, physiotherapy, equipment rental, air
charter) and the kinds the buyer31 round left open, each tested on other wordings than the
batch's own, with look-alikes (marked) that guard the kinds' edges. Every test of a kind fails
on the code of main d778681 (checked in a second worktree of main); the look-alikes pass with
both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

TYPE2 = SocNeed.SOC2_TYPE2


# ------------------------------------------------ money worked out for the buyer and paid out


@pytest.mark.parametrize(
    "text",
    [
        "Are the tutors' fees worked out from the lessons they taught and paid with a monthly"
        " statement?",
        "Are consignors' shares of each sale paid with a statement every quarter?",
        "Are growers' proceeds paid with a weekly settlement statement?",
    ],
)
def test_money_paid_with_a_statement_of_it_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_a_filing_checked_against_the_bank_statements_is_soc1() -> None:
    assert_soc1("Is the court accounting checked against the bank statements before it is filed?")


@pytest.mark.parametrize(
    "text",
    [
        "Are Medicaid claims built from the home visits our aides record, and are rejected claims"
        " corrected and resubmitted?",
        "Are insurer claims drafted from the sessions therapists record, with rejected claims"
        " fixed and resubmitted?",
    ],
)
def test_claims_built_from_records_and_rejections_resubmitted_are_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_bank_reconciliation_stays_soc1() -> None:
    assert_soc1("Do you reconcile the trust account to the bank statement monthly?")


def test_lookalike_a_fee_table_changed_with_approval_stays_soc1() -> None:
    assert_soc1("Are changes to the fee table approved before they take effect?")


# ------------------------------------------------------ something that went to the wrong place


@pytest.mark.parametrize(
    "text",
    [
        "Has a statement ever been mailed to the wrong address because of a fault in your print"
        " run?",
        "Has a refund ever been credited to the wrong card because of a system fault?",
    ],
)
def test_something_that_ever_went_to_the_wrong_party_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_plan_ever_tested_stays_a_practice() -> None:
    assert_soc2("Has the incident response plan ever been tested?", "CC7.4")


# ------------------------------------------------------------------- plainly worded controls


def test_data_kept_out_by_tokenising_is_a_protection() -> None:
    c = classify("Is card data kept out of the app by tokenizing it on the device?")
    assert c.soc_need == (TYPE2,), c.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Will the service stay up during upgrades?",
        "Does the portal go offline while you deploy releases?",
        "Is the booking site kept online during your monthly maintenance?",
    ],
)
def test_the_service_kept_up_through_the_vendors_changes_is_a1(text: str) -> None:
    assert_soc2(text, "A1.2")


@pytest.mark.parametrize(
    "text",
    [
        "Does the app keep working while we install updates on our own tablets?",
        "Does the kiosk show the site map while you deploy releases?",
    ],
)
def test_lookalike_the_buyers_own_updates_or_no_outage_are_no_need(text: str) -> None:
    assert_no_report(text)


def test_lookalike_notice_before_maintenance_stays_a_need() -> None:
    c = classify("Will you notify us before maintenance that takes the service offline?")
    assert c.soc_need == (TYPE2,), c.rationale


def test_a_label_then_how_long_it_is_retained_is_a_retention_question() -> None:
    c = classify("Call recordings: how long are they retained?")
    assert c.soc_need == (TYPE2,), c.rationale


def test_how_long_something_is_kept_is_its_retention_period() -> None:
    assert_soc2("Uploaded ID documents: kept, and for how long?", "P4.2")


def test_lookalike_how_long_a_seat_is_held_is_no_retention() -> None:
    assert_no_report("How long does a seat stay held at checkout?")


def test_lookalike_a_label_of_places_stays_a_fact() -> None:
    assert_no_report("Office locations: which cities?")


@pytest.mark.parametrize(
    "text",
    [
        "Do you ask members before their chat transcripts are used to train your AI assistant?",
        "Are patients' scans used to train your AI, and are they asked first?",
    ],
)
def test_peoples_records_training_an_ai_feature_is_p41(text: str) -> None:
    assert_soc2(text, "P4.1")


def test_lookalike_a_model_trained_on_public_data_is_ai_engineering() -> None:
    assert_no_report("Do you train your AI models on public data only?")


# ---------------------------------------------------------------- terms, facts and features


@pytest.mark.parametrize(
    "text",
    [
        "Are the fees you charge us fixed for the contract term?",
        "Is the monthly charge you invoice us capped for the term of the agreement?",
    ],
)
def test_a_price_charged_fixed_for_a_term_is_commercial(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do you pay your subcontractors on time?",
        "Does the vendor pay its subcontractors within 30 days of invoice?",
    ],
)
def test_how_the_vendor_pays_its_own_subcontractors_is_commercial(text: str) -> None:
    assert_no_report(text)


def test_lookalike_subcontractors_assessed_stays_cc92() -> None:
    assert_soc2(
        "Do you assess the security of your subcontractors before they handle our data?", "CC9.2"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Are your monitoring receivers UL-listed?",
        "Are the smoke detectors you install UL-listed?",
    ],
)
def test_a_testing_laboratorys_listing_is_standing(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Total number of patients monitored and number of nurses on duty:",
        "Number of buildings monitored and total number of guards:",
    ],
)
def test_two_counts_of_the_business_are_facts(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_count_of_a_practices_work_stays_a_control() -> None:
    assert_soc2("Number of days within which a leaver's access is removed", "CC6.2")


@pytest.mark.parametrize(
    "text",
    [
        "Do the soil sensors report moisture levels hourly?",
        "Do the tank sensors transmit fuel levels every hour?",
    ],
)
def test_a_device_reporting_its_measures_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_reader_logging_access_stays_a_control() -> None:
    c = classify("Do the badge readers log each access attempt?")
    assert c.soc_need == (TYPE2,), c.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are our users taught how to use the app?",
        "Are our users shown how to use the mobile app?",
        "Will our users be trained to use the web app?",
    ],
)
def test_the_buyers_users_shown_how_to_use_the_product_is_no_control(text: str) -> None:
    assert_no_report(text)


def test_lookalike_the_vendors_staff_taught_stays_cc22() -> None:
    assert_soc2("Are your staff taught to spot phishing e-mails?", "CC2.2")


@pytest.mark.parametrize(
    "text",
    [
        "Which hospitals already use your patient portal?",
        "Which clinics already use your patient website?",
    ],
)
def test_which_bodies_use_the_portal_is_a_list_of_customers(text: str) -> None:
    assert_no_report(text)


def test_lookalike_which_protocols_protect_the_portal_stays_a_control() -> None:
    c = classify("Which encryption protocols protect your portal?")
    assert c.soc_need == (TYPE2,), c.rationale
