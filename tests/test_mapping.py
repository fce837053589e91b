"""Mapping rules of spec section 6 and DOMAIN.md section 4: one table row per rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from socproc.inventory.load import (
    ApprovedAnswer,
    Control,
    EvidenceDocument,
    Inventory,
    Report,
    ReportException,
    SubserviceOrg,
    load_inventory,
)
from socproc.mapping.demand import build_demand, need_tallies
from socproc.mapping.holdings import add_months
from socproc.mapping.map import evidence_items, map_all, map_requirement
from socproc.model import Classification, Mapping, Requirement, Response, Settings, SocNeed, Status
from socproc.result import Result

AS_OF = date(2026, 11, 26)
SOC1, T1, T2, SOC3 = SocNeed.SOC1, SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2, SocNeed.SOC3
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "inventory.yaml"

SOC2 = Report(
    id="soc2",
    kind="SOC 2",
    type="Type II",
    period_start=date(2025, 10, 1),
    period_end=date(2026, 9, 30),
    issued=date(2026, 11, 6),
    categories=("security", "availability"),
    subservice_orgs=(
        SubserviceOrg("AWS", "carve-out", ("hosting",)),
        SubserviceOrg("Okta", "inclusive"),
    ),
    exceptions=(ReportException(("CC6.2",), "late terminations"),),
    opinion="unqualified",
    sharing="nda",
)
OLD = replace(SOC2, id="soc2-old", period_start=date(2024, 7, 1), period_end=date(2025, 6, 30))
AGING = replace(SOC2, id="soc2-aging", period_start=date(2025, 7, 1), period_end=date(2026, 6, 30))
TYPE1 = replace(SOC2, id="soc2-t1", type="Type I", period_start=date(2026, 9, 30))
SOC3_R = Report(
    id="soc3",
    kind="SOC 3",
    period_end=date(2026, 9, 30),
    categories=("security",),
    sharing="public",
    file="https://x.example/soc3.pdf",
)
ISAE3402 = Report(
    id="isae",
    kind="ISAE 3402",
    type="Type II",
    period_start=date(2025, 10, 1),
    period_end=date(2026, 9, 30),
)
ISAE3000 = Report(
    id="isae3000",
    kind="ISAE 3000",
    type="Type II",
    period_start=date(2025, 10, 1),
    period_end=date(2026, 9, 30),
    categories=("security",),
)
SOC1_T1 = Report(
    id="soc1-t1",
    kind="SOC 1",
    type="Type I",
    period_start=date(2026, 9, 30),
    period_end=date(2026, 9, 30),
)
ISO = Report(
    id="iso", kind="ISO 27001", issued=date(2025, 3, 1), expires=date(2028, 2, 28), sharing="public"
)
ISO_OLD = replace(ISO, id="iso-old", expires=date(2026, 1, 31))
CONTROLS = (
    Control(
        "AC-01", "Multi-factor authentication is enforced for administrative access.", ("CC6.1",)
    ),
    Control("CR-01", "Data is encrypted at rest.", ("CC6.1",)),
    Control("AC-02", "Access is removed within one day of termination.", ("CC6.2",)),
)
PENTEST = EvidenceDocument(
    "pentest", "Penetration test summary", ("penetration test", "pen test"), date(2026, 6, 1)
)
COI_OLD = EvidenceDocument(
    "coi",
    "Certificate of insurance",
    ("certificate of insurance",),
    date(2025, 7, 1),
    expires=date(2026, 6, 30),
)
LEGAL = ApprovedAnswer(
    "What is your company's legal name?", "Acme, Inc.", question_id="GN-01", source="library.yaml"
)


def bridge(through: date, extends: str = "soc2-aging") -> Report:
    return Report(id=f"bl-{through}", kind="bridge letter", extends=extends, through=through)


def inventory(
    *reports: Report,
    documents: tuple[EvidenceDocument, ...] = (),
    answers: tuple[ApprovedAnswer, ...] = (),
) -> Inventory:
    return Inventory(
        vendor="V", reports=reports, controls=CONTROLS, documents=documents, answers=answers
    )


def run(
    inv: Inventory,
    question: str = "Provide the report.",
    settings: Settings | None = None,
    choices: tuple[str, ...] = (),
    hidden: bool = False,
    qid: str | None = None,
    **cls: Any,
) -> Mapping:
    cls.setdefault("confidence", 0.9)
    req = Requirement(
        ref="S!A1",
        question=question,
        question_id=qid,
        choices=choices,
        hidden=hidden,
        answer_ref="B1",
    )
    return map_requirement(req, Classification(**cls), inv, AS_OF, settings)


# name, inventory, run() keyword arguments, status, exact flags, remedy ("" = none), text in the response
RULES: list[tuple[str, Inventory, dict[str, Any], Status, set[str], str, str]] = [
    (
        "current report covers, shared under NDA",
        inventory(SOC2),
        {"soc_need": (T2,)},
        Status.COVERED,
        {"nda_required"},
        "",
        "Our SOC 2 Type II report (security and availability; period 2025-10-01 to 2026-09-30) is available under NDA",
    ),
    (
        "stale: period ended > 12 months ago",
        inventory(OLD),
        {"soc_need": (T2,)},
        Status.PARTIAL,
        {"stale", "bridge_letter_needed", "nda_required"},
        "renew the SOC 2 Type II (period ended 2025-06-30)",
        "a more recent report is not yet available",
    ),
    (
        "bridge letter needed: ended > 3 months ago, no letter",
        inventory(AGING),
        {"soc_need": (T2,)},
        Status.COVERED,
        {"bridge_letter_needed", "nda_required"},
        "request a bridge letter through 2026-11-26",
        "period 2025-07-01 to 2026-06-30",
    ),
    (
        "bridge letter to within 3 months",
        inventory(AGING, bridge(date(2026, 10, 31))),
        {"soc_need": (T2,)},
        Status.COVERED,
        {"nda_required"},
        "",
        "with a bridge letter through 2026-10-31",
    ),
    (
        "bridge letter ending too early",
        inventory(AGING, bridge(date(2026, 7, 31))),
        {"soc_need": (T2,)},
        Status.COVERED,
        {"bridge_letter_needed", "nda_required"},
        "request a bridge letter through 2026-11-26",
        "",
    ),
    (
        "Type I held, Type II asked",
        inventory(TYPE1),
        {"soc_need": (T2,)},
        Status.PARTIAL,
        {"type_mismatch", "nda_required"},
        "obtain a SOC 2 Type II",
        "we do not yet hold a SOC 2 Type II report",
    ),
    (
        "Type II satisfies a Type I ask",
        inventory(SOC2),
        {"soc_need": (T1,)},
        Status.COVERED,
        {"nda_required"},
        "",
        "SOC 2 Type II report",
    ),
    (
        "Type I satisfies a Type I ask",
        inventory(TYPE1),
        {"soc_need": (T1,)},
        Status.COVERED,
        {"nda_required"},
        "",
        "as of 2026-09-30",
    ),
    (
        "SOC 2 never satisfies SOC 1",
        inventory(SOC2),
        {"soc_need": (SOC1,)},
        Status.GAP,
        set(),
        "obtain a SOC 1 Type II",
        "We do not currently hold a SOC 1 report.",
    ),
    (
        "SOC 1 Type I for a SOC 1 ask",
        inventory(SOC1_T1),
        {"soc_need": (SOC1,)},
        Status.PARTIAL,
        {"type_mismatch", "nda_required"},
        "obtain a SOC 1 Type II",
        "",
    ),
    (
        "ISAE 3402 satisfies SOC 1 and is named",
        inventory(ISAE3402),
        {"soc_need": (SOC1,)},
        Status.COVERED,
        {"nda_required"},
        "",
        "Our ISAE 3402 Type II report, the international equivalent of a SOC 1, (period",
    ),
    (
        "ISAE 3000 satisfies SOC 2 and is named",
        inventory(ISAE3000),
        {"soc_need": (T2,)},
        Status.COVERED,
        {"nda_required"},
        "",
        "the international equivalent of a SOC 2",
    ),
    (
        "SOC 3 asked, SOC 3 held",
        inventory(SOC2, SOC3_R),
        {"soc_need": (SOC3,), "public": True},
        Status.COVERED,
        set(),
        "",
        "publicly available at https://x.example/soc3.pdf",
    ),
    (
        "SOC 3 asked, only SOC 2 held",
        inventory(SOC2),
        {"soc_need": (SOC3,)},
        Status.PARTIAL,
        {"soc2_not_public", "nda_required"},
        "obtain a SOC 3 with the next SOC 2 examination",
        "is available under NDA",
    ),
    (
        "a public report asked for: the SOC 3 answers, not the SOC 2",
        inventory(SOC2, SOC3_R),
        {"soc_need": (T2,), "public": True},
        Status.COVERED,
        set(),
        "",
        "Our SOC 3 report (security; as of 2026-09-30) is publicly available",
    ),
    (
        "a public report asked for, only the SOC 2 held",
        inventory(SOC2),
        {"soc_need": (T2,), "public": True},
        Status.PARTIAL,
        {"soc2_not_public", "nda_required"},
        "obtain a SOC 3 with the next SOC 2 examination",
        "We do not publish a SOC 3 report",
    ),
    (
        "SOC 2 asked, only SOC 3 held",
        inventory(SOC3_R),
        {"soc_need": (T2,)},
        Status.PARTIAL,
        {"soc3_only"},
        "obtain a SOC 2 Type II",
        "We can share our SOC 3 report",
    ),
    (
        "category out of scope",
        inventory(SOC2),
        {"soc_need": (T2,), "criteria": ("P5.1",), "categories": ("privacy",)},
        Status.PARTIAL,
        {"category_out_of_scope", "nda_required"},
        "add Privacy to the next SOC 2 scope",
        "Privacy is not in the report's scope",
    ),
    (
        "category implied by criteria",
        inventory(SOC2),
        {"soc_need": (T2,), "criteria": ("C1.2",)},
        Status.PARTIAL,
        {"category_out_of_scope", "nda_required"},
        "add Confidentiality to the next SOC 2 scope",
        "",
    ),
    (
        "exceptions on a mapped criterion",
        inventory(SOC2),
        {"soc_need": (T2,), "criteria": ("CC6.2",)},
        Status.COVERED,
        {"exceptions_noted", "nda_required"},
        "",
        "The report notes an exception on CC6.2",
    ),
    (
        "carved-out hosting provider",
        inventory(SOC2),
        {"soc_need": (T2,), "criteria": ("CC6.4",)},
        Status.COVERED,
        {"carve_out", "nda_required"},
        "",
        "AWS is a carved-out subservice organization: the controls it operates are not tested",
    ),
    (
        "inclusive subservice org is not a carve-out",
        inventory(replace(SOC2, subservice_orgs=(SubserviceOrg("AWS", "inclusive"),))),
        {"soc_need": (T2,), "criteria": ("A1.2",)},
        Status.COVERED,
        {"nda_required"},
        "",
        "",
    ),
    (
        "qualified opinion is an advisory",
        inventory(replace(SOC2, opinion="qualified")),
        {"soc_need": (T2,)},
        Status.COVERED,
        {"opinion_modified", "nda_required"},
        "",
        "The auditor's opinion is qualified.",
    ),
    (
        "adverse opinion caps at partial",
        inventory(replace(SOC2, opinion="adverse")),
        {"soc_need": (T2,)},
        Status.PARTIAL,
        {"opinion_modified", "nda_required"},
        "obtain a new SOC 2 Type II with an unqualified opinion",
        "",
    ),
    (
        "expired certificate",
        inventory(ISO_OLD),
        {"frameworks": ("ISO 27001",), "artifact": "ISO 27001 certificate"},
        Status.PARTIAL,
        {"expired"},
        "renew the ISO 27001 certificate (expired 2026-01-31)",
        "expired on 2026-01-31",
    ),
    (
        "current certificate",
        inventory(ISO),
        {"frameworks": ("ISO/IEC 27001:2022",)},
        Status.COVERED,
        set(),
        "",
        "We hold our ISO 27001 certificate (valid until 2028-02-28), publicly available",
    ),
    (
        "certificate not held",
        inventory(SOC2),
        {"frameworks": ("PCI DSS",), "artifact": "PCI DSS AOC"},
        Status.GAP,
        set(),
        "obtain a PCI DSS Attestation of Compliance",
        "",
    ),
    (
        "alternatives: the held alternative satisfies",
        inventory(ISO),
        {"soc_need": (T2,), "alternatives": True, "frameworks": ("ISO 27001",)},
        Status.COVERED,
        set(),
        "",
        "ISO 27001 certificate",
    ),
    (
        "alternatives: an expired alternative does not",
        inventory(ISO_OLD),
        {"soc_need": (T2,), "alternatives": True, "frameworks": ("ISO 27001",)},
        Status.PARTIAL,
        {"expired"},
        "renew the ISO 27001 certificate",
        "",
    ),
    (
        "alternatives: none held",
        inventory(),
        {"soc_need": (T2,), "alternatives": True, "frameworks": ("ISO 27001",)},
        Status.GAP,
        set(),
        "obtain a SOC 2 Type II",
        "",
    ),
    (
        "both needed: the worst decides",
        inventory(SOC2),
        {"soc_need": (SOC1, T2)},
        Status.GAP,
        {"nda_required"},
        "obtain a SOC 1 Type II",
        "We do not currently hold a SOC 1 report.",
    ),
    (
        "no SOC need: a document answers",
        inventory(documents=(PENTEST,)),
        {"artifact": "penetration test summary"},
        Status.COVERED,
        {"nda_required"},
        "",
        "Our penetration test summary, dated 2026-06-01, is available under NDA.",
    ),
    (
        "no SOC need: a document matches the question",
        inventory(documents=(PENTEST,)),
        {"question": "When was your last pen test?"},
        Status.COVERED,
        {"nda_required"},
        "",
        "penetration test summary",
    ),
    (
        "no SOC need: expired document",
        inventory(documents=(COI_OLD,)),
        {"artifact": "certificate of insurance"},
        Status.PARTIAL,
        {"expired", "nda_required"},
        "renew the certificate of insurance (expired 2026-06-30)",
        "",
    ),
    (
        "no SOC need: artifact not held",
        inventory(),
        {"artifact": "penetration test summary"},
        Status.GAP,
        set(),
        "obtain a penetration test summary",
        "We do not currently have a penetration test summary",
    ),
    (
        "no SOC need: a plural artifact not held",
        inventory(),
        {
            "question": "Will you share vulnerability scans?",
            "artifact": "vulnerability scan results",
        },
        Status.GAP,
        set(),
        "obtain vulnerability scan results",
        "We do not currently have vulnerability scan results to share.",
    ),
    (
        "no SOC need: a framework merely named is not asked for",
        inventory(SOC2),
        {"question": "Is staff trained on HIPAA and PCI data?", "frameworks": ("PCI DSS", "HIPAA")},
        Status.REVIEW,
        set(),
        "",
        "",
    ),
    (
        "SOC need: the document on the question's topic is cited too",
        inventory(SOC2, documents=(PENTEST,)),
        {"question": "When was your last pen test?", "soc_need": (T2,), "criteria": ("CC4.1",)},
        Status.COVERED,
        {"nda_required"},
        "",
        "Our penetration test summary, dated 2026-06-01, is available under NDA.",
    ),
    (
        "no SOC need: nothing to go on",
        inventory(SOC2),
        {"question": "What is your pricing model?"},
        Status.REVIEW,
        set(),
        "",
        "",
    ),
    (
        "no SOC need: an approved answer",
        inventory(answers=(LEGAL,)),
        {"question": "What is your company's legal name?"},
        Status.COVERED,
        set(),
        "",
        "Acme, Inc.",
    ),
    (
        "low confidence goes to review",
        inventory(SOC2),
        {"soc_need": (T2,), "confidence": 0.3},
        Status.REVIEW,
        {"low_confidence", "nda_required"},
        "",
        "",
    ),
    (
        "hidden rows are flagged",
        inventory(SOC2),
        {"soc_need": (T2,), "hidden": True},
        Status.COVERED,
        {"hidden_row", "nda_required"},
        "",
        "",
    ),
    (
        "an approved answer claiming an unheld SOC 1 conflicts",
        inventory(
            SOC2,
            answers=(ApprovedAnswer("Do you have a SOC 1 report?", "Yes, our SOC 1 Type II."),),
        ),
        {"question": "Do you have a SOC 1 report?", "soc_need": (SOC1,)},
        Status.REVIEW,
        {"conflict"},
        "",
        "",
    ),
    (
        "an approved 'yes' to a gap conflicts",
        inventory(answers=(ApprovedAnswer("Do you have a pen test summary?", "Yes."),)),
        {"question": "Do you have a pen test summary?", "artifact": "penetration test summary"},
        Status.REVIEW,
        {"conflict"},
        "",
        "",
    ),
    (
        "freshness anchored on issue date",
        inventory(replace(OLD, issued=date(2026, 1, 15))),
        {"soc_need": (T2,), "settings": Settings(freshness_anchor="issued")},
        Status.COVERED,
        {"bridge_letter_needed", "nda_required"},
        "request a bridge letter through 2026-11-26",
        "",
    ),
    (
        "freshness months are a setting",
        inventory(AGING),
        {"soc_need": (T2,), "settings": Settings(freshness_months=3, bridge_months=6)},
        Status.PARTIAL,
        {"stale", "nda_required"},
        "renew the SOC 2 Type II (period ended 2026-06-30)",
        "",
    ),
]


@pytest.mark.parametrize(
    ("inv", "kwargs", "status", "flags", "remedy", "text"),
    [r[1:] for r in RULES],
    ids=[r[0] for r in RULES],
)
def test_mapping_rule(
    inv: Inventory, kwargs: dict[str, Any], status: Status, flags: set[str], remedy: str, text: str
) -> None:
    m = run(inv, **kwargs)
    assert m.status is status
    assert set(m.flags) == flags
    if remedy:
        assert remedy in m.remedy
    else:
        assert m.remedy == ""
    assert text in m.suggested_response
    if status is Status.REVIEW:
        assert m.suggested_response == "" or m.suggested_response.startswith("DRAFT (")


def test_evidence_lists_report_bridge_and_controls() -> None:
    m = run(
        inventory(AGING, bridge(date(2026, 10, 31))),
        question="Is MFA enforced for administrative access?",
        soc_need=(T2,),
        criteria=("CC6.1",),
    )
    # Every control on the criteria is evidence, the one on topic first ...
    assert m.evidence == ("soc2-aging", "bl-2026-10-31", "AC-01", "CR-01")
    # ... but the answer names only the one the question is about, and does not guess "Yes".
    assert m.suggested_response.startswith(
        "Yes. Multi-factor authentication is enforced for administrative access (control AC-01)."
        " It is tested in our SOC 2 Type II report"
    )
    assert "CR-01" not in m.suggested_response


def test_controls_by_criteria_when_the_words_do_not_help() -> None:
    m = run(
        inventory(SOC2),
        question="Explain how identities are managed.",
        soc_need=(T2,),
        criteria=("CC6.1",),
    )
    assert m.evidence[1:] == ("AC-01", "CR-01")
    # The controls on the criteria do not state it: evidence to attach, a draft (spec 6.1).
    assert m.status is Status.REVIEW and "unstated" in m.flags
    assert m.suggested_response.startswith("DRAFT (not stated in the inventory")


def test_controls_by_text_without_criteria() -> None:
    m = run(
        inventory(SOC2),
        question="Is access removed within one day of termination?",
        soc_need=(T2,),
    )
    assert m.evidence == ("soc2", "AC-02")
    assert m.suggested_response.startswith(
        "Yes. Access is removed within one day of termination (control AC-02). It is tested in"
    )


def test_partial_never_says_yes() -> None:
    m = run(
        inventory(SOC2),
        question="Do you honour data subject access requests?",
        soc_need=(T2,),
        criteria=("P5.1",),
    )
    assert m.status is Status.PARTIAL and not m.suggested_response.startswith("Yes")


def test_answer_source_is_recorded() -> None:
    m = run(inventory(answers=(LEGAL,)), question="What is your company's legal name?", qid="GN-01")
    assert m.answer_source is not None
    assert m.answer_source.to_dict() == {
        "kind": "library",
        "source": "library.yaml",
        "question_id": "GN-01",
        "similarity": 1.0,
    }


def test_extra_answer_libraries() -> None:
    req = Requirement(ref="A1", question="What is your company's legal name?")
    cls = Classification(confidence=0.9)
    # A legal name is stated only by an approved answer, not by the name the vendor goes by.
    assert map_requirement(req, cls, inventory(), AS_OF).status is Status.REVIEW
    assert map_requirement(req, cls, inventory(), AS_OF, answers=(LEGAL,)).status is Status.COVERED
    assert (
        map_all([(req, cls)], inventory(), AS_OF, None, [LEGAL])[0].suggested_response
        == "Acme, Inc."
    )


VALUES = [
    ("covered -> yes", Status.COVERED, ("Yes", "No", "N/A"), None, "Yes"),
    ("partial -> partial-like", Status.PARTIAL, ("Yes", "Partially", "No"), None, "Partially"),
    ("partial without a partial choice -> yes", Status.PARTIAL, ("Y", "N"), None, "Y"),
    ("gap -> no", Status.GAP, ("Yes", "No", "N/A"), None, "No"),
    ("review -> nothing", Status.REVIEW, ("Yes", "No", "N/A"), None, None),
    ("gap without a no-like choice", Status.GAP, ("N/A", "Unknown"), None, None),
    ("no choices", Status.COVERED, (), None, None),
    (
        "approved answer wording",
        Status.COVERED,
        ("Yes", "No"),
        ApprovedAnswer("Offshore staff?", "No, all staff are in the US."),
        "No",
    ),
    (
        "approved answer is a choice",
        Status.COVERED,
        ("Monthly", "Weekly"),
        ApprovedAnswer("Scan cadence?", "Weekly"),
        "Weekly",
    ),
    (
        "choice with a suffix",
        Status.COVERED,
        ("Yes - fully", "No - not at all"),
        None,
        "Yes - fully",
    ),
]


def test_answer_from_mapping_is_a_held_fact_in_the_buyers_vocabulary() -> None:
    choices = ("Yes", "No", "N/A")
    held = run(inventory(SOC2), soc_need=(T2,), choices=choices)
    assert (held.answer, held.filled) == ("Yes", True)
    missing = run(inventory(SOC2), "Do you have a SOC 1?", soc_need=(SOC1,), choices=choices)
    assert (missing.answer, missing.filled) == ("No", True)  # the reports held are all listed
    # A request to provide what is not held is left for the reviewer, not answered "No".
    asked = run(inventory(SOC2), soc_need=(SOC1,), choices=choices)
    assert (asked.answer, asked.filled) == ("", False)
    pricing = run(inventory(SOC2), question="Pricing?", choices=choices)
    assert (pricing.answer, pricing.filled) == ("", False)


def test_filled_only_where_the_buyers_file_has_a_free_place_for_the_answer() -> None:
    choices = ("Yes", "No")
    inv = inventory(SOC2)
    cls = Classification(soc_need=(T2,), confidence=0.9)
    q = "Do you have a SOC 2 Type II report?"
    free = Requirement(ref="S!A1", question=q, choices=choices, answer_ref="B1")
    nowhere = Requirement(ref="S!A1", question=q, choices=choices)
    answered = Requirement(ref="S!A1", question=q, choices=choices, answer_ref="B1", answer="No")
    assert map_requirement(free, cls, inv, AS_OF).filled is True
    assert map_requirement(nowhere, cls, inv, AS_OF).filled is False
    assert map_requirement(answered, cls, inv, AS_OF).filled is False


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 26), -12, date(2025, 11, 26)),
        (date(2026, 5, 31), -3, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_map_all_equals_map_requirement() -> None:
    inv = load_inventory(SAMPLE)
    pairs = [
        (
            Requirement(ref=f"A{i}", question=q),
            Classification(soc_need=n, criteria=c, confidence=0.9),
        )
        for i, (q, n, c) in enumerate(
            [
                ("Provide your SOC 2.", (T2,), ()),
                ("Do you have MFA?", (T2,), ("CC6.1",)),
                ("Legal name?", (), ()),
            ]
        )
    ]
    assert map_all(pairs, inv, AS_OF) == [map_requirement(r, c, inv, AS_OF) for r, c in pairs]


def test_sample_inventory_end_to_end() -> None:
    inv = load_inventory(SAMPLE)
    soc1 = run(inv, soc_need=(SOC1,))
    assert soc1.status is Status.GAP and soc1.remedy == "obtain a SOC 1 Type II"
    soc2 = run(inv, soc_need=(T2,))
    assert soc2.status is Status.COVERED and soc2.evidence == ("soc2-2026", "bridge-2026-11")
    assert run(inv, soc_need=(SOC3,), public=True).evidence == ("soc3-2026",)
    legal = run(inv, question="What is your company's legal name?")
    assert legal.status is Status.COVERED and legal.answer_source is not None


def _result(name: str, rows: list[tuple[tuple[SocNeed, ...], Status, str]]) -> Result:
    responses = tuple(
        Response(
            Requirement(ref=f"A{i}", question="q"),
            Classification(soc_need=needs, confidence=0.9),
            Mapping(status=status, remedy=remedy),
        )
        for i, (needs, status, remedy) in enumerate(rows)
    )
    return Result(source=name, format="xlsx", as_of=AS_OF, vendor="V", responses=responses)


def test_build_demand_recommends_the_most_demanded_missing_report() -> None:
    gap1 = ((SOC1,), Status.GAP, "obtain a SOC 1 Type II")
    ok2 = ((T2,), Status.COVERED, "")
    results = [
        _result("a.xlsx", [gap1, gap1, ok2]),
        _result("b.xlsx", [gap1, ok2]),
        _result("c.xlsx", [ok2]),
    ]
    rows, rec = build_demand(results, inventory(SOC2), AS_OF, Settings())
    by_need = {r.need: r for r in rows}
    assert [r.need for r in rows] == ["SOC 1", "SOC 2 Type I", "SOC 2 Type II", "SOC 3"]
    assert (
        by_need["SOC 1"].questionnaires,
        by_need["SOC 1"].requirements,
        by_need["SOC 1"].gap,
    ) == (2, 3, 3)
    assert by_need["SOC 1"].held == ""
    assert (by_need["SOC 2 Type II"].questionnaires, by_need["SOC 2 Type II"].covered) == (3, 3)
    assert by_need["SOC 2 Type II"].held == "soc2 (SOC 2 Type II; period 2025-10-01 to 2026-09-30)"
    assert rec.report == "SOC 1 Type II"
    assert rec.reason.startswith("3 requirements in 2 of 3 questionnaires ask for a SOC 1")
    assert "obtain a SOC 1 Type II (3 requirements)" in rec.reason


def test_build_demand_public_and_nothing_missing() -> None:
    soc3 = ((SOC3,), Status.PARTIAL, "obtain a SOC 3 with the next SOC 2 examination")
    rows, rec = build_demand([_result("a.xlsx", [soc3])], inventory(SOC2), AS_OF, Settings())
    assert rec.report == "SOC 3"
    assert "short: soc2_not_public" in {r.need: r for r in rows}["SOC 3"].held
    _, none = build_demand(
        [_result("a.xlsx", [((T2,), Status.COVERED, "")])], inventory(SOC2), AS_OF, Settings()
    )
    assert none.report == "" and "held and current" in none.reason


def test_evidence_items() -> None:
    inv = load_inventory(SAMPLE)
    items = evidence_items(
        inv, ["soc2-2026", "bridge-2026-11", "AC-01", "pentest-2026", "nope", "AC-01"]
    )
    assert [(i.id, i.kind, i.sharing) for i in items] == [
        ("soc2-2026", "SOC 2", "nda"),
        ("bridge-2026-11", "bridge letter", "nda"),
        ("AC-01", "control", ""),
        ("pentest-2026", "document", "nda"),
    ]
    assert items[0].detail.startswith(
        "Type II; period 2025-10-01 to 2026-09-30; security, availability, confidentiality"
    )
    assert items[1].detail == "extends soc2-2026 through 2026-11-15"


def test_build_demand_accepts_stats_of_skipped_inputs() -> None:
    gap1 = ((SOC1,), Status.GAP, "obtain a SOC 1 Type II")
    both = ((T1, T2), Status.PARTIAL, "obtain a SOC 2 Type II")
    results = [_result("a.xlsx", [gap1, both]), _result("b.xlsx", [both])]
    stats = [
        dict(zip(("need_status", "need_remedies"), need_tallies(r), strict=True)) for r in results
    ]
    from_results = build_demand(results, inventory(TYPE1), AS_OF, Settings())
    assert build_demand(stats, inventory(TYPE1), AS_OF, Settings()) == from_results
    _, rec = from_results
    # A questionnaire asking for both SOC 2 types counts once for the SOC 2 family.
    assert rec.report == "SOC 2 Type II"
    assert rec.reason.startswith(
        "4 requirements in 2 of 2 questionnaires ask for a SOC 2 that is missing or short"
    )
    assert "held: soc2-t1 (SOC 2 Type I; as of 2026-09-30) — short: type_mismatch" in rec.reason


def test_yes_no_questions_get_a_plain_answer_first() -> None:
    inv = inventory(SOC2)
    yes = run(inv, question="Do you have a SOC 2 Type II report?", soc_need=(T2,))
    assert yes.suggested_response.startswith("Yes. Our SOC 2 Type II report")
    no = run(inv, question="Do you have a SOC 1 report?", soc_need=(SOC1,))
    assert no.suggested_response.startswith("No. We do not currently hold a SOC 1 report.")
    both = run(inv, question="Do you have SOC 1 and SOC 2 reports?", soc_need=(SOC1, T2))
    assert both.suggested_response.startswith(
        "No. We do not currently hold a SOC 1 report. Our SOC 2"
    )


def test_a_no_to_a_control_question_is_not_a_conflict() -> None:
    answer = ApprovedAnswer("Do you store passwords in plaintext?", "No, they are hashed.")
    m = run(
        inventory(SOC2, answers=(answer,)),
        question="Do you store passwords in plaintext?",
        soc_need=(T2,),
        criteria=("CC6.1",),
        choices=("Yes", "No"),
    )
    assert m.status is Status.COVERED and "conflict" not in m.flags
    assert m.suggested_response.startswith("No, they are hashed. This is within the scope of")
    assert m.answer == "No"  # the vendor's own answer, not "covered means yes"
    report_ask = ApprovedAnswer("Have you undergone a SOC 2 audit?", "No")
    m = run(
        inventory(SOC2, answers=(report_ask,)),
        question="Have you undergone a SOC 2 audit?",
        soc_need=(T2,),
    )
    assert m.status is Status.REVIEW and "conflict" in m.flags


def test_recommendation_prefers_a_missing_report_to_a_short_one() -> None:
    gap1 = ((SOC1,), Status.GAP, "obtain a SOC 1 Type II")
    privacy = ((T2,), Status.PARTIAL, "add Privacy to the next SOC 2 scope")
    results = [_result("a.xlsx", [gap1]), _result("b.xlsx", [privacy, privacy])]
    _, rec = build_demand(results, inventory(SOC2), AS_OF, Settings())
    assert rec.report == "SOC 1 Type II"
    assert "(1 gap, 0 partial; none is held)" in rec.reason
    _, rec = build_demand([results[1]], inventory(SOC2), AS_OF, Settings())
    assert rec.report == "SOC 2 Type II"
    assert rec.reason.endswith(
        "most common fix: add Privacy to the next SOC 2 scope (2 requirements)"
    )
