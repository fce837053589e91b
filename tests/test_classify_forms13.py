"""Kinds found by first contact with labelled_buyer19 (toll roads, election offices, dairy
co-operatives, bike share, couriers, satellite ground stations, museums and fuel cards), each
tested on other wordings than the batch's own, with look-alikes (marked) that guard the kinds'
edges."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

TYPE2 = SocNeed.SOC2_TYPE2


@pytest.mark.parametrize(
    "text",
    [
        "Grower settlements are worked out in your platform from the weighbridge tickets; how"
        " do you check every load is included before we pay the growers?",
        "Parking revenue collected by the vendor is split with the Council; how is our share"
        " calculated from the session records?",
        "Which checks assure that the freight charges and the fuel surcharge rate applied are"
        " right before the invoice batch is sent to our payables team?",
        "Haulage costs from your tracking data are what we accrue each month; what checks assure"
        " the mileage applied is right?",
    ],
)
def test_figures_the_buyer_pays_books_or_shares_checked_are_a_soc_1_control(text: str) -> None:
    got = classify(text)
    assert SocNeed.SOC1 in got.soc_need, got.rationale


def test_a_figure_at_the_right_price_is_checked_but_a_price_asked_is_a_term() -> None:
    got = classify(
        "Card fuel purchases feed the statement we post; is each purchase charged once and at"
        " the right price?"
    )
    assert SocNeed.SOC1 in got.soc_need, got.rationale
    # look-alikes: a price or fee asked, a feature that works out a figure
    for text in (
        "What price do we pay per parcel delivered?",
        "Can the app calculate the tip before we pay the driver?",
    ):
        assert SocNeed.SOC1 not in classify(text).soc_need, classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "Is meter data from our customers used for anything other than billing them?",
        "Will patient names and phone numbers be used for any purpose other than appointment"
        " reminders?",
        "Is information about our tenants used for any purpose other than collecting their rent?",
    ],
)
def test_data_used_beyond_its_purpose_is_a_privacy_or_confidentiality_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale
    assert {"P4.1", "C1.1"} & set(got.criteria), got.criteria


@pytest.mark.parametrize(
    "text",
    [
        "Has the Integrator ever suffered downtime because of an attack on its network?",
        "Has the Processor ever lost cardholder files because of a ransomware attack?",
        "Has a security incident at the Bidder been reported to a regulator?",
        "Has a data breach involving the Reseller been reported to customers?",
    ],
)
def test_events_the_company_underwent_by_any_name_are_history(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "Will the Contractor tell the Council beforehand when it moves the service to a new"
        " data centre?",
        "Do you inform us in advance before you replace the scanners at our depots?",
        "Will you warn clients ahead of a change to the export file layout?",
    ],
)
def test_notice_ahead_of_a_change_is_a_communication_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale
    assert "CC2.3" in got.criteria, got.criteria


def test_notice_of_a_moved_service_is_a_control_but_a_retired_module_is_a_term() -> None:
    got = classify(
        "Do you let customers know beforehand when you move their accounts to a new platform?"
    )
    assert "CC2.3" in got.criteria, got.rationale
    # look-alikes: the roadmap as a term, a notification the product sends
    for text in (
        "Will you give 60 days' notice before you retire a product module?",
        "Can the app notify riders before their pass changes tier?",
    ):
        assert classify(text).soc_need == (), classify(text).rationale


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are the data feeds you send to our regulator checked to be complete before they go?",
         "PI1.4"),
        ("Does the import reject rows that cannot be matched to an existing account?", "PI1.2"),
        ("Does the booking interface reject duplicate reservations and show them to staff?",
         "PI1.2"),
    ],
)  # fmt: skip
def test_data_sent_checked_or_input_refused_is_processing_integrity(
    text: str, criterion: str
) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale
    assert criterion in got.criteria, got.criteria


def test_a_user_rejecting_in_a_workflow_is_a_feature() -> None:
    assert "PI1.2" in classify("Does the upload reject files with invalid dates?").criteria
    # look-alike: what users may reject is their workflow
    assert classify("Can supervisors reject a timesheet?").soc_need == ()


@pytest.mark.parametrize(
    "text",
    [
        "Medical notes are kept in the case system; is access limited to the nurses on the ward?",
        "Who can read the board papers held in your portal?",
    ],
)
def test_who_may_see_data_limited_to_a_group_is_least_privilege(text: str) -> None:
    got = classify(text)
    assert "CC6.3" in got.criteria, got.rationale


def test_compliance_with_another_named_standard_is_no_soc_need() -> None:
    got = classify("Is the software compliant with the MoReq2010 records management standard?")
    assert got.soc_need == (), got.rationale
    # look-alike: a standard the encryption meets is still asked of the encryption
    assert TYPE2 in classify("Is your encryption compliant with the FIPS 140-3 standard?").soc_need


@pytest.mark.parametrize(
    "text",
    [
        "We would like to publish an independent audit summary of your controls on our public"
        " procurement page.",
        "Could we display your auditor's report on the trust's website?",
    ],
)
def test_a_report_the_buyer_posts_on_a_public_page_is_a_soc_3(text: str) -> None:
    assert SocNeed.SOC3 in classify(text).soc_need, classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are the actions of administrators on the billing platform logged and reviewed monthly?",
        "How often does someone review what admins did in the payroll system?",
    ],
)
def test_what_administrators_do_on_a_financial_system_is_a_security_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


def test_a_device_that_keeps_working_is_a_feature_but_the_platform_is_availability() -> None:
    for text in (
        "Do the parking meters keep working on battery when mains power is cut?",
        "Do the pay stations keep working when the power fails?",
    ):
        assert classify(text).soc_need == (), classify(text).rationale
    # look-alike: the estate the vendor runs kept working is its availability
    for text in (
        "Does the platform keep working if an availability zone fails?",
        "Does the hosting platform keep working if a server fails?",
    ):
        got = classify(text)
        assert TYPE2 in got.soc_need and "A1.2" in got.criteria, got.rationale
