"""Truthful answers about the vendor's own reports, from their attributes alone (spec 6.1).

"Do you have a SOC 2 Type II?", "Were exceptions noted?", "Does it include Privacy?", "Is it
older than 12 months?", "Are subservice organisations carved out? Name them.", "Through what
date does the bridge letter run?": each is answered from the inventory's report records. The
reports listed are all the vendor holds, so a kind that is not listed is answered "No".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from socproc.inventory.check import BRIDGEABLE_KINDS
from socproc.inventory.load import Report
from socproc.mapping.holdings import (
    LAPSED_WORDS,
    SCOPE_CLAUSE_RX,
    YES_NO_RX,
    Context,
    add_months,
    anchor_stale,
    asks_about_report,
    expired,
    lapsed_as,
    status_of_part,
)
from socproc.mapping.signable import (
    Cue,
    capitalised_names,
    in_digits,
    org_words,
    products_named,
    short_terms,
    subject_terms,
)
from socproc.mapping.wording import held_noun, lower_first, sentence

# Report kinds a question can name, and the inventory kinds that are that report.
# SSAE 16/18 alone is the attestation standard of SOC 1 and SOC 2 examinations alike.
_SSAE_KINDS = frozenset({"SOC 1", "SOC 2", "ISAE 3402", "ISAE 3000"})
_NAMED_KINDS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\bisae\s*-?\s*3402\b", re.I), frozenset({"ISAE 3402"})),
    (re.compile(r"\bisae\s*-?\s*3000\b", re.I), frozenset({"ISAE 3000"})),
    # A roman numeral only apart from "SOC": "SOC I", not the "SOCI Act".
    (
        re.compile(r"\bsoc\s*-?\s*(1|one)\b|\bsoc(\s+|\s*-\s*)i\b", re.I),
        frozenset({"SOC 1", "ISAE 3402"}),
    ),
    (re.compile(r"\bssae\s*-?\s*1[68]\b", re.I), _SSAE_KINDS),
    (
        re.compile(r"\bsoc\s*-?\s*(2|two)\b|\bsoc(\s+|\s*-\s*)ii\b", re.I),
        frozenset({"SOC 2", "ISAE 3000"}),
    ),
    (re.compile(r"\bsoc\s*-?\s*(3|iii|three)\b", re.I), frozenset({"SOC 3"})),
    (re.compile(r"\biso\s*[-/]?\s*(iec\s*[-/]?\s*)?27001\b", re.I), frozenset({"ISO 27001"})),
    (
        re.compile(
            r"\bpci\b|\battestation of compliance\b|\breport on compliance\b|\baoc\b|\broc\b", re.I
        ),
        frozenset({"PCI DSS"}),
    ),
    (re.compile(r"\bhitrust\b", re.I), frozenset({"HITRUST"})),
    (re.compile(r"\bfedramp\b", re.I), frozenset({"FedRAMP"})),
)
_ANY_KIND_RX = re.compile(
    r"isae|soc|ssae|iso|27001|pci|attestation of|report on compliance|aoc|roc|hitrust|fedramp",
    re.I,
)
# Credentials the inventory has no kind for: a report of kind "other" holds them.
_OTHER_CREDENTIALS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        (
            "CSA STAR certification or attestation",
            r"\bcsa\s+star\b|\bcloud\s+security\s+alliance\b[^?]{0,30}\bstar\b|"
            r"\bstar\s+(level\s+[12]|certification|attestation|registry)\b",
        ),
        ("ISO 9001 certificate", r"\biso\s*(/\s*iec\s*)?9001\b"),
        ("ISO 27017 certificate", r"\biso\s*(/\s*iec\s*)?27017\b"),
        ("ISO 27018 certificate", r"\biso\s*(/\s*iec\s*)?27018\b"),
        ("ISO 27701 certificate", r"\biso\s*(/\s*iec\s*)?27701\b"),
        ("ISO 22301 certificate", r"\biso\s*(/\s*iec\s*)?22301\b"),
        ("ISO 42001 certificate", r"\biso\s*(/\s*iec\s*)?42001\b"),
        ("Cyber Essentials certificate", r"\bcyber\s+essentials\b"),
        ("TISAX label", r"\btisax\b"),
        ("StateRAMP authorization", r"\bstate\s*ramp\b|\bgov\s*ramp\b"),
    )
)
_OR_RX = re.compile(r"\bor\b|/", re.I)
_OTHER_KEYS = ("star", "iso", "cyber", "tisax", "ramp")
# Examples of what is asked ("e.g., ISO 27001, SOC 2"), and a question about any of several.
_EXAMPLES_RX = re.compile(
    r"\be\.?\s?g\b|\bsuch as\b|\bfor example\b|\betc\b|\bor\s+(similar|other)\b", re.I
)
_ANY_OF_RX = re.compile(r"\bany\b[^?]{0,40}\b(certifications?|reports?|attestations?)\b", re.I)
# "SSAE 18/SOC 2": one ask named two ways; either held answers it.
_EITHER_RX = re.compile(
    r"\b(ssae\s*-?\s*1[68]|soc\s*-?\s*[12])\s*(/|or)\s*(ssae\s*-?\s*1[68]|soc\s*-?\s*[123])\b", re.I
)
# What a report must say of itself to be the one asked for: "Level 1", "Service Provider".
_QUALIFIER_RX = re.compile(r"\blevel\s*[1-4]\b|\bservice\s+provider\b|\bmerchant\b", re.I)
_TYPE1_RX = re.compile(r"\btype\s*-?\s*(1|i|one)\b", re.I)
_TYPE2_RX = re.compile(
    r"\btype\s*-?\s*(2|ii|two)\b|\boperating effectiveness\b|\bover a period\b", re.I
)
_TYPE_NAMED_RX = re.compile(r"\btype\s*-?\s*(1|i|one|2|ii|two)\b", re.I)
# Whether an NDA is needed to get a report: "Is an NDA required to obtain your SOC 3?".
_NDA_ASK_RX = re.compile(
    r"\b(nda|non-?disclosure(\s+agreement)?|confidentiality\s+agreement)\b[^?]{0,30}?\b(required|"
    r"needed|necessary|mandatory)\b|\b(require|requires|need|must\s+sign|have\s+to\s+sign)\b"
    r"[^?]{0,30}?\b(an?\s+)?(nda|non-?disclosure|confidentiality\s+agreement)\b",
    re.I,
)
_NO_NDA_RX = re.compile(
    r"\b(no|not|without)\b[^?]{0,20}\b(nda|non-?disclosure|confidentiality)", re.I
)
_PUBLIC_RX = re.compile(
    r"\bpublic(ly)?\b|\bgeneral[- ]use\b|\bpublish|"
    r"\bwithout\s+(signing\s+|a\s+signed\s+)?(an?\s+)?(nda|non-?disclosure|confidentiality\s+agreement)",
    re.I,
)

# A qualified opinion is the opinion's own question (_OPINION), not one on exceptions.
_EXCEPTION_RX = re.compile(r"\bexceptions?\b|\bdeviations?\b|\bdeficienc(y|ies)\b", re.I)
_ISSUED_RX = re.compile(
    r"\b(when\s+was\b[^?]{0,40}\bissued|what\s+date\b[^?]{0,40}\bissued|issue\s+date|"
    r"date\s+(it\s+)?was\s+issued|report\s+date|"
    # "the date of your SOC 1 report", not "the period end date of ...".
    r"(?<!end\s)(?<!start\s)(?<!ending\s)(?<!period\s)date\s+of\s+(the\s+|your\s+)?(most\s+recent\s+|latest\s+|last\s+)?"
    r"(soc|ssae|isae|audit|attestation)\b[^?]{0,20}\breport)\b",
    re.I,
)
_EXPIRES_RX = re.compile(
    r"\b(when\s+(does|will|did)\b[^?]{0,40}\bexpire|expir(y|ation)\s+date|valid\s+until|"
    r"date\s+of\s+expir\w*)\b",
    re.I,
)
_EXPIRED_RX = re.compile(r"\b(has|have|is|are)\b[^?]{0,60}\b(expired|lapsed|run\s+out)\b", re.I)
# "Is your AoC current?", "Is the certificate still valid?": whether it has expired.
_STILL_VALID_RX = re.compile(
    r"^\s*(is|are)\s+(your|the|its)\s+[^?]{0,60}?\b(current|valid|still\s+valid|unexpired|in\s+date)\s*\?",
    re.I,
)
# "valid through at least the end of 2027", "valid until December 2027".
_VALID_THROUGH_RX = re.compile(
    r"\bvalid\s+(through|until|till|to|beyond)\s+(at\s+least\s+)?(?P<end>the\s+end\s+of\s+)?"
    r"(\w+\s+)?(\d{1,2},?\s+)?(?P<year>20\d\d)\b",
    re.I,
)
_BRIDGE_RX = re.compile(r"\bbridge[sd]?\b|\bgap letter\b", re.I)
# What is to come: "Will you provide a bridge letter for 2027?" (not "Can you provide one?").
_WILL_ASK_RX = re.compile(
    r"\s*(?:(will|would)\s+(you|your|\w+)\b[^?]*\b(provid\w*|issu\w*|obtain\w*|get|produc\w*|"
    r"suppl\w*|shar\w*|sen[dt]\w*)\b|"
    # "Do you intend to issue a bridge letter later this year?"
    r"(do|does|are|is)\s+(you|your\s+\w+)\s+(intend|plan|planning|expect|going)\w*\s+to\b)",
    re.I,
)
# "carved out", "the inclusive method", "treated inclusively", "included inclusively"
_CARVE_RX = re.compile(
    r"\bcarve[sd]?[- ]?out\b|\bcarved\b|\binclusive method\b|\b(treated|included|presented|"
    r"handled|reported)\s+inclusively\b|\binclusively\b",
    re.I,
)
_PROVIDER_SCOPE_RX = re.compile(
    r"\b(hosting|cloud|data ?cent(er|re)|colocation|infrastructure|sub-?service|provider|"
    r"subprocessor|sub-processor)\b[^?]{0,60}"
    r"\b(included|in (the )?scope|covered|tested|audited|examined)\b",
    re.I,
)
# "older than 12 months", "more than a year old", "less than 12 months old", "newer than": the
# report's age (a period "of more than 6 months" is its length, not its age).
_OLDER_RX = re.compile(
    r"\b(?P<dir>older|younger|newer|more|less|over|under)(\s+than)?\s+(?:(?P<halfyear>half\s+a\s+"
    r"year)|(?P<n>\d+|one|two|three|six|twelve|eighteen|a)(?P<half1>\s+and\s+a\s+half)?\s*"
    r"(?P<unit>months?|years?)(?P<half2>\s+and\s+a\s+half)?)(?P<old>\s+(old|ago))?\b",
    re.I,
)
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "nine": 9,
    "twelve": 12,
    "eighteen": 18,
    "seven": 7,
    "eight": 8,
    "ten": 10,
    "thirty": 30,
    "sixty": 60,
    "ninety": 90,
    "a": 1,
}
# Assurance asked to reach today: "coverage complete up to today?", "continuous through today?".
_COVERAGE_NOW_RX = re.compile(
    r"\b(coverage|assurance|covered)\b[^?]{0,30}\b(complete|continuous|unbroken|uninterrupted)?"
    r"[^?]{0,20}\b(up\s+to|through|until|to)\s+(today|now|the\s+present|date)\b",
    re.I,
)
# "60 days from now", "three months from today", "in 90 days' time".
_FROM_NOW_RX = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)\s+"
    r"(?P<unit>day|week|month|year)s?\s+(from\s+(now|today)|ahead|(?:['’]\s*)?time)\b|"
    # "valid in 8 weeks?", "in two months?"
    r"\bin\s+(?P<n2>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|"
    r"ninety)\s+"
    r"(?P<unit2>day|week|month|year)s?\s*(?:['’]\s*time)?\s*\?",
    re.I,
)
_VALID_WORD_RX = re.compile(r"\b(valid|current|in\s+force|unexpired)\b", re.I)
# "the as-of date of your SOC 2 Type I report": the date it speaks as of, not when issued.
_AS_OF_ASK_RX = re.compile(r"\bas[- ]of\b", re.I)
_PERIOD_RX = re.compile(
    r"\b(what|which)\b[^?]{0,40}\b(period|dates?)\b|\bperiod\b[^?]{0,30}\bcover", re.I
)
# A field that asks for the period: "SOC 1 report period (start and end dates)", "Audit period".
_PERIOD_FIELD_RX = re.compile(r"\b(report|audit|examination|review|testing)\s+period\b", re.I)
_OPINION_RX = re.compile(
    r"\bopinion\b|\b(un)?qualified\b(?!\s+(personnel|staff|security|assessors?|individuals|people|"
    r"professionals|engineers|auditors?))",
    re.I,
)
# The auditor is a value only where the question asks who ("which audit firm", "name of the
# auditor"), not where it mentions the auditor's tests.
_AUDITOR_RX = re.compile(
    r"\b(which|what|who|name of)\b[^?]{0,30}\b(audit(ing)? firm|auditors?|cpa firm)\b|"
    r"\bwho (issued|performed|conducted|audited)\b|"
    # A field: "SOC 2 audit firm", "Auditor of your SOC 2 report", "Auditor name".
    r"^\s*(?:[\w-]+\s+){0,3}?(?:audit(?:ing)?\s+firm|auditor|cpa\s+firm)(?:['’]s)?"
    r"(?:\s+name|\s+(?:of|for)\s+[^?]{0,40})?\s*[:?]?\s*$|"
    r"\b(which|what)\s+(firm|company|cpa)\b[^?]{0,40}\b(perform|conduct|issu|audit|examin)",
    re.I,
)


def _other_holder_asked(ctx: Context, question: str, kinds: frozenset[str]) -> bool:
    """Whether a question names the holder of another entity's report of a kind asked (one
    the inventory lists but the vendor does not hold: `ctx.given` has it, `ctx.inventory` not)."""
    vendor = {w.lower() for w in ctx.inventory.vendor.split()}
    own = {r.id for r in ctx.inventory.reports}
    return any(
        re.search(rf"\b{re.escape(w)}\b", question)
        for r in ctx.given.reports
        if r.id not in own and r.kind in kinds
        for w in _HOLDER_WORD_RX.findall(r.title or "")
        if w.lower() not in vendor
    )


# A word of a company's name in a title ("Tejo" of "held by Tejo Software, Lda."), not an
# acronym or a kind ("ISO/IEC").
_HOLDER_WORD_RX = re.compile(r"\b[A-Z][a-z][\w&-]+\b")


# What kind of firm the auditor is: "a Big Four firm?", "a licensed CPA firm?".
_AUDITOR_KIND_ASK_RX = re.compile(
    r"\b(big\s*(four|4)|top[- ](tier|four)|licensed\s+(cpa|audit)|registered\s+(cpa|audit)|"
    r"(by|from)\s+an?\s+(independent\s+)?(cpa|accounting|audit)\s+firm|aicpa[- ]member|"
    r"peer[- ]reviewed)\b",
    re.I,
)
_BIG_FOUR_ASK_RX = re.compile(r"\bbig\s*(four|4)\b", re.I)
# A firm named as the one that did the work: "audited by Deloitte", "issued by Kestrel & Lowe
# CPAs or by KPMG" (capitalised names after the verb's "by").
_BY_FIRM_RX = re.compile(
    r"\b(?:audited|examined|performed|issued|conducted|prepared|attested|signed|done|carried\s+out)"
    r"\s+by\s+(?P<firms>[A-Z][^?]{0,80})"
)
_FIRM_NAME_RX = re.compile(
    r"(?:^|\b(?:or|and|by)\s+|,\s*)([A-Z][\w&.'’-]*(?:\s+&?\s*[A-Z][\w.'’-]*)*)"
)
_SELF_AUDIT_RX = re.compile(
    r"\b(audited|examined|performed|issued|conducted|attested|done|carried\s+out)\s+"
    r"by\s+(your|our|the\s+company['’]s)\s+(own\s+)?(internal\s+|in-house\s+)?"
    r"(audit\w*|staff|team|employees|personnel|people|security\s+team)\b|"
    r"\b(self-(assessed|audited|attested)|internally\s+(audited|assessed|prepared))\b",
    re.I,
)
# Words every firm's name may carry, which tell no firm from another.
_FIRM_GENERIC = frozenset(
    (
        "llp",
        "llc",
        "inc",
        "ltd",
        "cpa",
        "cpas",
        "pc",
        "pllc",
        "co",
        "partners",
        "group",
        "the",
        "and",
        "&",
        "as",
        "ab",
        "gmbh",
        "sa",
        "ag",
        "bv",
        "audit",
        "assurance",
        "accountants",
        "accounting",
        "chartered",
    )
)


def _firm_words(name: str) -> frozenset[str]:
    return frozenset(_firm_heads(name))


def _firm_heads(name: str) -> tuple[str, ...]:
    """A firm's distinctive words in order ("Kestrel & Lowe CPAs LLP" → kestrel, lowe;
    "A-LIGN Assurance" → a-lign), the Big Four by the short names they go by
    ("PricewaterhouseCoopers" → pwc)."""
    text = _BIG_FOUR_SHORT_RX.sub(_short_name, name.casefold())
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text)
    return tuple(w for w in words if w not in _FIRM_GENERIC and w not in _NOT_A_FIRM)


_BIG_FOUR_SHORT_RX = re.compile(r"pricewaterhouse\s*coopers|ernst\s*(&|and)\s*young")


def _short_name(m: re.Match[str]) -> str:
    return "pwc" if m[0].startswith("p") else "ey"


def _firms_named(question: str) -> tuple[tuple[str, ...], ...]:
    """The firms a question names as having done the work, each as its distinctive words in
    order: "audited by Deloitte", "Did Kartli Certification audit your SOC 2?", "Is Andes
    Certificadora your service auditor?", "Is your SOC 2 auditor Kestrel & Lowe?"."""
    m = _BY_FIRM_RX.search(question)
    if m is not None:
        if _FIRM_KIND_RX.search(m["firms"]):
            return ()  # "by AICPA-accredited auditors": a kind of firm, not one by name
        firms = (_firm_heads(f) for f in _FIRM_NAME_RX.findall(m["firms"]))
        return tuple(f for f in firms if f)
    m = _name_in_auditors_place(question)
    if m is None:
        return ()
    name = _firm_heads(m["name"])
    one_word = len(m["name"].split()) == 1
    if one_word and name and name[0] not in _BIG_FOUR and not _ACRONYM_RX.fullmatch(m["name"]):
        return ()  # "Did Management sign ...?", "Is your auditor Canadian?": not a firm's name
    return (name,) if name else ()


def _kind_mistaken(ctx: Context, question: str) -> Fact | None:
    """ "Is your ISO 27001 certificate a HIPAA certification?", "Is your SOC 2 report an ISO
    27001 certificate?": a held report asked to be another framework's is not (None where the
    other names no framework, or the same kind: "Is your SOC 2 a Type II report?")."""
    m = _IS_A_RX.match(question) or _CERTIFIES_RX.match(question)
    if m is None:
        return None
    kinds = named_kinds(m["held"])
    if len(kinds) != 1:
        return None
    other = _FRAMEWORK_RX.findall(m["other"])
    if not _CREDENTIAL_ONLY_RX.fullmatch(m["other"]) or any(
        k & kinds[0] for k in named_kinds(m["other"])
    ):
        # "a subset of your SOC 2 scope?", "a key part of your GDPR compliance?": not asked
        # to be another framework's credential.
        return None
    report = next(iter(_newest_first(_of_kinds(ctx.inventory.reports, kinds[0]), question)), None)
    if report is None:
        return None
    return Fact(
        "No", f"Our {_name(report)} is issued under {report.kind}, not {other[0]}.", report.id
    )


# "Is your ISO 27001 certificate a HIPAA certification?": one credential asked to be another.
_IS_A_RX = re.compile(
    r"^\s*(?:is|was)\s+(?:your|the|our)\s+(?P<held>[^?]{2,60}?)\s+(?:an?|also\s+an?)\s+(?P<other>[^?]{2,60})\?",
    re.I,
)
# "Does your ISO 27001 certificate certify HIPAA compliance?": what a credential certifies.
_CERTIFIES_RX = re.compile(
    r"^\s*(?:does|do)\s+(?:your|the|our)\s+(?P<held>[^?]{2,60}?)\s+(?:certify|certifies)\s+"
    r"(?P<other>[^?]{2,60})\?",
    re.I,
)
_FRAMEWORK_NAMES = (
    r"SOC\s*[123]|ISO(?:/IEC)?\s*\d{4,5}|PCI(?:\s+DSS)?|HITRUST|FedRAMP|ISAE\s*\d{4}|SSAE\s*\d+|"
    r"CSA\s+STAR|Cyber\s+Essentials|TISAX|IRAP|HIPAA|HITECH|GDPR|NIST|CMMC|SOX|StateRAMP|C5|HDS|ENS"
)
# Another framework's credential and nothing more: "a HIPAA certification", "an ISO 27001
# certificate", "HIPAA compliance", "a SOC 1 Type II report".
_CREDENTIAL_ONLY_RX = re.compile(
    r"\s*(?:an?\s+)?(?:" + _FRAMEWORK_NAMES + r")(?:\s+(?:DSS|Type\s+(?:I|II|1|2)|v?\d[\d.:]*|"
    r"Level\s+\d))*(?:\s+(?:report|certificate|certification|attestation|audit|AoC|compliance))?\s*",
    re.I,
)
# A framework a credential is of, held or not: the report kinds and frameworks that certify.
_FRAMEWORK_RX = re.compile(r"\b(" + _FRAMEWORK_NAMES + r")\b", re.I)


def _same_firm(ctx: Context, question: str) -> Fact | None:
    """ "Did the same firm issue your SOC 2 report and your ISO 27001 certificate?", "Is your
    SOC 2 auditor also your ISO certification body?": the two reports' issuers compared (the
    newest of each kind); None when the question compares no issuers of two kinds."""
    ask = _SAME_FIRM_RX.search(question)
    kinds = named_kinds(question) if ask else ()
    if ask is None or len(kinds) != 2:
        return None
    pair = [_newest_first(_of_kinds(ctx.inventory.reports, k), question)[:1] for k in kinds]
    if not all(pair):
        return Fact("", "We do not hold both reports asked.")
    first, second = pair[0][0], pair[1][0]
    if not (first.auditor and second.auditor):
        return Fact("", "The inventory does not name the firm behind both reports.", first.id)
    said = (
        f"Our {_name(first)} was issued by {first.auditor}; "
        f"our {_name(second)} by {second.auditor}."
    )
    same = _is_the_firm((_firm_heads(first.auditor),), second.auditor)
    if not same:
        return Fact("", said, first.id)
    return Fact("Yes" if (same == "Yes") != bool(ask["other"]) else "No", said, first.id)


# "the same firm", "also your certification body", "a different auditor".
_SAME_FIRM_RX = re.compile(
    r"\b(?:same|(?P<other>different|another|separate))\s+(?:audit(?:ing)?\s+|cpa\s+)?"
    r"(?:firm|auditors?|company|body|certification\s+body|registrar)\b|"
    r"\b(?:auditor|audit\s+firm|registrar|certification\s+body|assessor)\b[^?]{0,40}\balso\b[^?]{0,40}\b(?:auditor|certification\s+body|"
    r"registrar|assessor|audit\s+firm)\b",
    re.I,
)


def _who_audited_asked(question: str) -> bool:
    """Whether a question asks who did a report's work by a name ("Is Schellman your SOC 2
    auditor?", "Did Management sign your SOC 2 assertion?")."""
    return _name_in_auditors_place(question) is not None


def _name_in_auditors_place(question: str) -> re.Match[str] | None:
    """The name a question on a report puts where its auditor is named ("Did Kartli
    Certification audit your SOC 2?", "Is your SOC 2 auditor X?"); None for a question on
    people ("Is MFA enforced for your freelance auditors?") or a kind of firm ("Is your SOC 2
    auditor Big Four?", "... a member of the AICPA?"), read elsewhere."""
    if not named_kinds(question):
        return None
    m = next((m for rx in _FIRM_ASKED_RXS if (m := rx.match(question)) is not None), None)
    if m is None or _FIRM_KIND_RX.search(m["name"]) or _NOT_A_NAME_RX.search(m["name"]):
        return None
    return m


def _is_the_firm(named: tuple[tuple[str, ...], ...], auditor: str) -> str:
    """Whether one of the firms named is the auditor: "Yes" where all a name's distinctive
    words are the auditor's ("Kestrel & Lowe Accountants" is Kestrel & Lowe CPAs LLP), "No"
    where none are and the name is a firm's ("Kartli Certification" is not Andes
    Certificadora SRL), "" in between ("Kestrel Advisory", or "Is your auditor Canadian?")."""
    heads = _firm_heads(auditor)
    ours = set(heads)
    if not ours:
        return ""
    # All of a name's words, and at least two of the auditor's (a Big Four firm by its own
    # name alone: "Deloitte" for Deloitte & Touche LLP; "Kestrel" may be another Kestrel).
    if any(
        set(f) <= ours and (len(f) >= min(2, len(ours)) or (f == heads[:1] and f[0] in _BIG_FOUR))
        for f in named
    ):
        return "Yes"
    if all(not set(f) & ours for f in named):
        return "No"
    return ""


_BIG_FOUR = frozenset({"deloitte", "pwc", "ey", "kpmg"})
# A firm that goes by capitals: "BDO", "A-LIGN", "RSM".
_ACRONYM_RX = re.compile(r"[A-Z0-9&-]{2,}")


# A firm by name where a question asks who the auditor is: "Did Kartli Certification audit
# your SOC 2?", "Is Andes Certificadora your SOC 2 service auditor?", "Is your SOC 2 auditor
# Kestrel & Lowe?" (not "Is your auditor a member of the AICPA?": no name in that place).
_FIRM_NAME = r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:(?:&|and)\s+)?[A-Z][\w&.'’-]*)*)"
_AUDITOR_NOUN = (
    r"(?i:auditors?|audit\s+firm|cpa\s+firm|certification\s+body|certifying\s+body|registrar|"
    r"assessor|QSA)"
)
_FIRM_ASKED_RXS = (
    re.compile(
        r"\s*(?i:did|has|have)\s+" + _FIRM_NAME + r"\s+(?i:audit|examine|perform|issue|conduct|"
        r"prepare|attest|sign|certif)\w*\s+(?i:your|the|our)\b"
    ),
    re.compile(
        r"\s*(?i:is|was)\s+"
        + _FIRM_NAME
        + r"\s+(?i:your|the|our)\s+[^?]{0,40}?\b"
        + _AUDITOR_NOUN
        + r"\s*\?\s*$"
    ),
    re.compile(
        r"\s*(?i:is|was)\s+(?i:your|the|our)\s+[^?]{0,40}?\b"
        + _AUDITOR_NOUN
        + r"(?:\s+(?i:of|for)\s+[^?]{1,40}?)?\s+"
        + _FIRM_NAME
        + r"\s*\?\s*$"
    ),
)
# A name place filled by a kind of body, not a firm: "the AICPA", "UKAS", "the PCAOB".
_NOT_A_NAME_RX = re.compile(r"\b(AICPA|UKAS|PCAOB|ANAB|IAF|ISO|IEC|US|USA|UK|EU|Big\s+(Four|4))\b")
# Capitalised words of a question that name no firm: its first word, report kinds, types.
_NOT_A_FIRM = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "did",
        "has",
        "have",
        "does",
        "do",
        "your",
        "our",
        "the",
        "a",
        "an",
        "soc",
        "type",
        "i",
        "ii",
        "iii",
        "1",
        "2",
        "3",
        "iso",
        "iec",
        "pci",
        "dss",
        "aoc",
        "ssae",
        "isae",
        "hitrust",
        "fedramp",
        "csa",
        "star",
        "bridge",
        "letter",
        "report",
        "certificate",
        "qsa",
        "cpa",
        "service",
        "auditor",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


_FIRM_KIND_RX = re.compile(
    r"\b(accredited|licensed|registered|certified|member|approved|qualified|independent|aicpa|"
    r"ukas|cpa\s+firm|auditors?\b|firms?\b)",
    re.I,
)


# The four largest audit networks, by the names their member firms carry.
_BIG_FOUR_RX = re.compile(r"\b(deloitte|pwc|pricewaterhouse\w*|ey|ernst\s*&\s*young|kpmg)\b", re.I)
_THROUGH_RX = re.compile(
    r"\b(through|until|to) what date\b|\bwhat date\b[^?]{0,40}\b(through|cover)", re.I
)
_CATEGORY_RX: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("security", re.compile(r"\bsecurity\b(?!\s+(standards?|polic|programs?|training))", re.I)),
    ("privacy", re.compile(r"\bprivacy\b", re.I)),
    ("availability", re.compile(r"\bavailability\b", re.I)),
    ("confidentiality", re.compile(r"\bconfidentiality\b", re.I)),
    ("processing integrity", re.compile(r"\bprocessing integrity\b", re.I)),
)
# A question about the report's categories names them as such: "the Privacy category",
# "Trust Service Principle", "criteria", "in scope" (not "any security or privacy standard").
_SCOPE_RX = re.compile(
    r"\b(principles?|criteria|categor(y|ies)|trust services?|tsc|in scope|scope of)\b", re.I
)
# "Does your SOC 2 report include / cover Privacy?": a category named with the report.
# The category is what is included, not a word of something else ("any security or privacy
# standard", "privacy policy").
_ALL_CATEGORIES_RX = re.compile(
    r"\ball\s+(the\s+)?(five\s+|5\s+)?(trust\s+services?\s+)?(categories|criteria|principles|tsc)\b",
    re.I,
)


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


_INCLUDES_RX = re.compile(
    r"\b(include|includes|including|cover|covers|covering|examine|examined|examining)\s+(the\s+)?"
    r"(both\s+(the\s+)?|all\s+of\s+|each\s+of\s+)?(security|privacy|availability|confidentiality|processing\s+integrity)\b(?!\s+(standards?|"
    r"polic|laws?|regulations?|programs?|notices?|training|requirements?))|"
    # "Is Privacy included in your SOC 2?", "Was Confidentiality examined ...?".
    r"\b(is|was|are|were)\s+(the\s+)?(security|privacy|availability|confidentiality|processing\s+"
    r"integrity)\s+((criteria|category|principle)\s+)?(included|covered|examined|in\s+scope)\b",
    re.I,
)
_END_RX = re.compile(r"\b(end|ending|last day|close)\b", re.I)
_START_RX = re.compile(r"\b(start|starting|begin|beginning|first day)\b", re.I)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_ISO_DATE_RX = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORDY_DATE_RX = re.compile(
    r"\b(?:([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}))\b", re.I
)


# The source of a "No" that says a report or certificate is not held at all.
NOT_HELD = "not held"


@dataclass(frozen=True, slots=True)
class Fact:
    """A short answer and the fact behind it, in the vendor's words, with its inventory id."""

    answer: str
    text: str
    source: str = ""


def date_in(text: str) -> date | None:
    """The first calendar date a question names ("December 31, 2026", "2026-12-31")."""
    try:
        iso = _ISO_DATE_RX.search(text)
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        wordy = _WORDY_DATE_RX.search(text)
        month = _MONTHS.get((wordy[1] or wordy[5] or "").lower()) if wordy else None
        if wordy and month:
            return date(int(wordy[3] or wordy[6]), month, int(wordy[2] or wordy[4]))
    except ValueError:
        return None
    return None


# The international report that stands for a SOC report where the vendor holds none of it.
_STANDS_FOR = (("SOC 2", "ISAE 3000"), ("SOC 1", "ISAE 3402"))


def _of_kinds(reports: Sequence[Report], kinds: frozenset[str]) -> list[Report]:
    """The reports of the kinds asked. An ISAE 3000 stands for a SOC 2 (an ISAE 3402 for a
    SOC 1) only where no SOC 2 is held: "your SOC 2" of a vendor that holds one, however old,
    is that report, not its ISAE 3000."""
    for soc, isae in _STANDS_FOR:
        if soc in kinds and isae in kinds and any(r.kind == soc for r in reports):
            kinds = kinds - {isae}
    return [r for r in reports if r.kind in kinds]


@lru_cache(maxsize=1 << 12)
def named_kinds(question: str) -> tuple[frozenset[str], ...]:
    """The report kinds a question names, each as the inventory kinds that are it."""
    if not _ANY_KIND.search(question):
        return ()  # most questions name none: one search instead of nine
    named = tuple(kinds for rx, kinds in _NAMED_KINDS if rx.search(question))
    # "your SSAE 18 SOC 1 Type II report": the standard's wider set adds nothing to the kind
    # named with it (a SOC 2 is no SSAE 18 SOC 1).
    if not _SOC_NUMBER_RX.search(question):
        return named  # "SSAE 18 or ISAE 3402": alternatives, each as named
    return tuple(k for k in named if not any(other < k for other in named))


def holds_named(reports: Sequence[Report], text: str) -> bool | None:
    """Whether a report of every kind `text` names is held, of the type it names where it
    names one ("a SOC 2 Type II report" is not held by a vendor with a Type I); None when it
    names no report kind."""
    kinds = named_kinds(text)
    if not kinds:
        return None
    wanted = _type_named(text)
    return all(
        any(r.kind in k and (wanted is None or not r.type or r.type == wanted) for r in reports)
        for k in kinds
    )


# The standard and the kind named as one ("SSAE 18 SOC 1 Type II", "SOC 1 (SSAE 18)"), not
# as alternatives ("SSAE 18/SOC 2", "SSAE 18 or ISAE 3402").
_SOC_NUMBER_RX = re.compile(
    r"\bSSAE\s*-?\s*1[68]\s+SOC\s*[12]\b|\bSOC\s*[12]\s*(Type\s*(I|II|1|2)\s*)?\(\s*SSAE", re.I
)


def _of_years(reports: list[Report], question: str) -> list[Report]:
    """The reports of the years a question names ("your 2023 SOC 2", "your 2022-2023 SOC 2
    report"): those whose period or issue falls in one of them, the one ending in it where
    one does; the report of the period or end day it names ("for October 2024 to September
    2025", "for the 12 months ended 30 September 2025"); all when it names none."""
    ended_on = _ENDED_ON_RX.search(question)
    day = date_in(ended_on["day"]) if ended_on is not None else None
    if day is not None:
        # "your SOC 1 for the 12 months ended 30 September 2025": the report ending that day.
        return [r for r in reports if r.period_end == day]
    month = _MONTH_END_RX.search(ended_on["day"]) if ended_on is not None else None
    if month is not None:
        # "the period ending July 2027": the report whose period ends in that month.
        y, mo = int(month[2]), _MONTHS[month[1].lower()]
        return [
            r
            for r in reports
            if r.period_end and (r.period_end.year, r.period_end.month) == (y, mo)
        ]
    span = _SPAN_RX.search(question)
    iso = _ISO_SPAN_RX.search(question) if span is None else None
    if iso is not None:
        # "your 2026-07-01 to 2027-06-30 SOC 2 examination": the report of those days.
        first, last = date_in(iso["d1"]), date_in(iso["d2"])
        return [r for r in reports if r.period_start == first and r.period_end == last]
    pair = _YEAR_SPAN_RX.search(question) if span is None else None
    if pair is not None:
        # "a SOC 2 Type II report for 2026-2027": a period from one year into the next.
        y1, y2 = int(pair["y1"]), int(pair["y2"][-2:]) + 2000
        return [
            r
            for r in reports
            if r.period_start is not None
            and r.period_end is not None
            and (r.period_start.year, r.period_end.year) == (y1, y2)
        ]
    if span is not None:
        # "the SOC 1 for October 2024 to September 2025": the report of that period.
        start = (int(span["y1"]), _MONTHS[span["m1"].lower()])
        end = (int(span["y2"]), _MONTHS[span["m2"].lower()])
        return [
            r
            for r in reports
            if r.period_start is not None
            and r.period_end is not None
            and (r.period_start.year, r.period_start.month) == start
            and (r.period_end.year, r.period_end.month) == end
        ]
    found = list(_REPORT_YEAR_RX.finditer(question))
    years = {int(m[1] or m[2] or m[3] or m[4]) for m in found}
    if not years:
        return reports
    # "performed for 2025" names the period examined; "your 2025 SOC 1" may be the issue's year.
    issue_years = {int(m[1] or m[2] or m[4]) for m in found if not m[3]}
    named = [
        r
        for r in reports
        if {d.year for d in (r.period_start, r.period_end) if d is not None} & years
        or (r.issued is not None and r.issued.year in issue_years)
    ]
    # "your 2025 SOC 1" of periods Oct 2024-Sep 2025 and Oct 2025-Sep 2026: the one that ends
    # (or was issued) in 2025.
    ended = [r for r in named if (d := r.period_end or r.issued) is not None and d.year in years]
    return ended if len(ended) == 1 else named


_MONTH_TEXT = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ENDED_ON_RX = re.compile(
    r"\b(?:months?|year|period)\s+(?:end(?:ed|ing)\s+(?:on\s+)?|to\s+)(?P<day>[^?,;]{6,30})", re.I
)
_ISO_SPAN_RX = re.compile(
    r"\b(?P<d1>(?:19|20)\d\d-\d\d-\d\d)\s*(?:to|through|until|-|–)\s*(?P<d2>(?:19|20)\d\d-\d\d-\d\d)\b"
)
# "for 2026-2027", "2026/27": two consecutive years (not a date's "2026-07").
_YEAR_SPAN_RX = re.compile(r"\b(?P<y1>20\d\d)\s*(?:-|–|/|to)\s*(?P<y2>20\d\d|\d\d)\b(?![-/]\d)")
_SPAN_RX = re.compile(
    rf"\b(?P<m1>{_MONTH_TEXT})\.?\s+(?P<y1>(?:19|20)\d\d)\s*(?:to|through|until|-|–)\s*"
    rf"(?P<m2>{_MONTH_TEXT})\.?\s+(?P<y2>(?:19|20)\d\d)\b",
    re.I,
)


# A year named beside a report: "your 2023 SOC 2", "the 2022-2023 report", "SOC 2 from 2024".
_REPORT_YEAR_RX = re.compile(
    r"\b((?:19|20)\d\d)(?=(?:[-/](?:19|20)?\d\d)?\s+(?:soc|isae|iso|report|audit|attestation))"
    r"|(?<=\bfrom\s)((?:19|20)\d\d)\b"
    # "Was a SOC 1 examination performed for 2025?", "for fiscal year 2025", "for FY 2025"
    r"|\bfor\s+(?:the\s+)?(?:(?:fiscal|calendar|financial)\s+)?(?:year\s+|fy\s*)?"
    r"((?:19|20)\d\d)\b(?![-/]\d)"
    # "Was a SOC 2 examination performed in 2025?": the period's or the issue's year.
    r"|\b(?:performed|conducted|completed|carried\s+out|issued|done)\s+in\s+((?:19|20)\d\d)\b",
    re.I,
)


def _kinds_named(reports: list[Report]) -> str:
    return "/".join(dict.fromkeys(r.kind for r in reports))


def _newest(reports: list[Report], question: str = "") -> Report | None:
    """The newest of `reports`, of the type the question names when it names one: "your SOC 2
    Type II" is the Type II held, not a newer Type I."""
    if question:
        reports = _of_number(_of_part(_of_years(reports, question), question), question)
    if (
        _one_type(question)
        and not _TYPE_ASKED_RX.search(question)
        and (_TYPE_NAMED_RX.search(question) or not _LATEST_RX.search(question))
    ):
        # "Is your most recent SOC 2 a Type II?" and "Does your latest SOC 2 test operating
        # effectiveness?" ask of the newest, whatever its type.
        wanted = "Type I" if _TYPE1_RX.search(question) else "Type II"
        reports = [r for r in reports if r.type == wanted] or reports
    return max(reports, key=lambda r: r.period_end or r.issued or date.min, default=None)


def _of_number(reports: list[Report], question: str) -> list[Report]:
    """Only the report or certificate a question names by its number ("Is ISO 27001
    certificate IE-2207 still in force?"): none when none held bears it, since another's
    status would answer for it."""
    if "-" not in question:
        return reports  # most questions name no number: one substring test
    numbers = [(m["n"] or m["m"]).lower() for m in _DOC_NUMBER_RX.finditer(question)]
    numbers = [n for n in numbers if n.split("-")[0] not in _NOT_NUMBER_PREFIXES]
    if not numbers:
        return reports
    return [r for r in reports if any(n in f"{r.id} {r.title or ''}".lower() for n in numbers)]


# A certificate's or report's number beside its noun ("certificate IE-2207", "certificate no.
# CA-ISMS-3310", "IE-2207 certificate"), not a question's own reference ("Q-3.2", "SEC-04",
# "Control ID: AC-2").
_NUMBER = r"(?P<n>(?-i:[A-Z])[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-\d[\w-]*)"
_DOC_NUMBER_RX = re.compile(
    r"\b(?:certificate|certification|cert|report|attestation|registration)\s*(?:\(\s*|(?:number|no\.?|"
    rf"#|id)\s*:?\s*)?{_NUMBER}|{_NUMBER.replace('?P<n>', '?P<m>')}\s+(?:(?:is\s+)?(?:still\s+)?(?:a\s+|"
    r"the\s+|our\s+)?(?:valid\s+|current\s+)?)?(?:certificate|report)\b",
    re.I,
)
# Not a number of a certificate: algorithms, standards and their editions ("SHA-256", "ISO-27001").
_NOT_NUMBER_PREFIXES = frozenset(
    [
        "aes",
        "sha",
        "rsa",
        "tls",
        "ssl",
        "iso",
        "iec",
        "soc",
        "nist",
        "sp",
        "fips",
        "cve",
        "covid",
        "pci",
        "ecdsa",
        "ed",
        "md",
        "x",
        "isae",
        "ssae",
        "type",
        "tier",
        "level",
        "phase",
        "version",
        "v",
    ]
)


def _name(report: Report) -> str:
    if report.kind == "other" and report.title:
        return f"{lower_first(report.title)} ({report.id})"  # "BSI C5:2020 Type 2 attestation"
    noun = "report" if report.kind in BRIDGEABLE_KINDS else held_noun(report.kind)
    return f"{report.kind}{' ' + report.type if report.type else ''} {noun} ({report.id})"


def holding_answer(ctx: Context, question: str, asked: frozenset[str]) -> Fact | None:
    """Yes or No to "do you have / have you undergone / can you provide <report>?".

    `asked` are the inventory kinds the classification implies when the question names none.
    None when the holdings do not settle it (a held report whose currency is in question).
    Asked of the past ("Have you ever held a HITRUST certification?"), a report not held today
    is for the reviewer (the reports list says what is held, not what was), and an event that
    befell one ("ever had your ISO certificate suspended?") is not its holding.
    """
    fact = held_then(ctx, question, _holding_answer(ctx, question, asked))
    if fact is not None and fact.answer == "Yes":
        # "Is your ISO 27001 certificate less than two years old?": held, and as old as asked.
        age = _older_than_asked(ctx, question, fact.source)
        if age:
            return Fact("", f"{fact.text} {age}", fact.source)
    if fact is None or not _EVER_ASK_RX.search(question):
        return fact
    if fact.answer == "No" or _ADVERSE_EVENT_RX.search(question):
        return Fact("", fact.text, fact.source)
    return fact


def _status_fact(ctx: Context, report: Report, question: str) -> Fact | None:
    """The answer to a certificate's status asked ("Is your ISO 27001 certificate currently
    suspended?", "Has it been withdrawn?"): Yes where its title says so; No where the title
    speaks of that status and says it does not hold (lifted, never, to come); otherwise not
    stated. None where no status is asked."""
    status = _STATUS_ASK_RX.search(question)
    if status is None:
        return None
    word = lapsed_as(report, ctx.as_of)
    title = report.title or _name(report)
    if word and word[:5] == status["word"].lower()[:5]:
        return Fact("Yes", f"Our {_name(report)} is {word}: {title}.", report.id)
    part = status_of_part(report, status["word"])
    if part and set(capitalised_names(question)) & set(re.findall(r"[\w-]+", part)):
        # "suspended for the Durban depot?" and "(suspended ... for the Durban depot only)"
        return Fact("Yes", f"Our {title}.", report.id)
    if re.search(rf"\b{status['word'][:5]}", report.title or "", re.I):
        return Fact("No", f"Our {title}.", report.id)
    return Fact("", f"We hold our {title}.", report.id)


# A certificate's status asked: "currently suspended?", "has it been withdrawn?".
_STATUS_ASK_RX = re.compile(
    r"\b(?:is|are|was|has|have)\b[^?]{0,60}?\b(?:been\s+)?(?P<word>" + LAPSED_WORDS + r")\b",
    re.I,
)


# The credential itself asked as once held: "Have you ever held a ... certification?",
# "previously been certified", not "has the self-assessment ever had any gaps?".
_EVER_CERTIFIED_RX = re.compile(
    r"\b(ever|previously|in\s+the\s+past)\s+(been\s+)?(held|obtained|achieved|certified|"
    r"accredited|listed|had\s+(a|an|the|your)\b(?![^?]*\b(gaps?|findings?|issues?|"
    r"exceptions?|deficienc\w+)\b))",
    re.I,
)


def held_then(ctx: Context, question: str, fact: Fact | None) -> Fact | None:
    """`fact` of a report held today, asked of a time before today ("As of January 1, 2034,
    did you hold ...?", "Did you have a SOC 1 report in 2034?"): Yes where that report was
    already held then (issued by the time's end, not expired before its start), whatever it is
    today; otherwise for the reviewer, with its issue date (the reports list says what is
    held, not what was)."""
    if fact is None:
        return None
    span = _time_held(question)
    if span is None or span[1] >= ctx.as_of:
        return fact
    lo, hi = span
    report = ctx.inventory.report(fact.source)
    if fact.answer not in ("Yes", "No") and report is None:
        return fact  # for the reviewer already, on no report of ours
    if report is None:
        return Fact("", fact.text, fact.source)  # not held today: perhaps then
    if _held_during(report, lo, hi):
        # Held then, whatever it is today ("expired on 2025-12-31" is a No to today's
        # holding, not to 2024's).
        issued, lapsed = report.issued, report.expires
        until = f", valid until {lapsed.isoformat()}" if lapsed else ""
        return Fact("Yes", f"Our {_name(report)} was issued on {issued}{until}.", report.id)
    # A report is held from its issue (not its period's end); one issued later, or on a day
    # not given, is for the reviewer.
    said = (
        f"Our {_name(report)} was issued on {report.issued.isoformat()}." if report.issued else ""
    )
    return Fact("", f"{fact.text} {said}".strip(), fact.source)


def _held_during(report: Report, lo: date, hi: date) -> bool:
    """Whether a report was held at some time from `lo` to `hi`: issued by `hi`, not expired
    before `lo`."""
    issued, lapsed = report.issued, report.expires
    return issued is not None and issued <= hi and (lapsed is None or lapsed >= lo)


def _of_time(report: Report, lo: date, hi: date) -> bool:
    """Whether a report speaks of some time from `lo` to `hi`: held then, or its period runs
    in it ("In 2025, did your SOC 2 include Availability?" of a period from February 2025)."""
    start, end = report.period_start or report.period_end, report.period_end
    runs = start is not None and end is not None and start <= hi and end >= lo
    return runs or _held_during(report, lo, hi)


@lru_cache(maxsize=1 << 12)
def _time_held(question: str) -> tuple[date, date] | None:
    """The time a question asks the holding at: "As of January 1, 2034, did you hold ...?",
    "Did you hold a SOC 1 report in 2034?", "a PCI DSS AoC at the end of 2034?"; None when it
    names none, or names the report's own dates ("a report for 2034", "issued in 2034"). Asked
    by several readings of one question (holding, attributes, dates): cached."""
    m = _HELD_AT_RX.search(question)
    if m is None or _EVENT_HELD_RX.search(question):
        return None  # "Did you have a SOC 2 audit in 2025?": the audit's own time
    return _span(m["lead"] or m["when"])


# An audit had, not a report held: its time is its period's.
_EVENT_HELD_RX = re.compile(r"\b(audit|examination|assessment|review)\b", re.I)


def asks_of_every_report(question: str) -> bool:
    """Whether a question asks of every report held, or any of them ("Are all of your SOC 2
    reports Type II?", "Do your SOC 2 reports all cover Clinic?")."""
    return bool(_ANY_OF_REPORTS_RX.search(question))


_ANY_OF_REPORTS_RX = re.compile(
    r"\b(any|all|each|both|every|either|none|neither)\s+(of\s+)?(your|the|our)\s+([\w-]+\s+){0,3}?"
    r"(reports|attestations|audits|certificates|certifications)\b|"
    r"\byour\s+([\w-]+\s+){0,3}?reports\s+(all|each|both)\b",
    re.I,
)
# The year a period is asked to end in: "ending in 2030", "that ends in 2031".
_ENDS_IN_YEAR_ASK_RX = re.compile(
    r"\b(end|ends|ending|ended|closing|closes|closed)\s+(in|during)\s+(?P<year>(19|20)\d\d)\b", re.I
)
# A window to today, not a year: "ending within the last 12 months".
_WINDOW_END_RX = re.compile(r"\b(within|in)\s+the\s+(last|past)\b", re.I)
_EARLIER_REPORT_RX = re.compile(
    r"\b(before|prior\s+to|earlier\s+than)\s+(this|the\s+current|the\s+latest|your\s+(current|"
    r"latest))\b|\b(previous|prior|earlier|past|former)\s+(\w+\s+){0,3}?(reports?|audits?|"
    r"examinations?|certificates?|years?)\b",
    re.I,
)
_EVER_ASK_RX = re.compile(r"\b(ever|previously|at\s+any\s+(time|point)|in\s+the\s+past)\b", re.I)
# What may befall a report or certificate: "suspended", "revoked", "withdrawn", "with exceptions".
_ADVERSE_EVENT_RX = re.compile(
    r"\b(suspend\w*|revok\w*|withdraw\w*|rescind\w*|cancel\w*|lapse[sd]?|qualified|adverse|"
    r"exceptions?|fail\w*|denied|refused|gaps?|findings?|issues?|deficienc\w+|"
    r"before\s+this\s+one)\b",
    re.I,
)


def _holding_answer(ctx: Context, question: str, asked: frozenset[str]) -> Fact | None:
    named = named_kinds(question)
    if _two_compared(question):
        return None  # "Is your SOC 3 for the same period as your SOC 2?": for the reviewer
    others = other_credentials(question) if named else ()
    if others and _BOTH_ASKED_RX.search(question) and not _OR_WORD_RX.search(question):
        # "Do you have ISO 27001 and ISO 27701 certificates?": both are asked; one not held
        # makes the whole a No, whatever the other.
        missing = _other_holding(ctx, others, question)
        if missing is not None and missing.answer == "No":
            return missing
    if not named:
        others = other_credentials(question)
        if others:
            fact = _other_holding(ctx, others, question)
            if fact is not None and fact.answer == "No" and _ANY_OF_RX.search(question):
                # "any certification you hold (ISO, Cyber Essentials Plus)?": one named and
                # not held leaves the others for the reviewer.
                return None
            return fact
        credential = _credential_named(question)
        if credential:
            return _titled_holding(ctx, credential, question)
        if not _HOLDING_VERB_RX.search(question):
            return None  # "Are medical certificates stored in your system?" holds nothing
        return _unnamed_holding(ctx, asked, question)
    if len(named) > 1 and _SSAE_KINDS in named:
        # "a SOC 1 Type II (SSAE 18) or ISAE 3402 report": the SSAE standard names the SOC 1
        # already named, not any SSAE attestation (a SOC 2 is not asked for); "an SSAE 16/
        # SSAE 18 or ISAE 3402 report" names the SOC 1 by its standard.
        named = tuple(k for k in named if k != _SSAE_KINDS)
        if named == (frozenset({"ISAE 3402"}),):
            named = (frozenset({"SOC 1", "ISAE 3402"}),)
        elif (
            len(named) == 1
            and "SOC 2" in named[0]
            and not any(ctx.holds(k) for k in named[0])
            and (ctx.holds("SOC 1") or ctx.holds("SOC 3"))
        ):
            # "Have you undergone an SSAE 18/SOC 2 audit?" of a vendor with a SOC 1 (an SSAE 18
            # examination) or a SOC 3 (issued from a SOC 2 examination): not a plain No.
            return None
    wanted = named
    # "any certification you hold (ISO, Cyber Essentials Plus, PCI)?": those named are some of
    # what may answer it, as examples are.
    examples = bool(_EXAMPLES_RX.search(question) or _ANY_OF_RX.search(question))
    several = len(wanted) > 1 and bool(_OR_RX.search(question))
    if _EITHER_RX.search(question) or examples or several or _ANY_OF_RX.search(question):
        # "any certifications (e.g., ISO 27001, SOC 2)", "a SOC 2 or an ISO 27001
        # certificate": one of them held answers it.
        wanted = (frozenset().union(*wanted),)
    reports = ctx.inventory.reports
    found: list[Report] = []
    for kinds in wanted:
        # Holding: an ISAE 3000 Type II answers "a SOC 2 Type II?" for the reviewer to name.
        held = [r for r in reports if r.kind in kinds]
        if not held:
            # "an ISAE 3402 report" of a SOC 1 titled "(ISAE 3402 / SSAE 18)": the title names it.
            held = [r for r in reports if any(_has_word(r.title or "", k) for k in kinds)]
        if not held and _other_holder_asked(ctx, question, kinds):
            # "Does your contract developer Tejo Software hold an ISO 27001 certificate?" and
            # a certificate held by Tejo Software: another entity's, for the reviewer.
            return None
        if not held:
            if examples or _GROUP_ASK_RX.search(question):
                # Examples are not the whole list, and "or part of a certified group" accepts
                # another entity's certificate: another credential may answer.
                return None
            names = "/".join(sorted(kinds))
            return Fact(
                "No", f"We do not currently hold {names_with_article(names)} report.", NOT_HELD
            )
        newest = _newest(held, question)
        if newest is None:
            # "your SOC 2 for the year ended 31 December 2024" of reports of other periods.
            return Fact(
                "",
                f"None of our {_kinds_named(held)} reports is for the period, type or part asked.",
            )
        latest = _newest(held)
        if latest is not None and latest is not newest and not _TYPE_NAMED_RX.search(question):
            # "Does your SOC 2 test operating effectiveness?" of an old Type II and a newer
            # Type I: which one "your SOC 2" means is for the reviewer.
            said = f"Our newest is our {_name(latest)}; our {_name(newest)} is older."
            return Fact("", said, latest.id)
        found.append(newest)
    for report in found:
        status = _status_fact(ctx, report, question)
        if status is not None:
            return status
        if (
            _ROC_ASK_RX.search(question)
            and not _AOC_ASK_RX.search(question)
            and _SAQ_RX.search(report.title or "")
        ):
            # "a PCI DSS Report on Compliance?" of a Self-Assessment Questionnaire and its AoC:
            # another form of attestation, assessed by the vendor, not by a QSA.
            said = f"We hold our {_name(report)}, a self-assessment, not a Report on Compliance."
            return Fact("No", said, report.id)
        if _SELF_ASSESSED_ASK_RX.search(question) and not _SAQ_RX.search(report.title or ""):
            # "Was your PCI DSS assessment a self-assessment questionnaire?" of an AoC from a
            # QSA's Report on Compliance: No; of one that says neither, for the reviewer.
            if _ROC_ASK_RX.search(report.title or "") or _QSA_RX.search(report.title or ""):
                said = f"Our {_name(report)} rests on a Report on Compliance by a QSA."
                return Fact("No", said, report.id)
            return Fact("", f"Our {_name(report)} does not say how it was assessed.", report.id)
        if report.kind.startswith("ISAE") and _AICPA_ASK_RX.search(question):
            # "Have you undergone an SSAE 18 / SOC 2 audit?" of a vendor with an ISAE 3000
            # report: another standard, for the reviewer to name.
            return Fact(
                "",
                f"We hold our {_name(report)}, an international ({report.kind}) report.",
                report.id,
            )
        if not _level_held(question, report.title or ""):
            # "Is your HITRUST certification an i1?" of an "r2 Validated Assessment": No where
            # its title names another level, for the reviewer where it names none.
            said = f"We hold our {report.title or _name(report)}, not the level asked."
            other = _LEVEL_RX.search(report.title or "")
            return Fact("No" if other else "", said, report.id)
        typed = report.kind in ("SOC 1", "SOC 2", "ISAE 3402", "ISAE 3000")
        both = bool(_TYPE1_RX.search(question) and _TYPE2_RX.search(question))
        type2 = _TYPE2_RX.search(question) or _OVER_A_PERIOD_RX.search(question)
        if typed and not both and type2 and report.type != "Type II":
            # "any attestations (e.g., SOC 2 Type II)?": the example is not the whole ask; "Will
            # your SOC 2 Type II report be shared publicly?" asks of one to come.
            said = f"Our {_name(report)} is a Type I report."
            future = _FUTURE_ASK_RX.match(question) is not None
            return Fact("", said, report.id) if examples or future else Fact("No", said, report.id)
        if (
            typed
            and report.type == "Type II"
            and _TYPE1_RX.search(question)
            and not _TYPE2_RX.search(question)
        ):
            # A Type I is not held, though the Type II held covers more: the draft says so.
            said = f"Our {_name(report)} is a Type II report: it covers the operating"
            return Fact(
                "No", f"{said} effectiveness of controls as well as their design.", report.id
            )
        if (
            _NDA_ASK_RX.search(question)
            and not _PUBLIC_RX.search(question)
            and not _NO_NDA_RX.search(question)
            and report.sharing in ("nda", "public")
        ):
            # "Is an NDA required to obtain your SOC 3?": how it is shared, as recorded.
            nda = report.sharing == "nda"
            said = "is shared under NDA only" if nda else "is published"
            return Fact("Yes" if nda else "No", f"Our {_name(report)} {said}.", report.id)
        if report.kind != "SOC 3" and _PUBLIC_RX.search(question) and report.sharing == "public":
            # "Is your ISO 27001 certificate publicly available?": how it is shared, whatever
            # else is true of it (an expiry is said beside it).
            expires = report.expires
            lapsed = expires is not None and expires < ctx.as_of
            ended = f"; it expired on {expires.isoformat()}" if lapsed and expires else ""
            return Fact("Yes", f"Our {_name(report)} is published{ended}.", report.id)
        if report.kind != "SOC 3" and _PUBLIC_RX.search(question) and report.sharing != "public":
            return Fact("No", f"Our {_name(report)} is shared under NDA only.", report.id)
        year = _YEAR_ASKED_RX.search(question)
        if year is not None and report.expires is not None:
            # "Was your ISO 27001 certificate valid in 2024?": that year, not today.
            y = int(year[1])
            valid = report.expires >= date(y, 1, 1) and (
                report.issued is not None and report.issued <= date(y, 12, 31)
            )
            said = f"Our {_name(report)} was issued on {report.issued} and valid until {report.expires}."
            return Fact("Yes" if valid else "", said, report.id)
        if report.expires is not None and report.expires < ctx.as_of:
            said = f"Our {_name(report)} expired on {report.expires.isoformat()}."
            if _EVER_HELD_RX.search(question):
                # "Have you ever held an ISO 27001 certification?": held, and lapsed since.
                return Fact("Yes", said, report.id)
            if _PAST_ASK_RX.match(question) and not _NOW_RX.search(question):
                # "Was your last PCI DSS assessment a self-assessment questionnaire?": what the
                # lapsed one was, which its lapse does not answer.
                return Fact("", said, report.id)
            # "any certifications (e.g., ISO 27001)?": an example lapsed leaves the others.
            return Fact("", said, report.id) if examples else Fact("No", said, report.id)
        word = lapsed_as(report, ctx.as_of)
        if word:
            # "Are you currently ISO 27001 certified?" of a certificate "(suspended 2051-02-01
            # pending a follow-up audit)": not in force, whatever its expiry date.
            said = f"Our {_name(report)} is {word}: {report.title}."
            if _EVER_HELD_RX.search(question):
                return Fact("Yes", said, report.id)
            return Fact("", said, report.id) if examples else Fact("No", said, report.id)
        unstated = [
            m[0]
            for m in _QUALIFIER_RX.finditer(question)
            if not re.search(re.escape(m[0]), f"{report.title or ''} {report.scope or ''}", re.I)
        ]
        if unstated:
            # "a PCI DSS Level 1 Service Provider AoC" is not stated by an AoC that says
            # neither: for the reviewer.
            return Fact(
                "", f"Our {_name(report)} does not state {' or '.join(unstated)}.", report.id
            )
    first = found[0]
    if first.period_end and first.period_end < ctx.stale_before:
        # "Do you have a SOC 2 Type II?" of a vendor whose only one is two years old: held,
        # and the draft says which period it covers; "a current one?" is No.
        span = f"{first.period_start} to {first.period_end}" if first.period_start else ""
        ends = f"covers {span}" if span else f"is as of {first.period_end}"
        current = bool(_NOW_RX.search(question))
        return Fact(
            "No" if current else "Yes", f"Our {_name(first)} {ends} {STALE_NOTE}.", first.id
        )
    scope = (first.scope or "").rstrip(".")
    limited = _PART_SCOPE_RX.search(scope) or _EXCLUDED_RX.search(scope)
    if limited and examples:
        # One credential among examples of a framework followed is still followed; the buyer
        # is told how far it reaches ("the Manchester print lab only").
        return Fact("Yes", f"We hold our {_name(first)}; {SCOPE_NOTE} {scope}.", first.id)
    if _PART_SCOPE_RX.search(scope):
        # "Are you PCI DSS compliant?" of a vendor whose AoC covers one module only: the
        # scope is for the reviewer to weigh, not a Yes for the whole vendor (one credential
        # among examples of a framework followed is still one followed).
        return Fact("", f"We hold our {_name(first)}; its scope: {scope}.", first.id)
    return Fact("Yes", f"We hold our {_name(first)}.", first.id)


# A report scope that names part of the vendor: "the payment module only", "excluding ...".
_PART_SCOPE_RX = re.compile(
    r"\bonly\b|\blimited\s+to\b|\bexclud(es|ing)\b|\bexcept\b|\bnot\s+includ", re.I
)


def other_credentials(question: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The credentials outside the inventory's kinds a question names (CSA STAR, ISO 9001):
    held only as a report of kind "other" whose title names them."""
    lowered = question.lower()
    if not any(key in lowered for key in _OTHER_KEYS):
        return ()  # most questions name none: a few substring tests instead of ten searches
    return tuple((name, rx) for name, rx in _OTHER_CREDENTIALS if rx.search(question))


def _other_holding(
    ctx: Context, others: tuple[tuple[str, re.Pattern[str]], ...], question: str
) -> Fact | None:
    """Yes when a report of kind "other" names the credential asked for; No when none does
    (the reports list is complete)."""
    for name, rx in others:
        held = [
            r
            for r in ctx.inventory.reports
            if r.kind == "other"
            and rx.search(f"{r.title or ''} {r.scope or ''}")
            and _level_held(question, r.title or "")
        ]
        if held:
            report = held[0]
            title = report.title or name
            status = _status_fact(ctx, report, question)
            if status is not None:
                return status
            if expired(report, ctx.as_of):
                word = lapsed_as(report, ctx.as_of)
                gone = (
                    f"Our {title} is {word}."
                    if word
                    else f"Our {title} expired on {report.expires}."
                )
                # "Have you completed ...?" was done, and "Have you ever held ...?" or "Have
                # you previously been certified?" held; "Are you (currently) listed?" is not now.
                done = (
                    _DONE_RX.search(question) or _EVER_CERTIFIED_RX.search(question)
                ) and not _NOW_RX.search(question)
                return Fact("Yes" if done else "No", gone, report.id)
            if _SELF_ASSESSED_RX.search(title) and not _SELF_ASSESSED_RX.search(question):
                # "the CSA STAR certification" is not a self-assessment listed under STAR.
                return Fact("", f"We hold our {title}, a self-assessment.", report.id)
            return Fact("Yes", f"We hold our {title}.", report.id)
    for name, rx in others:
        # "Cyber Essentials Plus?" of a basic Cyber Essentials certificate: another level.
        lower = [
            r
            for r in ctx.inventory.reports
            if r.kind == "other" and rx.search(f"{r.title or ''} {r.scope or ''}")
        ]
        if lower:
            said = f"We hold our {lower[0].title or name}, not the level asked."
            return Fact("No", said, lower[0].id)
    names = " or ".join(name for name, _ in others)
    return Fact("No", f"We do not currently hold {names_with_article(names)}.", NOT_HELD)


def _level_held(question: str, title: str) -> bool:
    """Whether a credential's title holds the level a question names ("Cyber Essentials
    Plus", "Level 2"): named in it, and not as the level it is not ("basic, not Plus")."""
    for m in _LEVEL_RX.finditer(question):
        level = re.escape(m[0])
        if not re.search(rf"\b{level}\b", title, re.I) or re.search(
            rf"\b(not|no|non)[- ]{level}\b", title, re.I
        ):
            return False
    return True


# A past year asked of: "valid in 2024?", "did you hold it during 2023?".
_YEAR_ASKED_RX = re.compile(r"\b(?:in|during|throughout|for)\s+((?:19|20)\d\d)\b", re.I)
# "only the Security category", "Security alone", "limited to Security".
_ONLY_SCOPE_RX = re.compile(r"\bonly\b|\balone\b|\blimited\s+to\b|\bsolely\b|\bexclusively\b", re.I)
_ISSUED_WORD_RX = re.compile(r"\bissued\b", re.I)
_ROC_ASK_RX = re.compile(r"\breport\s+on\s+compliance\b|\bRoC\b", re.I)
_AOC_ASK_RX = re.compile(r"\battestation\s+of\s+compliance\b|\bAoC\b", re.I)
_SAQ_RX = re.compile(r"\bself[- ]assessment\s+questionnaire\b|\bSAQ\b", re.I)
_SELF_ASSESSED_ASK_RX = re.compile(
    r"\bself[- ]assessment\s+questionnaire\b|\bSAQ\b|\bself[- ](assess\w*|certif\w*|attest\w*)",
    re.I,
)
_QSA_RX = re.compile(r"\bQSA\b|\bqualified\s+security\s+assessor\b", re.I)
_GROUP_ASK_RX = re.compile(r"\b(group|parent)\b", re.I)
# A level or assessment type of a credential: "Plus", "Level 2", HITRUST "r2" / "i1" / "e1".
_LEVEL_RX = re.compile(r"\bplus\b|\badvanced\b|\blevel\s*\d\b|\b[rie][12]\b", re.I)
_DONE_RX = re.compile(
    r"\bhave\s+you\s+(ever\s+)?(completed|undergone|performed|conducted|done)\b", re.I
)
_SELF_ASSESSED_RX = re.compile(r"\bself[- ]?assess|\bCAIQ\b|\blevel\s*1\b", re.I)


# The AICPA's own names: an ISAE report is not one (ISAE 3402 answers a SOC 1 ask, named).
_AICPA_ASK_RX = re.compile(r"\bssae\b|\bsoc\s*-?\s*(2|ii|two)\b|\bat-?c\b", re.I)


def _titled_holding(ctx: Context, credential: tuple[str, ...], question: str) -> Fact | None:
    """Yes (or its currency) for a credential a question names by its own name ("your MTCS
    certificate", "your BSI C5 attestation") where a held report's kind or title names it;
    No where none does: the reports list is complete, and another report is not it."""
    held = [
        r
        for r in ctx.inventory.reports
        # "Cyber Essentials certificate (basic, not Plus)" is no Cyber Essentials Plus.
        if all(
            _has_word(f"{r.kind} {r.title or ''}", w)
            and not re.search(rf"\b(not|no|non)[- ]{re.escape(w)}\b", r.title or "", re.I)
            for w in credential
        )
    ]
    if not held:
        if any(
            all(_has_word(f"{d.title} {' '.join(d.topics)}", w) for w in credential)
            for d in ctx.inventory.documents
        ):
            return None  # "a current Penetration Test Report": a document, not a credential
        name = names_with_article(" ".join(credential))
        return Fact("No", f"We do not hold {name} report or certificate.", NOT_HELD)
    report = _newest(held, question)
    if report is None:
        return Fact(
            "", f"None of our {_kinds_named(held)} reports is for the period, type or part asked."
        )
    if expired(report, ctx.as_of) or (
        report.period_end is not None and report.period_end < ctx.stale_before
    ):
        return Fact(
            "No" if _NOW_RX.search(question) else "",
            f"Our {_name(report)} is not current.",
            report.id,
        )
    return Fact("Yes", f"We hold our {_name(report)}.", report.id)


# A question about holding, having, sharing or the currency of something.
_HOLDING_VERB_RX = re.compile(
    r"\b(have|has|had|hold|holds|held|possess|provide|share|send|submit|attach|upload|undergo|"
    r"undergone|underwent|complete|completed|obtain|obtained|achieve|achieved|maintain|current|"
    r"valid|expired?|certified|accredited|audited|attested|issued|available)\b",
    re.I,
)


def _unnamed_holding(ctx: Context, asked: frozenset[str], question: str) -> Fact | None:
    """ "The report", "your audit reports": Yes when a report of the kind asked is held; with
    no kind named, another report held leaves it to the reviewer, and only holding no audit
    report at all is a No."""
    reports = [r for r in ctx.inventory.reports if r.kind != "bridge letter"]
    numbered = _of_number(reports, question)
    if len(numbered) < len(reports):
        # "Is certificate IE-2207 valid?": that one only, and nothing of another report.
        if not numbered:
            return None
        reports, asked = numbered, frozenset(r.kind for r in numbered)
    held = _newest([r for r in reports if r.kind in asked])
    if held is not None and _one_type(question) and held.type:
        # "Has your auditor tested the operating effectiveness of controls over a period?" of
        # a vendor whose only SOC 2 is a Type I: the Type asked is not held.
        wanted = "Type I" if _TYPE1_RX.search(question) else "Type II"
        typed = _newest([r for r in reports if r.kind in asked and r.type == wanted])
        if typed is None:
            return Fact("No", f"Our {_name(held)} is a {held.type} report.", held.id)
        held = typed
    if held is not None and expired(held, ctx.as_of):
        return None  # "Is certificate IE-2207 valid?" of one surrendered: for the reviewer
    if held is not None:
        return Fact("Yes", f"We hold our {_name(held)}.", held.id)
    if reports:
        return None
    return Fact("No", "We do not currently hold an audit report.", NOT_HELD)


# The words before "report" that make it an audit's ("your report", "the SOC report", "audit
# report") or a verb ("Did the auditor report ...").
_AUDIT_REPORT_TEXT = (
    "your the our this that its a an audit audit's auditor's auditors soc soc1 soc2 soc3 1 2 3 i ii "
    "type assurance attestation examination service ssae isae latest recent current most last "
    "annual independent external third-party final full auditor "
    # "report" as a verb: "Did the auditor report ...", "do you report".
    "to we you they i did do does must will shall should would can could"
)
_AUDIT_REPORT_WORDS = frozenset(_AUDIT_REPORT_TEXT.split())
_REPORT_MODIFIER_RX = re.compile(r"([\w'’-]+)\s+reports?\b", re.I)


def _other_report_noun(question: str) -> bool:
    """Whether every report a question names is another kind than an audit's ("accessibility
    conformance report", "penetration test report", "incident report")."""
    words = [m[1].lower().replace("’", "'") for m in _REPORT_MODIFIER_RX.finditer(question)]
    return bool(words) and not any(w in _AUDIT_REPORT_WORDS for w in words)


# The edition of a standard: "ISO 27001:2013", "ISO/IEC 27001:2022", "the 2013 edition".
_EDITION_RX = re.compile(
    r"\b(?:iso(?:/iec)?\s*)?\d{4,5}\s*:\s*((?:19|20)\d\d)\b|"
    r"\b((?:19|20)\d\d)\s+(?:edition|version|revision)\b|"
    # "PCI DSS v4.0", "version 3.2.1"
    r"\b(?:version|v)\s*(\d{1,2}(?:\.\d{1,2}){1,2})\b",
    re.I,
)


def _edition(text: str) -> str:
    """The one edition a text names ("ISO 27001:2013"); "" where it names none or several
    ("from ISO 27001:2013 to ISO 27001:2022")."""
    found = {re.sub(r"\.0$", "", m[1] or m[2] or m[3]) for m in _EDITION_RX.finditer(text)}
    return found.pop() if len(found) == 1 else ""


def names_with_article(names: str) -> str:
    return ("an " if names[:1] in "AEIOU" else "a ") + names


def _report_for(ctx: Context, question: str, asked: frozenset[str]) -> Report | None:
    """The held report a question is about: the kind it names, else the kind asked, else any."""
    reports = [r for r in ctx.inventory.reports if r.kind != "bridge letter"]
    named = named_kinds(question)
    if not named and _other_report_noun(question):
        # "Is your accessibility conformance report less than a year old?": a report of
        # another kind than an audit's, which no SOC report answers for.
        return None
    for kinds in [*named, asked]:
        held = _of_kinds(reports, kinds)
        if held:
            return _newest(held, question)
    if named:
        # "Who performed your SOC 2 audit?" with only a SOC 1 held: another report's auditor,
        # opinion or exceptions would answer for a report the vendor does not have.
        return None
    for kind in ("SOC 2", "SOC 1", "SOC 3", "ISAE 3000", "ISAE 3402"):
        held = [r for r in reports if r.kind == kind]
        if held:
            return _newest(held, question)
    return None


def unheld_attribute(ctx: Context, question: str) -> Fact | None:
    """What to say to a question about an attribute of a report the vendor does not hold
    ("Were there exceptions in your SOC 2 report?" with no SOC 2): no Yes or No (either would
    describe a report that does not exist), and the draft says it is not held."""
    named = named_kinds(question)
    if not named or not _asks_attribute(question):
        return None
    held = {r.kind for r in ctx.inventory.reports}
    missing = [kinds for kinds in named if not kinds & held]
    if not missing:
        return None
    names = "/".join(sorted(missing[0]))
    return Fact("", f"We do not currently hold {names_with_article(names)} report.", NOT_HELD)


def _asks_attribute(question: str) -> bool:
    """A question about a report's exceptions, opinion, auditor, period, age or carve-outs."""
    return any(
        cue.search(question) for cue in (_EXCEPTION, _CARVE, _OLDER, _OPINION, _AUDITOR, _PERIOD)
    ) or bool(
        _THROUGH_RX.search(question)
        or _EXPIRED_RX.search(question)
        or _ELAPSED_AT_LEAST_RX.match(question)
    )


# Introduces a held credential's limited scope in an answer's words.
SCOPE_NOTE = "its scope:"
# Said of a held report whose period is too old to be current.
STALE_NOTE = "and is not current"


# A bridge letter named as an item of its own ("a bridge letter and a PCI DSS AoC"), not as a
# kind's ("a PCI DSS bridge letter").
_LETTER_APART_RX = re.compile(r"\b(a|an|the|your|our)\s+bridge\s+letters?\b", re.I)
# A bridge letter of a credential: "a bridge letter for / covering / that extends your ISO
# 27001", "Is your PCI DSS AoC extended by a bridge letter?".
_LETTER_OF_RX = re.compile(
    r"\bbridge\s+letters?\s+(for|covering|on|to\s+cover|extending|bridging|(that|which)\s+"
    r"(extends?|covers?|bridges?))\s+(your|the|our|its)\b|"
    r"\b(extended|covered|bridged)\s+by\s+(a|an|any|the|your)\s+bridge\s+letter",
    re.I,
)


def _bridges(ctx: Context, report: Report | None, question: str) -> list[Report]:
    """Bridge letters extending `report`, or any held when no report kind is named."""
    letters = [r for r in ctx.inventory.reports if r.kind == "bridge letter"]
    if report is None:
        return letters
    # A letter extending another report does not bridge this one ("Is your SOC 1 bridged to
    # today?" and a SOC 2 bridge letter); one that names no report may.
    own = [b for b in letters if b.extends == report.id] or [b for b in letters if not b.extends]
    if own or _TYPE_NAMED_RX.search(question) or _part_words(question):
        # A type or a part named ("the Pemberton Wage SOC 2") is the report asked of.
        return own
    # "your SOC 2 bridge letter" asks for the letter of a report of that kind, whichever one
    # `report` is (a later Type I of another product is not the report a letter bridges), but
    # not the letter of an earlier edition the report replaced.
    return [b for b in letters if _extends_current_of_kind(ctx, b, report.kind)]


def _extends_current_of_kind(ctx: Context, letter: Report, kind: str) -> bool:
    extended = ctx.inventory.report(letter.extends or "")
    if extended is None or extended.kind != kind:
        return False
    # An earlier edition: a report of the same kind and type ending later is held.
    return not any(
        r.kind == extended.kind
        and r.type == extended.type
        and (r.period_end or date.min) > (extended.period_end or date.min)
        for r in ctx.inventory.reports
    )


def attribute_answer(ctx: Context, question: str, asked: frozenset[str]) -> Fact | None:
    """`_attribute_read`, and a Yes only of a report as recent as the question asks: "Is your
    SOC 2 report current and free of exceptions?" of a report whose period ended 14 months ago
    is answered by its exceptions in one half and its age in the other. For the reviewer.
    A Yes of one attribute is a No where the same question asks an opinion or a category the
    report does not have."""
    # "within sixty days of today": the number a bound is read by.
    question = in_digits(question)
    fact = _attribute_read(ctx, question, asked)
    lapsed = _lapsed_though_current(ctx, question, fact) if fact and fact.answer else ""
    if fact and lapsed:
        # "Does your current ISO 27001 certificate cover the Tbilisi office?", "expiry date of
        # your current certificate" of one that has expired: no current one is held.
        return Fact("No" if fact.answer == "Yes" else "", f"{fact.text} {lapsed}", fact.source)
    if fact is None or fact.answer != "Yes":
        return fact
    report = ctx.inventory.report(fact.source)
    if (
        report is not None
        and report.expires is not None
        and report.expires < ctx.as_of
        and _PRESENT_ASK_RX.match(question)
        and not (_EXPIRED_RX.search(question) or _STILL_VALID_RX.search(question))
    ):
        # "Does the ISO 27001 certificate held in your group cover the production environment?"
        # of one that expired: what it covered is not covered now. For the reviewer.
        said = f"Our {_name(report)} expired on {report.expires.isoformat()}."
        return Fact("", f"{fact.text} {said}", fact.source)
    old = _older_than_asked(ctx, question, fact.source)
    if old:
        return Fact("", f"{fact.text} {old}", fact.source)
    report = ctx.inventory.report(fact.source)
    if report is None or _OR_HALF_RX.search(question):
        return fact  # "qualified, or does it exclude Privacy?": either half is a Yes
    other = _other_opinion(question, fact, report) or _other_category(question, fact, report)
    if other:
        # "Is your SOC 2 unqualified and less than 12 months old?" of a recent, qualified one,
        # "a qualified opinion that covers Confidentiality?" of one without it: one half is
        # true, the other is not.
        return Fact("No", f"{fact.text} {other}", fact.source)
    return fact


def _lapsed_though_current(ctx: Context, question: str, fact: Fact) -> str:
    """What says the certificate a Yes or a value is of has expired, where the question asks
    of a current one ("your current ISO 27001 certificate", "a valid AoC"), or ""."""
    report = ctx.inventory.report(fact.source)
    if (
        report is None
        or report.expires is None
        or report.expires >= ctx.as_of
        or fact.answer == "No"
        or not _CURRENT_ONE_RX.search(question)
        or _EXPIRED_RX.search(question)
        or _STILL_VALID_RX.search(question)
    ):
        return ""
    return f"Our {_name(report)} expired on {report.expires.isoformat()}; we hold no current one."


# Asked of now: "Does ... cover ...?", "Is ... included ...?" (not "Did", "Was").
_PRESENT_ASK_RX = re.compile(r"\s*(?:does|do|is|are)\b", re.I)
# A credential asked of as current: "your current ISO 27001 certificate", "a valid AoC".
_CURRENT_ONE_RX = re.compile(
    r"\b(current|valid|active|unexpired|in-date|in\s+force)\s+(?:[\w/-]+\s+){0,4}?"
    r"(certificates?|certifications?|attestations?|aocs?|reports?|registrations?)\b",
    re.I,
)


_OR_HALF_RX = re.compile(r"\bor\b(?!\s+not\b)", re.I)


def _other_opinion(question: str, fact: Fact, report: Report) -> str:
    """What says a report's opinion is not the one a question asks of it beside another
    attribute ("unqualified and less than 12 months old?" of a qualified report), or ""."""
    if (
        not report.opinion
        or not _asks_opinion(question)
        or _OPINION_DETAIL_RX.search(question)
        or "opinion" in fact.text.lower()
    ):
        return ""
    # "... and not qualified?", "without a qualified opinion?": a clean one asked.
    clean_asked = _NOT_MODIFIED_ASK_RX.search(question)
    holds = report.opinion == "unqualified" if clean_asked else _opinion_holds(question, report)
    return "" if holds else _opinion_sentence(report)


_NOT_MODIFIED_ASK_RX = re.compile(
    r"\b(not|without|no)\s+(an?\s+|any\s+)?(qualif|modif|adverse)\w*", re.I
)


def _asks_opinion(question: str) -> bool:
    """Whether a question on a report asks its opinion: "unqualified", "a qualified opinion",
    "Is your SOC 2 report clean?" (not a clean desk)."""
    return bool(_OPINION.search(question) or _CLEAN_ASK_RX.search(question))


_CLEAN_ASK_RX = Cue(
    r"\bclean\s+(opinion|report|audit|soc|attestation)\b|\b(report|audit|opinion|attestation|soc\s*[123]"
    r"(\s+type\s+(i|ii|1|2))?)\s+(was\s+|is\s+)?clean\b",
    ("clean",),
)


def _opinion_holds(question: str, report: Report) -> bool:
    """Whether a report's opinion is the one a question asks ("clean", "qualified", "free of
    qualification", "adverse")."""
    clean = report.opinion == "unqualified"
    asks_clean = _asks_clean_opinion(question)
    kind = _MODIFIED_KIND_RX.search(question)
    if kind is not None and not asks_clean and not clean:
        # "Is the opinion adverse?", "a disclaimer of opinion?" of a qualified one: the kind
        # of modification asked must be the report's.
        return kind[0].lower()[:6] in (report.opinion or "").lower()
    return clean == asks_clean


def _opinion_sentence(report: Report) -> str:
    article = "an" if (report.opinion or "")[:1] in "aeiou" else "a"
    return f"Our {_name(report)} carries {article} {report.opinion} opinion."


def _other_category(question: str, fact: Fact, report: Report) -> str:
    """What says a report leaves out a category a question asks it to include beside another
    attribute ("with an unqualified opinion that includes Availability?"), or ""."""
    if (
        report.kind not in ("SOC 2", "SOC 3", "ISAE 3000")
        or not report.categories
        or not (_SCOPE.search(question) or _INCLUDES_RX.search(question))
        or "include" in fact.text
    ):
        return ""
    missing = [
        c.title() for c, rx in _CATEGORY_RX if rx.search(question) and c not in report.categories
    ]
    return f"Our {_name(report)} does not include {_or(missing)}." if missing else ""


def _attribute_read(ctx: Context, question: str, asked: frozenset[str]) -> Fact | None:
    """A truthful answer to a question about a held report's attributes (exceptions, bridge
    letter, carve-outs, age, categories, period, auditor); None when it asks about none. A
    question put in the negative ("Did your report have no exceptions?", "Does it exclude
    Privacy?") gets the opposite answer; one with two negatives is for the reviewer. Two
    questions in one ("..., and can we read it without an NDA?") are answered together: No
    where either is No, Yes where both are Yes."""
    # "change-management exceptions" asks as "exceptions in change management" does.
    question = _TOPIC_FIRST_RX.sub(r"\2 in \1", question)
    first, *second = _AND_ASK_RX.split(question, maxsplit=1)
    if second:
        one = attribute_answer(ctx, f"{first.rstrip(' ,;')}?", asked)
        if one is not None and one.answer not in ("Yes", "No"):
            return one
        kinds = named_kinds(first)
        # The kind as the question names it ("SOC 2", not the ISAE 3000 it stands for too).
        kind = min(kinds[0], key=lambda k: (k.lower() not in first.lower(), k)) if kinds else ""
        name = f"your {kind} report" if kind else "your report"
        then = re.sub(r"\bits\b", f"{name}'s", re.sub(r"\bit\b", name, second[-1].strip()))
        other = attribute_answer(ctx, then[:1].upper() + then[1:], asked)
        if one is None:
            # "Is your SOC 2 current and does it include Availability?": the first part is
            # asked of the holding, answered elsewhere; a No to the second rules the pair out.
            return other if other is not None and other.answer == "No" else None
        both = f"{one.text} {other.text}" if other is not None else one.text
        if other is not None and one.answer == other.answer:
            return Fact(one.answer, both, one.source)
        if one.answer == "No" and (other is None or other.answer != "Yes"):
            return Fact("No", both, one.source)  # the first part alone rules the pair out
        # The parts disagree ("older than 12 months?" No, "a bridge letter?" Yes): one word
        # would hide the other; the draft says both.
        return Fact("", both, one.source)
    fact = _attribute_answer(ctx, question, asked)
    if fact is None or fact.answer not in ("Yes", "No"):
        return fact
    span = _time_held(question)
    report = ctx.inventory.report(fact.source) if span is not None else None
    if (
        span is not None
        and span[1] < ctx.as_of
        and not (report is not None and _of_time(report, *span))
        and _dated_attribute(ctx, question, asked) is None
    ):
        # "In 2033, did your SOC 2 include Privacy?": the reports held today say what they
        # are today, not what was held then (an older report, its age then). For the reviewer;
        # a date of the report compared with the time ("in place in June 2025?") is answered.
        return Fact("", fact.text, fact.source)
    typed = _other_type(ctx, question, fact)
    if typed is not None:
        # "Is your SOC 2 report a Type II with a clean opinion?" of a Type I: the opinion
        # answers half of it, and the type the other half.
        return typed
    if asks_of_every_report(question) and len(ctx.inventory.reports) > 1:
        # "Does any of your SOC 2 reports have an unqualified opinion?", "Is any of your SOC
        # reports older than 12 months?": asked of every report held, answered here of one.
        return Fact("", fact.text, fact.source)
    if _EVER_ASK_RX.search(question) or _EARLIER_REPORT_RX.search(question):
        # "Has your ISAE 3402 report ever been qualified?", "... with exceptions before this
        # one?": the reports held today say nothing of earlier ones. For the reviewer.
        return Fact("", fact.text, fact.source)
    if _OPINION.search(question) and _OPINION_NEGATION_RX.search(question):
        return fact  # "free of any qualification?": read as asked by the opinion's own answer
    # "a gap ... that no bridge letter covers?": a negative inside a relative clause says
    # what is asked of, it does not turn the question round.
    main_clause = _RELATIVE_NEGATIVE_RX.sub(" ", question.split("?")[0])
    # "no later than 1 October 2032", "not before": a bound on a date, compared as asked.
    main_clause = _DATE_BOUND_NEGATIVE_RX.sub(" ", main_clause)
    # "a SOC 2 Type II report with no exceptions and a current bridge letter?" answered by the
    # letter: the "no" is the report's, not a turn of what the letter answers.
    said = subject_terms(fact.text)
    # A half of two joined by "and" ("under a year old and free of qualifications?"); alone,
    # "free of deviations?" is the ask itself.
    joined = " and " in main_clause
    unsaid = [
        m[0]
        for rx in (_WITH_NO_RX, _FREE_OF_HALF_RX)
        for m in rx.finditer(main_clause)
        if joined and not subject_terms(m["what"]) & said
    ]
    main_clause = _WITH_NO_RX.sub(
        lambda m: m[0] if subject_terms(m["what"]) & said else " ", main_clause
    )
    for half in unsaid:
        main_clause = main_clause.replace(half, " ")
    if unsaid:
        # "under a year old and free of qualifications?" answered by its age: the half the
        # fact does not speak to may still rule the whole out (a No stands), never in (a Yes
        # is for the reviewer).
        read = _read_negatives(question, main_clause, fact)
        return read if read.answer == "No" else Fact("", fact.text, fact.source)
    return _read_negatives(question, main_clause, fact)


def _read_negatives(question: str, main_clause: str, fact: Fact) -> Fact:
    """`fact` turned round by the one negative left in the question's main clause; for the
    reviewer where two are left."""
    topic = _EXCEPTION_TOPIC_RX.search(main_clause) if _EXCEPTION.search(question) else None
    if topic is not None:
        # "Was the exception about reconciliations not being performed?": the negative is
        # the topic's own words, matched against the exception's summary, not a turn of the
        # question.
        main_clause = main_clause[: topic.start("topic")]
    negatives = list(_NEGATIVE_ASK_RX.finditer(main_clause))
    if (
        len(negatives) == 1
        and re.search(r"\band\b", main_clause[: negatives[0].start()])
        and not short_terms(main_clause[negatives[0].start() :]) & short_terms(fact.text)
    ):
        # "less than 18 months old and not qualified?" answered by its age: the negative is
        # the other half's, not the whole question's turn. For the reviewer.
        return Fact("", fact.text, fact.source)
    if len(negatives) == 1:
        return Fact("No" if fact.answer == "Yes" else "Yes", fact.text, fact.source)
    return fact if not negatives else Fact("", fact.text, fact.source)


def _older_than_asked(ctx: Context, question: str, source: str) -> str:
    """What says a report is older than a question asks it to be ("current", "from the last 12
    months", "less than a year old"), or "": its period ended more than that many months (the
    freshness setting, for "current") before today."""
    report = ctx.inventory.report(source)
    if report is None:
        return ""
    # A report dates from its period's end; a certificate or attestation from its issue.
    dated, what = (
        (report.period_end, "Its period ended on")
        if report.period_end
        else (report.issued, "It was issued on")
    )
    if dated is None:
        return ""
    older = _OLDER_ASK_RX.search(question)
    if older is not None:
        # "Is your PCI DSS AoC more than a year old?": a Yes only where it is.
        count, unit = older["n"] or older["n2"], older["unit"] or older["unit2"]
        months = _number(count) * (12 if unit.lower().startswith("y") else 1)
        if months <= _MONTHS_CAP and add_months(dated, months) >= ctx.as_of:
            return f"{what} {dated.isoformat()}, less than {months} months ago."
        return ""
    m = _RECENCY_ASK_RX.search(question)
    if m is None:
        return ""
    n = m["n"] or m["n2"]
    unit = (m["unit"] or m["unit2"] or "").lower()
    if not unit and report.period_end is None:
        return ""  # a "current" certificate is one not expired, judged by its validity
    if not unit:
        months = ctx.settings.freshness_months  # "current": as fresh as the setting asks
    else:
        months = (_number(n) if n else 1) * (12 if unit.startswith("year") else 1)
    if months > _MONTHS_CAP:
        return ""  # "from the last 99999999 months": no date that far back
    if add_months(dated, months) >= ctx.as_of:
        return ""
    return f"{what} {dated.isoformat()}, more than {months} months ago."


# A report asked to be old: "more than a year old", "older than 12 months".
_OLDER_ASK_RX = re.compile(
    r"\b(?:(?:more|over)\s+than\s+(?P<n>a|one|two|three|six|twelve|eighteen|\d+)\s+"
    r"(?P<unit>years?|months?)\s+old|older\s+than\s+(?P<n2>a|one|two|three|six|twelve|eighteen|"
    r"\d+)\s+(?P<unit2>years?|months?))\b",
    re.I,
)


# A report asked to be recent: "report current", "a SOC 2 report from the last 12 months",
# "dated within the past year", "less than a year old"; not "your current report" (which one).
_RECENCY_ASK_RX = re.compile(
    r"\b(?:reports?|attestations?|audits?|soc\s*[123](?:\s+type\s+(?:ii|i|2|1))?|it)\s+"
    r"(?:both\s+|still\s+|is\s+)?(?:current|up[- ]to[- ]date)\b|"
    r"\b(?:reports?|attestations?|audits?|it)\b[^?]{0,20}?\b(?:from|within|in)\s+the\s+"
    r"(?:last|past)\s+(?:(?P<n>\d+|one|two|three|six|nine|twelve|eighteen)\s+)?"
    r"(?P<unit>months?|years?)\b|"
    r"\b(?:less|under|no\s+more)\s+than\s+(?P<n2>a|one|two|\d+|six|twelve|eighteen)\s+"
    r"(?P<unit2>years?|months?)\s+old\b",
    re.I,
)


# A second question joined to the first: "Does your SOC 2 include Privacy, and can we read it
# without an NDA?".
# Without the comma the verb must have a subject of its own ("less than 12 months old and
# does it include Confidentiality?"), so that "are reviewed and are signed" stays one ask.
_AND_ASK_RX = re.compile(
    r"[,;]\s*and\s+(?=(?:can|could|may|will|would|is|are|does|do|has|have|was|were)\s+\S)"
    r"|\s+and\s+(?=(?:can|could|may|will|would|is|are|does|do|has|have|was|were)\s+"
    r"(?:it|its|we|you|they|this|that|the|your|our)\b)",
    re.I,
)
_WITH_NO_RX = re.compile(
    r"\b(?:with\s+no|without(?:\s+any)?)\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)", re.I
)
# "free of X" as one half of two asks ("under a year old and free of qualifications?").
_FREE_OF_HALF_RX = re.compile(r"\bfree\s+of(?:\s+any)?\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)", re.I)
_RELATIVE_NEGATIVE_RX = re.compile(r"\b(that|which|where|whom?)\s+(no|not|never)\b.*$", re.I)
_DATE_BOUND_NEGATIVE_RX = re.compile(
    r"\b(no\s+(later|earlier)\s+than|not\s+(before|after))\b", re.I
)
_NEGATIVE_ASK_RX = re.compile(
    r"\b(not|no|never|without|exclude[sd]?|excluding|free\s+of)\b|n't\b", re.I
)


def _attribute_answer(ctx: Context, question: str, asked: frozenset[str]) -> Fact | None:
    if _NOT_A_REPORT_RX.search(question):
        # "Did your SOC 2 readiness assessment include an auditor's opinion?": the readiness
        # assessment is not the report, and the report's opinion is not its.
        return None
    edition = _edition(question)
    if edition and named_kinds(question) and YES_NO_RX.match(question):
        # "Is your ISO 27001 certificate based on ISO 27001:2013?": the edition its title
        # names; a title that names none does not say.
        report = next(iter(_reports_for(ctx, question, asked)), None)
        if report is None:
            return None
        titled = _edition(report.title or "")
        if report.expires is not None and report.expires < ctx.as_of:
            # "Are you certified to ISO 27001:2013?" of a 2013 certificate that has expired:
            # not held today, whatever its edition; of a time past ("was it based on ..."),
            # for the reviewer.
            said = f"Our {_name(report)} expired on {report.expires.isoformat()}."
            now = _HOLDING_VERB_RX.search(question) and not _PAST_ASK_RX.match(question)
            return Fact("No" if now else "", said, report.id)
        said = f"Our {_name(report)} is held."
        return Fact(("Yes" if titled == edition else "No") if titled else "", said, report.id)
    same = _same_firm(ctx, question)
    if same is not None:
        return same
    mistaken = _kind_mistaken(ctx, question)
    if mistaken is not None:
        return mistaken
    tested = _ORG_TESTED_RX.search(question)
    if _CARVE.search(question) or _INCLUDED_RX.search(question) or tested:
        named_org = _org_answer(ctx, question)
        hosted = _scope_of_hosted(ctx, question, asked) if named_org is not None else None
        if named_org is not None and hosted is not None and hosted.answer != named_org.answer:
            # "Is the Keystone private cloud in scope?" of a scope that names it, hosted by a
            # carved-out Keystone: the system there is described, Keystone's controls are not
            # tested. Which the buyer means is for the reviewer, with both.
            return Fact("", f"{hosted.text} {named_org.text}", named_org.source)
        if named_org is not None:
            return named_org
        # "How many ..." asks for a count; "Which subservice organisations are carved out of
        # the report on Pemberton Audit?" names the report's part, not an organisation.
        listing = _HOW_MANY_ORGS_RX.match(question)
        other = None if listing else _ORG_NAMED_RX.search(_report_subject_cut(question))
        if other is not None and (_CARVE.search(question) or tested):
            # "Is Stripe carved out of your SOC 2?" of a report that does not name Stripe: not
            # another organisation's method, for the reviewer.
            said = f"{other[0]} is not named as a subservice organisation of our reports."
            return Fact("", said, NOT_HELD)
    ahead = _FROM_NOW_RX.search(question)
    if ahead is not None and _VALID_WORD_RX.search(question):
        # "Will your AoC still be valid 60 days from now?": the day that many days ahead.
        n = _number(ahead["n"] or ahead["n2"])
        unit = (ahead["unit"] or ahead["unit2"]).lower()
        days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        held = _reports_for(ctx, question, asked)[:1]
        if held:
            day = ctx.as_of + timedelta(days=days)
            return _valid_on(ctx, held[0], _name(held[0]), day, day)
    dated = _dated_attribute(ctx, question, asked)
    if dated is not None:
        return dated
    if (
        _DATES_ASKED_RX.search(question)
        # "As of 1 June 2025, did you hold ...?": the time of the holding, read by held_then.
        and not (_time_held(question) and not _VALIDITY_ASK_RX.search(question))
        and not any(
            rx.search(question)
            for rx in (_ENDED_ON_RX, _SPAN_RX, _VALID_THROUGH_RX, _OLDER, _ENDED_WITHIN_RX)
        )
    ):
        # "entirely within 2025 and 2026?", "within your SOC 3 period?": dates this reading
        # cannot settle are compared by the reviewer, never answered by holding the report.
        return Fact("", "The dates asked are for the reviewer to compare with the report's.")
    if _BRIDGE.search(question) or _COVERAGE_NOW_RX.search(question):
        # "Is your SOC 1 coverage complete up to today?": the report's period and the bridge
        # letters after it, to the day asked.
        kinds = named_kinds(question)
        unbridged = bool(kinds) and not any(k in BRIDGEABLE_KINDS for g in kinds for k in g)
        if unbridged and _LETTER_OF_RX.search(question):
            # "Do you have a bridge letter for your ISO 27001 certificate?": a bridge letter
            # extends a SOC or ISAE report's period; a certificate or an attestation has none
            # (a letter held extends another report).
            named = " or ".join(sorted(k for g in kinds for k in g))
            said = f"A bridge letter extends a SOC report's period; we hold none for {named}."
            return Fact("No", said, NOT_HELD)
        if unbridged and _LETTER_APART_RX.search(question):
            # "Do you have a bridge letter and a PCI DSS AoC?": no PCI report is bridged; the
            # letter is any held, and the pair a Yes only where the other is held too.
            letter = _bridge_answer(ctx, question, None)
            others = all(
                any(
                    r.kind in group and (r.expires is None or r.expires >= ctx.as_of)
                    for r in ctx.inventory.reports
                )
                for group in kinds
            )
            if letter.answer == "Yes" and not others:
                return Fact("", letter.text, letter.source)
            return letter
        report = _report_for(ctx, question, asked) if kinds else None
        if _firms_named(question):
            # "Is your bridge letter issued by Inca Attest?": a letter is management's, and
            # the inventory names no firm for it; holding one does not say who issued it.
            letter = _bridge_answer(ctx, question, report)
            return Fact("", letter.text, letter.source) if letter.answer == "Yes" else letter
        if kinds and report is None:
            # "Do you have a SOC 2 bridge letter?" of a vendor whose letter extends its SOC 1.
            return Fact("No", "We hold no report of that kind, so no bridge letter for one.")
        return _bridge_answer(ctx, question, report)
    if _two_compared(question):
        # "Is your SOC 3 for the same period as your SOC 2?", "more recent than your SOC 2?":
        # two reports compared, for the reviewer (neither is presupposed held).
        return None
    reports = _reports_for(ctx, question, asked)
    several = _SEVERAL_REPORTS_RX.search(question)
    if several is not None:
        # "Did both of your last two SOC 2 reports include Privacy?": each of them, not the
        # newest alone.
        wanted = _number(several["n"])
        if len(reports) < wanted:
            return Fact("", f"We hold {len(reports)} such reports, not {wanted}.")
        return _each_report(ctx, question, reports[:wanted])
    history = _ANY_REPORT_IN_RX.search(question)
    if history is not None and _OPINION.search(question):
        # "Has any SOC report issued in the last five years carried a qualified opinion?":
        # every report of the window, not the newest; a clean record is for the reviewer
        # (reports not listed may have been issued in it).
        months = _number(history["n"]) * (12 if history["unit"].lower().startswith("y") else 1)
        window = [
            r
            for r in reports
            if (d := r.issued or r.period_end) is not None
            and _months_between(d, ctx.as_of) <= months
            and r.opinion in ("qualified", "adverse", "disclaimer")
        ]
        if window:
            said = f"Our {_name(window[0])} carries a {window[0].opinion} opinion."
            return Fact("Yes", said, window[0].id)
        return None
    if _PREVIOUS_RX.search(question):
        # "Was your previous SOC 2 qualified?": the ones before the newest, if any are held.
        if len(reports) > 1 and _newer_design_apart(ctx, reports[0], reports[1]):
            # The newest is on another part (a Type I on a new product): which report came
            # before which is for the reviewer.
            return Fact("", f"We hold {_name(reports[0])} and {_name(reports[1])}.", reports[1].id)
        # The one before the newest on the same part (not a Type I on another product).
        reports = [r for r in reports[1:] if not _parts_apart(ctx, reports[0], r)][:1]
    found = [(r, f) for r in reports if (f := _report_fact(ctx, question, r)) is not None]
    if len({f.answer for _, f in found}) > 1:
        found = _superseded_dropped(ctx, found)
    facts = [f for _, f in found]
    if (
        len({f.answer for f in facts}) > 1
        and _EXCEPTION.search(question)
        and not named_kinds(question)
        and not _NEGATIVE_ASK_RX.search(question)
    ):
        # "Did the auditor find any exception in ...?" of a SOC 1 that found one and a SOC 2
        # that found none: an auditor did; the report that says so answers.
        facts = [f for f in facts if f.answer == "Yes"] or facts
    if (
        len({f.answer for f in facts}) > 1
        and (
            not _LATEST_RX.search(question)
            # "your latest SOC 2" of a newer Type I on a new product beside the Type II on the
            # others: the latest of which is for the reviewer too.
            or any(_newer_design_apart(ctx, found[0][0], r) for r, _ in found[1:])
        )
    ):
        # Two reports the question may mean say different things ("Were exceptions noted in
        # your SOC 2?" of a clean API report and a qualified dashboard one): for the
        # reviewer, with what each says.
        return Fact("", " ".join(f.text for f in facts), facts[0].source)
    return facts[0] if facts else None


def _newer_design_apart(ctx: Context, newest: Report, other: Report) -> bool:
    """Whether the newest report is a Type I on another part than a Type II held beside it
    (a new product's first report): "your latest SOC 2" may mean either."""
    return newest.type == "Type I" and other.type == "Type II" and _parts_apart(ctx, newest, other)


def _parts_apart(ctx: Context, a: Report, b: Report) -> bool:
    """Whether two reports are on different parts of the vendor: the names their titles give
    ("SOC 2 Type I report on Tollgate Connect" and "... on Tollgate Referral and Tollgate
    Waitlist") share none (a prior period's report shares its names)."""
    names_a, names_b = _part_names(ctx, a), _part_names(ctx, b)
    return bool(names_a) and bool(names_b) and not names_a & names_b


def _part_names(ctx: Context, report: Report) -> frozenset[str]:
    """The vendor's products a report's title names (by `Context.product_words`)."""
    title = report.title or ""
    return frozenset(w for w in ctx.product_words if re.search(rf"\b{re.escape(w)}\b", title))


def _each_report(ctx: Context, question: str, reports: list[Report]) -> Fact | None:
    """Yes where every one of the reports asked of says Yes, No where one says No; None when
    fewer are held than asked or one says neither."""
    facts = [_report_fact(ctx, question, r) for r in reports]
    if any(f is None or f.answer not in ("Yes", "No") for f in facts):
        return Fact("", " ".join(f.text for f in facts if f is not None), reports[0].id)
    said = " ".join(f.text for f in facts if f is not None)
    answer = "No" if any(f is not None and f.answer == "No" for f in facts) else "Yes"
    return Fact(answer, said, reports[0].id)


# "both of your last two SOC 2 reports", "each of your last three reports".
_SEVERAL_REPORTS_RX = re.compile(
    r"\b(both|each|all)\s+(of\s+)?(your|the|our)\s+(last|past|previous|most\s+recent)\s+"
    r"(?P<n>two|three|four|2|3|4)\b",
    re.I,
)


def _scope_member(question: str, report: Report, name: str, hosted: bool = False) -> Fact | None:
    """Whether what a question names is in a report's scope ("Is Lucerne Kiosk in the scope of
    your SOC 2?", "Does your SOC 1 cover the security of our documents?", "Is your ISO 27001
    certification company-wide?"): No where the scope excludes it, is limited to something
    else ("Wingtip Meet only") or is not the whole organisation asked; Yes where the title or
    scope names it by its proper name; None when the question asks no such thing, names a
    criteria category or a subservice organisation, or the scope does not say."""
    whole = _WHOLE_ASK_RX.search(question)
    m = _IN_SCOPE_ASK_RX.match(question)
    if (m is None and whole is None) or not report.scope:
        return None
    said = f"The scope of our {name}: {report.scope.rstrip('.')}."
    # A trailing exception apart from what its clause keeps: "Notes and Billing" | ", save for
    # the on-premises installations of Notes" (Billing is in scope).
    clauses = [
        part
        for c in SCOPE_CLAUSE_RX.split(report.scope)
        for part in _TRAILING_EXCEPTION_RX.split(c)
        if part.strip(" ,")
    ]
    excluded = [c for c in clauses if _EXCLUDED_RX.search(c)]
    if whole is not None:
        # The whole organisation asked of a scope that excludes or keeps to a part of it.
        if _WHOLE_SCOPE_RX.search(report.scope) and not excluded:
            return Fact("Yes", said, report.id)
        limited = excluded or any(_ONLY_RX.search(c) for c in clauses)
        return Fact("No", said, report.id) if limited else None
    assert m is not None
    item = next(g for g in m.groups() if g)
    if (_names_an_org(item, report) and not hosted) or _NOT_A_PART_RX.search(item):
        return None  # a subservice organisation, a period or a method: asked elsewhere
    topic = _topic_words(item)
    kept = [c for c in clauses if c not in excluded]
    out = max((len(topic & _topic_words(c)) for c in excluded), default=0)
    inside = max((len(topic & _topic_words(c)) for c in kept), default=0)
    if topic and out >= _TOPIC_SHARE * len(topic) and out > inside:
        # "the security of our documents" and "... security of customer documents are not
        # in scope": an exclusion that names what is asked.
        return Fact("No", said, report.id)
    words = [w.lower() for w in _PROPER_RX.findall(item)]
    if not words or _CATEGORY_WORD_RX.search(item):
        return None
    version = _VERSION_AFTER_NAME_RX.search(item)
    if version is not None and version["name"].lower() == words[-1]:
        # "Ruvuma Receita 3" is not named by "Ruvuma Receita 2": its version is its name too.
        words.append(version["version"])

    def names_it(text: str) -> bool:
        return _names_all(words, text)

    def names_it_whole(text: str) -> bool:
        # "VesselLog" is not named by "the VesselLog Edge gateways": a longer name of another
        # part; the last word asked must end the name in the text.
        # Nor by "the Brisling Notes legacy desktop client": a part of it, in lower case.
        last = rf"(?i:\b{re.escape(words[-1])}\b)(?!\s+[A-Z][\w-]*)(?!{_PART_OF_IT})"
        return names_it(text) and bool(re.search(last, text))

    # The title's own clauses, its certificate apart from a status in parentheses: a part
    # named where it is withdrawn or left out ("(certification of the Riga office withdrawn
    # 2026-11-02; Bergen and Trondheim remain certified)") is not in, by the status nearest
    # its name in the clause.
    titled = _TITLE_PART_RX.split(report.title or "")
    dropped = [p for p in titled if names_it(p) and _title_drops(p, words[-1])]
    excluded = [*excluded, *dropped]
    titled = [p for p in titled if p not in dropped]
    if any(names_it_whole(c) for c in excluded):
        return Fact("No", said, report.id)
    if any(names_it(c) for c in excluded) and not any(names_it(c) for c in (*titled, *kept)):
        return Fact("", said, report.id)  # only as the start of a longer name left out
    plain = [c for c in kept if not _DENIES_DOING_RX.search(c)]
    if any(names_it(c) for c in kept) and not any(names_it(c) for c in (*titled, *plain)):
        # "...; Hobnail Core and Hobnail Member do not store, process or transmit card
        # numbers": named only to say what it does not do, which is no place in the scope.
        return Fact("", said, report.id)
    if any(names_it(c) for c in (*titled, *kept)):
        return Fact("Yes", said, report.id)
    if any(has_words(words, c) for c in clauses):
        # "Trichome Loyalty and Counter applications only" of "Trichome Counter": its words,
        # apart; whether they name it is the reviewer's to read.
        return Fact("", said, report.id)
    if any(_ONLY_RX.search(c) for c in clauses):
        return Fact("No", said, report.id)  # "Wingtip Meet only" and Wingtip Lecture asked
    # A part named that the scope does not name: holding the report does not say it is in.
    return Fact("", said, report.id)


# A part of a named product, after its name: "legacy desktop client", "mobile app", "API".
_PART_OF_IT = (
    r"(?:[\s-]+(?!(?:and|or|its|their|with|the|is|are|was|were)\b)[a-z][\w-]*){0,3}?[\s-]+"
    r"(?i:clients?|apps?|modules?|components?|apis?|gateways?|integrations?|add-ons?|plug-?ins?|"
    r"extensions?|editions?|versions?|connectors?|agents?|sdks?|features?|widgets?)\b"
    # "the Tejo Booking application itself", "all Tejo Booking customer deployments": the
    # product, not a part of it
    r"(?!\s+itself)"
)
# A status in a title that takes a part out: "withdrawn", "suspended", "removed from the scope".
_TITLE_DROPPED_RX = re.compile(
    rf"\b(?:{LAPSED_WORDS}|removed|dropped|excluded|no\s+longer\s+(?:certified|in\s+scope|"
    r"covered|included))\b",
    re.I,
)
# A status of one site, not of the certificate: "suspended 2026-02-01 at the Porto site",
# "withdrawn in respect of Faro", "other sites unaffected".
_SITE_STATUS_RX = re.compile(
    rf"\b(?:{LAPSED_WORDS})\b(?:\s+(?:on\s+)?[\d-]+)?\s+(?:at|for|in\s+respect\s+of|regarding)\s+"
    r"(?:the\s+)?[A-Z][\w-]+|\bunaffected\b|\bremains?\s+certified\b|\bother\s+sites\b",
)
# A title's clauses: at parentheses and semicolons.
_TITLE_PART_RX = re.compile(r"[();]")
# A status in a title that keeps a part in: "remain certified", "reinstated", "unaffected".
_TITLE_KEPT_RX = re.compile(
    r"\b(?:(?<!longer\s)(?<!not\s)certified|remains?\s+in\s+scope|(?<!not\s)reinstated|"
    r"unaffected|brought\s+(?:back\s+)?into\s+scope|added|(?<!not\s)covered|(?<!not\s)included)\b",
    re.I,
)
# A status said to be past: "previously excluded", "formerly suspended".
_PAST_STATUS_RX = re.compile(r"\b(?:previously|formerly|once|earlier)\s+[\w-]+", re.I)


def _title_drops(clause: str, name: str) -> bool:
    """Whether the status said of a name in a title's clause takes it out: the first status
    after the name ("Lisbon and Braga remain certified after the Porto site was withdrawn":
    Porto out, Lisbon in), else the nearest before it ("sites withdrawn: Porto and Faro"). A
    status said to be past ("formerly suspended") is none."""
    clause = _PAST_STATUS_RX.sub(lambda m: " " * len(m[0]), clause)
    at = re.search(rf"\b{re.escape(name)}\b", clause, re.I)
    if at is None:
        return False
    said = sorted(
        [
            (m.start(), m.end(), True)
            for rx in (_TITLE_DROPPED_RX, _EXCLUDED_RX)
            for m in rx.finditer(clause)
        ]
        + [(m.start(), m.end(), False) for m in _TITLE_KEPT_RX.finditer(clause)]
    )
    after = [d for start, _, d in said if start >= at.end()]
    before = [d for _, end, d in said if end <= at.start()]
    return after[0] if after else bool(before) and before[-1]


def part_outside(ctx: Context, question: str, asked: frozenset[str]) -> bool:
    """Whether a report is asked for a part of the vendor ("the SOC 3 report for Clinvara
    Notes", "for the patient portal") that no held report of the kind asked names in its title
    or scope, or that its scope excludes."""
    m = _FOR_PART_RX.search(question) or _ON_NAMED_PART_RX.search(question)
    if m is None:
        return False
    item = m["part"]
    words = [w.lower() for w in _PROPER_RX.findall(item)] or sorted(_topic_words(item))
    if not words:
        return False
    reports = _reports_for(ctx, question, asked)
    for report in reports:
        for text in (report.title or "", *_kept_clauses(report)):
            if all(
                w in _topic_words(text) or re.search(rf"\b{re.escape(w)}\b", text, re.I)
                for w in words
            ):
                return False
    return bool(reports)


def name_left_out(ctx: Context, question: str, report: Report) -> bool:
    """Whether a question names a part its answering report's scope leaves out by name ("the
    Tarazy terminal controls" and "...; the Avocet Tarazy terminals are not in scope"), which
    neither that report's title or kept clauses name nor another report of its kind that can
    answer the question (a Type I on Tarazy answers of its design, not of operation over a
    period)."""
    out = " ".join(c for c in _scope_clauses(report) if _EXCLUDED_RX.search(c))
    if not out:
        return False
    first = question.split(maxsplit=1)[0] if question.strip() else ""
    names = [w for w in _PROPER_RX.findall(question) if w != first and _has_word(out, w)]
    if not names:
        return False
    operation = _OPERATION_ASK_RX.search(question) is not None
    return not any(
        all(_has_word(_kept_text(other), w) for w in names)
        for other in ctx.inventory.reports
        if other.kind == report.kind and not (operation and other.type == "Type I")
    )


def _scope_clauses(report: Report) -> list[str]:
    return [c for c in SCOPE_CLAUSE_RX.split(report.scope or "") if c.strip()]


def _kept_clauses(report: Report) -> list[str]:
    """The clauses of a report's scope that keep things in (not "...; X is not in scope")."""
    return [c for c in _scope_clauses(report) if not _EXCLUDED_RX.search(c)]


def _kept_text(report: Report) -> str:
    """A report's title and the clauses of its scope that keep things in."""
    return " ".join([report.title or "", *_kept_clauses(report)])


# Operation over a period, which only a Type II tests: "operating effectiveness", "over a
# period of time", "Type II".
_OPERATION_ASK_RX = re.compile(
    r"\boperat\w*\s+effective\w*|\bover\s+a\s+period\b|\btype\s*(2|ii)\b", re.I
)


# "the SOC 3 report for Clinvara Notes", "your SOC 2 for the patient portal", "your certificate a
# certification of the hosted services".
# A part named by its capitalised name after "on": "your SOC 2 report on Northwind Vault".
_ON_NAMED_PART_RX = re.compile(
    r"\b(?:report|soc\s*[123]|attestation|certificate|audit)\b[^?]{0,20}?\bon\s+(?:the\s+)?"
    r"(?P<part>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s*[?.:]?\s*$"
)
_FOR_PART_RX = re.compile(
    r"\b(?:report|soc\s*[123]|attestation|certificate|audit)\b[^?]{0,20}?\b(?:for|covering|certification\s+of)\s+(?:the\s+|your\s+|"
    r"our\s+)?(?P<part>(?!(?:the\s+)?(?:period|year|months?|\d|review|evaluation|assessment|due\s+"
    r"diligence|records|verification|inspection|approval|reference|us\b|each|every|all\b))"
    r"[\w][\w -]{2,40}?)\s*[?.]?\s*$",
    re.I,
)


def _topic_words(text: str) -> frozenset[str]:
    """The content words of a scope or of what a question asks is in it, singular and lower
    case ("controls over the security of our documents" → security, document)."""
    words = (w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z][\w-]+", text))
    return frozenset(w for w in words if w not in _TOPIC_STOPS)


_TOPIC_STOPS = frozenset(
    [
        "the",
        "of",
        "our",
        "your",
        "their",
        "its",
        "a",
        "an",
        "and",
        "or",
        "for",
        "to",
        "in",
        "on",
        "over",
        "with",
        "by",
        "from",
        "all",
        "any",
        "this",
        "that",
        "control",
        "controls",
        "scope",
        "report",
        "audit",
        "examination",
        "include",
        "including",
        "cover",
        "covered",
        "covering",
        "are",
        "is",
        "be",
        "been",
        "not",
        "ha",
        "have",
    ]
)


def _names_an_org(item: str, report: Report) -> bool:
    return any(org_words(o.name) & set(item.lower().split()) for o in report.subservice_orgs)


# "company-wide?", "apply to the whole organization", "cover your entire company".
_WHOLE_ASK_RX = re.compile(
    r"\b(company|organi[sz]ation|enterprise)[- ]wide\b|"
    r"\b(whole|entire|all\s+of\s+(the|your))\s+(company|organi[sz]ation|business|enterprise)\b",
    re.I,
)
_WHOLE_SCOPE_RX = re.compile(r"\b(whole|entire)\s+(company|organi[sz]ation|business)\b", re.I)
# "Is Lucerne Kiosk in the scope of your SOC 2?", "Is Relecloud Drug Testing covered by your
# SOC 2 report?", "Does your SOC 2 Type I report from 2024 cover Wingtip Lecture?"
_IN_SCOPE_ASK_RX = re.compile(
    r"\s*(?:is|are)\s+(?P<a>[^?]+?)\s+(?:(?:with)?in|inside|part\s+of)\s+(?:the\s+)?(?:scope|boundary|"
    r"boundaries)\s+of\b|"
    # "Is Payouts audited under your SOC 1?", "Are Payouts controls examined by your auditor?"
    r"\s*(?:is|are)\s+(?P<e>[^?]+?)\s+(?:controls\s+)?(?:audited|examined|assessed|tested|covered)\s+"
    r"(?:under|by|in|as\s+part\s+of)\s+(?:your|the)\b|"
    r"\s*(?:does|do)\s+(?:your|the)\s+[^?]{0,40}?\bauditors?\s+(?:test|examine|audit|cover)s?\s+"
    r"(?P<f>[^?]+)|"
    # "Is Risk part of the system described in your SOC 1?", "Was Risk examined in your SOC 1
    # audit?", "Is Risk in your SOC 1 report?"
    r"\s*(?:is|are|was|were)\s+(?P<g>[^?]+?)\s+(?:part\s+of\s+the\s+system\s+described\s+in|"
    r"(?:examined|audited|assessed|tested|included|covered)\s+in|in)\s+(?:your|the)\s+"
    r"(?=[^?]{0,20}?\b(?:soc|isae|ssae|report|audit|examination)\b)|"
    # "Is Payouts part of your SOC 1 system description?"
    r"\s*(?:is|are)\s+(?P<d>[^?]+?)\s+(?:part\s+of|(?:with)?in|described\s+in)\s+(?:your|the)\s+"
    r"[^?]{0,30}?\b(?:system\s+description|description\s+of\s+the\s+system|examination|"
    r"audit\s+scope)\b|"
    r"\s*(?:is|are)\s+(?P<b>[^?]+?)\s+(?:covered|included)\s+(?:by|in)\s+(?:your|the)\b|"
    r"\s*(?:does|do)\s+(?:your|the)\s+[^?]{0,60}?\b(?:covers?|includes?|address(?:es)?|"
    r"(?:apply|applies|extends?)\s+to)\s+(?P<c>[^?]+)",
    re.I,
)
# A proper name's words: "Lucerne Kiosk", "the Woodgrove Scan app" (not "the", "app").
# A version number after a proper name: "Receita 3", "Gateway 2.1".
_VERSION_AFTER_NAME_RX = re.compile(
    r"\b(?P<name>[A-Z][\w&-]*)\s+(?P<version>\d+(?:\.\d+)*)\b(?!\s*%)"
)
_PROPER_RX = re.compile(r"\b[A-Z][\w&-]*[a-z0-9][\w&-]*\b|\b[A-Z]{2,}\b")  # "TMS" too
# The words of the criteria's categories, one by one.
_CATEGORY_WORDS = frozenset(
    [
        "security",
        "availability",
        "processing",
        "integrity",
        "confidentiality",
        "privacy",
        "criteria",
        "criterion",
        "category",
        "categories",
    ]
)
# The criteria's categories asked as such: "the Availability criteria", "the Privacy category".
_CATEGORY_ASK_RX = re.compile(r"\b(criteri\w*|categor\w*|principles?|trust\s+services)\b", re.I)
# A criteria category asked ("Privacy", "the Availability criteria"), not a part of the vendor.
_CATEGORY_WORD_RX = re.compile(
    r"\b(security|availability|processing\s+integrity|confidentiality|privacy|criteri\w*|"
    r"categor\w*|principles?|CC\d)",
    re.I,
)
# What a scope question asks of that is not a part of the vendor: a period, a method, another
# organisation.
_NOT_A_PART_RX = re.compile(
    r"\b(period|date|months?|years?|days?|providers?|vendors?|sub-?service|carve\w*|inclusive|"
    r"method|organi[sz]ations?|data\s+cent(er|re)s?|colocation)\b",
    re.I,
)
# A scope clause telling a part does not handle card data: "do not store, process or
# transmit card numbers", "has no access to card data".
_DENIES_DOING_RX = re.compile(
    # "X is not connected to the cardholder data environment"
    r"\bnot\s+connected\s+to\s+the\s+(?:cardholder\s+data\s+environment|cde)\b|"
    r"\b(?:do|does|did)\s+not\s+store,?\s+process,?\s+or\s+transmit\b|\bneither\s+stores?\s+nor\b|"
    # "never receive card numbers", "do not see or handle card data"
    r"\b(?:never|(?:do|does|did)\s+not|don't|doesn't|cannot|can't)\s+(?:\w+\s+(?:or|and)\s+)?"
    # (not storing alone: a part that passes card numbers on without storing them is in scope)
    r"(?:receive|see|handle|touch|capture|accept|access)(?:e?s)?\s+"
    r"(?:any\s+)?(?:card(?:holder)?\s+(?:data|numbers|details)|(?:payment\s+)?card\s+data|"
    r"pans?|primary\s+account\s+numbers)\b|"
    r"\bno\s+card\s+(?:data|numbers)\s+(?:is|are|passes|pass)\b|"
    r"\b(?:has|have)\s+no\s+access\s+to\s+card\s+(?:data|numbers)\b",
    re.I,
)
_EXCLUDED_RX = re.compile(
    r"\b(not\s+in\s+scope|out\s+of\s+(the\s+)?scope|out-of-scope|"
    # "outside the certificate scope", "beyond the audit's scope", "fall outside the
    # certification." (not "beyond the audit period", "beyond the certification requirements").
    r"(outside|beyond)\s+(of\s+)?(the\s+|its\s+|our\s+|this\s+)?([\w']+[\s-]+){0,2}?scope|"
    # What a clause places outside: "falls outside the certification boundary", "sits outside
    # what the auditors examined", "lies outside the certified ISMS", "is outside the audit."
    # (not "beyond the audit period", "evidence outside the audit sample was also made
    # available", "teams that work beyond the annual management review").
    r"\b(is|are|was|were|falls?|fell|lies?|lay|sits?|sat|remains?|stays?|kept|left|placed|"
    r"considered)\s+(entirely\s+|wholly\s+|also\s+|still\s+)?(outside|beyond)\s+(of\s+)?(the\s+|its\s+|"
    r"our\s+|this\s+|what\s+)?(([\w'-]+\s+){0,2}?(certificat(e|ion)|certified\s+\w+|audit(ed)?|"
    r"assess(ment|ed)|examin(ation|ed)|engagement|isms|report|review(ed)?|purview|remit)\b"
    r"(?!\s+(period|requirements?|dates?|firm|body|team|standards?|window|cycle|committee|offices?|"
    r"fees?|timeline|schedule|trail|logs?|sample|minimum|hours|calendar|visit|criteria)\b)(?!['’]s)|"
    r"(boundar(y|ies)|bounds|perimeter|remit|reach|purview)\s+of\s+(the\s+|its\s+|our\s+|this\s+)?"
    r"(examination|audit|assessment|certification|engagement|review|report|isms))|carved[\s-]+out|"
    r"left\s+out\s+of\s+(the\s+)?(examination|audit|assessment|certification|scope|report)|"
    r"not\s+(with)?in\s+(the\s+|its\s+|our\s+)?([\w']+[\s-]+){0,2}?scope|not\s+part\s+of|"
    r"not\s+covered|not\s+included|excluded|excludes|excluding|except|"
    # "..., other than the two on-premises installations of Review": after a comma, of a thing
    # named (not "regions other than GovCloud", "other than those of the subservice
    # organisation", "Apart from Billing, the scope also covers ...").
    r"(?<=,\s)(?:other\s+than|apart\s+from|aside\s+from|save\s+for|with\s+the\s+exception\s+of)\s+"
    r"(?:the|its|our|two|three|four|\d+)\s+(?!those\b)|"
    # "outside the cardholder data environment and not assessed".
    r"not\s+(assessed|audited|examined|tested|certified)|outside\s+the\s+(cardholder\s+data\s+"
    r"environment|cde|isms|assessed\s+environment))\b",
    re.I,
)
_ONLY_RX = re.compile(r"\bonly\b", re.I)


def _superseded_dropped(
    ctx: Context, found: list[tuple[Report, Fact]]
) -> list[tuple[Report, Fact]]:
    """The reports' facts without those of stale reports a current one of the same or a
    higher type has superseded, when the current ones agree: "Did your SOC 2 auditor note any
    exceptions?" of a current Type II and a Type I from three years ago is about the Type II
    (a current Type I does not supersede an older Type II: which one is meant is for the
    reviewer)."""
    current = [(r, f) for r, f in found if not anchor_stale(ctx, r)]
    if not current or len({f.answer for _, f in current}) > 1:
        return found
    lowest = min(_TYPE_RANK.get(r.type or "", 0) for r, _ in current)
    if any(_TYPE_RANK.get(r.type or "", 0) > lowest for r, _ in found if anchor_stale(ctx, r)):
        return found
    return current


_TYPE_RANK = {"Type I": 1, "Type II": 2}


def _exceptions_within(question: str, report: Report, name: str) -> Fact | None:
    """Exceptions asked of one category or criterion ("any exceptions against the
    availability criteria?", "on CC6.1?"): Yes for an exception on it, No where the report
    tested it and noted none there; None when the question names neither. A category the
    report does not include was not tested: no Yes or No."""
    ids = {m[0].upper() for m in _CRITERION_ID_RX.finditer(question)}
    categories = {c for c, rx in _OPTIONAL_CATEGORY_RX if rx.search(question)}
    if _COMMON_CRITERIA_RX.search(question):
        categories.add("security")
    if not (ids or categories):
        return None
    if report.kind not in _TSC_KINDS:
        # "exceptions under A1.2?" is not answered by a SOC 1, examined against its own
        # control objectives.
        return Fact("", f"Our {name} does not report on the Trust Services Criteria.", report.id)
    untested = sorted(c for c in categories if c not in report.categories)
    if untested:
        said = f"Our {name} does not include {' or '.join(c.title() for c in untested)}."
        return Fact("", said, report.id)

    def asked(criterion: str) -> bool:
        cid = criterion.upper()
        return any(cid == i or cid.startswith(f"{i}.") for i in ids) or (
            _category_of(cid) in categories
        )

    on = [e for e in report.exceptions if any(asked(c) for c in e.criteria)]
    what = " or ".join([*sorted(ids), *(f"the {c} criteria" for c in sorted(categories))])
    if on:
        said = " ".join(sentence(e.summary) for e in on)
        return Fact("Yes", f"Our {name} notes an exception on {what}: {said}", report.id)
    others = sorted({c for e in report.exceptions for c in e.criteria})
    elsewhere = f" (its exceptions are on {', '.join(others)})" if others else ""
    return Fact("No", f"Our {name} notes no exception on {what}{elsewhere}.", report.id)


def _category_of(criterion: str) -> str:
    """The category a Trust Services criterion id belongs to ("A1.2" → "availability")."""
    for prefix, category in _CRITERION_PREFIXES:
        if criterion.startswith(prefix):
            return category
    return ""


# A number of exceptions asked as a threshold: "more than three", "3 or more", "at least two",
# "several", "multiple".
_EXCEPTION_COUNT_RX = re.compile(
    r"\b(?:(?P<more>more\s+than|over)|(?P<least>at\s+least))\s+(?P<n>\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?:\w+\s+)?(?:exceptions?|deviations?)\b|"
    r"\b(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+or\s+more\s+(?:\w+\s+)?"
    r"(?:exceptions?|deviations?)\b|"
    r"\b(?P<several>several|multiple|numerous)\s+(?:\w+\s+)?(?:exceptions?|deviations?)\b",
    re.I,
)


def _exceptions_at_least(question: str) -> int | None:
    """The least number of exceptions a threshold question asks for, or None when it asks for
    none ("Were any exceptions noted?")."""
    m = _EXCEPTION_COUNT_RX.search(question)
    if m is None or _HOW_MANY_EXCEPTIONS_RX.search(question):
        return None
    if m["several"]:
        # "several exceptions (three or more)": the number in brackets.
        inner = re.search(r"\(\s*(\d+|two|three|four|five)\s+or\s+more\s*\)", question, re.I)
        if inner is not None:
            return _number(inner[1])
        return 3 if m["several"].lower() == "several" else 2
    n = _number(m["n"] or m["n2"])
    return n + 1 if m["more"] else n


# An upper bound on the exceptions: "fewer than three", "at most 2", "two or fewer".
_EXCEPTIONS_AT_MOST_RX = re.compile(
    # ("no more than N" is "more than N" turned round, as the question's other negatives are.)
    r"\b(?:(?P<below>(?<!no\s)(?:fewer|less)\s+than|under)|(?:at\s+most|a\s+maximum\s+of))"
    r"\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?"
    r"(?:exceptions?|deviations?)\b|"
    r"\b(?P<n2>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s+(?:fewer|less)\s+"
    r"(?:\w+\s+)?(?:exceptions?|deviations?)\b",
    re.I,
)


# Words that narrow the exceptions counted: per control, open, in part of the period.
_EXCEPTIONS_NARROWED_RX = re.compile(
    r"\b(per|each|unremediat\w*|unresolved|open|outstanding|remain\w*|left|first|last|second|"
    r"during|quarter|month|half|critical|significant|material|high)\b",
    re.I,
)


def _exceptions_at_most(question: str) -> int | None:
    """The most exceptions an upper-bound question allows ("fewer than three" is 2), or None."""
    m = _EXCEPTIONS_AT_MOST_RX.search(question)
    if m is None or _EXCEPTIONS_NARROWED_RX.search(question):
        return None  # "fewer than 2 exceptions per control", "... left open": not the count
    n = _number(m["n"] or m["n2"])
    return n - 1 if m["below"] else n


_HOW_MANY_EXCEPTIONS_RX = re.compile(
    r"\b(how\s+many|number\s+of)\s+(exceptions|deviations|testing\s+exceptions)\b", re.I
)
# The reports examined against the Trust Services Criteria.
_TSC_KINDS = frozenset({"SOC 2", "SOC 3", "ISAE 3000"})
# Longest prefix first: "PI1.3" is processing integrity, not privacy.
_CRITERION_PREFIXES = (
    ("CC", "security"),
    ("PI", "processing integrity"),
    ("A", "availability"),
    ("C", "confidentiality"),
    ("P", "privacy"),
)
_CRITERION_ID_RX = re.compile(r"\b(?:CC|PI|A|C|P)\d{1,2}(?:\.\d{1,2})?\b")
_OPTIONAL_CATEGORY_RX = tuple((c, rx) for c, rx in _CATEGORY_RX if c != "security")
_COMMON_CRITERIA_RX = re.compile(
    r"\bcommon\s+criteria\b|\bsecurity\s+(criteria|category|principle)\b", re.I
)


# A control area named beside a report's exceptions: "your DR controls", "access reviews".
_AREA_ASKED_RX = re.compile(
    r"\b(your|the|its|our)\s+(\w+\s+){1,4}?(controls?|process(es)?|procedures?|reviews?|tests?|"
    r"testing|plans?)\b",
    re.I,
)
_TOPIC_SHARE = 0.6
# What was done about an exception: "remediated?", "resolved?", "addressed?".
_REMEDIED_ASK_RX = re.compile(
    r"\b(remediat\w*|resolved|fixed|addressed|corrected|closed|mitigat\w*|"
    r"corrective|action\s+plan)\b",
    re.I,
)
_REMEDIED_RX = re.compile(r"\b(remediated|resolved|fixed|corrected|closed)\b", re.I)
# What an exception did not lead to: "it produced no incorrect charges", "with no customer
# impact" names a consequence only to deny it.
_NO_CONSEQUENCE_RX = re.compile(
    r"\b(produced|caused|resulted\s+in|led\s+to|had|with)\s+no\s+(\w+\s+){0,3}?\w+", re.I
)
# "Did the exception relate to ...?" presumes one.
_THE_EXCEPTION_RX = re.compile(r"\b(the|this|that|these|those)\s+(\w+\s+){0,3}?exceptions?\b", re.I)
# The words of a question on whether a report has exceptions at all: any other word names what
# they would be on ("Were any exceptions noted in your most recent SOC 2 Type II report?").
_EXCEPTION_ASK_TERMS = subject_terms(
    "were was is are did does do has have had there any exception exceptions deviation "
    "deviations noted note found find identified reported report reports listed list included "
    "contain contains soc 1 2 3 type i ii iii audit auditor auditors auditor's examination "
    "attestation assurance period most recent latest last current your the in of on with by "
    "a an testing tested test isae 3402 3000 ssae 18 16 service organization organisation "
    "independent opinion result results during unqualified qualified free clean without which "
    "what criteria criterion category categories deficiency deficiencies finding findings "
    "observation observations issue issues for to from year years month months ended ending "
    "prior previous preceding earlier correct true accurate it that this flag flagged please "
    "confirm whether control controls qualification qualifications noted note"
)
# Names and numbers say which report, not what its exceptions are on: "the Pemberton Wage SOC 2
# report", "your 2026 SOC 2 report" (the question's first word aside).
_NAMES_AND_NUMBERS_RX = re.compile(r"(?<!^)(?<![.?!]\s)\b(?-i:[A-Z])[\w-]*|\b\d[\w.-]*", re.I)
# The topic an exception is asked about: "exceptions in change management", "related to
# backups" (not "in your SOC 2 report", "during the period").
# A topic named before the exceptions: "change-management exceptions", "access control
# deviations".
_TOPIC_FIRST_RX = re.compile(
    r"\b((?:[a-z]+-)?[a-z]+[- ](?:management|control|controls|review|reviews|response|"
    r"recovery|security))\s+(exceptions?|deviations?)\b",
    re.I,
)
_EXCEPTION_TOPIC_RX = re.compile(
    r"\b(exceptions?|deviations?|deficienc\w+)\b[^?]{0,30}?\b(in|on|related\s+to|relating\s+to|"
    r"relates?\s+to|concern(?:s|ed)?|involve[sd]?|"
    r"regarding|about|around|concerning|for|with)\s+(?!(?:your|the|its|our|this|that|any)\s+"
    r"(?:\w+\s+){0,3}?(?:soc|report|audit|examination|period|assessment|review)\b)"
    # "related to your turnstile subcontractor": the topic after its determiner.
    r"(?:(?:your|the|its|our)\s+(?!(?:last|recent|latest|most|past|previous|prior|preceding|"
    r"earlier|current|period|year|months?|first|second|next|\d)))?"
    r"(?!(?:your|the|its|our|this|that|any|last|recent|latest|most)\b)(?P<topic>[\w -]{3,60})",
    re.I,
)
_COMPARED_RX = re.compile(
    r"\b(same\s+(\w+\s+){0,2}?|more\s+recent|newer|older|earlier|later)\s*(than|as)\b",
    re.I,
)


def _two_compared(question: str) -> bool:
    """Two reports compared, by two kinds named ("your SOC 3 ... the same period as your SOC 2")
    or as `reports_compared` reads it."""
    return bool(
        len(named_kinds(question)) > 1 and _COMPARED_RX.search(question)
    ) or reports_compared(question)


def report_mentions(question: str) -> int:
    """How many reports a question names ("your SOC 2 Type II report" is one)."""
    return len(_REPORT_MENTION_RX.findall(question))


def reports_compared(question: str) -> bool:
    """Whether a question compares two reports, whatever their kinds: "Was your SOC 2 Type I
    performed by a different audit firm than your SOC 2 Type II?", "Do your two SOC 2 reports
    include the same categories?", "Do your ISAE 3402 and SOC 2 treat X the same way?"."""
    if _TWO_REPORTS_RX.search(question) and _SIDE_BY_SIDE_RX.search(question):
        return True
    if _SAME_FIRM_RX.search(question) and len(named_kinds(question)) > 1:
        return True  # "Did the same firm issue your SOC 2 and your ISO 27001?"
    if _CONTINUITY_RX.search(question) and (
        _TWO_REPORTS_RX.search(question) or _ONE_BEFORE_RX.search(question)
    ):
        # "Do your two most recent SOC 2 periods run back-to-back?", "Did your current period
        # begin immediately after the previous one ended?": how two periods meet.
        return True
    return bool(_COMPARISON_WORD_RX.search(question)) and report_mentions(question) > 1


# How two periods meet: "back-to-back", "consecutive", "with no gap", "immediately after".
_CONTINUITY_RX = re.compile(
    r"\b(back[- ]to[- ]back|consecutive|contiguous|unbroken|without\s+(a\s+|any\s+)?"
    r"gaps?|no\s+gaps?|gaps?\s+between|immediately\s+(after|following)|right\s+after|"
    r"follow(s|ed)?\s+on\s+from|pick(s|ed)?\s+up\s+where|overlap\w*)\b",
    re.I,
)
_ONE_BEFORE_RX = re.compile(
    r"\b(previous|prior|preceding|earlier|last\s+year['’]s)\b|"
    # "Are your SOC 2 reports consecutive?", "Do your audit periods overlap?"
    r"\b(reports|periods|audits|examinations)\s+(\w+\s+){0,3}?(consecutive|back[- ]to[- ]back|"
    r"contiguous|overlap\w*)\b",
    re.I,
)


_COMPARISON_WORD_RX = re.compile(
    r"\bsame\s+(\w+\s+){0,3}?(as|way)\b|\bdifferent\s+(\w+\s+){0,3}?(than|from)\b|"
    r"\bdiffer\w*\s+(from|between)\b|\b((more|less)\s+recent|newer|older|earlier|later)\s+than\b|"
    r"\bidentical\s+to\b",
    re.I,
)
# Two reports the question sets side by side: "Do your two SOC 2 reports include the same
# categories?"
_SIDE_BY_SIDE_RX = re.compile(r"\b(the\s+same|different|differ\w*)\b", re.I)
# A report named: by its kind ("SOC 2", "ISAE 3402", "ISO 27001") or as a report; "SOC 2 Type II
# report" is one mention.
_REPORT_MENTION_RX = re.compile(
    r"\b(?:soc\s*[123]|isae\s*\d{4}|ssae\s*\d+|iso(?:/iec)?\s*\d{4,5}|pci\s*dss)\b"
    r"(?:\s+type\s+(?:i{1,2}|[12])\b)?(?:\s+(?:reports?|attestations?|certificates?))?"
    r"|\b(?:reports?|attestations?|certificates?)\b",
    re.I,
)
_TWO_REPORTS_RX = re.compile(
    r"\b(two|both|each\s+of)\s+(your\s+|the\s+|our\s+)?(\w+\s+){0,3}?(reports|soc|audits|"
    r"attestations|certificates)\b",
    re.I,
)
_PREVIOUS_RX = re.compile(
    r"\b(previous|prior|preceding|earlier)([- ]years?['’]?s?)?\s+(\S+\s+){0,3}?(reports?|audits?|"
    r"soc)\b",
    re.I,
)
# "Is your most recent SOC 2 report a Type II?" asks the type of the newest; "your most recent
# SOC 2 Type II report" names the one asked about.
_TYPE_ASKED_RX = re.compile(r"\b(is|was)\s+(it|this|that|your\s+[^?]{1,40}?)\s+an?\s+type\b", re.I)
# "your most recent SOC 2", "the latest report": the newest one is meant.
_LATEST_RX = re.compile(r"\b(most\s+recent|latest|newest|last|current)\b", re.I)


def _dated_attribute(ctx: Context, question: str, asked: frozenset[str]) -> Fact | None:
    """A date of a report compared with the time a question names (a day, a month, a quarter,
    a half or a year): "Did your SOC 2 period start in 2026?", "end in the first quarter of
    2026?", "as of a date in 2025?", "issued in March 2027?", "Does your bridge letter run to a
    date in 2027?", "run through 2027-03-31?", "run to the end of 2027?", "still be valid on
    2027-04-15?", "valid for the whole of 2027?", "Was your period entirely within 2026?". None
    when the question names no such time or attribute."""
    if _ENDED_ON_RX.search(question) or _SPAN_RX.search(question):
        return None  # "your SOC 2 for the 12 months ended 30 September 2025": names the report
    if _RELATIVE_DAY_RX.search(question):
        return None  # "no later than 12 months before 31 January 2026": a day counted from one
    if _time_held(question) is not None and not _VALIDITY_ASK_RX.search(question):
        # "As of 1 January 2034, did you hold ...?", "hold ... as of 1 June 2025?": the time
        # of the holding ("As of 2033-12-31, will your certificate be valid?" is its validity
        # on the day, read below).
        return None
    m = _DATED_ASK_RX.search(question) or _PERIOD_SPAN_RX.search(question)
    if m is None:
        return None
    if _SPAN_GOES_ON_RX.match(question[m.end() :]):
        # "cover the period from January 1, 2026 to June 30, 2026": two days, of which the
        # match read one. For the reviewer.
        return None
    span = _span(m["when"])
    if span is None:
        return None
    lo, hi = span
    if _BRIDGE.search(question):
        report = _report_for(ctx, question, asked) if named_kinds(question) else None
        letters = _bridges(ctx, report, question)
        held = [max(letters, key=lambda r: r.through or date.min)] if letters else []
    else:
        held = _reports_for(ctx, question, asked)[:1]
    if not held:
        return None
    report = held[0]
    name = _name(report)
    what, how = m["what"].lower(), (m["how"] or "").lower().removeprefix("the ")
    prep = re.sub(r"\s+", " ", (m["prep"] or "").lower()) if "prep" in m.groupdict() else ""
    if what.startswith("valid") and _VALID_THROUGH_RX.search(question):
        return None  # "valid until at least 2027?": into it or through it, read below
    if what.startswith(("valid", "in place", "in force", "current")) and not how.startswith(
        ("whole", "all of", "entire")
    ):
        if prep in _AFTER_PREPS:
            # "valid after 2034-04-09?" of a certificate expiring that day: the day after.
            if hi >= date.max:
                return Fact("", "", report.id)  # no day comes after it: nothing to compare
            return _valid_on(ctx, report, name, hi + timedelta(days=1), hi + timedelta(days=1))
        if prep in _BEFORE_PREPS | _UP_TO_PREPS | _FROM_PREPS:
            return None  # valid at some time before a day, or from it on: for the reviewer
        return _valid_on(ctx, report, name, lo if lo == hi else None, hi)
    if report.type == "Type I" and what.startswith(("cover", "span")):
        # "Does your SOC 2 cover January 1 to June 30, 2026?" of a Type I as of June 30: a
        # Type I tests design on a day, no period. For the reviewer, with its date.
        day = report.period_end or report.issued
        return Fact("", f"Our {name} is as of {day}: a Type I covers no period.", report.id)
    begins = report.period_start or report.issued
    if report.kind == "bridge letter":
        # A bridge letter covers from the day after its report's period ended.
        extended = ctx.inventory.report(report.extends or "")
        end = extended.period_end if extended is not None else None
        begins = end + timedelta(days=1) if end is not None else None
    ends = report.through or report.expires or report.period_end
    if how.startswith(("whole", "all of", "entire")) or how.startswith("entirely"):
        if begins is None or ends is None:
            return None
        said = f"Our {name} runs from {begins.isoformat()} to {ends.isoformat()}."
        if how.startswith("entirely"):
            inside = lo <= begins and ends <= hi  # "entirely within 2026"
        else:
            inside = begins <= lo and hi <= ends  # "the whole of 2027"
        return Fact("Yes" if inside else "No", said, report.id)
    if what.startswith("issued") and not (
        report.kind == "bridge letter" and _COVER_WORD_RX.search(question)
    ):
        d, said = report.issued, "was issued on"
    elif what.startswith(("start", "begin", "began")):
        d, said = report.period_start, "period starts"
    elif report.kind == "bridge letter" or (
        what.startswith(("run", "last", "extend")) and report.expires is not None
    ):
        d, said = report.through or report.expires, "runs through"
    elif what.startswith("dated") or what == "as of":
        d, said = report.period_end or report.issued, "is dated"
    else:
        d, said = report.period_end, "period ends"
    if d is None:
        return Fact("", f"Our {name} does not give that date.", report.id)
    if report.type == "Type I" and said == "period ends":
        said = "is as of"
    fact = f"Our {name} {said} {d.isoformat()}."
    if prep in _BEFORE_PREPS:
        return Fact("Yes" if d < lo else "No", fact, report.id)
    if prep in _UP_TO_PREPS:
        # "issued on or before 30 September 2033", "no later than": the day itself too.
        return Fact("Yes" if d <= hi else "No", fact, report.id)
    if prep in _AFTER_PREPS:
        # "extend past the end of June 2027" of a letter through 2027-06-30: No.
        return Fact("Yes" if d > hi else "No", fact, report.id)
    if prep in _FROM_PREPS:
        # "start on or after 1 October 2032", "no earlier than": the day itself too.
        return Fact("Yes" if d >= lo else "No", fact, report.id)
    if what.startswith(("run", "last", "extend", "cover")) and not how.startswith("a date in"):
        # "run through 2027-03-31", "run to the end of 2027": to the end of what is named at
        # least; what a period "covers" of a year is for the reviewer.
        if what.startswith("cover") and lo != hi:
            return None
        return Fact("Yes" if d >= hi else "No", fact, report.id)
    return Fact("Yes" if lo <= d <= hi else "No", fact, report.id)


# A second day after the one read: "... to June 30, 2026", "through 2026-06-30", "- 30 June".
_SPAN_GOES_ON_RX = re.compile(r"\s*(to|through|until|till|and|-|–)\s+([a-z]+\s+)?\d", re.I)
# A day counted from another: "12 months before 31 January 2026", "30 days after".
_RELATIVE_DAY_RX = re.compile(
    r"\b(\d+|one|two|three|six|twelve|thirty|ninety)\s+(days?|weeks?|months?|years?)\s+"
    r"(before|after|following|prior\s+to|from)\b",
    re.I,
)
# How a date is compared with the time asked: strictly before or after it, or up to it or from
# it with the day itself.
_BEFORE_PREPS = frozenset(["before", "prior to", "earlier than"])
_UP_TO_PREPS = frozenset(["on or before", "no later than", "not after", "by"])
_AFTER_PREPS = frozenset(["after", "past", "beyond", "later than"])
_FROM_PREPS = frozenset(["on or after", "no earlier than", "not before"])


def _span(when: str) -> tuple[date, date] | None:
    """The days a time names: a day, a month, a quarter, a half, the end of a year, a year."""
    day = date_in(when)
    if day is not None:
        return day, day
    m = _WHEN_PARTS_RX.fullmatch(when.strip())
    if m is None:
        return None
    year = int(m["year"])
    if m["end"]:
        return date(year, 12, 31), date(year, 12, 31)
    if m["month"]:
        month = _MONTHS[m["month"].lower()[:3]]
        first = date(year, month, 1)
        return first, add_months(first, 1) - timedelta(days=1)
    if m["quarter"] or m["q"]:
        n = int(m["q"]) if m["q"] else _ORDINALS[m["quarter"].lower()]
        first = date(year, 3 * n - 2, 1)
        return first, add_months(first, 3) - timedelta(days=1)
    if m["half"] or m["h"]:
        n = int(m["h"]) if m["h"] else _ORDINALS[m["half"].lower()]
        first = date(year, 6 * n - 5, 1)
        return first, add_months(first, 6) - timedelta(days=1)
    return date(year, 1, 1), date(year, 12, 31)


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS |= {"4th": 4, "last": 4, "final": 4}
_WHEN_TEXT = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|"
    r"(?:the\s+)?(?:end\s+of|(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+"
    r"(?:quarter|half)\s+of|Q[1-4]|H[12]|" + _MONTH_TEXT + r")?\s*(?:19|20)\d\d)"
)
_WHEN_PARTS_RX = re.compile(
    r"(?:the\s+)?(?:(?P<end>end\s+of)|(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th|last|"
    r"final)\s+quarter\s+of|(?P<half>first|second|1st|2nd)\s+half\s+of|Q(?P<q>[1-4])|"
    r"H(?P<h>[12])|(?P<month>" + _MONTH_TEXT + r"))?\s*(?P<year>(?:19|20)\d\d)",
    re.I,
)

_VALIDITY_ASK_RX = re.compile(r"\b(valid|expired?|in\s+force|in\s+effect|lapsed?)\b", re.I)
# The time of the holding: a leading frame ("As of 1 July 2035, ...", "In 2033, ...") or after
# the thing held ("hold an ISO 27001 certificate in January 2033", "have a SOC 1 report at the
# end of 2034", "in effect on 1 January 2033"); not the report's own dates ("for 2034", "the
# period in 2034", "issued in", "dated").
_HELD_AT_RX = re.compile(
    r"^\s*(?:as\s+(?:of|at)|on|in|at|by|during|at\s+the\s+end\s+of)\s+(?P<lead>"
    + _WHEN_TEXT
    + r")\s*,|\b(?:hold|held|have|had|possess(?:ed)?|maintain(?:ed)?|in\s+effect|in\s+place|"
    r"certified|accredited)\b"
    r"(?:(?!\b(?:for|period|dated|issued|ending|ended|ends?|as\s+of)\b)[^?,]){0,50}?"
    r"\b(?:as\s+(?:of|at)|on|in|at|by|during)\s+(?P<when>" + _WHEN_TEXT + r")\b",
    re.I,
)


def _valid_on(
    ctx: Context, report: Report, name: str, day: date | None, until: date
) -> Fact | None:
    """Whether a certificate or attestation is valid on a day (or through the time) asked: Yes
    where it expires later and began before (or the day is to come), No where it expires
    first; for the reviewer where an earlier day is asked than it says it began."""
    ends = report.expires or report.through
    if ends is None:
        return None
    when = day or until
    fact = f"Our {name} is valid until {ends.isoformat()}."
    if ends < when:
        return Fact("No", fact, report.id)
    begun = report.issued or report.period_start
    if when < ctx.as_of and (begun is None or begun > when):
        # "in place on 2026-03-01?" of an attestation issued 2026-04-01: an earlier one is
        # not listed.
        return Fact("", fact, report.id)
    return Fact("Yes", fact, report.id)


# A report's date asked against a time: "period start in 2026", "as of a date in 2025", "run
# to a date in 2027", "run through 2027-03-31", "still be valid on 2027-04-15", "end in the
# first quarter of 2026", "issued in March 2027", "valid for the whole of 2027", "entirely
# within 2026".
_DATED_ASK_RX = re.compile(
    r"(?<!the\s)\b(?P<what>start(?:ed|s)?|begin(?:s|ning)?|began|end(?:ed|s)?|as\s+of|dated|issued|"
    r"run(?:s)?|last(?:s)?|extend(?:s)?|cover(?:s)?|valid|in\s+place|in\s+force|current)\b"
    r"[^?]{0,25}?\b(?P<prep>on\s+or\s+(?:before|after)|no\s+(?:later|earlier)\s+than|"
    r"not\s+(?:before|after)|(?:later|earlier)\s+than|in|on|to|through|until|till|at|within|for|by|"
    r"past|beyond|during|before|after|prior\s+to)?\s*"
    # "past the end of June 2027": the month's last day, as "June 2027" ends.
    r"(?:the\s+end\s+of\s+(?=(?:" + _MONTH_TEXT + r")\b))?"
    r"(?P<how>a\s+date\s+in\s+|the\s+whole\s+of\s+|all\s+of\s+|entirely\s+within\s+|"
    r"the\s+entire\s+)?(?P<when>" + _WHEN_TEXT + r")\b(?!\s+(?:and|or|to|-|–)\s+\S*\d)",
    re.I,
)


# A report's date asked against another time: "period ... 2025", "issued ... 2026-03-01".
_DATES_ASKED_RX = re.compile(
    r"(?<!the\s)\b(start(ed|s)?|began|begin\w*|end(ed|s)?|as\s+of|dated|issued|runs?|valid|"
    r"period|within)\b[^?]*\b(19|20)\d\d\b|\bwithin\s+(your|the|its|our)\s+(\w+\s+){0,3}period\b|"
    # "end after your SOC 1 report was issued?", "run past the date your SOC 1 was issued?"
    r"\b(end(ed|s)?|run|runs|ran|expire[sd]?|last(s|ed)?|issued|dated)\b[^?]{0,30}?"
    r"\b(after|before|past|beyond)\s+(the\s+(date|day|end)\s+(of\s+)?)?(your|the|its|our)\s+"
    r"(\w+\s+){0,4}(report|period|letter|audit|examination)\b",
    re.I,
)
# "Was your SOC 3 period the whole of 2025?", "Was your SOC 2 period entirely within 2026?"
_PERIOD_SPAN_RX = re.compile(
    r"\b(?P<what>period)\b[^?]{0,12}?\s(?P<how>the\s+whole\s+of\s+|all\s+of\s+|"
    r"entirely\s+within\s+|the\s+entire\s+)(?P<when>" + _WHEN_TEXT + r")\b"
    r"(?!\s+(?:and|or|to|-|–)\s+\S*\d)",
    re.I,
)


def _reports_for(ctx: Context, question: str, asked: frozenset[str]) -> list[Report]:
    """The held reports a question may be about, newest first: of the kind it names (and the
    type, when it names one), else of the kind asked, else every audit report held."""
    reports = [r for r in ctx.inventory.reports if r.kind != "bridge letter"]
    named = named_kinds(question)
    for kinds in named:
        held = _of_kinds(reports, kinds)
        if held:
            return _newest_first(held, question)
    if named:
        return []  # another report's attributes would answer for one not held
    if _other_report_noun(question):
        return []  # "your accessibility conformance report": not an audit's
    credential = _credential_named(question)
    if credential:
        # "Is your BSI C5 attestation current?", "Does your ISMS-P certificate cover X?": the
        # report whose title names it, or none (neither an ISAE 3000's period nor the SOC 2
        # the question's topic calls for answers for it).
        titled = [r for r in reports if all(_has_word(r.title or "", w) for w in credential)]
        return _newest_first(titled, question)
    audits = [r for r in reports if r.kind in ("SOC 2", "SOC 1", "ISAE 3000", "ISAE 3402")]
    held = _of_kinds(reports, asked)
    if held and (
        _EXCEPTION.search(question) is None
        or {r.kind for r in audits} <= set(asked)
        or _CATEGORY_WORD_RX.search(question)  # "in the availability criteria": a SOC 2's
    ):
        return _newest_first(held, question)
    # "Did the service auditor find any exception in the approval of title transfers?" of a
    # vendor with a SOC 1 and a SOC 2: the kind the question's topic suggests is a guess, and
    # the reports may say different things; each held audit report is asked.
    return _newest_first(audits or [r for r in reports if r.kind == "SOC 3"], question)


def _credential_named(question: str) -> tuple[str, ...]:
    """The words of a credential a question names by its own name, outside the inventory's
    kinds ("your BSI C5 attestation" → BSI, C5; "your IRAP assessment" → IRAP); () when none."""
    m = _CREDENTIAL_NAME_RX.search(question)
    if m is None:
        return ()
    words = re.sub(r"\([^()]*\)", " ", m["name"]).split()
    return tuple(w for w in words if w.lower() not in _NOT_NAME_WORDS and not w.islower())


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I) is not None


_CREDENTIAL_NAME_RX = re.compile(
    r"\b(?:your|the|our|its|a|an)\s+(?:(?:valid|current|active)\s+)?(?P<name>[A-Z][A-Za-z0-9:.&-]*\s+"
    # "MSC Chain of Custody", "HDS (Hébergeur de Données de Santé)": a name's own small words
    # and a gloss in brackets belong to it.
    r"(?:(?:(?:of|for|and|de|du|des|&)\s+)?[A-Z0-9][A-Za-z0-9:.&-]*\s+|\([^()]{1,80}\)\s+){0,4})"
    r"(?:attestations?|reports?|certificates?|certifications?|assessments?|audits?|"
    r"accreditations?|authori[sz]ations?)\b"
)
_NOT_NAME_WORDS = frozenset(
    [
        "type",
        "i",
        "ii",
        "most",
        "latest",
        "current",
        "recent",
        "annual",
        "independent",
        "external",
        "third-party",
        "security",
        "audit",
        "final",
        "full",
    ]
)


def _newest_first(reports: list[Report], question: str) -> list[Report]:
    """`reports` newest first, only those of the type the question names when it names one
    (none when none of that type is held: "a current SOC 2 Type II, period ended within 12
    months?" is not answered by a Type I's date), and of the year it names."""
    reports = _of_number(_of_part(_of_years(reports, question), question), question)
    # "Does your (most recent) SOC 2 test operating effectiveness?" names no type: it asks
    # whether the one meant is a Type II, and does not pick an older Type II to answer.
    wanted = None if _TYPE_ASKED_RX.search(question) else _type_named(question)
    if wanted is not None:
        reports = [r for r in reports if not r.type or r.type == wanted]
    return sorted(reports, key=lambda r: r.period_end or r.issued or date.min, reverse=True)


# A part of the vendor a report is asked of by its name: "your SOC 2 report on Bellows Gate".
_ON_PART_RX = re.compile(
    r"\b(?:reports?|soc\s*[123]|attestations?|certificates?|audits?)\b[^?]{0,20}?\b(?:for|on|of|"
    r"covering)\s+(?:the\s+|your\s+|our\s+)?(?P<part>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})"
    # or named before it: "the TavoloCassa SOC 2", "the 2024-2025 CairnReview SOC 2 report"
    r"|\b(?:the|your|our)\s+(?:\d{4}(?:\s*[-–/]\s*\d{2,4})?\s+)?"
    r"(?P<before>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})\s+(?:soc\s*[123]\b|reports?\b)"
    # or asked of as the subject, by any report of a kind: "Is Brackenfell Claims covered by a
    # SOC 2 Type II report?" (by "your SOC 2", what that report's scope says: _scope_member)
    r"|^\s*(?:is|are)\s+(?:the\s+|your\s+|our\s+)?"
    r"(?P<subject>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})\s+covered\s+by\s+an?\b",
    re.I,
)
_NOT_PART_WORDS = frozenset(
    [
        "security",
        "availability",
        "confidentiality",
        "privacy",
        "processing",
        "integrity",
        "type",
        "soc",
        "iso",
        "pci",
        "trust",
    ]
)


def _part_words(question: str) -> list[str]:
    """The words of the part of the vendor a question asks a report of ("the SOC 2 for
    Moorabool TradeWaste" → moorabool, tradewaste), or none."""
    m = _ON_PART_RX.search(question)
    words = [w.lower() for w in (m["part"] or m["before"] or m["subject"]).split()] if m else []
    return [] if set(words) & _NOT_PART_WORDS else words


def part_named(ctx: Context, question: str) -> bool:
    """Whether the part of the vendor a question asks a report of is the last thing it asks,
    and one a held report of the kind asked names in its title or scope, in scope or plainly
    left out ("TradeWaste ... not in scope"); not where a scope clause names it with a carve-out,
    an exception or a date to come ("other than the Billing mobile app, which will be added in
    2027")."""
    words = _part_words(question)
    if not words or not _part_ends_question(question):
        return False
    kinds = frozenset().union(*named_kinds(question))
    reports = [r for r in ctx.inventory.reports if not kinds or r.kind in kinds]
    clauses = [
        c for r in reports for c in SCOPE_CLAUSE_RX.split(r.scope or "") if _names_all(words, c)
    ]
    if any(_DOUBTFUL_SCOPE_RX.search(c) and not _EXCLUDED_RX.search(c) for c in clauses):
        return False
    return bool(clauses) or any(_names_all(words, r.title or "") for r in reports)


def _names_all(words: list[str], text: str) -> bool:
    """Whether a text names a part by its name: its words together and in order ("Trichome
    Report" is not named by "remittance reports in Trichome Counter")."""
    if not words:
        return False
    # joined as a name is: "Nuage Famille and Nuage Centre", "Ministère de la Famille"
    joint = r"\W+(?:(?:and|or|of|the|de|la|le|du|des|del|da|di|von|van)\W+)*"
    return bool(re.search(r"\b" + joint.join(map(re.escape, words)) + r"\b", text, re.I))


def has_words(words: list[str], text: str) -> bool:
    """Whether a text holds every word of a name, in any order and apart ("the Counter app of
    Trichome", "Trichome Loyalty and Counter"; a document's title naming the product asked):
    it may name it, or not."""
    return bool(words) and all(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words)


def _part_ends_question(question: str) -> bool:
    """Whether nothing but the report asked follows the part's name ("covering Northwind
    Billing?", not "covering Northwind Billing and all of its subprocessors?")."""
    m = _ON_PART_RX.search(question)
    if m is None or m["before"]:
        return False
    rest = question[m.end() :]
    return bool(_PART_ASK_END_RX.fullmatch(rest))


# What may follow the part's name: the question mark, or the report it is covered by.
_PART_ASK_END_RX = re.compile(
    # "the Pelorus Dock app?": a noun that says what the named part is
    r"(?:\s+(?:app|application|service|platform|module|product|portal|system|solution))?"
    r"\s*(?:an?\s+)?(?:(?:soc\s*[123]|isae\s*\d{4}|ssae\s*\d+)\s*(?:type\s+(?:i{1,2}|[12])\s*)?"
    r"(?:reports?|examinations?|attestations?)?\s*)?[?.]?\s*",
    re.I,
)
# A scope clause that names a part with a carve-out, an exception or a time to come.
_DOUBTFUL_SCOPE_RX = re.compile(
    r"\b(carve\w*|other\s+than|except\w*|excluding|will|scheduled|planned|to\s+join|to\s+be\s+"
    r"added|added\s+in|not\s+yet|future|next)\b",
    re.I,
)


# Where a scope clause's trailing exception begins: ", excluding ...", ", save for ...".
_TRAILING_EXCEPTION_RX = re.compile(
    r"(?=,\s+(?:excluding|except(?:\s+for)?|other\s+than|save\s+for|apart\s+from|aside\s+from|"
    r"with\s+the\s+exception\s+of)\s)",
    re.I,
)


def _of_part(reports: list[Report], question: str) -> list[Report]:
    """Of `reports`, those a question asks of by the name of a part of the vendor: those whose
    title or scope names it, else none where a scope leaves it out ("your SOC 2 report on
    Bellows Gate" is not the report whose scope says "Bellows Gate ... not in scope")."""
    words = _part_words(question)
    if not words:
        return reports
    naming = [
        r
        for r in reports
        if _names_all(words, r.title or "")
        or any(_names_all(words, c) and not _EXCLUDED_RX.search(c) for c in _scope_clauses(r))
    ]
    if naming:
        return naming
    # Left out in any order ("the Counter app of Trichome is excluded").
    leaving = any(
        has_words(words, c) and _EXCLUDED_RX.search(c) for r in reports for c in _scope_clauses(r)
    )
    return [] if leaving else reports


def _one_type(question: str) -> bool:
    return bool(_TYPE1_RX.search(question)) != bool(_TYPE2_RX.search(question))


def _other_type(ctx: Context, question: str, fact: Fact) -> Fact | None:
    """No where a question names a report type beside another attribute and the report that
    answered it is of the other type ("a Type II with a clean opinion?" of a Type I)."""
    wanted = _type_named(question)
    report = ctx.inventory.report(fact.source) if wanted and fact.source else None
    if report is None or not report.type or report.type == wanted:
        return None
    return Fact("No", f"{fact.text} Our {_name(report)} is a {report.type} report.", report.id)


def _type_named(text: str) -> str | None:
    """The report type a text names by its name ("a SOC 2 Type II"), where it names one only;
    None otherwise."""
    if not (_one_type(text) and _TYPE_NAMED_RX.search(text)):
        return None
    return "Type I" if _TYPE1_RX.search(text) else "Type II"


def _report_fact(ctx: Context, question: str, report: Report) -> Fact | None:
    """What one report's attributes say to an attribute question; None when it asks none."""
    name = _name(report)
    if _EXCEPTION.search(question) and _AREA_ASKED_RX.search(question):
        # "Has an auditor tested your DR controls with no exceptions?": which criteria an
        # exception was on, and whether a Type I tested anything, are for the reviewer.
        return None
    late = (
        _LATE_BOUND_RX.search(question)
        if _EXCEPTION.search(question) or _LATE_WORD_RX.search(question)
        else None
    )
    if late is not None and report.exceptions:
        # "Was any exception more than two weeks late?": the delays the exceptions tell
        # ("removed 4 business days after the leaving date") against the bound.
        # Business days are compared at their fewest and most calendar days (4 business days
        # run 4 to 5.6 days): a bound in between is for the reviewer.
        limit = _days(late["n"], late["unit"], bool(late["biz"]))
        delays = [
            (_days(d["n"], d["unit"], False), _days(d["n"], d["unit"], bool(d["biz"])), e)
            for e in report.exceptions
            if (d := _DELAY_RX.search(e.summary)) is not None
        ]
        over = [e for least, _, e in delays if least > limit]
        if over:
            return Fact("Yes", f"Our {name} notes: {sentence(over[0].summary)}", report.id)
        said = " ".join(sentence(e.summary) for _, _, e in delays)
        if delays and all(most <= limit for _, most, _ in delays):
            return Fact("No", f"Our {name} notes: {said}", report.id)
        # Unsettled: said so, so that another report's answer does not stand for this one's.
        return Fact("", f"Our {name} notes: {said}".strip(), report.id)
    if _HOW_MANY_EXCEPTIONS_RX.search(question):
        # "How many exceptions were noted?": the count, with where they are.
        n = len(report.exceptions)
        where = ", ".join(sorted({c for e in report.exceptions for c in e.criteria}))
        said = f"Our {name} notes {n} exception{'s' if n != 1 else ''}" + (
            f" (on {where})." if where else "."
        )
        return Fact(str(n), said, report.id)
    if _EXCEPTION.search(question) and report.kind == "SOC 3" and not report.exceptions:
        # A SOC 3 is the general-use summary: it carries the opinion, not the tests and their
        # exceptions, so an empty list says nothing of them; the SOC 2 behind it does.
        said = f"Our {name} is a general-use summary that does not list test exceptions."
        return Fact("", said, report.id)
    if _EXCEPTION.search(question) and _REMEDIED_ASK_RX.search(question):
        # "Have the exceptions been remediated?": what was done about them, which the
        # summaries may say; their existence does not.
        said = " ".join(sentence(e.summary) for e in report.exceptions)
        if not report.exceptions:
            return Fact("", f"Our {name} notes no exceptions.", report.id)
        done = all(_REMEDIED_RX.search(e.summary) for e in report.exceptions)
        return Fact("Yes" if done else "", f"Our {name} notes: {said}", report.id)
    scoped = _exceptions_within(question, report, name) if _EXCEPTION.search(question) else None
    if scoped is not None:
        return scoped
    topic = _EXCEPTION_TOPIC_RX.search(question) if _EXCEPTION.search(question) else None
    if topic is not None:
        # "Did your auditor note any exceptions in change management?": an exception on that
        # topic, by its summary's words, says Yes; the reviewer weighs the others.
        wanted = subject_terms(topic["topic"])
        on_topic = [
            e
            for e in report.exceptions
            if wanted
            and len(wanted & subject_terms(_NO_CONSEQUENCE_RX.sub(" ", e.summary)))
            >= _TOPIC_SHARE * len(wanted)
        ]
        if not on_topic and not report.exceptions and not _THE_EXCEPTION_RX.search(question):
            # "Were any exceptions noted in change management?" of a report with none: No
            # ("Did the exception relate to ...?" presumes one: for the reviewer).
            return Fact("No", f"Our {name} notes no exceptions.", report.id)
        if not on_topic:
            # "Did the SOC 1 exception relate to access control?" of one whose summary names
            # none of its words: the summary may say it in other words ("a deployment without
            # approval" is change management), so the reviewer weighs it, with what it says.
            said = " ".join(sentence(e.summary) for e in report.exceptions)
            return Fact("", f"Our {name} notes: {said}" if said else "", report.id)
        where = ", ".join(sorted({c for e in on_topic for c in e.criteria}))
        said = " ".join(sentence(e.summary) for e in on_topic)
        return Fact("Yes", f"Our {name} notes an exception on {where}: {said}", report.id)
    if _EXCEPTION.search(question):
        n = len(report.exceptions)
        where = ", ".join(sorted({c for e in report.exceptions for c in e.criteria}))
        said = f"Our {name} notes {n} exception{'s' if n != 1 else ''}" + (
            f" (on {where})." if where else "."
        )
        most = _exceptions_at_most(question)
        if most is not None:
            # "fewer than three exceptions?", "at most two?": the count against the bound.
            return Fact("Yes" if n <= most else "No", said, report.id)
        least = _exceptions_at_least(question)
        if least is not None:
            # "more than three exceptions?", "several (three or more)?", "multiple?": the
            # count against the number asked, not whether there are any.
            return Fact("Yes" if n >= least else "No", said, report.id)
        if report.exceptions and (
            subject_terms(_NAMES_AND_NUMBERS_RX.sub(" ", question)) - _EXCEPTION_ASK_TERMS
        ):
            # "exceptions noted in the area of change management?", "against change
            # management controls?": a topic the exceptions may not be on; that some exist
            # does not say so. For the reviewer, with what they are on.
            return Fact("", said, report.id)
        if report.exceptions:
            return Fact("Yes", f"Our {name} notes exceptions on {where}.", report.id)
        return Fact("No", f"Our {name} notes no exceptions.", report.id)
    member = _scope_member(question, report, name)
    if (
        member is not None
        and member.answer == "Yes"
        and (lapsed := lapsed_as(report, ctx.as_of))
        and not _SITE_STATUS_RX.search(report.title or "")
    ):
        # "Is the Lisbon site covered by your ISO 27001 certification?" and a certificate
        # "(suspended since the Porto site failed its surveillance audit)": in its scope, but
        # not covered by a certificate in force. For the reviewer, with both.
        return Fact("", f"{member.text} Its title says it is {lapsed}.", report.id)
    if member is not None:
        return member
    if _CARVE.search(question) or _PROVIDER_SCOPE.search(question):
        return _carve_answer(question, report, name)
    window = _recent_window(ctx, question, report, name)
    if window is not None:
        return window
    ends_in = _ENDS_IN_YEAR_ASK_RX.search(question)
    if ends_in and report.period_end and "?" in question and not _WINDOW_END_RX.search(question):
        # "Is your SOC 2 report's audit period ending in 2031?", "at least 12 months ending in
        # 2030?": the year its period ends (a bridge letter's is another's).
        year = int(ends_in["year"])
        span = f"{(report.period_start or report.period_end).isoformat()} to {report.period_end.isoformat()}"
        said = f"Our {name} covers {span}."
        if report.period_end.year != year:
            return Fact("No", said, report.id)
    length = _period_length(question, report, name)
    if length is not None:
        return length
    if _EVENT_AGED_RX.search(question) and not named_kinds(question):
        # "Was the last penetration test of KT Audit more than 6 months ago?", "the failover
        # last tested ...?": the age of a practice's last run, not of a report ("KT Audit" is
        # a product's name).
        return None
    ended = _ENDED_WITHIN_RX.search(question)
    if ended and report.period_end:
        age = _months_between(report.period_end, ctx.as_of)
        fact = f"Our {name} covers a period ending {report.period_end.isoformat()}."
        return Fact("Yes" if age < _number(ended["n"]) else "No", fact, report.id)
    at_least = _ELAPSED_AT_LEAST_RX.match(question)
    if at_least and report.period_end:
        # "Have 12 months elapsed since the end of your ISAE 3402 period?": that long at least.
        unit = 12 if at_least["unit"].lower().startswith("year") else 1
        months = _number(at_least["n"]) * unit
        # Beyond any calendar (9000 years): not passed, and no date to build.
        passed = months <= _MONTHS_CAP and ctx.as_of >= add_months(report.period_end, months)
        fact = f"Our {name} covers a period ending {report.period_end.isoformat()}."
        return Fact("Yes" if passed else "No", fact, report.id)
    older = _OLDER.search(question)
    direction = older["dir"].lower() if older else ""
    if (
        older
        and report.period_end
        and (
            direction in ("older", "younger", "newer")
            or older["old"]
            or _ELAPSED_RX.search(question)
        )
    ):
        months = _months_asked(older)
        # "issued more than 6 months ago?" is the issue date's age; else the period's end.
        since = (
            report.issued
            if report.issued and _ISSUED_WORD_RX.search(question)
            else report.period_end
        )
        fact = (
            f"Our {name} was issued on {since.isoformat()}."
            if since is report.issued
            else f"Our {name} covers a period ending {report.period_end.isoformat()}."
        )
        # By the day: "more than 6 months ago" six months and three weeks on is more.
        is_older = ctx.as_of > add_months(since, months)
        return Fact(
            "Yes" if is_older == (direction in ("older", "more", "over")) else "No", fact, report.id
        )
    valid = _VALID_THROUGH_RX.search(question)
    status = _status_fact(ctx, report, question)
    if status is not None and status.answer == "Yes":
        return status  # "Is your ISO 27001 certificate suspended?" of one its title says is
    word = lapsed_as(report, ctx.as_of)
    gone = report.expires is not None and report.expires < ctx.as_of
    if (
        word
        and not gone
        and (valid or _STILL_VALID_RX.search(question) or _EXPIRED_RX.search(question))
    ):
        # "Is your ISO 27001 certificate currently valid?" of one "(suspended 2051-02-01 ...)":
        # not in force, whatever its expiry date; whether it has "expired", for the reviewer.
        fact = f"Our {name} is {word}: {report.title}."
        return Fact("No" if _STILL_VALID_RX.search(question) else "", fact, report.id)
    if valid and report.expires:
        # "valid through at least the end of 2027?" and a certificate expiring 2027-11-03.
        fact = f"Our {name} is valid until {report.expires.isoformat()}."
        until = _month_end(question) or date_in(question)
        if until is None and valid["end"] is None:
            # "valid until 2027": into it or through it? Settled only outside the year.
            year = int(valid["year"])
            if date(year, 1, 1) <= report.expires < date(year, 12, 31):
                return Fact("", fact, report.id)
        until = until or date(int(valid["year"]), 12, 31)
        if valid[1].lower() == "beyond":
            # "valid beyond April 9, 2034" of one expiring that day: not after it.
            return Fact("Yes" if report.expires > until else "No", fact, report.id)
        return Fact("Yes" if report.expires >= until else "No", fact, report.id)
    if _STILL_VALID_RX.search(question) and report.expires:
        # "Is your PCI DSS Attestation of Compliance current?"
        gone = report.expires < ctx.as_of
        fact = f"Our {name} {'expired' if gone else 'is valid until'} {report.expires.isoformat()}."
        return Fact("No" if gone else "Yes", fact, report.id)
    if _EXPIRED_RX.search(question) and report.expires:
        gone = report.expires < ctx.as_of
        fact = f"Our {name} {'expired' if gone else 'is valid until'} {report.expires.isoformat()}."
        return Fact("Yes" if gone else "No", fact, report.id)
    superseded = _SUPERSEDED_BY_RX.search(question)
    if superseded and report.type == "Type I":
        # "Has your Type I been superseded by a Type II?": only a newer Type II held says Yes.
        later = [
            r
            for r in ctx.inventory.reports
            if r.kind == report.kind
            and r.type == "Type II"
            and (r.period_end or date.min) > (report.period_end or date.min)
        ]
        if later:
            return Fact("Yes", f"Our {_name(later[0])} followed our {name}.", later[0].id)
        return Fact("No", f"Our {name} is our newest {report.kind} report.", report.id)
    if (
        (_OPINION.search(question) or _TESTS_RX.search(question))
        and _EFFECTIVENESS_RX.search(question)
        and report.type
    ):
        # "an opinion on operating effectiveness?", "Did your Type I test operating
        # effectiveness?": only a Type II tests it or gives an opinion on it; a Type I asked
        # of a vendor whose report is a Type II is not that report.
        type_named = _TYPE_NAMED_RX.search(question)
        if report.type == "Type II" and type_named and _TYPE1_RX.fullmatch(type_named[0]):
            return Fact("", f"Our {name} is a Type II report.", report.id)
        typed = f"Our {name} is a {report.type} report."
        return Fact("Yes" if report.type == "Type II" else "No", typed, report.id)
    if _OPINION.search(question) and report.opinion and _OPINION_DETAIL_RX.search(question):
        # "Was the qualification limited to a single control objective?", "qualified on more
        # than one?": what the opinion was qualified on is in the report, not the inventory.
        return Fact("", f"Our {name} carries a {report.opinion} opinion.", report.id)
    if _asks_opinion(question) and report.opinion:
        fact = _opinion_sentence(report)
        holds = _opinion_holds(question, report)
        if holds and report.exceptions and not _OPINION.search(question):
            # "Is your SOC 2 report clean?" of an unqualified one with exceptions: clean of
            # opinion, not of findings; which the buyer means is for the reviewer.
            return Fact("", f"{fact} It notes {len(report.exceptions)} exception(s).", report.id)
        return Fact("Yes" if holds else "No", fact, report.id)
    named_firms = _firms_named(question)
    if (named_firms or _who_audited_asked(question)) and report.auditor:
        # "Was your SOC 2 audited by Deloitte?", "Is Andes Certificadora your SOC 2 auditor?"
        # of a report issued by another firm: No. A name not a firm's ("Did Management sign
        # ...?") is for the reviewer, never a Yes of holding the report.
        said = sentence(f"Our {name} was issued by {report.auditor}")
        answer = _is_the_firm(named_firms, report.auditor) if named_firms else ""
        return Fact(answer, said, report.id)
    if _AUDITOR.search(question) and report.auditor:
        return Fact(
            report.auditor, sentence(f"Our {name} was issued by {report.auditor}"), report.id
        )
    if _AUDITOR_KIND_ASK_RX.search(question):
        # "performed by a Big Four firm?": Yes where the auditor is one by name; what else a
        # firm is (licensed, a member of a network) the inventory does not say.
        if report.auditor is None:
            return None
        said = sentence(f"Our {name} was issued by {report.auditor}")
        big = _BIG_FOUR_ASK_RX.search(question) and _BIG_FOUR_RX.search(report.auditor)
        return Fact("Yes" if big else "", said, report.id)
    if (
        _SELF_AUDIT_RX.search(question)
        and report.kind.startswith("SOC")
        and not re.search(r"\b(description|assertion)\b", question, re.I)
    ):
        # "Was your SOC 2 conducted by your own internal audit team?": a SOC report is the
        # opinion of an independent service auditor, never the company's own.
        by = report.auditor or "an independent service auditor"
        return Fact("No", sentence(f"Our {name} was issued by {by}"), report.id)
    if (
        _ISSUED_RX.search(question)
        and report.issued
        and not _AS_OF_ASK_RX.search(question)
        # "Has a bridge letter been issued covering any date after 31 March 2027?": what it
        # covers, not when it was issued.
        and not (report.kind == "bridge letter" and _COVER_WORD_RX.search(question))
    ):
        # "When was your SOC 2 report issued?", "SOC 2 report date": the date it was issued.
        day = report.issued.isoformat()
        return Fact(day, f"Our {name} was issued on {day}.", report.id)
    if _EXPIRES_RX.search(question) and report.expires:
        day = report.expires.isoformat()
        return Fact(day, f"Our {name} is valid until {day}.", report.id)
    period_field = "?" not in question and bool(_PERIOD_FIELD_RX.search(question))
    if (_PERIOD.search(question) or period_field) and report.period_end:
        start = report.period_start or report.period_end
        span = f"{start.isoformat()} to {report.period_end.isoformat()}"
        if report.type == "Type I" or start == report.period_end:
            # A Type I is as of a date: it has no period to span.
            day = report.period_end.isoformat()
            return Fact(day, f"Our {name} is as of {day}.", report.id)
        # "What is the end date of your audit period?" asks for one date, not the span.
        ends, starts = bool(_END_RX.search(question)), bool(_START_RX.search(question))
        value = report.period_end.isoformat() if ends and not starts else span
        value = start.isoformat() if starts and not ends else value
        return Fact(value, f"Our {name} covers {span}.", report.id)
    categories = _SCOPE.search(question) or _INCLUDES_RX.search(question)
    if categories and report.kind in ("SOC 2", "SOC 3", "ISAE 3000"):
        if _ALL_CATEGORIES_RX.search(question):
            # "all five Trust Services Categories", "all the Trust Services Criteria".
            left = [c.title() for c, _ in _CATEGORY_RX if c not in report.categories]
            if left:
                return Fact("No", f"Our {name} does not include {_or(left)}.", report.id)
            return Fact("Yes", f"Our {name} includes all five categories.", report.id)
        named = [c for c, rx in _CATEGORY_RX if rx.search(question)]
        missing = [c.title() for c in named if c not in report.categories]
        if missing:
            return Fact("No", f"Our {name} does not include {' or '.join(missing)}.", report.id)
        more = [c.title() for c in report.categories if c not in named]
        if named and more and _ONLY_SCOPE_RX.search(question):
            # "Does your SOC 2 cover only the Security category?" of one with Confidentiality.
            return Fact("No", f"Our {name} also includes {' and '.join(more)}.", report.id)
        if named:
            held = " and ".join(c.title() for c in named)
            return Fact("Yes", f"Our {name} includes {held}.", report.id)
        if report.categories and (_WHICH_RX.search(question) or "?" not in question):
            # "Which trust services categories are included in your SOC 2?", "TSC in scope:";
            # "... excluded from ...?", "... not included?": the others.
            if _LEFT_OUT_RX.search(question):
                left = [c.title() for c, _ in _CATEGORY_RX if c not in report.categories]
                listed = ", ".join(left) if left else "None"
                return Fact(listed, f"Our {name} leaves out {listed}.", report.id)
            listed = ", ".join(c.title() for c in report.categories)
            return Fact(listed, f"Our {name} includes {listed}.", report.id)
    return None


def _recent_window(ctx: Context, question: str, report: Report, name: str) -> Fact | None:
    """ "Do you have a SOC 2 Type II report covering the last 12 months?": a window that ends
    today, not a length. Yes where the period runs to today from the window's start; No where
    it ended before the window began; the reviewer's in between (a bridge letter is not the
    report asked: "a report or bridge letter covering ..." is the letter's question)."""
    m = _COVERS_RECENT_RX.search(question)
    if m is None or report.period_end is None or report.type == "Type I":
        return None
    recent = _RECENT_RX.search(m[0])
    if recent is None:
        return None
    n = _number(recent["n"])
    unit = recent["unit"].lower()
    start = (
        add_months(ctx.as_of, -n * (12 if unit.startswith("year") else 1))
        if not unit.startswith("day")
        else ctx.as_of - timedelta(days=n)
    )
    end = report.period_end
    span = f"{(report.period_start or end).isoformat()} to {end.isoformat()}"
    fact = f"Our {name} covers {span}."
    if end >= ctx.as_of and report.period_start is not None and report.period_start <= start:
        return Fact("Yes", fact, report.id)
    if end < start:
        return Fact("No", fact, report.id)
    return Fact("", fact, report.id)


def _period_length(question: str, report: Report, name: str) -> Fact | None:
    """ "Does your SOC 2 cover a period of at least 12 months?", "a full 12-month period?":
    the length of the period tested (a Type I tests none: it is as of a date)."""
    m = _LENGTH_RX.search(question)
    if (
        m is None
        or _COVERS_RECENT_RX.search(question)
        or _ENDED_WITHIN_RX.search(question)
        or _AGO_RX.search(question)
        or _AGE_ASK_RX.search(question)
    ):
        # "Did your SOC report period end more than 6 months ago?", "Is the period covered
        # older than 12 months?" ask its age, not its length.
        return None
    if report.type == "Type I":
        return Fact(
            "No", f"Our {name} is a Type I report, as of a date: it tests no period.", report.id
        )
    if report.period_start is None or report.period_end is None:
        return None
    months = _months_between(report.period_start, report.period_end + timedelta(days=1))
    span = f"{report.period_start.isoformat()} to {report.period_end.isoformat()}"
    fact = f"Our {name} covers {span} ({months} months)."
    n = _number(m["n"])
    if _SHORTER_RX.search(question):
        return Fact("Yes" if months < n else "No", fact, report.id)
    if _LONGER_RX.search(question):
        return Fact("Yes" if months > n else "No", fact, report.id)
    return Fact("Yes" if months >= n else "No", fact, report.id)


_AGO_RX = re.compile(r"\bago\b", re.I)


def _asks_clean_opinion(question: str) -> bool:
    """Whether a question about an opinion asks that it is clean, its own negation read here:
    "free of any qualification?", "without qualification?" ask clean; "anything other than
    unqualified?", "any qualification in it?", "Does it contain a qualification?" ask not."""
    if _OTHER_THAN_CLEAN_RX.search(question):
        return False
    if (
        _FREE_OF_RX.search(question)
        or _CLEAN_WORD_RX.search(question)
        or _NOT_QUALIFYING_RX.search(question)
    ):
        return True
    return not _NOT_CLEAN_WORD_RX.search(question)


_OTHER_THAN_CLEAN_RX = re.compile(
    r"\b(anything|something|other)\s+(other\s+)?than\s+(an?\s+)?(un|non-?)qualified|"
    r"\bnot\s+(an?\s+)?(un|non-?)qualified",
    re.I,
)
_FREE_OF_RX = re.compile(
    r"\b(free\s+(of|from)|without|no|absent\s+any)\s+(any\s+)?(qualifications?|modifications?|"
    r"reservations?)\b|\bwithout\s+(an?\s+|any\s+)?(qualified|modified|adverse)\b",
    re.I,
)
# "Did your auditor refrain from qualifying the opinion?", "not qualify it?".
_NOT_QUALIFYING_RX = re.compile(
    # ("not qualified?" is a negative the answer is turned round for, after.)
    r"\b(refrain\w*\s+from|avoid\w*|declin\w*\s+to)\s+(\w+\s+)?"
    r"(qualif|modif|adverse|disclaim)\w*",
    re.I,
)
_CLEAN_WORD_RX = re.compile(r"\b((un|non-?)(qualified|modified)|clean)\b", re.I)
_NOT_CLEAN_WORD_RX = re.compile(r"\b(qualif\w*|adverse|modifi\w*|disclaim\w*)", re.I)
# The kind of modified opinion asked: "adverse", "a disclaimer", "qualified".
_MODIFIED_KIND_RX = re.compile(
    r"\b(adverse|disclaim\w*|qualif(?!ied\s+(auditor|cpa|firm))\w*)", re.I
)
# A negative ask the opinion's own reading has already settled.
_OPINION_NEGATION_RX = re.compile(
    r"\b(free\s+(of|from)|without|other\s+than|no)\s+(any\s+)?(an?\s+)?(un|non-?)?"
    r"(qualifi|modifi|reservation)\w*|\bnot\s+(an?\s+)?(un|non-?)qualified",
    re.I,
)
# What an opinion was given on, beyond its kind: "limited to a single control objective",
# "on more than one", "which criteria", "on what basis".
_OPINION_DETAIL_RX = re.compile(
    r"\b(single|more\s+than\s+one|several|multiple|how\s+many|number\s+of|limited\s+to|"
    r"which|what\s+basis|basis\s+for|because|due\s+to|control\s+objectives?|criteri(a|on)|"
    r"relat\w*\s+to|about|concern\w*|regarding|involv\w*)\b",
    re.I,
)
_SHORTER_RX = re.compile(r"\b(shorter|less|fewer|under|below)\b", re.I)
_LONGER_RX = re.compile(r"\b(longer|more|greater|over|exceed\w*)\s+than\b|\bexceed\w*\b", re.I)


_COUNT = r"(?P<n>\d+|three|six|nine|twelve)"
_LENGTH_RX = re.compile(
    r"\b(period|cover\w*|span\w*)\b[^?]{0,40}?\b" + _COUNT + r"[- ]months?\b", re.I
)
_ENDED_WITHIN_RX = re.compile(
    r"\bend(ed|ing|s)?\b[^?]{0,20}?\b(within|in)\s+the\s+(last|past)\s+" + _COUNT + r"\s+months?\b",
    re.I,
)


def _months_asked(m: re.Match[str]) -> int:
    """The months an age names: "6 months", "two years", "one and a half years", "a year and a
    half", "half a year"."""
    if m["halfyear"]:
        return 6
    year = m["unit"].lower().startswith("year")
    half = bool(m["half1"] or m["half2"])
    return _number(m["n"]) * (12 if year else 1) + (6 if half and year else 0)


def _number(word: str) -> int:
    """ "12", "twelve", "a" → 12, 12, 1."""
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _bridge_answer(ctx: Context, question: str, report: Report | None) -> Fact:
    letters = _bridges(ctx, report, question)
    # "a bridge letter that covers the gap between ... and today?" asks that it is covered:
    # up to today, and a Yes is the cover, not the gap.
    covers_gap = _COVERS_GAP_RX.search(question) is not None
    gap = None if covers_gap else _GAP_ASK_RX.search(question)
    if not letters:
        if _OR_WORD_RX.search(question) or gap or _WILL_ASK_RX.match(question):
            # "Has your bridge letter lapsed?" of none held: neither Yes nor No is true; nor
            # "Will you provide a bridge letter for 2027?", which asks what is to come.
            return Fact("", "We do not currently hold a bridge letter.")
        return Fact("No", "We do not currently hold a bridge letter.")
    last = max(letters, key=lambda r: r.through or date.min)
    extended = ctx.inventory.report(last.extends or "")
    what = f"our {_name(extended)}" if extended else "our report"
    through = last.through.isoformat() if last.through else ""
    fact = f"A bridge letter ({last.id}) from our management extends {what} through {through}."
    if report is not None and extended is not None and extended.kind != report.kind:
        # "Does your bridge letter extend your SOC 3?" when it extends the SOC 2.
        return Fact("No", fact, last.id)
    onto = _LETTER_ONTO_RX.search(question)
    if onto is not None and extended is not None:
        # "Does your SOC 1 bridge letter cover your SOC 2?": the report it is asked to cover
        # is the one after the verb, whichever kind names the letter.
        other = named_kinds(onto["what"])
        if other and not any(extended.kind in group for group in other):
            return Fact("No", fact, last.id)
    if _BRIDGE_SIGNER_RX.search(question):
        # A bridge letter is management's own statement, never the auditor's.
        return Fact("No", fact, last.id)
    if _LETTER_START_GAP_RX.search(question) and extended is not None:
        # "Is there a gap between the end of your SOC 2 period and the start of your bridge
        # letter?": a letter runs on from the end of the period it extends; the gap a letter
        # leaves is after it, to today.
        return Fact("No", f"{fact} It runs on from the end of the period it extends.", last.id)
    if _WILL_ASK_RX.match(question) or _NEWER_LETTER_RX.search(question):
        # "Will you provide a bridge letter covering 2027?", "have you issued a new one?", "a
        # newer bridge letter than ...?": what is to come or came after, which the letters held
        # do not say.
        return Fact("", fact, last.id)
    if _THROUGH_RX.search(question) and through:
        return Fact(through, fact, last.id)
    if _ISSUED_RX.search(question):
        # "When was your bridge letter issued?": the day it was signed, not the day it runs to.
        if last.issued is None:
            return Fact("", fact, last.id)
        day = last.issued.isoformat()
        return Fact(day, f"{fact} It was issued on {day}.", last.id)
    member = _scope_member(question, extended, _name(extended)) if extended else None
    if member is not None and member.answer:
        # "Is Kerkyra Key in the scope of your bridge letter?": a letter extends its report's
        # scope and no more; what that scope says answers it.
        return Fact(member.answer, f"{fact} {member.text}", last.id)
    # "Does your period end within the last 12 months, or does a bridge letter cover you up to
    # today?": the letter is asked of its own clause's time.
    clauses = _OR_CLAUSE_RX.split(question)
    whole, question = question, next((c for c in clauses if _BRIDGE_RX.search(c)), question)
    asked = _month_end(question) or _quarter_end(question) or _year_end(question)
    asked = asked or date_in(question)
    if asked is not None and _AFTER_DAY_RX.search(question):
        asked += timedelta(days=1)  # "any date after 31 March 2027": the day after it
    if asked is not None and _TO_NOW_RX.search(question):
        asked = max(asked, ctx.as_of)  # "from October 2026 to today": the window's end
    recent = _RECENT_RX.search(question) or _WITHIN_OF_NOW_RX.search(question)
    if asked is None and _COVERS_RECENT_RX.search(question):
        # "a report or bridge letter covering the last 12 months?": up to today.
        asked = ctx.as_of
    if asked is None and recent is not None:
        # "covering the period up to the last 60 days": through a day that many days ago.
        n = _number(recent["n"])
        days = n * (30 if recent["unit"].lower().startswith("month") else 1)
        asked = ctx.as_of - timedelta(days=days)
    # (A gap asked is measured from today by its own size: "end less than six weeks before
    # today?" as a gap of under six weeks.)
    behind = _BEHIND_NOW_RX.search(question) if asked is None and not gap else None
    if behind is not None:
        # "run to a date less than three months before today?", "bring your SOC 2 to within
        # three months?": through a day that long before today, not today itself.
        n = _number(behind["n"] or behind["n2"])
        unit = (behind["unit"] or behind["unit2"]).lower().rstrip("s")
        asked = ctx.as_of - timedelta(days=n * _UNIT_DAYS[unit])
    if asked is None and (
        _NOW_RX.search(question)
        or _IN_FORCE_ASK_RX.search(question)
        or _SINCE_END_RX.search(question)
        or gap
        or covers_gap
    ):
        asked = ctx.as_of  # "current", "through today", "the period since your report ended"
    size = _GAP_SIZE_RX.search(question) if gap else None
    if size is not None and asked is not None and last.through is not None:
        # "Is the gap between the end of your coverage and today less than 3 months?": how
        # long it is, against the bound asked.
        days = max((asked - last.through).days, 0)
        bound = _number(size["n"]) * _UNIT_DAYS[size["unit"].lower().rstrip("s")]
        shorter = _SHORTER_RX.search(size[0]) is not None
        return Fact("Yes" if (days < bound) == shorter else "No", fact, last.id)
    if gap and asked is not None and last.through is not None:
        # "Has it lapsed?", "Is there a gap between its end and today?": the other way round.
        return Fact("Yes" if last.through < asked else "No", fact, last.id)
    if asked is not None and last.through is not None:
        covered = last.through >= asked
        if not covered and _OR_WORD_RX.search(whole):
            # "Does your period end within 3 months, or is it bridged?": another way to be
            # current is asked; the letter alone does not settle it, the other clauses may.
            others = [
                attribute_answer(ctx, f"{c.rstrip('?, ')}?", frozenset())
                for c in clauses
                if c is not question
            ]
            said = {f.answer if f is not None else "" for f in others}
            either = "Yes" if "Yes" in said else "No" if said == {"No"} else ""
            return Fact(either, fact, last.id)
        return Fact("Yes" if covered else "No", fact, last.id)
    if products_named(ctx.product_words, question) or not _BRIDGE_HELD_ASK_RX.search(question):
        # "Does the bridge letter cover the Agent app?", "Is it more than 3 months behind?":
        # something of the letter the rules above do not read; holding it is not the answer.
        return Fact("", fact, last.id)
    return Fact("Yes", fact, last.id)


# Holding a bridge letter asked: "Do you have / provide / issue a bridge letter?", "Is one
# available?", "Can you share it?".
_BRIDGE_HELD_ASK_RX = re.compile(
    r"^\s*(is|are)\s+there\b|"
    r"^\s*(do|does|did|can|could|will|would|is|are|have|has)\s+(you|your\s+\w+|there|a|an|the)\b"
    r"[^?]{0,40}?\b(have|hold|held|provide[sd]?|issue[sd]?|offer|share|available|exists?|"
    r"maintain(ed)?|obtain(ed)?|get|supplie[sd]|supply|produce[sd]?)\b",
    re.I,
)


# A count of subservice organisations asked: "How many ... are carved out?", "Number of ...".
_HOW_MANY_ORGS_RX = re.compile(
    r"\s*(how\s+many|(the\s+)?number\s+of)\b[^?]*\b(subservice|sub-service|third[- ]part)", re.I
)
_OR_WORD_RX = re.compile(r"\bor\b", re.I)
_BOTH_ASKED_RX = re.compile(r"\b(and|both|as\s+well\s+as)\b|&", re.I)
_PAST_ASK_RX = re.compile(r"\s*(was|were|did)\b", re.I)
# Holding asked of any time: "Have you ever held ...?", "held ... in the past", "previously".
_EVER_HELD_RX = re.compile(
    r"\b(ever|in\s+the\s+past|previously|at\s+any\s+(time|point))\b[^?]{0,60}\b(held|had|"
    r"obtained|achieved|certified)\b|\b(held|had|obtained|achieved)\b[^?]{0,60}\b(ever|in\s+the\s+"
    r"past|previously|before)\b",
    re.I,
)
# A report's age asked: "older than 12 months", "more than 12 months have passed since its end".
_AGE_ASK_RX = re.compile(
    r"\b(older|younger|newer)\s+than\b|\b(passed|elapsed|gone\s+by)\b|"
    # "Is the period of your report more than 12 months old?": the period's age, not its length
    r"\bperiod\b[^?]{0,60}?\b(months?|years?|weeks?|days?)\s+old\b|"
    # "end less than twelve months before the date of your answers"
    r"\b(before|prior\s+to)\s+(today|now|the\s+date\s+of\s+(this|these|your|our)\b)|"
    r"\bend(s|ed)?\b[^?]{0,40}\b(months?|years?|weeks?|days?)\s+(before|prior\s+to)\b",
    re.I,
)
_ELAPSED_RX = re.compile(
    r"\b(passed|elapsed|gone\s+by)\s+since\s+(the\s+)?(end|close|last\s+day)\b|"
    # "since your ISAE 3402 period ended"
    r"\b(passed|elapsed|gone\s+by)\s+since\b[^?]{0,60}?\b(ended|closed)\b|"
    r"\b(before|prior\s+to)\s+(today|now|the\s+date\s+of\s+(this|these|your|our)\b)",
    re.I,
)
_MONTHS_CAP = 12 * 1000
# "Have 12 months elapsed since ...?": at least that long.
_ELAPSED_AT_LEAST_RX = re.compile(
    r"^\s*(?:has|have)\s+(?P<n>\d+|one|two|three|six|twelve|eighteen|a)\s+"
    r"(?P<unit>months?|years?)\s+(?:passed|elapsed|gone\s+by)\s+since\b"
    # counted from the period's end ("since the end of", "since ... period ended"), no other day
    r"(?=[^?]*\b(?:end|close|ended|closed)\b)(?![^?]*\b(?:issued|began|begun|started|start)\b)",
    re.I,
)
# A practice's last run, whose age a question may ask: a test, an exercise, a restore, a scan.
_EVENT_AGED_RX = re.compile(
    r"\b(tests?|tested|testing|exercises?|exercised|drills?|restores?|restored|failovers?|"
    r"scans?|scanned|trainings?|trained|simulations?|tabletops?)\b",
    re.I,
)
# A letter asked of as in force: "still covered by a valid bridge letter?", "an active one?".
_IN_FORCE_ASK_RX = re.compile(
    r"\b(still|currently)\s+(valid|active|in\s+effect|in\s+force|covered)\b|\bin\s+force\b|"
    r"\bstill\b[^?]{0,30}\b(valid|covered|current)\b|\b(a|an)\s+(valid|active)\s+(bridge|gap)\b",
    re.I,
)
# A window that runs up to the day of answering: "October 2026 to today", "until now".
_TO_NOW_RX = re.compile(
    r"\b(to|until|till|through|thru|up\s+to)\s+(today|now|the\s+present(\s+day)?|date|"
    r"the\s+(date|day)\s+of\s+this\s+\w+)\b",
    re.I,
)
_COVER_WORD_RX = re.compile(r"\bcover(s|ed|ing)?\b", re.I)
_AFTER_DAY_RX = re.compile(r"\b(after|later\s+than|beyond)\s+(\d|[A-Z])", re.I)
# What a bridge letter is asked to cover: "bridge letter cover your SOC 2?".
_LETTER_ONTO_RX = re.compile(
    r"\bbridge\s+letters?\s+(?:also\s+)?(?:cover|extend|bridge|apply\s+to)\w*\s+"
    r"(?P<what>[^?]{1,60})",
    re.I,
)
_BEHIND_NOW_RX = re.compile(
    r"\b(?:less|fewer)\s+than\s+(?P<n>\d+|one|two|three|four|five|six|nine|twelve)\s+"
    r"(?P<unit>days?|weeks?|months?)\s+(?:before|prior\s+to|ago|behind)\b|"
    r"\bto\s+within\s+(?P<n2>\d+|one|two|three|four|five|six|nine|twelve)\s+"
    r"(?P<unit2>days?|weeks?|months?)\b(?!\s+of\s+(?:its|the|their)\b)",
    re.I,
)
_COVERS_RECENT_RX = re.compile(
    r"\bcover\w*\s+(the\s+)?(last|past|previous|most\s+recent)\s+(\w+\s+)?(days?|months?|years?)\b",
    re.I,
)
_FUTURE_ASK_RX = re.compile(r"\s*(will|would|shall)\b", re.I)
_NEWER_LETTER_RX = re.compile(
    r"\b(new|newer|another|next|renewed|replacement|updated|second)\s+(one|bridge|letter)\b|"
    r"\bnewer\b[^?]*\bthan\b",
    re.I,
)
_OR_CLAUSE_RX = re.compile(r",?\s+or\s+(?=(?:does|do|is|are|has|have|can|will|was)\b)", re.I)
_EFFECTIVENESS_RX = re.compile(r"\boperating\s+effectiveness\b", re.I)
# What only a Type II tests: "test your controls over a six-month period?", "operating
# effectiveness".
_OVER_A_PERIOD_RX = re.compile(
    r"\b(over|during|across|throughout)\s+(a|an|the)\s+([\w-]+[- ])?(months?|years?|period|"
    r"window)\b|\boperating\s+effectiveness\b",
    re.I,
)
_TESTS_RX = re.compile(
    r"\b(test|tests|tested|testing|assess|assessed|evaluate[sd]?|cover|covers|covered)\b", re.I
)
_SUPERSEDED_BY_RX = re.compile(
    r"\b(superseded|replaced|succeeded|followed|updated|upgraded)\s+(by|with|to)\b[^?]*\btype\s*(ii|2)\b",
    re.I,
)
# Documents that are not an audit report, whatever report they prepare for.
_COUNT_TEXT = r"\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty"
# A delay bounded: "more than a week late", "exceed 5 business days".
_LATE_BOUND_RX = re.compile(
    rf"\b(more\s+than|over|longer\s+than|exceed(?:ed|s|ing)?)\s+(?P<n>{_COUNT_TEXT})\s+"
    r"(?P<biz>business\s+|working\s+)?(?P<unit>day|week|month)s?\b",
    re.I,
)
# A delay an exception tells: "removed 4 business days after the leaving date".
_DELAY_RX = re.compile(
    rf"\b(?P<n>{_COUNT_TEXT})\s+(?P<biz>business\s+|working\s+)?(?P<unit>day|week|month)s?\s+"
    r"(after|late|past|beyond|overdue)\b",
    re.I,
)
_LATE_WORD_RX = re.compile(r"\blate\b|\bdelay", re.I)
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.0}
_COUNT_WORDS = {"a": 1, "an": 1, "seven": 7, "ten": 10, "fourteen": 14, "thirty": 30}


def _days(n: str, unit: str, business: bool) -> float:
    """A delay in calendar days: "4 business days" ends up to 5.6 days later."""
    count = int(n) if n.isdigit() else _COUNT_WORDS.get(n.lower()) or _NUMBERS[n.lower()]
    return count * _UNIT_DAYS[unit.lower()] * (1.4 if business else 1.0)


_NOT_A_REPORT_RX = re.compile(
    r"\b(readiness|gap)\s+(assessment|review|analysis)|\bpre-?assessment\b|\bmock\s+audit\b", re.I
)
# A gap asked before a bridge letter begins, not after it ends.
_LETTER_START_GAP_RX = re.compile(
    r"\bgaps?\b[^?]{0,80}\b(?:start|beginning|begin|onset)\s+of\s+(?:the\s+|your\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?bridge\s+letter|\bgaps?\b[^?]{0,40}\bbefore\s+(?:the|your|its)\s+"
    r"(?:[\w-]+\s+){0,2}?bridge\s+letter\s+(?:starts|begins|takes\s+over)|"
    # "any gap between the end of your SOC 2 period and the latest bridge letter?": the two,
    # not the letter and today.
    r"\bgaps?\s+between\s+[^?]{0,60}?\b(?:period|report|soc\s*[123])(?:\s+(?:end|ending|"
    r"close|end\s+date))?\s+and\s+(?:the\s+|your\s+|its\s+)?(?:[\w-]+\s+){0,2}?bridge\s+"
    r"letter\b(?![^?]*\b(?:today|now|date)\b)|"
    # the two the other way round: "a gap between the bridge letter and your SOC 2 period?"
    r"\bgaps?\s+between\s+(?:the\s+|your\s+|its\s+)?(?:[\w-]+\s+){0,2}?bridge\s+letter\s+and\s+"
    r"[^?]{0,40}?\b(?:period|report|soc\s*[123])\b(?![^?]*\b(?:today|now)\b)",
    re.I,
)
_COVERS_GAP_RX = re.compile(
    r"\b(cover\w*|bridg\w*|fill\w*|clos\w*|span\w*)\s+(the|that|this|any)\s+gap\b", re.I
)
# A question whose Yes is a gap: "lapsed?", "any gap between its end and today?", "uncovered".
# Not the letter's own name: "a bridge (gap) letter", "your gap letter".
_GAP_ASK_RX = re.compile(
    r"\b(lapsed?|gaps?(?!\)?\s+letters?)|uncovered|not\s+covered|expired)\b(?!\)?\s+letters?)|"
    # "more than 3 months behind today", "end more than 90 days before today" (not "cover the
    # period up to 30 days before today", which asks of a day).
    r"\bbehind\s+(today|now)\b|\bend(s|ed)?\s+(more|less|fewer)\s+than\s+\S+\s+\w+\s+before\s+"
    r"(today|now)\b",
    re.I,
)
# "any SOC report issued in the last five years": the reports of a window, all of them.
_ANY_REPORT_IN_RX = re.compile(
    r"\bany\b[^?]{0,40}\b(reports?|audits?|examinations?)\b[^?]{0,40}\b(last|past)\s+"
    r"(?P<n>\d+|one|two|three|four|five|six|nine|twelve)\s+(?P<unit>years?|months?)\b",
    re.I,
)
# "to within 3 months of today", "within 90 days of the present": up to that many before now.
_WITHIN_OF_NOW_RX = re.compile(
    r"\bwithin\s+(?P<n>\d+|one|two|three|four|five|six|nine|twelve)\s+(?P<unit>days?|months?)\s+"
    r"of\s+(?:today|now|the\s+present(?:\s+day)?|the\s+(?:date|day)\s+of\s+this\s+\w+)\b",
    re.I,
)
_RECENT_RX = re.compile(
    r"\b(last|past|previous)\s+(?P<n>\d+|one|two|three|four|five|six|nine|twelve)\s+"
    r"(?P<unit>days?|months?)\b",
    re.I,
)
# "since your report ended", "since the end of the audit period": up to now.
_SINCE_END_RX = re.compile(
    r"\bsince\s+(your|the|its)\s+(report|audit|examination|period|review\s+period)\b|"
    # "Is every day since the end of your SOC 1 period covered?", "up to today": to the day.
    r"\b(every\s+day|each\s+day|all\s+the\s+time|the\s+whole\s+time)\s+since\b|"
    r"\bup\s+to\s+(today|now)\b",
    re.I,
)
# "the end of Q3 2026", "through Q2 2027".
_QUARTER_RX = re.compile(r"\bQ([1-4])\s*(20\d\d)\b", re.I)


# "the end of 2026", "through 2026": the year's last day (not a fiscal year's).
_YEAR_END_RX = re.compile(
    r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:calendar\s+)?(?:year\s+)?|"
    r"(?:through|throughout|until|till)\s+(?:all\s+of\s+)?)(20\d\d)\b"
    r"(?![-/]\d|\s*(?:Q[1-4]|H[12]|[A-Z][a-z]+\s+\d))",
    re.I,
)
# "less than 3 months", "more than 90 days": a gap's length bounded.
_GAP_SIZE_RX = re.compile(
    r"\b(less|shorter|fewer|under|below|more|longer|greater|over)\s+(than\s+)?"
    r"(?P<n>\d+|one|two|three|six|nine|twelve)\s+(?P<unit>days?|weeks?|months?)\b",
    re.I,
)


def _year_end(question: str) -> date | None:
    """ "through the end of 2026" → 2026-12-31."""
    m = _YEAR_END_RX.search(question)
    return date(int(m[1]), 12, 31) if m else None


def _quarter_end(question: str) -> date | None:
    """ "through the end of Q3 2026" → 2026-09-30."""
    m = _QUARTER_RX.search(question)
    if m is None:
        return None
    month = int(m[1]) * 3
    return add_months(date(int(m[2]), month, 1), 1) - timedelta(days=1)


_BRIDGE_SIGNER_RX = re.compile(r"\b(auditors?|cpa|audit\s+firm|service\s+auditor)\b", re.I)
_NOW_RX = re.compile(
    r"\b(current|currently|today|now|present|to\s+date|up\s+to\s+date|in\s+force|in\s+effect|"
    r"still\s+valid|"
    r"(date|day)\s+of\s+this\s+(questionnaire|assessment|response))\b",
    re.I,
)
# "the end of November 2026", "through December 2026": the month's last day.
_MONTH_END_RX = re.compile(
    r"\b(?:end\s+of\s+)?(january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s+(20\d\d)\b",
    re.I,
)


def _month_end(question: str) -> date | None:
    """ "through the end of November 2026", "through December 2026" → the month's last day; of
    a window ("from October 2026 through March 2027"), the last month's."""
    ends = [
        date(int(m[2]) + _MONTHS[m[1].lower()] // 12, _MONTHS[m[1].lower()] % 12 + 1, 1)
        - timedelta(days=1)
        for m in _MONTH_END_RX.finditer(question)
    ]
    return max(ends, default=None)


def about_carve_out(question: str) -> bool:
    """Whether a question asks how a subservice organisation is treated ("carved out")."""
    return bool(_CARVE.search(question))


def _scope_of_hosted(ctx: Context, question: str, asked: frozenset[str]) -> Fact | None:
    """ "Is the Keystone private cloud in scope of your SOC 2?": what the report's scope says
    of a place hosted by a subservice organisation (None where it names neither, or where the
    question asks of the organisation or its method, not of a place it hosts)."""
    thing = _HOSTED_THING_RX.search(question)
    if _CARVE.search(question) or thing is None:
        return None
    reports = [r for r in ctx.inventory.reports if r.subservice_orgs]
    if any(thing[0].lower() in o.name.lower() for r in reports for o in r.subservice_orgs):
        return None  # "Google Cloud Platform": the organisation's own name
    report = next(iter(_reports_for(ctx, question, asked)), None)
    if report is None or not report.scope:
        return None
    return _scope_member(question, report, _name(report), hosted=True)


# A place or platform asked of, not a company: "the Keystone private cloud", "the TavoloBook
# platform hosted in AWS", "the Keystone-hosted environment".
_HOSTED_THING_RX = re.compile(
    r"\b(private\s+cloud|cloud\s+environment|environment|data\s*cent(?:er|re)|[\w-]+-hosted|"
    r"hosted\s+(?:in|at|on|by))\b",
    re.I,
)


def _org_answer(ctx: Context, question: str) -> Fact | None:
    """Whether the subservice organisation a question names ("Is First Harbor Bank carved
    out?", "Is Meridian included in your SOC 1?") is carved out of, or included in, the held
    reports that name it: of the kind asked, when the question names one, and of the year,
    part or type it names ("the 2024-2025 CairnReview SOC 2")."""
    # A name as the question spells one, capitalised, or a word of the name that says what
    # the organisation does: "the operators who answer your grievance hotline" and "Lotus
    # Hotline Services" (operators who answer the hotline); "the Suva support office" names
    # no "Kauri Support Ltd" (an after-hours service desk).
    cased = question if question != question.lower() else question.title()
    # "the Processing Integrity criteria", "Availability" name a category of the criteria,
    # not "Lakehead Citation Processing Inc." nor "Availability Desk B.V.".
    categories = _CATEGORY_WORDS if _CATEGORY_ASK_RX.search(question) else frozenset()
    named = {w.lower() for w in _CAPITALISED_RX.findall(cased)} - categories
    words = set(_WORDS_RX.findall(question.lower())) - categories
    kinds = named_kinds(question)
    every = ctx.inventory.reports
    reports = list(every) if not kinds else [r for k in kinds for r in _of_kinds(every, k)]
    # "the 2024-2025 CairnReview SOC 2": the report of the year or part named, not another's.
    reports = _newest_first(reports, question)
    found = [
        (report, org)
        for report in reports
        for org in report.subservice_orgs
        if (org_words(org.name) & named and not _named_otherwise(question, org.name))
        or org_words(org.name) & words & set(_WORDS_RX.findall(" ".join(org.services).lower()))
    ]
    methods = {org.method for _, org in found}
    if len(methods) != 1:
        return None  # not named, or named with both methods: for the reviewer
    report, org = found[0]
    carved = org.method == "carve-out"
    asks_carved = bool(_CARVE.search(question)) and "inclusive" not in question.lower()
    said = "carved out of" if carved else "included in"
    fact = f"{org.name} is {said} our {_name(report)} ({org.method} method)."
    return Fact("Yes" if carved == asks_carved else "No", fact, report.id)


def _named_otherwise(question: str, name: str) -> bool:
    """Whether the name a question gives that shares a word with an organisation's is another
    thing's: "Gravel Harbor" (a product) and "Harbor Networks AS", "Partitur Box" and
    "Callisto Box Office AG", "the Harbor app"; not "First Harbor Bank" of "First Harbor
    Bank, N.A."."""
    own = org_words(name)
    words = _WORDS_RX.findall(name.lower())
    # its words and their initials: "AWS" of "Amazon Web Services GovCloud (US)"
    full = {*words} | {
        "".join(w[0] for w in words[i:j])
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
    }
    for run in _ORG_NAMED_RX.findall(question):
        said = set(_WORDS_RX.findall(run.lower()))
        if said & own and said - full - own:
            return True
        if said & own and re.search(rf"\b{re.escape(run)}\s+{_PRODUCT_NOUN}", question):
            return True  # "the Harbor app"
    return False


_PRODUCT_NOUN = r"(app|apps|application|portal|product|platform|module|tool|api|software)\b"


_LEFT_OUT_RX = re.compile(
    r"\b(exclud\w*|not\s+(included|covered|in\s+scope|examined)|out\s+of\s+scope|outside|"
    r"missing|omitted|left\s+out)\b",
    re.I,
)
_WORDS_RX = re.compile(r"[a-z0-9]+")
_CAPITALISED_RX = re.compile(r"\b[A-Z0-9][A-Za-z0-9]*")
# A company named in a question: a capitalised word that is not a report's or a criterion's.
_ORG_NAMED_RX = re.compile(
    r"(?<!^)(?<![.?!]\s)\b(?!(?:SOC|Type|SSAE|ISAE|ISO|PCI|AICPA|Trust|Security|Availability|"
    r"Confidentiality|Privacy|Processing|Integrity|CUEC|CUECs|Is|Are|Does|Do|Has|Have|Your|"
    r"Our|The|I|II)\b)[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*"
)
_WHICH_RX = re.compile(r"^\s*(please\s+)?(which|what|list|name|identify)\b", re.I)
_INCLUDED_RX = re.compile(
    r"\b(included|include|includes|(with)?in\s+(the\s+)?scope|covered)\b", re.I
)
# Another organisation's controls asked as tested: "Did your SOC 2 auditor test AWS's data
# centre controls?" (a carved-out organisation's are not; an inclusive one's are).
_ORG_TESTED_RX = re.compile(
    r"\b(test|tests|tested|testing|examined?|examines|audit|audits|audited|assess|assessed|"
    r"evaluated?|cover|covers)\b[^?]*?\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+(\w+\s+){0,3}?"
    r"(controls?|data\s*cent(er|re)s?|facilit\w+|environment|infrastructure|operations)\b|"
    # "Were Harbour Helpdesk's support controls tested by your auditor?"
    r"\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+(\w+\s+){0,3}?controls?\s+(were|are|was|is|been)?\s*"
    r"(tested|examined|audited|assessed|evaluated|covered)\b"
)


def _carve_answer(question: str, report: Report, name: str) -> Fact | None:
    orgs = report.subservice_orgs
    method = "inclusive" if "inclusive" in question.lower() else "carve-out"
    if orgs and _ALL_ORG_ASK_RX.search(question) and _CARVE.search(question):
        # "Are all subservice organisations carved out of your SOC 2?": every one of them.
        other = [o.name for o in orgs if o.method != method]
        how = "includes" if method == "carve-out" else "carves out"
        if other:
            return Fact("No", f"Our {name} {how} {', '.join(other).rstrip('.')}.", report.id)
        return Fact("Yes", f"Our {name} names no other subservice organisation.", report.id)
    if orgs and _ANY_ORG_ASK_RX.search(question) and _CARVE.search(question):
        # "Does your SOC 2 use the inclusive method for any subservice organisation?": any of
        # them, not the first.
        some = [o.name for o in orgs if o.method == method]
        how = "includes" if method == "inclusive" else "carves out"
        if some:
            said = f"Our {name} {how} {', '.join(some)} ({method} method)."
            return Fact("Yes", said, report.id)
        return Fact("No", f"Our {name} {how} no subservice organisation.", report.id)
    if _HOSTING_ASK_RX.search(question):
        # "your hosting provider": the organisations that host, not the GPS-data supplier.
        orgs = tuple(o for o in orgs if _HOSTING_ASK_RX.search(" ".join(o.services))) or orgs
    else:
        # "your identity verification provider": the one whose services the question names.
        # ("SOC 1" names no service: its "1" is not the "1" of "ca-central-1").
        words = {
            w
            for w in _WORDS_RX.findall(_report_subject_cut(question).lower())
            if len(w) > 2 and not w.isdigit()
        } - _ORG_STOPWORDS
        role = _ROLE_ASK_RX.search(question)
        role_words = (
            _singular(role["role"]) - _singular(" ".join(_ROLE_GENERIC | _ORG_STOPWORDS))
            if role
            else frozenset()
        )
        # "your email delivery provider": every word of the role in what the organisation
        # does, not one ("SMS delivery" is not email delivery).
        named = tuple(
            o
            for o in orgs
            if words & set(_WORDS_RX.findall(" ".join(o.services).lower()))
            and role_words <= _singular(" ".join(o.services))
        )
        if not named and role_words:
            # "Is your payroll bureau carved out?" where no organisation's services name
            # payroll: which one is meant, if any, is for the reviewer, not Azure's method.
            return None
        if len({o.method for o in named}) > 1:
            # "Is your laboratory partner carved out?" of a courier "to the laboratory" carved
            # out and a laboratory included: which one is meant is for the reviewer.
            return None
        orgs = named or orgs
    carved = [o.name for o in orgs if o.method == "carve-out"]
    inclusive = [o.name for o in orgs if o.method == "inclusive"]
    asks_inclusion = bool(_PROVIDER_SCOPE.search(question)) or "inclusive" in question.lower()
    if asks_inclusion and _WHICH_RX.match(question) and _NEGATIVE_ASK_RX.search(question):
        # "Which subservice organizations are not included using the inclusive method?": the
        # others, which is for the reviewer to name.
        return None
    if asks_inclusion and _WHICH_RX.match(question) and not _RATHER_RX.search(question):
        # "Which subservice organization is included using the inclusive method?": names.
        if not inclusive:
            return None  # another report held may name one
        said = f"Our {name} includes {', '.join(inclusive)} by the inclusive method."
        return Fact(", ".join(inclusive), said, report.id)
    if asks_inclusion:
        if inclusive and not carved:
            return Fact(
                "Yes",
                f"Our {name} includes {', '.join(inclusive)} by the inclusive method.",
                report.id,
            )
        if carved and not inclusive:
            return Fact("No", f"Our {name} carves out {', '.join(carved)}.", report.id)
        return None  # mixed: which provider is meant is for the reviewer
    if _HOW_MANY_ORGS_RX.match(question):
        # "How many subservice organizations are carved out of your SOC 2?": the count.
        counted = carved if _CARVE.search(question) else inclusive
        said = f"Our {name} carves out {', '.join(carved) or 'none'}" + (
            f" and includes {', '.join(inclusive)} by the inclusive method." if inclusive else "."
        )
        return Fact(str(len(counted)), said, report.id)
    if carved and _WHICH_RX.match(question):
        # "Which subservice organizations are carved out?" asks for their names.
        return Fact(", ".join(carved), f"Our {name} carves out {', '.join(carved)}.", report.id)
    if carved:
        return Fact("Yes", f"Our {name} carves out {', '.join(carved)}.", report.id)
    if inclusive:
        return Fact(
            "No", f"Our {name} includes {', '.join(inclusive)} by the inclusive method.", report.id
        )
    return None


def _report_subject_cut(question: str) -> str:
    """A question without the products it names as a report's subject ("... carved out of the
    SOC 2 report on Pemberton Audit and Pemberton Voice?"): those name the report asked of, not
    an organisation's service (an operator "who answers the Pemberton Voice hotline")."""
    m = _ON_PART_RX.search(question)
    if m is None or not m["part"]:
        return question
    return question[: m.start("part")] + _REPORT_SUBJECT_RX.sub("", question[m.start("part") :])


# The products after "report on": capitalised names joined by "and", commas or "&".
_REPORT_SUBJECT_RX = re.compile(
    r"^(?:(?:\s*(?:,|and|&)\s*)?(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)+"
)


def _singular(text: str) -> frozenset[str]:
    """A text's words, a plural's "s" dropped ("forecasts" is a forecast)."""
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in _WORDS_RX.findall(text.lower())
    )


_RATHER_RX = re.compile(r"\b(rather\s+than|other\s+than|instead\s+of|carved)\b", re.I)
_ALL_ORG_ASK_RX = re.compile(
    r"\b(all|every|each|both)\s+(of\s+)?((your|the|our)\s+)?(\w+\s+)?(sub-?service|vendors?|"
    r"providers?|third[- ]part(y|ies)|organi[sz]ations?|data\s*cent(er|re)s?|facilit(y|ies)|"
    r"hosting\s+sites?|colocation\s+sites?)\b",
    re.I,
)
# "for any subservice organisation", "any of your subservice organizations".
_ANY_ORG_ASK_RX = re.compile(
    r"\b(any|at\s+least\s+one|some)\s+(of\s+(your|the)\s+)?(sub-?service|vendors?|"
    r"providers?|third[- ]part(y|ies)|organi[sz]ations?)\b",
    re.I,
)
# "your payroll bureau", "the SMS provider": an organisation asked by what it does.
_ROLE_ASK_RX = re.compile(
    r"\b(?:your|the|our|its)\s+(?P<role>(?:[\w-]+\s+){1,3}?)(?:providers?|bureaus?|processors?|"
    r"vendors?|partners?|compan(?:y|ies)|firms?|suppliers?|agenc(?:y|ies)|contractors?|"
    r"subcontractors?|sub-?processors?)\b",
    re.I,
)
_ROLE_GENERIC = frozenset(
    [
        "sub",
        "service",
        "subservice",
        "sub-service",
        "third",
        "party",
        "third-party",
        "outsourced",
        "external",
        "key",
        "main",
        "primary",
        "critical",
        "other",
        "soc",
        "1",
        "2",
        "3",
        "ii",
        "i",
    ]
)
_ORG_STOP_TEXT = (
    "the a an and or of for in on to your our its their provider providers vendor services "
    "service controls control tested included covered soc report"
)
_ORG_STOPWORDS = frozenset(_ORG_STOP_TEXT.split())
_HOSTING_ASK_RX = re.compile(
    r"\b(hosting|hosted|host|cloud|data ?cent(er|re)|colocation|iaas)\b", re.I
)


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


# "the report", "your SOC 2 report", "audit report": a report as a thing held, not the verb.
_REPORT_THING_RX = re.compile(
    r"\b(the|your|a|an|this|our|latest|recent|current|audit|assurance|attestation|"
    r"soc\s*-?\s*[123]|type\s*(i{1,2}|[12]))\s+reports?\b",
    re.I,
)

# Gated: each pattern above runs only when its text holds one of these (speed).
_REPORT_THING = Cue(_REPORT_THING_RX, ("report",))
_SCOPE = Cue(_SCOPE_RX, ("principle", "criteria", "categor", "trust service", "tsc", "scope"))
_PROVIDER_SCOPE = Cue(
    _PROVIDER_SCOPE_RX, ("includ", "scope", "covered", "tested", "audited", "examined")
)
_EXCEPTION = Cue(_EXCEPTION_RX, ("exception", "deviation", "deficienc"))
_BRIDGE = Cue(_BRIDGE_RX, ("bridge", "gap letter"))
_CARVE = Cue(_CARVE_RX, ("carve", "inclusive"))
_OLDER = Cue(_OLDER_RX, ("older", "more than", "less than", "younger", "newer", "over ", "under "))
_OPINION = Cue(_OPINION_RX, ("opinion", "qualified"))
_AUDITOR = Cue(_AUDITOR_RX, ("audit", "cpa", "who", "firm", "company"))
_PERIOD = Cue(_PERIOD_RX, ("period", "date"))
_ANY_KIND = Cue(
    _ANY_KIND_RX,
    (
        "isae",
        "soc",
        "ssae",
        "iso",
        "27001",
        "pci",
        "attestation of",
        "report on compliance",
        "aoc",
        "roc",
        "hitrust",
        "fedramp",
    ),
)


def asks_for_report(question: str, asked_soc: bool) -> bool:
    """A question about holding or sharing a report (rather than a control), for a row the
    classifier found asks for a SOC report."""
    return asked_soc and (asks_about_report(question) or bool(_REPORT_THING.search(question)))
