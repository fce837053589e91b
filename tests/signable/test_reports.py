"""Answers you can sign (spec 6.1) to questions on the vendor's own reports: their
attributes (mapping/reportfacts.py), read end to end through `answer`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import AS_OF, BRIDGE, INVENTORY, SOC1_T1, SOC2, YES_NO, _with, answer

from socproc.inventory.load import (
    ApprovedAnswer,
    Control,
    EvidenceDocument,
    Inventory,
    Report,
    ReportException,
    SubserviceOrg,
)
from socproc.mapping.reportfacts import date_in
from socproc.mapping.signable import names_org, states
from socproc.model import Status


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


def test_the_auditor_is_named_only_where_the_question_asks_who() -> None:
    m = answer("Which audit firm issued your SOC 2 report?")
    assert m.answer == "Kestrel & Lowe CPAs LLP"
    m = answer("Please provide your SOC 2 Type II report, including the auditor's tests.", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)


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


def test_a_named_subservice_organisation_is_answered_for_that_organisation() -> None:
    idp = SubserviceOrg("Okta, Inc.", "inclusive", ("identity provider",))
    soc2 = replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, idp))
    inventory = replace(INVENTORY, reports=(soc2,))
    assert answer("Is Okta carved out?", YES_NO, inventory=inventory).answer == "No"
    assert (
        answer("Is Okta included in your SOC 2 scope?", YES_NO, inventory=inventory).answer == "Yes"
    )
    assert answer("Is AWS carved out of your SOC 2?", YES_NO, inventory=inventory).answer == "Yes"


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


def test_a_type_i_asked_of_a_type_ii_report_is_no_with_what_is_held() -> None:
    m = answer("Is your SOC 2 report a Type 1?", YES_NO)
    assert m.answer == "No" and "Type II" in m.suggested_response
    assert answer("Is your SOC 2 report a Type I or a Type II?", YES_NO).answer != "No"


def test_an_opinion_the_inventory_does_not_record_is_left_for_review() -> None:
    no_opinion = replace(INVENTORY, reports=(replace(SOC2, opinion=None), BRIDGE))
    m = answer("Was the service auditor's opinion modified in any way?", YES_NO, no_opinion)
    assert (m.answer, m.filled) == ("", False)


def test_a_period_field_gets_the_span_and_a_start_or_end_field_its_date() -> None:
    assert answer("SOC 2 audit period (start and end dates)").answer == "2025-02-01 to 2026-01-31"
    assert answer("SOC 2 audit period end date").answer == "2026-01-31"


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


def test_an_exception_the_report_notes_leaves_an_every_time_question_for_review() -> None:
    restores = Control("BAK-2", "A restore from backup is tested every quarter.")
    missed = ReportException(("A1.3",), "The Q2 backup restore test was not performed.")
    soc2 = replace(SOC2, exceptions=(missed,))
    inventory = replace(INVENTORY, reports=(soc2,), controls=(restores,))
    m = answer("Was a backup restore tested every quarter?", YES_NO, inventory)
    assert (m.answer, m.filled) == ("", False) and "Q2" in m.suggested_response
    # What is done today is still stated (the response discloses the exception).
    assert answer("Are backup restores tested quarterly?", YES_NO, inventory).answer == "Yes"


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


def test_report_categories_named_with_covering_or_security() -> None:
    assert answer("Do you have a SOC 2 report covering Availability?", YES_NO).answer == "Yes"
    assert answer("Does your SOC 2 cover Security and Privacy?", YES_NO).answer == "No"
    assert answer("Can you provide a copy of your SOC 2 report?", YES_NO).answer == "Yes"


def test_subject_matter_beyond_the_criteria_is_for_the_reviewer() -> None:
    asked = "Does your SOC 2 report include HITECH requirements as additional subject matter?"
    assert answer(asked, YES_NO).answer == ""


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


def test_compliance_with_a_standard_is_not_denied_by_holding_no_attestation() -> None:
    asked = "Are you compliant with the Payment Card Industry Data Security Standard (PCI DSS)?"
    assert answer(asked, YES_NO).answer == ""
    assert answer("Do you have a PCI DSS Attestation of Compliance?", YES_NO).answer == "No"


def test_a_yes_from_another_report_held_leads_with_it_and_names_the_one_not_held_after() -> None:
    soc2_only = replace(INVENTORY, reports=(SOC2,))
    m = answer("Have you undergone an SSAE 18 audit?", YES_NO, soc2_only)
    assert m.answer == "Yes"  # a SOC 2 is an SSAE 18 attestation
    assert m.suggested_response.startswith("Yes. Our SOC 2 Type II report")
    assert m.suggested_response.endswith("We do not currently hold a SOC 1 report.")


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


def test_the_full_report_is_not_its_summary() -> None:
    summary = EvidenceDocument(
        "pt", "Penetration test executive summary", ("penetration test",), sharing="nda"
    )
    inventory = replace(INVENTORY, documents=(summary,))
    assert (
        answer("Will you share the full penetration test report?", YES_NO, inventory).answer == ""
    )


def test_a_carve_out_is_named_only_for_questions_on_what_it_provides() -> None:
    logs = SubserviceOrg("Datadog", "carve-out", ("log management", "monitoring"))
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(logs,)),))
    backups = answer("Are backups of customer data performed daily?", YES_NO, inventory)
    assert "Datadog" not in backups.suggested_response
    monitoring = answer("Are security events logged and monitored centrally?", YES_NO, inventory)
    assert "Datadog is a carved-out subservice organization" in monitoring.suggested_response


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


@pytest.mark.parametrize(
    "left_out",
    [
        "Northwind Vault and the Leeds office lie outside the certificate scope",
        "Northwind Vault and the Leeds office fall outside the certification",
        "Northwind Vault and the Leeds office are beyond the audit's scope",
        "Northwind Vault and the Leeds office are not within our ISMS scope",
        # A second reader's kinds (review of 54f5c26), in other words.
        "Northwind Vault and the Leeds office lie beyond the bounds of the certification audit",
        "Northwind Vault and the Leeds office sit outside what our assessors reviewed",
        "Northwind Vault and the Leeds office were carved out of the assessment",
        "Northwind Vault and the Leeds office fall outside the audit.",
        "Northwind Vault and the Leeds office sit outside the certification perimeter",
        "Northwind Vault and the Leeds office are outside the certification and join in 2027",
        "Northwind Vault and the Leeds office lie outside the certified management system",
    ],
)
def test_parts_left_outside_in_other_words_are_not_in_it(left_out: str) -> None:
    iso = Report(
        id="iso",
        kind="ISO 27001",
        expires=date(2028, 1, 31),
        scope=f"ISMS supporting Northwind Studio from the Bristol office; {left_out}",
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    for question in (
        "Is Northwind Vault covered by your ISO 27001 certification?",
        "Does your ISO 27001 certificate cover your Leeds office?",
    ):
        assert answer(question, YES_NO, inventory).answer == "No"
    asked = "Does your ISO 27001 certificate cover Northwind Studio?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


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


def test_an_example_certificate_lapsed_leaves_the_others_for_the_reviewer() -> None:
    lapsed = Report(id="iso", kind="ISO 27001", expires=date(2026, 1, 31))
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, lapsed))
    for question in (
        "Do you hold any security certifications (e.g., ISO 27001)?",
        "Do you hold any current certifications (ISO 27001, Cyber Essentials, or similar)?",
    ):
        assert answer(question, YES_NO, inventory).answer == "", question
    assert answer("Is your ISO 27001 certificate current?", YES_NO, inventory).answer == "No"


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


def test_a_type_i_asked_of_a_vendor_whose_report_is_a_type_ii_is_not_that_report() -> None:
    inventory = replace(INVENTORY, reports=(SOC2,))
    question = "Does the Type I report include operating effectiveness testing?"
    assert answer(question, YES_NO, inventory).answer == ""


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


def test_when_an_expired_certificate_expired_is_its_date() -> None:
    iso = Report(id="iso", kind="ISO 27001", expires=date(2026, 2, 28), issued=date(2023, 3, 1))
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, iso))
    m = answer("When did your ISO 27001 certificate expire?", inventory=inventory)
    assert (m.answer, m.filled) == ("2026-02-28", True)


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


def test_a_refusal_to_qualify_asks_for_a_clean_opinion() -> None:
    clean = replace(SOC2, opinion="unqualified")
    inventory = replace(INVENTORY, reports=(clean,))
    asked = "Did your SOC 2 auditor refrain from qualifying the opinion?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    asked = "Did your SOC 2 auditor qualify the opinion?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"


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


def test_a_type_ii_to_come_is_not_answered_from_a_type_i_held() -> None:
    type1 = replace(SOC2, type="Type I", period_start=None)
    inventory = replace(INVENTORY, reports=(type1,))
    asked = "Will your SOC 2 Type II report be shared publicly?"
    assert answer(asked, YES_NO, inventory=inventory).answer == ""
    assert answer("Do you have a SOC 2 Type II report?", YES_NO, inventory=inventory).answer == "No"


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


def test_a_no_that_qualifies_another_thing_does_not_turn_the_answer() -> None:
    # The bridge letter runs through 2026-04-30 and AS_OF is 2026-06-30; "with no open
    # findings" is said of the report, not of the letter the answer is read from.
    m = answer(
        "Do you hold a SOC 2 report with no open findings and a bridge letter that is current?",
        YES_NO,
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


def test_a_number_of_exceptions_is_compared_with_the_count() -> None:
    # SOC2 notes one exception (CC6.3).
    for q, want in (
        ("Did your SOC 2 auditor report more than two exceptions?", "No"),
        ("Does your SOC 2 contain numerous exceptions?", "No"),
        ("Did your SOC 2 note at least 1 exception?", "Yes"),
    ):
        m = answer(q, YES_NO)
        assert (m.answer, m.filled) == (want, True), q


def test_a_credential_held_and_lapsed_was_held() -> None:
    iso = Report(id="iso", kind="ISO 27001", issued=date(2022, 1, 10), expires=date(2025, 1, 9))
    inv = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    for q, want in (
        ("Has your company at any time held ISO 27001 certification?", "Yes"),
        ("Do you currently hold ISO 27001 certification?", "No"),
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert (m.answer, m.filled) == (want, True), q


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


def test_a_report_to_come_asked_as_an_intent_is_not_denied_by_the_reports_list() -> None:
    inv = replace(INVENTORY, reports=(SOC2, SOC1_T1))  # no bridge letter held
    for q in (
        "Are you planning to issue a bridge letter next quarter?",
        "Will a bridge letter be supplied for the months after your period?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "No", q


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
        ("Is your SOC 2 a Type II and your SOC 1 a Type I?", "Yes"),
        ("Is your SOC 1 a Type I and your SOC 2 a Type I?", "No"),
    ],
)
def test_two_reports_each_with_its_own_attribute_are_answered_of_each(
    asked: str, right: str
) -> None:
    assert answer(asked, YES_NO).answer in (right, "")


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
        "How many subservice organizations are carved out of your SOC 2?",
        "Number of carved-out subservice organisations in your SOC 2 report on Harbor Web:",
    ],
)
def test_a_count_of_carved_out_organisations_is_a_number(asked: str) -> None:
    assert answer(asked, ()).answer == "1"  # Amazon Web Services is carved out


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
        "Are your depots critical infrastructure assets under the SOCI Act?",
        "Is the platform registered under the SOCI Act 2018?",
    ],
)
def test_an_acronym_beginning_with_soc_is_no_soc_report(asked: str) -> None:
    # A question on a law is not answered from the reports held.
    inventory = replace(INVENTORY, reports=(SOC1_T1,))
    assert answer(asked, YES_NO, inventory).answer == ""


def test_which_organisations_are_not_inclusive_is_not_answered_with_the_inclusive_one() -> None:
    orgs = (
        SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),
        SubserviceOrg("Stripe", "inclusive", ("payment processing",)),
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=orgs), BRIDGE))
    asked = "Which subservice organizations are not included using the inclusive method?"
    assert answer(asked, (), inventory).answer != "Stripe"


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


# Holding asked at a time before today: the reports list says what is held now, and since when.
_HELD_SINCE = replace(
    INVENTORY,
    reports=(
        replace(SOC2, issued=date(2026, 3, 2)),
        replace(BRIDGE, issued=date(2026, 5, 5)),
        replace(SOC1_T1, issued=date(2026, 5, 20)),
        Report(
            id="iso",
            kind="ISO 27001",
            issued=date(2024, 3, 10),
            expires=date(2027, 3, 9),
        ),
    ),
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Held then: issued before the time and not yet expired.
        ("As at 31 December 2024, did your company hold an ISO 27001 certificate?", "Yes"),
        ("Did you have an ISO 27001 certificate in place in June 2025?", "Yes"),
        # Issued after the time: an earlier one is not listed, so neither Yes nor No.
        ("On 1 February 2024, did you hold an ISO 27001 certificate?", ""),
        ("Did your firm have a SOC 1 report in 2025?", ""),
        ("Did you hold a SOC 2 Type II report at the end of 2025?", ""),
        # What a report says of a time its period runs in is said of then.
        ("In 2025, did your SOC 2 report include the Availability category?", "Yes"),
        # ... and what a report not yet held says of itself is not.
        ("In 2024, did your SOC 2 report include the Availability category?", ""),
        # An issue date bounded by a month: through its last day.
        ("Was your bridge letter issued by April 2026?", "No"),
        ("Was your bridge letter issued by May 2026?", "Yes"),
        # Today's holding is still answered from the list.
        ("Do you hold an ISO 27001 certificate?", "Yes"),
        # A leading date asked of validity is the day it is judged on, not a holding time.
        ("As of 2027-06-30, will your ISO 27001 certificate be valid?", "No"),
    ],
)
def test_a_holding_asked_at_a_past_time_is_answered_from_when_it_began(
    question: str, expected: str
) -> None:
    m = answer(question, YES_NO, inventory=_HELD_SINCE)
    assert m.answer == expected, m.suggested_response


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The period is 12 months long and ended 5 months before as-of: "old" asks its age.
        ("Is the period of your SOC 2 report more than 6 months old?", "No"),
        ("Is your SOC 2 report's audit period under 9 months old?", "Yes"),
        # Its length is still asked as a length.
        ("Does your SOC 2 report cover a period of more than 6 months?", "Yes"),
    ],
)
def test_a_period_asked_how_old_is_its_age_not_its_length(question: str, expected: str) -> None:
    assert answer(question, YES_NO).answer == expected


@pytest.mark.parametrize(
    ("question", "fresh", "stale"),
    [
        ("Is your SOC 2 Type II up to date and without any exceptions?", "Yes", ""),
        ("Do you have an unqualified SOC 2 report from the past year?", "", ""),
        # The age answers one half (its No rules the whole out); the opinion, asked as "free
        # of", is not read from it (no Yes).
        ("Is your SOC 2 report under a year old and free of qualifications?", "", "No"),
    ],
)
def test_a_yes_of_a_report_is_only_for_one_as_recent_as_asked(
    question: str, fresh: str, stale: str
) -> None:
    clean = replace(SOC2, exceptions=())
    old = replace(clean, period_start=date(2024, 2, 1), period_end=date(2025, 1, 31))
    assert answer(question, YES_NO, _with(reports=(clean,))).answer == fresh
    # Its period ended 17 months before: the other half is answered, the age is not.
    assert answer(question, YES_NO, _with(reports=(old,))).answer == stale


@pytest.mark.parametrize(
    "question",
    [
        "Did your latest SOC 2 period start right after the prior one closed?",
        "Are your SOC 2 audit periods contiguous?",
        "Do both of your SOC 2 reports cover consecutive periods?",
    ],
)
def test_how_two_report_periods_meet_is_not_answered_by_holding_one(question: str) -> None:
    older = replace(
        SOC2, id="soc2-2024", period_start=date(2023, 6, 1), period_end=date(2024, 5, 31)
    )
    # Eight months lie between the two periods.
    m = answer(question, YES_NO, _with(reports=(SOC2, older)))
    assert m.answer != "Yes"


# A second reader's cases (review of 9a64b4e..25c15d3), each shown wrong on 25c15d3.
_ISO_2022 = Report(id="iso", kind="ISO 27001", issued=date(2022, 1, 10), expires=date(2025, 12, 31))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A trailing "as of" is the holding's time too; a certificate held then, expired since.
        ("Did you hold an ISO 27001 certificate as of 1 June 2024?", "Yes"),
        ("As of 1 January 2024, did you hold an ISO 27001 certificate?", "Yes"),
        ("Do you hold an ISO 27001 certificate?", "No"),
        # A report's period end is not its issue: held from a day not given, for the reviewer.
        ("Did you hold a SOC 2 Type II report on 1 February 2026?", ""),
        # An audit had in a year is its period's.
        ("Did you have a SOC 2 Type II audit in 2025?", "Yes"),
        # "free of" alone is the ask itself.
        ("Is your SOC 2 report free of deviations?", "No"),
        # "continuous monitoring" compares no two reports.
        (
            "Do your SOC 2 reports include continuous monitoring and the Availability category?",
            "Yes",
        ),
        # Absurd windows raise nothing (the exceptions alone rule the pair out).
        ("Is your SOC 2 report from the last 99999999 months and free of exceptions?", "No"),
    ],
)
def test_a_second_readers_report_cases(question: str, expected: str) -> None:
    held = replace(INVENTORY, reports=(*INVENTORY.reports, _ISO_2022))
    assert answer(question, YES_NO, held).answer == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Issued 2024-03-10, as of 2026-06-30: about 27 months old.
        ("Is your ISO 27001 certificate less than two years old?", ""),
        ("Is your ISO 27001 certificate under three years old?", "Yes"),
        ("Is your ISO 27001 certificate more than three years old?", ""),
        # "current" of a certificate is its validity, not its age.
        ("Do you hold an ISO 27001 certificate, and is it current?", "Yes"),
    ],
)
def test_a_certificates_age_is_counted_from_its_issue(question: str, expected: str) -> None:
    assert answer(question, YES_NO, _HELD_SINCE).answer == expected


def test_a_bridge_letter_named_beside_another_credential_is_any_held() -> None:
    pci = Report(id="pci", kind="PCI DSS", issued=date(2026, 2, 1), expires=date(2027, 1, 31))
    held = replace(INVENTORY, reports=(*INVENTORY.reports, pci))
    both = "Can you share your PCI DSS attestation and a bridge letter?"
    assert answer(both, YES_NO, held).answer == "Yes"
    # The other credential not held: no Yes for the pair.
    iso = "Do you have an ISO 27001 certificate and a bridge letter?"
    assert answer(iso, YES_NO, INVENTORY).answer != "Yes"
    # A letter of that kind is still that kind's.
    assert answer("Do you have a PCI DSS bridge letter?", YES_NO, held).answer != "Yes"


@pytest.mark.parametrize(
    ("question", "opinion", "said"),
    [
        # The age half is true (the period ended five months ago); the opinion half decides.
        ("Is your SOC 2 report clean and under one year old?", "qualified", "No"),
        ("Is your SOC 2 report clean and under one year old?", "unqualified", "Yes"),
        ("Is your SOC 2 report from the last 12 months and unqualified?", "qualified", "No"),
        # The category half: the report has Security and Availability, not Privacy.
        ("Does your SOC 2 carry a qualified opinion and cover Privacy?", "qualified", "No"),
        ("Is there a SOC 2 with a clean opinion that covers Privacy?", "unqualified", "No"),
        ("Does your SOC 2 include Availability and carry a clean opinion?", "qualified", "No"),
        ("Does your SOC 2 include Availability and carry a clean opinion?", "unqualified", "Yes"),
    ],
)
def test_a_report_question_of_two_attributes_is_a_yes_only_where_both_hold(
    question: str, opinion: str, said: str
) -> None:
    held = _with(reports=(replace(SOC2, opinion=opinion),))
    assert answer(question, YES_NO, held).answer == said


def test_a_report_question_of_either_attribute_is_not_turned_by_the_other() -> None:
    held = _with(reports=(replace(SOC2, opinion="qualified"),))
    asked = "Is your SOC 2 report under one year old, or does it carry a clean opinion?"
    assert answer(asked, YES_NO, held).answer != "No"


@pytest.mark.parametrize(
    ("opinion", "exceptions", "said"),
    [
        ("qualified", None, "No"),  # not clean in either sense
        ("unqualified", (), "Yes"),  # an unqualified opinion and nothing noted
        ("unqualified", None, ""),  # clean of opinion, one exception noted: for the reviewer
    ],
)
def test_a_clean_report_is_its_opinion_and_its_findings(
    opinion: str, exceptions: tuple[ReportException, ...] | None, said: str
) -> None:
    report = replace(SOC2, opinion=opinion)
    report = report if exceptions is None else replace(report, exceptions=exceptions)
    got = answer("Was your latest SOC 2 audit clean?", YES_NO, _with(reports=(report,))).answer
    assert got == said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The SOC 2 was issued by Kestrel & Lowe CPAs LLP; Brightwater certified the ISO.
        ("Is Brightwater Certification your SOC 2 service auditor?", "No"),
        ("Did Brightwater Certification examine your SOC 2?", "No"),
        ("Is the auditor of your SOC 2 Lowe Partners?", ""),  # a later word: for the reviewer
        ("Is Kestrel Partners your SOC 2 auditor?", ""),  # another Kestrel, perhaps
        ("Is Kestrel & Lowe your SOC 2 auditor?", "Yes"),
        ("Did Kestrel and Lowe Accountants audit your SOC 2?", "Yes"),
        ("Was your SOC 2 audited by the same firm as your ISO 27001 certificate?", "No"),
        ("Is your ISO 27001 registrar also your SOC 2 auditor?", "No"),
        ("Did a different firm certify your ISO 27001 than the one behind your SOC 2?", "Yes"),
        # Holding a bridge letter does not say who issued it.
        ("Was your bridge letter issued by Kestrel & Lowe?", ""),
    ],
)
def test_a_firm_named_as_the_auditor_is_compared_with_the_reports(question: str, said: str) -> None:
    iso = Report(
        id="iso-1",
        kind="ISO 27001",
        issued=date(2025, 3, 1),
        expires=date(2028, 2, 28),
        auditor="Brightwater Certification Ltd",
    )
    held = _with(reports=(SOC2, BRIDGE, iso))
    assert answer(question, YES_NO, held).answer == said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is there a bridge letter for your HITRUST certification?", "No"),
        ("Do you hold a bridge letter that covers your PCI DSS attestation?", "No"),
        ("Is your PCI DSS AoC extended by a bridge letter?", "No"),
        ("Do you have a bridge letter for your SOC 2 report?", "Yes"),
    ],
)
def test_a_bridge_letter_asked_of_a_certificate_or_attestation_is_not_held(
    question: str, said: str
) -> None:
    # A bridge letter extends a SOC report's period; the one held extends the SOC 2.
    pci = Report(id="aoc", kind="PCI DSS", issued=date(2026, 1, 10), expires=date(2027, 1, 9))
    trust = Report(id="hit", kind="HITRUST", issued=date(2025, 9, 1), expires=date(2027, 8, 31))
    held = _with(reports=(SOC2, BRIDGE, pci, trust))
    assert answer(question, YES_NO, held).answer == said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Does your valid ISO 27001 certificate include the Porto office?", "No"),
        ("Is the Porto office covered by a current ISO 27001 certification?", "No"),
        ("Do you have a bridge letter and an ISO 27001 certificate?", ""),
    ],
)
def test_a_current_certificate_asked_of_a_lapsed_one_is_not_held(question: str, said: str) -> None:
    lapsed = Report(
        id="iso-old",
        kind="ISO 27001",
        issued=date(2022, 5, 2),
        expires=date(2025, 5, 1),
        scope="The Porto office and the Lumen platform",
    )
    held = _with(reports=(SOC2, BRIDGE, lapsed))
    assert answer(question, YES_NO, held).answer == said


def test_auditors_as_people_asked_of_are_not_a_firm_named_as_the_reports() -> None:
    # "your freelance auditors" are people the question asks about, not the SOC 2's issuer.
    held = _with(reports=(SOC2,))
    got = answer("Is MFA enforced for your freelance auditors?", YES_NO, held).answer
    assert got != "No"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is your SOC 2 report a HIPAA certification?", "No"),
        ("Is your SOC 2 report also a GDPR certification?", "No"),
        # The same kind, or no framework named: not this reading.
        ("Is your SOC 2 report a SOC 2 Type II report?", "Yes"),
    ],
)
def test_a_held_report_asked_to_be_another_frameworks_is_not(question: str, said: str) -> None:
    assert answer(question, YES_NO, _with(reports=(SOC2,))).answer == said


@pytest.mark.parametrize(
    "question",
    [
        "Is your SOC 2 auditor a member of the AICPA?",
        "Is your SOC 2 auditor registered with the PCAOB in the US?",
        "Is the CPA firm behind your SOC 2 licensed in Colorado?",
    ],
)
def test_a_name_not_in_the_auditors_place_is_not_compared_with_the_auditor(question: str) -> None:
    # What the auditor is (a member, registered, licensed) is not who it is.
    assert answer(question, YES_NO, _with(reports=(SOC2,))).answer != "No"


@pytest.mark.parametrize(
    ("auditor", "question", "said"),
    [
        ("A-LIGN Assurance LLC", "Is A-LIGN your SOC 2 auditor?", "Yes"),
        ("A-LIGN Assurance LLC", "Is Schellman your SOC 2 auditor?", ""),  # one word: unsure
        ("A-LIGN Assurance LLC", "Did Management sign your SOC 2 management assertion?", ""),
        ("Kestrel & Lowe CPAs LLP", "Is Kestrel Partners your SOC 2 auditor?", ""),
        ("Deloitte & Touche LLP", "Is Deloitte your SOC 2 auditor?", "Yes"),
        ("Deloitte & Touche LLP", "Is your SOC 2 auditor Big Four?", "Yes"),
    ],
)
def test_a_name_in_the_auditors_place_is_a_yes_or_no_only_when_it_is_plainly_a_firm(
    auditor: str, question: str, said: str
) -> None:
    held = _with(reports=(replace(SOC2, auditor=auditor),))
    assert answer(question, YES_NO, held).answer == said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Does your SOC 2 report test your clean-desk policy?", ""),
        ("Is your SOC 2 Type II recent and without a qualified opinion?", "Yes"),
        ("Is your SOC 2 report less than 18 months old and not qualified?", ""),
    ],
)
def test_an_opinion_is_read_only_where_the_question_asks_it(question: str, said: str) -> None:
    assert answer(question, YES_NO, _with(reports=(SOC2,))).answer == said


def test_a_firm_written_with_its_firm_words_is_a_firm_even_with_one_distinctive_word() -> None:
    held = _with(reports=(SOC2,))  # issued by Kestrel & Lowe CPAs LLP
    assert answer("Did Petra Audit Partners examine your SOC 2?", YES_NO, held).answer == "No"


def test_a_kinds_bridge_letter_is_the_one_extending_a_report_of_that_kind() -> None:
    # A later SOC 2 Type I of another product is not the report the letter bridges; "your SOC 2
    # bridge letter" is still the one that extends the Type II.
    other_t1 = Report(
        id="soc2-app-t1",
        kind="SOC 2",
        type="Type I",
        period_end=date(2026, 5, 31),
        period_start=date(2026, 5, 31),
    )
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, other_t1))
    assert answer("Until what date does your SOC 2 bridge letter run?", (), inventory).answer == (
        "2026-04-30"
    )
    assert answer("Do you have a SOC 2 bridge letter?", YES_NO, inventory).answer == "Yes"
    # A type named is the report asked: no letter extends the Type I.
    asked = "Does a bridge letter extend your SOC 2 Type I report?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    # A letter of another kind is still not this kind's.
    soc1_letter = replace(BRIDGE, extends="soc1")
    inventory = replace(INVENTORY, reports=(SOC2, SOC1_T1, soc1_letter, other_t1))
    assert answer("Do you have a SOC 2 bridge letter?", YES_NO, inventory).answer != "Yes"
    # Nor is a report named by its product another report's letter.
    app = replace(other_t1, type="Type II", period_start=date(2025, 6, 1), scope="Harbour App")
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, app))
    asked = "Do you have a bridge letter for the Harbour App SOC 2 report?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_the_products_a_report_is_on_are_not_an_organisation_asked_of() -> None:
    orgs = (
        SubserviceOrg("Amazon Web Services", "carve-out", ("cloud hosting",)),
        SubserviceOrg(
            "Quayline Calls Ltd", "inclusive", ("agents who answer the Harbour Desk line",)
        ),
    )
    soc2 = replace(SOC2, subservice_orgs=orgs, scope="Harbour App and Harbour Desk")
    inventory = replace(INVENTORY, reports=(soc2, BRIDGE))
    asked = "Which subservice organisations are carved out of the SOC 2 report on Harbour App and Harbour Desk?"
    m = answer(asked, (), inventory)
    assert "Amazon Web Services" in m.answer and "Quayline" not in m.answer


@pytest.mark.parametrize(
    "asked",
    [
        "Is Kelpie Report in scope of your SOC 1?",
        "Does your SOC 1 report cover Kelpie Report?",
        "Does your SOC 1 bridge letter cover Kelpie Report?",
    ],
)
def test_a_parts_name_is_named_by_its_words_together_not_scattered(asked: str) -> None:
    soc1 = replace(
        SOC1_T1,
        type="Type II",
        period_start=date(2025, 4, 1),
        scope="Levy calculation and remittance reports in Kelpie Till",
        title="SOC 1 Type II report on Kelpie Till levy calculation",
    )
    letter = replace(BRIDGE, extends="soc1")
    inventory = replace(INVENTORY, reports=(SOC2, soc1, letter))
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    assert answer("Does your SOC 1 cover Kelpie Till?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        # BRIDGE runs to 2026-04-30, 61 days before AS_OF (2026-06-30).
        ("Does your bridge letter end less than three months before today?", "Yes"),
        ("Does your bridge letter end less than six weeks before today?", "No"),
        ("Does a bridge letter bring your SOC 2 to within three months?", "Yes"),
        ("Does a bridge letter bring your SOC 2 to within 30 days?", "No"),
        ("Does your bridge letter run to a date less than nine weeks before today?", "Yes"),
        ("Does your bridge letter run to a date fewer than 45 days before today?", "No"),
    ],
)
def test_a_bridge_letter_asked_to_end_within_a_span_before_today(asked: str, expected: str) -> None:
    assert answer(asked, YES_NO).answer == expected


def test_a_bridge_letter_named_by_one_kind_asked_to_cover_another() -> None:
    # BRIDGE extends the SOC 2; the SOC 1 has none.
    asked = "Does your SOC 2 bridge letter also cover your SOC 1 report?"
    assert answer(asked, YES_NO).answer == "No"
    soc1_letter = replace(BRIDGE, extends="soc1")
    inventory = replace(INVENTORY, reports=(SOC2, SOC1_T1, soc1_letter))
    asked = "Does your SOC 1 bridge letter extend to your SOC 2 Type II?"
    assert answer(asked, YES_NO, inventory).answer == "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Does your SOC 2 examination test the environmental controls of the AWS data centres?",
        "Does your SOC 2 report cover Amazon Web Services' physical security controls?",
    ],
)
def test_what_a_carved_out_organisation_does_is_not_said_tested_by_holding_the_report(
    asked: str,
) -> None:
    # Amazon Web Services is carved out of the SOC 2 in the common inventory.
    assert answer(asked, YES_NO).answer != "Yes"
    assert answer("Do you have a SOC 2 report?", YES_NO).answer == "Yes"


def test_an_ordinary_first_word_of_an_organisations_name_does_not_name_it() -> None:
    assert not names_org("Have you received the Cloud Security Alliance STAR?", "Google Cloud")
    assert names_org("Is Hetzner carved out?", "Hetzner Online GmbH")


@pytest.mark.parametrize(
    "asked",
    [
        "Do you require a SOC 2 report from every supplier?",
        "Do your key suppliers provide SOC 2 Type II reports?",
        "Do you obtain ISO 27001 certificates from your subprocessors?",
    ],
)
def test_reports_asked_of_the_vendors_suppliers_are_not_its_own(asked: str) -> None:
    assert answer(asked, YES_NO).answer != "Yes"


def test_treated_inclusively_asks_the_method() -> None:
    # Amazon Web Services is carved out of the SOC 2 in the common inventory.
    asked = "Is Amazon Web Services treated inclusively in your SOC 2 Type II?"
    assert answer(asked, YES_NO).answer == "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Was your SOC 2 Type II examination conducted in accordance with AT-C section 205?",
        "Is your SOC 2 report prepared under SSAE 18?",
        "Was the SOC 2 assessed against the 2017 Trust Services Criteria?",
        "Was your SOC 1 carried out by a licensed CPA firm?",
    ],
)
def test_the_standard_or_firm_an_examination_followed_is_not_answered_by_holding_it(
    asked: str,
) -> None:
    # the inventory records neither the standard nor the firm's licence
    assert answer(asked, YES_NO).answer == ""


def test_holding_a_report_is_still_answered_beside_the_standard_it_followed() -> None:
    assert answer("Do you have a SOC 2 Type II report?", YES_NO).answer == "Yes"
    assert answer("Is your SOC 2 a Type II?", YES_NO).answer == "Yes"


def test_a_part_a_type_ii_leaves_out_by_name_is_not_its_operation_tested() -> None:
    type_ii = replace(
        SOC2,
        scope="The Northwind Insights platform and its AWS environment; the Northwind Harbour "
        "kiosk app is not in scope.",
    )
    type_i = Report(
        id="soc2-t1",
        kind="SOC 2",
        type="Type I",
        period_end=date(2026, 3, 31),
        title="SOC 2 Type I report on Northwind Harbour",
        scope="The Northwind Harbour kiosk app.",
    )
    inventory = replace(INVENTORY, reports=(type_ii, BRIDGE, type_i))
    operation = "Has an auditor tested the operating effectiveness of the {} controls over a period of time?"
    assert answer(operation.format("Harbour kiosk"), YES_NO, inventory).answer == ""
    # the part in scope still is; the Type I on the part answers of its design
    assert answer(operation.format("Insights"), YES_NO, inventory).answer == "Yes"
    design = "Has an auditor reported on the design of the Harbour kiosk controls?"
    assert answer(design, YES_NO, inventory).answer == "Yes"


def test_a_bound_on_a_report_written_in_words_is_read_as_its_number() -> None:
    # the bridge letter runs to 2026-04-30, 61 days before AS_OF
    asked = "Does your bridge letter extend coverage to within {} days of today?"
    assert answer(asked.format("ninety"), YES_NO).answer == "Yes"
    assert answer(asked.format("thirty"), YES_NO).answer == "No"


def test_a_certificate_of_the_edition_asked_that_has_expired_is_not_held() -> None:
    iso = Report(
        id="iso-2013",
        kind="ISO 27001",
        title="ISO/IEC 27001:2013 certificate no. NW-118",
        issued=date(2022, 3, 1),
        expires=date(2025, 2, 28),
        scope="Northwind Insights",
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    assert answer("Are you certified to ISO/IEC 27001:2013?", YES_NO, inventory).answer == "No"
    assert (
        answer("Is your ISO 27001:2013 certificate still valid?", YES_NO, inventory).answer == "No"
    )
    # what it was based on is for the reviewer; a date to come is no holding
    past = "Was your ISO 27001 certificate issued against the 2013 edition?"
    assert answer(past, YES_NO, inventory).answer == ""
    coming = "When is your ISO 27001:2022 transition audit scheduled?"
    assert answer(coming, (), inventory).answer == ""


def test_a_category_asked_is_not_a_subservice_organisation_sharing_its_word() -> None:
    soc2 = replace(
        SOC2,
        categories=("security",),
        subservice_orgs=(
            SubserviceOrg("Confidentiality Shred Ltd", "inclusive", ("document destruction",)),
        ),
    )
    inventory = replace(INVENTORY, reports=(soc2, BRIDGE))
    asked = "Does your SOC 2 report include the Confidentiality criteria?"
    assert answer(asked, YES_NO, inventory).answer == "No"
    named = "Is Confidentiality Shred included in your SOC 2 report?"
    assert answer(named, YES_NO, inventory).answer == "Yes"


def test_a_certificate_of_another_company_of_the_group_is_not_the_vendors() -> None:
    iso = Report(
        id="iso-de",
        kind="ISO 27001",
        title="ISO/IEC 27001:2022 certificate for Northwind Analytics Germany GmbH (TÜV)",
        scope="The Berlin support office; the US company and its hosting are out of scope",
        expires=date(2027, 12, 31),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    m = answer("Are you ISO 27001 certified?", YES_NO, inventory=inventory)
    assert m.answer == ""
    assert "Northwind Analytics Germany GmbH" in m.suggested_response
    # The vendor's own full name with its legal form is the vendor.
    own = replace(iso, title="ISO/IEC 27001:2022 certificate for Northwind Analytics Inc.")
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, own))
    assert answer("Are you ISO 27001 certified?", YES_NO, inventory=inventory).answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Will your ISO 27001 certificate be recertified before it lapses?",
        "Will your expired ISO 27001 certificate be reissued by December 2026?",
        "Will your ISO 27001 certification be reinstated this autumn?",
        "Will your SOC 2 report be re-examined against the 2022 criteria?",
        "Will you recertify your ISO 27001 certificate before it lapses?",
        "Is your expired ISO 27001 certificate going to be reissued?",
        "Will your ISO 27001 certificate be in hand by 30 April 2027?",
    ],
)
def test_a_report_or_certificate_again_to_come_is_not_answered_by_what_is_held(asked: str) -> None:
    # What happens to a credential next is not what the reports list holds today (held,
    # expired or not held at all).
    lapsed = replace(ISO, expires=date(2026, 3, 31))
    for reports in ((SOC2, BRIDGE, ISO), (SOC2, BRIDGE, lapsed), (SOC2, BRIDGE)):
        inventory = replace(INVENTORY, reports=reports)
        assert answer(asked, YES_NO, inventory=inventory).answer == ""


def test_a_request_for_a_report_in_the_future_tense_is_still_answered() -> None:
    asked = "Will you provide your SOC 2 report under NDA?"
    assert answer(asked, YES_NO).answer == "Yes"


def test_a_certificate_of_one_legal_entity_does_not_answer_for_another_named() -> None:
    held = replace(ISO, title="ISO/IEC 27001:2022 certificate for Northwind Analytics Pty Ltd")
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, held))
    for asked in (
        "Does Northwind Analytics Ltd hold ISO 27001 certification?",
        "Is Northwind Analytics Inc. ISO 27001 certified?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == ""
    asked = "Does Northwind Analytics Pty Ltd hold ISO 27001 certification?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


@pytest.mark.parametrize(
    "question",
    [
        "To which entity was the SOC 2 report on Northwind Vault addressed?",
        "By whom was your SOC 2 report for Northwind Vault issued?",
    ],
)
def test_a_value_asked_of_a_report_not_held_gets_no_sentence_in_its_cell(question: str) -> None:
    report = replace(SOC2, scope="Northwind Studio; Northwind Vault is not in scope")
    inventory = replace(INVENTORY, reports=(report,))
    got = answer(question, (), inventory)
    assert got.answer == ""
    assert "period asked." not in got.suggested_response


def test_every_organisation_carved_out_is_named_whatever_digits_its_services_hold() -> None:
    orgs = (
        SubserviceOrg("Amazon Web Services", "carve-out", ("infrastructure hosting in eu-west-1",)),
        SubserviceOrg("Harbour Trust Bank", "carve-out", ("holding client money in trust",)),
    )
    soc1 = replace(SOC1_T1, subservice_orgs=orgs)
    inventory = replace(INVENTORY, reports=(soc1,))
    got = answer(
        "Which subservice organisations are carved out of your SOC 1 report?", (), inventory
    )
    assert got.answer == "Amazon Web Services, Harbour Trust Bank"


@pytest.mark.parametrize(
    "scope",
    [
        "Northwind Studio; Northwind Vault, including transaction logs retained beyond the "
        "audit period",
        "Northwind Studio and Northwind Vault, whose controls go beyond the certification "
        "requirements",
        "Northwind Studio and Northwind Vault, whose logs are kept beyond the boundaries of the EU",
        "Northwind Studio and Northwind Vault, outside the audit firm's own offices",
    ],
)
def test_beyond_a_period_or_a_requirement_leaves_nothing_out_of_scope(scope: str) -> None:
    # A second reader's cases (review of 3f2f695..54f5c26): "beyond the audit period" is time.
    iso = Report(id="iso", kind="ISO 27001", expires=date(2028, 1, 31), scope=scope)
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    got = answer("Is Northwind Vault covered by your ISO 27001 certification?", YES_NO, inventory)
    assert got.answer != "No"


@pytest.mark.parametrize(
    "question",
    [
        "Does your SOC 2 cover the period from January 1, 2026 to March 31, 2026?",
        "Does your SOC 2 report cover 1 October 2025 through 31 March 2026?",
    ],
)
def test_a_span_asked_is_not_read_by_its_first_day(question: str) -> None:
    # The Type II runs 2025-02-01 to 2026-01-31; a Type I as of 2026-03-31 covers no period.
    type_1 = replace(
        SOC2, id="t1", type="Type I", period_start=date(2026, 3, 31), period_end=date(2026, 3, 31)
    )
    for report in (SOC2, type_1):
        inventory = replace(INVENTORY, reports=(report,))
        assert answer(question, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "question",
    [
        "Name the audit firm of your SOC 2 report on Northwind Vault.",
        "Auditor that issued your SOC 2 report on Northwind Vault:",
    ],
)
def test_a_value_of_a_report_on_a_part_out_of_scope_is_not_given(question: str) -> None:
    # A second reader's cases (review of 3f2f695..54f5c26): no report on Vault, no auditor of it.
    report = replace(SOC2, scope="Northwind Studio; Northwind Vault is not in scope")
    inventory = replace(INVENTORY, reports=(report,))
    assert answer(question, (), inventory).answer == ""
    plain = "Name the audit firm of your SOC 2 report."
    assert answer(plain, (), inventory).answer == "Kestrel & Lowe CPAs LLP"


@pytest.mark.parametrize(
    "scope",
    [
        "Northwind Studio and Northwind Vault; evidence outside the audit sample was also made "
        "available",
        "Northwind Studio and Northwind Vault, with controls tested beyond the audit minimum",
        "Northwind Studio and Northwind Vault, staffed outside the audited hours",
    ],
)
def test_outside_or_beyond_without_placing_anything_leaves_nothing_out(scope: str) -> None:
    # A second reader's cases (review of dd2d1e0..d3c5648): an exclusion places a part outside
    # ("falls outside", "is outside"); "evidence outside the audit sample" excludes nothing.
    iso = Report(id="iso", kind="ISO 27001", expires=date(2028, 1, 31), scope=scope)
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    got = answer("Is Northwind Vault covered by your ISO 27001 certification?", YES_NO, inventory)
    assert got.answer != "No"


def _series_and_new_product(type1_end: date, now: str, before: str) -> object:
    current = replace(
        SOC2,
        id="t2-now",
        title="SOC 2 Type II report on Northwind Pulse and Northwind Studio",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        opinion=now,
    )
    prior = replace(
        current,
        id="t2-prior",
        title="SOC 2 Type II report on Northwind Pulse (prior period)",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
        opinion=before,
        exceptions=(),
    )
    design = Report(
        id="t1-vault",
        kind="SOC 2",
        type="Type I",
        title="SOC 2 Type I report on Northwind Vault (as of the period end)",
        period_start=type1_end,
        period_end=type1_end,
        opinion="unqualified",
    )
    return replace(INVENTORY, reports=(current, prior, design))


def test_a_new_products_type_i_is_not_the_latest_or_previous_of_the_series() -> None:
    # Probe redteam68's kind: "your latest SOC 2" of a Type I on a new product issued after
    # the Type II on the others; "your prior-year SOC 2" of a Type I between the two Type IIs.
    newer = _series_and_new_product(date(2026, 3, 31), "qualified", "unqualified")
    asked = "Was the opinion on your most recent SOC 2 report qualified?"
    assert answer(asked, YES_NO, newer).answer == ""
    between = _series_and_new_product(date(2025, 6, 30), "unqualified", "qualified")
    asked = "Did your prior-year SOC 2 report receive a qualified opinion?"
    assert answer(asked, YES_NO, between).answer == "Yes"
    asked = "Was the opinion on your most recent SOC 2 report qualified?"
    assert answer(asked, YES_NO, between).answer == "No"


def test_a_category_asked_for_a_product_the_report_leaves_out_is_no_yes() -> None:
    # Probe redteam68's kind: "Does your SOC 2 Type II cover the availability criteria for
    # Calloway Visit?" of a Type II whose scope leaves Visit out.
    soc2 = replace(
        SOC2,
        title="SOC 2 Type II report on Northwind Pulse",
        scope="Northwind Pulse and its hosting; Northwind Vault and Northwind Studio are not in scope",
    )
    inventory = replace(INVENTORY, reports=(soc2,))
    asked = "Does your SOC 2 Type II report include the availability category for Northwind Vault?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    asked = "Does your SOC 2 Type II report include the availability category for Northwind Pulse?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_certificate_asked_as_a_certification_of_a_part_it_leaves_out() -> None:
    # Blind tune set inv_yellowhammer's kind: "Is your Cyber Essentials Plus certificate a
    # certification of the hosted Record and Depose services?" answered Yes although the title
    # says it covers the offices and is not a certification of the hosted products.
    cert = Report(
        id="ce-plus",
        kind="other",
        title="Cyber Essentials Plus certificate covering our offices and staff laptops",
        issued=date(2026, 1, 10),
        expires=date(2027, 1, 9),
        scope="Corporate network, the Boston office and employee laptops",
    )
    inventory = replace(INVENTORY, reports=(cert,))
    asked = "Is your Cyber Essentials Plus certificate a certification of the hosted Pulse service?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_forecast_on_a_condition_is_no_yes_to_what_is_to_come() -> None:
    # Blind tune set inv_hawfinch's kind: "We expect Arşiv to be in the scope of the next period,
    # if the auditor agrees the controls are ready" answered "Will Arşiv be included in your
    # next SOC 2 Type II?" Yes.
    said = ApprovedAnswer(
        "When will Northwind Studio be in your SOC 2?",
        "We anticipate Northwind Studio will be in the scope of our next SOC 2 Type II if its "
        "readiness assessment closes in time.",
    )
    asked = "Will Northwind Studio be included in your next SOC 2 Type II?"
    assert answer(asked, YES_NO, answers=(said,)).answer != "Yes"
    # Look-alike: a plain commitment is the Yes.
    firm = replace(said, answer="Yes. Northwind Studio joins the scope of our next SOC 2 Type II.")
    assert answer(asked, YES_NO, answers=(firm,)).answer == "Yes"


def test_what_an_expired_certificate_covered_is_not_covered_now() -> None:
    # Blind tune set inv_hawfinch's kind: "Does the ISO 27001 certificate held in your group
    # cover the production environment that runs Gişe?" answered Yes by the scope of one that
    # expired a month before.
    iso = Report(
        id="iso-old",
        kind="ISO 27001",
        title="ISO/IEC 27001:2013 certificate",
        issued=date(2022, 5, 1),
        expires=date(2025, 4, 30),
        scope="Development and operation of Northwind Pulse from the Boston office",
    )
    inventory = replace(INVENTORY, reports=(SOC2, iso))
    asked = "Does your ISO 27001 certificate cover the production environment of Northwind Pulse?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    # Look-alike: asked of the past, what it covered still answers.
    asked = "Did your ISO 27001 certificate cover Northwind Pulse?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_certificate_scope_that_sets_a_part_aside_in_other_words() -> None:
    # Tune set inv_wagtail's kind: "..., other than the two on-premises installations of X".
    iso = Report(
        id="iso",
        kind="ISO 27001",
        issued=date(2025, 3, 1),
        expires=date(2028, 2, 28),
        scope="Hosting and support of Northwind Ledger and Northwind Vault, apart from the "
        "customer-run installations of Vault",
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    asked = "Are the customer-run Vault installations covered by your ISO 27001 certificate?"
    assert answer(asked, (), inventory).answer != "Yes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Tune set inv_serin's kind: the period's end asked against the date of the answers.
        (
            "Does your SOC 2 Type II period end less than six months before the date of your answers?",
            "Yes",
        ),
        ("Did your SOC 2 Type II period end more than twelve months prior to today?", "No"),
    ],
)
def test_a_period_end_asked_against_the_date_of_the_answers_is_its_age(
    question: str, expected: str
) -> None:
    assert answer(question, YES_NO).answer == expected


@pytest.mark.parametrize(
    "scope",
    [
        "Clinvara Notes, hosted in AWS regions other than GovCloud.",
        "Clinvara Notes, for customers other than US federal agencies.",
        "Apart from Clinvara Billing, the scope also covers Clinvara Notes.",
    ],
)
def test_other_than_and_apart_from_that_describe_something_else_leave_nothing_out(
    scope: str,
) -> None:
    # A second reader's cases (review of 4117ded..5221bfa).
    soc2 = replace(SOC2, scope=scope)
    inventory = replace(INVENTORY, reports=(soc2,), controls=())
    assert (
        answer("Is Clinvara Notes in the scope of your SOC 2?", YES_NO, inventory).answer == "Yes"
    )


def test_a_period_that_ended_before_the_reports_date_is_asked_of_its_length() -> None:
    asked = (
        "Does your SOC 2 cover a full 12-month period that ended prior to the date of the report?"
    )
    assert answer(asked, YES_NO).answer == "Yes"


@pytest.mark.parametrize("word", ["save for", "excluding", "other than"])
def test_a_trailing_exception_leaves_out_only_what_follows_it(word: str) -> None:
    # A second reader's case (review of 4117ded..5221bfa): "Notes and Billing, save for the
    # on-premises installations of Notes" keeps Billing in scope.
    scope = f"Clinvara Notes and Clinvara Billing, {word} the on-premises installations of Clinvara Notes"
    inventory = replace(INVENTORY, reports=(replace(SOC2, scope=scope),), controls=())
    assert (
        answer("Is Clinvara Billing in the scope of your SOC 2?", YES_NO, inventory).answer == "Yes"
    )


def test_when_a_period_ended_against_the_reports_own_date_is_not_said_by_holding_it() -> None:
    # A second reader's case (review of 4117ded..5221bfa), in other words: the period ended
    # 2026-01-31 and nothing in the inventory dates the report's issue.
    asked = "Did your SOC 2 period end more than five months prior to the date of the report?"
    assert answer(asked, YES_NO).answer == ""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Acme Ledger 3 covered by your SOC 2 Type II report?", "Yes"),
        ("Is Acme Ledger 2 covered by your SOC 2 Type II report?", "No"),
    ],
)
def test_a_products_version_names_its_part_in_a_scope(question: str, expected: str) -> None:
    # inv_rook's kind: "Ruvuma Receita 3" was read as left out by "Ruvuma Receita 2 ... not in
    # scope".
    soc2 = replace(
        SOC2,
        scope="Acme Books and Acme Ledger 3 in AWS; Acme Ledger 2 and Acme Mobile are not in scope",
    )
    inventory = replace(INVENTORY, reports=(soc2, *INVENTORY.reports[1:]))
    assert answer(question, YES_NO, inventory).answer == expected


_CONTRACTORS = Report(
    id="dev-iso",
    kind="ISO 27001",
    title="ISO/IEC 27001 certificate held by Kestrel Dev, Lda. (our contract developer)",
    expires=date(2027, 6, 30),
    scope="Software development of Kestrel Dev, Lda.; it does not cover Northwind Analytics",
)


@pytest.mark.parametrize(
    ("question", "not_expected"),
    [
        # inv_rook's kind: a contractor's own certificate is not the vendor's.
        ("Are you ISO 27001 certified?", "Yes"),
        ("Do you conform with a security framework (e.g., NIST CSF, ISO 27001)?", "Yes"),
        # ... nor is it "not held" when the contractor's is what is asked.
        ("Does your contract developer Kestrel Dev hold an ISO 27001 certificate?", "No"),
    ],
)
def test_a_contractors_certificate_is_not_the_vendors(question: str, not_expected: str) -> None:
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, _CONTRACTORS))
    assert answer(question, YES_NO, inventory).answer != not_expected


def _iso(title: str) -> object:
    iso = Report(id="iso-1", kind="ISO 27001", expires=date(2028, 8, 31), title=title)
    return replace(INVENTORY, reports=(*INVENTORY.reports, iso))


def _site_cert(title: str, scope: str) -> object:
    """INVENTORY with an ISO 27001 certificate of the title and scope given, valid to 2028."""
    cert = Report(id="iso-1", kind="ISO 27001", title=title, expires=date(2028, 5, 1), scope=scope)
    return replace(INVENTORY, reports=(*INVENTORY.reports, cert))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A certificate its title says is suspended is not in force, whatever its expiry.
        ("Is your ISO 27001 certificate currently valid?", "No"),
        ("Are you currently ISO 27001 certified?", "No"),
        ("Has your ISO 27001 certificate expired?", ""),
        ("Have you ever held an ISO 27001 certificate?", "Yes"),
    ],
)
def test_a_certificate_suspended_by_its_title_is_not_in_force(question: str, expected: str) -> None:
    inventory = _iso("ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-02-01 pending audit)")
    assert answer(question, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    "title",
    [
        # Look-alikes: a suspension still to come; a title without one.
        "ISO/IEC 27001:2022 certificate DK-1190 (suspended from 2027-02-01 unless audited)",
        "ISO/IEC 27001:2022 certificate DK-1190",
    ],
)
def test_a_certificate_not_yet_suspended_is_valid(title: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer == "Yes"


def test_another_certificate_withdrawn_by_its_title_is_not_held() -> None:
    cert = Report(
        id="bc-1",
        kind="other",
        title="ISO 22301:2019 certificate NZ-BC-0407 (withdrawn at our request on 2026-01-15)",
        expires=date(2028, 3, 31),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, cert))
    assert answer("Are you certified to ISO 22301?", YES_NO, inventory).answer == "No"
    assert answer("Have you ever been certified to ISO 22301?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    "title",
    [
        # Second reader rev26: a status taken back, still to come, or of something else.
        "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2025-11-01; suspension lifted "
        "2026-01-15 after the follow-up audit)",
        "ISO/IEC 27001:2022 certificate DK-1190 (reinstated on 2026-03-01 after being suspended)",
        "ISO/IEC 27001:2022 certificate DK-1190 (never suspended or withdrawn since 2019)",
        "ISO/IEC 27001:2022 certificate DK-1190 (will be withdrawn at our request when the group "
        "certificate replaces it on 2027-01-31)",
        "ISO/IEC 27001:2022 certificate DK-1190 (the Porto site was withdrawn from scope on "
        "2026-02-01; Lisbon remains certified)",
        "ISO/IEC 27001:2022 certificate DK-1190, replacing certificate DK-0901 revoked in 2024",
    ],
)
def test_a_status_taken_back_or_of_another_thing_leaves_it_valid(title: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer == "Yes"


def test_a_suspension_asked_is_said() -> None:
    inventory = _iso("ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-02-01 pending audit)")
    assert answer("Is your ISO 27001 certificate suspended?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("title", "question", "expected"),
    [
        # redteam76: a certificate's status asked is answered from its title, never from
        # holding it.
        ("(suspension lifted on 2026-02-01 after a follow-up audit)", "currently suspended", "No"),
        ("(never suspended; renewed in 2026)", "been suspended", "No"),
        ("(to be withdrawn at our request on 2026-09-30)", "been withdrawn", "No"),
        (
            "(suspended on 2026-02-01 until a follow-up audit is passed)",
            "currently suspended",
            "Yes",
        ),
        ("", "been withdrawn", ""),
    ],
)
def test_a_status_asked_is_read_from_the_title(title: str, question: str, expected: str) -> None:
    inventory = _iso(f"ISO/IEC 27001:2022 certificate DK-1190 {title}".strip())
    m = answer(f"Has your ISO 27001 certificate {question}?", YES_NO, inventory)
    if question.startswith("currently"):
        m = answer(f"Is your ISO 27001 certificate {question}?", YES_NO, inventory)
    assert m.answer == expected


@pytest.mark.parametrize(
    "title",
    [
        # Lapsed or suspended though the title goes on about an audit or a later date.
        "ISO 9001 certificate QM-1 (lapsed on 2026-01-31 when the surveillance audit was not held)",
        "ISO/IEC 27001:2022 certificate DK-1190 (suspended on 2026-02-01 until a follow-up audit "
        "is passed)",
    ],
)
def test_a_status_with_more_words_still_holds(title: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer == "No"


@pytest.mark.parametrize(
    "title",
    [
        # Other words for a certificate no longer in force (probe redteam77's kind, in other
        # titles): on hold, paused, rescinded, terminated, annulled, deregistered.
        "ISO/IEC 27001:2022 certificate DK-1190 (on hold since 2026-02-10 pending corrective action)",
        "ISO/IEC 27001:2022 certificate DK-1190 (certification paused by the registrar on "
        "2026-01-05)",
        "ISO/IEC 27001:2022 certificate DK-1190 (rescinded 2026-03-02 after a failed audit)",
        "ISO/IEC 27001:2022 certificate DK-1190 (terminated by the certification body on "
        "2026-02-20)",
        "ISO/IEC 27001:2022 certificate DK-1190 (registration annulled 2026-04-01)",
        "ISO/IEC 27001:2022 certificate DK-1190 (deregistered 2026-04-01)",
    ],
)
def test_a_certificate_no_longer_in_force_in_other_words_is_not_valid(title: str) -> None:
    inventory = _iso(title)
    for question in (
        "Is your ISO 27001 certificate currently valid?",
        "Are you currently ISO 27001 certified?",
    ):
        assert answer(question, YES_NO, inventory).answer in ("", "No"), (title, question)


@pytest.mark.parametrize(
    "title",
    [
        # Look-alikes: the words of something else in the title, or a status still to come.
        "ISO/IEC 27001:2022 certificate DK-1190 (scope: on-call and on hold queues of the "
        "support desk)",
        "ISO/IEC 27001:2022 certificate DK-1190 (terminated employees' access reviewed in scope)",
        "ISO/IEC 27001:2022 certificate DK-1190 (to be paused from 2027-05-01 during the merger)",
    ],
)
def test_the_words_of_other_things_in_a_title_leave_it_valid(title: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer == "Yes", title


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The gap between a report's period and its bridge letter, in other words (probe
        # redteam77's kind): a letter runs on from the end of the period it extends.
        ("Is there a gap between your SOC 2 period end and the bridge letter?", "No"),
        ("Any gap between the bridge letter and your SOC 2 report period?", "No"),
        # Look-alikes: the gap to today is another thing.
        ("Is there a gap between your SOC 2 report and today?", "Yes"),
        ("Is there a gap between the bridge letter and today?", "Yes"),
    ],
)
def test_the_gap_between_a_period_and_its_letter_is_none(question: str, expected: str) -> None:
    assert answer(question, YES_NO, INVENTORY).answer == expected


@pytest.mark.parametrize(
    "title",
    [
        # Second reader rev27: a status that ended, was of a site, or words of other things.
        "ISO/IEC 27001:2022 certificate DK-1190 (on hold from 2026-02-10 to 2026-03-01 pending "
        "corrective action; active again)",
        "ISO/IEC 27001:2022 certificate DK-1190 (paused 2026-01-05 while the certification body "
        "changed; resumed 2026-02-15)",
        "ISO/IEC 27001:2022 certificate DK-1190 (paused 2026-01-05 to 2026-02-15 during the "
        "transfer of certification body)",
        "ISO/IEC 27001:2022 certificate DK-1190 (on hold for two weeks in January 2026 while the "
        "auditor changed; in force)",
        "ISO/IEC 27001:2022 certificate DK-1190 (registration terminated on 2026-01-31 for the "
        "Porto site only; Lisbon remains certified)",
        "ISO/IEC 27001:2022 certificate DK-1190 (terminated, suspended and active customer "
        "accounts in scope)",
    ],
)
def test_a_status_over_or_of_a_site_leaves_the_certificate_valid(title: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer == "Yes", title


@pytest.mark.parametrize(
    "title",
    [
        # Second reader rev27: a status in forms the first rule missed.
        "ISO/IEC 27001:2022 certificate DK-1190 (put on hold by Nordic Cert on 2026-02-10)",
        "ISO/IEC 27001:2022 certificate DK-1190 - placed on hold 2026-02-10",
        "ISO/IEC 27001:2022 certificate DK-1190 (status: withdrawn 2026-03-01)",
        "ISO/IEC 27001:2022 certificate DK-1190 (struck off the register on 2026-03-01)",
        "ISO/IEC 27001:2022 certificate DK-1190 (certificate no longer in force since 2026-03-01)",
    ],
)
def test_a_status_in_other_forms_is_not_valid(title: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer in ("", "No"), title


def test_a_status_whose_cause_names_an_office_is_the_certificates() -> None:
    # Probe redteam77: "after a failed re-test of the Maputo office" is why it was rescinded,
    # not a site's status.
    cert = Report(
        id="ce-1",
        kind="other",
        title="Cyber Essentials Plus certificate (rescinded 2026-03-02 after a failed re-test of "
        "the Leeds office)",
        expires=date(2028, 5, 1),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, cert))
    m = answer("Do you hold a current Cyber Essentials Plus certificate?", YES_NO, inventory)
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        # A part named in the scope only to say what it does not do is not in it (probe
        # redteam77's kind, in other words); a part the scope names as in keeps Yes.
        (
            "Card payments at our Lisbon shops through P2PE terminals; Tejo Loyalty and Tejo "
            "Booking do not store, process or transmit card numbers",
            "",
        ),
        (
            "Card payments taken in Tejo Booking and at our Lisbon shops; refunds are not "
            "processed by the terminals",
            "Yes",
        ),
        # Probe redteam78: the denial in other verbs (storing alone is not: a part that passes
        # card numbers on is in scope, second reader rev28).
        (
            "Tejo Booking does not store card numbers but transmits them to Adyen and is "
            "assessed as a SAQ A-EP merchant",
            "Yes",
        ),
        (
            "Card payments on the hosted checkout page of our payment provider; Tejo Booking "
            "and Tejo Loyalty never receive card numbers",
            "",
        ),
        (
            "Card payments at our Lisbon shops; Tejo Booking staff do not see or handle "
            "cardholder data",
            "",
        ),
    ],
)
def test_a_part_named_only_to_say_what_it_does_not_do_is_not_in_scope(
    scope: str, expected: str
) -> None:
    pci = Report(
        id="pci-1",
        kind="PCI DSS",
        title="PCI DSS v4.0 Attestation of Compliance",
        expires=date(2027, 5, 31),
        scope=scope,
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, pci))
    m = answer("Is Tejo Booking in scope of your PCI DSS assessment?", YES_NO, inventory)
    assert m.answer == expected


@pytest.mark.parametrize(
    "title",
    [
        # Probe redteam78's kind in other words: a certificate not in force by a word the list
        # lacked (in abeyance, not renewed, voided, frozen, discontinued, inactive).
        "ISO/IEC 27001:2022 certificate DK-1190 (held in abeyance by the registrar since "
        "2026-02-10 pending a special audit)",
        "ISO/IEC 27001:2022 certificate DK-1190 (not renewed after 2026-03-01)",
        "ISO/IEC 27001:2022 certificate DK-1190 (certificate voided on 2026-03-01)",
        "ISO/IEC 27001:2022 certificate DK-1190 (frozen since 2026-03-01 pending corrective "
        "action)",
        "ISO/IEC 27001:2022 certificate DK-1190 (status: inactive since 2026-03-01)",
        # second reader rev29
        "ISO/IEC 27001:2022 certificate DK-1190 (status: expired early, 2026-04-01)",
        "ISO/IEC 27001:2022 certificate DK-1190 (dormant since 2026-04-01)",
        "ISO/IEC 27001:2022 certificate DK-1190 (certification ceased 2026-04-01)",
        "ISO/IEC 27001:2022 certificate DK-1190 (surrendered by the holder 2026-04-01)",
    ],
)
def test_a_certificate_not_in_force_by_more_words_is_not_valid(title: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer in ("", "No"), title


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Probe redteam78's kind in other words: a site named in the title only where its
        # certification is withdrawn or taken out is not covered; the sites that remain are.
        ("Is the Porto site covered by your ISO 27001 certification?", "No"),
        ("Is the Lisbon site covered by your ISO 27001 certification?", "Yes"),
        ("Is the Faro site covered by your ISO 27001 certification?", "No"),
    ],
)
def test_a_site_withdrawn_in_the_title_is_not_covered(question: str, expected: str) -> None:
    inventory = _site_cert(
        "ISO/IEC 27001:2022 certificate PT-4410 (certification of the Porto site withdrawn "
        "2026-01-31; Faro removed from scope in 2025; Lisbon remains certified)",
        "Software development and support at the Lisbon, Porto and Faro sites",
    )
    assert answer(question, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        # Probe redteam78's kind in other words: a part of a product left out (its legacy
        # client, its mobile app) does not take the product out; the product itself left out,
        # alone or with its app, does.
        (
            "Tejo Booking and Tejo Loyalty on AWS; the Tejo Booking offline kiosk app is excluded",
            "Yes",
        ),
        (
            "Tejo Booking and Tejo Loyalty on AWS; the Tejo Booking partner API is out of scope",
            "Yes",
        ),
        ("Tejo Loyalty on AWS; Tejo Booking and its mobile app are excluded", "No"),
        ("Tejo Loyalty on AWS; Tejo Booking is out of scope", "No"),
        # Second reader rev29: the application itself, or every deployment of it, is the
        # product (the old answer, No, stands).
        (
            "Infrastructure that hosts Tejo Booking and Tejo Loyalty on AWS; the Tejo Booking "
            "application itself is excluded",
            "No",
        ),
        (
            "Tejo Booking and Tejo Loyalty hosting on AWS; all Tejo Booking customer "
            "deployments are out of scope",
            "No",
        ),
    ],
)
def test_a_part_of_a_product_left_out_leaves_the_product_in(scope: str, expected: str) -> None:
    soc2 = replace(SOC2, scope=scope)
    inventory = replace(INVENTORY, reports=(soc2,))
    m = answer("Is Tejo Booking in scope of your SOC 2 report?", YES_NO, inventory)
    assert m.answer == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        # Second reader rev29: each site by its own clause's status; a status taken back, or
        # of another site in the same parenthesis, leaves it covered.
        ("(Lisbon and Braga remain certified after the Porto site was withdrawn)", "Lisbon", "Yes"),
        ("(Lisbon and Braga remain certified after the Porto site was withdrawn)", "Porto", "No"),
        ("(Porto withdrawn, Lisbon and Braga still certified)", "Braga", "Yes"),
        ("(Braga certification reinstated 2026-02-01 after being suspended)", "Braga", "Yes"),
        ("(Porto site added 2026-01-15, after the Faro site was withdrawn)", "Porto", "Yes"),
        ("(Braga site suspended 2026-01-31, Lisbon and Porto unaffected)", "Lisbon", "Yes"),
        ("(Braga site suspended 2026-01-31, Lisbon and Porto unaffected)", "Braga", "No"),
        ("(Porto site: previously excluded, brought into scope 2026-01)", "Porto", "Yes"),
        ("(Porto site, formerly suspended, fully reinstated 2026-02-01)", "Porto", "Yes"),
        ("(Lisbon head office; Braga site excluded, Porto site covered)", "Porto", "Yes"),
        ("(Porto site no longer in scope from 2026-01-31)", "Porto", "No"),
    ],
)
def test_each_site_in_a_title_by_its_own_status(title: str, site: str, expected: str) -> None:
    inventory = _site_cert(
        f"ISO/IEC 27001:2022 certificate PT-4410 {title}",
        "Software development and support at the Lisbon, Porto and Braga sites",
    )
    question = f"Is the {site} site covered by your ISO 27001 certification?"
    assert answer(question, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Second reader rev30: the status of an earlier certificate is not this one's; a
        # renewal still to come, or one in the past, does not take a status back.
        (
            "ISO/IEC 27001:2022 certificate DK-1190 (the prior certificate DK-0901 was "
            "surrendered on 2025-08-31 when this one was issued)",
            "Yes",
        ),
        ("ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-02-01 until renewed)", "No"),
        (
            "ISO/IEC 27001:2022 certificate DK-1190 (withdrawn 2026-02-01; it was last renewed in 2023)",
            "No",
        ),
    ],
)
def test_the_status_is_this_certificates_own(title: str, expected: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert (m.answer or "No") == expected, title


@pytest.mark.parametrize(
    "title",
    [
        # The second readers' let-throughs: the whole certificate not in force, whatever its
        # cause names, covers no site.
        "ISO/IEC 27001:2022 certificate PT-4410 (suspended since the Porto site failed its "
        "surveillance audit)",
        "ISO/IEC 27001:2022 certificate PT-4410 (status: suspended; sites: Lisbon, Porto, Braga)",
    ],
)
def test_a_site_is_not_covered_by_a_certificate_not_in_force(title: str) -> None:
    inventory = _site_cert(
        title, "Software development and support at the Lisbon, Porto and Braga sites"
    )
    m = answer("Is the Lisbon site covered by your ISO 27001 certification?", YES_NO, inventory)
    assert m.answer != "Yes", title


def test_a_certificate_recertified_on_a_date_is_valid() -> None:
    title = "ISO/IEC 27001:2022 certificate DK-1190 (withdrawn 2025-06-01; recertified 2025-09-01)"
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer == "Yes"
    # ... but not by the last renewal before the status
    title = (
        "ISO/IEC 27001:2022 certificate DK-1190 (status: suspended 2026-02-01; last recertified "
        "2025-09-01)"
    )
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer != "Yes"


def test_a_certificate_never_recertified_is_not_valid() -> None:
    title = "ISO/IEC 27001:2022 certificate DK-1190 (withdrawn 2026-02-01; never recertified)"
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    ("scope", "asked", "expected"),
    [
        # A part not connected to the cardholder data environment is not in scope; a denial
        # in another part's clause says nothing of the part asked (second reader rev31).
        (
            "Card payments in Tejo Pay; Tejo Booking is not connected to the cardholder data "
            "environment",
            "Tejo Booking",
            "",
        ),
        (
            "Tejo Pay, whose tokenisation means card data never reaches the merchant's servers",
            "Tejo Pay",
            "Yes",
        ),
        ("Tejo Pay, where card data never enters the logs", "Tejo Pay", "Yes"),
    ],
)
def test_a_part_not_connected_to_card_data_is_not_in_scope(
    scope: str, asked: str, expected: str
) -> None:
    pci = Report(
        id="pci-1",
        kind="PCI DSS",
        title="PCI DSS v4.0 Attestation of Compliance",
        expires=date(2027, 5, 31),
        scope=scope,
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, pci))
    m = answer(f"Is {asked} in scope of your PCI DSS assessment?", YES_NO, inventory)
    assert m.answer == expected, scope


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Second reader rev31: a renewal takes a status back only when dated after it and by
        # the day of the answer; a condition ("suspended when ...") is no status.
        ("(withdrawn 2026-02-01; it had been recertified 2025-09-01)", "No"),
        ("(withdrawn 2026-02-01; recertified 2026-09-01 expected)", "No"),
        ("(suspended 2026-02-01; not recertified 2026-03-01 as planned)", "No"),
        ("(suspended 2026-02-01; the Braga certificate DK-2200 was reissued 2026-03-01)", "No"),
        ("(expired 2025-08-31 and renewed 2025-09-01)", "Yes"),
        (
            "(certificate is suspended when a surveillance audit is missed; all audits passed)",
            "Yes",
        ),
    ],
)
def test_a_renewal_takes_back_only_an_earlier_status(title: str, expected: str) -> None:
    m = answer(
        "Is your ISO 27001 certificate currently valid?",
        YES_NO,
        _iso(f"ISO/IEC 27001:2022 certificate DK-1190 {title}"),
    )
    assert (m.answer or "No") == expected, title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # redteam79: a status later in a list of dated events is the certificate's status now.
        ("(surveillance audit passed 2025-10-01; revoked 2026-03-15 by the body)", "No"),
        ("(issued 2024-05-01, then cancelled on 2026-01-10 at our request)", "No"),
        ("(recertified 2025-09-01, lapsed 2026-04-01 after a missed audit)", "No"),
        (
            "(suspended 2025-11-02, lifted 2025-12-01; suspended again 2026-02-01 pending audit)",
            "No",
        ),
        # A reinstatement dated after the status and by the day of the answer takes it back.
        ("(suspended 2026-01-15; reinstated 2026-03-01 after the follow-up audit)", "Yes"),
        ("(suspended 2026-01-15; reinstated 2026-09-01 after the follow-up audit)", "No"),
        ("(issued 2024-05-01; scope: the Lisbon office)", "Yes"),
        # Second reader rev32: a status said of a site or a part is not the certificate's.
        ("(issued 2025-09-01, withdrawn from the Faro site 2026-02-01)", "Yes"),
        ("(issued 2025-09-01; suspended for the Porto site 2026-02-01)", "Yes"),
        ("(issued 2025-09-01; suspended at the Porto site pending corrective actions)", "Yes"),
        ("(issued 2025-09-01; terminated for the Faro office 2026-02-01)", "Yes"),
        ("(issued 2025-09-01, revoked in part 2026-02-01: the Faro site only)", "Yes"),
        # Second reader rev33: a status of every site or the whole scope is the certificate's.
        ("(issued 2025-09-01; withdrawn 2026-02-01 for all sites)", "No"),
        ("(issued 2025-09-01; suspended 2026-02-01 for the Lisbon site, the only site)", "No"),
        # rev28's cases: a site's failed audit as the cause, our only site, the single office.
        ("(suspended 2026-03-02 for the Leeds office's failed audit)", "No"),
        ("(suspended 2026-02-01 for the Porto site, our only site)", "No"),
        ("(suspended 2026-02-01 for the single office in scope)", "No"),
        # Second reader rev34: all sites but one is a part.
        ("(issued 2025-09-01; withdrawn 2026-02-01 for all sites except Porto)", "Yes"),
        # A site named as the cause is no scope: the certificate's own status.
        ("(issued 2025-09-01; suspended 2026-02-01 after the Faro site failed its audit)", "No"),
    ],
)
def test_the_last_status_in_a_list_of_dated_events_holds(title: str, expected: str) -> None:
    m = answer(
        "Is your ISO 27001 certificate currently valid?",
        YES_NO,
        _iso(f"ISO/IEC 27001:2022 certificate DK-1190 {title}"),
    )
    assert (m.answer or "No") == expected, title


@pytest.mark.parametrize(
    ("title", "site"),
    [
        # Second reader rev31: a status of one site leaves the others covered.
        ("(suspended 2026-02-01 at the Porto site; Lisbon, Braga and Faro unaffected)", "Lisbon"),
        ("(withdrawn 2026-01-31 in respect of Faro; other sites unaffected)", "Braga"),
    ],
)
def test_a_status_of_one_site_leaves_the_others_covered(title: str, site: str) -> None:
    inventory = _site_cert(
        f"ISO/IEC 27001:2022 certificate DK-1190 {title}",
        "Software development and support at the Lisbon, Porto, Braga and Faro sites",
    )
    m = answer(f"Is the {site} site covered by your ISO 27001 certification?", YES_NO, inventory)
    assert m.answer == "Yes"


def _two_certs() -> object:
    """INVENTORY with two ISO 27001 certificates by number: DK-1190 in force, PT-0450
    surrendered before the day of the answer."""
    live = Report(
        id="iso-live",
        kind="ISO 27001",
        title="ISO/IEC 27001:2022 certificate DK-1190 of Northwind Analytics",
        expires=date(2028, 8, 31),
    )
    gone = Report(
        id="iso-gone",
        kind="ISO 27001",
        title="ISO/IEC 27001:2013 certificate PT-0450 (surrendered 2026-01-31 on transfer)",
        expires=date(2027, 3, 31),
    )
    return replace(INVENTORY, reports=(*INVENTORY.reports, live, gone))


@pytest.mark.parametrize(
    "question",
    [
        "Is ISO 27001 certificate PT-0450 still valid?",
        "Is certificate PT-0450 in force?",
        # Second reader rev33: the number in other places beside its noun.
        "Is your certificate (PT-0450) currently valid?",
        "Is certificate number: PT-0450 currently valid?",
        "Is PT-0450 still a valid certificate?",
        "Can you confirm certificate PT-0450 is current?",
        # A number no certificate held bears: neither the other certificate nor the SOC 2.
        "Is certificate NO-9999 valid?",
        "Is ISO 27001 certificate NO-9999 valid?",
    ],
)
def test_a_certificate_asked_by_its_number_is_answered_by_that_one_only(question: str) -> None:
    m = answer(question, YES_NO, _two_certs())
    assert m.answer != "Yes", question


def test_the_certificate_in_force_still_answers() -> None:
    for question in (
        "Is ISO 27001 certificate DK-1190 still valid?",
        "Is the DK-1190 certificate still valid?",
        # Second reader rev32: a question's own reference is no certificate's number.
        "Q-3.2 Is your ISO 27001 certificate currently valid?",
        "Ref. ISMS-7: Is your ISO 27001 certificate currently valid?",
        "Is your ISO 27001 certificate valid (see GDPR Art-28 annex)?",
        # Algorithms with numbers are no certificate's number.
        "Is ISO 27001 certificate DK-1190, signed with SHA-256, still valid?",
    ):
        m = answer(question, YES_NO, _two_certs())
        assert (m.answer, m.filled) == ("Yes", True), question
    # A standard's name with a hyphen is the standard ("ISO-27001"), not another credential.
    one = _iso("ISO/IEC 27001:2022 certificate DK-1190 of Northwind Analytics")
    for question in (
        "Is your ISO-27001 certificate valid?",
        "Is your ISO/IEC-27001 certificate current?",
    ):
        m = answer(question, YES_NO, one)
        assert (m.answer, m.filled) == ("Yes", True), question


@pytest.mark.parametrize(
    ("org", "question"),
    [
        ("Northgate SOC Services Ltd", "Does your SOC 2 include the confidentiality category?"),
        ("Baltic Privacy Audit Partners", "Does your SOC 2 report cover the Privacy criteria?"),
        ("Meridian ISO Assurance GmbH", "Does your SOC 2 include processing integrity?"),
    ],
)
def test_a_firm_named_with_a_reports_own_words_is_not_what_is_asked(
    org: str, question: str
) -> None:
    # "Atlantic SOC Partners" shares only "SOC" with "Does your SOC 2 include ...?": the
    # question asks of a category, not of the firm.
    soc2 = replace(
        SOC2,
        subservice_orgs=(*SOC2.subservice_orgs, SubserviceOrg(org, "inclusive", ("monitoring",))),
    )
    inventory = replace(INVENTORY, reports=(soc2, *INVENTORY.reports[1:]))
    m = answer(question, YES_NO, inventory)
    assert m.answer != "Yes", org
    # The firm asked by its own name is still found.
    first = org.split()[0]
    m = answer(f"Is {first} included in your SOC 2?", YES_NO, inventory)
    assert (m.answer, m.filled) == ("Yes", True), org


@pytest.mark.parametrize(
    "org", ["Compliance Associates LLC", "Assurance Partners Inc", "PCI Assurance Associates"]
)
def test_a_firm_named_only_with_a_reports_words_is_still_found_by_them(org: str) -> None:
    # Second reader rev32: a name of nothing but a report's words is told by those words.
    soc2 = replace(
        SOC2,
        subservice_orgs=(*SOC2.subservice_orgs, SubserviceOrg(org, "inclusive", ("monitoring",))),
    )
    inventory = replace(INVENTORY, reports=(soc2, *INVENTORY.reports[1:]))
    name = org.removesuffix(" LLC").removesuffix(" Inc")
    m = answer(f"Is {name} included in your SOC 2?", YES_NO, inventory)
    assert (m.answer, m.filled) == ("Yes", True), org


@pytest.mark.parametrize(
    "title",
    [
        # Probe redteam80: a reinstatement not done, to come or asked for is none.
        "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-01-10; not reinstated since)",
        "ISO/IEC 27001:2022 certificate DK-1190 (on hold since 2026-01-10; the hold has not yet "
        "been lifted)",
        "ISO/IEC 27001:2022 certificate DK-1190 (withdrawn 2026-01-10; to be restored after the "
        "March audit)",
        "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-01-10; we have asked for it to be "
        "reinstated)",
        "ISO/IEC 27001:2022 certificate DK-1190 (certificate withheld by the certification body "
        "since 2026-01-10)",
    ],
)
def test_a_certificate_whose_reinstatement_is_not_done_is_not_valid(title: str) -> None:
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, _iso(title))
    assert m.answer != "Yes", title


@pytest.mark.parametrize(
    ("title", "part"),
    [
        (
            "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-01-10 for the Leiria laboratory "
            "only)",
            "Leiria laboratory",
        ),
        (
            "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-01-10 for Coimbra operations)",
            "Coimbra operations",
        ),
        (
            "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-01-10 for the Tejo Booking "
            "product)",
            "Tejo Booking product",
        ),
    ],
)
def test_a_status_of_a_part_in_other_words_is_the_parts(title: str, part: str) -> None:
    # Not the certificate's status: it stays valid, and is not suspended as a whole ...
    inventory = _iso(title)
    m = answer("Is your ISO 27001 certificate currently valid?", YES_NO, inventory)
    assert m.answer != "No", title
    m = answer("Is your ISO 27001 certificate suspended?", YES_NO, inventory)
    assert m.answer != "Yes", title
    # ... but it is suspended for the part named.
    m = answer(f"Is your ISO 27001 certificate suspended for the {part}?", YES_NO, inventory)
    assert m.answer == "Yes", title


@pytest.mark.parametrize(
    ("question", "title", "expected"),
    [
        # Second reader rev36: a cause or a time after the status is no part; a reinstatement
        # done at the vendor's request is done.
        (
            "Is your ISO 27001 certificate currently valid?",
            "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-01-10 for failures in "
            "security operations)",
            "No",
        ),
        (
            "Is your ISO 27001 certificate suspended?",
            "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-05-20 for Security Operations "
            "failings)",
            "Yes",
        ),
        (
            "Is your ISO 27001 certificate currently valid?",
            "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2026-05-20 for 90 days only)",
            "No",
        ),
        (
            "Has your ISO 27001 certificate been withdrawn?",
            "ISO/IEC 27001:2022 certificate DK-1190 (withdrawn 2026-04-01 for unpaid services)",
            "Yes",
        ),
        (
            "Is your ISO 27001 certificate currently valid?",
            "ISO/IEC 27001:2022 certificate DK-1190 (suspended 2025-03-01; at our request "
            "reinstated 2025-05-10)",
            "Yes",
        ),
    ],
)
def test_a_status_with_its_cause_or_a_done_reinstatement_reads_as_before(
    question: str, title: str, expected: str
) -> None:
    m = answer(question, YES_NO, _iso(title))
    assert m.answer == expected, title
