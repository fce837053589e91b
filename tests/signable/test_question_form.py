"""Answers you can sign (spec 6.1): the rules of mapping/signable/question_form.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import CONTROLS, INVENTORY, SOC2, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Contact, Control, EvidenceDocument
from socproc.mapping.signable import Form, form_of, set_aside_named
from socproc.model import Status


def test_the_hosting_providers_reports_are_not_the_vendors() -> None:
    m = answer("Does your hosting provider have a SOC 2 Type II report?", YES_NO)
    assert (m.answer, m.filled) == ("", False)
    assert not m.suggested_response.startswith("Yes")
    # The draft says whose question it is: the carved-out provider, by name.
    assert "Amazon Web Services (hosting) is carved out of our SOC 2" in m.suggested_response


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


def test_a_choice_that_claims_more_than_yes_is_left_blank() -> None:
    choices = ("Yes, we test restores of entire systems from backup.", "No, we do not test.")
    m = answer("Do you regularly test your disaster recovery plan?", choices)
    assert (m.answer, m.filled) == ("", False)


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


def test_a_field_is_answered_by_a_value_not_by_a_document_on_its_topic() -> None:
    vpat = EvidenceDocument("vpat", "Accessibility Conformance Report", ("accessibility",))
    m = answer("Vendor Accessibility Contact Name", inventory=replace(INVENTORY, documents=(vpat,)))
    assert (m.answer, m.status) == ("", Status.REVIEW)


def test_another_organisations_reports_are_not_our_own() -> None:
    vendors = Control("VR-01", "Vendors are reviewed yearly, including their SOC reports.", ())
    inventory = replace(INVENTORY, controls=(vendors,))
    m = answer("Do you review your vendors' SOC reports?", YES_NO, inventory=inventory)
    assert m.answer == "Yes"
    assert "VR-01" in m.suggested_response


def test_a_yes_no_question_a_fact_cannot_answer_yes_or_no_is_not_covered() -> None:
    # Put in the negative, the question is not answered Yes by the encryption control, and
    # the row is not covered either.
    m = answer("Is customer data not encrypted at rest?", YES_NO)
    assert (m.answer, m.status) == ("", Status.REVIEW)


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


@pytest.mark.parametrize(
    "field",
    [
        "Name of the company that stores your backups:",
        "Name of the firm which audited your financial statements",
        "Company name of the provider who monitors your network",
        "Name of the organisation that carried out your last penetration test:",
        # A second reader's cases (review of dd2d1e0..d3c5648): participles and labels.
        "Name of the company hosting your data:",
        "Name of the firm responsible for hosting your backups:",
        "Name of the company to which you outsource payroll:",
        "Backup Provider Name",
        "Penetration Testing Company Name",
    ],
)
def test_a_company_doing_something_for_the_vendor_is_not_the_vendor(field: str) -> None:
    # Probe redteam63's kind: a name asked of a company by what it does for the vendor.
    legal = ApprovedAnswer(
        "What is your company's legal name?", "Northwind Analytics, Inc., a Delaware corporation."
    )
    assert answer(field, answers=(legal,)).answer == ""
    assert answer(field).answer == ""


@pytest.mark.parametrize(
    "field",
    [
        "Name of the company completing this questionnaire:",
        "Name of the company that provides the service",
        "Name of the organisation which is submitting this response",
        "Name of the company that is party to this agreement",
        "Name of the company that processes personal data on our behalf",
        "Solution Provider Name",
    ],
)
def test_the_company_answering_or_selling_is_the_vendor(field: str) -> None:
    legal = ApprovedAnswer(
        "What is your company's legal name?", "Northwind Analytics, Inc., a Delaware corporation."
    )
    assert answer(field, answers=(legal,)).answer == "Northwind Analytics, Inc."


def test_a_value_question_is_not_answered_by_the_words_of_a_yes_no_answer() -> None:
    cover = ApprovedAnswer("Do you carry cyber insurance?", "Yes. USD 3M cover, renewed each May.")
    m = answer("Who is the carrier of your cyber insurance?", answers=(cover,))
    assert (m.answer, m.filled, m.status) == ("", False, Status.REVIEW)
    assert "USD 3M" in m.suggested_response


def test_a_numbered_dropdown_takes_the_answer_by_its_word() -> None:
    m = answer("Does your organization hold a SOC 2 Type II report?", ("1) Yes", "2) No"))
    assert m.answer == "1) Yes"


def test_another_organisations_own_report_is_not_answered_by_ours() -> None:
    for asked in (
        "Does Amazon's SOC 2 report note any exceptions?",
        "Does Hetzner hold an ISO 27001 certificate?",
    ):
        m = answer(asked, YES_NO)
        assert (m.answer, m.filled) == ("", False), asked
    # Our report's treatment of the organisation is ours to answer.
    assert answer("Is Amazon carved out of your SOC 2 report?", YES_NO).answer == "Yes"


def test_a_case_set_before_the_question_keeps_it_yes_no() -> None:
    assert form_of("For admin accounts, is MFA enforced?") is Form.YES_NO
    assert form_of("At the end of the contract, will data be deleted from backups?") is Form.YES_NO


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


def test_a_subservice_organisations_report_named_before_it_is_theirs() -> None:
    # Amazon Web Services is a subservice organisation of SOC2, which notes one exception.
    m = answer("Does the Amazon Web Services SOC 2 contain exceptions?", YES_NO)
    assert m.answer == ""


def test_a_parent_or_subsidiary_named_last_is_another_company() -> None:
    for field in ("Legal name of parent", "Legal name of subsidiary (if applicable)"):
        assert answer(field).answer == "", field


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
    "question",
    [
        "Is Halvard Watch's SOC 2 report qualified?",
        "Did Halvard Watch's latest SOC 2 note any exceptions?",
    ],
)
def test_a_report_owned_by_a_name_not_the_vendors_is_that_organisations(question: str) -> None:
    # Halvard Watch is named nowhere in the inventory as an organisation.
    held = replace(INVENTORY, reports=(replace(SOC2, opinion="qualified"),))
    assert answer(question, YES_NO, held).answer == ""


@pytest.mark.parametrize(
    "question",
    [
        "Is your data processing agreement a GDPR certification?",
        "Is the PCI self-assessment a certification?",
    ],
)
def test_an_agreement_or_assessment_asked_to_be_a_certification_is_not(question: str) -> None:
    dpa = EvidenceDocument("dpa", "Data processing agreement", ("gdpr", "data processing"))
    saq = EvidenceDocument("saq", "PCI DSS self-assessment questionnaire", ("pci",))
    held = replace(INVENTORY, documents=(dpa, saq))
    assert answer(question, YES_NO, held).answer == "No"


@pytest.mark.parametrize(
    "question",
    [
        "Does your SOC 2 report certify HIPAA compliance?",
        "Is your SOC 2 report a HIPAA certification?",
    ],
)
def test_a_report_asked_to_certify_another_framework_does_not(question: str) -> None:
    assert answer(question, YES_NO, INVENTORY).answer == "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Other than Amazon Web Services, does your SOC 2 carve out any subservice organization?",
        "Apart from the one on CC6.3, did your auditor note any exceptions in the SOC 2?",
        "Aside from AWS, are any subservice organizations excluded from your SOC 2 report?",
    ],
)
def test_a_yes_read_from_the_thing_a_question_sets_aside_is_not_given(asked: str) -> None:
    # The fact found names what the question sets aside: it answers the plain question.
    assert answer(asked, YES_NO).answer == ""


def test_someone_other_than_a_person_is_another_person_not_a_thing_set_aside() -> None:
    assert not set_aside_named(
        "Is each change approved by someone other than its developer?",
        "Every change is approved by a second developer before release.",
    )
    assert set_aside_named(
        "Besides the kiosks, does any system store card numbers?",
        "The kiosks keep card numbers for one day.",
    )


@pytest.mark.parametrize(
    "asked",
    [
        "Does the bank that settles your payouts have a SOC 1 report?",
        "Does the insurer hold a SOC 1 report?",
    ],
)
def test_another_organisation_named_by_its_role_alone_is_not_answered_from_our_reports(
    asked: str,
) -> None:
    assert answer(asked, YES_NO).answer == ""


def test_a_describe_question_is_not_answered_by_a_denial_alone() -> None:
    # "Describe your AI features" and a denial of one kind of AI, beside a model told of in
    # other words: what is not done describes nothing. For the reviewer, with the words.
    model = Control(
        "AI-70",
        "Ledger Lens reads scanned invoices with an in-house model trained on opted-in data.",
    )
    denial = Control(
        "AI-71", "We do not use large language models or generative AI in any product."
    )
    inventory = replace(INVENTORY, controls=(model, denial))
    m = answer("Please describe the capabilities of your solution's AI features.", (), inventory)
    assert m.answer == ""
    assert "generative AI" in m.suggested_response


def test_a_describe_question_still_takes_a_control_that_tells_what_is_done() -> None:
    text = "Ledger Lens uses an AI model to read scanned invoices; it does not use generative AI."
    inventory = replace(INVENTORY, controls=(Control("AI-72", text),))
    m = answer("Describe your AI features.", (), inventory)
    assert "scanned invoices" in m.answer


@pytest.mark.parametrize(
    ("approved", "name"),
    [
        (
            "Harbour Analytics (Private) Limited, incorporated in Sri Lanka, registration no. PV 1.",
            "Harbour Analytics (Private) Limited",
        ),
        ("Harbour Analytics (Pty) Ltd, registered in South Africa.", "Harbour Analytics (Pty) Ltd"),
        ("Harbour Analytics EOOD, a Bulgarian single-member company.", "Harbour Analytics EOOD"),
    ],
)
def test_a_legal_name_field_takes_the_name_whatever_its_legal_form(
    approved: str, name: str
) -> None:
    # The buyer's cell is for the name; the rest of the approved sentence is its context.
    legal = ApprovedAnswer("What is your company's legal name?", approved)
    assert answer("Legal name of the contracting entity", answers=(legal,)).answer == name


def test_a_name_asked_with_more_or_beside_a_trading_name_keeps_the_whole_answer() -> None:
    legal = ApprovedAnswer(
        "What is your company's legal name?",
        "Harbour Analytics (Pty) Ltd, registration number 2015/204417/07, trading as Harbour Desk.",
    )
    asked = "What is your registered company name and registration number?"
    assert "2015/204417/07" in answer(asked, answers=(legal,)).answer
    assert "Harbour Desk" in answer("Vendor Name", answers=(legal,)).answer
    asked = "Legal name of the contracting entity"
    assert answer(asked, answers=(legal,)).answer == "Harbour Analytics (Pty) Ltd"


@pytest.mark.parametrize(
    "question",
    [
        "Verify that user set passwords are at least 12 characters in length.",
        "Please confirm there were no testing exceptions in your SOC 2 Type II.",
        "Verify shared or default accounts are not present (e.g. root, admin).",
        "Attest that all staff are trained every year.",
        "Confirm the data is encrypted at rest.",
    ],
)
def test_a_statement_to_confirm_is_a_yes_no_question(question: str) -> None:
    # An ASVS requirement ("Verify that ...") or "Please confirm ..." is confirmed or denied.
    assert form_of(question) is Form.YES_NO


@pytest.mark.parametrize(
    "question",
    [
        "Confirm the name of your data protection officer.",
        "Verify how access reviews are performed.",
        "Confirm whether you hold an ISO 27001 certificate.",
        # Second reader rev34: a promise, a plan or the buyer's own fact to confirm.
        "Confirm that you will notify us within 72 hours of a security breach.",
        "Confirm that your ISO 27001 certification is planned for 2027.",
        "Confirm that your SOC 2 report has been shared with us.",
        # Probe redteam80: a value to confirm, with a verb in its relative clause.
        "Please confirm the number of hours within which security incidents are reported.",
        "Verify the retention period for which audit logs are kept.",
        "Confirm your RTO for the booking service is met.",
    ],
)
def test_a_value_or_a_way_asked_with_confirm_is_not_yes_no(question: str) -> None:
    assert form_of(question) is not Form.YES_NO


def test_a_stated_requirement_to_confirm_is_answered() -> None:
    # Passwords kept as bcrypt hashes state "Verify that passwords are stored in a form that
    # is resistant to offline attacks" as "Are they?" does.
    hashed = Control("PW-1", "User passwords are stored as bcrypt hashes with a cost of 12.")
    inventory = replace(INVENTORY, controls=(hashed,))
    m = answer(
        "Verify that passwords are stored in a form that is resistant to offline attacks.",
        (),
        inventory,
    )
    assert (m.answer, m.filled) == ("Yes", True)
