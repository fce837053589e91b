"""Answers you can sign (spec 6.1): the rules of mapping/signable/document_facts.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import BRIDGE, CONTROLS, INVENTORY, SOC2, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Control, EvidenceDocument, Inventory, Report
from socproc.model import Mapping


def test_a_request_for_something_not_held_is_for_the_reviewer_not_no() -> None:
    m = answer("Please attach your current certificate of cyber liability insurance.", YES_NO)
    assert m.filled is False


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


def test_the_buyers_own_relationship_and_a_superseded_document_are_not_the_inventorys() -> None:
    ended = Control("DEL-1", "Customer data is deleted within 60 days of contract termination.")
    inventory = replace(INVENTORY, controls=(ended,))
    assert answer("Is there an existing contract?", YES_NO, inventory).answer == ""
    old = EvidenceDocument(
        "bcp", "Business Continuity Plan 2019 (superseded)", ("business continuity plan",)
    )
    inventory = replace(INVENTORY, documents=(old,))
    assert answer("Do you have a business continuity plan?", YES_NO, inventory).answer == ""


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


def test_a_document_title_with_a_name_after_its_noun_reads_in_lower_case() -> None:
    from socproc.mapping.wording import lower_first

    assert lower_first("Penetration test summary for Ferncrest Book") == (
        "penetration test summary for Ferncrest Book"
    )
    assert lower_first("Information Security Policy") == "Information Security Policy"


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


def test_the_firm_that_tested_one_product_is_not_given_for_another() -> None:
    # Probes redteam63-65's kind: "Who performed the penetration test of Depo?" was answered
    # with the firm named in a test report "for Scribe and Vault".
    studio = EvidenceDocument(
        "pt-s",
        "Penetration test summary for Northwind Studio (Greyhaven Labs, October 2026)",
        ("pen test",),
        date(2026, 10, 2),
        "nda",
    )
    inventory = replace(INVENTORY, documents=(studio,))
    for asked in (
        "Which firm carried out the Northwind Vault penetration test?",
        "Who performed the most recent penetration test of Northwind Vault?",
    ):
        assert answer(asked, (), inventory).answer == ""
    asked = "Who performed the most recent penetration test of Northwind Studio?"
    assert answer(asked, (), inventory).answer == "Greyhaven Labs"
    # Nor is its report the one asked for of the other product.
    asked = "Can you share the Northwind Vault penetration test report?"
    assert answer(asked, YES_NO, inventory).answer == ""
    asked = "Can you share the Northwind Studio penetration test report?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_fact_that_answers_is_not_followed_by_a_report_the_row_did_not_ask_for() -> None:
    policy = EvidenceDocument(
        "pp", "Privacy policy", ("privacy policy",), date(2026, 1, 1), "public"
    )
    inventory = replace(INVENTORY, reports=(), documents=(policy,))
    m = answer("Does your organization have a data privacy policy?", YES_NO, inventory)
    assert m.answer == "Yes" and "do not currently hold" not in m.suggested_response


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


def test_a_how_often_field_is_not_a_documents_title() -> None:
    report = EvidenceDocument(
        "pt-2026", "Penetration test summary (Harbor Security, March 2026)", ("penetration test",)
    )
    inventory = replace(INVENTORY, documents=(report,))
    for asked in ("Penetration test frequency", "How often are penetration tests performed?"):
        m = answer(asked, (), inventory)
        assert "summary" not in m.answer.lower(), asked


def test_a_document_requested_in_the_imperative_is_answered_with_the_document_not_yes() -> None:
    policy = EvidenceDocument("vm-pol", "Vendor Management Policy", ("vendor management",))
    held = Inventory(vendor="Harbour Ledger Ltd", documents=(policy,))
    for request in (
        "Send us a copy of your vendor management policy.",
        "Please upload the vendor management policy.",
    ):
        asked = answer(request, inventory=held)
        assert asked.suggested_response.startswith("Our Vendor Management Policy")
        assert asked.answer.startswith("Our Vendor Management Policy")
    # Asked yes or no, it is answered yes or no.
    can = answer("Can you share your vendor management policy?", YES_NO, inventory=held)
    assert can.answer == "Yes" and can.suggested_response.startswith("Yes. Our Vendor")


@pytest.mark.parametrize(
    "title",
    [
        "Data-flow diagram for the Web Portal (does not cover the kiosk network)",
        "Data-flow diagram for the Web Portal; doesn't include the kiosk network",
        "Data-flow diagram that leaves out the kiosk network",
    ],
)
def test_a_document_that_says_in_its_title_what_it_leaves_out_answers_no_whole(title: str) -> None:
    diagram = EvidenceDocument("dfd", title, ("data flow diagram",))
    held = Inventory(vendor="Harbour Ledger Ltd", documents=(diagram,))
    whole = answer("Can you share a data flow diagram showing every system?", YES_NO, held)
    assert whole.answer == ""
    # Asked without the whole, the document answers.
    some = answer("Can you share a data flow diagram?", YES_NO, held)
    assert some.answer == "Yes"


def test_a_no_from_a_control_carries_nothing_the_report_says_of_itself() -> None:
    qualified = replace(SOC2, opinion="qualified")
    ids = Control("NET-07", "We do not run a network intrusion detection system.", ("CC7.2",))
    held = replace(INVENTORY, reports=(qualified, BRIDGE), controls=(*CONTROLS, ids))
    m = answer("Do you run a network intrusion detection system?", YES_NO, held)
    assert m.answer == "No"
    assert "opinion" not in m.suggested_response and "exception" not in m.suggested_response


def test_an_expired_certificate_is_said_once() -> None:
    iso = Report(id="iso-2023", kind="ISO 27001", expires=date(2026, 3, 31))
    held = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, held)
    assert m.answer == "No"
    assert m.suggested_response.count("2026-03-31") == 1, m.suggested_response


@pytest.mark.parametrize(
    "asked",
    [
        "Date of the last penetration test of Harbor Desk",
        "When was Tidewatch last penetration tested?",
    ],
)
def test_a_date_asked_of_one_product_is_not_another_products_record(asked: str) -> None:
    test = EvidenceDocument(
        "pt",
        "Penetration test report for Harbor Pay (May 2026)",
        ("penetration test",),
        date=date(2026, 5, 10),
    )
    inventory = replace(INVENTORY, documents=(*INVENTORY.documents, test))
    assert answer(asked, (), inventory).answer == ""
    named = answer("Date of the last penetration test of Harbor Pay", (), inventory)
    assert named.answer == "2026-05-10"


def test_a_day_to_come_is_read_from_the_title_not_the_documents_own_date() -> None:
    # Probe redteam64's kind: "When is the policy next due for review?" was answered with the
    # date the policy was issued.
    policy = EvidenceDocument(
        "acc",
        "Acceptable Use Policy v3 (next review due 2027-02-28)",
        ("acceptable use policy",),
        date(2026, 2, 28),
        "nda",
    )
    inventory = replace(INVENTORY, documents=(policy,))
    asked = "When is your Acceptable Use Policy next due for review?"
    assert answer(asked, (), inventory).answer == "2027-02-28"
    undated = replace(policy, title="Acceptable Use Policy v3")
    inventory = replace(INVENTORY, documents=(undated,))
    assert answer(asked, (), inventory).answer == ""


def test_a_public_link_is_given_once_in_the_response() -> None:
    notice = EvidenceDocument(
        "privacy-notice",
        "Privacy notice for guardians and pupils",
        ("privacy notice", "privacy policy"),
        date(2026, 1, 10),
        "public",
        file="https://example.test/privacy",
    )
    inventory = replace(INVENTORY, documents=(*INVENTORY.documents, notice))
    m = answer("Web Link to Product/Service Privacy Notice", (), inventory)
    assert m.answer == "https://example.test/privacy"
    assert m.suggested_response.count("https://example.test/privacy") == 1


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A written plan under another name (blind tune set inv_goldfinch's kind, in other
        # titles): a runbook, playbook, handbook or manual that sets out what to do is the
        # plan asked; a report on a test of it is still not.
        ("Security Incident Runbook", "Yes"),
        ("Breach Handling Playbook (v2)", "Yes"),
        ("Incident Handbook", "Yes"),
        ("Incident response exercise report 2026", ""),
        # Second reader rev29: a report, results or findings on a playbook or runbook are
        # not the plan.
        ("Incident response playbook exercise report 2026", ""),
        ("Incident runbook test results (Q1 2026)", ""),
        ("Incident runbook review findings", ""),
        # Second reader rev30: the runbook with its results attached is still the runbook.
        ("Incident Response Runbook and test report", "Yes"),
        ("Incident Runbook (with last exercise results)", "Yes"),
        ("Incident Response Playbook v4 (findings from the 2025 review incorporated)", "Yes"),
    ],
)
def test_a_runbook_or_handbook_is_the_plan_asked(title: str, expected: str) -> None:
    doc = EvidenceDocument("ir", title, ("incident response plan",), sharing="nda")
    m = answer(
        "Do you have a documented incident response plan?",
        YES_NO,
        inventory=replace(INVENTORY, documents=(doc,)),
    )
    assert m.answer == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A title that leaves a part out in more words (blind tune set inv_goldfinch's false
        # Yes, in other titles): not drawn, not mapped, not pictured.
        ("Data-flow diagram of Harbor Desk and Harbor Pay (Harbor Gate not drawn)", ""),
        ("Architecture diagram of Harbor Desk; Harbor Gate kiosks not mapped", ""),
        ("Architecture diagram of Harbor Desk (the Harbor Gate kiosks are not pictured)", ""),
        ("Architecture and data-flow diagram of Harbor Desk, Harbor Pay and Harbor Gate", "Yes"),
        # Second reader rev29: "without" or "missing" that leaves nothing out.
        ("Architecture and data-flow diagram of all components, without exception", "Yes"),
        ("Architecture and data-flow diagram of every component (nothing missing)", "Yes"),
    ],
)
def test_a_diagram_that_leaves_a_part_out_in_other_words_is_not_whole(
    title: str, expected: str
) -> None:
    doc = EvidenceDocument("arch", title, ("architecture diagram", "data flow diagram"))
    m = answer(
        "Can you provide architecture diagrams including a full data flow for all components?",
        YES_NO,
        inventory=replace(INVENTORY, documents=(doc,)),
    )
    assert m.answer == expected


@pytest.mark.parametrize(
    ("title", "topic", "question"),
    [
        # Second reader rev29: a handbook or manual may hold a policy, as its topics say.
        (
            "Information Security Handbook",
            "information security policy",
            "Do you have an information security policy?",
        ),
        (
            "Vendor Management Manual",
            "vendor management policy",
            "Do you have a vendor management policy?",
        ),
    ],
)
def test_a_handbook_holding_a_policy_is_the_policy(title: str, topic: str, question: str) -> None:
    doc = EvidenceDocument("hb", title, (topic,), sharing="nda")
    m = answer(question, YES_NO, inventory=replace(INVENTORY, documents=(doc,)))
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    ("title", "topics", "question", "expected"),
    [
        # The second readers' let-throughs: a manual or handbook tagged with a subject only is
        # not the plan or policy asked; tagged with the plan or policy itself it is.
        (
            "IT Service Manual",
            ("disaster recovery", "backups"),
            "Do you have a disaster recovery plan?",
            "",
        ),
        (
            "Crisis Management Handbook",
            ("business continuity", "crisis communications"),
            "Do you have a business continuity plan?",
            "",
        ),
        (
            "Incident Handbook",
            ("incident response plan",),
            "Do you have an incident response plan?",
            "Yes",
        ),
        (
            "Security Handbook",
            ("information security policy",),
            "Do you have an information security policy?",
            "Yes",
        ),
    ],
)
def test_a_manual_is_the_kind_its_topics_name(
    title: str, topics: tuple[str, ...], question: str, expected: str
) -> None:
    doc = EvidenceDocument("m", title, topics, sharing="nda")
    inventory = replace(INVENTORY, documents=(doc,), controls=(), answers=())
    assert answer(question, YES_NO, inventory=inventory).answer == expected


@pytest.mark.parametrize(
    "title",
    [
        # More ways a title leaves a part out for later (second readers' let-throughs).
        "Architecture diagram of Harbor Desk and Harbor Pay (Harbor Gate to follow)",
        "Architecture diagram of Harbor Desk and Harbor Pay (Harbor Gate in a separate diagram)",
        "Architecture diagram of Harbor Desk and Harbor Pay (Harbor Gate not yet added)",
        "Architecture diagram of Harbor Desk and Harbor Pay; Harbor Gate absent",
    ],
)
def test_a_part_left_for_later_is_left_out(title: str) -> None:
    doc = EvidenceDocument("arch", title, ("architecture diagram", "data flow diagram"))
    m = answer(
        "Can you provide architecture diagrams including a full data flow for all components?",
        YES_NO,
        inventory=replace(INVENTORY, documents=(doc,)),
    )
    assert m.answer != "Yes"
