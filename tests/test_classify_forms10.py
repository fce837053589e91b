"""Kinds found by first contact with labelled_buyer13 (maritime, pharmacovigilance, content
security, DORA, NIS2, title and escrow, telehealth and gaming phrasings), each tested on other
wordings than the batch's own, with look-alikes that stay controls or report needs."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

TYPE1 = SocNeed.SOC2_TYPE1
TYPE2 = SocNeed.SOC2_TYPE2


@pytest.mark.parametrize(
    "text",
    [
        # an instruction to hand over a thing, whatever it is about: a document
        "Upload the classification guide your team applies to client files.",
        "Please forward the data retention matrix your legal team approved.",
        "Submit the business continuity programme your board signed off.",
        "Attach the cloud hardening baseline you apply to production accounts.",
        # a label whose head noun is a list
        "List of third-party libraries bundled with the endpoint agent",
    ],
)
def test_things_to_hand_over_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # asked for the practice, not a thing: stays a control question
        "Provide details of how backups are encrypted and who can restore them.",
        "Share how you review administrator access each quarter.",
        "Please provide an explanation of your patching cadence for servers.",
        # ... or the practice itself named as what to hand over
        "Provide the controls you have in place to prevent data leakage.",
        "Please share the process you follow for onboarding new vendors.",
        "Send us the measures you apply to protect backups.",
    ],
)
# Look-alikes (these pass before and after the change: they guard the kinds' edges).
def test_asks_for_an_account_of_a_practice_stay_controls(text: str) -> None:
    assert TYPE2 in classify(text).soc_need, classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        # a certification the company or its product holds under another scheme
        "Has the access-control reader been certified by a test laboratory against FIPS 201?",
        "Has the backup generator been certified by an independent body to EN 12601?",
        "Does your data centre hold Uptime Institute Tier III certification?",
        "Is the hosting facility certified to EN 50600 availability class 3?",
        # ... or named before the word
        "Is the kiosk firmware UL certified?",
        "Is the handheld scanner CE certified, and does its audit log feature export to CSV?",
    ],
)
def test_certifications_held_under_other_schemes_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Do your incident responders hold certifications such as GCIH or GCFA?",
        "Are your engineers CISSP certified?",
    ],
)
def test_certifications_of_the_vendors_people_stay_a_control(text: str) -> None:
    # look-alikes (pass before and after)
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # something received from others in a past period: history
        "Have you received any observations from a supervisory inspection of your data handling"
        " in the last three years?",
        "Has your firm received any adverse audit findings from a regulator in the previous two"
        " years?",
        # a statistic of the company: a figure
        "What is the mean seniority of your security architects?",
    ],
)
def test_history_and_statistics_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_a_statistic_of_a_practice_stays_a_control() -> None:
    # a look-alike (passes before and after)
    got = classify("What is the average time taken to revoke a leaver's access?")
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # a field naming a place or what reaches a contact
        "Countries from which our account will be administered",
        "Countries in which backups of our data are kept",
        "Privacy contact inbox for data subject requests",
    ],
)
def test_fields_for_a_place_or_a_contact_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # what the contract gives, the vendor's part in the buyer's own exercises, help on exit
        "Does the master agreement grant us step-in rights if service levels are missed?",
        "Would you participate in resilience exercises run by our regulator?",
        "Describe the termination assistance you give, including help moving our records to a"
        " new provider.",
    ],
)
def test_contract_terms_and_exit_help_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_a_notice_the_contract_asks_for_stays_a_control() -> None:
    # a look-alike (passes before and after)
    got = classify("Does the contract require you to notify us of breaches within 48 hours?")
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # a report whose subject is the design or the operating effectiveness of controls
        (
            "For now a report stating whether your controls were suitably designed on a given date"
            " will do; can you send one?",
            TYPE1,
        ),
        (
            "Please send a report on the operating effectiveness of your controls over the last"
            " nine months.",
            TYPE2,
        ),
    ],
)
def test_reports_on_controls_named_by_their_subject(text: str, need: SocNeed) -> None:
    got = classify(text)
    assert got.soc_need == (need,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # consent to a use of people's data, even for models
        "Do you obtain a user's consent before their chat transcripts are used to improve your"
        " machine learning models?",
        # data made to name no one before it is shared
        "Are patient names pseudonymised in the safety narratives sent to partner companies?",
        "Are subscriber identifiers pseudonymized before viewing records are exchanged with"
        " advertisers?",
    ],
)
def test_consent_and_de_identification_are_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # a number or address a check reaches is the means of the practice, not a datum asked
        "Are password resets confirmed by a call to the phone number on file?",
        "Is a request to add an administrator confirmed by a message to the email address held"
        " in HR records?",
    ],
)
def test_a_datum_a_check_reaches_leaves_a_control(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # an instruction that moves money, checked before it is acted on: the buyer's money
        "Are incoming payment instructions from our members verified by a call back before they"
        " are executed?",
        "Are remittance instructions checked against the payee's record before the money moves?",
        "Are wire instructions from clients confirmed by telephone with the client before release?",
    ],
)
def test_money_moving_instructions_checked_are_soc1(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SocNeed.SOC1,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # what the product computes for its users, with no word of checking or reliance
        "Can the payroll module calculate overtime for split shifts?",
        "Does the scheduling app calculate shift premiums from the pay rules we set?",
    ],
)
def test_financial_features_of_the_product_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_a_financial_posting_stays_soc1() -> None:
    # a look-alike (passes before and after): the product's work on the buyer's ledger
    got = classify("Does the billing system post invoices to our general ledger automatically?")
    assert got.soc_need == (SocNeed.SOC1,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # a field naming places, qualified by where something is
        "Regions where our audit logs will be archived",
        "Data centres where encrypted replicas are held",
        # a right the contract gives the buyer is a term, whatever it is about
        "Does the MSA give us a right to suspend payment after a security incident?",
        "Does the agreement grant the customer rights to audit your encryption practices?",
    ],
)
def test_place_fields_and_contract_rights_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_a_protected_service_to_provide_stays_a_control() -> None:
    # a look-alike (passes before and after): "provide" of a protection made available
    got = classify("Provide a protected upload area for our auditors to use.")
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # the buyer's people keeping their own records in the product: 'logs' of their work
        "Can stewards note their cabin checks in the app, with the logs sent ashore each evening?",
        "Can hauliers record their driving hours in the app, with the logs kept for roadside"
        " checks?",
    ],
)
def test_people_keeping_their_own_logs_in_the_product_is_a_feature(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_the_vendors_people_reaching_customer_data_stays_a_control() -> None:
    # a look-alike (passes before and after)
    got = classify("Can contractors download their customers' data to personal laptops?")
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # offered in a language or edition named at the end: what is sold, not kept running
        "Is the booking app available in Catalan and Basque?",
        "Is the visitor app available in Swahili?",
    ],
)
def test_offered_in_a_named_language_needs_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_recovery_available_in_minutes_stays_a_control() -> None:
    # a look-alike (passes before and after): a time is how fast the service comes back
    got = classify("Are restored backups available in minutes after a failure?")
    assert TYPE2 in got.soc_need, got.rationale


def test_a_report_the_buyer_may_put_on_its_website_is_soc3() -> None:
    got = classify("Is there a summary of your audit we could display on our website for members?")
    assert got.soc_need == (SocNeed.SOC3,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # a right a named contract gives; the vendor's part in an exercise the buyer runs,
        # whatever it exercises; a datum of the auditor
        "Does the hosting agreement grant us the right to relocate our data on request?",
        "Will you join a ransomware tabletop exercise organised by our security team?",
        "Provide the contact e-mail of your external auditor.",
    ],
)
def test_contract_rights_exercises_and_auditor_data_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_an_audit_summary_for_the_buyers_website_is_soc3() -> None:
    got = classify("Do you have an audit summary we could publish on our portal and website?")
    assert got.soc_need == (SocNeed.SOC3,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes (pass before and after): how fast trouble is answered is a practice, and
        # the auditor's report asked beside its name is a report
        "What is the average time to resolve a critical security alert?",
        "Who is your external auditor, and can we see their latest report?",
    ],
)
def test_speed_of_response_and_the_auditors_report_stay_needs(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


def test_whom_the_vendor_works_with_is_a_list_of_partners() -> None:
    # which firms it deals with, whatever their trade's words
    got = classify("Which encryption hardware makers do you partner with?")
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # what the vendor's system makes for the buyer's people: an output of the product
        "Does the school system produce termly progress reports for parents?",
        "Does the property service issue annual statements to tenants?",
    ],
)
def test_outputs_the_system_makes_for_users_are_features(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes (pass before and after): warnings of trouble and guarded links
        "Does the system send alerts to our administrators when a backup fails?",
        "Does the service send breach notifications to affected customers?",
    ],
)
def test_warnings_the_system_sends_stay_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


def test_review_of_privileged_activity_is_a_control() -> None:
    # what elevated users do, reviewed by another: an issue 18 core topic in plain words
    got = classify("Is privileged activity on the fleet portal reviewed by a colleague each week?")
    assert TYPE2 in got.soc_need, got.rationale


def test_data_held_only_in_a_place_is_where_it_is() -> None:
    got = classify("Is member data held only in UK data centres?")
    assert got.soc_need == (), got.rationale
