"""The inventory, fixtures and `answer` helper the tests of tests/signable/ share: a vendor
(Northwind Analytics) with a SOC 2 Type II, its bridge letter, a SOC 1 Type I, five controls, an
incident response plan and a contact, read on AS_OF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

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
from socproc.model import Mapping, Requirement

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


CARDS = ApprovedAnswer(
    "Do you store, process or transmit payment card data?",
    "No. We do not store, process or transmit payment card data; customers pay by invoice.",
)


# ------------------------------------------------ a second reader's cases (review of 487bc7e..86307d1)


def with_controls(*texts: str) -> Inventory:
    """The shared inventory with these control texts as its only controls."""
    return replace(INVENTORY, controls=tuple(Control(f"K-{i}", t) for i, t in enumerate(texts)))


def _with(controls: tuple[str, ...] = (), reports: tuple[Report, ...] = ()) -> Inventory:
    return replace(
        INVENTORY,
        controls=tuple(Control(f"R-{i}", text) for i, text in enumerate(controls)),
        reports=reports or INVENTORY.reports,
    )
