"""Kinds found by first contact with labelled_buyer20 (self-storage, childcare, waste
collection, home care, court reporting, breweries, community associations and transit fare
collection), each tested on other wordings than the batch's own, with look-alikes (marked)
that guard the kinds' edges. Every test of a kind fails on the code of main 16c8d66."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

TYPE2 = SocNeed.SOC2_TYPE2


@pytest.mark.parametrize(
    "text",
    [
        # completeness said at length ("every <item named in several words> is included")
        "Room nights sold through your channel manager become hotel revenue. How do you make sure"
        " every booking taken by a partner site is included in the nightly revenue file we post?",
        # an item that "reaches" the run the buyer bills from
        "Carers' visit hours feed the invoices we raise with the council; how do you make sure"
        " every visit completed by a carer reaches the invoice run?",
        # the books' act after another act of the buyer's ("close ... and book")
        "Pitch fees are worked out in your system from the nights each caravan stays. How do you"
        " make sure every stay is counted before we close the month and book the income?",
    ],
)
def test_figures_checked_complete_before_the_buyer_books_them_are_soc_1(text: str) -> None:
    got = classify(text)
    assert SocNeed.SOC1 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are updates to the billing module tested before they are deployed to production?",
        "How do you make sure a fix to the payroll screens is tested before it goes live?",
    ],
)
def test_a_software_change_tested_before_release_is_change_management(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale
    assert "CC8.1" in got.criteria, got.criteria


def test_a_money_release_after_a_check_stays_a_financial_control() -> None:
    # look-alike: money "released" after a check is no software release
    got = classify(
        "Are payments to suppliers verified by a call-back before the funds are released?"
    )
    assert SocNeed.SOC1 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are the delivery records you send us each night checked so that none are missing or"
         " counted twice?", "PI1.4"),
        ("When attendance data is sent to the school each evening, how do you make sure no pupils"
         " are missing or counted twice?", "PI1.4"),
        ("How do you make sure no readings are missing when the data is exported to us?",
         "PI1.3"),
    ],
)  # fmt: skip
def test_data_or_counts_checked_complete_is_processing_integrity(text: str, criterion: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale
    assert criterion in got.criteria, got.criteria


def test_what_administrators_do_reviewed_is_a_security_control() -> None:
    got = classify(
        "Who checks what your system administrators do on the servers that hold our members'"
        " files, and how often is it reviewed?"
    )
    assert TYPE2 in got.soc_need, got.rationale
    assert {"CC7.2", "CC6.3"} & set(got.criteria), got.criteria


@pytest.mark.parametrize(
    "text",
    [
        "Once a case is closed, will you destroy the documents we gave you?",
        "When a project is closed, will you delete the drawings we uploaded within 30 days?",
    ],
)
def test_the_vendor_destroying_what_it_holds_is_disposal(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale
    assert "C1.2" in got.criteria, got.criteria


@pytest.mark.parametrize(
    "text",
    [
        "Do you give members' names and addresses to anyone outside the club, such as marketers?",
        "Will the Supplier use tenants' ID documents for any purpose other than checking their"
        " identity?",
        "The Contractor shall not use bidders' tax documents for any purpose other than the tender"
        " evaluation.",
    ],
)
def test_peoples_data_handed_over_or_used_otherwise_is_privacy(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale
    assert {"P4.1", "P6.1"} & set(got.criteria), got.criteria


@pytest.mark.parametrize(
    "text",
    [
        "Documents requested: business continuity plan; latest vulnerability scan results.",
        "Evidence required: incident response plan, network diagram",
        "Hello Sam, ahead of the review could you send over your backup policy?",
        "Hi - before we sign could you share your access control procedure?",
    ],
)
def test_document_lists_and_e_mail_asks_for_a_document_are_artifact_requests(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_an_e_mail_asking_for_an_independent_review_stays_a_report_ask() -> None:
    # look-alike: the greeting is stripped, the ask for an audit's results is still a report
    got = classify(
        "Hi, has an independent firm audited your security controls? If so, please send the"
        " results."
    )
    assert got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are photos on the driver's handset included in the backups its operating system makes?",
        "Does the video service keep working if a student's internet connection drops?",
        "Can nurses log a dressing change from the ward tablet?",
    ],
)
def test_the_users_platform_and_entries_people_log_are_features(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_the_vendors_estate_through_a_loss_and_its_own_logs_stay_controls() -> None:
    # look-alikes: the estate the vendor runs kept working, the system logging changes
    assert (
        TYPE2
        in classify(
            "Does your platform keep working if one of your data centres loses its network?"
        ).soc_need
    )
    assert TYPE2 in classify("Does the system log every change an administrator makes?").soc_need
