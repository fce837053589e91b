"""A vendor inside a group: what a parent or sister company holds, tests or suffered is never
answered as the vendor's own (probe redteam62's kind, in other words)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import INVENTORY, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Contact, EvidenceDocument, Report

# A sister company's SOC 2: it names the vendor (Northwind Analytics) only to leave its
# products out.
SISTERS = Report(
    id="soc2-sister",
    kind="SOC 2",
    type="Type II",
    title="SOC 2 Type II report on Kestrel Ledger",
    period_start=date(2025, 4, 1),
    period_end=date(2026, 3, 31),
    categories=("security", "confidentiality"),
    scope=(
        "Kestrel Ledger and the shared group identity service; Northwind Pulse and "
        "Northwind Studio are outside the scope of this examination"
    ),
    opinion="unqualified",
)


def _group(*docs: EvidenceDocument, answers: tuple[ApprovedAnswer, ...] = ()) -> object:
    return replace(INVENTORY, reports=(SISTERS,), documents=docs, answers=answers)


@pytest.mark.parametrize(
    "question",
    [
        "Do you have a current SOC 2 Type II report?",
        "Does your SOC 2 report include the confidentiality criteria?",
        "Has an independent auditor issued a SOC 2 report on your services?",
    ],
)
def test_a_sister_companys_report_is_not_the_vendors(question: str) -> None:
    got = answer(question, YES_NO, _group())
    assert got.answer != "Yes", question


def test_a_report_that_keeps_a_product_of_the_vendor_in_is_its_own() -> None:
    # Look-alike: the scope leaves one product out and keeps the vendor's other in.
    own = replace(
        SISTERS,
        title="SOC 2 Type II report",
        scope="Northwind Pulse and its hosting; Northwind Studio is not in scope",
    )
    inventory = replace(INVENTORY, reports=(own,))
    assert answer("Do you have a SOC 2 Type II report?", YES_NO, inventory).answer == "Yes"
    # A part of the vendor's own left out ("Northwind's corporate IT") keeps it the vendor's.
    mine = replace(
        SISTERS,
        title="SOC 2 Type II report on the Pulse platform",
        scope="The Pulse platform; Northwind's corporate IT is not in scope",
    )
    inventory = replace(INVENTORY, reports=(mine,))
    assert answer("Do you have a SOC 2 Type II report?", YES_NO, inventory).answer == "Yes"


def test_a_test_of_the_sister_companys_product_is_not_the_vendors() -> None:
    test = EvidenceDocument(
        "pt-sister",
        "External penetration test report for Kestrel Ledger (May 2026)",
        ("penetration test",),
        date=date(2026, 5, 14),
    )
    inventory = _group(test)
    question = (
        "Has a third-party security assessment of your systems been completed within the past year?"
    )
    assert answer(question, YES_NO, inventory).answer != "Yes"
    # Look-alike: the same test of the vendor's own product is its own.
    ours = replace(test, title="External penetration test report for Northwind Pulse (May 2026)")
    assert answer(question, YES_NO, _group(ours)).answer == "Yes"


@pytest.mark.parametrize(
    "told",
    [
        "The group security team of twelve sits in Dublin; at Northwind two engineers share "
        "security duties with infrastructure work.",
        "Security responsibilities are shared with IT operations by our platform lead.",
        "Security work is split between IT operations and the developers.",
    ],
)
def test_security_duties_shared_with_another_function_are_not_a_dedicated_team(told: str) -> None:
    inventory = replace(
        INVENTORY,
        contact=Contact("Ana Ruiz", "sec@northwind.example", "Head of Security", ""),
        answers=(ApprovedAnswer("Who looks after information security?", told),),
    )
    for question in (
        "Do you have a dedicated information security team or office?",
        "Do you have dedicated information security staff?",
    ):
        assert answer(question, YES_NO, inventory).answer != "Yes", question


def test_a_dedicated_team_told_beside_shared_work_of_another_kind_stays() -> None:
    # Look-alike: work shared with a customer, not a function of the vendor.
    told = "Our dedicated security team of five monitors the platform; customers share log reviews with us."
    inventory = replace(
        INVENTORY, answers=(ApprovedAnswer("Describe your security organisation.", told),)
    )
    question = "Do you have a dedicated information security team?"
    assert answer(question, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    "told",
    [
        "In February 2026 a support laptop was stolen from a car; its disk was encrypted and no "
        "regulator was told. Northwind has never had a personal data breach.",
        "In January 2026 a phishing e-mail led an engineer to enter his password on a fake "
        "page; we reset it within the hour. Our parent reported a breach to the ICO in 2025. We "
        "have had no personal data breach.",
    ],
)
@pytest.mark.parametrize(
    "question",
    [
        "Have you had a personal data breach in the last two years?",
        "Has your company suffered a personal data breach within the past 24 months?",
    ],
)
def test_an_event_told_beside_the_vendors_own_denial_is_not_the_breach_asked(
    told: str, question: str
) -> None:
    inventory = replace(INVENTORY, answers=(ApprovedAnswer("Have you had a data breach?", told),))
    assert answer(question, YES_NO, inventory).answer != "Yes"


def test_one_products_denial_beside_an_event_in_the_window_keeps_the_event() -> None:
    # Look-alike: "Northwind Studio had no outage" is one product's, not the vendor's.
    told = (
        "On 2026-03-02 Northwind Pulse was unavailable for four hours after a failed upgrade. "
        "Northwind Studio had no outage in 2026."
    )
    inventory = replace(INVENTORY, answers=(ApprovedAnswer("Have you had any outages?", told),))
    question = "Have you had an unplanned outage in the past 12 months?"
    assert answer(question, YES_NO, inventory).answer == "Yes"


# ------------------------------------------------ a second reader's cases (review of 6827cde..c109548)


@pytest.mark.parametrize(
    ("title", "scope"),
    [
        (
            "SOC 2 Type II report on the Pulse platform",
            "The Pulse platform and its supporting AWS infrastructure; Northwind Studio is not in "
            "scope",
        ),
        (
            "SOC 2 Type II report",
            "Pulse and its hosting on AWS. Northwind Studio and Northwind Labs are excluded",
        ),
    ],
)
def test_the_vendors_own_report_on_a_product_named_alone_stays_its_own(
    title: str, scope: str
) -> None:
    own = replace(SISTERS, title=title, scope=scope)
    inventory = replace(INVENTORY, reports=(own,))
    assert answer("Do you have a SOC 2 Type II report?", YES_NO, inventory).answer == "Yes"


def test_a_vendor_named_by_a_common_word_keeps_its_report() -> None:
    own = replace(
        SISTERS,
        title="SOC 2 Type II report on Ledger Core",
        scope="Ledger Core payments platform and its AWS hosting; Open Banking connectors are not in scope",
    )
    inventory = replace(INVENTORY, vendor="Open Ledger Ltd", reports=(own,))
    assert answer("Do you have a SOC 2 Type II report?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    "left_out",
    [
        "The examination does not cover Northwind Pulse or Northwind Studio",
        "Northwind Pulse and Northwind Studio are carved out of this examination",
    ],
)
def test_a_sister_companys_report_leaving_the_vendor_out_in_other_words(left_out: str) -> None:
    sisters = replace(
        SISTERS, scope=f"Kestrel Ledger and the shared group identity service; {left_out}"
    )
    inventory = replace(INVENTORY, reports=(sisters,))
    assert answer("Do you have a SOC 2 Type II report?", YES_NO, inventory).answer != "Yes"


def test_a_test_of_the_sister_and_the_vendor_together_is_the_vendors_too() -> None:
    test = EvidenceDocument(
        "pt-both",
        "Penetration test report for Kestrel Ledger and Northwind Pulse (May 2026)",
        ("penetration test",),
        date=date(2026, 5, 14),
    )
    question = (
        "Has a third-party security assessment of your systems been completed within the past year?"
    )
    assert answer(question, YES_NO, _group(test)).answer == "Yes"


@pytest.mark.parametrize(
    "told",
    [
        "The security function is merged into IT operations.",
        "Security work is split between IT operations and the developers.",
    ],
)
def test_security_merged_into_another_function_is_no_dedicated_staff(told: str) -> None:
    inventory = replace(
        INVENTORY,
        contact=Contact("Ana Ruiz", "sec@northwind.example", "Head of Security", ""),
        answers=(ApprovedAnswer("Who looks after information security?", told),),
    )
    asked = "Do you have dedicated information security staff?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "told",
    [
        "Our dedicated security team of five runs monthly scans; findings are shared with IT "
        "operations for fixing.",
        "Yes. We have a dedicated security team of three; incident costs are split between IT "
        "and finance.",
    ],
)
def test_a_dedicated_team_beside_other_things_shared_stays(told: str) -> None:
    inventory = replace(
        INVENTORY, answers=(ApprovedAnswer("Describe your security organisation.", told),)
    )
    asked = "Do you have a dedicated information security team?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    "denial",
    [
        "Northwind Analytics has never had a personal data breach.",
        "To date, we have had no personal data breach.",
        "No personal data breach has ever occurred at Northwind.",
        "There has never been a personal data breach at Northwind.",
    ],
)
def test_the_vendors_own_denial_in_other_words(denial: str) -> None:
    told = (
        "In February 2026 a support laptop was stolen from a car; its disk was encrypted and no "
        f"regulator was told. {denial}"
    )
    answers = (ApprovedAnswer("Have you had a data breach?", told),)
    asked = "Have you had a personal data breach in the last two years?"
    assert answer(asked, YES_NO, INVENTORY, answers).answer != "Yes"


@pytest.mark.parametrize(
    "narrower",
    [
        "We have had no breach requiring notification to a regulator.",
        "We have had no breach of payment card data.",
    ],
)
def test_a_narrower_denial_keeps_the_breach_told_beside_it(narrower: str) -> None:
    told = (
        "In February 2026 an attacker copied 4,000 customer names and e-mail addresses from a "
        f"misconfigured storage bucket. {narrower}"
    )
    answers = (ApprovedAnswer("Have you had a data breach?", told),)
    asked = "Have you had a data breach in the last 12 months?"
    assert answer(asked, YES_NO, INVENTORY, answers).answer == "Yes"


def test_a_certificate_whose_title_says_it_is_not_the_vendors_is_another_entitys() -> None:
    # Blind tune set inv_hawfinch's kind: a subsidiary's ISO 27001 titled "(not a certificate
    # of Sarnıç Kültür Yazılımları A.Ş.)" answered the framework question Yes.
    iso = Report(
        id="iso-sub",
        kind="ISO 27001",
        title=(
            "ISO/IEC 27001:2022 certificate of Northwind Baltic UAB (not a certificate of "
            "Northwind Analytics, Inc.)"
        ),
        issued=date(2025, 9, 1),
        expires=date(2028, 8, 31),
        scope="Sales and first-line support from the Vilnius office",
    )
    inventory = replace(INVENTORY, reports=(iso,))
    assert answer("Are you ISO 27001 certified?", YES_NO, inventory).answer != "Yes"
    # Look-alike: a vendor's own certificate that is not one of a part keeps it the vendor's.
    own = replace(
        iso,
        title="ISO/IEC 27001:2022 certificate of Northwind Analytics, Inc. (not a certificate of "
        "the hosted products)",
        scope="The Boston office and corporate IT",
    )
    inventory = replace(INVENTORY, reports=(own,))
    assert answer("Are you ISO 27001 certified?", YES_NO, inventory).answer == "Yes"


def test_a_group_company_s_own_certificate_answers_whether_it_holds_one() -> None:
    # Blind tune sets inv_siskin's and inv_hawfinch's kind, with the certificate now another
    # entity's: "Does your Polish subsidiary, X, hold a valid ISO 27001 certificate?" was No.
    iso = Report(
        id="iso-parent",
        kind="ISO 27001",
        title="ISO/IEC 27001:2022 certificate of Northwind Holdings plc, our holding company "
        "(not a certificate of Northwind Analytics, Inc.)",
        issued=date(2025, 9, 1),
        expires=date(2028, 8, 31),
    )
    inventory = replace(INVENTORY, reports=(iso,))
    got = answer("Does your holding company hold an ISO 27001 certificate?", YES_NO, inventory)
    assert (got.answer, got.filled) == ("Yes", True)
    assert answer("Are you ISO 27001 certified?", YES_NO, inventory).answer != "Yes"
    # Another group company than the one the certificate names, or what it covers: the
    # reviewer's, never our own No.
    for asked in (
        "Does your Irish subsidiary hold an ISO 27001 certificate?",
        "Does your holding company's ISO 27001 certificate cover our data?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    lapsed = replace(iso, expires=date(2026, 1, 31))
    inventory = replace(INVENTORY, reports=(lapsed,))
    asked = "Does your holding company hold an ISO 27001 certificate?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_second_reader_cases_of_whose_a_certificate_is() -> None:
    # Review of 1b7e1c7..4f7496d: a disclaimer of a product or part is no disclaimer of the
    # vendor; a role inside the disclaimer is not whose it is; what it applies to is asked.
    own = Report(
        id="iso-own",
        kind="ISO 27001",
        title="ISO/IEC 27001:2022 certificate of Northwind Analytics, Inc. (not a certificate "
        "of Northwind Vault, which is out of scope)",
        issued=date(2025, 9, 1),
        expires=date(2028, 8, 31),
    )
    inventory = replace(INVENTORY, reports=(own,))
    assert answer("Are you ISO 27001 certified?", YES_NO, inventory).answer == "Yes"
    sub = replace(
        own,
        id="iso-sub",
        title="ISO/IEC 27001:2022 certificate of Northwind Baltic UAB (not a certificate of its "
        "parent company, Northwind Analytics, Inc.)",
    )
    inventory = replace(INVENTORY, reports=(sub,))
    asked = "Does your parent company hold an ISO 27001 certificate?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    parent = replace(
        own,
        id="iso-parent",
        title="ISO/IEC 27001:2022 certificate of Northwind Holdings plc, our parent company "
        "(not a certificate of Northwind Analytics, Inc.)",
        scope="Group HR and finance functions at the London head office",
    )
    inventory = replace(INVENTORY, reports=(parent,))
    asked = "Does your parent company hold an ISO 27001 certificate that applies to our data?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    # The vendor asked with its group is answered by the vendor's own certificate.
    both = replace(INVENTORY, reports=(parent, own))
    asked = "Do you or any of your subsidiaries hold an ISO 27001 certificate?"
    assert answer(asked, YES_NO, both).answer == "Yes"
