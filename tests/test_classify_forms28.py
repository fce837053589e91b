"""Kinds found by first contact with labelled_buyer34 (pet boarding, auto repair shops, freight
factoring, water utility billing, summer camps, dive centres, locksmith dispatch, farmers'
markets) and one kind of the real tune mistakes (decisions made by machine alone), each tested
on other wordings than the batch's own, with look-alikes (marked) that guard the kinds' edges.
Every test of a kind fails on the code of main b0dfe72 (checked in a second worktree of main);
the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

SOC1 = SocNeed.SOC1
TYPE2 = SocNeed.SOC2_TYPE2


# ------------------------------------------- something of the company's ever had taken or lost


@pytest.mark.parametrize(
    "text",
    [
        "Have you ever had an API token stolen from one of your build servers?",
        "Has your company ever had laptops stolen from an office?",
        "Have you ever had customer passwords exposed by a misconfigured bucket?",
    ],
)
def test_what_the_company_ever_had_taken_or_lost_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_test_the_company_had_performed_stays_a_control() -> None:
    assert_soc2("Have you ever had a penetration test performed on the mobile app?", "CC4.1")


# ---------------------------------------------------- a figure that ever came out wrong


@pytest.mark.parametrize(
    "text",
    [
        "Has the nightly settlement reconciliation ever been short compared with the processor's"
        " totals?",
        "Has the daily cash reconciliation ever come up short because of a bug in your till app?",
        "Has the payroll reconciliation ever been out of balance with the bank file?",
    ],
)
def test_a_figure_that_ever_came_out_wrong_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_tolerance_before_escalation_stays_a_control() -> None:
    c = classify(
        "Is the reconciliation ever allowed to be off by more than $5 before it is escalated?"
    )
    assert c.soc_need, c.rationale


# ------------------------------------------------- something held, and asked to be sent


@pytest.mark.parametrize(
    "text",
    [
        "Does your company carry cyber insurance, and will you share the certificate with us?",
        "Do you have a penetration test report from this year, and can you send it?",
    ],
)
def test_something_held_and_asked_to_be_sent_is_a_document(text: str) -> None:
    assert_no_report(text)


def test_lookalike_insurance_held_alone_stays_a_practice() -> None:
    assert_soc2("Do you carry cyber insurance?", "CC9.1")


def test_lookalike_a_test_held_without_a_document_asked_stays_a_control() -> None:
    assert_soc2("Do you have a penetration test done every year?", "CC4.1")


# ------------------------------------- the SOC reports of the vendor's own suppliers


@pytest.mark.parametrize(
    "text",
    [
        "Do you collect the SOC reports of the payroll bank and the payment gateway your"
        " service relies on?",
        "Are the SOC reports from the payroll bank you rely on reviewed every year?",
    ],
)
def test_the_soc_reports_of_the_vendors_suppliers_are_vendor_management(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (TYPE2,), c.rationale


def test_lookalike_the_vendors_own_soc_report_for_our_auditors_stays_soc1() -> None:
    assert_soc1("Our external auditor relies on your payroll controls; send your SOC report.")


# ------------------------------------------------------- a log of work people do


@pytest.mark.parametrize(
    "text",
    [
        "Do you keep milking logs for each cow in the herd?",
        "Do you keep grooming logs for each horse in livery, with who did it?",
        "Are sweeping logs recorded for every platform after each shift?",
    ],
)
def test_a_log_of_work_people_do_is_a_record_of_the_business(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are monitoring logs reviewed daily?", "CC7.2"),
        ("Do you keep logging of administrator access?", "CC7.2"),
    ],
)
def test_lookalike_logs_of_a_systems_work_stay_event_logging(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)


# ------------------------- a reminder to the buyer's people, and a report of its figures sent


@pytest.mark.parametrize(
    "text",
    [
        "Does the renewal alert text the policyholder a month before the policy expires?",
        "Does the overdue alert e-mail each borrower three days before the book is due?",
        "Is the weekly occupancy report e-mailed to each site manager automatically?",
    ],
)
def test_a_reminder_or_a_figures_report_sent_to_people_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_an_alert_before_a_password_expires_stays_a_control() -> None:
    c = classify("Do you alert customers before their password expires?")
    assert c.soc_need == (TYPE2,), c.rationale


def test_lookalike_a_report_sent_complete_and_accurate_stays_a_control() -> None:
    c = classify("Is the daily sales report sent to us complete and accurate?")
    assert c.soc_need, c.rationale


# -------------------------------------------- a chart of which things go with which


@pytest.mark.parametrize(
    "text",
    [
        "Does the master key schedule show which keys open which rooms?",
        "Can the keying chart show which master keys open which suites?",
    ],
)
def test_a_chart_of_which_things_go_with_which_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_which_roles_can_open_which_records_stays_a_control() -> None:
    c = classify("Does the access matrix show which roles can open which records?")
    assert c.soc_need == (TYPE2,), c.rationale


# ------------------------------------------------ the resolution of a picture


@pytest.mark.parametrize(
    "text",
    [
        "Can scanned documents be saved at high resolution?",
        "Are product photos stored at original resolution for the catalogue?",
    ],
)
def test_a_pictures_resolution_is_no_name_resolution(text: str) -> None:
    assert_no_report(text)


def test_lookalike_dns_name_resolution_stays_a_control() -> None:
    assert_soc2("Do you run secure DNS name resolution with DNSSEC?", "CC6.6")


# ------------------------------------------- a partner or member of a named body


@pytest.mark.parametrize(
    "text",
    [
        "Are you a Chamber of Commerce business partner?",
        "Are you a Better Business Bureau accredited business partner?",
    ],
)
def test_a_partner_or_member_of_a_named_body_is_a_fact(text: str) -> None:
    assert_no_report(text)


def test_lookalike_business_partners_assessed_stays_vendor_management() -> None:
    assert_soc2("Do you perform due diligence on your business partners?", "CC9.2")


# ------------------------------------------------- money for the buyer's books


@pytest.mark.parametrize(
    "text",
    [
        "Is the stock valuation in your system reconciled to our trial balance each month?",
        "Does the work-in-progress valuation in your system agree with our trial balance each"
        " month?",
    ],
)
def test_a_figure_tied_to_a_statement_of_the_buyers_books_is_soc1(text: str) -> None:
    assert_soc1(text)


@pytest.mark.parametrize(
    "text",
    [
        "Before the NACHA batch goes to the bank, does a second person approve the retainage"
        " releases to subcontractors?",
        "Are escrow releases to sellers approved by a manager before the ACH batch is sent to"
        " the bank?",
    ],
)
def test_money_released_on_a_payment_rail_after_approval_is_soc1(text: str) -> None:
    assert_soc1(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do the totals we claim from the state program agree to what providers were actually paid?",
        "Are the amounts we report to our lender each quarter matched to what was collected?",
    ],
)
def test_amounts_the_buyer_reports_checked_against_money_moved_are_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_bank_as_an_institution_names_no_money() -> None:
    c = classify("Is your bank FDIC insured?")
    assert SOC1 not in c.soc_need, c.rationale


# ------------------------------------------------ decisions made by machine alone (real tune)


@pytest.mark.parametrize(
    "text",
    [
        "Are any decisions about applicants made solely by automated means?",
        "Do you make any decisions about tenants entirely by algorithm?",
    ],
)
def test_whether_decisions_are_made_by_machine_alone_is_a_fact(text: str) -> None:
    assert_no_report(text)


def test_lookalike_automated_configuration_checks_stay_a_control() -> None:
    c = classify("Do you use automated tools to detect configuration drift?")
    assert c.soc_need == (TYPE2,), c.rationale
