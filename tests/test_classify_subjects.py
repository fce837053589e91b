"""Kinds found by first contact with labelled_buyer2: who the question's subject is (the product,
the buyer's people, the vendor's people), what a product feature must name to be a control,
document-list labels, present matters, places, outsourcing, terms of business, money handled for
the buyer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import load_script

from socproc.classify import classify
from socproc.classify import form as F
from socproc.classify.text import fold, split_tokens
from socproc.model import SOC_NEED_ORDER, SocNeed

EV = load_script("evaluate")
T2 = SocNeed.SOC2_TYPE2


def _form(text: str) -> str:
    low = fold(text)
    return F.question_form(low, split_tokens(low))[0]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the product, or a part of it, doing something, whatever the verb
        ("Will the billing module round totals to two decimals?", F.FEATURE),
        ("Does the web portal remember each user's preferred language?", F.FEATURE),
        ("Can the export wizard in the product split large files?", F.FEATURE),
        # the buyer's own people doing something in the product
        ("Can students resubmit an essay after the deadline?", F.FEATURE),
        ("Can a patient cancel an appointment from the reminder?", F.FEATURE),
        # the vendor's people, or something done to the product, stay practices
        ("Can developers push code to production without a review?", F.CONTROL),
        ("Is the application tested for injection flaws before release?", F.CONTROL),
        # a compound the product names is another subject
        ("Do your application logs record failed sign-ins?", F.CONTROL),
        # a document-list item with a note in brackets
        ("Vendor Risk Policy (attach)", F.ARTIFACT),
        ("Provide your patching schedule.", F.ARTIFACT),
        # a matter the company is party to now
        ("Is your company currently involved in any lawsuit?", F.HISTORY),
        # where someone or something is
        ("In which cities are your engineering teams based?", F.LOCATION),
        ("What is the street address of your head office?", F.FACT),
        ("Do you subcontract any of the development work?", F.FACT),
        # terms of business with the buyer
        ("Do you sign business associate agreements with covered entities?", F.COMMERCIAL),
        ("Will your prices rise at renewal?", F.COMMERCIAL),
        ("Can we terminate the agreement early if the service is discontinued?", F.COMMERCIAL),
    ],
)
def test_subject_and_form(question: str, kind: str) -> None:
    assert _form(question) == kind


def test_staff_signing_an_agreement_is_not_a_term_of_business() -> None:
    got = classify("Do you sign non-disclosure agreements with every new hire?")
    assert got.soc_need == (T2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Will the billing module round totals to two decimals?",
        "Can the calendar module sync public holidays from a feed?",
        "Does the app log each user's workout history?",
        "Can students resubmit an essay after the deadline?",
        "Does the product keep a history of every edit to a page?",
        "Is there a demo workspace our staff can use before go-live?",
        "What is the street address of your head office?",
        "Will you notify us before your prices change?",
        "Business Continuity Plan (upload)",
    ],
)
def test_features_facts_and_terms_need_no_soc_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        # a feature that names an act of protection, near a control
        ("Does the application validate every uploaded file's type?", None),
        ("Does the portal sign users out after a period of inactivity?", "CC6.1"),
        # a right the product gives the people whose data it holds
        ("Can users withdraw their consent from within the app?", "P2.1"),
    ],
)
def test_a_feature_is_a_control_when_it_protects(text: str, criterion: str | None) -> None:
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale
    assert criterion is None or criterion in got.criteria, got.criteria


def test_money_handled_for_the_buyer_is_financial_reporting() -> None:
    for text in (
        "Do you reconcile the loan balances you report to us each month?",
        "How do you check that the funds you remit to us are complete?",
    ):
        got = classify(text)
        assert got.soc_need == (SocNeed.SOC1,), got.rationale


def test_second_buyer_set_shape_and_score() -> None:
    path = Path(__file__).parent / "data" / "labelled_buyer2.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    assert len(rows) >= 150 and len({r["id"] for r in rows}) == len(rows)
    needs = {str(n) for n in SOC_NEED_ORDER}
    assert all(r["split"] == "tune" and set(r["soc_need"]) <= needs for r in rows)
    # a floor under the tune score after this round (first contact was 0.881 exact, 0.874
    # precision); a change costing more than a few of these questions shows here
    m = EV.evaluate(rows)
    assert m["exact_match"] >= 0.95 and m["need"]["precision"] >= 0.95


def test_a_cpa_firm_testing_controls_is_an_independent_review() -> None:
    got = classify(
        "Has a licensed CPA firm tested how well your controls operated over the year? Share"
        " the report."
    )
    assert got.soc_need == (T2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "How do you stop one tenant's users from reaching another tenant's files?",
        "Are payment card numbers tokenized before they are written to disk?",
    ],
)
def test_an_act_of_protection_with_no_control_near_is_a_control(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        # security functions of the product beyond the first words: authentication by a body
        # part, one identity per person, an audit trail worded as "records who"
        ("Does the kiosk support fingerprint unlock?", "CC6.1"),
        ("Does the portal require a unique user ID for each clinician?", "CC6.1"),
        ("Does the system log who approved each refund?", "CC7.2"),
    ],
)
def test_security_functions_of_the_product(text: str, criterion: str) -> None:
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale
    assert criterion in got.criteria, got.criteria


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Did your company suffer a ransomware attack last year?", F.HISTORY),
        ("What is the name of your chief information security officer?", F.FACT),
        # the name of a standard a control uses is a setting of that control
        ("What is the name of the hashing algorithm used for passwords?", F.CONTROL),
    ],
)
def test_past_events_and_names(question: str, kind: str) -> None:
    assert _form(question) == kind


def test_the_vendors_auditor_is_not_the_buyers() -> None:
    # the buyer's auditors relying on the vendor signal SOC 1; an auditor examining the
    # vendor's controls is the examiner of its assurance report
    got = classify("Has an external auditor tested your controls? Please attach the report.")
    assert got.soc_need == (T2,), got.rationale


def test_a_criterions_own_words_in_a_longer_question() -> None:
    got = classify(
        "Do you confirm that records received from our partners are complete before they are processed?"
    )
    assert got.soc_need == (T2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # the web's names for protection mechanisms, which the catalog predates
        "Does the application use anti-CSRF tokens on every form?",
        "Does the web app send an HSTS header?",
        "Does the app keep API secrets in the device keychain?",
        # an audit trail asked in a control's form
        "Does the system log who approved each refund?",
    ],
)
def test_protection_mechanisms_of_the_product(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # the estate the vendor runs doing something is the vendor's practice, not a feature
        "Does the system back up customer data nightly?",
        "Does the platform alert the on-call engineer when a disk fills up?",
    ],
)
def test_the_estate_as_subject_stays_a_practice(text: str) -> None:
    assert _form(text) == F.CONTROL
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale


def test_keeping_the_service_available_is_a_practice() -> None:
    for text in (
        "Will the portal stay available while you deploy new versions?",
        "Does the platform scale out when traffic spikes?",
    ):
        got = classify(text)
        assert got.soc_need == (T2,), got.rationale
        assert {"A1.1", "A1.2"} & set(got.criteria), got.criteria
    # a user's own backup of their files is a product feature
    assert classify("Can users download a backup of their own site?").soc_need == ()


def test_one_customer_reaching_anothers_data_is_tenant_separation() -> None:
    got = classify("Can users open files that belong to other customers?")
    assert got.soc_need == (T2,) and "CC6.1" in got.criteria, got.rationale
    # people messaging each other is a feature
    assert classify("Can users send each other direct messages?").soc_need == ()


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Do you shut off a leaver's access on their last day?", None),
        ("Do you disable system access within a day when someone leaves?", "CC6.2"),
        ("Is there a timetable for recertifying who has access to production?", "CC6.3"),
    ],
)
def test_access_removed_or_reviewed_in_plain_words(text: str, criterion: str | None) -> None:
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale
    assert criterion is None or criterion in got.criteria, got.criteria


def test_an_agreement_with_a_subprocessor_is_not_a_term_with_the_buyer() -> None:
    got = classify(
        "Do you execute service agreements with subprocessors that bind them to security terms?"
    )
    assert got.soc_need == (T2,), got.rationale


def test_where_an_app_is_offered_is_a_fact_and_its_hours_a_practice() -> None:
    assert classify("Is the desktop app available for Linux?").soc_need == ()
    got = classify("Is the web portal available at all times?")
    assert got.soc_need == (T2,), got.rationale


def test_access_limited_to_need_is_least_privilege() -> None:
    got = classify("Can helpdesk staff view customer records only when a case is assigned?")
    assert got.soc_need == (T2,) and "CC6.3" in got.criteria, got.rationale


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Has any client ever cancelled a contract after a data breach?", F.HISTORY),
        ("Does any part of the product embed third-party advertising scripts?", F.FACT),
        # what a part holds is a protection: a practice
        ("Does any part of the service include intrusion monitoring?", F.CONTROL),
    ],
)
def test_events_and_what_the_product_is_made_of(question: str, kind: str) -> None:
    assert _form(question) == kind


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # other senses of a security word: a training session, a course certificate
        ("Does the fitness app show a summary after each training session?", ()),
        ("Will the learning app award certificates to learners who finish?", ()),
        # a lock after idle time is a session lock; a locked document is not
        ("Does the tablet app lock after two idle minutes?", (T2,)),
        ("Can editors lock a page while they change it?", ()),
        # where data is hosted, as a term; data handed back on leaving
        ("The provider shall store all customer data within Canada.", ()),
        ("How do we get our data back if we end the subscription?", ()),
        # a bare SOC beside another scheme's name
        ("Please list your SOC and ISO certificates.", (T2,)),
    ],
)
def test_round_two_first_contact_kinds(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale
