"""Kinds found by first contact with labelled_buyer24 (defence CMMC flow-down forms, nuclear
supplier QA, aircraft maintenance records, insolvency case systems, cash-in-transit, IVF clinic
systems, clinical-trial CTMS/EDC and building management systems), each tested on other
wordings than the batch's own, with look-alikes (marked) that guard the kinds' edges. Every test
of a kind (36) fails on the code of main 00bf6c4; the look-alikes (20) pass with both."""

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
        "We will accept a SOC 2 Type I instead of the Type II for this first year.",
        "For a start-up supplier our panel takes a SOC 2 Type 1 report in place of a Type 2.",
    ],
)
def test_the_type_a_report_stands_in_for_is_not_asked_for(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE1,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Tell us whether your SOC 2 is a Type 1 or a Type 2, and send the Type 2 if you hold it.",
        "Our auditors want to know whether the SOC 2 report is a Type I or a Type II; where it"
        " is a Type II, attach it.",
    ],
)
def test_a_type_asked_for_after_asking_which_type_is_held(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Tell us whether your SOC 2 is a Type 1 or a Type 2.",
        # (look-alike: the same asked with the copula first)
        "Is your SOC 2 a Type I or a Type II report?",
    ],
)
def test_which_type_alone_asks_for_neither(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,) and got.type_source == "default", got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "May we hand your independent auditor's report on your controls to our members without"
        " them having to sign an agreement?",
        "Can our volunteers pass a summary of your security audit to donors without anyone"
        " signing an NDA?",
    ],
)
def test_an_assurance_report_given_to_readers_who_sign_nothing_is_a_soc_3(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SOC3,), got.rationale


def test_an_independent_report_on_how_controls_worked_is_a_soc_2_type_ii() -> None:
    # (a second probe's: operating effectiveness in plain words, then "what can you send?")
    got = classify(
        "The board's risk committee wants an outside report on how well your controls worked"
        " through the year. What could you share?"
    )
    assert got.soc_need == (TYPE2,), got.rationale


# ---------------------------------------------------------------- history


@pytest.mark.parametrize(
    "text",
    [
        "Has any state licensing board revoked or restricted your contractor's licence?",
        "Has any national regulator withdrawn or downgraded your repair station certificate?",
        "Has the firm been the subject of an inspection that found serious deficiencies?",
        "Has the supplier ever been the subject of an audit finding by a defence agency?",
        "Has a customer's payroll system ever been taken over through your remote support"
        " software?",
    ],
)
def test_what_befell_the_company_or_its_clients_is_history(text: str) -> None:
    got = classify(text)
    # (recognised as history, at that path's confidence, not left as an unread question)
    assert got.soc_need == () and got.confidence >= 0.8, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: practices done, asked in the past tense)
        "Has any backup ever been tested by restoring it?",
        "Has a customer's account ever been reviewed for unused access?",
        "Have your staff been trained on phishing in the last year?",
        "Has a penetration test ever been commissioned on the portal?",
        "Has the DR plan ever been exercised with a customer?",
    ],
)
def test_practices_done_stay_control_questions(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale


# ---------------------------------------------------------------- standing and facts


@pytest.mark.parametrize(
    "text",
    [
        "Are you an approved scanning vendor?",
        "Is the firm an approved coverholder? Give the reference.",
        "Are you an authorised dealer of the manufacturer?",
    ],
)
def test_the_company_as_a_kind_of_business_a_body_approves_is_standing(text: str) -> None:
    got = classify(text)
    assert got.soc_need == () and got.confidence >= 0.8, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Confirm the nationality of everyone who will handle our export-controlled drawings.",
        "State the citizenship of each contractor on the account team.",
    ],
)
def test_peoples_nationality_asked_by_an_instruction_is_a_datum(text: str) -> None:
    got = classify(text)
    assert got.soc_need == () and got.confidence >= 0.8, got.rationale


def test_a_clearance_required_of_people_stays_screening() -> None:
    # (look-alike: a condition the vendor sets on who may work, CC1.4)
    got = classify("Must all administrators of the service hold a government security clearance?")
    assert got.soc_need == (TYPE2,), got.rationale


# ---------------------------------------------------------------- features and protections


@pytest.mark.parametrize(
    "text",
    [
        "Can a care worker log a missed visit on the phone app?",
        # (a second probe's: "record" said as people's entry of their work)
        "Can a nurse record the dressings changed on each round?",
        "Can a cleaner record the rooms finished on each visit?",
    ],
)
def test_people_who_may_log_an_item_keep_a_record_of_their_work(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: what a system logs, or a log of access or of what users did)
        "Can the system log every change to a record?",
        "Can administrators log every access to patient records?",
        "Can users log in with SSO?",
        "Can administrators record who accessed a file?",
        "Can the system record every change to a record?",
        "Can auditors log into the system with read-only access?",
        "Can employees log a security incident through the portal?",
    ],
)
def test_event_logging_and_sign_in_stay_controls(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale


def test_a_stop_on_a_route_is_no_act_of_protection() -> None:
    got = classify("Does the scanner log each stop on the route?")
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Will the kiosk app close an unattended session on its own?",
        "Does the web app end a user's session after it sits idle for a while?",
    ],
)
def test_a_session_ended_when_left_idle_is_a_session_lock(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,) and "CC6.1" in got.criteria, got.rationale


# ---------------------------------------------------------------- figures the buyer books


@pytest.mark.parametrize(
    "text",
    [
        "The nights your system records are invoiced to guests, and that income is revenue in"
        " our hotel accounts. How do you make sure every night stayed is included?",
        "Meter readings from your portal are used to charge tenants, and the recovery is income"
        " in our books. How do you make sure no reading is counted twice?",
        "Surgeon hours your staff record are billed to us and capitalised as asset costs. How"
        " are hours on the invoice checked against the theatre log?",
        "Boarding fees are invoiced to owners from the kennel register each month. How do you"
        " make sure each night stayed is billed once?",
        "Grazing fees are invoiced to farmers from the herd inventory in your system. How do you"
        " make sure every animal on the inventory is billed?",
        "Dividends to creditors are worked out in your system from the proofs admitted. How is"
        " each dividend checked so that it uses the admitted amount?",
        "Distributions to claimants are calculated by the platform from the accepted claims."
        " How is each distribution checked before it is paid?",
        # (a second probe's: an item kept off a second bill, said without "from")
        "Callouts are invoiced to our tenants from the job sheets in your system. How do you"
        " prevent a callout being invoiced twice?",
    ],
)
def test_figures_the_buyer_books_are_a_soc_1_matter(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SOC1,), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: no money in the buyer's books)
        "Are account names capitalised in the export file?",
        "Does the app show the income band a customer chose?",
    ],
)
def test_the_words_alone_are_no_financial_context(text: str) -> None:
    got = classify(text)
    assert SOC1 not in got.soc_need, got.rationale


# ---------------------------------------------------------------- availability or offline use
# (found by a probe written after the fixes above, kept outside the project)


@pytest.mark.parametrize(
    "text",
    [
        "Does the till system keep working if our broadband drops?",
        "Does the system keep working if the store's Wi-Fi goes down?",
    ],
)
def test_working_through_a_loss_of_the_users_own_link_is_a_feature(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: a loss of the vendor's estate or of its own provider)
        "Does your service keep working if a region fails?",
        "Does the platform keep working if your network provider has an outage?",
    ],
)
def test_working_through_a_loss_of_the_vendors_estate_is_availability(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale


# ---------------------------------------------------------------- who of the vendor's people


@pytest.mark.parametrize(
    "text",
    [
        # (a second probe's: who may see data, asked of the vendor's own people)
        "Which of your engineers can view our tenants' bank details?",
        "Who in your organisation can read our support tickets?",
    ],
)
def test_which_of_the_vendors_people_may_see_data_is_access_control(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,) and "CC6.3" in got.criteria, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: the vendor's customers, or a role named)
        "Which of your customers can see our logo?",
        "Who at your company will be our account manager?",
    ],
)
def test_who_of_others_or_a_role_is_no_access_question(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale
