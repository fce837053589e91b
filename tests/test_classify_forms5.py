"""Kinds found by first contact with labelled_buyer5 (questionnaire families not imitated
before), tested on other wordings: a document given to outsiders, the other organisations a
vendor uses or must name, its role in law, a tender's instruction to the respondent, work done
in a place, a service level as a number, services bought beside the product, the buyer's
contract rights, and what the product keeps so that its users can act. Each kind is tested with
a look-alike that must stay a control question. A second probe of product and company
questions in other wordings added: protected health information as a kind of data, the
product's architecture, a datum such as opening hours, planned changes to the product, what is
offered in a format or language, an offline mode, a change logged with its user."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.classify import form as F
from socproc.classify.text import fold, split_tokens


def _form(text: str) -> str:
    low = fold(text)
    return F.question_form(low, split_tokens(low))[0]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a document made available to those outside the vendor is a document asked for
        (
            "Is your latest vulnerability assessment report shared with clients upon request?",
            F.ARTIFACT,
        ),
        (
            "Do you make summaries of your disaster recovery test results available to customers?",
            F.ARTIFACT,
        ),
        # ... a policy made available inside is communicated (CC2.2)
        ("Are policies made available to staff on the intranet?", F.CONTROL),
        # other organisations used, named or listed
        ("Does your company engage any fourth parties to host our data?", F.FACT),
        ("The Vendor must identify all subprocessors that will process Authority data.", F.FACT),
        ("List all data centres that will host our environment.", F.FACT),
        ("Which two cloud hosting providers (AWS, Azure) does the service run on?", F.FACT),
        # ... how they are managed is a practice
        ("Identify all third parties with access to our data and how you monitor them.", F.CONTROL),
        # the company's role in law
        ("Will the supplier act as a processor or as a joint controller?", F.FACT),
        # a tender's instruction: the form of what is to be answered
        (
            "Bidders shall indicate whether the hosting environment is located in Canada.",
            F.LOCATION,
        ),
        ("The vendor shall identify and assess risks to State data annually.", F.CONTROL),
        # work done, or data handled, in or outside a place
        ("Is any development work carried out in India?", F.LOCATION),
        ("Do you transfer customer data to the United States?", F.LOCATION),
        ("Do you encrypt data transferred between data centres?", F.CONTROL),
        # a service level stated as a number, services bought, the buyer's rights
        ("The service must be available 99.95% of the time each calendar month.", F.COMMERCIAL),
        ("Guaranteed uptime of 99.9% per month, excluding planned downtime", F.COMMERCIAL),
        ("How do you monitor availability and capacity of the platform?", F.CONTROL),
        (
            "Outline the onboarding and training services that come with the subscription.",
            F.COMMERCIAL,
        ),
        ("What professional services are included in your quote?", F.COMMERCIAL),
        (
            "Will you notify us of a new subprocessor 30 days ahead, and may we object?",
            F.COMMERCIAL,
        ),
        # kept so that the product's users can act: a feature
        ("Does the portal archive old invoices so customers can download them later?", F.FEATURE),
        ("Are backups tested so that data can be restored within the RTO?", F.CONTROL),
    ],
)
def test_form_of_the_fifth_batch_kinds(question: str, kind: str) -> None:
    assert _form(question) == kind


@pytest.mark.parametrize(
    ("question", "need"),
    [
        (
            "Do you make summaries of your disaster recovery test results available to customers?",
            False,
        ),
        ("The service must be available 99.95% of the time each calendar month.", False),
        ("Does the app save drafts so users can resume a form later?", False),
        (
            "The Contractor shall confirm that all State data is encrypted at rest using AES-256.",
            True,
        ),
        ("How do you assess the security of fourth parties?", True),
        ("Are information security policies communicated to all employees and contractors?", True),
    ],
)
def test_need_of_the_fifth_batch_kinds(question: str, need: bool) -> None:
    assert bool(classify(question).soc_need) is need


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "protected health information" is a category of data, not an act of protection
        ("Will the platform process protected health information?", F.FACT),
        ("Is the platform designed to store data encrypted with customer keys?", F.CONTROL),
        # the product's architecture as such is a fact; its security architecture is not
        ("Explain the high-level architecture of the application.", F.FACT),
        ("Describe the security architecture of the hosted environment.", F.CONTROL),
        ("What are the opening hours of your service desk?", F.FACT),
        ("Are there planned changes to the user interface in the next release?", F.FACT),
        ("Are customers notified of planned changes to the platform?", F.CONTROL),
        ("Is the user guide available in Spanish?", F.FACT),
        # what the product has, unless it is a protection
        ("Does the service have a web interface for administrators?", F.FACT),
        ("Does the service have a web application firewall?", F.FEATURE),
    ],
)
def test_form_of_the_second_probe(question: str, kind: str) -> None:
    assert _form(question) == kind


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("Does the solution include an offline mode for inspectors?", False),
        ("Does the software record every edit to an invoice with the user who made it?", True),
        ("Does the service have a web application firewall?", True),
    ],
)
def test_need_in_the_second_probe(question: str, need: bool) -> None:
    assert bool(classify(question).soc_need) is need


def test_network_segmentation_in_plain_words() -> None:
    # "segment" as a verb, which the catalog never uses, meets boundary protection (CC6.6)
    got = classify("Is the payments network segmented from the staff network?")
    assert got.criteria == ("CC6.6",)
    got = classify("Explain how you segment guest Wi-Fi from internal systems.")
    assert got.soc_need and "CC6.6" in got.criteria


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a third probe (higher-education style): what the product needs on the users' machines
        ("Does the plug-in need to be installed on each user's computer?", F.BUYER_DUTY),
        ("Is antivirus required on all staff laptops?", F.CONTROL),
        # training for the buyer's people and how fast support answers are what is bought
        ("Could you run training workshops for our administrators?", F.COMMERCIAL),
        ("What is the resolution time for severity-two tickets?", F.COMMERCIAL),
        ("What is your response time for security incidents?", F.CONTROL),
        # the product's make-up: its data model, its libraries, the providers to list
        ("Outline the data model of the platform.", F.FACT),
        ("What open-source libraries does the mobile app include?", F.FACT),
        ("Please list all cloud service providers that host our data.", F.FACT),
        # a document open to anyone
        ("Is the vendor's privacy policy publicly available?", F.ARTIFACT),
    ],
)
def test_form_of_the_third_probe(question: str, kind: str) -> None:
    assert _form(question) == kind


@pytest.mark.parametrize(
    ("question", "need"),
    [
        # the vendor's own audited statements are a document, the buyer's a SOC 1 setting
        ("Attach the latest audit of your financial statements.", False),
        ("Does the web app store cookies to keep users' language choice?", False),
        ("Can users opt out of analytics cookies?", True),
        ("How do you make sure credentials are revoked when a consultant leaves?", True),
    ],
)
def test_need_in_the_third_probe(question: str, need: bool) -> None:
    assert bool(classify(question).soc_need) is need


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a fourth probe (vendor-risk portal style): the company as a business
        ("Is the company in sound financial health?", F.FACT),
        ("Are there any planned acquisitions of your company this year?", F.FACT),
        ("Is customer support provided in-house or by an outsourced partner?", F.FACT),
        # ... who does a practice of protection is still a question about the practice
        ("Is vulnerability scanning done in-house or by a third-party firm?", F.CONTROL),
        # terms put in the buyer's contract, not in the vendor's own contracts
        ("Would you add our data handling schedule into the master agreement?", F.COMMERCIAL),
        ("Do you put confidentiality terms into the contract with employees?", F.CONTROL),
        # a setting in the hands of the buyer's administrators
        ("Can the session length be adjusted by our administrators?", F.FEATURE),
    ],
)
def test_form_of_the_fourth_probe(question: str, kind: str) -> None:
    assert _form(question) == kind


@pytest.mark.parametrize(
    ("question", "need"),
    [
        # a fifth probe (report asks and AI sections): a report whose author is a CPA
        ("Can you share an attestation issued by a licensed CPA on your security controls?", True),
        ("Is there a report by a service auditor on the design of your controls?", True),
        # AI questions about the privacy programme or the vendor's own workforce are practices
        ("Is a data protection impact assessment done before launching an AI feature?", True),
        ("Do you have a policy restricting staff usage of public LLM tools?", True),
        # ... the model's own behaviour is not
        ("Does the AI assistant cite its sources in answers?", False),
    ],
)
def test_need_in_the_fifth_probe(question: str, need: bool) -> None:
    assert bool(classify(question).soc_need) is need


def test_a_cpa_report_on_design_as_of_a_date_is_type_one() -> None:
    got = classify("Is there a report from a CPA firm on the design of your controls as of a date?")
    assert [str(n) for n in got.soc_need] == ["SOC 2 Type I"]


def test_a_past_sanction_is_history() -> None:
    # found after the final validation probe was measured: being fined or sanctioned in a past
    # window is an event of the company's history, like a breach
    assert _form("Was the company sanctioned by a regulator during the last 3 years?") == F.HISTORY
    assert (
        _form("Has your firm been fined by a privacy regulator in the past two years?") == F.HISTORY
    )


@pytest.mark.parametrize(
    ("question", "need"),
    [
        # "transactions" alone names no money: processed completely and accurately, they are
        # Processing Integrity's subject (SOC 2); with money named, the buyer's financial
        # reporting (SOC 1)
        ("Is each transaction we upload checked to be complete and accurate?", "SOC 2 Type II"),
        ("Are duplicate transactions detected before processing?", "SOC 2 Type II"),
        ("Do you reconcile payment transactions daily?", "SOC 1"),
        # processing checked for completeness, in words no control is retrieved by
        (
            "Are orders we send checked so none is left incomplete before processing?",
            "SOC 2 Type II",
        ),
        # "to us" is the buyer, not the United States
        ("Are results processed accurately and sent back to us?", "SOC 2 Type II"),
        ("Do you transfer customer data to the US?", "none"),
    ],
)
def test_transactions_processing_integrity_and_us(question: str, need: str) -> None:
    got = [str(n) for n in classify(question).soc_need] or ["none"]
    assert got == [need]


@pytest.mark.parametrize(
    ("label", "need"),
    [
        # a sixth probe (bare row labels): a label in the criteria table's own words names the
        # vendor's practice, as a question would
        ("Log collection and monitoring", True),
        ("Backup schedule and retention", True),
        # a label asking for a count or a value is a fact
        ("Number of security staff", False),
        ("Cyber insurance carrier", False),
        ("Implementation timeline (weeks)", False),
    ],
)
def test_bare_labels(label: str, need: bool) -> None:
    assert bool(classify(label).soc_need) is need


@pytest.mark.parametrize(
    ("question", "need"),
    [
        # found after the final validation probe was measured: a past window said bare,
        # accepting liability as a term, an idle session timed out
        ("Did customers lodge complaints against the company last year?", False),
        ("Will you assume liability for breaches caused by your subcontractors?", False),
        ("Can the portal time out a session after 15 minutes?", True),
    ],
)
def test_after_the_final_probe(question: str, need: bool) -> None:
    assert bool(classify(question).soc_need) is need
