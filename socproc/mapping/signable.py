"""Answers the vendor can sign (spec 6.1): the question's form and subject, and the facts that
state an answer.

Evidence is not an answer. A report whose criteria touch a topic is evidence to attach; the
answer must come from a specific fact in the inventory: an approved answer, a control whose
description states what is asked, a document of that topic, an attribute of a report
(reportfacts.py), or the vendor's own name and contact. The decision reads the question's form
(a field to fill, a yes/no question, a request to describe or to provide something) and its
subject (the vendor, another organisation, an admission such as a breach), never a topic word
alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from socproc.inventory.load import (
    ApprovedAnswer,
    Contact,
    Control,
    EvidenceDocument,
    SubserviceOrg,
)
from socproc.mapping.answers import polarity
from socproc.mapping.holdings import YES_NO_RX, Context
from socproc.mapping.places import named_places, place_names
from socproc.mapping.wording import held_document


class Cue:
    """A pattern searched only when the lowered text holds one of its key substrings: most
    questions hold none, and a substring test costs a fraction of a regex search."""

    __slots__ = ("keys", "rx")

    def __init__(self, pattern: str | re.Pattern[str], keys: tuple[str, ...]):
        self.rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.I)
        self.keys = keys

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(text) if any(map(text.lower().__contains__, self.keys)) else None


class Form(StrEnum):
    """What kind of answer a question asks for."""

    FIELD = "field"  # a value about the vendor: name, contact, date completed
    YES_NO = "yes/no"  # "Do you ...?", "If so, is it ...?"
    DESCRIBE = "describe"  # "Describe ...", "How do you ...?", "What ...?"
    REQUEST = "request"  # "Provide ...", "Attach ...", "Upload ..."
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Signed:
    """The answer for the buyer's cell and the fact behind it ('' when none supports one)."""

    answer: str
    fact: str  # the fact in the vendor's words, to lead the suggested response
    source: str = ""  # the inventory id of the fact, when there is one


NONE = Signed("", "")

# A yes/no question can follow a condition: "If you have a SOC 2, does it include Privacy?"
_INNER_YES_NO_RX = Cue(
    r"(^|[,;:]\s*|\bso,?\s+)(do|does|did|is|are|was|were|has|have|had|can|could|will|would)\s+"
    r"(you|your|it|its|the|they|their|this|these|we|our|any|all|there|each)\b",
    (",", ";", ":", "so "),
)
# A yes/no question after a phrase that sets its case: "For admin accounts, is MFA enforced?".
_LEAD_IN_YES_NO_RX = re.compile(
    r"[^?,;]{3,100}[,;]\s*(do|does|did|is|are|was|were|has|have|had|can|could|will|would|must|"
    r"should)\s+[^?]{2,120}\?\s*$",
    re.I,
)
_DESCRIBE_RX = re.compile(
    r"^\s*(please\s+)?(describe|explain|list|outline|detail|summari[sz]e|specify|identify|"
    r"state|indicate|what|which|how|who|where|when|why|name)\b",
    re.I,
)
# The verbs that ask for a thing to be handed over.
_HAND_OVER = "provide|attach|upload|submit|share|send|supply|furnish"
_REQUEST_RX = re.compile(r"^\s*(please\s+)?(" + _HAND_OVER + r"|include)\b", re.I)
_FIELD_RX = re.compile(
    r"^\s*(solution\s+provider|vendor|company|supplier|organi[sz]ation|business|legal|your|"
    r"primary|respondent|date|contact|total|number)\b",
    re.I,
)
_NAME_RX = Cue(
    r"\b(provider|vendor|company|supplier|organi[sz]ation|business|legal|entity)('?s)?\s+"
    r"(legal\s+)?name\b|\bname of (your|the) (company|organi[sz]ation|business|vendor|entity)\b|"
    r"^\s*legal name\b",
    ("name",),
)
# Another company of the group than the vendor: "Parent company name", "ultimate holding company".
OTHER_ENTITY_RX = re.compile(
    r"\b(parent|holding|ultimate|subsidiar\w*|affiliate[sd]?|sister)\s+(company|companies|"
    r"entit\w+|organi[sz]ations?|corporations?|firms?|group)\b|"
    # "Legal name of parent", "Name of subsidiary (if applicable)"
    r"\b(of|for)\s+(the\s+|your\s+|its\s+)?(parent|subsidiar\w*|affiliates?)\b",
    re.I,
)
_CONTACT_RX = Cue(
    r"\bcontact\b|\bcompleted by\b|\brespondent\b",
    ("contact", "completed", "respondent"),
)
# A contact for another role than answering the questionnaire: the inventory's `contact` is
# not stated to be the accessibility or billing contact.
_ROLE_RX = re.compile(
    r"\b(accessibility|privacy|data protection|billing|finance|financial|accounts?|sales|"
    r"legal|emergency|escalation|technical|support|incident|executive)\s+(point\s+of\s+)?"
    r"contact",
    re.I,
)


def _our_contact(question: str) -> bool:
    """Whether a contact field asks for the vendor's contact for this questionnaire ("Vendor
    Contact Name", "Solution Provider Contact Email", "Assessment Contact"), not another
    role's ("Accessibility Contact", "Local Data Custodian Contact", the institution's own):
    every word naming the contact must be one of the vendor's or the questionnaire's."""
    if _ROLE_RX.search(question):
        return False
    m = _CONTACT_WORDS_RX.search(question)
    if m is None:
        return True  # "Completed by", "Respondent"
    named = _WORD_RX.findall(m[1].lower())
    return all(w in _OUR_CONTACT_WORDS for w in named)


_CONTACT_WORDS_RX = re.compile(r"((?:[\w'’-]+\s+){0,4})contact\b", re.I)
_OUR_CONTACT_TEXT = (
    "vendor vendors solution provider providers s company supplier organization organisation "
    "primary main security information infosec compliance your the a an our questionnaire "
    "assessment survey response point of service"
)
_OUR_CONTACT_WORDS = frozenset(_OUR_CONTACT_TEXT.split())
_EMAIL_RX = re.compile(r"\be-?mail\b", re.I)
_PHONE_RX = re.compile(r"\bphone\b|\btelephone\b", re.I)
_TITLE_RX = re.compile(r"\b(job\s+)?title\b|\brole\b|\bposition\b", re.I)
_LEGAL_RX = Cue(
    r"\blegal\b|\bregistered\b|\bincorporated\b",
    ("legal", "registered", "incorporated"),
)
_LIST_RX = re.compile(r"\s(and|&)\s|,", re.I)
_DATE_DONE_RX = Cue(
    # "Date completed", "Date of submission", and a form's own "Date" field; not the date of
    # another thing ("Date your DPIA for Screen was completed").
    r"\bdate\b(?![^?]{0,30}\b(your|the|its|our)\s+(?!questionnaire|form|survey|assessment\b)\w)"
    r"[^?]{0,30}\b(complet|fill|submi|prepar)|^\s*date\s*:?\s*$",
    ("date",),
)

# Questions whose honest answer may be an admission: answered only from an approved answer.
_ADMISSION_RX = Cue(
    r"\b(breach(es|ed)?|compromised?|(incidents?|attacks?|outages?|disruptions?)\s+(\w+\s+)?"
    r"(affected|impacted|exposed|involved|occurred|happened)\b|"
    r"(had|experienced|suffered|reported|been)\b[^?]{0,40}"
    r"\b(incidents?|breach|attacks?|outages?|disruptions?|downtime|loss|ransomware|"
    r"vulnerabilit(y|ies))|litigation|lawsuits?|"
    r"(reported|disclosed|unpatched|unremediated|open)\s+vulnerabilit(y|ies)|"
    r"legal action|sued|fined|penalt(y|ies)|regulatory action|plain\s*-?\s*text|"
    r"clear\s*-?\s*text|reversible encryption|hard\s*-?\s*coded|shared (user )?accounts?|"
    r"generic accounts?|outside (of )?(the )?([a-z]+ )?(country|countries|region|eu|eea|us|"
    r"usa|united states|uk|canada|jurisdiction)|(leave|leaves|leaving|left)\s+(the\s+)?"
    r"(country|countries|region|jurisdiction|eu|eea|us|usa|united states|uk|canada)\b|"
    r"offshore|sub-?contract|fourth[- ]part|"
    r"third[- ]part(y|ies)\b[^?]{0,40}\b(store|process|access|host)|bankrupt|insolven|"
    r"acquired|acquisition|merger|criminal|convicted|sanction)",
    (
        "breach",
        "compromis",
        "incident",
        "attack",
        "outage",
        "disruption",
        "downtime",
        "loss",
        "ransom",
        "vulnerab",
        "litigation",
        "lawsuit",
        "legal action",
        "sued",
        "fined",
        "penalt",
        "regulatory",
        "plain",
        "clear",
        "reversible",
        "hard",
        "shared",
        "generic",
        "outside",
        "leav",
        "left",
        "offshore",
        "contract",
        "fourth",
        "third",
        "bankrupt",
        "insolven",
        "acqui",
        "merger",
        "criminal",
        "convict",
        "sanction",
    ),
)
# The subject is another organisation: the hosting provider, a data centre, a subprocessor.
_PROVIDER_RX = Cue(
    r"\b(your|the|its|their)\s+(hosting|cloud|colocation|iaas|paas|data ?cent(er|re)|"
    r"infrastructure|third[- ]party|sub-?service)\s*(provider|providers|vendor|vendors|"
    r"facilit(y|ies)|organi[sz]ations?|partners?|platform)\b|"
    # "Do all your subprocessors hold a SOC 2?", "Do your vendors background-check staff?".
    # ("Does the vendor ...?", "the supplier", "the service provider" name the respondent.)
    r"^\s*(do|does|are|is|have|has|will)\s+(all\s+(of\s+)?|any\s+(of\s+)?|each\s+(of\s+)?|every\s+)?"
    r"((your|its)\s+"
    r"(sub-?processors?|sub-?contractors?|vendors?|suppliers?|third[- ]part(y|ies)|service\s+providers?)"
    r"|(the\s+)?(sub-?processors|sub-?contractors|vendors|suppliers|third[- ]parties|"
    r"service\s+providers))\b(?!['’])|"
    # "the hosting environment" is the provider's; "your cloud environment" the vendor's own.
    r"\b(your|the|its|their)\s+(hosting|colocation|data ?cent(er|re)|third[- ]party)\s+environment\b|"
    r"\b(hosting|cloud|data ?cent(er|re)) providers?\b|\b(the|your|its|their)\s+data ?cent(er|re)s\b",
    (
        "processor",
        "contractor",
        "vendor",
        "supplier",
        "third",
        "service provider",
        "hosting",
        "cloud",
        "coloc",
        "iaas",
        "paas",
        "data cent",
        "datacent",
        "data-cent",
        "infrastructure",
        "third",
        "subservice",
        "sub-service",
        "sub service",
        "provider",
    ),
)
# A question put in the negative: a Yes/No would be read backwards.
_NEGATED_RX = Cue(
    r"^\s*\w+\s+(\w+\s+){0,3}?(not|never|(?<!had\s)(?<!experienced\s)(?<!suffered\s)no(?![-.]))\b|"
    r"\b\w+n't\b|"
    # "Is it true that you do not ...?", "Is there no DPO?".
    r"\bthat\s+(you|we|it|they)\s+(\w+\s+)?(not|never)\b|^\s*(is|are)\s+there\s+no\b|"
    # A subject put in the negative: "Has no customer data ever been exposed?", "Have none of
    # your staff ...?", "Has there been no breach ...?".
    r"^\s*\w+\s+(there\s+(been\s+)?)?(no|none|nothing|nobody|no\s+one)\b(?!-)|"
    # "Do you have neither a SOC 1 nor a SOC 3?", "Do you lack both ...?".
    r"\bneither\b|"
    # "Is it true that card numbers never touch your servers?", "accurate that Acme does not".
    r"\b(true|accurate|correct|the\s+case)\s+that\s+(([\w'’-]+\s+){1,5}?(not|never)|no)\b|"
    # A negative predicate: "Is Privacy excluded / out of scope?", "Do you lack a SOC 2?",
    # "Does it omit ...?", "Have you failed to ...?", "Does it avoid ...?", "unavailable?".
    r"\b(exclude[sd]?|omit(s|ted)?|lack(s|ing)?|missing|fail(s|ed)?\s+to|avoid(s|ed)?|"
    r"unavailable|out\s+of\s+(the\s+)?scope|outside\s+(the\s+|its\s+)?scope|"
    # Antonyms of what is asked the right way round: "Is your SOC 2 stale / out of date /
    # invalid / no longer current?", "Is training optional?", "Is your SOC 3 report restricted
    # / confidential / private?", "Do you withhold it?", "absent?" ("without" is read where it
    # is asked: "operated without unplanned disruptions?", "shared without an NDA?").
    r"stale|out\s+of\s+date|outdated|optional|invalid|no\s+longer|past\s+its\s+validity|"
    r"withh(o|e)ld|absent|report\b[^?]*\b(restricted|confidential|private|without(?!\s+(signing\s+|"
    r"a\s+signed\s+)?(an?\s+)?(nda|non-?disclosure|confidentiality)))|"
    # "Is the web app unsigned?", "Is any data unencrypted?" (never "unqualified", asked as such).
    r"un(signed|encrypted|patched|monitored|protected|supported|managed|authenticated|tested|"
    r"reviewed|audited|assessed|approved|documented|owned|verified|validated)|"
    # "Is your IRP yet to be tested?"
    r"yet\s+to\s+be|"
    # "Are any employees exempt from background checks?", "Is there any product for which you
    # have no documented recovery objectives?": the exception asked, not the practice.
    r"exempt(ed|ions?)?|"
    r"any\s+[^?]*?\b(which|who|whom|whose|that|where)\b[^?]{0,40}?\b(not|no|never)|"
    # "Are any staff with access to customer data not background checked?"
    r"^\s*(are|is|do|does|have|has|were|was)\s+any\b[^?]*\b(not|never))\b",
    (
        "exempt",
        "yet to",
        "any",
        "not",
        "never",
        "n't",
        "there no",
        " no ",
        "neither",
        "none",
        "nothing",
        "nobody",
        "exclude",
        "omit",
        "lack",
        "missing",
        "fail",
        "avoid",
        "unavailable",
        "scope",
        "stale",
        "of date",
        "outdated",
        "optional",
        "restricted",
        "confidential",
        "private",
        "invalid",
        "no longer",
        "validity",
        "withh",
        "absent",
        "un",
        "without",
    ),
)

# Words that carry no subject of their own in a question ("Do you have a process to ...").
_FRAME_TEXT = (
    "a an the and or of to in on for at by with from as is are was were be been being do does "
    "did you your yours we our us it its this that these those which what who whom how please "
    "any all has have had can could will would should shall may might there their they them "
    "if so such than then also provide describe explain list have ensure maintain establish "
    "experienced suffered involved firm undergo undergone "
    "implement perform use utilize leverage employ support require requires requiring place exist "
    "formal formally "
    "documented document appropriate adequate regular regularly periodic periodically "
    "organization organisation company vendor solution service product system process "
    "procedure policy practice program programme mechanism capability information data "
    "security sensitive institutional customer client following applicable including include "
    "such e g i etc example least order within currently current using used uses based basis "
    "other any about all most overall full well ensuring performing able yes no true false na "
    "protocol protocols algorithm algorithms mechanism mechanisms technology technologies "
    "method methods tool tools designed intended vended ever feature features functionality"
)
# Different words, one subject: folded to a shared key before comparing (security terms only).
_SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "mfa",
        (
            "multifactor",
            "multi factor",
            "mfa",
            "2fa",
            "two factor",
            "2 factor",
            "2 step",
            "two step",
            "second factor",
            # A second factor by its kind: a hardware key is multi-factor sign-in.
            "hardware security keys",
            "hardware security key",
            "fido2",
            "phishing resistant",
        ),
    ),
    ("sso", ("single sign on", "single signon", "sso", "saml", "saml2", "oidc", "openid")),
    ("waf", ("web application firewall", "waf")),
    ("baa", ("business associate agreements", "business associate agreement", "baas", "baa")),
    # Entering into an agreement is signing it.
    ("sign", ("enter into", "entering into", "enters into", "entered into")),
    # A session ended for want of use, in other words.
    ("timeout", ("timeout", "timeouts", "time out", "inactivity", "idle time", "idle")),
    # Before a change is released, in other words.
    (
        "prerelease",
        (
            "prior to release",
            "before release",
            "prior to deployment",
            "before deployment",
            "before production",
            # Checks on every change before it is merged come before its release.
            "on every pull request",
            "on each pull request",
            "on every merge request",
            "before merge",
            "before merging",
        ),
    ),
    ("sbom", ("software bill of materials", "software bills of materials", "sbom", "sboms")),
    ("bcp", ("business continuity plan", "business continuity", "bcp")),
    ("drp", ("disaster recovery plan", "disaster recovery", "drp", "dr plan")),
    ("dpo", ("data protection officer", "dpo")),
    (
        "ids",
        (
            "intrusion detection",
            "intrusions",
            "intrusion",
            "ids",
            "threat detection",
            "security alerts",
            "detection and response",
            "mdr",
        ),
    ),
    # Preventing is not detecting: "We do not run a network IDS" says nothing of an IPS.
    ("ips", ("intrusion prevention", "ips")),
    ("siem", ("siem", "security information and event management")),
    ("transit", ("in transit", "transport", "tls", "ssl", "https", "transmission", "transmit")),
    ("rest", ("at rest", "storage")),
    ("backup", ("backups", "backup", "backed up", "back up")),
    ("restor", ("restore", "restores", "restored", "restoring", "restoration", "recovery test")),
    ("background", ("background", "screenings", "screening")),
    ("offsite", ("offsite", "off site", "second region", "another region", "separate region")),
    (
        "offsite",
        (
            "different geographic location",
            "different geographic region",
            "geo redundant",
            "geographically redundant",
            "paired region",
        ),
    ),
    (
        "stor",
        (
            "stored",
            "store",
            "stores",
            "storing",
            "kept",
            "keep",
            "keeps",
            "retain",
            "retains",
            "retained",
            "retaining",
        ),
    ),
    ("offsite", ("secondary site", "second data center", "secondary data center")),
    (
        "offsite",
        (
            "geographically separate",
            "geographically separated",
            "geographically distinct",
            "secondary region",
            "different region",
            "second aws region",
            "second azure region",
            "second cloud region",
        ),
    ),
    ("employee", ("employees", "employee", "personnel", "staff", "workforce", "workers")),
    # A card that pays for nothing outside the vendor's own system, or pays nothing at all, is
    # no payment card: "Staff card balances" are not cardholder data.
    (
        "closedcard",
        (
            "staff card",
            "staff cards",
            "employee card",
            "employee cards",
            "id card",
            "id cards",
            "identity card",
            "identity cards",
            "access card",
            "access cards",
            "key card",
            "key cards",
            "smart card",
            "smart cards",
            "sim card",
            "sim cards",
            "loyalty card",
            "loyalty cards",
            "library card",
            "student card",
            "student cards",
            "canteen card",
            "meal card",
            "badge card",
        ),
    ),
    # People working under a contract for services are contractors, not employees.
    (
        "contractor",
        (
            "contractors",
            "contractor",
            "contract developers",
            "contract developer",
            "contract engineers",
            "contract staff",
            "contract workers",
            "contract personnel",
            "freelancers",
            "freelancer",
            "freelance developers",
        ),
    ),
    (
        "admin",
        (
            "administrative",
            "administrators",
            "administrator",
            "admins",
            "admin",
            "privileged",
        ),
    ),
    ("before", ("prior to", "before", "in advance of", "ahead of")),
    ("start", ("first day of work", "first day", "start date", "starting date")),
    ("quarter", ("quarterly", "quarter", "every three months", "every 3 months", "every 90 days")),
    (
        "annual",
        (
            "annually",
            "annual",
            "yearly",
            "every year",
            "each year",
            "once a year",
            "in the past year",
            "in the last year",
            "within the past year",
            "within the last year",
        ),
    ),
    (
        "owner",
        ("owner", "owners", "owned by", "owns", "ownership", "responsible for", "accountable for"),
    ),
    ("update", ("updated", "update", "updates", "updating", "maintenance", "kept up to date")),
    (
        "monthly",
        (
            "monthly",
            "every month",
            "each month",
            "every 30 days",
            "once per month",
            "once a month",
            "per month",
        ),
    ),
    ("weekly", ("weekly", "every week", "each week")),
    (
        "semiannual",
        ("twice a year", "semi annually", "semiannually", "semi annual", "every six months"),
    ),
    ("daily", ("daily", "every day", "each day", "nightly", "every night")),
    ("hourly", ("hourly", "every hour", "each hour")),
    (
        "biennial",
        ("every two years", "every 2 years", "every other year", "biennially", "biennial"),
    ),
    (
        "continuous",
        (
            "24x7x365",
            "24x7",
            "24 7",
            "round the clock",
            "around the clock",
            "continuously",
            "continuous",
            "24 hours a day",
            "24 hours a day 7 days a week",
            "at any hour",
        ),
    ),
    ("inhouse", ("in house", "inhouse", "own staff", "our own team", "internal team")),
    ("outsourc", ("outsourced", "outsource", "outsourcing", "managed service", "mssp", "mdr")),
    ("allow", ("allow", "allowed", "allows", "permit", "permitted", "permits")),
    ("plaintext", ("plaintext", "plain text", "cleartext", "clear text")),
    ("outage", ("outage", "outages", "disruption", "disruptions", "downtime")),
    ("optout", ("opt out", "opt outs", "opted out", "unsubscribe")),
    ("lawsuit", ("lawsuit", "lawsuits", "litigation", "legal action", "legal proceedings")),
    ("rto", ("rto", "recovery time objective", "recovery time objectives")),
    ("rpo", ("rpo", "recovery point objective", "recovery point objectives")),
    (
        "notif",
        (
            "notify",
            "notified",
            "notifies",
            "notification",
            "notifications",
            "inform",
            "informed",
            "informs",
        ),
    ),
    (
        "remediat",
        ("remediated", "remediate", "remediates", "remediation", "fixed", "patched", "resolved"),
    ),
    # Keys the customer holds are another thing than keys the vendor or its provider manages.
    (
        "cmk",
        (
            "customer managed",
            "customer controlled",
            "customer supplied",
            "customer provided",
            "bring your own key",
            "byok",
            "cmk",
            "cmek",
        ),
    ),
    # Internet-facing systems are the external scope ("scanned externally").
    ("extern", ("internet facing", "public facing", "external facing", "externally", "external")),
    ("card", ("cardholder", "card", "cards")),  # PCI's "cardholder data" is payment card data
    ("hipaa", ("hipaa", "health insurance portability and accountability act")),
    ("phi", ("phi", "ephi", "protected health information", "electronic protected health")),
    ("ai", ("ai", "artificial intelligence", "a i")),
    ("ml", ("ml", "machine learning")),
    ("vuln", ("vulnerability", "vulnerabilities", "vulnerable")),
    ("encrypt", ("encrypt", "encrypted", "encryption", "encrypting", "encrypts")),
    ("log", ("logs", "log", "logging", "logged")),
    ("terminat", ("terminated", "termination", "leaver", "leavers", "departing", "offboarding")),
    ("role", ("role based", "rbac", "roles", "role")),
    ("password", ("passwords", "password", "passphrase", "passphrases", "credentials")),
    (
        "revoke",
        ("revoked", "revoke", "revocation", "removed", "remove", "deprovisioned", "disabled"),
    ),
)
# Synonyms by their words, for folding a text's tokens in one pass (phrases of up to 4 words).
_SYNONYM_KEY = {tuple(phrase.split()): key for key, words in _SYNONYMS for phrase in words}
# The security concepts the synonym table names, each of which a text must say when asked.
_CONCEPTS = frozenset(
    {
        "mfa",
        "sso",
        "waf",
        "sbom",
        "bcp",
        "drp",
        "baa",
        "siem",
        "ids",
        "ips",
        "cmk",
        "dpo",
        "rto",
        "rpo",
        # A role under data protection law is said or not: hosting data does not make one.
        "controller",
        "processor",
    }
)
_LONGEST_SYNONYM = max(len(phrase) for phrase in _SYNONYM_KEY)
_SYNONYM_STARTS = frozenset(phrase[0] for phrase in _SYNONYM_KEY)
# Examples in parentheses ("(e.g., Duo, OTP)", "(SAML2, OIDC)") are dropped; a qualifier
# ("(network-based)") or an acronym ("(WAF)") is part of the question and kept.
_PARENTHESES_RX = re.compile(
    r"\(\s*(e\.?\s?g\.?|i\.?\s?e\.?|eg|ie|such as|for example|including|incl\.?)\b[^()]*\)"
    r"|\([^(),]*,[^()]*\)",
    re.I,
)
_SEPARATORS = str.maketrans("-/_", "   ")
_TIMES_RX = re.compile(r"(?<=\d)\s*x\s*(?=\d)")
# A parenthesis that names an acronym ("(WAF)", "(DRP)") is kept; examples are not.
_ACRONYM_RX = re.compile(r"\(([A-Za-z0-9]{2,6})\)")
_WORD_RX = re.compile(r"[a-z0-9]+")
# The share of a question's subject words a control or document must state.
STATED_SHARE = 0.6


def form_of(question: str, choices: tuple[str, ...] = ()) -> Form:
    """The question's form, from how it is put (and the cell's own dropdown), not its topic."""
    text = question.strip()
    if len(text) <= 70 and not text.endswith("?") and _FIELD_RX.match(text):
        return Form.FIELD
    if _REQUEST_RX.match(text) or _PROVIDE_RX.match(text):
        # "Can you provide ...?", "Are you willing to share ...?" ask for a thing, in yes/no form.
        return Form.REQUEST
    if YES_NO_RX.match(text) or _INNER_YES_NO_RX.search(text):
        return Form.YES_NO
    if _LEAD_IN_YES_NO_RX.match(text) and not _DESCRIBE_RX.match(text):
        # "For customers not using SSO, is MFA required?": a case set first, then the question.
        return Form.YES_NO
    if _DESCRIBE_RX.match(text):
        return Form.DESCRIBE
    if _yes_no_cell(choices):
        return Form.YES_NO
    return Form.OTHER


def _yes_no_cell(choices: tuple[str, ...]) -> bool:
    said = {polarity(c) for c in choices}
    return True in said and False in said


def is_admission(question: str) -> bool:
    """Whether the honest answer could be an admission (breach, litigation, data abroad...)."""
    return bool(_ADMISSION_RX.search(question)) or any(
        _places(m[1]) for m in _LEAVING_PLACE_RX.finditer(question)
    )  # "outside Australia", "ever leave Jamaica", "sent out of Kenya"


# Data going out of a place: what follows is the place, if the words name one.
_LEAVING_PLACE_RX = re.compile(
    r"\b(?:outside|leaves?|leaving|exits?|(?:go(?:es)?|goes|sent|moved|transferred|taken|copied)"
    r"\s+(?:out\s+of|abroad\s+from|beyond))\s+(?:of\s+)?((?:the\s+)?[^?,;]{1,40})",
    re.I,
)


def about_provider(question: str) -> bool:
    """Whether the question is about another organisation (hosting provider, subprocessor):
    not what the vendor requires of them ("Are third parties required to sign an NDA?", "Do
    vendors undergo a security review before onboarding?"), unless it asks of their own
    credentials ("Are your subprocessors required to hold ISO 27001?")."""
    if not _PROVIDER_RX.search(question):
        return False
    return not (_REQUIRED_OF_THEM_RX.search(question) and not _CREDENTIAL_WORD_RX.search(question))


# What the vendor requires of its suppliers: "required to sign", "undergo a security review".
_REQUIRED_OF_THEM_RX = re.compile(
    r"\b(required|obliged|obligated|expected|contractually\s+bound)\s+to\b|\bmust\b|"
    r"\b(undergo|subject\s+to)\s+(an?\s+)?(security\s+|risk\s+|due\s+diligence\s+)?"
    r"(reviews?|assessments?|checks?|screening|vetting|due\s+diligence)\b|"
    r"\b(vetted|screened|assessed|reviewed|evaluated|onboarded|approved)\b",
    re.I,
)


def org_is_subject(ctx: Context, question: str) -> bool:
    """Whether another organisation is what a question asks about: a subservice organisation
    of the reports or a well-known hosting provider named as the subject, right after the
    question's verb ("Does Hetzner hold an ISO 27001 certificate?")."""
    m = _SUBJECT_RX.match(question)
    if m is None or _OUR_REPORT_RX.search(question):
        # "Does Google Cloud's data centre security fall within your SOC 2?" is about ours.
        return False
    rest = " " + " ".join(_WORD_RX.findall(m["rest"].casefold()))[:80] + " "
    return any(rest.startswith(f" {name} ") for name in _other_orgs(ctx))


def others_report(ctx: Context, question: str) -> bool:
    """Whether a question asks about another organisation's own report or certificate:
    "Does Azure's SOC 2 report have exceptions?", "AWS's ISO 27001 certificate", "your data
    centre operator's audit", "your colocation provider ... in its SOC reports", "the SOC 2
    report of Viettel IDC"."""
    if _ROLE_REPORT_RX.search(question) and not _OUR_REVIEW_ASK_RX.match(question):
        return True
    lowered = question.casefold().replace("’", "'")
    return any(
        # "AWS's SOC 2", "Amazon Web Services' SOC 2 report".
        re.search(rf"\b{re.escape(name)}'s?\s+(own\s+)?(\w+\s+){{0,2}}{_REPORT_WORD}", lowered)
        # "Did AWS have exceptions in its own SOC 2 report?"
        or re.search(
            rf"\b{re.escape(name)}\b[^?]{{0,60}}?\b(its|their)\s+(own\s+)?(most\s+recent\s+|"
            rf"latest\s+|last\s+|current\s+)?(\w+\s+)?{_REPORT_WORD}",
            lowered,
        )
        or re.search(
            rf"{_REPORT_WORD}\s+(reports?\s+)?(of|from|for)\s+{re.escape(name)}\b", lowered
        )
        # "the Betalo Payments SOC 2": the name, a word of it at most, then the report.
        or re.search(rf"\b(the\s+)?{re.escape(name)}(\s+\w+)?\s+{_REPORT_WORD}", lowered)
        for name in _other_orgs(ctx)
        if name in lowered
    )


_REPORT_WORD = r"(soc|iso|reports?|certific\w*|attestations?|audits?|pci|aoc)\b"
# What the vendor does with others' reports: "Do you review your vendors' SOC reports?" asks a
# practice of ours.
_OUR_REVIEW_ASK_RX = re.compile(
    r"\s*(do|does|did|will|how\s+do)\s+(you|your\s+(team|company|organi[sz]ation|staff))\s+"
    r"(\w+\s+)?(review|obtain|collect|request|assess|evaluate|monitor|check|read|require|"
    r"analy[sz]e|track|verify)",
    re.I,
)
# A report a provider named by its role holds: "your data centre operator's audit", "your
# colocation provider ... in its SOC reports".
_ROLE_NOUNS = (
    r"(providers?|operators?|vendors?|suppliers?|sub-?processors?|sub-?contractors?|partners?|"
    r"hosts?|subservice\s+organi[sz]ations?|data\s*cent(er|re)s?|colocation\s+(site|facility))"
)
_ROLE_REPORT_RX = re.compile(
    rf"\b{_ROLE_NOUNS}(['’]s?|s['’])\s+(own\s+)?(\w+\s+){{0,2}}{_REPORT_WORD}|"
    rf"\b{_ROLE_NOUNS}\b[^?]{{0,60}}?\b(its|their)\s+(own\s+)?(most\s+recent\s+|latest\s+|"
    rf"last\s+|current\s+)?(\w+\s+)?{_REPORT_WORD}",
    re.I,
)


def _other_orgs(ctx: Context) -> frozenset[str]:
    """The names by which a question may name another organisation: well-known providers,
    the reports' subservice organisations, and the words that tell those apart."""
    subservice = tuple(org.name for r in ctx.inventory.reports for org in r.subservice_orgs)
    return _org_names(subservice + ctx.named_orgs)


@lru_cache(maxsize=64)
def _org_names(orgs: tuple[str, ...]) -> frozenset[str]:
    return _PROVIDER_NAMES.union(*map(provider_names, orgs), *map(org_words, orgs))


@lru_cache(maxsize=256)
def org_words(name: str) -> frozenset[str]:
    """The words that tell one organisation from another: "Meridian Data Centers, LLC" →
    {"meridian"}; a provider's aliases too ("aws")."""
    words = _WORD_RX.findall(name.lower())
    own = frozenset(w for w in words if w not in _ORG_GENERIC and len(w) > 2)
    return own | {alias for alias in provider_names(name)[1:] if " " not in alias}


_ORG_GENERIC_TEXT = (
    "data center centers centre centres services service web cloud bank inc llc ltd limited "
    "corp corporation company the first national platform systems group technologies "
    "solutions and of n a na gmbh plc hosting online"
)
_ORG_GENERIC = frozenset(_ORG_GENERIC_TEXT.split())


_OUR_REPORT_RX = re.compile(
    r"\b(your|our)\s+(\w+\s+){0,3}?(reports?|soc|audits?|attestations?|certifications?)\b", re.I
)
_SUBJECT_RX = re.compile(
    r"\s*(?:does|do|has|have|is|are|was|were|did|can|will)\s+(?:the\s+)?(?P<rest>.+)", re.I
)


def only_planned(question: str, text: str) -> bool:
    """Whether every sentence of `text` tells of what is planned or in progress ("We plan to
    hire a managed SOC ... from 2031") or of what was done in years it names ("We ran phishing
    simulations for all staff in 2028 and 2029"), for a question that asks of the present."""
    said = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    return (
        bool(said)
        and not _FUTURE_RX.search(question)
        and not _PAST_ASK_RX.search(question)
        and all(_FUTURE_RX.search(p) or _DONE_IN_YEARS_RX.search(p) for p in said)
    )


# A past verb of the vendor's with the years it was done in, and nothing said of since.
_DONE_IN_YEARS_RX = re.compile(
    r"^\s*(we|they)\s+(ran|held|performed|conducted|carried\s+out|did|had)\b[^.;]{0,80}?"
    r"\bin\s+(19|20)\d\d(\s*(,|and)\s*(19|20)\d\d)*\s*[.;]?\s*$",
    re.I,
)


def negated(question: str) -> bool:
    """A question put in the negative ("Do you not ...?", "Isn't it ...?")."""
    return bool(YES_NO_RX.match(question)) and bool(_NEGATED_RX.search(question.split("?")[0]))


def field_value(ctx: Context, question: str, choices: tuple[str, ...] = ()) -> Signed:
    """The vendor's own name, contact, hosting provider or the date of completion, where a
    field asks for it."""
    inv = ctx.inventory
    contact = inv.contact
    if _HOSTING_FIELD_RX.search(question) and _asks_for_a_name(question):
        return hosting_provider(ctx, choices)
    hosted = third_party_hosting(ctx, question, choices)
    if hosted.answer:
        return hosted
    if _COUNTRIES_ASK_RX.search(question):
        return data_countries(ctx)
    if _WORK_PLACES_ASK_RX.search(question):
        return work_places(ctx)
    if _DATA_PLACES_ASK_RX.search(question):
        return data_places(ctx)
    if _HQ_COUNTRY_ASK_RX.search(question):
        return headquarters_country(ctx)
    if _LIST_RX.search(question):
        # "Legal name and registered address": half an answer is left for the reviewer.
        return NONE
    if _DATE_DONE_RX.search(question):
        return Signed(ctx.as_of.isoformat(), ctx.as_of.isoformat(), "as_of")
    person = _PERSON_ASK_RX.search(question)
    if person is not None:
        named = _person_responsible(contact, person["duty"])
        # "Who is responsible for ...?" may be answered by a party a text names ("Libraries
        # are responsible for ..."); a field for a person's name only by a person.
        if named.answer or person["person"]:
            return named
    if contact is not None and _CONTACT_RX.search(question) and _our_contact(question):
        for rx, value in (
            (_EMAIL_RX, contact.email),
            (_PHONE_RX, contact.phone),
            (_TITLE_RX, contact.title),
        ):
            if rx.search(question):
                return Signed(value, value, "contact") if value else NONE
        if contact.name:
            return Signed(contact.name, contact.name, "contact")
    if (
        _NAME_RX.search(question)
        and inv.vendor
        and not _LEGAL_RX.search(question)
        and not OTHER_ENTITY_RX.search(question)
    ):
        # `vendor` is the name the vendor goes by; its legal entity name (", Inc.") is only
        # ever stated by an approved answer.
        return Signed(inv.vendor, inv.vendor, "vendor")
    return NONE


# A field or question asking who holds a duty: "Name of the person responsible for security",
# "Who is responsible for information security in your organization?".
_PERSON_ASK_RX = re.compile(
    r"^\s*(?:who\s+(?:is|are)|(?P<person>(?:full\s+)?names?\s+of\s+(?:the|your)\s+"
    r"(?:person|people|individual|officer|employee|executive|staff\s+member)(?:\s*\(s\))?|"
    r"(?:person|individual|officer)\s+))\s*(?:responsible|accountable|in\s+charge)\s+"
    r"(?:for|of)\s+(?P<duty>[^?]+)",
    re.I,
)
PERSON = "person"  # the source of a person asked for, stated or not
_DUTY_HELD_RX = re.compile(
    r"\b(responsib\w*|accountab\w*|in\s+charge|owns?|owners?|owned|led\s+by|leads?|heads?|"
    r"headed|reports?\s+to|appointed|designated|assigned)\b",
    re.I,
)


def _person_responsible(contact: Contact | None, duty: str) -> Signed:
    """The contact's name where their title holds the duty asked ("Security and Privacy
    Officer" for "security"); otherwise a blank: a sentence that names no one is no answer to
    "who", and a contact with another title is not said to hold the duty."""
    asked = _duty_words(duty) - _duty_words(_DUTY_FRAME_TEXT)
    if not asked:
        return Signed("", "", PERSON)
    if contact and contact.name and contact.title and asked <= _duty_words(contact.title):
        return Signed(contact.name, f"{contact.name}, {contact.title}.", PERSON)
    return Signed("", "", PERSON)


# Words of a duty that say where it is held, not what it is ("security at your company").
_DUTY_FRAME_TEXT = (
    "information data overall company organization organisation firm business the your our "
    "at in of for and within across"
)


def _duty_words(text: str) -> frozenset[str]:
    """The stems of a duty's or a title's words ("security" is a frame word to subject_terms,
    and the one word a duty may have)."""
    return frozenset(_stem(w) for w in _WORD_RX.findall(text.lower()))


def legal_name_in(question: str, text: str) -> str | None:
    """The legal name an approved answer leads with, for a field asking for it ("Legal name of
    the responding entity" and "Contoso Learning Systems Inc., incorporated in Ontario")."""
    named = _LEGAL_RX.search(question) and _NAME_WORD_RX.search(question)
    if not (named or _NAME_RX.search(question)) or OTHER_ENTITY_RX.search(question):
        return None  # "Vendor Name", "Legal name of the responding entity"; not "Parent company"
    m = _LEGAL_NAME_RX.match(text.strip())
    return m[1] if m else None


_NAME_WORD_RX = re.compile(r"\bname\b", re.I)
_LEGAL_FORM = (
    r"(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|plc|PLC|LLP|LP|S\.A|SA|B\.V|BV|AG|"
    r"Pty\s+Ltd|SAS|S\.r\.l|Co|K\.K|KK|S\.L|SL|Oy|AB|AS|A/S|ApS|NV|N\.V|SpA|S\.p\.A)\.?"
)
# "Contoso Learning Systems Inc.", "Nuriplay Co., Ltd." (a form of two parts kept whole).
_LEGAL_NAME_RX = re.compile(
    rf"^((?:[A-Z0-9][\w&'’.-]*,?\s+){{1,8}}?{_LEGAL_FORM}(?:,?\s+{_LEGAL_FORM})*)(?=[,;]|\s|$)"
)


def country_named(question: str, text: str) -> str | None:
    """The country a text names first, for a field that asks for a country ("Country of
    Company Headquarters" and "Our headquarters are at ..., Boston, MA, United States.")."""
    if not _COUNTRY_FIELD_RX.search(question):
        return None
    if _HQ_RX.search(question):
        # "Country of Company Headquarters": the sentence that says where the headquarters
        # are, a city by its country ("in Denver, Colorado"), not a partner's country after it.
        said = next((x for x in _SENTENCE_RX.split(text) if _HQ_RX.search(x)), "")
        m = _COUNTRY_RX.search(said)
        if m:
            return _country(m[0])
        places = named_places(said)
        return places[0][1] if places else None
    m = _COUNTRY_RX.search(text)
    return _country(m[0]) if m else None


_COUNTRY_FIELD_RX = re.compile(r"^\s*country\b|\bcountry\s*(of|\(|:|$)|\bwhich country\b", re.I)


def data_countries(ctx: Context) -> Signed:
    """The countries where the customer's data is kept, as the approved answers on where data
    is stored name them: a country ("both in the United States"), a cloud region
    ("eu-west-2", "Azure Poland Central") or a city ("backups in Helsinki"), in the sentences on
    where data is kept, not on who views it from where. A country named only as where the data
    is not ("not replicated to Canada"), or as whose the data is ("US customers"), is left out;
    and where a place is named that cannot be put in a country, nothing is written: a list of
    "all countries" that leaves one out is untrue."""
    found: list[str] = []
    source = None
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not _WHERE_DATA_RX.search(answer.question):
            continue
        for said in storage_sentences(answer.answer):
            places = _kept_in(said)
            if places is None:
                return NONE
            found += places
            source = source or answer
    if not found or source is None:
        return NONE
    countries = ", ".join(dict.fromkeys(found))
    return Signed(countries, f"{source.answer} (approved answer to: {source.question})", "answer")


def data_places(ctx: Context) -> Signed:
    """Where the customer's data is kept, for a field that asks it ("Vendor Hosting Regions",
    "Data Zone"): the sentences of the approved answer on where data is stored that say so, in
    the vendor's words."""
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if _WHERE_DATA_RX.search(answer.question):
            said = " ".join(storage_sentences(answer.answer))
            if said:
                return Signed(said, f"{said} (approved answer to: {answer.question})", "answer")
    return NONE


def work_places(ctx: Context) -> Signed:
    """Where the vendor's people work, for a field that asks it ("Employee Work Locations"):
    the sentences of the approved answers on where the company is that say where its
    employees, staff or contractors work, in the vendor's words."""
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not _WHERE_COMPANY_RX.search(answer.question) or _WHERE_DATA_RX.search(answer.question):
            continue  # "Where is data stored?": who views it from where is not where they work
        sentences = _WHOLE_SENTENCE_RX.split(answer.answer.strip())
        work = [x for x in sentences if _WORK_PLACE_RX.search(x) and not _VIEWED_RX.search(x)]
        # Where the headquarters are is where people work too ("Our headquarters are in
        # Singapore. Our support team works in Kuala Lumpur."): a list of all locations
        # without it would leave one out.
        head = [x for x in sentences if _HQ_RX.search(x) and x not in work]
        said = " ".join([*head, *work]) if work else ""
        if said:
            return Signed(said, f"{said} (approved answer to: {answer.question})", "answer")
    return NONE


_WORK_PLACES_ASK_RX = re.compile(
    r"\b(employees?|staff|personnel|workforce|vendor|company|team)['’]?s?\s+work\s+locations?\b|"
    r"^\W*work\s+locations?\b|\bwhere\s+(do|does)\s+(your\s+|the\s+)?(employees|staff|"
    r"personnel|people|team|workforce)\s+work\b",
    re.I,
)
# A field naming where data is kept: "Vendor Hosting Regions", "Data Zone", "Hosting location".
_DATA_PLACES_ASK_RX = re.compile(
    r"^\W*((vendor|solution|service|product)\s+)?(hosting|data|storage)\s+(regions?|zones?|"
    r"locations?|residency)\W*$",
    re.I,
)
_WHERE_COMPANY_RX = re.compile(
    r"\bwhere\b|\blocat|\boffices?\b|\bhead-?quarter|\bhead\s+office\b|\bemployees\b|\bstaff\b|"
    r"\bheadcount\b|\bworkforce\b",
    re.I,
)
# "Employees work in Manchester and Lisbon", "We have 86 employees, in Berlin, in Porto".
_WORK_PLACE_RX = re.compile(
    r"\b(employees|staff|people|personnel|workforce|teams?|engineers|developers|consultants|"
    r"contractors)\b[^.;]{0,40}?\b(work(s|ing)?|based|located|in)\b[^.;]{0,80}?"
    r"\b(in|from|at)\s+(the\s+|our\s+)?[A-Z]",
    re.I,
)


def storage_sentences(text: str) -> list[str]:
    """The sentences of an answer on where data is stored that say where it is kept ("stored
    in AWS Frankfurt", "backups in Helsinki"), not who may view it from where ("Support staff
    in Porto can view ..."); a sentence that names a cloud region or a place is one ("between
    AWS London (eu-west-2) and AWS N. Virginia (us-east-1)")."""
    return [
        said
        for said in _WHOLE_SENTENCE_RX.split(text.strip())
        if (_STORED_RX.search(said) or named_places(said) or _COUNTRY_RX.search(said))
        and not (_VIEWED_RX.search(said) and not _KEPT_WORD_RX.search(said))
    ]


def _kept_in(said: str) -> list[str] | None:
    """The countries a sentence on where data is stored keeps it in, in order; None where it
    names a place (or a region, a site) no country can be given for."""
    skipped = [m.span("place") for m in _WHOSE_PLACE_RX.finditer(said)]
    countries: list[str] = []
    for clause in _STORAGE_CLAUSE_RX.split(said):
        denial = _DENIAL_RX.search(clause)
        located = [(m.start(), _country(m[0]), m.end()) for m in _COUNTRY_RX.finditer(clause)]
        located += [(at, country, at) for at, country in named_places(clause)]
        offset = said.find(clause)
        kept = []
        for at, country, end in sorted(located):
            if any(a <= offset + at < b for a, b in skipped) or _WHOSE_AFTER_RX.match(clause[end:]):
                continue  # "Our researchers in Pune, India", "US customers"
            if denial and denial.start() < at and not _ENDS_OUTSIDE_RX.search(clause[:at]):
                continue  # "no data is stored in India"
            kept.append(country)
        unplaced = any(
            not _placed(m["name"])
            for m in _IN_NAME_RX.finditer(clause)
            # A place that says whose the data is or who the people are is not where it is.
            if not any(a <= offset + m.start("name") < b for a, b in skipped)
        )
        if not denial and (_SITE_RX.search(clause) or (unplaced and not kept)):
            # "stored in Kraków-Nowa Huta", "backups are kept in a second region": a place
            # put in no country.
            return None
        countries += kept
    return countries


def _placed(name: str) -> bool:
    """Whether a capitalised name after "in" is a place a country is known for, a provider or
    an owner ("in AWS Frankfurt", "in Mainport's data centres"), not an unknown town."""
    folded = name.casefold()
    return bool(
        _COUNTRY_RX.search(name)
        or named_places(name)
        or _PLACE_RX.search(name)
        or name.endswith(("'s", "’s"))
        or any(folded.startswith(p) for p in _PROVIDER_NAMES)
    )


# Sentences end at a full stop after a word, not after an initial ("N. Virginia").
_WHOLE_SENTENCE_RX = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bSt\.)\s+|(?<=;)\s+")
_STORED_RX = re.compile(
    r"\b(stor(ed|es|e|age)|host(ed|s|ing)|kept|keeps?|back(ed)?[- ]?ups?|replica\w*|cop(y|ies)|"
    r"copied|data\s*cent(er|re)s?|regions?|servers?|colocation|cloud|resides?|housed|located|"
    r"process(ed|es))\b",
    re.I,
)
_KEPT_WORD_RX = re.compile(
    r"\b(stored|hosted|kept|back[- ]?ups?|replica\w*|housed|resides?)\b", re.I
)
_VIEWED_RX = re.compile(
    r"\b(view|views|viewed|see|read|reads|access|accesses|accessed|log\s+in)\b", re.I
)
_STORAGE_CLAUSE_RX = re.compile(r";\s|,\s+but\s|\sbut\s|\.\s", re.I)
# Places that say whose the data or who the people are: "Customers in India are hosted ...",
# "Our researchers in Pune, India, view ...".
_WHOSE_PLACE_RX = re.compile(
    r"\b(?i:customers?|clients?|accounts?|users?|tenants?|institutions?|staff|teams?|engineers?|"
    r"employees|people|personnel|researchers|contractors?|developers|partners?|offices?|"
    r"headquarters|agents|analysts|hospitals|schools|members|patients|merchants|banks|councils)"
    r"\s+(?i:located\s+|based\s+)?(?i:in|from)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w.'’-]*(?:(?:,\s*|\s+(?:and|or)\s+|\s+)(?:the\s+)?[A-Z][\w.'’-]*)*)"
)
_WHOSE_AFTER_RX = re.compile(
    r"^[\s-]*(based\s+)?(customers?|clients?|accounts?|users?|tenants?|institutions?|ones|staff|"
    r"employees|teams?)\b",
    re.I,
)
# A site without a name: "in a second region", "at another facility".
_SITE_RX = re.compile(
    r"\b(in|to|at)\s+(a|an|another|other|a\s+second|a\s+separate|a\s+secondary)\s+(\w+\s+)?"
    r"(regions?|data\s*cent(er|re)s?|facilit(y|ies)|sites?|locations?)\b",
    re.I,
)
_IN_NAME_RX = re.compile(
    r"\b(?:in|at)\s+(?:the\s+|our\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*)"
)


def headquarters_country(ctx: Context) -> Signed:
    """The country of the vendor's headquarters, as the approved answer on where it is
    headquartered names it in the sentence that says so ("Our headquarters are in Bengaluru,
    India."); NONE when that sentence names no country or several."""
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not _HQ_RX.search(answer.question):
            continue
        said = next((x for x in _SENTENCE_RX.split(answer.answer) if _HQ_RX.search(x)), "")
        countries = {_country(m[0]) for m in _COUNTRY_RX.finditer(said)}
        if len(countries) == 1:
            fact = f"{said} (approved answer to: {answer.question})"
            return Signed(countries.pop(), fact, "answer")
    return NONE


def company_based_in(ctx: Context, question: str) -> Signed:
    """Yes or No to "Is your company based in Canada?", "Is Navlunet's registered head office in
    Hamburg?" from the approved answer on where the company is headquartered or registered, by
    its main clause (not a subsidiary's, a branch's or an office's); NONE otherwise."""
    m = _COMPANY_WHERE_ASK_RX.search(question)
    if m is None or _NOT_COMPANY_RX.search(question) or org_is_subject(ctx, question):
        return NONE  # "Is Sendwave Chat based in Nigeria?" is another company's
    asked = _places(m["place"])
    if not asked:
        return NONE
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not _COMPANY_WHERE_RX.search(answer.question):
            continue
        body = _LEAD_RX.sub("", answer.answer.strip())
        main = _BRANCH_RX.split(_SENTENCE_RX.split(body)[0])[0]
        places = _places(main) - _REGIONS.keys()
        if not places:
            continue
        said = f"{answer.answer} (approved answer to: {answer.question})"
        return Signed("Yes" if asked & places else "No", said, "answer")
    return NONE


def company_where_asked(question: str) -> bool:
    """Whether a question asks where the company itself is based or registered."""
    return bool(_COMPANY_WHERE_ASK_RX.search(question)) and not _NOT_COMPANY_RX.search(question)


# "Is your company based in Canada?", "registered head office in Hamburg?"
_COMPANY_WHERE_ASK_RX = re.compile(
    r"\b(based|head-?quartered|registered|incorporated|domiciled|head\s*office|headquarters)\b"
    r"[^?]{0,25}?\bin\s+(?:the\s+)?(?P<place>[A-Z][\w .]{1,30}?)\s*\??$",
)
_NOT_COMPANY_RX = re.compile(
    r"\b(data|servers?|hosted|stored|staff|employees|support|backups?|customers?|users?)\b", re.I
)
# An approved answer on where the company is: headquarters, registration, legal entity.
_COMPANY_WHERE_RX = re.compile(
    r"\bhead-?quarter|\bhead\s+office|\bregistered|\blegal\s+(entity|name)|\bincorporat|"
    r"\bwhere\s+are\s+you\s+based|\bcompany\s+address",
    re.I,
)
# Where a subsidiary, a branch or an office begins: "; subsidiary ...", ", with an office in".
_BRANCH_RX = re.compile(
    r";|\b(subsidiar\w*|branch\w*|also|with\s+(an?\s+)?(office|offices|branch)|"
    r"(and|our)\s+(an?\s+)?offices?\s+in)\b",
    re.I,
)
_HQ_RX = re.compile(r"\bhead-?quarter(s|ed)?\b|\bhead\s+office\b", re.I)
_HQ_COUNTRY_ASK_RX = re.compile(r"\bcountry\b[^?]{0,40}\b(head-?quarter|head\s+office)", re.I)


def data_crosses_border(ctx: Context, question: str) -> Signed:
    """Yes to "Is institutional data coming into or going out of the United States at any
    point?" where the approved answer on where data is kept names another country where it
    is stored or seen (a No needs more than a list: NONE otherwise)."""
    m = _CROSSING_ASK_RX.search(question)
    if m is None:
        return NONE
    asked = _places(m["place"])
    if not asked:
        return NONE
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not _WHERE_DATA_RX.search(answer.question):
            continue
        if _CHOICE_RX.search(answer.answer):
            # "the region the customer chooses, Canada Central or East US 2": where this
            # institution's data goes is its own choice.
            return NONE
        kept = " ".join(p for p in _PART_RX.split(answer.answer) if not _DENIAL_RX.search(p))
        others = _places(kept) - asked - _REGIONS.keys()
        # Data crosses the border asked only where it is there and elsewhere too: "stored in
        # Warsaw, backups in Sweden" says nothing of data coming from the United States.
        if others and _places(kept) & asked:
            said = f"{answer.answer} (approved answer to: {answer.question})"
            return Signed("Yes", said, "answer")
    return NONE


def _inventory_texts(ctx: Context, answers_first: bool = False) -> list[tuple[str, str, str]]:
    """Every control and approved answer as (what is said with its source, the text, the
    source id), controls first unless `answers_first`."""
    controls = [
        (f"{c.description} (control {c.id})", c.description, c.id) for c in ctx.inventory.controls
    ]
    answers = [
        (f"{a.answer} (approved answer to: {a.question})", a.answer, "answer")
        for a in (*ctx.inventory.answers, *ctx.answers)
    ]
    return answers + controls if answers_first else controls + answers


def kept_within(ctx: Context, question: str) -> Signed:
    """No to "Do kiosk transaction journals ever leave Jamaica?" where a control says that what
    is asked stays in the place ("kiosk transaction journals stay in Jamaica", "... never leave
    Kenya") and no other sentence of the inventory on it names another country. NONE
    otherwise."""
    m = next((m for m in _LEAVING_PLACE_RX.finditer(question) if _places(m[1])), None)
    if m is None:
        return NONE
    asked = _places(m[1])
    thing = subject_terms(question[: m.start()]) - _GENERAL_TERMS
    if not thing:
        return NONE  # "Does data leave Kenya?": which data is for the sentence to say
    found = NONE
    for said, text, source in _inventory_texts(ctx):
        for sentence in _SENTENCE_RX.split(text):
            if not thing <= subject_terms(sentence):
                continue
            stays = _STAYS_WITHIN_RX.search(sentence)
            if (
                stays is not None
                and _places(stays["place"]) == asked
                # "remain in Jamaica ... before the nightly upload to Miami", "stay in Jamaica
                # until ... copies them to Toronto": for a while, then they leave.
                and not _places(sentence) - asked - _REGIONS.keys()
                and not _LEAVING_WORD_RX.search(sentence)
            ):
                found = found if found.answer else Signed("No", said, source)
            elif _places(sentence) - asked - _REGIONS.keys() or _LEAVING_WORD_RX.search(sentence):
                return NONE  # "journals are copied to Miami nightly": it leaves
    return found


# "stay in Jamaica", "never leave Kenya", "remain within the EU", "are kept only in Chile".
_STAYS_WITHIN_RX = re.compile(
    r"\b(?:(?:stays?|remains?|(?:is|are)\s+kept)\s+(?:only\s+)?(?:in|within|inside)|"
    r"(?:never|not)\s+leaves?)\s+(?P<place>(?:the\s+)?[A-Z][^.;,]{1,40})",
    re.I,
)
# A way out of a place: "whenever they leave", "upload to", "copied to", "until", "sent".
_LEAVING_WORD_RX = re.compile(
    r"\b(?<!not\s)(?<!never\s)(leaves?|left|uploads?|uploaded|upload|cop(y|ies|ied)|sent|sends?|"
    r"transferr?\w*|replicat\w*|exported?|until|before\s+(the\s+)?\w+\s+(upload|transfer|"
    r"export|archive))\b",
    re.I,
)


def uptime_short(ctx: Context, question: str) -> Signed:
    """No to "Do you commit to 99.9% availability?" where the approved answer on uptime states
    only lower levels ("a 99.5% monthly availability SLA on the Professional plan"): no plan
    is committed to the level asked. NONE where any stated level meets it (which plans do is
    for the reviewer) or none is stated."""
    asked = _PERCENT_RX.search(question) if "%" in question or "percent" in question else None
    if asked is None or not _UPTIME_RX.search(question):
        return NONE
    level = float(asked[1])
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not _UPTIME_RX.search(answer.question):
            continue
        stated = [float(m[1]) for m in _PERCENT_RX.finditer(answer.answer)]
        if stated and all(x < level for x in stated):
            said = f"{answer.answer} (approved answer to: {answer.question})"
            return Signed("No", said, "answer")
    return NONE


_UPTIME_RX = re.compile(r"\b(uptime|availability|service\s+level|SLA)\b", re.I)


_ACCESS_TOO_RX = re.compile(r"\b(accessed|viewed|seen|reachable|supported|administered)\b", re.I)


def _where_kept_answers(ctx: Context, question: str) -> Iterator[ApprovedAnswer]:
    """The approved answers on where data is kept, in order, up to one by which where this
    customer's data goes depends on it: its choice, or its country ("Canadian libraries' data
    is stored in Canada; US libraries' data in Virginia"), after which none is said."""
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not _WHERE_DATA_RX.search(answer.question) or (
            _VIEWED_RX.search(answer.question) and not _KEPT_WORD_RX.search(answer.question)
        ):
            continue  # "Where is customer data accessed from?" says who sees it, not where
        if _CHOICE_RX.search(answer.answer) or _per_group(answer.answer, question):
            return
        yield answer


def _kept_said(question: str, text: str) -> str:
    """The sentences of an answer on where data is kept that say where it is kept (of the
    product asked), not where it is not nor who views it from where."""
    return _without_whose_places(
        " ".join(
            p
            for p in _SENTENCE_RX.split(of_named_product(question, text))
            if _KEPT_RX.search(p)
            and not _DENIAL_RX.search(p)
            # "none is stored in New Zealand except results on the labs' own PCs".
            and not _NONE_RX.search(p)
            # "Zuri Support agents in Kampala, Uganda, view BloodTrack data": who sees it.
            and not (_VIEWED_RX.search(p) and not _KEPT_WORD_RX.search(p))
        )
    )


def kept_outside(ctx: Context, question: str) -> Signed:
    """Yes to "Is customer data stored outside New Zealand?" where the approved answer on where
    data is kept keeps it in a country outside the place ("In AWS Sydney, Australia"); NONE
    otherwise (a No is `denies`' "only within")."""
    m = _OUTSIDE_PLACE_RX.search(question) if any(c.isupper() for c in question) else None
    if m is None or not _DATA_ASKED_RX.search(question[: m.start()]):
        return NONE
    if not _STORED_ASK_RX.search(question[: m.start()]) or _ACCESS_TOO_RX.search(question):
        return NONE  # "accessed from outside ...?", "transferred outside ...?" ask of more
    verb = list(_STORED_ASK_RX.finditer(question[: m.start()]))[-1]
    if _PEOPLE_PLACED_RX.search(question[: verb.start()]):
        return NONE  # "Can staff located outside Canada view our data?": where people are
    asked = _places(m[1])
    if len(asked) != 1:
        return NONE
    inside = set(asked) | _REGIONS.get(next(iter(asked)), frozenset())
    for answer in _where_kept_answers(ctx, question):
        kept = _of_named(ctx, question[: m.start()], answer.answer)
        places = _storage_places(_kept_said(question, kept))
        if places - inside - _REGIONS.keys():
            said = f"{answer.answer} (approved answer to: {answer.question})"
            return Signed("Yes", said, "answer")
    return NONE


def _storage_places(kept: str) -> frozenset[str]:
    """The countries data is kept in, as sentences on where it is kept name them: not where the
    company is ("headquartered in Sydney, Australia"), nor a country's name inside another
    place's ("New Mexico", "Lebanon, New Hampshire": a city before its state)."""
    found: set[str] = set()
    for part in _WHERE_KEPT_SPLIT_RX.split(kept):
        if _COMPANY_PLACE_RX.search(part):
            continue
        # After the verb that keeps it: "Data of New Zealand laboratories ... is stored in
        # Sydney" names whose data before it.
        verb = _STORED_VERB_RX.search(part)
        part = part[verb.end() :] if verb else part
        found |= {country for _, country in named_places(part)}
        for m in _PLACE_RX.finditer(part):
            if part[max(0, m.start() - 4) : m.start()].lower() == "new " or re.match(
                r",\s+[A-Z]", part[m.end() :]
            ):
                continue
            found.add(_place(m[0]))
    return frozenset(found)


_NONE_RX = re.compile(r"\b(none|nothing|neither|nowhere)\b", re.I)
_STORED_VERB_RX = re.compile(
    r"\b(stored|hosted|kept|located|resides?|held|housed|processed|replicated|backed\s+up|copied|"
    r"runs?|lives?)\b",
    re.I,
)
_WHERE_KEPT_SPLIT_RX = re.compile(r";\s*|\.\s+|\s(?:and|but|while|whereas)\s", re.I)
# Where the company is, not its data: "headquartered in", "our offices in", "incorporated".
_COMPANY_PLACE_RX = re.compile(
    r"\b(headquarter\w*|head\s+office|based\s+in|incorporated|registered\s+(in|office)|founded|"
    r"our\s+company|the\s+company)\b",
    re.I,
)


# People named right before where something is: "staff located in", "engineers based in".
_PEOPLE_PLACED_RX = re.compile(
    r"\b(staff|employees?|personnel|people|engineers?|developers?|agents?|administrators?|admins?|"
    r"users?|team|workforce|contractors?|operators?|technicians?|analysts?|support)\s+"
    r"(\w+\s+)?$",
    re.I,
)
_STORED_ASK_RX = re.compile(
    r"\b(stored|store|kept|keep|hosted|host|located|reside|resides|held|hold|housed|backed\s+up)\b",
    re.I,
)


def data_kept_in(ctx: Context, question: str) -> Signed:
    """Yes to "Will data be collected from or processed in or stored in the EEA?" where the
    approved answer on where data is kept stores it in a country of the place asked ("stored
    in Germany"). A No needs every place of collection and processing as well: NONE otherwise
    (a question without "collected from" is ruled out by `denies`' "only elsewhere")."""
    m = _IN_PLACE_RX.search(question) if any(c.isupper() for c in question) else None
    if m is None or not _DATA_ASKED_RX.search(question[: m.start()]):
        # "Are encryption keys stored in the US?" is not answered by where data is kept.
        return NONE
    if _PEOPLE_PLACED_RX.search(question[: m.start()]):
        # "Is access to customer data restricted to staff located in the EU?": where the
        # people are, which where data is kept does not say.
        return NONE
    if _ACCESS_TOO_RX.search(question):
        # "Is candidate data stored and accessed only in Japan?": where it is seen from too,
        # which where it is kept does not say.
        return NONE
    asked = _place(m["place"])
    inside = {asked} | _REGIONS.get(asked, frozenset())
    for answer in _where_kept_answers(ctx, question):
        kept = _kept_said(question, _of_named(ctx, question[: m.start()], answer.answer))
        if _PRIMARY_ASK_RX.search(question):
            # "Is primary customer data hosted in Germany?": not where backups are copied.
            kept = _COPIES_RX.sub(" ", kept)
        said = f"{answer.answer} (approved answer to: {answer.question})"
        # The countries and regions named, a city or a cloud region by its country ("AWS
        # Dublin": Ireland).
        places = _storage_places(kept)
        if _ONLY_ASK_RX.search(question) or _WHOLE_RX.search(question):
            # "Is all data stored exclusively in Mexico?": No where the data is also kept
            # elsewhere ("backups are copied to AWS US East"), Yes only where no other place
            # is named at all.
            if places - inside - _REGIONS.keys():
                return Signed("No", said, "answer")
            # Every place the sentences on where data is kept name, not where people view it
            # from ("support staff in Bengaluru view records").
            stored = _places(" ".join(storage_sentences(answer.answer)))
            if stored and stored <= inside and places:
                return Signed("Yes", said, "answer")
            return NONE
        if places & inside:
            return Signed("Yes", said, "answer")
    return NONE


def _of_named(ctx: Context, question: str, text: str) -> str:
    """`text` without its sentences on another of the vendor's products than the one a
    question names ("Is Vault data stored in the US?" and "Vault, Transcribe and Pay data is
    stored in Montreal. Depo video is stored in Oregon."): sentences naming the product asked,
    or none of them ("Backups of every product are in Virginia"), are kept."""
    products = ctx.product_words - _ARTICLE_WORDS
    asked = products_named(products, question)
    if not asked:
        return text
    kept = [
        x
        for x in _SENTENCE_RX.split(text)
        if asked & (said := products_named(products, x)) or not said
    ]
    return " ".join(kept) if kept else text


# A capitalised article the product finder may take for a product ("The", opening a sentence).
_ARTICLE_WORDS = frozenset(("The", "Our", "Your", "A", "An"))


_WHOLE_RX = re.compile(r"\b(all|every|entire|entirely)\b", re.I)
_PRIMARY_ASK_RX = re.compile(r"\b(primary|production|main|live)\b", re.I)
# Where copies are: "backups in Frankfurt", "with replicas in Melbourne", "(DR in Oregon)".
_COPIES_RX = re.compile(
    r"\b(back-?ups?|backed\s+up|replicas?|replicated|copies|copied|disaster\s+recovery|DR|"
    r"standby|secondary)\b[^.;,)]*",
    re.I,
)
_DATA_ASKED_RX = re.compile(r"\b(data|information|records|content|files)\b", re.I)
# Data kept by the customer's group: "Canadian libraries' data", "EU customers' data is".
_PER_GROUP_RX = re.compile(
    r"\bfor\s+(?:[A-Z][\w.]*\s+){1,3}(customers|clients|users|tenants|institutions|data)\b|"
    r"\b[A-Z][\w.]*\s+\w+(?:s'|'s|’s|s’)\s+(?:\w+\s+)?data\b|"
    r"\b(?i:for\s+(?:customers|clients|tenants|institutions)\s+(?:in|from|based\s+in))\b|"
    # "Customers in Portugal and Spain have been hosted in AWS Frankfurt"
    r"\b(?i:(?:customers|clients|tenants|institutions)\s+(?:in|from|based\s+in))\s+(?:the\s+)?[A-Z]"
)
# Data told apart by where it comes from: "records of workers in Vietnam", "records from
# Cambodia", "lists for wind farms in UK waters".
_GROUP_OF_RX = re.compile(
    r"(?:\b(?i:(?:records|data|information|files|lists)\s+(?:of\s+(?:[\w-]+\s+){0,2}?(?:in|from)|"
    r"from))|\b(?i:for\s+(?:[\w-]+\s+){1,3}?(?:in|from|based\s+in)))\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w-]*)"
)
_ALL_OTHER_RX = re.compile(r"\b(all\s+)?other\s+(customer\s+)?(data|records|information)\b", re.I)


def _per_group(text: str, question: str = "") -> bool:
    """Whether where data is kept depends on whose it is: by the customer's group ("EU
    customers' data"), or by where it comes from where a text tells two such ("records of
    workers in Vietnam ...; records from Cambodia ...", "... for UK waters; all other data
    ..."), or one the question does not ask of ("for UK waters" and "for German waters"). One
    group alone, the one asked ("data of titles in the Korea region is stored in Seoul"), is
    where that data is."""
    if _PER_GROUP_RX.search(text):
        return True
    groups = {m["place"].lower() for m in _GROUP_OF_RX.finditer(text)}
    asked = {m["place"].lower() for m in _GROUP_OF_RX.finditer(question)}
    return (
        len(groups) > 1
        or (len(groups) == 1 and bool(_ALL_OTHER_RX.search(text)))
        or bool(asked and groups and not asked & groups)
    )


# "coming into or going out of the United States", "leave or enter Canada".
_CROSSING_ASK_RX = re.compile(
    r"\b(?:coming\s+into\s+or\s+going\s+out\s+of|going\s+out\s+of\s+or\s+coming\s+into|"
    r"enter(?:ing)?\s+or\s+leav(?:e|ing))\s+(?P<place>(?:the\s+)?[A-Z][\w. ]{1,30}?)"
    r"(?=\s+at\b|\s+during\b|[?,])"
)
# A field asking where the data or the data centres are: "List all countries where data
# centers are located", "Country where customer data is stored".
_COUNTRIES_ASK_RX = re.compile(
    r"\bcountr(y|ies)\b[^?]{0,60}\b(data\s*cent(er|re)s?|data\b[^?]{0,30}\b(stored|hosted|"
    r"located|processed|resides?)|hosted|servers?)\b",
    re.I,
)
# An approved answer on where the data is kept.
_WHERE_DATA_RX = re.compile(
    r"\b(where|which\s+(regions?|countr(y|ies)|locations?)|regions?|countr(y|ies)|locations?|"
    r"residency)\b[^?]*\bdata\b|\bdata\b[^?]*\b(stored|hosted|located|reside|residency)\b",
    re.I,
)
_IN_RX = re.compile(r"\b(in|within|inside|outside(\s+of)?)\s+(the\s+)?$", re.I)
_ENDS_OUTSIDE_RX = re.compile(r"\boutside\s+(of\s+)?(the\s+)?\s*$", re.I)
_COUNTRY_TEXT = (
    "United States|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|United Kingdom|Ireland|"
    "Germany|France|Netherlands|Belgium|Luxembourg|Switzerland|Austria|Italy|Spain|Portugal|"
    "Sweden|Norway|Denmark|Finland|Iceland|Poland|Czech Republic|Czechia|Slovakia|Hungary|"
    "Romania|Bulgaria|Greece|Croatia|Slovenia|Estonia|Latvia|Lithuania|Israel|Turkey|"
    "United Arab Emirates|Saudi Arabia|Qatar|Bahrain|Kuwait|Oman|Egypt|South Africa|Nigeria|"
    "Kenya|Morocco|India|Pakistan|Bangladesh|Sri Lanka|Singapore|Malaysia|Indonesia|"
    "Philippines|Thailand|Vietnam|China|Hong Kong|Taiwan|Japan|South Korea|Australia|"
    "New Zealand|Ukraine|Serbia|Costa Rica|Uruguay|"
    # The rest, so that a place question about any of them is one (not "Georgia", "Jordan" or
    # "Chad": as often a US state or a name).
    "Afghanistan|Albania|Algeria|Andorra|Angola|Armenia|Azerbaijan|Bahamas|Barbados|Belarus|"
    "Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brunei|Burkina Faso|Burundi|"
    "Cambodia|Cameroon|Cape Verde|Cyprus|Democratic Republic of the Congo|Dominican Republic|"
    "Ecuador|El Salvador|Eritrea|Eswatini|Ethiopia|Fiji|Gabon|Gambia|Ghana|Guatemala|Guyana|"
    "Haiti|Honduras|Iran|Iraq|Ivory Coast|Jamaica|Kazakhstan|Kosovo|Kyrgyzstan|Laos|Lebanon|"
    "Lesotho|Liberia|Libya|Liechtenstein|Madagascar|Malawi|Maldives|Malta|Mauritania|Mauritius|"
    "Moldova|Monaco|Mongolia|Montenegro|Mozambique|Myanmar|Namibia|Nepal|Nicaragua|"
    "North Macedonia|Panama|Papua New Guinea|Paraguay|Puerto Rico|Russia|Rwanda|Senegal|"
    "Sierra Leone|Somalia|South Sudan|Sudan|Suriname|Syria|Tajikistan|Tanzania|Trinidad and Tobago|"
    "Tunisia|Turkmenistan|Uganda|Uzbekistan|Venezuela|Yemen|Zambia|Zimbabwe"
)
# Abbreviations spelled out; "US" and "UK" only in capitals ("us" is a pronoun).
_COUNTRY_NAMES = {
    "USA": "United States",
    "U.S.": "United States",
    "US": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Türkiye": "Turkey",
}
_CANONICAL = {name.casefold(): name for name in _COUNTRY_TEXT.split("|")}


def _country(matched: str) -> str:
    """A country as _COUNTRY_RX found it, by its full name ("USA", "canada" → "Canada")."""
    return _COUNTRY_NAMES.get(matched) or _CANONICAL[matched.casefold()]


_COUNTRY_RX = re.compile(
    r"\b(?i:" + _COUNTRY_TEXT + r")\b|\b(USA|US|UK|Türkiye)\b|\bU\.[SK]\.",
)


def _hosting_orgs(ctx: Context) -> list[SubserviceOrg]:
    """The subservice organisations the reports name whose services are hosting."""
    return [
        org
        for report in ctx.inventory.reports
        for org in report.subservice_orgs
        if any(_HOSTING_SERVICE_RX.search(s) for s in org.services)
    ]


def ai_switch(ctx: Context, question: str) -> Signed:
    """Yes to "Can your solution's AI features be disabled by tenant?" where the approved
    answer on AI says the feature is off by default or until turned on, or that the customer's
    administrator can turn it on or off. NONE otherwise."""
    if not (
        _SWITCH_ASK_RX.search(question)
        and _AI_RX.search(question)
        and _FEATURE_RX.search(question)
        and not _TRAINING_ASK_RX.search(question)
    ):
        return NONE  # "Can customers opt out of AI training?" asks of the data, not a feature
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not (_AI_RX.search(answer.question) and _SWITCH_RX.search(answer.answer)):
            continue
        said = f"{answer.answer} (approved answer to: {answer.question})"
        if _NO_SWITCH_RX.search(answer.answer):
            # "... operators can switch it off ... Our no-show forecast ... cannot be switched
            # off": one feature can be, another cannot. For the reviewer.
            return Signed("", said, "answer")
        return Signed("Yes", said, "answer")
    return NONE


_NO_SWITCH_RX = re.compile(
    r"\b(cannot|can['’]t|may\s+not)\s+be\s+(switched|turned)\s+off\b|"
    r"\b(cannot|can['’]t)\s+be\s+disabled\b|\balways\s+(on|enabled)\b",
    re.I,
)


def card_data_kept_out(ctx: Context, question: str) -> Signed:
    """No to "Do your systems store, process, or transmit cardholder data?" (or "a product
    handling payment card data?") where an approved answer or a control keeps card data from
    the vendor ("card numbers never reach our systems", "we do not accept payment cards", or a
    denial of every act asked: "we do not store, process or transmit card numbers") and nothing
    in the inventory says the vendor handles it. NONE otherwise."""
    if not (_CARD_ASK_RX.search(question) and _CARD_ACT_ASK_RX.search(question)):
        return NONE
    if _CARD_CREDENTIAL_RX.search(question) or any(
        r.kind == "PCI DSS" and "service provider" in (r.title or r.scope or "").lower()
        for r in ctx.inventory.reports
    ):
        # "Are you PCI DSS compliant for card data?" asks of an attestation; a service
        # provider's attestation says the vendor handles card data.
        return NONE
    asked = {_CARD_ACTS[m.lower()[:5]] for m in _CARD_ACT_ASK_RX.findall(question)}
    texts = [
        (f"{a.answer} (approved answer to: {a.question})", "answer", a.answer)
        for a in (*ctx.inventory.answers, *ctx.answers)
    ] + [
        (f"{c.description} (control {c.id}).", c.id, c.description) for c in ctx.inventory.controls
    ]
    if any(
        _CARD_HANDLED_RX.search(p) and not _DENIAL_RX.search(p)
        for _, _, text in texts
        for p in _PART_RX.split(text)
    ):
        return NONE
    for said, source, text in texts:
        if _CARD_NEVER_RX.search(text):
            return Signed("No", said, source)
        denied = _CARD_DENIED_RX.search(text)
        if denied is not None:
            acts = {_CARD_ACTS.get(w.lower()[:5], "") for w in _WORD_RX.findall(denied["acts"])}
            if "handle" in acts or ("handle" not in asked and asked <= acts):
                return Signed("No", said, source)
    return NONE


_CARD_ASK_RX = re.compile(
    r"\b(card\s*holder|payment\s+cards?|credit\s+cards?|debit\s+cards?|card\s+(data|numbers?))\b",
    re.I,
)
_CARD_ACT_ASK_RX = re.compile(r"\b(stor\w*|process\w*|transmit\w*|handl\w*)\b", re.I)
# Each act by its first letters: "stores", "processing", "handled".
_CARD_ACTS = {"store": "store", "stori": "store", "proce": "process", "trans": "transmit"}
_CARD_ACTS |= {"handl": "handle", "accep": "handle", "touch": "handle"}
_CARD_CREDENTIAL_RX = re.compile(
    r"\b(complian\w*|certif\w*|attest\w*|AoC|SAQ|RoC|report\s+on\s+compliance|audit\w*|"
    r"tokeni[sz]\w*|third[- ]part\w*|provider|processor)\b",
    re.I,
)
# Card data kept from the vendor at the door: "card numbers never reach our systems", "we do
# not accept payment cards", "no payment features".
_CARD_NEVER_RX = re.compile(
    r"\bcard\s+(numbers?|data|details)\s+(never|do\s+not|does\s+not)\s+(reach|touch|enter|"
    r"pass\s+through)\b|\bno\s+payment\s+(features?|functions?|functionality)\b|"
    r"\b(do\s+not|don['’]t|never)\s+(accept|handle|touch)\s+(payment\s+)?cards?\b",
    re.I,
)
# "we do not accept, store or process payment card data": the acts denied, listed.
_CARD_DENIED_RX = re.compile(
    r"\b(do\s+not|don['’]t|never|does\s+not)\s+(?P<acts>(\w+,?\s+){0,5}?(accept|store|process|"
    r"transmit|handle|touch))\b[^.;]{0,40}\b(cards?|cardholder)\b",
    re.I,
)
# "card numbers are stored", "we process card payments": the vendor handles card data.
_CARD_HANDLED_RX = re.compile(
    r"\b(card\s*holder\s+data|card\s+(numbers?|data|details|payments?))\b[^.;]{0,40}\b(stored|"
    r"processed|transmitted|kept|held|logged|recorded)\b|\b(we|our\s+\w+)\s+(store|process|"
    r"transmit|hold|keep|accept)\w*\b[^.;]{0,30}\b(card\s*holder|card\s+(numbers?|data|details|"
    r"payments?)|cards)\b",
    re.I,
)


def ai_training(ctx: Context, question: str) -> Signed:
    """Whether customers' data is used to train or influence the AI model, as the approved
    answer on AI says: Yes where it tells of training on customers' data (some customers' is
    enough), No where it rules that out and tells of none. NONE otherwise."""
    if not (_TRAINING_ASK_RX.search(question) and _AI_RX.search(question)):
        return NONE
    # "Are call recordings used to train AI models?": the data asked, if it is a kind of data.
    kind = subject_terms(question) - _ai_training_terms()
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if not _AI_RX.search(answer.question):
            continue
        said = f"{answer.answer} (approved answer to: {answer.question})"
        if kind and (found := _kind_trained(kind, answer.answer, said)).answer:
            return found
        if _TRAINED_ON_CUSTOMERS_RX.search(answer.answer):
            # Training on some customers' data says nothing of a kind of data it does not
            # name ("a model trained on telemetry" for call recordings).
            return NONE if kind else Signed("Yes", said, "answer")
        if _NOT_TRAINED_RX.search(answer.answer):
            if _CONDITION_WORD_RX.search(answer.answer):
                return NONE  # "not used to train it unless the customer opts in"
            if _trained_elsewhere(ctx) or any(
                _TRAINING_RX.search(p) and not _DENIAL_RX.search(p)
                for p in _PART_RX.split(answer.answer)
            ):
                # "... not used to train models. Vistorion's damage-estimation model is trained
                # by Vistorion, which uses inspection photos of customers": one use denied,
                # another told; for the reviewer.
                # "Our subcontractor labels customer images for model training" in a control:
                # the inventory says both; for the reviewer.
                return NONE
            return Signed("No", said, "answer")
    return NONE


def _kind_trained(kind: frozenset[str], text: str, said: str) -> Signed:
    """Whether the kind of data a question names is used for training, as the parts of an
    answer on AI that name it say: No where those on training deny it, and nothing of that
    data is said to be trained on ("... transcribed with a speech model; recordings are not
    used to train it"); NONE otherwise (a Yes needs the kind named in the training said)."""
    parts = [p for p in _PART_RX.split(text) if kind & subject_terms(p) and _TRAINING_RX.search(p)]
    if (
        parts
        and all(_DENIAL_RX.search(p) and not _CONDITION_WORD_RX.search(p) for p in parts)
        # "...; with consent we fine-tune our speech model on them": training on what is asked,
        # told by a pronoun in another part.
        and not any(
            _TRAINING_RX.search(p) and not _DENIAL_RX.search(p) and _PRONOUN_RX.search(p)
            for p in _PART_RX.split(text)
        )
    ):
        return Signed("No", said, "answer")
    return NONE


_PRONOUN_RX = re.compile(r"\b(them|it|these|those|such\s+\w+)\b", re.I)
# A denial with a condition: "never ... without written consent", "not ... unless opted in".
_CONDITION_WORD_RX = re.compile(
    r"\b(unless|without|except|only\s+if|only\s+when|opt(s|ed)?[- ]?(in|out)|consent)\b", re.I
)


@lru_cache(maxsize=1)
def _ai_training_terms() -> frozenset[str]:
    """The words of any question on AI training: what is left names the data asked about."""
    return subject_terms(
        "Is customer, client, user or institutional data, input, inputs, prompts, content or"
        " personal information used to train, fine-tune, improve or influence the AI,"
        " artificial intelligence, machine learning, ML, LLM or generative large language"
        " models, algorithms or training of the service or solution?"
    )


def _trained_elsewhere(ctx: Context) -> bool:
    """Whether a control or approved answer tells, without denying it, of customers' data
    used for model training."""
    texts = (
        *(c.description for c in ctx.inventory.controls),
        *(a.answer for a in ctx.inventory.answers),
    )
    return any(
        _CUSTOMER_TRAINING_RX.search(p) and not _DENIAL_RX.search(p)
        for t in texts
        for p in _PART_RX.split(t)
    )


_CUSTOMER_TRAINING_RX = re.compile(
    r"\b(customers?|clients?)\b[^.;]{0,60}\b(model\s+training|train(ed|ing)?\s+(the\s+|our\s+|a\s+)?models?)\b|"
    r"\b(train(ed|s)?|fine-tun\w*)\b[^.;]{0,40}\bon\b[^.;]{0,40}\b(customers?|clients?)['’]?\b",
    re.I,
)


_AI_RX = re.compile(
    r"\bAI\b|artificial\s+intelligence|machine[- ]learning|\bLLMs?\b|language\s+models?|generative",
    re.I,
)
_FEATURE_RX = re.compile(
    r"\b(features?|functionality|functions?|assistants?|capabilit\w*|tools?)\b", re.I
)
_SWITCH_ASK_RX = re.compile(r"\b(disabled?|turned\s+off|switched\s+off|opt(ed)?\s+out)\b", re.I)
# A feature off until the customer turns it on, or one the customer can turn off.
_SWITCH_RX = re.compile(
    r"\b(off\s+by\s+default|off\s+until|turned\s+off\s+unless|only\s+when\s+(an?\s+|the\s+)?\w+(\s+\w+)?"
    r"\s+turns\s+(it|them)\s+on|(can|may)\s+(enable\s+or\s+disable|disable|switch\s+(it\s+)?off|"
    r"turn\s+(it|them|the\s+\w+)\s+(on|off)))\b",
    re.I,
)
_TRAINING_ASK_RX = re.compile(
    r"\b(used|use|using)\b[^?]{0,30}\b(to\s+|for\s+)?(influence|train|training|improve|fine[- ]tune)\b",
    re.I,
)
# "we train on ... from all customers", "we trained it on site photos of customers who ...".
_TRAINED_ON_CUSTOMERS_RX = re.compile(
    r"\bwe\s+(train|trained|fine-tune|fine-tuned|retrain)\b[^.;]{0,80}\b(customers?|clients?|tenants?)\b",
    re.I,
)
_TRAINING_RX = re.compile(r"\b(train(s|ed|ing)?|re-?train\w*|fine-?tun\w*)\b", re.I)
_NOT_TRAINED_RX = re.compile(
    r"\b(not|never)\s+(been\s+|be\s+)?used\s+(to|for)\s+(train|training|fine-tun)|"
    r"\b(have\s+not|do\s+not|don't|never)\s+(use|used)\b[^.;]{0,60}\bto\s+train\b",
    re.I,
)


def owns_data_centre(ctx: Context, question: str) -> Signed:
    """No to "Does your company own the physical data center where the data will reside?"
    where the reports name the organisations that host the service (a cloud, a colocation
    facility) and nothing in the inventory speaks of a data centre of the vendor's own."""
    if not _OWN_DC_ASK_RX.search(question):
        return NONE
    names = sorted({org.name for org in _hosting_orgs(ctx)})
    if not names:
        return NONE
    texts = (
        *(c.description for c in ctx.inventory.controls),
        *(a.answer for a in ctx.inventory.answers),
    )
    if any(_OUR_DC_RX.search(t) for t in texts):
        return NONE
    said = f"{' and '.join(names)} host the service (subservice organisations of our reports)."
    return Signed("No", said, "subservice_orgs")


_OWN_DC_ASK_RX = re.compile(r"\bown\b[^?]{0,30}\b(physical\s+)?data\s*cent(er|re)s?\b", re.I)
_OUR_DC_RX = re.compile(
    r"\bour\s+own\s+(\w+\s+)?data\s*cent(er|re)s?\b|\bwe\s+own\b[^.;]{0,30}\bdata\s*cent", re.I
)


def backups_stay(ctx: Context, question: str) -> Signed:
    """No to "Do backups containing the institution's data ever leave the institution's data
    zone?" where a control or approved answer keeps the backup copies in the same country or
    jurisdiction ("encrypted snapshots are copied to a second AWS region in the same
    jurisdiction"), or keeps all data, backups named, within one country ("not stored or
    processed outside the United States"). NONE otherwise."""
    if not _BACKUPS_LEAVE_ASK_RX.search(question):
        return NONE
    texts = _inventory_texts(ctx)
    found = NONE
    kept: set[str] = set()  # the places the same-country sentences name
    elsewhere: set[str] = set()  # the places other backup sentences name
    for said, text, source in texts:
        if not _BACKUP_WORD_RX.search(text) or (
            _CHOICE_RX.search(text) and not _SAME_ZONE_RX.search(text)
        ):
            continue
        for part in _SENTENCE_RX.split(text):
            if not _BACKUP_WORD_RX.search(part):
                continue
            if _SAME_ZONE_RX.search(part):
                kept |= _places(part)
                found = found if found.answer else Signed("No", said, source)
            else:
                elsewhere |= _places(part)
        if not found.answer and _NOT_OUTSIDE_RX.search(text) and len(_places(text)) == 1:
            found = Signed("No", said, source)
            kept |= _places(text)
    # "Monthly archives are kept in AWS Glacier in Ireland" beside copies in the same country:
    # a copy kept in a place the same-country sentences do not name.
    return NONE if elsewhere - kept else found


_BACKUPS_LEAVE_ASK_RX = re.compile(
    r"\bbackups?\b[^?]{0,80}\b(leave|outside)\b[^?]{0,60}\bdata\s+zone\b", re.I
)
_BACKUP_WORD_RX = re.compile(r"\b(backups?|backed\s+up|snapshots?|backup\s+copies)\b", re.I)
_SAME_ZONE_RX = re.compile(r"\b(in|within)\s+the\s+same\s+(country|jurisdiction|state)\b", re.I)
_NOT_OUTSIDE_RX = re.compile(
    r"\b(not|never)\s+(stored|kept|processed|replicated)\b[^.;]{0,40}\boutside\b", re.I
)


def around_the_clock(ctx: Context, question: str) -> Signed:
    """Whether the vendor responds to incidents, or monitors for intrusions, at any hour
    ("on a 24 x 7 x 365 basis?"), as a control says it: Yes where security alerts are watched
    around the clock or page an on-call engineer at any hour; No to monitoring where a
    control denies a round-the-clock service ("we do not run a 24x7 security operations
    centre"). NONE otherwise."""
    if "continuous" not in subject_terms(question):
        return NONE
    respond = bool(_RESPOND_ASK_RX.search(question))
    if not (respond or _MONITOR_ASK_RX.search(question)):
        return NONE
    # What else the question asks ("staffed ... with Tier 1 and Tier 2 analysts") must be
    # said in the same sentence.
    rest = specific_terms(question) - specific_terms(_ROUND_THE_CLOCK_TEXT) - {"continuous"}
    soc = bool(_SOC_ASK_RX.search(question))
    for control in ctx.inventory.controls:
        sentences = _SENTENCE_RX.split(control.description)
        if soc and any(_DENIAL_RX.search(x) and _SOC_TEXT_RX.search(x) for x in sentences):
            # "we do not run a 24x7 SOC": No; "An MSSP monitors our alerts 24x7; we do not have
            # our own security operations centre": whether that is the vendor's SOC is the
            # reviewer's to say.
            watched = any(
                "continuous" in subject_terms(x)
                and _WATCHED_RX.search(x)
                and not _DENIAL_RX.search(x)
                for x in sentences
            )
            said = f"{control.description.strip().rstrip('.')} (control {control.id})."
            return NONE if watched else Signed("No", said, control.id)
        for part in _SENTENCE_RX.split(control.description):
            if "continuous" not in subject_terms(part) or not rest <= subject_terms(part):
                continue
            if _FUTURE_RX.search(part):
                continue  # "We plan to hire a managed SOC to watch alerts around the clock"
            said = f"{control.description.strip().rstrip('.')} (control {control.id})."
            if _DENIAL_RX.search(part):
                if not respond:
                    return Signed("No", said, control.id)
                continue
            if soc and not _SOC_TEXT_RX.search(part):
                continue  # "monitored around the clock by our on-call engineers" is no SOC
            if _WATCHED_RX.search(part) and any(
                x is not part
                and _WORKING_HOURS_RX.search(x)
                and _ALERTS_RX.search(x)
                # "Before that, alerts were reviewed during business hours only": past.
                and not _PAST_RX.search(x)
                for x in sentences
            ):
                # "Our Pune team monitors alerts for the India deployment 24 hours a day.
                # Alerts from the US deployment are reviewed only during business hours": round
                # the clock for some, not as asked of all.
                return NONE
            if _WATCHED_RX.search(part):
                return Signed("Yes", said, control.id)
            if respond and _PAGED_RX.search(part):
                if _OTHER_ALERTS_RX.search(part) and any(
                    _WORKING_HOURS_RX.search(x) for x in sentences
                ):
                    # "availability alerts page the on-call engineer at any hour" beside
                    # "security alerts are reviewed during business hours": which incidents
                    # are answered at night is for the reviewer.
                    return NONE
                return Signed("Yes", said, control.id)
    return NONE


_ALERTS_RX = re.compile(r"\balerts?\b", re.I)
# Alerts of another kind than security: "availability alerts page the on-call engineer".
_OTHER_ALERTS_RX = re.compile(
    r"\b(availability|uptime|performance|capacity|infrastructure|outage)\s+alerts\b", re.I
)
# The question's words on the service itself; what else it asks must be said too.
_ROUND_THE_CLOCK_TEXT = (
    "continuous security operations operation center centre monitor monitoring monitors "
    "monitored intrusions intrusion ids respond response incidents incident capability "
    "basis environment alerts events watch operate operates run runs"
)
_RESPOND_ASK_RX = re.compile(r"\b(respond|response)\b[^?]{0,30}\bincidents?\b", re.I)
_SOC_ASK_RX = re.compile(r"\bsecurity\s+operations?\s+cent(er|re)s?\b", re.I)
# A security operations centre by name or as bought: "SOC", "MSSP", "managed detection".
_SOC_TEXT_RX = re.compile(
    r"\bsecurity\s+operations?\s+cent(er|re)s?\b|\bSOC\b(?!\s*[123])|\bMSSP\b|\bMDR\b|"
    r"\bmanaged\s+(security|detection)\b",
    re.I,
)
_MONITOR_ASK_RX = re.compile(
    r"\bmonitor\w*\s+(for\s+)?(intrusions?|security\s+(events|alerts))\b|"
    r"\bsecurity\s+operations?\s+cent(er|re)s?\b",
    re.I,
)
# Security alerts watched: "monitors SIEM alerts", "watches our SIEM alerts".
_WATCHED_RX = re.compile(
    r"\b(monitor\w*|watch\w*|review\w*)\b[^.;]{0,40}\b(siem|security|alerts?|events?|intrusions?)\b|"
    r"\b(siem|security)\s+alerts?\b[^.;]{0,30}\b(monitor\w*|watch\w*)\b",
    re.I,
)
# An alert that reaches someone at once: "page the on-call engineer", "escalates to ...".
_PAGED_RX = re.compile(
    r"\b(pages?|paged|calls?)\s+(the\s+|our\s+|an?\s+)?(on-call|engineers?|team)\b|\bescalat\w*",
    re.I,
)


def seen_from_abroad(ctx: Context, question: str) -> Signed:
    """Yes to "Can anyone outside Australia access our data?" where an approved answer or a
    control says people in another country can see the customer's data ("Our support partner
    in Manila, the Philippines, can view meeting metadata"). NONE otherwise: a list of places
    where people sit proves no one else cannot."""
    m = _OUTSIDE_PLACE_RX.search(question) if _SEEN_ASK_RX.search(question) else None
    if m is None:
        return NONE
    asked = _places(m[1])
    if not asked:
        return NONE
    inside = set(asked).union(*(_REGIONS.get(a, frozenset()) for a in asked))
    texts = _inventory_texts(ctx, answers_first=True)
    products = frozenset(w for w in ctx.product_words if re.search(rf"\b{w}\b", question))
    for said, text, source in texts:
        for part in _FULL_STOP_RX.split(text):
            seen = _VIEW_RX.search(part)
            # The denial that counts is the seeing's own ("no one in Manila can view"), not one
            # of another thing after it ("..., but not recordings").
            if (
                seen
                and not _DENIAL_RX.search(part[: seen.end()])
                and _places(part[: seen.start()]) - inside - _REGIONS.keys()
                and _of_products(part, products, ctx.product_words)
            ):
                return Signed("Yes", said, source)
    return NONE


def _of_products(part: str, asked: frozenset[str], products: frozenset[str]) -> bool:
    """Whether a sentence speaks of the products a question names: it names one of them
    outside a denial ("Sava Code ... can access Muisto data but not Saatto" is not of
    Saatto), or names none of the vendor's products (then it speaks of them all)."""
    if not asked:
        return True
    named = [m for w in asked for m in re.finditer(rf"\b{w}\b", part)]
    if not named:
        return not any(re.search(rf"\b{w}\b", part) for w in products)
    return any(not _DENIAL_RX.search(part[max(0, m.start() - 12) : m.start()]) for m in named)


# "Can anyone outside X access our data?", "Can staff located outside X view ...?".
_SEEN_ASK_RX = re.compile(r"\b(access|accessed|view|viewed|see)\b", re.I)
# Someone who sees the data: "can view patron records", "view candidate data through".
_VIEW_RX = re.compile(
    r"\b(can|may)\s+(view|access|see|read)\b(?=[^.;]{0,60}\b(data|records|details|documents|"
    r"contents?|information|files|metadata)\b)|\b(view|access)\s+(\w+\s+)?(data|records)\b",
    re.I,
)


def staff_access(ctx: Context, question: str) -> Signed:
    """Yes to "Does your staff (or third party) have access to institutional data through any
    means?" where an approved answer or a control says the vendor's people can see it
    ("Support staff in Porto ... can view customer data"): access by any means, as asked.
    NONE otherwise (no list of controls proves nobody can)."""
    if not _ACCESS_ASK_RX.search(question):
        return NONE
    texts = _inventory_texts(ctx, answers_first=True)
    for said, text, source in texts:
        for part in _SENTENCE_RX.split(text):
            if _CAN_SEE_RX.search(part) and not _DENIAL_RX.search(part):
                return Signed("Yes", said, source)
    return NONE


# "Does your staff (or third party) have access to institutional data through any means?"
_ACCESS_ASK_RX = re.compile(
    r"^\s*(do|does)\s+(your\s+)?(staff|employees|personnel|anyone|any\s+of\s+your\s+staff)\b"
    r"[^?]{0,40}\bhave\s+access\s+to\s+(institutional|customer|our|client|the\s+institution'?s)\s+"
    r"(data|information)\b",
    re.I,
)
# The vendor's people who can see the customer's data: "support staff ... can view ... data".
_CAN_SEE_RX = re.compile(
    r"\b(staff|engineers?|team|support|employees|administrators|dbas?|on-call)\b[^.;]{0,80}?"
    r"\b(can|may)\s+(view|access|see|read|open)\b[^.;]{0,60}\b(data|records|details|documents|contents?)\b",
    re.I,
)


def third_parties_holding_data(ctx: Context, question: str) -> Signed:
    """Yes to "Do any third parties or subcontractors store or process our data?" where the
    reports name a subservice organisation that hosts the service (it holds the data); NONE
    otherwise (a list of reports is no proof that nobody else holds data)."""
    if not _THIRD_PARTY_DATA_RX.search(question) or _places(question) or "outside" in question:
        # Where they hold it ("outside the EU?") is not said by who they are.
        return NONE
    if _CREDENTIAL_WORD_RX.search(question):
        # "Do third parties that process our data hold ISO 27001 certification?" asks of
        # their credentials; who they are does not say.
        return NONE
    # One organisation named by several reports is said once, with all it does.
    services: dict[str, list[str]] = {}
    for org in _hosting_orgs(ctx):
        done = services.setdefault(org.name, [])
        done.extend(x for x in org.services if x not in done)
    hosts = sorted(f"{name} ({', '.join(done)})" for name, done in services.items())
    if not hosts:
        return NONE
    said = (
        f"{'; '.join(hosts)} host the service as subservice organisations of our reports."
        if len(hosts) > 1
        else f"{hosts[0]} hosts the service as a subservice organisation of our reports."
    )
    return Signed("Yes", said, "subservice_orgs")


_OTHERS = r"third[- ]part(y|ies)|sub-?contractors?|sub-?processors?|outside\s+part(y|ies)"
_CREDENTIAL_WORD_RX = re.compile(
    r"\b(SOC\s*[123]|ISO\s*\d{4,5}|certifi\w*|attestations?|accredit\w*|PCI|HITRUST|FedRAMP|"
    r"audit\s+reports?|assurance\s+reports?)\b",
    re.I,
)
# Whether anyone else holds the customer's data: a third party, subcontractor or subprocessor
# that stores, processes or hosts it.
_THIRD_PARTY_DATA_RX = Cue(
    # "Do any subcontractors or third parties store ...?", "Do you use subprocessors that
    # process ...?", "Will data be shared with or hosted by any third parties?"; not "Do you
    # assess third parties that process data?" (a question about the vendor's own practice),
    # nor whether they have access to it or it is shared with them (not stated by hosting).
    r"^\s*(do|does|will|would|are|is|can)\s+(you\s+(use|engage|rely\s+on|have)\s+)?(any\s+)?"
    r"(" + _OTHERS + r")(\s*(,|or|and|/)\s*(" + _OTHERS + r"))*\s+(that\s+|who\s+|which\s+)?"
    r"(store|process|host|hold)\b|"
    r"\b(stored|processed|hosted|held|shared\s+with\s+or\s+hosted)\s+(by|at)\s+"
    r"(any\s+)?(" + _OTHERS + r")",
    ("third", "contract", "processor", "outside"),
)


def uses_hosting(ctx: Context, question: str) -> Signed:
    """Yes to "Do you use Google Cloud, AWS or similar?" where a subservice organisation of
    the reports hosts the service and the question names it (or asks only whether the vendor
    uses a hosting provider); NONE otherwise. What the question asks must be the provider
    itself: "your cloud provider's hardening tools", "AWS KMS" or a provider "to store
    backups" ask more, and a question naming only another provider is not answered No (the
    reports need not name every provider)."""
    m = _USES_RX.match(question)
    if m is None:
        return NONE
    asked_rest = m["rest"].casefold()
    rest = _GENERIC_HOSTING_RX.sub(" ", asked_rest)
    general = rest != asked_rest
    cloud = general and "hosting" not in asked_rest  # "a cloud provider", not a colocation one
    # "AWS, GCP, or a similar data center": any provider of that kind is asked about.
    similar = _SIMILAR_RX.search(rest)
    if similar is not None:
        general, cloud = True, cloud or "hosting" not in asked_rest
        rest = rest[: similar.start()]
    asked = " " + " ".join(_WORD_RX.findall(rest)) + " "
    for org in _hosting_orgs(ctx):
        names = provider_names(org.name)
        named = [n for n in names if f" {n} " in asked]
        left = asked
        for name in sorted(_PROVIDER_NAMES | set(named), key=len, reverse=True):
            left = left.replace(f" {name} ", " ")
        if cloud and not named and not _is_cloud(org):
            continue
        if (named or general) and set(left.split()) <= _LIST_WORDS:
            said = f"{org.name} ({', '.join(org.services)}) hosts the service as a subservice "
            return Signed("Yes", said + "organisation of our reports.", "subservice_orgs")
    return NONE


def _is_cloud(org: SubserviceOrg) -> bool:
    """A cloud provider by name (AWS, Azure) or by the services the report names."""
    return _plain(org.name) in _PROVIDER_ALIASES or any(_CLOUD_RX.search(s) for s in org.services)


_CLOUD_RX = re.compile(r"\b(cloud|iaas|paas)\b", re.I)
# "Do you use / rely on / host on ...": whether the vendor uses a provider, and the rest.
_USES_RX = re.compile(
    r"^\s*(do|does|are|is)\s+(you|your\s+(organi[sz]ation|company|solution|service|"
    r"application|product|platform))\s+(use|using|rely\s+on|relying\s+on|leverage|utili[sz]e|"
    r"hosted\s+(on|in|at|by))\b(?P<rest>[^?]*)",
    re.I,
)
# A hosting provider in general words: "a cloud service provider", "an IaaS provider".
_GENERIC_HOSTING_RX = re.compile(r"\b(cloud|hosting|iaas|paas)\s+(service\s+)?providers?\b")
# Words that only join a list of providers: "Google Cloud, AWS, or another".
_LIST_WORDS = frozenset({"a", "an", "the", "or", "and", "any", "other", "another", "similar"})


def hosting_provider(ctx: Context, choices: tuple[str, ...] = ()) -> Signed:
    """The organisation that hosts the service, as the reports' subservice organisations name
    it (one whose services are hosting); spelled as a dropdown choice that names it, or left
    for the reviewer when no choice does or the reports name several."""
    orgs = _hosting_orgs(ctx)
    # One provider however each report words it: "Microsoft Azure (North Europe region)" and
    # "Microsoft Azure (North Europe, West Europe and UK South regions)".
    by_provider = {_plain(_BRACKETED_RX.sub(" ", org.name)): org.name for org in orgs}
    names = sorted(by_provider.values())
    if len(names) > 1 and choices:
        # Two providers host the service (one region each): a hybrid, where a choice says so.
        said = f"{' and '.join(names)} host the service (subservice organisations of our reports)."
        return _kind_choice(choices, _HYBRID_CHOICE_RX, said)
    if len(names) != 1:
        return NONE
    name = names[0]
    fact = f"{name} hosts the service (a subservice organisation of our audit report)."
    if not choices:
        return Signed(name, fact, "subservice_orgs")
    # "Google Cloud (europe-north1 and europe-west3)" is Google Cloud, and so GCP.
    bare = _plain(_BRACKETED_RX.sub(" ", name))
    known = {name.casefold(), bare, *_PROVIDER_ALIASES.get(bare, ())}
    plain = {c: _plain(_ENUMERATOR_RX.sub("", c)) for c in choices}  # "5) Azure" is Azure
    picked = [c for c in choices if plain[c] in known or _names_word(bare, plain[c])]
    if len(picked) == 1:
        return Signed(picked[0], fact, "subservice_orgs")
    if picked or not any(_PROVIDER_CHOICE_RX.search(c) for c in choices):
        return NONE
    # A provider the dropdown does not list: a colocation facility for our own servers, or
    # another cloud ("Oracle Cloud Infrastructure" among AWS, Azure, GCP: Other).
    colocation = all(_COLOCATION_RX.search(" ".join(o.services)) for o in orgs)
    return _kind_choice(choices, _PHYSICAL_CHOICE_RX if colocation else _OTHER_CHOICE_RX, fact)


def _kind_choice(choices: tuple[str, ...], rx: re.Pattern[str], fact: str) -> Signed:
    picked = [c for c in choices if rx.search(c)]
    return Signed(picked[0], fact, "subservice_orgs") if len(picked) == 1 else NONE


def third_party_hosting(ctx: Context, question: str, choices: tuple[str, ...]) -> Signed:
    """ "Where will the software be hosted?" and its choices ("Institution Secured Facility",
    "Third-Party Data Center", "Other"): a third party's data centre where the reports name a
    subservice organisation that hosts the service."""
    if not choices or not _WHERE_HOSTED_RX.search(question):
        return NONE
    names = sorted({org.name for org in _hosting_orgs(ctx)})
    if not names:
        return NONE
    verb = "host" if len(names) > 1 else "hosts"
    said = f"{' and '.join(names)} {verb} the service (subservice organisations of our reports)."
    return _kind_choice(choices, _THIRD_PARTY_CHOICE_RX, said)


_WHERE_HOSTED_RX = re.compile(r"^\s*where\b[^?]{0,60}\b(hosted|stored|reside)\b", re.I)
_THIRD_PARTY_CHOICE_RX = re.compile(r"\bthird[- ]party\b", re.I)
_PROVIDER_CHOICE_RX = re.compile(r"\b(aws|azure|gcp|google|amazon)\b", re.I)
_COLOCATION_RX = re.compile(r"\bco-?location\b", re.I)
_PHYSICAL_CHOICE_RX = re.compile(r"\bphysical\s+co-?location\b", re.I)
_OTHER_CHOICE_RX = re.compile(r"\bother\b", re.I)
_HYBRID_CHOICE_RX = re.compile(r"\bhybrid\b|^\W*\d*\W*other\b", re.I)


# A dropdown choice's number or letter: "5) Azure", "(b) AWS", "3. GCP".
_ENUMERATOR_RX = re.compile(r"^\s*\(?(\d{1,2}|[a-z])[.):]\s+", re.I)


def _asks_for_a_name(question: str) -> bool:
    """A field ("Cloud provider name") or a question asking which one ("Who is your data center
    provider?", "Select your hosting option"), not a requirement that mentions one ("Verify
    the application encrypts traffic between cloud providers")."""
    text = question.strip()
    return bool(_WHICH_RX.match(text)) or (len(text) <= 70 and not text.endswith("?"))


_WHICH_RX = re.compile(
    r"^\s*(please\s+)?(who|which|what|select|choose|name|identify|specify|list|indicate)\b", re.I
)


def provider_names(name: str) -> tuple[str, ...]:
    """The ways a question may name an organisation: "Amazon Web Services, Inc." →
    ("amazon web services", "aws", "amazon aws", "amazon")."""
    plain = _plain(name)
    return (plain, *_PROVIDER_ALIASES.get(plain, ()))


_BRACKETED_RX = re.compile(r"\s*\([^()]*\)")


def _plain(name: str) -> str:
    """A provider's name without punctuation or legal suffix: "Meridian Data Centers, LLC" →
    "meridian data centers"."""
    words = _WORD_RX.findall(name.casefold())
    while words and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _names_word(name: str, choice: str) -> bool:
    """Whether a short choice ("Azure") is a whole word of the provider's name."""
    return len(choice) >= 3 and f" {choice} " in f" {name} "


# A field asking who hosts the service: "Who is your data center provider?", "Select your
# hosting option", "Cloud provider name".
_HOSTING_FIELD_RX = Cue(
    r"\b(hosting|cloud|data ?cent(er|re)|colocation|co-location|iaas)\s+(service\s+)?"
    r"(provider|vendor|option|company|partner)s?\b|\bwho hosts\b",
    ("hosting", "cloud", "data cent", "datacent", "colocation", "co-location", "iaas", "hosts"),
)
_HOSTING_SERVICE_RX = re.compile(
    r"\b(hosting|hosted|hosts|cloud|infrastructure|data ?cent(er|re)s?|colocation|iaas|paas)\b",
    re.I,
)
_LEGAL_SUFFIXES = frozenset({"llc", "inc", "ltd", "limited", "corp", "corporation", "gmbh", "plc"})
# The short names buyers' dropdowns give the large hosting providers.
_PROVIDER_ALIASES: dict[str, tuple[str, ...]] = {
    "amazon web services": ("aws", "amazon aws", "amazon"),
    "google cloud platform": ("gcp", "google cloud", "google"),
    "google cloud": ("gcp", "google cloud platform", "google"),
    "microsoft azure": ("azure", "microsoft"),
    "oracle cloud infrastructure": ("oci", "oracle cloud", "oracle"),
}
# Hosting and platform providers a question may name without the inventory naming them.
_WELL_KNOWN_TEXT = (
    "hetzner|ovh|ovhcloud|digitalocean|linode|akamai|equinix|rackspace|cloudflare|heroku|"
    "salesforce|snowflake|mongodb|twilio|stripe|okta|ibm cloud|alibaba cloud|vercel|fastly"
)
_SIMILAR_RX = re.compile(r",?\s+or\s+(a|an|any)?\s*(similar|other|another|equivalent)\b.*$")
# The names of hosting providers a question may list besides the vendor's own.
_PROVIDER_NAMES = frozenset(
    [
        *_PROVIDER_ALIASES,
        *(a for aliases in _PROVIDER_ALIASES.values() for a in aliases),
        *_WELL_KNOWN_TEXT.split("|"),
    ]
)


@lru_cache(maxsize=1 << 16)
def subject_terms(text: str) -> frozenset[str]:
    """The words that say what a text is about: examples in parentheses, follow-up sentences
    and frame words dropped, synonyms folded to one key, light stemming."""
    text = text.split("?")[0]
    if "(" in text:
        text = _PARENTHESES_RX.sub(" ", text)
        text = _ACRONYM_RX.sub(r" \1 ", text).replace("(", " ").replace(")", " ")
    if "U" in text:
        text = _US_RX.sub(" usa ", text)  # "the US" is a country, not the pronoun "us"
    text = text.lower().translate(_SEPARATORS)
    if "x" in text:
        text = _TIMES_RX.sub("x", text)
    tokens = _WORD_RX.findall(text)
    # Most texts hold no synonym phrase: each word's term comes from the word cache.
    terms = (
        set(map(_term, tokens))
        if _SYNONYM_STARTS.isdisjoint(tokens)
        else set(_folded_terms(tokens))
    )
    if not _ENCRYPTING.isdisjoint(tokens):
        terms.add("encrypt")  # "TLS 1.2", "AES-256" say encrypted without the word
    # A synonym key is never a frame word's stem; subtracting keeps it so if one is added.
    return frozenset(terms) - _NOT_TERMS


def _folded_terms(tokens: list[str]) -> list[str]:
    """The terms of `tokens` in order, a synonym phrase of up to four words folded to its one
    key ("protected health information" → phi); frame words give ''."""
    if _SYNONYM_STARTS.isdisjoint(tokens):
        # Most texts hold no synonym phrase: each word's term comes from the word cache.
        return list(map(_term, tokens))
    terms: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _SYNONYM_STARTS:
            for n in range(min(_LONGEST_SYNONYM, len(tokens) - i), 0, -1):
                key = _SYNONYM_KEY.get(tuple(tokens[i : i + n]))
                if key is not None:
                    terms.append(key)
                    i += n
                    break
            else:
                terms.append(_term(tokens[i]))
                i += 1
            continue
        terms.append(_term(tokens[i]))
        i += 1
    return terms


@lru_cache(maxsize=1 << 14)
def _alternatives(text: str) -> frozenset[str]:
    """The subject terms of the words either side of an "or" ("Canada East or Central US"
    → canada, east, central, usa): alternatives, of which none is stated alone."""
    if " or " not in text:
        return frozenset()
    # Examples in parentheses ("MFA (push or FIDO2 keys) is enforced") are not alternatives.
    text = _ASIDE_RX.sub(" ", text)
    return frozenset().union(*(subject_terms(m[0]) for m in _OR_PAIR_RX.finditer(text)))


_ASIDE_RX = re.compile(r"\([^()]*\)")


_OR_PAIR_RX = re.compile(r"(?:[\w-]+\s+){0,1}[\w-]+\s+or\s+[\w-]+(?:\s+[\w-]+)?")
_US_RX = re.compile(r"\bU\.?S\.?A?\b\.?")
# Protocols and ciphers that are encryption by name.
_ENCRYPTING = frozenset({"tls", "ssl", "https", "aes", "aes256", "sftp", "ftps", "ipsec"})


@lru_cache(maxsize=1 << 16)
def _term(word: str) -> str:
    """A word's subject term: its stem, or '' for a frame word or a single character."""
    if word in _FRAME_WORDS or len(word) <= 1:
        return ""
    stem = _stem(word)
    return "" if stem in _FRAME_STEMS else stem


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A light suffix strip, so that "approved"/"approval" and "central"/"centrally" meet."""
    if len(word) > 6 and word.endswith("ly"):
        word = word[:-2]
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("al", "")):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            # "scanned", "logging", "planned": the doubled consonant goes with the suffix.
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] in _DOUBLED:
                stem = stem[:-1]
            return stem
    return word


_DOUBLED = frozenset("bdgmnprt")


_FRAME_WORDS = frozenset(_FRAME_TEXT.split())
# Terms so common in control questions that they never carry a question alone.
_GENERAL_TERMS = frozenset(
    _stem(w)
    for w in [
        "access",
        "user",
        "users",
        "account",
        "accounts",
        "application",
        "applications",
        "production",
        "server",
        "servers",
        "network",
        "networks",
        "test",
        "tested",
        "testing",
        "review",
        "reviewed",
        "team",
        "environment",
        "environments",
        "employee",
        "admin",
        "manage",
        "managed",
        "management",
        "protect",
        "protected",
        "monitor",
        "monitored",
        "platform",
        "infrastructure",
        "tool",
        "tools",
        "third",
        "party",
        "parties",
        "vendor",
        "vendors",
        "record",
        "records",
    ]
)
_FRAME_STEMS = frozenset(_stem(w) for w in _FRAME_WORDS)


def specific_terms(text: str) -> frozenset[str]:
    """The subject terms of a text that carry its subject alone (not "access", "review")."""
    return subject_terms(text) - _GENERAL_TERMS


_NOT_TERMS = _FRAME_STEMS | {""}


def states(question: str, text: str, least: int = 2) -> bool:
    """Whether `text` states what `question` asks (see `_states`); a question offering
    alternatives with "and/or" ("static code analysis and/or static application security
    testing") is stated by either."""
    # Most questions hold no "and/or": a substring test before the search (states() runs for
    # every control near every row).
    # "For customers not using SSO, does your application support MFA?": the case set aside
    # by a negative lead-in is what the rest asks of, not something to be stated.
    question = _NOT_CASE_LEAD_RX.sub("", question)
    text = _pronoun_denials(question, _numbers_spelled(text))
    if _CAPABILITY_RX.search(question):
        # "Does your application and/or user frontend/portal support MFA?": the product as
        # subject names no topic a text must state.
        question = _PRODUCT_SUBJECT_RX.sub(r"\1it ", question)
    both = _BOTH_AND_RX.search(question) if "both" in question.lower() else None
    if both is not None:
        # "Is MFA required for both therapists and clients?": each of them, one at a time.
        return all(
            states(question[: both.start()] + side + question[both.end() :], text, least)
            for side in (both["a"], both["b"])
        )
    text = on_asked_environment(question, present_state(question, text))
    # "Does Stal Starter provide individual accounts?": a clause on "Stal Pro" says nothing
    # of it.
    text = _without_sibling_products(question, text)
    timed = _TWO_TIMED_RX.search(question) if " and " in question else None
    if timed is not None:
        # "monthly vulnerability scans and annual penetration tests": each act at its own
        # frequency, not the scans' month for both.
        first, second = question[: timed.end("a")], question[timed.start("b") :]
        head = _HEAD_VERB_RX.match(question)
        second = f"{head[0]}{second}" if head else second
        return _states(first, text, least) and _states(second, text, least)
    m = _AND_OR_RX.search(question) if "and/or" in question else None
    if m is None:
        return _states(question, text, least)
    return any(
        _states(question[: m.start()] + side + question[m.end() :], text, least)
        for side in (m["a"], m["b"])
    )


def present_state(question: str, text: str) -> str:
    """`text` without its sentences on a state that ended ("Until June 2025 the backups were
    not encrypted", "Before March 2026 alerts were reviewed during business hours only"), for a
    question asked of the present: what was done then neither states nor denies what is done
    now. A question asked of the past, or of a year, keeps them."""
    if "until" not in text.lower() and _BOUNDED_PAST_RX.search(text) is None:
        return text
    if _PAST_ASKED_RX.search(question):
        return text
    # A sentence that opens on the bound and tells what was then: "Service accounts that were
    # created before 2025 do not use MFA" is of today, and "will not be encrypted until Q1
    # 2027" of what is to come; both are kept. One that tells in the past tense what was done
    # until a dated change ("Vervoer stored passwords as MD5 hashes until its migration in
    # February 2033") is of then too.
    sentences = _SENTENCE_RX.split(text)
    # "...; since then each member has a named account": the present told against the past,
    # which a denial reads together.
    told_now = any(_NOW_TOLD_RX.search(x) for x in sentences)
    kept = [
        x
        for x in sentences
        if not (_BOUNDED_PAST_RX.match(x) and _PAST_VERB_RX.search(x))
        and not (
            not told_now
            and _UNTIL_DATED_RX.search(x)
            and _SIMPLE_PAST_RX.search(x)
            # "Accounts migrated from the legacy portal do not require MFA until June 2027":
            # a participle beside a verb in the present is no past.
            and not _PRESENT_FINITE_RX.search(x)
            and not _FUTURE_RX.search(x)
            and not _WILL_RX.search(x)
        )
    ]
    return " ".join(kept)


_NOW_TOLD_RX = re.compile(
    r"\b(since\s+then|now|today|currently|no\s+longer|any\s*more|these\s+days)\b", re.I
)


# A month and year, a quarter and year, or a year: "February 2033", "Q1 2027", "2025".
_MONTH_YEAR = (
    r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2},?\s+)?"
    r"(19|20)\d\d|q[1-4]\s+(19|20)\d\d|(19|20)\d\d)\b"
)
_PAST_VERB_RX = re.compile(r"\b(was|were|had|did|used\s+to)\b", re.I)
# "until its migration to our login service in February 2033", "until March 2031".
_UNTIL_DATED_RX = re.compile(r"\buntil\b[^.;]{0,60}?\b" + _MONTH_YEAR, re.I)
_WILL_RX = re.compile(r"\b(will|shall|going\s+to)\b", re.I)
_PRESENT_FINITE_RX = re.compile(
    r"\b(is|are|am|do|does|has|have|can|cannot|must|remains?|stays?)\b|n['’]t\b", re.I
)
_PRESENT_HELPER_RX = re.compile(r"\b(is|are|remains?|stays?)\b", re.I)
# A verb in the simple past with no helper before it ("Vervoer stored"; not "are stored",
# "will be stored"), or a past helper.
_SIMPLE_PAST_RX = re.compile(
    _PAST_VERB_RX.pattern + "|"
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgets )"
    r"(?<!\bwill )(?<!\bwould )(?<!\bnot )"
    r"\b(?:(?!need)[a-z]{3,}ed|kept|held|ran|sent|took|gave|made|built|wrote|sold)\b"
    r"(?=\s+(?!by\b|in\b|at\b|on\b|to\b|for\b|with\b|until\b)[a-z])",
    re.I,
)


def on_asked_environment(question: str, text: str) -> str:
    """`text` cut to what it says of the one environment a question names ("Are staging
    alerts monitored 24x7?" and "Production alerts are monitored 24x7 ... Staging alerts are
    reviewed on working days only": the staging sentence), where the text names several; a
    clause that names none belongs to the environment before it in its sentence."""
    for cases in (_environments, _sites):
        asked = cases(question)
        if len(asked) != 1 or len(cases(text)) < 2:
            continue
        kept = []
        for said in _FULL_STOP_SPLIT_RX.split(text):
            case: frozenset[str] | None = None
            for clause in _CLAUSE_PART_RX.split(said):
                case = cases(clause) or case
                if case is None or case & asked:
                    kept.append(clause)
        return " ".join(kept)
    return text


def _without_denied_inside(question: str, text: str) -> str:
    """The text without its parts that deny data is in the place a question asks it to be
    outside of ("Is customer data stored outside New Zealand?" and "No customer data is stored
    in New Zealand"): that denial says it is outside, and denies nothing asked."""
    m = _OUTSIDE_PLACE_RX.search(question)
    asked = _places(m[1]) if m else frozenset()
    if not asked:
        return text
    return " ".join(
        p
        for p in _SENTENCE_RX.split(text)
        if not (_DENIAL_RX.search(p) and asked & _places(p) and not _OUTSIDE_WORD_RX.search(p))
    )


_OUTSIDE_WORD_RX = re.compile(r"\b(outside|beyond|leaves?|abroad|offshore)\b", re.I)


def _without_other_years(question: str, text: str) -> str:
    """The text without its sentences on other years than the one a question asks of ("an
    outage in 2030?" and "no unplanned outage in 2031. In 2030, a fibre cut ...")."""
    asked = set(_YEAR_RX.findall(question))
    if len(asked) != 1:
        return text
    return " ".join(
        p
        for p in _SENTENCE_RX.split(text)
        if not (
            (years := set(_YEAR_RX.findall(p)))
            and not years & asked
            # "Until June 2025 ... not encrypted" spans 2024: a range, not another year.
            and not _YEAR_RANGE_RX.search(p)
        )
    )


_YEAR_RANGE_RX = re.compile(
    r"\b(until|till|since|before|after|through|from|by|prior\s+to|up\s+to)\b", re.I
)


def _without_complement(question: str, text: str) -> str:
    """The text without its parts on the complement of what a question asks of ("during
    auction hours?" and "outside auction hours there is no SLA")."""
    if not _OUTSIDE_OF_RX.search(text):
        return text  # most texts: no split on every denial checked
    asked = subject_terms(question)
    return " ".join(
        p
        for p in _SENTENCE_RX.split(text)
        if not (
            (m := _OUTSIDE_OF_RX.search(p)) is not None
            and (what := subject_terms(m["what"]) - _GENERAL_TERMS)
            and what <= asked
        )
    )


_OUTSIDE_OF_RX = re.compile(
    r"\b(?:outside|beyond|apart\s+from)\s+(?:of\s+)?(?:the\s+|our\s+|your\s+)?(?P<what>[\w\s-]{3,40}?)"
    r"(?=,|\s+(?:there|we|it|they|no|is|are|has|have|the)\b)",
    re.I,
)


def _without_excepted(question: str, text: str) -> str:
    """The text without its sentences on what a question sets aside ("Is all data encrypted at
    rest except the gateway buffer?" and "The local buffer on the gateways is not
    encrypted."): a denial of the thing excepted denies nothing asked."""
    m = _EXCEPT_ASK_RX.search(question)
    if m is None:
        return text
    what = subject_terms(m["what"]) - _GENERAL_TERMS
    if not what:
        return text
    # Only a sentence on the thing set aside alone: one that lists it with others ("the kiosk
    # PINs and the service account passwords") or names exceptions says more than it.
    return " ".join(
        p
        for p in _SENTENCE_RX.split(text)
        if not (what <= subject_terms(p) and not _LIST_OR_EXCEPTION_RX.search(p))
    )


_LIST_OR_EXCEPTION_RX = re.compile(r"\band\b|,|\bexcept\w*|\bas\s+well\s+as\b", re.I)


# What a question sets aside: "except the gateway buffer", "other than test data".
_EXCEPT_ASK_RX = re.compile(
    r"\b(?:except|excepting|excluding|other\s+than|apart\s+from|aside\s+from|with\s+the\s+"
    r"exception\s+of)\s+(?:for\s+)?(?:the\s+|our\s+|your\s+|its\s+)?(?P<what>[^?,;]{2,50})",
    re.I,
)


def hosted_apart(question: str, text: str) -> bool:
    """Whether a question asks of one kind of hosting and the text speaks only of the other:
    "for administrators of your cloud environment?" and "Administrators of the Payroll
    servers in the Tengri cage ..."; "on-premises servers?" and "our Azure subscriptions"."""
    asked = _hosting_kinds(question, _HOSTING_ASK)
    if not asked:
        return False
    said = _hosting_kinds(text, _HOSTING_SAID)
    return bool(said) and not asked & said


def _hosting_kinds(text: str, kinds: tuple[tuple[str, re.Pattern[str]], ...]) -> frozenset[str]:
    return frozenset(kind for kind, rx in kinds if rx.search(text))


# A question's scope by hosting: "your cloud environment", "on-premises systems".
_HOSTING_ASK = (
    (
        "cloud",
        re.compile(
            r"\bcloud\s+(environments?|infrastructure|accounts?|consoles?|platforms?|tenants?|"
            r"tenancy|subscriptions?|resources|workloads|estate|instances)\b",
            re.I,
        ),
    ),
    ("premises", re.compile(r"\bon[- ]?prem(ise|ises)?\b", re.I)),
)
# What a text says is hosted where: a cloud by kind or by name, or a place of the vendor's.
_HOSTING_SAID = (
    (
        "cloud",
        re.compile(
            r"(?i:\bcloud\b)|\b(AWS|Azure|GCP|OCI)\b|\bAmazon\s+Web\s+Services\b|\bGoogle\s+Cloud\b|"
            r"\bAlibaba\s+Cloud\b|\bOracle\s+Cloud\b|\bIBM\s+Cloud\b|\bDigitalOcean\b|\bHetzner\b|"
            r"\bOVH(cloud)?\b|\bLinode\b|\bS3\b|\bEC2\b|\bEKS\b|\bAKS\b|\bGKE\b"
        ),
    ),
    (
        "premises",
        re.compile(
            r"\bon[- ]?prem(ise|ises)?\b|\bco-?location\b|\bcages?\b|\bserver\s+rooms?\b|"
            r"\bour\s+own\s+(\w+\s+)?(data\s*cent(er|re)s?|servers?|racks?|hardware)\b",
            re.I,
        ),
    ),
)


@lru_cache(maxsize=1 << 12)
def _environments(text: str) -> frozenset[str]:
    return frozenset(_environment(m[0]) for m in _ENV_NAMED_RX.finditer(text))


@lru_cache(maxsize=1 << 12)
def _sites(text: str) -> frozenset[str]:
    """The places a text names as sites: "the Dublin office", "the Dublin and Cork offices",
    "the Cork forensic lab"."""
    if not _SITE_NOUN_RX.search(text):
        return frozenset()
    return frozenset(
        name.lower()
        for m in _NAMED_SITE_RX.finditer(text)
        for name in (m["a"], m["b"])
        if name and name not in _NOT_A_SITE_NAME
    )


def _environment(name: str) -> str:
    low = name.lower()
    for key, kind in _ENVIRONMENT_KINDS:
        if low.startswith(key):
            return kind
    return low


_ENV_NAMED_RX = re.compile(
    r"\b(non-?production|production|prod|pre-?production|staging|sandbox|development|disaster[\s-]+recovery|"
    r"(?:test|qa|uat|dr|dev)\s+(?:environment|site|systems?|servers?|region))\b",
    re.I,
)
_ENVIRONMENT_KINDS = (
    ("non", "non-production"),
    ("pre", "staging"),
    ("prod", "production"),
    ("staging", "staging"),
    ("sandbox", "sandbox"),
    ("dev", "development"),
    ("disaster", "dr"),
    ("dr", "dr"),
    ("test", "test"),
    ("qa", "test"),
    ("uat", "test"),
)
_SITE_NOUNS = (
    r"(?:offices?|sites?|labs?|laborator(?:y|ies)|warehouses?|facilit(?:y|ies)|plants?|depots?|"
    r"branch(?:es)?|stores?|campus(?:es)?|studios?|clinics?)"
)
_SITE_NOUN_RX = re.compile(rf"\b{_SITE_NOUNS}\b", re.I)
_NAMED_SITE_RX = re.compile(
    r"\b(?P<a>[A-Z][\w-]+)(?:\s+(?:and|&)\s+(?P<b>[A-Z][\w-]+))?\s+(?:[a-z][\w-]*\s+)?"
    rf"{_SITE_NOUNS}\b"
)
_NOT_A_SITE_NAME = frozenset(
    [
        "The",
        "Our",
        "All",
        "Each",
        "Both",
        "Every",
        "Any",
        "Your",
        "Their",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Which",
        "What",
        "Is",
        "Are",
        "Do",
        "Does",
        "Main",
        "Head",
        "New",
    ]
)
_FULL_STOP_SPLIT_RX = re.compile(r"(?<=\.)\s+")
_CLAUSE_PART_RX = re.compile(r"(?<=;)\s+|(?<=,)\s+(?=(?:and|but|while|whereas)\b)")


_BOUNDED_PAST_RX = re.compile(
    r"\s*(until|till|before|prior\s+to)\s+(the\s+end\s+of\s+)?((early|mid|late)[- ])?"
    + _MONTH_YEAR,
    re.I,
)
# A question on the past: "Did you ...?", "in 2025", "ever", "previously".
_PAST_ASKED_RX = re.compile(
    r"^\s*(did|was|were|had)\b|\b(19|20)\d\d\b|\b(ever|previously|formerly|in\s+the\s+past|"
    # "used to" of a habit, not of a means ("Is MD5 still used to hash passwords?").
    r"(?<!is\s)(?<!are\s)(?<!be\s)(?<!been\s)(?<!still\s)used\s+to|before|until)\b",
    re.I,
)


# Two acts each at its own frequency, joined by "and": "monthly vulnerability scans and annual
# penetration tests", "patched weekly and reviewed quarterly".
_FREQUENCY_WORDS = (
    r"(?:daily|weekly|monthly|quarterly|annual(?:ly)?|yearly|every\s+(?:day|week|month|quarter|"
    r"year|\w+\s+(?:days|weeks|months|years)))"
)
_TWO_TIMED_RX = re.compile(
    rf"(?P<a>\b{_FREQUENCY_WORDS}\b[^?]*?)\s+and\s+(?P<b>[^?]*?\b{_FREQUENCY_WORDS}\b)", re.I
)
_HEAD_VERB_RX = re.compile(
    r"\s*(?:do|does|are|is|have|has)\s+(?:you|your\s+\w+|we|they)\s+\w+\s+", re.I
)


# "both therapists and clients", "both the web app and the API".
_BOTH_AND_RX = re.compile(
    r"\bboth\s+(?P<a>(?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+(?P<b>[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"(?=\s*(?:\?|$|,|\s+(?:to|in|on|for|with|at|from|by)\b))",
    re.I,
)
# "X and/or Y": up to four words either side, not across a comma or a preposition.
_AND_OR_RX = re.compile(
    r"(?P<a>(?:[\w-]+\s+){0,3}[\w-]+)\s+and/or\s+(?P<b>[\w-]+(?:\s+(?!(?:prior|before|after|"
    r"for|on|in|at|during|when|to|with|from)\b)[\w-]+){0,3})"
)


def _said_of_the_plan_asked(wanted: frozenset[str], said: frozenset[str], text: str) -> bool:
    """Whether what a question asks of one plan (an owner, a yearly test of the disaster
    recovery plan) is said of that plan, where the text also speaks of another ("The business
    continuity plan is owned by the COO and exercised every year. Disaster recovery fails over
    to the second site.": the owner and the yearly exercise are the BCP's)."""
    asked = wanted & _PLAN_CONCEPTS
    if not asked or not (said & _PLAN_CONCEPTS) - wanted:
        return True
    rest = wanted - asked - _GENERAL_TERMS
    if not rest:
        return True
    on_asked: set[str] = set()
    for x in _FULL_STOP_RX.split(text):
        terms = subject_terms(x)
        if terms & asked:
            on_asked |= terms
    return len(rest & on_asked) / len(rest) >= STATED_SHARE


def _concept_said_of_named(question: str, concepts: frozenset[str], text: str) -> bool:
    """Whether a security concept asked of a named case (a city, a partner, a product: "Do
    your Ho Chi Minh City live-ops agents sign in with phishing-resistant MFA?") is said in a
    sentence that names it, where one does ("Employees in Pangyo sign in with FIDO2 keys.
    Live-ops agents ... in Ho Chi Minh City sign in with push notifications.": the keys are
    the Pangyo employees')."""
    names = _capitalised_names(question)
    if not names:
        return True
    naming = [
        x
        for x in _FULL_STOP_RX.split(text)
        if any(re.search(rf"\b{re.escape(n)}\b", x) for n in names)
    ]
    if not naming or len(naming) == len(_FULL_STOP_RX.split(text)):
        return True
    return any(concepts <= subject_terms(x) for x in naming)


@lru_cache(maxsize=1 << 14)
def _capitalised_names(question: str) -> tuple[str, ...]:
    """The capitalised words a question names after its first (a city, a partner, a product),
    not acronyms ("MFA", "SOC")."""
    words = _CAPITAL_WORD_RX.findall(question.split("?")[0])[1:]
    return tuple(w for w in words if not w.isupper())


_CAPITAL_WORD_RX = re.compile(r"\b[A-Z][\w-]+")


def _hours_limited(question: str, text: str) -> bool:
    """Whether a sentence of the text on what a question asks to be done around the clock
    keeps it to working hours ("24/7 security monitoring?" and "Game service availability
    is monitored 24x7 ... Security alerts are reviewed during Korean business hours": the
    24x7 is the availability watch's)."""
    asked = set(_WORD_RX.findall(question.lower())) - _HOURS_STOPWORDS
    return any(
        _WORKING_HOURS_RX.search(x)
        and {w for w in _WORD_RX.findall(x.lower()) if len(w) > 4} & asked
        for x in _FULL_STOP_RX.split(text)
    )


# A state of being done asked: "already complete?", "final?", "signed?", "finished?".
_DONE_ASK_RX = re.compile(
    r"\b(complete[d]?|finished|final(i[sz]ed)?|signed|executed|approved|done|concluded|"
    r"published)\s*\??\s*$|\b(already|fully)\s+(complete[d]?|finished|final|done)\b",
    re.I,
)
_DONE_SAID_RX = re.compile(
    r"\b(complete[ds]?|completion|finished|final(i[sz]ed)?|signed|executed|approved|done|"
    r"concluded|published|issued)\b",
    re.I,
)
# Not reached yet: "in fieldwork", "a draft", "under way", "pending", "not yet".
_UNFINISHED_RX = re.compile(
    r"\b(in\s+fieldwork|draft|under\s*way|in\s+progress|ongoing|pending|not\s+yet|"
    r"unsigned|being\s+(prepared|drafted|written|reviewed|finali[sz]ed))\b",
    re.I,
)


def _role_of_another(question: str, text: str) -> bool:
    """Whether the role a question asks the vendor to hold ("Is Quietlake the covered entity?",
    "Are you the data controller?") is, in the text, another party's ("Practices on the Clinic
    plan are the covered entities", "Customers, as controllers, ...")."""
    m = _LEGAL_ROLE_ASK_RX.match(question)
    if m is None:
        return False
    role = m["role"].lower().rstrip("s")[:8]
    for x in _FULL_STOP_RX.split(text):
        party = _PARTY_SUBJECT_RX.match(x)
        if party is not None and role in x.lower():
            return True
    return False


# A role asked of the vendor: "Is Quietlake the covered entity ...?", "Are you a processor?".
_LEGAL_ROLE_ASK_RX = re.compile(
    r"\s*(?:is|are)\s+(?:you|your\s+company|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+(?:the|a|an)\s+"
    r"(?:data\s+)?(?P<role>covered\s+entit\w+|business\s+associates?|controllers?|processors?|"
    r"data\s+owners?|merchants?\s+of\s+record)\b",
    re.I,
)


def _employment_said(question: str, text: str) -> bool:
    """Whether the text says that the people a question asks of are the vendor's employees,
    in a sentence on them ("Is your DPO an employee?" is not said by "Aoife Gallagher of
    Castlegate Privacy Ltd, appointed as an external DPO", nor "Are the partner's agents your
    employees?" by "Employees in the Pangyo office ...; live-ops agents of our partner ...")."""
    asked = specific_terms(_EMPLOYED_ASK_RX.sub(" ", question)) - _EMPLOY_TERMS
    about = [x for x in _FULL_STOP_RX.split(text) if subject_terms(x) & asked]
    return any(_EMPLOYED_RX.search(x) and not _NOT_EMPLOYED_RX.search(x) for x in about)


# Whether people are the vendor's employees: "an employee of Acme?", "employed by you?".
_EMPLOYED_ASK_RX = re.compile(
    r"\b(employees?\s+of|employed\s+by|on\s+(your|the)\s+payroll|(an?|your|own)\s+"
    r"([A-Z][\w&-]*\s+)?employees?\b(?!\s+\w+ing))",
    re.I,
)
_EMPLOYED_RX = re.compile(r"\b(employ\w*|staff\s+members?|in-house|on\s+our\s+payroll)\b", re.I)
_NOT_EMPLOYED_RX = re.compile(
    r"\b(external|outsourced|contractors?|partner'?s?|agency|consultants?|third[- ]party|"
    r"freelance\w*|seconded)\b",
    re.I,
)
_EMPLOY_TERMS = frozenset({"employ", "employee", "employed"})


def _kind_kept_in_place(question: str, wanted: frozenset[str], text: str) -> bool:
    """Whether what a question asks to be kept in a place is, by the sentence of the text
    that alone speaks of it ("Are player chat logs stored in the EU for EU titles?" and "EU
    titles are stored in Frankfurt. In-game chat logs of every region are stored in Seoul.":
    the chat logs' sentence says Seoul)."""
    asked = _places(question)
    if not asked or not _KEPT_WORD_RX.search(question):
        return True
    inside = _countries_in(frozenset(asked))
    placed = []
    for x in _FULL_STOP_RX.split(text):
        where = _places(x) | {country for _, country in named_places(x)}
        if where:
            placed.append((subject_terms(x), _countries_in(frozenset(where))))
    if len(placed) < 2:
        return True
    kinds = wanted - _GENERAL_TERMS - subject_terms(" ".join(asked)) - _KEPT_TERMS
    for term in kinds:
        holders = [where for terms, where in placed if term in terms]
        if len(holders) == 1 and not holders[0] & inside:
            return False
    return True


_KEPT_TERMS = frozenset({"stor", "store", "stored", "kept", "keep", "host", "hosted", "region"})


def _place_only_viewed(question: str, text: str) -> bool:
    """Whether the place a question asks data to be kept in is named by the text only as
    where people view it from ("Is any customer data stored in India?" and "stored only in the
    EU ... support staff in Bengaluru, India can view records")."""
    if not _KEPT_WORD_RX.search(question) or _VIEWED_RX.search(question):
        return False
    asked = _places(question)
    if not asked:
        return False
    naming = [x for x in _FULL_STOP_RX.split(text) if asked & _places(x)]
    return bool(naming) and all(
        _VIEWED_RX.search(x) and not _KEPT_WORD_RX.search(x) for x in naming
    )


def _other_environment(question: str, text: str) -> bool:
    """Whether the text speaks of another environment than the one a question asks of and
    not of it ("reach production?" and "shared test accounts that reach the staging
    environment only")."""
    asked = {m[0].lower() for m in _ENVIRONMENT_RX.finditer(question)}
    if not asked:
        return False
    said = {m[0].lower() for m in _ENVIRONMENT_RX.finditer(text)}
    return bool(said) and not asked & said


_ENVIRONMENT_RX = re.compile(r"\b(production|staging|sandbox|development)\b", re.I)


def _backups_elsewhere(question: str, text: str) -> bool:
    """Whether the text keeps backups somewhere other than the place a question asks them to
    be in ("Are backups stored in Seoul?" and "stored in KR-1 (Seoul) with backups in KR-2
    (Chuncheon)")."""
    m = _BACKUPS_IN_RX.search(question)
    if m is None:
        return False
    asked = m["place"].split()[0]
    if asked.islower() and not re.search(r"\d", asked):
        return False  # "in a different geographic location": no place named
    kept = [x["place"] for x in _BACKUPS_IN_RX.finditer(text)]
    return bool(kept) and not any(re.search(rf"\b{re.escape(asked)}\b", k) for k in kept)


# "backups in KR-2 (Chuncheon)", "backups are stored in AWS Ireland".
_BACKUPS_IN_RX = re.compile(
    r"\b(?:backups?|replicas?|disaster\s+recovery\s+(?:replica|copy|site))\b(?:\s+(?:of\s+[\w-]+"
    r"(?:\s+data)?|copies|are|is|were|stored|kept|held|copied|replicated|located)){0,3}"
    # "An encrypted replica, including the card vault, is kept at the Selat Data Centre".
    r"(?:,[^.;?]{0,40},\s+(?:is|are)\s+(?:kept|stored|held|located))?\s+"
    r"(?:in|at|to)\s+(?:the\s+)?(?P<place>[A-Za-z0-9][^.;,?]{0,60})"
)


_WORKING_HOURS_RX = re.compile(
    r"\b(during|in|within)\s+(\w+\s+){0,2}?(business|office|working)\s+(hours|days?)\b|"
    r"\bmonday\s+(to|through|-)\s+friday\b|\bweekdays\b|\bworking\s+day\b",
    re.I,
)
_HOURS_STOPWORDS = frozenset(
    [
        "there",
        "their",
        "about",
        "which",
        "every",
        "hours",
        "hour",
        "basis",
        "around",
        "clock",
        "during",
        "business",
        "office",
        "working",
        "provide",
        "perform",
        "performed",
    ]
)


_QUANTIFIER_TERMS = frozenset({"every", "each"})
# Plans a text may speak of side by side, each with its own owner and tests.
_PLAN_CONCEPTS = frozenset({"bcp", "drp"})


def _others_denied(part: str, wanted: frozenset[str]) -> bool:
    """Whether a denial is said of someone the question does not ask about: "ticket buyers
    cannot use MFA", "patron accounts cannot ..."."""
    m = _DENIAL_RX.rx.search(part)
    if m is None:
        return False
    before = subject_terms(part[: m.start()]) - _GENERAL_TERMS
    return bool(before - wanted) and bool(
        _PEOPLE_RX.search(part[: m.start()]) or _ROLE_WORD_RX.search(part[: m.start()])
    )


_NOT_CASE_LEAD_RX = re.compile(
    r"^\s*(?:for|if|when|where)\s+[^,?;]{0,60}?\b(?:not|without|don['’]t|doesn['’]t)\b[^,?;]{0,40},\s*"
    r"(?=(?:do|does|is|are|can|will|must)\b)",
    re.I,
)
_PRODUCT_SUBJECT_RX = re.compile(
    r"^(\s*(?:does|do|can|will|is|are)\s+)your\s+(?:[\w-]+\s+){0,2}?(?:application|app|solution|"
    r"platform|product|service|system|software|portal|website)s?(?:/[\w-]+)?(?:\s+(?:and/or|or|and)\s+"
    r"(?:your\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+/)?(?:portal|frontend|front-end|interface|app|"
    r"application|website))?\s+(?=[a-z])",
    re.I,
)
# A group of people by a role word: "ticket buyers", "patrons", "guests", "students".
_ROLE_WORD_RX = re.compile(
    r"\b\w+(ers|ors|ists|ians|ants|ents|ees)\b|\b(patrons?|guests?|students?|visitors?|"
    r"members?|parents?|buyers?|attendees?|participants?|learners?|riders?)\b",
    re.I,
)


# The safeguards a question's answer must name: a security concept (SSO, MFA, a WAF ...) and
# encryption ("Are text messages to jurors encrypted end to end?" is not stated by a list of
# subprocessors naming "Twilio (text messages)").
_MUST_SAY = _CONCEPTS | {"encrypt"}
_HYPHENATED_RX = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")


# A name of two or more capitalised words after the question's first word: "KT Audit".
_MULTI_NAME_RX = re.compile(r"(?<=\s)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+")


# Practices a question may write with capitals ("Do you perform Penetration Testing?").
_PRACTICE_TERMS = frozenset(
    subject_terms(
        "penetration testing test tests scanning scans vulnerability management incident response "
        "business continuity disaster recovery access control encryption backups backup logging "
        "monitoring training awareness change risk assessment data protection privacy security "
        "policy policies plan review reviews audit audits program programme"
    )
)


@lru_cache(maxsize=1 << 14)
def _name_terms(question: str) -> frozenset[str]:
    """The terms of the names a question asks about ("Does KT Audit use OpenAI?" → kt, audit)."""
    found = _MULTI_NAME_RX.findall(_PARENTHESES_RX.sub(" ", question.split("?")[0]))
    # Not a practice written with capitals ("a documented Business Continuity Plan"), nor a
    # place ("Ho Chi Minh City"), which is what a question asks of where data is.
    found = [f for f in found if not (_places(f) or named_places(f))]
    names = [t for t in map(subject_terms, found) if not t & _CONCEPTS and not t <= _PRACTICE_TERMS]
    return frozenset().union(*names) if names else frozenset()


_FOREVER_RX = re.compile(
    r"\b(indefinitely|permanently|forever|in\s+perpetuity|without\s+(a\s+|any\s+)?(time\s+)?"
    r"limit|for\s+ever|never\s+(deleted|purged|erased))\b",
    re.I,
)


# What is taken out before data goes on: "after patient names and phone numbers are removed".
_REMOVED_RX = re.compile(
    r"\b(?:after|once|with)\s+([^.;]{2,60}?)\s+(?:are|is|have\s+been|has\s+been)?\s*(?:removed|"
    r"redacted|stripped(?:\s+out)?|masked|deleted|pseudonymi[sz]ed|anonymi[sz]ed)\b",
    re.I,
)


def _said_only_in_compounds(
    terms: frozenset[str], text: str, wanted: frozenset[str]
) -> frozenset[str]:
    """The terms `text` says only inside a hyphenated compound whose other words are not
    asked: "remote-hands staff" names a kind of staff and says nothing of working remotely,
    while "multi-factor" still says "multi factor"."""
    if "-" not in text:
        return frozenset()
    compounds = [subject_terms(c.replace("-", " ")) for c in _HYPHENATED_RX.findall(text)]
    if not compounds:
        return frozenset()
    outside = subject_terms(_HYPHENATED_RX.sub(" ", text))
    return frozenset(
        t
        for t in terms - outside
        if all(t not in c or ((c - {t}) and not (c - {t}) & wanted) for c in compounds)
    )


# What a text leaves out: "it excludes ransom and extortion payments", "except contractors".
_EXCLUDES_RX = re.compile(
    r"\b(?:exclud(?:e|es|ed|ing)|except(?:\s+for)?|other\s+than|but\s+not|(?:does|do)\s+not\s+"
    r"cover|not\s+covered)\b(?P<what>[^.;]*)",
    re.I,
)


# What a text takes out before it keeps or sends the rest, in a clause of its own: "names and
# phone numbers are removed first" (`_REMOVED_RX` reads "after names ... are removed").
_TAKEN_OUT_RX = re.compile(
    r"(?:^|[;:.]\s*|\band\s+)(?P<what>(?:[\w-]+\s+){0,5}?[\w-]+)\s+(?:are|is|were|was)\s+"
    r"(?:first\s+|then\s+|always\s+)?(?:removed|stripped|masked|redacted|taken\s+out)\b",
    re.I,
)
_REMOVAL_ASK_RX = re.compile(
    r"\b(remov|strip|mask|redact|delet|eras|purg|anonymi|pseudonymi)", re.I
)
# A question whether nothing is left out: "free of exclusions?", "unrestricted?", "with no
# exclusions?", "exclusion-free?", "unlimited in scope?".
_NONE_LEFT_OUT_ASK_RX = re.compile(
    r"\b(free\s+of\s+(any\s+)?exclusions|no\s+exclusions|exclusion-free|without\s+(any\s+)?"
    r"exclusions|unrestricted|unlimited)\b",
    re.I,
)
_SOMETHING_EXCLUDED_RX = re.compile(
    r"\bexclu(de|des|ded|ding|sions?)\b|\bexcept\b|\bother\s+than\b", re.I
)
_LEFT_OUT_KEYS = (
    "xcept",
    "xclud",
    " not ",
    "other than",
    "removed",
    "stripped",
    "masked",
)


def _stated_part(question: str, said: str) -> bool:
    """Whether a sentence that holds a denial names most of what is asked outside it (the
    denial is then of something else: "Harbor Web encrypts data at rest; it does not offer
    customer-managed keys")."""
    kept = " ".join(p for p in _PART_RX.split(said) if not _DENIAL_RX.search(p))
    wanted = subject_terms(question) - _GENERAL_TERMS
    return 2 * len(wanted & subject_terms(kept)) > len(wanted)


def _excluded_asked(question: str, text: str) -> bool:
    """Whether `text` leaves out a word of what the question asks that the rest of the text
    does not name ("Does your cyber insurance cover ransom payments?" and "Cyber insurance of
    EUR 3 million ...; it excludes ransom and extortion payments"), or takes it out ("copied
    with names included?" and "names and phone numbers are removed first")."""
    if not any(map(text.lower().__contains__, _LEFT_OUT_KEYS)) and "redacted" not in text:
        return False  # most texts leave nothing out: a few substring tests first
    if _NONE_LEFT_OUT_ASK_RX.search(question) and _SOMETHING_EXCLUDED_RX.search(text):
        return True  # "Is your cyber insurance free of exclusions?" and "... are excluded"
    wanted = subject_terms(question) - _GENERAL_TERMS
    named = _name_terms(question)
    if named and " not " in text:
        # "Will your next SOC 2 include Lindqvist Montör?" and "... the same products. Montör
        # and Larm are not planned into it": a denial that names the product asked.
        for said in _SENTENCE_RX.split(text):
            if (
                _DENIAL_RX.search(said)
                and named & subject_terms(said)
                and not _stated_part(question, said)
            ):
                return True
    found = [*_EXCLUDES_RX.finditer(text)]
    if not _REMOVAL_ASK_RX.search(question):
        found += _TAKEN_OUT_RX.finditer(text)
    for m in found:
        left_out = subject_terms(m["what"]) & wanted
        if left_out and not left_out & subject_terms(text[: m.start("what")]):
            return True
    return False


# What is done with data, as terms: kept, held, sent, received, collected.
_HANDLING_TERMS = frozenset({"stor", "hold", "transit", "handle", "receive", "collect", "send"})


@lru_cache(maxsize=1 << 12)
def _data_items(question: str) -> frozenset[str]:
    """The item of a kind of data a question names, by the word after the kind: "card
    numbers" → number, "patient names" → name."""
    wanted = subject_terms(question)
    if not wanted & _DATA_KINDS:
        return frozenset()
    items = wanted - _DATA_KINDS - _HANDLING_TERMS
    words = _WORD_RX.findall(question.lower())
    return frozenset(
        _term(after)
        for word, after in itertools.pairwise(words)
        if _term(word) in _DATA_KINDS and _term(after) in items
    )


def _pronoun_denials(question: str, text: str) -> str:
    """`text` with a denying pronoun ("nobody reviews the collected events", "none of them has
    disk encryption") spelled as a denial where its clause is on what is asked (two of its
    terms); one on another act ("nobody can disable the logging") is left as it is."""
    if not _PRONOUN_DENIAL_RX.search(text):
        return text
    asked = specific_terms(question)
    return "".join(
        _PRONOUN_DENIAL_RX.sub("no one", part)
        if len(asked & subject_terms(part)) >= 2 and not _SECOND_NEGATIVE_RX.search(part)
        else part
        for part in _CLAUSE_KEEP_RX.split(text)
    )


_PRONOUN_DENIAL_RX = re.compile(r"\b(nobody|no-one|none|nothing)\b", re.I)
# "nobody can access it without MFA", "none is left unencrypted": two negatives affirm.
_SECOND_NEGATIVE_RX = re.compile(r"\b(without|un\w+ed|except|unless)\b", re.I)
# Clauses, their separators kept so that the text joins back as it was.
_CLAUSE_KEEP_RX = re.compile(r"([;.]\s+|,\s+(?:and|but)\s+)")
_PREPOSITION_RX = re.compile(r"\b(for|in|on|at|by|to|from|with|within)\s", re.I)
_ANYONE_RX = re.compile(r"\b(anyone|anybody|someone|somebody)\b", re.I)
_NOBODY_RX = re.compile(r"\b(nobody|no-one)\b", re.I)
# A question that asks of the rest being absent: "only", "solely", "exclusively", "without".
_TURNED_ASK_RX = re.compile(r"\b(only|solely|exclusively|without)\b", re.I)
_PLAN_WORD_TERMS = frozenset(("plan", "tier", "edition", "subscription", "package"))
# Words that say a feature is there, not which: "available", "supported", "included".
_HAVING_TERMS = frozenset(
    _stem(w)
    for w in [
        "available",
        "support",
        "supported",
        "offer",
        "offered",
        "provide",
        "provided",
        "include",
        "included",
        "allow",
        "allowed",
        "enable",
        "enabled",
    ]
)


def _other_agent(question: str, text: str) -> bool:
    """Whether the text says the act a question puts on the customer or on the vendor is done
    by the other: "Are the keys managed by your customers?" and "keys in Key Vault managed by
    us"; "Do your customers hold the keys?" and "keys held in our KMS project" (and the
    reverse). What a text says of both ("managed by us or, on request, by the customer") is
    not another agent."""
    asked = {_agent_side(_who(m), True) for m in _AGENT_RX.finditer(question)} - {""}
    if len(asked) != 1:
        return False
    said = {_agent_side(_who(m), False) for m in _AGENT_RX.finditer(text)} - {""}
    return bool(said) and not said & asked


def _who(m: re.Match[str]) -> str:
    return m["who"] or m["who2"] or m["who3"]


def _agent_side(who: str, in_question: bool) -> str:
    """Whose side an agent phrase names: 'customer' (the customer, clients, tenants) or
    'vendor' (we, us, our staff; "you" in a buyer's question), '' for another party."""
    words = set(_WORD_RX.findall(who.lower()))
    if words & _CUSTOMER_WORDS:
        return "customer"
    if words & ({"you", "your"} if in_question else {"we", "us", "our", "ourselves"}):
        return "vendor"
    return ""


_CUSTOMER_WORDS = frozenset(["customer", "customers", "client", "clients", "tenant", "tenants"])
# The agent of an act on keys or data: "managed by us", "held by the customer", "customers
# hold", "your customers control".
_AGENT_RX = re.compile(
    r"\b(?:managed|held|controlled|owned|generated|rotated|stored|kept)\s+(?:only\s+)?by\s+"
    r"(?P<who>(?:the\s+|your\s+|our\s+|each\s+)?[\w-]+)|"
    r"\b(?P<who2>(?:the\s+|your\s+|our\s+)?(?:customers?|clients?|tenants?))\s+"
    r"(?:can\s+|must\s+|do\s+|does\s+)?(?:manage|hold|control|own|generate|rotate)s?\b|"
    r"\b(?P<who3>our|your)\s+(?:own\s+)?(?:cloud\s+)?(?:kms|key\s+vault|hsm)\b",
    re.I,
)


@lru_cache(maxsize=1 << 12)
def _doers(question: str) -> frozenset[str]:
    """The terms of who a question asks of: its people ("officers", "staff") and the word
    that says which of them ("enforcement officers")."""
    wanted = subject_terms(question)
    people = wanted & _DOER_TERMS
    if not people:
        return people
    words = _WORD_RX.findall(question.lower())
    which = {
        _term(before)
        for i, word in enumerate(words)
        if _term(word) in people
        for before in words[max(0, i - 2) : i]
        if _term(before) in wanted
    }
    return people | which


def _states(question: str, text: str, least: int = 2) -> bool:
    """Whether `text` states what `question` asks: it holds at least STATED_SHARE of the
    question's subject terms (at least `least` of them, or the one term a one-term question
    has), something of every clause ("a plan, with a clear owner, that is tested annually"
    needs the owner too), and does not deny it ("BYOD devices are prohibited")."""
    question = _without_plans(question)
    question = _whole_population(question, text)
    if hosted_apart(question, text):
        return False  # "in your cloud environment?" and "the servers in our colocation cage"
    if not _count_met(question, text):
        return False  # "in more than five ports?" and "38 gateways ... in 4 ports"
    if not _case_count_met(question, text):
        return False  # "a sponsor with 50 sites?" and "only to sponsors with more than 50 sites"
    if not _purpose_said(question, text):
        return False  # "used for model training?" and "recordings are kept for 2 years"
    if _excluded_asked(question, text):
        return False  # "cover ransom payments?" and "it excludes ransom and extortion payments"
    if _MORE_OFTEN_ASK_RX.search(question) and not _more_often_said(question, text):
        return False  # "more than twice a year?" and "twice a year"
    if _ELSEWHERE_ASK_RX.search(question) and _SAME_PLACE_RX.search(text):
        return False  # "in another AWS region?" and "in the same AWS region; no secondary region"
    if _one_for_all(question, text):
        return False  # "its own password?" and "every terminal has the same password"
    if _done_by_another(question, text):
        return False  # "Do you supply the tokens?" and "a token supplied by the notary office"
    if _other_agent(question, text):
        return False  # "keys managed by your customers?" and "keys ... managed by us"
    if _THIS_PERIOD_ASK_RX.search(question):
        # "Did you run a phishing simulation this quarter?" asks of an event in a period that
        # may have just begun; "run every quarter" does not say it has happened yet.
        return False
    given = text
    # "For customers not using SSO, does your application support MFA?": the case set aside
    # by a negative lead-in is what the rest asks of, not something to be stated.
    about = _about_named(question, text)
    if about is not None:
        about = _about_case(question, about)
    if about is None:
        return False  # "field staff" asked, and the text says nothing of them
    text = _scoped_apart(question, about)
    question = _retention_as_bound(question)
    bound = _bound_met(question, text)
    if bound in ("short", "mixed"):
        # "at least 12 months" and "retained for 90 days"; "4 hours or less" and an RTO of 4
        # hours for one product and 24 for another.
        return False
    if bound and not _kind_said(question, text):
        # "security logs kept for at least 6 months?" and "chat logs are kept for 90 days".
        return False
    if bound == "met":
        # The quantity is judged ("at least 30 days" by "90 days"): the rest must be stated.
        question = _BOUND.rx.sub(" ", question)
    wanted = subject_terms(question)
    said = subject_terms(text)
    # How often is judged by _often_enough ("twice a year" states "annually"), not as a word.
    strict = bool(_STRICTLY_MORE_OFTEN_RX.search(question))
    often = _often_enough(wanted, text, wanted & said, strict)
    said_often = said | (wanted & _FREQUENCY.keys() if often else set())
    have = wanted & said_often
    have -= _said_only_in_compounds(have, text, wanted)
    if _able_unsaid(question, text):
        # "Is a voter's one-time code reusable across elections?": what can be done with the
        # thing (reused, transferred, exported) must be said, not only the thing.
        return False
    if (wanted & _MUST_SAY) - said_often:
        # "Do organisers on the Starter plan have SSO?" and "on the Starter plan organisers
        # sign in with a password": a security concept asked (SSO, MFA, a WAF) must be said.
        return False
    if wanted & _CONCEPTS and not _concept_said_of_named(question, wanted & _CONCEPTS, text):
        return False
    need = min(least, len(wanted))
    if not wanted or len(have) < need or len(have) / len(wanted) < STATED_SHARE:
        return False
    named = _name_terms(question)
    content = wanted - named
    if named and content and not have & content:
        # "Does KT Audit use OpenAI?" and a control on KT Audit's code reviews: the product's
        # name is where it is asked, not what; the rest must be said.
        return False
    # "every" and "each" say how many, not what: "Does every region have a failover region?"
    # is not stated by a text on every region's backups.
    things = wanted - _QUANTIFIER_TERMS
    if things and len(have & things) / len(things) < STATED_SHARE:
        return False
    # Who does it is not what is done: "Do enforcement officers share login credentials?" is
    # not stated by "enforcement officers share handheld devices".
    doers = _doers(question)
    done = things - named - doers
    if doers and done and 2 * len(have & done) < len(done):
        return False
    # Which data, not only its kind: "Do you store full card numbers?" is not stated by "store
    # card payments for up to 48 hours" (an item named after the kind must be said).
    items = _data_items(question)
    if items and not items & have:
        return False
    acts = wanted & _HANDLING_TERMS
    if wanted & _DATA_KINDS and acts and not acts & have:
        # "Do your meters store full card numbers?" and "card numbers entered at the meters are
        # encrypted in the reader and sent to Redsys": what is done with the data must be said.
        return False
    if not _said_of_the_plan_asked(wanted, said, text):
        return False
    if "continuous" in wanted and _hours_limited(question, text):
        return False
    if _other_environment(question, text) or _backups_elsewhere(question, text):
        return False
    if _place_only_viewed(question, text):
        return False
    if not _kind_kept_in_place(question, wanted, text):
        return False
    if _EMPLOYED_ASK_RX.search(question) and not _employment_said(question, text):
        return False
    if _role_of_another(question, text) or _kept_only_inside(question, text):
        return False
    if _other_places_named(question, text):
        return False
    if _UNDONE_CONDITION_RX.search(question):
        # "... train the model if they opt out?": what holds once the default is undone,
        # which a text on the default and the choice does not say.
        return False
    if _OTHER_PLANS_ASK_RX.search(question) and (
        _PLAN_ASK_RX.search(text) or _CUSTOMER_GROUP_RX.search(text)
    ):
        # "Can merchants on other plans opt out?" and "Enterprise merchants can opt out".
        return False
    if _DONE_ASK_RX.search(question) and (
        _UNFINISHED_RX.search(text) or not _DONE_SAID_RX.search(text)
    ):
        # "Is fieldwork complete?" and "the next SOC 2 is in fieldwork"; "Is your DPIA final?"
        # and "DPIA (draft v0.4)", or a text that names the DPIA but not its state.
        return False
    cased = _case_terms(question)
    if cased and (rest := wanted - cased) and len(have & rest) / len(rest) < STATED_SHARE:
        # "Is a background check required for employees in Israel?" and "employees in Israel
        # are hired after reference checks only": who is asked about is said, what is asked
        # of them is not.
        return False
    if len(wanted) == 1 and not _in_main_clause(wanted, text):
        # "Is there an existing contract?" is not stated by "When a contract ends, data is
        # deleted": a one-word subject named only in a condition or a time clause.
        return False
    # The specific words must be there too: "access" and "employees" stated do not answer
    # "Can employees access customer systems remotely?" without "remotely".
    specific = wanted - _GENERAL_TERMS
    if specific and len(specific & said_often) / len(specific) < STATED_SHARE:
        return False
    if _REPORTS_TO_ASK_RX.search(question) and not _reporting_line_said(question, given):
        # "Does your DPO report to the board?" and "The CISO reports to the CTO, who reports
        # to the CEO": who reports to whom must be said of the two roles asked.
        return False
    if _said_only_rather(specific, given):
        # "Do educators have individual accounts?" and "signed in with a room PIN rather than
        # individual accounts": what is asked is named as what is not done.
        return False
    if _said_only_denied(specific, given):
        # "Do patients need a password to sign in?" and "Patients sign in with a one-time
        # link; patients have no passwords": a word asked said only where it is denied.
        return False
    if _closest_part_denies(specific, wanted, given):
        # "Are interpreters' devices managed by you?" and "Company laptops are managed ...;
        # interpreters use their own devices, which we do not manage": the part on what is
        # asked denies it; another part's "managed" is of other things.
        return False
    if specific & _HANDLING and not _kind_of_data_said(question, said_often):
        # "Do you collect, process or store demographic information?": the verbs of handling
        # data say little; the kind of data handled ("demographic") must be said.
        return False
    done = specific - _POPULATION
    # A name (a product, a partner, a place) says who or where, not what is done: "Does
    # Tembusu Payouts have a secondary site?" is not stated by "Tembusu Payouts was last
    # penetration tested in November 2025".
    names = _capitalised_names(question)
    practice = done - subject_terms(" ".join(names)) if names else done
    if practice and len(practice & said_often) / len(practice) < STATED_SHARE:
        return False
    if done and len(done & said_often) / len(done) < STATED_SHARE:
        # What is done must be stated, not only to whom: training "completed by new hires"
        # does not state "the other checks you perform for new hires".
        return False
    act = _active_predicate(question)
    if act and not _acts_stated(act, said, text):
        # "Do you watermark your ML training data?" is not stated by a text on training data
        # that never says it is watermarked: what the vendor is asked to do must be said.
        return False
    subject = _passive_subject(question)
    if subject and not subject & said:
        # "Are backups retained for 90 days?" is not stated by logs retained for 90 days.
        return False
    if (_places(question) or named_places(question)) and _per_group(text, question):
        # "Is US customer data stored in the EU?" and "... Iowa for US customers and Frankfurt
        # for EU customers": where depends on whose data; the clause for the group asked is
        # the reviewer's to read.
        return False
    if not _places_stated(question, text):
        return False
    if _IDENTITY_ASK_RX.match(question) and not _IDENTITY_RX.search(text):
        # "Are you a HIPAA covered entity?" asks what the vendor is: "we sign BAAs with
        # covered-entity customers" does not say it.
        return False
    if _strictly_less(question, text):
        return False
    if _SUPPLIERS_RX.search(text) and not _SUPPLIERS_RX.search(question):
        # What is done to vendors and subprocessors is not done for the organisation ("Do
        # you perform annual risk assessments?" and "critical vendors are risk-assessed").
        return False
    if _passive_predicate(question) - said:
        # "Can access be restricted by source IP?": a text that names the source IP in another
        # role ("logs hold the source IP") does not state the restriction.
        return False
    either = _passive_alternatives(question)
    if either and not either & said:
        # "Are the names masked or removed in staging?": one of the acts must be said, not
        # only the names ("... other fields are replaced; the names are not").
        return False
    if wanted & _SCOPE_MARKERS - said:
        # "privacy review", "privacy training": a security practice does not state the
        # privacy one (Privacy is its own Trust Services category). "firewall change
        # requests", "encrypted laptops": a practice stated for systems in general, or for
        # another kind of asset, does not state it for the asset the question names.
        return False
    if not often or not _often_said_of_act(question, text):
        return False
    if _said_apart(wanted - _GENERAL_TERMS, text):
        return False
    kinds = {k.lower() for k in _KIND_OF_TEST_RX.findall(question)}
    if kinds and kinds - {k.lower() for k in _KIND_OF_TEST_RX.findall(text)}:
        # "authenticated vulnerability scans" are not stated by external perimeter scans: the
        # kind of test asked must be said.
        return False
    person = _PERSON_ASK_RX.search(question)
    if person is not None and not (
        _DUTY_HELD_RX.search(text)
        and (_duty_words(person["duty"]) - _duty_words(_DUTY_FRAME_TEXT)) & _duty_words(text)
    ):
        # "Who is responsible for security?" and a control on test data that shares its words:
        # a text answers "who" only by saying who holds the duty asked.
        return False
    how = _HOW_DONE_RX.match(question)
    if how and _term(how["act"].lower()) not in said:
        # "Describe how contract reviewers are vetted": a control on their accounts does not
        # say how they are vetted.
        return False
    means = _MEANS_RX.search(question.split("?")[0])
    if means and (specific_terms(means["means"]) - _FREQUENCY.keys()) - said:
        # "Do patients sign in with a password?" and "Patients sign in with a one-time link":
        # the means asked is what the question turns on.
        return False
    asked = _asked(question)
    if _people(wanted, said) or _other_people(wanted, text):
        # "all employees" is not stated by what developers or administrators do.
        return False
    if asked.kind and _LAPSED_RX.search(text):
        # "Do you have a security awareness programme?" and "... we used to repeat it every year
        # but have not run the annual refresher since 2025": a programme that lapsed, whatever
        # is still done once. For the reviewer.
        return False
    if (asked.every or _REGARDLESS_RX.search(question)) and _ABOVE_AMOUNT_RX.search(text):
        # "required for every payout?" and "required for payouts above KES 5,000": only
        # those over the amount.
        return False
    if _done_after(question, text):
        # "reviewed before release?" and "reviewed within 2 working days after release".
        return False
    if asked.every and _less_often_for_some(wanted, text):
        # "Do you scan all systems daily?" and "We scan our cloud environment every day and the
        # Vervoer servers once a month": all of them at the least often said.
        return False
    if asked.every and (said & _LIMITED_SCOPE) - wanted:
        # "Are all hosts scanned?" is not stated by scans of internet-facing hosts.
        return False
    if not _same_start(question, text):
        # "deleted within 30 days of contract termination?" and "loan history is deleted 30
        # days after a loan is returned": a window counted from another event.
        return False
    asked_window, stated_window = _window(question), _window(_timed_part(specific, text))
    if asked_window is not None and _window_of_others(specific, text):
        return False
    if asked_window is not None and stated_window is not None:
        # "removed within 24 hours" is not stated by "within one business day", and "fixed
        # within 30 days" is by "within 15 days".
        if not _within(stated_window, asked_window):
            return False
        if _untimed_elsewhere(question, text):
            # "Critical findings are fixed within 14 days. Barge servers are patched when a
            # technician visits the site.": the time holds for some systems, not the others.
            return False
    elif bound != "met" and _kept_for_unsaid(question, text):
        # "Are backups retained for one year?" is not stated by "a copy is kept in
        # af-south-1": how long must be said as a length, not found as a bare number.
        return False
    elif bound != "met" and numbers_in(_in_digits(question)) - numbers_in(_in_digits(text)):
        # "retained for at least 90 days" is not stated by "retained for 30 days", nor
        # "within 7 days" by "within 30 days": a quantity asked must be the one stated.
        return False
    elif not _numbers_bound(question, text, specific):
        # "Is your RTO 4 hours or less?" is not stated by "an RTO of 24 hours and an RPO of
        # 4 hours": the number must be said of what is asked.
        return False
    if (
        _ONLY_ASK_RX.search(question)
        and numbers_in(question)
        and numbers_in(text) - numbers_in(question)
    ):
        # "Do you accept only TLS 1.3?" and "TLS 1.2 and TLS 1.3 are accepted".
        return False
    if asked.every and _PERCENT_RX.search(text):
        # "Do all employees complete training?" and "completion was 87%".
        return False
    if any(
        a.search(question) and b.search(part) and not a.search(part)
        for a, b in _OPPOSITES
        # The whole text, and each part on the question's subject ("the firmware is built
        # and released by a single engineer" beside reviews of other code).
        for part in (text, *(p for p in _PART_RX.split(text) if subject_terms(p) & specific))
    ):
        # "a commercial scanner" is not stated by "an open-source scanner".
        return False
    if _RECORD_ASK_RX.search(question) and not _RECORD_NAMED_RX.search(text):
        # "a documented list of personal data" asks for the list: a control on breaches of
        # personal data is not one.
        return False
    if _TOOL_ASK_RX.search(question) and not _TOOL_NAMED_RX.search(text):
        # "Have you implemented an intrusion detection system?" asks for the tool: alerts
        # triaged by a SOC, or monitoring for availability, do not name one.
        return False
    if YES_NO_RX.match(question) and any(
        m["act"][:5].lower() in question.lower()
        and not re.search(m["who"] or m["org"], question, re.I)
        for m in _DONE_BY_THEM_RX.finditer(text)
    ):
        # "Are firmware updates installed automatically by the vendor?" and "installed by the
        # customer": what is asked is another party's act.
        return False
    if _BY_YOU_RX.search(question.split("?")[0]) and (
        _DONE_BY_PARTY_RX.search(text) or _DONE_BY_THEM_RX.search(text)
    ):
        # "Are contract reviewers background checked by you?" and "Background checks ... are
        # carried out by our staffing partner": another party does what is asked of the vendor.
        return False
    if (
        (_THEIR_DUTY_RX.search(text) or _CUSTOMER_MUST_RX.search(text))
        and not _THEIR_DUTY_RX.search(question)
        and not _CUSTOMER_MUST_RX.search(question)
        and not _WHO_ASK_RX.match(question)
    ):
        # "Is workstation security the vendor's responsibility?" and "Hospitals are
        # responsible for securing the clinic workstations": another party's duty.
        return False
    head = _HEAD_OF_RX.match(question)
    if head is not None and _term(head["head"].lower()) not in subject_terms(text) | {""}:
        # "Do you ensure the accuracy of LEDES files?" asks of their accuracy: how the files
        # are uploaded names the files, not what is asked of them.
        return False
    if _compound_split(question, text):
        # "export-controlled drawings" is not stated by "administrators can export them", nor
        # a "(network-based)" IDS by "network logs".
        return False
    if (_ENFORCED_ASK_RX.search(question) or _YOU_REQUIRE_RX.search(question)) and (
        _CHOICE_LEFT_RX.search(text)
    ):
        # "Is SSO required?" and "Customer administrators decide whether single sign-on is
        # required": whether it is, is the customer's choice.
        return False
    if _NOT_BY_US_RX.search(text) and _YOU_ASK_RX.search(question):
        # "phishing simulations are run by our parent company's team, not by us".
        return False
    if _PROMPT_ASK_RX.search(question) and _ON_NOTICE_RX.search(text):
        # "removed promptly when they leave?" and "removed when the partner tells us": when
        # is up to another party, not prompt.
        return False
    if _their_act(question, text):
        # "Do you activate the rate cards we upload?" and "Customers ... are responsible for
        # activating uploaded rate cards": the act asked of the vendor is the customer's.
        return False
    if _narrower_people(question, text):
        # "Do all employees undergo background checks?" is not stated by checks "for office
        # staff": one group, not everyone asked.
        return False
    if _narrower_data(question, text):
        # "Is sensitive data encrypted at rest?" is not stated by "cardholder data is
        # encrypted at rest": one kind of data, not the data asked.
        return False
    if _SPECIAL_CASE.search(question) and not _SPECIAL_CASE.search(text):
        # "Do emergency changes require approval?" is not stated by the normal change process.
        return False
    if _SAME_AS_RX.search(question) and not re.search(r"\bsame\b|\bas\s+for\b", text, re.I):
        # "the same background checks as employees" needs the text to say they are the same.
        return False
    if not covers_clauses(question, text):
        return False
    if asked.policy and not re.search(rf"\b{asked.policy}", text, re.I):
        # "Do you have a data privacy policy?" asks for a policy: privacy training is not one.
        return False
    if (
        asked.kind
        and not (wanted - _GENERAL_TERMS - _FREQUENCY.keys())
        and not re.search(rf"\b{asked.kind}", text, re.I)
    ):
        # "a formal information security program that is reviewed annually": when all that
        # names the subject is frame words, the text must name that kind of thing too (a
        # vendor review done yearly is not the programme).
        return False
    capability = asked.capability
    if (
        not capability
        and not asked.alternatives
        and (wanted - _GENERAL_TERMS) & _alternatives(text)
    ):
        # "stored in Canada East or Central US": one of the alternatives is not stated as
        # what is always done ("Is data stored in Canada?"); each is what can be done
        # ("sign in with SAML or OIDC" supports SAML).
        return False
    if not capability and any(
        _CHOICE_RX.search(sentence) and subject_terms(sentence) & have
        for sentence in _SENTENCE_RX.split(text)
    ):
        return False
    if (
        _EVERY_PLAN_RX.search(question)
        and _ONE_PLAN_RX.search(text)
        and not _EVERY_PLAN_RX.search(text)
    ):
        # "available on every Coho Bench plan?" is not stated by what "the GxP Enterprise plan
        # of Coho Bench provides": one plan named, not all.
        return False
    if (
        _UNIVERSAL_RX.search(question)
        and not _ALL_RX.search(_EVERY_PERIOD_RX.sub(" ", text))
        and _NAMED_SCOPE_RX.search(text)
    ):
        # "Is all source code reviewed?" is not stated by a review "for the TideTrack web
        # frontend": a practice for one named system.
        return False
    if asked.every_general and not _ALL_RX.search(text):
        # "Is all data encrypted at rest?" is not stated by "student records are encrypted"
        # ("all employees" is by "employees complete training": the same people).
        return False
    if asked.describe:
        # "Describe your encryption at rest": the text, its conditions and plans included, is
        # the description (never a Yes).
        return True
    if (asked.every or "generations" in question.lower()) and not _variants(question):
        # "Do all gateways require approval?" and "Generation 2 gateways ... ; Generation 1
        # gateways keep a permanent tunnel": one variant's sentence is not all of them.
        told = [x for x in _SENTENCE_RX.split(text) if _variants(x)]
        if len({v for x in told for v in _variants(x)}) > 1 and not all(
            _states(question, x) for x in told
        ):
            return False
    if asked.every and _SPECIAL_CASE.search(text) and not _SPECIAL_CASE.search(question):
        # "Are all code changes peer reviewed before deployment?" and "emergency hotfixes are
        # deployed by one engineer and reviewed within 48 hours".
        return False
    if asked.every and _ONLY_TO_SOME_RX.search(text):
        # "Is HIPAA training given every year to all staff?" and "HIPAA training is given only
        # to the eight people who support our US customers".
        return False
    if asked.every and (_EXCEPT_RX.search(text) or _EXCLUDED_RX.search(text)):
        # "Are all production changes approved?" is not stated by a text that makes an
        # exception anywhere ("..., except for emergency fixes").
        return False

    # A part on the subject that denies it, makes an exception ("all laptops except test
    # machines"), says it is only planned ("we plan to roll out MFA") or, where the question
    # asks what is done rather than what can be, says it is optional ("customers can
    # optionally enable encryption") does not state it, unless another part says more of
    # what is asked ("stored only as bcrypt hashes" for "stored using a one-way hash?",
    # beside "never stored in plain text").
    # A time said once covers its whole clause: "Until 2024 backups were written to tape and
    # stored offsite by Iron Mountain", "After go-live ..., we will scan ... weekly".
    timed = [
        c
        for c in _CLAUSE_END_RX.split(text)
        if _FUTURE_RX.search(c)
        or _PAST_RX.search(c)
        # "off until the customer's administrator turns it on" is still supported.
        or (not capability and _CUSTOMER_TURNS_ON_RX.search(c))
    ]

    # "Can backers opt out?" asks of the undoing itself: "cannot opt out" denies it (elsewhere
    # "MFA cannot be turned off" affirms MFA).
    undoing = bool(_UNDO_ASK_RX.search(question))

    def qualified(part: str) -> bool:
        some = _ONLY_SOME_RX.search(part)
        return bool(
            _DENIAL_RX.search(part if undoing else _DOUBLE_NEGATIVE_RX.sub(" ", part))
            or _EXCEPT_RX.search(part)
            or any(part.strip(" .;,") in c for c in timed)
            # "for Wingtip Meet on the Government plan only": one plan, not the service.
            or _PLAN_ONLY_RX.search(part)
            or _PARTLY_RX.search(part)
            or (not capability and (_OPTIONAL_RX.search(part) or _CUSTOMER_ACT_RX.search(part)))
            # "only the attachments store" is part of what is asked, unless it is what is asked.
            or (some is not None and not subject_terms(some[1]) <= wanted)
        )

    parts = _with_appositives(_PART_RX.split(text))
    if (
        (specific & _IN_TRANSIT and _PLAIN_RX.search(text))
        or any(
            subject_terms(w) & specific
            for w in (*_UN_RX.findall(text), *_WITHOUT_RX.findall(text), *_REMOVED_RX.findall(text))
        )
        or any(
            (denied := _negated_terms(p)) & specific and denied <= wanted
            for p in parts
            if _DENIAL_RX.search(p)
            and not _DOUBLE_NEGATIVE_RX.search(p)
            # "ticket buyers cannot use MFA" does not deny that the product supports it.
            and not (capability and _others_denied(p, wanted))
        )
    ):
        # "... encrypted with AES-256; invoice PDFs are held unencrypted for 24 hours",
        # "the legacy fax archive is not encrypted": part of what is asked is not done.
        return False
    if _FOREVER_RX.search(question) and not _FOREVER_RX.search(text):
        # "Do you keep passport scans indefinitely?" and "... deleted 90 days after ...": a
        # time kept is no keeping without end.
        return False
    if _ORDER_ASK_RX.search(question) and not _ORDER_SAID_RX.search(text):
        # "Was the subsidiary sold before the ransomware attack?": the order of two events,
        # which a text that only dates them (in other words) does not say.
        return False
    lacking = _lacking_terms(question)
    if lacking and lacking <= subject_terms(text):
        # "Can Baltic Ops access production data without CISO approval?" and "... through an
        # access request approved by the CISO": what it is asked to go without is said.
        return False
    asked_since = _since(question)
    if asked_since is not None and (since := _since(text)) is not None and since > asked_since:
        # "required since 2026-01-01?" and "Since 2026-03-01 ... must": later than asked.
        return False
    before = _before(question)
    if before is not None and (since := _since(text)) is not None and since >= before:
        # "required before November 2026?" and "Since November 2026 MFA is required": it
        # began no earlier than the time asked about.
        return False
    if _TEST_ASK_RX.search(question) and _UNTESTED_RX.search(text):
        # "... tested annually?" and "It has not been exercised": "test" is a general term,
        # so its denial is read here.
        return False
    if ("rest" in specific and "rest" not in said and "transit" in said) or (
        "transit" in specific and "transit" not in said and "rest" in said
    ):
        # "encrypted at rest?" is not stated by TLS in transit, nor the reverse.
        return False
    if _UNIVERSAL_RX.search(question) and any(
        _DENIAL_RX.search(p) and not _DOUBLE_NEGATIVE_RX.search(p) and subject_terms(p) & specific
        for p in parts
    ):
        # "an SBOM for all software you deliver?" and "...; no SBOM is produced for the cloud
        # platform": something of what is asked is ruled out, so not all of it.
        return False
    hedged = [p for p in parts if qualified(p)]
    key = have - _GENERAL_TERMS or have  # compared by the specific words each says
    if (asked.every or _ONLY_ASK_RX.search(question)) and any(
        len(subject_terms(p) & key) >= 2 for p in hedged
    ):
        # "Do all law firms use SSH keys?", "only with SSH keys?" and "...; firms onboarded
        # before 2025 may still use SFTP passwords": a case on the subject where it is not so,
        # whatever another part says of the rest.
        return False
    if not _CASE_RX.search(question) and any(
        _CASE_RX.search(p) and len(subject_terms(p) & key) >= 2 for p in hedged
    ):
        # "Do API keys expire after 90 days?" and "...; keys issued before 2024 do not expire",
        # "Is MFA required for clinicians?" and "on the Starter plan clinicians can turn MFA
        # on": a named case of the subject where it is not so, which an unqualified question
        # takes in.
        return False
    # "...; Deckplan code is reviewed by a second developer but is not scanned": a named
    # thing's part read with the subject its "but" shares, so the denial is of that thing (not
    # "card numbers pass through our kiosks but are not stored", whose denial is of another act).
    joined = _PART_RX.split(_BUT_VERB_RX.sub(" yet ", text)) if " but " in text else parts
    named_buts = [j for j in joined if j not in parts and qualified(j) and _NAMED_START_RX.match(j)]
    if named_buts:
        hedged = [*hedged, *named_buts]
        parts = [p for p in parts if not any(p.strip(" .") in j for j in named_buts)]
    if not _PRODUCT_NAME_RX.search(question) and any(
        subject_terms(p) & have and _PRODUCT_NAME_RX.search(p) for p in hedged
    ):
        # "Changes to Lumen Pay are reviewed; Lumen Insights changes may be merged by the
        # author": a named product or system where it is denied, optional or planned.
        return False
    plain = frozenset().union(*(subject_terms(p) for p in parts if p not in hedged))
    if any((subject_terms(p) & have) - plain for p in hedged):
        # What is asked is named only where it is denied, planned or optional: "the internal
        # network has not been tested" beside a web application test, "customer-managed keys
        # are on the roadmap" beside provider-managed ones.
        return False
    negative = max((len(subject_terms(p) & key) for p in hedged), default=0)
    if not negative:
        return True
    # Another sentence, free of any such part, that says more of what is asked.
    positive = max(
        (
            len(subject_terms(sentence) & key)
            for sentence in _SENTENCE_RX.split(text)
            if not any(map(qualified, _with_appositives(_PART_RX.split(sentence))))
        ),
        default=0,
    )
    # What can be done is stated where some part says it as fully as a denial of others does
    # ("MFA is available for organiser accounts; ticket buyers cannot use MFA": supported).
    return negative <= positive if capability and positive else negative < positive


# A part that only says who a name before it is: "No customer data is sent to Meteora, our US
# weather data provider" (a determiner, a few words and no verb of its own).
_APPOSITIVE_RX = re.compile(
    r"^\s*(our|the|its|their|a|an)\s+(?![^.;]*\b(is|are|was|were|be|been|has|have|had|do|does|"
    r"did|will|would|can|could|may|might|must|shall|should|we|they|it|now|then)\b)"
    r"([^\W\d_][\w-]*\s*){1,7}\.?\s*$",
    re.I,
)
_ENDS_IN_NAME_RX = re.compile(r"\b[A-Z][\w&-]*\s*$")


# A part opening with a name: "Deckplan code ...", "Worker Voice ..." (not "We ...", "The ...").
_NAMED_START_RX = re.compile(
    r"\s*(?!(?:The|We|Our|All|Each|This|These|It|They|Its|Their|Every|No|A|An)\b)[A-Z][\w-]*\b"
)
# "Deckplan code is reviewed by a second developer but is not scanned": the "but" joins two
# things said of one subject, which a split there would lose.
_BUT_VERB_RX = re.compile(
    r"\s+but\s+(?=(is|are|was|were|has|have|had|do|does|did|can|cannot|will|must|may)\b)", re.I
)


def _with_appositives(parts: list[str]) -> list[str]:
    """`parts` with each appositive joined to the part whose closing name it describes, so that a
    denial ("No customer data is sent to Meteora") covers the words that name its object."""
    joined: list[str] = []
    for part in parts:
        if joined and _ENDS_IN_NAME_RX.search(joined[-1]) and _APPOSITIVE_RX.match(part):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


class _Asked(NamedTuple):
    """What a question's own wording asks, worked out once per question (states() runs once
    per candidate text)."""

    policy: str  # the stem of "policy" when a policy is asked for, else ""
    kind: str  # the stem of the kind of thing asked exists (programme, plan, ...), else ""
    capability: bool  # what can be done ("Can users ...?", "Do you support ...?")
    alternatives: bool  # the question itself offers alternatives ("SAML or OIDC")
    every: bool  # "all", "every", "each", "always" or "any"
    every_general: bool  # every one of something named in general words ("all data")
    describe: bool  # asks for a description ("Describe ...", "How do you ...?")


@lru_cache(maxsize=1 << 14)
def _asked(question: str) -> _Asked:
    policy = _DOC_NOUN_RX.search(question)
    kind = _PROGRAM_NOUN_RX.search(question)
    return _Asked(
        policy=policy[1][:5] if policy else "",
        kind=kind[1][:6] if kind else "",
        capability=bool(_CAPABILITY_RX.search(question)),
        alternatives=" or " in question,
        every=bool(_ALL_RX.search(question)),
        every_general=_every_general(question),
        describe=bool(_DESCRIBE_ASK_RX.match(question)),
    )


_DESCRIBE_ASK_RX = re.compile(
    r"\s*(please\s+)?(describe|explain|outline|detail|summari[sz]e|how\s+(do|does|is|are))\b", re.I
)


def less_often_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control, among those sharing the question's subject, that does what is asked less
    often than asked."""
    wanted = subject_terms(question)
    if not wanted & _FREQUENCY.keys():
        return None
    index = _control_index(controls)
    near = {i for term in wanted - _FREQUENCY.keys() for i in index.by_term.get(term, ())}
    return next(
        (controls[i] for i in sorted(near) if less_often(question, controls[i].description)), None
    )


def _kind_said(question: str, text: str) -> bool:
    """Whether the text names the kind of thing a question bounds as the question does
    ("security logs", not only "chat logs" or "game server logs"); True when the question
    names no kind before its noun."""
    m = _KIND_NOUN_RX.search(question)
    if m is None or m["kind"].lower() in _NOT_KINDS:
        return True
    asked = m["kind"].lower()
    kinds = _KIND_FAMILIES.get(asked, re.escape(asked))
    kind = re.compile(rf"\b({kinds})", re.I)
    noun = re.compile(rf"\b{m['noun'][:3]}", re.I)
    # In the sentence that names the thing: "Security and audit logs are kept 12 months".
    return any(kind.search(x) and noun.search(x) for x in _FULL_STOP_RX.split(text))


# "security logs", "audit records", "database backups": a kind before a kept thing.
_KIND_NOUN_RX = re.compile(
    r"\b(?P<kind>[a-z][\w-]+)\s+(?P<noun>logs?|backups?|records|recordings|files|messages|"
    r"tokens|keys|passwords)\b",
    re.I,
)
# Security logs are the logs of servers, firewalls, applications and access events.
_KIND_FAMILIES = {
    "security": "security|audit|server|firewall|application|system|access|event|siem|"
    "infrastructure|authentication",
}
_NOT_KINDS = frozenset(
    [
        "your",
        "the",
        "all",
        "any",
        "our",
        "their",
        "its",
        "of",
        "are",
        "is",
        "were",
        "be",
        "do",
        "does",
        "and",
        "or",
        "these",
        "those",
        "such",
        "other",
        "some",
        "data",
    ]
)


def short_of_bound_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control, among those sharing the question's subject, that states a quantity the
    bound asked rules out ("logs are retained for 90 days" for "at least 12 months?")."""
    question = _in_digits(_retention_as_bound(question))
    if _BOUND.search(question) is None:
        return None
    index = _control_index(controls)
    wanted = subject_terms(question) - _UNIT_TERMS - numbers_in(question)
    bounded = specific_terms(_BOUND.rx.sub(" ", question)) - _UNIT_TERMS - numbers_in(question)
    near = {i for term in wanted for i in index.by_term.get(term, ())}
    return next(
        (
            c
            for c in (controls[i] for i in sorted(near))
            if _bound_met(question, c.description) == "short"
            and _kind_said(question, c.description)
            and states(_BOUND.rx.sub(" ", question), c.description)
            # A No needs the whole subject: backups kept 30 days say nothing of logs.
            and bounded <= subject_terms(c.description)
        ),
        None,
    )


def optional_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control that leaves to the customer, or to some of those asked, what a question
    asks be enforced for all or by default ("Is MFA enforced for all users by default?" and
    "Account administrators can require MFA ...; it is off by default", "required for
    administrators and optional for dispatchers"): a truthful No."""
    if not (_ENFORCED_ASK_RX.search(question) and _ALL_OR_DEFAULT_RX.search(question)):
        return None
    if subject_terms(question) & _POPULATION or _WORKFORCE_ASK_RX.search(question):
        # "Is MFA required for all workforce access to production?" asks of the vendor's own
        # people, not of a feature customers turn on for theirs.
        return None
    specific = specific_terms(question) - _POPULATION - _ENFORCE_TERMS
    if not specific:
        return None
    for control in controls:
        # Whole sentences: "...; the library's administrator decides whether to require it".
        for part in _FULL_STOP_RX.split(control.description):
            if not (specific <= subject_terms(part) and _LEFT_OPEN_RX.search(part)):
                continue
            if _PAST_RX.search(part) or _SINCE_RX.search(part) or _BEFORE_THAT_RX.search(part):
                # "required for all customer users since February 2026; before that it was
                # optional": what was left open is past.
                continue
            if _ENFORCED_RX.search(part) and not _ALL_USERS_RX.search(question):
                # "required for all administrator accounts and optional for customer users":
                # which part holds for the group asked is the reviewer's to read.
                continue
            return control
    return None


_ENFORCED_RX = re.compile(r"\b(required|enforced|mandatory|must)\b", re.I)
_WORKFORCE_ASK_RX = re.compile(r"\b(workforce|production|internal\s+systems?|corporate)\b", re.I)
_BEFORE_THAT_RX = re.compile(r"\bbefore\s+(that|then|this)\b|\bwas\s+optional\b", re.I)
_ALL_USERS_RX = re.compile(
    r"\b(all|every|each)\s+(\w+\s+){0,3}?(users?|accounts?|staff|employees?|members?)\b|"
    r"\beveryone\b",
    re.I,
)


_FULL_STOP_RX = re.compile(r"(?<=\.)\s+")
_ENFORCE_TERMS = frozenset(
    map(_term, ("enforced", "required", "mandatory", "compulsory", "default"))
)


_ENFORCED_ASK_RX = re.compile(r"\b(enforced|required|mandatory|compulsory)\b", re.I)
# ... or asked with the vendor as the one who requires it: "Do you require 2FA for our users?"
_YOU_REQUIRE_RX = re.compile(
    r"\b(you|vendor|(your|the)\s+(platform|application|app|product|service|system|solution|"
    r"software|portal))\s+(require|enforce|mandate)s?\b",
    re.I,
)
_CHOICE_LEFT_RX = re.compile(
    r"\b(decides?|chooses?|choose)\s+whether\b|\b(can|may)\s+(choose|opt)\s+to\b", re.I
)
_ALL_OR_DEFAULT_RX = re.compile(r"\bby\s+default\b|\b(all|every)\b", re.I)
# What is left to the customer or to some: "off by default", "optional", "can require",
# "turned on by each customer's administrator", "decides whether to require it".
_LEFT_OPEN_RX = re.compile(
    r"\boff\s+(by\s+default|until)\b|\boptional(ly)?\b|\b(can|may)\s+(require|enforce|enable|turn\s+(it\s+)?on)\b|"
    r"\bturned\s+on\s+by\b|\b(decides?|chooses?)\s+whether\b|"
    # "available to all municipal staff accounts and required for administrators".
    r"\bavailable\s+(to|for|on)\b",
    re.I,
)


def excepted_elsewhere(
    question: str, controls: tuple[Control, ...], chosen: tuple[Control, ...]
) -> Control | None:
    """A control, among those that state it or beside them, which says part of what a question
    asks is not done ("Do you encrypt data at rest and in transit?" stated by two controls, and a third:
    "CR-200 trackers send GPS positions ... without encryption"): for the reviewer."""
    if not YES_NO_RX.match(question):
        return None
    specific = specific_terms(question)
    # The controls that state it together are read too: "CR-400 trackers send telemetry over
    # TLS 1.2. CR-200 trackers ... without encryption" states transit only in part.
    for control in (*chosen, *(c for c in controls if c not in chosen)):
        words = (*_UN_RX.findall(control.description), *_WITHOUT_RX.findall(control.description))
        if any(subject_terms(w) & specific for w in words):
            return control
        # "... encrypted only when the municipality has turned on device encryption": done
        # under a condition someone else sets, so not done as asked everywhere.
        if any(
            subject_terms(m["what"]) & specific for m in _ONLY_WHEN_RX.finditer(control.description)
        ):
            return control
        if control not in chosen and _practice_denied(question, specific, control.description):
            # "Is the storage of sensitive data encrypted?" stated for the cloud, and another
            # control: "A Bellows Edge server keeps ...; its disks are not encrypted".
            return control
        if (
            control not in chosen
            and _ALL_ADMIN_ASK_RX.search(question)
            and _SHARED_ADMIN_RX.search(control.description)
        ):
            # "MFA for all administrative accounts?" and "... administered through one shared
            # local administrator account": an account the practice stated is not said of.
            return control
    return None


# The words of a question on a safeguard for data or systems in general ("Is the storage of
# sensitive data encrypted using security protocols/algorithms?").
_IN_GENERAL_TERMS = frozenset(
    subject_terms(
        "storage stored store sensitive customer client personal confidential information data "
        "rest transit protocols algorithms security systems environment use used using strong "
        "industry standard all"
    )
)


def _practice_denied(question: str, specific: frozenset[str], text: str) -> bool:
    """Whether a part of `text` denies the safeguard a question asks ("its disks are not
    encrypted"), not of other people ("ticket buyers cannot use MFA") or another product."""
    # Only a safeguard named by its concept (encryption, MFA, SSO, a WAF ...): "kept", "one" or
    # a unit said in both are no denial of it; and asked of data or systems in general, or of
    # the very thing the part names ("member data in the Cuenta databases" is not asked of
    # archived PDFs).
    practice = specific & (_CONCEPTS | {"encrypt"})
    if not practice:
        return False
    objects = specific - practice - _GENERAL_TERMS - _IN_GENERAL_TERMS
    return any(
        _negated_terms(p) & practice
        and objects <= subject_terms(p)
        and not _others_denied(p, specific)
        and not _other_product(question, p)
        and not (subject_terms(p) & _SUBJECT_CLASSES) - specific
        for p in _with_subjects(text)
        if _DENIAL_RX.search(p) and not _DOUBLE_NEGATIVE_RX.search(p)
    )


_ALL_ADMIN_ASK_RX = re.compile(
    r"\b(all|every|each|any)\s+(\w+\s+)?(administrative|administrator|admin|privileged)\s+"
    r"(accounts?|users?|access)\b",
    re.I,
)
_SHARED_ADMIN_RX = re.compile(
    r"\b(shared|generic|common|local)\s+(\w+\s+)?(administrator|admin|root)\s+accounts?\b", re.I
)


# "they are encrypted only when ...", "are backed up only if the customer asks".
_ONLY_WHEN_RX = re.compile(
    r"\b(?:is|are|was|were|be)\s+(?P<what>\w+(?:ed|en))\s+only\s+(?:when|if|where|once)\b", re.I
)


def timed_only_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control that names what a present-tense question asks only as past or planned
    ("We stopped using a web application firewall in March 2025", "We are writing a business
    continuity plan; it is due for approval in June 2027"), nothing in place today: a truthful
    No."""
    if (
        _FUTURE_RX.search(question)
        or _PAST_ASK_RX.search(question)
        or not YES_NO_RX.match(question)
    ):
        return None  # "Do you plan to ...?", "Have you ever ...?" ask of another time
    # A product's name says where, not what: "Does KT Remediate use AI?" is not denied by
    # "Until March 2025 KT Remediate stored passwords ...".
    specific = specific_terms(question) - _FREQUENCY.keys() - _name_terms(question)
    if not specific:
        return None
    index = _control_index(controls)
    near = {i for term in specific for i in index.by_term.get(term, ())}
    people = _GROUP_NOUN_TERMS | _POPULATION
    wanted = subject_terms(question) - _FREQUENCY.keys()
    asked_people = subject_terms(question) & people
    for i in sorted(near):
        text = controls[i].description
        said_people = subject_terms(text) & people
        if asked_people and said_people and not asked_people & said_people:
            # "Do all employees use MFA?" and "Overseas agents ... MFA for agents is planned":
            # what is planned for other people says nothing of those asked about.
            continue
        if hosted_apart(question, text):
            continue  # MFA planned for servers in a colocation cage is not the cloud's
        said = subject_terms(text)
        shared = wanted & said
        if len(shared) < min(2, len(wanted)) and not shared & _MUST_SAY:
            # "procedures that require a review and update of privileged access lists" and a
            # plan to "replace" a shared password: one word in common ("update") is no subject,
            # unless it names the thing itself ("a BCP", "an IDS").
            continue
        clauses = _CLAUSE_END_RX.split(text)
        timed = [c for c in clauses if _FUTURE_RX.search(c) or _PAST_RX.search(c)]
        if (
            not timed
            or not _names_stated(question, said)
            or _STILL_RX.search(text)
            or _UNTIL_PLANNED_RX.search(text)
            or (
                # "Card numbers are kept in the local database until March 2027": a state
                # said in the present to last until a date holds today.
                _UNTIL_DATED_RX.search(text)
                and _PRESENT_HELPER_RX.search(text)
                and not _SIMPLE_PAST_RX.search(text)
            )
        ):
            # "... have not yet been deleted", "still hold", "stores booking data there until
            # its migration, planned for the end of 2033": a state that holds today.
            continue
        # "We plan to run a tabletop": the verb "plan" is no plan asked of.
        then = frozenset().union(*(subject_terms(_PLAN_VERB_RX.sub(" ", c)) for c in timed))
        head = _asked_head(question)
        if head and not any(
            re.search(rf"\b{re.escape(head)}", _PLAN_VERB_RX.sub(" ", c), re.I) for c in timed
        ):
            # "Do you have a crisis communication plan?" and "We plan to hold our first crisis
            # communication walkthrough": what is to come is a walkthrough, not the plan.
            continue
        now = frozenset().union(*(subject_terms(c) for c in clauses if c not in timed))
        planned = [
            _FREQUENCY[t]
            for c in timed
            for m in _OFTEN_PHRASE_RX.finditer(c)
            for t in subject_terms(m[0])
            if t in _FREQUENCY
        ]
        asked_often = [_FREQUENCY[t] for t in wanted | subject_terms(question) if t in _FREQUENCY]
        if planned and asked_often and max(planned) < min(asked_often):
            # "Is the DR plan tested at least once a year?" and "From 2033 we intend to run the
            # test twice a year": a plan to do it more often than asked says nothing of whether
            # it is done as often as asked now.
            continue
        if (
            len(specific & then) >= STATED_SHARE * len(specific)
            and not (specific & then) & now
            and not states(question, text)
            and not (
                # "We plan to replace the readers installed before 2026": a plan for some.
                any(_SOME_OF_RX.search(c) for c in timed)
                and not _UNIVERSAL_RX.search(question)
                and _in_place_elsewhere(specific & then, controls, i)
            )
        ):
            return controls[i]
    return None


# How often, said as such: "twice a year", "every month", "quarterly" (not "the second quarter
# of 2028", a date).
_OFTEN_PHRASE_RX = re.compile(
    r"\b(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|per|each|every)\s+(?:year|month|week|day|"
    r"quarter)\b|\bevery\s+(?:\w+\s+)?(?:year|month|week|day|quarter)\b|"
    r"\b(?:annually|yearly|monthly|weekly|daily|nightly|quarterly|hourly)\b",
    re.I,
)


def _same_start(question: str, text: str) -> bool:
    """Whether the event a question counts a window from ("within 30 days of contract
    termination") is the one the text counts from, where both name one."""
    asked = [_event_terms(m["event"]) for m in _WINDOW_EVENT_RX.finditer(question)]
    said = [_event_terms(m["event"]) for m in _WINDOW_EVENT_RX.finditer(text)]
    asked = [a for a in asked if a]
    said = [x for x in said if x]
    if not asked or not said:
        return True
    return any(a & x for a in asked for x in said)


def _event_terms(event: str) -> frozenset[str]:
    """An event's terms, the ways of coming to know of something as one ("discovery",
    "detection", "becoming aware")."""
    return frozenset(
        "aware" if any(t.startswith(k) for k in _KNOWING) else t for t in specific_terms(event)
    )


_KNOWING = ("discover", "detect", "identif", "aware", "notic", "confirm", "learn", "find", "found")
# The event a window counts from: "within 30 days of contract termination", "30 days after a
# loan is returned".
_WINDOW_EVENT_RX = re.compile(
    r"\b\d+\s+(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?)\s+"
    r"(?:of|after|from|following)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+|your\s+)?"
    r"(?P<event>[\w -]{3,40}?)(?=\s*[,.;?)]|\s*$|\s+(?:unless|and|or|if|when|at|for|by)\b)",
    re.I,
)


def _able_unsaid(question: str, text: str) -> bool:
    """Whether a question asks of something that can be done to a thing ("reusable",
    "transferable", "exportable") and the text never names that act ("reuse", "reused")."""
    words = set(_WORD_RX.findall(text.lower()))
    for m in _ABLE_WORD_RX.finditer(question):
        word = m[0].lower()
        if word in _NOT_ACTS:
            continue
        root = word[:-4] if len(word) > 8 else word[:-3]
        if not any(w.startswith(root) for w in words):
            return True
    return False


_ABLE_WORD_RX = re.compile(r"\b[a-z]{4,}(?:able|ible)\b", re.I)
# "-able" words that name no act done to a thing.
_NOT_ACTS = frozenset(
    [
        "available",
        "responsible",
        "applicable",
        "reasonable",
        "acceptable",
        "capable",
        "possible",
        "vulnerable",
        "suitable",
        "comparable",
        "considerable",
        "notable",
        "portable",
        "durable",
        "reliable",
        "liable",
        "eligible",
        "visible",
        "accessible",
        "sensible",
        "flexible",
        "compatible",
    ]
)


def _done_after(question: str, text: str) -> bool:
    """Whether a text says the act a question asks to be done before something is done after
    it, in a part on that act ("emergency changes are reviewed ... after release"; not
    "changes are monitored after deployment" for "tested before deployment")."""
    m = _BEFORE_ASK_RX.search(question)
    if m is None:
        return False
    head = question[: m.start()]
    act = _passive_predicate(head) | _active_predicate(head)
    return bool(act) and any(
        act <= subject_terms(part) and not _BEFORE_ASK_RX.search(part)
        for part in _PART_RX.split(text)
        if _AFTER_RX.search(part)
    )


_BEFORE_ASK_RX = re.compile(r"\b(before|prior\s+to|ahead\s+of)\b", re.I)
_AFTER_RX = re.compile(r"\bafter\b", re.I)


def _less_often_for_some(wanted: frozenset[str], text: str) -> bool:
    """Whether a text that says how often in two or more places says it less often than asked
    in one ("every day and the Vervoer servers once a month" for "daily")."""
    asked = [_FREQUENCY[t] for t in wanted if t in _FREQUENCY]
    if not asked:
        return False
    said = [
        _FREQUENCY[t]
        for part in _PART_RX.split(text)
        if _on_the_act(wanted, part)
        for m in _OFTEN_PHRASE_RX.finditer(part)
        for t in subject_terms(m[0])
        if t in _FREQUENCY
    ]
    return len(said) > 1 and max(said) > min(asked)


def _on_the_act(wanted: frozenset[str], part: str) -> bool:
    """Whether a part of a text is on the act asked: it names some of it, or names only
    things by their names ("and the Vervoer servers once a month"), not another act ("a
    summary report goes to management monthly")."""
    plain = _OFTEN_PHRASE_RX.sub(" ", part)
    terms = specific_terms(plain) - _FREQUENCY.keys()
    names = subject_terms(" ".join(_CAPITAL_WORD_RX.findall(part)))
    return bool(subject_terms(plain) & wanted) or not terms - names


# A state that lasts until something still to come: "until its migration to Google Cloud, planned
# for the end of 2033".
_UNTIL_PLANNED_RX = re.compile(r"\buntil\b[^.;]{0,80}?\b(planned|scheduled|expected|due)\b", re.I)
# Some of a kind of things, told apart by age or by being left over.
_SOME_OF_RX = re.compile(
    r"\b(installed|deployed|bought|purchased|issued|built|added|created|enrolled)\s+"
    r"(before|prior\s+to|until)\b|\b(older|legacy|remaining|outstanding|last\s+(\d+|few))\b",
    re.I,
)


def _asked_head(question: str) -> str:
    """The head noun of the thing a "Do you have ...?" question asks for, as a term: "Do you
    have a crisis communication plan?" → "plan"; '' for other forms."""
    m = _HAVE_THING_RX.match(question)
    if m is None:
        return ""
    words = _WORD_RX.findall(m["thing"].lower())
    return _stem(words[-1]) if words else ""


_HAVE_THING_RX = re.compile(
    r"\s*(?:(?:do|does)\s+(?:you|your\s+\w+)\s+(?:have|maintain|keep|hold)|(?:is|are)\s+there)\s+"
    r"(?:an?\s+|any\s+)?(?:(?:documented|formal|written|current)\s+)?(?P<thing>[\w -]+?)"
    r"(?=\s+(?:for|in|on|at|with|and|or|that|which|to|covering|today|currently|now|yet|already|"
    r"today|in\s+place)\b|\s*[?,]|\s*$)",
    re.I,
)
_PLAN_VERB_RX = re.compile(
    r"\b(we|they|it)\s+(also\s+)?(plan|plans|planned|intend|intends)\s+to\b", re.I
)


def _in_place_elsewhere(terms: frozenset[str], controls: tuple[Control, ...], i: int) -> bool:
    """Whether another control tells in the present of what control `i` names only as planned
    or past ("We plan to replace the readers installed before 2026 with TLS-capable ones" and
    "Planner, Parent and the newer readers reach our servers over TLS 1.2"): what is planned
    is for some, and the rest have it now."""
    for j, control in enumerate(controls):
        if j == i:
            continue
        clauses = _CLAUSE_END_RX.split(control.description)
        now = [c for c in clauses if not (_FUTURE_RX.search(c) or _PAST_RX.search(c))]
        if any(
            len(terms & subject_terms(c)) >= STATED_SHARE * len(terms) and not _DENIAL_RX.search(c)
            for c in now
        ):
            return True
    return False


def overdue_control(question: str, controls: tuple[Control, ...], now: int) -> Control | None:
    """The control that dates the last time something a question asks to be done every period
    was done, longer ago than the period ("The last documented restore test was in October
    2024" for "Are restores tested at least once a year?" in December 2026): a truthful No.
    `now` is the answer date as year * 12 + month."""
    wanted = subject_terms(question)
    periods = [_FREQUENCY[t] for t in wanted if _FREQUENCY.get(t, 0) >= _MONTH_DAYS]
    specific = specific_terms(question) - _FREQUENCY.keys()
    if not periods or not specific or _FUTURE_RX.search(question):
        return None
    months = min(periods) // _MONTH_DAYS
    index = _control_index(controls)
    near = {i for term in specific for i in index.by_term.get(term, ())}
    # What is done, not where: "Did Sorrel Draft suffer an outage in the past year?" is not
    # overdue by "Sorrel Capture was last tested in 2028".
    done = specific - _name_terms(question)
    for i in sorted(near):
        for clause in _CLAUSE_END_RX.split(controls[i].description):
            if not _LAST_DONE_RX.search(clause):
                continue
            terms = subject_terms(clause)
            asked = wanted - _FREQUENCY.keys()
            dates = _event_dates(clause)
            if (
                dates
                and done & terms
                and len(asked & terms) >= STATED_SHARE * len(asked)
                and now - max(last for _, last in dates) > months
            ):
                return controls[i]
    return None


# Two things asked to be tested together: "an IR plan and a DR plan, both tested ...".
_BOTH_TESTED_RX = re.compile(
    r"\b(?:an?|the|your)\s+(?P<a>(?:[\w-]+\s+){0,5}?[\w-]+)\s+and\s+(?:an?|the|your)\s+"
    r"(?P<b>(?:[\w-]+\s+){0,5}?[\w-]+),?\s+"
    r"(?:both|each)\s+(?:of\s+them\s+)?(?:been\s+)?tested\b",
    re.I,
)


def tested_within(ctx: Context, question: str) -> Signed:
    """Yes to "Has the Disaster Recovery Plan been tested in the past year?" where a control on
    its subject dates a test inside the window ("the failover was tested in June 2027", "most
    recently in October 2026"); NONE otherwise (an older date is `overdue_control`'s)."""
    window = _WINDOW_ASK_RX.search(question)
    if window is None or not _TESTED_ASK_RX.search(question):
        return NONE
    pair = _BOTH_TESTED_RX.search(question)
    if pair is not None:
        # "an incident response plan and a disaster recovery plan, both tested in the last 12
        # months?": each dated in the window, or no Yes.
        each = [
            tested_within(ctx, f"Has your {pair[side]} been tested {window[0]}?")
            for side in ("a", "b")
        ]
        if all(e.answer == "Yes" for e in each):
            return Signed("Yes", " ".join(e.fact for e in each), each[0].source)
        return NONE
    now = ctx.as_of.year * 12 + ctx.as_of.month
    start = now - _months(window)
    specific = specific_terms(_WINDOW_ASK_RX.sub(" ", question)) - _TEST_TERMS
    if not specific:
        return NONE
    what = _TESTED_SUBJECT_RX.match(question)
    tested = subject_terms(what["what"]) - _GENERAL_TERMS if what else frozenset()
    # What is tested, not where: "Has Kerkyra PMS been penetration tested ...?" is not dated by
    # "Failover of Kerkyra PMS ... was last tested in November".
    # (A name that swallows what is tested, "Kerkyra PMS Access Control", leaves its words
    # beyond the vendor's and its products' names.)
    done = specific - _name_terms(question) or specific - subject_terms(
        f"{ctx.inventory.vendor} {' '.join(ctx.product_words)}"
    )
    for control in ctx.inventory.controls:
        terms = subject_terms(control.description)
        if len(specific & terms) < STATED_SHARE * len(specific) or (done and not done & terms):
            continue
        # On the case asked: "the restore of the US region" is not dated by the India region's
        # failover test.
        about = _about_named(question, control.description)
        about = _about_case(question, about) if about is not None else None
        if about is None:
            continue
        products = {w for w in ctx.product_words if _names(question, w)}
        if products:
            # "Has Tembusu Payouts been penetration tested ...?": that product's sentences.
            about = " ".join(
                x for x in _FULL_STOP_RX.split(about) if any(_names(x, w) for w in products)
            )
        places = _places(question)
        if places:
            # "of the US region": the sentences that name it, where some do.
            named = [x for x in _FULL_STOP_RX.split(about) if places & _places(x)]
            about = " ".join(named) or about
        if tested:
            # "Have the VesselLog Edge gateways been tested ...?" and "... the cloud services
            # every year (last in September 2026). The VesselLog Edge gateways were tested
            # once, in 2023.": the sentences that name all of what is asked and tell of its
            # test, where some do ("Our CTO owns the DR plan. The failover was tested in June"
            # tells of the test in another sentence).
            named = [
                x
                for x in _FULL_STOP_RX.split(about)
                if tested <= subject_terms(x) and _TEST_WORD_RX.search(x)
            ]
            about = " ".join(named) or about
        clauses = _CLAUSE_END_RX.split(about)
        if tested and any(tested <= subject_terms(c) for c in clauses):
            # "Nuage Famille was tested in March 2031; Nuage Centre was last tested in 2028":
            # within a sentence too, not the clauses on another of the vendor's products.
            clauses = [
                c
                for c in clauses
                if tested <= subject_terms(c) or not products_named(ctx.product_words, c)
            ]
        if any(_TEST_WORD_RX.search(c) and _DENIAL_RX.search(c) for c in clauses):
            # "exercised as a tabletop in May 2026; no failover test has been performed": what
            # kind of test the question means is the reviewer's to weigh.
            continue
        for clause in clauses:
            if not _TEST_WORD_RX.search(clause):
                continue
            if _FUTURE_RX.search(clause):
                continue  # "we plan the first one for the third quarter of 2027"
            if (
                tested
                and not tested & subject_terms(clause)
                and products_named(ctx.product_words, clause)
            ):
                continue  # "Counter and Go were tested in January" does not date the kiosks
            dates = [last for _, last in _event_dates(clause) if last <= now]
            if dates and max(dates) > start:
                said = f"{control.description.strip().rstrip('.')} (control {control.id})."
                return Signed("Yes", said, control.id)
    return NONE


# "tested in the past year?", "exercised in the last 12 months?".
_TESTED_ASK_RX = re.compile(r"\b(tested|exercised|rehearsed|drilled)\b", re.I)
_TEST_WORD_RX = re.compile(r"\b(test(s|ed|ing)?|exercis(e|ed|es)|rehears\w+|drill(s|ed)?)\b", re.I)
_TEST_TERMS = frozenset({"test", "tested", "exercis", "exercised", "rehears", "drill"})
# What a question asks to have been tested: "Were the kiosks penetration tested ...?" (kiosks).
_TESTED_SUBJECT_RX = re.compile(
    r"\s*(?:has|have|was|were|is|are)\s+(?:the\s+|your\s+|all\s+)?(?P<what>[^?]+?)\s+"
    r"(?:been\s+)?(?:(?:penetration|pen|security|load|failover|restore)\s+)?"
    r"(?:tested|exercised|rehearsed|drilled)\b",
    re.I,
)


_MONTH_DAYS = 28
# "The last documented restore test was in October 2024", "most recently tested in 2023".
_LAST_DONE_RX = re.compile(r"\b(last|latest|most\s+recent(ly)?|previous)\b", re.I)
# A state that holds today: "have not yet been deleted", "still", "is underway".
_STILL_RX = re.compile(
    r"\bnot\s+yet\s+been\b|\bstill\b|\bremain(s|ing)?\b|\bunder\s*way\b|\bin\s+progress\b", re.I
)
# A question about the past or ever: "Have you ever ...", "in the past", "previously".
_PAST_ASK_RX = re.compile(
    r"\b(ever|in\s+the\s+past|previously|formerly|used\s+to|have\s+you\s+had)\b|"
    # "Did developers receive ...?", "Have your developers been trained ...?", "in 2024?",
    # "before 2025?": another time than today, which a practice since stopped may answer.
    r"^\s*(did|was|were)\b|\b(have|has)\s+(\w+\s+){0,3}?been\b|"
    r"\b(in|during|before|until|through)\s+(19|20)\d\d\b",
    re.I,
)


def _bound_met(question: str, text: str) -> str:
    """Whether the quantities `text` states for what a question bounds meet the bound: "met"
    ("at least 30 days" and "retained for 90 days"), "short" ("RTO of 4 hours or less" and "an
    RTO of 8 hours"), "mixed" (one of each: "4 hours for the API; 24 hours for the
    dashboard"), or "" when the question bounds nothing or the text states no such quantity."""
    if not any(map(question.lower().__contains__, _BOUND.keys)):
        return ""  # most questions bound nothing: a few substring tests
    if _MONEY_RX.search(question):
        # A sum is judged in the currency and the cover asked: "at least CAD 3 million?" is
        # not met by "EUR 3 million", nor cut short by another cover's "CAD 2 million".
        if not _comparable(question, text) or not _MINIMUM_RX.search(question):
            return "mixed"
        if meets_minimum(question, text):
            return "met"
        return "short" if below_minimum(question, text) else "mixed"
    question, text = _in_digits(_A_UNIT_RX.sub(r"\1 1 \2", question)), _in_digits(text)
    m = _BOUND.search(question)
    if m is None:
        return ""
    limit, dimension = _quantity(m["n"] or m["n2"], m["unit"] or m["unit2"])
    strict = (m["strict"] or "").lower()
    lower = bool(
        m["low"]
        or m["low2"]
        or (m["dir"] or "").lower() in ("more", "longer", "greater")
        or strict.split(" ")[0] in ("more", "longer", "greater", "over")
    )
    asked = subject_terms(question[: m.start()] + " " + question[m.end() :]) - _UNIT_TERMS
    words = asked - (numbers_in(question) | _GENERAL_TERMS | _FREQUENCY.keys())
    met: set[bool] = set()
    if _FURTHER_RX.search(text):
        return ""  # "then archived for a further 2 years": the times add up
    # The people the question names ("administrator passwords") must be the clause's.
    group = asked & _GROUP_TERMS
    # The quantities of the sentences that say most of what is bounded ("Cloud platform
    # logs are collected ... and kept for 90 days" over "Gateway logs stay ... for 7 days"
    # when cloud logs are asked).
    sentences = [(x, subject_terms(x)) for x in _SENTENCE_RX.split(text)]
    # A sentence on the thing asked with no quantity ("the audit trail is kept for the life of
    # the matter") leaves the bound unjudged: another thing's quantity does not answer it.
    # What is measured outweighs the names it is measured for: "the RPO is 6 hours for both"
    # over "the RTO is 8 hours for Saguaro Pay" when Saguaro Pay's RPO is asked.
    names = frozenset().union(*(subject_terms(n[0]) for n in _PRODUCT_NAME_RX.finditer(question)))
    measured = words - names

    def weight(t: frozenset[str]) -> tuple[int, int]:
        return len(measured & t), len(words & t)

    best = max((weight(t) for _, t in sentences), default=(0, 0))
    chosen = " ".join(x for x, t in sentences if weight(t) >= best)
    if not _QUANTITY_RX.search(chosen) and _QUANTITY_RX.search(text):
        return "mixed"  # the thing asked has no quantity said; another thing has one
    products = {m[0] for m in _PRODUCT_NAME_RX.finditer(text)}
    if (
        len(products) > 1
        and not any(p.lower() in question.lower() for p in products)
        and any(p not in chosen for p in products)
    ):
        # "Is your RTO 4 hours or less?" and "Ferncrest Book has an RTO of 4 hours. Ferncrest
        # Video has no failover": true of one product, not of the service asked.
        return "mixed"
    on_subject = False
    asked_products = {p for p in products if p.lower() in question.lower()}
    parts = _PART_RX.split(chosen)
    if m["upto"] and _CAPABILITY_RX.search(question) and _UP_TO_RX.search(chosen):
        # "Can patients enter data offline for up to 14 days?" and "offline for up to 7 days":
        # a capacity asked of a capacity said, which 7 days falls short of.
        lower = True
        # "... retained for 90 days by default; Enterprise customers can set retention up to
        # one year": the most that can be had is what a capacity asks of, not the default.
        parts = [p for p in parts if _UP_TO_RX.search(p)]
    for part in parts:
        terms = subject_terms(part)
        # "kept for 400 days for Review and for 90 days for Matter": a part that goes on with
        # a preposition is of the subject before it.
        on_subject = bool(words & terms and group <= terms) or (
            on_subject and bool(_GOES_ON_RX.match(part))
        )
        named = {m[0] for m in _PRODUCT_NAME_RX.finditer(part)}
        if not on_subject or (asked_products and named and not named & asked_products):
            continue  # "for Briefbill Matter" when Briefbill Review is asked
        for q in _QUANTITY_RX.finditer(part):
            amount, kind = _quantity(q["n"], q["unit"])
            if kind != dimension:
                continue
            # A business day stated may end later than a calendar day asked (a Friday's).
            value = amount * (1.4 if q["unit"].lower().startswith("business") and not lower else 1)
            # Calendar units round: "90 days" is "3 months", "12 months" is "one year"; a
            # percentage or a count does not ("at least 99.9%" is not met by 99.5%).
            rounding = _ROUNDING if kind == "time" else 1.0
            if lower:
                met.add(value > limit if strict else value >= limit * rounding)
            else:
                met.add(value < limit if strict else value * rounding <= limit)
    if not met:
        return ""
    if met == {False} and _ARCHIVED_RX.search(chosen):
        # "kept in CloudWatch for 1 year and archived to S3 for 5 years": a second stage of
        # keeping that a part on the subject's words alone leaves out. Judged by the longest.
        longest = max(
            (
                _quantity(q["n"], q["unit"])[0]
                for q in _QUANTITY_RX.finditer(chosen)
                if _quantity(q["n"], q["unit"])[1] == dimension
            ),
            default=0.0,
        )
        if lower and longest >= limit * _ROUNDING:
            return ""
    if met == {True} and any(
        x not in chosen and words & t and not _QUANTITY_RX.search(x) and _OTHER_SYSTEM_RX.search(x)
        for x, t in sentences
    ):
        # "Critical findings are fixed within 14 days. Barge servers are patched when a
        # technician visits the site.": the bound holds for some systems, not said of others.
        return "mixed"
    return "mixed" if len(met) > 1 else "met" if met.pop() else "short"


def _untimed_elsewhere(question: str, text: str) -> bool:
    """Whether a sentence of `text` tells the act a question times ("remediated within 30
    days") of another system or site with no time of its own ("Barge servers are patched when
    a technician visits the site")."""
    m = _TIMED_VERB_RX.search(question)
    act = subject_terms(m[1]) if m else frozenset()
    named = _PRODUCT_NAME_RX.search(question) or _name_terms(question)
    other = _OTHER_SYSTEM_RX.search if named else _names_other_part
    return bool(act) and any(
        act <= subject_terms(x) and _window(x) is None and not _QUANTITY_RX.search(x) and other(x)
        for x in _WHOLE_SENTENCE_RX.split(text)
    )


def _names_other_part(text: str) -> bool:
    """A system, site or product named ("Worker Voice and Remediate are patched monthly")."""
    return bool(_OTHER_SYSTEM_RX.search(text) or _PRODUCT_NAME_RX.search(text))


_TIMED_VERB_RX = re.compile(r"\b(\w+(?:ed|en))\s+within\b", re.I)
# A recurring practice that stopped: "we used to repeat it every year but have not run it since".
_LAPSED_RX = re.compile(
    r"\bused\s+to\b[^.;]{0,80}\bbut\b[^.;]{0,60}\b(not|no\s+longer|stopped)\b|"
    r"\b(have|has)\s+not\s+(run|held|repeated|performed|done|carried\s+out)\b[^.;]{0,60}\bsince\b",
    re.I,
)
_ARCHIVED_RX = re.compile(r"\barchiv\w*\b", re.I)
# Another system or site a sentence tells the practice of, in its own way.
_OTHER_SYSTEM_RX = re.compile(
    r"\b(servers?|sites?|devices?|kiosks?|terminals?|appliances?|barges?|vessels?|branches?|"
    r"stores?|warehouses?|plants?|on-?premises|edge|legacy|hospitals?|clinics?|schools?|"
    r"locations?|\w+server)\b",
    re.I,
)


_ROUNDING = 0.97


# "at least a year", "within an hour": one of the unit, in a bound.
def _retention_as_bound(question: str) -> str:
    """ "Are backups retained for a year?" asks that they are kept at least that long: put as
    the bound it is, so that "kept for 30 days" falls short of it and "kept for 2 years" meets
    it. Not where an end is asked too ("kept for 30 days and then deleted"): that is exact."""
    if "for" not in question or _END_ASKED_RX.search(question):
        return question
    return _RETAINED_FOR_RX.sub(_at_least, question)


def _at_least(m: re.Match[str]) -> str:
    n = m["n"].lower()
    return f"{m[1]} for at least {'1' if n in ('a', 'an', 'one') else n} "


_RETAINED_FOR_RX = re.compile(
    r"\b(retain(?:ed)?|kept|keep|stored|store|held|hold|preserved|archived)\s+for\s+"
    r"(?P<n>an?|one|\d+)\s+(?=(?:business\s+)?(?:days?|weeks?|months?|years?)\b)",
    re.I,
)
_END_ASKED_RX = re.compile(r"\b(then|after\s+which|delet\w*|purg\w*|destroy\w*|eras\w*)\b", re.I)
_A_UNIT_RX = re.compile(
    r"\b(least|most|than|within|under|over|to)\s+an?\s+((?:business\s+)?(?:minute|hour|day|week|month|year)s?)\b",
    re.I,
)
_GOES_ON_RX = re.compile(r"\s*(for|at|in|on|within|to)\s", re.I)
# Who a quantity may be said of: "administrator passwords" are not "operator passwords".
_GROUP_TERMS = frozenset(
    {"admin", "operator", "employee", "contractor", "user", "customer", "developer", "vendor"}
)
_FURTHER_RX = re.compile(r"\b(further|additional|another|more)\s+\d", re.I)


@lru_cache(maxsize=1 << 14)
def _in_digits(text: str) -> str:
    """A text with the number words before a unit as digits ("one hour" → "1 hour")."""
    if not _NUMBER_WORD_RX.search(text):
        return text
    return _NUMBER_WORD_RX.sub(lambda m: str(_NUMBER_WORDS[m[1].lower()]) + m[2], text)


_NUMBER_TEXT = (
    "one two three four five six seven eight nine|ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen|twenty thirty forty fifty sixty seventy eighty ninety"
)
_UNITS_WORDS, _TEENS_WORDS, _TENS_WORDS = (part.split() for part in _NUMBER_TEXT.split("|"))
_NUMBER_WORDS = {
    **{w: i + 1 for i, w in enumerate(_UNITS_WORDS)},
    **{w: i + 10 for i, w in enumerate(_TEENS_WORDS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS_WORDS)},
    **{
        f"{t}-{u}": (i + 2) * 10 + j + 1
        for i, t in enumerate(_TENS_WORDS)
        for j, u in enumerate(_UNITS_WORDS)
    },
}
# "thirty-five days", never the "five days" inside it.
_NUMBER_WORD_RX = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(\s+(?:business\s+|"
    r"working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|characters?)\b)",
    re.I,
)


def _done_by_another(question: str, text: str) -> bool:
    """Whether a question asks whether the vendor does something ("Do you supply the USB
    tokens?", "Do you decide whether our users must use 2FA?", "Is Registra responsible for
    removing leavers?") and the text gives the doing to another party ("a token supplied by
    the notary office", "each customer's administrator decides", "Notary offices ... are
    responsible for removing their leavers")."""
    m = _VENDOR_DOES_ASK_RX.match(question)
    if m is None:
        return False
    stem = _stem(m["verb"].lower())[:5]
    for part in _SENTENCE_RX.split(text):
        for found in _DONE_BY_RX.finditer(part):
            # Who does it: the words after "by", or the part's words before the verb.
            verb = found["verb"] or found["verb2"]
            who = found["who"] or part[: found.start("verb2")]
            if verb.lower().startswith(stem) and _OTHER_PARTY_RX.search(who):
                return True
    return False


# A question on what the vendor does: "Do you supply ...?", "Is Registra responsible for ...?".
_VENDOR_DOES_ASK_RX = re.compile(
    r"\s*(?:(?i:do|does|will|did)\s+(?:(?i:you|the\s+vendor)|[A-Z][\w-]+)\s+(?:\w+\s+)?|"
    r"(?:(?i:are\s+you|is\s+the\s+vendor)|(?i:is)\s+[A-Z][\w-]+)\s+)(?P<verb>(?i:decide|choose|"
    r"supply|provide|issue|manage|remove|configure|set|buy|purchase|responsible|own|install|"
    r"maintain|pay))\w*\b",
)
# The doing given to someone: "supplied by the notary office", "the customer's administrator
# decides", "notary offices are responsible for".
_DONE_BY_RX = re.compile(
    r"\b(?P<verb>decided|chosen|supplied|provided|issued|managed|removed|configured|set|bought|"
    r"purchased|owned|installed|maintained|paid)\s+by\s+(?P<who>[^.;,]{2,50})|"
    r"(?P<who2>\b[^.;,]{2,50}?)\s+(?:(?:is|are|remains?)\s+)?(?P<verb2>decides?|chooses?|supplies|"
    r"provides?|manages?|removes?|configures?|sets?|responsible|owns?|installs?|maintains?|pays?)\b",
    re.I,
)
# Another party than the vendor: its customers, their administrators, users or offices.
_OTHER_PARTY_RX = re.compile(
    r"\b(customers?|clients?|customer['’]s|client['’]s|tenants?|institutions?|schools?|"
    r"hospitals?|clinics?|offices?|banks?|merchants?|buyers?|their\s+own|each\s+\w+['’]s)\b",
    re.I,
)


def _one_for_all(question: str, text: str) -> bool:
    """Whether a question asks each thing to have its own ("Does each terminal have its own
    administrator password?", "unique credentials per device?") and a part of the text on
    the same subject gives them all one ("Every terminal has the same local administrator
    password", "one shared key on all kiosks")."""
    m = _OWN_ASK_RX.search(question)
    if m is None:
        return False
    specific = specific_terms(question) - _OWN_TERMS
    if not specific:
        return False
    # What each is asked to have its own of: the words after "its own", "unique", or before
    # it ("Is the room PIN unique to each educator?").
    before = " ".join(question[: m.start()].split()[-3:])
    own = _next_terms(question, m.end()) | subject_terms(before)
    for part in _SENTENCE_RX.split(text):
        same = _SAME_FOR_ALL_RX.search(part)
        if (
            same is not None
            and not _DENIAL_RX.search(part)  # "shared accounts are not permitted"
            # "a unique schema on a shared cluster": the part says the own thing too.
            and not _OWN_ASK_RX.search(_RATHER_RX.sub(" ", part))
            # "the same password policy" is not the user ID asked to be unique.
            and own & _next_terms(part, same.end())
            and len(specific & subject_terms(part)) >= STATED_SHARE * len(specific)
        ):
            return True
    return False


def _next_terms(text: str, at: int) -> frozenset[str]:
    """The subject terms of the (up to) four words after position `at`."""
    return subject_terms(" ".join(text[at:].split()[:4]))


_OWN_ASK_RX = re.compile(
    r"\b(its|their|his|her)\s+own\b|\b(unique|individual|distinct)\b|"
    r"\bper[- ](device|user|terminal|kiosk|host|server|customer|tenant|account)\b",
    re.I,
)
_OWN_TERMS = frozenset({"own", "unique", "individual", "distinct", "separate", "different", "per"})
_SAME_FOR_ALL_RX = re.compile(
    r"\b(the\s+same|one\s+(single\s+)?shared|a\s+(single\s+)?shared|shared?|a\s+common|"
    r"one\s+common|identical)\b",
    re.I,
)


def _more_often_said(question: str, text: str) -> bool:
    """Whether the text states the practice strictly more often than a question asks ("more
    than twice a year?" is not met by "twice a year")."""
    wanted = subject_terms(question)
    asked = [_FREQUENCY[t] for t in wanted if t in _FREQUENCY]
    stated = _stated_often(text, wanted & subject_terms(text))
    return bool(asked and stated) and min(stated) < min(asked)


# A second place asked: "in another AWS region?", "a separate data centre from production?".
_ELSEWHERE_ASK_RX = re.compile(
    r"\b(another|separate|different|second|secondary|other|remote|geographically\s+separate)\s+"
    r"(\w+\s+)?(regions?|sites?|locations?|data\s*cent(er|re)s?|availability\s+zones?|facilit\w+)\b",
    re.I,
)
# One place only: "in the same AWS region", "no secondary region", "a single data centre".
_SAME_PLACE_RX = re.compile(
    r"\b(the\s+same|a\s+single|one\s+single|only\s+one)\s+(\w+\s+)?(regions?|sites?|locations?|"
    r"data\s*cent(er|re)s?|availability\s+zones?|facilit\w+)\b|\bno\s+(secondary|second|other|"
    r"backup|DR)\s+(regions?|sites?|data\s*cent(er|re)s?)\b",
    re.I,
)
# A frequency asked as a strict floor: "more than twice a year", "more often than annually".
_MORE_OFTEN_ASK_RX = re.compile(
    r"\bmore\s+(often|frequently)\s+than\b|\bmore\s+than\s+(once|twice|\w+\s+times)\s+"
    r"(a|per|each|every)\b",
    re.I,
)


def _purpose_said(question: str, text: str) -> bool:
    """Whether the text says the purpose a question asks a thing is used for ("Are emergency
    call recordings used for model training?"): at least half its words; a text on the thing
    alone ("recordings are kept for 2 years") states no use."""
    m = _USED_FOR_ASK_RX.search(question)
    reached = _ACCESS_TO_ASK_RX.search(question) if m is None else None
    if m is None and reached is None:
        return True
    # What is reached is asked word for word ("production" is a general word elsewhere).
    if m is not None:
        purpose = subject_terms(m["purpose"]) - _GENERAL_TERMS
    else:
        assert reached is not None
        purpose = subject_terms(reached["purpose"])
    return not purpose or 2 * len(purpose & subject_terms(text)) >= len(purpose)


# What people are asked to reach: "Can Sherbrooke support staff access production?" (a text on
# those staff's police checks says nothing of production).
_ACCESS_TO_ASK_RX = re.compile(
    r"^\s*(?:can|could|do|does|are|is)\b[^?]{0,60}?\b(?:access|view|see|read|modify|change|"
    r"delete|export|download|log\s+in\s+to|sign\s+in\s+to|connect\s+to)\s+(?P<purpose>[^?]{3,60})",
    re.I,
)


# "used for model training?", "used to train ...", "used in marketing?".
_USED_FOR_ASK_RX = re.compile(
    r"\b(?:used|utili[sz]ed|employed)\s+(?:for|to|in|as)\s+(?P<purpose>[^?]{3,60})", re.I
)


def _count_met(question: str, text: str) -> bool:
    """Whether a count a question bounds ("in more than five ports?", "at least 3 data
    centres?") is met by the count the text gives of the same things ("in 4 ports"); True
    where the question bounds no count or the text counts none."""
    m = _COUNT_ASK_RX.search(question)
    if m is None:
        return True
    asked = float(_NUMBER_WORDS.get(m["n"].lower()) or m["n"])
    counted = [
        float(_NUMBER_WORDS.get(n.lower()) or n.replace(",", ""))
        for n in counts_of(m["noun"], text)
    ]
    if not counted:
        return True
    op = " ".join(m["op"].lower().split())
    n = max(counted)
    if op in ("more than", "over", "greater than"):
        return n > asked
    if op in ("at least", "a minimum of"):
        return n >= asked
    if op in ("fewer than", "less than", "under"):
        return n < asked
    return n <= asked  # "at most", "no more than", "a maximum of"


def counts_of(noun: str, text: str) -> list[str]:
    """The counts a text gives of `noun`, as written ("38 gateways", "four ports", "1,200
    employees" → "38", "four", "1,200"), in order."""
    stem = noun.lower().rstrip("s")[:6]
    return re.findall(
        rf"\b(\d[\d,]*|{_NUMBER_WORD_ALT})\s+(?:[\w-]+\s+)?{re.escape(stem)}\w*\b", text, re.I
    )


def _case_count_met(question: str, text: str) -> bool:
    """Whether a count a question gives ("a customer with 150 seats?") meets the bound the text
    sets on the same things ("only for customers with more than 200 seats"); True where the
    text bounds no count the question gives."""
    for m in _COUNT_ASK_RX.finditer(text):
        stem = m["noun"].lower().rstrip("s")[:6]
        given = re.search(
            rf"(?<!than )(?<!least )(?<!over )(?<!under )(?<!most )(?<!of )"
            rf"\b(?P<n>\d[\d,]*|{_NUMBER_WORD_ALT})\s+(?:[\w-]+\s+)?{re.escape(stem)}\w*\b",
            question,
            re.I,
        )
        if given is None or _COUNT_ASK_RX.search(question):
            continue
        asked = float(_NUMBER_WORDS.get(given["n"].lower()) or given["n"].replace(",", ""))
        bound = float(_NUMBER_WORDS.get(m["n"].lower()) or m["n"])
        op = " ".join(m["op"].lower().split())
        if not (
            asked > bound
            if op in ("more than", "over", "greater than")
            else asked >= bound
            if op in ("at least", "a minimum of")
            else asked < bound
            if op in ("fewer than", "less than", "under")
            else asked <= bound
        ):
            return False
    return True


_NUMBER_WORD_ALT = "|".join(
    sorted((w for w in _NUMBER_TEXT.replace("|", " ").split()), key=len, reverse=True)
)
# A bound on a count of things: "more than five ports", "at least 3 data centres".
_COUNT_ASK_RX = re.compile(
    r"\b(?P<op>more\s+than|over|greater\s+than|at\s+least|a\s+minimum\s+of|fewer\s+than|"
    r"less\s+than|under|at\s+most|no\s+more\s+than|a\s+maximum\s+of)\s+"
    rf"(?P<n>\d+|{_NUMBER_WORD_ALT})\s+(?P<noun>(?!(?:business|working|minutes?|hours?|days?|"
    r"weeks?|months?|years?|characters?|percent|times?|per|of|in|to)\b)[a-z][\w-]{2,})",
    re.I,
)


def _quantity(n: str, unit: str) -> tuple[float, str]:
    """A quantity as (value, dimension): durations in hours, characters, percent."""
    key = unit.lower().replace("business ", "").replace("working ", "").rstrip("s")
    if key in _HOURS_IN:
        return float(n) * _HOURS_IN[key], "time"
    return float(n), "percent" if key in ("%", "percent") else "characters"


_HOURS_IN = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730, "year": 8760}
_UNITS = (
    r"(?P<unit>(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)|"
    r"characters?|%|percent)"
)
# A bound on a quantity: "at least 12 months", "a minimum of 12 characters", "4 hours or less",
# "under 4 hours", "no more than 30 days", "more than 90 days".
_BOUND = Cue(
    r"(?:\b(?P<low>at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+(?:less|fewer|shorter)\s+than)|"
    r"\b(?P<strict>more\s+than|longer\s+than|greater\s+than|over|under|less\s+than|"
    r"fewer\s+than|shorter\s+than|below)|\b(?:at\s+most|no\s+(?:more|longer|greater)\s+than|"
    r"a\s+maximum\s+of|"
    r"maximum\s+of|not\s+exceed(?:ing)?|(?P<upto>up\s+to)))\s+(?P<n>\d+(?:\.\d+)?)\s*"
    + _UNITS
    + r"(?:\s+(?P<low2>or\s+(?:more|longer|greater))|\s+or\s+(?:less|fewer|shorter))?"
    r"|\b(?P<n2>\d+(?:\.\d+)?)\s*(?P<unit2>(?:business\s+|working\s+)?(?:minutes?|hours?|"
    r"days?|weeks?|months?|years?)|characters?|%|percent)\s+or\s+(?P<dir>more|longer|greater|"
    r"less|fewer|shorter)\b",
    (
        "least",
        "minimum",
        "less",
        "fewer",
        "more",
        "longer",
        "greater",
        "over",
        "under",
        "shorter",
        "below",
        "most",
        "maximum",
        "exceed",
        "up to",
    ),
)
_QUANTITY_RX = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*" + _UNITS + r"(?!\w)", re.I)
_UP_TO_RX = re.compile(r"\b(up\s+to|as\s+(long|many|much)\s+as|a\s+maximum\s+of|at\s+most)\b", re.I)


def less_often(question: str, text: str) -> bool:
    """Whether `text` states the practice asked but only less often than asked ("keys are
    rotated every year" for "rotated at least every 90 days?"): a truthful No."""
    wanted = subject_terms(question)
    if not wanted & _FREQUENCY.keys() or _ALTERNATIVE_OFTEN_RX.search(question):
        return False
    if _AT_LEAST_OFTEN_RX.search(text):
        # "phishing simulations run at least twice a year": a floor, which more often meets;
        # it rules out no more frequent practice asked ("every month?").
        return False
    stated = _stated_often(text, wanted & subject_terms(text))
    asked = [_FREQUENCY[t] for t in wanted if t in _FREQUENCY]
    return (
        bool(stated) and min(stated) > min(asked) and states(_HOW_OFTEN_RX.sub(" ", question), text)
    )


_HOW_OFTEN_RX = re.compile(
    r"\b(at\s+least\s+|no\s+less\s+than\s+)?((every|each|once\s+(a|per|every)|per)\s+(\d+\s+|three\s+|six\s+)?"
    r"(day|week|month|quarter|year|hour)s?|annually|quarterly|monthly|weekly|daily|yearly|hourly|"
    r"twice\s+a\s+year|semi-?annually)\b",
    re.I,
)
_AT_LEAST_OFTEN_RX = re.compile(
    r"\b(at\s+least|no\s+less\s+than|a\s+minimum\s+of|or\s+more\s+often)\b[^.;]{0,25}?\b("
    r"once|twice|\w+\s+times|every|each|annually|quarterly|monthly|weekly|daily|yearly)\b|"
    r"\bor\s+more\s+(often|frequently)\b",
    re.I,
)
# "annually or upon significant change": another trigger the text may meet.
_ALTERNATIVE_OFTEN_RX = re.compile(r"\b(or|and)\s+(upon|after|when|whenever|following)\b", re.I)


def _often_enough(
    wanted: frozenset[str], text: str, have: frozenset[str], strict: bool = False
) -> bool:
    """Whether `text` states the frequency a question asks ("reviewed at least annually"):
    the same or a more frequent one in every part on the subject ("internal hosts are scanned
    quarterly" fails "scanned at least monthly on all systems"; "backups are taken weekly"
    says nothing of how often restores are tested)."""
    asked = [_FREQUENCY[t] for t in wanted if t in _FREQUENCY]
    if not asked:
        return True
    stated = _stated_often(text, have)
    if strict:
        # "more than once a year" and "once a year" (or "annually"): more often, strictly.
        return bool(stated) and max(stated) < min(asked)
    return bool(stated) and max(stated) <= min(asked)


# "more than once a year", "more often than quarterly": a frequency asked strictly.
_STRICTLY_MORE_OFTEN_RX = re.compile(
    r"\bmore\s+(?:than\s+once|often\s+than|frequently\s+than)\b", re.I
)


def _often_said_of_act(question: str, text: str) -> bool:
    """Whether the frequency a question puts on an act ("a BCP that is tested annually") is
    said in a clause with that act, where the text names the act at all: "reviewed every year
    ... and was last tested in August 2026" says how often it is reviewed, not tested."""
    m = _TIMED_ACT_RX.search(question)
    if m is None:
        return True
    act = m["act"].lower()[:6]
    clauses = [c.lower() for c in _PART_RX.split(text)]
    with_act = [c for c in clauses if act in c]
    if not with_act:
        return True  # the act is not named: the frequency check proper decides
    return any(subject_terms(c) & _FREQUENCY.keys() for c in with_act)


# An act and how often it is asked to be done: "tested annually", "reviewed at least quarterly".
_TIMED_ACT_RX = re.compile(
    r"\b(?P<act>\w+ed)\s+(at\s+least\s+)?(annually|yearly|quarterly|monthly|weekly|daily|"
    r"every\s+(year|quarter|month|week|day)|once\s+a\s+(year|quarter|month))\b",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def _split_terms(text: str, sentences: bool) -> tuple[frozenset[str], ...]:
    """The subject terms of each clause (or sentence) of a text, worked out once per text."""
    return tuple(map(subject_terms, (_SENTENCE_RX if sentences else _PART_RX).split(text)))


def _stated_often(text: str, have: frozenset[str]) -> list[int]:
    """The frequencies (days between) the parts of `text` on the question's subject state: the
    parts naming its specific words, or its words when all are general."""
    plain = have - _FREQUENCY.keys()
    key = plain - _GENERAL_TERMS or plain
    for splitter in (_PART_RX, _SENTENCE_RX):
        # Clauses first ("taken nightly, and a restore is tested twice a year"), whole
        # sentences where no clause on the subject says how often ("Alerts from the SIEM,
        # GuardDuty and endpoints are monitored 24x7"); of those, the ones saying most of
        # what is asked ("access to production ... quarterly; to SaaS ... annually").
        timed = [
            terms
            for terms in _split_terms(text, splitter is _SENTENCE_RX)
            if terms & key and terms & _FREQUENCY.keys()
        ]
        if timed:
            best = max(len(terms & plain) for terms in timed)
            return [
                _FREQUENCY[t]
                for terms in timed
                if len(terms & plain) == best
                for t in terms & _FREQUENCY.keys()
            ]
    return []


def how_often_choice(
    question: str, choices: tuple[str, ...], controls: tuple[Control, ...]
) -> Signed:
    """The dropdown choice for "How often do you run vulnerability scans?" ("Once per month or
    more often", "Once per quarter", "Less frequently"; or "Annually", "Quarterly", "Monthly")
    that the control stating the practice meets, in whatever order the choices run (see
    `_often_choice`); NONE when no control states it or none fits."""
    m = _HOW_OFTEN_ASK_RX.match(question)
    if m is None or len(choices) < 2:
        return NONE
    asked = f"{m['verb']} {m['rest']}?"  # "How often are pen tests done?": "are pen tests done?"
    for control in stating_controls(asked, controls, together=False):
        terms = subject_terms(asked) & subject_terms(control.description)
        stated = _stated_often(control.description, terms)
        if not stated:
            continue
        hire = bool(_HIRE_RX.search(control.description))
        choice = _often_choice(min(stated), hire, choices)
        if choice:
            return Signed(
                choice,
                f"{control.description.strip().rstrip('.')} (control {control.id}).",
                control.id,
            )
    return NONE


def named_choices(question: str, choices: tuple[str, ...], controls: tuple[Control, ...]) -> Signed:
    """The choices a control on the question's subject names, for a question asking which of
    its named choices apply ("Is your application integrated with any of the following SSO
    mechanisms?" and "SAML 2.0", "OpenID Connect / OAuth2 Login", ...): a choice is named where
    it, or one of its "/" alternatives, is a phrase of a part of the control that denies
    nothing ("OpenID Connect" names neither "OpenID 2.0" nor "LDAP"). Several choices
    only where the question asks for any or all that apply; "Other" and "None" never."""
    many = _ANY_OF_RX.search(question)
    # "How does the application store passwords?" and choices that name their examples
    # ("a key derivation function, such as bcrypt, PBKDF2 or scrypt").
    how = (
        _HOW_ASK_RX.match(question)
        and sum(bool(_CHOICE_EXAMPLES_RX.search(c)) for c in choices) > 1
    )
    if not (many or how or _WHICH_RX.match(question)) or len(choices) < 3:
        return NONE
    if any(_YES_NO_CHOICE_RX.match(c) for c in choices):
        return NONE  # "1) Yes", "2) No", "3) Both modes available": a yes/no dropdown
    wanted = specific_terms(question)
    if not wanted:
        return NONE
    # "How does the application store passwords?" is answered by a sentence on what it asks
    # of (its last word, "passwords"), not by one on backups in "Cloud Storage".
    last = re.findall(r"[\w-]+", question.split("?")[0])[-1:]
    object_terms = subject_terms(last[0]) if how and last else frozenset()
    for control in controls:
        if not wanted & subject_terms(control.description):
            continue
        # Not what is planned, under way or past ("a SOC 2 Type II examination is underway"
        # names no Type II held), nor what is denied ("we do not support LDAP"); and only the
        # sentences on what is asked ("backups ... in Google Cloud Storage, encrypted with
        # AES-256" names no way of storing passwords).
        current = " ".join(
            x
            for x in _SENTENCE_RX.split(control.description)
            if not (_FUTURE_RX.search(x) or _PAST_RX.search(x) or _UNDERWAY_RX.search(x))
            and object_terms <= subject_terms(x)
        )
        words = _name_words(
            " ".join(p for p in _PART_RX.split(current) if not _DENIAL_RX.search(p))
        )
        named = [c for c in choices if _choice_named(c, words)]
        if named and (many or len(named) == 1):
            said = f"{control.description.strip().rstrip('.')} (control {control.id})."
            return Signed(", ".join(named), said, control.id)
    return NONE


def sign_in_modes(question: str, choices: tuple[str, ...], controls: tuple[Control, ...]) -> Signed:
    """ "Does your solution support local authentication?" and its choices ("1) Yes", "2) No",
    "3) Both modes available"): Both where one control states sign-in with a password (a
    local account) and single sign-on, Yes where it states a password sign-in alone. NONE
    where no choice says both or no control states a password sign-in."""
    if not _LOCAL_AUTH_ASK_RX.search(question):
        return NONE
    both = [c for c in choices if _BOTH_CHOICE_RX.search(c)]
    yes = [c for c in choices if _YES_NO_CHOICE_RX.match(c) and "yes" in c.lower()]
    if len(both) != 1 or len(yes) != 1:
        return NONE
    for control in controls:
        text = control.description
        if not _PASSWORD_SIGN_IN_RX.search(text) or (
            _DENIAL_RX.search(text) and not _SSO_WORD_RX.search(text)
        ):
            continue
        said = f"{text.strip().rstrip('.')} (control {control.id})."
        return Signed(both[0] if _SSO_WORD_RX.search(text) else yes[0], said, control.id)
    return NONE


_LOCAL_AUTH_ASK_RX = re.compile(r"\blocal\s+authentication\b", re.I)
_BOTH_CHOICE_RX = re.compile(r"\bboth\b", re.I)
# A sign-in with a password or a local account: "sign in with email and password".
_PASSWORD_SIGN_IN_RX = re.compile(
    r"\bsign(s|ed)?\s+in\b(?:(?!\.\s)[^;]){0,100}\bpassword\b|"
    r"\blocal\s+(\w+\s+)?accounts?\b(?:(?!\.\s)[^;]){0,60}\bpassword\b",
    re.I,
)
_SSO_WORD_RX = re.compile(r"\bsingle\s+sign-on\b|\bSSO\b|\bSAML\b|\bOpenID\b|\bOIDC\b", re.I)


def _choice_named(choice: str, words: str) -> bool:
    if _NOT_A_NAME_RX.match(choice):
        return False
    examples = _CHOICE_EXAMPLES_RX.search(choice)
    if examples is not None:
        # "such as bcrypt, PBKDF2 or scrypt": the choice is named by one of its examples.
        return any(
            f" {' '.join(_NAME_WORD_TOKEN_RX.findall(x.lower()))} " in words
            for x in _EXAMPLE_SPLIT_RX.split(examples["list"])
            if _NAME_WORD_TOKEN_RX.search(x.lower())
        )
    for alternative in choice.split("/"):
        own = [w for w in _NAME_WORD_TOKEN_RX.findall(alternative.lower()) if w not in _NAME_FRAME]
        if own and f" {' '.join(own)} " in words:
            return True
    return False


def _name_words(text: str) -> str:
    """The text's words, spaced, for finding a name as a phrase ("OpenID Connect" is not
    "OpenID 2.0" even where "2.0" is said of SAML)."""
    return f" {' '.join(_NAME_WORD_TOKEN_RX.findall(text.lower()))} "


_HOW_ASK_RX = re.compile(r"\s*how\s+(does|do|is|are)\b", re.I)
_UNDERWAY_RX = re.compile(r"\b(under\s*way|in\s+progress|ongoing|being\s+\w+ed)\b", re.I)
# The examples a choice gives: "(such as SHA-256)", "e.g., DES, 3DES, AES, etc.".
_CHOICE_EXAMPLES_RX = re.compile(r"\b(?:such\s+as|e\.g\.,?)\s+(?P<list>[^()]+?)(?:\)|\.?$)", re.I)
_EXAMPLE_SPLIT_RX = re.compile(r",\s*|\s+or\s+|\s+and\s+|\betc\b", re.I)
# "any of the following", "all that apply": a question whose answer may be several choices.
_ANY_OF_RX = re.compile(r"\b(any|all|each)\s+of\s+the\s+following\b|\ball\s+that\s+apply\b", re.I)
_YES_NO_CHOICE_RX = re.compile(r"\s*(\d+\)\s*)?(yes|no)\b", re.I)
_NOT_A_NAME_RX = re.compile(r"\s*(other|none|n/?a|not\s+applicable|unknown|yes|no)\b", re.I)
_NAME_WORD_TOKEN_RX = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
# Words a choice adds to the name it gives: "OpenID Connect / OAuth2 Login".
_NAME_FRAME = frozenset({"login", "sign", "on", "in", "the", "protocol", "standard"})


def _often_choice(days: int, hire: bool, choices: tuple[str, ...]) -> str:
    """The choice whose period holds `days` between runs (see `how_often_choice`), in whatever
    order the choices are listed ("Annually / Quarterly / Monthly / Never" as well as "Once
    per month or more often / Once per quarter / Less frequently"): the one of that period;
    else, where the choices are ranges, the range it falls in; "" where none is true."""
    plain: list[tuple[int, str]] = []
    less = ""
    for choice in choices:
        lower = choice.lower()
        if _NEVER_RX.search(lower):
            continue
        if "hire" in lower:
            # "Once, upon hire." and "Upon hire, and at least once per year."
            yearly = bool(subject_terms(lower) & _FREQUENCY.keys() or _PER_YEAR_RX.search(lower))
            if hire and yearly == (days <= _FREQUENCY["annual"]):
                return choice
            continue
        if _LESS_OFTEN_RX.search(lower):
            less = choice
            continue
        period = None if _MODIFIED_PERIOD_RX.search(lower) else _choice_period(lower)
        if period is None:
            # A choice not read ("Less than once a year", "Bi-annually": which way?): no guess.
            return ""
        plain.append((period, choice))
    if len({p for p, _ in plain}) < len(plain):
        return ""  # two choices of one period ("Annually", "At least annually"): no guess
    plain.sort(key=lambda pc: pc[0])
    exact = [c for p, c in plain if p == days]
    if exact:
        return exact[0]
    ranged = bool(less) or any(_MORE_OFTEN_RX.search(c) for _, c in plain)
    for at, (period, choice) in enumerate(plain):
        if days <= period:
            # "Monthly" is no answer for a weekly practice, unless it reads "or more often"
            # or the choices are ranges ("Once per quarter" for every two months).
            if _MORE_OFTEN_RX.search(choice) or (ranged and at > 0):
                return choice
            return ""
    return less if plain and days > plain[-1][0] else ""


def _choice_period(choice: str) -> int | None:
    if _MANY_A_YEAR_RX.search(choice):
        return _FREQUENCY["semiannual"]
    periods = [_FREQUENCY[t] for t in subject_terms(choice) if t in _FREQUENCY]
    return min(periods) if periods else None


_HOW_OFTEN_ASK_RX = re.compile(
    r"\s*how\s+often\s+(?:\(on\s+average\)\s+)?(?P<verb>do|does|are|is)\s+(?P<rest>[^?]+)",
    re.I,
)
_HIRE_RX = re.compile(r"\b(at|upon|on)\s+hire\b|\bwhen\s+(they\s+)?join|\bon\s+joining\b", re.I)
_NEVER_RX = re.compile(r"\bnever\b|\bnone\b", re.I)
_PER_YEAR_RX = re.compile(r"\b(per|a|each|every)\s+year\b", re.I)
_LESS_OFTEN_RX = re.compile(r"\bless\s+(frequently|often)\b", re.I)
# A period bent by a word before it: "less than annually", "more than once a year", "at least
# annually", "bi-annually" (twice a year or every two years).
_MODIFIED_PERIOD_RX = re.compile(
    r"\b(less|more|fewer)\s+than\b|\bat\s+(least|most)\b|\bbi-?(annual|month|week)", re.I
)
_MORE_OFTEN_RX = re.compile(r"\bor\s+more\s+(often|frequently)\b", re.I)
_MANY_A_YEAR_RX = re.compile(r"\b(multiple|several)\s+times\s+(a|per)\s+year\b", re.I)


# How often, by the number of days between: the synonym keys above.
_FREQUENCY = {"continuous": 0, "daily": 1, "weekly": 7, "monthly": 30, "quarter": 91, "annual": 365}
_FREQUENCY.update(semiannual=182, hourly=0, biennial=730)


# A kind of scan or test that another kind does not stand for.
_KIND_OF_TEST_RX = re.compile(
    r"\b(authenticated|unauthenticated|credentialed|uncredentialed|dynamic|manual|automated)\b",
    re.I,
)
# "Describe how contract reviewers are vetted", "Explain how backups are tested": the act.
_HOW_DONE_RX = re.compile(
    r"\s*(?:please\s+)?(?:describe|explain|outline)\s+how\s+[^?]{2,60}?\s+(?:is|are|was|were)\s+"
    r"(?P<act>\w+ed)\b",
    re.I,
)
# The means a practice is asked to use: "sign in with a password", "encrypted with AES-256"
# (not "comply with", "in accordance with", "shared with", "with respect to").
_MEANS_RX = re.compile(
    r"\b(?:sign(?:ed|s)?\s+(?:in|on)|log(?:ged|s)?\s+in|authenticat\w*|encrypt\w*|hash\w*|"
    r"protect\w*|secur\w*|sign\w*)\s+(?:\w+\s+)?with\s+(?P<means>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)",
    re.I,
)


def _said_apart(specific: frozenset[str], text: str) -> bool:
    """Whether the people a question names are said of in a sentence of their own, while what
    is asked is said of other people elsewhere: "Employees complete security awareness
    training every year. Partner field technicians receive a briefing when onboarded." does
    not say partner technicians train every year."""
    sentences = _split_terms(text, True)
    if len(sentences) < 2:
        return False
    starts = [s.strip().lower() for s in _SENTENCE_RX.split(text)]
    said = frozenset().union(*sentences)
    people = specific & (_WORKFORCE | _POPULATION)
    for i, terms in enumerate(sentences):
        own = terms & specific
        rest = (specific - own) & said
        if not own or not rest or starts[i].startswith(_ANAPHORS):
            continue
        if not own & people and len(rest) <= len(own):
            # Most of the ask in its own sentence is not something said apart.
            continue
        if any(
            rest <= t and not own & t and (t & _POPULATION) - specific - _NOT_PEOPLE
            for j, t in enumerate(sentences)
            if j != i
        ):
            # The rest is said of other people ("Employees complete ...").
            return True
    return False


def _scoped_apart(question: str, text: str) -> str:
    """The text without sentences that open by naming where they hold ("In the cloud, data
    is encrypted at rest ...") when the question asks of something else the text names
    elsewhere (data on the gateways): those say nothing of what is asked."""
    if "," not in text:
        return text
    sentences = _SENTENCE_RX.split(text)
    if len(sentences) < 2:
        return text
    specific = specific_terms(question)
    terms = _split_terms(text, True)
    for sentence in sentences:
        m = _SCOPE_OPENER_RX.match(sentence)
        where = subject_terms(m["where"]) - _GENERAL_TERMS if m else frozenset()
        if where and where <= specific:
            # "Are documents in the Keystone private cloud encrypted with AES-256?" and "... with
            # AES-256 in Azure. In the Keystone private cloud, storage is encrypted at the SAN
            # level": the scope asked is what the sentences naming it say.
            return " ".join(s for s in sentences if where <= subject_terms(s))
    kept = []
    for i, sentence in enumerate(sentences):
        m = _SCOPE_OPENER_RX.match(sentence)
        missing = specific - terms[i]
        others = frozenset().union(*(t for j, t in enumerate(terms) if j != i))
        if m and missing and missing <= others and not subject_terms(m["where"]) & specific:
            continue
        kept.append(sentence)
    return " ".join(kept)


# "In the cloud,", "On Generation 2 gateways,", "At the colocation site,".
_SCOPE_OPENER_RX = re.compile(
    r"\s*(in|on|at|within)\s+(the\s+|our\s+)?(?P<where>[\w -]{2,40}?),", re.I
)


# "personal data" is no person.
_NOT_PEOPLE = frozenset({"person"})
# Words that open a sentence about what the one before said of.
_ANAPHORS = ("it ", "it'", "they ", "this ", "these ", "that ", "those ", "which ", "such ")


def _people(wanted: frozenset[str], said: frozenset[str]) -> bool:
    """Whether the text names people other than those the question asks about (developers
    for "all employees"), and none of the question's own."""
    asked = wanted & _WORKFORCE
    named = said & _WORKFORCE
    return bool(asked and named and not asked & named)


_WORKFORCE_TEXT = (
    "employee contractor user developer developers engineer engineers admin intern consultant "
    "staff personnel workforce "
    # The service's own user groups: a practice for clinic staff is not one for patients.
    "patient patients student students parent parents guest guests visitor visitors attendee "
    "attendees candidate candidates member members clinician clinicians doctor doctors nurse "
    "nurses teacher teachers librarian librarians patron patrons agent agents technician "
    "technicians reviewer reviewers attorney attorneys lawyer lawyers paralegal paralegals "
    "volunteer volunteers driver drivers courier couriers"
)
_WORKFORCE = frozenset().union(*map(subject_terms, _WORKFORCE_TEXT.split()))


def _in_main_clause(wanted: frozenset[str], text: str) -> bool:
    """Whether a text names the subject outside a leading "When ...," / "If ...," clause."""
    return any(
        wanted & subject_terms(_TIME_PREPOSITION_RX.sub(_keep_unless_wanted(wanted), main))
        for main in (_LEADING_CLAUSE_RX.sub(" ", s) for s in _SENTENCE_RX.split(text))
    )


def _keep_unless_wanted(wanted: frozenset[str]) -> Callable[[re.Match[str]], str]:
    """A time phrase kept unless it is where the subject is named ("after contract end")."""
    return lambda m: " " if subject_terms(m[3]) & wanted else m[0]


_TIME_PREPOSITION_RX = re.compile(
    r"\b(after|before|until|upon|following|at|on|when|once)\s+(the\s+|a\s+|an\s+)?(\w+)", re.I
)
_LEADING_CLAUSE_RX = re.compile(
    r"^\s*(when|whenever|if|where|once|after|before|upon|unless|until)\b[^,]*,", re.I
)


def _other_people(wanted: frozenset[str], text: str) -> bool:
    """Whether the practice asked of some people is stated of others only: "Engineers use
    hardware keys; other staff use authenticator apps" for "Do all employees use hardware
    keys?"."""
    asked = wanted & _WORKFORCE
    practice = wanted - _WORKFORCE - _GENERAL_TERMS - _FREQUENCY.keys()
    if not asked or not practice:
        return False
    theirs, ours = 0, 0
    # By sentence: "all employees and contractors pass a check" names both in one subject.
    for terms in _split_terms(text, True):
        named = terms & _WORKFORCE
        shared = len(terms & practice)
        if named and not named & asked:
            theirs = max(theirs, shared)
        else:
            ours = max(ours, shared)
    return theirs > ours


# Scopes that make a practice less than "all": internet-facing, internal, critical systems.
_LIMITED_SCOPE = frozenset(map(_term, ("external", "internal", "critical")))


def _window_of_others(specific: frozenset[str], text: str) -> bool:
    """Whether the time limits a text states are said of other people than those a question
    names, who are said of elsewhere without one: "Accounts of departing employees are
    disabled within 24 hours; contract reviewer accounts are disabled when the staffing partner
    notifies us" for contract reviewers."""
    parts = _PART_RX.split(text)
    timed = [subject_terms(p) for p in parts if _window(p)]
    if not timed:
        return False
    people = (specific & _WORKFORCE) - frozenset().union(*timed)
    return bool(people) and any(subject_terms(p) & people for p in parts if not _window(p))


def _timed_part(specific: frozenset[str], text: str) -> str:
    """The parts of `text` whose time limit is the one asked about: where the question names
    a scope ("critical vulnerabilities"), the parts naming it ("critical ones within 7 days
    and high ones within 30 days"); otherwise the whole text, every step counting ("deleted
    from production within 30 days and from backups 35 days later")."""
    scopes = specific & _SCOPE_MARKERS
    if not scopes:
        return text
    ours = [p for p in _PART_RX.split(text) if scopes <= subject_terms(p) and _window(p)]
    return " ".join(ours) if ours else text


@lru_cache(maxsize=1 << 14)
def _window(text: str) -> tuple[float, bool] | None:
    """The longest time a text allows for something, in hours, and whether it counts business
    days ("within 24 hours", "within one business day", "on the day of termination"); None
    when it names none. A business day is counted as one calendar day here."""
    found = [
        (_count(m["n"]) * _UNIT_HOURS[_unit(m["unit"])], bool(m["business"]))
        for m in _WINDOW_RX.finditer(text)
    ]
    found.extend(
        (_count(m["n"] or m["n2"]) * _UNIT_HOURS[_unit(m["unit"] or m["unit2"])], False)
        for m in _LATER_RX.finditer(text)
    )
    if _SAME_DAY_RX.search(text):
        found.append((24.0, False))
    return max(found) if found else None


def _within(stated: tuple[float, bool], asked: tuple[float, bool]) -> bool:
    """Whether the time stated is within the time asked. Business days against business days
    compare as counted; a stated business day can end three calendar days later (a Friday's,
    on Monday), and an asked one may be a single calendar day."""
    (stated_hours, stated_business), (asked_hours, asked_business) = stated, asked
    if stated_business and not asked_business:
        stated_hours *= 3
    return stated_hours <= asked_hours


def _unit(word: str) -> str:
    return word.lower().removesuffix("s")


def _count(word: str) -> float:
    return float(word) if word.isdigit() else float(_WORD_COUNTS.get(word.lower(), 1))


_WINDOW_RX = re.compile(
    r"\b(within|in\s+under|no\s+later\s+than|in\s+less\s+than|up\s+to)\s+(?P<n>\d+|one|two|"
    r"three|four|five|six|seven|ten|fourteen|thirty|a|an)\s+(?P<business>business\s+|working\s+)?"
    r"(?P<unit>hours?|days?|weeks?|months?)\b",
    re.I,
)
# "deleted from backups 35 days later", "purged after 90 days": the time it takes, too.
_LATER_RX = re.compile(
    r"\b(?:(?P<n>\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+"
    r"(?P<unit>hours?|days?|weeks?|months?)\s+later|after\s+(?P<n2>\d+)\s+(?P<unit2>hours?|days?|"
    r"weeks?|months?))\b",
    re.I,
)
_SAME_DAY_RX = re.compile(
    r"\b(on\s+the\s+(same\s+)?day\s+of|same[- ]day|on\s+(their|the|an?|his|her)\s+(last|final)\s+"
    r"(working\s+|business\s+)?day)\b",
    re.I,
)
_WORD_COUNTS = {**_NUMBER_WORDS, "a": 1, "an": 1}
_UNIT_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0, "month": 744.0}


def meets_minimum(question: str, text: str) -> bool:
    """Whether `text` states an amount at least the minimum the question asks ("insurance of
    at least USD 5 million" and "a limit of USD 10 million"); False when either has none, or
    when they are in other currencies or on another basis (per claim, aggregate)."""
    asked = _MINIMUM_RX.search(question)
    if asked is None or not _comparable(question, text) or _SUBLIMIT_RX.search(text):
        # "a sublimit of EUR 500,000 for ransomware": which limit a question means is open.
        return False
    least = _amount(asked["amount"])
    stated = [_amount(m) for m in _amounts_in(question, _without_planned(text), _AMOUNT_RX)]
    return least is not None and any(a is not None and a >= least for a in stated)


def _amounts_in(question: str, text: str, rx: re.Pattern[str]) -> list[str]:
    """The amounts of `text` in the question's currency where it states several ("INR 50
    crore (about USD 6 million)" for "at least USD 5 million": USD 6 million)."""
    # "our parent carries a further GBP 10 million group policy": another entity's amount;
    # "CAD 2 million of professional liability cover" is not the cyber cover asked.
    kinds = {k.lower() for k in _COVER_KIND_RX.findall(question)}
    text = " ".join(
        p
        for p in _PART_RX.split(text)
        if not _OTHER_ENTITY_WORD_RX.search(p)
        and not (
            kinds and (said := {k.lower() for k in _COVER_KIND_RX.findall(p)}) and not said & kinds
        )
    )
    found = [m[0] for m in rx.finditer(text)]
    asked = {_currency(m[0]) for m in _MONEY_RX.finditer(question)}
    same = [a for a in found if _currency(a) in asked]
    if asked and not same and any(_CODE_RX.search(a.lower()) for a in found):
        return []  # "at least CAD 3 million?" and only "EUR 3 million" left: not comparable
    return same if asked and same and len({_currency(a) for a in found}) > 1 else found


_COVER_KIND_RX = re.compile(
    r"\b(cyber|professional|errors\s+and\s+omissions|crime|general\s+liability|property|"
    r"directors\s+and\s+officers|employers)\b",
    re.I,
)
_OTHER_ENTITY_WORD_RX = re.compile(r"\b(parent|group|holding|sister|affiliated?)\b", re.I)


def _without_planned(text: str) -> str:
    """A text without its clauses about plans: "USD 3 million; we plan to raise it to USD 5
    million at renewal" holds 3 million today."""
    return "; ".join(c for c in _PART_RX.split(text) if not _FUTURE_RX.search(c))


def below_minimum(question: str, text: str) -> bool:
    """Whether every money amount `text` states is below the minimum the question asks ("at
    least USD 10 million" and "a USD 5 million aggregate limit"); False when either has none."""
    asked = _MINIMUM_RX.search(question)
    if asked is None or not _comparable(question, text) or _SUBLIMIT_RX.search(text):
        return False
    least = _amount(asked["amount"])
    stated = [_amount(m) for m in _amounts_in(question, _without_planned(text), _MONEY_RX)]
    return least is not None and bool(stated) and all(a is not None and a < least for a in stated)


_SUBLIMIT_RX = re.compile(r"\bsub-?limits?\b|\blower\s+limit\b", re.I)


def _comparable(question: str, text: str) -> bool:
    """Whether the amounts of a question and a text can be compared: the same currency (USD
    for "$" and an unmarked amount) and, where both say, the same basis."""
    asked = {_currency(m[0]) for m in _MONEY_RX.finditer(question)}
    stated = {_currency(m[0]) for m in _MONEY_RX.finditer(text)}
    if asked and stated and not asked <= stated:
        return False  # one currency asked, another stated ("about USD 6 million" beside INR)
    basis_asked = {m[0].lower() for m in _BASIS_RX.finditer(question)}
    basis_stated = {m[0].lower() for m in _BASIS_RX.finditer(text)}
    return not (basis_asked and basis_stated and not basis_asked & basis_stated)


def _currency(amount: str) -> str:
    """The currency of an amount: its code or sign, USD for "$" or none ("C$" is CAD)."""
    lowered = amount.lower()
    m = _CODE_RX.search(lowered)
    if m is not None:
        return _CURRENCY_OF.get(m[0], m[0])
    code = _ANY_CODE_RX.match(amount)
    # Any ISO code written before the amount ("MAD 10 million"), else USD.
    return code[1].lower() if code else "usd"


_CURRENCY_OF = {
    "€": "eur",
    "£": "gbp",
    "us$": "usd",
    "c$": "cad",
    "a$": "aud",
    "r$": "brl",
    "¥": "jpy",
}
# ISO 4217 codes of the currencies an insurance limit or a fee is likely to be given in (not
# those that are also words or names before a number: TRY, PEN, COP, MAD, PHP 8).
_CODES = (
    "usd|eur|gbp|cad|aud|chf|jpy|nzd|sgd|inr|sek|nok|dkk|isk|brl|mxn|ars|clp|uyu|zar|kes|ngn|egp|"
    "ghs|pln|czk|huf|ron|bgn|uah|ils|aed|sar|qar|kwd|bhd|omr|hkd|cny|rmb|twd|krw|thb|myr|idr|vnd|"
    "pkr|bdt|lkr"
)
_CODE_RX = re.compile(r"\b(" + _CODES + r")\b|us\$|c\$|a\$|r\$|€|£|¥")


# Any other ISO code before a sum, where the sum is plainly money ("MAD 10 million",
# "XOF 2,500,000"), not an acronym before a number ("RTO 4 hours", "TLS 1.2").
_OTHER_CODE = (
    r"(?-i:\b[A-Z]{3}(?=\s*\d[\d,.]*\s*(?:million|billion|thousand|mn|bn)\b|"
    r"\s*\d{1,3}(?:,\d{3})+))"
)
_ANY_CODE_RX = re.compile(r"\s*([A-Z]{3})\b")
_BASIS_RX = re.compile(r"\baggregate\b|\bper\s+(claim|occurrence|incident|event)\b", re.I)


def _amount(text: str) -> float | None:
    m = _AMOUNT_RX.search(text)
    if m is None:
        return None
    value = float(m["n"].replace(",", ""))
    return value * _SCALE.get((m["scale"] or "").lower(), 1.0)


_AMOUNT = (
    r"(?:(?:\b(?:" + _CODES + r")|" + _OTHER_CODE + r"|[caur]s?\$|\$|€|£|¥)\s*)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>million|mm|m|billion|bn|thousand|k)?\b"
)
_AMOUNT_RX = re.compile(_AMOUNT, re.I)
# An amount of money: a currency before it, or a scale word after it ("5 million").
_MONEY_RX = re.compile(
    r"(?:\b(?:" + _CODES + r")|" + _OTHER_CODE + r"|[caur]s?\$|\$|€|£|¥)\s*\d[\d,]*"
    r"(?:\.\d+)?\s*(?:million|mm|m|billion|bn|thousand|k)?\b|"
    r"\b\d[\d,]*(?:\.\d+)?\s*(?:million|billion)\b",
    re.I,
)
_MINIMUM_RX = re.compile(
    r"\b(at\s+least|minimum(\s+of)?|no\s+less\s+than|not\s+less\s+than)\s+(?P<amount>"
    + _AMOUNT
    + r")",
    re.I,
)
_SCALE = {"million": 1e6, "mm": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3}
_SCALE["k"] = 1e3


@lru_cache(maxsize=1 << 14)
def numbers_in(text: str) -> frozenset[str]:
    """The numbers a text names ("90 days", "TLS 1.2", "at least $20M"), outside examples in
    parentheses."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    return frozenset(_NUMBER_RX.findall(_PARENTHESES_RX.sub(" ", text.split("?")[0])))


_NUMBER_RX = re.compile(r"\d+(?:\.\d+)?")


def numbers_in_all(text: str) -> frozenset[str]:
    """The numbers a text names, examples in parentheses included."""
    return frozenset(_NUMBER_RX.findall(text))


# "its local web interface uses plain HTTP": not encrypted in transit there.
def _since(text: str) -> tuple[int, int, int] | None:
    """The day a text says something holds since ("since 2026-03-01", "since March 2026",
    "since 2024": its first day), as (year, month, day); None when it says none."""
    m = _SINCE_DAY_RX.search(text) if "ince" in text else None
    if m is None:
        return None
    if m["iso"]:
        year, month, day = map(int, m["iso"].split("-"))
        return year, month, day
    if m["month"]:
        return int(m["my"]), _MONTH_NUMBERS[m["month"].lower()[:3]], 1
    return int(m["year"]), 1, 1


# The order of two events asked: "sold before the attack?", "notified after the breach?".
_ORDER_ASK_RX = re.compile(
    r"^\s*(was|were|did|had|has|have)\b[^?]*\b(before|after|prior\s+to)\s+(the|an?|its|their|your)\s+"
    r"(\w+\s+){0,2}?(attack|incident|breach|sale|acquisition|merger|outage|audit|event|"
    r"notification|disclosure|discovery)\b",
    re.I,
)
_ORDER_SAID_RX = re.compile(r"\b(before|after|prior\s+to|earlier|later|then|following)\b", re.I)


def _before(question: str) -> tuple[int, int, int] | None:
    """The day a question asks about the time before ("before November 2026", "prior to
    2026-03-01"), as (year, month, day); None when it asks none."""
    m = _BEFORE_DAY_RX.search(question) if "before" in question or "prior" in question else None
    return _since(f"since {m['when']}") if m is not None else None


_BEFORE_DAY_RX = re.compile(
    r"\b(?:before|prior\s+to)\s+(?P<when>\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\s+\d{4}|\d{4})\b"
)
_SINCE_DAY_RX = re.compile(
    r"\bsince\s+(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*)\.?\s+(?P<my>(?:19|20)\d\d)|(?P<year>(?:19|20)\d\d))\b",
    re.I,
)
_TEST_ASK_RX = re.compile(r"\b(test(ed|s|ing)?|exercised?|drill(ed|s)?)\b", re.I)
_UNTESTED_RX = re.compile(
    r"\b(not|never)\s+(yet\s+)?(been\s+)?(tested|exercised|drilled|rehearsed)\b|\buntested\b", re.I
)
_PLAIN_RX = re.compile(
    r"\bplain\s*-?\s*(http|text)\b|\bclear\s*-?\s*text\b|\bover\s+http\b(?!s)", re.I
)
_IN_TRANSIT = frozenset({"encrypt", "transit"})
_EXCLUDED_RX = re.compile(r"\bexclu(ded|des|sions?)\b|\bnot\s+covered\b", re.I)
# "stored without encryption at rest": the thing after "without" is not done there.
_WITHOUT_RX = re.compile(r"\bwithout\s+(?:any\s+|an?\s+)?([a-z][\w-]+)", re.I)
# A case of a subject named by plan, cohort or generation: "on the Starter plan", "keys issued
# before 2024", "legacy gateways", "Generation 1 meters".
_CASE_RX = re.compile(
    r"\b(on|for|with|in)\s+(the\s+|our\s+)?([\w-]+\s+){1,2}(plan|tier|edition)s?\b|"
    r"\b[A-Z][\w]+[- ](plan|tier|edition)\b|"
    r"\b(issued|created|generated|onboarded|enrolled|hired|joined|deployed|installed|shipped|"
    r"sold|provisioned|registered|added|opened|signed\s+up)\s+(before|since|after|prior\s+to|"
    r"until)\b|\b(legacy|older|pre-(19|20)\d\d|generation\s+\d|gen\s*\d)\b",
    re.I,
)
_PARTLY_RX = re.compile(r"\b(partial(ly)?|in\s+part|largely|mostly)\b", re.I)
# Every plan, tier or edition asked ("on every plan", "all subscription tiers"), or one named.
_EVERY_PLAN_RX = re.compile(
    r"\b(all|every|each|any)\s+(of\s+(our|your|the)\s+)?([\w-]+\s+){0,3}?"
    r"(plans?|tiers?|editions?|licen[cs]es?|subscriptions?)\b",
    re.I,
)
_ONE_PLAN_RX = re.compile(
    r"\b[Tt]he\s+([A-Z][\w-]*\s+){1,3}(plan|tier|edition|licen[cs]e|subscription)\b"
)
_PLAN_ONLY_RX = re.compile(
    r"\b(plan|plans|tier|tiers|edition|editions|licen[cs]es?|subscriptions?)\s+only\b|"
    r"\bonly\s+(on|for|with|in)\s+(the\s+|our\s+)?([\w-]+\s+){1,3}(plan|plans|tier|tiers|edition|editions)\b|"
    r"\bavailable\s+(on|for|with|in)\s+(the\s+|our\s+)?[\w-]+\s+(plan|tier|edition)\b",
    re.I,
)
# Left to the customer for the whole clause: "disk encryption is available but must be turned on
# by the customer".
_CUSTOMER_TURNS_ON_RX = re.compile(
    # "turned on by each customer's administrator", "off until the tenant's admin turns it on"
    r"\b(turned|switched)\s+on\s+by\s+(\w+\s+){0,2}?(customer|user|tenant|client|"
    r"institution|administrator|admin)s?\b|\boff\s+until\b|"
    r"\bmust\s+be\s+(enabled|turned\s+on|switched\s+on|activated)\s+by\b",
    re.I,
)
# Where a clause ends: a full stop or a semicolon (a comma or "and" joins parts of one clause).
_CLAUSE_END_RX = re.compile(r"(?<=[.;])\s+")
# No longer in place: "until 2025 clinicians could use SMS", "we used to operate a SOC".
_PAST_RX = Cue(
    # "until 2024" ended; "until at least 2031" is a commitment.
    # "we used to operate a SOC"; not the passive "recordings are not used to train models".
    r"\b((?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bnot\s)"
    r"(?<!\bbeing\s)(?<!\bonly\s)used\s+to|until\s+(?!at\s+least)(\w+\s+){0,3}?(19|20)\d\d|"
    r"previously|formerly|"
    # "We ran weekly phishing simulations through June 2025": a past verb up to a date.
    r"(ran|performed|conducted|held|operated|used|had|did|was|were)\b[^.;]{0,80}?\bthrough\s+"
    r"(\w+\s+){0,2}?(19|20)\d\d|"
    # "no longer offered"; not "access that is no longer needed".
    r"no\s+longer(?!\s+(needed|required|necessary|valid|relevant|applicable|in\s+use\s+by))|"
    r"in\s+the\s+past|(was|were)\s+(\w+\s+)?(retired|decommissioned|discontinued|replaced|"
    r"switched\s+off|turned\s+off|disabled|removed|dropped)|"
    r"(stopped|ceased|quit|discontinued)\b|"
    # "Since January 2027 ...; until then it was also trained on ...": the time before a change.
    r"(until|till|up\s+to|before|prior\s+to)\s+(then|that)\b[^.;]{0,40}?\b(was|were|had)\b)",
    (
        "used to",
        "until",
        "till",
        "up to",
        "before",
        "prior to",
        "through",
        "previous",
        "former",
        "longer",
        "past",
        "retired",
        "decommission",
        "discontinu",
        "replaced",
        "stopped",
        "ceased",
        "quit",
        "switched off",
        "turned off",
        "disabled",
        "removed",
        "dropped",
    ),
)
# Not yet in place: planned, in progress, on a roadmap.
_FUTURE_RX = Cue(
    r"\b(plan(s|ned)?\s+to|planning\s+to|(is|are)\s+planned|planned\s+for|intends?\s+to|in\s+progress|under\s+way|underway|"
    # "we plan a chat assistant on Azure OpenAI in 2028"; "the next examination is in
    # fieldwork and we expect the report in September 2027"
    r"(we|they)\s+(also\s+)?plan\s+(an?|the|our|to)\b|in\s+fieldwork|"
    # "We are evaluating a managed detection service that would watch alerts around the clock".
    r"(are|is|am)\s+(currently\s+)?(evaluating|considering|exploring|investigating)\b|"
    r"we\s+expect\s+(the|our|it|to)\b|"
    r"roadmap|not\s+yet|being\s+(implemented|rolled\s+out|deployed|introduced|drafted|developed|"
    r"written|prepared|built|established|created|defined|designed|finali[sz]ed|moved|migrated|"
    r"transitioned|upgraded|switched|onboarded)|pilot(ing)?|"
    r"go[- ]live|target(ed)?\s+(date|for)|planned\s+(\w+\s+)?(q[1-4]|20\d\d)|"
    r"(is|are|am)\s+(currently\s+)?(writing|drafting|developing|preparing|building|creating|"
    r"establishing|designing|defining|finali[sz]ing|implementing|rolling\s+out)|due\s+(for|by|in)\s|"
    r"upcoming|next\s+(year|quarter)|by\s+(q[1-4]|the\s+end\s+of|end\s+of|20\d\d)|"
    r"by\s+(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+20\d\d|"
    r"will\s+(be\s+)?\w+[^,;.]{0,40}\b(from|starting|beginning|in)\s+(\w+\s+){0,4}?20\d\d|"
    # "We will offer SAML on the Pyme plan": what is to be offered is not offered today.
    r"\b(we|they)\s+will\s+(\w+\s+)?(offer|provide|add|introduce|launch|support|implement|"
    r"roll\s+out|release|enable|make\s+available)\b|"
    # "We will replace the older readers with TLS-capable ones in 2027": a change to come, by
    # the thing it replaces (not "We will deploy patches within 14 days", a standing duty).
    r"\b(we|they)\s+will\s+(\w+\s+)?(replace|upgrade|migrate|retire|decommission|phase\s+out)\b|"
    # "scheduled to begin in January 2027", "From 1 March 2027 all staff will be required",
    # "afterwards it will be hosted in AWS".
    r"scheduled\s+to\s+(begin|start)|(from|starting)\s+(\d{1,2}\s+)?(january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\s+20\d\d\b[^.;]{0,60}\bwill\b|"
    r"afterwards\b[^.;]{0,20}\bwill)\b",
    (
        "scheduled",
        "afterwards",
        "fieldwork",
        "evaluating",
        "considering",
        "exploring",
        "investigating",
        "expect",
        "plan",
        "intend",
        "progress",
        "way",
        "roadmap",
        "yet",
        "being",
        "pilot",
        "upcoming",
        "next",
        "by ",
        "will",
        "live",
        "target",
        "writing",
        "drafting",
        "developing",
        "preparing",
        "building",
        "creating",
        "establishing",
        "designing",
        "defining",
        "finali",
        "implementing",
        "rolling out",
        "due",
    ),
)
# Available rather than done: optional, on request, an add-on.
_OPTIONAL_RX = Cue(
    r"\b(optional(ly)?|(on|upon)\s+(\w+\s+)?request|add-?on|if\s+enabled|can\s+(be\s+)?enabled?|"
    r"can\s+(turn|switch)\s+([\w-]+\s+){0,3}?on\b|can\s+choose\s+to|"
    r"(customers?|users?|tenants?|administrators?|admins?)\s+(can|may)\b(?!\s+(only|not|never))|"
    r"may\s+(?!only|not|never)(be\s+)?\w+|"
    r"opt[- ]in|at\s+(the\s+)?customer'?s\s+(option|discretion|request)|"
    # "a customer-enabled option and is off by default"
    r"(off|disabled|not\s+(enabled|on))\s+by\s+default|"
    r"must\s+be\s+(enabled|turned\s+on|switched\s+on|activated)|"
    r"(customers?|users?|tenants?|admin)[- ]enabled|an?\s+(\w+[- ])?option|"
    # "MFA is available to all staff accounts": on offer, not done.
    r"available\s+(to|for|on))\b",
    ("option", "request", "add", "enable", "discretion", "may", "can", "opt", "default", "availab"),
)
_ALL_RX = re.compile(r"\b(all|every|each|always|any)\b", re.I)
# "unencrypted", "unpatched", "unmonitored": the practice denied in one word.
_UN_RX = re.compile(r"\bun-?([a-z]{4,})", re.I)


_DONE_BY_THEM_RX = re.compile(
    r"\b(?P<act>\w{4,}?)(ed|en)\s+(?!not\b)(?:\w+\s+)?by\s+(?:(the\s+)?(?P<who>(?i:customers?|"
    r"clients?|users?|tenants?))|(?P<org>(?!(?:Security|Engineering|Compliance|Legal|Finance|"
    r"Management|Operations|IT)\b)[A-Z][a-z][\w&-]*))\b",
)
# A duty the text puts on another party than the vendor.
# Done by the vendor itself, as asked: "checked by you", "by your own staff", "in-house".
_BY_YOU_RX = re.compile(
    r"\bby\s+(you|yourselves|your\s+(own\s+)?(company|organi[sz]ation|staff|employees|team))\b|"
    r"\bin[- ]house\b|\b(itself|yourselves|yourself)\s*\??$",
    re.I,
)
# Done by another party the vendor names: "carried out by our staffing partner".
_DONE_BY_PARTY_RX = re.compile(
    r"\b(carried\s+out|performed|conducted|done|handled|run|completed|provided)\s+by\s+"
    r"(our|a|an|the|its)\s+([\w-]+\s+){0,2}?(partners?|agency|agencies|providers?|"
    r"contractors?|vendors?|third[- ]part(y|ies)|subcontractors?|firms?|suppliers?)\b",
    re.I,
)
_WHO_ASK_RX = re.compile(r"\s*who\b", re.I)  # "Who is responsible for ...?" asks whose duty
# What the customer must do, named as such: "Notary offices must reconcile ... (complementary
# user entity control)" ("customer administrators must use MFA" is a rule the vendor enforces).
_CUSTOMER_MUST_RX = re.compile(
    r"\bcomplementary\s+user\s+entity\s+controls?\b|\bCUECs?\b|\buser\s+entity\s+responsibilit",
    re.I,
)
# Another party's duty: "Clinics are responsible for obtaining consent", "the customer remains
# responsible" (not "we are responsible", "our security team is responsible").
_THEIR_DUTY_RX = re.compile(
    r"\b(?!(?:we|our|us|i)\b)(?P<who>[A-Za-z][\w'-]*s|the\s+customer|each\s+customer|"
    r"account\s+owners?)\s+(is|are|remains?|remain)\s+(solely\s+)?responsible\b",
    re.I,
)


def _compound_split(question: str, text: str) -> bool:
    """Whether a hyphenated compound the question asks of ("export-controlled",
    "network-based") is met in the text only by one of its words on its own."""
    if "-" not in question:
        return False
    asked = subject_terms(question)
    said = subject_terms(text)
    lower = text.lower()
    for first, second in _COMPOUND_RX.findall(question.lower()):
        a, b = _term(first), _term(second)
        if second == "based" and a in asked and a in said:
            # "network-based" is met by "network-based" or "network intrusion detection".
            near = re.findall(rf"\b{re.escape(first)}[- ]((?:[\w-]+\s+){{0,2}}[\w-]+)", lower)
            if not any(w.startswith("based") or subject_terms(w) & asked - {a} for w in near):
                return True
            continue
        if not (a and b and a in asked and b in asked and (a in said or b in said)):
            continue  # frame words, or folded to a synonym ("multi-factor")
        if not re.search(rf"\b{re.escape(first)}[- ]?{re.escape(b[:4])}", lower):
            return True
    return False


_COMPOUND_RX = re.compile(r"\b([a-z]{3,})-([a-z]{3,})\b")


def _their_act(question: str, text: str) -> bool:
    """Whether the act a question asks of the vendor ("Do you configure ...?", "Does Acme
    review ...?", "Are you responsible for activating ...?") is, in the text, another party's:
    a sentence whose subject is that party does it ("Customers configure their own billing
    guidelines") or is responsible for it ("... and are responsible for reviewing AI flags",
    "Customers, as controllers, are responsible for ... any DPIA"), the vendor helps the party
    do it ("We help customers answer data subject requests"), or it is done by the party ("It
    is turned on per job by the customer"). What another party must do under the vendor's rule
    ("users must use MFA") is the vendor's."""
    # "Is Quietlake the holder of the insurance?" asks "Does Quietlake hold the insurance?".
    question = _HOLDER_ASK_RX.sub(r"Does \g<who> hold", question, count=1)
    m = _VENDOR_ACT_ASK_RX.match(question)
    passive = _PASSIVE_ACT_ASK_RX.match(question) if m is None else None
    if m is None and passive is None:
        return False
    if passive is not None:
        # "Is the retention period set by Talentcairn?": the act and what it is done to.
        verb = passive["verb"].lower()
        stem = verb[:6] if len(verb) > 6 else verb.rstrip("e")
        stem = _PASSIVE_STEMS.get(stem, stem)
        asked = specific_terms(passive["what"]) - _PARTICLE_TERMS
    else:
        assert m is not None
        stem = _act_asked(question)
        # What the act is done to: "the DPIA for customers' use of Screen" (not the vendor's
        # name).
        asked = specific_terms(question[m.end() :]) - _PARTICLE_TERMS
    previous: frozenset[str] = frozenset()
    party_before = False
    self_asked = _SELF_ASK_RX.search(question) is not None
    for sentence in _SENTENCE_RX.split(text):
        said = subject_terms(sentence)
        pronoun = _PRONOUN_START_RX.match(sentence)
        if pronoun:
            said |= previous  # "Screen scores applicants. It is turned on ... by the customer."
        previous = said
        on_it = bool(asked) and len(asked & said) >= STATED_SHARE * len(asked)
        done = bool(stem) and re.search(rf"\b{stem}", sentence, re.I) is not None
        if on_it and stem in _CHOICE_STEMS and _PARTY_CHOOSES_RX.search(sentence):
            return True  # "the retention period the customer sets" for "Do you decide it?"
        if (on_it or done) and _BY_PARTY_RX.search(sentence):
            return True  # "It is turned on per job by the customer"
        if on_it and _THEIR_OWN_RX.match(sentence):
            return True  # "Therapists carry their own professional liability insurance"
        if (on_it and self_asked and _BY_NAMED_ORG_RX.search(sentence)) or (
            (on_it or asked & said) and _NOT_OURSELVES_RX.search(sentence)
        ):
            # "we do not perform KYC ourselves"; "Do you make the transfers yourselves?" and
            # "bank transfers made by Bank Odra S.A." (a test "performed by NCC Group" is
            # still the vendor's own test where its own hands are not asked).
            return True
        if stem and re.search(
            rf"\bhelps?\s+(?:the\s+|our\s+)?{_PARTY_NOUNS}\s+(?:to\s+)?{stem}", sentence, re.I
        ):
            return True  # "We help customers answer data subject requests"
        party = _PARTY_SUBJECT_RX.match(sentence)
        if party is None and party_before and pronoun is not None:
            # "Practices are the covered entities. They are responsible for ...": the party.
            party = pronoun
        party_before = party is not None
        if party is None:
            continue
        rest = sentence[party.end() :]
        duty = _RESPONSIBLE_FOR_RX.search(rest)
        hit = re.search(rf"\b{stem}", rest, re.I) if stem else None
        if hit is None:
            if duty is not None and asked:
                # "Do you write the privacy notices?" and "Customers ... are responsible for
                # their privacy notices to candidates": what the party is responsible for.
                owed = subject_terms(rest[duty.end() :])
                if len(asked & owed) >= STATED_SHARE * len(asked):
                    return True
            continue
        before = rest[: hit.start()]
        if _OUR_RX.search(before):
            continue  # "Customers upload files and we review them"
        if stem == "responsible" or not before.strip() or _RESPONSIBLE_FOR_RX.search(before):
            return True
    return False


# A vendor's act asked in the passive: "Is the retention period set by Talentcairn?", "chosen
# by you?".
_PASSIVE_ACT_ASK_RX = re.compile(
    r"\s*(?:is|are|was|were)\s+(?P<what>[^?]{3,80}?)\s+(?P<verb>set|chosen|decided|defined|"
    r"configured|selected|determined|performed|done|made|carried\s+out|conducted|handled|"
    r"operated)\s+by\s+(?:you|your\s+(?:company|team|staff)|[A-Z][\w&-]*)\b",
    re.I,
)
# Past participles to the stems their acts are read by ("chosen" is "choos").
_PASSIVE_STEMS = {"chosen": "choos", "decided": "decid", "defined": "defin", "configu": "configu"}
# Acts of choosing: "Does Acme decide / set / choose / define the retention period?".
_CHOICE_STEMS = frozenset({"decid", "set", "choos", "configu", "defin", "select", "determi"})
_PARTY_CHOOSES_RX = re.compile(
    r"\b(the|each|a|every|their)\s+(customers?|clients?|tenants?|institutions?|subscribers?|"
    r"merchants?|controllers?)\s+(sets?|chooses?|decides?|configures?|defines?|selects?|"
    r"determines?)\b",
    re.I,
)
# Others acting for themselves: "Therapists carry their own ... insurance", "Drivers use
# their own phones" (not "We ...", nor "Our company ...").
_THEIR_OWN_RX = re.compile(
    r"\s*(?:(?:the|our|all|each|every|most)\s+)?(?!(?:we|us|our)\b)[a-z-]{3,}s\s+"
    r"(?:\w+\s+){0,2}?\w+\s+their\s+own\b",
    re.I,
)
_PRONOUN_START_RX = re.compile(r"\s*(it|this|they|these|he|she|their)\b", re.I)
# Done by another party: "turned on per job by the customer", "set by each tenant".
_BY_PARTY_RX = re.compile(
    r"\bby\s+(?:the|each|a|every|their)\s+(?:customers?|clients?|tenants?|institutions?|"
    r"subscribers?|merchants?|controllers?)\b(?!['’])",
    re.I,
)
_PARTICLE_TERMS = frozenset({"out", "up", "on", "off", "over", "whether"})
# The vendor's own act denied as its own: "we do not perform KYC ourselves".
_NOT_OURSELVES_RX = re.compile(
    r"\bwe\s+(?:do\s+not|don['’]t|never|no\s+longer)\b[^.;]{0,60}\bourselves\b", re.I
)
# An act done by a named organisation: "bank transfers made by Bank Odra S.A.", "verified by
# Onfido Ltd" (a company name, not "by our team").
_BY_NAMED_ORG_RX = re.compile(
    r"\b(?:made|performed|done|carried\s+out|conducted|handled|operated|run|verified|"
    r"processed|executed)\s+by\s+(?!(?:our|us|we|the|a|an|each|every)\b)[A-Z][\w&.-]*"
)
# A question on the vendor's own hands: "yourselves", "in-house", "by Frachtlo staff".
_SELF_ASK_RX = re.compile(
    r"\b(yoursel(?:f|ves)|itself|themselves|in[- ]house|your\s+own\s+(?:staff|employees|people|team)|"
    r"by\s+(?:your|[A-Z][\w&-]*)\s+(?:own\s+)?(?:staff|employees|team|personnel))\b"
)


def qualifier_unsaid(question: str, text: str) -> bool:
    """Whether a question narrows what it asks of by a "without" ("any subcontractor without a
    BAA?", "systems without MFA?") that the text does not speak of: a fact on subcontractors or
    systems in general does not say which lack it."""
    lacking = _lacking_terms(question)
    return bool(lacking) and not lacking & subject_terms(text)


def _lacking_terms(question: str) -> frozenset[str]:
    """The terms of what a question asks be gone without ("without a BAA?", "without CISO
    approval?"); empty when it asks of none."""
    m = _LACKING_ASK_RX.search(question)
    return subject_terms(m["what"]) - _GENERAL_TERMS if m is not None else frozenset()


_LACKING_ASK_RX = re.compile(
    r"\bwithout\s+(?:an?\s+|any\s+|the\s+|their\s+|its\s+)?(?P<what>[\w-]+(?:\s+[\w-]+)?)", re.I
)


def others_duty(text: str) -> bool:
    """Whether every sentence of a text has another party than the vendor as its subject
    ("Customers configure their own billing guidelines ... and are responsible for ..."):
    what they do, which describes nothing the vendor does."""
    sentences = [x for x in _SENTENCE_RX.split(text) if x.strip()]
    return bool(sentences) and all(_PARTY_SUBJECT_RX.match(x) for x in sentences)


# What a question asks the vendor to do to a thing: "Do you ensure the accuracy of LEDES
# files?", "Do you test the integrity of backups?".
_HEAD_OF_RX = re.compile(
    r"\s*(?:do|does|did|will|would|can)\s+(?:you|your\s+\w+|[A-Z][\w&-]*)\s+(?:\w+ly\s+)?[a-z]+\s+"
    r"(?:the|its|their)\s+(?P<head>[a-z]{4,})\s+of\s+(?!the\s+following\b)",
    re.I,
)
_NOT_BY_US_RX = re.compile(
    r"\bnot\s+by\s+us\b|\bnot\s+(ourselves|in-house)\b|\bwe\s+do\s+not\s+apply\s+our\s+own\b", re.I
)
_YOU_ASK_RX = re.compile(r"^\s*(do|does|did|are|have|has|is)\s+(you|your)\b", re.I)
_PROMPT_ASK_RX = re.compile(r"\b(promptly|immediately|timely|without\s+delay|same\s+day)\b", re.I)
# A time set by another party's word: "when the partner tells us", "once HR informs IT".
_ON_NOTICE_RX = re.compile(
    r"\b(when|once|after|as\s+soon\s+as|if)\s+(the\s+|their\s+|a\s+)?[\w-]+(\s+[\w-]+)?\s+"
    r"(tells|informs|notifies|asks|requests|reports\s+it|lets)\b",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def _act_asked(question: str) -> str:
    """The stem of the act a question asks of the vendor ("Do you configure ...?": "config",
    "Do you ensure ...?": "responsible"); '' for a light or frame verb, or no such ask."""
    m = _VENDOR_ACT_ASK_RX.match(question)
    if m is None:
        return ""
    verb = m["verb"].lower()
    if verb in _DETERMINERS and "responsible" in m[0].lower():
        return "responsible"  # "Is Acme responsible for the human review of scores?"
    if verb in _LIGHT_VERBS or (verb in _FRAME_WORDS and verb not in _DUTY_VERBS):
        return ""
    return "responsible" if verb in _DUTY_VERBS else verb[:6] if len(verb) > 6 else verb.rstrip("e")


# What a question asks the vendor to do: "Do you <verb>", "Does Acme <verb>", "Are you
# responsible for <verb>ing".
_HOLDER_ASK_RX = re.compile(
    r"^\s*(?:is|are)\s+(?P<who>you|[A-Z][\w&-]*)\s+the\s+(?:holder|owner|policy\s*holder|"
    r"purchaser|named\s+insured)\s+of\b",
    re.I,
)
_VENDOR_ACT_ASK_RX = re.compile(
    r"\s*(?:(?i:do|does|did|will|would)\s+(?:(?i:you|your\s+(?:company|organi[sz]ation|team|staff))|"
    r"[A-Z][\w&-]*)\s+(?:\w+ly\s+)?|(?i:are|is)\s+(?:(?i:you)|[A-Z][\w&-]*)\s+(?i:responsible\s+for)\s+)"
    r"(?P<verb>[a-z]+)\b"
)
_DETERMINERS = frozenset({"the", "a", "an", "any", "all", "its", "their", "this", "that"})
# Verbs that ask whose duty a thing is: "Do you ensure the accuracy of the files?".
_DUTY_VERBS = frozenset({"ensure", "guarantee", "warrant", "maintain"})
# A sentence whose subject is another party than the vendor: "Customers", "Law firms", "Each
# tenant's administrator" (the party's words come first; "Customer data" is no party).
_PARTY_SUBJECT_RX = re.compile(
    r"\s*(?:(?i:the|each|every|all|our)\s+)?(?:[A-Z][\w-]*\s+)?(?i:customers?|clients?|tenants?|"
    r"institutions?|firms|partners?|account\s+owners?|subscribers?|merchants?|schools|districts|"
    r"hospitals|clinics|libraries|members|buyers|employers|practices)(?:['’]s?\s+\w+)?"
    # "Customers, as controllers, are responsible for ...".
    r"(?:,\s*[^,]{1,40},)?\s+"
)
_OUR_RX = re.compile(r"\b(we|our|us)\b", re.I)
_PARTY_NOUNS = (
    r"(?:customers?|clients?|tenants?|institutions?|subscribers?|merchants?|controllers?)"
)
_RESPONSIBLE_FOR_RX = re.compile(
    r"\b(?:is|are|remains?)\s+(?:solely\s+|also\s+)?responsible\s+for\b", re.I
)


def _about_case(question: str, text: str) -> str | None:
    """The sentences of `text` on the case a question sets ("For Chilean customers, ...?",
    "EU customers' data", "employees in Israel", "staff in the Gdańsk office"): those naming
    every word of it; the text itself when the question sets none; None when no sentence does."""
    words = _case_words(question)
    if not words:
        return text
    about = [
        c
        for c in _SENTENCE_RX.split(text)
        if all(re.search(rf"\b{re.escape(w)}(an|ian|n|i|ese|ish|s)?\b", c, re.I) for w in words)
    ]
    return " ".join(about) if about else None


@lru_cache(maxsize=1 << 14)
def _case_words(question: str) -> tuple[str, ...]:
    """The words of the case a question sets, by a lead-in, a possessive group or people in a
    place: "For customers in the US region, ...?" → ("US",); () when it sets none."""
    for rx in _CASE_ASK_RXS:
        m = rx.search(question)
        if m is not None:
            words = [w for w in _CASE_WORD_RX.findall(m["case"]) if w.lower() not in _CASE_STOPS]
            # "Chilean" is found as "Chile(an)": a demonym's country.
            return tuple(_DEMONYM_RX.sub("", w) if len(w) > 6 else w for w in words)
    return ()


def _case_terms(question: str) -> frozenset[str]:
    """The subject terms of the case a question sets and of the people it names in it."""
    words = _case_words(question)
    if not words:
        return frozenset()
    asked = subject_terms(question)
    # "Chilean" for the case word "Chile": the question's own term for it.
    named = {t for t in asked for w in words if t.startswith(w.lower())}
    return subject_terms(" ".join(words)) | named | (asked & _PEOPLE_TERMS)


_PEOPLE_TERMS = frozenset(
    _stem(w)
    for w in [
        "staff",
        "employee",
        "employees",
        "personnel",
        "engineers",
        "contractors",
        "customers",
        "users",
    ]
)
_CASE_ASK_RXS = (
    # "For Pro plan customers, are ...?" (a negative lead-in is read as the case set aside).
    re.compile(
        r"^\s*for\s+(?P<case>(?![^,?;]*\b(?:not|without|don['’]t|doesn['’]t)\b)[^,?;]{2,60}),\s*"
        r"(?=(?:is|are|do|does|can|will|must|has|have|should)\b)",
        re.I,
    ),
    # "Regarding the Hamburg office: do staff ...?", "German customers: is their data ...?"
    re.compile(
        r"^\s*(?:regarding|concerning|as\s+for|for|in|at)\s+(?:the\s+|our\s+)?"
        r"(?P<case>[^:?,;]{2,50}?)\s*:\s*(?=\w)",
        re.I,
    ),
    re.compile(
        r"^\s*(?:the\s+|our\s+)?(?P<case>[^:?,;]{2,40}?\s(?:customers|clients|users|staff|"
        r"employees|office|site|region|plan|tenants|team))\s*:\s*(?=\w)",
        re.I,
    ),
    # "If a clinic is in Canada, ...?"
    re.compile(
        r"^\s*(?i:if|where|when)\s+(?i:a|an|the|your)\s+\w+\s+(?i:is)\s+(?i:in|based\s+in|"
        r"located\s+in)\s+(?P<case>[A-Z][\w-]*)"
    ),
    # "Do staff (including those in Toronto) use MFA?"
    re.compile(
        r"\((?i:including)\s+(?:(?i:those|staff|employees|users)\s+)?(?i:in|at|from)\s+"
        r"(?:the\s+)?(?P<case>[A-Z][\w-]*)"
    ),
    # "Do staff use FIDO2 keys in the Toronto office?"
    re.compile(r"\b(?i:in|at)\s+(?i:the|our)\s+(?P<case>[A-Z][\w-]*)\s+(?i:office|site|branch)\b"),
    # "Are EU customers' data hosted by AWS?", "Chilean customers' backups".
    re.compile(r"\b(?P<case>(?:[A-Z][\w-]*\s+){1,2})(?:customers|clients|tenants|users)['’]"),
    # "Is data of US customers stored in India?"
    re.compile(
        r"\b(?i:data|records|backups|information)\s+(?i:of|for)\s+(?i:our\s+|the\s+)?"
        r"(?P<case>(?:[A-Z][\w-]*\s+){1,2})(?i:customers|clients|tenants|users)\b"
    ),
    # "Santiago staff", "Santiago office laptops", "Berlin employees".
    re.compile(
        r"\b(?P<case>(?!(?:Are|Is|Do|Does|Can|Will|Must|Has|Have|The|Our|Your|All|Any)\b)"
        r"[A-Z][\w-]*)\s+(?:office\s+)?(?:staff|employees|personnel|engineers|contractors|"
        r"laptops|workstations|devices)\b"
    ),
    # "employees in Israel", "staff in the Gdańsk office", "users based in Canada".
    re.compile(
        r"\b(?:staff|employees|personnel|engineers|contractors|developers|customers|users|clients)"
        r"\s+(?:in|at|from|based\s+in)\s+(?:the\s+|our\s+)?(?P<case>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
    ),
)
_CASE_WORD_RX = re.compile(r"[A-Za-zÀ-ÿĀ-ž][\w'’-]*")
_CASE_STOPS = frozenset(
    [
        "customers",
        "customer",
        "clients",
        "client",
        "users",
        "user",
        "tenants",
        "tenant",
        "accounts",
        "account",
        "the",
        "our",
        "your",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "from",
        "based",
        "who",
        "that",
        "with",
        "and",
        "or",
        "all",
        "any",
        "each",
        "every",
        "plan",
        "plans",
        "tier",
        "region",
        "regions",
        "office",
        "offices",
        "staff",
        "employees",
        "data",
        "are",
        "is",
        "do",
        "does",
        "can",
        "will",
        "must",
        "has",
        "have",
        "should",
        "were",
        "was",
    ]
)
_DEMONYM_RX = re.compile(r"(ian|an|ese|ish|i)$", re.I)


def _about_named(question: str, text: str) -> str | None:
    """The sentences of `text` on the system or group of people the question names ("Is the
    claims portal monitored 24x7?": "the claims portal is monitored during business hours",
    not the scoring platform's 24x7; "field staff": what field adjusters do); the text itself
    when the question names neither; None when it names a group the text never does."""
    plan = _PLAN_ASK_RX.search(question)
    if (
        plan
        and not _names(text, plan["name"])
        and (_PLAN_ASK_RX.search(text) or _CUSTOMER_GROUP_RX.search(text))
    ):
        # "on the Standard plan?" and "customers on the Firm plan can ...", "Enterprise
        # customers can opt out": what another plan's customers have.
        return None
    if _EVERY_PLAN_ASK_RX.search(question) and (
        _PLAN_ASK_RX.search(text) or _CUSTOMER_GROUP_RX.search(text) or _PLAN_ONLY_RX.search(text)
    ):
        # "Can shippers on every plan opt out?" and "Enterprise shippers can opt out": what
        # one plan's customers have.
        return None
    if plan is not None:
        # A plan by its capitalised name: "the Studio plan", not "the studio console".
        name = plan["name"] if _names(text, plan["name"]) else ""
        if name:
            text = " ".join(c for c in _SENTENCE_RX.split(text) if _names(c, name))
    else:
        name = next((n for n in _named_system(question) if _mentions(text, n, whole=True)), "")
        if name:
            # With a sentence after that speaks of it as "it" ("... reached through one shared
            # login. We plan to move it to named accounts in Q4 2027.").
            on = _sentences_on(text, lambda c: _mentions(c, name, whole=True), _IT_RX)
            text = " ".join(on)
    group = _named_group(question)
    if not group:
        role = _asked_role(question)
        if not role:
            return text
        # "Do dispatchers have to use MFA?": the sentences on dispatchers, not the admins'
        # beside them; a text on other people only ("customers sign in with a password" for
        # "Do drivers sign in with a password?") says nothing of them.
        about = _sentences_on(text, lambda c: _mentions(c, role, whole=False))
        if about:
            return " ".join(about)
        return None if _PEOPLE_RX.search(text) else text
    about = _sentences_on(text, lambda c: _mentions(c, group, whole=False))
    return " ".join(about) if about else None


@lru_cache(maxsize=1 << 14)
def _asked_role(question: str) -> str:
    """The people a question asks about by their role, as its subject ("Do dispatchers ...?",
    "Do law firm billers ...?", "Are fleet drivers ...?") or after "for" ("Is MFA required for
    clients?"): the role's singular head; '' for the vendor itself or things."""
    m = _ROLE_ASK_RX.match(question)
    if m is None:
        m = _FOR_ROLE_ASK_RX.search(question)
        if m is None or m["head"].lower() in _EVERYONE_WORDS:
            return ""  # "mandatory for all employees": the workforce, however a text names it
        return m["head"].lower().removesuffix("s")
    if m["head"].lower() in _NOT_ROLES:
        return ""
    return m["head"].lower().removesuffix("s")


_EVERYONE_WORDS = frozenset({"employees", "users", "members", "workers", "others", "personnel"})
# "required for clients?", "enforced for all administrators?": the people a practice is for.
_FOR_ROLE_ASK_RX = re.compile(
    r"\b(?:required|enforced|mandatory|available|enabled|offered)\s+(?:to|for)\s+(?:all\s+|the\s+)?"
    r"(?:[a-z][\w-]*\s+)?(?P<head>(?:clients|patients|customers|admins|[a-z][\w-]*(?:ers|ors|ists|"
    r"ians|ants|ents|ees)))\s*(?:\?|$|,|\s+(?:and|or|who|when|on|in)\b)",
    re.I,
)


# "Do dispatchers", "Are fleet drivers", "Must law firm billers": a plural role as subject.
_ROLE_ASK_RX = re.compile(
    r"\s*(?i:do|are|must|can|will|should|may)\s+(?:all\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*(?:ers|ors|ists|ians|ants|ents|ees|admins))['’]?\s+(?!and\b|or\b)",
)
_NOT_ROLES = frozenset(
    [
        "servers",
        "computers",
        "routers",
        "containers",
        "printers",
        "scanners",
        "headers",
        "folders",
        "buffers",
        "vendors",
        "providers",
        "partners",
        "parameters",
        "certificates",
        "documents",
        "components",
        "environments",
        "agents",
        "clients",
        "customers",
        "users",
        "tenants",
        "subprocessors",
        "processors",
        "sensors",
        "trackers",
    ]
)
# Words for people, of whom a text may speak instead of the role asked.
_PEOPLE_RX = re.compile(
    r"\b(customers?|users?|administrators?|admins?|employees?|staff|members?|clients?|"
    r"operators?|managers?|drivers?|dispatchers?|agents?|engineers?|developers?|contractors?)\b",
    re.I,
)


def _sentences_on(
    text: str, naming: Callable[[str], bool], refers: re.Pattern[str] | None = None
) -> list[str]:
    """The sentences of a text that name something, with a sentence after one of them that
    speaks of it by a pronoun ("Therapists ... work from their own computers. They must use the
    portal and cannot download records."), at its start or, given `refers`, where it says."""
    about: list[str] = []
    previous = False
    refers = refers or _PRONOUN_START_RX
    for sentence in _SENTENCE_RX.split(text):
        previous = naming(sentence) or (previous and bool(refers.match(sentence)))
        if previous:
            about.append(sentence)
    return about


# A sentence that speaks of a thing named before as "it": "We plan to move it to ...".
_IT_RX = re.compile(r"\s*(?:it|this|they|these)\b|.*\b(?:it|them)\b", re.I)


def _names(text: str, name: str) -> bool:
    """Whether a text names a capitalised name, as written ("Studio", not "studio")."""
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


def _mentions(text: str, word: str, whole: bool) -> bool:
    end = r"\b" if whole else ""
    return re.search(rf"\b{re.escape(word)}{end}", text, re.I) is not None


@lru_cache(maxsize=1 << 14)
def _named_system(question: str) -> tuple[str, ...]:
    """The words a question names a system by ("the claims portal": "claims"), with a device's
    own noun after it ("the self-checkout kiosk": also "kiosk", as in "Lucerne Kiosk")."""
    plan = _PLAN_ASK_RX.search(question)
    if plan is not None:
        return (plan["name"],)  # "Essentials-plan clients", "the Campus plan"
    m = _SYSTEM_ASK_RX.search(question)
    if m is None:
        return ()
    if m["kind2"]:
        return (m["kind2"], m["noun2"].lower().rstrip("s"))
    return (m["kind"], m["noun"]) if m["noun"].lower() in _DEVICE_NOUNS else (m["kind"],)


# A plan, tier or edition named: "Essentials-plan clients", "on the Campus plan".
_PLAN_ASK_RX = re.compile(
    r"\b(?P<name>[A-Z][\w]+|(?:standard|basic|free|premium|enterprise|business|professional|"
    r"starter|team))[- ](?:plan|tier|edition)\b"
)


def _other_plan(question: str, part: str) -> bool:
    """Whether a part of a text names a plan and the question another ("on the Standard plan"
    and "Is SSO included in the Enterprise plan?")."""
    asked = _PLAN_ASK_RX.search(question)
    named = [m["name"].lower() for m in _PLAN_ASK_RX.finditer(part)]
    return asked is not None and bool(named) and asked["name"].lower() not in named


_EVERY_PLAN_ASK_RX = re.compile(r"\b(every|all|each|any)\s+(plans?|tiers?|editions?)\b", re.I)
# Customers named by a kind of their own: "Enterprise customers", "Premium subscribers".
_CUSTOMER_GROUP_RX = re.compile(
    r"\b(?!(?:All|Our|Every|Each|The|These|Those|New|Existing|Some|Most|Any|Other)\b)[A-Z][\w]+\s+"
    r"(?:customers|clients|tenants|subscribers|accounts|merchants|members)\b|"
    # Users named by a plan or tier of their own: "Enterprise shippers", "Premium donors".
    r"\b(?:Enterprise|Business|Pro|Professional|Premium|Standard|Basic|Free|Starter|Team|Plus|"
    r"Growth|Essentials?|Advanced|Ultimate|Gold|Silver|Platinum|Corporate|Government)\s+[a-z]{3,}s\b"
)


# A system a question names by a word before it: "the claims portal", "the survey builder".
_SYSTEM_ASK_RX = re.compile(
    r"\bthe\s+(?P<kind>[a-z][\w-]+)\s+(?P<noun>portal|platform|app|application|system|service|"
    r"product|module|dashboard|api|website|site|builder|agent|database|kiosk|device|appliance|"
    r"gateway|terminal|firmware)\b|"
    # "fixed in device firmware", "on your edge gateways": a device named without "the".
    r"\b(?:in|on|of|for)\s+(?:your\s+|our\s+)?(?P<kind2>[a-z][\w-]+)\s+(?P<noun2>kiosks?|devices?|"
    r"appliances?|gateways?|terminals?|firmware)\b",
    re.I,
)
# Things distinct enough to be named by their noun alone ("Lucerne Kiosk" for "the kiosk").
_DEVICE_NOUNS = frozenset({"kiosk", "device", "appliance", "gateway", "terminal", "firmware"})


@lru_cache(maxsize=1 << 14)
def _named_group(question: str) -> str:
    """The group a question names by a word before its people ("field staff", "office
    employees", "remote workers"): the word; '' when it names everyone or no one."""
    m = _PEOPLE_KIND_RX.search(question)
    if m is None:
        return ""
    kind = m["kind"].lower()
    return "" if kind in _ANY_PEOPLE or kind in _NOT_GROUPS else kind


# Words before "staff", "users" that are not a group of them ("do staff", "security staff").
_NOT_GROUPS_TEXT = (
    "do does are is have has can will must should would security privacy it support new all "
    "dedicated qualified trained internal our"
)
_NOT_GROUPS = frozenset(_NOT_GROUPS_TEXT.split())


def _narrower_items(question: str, text: str) -> bool:
    """Whether a text speaks of one kind of the items a question asks of ("patron passwords"
    for "any passwords")."""
    words = set(_WORD_RX.findall(question.lower()))
    asked = {w.rstrip("s") for w in words}
    # "Passwords of resort staff": the kind after the items, not "." before them.
    after = [
        m for m in _ITEM_OF_KIND_RX.finditer(f". {text}") if m["item"].lower().rstrip("s") in asked
    ]
    kinds = [
        m["kind"].lower()
        for m in _ITEM_KIND_RX.finditer(f". {text}")
        if m["item"].lower().rstrip("s") in asked
        and not any(a.start("item") == m.start("item") for a in after)
    ] + [m["kind"].lower() for m in after]
    # Said of them all anywhere ("Passwords are never stored in plain text") is not narrower.
    return bool(kinds) and all(
        k not in _ANY_DATA and k not in _ANY_PEOPLE and k not in words and k != "." for k in kinds
    )


# "Passwords of resort staff", "credentials for the readers": the kind after the items.
_ITEM_OF_KIND_RX = re.compile(
    r"\b(?P<item>passwords?|pins?|credentials|secrets|keys|tokens|accounts)\s+(?:of|for)\s+"
    r"(?:the\s+|our\s+)?(?P<kind>[A-Za-z][\w-]*)",
    re.I,
)
# "Patron PINs and passwords", "admin credentials": the kind before the items.
_ITEM_KIND_RX = re.compile(
    r"(?P<kind>\.|\b[A-Za-z][\w-]*)\s+(?:[\w-]+\s+(?:and|or)\s+)?(?P<item>passwords?|pins?|credentials|"
    r"secrets|keys|tokens|accounts)\b",
    re.I,
)


def _narrower_people(question: str, text: str) -> bool:
    """Whether a text speaks of one group ("office staff", "US employees", "employees who
    visit schools") where the question asks of everyone ("all employees", "including
    fingerprinting"), in a clause on what is asked."""
    if not _UNIVERSAL_RX.search(question):
        return False
    asked = _PEOPLE_KIND_RX.search(question)
    if asked is None or asked["kind"].lower() not in _ANY_PEOPLE:
        return False
    words = set(_WORD_RX.findall(question.lower()))
    done = specific_terms(question) - _POPULATION
    for part in _PART_RX.split(text):
        if not subject_terms(part) & done:
            continue
        if _SOME_PEOPLE_RX.search(part):
            return True
        for said in _PEOPLE_KIND_RX.finditer(part):
            kind = said["kind"].lower()
            if kind not in _ANY_PEOPLE and kind not in words:
                return True
    return False


# "employees who visit schools", "staff with access to production": some of them.
_SOME_PEOPLE_RX = re.compile(
    r"\b(staff|employees|personnel|workers|contractors|engineers|users)\s+(who|that|with|in)\b",
    re.I,
)
# Who a sentence speaks of, by the word before it: "office staff", "all employees".
_PEOPLE_KIND_RX = re.compile(
    r"\b(?P<kind>[A-Za-z][\w'-]*)\s+(?:staff|employees|personnel|workers|workforce|"
    r"contractors|hires|engineers|users)\b",
    re.I,
)
_ANY_PEOPLE_TEXT = (
    "all every each any our the its their your of and or for by to company's permanent "
    "full-time fulltime regular existing current"
)
_ANY_PEOPLE = frozenset(_ANY_PEOPLE_TEXT.split())


def _narrower_data(question: str, text: str) -> bool:
    """Whether the data a text speaks of is one kind ("cardholder data", "billing records")
    where the question asks of data in general ("data", "all customer data", "sensitive
    data")."""
    asked = _DATA_KIND_RX.search(question)
    if asked is None or (asked["kind"] or "").lower() not in _ANY_DATA:
        return False
    words = set(_WORD_RX.findall(question.lower()))
    for sentence in _SENTENCE_RX.split(text):
        other = _OTHER_DATA_RX.search(sentence)
        if other is not None and other[1].lower().rstrip("s") not in {w.rstrip("s") for w in words}:
            # "Security logs are kept 6 months" says nothing of customer data.
            return True
        for said in _DATA_KIND_RX.finditer(sentence):
            if said[0].istitle() and " " in said[0].strip():
                continue  # a name ("Transparent Data Encryption"), not a kind of data
            kind = (said["kind"] or "").lower()
            return kind not in _ANY_DATA and kind not in words
    return False


# Records that are not the customer's data itself, as a sentence's subject.
_OTHER_DATA_RX = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(logs?|backups?|e-?mails?|recordings?|transcripts?|tickets?|telemetry|"
    r"audit\s+trails?)\b(?:\s+\w+){0,3}?\s+(?:is|are|were|was)\b",
    re.I,
)
# The data a sentence speaks of, by the word before it: "cardholder data", "all data".
_DATA_KIND_RX = re.compile(
    r"(?:\b(?P<kind>[A-Za-z][\w'-]*)\s+|^\s*)(?:data|records|information|files|documents)\b",
    re.I,
)
_ANY_DATA = frozenset(
    (
        "",
        "all",
        "any",
        "customer",
        "customers",
        "customer's",
        "customers'",
        "client",
        "clients",
        "sensitive",
        "confidential",
        "the",
        "our",
        "your",
        "their",
        "its",
        "institutional",
        "institution's",
        "production",
        "tenant",
        "user",
        "stored",
        "of",
        "is",
        "are",
        "that",
        "which",
        "and",
        "or",
        "such",
        "at",
        "in",
        "with",
    )
)


def _kind_of_data_said(question: str, said: frozenset[str]) -> bool:
    """Whether the kind of data a question names ("demographic information") is said."""
    asked = _HANDLED_KIND_RX.search(question)
    kind = asked["kind"].lower() if asked else ""
    return not kind or kind in _ANY_DATA or bool(subject_terms(kind) <= said)


# The kind of data right after the verbs of handling it: "collect, process, or store
# demographic information" (not "stored ... away from the primary data").
_HANDLED_KIND_RX = re.compile(
    r"\b(?:collect|process|stor|transmit|shar)\w*(?:\s*,?\s*(?:or|and)?\s*(?:collect|process|"
    r"stor|transmit|shar)\w*)*\s+(?:any\s+|all\s+|the\s+|your\s+)?(?P<kind>[a-z][\w'-]*)\s+"
    r"(?:data|information|records)\b",
    re.I,
)


# What is done with data, said of any data: the kind handled must be said as well.
_HANDLING_TEXT = (
    "collect collected process processed store stored transmit transmitted share shared"
)
_HANDLING = frozenset().union(*(subject_terms(w) for w in _HANDLING_TEXT.split()))
# What a denial is narrowed to: "related to security or privacy", "involving customer data".
_ABOUT_RX = re.compile(
    r"\b(related\s+to|relating\s+to|in\s+relation\s+to|involving|concerning|regarding|about)\s+"
    r"(?P<what>[\w-]+(\s+(or|and)\s+[\w-]+)?)",
    re.I,
)
# A named product or system: two or more capitalised words ("Lumen Insights").
_PRODUCT_NAME_RX = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][A-Za-z]+)+\b")
# The cases a normal process leaves out, each with its own procedure.
_SPECIAL_CASE = Cue(
    r"\b(emergency|emergencies|break[- ]?glass|hot[- ]?fix(es)?|out[- ]of[- ]hours|after[- ]hours|"
    r"urgent)\b",
    ("emergenc", "glass", "fix", "hours", "urgent"),
)
_UNIVERSAL_RX = re.compile(r"\b(all|every|each|always)\b", re.I)
# "every quarter", "each year": how often, not how much of something.
_EVERY_PERIOD_RX = re.compile(
    r"\b(every|each)\s+(\d+\s+|other\s+|two\s+|three\s+|six\s+)?(business\s+)?(day|week|month|"
    r"quarter|year|hour|minute|night|release|sprint)s?\b",
    re.I,
)
# Done only when the customer acts: "if the customer enables the Secure Vault option".
_CUSTOMER_ACT_RX = re.compile(
    r"\b(?:where|if|when|once)\b[^,;.]{0,60}?\b(?:enables?|turns\s+on|opts?\s+in|chooses|"
    r"selects|requests|purchases|subscribes|configures)\b",
    re.I,
)
# "by default only the attachments store is encrypted": a part of something, named after.
_ONLY_SOME_RX = re.compile(
    r"\bonly\s+(?:the|our|a|an|some|certain|selected|for|when|where|if|during)\s+([^,;.]+)", re.I
)
# A question about every one of something ("all data", "every employee"), not a list to
# follow ("all of the following: login, logout, ...").
_EVERY_RX = re.compile(
    r"\b(?:all|every|each)\s+(?!(?:of\s+)?(?:the\s+|these\s+)?following)(?:\w+\s+){0,2}?(\w+)",
    re.I,
)


def _every_general(question: str) -> bool:
    """Whether a question asks about every one of something named in general words ("all
    data", "all systems", "all customer data"), which a text must say of all of it."""
    m = _EVERY_RX.search(question)
    return m is not None and not subject_terms(m[1]) - _GENERAL_OBJECTS


# Things named in general words (data, information and systems are frame words already).
_GENERAL_OBJECTS = frozenset().union(
    *map(
        subject_terms,
        [
            "servers",
            "applications",
            "assets",
            "devices",
            "environments",
            "networks",
            "records",
            "components",
            "platforms",
            "services",
            "endpoints",
            "databases",
        ],
    )
)


_PROGRAM_NOUN_RX = re.compile(
    r"\b(program|programme|plan|procedure|process|standard|framework|policy)(s|me|mes)?\b", re.I
)
# A policy asked for is a document of its own (a programme or plan is stated by what is done).
_DOC_NOUN_RX = re.compile(r"\b(polic)(y|ies)\b", re.I)
# What the customer chooses ("stored in the region the customer chooses, Canada or US") is
# true of one choice, not of every customer: judged over the whole sentence.
_CHOICE_RX = Cue(
    r"\bcustomers?\s+(chooses|choose|selects?|picks?|elects?)\b|\bchosen\s+by\s+the\s+customer\b|"
    r"\bof\s+(their|the\s+customer'?s)\s+choice\b|\bcustomer[- ]selected\b",
    ("choose", "chosen", "select", "pick", "elect", "choice"),
)
# A sentence ends at ";" or ".", not after an abbreviation ("e.g. the", "Acme Ltd. is") nor at
# "No." before a number ("Certificate No. 1"); "iPads are not encrypted" starts one.
_SENTENCE_RX = re.compile(
    r"(?<=;)\s+|(?<=\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bInc\.)(?<!\bLtd\.)(?<!\bCo\.)"
    r"(?<!\bvs\.)(?<!\bapprox\.)(?!(?<=\b[Nn][or]\.)\s*\d)\s+"
)
# "No. 1", "Nr 5": the abbreviation of "number", which denies nothing.
_NUMBER_ABBREV_RX = re.compile(r"\b(?:No|no|Nr|nr)\.\s?(?=\d)|(?<=[a-z] )No\s(?=\d)")


def _numbers_spelled(text: str) -> str:
    """`text` with "No. 1" read as "number 1" ("Judicial Record Certificate No. 1")."""
    return (
        _NUMBER_ABBREV_RX.sub("number ", text)
        if ("o." in text or "No " in text or "r." in text)
        else text
    )


# A question about what can be done ("Can users enable MFA?", "Does the app support SSO?").
_CAPABILITY_RX = re.compile(
    r"^\s*(can|could)\b|\b(support|supports|allow|allows|offer|offers|option|options|able\s+to|"
    r"configurable|capab\w+|available)\b|"
    # What the product has ("Does your solution have AI features?"): an optional one counts.
    r"\bha(ve|s)\b[^?]{0,30}\b(features?|functionality|functions?)\b",
    re.I,
)


@lru_cache(maxsize=1 << 12)
def _without_plans(question: str) -> str:
    """The question without a plan alternative: "Do you have AI features, or are there plans
    to add them?" is a Yes when the features are stated (never a No: a plan may exist)."""
    return _PLAN_RX.sub("", question) if "plan" in question.lower() else question


_PLAN_RX = re.compile(
    r",?\s+or\s+(are|is|do|does)\s+(there|you|your\s+\w+)\s+(have\s+)?(any\s+)?"
    r"plan(s|ning)?\s+to\b[^?]*",
    re.I,
)


def _whole_population(question: str, text: str) -> str:
    """The question without the relative clause that picks part of a population, where the
    text states it of that whole population: "all employees" states it of "personnel who are
    entrusted with sensitive data" (not of "users who ...": another population)."""
    if "all" not in text.lower() and "every" not in text.lower() and "each" not in text.lower():
        return question
    everyone = {subject_terms(m[3]) for m in _ALL_OF_RX.finditer(text)}
    return _SUBSET_RX.sub(
        lambda m: f"for {m[1]}" if subject_terms(m[1]) in everyone else m[0], question
    )


_PEOPLE = r"(employees?|personnel|staff|workforce|workers?|users?|contractors?|individuals?)"
# "all employees", "every member of staff": the whole of a population asked.
_ALL_PEOPLE_ASK_RX = re.compile(
    r"\b(all|every|each)\s+(?:of\s+(?:your|the|our)\s+)?(?:\w+\s+)?(?P<who>"
    + _PEOPLE[1:-1]
    + r")\b",
    re.I,
)
# People named with the word before them: "Permanent employees", "seasonal support staff".
_QUALIFIED_PEOPLE_RX = re.compile(r"\b(?P<how>[A-Za-z-]+)\s+(?P<who>" + _PEOPLE[1:-1] + r")\b")
_NOT_A_QUALIFIER = frozenset(
    {"all", "every", "each", "our", "the", "its", "their", "your", "any", "of", "and", "for", "to"}
)


def of_some_people(question: str, text: str) -> bool:
    """Whether `text` says of part of the people a question asks about as a whole: "all
    employees" asked, "Permanent employees complete training ...; seasonal support staff are
    given a leaflet instead" said: a word before them narrows them, and others are named."""
    asked = _ALL_PEOPLE_ASK_RX.search(question)
    if asked is None:
        return False
    who = asked["who"].lower()[:4]
    named = [(m["how"].lower(), m["who"].lower()) for m in _QUALIFIED_PEOPLE_RX.finditer(text)]
    same = [how for how, people in named if people[:4] == who]
    if any(how in ("all", "every", "each") for how in same):
        return False  # "mandatory for every user of Bond and CaskLedger" says it of all
    narrowed = [how for how in same if how not in _NOT_A_QUALIFIER and how not in question.lower()]
    # "our staff" and "the staff" are no other group than "new staff".
    return bool(narrowed) and len({how for how, _ in named if how not in _NOT_A_QUALIFIER}) > 1


# A whole population in a text: "all employees", "every user", "all staff and contractors".
_ALL_OF_RX = re.compile(r"\b(all|every|each)\s+(\w+\s+)?" + _PEOPLE + r"\b", re.I)
# A part of that population in a question: "personnel who are entrusted with ...".
# Only the object of the question ("checks *for* personnel who ..."), never its subject ("Do
# users with admin rights use MFA?": the clause is not all that follows).
_SUBSET_RX = re.compile(
    r"\b(?:for|to|of|on|among|by)\s+(?:all\s+|any\s+)?" + _PEOPLE + r"\s+(who|that|with)\b[^?,;]*",
    re.I,
)


# A part that opens with its verb, its subject said before it: "The four contract developers in
# Recife, Brazil, are not background checked", "Laptops are encrypted and are wiped if lost".
_VERB_FIRST_RX = re.compile(
    r"\s*(is|are|was|were|has|have|had|do|does|did|can|cannot|can't|will|won't|must|may|"
    r"should|shall)\b",
    re.I,
)


_HAS_VERB_RX = re.compile(_VERB_FIRST_RX.pattern.replace(r"\s*(", r"\b("), re.I)


def _subject_only(part: str) -> bool:
    """Whether a part is a short run of words with no verb of its own ("The four contract
    developers in Recife", "Brazil"), as a subject cut off from its verb is."""
    return len(part.split()) <= 7 and not _HAS_VERB_RX.search(part)


def _with_subjects(text: str) -> list[str]:
    """The parts of `text` (split as _PART_RX does), a part that opens with its verb joined to
    the verbless parts just before it (its subject: "The four contract developers in Recife",
    "Brazil"), so that it carries the people or things it is said of."""
    parts: list[str] = []
    for sentence in _SENTENCE_RX.split(text):
        ours: list[str] = []
        for part in _PART_RX.split(sentence):
            if ours and _VERB_FIRST_RX.match(part) and _subject_only(ours[-1]):
                subject = [ours.pop()]
                while ours and _subject_only(ours[-1]):
                    subject.insert(0, ours.pop())
                part = ", ".join((*subject, part))
            elif (
                ours
                and _VERB_FIRST_RX.match(part)
                and _HAS_VERB_RX.search(ours[-1])
                and subject_terms(ours[-1]) & _SUBJECT_CLASSES
            ):
                # "Our two developers in Poland are contractors and are not background checked":
                # the second verb is said of the people the first part names.
                part = f"{ours.pop()}, {part}"
            ours.append(part)
        parts.extend(ours)
    return parts


_ONLY_WHAT_RX = re.compile(r"\bonly\s+(?P<what>[^?]{3,80})", re.I)
_ONLY_WORD_RX = re.compile(r"\bonly\b", re.I)
_ITSELF_RX = re.compile(
    r"\b(itself|themselves|on\s+its\s+own|by\s+itself)\b[^.;]{0,40}\b(no|not|never)\b|"
    r"\b(no|not|never)\b[^.;]{0,40}\b(itself|themselves|on\s+its\s+own|by\s+itself)\b",
    re.I,
)


def denies(question: str, text: str) -> bool:
    """Whether `text` rules out what a yes/no question asks about: it holds the question's
    subject as `states` requires, and a part naming it denies it without exception
    ("passwords are never stored in plain text"), or it keeps data only in other places."""
    if _ANYONE_RX.search(question):
        # "Is anyone watching the pier controllers?" and "nobody watches them": the pronoun
        # asked, denied (elsewhere "nobody can disable the logging" denies another act).
        text = _NOBODY_RX.sub("no one", text)
    turned = _TURNED_ASK_RX.search(question.split("?")[0])
    if turned is not None:
        # "Do you only run elections for private organisations?" and "we do not run elections
        # for public office": a denial of the rest affirms, as "Are any devices without
        # anti-malware?" and "the tablets have no anti-malware" does; a denial of the thing
        # "only" asks ("Are backups stored only on-site?" and "never kept on-site") still
        # rules it out.
        after = question.split("?")[0][turned.end() :]
        # What is set apart, from its preposition on: "only run elections for private
        # organisations" sets apart the organisations, not the running of elections.
        led = _PREPOSITION_RX.search(after)
        object_ = specific_terms(after[led.start() :] if led else after)
        object_denied = any(
            object_ & subject_terms(part)
            for part in _PART_RX.split(text)
            if _DENIAL_RX.search(part)
        )
        if object_denied == (turned[0].lower() == "without"):
            return False
    given = text
    text = on_asked_environment(question, present_state(question, _numbers_spelled(text)))
    if hosted_apart(question, text):
        return False
    text = _without_excepted(question, _without_denied_inside(question, text))
    text = _without_complement(question, text)
    text = _without_other_years(question, text)
    if _one_for_all(question, text):
        return True
    if _stated_beside(question, text):
        # "Arctic Wolf monitors our Okta and Azure logs 24x7; the colocation servers are not
        # monitored" for "Does Arctic Wolf monitor your Okta and Azure logs?": a part states
        # what is asked as asked; the denial is of something else.
        return False
    if "xception" in text:
        # "enforced for all staff accounts with no exceptions" stresses "all"; it denies nothing.
        text = _NO_EXCEPTION_RX.sub(" ", text)
    if not _SUBGROUP_ASK_RX.search(question) and _SUBGROUP_DENIAL_RX.search(text):
        # "developers who joined after that have had no secure coding training" denies it of
        # some developers, not of "your developers" asked.
        text = _SUBGROUP_DENIAL_RX.sub(" ", text)
    if _only_elsewhere(question, text) or _never_reaches(question, text):
        return True
    if _outside_denied_apart(question, text):
        return False
    text = _without_sibling_products(question, text)
    if not text:
        return False
    if _kept_only_inside(question, text):
        return True
    if _OTHERS_DENIED_RX.search(text):
        # "In September 2026 ... sent summaries of 14 members to the wrong coach. We know of
        # no other incident": a denial of others tells of one, and denies nothing asked.
        text = " ".join(c for c in _SENTENCE_RX.split(text) if not _OTHERS_DENIED_RX.search(c))
        if not text:
            return False
    cased = _about_case(question, text)
    if cased is None:
        # "Are staff in the Gdańsk office background checked?" and "Staff in the Santiago
        # office are not background checked": a denial of another case says nothing of it.
        return False
    text = cased
    group = _named_group(question)
    if group:
        # "Is MFA enforced for SSO users?" and "Site app users ... have no multi-factor
        # option": a denial of other people says nothing of the group asked.
        text = " ".join(c for c in _SENTENCE_RX.split(text) if _mentions(c, group, whole=False))
        if not text:
            return False
    # "Every user who does not sign in through SSO must use MFA": a denial that picks people
    # out is their case, not a denial of the practice.
    if not _WHO_NOT_RX.search(question):
        text = _WHO_NOT_RX.sub(" ", text)
    only = _ONLY_WHAT_RX.search(question)
    if only is not None and _ONLY_WORD_RX.search(text):
        asked_only = subject_terms(only["what"]) - _GENERAL_TERMS
        if asked_only and len(asked_only & subject_terms(text)) * 2 >= len(asked_only):
            # "Do you retain only a token and the last four digits?" and "never ... full card
            # numbers; ... only a token and the last four digits reach us": the denial of the
            # rest is what "only" asks, not a No.
            return False
    text = _one_denial(text)
    if _ITSELF_RX.search(text):
        # "... sign in with SPID, CIE or email and password; the app itself adds no second
        # factor": a denial of the part named, not of what comes through the other ways.
        return False
    if _ALL_RX.search(question) and _narrower_items(question, text):
        # "Are you storing any passwords in plaintext?" is not ruled out by "Patron PINs and
        # passwords are never stored in plain text": one kind of them.
        return False
    told = _WINDOW_ASK.search(text)
    if told is not None:
        window = _WINDOW_ASK_RX.search(question)
        if window is None or _months(window) > _months(told):
            # "no breaches in the last three years" rules out neither years four and five
            # nor "ever".
            return False
    wanted = subject_terms(question)
    said = subject_terms(text)
    have = wanted & said
    if not wanted or len(have) < min(2, len(wanted)) or len(have) / len(wanted) < STATED_SHARE:
        return False
    specific = wanted - _GENERAL_TERMS
    if specific and len(specific & said) / len(specific) < STATED_SHARE:
        return False
    names = _capitalised_names(question)
    content = (
        specific
        - _PLAN_WORD_TERMS
        - _HAVING_TERMS
        - (subject_terms(" ".join(names)) if names else set())
    )
    if wanted & _PLAN_WORD_TERMS and names and content and not content & subject_terms(given):
        # "Does the Gremial plan have an SLA?" and "Single sign-on is not available on the
        # Basico or Gremial plans": the plan is where it is asked, not what; what is denied
        # must be what is asked.
        return False
    if _CAPABILITY_RX.search(question) and any(
        not _DENIAL_RX.search(_WHO_NOT_RX.sub(" ", p))
        and _CAN_RX.search(p)
        and len(subject_terms(p) & specific) >= max(1, STATED_SHARE * len(specific))
        for p in _PART_RX.split(text)
    ):
        # "Does your product support MFA for users who do not use SSO?" and "... can enrol in
        # TOTP MFA on the Kurumsal plan only; on the Starter plan only password login": what
        # can be done somewhere is not ruled out by where it cannot.
        return False
    if not _acts_stated(_active_predicate(question), said, text):
        # A No rules out what is done as asked: "we do not use customer data to train models"
        # does not rule out "Do you watermark your training data?".
        return False
    # The parts about the question's subject: naming some of it, and no other population
    # or asset ("contractors are not background-checked" says nothing of employees, "no data
    # is kept on laptops" nothing of data kept elsewhere).
    asked_variants = _variants(question)
    parts = [
        _DOUBLE_NEGATIVE_RX.sub(" ", p)
        for p in _with_subjects(text)
        # "Generation 1 gateways receive no further updates" is not about Generation 2.
        if not (asked_variants and _variants(p) and not asked_variants & _variants(p))
        # "SMS is not encrypted end to end" is about SMS, not the mobile app asked.
        and not _subject_elsewhere(p, wanted)
        # "... not available for Briefbill Review" says nothing of Briefbill Matter asked.
        and not _other_product(question, p)
        # "... is not available on the Standard plan" says nothing of the Enterprise plan.
        and not _other_plan(question, p)
        # "we do not run network-based intrusion detection" says nothing of intrusion detection.
        and not (_BASED_KIND_RX.search(p) and not _BASED_KIND_RX.search(question))
        if subject_terms(p) & have
        # Of another class only: "contractors are not ..." says nothing of employees asked;
        # "not used in development or test environments" does of the test one.
        and not (
            (others := (subject_terms(p) & _SUBJECT_CLASSES) - wanted)
            and not _listed_with(p, others, wanted)
        )
    ]
    if _EXCEPT_RX.search(text) or any(_BOUNDED_RX.search(p) for p in parts):
        # "does not store customer data, except support attachments customers upload".
        return False
    if any(
        (m := _ABOUT_RX.search(p)) is not None
        and not set(_WORD_RX.findall(m["what"].lower())) <= set(_WORD_RX.findall(question.lower()))
        for p in _SENTENCE_RX.split(text)
        if _DENIAL_RX.search(p)
    ):
        # "No lawsuit related to security has been filed" rules out no other lawsuit: a
        # denial of a narrower thing than asked ("any pending litigation?").
        return False
    # A denial rules the question out only where no other part says more of what is asked
    # ("stored only as bcrypt hashes; never stored in plain text" for "stored using a hash?").
    if _only_within(question, text):
        # "stored only in AWS us-east-1 ..., both in the United States" rules out "outside
        # the United States".
        return True
    # Compared by the specific words of the question each says.
    key = have - _GENERAL_TERMS or have
    # "... and does not leave the United States" keeps data in a place; it denies nothing of
    # its being there.
    parts = [p for p in parts if not _STAYS_IN_RX.search(p)]
    # "There is no recurring secure coding training" denies the recurrence, not "Have your
    # developers been trained in secure coding?": a qualifier of how often the question does
    # not ask makes the denial narrower than it.
    parts = [p for p in parts if not (_negated_terms(p) & _RECURRENCE) - wanted]
    denying = [subject_terms(p) & key for p in parts if _negated_terms(p) & wanted]
    denied = list(map(len, denying))
    saying = [
        subject_terms(sentence) & key
        for sentence in _SENTENCE_RX.split(_LEAD_RX.sub("", text.strip()))
        if not _DENIAL_RX.search(sentence)
        # About other people than those asked of ("all new employees ..." when contractors
        # are asked about) it says nothing of them.
        and not (
            wanted & _SUBJECT_CLASSES and (subject_terms(sentence) & _SUBJECT_CLASSES) - wanted
        )
    ]
    stated = list(map(len, saying))
    # A denial about the question's own subject ("Single sign-on is not offered"), not one
    # whose words are mostly another thing ("we do not use generative AI in reports").
    focused = [
        subject_terms(p) & key
        for p in parts
        if (negated := _negated_terms(p)) & wanted and 2 * len(negated & wanted) > len(negated)
    ]
    if focused and frozenset().union(*focused) - frozenset().union(*saying):
        # A word of the question named only where it is denied: "SSO is not offered" beside
        # "MFA authentication is available" for "Do you support SSO authentication?".
        return True
    return bool(denied) and max(denied) > max(stated, default=0)


def affirms(question: str, text: str) -> bool:
    """Whether a sentence of `text` that denies nothing, of today, names all the question's subject
    ("Databases and backups in AWS are encrypted at rest with AES-256" for "Is the storage of
    sensitive data encrypted?"), whether or not it states it whole."""
    wanted = subject_terms(question)
    return len(wanted) >= 2 and any(
        not (_DENIAL_RX.search(p) or _FUTURE_RX.search(p) or _PAST_RX.search(p))
        and wanted <= subject_terms(p)
        for p in _SENTENCE_RX.split(text)
    )


def _stated_beside(question: str, text: str) -> bool:
    """Whether a sentence of `text` that denies nothing states what `question` asks, beside
    one that does deny (a denial of another thing in the same text)."""
    said = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    if len(said) < 2 or is_admission(question):
        # "stored only in AWS us-east-1; not stored in any other country" for "stored outside
        # the United States?": where an answer is an admission, the denial is the answer.
        return False
    wanted = subject_terms(question)
    denied = [subject_terms(p) & wanted for p in said if _DENIAL_RX.search(p)]
    # The stating part names all the question's words the denial does, and more of them:
    # "passwords are hashed with bcrypt; never stored in plain text" keeps its No.
    # It need not state it ("one login that the shop staff at that counter share" beside
    # "personal logins are not supported" for "Do any users have to share one login?"):
    # naming most of what is asked and more than any denial does, the denial is of another
    # thing.
    return bool(denied) and any(
        not _DENIAL_RX.search(p)
        and 2 * len(named := subject_terms(p) & wanted) >= len(wanted)
        and all(named > d for d in denied)
        and (states(question, p) or all(len(named) > len(d) + 1 for d in denied))
        for p in said
    )


def _never_reaches(question: str, text: str) -> bool:
    """Whether the data a question asks the vendor to store, process or transmit never reaches
    its systems, as the text says ("card numbers never reach our servers" for "Do you store
    cardholder data?", "If you process cardholder data on your servers, ...")."""
    if not _NEVER_REACHES_RX.search(text):
        return False  # most texts say no such thing: one search first
    if not _HANDLES_ASK_RX.search(question) or _OTHERS_HANDLE_ASK_RX.search(question):
        # "Do you use a third party to process cardholder data?": the third party's systems.
        return False
    data = subject_terms(question) & _DATA_KINDS
    if not data:
        return False
    rest = subject_terms(question) - data - _GENERAL_TERMS
    if any(rest & subject_terms(m["what"]) for m in _KEPT_ONLY_RX.finditer(text)):
        # "Do you store the last four digits?" and "... never touch our servers; we keep only
        # tokens and the last four digits": what is kept is said, and it is what is asked.
        return False
    for part in _PART_RX.split(text):
        m = _NEVER_REACHES_RX.search(part)
        if m is not None and data <= subject_terms(part[: m.start()]):
            return True
    return False


# What a text says is all that is kept: "we keep only tokens and the last four digits".
_KEPT_ONLY_RX = re.compile(
    r"\b(?:keep|keeps|kept|store|stores|stored|retain|retains|retained|hold|holds|receive|"
    r"receives)\s+only\s+(?P<what>[^.;]+)",
    re.I,
)
_HANDLES_ASK_RX = re.compile(
    r"\b(store[sd]?|storing|process(es|ed|ing)?|handle[sd]?|handling|transmit\w*|hold|keep|"
    r"retain\w*|receive[sd]?|touch(es)?)\b",
    re.I,
)
_OTHERS_HANDLE_ASK_RX = re.compile(
    r"\b(third[- ]part(y|ies)|providers?|processors?|vendors?|sub-?processors?|"
    r"sub-?contractors?|outsourc\w*|partners?)\b",
    re.I,
)
# Kinds of data a denial of reaching the systems is read for.
_DATA_KINDS = frozenset({"card", "phi", "pan", "ssn", "biometr", "passport"})
_NEVER_REACHES_RX = re.compile(
    r"\b(never|do(es)?\s+not|don['’]t)\s+(reach|touch|enter|pass\s+through|transit|"
    r"hit|land\s+on)\s+(our|any\s+of\s+our|the\s+\w+['’]s)\s+(\w+\s+)?(servers?|systems?|"
    r"infrastructure|network|platform|environment|databases?)\b",
    re.I,
)


# A condition that undoes the default: "if they opt out", "if it is turned off".
_UNDONE_CONDITION_RX = re.compile(
    r"\b(if|when|once|after)\s+(they|it|the\s+\w+|customers?|merchants?|users?|clients?)\s+"
    r"(have\s+|has\s+|is\s+|are\s+)?(opt(s|ed)?\s+out|disabled?|turn(s|ed)?\s+(it\s+)?off|"
    r"switch(es|ed)?\s+(it\s+)?off|withdr[ae]w\w*|declined?)\b",
    re.I,
)
# Plans asked of by what they are not: "on other plans", "on the lower tiers", "non-Enterprise".
_OTHER_PLANS_ASK_RX = re.compile(
    r"\b(other|lower|remaining|smaller|cheaper|non-[\w-]+)\s+(plans?|tiers?|editions?|subscriptions?)\b",
    re.I,
)


def _other_places_named(question: str, text: str) -> bool:
    """Whether the text names other places of the kind a question asks of and not it ("Are
    therapists licensed in Colorado?" and "licensed in California, Texas, New York, Florida
    and Illinois"): a list without the place asked does not state it; or says where what is
    asked is, somewhere else ("Is your DR environment in Oslo?" and "... the disaster recovery
    environment runs at Fjellnett in Stavanger")."""
    asked = place_names(question)
    named = place_names(text)
    if asked and named and not asked & named:
        return True
    where = _ASKED_PLACE_RX.search(question)
    if not asked and where is None:
        return False
    # The place as the question writes it, where the table knows no name in it ("in Azure
    # Norway East").
    literal = where[1].strip().casefold() if where is not None else ""

    def names_it(part: str) -> bool:
        # As a whole word: "Kenyan customer data" does not name Kenya.
        said = bool(literal) and re.search(rf"\b{re.escape(literal)}\b", part, re.I) is not None
        return bool(asked & place_names(part)) or said

    subject = specific_terms(question) - subject_terms(" ".join(asked) or literal) - _KEPT_TERMS
    if not subject:
        return False
    copies = subject & _COPY_TERMS
    located = [
        p
        for p in _PLACE_CLAUSE_RX.split(text)
        # A copy asked ("backed up in Seoul?") is where its clause says; else the clause
        # that says most of what is asked. Each names somewhere ("in KR-2 (Chuncheon)", a
        # place the table may not know).
        if (
            copies & subject_terms(p)
            if copies
            else len(subject & subject_terms(p)) >= max(1, STATED_SHARE * len(subject))
        )
        and _IN_A_PLACE_RX.search(p)
    ]
    return bool(located) and not any(map(names_it, located))


# The place a question ends on: "Are backups kept in Azure Norway East?".
_ASKED_PLACE_RX = re.compile(r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w-]*\s*){1,4})\??\s*$")
_IN_A_PLACE_RX = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?[A-Z][\w-]")
# Copies of the data kept in a place of their own.
_COPY_TERMS = frozenset(map(_term, ("backup", "backups", "replica", "archive", "disaster", "drp")))
# Clauses a place is said in: sentences, and "..., and the disaster recovery environment ...".
_PLACE_CLAUSE_RX = re.compile(
    r"(?<=[.;])\s+|\s+and\s+(?=the\s)|"
    r",?\s+(?:with|and)\s+(?=(?:its\s+|their\s+)?(?:backups?|backed\s+up)\b)"
)


def _kept_only_inside(question: str, text: str) -> bool:
    """Whether what a question asks to be kept "anywhere outside" a thing is kept only in it
    ("Are card numbers stored anywhere outside the card vault?" and "Card numbers are ...
    stored only in the card vault"): a truthful No."""
    m = _OUTSIDE_THING_RX.search(question)
    set_apart = (m["thing"] or m["lead"]) if m is not None else ""
    if m is None or _places(set_apart) or named_places(set_apart):
        return False  # a place is `_only_within`'s, which reads every place named
    thing = subject_terms(set_apart)
    if not thing:
        return False
    rest = question[m.end() :] if m["lead"] else question[: m.start()]
    what = specific_terms(rest) - _KEPT_TERMS - _HOLD_TERMS - _ANY_DATA_TERMS
    for x in _FULL_STOP_RX.split(text):
        only = _ONLY_IN_RX.search(x)
        if only is None or _DENIAL_RX.search(x[: only.start()]):
            continue
        said = subject_terms(x[: only.start()])
        if thing <= subject_terms(only["thing"]) and len(what & said) >= STATED_SHARE * len(what):
            return True
    return False


_HOLD_TERMS = frozenset(subject_terms("contain contains hold held include includes carry carries"))
_ANY_DATA_TERMS = frozenset(subject_terms("any client data customer data personal data"))


_OUTSIDE_THING_RX = re.compile(
    r"\b(?:anywhere\s+|somewhere\s+|anything\s+)?(?:outside|besides|other\s+than|apart\s+from|"
    r"beyond|more\s+than)\s+(?:of\s+)?(?:the\s+|your\s+)?(?P<thing>[\w -]{3,60}?)\s*\?|"
    # "Apart from first name and appointment time, do SMS reminders carry any client data?"
    r"^\s*(?:apart\s+from|besides|other\s+than|except\s+for)\s+(?:the\s+)?(?P<lead>[\w -]{3,60}?),",
    re.I,
)
_ONLY_IN_RX = re.compile(
    r"\b(?:(?:stored|kept|held|saved|retained)\s+only\s+(?:in|within|inside)|"
    r"(?:contains?|include[sd]?|hold|holds|carry|carries)\s+only)\s+(?:the\s+|our\s+|their\s+)?"
    r"(?P<thing>[\w '’-]{3,60}?)(?=[,.;(]|\s+(?:and\s+(?!the\b)|with|encrypted|using)\b|$)",
    re.I,
)


def _without_sibling_products(question: str, text: str) -> str:
    """The text without its clauses on another product of the same name than the one a
    question names ("Does Tembusu Gateway have a secondary site?" and "...; Tembusu Payouts has
    an RTO of 24 hours and no secondary site": the Payouts clause says nothing of Gateway)."""
    asked = _product_pairs(question)
    if not asked:
        return text
    brands = {a.split()[0] for a in asked}
    kept = []
    for clause in _SENTENCE_RX.split(text):
        named = _product_pairs(clause)
        siblings = {n for n in named if n.split()[0] in brands and n not in asked}
        if siblings and not named & asked:
            continue
        kept.append(clause)
    return " ".join(kept)


@lru_cache(maxsize=1 << 14)
def _product_pairs(text: str) -> frozenset[str]:
    """Two capitalised words naming a brand and its product ("Tembusu Gateway"), not a
    question's first word ("Does Tembusu")."""
    return frozenset(
        m[1] for m in _PRODUCT_PAIR_RX.finditer(text) if m[1].split()[0] not in _NOT_BRANDS
    )


# Two capitalised words, a brand and a product: "Tembusu Gateway", "Lumen Pay" (overlapping).
_PRODUCT_PAIR_RX = re.compile(r"(?=\b([A-Z][a-z][\w-]*\s+[A-Z][\w-]+)\b)")
_NOT_BRANDS = frozenset(
    [
        "Do",
        "Does",
        "Did",
        "Is",
        "Are",
        "Was",
        "Were",
        "Has",
        "Have",
        "Can",
        "Could",
        "Will",
        "Would",
        "Should",
        "Must",
        "May",
        "Our",
        "Your",
        "The",
        "What",
        "When",
        "Which",
        "Where",
        "Who",
        "How",
        "Please",
        "If",
        "For",
        "In",
        "On",
    ]
)


def _outside_denied_apart(question: str, text: str) -> bool:
    """Whether a text's denial of data outside a place ("no customer data is stored outside
    the EU") leaves what the question asks open: data kept inside it ("Is all data stored
    within the EU?", which it states rather than denies), outside a place within it ("outside
    Ireland?": backups in Frankfurt are), or data moved or viewed there ("transferred outside
    the EU?", "accessed from outside the EU?"), which storage does not say."""
    if not _places(question):
        return False
    asked = _OUTSIDE_PLACE_RX.search(question)
    for said in _SENTENCE_RX.split(text):
        m = _OUTSIDE_PLACE_RX.search(said)
        if m is None or not _DENIAL_RX.search(said[: m.start()]):
            continue
        if asked is None:
            return True
        if not _countries_in(_places(m[1])) <= _countries_in(_places(asked[1])):
            return True
        if _MOVED_RX.search(question) and not _MOVED_RX.search(said):
            return True
    return False


def _countries_in(places: frozenset[str]) -> frozenset[str]:
    """The countries of places, a region's by its members ("EU" → its 27 countries)."""
    return frozenset().union(*(_REGIONS.get(p, {p}) for p in places))


# Data moved or seen, not kept: "transferred", "accessed from", "viewed from", "sent to".
_MOVED_RX = re.compile(
    r"\b(transfer\w*|access(ed|ible|es)?|view(ed|s)?|sent|send|transmit\w*|leaves?|leaving|"
    r"flows?|moved?|exported?|remote(ly)?)\b",
    re.I,
)


def _subject_elsewhere(part: str, wanted: frozenset[str]) -> bool:
    """Whether a part's grammatical subject is a thing the question does not name ("SMS is
    not encrypted" for a question on the mobile app). A name (the vendor, a product), people
    and pronouns are no such thing: "Fabrikam does not store card data" is about the vendor."""
    m = _PART_SUBJECT_RX.match(part)
    if m is None:
        return False
    first = m["subject"].split()[0]
    if (first[:1].isupper() and not first.isupper()) or first.lower() in _PRONOUNS:
        return False
    named = subject_terms(m["subject"]) - _GENERAL_TERMS
    return bool(named) and not named & wanted and not named & (_WORKFORCE | _POPULATION)


# The words before a part's first verb: "SMS is not", "appointment reminders are".
_PART_SUBJECT_RX = re.compile(
    r"\s*(?P<subject>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:is|are|was|were|has|have|can|"
    r"cannot|does|do|did|will|may|must)\b"
)
_PRONOUNS = frozenset({"we", "it", "they", "this", "these", "that", "those", "our", "there"})


@lru_cache(maxsize=1 << 14)
def _variants(text: str) -> frozenset[tuple[str, str]]:
    """The numbered variants a text names: "Generation 2 gateways", "Gen 1", "version 3"."""
    return frozenset((m["kind"].lower()[:3], m["n"]) for m in _VARIANT_RX.finditer(text))


_VARIANT_RX = re.compile(r"\b(?P<kind>generation|gen|version|release|model)\s*(?P<n>\d+)\b", re.I)


def _only_elsewhere(question: str, text: str) -> bool:
    """Whether data asked about in one place is kept only in others: "stored only in the
    United States" rules out "stored in the European Economic Area?" (not "in Germany?" when
    the text keeps it only in Germany, nor "in the EU?" then)."""
    asked = _place_asked(question)
    if not asked or not _ONLY_RX.search(text):
        return False
    if not any(_KEPT_RX.search(p) for p in _PART_RX.split(text) if _ONLY_RX.search(p)):
        # "employees are background-checked only in the United States" says where checks
        # are done, not where data is kept.
        return False
    named = {_place(p[0]) for p in _PLACE_RX.finditer(text)}
    named |= {country for _, country in named_places(text)}  # "AWS Dublin": Ireland
    if not named or asked in named:
        return False
    if any(asked in _REGIONS.get(n, ()) for n in named):
        return False  # "only in the EU" and "in Ireland?": the EU holds Ireland
    return not named & _REGIONS.get(asked, frozenset())


@lru_cache(maxsize=1 << 14)
def _place_asked(question: str) -> str:
    """The place a question asks whether data is kept in ("stored in the EEA?"); '' when none,
    or when it asks where data is collected from (its subjects' place, not where it is kept)."""
    if not any(c.isupper() for c in question):
        return ""  # every place name is capitalised
    m = _IN_PLACE_RX.search(question)
    if m is None or _COLLECTED_RX.search(question):
        return ""
    return _place(m["place"])


def _place(name: str) -> str:
    key = name.casefold().replace(".", "").strip()
    return _REGION_NAMES.get(key) or _country(name)


_COLLECTED_RX = re.compile(r"\bcollected\s+from\b", re.I)
_REGION_NAMES = {
    "eea": "EEA",
    "european economic area": "EEA",
    "eu": "EU",
    "european union": "EU",
    "europe": "Europe",
}
_EU_TEXT = (
    "Germany France Netherlands Belgium Luxembourg Austria Italy Spain Portugal Sweden Denmark "
    "Finland Poland Ireland Czechia Slovakia Hungary Romania Bulgaria Greece Croatia Slovenia "
    "Estonia Latvia Lithuania Cyprus Malta"
)
_EU = frozenset(_EU_TEXT.split()) | {"Czech Republic"}
# The countries a region holds: data kept only in Germany is in the EU.
_REGIONS = {
    "EU": _EU,
    "EEA": _EU | {"Norway", "Iceland", "Liechtenstein"},
    "Europe": _EU
    | {"Norway", "Iceland", "Liechtenstein", "United Kingdom", "Switzerland", "Ukraine", "Serbia"}
    | {"Albania", "Andorra", "Belarus", "Bosnia and Herzegovina", "Kosovo", "Moldova", "Monaco"}
    | {"Montenegro", "North Macedonia"},
}
_PLACE_TEXT = r"(?i:european economic area|european union|europe)\b|\b(?:EEA|EU)\b"
_PLACE_RX = re.compile(_PLACE_TEXT + "|" + _COUNTRY_RX.pattern)
# Data asked about in a place: "stored in the EEA", "processed in or stored in Canada".
_IN_PLACE_RX = re.compile(
    r"\b(?i:stored|processed|hosted|located|kept|collected|transferred|held|reside)\b[^?]{0,40}?"
    r"\b(?i:in|to|within)\s+(?i:the\s+)?(?P<place>" + _PLACE_TEXT + "|" + _COUNTRY_RX.pattern + ")",
)


def _only_within(question: str, text: str) -> bool:
    """Whether the text keeps to the place a question asks about leaving ("outside the United
    States?" and "only in ... the United States")."""
    m = _OUTSIDE_PLACE_RX.search(question)
    if m is None or not _ONLY_RX.search(text):
        return False
    if _ACCESS_TOO_RX.search(question[: m.start()]):
        # "Is customer data accessed from outside the EU?": where it is seen from, which
        # "stored only in the EU" does not say.
        return False
    place = subject_terms(m[1])
    if not place or not place <= subject_terms(text):
        return False
    # "stored only in Germany ... and in encrypted backups in Helsinki, Finland": another
    # country named in that sentence is a place outside (a region around it is not).
    only = next(x for x in _SENTENCE_RX.split(text) if _ONLY_RX.search(x))
    return not (_places(only) - _places(m[1]) - _REGIONS.keys())


_OUTSIDE_PLACE_RX = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?([^?,;]+)", re.I)
_ONLY_RX = re.compile(r"\bonly\s+in\b|\bexclusively\s+in\b", re.I)
# Where data is kept: what an "only in <place>" must be said of to rule other places out.
_KEPT_RX = re.compile(
    r"\b(data|stored|stores|hosted|hosts|processed|kept|resides?|located|replicated|backups?|"
    r"backed\s+up|held|holds?|housed|retains?|caches?|cached)\b",
    re.I,
)


def _listed_with(text: str, these: frozenset[str], those: frozenset[str]) -> bool:
    """Whether `text` names one of `these` in a list with one of `those` ("development or test
    environments": development listed with test)."""
    words = _WORD_RX.findall(text.lower().translate(_SEPARATORS))
    # Word by word (not folded into phrases, which would shift the places of the list words).
    terms = [_term(w) for w in words]
    return any(
        terms[i] in these and terms[j] in those
        for i in range(len(words))
        for j in (i - 2, i + 2)
        if 0 <= j < len(words) and words[(i + j) // 2] in ("or", "and")
    )


_REGARDLESS_RX = re.compile(r"\bregardless\s+of\b|\bwhatever\s+the\b|\bno\s+matter\b", re.I)
# A practice kept to amounts over a threshold: "for payouts above KES 5,000", "over $10,000".
_ABOVE_AMOUNT_RX = re.compile(
    r"\b(?:above|over|exceeding|greater\s+than|more\s+than|larger\s+than|in\s+excess\s+of)\s+"
    r"(?:[A-Z]{3}\s*|[$€£¥₹]\s*)\d[\d,.]*(?!\s*(?:%|percent|days?|hours?|minutes?|weeks?|months?|years?))"
)


def _kept_for_unsaid(question: str, text: str) -> bool:
    """Whether a question asks how long something is kept ("retained for one year") and the
    text states no such length ("90 days" is another; "af-south-1" none)."""
    asked = _KEPT_FOR_RX.search(_in_digits(question))
    if asked is None:
        return False
    return _days_of(asked["n"], asked["unit"]) not in {
        _days_of(m["n"], m["unit"]) for m in _TIME_SPAN_RX.finditer(_in_digits(text))
    }


def _days_of(n: str, unit: str) -> int:
    count = 1.0 if n.lower() in ("a", "an") else float(n)
    return round(count * _UNIT_IN_DAYS[unit.lower().rstrip("s")])


_UNIT_IN_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}
_TIME_SPAN_RX = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?)[\s-]*(?P<unit>hours?|days?|weeks?|months?|years?)\b", re.I
)
_KEPT_FOR_RX = re.compile(
    r"\b(?:retain|retained|kept|keep|stored|store|held|preserved|archived|operat\w*|work\w*|"
    r"run|running|last|lasts|remain\w*|stay\w*)\b[^?]{0,30}?\bfor\s+"
    r"(?:a\s+period\s+of\s+|at\s+least\s+|a\s+minimum\s+of\s+)?(?P<n>an?\b|\d+(?:\.\d+)?)[\s-]*(?P<unit>hours?|days?|weeks?|months?|years?)\b",
    re.I,
)


_REPORTS_TO_ASK_RX = re.compile(
    r"\b(?:does|do|is)\s+(?:your\s+|the\s+)?(?P<who>\w[\w\s/-]{1,49}?)\s+reports?\s+"
    r"(?:directly\s+)?to\s+(?:the\s+|your\s+)?(?P<whom>\w[\w\s/-]{1,49}?)\s*(?:\?|$|,)",
    re.I,
)
_ROLE_NAMES = (
    ("chief information security officer", "ciso"),
    ("chief executive officer", "ceo"),
    ("chief technology officer", "cto"),
    ("chief information officer", "cio"),
    ("chief operating officer", "coo"),
    ("chief financial officer", "cfo"),
    ("data protection officer", "dpo"),
    ("board of directors", "board"),
)


def _role(text: str) -> str:
    """A role's short name: "Chief Information Security Officer" → "ciso"."""
    low = " ".join(text.lower().split())
    for long, short in _ROLE_NAMES:
        low = low.replace(long, short)
    return low


def _reporting_line_said(question: str, text: str) -> bool:
    """Whether a text says that the role a question names reports (directly) to the other one
    it names: "the CISO reports to the CEO" for "Does your Chief Information Security Officer
    report to the Chief Executive Officer?"; not "the CISO reports to the CTO, who reports to
    the CEO" (a line through another)."""
    m = _REPORTS_TO_ASK_RX.search(question)
    who_words = _role(m["who"]).split() if m else []
    whom_words = _role(m["whom"]).split() if m else []
    if not (who_words and whom_words):
        return False
    who, whom = who_words[-1], whom_words[-1]
    said = _role(text)
    return bool(
        re.search(
            rf"\b{re.escape(who)}\b[^.;,]{{0,60}}?\breports?\s+(directly\s+)?to\s+"
            rf"(the\s+|our\s+)?{re.escape(whom)}\b",
            said,
        )
    )


def _said_only_rather(terms: frozenset[str], text: str) -> bool:
    """Whether some of `terms` are said only after "rather than" / "instead of" (what is not
    done)."""
    if not _RATHER_RX.search(text):
        return False
    rest = subject_terms(_RATHER_RX.sub(" ", text))
    return bool(terms & subject_terms(text) - rest)


_RATHER_RX = re.compile(r"\b(rather\s+than|instead\s+of|in\s+place\s+of)\s+[^.;,]*", re.I)


def _closest_part_denies(specific: frozenset[str], wanted: frozenset[str], text: str) -> bool:
    """Whether the part of a text naming most of the `specific` terms asked (more than any
    other part) denies a term asked (`wanted`, compared by stem: "managed", "manage")."""
    parts = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    if len(parts) < 2 or not _DENIAL_RX.search(text):
        return False
    shared = [len(specific & subject_terms(p)) for p in parts]
    best = max(shared)
    if best < 2 or shared.count(best) > 1:
        return False
    denied = _negated_terms(parts[shared.index(best)])
    return any(d[:5] == w[:5] for d in denied for w in wanted if min(len(d), len(w)) >= 4)


def _said_only_denied(terms: frozenset[str], text: str) -> bool:
    """Whether some of `terms` are named in `text` only in parts that deny them."""
    if not terms or not _DENIAL_RX.search(text):
        return False
    parts = _PART_RX.split(text)
    denied = frozenset().union(*map(_negated_terms, parts)) & terms
    if not denied:
        return False
    affirmed = frozenset().union(*(subject_terms(p) for p in parts if not _negated_terms(p)))
    return bool(denied - affirmed)


def _negated_terms(part: str) -> frozenset[str]:
    """The subject terms a denial in `part` applies to: the first few after each "not",
    "never" or "no" ("logs are not editable" denies editing, not logging)."""
    found: set[str] = set()
    for m in _DENIAL_RX.rx.finditer(part):
        # Folded before counting: "do not process protected health information" denies phi.
        words = _WORD_RX.findall(part[m.end() :].lower().translate(_SEPARATORS))
        denied = frozenset([t for t in _folded_terms(words) if t][:_DENIED_REACH]) - _NOT_TERMS
        if not _ENCRYPTING.isdisjoint(words[:_DENIED_REACH]):
            denied |= {"encrypt"}  # "not sent over TLS"
        if denied & _PERMISSION and denied - _PERMISSION:
            # "does not offer qualified electronic signatures": what is not offered follows.
            denied -= _PERMISSION
        elif _PROHIBITION_RX.match(part, m.start()) or not denied or denied & _PERMISSION:
            # "Shared accounts are not permitted", "USB storage is prohibited", "SSO is not
            # offered": what is forbidden or not there is named before the denial.
            denied = subject_terms(part[: m.start()])
        found.update(denied)
    return frozenset(found)


_STAYS_IN_RX = re.compile(r"\b(not|never)\s+(leave|leaves|left|go|goes|move|moves)\b", re.I)
_RECURRENCE = frozenset(
    map(
        _term,
        [
            "recurring",
            "regular",
            "regularly",
            "annual",
            "annually",
            "ongoing",
            "periodic",
            "periodically",
            "refresher",
            "continuous",
            "continuously",
            "yearly",
            "quarterly",
            "monthly",
        ],
    )
)
_OTHERS_DENIED_RX = re.compile(
    r"\b(no|not\s+(\w+\s+){0,3}?any|never\s+(\w+\s+){0,3}?any)\s+other\b", re.I
)
_CAN_RX = re.compile(
    r"\b(can|may|able\s+to|available|supports?|supported|offers?|offered|enrol\w*|enroll\w*|"
    r"option(al)?)\b",
    re.I,
)
# People picked out by when or how they came, then denied: "developers who joined after that
# have had no ...", "staff hired since 2026 have not yet ...".
_SUBGROUP_DENIAL_RX = re.compile(
    r"\b(developers|employees|staff|engineers|users|members|contractors|personnel|hires|"
    r"starters|joiners|agents|technicians)\s+(who|that|hired|joining|joined|added|onboarded|recruited)"
    r"\b[^;.]*?\b(no|not|never|n't)\b[^;.]*",
    re.I,
)
_NO_EXCEPTION_RX = re.compile(r"\b(with\s+)?(no|without)\s+(any\s+)?exceptions?\b", re.I)
_SUBGROUP_ASK_RX = re.compile(r"\b(who|that|new|hired|joined|joining|recent(ly)?)\b", re.I)
_WHO_NOT_RX = re.compile(
    r"\b(who|whose\s+\w+)\s+(do|does|did|is|are|has|have)\s*(not|n['’]t)\s+[^,;.]*", re.I
)
_PROHIBITION_RX = re.compile(r"prohibit|forbid|disallow|banned|excluded", re.I)
# Predicates whose denial denies what comes before them: "not permitted", "not offered".
_PERMISSION = frozenset().union(
    *map(subject_terms, ("allowed", "offered", "available", "supported", "provided"))
)


# A denial of undoing something affirms it: "MFA cannot be turned off", "may not be bypassed".
_UNDO_ASK_RX = re.compile(
    r"\b(opt(ed)?\s+out|disabled?|turn(ed)?\s+off|switch(ed)?\s+off|bypass(ed)?|deactivated?|"
    r"unsubscribed?)\b",
    re.I,
)
_DOUBLE_NEGATIVE_RX = re.compile(
    r"\b(cannot|can\s*not|can['’]t|may\s+not|must\s+not|not|never|unable\s+to)\s+(be\s+)?"
    r"(\w+\s+)?(disabled|turned\s+off|switched\s+off|bypassed|circumvented|skipped|waived|"
    r"overridden|deactivated|opted\s+out|disable|turn\s+off|switch\s+off|bypass|circumvent|"
    r"skip|waive|override|deactivate|opt\s+out)\b",
    re.I,
)
# A list of verbs after a denial: "not accept, store or process", "never sell, rent and share".
_VERB_LIST_RX = re.compile(
    r"\b(?P<neg>not|never|no\s+longer)\s+(?P<list>(?:\w+,\s+)+\w+,?\s+(?:or|and|nor)\s+\w+)\b",
    re.I,
)


_LIST_JOINS_RX = re.compile(r",?\s+(?:and|nor)\s+|,\s+", re.I)


def _one_denial(text: str) -> str:
    """A text with each list of verbs after a denial read as one ("do not accept, store or
    process payment card data" → "... accept or store or process ..."), so that the object
    after the list stays in the part that denies it."""
    if "," not in text:
        return text
    return _VERB_LIST_RX.sub(lambda m: f"{m['neg']} {_LIST_JOINS_RX.sub(' or ', m['list'])}", text)


_ONLY_TO_SOME_RX = re.compile(
    r"\bonly\s+(to|for|by)\s+(the\s+|our\s+)?(\w+\s+){0,3}?(people|staff|employees|users|"
    r"members|team|engineers|roles?|admins?|administrators|managers)\b",
    re.I,
)
# How many subject words after a "not" it denies: "never copied into development or test".
_DENIED_REACH = 3
# A denial bounded in time or quantity is no denial of the practice: "not tested more than
# once a year", "no penetration test since 2023".
_BOUNDED_RX = re.compile(r"\b(since|more than|less than|fewer than|longer than|yet)\b", re.I)


def contradicts(question: str, text: str) -> bool:
    """Whether a text says the opposite kind of what a question asks ("an internal DPO?" and
    "our external DPO is ...", "outside business hours?" and "during business hours")."""
    said = _without_planned(text)  # "from January 2027 we will appoint an internal DPO"
    return any(a.search(question) and b.search(said) and not a.search(said) for a, b in _OPPOSITES)


_BASED_KIND_RX = re.compile(r"\b[a-z]+-based\b", re.I)


def _other_product(question: str, part: str) -> bool:
    """Whether a part names products and none of those the question names."""
    asked = _product_names(_PARENTHESES_RX.sub(" ", question))  # not the examples
    if not asked:
        return False
    named = _product_names(part)
    # "the Site mobile app" is Blue Yonder Site: one name's words within the other's.
    return bool(named) and not any(a <= n or n <= a for a in asked for n in named)


def _product_names(text: str) -> list[frozenset[str]]:
    return [
        words
        for m in _PRODUCT_NAME_RX.finditer(text)
        if (words := frozenset(m[0].split()) - _NOT_NAME_WORDS)
    ]


_NOT_NAME_WORDS = frozenset({"The", "A", "An", "Our", "Your", "Its", "This", "Each", "All"})


def denying_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The first control that rules out what the question asks about, if one does."""
    wanted = subject_terms(question)
    if not wanted:
        return None
    # Only controls that share a word with the question can deny it (the index is cached).
    index = _control_index(controls)
    near = {i for term in wanted for i in index.by_term.get(term, ())}
    return next(
        (controls[i] for i in sorted(near) if denies(question, controls[i].description)), None
    )


def on_asked_product(ctx: Context, question: str, text: str) -> str:
    """`text` cut to its clauses on the one product of the vendor's a question names, and those
    naming none of its other products ("Have you tested failover for Briefbill Review?" and
    "Failover of Matter ... was tested in July 2026; Review was last restored ...": the Review
    clause); `text` itself where the question names no product, or one only."""
    asked = products_named(ctx.product_words, question)
    if len(asked) != 1:
        return text
    others = ctx.product_words - asked
    clauses = [c for c in _SENTENCE_RX.split(text) if c.strip()]
    kept = [
        c
        for c in clauses
        if any(re.search(rf"\b{re.escape(w)}\b", c) for w in asked)
        or not any(re.search(rf"\b{re.escape(w)}\b", c) for w in others)
    ]
    return " ".join(kept)


@lru_cache(maxsize=1 << 12)
def products_named(products: frozenset[str], question: str) -> frozenset[str]:
    """The vendor's product words a question names."""
    return frozenset(w for w in products if re.search(rf"\b{re.escape(w)}\b", question))


def stating_answer(ctx: Context, question: str) -> ApprovedAnswer | None:
    """An approved answer (to another question on the same subject) whose own words state
    what `question` asks, as a control's would; one that leads with "No" states nothing to
    answer Yes with. An answer's words are about its own question: "chosen at contract
    signature" in an answer on data regions does not answer "Is there an existing contract?"."""
    for i in _near_answers(ctx, question):
        answer = _answer_statements(ctx).answers[i]
        text = _answer_statements(ctx).texts[i].description
        hedged = polarity(answer.answer) is False or _HEDGE_RX.match(text)
        # "Is Meter's uptime commitment 99.9%?" and "Trade has a 99.9% SLA. For Meter, 99.5%
        # is a target": the clauses on the product asked.
        text = on_asked_product(ctx, question, text)
        named = _names_stated(question, subject_terms(f"{answer.question} {text}"))
        if _places(question) and _per_group(text, question):
            # "Is customer data stored in the EU?" and "EU customers' data is stored in
            # Frankfurt; US customers' data in Virginia": where this customer's is kept
            # depends on it.
            continue
        ours = _without_others_acts(ctx, text)
        if not hedged and named and states(question, ours) and _one_sentence_states(question, ours):
            return answer
    return None


# People a practice may be said of, group by group.
_GROUP_NOUN_TERMS = frozenset(
    subject_terms(
        "agents agent staff employees contractors radiologists reviewers developers engineers "
        "technicians operators interns drivers doctors nurses clinicians officers partners "
        "freelancers consultants volunteers teachers students pickers couriers cashiers tellers "
        "physicians pharmacists guards installers inspectors analysts accountants brokers "
        "adjusters dispatchers pilots crew riders caregivers therapists interpreters trainees"
    )
)


def _said_apart_from_group(question: str, text: str) -> bool:
    """Whether the sentence of `text` that names the people a question asks about does not
    state it, though another sentence, on other people, does ("Employees ... with push MFA.
    Call centre agents ... sign in with a username and password only" for "Do call centre
    agents use MFA?")."""
    group = subject_terms(question) & _GROUP_NOUN_TERMS
    if not group:
        return False
    sentences = _WHOLE_SENTENCE_RX.split(text)
    if len(sentences) < 2:
        return False
    named = [x for x in sentences if group <= subject_terms(x)]
    people = _GROUP_NOUN_TERMS | _POPULATION
    others = [x for x in sentences if x not in named and (subject_terms(x) & people) - group]
    # People named by their role ("call centre agents"), not "the eight people who ...".
    roles = [x for x in others if (subject_terms(x) & (_GROUP_NOUN_TERMS - _POPULATION)) - group]
    if roles and _UNIVERSAL_RX.search(question) and not all(states(question, x) for x in roles):
        # "Are all personnel ... required to use MFA?" and "... Call centre agents ... sign in
        # with a username and password only": some people it is not said of.
        return True
    return bool(named and others) and not any(states(question, x) for x in named)


def org_acts(name: str, text: str) -> bool:
    """Whether `text` opens with an organisation doing something itself: "Nuvola Lombarda runs
    ...", "Betalo Payments stores payment details ..." ("AWS WAF protects ..." is the vendor's
    use of a provider's service)."""
    first = name.split()[0]
    return bool(
        re.match(rf"\s*(?:the\s+)?{re.escape(first)}(?:\s+[A-Z][\w.&-]*)*\s+{_ORG_ACT}", text)
    )


_ORG_ACT = (
    r"(runs|performs|operates|monitors|manages|provides|maintains|handles|conducts|tests|scans|"
    r"keeps|stores|holds|hosts|processes|carries\s+out|does|is\s+responsible)\b"
)


def _without_others_acts(ctx: Context, text: str) -> str:
    """`text` without the sentences in which a subservice organisation acts ("Betalo Payments
    stores payment details in Sweden"): what they do is not the vendor's."""
    names = [o.name for r in ctx.inventory.reports for o in r.subservice_orgs]
    if not names:
        return text
    # A sentence that denies or qualifies ("Hetzner stores the legacy backups unencrypted") is
    # kept: it may rule the claim out.
    return " ".join(
        x
        for x in _WHOLE_SENTENCE_RX.split(text)
        if not any(org_acts(n, x) for n in names) or _DENIAL_RX.search(x) or _UN_RX.search(x)
    )


def _one_sentence_states(question: str, text: str) -> bool:
    """Whether one sentence of a many-sentence text states what is asked: "stored on our own
    servers ..." and, three sentences on, "Card numbers are held by Vaultera" do not state
    "Do you store card numbers in your own systems?" between them."""
    sentences = _WHOLE_SENTENCE_RX.split(text)
    return len(sentences) == 1 or any(states(question, s) for s in sentences)


def telling_answer(ctx: Context, question: str) -> ApprovedAnswer | None:
    """An approved answer to a yes/no question on the same subject that answers it by telling
    what is done, with no Yes in front ("Do you use artificial intelligence?" and "Labbook
    Assist summarises experiments with a language model we host ourselves ...") for "Does
    your solution have AI features?": a Yes. Its opening clause must not deny, plan or hedge,
    and the question may ask nothing the approved question did not."""
    specific = subject_terms(_without_plans(question)) - _GENERAL_TERMS
    if not specific or is_admission(question) or negated(question):
        return None
    statements = _answer_statements(ctx)
    for i in _answers_on(statements, specific):
        answer = statements.answers[i]
        asked = subject_terms(answer.question) - _GENERAL_TERMS
        if (
            not YES_NO_RX.match(answer.question)
            or polarity(answer.answer) is not None
            or not specific <= asked
        ):
            continue
        if _UNIVERSAL_RX.search(question) and (
            _UN_RX.search(answer.answer) or _WITHOUT_RX.search(answer.answer)
        ):
            # "Are all backups encrypted?" and "...; the legacy archive backups are stored
            # unencrypted": not all of them.
            continue
        if any(
            (denied := _negated_terms(part)) and denied <= specific
            for said in _SENTENCE_RX.split(answer.answer)
            if _WE_LEAD_RX.match(said)
            for part in _PART_RX.split(said)
        ):
            # "Do you process health information or sign BAAs?" and "Carnet holds personal
            # health information ... and do not sign business associate agreements": it tells
            # of one and denies the other, the one asked (not a narrower kind of it, "no
            # generative AI" beside a machine learning model, nor of some products: "Liberty
            # Nomina uses no AI"; the vendor's own denial, "We ...").
            continue
        first, opening = _opening(answer.answer)
        if not (
            _NO_EVENT_RX.search(opening)
            or _DENIAL_RX.search(first)
            or _FUTURE_RX.search(first)
            or _PAST_RX.search(first)
            or _HEDGE_RX.match(first)
            or _OPTIONAL_RX.search(first)
        ):
            return answer
    return None


def denying_answer(ctx: Context, question: str, any_lead: bool = False) -> ApprovedAnswer | None:
    """An approved answer on the same subject, not one that leads with "Yes" (unless
    `any_lead`: a denial inside a Yes to another question still denies), whose words rule
    out what `question` asks ("No. We do not store, process or transmit payment card data")."""
    statements = _answer_statements(ctx)
    for i in _near_answers(ctx, question):
        answer = statements.answers[i]
        if (any_lead or polarity(answer.answer) is not True) and denies(
            question, statements.texts[i].description
        ):
            return answer
        if (
            polarity(answer.answer) is False
            and _narrower(question, answer.question)
            # The No's own words say nothing of what the narrower question adds ("No,
            # backups rely on the storage provider's encryption" for "encrypted by the
            # storage provider?").
            and not (subject_terms(question) - subject_terms(answer.question)) & statements.terms[i]
        ):
            return answer
    return None


def same_ask(ctx: Context, question: str) -> ApprovedAnswer | None:
    """The approved answer to the same value question in other words ("What uptime do you
    commit to?" and "What is your uptime commitment?", "List the subprocessors that will have
    access to our data" and "Which subprocessors have access to customer data?"): both ask a
    value and name the same subject, word for word once frame words are set aside."""
    if YES_NO_RX.match(question) or not _VALUE_QUESTION_RX.match(question):
        return None
    wanted = _ask_key(question)
    if not wanted - _GENERAL_TERMS:
        return None
    found = _value_asks(ctx).get(wanted, ())
    # Two approved answers to it: which one holds is for the reviewer.
    return found[0] if len(found) == 1 else None


_VALUE_ASKS: dict[int, tuple[Context, dict[frozenset[str], tuple[ApprovedAnswer, ...]]]] = {}


def _value_asks(ctx: Context) -> dict[frozenset[str], tuple[ApprovedAnswer, ...]]:
    """The run's approved answers to value questions, by `_ask_key`, once per context."""
    cached = _VALUE_ASKS.get(id(ctx))
    if cached is not None and cached[0] is ctx:
        return cached[1]
    asks: dict[frozenset[str], list[ApprovedAnswer]] = {}
    for answer in (*ctx.inventory.answers, *ctx.answers):
        if (
            _VALUE_QUESTION_RX.match(answer.question)
            and not YES_NO_RX.match(answer.question)
            and polarity(answer.answer) is None
        ):
            asks.setdefault(_ask_key(answer.question), []).append(answer)
    found = {key: tuple(dict.fromkeys(group)) for key, group in asks.items()}
    if len(_VALUE_ASKS) >= 8:
        _VALUE_ASKS.clear()
    _VALUE_ASKS[id(ctx)] = (ctx, found)
    return found


def _ask_key(question: str) -> frozenset[str]:
    """A question's subject terms with nouns made from verbs folded ("commitment")."""
    return frozenset(t.removesuffix("ment") if len(t) > 7 else t for t in subject_terms(question))


# A question asking for a value or a list: "What ...", "Which ...", "List ...", "How long ...".
_VALUE_QUESTION_RX = re.compile(
    r"^\s*(what|which|who|where|when|list|name|identify|provide\s+a\s+list|how\s+(many|much|long|"
    r"often|do|does|is|are))\b",
    re.I,
)


# "Do you have cyber insurance and a business continuity plan?": a second thing asked to be
# had, which a Yes must cover too (not "... and can you share it?", which asks no second thing,
# nor the last of a list, "insurance to protect against outages, lost data, and incidents?").
_AND_ITEM_RX = re.compile(
    r"^\s*(do|does|did|have|has)\s+(you|your\s+\w+|the\s+\w+)\s+(have|hold|maintain|carry|"
    r"possess|keep|use|operate|run)\b"
    # The first thing, with no preposition or clause of its own ("insurance against data loss
    # and security incidents" asks one thing).
    r"(?:(?!\s(against|for|of|to|in|on|with|from|by|about|covering|including|that|which|"
    r"who)\b)[^?,;])*?\s(and|as\s+well\s+as|plus|along\s+with)\s+"
    r"(?!(can|could|will|would|is|are|do|does|did|please|if|where|when|how|who|share|provide|"
    r"send|attach|it|they|them)\b)(?P<item>[^?,;]{3,80})\?",
    re.I,
)


def second_item(question: str) -> str:
    """The second thing a question asks to have ("Do you have X and Y?" → "Y"), or ""."""
    m = _AND_ITEM_RX.match(question)
    return m["item"] if m else ""


def second_item_unsaid(question: str, text: str) -> bool:
    """Whether a question asks to have two things ("X and Y?") and `text` says nothing of the
    second: a Yes for the first is not a Yes for both."""
    item = specific_terms(second_item(question)) - _GENERAL_TERMS
    return bool(item) and not item & subject_terms(text)


def answer_fits(question: str, approved: ApprovedAnswer) -> bool:
    """Whether an approved Yes reused for another wording fits it: its words do not deny
    what the new question adds ("not Cyber Essentials Plus") nor name places the new
    question leaves out ("only in the US" and "engineers in India can view it")."""
    body = _LEAD_RX.sub("", approved.answer.strip())
    added = specific_terms(question) - subject_terms(approved.question)
    denied = frozenset().union(*map(_negated_terms, _PART_RX.split(body)))
    if _excluded_asked(question, body):
        return False  # "it excludes ransom and extortion payments" for "covers ransom?"
    return not added & denied and _places_stated(question, body) | (not _places(question))


def dedicated_staff(ctx: Context, question: str) -> Signed:
    """Yes to "Do you have dedicated information security (or privacy) staff or an office?"
    where the inventory names a role for it: the contact's title ("Head of Security"), a
    control or an approved answer ("led by the Chief Privacy Officer"); NONE otherwise."""
    m = _DEDICATED_RX.search(question)
    if m is None or numbers_in(question):
        # "more than 5 dedicated security staff" asks a count a role does not give.
        return NONE
    texts = [c.description for c in ctx.inventory.controls]
    texts += [a.answer for a in (*ctx.inventory.answers, *ctx.answers)]
    contact = ctx.inventory.contact
    texts.append(contact.title or "" if contact is not None else "")
    area = "privacy" if re.search("privacy|protection", m["area"], re.I) else "security"
    if (
        any(
            (
                _NOT_DEDICATED_RX.search(part)
                and (
                    _AREA_RX[area].search(part)
                    or not any(rx.search(part) for rx in _AREA_RX.values())
                )
            )
            or (_BOUGHT_IN_RX.search(part) and _AREA_RX[area].search(part))
            for text in texts
            for part in _PART_RX.split(text)
        )
        or any(
            (also := _WHO_ALSO_RX.search(x)) is not None
            and _AREA_RX[area].search(x[: also.start()])
            # "also runs IT", not "also runs the security awareness programme".
            and not _AREA_RX[area].search(x[also.end() :])
            for text in texts
            for x in _SENTENCE_RX.split(text)
        )
        or any(_BOUGHT_IN_RX.search(t) and _AREA_RX[area].search(t) for t in texts)
    ):
        # "there is no dedicated security team", "IT Manager (part-time security)", "no
        # dedicated team; the CTO handles it"; a privacy role held beside another says nothing
        # of the security team.
        return NONE
    role = _STAFF_ROLE_RX[area]
    if m["staff"].lower() == "officer":
        # "a designated Data Protection Officer" is that office, not any privacy lead.
        role = _OFFICER_RX[area]
    elif area == "privacy":
        # "a dedicated data privacy staff or office?": a team, an office or staff, not one
        # named data protection officer (who may hold the role beside another).
        role = _PRIVACY_TEAM_RX
    if m["staff"].lower() == "team":
        # "a dedicated security team?": a team, not one person's title ("CISO").
        role = _TEAM_RX[area]
    if (
        contact is not None
        and contact.title
        and role.search(contact.title)
        # "Head of Operations and Security Officer": the role held beside another.
        and not _beside_another_role(contact.title, area)
    ):
        who = ", ".join(x for x in (contact.name, contact.email) if x)
        said = f"Our {contact.title}" + (f" ({who})" if who else "") + " leads it."
        return Signed("Yes", said, "contact")
    for control in ctx.inventory.controls:
        # "Building security staff check badges": guards of a site, not information security.
        if role.search(_SITE_GUARDS_RX.sub(" ", control.description)):
            said = control.description.strip().rstrip(".")
            return Signed("Yes", f"{said} (control {control.id}).", control.id)
    for answer in (*ctx.inventory.answers, *ctx.answers):
        # A regulator's office ("the Office of the Privacy Commissioner") is not the vendor's.
        told = _REGULATOR_RX.sub(" ", answer.answer)
        if polarity(answer.answer) is not False and role.search(told):
            said = _LEAD_RX.sub("", answer.answer.strip())
            return Signed("Yes", said[:1].upper() + said[1:], "answer")
    return NONE


_REGULATOR_RX = re.compile(
    r"\b(the\s+)?(office\s+of\s+the\s+)?(\w+\s+){0,2}?(privacy|information|data\s+protection)\s+"
    r"(commissioner|authority|regulator|ombudsman|supervisor)('s\s+office)?\b",
    re.I,
)
_AREA_RX = {
    "security": re.compile(r"\bsecurity\b|\bCISO\b|\bCSO\b", re.I),
    "privacy": re.compile(r"\bprivacy\b|\bdata\s+protection\b|\bDPO\b|\bCPO\b", re.I),
}
# "The Data Protection Officer is an external firm": a service bought, not staff (said of the
# role: "An external firm performs a penetration test" says nothing of the security team).
_BOUGHT_IN_RX = re.compile(
    r"\b(external|outsourced|outside|third[- ]party|contracted)\s+(\w+\s+){0,2}?(firm|company|"
    r"provider|consultanc\w*|dpo|ciso|officer|service)\b|"
    r"\b(is|are)\s+(an?\s+)?(external|outsourced|outside)\b|"
    # "Our data protection officer is Avv. Chiara Benedetti of Studio Benedetti Privacy": a
    # person of another organisation.
    r"\b(officer|dpo|ciso|cso)\s+is\s+[^;]{0,60}?\bof\s+(?-i:[A-Z])[\w&.-]+(\s+(?-i:[A-Z])[\w&.-]+)+",
    re.I,
)
_NOT_DEDICATED_RX = re.compile(
    r"(\b(no|not|without)|n['’]t)\s+(\w+\s+){0,2}?(a\s+)?(dedicated|full[- ]time)\b|"
    r"\b(part|half)[- ]time\b|\b\d{1,2}\s*%\s+of\s+(his|her|their|its)\s+(time|week)\b|"
    # "We have no separate privacy team", "no privacy staff of our own".
    r"\bno\s+(separate|standalone|independent|distinct)\s+(\w+\s+){0,2}?(team|staff|office|function|"
    r"department|officer)\b|\bno\s+(\w+\s+){0,2}?(team|staff|office)\s+of\s+(our|its)\s+own\b|"
    r"\bas\s+a\s+side\b|"
    # "Security is part of one person's job; the Head of Cyber Security also runs IT."
    r"\bpart\s+of\s+(one\s+person['’]s|someone['’]s|(the|our|an?)\s+([\w-]+\s+){0,2}?[\w-]+['’]s)\s+"
    r"(job|role|duties|responsibilities|work)\b|"
    # "VP Engineering (acting security lead)": a role held for now, beside another.
    r"\b(acting|interim|temporary)\s+(\w+\s+){0,2}?(security|privacy|ciso|cso|dpo|officer|lead|head)\b|"
    # "our General Counsel is also our privacy officer": a role beside another.
    r"\balso\s+(our|the|a|an)\s+(\w+\s+){0,2}?(officer|lead|head|dpo|ciso|cso|manager)\b|"
    # "acts as data protection officer alongside her other duties", "doubles as the DPO".
    r"\b(alongside|besides|beside|on\s+top\s+of|in\s+addition\s+to|as\s+well\s+as)\s+(his|her|"
    r"their|its|other)\s+(\w+\s+){0,2}?(duties|roles?|responsibilities|jobs?|work)\b|"
    r"\bdoubles\s+as\b|"
    # "A virtual security group of engineers drawn from each product team": people of other
    # teams, meeting now and then.
    r"\bvirtual\s+(\w+\s+)?(team|group)\b|\bdrawn\s+from\b|\bon\s+rotation\b",
    re.I,
)
_SITE_GUARDS_RX = re.compile(
    r"\b(building|physical|site|premises|facility|facilities|campus|reception|front[- ]desk|"
    r"office)\s+security\s+(staff|team|guards?|officers?|personnel)\b",
    re.I,
)
# "Our privacy officer is our General Counsel, who also handles our contracts": read with its
# sentence, which says whose role it is.
# "... who also ...", "the Head of Cyber Security also runs IT": a role held beside another.
_WHO_ALSO_RX = re.compile(
    r"\bwho\s+also\b|\balso\s+(runs|leads|manages|heads|handles|looks\s+after|covers)\b", re.I
)
_DEDICATED_RX = re.compile(
    r"\b(dedicated|designated|full[- ]time)\b[^?]{0,30}?\b(?P<area>information\s+security|"
    r"security|data\s+privacy|privacy|data\s+protection)\b[^?]{0,20}?\b(?P<staff>staff|team|"
    r"office|officer|personnel|function|role|person|resources?)\b",
    re.I,
)
_OFFICER_RX = {
    "security": re.compile(
        r"\b(chief\s+information\s+security\s+officer|security\s+officer|CISO|CSO)\b", re.I
    ),
    "privacy": re.compile(
        r"\b(data\s+protection\s+officer|privacy\s+officer|chief\s+privacy\s+officer|DPO|CPO)\b",
        re.I,
    ),
}
_STAFF_WORDS = r"(head|chief|director|vp|vice\s+president|officer|manager|lead|team|office)"
_PRIVACY_TEAM_RX = re.compile(
    r"\b(privacy|data\s+protection)\s+(team|office|staff|function|department|group|unit)\b|"
    r"\b(team|office|staff|function|department)\s+(for|of)\s+(data\s+)?(privacy|protection)\b|"
    # "The DPO is a full-time employee whose only role is data protection".
    r"\b(full[- ]time|only\s+role|sole\s+role|exclusively)\b[^.;]{0,60}\b(privacy|data\s+protection)\b|"
    r"\b(privacy|data\s+protection|dpo)\b[^.;]{0,60}\b(full[- ]time|only\s+role|sole\s+role|exclusively)\b",
    re.I,
)
_TEAM_RX = {
    area: re.compile(
        rf"\b{words}\s+(team|department|group|unit|function|office|engineers|analysts|staff)\b|"
        rf"\b(team|department|group|unit)\s+(for|of)\s+(\w+\s+)?{words}\b",
        re.I,
    )
    for area, words in (
        ("security", r"(information\s+|cyber\s*)?security"),
        ("privacy", r"(data\s+)?(privacy|protection)"),
    )
}
_TITLE_JOIN_RX = re.compile(r"\s+(?:and|&)\s+|\s*/\s*", re.I)
_ROLE_NOUN_RX = re.compile(
    r"\b(head|officer|director|manager|lead|chief|vp|vice\s+president|president|engineer|"
    r"founder|owner|partner|administrator|c[a-z]{1,2}o)\b",
    re.I,
)


def _beside_another_role(title: str, area: str) -> bool:
    """Whether a title joins the area's role to a role of another kind: "Head of Operations and
    Security Officer", "CTO / CISO"; not "Head of Security and Compliance" (one role over two
    areas) nor "Security and Privacy Lead"."""
    roles = [p for p in _TITLE_JOIN_RX.split(title) if _ROLE_NOUN_RX.search(p)]
    return len(roles) > 1 and any(not _AREA_RX[area].search(p) for p in roles)


_STAFF_ROLE_RX = {
    area: re.compile(
        rf"\b{_STAFF_WORDS}\b[^.;,]{{0,25}}\b{words}\b|\b{words}\b[^.;,]{{0,15}}\b{_STAFF_WORDS}\b"
        + extra,
        re.I,
    )
    for area, words, extra in (
        ("security", r"(information\s+)?security", r"|\b(CISO|CSO)\b"),
        ("privacy", r"(data\s+)?(privacy|protection)", r"|\b(DPO|CPO)\b"),
    )
}


def denying_since(ctx: Context, question: str) -> ApprovedAnswer | None:
    """An approved answer that rules out what a question asks of a recent window, for longer
    than the window ("no breach ... since it was founded in 2017" for "in the past three
    years?")."""
    window = _WINDOW_ASK_RX.search(question)
    if window is None:
        return None
    start = ctx.as_of.year * 12 + ctx.as_of.month - _months(window)
    asked = _WINDOW_ASK_RX.sub(" ", question)
    statements = _answer_statements(ctx)
    for i in _near_answers(ctx, question):
        text = statements.texts[i].description
        since = _SINCE_RX.search(text)
        if since is None or polarity(statements.answers[i].answer) is True:
            continue
        if int(since["year"]) * 12 + 12 <= start and denies(asked, _SINCE_RX.sub(" ", text)):
            return statements.answers[i]
    return None


def dated_admission(ctx: Context, question: str) -> tuple[ApprovedAnswer, bool] | None:
    """Yes or No to an admission asked of a recent window ("a security breach in the last 12
    months?") from an approved Yes to the same question without the window that dates what
    it admits ("Yes. In March 2023 ...; no other incident requiring notification in the last
    five years"): Yes when the first date it gives falls in the window; No when every date
    falls before the window and the answer rules out any other for at least the window. An
    undated admission, or one with no such denial, is left for the reviewer."""
    window = _WINDOW_ASK_RX.search(question)
    if window is None:
        return None
    now = ctx.as_of.year * 12 + ctx.as_of.month
    start = now - _months(window)
    # "a significant breach": a breach of data the vendor tells, reported or notified, is one.
    asked = _SEVERITY_RX.sub(" ", _WINDOW_ASK_RX.sub(" ", question))
    # "... that involved reporting to a governmental agency or notice to individuals": what
    # the event must have involved, asked of the event the approved answer tells.
    qualifier = _INVOLVED_RX.search(asked)
    if qualifier is not None:
        asked = asked[: qualifier.start()] + "?"
    statements = _answer_statements(ctx)
    # By the approved question's subject: the answer's own words may not repeat it ("Yes. In
    # March 2023 a misconfigured export ...").
    specific = subject_terms(asked) - _GENERAL_TERMS
    for i in _answers_on(statements, specific):
        answer = statements.answers[i]
        said = polarity(answer.answer)
        body = _LEAD_RX.sub("", answer.answer.strip())
        # "a personal data breach?" of an approved answer on "a data breach" that tells whose
        # personal data was exposed ("names and bus stop addresses of 1,240 riders").
        same = asked if not _PERSONAL_DATA_RX.search(body) else _PERSONAL_RX.sub("", asked)
        if said is False or not (states(same, answer.question) or _one_of(specific, body)):
            continue
        if said is None and not _narrates_event(body):
            continue
        # How far back each "no other ..." rules others out; with no window, ever.
        covers = [
            now - _months(m) if m["n"] else int(m["year"]) * 12 + 1 if m["year"] else 0
            for m in _NO_OTHER_RX.finditer(body)
        ]
        dates = _event_dates(_NO_OTHER_RX.sub(" ", _SINCE_RX.sub(" ", body)))
        if not dates:
            continue
        first, last = dates[0], max(end for _, end in dates)
        if _event_of_another(question, body):
            # "Has Monster had an outage?" and "On 2033-05-04 Paspoort was unavailable": the
            # event told is of another product than the one asked.
            continue
        if first[0] > start and first[1] <= now:
            if qualifier is not None and not _involved(qualifier[0], body):
                continue  # in the window, but not said to have involved what is asked
            return answer, True
        if last <= start and any(cover <= start for cover in covers):
            return answer, False
    return None


def _event_of_another(question: str, body: str) -> bool:
    """Whether the first sentence of an answer telling an event names things by name and none
    of those the question names (a product, a site)."""
    first = _SENTENCE_RX.split(body)[0]
    pairs, told_pairs = _product_pairs(question), _product_pairs(first)
    if pairs and told_pairs:
        # "Northwind Reports" and "Northwind Ingest": the brand they share names neither.
        return not pairs & told_pairs
    asked = {n.lower() for n in _capitalised_names(question)}
    if not asked:
        return False
    told = {n.lower() for n in _capitalised_names(first)}
    return bool(told) and not asked & told


_PERSONAL_RX = re.compile(r"\bpersonal\s+(?=(data|information)\b)", re.I)
# What a told event exposed that is personal data by its kind.
_PERSONAL_DATA_RX = re.compile(
    r"\b(names?|e-?mail\s+addresses|home\s+addresses|addresses|phone\s+numbers|dates?\s+of\s+birth|"
    r"personal\s+(data|information)|candidate\s+records|patient|health\s+records)\b",
    re.I,
)


def _involved(qualifier: str, body: str) -> bool:
    """Whether an answer tells that its event involved one of what a qualifier lists
    ("reporting to a governmental agency, notice to individuals" and "we notified both
    customers"), by the words' first four letters ("notice", "notified")."""
    told = {w[:4] for w in _WORD_RX.findall(body.lower()) if len(w) > 4}
    wanted = {w[:4] for w in _WORD_RX.findall(qualifier.lower()) if len(w) > 4} - _INVOLVED_FRAME
    return bool(wanted & told)


# "that involved ...", "which required ...", "resulting in ...": what the event must have had.
_INVOLVED_RX = re.compile(
    r"\s*,?\s*\b(?:that|which)\s+(?:involved|required|resulted\s+in|led\s+to|included)\b[^?]*|"
    r"\s*,?\s*\bresulting\s+in\b[^?]*",
    re.I,
)
_INVOLVED_FRAME = frozenset(
    {"that", "whic", "invo", "requ", "resu", "incl", "anot", "othe", "volu"}
)
_SEVERITY_RX = re.compile(
    r"\b(significant|material|major|serious|notable|unplanned|unscheduled|unexpected)\s+", re.I
)


def _one_of(specific: frozenset[str], body: str) -> bool:
    """Whether an answer calls what it tells one of what is asked: "We know of no other
    personal data breach" makes the event told a personal data breach, whatever its approved
    question ("a security incident or data breach?") left open."""
    return bool(specific) and any(
        specific <= subject_terms(m[0]) for m in _NO_OTHER_RX.finditer(body)
    )


def tells_a_date(text: str) -> bool:
    """Whether a text dates something it tells ("In September 2025 ...", "on 2026-03-04",
    "since 2019")."""
    return bool(_EVENT_DATE_RX.search(text) or _SINCE_RX.search(text))


def _narrates_event(body: str) -> bool:
    """Whether an approved answer with no Yes or No opens by telling a dated event ("On
    2026-07-18 a misconfigured export link exposed ...", "In June 2025 ransomware ..."):
    its admission. One that opens with a denial ("No customer data has been exposed since
    2019") does not."""
    first, opening = _opening(body)
    return bool(_EVENT_DATE_RX.search(first)) and not _NO_EVENT_RX.search(opening)


def _opening(body: str) -> tuple[str, str]:
    """An answer's first sentence and its opening clause, which decides whether it tells or
    denies: "In 2024 we had no breaches" denies; "From 2026-01-12 a fault let users see the
    titles, but not the contents" tells."""
    first = _SENTENCE_RX.split(body.strip(), maxsplit=1)[0]
    return first, _CLAUSE_SPLIT_RX.split(first, maxsplit=1)[0]


_WE_LEAD_RX = re.compile(r"\s*we\b", re.I)
_CLAUSE_SPLIT_RX = re.compile(r",|;|\s(?:but|and|although|though|while|whereas)\s", re.I)
# A sentence that denies rather than tells: "no", "not", "never", "none", "nothing".
_NO_EVENT_RX = re.compile(r"\b(no|not|never|none|nothing|neither|nor)\b|n't\b", re.I)


def dates_in_window(ctx: Context, question: str, text: str) -> bool:
    """Whether a text dates an event within the window a question asks of ("In June 2025 a
    DDoS attack ..." for "any incident in the last 36 months?"; any date for "ever"), beside
    whatever narrower thing it denies ("no incident has affected customer data since 2019")."""
    window = _WINDOW_ASK_RX.search(question)
    now = ctx.as_of.year * 12 + ctx.as_of.month
    start = now - _months(window) if window else 0
    body = _NO_OTHER_RX.sub(" ", _SINCE_RX.sub(" ", text))
    return any(last > start and first <= now for first, last in _event_dates(body))


def _answers_on(statements: _Statements, terms: frozenset[str]) -> list[int]:
    """The approved answers whose own question names one of `terms`, in inventory order (the
    answer's words may not repeat its subject: "Yes. In March 2023 a misconfigured export")."""
    return sorted({i for term in terms for i in statements.by_subject.get(term, ())})


def admission_draft(ctx: Context, question: str) -> Signed:
    """The approved answer to the same admission question asked in other words ("Have you
    experienced a security incident in the last three years?" for "any incidents in the last
    24 months?"), as a draft for the reviewer with no answer for the cell; NONE when none."""
    asked = _WINDOW_ASK_RX.sub(" ", question)
    qualifier = _INVOLVED_RX.search(asked)
    if qualifier is not None:
        # "a personal data breach ... that involved reporting to a governmental agency": the
        # breach is the subject, what it involved the reviewer's to weigh.
        asked = _PERSONAL_RX.sub("", asked[: qualifier.start()]) + "?"
    statements = _answer_statements(ctx)
    specific = subject_terms(asked) - _GENERAL_TERMS
    for i in _answers_on(statements, specific):
        answer = statements.answers[i]
        # A draft, never filled: half the subject shared is enough to show it to the reviewer.
        if len(specific & subject_terms(answer.question)) * 2 >= len(specific):
            return Signed("", f"{answer.answer.strip()} (approved answer to: {answer.question})")
    return NONE


def _months(window: re.Match[str]) -> int:
    """A window's length in months ("the last five years" → 60)."""
    n = int(_count(window["n"])) if window["n"] else 1
    return n * 12 if window["unit"].lower().startswith("year") else n


def _event_dates(text: str) -> list[tuple[int, int]]:
    """The dates a text gives, in order, each as its first and last month (year * 12 +
    month): "March 2023" is one month, "in 2024" the whole year."""
    found = []
    for m in _EVENT_DATE_RX.finditer(text):
        if m["iso"]:
            month: int | None = int(m["isomonth"])
            year = int(m["iso"])
        else:
            year = int(m["year"])
            month = _MONTH_NUMBERS.get(m["month"][:3].lower()) if m["month"] else None
        found.append(
            (year * 12 + month, year * 12 + month) if month else (year * 12 + 1, year * 12 + 12)
        )
    return found


_MONTH_NAMES = "jan feb mar apr may jun jul aug sep oct nov dec"
_MONTH_NUMBERS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES.split())}
_EVENT_DATE_RX = re.compile(
    r"\b(?P<iso>(?:19|20)\d\d)-(?P<isomonth>[01]\d)-[0-3]\d\b|"
    r"\b(?:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+|"
    r"(?:in|during)\s+)(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# "no other incident requiring notification in the last five years", "... since 2017".
_NO_OTHER_RX = re.compile(
    r"\bno\s+(?:other|further|additional)\b[^.;]*?(?:\b(?:(?:in|within|during|over)\s+the\s+"
    r"(?:last|past|previous)\s+(?P<n>\d+|one|two|three|four|five|six|seven|ten)\s+"
    r"(?P<unit>years?|months?)|since\s+(?:\w+\s+){0,4}?(?P<year>(?:19|20)\d\d))\b|(?=[.;]|$))",
    re.I,
)


_WINDOW_ASK_RX = re.compile(
    r"\b(in|within|during|over)\s+the\s+(last|past|previous)\s+((?P<n>\d+|one|two|three|four|"
    r"five|six|seven|ten|twelve)\s+)?(?P<unit>years?|months?)\b",
    re.I,
)
_WINDOW_ASK = Cue(_WINDOW_ASK_RX, ("last", "past", "previous"))
# The calendar period the question is asked in: "this quarter", "so far this year".
_THIS_PERIOD_ASK_RX = re.compile(
    r"\b(this|the\s+current)\s+(week|month|quarter|year|sprint|half)\b", re.I
)
_SINCE_RX = re.compile(r"\bsince\b[^.;]*?\b(?P<year>(19|20)\d\d)\b", re.I)


def _narrower(question: str, broader: str) -> bool:
    """Whether `question` asks part of what `broader` asks, so that its No answers it too: "Do
    you use AI for processing our data?" after "Does your product use AI?" (No). Not after a
    question about all of something, a number or a plan, nor one put in the negative."""
    wide = subject_terms(broader)
    if not wide - _GENERAL_TERMS or not wide < subject_terms(question):
        return False
    verb = _main_verb(broader)
    if not verb or verb != _main_verb(question):
        # The same thing done ("use AI ... for our data"), not another act on its subject
        # ("completed responsible AI training", "provide logging for AI features").
        return False
    if is_admission(question) or _CAPABILITY_RX.search(question) or _ABLE_RX.search(question):
        # "a breach reported to a regulator" is not stated by "no breach of customer data",
        # and "Can its AI features be disabled?" asks of features that do not exist.
        return False
    return (
        not any(
            rx.search(text)
            for text in (question, broader)
            for rx in (_EVERY_OFTEN_RX, _NEGATED_RX, _FUTURE_RX)
        )
        and bool(YES_NO_RX.match(broader))
        and not numbers_in(broader)
    )


_ABLE_RX = re.compile(r"\b(can|could|able\s+to)\b", re.I)


def _main_verb(question: str) -> str:
    """The root of what a question asks is done: "Does your product use AI?" and "Is data used
    to ...?" → "use"; '' when it has no such form."""
    body = question.split("?")[0]
    m = _ACTIVE_RX.match(body) or _ASKED_DONE_RX.match(body)
    if m is None:
        return ""
    verb = m["verb"].lower()
    for ending in ("ed", "es", "d", "s"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


_EVERY_OFTEN_RX = re.compile(r"\b(all|every|each|always|only)\b", re.I)


def _near_answers(ctx: Context, question: str) -> list[int]:
    """The approved answers whose question shares a specific subject term with `question`, by
    the terms their text shares with it, most first."""
    wanted = subject_terms(question)
    specific = wanted - _GENERAL_TERMS
    if not specific:
        return []
    statements = _answer_statements(ctx)
    candidates = {i for term in specific for i in statements.by_subject.get(term, ())}
    near = sorted((-len(wanted & statements.terms[i]), i) for i in candidates)
    return [i for n, i in near[:_PAIR_POOL] if n]


@dataclass(frozen=True, slots=True)
class _Statements:
    """The approved answers of a run, each as a text to test like a control's description."""

    answers: tuple[ApprovedAnswer, ...]
    texts: tuple[Control, ...]  # id = position in `answers`
    terms: tuple[frozenset[str], ...]  # the subject terms of each answer's text
    by_subject: dict[str, tuple[int, ...]]  # a subject term of the question → the answers


_STATEMENTS: dict[int, tuple[Context, _Statements]] = {}
# An answer shorter than this says too little to state another question ("Yes, annually.").
_STATEMENT_WORDS = 6


def _answer_statements(ctx: Context) -> _Statements:
    """The statements of the run's approved answers, worked out once per context."""
    cached = _STATEMENTS.get(id(ctx))
    if cached is not None and cached[0] is ctx:
        return cached[1]
    answers: list[ApprovedAnswer] = []
    texts: list[Control] = []
    for answer in (*ctx.inventory.answers, *ctx.answers):
        body = _LEAD_RX.sub("", answer.answer.strip())
        if len(body.split()) < _STATEMENT_WORDS:
            continue
        texts.append(Control(str(len(texts)), body))
        answers.append(answer)
    by_subject: dict[str, list[int]] = {}
    for i, answer in enumerate(answers):
        for term in subject_terms(answer.question):
            by_subject.setdefault(term, []).append(i)
    statements = _Statements(
        tuple(answers),
        tuple(texts),
        tuple(subject_terms(t.description) for t in texts),
        {term: tuple(ids) for term, ids in by_subject.items()},
    )
    if len(_STATEMENTS) >= 8:
        _STATEMENTS.clear()
    _STATEMENTS[id(ctx)] = (ctx, statements)
    return statements


# An answer that leads with a hedge states nothing whole: "Partially. Most databases are ...".
_HEDGE_RX = re.compile(
    r"\s*(partial(ly)?|in\s+part|in\s+progress|planned|not\s+applicable|n/?a|limited|"
    r"it\s+depends|depends|varies|sometimes|some|most|unknown|tbd|to\s+be\s+determined)\b",
    re.I,
)
# The Yes/No an answer leads with ("Yes.", "No, ", "Yes -"): the body states the fact.
# "Yes." or "No," leading an answer; not the "No" of "No lawsuit has been filed".
_LEAD_RX = re.compile(r"^(yes|no)\b(?=\s*[.,;:!-]|\s*$)[\s.,;:!-]*", re.I)


# An exception, a condition or a hedge: "not permitted without MFA" permits it with MFA;
# "encrypted where supported", "reviewed when needed" is not always.
_EXCEPT_RX = re.compile(
    # "Where the customer's bank supports it", "if the browser allows": a condition.
    r"\bdepend(s|ing|ent)?\s+(on|upon)\b|"
    r"\b(?:where|if|when)\b[^,;.]{0,60}?\b(?:supports?|supported|allows?|permits?|provides?|"
    r"offers?|makes?\s+\w+\s+available)\b|"
    # "not permitted without MFA": a condition; "settled without litigation" is none.
    r"\b(?:not|never|no|cannot|can't)\b[^,;.]{0,60}?\bwithout\b(?!\s+exception)|"
    # "The only exceptions are the kiosk PINs ...", "with the exception of the archive".
    r"\bexceptions?\s+(are|is|include|includes)\b|\bwith\s+the\s+exception\s+of\b|"
    r"\b(except|unless|other than|apart from|only (if|when|with|after|upon)|where (supported|possible|"
    r"feasible|applicable|available)|when (needed|necessary|possible|required)|as (needed|"
    r"appropriate|required)|if (possible|needed|necessary)|best[- ]effort|in most cases)\b",
    re.I,
)


@lru_cache(maxsize=1 << 12)
def _passive_predicate(question: str) -> frozenset[str]:
    """The terms of what a passive question asks is done ("be restricted", "Is the plan
    reviewed and updated ...?": both; "reviewed or tested": one is enough, so none is
    required here)."""
    body = question.split("?")[0]
    m = _PASSIVE_RX.search(body) or _ASKED_DONE_RX.match(body)
    if not m:
        return frozenset()
    if m["more"] and _OR_VERB_RX.search(m["more"]):
        return frozenset()
    done = [m["verb"], *(_ED_RX.findall(m["more"] or ""))]
    return frozenset().union(*map(subject_terms, done))


@lru_cache(maxsize=1 << 12)
def _passive_alternatives(question: str) -> frozenset[str]:
    """The terms of the acts a passive question offers as alternatives ("masked or removed"),
    of which a text must say one; empty when it offers none."""
    body = question.split("?")[0]
    m = _PASSIVE_RX.search(body) or _ASKED_DONE_RX.match(body)
    if not m or not m["more"] or not _OR_VERB_RX.search(m["more"]):
        return frozenset()
    done = [m["verb"], *(_ED_RX.findall(m["more"]))]
    return frozenset().union(*map(subject_terms, done)) - _GENERAL_TERMS


@lru_cache(maxsize=1 << 14)
def _passive_subject(question: str) -> frozenset[str]:
    """The specific terms of what a passive question is about ("Are backups retained ...?":
    backups), which a text must name."""
    body = question.split("?")[0]
    m = _ASKED_DONE_RX.match(body)
    if m is None:
        return frozenset()
    subject = _ADVERB_RX.sub(" ", _AUXILIARY_RX.sub("", body[: m.start("verb")]))
    return subject_terms(subject) - _GENERAL_TERMS - _FREQUENCY.keys()


_ADVERB_RX = re.compile(r"\b\w+ly\b", re.I)
_AUXILIARY_RX = re.compile(r"^\s*(is|are|was|were)\s+(all\s+|any\s+|the\s+|your\s+)*", re.I)


def _places_stated(question: str, text: str) -> bool:
    """Whether the places a question names are the text's ("stored only in the UK?" is not
    stated by an encryption control, nor by "stored in Germany with backups in France")."""
    asked = _places(question)
    if not asked:
        return True
    # "New Zealand customer data is stored in Sydney", "for every customer, including our
    # hospitals in Uganda": the customers' country is not where the data is.
    kept = _without_whose_places(text)
    named = _places(kept)
    # A country of a region asked states it: "stored in Germany" is stored in the EEA.
    within = {region for region, members in _REGIONS.items() if named & members}
    if not asked <= named | within:
        return False
    if _STAY_ALL_ASK_RX.search(question):
        # "Does all player data of EU titles stay within the EU?" and "In-game chat logs of
        # every region are stored in Seoul": some of it is kept elsewhere (a city or a cloud
        # region by its country).
        inside = set(asked).union(*(_REGIONS.get(a, frozenset()) for a in asked))
        cities = {country for _, country in named_places(kept)}
        if (named | cities) - inside - _REGIONS.keys():
            return False
    return not (_ONLY_ASK_RX.search(question) and named - asked)


# "all ... data ... stay within / kept in" a place.
_STAY_ALL_ASK_RX = re.compile(
    r"\b(all|every|entire)\b[^?]*\b(stay|stays|remain|remains|kept|stored|reside|resides)\b",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def _places(text: str) -> frozenset[str]:
    """The countries and regions a text names, by their full names."""
    if text == text.lower():
        return frozenset()  # every place name is capitalised
    return frozenset(_place(m[0]) for m in _PLACE_RX.finditer(text))


_ONLY_ASK_RX = re.compile(r"\b(only|exclusively|solely)\b", re.I)
# A place naming whose the data is: "New Zealand customer data", "EU customers' records".
_GROUP_PLACE_RX = re.compile(
    r"\b(?:[A-Z][\w.]*\s+){1,3}(?=(customers?|clients?|users?|tenants?|institutions?)['’]?s?\s+"
    r"(data|records|information|content|backups?)\b)|"
    # "(Ireland for UK data, Oregon for US data)": whose data, not where it is.
    r"(?<=\bfor\s)(?:[A-Z][\w.]*\s+){1,3}(?=data\b)"
)
# "Are you a covered entity?" and "we are a business associate", "Acme is a ...".
_IDENTITY_ASK_RX = re.compile(
    r"\s*(are\s+you|is\s+(your\s+(company|organi[sz]ation)|the\s+vendor))\s+(a|an)\b", re.I
)
_IDENTITY_RX = re.compile(r"\b(we\s+are|we're|is|acts?\s+as|as)\s+(a|an)\b", re.I)
# A practice for one named system: "for the TideTrack web frontend", "against the LMS".
_NAMED_SCOPE_RX = re.compile(
    r"\b(?:for|on|against|in|to|at)\s+(?:the\s+|our\s+)?(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]\w*|[A-Z][a-z]{2,})\b"
)
# Other organisations the vendor deals with, in its own words.
_SUPPLIERS_RX = re.compile(
    r"\b(vendors|suppliers|sub-?processors|subcontractors|third[- ]part(y|ies)|service\s+providers)\b",
    re.I,
)


def of_named_product(question: str, text: str) -> str:
    """`text` without the sentences on another product than the one a question names by a
    name of its own ("Is PickPilot data stored in the Netherlands?" and "FleetOS data is
    stored in ... the Netherlands ... PickPilot data is stored at Hetzner in Germany")."""
    asked = _product_tokens(question)
    if not asked:
        return text
    kept = [
        x
        for x in _SENTENCE_RX.split(text)
        if asked & set(OWN_NAME_RX.findall(x)) or not OWN_NAME_RX.search(x)
    ]
    return " ".join(kept)


@lru_cache(maxsize=1 << 12)
def _product_tokens(question: str) -> frozenset[str]:
    return frozenset(OWN_NAME_RX.findall(question))


# A product by a name of its own: "PickPilot", "FleetOS" (a capital inside the word).
OWN_NAME_RX = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")


def _without_whose_places(text: str) -> str:
    """`text` without the places that say whose the data is or who the people are ("New
    Zealand customer data", "our hospitals in Uganda", "agents in Kampala, Uganda, view ..."),
    not where it is kept."""
    text = _GROUP_PLACE_RX.sub(" ", text)
    return " ".join(
        _WHOSE_PLACE_RX.sub(lambda m: m[0][: m.start("place") - m.start()], x)
        for x in _WHOLE_SENTENCE_RX.split(text)
    )


def _numbers_bound(question: str, text: str, specific: frozenset[str]) -> bool:
    """Whether each number a question asks is said, in the text, in a clause that names what
    the question asks of it (a specific word of the question, not only the number's unit)."""
    words = specific - _FREQUENCY.keys() - _UNIT_TERMS
    done = _passive_predicate(question)
    asked = _in_digits(_ROUND_CLOCK_RX.sub(" ", question.split("?")[0]))
    text = _in_digits(text)
    for number in numbers_in(asked):
        # The words of the question's own clause with the number ("in transit (TLS 1.2)"
        # beside "at rest"): those are what the number is asked of.
        near = frozenset().union(
            *(subject_terms(p) for p in _PART_RX.split(asked) if number in numbers_in_all(p))
        )
        words_n = (words & near or words) - {number}
        if not words_n:
            continue
        clauses = [terms for part, terms in _numbered_parts(text) if number in part]
        if clauses and not any(terms & words_n and done <= terms for terms in clauses):
            # "Is TLS 1.2 disabled?" and "TLS 1.2 is accepted; 1.0 and 1.1 are disabled".
            return False
        missing = words_n - frozenset().union(*clauses)
        if clauses and any(
            number not in numbers and terms & missing for numbers, terms in _numbered_parts(text)
        ):
            # "Are gateway logs retained for 90 days?" and "Cloud platform logs are kept for 90
            # days. Gateway logs stay on the gateway for 7 days": the number asked is said of
            # another thing; what is asked has its own.
            return False
        together = frozenset().union(*clauses)
        if (
            clauses
            and _UNIVERSAL_RX.search(question)
            and any(
                w not in together and any(w in terms for _, terms in _numbered_parts(text))
                for w in words_n
            )
        ):
            # "AES-256 for all databases" and "databases use AES-128; uploads use AES-256":
            # a word asked is said with another number.
            return False
        mine = together & (subject_terms(asked) - {number} - _UNIT_TERMS)
        if (
            clauses
            and not _asked(question).capability
            and any(
                number not in numbers and len(terms & words_n) >= 2 and not mine - terms
                for numbers, terms in _numbered_parts(text)
            )
        ):
            # "Is data encrypted using AES-256?" and "databases AES-128; uploads AES-256": the
            # same practice with another number, and nothing asked that tells them apart.
            return False
    return True


@lru_cache(maxsize=1 << 12)
def _numbered_parts(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each clause of a text with a number in it: its numbers and its subject terms."""
    return tuple(
        (numbers_in(part), subject_terms(part))
        for part in _PART_RX.split(text)
        if any(c.isdigit() for c in part)
    )


# "24 x 7 x 365", "24/7": how often, not a quantity of something.
_ROUND_CLOCK_RX = re.compile(r"\b\d+\s*[x/]\s*\d+(\s*[x/]\s*\d+)?\b", re.I)
_UNIT_TERMS = frozenset(
    map(_term, ("days", "hours", "minutes", "weeks", "months", "years", "bit", "percent"))
)
# Names in capitals a question asks about ("SPDX", "FIPS", "SAML"), which the text must name.
_CAPS_NAME_RX = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")
_NOT_NAMES_TEXT = "SOC ISO PCI DSS AOC HIPAA GDPR USA IT ID NA YES NO AND OR THE"
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_PERCENT_RX = re.compile(r"\b(\d{1,2}(\.\d+)?)\s*(%|percent)", re.I)
_OPPOSITE_PAIRS = (
    (r"\bcommercial\b", r"\bopen[- ]source\b|\bfree\b|\bin-house\s+built\b"),
    (r"\bautomat\w*", r"\bmanual(ly)?\b"),
    (r"\bmanual(ly)?\b", r"\bautomat\w*"),
    (r"\bdedicated\b", r"\bshared\b"),
    # "Do cameras share the office network?" and "the camera network is a separate private APN".
    (
        r"\b(share[sd]?|sharing|same)\b",
        r"\b(separate[sd]?|segmented|isolated|segregated|dedicated)\b",
    ),
    (
        r"\b(second|peer|independent|another|two[- ]person|four[- ]eyes)\b",
        r"\b(single|one|sole|same)\s+(engineer|person|developer|individual|employee)\b",
    ),
    (
        r"\b(manage\w*\s+(them\s+)?yoursel(f|ves)|self[- ]managed|(your|their)\s+own\s+"
        r"(encryption\s+)?keys?|bring\s+(your|their)\s+own\s+keys?|byok)\b",
        r"\b(google|aws|amazon|azure|microsoft|provider|cloud|platform)[- ]managed\b",
    ),
    (r"\b(block\w*|disabl\w*|prevent\w*|prohibit\w*)\b", r"\b(allowed|permitted|enabled)\b"),
    (r"\b(internal|in-house)\b", r"\b(external|outsourced|third[- ]party)\b"),
    # "Is your bug bounty program public?" and "We run a private bug bounty program".
    (r"\bpublic\b", r"\b(private|invitation[- ]only|invite[- ]only)\b"),
    (r"\b(private|invitation[- ]only|invite[- ]only|by\s+invitation)\b", r"\bpublic\b"),
    # A level of a check or a service: "an enhanced DBS check?" and "a basic DBS check".
    (r"\benhanced\b", r"\b(basic|standard)\b"),
    # "Can customers change the password rules?", "configurable by customers?" and "cannot be
    # changed by the customer".
    (
        r"\b(configurable|customi[sz]able|adjustable|can\s+(\w+\s+){0,2}?(change|configure|"
        r"customi[sz]e|modify|adjust|set))\b",
        r"\b(cannot|can\s*not|can't)\s+be\s+(changed|configured|customi[sz]ed|modified|adjusted|set)\b|"
        r"\bnot\s+(configurable|customi[sz]able|adjustable)\b",
    ),
    # "disabled by the end of their last day?" and "within three working days of it".
    (
        r"\b(by\s+the\s+end\s+of\s+(their|the|an?\s+\w+['’]s)\s+last\s+(working\s+)?day|"
        r"on\s+(their|the)\s+last\s+(working\s+)?day|(the\s+)?same\s+day)\b",
        r"\bwithin\s+(\w+\s+){1,2}?(working\s+|business\s+)?(days?|weeks?)\b",
    ),
    # "an individual login for each technician?" and "the password is shared by the field
    # technicians".
    (
        r"\b(individual|personal|unique|separate|named|own)\s+(\w+\s+)?(logins?|accounts?|"
        r"passwords?|credentials?|user\s*ids?)\b|\bunique\s+to\s+each\b",
        # "one user account per yard, which the yard's staff use together".
        r"\bshared\b|\b(use|used|share)\s+(it\s+|them\s+)?together\b|\bone\s+(\w+\s+)?(logins?|"
        r"accounts?|passwords?)\s+(per|for\s+(each|every|all|the\s+whole))\b",
    ),
    # "reviewed outside business hours?" and "reviewed during business hours".
    (
        r"\boutside\s+(of\s+)?(\w+\s+)?(business|office|working)\s+hours\b",
        r"\b(during|in|within)\s+(\w+\s+)?(business|office|working)\s+hours\b",
    ),
    (r"\b(external|outsourced)\b", r"\b(internal|in-house)\b"),
    # "Are fraud scores binding on merchants?", "Is the model's output mandatory for merchants
    # to follow?" and "Scores are advisory"; "Is the training compulsory?" and "optional".
    (
        r"\b(binding|mandatory|compulsory|obligatory|must\s+be\s+followed|enforced\s+on)\b",
        r"\b(advisory|informational|for\s+information\s+only|non-binding|optional|voluntary)\b",
    ),
    # One member of a family of algorithms or protocols named for another: "hashed using
    # bcrypt?" is not stated by PBKDF2, "authenticate over SAML?" not by OpenID Connect.
    (r"\bbcrypt\b", r"\b(pbkdf2|scrypt|argon2\w*|sha-?\d+|md5)\b"),
    (r"\bscrypt\b", r"\b(pbkdf2|bcrypt|argon2\w*|sha-?\d+|md5)\b"),
    (r"\bpbkdf2\b", r"\b(bcrypt|scrypt|argon2\w*|md5)\b"),
    (r"\bargon2\w*", r"\b(pbkdf2|bcrypt|scrypt|sha-?\d+|md5)\b"),
    (r"\bsaml\b", r"\b(openid|oidc|ldap|kerberos)\b"),
    (r"\b(openid|oidc)\b", r"\b(saml|ldap|kerberos)\b"),
)
_OPPOSITES = tuple((re.compile(a, re.I), re.compile(b, re.I)) for a, b in _OPPOSITE_PAIRS) + tuple(
    (re.compile(b, re.I), re.compile(a, re.I)) for a, b in _OPPOSITE_PAIRS[:1]
)
_RECORD_ASK_RX = re.compile(
    r"\b(a|an|the|your)\s+(\w+\s+)?(list|inventory|register|catalog(ue)?)\s+of\b", re.I
)
_RECORD_NAMED_RX = re.compile(r"\b(list|inventor\w*|register|catalog\w*|record\w*)\b", re.I)
_TOOL_ASK_RX = re.compile(
    r"\bintrusion\s+(detection|prevention)\s+systems?\b|\b(IDS|IPS|HIDS|NIDS)\b", re.I
)
_TOOL_NAMED_RX = re.compile(r"\bintrusion\b|\b(IDS|IPS|HIDS|NIDS)\b|\bguardduty\b", re.I)
_SAME_AS_RX = re.compile(r"\bsame\b[^?]{0,40}\bas\b", re.I)


def _names_stated(question: str, said: frozenset[str]) -> bool:
    # "For customers not using SSO, ...": the case set aside names nothing to be stated.
    return _caps_names(_NOT_CASE_LEAD_RX.sub("", question)) <= said


@lru_cache(maxsize=1 << 14)
def _caps_names(question: str) -> frozenset[str]:
    """The terms of the names in capitals a question asks about ("SPDX", "FIPS")."""
    names = _CAPS_NAME_RX.findall(_PARENTHESES_RX.sub(" ", question))
    return frozenset().union(*(subject_terms(n) for n in names if n not in _NOT_NAMES))


def _strictly_less(question: str, text: str) -> bool:
    """Whether a question asks for less than a number the text states exactly ("Is the RTO
    less than 8 hours?" and "the RTO is 8 hours")."""
    m = _LESS_THAN_RX.search(question)
    return m is not None and bool(re.search(rf"\b{m['n'] or m['n2']}\b", text))


# "less than 8 hours", "under 4", "more than 35 days", "longer than 90": not the number itself.
_LESS_THAN_RX = re.compile(
    r"\b(less|fewer|shorter|more|greater|longer)\s+than\s+(?P<n>\d+)|"
    r"\b(under|below|over|exceeds?)\s+(?P<n2>\d+)",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def _acts_stated(acts: frozenset[str], said: frozenset[str], text: str) -> bool:
    """Whether a text says each act (by its stem, or a word starting like it: "used" is a
    frame word, not a term)."""
    if not acts:
        return True
    words = said | set(_WORD_RX.findall(text.lower()))
    return all(any(t.startswith(v[:6]) for t in words) for v in acts)


def _active_predicate(question: str) -> frozenset[str]:
    """The term of what an active question asks the vendor does ("Do you watermark ...?":
    watermark), unless it is a light verb that leaves the saying to its object ("Do you
    conduct background checks?")."""
    m = _ACTIVE_RX.match(question)
    if m is None or m["verb"].lower() in _LIGHT_VERBS:
        return frozenset()
    return subject_terms(m["verb"])


_ACTIVE_RX = re.compile(
    r"\s*(?:(?:do|does|did)\s+(?:you|we|your\s+\w+|the\s+\w+)|"
    # "Can voters reuse their code?": what a group can do is its verb too.
    r"(?:can|could|may)\s+(?:your\s+\w+|the\s+\w+|[a-z]+s))\s+(?:\w+ly\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.I,
)
_LIGHT_TEXT = (
    "conduct carry undertake run employ apply offer allow permit keep hold follow operate "
    "get obtain make take give engage rely need want plan intend currently also subject"
)
_LIGHT_VERBS = frozenset(_LIGHT_TEXT.split())


_PASSIVE_RX = re.compile(
    # "been penetration tested": a noun may come before the verb, as an adverb may.
    r"\b(?:be|been)\s+(?:(?!\w+ed\b)\w+\s+)?(?P<verb>\w+ed)\b"
    r"(?P<more>(?:\s*(?:,|and|or)\s+\w+ed\b)*)",
    re.I,
)
# "Is the incident response plan reviewed and updated annually?": the first verb done to the
# subject, after a few of its words.
_ASKED_DONE_RX = re.compile(
    r"\s*(?:is|are|was|were)\s+(?:[\w.-]+\s+){1,5}?(?P<verb>\w+ed)"
    r"(?P<more>(?:\s*(?:,|and|or)\s+\w+ed\b)*)"
    # The verb, not an adjective before a noun ("Are automated tools used?"): what follows
    # it is the end, a preposition, an adverb or a coordinated verb.
    r"(?=\s*$|\s*[,;]|\s+(?:and|or|by|to|for|at|in|on|with|within|from|before|after|when|if|"
    r"upon|during|across|against|under|over|into|prior|using|through|via|every|each|per|once|"
    r"twice|\w+ly)\b)",
    re.I,
)
_ED_RX = re.compile(r"\b(\w+ed)\b", re.I)
_OR_VERB_RX = re.compile(r"\bor\b", re.I)
# Terms that scope a practice: another Trust Services category than the practice they
# qualify, or a kind of asset (a device or component class) the practice is asked of.
_ASSET_TEXT = (
    "firewall router switch laptop laptops workstation workstations desktop desktops endpoint "
    "endpoints mobile smartphone smartphones tablet tablets database databases email wireless "
    "wifi vpn api apis container containers kubernetes printer printers usb removable dns "
    "external externally internal internally critical high medium moderate low aws azure gcp "
    "single dual"
)
_SCOPE_MARKERS = frozenset(
    {"privacy", "inhouse", "outsourc"} | {_term(w) for w in _ASSET_TEXT.split()}
)
# Who or what a statement is about: people, environments, and the scopes above.
_SUBJECTS_TEXT = (
    "employee contractor contractors user users intern interns consultant consultants visitor "
    "visitors guest guests partner partners staging sandbox development preproduction uat"
)
_SUBJECT_CLASSES = _SCOPE_MARKERS | {_term(w) for w in _SUBJECTS_TEXT.split()}
# Who a practice is done by or for (not what is done): "new hires", "all personnel".
_POPULATION_TEXT = (
    "employee employees staff personnel workforce worker workers hire hires hired new starter "
    "starters joiner joiners "
    "contractor contractors member members individual individuals people person everyone"
)
_POPULATION = frozenset(_term(w) for w in _POPULATION_TEXT.split())
# Who does something, as terms: the groups and populations above (see `_doers`).
_DOER_TERMS = _GROUP_NOUN_TERMS | _POPULATION
# A part of a control's text that denies what it names: "are prohibited", "never stored".
_DENIAL_RX = Cue(
    # A quantity is no denial: "no longer needed", "no later than", "not more than".
    # Nor a compound: "the no-show forecast", "a no-reply address".
    r"\b(not|no)\b(?!-)(?!\s+(longer|later|more|less|fewer|sooner|only)\b)|"
    r"\b(never|cannot|prohibit\w*|forbid\w*|disallow\w*|banned|excluded)\b|n['’]t\b",
    # "no" finds "not" and "cannot" too; "n't" and "n’t" are "don't", "isn’t".
    ("no", "never", "prohibit", "forbid", "disallow", "banned", "exclud", "n't", "n’t"),
)
_PART_RX = re.compile(r"[;,.]\s|\sand\s|\sbut\s", re.I)


def covers_clauses(question: str, text: str) -> bool:
    """Whether `text` says something of every clause of the question that has a subject, and of
    what each names apart from the others ("recordings retained 90 days and face templates
    retained 90 days" needs the face templates said, not only "retained" and "90 days")."""
    said = subject_terms(text)
    parts = [t for t in map(subject_terms, clauses(question)) if t]
    if not all(terms & said for terms in parts):
        return False
    if len(parts) < 2 or not _AND_CLAUSES_RX.search(question):
        return True
    # Only clauses that ask the same of two things share words ("retained 90 days"); "managed
    # detection and response provider" is one thing cut in two.
    shared = frozenset().union(*(a & b for i, a in enumerate(parts) for b in parts[i + 1 :]))
    return not shared or all(
        not (own := terms - shared - _GENERAL_TERMS) or own & said for terms in parts
    )


# Two things asked alike, joined by "and": "recordings retained 90 days and face templates
# retained 90 days?", "are X and Y both encrypted?".
_AND_CLAUSES_RX = re.compile(r"\s(and|as\s+well\s+as)\s", re.I)


@lru_cache(maxsize=1 << 14)
def clauses(question: str) -> tuple[str, ...]:
    """The qualifying parts of a question: split at commas, semicolons and 'with/that/which'."""
    body = _PARENTHESES_RX.sub(" ", question.split("?")[0])
    return tuple(c for c in _CLAUSE_RX.split(body) if c.strip())


_CLAUSE_RX = re.compile(r"[,;]|\s(?:with|that|which|and)\s", re.I)


def stating_controls(
    question: str, controls: tuple[Control, ...], together: bool = True
) -> tuple[Control, ...]:
    """The control whose description states what the question asks, or (when `together`) two
    that state it together ("reviewed quarterly and revoked on termination"); () when none do.
    A control on the same criterion but another topic does not answer."""
    wanted = subject_terms(question)
    if not wanted:
        return ()
    index = _control_index(controls)
    # "Does your solution support SSO?" is about the product: a control on the vendor's own
    # workforce ("SSO for all workforce access") does not answer it.
    product = bool(_PRODUCT_RX.search(question))
    shared: dict[int, int] = {}
    for term in wanted:
        for i in index.by_term.get(term, ()):
            shared[i] = shared.get(i, 0) + 1
    scored = sorted(
        ((-n, index.ids[i], i) for i, n in shared.items() if not product or index.about_product[i])
    )
    near = [
        controls[i]
        for _, _, i in scored[:_PAIR_POOL]
        if _names_stated(question, subject_terms(controls[i].description))
    ]
    for control in near:
        if states(question, control.description) and not _said_apart_from_group(
            question, control.description
        ):
            return (control,)
    # Two controls together: only a question of several parts, each part stated by one of
    # them ("reviewed quarterly" by one, "and revoked upon termination" by the other), each
    # on the case the question sets ("For customers in the US region, ...": not one control
    # naming the US region and another the keys).
    if _case_words(question):
        near = [c for c in near if _about_case(question, c.description) is not None]
    if (
        not together
        or _MEANS_RX.search(question.split("?")[0])  # the act and its means in one control
        # "anything other than a first name and a time?": one thing set apart, not two parts.
        or _OUTSIDE_THING_RX.search(question)
        or len(near) < 2
        or len(wanted & (subject_terms(near[0].description) | subject_terms(near[1].description)))
        < STATED_SHARE * len(wanted)
    ):
        return ()
    parts = [
        p
        for p in _PARTS_RX.split(_PARENTHESES_RX.sub(" ", question.split("?")[0]))
        if subject_terms(p)
    ]
    if len(parts) < 2:
        return ()
    # Which parts each control states, worked out once per control, not once per pair.
    said = [[states(p, control.description, least=1) for p in parts] for control in near]
    for i, first in enumerate(near):
        for j in range(i + 1, len(near)):
            by_first, by_second = said[i], said[j]
            if (
                any(by_first)
                and any(by_second)
                and all(map(max, by_first, by_second))
                # On one subject: "an owner of the BCP" is not stated by a BCP control and a
                # change control's "approved by the product owner".
                and subject_terms(first.description)
                & subject_terms(near[j].description)
                & (wanted - _KEPT_TERMS - _FREQUENCY.keys() - _UNIT_TERMS) - numbers_in(question)
            ):
                return (first, near[j])
    return ()


_PARTS_RX = re.compile(r"[,;]|\s(?:and|with|that|which)\s", re.I)


@dataclass(frozen=True, slots=True)
class _ControlIndex:
    """The vendor's controls by subject term, worked out once per inventory."""

    ids: tuple[str, ...]
    by_term: dict[str, tuple[int, ...]]
    about_product: tuple[bool, ...]


_INDEXES: dict[int, tuple[tuple[Control, ...], _ControlIndex]] = {}


def _control_index(controls: tuple[Control, ...]) -> _ControlIndex:
    """The index of `controls`, cached by identity (an inventory's tuple lives for the run)."""
    cached = _INDEXES.get(id(controls))
    if cached is not None and cached[0] is controls:
        return cached[1]
    by_term: dict[str, list[int]] = {}
    for i, control in enumerate(controls):
        for term in subject_terms(control.description):
            by_term.setdefault(term, []).append(i)
    index = _ControlIndex(
        tuple(c.id for c in controls),
        {t: tuple(ix) for t, ix in by_term.items()},
        tuple(_about_product(c.description) for c in controls),
    )
    if len(_INDEXES) >= 8:
        _INDEXES.clear()
    _INDEXES[id(controls)] = (controls, index)
    return index


# The product as the subject of a question, and the words of a control about the product.
_PRODUCT_RX = Cue(
    r"\b(your|the)\s+(solution|application|app|product|platform|software|service|portal|tool)"
    r"('s)?\b",
    (
        "solution",
        "application",
        "app",
        "product",
        "platform",
        "software",
        "service",
        "portal",
        "tool",
    ),
)
_PRODUCT_WORDS_RX = re.compile(
    r"\b(customers?|tenants?|end[- ]users?|users?|application|product|platform|api|portal|"
    r"service)\b",
    re.I,
)
# Accounts in the product by their holders' role ("librarian accounts", "a local Labbook
# account"), where no word of the vendor's own workforce is said.
_ACCOUNTS_RX = re.compile(r"\baccounts?\b", re.I)
_WORKFORCE_RX = re.compile(
    r"\b(employees?|staff|workforce|engineers?|personnel|corporate|internal|production)\b", re.I
)


def _about_product(text: str) -> bool:
    """Whether a control speaks of the product its customers use, not the vendor's workforce."""
    return bool(
        _PRODUCT_WORDS_RX.search(text)
        or (_ACCOUNTS_RX.search(text) and not _WORKFORCE_RX.search(text))
    )


# How many of the nearest controls are tried in pairs (15 pairs).
_PAIR_POOL = 6


def _doc_states(question: str, text: str) -> bool:
    """A document's title and topics are short: they state a yes/no question only when they
    hold every specific term of it (a policy on "supply chain" is not one on hardware)."""
    wanted = subject_terms(question)
    if not wanted:
        # "Do you have a documented information security policy?" is all frame words: the
        # document's own title or topic, found whole in the question, states it.
        return True
    specific = wanted - _GENERAL_TERMS
    return states(question, text, least=1) and specific <= subject_terms(text)


def _covers(question: str, text: str) -> bool:
    return covers_clauses(question, text)


def from_document(question: str, docs: list[EvidenceDocument], form: Form) -> Signed:
    """A held document that states what the question asks (its title and topics hold its
    subject): Yes, with its title and sharing terms; internal documents are not named."""
    # `docs` name their title or a topic in the question as a whole phrase; each of the
    # question's clauses must still be on the document ("with a clear owner" too).
    test = _doc_states if form is Form.YES_NO else _covers
    docs = [
        d
        for d in docs
        if test(question, " ".join((d.title, *d.topics)))
        and same_kind(question, d.title)
        and not named_apart(question, d)
        and not kind_named_apart(question, d)
    ]
    if not docs:
        return NONE
    if leaves_part_out(question, docs):
        # "architecture diagrams ... for all components?" and a diagram whose title says
        # "(Mi Recibo not shown)": not the whole of it. For the reviewer, with the document.
        return Signed("", held_document(docs[0]), docs[0].id)
    shareable = [d for d in docs if d.sharing != "internal"]
    if not shareable:
        # Named by its kind ("a documented plan"), never by an internal title.
        kind = min(doc_kinds(docs[0].title), default="document")
        said = f"We maintain a documented {kind} on this (internal)."
        # Asked to hand it over: an internal document is not, so the cell is for the reviewer.
        return Signed("" if form is Form.REQUEST else "Yes", said, docs[0].id)
    # In the words the evidence uses for it, so that a response says it once.
    return Signed("Yes", held_document(shareable[0]), shareable[0].id)


# A question on the whole of something, and a title that says part of it is left out.
_WHOLE_ASK_RX = re.compile(r"\b(all|every|each|entire|full|complete|whole)\b", re.I)
_LEAVES_OUT_RX = re.compile(
    r"\b(not\s+(shown|included|covered|described|depicted)|excluding|excluded|except|omit\w*)\b",
    re.I,
)


def leaves_part_out(question: str, docs: Sequence[EvidenceDocument]) -> bool:
    """Whether a question asks for the whole of something and every document's title says part
    of it is left out ("... (Mi Recibo not shown)")."""
    return (
        bool(docs)
        and bool(_WHOLE_ASK_RX.search(question))
        and all(_LEAVES_OUT_RX.search(d.title) for d in docs)
    )


def asks_without_nda(question: str) -> bool:
    """Whether a question asks for something without a non-disclosure agreement ("Can you
    share your penetration test report without an NDA?")."""
    return _WITHOUT_NDA_RX.search(question) is not None


_WITHOUT_NDA_RX = re.compile(
    r"\bwithout\s+(an?\s+|any\s+)?(nda|non-?disclosure(\s+agreement)?|confidentiality\s+agreement)\b",
    re.I,
)


def kind_named_apart(question: str, doc: EvidenceDocument) -> bool:
    """Whether a request names the document by words before its kind that the document does
    not carry ("your EU AI Act conformity assessment" and a bias audit summary on the same AI
    feature: another assessment)."""
    m = _NAMED_KIND_RX.search(question)
    if m is None:
        return False
    asked = subject_terms(m["name"]) - _GENERAL_TERMS
    if not asked:
        return False
    said = subject_terms(" ".join((doc.title, *doc.topics)))
    return len(asked & said) < STATED_SHARE * len(asked)


# "your signed EU Data Processing Addendum": the words that name which one of its kind.
_NAMED_KIND_RX = re.compile(
    r"\b(?:your|the|our|a|an|its|any)\s+(?:(?:signed|completed|latest|current|recent|most\s+"
    r"recent|final|executed|annual|full|complete)\s+)*(?P<name>(?:[\w-]+\s+){1,4}?)"
    r"(?:assessments?|reports?|audits?|summar(?:y|ies)|plans?|polic(?:y|ies)|certificates?|"
    r"agreements?|addend(?:um|a)|cards?)\b",
    re.I,
)


def closer_withheld(
    ctx: Context, question: str, offered: Sequence[EvidenceDocument]
) -> EvidenceDocument | None:
    """A document of the inventory whose title names more of what a request asks than any
    offered, of the same kind, but not itself offered (a draft, an internal or a superseded
    one): the one asked for ("your EU Data Processing Addendum" and a general DPA beside an
    internal draft of the EU addendum). None when the offered ones match best."""
    asked = specific_terms(question)
    if not asked:
        return None

    def score(doc: EvidenceDocument) -> int:
        return len(asked & subject_terms(doc.title))

    best = max(map(score, offered), default=0)
    ids = {d.id for d in offered}
    return next(
        (
            d
            for d in ctx.inventory.documents
            if d.id not in ids and score(d) > best and same_kind(question, d.title)
        ),
        None,
    )


def same_kind(question: str, title: str) -> bool:
    """Whether a document is of the kind the question asks for: a test *report* on business
    continuity is not the business continuity *plan*, whatever its topics. True when the
    question or the title names no kind of document."""
    if lesser_document(question, title):
        return False
    asked, held = doc_kinds(question), doc_kinds(title)
    return not asked or not held or bool(asked & held)


def named_apart(question: str, doc: EvidenceDocument) -> bool:
    """Whether a request names a year, a version or a product the document is not of: "your
    2024 penetration test report" and one dated 2026, "version 4" and a v5 policy, "for the
    Tzofit Guard agent" and a test of Tzofit Scan."""
    said = " ".join((doc.title, *doc.topics))
    years = {int(y) for y in _YEAR_RX.findall(question)}
    if years:
        held = {int(y) for y in _YEAR_RX.findall(doc.title)} | (
            {doc.date.year} if doc.date is not None else set()
        )
        if not years & held:
            return True
    version = _VERSION_RX.search(question)
    if version is not None and not re.search(
        rf"\b(v|version\s*){re.escape(version['n'])}\b", said, re.I
    ):
        return True
    named = _FOR_NAME_RX.search(question)
    if named is not None:
        words = [w for w in named["name"].split() if w.lower() not in _DOC_NAME_STOPS]
        if any(not re.search(rf"\b{re.escape(w)}\b", said, re.I) for w in words):
            return True
    return False


_YEAR_RX = re.compile(r"\b((?:19|20)\d\d)\b")
_VERSION_RX = re.compile(r"\b(?:version|v)\s*(?P<n>\d+(?:\.\d+)*)\b", re.I)
# "for the Tzofit Guard runtime agent", "for Tzofit Copilot": a product named by capitals.
_FOR_NAME_RX = re.compile(
    r"\bfor\s+(?:the\s+|our\s+|your\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)


def other_document(question: str, doc: EvidenceDocument) -> bool:
    """Whether a question names a document by words its title and topics lack: "your Access
    Control Policy" is not the privacy policy, "your password policy" not the access control
    one."""
    m = _NAMED_DOC_RX.search(question)
    if m is None:
        return False
    words = _WORD_RX.findall(m["name"].lower())
    named: list[str] = []
    for word in reversed(words):
        if word in _DOC_NAME_STOPS:
            break
        named.append(word)
    have = set(_WORD_RX.findall(" ".join((doc.title, *doc.topics)).lower()))
    return bool(set(named) - have)


# The words before a kind of document name it: "your Access Control Policy".
_NAMED_DOC_RX = re.compile(
    r"(?P<name>(?:[A-Za-z][\w'-]*\s+){1,5}?)(?:policy|policies|plan|standard|procedure|"
    r"programme|program|playbook|runbook|charter|register|diagram)\b",
    re.I,
)
_DOC_NAME_STOPS_TEXT = (
    "please provide your our the a an of copy attach upload share submit send current latest "
    "most recent written documented formal approved and or any has have do you is there"
)
_DOC_NAME_STOPS = frozenset(_DOC_NAME_STOPS_TEXT.split())


def other_target(question: str, doc: EvidenceDocument) -> bool:
    """Whether a document is about another thing tested than the question names: a pen test
    letter on the desktop agent is not "a penetration test of your web application"."""
    asked = _TARGET_RX.findall(question.lower())
    held = _TARGET_RX.findall(" ".join((doc.title, *doc.topics)).lower())
    return bool(asked) and bool(held) and not set(asked) & set(held)


# What a test or assessment is of.
_TARGET_RX = re.compile(
    r"\b(web\s+app\w*|mobile\s+app\w*|desktop|agent|api|network|infrastructure|internal|"
    r"external|cloud|wireless|physical|social\s+engineering|ios|android|mobile)\b"
)


def lesser_document(question: str, title: str) -> bool:
    """Whether a document is part of what is asked for: "the full penetration test report"
    is not its executive summary or attestation letter."""
    return bool(_WHOLE_ASK.search(question) and _PART_DOC_RX.search(title))


_WHOLE_ASK = Cue(
    r"\b(full|complete|entire|whole|unredacted)\b",
    ("full", "complete", "entire", "whole", "unredacted"),
)
_PART_DOC_RX = re.compile(
    r"\b(summary|summaries|letter|excerpt|overview|attestation|redacted|highlights)\b", re.I
)


@lru_cache(maxsize=1 << 12)
def doc_kinds(text: str) -> frozenset[str]:
    """The kinds of document a text names ("plan", "policy", "report", ...)."""
    return frozenset(_DOC_KIND_OF.get(m.lower(), m.lower()) for m in _DOC_KIND_RX.findall(text))


_DOC_KIND_RX = re.compile(
    r"\b(plan|policy|policies|procedures?|standards?|programme|program|reports?|"
    r"certificates?|diagrams?|summary|summaries|register|inventory|agreements?|contracts?|"
    r"charter|playbooks?|runbooks?|assessments?|cards?|questionnaires?)\b",
    re.I,
)
# Plural and British spellings of a kind, to its one name (an assessment is a report of one).
_DOC_KIND_OF = {
    "assessment": "report",
    "assessments": "report",
    "policies": "policy",
    "procedures": "procedure",
    "standards": "standard",
    "programme": "program",
    "reports": "report",
    "certificates": "certificate",
    "diagrams": "diagram",
    "summaries": "report",
    "summary": "report",
    "agreements": "agreement",
    "contracts": "contract",
    "playbooks": "playbook",
    "runbooks": "runbook",
    "cards": "card",
    "questionnaires": "questionnaire",
}


def requested_items(question: str) -> tuple[str, ...]:
    """The things a request asks for, when it asks for several ("your ISO 27001 certificate and
    Statement of Applicability" → two); () when the question is not a request to provide."""
    m = _PROVIDE_RX.search(question.split("?")[0])
    if m is None:
        return ()
    body = _PARENTHESES_RX.sub(" ", question.split("?")[0][m.end() :])
    body = body.split(". ")[0]
    if _OR_RX.search(body):
        return ()  # alternatives ("a SOC 2 or an ISO certificate"): any one of them will do
    # "..., including the auditor's tests" qualifies the item before it; it is not another,
    # nor is an instruction beside the request.
    return tuple(
        p for p in _ITEM_SPLIT_RX.split(body) if subject_terms(p) and not _QUALIFIER_RX.match(p)
    )


def documents_stating(ctx: Context, item: str) -> list[EvidenceDocument]:
    """Held documents of the kind `item` names whose title and topics hold its specific words."""
    wanted = subject_terms(item) - _GENERAL_TERMS
    if not wanted:
        wanted = subject_terms(item)
    return [
        d
        for d in ctx.inventory.documents
        if wanted <= subject_terms(" ".join((d.title, *d.topics))) and same_kind(item, d.title)
    ]


# "Provide ...", "Can you provide ...", "Are you willing to share ...": what follows is asked for.
_PROVIDE_RX = re.compile(
    r"^\s*(?:please\s+)?(?:(?:can|could|will|would)\s+you\s+(?:please\s+)?|"
    r"are\s+you\s+(?:able|willing)\s+to\s+)?"
    r"(?:" + _HAND_OVER + r")\b(?:\s+(?:us|a\s+copy\s+of))?",
    re.I,
)
_QUALIFIER_RX = re.compile(
    r"\s*(including|incl|with|which|that|covering|for|if|where|when|such|e\.?g|i\.?e|as|from|"
    r"in|of|to|on|by|showing|describing|detailing|type|"
    # An instruction beside the request ("and confirm the opinion is unqualified") is no item.
    r"confirm|describe|explain|indicate|state|list|specify|identify|note|tell|let)\b",
    re.I,
)
_OR_RX = re.compile(r"\bor\b|\beither\b", re.I)
# Items of a list: "A, B and C", "A & B", "A as well as B", "A along with B".
_ITEM_SPLIT_RX = re.compile(r",|;|\s(?:and|&|as well as|along with|plus)\s", re.I)


def condition_added(question: str, approved: ApprovedAnswer) -> bool:
    """Whether a question adds to an approved one a condition that neither it nor its answer
    says: "cyber insurance covering ransomware?" to "Do you carry cyber insurance?" answered
    "Yes, NZD 5 million with Vero"; a qualifier after the thing asked ("that ...",
    "covering ...", "which ...", "with ...")."""
    words = _WORD_RX.findall(approved.question.split("?")[0])
    if not words:
        return False
    # The thing the approved question asks of, by its last word ("insurance"), and what the
    # question puts right after it.
    thing = re.search(rf"\b{re.escape(words[-1])}\b", question, re.I)
    if _names_added(question, approved):
        return True  # "Is your cyber insurance provided by Lloyd's?" and "... with Vörður"
    m = _CONDITION_RX.match(question, thing.end()) if thing else None
    if m is None:
        return False
    added = specific_terms(m["cond"]) - subject_terms(approved.question)
    return bool(added) and not added & subject_terms(approved.answer)


def _names_added(question: str, approved: ApprovedAnswer) -> bool:
    """Whether a question names an organisation or product (a capitalised name after its
    first word) that neither the approved question nor its answer names."""
    said = f"{approved.question} {approved.answer}".casefold()
    return any(
        m[0].casefold() not in said and m[0] not in _NOT_ORG_WORDS
        for m in _PROPER_NAME_RX.finditer(question, question.find(" ") + 1)
    )


_PROPER_NAME_RX = re.compile(r"\b[A-Z][a-z][\w'’&-]*")
# Capitalised words that name no one: report and framework words, months, days.
_NOT_ORG_WORDS = frozenset(
    [
        "Type",
        "Trust",
        "Services",
        "Criteria",
        "Security",
        "Availability",
        "Confidentiality",
        "Privacy",
        "Processing",
        "Integrity",
        "If",
        "Please",
        "Yes",
        "No",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
# A condition put on the thing asked: "covering ransomware", "that names customers as ...".
_CONDITION_RX = re.compile(
    r"\s*(?:covering|that|which|with|including|includ(?:es|ing)|for)\s+(?P<cond>[^?]{3,80})", re.I
)


def from_approved(answer_text: str) -> Signed:
    """The short answer an approved answer gives: Yes/No when it starts so, else its text."""
    text = answer_text.strip()
    said = polarity(text)
    if said is None:
        return Signed(text, text, "answer")
    return Signed("Yes" if said else "No", text, "answer")
