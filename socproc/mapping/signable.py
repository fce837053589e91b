"""Answers the vendor can sign (spec 6.1): what goes in the buyer's cell, and only from a fact.

Evidence is not an answer. A report whose criteria touch a topic is evidence to attach; the
answer must come from a specific fact in the inventory: an approved answer, a control whose
description states what is asked, a document of that topic, an attribute of a report, or the
vendor's own name and contact. Everything else is left blank for the reviewer.

The decision reads the question's form (a field to fill, a yes/no question, a request to
describe or to provide something) and its subject (the vendor, one of its reports, its hosting
provider, or an admission such as a breach), never a topic word alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from socproc.inventory.load import Control, EvidenceDocument, Report
from socproc.mapping.answers import content_tokens, polarity
from socproc.mapping.holdings import YES_NO_RX, Context, asks_about_report
from socproc.model import Classification, Requirement, SocNeed


class Form(StrEnum):
    """What kind of answer a question asks for."""

    FIELD = "field"  # a value about the vendor: name, contact, date completed
    YES_NO = "yes/no"  # "Do you ...?", "Is ...?"
    DESCRIBE = "describe"  # "Describe ...", "Explain ...", "How do you ...?"
    REQUEST = "request"  # "Provide ...", "Attach ...", "Upload ..."
    OTHER = "other"


_DESCRIBE_RX = re.compile(
    r"^\s*(please\s+)?(describe|explain|list|outline|detail|summari[sz]e|specify|identify|"
    r"state|indicate|what|which|how|who|where|when|why)\b"
    r"|\b(describe|explain|list|outline)\b[^.?]*$",
    re.I,
)
_REQUEST_RX = re.compile(
    r"^\s*(please\s+)?(provide|attach|upload|submit|share|send|include|supply|furnish)\b",
    re.I,
)
# A short label naming a fact about the vendor itself: "Company name", "Contact email".
_FIELD_RX = re.compile(
    r"^\s*(vendor|company|supplier|organi[sz]ation|business|legal|your)?\s*"
    r"(legal\s+)?(name|contact|e-?mail|phone|title|date)\b",
    re.I,
)
_NAME_RX = re.compile(
    r"\b(vendor|company|supplier|organi[sz]ation|business|legal)('?s)?\s+(legal\s+)?name\b|"
    r"\bname of (your|the) (company|organi[sz]ation|business|vendor)\b",
    re.I,
)
_CONTACT_RX = re.compile(
    r"\bcontact\b|\bwho (is|are) responsible\b|\bcompleted by\b|\brespondent\b", re.I
)
_EMAIL_RX = re.compile(r"\be-?mail\b", re.I)
_TITLE_RX = re.compile(r"\b(job\s+)?title\b|\brole\b|\bposition\b", re.I)
_PERSON_NAME_RX = re.compile(r"\bname\b", re.I)
_DATE_DONE_RX = re.compile(r"\bdate\b.*\b(complet|fill|submi|prepar)", re.I)

# Questions whose honest answer may be an admission: answered only from an approved answer.
_ADMISSION_RX = re.compile(
    r"\b(breach(es|ed)?|compromise[sd]?|incidents?\s+(in|over|during|within)\s+the\s+(last|past)|"
    r"(had|experienced|suffered|reported)\b[^?]{0,40}\b(incident|breach|attack|outage|loss)|"
    r"litigation|lawsuit|legal action|sued|fine[sd]?\b|penalt|regulatory action|"
    r"plain\s*-?\s*text|clear\s*-?\s*text|hard\s*-?\s*coded|shared (user )?accounts?|"
    r"generic accounts?|(outside|leave|leaves|transferr?ed|stored|processed)\b[^?]{0,40}"
    r"\b(country|countries|region|eu|eea|us|united states|jurisdiction)|offshore|"
    r"subcontract|fourth[- ]part|bankrupt|insolven|acquired|acquisition|merger|"
    r"criminal|convicted|sanction)",
    re.I,
)
# The subject is another organisation: the hosting provider, a data centre, a subprocessor.
_PROVIDER_RX = re.compile(
    r"\b(hosting|cloud|infrastructure|iaas|paas|saas|colocation|data ?cent(er|re)s?|"
    r"third[- ]part(y|ies)|sub-?processors?|sub-?service|vendors?'?|suppliers?'?)\s*"
    r"(provider|providers|organi[sz]ation|organi[sz]ations|vendor|vendors|facility|"
    r"facilities|partner)?\b[^?]{0,60}\b(have|has|hold|holds|maintain|provide|undergo|"
    r"certified|report|soc)\b|\b(your|the) (hosting|cloud|data ?cent(er|re)) provider",
    re.I,
)
_NEGATED_RX = re.compile(r"\b(not|never|without|no)\b", re.I)

# Report attributes a question can ask about.
_EXCEPTION_RX = re.compile(
    r"\bexceptions?\b|\bdeviations?\b|\bqualified opinion\b|\bfindings\b", re.I
)
_BRIDGE_RX = re.compile(r"\bbridge\b|\bgap letter\b", re.I)
_CARVE_RX = re.compile(
    r"\bcarve[sd]?[- ]?out\b|\bcarved\b|\bsub-?service organi[sz]ations?\b", re.I
)
_OLDER_RX = re.compile(
    r"\b(older|more) than\s+(\d+|one|two|three|six|twelve|eighteen)\s*(months?|years?)\b", re.I
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "six": 6, "twelve": 12, "eighteen": 18}
_CATEGORY_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("privacy", re.compile(r"\bprivacy\b", re.I)),
    ("availability", re.compile(r"\bavailability\b", re.I)),
    ("confidentiality", re.compile(r"\bconfidentiality\b", re.I)),
    ("processing integrity", re.compile(r"\bprocessing integrity\b", re.I)),
)
_INCLUDE_RX = re.compile(
    r"\b(include|includes|including|cover|covers|scope|principle|criteria|categor)", re.I
)

# How much of a question's own words a control's description must state.
STATED_SHARE = 0.6
# Words that carry no subject of their own in a question ("Do you have a process to ...").
_FRAME_WORDS = content_tokens(
    "have has had does do did are is was were will would can could shall should must may "
    "your you organization organisation company vendor service services product products "
    "process processes procedure procedures policy policies place ensure ensured ensures "
    "maintain maintained maintains documented document formal formally established "
    "implemented implement appropriate adequate regularly regular periodically periodic "
    "place system systems data information security all any each every following "
    "describe explain please provide applicable including include such used using use "
    "able support supports supported require required requires within order least"
)


@dataclass(frozen=True, slots=True)
class Signed:
    """The answer for the buyer's cell and the fact behind it ('' when none supports one)."""

    answer: str
    fact: str  # the fact in the vendor's words, to lead the suggested response
    source: str = ""  # the inventory id of the fact, when there is one


NONE = Signed("", "")


def form_of(question: str) -> Form:
    """The question's form, from how it is put, not what it is about."""
    text = question.strip()
    short = len(text) <= 60 and not text.endswith("?")
    if short and _FIELD_RX.match(text):
        return Form.FIELD
    if _REQUEST_RX.match(text):
        return Form.REQUEST
    if YES_NO_RX.match(text):
        return Form.YES_NO
    if _DESCRIBE_RX.search(text):
        return Form.DESCRIBE
    return Form.OTHER


def is_admission(question: str) -> bool:
    """Whether the honest answer could be an admission (breach, litigation, data abroad...)."""
    return bool(_ADMISSION_RX.search(question))


def about_provider(question: str) -> bool:
    """Whether the question is about another organisation (hosting provider, subprocessor)."""
    return bool(_PROVIDER_RX.search(question))


def field_value(ctx: Context, question: str) -> Signed:
    """The vendor's own name, contact or the date of completion, where a field asks for it."""
    inv = ctx.inventory
    contact = inv.contact
    if _NAME_RX.search(question) and inv.vendor:
        return Signed(inv.vendor, inv.vendor, "vendor")
    if _DATE_DONE_RX.search(question):
        return Signed(ctx.as_of.isoformat(), ctx.as_of.isoformat(), "as_of")
    if contact is None:
        return NONE
    if _EMAIL_RX.search(question) and contact.email:
        return Signed(contact.email, contact.email, "contact")
    if _TITLE_RX.search(question) and contact.title:
        return Signed(contact.title, contact.title, "contact")
    if (_CONTACT_RX.search(question) or _PERSON_NAME_RX.search(question)) and contact.name:
        return Signed(contact.name, contact.name, "contact")
    return NONE


def subject_words(question: str) -> frozenset[str]:
    """The content words that say what a question is about (its frame words dropped)."""
    return frozenset(content_tokens(question) - _FRAME_WORDS)


def stating_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control whose description states most of what the question asks, if one does.

    "States" means the description holds at least STATED_SHARE of the question's subject
    words (at least two): a control on the same criterion but another topic does not answer.
    """
    wanted = subject_words(question)
    if len(wanted) < 2:
        return None
    best: tuple[float, Control] | None = None
    for control in controls:
        have = content_tokens(control.description)
        share = len(wanted & have) / len(wanted)
        if len(wanted & have) >= 2 and share >= STATED_SHARE and (best is None or share > best[0]):
            best = (share, control)
    return best[1] if best else None


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


def _report_for(ctx: Context, cls: Classification, question: str) -> Report | None:
    """The held report a question is about: the kind it names, else the SOC 2, else any SOC."""
    lowered = question.lower()
    kinds: list[str] = []
    if SocNeed.SOC1 in cls.soc_need or re.search(
        r"\bsoc\s*-?\s*(1|i|one)\b|ssae|isae 3402", lowered
    ):
        kinds += ["SOC 1", "ISAE 3402"]
    if {SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2} & set(cls.soc_need) or "soc 2" in lowered:
        kinds += ["SOC 2", "ISAE 3000"]
    if SocNeed.SOC3 in cls.soc_need:
        kinds.append("SOC 3")
    kinds += ["SOC 2", "SOC 1", "SOC 3", "ISAE 3000", "ISAE 3402"]
    for kind in kinds:
        held = [r for r in ctx.inventory.reports if r.kind == kind]
        if held:
            return max(held, key=lambda r: r.period_end or r.issued or date.min)
    return None


def report_attribute(ctx: Context, cls: Classification, question: str) -> Signed | None:
    """A truthful Yes/No to a question about a held report's attributes; None when the question
    is not about one of them (exceptions, bridge letter, carve-outs, age, categories)."""
    report = _report_for(ctx, cls, question)
    if report is None:
        return None
    name = f"{report.kind}{' ' + report.type if report.type else ''} report ({report.id})"
    if _EXCEPTION_RX.search(question):
        if report.exceptions:
            where = ", ".join(sorted({c for e in report.exceptions for c in e.criteria}))
            return Signed("Yes", f"Our {name} notes exceptions on {where}.", report.id)
        return Signed("No", f"Our {name} notes no exceptions.", report.id)
    if _BRIDGE_RX.search(question):
        bridges = [
            r for r in ctx.inventory.reports if r.kind == "bridge letter" and r.extends == report.id
        ]
        if bridges:
            last = max(bridges, key=lambda r: r.through or date.min)
            through = last.through.isoformat() if last.through else "its stated date"
            return Signed(
                "Yes", f"A bridge letter ({last.id}) extends our {name} through {through}.", last.id
            )
        return Signed("No", f"We do not currently hold a bridge letter for our {name}.", report.id)
    if _CARVE_RX.search(question):
        carved = [o.name for o in report.subservice_orgs if o.method == "carve-out"]
        if carved:
            return Signed("Yes", f"Our {name} carves out {', '.join(carved)}.", report.id)
        if report.subservice_orgs:
            names = ", ".join(o.name for o in report.subservice_orgs)
            return Signed(
                "No",
                f"Our {name} includes its subservice organisations ({names}) by the inclusive method.",
                report.id,
            )
        return None
    older = _OLDER_RX.search(question)
    if older and report.period_end:
        n = older.group(2)
        months = int(n) if n.isdigit() else _NUMBERS[n.lower()]
        if older.group(3).lower().startswith("year"):
            months *= 12
        age = _months_between(report.period_end, ctx.as_of)
        verdict = "Yes" if age > months else "No"
        return Signed(
            verdict,
            f"Our {name} covers a period ending {report.period_end.isoformat()}.",
            report.id,
        )
    if _INCLUDE_RX.search(question) and report.kind in ("SOC 2", "SOC 3", "ISAE 3000"):
        for category, rx in _CATEGORY_WORDS:
            if rx.search(question):
                if category in report.categories:
                    return Signed(
                        "Yes", f"Our {name} includes the {category.title()} category.", report.id
                    )
                return Signed(
                    "No", f"Our {name} does not include the {category.title()} category.", report.id
                )
    return None


def from_document(question: str, docs: list[EvidenceDocument]) -> Signed:
    """A held document of the question's topic: Yes (or its title), unless it is internal-only."""
    shareable = [d for d in docs if d.sharing != "internal"]
    if not docs:
        return NONE
    doc = (shareable or docs)[0]
    terms = " (available under NDA)" if doc.sharing == "nda" else ""
    if doc.sharing == "internal":
        return Signed("Yes", "We maintain a documented policy on this topic (internal).", doc.id)
    return Signed("Yes", f"We maintain {doc.title}{terms}.", doc.id)


def from_approved(answer_text: str) -> Signed:
    """The short answer an approved answer gives: Yes/No when it starts so, else its text."""
    said = polarity(answer_text)
    if said is None:
        return Signed(answer_text.strip(), answer_text.strip(), "answer")
    return Signed("Yes" if said else "No", answer_text.strip(), "answer")


def negated(question: str) -> bool:
    """A question put in the negative ("Do you not ...?"): a Yes/No would be read backwards."""
    return bool(_NEGATED_RX.search(question.split("?")[0][:80])) and bool(YES_NO_RX.match(question))


# "the report", "your SOC 2 report", "audit report": a report as a thing held, not "report" the verb.
_REPORT_THING_RX = re.compile(
    r"\b(the|your|a|an|this|our|latest|recent|current|most recent|audit|assurance|"
    r"attestation|soc\s*-?\s*[123]|type\s*(i{1,2}|[12]))\s+reports?\b",
    re.I,
)


def is_report_question(req: Requirement, cls: Classification) -> bool:
    """A question about holding or sharing a report, rather than about a control."""
    q = req.question
    return bool(cls.soc_need) and (asks_about_report(q) or bool(_REPORT_THING_RX.search(q)))


__all__ = [
    "NONE",
    "Form",
    "Signed",
    "about_provider",
    "field_value",
    "form_of",
    "from_approved",
    "from_document",
    "is_admission",
    "is_report_question",
    "negated",
    "report_attribute",
    "stating_control",
]
