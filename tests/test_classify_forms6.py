"""Kinds found by first contact with labelled_buyer6 (cyber underwriting, bank third-party risk,
public-sector cloud, healthcare BAA, supplier codes, ESG and e-mail asks), tested on wordings
in no labelled set: a subject outside the Trust Services Criteria (ESG, labour, bribery), a
quantity or datum asked, an event word that only names a practice ('incident response plan'),
the buyer named as a bank, a document asked for by a pronoun, a contact for the buyer, the
service's user groups in other sectors, tenants called consumers, and a framework's status.
Each kind is tested with a look-alike that must stay a control question."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.classify import form as F
from socproc.classify.text import fold, split_tokens
from socproc.model import SocNeed


def _form(text: str) -> str:
    low = fold(text)
    return F.question_form(low, split_tokens(low))[0]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # environmental, social and labour commitments: outside the TSC whatever the form
        (
            "Does your company have a policy prohibiting child labour in its supply chain?",
            F.OUTSIDE,
        ),
        ("Describe your approach to reducing carbon emissions across your operations.", F.OUTSIDE),
        ("Are your suppliers required to pay a living wage?", F.OUTSIDE),
        ("Provide details of your anti-bribery training for sales staff.", F.OUTSIDE),
        ("Is your business women-owned or veteran-owned?", F.OUTSIDE),
        # ... look-alikes on another subject: climate control, corruption of data, diversity
        # of sites, a channel for security concerns
        ("Is the data centre climate-controlled, with redundant cooling?", F.CONTROL),
        ("How do you detect data corruption in stored records?", F.CONTROL),
        ("Are your data centres in geographically diverse locations?", F.CONTROL),
        # a quantity or a datum asked, as a question or as a field
        ("What percentage of your revenue comes from public-sector customers?", F.FACT),
        ("Approximate number of end users of the platform", F.FACT),
        ("Total number of records you expect to process per month for our account", F.FACT),
        ("Name of the cloud provider hosting the service", F.FACT),
        ("Current maturity rating against the NIST CSF", F.FACT),
        # ... what is counted is a practice's work
        ("What percentage of critical vulnerabilities are remediated within 30 days?", F.CONTROL),
        # an event word naming a practice or a document is no event in the window
        ("Was your incident response plan reviewed and updated in the past year?", F.CONTROL),
        ("Has the breach notification procedure been exercised in the last year?", F.CONTROL),
        (
            "Have there been any data breaches reported to a regulator in the past five years?",
            F.HISTORY,
        ),
        # a document named before, asked for by a pronoun
        ("We need your insurance certificate and W-9; could you send both?", F.ARTIFACT),
        ("Thanks - could you forward them by Friday?", F.ARTIFACT),
        ("Can you send us details of how you encrypt data at rest?", F.CONTROL),
        # a person for the buyer to reach
        ("Who can we contact about billing questions?", F.FACT),
        ("Is there a person we should speak to about the contract renewal?", F.FACT),
        ("Who is responsible for approving firewall rule changes?", F.CONTROL),
        # the service's user groups in other sectors act in the product
        ("Can pharmacists print labels from the dispensing screen?", F.FEATURE),
        ("Can donors update their gift amount online?", F.FEATURE),
        # the respondent by the buyer's word for it, and data the business handles
        ("Does the vendor use subcontractors for software development?", F.FACT),
        ("Does the vendor assess its subcontractors' security before engaging them?", F.CONTROL),
        ("Do you hold personal data about children?", F.FACT),
        ("Will you handle personal data in a manner that meets the law?", F.CONTROL),
    ],
)
def test_forms_of_buyer6_kinds(question: str, kind: str) -> None:
    assert _form(question) == kind, question


@pytest.mark.parametrize(
    ("question", "need"),
    [
        # the bank as the buyer names no financial process: the subject decides
        ("How does the service provider restrict access to the bank's customer data?", True),
        ("Describe the service provider's relationship with the bank's other vendors.", False),
        # ... money processed for it does, fees posted to accounts included
        ("How are the bank's wire transfer instructions authorised and reconciled?", True),
        (
            "Describe the controls over the accuracy of loan payment posting to customer accounts.",
            True,
        ),
        # tenants called consumers or subscribers are kept apart
        ("Explain how one subscriber's files are kept apart from other subscribers.", True),
        # a framework's status: listed, achieved
        ("Is the product available on the G-Cloud 13 framework?", False),
        ("What Essential Eight maturity level have you attained?", False),
        ("Drivers must be able to log in with two-factor authentication.", True),
    ],
)
def test_needs_of_buyer6_kinds(question: str, need: bool) -> None:
    assert bool(classify(question).soc_need) is need, question


def test_bank_as_buyer_is_not_soc1() -> None:
    got = classify("How is the bank notified of incidents that affect its customers' data?")
    assert got.soc_need == (SocNeed.SOC2_TYPE2,)
    money = classify("Describe the controls over interest calculated on the bank's loan accounts.")
    assert SocNeed.SOC1 in money.soc_need and "'loan" in money.rationale


# Kinds found by first contact with labelled_buyer7 (life sciences, outside counsel, K-12,
# OT suppliers, developer platforms, marketplaces), tested on other wordings.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # which version, model or edition of something is a fact, unless of a protection
        ("Which operating system release runs on the kiosks?", F.FACT),
        ("What hardware model is supplied with the base station?", F.FACT),
        ("Which TLS versions are accepted by the API?", F.CONTROL),
        # where the buyer finds something is a document or page asked for
        ("Where can we find your current privacy notice?", F.ARTIFACT),
        ("Where is customer data stored?", F.LOCATION),
        # a count of a practice's work is the practice asked as a field
        ("Number of days within which a terminated user's accounts are disabled", F.CONTROL),
        ("Percentage of servers covered by vulnerability scanning", F.LABEL),
        ("Number of full-time staff in the security team", F.FACT),
        # a supplier's financial health monitored is supplier oversight
        ("Is your company financially stable?", F.FACT),
        ("Do you review the financial stability of key vendors each year?", F.CONTROL),
    ],
)
def test_forms_of_buyer7_kinds(question: str, kind: str) -> None:
    assert _form(question) == kind, question


@pytest.mark.parametrize(
    ("question", "need", "framework"),
    [
        # any standard of a standards body by its number is another framework
        ("Is your laboratory accredited to ISO 17025?", False, "ISO 17025"),
        ("Do the devices conform to IEC 62304 for medical device software?", False, "IEC 62304"),
        ("Are you certified to ISO 27001?", False, "ISO 27001"),
        # a value asked ("what is ...") is a control question only when a control is named
        ("What is the warranty period of the appliance?", False, ""),
        ("What is your target time to restore the service after an outage?", True, ""),
        ("Percentage of servers covered by vulnerability scanning", True, ""),
    ],
)
def test_buyer7_needs_and_frameworks(question: str, need: bool, framework: str) -> None:
    got = classify(question)
    assert bool(got.soc_need) is need, question
    assert not framework or framework in got.frameworks, got.frameworks


# Kinds found by first contact with labelled_buyer8 (MSP, colocation, payroll, martech, mobile),
# tested on other wordings.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # an aside in brackets is no part of the form; which product is used is a fact
        ("Which endpoint detection and response (EDR) product is deployed on servers?", F.FACT),
        ("Which security information and event management tool do you use?", F.FACT),
        ("Do you (or your subprocessors) encrypt backups?", F.CONTROL),
        # where a site is, unless a second site kept apart for recovery is asked
        ("Is the warehouse situated near an airport?", F.LOCATION),
        ("Is the disaster recovery site located in another region?", F.CONTROL),
    ],
)
def test_forms_of_buyer8_kinds(question: str, kind: str) -> None:
    assert _form(question) == kind, question


def test_certificate_pinning_is_a_protection_mechanism() -> None:
    assert classify("Does the iOS app pin the server certificate (certificate pinning)?").soc_need
    assert classify("Are pinned certificates rotated before they expire?").soc_need


@pytest.mark.parametrize(
    "question",
    [
        # look-alikes of this round's kinds that stay control questions
        "Do you have a code of conduct that prohibits bribery, and do employees acknowledge it?",
        "Are your servers located in a physically secured facility with badge access?",
        "What is the maximum period a session can stay idle before it is locked?",
        "Number of failed login attempts before an account is locked",
        "What percentage of staff have completed security awareness training this year?",
        "Do you hold customer data in encrypted form only?",
        "Does the vendor use subcontractors to monitor our environment?",
        "Are changes to employees' bank account details verified before payroll is run?",
        "Can nurses access only the records of patients on their ward?",
    ],
)
def test_lookalikes_stay_control_questions(question: str) -> None:
    assert classify(question).soc_need, question
