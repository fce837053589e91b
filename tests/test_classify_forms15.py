"""Kinds found by first contact with labelled_buyer21 (hospital medical devices, telecom
wholesale carriers, tax preparation software, jail communications and trust accounts, car
rental, football clubs, mortgage subservicing and pawnbroking) and by three probes kept outside
the project (see labelled_buyer.md), each tested on other wordings than the batch's own, with
look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of main
4430dec; the look-alikes pass with both."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

TYPE1 = SocNeed.SOC2_TYPE1
TYPE2 = SocNeed.SOC2_TYPE2


@pytest.mark.parametrize(
    "text",
    [
        "Has the Environment Agency issued an enforcement notice about any of your sites in the"
        " past five years?",
        "Have any data protection authorities issued warnings against the company in the last"
        " three years?",
    ],
)
def test_an_authoritys_act_against_the_company_in_a_past_period_is_history(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_a_network_firewalled_off_from_another_is_segmentation() -> None:
    got = classify("Is the payment terminal network firewalled off from the guest Wi-Fi?")
    assert got.soc_need == (TYPE2,), got.rationale
    assert {"CC6.1", "CC6.6"} & set(got.criteria), got.criteria


@pytest.mark.parametrize(
    "text",
    [
        "Are the bingo hall's floor walkers and cash office clerks criminal-record-checked before"
        " they are hired?",
        "Are locksmiths who visit tenants' flats credit- and identity-checked before they are"
        " hired?",
    ],
)
def test_people_checked_before_they_join_is_screening(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale
    assert "CC1.4" in got.criteria, got.criteria


def test_the_estate_named_in_a_products_possessive_acts_for_the_vendor() -> None:
    got = classify(
        "Do the payroll portal's servers send their event logs to a central collector that keeps"
        " them for a year?"
    )
    assert got.soc_need == (TYPE2,), got.rationale
    assert "CC7.2" in got.criteria, got.criteria


def test_a_part_of_the_product_named_in_a_possessive_stays_a_feature() -> None:
    # look-alike: the possessive names a part of the product, not the estate running it
    got = classify("Does the booking app's calendar show bank holidays?")
    assert got.soc_need == (), got.rationale


def test_notice_before_a_change_asked_of_the_vendor_outweighs_a_later_feature_clause() -> None:
    got = classify(
        "Do you give customers 60 days' notice before altering the API that their HR systems"
        " sync with?"
    )
    assert got.soc_need == (TYPE2,), got.rationale
    assert "CC2.3" in got.criteria, got.criteria


def test_the_service_kept_going_through_a_loss_of_the_vendors_estate_is_availability() -> None:
    # look-alike of the next: the loss is of the vendor's estate
    got = classify(
        "Does the loyalty engine keep crediting points throughout a failure of one of your data"
        " centres?"
    )
    assert got.soc_need == (TYPE2,), got.rationale
    assert "A1.2" in got.criteria, got.criteria


def test_a_device_kept_going_through_a_loss_of_its_own_link_is_a_feature() -> None:
    got = classify(
        "Does the handheld reader keep scanning tickets during an outage of its network link to"
        " your servers?"
    )
    assert got.soc_need == (), got.rationale


def test_a_backup_named_as_the_devices_own_is_the_platforms() -> None:
    got = classify(
        "Are receipts photographed in the expenses app kept in the app, or only in the tablet's"
        " own cloud backup?"
    )
    assert got.soc_need == (), got.rationale


def test_a_bare_soc_in_a_tick_box_list_is_a_report() -> None:
    got = classify(
        "Accreditations held - tick all that apply: [ ] Cyber Essentials Plus [ ] SOC [ ] PCI DSS"
    )
    assert got.soc_need == (TYPE2,), got.rationale
    assert "Operations Center" not in got.rationale, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Our bank only wants a SOC 2 Type 1; we don't need a Type 2 this year.", (TYPE1,)),
        ("We won't accept a Type I - please send the SOC 2 report.", (TYPE2,)),
    ],
)
def test_a_type_ruled_out_with_a_contraction_is_not_asked(text: str, need: tuple) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


def test_a_report_the_buyer_may_put_on_a_page_of_its_own_is_a_soc_3() -> None:
    got = classify("Do you have an assurance report we could post on our members' news page?")
    assert got.soc_need == (SocNeed.SOC3,), got.rationale


def test_a_report_for_an_intranet_page_is_no_public_report() -> None:
    # look-alike: an intranet page is no public place
    got = classify("Do you have an assurance report we could post on our intranet page?")
    assert SocNeed.SOC3 not in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # completeness said the other way round ("no session is billed twice")
        "Roaming charges are billed to us from your usage files and we accrue them at month end."
        " How do you make sure no session is billed twice?",
        # a figure checked to agree with another
        "Interest and late charges accrue nightly on each account, and we post the totals from"
        " your extract. How is the extract checked so that it agrees with the account balances?",
        # a figure at the right value of the books
        "When a lease ends, how does the system make sure the loan balance is closed and the"
        " asset is recorded at the right value?",
    ],
)
def test_figures_the_buyer_books_checked_in_other_words_are_soc_1(text: str) -> None:
    got = classify(text)
    assert SocNeed.SOC1 in got.soc_need, got.rationale


def test_a_letter_of_authorisation_names_a_paper_not_a_mechanism() -> None:
    got = classify(
        "Can tenants upload a letter of authorization for a new occupant through the portal?"
    )
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are lab results transmitted to the clinic in real time or in a nightly batch?",
        "Are meter readings transmitted to the utility overnight or at month end?",
    ],
)
def test_when_data_is_sent_is_the_delivery_of_the_service(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_data_sent_on_a_timetable_and_protected_stays_a_control() -> None:
    # look-alike: a word of protection names the transmission's protection (CC6.7)
    got = classify("Are lab results transmitted to the clinic nightly over an encrypted channel?")
    assert got.soc_need == (TYPE2,), got.rationale
    assert "CC6.7" in got.criteria, got.criteria


def test_every_item_sent_reaching_its_destination_is_processing_integrity() -> None:
    got = classify(
        "How do you make sure every manifest our depots transmit reaches customs before the lorry"
        " leaves?"
    )
    assert got.soc_need == (TYPE2,), got.rationale
    assert "PI1.4" in got.criteria, got.criteria


@pytest.mark.parametrize(
    "text",
    [
        "Firmware version installed on the bedside monitors:",
        "Java runtime version installed on the reporting server:",
    ],
)
def test_a_label_asking_what_version_runs_is_a_datum(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Does the agency hold a certificate of registration from the state board?",
        "Is the Bidder enrolled in the state's e-Verify database?",
    ],
)
def test_the_company_entered_in_a_regulators_register_is_standing(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_an_asset_entered_in_a_register_stays_a_control() -> None:
    # look-alike: the subject is the vendor's assets, not the company
    got = classify("Are all laptops registered in the asset register?")
    assert got.soc_need == (TYPE2,), got.rationale


def test_which_kinds_of_data_a_device_handles_is_a_fact_about_it() -> None:
    got = classify("Does this device display or export personal data?")
    assert got.soc_need == (), got.rationale


def test_data_a_product_stores_protected_stays_a_control() -> None:
    # look-alike: how the data is kept is said
    got = classify("Does the application store cardholder data in encrypted form?")
    assert got.soc_need == (TYPE2,), got.rationale


def test_a_type_ruled_out_with_the_article_is_not_asked() -> None:
    got = classify(
        "We'll take your SOC 2 Type 1 this year; we won't need the Type 2 until renewal."
    )
    assert got.soc_need == (TYPE1,), got.rationale


def test_items_billed_to_the_buyer_and_accrued_are_money_whatever_they_are_called() -> None:
    got = classify(
        "Parcel transactions are billed to us from your weekly file and we accrue them before the"
        " invoice comes. How do you make sure no transaction is billed twice?"
    )
    assert SocNeed.SOC1 in got.soc_need, got.rationale


def test_every_item_submitted_reaching_its_destination_is_processing_integrity() -> None:
    got = classify(
        "How do you make sure every claim form our advisers submit through your portal reaches"
        " the insurer?"
    )
    assert TYPE2 in got.soc_need, got.rationale


def test_the_vendors_own_paper_is_handed_over_whatever_protection_it_names() -> None:
    got = classify("Please provide your data protection impact assessment.")
    assert got.soc_need == (), got.rationale


def test_a_secure_service_provided_stays_a_control() -> None:
    # look-alike: what is provided is a protected channel for the buyer's use
    got = classify("Please provide your secure file transfer service for our uploads.")
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Is the exchange registered with FINTRAC as a money services business?",
        "Does the agency hold Disability Confident Leader status?",
    ],
)
def test_a_legal_registration_or_a_standing_held_is_a_fact(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_claims_raised_on_a_payer_from_the_services_records_are_soc_1() -> None:
    got = classify(
        "Prescription claims are raised from the dispensing records in your system. How do you"
        " make sure each item is claimed once at the right price?"
    )
    assert SocNeed.SOC1 in got.soc_need, got.rationale


def test_a_network_held_apart_from_another_named_further_on_is_segmentation() -> None:
    got = classify("Is the crew Wi-Fi separated from the vessel's engine-room control network?")
    assert got.soc_need == (TYPE2,), got.rationale


def test_answers_stored_against_a_pseudonym_are_a_protection() -> None:
    got = classify("Are respondents' answers stored against a pseudonym rather than their name?")
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Could we send your audit report to anyone who asks for it?",
        "Is the audit report something we can show to anyone, without an agreement?",
    ],
)
def test_a_report_the_buyer_may_give_to_anyone_is_a_soc_3(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SocNeed.SOC3,), got.rationale


def test_a_settlement_statement_including_every_item_is_a_figure_checked() -> None:
    got = classify(
        "Green fees booked online are settled to our club account nightly. How do you make sure"
        " the settlement statement includes every booking and every cancellation?"
    )
    assert SocNeed.SOC1 in got.soc_need, got.rationale
