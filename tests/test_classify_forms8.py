"""Kinds found by first contact with labelled_buyer11 (SIG Lite, CAIQ v4, university
procurement, NHS DSPT, ISM / Essential Eight, app-review, mobile-privacy and MSP phrasings),
each tested on other wordings than the batch's own, with look-alikes that stay controls."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

TYPE2 = SocNeed.SOC2_TYPE2


@pytest.mark.parametrize(
    "text",
    [
        # the terms of an insurance policy held, not whether a risk is insured
        "What is the aggregate limit of your professional indemnity insurance?",
        "Who is the carrier for your errors and omissions insurance?",
        # a fee or the contract's length
        "Is there an annual licence fee on top of the per-user price?",
        "What is the minimum subscription term, and does it renew automatically?",
        "Is there a setup fee for single sign-on?",
        # the buyer's data handed back at the end
        "Will patient records be returned to the trust in CSV format when the contract ends?",
        # when support is staffed
        "What are your customer service opening hours in the UK?",
        "Is the support line open on public holidays?",
        # training of the buyer's people is a service sold
        "Do you train our staff on the new features at no cost?",
    ],
)
def test_terms_of_the_deal_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # where it is hosted, by a provider's regions
        "Which Azure regions will host our tenant?",
        "In which Google Cloud regions is customer content stored?",
        # a document or its address, a recording
        "Is there a public terms of service URL we can link to from our intranet?",
        "Provide a walkthrough video of the learner enrolment flow.",
        "Provide a screen recording of the admin console's MFA setup.",
        # whether it works with the user's browser or device
        "Does the portal still work if JavaScript is disabled in the browser?",
        "Does the app keep working on older Android phones?",
        # disabled people, not a control disabled
        "Can disabled users navigate the whole portal with a keyboard alone?",
    ],
)
def test_places_documents_and_compatibility_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # the vendor's people trained, a law as the subject
        "Are support engineers trained on GDPR every year?",
        "Are contact-centre agents trained on PCI DSS before they take card payments?",
        # a feature disabled or blocked is hardening
        "Is autorun disabled on all endpoints?",
        "Are Office macros blocked for staff who have no business need for them?",
        # a plan dated by its test or review, not an event
        "Has the incident response plan covering ransomware attacks been reviewed in the last"
        " 12 months?",
        # erasure or correction the person asks for
        "Can a patient ask for their records to be deleted through the portal?",
        # disposal at the end stays a control, and so do a site's controls and availability
        "Will you return and then securely delete our data when the agreement terminates?",
        "Which data centre security controls are tested by your auditor?",
        "Does the service keep working if one availability zone fails?",
        "Are CCTV recordings retained for at least 90 days?",
    ],
)
def test_look_alikes_stay_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


def test_an_event_in_a_past_period_is_still_history() -> None:
    assert classify("Have there been any security incidents in the last year?").soc_need == ()


@pytest.mark.parametrize(
    "text",
    [
        # which product, tool or firm, named by what it is for
        "Which vulnerability scanner do you use for your external perimeter?",
        "Which web server software runs in front of the application?",
        "Which identity provider products have you tested SSO with?",
        # how often the product ships
        "How frequently do you release new versions of the product?",
        # a client offered on a platform, not the service kept up
        "Is the desktop client available for macOS and Linux?",
        # whether suppliers have access at all, and in how many countries data is
        "Do any subcontractors have access to customer data? List them.",
        "Is customer data hosted in more than one country?",
        # when the buyer gets the product
        "Can the vendor meet a 30-day implementation timeline?",
    ],
)
def test_names_cadences_and_facts_of_the_offer_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "What firewall products protect the perimeter?",
        "What monitoring tools alert on suspicious logins, and who reviews the alerts?",
        "Which systems are scanned for vulnerabilities?",
        "How often do you release security patches?",
        "How is subcontractor access to customer data reviewed?",
        "Are backups replicated to more than one region?",
        "Is the service available 24x7?",
    ],
)
def test_their_look_alikes_stay_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # a name is a datum, whatever it names
        "Name of the person responsible for information security",
        "Name of your SIEM product",
        # actions taken against the company and its failures, in a past period
        "Has the company been subject to a court order to disclose customer data in the last"
        " 3 years?",
        "Has any of your staff been disciplined after a security incident in the past year?",
    ],
)
def test_names_and_the_companys_history_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are security events retained for the last 12 months?",
        "Are security issues found in code review fixed before release?",
        "Is an app available for staff to report phishing?",
    ],
)
def test_events_kept_and_issues_fixed_stay_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


def test_a_delivery_term_needs_no_report() -> None:
    text = "The supplier shall deliver the software within 60 days of contract signature."
    assert classify(text).soc_need == (), classify(text).rationale


@pytest.mark.parametrize(
    "text",
    [
        # customers' data held apart, changes behind an approval, customers' content kept out
        # of model training
        "Are documents uploaded to the assistant kept separate between customers?",
        "Are production changes deployed through an automated pipeline with approval gates?",
        "Is customer content sent to the LLM provider excluded from model training by contract?",
        "Will our data be used to train your AI models?",
    ],
)
def test_isolation_approval_and_training_on_customer_data_are_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # approval as the users' workflow or as a standing, a separate thing that is no control
        "Does the app let users approve timesheets?",
        "Do you keep a separate invoice for each clinic?",
        "Can customers upload their own documents to train a private model?",
    ],
)
def test_approval_and_separation_of_other_kinds_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # when something began, a facility's rating, a managed service used
        "When was your information security program established?",
        "When was your company founded?",
        "What Tier level is your primary data center (Uptime Institute)?",
        "Do you use a managed database service from your cloud provider?",
        "Do you use managed Kubernetes services?",
    ],
)
def test_dates_ratings_and_services_used_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "When was the incident response plan last tested?",
        "When were access rights last reviewed?",
        "Do you use a managed firewall service?",
        "Do you use managed detection and response services to monitor endpoints?",
    ],
)
def test_when_a_practice_was_done_and_managed_protection_stay_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # a product capability or experience described, a licensing model, a contact for the
        # buyer, a product on the market
        "Describe the reporting and analytics capabilities of the product.",
        "Describe how the mobile app notifies users of new messages.",
        "Describe the hardware requirements for the on-premises connector.",
        "Explain the licensing model for read-only users.",
        "The vendor shall provide a single point of contact for invoicing questions.",
        "Please confirm that the proposed solution is commercially available today.",
    ],
)
def test_capabilities_described_and_terms_need_no_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Describe the security capabilities of the product.",
        "Describe the audit logging features of the platform.",
        "Describe how the application encrypts data.",
        "Describe how the portal authenticates users.",
        "Describe how the platform ensures processing is complete and accurate.",
        "Who is the point of contact for security incidents?",
    ],
)
def test_capabilities_of_protection_stay_controls(text: str) -> None:
    got = classify(text)
    assert TYPE2 in got.soc_need, got.rationale
