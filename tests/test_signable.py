"""Answers you can sign (spec 6.1): an answer only from a stated fact, in the question's form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from socproc.classify import classify
from socproc.inventory.load import (
    ApprovedAnswer,
    Contact,
    Control,
    EvidenceDocument,
    Inventory,
    Report,
    ReportException,
    SubserviceOrg,
)
from socproc.mapping.map import map_requirement
from socproc.mapping.reportfacts import date_in
from socproc.mapping.signable import Form, denies, form_of, states
from socproc.model import Mapping, Requirement, Status

AS_OF = date(2026, 6, 30)
YES_NO = ("Yes", "No", "N/A")

SOC2 = Report(
    id="soc2-2026",
    kind="SOC 2",
    type="Type II",
    period_start=date(2025, 2, 1),
    period_end=date(2026, 1, 31),
    categories=("security", "availability"),
    subservice_orgs=(SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),),
    exceptions=(ReportException(("CC6.3",), "one access review was late"),),
    opinion="unqualified",
    auditor="Kestrel & Lowe CPAs LLP",
)
BRIDGE = Report(id="bl-1", kind="bridge letter", extends="soc2-2026", through=date(2026, 4, 30))
SOC1_T1 = Report(id="soc1", kind="SOC 1", type="Type I", period_end=date(2026, 3, 31))
CONTROLS = (
    Control(
        "IAM-01",
        "Multi-factor authentication is enforced for all workforce access to production systems.",
        ("CC6.1",),
    ),
    Control("ENC-01", "Customer data is encrypted at rest with AES-256.", ("CC6.1",)),
    Control("HR-01", "All employees pass a background check before their start date.", ("CC1.4",)),
    Control(
        "MDM-01", "Personal devices (BYOD) are prohibited for access to customer data.", ("CC6.8",)
    ),
    Control("DR-01", "The disaster recovery plan is tested every year.", ("A1.3",)),
)
INVENTORY = Inventory(
    vendor="Northwind Analytics",
    reports=(SOC2, BRIDGE, SOC1_T1),
    controls=CONTROLS,
    documents=(EvidenceDocument("ir-plan", "Incident Response Plan", ("incident response",)),),
    contact=Contact(
        "Priya Raman", "security@northwind.example", "Head of Security", "+1 617 555 0142"
    ),
)


def answer(
    question: str,
    choices: tuple[str, ...] = (),
    inventory: Inventory = INVENTORY,
    answers: tuple[ApprovedAnswer, ...] = (),
) -> Mapping:
    req = Requirement(ref="Q!B2", question=question, answer_ref="C2", choices=choices)
    return map_requirement(req, classify(question), inventory, AS_OF, answers=answers)


def test_topic_relevance_alone_is_a_draft_for_review() -> None:
    m = answer("Do you operate a 24x7 security operations center with L1 and L2 analysts?", YES_NO)
    assert (m.answer, m.filled) == ("", False)
    if m.evidence:  # the report is evidence to attach, not an answer
        assert m.status is Status.REVIEW and "unstated" in m.flags
        assert m.suggested_response.startswith("DRAFT (not stated in the inventory")


def test_a_control_that_states_it_answers_yes_in_its_own_words() -> None:
    m = answer(
        "Is multi-factor authentication enforced for workforce access to production?", YES_NO
    )
    assert (m.answer, m.filled, m.status) == ("Yes", True, Status.COVERED)
    assert m.suggested_response.startswith(
        "Yes. Multi-factor authentication is enforced for all workforce access to production"
        " systems (control IAM-01)."
    )


@pytest.mark.parametrize(
    "question",
    [
        # a clause the control does not state
        "Do you have a disaster recovery plan, with a named owner, that is tested annually?",
        # the specific word is missing: access and employees alone do not answer it
        "Can your employees access production systems remotely?",
    ],
)
def test_a_control_that_does_not_state_it_does_not_answer(question: str) -> None:
    m = answer(question, YES_NO)
    assert (m.answer, m.filled) == ("", False)


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


def test_the_hosting_providers_reports_are_not_the_vendors() -> None:
    m = answer("Does your hosting provider have a SOC 2 Type II report?", YES_NO)
    assert (m.answer, m.filled) == ("", False)
    assert not m.suggested_response.startswith("Yes")
    # The draft says whose question it is: the carved-out provider, by name.
    assert "Amazon Web Services (hosting) is carved out of our SOC 2" in m.suggested_response


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Were any exceptions noted in your most recent SOC 2 report?", "Yes"),
        ("Does your SOC 2 report include the Privacy trust services category?", "No"),
        ("Does your SOC 2 report include the Availability category?", "Yes"),
        ("Is your SOC 2 report older than 12 months?", "No"),
        ("Does your bridge letter cover through December 31, 2026?", "No"),
        ("Are any subservice organizations carved out of your SOC 2 report?", "Yes"),
        ("Was the auditor's opinion in your SOC 2 report unqualified?", "Yes"),
        ("Do you have an ISAE 3402 report?", "No"),
        ("Do you have a SOC 1 Type II report?", "No"),
        ("Do you have a SOC 3 report?", "No"),
        ("Do you have a SOC 2 Type II report?", "Yes"),
    ],
)
def test_report_questions_are_answered_from_its_attributes(question: str, expected: str) -> None:
    m = answer(question, YES_NO)
    assert (m.answer, m.filled) == (expected, True)


def test_a_carve_out_answer_names_the_provider() -> None:
    m = answer("Are subservice organizations carved out of your SOC 2? Name them.")
    assert "Amazon Web Services" in m.suggested_response


def test_a_no_to_a_scope_question_is_filled_though_the_row_is_partial() -> None:
    m = answer("Does your SOC 2 include the Privacy principle?", YES_NO)
    assert (m.answer, m.filled) == ("No", True)


def test_describe_questions_never_get_a_bare_yes() -> None:
    m = answer(
        "Describe how multi-factor authentication is enforced for workforce access to production."
    )
    assert m.answer not in ("Yes", "No")
    dropdown = answer(
        "Describe how multi-factor authentication is enforced for workforce access to production.",
        YES_NO,
    )
    assert dropdown.filled is False


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Vendor name", "Northwind Analytics"),
        ("Company name", "Northwind Analytics"),
        ("Primary contact email", "security@northwind.example"),
        ("Contact name", "Priya Raman"),
        ("Solution Provider Contact Phone Number", "+1 617 555 0142"),
        ("Date completed", "2026-06-30"),
        ("Who is your data center provider?", "Amazon Web Services"),
        ("Cloud hosting provider", "Amazon Web Services"),
    ],
)
def test_fields_about_the_vendor_come_from_the_inventory(question: str, expected: str) -> None:
    m = answer(question)
    assert (m.answer, m.filled) == (expected, True)


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        (("Self-Managed", "AWS", "Azure", "GCP"), "AWS"),
        (("On premises", "Amazon Web Services", "Other"), "Amazon Web Services"),
        (("Self-Managed", "Azure", "GCP"), ""),  # no choice names the provider: the reviewer's
    ],
)
def test_the_hosting_provider_is_the_subservice_org_that_hosts(
    choices: tuple[str, ...], expected: str
) -> None:
    m = answer("Select your hosting option.", choices)
    assert (m.answer, m.filled) == (expected, bool(expected))


def test_a_hosting_provider_is_named_only_when_the_reports_name_one() -> None:
    colo = SubserviceOrg("Meridian Data Centers, LLC", "inclusive", ("colocation hosting",))
    two = replace(
        INVENTORY, reports=(replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, colo)),)
    )
    assert answer("Who is your data center provider?", inventory=two).filled is False
    none = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=()),))
    assert answer("Who is your data center provider?", inventory=none).filled is False
    # A yes/no question about the provider is about that organisation, not a name to fill.
    assert answer("Does your hosting provider hold a SOC 2 report?", YES_NO).filled is False
    # A requirement that mentions cloud providers does not ask which one hosts the service.
    verify = answer(
        "Verify the application encrypts communications between components, particularly when "
        "these are in different containers, systems, sites, or cloud providers."
    )
    assert verify.answer != "Amazon Web Services"


def test_a_legal_name_comes_only_from_an_approved_answer() -> None:
    # `vendor` is the name the vendor goes by, not necessarily its legal entity name.
    assert answer("Legal name of the responding entity").filled is False
    legal = ApprovedAnswer(
        question="What is your legal entity name?", answer="Northwind Analytics, Inc."
    )
    m = answer("What is your legal entity name?", answers=(legal,))
    assert (m.answer, m.filled) == ("Northwind Analytics, Inc.", True)


def test_a_choice_that_claims_more_than_yes_is_left_blank() -> None:
    choices = ("Yes, we test restores of entire systems from backup.", "No, we do not test.")
    m = answer("Do you regularly test your disaster recovery plan?", choices)
    assert (m.answer, m.filled) == ("", False)


def test_a_request_for_something_not_held_is_for_the_reviewer_not_no() -> None:
    m = answer("Please attach your current certificate of cyber liability insurance.", YES_NO)
    assert m.filled is False


def test_a_maturity_dropdown_gets_no_answer() -> None:
    levels = ("1 - Initial", "2 - Managed", "3 - Defined", "4 - Measured", "5 - Optimised")
    m = answer(
        "Is multi-factor authentication enforced for workforce access to production?", levels
    )
    assert (m.answer, m.filled) == ("", False)


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("Do you encrypt data at rest?", Form.YES_NO),
        ("If you have a SOC 2, does it include Privacy?", Form.YES_NO),
        ("Describe your incident response process.", Form.DESCRIBE),
        ("How do you manage encryption keys?", Form.DESCRIBE),
        ("Please provide your latest penetration test summary.", Form.REQUEST),
        ("Vendor name", Form.FIELD),
    ],
)
def test_the_form_of_a_question(question: str, form: Form) -> None:
    assert form_of(question) is form


def test_states_folds_synonyms_and_keeps_acronyms() -> None:
    assert states("Are you using a web application firewall (WAF)?", "AWS WAF protects the app.")
    assert states(
        "Do you require MFA for admins?", "Multi-factor authentication for administrators."
    )
    assert not states("Do you encrypt data in transit?", "Data is encrypted at rest.")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("through December 31, 2026?", date(2026, 12, 31)),
        ("until 2026-09-30", date(2026, 9, 30)),
        ("to 31 March 2027", date(2027, 3, 31)),
        ("for our fiscal year", None),
    ],
)
def test_dates_in_questions(text: str, day: date | None) -> None:
    assert date_in(text) == day


def test_a_workforce_control_does_not_answer_a_product_question() -> None:
    inv = Inventory(
        vendor="V",
        controls=(
            Control("AC-01", "Multi-factor authentication is enforced for all workforce access."),
        ),
    )
    m = answer("Does your solution support multi-factor authentication for users?", YES_NO, inv)
    assert m.filled is False
    m = answer("Do you enforce multi-factor authentication for workforce access?", YES_NO, inv)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_control_that_does_the_work_is_not_the_artifact_asked_for() -> None:
    inv = Inventory(
        vendor="V",
        controls=(Control("VM-01", "Vulnerability scans run weekly on all infrastructure."),),
    )
    m = answer("Will you provide results of your vulnerability scans?", YES_NO, inv)
    assert m.answer != "Yes"


def test_a_compliant_manner_is_not_a_certification_held() -> None:
    m = answer("Can the application be installed in a PCI DSS-compliant manner?", YES_NO)
    assert m.answer != "No"
    # Compliance is not holding an attestation: not holding one says nothing of it.
    assert answer("Are you PCI DSS compliant?", YES_NO).answer == ""


def test_a_document_on_part_of_the_topic_does_not_answer_yes() -> None:
    inv = Inventory(
        vendor="V",
        documents=(EvidenceDocument("isp", "Information Security Policy", ("supply chain",)),),
    )
    q = "Do you have procedures for managing your hardware supply chain?"
    assert answer(q, YES_NO, inv).filled is False


def test_the_auditor_is_named_only_where_the_question_asks_who() -> None:
    m = answer("Which audit firm issued your SOC 2 report?")
    assert m.answer == "Kestrel & Lowe CPAs LLP"
    m = answer("Please provide your SOC 2 Type II report, including the auditor's tests.", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)


def test_an_internal_documents_title_never_reaches_the_buyer() -> None:
    secret = EvidenceDocument(
        "ir", "Project Nightjar runbook", ("incident response plan",), sharing="internal"
    )
    inv = Inventory(vendor="V", documents=(secret,))
    for q in ("Do you have an incident response plan?", "Provide your incident response plan."):
        m = answer(q, inventory=inv)
        assert "Nightjar" not in m.suggested_response


@pytest.mark.parametrize(
    ("question", "filled"),
    [
        ("Please provide your ISO 27001 certificate and Statement of Applicability.", False),
        ("Provide your incident response plan and the results of its most recent test.", False),
        ("Can you provide your SOC 2 report and bridge letter?", True),
        ("Please provide your SOC 2 report and ISO 27001 certificate.", True),
        ("Provide your ISO 27001 certificate.", True),
    ],
)
def test_a_request_for_several_things_is_yes_only_when_each_is_held(
    question: str, filled: bool
) -> None:
    iso = Report(id="iso", kind="ISO 27001")
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    m = answer(question, YES_NO, inventory=inventory)
    assert (m.answer == "Yes", m.filled) == (filled, filled)


def test_a_document_of_another_kind_does_not_answer_for_the_one_asked() -> None:
    # A test *report* tagged "business continuity plan" is not the plan itself.
    report = EvidenceDocument(
        "dr-test",
        "Disaster recovery test report (annual failover exercise)",
        ("disaster recovery test", "business continuity plan"),
    )
    plan = EvidenceDocument("bcp", "Business Continuity Plan", ("business continuity plan",))
    question = "Do you have a documented Business Continuity Plan (BCP)?"
    only_report = replace(INVENTORY, documents=(report,))
    assert answer(question, YES_NO, inventory=only_report).filled is False
    with_plan = replace(INVENTORY, documents=(report, plan))
    m = answer(question, YES_NO, inventory=with_plan)
    assert (m.answer, m.filled) == ("Yes", True)
    assert "Business Continuity Plan" in m.suggested_response


def test_an_approved_answer_is_said_once_and_leads_with_its_answer() -> None:
    insurance = ApprovedAnswer(
        question="Do you carry cyber liability insurance?",
        answer="Yes. We carry $10M in cyber liability coverage.",
    )
    m = answer("Do you carry cyber liability insurance?", YES_NO, answers=(insurance,))
    assert m.answer == "Yes"
    assert m.suggested_response.startswith("Yes. We carry $10M")
    assert m.suggested_response.count("We carry $10M") == 1


def test_a_control_that_rules_out_an_admission_answers_no() -> None:
    hashed = Control(
        "IAM-05",
        "User passwords are stored only as bcrypt hashes; passwords are never stored in plain "
        "text or in a reversible form.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, hashed))
    m = answer("Are user passwords stored in plain text?", YES_NO, inventory=inventory)
    assert (m.answer, m.filled) == ("No", True)
    assert "never stored in plain text" in m.suggested_response
    # An exception in the same breath is for the reviewer; so is an admission nothing rules out.
    loose = Control("IAM-06", "Shared accounts are not used, except break-glass accounts.", ())
    inventory = replace(INVENTORY, controls=(*CONTROLS, loose))
    assert answer("Do you use shared accounts?", YES_NO, inventory=inventory).filled is False
    assert answer("Have you had a data breach in the last 5 years?", YES_NO).filled is False


def test_before_the_first_day_is_before_the_start_date() -> None:
    m = answer(
        "Do you perform background checks on all employees prior to their first day of work?",
        YES_NO,
    )
    assert (m.answer, m.filled) == ("Yes", True)


def test_an_answer_held_twice_is_suggested_once() -> None:
    entry = ApprovedAnswer(question="Do you encrypt laptops?", answer="Yes, with FileVault.")
    again = ApprovedAnswer(
        question="Do you encrypt laptops?", answer="Yes, with FileVault.", source="library.xlsx"
    )
    m = answer("Are employee laptops encrypted with full-disk encryption?", answers=(entry, again))
    assert len(m.similar_answers) == 1


def test_a_request_asked_as_a_question_is_a_request_with_a_yes_or_no() -> None:
    pentest = EvidenceDocument(
        "pentest", "Penetration test executive summary", ("penetration test",), sharing="nda"
    )
    inventory = replace(INVENTORY, documents=(pentest,))
    m = answer(
        "Are you willing to share a management summary of your most recent penetration test?",
        YES_NO,
        inventory=inventory,
    )
    assert (m.answer, m.filled) == ("Yes", True)
    # Not held: "Can you provide ...?" is answered No; "Provide ..." is left for the reviewer.
    assert answer("Can you provide a SOC 3 report?", YES_NO).answer == "No"
    assert answer("Please provide your SOC 3 report.", YES_NO).filled is False


def test_a_document_or_control_on_the_topic_is_not_the_name_link_or_description_asked() -> None:
    pentest = EvidenceDocument(
        "pentest", "Penetration test summary", ("penetration test",), date=date(2026, 6, 1)
    )
    privacy = EvidenceDocument(
        "privacy",
        "Privacy notice",
        ("privacy policy", "privacy notice"),
        sharing="public",
        file="https://northwind.example/privacy",
    )
    policy = EvidenceDocument("isp", "Information Security Policy", ("security policy",))
    inventory = replace(INVENTORY, documents=(pentest, privacy, policy))

    def ask(question: str) -> Mapping:
        return answer(question, inventory=inventory)

    assert ask("What company performed your three most recent penetration tests?").filled is False
    assert ask("Describe the scope and depth of your penetration tests.").filled is False
    assert ask("Provide a link to your information security policy.").filled is False  # NDA
    link = ask("Provide a link to your privacy policy.")
    assert (link.answer, link.filled) == ("https://northwind.example/privacy", True)
    when = ask("When was your last penetration test?")
    assert (when.answer, when.filled) == ("2026-06-01", True)
    # "Do you certify ...?" asks to confirm a practice, not whether a report is held.
    assert ask("Do you certify stop-processing requests made by data subjects?").filled is False


@pytest.mark.parametrize(
    ("title", "mid_sentence"),
    [
        (
            "Penetration test executive summary (Q2 2026)",
            "penetration test executive summary (Q2 2026)",
        ),
        ("Information Security Policy (v5.2)", "Information Security Policy (v5.2)"),
        ("ISO/IEC 27001:2022 certificate", "ISO/IEC 27001:2022 certificate"),
        (
            "System architecture diagram (Northwind Insights)",
            "system architecture diagram (Northwind Insights)",
        ),
    ],
)
def test_a_title_reads_mid_sentence_with_its_own_capitals(title: str, mid_sentence: str) -> None:
    from socproc.mapping.wording import lower_first

    assert lower_first(title) == mid_sentence


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


def test_tls_is_encryption_in_transit() -> None:
    tls = Control("ENC-02", "All connections to the application use TLS 1.2 or higher.", ())
    inventory = replace(INVENTORY, controls=(*CONTROLS, tls))
    m = answer(
        "Is the transport of sensitive data encrypted (e.g., system-to-client)?",
        YES_NO,
        inventory=inventory,
    )
    assert (m.answer, m.filled) == ("Yes", True)


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


def test_a_hosting_subservice_org_is_a_third_party_holding_the_data() -> None:
    m = answer("Do any subcontractors or third parties store or process our data?", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)
    assert "Amazon Web Services (hosting)" in m.suggested_response
    # A question about the vendor's own practice towards third parties is not this admission.
    assert answer("Do you assess third parties that process data?", YES_NO).answer != "Yes"
    # No hosting organisation named: no answer either way.
    bare = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=()),))
    assert answer("Do third parties store our data?", YES_NO, inventory=bare).filled is False


def test_only_a_record_of_the_event_dates_it() -> None:
    materials = EvidenceDocument(
        "sat",
        "Security awareness training materials",
        ("security awareness training",),
        date=date(2026, 1, 10),
    )
    inventory = replace(INVENTORY, documents=(materials,))
    m = answer("When was your last security awareness training?", inventory=inventory)
    assert m.filled is False


def test_a_security_practice_does_not_state_the_privacy_one() -> None:
    training = Control(
        "HR-02", "All employees complete security awareness training at hire and yearly.", ()
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, training))
    assert answer(
        "Do you have a security awareness training program?", YES_NO, inventory=inventory
    ).filled
    privacy = answer(
        "Do you have a privacy awareness/training program?", YES_NO, inventory=inventory
    )
    assert privacy.filled is False


def test_a_contact_for_another_role_is_not_the_inventorys_contact() -> None:
    assert answer("Solution Provider Accessibility Contact Name").filled is False
    assert answer("Billing contact email").filled is False
    assert answer("Solution Provider Contact Name").answer == "Priya Raman"


def test_the_thing_a_passive_question_asks_done_must_be_stated() -> None:
    logs = Control("LOG-01", "Audit logs record the login, logout and source IP address.", ())
    inventory = replace(INVENTORY, controls=(logs,))
    m = answer("Can access be restricted based on source IP address?", YES_NO, inventory=inventory)
    assert m.filled is False


def test_a_practice_for_systems_in_general_does_not_state_it_for_a_named_asset() -> None:
    changes = Control(
        "CHG-01",
        "Production change requests are documented, reviewed and approved before release.",
        (),
    )
    at_rest = Control("ENC-01", "Customer databases are encrypted at rest with AES-256.", ())
    inventory = replace(INVENTORY, controls=(changes, at_rest))
    asked = answer("Are production change requests documented?", YES_NO, inventory=inventory)
    assert asked.answer == "Yes"
    for question in (
        "Do you have a documented process for firewall change requests?",
        "Are laptops encrypted at rest?",
    ):
        m = answer(question, YES_NO, inventory=inventory)
        assert (m.answer, m.filled) == ("", False), question
    assert states("Are customer databases encrypted at rest?", at_rest.description)


REGIONS = ApprovedAnswer(
    "Where is customer data stored?",
    "Customer data is stored in two AWS regions in the United States, chosen at contract "
    "signature. No customer data is stored or processed outside the United States.",
)
CARDS = ApprovedAnswer(
    "Do you store, process or transmit payment card data?",
    "No. We do not store, process or transmit payment card data; customers pay by invoice.",
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


def test_a_text_that_says_no_does_not_state_it() -> None:
    assert not states(
        "Is customer data stored outside the United States?",
        "No customer data is stored outside the United States.",
    )


def test_using_a_hosting_provider_is_stated_by_the_subservice_organisation_that_hosts() -> None:
    asked = "Do you use Azure, Amazon Web Services, or a similar outsourced data centre?"
    m = answer(asked, YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)
    assert "Amazon Web Services" in m.suggested_response
    assert answer("Does your platform rely on a cloud service provider?", YES_NO).answer == "Yes"
    for more in (
        "Do you use your cloud provider's built-in key management service?",
        "Do you use AWS Shield Advanced?",
        "Do you use Microsoft Azure?",  # another provider: not a No either
    ):
        assert answer(more, YES_NO).filled is False, more


def test_a_colocation_provider_is_not_a_cloud_provider() -> None:
    colo = replace(
        SOC2,
        subservice_orgs=(
            SubserviceOrg("Meridian Data Centers, LLC", "inclusive", ("colocation hosting",)),
        ),
    )
    inventory = replace(INVENTORY, reports=(colo,))
    assert answer("Do you use a hosting provider?", YES_NO, inventory=inventory).answer == "Yes"
    cloud = answer("Do you use a cloud service provider?", YES_NO, inventory=inventory)
    assert cloud.filled is False


def test_data_hosted_by_a_third_party_is_stated_in_any_question_form() -> None:
    m = answer("Will our data be shared with or hosted by any third parties?", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)
    assert answer("Will our data be shared with any third parties?", YES_NO).filled is False


def test_a_plan_alternative_is_a_yes_when_the_practice_is_stated() -> None:
    asked = "Do you run a bug bounty programme, or are there plans to start one in the next year?"
    bounty = Control("VUL-09", "A public bug bounty programme rewards reported findings.", ())
    inventory = replace(INVENTORY, controls=(bounty,))
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    # Never a No: a practice not in place may still be planned.
    assert answer(asked, YES_NO).filled is False


def test_a_practice_stated_for_everyone_is_stated_for_a_part_of_them() -> None:
    checks = "Background checks are completed for all employees before their start date."
    asked = "Are background checks done for staff who handle confidential records?"
    assert states(asked, checks)
    # Another population, or the population as the question's subject, is not a part of it.
    assert not states("Are background checks done for users who sign up?", checks)
    assert not states(
        "Do users with admin rights use MFA?", "All users must change passwords every year."
    )


def test_ownership_and_upkeep_are_stated_in_other_words() -> None:
    plan = "The incident response plan, owned by the CISO, is reviewed and updated every year."
    assert states("Is someone responsible for the maintenance of the incident response plan?", plan)


def test_a_control_that_prohibits_what_is_asked_answers_no() -> None:
    assert answer("Do you allow personal devices (BYOD) to access customer data?").answer == "No"
    assert denies("Do you offer SAML single sign-on?", "SSO is not offered; MFA is available.")


def test_a_contracted_denial_is_a_denial() -> None:
    for text in (
        "We don't allow personal devices (BYOD).",
        "Personal devices (BYOD) aren’t allowed.",
    ):
        assert not states("Do you allow personal devices (BYOD)?", text), text


def test_a_quantity_is_not_a_denial() -> None:
    reviews = "Owners review access every quarter and remove access that is no longer needed."
    assert states("Are access reviews performed quarterly?", reviews)
    assert not states("Are access reviews performed quarterly?", "Access is not reviewed.")


def test_a_choice_that_restates_the_question_or_adds_a_condition_claims_nothing_more() -> None:
    pentest = EvidenceDocument(
        "pentest", "Penetration test summary", ("penetration test",), sharing="nda"
    )
    inventory = replace(INVENTORY, documents=(pentest,))
    choices = (
        "Yes, if it speeds up your review, we are willing to share it under NDA.",
        "No, we never share it.",
    )
    asked = "Are you willing to share a summary of your latest penetration test?"
    m = answer(asked, choices, inventory=inventory)
    assert m.answer == choices[0]
    # A choice that says more than the fact ("... and every retest") stays blank.
    more = ("Yes, we share it with every retest report.", "No")
    assert answer(asked, more, inventory=inventory).answer == ""


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Do you have MFA?", "We plan to roll out MFA to all staff by Q3 2027."),
        ("Is a SIEM in place?", "A SIEM deployment is in progress."),
        ("Is data encrypted at rest?", "Customers can optionally turn on encryption at rest."),
        ("Are logs retained for at least 90 days?", "Security logs are retained for 30 days."),
        (
            "Are critical patches applied within 7 days?",
            "Critical patches are applied within 30 days.",
        ),
    ],
)
def test_a_plan_an_option_or_another_quantity_does_not_state_the_practice(
    question: str, text: str
) -> None:
    assert not states(question, text)


def test_an_option_states_what_can_be_done() -> None:
    text = "Customers can optionally turn on encryption at rest."
    assert states("Can customers turn on encryption at rest?", text)
    assert states("Are logs retained for at least 90 days?", "Logs are retained for 90 days.")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Do you encrypt data in transit and at rest?", "Data in transit is encrypted with TLS."),
        ("Is MFA required for remote access and for admins?", "MFA is required for remote access."),
        ("Are all laptops encrypted?", "All laptops are encrypted except developer test machines."),
    ],
)
def test_each_coordinated_part_must_be_stated_without_exception(question: str, text: str) -> None:
    assert not states(question, text)


def test_coordinated_parts_all_stated_are_stated() -> None:
    text = "Data is encrypted in transit with TLS 1.2 and at rest with AES-256."
    assert states("Do you encrypt data in transit and at rest?", text)


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


def test_the_countries_where_data_is_kept_come_from_the_approved_answer_on_it() -> None:
    regions = ApprovedAnswer(
        "In which regions is customer data stored?",
        "In AWS data centers in Germany and in Ireland; it is not replicated to the United States.",
    )
    m = answer("List all countries where your data centers are located:", answers=(regions,))
    assert (m.answer, m.filled) == ("Germany, Ireland", True)
    inside = ApprovedAnswer(
        "Where is customer data stored?",
        "In two Chicago and Dallas facilities; no data is stored outside the USA.",
    )
    m = answer("Countries of the data centers that host the service", answers=(inside,))
    assert m.answer == "United States"
    assert answer("List all countries where your data centers are located:").filled is False
    # A kind of customer is not a place; a cloud region is, in the country it is in.
    customers = ApprovedAnswer(
        "Where is customer data stored?", "In us-east-1 (US customers) or eu-central-1 (EU ones)."
    )
    asked = "List all countries where your data centers are located:"
    assert answer(asked, answers=(customers,)).answer == "United States, Germany"


def test_every_country_data_is_kept_in_is_listed_or_none_is() -> None:
    asked = "Please list all countries where your data centres are located."

    def countries(said: str) -> str:
        return answer(asked, answers=(ApprovedAnswer("Where is data stored?", said),)).answer

    # Cities and cloud regions are put in their countries, backups and replicas included.
    assert (
        countries(
            "Data is stored in Azure Norway East, with backup copies in Stockholm. Our "
            "engineers in Kyiv, Ukraine, and the support desk in Manila can view it."
        )
        == "Norway, Sweden"
    )
    assert countries("Hosted in ap-southeast-2; replicas in Auckland.") == (
        "Australia, New Zealand"
    )
    # Whose the data is, or where people sit, is not where the data is.
    assert (
        countries("Clients in Mexico are served from GCP us-central1; no data is kept in Mexico.")
        == "United States"
    )
    # A place no country is known for, or a site left unnamed, leaves the list to the reviewer:
    # a list of all countries that misses one is untrue.
    assert countries("Data is stored in Lyon and backed up to a second facility.") == ""
    assert countries("Data is stored at Bluefin Colo in Tarnów.") == ""


def test_where_people_work_and_where_data_is_kept_are_given_in_the_vendors_words() -> None:
    where = ApprovedAnswer(
        "Where are your offices?",
        "Our head office is in Leeds, England. Staff work in Leeds and Dundee; "
        "contract developers work from Cluj, Romania.",
    )
    m = answer("Staff Work Locations", answers=(where,))
    assert m.answer == (
        "Our head office is in Leeds, England. Staff work in Leeds and Dundee; contract "
        "developers work from Cluj, Romania."
    )
    kept = ApprovedAnswer(
        "Where is customer data hosted?",
        "Everything runs in AWS eu-west-1. Analysts in Leeds can view dashboards.",
    )
    m = answer("Data Residency", answers=(kept,))
    assert (m.answer, m.filled) == ("Everything runs in AWS eu-west-1.", True)
    # Without an approved answer on it, nothing is guessed.
    assert answer("Staff Work Locations").filled is False


def test_a_report_shared_under_nda_is_not_shared_without_one() -> None:
    soc3 = Report(id="soc3", kind="SOC 3", period_end=date(2026, 1, 31), sharing="public")
    inventory = replace(INVENTORY, reports=(SOC2, soc3))
    m = answer(
        "Can your SOC 2 report be shared without a non-disclosure agreement?",
        YES_NO,
        inventory=inventory,
    )
    assert m.answer == "No"
    assert "We do not publish a SOC 3" not in m.suggested_response  # it does publish one


def test_a_field_is_answered_by_a_value_not_by_a_document_on_its_topic() -> None:
    vpat = EvidenceDocument("vpat", "Accessibility Conformance Report", ("accessibility",))
    m = answer("Vendor Accessibility Contact Name", inventory=replace(INVENTORY, documents=(vpat,)))
    assert (m.answer, m.status) == ("", Status.REVIEW)


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


def test_a_control_that_rules_a_practice_out_answers_no() -> None:
    hr = Control(
        "HR-07",
        "All new employees undergo a background check; contractors are not background-checked.",
    )
    dev = Control("DEV-02", "Production data is never copied into development or test systems.")
    inventory = replace(INVENTORY, controls=(hr, dev))
    contractors = answer("Are contractors background-checked?", YES_NO, inventory=inventory)
    assert (contractors.answer, contractors.filled) == ("No", True)
    asked = "Do you use production data in development or test systems?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Are employees background-checked?", "Contractors are not background-checked."),
        ("Do you allow remote access?", "Remote access is not permitted without MFA."),
        ("Do you store customer data?", "No customer data is stored on laptops."),
        ("Is data encrypted at rest?", "Data at rest is not encrypted in the staging environment."),
        (
            "Do you log administrator actions?",
            "Administrator actions are logged; logs are not editable.",
        ),
        ("Are backups tested?", "Backups are not tested more than once a year."),
        ("Do you run penetration tests?", "We have not run a penetration test since 2023."),
        # Another practice on the same subject: not training on customer data says nothing
        # of how training data is kept.
        ("Do you label your model training files?", "We never train models on client files."),
        ("Do you isolate model training data?", "Customer data is not used to train models."),
    ],
)
def test_a_denial_of_something_else_is_no_denial(question: str, text: str) -> None:
    assert not denies(question, text)


ISO = Report(id="iso", kind="ISO 27001", expires=date(2027, 5, 31), sharing="public")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Do you hold any security certifications (e.g., ISO 27001, SOC 2)?", "Yes"),
        ("Do you have a SOC 2 or ISO 27001 certification?", "Yes"),
        ("Do you have a SOC 2 and an ISO 27001 certification?", "No"),
        ("Have you received the Cloud Security Alliance STAR certification?", "No"),
        ("Do you have an ISO 27017 certification?", "No"),
        ("Do you conform with a security framework (e.g., NIST CSF, ISO 27001, etc.)?", "Yes"),
        ("Do you hold any certifications (e.g., PCI DSS, HITRUST)?", ""),  # examples, not all
        ("Do you comply with PCI DSS?", ""),  # complying is not holding a certificate
    ],
)
def test_certifications_asked_as_alternatives_examples_or_by_other_names(
    question: str, expected: str
) -> None:
    inventory = replace(INVENTORY, reports=(SOC1_T1, ISO))
    assert answer(question, YES_NO, inventory=inventory).answer == expected


def test_a_credential_without_an_inventory_kind_is_held_as_other() -> None:
    star = Report(id="star", kind="other", title="CSA STAR Level 1 self-assessment")
    inventory = replace(INVENTORY, reports=(SOC2, star))
    asked = "Have you completed the CSA STAR self-assessment?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    # A Level 1 self-assessment is listed under STAR; certification is Level 2, by an auditor.
    certified = answer("Are you CSA STAR certified?", YES_NO, inventory=inventory)
    assert certified.answer == "" and "self-assessment" in certified.suggested_response
    lapsed = replace(inventory, reports=(SOC2, replace(star, expires=date(2024, 5, 10))))
    assert answer(asked, YES_NO, inventory=lapsed).answer == "Yes"  # it was completed
    listed = "Are you currently listed on the CSA STAR Registry?"
    assert answer(listed, YES_NO, inventory=lapsed).answer == "No"


def test_a_category_named_with_the_report_and_one_date_of_the_period() -> None:
    privacy = answer("Does your SOC 2 report include Privacy?", YES_NO)
    assert privacy.answer == "No"
    assert answer("Does your SOC 2 report cover availability?", YES_NO).answer == "Yes"
    # "privacy standard" is not the category.
    asked = "Does the independent audit include any security or privacy standard?"
    assert answer(asked, YES_NO).answer != "No"
    assert answer("What is the end date of your SOC 2 audit period?").answer == "2026-01-31"
    assert answer("What is the start date of your SOC 2 audit period?").answer == "2025-02-01"


def test_a_document_dated_within_the_window_asked_was_made_within_it() -> None:
    vpat = EvidenceDocument(
        "vpat", "Accessibility Conformance Report (VPAT)", ("vpat",), date=date(2026, 2, 1)
    )
    old = replace(vpat, date=date(2024, 2, 1))
    asked = "Has a VPAT been created or updated within the past year?"
    recent = answer(asked, YES_NO, inventory=replace(INVENTORY, documents=(vpat,)))
    assert (recent.answer, recent.filled) == ("Yes", True)
    # An older date does not say it was not updated since: left for the reviewer.
    assert answer(asked, YES_NO, inventory=replace(INVENTORY, documents=(old,))).answer == ""


def test_a_document_named_whole_by_an_all_frame_question_states_it() -> None:
    policy = EvidenceDocument(
        "isp", "Information Security Policy", ("information security policy",)
    )
    inventory = replace(INVENTORY, documents=(policy,))
    asked = "Do you have a documented information security policy?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_numbered_dropdown_choice_names_the_hosting_provider() -> None:
    choices = ("1) Self-hosted", "2) Azure", "3) AWS", "4) Other")
    assert answer("Select your hosting option.", choices).answer == "3) AWS"


def test_backups_kept_in_a_paired_region_are_stored_in_another_location() -> None:
    text = "Databases are backed up daily and geo-redundant copies are kept in the paired region."
    assert states("Are backups stored in a different geographic location?", text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Are firewall rules reviewed at least annually?",
            "We review firewall rules yearly when needed.",
        ),
        ("Is customer data encrypted at rest?", "Data is encrypted at rest where supported."),
        (
            "Are vulnerability scans performed at least monthly on all systems?",
            "Vulnerability scans run weekly on web hosts; internal hosts are scanned quarterly.",
        ),
        ("Are firewall rules reviewed quarterly?", "Firewall rules are reviewed every year."),
        (
            "Do all employees receive secure coding training?",
            "Developers receive secure coding training.",
        ),
        (
            "Are systems scanned externally for vulnerabilities?",
            "Systems are scanned for vulnerabilities weekly.",
        ),
    ],
)
def test_a_frequency_population_or_scope_not_stated_is_not_stated(question: str, text: str) -> None:
    assert not states(question, text)


def test_a_more_frequent_practice_states_a_less_frequent_one() -> None:
    assert states(
        "Are firewall rules reviewed at least annually?", "Firewall rules are reviewed quarterly."
    )
    assert states(
        "Are systems scanned for vulnerabilities?",
        "All hosts are scanned for vulnerabilities weekly.",
    )


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Does the application enforce MFA for all users?",
            "The application supports SSO; customers may enforce MFA through their own IdP.",
        ),
        (
            "Are all production changes approved by a second engineer?",
            "Production changes need a second engineer's approval, except for emergency fixes.",
        ),
        (
            "Is customer data deleted upon contract termination?",
            "Customer data is deleted after contract termination upon written request.",
        ),
    ],
)
def test_what_customers_may_do_or_an_exception_is_not_what_is_always_done(
    question: str, text: str
) -> None:
    assert not states(question, text)


def test_a_restriction_is_not_an_option() -> None:
    text = "Production access may only be granted through an approved ticket."
    assert states("Is production access granted through an approved ticket?", text)
    assert states("Can customers enforce MFA?", "Customers may enforce MFA through their IdP.")


@pytest.mark.parametrize(
    "question",
    [
        "Were there any exceptions in your SOC 2 report?",
        "Who performed your SOC 2 audit?",
        "Did your SOC 2 auditor issue an unqualified opinion?",
        "Is your SOC 2 report older than 12 months?",
    ],
)
def test_an_attribute_of_a_report_not_held_is_neither_yes_nor_another_reports(
    question: str,
) -> None:
    inventory = replace(INVENTORY, reports=(SOC1_T1,))
    m = answer(question, YES_NO, inventory=inventory)
    assert (m.answer, m.filled) == ("", False)
    assert "do not currently hold a SOC 2" in m.suggested_response


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does your SOC 2 report cover all services provided to us?", ""),
        ("Does your SOC 2 include complementary user entity controls?", ""),
        ("Has your SOC 2 auditor identified any deficiencies?", "Yes"),  # one exception noted
        ("Is your SOC 2 report less than 12 months old?", "Yes"),
        ("Is your SOC 2 report more than a year old?", "No"),
        ("Has your ISO 27001 certificate expired?", "No"),
    ],
)
def test_what_is_asked_about_a_held_report_beyond_holding_it(question: str, expected: str) -> None:
    inventory = replace(INVENTORY, reports=(SOC2, ISO))
    assert answer(question, YES_NO, inventory=inventory).answer == expected


def test_what_a_question_asks_done_to_its_subject_must_be_stated() -> None:
    tested = "The incident response plan is tested yearly through a tabletop exercise."
    assert not states("Is the incident response plan reviewed and updated annually?", tested)
    assert states("Is the incident response plan tested annually?", tested)
    assert states("Is the incident response plan reviewed or tested annually?", tested)
    # An adjective before the noun is not what is asked done.
    assert states("Are automated scans run weekly?", "Automated scans run weekly on all hosts.")


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        (
            "Is access removed on the day of termination?",
            "Access is removed within one business day.",
            False,
        ),
        ("Is access removed within 24 hours?", "Access is removed within one business day.", False),
        (
            "Is access removed within 3 business days?",
            "Access is removed within one business day.",
            True,
        ),
        (
            "Are critical vulnerabilities fixed within 30 days?",
            "Critical findings are fixed within 15 days.",
            True,
        ),
        (
            "Are high vulnerabilities fixed within 30 days?",
            "Critical vulnerabilities are fixed within 15 days.",
            False,
        ),
    ],
)
def test_a_time_allowed_is_stated_by_a_shorter_one(question: str, text: str, stated: bool) -> None:
    assert states(question, text) is stated


def test_another_organisations_reports_are_not_our_own() -> None:
    vendors = Control("VR-01", "Vendors are reviewed yearly, including their SOC reports.", ())
    inventory = replace(INVENTORY, controls=(vendors,))
    m = answer("Do you review your vendors' SOC reports?", YES_NO, inventory=inventory)
    assert m.answer == "Yes"
    assert "VR-01" in m.suggested_response


def test_an_approved_answer_is_reused_for_an_amount_only_when_it_meets_it() -> None:
    cover = ApprovedAnswer("Do you carry cyber insurance?", "Yes. We carry $10M in cyber cover.")
    more = answer("Do you carry cyber insurance of at least $20M?", YES_NO, answers=(cover,))
    assert (more.answer, more.filled) == ("No", True)  # the amount stated is below the one asked
    assert more.similar_answers  # shown to the reviewer instead
    less = answer(
        "Do you carry cyber insurance of at least USD 5 million?", YES_NO, answers=(cover,)
    )
    assert less.answer == "Yes"


def test_who_does_the_work_scopes_it() -> None:
    soc = "Security events are centralised in a SIEM and monitored 24x7 by the security team."
    assert not states("Is the SIEM monitored 24x7 by an in-house team?", soc)
    assert states("Is the SIEM monitored 24x7?", soc)


def test_a_yes_no_question_a_fact_cannot_answer_yes_or_no_is_not_covered() -> None:
    # Put in the negative, the question is not answered Yes by the encryption control, and
    # the row is not covered either.
    m = answer("Is customer data not encrypted at rest?", YES_NO)
    assert (m.answer, m.status) == ("", Status.REVIEW)


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


def test_a_denial_of_undoing_a_practice_affirms_it() -> None:
    mfa = Control(
        "IAM-9", "Employees sign in with MFA; MFA cannot be turned off for employee accounts."
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    assert answer("Do employees use MFA?", YES_NO, inventory=inventory).answer == "Yes"


def test_data_leaving_the_country_is_an_admission_and_a_later_step_counts_in_the_time() -> None:
    backups = Control(
        "BAK-9", "Backups are kept geo-redundantly in a paired region in the same country."
    )
    inventory = replace(INVENTORY, controls=(backups,))
    assert answer("Do backups leave the country?", YES_NO, inventory=inventory).answer == ""
    deletion = "Data is deleted from production within 30 days and from backups 35 days later."
    assert not states("Is customer data deleted within 30 days of contract end?", deletion)


def test_a_request_in_a_free_cell_gets_what_is_provided_and_a_list_is_not_a_control() -> None:
    policy = EvidenceDocument(
        "isp", "Information Security Policy", ("information security policy",), sharing="nda"
    )
    vendors = Control("VEN-1", "Before we engage a new subprocessor, we review its security.")
    inventory = replace(INVENTORY, documents=(policy,), controls=(*CONTROLS, vendors))
    m = answer("Provide your information security policy.", inventory=inventory)
    assert m.answer.startswith("Our Information Security Policy") and "NDA" in m.answer
    assert answer("List your subprocessors.", inventory=inventory).filled is False
    # The control that does the work is not the evidence asked to be handed over.
    training = "Provide evidence of security awareness training for all employees."
    assert answer(training, inventory=inventory).filled is False


def test_a_country_field_takes_the_country_of_the_approved_address() -> None:
    hq = ApprovedAnswer(
        "Where is your company headquartered?",
        "Our headquarters are at 200 Front Street West, Toronto, Ontario, Canada.",
    )
    assert answer("Country of Company Headquarters", answers=(hq,)).answer == "Canada"
    assert answer("Where is your company headquartered?", answers=(hq,)).answer == hq.answer


def test_all_of_something_general_needs_all_of_it_stated() -> None:
    records = "Student records are encrypted at rest; uploads use server-side encryption."
    assert not states("Is all data encrypted at rest?", records)
    assert states("Is all data encrypted at rest?", "All data is encrypted at rest with AES-256.")
    # "all employees" is stated by what employees (the same people) do.
    assert states(
        "Is security training mandatory for all employees?",
        "Employees complete mandatory security training yearly.",
    )
    assert states(
        "Do audit logs include all of the following: login, logout, source IP?",
        "Audit logs include login, logout and source IP.",
    )


def test_conditional_access_and_a_provider_not_named() -> None:
    support = "Support staff can view records only when an administrator grants access."
    assert not states("Do support staff have access to records?", support)
    assert not states("Is student data stored in AWS?", "Student data is stored in S3 buckets.")


def test_a_named_subservice_organisation_is_answered_for_that_organisation() -> None:
    idp = SubserviceOrg("Okta, Inc.", "inclusive", ("identity provider",))
    soc2 = replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, idp))
    inventory = replace(INVENTORY, reports=(soc2,))
    assert answer("Is Okta carved out?", YES_NO, inventory=inventory).answer == "No"
    assert (
        answer("Is Okta included in your SOC 2 scope?", YES_NO, inventory=inventory).answer == "Yes"
    )
    assert answer("Is AWS carved out of your SOC 2?", YES_NO, inventory=inventory).answer == "Yes"


def test_a_less_frequent_practice_stated_twice_a_year_states_annually() -> None:
    assert states("Are restores tested annually?", "Restores are tested twice a year.")
    assert not states("Are restores tested quarterly?", "Restores are tested twice a year.")


def test_name_fields_take_the_name_not_the_sentence() -> None:
    legal = ApprovedAnswer(
        "What is your company's legal name?", "Northwind Analytics, Inc., a Delaware corporation."
    )
    assert (
        answer("Legal name of the responding entity", answers=(legal,)).answer
        == "Northwind Analytics, Inc."
    )
    asked = "Which subservice organizations are carved out of your SOC 2 report?"
    assert answer(asked).answer == "Amazon Web Services"


def test_not_permitted_answers_do_you_allow() -> None:
    shared = Control(
        "D1", "Shared or generic accounts are not permitted; every user has a named account."
    )
    inventory = replace(INVENTORY, controls=(shared,))
    assert answer("Do you allow shared accounts?", YES_NO, inventory=inventory).answer == "No"


def test_a_policy_asked_for_is_not_stated_by_a_practice_that_mentions_its_subject() -> None:
    training = "All employees complete security and privacy awareness training every year."
    assert not states("Does your organization have a data privacy policy?", training)
    assert states("Do you have a security awareness program?", training)


def test_internet_facing_is_the_external_scope() -> None:
    general = "Infrastructure and application vulnerability scans run weekly."
    assert not states("Do you scan internet-facing systems at least monthly?", general)
    assert states(
        "Are internet-facing systems scanned weekly?", "External vulnerability scans run weekly."
    )


def test_what_the_customer_chooses_is_not_true_of_every_customer() -> None:
    regions = (
        "Customer data is stored only in the Azure region the customer chooses when signing "
        "the contract, Canada Central or East US 2."
    )
    assert not states("Is customer data stored in Canada?", regions)
    assert states(
        "Is customer data stored in Canada?", "Customer data is stored in Canada Central."
    )


def test_one_of_the_alternatives_stated_is_not_stated_alone() -> None:
    backups = "Backups are stored in Canada East or Central US."
    assert not states("Are backups stored in Canada?", backups)
    assert not states("Are backups stored in the US?", backups)
    # What can be done with either is done with each.
    sso = "Customer users can sign in with SAML 2.0 or OpenID Connect single sign-on."
    assert states("Do you support SAML?", sso)


def test_a_question_that_asks_what_gets_the_approved_words_not_their_yes() -> None:
    cover = ApprovedAnswer(
        "Do you carry cyber insurance?",
        "Yes. We carry cyber liability insurance of USD 10 million, underwritten by Beazley.",
    )
    m = answer("Who underwrites your cyber insurance?", answers=(cover,))
    assert m.answer.startswith("We carry cyber liability insurance")
    assert answer("Do you carry cyber insurance?", YES_NO, answers=(cover,)).answer == "Yes"


def test_a_denial_of_something_else_beside_a_statement_does_not_make_it_no() -> None:
    hashed = (
        "Application user passwords are stored only as bcrypt hashes; passwords are never "
        "stored in plain text or in a reversible form."
    )
    asked = "Are passwords stored using a one-way hash?"
    assert states(asked, hashed) and not denies(asked, hashed)
    assert denies("Are passwords stored in plain text?", hashed)


def test_report_and_document_dates_asked_as_values() -> None:
    issued = replace(SOC2, issued=date(2026, 3, 20))
    inventory = replace(INVENTORY, reports=(issued, ISO))
    assert answer("When was your SOC 2 report issued?", inventory=inventory).answer == "2026-03-20"
    assert answer("SOC 2 report date", inventory=inventory).answer == "2026-03-20"
    expires = answer("When does your ISO 27001 certificate expire?", inventory=inventory)
    assert expires.answer == "2027-05-31" and "certificate" in expires.suggested_response
    pentest = EvidenceDocument(
        "pt", "Penetration test report (annual)", ("penetration test",), date=date(2026, 2, 1)
    )
    dated = answer(
        "Date of last penetration test", inventory=replace(INVENTORY, documents=(pentest,))
    )
    assert dated.answer == "2026-02-01"


def test_a_subject_named_only_in_frame_words_must_be_named_by_the_text() -> None:
    asked = "Does your company have a formal information security program that is reviewed at least annually?"
    vendors = (
        "Vendors that store customer data are security-reviewed before onboarding and every year."
    )
    assert not states(asked, vendors)
    assert states(asked, "Our information security program is reviewed by the CISO every year.")


def test_how_many_people_a_question_names_must_be_stated() -> None:
    second = "Tax table updates are reviewed by a second tax specialist before use."
    assert not states("Is the tax table maintained by a single specialist?", second)
    assert states("Do you support single sign-on?", "Customers can use SAML single sign-on.")


def test_the_buyers_cell_gets_the_vendors_words_without_the_control_id() -> None:
    m = answer("Explain how customer data is encrypted at rest.")
    assert m.answer == "Customer data is encrypted at rest with AES-256."
    assert "(control ENC-01)" in m.suggested_response  # the reviewer still sees the source


def test_a_name_field_takes_the_legal_name_and_the_same_question_the_approved_text() -> None:
    legal = ApprovedAnswer(
        "What is your company's legal name?", "Northwind Analytics, Inc., a Delaware corporation."
    )
    assert answer("Vendor Name", answers=(legal,)).answer == "Northwind Analytics, Inc."
    asked = answer("What is your company's legal name?", answers=(legal,))
    assert asked.answer == legal.answer


def test_a_parent_company_name_is_not_the_vendors_name() -> None:
    """Another company of the group is asked: neither the vendor's name nor its approved legal
    name answers it."""
    legal = ApprovedAnswer(
        "What is your company's legal name?", "Northwind Analytics, Inc., a Delaware corporation."
    )
    for field in ("Parent company name:", "Name of ultimate holding company", "Parent Company"):
        assert answer(field, answers=(legal,)).answer == "", field
        assert answer(field).answer == "", field
    assert answer("Company name:", answers=(legal,)).answer == "Northwind Analytics, Inc."


def test_a_practice_for_a_population_does_not_state_another_practice_for_it() -> None:
    """What is done must be stated, not only to whom it is done."""
    induction = "Every new starter finishes security training in their first week."
    assert not states("Describe the other checks for new starters:", induction)
    assert states("Do new starters finish security training?", induction)


def test_a_denial_of_the_practice_asked_is_still_a_denial() -> None:
    assert denies("Do you train models on client files?", "We never train models on client files.")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The practice is stated of other people only.
        (
            "Do all employees sign in with smart cards?",
            "Engineers sign in to the console with smart cards; other staff use passwords and an app.",
        ),
        # What is asked is named only where it is planned.
        (
            "Do you offer customer-managed encryption keys?",
            "Data is encrypted with provider-managed keys; customer-managed keys are planned for 2027.",
        ),
        # What is asked is named only where it is denied.
        (
            "Do you perform a yearly penetration test of your internal network?",
            "A consultancy performs a penetration test of our public website each year; the internal"
            " network has not been tested.",
        ),
        # Done only where something else allows it.
        (
            "Are exports always sent encrypted?",
            "If the recipient's server supports it, exports are sent over encrypted FTP.",
        ),
        # "All" asked, a limited scope stated.
        (
            "Are servers always patched within 14 days?",
            "Critical servers are patched within 14 days.",
        ),
    ],
)
def test_a_practice_stated_for_less_than_is_asked_is_not_stated(question: str, text: str) -> None:
    assert not states(question, text)


def test_coordinated_people_in_one_subject_are_all_stated() -> None:
    text = "All employees and contractors complete a background check before they start."
    assert states("Are all employees background checked before they start?", text)


def test_a_question_whose_subject_is_the_hosting_provider_is_not_answered_by_our_report() -> None:
    m = answer("Does Amazon hold a current SOC 2 Type II report?", YES_NO)
    assert (m.answer, m.filled, m.status) == ("", False, Status.REVIEW)
    assert "Amazon Web Services" in m.suggested_response
    # Our own report named as the subject is still ours.
    assert answer("Does your organization hold a SOC 2 Type II report?", YES_NO).answer == "Yes"


def test_a_type_i_asked_of_a_type_ii_report_is_no_with_what_is_held() -> None:
    m = answer("Is your SOC 2 report a Type 1?", YES_NO)
    assert m.answer == "No" and "Type II" in m.suggested_response
    assert answer("Is your SOC 2 report a Type I or a Type II?", YES_NO).answer != "No"


def test_an_opinion_the_inventory_does_not_record_is_left_for_review() -> None:
    no_opinion = replace(INVENTORY, reports=(replace(SOC2, opinion=None), BRIDGE))
    m = answer("Was the service auditor's opinion modified in any way?", YES_NO, no_opinion)
    assert (m.answer, m.filled) == ("", False)


def test_a_value_question_is_not_answered_by_the_words_of_a_yes_no_answer() -> None:
    cover = ApprovedAnswer("Do you carry cyber insurance?", "Yes. USD 3M cover, renewed each May.")
    m = answer("Who is the carrier of your cyber insurance?", answers=(cover,))
    assert (m.answer, m.filled, m.status) == ("", False, Status.REVIEW)
    assert "USD 3M" in m.suggested_response


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


def test_the_time_limit_of_the_scope_asked_is_the_one_compared() -> None:
    text = "High-risk findings are fixed within 10 days and medium-risk ones within 60 days."
    assert states("Are high-risk findings fixed within 14 days?", text)
    assert not states("Are medium-risk findings fixed within 14 days?", text)
    assert not states("Are findings fixed within 14 days?", text)  # every step counts


def test_a_numbered_dropdown_takes_the_answer_by_its_word() -> None:
    m = answer("Does your organization hold a SOC 2 Type II report?", ("1) Yes", "2) No"))
    assert m.answer == "1) Yes"


def test_a_named_provider_within_our_own_report_is_answered_from_its_method() -> None:
    m = answer("Does Amazon's physical security fall within the scope of your SOC 2?", YES_NO)
    assert m.answer == "No" and "carved out" in m.suggested_response


def test_a_practice_done_less_often_than_asked_answers_no() -> None:
    rotation = Control(
        "KEY-1", "Database encryption keys are rotated once a year by the platform team."
    )
    inventory = replace(INVENTORY, controls=(rotation,))
    m = answer("Are database encryption keys rotated at least quarterly?", YES_NO, inventory)
    assert (m.answer, m.filled) == ("No", True)
    assert (
        answer("Are database encryption keys rotated annually?", YES_NO, inventory).answer == "Yes"
    )
    # Another trigger the text may meet is not ruled out.
    other = "Are database encryption keys rotated quarterly or upon suspected compromise?"
    assert answer(other, YES_NO, inventory).answer == ""


def test_data_kept_only_in_other_places_rules_out_the_place_asked() -> None:
    kept = "Customer records are kept only in Canada, in two Toronto data centres."
    assert denies("Is customer data stored in the European Union?", kept)
    assert not denies("Is customer data stored in Canada?", kept)
    in_germany = "Customer records are kept only in Germany."
    assert not denies("Is customer data stored in the EU?", in_germany)
    assert not denies("Is customer data stored in the EU?", "Customer records are kept in Canada.")
    # Where data is collected from is where its subjects are, not where it is kept.
    assert not denies("Will customer data be collected from the EU?", kept)


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


def test_a_period_field_gets_the_span_and_a_start_or_end_field_its_date() -> None:
    assert answer("SOC 2 audit period (start and end dates)").answer == "2025-02-01 to 2026-01-31"
    assert answer("SOC 2 audit period end date").answer == "2026-01-31"


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # The frequency of the part on what is asked, not of another step.
        (
            "Are restores tested at least twice a year?",
            "Snapshots are taken hourly; a restoration test runs once a year.",
            False,
        ),
        (
            "Are snapshots taken at least daily?",
            "Snapshots are taken hourly; a restoration test runs once a year.",
            True,
        ),
        (
            "Is the DR plan tested annually?",
            "The DR plan is documented and tested every two years.",
            False,
        ),
        (
            "Is access to the data warehouse reviewed quarterly?",
            "Access to the data warehouse is reviewed quarterly; access to HR tools is reviewed yearly.",
            True,
        ),
        # Done only once the customer acts, or only for a part of what is asked.
        (
            "Are uploaded files scanned for malware?",
            "Uploaded files are scanned for malware once the customer turns on SafeScan.",
            False,
        ),
        (
            "Are uploads encrypted at rest by default?",
            "By default only the invoice archive is encrypted at rest.",
            False,
        ),
        # Announced for later.
        (
            "Is SSO enforced for all users?",
            "SSO will be enforced for all users from March 2027.",
            False,
        ),
        # What can be done is stated by what the customer can do.
        (
            "Can customers turn on malware scanning?",
            "Uploaded files are scanned for malware once the customer turns on SafeScan.",
            True,
        ),
        # A description is the text, conditions included.
        (
            "Describe how uploaded files are scanned.",
            "Uploaded files are scanned for malware once the customer turns on SafeScan.",
            True,
        ),
    ],
)
def test_how_often_when_and_for_what_a_practice_is_stated(
    question: str, text: str, stated: bool
) -> None:
    assert states(question, text) is stated


def test_a_practice_done_less_often_by_its_own_clause_is_no_and_more_often_is_not() -> None:
    from socproc.mapping.signable import less_often

    text = "Snapshots are taken hourly; a restoration test runs once a year."
    assert less_often("Are restores tested at least twice a year?", text)
    assert not less_often("Are snapshots taken at least daily?", text)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Put in the negative: the truthful answer is the opposite one.
        ("Is it correct that your SOC 2 noted no exceptions?", "No"),
        # Put the other way round ("exclude"): for the reviewer, whichever way the fact falls.
        ("Does your SOC 2 report exclude the Availability category?", ""),
        ("Does your SOC 2 report exclude the Privacy category?", ""),
        # Every category, or a length of period.
        ("Does your SOC 2 include all five Trust Services Categories?", "No"),
        ("Does your SOC 2 report cover a period of at least 6 months?", "Yes"),
        ("Does your SOC 1 report cover a period of at least 6 months?", "No"),  # a Type I
        ("Did your SOC 2 report period end within the last 3 months?", "No"),
        # A bridge letter: current as of today, extending which report, issued by whom.
        ("Is your bridge letter current?", "No"),
        ("Does your bridge letter run through the end of March 2026?", "Yes"),
        ("Does your bridge letter extend your SOC 1?", "No"),
        ("Was the bridge letter signed by your service auditor?", "No"),
    ],
)
def test_a_report_attribute_is_answered_truthfully(question: str, expected: str) -> None:
    assert answer(question, YES_NO).answer == expected


def test_a_certificate_that_expired_is_not_held_and_unstated_qualifiers_are_for_review() -> None:
    iso = Report(id="iso", kind="ISO 27001", expires=date(2026, 5, 1), sharing="public")
    pci = Report(id="aoc", kind="PCI DSS", title="PCI DSS SAQ A attestation", sharing="nda")
    inventory = replace(INVENTORY, reports=(SOC2, iso, pci))
    m = answer("Do you hold an ISO 27001 certificate?", YES_NO, inventory)
    assert m.answer == "No" and "expired" in m.suggested_response
    assert answer("Do you hold a PCI DSS Level 1 AoC?", YES_NO, inventory).answer == ""
    assert answer("Does your SOC 2 cover the mobile app?", YES_NO, inventory).answer == ""
    assert answer("Please provide the name of your SOC 1 auditor.", YES_NO).answer == ""


def test_another_organisations_own_report_is_not_answered_by_ours() -> None:
    for asked in (
        "Does Amazon's SOC 2 report note any exceptions?",
        "Does Hetzner hold an ISO 27001 certificate?",
    ):
        m = answer(asked, YES_NO)
        assert (m.answer, m.filled) == ("", False), asked
    # Our report's treatment of the organisation is ours to answer.
    assert answer("Is Amazon carved out of your SOC 2 report?", YES_NO).answer == "Yes"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The subject of a passive question must be named.
        ("Are snapshots retained for at least 30 days?", "Audit logs are retained for 30 days."),
        # Places asked must be the text's, and "only" there.
        (
            "Is customer data hosted only in Ireland?",
            "Customer data is hosted in Ireland, with backups in Belgium.",
        ),
        (
            "Is customer data hosted in Ireland?",
            "Customer data is encrypted with keys held in an HSM.",
        ),
        # What the vendor is, not what its customers are.
        (
            "Are you a PCI service provider?",
            "We serve PCI merchants and service provider customers.",
        ),
        # Less than a number is not the number.
        ("Is the RPO under 4 hours?", "The recovery point objective is 4 hours."),
        # What is done to suppliers is not done for the organisation.
        (
            "Do you run yearly penetration tests?",
            "Key suppliers must run penetration tests yearly.",
        ),
        # Every one of something, and a practice for one named system.
        (
            "Are all repositories scanned for secrets?",
            "Repositories are scanned for secrets for the PayHub gateway.",
        ),
        # A condition on what another party provides.
        (
            "Are fixes always applied within 10 days?",
            "Fixes are applied within 10 days where the maker provides them.",
        ),
    ],
)
def test_a_text_on_another_subject_place_or_scope_does_not_state_it(
    question: str, text: str
) -> None:
    assert not states(question, text)


def test_what_is_stated_of_the_whole_subject_still_states_it() -> None:
    assert states(
        "Are snapshots kept for at least 30 days?", "Nightly snapshots are kept for 30 days."
    )
    assert states("Is customer data hosted in Ireland?", "Customer data is hosted only in Ireland.")
    assert states("Are you a PCI service provider?", "Acme is a PCI DSS service provider.")


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


def test_amounts_in_other_currencies_or_on_another_basis_are_not_compared() -> None:
    cover = ApprovedAnswer("Do you carry cyber insurance?", "Yes, GBP 4 million per claim.")
    for asked in (
        "Do you carry cyber insurance of at least USD 3 million?",
        "Do you carry cyber insurance of at least GBP 5 million in the aggregate?",
    ):
        assert answer(asked, YES_NO, answers=(cover,)).answer == "", asked
    m = answer("Do you carry cyber insurance of at least GBP 5 million?", YES_NO, answers=(cover,))
    assert m.answer == "No" and m.suggested_response.startswith("No. GBP 4 million per claim.")


def test_an_exception_the_report_notes_leaves_an_every_time_question_for_review() -> None:
    restores = Control("BAK-2", "A restore from backup is tested every quarter.")
    missed = ReportException(("A1.3",), "The Q2 backup restore test was not performed.")
    soc2 = replace(SOC2, exceptions=(missed,))
    inventory = replace(INVENTORY, reports=(soc2,), controls=(restores,))
    m = answer("Was a backup restore tested every quarter?", YES_NO, inventory)
    assert (m.answer, m.filled) == ("", False) and "Q2" in m.suggested_response
    # What is done today is still stated (the response discloses the exception).
    assert answer("Are backup restores tested quarterly?", YES_NO, inventory).answer == "Yes"


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


@pytest.mark.parametrize(
    "question",
    [
        "Is your SOC 2 report valid for at least another 12 months?",
        "Was your SOC 2 report issued within 45 days of its period end?",
        "Was your SOC 2 report obtained before 2024?",
        "Does your SOC 2 report cover the billing service?",
        "Is your SOC 2 report inclusive of the mobile app?",
    ],
)
def test_what_holding_a_report_does_not_say_is_for_the_reviewer(question: str) -> None:
    assert answer(question, YES_NO).answer == ""


def test_a_report_period_shorter_or_longer_than_asked_and_a_month_named() -> None:
    assert answer("Is your SOC 2 audit period shorter than 12 months?", YES_NO).answer == "No"
    assert answer("Is your SOC 2 audit period longer than 6 months?", YES_NO).answer == "Yes"
    assert answer("Does your bridge letter run through at least May 2026?", YES_NO).answer == "No"


def test_a_request_for_a_held_report_leaves_a_free_cell_blank_not_a_bare_yes() -> None:
    m = answer("Please provide your most recent SOC 2 Type II report.")
    assert (m.answer, m.status) == ("", Status.COVERED)  # attached, the free cell left blank


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The number is said of another thing in the same sentence.
        ("Is your RPO 2 hours or less?", "Our RPO is 12 hours and our RTO is 2 hours."),
        ("Is TLS 1.0 disabled?", "Endpoints accept TLS 1.0 and TLS 1.2; SSL 3.0 is disabled."),
        # "only" a version when others are accepted; more than the number stated.
        ("Do endpoints accept only TLS 1.2?", "Endpoints accept TLS 1.2 and TLS 1.3."),
        ("Are logs retained for more than 30 days?", "Logs are retained for 30 days."),
        # A share below everyone, and "the same ... as".
        (
            "Have all staff completed security training this year?",
            "Staff completed security training this year: 91% completion.",
        ),
        (
            "Are interns screened the same way as employees?",
            "Interns are screened by their university.",
        ),
        # It depends on the customer.
        (
            "Are uploads encrypted at rest?",
            "Whether uploads are encrypted at rest depends on the customer's bucket settings.",
        ),
    ],
)
def test_a_number_share_or_comparison_not_said_of_what_is_asked(question: str, text: str) -> None:
    assert not states(question, text)


def test_a_named_standard_must_be_the_controls_and_an_exception_is_no_denial() -> None:
    sbom = Control("SBOM-1", "An SBOM in CycloneDX format is published with each release.")
    inventory = replace(INVENTORY, controls=(sbom,))
    assert answer("Is your SBOM published in SPDX format?", YES_NO, inventory).answer == ""
    assert answer("Is your SBOM published in CycloneDX format?", YES_NO, inventory).answer == "Yes"
    assert not denies(
        "Do you store any customer files?",
        "We do not store customer files, except attachments customers add to tickets.",
    )


def test_report_categories_named_with_covering_or_security() -> None:
    assert answer("Do you have a SOC 2 report covering Availability?", YES_NO).answer == "Yes"
    assert answer("Does your SOC 2 cover Security and Privacy?", YES_NO).answer == "No"
    assert answer("Can you provide a copy of your SOC 2 report?", YES_NO).answer == "Yes"


def test_data_outside_any_named_country_is_an_admission_ruled_out_by_only_in() -> None:
    kept = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored only in Australia, in Sydney and Melbourne data centres.",
    )
    m = answer("Is any customer data stored outside Australia?", YES_NO, answers=(kept,))
    assert m.answer == "No"


def test_a_one_word_subject_named_only_in_a_condition_is_not_stated() -> None:
    assert not states("Is there a warranty?", "When a warranty lapses, support ends.")
    assert states("Is there a warranty?", "Every licence includes a one-year warranty.")


def test_subject_matter_beyond_the_criteria_is_for_the_reviewer() -> None:
    asked = "Does your SOC 2 report include HITECH requirements as additional subject matter?"
    assert answer(asked, YES_NO).answer == ""


def test_a_named_tool_is_not_stated_by_monitoring_alone() -> None:
    noc = (
        "Our network operations centre watches uptime; security alerts are triaged around the"
        " clock by an outsourced security operations team."
    )
    assert not states("Have you implemented an intrusion detection system (network-based)?", noc)
    ids = "A network intrusion detection system inspects traffic at the perimeter 24x7."
    assert states("Have you implemented a network intrusion detection system?", ids)


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # The same practice with another number, nothing asked telling them apart.
        (
            "Are backups encrypted with AES-256?",
            "Nightly backups use AES-128; weekly archives use AES-256.",
            False,
        ),
        (
            "Are weekly archives encrypted with AES-256?",
            "Nightly backups use AES-128; weekly archives use AES-256.",
            True,
        ),
        # Every one asked, a word of it said with another number.
        (
            "Do all laptops run disk encryption with 256-bit keys?",
            "Desktops use 256-bit keys; laptops use 128-bit keys.",
            False,
        ),
        # A number in one coordinated part.
        (
            "Is data encrypted at rest and in transit (TLS 1.2 or higher)?",
            "Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher.",
            True,
        ),
        # What can be done with several versions.
        ("Do you support TLS 1.3?", "Endpoints accept TLS 1.2 and TLS 1.3.", True),
        # The last working day is that day.
        (
            "Are leavers' accounts disabled on their last working day?",
            "Leavers' accounts are disabled within 1 business day of their last working day.",
            False,
        ),
        # Opposite qualifiers.
        (
            "Do you use a commercial code scanner?",
            "An open-source code scanner runs on every build.",
            False,
        ),
    ],
)
def test_numbers_versions_days_and_qualifiers(question: str, text: str, stated: bool) -> None:
    assert states(question, text) is stated


def test_report_type_or_bridge_alternatives_and_a_draft_document() -> None:
    assert answer("Do you hold a SOC 2 Type I or Type II report?", YES_NO).answer == "Yes"
    unbridged = replace(INVENTORY, reports=(SOC2,))
    asked = "Does your SOC 2 period end within the last 3 months or is it bridged?"
    assert answer(asked, YES_NO, unbridged).answer == ""
    assert answer("Is your SOC 2 report bridged to the current date?", YES_NO).answer == "No"
    draft = EvidenceDocument(
        "bcp", "Business Continuity Plan (draft)", ("business continuity plan",)
    )
    inventory = replace(INVENTORY, documents=(draft,))
    assert answer("Do you have a business continuity plan?", YES_NO, inventory).answer == ""


def test_an_approved_yes_that_denies_what_another_wording_adds_is_a_draft() -> None:
    basic = ApprovedAnswer(
        "Are you Cyber Essentials certified?", "Yes, Cyber Essentials; not Cyber Essentials Plus."
    )
    m = answer("Are you Cyber Essentials Plus certified?", YES_NO, answers=(basic,))
    assert (m.answer, m.filled) == ("", False)


def test_compliance_with_a_standard_is_not_denied_by_holding_no_attestation() -> None:
    asked = "Are you compliant with the Payment Card Industry Data Security Standard (PCI DSS)?"
    assert answer(asked, YES_NO).answer == ""
    assert answer("Do you have a PCI DSS Attestation of Compliance?", YES_NO).answer == "No"


def test_a_follow_up_question_must_be_stated_too() -> None:
    m = answer("Do you require MFA? If so, is it enforced for contractors?", YES_NO)
    assert (m.answer, m.filled) == ("", False)
    assert answer("Do you require MFA?", YES_NO).answer == "Yes"


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


def test_part_of_the_data_left_unprotected_is_not_all_of_it() -> None:
    text = "Orders are encrypted at rest with AES-256; the CSV export folder is unencrypted."
    assert not states("Is customer data encrypted at rest?", text)
    text = "Orders are encrypted at rest with AES-256; the legacy print archive is not encrypted."
    assert not states("Is customer data encrypted at rest?", text)


def test_the_buyers_own_relationship_and_a_superseded_document_are_not_the_inventorys() -> None:
    ended = Control("DEL-1", "Customer data is deleted within 60 days of contract termination.")
    inventory = replace(INVENTORY, controls=(ended,))
    assert answer("Is there an existing contract?", YES_NO, inventory).answer == ""
    old = EvidenceDocument(
        "bcp", "Business Continuity Plan 2019 (superseded)", ("business continuity plan",)
    )
    inventory = replace(INVENTORY, documents=(old,))
    assert answer("Do you have a business continuity plan?", YES_NO, inventory).answer == ""


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


def test_a_yes_from_another_report_held_leads_with_it_and_names_the_one_not_held_after() -> None:
    soc2_only = replace(INVENTORY, reports=(SOC2,))
    m = answer("Have you undergone an SSAE 18 audit?", YES_NO, soc2_only)
    assert m.answer == "Yes"  # a SOC 2 is an SSAE 18 attestation
    assert m.suggested_response.startswith("Yes. Our SOC 2 Type II report")
    assert m.suggested_response.endswith("We do not currently hold a SOC 1 report.")


def test_a_list_asked_for_is_not_stated_by_a_practice_on_its_subject() -> None:
    breach = "Customers are told of personal data breaches within two days."
    assert not states(
        "Do you have a documented list of personal data your service maintains?", breach
    )
    ropa = "A documented register of personal data categories is maintained."
    assert states("Do you maintain a documented register of personal data?", ropa)


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


def test_a_denial_over_a_shorter_window_does_not_rule_out_a_longer_one() -> None:
    three = ApprovedAnswer(
        "Have you had a data breach?", "We have had no data breaches in the last three years."
    )
    assert (
        answer("Have you had a data breach in the last 5 years?", YES_NO, answers=(three,)).answer
        == ""
    )
    assert (
        answer("Have you had a data breach in the last 2 years?", YES_NO, answers=(three,)).answer
        == "No"
    )
    assert not denies("Have you ever had a data breach?", three.answer)


def test_a_report_question_naming_a_type_is_about_the_report_of_that_type() -> None:
    stale_t2 = replace(SOC2, period_start=date(2023, 1, 1), period_end=date(2023, 12, 31))
    fresh_t1 = Report(
        id="soc2-t1",
        kind="SOC 2",
        type="Type I",
        period_end=date(2026, 3, 31),
        opinion="unqualified",
    )
    inventory = replace(INVENTORY, reports=(replace(stale_t2, opinion="qualified"), fresh_t1))
    current = "Do you have a current SOC 2 Type II report (period ended within the last 12 months)?"
    assert answer(current, YES_NO, inventory).answer == "No"
    period = answer("What period does your most recent SOC 2 Type II report cover?", (), inventory)
    assert period.answer == "2023-01-01 to 2023-12-31"
    held = answer("Do you have a SOC 2 Type II report?", YES_NO, inventory)
    assert held.answer == "Yes" and "2023-12-31 and is not current" in held.suggested_response
    assert "we do not hold a current SOC 2 Type II report" in held.suggested_response
    # Which report "your auditor's opinion" means is for the reviewer when they differ.
    opinion = answer("Did your auditor issue an unqualified opinion?", YES_NO, inventory)
    assert (
        opinion.answer == ""
        and "(soc2-2026) carries a qualified opinion" in opinion.suggested_response
    )
    assert answer("Is your SOC 2 Type I opinion unqualified?", YES_NO, inventory).answer == "Yes"


def test_a_bridge_letter_is_compared_with_the_recent_window_asked() -> None:
    asked = "Do you have a bridge letter covering the period up to the last 60 days?"
    assert answer(asked, YES_NO).answer == "No"  # through 2026-04-30, 61 days before AS_OF
    recent = replace(INVENTORY, reports=(SOC2, replace(BRIDGE, through=date(2026, 5, 31)), SOC1_T1))
    assert answer(asked, YES_NO, recent).answer == "Yes"


def test_an_attestation_for_part_of_the_vendor_is_for_the_reviewer() -> None:
    aoc = Report(
        id="aoc", kind="PCI DSS", scope="the payments module only", expires=date(2027, 1, 1)
    )
    m = answer("Are you PCI DSS compliant?", YES_NO, replace(INVENTORY, reports=(SOC2, aoc)))
    assert m.answer == "" and "the payments module only" in m.suggested_response
    whole = replace(INVENTORY, reports=(SOC2, replace(aoc, scope="Payments")))
    assert answer("Do you have a PCI DSS AoC?", YES_NO, whole).answer == "Yes"
    installed = "Can the application be installed in a PCI DSS-compliant manner?"
    assert answer(installed, YES_NO, whole).answer == ""  # the product, not the attestation


def test_a_practice_with_another_product_left_out_does_not_state_it() -> None:
    split = (
        "Lumen Pay databases are encrypted at rest with AES-256. Lumen Insights warehouse "
        "encryption at rest is a customer-enabled option and is off by default."
    )
    assert not states("Is data encrypted at rest?", split)
    assert states("Is Lumen Pay data encrypted at rest?", split)
    merged = "Changes to Lumen Pay require an approving review; Lumen Insights changes may be merged by the author."
    assert not states("Are changes reviewed and approved?", merged)
    normal = "All production changes are reviewed and approved before deployment."
    assert not states("Do emergency changes require approval before deployment?", normal)


def test_an_acting_lead_is_not_dedicated_security_staff() -> None:
    acting = replace(
        INVENTORY,
        contact=Contact("T. Wren", "t@x.example", "VP Engineering (acting security lead)"),
    )
    assert answer("Do you have dedicated information security staff?", YES_NO, acting).answer == ""
    assert answer("Do you have dedicated information security staff?", YES_NO).answer == "Yes"


def test_the_full_report_is_not_its_summary() -> None:
    summary = EvidenceDocument(
        "pt", "Penetration test executive summary", ("penetration test",), sharing="nda"
    )
    inventory = replace(INVENTORY, documents=(summary,))
    assert (
        answer("Will you share the full penetration test report?", YES_NO, inventory).answer == ""
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Are security logs retained for at least 12 months?", "No"),
        ("Are security logs retained for at least 30 days?", "Yes"),
        ("Is your RTO 4 hours or less?", "No"),
        ("Is your RPO under 4 hours?", "Yes"),  # the 1 hour is said of the RPO
        ("Do passwords require a minimum of 12 characters?", "No"),
        ("Do passwords have at least 8 characters?", "Yes"),
        ("Is your uptime at least 99.9%?", ""),  # no quantity stated for it
    ],
)
def test_a_quantity_stated_is_compared_with_the_bound_asked(question: str, expected: str) -> None:
    stated = (
        Control("LOG-1", "Security logs are retained for 90 days in our SIEM."),
        Control("BCP-1", "Our RTO is 8 hours and our RPO is 1 hour."),
        Control("PW-1", "Passwords must be at least 8 characters long."),
    )
    assert answer(question, YES_NO, replace(INVENTORY, controls=stated)).answer == expected


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


def test_a_carve_out_is_named_only_for_questions_on_what_it_provides() -> None:
    logs = SubserviceOrg("Datadog", "carve-out", ("log management", "monitoring"))
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(logs,)),))
    backups = answer("Are backups of customer data performed daily?", YES_NO, inventory)
    assert "Datadog" not in backups.suggested_response
    monitoring = answer("Are security events logged and monitored centrally?", YES_NO, inventory)
    assert "Datadog is a carved-out subservice organization" in monitoring.suggested_response


@pytest.mark.parametrize(
    ("question", "description"),
    [
        (
            "Do you have a documented business continuity plan?",
            "A business continuity plan is being drafted; the target go-live for a tested "
            "disaster recovery plan is Q2 2027.",
        ),
        (
            "Are internet-facing hosts scanned for vulnerabilities at least weekly?",
            "After go-live of the new scanning service (planned January 2027), we will scan all "
            "internet-facing hosts weekly. Today, scans run quarterly.",
        ),
        (
            "Is SMS accepted as a second factor?",
            "Until 2025 clinicians could use SMS codes as a second factor; since March 2026 "
            "clinician accounts require an authenticator app.",
        ),
        (
            "Do you operate a 24x7 security operations centre?",
            "We used to operate an in-house 24x7 security operations centre; since the 2025 "
            "reorganisation alerts are reviewed on business days.",
        ),
        (
            "Is sensitive data encrypted at rest?",
            "Cardholder data is tokenised and encrypted at rest with AES-256.",
        ),
        (
            "Do all employees and contractors undergo background checks?",
            "Background checks are performed for office staff; warehouse contractors are "
            "checked by their agencies.",
        ),
        (
            "Is your RTO 4 hours or less?",
            "We target an RTO of 4 hours for the Payments API; the Merchant Dashboard targets "
            "an RTO of 24 hours.",
        ),
    ],
)
def test_a_plan_a_past_practice_or_part_of_the_scope_is_not_stated(
    question: str, description: str
) -> None:
    assert not states(question, description)


def test_what_is_in_place_today_is_still_stated() -> None:
    assert states(
        "Is sensitive data encrypted at rest?",
        "The payroll database is encrypted at rest with Transparent Data Encryption (AES-256).",
    )
    assert states(
        "Do all employees complete security awareness training?",
        "All employees complete security awareness training at hire and yearly.",
    )
    assert states("Is cardholder data encrypted at rest?", "Cardholder data is encrypted at rest.")


def test_reports_that_differ_on_what_is_asked_leave_it_for_the_reviewer() -> None:
    dashboard = Report(
        id="soc2-dash",
        kind="SOC 2",
        type="Type II",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        categories=("security", "privacy"),
        exceptions=(ReportException(("CC6.1",), "two leavers kept access"),),
        opinion="qualified",
    )
    clean = replace(SOC2, exceptions=())
    inventory = replace(INVENTORY, reports=(clean, dashboard))
    for asked in (
        "Were any exceptions noted in your SOC 2 report?",
        "Are all of your SOC 2 reports unqualified?",
        "Does your SOC 2 include the Privacy category?",
    ):
        m = answer(asked, YES_NO, inventory)
        assert m.answer == "" and "soc2-dash" in m.suggested_response, asked
    # The most recent one is the one meant when the question says so.
    latest = answer("Were exceptions noted in your most recent SOC 2 report?", YES_NO, inventory)
    assert latest.answer == "No"


def test_a_report_not_held_gives_no_no_to_a_question_about_its_scope() -> None:
    m = answer("Is your ISO 27001 certification scope limited to specific sites?", YES_NO)
    assert m.answer == "" and "We do not currently hold an ISO 27001" in m.suggested_response
    assert answer("Do you have a current ISO 27001 certificate?", YES_NO).answer == "No"


def test_a_document_named_is_not_another_of_its_kind() -> None:
    docs = (
        EvidenceDocument("pp", "Privacy policy", ("privacy policy",), sharing="public"),
        EvidenceDocument("acp", "Access Control Policy (v2.0)", ("access control policy",)),
    )
    inventory = replace(INVENTORY, documents=docs)
    for asked in (
        "Please provide your password policy.",
        "Please provide your Access Control Policy.",
    ):
        m = answer(asked, (), inventory)
        assert "Privacy policy" not in m.answer, asked
    assert (
        "Access Control Policy"
        in answer("Please provide your Access Control Policy.", (), inventory).answer
    )


def test_only_in_a_place_said_of_people_does_not_say_where_data_is() -> None:
    checks = Control("HR-2", "Employees are background-checked only in the United States.")
    inventory = replace(INVENTORY, controls=(checks,))
    asked = "Is customer data stored only within the EU?"
    assert answer(asked, YES_NO, inventory).answer == ""


def test_margie_kinds_a_role_held_besides_another_and_number_words() -> None:
    counsel = ApprovedAnswer(
        "Who is your privacy officer?", "Our General Counsel is also our privacy officer."
    )
    asked = "Do you have a dedicated data privacy staff or office?"
    assert answer(asked, YES_NO, answers=(counsel,)).answer == ""
    team = replace(
        counsel,
        answer="Our security team has 3 people; our General Counsel is also our privacy officer.",
    )
    asked = "Do you have a dedicated information security staff or office?"
    assert (
        answer(asked, YES_NO, answers=(team,), inventory=replace(INVENTORY, contact=None)).answer
        == "Yes"
    )
    dr = Control(
        "DR-2",
        "Our recovery time objective is 4 hours and our recovery point objective is 24 hours.",
    )
    inventory = replace(INVENTORY, controls=(dr,))
    assert (
        answer("Is your recovery point objective one hour or less?", YES_NO, inventory).answer
        == "No"
    )
    assert (
        answer("Is your recovery time objective 4 hours or less?", YES_NO, inventory).answer
        == "Yes"
    )
    prints = Control(
        "HR-3",
        "All employees pass a criminal background check; employees who visit schools also pass "
        "a fingerprint-based check.",
    )
    asked = "Are all employees background checked, including fingerprinting?"
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(prints,))).answer == ""


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


def test_a_vendors_own_cloud_environment_is_not_the_hosting_provider() -> None:
    m = answer("Do you require MFA for administrators of your cloud environment?", YES_NO)
    assert "another organisation" not in m.suggested_response
    hosting = answer("Is a SOC 2 Type 2 report available for the hosting environment?", YES_NO)
    assert hosting.answer == ""


def test_margie_kinds_fields_firm_and_hosting_provider() -> None:
    assert answer("Date").answer == AS_OF.isoformat()  # a form's own date field
    assert (
        answer("Which firm performed your SOC 2 examination?").answer == "Kestrel & Lowe CPAs LLP"
    )
    gps = SubserviceOrg("Vantix Telematics", "inclusive", ("GPS device data",))
    mixed = replace(
        INVENTORY, reports=(replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, gps)),)
    )
    asked = "Are the controls of your hosting provider tested in your SOC 2 report?"
    assert answer(asked, YES_NO, mixed).answer == "No"  # AWS hosts and is carved out
    similar = "Do you use Google Cloud, Microsoft Azure, or a similar outsourced data center?"
    assert answer(similar, YES_NO).answer == "Yes"  # AWS is a similar one


def test_a_no_that_begins_a_sentence_is_not_an_answer_lead() -> None:
    lawsuits = ApprovedAnswer(
        "Is there any pending or past litigation related to security or privacy?",
        "No lawsuit has been filed against us related to security or privacy. A claim after the "
        "2025 incident was settled without litigation.",
    )
    asked = "Is your company currently party to any lawsuit related to security or privacy?"
    m = answer(asked, YES_NO, answers=(lawsuits,))
    assert m.answer == "No" or "low confidence" in m.suggested_response
    assert denies(asked, lawsuits.answer)
    # "not ... without MFA" is a condition; "settled without litigation" is none.
    assert not denies("Do you allow remote access?", "Remote access is not permitted without MFA.")


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


def test_what_the_vendor_is_asked_to_do_must_be_said() -> None:
    ml = (
        "Route optimisation uses a machine learning model that we train on de-identified GPS "
        "traces from all customers."
    )
    assert not states("Do you watermark your ML training data?", ml)
    assert not states("Do you separate ML training data from your ML solution data?", ml)
    assert states("Do you train ML models on customer data?", ml)
    notified = "Customers are notified of a security incident affecting their data within 72 hours."
    assert states("Do you inform affected customers about security incidents?", notified)


def test_seventh_probe_kinds_on_reports() -> None:
    old = replace(
        SOC2, id="soc2-2022", period_start=date(2022, 1, 1), period_end=date(2022, 12, 31)
    )
    t1 = Report(
        id="soc2-t1",
        kind="SOC 2",
        type="Type I",
        period_end=date(2026, 3, 31),
        opinion="unqualified",
    )
    inventory = replace(INVENTORY, reports=(old, t1))
    assert answer("Do you have a current SOC 2 Type II report?", YES_NO, inventory).answer == "No"
    assert answer("Is your most recent SOC 2 report a Type II?", YES_NO, inventory).answer == "No"
    one = replace(INVENTORY, reports=(SOC2,))  # one exception, an unqualified opinion
    assert (
        answer("Have you had any SOC 2 report with a qualified opinion?", YES_NO, one).answer
        == "No"
    )
    assert answer("Was your previous SOC 2 report qualified?", YES_NO, one).answer == ""
    asked = "Has an independent auditor tested your disaster recovery controls with no exceptions?"
    assert answer(asked, YES_NO, one).answer == ""


def test_seventh_probe_kinds_on_quantities_and_groups() -> None:
    controls = (
        Control("RET-1", "Customer telemetry is retained for 13 months."),
        Control(
            "LOG-1",
            "Security logs are kept searchable for 6 months and then archived for a further 2 years.",
        ),
        Control(
            "PW-1",
            "Administrator accounts use passphrases of at least 16 characters. Operator accounts accept passwords of 8 characters.",
        ),
        Control(
            "USB-1",
            "Office staff use thin clients with USB storage disabled. Field staff use laptops on which USB storage is allowed.",
        ),
        Control(
            "BAK-1",
            "Until 2024 backups were written to tape and stored offsite by Iron Mountain; backups are now replicated to our second site.",
        ),
    )
    inventory = replace(INVENTORY, controls=controls)
    assert answer("Are security logs kept for at least 2 years?", YES_NO, inventory).answer == ""
    assert (
        answer("Do administrator passwords have at least 12 characters?", YES_NO, inventory).answer
        == "Yes"
    )
    assert answer("Do field staff laptops block USB storage?", YES_NO, inventory).answer == ""
    assert (
        answer("Do you currently use Iron Mountain for offsite backup?", YES_NO, inventory).answer
        == ""
    )
    logs_only = replace(INVENTORY, controls=controls[1:2])
    assert (
        answer("Do you retain customer data no longer than 7 years?", YES_NO, logs_only).answer
        == ""
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


def test_proseware_kinds_past_plans_and_outsourced_offices() -> None:
    assert not states(
        "Are you using a web application firewall (WAF)?",
        "We stopped using a web application firewall in March 2025.",
    )
    assert not states(
        "Do you have a documented Business Continuity Plan (BCP)?",
        "We are writing a business continuity plan; it is due for approval in June 2027.",
    )
    dpo = ApprovedAnswer(
        "Who is your DPO?", "The Data Protection Officer is an external firm, Privacyhuis B.V."
    )
    asked = "Do you have a dedicated data privacy staff or office?"
    assert (
        answer(asked, YES_NO, answers=(dpo,), inventory=replace(INVENTORY, contact=None)).answer
        == ""
    )


def test_a_practice_only_past_or_planned_is_no_today() -> None:
    controls = (
        Control(
            "WAF-1",
            "We stopped using a web application firewall in March 2025; rate limiting is used instead.",
        ),
        Control(
            "BCP-1",
            "We are writing a business continuity plan; it is due for approval in June 2027.",
        ),
    )
    inventory = replace(INVENTORY, controls=controls)
    assert (
        answer("Are you using a web application firewall (WAF)?", YES_NO, inventory).answer == "No"
    )
    assert (
        answer("Do you have a documented Business Continuity Plan (BCP)?", YES_NO, inventory).answer
        == "No"
    )
    # What is asked of another time is not answered from it.
    assert answer("Do you plan to deploy a WAF?", YES_NO, inventory).answer == ""
    assert answer("Have you ever used a web application firewall?", YES_NO, inventory).answer == ""


def test_a_certificate_valid_through_a_date_and_an_attestation_that_is_current() -> None:
    iso = Report(id="iso", kind="ISO 27001", expires=date(2027, 11, 3))
    aoc = Report(id="aoc", kind="PCI DSS", expires=date(2026, 3, 14))
    inventory = replace(INVENTORY, reports=(SOC2, iso, aoc))
    asked = "Is your ISO 27001 certificate valid through at least the end of 2027?"
    assert answer(asked, YES_NO, inventory).answer == "No"
    into = "Is your ISO 27001 certificate valid until at least 2027?"
    assert answer(into, YES_NO, inventory).answer == ""  # into 2027 or through it: the reviewer's
    assert (
        answer("Is your PCI DSS Attestation of Compliance current?", YES_NO, inventory).answer
        == "No"
    )
    asked = "Do you have a current, executed within the past year, Attestation of Compliance (AoC)?"
    assert answer(asked, YES_NO, inventory).answer == "No"


def test_eighth_probe_kinds() -> None:
    # Other organisations' practices and reports are theirs.
    assert answer("Do all your subprocessors hold SOC 2 or ISO 27001?", YES_NO).answer == ""
    # Two reports compared are for the reviewer, and neither is presupposed held.
    assert answer("Is your SOC 3 more recent than your SOC 2?", YES_NO).answer == ""
    soc3 = Report(id="soc3", kind="SOC 3", period_end=date(2026, 6, 30), sharing="public")
    both = replace(INVENTORY, reports=(SOC2, soc3))
    assert answer("Is your SOC 3 for the same period as your SOC 2?", YES_NO, both).answer == ""
    # A Type I does not answer for the Type II asked, by date or by what was tested.
    t1 = Report(id="t1", kind="SOC 2", type="Type I", period_end=date(2026, 5, 31))
    only_t1 = replace(INVENTORY, reports=(t1,))
    asked = "Do you have a current SOC 2 Type II report (period ended within the last 12 months)?"
    assert answer(asked, YES_NO, only_t1).answer != "Yes"
    asked = "Has your auditor tested the operating effectiveness of your controls over a period of time?"
    assert answer(asked, YES_NO, only_t1).answer == "No"
    # Another party's duty, keys someone else manages, hyphenated number words.
    duty = "Hospitals are responsible for securing the clinic workstations."
    assert not states("Is workstation security the vendor's responsibility?", duty)
    google = "Recordings are encrypted at rest with Google-managed keys."
    assert not states("Do you encrypt data at rest using keys you manage yourself?", google)
    kept = Control("BK-1", "Backups are kept for thirty-five days.")
    inventory = replace(INVENTORY, controls=(kept,))
    assert answer("Are backups kept for at least thirty days?", YES_NO, inventory).answer == "Yes"
    assert answer("Are backups kept for at least forty days?", YES_NO, inventory).answer == "No"


def test_a_provider_question_is_not_ruled_out_by_words_about_the_vendor() -> None:
    keys = ApprovedAnswer(
        "Who manages encryption keys?",
        "Our cloud provider encrypts its storage volumes by default. We do not manage our own "
        "encryption keys.",
    )
    asked = "Does your cloud provider have access to your encryption keys?"
    assert answer(asked, YES_NO, answers=(keys,)).answer == ""


def test_wingtip_kinds() -> None:
    bcp = "Our business continuity plan is reviewed every year and was last tested in August 2026."
    assert not states("Do you have a documented BCP that is tested annually?", bcp)
    assert states("Do you have a documented BCP that is reviewed annually?", bcp)
    notify = Control(
        "IR-1",
        "We will notify affected customers of a confirmed security incident within 72 hours.",
    )
    inventory = replace(INVENTORY, controls=(notify,))
    assert (
        answer(
            "Do you inform affected customers about security incidents?", YES_NO, inventory
        ).answer
        == "Yes"
    )
    claims = ApprovedAnswer(
        "Is there any litigation against the company?",
        "A former employee has filed a claim, which is pending. There is no litigation relating "
        "to security, privacy or our customers.",
    )
    asked = "Is there any pending litigation against your company?"
    assert answer(asked, YES_NO, answers=(claims,)).answer != "No"
    asked = "Is the period end of your most recent SOC 2 Type II report more than 12 months ago?"
    assert answer(asked, YES_NO).answer == "No"  # 2026-01-31, five months before AS_OF
    asked = "Were backup restore tests performed every quarter during your last SOC 2 period?"
    assert answer(asked, YES_NO).answer == ""
    tenant = "All customers share a multi-tenant platform. Dedicated single-tenant hosting is available on the Government plan only."
    assert not states(
        "Does the environment provide for dedicated single-tenant capabilities?", tenant
    )


def test_ninth_probe_kinds() -> None:
    masked = Control(
        "DEV-1", "Production data copied to staging is masked only for the name and address fields."
    )
    assert answer("Solution Name", (), replace(INVENTORY, controls=(masked,))).answer == ""
    insurance = ApprovedAnswer(
        "Do you carry cyber insurance?",
        "Yes, with a limit of EUR 5 million in aggregate and a sublimit of EUR 500,000 for ransomware.",
    )
    asked = "Is ransomware covered up to at least EUR 1 million?"
    assert answer(asked, YES_NO, answers=(insurance,)).answer == ""
    soc = "Alerts are triaged 24x7 for the scoring platform only; the claims portal is monitored during business hours."
    assert not states("Is the claims portal monitored by a 24x7 SOC?", soc)
    assert not states(
        "Is the survey builder WCAG 2.1 AA conformant?",
        "The survey builder partially conforms to WCAG 2.1 AA.",
    )
    uploads = "Databases are encrypted at rest; file uploads for legacy studies are stored without encryption at rest."
    assert not states("Is sensitive data encrypted at rest?", uploads)
    hotfix = "Code changes are peer reviewed before deployment; emergency hotfixes are deployed by one engineer and reviewed within 48 hours."
    assert not states("Are all code changes peer reviewed before deployment?", hotfix)
    isae = Report(
        id="isae",
        kind="ISAE 3000",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
    )
    inventory = replace(INVENTORY, reports=(isae,))
    assert answer("Have you undergone a SSAE 18/SOC 2 audit?", YES_NO, inventory).answer == ""


def test_relecloud_kinds() -> None:
    soc1 = Report(
        id="soc1",
        kind="SOC 1",
        type="Type II",
        period_start=date(2024, 7, 1),
        period_end=date(2025, 6, 30),
    )
    inventory = replace(INVENTORY, reports=(soc1,))
    asked = "Does your SOC 1 report cover a period ending in the last 12 months?"
    assert answer(asked, YES_NO, inventory).answer == "No"  # ended a year before AS_OF
    lawsuit = ApprovedAnswer(
        "Is there any litigation against the company?",
        "We are a defendant in a putative class action; it is pending. We are not a party to "
        "any litigation about data security.",
    )
    asked = "Is your company currently party to any pending litigation?"
    assert answer(asked, YES_NO, answers=(lawsuit,)).answer != "No"
    ml = (
        "We use a machine-learning model we trained on our own historical court records. We do "
        "not use generative AI in reports, and customer data is not shared with any AI vendor."
    )
    assert not denies("Do you use customer or candidate data to train AI models?", ml)
    qes = "Proseware is not a qualified trust service provider and does not offer qualified electronic signatures."
    assert denies("Do you offer qualified electronic signatures under eIDAS?", qes)
    sso = "Employer users sign in with email and password; SAML single sign-on is available on the Enterprise plan."
    assert not states("Does your solution support single sign-on (SSO)?", sso)


def test_tenth_probe_and_lucerne_kinds() -> None:
    firmware = (
        "Code changes to Project Hub are reviewed by a second engineer before merge; the Site "
        "Gateway firmware is built and released by a single engineer."
    )
    assert not states("Is firmware code reviewed by a second engineer?", firmware)
    http = "All traffic uses TLS 1.2, but the appliance's local web interface uses plain HTTP."
    assert not states("Is the transport of sensitive data encrypted?", http)
    updates = "Site Gateway firmware updates are released quarterly and installed by the customer."
    assert not states("Are firmware updates installed automatically by the vendor?", updates)
    disk = "The Site Gateway stores photos on a local disk; disk encryption is available but must be turned on by the customer."
    assert not states("Is data encrypted at rest on the Site Gateway?", disk)
    kiosk = Control("IAM-6", "Self-checkout sessions on Lucerne Kiosk end after 90 seconds.")
    tests = Control(
        "VUL-2",
        "The staff client and API are penetration tested every year. Lucerne Kiosk has never been penetration tested.",
    )
    inventory = replace(INVENTORY, controls=(kiosk, tests))
    assert (
        answer("Has the self-checkout kiosk been penetration tested?", YES_NO, inventory).answer
        != "Yes"
    )
    patron = (
        "Patron PINs and passwords are stored as bcrypt hashes and are never stored in plain text."
    )
    assert not denies("Are you storing any passwords in plaintext?", patron)
    general = f"{patron} Passwords are never stored or logged in plain text."
    assert denies("Are you storing any passwords in plaintext?", general)


def test_eleventh_probe_kinds() -> None:
    assert answer("Is Stripe carved out of your SOC 2?", YES_NO).answer == ""  # not named
    stopped = Control(
        "PT-1", "We stopped annual third-party penetration testing after the 2024 test."
    )
    inventory = replace(INVENTORY, controls=(stopped,))
    assert (
        answer("Do you perform annual third-party penetration tests?", YES_NO, inventory).answer
        == "No"
    )
    sharing = (
        "Backer emails are shared with campaign creators; backers cannot opt out of this sharing."
    )
    assert not states("Can backers opt out of email sharing?", sharing)
    insured = (
        "Cyber insurance covers our services; claims arising from the payouts service are excluded."
    )
    assert not states("Does your insurance cover all services?", insured)
    stored = "Identity documents of campaign creators are stored by Onfido, not by FundHarbor."
    assert not states("Do you store identity documents?", stored)
    saq = ApprovedAnswer("PCI?", "Molarly completes SAQ A each year for its payment page.")
    asked = "Do you have a current PCI DSS Attestation of Compliance?"
    assert answer(asked, YES_NO, answers=(saq,)).answer == ""
    assert answer(asked, YES_NO).answer == "No"  # no word of it anywhere: not held


def test_twelfth_probe_kinds() -> None:
    iso = Report(
        id="iso", kind="ISO 27001", expires=date(2027, 2, 28), scope="the Manchester print lab only"
    )
    m = answer(
        "Do you follow an industry standard framework (e.g. ISO 27001)?",
        YES_NO,
        replace(INVENTORY, reports=(SOC2, iso)),
    )
    assert m.answer == "Yes" and "the Manchester print lab only" in m.suggested_response
    none = Control(
        "HR-9", "We intend to introduce background checks during 2027; none are performed today."
    )
    m = answer(
        "Do you perform background checks on employees?",
        YES_NO,
        replace(INVENTORY, controls=(none,)),
    )
    assert m.answer == "No" and "tested in" not in m.suggested_response


def test_a_third_party_assessment_in_the_window_is_a_pen_test_report_dated_in_it() -> None:
    asked = "Have your systems had a third-party security assessment completed in the last year?"
    pentest = EvidenceDocument(
        "pt", "Penetration test summary (Kestrel, May 2026)", ("pen test",), date(2026, 5, 2)
    )
    m = answer(asked, YES_NO, replace(INVENTORY, documents=(pentest,)))
    assert m.answer == "Yes" and "penetration test summary" in m.suggested_response
    # A SOC 2 examination ending in the window (SOC2's ended 2026-01-31) is for the reviewer
    # to put forward; an older test or an internal one says nothing.
    assert answer(asked, YES_NO).answer == ""
    old_test = replace(pentest, date=date(2024, 5, 2))
    assert answer(asked, YES_NO, replace(INVENTORY, documents=(old_test,))).answer == ""
    internal = replace(pentest, title="Internal penetration test notes")
    assert answer(asked, YES_NO, replace(INVENTORY, documents=(internal,))).answer == ""


def test_a_stale_report_superseded_by_a_current_one_does_not_hold_its_answer_back() -> None:
    old_t1 = Report(
        id="soc2-t1",
        kind="SOC 2",
        type="Type I",
        period_end=date(2023, 6, 30),
        opinion="unqualified",
    )
    inventory = replace(INVENTORY, reports=(SOC2, old_t1))
    m = answer("Did your SOC 2 auditor note any exceptions?", YES_NO, inventory)
    assert m.answer == "Yes" and "CC6.3" in m.suggested_response


def test_mfa_a_customer_administrator_turns_on_is_not_required() -> None:
    mfa = Control(
        "APP-01",
        "Multi-factor authentication for users is available on all plans but is turned on by "
        "each customer's administrator.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    asked = "Do you require multifactor authentication for all administrative accounts?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Acme Kiosk in the scope of your SOC 2?", "No"),
        ("Is the Acme Pay app covered by your SOC 2 report?", "Yes"),
        ("Does your SOC 2 report cover Acme Pay?", "Yes"),
        ("Is Acme Ledger within the scope of your SOC 2 examination?", ""),  # not said
        ("Is the Privacy category in the scope of your SOC 2?", "No"),  # a category, not a part
    ],
)
def test_a_named_part_is_in_or_out_of_a_report_scope_as_the_scope_says(
    question: str, expected: str
) -> None:
    scoped = replace(
        SOC2, scope="Acme Pay web application and API; Acme Kiosk (card readers) is not in scope"
    )
    assert answer(question, YES_NO, replace(INVENTORY, reports=(scoped,))).answer == expected


def test_a_scope_limited_to_one_product_leaves_another_out() -> None:
    only = replace(SOC2, scope="Acme Pay only")
    m = answer("Does your SOC 2 cover Acme Ledger?", YES_NO, replace(INVENTORY, reports=(only,)))
    assert m.answer == "No" and "Acme Pay only" in m.suggested_response


def test_compliance_with_one_certifiable_standard_is_answered_by_its_certificate() -> None:
    assert answer("Do you comply with ISO 9001?", YES_NO).answer == "No"
    iso = Report(id="iso", kind="ISO 27001", issued=date(2025, 9, 1), expires=date(2028, 8, 31))
    held = replace(INVENTORY, reports=(SOC2, iso))
    assert answer("Are you compliant with ISO 27001?", YES_NO, held).answer == "Yes"
    # A standard among examples, or PCI DSS (it may not apply to the product), is not.
    assert answer("Do you comply with a framework such as ISO 9001?", YES_NO).answer == ""
    assert answer("Is your product PCI DSS compliant?", YES_NO).answer == ""


def test_a_credential_named_by_its_own_name_is_answered_by_that_report_only() -> None:
    c5 = Report(
        id="c5",
        kind="other",
        title="BSI C5:2020 Type 2 attestation",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
    )
    asked = "Is your BSI C5 attestation current, with a period ending in the last 12 months?"
    m = answer(asked, YES_NO, replace(INVENTORY, reports=(SOC2, c5)))
    assert m.answer == "No" and "BSI C5:2020 Type 2 attestation (c5)" in m.suggested_response
    # Not held: the SOC 2's period does not answer for it.
    assert answer(asked, YES_NO, replace(INVENTORY, reports=(SOC2,))).answer != "Yes"


def test_two_controls_answer_together_only_on_one_subject() -> None:
    bcp = Control("BCP-01", "Our business continuity plan is reviewed every year.", ("A1.3",))
    change = Control("CHG-01", "Production changes are approved by the product owner.", ("CC8.1",))
    inventory = replace(INVENTORY, controls=(bcp, change))
    asked = "Is an owner assigned who is responsible for the maintenance and review of the BCP?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_only_in_a_country_with_another_country_in_the_same_sentence_is_not_only_there() -> None:
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored only in Germany, in Frankfurt, and in encrypted backups in "
        "Helsinki, Finland.",
    )
    m = answer("Is any of our data stored outside Germany?", YES_NO, answers=(where,))
    assert m.answer != "No"
    plain = replace(where, answer="Customer data is stored only in Germany, in Frankfurt.")
    assert answer("Is any data stored outside Germany?", YES_NO, answers=(plain,)).answer == "No"


def test_every_plan_is_not_stated_by_one_named_plan() -> None:
    esign = Control(
        "GXP-01", "The GxP Enterprise plan of Acme Bench provides electronic signatures.", ()
    )
    inventory = replace(INVENTORY, controls=(esign,))
    every = "Are electronic signatures available on every Acme Bench plan?"
    assert answer(every, YES_NO, inventory).answer != "Yes"


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


def test_a_scope_that_excludes_a_topic_or_keeps_to_a_part_answers_no() -> None:
    soc1 = replace(
        SOC1_T1,
        scope="Invoice calculation and delivery. Review and security of customer documents are "
        "not in scope.",
    )
    inventory = replace(INVENTORY, reports=(soc1,))
    asked = "Does your SOC 1 report cover controls over the security of our documents?"
    assert answer(asked, YES_NO, inventory).answer == "No"
    assert answer("Does your SOC 1 report cover invoicing?", YES_NO, inventory).answer == ""
    iso = Report(
        id="iso",
        kind="ISO 27001",
        issued=date(2025, 9, 1),
        expires=date(2028, 8, 31),
        scope="Cloud operations at the Dortmund office. Gateway manufacture is excluded.",
    )
    held = replace(INVENTORY, reports=(SOC2, iso))
    assert answer("Is your ISO 27001 certification company-wide?", YES_NO, held).answer == "No"
    whole = replace(iso, scope="The whole organisation")
    assert (
        answer(
            "Is your ISO 27001 certification company-wide?", YES_NO, replace(held, reports=(whole,))
        ).answer
        == "Yes"
    )


def test_a_number_said_of_another_thing_does_not_state_the_one_asked() -> None:
    logs = "Cloud platform logs are kept for 90 days in our SIEM. Gateway logs stay on the gateway for 7 days."
    assert not states("Are gateway logs retained for 90 days?", logs)
    assert states("Are cloud platform logs retained for 90 days?", logs)
    one_year = (
        "Security logs are kept for one year. The audit trail of a matter is kept for two years."
    )
    assert not states("Are security logs retained for two years?", one_year)


def test_what_other_people_do_is_not_said_of_the_people_asked() -> None:
    training = (
        "Employees complete security awareness training every year. Partner field technicians "
        "receive a security briefing when they are onboarded."
    )
    assert not states(
        "Do partner technicians complete annual security awareness training?", training
    )
    assert states("Do employees complete annual security awareness training?", training)
    checks = "Background checks of contract attorneys are carried out by our staffing partner."
    assert not states("Are contract attorneys background checked by you?", checks)


def test_a_last_occurrence_older_than_the_period_asked_is_a_no() -> None:
    restore = Control(
        "BK-2", "Databases are backed up daily. The last restore test was in October 2024.", ()
    )
    inventory = replace(INVENTORY, controls=(restore,))
    # AS_OF is 2026-06-30: October 2024 is more than a year before.
    assert (
        answer("Are backup restores tested at least once a year?", YES_NO, inventory).answer == "No"
    )
    assert answer("Are backups taken daily?", YES_NO, inventory).answer == "Yes"
    recent = replace(restore, description="The last restore test was in March 2026.")
    m = answer("Are restores tested annually?", YES_NO, replace(INVENTORY, controls=(recent,)))
    assert m.answer != "No"


def test_a_practice_switched_off_is_past() -> None:
    sast = Control(
        "CHG-1",
        "Changes are peer reviewed; in 2023 we also ran static code analysis on every merge "
        "request, but this was switched off during the move to the new pipeline.",
        (),
    )
    m = answer("Do you run static code analysis?", YES_NO, replace(INVENTORY, controls=(sast,)))
    assert m.answer == "No"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Do you provide a software bill of materials for all software you deliver to us?",
            "An SBOM is produced for each firmware release; no SBOM is produced for the cloud "
            "platform.",
        ),
        (
            "Is data on gateways encrypted at rest?",
            "Telemetry travels from gateway to cloud over TLS 1.3. In the cloud, data is "
            "encrypted at rest with AES-256.",
        ),
        (
            "Are security alerts reviewed outside business hours?",
            "Security alerts are reviewed on working days from 07:00 to 19:00; outside these "
            "hours an engineer is paged only for platform outages.",
        ),
    ],
)
def test_a_part_ruled_out_scoped_elsewhere_or_restricted_is_not_stated(
    question: str, text: str
) -> None:
    assert not states(question, text)


def test_a_scoped_sentence_still_states_what_it_is_about() -> None:
    text = "Telemetry travels over TLS 1.3. In the cloud, data is encrypted at rest with AES-256."
    assert states("Is data encrypted at rest?", text)


def test_another_organisations_credential_is_not_ours() -> None:
    for asked in (
        "Does Calloway Support Partners have a SOC 2 report?",
        "Does your bank-file transmission provider hold its own SOC 1 report?",
    ):
        m = answer(asked, YES_NO)
        assert m.answer == "" and m.filled is False, asked
    assert answer("Do you have a SOC 2 report?", YES_NO).answer == "Yes"


def test_a_credential_named_by_its_own_name_and_not_held_is_a_no() -> None:
    m = answer("Is your MTCS certificate currently valid?", YES_NO)
    assert m.answer == "No" and "MTCS" in m.suggested_response
    dptm = "Is your Data Protection Trustmark (DPTM) certification current?"
    assert answer(dptm, YES_NO).answer == "No"
    # Something stored is not something held.
    assert (
        answer("Are medical certificates or diagnoses stored in your system?", YES_NO).answer == ""
    )


def test_a_soc_1_asked_with_its_ssae_standard_is_not_answered_by_a_soc_2() -> None:
    inventory = replace(INVENTORY, reports=(SOC2,))
    asked = "Do you have a SOC 1 Type II (SSAE 18) or equivalent ISAE 3402 report?"
    assert answer(asked, YES_NO, inventory).answer == "No"


def test_another_partys_duty_or_act_is_not_the_vendors() -> None:
    consent = "Clinics are responsible for obtaining patients' consent to SMS reminders."
    assert not states("Do you obtain patient consent for SMS reminders?", consent)
    screened = "Support agents of Calloway are screened by Calloway under its own policy."
    assert not states("Do you screen the Calloway support agents yourselves?", screened)


def test_the_means_asked_must_be_stated() -> None:
    link = "Patients sign in with a one-time link sent by SMS or email."
    assert not states("Do patients sign in with a password?", link)
    assert not states("Do clinic staff sign in with a password?", link)


def test_a_bridge_letter_is_compared_with_the_date_or_window_asked() -> None:
    # BRIDGE runs through 2026-04-30; AS_OF is 2026-06-30.
    assert answer("Is there a bridge letter through the end of Q3 2026?", YES_NO).answer == "No"
    assert answer("Is there a bridge letter through the end of Q1 2026?", YES_NO).answer == "Yes"
    within = "Does your bridge letter extend to within the last three months?"
    assert answer(within, YES_NO).answer == "Yes"
    since = "Can you provide a bridge letter covering the period since your report ended?"
    assert answer(since, YES_NO).answer == "No"


def test_exceptions_on_a_named_topic_are_found_by_their_summary() -> None:
    # SOC2's one exception: "one access review was late" (CC6.3).
    on = answer("Did your auditor note any exceptions related to access reviews?", YES_NO)
    assert on.answer == "Yes" and "access review was late" in on.suggested_response
    off = answer("Did your auditor note any exceptions in change management?", YES_NO)
    assert off.answer == ""


def test_a_planned_amount_is_not_held_today() -> None:
    cover = ApprovedAnswer(
        "Do you carry cyber insurance?",
        "Yes, USD 3 million of cyber liability insurance; we plan to raise it to USD 5 million "
        "at renewal in January 2027.",
    )
    asked = "Does your company hold cyber insurance of at least USD 5 million?"
    assert answer(asked, YES_NO, answers=(cover,)).answer == "No"
    held = answer("Do you carry cyber insurance?", YES_NO, answers=(cover,))
    assert held.answer == "Yes"


def test_a_part_the_scope_does_not_name_is_not_in_it_by_holding_the_report() -> None:
    scoped = replace(
        SOC2, scope="Acme Pay web application and API; the Acme Claims mobile app is not in scope"
    )
    inventory = replace(INVENTORY, reports=(scoped,))
    assert (
        answer("Does your SOC 2 report include the claims mobile app?", YES_NO, inventory).answer
        == "No"
    )
    assert answer("Does your SOC 2 report cover Acme Travel?", YES_NO, inventory).answer == ""
    conditional = "Payroll files are PGP-encrypted only where the client supplies a public key."
    assert not states("Are payroll files PGP-encrypted by default?", conditional)


def test_a_plan_or_a_move_still_under_way_is_not_in_place_for_the_group_named() -> None:
    mfa = (
        "Staff sign in with multi-factor authentication. MFA is enforced for the Singapore "
        "office; the Kuala Lumpur office is being moved to MFA by March 2027."
    )
    assert not states("Do Kuala Lumpur staff use multi-factor authentication?", mfa)
    otp = (
        "Administrators on the Enterprise plan can turn on SMS one-time passwords; on the "
        "Essentials plan sign-in is with username and password only."
    )
    assert not states("Do Essentials-plan clients get SMS one-time passwords?", otp)


def test_the_newest_report_is_asked_whether_it_tests_operating_effectiveness() -> None:
    old_t2 = replace(
        SOC2, id="soc2-2023", period_start=date(2022, 4, 1), period_end=date(2023, 3, 31)
    )
    new_t1 = Report(id="soc2-t1", kind="SOC 2", type="Type I", period_end=date(2026, 3, 31))
    inventory = replace(INVENTORY, reports=(old_t2, new_t1))
    latest = "Does your most recent SOC 2 report include tests of operating effectiveness?"
    assert answer(latest, YES_NO, inventory).answer == "No"
    # "your SOC 2" of a current Type I and a stale Type II: which one is meant is for the reviewer.
    either = "Does your SOC 2 report test operating effectiveness over at least 6 months?"
    assert answer(either, YES_NO, inventory).answer == ""


def test_a_time_limit_said_of_other_people_is_not_said_of_the_people_asked() -> None:
    text = (
        "Accounts of departing employees are disabled within 24 hours; contract reviewer "
        "accounts are disabled when the staffing partner notifies us."
    )
    assert not states("Are contract reviewers' accounts disabled within 24 hours?", text)
    assert states("Are departing employees' accounts disabled within 24 hours?", text)


def test_a_bound_is_judged_by_the_sentence_on_what_is_bounded() -> None:
    logs = (
        "Cloud platform logs are collected centrally in our SIEM and kept for 90 days. Gateway "
        "logs stay on the gateway for 7 days."
    )
    assert states("Are cloud platform logs retained for at least 3 months?", logs)
    backups = Control("BK-3", "Cloud databases are backed up daily and kept for 30 days.", ())
    m = answer(
        "Are cloud logs kept for three months or more?",
        YES_NO,
        replace(INVENTORY, controls=(backups,)),
    )
    assert m.answer != "No"


def test_a_bridge_letter_gap_is_asked_the_other_way_round() -> None:
    # BRIDGE runs through 2026-04-30; AS_OF is 2026-06-30.
    assert answer("Has your bridge letter lapsed?", YES_NO).answer == "Yes"
    gap = "Is there any gap between the end of your bridge letter and today?"
    assert answer(gap, YES_NO).answer == "Yes"
    upto = "Does the bridge letter cover the period up to the date of this questionnaire?"
    assert answer(upto, YES_NO).answer == "No"
    none = replace(INVENTORY, reports=(SOC2,))
    assert answer("Has your bridge letter lapsed?", YES_NO, none).answer == ""


def test_an_opinion_on_operating_effectiveness_comes_from_a_type_ii_only() -> None:
    t1 = Report(
        id="t1", kind="SOC 2", type="Type I", period_end=date(2026, 3, 31), opinion="unqualified"
    )
    asked = "Does your current SOC 2 provide an opinion on operating effectiveness?"
    assert answer(asked, YES_NO, replace(INVENTORY, reports=(t1,))).answer == "No"
    assert answer(asked, YES_NO).answer == "Yes"


def test_describe_how_something_is_done_needs_the_act() -> None:
    leavers = "Contract reviewer accounts are disabled when the staffing partner notifies us."
    assert not states("Describe how contract reviewers are vetted.", leavers)
    assert states("Describe how backups are encrypted.", "Backups are encrypted with AES-256.")


def test_data_going_out_of_a_country_from_where_it_is_kept_or_seen() -> None:
    asked = (
        "Is institutional data coming into or going out of the United States at any point "
        "during collection, processing, storage, or archiving?"
    )
    abroad = ApprovedAnswer(
        "Where is customer data stored?",
        "All customer data is stored in AWS us-east-1 in the United States; our support team "
        "in Pune, India can view it.",
    )
    assert answer(asked, YES_NO, answers=(abroad,)).answer == "Yes"
    home = replace(abroad, answer="All customer data is stored in the United States.")
    assert answer(asked, YES_NO, answers=(home,)).answer == ""  # a list is no No
    chosen = replace(
        abroad,
        answer="Data is stored only in the region the customer chooses, Canada Central or East US 2.",
    )
    assert answer(asked, YES_NO, answers=(chosen,)).answer == ""


def test_a_document_title_with_a_name_after_its_noun_reads_in_lower_case() -> None:
    from socproc.mapping.wording import lower_first

    assert lower_first("Penetration test summary for Ferncrest Book") == (
        "penetration test summary for Ferncrest Book"
    )
    assert lower_first("Information Security Policy") == "Information Security Policy"


def test_a_bound_on_a_thing_with_no_quantity_of_its_own_is_not_judged() -> None:
    text = (
        "Security logs are kept for one year. The document-level audit trail is kept for the "
        "life of the matter."
    )
    assert not states("Is the document audit trail kept for at least one year?", text)
    assert states("Are security logs retained for at least 6 months?", text)
    audit = Control("LOG-9", text, ())
    m = answer(
        "Is the document audit trail retained for at least 7 years?",
        YES_NO,
        replace(INVENTORY, controls=(audit,)),
    )
    assert m.answer != "No"


def test_a_quantity_true_of_one_named_product_is_not_the_services() -> None:
    dr = (
        "Acme Book has an RTO of 4 hours and fails over to a second region. Acme Video runs in "
        "one region only and has no failover."
    )
    assert not states("Is your RTO 4 hours or less?", dr)
    assert states("Is the RTO for Acme Book 4 hours or less?", dr)
    byok = "Customers on the Firm plan can bring their own key."
    assert not states("Can customers on the Standard plan bring their own encryption key?", byok)


def test_people_named_in_other_words_are_still_the_people_asked() -> None:
    training = (
        "Employees complete security awareness training every year. Partner field technicians "
        "receive a security briefing when they are onboarded."
    )
    asked = "Do field technicians from partners receive yearly security training?"
    assert not states(asked, training)


def test_another_numbered_generation_is_not_the_one_asked() -> None:
    support = Control(
        "FW-2",
        "Generation 1 gateways reached end of security support on 2025-12-31 and receive no "
        "further firmware updates. Generation 2 gateways receive security updates until at "
        "least 2031.",
        (),
    )
    inventory = replace(INVENTORY, controls=(support,))
    asked = "Will Generation 2 gateways receive security updates until at least 2030?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_an_approved_answer_is_not_followed_by_a_control_that_does_not_state_it() -> None:
    ir = Control("IR-01", "Our incident response plan is tested every year.", ("CC7.4",))
    cover = ApprovedAnswer(
        "Do you carry cyber insurance?", "Yes, EUR 3 million of cyber liability insurance."
    )
    inventory = replace(INVENTORY, controls=(ir,))
    asked = "Do you carry cyber-risk insurance against data loss and security incidents?"
    m = answer(asked, YES_NO, inventory, answers=(cover,))
    assert m.answer == "Yes" and "IR-01" not in m.suggested_response


def test_the_firm_that_tested_is_read_from_the_test_reports_title() -> None:
    report = EvidenceDocument(
        "pt",
        "Penetration test summary (Greyhaven Labs, October 2026)",
        ("pen test",),
        date(2026, 10, 2),
    )
    asked = "What company/companies did you use for the three most recent penetration tests?"
    m = answer(asked, (), replace(INVENTORY, documents=(report,)))
    assert m.answer == "Greyhaven Labs"
    untitled = replace(report, title="Penetration test summary")
    assert answer(asked, (), replace(INVENTORY, documents=(untitled,))).answer == ""


def test_the_vendor_in_the_singular_is_the_respondent() -> None:
    assert answer("Does the vendor have a SOC 2 report?", YES_NO).answer == "Yes"
    assert answer("Do the vendors you use hold SOC 2 reports?", YES_NO).answer == ""


def test_a_how_often_dropdown_takes_the_period_the_control_meets() -> None:
    from socproc.mapping.signable import how_often_choice

    choices = ("Once per month or more often", "Once per quarter", "Less frequently")
    weekly = Control("VUL-1", "External vulnerability scans run weekly.", ())
    quarterly = Control("VUL-2", "External vulnerability scans run every quarter.", ())
    yearly = Control("VUL-3", "External vulnerability scans run once a year.", ())
    asked = "How often do you run vulnerability scans?"
    assert how_often_choice(asked, choices, (weekly,)).answer == choices[0]
    assert how_often_choice(asked, choices, (quarterly,)).answer == choices[1]
    assert how_often_choice(asked, choices, (yearly,)).answer == choices[2]
    assert how_often_choice(asked, choices, ()).answer == ""


def test_the_kind_of_test_asked_must_be_said() -> None:
    scans = "Our external perimeter is scanned for vulnerabilities every quarter."
    assert not states("Do you perform authenticated vulnerability scans at least quarterly?", scans)
    assert states("Do you perform vulnerability scans at least quarterly?", scans)


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


def test_a_credential_asked_with_an_article_or_still_in_force() -> None:
    assert answer("Do you hold a valid HDS certificate?", YES_NO).answer == "No"
    assert answer("Is your SOC 2 bridge letter still in force?", YES_NO).answer == "No"
    pentest = EvidenceDocument(
        "pt", "Penetration Test Report 2026", ("pen test",), date(2026, 5, 1)
    )
    m = answer(
        "Do you have a current Penetration Test Report?",
        YES_NO,
        replace(INVENTORY, documents=(pentest,)),
    )
    assert m.answer != "No"


def test_either_side_of_and_or_states_the_question() -> None:
    sast = "Static code analysis (Semgrep) runs on every pull request."
    asked = "Do you subject your code to static code analysis and/or static application security testing?"
    assert states(asked, sast)
    other = "Dependabot checks the dependencies of every repository."
    assert not states(asked, other)


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


def test_a_fact_that_answers_is_not_followed_by_a_report_the_row_did_not_ask_for() -> None:
    policy = EvidenceDocument(
        "pp", "Privacy policy", ("privacy policy",), date(2026, 1, 1), "public"
    )
    inventory = replace(INVENTORY, reports=(), documents=(policy,))
    m = answer("Does your organization have a data privacy policy?", YES_NO, inventory)
    assert m.answer == "Yes" and "do not currently hold" not in m.suggested_response


def test_a_report_named_by_its_year_is_that_report() -> None:
    old_t2 = replace(
        SOC2,
        id="soc2-2023",
        period_start=date(2022, 4, 1),
        period_end=date(2023, 3, 31),
        opinion="qualified",
    )
    new_t1 = Report(
        id="soc2-t1",
        kind="SOC 2",
        type="Type I",
        period_end=date(2026, 3, 31),
        opinion="unqualified",
    )
    inventory = replace(INVENTORY, reports=(old_t2, new_t1))
    assert answer("Was your 2022-2023 SOC 2 report a Type II?", YES_NO, inventory).answer == "Yes"
    assert (
        answer("Did your 2023 SOC 2 report carry a qualified opinion?", YES_NO, inventory).answer
        == "Yes"
    )


def test_no_intrusion_detection_says_nothing_of_intrusion_prevention() -> None:
    text = "We do not run a network intrusion detection system."
    assert denies("Have you implemented an intrusion detection system?", text)
    assert not denies("Have you implemented an intrusion prevention system?", text)


def test_a_denial_about_another_thing_does_not_deny_the_one_asked() -> None:
    text = (
        "Traffic to our web app and API uses TLS 1.2 or higher. Appointment reminders sent by "
        "SMS contain the clinic name in plain text; SMS is not encrypted end to end."
    )
    assert not denies("Is data in your mobile app encrypted in transit?", text)
    assert not denies("Is your video service end-to-end encrypted?", text)
    assert denies("Are SMS reminders encrypted end to end?", text)
    vendor = "Fabrikam does not store, process or transmit payment card data."
    assert denies("Do your systems store, process, or transmit cardholder data?", vendor)


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


def test_a_second_factor_is_multi_factor_authentication() -> None:
    text = "Contractors sign in to the admin console with a password and a hardware-token second factor."
    assert states("Is multi-factor authentication required for the admin console?", text)


DATA_KEPT = ApprovedAnswer(
    "Where is customer data hosted?",
    "Customer data is hosted in Azure West Europe (Amsterdam, Netherlands); "
    "we do not host any data in the United States.",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A country of the region asked keeps it there, whatever else the question offers.
        ("Will any data be collected from, processed in or stored in the EU?", "Yes"),
        ("Is institutional data stored in Europe?", "Yes"),
        # A place denied is no place the data is kept; a No needs every place of collection.
        ("Will data be collected from or stored in the United States?", ""),
        # What is kept elsewhere than the data is not answered by where the data is.
        ("Are encryption keys stored in the EU?", ""),
    ],
)
def test_where_data_is_kept_answers_whether_it_is_kept_in_a_region(
    question: str, expected: str
) -> None:
    assert answer(question, YES_NO, answers=(DATA_KEPT,)).answer == expected


def test_data_kept_by_the_customers_country_answers_no_region_for_this_customer() -> None:
    split = ApprovedAnswer(
        "Where is customer data stored?",
        "Dutch hospitals' data is stored in Amsterdam, Netherlands; Belgian hospitals' data "
        "is stored in Brussels, Belgium.",
    )
    assert answer("Will our data be stored in the EU?", YES_NO, answers=(split,)).answer == ""


SIGN_IN_CHOICES = (
    "SAML 2.0",
    "OpenID Connect / OAuth2 Login",
    "OpenID 2.0",
    "LDAP / Active Directory",
    "Other",
    "None of the above",
)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Customers sign in with SAML 2.0 through their own identity provider.", "SAML 2.0"),
        (
            "Schools connect their identity provider over OpenID Connect; SAML 2.0 is offered "
            "on the District plan.",
            "SAML 2.0, OpenID Connect / OAuth2 Login",
        ),
        # A name denied, or its words apart ("OpenID" of one and "2.0" of another), is not one.
        (
            "Single sign-on uses OpenID Connect. We do not support LDAP.",
            "OpenID Connect / OAuth2 Login",
        ),
        ("Single sign-on is on the roadmap for 2027.", ""),
    ],
)
def test_a_question_on_which_named_choices_apply_takes_the_ones_a_control_names(
    description: str, expected: str
) -> None:
    sso = Control("IAM-09", description, ("CC6.1",))
    inventory = replace(INVENTORY, controls=(*CONTROLS, sso))
    question = (
        "Which single sign-on (SSO) standards does the product support (select all that apply)?"
    )
    assert answer(question, SIGN_IN_CHOICES, inventory).answer == expected
    # One choice asked for, two named: which one holds is for the reviewer.
    single = "Which single sign-on (SSO) standard does the product support?"
    assert answer(single, SIGN_IN_CHOICES, inventory).answer == (
        "" if ", " in expected else expected
    )


@pytest.mark.parametrize(
    "question",
    [
        "Do you reconcile the invoices that we approve?",
        "Does Northwind Analytics reconcile approved invoices each month?",
        "Are you responsible for reconciling approved invoices?",
        "Do you maintain the approval chains on our behalf?",
    ],
)
def test_an_act_the_text_gives_another_party_is_not_the_vendors(question: str) -> None:
    text = (
        "Clients set up their own approval chains and are responsible for reconciling "
        "approved invoices against their ledger."
    )
    assert not states(question, text)
    # What the vendor requires of them is still the vendor's rule.
    assert states("Do you require MFA for all users?", "All users must use MFA at every sign-in.")


def test_what_is_asked_of_a_thing_must_be_said_of_it() -> None:
    text = "Suppliers upload timesheets over SFTP with SSH keys."
    assert not states("Do you verify the completeness of uploaded timesheets?", text)


@pytest.mark.parametrize(
    "question",
    [
        "Do all suppliers upload timesheets with SSH keys?",
        "Do suppliers upload timesheets only with SSH keys?",
    ],
)
def test_every_or_only_is_not_stated_beside_a_case_where_it_is_not(question: str) -> None:
    text = (
        "Suppliers upload timesheets over SFTP with SSH keys; suppliers on the legacy connector "
        "may still upload timesheets with a password."
    )
    assert not states(question, text)


def test_every_quarter_is_how_often_not_every_product() -> None:
    text = (
        "Access to the Harbor portal is reviewed every quarter; access to the Harbor archive "
        "is reviewed once a year."
    )
    assert not states("Is access to every product reviewed quarterly?", text)


@pytest.mark.parametrize(
    ("kept", "expected"),
    [
        ("Customer data is stored in Azure Canada Central in Toronto, Canada.", "Yes"),
        (
            "Customer data is stored in Azure Canada Central in Toronto, Canada. Backups are "
            "replicated to Azure East US in Virginia.",
            "No",
        ),
    ],
)
def test_stored_only_in_a_country_needs_every_place_of_the_data(kept: str, expected: str) -> None:
    said = (ApprovedAnswer("Where is customer data stored?", kept),)
    question = "Is all of our data stored exclusively in Canada?"
    assert answer(question, YES_NO, answers=said).answer == expected


@pytest.mark.parametrize(
    "question",
    [
        "Is a SOC 1 Type II examination currently in progress?",
        "Are you planning to obtain a SOC 1 Type II report in the next 12 months?",
        "Will a SOC 1 Type II report be available in 2027?",
        "Have you signed an engagement letter with an auditor for a SOC 1 Type II?",
        "Have you completed a SOC 1 readiness assessment?",
        "Is a SOC 1 Type II audit period currently running?",
    ],
)
def test_an_examination_under_way_is_not_answered_by_the_reports_held(question: str) -> None:
    # The inventory holds a SOC 1 Type I and says nothing of a Type II under way.
    assert answer(question, YES_NO).answer == ""


def test_a_part_outside_the_certified_scope_is_not_in_it() -> None:
    iso = Report(
        id="iso",
        kind="ISO 27001",
        expires=date(2028, 1, 31),
        scope="ISMS supporting Northwind Studio; Northwind Vault is outside the certified scope",
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    got = answer("Is Northwind Vault covered by your ISO 27001 certification?", YES_NO, inventory)
    assert got.answer == "No"


def test_a_hyphenated_compound_is_not_met_by_one_of_its_words() -> None:
    assert not states(
        "Can we upload export-controlled designs to the portal?",
        "Portal administrators can export designs and audit logs at any time.",
    )
    q = "Have you implemented an intrusion detection system (network-based)?"
    assert not states(q, "Network logs go to our SIEM; host intrusion detection runs on servers.")
    assert states(q, "A network intrusion detection system watches traffic between subnets.")


@pytest.mark.parametrize(
    "title",
    [
        "ISO/IEC 27001 certificate of Harbor Holdings Ltd (our parent company)",
        "ISO 27001 certificate held by our parent, Harbor Holdings Ltd",
    ],
)
def test_another_entitys_certificate_is_never_held_as_the_vendors_own(title: str) -> None:
    parents = Report(id="iso-parent", kind="ISO 27001", title=title, expires=date(2028, 1, 31))
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, parents))
    for question in (
        "Do you hold a current ISO 27001 certificate?",
        "Does your ISO 27001 certification cover software development?",
    ):
        got = answer(question, YES_NO, inventory)
        assert got.answer != "Yes"
        assert "We hold our ISO 27001" not in got.suggested_response
    assert answer("Do you have a SOC 2 Type II report?", YES_NO, inventory).answer == "Yes"


def test_an_ssae_report_named_beside_isae_3402_is_a_soc_1() -> None:
    soc1 = replace(SOC1_T1, type="Type II", period_start=date(2025, 4, 1))
    inventory = replace(INVENTORY, reports=(soc1,))
    question = "Can you provide an SSAE 16 / SSAE 18 or ISAE 3402 report?"
    assert answer(question, YES_NO, inventory).answer == "Yes"
    # An SSAE 18 SOC 2 asked of a vendor whose SSAE 18 examination is a SOC 1: not a plain No.
    assert answer("Have you completed an SSAE 18/SOC 2 audit?", YES_NO, inventory).answer == ""


def test_a_report_named_by_the_year_it_ends_or_its_period_is_that_report() -> None:
    older = replace(
        SOC2,
        id="soc2-a",
        period_start=date(2024, 7, 1),
        period_end=date(2025, 6, 30),
        exceptions=(),
        opinion="unqualified",
    )
    newer = replace(SOC2, id="soc2-b", period_start=date(2025, 7, 1), period_end=date(2026, 6, 30))
    inventory = replace(INVENTORY, reports=(older, newer))
    for question, expected in (
        ("Did your 2025 SOC 2 report note any exceptions?", "No"),
        ("Did your 2026 SOC 2 report note any exceptions?", "Yes"),
        ("Did the SOC 2 for July 2024 to June 2025 note any exceptions?", "No"),
        ("Were exceptions noted in your prior (2025) SOC 2 report?", "No"),
    ):
        assert answer(question, YES_NO, inventory).answer == expected, question


def test_a_role_asked_is_answered_from_its_own_clause() -> None:
    text = (
        "Supervisor accounts must use multi-factor authentication; nurse accounts can turn on "
        "multi-factor authentication but it is optional. Porters sign in to the ward tablets "
        "with a badge and a 4-digit PIN."
    )
    assert not states("Do nurses have to use MFA?", text)
    assert states("Do supervisors have to use MFA?", text)
    # Other people only: "customers ... sign in with a password" says nothing of porters.
    other = "Customers on the Basic plan sign in with email and password."
    assert not states("Do porters sign in with a password?", other)


@pytest.mark.parametrize(
    "question",
    [
        "Did engineers receive annual threat-modelling training in 2023?",
        "Have your engineers been trained in threat modelling?",
        "Was annual threat-modelling training provided before 2025?",
    ],
)
def test_a_practice_stopped_since_does_not_deny_a_question_on_its_time(question: str) -> None:
    stopped = Control(
        "TRN-02",
        "Until 2025 engineers received annual threat-modelling training; it is now offered on request.",
        ("CC1.4",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, stopped))
    assert answer(question, YES_NO, inventory).answer != "No"
    today = "Do engineers receive annual threat-modelling training?"
    assert answer(today, YES_NO, inventory).answer == "No"


def test_a_bound_is_judged_for_every_product_a_sentence_goes_on_to() -> None:
    text = "Audit logs are kept for 400 days for Harbor Desk and for 60 days for Harbor Vault."
    assert not states("Are audit logs retained for at least 6 months?", text)
    assert states("Are audit logs retained for at least 60 days?", text)
    assert not states("Are audit logs kept for at least a year?", text)
    assert states("Are Harbor Desk audit logs retained for at least 6 months?", text)


def test_an_example_certificate_lapsed_leaves_the_others_for_the_reviewer() -> None:
    lapsed = Report(id="iso", kind="ISO 27001", expires=date(2026, 1, 31))
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, lapsed))
    for question in (
        "Do you hold any security certifications (e.g., ISO 27001)?",
        "Do you hold any current certifications (ISO 27001, Cyber Essentials, or similar)?",
    ):
        assert answer(question, YES_NO, inventory).answer == "", question
    assert answer("Is your ISO 27001 certificate current?", YES_NO, inventory).answer == "No"


def test_a_denial_for_another_named_product_does_not_deny_the_one_asked() -> None:
    text = (
        "Customers on the Enterprise tier can bring their own key for Harbor Vault documents; "
        "customer-managed keys are not available for Harbor Desk."
    )
    assert not denies("Do you support customer-managed keys for Harbor Vault?", text)
    assert denies("Do you support customer-managed keys for Harbor Desk?", text)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Do you carry cyber insurance of at least USD 4 million?", "Yes"),
        ("Is your cyber insurance coverage at least USD 5 million?", "No"),
        # The currency asked is the one compared; another currency alone is not.
        ("Do you carry cyber insurance of at least GBP 4 million?", ""),
    ],
)
def test_an_amount_is_compared_in_the_currency_asked(question: str, expected: str) -> None:
    said = (
        ApprovedAnswer(
            "Do you carry cyber insurance?",
            "Yes, cyber insurance of EUR 4 million (about USD 4.3 million) with Allianz.",
        ),
    )
    assert answer(question, YES_NO, answers=said).answer == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("A 99.5% monthly availability SLA on the Business plan; the Free plan has none.", "No"),
        # A plan that meets the level asked leaves which plans do for the reviewer.
        ("99.95% on the Enterprise plan and 99.5% on the Business plan.", ""),
    ],
)
def test_an_uptime_level_asked_above_every_level_stated_is_no(said: str, expected: str) -> None:
    answers = (ApprovedAnswer("What is your uptime commitment?", said),)
    got = answer("Do you guarantee 99.9% availability?", YES_NO, answers=answers)
    assert got.answer == expected


HOSTING_CHOICES = ("1) Self owned and managed", "2) Physical Co-location", "3) Virtual Co-location")
HOSTING_CHOICES += ("4) AWS", "5) Azure", "6) GCP", "7) Other")


@pytest.mark.parametrize(
    ("orgs", "expected"),
    [
        ((SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),), "4) AWS"),
        (
            (SubserviceOrg("Harbor Colo Ltd", "carve-out", ("colocation hosting",)),),
            "2) Physical Co-location",
        ),
        (
            (
                SubserviceOrg(
                    "Oracle Cloud Infrastructure", "carve-out", ("infrastructure hosting",)
                ),
            ),
            "7) Other",
        ),
        (
            (
                SubserviceOrg("Azure", "carve-out", ("cloud hosting for the EU region",)),
                SubserviceOrg("Linode", "carve-out", ("cloud hosting for the US region",)),
            ),
            "7) Other",
        ),
        ((SubserviceOrg("Courtline", "inclusive", ("court record retrieval",)),), ""),
    ],
)
def test_a_hosting_option_is_the_kind_of_hosting_the_reports_name(
    orgs: tuple[SubserviceOrg, ...], expected: str
) -> None:
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=orgs),))
    assert answer("Select your hosting option.", HOSTING_CHOICES, inventory).answer == expected
    where = ("Institution Secured Facility", "Third-Party Data Center", "Other")
    hosted = answer("Where will the software/service be hosted?", where, inventory).answer
    assert hosted == ("Third-Party Data Center" if expected else "")


def test_the_country_of_the_headquarters_comes_from_the_sentence_that_says_so() -> None:
    said = (
        ApprovedAnswer(
            "Where are you headquartered and where do your staff work?",
            "Our headquarters are in Porto, Portugal. Engineers work in Porto and Toronto, Canada.",
        ),
    )
    assert answer("Country of Company Headquarters", answers=said).answer == "Portugal"


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


def test_report_attributes_asked_in_other_forms() -> None:
    type1 = Report(
        id="t1",
        kind="SOC 2",
        type="Type I",
        period_end=date(2026, 3, 31),
        issued=date(2026, 5, 20),
        opinion="unqualified",
    )
    lapsed = Report(id="iso", kind="ISO 27001", expires=date(2026, 2, 28))
    inventory = replace(INVENTORY, reports=(type1, lapsed))
    for question, expected in (
        ("Has your Type I report been replaced by a Type II report?", "No"),
        ("Did your SOC 2 Type I examination test operating effectiveness?", "No"),
        ("On what date was your SOC 2 report issued?", "2026-05-20"),
        ("Has your ISO 27001 certificate lapsed?", "Yes"),
        # A readiness assessment is not the report: the report's opinion is not its.
        ("Did your SOC 2 readiness assessment include an auditor's opinion?", ""),
        # An example is not the whole ask.
        ("Do you have any independent attestations (e.g., SOC 2 Type II)?", ""),
        ("Is there any certification you currently hold (ISO, Cyber Essentials Plus)?", ""),
    ):
        choices = () if question.startswith("On what date") else YES_NO
        assert answer(question, choices, inventory).answer == expected, question


def test_a_report_named_by_the_day_its_period_ended_is_that_report() -> None:
    older = replace(SOC2, id="a", period_start=date(2024, 10, 1), period_end=date(2025, 9, 30))
    older = replace(older, exceptions=())
    newer = replace(SOC2, id="b", period_start=date(2025, 10, 1), period_end=date(2026, 9, 30))
    inventory = replace(INVENTORY, reports=(older, newer))
    question = "Was your SOC 2 for the 12 months ended 30 September 2025 free of exceptions?"
    assert answer(question, YES_NO, inventory).answer == "Yes"
    question = "Was your SOC 2 for the year to 30 September 2025 free of exceptions?"
    assert answer(question, YES_NO, inventory).answer == "Yes"


def test_a_description_of_the_service_is_not_what_customers_must_do() -> None:
    duty = Control(
        "CUS-03",
        "Customers configure their own alert rules and are responsible for reviewing "
        "anomaly flags before closing a case.",
        ("CC2.3",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, duty))
    assert "Customers configure" not in answer("Describe your anomaly flags.", (), inventory).answer
    asked = answer("Describe the customer's responsibilities for anomaly flags.", (), inventory)
    assert asked.answer.startswith("Customers configure")


def test_a_how_often_dropdown_reads_once_per_year_as_yearly() -> None:
    training = Control(
        "HR-05", "Employees complete privacy training when they join and every year after."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, training))
    choices = ("Never.", "Once, upon hire.", "Upon hire, and at least once per year.")
    question = "How often do you require your employees to undergo privacy training?"
    assert answer(question, choices, inventory).answer == choices[2]


def test_a_denial_of_a_list_of_verbs_denies_their_object() -> None:
    text = "We do not accept, store or process payment card data."
    assert denies("Does the product store payment card data?", text)
    assert (
        denies("Do you process cardholder data?", "We never sell, rent or share personal data.")
        is False
    )


def test_a_device_named_without_the_is_answered_from_its_own_sentence() -> None:
    text = (
        "Cloud hosts are scanned weekly; critical findings are patched within 14 days. "
        "Meter firmware is scanned once a year before the annual release."
    )
    assert not states("Are critical vulnerabilities in meter firmware fixed within 14 days?", text)
    assert states("Are critical vulnerabilities on cloud hosts patched within 14 days?", text)


def test_every_variant_asked_needs_every_variants_sentence() -> None:
    text = (
        "Remote support of Model 3 meters uses a session the customer approves each time. "
        "Model 2 meters keep a permanent support connection to our network."
    )
    assert not states(
        "Do all meters require customer approval for each remote support session?", text
    )
    assert states(
        "Do Model 3 meters require customer approval for each remote support session?", text
    )


def test_a_time_set_by_another_partys_word_is_not_prompt() -> None:
    text = "Accounts of agency nurses are removed when the agency tells us."
    assert not states("Are agency nurses' accounts removed promptly when they leave?", text)


def test_a_report_question_of_what_it_takes_in_is_not_answered_by_holding_it() -> None:
    for question in (
        "Does your SOC 1 report address the security of hosted documents?",
        "Does your SOC 1 report include IT general controls over the review platform?",
    ):
        assert answer(question, YES_NO).answer != "Yes", question


def test_any_report_of_a_window_is_every_report_in_it() -> None:
    old = replace(SOC2, id="old", period_start=date(2022, 4, 1), period_end=date(2023, 3, 31))
    old = replace(old, issued=date(2023, 5, 1), opinion="qualified")
    inventory = replace(INVENTORY, reports=(old, replace(SOC2, issued=date(2026, 3, 1))))
    question = (
        "Has any SOC report issued to you in the last five years carried a qualified opinion?"
    )
    assert answer(question, YES_NO, inventory).answer == "Yes"
    clean = replace(INVENTORY, reports=(replace(SOC2, issued=date(2026, 3, 1)),))
    assert answer(question, YES_NO, clean).answer == ""


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


def test_the_vendors_people_who_can_see_customer_data_have_access_to_it() -> None:
    said = (
        ApprovedAnswer(
            "Where is customer data stored?",
            "Customer data is stored in Azure West Europe. Support staff in Lisbon can view "
            "customer records when handling a ticket.",
        ),
    )
    question = (
        "Does your staff (or third party) have access to institutional data (e.g., financial, "
        "PHI, or other sensitive information) through any means?"
    )
    assert answer(question, YES_NO, answers=said).answer == "Yes"
    none = (replace(said[0], answer="Customer data is stored in Azure West Europe."),)
    assert answer(question, YES_NO, answers=none).answer == ""


AI_SAID = ApprovedAnswer(
    "Do you use artificial intelligence?",
    "Harbor Draft suggests clauses with a language model we host ourselves. It is off until "
    "a customer's administrator turns it on. Customer documents are not used to train any model.",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Can your solution's AI features be disabled by tenant and/or user?", "Yes"),
        ("Is user input data used to influence your solution's AI model?", "No"),
        ("Do you use customer data to train AI models?", "No"),
        # Opting out of training is asked of the data, not of a feature's switch.
        ("Can customers opt out of AI model training?", ""),
    ],
)
def test_what_the_approved_answer_on_ai_says_of_switches_and_training(
    question: str, expected: str
) -> None:
    assert answer(question, YES_NO, answers=(AI_SAID,)).answer == expected


def test_training_on_some_customers_data_is_training_on_user_data() -> None:
    said = (
        replace(
            AI_SAID,
            answer="In 2026 we trained the model on documents of customers who joined our "
            "beta; other customers' documents are not used for training.",
        ),
    )
    got = answer(
        "Is user input data used to influence your solution's AI model?", YES_NO, answers=said
    )
    assert got.answer == "Yes"


def test_a_data_centre_the_reports_say_another_organisation_runs_is_not_owned() -> None:
    question = "Does your company own the physical data center where our data will reside?"
    assert answer(question, YES_NO).answer == "No"  # AWS hosts, carved out
    own = Control("DC-1", "Our own data center in Dublin hosts the disaster-recovery copies.")
    inventory = replace(INVENTORY, controls=(*CONTROLS, own))
    assert answer(question, YES_NO, inventory).answer == ""
    nobody = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=()),))
    assert answer(question, YES_NO, nobody).answer == ""


def test_a_choice_is_named_by_one_of_its_examples() -> None:
    hashing = Control(
        "APP-7", "Passwords are stored only as scrypt hashes and are never stored in plain text."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, hashing))
    choices = (
        "In plain text (unencrypted)",
        "Using reversible encryption (e.g., DES, 3DES, AES, etc.).",
        "Using a secure cryptographic one-way hash function (such as SHA-256) of the password",
        "Using a dedicated password-based key derivation function, such as bcrypt, PBKDF2 or scrypt",
        "None of the above",
    )
    got = answer("How does the application store passwords?", choices, inventory)
    assert got.answer == choices[3]


def test_a_session_timeout_is_its_inactivity_limit() -> None:
    idle = Control("APP-8", "Portal sessions end after 45 minutes of inactivity.")
    inventory = replace(INVENTORY, controls=(*CONTROLS, idle))
    assert "45 minutes" in answer("How long is the session timeout?", (), inventory).answer


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Nightly snapshots are copied to a second region in the same country.", "No"),
        ("Nightly snapshots are copied to a second region in Ireland.", ""),
        (
            "Nightly snapshots are copied to a second region in the same country. Monthly "
            "backup archives are kept in AWS Glacier in Ireland.",
            "",
        ),
    ],
)
def test_backups_kept_in_the_same_country_do_not_leave_the_data_zone(
    said: str, expected: str
) -> None:
    backups = Control("BAK-9", said)
    inventory = replace(INVENTORY, controls=(*CONTROLS, backups))
    question = (
        "Do backups containing the institution's data ever leave the institution's data zone "
        "either physically or via network routing?"
    )
    assert answer(question, YES_NO, inventory).answer == expected


def test_a_type_i_asked_of_a_vendor_whose_report_is_a_type_ii_is_not_that_report() -> None:
    inventory = replace(INVENTORY, reports=(SOC2,))
    question = "Does the Type I report include operating effectiveness testing?"
    assert answer(question, YES_NO, inventory).answer == ""


@pytest.mark.parametrize(
    ("said", "monitor", "respond"),
    [
        ("An MSSP monitors our SIEM alerts 24 hours a day, 7 days a week.", "Yes", "Yes"),
        (
            "Alerts are reviewed during business hours; critical alerts page the on-call "
            "engineer at any hour.",
            "",
            "Yes",
        ),
        ("Alerts are reviewed during business hours; we do not run a 24x7 SOC.", "No", ""),
        ("The status page is monitored 24x7 for availability.", "", ""),
    ],
)
def test_round_the_clock_monitoring_and_response_as_a_control_says(
    said: str, monitor: str, respond: str
) -> None:
    inventory = replace(INVENTORY, controls=(Control("MON-9", said),))
    asked = "Do you monitor for intrusions on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer == monitor
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer == respond
    asked = "Do you operate a security operations center that monitors 24x7?"
    assert answer(asked, YES_NO, inventory).answer == monitor
    # What else is asked must be said: "staffed with Tier 1 and Tier 2 analysts".
    asked = "Is your Security Operations Center staffed 24x7 with Tier 1 and Tier 2 analysts?"
    assert answer(asked, YES_NO, inventory).answer in ("", "No")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Users sign in with SAML 2.0 single sign-on or with email and password.",
            "3) Both modes available",
        ),
        ("Users sign in with an email address and password.", "1) Yes"),
        ("Users sign in only through SAML 2.0 single sign-on.", ""),
    ],
)
def test_local_authentication_and_its_both_modes_choice(said: str, expected: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("APP-1", said),))
    choices = ("1) Yes", "2) No", "3) Both modes available", "4) N/A")
    question = "Does your solution support local authentication protocols for user authentication?"
    assert answer(question, choices, inventory).answer == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is MFA enforced by default for all customer users?", "No"),
        ("Is MFA enforced for all users of your application?", "No"),
        # The group asked is the one the text requires it of: for the reviewer.
        ("Is MFA enforced for all administrators?", ""),
    ],
)
def test_a_practice_left_to_the_customer_is_not_enforced_for_all(
    question: str, expected: str
) -> None:
    mfa = Control(
        "IAM-9",
        "MFA is required for all administrator accounts; for customer users it is off by "
        "default and the customer's administrator can require it.",
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    assert answer(question, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Data is stored in Azure Sydney. Our support partner in Manila, the Philippines, can "
            "view account details, but not recordings.",
            "Yes",
        ),
        (
            "Data is stored in Azure Sydney. Support staff in Melbourne can view account details.",
            "",
        ),
        ("Data is stored in Azure Sydney. No one in Manila, the Philippines, can view it.", ""),
    ],
)
def test_people_in_another_country_who_can_see_the_data_access_it_from_abroad(
    said: str, expected: str
) -> None:
    answers = (ApprovedAnswer("Where is customer data stored?", said),)
    question = "Can anyone outside Australia access our institution's data?"
    assert answer(question, YES_NO, answers=answers).answer == expected


def test_what_customers_turn_on_for_their_staff_says_nothing_of_the_workforce() -> None:
    clinics = Control(
        "IAM-7", "Clinic administrators can require MFA for their own staff; it is off by default."
    )
    inventory = replace(INVENTORY, controls=(clinics,))
    assert (
        answer("Is MFA required for all workforce access to production?", YES_NO, inventory).answer
        == ""
    )
    since = Control(
        "IAM-8",
        "MFA has been required for all customer users since February 2026; before that it was optional.",
    )
    inventory = replace(INVENTORY, controls=(since,))
    assert answer("Is MFA mandatory for all customer users?", YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was any SOC 2 exception more than two weeks late?", "No"),
        ("Was any SOC 2 exception more than two days late?", "Yes"),
        # 4 business days run 4 to 5.6 calendar days: "more than 5 days" is not settled.
        ("Was any SOC 2 exception more than 5 days late?", ""),
    ],
)
def test_a_delay_asked_is_judged_against_the_delays_the_exceptions_tell(
    question: str, expected: str
) -> None:
    late = ReportException(
        ("CC6.2",),
        "For 1 of 25 sampled leavers, access was removed 4 business days after the leaving date.",
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, exceptions=(late,)),))
    assert answer(question, YES_NO, inventory).answer == expected


def test_a_product_asked_is_answered_from_its_own_clauses() -> None:
    dr = Control(
        "BCP-4",
        "Failover of Northwind Vault to a second region was tested in July 2026; Northwind "
        "Studio was last restored from backup in November 2025.",
    )
    inventory = replace(INVENTORY, controls=(dr,))
    assert answer("Have you tested failover for Northwind Studio?", YES_NO, inventory).answer == ""
    assert (
        answer("Have you tested failover for Northwind Vault?", YES_NO, inventory).answer == "Yes"
    )


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


def test_a_check_on_every_pull_request_comes_before_release() -> None:
    text = "Static application security testing runs on every pull request for the portal."
    assert states("Do you run static application security testing prior to release?", text)


def test_a_feature_that_cannot_be_disabled_is_not_one_that_can() -> None:
    said = (
        ApprovedAnswer("Do you use AI?", "The AI assistant is always on and cannot be disabled."),
    )
    got = answer("Can your solution's AI features be disabled by tenant?", YES_NO, answers=said)
    assert got.answer != "Yes"


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


def test_second_adversarial_check_of_this_rounds_rules() -> None:
    soc_q = "Do you have a 24x7 security operations center?"
    mssp = Control(
        "MON-1",
        "An MSSP monitors our alerts 24x7; we do not have our own security operations centre.",
    )
    assert answer(soc_q, YES_NO, replace(INVENTORY, controls=(mssp,))).answer == ""
    on_call = Control(
        "MON-2", "Security alerts are monitored around the clock by our on-call engineers."
    )
    assert answer(soc_q, YES_NO, replace(INVENTORY, controls=(on_call,))).answer == ""
    assert answer("Does your SOC 2 address logical access controls?", YES_NO).answer != "Yes"
    kept = (
        ApprovedAnswer(
            "Where is data stored?", "New Zealand customer data is stored in AWS Sydney, Australia."
        ),
    )
    assert (
        answer("Is New Zealand customer data stored in New Zealand?", YES_NO, answers=kept).answer
        == ""
    )
    cover = (
        ApprovedAnswer(
            "Do you carry cyber insurance?",
            "Yes, EUR 2 million; our parent carries a further GBP 10 million group policy.",
        ),
    )
    asked = "Do you carry at least GBP 5 million in cyber insurance?"
    assert answer(asked, YES_NO, answers=cover).answer != "Yes"
    underway = Control(
        "AUD-1", "A SOC 2 Type II examination is underway for 2026-10-01 to 2027-03-31."
    )
    got = answer(
        "What type is your SOC 2 report?",
        ("Type I", "Type II", "None"),
        replace(INVENTORY, controls=(underway,)),
    )
    assert got.answer != "Type II" or SOC2.type == "Type II"
    left = Control("IAM-5", "Customer administrators decide whether single sign-on is required.")
    assert not states("Is single sign-on required?", left.description)
    assert not states(
        "Are passwords hashed using bcrypt?", "Customer passwords are hashed with PBKDF2."
    )
    basic = Report(
        id="ce",
        kind="other",
        title="Cyber Essentials certificate (basic, not Plus)",
        expires=date(2027, 4, 1),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, basic))
    assert (
        answer("Do you have a Cyber Essentials Plus certificate?", YES_NO, inventory).answer == "No"
    )
    assert answer("Do you have a Cyber Essentials certificate?", YES_NO, inventory).answer == "Yes"


def test_third_adversarial_check_of_this_rounds_rules() -> None:
    for question in (
        "Is your SOC 2 report stale?",
        "Is your SOC 2 report out of date?",
        "Is refresher security training optional?",
    ):
        assert answer(question, YES_NO).answer == "", question
    assert answer("Does your SOC 2 cover only the Security category?", YES_NO).answer == "No"
    underway = Control("AUD-1", "A SOC 2 Type II examination of the portal is underway.")
    inventory = replace(INVENTORY, reports=(SOC1_T1,), controls=(underway,))
    for question in (
        "Are you currently undergoing a SOC 2 Type II examination?",
        "Will you have a SOC 2 Type II report by mid-2027?",
    ):
        assert answer(question, YES_NO, inventory).answer != "No", question
    iso = Report(id="iso", kind="ISO 27001", issued=date(2022, 8, 1), expires=date(2025, 7, 31))
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    assert answer("Was your ISO 27001 certificate valid in 2024?", YES_NO, inventory).answer != "No"
    asked = "Is your organization ISO 27001 certified or part of an ISO 27001 certified group?"
    assert answer(asked, YES_NO).answer != "No"


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


@pytest.mark.parametrize(
    "question",
    [
        "Were exceptions noted in your SOC 2 report for the year ended 31 December 2024?",
        "Was your 2019 SOC 2 qualified?",
        "Is your SOC 2 for October 2019 to September 2020 a Type II?",
    ],
)
def test_a_report_named_by_a_period_none_is_for_is_for_the_reviewer(question: str) -> None:
    got = answer(question, YES_NO)  # no report of that period: never a crash, never a fact
    assert got.answer == "" and got.status is Status.REVIEW


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


def test_sixth_adversarial_check_of_this_rounds_rules() -> None:
    old = replace(SOC2, period_end=date(2025, 3, 31), issued=date(2025, 5, 1))
    inventory = replace(INVENTORY, reports=(old,))
    assert answer("Is your SOC 2 report over 12 months old?", YES_NO, inventory).answer == "Yes"
    assert (
        answer("Was your SOC 2 report issued more than 6 months ago?", YES_NO, inventory).answer
        == "Yes"
    )
    clean = replace(SOC2, opinion="unqualified")
    inventory = replace(INVENTORY, reports=(clean,))
    assert answer("Is your SOC 2 opinion non-qualified?", YES_NO, inventory).answer == "Yes"
    asked = "Can we obtain your SOC 2 report without signing an NDA?"
    assert answer(asked, YES_NO).answer == "No"
    fixed = (
        "The password rules are the same for every customer and cannot be changed by the customer."
    )
    assert not states("Can customers change password rules?", fixed)
    assert not states("Are password rules configurable by customers?", fixed)
    ids = "Host-based intrusion detection runs on all servers; we do not run network-based intrusion detection."
    assert not denies("Do you run intrusion detection?", ids)
    split = "Data is stored in Iowa for US customers and in Frankfurt for EU customers."
    assert not states("Is US customer data stored in the EU?", split)
    for question in ("Is the web app unsigned?", "Is your SOC 2 report without a Privacy section?"):
        assert answer(question, YES_NO).answer == "", question
    dpo = (
        ApprovedAnswer(
            "Do you have a data protection officer?",
            "Yes, our external DPO is Dr. Vogel; from January 2027 we will appoint an internal DPO.",
        ),
    )
    asked = "Do you have an internal data protection officer?"
    assert answer(asked, YES_NO, answers=dpo).answer != "Yes"


def test_a_self_assessment_is_not_a_report_on_compliance() -> None:
    saq = Report(
        id="pci",
        kind="PCI DSS",
        title="PCI DSS Self-Assessment Questionnaire A and Attestation of Compliance",
        expires=date(2027, 5, 1),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, saq))
    assert answer("Do you hold a PCI DSS Report on Compliance?", YES_NO, inventory).answer == "No"
    either = "Do you have a current Attestation of Compliance (AoC) or Report on Compliance (RoC)?"
    assert answer(either, YES_NO, inventory).answer == "Yes"


def test_a_part_sent_without_encryption_keeps_a_yes_out() -> None:
    rest = Control("ENC-1", "Data in the portal database is encrypted at rest with AES-256.")
    transit = Control(
        "ENC-2",
        "Model B trackers send telemetry over TLS 1.2. Model A trackers send GPS positions by "
        "UDP without encryption.",
    )
    inventory = replace(INVENTORY, controls=(rest, transit))
    got = answer("Do you encrypt data both at rest and in transit?", YES_NO, inventory)
    assert got.answer == "" and "without encryption" in got.suggested_response


def test_a_case_named_where_it_is_not_so_keeps_a_yes_out() -> None:
    keys = Control(
        "KEY-1",
        "API keys issued since January 2024 expire after 90 days; keys issued before 2024 do not "
        "expire until the customer rotates them.",
    )
    mfa = Control(
        "MFA-1",
        "Dentists on the Clinic plan must use MFA; on the Solo plan dentists can turn MFA on.",
    )
    inventory = replace(INVENTORY, controls=(keys, mfa))
    assert answer("Do API keys expire after 90 days?", YES_NO, inventory).answer == ""
    assert answer("Is MFA required for dentists?", YES_NO, inventory).answer == ""
    # The case asked by name is answered from its own clause.
    assert (
        answer("Is MFA required for dentists on the Clinic plan?", YES_NO, inventory).answer
        == "Yes"
    )


def test_a_case_set_before_the_question_keeps_it_yes_no() -> None:
    assert form_of("For admin accounts, is MFA enforced?") is Form.YES_NO
    assert form_of("At the end of the contract, will data be deleted from backups?") is Form.YES_NO


def test_a_practice_run_through_a_past_date_is_not_current() -> None:
    ran = Control("AWR-1", "We ran monthly phishing simulations through March 2025.")
    inventory = replace(INVENTORY, controls=(ran,))
    assert answer("Do you run phishing simulations?", YES_NO, inventory).answer != "Yes"


def test_a_denial_of_other_users_says_nothing_of_the_group_asked() -> None:
    mfa = Control(
        "MFA-2",
        "Every web user who does not sign in through SSO must use MFA. Kiosk users sign in with "
        "a PIN and have no multi-factor option.",
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    assert answer("Is MFA enforced for SSO users?", YES_NO, inventory).answer == ""
    assert answer("Is MFA enforced for kiosk users?", YES_NO, inventory).answer == "No"


def test_no_other_incident_tells_of_one_and_denies_nothing() -> None:
    told = (
        ApprovedAnswer(
            "Have you had a security incident or data breach?",
            "In September 2026 a misconfigured email rule sent diary summaries of 14 members to "
            "the wrong coach. We know of no other incident.",
        ),
    )
    for asked in (
        "Has a security incident affected member data in the last 5 years?",
        "Were more than 10 members affected by the September 2026 incident?",
        "Do you have a documented incident response plan?",
    ):
        assert answer(asked, YES_NO, answers=told).answer != "No", asked


def test_a_training_denied_for_one_model_and_told_for_another_is_no_no() -> None:
    ai = (
        ApprovedAnswer(
            "Do you use AI?",
            "The optional meeting summariser is off by default; transcripts sent to it are not "
            "used to train models. Visio, our defect-detection partner, retrains its model on "
            "site photos of customers who opted in.",
        ),
    )
    got = answer(
        "Is customer data used to train AI or machine learning models?", YES_NO, answers=ai
    )
    assert got.answer != "No"


def test_data_kept_by_the_customers_country_answers_no_place_question() -> None:
    where = (
        ApprovedAnswer(
            "Where is customer data stored?",
            "Customers in Chile are hosted in AWS Santiago. Customers in Italy have been hosted "
            "in AWS Milan since 2025.",
        ),
    )
    asked = "Will data be processed in or stored in the European Economic Area (EEA)?"
    assert answer(asked, YES_NO, answers=where).answer == ""


def test_a_privacy_office_bought_from_an_outside_firm_is_not_dedicated_staff() -> None:
    dpo = (
        ApprovedAnswer(
            "Who is your data protection officer?",
            "Our DPO role is held by an outside firm, Clara Privacy Partners.",
        ),
    )
    asked = "Do you have a dedicated data privacy staff or office?"
    assert answer(asked, YES_NO, answers=dpo).answer != "Yes"


@pytest.mark.parametrize(
    "held",
    [
        "Yes. Cyber liability insurance of MXN 60 million (about USD 3.3 million) per claim.",
        "Yes. Cyber liability insurance of ZAR 40 million per claim.",
        "Yes. Cyber liability insurance of R$ 15 million per claim.",
    ],
)
def test_an_amount_in_another_currency_is_not_the_minimum_asked(held: str) -> None:
    cover = (ApprovedAnswer("Do you carry cyber insurance?", held),)
    asked = "Do you carry at least USD 5 million in cyber liability insurance?"
    assert answer(asked, YES_NO, answers=cover).answer != "Yes"


def test_a_practice_until_the_end_of_a_year_is_past() -> None:
    restores = (
        "Until the end of 2025 we restored a snapshot in a separate test account every quarter. "
        "Since 2026 we do this twice a year; the last restore test was in May 2027."
    )
    assert not states("Do you test restoring backups at least quarterly?", restores)


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


def test_an_examination_for_a_year_is_of_the_period_examined() -> None:
    soc1 = Report(
        "soc1-2024",
        "SOC 1",
        type="Type II",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
        issued=date(2025, 3, 14),
    )
    inventory = replace(INVENTORY, reports=(soc1,))
    assert answer("Was a SOC 1 examination performed for 2025?", YES_NO, inventory).answer == ""
    assert answer("Was a SOC 1 examination performed for 2024?", YES_NO, inventory).answer == "Yes"


def test_a_soc3_holder_is_not_said_to_have_had_no_soc2_examination() -> None:
    soc3 = Report(
        "soc3",
        "SOC 3",
        period_start=date(2025, 7, 1),
        period_end=date(2025, 12, 31),
        sharing="public",
    )
    inventory = replace(INVENTORY, reports=(soc3,))
    assert answer("Was a SOC 2 examination performed for 2025?", YES_NO, inventory).answer == ""
    # Ended six months before AS_OF (2026-06-30): its age, not its length.
    asked = "Did your SOC report period end more than 3 months ago?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_request_is_not_met_by_a_neighbouring_or_internal_document() -> None:
    baa = EvidenceDocument(
        "baa", "Business Associate Agreement template", ("business associate agreement", "HIPAA")
    )
    assessment = EvidenceDocument(
        "ra",
        "HIPAA security risk assessment 2026",
        ("HIPAA risk assessment", "risk assessment"),
        sharing="internal",
    )
    inventory = replace(INVENTORY, documents=(baa, assessment))
    for asked in (
        "Please provide your current HIPAA security risk assessment.",
        "Please provide your 2024 HIPAA risk assessment.",
    ):
        assert answer(asked, inventory=inventory).answer == "", asked
    # Asked whether it exists, an internal document still says Yes.
    asked = "Do you have a documented HIPAA risk assessment?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_place_question_on_any_country_is_a_place_question() -> None:
    hosting = Control(
        "HST-3",
        "Ugandan and Rwandan customer data is hosted in AWS Africa (Cape Town), with backups in "
        "Nairobi.",
    )
    inventory = replace(INVENTORY, controls=(hosting,))
    asked = "Is Rwandan customer data hosted in Rwanda?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_capability_for_users_not_on_sso_is_read_past_the_case_and_the_product() -> None:
    mfa = Control(
        "IAM-9",
        "Multi-factor authentication (authenticator app) is available for dispatcher accounts on "
        "all plans and is off until the customer's administrator turns it on; riders cannot use "
        "multi-factor authentication.",
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    asked = (
        "For customers not using SSO, does your application and/or user frontend/portal support "
        "multifactor authentication (e.g., Duo, Google Authenticator, OTP, etc.)?"
    )
    assert answer(asked, YES_NO, inventory).answer == "Yes"
    none = Control("IAM-10", "Multi-factor authentication is not supported.")
    inventory = replace(INVENTORY, controls=(none,))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Members pay by invoice; we do not accept payment cards.", "No"),
        (
            "Card payments go through Adyen's hosted page; card numbers never reach our servers.",
            "No",
        ),
        ("We do not store card numbers after authorisation.", ""),  # process and transmit?
        ("We process card payments for clubs; we do not store card numbers.", ""),
    ],
)
def test_card_data_kept_from_the_vendor_answers_the_card_data_question(
    said: str, expected: str
) -> None:
    cards = (ApprovedAnswer("Do you handle payment card data?", said),)
    asked = (
        "Do your systems store, process, or transmit cardholder (payment/credit/debit card) data?"
    )
    assert answer(asked, YES_NO, answers=cards).answer == expected


def test_a_plan_that_has_not_been_exercised_is_not_tested() -> None:
    bcp = Control(
        "BCP-3",
        "The business continuity plan was approved by the board in 2025 and is reviewed every "
        "year. It has never been exercised.",
    )
    inventory = replace(INVENTORY, controls=(bcp,))
    asked = "Do you have a well-documented business continuity plan that is tested annually?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_data_kept_abroad_says_nothing_of_data_crossing_the_buyers_border() -> None:
    where = (
        ApprovedAnswer(
            "Where is customer data stored?",
            "Customer data is stored in Azure Poland Central, with backups in Azure Sweden "
            "Central. Data is not stored or accessed anywhere else.",
        ),
    )
    asked = (
        "Is institutional data coming into or going out of the United States at any point "
        "during collection, processing, storage, or archiving?"
    )
    assert answer(asked, YES_NO, answers=where).answer == ""
    both = (
        ApprovedAnswer(
            "Where is customer data stored?",
            "Customer data is stored in AWS us-east-1 in the United States; support staff in "
            "India can view it.",
        ),
    )
    assert answer(asked, YES_NO, answers=both).answer == "Yes"


def test_a_reports_dates_are_compared_with_the_year_or_day_asked() -> None:
    soc2 = Report(
        "soc2",
        "SOC 2",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        issued=date(2026, 5, 2),
    )
    iso = Report("iso", "ISO 27001", issued=date(2025, 9, 1), expires=date(2028, 6, 15))
    letter = Report("bl", "bridge letter", extends="soc2", through=date(2026, 9, 30))
    inventory = replace(INVENTORY, reports=(soc2, iso, letter))
    for asked, expected in (
        ("Did your SOC 2 report period start in 2026?", "No"),
        ("Did your SOC 2 report period start in 2025?", "Yes"),
        ("Did your SOC 2 report period end in 2025?", "No"),
        ("Does your SOC 2 report period run through 2026-06-30?", "No"),
        ("Does your bridge letter run to a date in 2027?", "No"),
        ("Will your ISO 27001 certificate still be valid on 2028-07-01?", "No"),
        ("Will your ISO 27001 certificate still be valid on 2028-01-01?", "Yes"),
        # Before it says it was issued: an earlier certificate is not listed.
        ("Was your ISO 27001 certificate in place on 2025-03-01?", ""),
        ("Was a SOC 2 examination performed in 2024?", ""),
    ):
        assert answer(asked, YES_NO, inventory).answer == expected, asked


def test_an_age_in_months_is_counted_by_the_day() -> None:
    # AS_OF is 2026-06-30: a period that ended 2025-12-10 ended six months and 20 days before.
    soc2 = Report(
        "soc2",
        "SOC 2",
        type="Type II",
        period_start=date(2024, 12, 11),
        period_end=date(2025, 12, 10),
    )
    inventory = replace(INVENTORY, reports=(soc2,))
    asked = "Did your SOC 2 report period end more than 6 months ago?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_case_the_question_sets_is_answered_only_from_what_is_said_of_it() -> None:
    hosting = Control(
        "DAT-8",
        "Data of Dutch customers is hosted by Hetzner in Falkenstein, Germany. Data of Peruvian "
        "customers is hosted by AWS in Lima.",
    )
    keys = Control(
        "KMS-8",
        "Data at rest is encrypted with provider-managed keys. Customer-managed keys are "
        "available to Enterprise customers in the eu-west-1 region only.",
    )
    ai = Control("AI-8", "The assistant sends prompts to a model hosted in the US East region.")
    staff = Control(
        "HR-8",
        "US employees are background checked before they start; employees in Mexico are hired "
        "after reference checks only. Staff in the Lima office are not background checked.",
    )
    laptops = Control(
        "END-8",
        "Company laptops in Germany are managed with Intune; staff in Lima use personal laptops.",
    )
    inventory = replace(INVENTORY, controls=(hosting, keys, ai, staff, laptops))
    for asked in (
        "For Peruvian customers, is data hosted in the EU?",
        "For Peruvian customers, is data hosted by Hetzner?",
        "For customers in the US region, are customer-managed keys available?",
        "Is a background check required for employees in Mexico?",
        "Are staff in the Bogotá office background checked?",
        "Are the laptops used by Lima staff managed with Intune?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    assert (
        answer("For Dutch customers, is data hosted by Hetzner?", YES_NO, inventory).answer == "Yes"
    )


def test_any_one_left_out_is_asked_the_other_way_round() -> None:
    training = Control("AWR-9", "All employees complete security awareness training every year.")
    inventory = replace(INVENTORY, controls=(training,))
    for asked in (
        "Is there any employee who is not required to complete security awareness training?",
        "Are any employees not required to complete security awareness training?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked


def test_a_report_to_come_and_a_practice_since_a_later_day_are_not_stated() -> None:
    soc2 = Report(
        "soc2",
        "SOC 2",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        categories=("security", "confidentiality"),
    )
    mfa = Control("IAM-11", "Since 2026-03-01 customer administrators must use MFA.")
    inventory = replace(INVENTORY, reports=(soc2,), controls=(mfa,))
    for asked in (
        "Will your next SOC 2 report include Confidentiality?",
        "Will your next SOC 2 examination include Availability?",
        "Do you intend to issue a new SOC 2 bridge letter?",
        "Has MFA been required for customer administrators since 2026-01-01?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    asked = "Has MFA been required for customer administrators since April 2026?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_request_naming_a_year_version_or_product_is_not_met_by_another() -> None:
    pentest = EvidenceDocument(
        "pt",
        "Penetration test report summary for Quill Scan (Redfern Labs, November 2026)",
        ("penetration test", "pen test"),
        date=date(2026, 11, 25),
    )
    policy = EvidenceDocument(
        "isp",
        "Information security policy v5",
        ("information security policy",),
        date=date(2026, 2, 1),
    )
    inventory = replace(INVENTORY, documents=(pentest, policy))
    for asked in (
        "Please provide your 2024 penetration test report.",
        "Please provide your penetration test report for the Quill Guard agent.",
        "Please provide your information security policy (version 4).",
    ):
        assert answer(asked, inventory=inventory).answer == "", asked
    assert answer("Please provide your penetration test report.", inventory=inventory).answer


def test_what_an_opinion_was_qualified_on_is_for_the_reviewer() -> None:
    soc1 = Report(
        "soc1",
        "SOC 1",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        opinion="qualified",
    )
    inventory = replace(INVENTORY, reports=(soc1,))
    for asked in (
        "Was the qualification in your SOC 1 opinion limited to a single control objective?",
        "Was your SOC 1 opinion qualified on more than one control objective?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    assert answer("Is your SOC 1 opinion qualified?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("asked", "if_clean"),
    [
        ("Is your SOC 2 opinion without qualification?", "Yes"),
        ("Was your SOC 2 opinion free of any qualification?", "Yes"),
        ("Is there any qualification in your SOC 2 opinion?", "No"),
        ("Does your SOC 2 opinion contain a qualification?", "No"),
        ("Did your SOC 2 auditor issue anything other than an unqualified opinion?", "No"),
        ("Is your SOC 2 opinion unqualified?", "Yes"),
    ],
)
def test_an_opinion_asked_in_other_words_is_read_the_right_way_round(
    asked: str, if_clean: str
) -> None:
    def soc2(opinion: str) -> Inventory:
        report = Report(
            "soc2",
            "SOC 2",
            type="Type II",
            period_start=date(2025, 4, 1),
            period_end=date(2026, 3, 31),
            opinion=opinion,
        )
        return replace(INVENTORY, reports=(report,))

    other = "No" if if_clean == "Yes" else "Yes"
    assert answer(asked, YES_NO, soc2("unqualified")).answer == if_clean
    assert answer(asked, YES_NO, soc2("qualified")).answer == other


def test_a_reports_dates_are_compared_with_a_month_quarter_or_span() -> None:
    soc2 = Report(
        "soc2",
        "SOC 2",
        type="Type II",
        period_start=date(2025, 7, 1),
        period_end=date(2026, 6, 30),
        issued=date(2026, 8, 14),
    )
    iso = Report("iso", "ISO 27001", issued=date(2025, 9, 1), expires=date(2027, 11, 3))
    inventory = replace(INVENTORY, reports=(soc2, iso))
    for asked, expected in (
        ("Did your SOC 2 period end in the first quarter of 2026?", "No"),
        ("Did your SOC 2 period end in the second quarter of 2026?", "Yes"),
        ("Did your SOC 2 period begin in June 2025?", "No"),
        ("Was your SOC 2 report issued in August 2026?", "Yes"),
        ("Was your SOC 2 period entirely within 2026?", "No"),
        ("Does your ISO 27001 certificate run to the end of 2027?", "No"),
        ("Is your ISO 27001 certificate valid for the whole of 2027?", "No"),
        ("Did your SOC 2 period end before 2026-10-01?", "Yes"),
        ("Was your SOC 2 period entirely within 2025 and 2026?", ""),
    ):
        assert answer(asked, YES_NO, inventory).answer == expected, asked


def test_dates_this_reading_cannot_settle_are_left_to_the_reviewer() -> None:
    soc1 = Report(
        "soc1",
        "SOC 1",
        type="Type II",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        issued=date(2026, 3, 20),
    )
    letter = Report("bl", "bridge letter", extends="soc1", through=date(2026, 3, 31))
    inventory = replace(INVENTORY, reports=(soc1, letter))
    for asked in (
        "Did your bridge letter's coverage end after your SOC 1 report was issued?",
        "Was your SOC 1 period entirely within 2024 and 2025?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    asked = "Do you have a bridge letter covering the period after your SOC 1 report?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_case_set_in_other_places_of_the_question_is_kept() -> None:
    mfa = Control(
        "IAM-12",
        "Staff in Izmir sign in with FIDO2 security keys. Staff in the Rotterdam office sign in "
        "with a password and an SMS code.",
    )
    hosting = Control(
        "DAT-12",
        "Data of Dutch customers is hosted by Azure in Amsterdam. Data of Turkish customers is "
        "hosted by Turkcell in Istanbul.",
    )
    inventory = replace(INVENTORY, controls=(mfa, hosting))
    for asked in (
        "Regarding the Rotterdam office: do staff use FIDO2 keys?",
        "Rotterdam office: do staff use FIDO2 keys?",
        "Do staff use FIDO2 keys in the Rotterdam office?",
        "Do staff (including those in Rotterdam) use FIDO2 keys?",
        "Dutch customers: is their data hosted by Turkcell?",
        "If a clinic is in Turkey, is its data hosted by Azure?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked


def test_a_capability_somewhere_is_not_denied_by_where_it_is_not() -> None:
    mfa = Control(
        "IAM-13",
        "On the Premium plan customers can enforce SAML SSO and TOTP MFA; on the Basic plan only "
        "password login is offered. Users who do not sign in through SSO can enrol in TOTP MFA "
        "on the Premium plan only.",
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    asked = "Does your product support MFA for users who do not use SSO?"
    assert answer(asked, YES_NO, inventory).answer != "No"


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


def test_an_age_in_half_years_is_counted() -> None:
    # AS_OF is 2026-06-30: a period that ended 2025-01-25 ended 17 months and 5 days before.
    soc3 = Report("soc3", "SOC 3", period_start=date(2024, 7, 26), period_end=date(2025, 1, 25))
    inventory = replace(INVENTORY, reports=(soc3,))
    for asked, expected in (
        ("Did your SOC 3 period end more than one and a half years ago?", "No"),
        ("Is your SOC 3 report more than a year and a half old?", "No"),
        ("Did your SOC 3 period end more than half a year ago?", "Yes"),
    ):
        assert answer(asked, YES_NO, inventory).answer == expected, asked


@pytest.mark.parametrize(
    "asked",
    [
        "Is your cyber insurance cover at least CAD 3 million?",
        "Is your cyber insurance at least C$3 million?",
        "Is your cyber insurance cover at least CAD 4 million?",
    ],
)
def test_a_sum_is_judged_in_the_currency_and_cover_asked(asked: str) -> None:
    cover = (
        ApprovedAnswer(
            "Do you carry cyber insurance?",
            "We carry cyber insurance of EUR 3 million with AIG Ireland; our Canadian subsidiary "
            "carries CAD 2 million of professional liability cover.",
        ),
    )
    assert answer(asked, YES_NO, answers=cover).answer == ""


def test_where_the_company_is_comes_from_its_main_clause_only() -> None:
    where = (
        ApprovedAnswer(
            "What is your company's legal name and where is it registered?",
            "Quillan Health Limited, registered with the Companies Registration Office in Dublin, "
            "Ireland; subsidiary Quillan Health Canada Inc. in Toronto, Ontario.",
        ),
    )
    hosting = Control("DAT-15", "Data of Canadian customers is hosted by Azure in Toronto, Canada.")
    inventory = replace(INVENTORY, controls=(hosting,))
    assert answer("Is your company based in Canada?", YES_NO, inventory, where).answer == "No"
    assert (
        answer("Is your company registered in Ireland?", YES_NO, inventory, where).answer == "Yes"
    )
    asked = "Is Quillan's registered head office in Toronto?"
    assert answer(asked, YES_NO, inventory, where).answer == ""


def test_a_report_asked_for_a_part_its_scope_does_not_name_is_not_it() -> None:
    soc3 = Report(
        "soc3",
        "SOC 3",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        scope="Quillan Booking",
        sharing="public",
    )
    soc1 = Report(
        "soc1",
        "SOC 1",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        scope="Invoice calculation in Quillan Billing; Quillan Records is not in scope",
    )
    inventory = replace(INVENTORY, reports=(soc3, soc1))
    assert (
        answer("Please provide the SOC 3 report for Quillan Records.", inventory=inventory).answer
        == ""
    )
    assert answer("Does your SOC 1 report cover Quillan TMS?", YES_NO, inventory).answer == ""
    named = answer("Please provide the SOC 3 report for Quillan Booking.", inventory=inventory)
    assert named.status is Status.COVERED


def test_a_part_set_aside_by_except_is_not_asked() -> None:
    tests = Control(
        "PT-16",
        "An outside firm penetration tests Quillan Booking and the patient portal every year. "
        "Quillan Records has never been penetration tested.",
    )
    inventory = replace(INVENTORY, controls=(tests,))
    asked = "Except for Quillan Records, are your products penetration tested every year?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_bridge_letter_covers_from_the_day_after_its_reports_period() -> None:
    soc2 = Report(
        "soc2", "SOC 2", type="Type II", period_start=date(2025, 7, 1), period_end=date(2026, 6, 30)
    )
    letter = Report(
        "bl", "bridge letter", extends="soc2", through=date(2027, 3, 31), issued=date(2027, 4, 10)
    )
    inventory = replace(INVENTORY, reports=(soc2, letter))
    asked = "Did your bridge letter cover the whole of the first quarter of 2027?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_prior_year_report_is_the_previous_one() -> None:
    old = Report(
        "soc1-old",
        "SOC 1",
        type="Type II",
        period_start=date(2024, 4, 1),
        period_end=date(2025, 3, 31),
        opinion="unqualified",
    )
    new = replace(old, id="soc1-new", period_start=date(2025, 4, 1), period_end=date(2026, 3, 31))
    new = replace(new, opinion="qualified")
    inventory = replace(INVENTORY, reports=(old, new))
    for asked in (
        "Did the prior-year SOC 1 opinion contain any qualification?",
        "Was the prior-year SOC 1 opinion qualified?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "No", asked


def test_exceptions_asked_of_one_category_are_those_on_its_criteria() -> None:
    # The report (security and availability) notes one exception, on CC6.3.
    asked = "Did your SOC 2 report note any deviations in the Availability category?"
    assert answer(asked, YES_NO).answer == "No"
    assert answer("Did the SOC 2 auditor note exceptions under A1.2?", YES_NO).answer == "No"
    assert answer("Were there any exceptions against CC6 in your SOC 2?", YES_NO).answer == "Yes"
    assert answer("Your SOC 2: any exceptions on the common criteria?", YES_NO).answer == "Yes"
    # Not of a report examined against other criteria (the SOC 1 Type I).
    assert answer("Did your SOC 1 note exceptions under A1.2?", YES_NO).filled is False
    # A category the report does not include was not tested: neither Yes nor No.
    m = answer("Did your auditor report exceptions for the Confidentiality criteria?", YES_NO)
    assert m.filled is False


def test_a_role_held_beside_other_duties_is_not_dedicated_staff() -> None:
    cfo = ApprovedAnswer(
        "Who is responsible for privacy?",
        "Our CFO serves as privacy officer in addition to her finance role.",
    )
    m = answer("Is there a dedicated privacy team or office?", YES_NO, answers=(cfo,))
    assert m.answer != "Yes"


def test_what_one_plans_customers_have_is_not_said_of_another_plans() -> None:
    siem = Control("LOG-7", "Premium subscribers can stream audit logs to their own SIEM.")
    inventory = replace(INVENTORY, controls=(siem,))
    asked = "Can Basic tier customers stream audit logs to a SIEM?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Can Premium tier customers stream audit logs to a SIEM?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_an_owner_and_a_yearly_review_of_one_plan_are_not_the_other_plans() -> None:
    asked = "Does your DR plan have a named owner, and is it reviewed every year?"
    apart = Control(
        "BC-2",
        "The business continuity plan is owned by the CFO and reviewed every year. Disaster "
        "recovery relies on nightly snapshots restored to the standby region.",
    )
    m = answer(asked, YES_NO, inventory=replace(INVENTORY, controls=(apart,)))
    assert m.answer != "Yes"
    together = Control(
        "BC-3", "Our disaster recovery plan is owned by the CTO and reviewed every year."
    )
    m = answer(asked, YES_NO, inventory=replace(INVENTORY, controls=(together,)))
    assert m.answer == "Yes"


def test_a_denial_of_data_outside_a_place_is_read_for_what_it_says() -> None:
    kept = Control(
        "DAT-1",
        "Customer data is hosted in Dublin with backups in Frankfurt; no customer data is "
        "stored outside the EU. Support engineers in Toronto view records remotely.",
    )
    inventory = replace(INVENTORY, controls=(kept,))

    def said(asked: str) -> str:
        return answer(asked, YES_NO, inventory=inventory).answer

    assert said("Is customer data stored outside the EU?") == "No"
    # Not outside the EU is not "not inside it", nor inside one of its countries, nor unseen.
    assert said("Is all customer data stored within the EU?") != "No"
    assert said("Are backups stored outside Ireland?") != "No"
    assert said("Is customer data accessed from outside the EU?") != "No"


def test_another_organisations_controls_are_tested_only_where_it_is_included() -> None:
    # Amazon Web Services is carved out of the SOC 2 (INVENTORY).
    asked = "Did your SOC 2 auditor test Amazon Web Services' physical security controls?"
    assert answer(asked, YES_NO).answer == "No"
    inclusive = replace(
        SOC2, subservice_orgs=(SubserviceOrg("Harbour Helpdesk", "inclusive", ("support",)),)
    )
    inventory = replace(INVENTORY, reports=(inclusive, BRIDGE))
    asked = "Were Harbour Helpdesk's support controls tested by your SOC 2 auditor?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    asked = "Did your SOC 2 auditor examine Stripe's payment controls?"
    assert answer(asked, YES_NO, inventory=inventory).filled is False


def test_past_a_month_is_after_its_last_day() -> None:
    # The bridge letter runs through 2026-04-30.
    assert answer("Does your bridge letter extend past the end of April 2026?", YES_NO).answer == (
        "No"
    )
    assert answer("Does the bridge letter run beyond March 2026?", YES_NO).answer == "Yes"
    assert answer("Does your bridge letter run to the end of April 2026?", YES_NO).answer == "Yes"


def test_round_the_clock_said_of_one_watch_is_not_said_of_another() -> None:
    watch = Control(
        "MON-2",
        "Platform uptime is monitored 24x7 by our operations centre. Security alerts are "
        "triaged by the security team during business hours.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    assert answer("Is security monitoring performed 24/7?", YES_NO, inventory=inventory).answer != (
        "Yes"
    )
    assert answer("Is platform uptime monitored 24/7?", YES_NO, inventory=inventory).answer == "Yes"


def test_a_plan_is_named_as_written_and_an_environment_is_not_another() -> None:
    sso = Control(
        "IAM-9",
        "Teams on the Scale plan can connect SAML single sign-on to the team console. MFA is "
        "optional on the Team and Starter plans.",
    )
    inventory = replace(INVENTORY, controls=(sso,))
    asked = "Can Team plan customers use SAML single sign-on?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    shared = Control("IAM-4", "Testers use shared accounts that reach the sandbox only.")
    inventory = replace(INVENTORY, controls=(shared,))
    asked = "Do the testers' shared accounts reach production?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    backups = Control("BCK-1", "Data is stored in Lyon with backups in Marseille.")
    inventory = replace(INVENTORY, controls=(backups,))
    assert answer("Are backups stored in Lyon?", YES_NO, inventory=inventory).answer != "Yes"
    assert answer("Are backups stored in Marseille?", YES_NO, inventory=inventory).answer == "Yes"


def test_what_the_customer_does_or_is_responsible_for_is_not_the_vendors_act() -> None:
    duty = Control(
        "CUS-2",
        "Clients, as data controllers, are responsible for their consent records and for "
        "any impact assessment; we provide a template. Exports are scheduled by the client.",
    )
    inventory = replace(INVENTORY, controls=(duty,))
    for asked in (
        "Does Northwind keep the consent records?",
        "Is Northwind responsible for the impact assessment?",
        "Do you schedule the exports?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    assert answer("Do you provide a template?", YES_NO, inventory=inventory).answer == "Yes"


def test_a_legal_name_of_two_parts_is_kept_whole_and_work_places_are_not_viewers() -> None:
    legal = ApprovedAnswer("What is your legal name?", "Hanbit Co., Ltd., registered in Seoul.")
    assert answer("Legal name of the company", answers=(legal,)).answer == "Hanbit Co., Ltd."
    data = ApprovedAnswer(
        "Where is customer data stored and who can view it?",
        "It is stored in Frankfurt. Our support staff in Manila can view records.",
    )
    assert answer("Employee Work Locations (all)", answers=(data,)).filled is False


def test_a_country_people_view_data_from_is_not_where_it_is_kept() -> None:
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored only in the EU (AWS Dublin, backups in Frankfurt). Our "
        "support agents in Cebu, Philippines can view tickets.",
    )

    def said(asked: str) -> str:
        return answer(asked, YES_NO, answers=(where,)).answer

    assert said("Is any customer data stored in the Philippines?") != "Yes"
    # The EU holds Ireland, and Dublin is in it: kept there, not "only elsewhere".
    assert said("Is customer data stored in Ireland?") == "Yes"
    assert said("Is all customer data stored in Ireland?") == "No"  # backups in Frankfurt
    assert said("Is customer data stored in the United States?") == "No"


def test_what_was_done_until_a_change_is_not_done_now() -> None:
    model = Control(
        "AI-3",
        "Since March 2027 the ranking model is trained only on licensed data; until then it "
        "was also trained on customers' click logs.",
    )
    inventory = replace(INVENTORY, controls=(model,))
    asked = "Do you train the ranking model on customers' click logs?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_state_of_being_done_must_be_said() -> None:
    audit = ApprovedAnswer(
        "When will your next SOC 2 be issued?",
        "Our next SOC 2 Type II is in fieldwork; we expect the report in May 2027.",
    )
    asked = "Is fieldwork for your next SOC 2 complete?"
    assert answer(asked, YES_NO, answers=(audit,)).answer != "Yes"
    dpia = Control("PRV-8", "We run a DPIA for every new processing activity.")
    inventory = replace(INVENTORY, controls=(dpia,))
    assert answer(
        "Is your DPIA for the chat feature final?", YES_NO, inventory=inventory
    ).answer != ("Yes")


def test_a_request_gets_the_document_it_names_or_none() -> None:
    general = EvidenceDocument(
        "dpa", "Data Processing Agreement", ("data processing agreement", "DPA"), sharing="public"
    )
    draft = EvidenceDocument(
        "dpa-uk",
        "UK Data Processing Addendum (draft v0.3)",
        ("data processing agreement", "DPA"),
        sharing="internal",
    )
    card = EvidenceDocument("card", "Model card for Ranker", ("AI", "model card"), sharing="public")
    plan = EvidenceDocument(
        "bcp", "Business Continuity Plan (owner: COO)", ("business continuity plan",), sharing="nda"
    )
    inventory = replace(INVENTORY, documents=(general, draft, card, plan))
    # The one named is the internal draft: the general agreement is not it.
    m = answer("Please provide your signed UK Data Processing Addendum.", inventory=inventory)
    assert m.filled is False
    # Another kind of AI document is not the assessment asked for.
    m = answer("Please provide your EU AI Act conformity assessment.", inventory=inventory)
    assert m.filled is False
    m = answer("Please provide your business continuity plan.", inventory=inventory)
    assert m.filled and "Business Continuity Plan" in m.answer


def test_a_bound_on_one_kind_of_logs_is_not_judged_by_another() -> None:
    kept = Control("LOG-2", "Chat transcripts and chat logs are kept for 30 days.")
    inventory = replace(INVENTORY, controls=(kept,))
    asked = "Are security logs kept for at least 6 months?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"
    kept = Control("LOG-3", "Server and firewall logs are kept for 30 days.")
    inventory = replace(INVENTORY, controls=(kept,))
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"


def test_people_are_employees_only_where_said_of_them() -> None:
    dpo = ApprovedAnswer(
        "Who is your DPO?", "Our DPO is Ravi Menon of Ledgerline Advisory LLP, an external DPO."
    )
    assert answer("Is your DPO an employee of Northwind?", YES_NO, answers=(dpo,)).answer != "Yes"
    keys = Control(
        "IAM-3",
        "Employees in the Leeds office sign in with security keys. Support agents of our "
        "partner Harbour Desk sign in with passwords.",
    )
    inventory = replace(INVENTORY, controls=(keys,))
    asked = "Are the Harbour Desk support agents employees of Northwind?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_role_in_law_a_named_case_and_primary_data_are_read_as_asked() -> None:
    hosted = Control("DAT-4", "Customer data is hosted by Northwind in Toronto.")
    inventory = replace(INVENTORY, controls=(hosted,))
    # Hosting data does not make the vendor its controller: the role must be said.
    asked = "Is Northwind the controller of customer data?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    keys = Control(
        "IAM-6",
        "Employees in the Leeds office sign in with FIDO2 security keys. Agents of our partner "
        "in Cape Town sign in with push notifications.",
    )
    inventory = replace(INVENTORY, controls=(keys,))
    asked = "Do your Cape Town agents sign in with phishing-resistant MFA?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    where = ApprovedAnswer(
        "Where is customer data stored?", "Customer data is stored in Dublin with backups in Paris."
    )
    asked = "Is primary customer data hosted in France?"
    assert answer(asked, YES_NO, answers=(where,)).answer != "Yes"
    assert answer("Is customer data stored in France?", YES_NO, answers=(where,)).answer == "Yes"


def test_the_sentence_that_alone_speaks_of_a_kind_of_data_says_where_it_is() -> None:
    kept = Control(
        "DAT-7",
        "Accounts of EU customers are stored in Frankfurt. Chat transcripts of every region "
        "are stored in Virginia.",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    asked = "Are chat transcripts of EU customers stored in the EU?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    # "every" says how many, not what: a failover region is not said by regions alone.
    regions = Control("DR-2", "Every region has nightly backups kept in the same region.")
    inventory = replace(INVENTORY, controls=(regions,))
    asked = "Does every region have a failover region?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_report_questions_over_several_reports_orgs_firms_and_what_is_to_come() -> None:
    prior = replace(
        SOC2,
        id="soc2-2025",
        period_start=date(2024, 2, 1),
        period_end=date(2025, 1, 31),
        categories=("security",),
    )
    inventory = replace(INVENTORY, reports=(SOC2, prior, BRIDGE))
    asked = "Did both of your last two SOC 2 reports include Availability?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"  # the older one did not
    asked = "Did each of your last three SOC 2 reports include Security?"
    assert answer(asked, YES_NO, inventory=inventory).filled is False  # two are held
    # Any organisation of a method, not the first; the firm's kind by its name only.
    mixed = replace(
        SOC2,
        subservice_orgs=(
            SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),
            SubserviceOrg("Harbour Helpdesk", "inclusive", ("support",)),
        ),
    )
    inventory = replace(INVENTORY, reports=(mixed, BRIDGE))
    asked = "Does your SOC 2 use the inclusive method for any subservice organization?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    asked = "Was your SOC 2 performed by a Big Four firm?"
    assert answer(asked, YES_NO).filled is False  # Kestrel & Lowe CPAs LLP
    big = replace(INVENTORY, reports=(replace(SOC2, auditor="KPMG LLP"), BRIDGE))
    assert answer(asked, YES_NO, inventory=big).answer == "Yes"
    # A letter not held today says nothing of one to come.
    none = replace(INVENTORY, reports=(SOC2,))
    asked = "Will you provide a bridge letter for the second half of 2026?"
    assert answer(asked, YES_NO, inventory=none).filled is False
    assert answer("Do you have a bridge letter?", YES_NO, inventory=none).answer == "No"


def test_a_credential_named_is_answered_from_its_own_record_and_dates_by_product() -> None:
    isms = Report(id="ismsp", kind="other", title="ISMS-P certificate", scope="The Korea region")
    scoped = replace(SOC2, scope="Northwind Insights, the analytics product, in every region")
    inventory = replace(INVENTORY, reports=(scoped, BRIDGE, isms))
    asked = "Does your ISMS-P certificate cover Northwind Insights?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"  # the SOC 2's scope
    m = answer("Date your DPIA was completed")
    assert m.answer != AS_OF.isoformat()


def test_a_test_dated_inside_the_window_asked_is_a_yes_of_its_own_case() -> None:
    # AS_OF is 2026-06-30.
    dr = Control(
        "BC-7",
        "Our disaster recovery plan is owned by the CTO. The EU region fails over to Paris; the "
        "failover was last tested in February 2026. The Canada region is restored from backups; "
        "this restore has never been tested.",
    )
    inventory = replace(INVENTORY, controls=(dr,))
    asked = "Has the disaster recovery restore of the Canada region been tested in the last year?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    # One region tested and another never: which test the question means is the reviewer's.
    asked = "Has the Disaster Recovery Plan been tested in the past year?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    tested = Control(
        "BC-9",
        "Our disaster recovery plan is owned by the CTO. The EU region fails over to Paris; the "
        "failover was last tested in February 2026.",
    )
    inventory = replace(INVENTORY, controls=(tested,))
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    old = Control("BC-8", "Our disaster recovery plan was last tested in March 2024.")
    inventory = replace(INVENTORY, controls=(old,))
    asked = "Has the Disaster Recovery Plan been tested in the past year?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_when_an_expired_certificate_expired_is_its_date() -> None:
    iso = Report(id="iso", kind="ISO 27001", expires=date(2026, 2, 28), issued=date(2023, 3, 1))
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, iso))
    m = answer("When did your ISO 27001 certificate expire?", inventory=inventory)
    assert (m.answer, m.filled) == ("2026-02-28", True)


def test_twentieth_probe_kinds_headquarters_gaps_scopes_names_and_assessment_forms() -> None:
    hq = ApprovedAnswer(
        "Where are you headquartered?",
        "Our headquarters are in Denver, Colorado. Evening support is provided by a partner in "
        "Monterrey, Mexico.",
    )
    assert answer("Country of Company Headquarters", answers=(hq,)).answer == "United States"
    # "that no bridge letter covers" says which gap, it does not turn the question round.
    asked = "Is there a gap between the end of your SOC 2 period and today that no bridge letter covers?"
    assert answer(asked, YES_NO).answer == "Yes"  # the letter ends 2026-04-30, AS_OF 2026-06-30
    pci = Report(
        id="aoc",
        kind="PCI DSS",
        title="PCI DSS Attestation of Compliance (Report on Compliance by a QSA)",
        scope="Northwind Pay card vault; Northwind Ledger is outside the cardholder data "
        "environment and not assessed",
        expires=date(2027, 1, 31),
    )
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, pci))
    asked = "Is Northwind Ledger within the scope of your PCI DSS assessment?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    asked = "Was your PCI DSS assessment a self-assessment questionnaire?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    # A product's name says which, not what is done.
    tested = Control("VUL-5", "Northwind Ledger was last penetration tested in November 2024.")
    inventory = replace(INVENTORY, controls=(tested,))
    asked = "Does Northwind Ledger have a secondary site?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_the_as_of_date_of_a_type_i_and_all_work_locations_with_the_headquarters() -> None:
    # SOC1_T1 is as of 2026-03-31; an issue date set apart from it.
    issued = replace(SOC1_T1, issued=date(2026, 5, 20))
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, issued))
    m = answer("What is the as-of date of your SOC 1 Type I report?", inventory=inventory)
    assert m.answer == "2026-03-31"
    where = ApprovedAnswer(
        "Where are you headquartered?",
        "Our headquarters are in Singapore. Our support team works in Kuala Lumpur, Malaysia.",
    )
    m = answer("Employee Work Locations (all)", answers=(where,))
    assert "Singapore" in m.answer and "Kuala Lumpur" in m.answer


def test_on_offer_and_done_only_on_a_condition_are_not_done() -> None:
    mfa = Control(
        "IAM-12",
        "Multi-factor authentication is available to all clinic staff accounts and is required "
        "for clinic administrators.",
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    asked = "Is MFA mandatory for every clinic staff user?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    rest = Control("ENC-1", "Data is encrypted at rest in AWS with AES-256.")
    phones = Control(
        "ENC-2",
        "Notes waiting to sync are kept on the nurse's phone; they are encrypted only when the "
        "clinic has turned on device encryption.",
    )
    inventory = replace(INVENTORY, controls=(rest, phones))
    asked = "Is the storage of sensitive data encrypted (e.g., disk encryption, at-rest, files)?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    inventory = replace(INVENTORY, controls=(rest,))
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_how_many_exceptions_is_a_count_and_countries_skip_people_abroad() -> None:
    # SOC2 notes one exception, on CC6.3.
    m = answer("How many exceptions were noted in your latest SOC 2 report?")
    assert (m.answer, m.filled) == ("1", True)
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored in Google Cloud southamerica-west1 in Chile, with backups in "
        "southamerica-east1 in Brazil. Developers of our partner in Paysandu, Uruguay, can "
        "read records to fix defects.",
    )
    asked = "List all countries where data centers are located:"
    assert answer(asked, answers=(where,)).answer == "Chile, Brazil"


def test_a_party_spoken_of_by_a_pronoun_and_a_role_held_by_another() -> None:
    duty = Control(
        "CUS-5",
        "Practices on the Clinic plan are the covered entities. They are responsible for their "
        "notice of privacy practices and for verifying a client's identity at the first visit.",
    )
    inventory = replace(INVENTORY, controls=(duty,))
    for asked in (
        "Do you verify a client's identity before the first visit?",
        "Is Northwind responsible for the notice of privacy practices?",
        "Is Northwind the covered entity for practices on the Clinic plan?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    people = Control(
        "PPL-4",
        "Nurses work from their own laptops. They use the portal in a browser and cannot "
        "download patient records.",
    )
    inventory = replace(INVENTORY, controls=(people,))
    asked = "Can nurses download patient records to their own laptops?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_the_last_test_of_the_mobile_apps_is_not_the_web_applications() -> None:
    web = EvidenceDocument(
        "pt",
        "Penetration test summary for the web application and API (April 2026)",
        ("penetration test",),
        date=date(2026, 4, 24),
    )
    inventory = replace(INVENTORY, documents=(web,))
    m = answer("When were the iOS and Android apps last penetration tested?", inventory=inventory)
    assert m.answer != "2026-04-24"


def test_both_groups_sibling_products_only_inside_and_places_not_listed() -> None:
    sign_in = Control(
        "IAM-20",
        "Employees sign in through Okta with push multi-factor authentication. Patients sign "
        "in with a password; they can turn on SMS codes.",
    )
    inventory = replace(INVENTORY, controls=(sign_in,))
    asked = "Is MFA required for both employees and patients?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Is MFA required for patients?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    sites = Control(
        "BCP-9",
        "Lumen Pay fails over to the Leeds site every quarter; Lumen Books has no secondary site.",
    )
    inventory = replace(INVENTORY, controls=(sites,))
    assert answer("Does Lumen Pay have a secondary site?", YES_NO, inventory=inventory).answer != (
        "No"
    )
    vault = Control("PCI-2", "Card numbers are tokenised and stored only in the card vault.")
    inventory = replace(INVENTORY, controls=(vault,))
    asked = "Are card numbers stored anywhere outside the card vault?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    licensed = Control("PPL-7", "Nurses are licensed in Ohio, Texas and Florida.")
    inventory = replace(INVENTORY, controls=(licensed,))
    assert answer("Are nurses licensed in Colorado?", YES_NO, inventory=inventory).answer != "Yes"
    assert answer("Are nurses licensed in Texas?", YES_NO, inventory=inventory).answer == "Yes"
    backups = Control("BCK-3", "Records are stored in us-central1 (Iowa) with backups in us-east4.")
    inventory = replace(INVENTORY, controls=(backups,))
    assert answer("Are backups stored in Iowa?", YES_NO, inventory=inventory).answer != "Yes"


def test_days_ahead_sharing_others_compliance_conditions_and_other_plans() -> None:
    # AS_OF 2026-06-30; the certificate expires 55 days later.
    iso = Report(
        id="iso",
        kind="ISO 27001",
        issued=date(2023, 8, 24),
        expires=date(2026, 8, 24),
        sharing="public",
    )
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, iso))
    asked = "Will your ISO 27001 certificate still be valid 60 days from now?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    asked = "Will your ISO 27001 certificate still be valid 30 days from now?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    lapsed = replace(iso, expires=date(2026, 5, 31))
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, lapsed))
    asked = "Is your ISO 27001 certificate publicly available?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    asked = "Are you responsible for your customers' ISO 27001 certification?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    pci = Report(id="aoc", kind="PCI DSS", title="PCI DSS Attestation of Compliance")
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, pci))
    asked = "Are you responsible for your merchants' PCI DSS compliance?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    model = Control(
        "AI-9",
        "The fraud model is trained on pooled data from all merchants; Enterprise merchants can "
        "opt out of contributing their data.",
    )
    inventory = replace(INVENTORY, controls=(model,))
    for asked in (
        "Do Enterprise merchants' transactions train the fraud model if they opt out?",
        "Can merchants on other plans opt out of contributing data to the fraud model?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    stored = Control(
        "PCI-4", "Card numbers are tokenised; card verification codes are never stored."
    )
    inventory = replace(INVENTORY, controls=(stored,))
    asked = "Are card numbers tokenised and card verification codes never stored?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"


def test_scope_boundaries_every_day_since_a_bridge_of_a_kind_only_and_conditions() -> None:
    soc1 = Report(
        id="soc1",
        kind="SOC 1",
        type="Type II",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        scope="Northwind Pay settlement; Northwind Books is not in scope",
    )
    letter = Report(id="bl-s1", kind="bridge letter", extends="soc1", through=date(2026, 4, 30))
    inventory = replace(INVENTORY, reports=(soc1, letter))
    for asked, said in (
        ("Is Northwind Books within the boundary of your SOC 1 examination?", "No"),
        ("Is Northwind Books part of your SOC 1 system description?", "No"),
        ("Is every day since the end of your SOC 1 period covered by a bridge letter?", "No"),
        ("Do you have a SOC 2 bridge letter?", "No"),  # the letter extends the SOC 1
        ("Did the SOC 1 exception relate to access control?", ""),  # none is noted
        ("If you hold a PCI DSS AoC, is it for a service provider?", "N/A"),
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == said, asked
    sms = Control("MSG-1", "SMS reminders contain only the client's first name and the visit time.")
    inventory = replace(INVENTORY, controls=(sms,))
    asked = "Do SMS reminders contain anything besides the first name and visit time?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    kept = (
        Control("BCK-5", "Backups are encrypted and kept for 30 days."),
        Control("REC-1", "Consented recordings are stored for 90 days and then deleted."),
    )
    inventory = replace(INVENTORY, controls=kept)
    asked = "Are backups encrypted and kept for at least 90 days?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_every_org_a_choice_the_customer_makes_and_a_no_that_is_part_of_a_sentence() -> None:
    mixed = replace(
        SOC2,
        subservice_orgs=(
            SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),
            SubserviceOrg("Harbour Helpdesk Co., Ltd.", "inclusive", ("support",)),
        ),
    )
    inventory = replace(INVENTORY, reports=(mixed, BRIDGE))
    m = answer(
        "Are all subservice organisations carved out of your SOC 2?", YES_NO, inventory=inventory
    )
    assert m.answer == "No" and "Ltd.." not in m.suggested_response
    kept = Control(
        "DAT-9",
        "Records are deleted at the end of the retention period the customer sets (default 12 "
        "months).",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    asked = "Does Northwind decide the retention period for records?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    told = ApprovedAnswer(
        "Have you had a data breach?",
        "No breach of our systems has occurred. In May 2025 a customer shared a report link "
        "publicly for two days.",
    )
    m = answer("Can you confirm you have never had a data breach?", YES_NO, answers=(told,))
    assert m.answer != "Yes"
    assert "Breach of our systems has occurred" not in m.suggested_response


def test_scope_by_audit_verbs_weeks_ahead_self_certified_and_advisory() -> None:
    soc1 = Report(
        id="soc1",
        kind="SOC 1",
        type="Type II",
        period_start=date(2025, 7, 1),
        period_end=date(2026, 6, 30),
        scope="Northwind Pay settlement; Northwind Books is not in scope",
    )
    pci = Report(
        id="aoc",
        kind="PCI DSS",
        title="PCI DSS AoC (Report on Compliance by a QSA)",
        issued=date(2025, 9, 1),
        expires=date(2026, 8, 24),
    )
    inventory = replace(INVENTORY, reports=(soc1, pci))
    for asked, said in (
        ("Is Northwind Books audited under your SOC 1?", "No"),
        ("Does your SOC 1 auditor test Northwind Books?", "No"),
        ("Will your PCI DSS AoC be valid in 8 weeks?", "No"),  # it expires in 55 days
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == said, asked
    asked = "Did you self-certify your PCI DSS compliance?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    scores = Control("FR-1", "Fraud scores are advisory; merchants decide whether to decline.")
    inventory = replace(INVENTORY, controls=(scores,))
    assert answer("Are fraud scores binding on merchants?", YES_NO, inventory=inventory).answer != (
        "Yes"
    )


def test_a_choice_asked_in_the_passive_is_the_customers_where_the_customer_makes_it() -> None:
    kept = Control(
        "DAT-11",
        "Records are deleted at the end of the retention period the customer sets (default 12 "
        "months).",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    for asked in (
        "Is the retention period for records set by Northwind?",
        "Is the records retention period chosen by you?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked


def test_last_probe_phrasings_of_scope_coverage_replicas_and_set_apart() -> None:
    soc1 = Report(
        id="soc1",
        kind="SOC 1",
        type="Type II",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        scope="Northwind Pay settlement; Northwind Books is not in scope",
    )
    letter = Report(id="bl-s1", kind="bridge letter", extends="soc1", through=date(2026, 4, 30))
    inventory = replace(INVENTORY, reports=(soc1, letter))
    for asked in (
        "Is Northwind Books part of the system described in your SOC 1?",
        "Was Northwind Books examined in your SOC 1 audit?",
        "Is your SOC 1 coverage complete up to today?",  # the letter ends 2026-04-30
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == "No", asked
    dr = Control(
        "DR-5",
        "Production data is stored in eu-west-1. An encrypted replica, including the vault, is "
        "kept at the Kestrel data centre in Cork for disaster recovery.",
    )
    inventory = replace(INVENTORY, controls=(dr,))
    asked = "Is the disaster recovery replica kept in eu-west-1?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    sms = Control("MSG-2", "SMS reminders contain only the first name and the visit time.")
    inventory = replace(INVENTORY, controls=(sms,))
    asked = "Apart from first name and visit time, do SMS reminders carry any client data?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_filled_answer_on_a_row_whose_report_is_not_held_is_partial_not_gap() -> None:
    # Only a SOC 1 is held; the row needs a SOC 2 Type II, and a control answers it.
    inventory = replace(INVENTORY, reports=(SOC1_T1,))
    m = answer(
        "Is multi-factor authentication enforced for workforce access to production?",
        YES_NO,
        inventory=inventory,
    )
    assert m.filled and m.answer == "Yes"
    assert m.status is Status.PARTIAL and m.remedy  # the report to obtain is still named


def test_a_request_for_an_ssae_18_soc_1_is_not_answered_by_the_soc_2() -> None:
    # INVENTORY holds a SOC 2 Type II and a SOC 1 Type I.
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE))
    asked = "Provide a copy of your SSAE 18 SOC 1 Type II report covering at least six months."
    m = answer(asked, inventory=inventory)
    assert "SOC 2" not in m.answer


def test_a_question_whose_lead_condition_is_false_gets_the_buyers_na_or_nothing() -> None:
    no_phi = ApprovedAnswer(
        question="Do you handle health information or sign BAAs?",
        answer="No. We do not process protected health information and do not sign business"
        " associate agreements.",
    )
    type1 = replace(SOC2, type="Type I", period_start=None)
    inventory = replace(INVENTORY, reports=(type1,))
    for asked, answers in (
        # the condition is denied in other words than the question's ("PHI")
        ("If you process PHI, do you sign BAAs with subcontractors?", (no_phi,)),
        # a report of the kind but not of the type the condition names
        ("If you have a SOC 2 Type II report, is it older than 12 months?", ()),
        # a report of the kind not held at all
        ("If you hold a SOC 1 report, does it include complementary user entity controls?", ()),
    ):
        m = answer(asked, YES_NO, inventory=inventory, answers=answers)
        assert (m.answer, m.filled) == ("N/A", True), asked
        assert m.suggested_response.startswith("N/A (the question's condition does not apply)")
        # Without an N/A to pick, neither Yes nor No is true: the reviewer words it.
        m = answer(asked, ("Yes", "No"), inventory=inventory, answers=answers)
        assert (m.answer, m.filled) == ("", False), asked
    # A condition that holds leaves the answer as found.
    m = answer(
        "If you have a SOC 2 Type I report, is it older than 12 months?",
        YES_NO,
        inventory=inventory,
    )
    assert m.answer == "No"


def test_a_denial_folds_the_words_of_a_term_before_counting_them() -> None:
    said = "We do not process protected health information and do not sign BAAs."
    assert denies("Do you process PHI?", said)
    assert not denies("Do you encrypt PHI at rest?", said)


def test_a_retention_asked_for_a_time_is_a_bound_on_how_long() -> None:
    kept = Control(
        "BCK-7", "Databases are backed up daily; backups are encrypted and kept for 30 days."
    )
    inventory = replace(INVENTORY, controls=(kept,))
    for asked, said in (
        ("Are backups encrypted and retained for a year?", "No"),
        ("Are backups retained for 12 months?", "No"),
        ("Are backups kept for 14 days?", "Yes"),  # kept longer than asked
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == said, asked
    # Where the end is asked too, the time is exact: not judged as a bound.
    asked = "Are backups kept for 14 days and then deleted?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_an_advisory_output_is_not_mandatory_and_a_negative_topic_is_not_a_turn() -> None:
    model = Control(
        "FRD-1",
        "The fraud model scores every transaction for merchants. Scores are advisory; a merchant"
        " decides whether to decline.",
    )
    inventory = replace(INVENTORY, controls=(model,))
    for asked in (
        "Is the fraud model's output mandatory for merchants to follow?",
        "Are the fraud model's scores compulsory for merchants?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    excepted = replace(
        SOC1_T1,
        type="Type II",
        period_start=date(2025, 4, 1),
        exceptions=(
            ReportException(
                ("CO-6",),
                "Daily settlement reconciliations were not performed on 9 business days.",
            ),
        ),
    )
    inventory = replace(INVENTORY, reports=(excepted,))
    for asked, said in (
        ("Was the SOC 1 exception about reconciliations not being performed?", "Yes"),
        ("Was the SOC 1 exception not about reconciliations?", "No"),
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == said, asked


def test_another_partys_own_cover_is_not_the_vendors() -> None:
    insured = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes, USD 3 million of cyber liability insurance. Therapists carry their own"
        " professional liability insurance.",
    )
    asked = "Does Northwind carry professional liability insurance for its therapists?"
    assert answer(asked, YES_NO, answers=(insured,)).answer != "Yes"
    assert answer("Do you carry cyber insurance?", YES_NO, answers=(insured,)).answer == "Yes"


def test_a_feature_named_in_the_question_is_answered_only_by_controls_naming_it() -> None:
    recorded = Control(
        "REC-1", "Video sessions are recorded on the Clinic plan when the client consents."
    )
    feature = Control(
        "AI-1",
        "Session Summary drafts a progress note from the therapist's typed notes using a"
        " hosted language model.",
    )
    inventory = replace(INVENTORY, controls=(recorded, feature))
    asked = "Can Session Summary process video sessions?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    # Without a control naming it, the name is a name and the practice is judged as before.
    inventory = replace(INVENTORY, controls=(recorded,))
    asked = "Are video sessions recorded on the Clinic plan when the client consents?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_without_that_the_fact_does_not_speak_of_and_a_holder_asked_by_role() -> None:
    # The hosting provider is a subcontractor; whether it lacks a BAA the fact does not say.
    m = answer("Is customer data processed by any subcontractor without a BAA?", YES_NO)
    assert m.answer != "Yes"
    insured = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes, USD 3 million of cyber liability insurance. Therapists carry their own"
        " professional liability insurance.",
    )
    asked = "Is Northwind the holder of the therapists' professional liability insurance?"
    assert answer(asked, YES_NO, answers=(insured,)).answer != "Yes"


def test_first_contact_kinds_of_a_funeral_software_vendor() -> None:
    scoped = replace(
        SOC2,
        scope="Acme Saatto web application and APIs; Acme Muisto memorial pages and the systems"
        " of Sava Code d.o.o. are not in scope",
    )
    letter = Report(id="bl-2", kind="bridge letter", extends="soc2-2026", through=date(2026, 4, 30))
    inventory = replace(INVENTORY, reports=(scoped, letter))
    for asked, said in (
        # an abbreviation's full stop does not end the excluding clause
        ("Is Acme Muisto within the scope of your SOC 2 report?", "No"),
        ("Is Acme Saatto within the scope of your SOC 2 report?", "Yes"),
        # a letter that "covers the gap ... and today" is asked to cover up to today
        (
            "Do you have a bridge letter that covers the gap between the end of your SOC 2"
            " period and today?",
            "No",
        ),
        ("Is there a gap between the end of your SOC 2 period and today?", "Yes"),
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == said, asked
    staging = Control(
        "DAT-7",
        "Our staging environment uses a copy of production data in which identity codes and"
        " contact details are replaced; the names of the deceased are not replaced.",
    )
    training = Control(
        "APP-2",
        "Our developers attended a one-day secure coding course in March 2025. There is no"
        " recurring secure coding training.",
    )
    inventory = replace(INVENTORY, controls=(staging, training))
    asked = "Are the names of the deceased masked or removed in your staging environment?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    # A denial of the recurrence is narrower than the question.
    asked = "Have your developers been trained in secure coding techniques?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"
    assert (
        answer("Is there recurring secure coding training?", YES_NO, inventory=inventory).answer
        == "No"
    )


def test_access_from_abroad_is_judged_for_the_product_asked() -> None:
    where = ApprovedAnswer(
        question="Where is customer data kept and who can see it?",
        answer="All customer data is stored in Helsinki, Finland. Acme Kassa support agents in"
        " Tallinn view Saatto data. Sava Code developers in Belgrade, Serbia, can access Muisto"
        " production data but not Saatto. No other customer data leaves the European Economic"
        " Area.",
    )
    saatto = Control("PRD-1", "Acme Saatto and Acme Muisto are hosted in Helsinki.")
    inventory = replace(INVENTORY, vendor="Acme Oy", controls=(saatto,), answers=(where,))
    saatto_q = "Is Acme Saatto customer data ever accessed from outside the EEA?"
    assert answer(saatto_q, YES_NO, inventory=inventory).answer != "Yes"
    muisto_q = "Is Acme Muisto customer data ever accessed from outside the EEA?"
    assert answer(muisto_q, YES_NO, inventory=inventory).answer == "Yes"


def test_a_report_of_another_company_by_name_or_leaving_the_vendor_out_is_not_held() -> None:
    group = Report(
        id="soc3-group",
        kind="SOC 3",
        title="SOC 3 report of Vistula Cargo Group S.A. on its group shared IT services",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        scope="Group shared IT services run from Warsaw.",
        sharing="public",
    )
    left_out = replace(
        group,
        title="SOC 3 report on group shared IT services",
        scope="Group identity, e-mail and service desk. Northwind's platforms are not in scope.",
    )
    own = replace(group, title="SOC 3 report of Northwind Analytics Inc. on its platform")
    for report, held in ((group, False), (left_out, False), (own, True)):
        inventory = replace(INVENTORY, reports=(*INVENTORY.reports, report))
        got = answer("Do you have a SOC 3 report?", YES_NO, inventory).answer
        assert got == ("Yes" if held else "No"), report.title


def test_a_plan_spoken_of_as_it_and_an_act_the_vendor_denies_as_its_own() -> None:
    console = Control(
        "IAM-9",
        "The push-notification console of the Northwind Driver app is reached through one"
        " shared login kept by the mobile team lead. We plan to move it to named accounts in"
        " Q4 2027.",
    )
    payouts = Control(
        "PAY-2",
        "Carrier payouts are bank transfers made by Bank Odra S.A., which also verifies"
        " carriers' identity (KYC); we do not perform KYC ourselves.",
    )
    inventory = replace(INVENTORY, controls=(console, payouts))
    for asked in (
        "Does the Driver app push-notification console use named user accounts?",
        "Do you perform KYC checks on carriers who receive payouts?",
        "Do you make the bank transfers for carrier payouts yourselves?",
        "Is KYC on carriers performed by Northwind staff?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    # A test a named firm performs is still the vendor's own, where its hands are not asked.
    tested = Control(
        "VUL-3", "Annual penetration tests of the platform are performed by NCC Group."
    )
    inventory = replace(INVENTORY, controls=(tested,))
    asked = "Do you perform annual penetration tests of the platform?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_conditions_on_card_data_that_never_arrives_and_on_exceptions_none_were_noted() -> None:
    hosted = Control(
        "PAY-1",
        "Customers pay by card on the processor's hosted payment page, so card numbers never"
        " reach our systems.",
    )
    clean = replace(SOC2, exceptions=())
    inventory = replace(INVENTORY, controls=(hosted,), reports=(clean,))
    for asked in (
        "If you store cardholder data, is it encrypted at rest?",
        "If you process cardholder data on your servers, is your cardholder data environment"
        " segmented?",
        "If your SOC 2 report noted exceptions, have they been remediated?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == "N/A", asked
    # Put the other way round, the denial is not turned into a No.
    asked = "Is it true that card numbers never touch your servers?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"


def test_whether_exceptions_were_remediated_is_not_answered_by_their_existence() -> None:
    noted = replace(
        SOC1_T1,
        type="Type II",
        period_start=date(2025, 4, 1),
        exceptions=(ReportException(("CO-4",), "Price curves were not reviewed on 3 days."),),
    )
    inventory = replace(INVENTORY, reports=(noted,))
    for asked in (
        "Have the exceptions in your SOC 1 report been remediated?",
        "If your SOC 1 report noted exceptions, have they been remediated?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == "", asked
    fixed = replace(
        noted,
        exceptions=(
            ReportException(("CO-4",), "Reviews were missed on 3 days; remediated in May."),
        ),
    )
    inventory = replace(INVENTORY, reports=(fixed,))
    asked = "Have the exceptions in your SOC 1 report been remediated?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_type_i_tests_no_period_and_a_report_named_by_its_period_is_that_one() -> None:
    type1 = replace(SOC2, type="Type I", period_start=None)
    inventory = replace(INVENTORY, reports=(type1,))
    for asked in (
        "Did your SOC 2 auditor test your controls over a six-month period?",
        "Does your SOC 2 report test operating effectiveness?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == "No", asked
    assert answer("Do you have a SOC 2 report?", YES_NO, inventory=inventory).answer == "Yes"
    older = replace(SOC2, period_start=date(2024, 7, 1), period_end=date(2025, 6, 30))
    inventory = replace(INVENTORY, reports=(older,))
    for asked in (
        "Has your 2025-07-01 to 2026-06-30 SOC 2 examination been completed?",
        "Do you already hold a SOC 2 Type II report for 2025-2026?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    asked = "Do you hold a SOC 2 Type II report for 2024-2025?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_police_or_tls_certificate_is_not_a_credential_of_the_vendor() -> None:
    for asked in (
        "Do sales staff undergo police certificate checks?",
        "Are TLS certificates renewed automatically?",
    ):
        assert answer(asked, YES_NO).answer != "Yes", asked


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


def test_plans_products_and_plans_for_later_each_answer_only_for_themselves() -> None:
    match = Control(
        "AI-5",
        "Acme Match suggests carriers with a model trained on bids pooled across all shippers."
        " Enterprise shippers can opt out of having their data used for training.",
    )
    sso = Control(
        "IAM-5",
        "Single sign-on is available for Acme Trade on every plan; Acme Meter supports single"
        " sign-on only on the Utility Enterprise plan.",
    )
    keys = Control(
        "CRY-5",
        "Data at rest is encrypted with AES-256. Trade customers can bring their own key; Meter"
        " uses Microsoft-managed keys only.",
    )
    chat = Control(
        "AI-6",
        "Acme Forecast does not use large language models today; we plan a chat assistant in"
        " the second half of 2028.",
    )
    inventory = replace(INVENTORY, vendor="Acme AS", controls=(match, sso, keys, chat))
    for asked in (
        "Can Business plan shippers opt out of their data being used for model training?",
        "Can shippers on every plan opt out of model training?",
        "Can Meter customers on the standard plan use single sign-on?",
        "Can Meter customers use their own encryption keys?",
        "Does Acme Forecast currently offer a chat assistant?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    asked = "Can Enterprise shippers opt out of their data being used for model training?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


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


def test_a_backup_place_is_where_the_backups_are_and_a_third_partys_card_handling_is_its_own() -> (
    None
):
    kept = Control(
        "DAT-9",
        "Player data of titles in the Korea region is stored in Naver Cloud KR-1 (Seoul) with"
        " backups in KR-2 (Chuncheon).",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    assert (
        answer("Is Korea-region data backed up in Seoul?", YES_NO, inventory=inventory).answer
        != "Yes"
    )
    assert (
        answer("Is Korea-region data stored in Seoul?", YES_NO, inventory=inventory).answer == "Yes"
    )
    hosted = Control(
        "PAY-3",
        "Purchases are processed by Apple and Google and a hosted checkout; card numbers never"
        " reach our systems.",
    )
    inventory = replace(INVENTORY, controls=(hosted,))
    asked = "Does the solution use a third party to collect, store, process, or transmit cardholder data?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"


def test_an_auditor_field_itself_a_no_ever_and_a_region_the_table_does_not_know() -> None:
    for asked in ("Auditor of your SOC 2 report", "SOC 2 audit firm", "Who audited your SOC 2?"):
        assert answer(asked).answer == "Kestrel & Lowe CPAs LLP", asked
    payouts = Control(
        "PAY-4", "Carrier payouts are bank transfers made by Bank Odra S.A. on our instruction."
    )
    hosted = Control("PAY-5", "Card numbers never reach our servers; a hosted page takes them.")
    sites = Control(
        "BCK-9",
        "Customer data is stored in Azure Norway East (Oslo); backups are kept in Azure Norway"
        " West (Stavanger).",
    )
    inventory = replace(INVENTORY, controls=(payouts, hosted, sites))
    asked = "Does Northwind itself transfer the payouts to carriers?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Is it true that no card number ever reaches your servers?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"
    asked = "Are backups kept in Azure Norway East?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Are backups kept in Azure Norway West?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_first_contact_kinds_of_a_court_software_vendor() -> None:
    watch = Control(
        "MON-1",
        "We do not operate a 24x7 security operations centre. Security alerts are reviewed"
        " during business hours; availability alerts page the on-call engineer at any hour.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    officer = ApprovedAnswer(
        question="Who is your privacy officer?",
        answer="Our privacy officer is our General Counsel, who also handles our contracts.",
    )
    breach = ApprovedAnswer(
        question="Have you had a breach?",
        answer="In 2025 a defect showed a suppressed name; the court notified the Office of the"
        " Privacy Commissioner.",
    )
    inventory = replace(INVENTORY, answers=(officer, breach), contact=None)
    asked = "Do you have a dedicated data privacy staff or office?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    ai = ApprovedAnswer(
        question="Do you use artificial intelligence?",
        answer="Only Blue Yonder Transcribe, which drafts transcripts with a speech model. File"
        " and Registry use no AI. We are exploring classification for Registry after 2028.",
    )
    products = Control(
        "PRD-2",
        "Blue Yonder File, Blue Yonder Registry and Blue Yonder Transcribe are hosted"
        " in New Zealand.",
    )
    inventory = replace(
        INVENTORY, vendor="Blue Yonder Airlines Limited", controls=(products,), answers=(ai,)
    )
    asked = (
        "Does your solution have AI features, or are there plans to implement AI features in"
        " the next 12 months?"
    )
    assert answer(asked, YES_NO, inventory=inventory).answer == ""


def test_the_order_of_two_events_and_a_disjunction_over_a_report_and_its_letter() -> None:
    sold = ApprovedAnswer(
        question="Have you had a ransomware attack?",
        answer="In November 2024 our former subsidiary Acme Sverige AB, which we sold in March"
        " 2025, suffered a ransomware attack.",
    )
    asked = "Was Acme Sverige AB sold before the ransomware attack?"
    assert answer(asked, YES_NO, answers=(sold,)).answer != "Yes"
    old = replace(SOC2, period_start=date(2024, 4, 1), period_end=date(2025, 3, 31))
    letter = Report(
        id="bl-4", kind="bridge letter", extends="soc2-2026", through=date(2025, 12, 31)
    )
    inventory = replace(INVENTORY, reports=(old, letter))
    for months, said in (("12", "No"), ("24", "Yes")):
        asked = (
            f"Does your SOC 2 period end within the last {months} months, or does a bridge letter"
            " cover you up to today?"
        )
        assert answer(asked, YES_NO, inventory=inventory).answer == said, months


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


def test_whose_country_is_not_where_and_a_practice_over_the_audit_period() -> None:
    where = ApprovedAnswer(
        question="Where is customer data stored and from where is it accessed?",
        answer="All data is stored on our servers in Nairobi, Kenya, for every customer, including"
        " our hospitals in Uganda and Tanzania. Support agents in Kampala, Uganda, view data to"
        " help users.",
    )
    inventory = replace(INVENTORY, answers=(where,))
    asked = "Will the data of our hospitals in Uganda be stored in Uganda?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Is customer data stored in Kenya?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    watch = Control("MON-9", "Since October 2026 the environment is monitored 24x7 by an MSSP.")
    inventory = replace(INVENTORY, controls=(watch,))
    asked = "Was your environment monitored 24x7 throughout your SOC 2 audit period?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_shared_admin_account_elsewhere_and_data_a_server_holds() -> None:
    mfa = Control(
        "IAM-11",
        "Employees sign in to the Azure portal and our admin console with multi-factor"
        " authentication; there is no exception for any employee.",
    )
    shared = Control(
        "IAM-17",
        "The gateway servers are administered through one shared local administrator account.",
    )
    inventory = replace(INVENTORY, controls=(mfa, shared))
    asked = "Do you require multifactor authentication for all administrative accounts in your environment?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    where = ApprovedAnswer(
        question="Where is customer data stored?",
        answer="Customer data is stored in Microsoft Azure South Africa North (Johannesburg); the"
        " gateway servers in Nairobi, Kenya, hold repayment messages for 7 days.",
    )
    inventory = replace(INVENTORY, answers=(where,))
    asked = "Is all customer data stored in South Africa?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_opinion_kinds_certificate_attributes_and_a_shared_password() -> None:
    qualified = replace(SOC2, opinion="qualified")
    inventory = replace(INVENTORY, reports=(qualified,))
    for asked, said in (
        ("Is the SOC 2 opinion adverse?", "No"),
        ("Did the auditor disclaim an opinion on your SOC 2?", "No"),
        ("Was your SOC 2 opinion qualified?", "Yes"),
        ("Does the qualification of your SOC 2 opinion relate to data deletion?", ""),
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == said, asked
    clean = replace(SOC2, opinion="unqualified")
    inventory = replace(INVENTORY, reports=(clean,))
    assert (
        answer("Did your SOC 2 auditor qualify the opinion?", YES_NO, inventory=inventory).answer
        == "No"
    )
    iso = Report(id="iso9001", kind="ISO 9001", expires=date(2028, 1, 31))
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    for asked in (
        "Is your ISO 9001 certificate an information security certification?",
        "Does your ISO 9001 certificate attest to your information security controls?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    edge = Control(
        "IAM-21",
        "Each Edge controller has a local maintenance account whose password is shared by the"
        " field technicians.",
    )
    inventory = replace(INVENTORY, controls=(edge,))
    asked = "Does each field technician have an individual login to the Edge controllers?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_plans_named_products_newer_letters_compared_reports_and_others_reports() -> None:
    sso = Control(
        "IAM-31",
        "SAML single sign-on is included in the Enterprise plan and is not available on the"
        " Standard plan.",
    )
    kept = Control(
        "DAT-31",
        "FleetOS data is stored in Azure West Europe (Netherlands) and backed up to Azure North"
        " Europe (Ireland). PickPilot runs on dedicated servers at Hetzner in Falkenstein, Germany.",
    )
    inventory = replace(INVENTORY, controls=(sso, kept))
    asked = "Is SAML single sign-on included in the Enterprise plan?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"
    for asked in (
        "Is PickPilot data backed up to Ireland?",
        "Are FleetOS backups stored in the Netherlands?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    soc3 = Report(
        id="soc3", kind="SOC 3", period_start=date(2024, 2, 1), period_end=date(2025, 1, 31)
    )
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, soc3))
    for asked in (
        "Is there a newer bridge letter than the one through April 2026?",
        "If your bridge letter has expired, have you issued a new one?",
        "Is your SOC 3 period the same as your SOC 2 period?",
        "Have you reviewed a SOC 2 report from NTT?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    asked = "Do you have a current PCI DSS Attestation of Compliance?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"


def test_a_refusal_to_qualify_asks_for_a_clean_opinion() -> None:
    clean = replace(SOC2, opinion="unqualified")
    inventory = replace(INVENTORY, reports=(clean,))
    asked = "Did your SOC 2 auditor refrain from qualifying the opinion?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    asked = "Did your SOC 2 auditor qualify the opinion?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"


def test_a_practice_for_only_some_people_does_not_answer_for_all_staff() -> None:
    hipaa = Control(
        "TRN-9",
        "All employees complete security awareness training every year. HIPAA training is given"
        " only to the eight people who support our US customers.",
    )
    inventory = replace(INVENTORY, controls=(hipaa,))
    asked = "Is HIPAA training given every year to all staff?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Do all employees complete security awareness training every year?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_soc3_does_not_list_exceptions() -> None:
    soc3 = Report(
        id="soc3-2026",
        kind="SOC 3",
        period_start=date(2025, 2, 1),
        period_end=date(2026, 1, 31),
        sharing="public",
    )
    inventory = replace(INVENTORY, reports=(soc3,))
    asked = "Were any exceptions noted in your SOC 3 report?"
    m = answer(asked, YES_NO, inventory=inventory)
    assert m.answer == "" and "does not list test exceptions" in m.suggested_response


def test_how_long_is_answered_by_a_control_that_says_how_long() -> None:
    where = Control(
        "DAT-41",
        "Player data is stored in Seoul. In-game chat logs of every region are stored in Seoul.",
    )
    kept = Control("LOG-41", "Audit logs are kept for 1 year and security logs for 6 months.")
    inventory = replace(INVENTORY, controls=(where, kept))
    m = answer("How long are security logs retained?", inventory=inventory)
    assert "Seoul" not in m.answer


def test_all_data_staying_in_a_region_is_not_said_where_a_kind_of_it_is_kept_elsewhere() -> None:
    kept = Control(
        "DAT-51",
        "EU-region titles are stored on AWS in Frankfurt with backups in AWS Ireland. In-game chat"
        " logs of every region are stored in Seoul.",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    asked = "Does all player data of EU titles stay within the EU?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_both_subservice_organisations_asked_are_every_one() -> None:
    mixed = replace(
        SOC2,
        subservice_orgs=(
            SubserviceOrg("Naver Cloud Platform", "carve-out", ("hosting",)),
            SubserviceOrg("Hanul CDN Co., Ltd.", "inclusive", ("content delivery",)),
        ),
    )
    inventory = replace(INVENTORY, reports=(mixed,))
    asked = "Are both of your subservice organisations carved out?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"


def test_a_bridge_letter_asked_what_it_covers_and_over_the_last_months() -> None:
    soc2 = replace(SOC2, period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))
    letter = Report(
        id="bl-9",
        kind="bridge letter",
        extends="soc2-2026",
        through=date(2026, 3, 31),
        issued=date(2026, 4, 9),
    )
    inventory = replace(INVENTORY, reports=(soc2, letter))
    asked = "Has a bridge letter been issued covering any date after 31 March 2026?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    asked = "Can you provide a SOC 2 Type II report or bridge letter covering the last 12 months?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_round_the_clock_for_one_deployment_is_not_for_all() -> None:
    watch = Control(
        "MON-11",
        "Our Pune security team monitors alerts for the India deployment 24 hours a day. Alerts"
        " from the US deployment are reviewed only during Indian business hours.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    asked = "Do you monitor for intrusions on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    now = Control(
        "MON-12",
        "Since October 2026 a managed SOC monitors our security alerts 24x7 and phones our on-call"
        " engineer. Before that, alerts were reviewed during business hours only.",
    )
    inventory = replace(INVENTORY, controls=(now,))
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_host_named_by_two_reports_is_said_once() -> None:
    soc2 = replace(
        SOC2, subservice_orgs=(SubserviceOrg("Cologix Canada, Inc.", "carve-out", ("colocation",)),)
    )
    iso = Report(
        id="iso-1",
        kind="ISO 27001",
        expires=date(2028, 1, 31),
        subservice_orgs=(
            SubserviceOrg("Cologix Canada, Inc.", "carve-out", ("colocation", "power")),
        ),
    )
    inventory = replace(INVENTORY, reports=(soc2, iso))
    m = answer("Do any third parties store or process our data?", YES_NO, inventory=inventory)
    assert m.suggested_response.count("Cologix") == 1


def test_negated_opinion_asks_and_a_nationality_is_not_a_place() -> None:
    for opinion, said in (("qualified", "No"), ("unqualified", "Yes")):
        inventory = replace(INVENTORY, reports=(replace(SOC2, opinion=opinion),))
        for asked in (
            "Is your SOC 2 report's opinion not qualified?",
            "Was your SOC 2 opinion not modified?",
        ):
            assert answer(asked, YES_NO, inventory=inventory).answer == said, (opinion, asked)
    hosted = Control(
        "DAT-61",
        "Kenyan and Tanzanian customer data is hosted in Microsoft Azure South Africa North"
        " (Johannesburg), with backups at Kijani Data Centres in Nairobi.",
    )
    inventory = replace(INVENTORY, controls=(hosted,))
    assert (
        answer("Is Kenyan customer data hosted in Kenya?", YES_NO, inventory=inventory).answer
        != "Yes"
    )


def test_going_without_what_the_text_requires_and_a_letter_of_another_report() -> None:
    access = Control(
        "IAM-71",
        "Our on-call contractor Baltic Ops can access production data only through a logged"
        " just-in-time access request approved by the CISO.",
    )
    inventory = replace(INVENTORY, controls=(access,))
    asked = "Can Baltic Ops access production data without CISO approval?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    soc1 = replace(
        SOC1_T1, type="Type II", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31)
    )
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, soc1))
    asked = "Is your SOC 1 report bridged to today by a bridge letter?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_type_ii_to_come_is_not_answered_from_a_type_i_held() -> None:
    type1 = replace(SOC2, type="Type I", period_start=None)
    inventory = replace(INVENTORY, reports=(type1,))
    asked = "Will your SOC 2 Type II report be shared publicly?"
    assert answer(asked, YES_NO, inventory=inventory).answer == ""
    assert answer("Do you have a SOC 2 Type II report?", YES_NO, inventory=inventory).answer == "No"


def test_data_of_one_customer_group_is_where_its_sentence_says() -> None:
    kept = Control(
        "DAT-81",
        "Data of Indian customers is stored in ESDS's Nashik data centre and replicated to NTT in"
        " Bengaluru. Data of our US customers is stored on Amazon Web Services in us-east-2 (Ohio)"
        " and does not leave the United States.",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    for asked in (
        "Is data of US customers stored in India?",
        "Is US customers' data stored outside the United States?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    asked = "Is US customers' data stored in the United States?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"


def test_a_denial_that_names_its_object_by_apposition_is_no_yes() -> None:
    # "..., our US mapping provider" only says who Skyline is: the sentence denies what it
    # says, so the question's words matched there give no Yes.
    inv = replace(
        INVENTORY,
        controls=(
            Control("SH-9", "No patient record is passed to Skyline, our US mapping provider."),
        ),
    )
    for q in (
        "Does your US mapping provider receive location data?",
        "Does the US mapping provider get trip histories?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q
    m = answer("Is your US mapping provider given patient records?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("No", True)


def test_a_coverage_window_up_to_today_is_judged_at_its_end() -> None:
    # The SOC 2 ends 2026-01-31 and its bridge letter runs through 2026-04-30; as of 2026-06-30.
    for q, want in (
        ("Is the whole span from February 2026 until today covered by a bridge letter?", "No"),
        ("Does a bridge letter cover February 2026 through April 2026?", "Yes"),
        ("Does a bridge letter cover February 2026 through May 2026?", "No"),
    ):
        m = answer(q, YES_NO)
        assert (m.answer, m.filled) == (want, True), q


def test_a_firm_named_as_the_auditor_is_checked_against_the_report() -> None:
    # SOC2's auditor is Kestrel & Lowe CPAs LLP.
    for q, want in (
        ("Was the SOC 2 examination carried out by PwC?", "No"),
        ("Is your SOC 2 report issued by Grant Thornton or by BDO?", "No"),
        ("Was your SOC 2 examined by Kestrel & Lowe?", "Yes"),
        ("Was your SOC 2 attestation performed by your in-house audit staff?", "No"),
    ):
        m = answer(q, YES_NO)
        assert (m.answer, m.filled) == (want, True), q


def test_a_percentage_bound_is_compared_exactly() -> None:
    # Days round to months ("90 days" is "3 months"); a percentage does not: 99.5% is not
    # "at least 99.9%".
    inv = replace(
        INVENTORY,
        controls=(Control("AV-2", "Our contractual availability target is 99.5% per month."),),
    )
    m = answer("Is your contractual availability target at least 99.9%?", YES_NO, inventory=inv)
    assert m.answer != "Yes"
    m = answer("Is your contractual availability target at least 99%?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_certificate_named_with_small_words_or_a_gloss_is_that_certificate() -> None:
    # "FSC Chain of Custody", "TISAX (Trusted Information Security Assessment Exchange)": the
    # certificate named, judged by its own expiry, not the SOC 2 held beside it.
    inv = replace(
        INVENTORY,
        reports=(
            *INVENTORY.reports,
            Report(
                id="fsc",
                kind="other",
                title="FSC Chain of Custody certificate SA-COC-0042",
                expires=date(2026, 5, 31),
            ),
            Report(id="tisax", kind="other", title="TISAX label AL2", expires=date(2027, 9, 30)),
        ),
    )
    m = answer("Is your FSC Chain of Custody certificate currently valid?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("No", True)
    m = answer(
        "Is your TISAX (Trusted Information Security Assessment Exchange) label currently valid?",
        YES_NO,
        inventory=inv,
    )
    assert m.answer != "No"


def test_a_word_said_only_inside_another_compound_states_nothing() -> None:
    # "remote-hands staff" are the colocation site's technicians: the word says nothing of
    # anyone working remotely.
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "PH-3",
                "Our racks at Kelda sit in a locked cage that only four named employees and "
                "Kelda's remote-hands staff can open, with a badge and a PIN.",
            ),
        ),
    )
    for q in (
        "Can your employees reach customer data remotely?",
        "Do staff access client data remotely?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q


def test_a_denial_whose_subject_comes_parts_before_it_is_of_that_subject() -> None:
    # "The two freelance designers in Cebu, Philippines, have not been screened": of the
    # freelancers, not of the employees asked about.
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "HR-7",
                "Every employee passes a police check before joining. The two contract "
                "engineers in Cebu, Philippines, are not screened.",
            ),
        ),
    )
    m = answer("Are all employees screened before they join?", YES_NO, inventory=inv)
    assert m.answer != "No"
    m = answer("Are your contractors screened?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


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


def test_a_category_asked_as_included_or_examined_is_judged_by_the_report() -> None:
    # SOC2 covers security and availability only.
    for q, want in (
        ("Was Privacy included within the scope of your SOC 2?", "No"),
        ("Is Confidentiality covered by your SOC 2 report?", "No"),
        ("Did your SOC 2 auditor examine Processing Integrity?", "No"),
        ("Were Availability criteria examined in your SOC 2?", "Yes"),
    ):
        m = answer(q, YES_NO)
        assert (m.answer, m.filled) == (want, True), q


def test_another_organisations_report_named_by_its_role_is_not_ours() -> None:
    # Our SOC 2 notes a CC6.3 exception and carries an unqualified opinion; nothing is known
    # of Amazon Web Services' own reports.
    for q in (
        "Has your hosting provider's latest audit found any deviations?",
        "Did your cloud provider receive a qualified opinion in its most recent SOC 2?",
        "Were exceptions noted in the SOC 2 report of Amazon Web Services?",
    ):
        m = answer(q, YES_NO)
        assert (m.answer, m.filled) == ("", False), q


def test_the_age_of_a_practices_last_run_is_not_the_reports_age() -> None:
    # SOC2's period ended 2026-01-31, five months before AS_OF; "Ledger Audit" is a product.
    inv = replace(
        INVENTORY,
        controls=(
            Control("PT-4", "Ledger Audit was penetration tested by Quarry Labs in May 2026."),
        ),
    )
    for q in (
        "Was the last penetration test of Ledger Audit more than 3 months ago?",
        "Was Ledger Audit's disaster recovery plan last exercised over 3 months ago?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q


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


def test_report_attributes_asked_in_other_words() -> None:
    # SOC2 (shared under NDA by default here: sharing unset, so set it), bridge letter through
    # 2026-04-30 (lapsed by AS_OF 2026-06-30), SOC 1 Type I as of 2026-03-31, a public ISO
    # 27001:2022 certificate.
    soc2 = replace(SOC2, sharing="nda", issued=date(2026, 3, 20))
    iso = Report(
        id="iso",
        kind="ISO 27001",
        title="ISO/IEC 27001:2022 certificate",
        expires=date(2028, 1, 1),
        sharing="public",
    )
    inv = replace(INVENTORY, reports=(soc2, BRIDGE, SOC1_T1, iso))
    for q, want in (
        ("Is your SOC 2 still covered by a valid bridge (gap) letter?", "No"),
        ("Does obtaining your SOC 2 require a signed non-disclosure agreement?", "Yes"),
        ("Is a confidentiality agreement needed to receive your ISO 27001 certificate?", "No"),
        ("Is your ISO 27001 certificate issued against ISO 27001:2013?", "No"),
        ("Is your ISO 27001 certification to the 2022 version?", "Yes"),
        ("What is the period end date of your SOC 2 report?", "2026-01-31"),
    ):
        m = answer(q, YES_NO if want in ("Yes", "No") else (), inventory=inv)
        assert (m.answer, m.filled) == (want, True), q


def test_a_report_of_another_kind_is_not_the_audit_report() -> None:
    # The SOC 2's period ended five months before AS_OF; nothing dates the other reports.
    for q in (
        "Is your accessibility conformance report less than a year old?",
        "Is your most recent vulnerability scan report older than 3 months?",
    ):
        m = answer(q, YES_NO)
        assert m.answer == "", q


def test_two_report_questions_in_one_are_answered_together() -> None:
    # SOC2 has no Confidentiality; the second question's "without" is its own.
    m = answer(
        "Does your SOC 2 cover the Confidentiality category, and could we get it without an NDA?",
        YES_NO,
    )
    assert m.answer != "Yes"


def test_a_report_asked_of_one_product_is_that_products_report() -> None:
    # The Type II leaves Harbor Gate out; Harbor Gate has only a Type I as of 2024-09-30.
    main = replace(SOC2, scope="Harbor Desk and Harbor Pay; Harbor Gate is not in scope")
    gate = Report(
        id="gate-t1",
        kind="SOC 2",
        type="Type I",
        title="SOC 2 Type I report on Harbor Gate",
        period_start=date(2024, 9, 30),
        period_end=date(2024, 9, 30),
        categories=("security",),
    )
    inv = replace(INVENTORY, reports=(main, BRIDGE, gate))
    for q, want in (
        ("Is your SOC 2 report on Harbor Gate under a year old?", "No"),
        ("Is your SOC 2 report for Harbor Gate a Type II?", "No"),
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer in ("", want), q


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


def test_a_practice_another_control_denies_for_part_of_the_system_is_no_yes() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "EN-1",
                "Data is encrypted in transit with TLS 1.2. In Azure it is encrypted at rest with "
                "keys managed by Microsoft.",
            ),
            Control(
                "EN-2",
                "A depot server keeps the list of drivers and 30 days of scans; its disks are not "
                "encrypted.",
            ),
        ),
    )
    for q in (
        "Is the storage of sensitive data encrypted?",
        "Is sensitive data encrypted at rest?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q


def test_a_safeguard_denied_for_one_store_does_not_undo_it_for_another() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "EN-4", "Member records in the Ledger database are encrypted at rest with AES-256."
            ),
            Control("EN-5", "Scanned letters in the mailroom archive are not encrypted."),
        ),
    )
    m = answer(
        "Are member records in the Ledger database encrypted at rest?", YES_NO, inventory=inv
    )
    assert (m.answer, m.filled) == ("Yes", True)
    m = answer(
        "Are scanned letters in the mailroom archive encrypted at rest?", YES_NO, inventory=inv
    )
    assert m.answer != "Yes"


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


def test_data_stored_and_accessed_only_in_a_country_needs_where_it_is_seen_from() -> None:
    approved = (
        ApprovedAnswer(
            "Is customer data stored outside Canada?",
            "No. Customer data is stored only in Montreal and Toronto, Canada. Support staff in "
            "Lisbon, Portugal view tickets remotely but store nothing.",
        ),
    )
    inv = replace(INVENTORY, answers=approved)
    m = answer("Is customer data stored and accessed only in Canada?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_a_passive_used_to_is_no_past_practice() -> None:
    # "are not used to train" is a passive denial with an exception, not "we used to".
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "ML-3",
                "Support chats are not used to train our language models, except for customers "
                "who opt in to the beta programme.",
            ),
        ),
    )
    m = answer("Do you use support chats to train your language models?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_a_no_that_qualifies_another_thing_does_not_turn_the_answer() -> None:
    # The bridge letter runs through 2026-04-30 and AS_OF is 2026-06-30; "with no open
    # findings" is said of the report, not of the letter the answer is read from.
    m = answer(
        "Do you hold a SOC 2 report with no open findings and a bridge letter that is current?",
        YES_NO,
    )
    assert m.answer != "Yes"


def test_two_things_asked_alike_each_need_saying() -> None:
    inv = replace(
        INVENTORY,
        controls=(Control("RT-2", "Call recordings are kept for 60 days, then deleted."),),
    )
    m = answer(
        "Are call recordings kept for 60 days and chat transcripts kept for 60 days?",
        YES_NO,
        inventory=inv,
    )
    assert m.answer != "Yes"
    m = answer("Are call recordings kept for 60 days?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_recent_test_of_one_product_is_not_a_test_of_every_system() -> None:
    inv = replace(
        INVENTORY,
        documents=(
            EvidenceDocument(
                "pt-26",
                "Penetration test report for the Harbor customer portal (April 2026)",
                ("penetration test",),
                date=date(2026, 4, 10),
            ),
        ),
    )
    m = answer(
        "Has a third-party penetration test been performed on every in-scope system in the past year?",
        YES_NO,
        inventory=inv,
    )
    assert m.answer != "Yes"


def test_a_reports_age_asked_of_its_period_is_not_the_periods_length() -> None:
    # SOC2 covers 2025-02-01 to 2026-01-31 (12 months) and ended five months before AS_OF.
    for q in (
        "Is the audit window of your SOC 2 older than 12 months?",
        "Have more than twelve months gone by since the close of your SOC 2 period?",
    ):
        m = answer(q, YES_NO)
        assert (m.answer, m.filled) == ("No", True), q
    m = answer("Does your SOC 2 cover a period of at least 12 months?", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_practice_said_of_other_people_is_not_said_of_the_group_asked() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "ID-4",
                "Employees at the Lyon office sign in to all production systems through Okta "
                "with push MFA. Support agents in Dakar sign in to the help desk with a username "
                "and password only.",
            ),
        ),
    )
    m = answer("Do support agents use MFA to sign in to the help desk?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_an_offer_to_come_is_not_offered_today() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "PL-7",
                "We will offer SCIM provisioning on the Starter plan from the first half of 2029.",
            ),
        ),
    )
    m = answer("Is SCIM provisioning available on the Starter plan?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_a_second_report_question_on_a_named_product_is_answered_with_the_first() -> None:
    # The SOC 2 includes Availability, and its scope leaves Harbor Gate out.
    soc2 = replace(SOC2, scope="Harbor Desk and Harbor Pay; Harbor Gate is not in scope")
    inv = replace(INVENTORY, reports=(soc2, BRIDGE, SOC1_T1))
    m = answer(
        "Does your SOC 2 include the Availability category, and is Harbor Gate in its scope?",
        YES_NO,
        inventory=inv,
    )
    assert m.answer != "Yes"


def test_a_no_compound_is_no_denial_and_an_ai_feature_that_cannot_be_switched_off_counts() -> None:
    approved = (
        ApprovedAnswer(
            "Do you use AI?",
            "Our help widget sends visitor questions to an EU-hosted language model; customers "
            "can switch it off, and chats are not used to train any model. Our no-reply triage "
            "model is a machine-learning model we train ourselves on the support tickets of all "
            "customers; it cannot be switched off.",
        ),
    )
    inv = replace(INVENTORY, answers=approved)
    m = answer("Do you use our support tickets to train machine-learning models?", YES_NO, inv)
    assert m.answer != "No"
    m = answer("Can your solution's AI features be turned off by the customer?", YES_NO, inv)
    assert m.answer != "Yes"


def test_a_document_whose_title_leaves_part_out_does_not_answer_for_all() -> None:
    inv = replace(
        INVENTORY,
        documents=(
            EvidenceDocument(
                "net",
                "Network diagrams for Harbor Desk and Harbor Pay (Harbor Gate not included)",
                ("network diagram",),
            ),
        ),
    )
    m = answer(
        "Can you provide network diagrams covering all components of the service?", YES_NO, inv
    )
    assert m.answer != "Yes"


def test_a_but_clause_on_another_product_keeps_its_subject() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "SA-2",
                "CodeQL static analysis runs on every pull request for Harbor Desk and Harbor Pay; "
                "Harbor Gate code is reviewed by a peer but is not scanned.",
            ),
        ),
    )
    m = answer("Do you run static code analysis on your code before release?", YES_NO, inv)
    assert m.answer != "Yes"


def test_all_asked_of_people_products_or_sites_needs_all_of_them() -> None:
    inv = replace(
        INVENTORY,
        reports=(
            replace(
                SOC2,
                subservice_orgs=(
                    SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),
                    SubserviceOrg("Leeds Colo Ltd", "inclusive", ("colocation data centre",)),
                ),
            ),
            BRIDGE,
        ),
        controls=(
            Control(
                "AC-9",
                "Employees at the Leeds office sign in to every production system through Entra ID "
                "with MFA. Warehouse pickers at the Hull depot sign in to the handheld app with a "
                "PIN only.",
            ),
        ),
    )
    for q in (
        "Are all your data centres carved out of your SOC 2 report?",
        "Are all personnel with access to customer data required to use MFA?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q
    m = answer("Do employees at the Leeds office use MFA?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_products_name_is_where_a_question_asks_not_what() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "CH-4",
                "Changes to Harbor Desk are peer reviewed before merge and scanned with Semgrep.",
            ),
            Control(
                "PW-5",
                "Passwords are hashed with bcrypt. Until May 2025 Harbor Pay stored passwords with "
                "SHA-1.",
            ),
        ),
    )
    for q in ("Does Harbor Desk use Anthropic models?", "Does Harbor Pay use machine learning?"):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer == "", q


def test_a_number_of_exceptions_is_compared_with_the_count() -> None:
    # SOC2 notes one exception (CC6.3).
    for q, want in (
        ("Did your SOC 2 auditor report more than two exceptions?", "No"),
        ("Does your SOC 2 contain numerous exceptions?", "No"),
        ("Did your SOC 2 note at least 1 exception?", "Yes"),
    ):
        m = answer(q, YES_NO)
        assert (m.answer, m.filled) == (want, True), q


def test_a_time_kept_is_no_keeping_without_end() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "RT-8",
                "ID photos are deleted 60 days after the trip ends; trip records are kept for 6 "
                "years.",
            ),
        ),
    )
    for q in ("Are ID photos kept indefinitely?", "Do you retain ID photos permanently?"):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q


def test_a_credential_held_and_lapsed_was_held() -> None:
    iso = Report(id="iso", kind="ISO 27001", issued=date(2022, 1, 10), expires=date(2025, 1, 9))
    inv = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    for q, want in (
        ("Has your company at any time held ISO 27001 certification?", "Yes"),
        ("Do you currently hold ISO 27001 certification?", "No"),
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert (m.answer, m.filled) == (want, True), q


def test_a_practice_the_provider_carries_out_is_not_ours() -> None:
    # Amazon Web Services is carved out of SOC2.
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "NW-7",
                "Amazon Web Services runs malware detection on its hosts and sends us the alerts.",
            ),
        ),
    )
    m = answer("Have you implemented malware detection?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_an_officer_of_another_firm_is_no_dedicated_staff() -> None:
    approved = (
        ApprovedAnswer(
            "Do you have a DPO?",
            "Yes. Our data protection officer is Mr. Jonas Berg of Berg Advokat Privacy in Oslo.",
        ),
    )
    m = answer("Do you have dedicated privacy staff?", YES_NO, replace(INVENTORY, answers=approved))
    assert m.answer != "Yes"


def test_a_denial_of_the_thing_itself_is_narrower_than_asked() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "AU-3",
                "Citizens sign in to the Civic Portal with BankID or with a username and password; "
                "the portal itself adds no second factor.",
            ),
        ),
    )
    m = answer("Does the Civic Portal support multi-factor authentication?", YES_NO, inventory=inv)
    assert m.answer != "No"


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


def test_an_isae_3402_is_not_a_soc_1_asked_by_name() -> None:
    isae = Report(id="isae", kind="ISAE 3402", type="Type II", period_end=date(2026, 3, 31))
    inv = replace(INVENTORY, reports=(SOC2, BRIDGE, isae))
    m = answer("Do you have a SOC 1 report?", YES_NO, inventory=inv)
    assert m.answer != "Yes"
    assert "ISAE 3402" in m.suggested_response
    m = answer("Do you have an ISAE 3402 report?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_decision_about_a_credential_is_not_whether_it_is_held() -> None:
    iso = Report(id="iso", kind="ISO 27001", issued=date(2022, 1, 10), expires=date(2025, 1, 9))
    inv = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    for q in (
        "Did you deliberately allow your ISO 27001 certificate to expire?",
        "Did you opt for SOC 2 rather than renewing ISO 27001?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "No", q


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


def test_a_credential_of_a_party_named_by_its_role_is_theirs() -> None:
    for q in (
        "Does your card acquirer hold a PCI DSS attestation of compliance?",
        "Does your payment gateway maintain ISO 27001 certification?",
    ):
        m = answer(q, YES_NO)
        assert m.answer == "", q


def test_a_report_named_by_the_month_its_period_ends_is_that_report() -> None:
    # SOC2's period ends 2026-01-31.
    m = answer("Do you have a SOC 2 Type II for the period ending January 2026?", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)
    m = answer("Is a SOC 2 Type II for the period ending March 2027 completed?", YES_NO)
    assert m.answer != "Yes"


def test_review_findings_on_new_report_and_answer_rules() -> None:
    # The second reader's cases: each was a new wrong answer of this round's rules.
    soc2 = replace(SOC2, sharing="nda")
    inv = replace(INVENTORY, reports=(soc2, BRIDGE, SOC1_T1))
    for q, wrong in (
        ("Were any exceptions noted in your SOC 2 report, and if so how many?", "No"),
        ("Can you share your SOC 2 report without an NDA being required?", "Yes"),
        ("Was your SOC 2 audited by PwC, Kestrel & Lowe or KPMG?", "No"),
        ("Was your SOC 2 examined by AICPA-accredited auditors?", "No"),
        ("Is your SOC 2 report older than 12 months, and do you have a bridge letter?", "No"),
        ("Do you have a SOC 1 or SOC 2 report?", ""),
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != wrong, q
    iso = Report(id="iso", kind="ISO 27001", title="ISO/IEC 27001:2022 certificate")
    m = answer(
        "Have you moved your ISO 27001 certificate from ISO 27001:2013 to ISO 27001:2022?",
        YES_NO,
        inventory=replace(INVENTORY, reports=(*INVENTORY.reports, iso)),
    )
    assert m.answer != "No"
    approved = (
        ApprovedAnswer(
            "Are backups encrypted?",
            "Backups of customer data are encrypted with AES-256. Amazon Web Services stores the "
            "legacy archive backups unencrypted.",
        ),
    )
    m = answer(
        "Are all backups of customer data encrypted?", YES_NO, replace(INVENTORY, answers=approved)
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


def test_what_is_removed_before_data_goes_on_is_not_sent() -> None:
    approved = (
        ApprovedAnswer(
            "Do you use artificial intelligence or machine learning?",
            "Our ranking model is trained on all customers' orders. Support chats are summarised "
            "for agents by an external generative AI service, after customer names and phone "
            "numbers are removed.",
        ),
    )
    m = answer(
        "Are customer names sent to your generative AI provider?",
        YES_NO,
        replace(INVENTORY, answers=approved),
    )
    assert m.answer != "Yes"


def test_a_plan_for_other_people_is_no_denial_for_those_asked() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "AG-2",
                "Overseas agents in Kenya and Peru sign in to the Agent Portal with a username and "
                "password only; multi-factor authentication for agents is planned for the fourth "
                "quarter of 2027.",
            ),
        ),
    )
    m = answer("Do all employees use multi-factor authentication?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_a_report_to_come_asked_as_an_intent_is_not_denied_by_the_reports_list() -> None:
    inv = replace(INVENTORY, reports=(SOC2, SOC1_T1))  # no bridge letter held
    for q in (
        "Are you planning to issue a bridge letter next quarter?",
        "Will a bridge letter be supplied for the months after your period?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "No", q


def test_a_bound_met_for_some_systems_is_not_met_for_others_told_apart() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "VU-7",
                "Cloud workloads are scanned weekly. Critical findings are fixed within 10 days. "
                "Kiosk terminals are patched when a field engineer is on site.",
            ),
        ),
    )
    m = answer("Are critical vulnerabilities remediated within 30 days?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_encryption_asked_must_be_said() -> None:
    approved = (
        ApprovedAnswer(
            "Which subprocessors process patient data?",
            "Amazon Web Services (hosting), Twilio (text messages to patients), Mailgun (e-mail "
            "reminders) and Zendesk (support tickets).",
        ),
    )
    m = answer(
        "Are text messages to patients encrypted end to end?",
        YES_NO,
        replace(INVENTORY, answers=approved),
    )
    assert m.answer != "Yes"


def test_a_period_end_before_today_is_the_reports_age() -> None:
    # SOC2's period is 12 months long and ended 2026-01-31, five months before AS_OF.
    for q, want in (
        ("Did your SOC 2 period end more than 9 months before today?", "No"),
        ("Did your SOC 2 period end more than 3 months before now?", "Yes"),
    ):
        m = answer(q, YES_NO)
        assert (m.answer, m.filled) == (want, True), q


def test_what_an_attestation_includes_is_more_than_holding_it() -> None:
    c5 = Report(
        id="c5",
        kind="other",
        title="BSI C5:2020 Type 2 attestation on the Harbor cloud back end",
        scope="Harbor cloud back end; basic criteria only, no additional criteria",
    )
    inv = replace(INVENTORY, reports=(*INVENTORY.reports, c5))
    m = answer("Does your C5 attestation include the additional criteria?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_a_staff_or_loyalty_card_is_no_payment_card() -> None:
    inv = replace(
        INVENTORY,
        controls=(Control("DT-5", "Loyalty card balances and purchases are kept for 6 years."),),
    )
    m = answer("Do you store cardholder data?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_what_a_lapsed_credential_was_is_not_answered_by_its_lapse() -> None:
    pci = Report(
        id="pci",
        kind="PCI DSS",
        title="PCI DSS SAQ D AoC (service provider)",
        expires=date(2026, 2, 1),
    )
    inv = replace(INVENTORY, reports=(*INVENTORY.reports, pci))
    m = answer(
        "Was your last PCI DSS assessment a self-assessment questionnaire?", YES_NO, inventory=inv
    )
    assert m.answer != "No"


def test_a_second_stage_of_keeping_counts_toward_the_time_kept() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "LG-8",
                "Application and audit logs are kept in Elastic for 90 days and archived to "
                "object storage for 7 years.",
            ),
        ),
    )
    m = answer("Are audit logs kept for 5 years?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_a_city_named_in_capitals_is_a_place_not_a_product() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "PW-3",
                "Passwords are hashed with Argon2id. Until March 2025 Harbor Pay stored passwords "
                "with SHA-1.",
            ),
        ),
    )
    m = answer("Is customer data stored in Ho Chi Minh City?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_a_denial_of_the_rest_is_what_only_asks() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "CD-4",
                "We never receive or store full card numbers; card data is entered on the "
                "acquirer's terminals and only a token and the card brand reach us.",
            ),
        ),
    )
    m = answer("Do you keep only a token and the card brand?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_a_second_verb_is_said_of_the_people_the_first_part_names() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "HR-9",
                "Employees in Spain provide a criminal record certificate before they start. Our "
                "three designers in Porto are contractors and are not background checked by us.",
            ),
        ),
    )
    m = answer("Do employees undergo criminal background checks before hiring?", YES_NO, inv)
    assert m.answer != "No"
    m = answer("Are contractors background checked?", YES_NO, inv)
    assert m.answer != "Yes"


def test_a_time_for_cloud_servers_is_not_the_time_for_on_site_servers() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "VU-9",
                "Cloud servers are scanned weekly; critical vulnerabilities are patched within 72 "
                "hours. The servers at each clinic are patched monthly in a maintenance window.",
            ),
        ),
    )
    m = answer(
        "Are clinic servers patched within 72 hours of a critical vulnerability?", YES_NO, inv
    )
    assert m.answer != "Yes"


def test_a_time_for_one_product_is_not_the_time_for_another_told_apart() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "VU-4",
                "Critical vulnerabilities in Harbor Desk are fixed within 7 days; Harbor Pay and "
                "Harbor Gate are patched monthly.",
            ),
        ),
    )
    m = answer("Are critical vulnerabilities fixed within 14 days?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_a_programme_that_lapsed_is_not_stated_by_what_is_still_done_once() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "TR-5",
                "New starters complete privacy training in their first month; we used to repeat it "
                "every year but have not held the yearly session since 2024.",
            ),
        ),
    )
    m = answer("Do you have a privacy training program?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_a_subservice_organisations_report_named_before_it_is_theirs() -> None:
    # Amazon Web Services is a subservice organisation of SOC2, which notes one exception.
    m = answer("Does the Amazon Web Services SOC 2 contain exceptions?", YES_NO)
    assert m.answer == ""


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


def test_a_provider_asked_by_its_role_is_answered_only_from_its_own_method() -> None:
    """ "Is your payroll bureau carved out?" where no subservice organisation's services name
    payroll: another organisation's carve-out does not answer it."""
    cloud = SubserviceOrg("Microsoft Azure", "carve-out", ("cloud hosting",))
    bureau = SubserviceOrg("Groupe Laurentides", "inclusive", ("calculation of staff pay",))
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(cloud, bureau)),))
    payroll = answer("Is your payroll bureau carved out of your SOC 2 report?", YES_NO, inventory)
    assert payroll.answer == ""
    hosting = answer("Is your cloud provider carved out of your SOC 2 report?", YES_NO, inventory)
    assert hosting.answer == "Yes"
    named = answer("Is Groupe Laurentides carved out of your SOC 2 report?", YES_NO, inventory)
    assert named.answer == "No"


def test_a_coverage_window_is_judged_against_the_dates_asked() -> None:
    """The gap's length against the bound asked, a year's end, and a report "covering the last
    N months" (a window ending today, not a period's length)."""
    gap = "Is the gap between the end of your SOC 2 coverage (including any bridge letter) and"
    assert answer(f"{gap} today less than 3 months?", YES_NO).answer == "Yes"  # 61 days
    assert answer(f"{gap} today less than 1 month?", YES_NO).answer == "No"
    assert answer(f"{gap} today more than 6 months?", YES_NO).answer == "No"
    extended = "Has your SOC 2 coverage been extended by a bridge letter through the end of"
    assert answer(f"{extended} 2026?", YES_NO).answer == "No"  # through 2026-04-30
    assert answer(f"{extended} 2025?", YES_NO).answer == "Yes"
    recent = "Do you have a SOC 2 Type II report covering the last"
    assert answer(f"{recent} 3 months?", YES_NO).answer == "No"  # ended 2026-01-31
    assert answer(f"{recent} 12 months?", YES_NO).answer == ""  # partly: the reviewer's
    assert answer("Does your SOC 2 Type II cover a period of 12 months?", YES_NO).answer == "Yes"


def test_a_state_that_ended_does_not_answer_the_present() -> None:
    """What was done until a day now past neither states nor denies what is done now; a
    question on that past is answered by it."""
    backups = Control(
        "OPS-8",
        "Until June 2025 the backups on the backup server were not encrypted; since July 2025"
        " they are encrypted with AES-256.",
        ("CC6.1",),
    )
    alerts = Control(
        "OPS-9",
        "Since March 2026 security monitoring is provided 24x7 by our MDR partner. Before"
        " March 2026 alerts were reviewed during business hours only.",
        ("CC7.2",),
    )
    inventory = replace(INVENTORY, controls=(backups, alerts))
    assert answer("Are your backups encrypted?", YES_NO, inventory).answer != "No"
    hours = answer("Are alerts currently reviewed only during business hours?", YES_NO, inventory)
    assert hours.answer != "Yes"
    assert answer("Were backups encrypted in 2024?", YES_NO, inventory).answer == "No"


def test_a_part_named_in_scope_is_not_excluded_by_a_longer_name_that_starts_with_it() -> None:
    scoped = replace(
        SOC2,
        scope="CrewCert (certificate records) and VesselLog (electronic logbooks) cloud services;"
        " the onboard VesselLog Edge gateways and the FjordPay wage module are not in scope",
    )
    inventory = replace(INVENTORY, reports=(scoped, BRIDGE, SOC1_T1))
    assert answer("Is VesselLog covered by your SOC 2 report?", YES_NO, inventory).answer == "Yes"
    assert answer("Is VesselLog Edge in scope of your SOC 2?", YES_NO, inventory).answer == "No"
    assert answer("Is FjordPay covered by your SOC 2 report?", YES_NO, inventory).answer == "No"


def test_a_word_asked_said_only_where_it_is_denied_is_not_stated() -> None:
    link = Control(
        "IAM-7",
        "Patients sign in to the Sandpiper Tinnitus app with a one-time link sent by email;"
        " patients have no passwords.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(link,))
    m = answer("Do patients need a password to sign in to the Tinnitus app?", YES_NO, inventory)
    assert m.answer != "Yes"


def test_a_control_that_denies_what_another_seems_to_state_leaves_it_for_review() -> None:
    """A denial that lists the environment asked with another ("development or test") is a
    denial of it; beside a control whose words only seem to state the practice, no Yes."""
    changes = Control(
        "CHG-1",
        "Production changes are approved in a pull request, tested in staging and deployed by"
        " the pipeline.",
        ("CC8.1",),
    )
    synthetic = Control(
        "DAT-9",
        "Developers work with synthetic records; production data is not used in development or"
        " test environments.",
        ("C1.1",),
    )
    inventory = replace(INVENTORY, controls=(changes, synthetic))
    asked = "Is production data ever used in your test environments?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    alone = replace(INVENTORY, controls=(synthetic,))
    assert answer("Is production data used in test environments?", YES_NO, alone).answer == "No"


def test_a_bound_in_the_question_is_compared_with_the_facts_own() -> None:
    """ "every payout" against "payouts above KES 5,000"; "more than once a year" against
    "once a year"; "retained for one year" against a text that says no length at all."""
    otp = Control(
        "IAM-8",
        "Farmers sign in with a 4-digit PIN; an SMS one-time code is also required for payouts"
        " above KES 5,000.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(otp,))
    for asked in (
        "Is an SMS one-time code required for every payout?",
        "Is an SMS one-time code required for all payouts regardless of amount?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    above = "Is an SMS one-time code required for payouts above KES 5,000?"
    assert answer(above, YES_NO, inventory).answer == "Yes"
    audits = ApprovedAnswer(
        "Do you allow customers to audit you?",
        "Yes. Customers may audit us once a year with 30 days' notice, at their own cost.",
    )
    more = answer("Can customers audit you more than once a year?", YES_NO, answers=(audits,))
    assert more.answer != "Yes"
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored in Nairobi, Kenya. A weekly backup copy is kept in AWS"
        " af-south-1 in Cape Town.",
    )
    kept = answer("Are backups retained for one year?", YES_NO, answers=(where,))
    assert kept.answer != "Yes"


def test_a_report_named_by_its_product_or_year_is_that_report() -> None:
    """Two reports of one kind: "the CassaCloud SOC 2" is the one on CassaCloud, and "the
    2024-2025 SOC 2" the one of those years, not the newest."""
    book = replace(
        SOC2,
        id="soc2-book",
        title="SOC 2 Type II report on the BookNow platform",
        scope="BookNow reservations; CassaCloud is not in scope",
    )
    cassa = Report(
        id="soc2-cassa",
        kind="SOC 2",
        type="Type I",
        title="SOC 2 Type I report on the CassaCloud back office",
        period_end=date(2026, 3, 31),
        scope="CassaCloud back office",
        subservice_orgs=(SubserviceOrg("Aruba", "carve-out", ("hosting",)),),
    )
    older = replace(
        SOC2,
        id="soc2-book-2025",
        period_start=date(2024, 2, 1),
        period_end=date(2025, 1, 31),
        subservice_orgs=(),
        title="SOC 2 Type II report on the BookNow platform",
    )
    inventory = replace(INVENTORY, reports=(book, cassa, older))
    assert answer("Is the CassaCloud SOC 2 a Type II report?", YES_NO, inventory).answer == "No"
    assert answer("Is the BookNow SOC 2 a Type II report?", YES_NO, inventory).answer == "Yes"
    carved = answer("Did the 2024-2025 SOC 2 carve out Amazon Web Services?", YES_NO, inventory)
    assert carved.answer != "Yes"
    assert (
        answer("Is Amazon Web Services carved out of your SOC 2?", YES_NO, inventory).answer
        == "Yes"
    )


def test_a_question_on_one_environment_is_answered_from_what_is_said_of_it() -> None:
    monitoring = Control(
        "MON-1",
        "Alerts from the production environments are monitored 24x7 by an on-call engineer."
        " Staging alerts are reviewed on working days only.",
        ("CC7.2",),
    )
    patching = Control(
        "VUL-1",
        "Critical vulnerabilities in production are patched within 7 days; staging is patched"
        " once a month.",
        ("CC7.1",),
    )
    data = Control(
        "DAT-1",
        "The staging environment uses synthetic guest data. The disaster recovery environment"
        " in Frankfurt holds a full copy of production data.",
        ("C1.1",),
    )
    inventory = replace(INVENTORY, controls=(monitoring, patching, data))
    for asked in (
        "Are staging alerts monitored 24x7?",
        "Are staging systems patched for critical vulnerabilities within 7 days?",
        "Does your disaster recovery environment use synthetic guest data?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    assert answer("Are production alerts monitored 24x7?", YES_NO, inventory).answer == "Yes"
    prod = "Are critical vulnerabilities in production patched within 7 days?"
    assert answer(prod, YES_NO, inventory).answer == "Yes"


def test_exceptions_asked_of_no_named_report_are_those_of_every_audit_report_held() -> None:
    """A SOC 1 with an exception and a SOC 2 without: "any exception in the approval of title
    transfers?" names no report, and the kind its topic suggests is a guess."""
    soc1 = Report(
        id="soc1",
        kind="SOC 1",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        exceptions=(ReportException(("CO-4",), "3 of 40 transfers lacked a second approval"),),
        opinion="unqualified",
    )
    clean = replace(SOC2, exceptions=())
    inventory = replace(INVENTORY, reports=(clean, soc1))
    asked = "Did the service auditor find any exception in the approval of title transfers?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"  # the SOC 1's auditor did
    named = "Did your SOC 2 auditor note any exceptions?"
    assert answer(named, YES_NO, inventory).answer == "No"
    criteria = "Did your auditor note any exception in the availability criteria?"
    assert answer(criteria, YES_NO, inventory).answer == "No"


def test_an_expired_certificate_was_held() -> None:
    expired = Report(
        id="ce-plus",
        kind="other",
        title="Cyber Essentials Plus certificate (UK)",
        issued=date(2025, 3, 2),
        expires=date(2026, 3, 1),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, expired))
    for asked in (
        "Have you ever held a Cyber Essentials Plus certification?",
        "Have you previously been certified under Cyber Essentials Plus?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "Yes", asked
    assert answer("Are you Cyber Essentials Plus certified?", YES_NO, inventory).answer == "No"


def test_coverage_to_within_a_span_of_today_counts_back_from_today() -> None:
    # BRIDGE runs through 2026-04-30; AS_OF is 2026-06-30 (61 days later).
    asked = "Does your SOC 2 coverage, including the bridge letter, extend to within {} of today?"
    assert answer(asked.format("3 months"), YES_NO).answer == "Yes"
    assert answer(asked.format("one month"), YES_NO).answer == "No"


def test_a_length_of_time_asked_is_compared_with_the_one_stated() -> None:
    offline = Control("OPS-3", "Tills keep taking orders offline for up to 72 hours.", ("A1.2",))
    debug = Control("LOG-4", "Application debug logs are kept for 14 days.", ("CC7.2",))
    inventory = replace(INVENTORY, controls=(offline, debug))
    assert answer("Can tills keep operating offline for a week?", YES_NO, inventory).answer != "Yes"
    assert (
        answer("Do you keep application debug logs for a month?", YES_NO, inventory).answer != "Yes"
    )
    assert (
        answer("Do you keep application debug logs for 14 days?", YES_NO, inventory).answer == "Yes"
    )


def test_a_place_hosted_by_a_carved_out_organisation_is_for_the_reviewer() -> None:
    """The scope names the Keystone private cloud; Keystone's controls are carved out: "in
    scope?" is either, as the buyer means it. Not a No from the method alone."""
    keystone = SubserviceOrg("Keystone Managed Services", "carve-out", ("private-cloud hosting",))
    scoped = replace(
        SOC2,
        scope="The review platform hosted in Microsoft Azure and in the Keystone private cloud in"
        " Ashburn, Virginia; the collection console is not in scope",
        subservice_orgs=(keystone,),
    )
    inventory = replace(INVENTORY, reports=(scoped, BRIDGE, SOC1_T1))
    asked = "Is the Keystone private cloud in scope of your SOC 2?"
    assert answer(asked, YES_NO, inventory).answer == ""
    assert answer("Is Keystone included in your SOC 2?", YES_NO, inventory).answer == "No"
    assert answer("Is Keystone carved out of your SOC 2?", YES_NO, inventory).answer == "Yes"


def test_a_question_on_one_site_is_answered_from_what_is_said_of_it() -> None:
    offices = Control(
        "PHY-2",
        "The Dublin and Cork offices use badge access; the Cork forensic lab also requires a PIN"
        " and is covered by CCTV.",
        ("CC6.4",),
    )
    inventory = replace(INVENTORY, controls=(offices,))
    assert answer("Is the Dublin office covered by CCTV?", YES_NO, inventory).answer != "Yes"
    assert answer("Is the Cork forensic lab covered by CCTV?", YES_NO, inventory).answer == "Yes"
    both = "Do the Dublin and Cork offices use badge access?"
    assert answer(both, YES_NO, inventory).answer == "Yes"


def test_a_frequency_dropdown_is_read_in_whatever_order_its_choices_run() -> None:
    scans = Control("VUL-5", "Vulnerability scans are run monthly on all servers.", ("CC7.1",))
    reviews = Control("IAM-9", "Production access is reviewed every six months.", ("CC6.2",))
    inventory = replace(INVENTORY, controls=(scans, reviews))
    oldest_first = ("Annually", "Semi-annually", "Quarterly", "Monthly", "Never")
    newest_first = ("Monthly or more often", "Quarterly", "Less frequently")
    asked = "How often are vulnerability scans run?"
    assert answer(asked, oldest_first, inventory).answer == "Monthly"
    assert answer(asked, newest_first, inventory).answer == "Monthly or more often"
    reviewed = "How often is production access reviewed?"
    assert answer(reviewed, oldest_first, inventory).answer == "Semi-annually"
    assert answer(reviewed, ("Annually", "Quarterly", "Monthly"), inventory).answer == ""


def test_a_duty_left_to_the_customer_is_not_the_vendors_practice() -> None:
    optional = Control(
        "IAM-6",
        "We offer two-factor authentication to customer users; it is optional, and each"
        " customer's administrator decides whether to require it for their users.",
        ("CC6.1",),
    )
    cuec = Control(
        "CUEC-1",
        "Notary offices must review and reconcile the monthly escrow statement against their"
        " own deed records (complementary user entity control).",
        ("CC2.3",),
    )
    inventory = replace(INVENTORY, controls=(optional, cuec))
    for asked in (
        "Do you require two-factor authentication for our users?",
        "Do you reconcile the monthly escrow statement against our deed records?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    assert answer("Do you offer two-factor authentication?", YES_NO, inventory).answer == "Yes"


def test_a_plan_sharing_one_word_with_the_question_does_not_deny_it() -> None:
    plan = Control(
        "IAM-12",
        "We plan to replace the shared maintenance password on the gateways with a separate"
        " credential for each box by June 2028.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(plan,))
    asked = (
        "Do you have process and procedure(s) documented, and currently followed, that require"
        " a review and update of the access list(s) for privileged accounts?"
    )
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_where_a_groups_data_is_kept_is_not_where_anothers_is() -> None:
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Grievance records of workers in Vietnam are stored in Hanoi; records from Cambodia and"
        " Bangladesh stay in AWS Singapore.",
    )
    asked = "Are grievance records of workers in Cambodia stored in Vietnam?"
    assert answer(asked, YES_NO, answers=(where,)).answer != "Yes"


def test_two_things_asked_together_need_both() -> None:
    privacy = ApprovedAnswer(
        "Do you comply with ISO 27701?",
        "Partially. We have mapped our privacy controls to ISO 27701 but we are not certified.",
    )
    iso = Report(
        id="iso",
        kind="ISO 27001",
        title="ISO/IEC 27001:2022 certificate",
        issued=date(2025, 4, 1),
        expires=date(2028, 3, 31),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    both = "Do you have ISO 27001 and ISO 27701 certificates?"
    assert answer(both, YES_NO, inventory, answers=(privacy,)).answer == "No"
    either = "Do you have ISO 27001 or ISO 27701 certification?"
    assert answer(either, YES_NO, inventory, answers=(privacy,)).answer == "Yes"
    tests = Control(
        "VUL-7",
        "The platform undergoes an external security assessment every two years, consisting of"
        " a penetration test and a configuration review. Vulnerability scans run every month.",
        ("CC4.1",),
    )
    timed = replace(INVENTORY, controls=(tests,))
    asked = "Do you perform monthly vulnerability scans and annual penetration tests?"
    assert answer(asked, YES_NO, timed).answer != "Yes"


def test_a_lead_condition_on_data_the_vendor_does_not_hold_is_not_applicable() -> None:
    cards = Control(
        "PCI-1",
        "We never store cardholder data; payments go through the processor's page.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(cards,))
    for asked in (
        "When cardholder data is stored, is it encrypted with keys kept in an HSM?",
        "If cardholder data is stored, is it encrypted with AES-256?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "N/A", asked


def test_the_past_of_a_report_is_not_read_from_todays_holdings() -> None:
    for asked in (
        "Have you ever held a HITRUST certification?",
        "Have you previously had a SOC 2 Type I report?",
        "Have you ever had your SOC 2 report withdrawn?",
    ):
        assert answer(asked, YES_NO).answer == "", asked
    assert answer("Do you hold a HITRUST certification?", YES_NO).answer == "No"


def test_products_named_as_one_word_with_the_vendors_name_are_told_apart() -> None:
    """ "TavoloBook" and "TavoloCassa" of Tavolo Digitale: what the control says of one does
    not answer for the other, whichever way (a Yes or a No)."""
    pentests = Control(
        "VUL-2",
        "TavoloBook is penetration tested by an external firm every year (last in February"
        " 2026). TavoloCassa is penetration tested every two years (last in May 2024).",
        ("CC4.1",),
    )
    inventory = replace(INVENTORY, vendor="Tavolo Digitale", controls=(pentests,))
    book = answer("Is TavoloBook penetration tested annually?", YES_NO, inventory)
    assert book.answer == "Yes"
    cassa = answer("Is TavoloCassa penetration tested annually?", YES_NO, inventory)
    assert cassa.answer == "No"


@pytest.mark.parametrize(
    ("question", "description", "wrong"),
    [
        # a state of today that names an earlier day is no ended state
        (
            "Do service accounts use MFA?",
            "MFA is enforced for all workforce accounts. Service accounts that were created"
            " before 2025 do not use MFA.",
            "Yes",
        ),
        # nor is one to come
        (
            "Are all backups encrypted?",
            "Backups are encrypted with AES-256. The legacy tape archive, which was acquired with"
            " Acme, will not be encrypted until Q1 2027.",
            "Yes",
        ),
        # "before decommissioning" names no month
        (
            "Is customer data deleted within 30 days of contract termination?",
            "Customer data is deleted within 30 days of termination. Data that was archived"
            " before decommissioning of the old cluster is not deleted.",
            "Yes",
        ),
        # a choice left to the customer, whoever the question makes the subject
        (
            "Does your platform require MFA for all users?",
            "Customer administrators decide whether multi-factor authentication is required for"
            " their users.",
            "Yes",
        ),
        # a denial of staging listed with development, words folded into one term
        (
            "Is multi-factor authentication required in staging?",
            "Multi-factor authentication is not required in development or staging.",
            "Yes",
        ),
    ],
)
def test_second_readers_cases_are_not_answered_wrongly(
    question: str, description: str, wrong: str
) -> None:
    inventory = replace(INVENTORY, controls=(Control("X-1", description, ("CC6.1",)),))
    assert answer(question, YES_NO, inventory).answer != wrong


def test_a_frequency_choice_of_a_bent_or_shared_period_is_not_guessed() -> None:
    yearly = Control("PT-1", "The platform is penetration tested every year.", ("CC4.1",))
    inventory = replace(INVENTORY, controls=(yearly,))
    asked = "How often do you perform penetration tests?"
    for choices in (
        ("Less than once a year", "Once a year", "More than once a year"),
        ("Never", "Less than annually", "At least annually"),
        ("Monthly", "Quarterly", "Bi-annually", "Annually"),
    ):
        assert answer(asked, choices, inventory).answer in ("", "Once a year", "Annually")
    assert answer(asked, ("Monthly", "Quarterly", "Annually"), inventory).answer == "Annually"


def test_a_parent_or_subsidiary_named_last_is_another_company() -> None:
    for field in ("Legal name of parent", "Legal name of subsidiary (if applicable)"):
        assert answer(field).answer == "", field


def test_one_hosting_provider_worded_two_ways_is_one_provider() -> None:
    wide = SubserviceOrg(
        "Microsoft Azure (North Europe and UK South regions)", "carve-out", ("cloud hosting",)
    )
    narrow = SubserviceOrg("Microsoft Azure (North Europe region)", "carve-out", ("cloud hosting",))
    other = Report(
        id="isae",
        kind="ISAE 3402",
        type="Type II",
        period_end=date(2026, 3, 31),
        subservice_orgs=(narrow,),
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(wide,)), BRIDGE, other))
    choices = ("Self-Managed", "Physical Co-Location", "AWS", "Azure", "GCP", "Hybrid/Other")
    assert answer("Select your hosting option.", choices, inventory).answer == "Azure"


def test_where_the_data_of_one_groups_sites_is_kept_is_not_anothers() -> None:
    lists = Control(
        "DAT-2",
        "Passenger lists for wind farms in UK waters are stored in Azure UK South (London); all"
        " other customer data stays in Azure North Europe (Dublin).",
        ("C1.1",),
    )
    inventory = replace(INVENTORY, controls=(lists,))
    asked = "Are passenger lists for wind farms in German waters stored in London?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_denial_for_people_picked_out_by_when_they_came_is_not_for_all() -> None:
    training = Control(
        "APP-2",
        "Our developers attended a secure coding workshop in 2025; developers who joined after"
        " that have had no secure coding training.",
        ("CC2.2",),
    )
    inventory = replace(INVENTORY, controls=(training,))
    asked = "Have your developers been trained in secure coding techniques?"
    assert answer(asked, YES_NO, inventory).answer != "No"
    new = "Have developers who joined after 2025 been trained in secure coding?"
    assert answer(new, YES_NO, inventory).answer != "Yes"


def test_two_figures_compared_and_the_buyers_own_duty_are_for_the_reviewer() -> None:
    dr = Control(
        "DR-4",
        "Our recovery time objective is 4 hours and our recovery point objective is 24 hours.",
        ("A1.3",),
    )
    firmware = Control(
        "OPS-7",
        "We install and maintain the gateways and patch their firmware remotely every quarter.",
        ("CC7.1",),
    )
    inventory = replace(INVENTORY, controls=(dr, firmware))
    for asked in (
        "Is your RPO shorter than your RTO?",
        "Is your RTO less than your RPO?",
        "Is it our responsibility to patch the gateway firmware?",
        "Are port operators responsible for patching the gateway firmware?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    # a bound, not a comparison: still answered by the control that states it
    leavers = Control("HR-4", "Access of leavers is removed on their last day.", ("CC6.2",))
    bound = "Is access of leavers removed no later than their last day?"
    assert answer(bound, YES_NO, replace(INVENTORY, controls=(leavers,))).answer == "Yes"


def test_only_asked_needs_only_said_and_no_exceptions_denies_nothing() -> None:
    both = Control(
        "ENC-3",
        "Customer data is encrypted in transit with TLS 1.2 and at rest with AES-256.",
        ("CC6.1",),
    )
    mfa = Control("IAM-5", "MFA is enforced for all staff accounts with no exceptions.", ("CC6.1",))
    inventory = replace(INVENTORY, controls=(both, mfa))
    assert answer("Is customer data encrypted only in transit?", YES_NO, inventory).answer != "Yes"
    asked = "Is MFA enforced for all staff accounts without exception?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_value_asked_of_one_product_is_not_anothers() -> None:
    trace = Control(
        "BCP-1",
        "Halyard Trace can be restored in AWS Europe (Ireland) with a recovery time objective of"
        " 12 hours.",
        ("A1.3",),
    )
    pay = Control(
        "BCP-2",
        "Halyard Pay has a standby server that can be loaded from the nightly backup.",
        ("A1.2",),
    )
    inventory = replace(INVENTORY, vendor="Halyard Commodity Systems", controls=(trace, pay))
    asked = "What is the recovery time objective for Halyard Pay?"
    assert "Trace" not in answer(asked, (), inventory).answer


def test_a_sum_in_a_currency_the_code_list_lacks_is_not_compared_as_dollars() -> None:
    cover = ApprovedAnswer(
        "Do you have cyber insurance?", "Yes. We hold cyber insurance of MAD 10 million per claim."
    )
    usd = "Is your cyber insurance cover at least USD 5 million?"
    assert answer(usd, YES_NO, answers=(cover,)).answer != "Yes"


def test_a_reporting_line_is_said_of_the_two_roles_asked() -> None:
    line = Control(
        "GOV-2",
        "The Chief Technology Officer also acts as CISO and reports to the Chief Executive"
        " Officer; there is no dedicated security staff. Our Data Protection Officer is an"
        " external lawyer from a Casablanca law firm.",
        ("CC1.3",),
    )
    inventory = replace(INVENTORY, controls=(line,))
    for asked in (
        "Does your DPO report to the board?",
        "Does your CISO report to the DPO?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_a_thing_asked_to_leave_a_named_country_is_no_only_where_it_is_said_to_stay() -> None:
    rack = Control(
        "DAT-2",
        "The payroll servers run in our own cage at the Nairobi colocation centre; payslip"
        " archives stay in Kenya.",
        ("C1.1",),
    )
    kept = replace(INVENTORY, controls=(rack,))
    for asked in (
        "Do payslip archives ever leave Kenya?",
        "Are payslip archives sent out of Kenya at any point?",
    ):
        m = answer(asked, YES_NO, kept)
        assert (m.answer, m.filled) == ("No", True), asked
    # Never Yes from a sentence on where something else is kept.
    m = answer("Do timesheets ever leave Kenya?", YES_NO, kept)
    assert m.answer != "Yes"
    # A copy abroad, said elsewhere, is the thing leaving.
    copied = Control("BCK-1", "Payslip archives are copied to Azure South Africa North.", ("A1.2",))
    m = answer(
        "Do payslip archives ever leave Kenya?", YES_NO, replace(kept, controls=(rack, copied))
    )
    assert m.answer != "No"


def test_a_test_of_other_products_does_not_date_the_thing_asked() -> None:
    tests = Control(
        "VUL-3",
        "Northwind Ledger and Northwind Portal were penetration tested by Harbor Security in"
        " March 2026; the handheld scanners were last tested in 2023.",
        ("CC4.1",),
    )
    inventory = replace(INVENTORY, controls=(tests,))
    for asked in (
        "Were the handheld scanners penetration tested in the last 12 months?",
        "Have your handheld scanners been tested within the past year?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    # The products it names are dated by it.
    m = answer("Was Northwind Ledger penetration tested in the last 12 months?", YES_NO, inventory)
    assert m.answer == "Yes"


def test_a_control_on_one_kind_of_hosting_says_nothing_of_the_other() -> None:
    cage = Control(
        "IAM-2",
        "Administrators of the billing servers in our colocation cage in Riga sign in with a"
        " shared account; multi-factor authentication for them is planned for 2027.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(cage,))
    for asked in (
        "Is MFA required for administrators of your cloud infrastructure?",
        "Do admins of your cloud accounts have to use multi-factor authentication?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked
    cloud = Control("IAM-3", "Administrators of our AWS accounts sign in with MFA.", ("CC6.1",))
    inventory = replace(INVENTORY, controls=(cloud,))
    m = answer("Is MFA required for administrators of on-premises systems?", YES_NO, inventory)
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Do we have to update the firmware of the scanners ourselves?",
        "Do hospital operators need to install the patches on the kiosks?",
        "Is updating the kiosk firmware the clinic's responsibility?",
        "Must customers apply the kiosk updates?",
        "Are clients required to update the kiosk firmware?",
    ],
)
def test_a_duty_asked_of_the_buyer_is_not_the_vendors_practice(asked: str) -> None:
    ours = Control(
        "OPS-4",
        "We install, update and patch the firmware of every kiosk and scanner remotely each month.",
        ("CC7.1",),
    )
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(ours,))).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Have you run a restore test this month?",
        "Was an access review performed in the current quarter?",
        "Did staff complete awareness training this year?",
    ],
)
def test_an_event_in_the_current_period_is_not_stated_by_a_frequency(asked: str) -> None:
    often = Control(
        "OPS-5",
        "A restore test is run every month, access reviews are performed every quarter and"
        " staff complete awareness training every year.",
        ("CC7.1",),
    )
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(often,))).answer != "Yes"


def test_a_count_asked_against_a_bound_is_met_by_the_count_said() -> None:
    sites = Control(
        "OPS-6",
        "We run 120 payment terminals in 3 hospitals and monitor each of them around the clock.",
        ("CC7.2",),
    )
    inventory = replace(INVENTORY, controls=(sites,))
    for asked in (
        "Do you monitor payment terminals in more than five hospitals?",
        "Are your payment terminals monitored in at least 4 hospitals?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


@pytest.mark.parametrize(
    "asked",
    [
        "Do all of your subprocessors hold SOC 2 reports?",
        "Does each of your suppliers have an ISO 27001 certificate?",
        "Do third parties that process our data hold ISO 27001 certification?",
    ],
)
def test_the_subprocessors_certificates_are_not_the_vendors(asked: str) -> None:
    m = answer(asked, YES_NO)
    assert (m.answer, m.filled) == ("", False)


def test_a_denial_of_what_the_question_sets_aside_denies_nothing_asked() -> None:
    keys = Control(
        "ENC-2",
        "Customer records are encrypted at rest with AES-256. The offline cache on field"
        " tablets is not encrypted.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(keys,))
    for asked in (
        "Apart from the tablet offline cache, are customer records encrypted at rest?",
        "Are customer records encrypted at rest, other than the offline cache on tablets?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked


def test_a_kind_of_data_asked_for_training_is_answered_by_what_is_said_of_it() -> None:
    ai = ApprovedAnswer(
        question="Do you use AI?",
        answer="We trained our triage model on ticket metadata from all customers' accounts."
        " Chat transcripts are summarised by a hosted language model; transcripts are not"
        " used to train it.",
    )
    m = answer("Are chat transcripts used to train your AI models?", YES_NO, answers=(ai,))
    assert (m.answer, m.filled) == ("No", True)
    # A kind of data the answer does not name is not answered by training on another one.
    m = answer("Are voice notes used to train your AI?", YES_NO, answers=(ai,))
    assert m.answer != "Yes"
    # Customers' data asked in general is.
    m = answer("Is customer data used to train your AI models?", YES_NO, answers=(ai,))
    assert m.answer == "Yes"


def test_a_use_asked_must_be_said_not_only_the_thing_used() -> None:
    kept = Control("DAT-7", "Patient photographs are kept for 5 years and then deleted.", ("C1.2",))
    inventory = replace(INVENTORY, controls=(kept,))
    for asked in (
        "Are patient photographs used for marketing?",
        "Are patient photographs utilised in research studies?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_a_provider_named_with_its_regions_is_its_dropdown_short_name() -> None:
    google = SubserviceOrg("Google Cloud (us-east4 and us-central1)", "carve-out", ("hosting",))
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(google,)),))
    choices = ("Self-Managed", "Physical Co-Location", "AWS", "Azure", "GCP", "Hybrid/Other")
    assert answer("Select your hosting option.", choices, inventory).answer == "GCP"
    aws = SubserviceOrg(
        "Amazon Web Services, Inc. (Canada Central region)", "carve-out", ("hosting",)
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(aws,)),))
    numbered = ("1) Self owned and managed", "4) AWS", "5) Azure", "6) GCP", "7) Other")
    assert answer("Select your hosting option.", numbered, inventory).answer == "4) AWS"


def test_one_thing_for_all_is_no_to_each_its_own() -> None:
    same = Control(
        "IAM-9",
        "All of our parking meters use the same maintenance PIN, which the contractor's"
        " technicians know.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(same,))
    for asked in (
        "Does every parking meter have its own maintenance PIN?",
        "Are maintenance PINs unique per device on your parking meters?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    # A rule against sharing is no sharing.
    banned = Control("IAM-8", "Shared accounts are not permitted on any system.", ("CC6.1",))
    m = answer(
        "Does each user have a unique account?", YES_NO, replace(INVENTORY, controls=(banned,))
    )
    assert m.answer != "No"


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


def test_a_plan_for_the_older_ones_is_no_no_where_the_rest_have_it_now() -> None:
    now = Control(
        "ENC-5",
        "The web portal and the handheld units bought since 2025 connect over TLS 1.3; the"
        " handheld units bought before 2025 send readings over plain HTTP.",
        ("CC6.7",),
    )
    plan = Control(
        "PLN-2",
        "We will replace the handheld units bought before 2025 with TLS-capable ones in 2027.",
        ("CC6.7",),
    )
    inventory = replace(INVENTORY, controls=(now, plan))
    m = answer("Is data encrypted in transit with TLS?", YES_NO, inventory)
    assert m.answer != "No"
    # All of them asked: the older ones do not have it.
    m = answer("Do all handheld units encrypt readings in transit with TLS?", YES_NO, inventory)
    assert m.answer != "Yes"


def test_data_kept_in_another_country_is_yes_to_outside_the_place_asked() -> None:
    where = ApprovedAnswer(
        question="Where is customer data stored?",
        answer="In Azure West Europe (Netherlands), backups in Azure North Europe (Ireland)."
        " No customer data is stored in Belgium.",
    )
    for asked in (
        "Is customer data stored outside Belgium?",
        "Do you keep any of our records outside of Belgium?",
    ):
        m = answer(asked, YES_NO, answers=(where,))
        assert (m.answer, m.filled) == ("Yes", True), asked
    # Within the region asked, it is not outside it.
    m = answer("Is customer data stored outside the EU?", YES_NO, answers=(where,))
    assert m.answer != "Yes"


def test_the_part_on_what_is_asked_denies_it_though_another_part_says_the_word() -> None:
    mixed = Control(
        "END-3",
        "Staff tablets are managed with Jamf and encrypted; volunteers bring their own"
        " tablets, which we do not manage.",
        ("CC6.8",),
    )
    inventory = replace(INVENTORY, controls=(mixed,))
    for asked in (
        "Are volunteers' tablets managed by you?",
        "Are the tablets of your volunteers managed by your organisation?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_a_common_word_of_an_organisations_name_does_not_name_it() -> None:
    desk = SubserviceOrg("Harbour Support Ltd", "inclusive", ("after-hours service desk",))
    soc2 = replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, desk))
    inventory = replace(INVENTORY, reports=(soc2, BRIDGE, SOC1_T1))
    for asked in (
        "Is your Manila support team in scope of your SOC 2 report?",
        "Are the support engineers in your Lisbon office covered by the SOC 2?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    m = answer("Is Harbour Support included in your SOC 2 report?", YES_NO, inventory)
    assert m.answer == "Yes"


def test_categories_asked_together_are_each_checked() -> None:
    for asked in (
        "Does your SOC 2 Type II report include both Security and Privacy?",
        "Does the SOC 2 cover both the Availability and Privacy categories?",
    ):
        m = answer(asked, YES_NO)
        assert (m.answer, m.filled) == ("No", True), asked


def test_a_report_of_one_type_asked_of_the_other_is_not_answered_by_holding() -> None:
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, SOC1_T1))
    m = answer("Is your SOC 1 Type I report a Type II?", YES_NO, inventory)
    assert m.answer != "Yes"


def test_where_data_is_kept_does_not_say_where_people_are() -> None:
    where = ApprovedAnswer(
        question="Where is customer data stored?",
        answer="In Azure West Europe (Netherlands), with backups in Azure North Europe (Ireland).",
    )
    for asked in (
        "Is access to customer data limited to employees located in the EU?",
        "Is customer data access restricted to personnel located in Europe?",
        "Can support staff located outside the Netherlands see customer data?",
    ):
        assert answer(asked, YES_NO, answers=(where,)).answer == "", asked


def test_an_approved_yes_does_not_answer_a_condition_the_question_adds() -> None:
    cover = ApprovedAnswer(
        question="Do you have cyber insurance?", answer="Yes, EUR 2 million with Allianz."
    )
    for asked in (
        "Do you have cyber insurance covering social engineering fraud?",
        "Do you hold cyber insurance that includes regulatory fines?",
    ):
        m = answer(asked, YES_NO, answers=(cover,))
        assert m.answer != "Yes", asked
    said = answer("Do you hold cyber insurance?", YES_NO, answers=(cover,))
    assert said.answer == "Yes"


def test_the_verb_plan_is_no_plan_asked_of() -> None:
    drill = Control(
        "BC-4",
        "We plan to hold our first crisis communication walkthrough in spring 2027.",
        ("A1.3",),
    )
    inventory = replace(INVENTORY, controls=(drill,))
    for asked in (
        "Do you have a crisis communication plan?",
        "Is there a documented crisis communication plan for the service?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked


def test_which_categories_are_included_is_the_list_of_them() -> None:
    for asked in (
        "Which Trust Services Categories does your SOC 2 report include?",
        "What TSC categories are in scope of your SOC 2?",
    ):
        m = answer(asked)
        assert (m.answer, m.filled) == ("Security, Availability", True), asked


@pytest.mark.parametrize(
    "asked",
    [
        "Has any SOC 2 report of yours ever carried a qualified opinion?",
        "Were exceptions noted in any of your previous SOC 2 reports?",
        "Did your SOC 2 report before the current one have exceptions?",
    ],
)
def test_earlier_reports_are_not_answered_by_the_one_held(asked: str) -> None:
    m = answer(asked, YES_NO)
    assert (m.answer, m.filled) == ("", False)


def test_a_doing_given_to_another_party_is_not_the_vendors() -> None:
    given = Control(
        "IAM-12",
        "Pharmacies sign in with a password and a code. Each pharmacy's owner chooses whether"
        " staff must use a hardware key; hardware keys are bought by the pharmacies. Pharmacy"
        " groups manage their own staff accounts and are responsible for disabling leavers.",
        ("CC6.2",),
    )
    inventory = replace(INVENTORY, controls=(given,))
    for asked in (
        "Do you choose whether pharmacy staff must use a hardware key?",
        "Do you buy the hardware keys pharmacy staff use?",
        "Are you responsible for disabling leavers in our pharmacy accounts?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_the_sentence_that_names_what_is_asked_dates_its_test() -> None:
    tests = Control(
        "VUL-8",
        "The HarborPay and HarborDesk web services are penetration tested every year (last in"
        " March 2026). The HarborDesk barcode scanners were penetration tested once, in 2022.",
        ("CC4.1",),
    )
    inventory = replace(INVENTORY, controls=(tests,))
    for asked in (
        "Have the HarborDesk barcode scanners been penetration tested in the last 12 months?",
        "Were the HarborDesk barcode scanners penetration tested during the past 2 years?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_second_reading_standing_duties_lists_and_lookalikes_keep_their_answers() -> None:
    # "We will <verb> ... within 14 days" is a standing duty, not a change to come.
    duty = Control("OPS-9", "We will deploy critical patches within 14 days of release.", ())
    m = answer(
        "Are critical patches deployed within 14 days?",
        YES_NO,
        replace(INVENTORY, controls=(duty,)),
    )
    assert m.answer != "No"
    # The same policy for all is not one ID for all.
    ids = Control(
        "IAM-13",
        "Each employee has a unique user ID, and all employees follow the same password policy.",
        ("CC6.1",),
    )
    m = answer(
        "Does each employee have a unique user ID?", YES_NO, replace(INVENTORY, controls=(ids,))
    )
    assert m.answer != "No"
    # Set aside one thing, an exception list naming another is still an admission.
    pins = Control(
        "IAM-14",
        "Passwords are never stored in plain text. The only exceptions are the kiosk PINs and"
        " the service account passwords, which are kept in a plain-text file.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(pins,))
    m = answer(
        "Are any passwords stored in plain text, other than the kiosk PINs?", YES_NO, inventory
    )
    assert m.answer != "No"
    # A journal that stays a while, then is uploaded abroad, leaves.
    stay = Control(
        "DAT-9",
        "Till journals remain in Chile for up to 24 hours before the nightly upload to Miami.",
        ("C1.1",),
    )
    m = answer("Do till journals ever leave Chile?", YES_NO, replace(INVENTORY, controls=(stay,)))
    assert m.answer != "No"
    # Where the company sits is not where data is kept; a state named like a country is not it.
    for said in (
        "Customer data is stored in Azure Canada Central, and our company is headquartered in"
        " Seattle, United States.",
        "Customer data is stored in our Las Cruces, New Mexico facility.",
    ):
        where = ApprovedAnswer(question="Where is customer data stored?", answer=said)
        asked = (
            "Is customer data stored outside Canada?"
            if "Canada" in said
            else "Is customer data stored outside the United States?"
        )
        assert answer(asked, YES_NO, answers=(where,)).answer != "Yes", said
    # Which categories are left out is not the list of those included.
    m = answer("Which Trust Services Categories are excluded from your SOC 2?")
    assert "Security" not in m.answer
    # Building guards are not an information security team.
    guards = Control("PHY-2", "Building security staff check visitor badges at reception.", ())
    m = answer(
        "Do you have a dedicated information security team?",
        ("Yes", "No"),
        replace(INVENTORY, controls=(guards,)),
    )
    assert m.answer != "Yes"


def test_a_denial_with_its_exceptions_listed_rules_nothing_out() -> None:
    shared = Control(
        "PRV-4",
        "Member data is never shared with outside parties. The exceptions are our card"
        " processor and our mailing house, which receive member addresses.",
        ("P6.1",),
    )
    inventory = replace(INVENTORY, controls=(shared,))
    for asked in (
        "Is member data shared with any outside parties other than your card processor?",
        "Is member data ever shared with outside parties?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked


def test_one_systems_no_says_nothing_of_any_of_the_others() -> None:
    ended = Control(
        "IAM-15",
        "Until May 2026 the drivers of each depot shared one dispatch login; every driver now"
        " has a personal account.",
        ("CC6.2",),
    )
    inventory = replace(INVENTORY, controls=(ended,))
    for asked in (
        "Do any of your systems use a shared administrator account?",
        "Are shared logins used on any of your applications?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked


def test_where_none_is_kept_is_not_where_data_is_kept() -> None:
    where = ApprovedAnswer(
        question="Where is customer data stored?",
        answer="Data of all our clinics, Irish and British alike, is stored in Azure West"
        " Europe (Netherlands); none is stored in Ireland except drafts on a clinic's own PCs.",
    )
    m = answer("Is the data of Irish clinics hosted in Ireland?", YES_NO, answers=(where,))
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "According to your SOC 2 report, was MFA enforced for all workforce access?",
        "Did your SOC 2 auditor verify that MFA is enforced for all workforce access?",
        "Was MFA enforced for all workforce access throughout the SOC 2 Type II period?",
    ],
)
def test_what_the_auditor_found_is_not_a_controls_words(asked: str) -> None:
    assert answer(asked, YES_NO).answer != "Yes"


def test_an_approved_yes_does_not_answer_a_company_the_question_names() -> None:
    cover = ApprovedAnswer(question="Do you have cyber insurance?", answer="Yes, with Allianz.")
    for asked in (
        "Is your cyber insurance underwritten by Chubb?",
        "Do you have cyber insurance with Zurich?",
    ):
        assert answer(asked, YES_NO, answers=(cover,)).answer != "Yes", asked


def test_a_clause_on_another_product_does_not_date_the_one_asked() -> None:
    tests = Control(
        "VUL-9",
        "Northwind Ledger was penetration tested in March 2026; Northwind Portal was last"
        " penetration tested in 2023.",
        ("CC4.1",),
    )
    inventory = replace(INVENTORY, controls=(tests,))
    m = answer(
        "Has Northwind Portal been penetration tested in the last 12 months?", YES_NO, inventory
    )
    assert m.answer != "Yes"
    m = answer(
        "Has Northwind Ledger been penetration tested in the last 12 months?", YES_NO, inventory
    )
    assert m.answer == "Yes"


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


def test_what_is_done_rather_than_what_is_asked_is_no_yes() -> None:
    rooms = Control(
        "IAM-16",
        "Warehouse pickers share one handheld per aisle, signed in with an aisle code instead"
        " of personal logins.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(rooms,))
    for asked in (
        "Do warehouse pickers have personal logins?",
        "Is the aisle code unique to each picker?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_what_people_are_asked_to_reach_must_be_said() -> None:
    checks = Control(
        "HR-5",
        "Staff with access to patient records pass a background check before starting; the"
        " Leeds call centre staff pass it within 60 days of starting.",
        ("CC1.4",),
    )
    inventory = replace(INVENTORY, controls=(checks,))
    for asked in (
        "Can Leeds call centre staff access production?",
        "Are Leeds call centre staff able to view the billing database?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_a_scope_asked_is_what_the_sentences_naming_it_say() -> None:
    enc = Control(
        "ENC-9",
        "Contracts are encrypted at rest with AES-256 in Azure. In the Orion private cloud,"
        " storage is encrypted at the SAN level with keys managed by Orion.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(enc,))
    m = answer(
        "Are contracts in the Orion private cloud encrypted with AES-256?", YES_NO, inventory
    )
    assert m.answer != "Yes"
    m = answer("Are contracts encrypted at rest with AES-256 in Azure?", YES_NO, inventory)
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Does any of your SOC 2 reports have a qualified opinion?",
        "Is any of your SOC 2 reports older than 12 months?",
    ],
)
def test_a_question_on_every_report_held_is_not_answered_by_one(asked: str) -> None:
    older = Report(
        id="soc2-t1",
        kind="SOC 2",
        type="Type I",
        period_end=date(2024, 3, 31),
        opinion="qualified",
    )
    inventory = replace(INVENTORY, reports=(SOC2, older))
    assert answer(asked, YES_NO, inventory).answer == ""


def test_more_often_than_asked_needs_a_stated_frequency_above_it() -> None:
    tests = Control("VUL-10", "External penetration tests are performed twice a year.", ())
    inventory = replace(INVENTORY, controls=(tests,))
    for asked in (
        "Are external penetration tests performed more than twice a year?",
        "Are external penetration tests performed more often than twice a year?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_one_place_only_is_no_second_place() -> None:
    same = Control(
        "BCK-4",
        "Database snapshots are copied every night to a second bucket in the same AWS region;"
        " there is no secondary region.",
        ("A1.2",),
    )
    inventory = replace(INVENTORY, controls=(same,))
    for asked in (
        "Are database snapshots copied to another AWS region?",
        "Are backups kept in a geographically separate region from production?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_every_report_held_asked_of_is_not_one_reports_holding() -> None:
    t1 = Report(id="t1", kind="SOC 2", type="Type I", period_end=date(2024, 3, 31))
    inventory = replace(INVENTORY, reports=(SOC2, t1))
    for asked in (
        "Are all of your SOC 2 reports Type II?",
        "Do your SOC 2 reports all include Availability?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_a_standard_version_asked_is_the_one_the_report_names() -> None:
    aoc = Report(
        id="aoc",
        kind="PCI DSS",
        title="PCI DSS v4.0 Attestation of Compliance (merchant, SAQ A)",
        issued=date(2026, 1, 15),
        expires=date(2027, 1, 15),
    )
    inventory = replace(INVENTORY, reports=(SOC2, aoc))
    m = answer("Is your PCI DSS AoC against version 3.2.1?", YES_NO, inventory)
    assert (m.answer, m.filled) == ("No", True)
    m = answer("Is your PCI DSS attestation based on PCI DSS v4.0?", YES_NO, inventory)
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Does your SOC 2 Type II period end in 2025?",
        "Does your SOC 2 cover at least 12 months ending in 2025?",
    ],
)
def test_the_year_a_period_is_asked_to_end_in_is_its_end(asked: str) -> None:
    m = answer(asked, YES_NO)  # the period ends 2026-01-31
    assert (m.answer, m.filled) == ("No", True)


def test_a_how_often_field_is_not_a_documents_title() -> None:
    report = EvidenceDocument(
        "pt-2026", "Penetration test summary (Harbor Security, March 2026)", ("penetration test",)
    )
    inventory = replace(INVENTORY, documents=(report,))
    for asked in ("Penetration test frequency", "How often are penetration tests performed?"):
        m = answer(asked, (), inventory)
        assert "summary" not in m.answer.lower(), asked


def test_a_denial_of_the_complement_denies_nothing_asked() -> None:
    sla = ApprovedAnswer(
        question="What is your uptime commitment?",
        answer="99.9% during market opening hours; outside market opening hours there is no SLA.",
    )
    m = answer(
        "Is your uptime SLA 99.5% or higher during market opening hours?", YES_NO, answers=(sla,)
    )
    assert m.answer != "No"


def test_a_denial_of_another_year_denies_nothing_of_the_year_asked() -> None:
    told = ApprovedAnswer(
        question="Have you had any outages?",
        answer="Harbor Pay had no unplanned outage in 2026. In 2025, a power cut stopped card"
        " payments for 2 hours.",
    )
    m = answer("Did you have an unplanned outage in 2025?", YES_NO, answers=(told,))
    assert m.answer != "No"


def test_the_abbreviation_of_number_denies_nothing() -> None:
    screening = Control(
        "HR-09",
        "Warehouse staff in Porto hold a police clearance (Certificado de Registo Criminal No."
        " 4) before their first shift; seasonal pickers are screened by interview only.",
        ("CC1.4",),
    )
    inventory = replace(INVENTORY, controls=(screening,))
    m = answer(
        "Do warehouse staff in Porto hold a police clearance before their first shift?",
        YES_NO,
        inventory,
    )
    assert m.answer != "No"
    asked = "Do warehouse staff in Porto hold a police clearance before their first shift?"
    assert not denies(asked, "Warehouse staff in Porto hold a police clearance (form Nr. 7).")


def test_a_denial_of_another_thing_beside_the_statement_asked_is_no_no() -> None:
    asked = "Does Bluefin Cyber watch your Entra and Azure logs around the clock?"
    said = (
        "Bluefin Cyber watches our Entra, Azure and firewall logs 24x7; the Kansas City"
        " colocation servers are not watched by Bluefin Cyber."
    )
    assert not denies(asked, said)
    # The denial that names more of what is asked keeps its No.
    hashed = Control(
        "IAM-07",
        "Passwords are hashed with Argon2; passwords are never stored in plain text.",
        ("CC6.1",),
    )
    m = answer(
        "Are passwords stored in plain text?", YES_NO, replace(INVENTORY, controls=(hashed,))
    )
    assert m.answer == "No"


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
        "Were both the SOC 1 and the SOC 2 reports issued with no exceptions noted?",
        "Do your SOC 2 and SOC 1 reports each show zero exceptions?",
    ],
)
def test_a_question_joining_two_reports_is_answered_of_each(asked: str) -> None:
    m = answer(asked, YES_NO)  # the SOC 1 notes none; the SOC 2 notes one (CC6.3)
    assert m.answer != "Yes"


def test_reports_offered_as_alternatives_are_not_asked_of_each() -> None:
    from socproc.mapping.map import _each_credential

    assert _each_credential("Do you hold a SOC 2 or an ISO 27001 certificate?") == ()
    assert _each_credential("Is your SOC 2 Type II report current?") == ()
    assert _each_credential(
        "Do you hold a SOC 2 Type II report and a PCI DSS AOC for the kiosks?"
    ) == (
        "Do you hold a SOC 2 Type II report for the kiosks?",
        "Do you hold a PCI DSS AOC for the kiosks?",
    )


@pytest.mark.parametrize(
    "asked",
    [
        "Are intrusions monitored 24x7x365?",
        "Can you respond to a security incident at any hour, 24 x 7 x 365?",
    ],
)
def test_a_plan_to_watch_around_the_clock_is_no_yes_today(asked: str) -> None:
    planned = Control(
        "SOC-02",
        "We plan to contract an MDR provider to watch security alerts 24x7 from 2027.",
        ("CC7.2",),
    )
    m = answer(asked, YES_NO, replace(INVENTORY, controls=(planned,)))
    assert m.answer != "Yes"


def test_your_soc_2_is_the_soc_2_held_not_its_international_equivalent() -> None:
    isae = Report(
        id="isae-2026",
        kind="ISAE 3000",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        categories=("security", "confidentiality", "privacy"),
    )
    old = Report(
        id="soc2-2023",
        kind="SOC 2",
        type="Type I",
        period_end=date(2023, 5, 31),
        categories=("security",),
    )
    inventory = replace(INVENTORY, reports=(isae, old))
    for asked, untrue in (
        ("Does your SOC 2 report include the Privacy category?", "Yes"),
        ("Was your SOC 2 report issued within the last year?", "Yes"),
        ("Is your SOC 2 more than two years old?", "No"),
    ):
        assert answer(asked, YES_NO, inventory).answer != untrue, asked


@pytest.mark.parametrize(
    "asked",
    [
        "Is your HITRUST certification an r2 validated assessment?",
        "Do you hold a HITRUST e1 certification?",
    ],
)
def test_a_credential_of_another_level_is_not_the_level_asked(asked: str) -> None:
    hitrust = Report(
        id="hitrust-i1",
        kind="HITRUST",
        title="HITRUST i1 Validated Assessment (Implemented, 1-year)",
        expires=date(2027, 2, 28),
    )
    m = answer(asked, YES_NO, replace(INVENTORY, reports=(SOC2, hitrust)))
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    ("asked", "right"),
    [
        ("Can the kiosk queue card payments offline for up to 72 hours?", "No"),
        ("Can the kiosk queue card payments offline for up to 12 hours?", "Yes"),
    ],
)
def test_up_to_in_a_question_of_capacity_asks_at_least_that_much(asked: str, right: str) -> None:
    offline = Control(
        "BCP-05",
        "If the network is down, the kiosk can queue card payments offline for up to 24 hours.",
        ("A1.2",),
    )
    m = answer(asked, YES_NO, replace(INVENTORY, controls=(offline,)))
    assert m.answer in (right, "")


def test_what_is_measured_outweighs_the_names_it_is_measured_for() -> None:
    recovery = Control(
        "BCP-02",
        "The RTO is 12 hours for Harbor Web and 48 hours for Harbor Batch; the RPO is 1 hour"
        " for both.",
        ("A1.2",),
    )
    inventory = replace(INVENTORY, controls=(recovery,))
    assert answer("Is the RPO for Harbor Web at most 4 hours?", YES_NO, inventory).answer != "No"
    assert answer("Is the RTO for Harbor Web at most 4 hours?", YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Did Amazon Web Services' ISO 27001 audit find any nonconformities?",
        "Has AWS published exceptions in its own SOC 2 report?",
        "Can you send us Amazon Web Services' SOC 2 report for eu-west-1?",
    ],
)
def test_the_hosting_providers_own_report_is_not_ours(asked: str) -> None:
    m = answer(asked, YES_NO)  # AWS is carved out of our SOC 2
    assert m.answer not in ("Yes", "No")


def test_what_was_done_in_years_named_is_no_yes_today() -> None:
    done = Control(
        "IR-06",
        "We held incident response tabletop exercises for the on-call team in 2024 and 2025.",
        ("CC7.4",),
    )
    inventory = replace(INVENTORY, controls=(done,))
    m = answer(
        "Do you hold incident response tabletop exercises for the on-call team?", YES_NO, inventory
    )
    assert m.answer != "Yes"
    m = answer("Did you hold an incident response tabletop exercise in 2025?", YES_NO, inventory)
    assert m.answer != "No"


def test_a_denial_of_the_other_case_is_no_denial_of_the_case_asked() -> None:
    shared = Control(
        "IAM-11",
        "Each warehouse scanner signs in with one login that the depot staff on that shift"
        " share; individual scanner logins are not available.",
        ("CC6.1",),
    )
    m = answer(
        "Do any users of your products have to share one login?",
        YES_NO,
        replace(INVENTORY, controls=(shared,)),
    )
    assert m.answer != "No"


def test_a_practice_of_some_of_the_people_asked_of_all_is_no_yes() -> None:
    training = Control(
        "HR-04",
        "Permanent employees complete phishing awareness training every spring; seasonal"
        " warehouse staff are given a leaflet instead.",
        ("CC2.2",),
    )
    inventory = replace(INVENTORY, controls=(training,))
    m = answer("Do all employees complete phishing awareness training?", YES_NO, inventory)
    assert m.answer != "Yes"
    m = answer("Do permanent employees complete phishing awareness training?", YES_NO, inventory)
    assert m.answer != "No"


def test_items_of_one_kind_named_after_them_are_narrower_than_any() -> None:
    hashed = Control(
        "IAM-12",
        "Passwords of clinic staff are stored as bcrypt hashes and never in plain text.",
        ("CC6.1",),
    )
    m = answer(
        "Are you storing any passwords in plaintext?",
        YES_NO,
        replace(INVENTORY, controls=(hashed,)),
    )
    assert m.answer != "No"


def test_a_products_last_test_says_nothing_of_another_practice_of_it() -> None:
    tested = Control(
        "VUL-09",
        "Harbor Mobile was last penetration tested in 2023; Harbor Web is tested every year.",
        ("CC4.1",),
    )
    inventory = replace(INVENTORY, controls=(tested,))
    m = answer("Did Harbor Mobile suffer a service outage in the past year?", YES_NO, inventory)
    assert m.answer != "No"
    m = answer("Is Harbor Mobile penetration tested at least once a year?", YES_NO, inventory)
    assert m.answer != "Yes"


def test_one_components_denial_beside_a_control_that_affirms_it_is_for_the_reviewer() -> None:
    stored = Control(
        "ENC-04",
        "Customer files and database backups in Azure are encrypted at rest with AES-256 under"
        " keys we manage; customer-managed keys are not offered. The kiosk keeps receipts on its"
        " local disk unencrypted until upload.",
        ("CC6.1",),
    )
    cache = Control(
        "ENC-05",
        "The driver app keeps delivery photos in its private storage, which we do not encrypt"
        " separately; we do not require drivers' phones to be encrypted.",
        ("CC6.1",),
    )
    m = answer("Is data encrypted at rest?", YES_NO, replace(INVENTORY, controls=(stored, cache)))
    assert m.answer != "No"


@pytest.mark.parametrize(
    ("asked", "right"),
    [
        ("Is your SOC 2 a Type II and your SOC 1 a Type I?", "Yes"),
        ("Is your SOC 1 a Type I and your SOC 2 a Type I?", "No"),
    ],
)
def test_two_reports_each_with_its_own_attribute_are_answered_of_each(
    asked: str, right: str
) -> None:
    assert answer(asked, YES_NO).answer in (right, "")


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
    ("asked", "right"),
    [
        ("Did your SOC 2 report note no more than one exception?", "Yes"),
        ("Were fewer than one deviation reported in your SOC 2?", "No"),
        ("Did the SOC 2 list 2 or fewer exceptions?", "Yes"),
    ],
)
def test_an_upper_bound_on_exceptions_is_compared_with_their_count(asked: str, right: str) -> None:
    assert answer(asked, YES_NO).answer == right  # the SOC 2 notes one exception


def test_what_a_text_says_is_kept_only_is_no_denial_of_it() -> None:
    cards = Control(
        "PAY-03",
        "Card numbers never reach our servers; the payment page is hosted by Adyen and we keep"
        " only the card brand and the last four digits.",
        ("CC6.1",),
    )
    m = answer(
        "Do you store the last four digits of customers' cards?",
        YES_NO,
        replace(INVENTORY, controls=(cards,)),
    )
    assert m.answer != "No"


def test_a_bridge_letter_extends_its_reports_scope_and_no_more() -> None:
    soc2 = replace(SOC2, scope="Harbor Web and its API; the Harbor Kiosk devices are not in scope")
    inventory = replace(INVENTORY, reports=(soc2, BRIDGE, SOC1_T1))
    for asked in (
        "Is Harbor Kiosk in the scope of your bridge letter?",
        "Does the bridge letter extend coverage for the Harbor Kiosk devices?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_a_bridge_letter_behind_today_is_its_gap() -> None:
    # The letter runs through 2026-04-30; the answer date is 2026-06-30, two months later.
    m = answer("Is your bridge letter more than 6 weeks behind today?", YES_NO)
    assert m.answer == "Yes"
    m = answer("Does your bridge letter end more than 90 days before today?", YES_NO)
    assert m.answer == "No"
    # A day before today asked of is no gap: the letter ends 61 days before the answer date.
    m = answer("Does your bridge letter cover the period up to 30 days before today?", YES_NO)
    assert m.answer == "No"


def test_another_test_of_the_product_asked_does_not_date_the_test_asked() -> None:
    failover = Control(
        "BCP-07",
        "Failover of Harbor Web to a second region was last tested in May 2026.",
        ("A1.3",),
    )
    pentest = Control("VUL-11", "Harbor Web was last penetration tested in March 2024.", ("CC4.1",))
    inventory = replace(INVENTORY, controls=(failover, pentest))
    m = answer("Has Harbor Web been penetration tested in the last 12 months?", YES_NO, inventory)
    assert m.answer != "Yes"
    # A name that swallows what is tested still needs it said.
    harbor = replace(
        inventory,
        vendor="Harbor Systems",
        controls=(
            replace(failover, description=failover.description + " Harbor Mobile has none."),
            pentest,
        ),
    )
    m = answer("Has Harbor Web Access Control been tested in the last 12 months?", YES_NO, harbor)
    assert m.answer != "Yes"


def test_what_an_approved_answer_excludes_is_not_stated_by_it() -> None:
    cover = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes, GBP 5 million with Thames Mutual; the policy excludes regulatory fines and"
        " social engineering losses.",
    )
    m = answer("Does your cyber insurance cover regulatory fines?", YES_NO, answers=(cover,))
    assert m.answer != "Yes"
    m = answer("Do you carry cyber insurance?", YES_NO, answers=(cover,))
    assert m.answer == "Yes"


def test_an_organisation_the_inventory_names_is_not_the_vendor() -> None:
    chat = Control(
        "VEN-06",
        "Support chats run on the platform of our partner Quillfeather Messaging Ltd in Lagos.",
        ("CC9.2",),
    )
    where = ApprovedAnswer(
        question="Where is your company headquartered?",
        answer="Northwind Analytics is headquartered in Denver, Colorado, United States.",
    )
    inventory = replace(INVENTORY, controls=(chat,), answers=(where,))
    m = answer("Has Quillfeather Messaging provided you with an audit report?", YES_NO, inventory)
    assert m.answer != "Yes"
    m = answer("Is Quillfeather Messaging based in Kenya?", YES_NO, inventory)
    assert m.answer != "No"


def test_what_is_taken_out_first_is_not_stated() -> None:
    copied = Control(
        "DAT-12",
        "Order data from production is copied to the analytics warehouse every night; customer"
        " names and email addresses are removed first.",
        ("C1.1",),
    )
    inventory = replace(INVENTORY, controls=(copied,))
    m = answer(
        "Is production order data copied to the analytics warehouse with customer names?",
        YES_NO,
        inventory,
    )
    assert m.answer != "Yes"
    m = answer("Is production order data copied to the analytics warehouse?", YES_NO, inventory)
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    ["Are security alerts monitored 24x7x365?", "Are security alerts watched at weekends?"],
)
def test_what_is_being_evaluated_is_not_done(asked: str) -> None:
    weighed = Control(
        "SOC-05",
        "We are considering an outsourced SOC that would watch our security alerts around the"
        " clock.",
        ("CC7.2",),
    )
    m = answer(asked, YES_NO, replace(INVENTORY, controls=(weighed,)))
    assert m.answer != "Yes"


def test_a_denial_naming_the_product_asked_is_no_statement_of_it() -> None:
    upcoming = ApprovedAnswer(
        question="When will your next SOC 2 report be available?",
        answer="Our next SOC 2 Type II covers 2026-07-01 to 2027-06-30, on the same products and"
        " categories, and is expected in September 2027. Kiosk and Till are not planned into it.",
    )
    m = answer("Will your next SOC 2 Type II include Northwind Kiosk?", YES_NO, answers=(upcoming,))
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
        "Were any change-management exceptions noted in your SOC 2?",
        "Did your SOC 2 report any incident-response deviations?",
    ],
)
def test_a_topic_named_before_the_exceptions_is_their_topic(asked: str) -> None:
    # The SOC 2's one exception is on CC6.3: "one access review was late".
    assert answer(asked, YES_NO).answer != "Yes"


def test_a_state_that_lasts_until_a_planned_change_holds_today() -> None:
    legacy = Control(
        "DAT-21",
        "Harbor Legacy, bought in 2025, runs on a server at Hetzner in Falkenstein, Germany, and"
        " keeps order data there until its move to AWS, planned for the end of 2027.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(legacy,))
    m = answer("Is Harbor Legacy order data kept in Falkenstein?", YES_NO, inventory)
    assert m.answer != "No"


def test_who_does_it_is_not_what_is_done() -> None:
    tablets = Control(
        "IAM-14",
        "Field service technicians of our partners share ruggedised tablets; each technician"
        " signs in with a personal badge.",
        ("CC6.1",),
    )
    m = answer(
        "Do field service technicians share login credentials?",
        YES_NO,
        replace(INVENTORY, controls=(tablets,)),
    )
    assert m.answer != "Yes"


def test_which_data_and_what_is_done_with_it_must_be_said() -> None:
    offline = Control(
        "BCP-09",
        "Car park barriers keep working without a connection and store card payments for up to"
        " 12 hours.",
        ("A1.2",),
    )
    reader = Control(
        "PAY-07",
        "Card numbers typed at the barriers are encrypted in the card reader and passed to"
        " Worldline.",
        ("CC6.7",),
    )
    inventory = replace(INVENTORY, controls=(offline, reader))
    for asked in (
        "Do you store full card numbers?",
        "Do your car park barriers store full card numbers?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_up_to_is_a_capacity_only_against_a_capacity_said() -> None:
    kept = Control(
        "RET-04",
        "Call recordings are kept for 30 days by default; Premium plan customers can set"
        " retention up to two years.",
        ("C1.2",),
    )
    rto = Control("BCP-11", "Our recovery time objective is 8 hours.", ("A1.3",))
    inventory = replace(INVENTORY, controls=(kept, rto))
    m = answer("Can Premium customers keep call recordings for up to 12 months?", YES_NO, inventory)
    assert m.answer != "No"
    m = answer("Can you restore service within up to 4 hours?", YES_NO, inventory)
    assert m.answer != "Yes"


def test_a_sentence_that_starts_with_a_small_letter_is_its_own() -> None:
    at_rest = Control(
        "ENC-08",
        "Backups are encrypted at rest with AES-256. iPads used in the warehouse are not"
        " encrypted.",
        ("CC6.1",),
    )
    m = answer("Are backups encrypted at rest?", YES_NO, replace(INVENTORY, controls=(at_rest,)))
    assert m.answer != "No"


def test_an_upper_bound_on_some_of_the_exceptions_is_not_their_count() -> None:
    three = replace(
        SOC2,
        exceptions=tuple(
            ReportException((c,), f"one sample on {c} was late; remediated in March")
            for c in ("CC6.2", "CC7.1", "CC8.1")
        ),
    )
    inventory = replace(INVENTORY, reports=(three, BRIDGE, SOC1_T1))
    for asked in (
        "Did your SOC 2 report fewer than 2 unremediated exceptions?",
        "Were fewer than two exceptions left open in your SOC 2?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked


def test_no_less_than_and_an_if_you_lead_keep_their_readings() -> None:
    # The SOC 2 period runs twelve months; the inventory holds no ISO 27001 certificate.
    assert answer("Is your SOC 2 report period no less than 6 months?", YES_NO).answer == "Yes"
    m = answer("If you hold SOC 2 and ISO 27001 certifications, are they current?", YES_NO)
    assert m.answer != "No"


def test_a_report_or_the_vendors_own_name_is_no_other_organisation() -> None:
    from socproc.mapping.holdings import _named_orgs

    reviewed = Control(
        "VEN-09",
        "Each subprocessor SOC 2 report is reviewed every year; our partner Fennec Mail Ltd"
        " sends receipts. Northwind's Analytics Ltd is our trading company.",
        ("CC9.2",),
    )
    named = _named_orgs(replace(INVENTORY, vendor="Northwind's Analytics", controls=(reviewed,)))
    assert named == ("Fennec Mail", "Fennec Mail Ltd")


def test_review_f9_to_f11_rules_keep_right_answers() -> None:
    # A hyphenated word that is no topic leaves the exception question as it was.
    assert answer("Were any auditor-noted exceptions in your SOC 2?", YES_NO).answer == "Yes"
    # Holding a bridge letter, asked in other verbs.
    for asked in ("Is there a bridge letter?", "Do you maintain a bridge letter for your SOC 2?"):
        assert answer(asked, YES_NO).answer == "Yes", asked
    # "our staff" is no other group than "new staff".
    training = Control(
        "HR-15",
        "Security awareness training is mandatory for our staff; new staff complete it in their"
        " first week.",
        ("CC2.2",),
    )
    inventory = replace(INVENTORY, controls=(training,))
    m = answer("Is security awareness training mandatory for all staff?", YES_NO, inventory)
    assert m.answer == "Yes"


def test_a_type_named_beside_another_attribute_is_checked_too() -> None:
    type1 = replace(SOC2, type="Type I", period_start=None, exceptions=())
    inventory = replace(INVENTORY, reports=(type1,))
    for asked in (
        "Is your SOC 2 a Type II report with an unqualified opinion?",
        "Is your SOC 2 report a Type 2 with no exceptions?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    m = answer("Is your SOC 2 a Type I with an unqualified opinion?", YES_NO, inventory)
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Is your cyber insurance policy exclusion-free?",
        "Is your cyber insurance coverage unrestricted?",
    ],
)
def test_a_question_whether_nothing_is_left_out_is_no_yes_where_something_is(asked: str) -> None:
    cover = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes. Cyber insurance of USD 10 million with Lakeside Mutual; losses from"
        " business email compromise are excluded.",
    )
    assert answer(asked, YES_NO, answers=(cover,)).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "How many subservice organizations are carved out of your SOC 2?",
        "Number of carved-out subservice organisations in your SOC 2 report on Harbor Web:",
    ],
)
def test_a_count_of_carved_out_organisations_is_a_number(asked: str) -> None:
    assert answer(asked, ()).answer == "1"  # Amazon Web Services is carved out


def test_a_network_kept_apart_is_not_shared() -> None:
    apart = Control(
        "NET-12",
        "Production networks are segmented from the office network; the kiosk network is a"
        " separate private APN.",
        ("CC6.6",),
    )
    m = answer(
        "Do kiosks share the office network?",
        YES_NO,
        replace(INVENTORY, controls=(apart,)),
    )
    assert m.answer != "Yes"


def test_a_private_programme_is_not_a_public_one() -> None:
    bounty = Control(
        "VUL-14",
        "We run an invitation-only bug bounty programme on HackerOne for Harbor Web.",
        ("CC4.1",),
    )
    inventory = replace(INVENTORY, controls=(bounty,))
    assert answer("Is your bug bounty programme public?", YES_NO, inventory).answer != "Yes"
    assert answer("Do you run a bug bounty programme?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        # Two attributes of one report joined by a bare "and": each is asked (SOC2 is less
        # than 12 months old on AS_OF and does not include Confidentiality), so no Yes.
        "Is your SOC 2 report less than 12 months old and does it include Confidentiality?",
        "Does your SOC 2 cover Confidentiality and is it under 12 months old?",
        "Is your SOC 2 under a year old and does it cover the Privacy category?",
    ],
)
def test_two_report_attributes_joined_by_a_bare_and_are_each_asked(asked: str) -> None:
    assert answer(asked, YES_NO, INVENTORY).answer in ("", "No")


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        # The text bounds the case ("more than 200 seats"); the question gives a count.
        ("Is priority support available to a customer with 150 seats?", ""),
        ("Is priority support available to a customer with exactly 200 seats?", ""),
        ("Can a customer with 120 seats get priority support?", ""),
    ],
)
def test_a_count_the_question_gives_must_meet_the_bound_the_text_sets(
    asked: str, expected: str
) -> None:
    support = Control(
        "SUP-01", "Priority support is available only to customers with more than 200 seats.", ()
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, support))
    assert answer(asked, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    ("asked", "title", "expected"),
    [
        # Who holds a duty: the contact where their title holds it, else nobody's name.
        ("Name of the person responsible for security", "Head of Security", "R. Okafor"),
        (
            "Who is responsible for information security at your firm?",
            "CISO and Security Lead",
            "R. Okafor",
        ),
        ("Who is responsible for security?", "Office Manager", ""),
        ("Name of the individual responsible for encryption", "Head of Security", ""),
    ],
)
def test_who_holds_a_duty_is_a_person_never_a_control_sentence(
    asked: str, title: str, expected: str
) -> None:
    # A control whose words share the question's terms ("responsible", "name") names no one.
    control = Control(
        "DAT-09",
        "Test data uses fake names; the person who owns a record is responsible for it.",
        (),
    )
    inventory = replace(
        INVENTORY,
        controls=(*CONTROLS, control),
        contact=Contact("R. Okafor", "sec@example.com", title),
    )
    m = answer(asked, (), inventory)
    assert m.answer == expected
    assert (m.filled, expected) != (True, "") and "fake names" not in m.answer


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # A pronoun that denies ("nobody", "none", "nothing") is a denial like "not".
        (
            "Branch routers send syslog to a collector; nobody reviews the collected events.",
            "Does anyone review the events collected from branch routers?",
        ),
        (
            "Kiosks run a locked-down Windows image; none of them has disk encryption.",
            "Do the kiosks have disk encryption?",
        ),
        (
            "Nothing on the warehouse scanners is backed up.",
            "Are the warehouse scanners backed up?",
        ),
    ],
)
def test_a_denying_pronoun_is_no_yes(said: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("OPS-07", said, ())))
    assert answer(asked, YES_NO, inventory).answer in ("", "No")


@pytest.mark.parametrize(
    ("planned", "asked", "expected"),
    [
        # A plan to do it more often than asked says nothing of whether it is done now.
        (
            "From next year we intend to rotate the signing keys every month.",
            "Are signing keys rotated at least once a year?",
            "",
        ),
        (
            "We plan to run phishing simulations quarterly starting in 2027.",
            "Do you run phishing simulations at least annually?",
            "",
        ),
        # A plan to start what is asked, at the frequency asked, is still no practice today.
        (
            "We plan to run phishing simulations quarterly starting in 2027.",
            "Do you run phishing simulations every quarter?",
            "No",
        ),
    ],
)
def test_a_plan_to_do_it_more_often_is_no_no(planned: str, asked: str, expected: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("PLN-04", planned, ())))
    assert answer(asked, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        # Every word of the role must be in what one organisation does ("email notification"
        # is not "email delivery"), and a word two organisations share names neither.
        ("Is your email notification provider carved out of your SOC 2 report?", ""),
        ("Is your repair workshop partner carved out of your SOC 2 report?", ""),
        ("Is your courier company carved out of your SOC 2 report?", "Yes"),
    ],
)
def test_an_organisation_asked_by_its_role_is_the_one_doing_all_of_it(
    asked: str, expected: str
) -> None:
    orgs = (
        SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),
        SubserviceOrg(
            "Parcelnet Ltd", "carve-out", ("courier delivery of parts to the repair workshop",)
        ),
        SubserviceOrg("SendPulse Ltd", "carve-out", ("email delivery of receipts",)),
        SubserviceOrg("Mendwell Ltd", "inclusive", ("repair workshop services",)),
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=orgs), BRIDGE))
    assert answer(asked, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    "asked",
    [
        # A holding asked with a report attribute: a No to the attribute rules the pair out.
        "Is your SOC 2 Type II report current and does it include Confidentiality?",
        "Do you hold a valid SOC 2 and does it cover the Privacy category?",
    ],
)
def test_a_holding_asked_with_an_attribute_is_no_where_the_attribute_is_no(asked: str) -> None:
    assert answer(asked, YES_NO, INVENTORY).answer == "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Does the Ledger app store card numbers in its local database?",
        "Are card numbers still kept in the Ledger app's local database?",
        "Is the local database still used to keep card numbers in the Ledger app?",
    ],
)
def test_what_was_done_until_a_dated_change_is_no_yes_today(asked: str) -> None:
    # The simple past up to a dated change is of then: nothing says it is done today.
    said = (
        "The Ledger app kept card numbers in its local database until its move to tokenisation"
        " in March 2026."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("PAY-03", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_state_said_in_the_present_to_last_until_a_date_is_no_no() -> None:
    # It holds today; it is not something that ended or is only planned.
    said = "Card numbers are kept in the Ledger app's local database until March 2027."
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("PAY-03", said, ())))
    asked = "Are card numbers kept in the Ledger app's local database?"
    assert answer(asked, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # Who does the act asked: the customer or the vendor, as the text says it.
        (
            "Tenant data is encrypted with keys in AWS KMS managed by us; bring-your-own-key is"
            " not offered.",
            "Are the encryption keys managed by the customer?",
        ),
        (
            "Archive keys are generated and held by us in our own HSM.",
            "Do your clients hold the archive encryption keys?",
        ),
        (
            "Each customer manages its own signing keys in its Azure tenant.",
            "Are the signing keys managed by you?",
        ),
    ],
)
def test_the_act_done_by_the_other_side_is_no_yes(said: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("KEY-02", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_past_practice_told_against_the_present_is_still_read_together() -> None:
    said = (
        "The depot team shared one login to the dispatch console until March 2026; since then"
        " each member of the team has a named account."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("IAM-12", said, ())))
    asked = "Does the depot team share a login to the dispatch console?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # Opposite qualifiers: private and public, enhanced and basic.
        (
            "We run a public vulnerability reward programme on Bugcrowd for the web app.",
            "Is your vulnerability reward programme by invitation only?",
        ),
        (
            "We run a public vulnerability reward programme on Bugcrowd for the web app.",
            "Is your vulnerability reward programme private?",
        ),
        (
            "Drivers are vetted with a standard background check before their first shift.",
            "Are drivers vetted with an enhanced background check before their first shift?",
        ),
    ],
)
def test_an_opposite_qualifier_is_no_yes(said: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("GOV-09", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Are hotfixes approved before they are deployed?",
        "Is each hotfix approved prior to deployment?",
    ],
)
def test_done_after_is_not_done_before(asked: str) -> None:
    said = (
        "Feature changes are approved in a pull request before they are merged; hotfixes are"
        " approved by the release manager the day after they are deployed."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("CHG-07", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Are all of your servers patched weekly?",
        "Is every server patched at least weekly?",
    ],
)
def test_all_asked_at_a_frequency_is_held_to_the_least_often_said(asked: str) -> None:
    said = "Cloud servers are patched every week and the on-site lab servers once a quarter."
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("VUL-05", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Does Kestrel Basic support multi-factor authentication?",
        "Does Kestrel Basic give every user an individual login?",
    ],
)
def test_a_clause_on_a_sibling_product_says_nothing_of_the_one_asked(asked: str) -> None:
    said = (
        "Kestrel Basic has one login per shop, which the shop's staff use together; Kestrel"
        " Plus gives every user an individual login with multi-factor authentication."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("IAM-21", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked", ["What date was your bridge letter issued?", "Issue date of the bridge letter"]
)
def test_a_bridge_letters_issue_date_is_the_day_it_was_issued(asked: str) -> None:
    letter = replace(BRIDGE, issued=date(2026, 5, 6))
    inventory = replace(INVENTORY, reports=(SOC2, letter, SOC1_T1))
    assert answer(asked, (), inventory).answer == "2026-05-06"
    # Not the day it runs to where its issue date is not given.
    assert answer(asked, (), INVENTORY).answer != "2026-04-30"


@pytest.mark.parametrize(
    "asked",
    [
        "Which subservice organisation does your SOC 2 include using the inclusive method?",
        "Name the subservice organization presented under the inclusive method.",
    ],
)
def test_which_organisation_is_inclusive_is_answered_with_its_name(asked: str) -> None:
    orgs = (
        SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),
        SubserviceOrg("Ledgerline Payroll Ltd", "inclusive", ("payroll processing",)),
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=orgs), BRIDGE))
    assert answer(asked, (), inventory).answer == "Ledgerline Payroll Ltd"


@pytest.mark.parametrize(
    "asked",
    [
        "Does the Harbour plan include 24x7 phone support?",
        "Is a data export API available on the Harbour plan?",
    ],
)
def test_a_plans_denial_of_another_feature_is_no_no(asked: str) -> None:
    said = (
        "Customers on the Fleet plan can sign in with SAML single sign-on. Single sign-on is not"
        " available on the Dock or Harbour plans."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("IAM-30", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Can members transfer their proxy vote to another meeting?",
        "Can tenants share their access code with other residents?",
    ],
)
def test_what_a_group_can_do_must_be_said_as_done(asked: str) -> None:
    said = (
        "Members cast a proxy vote with their member number and a code sent by email for that"
        " meeting only; tenants receive a personal access code for each residents' meeting."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("VOTE-02", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


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
    "asked",
    [
        "Are there any devices in your service without anti-malware software?",
        "Are there devices in your estate without anti-malware software?",
    ],
)
def test_a_denial_is_no_no_to_a_question_turned_by_without(asked: str) -> None:
    # "they have no anti-malware software" is a device without it: no No.
    controls = (
        Control("END-02", "Company laptops run Microsoft Defender for Endpoint.", ()),
        Control(
            "END-03",
            "Kiosk tablets are locked to the booking app by our mobile device management in"
            " kiosk mode; they have no anti-malware software.",
            (),
        ),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, *controls))
    assert answer(asked, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Do you only run tournaments for private clubs such as golf and tennis clubs?",
        "Do you run tournaments solely for private clubs?",
    ],
)
def test_a_denial_of_the_rest_is_no_no_to_only(asked: str) -> None:
    # "we do not run tournaments for councils or schools" is what "only private" asks.
    told = ApprovedAnswer(
        "Do you run public or municipal tournaments?",
        "No. Our customers are golf clubs, tennis clubs and sailing clubs; we do not run"
        " tournaments for councils or schools.",
    )
    assert answer(asked, YES_NO, answers=(told,)).answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Does your SOC 2 period cover at least 12 months? Please answer No if it is shorter.",
        "Is your SOC 2 period a full 12 months? (Select No if the period was shorter.)",
        "Does your SOC 2 period span at least twelve months? Respond No if it does not.",
    ],
)
def test_an_instruction_on_filling_the_cell_is_not_part_of_the_question(asked: str) -> None:
    assert answer(asked, YES_NO, INVENTORY).answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Are your depots critical infrastructure assets under the SOCI Act?",
        "Is the platform registered under the SOCI Act 2018?",
    ],
)
def test_an_acronym_beginning_with_soc_is_no_soc_report(asked: str) -> None:
    # A question on a law is not answered from the reports held.
    inventory = replace(INVENTORY, reports=(SOC1_T1,))
    assert answer(asked, YES_NO, inventory).answer == ""


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


@pytest.mark.parametrize(
    "asked",
    [
        "Is Ledger data stored in the United States?",
        "Is Ledger data stored outside Canada?",
        "Are Ledger records kept in the US?",
    ],
)
def test_where_one_products_data_is_kept_is_its_own_sentence(asked: str) -> None:
    told = ApprovedAnswer(
        "Where is customer data stored?",
        "Ledger and Payroll data is stored in Azure Canada Central with backups in Canada"
        " East. Studio video is stored by Vidstream in Oregon, United States.",
    )
    # The vendor's products, as its report's scope names them.
    scope = "Northwind Ledger, Northwind Payroll and Northwind Studio"
    inventory = replace(INVENTORY, reports=(replace(SOC2, scope=scope), BRIDGE))
    assert answer(asked, YES_NO, inventory, (told,)).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Has Tallinna Print Ltd had a data breach?",
        "Has Tallinna Print Ltd suffered a security incident in the last 12 months?",
    ],
)
def test_another_organisations_history_is_not_denied_by_our_control(asked: str) -> None:
    subs = ApprovedAnswer(
        "Which subprocessors do you use?",
        "Amazon Web Services (hosting), Tallinna Print Ltd (printed notices) and Sendgrid (email).",
    )
    said = "We have not assessed Tallinna Print Ltd's security."
    inventory = replace(
        INVENTORY, controls=(*CONTROLS, Control("VEN-04", said, ("CC9.2",))), answers=(subs,)
    )
    assert answer(asked, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Do you have a business continuity plan and a disaster recovery plan, both tested in"
        " the last 12 months?",
        "Are your incident response plan and your disaster recovery plan each tested within the"
        " past 12 months?",
    ],
)
def test_two_things_both_tested_in_a_window_need_each_dated(asked: str) -> None:
    controls = (
        Control("IR-02", "The incident response plan was tested in a tabletop in March 2026.", ()),
        Control(
            "BC-01", "The business continuity plan was tested in a tabletop in March 2026.", ()
        ),
        Control("DR-02", "Failover to the secondary region has not yet been tested.", ()),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS[:4], *controls))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Is customer data deleted within 30 days of contract termination?",
        "Are member records erased within 30 days after the account is closed?",
    ],
)
def test_a_window_counted_from_another_event_is_no_yes(asked: str) -> None:
    said = "Member booking history is deleted 30 days after a booking is completed."
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("DAT-14", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_count_cell_takes_the_count_of_the_things_asked_or_nothing() -> None:
    said = (
        "Each tally key is split among three officers of the customer; any two of them are"
        " needed to open the tally. Our 58 employees never hold a share."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("CRY-09", said, ())))
    # A sentence around the count is no count: left for the reviewer.
    assert answer("How many officers are needed to open the tally?", (), inventory).answer == ""
    told = ApprovedAnswer("How many employees do you have?", "Northwind has 212 employees.")
    assert answer("Total number of employees", (), answers=(told,)).answer == "212"


@pytest.mark.parametrize(
    "asked",
    [
        "Is customer data accessed from outside the EU?",
        "Is client data viewed from outside the EU?",
    ],
)
def test_stored_only_in_a_place_says_nothing_of_where_data_is_seen_from(asked: str) -> None:
    told = ApprovedAnswer(
        "Do you transfer personal data outside the EEA?",
        "Data is stored only in the EU. It is accessed from Serbia by our contract developers"
        " under Standard Contractual Clauses.",
    )
    assert answer(asked, YES_NO, answers=(told,)).answer != "No"


@pytest.mark.parametrize(
    ("said", "asked", "wrong"),
    [
        # The second reader's cases on this round's rules (each a wrong answer they gave).
        (
            "Nobody can access the network remotely without MFA.",
            "Is MFA required for remote access?",
            "No",
        ),
        (
            "None of our laptops is left unencrypted: all laptops use BitLocker full-disk encryption.",
            "Are laptops encrypted?",
            "No",
        ),
        (
            "MFA is enforced for all user accounts. Accounts migrated from the legacy portal do not"
            " require MFA until June 2027.",
            "Is MFA enforced for all user accounts?",
            "Yes",
        ),
        (
            "All customer data is encrypted at rest. Files uploaded through the legacy FTP gateway"
            " are not encrypted until March 2027.",
            "Is all customer data encrypted at rest?",
            "Yes",
        ),
        (
            "Multi-factor authentication is enforced for administrator accounts.",
            "Is MFA enforced? Answer Yes only if it is enforced for all users, including"
            " contractors.",
            "Yes",
        ),
        # ... and right answers they blanked.
        (
            "Backups are never kept on-site; they are stored in AWS S3 in Frankfurt.",
            "Are backups stored only on-site?",
            "",
        ),
        (
            "Backups are restored and tested every quarter; nothing is deleted from backup storage"
            " before 35 days.",
            "Are backups tested?",
            "",
        ),
        (
            "Changes are tested before deployment, and changes are monitored after deployment.",
            "Are changes tested before deployment?",
            "",
        ),
        (
            "All systems are scanned for vulnerabilities daily, and a summary report goes to"
            " management monthly.",
            "Do you scan all systems for vulnerabilities daily?",
            "",
        ),
        (
            "Customers are notified of security incidents within 72 hours of detection.",
            "Are customers notified of security incidents within 72 hours of discovery?",
            "",
        ),
    ],
)
def test_second_readers_cases_of_the_fifteenth_round(said: str, asked: str, wrong: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("REV-15", said, ())))
    assert answer(asked, YES_NO, inventory).answer != wrong


def test_which_organisations_are_not_inclusive_is_not_answered_with_the_inclusive_one() -> None:
    orgs = (
        SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),
        SubserviceOrg("Stripe", "inclusive", ("payment processing",)),
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=orgs), BRIDGE))
    asked = "Which subservice organizations are not included using the inclusive method?"
    assert answer(asked, (), inventory).answer != "Stripe"


def test_a_sentence_on_every_product_is_kept_for_the_product_asked() -> None:
    told = ApprovedAnswer(
        "Where is customer data stored?",
        "Vault data is stored in Montreal, Canada. Backups of every product are replicated to"
        " AWS us-east-1 in Virginia.",
    )
    inventory = replace(
        INVENTORY, reports=(replace(SOC2, scope="Northwind Vault and Northwind Depo"), BRIDGE)
    )
    assert (
        answer("Is Vault data stored only in Canada?", YES_NO, inventory, (told,)).answer != "Yes"
    )


@pytest.mark.parametrize(
    "asked", ["How many employees do you have in Latvia?", "How many employees are based in Riga?"]
)
def test_a_count_narrowed_by_the_question_is_not_the_total(asked: str) -> None:
    told = ApprovedAnswer(
        "How many employees do you have?",
        "We have 64 employees: 58 in Tallinn, Estonia and 6 in Riga, Latvia.",
    )
    assert answer(asked, (), answers=(told,)).answer != "64"


@pytest.mark.parametrize(
    "asked",
    ["Is a member's voting code transferable to another member?", "Are proxy codes reusable?"],
)
def test_what_can_be_done_to_a_thing_must_be_said(asked: str) -> None:
    said = "Each member votes with a proxy code sent by email for that meeting only."
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("VOTE-05", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    # An act the text does name is stated as before.
    named = replace(
        INVENTORY,
        controls=(
            *CONTROLS,
            Control("VOTE-06", "Proxy codes can be reused at later meetings.", ()),
        ),
    )
    assert answer("Are proxy codes reusable?", YES_NO, named).answer != "No"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The kind asked and the thing asked of, each in another item of the list.
        (
            "Do you use cloud-based key management?",
            "We use on-premises key management and cloud-based certificate management.",
        ),
        (
            "Is email filtering (gateway-based) in place?",
            "We run gateway-based web filtering and host email filtering on every laptop.",
        ),
    ],
)
def test_a_kind_given_to_another_item_states_nothing_asked(question: str, text: str) -> None:
    assert not states(question, text)
    assert not denies(
        question, text.replace("We use", "We do not use").replace("We run", "We do not run")
    )


def test_a_kind_said_of_the_thing_asked_still_states_it() -> None:
    text = "We use cloud-based key management and on-premises certificate management."
    assert states("Do you use cloud-based key management?", text)
    denial = "We do not use cloud-based key management; certificates are managed on-premises."
    assert denies("Do you use cloud-based key management?", denial)
    # A kind before the first item, none before the second: the kind is said of both.
    assert denies(
        "Do you have an archive service (cloud-based)?",
        "We have no cloud-based backup or archive service.",
    )


def test_an_on_call_role_is_no_page_at_any_hour() -> None:
    # "on-call" names who acts; it does not page anyone ("the on-call engineer may roll back a
    # release at any hour" says nothing of responding to incidents round the clock).
    said = "The on-call engineer may roll back a release at any hour; the rollback is logged."
    inventory = replace(INVENTORY, controls=(Control("REL-4", said),))
    asked = "Can you respond to security incidents 24 hours a day, 7 days a week?"
    assert answer(asked, YES_NO, inventory).answer == ""
    for paged in (
        "Critical alerts call the on-call engineer at any hour.",
        "A hospital can reach the on-call engineer at any hour through the support line.",
    ):
        inventory = replace(INVENTORY, controls=(Control("MON-4", paged),))
        assert answer(asked, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Asked of any report of a kind and type: the report held for the part answers it.
        ("Do you hold a SOC 2 Type II report covering Acme Kiosk?", "No"),  # Type I only
        ("Is Acme Kiosk covered by a SOC 2 Type II report?", "No"),
        ("Is Acme Pay covered by a SOC 2 Type II report?", "Yes"),
        ("Do you have a SOC 2 Type II report covering Acme Pay?", "Yes"),
        # Two reports named: more is asked than which one covers the part.
        (
            "Does your SOC 2 Type II include Availability while your Acme Kiosk SOC 2 covers"
            " only Security?",
            "",
        ),
        # A part no report names: what covers it is not said.
        ("Do you have a SOC 2 Type II report covering Acme Ledger?", ""),
        ("Is Acme Ledger covered by a SOC 2 Type II report?", ""),
    ],
)
def test_a_report_of_a_kind_covering_a_named_part_is_the_one_held_for_it(
    question: str, expected: str
) -> None:
    type2 = replace(SOC2, scope="Acme Pay web application and API; Acme Kiosk is not in scope")
    type1 = Report(
        id="soc2-kiosk-type1",
        kind="SOC 2",
        type="Type I",
        period_start=date(2025, 11, 30),
        period_end=date(2025, 11, 30),
        categories=("security",),
        scope="The design of controls over Acme Kiosk and its card readers",
        opinion="unqualified",
    )
    inventory = replace(INVENTORY, reports=(type2, type1))
    assert answer(question, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Up to or from a day includes the day itself.
        ("Did your SOC 2 Type II period begin on or after February 1, 2025?", "Yes"),
        ("Did your SOC 2 Type II period end no later than January 31, 2026?", "Yes"),
        ("Did your SOC 2 Type II period end on or before January 30, 2026?", "No"),
        ("Did your SOC 2 Type II period begin no earlier than 2 February 2025?", "No"),
        # Valid beyond the day it expires is not valid after it.
        ("Is your ISO 27001 certificate valid beyond 31 August 2028?", "No"),
        ("Will your ISO 27001 certificate still be valid after 31 August 2028?", "No"),
        ("Is your ISO 27001 certificate valid beyond 30 August 2028?", "Yes"),
    ],
)
def test_a_day_bound_on_a_report_date_is_compared_with_the_day_itself(
    question: str, expected: str
) -> None:
    iso = Report(id="iso", kind="ISO 27001", issued=date(2025, 9, 1), expires=date(2028, 8, 31))
    inventory = replace(INVENTORY, reports=(SOC2, iso))
    assert answer(question, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A topic the exceptions may not be on: that some exist does not say so.
        ("Were exceptions noted against your incident response controls in the SOC 2?", ""),
        ("Were any exceptions noted in the area of vendor management in your SOC 2?", ""),
        # On the topic, by the summary's words; or whether there are any at all.
        ("Did your SOC 2 report note any exceptions related to access reviews?", "Yes"),
        ("Were any exceptions noted in your most recent SOC 2 Type II report?", "Yes"),
    ],
)
def test_exceptions_asked_on_a_topic_are_not_answered_by_there_being_some(
    question: str, expected: str
) -> None:
    assert answer(question, YES_NO).answer == expected


@pytest.mark.parametrize(
    "question",
    [
        "Is the audit firm for your SOC 2 Type I different from the one for your SOC 2 Type II?",
        "Do your two SOC 2 reports include the same Trust Services categories?",
        "Do your SOC 1 and SOC 2 reports treat Amazon Web Services the same way?",
        "Is your SOC 2 Type I newer than your SOC 2 Type II?",
    ],
)
def test_two_reports_compared_are_for_the_reviewer(question: str) -> None:
    type1 = Report(
        id="soc2-type1",
        kind="SOC 2",
        type="Type I",
        period_start=date(2025, 11, 30),
        period_end=date(2025, 11, 30),
        categories=("security",),
        auditor="Kestrel & Lowe CPAs LLP",
        opinion="unqualified",
    )
    soc1 = replace(SOC2, id="soc1", kind="SOC 1", categories=(), exceptions=())
    inventory = replace(INVENTORY, reports=(SOC2, type1, soc1))
    assert answer(question, YES_NO, inventory).answer == ""


def test_a_past_practice_of_other_people_rules_nothing_out_for_administrators() -> None:
    said = "Until 2024 the night-shift operators shared one login per shift; each now has a named account."
    inventory = replace(INVENTORY, controls=(Control("IAM-7", said),))
    assert answer("Do any of your administrators share one login?", YES_NO, inventory).answer == ""
    assert answer("Do any of your operators share one login?", YES_NO, inventory).answer == "No"


def test_a_denial_of_another_thing_named_as_its_subject_denies_nothing_asked() -> None:
    question = "Is any regulatory complaint currently pending against your company?"
    other = (
        "No court case is pending against us. A customer has brought a complaint to the "
        "regulator, which we are answering; it has nothing to do with security."
    )
    assert not denies(question, other)
    assert denies(question, "No regulatory complaint is pending against us.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The SOC 2 period ended 2026-01-31; the day asked of is AS_OF.
        ("Has more than 12 months passed since your SOC 2 period ended?", "No"),
        ("Has more than one month passed since your SOC 2 period ended?", "Yes"),
        ("Have 12 months elapsed since the end of your SOC 2 review period?", "No"),
        ("Have two months elapsed since the end of your SOC 2 review period?", "Yes"),
    ],
)
def test_time_passed_since_a_report_period_ended_is_counted(question: str, expected: str) -> None:
    assert answer(question, YES_NO).answer == expected


def test_a_quantity_written_with_a_hyphen_is_read_as_one() -> None:
    said = "Failover was tested in May; recovery took 2 hours against a 6-hour recovery time objective."
    inventory = replace(INVENTORY, controls=(Control("BCP-4", said),))
    # The RTO is 6 hours (360 minutes): not under 360 minutes, whatever the test took.
    assert answer("Is your RTO under 360 minutes?", YES_NO, inventory).answer == ""
    assert answer("Is your RTO 6 hours or less?", YES_NO, inventory).answer == "Yes"


def test_a_denial_of_what_is_guarded_against_is_no_no() -> None:
    said = "Entries in the dispensing log cannot be changed once they are saved."
    question = "Are dispensing log entries protected from changes?"
    assert not denies(question, said)
    inventory = replace(INVENTORY, controls=(Control("LOG-9", said),))
    assert answer(question, YES_NO, inventory).answer != "No"


def test_a_part_kept_does_not_state_the_whole_asked() -> None:
    said = "Card numbers entered at the kiosk go straight to the acquirer; we retain the last four digits for receipts."
    inventory = replace(INVENTORY, controls=(Control("PAY-3", said),))
    assert answer("Do you retain complete card numbers?", YES_NO, inventory).answer != "Yes"
    assert not states("Do you retain complete card numbers?", said)


def test_card_numbers_that_never_reach_the_vendor_with_words_between() -> None:
    said = "Card numbers for deposits are typed into Payline hosted fields and never pass through our servers."
    inventory = replace(INVENTORY, controls=(Control("PAY-5", said),))
    question = "Do your systems store, process, or transmit cardholder (payment card) data?"
    assert answer(question, YES_NO, inventory).answer == "No"


def test_a_thing_an_event_befell_is_not_stated_by_a_general_control() -> None:
    said = "All company laptops have had BitLocker full-disk encryption since March 2025."
    inventory = replace(INVENTORY, controls=(Control("END-2", said),))
    assert answer("Was the lost laptop encrypted?", YES_NO, inventory).answer == ""
    assert not states("Was the stolen tablet encrypted?", "All tablets are encrypted.")
    assert states("Are company laptops encrypted?", said)


def test_a_past_practice_until_a_numbered_release_is_of_then() -> None:
    said = (
        "Gateways authenticate with a per-device certificate; until firmware 2.1 (June 2025)"
        " every gateway used one shared password."
    )
    inventory = replace(INVENTORY, controls=(Control("IOT-2", said),))
    assert answer("Do all gateways share one password?", YES_NO, inventory).answer != "Yes"


# ------------------------------------------------ a second reader's cases (review of 487bc7e..86307d1)


def _with(controls: tuple[str, ...] = (), reports: tuple[Report, ...] = ()) -> Inventory:
    return replace(
        INVENTORY,
        controls=tuple(Control(f"R-{i}", text) for i, text in enumerate(controls)),
        reports=reports or INVENTORY.reports,
    )


_INSIGHTS = replace(
    SOC2,
    title="SOC 2 Type II report on Northwind Insights",
    scope="The Northwind Insights analytics platform",
)


@pytest.mark.parametrize(
    ("question", "reports", "expected"),
    [
        # Only a report of another kind names the part.
        (
            "Do you have a SOC 2 Type II report covering Northwind Billing?",
            (
                _INSIGHTS,
                Report(
                    id="iso",
                    kind="ISO 27001",
                    expires=date(2027, 5, 31),
                    scope="Northwind Insights and Northwind Billing",
                ),
            ),
            "",
        ),
        # A scope clause naming the part with a date to come.
        (
            "Is Northwind Billing covered by a SOC 2 Type II report?",
            (
                replace(
                    SOC2,
                    scope="Northwind Insights; Northwind Billing is scheduled to join the scope"
                    " in the 2027 examination",
                ),
            ),
            "",
        ),
        # More asked after the part's name.
        (
            "Do you have a SOC 2 Type II report covering Northwind Billing and all of its"
            " subprocessors?",
            (replace(SOC2, scope="The Northwind Billing web application"),),
            "",
        ),
        (
            "Do you have a SOC 2 Type II report covering Northwind Billing's mobile app?",
            (replace(SOC2, scope="The Northwind Billing web application"),),
            "",
        ),
    ],
)
def test_a_part_covered_answers_only_when_a_report_of_the_kind_states_it(
    question: str, reports: tuple[Report, ...], expected: str
) -> None:
    assert answer(question, YES_NO, _with(("MFA is enforced.",), reports)).answer == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Counted from the period's end only; issued 2026-06-15 is no end.
        ("Have 3 months passed since your SOC 2 report was issued?", ""),
        # A day counted from another is for the reviewer.
        ("Did your SOC 2 Type II period start no later than 12 months before 31 January 2026?", ""),
        # No date to build beyond the calendar.
        ("Have 9000 years passed since the end of your SOC 2 Type II period?", "No"),
        ("Is your ISO 27001 certificate valid after 31 December 9999?", ""),
    ],
)
def test_report_dates_asked_past_what_the_rules_read_are_not_guessed(
    question: str, expected: str
) -> None:
    issued = replace(SOC2, issued=date(2026, 6, 15))
    iso = Report(id="iso", kind="ISO 27001", issued=date(2025, 9, 1), expires=date(2028, 8, 31))
    assert answer(question, YES_NO, _with((), (issued, iso))).answer == expected


@pytest.mark.parametrize(
    ("controls", "question", "not_expected"),
    [
        # The vendor keeps them; it is a log that they never enter.
        (
            (
                "Card numbers held in our PCI vault never enter application logs or analytics exports.",
            ),
            "Do you store credit card numbers?",
            "No",
        ),
        # Customers reaching engineers through a form is no incident response at any hour.
        (
            ("Customers can reach our engineers 24/7 through the status page contact form.",),
            "Do you respond to security incidents 24x7?",
            "Yes",
        ),
        # The thing asked opens its own item; the kind is given to another.
        (
            (
                "Intrusion detection runs at our network perimeter; host-based firewalls run on every server.",
            ),
            "Do you employ host-based intrusion detection?",
            "Yes",
        ),
    ],
)
def test_facts_that_look_like_an_answer_and_are_not(
    controls: tuple[str, ...], question: str, not_expected: str
) -> None:
    assert answer(question, YES_NO, _with(controls)).answer != not_expected


@pytest.mark.parametrize(
    ("controls", "question", "expected"),
    [
        # Words the exception rule does not list ("flag") on a report with one exception.
        ((), "Did your auditor flag any exceptions in your SOC 2 Type II report?", "Yes"),
        # "truncated" said of another thing than the complete inventory asked.
        (
            (
                "A complete inventory of hardware assets is kept in our CMDB; serial numbers are truncated in exports.",
            ),
            "Do you maintain a complete inventory of hardware assets?",
            "Yes",
        ),
        # The guard itself denied.
        (
            ("Backups are not protected against ransomware; they sit on the same network share.",),
            "Are backups protected against ransomware?",
            "No",
        ),
        # A comparison word that relates no two reports.
        (
            (),
            "Do you have a SOC 2 Type II report or an ISO 27001 certificate, or a later equivalent?",
            "Yes",
        ),
        # "exposed" says which endpoints, not an event.
        (
            ("All internet-facing API endpoints are scanned weekly for vulnerabilities.",),
            "Are the exposed API endpoints scanned for vulnerabilities?",
            "Yes",
        ),
    ],
)
def test_right_answers_the_new_rules_must_not_blank(
    controls: tuple[str, ...], question: str, expected: str
) -> None:
    iso = Report(id="iso", kind="ISO 27001", issued=date(2025, 9, 1), expires=date(2028, 8, 31))
    assert answer(question, YES_NO, _with(controls, (SOC2, iso))).answer == expected


def test_a_denial_for_other_workers_or_inside_a_noun_is_no_no_for_employees() -> None:
    question = "Are background checks performed on all employees before their first day?"
    said = (
        "Employees in Portugal present a certificate of no criminal record before they start."
        " Freelance drivers are not background checked by us."
    )
    assert not denies(question, said)
    assert denies(question, "Employees are not background checked before they start.")


def test_an_exception_names_a_consequence_only_to_deny_it() -> None:
    noted = replace(
        SOC2,
        exceptions=(
            ReportException(
                ("CC8.1",),
                "One tariff change was deployed before approval; it caused no wrong invoices.",
            ),
        ),
    )
    inventory = replace(INVENTORY, reports=(noted, BRIDGE))
    question = "Did the SOC 2 exception result in wrong invoices to customers?"
    assert answer(question, YES_NO, inventory).answer != "Yes"
    asked = "Did your SOC 2 report note an exception related to tariff change approval?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_only_a_kind_of_site_asked_needs_the_text_to_say_only() -> None:
    said = (
        "Customer records are stored at Harbourline Data Centres in Cork. The Northwind Field"
        " app keeps a copy of each visit's records on the technician's tablet."
    )
    inventory = replace(
        INVENTORY, answers=(ApprovedAnswer("Where is customer data stored?", said),)
    )
    asked = "Is customer data stored only in data centres?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_processors_attestation_reviewed_is_not_ours_held() -> None:
    expired = Report(id="pci", kind="PCI DSS", issued=date(2024, 5, 1), expires=date(2025, 4, 30))
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, expired))
    asked = "Do you review your card processor's PCI DSS attestation every year?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_qualified_opinion_is_said_once() -> None:
    qualified = replace(SOC2, opinion="qualified")
    inventory = replace(INVENTORY, reports=(qualified, BRIDGE))
    m = answer(
        "Did your auditor give an unqualified opinion on the SOC 2 Type II?", YES_NO, inventory
    )
    assert m.answer == "No"
    assert m.suggested_response.count("opinion") == 1, m.suggested_response


def test_a_clause_cut_from_a_sentence_ends_as_one() -> None:
    from socproc.mapping.wording import sentence

    assert sentence("the RPO is 4 hours;") == "The RPO is 4 hours."
    assert sentence("backups run nightly,") == "Backups run nightly."
    assert sentence("") == ""


def test_a_legal_name_asked_in_words_takes_the_name_alone() -> None:
    said = "Northwind Analytics, Inc., a Delaware corporation with an office in Leeds."
    approved = ApprovedAnswer("What is your company's legal name?", said)
    m = answer("What is the registered legal name of your company?", answers=(approved,))
    assert m.answer == "Northwind Analytics, Inc."
