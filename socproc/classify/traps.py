"""A bare 'SOC' that is no report: operations centre, system-on-chip, occupation code, charge."""

from __future__ import annotations

import re

from socproc.classify.frameworks import CERT_WORDS, frameworks_named
from socproc.classify.gated import Gated
from socproc.classify.implicit import LIFECYCLE
from socproc.classify.needs import Decision
from socproc.classify.reports import REPORT_WORDS, FoundReports

HARDWARE = Gated(
    "chip|silicon|firmware|secure boot|trustzone|embedded|processor|arm|hardware|device|soc vendor",
    r"chip|silicon|firmware|secure boot|trustzone|embedded|processor|\barm\b|hardware|\bdevices?\b|\bsoc vendor",
)
OCCUPATION = Gated(
    "soc code|occupation|labo|bls|o*net|wage|visa|job code|soc ",
    r"soc codes?\b|occupation|labou?r categor|\bbls\b|o\*net|\bwage|\bvisa\b|job code|soc \d\d-\d{4}"
    # (the classification named by the year of its edition: "Under SOC 2020, which code ...",
    # "the SOC 2010 unit group"; not a report, audit or type said after the year)
    r"|soc (?:19|20)\d\d\b(?!\W*(?:reports?|audits?|type|attestations?|examinations?|assessments?"
    r"|bridge|letters?)\b)",
)
CHARGE = Gated(
    "batter|state of charge|charge|inverter|ev",
    r"batter|state of charge|\bcharge\b|inverter|\bev\b",
)
OTHER_SOC = Gated(
    "soc|maturity|statement of|summary of changes|separation of concerns|soil organic",
    r"soc[\s\-]*cmm|soc maturity|maturity (?:level|model)|statement of (?:compliance|conformity)"
    r"|summary of changes|separation of concerns|soil organic carbon",
)
OPS = Gated(
    "engineer|on call|weekend|monitor|alert|siem|triage|escalat|staff|shift|analyst|tier|l1|l2|l3|24|hunt|incident|mssp|mdr|noc|runbook|playbook|outsourc|house|managed|headcount|aas|service|team|detect|respond|threat",
    r"monitor|alert|siem|triage|escalat|staff|shift|analyst|tier|\bl[123]\b|24\s*[x/]\s*7|hunt|incident"
    r"|engineer|on[\s\-]call|weekend|mssp|\bmdr\b|\bnoc\b|runbook|playbook|outsourc|in[\s\-]house|managed|headcount|aas\b|service|\bteam"
    r"|detect|respond|threat",
)
ANALYSTS = Gated(
    "analyst|tier|level|l1|l2|l3|staff|headcount|certif|employee|contractor|hire",
    r"analyst|\btier|\blevel|\bl[123]\b|staff|headcount|certif|employee|contractor|hire",
)
OUTSOURCED = Gated(
    "outsourc|provider|managed|mssp|aas|service|third|party|co-managed|co managed|virtual",
    r"outsourc|provider|managed|mssp|aas\b|as[\s\-]a[\s\-]service|third[\s\-]party|co[\s\-]managed|virtual",
)


# "ISO 27001, SOC, PCI": a bare SOC as one item of a list of certifications or frameworks.
_LIST_ITEM = re.compile(
    # (a tick-box list parts its items with boxes: "[ ] ISO 27001 [ ] SOC [ ] PCI DSS")
    r"(?:[,/(;\]☐☑☒□■]|\band\b|\bor\b|&)\s*soc\s*(?:[,/);\[☐☑☒□■]|\band\b|\bor\b|&)"
    r"|(?:,|/)\s*soc\b"
    # "SOC and ISO": a bare SOC coordinated with a framework's name
    r"|\bsoc\s*(?:[,/&]|\band\b|\bor\b)\s*(?:iso|pci|hitrust|fedramp|nist|csa|cyber essentials)\b"
)


def bare_soc_sense(found: FoundReports, d: Decision) -> tuple[str | None, str]:
    """The sense of a bare 'SOC' that is not a report name: (sense, reason)."""
    bare = [m for m in found.soc if m[0] == "bare"]
    if not bare:
        return None, ""
    low, orig = found.low, bare[0][3]
    if OCCUPATION.search(low):
        return (
            "other",
            f"'{orig}' here is a Standard Occupational Classification code, not a report",
        )
    if OTHER_SOC.search(low):
        return "other", f"'{orig}' here is a maturity model or another acronym, not a report"
    if CHARGE.search(low) and not OPS.search(low):
        return "other", f"'{orig}' here is a battery state of charge, not a report"
    if orig == "SoC" or (HARDWARE.search(low) and not OPS.search(low)):
        return "other", f"'{orig}' here is a system-on-chip, not a report"
    if _LIST_ITEM.search(low) and (frameworks_named(low, found.words) or CERT_WORDS.search(low)):
        return "report", f"'{orig}' listed beside certifications or frameworks → a SOC report"
    if OPS.search(low):
        d.extra_criteria.add("CC7.2")
        if ANALYSTS.search(low):
            d.extra_criteria.add("CC1.4")
        if OUTSOURCED.search(low):
            d.extra_criteria.add("CC9.2")
        return (
            "ops",
            f"'{orig}' here is a Security Operations Center (monitoring function), not a report",
        )
    # (LIFECYCLE's token gate first: the text's token set is at hand)
    if REPORT_WORDS.search(low) or LIFECYCLE.search(low, found.words):
        return "report", f"'{orig}' with report vocabulary → a SOC report"
    d.extra_criteria.add("CC7.2")
    return "ops?", f"bare '{orig}' read as a Security Operations Center (ambiguous)"
