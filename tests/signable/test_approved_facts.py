"""Answers you can sign (spec 6.1): the rules of mapping/signable/approved_facts.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import CARDS, CONTROLS, INVENTORY, SOC2, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Contact, Control, EvidenceDocument, Report
from socproc.mapping.days import said_before
from socproc.mapping.signable import states
from socproc.model import Status


@pytest.mark.parametrize(
    "question",
    [
        "Have you had a significant breach in the last 5 years?",
        "Do you store any passwords in plain text?",
        "Is customer data stored or processed outside the United States?",
        "Is there any pending litigation against your company?",
    ],
)
def test_admissions_are_answered_only_from_an_approved_answer(question: str) -> None:
    m = answer(question, YES_NO)
    assert (m.answer, m.filled) == ("", False)
    said = ApprovedAnswer(question=question, answer="No.")
    m = answer(question, YES_NO, answers=(said,))
    assert (m.answer, m.filled) == ("No", True)


def test_an_approved_answer_is_said_once_and_leads_with_its_answer() -> None:
    insurance = ApprovedAnswer(
        question="Do you carry cyber liability insurance?",
        answer="Yes. We carry $10M in cyber liability coverage.",
    )
    m = answer("Do you carry cyber liability insurance?", YES_NO, answers=(insurance,))
    assert m.answer == "Yes"
    assert m.suggested_response.startswith("Yes. We carry $10M")
    assert m.suggested_response.count("We carry $10M") == 1


def test_an_answer_held_twice_is_suggested_once() -> None:
    entry = ApprovedAnswer(question="Do you encrypt laptops?", answer="Yes, with FileVault.")
    again = ApprovedAnswer(
        question="Do you encrypt laptops?", answer="Yes, with FileVault.", source="library.xlsx"
    )
    m = answer("Are employee laptops encrypted with full-disk encryption?", answers=(entry, again))
    assert len(m.similar_answers) == 1


REGIONS = ApprovedAnswer(
    "Where is customer data stored?",
    "Customer data is stored in two AWS regions in the United States, chosen at contract "
    "signature. No customer data is stored or processed outside the United States.",
)


DPO = ApprovedAnswer(
    "Have you appointed a data protection officer?",
    "Yes. Our Chief Privacy Officer is our designated data protection officer.",
)


def test_an_approved_answer_in_other_words_states_the_fact_it_gives() -> None:
    library = (REGIONS, CARDS, DPO)
    dpo = answer("Is there a DPO (data protection officer)?", YES_NO, answers=library)
    assert (dpo.answer, dpo.filled) == ("Yes", True)
    assert "approved answer to: Have you appointed" in dpo.suggested_response
    cards = answer("Do you store or transmit cardholder data?", YES_NO, answers=library)
    assert (cards.answer, cards.status) == ("No", Status.COVERED)
    # An admission answered from the vendor's own approved words.
    abroad = answer("Is customer data ever stored outside the United States?", answers=library)
    assert abroad.answer == "No"


def test_an_approved_answers_words_answer_only_its_own_subject() -> None:
    library = (REGIONS, CARDS)
    # "chosen at contract signature" is said of data regions, not of a contract question.
    assert answer("Is there an existing contract?", YES_NO, answers=library).filled is False
    # An answer that leads with "No" never gives a Yes; one that leads with "Yes" never a No.
    leads_no = ApprovedAnswer(
        "Do you encrypt backups?", "No, backups rely on the storage provider's encryption."
    )
    asked = "Are backups encrypted by the storage provider?"
    assert states(asked, "backups rely on the storage provider's encryption")
    assert answer(asked, YES_NO, answers=(leads_no,)).answer == ""


def test_an_approved_answer_that_hedges_states_nothing_whole() -> None:
    hedged = ApprovedAnswer(
        "Do you encrypt databases?", "Partially. Production databases are encrypted at rest."
    )
    whole = ApprovedAnswer(
        "Do you encrypt databases?", "Production databases are encrypted at rest."
    )
    asked = "Are production databases encrypted at rest?"
    assert answer(asked, YES_NO, answers=(hedged,)).filled is False
    assert answer(asked, YES_NO, answers=(whole,)).answer == "Yes"


def test_a_question_that_asks_what_gets_the_approved_words_not_their_yes() -> None:
    cover = ApprovedAnswer(
        "Do you carry cyber insurance?",
        "Yes. We carry cyber liability insurance of USD 10 million, underwritten by Beazley.",
    )
    m = answer("Who underwrites your cyber insurance?", answers=(cover,))
    assert m.answer.startswith("We carry cyber liability insurance")
    assert answer("Do you carry cyber insurance?", YES_NO, answers=(cover,)).answer == "Yes"


def test_an_admission_is_answered_yes_from_an_approved_answer_that_states_it() -> None:
    suit = ApprovedAnswer(
        "Are you party to any lawsuit about data protection?",
        "Yes. A customer lawsuit about our 2025 email incident is pending in state court.",
    )
    m = answer("Is any lawsuit pending against your company?", YES_NO, answers=(suit,))
    assert (m.answer, m.filled) == ("Yes", True)
    # A window the answer does not state is not answered from it.
    m = answer("Any lawsuit pending filed in the last 2 years?", YES_NO, answers=(suit,))
    assert m.answer == ""


def test_a_no_to_a_broader_question_answers_a_narrower_one() -> None:
    none = ApprovedAnswer(
        "Do you use biometrics?", "No. The service has no biometric sign-in or biometric data."
    )
    m = answer("Do you use biometrics to verify students during exams?", YES_NO, answers=(none,))
    assert (m.answer, m.filled) == ("No", True)
    # Not what can be done with a thing that does not exist, nor every one of something.
    for asked in (
        "Can biometric matching be switched off by the school?",
        "Do you use biometrics for all staff sign-ins?",
    ):
        assert answer(asked, YES_NO, answers=(none,)).answer == "", asked


def test_a_no_to_a_broader_question_answers_only_the_same_act() -> None:
    none = ApprovedAnswer(
        "Do you use biometrics?", "No. The service has no biometric sign-in or biometric data."
    )
    for asked in (
        "Have your staff completed biometric privacy training?",
        "Do you provide logs of biometric matches to schools?",
    ):
        assert answer(asked, YES_NO, answers=(none,)).answer == "", asked


def test_reported_vulnerabilities_are_an_admission() -> None:
    scans = Control("VUL-1", "Vulnerability scans run weekly against production.")
    inventory = replace(INVENTORY, controls=(scans,))
    asked = "Have you had any reported vulnerabilities in the past year?"
    assert answer(asked, YES_NO, inventory).answer == ""


def test_a_yes_no_question_gets_no_sentence_approved_for_another_question() -> None:
    uptime = ApprovedAnswer(
        "What is your uptime commitment?", "99.5% monthly, excluding maintenance."
    )
    m = answer("Is your uptime commitment at least 99.9%?", answers=(uptime,))
    # Never the sentence in the cell; the level asked is above the one stated, so No.
    assert m.answer == "No" and "99.5% monthly" in m.suggested_response
    # The same question keeps the words the vendor approved for it.
    assert answer("What is your uptime commitment?", answers=(uptime,)).answer.startswith("99.5%")
    legal = ApprovedAnswer("What is your legal name?", "Northwind Analytics, Inc.")
    assert (
        answer("Is your legal name the same as your trading name?", answers=(legal,)).answer == ""
    )


def test_a_denial_since_a_year_before_the_window_rules_out_the_window() -> None:
    never = ApprovedAnswer(
        "Have you had a data breach?",
        "No. We have had no data breach since we were founded in 2015.",
    )
    m = answer(
        "Have you experienced a data breach in the past five years?", YES_NO, answers=(never,)
    )
    assert (m.answer, m.filled) == ("No", True)
    recent = ApprovedAnswer(
        "Have you had a data breach?", "No. We have had no data breach since 2024."
    )
    assert answer("Any data breach in the past five years?", YES_NO, answers=(recent,)).answer == ""


def test_an_approved_yes_that_denies_what_another_wording_adds_is_a_draft() -> None:
    basic = ApprovedAnswer(
        "Are you Cyber Essentials certified?", "Yes, Cyber Essentials; not Cyber Essentials Plus."
    )
    m = answer("Are you Cyber Essentials Plus certified?", YES_NO, answers=(basic,))
    assert (m.answer, m.filled) == ("", False)


def test_dedicated_staff_from_a_named_role_and_a_confirmed_denial() -> None:
    m = answer("Do you have a dedicated information security staff or office?", YES_NO)
    assert m.answer == "Yes" and "Head of Security" in m.suggested_response
    assert answer("Do you have a dedicated data privacy staff or office?", YES_NO).answer == ""
    never = ApprovedAnswer(
        "Are customer records sold?", "No. Customer records are never sold or rented to anyone."
    )
    asked = "Can you confirm that customer records are never sold?"
    assert answer(asked, YES_NO, answers=(never,)).answer == "Yes"
    assert (
        answer(
            "Can you confirm that customer records are not logged?", YES_NO, answers=(never,)
        ).answer
        == ""
    )


def test_no_dedicated_team_stated_anywhere_stops_a_title_from_answering() -> None:
    part_time = Control("ORG-1", "Security is handled part time by the IT manager.")
    inventory = replace(INVENTORY, controls=(part_time,))
    asked = "Do you have a dedicated information security staff or office?"
    assert answer(asked, YES_NO, inventory).answer == ""


def test_dedicated_staff_is_not_a_count_nor_any_role_for_an_officer() -> None:
    asked = "Do you have more than 10 dedicated information security staff?"
    assert answer(asked, YES_NO).answer == ""
    assert answer("Do you have a designated information security officer?", YES_NO).answer == ""
    denied = ApprovedAnswer(
        "Who handles security?", "The CTO does; we don't have a dedicated security team."
    )
    asked = "Do you have a dedicated security team?"
    assert answer(asked, YES_NO, answers=(denied,)).answer == ""


def test_dedicated_staff_from_an_approved_answer_reads_as_a_sentence() -> None:
    # (One appointed officer is not staff or an office; a privacy team is.)
    dpo = ApprovedAnswer(
        "Privacy?", "Yes, we act as a processor and have a privacy team of three people."
    )
    m = answer("Do you have a dedicated data privacy staff or office?", YES_NO, answers=(dpo,))
    assert m.answer == "Yes" and "Yes. We act as a processor" in m.suggested_response


BREACH = ApprovedAnswer(
    "Have you had a data breach?",
    "Yes. In March 2025 a misconfigured export sent 12 reports to the wrong customer; we "
    "notified those affected. We have had no other security incident requiring notification in "
    "the last five years.",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Have you had a security breach in the last 18 months?", "Yes"),  # 2025-03 is in it
        ("Have you had a security breach in the last 12 months?", "No"),
        ("Have you had a security breach in the last 3 years?", "Yes"),
        ("Have you had a data breach in the past six months?", "No"),  # before; none other
        ("Have you had a data breach in the last 10 years?", "Yes"),
        ("Have you had a ransomware attack in the last 6 months?", ""),  # another question
    ],
)
def test_a_dated_admission_answers_a_window_it_settles(question: str, expected: str) -> None:
    assert answer(question, YES_NO, answers=(BREACH,)).answer == expected


def test_a_dated_admission_without_a_denial_of_others_does_not_say_no() -> None:
    undenied = ApprovedAnswer(
        "Have you had a data breach?", "Yes. In March 2023 a laptop was lost."
    )
    asked = "Have you had a data breach in the last 12 months?"
    assert answer(asked, YES_NO, answers=(undenied,)).answer == ""
    no_other = replace(undenied, answer=f"{undenied.answer} No other breach since 2015.")
    m = answer(asked, YES_NO, answers=(no_other,))
    assert m.answer == "No" and "Not in the period asked" in m.suggested_response


def test_an_acting_lead_is_not_dedicated_security_staff() -> None:
    acting = replace(
        INVENTORY,
        contact=Contact("T. Wren", "t@x.example", "VP Engineering (acting security lead)"),
    )
    assert answer("Do you have dedicated information security staff?", YES_NO, acting).answer == ""
    assert answer("Do you have dedicated information security staff?", YES_NO).answer == "Yes"


def test_an_admission_left_for_review_is_drafted_from_the_approved_answer_on_it() -> None:
    incident = ApprovedAnswer(
        "Have you experienced a security incident in the last three years?",
        "In May 2025 an employee laptop was infected with ransomware; it was rebuilt.",
    )
    # Dated before the window, and nothing rules out a later one: for the reviewer.
    m = answer(
        "Have you had any security incidents in the last 6 months?", YES_NO, answers=(incident,)
    )
    assert m.answer == "" and m.suggested_response.startswith("DRAFT")
    assert "In May 2025 an employee laptop" in m.suggested_response


def test_an_approved_answer_that_tells_a_dated_event_admits_it_within_the_window() -> None:
    # No "Yes." in front: the answer opens by telling what happened, and when.
    incident = ApprovedAnswer(
        "Have you had a security breach?",
        "In May 2025 a misconfigured link exposed 40 customer files for two days. We know of "
        "no other breach in the last five years.",
    )
    recent = answer(
        "Have you had a security breach in the last 24 months?", YES_NO, answers=(incident,)
    )
    assert recent.answer == "Yes" and "In May 2025" in recent.suggested_response
    # Before the window, and the answer rules out others for at least the window: No.
    older = answer(
        "Have you had a security breach in the last 6 months?", YES_NO, answers=(incident,)
    )
    assert older.answer == "No"
    # An answer that opens with a denial tells no event, whatever date it gives.
    denial = ApprovedAnswer(
        "Have you had a security breach?", "No customer data has been exposed since March 2019."
    )
    m = answer("Have you had a security breach in the last 24 months?", YES_NO, answers=(denial,))
    assert m.answer != "Yes"


def test_a_dated_breach_given_as_an_iso_date_with_no_other_ever() -> None:
    breach = ApprovedAnswer(
        "Have you had a data breach?",
        "Yes. On 2025-10-14 a defect exposed rider names for 42 minutes. We have had no other "
        "breach of customer data.",
    )
    assert (
        answer(
            "Have you had a data breach in the last 24 months?", YES_NO, answers=(breach,)
        ).answer
        == "Yes"
    )
    assert (
        answer("Have you had a data breach in the past 6 months?", YES_NO, answers=(breach,)).answer
        == "No"
    )


def test_a_value_asked_in_other_words_takes_the_approved_answer_to_it() -> None:
    uptime = ApprovedAnswer("What is your uptime commitment?", "We commit to 99.9% monthly uptime.")
    subs = ApprovedAnswer("Which subprocessors have access to customer data?", "AWS and Zendesk.")
    answers = (uptime, subs)
    assert answer("What uptime do you commit to?", answers=answers).answer == uptime.answer
    listed = answer("List the subprocessors that will have access to our data.", answers=answers)
    assert listed.answer == subs.answer
    # Another value on the subject, or a yes/no question, is not the same ask (a level asked
    # above the one committed to is a No, never the approved sentence).
    assert answer("What uptime did you achieve last year?", answers=answers).answer == ""
    assert (
        answer("Is your uptime commitment at least 99.99%?", YES_NO, answers=answers).answer == "No"
    )


def test_seventh_probe_kinds_on_admissions_money_and_documents() -> None:
    ddos = ApprovedAnswer(
        "Have you had a security incident?",
        "In June 2025 a DDoS attack caused three hours of downtime. No security incident has "
        "affected customer data since 2019.",
    )
    asked = "Have you had a security incident in the last 36 months?"
    assert answer(asked, YES_NO, answers=(ddos,)).answer != "No"
    cad = ApprovedAnswer(
        "Do you carry cyber insurance?", "Yes, cyber liability coverage of CAD 3.5 million."
    )
    assert (
        answer(
            "Do you carry cyber insurance of at least USD 3 million?", YES_NO, answers=(cad,)
        ).answer
        == ""
    )
    assert (
        answer(
            "Do you carry cyber insurance of at least CAD 3 million?", YES_NO, answers=(cad,)
        ).answer
        == "Yes"
    )
    letter = EvidenceDocument(
        "pt",
        "Penetration test letter - desktop agent (2026)",
        ("penetration test",),
        date=date(2026, 2, 1),
    )
    inventory = replace(INVENTORY, documents=(letter,))
    asked = "Have you performed a penetration test of your web application in the last 12 months?"
    assert answer(asked, YES_NO, inventory).answer == ""
    cache = Control(
        "AG-1",
        "The desktop agent collects files, stores them in an encrypted cache and processes them.",
    )
    asked = "Do you collect, process, or store demographic information?"
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(cache,))).answer == ""


def test_no_other_breach_makes_the_event_told_a_breach_for_the_window() -> None:
    told = ApprovedAnswer(
        "Have you had a security incident or data breach?",
        "From 2026-01-12 to 2026-01-15 a fault in sharing links let users see the titles, but "
        "not the contents, of other tenants' notebooks. We know of no other breach of customer "
        "data.",
    )
    recent = answer("Have you had a data breach in the past 24 months?", YES_NO, answers=(told,))
    assert recent.answer == "Yes"
    assert (
        answer("Have you had a data breach in the last 3 months?", YES_NO, answers=(told,)).answer
        == "No"
    )
    # Without "no other breach", an incident told is not said to be a breach.
    incident = replace(told, answer=told.answer.split(" We know")[0])
    m = answer("Have you had a data breach in the past 24 months?", YES_NO, answers=(incident,))
    assert m.answer == ""


def test_an_approved_answer_is_not_followed_by_a_control_that_does_not_state_it() -> None:
    ir = Control("IR-01", "Our incident response plan is tested every year.", ("CC7.4",))
    cover = ApprovedAnswer(
        "Do you carry cyber insurance?", "Yes, EUR 3 million of cyber liability insurance."
    )
    inventory = replace(INVENTORY, controls=(ir,))
    asked = "Do you carry cyber-risk insurance against data loss and security incidents?"
    m = answer(asked, YES_NO, inventory, answers=(cover,))
    assert m.answer == "Yes" and "IR-01" not in m.suggested_response


def test_an_approved_answer_that_tells_what_is_done_answers_the_same_question_yes() -> None:
    told = ApprovedAnswer(
        "Do you use artificial intelligence?",
        "Labbook Assist summarises experiments with a language model we host ourselves.",
    )
    asked = "Does your solution have AI features, or are there plans to implement AI features?"
    assert answer(asked, YES_NO, answers=(told,)).answer == "Yes"
    # It asks more than the approved question did: not answered.
    more = "Can your solution's AI features be disabled by tenant and/or user?"
    assert answer(more, YES_NO, answers=(told,)).answer == ""
    denied = replace(told, answer="Payroll calculations do not use AI; a chatbot is planned.")
    assert answer(asked, YES_NO, answers=(denied,)).answer != "Yes"
    optional = replace(told, answer="An optional assistant can be turned on by administrators.")
    assert answer(asked, YES_NO, answers=(optional,)).answer == ""


def test_a_breach_told_and_dated_is_a_significant_one_for_the_window() -> None:
    told = ApprovedAnswer(
        "Have you had a security breach?",
        "In June 2025 a misconfigured sharing link exposed 37 recordings for 11 days.",
    )
    asked = "Have you had a significant breach in the last 5 years?"
    assert answer(asked, YES_NO, answers=(told,)).answer == "Yes"
    incident = ApprovedAnswer(
        "Have you had a security incident?",
        "In August 2025 ransomware encrypted a corporate file server with no customer data.",
    )
    assert answer(asked, YES_NO, answers=(incident,)).answer == ""


def test_operating_without_disruption_is_the_outage_admission_turned_round() -> None:
    outage = ApprovedAnswer(
        "Have you had any outages?", "The service was unavailable for 2 hours on 2026-05-01."
    )
    asked = (
        "Have you operated without unplanned disruptions to this solution in the past 12 months?"
    )
    assert answer(asked, YES_NO, answers=(outage,)).answer == "No"
    had = "Have you had an unplanned disruption to this product/service in the past 12 months?"
    assert answer(had, YES_NO, answers=(outage,)).answer == "Yes"
    assert answer(asked, YES_NO).answer == ""


def test_a_value_question_takes_the_approved_words_without_their_yes() -> None:
    cover = ApprovedAnswer(
        "Do you carry cyber insurance?", "Yes, USD 3 million of cyber liability insurance."
    )
    m = answer("What is your cyber insurance coverage amount?", (), answers=(cover,))
    assert m.answer == "USD 3 million of cyber liability insurance."


def test_a_yes_no_cell_never_takes_an_approved_sentence_with_no_yes_or_no() -> None:
    lapsed = ApprovedAnswer(
        "Do you carry cyber insurance?",
        "We held SGD 2 million of cyber insurance until the policy expired on 2026-06-30.",
    )
    m = answer("Do you carry cyber insurance?", YES_NO, answers=(lapsed,))
    assert m.answer == "" and "expired" in m.suggested_response


def test_being_involved_in_something_asks_only_whether_there_is_one() -> None:
    said = (
        ApprovedAnswer(
            "Are there lawsuits against the company?", "We are not a party to any lawsuit."
        ),
    )
    assert (
        answer("Is your firm currently involved in any lawsuits?", YES_NO, answers=said).answer
        == "No"
    )


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Yes. On 2025-11-03 a misdirected export sent the names and email addresses of 80 "
            "tenants to another landlord; we notified the tenants within 72 hours.",
            "Yes",
        ),
        # Nothing personal said of what was exposed, or nobody notified: for the reviewer.
        (
            "Yes. On 2025-11-03 a misdirected export sent 80 invoices to another landlord; we "
            "notified the landlord within 72 hours.",
            "",
        ),
        (
            "Yes. On 2025-11-03 a misdirected export sent the names of 80 tenants to another "
            "landlord, who deleted it the same day.",
            "",
        ),
    ],
)
def test_a_breach_that_involved_notice_is_one_told_with_personal_data_and_a_notice(
    told: str, expected: str
) -> None:
    said = (ApprovedAnswer("Have you had a data breach?", told),)
    question = (
        "Have you had a personal data breach in the past three years that involved reporting to "
        "a governmental agency, notice to individuals, or notice to another institution?"
    )
    assert answer(question, YES_NO, answers=said).answer == expected


def test_an_approved_present_that_has_ended_is_no_longer_stated() -> None:
    said = (
        ApprovedAnswer(
            "When will your SOC 1 Type II be available?",
            "Our SOC 1 Type II observation period runs from 2025-07-01 to 2026-06-29; the "
            "report is expected in September 2026.",
        ),
    )
    question = "Is your SOC 1 Type II observation period underway?"
    # AS_OF is 2026-06-30: the period ended the day before.
    assert answer(question, YES_NO, answers=said).answer == ""
    running = (replace(said[0], answer=said[0].answer.replace("2026-06-29", "2026-12-31")),)
    assert answer(question, YES_NO, answers=running).answer == "Yes"


def test_a_qualified_admission_still_shows_the_approved_answer_as_a_draft() -> None:
    said = (
        ApprovedAnswer(
            "Have you had a security incident or data breach?",
            "On 2019-03-02 a lost laptop held names of 40 staff; no other breach since.",
        ),
    )
    question = (
        "Have you had a personal data breach in the past three years that involved reporting "
        "to a governmental agency or notice to individuals?"
    )
    got = answer(question, YES_NO, answers=said)
    assert got.answer == "" and "lost laptop" in got.suggested_response


def test_an_approved_answer_that_opens_with_a_denial_tells_no_yes() -> None:
    said = (
        ApprovedAnswer(
            "Do you process health information or sign BAAs?",
            "Harbor Desk is not designed for protected health information; we do not sign "
            "business associate agreements.",
        ),
    )
    question = "Are you willing to enter into a Business Associate Agreement (BAA)?"
    assert answer(question, YES_NO, answers=said).answer == "No"
    assert answer("Do you sign BAAs?", YES_NO, answers=said).answer != "Yes"


def test_an_outside_firm_doing_other_work_says_nothing_of_the_security_team() -> None:
    pen = Control("VUL-3", "An external firm performs a penetration test of the portal every year.")
    inventory = replace(INVENTORY, controls=(*CONTROLS, pen))
    question = "Do you have a dedicated information security staff or office?"
    assert answer(question, YES_NO, inventory).answer == "Yes"  # the Head of Security
    bought = Control("SEC-1", "Our security function is outsourced to an external provider.")
    inventory = replace(INVENTORY, controls=(*CONTROLS, bought))
    assert answer(question, YES_NO, inventory).answer == ""


def test_adversarial_readings_of_this_rounds_rules() -> None:
    kept = ApprovedAnswer(
        "Where is customer data stored?",
        "EU customers' data is stored in Frankfurt; US customers' data in Virginia. Our support "
        "team in London, United Kingdom can view ticket history.",
    )
    # Where this customer's data is kept depends on it.
    assert answer("Is customer data stored in the EU?", YES_NO, answers=(kept,)).answer == ""
    # Seeing ticket history is not said to be seeing the customer's data.
    asked = "Can anyone outside the EU access our data?"
    assert answer(asked, YES_NO, answers=(kept,)).answer == ""
    # What followed a report is not answered by holding it.
    assert answer("Has your SOC 2 been superseded by a newer report?", YES_NO).answer == ""


def test_a_privacy_office_bought_from_an_outside_firm_is_not_dedicated_staff() -> None:
    dpo = (
        ApprovedAnswer(
            "Who is your data protection officer?",
            "Our DPO role is held by an outside firm, Clara Privacy Partners.",
        ),
    )
    asked = "Do you have a dedicated data privacy staff or office?"
    assert answer(asked, YES_NO, answers=dpo).answer != "Yes"


def test_what_is_to_come_is_not_answered_by_what_is_held_today() -> None:
    scribe = Control("AI-14", "The AI scribe is available to private clinics only.")
    tests = Control("PT-14", "Clinvara Web is penetration tested every year.")
    inventory = replace(INVENTORY, controls=(scribe, tests))
    not_yet = (
        ApprovedAnswer(
            "Do you have a SOC 2 Type II report?",
            "Not yet. Our observation period runs to 2027-03-31 and we expect the report in "
            "June 2027.",
        ),
    )
    for asked in (
        "Will the AI scribe be made available to public hospitals?",
        "Will Clinvara Web be penetration tested this year?",
        "Will your SOC 2 report be renewed?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    asked = "Will your next SOC 2 report be a Type II?"
    assert answer(asked, YES_NO, inventory, answers=not_yet).answer == ""


def test_a_role_held_beside_other_duties_is_not_dedicated_staff() -> None:
    cfo = ApprovedAnswer(
        "Who is responsible for privacy?",
        "Our CFO serves as privacy officer in addition to her finance role.",
    )
    m = answer("Is there a dedicated privacy team or office?", YES_NO, answers=(cfo,))
    assert m.answer != "Yes"


def test_a_feature_of_one_of_several_products_does_not_answer_for_your_solution() -> None:
    ai = ApprovedAnswer(
        question="Do you use artificial intelligence or machine learning?",
        answer="Acme Give suggests ask amounts with a machine-learning model trained separately"
        " on each charity's own gift history; a charity can turn it off. We use no generative AI.",
    )
    tap = Control("MOB-1", "Acme Tap is an Android app for donations at events.")
    mail = Control("RCP-1", "Acme Receipts emails tax receipts to donors.")
    inventory = replace(INVENTORY, vendor="Acme Software Inc.", controls=(tap, mail), answers=(ai,))
    asked = (
        "Does your solution have AI features, or are there plans to implement AI features in"
        " the next 12 months?"
    )
    # Which of the three products the buyer assesses decides: for the reviewer.
    assert answer(asked, YES_NO, inventory=inventory).answer == ""
    single = replace(inventory, controls=())
    assert answer(asked, YES_NO, inventory=single).answer == "Yes"


def test_deadlines_dates_before_sharing_terms_and_the_place_of_what_is_asked() -> None:
    leavers = Control("IAM-7", "Leavers' accounts are disabled within three working days.")
    mfa = Control(
        "IAM-8",
        "Users can turn on MFA in their profile. Since November 2026 MFA is required before"
        " anyone changes the bank account.",
    )
    sites = Control(
        "BCK-8",
        "Customer data is stored in Azure Norway East (Oslo); backups are kept in Azure Norway"
        " West (Stavanger) and the disaster recovery environment runs at Fjellnett in Stavanger.",
    )
    inventory = replace(INVENTORY, controls=(leavers, mfa, sites))
    for asked in (
        "Are leavers' accounts disabled by the end of their last day?",
        "Was MFA required to change bank details before November 2026?",
        "Is your disaster recovery environment in Oslo?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    for asked in (
        "Is your disaster recovery environment in Stavanger?",
        "Is customer data stored in Oslo?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == "Yes", asked
    test = EvidenceDocument(
        "pt-2026", "Penetration test summary (2026)", ("penetration test",), sharing="nda"
    )
    inventory = replace(INVENTORY, documents=(test,))
    asked = "Can you share your penetration test report without an NDA?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    letter = Report(id="bl-3", kind="bridge letter", extends="soc2-2026", through=date(2026, 6, 30))
    inventory = replace(INVENTORY, reports=(SOC2, letter))
    asked = "Will you provide a bridge letter covering 2027?"
    assert answer(asked, YES_NO, inventory=inventory).answer == ""


def test_a_practice_said_of_some_products_only_does_not_answer_for_the_service() -> None:
    waf = Control(
        "NET-4",
        "Acme File sits behind the Cloudflare web application firewall. Acme Registry is"
        " reachable only from court networks on an IP allow list.",
    )
    bcp = Control(
        "BCP-4",
        "Our business continuity plan is owned by the COO and tested every year. We restore"
        " Acme File and Acme Registry in Hamilton.",
    )
    outage = ApprovedAnswer(
        question="Have you had outages?",
        answer="Acme File was unavailable for 3 hours in May 2027; Acme Registry had none.",
    )
    inventory = replace(INVENTORY, vendor="Acme Courts Ltd", controls=(waf, bcp), answers=(outage,))
    assert (
        answer(
            "Are you using a web application firewall (WAF)?", YES_NO, inventory=inventory
        ).answer
        == ""
    )
    # What the whole service has, and what happened to any product, still answer.
    asked = "Do you have a documented business continuity plan that is tested annually?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    asked = "Does Acme File use a web application firewall?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_name_field_is_not_filled_with_a_sentence_approved_for_a_yes_no_question() -> None:
    # "Do you have a DPO?" was answered with who the role is, not with a name.
    approved = (
        ApprovedAnswer(
            "Do you have a data protection officer?",
            "Our data protection officer is an outside counsel at Brandt & Ko under a retainer; "
            "we have no privacy team of our own.",
        ),
    )
    m = answer(
        "Name of your data protection officer", inventory=replace(INVENTORY, answers=approved)
    )
    assert (m.answer, m.filled) == ("", False)


def test_a_yes_to_having_one_thing_is_not_a_yes_to_having_two() -> None:
    # The SOC 2 is held and cyber insurance approved; a penetration test programme and a
    # disaster recovery site are said nowhere.
    approved = (ApprovedAnswer("Do you carry cyber insurance?", "Yes, USD 3 million with Hiscox."),)
    inv = replace(INVENTORY, answers=approved)
    for q in (
        "Do you carry cyber insurance and a disaster recovery site?",
        "Do you hold a SOC 2 Type II report as well as a formal penetration testing programme?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q
    m = answer("Do you hold a SOC 2 Type II report and can you share it?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_role_beside_no_separate_team_is_not_dedicated_staff() -> None:
    approved = (
        ApprovedAnswer(
            "Who is your privacy officer?",
            "Our COO acts as privacy officer. We have no separate privacy function.",
        ),
    )
    m = answer("Do you have dedicated privacy staff?", YES_NO, replace(INVENTORY, answers=approved))
    assert m.answer != "Yes"


def test_an_approved_answer_states_a_practice_in_one_sentence_not_across_several() -> None:
    approved = (
        ApprovedAnswer(
            "Where is customer data stored?",
            "Customer data is stored on our own servers in Lyon, with backups in OVHcloud. "
            "Staff in Lyon can view it. Card numbers are held by Adyen in its vault.",
        ),
    )
    m = answer(
        "Do you store full payment card numbers in your own systems?",
        YES_NO,
        replace(INVENTORY, answers=approved),
    )
    assert m.answer != "Yes"


def test_a_how_dropdown_is_chosen_from_a_sentence_on_what_is_asked() -> None:
    # The AES-256 backup sentence says nothing of how passwords are kept.
    choices = (
        "In plain text (unencrypted)",
        "Using reversible encryption (e.g., DES, 3DES, AES, etc.).",
        "Using a dedicated password-based key derivation function, such as bcrypt, PBKDF2 or scrypt",
        "None of the above",
    )
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "BK-4",
                "Backups of the order database are stored in Azure Storage, encrypted with "
                "AES-256 by the backup tool.",
            ),
            Control("PW-2", "User passwords are kept as Argon2id hashes."),
        ),
    )
    m = answer("How does the application store passwords?", choices, inventory=inv)
    assert "reversible" not in m.answer


def test_an_admission_asked_in_the_negative_is_turned_round() -> None:
    approved = (
        ApprovedAnswer(
            "Have you had a data breach in the last three years?",
            "Yes. In May 2025 a contractor's laptop holding 300 customer records was stolen; "
            "the customers were told.",
        ),
    )
    m = answer(
        "Have you experienced no data breaches in the last three years?",
        YES_NO,
        replace(INVENTORY, answers=approved),
    )
    assert (m.answer, m.filled) == ("No", True)


def test_an_officer_of_another_firm_is_no_dedicated_staff() -> None:
    approved = (
        ApprovedAnswer(
            "Do you have a DPO?",
            "Yes. Our data protection officer is Mr. Jonas Berg of Berg Advokat Privacy in Oslo.",
        ),
    )
    m = answer("Do you have dedicated privacy staff?", YES_NO, replace(INVENTORY, answers=approved))
    assert m.answer != "Yes"


def test_a_document_tagged_with_a_name_does_not_outweigh_the_vendors_none() -> None:
    inv = replace(
        INVENTORY,
        documents=(
            EvidenceDocument(
                "a11y",
                "Accessibility audit of the Harbor mobile app (2026)",
                ("accessibility", "WCAG", "VPAT"),
                date=date(2026, 3, 2),
            ),
        ),
        answers=(
            ApprovedAnswer(
                "Is your product accessible?",
                "The mobile app was audited against WCAG 2.1 AA in 2026; we have no VPAT.",
            ),
        ),
    )
    m = answer("Has a VPAT been created or updated within the past 12 months?", YES_NO, inv)
    assert m.answer != "Yes"


def test_what_a_subservice_organisation_does_in_an_approved_answer_is_not_ours() -> None:
    # Amazon Web Services is a subservice organisation of SOC2.
    approved = (
        ApprovedAnswer(
            "Where is data stored?",
            "All data is stored in Ireland. Amazon Web Services stores the encrypted backups in "
            "Frankfurt.",
        ),
    )
    m = answer(
        "Are encrypted backups stored on your own systems?",
        YES_NO,
        replace(INVENTORY, answers=approved),
    )
    assert m.answer != "Yes"


def test_one_named_officer_is_no_dedicated_privacy_staff_or_office() -> None:
    named = (
        ApprovedAnswer(
            "Who is your DPO?", "Our data protection officer is Ana Ruiz (dpo@x.example)."
        ),
    )
    m = answer(
        "Do you have dedicated privacy staff or a privacy office?",
        YES_NO,
        replace(INVENTORY, answers=named),
    )
    assert m.answer != "Yes"
    full = (
        ApprovedAnswer(
            "Who is your DPO?",
            "Our data protection officer, Ana Ruiz, is a full-time employee whose only role is "
            "data protection.",
        ),
    )
    m = answer(
        "Do you have dedicated privacy staff or a privacy office?",
        YES_NO,
        replace(INVENTORY, answers=full),
    )
    assert (m.answer, m.filled) == ("Yes", True)


def test_an_answer_that_tells_one_part_and_denies_the_other_is_no_for_the_other() -> None:
    """An approved answer to a two-part question may tell of one part and deny the other: a
    question on the denied part is answered No, never Yes from the part told."""
    both = ApprovedAnswer(
        "Do you process health information or sign business associate agreements?",
        "Our clinic app holds medication records of patients. We are not subject to HIPAA and"
        " do not sign business associate agreements.",
    )
    baa = answer(
        "Are you willing to enter into a Business Associate Agreement?", YES_NO, answers=(both,)
    )
    assert baa.answer != "Yes"
    assert answer("Do you process health information?", YES_NO, answers=(both,)).answer == "Yes"
    two = ApprovedAnswer(
        "Do you use subcontractors or offshore staff?",
        "We use two subcontractors for printing. We have no offshore staff.",
    )
    assert answer("Do you have offshore staff?", YES_NO, answers=(two,)).answer != "Yes"


def test_a_security_role_held_beside_another_is_not_dedicated_staff() -> None:
    asked = "Do you have a dedicated information security staff or office?"
    contact = Contact("Ana Lima", "sec@example.com", "Finance Director and Security Officer")
    m = answer(asked, ("Yes", "No"), replace(INVENTORY, contact=contact))
    assert m.answer != "Yes"
    part = Control(
        "GOV-3", "Our IT manager spends 40% of her time on information security.", ("CC1.3",)
    )
    m = answer(asked, ("Yes", "No"), replace(INVENTORY, controls=(part,)))
    assert m.answer != "Yes"
    # One role over two areas of the same function is still that role.
    head = Contact("Ana Lima", "sec@example.com", "Head of Security and Risk")
    assert answer(asked, ("Yes", "No"), replace(INVENTORY, contact=head)).answer == "Yes"


def test_a_team_asked_is_not_one_persons_title() -> None:
    ciso = Contact("Ana Lima", "sec@example.com", "Chief Information Security Officer")
    m = answer("Do you have a dedicated security team?", YES_NO, replace(INVENTORY, contact=ciso))
    assert m.answer != "Yes"


def test_is_it_true_that_you_had_no_incident_is_asked_as_had_you_none() -> None:
    told = ApprovedAnswer(
        question="Have you had any unplanned outages?",
        answer="On 2026-03-02 Harbor Web was unavailable to every customer for 2 hours and 10"
        " minutes after a certificate expired.",
    )
    m = answer(
        "Is it true that you have had no unplanned outage in the last 12 months?",
        YES_NO,
        answers=(told,),
    )
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Has Ledgerly had an unplanned outage longer than an hour in the last 12 months?",
        "Did Northwind Reports suffer an outage longer than an hour in the past 12 months?",
    ],
)
def test_an_event_of_another_product_is_no_admission_of_the_one_asked(asked: str) -> None:
    told = ApprovedAnswer(
        "Have you had any outages?",
        "On 2026-03-02 Paybook was unavailable for 5 hours after a failed database upgrade."
        " There was no other unplanned outage of Paybook, Ledgerly or Northwind Reports longer"
        " than one hour in the last 12 months.",
    )
    assert answer(asked, YES_NO, answers=(told,)).answer != "Yes"


@pytest.mark.parametrize(
    "said",
    [
        "Information security is part of our operations manager's role.",
        "Our Head of Security also runs facilities and procurement.",
    ],
)
def test_a_security_role_held_beside_another_is_no_dedicated_staff(said: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("GOV-02", said, ())))
    asked = "Do you have a dedicated information security staff or office?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_draft_from_approved_words_says_them_once() -> None:
    # A name asked as a field, approved as a yes/no: left for the reviewer, the words once.
    officer = ApprovedAnswer(
        "Do you have a chief privacy officer?",
        "Yes. Our chief privacy officer is Ines Marlow of Harbour Privacy LLP in Dublin.",
    )
    m = answer("Name of your chief privacy officer", answers=(officer,))
    assert m.suggested_response.startswith("DRAFT")
    assert m.suggested_response.count("Ines Marlow of Harbour Privacy") == 1


@pytest.mark.parametrize(
    ("approved", "asked"),
    [
        (
            ApprovedAnswer(
                "Do you carry cyber insurance?",
                "No. We do not carry cyber insurance. We have professional indemnity insurance"
                " of EUR 2 million.",
            ),
            "Do you carry professional indemnity insurance?",
        ),
        (
            ApprovedAnswer(
                "Do you take card payments?",
                "No. Members pay by direct debit against a monthly statement; we do not take,"
                " store or process payment cards.",
            ),
            "Do you take payments by direct debit?",
        ),
    ],
)
def test_a_lead_no_is_not_reused_for_the_thing_its_own_words_affirm(
    approved: ApprovedAnswer, asked: str
) -> None:
    m = answer(asked, YES_NO, answers=(approved,))
    assert m.answer != "No"
    # The approved question itself still gets its No, and a denial that tells of the thing
    # asked still denies it.
    assert answer(approved.question, YES_NO, answers=(approved,)).answer == "No"
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "All customer data is stored in Frankfurt. No customer data is stored outside the EU.",
    )
    asked_out = "Is any customer data stored outside the EU?"
    assert answer(asked_out, YES_NO, answers=(where,)).answer == "No"


def test_a_denial_kept_to_long_events_does_not_deny_any_event_in_a_window() -> None:
    told = ApprovedAnswer(
        "Have you had any service outages?",
        "Lumen Desk was down for 3 hours on 2025-09-02 after a DNS change. No other outage has"
        " lasted more than 30 minutes.",
    )
    # AS_OF is 2026-06-30: the told outage is before the last 6 months.
    asked = "Have you had an outage in the last 6 months?"
    assert answer(asked, YES_NO, answers=(told,)).answer == ""


def test_an_event_the_answer_itself_calls_a_breach_is_one_for_the_window() -> None:
    told = ApprovedAnswer(
        "Have you had any security incidents or data breaches?",
        "In March 2026 a stolen support laptop held 40 customers' invoices. We notified the "
        "data protection authority of the breach within 72 hours.",
    )
    asked = "Any data breaches in the last 12 months?"
    assert answer(asked, YES_NO, answers=(told,)).answer == "Yes"
    # An event the answer does not call a breach, or says was none, is not one.
    outage = replace(
        told,
        answer="In March 2026 a power failure stopped the service for four hours; no data "
        "breach occurred.",
    )
    assert answer(asked, YES_NO, answers=(outage,)).answer != "Yes"
    plain = replace(told, answer=told.answer.split(" We notified")[0])
    assert answer(asked, YES_NO, answers=(plain,)).answer != "Yes"


def test_a_no_of_a_window_does_not_answer_ever() -> None:
    told = ApprovedAnswer(
        "Have you had a data breach?",
        "None in the last two years. In 2023 an attacker read 80 invoices through a stolen "
        "password.",
    )
    assert answer("Have you ever had a data breach?", YES_NO, answers=(told,)).answer != "No"


def test_free_of_incidents_in_a_window_is_the_admission_turned_round() -> None:
    told = ApprovedAnswer(
        "Have you had a security incident or data breach?",
        "Yes. In March 2025 a phished password let an attacker read 40 customers' invoices; we "
        "notified them of the breach. We know of no other breach.",
    )
    asked = "Are you free of any security incident or breach in the last five years?"
    assert answer(asked, YES_NO, answers=(told,)).answer != "Yes"


@pytest.mark.parametrize(
    "said",
    [
        "As of our 2024 security review, every laptop is encrypted with FileVault.",
        "As at 31 March 2025, every laptop is encrypted with FileVault.",
        "Every laptop is encrypted with FileVault (correct as of Q4 2024).",
    ],
)
def test_an_approved_answer_dated_before_the_answer_date_is_a_draft(said: str) -> None:
    # AS_OF is 2026-06-30: what the approved words say was true then, not said of now.
    for approved_for in (
        "Are all laptops encrypted?",
        "Do you use full-disk encryption on laptops?",
    ):
        approved = ApprovedAnswer(approved_for, said)
        assert answer("Are all laptops encrypted?", YES_NO, answers=(approved,)).answer == ""


def test_an_approved_answer_naming_a_reports_own_date_is_not_dated_by_it() -> None:
    said = "Yes. Every laptop is encrypted; our SOC 2 Type I report as of 2025-09-30 tests it."
    approved = ApprovedAnswer("Are all laptops encrypted?", said)
    assert answer("Are all laptops encrypted?", YES_NO, answers=(approved,)).answer == "Yes"


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("As of our 2024 questionnaires, all data is stored in the US.", True),
        ("As of June 2026, all data is stored in the US.", False),  # the month not yet over
        ("Our Type I report as of 2025-09-30 covers it.", False),
        ("All data is stored in the US; this is accurate as at 1 January 2026.", True),
    ],
)
def test_said_before_reads_a_text_dated_by_its_own_words(text: str, dated: bool) -> None:
    assert said_before(text, date(2026, 6, 30)) is dated


# ------------------------------------------------ an approved answer the controls gainsay


def _with_controls(*texts: str) -> object:
    return replace(INVENTORY, controls=tuple(Control(f"GS-{i}", t) for i, t in enumerate(texts)))


def test_an_approved_all_plans_beside_a_control_for_one_plan_is_a_draft() -> None:
    said = ApprovedAnswer(
        "Does the platform offer audit logs?", "Yes, audit logs are available on all plans."
    )
    inventory = _with_controls(
        "Clinics on the Premier plan can view audit logs of every record change; on the Basic "
        "plan only sign-ins are shown."
    )
    for asked in (
        "Are audit logs available on all plans?",
        "Are audit logs available on the Basic plan?",
    ):
        got = answer(asked, YES_NO, inventory, answers=(said,))
        assert got.answer == ""
        assert "Premier plan" in got.suggested_response
    got = answer("Are audit logs available on the Premier plan?", YES_NO, inventory, (said,))
    assert got.answer == "Yes"
    # Beside no control on plans, the approved words answer.
    got = answer("Are audit logs available on all plans?", YES_NO, answers=(said,))
    assert got.answer == "Yes"


@pytest.mark.parametrize(
    "limit",
    [
        "SAML sign-on is offered on the Business plan only.",
        "SAML sign-on comes with the Business tier; other tiers use passwords.",
        "SAML sign-on is part of the Enterprise Security plan and no other.",
    ],
)
def test_a_sold_plan_named_with_a_work_word_still_narrows_an_approved_all(limit: str) -> None:
    # A second reader's kind (review of 54f5c26..dd2d1e0): "Business plan", "Business tier"
    # and "Enterprise Security plan" are plans sold, not plans of work.
    said = ApprovedAnswer("Do you support SAML?", "Yes, SAML sign-on is available on all plans.")
    inventory = _with_controls(limit)
    got = answer("Is SAML sign-on available on all plans?", YES_NO, inventory, answers=(said,))
    assert got.answer != "Yes"


def test_an_approved_all_in_one_country_beside_a_control_hosting_elsewhere_is_a_draft() -> None:
    said = ApprovedAnswer(
        "Where is customer data stored?", "All customer data is stored in Canada, in Azure Toronto."
    )
    inventory = _with_controls(
        "Customer data of Canadian clinics is hosted in Azure Canada Central (Toronto) and of "
        "Australian clinics in Azure Australia East (Sydney)."
    )
    got = answer("Is all customer data stored in Canada?", YES_NO, inventory, answers=(said,))
    assert got.answer == ""
    got = answer("Is customer data stored in Canada?", YES_NO, inventory, answers=(said,))
    assert got.answer == "Yes"  # some of it is: no "all" asked


@pytest.mark.parametrize(
    ("approved", "control"),
    [
        ("Yes. All laptops are encrypted.", "Laptops used in the warehouse are not encrypted."),
        (
            "No. We do not use contractors.",
            "We use contract developers from Kodex Ltd to build the mobile app.",
        ),
    ],
)
def test_an_approved_answer_to_the_same_question_gainsaid_by_a_control_is_a_draft(
    approved: str, control: str
) -> None:
    asked = "Are laptops encrypted?" if approved.startswith("Yes") else "Do you use contractors?"
    said = ApprovedAnswer(asked, approved)
    got = answer(asked, YES_NO, _with_controls(control), answers=(said,))
    assert got.answer == ""
    assert control[:20] in got.suggested_response
    # Beside no control on it, the approved answer is reused as it is.
    reused = "Yes" if approved.startswith("Yes") else "No"
    assert answer(asked, YES_NO, INVENTORY, answers=(said,)).answer == reused


@pytest.mark.parametrize(
    ("approved", "admitted", "asked"),
    [
        (
            ApprovedAnswer(
                "Is data encrypted?",
                "Yes. All data is encrypted in transit with TLS 1.2 or higher.",
            ),
            "The legacy kiosks upload sales to the store server over plain HTTP.",
            "Is all data encrypted in transit?",
        ),
        (
            ApprovedAnswer(
                "Is data encrypted in transit?", "Yes, every connection uses TLS 1.2 or later."
            ),
            "Older gateways send meter readings to the head-end unencrypted.",
            "Is data in transit encrypted?",
        ),
    ],
)
def test_an_approved_all_beside_a_control_admitting_a_part_without_is_a_draft(
    approved: ApprovedAnswer, admitted: str, asked: str
) -> None:
    # Probes redteam64-65's kind: an approved "all data is encrypted in transit" beside a
    # control that tells of data sent unencrypted or over plain TCP.
    got = answer(asked, YES_NO, _with_controls(admitted), answers=(approved,))
    assert got.answer == ""
    assert admitted.rstrip(".") in got.suggested_response


def test_an_approved_all_beside_a_denial_of_something_else_still_answers() -> None:
    approved = ApprovedAnswer(
        "Are laptops encrypted?", "Yes, all laptops are encrypted with BitLocker."
    )
    inventory = _with_controls("Customer data is never shared with advertisers.")
    assert (
        answer("Are all laptops encrypted?", YES_NO, inventory, answers=(approved,)).answer == "Yes"
    )


def test_an_approved_yes_beside_another_approved_answer_ruling_it_out_is_a_draft() -> None:
    # Probe redteam67's kind: a Yes approved years before, matched word for word, beside a
    # later answer to another question whose words rule it out.
    old = ApprovedAnswer(
        "Do you have customers in the public sector?",
        "Yes. Two county councils use Northwind Insights.",
    )
    later = ApprovedAnswer(
        "Which sectors do you serve today?",
        "Our last council customer left in May 2026. We have no public sector customers today.",
    )
    asked = "Do you have customers in the public sector?"
    got = answer(asked, YES_NO, answers=(old, later))
    assert got.answer == ""
    assert "no public sector customers" in got.suggested_response
    assert answer(asked, YES_NO, answers=(old,)).answer == "Yes"


def test_an_approved_answer_told_without_a_yes_that_denies_further_on_is_a_draft() -> None:
    # Probe redteam67's kind: an answer that tells who does the work first and denies the
    # thing asked after ("We do not have a dedicated security team") filled Yes.
    said = ApprovedAnswer(
        "Do you have a dedicated information security staff or office?",
        "Security is looked after by our CTO, with two platform engineers who give part of their "
        "week to it. We do not have a dedicated security team; an MDR partner watches alerts.",
    )
    inventory = replace(INVENTORY, contact=None)
    got = answer("Do you have a dedicated security team?", YES_NO, inventory, answers=(said,))
    assert got.answer != "Yes"


@pytest.mark.parametrize(
    ("told", "question", "expected"),
    [
        # The answer's own stamp is no event (blind tune set inv_wheatear's kind).
        (
            "Last updated: June 2026. On 2025-12-02 a misdirected invoice e-mail showed one "
            "customer's contact names to another. We have had no other breach.",
            "Have you had a security breach in the last three months?",
            "No",
        ),
        # The month the window opens: the day decides, where the answer gives it.
        (
            "On 2025-12-02 a misdirected invoice e-mail showed one customer's contact names to "
            "another. We have had no other breach.",
            "Have you had a security breach in the last six months?",
            "No",
        ),
        (
            "On 2025-12-31 a misdirected invoice e-mail showed one customer's contact names to "
            "another. We have had no other breach.",
            "Have you had a security breach in the last six months?",
            "Yes",
        ),
        # Without its day, that month is for the reviewer.
        (
            "In December 2025 a misdirected invoice e-mail showed one customer's contact names "
            "to another. We have had no other breach.",
            "Have you had a security breach in the last six months?",
            "",
        ),
    ],
)
def test_a_dated_admission_is_read_by_its_event_to_the_day(
    told: str, question: str, expected: str
) -> None:
    answers = (ApprovedAnswer("Have you had a data breach?", told),)
    assert answer(question, YES_NO, INVENTORY, answers).answer == expected


@pytest.mark.parametrize(
    ("told", "question", "expected"),
    [
        # Stamps in other forms.
        (
            "Last reviewed by the DPO on 14 April 2026. On 2025-11-02 a misdirected invoice "
            "e-mail showed one customer's contact names to another. We have had no other breach.",
            "Have you had a security breach in the last six months?",
            "No",
        ),
        (
            "(Reviewed April 2026) On 2025-11-02 a misdirected invoice e-mail showed one "
            "customer's contact names to another. We have had no other breach.",
            "Have you had a security breach in the last six months?",
            "No",
        ),
        # Days on both sides of the window's opening: for the reviewer.
        (
            "On 2025-12-31 we closed the investigation of a misdirected invoice e-mail of "
            "2025-12-05. We have had no other breach.",
            "Have you had a security breach in the last six months?",
            "",
        ),
    ],
)
def test_stamps_and_days_of_a_dated_admission_in_other_forms(
    told: str, question: str, expected: str
) -> None:
    answers = (ApprovedAnswer("Have you had a data breach?", told),)
    assert answer(question, YES_NO, INVENTORY, answers).answer == expected


def test_an_update_line_telling_an_event_is_no_stamp() -> None:
    # A second reader's case: "Updated 2026-02-11: a phishing e-mail ..." tells an event.
    told = (
        "Yes. In March 2023 a contractor's laptop with customer contact lists was stolen. "
        "Updated 2026-02-11: a phishing e-mail let an attacker read one support mailbox. No "
        "other breach in the last five years."
    )
    answers = (ApprovedAnswer("Have you had a data breach?", told),)
    asked = "Have you had a data breach in the last 12 months?"
    assert answer(asked, YES_NO, INVENTORY, answers).answer != "No"


# ------------------------------------------------ approved answers beside what says otherwise


def test_a_confirmed_never_beside_another_answer_dating_an_event_is_no_yes() -> None:
    # Blind tune set inv_pipit's kind: "Can you confirm that Praterwerk has never had a
    # security incident or personal data breach?" answered Yes from an old "never had one",
    # beside another approved answer dating a breach.
    never = ApprovedAnswer(
        "Have you ever had a security incident?",
        "No. Northwind has never had a security incident or a data breach.",
    )
    dated = ApprovedAnswer(
        "Have you had a security incident or data breach?",
        "On 2025-03-04 a phished account was used to export 310 customer contacts; we notified "
        "the affected customers the next day.",
    )
    asked = "Can you confirm that Northwind has never had a security incident or data breach?"
    assert answer(asked, YES_NO, answers=(never, dated)).answer != "Yes"
    assert answer(asked, YES_NO, answers=(never,)).answer == "Yes"


def test_an_approved_every_user_beside_a_control_without_the_factor_is_no_yes() -> None:
    # Blind tune set inv_pipit's kind: "Every user of every product signs in with MFA" beside
    # shared logins "protected by a password only and no second factor".
    every = ApprovedAnswer(
        "Do all users have to use multi-factor authentication?",
        "Yes. Every user of every Northwind product signs in with multi-factor authentication.",
    )
    shared = Control(
        "IAM-9",
        "Warehouse staff share one login per scanner, with a password and no second factor.",
    )
    inventory = replace(INVENTORY, controls=(shared,))
    asked = "Do all users of every Northwind product sign in with multi-factor authentication?"
    assert answer(asked, YES_NO, inventory, answers=(every,)).answer != "Yes"


# ------------------------------------------------ outages told by product, date and length


_OUTAGES = ApprovedAnswer(
    "Have you had any outages?",
    "On 2026-02-11 Northwind Ledger was unavailable for 3 hours and 10 minutes after a failed "
    "database migration; invoicing kept working in Northwind Billing. On 2025-11-02 Northwind "
    "Relay could not deliver messages for 40 minutes. There has been no other unplanned outage "
    "in the last 24 months.",
)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Has Northwind Ledger had an unplanned outage in the last 12 months?", "Yes"),
        ("Has Northwind Ledger had an outage longer than two hours in the past year?", "Yes"),
        ("Has Northwind Ledger had an outage longer than four hours in the past year?", "No"),
        ("Has Northwind Billing had an unplanned outage in the last 12 months?", "No"),
        ("Has Northwind Relay had an unplanned outage in the last 12 months?", "Yes"),
        ("Has Northwind Relay had an unplanned outage in the last 6 months?", "No"),
    ],
)
def test_an_outage_asked_of_a_product_is_read_from_its_own_clauses(
    asked: str, expected: str
) -> None:
    # The tune sets' most often blank kind (outage questions by product, window and length).
    got = answer(asked, YES_NO, answers=(_OUTAGES,))
    assert (got.answer, got.filled) == (expected, True), asked


def test_an_outage_of_no_product_by_name_or_of_untold_length_is_the_reviewers() -> None:
    vague = ApprovedAnswer(
        "Have you had any outages?",
        "On 2026-03-02 our platform was down for two hours. Northwind Ledger had no unplanned "
        "outage in the last 24 months.",
    )
    asked = "Has Northwind Billing had an unplanned outage in the last 12 months?"
    assert answer(asked, YES_NO, answers=(vague,)).answer == ""
    untold = ApprovedAnswer(
        "Have you had any outages?",
        "In March 2026 Northwind Ledger was unavailable after a failed release. There has been "
        "no other unplanned outage in the last 24 months.",
    )
    asked = "Has Northwind Ledger had an outage longer than one hour in the last 12 months?"
    assert answer(asked, YES_NO, answers=(untold,)).answer == ""
    # Without a length asked, the dated outage is the Yes.
    asked = "Has Northwind Ledger had an unplanned outage in the last 12 months?"
    assert answer(asked, YES_NO, answers=(untold,)).answer == "Yes"


def test_an_approved_answer_dated_in_its_source_is_a_draft() -> None:
    # Probe redteam69's kind (nine wrong fills) and inv_pipit's: an answer approved for a
    # questionnaire two years back ("source: 2023 client questionnaire"), used verbatim though a
    # current control says otherwise. Read in 2026 (AS_OF), a 2024 source is of then.
    old = ApprovedAnswer(
        "Is MFA enforced?",
        "Yes, multi-factor authentication is enforced for all access to client data.",
        source="2024 client questionnaire (Harbour Foods)",
    )
    asked = "Is MFA enforced?"
    got = answer(asked, YES_NO, answers=(old,))
    assert (got.answer, got.filled) == ("", False)
    filename = replace(old, source="Harbour_Foods_HECVAT_2023.xlsx")
    assert answer(asked, YES_NO, answers=(filename,)).answer == ""
    # A source of last year, or one naming no year, is used as before.
    for source in ("2025 client questionnaire (Harbour Foods)", "HECVAT_3.06_Harbour.xlsx", None):
        recent = replace(old, source=source)
        assert answer(asked, YES_NO, answers=(recent,)).answer == "Yes", source


def test_a_product_asked_by_its_full_name_is_told_by_its_short_one() -> None:
    # Probe redteam65's new wrong fill: "Has VetLedger Clinic had an outage of more than one
    # hour ...?" and "On 2026-06-03 Clinic was unavailable for 3 hours 10 minutes" was No.
    told = ApprovedAnswer(
        "Have you had any outages?",
        "On 2026-05-14 Portal was unavailable for 2 hours 5 minutes after a failed release. There "
        "was no other unplanned outage longer than 30 minutes in the last 12 months.",
    )
    asked = "Has Ledgerly Portal had an outage of more than one hour in the last 12 months?"
    assert answer(asked, YES_NO, answers=(told,)).answer == "Yes"


@pytest.mark.parametrize(
    "question",
    [
        # Read as a buyer (HECVAT PRPO-01 filled from inv_fulmar): the breach an approved
        # answer tells is no documented practice.
        "Do you have a documented privacy management process?",
        "Do you have a privacy incident response plan?",
    ],
)
def test_what_befell_the_vendor_is_no_practice(question: str) -> None:
    told = ApprovedAnswer(
        "Have you had a privacy breach or security incident?",
        "On 2026-01-02 our portal emailed 12 laboratory reports with owners' names to the wrong "
        "clinic. We told the clinics the same day and notified the Privacy Commissioner.",
    )
    inventory = replace(INVENTORY, controls=(), documents=(), answers=(told,))
    assert answer(question, YES_NO, inventory).answer == ""


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # What a cover takes in is not said by holding it (probe redteam77's kind, in other
        # words); an answer that names it says it.
        ("Yes, EUR 5 million of cyber cover with Allianz, renewed every March.", ""),
        (
            "Yes. Our cyber insurance covers business interruption, data restoration and "
            "ransomware.",
            "Yes",
        ),
    ],
)
def test_what_a_cover_takes_in_needs_naming(said: str, expected: str) -> None:
    held = ApprovedAnswer(question="Do you carry cyber insurance?", answer=said)
    m = answer(
        "Does your cyber insurance policy cover business interruption?", YES_NO, answers=(held,)
    )
    assert m.answer == expected


def test_a_cover_named_only_as_declined_is_not_said() -> None:
    # Second reader rev28: the thing named, to say it is not covered.
    held = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes, EUR 2 million with Fidelidade. Ransomware cover was declined by the insurer.",
    )
    m = answer("Does your cyber insurance cover ransomware losses?", YES_NO, answers=(held,))
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        # A practice asked as written down is not told by an approved answer on doing it
        # (buyer read of HECVAT 4.1.4 PPPR-01 from inv_chough, in other words); an answer that
        # names its document, process or policy tells it.
        (
            ApprovedAnswer(
                question="Do you back up data daily?", answer="We back up customer data every day."
            ),
            "",
        ),
        (
            ApprovedAnswer(
                question="Do you back up data daily?",
                answer="Yes, our backup policy requires a backup of customer data every day.",
            ),
            "Yes",
        ),
    ],
)
def test_a_written_practice_needs_its_document_named(held: ApprovedAnswer, expected: str) -> None:
    m = answer("Do you have a formal backup policy?", YES_NO, answers=(held,))
    assert m.answer == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Probe redteam78's kind in other words: a cover asked is named by its words, all but
        # one of three or more ("legal defence costs" is not "legal fines and penalties"), and
        # an approved answer on another question about the cover is read the same way on
        # every path that uses it. Heads it names keep Yes.
        ("Does your cyber insurance cover extortion demands?", ""),
        ("Does your cyber insurance cover legal fines and penalties?", ""),
        ("Does your cyber insurance cover data restoration?", "Yes"),
        ("Does your cyber insurance cover legal defence costs?", "Yes"),
    ],
)
def test_a_cover_asked_is_named_by_its_words(question: str, expected: str) -> None:
    held = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes. Cyber insurance of GBP 5 million with Hiscox covers data restoration, "
        "business interruption and legal defence costs.",
    )
    assert answer(question, YES_NO, answers=(held,)).answer == expected


@pytest.mark.parametrize(
    "question",
    [
        # Second reader rev29: a limit or an amount asked beside a head of cover does not
        # excuse the head from being named.
        "Does your cyber insurance cover ransomware payments up to the full policy limit?",
        "Does your cyber insurance cover social engineering fraud up to GBP 100,000?",
        "Does your cyber insurance cover extortion demands of at least GBP 1 million per claim?",
    ],
)
def test_a_head_of_cover_asked_with_an_amount_still_needs_naming(question: str) -> None:
    held = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes. Cyber insurance of GBP 5 million with Hiscox covers data restoration, "
        "business interruption and legal defence costs.",
    )
    assert answer(question, YES_NO, answers=(held,)).answer != "Yes"


@pytest.mark.parametrize(
    ("said", "question", "expected"),
    [
        # The second readers' cases: "losses", "costs", "claims" name no head of cover, so
        # "covers ransomware" names "ransomware losses", and "each loss is subject to a
        # deductible" names nothing; "third-party claims" alone is still what is asked.
        (
            "Yes, our cyber policy covers ransomware and business interruption.",
            "Does your cyber insurance cover ransomware losses?",
            "Yes",
        ),
        (
            "Yes, EUR 2 million; each loss is subject to a EUR 50,000 deductible.",
            "Does your cyber insurance cover ransomware losses?",
            "",
        ),
        (
            "Yes. Cyber insurance of GBP 5 million with Hiscox covers data restoration, business "
            "interruption and legal defence costs.",
            "Does your cyber insurance cover third-party claims of at least GBP 1 million?",
            "",
        ),
    ],
)
def test_what_any_cover_pays_for_names_no_head(said: str, question: str, expected: str) -> None:
    held = ApprovedAnswer(question="Do you carry cyber insurance?", answer=said)
    assert answer(question, YES_NO, answers=(held,)).answer == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our incident plan says who tells the affected clinics and the privacy office (OPC) "
        "within 72 hours.",
        "The on-call lead calls the customer and then the data protection office.",
        "We report breaches to the national data protection inspectorate within 72 hours.",
    ],
)
def test_a_public_privacy_office_told_of_an_incident_is_not_our_staff(text: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("IR-9", text),), answers=())
    m = answer("Do you have a dedicated data privacy staff or office?", YES_NO, inventory)
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "Our privacy office (two full-time staff) answers data subject requests.",
        "We have a data protection office of three people, led by our DPO.",
    ],
)
def test_our_own_privacy_office_is_still_our_staff(text: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("PR-9", text),), answers=())
    m = answer("Do you have a dedicated data privacy staff or office?", YES_NO, inventory)
    assert (m.answer, m.filled) == ("Yes", True)


@pytest.mark.parametrize(
    "text",
    [
        # Second reader rev32: the vendor's own privacy office by its acronym.
        "Privacy questions are escalated to Northwind's privacy office (NPO) at headquarters.",
        "Our Data Protection Office (DPO) reviews all customer contracts.",
    ],
)
def test_our_own_privacy_office_by_its_acronym_is_our_staff(text: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("PR-9", text),), answers=())
    m = answer("Do you have a dedicated data privacy staff or office?", YES_NO, inventory)
    assert (m.answer, m.filled) == ("Yes", True)
