"""NIST SP 800-53 Rev. 5 controls → the Trust Services Criteria a SOC 2 tests them under.

Written per control from what each control requires (its statement), in the project's own
judgement; an enhancement takes its base control's criteria unless listed itself. The family
hints of ../shared/knowledge/README.md are the starting point (AC, IA → CC6.1–CC6.3; AU, SI-4 →
CC7.2; IR → CC7.3–CC7.5; CM → CC8.1; CP → A1.2–A1.3, CC9.1; PE → CC6.4, A1.2; SC → CC6.6–CC6.7;
RA → CC3.2, CC7.1; SR, SA-9 → CC9.2; PT and the privacy controls → P1–P8).
"""

from __future__ import annotations

import re

_POLICY = ("CC5.3",)

# Base control (or enhancement) → criteria. Every "-1" control is the family's policy and
# procedures: CC5.3 (policies set expectations) unless listed.
CONTROL_CRITERIA: dict[str, tuple[str, ...]] = {
    # Access control: who gets in and how far (CC6.1 logical access, CC6.2 accounts, CC6.3 roles)
    "AC-2": ("CC6.2",),
    "AC-2(1)": ("CC6.2",),
    "AC-2(3)": ("CC6.2",),
    "AC-2(4)": ("CC7.2",),
    "AC-2(5)": ("CC6.1",),
    "AC-2(7)": ("CC6.3",),
    "AC-2(11)": ("CC6.1",),
    "AC-2(12)": ("CC7.2",),
    "AC-2(13)": ("CC6.2",),
    "AC-3": ("CC6.1",),
    "AC-4": ("CC6.6",),
    "AC-5": ("CC6.3",),
    "AC-6": ("CC6.3",),
    "AC-6(9)": ("CC7.2",),
    "AC-7": ("CC6.1",),
    "AC-8": ("CC6.1",),
    "AC-10": ("CC6.1",),
    "AC-11": ("CC6.1",),
    "AC-12": ("CC6.1",),
    "AC-14": ("CC6.1",),
    "AC-17": ("CC6.6",),
    "AC-18": ("CC6.6",),
    "AC-19": ("CC6.7",),
    "AC-20": ("CC6.7",),
    "AC-21": ("CC6.7",),
    "AC-22": ("CC6.7",),
    # Awareness and training (CC2.2 communicates responsibilities)
    "AT-2": ("CC2.2",),
    "AT-3": ("CC2.2",),
    "AT-4": ("CC2.2",),
    # Audit and accountability: logging and its review (CC7.2)
    "AU-2": ("CC7.2",),
    "AU-3": ("CC7.2",),
    "AU-4": ("CC7.2",),
    "AU-5": ("CC7.2",),
    "AU-6": ("CC7.2",),
    "AU-7": ("CC7.2",),
    "AU-8": ("CC7.2",),
    "AU-9": ("CC7.2",),
    "AU-10": ("CC7.2",),
    "AU-11": ("CC7.2",),
    "AU-12": ("CC7.2",),
    # Assessment, authorisation and monitoring (CC4.1 evaluations, CC4.2 deficiencies)
    "CA-2": ("CC4.1",),
    "CA-3": ("CC6.7",),
    "CA-5": ("CC4.2",),
    "CA-6": ("CC5.1",),
    "CA-7": ("CC4.1",),
    "CA-8": ("CC4.1",),
    "CA-9": ("CC6.6",),
    # Configuration management: baselines and hardening (CC7.1), changes (CC8.1)
    "CM-2": ("CC7.1",),
    "CM-3": ("CC8.1",),
    "CM-4": ("CC8.1",),
    "CM-5": ("CC8.1",),
    "CM-6": ("CC7.1",),
    "CM-7": ("CC7.1",),
    "CM-8": ("CC2.1",),
    "CM-9": ("CC8.1",),
    "CM-10": ("CC6.8",),
    "CM-11": ("CC6.8",),
    "CM-12": ("C1.1",),
    # Contingency planning: plans (CC9.1, A1.2), tests (A1.3), backups and sites (A1.2)
    "CP-1": ("A1.2",),
    "CP-2": ("CC9.1", "A1.2"),
    "CP-3": ("A1.2",),
    "CP-4": ("A1.3",),
    "CP-6": ("A1.2",),
    "CP-7": ("A1.2",),
    "CP-8": ("A1.2",),
    "CP-9": ("A1.2",),
    "CP-9(1)": ("A1.3",),
    "CP-10": ("A1.2",),
    # Identification and authentication (CC6.1); identifiers and proofing (CC6.2)
    "IA-2": ("CC6.1",),
    "IA-3": ("CC6.1",),
    "IA-4": ("CC6.2",),
    "IA-5": ("CC6.1",),
    "IA-6": ("CC6.1",),
    "IA-7": ("CC6.1",),
    "IA-8": ("CC6.1",),
    "IA-11": ("CC6.1",),
    "IA-12": ("CC6.2",),
    # Incident response: detection and analysis (CC7.3), handling (CC7.4), telling others (CC2.3)
    "IR-1": ("CC7.4",),
    "IR-2": ("CC7.4",),
    "IR-3": ("CC7.4",),
    "IR-4": ("CC7.4",),
    "IR-5": ("CC7.3",),
    "IR-6": ("CC7.4", "CC2.3"),
    "IR-7": ("CC7.4",),
    "IR-8": ("CC7.4",),
    # Maintenance
    "MA-2": ("CC8.1",),
    "MA-3": ("CC6.8",),
    "MA-4": ("CC6.1",),
    "MA-5": ("CC6.2",),
    "MA-6": ("A1.2",),
    # Media protection: movement (CC6.7), disposal (CC6.5), labels (C1.1), storage (CC6.4)
    "MP-2": ("CC6.7",),
    "MP-3": ("C1.1",),
    "MP-4": ("CC6.4",),
    "MP-5": ("CC6.7",),
    "MP-6": ("CC6.5",),
    "MP-7": ("CC6.7",),
    # Physical and environmental protection: entry (CC6.4), environment (A1.2)
    "PE-2": ("CC6.4",),
    "PE-3": ("CC6.4",),
    "PE-4": ("CC6.4",),
    "PE-5": ("CC6.4",),
    "PE-6": ("CC6.4",),
    "PE-8": ("CC6.4",),
    "PE-9": ("A1.2",),
    "PE-10": ("A1.2",),
    "PE-11": ("A1.2",),
    "PE-12": ("A1.2",),
    "PE-13": ("A1.2",),
    "PE-14": ("A1.2",),
    "PE-15": ("A1.2",),
    "PE-16": ("CC6.4",),
    "PE-17": ("CC6.4",),
    "PE-18": ("A1.2",),
    # Planning
    "PL-2": ("CC5.3",),
    "PL-4": ("CC1.1",),
    "PL-8": ("CC5.2",),
    "PL-9": ("CC5.2",),
    "PL-10": ("CC5.1",),
    "PL-11": ("CC5.1",),
    # Program management (the privacy program ones → P criteria)
    "PM-3": ("CC1.3",),
    "PM-4": ("CC4.2",),
    "PM-5": ("CC2.1",),
    "PM-6": ("CC4.1",),
    "PM-7": ("CC5.2",),
    "PM-8": ("CC9.1",),
    "PM-9": ("CC3.2",),
    "PM-10": ("CC5.1",),
    "PM-11": ("CC3.1",),
    "PM-13": ("CC1.4",),
    "PM-14": ("CC4.1",),
    "PM-17": ("C1.1",),
    "PM-18": ("P8.1",),
    "PM-19": ("CC1.3",),
    "PM-20": ("P1.1",),
    "PM-21": ("P6.2",),
    "PM-22": ("P7.1",),
    "PM-24": ("P7.1",),
    "PM-25": ("P3.1",),
    "PM-26": ("P8.1",),
    "PM-27": ("P8.1",),
    "PM-28": ("CC3.1",),
    "PM-31": ("CC4.1",),
    # Personnel security: screening (CC1.4), leavers and movers (CC6.2), sanctions (CC1.5)
    "PS-2": ("CC1.4",),
    "PS-3": ("CC1.4",),
    "PS-4": ("CC6.2",),
    "PS-5": ("CC6.2",),
    "PS-6": ("CC1.1",),
    "PS-7": ("CC9.2",),
    "PS-8": ("CC1.5",),
    "PS-9": ("CC1.3",),
    # PII processing and transparency (privacy)
    "PT-1": ("P1.1",),
    "PT-2": ("P4.1",),
    "PT-3": ("P4.1",),
    "PT-4": ("P2.1",),
    "PT-5": ("P1.1",),
    "PT-6": ("P1.1",),
    "PT-7": ("P3.2",),
    "PT-8": ("P4.1",),
    # Risk assessment (CC3.2), vulnerability scanning (CC7.1)
    "RA-2": ("CC3.2",),
    "RA-3": ("CC3.2",),
    "RA-5": ("CC7.1",),
    "RA-5(11)": ("CC2.3",),
    "RA-7": ("CC3.2",),
    "RA-8": ("CC3.2",),
    "RA-9": ("CC3.2",),
    # System and services acquisition: development (CC8.1), external services (CC9.2)
    "SA-2": ("CC1.3",),
    "SA-3": ("CC8.1",),
    "SA-4": ("CC9.2",),
    "SA-5": ("CC2.1",),
    "SA-8": ("CC8.1",),
    "SA-9": ("CC9.2",),
    "SA-10": ("CC8.1",),
    "SA-11": ("CC8.1",),
    "SA-15": ("CC8.1",),
    "SA-16": ("CC2.2",),
    "SA-17": ("CC8.1",),
    "SA-21": ("CC1.4",),
    "SA-22": ("CC7.1",),
    # System and communications protection: boundaries (CC6.6), transmission (CC6.7),
    # cryptography and isolation (CC6.1)
    "SC-2": ("CC6.1",),
    "SC-3": ("CC6.1",),
    "SC-4": ("CC6.1",),
    "SC-5": ("CC6.6",),
    "SC-7": ("CC6.6",),
    "SC-8": ("CC6.7",),
    "SC-10": ("CC6.1",),
    "SC-12": ("CC6.1",),
    "SC-13": ("CC6.1",),
    "SC-15": ("CC6.1",),
    "SC-17": ("CC6.1",),
    "SC-18": ("CC6.8",),
    "SC-20": ("CC6.6",),
    "SC-21": ("CC6.6",),
    "SC-22": ("CC6.6",),
    "SC-23": ("CC6.1",),
    "SC-24": ("A1.2",),
    "SC-28": ("CC6.1",),
    "SC-39": ("CC6.1",),
    # System and information integrity
    "SI-2": ("CC7.1",),
    "SI-3": ("CC6.8",),
    "SI-4": ("CC7.2",),
    "SI-5": ("CC7.1",),
    "SI-6": ("CC7.1",),
    "SI-7": ("CC6.8",),
    "SI-8": ("CC6.8",),
    "SI-10": ("PI1.2",),
    "SI-11": ("PI1.3",),
    "SI-12": ("C1.2",),
    "SI-16": ("CC6.8",),
    "SI-18": ("P7.1",),
    "SI-19": ("P4.1",),
    # Supply chain risk management (CC9.2); component disposal (CC6.5)
    "SR-2": ("CC9.2",),
    "SR-3": ("CC9.2",),
    "SR-5": ("CC9.2",),
    "SR-6": ("CC9.2",),
    "SR-8": ("CC9.2",),
    "SR-9": ("CC9.2",),
    "SR-10": ("CC9.2",),
    "SR-11": ("CC9.2",),
    "SR-12": ("CC6.5",),
}

_BASE = re.compile(r"\(\d+\)$")


def criteria_of_control(cid: str) -> tuple[str, ...]:
    """The criteria of a control id ("AC-2(3)"): its own entry, its base's, or policy (x-1).

    "TSC CC6.1" names a criterion itself (the index holds the criteria's summaries too).
    """
    if cid.startswith("TSC "):
        return (cid[4:],)
    found = CONTROL_CRITERIA.get(cid)
    if found is None:
        base = _BASE.sub("", cid)
        found = CONTROL_CRITERIA.get(base)
        if found is None and base.endswith("-1"):
            found = _POLICY
    return found or ()
