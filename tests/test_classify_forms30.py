"""Kinds found by first contact with labelled_buyer36 (tattoo studios, cheque cashing, process
servers, bakery routes, pollination services, homeless management information systems,
shooting ranges, senior living) and three kinds buyer35 left open (insurance limits asked as a
figure, a change made sure of before release beside a financial word, a change deployed before
its approval asked with "ever"), each tested on other wordings than the batch's own, with
look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of main
dd2d1e0 (checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

# ----------------------------------------------------------------- who owns the company


@pytest.mark.parametrize(
    "text",
    [
        "Is the company privately owned?",
        "Is the vendor privately owned by its founders?",
        "Is your business owned by a private equity firm or publicly listed?",
    ],
)
def test_who_owns_the_company_is_a_fact(text: str) -> None:
    assert_no_report(text)


def test_lookalike_data_the_vendor_owns_encrypted_stays_a_control() -> None:
    assert_soc2("Is company-owned laptop storage encrypted?", "CC6.1")


# ------------------------------------- what the company ever lost, or what ever failed or was sold


@pytest.mark.parametrize(
    "text",
    [
        "Have you ever lost customer backups because a storage array failed?",
        "Has a fraud alert ever failed to reach a cardholder during an outage?",
        "Has any tenant's personal data ever been sold?",
    ],
)
def test_what_was_ever_lost_failed_or_sold_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_an_alert_when_a_backup_fails_stays_a_control() -> None:
    assert_soc2("Do you alert the on-call engineer when a nightly backup fails?", "CC7.2")


# ------------------------------- a step of change control ever skipped: the control's operation


@pytest.mark.parametrize(
    "text",
    [
        "Has a code change ever been pushed to production before it was approved?",
        "Has any release ever been deployed before the change board signed it off?",
    ],
)
def test_a_change_control_step_ever_skipped_is_change_management(text: str) -> None:
    assert_soc2(text, "CC8.1")


def test_lookalike_a_business_step_ever_skipped_stays_history() -> None:
    assert_no_report("Has a parcel ever been released before the customs fee was paid?")


# ------------------------------------------------------------ features of a product's forms


@pytest.mark.parametrize(
    "text",
    [
        "Can a tutor block off Friday afternoons in the calendar?",
        "Can a coach block off the whole weekend on their calendar from the app?",
    ],
)
def test_time_blocked_out_in_a_calendar_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_traffic_blocked_stays_a_control() -> None:
    assert_soc2("Do you block out traffic from known malicious IP ranges?", "CC6.6")


@pytest.mark.parametrize(
    "text",
    [
        "Is a follow-up reminder sent to the customer three days after their session?",
        "Does a review reminder go to the patient automatically two days after their session?",
    ],
)
def test_a_reminder_sent_after_a_visit_is_a_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can a technician add the person contacted from a drop-down menu?",
        "Can a clerk add the person's relationship from a pick list?",
    ],
)
def test_a_value_chosen_from_a_list_is_a_feature(text: str) -> None:
    assert_no_report(text)


# ------------------------------- a change to the software made sure of, or approved, before release


@pytest.mark.parametrize(
    "text",
    [
        "Do you make sure each update to the payroll engine works before it is released?",
        "Is every change to the billing system verified to work before it goes live?",
    ],
)
def test_a_change_made_sure_of_before_release_is_change_management(text: str) -> None:
    assert_soc2(text, "CC8.1")


def test_lookalike_a_change_of_pay_rates_checked_stays_soc1() -> None:
    assert_soc1(
        "Are changes to employees' pay rates checked by a second person before the payroll is"
        " released?"
    )


def test_a_change_approved_before_production_is_change_management() -> None:
    assert_soc2(
        "Are updates to the donor app approved before they are deployed to production?", "CC8.1"
    )


# ------------------------------------------------------- a balance the buyer carries in its books


@pytest.mark.parametrize(
    "text",
    [
        "Does the system track the unredeemed voucher balance that we hold as a liability?",
        "Are prepaid lesson packs, which we carry as a liability until used, tracked per student?",
    ],
)
def test_a_balance_the_buyer_carries_as_a_liability_is_soc1(text: str) -> None:
    assert_soc1(text)


# ------------------------------------- a price named in a sentence of context, then the question


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        (
            "Member prices are confidential. How do you keep one member from seeing another"
            " member's orders?",
            "C1.1",
        ),
        (
            "Pricing for each school is private. How do you stop one school from seeing another"
            " school's records?",
            "CC6.1",
        ),
    ],
)
def test_a_term_in_a_sentence_of_context_leaves_the_question_to_decide(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


def test_lookalike_a_term_asked_after_context_stays_a_term() -> None:
    assert_no_report("Our rates are negotiated yearly. What are your payment terms?")


# --------------------------------------- a price of the buyer's billing changed, said with the verb


@pytest.mark.parametrize(
    "text",
    [
        "If a clerk edits a tenant's rent rate, must a manager approve it before the next"
        " statement run?",
        "If a dispatcher overrides a customer's delivery fee, does a supervisor approve it"
        " before the invoice is sent?",
    ],
)
def test_a_price_of_the_buyers_billing_changed_by_the_verb_with_approval_is_soc1(
    text: str,
) -> None:
    assert_soc1(text)


def test_lookalike_the_vendors_own_price_changed_stays_a_term() -> None:
    assert_no_report("If you change our subscription price, do we have to approve it first?")


# --------------------------------------- the estate kept running through a loss of the vendor's


@pytest.mark.parametrize(
    "text",
    [
        "How do you keep the booking platform online when one of your hosting regions fails?",
        "How do you keep the patient portal running if your primary hosting site goes down?",
        "What do you do to keep the ticketing service up if your main data centre is lost?",
    ],
)
def test_the_estate_kept_running_through_the_vendors_loss_is_availability(text: str) -> None:
    assert_soc2(text, "A1.2")


# ---------------------------------------------------------- the limits of the company's insurance


@pytest.mark.parametrize(
    "text",
    [
        "Give the policy limit and retention of your cyber insurance.",
        "What cover limits apply to your cyber policy per claim and in aggregate?",
    ],
)
def test_the_limits_of_insurance_are_a_term(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_limit_of_login_attempts_stays_a_control() -> None:
    assert_soc2("Is there a policy limit on failed login attempts?", "CC6.1")
