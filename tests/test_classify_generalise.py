"""Issue #18 kinds, in words of their own: what a question is decides, not a word it holds."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

T2, S3 = SocNeed.SOC2_TYPE2, SocNeed.SOC3


def needs(text: str) -> set[SocNeed]:
    return set(classify(text).soc_need)


@pytest.mark.parametrize(
    "text",
    [
        # a datum asked for (a web address, a person's name) is a fact, whatever it names
        "What is the web address of your status page?",
        "Provide the name of your data protection officer.",
        # which product or supplier is used is a fact, not how it is run
        "Which endpoint protection product do you use?",
        "Which SIEM vendor is used?",
        # where the company works is a fact like where data is kept
        "Do you have offices outside the United States?",
    ],
)
def test_facts_about_security_things_are_facts(text: str) -> None:
    assert needs(text) == set(), classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        # how a control is set stays a control question
        "What is the minimum password length?",
        "Which encryption algorithm do you use for data at rest?",
        "What is the name of the encryption standard used for backups?",
    ],
)
def test_a_setting_of_a_control_stays_a_control_question(text: str) -> None:
    assert needs(text) == {T2}, classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        # buyer words the catalog says otherwise (terms.SYNONYMS, BIGRAMS)
        "Does the API require a token for every request?",
        "Is the login form protected against SQL injection?",
        "Is service health watched around the clock?",
    ],
)
def test_buyer_security_words_reach_their_catalog_controls(text: str) -> None:
    assert needs(text) == {T2}, classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        "What uptime has the platform recorded over the past six months?",
        "What service credits apply if the monthly uptime target is missed?",
    ],
)
def test_availability_history_and_service_credits_are_facts_and_terms(text: str) -> None:
    assert needs(text) == set(), classify(text).rationale


def test_a_cpa_examination_of_controls_is_a_soc_2_ask() -> None:
    text = "Are your security controls examined every year by a licensed CPA firm?"
    assert needs(text) == {T2}, classify(text).rationale


def test_an_independent_audit_summary_without_an_nda_is_a_soc_3_ask() -> None:
    text = "Is a summary of your independent controls audit available without us signing an NDA?"
    assert needs(text) == {S3}, classify(text).rationale


def test_an_authorisation_is_a_frameworks_credential() -> None:
    c = classify("Are you FedRAMP authorised at the Moderate impact level?")
    assert c.soc_need == () and "FedRAMP" in c.frameworks, c.rationale


@pytest.mark.parametrize(
    "text",
    [
        # the act is protection, the Security category's subject, though no catalog control
        # shares the question's words
        "How are web services authenticated?",
        "What is your policy on security?",
    ],
)
def test_a_practice_of_protection_is_a_control_question(text: str) -> None:
    c = classify(text)
    assert set(c.soc_need) == {T2} and "practice of protection" in c.rationale, c.rationale


def test_a_fact_about_security_stays_a_fact() -> None:
    # the protection rule reads practice questions only, never the fact forms
    assert needs("How many people work in your security team?") == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the model's own engineering: its defences, what it logs of its inputs and outputs
        ("Does your AI model log the prompts it receives and the answers it returns?", set()),
        (
            "Have you hardened your machine learning models against adversarial examples"
            " to protect their predictions?",
            set(),
        ),
        # the assets a SOC 2 covers around the model: personal data, what users do, the data
        ("Is customers' personal information used to train your AI models?", {T2}),
        ("Do you log which user triggered each action of the AI assistant?", {T2}),
        ("Are safeguards in place to protect customer data sent to the AI service?", {T2}),
    ],
)
def test_an_ai_question_is_a_control_one_when_its_object_is_data_or_users(
    text: str, want: set[SocNeed]
) -> None:
    assert needs(text) == want, classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        # membership of an association is a fact about the company
        "Does your organization participate in an information sharing and analysis center?",
        "Are you a member of the Cloud Security Alliance?",
        # "do you provide / issue <document>" asks for the document (DOMAIN.md section 5.4)
        "Do you issue deletion certificates when data is destroyed?",
        "Do you provide penetration test results?",
        # a service given to the buyer's people is what the buyer buys, not a control
        "Describe the refresher training you provide to our administrators.",
    ],
)
def test_memberships_documents_and_services_are_no_soc_need(text: str) -> None:
    assert needs(text) == set(), classify(text).rationale


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # which kinds of data are handled, where the platform runs, a site's rating: facts
        ("Which categories of personal information are gathered through the app?", set()),
        ("Is your environment hosted in a private data centre?", set()),
        ("What is the Uptime Institute tier of the hosting facility?", set()),
        # signing in is authentication, the logical access a SOC 2 tests (CC6.1)
        ("Does the portal let staff log in with their corporate Okta account?", {T2}),
        ("Is the login page protected against automated guessing?", {T2}),
        # a person accountable for privacy is the privacy programme (P1)
        ("Who is accountable for privacy in your organisation?", {T2}),
    ],
)
def test_vendor_assessment_kinds(text: str, want: set[SocNeed]) -> None:
    assert needs(text) == want, classify(text).rationale
