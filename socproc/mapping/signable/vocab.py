"""The vocabulary the answer rules share: the `Cue` pattern, the question's `Form`, the `Signed` answer, the synonym table, and the cue patterns several subjects read."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Cue:
    """A pattern searched only when the lowered text holds one of its key substrings: most
    questions hold none, and a substring test costs a fraction of a regex search."""

    __slots__ = ("keys", "rx", "veto")

    def __init__(
        self,
        pattern: str | re.Pattern[str],
        keys: tuple[str, ...],
        veto: Callable[[str, re.Match[str]], bool] | None = None,
    ):
        self.rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.I)
        self.keys = keys
        # A match its context takes back ("without MFA" after "nobody can"): the next is tried.
        self.veto = veto

    def search(self, text: str) -> re.Match[str] | None:
        if not any(map(text.lower().__contains__, self.keys)):
            return None
        m = self.rx.search(text)
        while m is not None and self.veto is not None and self.veto(text, m):
            m = self.rx.search(text, m.end())
        return m


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
    r"\b(of|for)\s+(the\s+|your\s+|its\s+)?(parent|subsidiar\w*|affiliates?)\b|"
    # One doing something for the vendor: "Name of the company that hosts your data", "the
    # company hosting your data", "the firm responsible for your backups", "to which you
    # outsource payroll", "the firm which performed the penetration test" (not "the company
    # completing this questionnaire", "that holds the contract", "that processes personal
    # data on our behalf").
    r"\b(company|companies|firm|organi[sz]ation|provider|vendor|supplier|business|entity|party|"
    r"partner|contractor)\s+(((that|which|who|whose)\s+|[a-z]+ing\s+|(responsible\s+for|used\s+to|"
    r"engaged\s+to|contracted\s+to|hired\s+to)\s+)([\w-]+\s+){0,6}?(your|you)\b|(that|which|who)\s+"
    r"(performed|conducted|carried\s+out|audited|audits|insures|underwrites|hosts)\b|"
    r"to\s+which\s+you\b)|"
    # "Penetration Test Vendor Name", "Backup Provider Name" (not "Vendor Name", "Company Name").
    r"\b(?!(?:vendor|company|legal|registered|trading|business|supplier|your|the|parent|full|"
    r"official|corporate|of|solution|service|product|software|platform|saas|application|system)\b)"
    r"[a-z][\w-]*\s+(provider|vendor|company|firm|partner|processor|host)"
    r"['’]?s?\s+name\b",
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
    "method methods tool tools designed intended vended ever feature features functionality "
    "application applications platform platforms"
)


# What was thought of and not done: "have not done so (yet)", "considered ... but did not",
# "evaluated OpenVPN but chose a zero-trust proxy instead".
NOT_DONE_SO_RX = re.compile(
    r"\b(?:have|has|had|did)\s+not\s+(?:yet\s+)?done\s+so\b|"
    r"\b(?:considered|evaluated|explored|discussed|thought\s+about|looked\s+into|"
    r"investigated)\b[^.;]{0,80}?\b(?:but|and)\s+(?:(?:it|they|this|that)\s+)?"
    r"(?:(?:have|has|had|did|was|were|is|are)\s+not|not\s+(?:yet\s+)?\w+ed|never|rejected|"
    r"decided\s+against|postponed|"
    r"chose\s+[^.;]{0,60}?\binstead)\b",
    re.I,
)


def with_what_follows(sentences: list[str], on_it: Callable[[str], bool]) -> list[str]:
    """The sentences `on_it` keeps, each with the clauses after its semicolon that go on with
    it ("On the Red plan, ... a key the school holds; we never have access to that key")."""
    kept: list[str] = []
    going = False
    for s in sentences:
        going = on_it(s) or (going and _goes_on(kept[-1], s))
        if going:
            kept.append(s)
    return kept


def _goes_on(before: str, clause: str) -> bool:
    """Whether a clause after a semicolon goes on with what the one before speaks of: it names
    nothing of its own (no capitalised name: "we never have access to that key", not
    "Enterprise customers' data is encrypted", "SSO is available on Enterprise"), nor others
    ("on other plans it is not")."""
    return (
        before.rstrip().endswith(";")
        and not _OWN_NAME_RX.search(clause)
        and not _OTHERS_RX.search(clause)
    )


_OWN_NAME_RX = re.compile(r"\b[A-Z][\w-]*")
_OTHERS_RX = re.compile(r"\b(?:other|another|remaining|rest)\b", re.I)


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
            # a code from an authenticator app, or a second step at sign-in, is a second factor
            # (not an authenticator app or a second step for anything else: approving a claim)
            "authenticator app code",
            "authenticator app codes",
            "second step at sign in",
            "second step when signing in",
            "second step at login",
            "second step at log in",
            "second sign in step",
            "authenticator app push",
            # A second factor by its kind: a hardware key is multi-factor sign-in.
            "hardware security keys",
            "hardware security key",
            "fido2",
            "phishing resistant",
        ),
    ),
    ("sso", ("single sign on", "single signon", "sso", "saml", "saml2", "oidc", "openid")),
    (
        "waf",
        (
            "web application firewall",
            "web application firewalls",
            "waf",
            "application layer firewall",
            "application layer filtering",
        ),
    ),
    ("dlp", ("dlp", "data loss prevention", "data leak prevention", "data leakage prevention")),
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
    (
        "bcp",
        (
            "business continuity plan",
            "business continuity plans",
            "business continuity",
            "bcp",
        ),
    ),
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
    # A check of a person's past before hiring, in other words: vetting (a criminal record
    # check is one kind of it, so not the same: its denial denies no other check).
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
    (
        "offsite",
        (
            "secondary site",
            "second data center",
            "secondary data center",
            "second data centre",
            "secondary data centre",
        ),
    ),
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
    (
        "employee",
        (
            "employees",
            "employee",
            "personnel",
            "staff",
            "workforce",
            "workers",
        ),
    ),
    # A fleet of laptops is the laptops (a vehicle fleet is another thing).
    ("laptop", ("laptop fleet", "laptops fleet", "fleet of laptops", "laptop estate")),
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
        (
            "remediated",
            "remediate",
            "remediates",
            "remediation",
            "fixed",
            # the verbs a buyer asks with ("Do you patch critical vulnerabilities within 14
            # days?"), not "security patches" or "patching", which may be a vendor's updates
            "fix",
            "patched",
            "patch",
            "resolved",
        ),
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
        # A choice asked ("Can an agency opt out of ...?") is said or not: what is done to all
        # says nothing of whether one can refuse it.
        "optout",
        # "Is dashcam video backed up?" is not said by where the video is stored.
        "backup",
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


def plain_numbers(text: str) -> str:
    """A text with its numbers' thousands separators dropped ("1,095 days" → "1095 days",
    "USD 2,500,000" → "USD 2500000"), so that a comma inside a number splits no clause and
    no number in two."""
    if "," not in text:
        return text
    return _THOUSANDS_RX.sub(lambda m: m[0].replace(",", ""), text)


# "1,095", "2,500,000": separators between thousands, not between two listed numbers ("1, 2").
_THOUSANDS_RX = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


# The share of a question's subject words a control or document must state.
STATED_SHARE = 0.6


def days_in(count: float, unit: str, calendar: bool = False) -> float:
    """A time told in a unit ("13 months", "1.5 years", "26 weeks"), in days, as
    questionnaires count: a month is 30 days and twelve months a year of 365, so that "90
    days" is "3 months" and "12 months" is "365 days", while "13 months" (395 days) falls
    short of "400 days". Compared with months or years (`calendar`), weeks by the quarter
    count as the months they make ("26 weeks" is "6 months", "52 weeks" a year); "4 weeks"
    stays 28 days, short of a month."""
    key = unit.lower().replace("business ", "").replace("working ", "").rstrip("s")
    if key == "week" and calendar and count and count % 13 == 0:
        key, count = "month", count / 13 * 3
    if key in ("month", "year"):
        months = count * 12 if key == "year" else count
        years, rest = divmod(months, 12)
        return years * 365 + rest * 30
    return count * _DAYS_IN[key]


_DAYS_IN = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0}


# A time told in months or years and one in days may be a day apart and be the same time
# asked ("a month" and "31 days"): a month is 30 or 31 days.
CALENDAR_SLACK_DAYS = 1.0
