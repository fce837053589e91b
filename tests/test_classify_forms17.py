"""Kinds found by first contact with labelled_buyer23 (Lloyd's coverholder audits, restaurant
franchise POS, fish auctions and catch reporting, semiconductor fab suppliers, taxi dispatch and
paratransit, timber sales and log scaling, remote online notarization and professional
association membership systems), each tested on other wordings than the batch's own, with
look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of main
3151732; the look-alikes pass with both."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

SOC1 = SocNeed.SOC1
TYPE1 = SocNeed.SOC2_TYPE1
TYPE2 = SocNeed.SOC2_TYPE2
SOC3 = SocNeed.SOC3


# ---------------------------------------------------------------- report asks


@pytest.mark.parametrize(
    "text",
    [
        "We need your SOC 2 Type 1 now; a Type 2 won't be required until our renewal.",
        "Provide the SOC 2 Type I report. The Type II will not be requested before the second"
        " contract year.",
    ],
)
def test_a_type_put_off_until_later_is_not_asked_for(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE1,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Attach your SSAE 16 report on the payroll service as well as your SOC 2 Type II.",
        "We ask for two reports: the SSAE 18 report covering claims processing, and the SOC 2"
        " Type 2 covering the member portal.",
    ],
)
def test_an_ssae_report_of_its_own_beside_a_soc_2_is_a_soc_1(text: str) -> None:
    got = classify(text)
    assert SOC1 in got.soc_need and TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: the standard a SOC 2 was made under)
        "Provide your SOC 2 Type II report, performed under SSAE 18.",
        "Provide your SSAE 18 SOC 2 Type II report.",
        "Please send the SOC 2 Type II (SSAE 18) with its bridge letter.",
        "Provide your SOC 2 Type II and the SSAE 18 bridge letter.",
        "Do you have a SOC 2 Type II, and is it an SSAE 18 engagement?",
    ],
)
def test_look_alike_ssae_named_as_the_standard_of_a_soc_2(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Our member council wants to publish a summary of your independent audit on its"
        " community site. Is there a version you can release?",
        "Is there an assurance report on your controls that could be made public?",
    ],
)
def test_a_report_the_buyer_may_publish_or_make_public_is_a_soc_3(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SOC3,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: an intranet is no public place; an incident's or a pentest's report made
        # public is no assurance report)
        "We would publish your audit report on our intranet site for staff.",
        "Will the incident report be made public?",
        "Are penetration test reports ever made public?",
    ],
)
def test_look_alike_reports_not_public_or_not_of_assurance(text: str) -> None:
    got = classify(text)
    assert SOC3 not in got.soc_need, got.rationale


# ---------------------------------------------------------------- figures the buyer books


@pytest.mark.parametrize(
    "text",
    [
        "Commission income in our management accounts is derived from the sales file your"
        " platform sends. How is that file checked?",
        "The rent roll in our books is pulled from your monthly tenancy report; how do you know"
        " the report is complete?",
    ],
)
def test_a_figure_in_the_buyers_books_taken_from_the_vendors_output_is_soc1(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SOC1,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Couriers are paid every fortnight from the delivery records in your app. How do you"
        " make sure each courier's pay run includes every completed drop?",
        "Growers are settled from the weighbridge tickets in your system. How do you make sure"
        " each statement shows the tonnage and price of every load delivered?",
        "The state reimburses us for meals served from the claim report your system produces."
        " How do you make sure meals not served are not claimed?",
    ],
)
def test_people_paid_or_the_buyer_reimbursed_from_the_services_records_is_soc1(
    text: str,
) -> None:
    got = classify(text)
    assert got.soc_need == (SOC1,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: no figure of the buyer's books)
        "Can tips be paid out from the tip report to staff?",
        "Is the sample data taken from our books?",
        "Which of your staff are paid from public funds?",
    ],
)
def test_look_alike_payments_with_no_books_are_no_soc1(text: str) -> None:
    got = classify(text)
    assert SOC1 not in got.soc_need, got.rationale


# ---------------------------------------------------------------- history, location, standing


@pytest.mark.parametrize(
    "text",
    [
        "Has the state bar ever opened a complaint over a filing made through your platform?",
        "Has a regulator ever initiated an investigation of the vendor?",
        "Has a product you shipped ever been the cause of a ransomware infection at a client?",
        "Has any of your field devices ever led to a data breach at a customer site?",
    ],
)
def test_an_event_the_company_or_its_product_ever_underwent_or_caused_is_history(
    text: str,
) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: a practice of the company's, asked with "ever")
        "Has your incident response plan ever been tested with a tabletop exercise?",
    ],
)
def test_look_alike_a_practice_asked_with_ever_stays_a_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


def test_where_people_are_based_is_a_location_fact() -> None:
    got = classify("Where are the support analysts who would log in to our tenant based?")
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Is the grading platform approved by the national examinations board?",
        "Is the booking app on the state transport authority's list of approved dispatch"
        " providers?",
    ],
)
def test_recognition_by_an_outside_body_or_its_list_of_approved_ones_is_standing(
    text: str,
) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: approval by the vendor's own board, the vendor's own allow-list)
        "Is every production change approved by your change advisory board?",
        "Is the software on your list of approved applications?",
        "Is the system approved by the architecture review board before go-live?",
        "Is the library on the list of approved open-source packages?",
    ],
)
def test_look_alike_the_vendors_own_approval_stays_a_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


# ---------------------------------------------------------------- features with one word


@pytest.mark.parametrize(
    "text",
    [
        "Can a tutor download a backup copy of each student's essay?",
        "Can a site inspector back up the checklist to a USB stick at the end of the day?",
        "Does the yard system log every container lift, and can planners export that list?",
    ],
)
def test_a_persons_own_copy_and_a_log_of_business_items_are_features(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: the vendor's people copying data; logging events of access)
        "Can your engineers download a backup of our database?",
        "Does the platform log every access to patient records?",
        "Do you log all administrator actions?",
        "Does the EHR log every chart opened?",
        "Does the proxy log every URL visited by staff?",
    ],
)
def test_look_alike_vendor_copies_and_event_logging_stay_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


# ---------------------------------------------------------------- plainly worded controls


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: a sign-in at a place, a bike unlocked)
        "Do drivers sign in at the depot each morning?",
        "Can a rider unlock a scooter with the app?",
    ],
)
def test_look_alike_sign_ins_and_unlocks_with_no_proof_are_no_control(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_the_buyers_data_used_for_other_businesses_is_purpose_limitation() -> None:
    got = classify(
        "Do you use our members' booking histories to promote offers for other clients of yours?"
    )
    assert got.soc_need == (TYPE2,) and "P4.1" in got.criteria, got.rationale


def test_all_items_delivered_to_a_system_with_failures_looked_for_is_pi() -> None:
    got = classify(
        "Are all meter readings taken on the handhelds delivered to the billing system, and how"
        " would we hear of a reading that was not accepted?"
    )
    assert got.soc_need == (TYPE2,) and "PI1.4" in got.criteria, got.rationale


def test_look_alike_parcels_delivered_to_people_are_no_processing() -> None:
    got = classify(
        "Are all parcels delivered to the customer's door, and what happens if one is rejected?"
    )
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("How can a member get a copy of everything you hold about them?", "P5.1"),
        ("Can a tenant have the details you keep about them corrected?", "P5.2"),
        ("How does a donor ask you to erase the data you store about them?", "P4.3"),
    ],
)
def test_a_persons_rights_over_the_data_held_about_them_are_privacy(
    text: str, criterion: str
) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,) and criterion in got.criteria, got.rationale


def test_a_sentence_of_context_before_the_question_is_no_document_label() -> None:
    got = classify(
        "Our regulator expects call recordings to be held for seven years. How do you hold"
        " them that long and delete them after?"
    )
    assert got.soc_need == (TYPE2,), got.rationale


def test_a_store_reachable_only_from_one_zone_is_segmentation() -> None:
    got = classify("Are the admin consoles accessible only from the management subnet?")
    assert got.soc_need == (TYPE2,) and "CC6.6" in got.criteria, got.rationale


# ---------------------------------------------------------------- edges found by a probe


def test_an_item_kept_from_being_claimed_is_a_figure_checked() -> None:
    got = classify(
        "The council reimburses us for each school meal from the meal report your system"
        " produces. How do you keep a refunded meal from being claimed?"
    )
    assert got.soc_need == (SOC1,), got.rationale


def test_a_device_of_the_vendors_ever_the_source_of_a_leak_is_history() -> None:
    got = classify("Has any laptop you issued ever been the source of a data leak at a customer?")
    assert got.soc_need == (), got.rationale


def test_peoples_histories_shared_with_other_companies_is_disclosure() -> None:
    got = classify("Do you share passengers' travel histories with any other companies?")
    assert got.soc_need == (TYPE2,) and "P6.1" in got.criteria, got.rationale


def test_a_statement_checked_against_its_sources_is_a_figure_rechecked() -> None:
    got = classify(
        "Royalties are settled to authors from your rights platform each quarter. How do you"
        " check each royalty statement against the contract rate and the units sold?"
    )
    assert got.soc_need == (SOC1,), got.rationale


def test_an_audit_trail_of_who_changed_a_price_is_no_term_asked() -> None:
    got = classify("Does the ticketing system keep an audit trail of who changed a seat's price?")
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Is the company insured against ransomware attacks, and for how much?",
        "Which card processor handles membership payments?",
    ],
)
def test_insurance_carried_and_the_provider_of_a_business_task_are_facts(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


# ---------------------------------------------------------------- from a third probe


@pytest.mark.parametrize(
    "text",
    [
        "Home visits are charged to clients' accounts from the carers' timesheets. How do you"
        " make sure each visit is charged once?",
        "Tutoring sessions are invoiced from your attendance records. How do you confirm every"
        " session held is invoiced?",
    ],
)
def test_items_charged_or_invoiced_from_the_services_records_are_a_financial_process(
    text: str,
) -> None:
    got = classify(text)
    assert got.soc_need == (SOC1,), got.rationale


def test_a_log_of_working_hours_kept_by_people_is_no_event_log() -> None:
    got = classify("Are drivers' hours logs kept for two years?")
    assert got.soc_need == (), got.rationale


def test_customers_data_training_pricing_models_is_a_use_not_a_price() -> None:
    got = classify("Do you use our patients' records to train your pricing models?")
    assert got.soc_need == (TYPE2,) and "P4.1" in got.criteria, got.rationale
