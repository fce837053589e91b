"""Answers you can sign (spec 6.1): the rules of mapping/signable/vocab.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import CARDS, CONTROLS, INVENTORY, SOC1_T1, YES_NO, _with, answer

from socproc.inventory.load import ApprovedAnswer, Control
from socproc.mapping.signable import states


def test_before_the_first_day_is_before_the_start_date() -> None:
    m = answer(
        "Do you perform background checks on all employees prior to their first day of work?",
        YES_NO,
    )
    assert (m.answer, m.filled) == ("Yes", True)


def test_an_owner_named_is_a_clear_owner_and_annual_testing_is_within_the_past_year() -> None:
    bcp = Control(
        "BCP-01",
        "A documented business continuity plan, owned by the COO, is tested every year.",
        ("A1.3",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, bcp))
    m = answer(
        "Do you have a documented business continuity plan, with a clear owner, that is tested "
        "annually?",
        YES_NO,
        inventory=inventory,
    )
    assert (m.answer, m.filled) == ("Yes", True)
    m = answer("Has the disaster recovery plan been tested in the past year?", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)  # DR-01: "tested every year"


@pytest.mark.parametrize(
    "description",
    [
        "Production databases are backed up every 6 hours to a second AWS region.",
        "Databases are backed up nightly to a data center geographically separate from the "
        "primary site.",
    ],
)
def test_backups_in_another_region_or_site_are_off_site(description: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("BAK-01", description, ("A1.2",)),))
    m = answer("Are you performing off-site backups?", YES_NO, inventory=inventory)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_contact_for_another_role_is_not_the_inventorys_contact() -> None:
    assert answer("Solution Provider Accessibility Contact Name").filled is False
    assert answer("Billing contact email").filled is False
    assert answer("Solution Provider Contact Name").answer == "Priya Raman"


def test_domain_names_meet_their_acronyms_and_purpose_words_are_frame() -> None:
    phi = ApprovedAnswer(
        "Does your product process protected health information (PHI)?",
        "No. The product is not designed to hold protected health information, and we do not "
        "sign HIPAA business associate agreements.",
    )
    asked = (
        "Does your product process PHI or any data covered by the Health Insurance "
        "Portability and Accountability Act?"
    )
    assert answer(asked, YES_NO, answers=(phi,)).answer == "No"
    ai = ApprovedAnswer(
        "Does your product use artificial intelligence?",
        "No. The product has no AI or machine-learning features.",
    )
    assert answer("Does the app include AI or ML features?", YES_NO, answers=(ai,)).answer == "No"
    assert (
        answer(
            "Is the vended product designed to store credit card information?",
            YES_NO,
            answers=(CARDS,),
        ).answer
        == "No"
    )


def test_backups_kept_in_a_paired_region_are_stored_in_another_location() -> None:
    text = "Databases are backed up daily and geo-redundant copies are kept in the paired region."
    assert states("Are backups stored in a different geographic location?", text)


@pytest.mark.parametrize(
    "field",
    [
        "Local Data Custodian Contact Name",
        "Institution Department Contact Email",
        "Account Manager Contact",
    ],
)
def test_a_contact_for_a_role_not_named_as_ours_is_not_the_inventorys(field: str) -> None:
    assert answer(field).filled is False


def test_the_vendors_contact_for_the_questionnaire_in_its_usual_names() -> None:
    for field in ("Vendor Contact Name", "Assessment Contact", "Primary contact name"):
        assert answer(field).answer == "Priya Raman", field


def test_not_permitted_answers_do_you_allow() -> None:
    shared = Control(
        "D1", "Shared or generic accounts are not permitted; every user has a named account."
    )
    inventory = replace(INVENTORY, controls=(shared,))
    assert answer("Do you allow shared accounts?", YES_NO, inventory=inventory).answer == "No"


def test_internet_facing_is_the_external_scope() -> None:
    general = "Infrastructure and application vulnerability scans run weekly."
    assert not states("Do you scan internet-facing systems at least monthly?", general)
    assert states(
        "Are internet-facing systems scanned weekly?", "External vulnerability scans run weekly."
    )


def test_a_provider_question_is_not_ruled_out_by_words_about_the_vendor() -> None:
    keys = ApprovedAnswer(
        "Who manages encryption keys?",
        "Our cloud provider encrypts its storage volumes by default. We do not manage our own "
        "encryption keys.",
    )
    asked = "Does your cloud provider have access to your encryption keys?"
    assert answer(asked, YES_NO, answers=(keys,)).answer == ""


def test_the_vendor_in_the_singular_is_the_respondent() -> None:
    assert answer("Does the vendor have a SOC 2 report?", YES_NO).answer == "Yes"
    assert answer("Do the vendors you use hold SOC 2 reports?", YES_NO).answer == ""


def test_either_side_of_and_or_states_the_question() -> None:
    sast = "Static code analysis (Semgrep) runs on every pull request."
    asked = "Do you subject your code to static code analysis and/or static application security testing?"
    assert states(asked, sast)
    other = "Dependabot checks the dependencies of every repository."
    assert not states(asked, other)


def test_a_second_factor_is_multi_factor_authentication() -> None:
    text = "Contractors sign in to the admin console with a password and a hardware-token second factor."
    assert states("Is multi-factor authentication required for the admin console?", text)


def test_a_check_on_every_pull_request_comes_before_release() -> None:
    text = "Static application security testing runs on every pull request for the portal."
    assert states("Do you run static application security testing prior to release?", text)


@pytest.mark.parametrize(
    "question",
    [
        "Is the Availability category out of scope for your SOC 2?",
        "Is Availability excluded from your SOC 2 report?",
        "Does your SOC 2 exclude the Security category?",
        "Is your SOC 2 report missing the Availability category?",
        "Does your SOC 2 omit the Privacy category?",
        "Is it true that you do not have a SOC 2 report?",
        "Have you failed to obtain a SOC 2 Type II report?",
        "Do you lack a SOC 2 report?",
        "Is there no incident response plan?",
    ],
)
def test_a_question_put_the_other_way_round_gets_no_yes_or_no(question: str) -> None:
    assert answer(question, YES_NO).answer == ""


def test_fourth_adversarial_check_of_this_rounds_rules() -> None:
    for question in (
        "Is your SOC 2 report invalid?",
        "Is your SOC 2 report no longer current?",
        "Is your SOC 2 report confidential?",
        "Do you withhold your SOC 2 report?",
        "Is the Processing Integrity category absent from your SOC 2?",
    ):
        assert answer(question, YES_NO).answer == "", question
    for question, text in (
        (
            "Are access reviews performed quarterly?",
            "Quarterly access reviews are scheduled to begin in January 2027.",
        ),
        (
            "Do you require phishing-resistant MFA for all staff?",
            "From 1 March 2027 all staff will be required to use phishing-resistant MFA; today staff use SMS codes.",
        ),
        (
            "Is customer data hosted in AWS?",
            "Until the migration completes, data remains in our own data centre; afterwards it will be hosted in AWS.",
        ),
    ):
        assert not states(question, text), question


def test_fifth_adversarial_check_of_this_rounds_rules() -> None:
    plans = "On the Campus plan organisers use SSO; on the Starter plan organisers sign in with a password."
    assert not states("Do organisers on the Starter plan have SSO?", plans)
    hours = "Alerts are reviewed by our engineers during business hours (08:00-18:00)."
    assert not states("Are alerts reviewed outside business hours?", hours)
    parent = "Phishing simulations are run by our parent company's security team, not by us."
    assert not states("Do you conduct phishing simulations?", parent)
    backups = (
        ApprovedAnswer("Where is data stored?", "Backups are copied to Ireland for UK data."),
    )
    assert answer("Are UK customers' backups kept in the UK?", YES_NO, answers=backups).answer == ""
    isae = replace(SOC1_T1, type="Type II", title="SOC 1 Type II report (ISAE 3402 / SSAE 18)")
    inventory = replace(INVENTORY, reports=(isae,))
    assert answer("Do you have an ISAE 3402 report?", YES_NO, inventory).answer == "Yes"
    for question in (
        "Does your SOC 2 cover Security alone?",
        "Is your SOC 2 limited to the Security category?",
    ):
        assert answer(question, YES_NO).answer == "No", question
    signs = (
        ApprovedAnswer(
            "Will you sign a BAA?",
            "We sign BAAs on our standard template; we do not sign customer-drafted BAAs.",
        ),
    )
    asked = "Will you sign our organization's Business Associate Agreement?"
    assert answer(asked, YES_NO, answers=signs).answer != "Yes"


def test_an_exception_asked_is_not_answered_from_the_practice() -> None:
    checks = Control(
        "HR-7",
        "Employees in Peru are background checked before they start. Field surveyors hired by "
        "our franchisees are not background checked by us.",
    )
    rto = Control(
        "BCP-7", "Ledger has an RTO of 8 hours. Pulse has no documented recovery objectives."
    )
    inventory = replace(INVENTORY, controls=(checks, rto))
    for asked in (
        "Are field surveyors exempt from your background checks?",
        "Is there any product for which you have no documented recovery objectives?",
        "Do your franchisees background check the surveyors they hire?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked


def test_another_firms_act_and_the_vendors_plans_are_not_denied_by_its_present() -> None:
    cards = (
        ApprovedAnswer(
            "Do you store payment card data?",
            "Card payments are taken on Paystack's hosted page; we do not store card numbers.",
        ),
    )
    assert answer("Does Paystack store card numbers?", YES_NO, answers=cards).answer == ""
    keys = Control("KMS-4", "Customer-managed encryption keys are not offered.")
    inventory = replace(INVENTORY, controls=(keys,))
    asked = "Do you plan to offer customer-managed encryption keys?"
    assert answer(asked, YES_NO, inventory).answer == ""
    assert (
        answer("Do you offer customer-managed encryption keys?", YES_NO, inventory).answer == "No"
    )


def test_any_one_left_out_is_asked_the_other_way_round() -> None:
    training = Control("AWR-9", "All employees complete security awareness training every year.")
    inventory = replace(INVENTORY, controls=(training,))
    for asked in (
        "Is there any employee who is not required to complete security awareness training?",
        "Are any employees not required to complete security awareness training?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked


def test_a_staff_or_loyalty_card_is_no_payment_card() -> None:
    inv = replace(
        INVENTORY,
        controls=(Control("DT-5", "Loyalty card balances and purchases are kept for 6 years."),),
    )
    m = answer("Do you store cardholder data?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    ["Is your crisis communication plan untested?", "Is the crisis plan yet to be tested?"],
)
def test_a_negative_word_in_the_question_turns_it_round(asked: str) -> None:
    plan = Control(
        "BC-7",
        "We have not yet tested our crisis communication plan; a first drill is set for 2027.",
        ("CC7.4",),
    )
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(plan,))).answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Has no cardholder data ever been exposed to the internet?",
        "Are none of your servers reachable from the internet?",
        "Do you keep no web server logs?",
    ],
)
def test_a_question_put_in_the_negative_by_its_subject_is_left_for_the_reviewer(
    asked: str,
) -> None:
    exposed = Control(
        "NET-03",
        "The booking portal is protected by a web application firewall; the reporting servers"
        " are exposed directly to the internet. Web server logs are kept for 90 days.",
        ("CC6.6",),
    )
    m = answer(asked, YES_NO, replace(INVENTORY, controls=(exposed,)))
    assert m.answer not in ("Yes", "No")


@pytest.mark.parametrize(
    "asked",
    [
        "Do you hold neither a SOC 3 nor an ISO 27001 certificate?",
        "Do you lack both a SOC 3 report and an ISO 27001 certificate?",
    ],
)
def test_reports_asked_in_the_negative_are_left_for_the_reviewer(asked: str) -> None:
    assert answer(asked, YES_NO).answer == ""


@pytest.mark.parametrize(
    "asked",
    [
        "Do you patch high vulnerabilities within 45 days?",
        "Are high vulnerabilities fixed within 60 days?",
        "Do you fix high vulnerabilities within 45 days of discovery?",
    ],
)
def test_patching_and_fixing_are_remediation(asked: str) -> None:
    vul = Control(
        "VUL-02",
        "High vulnerabilities found by the scanner are remediated within 30 days of discovery.",
        ("CC7.1",),
    )
    m = answer(asked, YES_NO, replace(INVENTORY, controls=(*CONTROLS, vul)))
    assert (m.answer, m.filled) == ("Yes", True)
    # a bound the text misses is still not met
    m = answer(
        asked.replace("45", "14").replace("60", "14"),
        YES_NO,
        replace(INVENTORY, controls=(*CONTROLS, vul)),
    )
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # A practice in the vendor's spelling (a bare "continuity plan" is not taken for a
        # business continuity plan: rev26 found an office's evacuation plan read as one).
        (
            "Are backups stored offsite?",
            "Database backups are copied every night to our second data centre in Espoo.",
        ),
    ],
)
def test_a_practice_said_in_other_words_is_stated(question: str, text: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("X-1", text),))
    m = answer(question, YES_NO, inventory)
    assert (m.answer, m.filled) == ("Yes", True)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Is multi-factor authentication required for Market bidders?",
            "Market bidders sign in with an email address and password; a second factor is "
            "offered but is off unless the bidder turns it on.",
        ),
        (
            "Is 2FA mandatory for Market bidders?",
            "Market bidders sign in with an email address and password; a second factor is "
            "offered but is off unless the bidder turns it on.",
        ),
        (
            "Is two-factor authentication required for kiosk operators?",
            "Kiosk operators sign in with a PIN; two-factor authentication is offered and "
            "operators may turn it on.",
        ),
    ],
)
def test_a_second_factor_offered_is_not_one_required(question: str, text: str) -> None:
    assert not states(question, text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Do staff use hardware tokens for MFA?",
            "Hardware keys are planned for 2047; staff sign in with a password only.",
        ),
        (
            "Do you use a VPN for remote access?",
            "Customers' WireGuard tunnels are configured by the customer.",
        ),
    ],
)
def test_the_practice_in_other_words_still_must_be_done(question: str, text: str) -> None:
    assert not states(question, text)


@pytest.mark.parametrize(
    ("question", "text", "yes"),
    [
        # Second reader rev25: a kind of a practice is not the practice's other kinds, nor a
        # word of obligation a word of nothing.
        ("Do administrators use hardware keys?", "Administrators use TOTP apps for MFA.", False),
        ("Do you use WireGuard?", "Remote staff connect through an IPsec VPN.", False),
        ("Is encryption at rest enforced?", "Encryption at rest is supported.", False),
        ("Is MFA mandatory for all users?", "MFA is supported for all users.", False),
        ("Is a VPN mandatory for remote work?", "A VPN is provided for remote workers.", False),
        # An optional means beside a requirement for all, and an offer asked as an offer.
        (
            "Is MFA required for all users?",
            "MFA is required for all users; hardware tokens are optional for administrators.",
            True,
        ),
        ("Is MFA required for all users?", "MFA is offered and enforced for all users.", True),
        ("Is SSO offered?", "SSO via SAML is offered on all plans.", True),
    ],
)
def test_second_reader_cases_of_other_words(question: str, text: str, yes: bool) -> None:
    inventory = replace(INVENTORY, controls=(Control("X-1", text),))
    assert (answer(question, YES_NO, inventory).answer == "Yes") is yes


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # Everyday facts in the vendor's words (blind tune set inv_goldfinch's kind, in other
        # words): an authenticator-app code, or a second step at sign-in, is multi-factor.
        (
            "Is MFA required for all users of the admin console?",
            "Every sign-in to the admin console needs an authenticator app code.",
            "Yes",
        ),
        (
            "Is MFA required for all users of the admin console?",
            "Admin console users must complete a second step at sign-in.",
            "Yes",
        ),
        (
            "Do staff use multi-factor authentication for the VPN?",
            "Staff sign in to the VPN with a password and an authenticator app code.",
            "Yes",
        ),
        # Look-alikes: a second factor offered is not required; a second step or an
        # authenticator app for anything else than signing in is none (second reader rev29).
        (
            "Is MFA required for all users of the admin console?",
            "Users of the admin console may add an authenticator-app code if they wish.",
            "",
        ),
        (
            "Is MFA required for all users of the admin console?",
            "Admin console changes to billing need a second step: a manager approves the "
            "change request.",
            "",
        ),
        (
            "Do staff use multi-factor authentication for the VPN?",
            "Staff use an authenticator app to approve expense claims; the VPN uses a password.",
            "",
        ),
    ],
)
def test_everyday_facts_in_the_vendors_words(question: str, text: str, expected: str) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == expected
