"""Kinds found by first contact with labelled_buyer10 (fund-administrator due diligence, TISAX,
utility supply chain, claims administration, identity verification, messaging APIs, hotel
systems, background screening, print and mail, digital-asset custody, video conferencing,
e-learning), each tested on other wordings than the batch's own."""

from __future__ import annotations

import pytest

from socproc.classify import classify
from socproc.model import SocNeed

SOC1, TYPE2 = SocNeed.SOC1, SocNeed.SOC2_TYPE2


@pytest.mark.parametrize(
    "text",
    [
        "Has the plant been examined under SOC for Supply Chain?",
        "Was a SOC for Cybersecurity examination of the group completed last year?",
    ],
)
def test_an_examination_under_another_scheme_is_that_framework(text: str) -> None:
    got = classify(text)
    assert got.soc_need == () and got.frameworks, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are you licensed by the state department of insurance to act as a TPA?",
        "Does the company hold an e-money licence?",
        "Is your firm regulated by the Financial Conduct Authority?",
        "Do you hold a national bank charter?",
    ],
)
def test_standing_with_a_regulator_is_a_company_fact(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # software licences held are asset management, and an access authorised is a control
        "Do you hold licences for all the software installed on your laptops?",
        "Is access to production authorised by a manager?",
    ],
)
def test_licences_and_authorisations_of_other_kinds_stay_controls(text: str) -> None:
    assert classify(text).soc_need == (TYPE2,)


@pytest.mark.parametrize(
    "text",
    [
        "Are claims above the authority limit approved by a supervisor before they are paid?",
        "Is each redemption request checked against the register of investors first?",
        "Who reviews the prices used to value the fund's securities?",
        "Are wire payments released only after a second approval?",
        "Are disbursements to beneficiaries verified against the approved schedule?",
    ],
)
def test_business_processes_for_the_buyers_books_are_soc1(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (SOC1,), got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # the data of people in a financial process is protected: a SOC 2 subject
        ("Is access to employees' bank details in the payroll system limited to payroll staff?",
         (TYPE2,)),
        ("Who can get access to the personal data of fund investors?", (TYPE2,)),
        # access to the financial application itself is an IT general control of a SOC 1
        ("Is access to the payroll application reviewed by management each quarter?", (SOC1,)),
        # a withdrawal of consent is a privacy choice, not money
        ("Is a withdrawal of consent recorded and honoured?", (TYPE2,)),
        # a price asked of the vendor stays a term
        ("What is your price for the premium plan?", ()),
    ],
)  # fmt: skip
def test_what_the_financial_words_are_about(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Does the portal produce badges that members can print at home?", ()),
        ("What file formats do you accept for bulk uploads?", ()),
        ("Which currencies does the checkout support?", ()),
        # what is supported is a protection: still a control
        ("Which TLS versions does the API support?", (TYPE2,)),
        ("Which sign-in methods does the app support?", (TYPE2,)),
    ],
)  # fmt: skip
def test_what_a_product_supports_or_makes_for_its_users(
    text: str, need: tuple[SocNeed, ...]
) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("What is the storage capacity of your largest data centre in petabytes?", ()),
        ("What is the seating capacity of your contact centre?", ()),
        # capacity managed is A1.1
        ("How do you monitor capacity and plan for growth?", (TYPE2,)),
        ("What is your process for forecasting capacity?", (TYPE2,)),
    ],
)  # fmt: skip
def test_a_capacity_figure_is_a_fact(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are our users' uploaded documents used to train your models?",
        "Do you train your models on data submitted by customers?",
    ],
)
def test_training_models_on_the_customers_data_is_a_use_of_it(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,) and "P4.1" in got.criteria, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Has your ownership changed in the past three years?", ()),
        ("Has there been turnover in senior management during the last 12 months?", ()),
        ("Has your CISO left the company in the last year?", ()),
        # a practice dated in a past period is no history
        ("Have administrator passwords been changed in the last 90 days?", (TYPE2,)),
    ],
)  # fmt: skip
def test_a_change_of_leaders_or_owners_is_history(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # work done as the buyer's agent is the service bought
        ("Do you send marketing emails on our behalf?", ()),
        ("Will the agency book venues on the customer's behalf?", ()),
        # ... unless how it is checked or protected is asked, or the work is financial
        ("Will you notify affected individuals of a breach on our behalf?", (TYPE2,)),
        ("Do you collect consent on our behalf?", (TYPE2,)),
        ("Are wire transfers you make on our behalf verified by a call-back?", (SOC1,)),
    ],
)  # fmt: skip
def test_work_done_on_the_buyers_behalf(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Will a named engineer be assigned to our account?", ()),
        ("Is there a dedicated relationship manager for each client?", ()),
        # a role of security or privacy is CC1.3
        ("Do you have a dedicated security team?", (TYPE2,)),
        ("Is a dedicated privacy officer assigned to our account?", (TYPE2,)),
    ],
)  # fmt: skip
def test_people_assigned_to_the_buyer(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Does the platform integrate with Salesforce and HubSpot?", ()),
        ("Can the widget be embedded in our intranet?", ()),
        ("Does the system sync with our HR system every night?", ()),
        ("Can the portal be white-labelled for our members?", ()),
        # what it connects to is a protection or an identity service
        ("Does the platform integrate with our SIEM?", (TYPE2,)),
        ("Does the service integrate with our identity provider for SSO?", (TYPE2,)),
        # "integrated" as a practice built in stays a control
        ("Is security integrated into your development lifecycle?", (TYPE2,)),
    ],
)  # fmt: skip
def test_the_product_fitted_into_the_buyers_tools(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # an adversarial read of this round's rules: each of them meets a control question
        "Is remote access authorised by the department head?",
        "Are changes to the service authorised by the Authority?",
        "Is any subcontractor authorised by the Agency before use?",
        "Which of the following security controls do you support?",
        "Which data retention periods does the platform support?",
        "Do you back up data on our behalf?",
        "Are dedicated engineers assigned to our account subject to background checks?",
        "Does the service sync with our SIEM in real time?",
        "Do you connect with our identity provider to provision accounts?",
    ],
)
def test_this_rounds_rules_leave_controls_alone(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (TYPE2,), got.rationale


def test_a_withdrawal_of_access_is_no_money() -> None:
    assert classify("Are access withdrawals reviewed each quarter?").soc_need == (TYPE2,)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # a probe written after the round's first fixes, in other families (donor CRM, pharmacy
        # benefits, property management, car rental): the same kinds in other words
        ("Are gift aid claims checked against donor declarations before submission?", (SOC1,)),
        ("How are pharmacy claims priced and adjudicated against the plan's formulary?", (SOC1,)),
        ("Are security deposits held in trust reconciled to the bank each month?", (SOC1,)),
        ("In which states do you manage properties?", ()),
        ("Has the company changed ownership in the past five years?", ()),
    ],
)  # fmt: skip
def test_the_kinds_in_other_families(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        # claims that are no money processed, deposits of no one's money
        "Do you review marketing claims before they are published?",
        "Are claims of harassment investigated and reviewed by HR?",
        "Are code deposits to the escrow agent verified each quarter?",
    ],
)
def test_other_claims_and_deposits_are_no_soc1(text: str) -> None:
    got = classify(text)
    assert SOC1 not in got.soc_need, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # a second probe (freight, energy retail, recruitment, brokers, crowdfunding, church
        # software, laboratories, parking, catering, 3D printing): kinds it found
        ("Can lab managers design their own worksheet templates?", ()),
        ("Can hosts mute every participant at once?", ()),
        ("Which customs brokers do you work with at the port of entry?", ()),
        ("Are investor funds held in a segregated client account until the campaign closes?",
         (SOC1,)),
        # the workforce, another organisation, or data and systems reached: a practice
        ("Can employees install any software they like on company laptops?", (TYPE2,)),
        ("Can contractors connect their own laptops to the network?", (TYPE2,)),
        ("Can multiple sessions run concurrently for one user?", (TYPE2,)),
        ("Which risk assessment method do you rely on?", (TYPE2,)),
    ],
)  # fmt: skip
def test_the_kinds_of_a_second_probe(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # a third probe, written after the round's fixes (architecture, veterinary, school
        # transport, benefits, coworking, surveys, archiving): what it found
        ("Do you notify us within 48 hours of any unauthorised access to our employees' benefit"
         " data?", (TYPE2,)),
        ("Are breaches affecting our payroll data reported to us within a day?", (TYPE2,)),
        ("What is the maximum number of questions per survey?", ()),
        ("What is the average number of seats per customer?", ()),
        # a limit that is a security mechanism stays one
        ("What is the maximum number of failed login attempts before an account locks?",
         (TYPE2,)),
    ],
)  # fmt: skip
def test_the_kinds_of_a_third_probe(text: str, need: tuple[SocNeed, ...]) -> None:
    got = classify(text)
    assert got.soc_need == need, got.rationale
