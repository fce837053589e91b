"""Kinds found by first contact with labelled_buyer15 (broadcast, library, car dealer,
staffing, property management, fitness, courts and parking phrasings), each tested on other
wordings than the batch's own, with look-alikes (marked) that guard the kinds' edges."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

TYPE2 = SocNeed.SOC2_TYPE2


@pytest.mark.parametrize(
    "text",
    [
        "Is the network for parking meters and pay kiosks segmented from your corporate"
        " network and from other tenants?",
        "Are the ticket kiosks on a network segregated from the back-office systems?",
        "Is the clinic's imaging equipment isolated from the guest Wi-Fi and the office LAN?",
    ],
)
def test_a_network_kept_apart_from_another_is_a_security_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: a list cut by a field is a product feature
        "Can the member list be segmented by membership tier?",
        "Can invoices be segmented by cost centre in the export?",
    ],
)
def test_a_list_segmented_by_a_field_is_no_control(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "Would you give us an independent assurance report we can include in our public annual"
        " review?",
        "Do you have an audit report we could publish alongside the council's public agenda?",
    ],
)
def test_a_report_for_a_public_document_of_the_buyers_is_a_soc_3(text: str) -> None:
    got = classify(text)
    assert SocNeed.SOC3 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "When you settle a customer's old loan for us, is the settlement figure checked"
        " against the lender's statement and approved before funds are released?",
        "Do you confirm that every payment in the direct deposit batch you send for our"
        " payroll is accepted by the bank, and follow up rejects before payday?",
    ],
)
def test_money_moved_for_the_buyer_and_checked_is_a_soc_1_control(text: str) -> None:
    got = classify(text)
    assert SocNeed.SOC1 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: the product moving money, asked as a feature
        "Does the app support direct deposit for contractors?",
        "Can sellers see when funds are released to them?",
    ],
)
def test_money_moving_features_are_no_soc_1_control(text: str) -> None:
    got = classify(text)
    assert SocNeed.SOC1 not in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # found again by labelled_buyer16/17: a network kept apart without the word "segmented"
        "Are the box-office terminals on a separate network from the staff laptops?",
        "Is the payroll server kept on its own network segment, apart from guest Wi-Fi?",
    ],
)
def test_a_separate_network_is_a_security_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Can members keep separate lists of favourite classes in the app?",
        "Does the dashboard show a separate tab for each mobile network operator?",
    ],
)
def test_a_separate_list_or_tab_is_no_control(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "What are the limits of your general liability and cyber insurance?",
        "State the per-occurrence limit on your professional indemnity policy.",
    ],
)
def test_an_insurance_limit_is_a_term_not_a_control(text: str) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


def test_carrying_cyber_insurance_stays_a_risk_control() -> None:
    # look-alike: whether a risk is insured is CC9.1, as labelled in the tune sets
    assert TYPE2 in classify("Do you hold cyber liability insurance?").soc_need


@pytest.mark.parametrize(
    "text",
    [
        "We want an assurance report on your controls that we can publish on our shareholder"
        " website.",
        "Is there an audit report we could post to the county's website?",
    ],
)
def test_a_report_to_publish_on_a_website_is_a_soc_3(text: str) -> None:
    assert SocNeed.SOC3 in classify(text).soc_need, classify(text).rationale


def test_peoples_lists_sold_a_few_words_from_the_sale_are_a_privacy_control() -> None:
    got = classify("Do you sell or rent our member and donor mailing lists to other charities?")
    assert TYPE2 in got.soc_need, got.rationale
    # look-alike: what the company sells
    assert classify("Do you sell software licences to resellers?").soc_need == ()


@pytest.mark.parametrize(
    "text",
    [
        # found by labelled_buyer18: figures that feed the buyer's books, in the books' words
        "Memberships are paid a year ahead; how do you make sure the deferred income balance you"
        " report to us is complete and accurate?",
        "Royalties we accrue each quarter come from your streaming reports: how do you check the"
        " play counts match the plays actually served?",
    ],
)
def test_figures_for_the_buyers_books_are_a_soc_1_control(text: str) -> None:
    got = classify(text)
    assert SocNeed.SOC1 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Do you get consent before using patients' contact details for marketing mailings?",
        "Is guest information ever shared with tour operators or other third parties?",
    ],
)
def test_peoples_data_used_to_market_or_passed_on_is_a_privacy_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Can members share their contact details with each other in the app?",
        "What are the contact details of your data protection officer?",
        "What are your insurance cover limits?",
    ],
)
def test_contact_details_as_a_feature_or_a_datum_and_cover_limits_are_no_control(
    text: str,
) -> None:
    assert classify(text).soc_need == (), classify(text).rationale


def test_a_report_to_put_on_a_website_is_a_soc_3() -> None:
    got = classify("Is there an audit report we can put on the district's website?")
    assert SocNeed.SOC3 in got.soc_need, got.rationale
