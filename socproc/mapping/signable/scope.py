"""What a question's words take in: a compound question cut in two, the act asked, the case the question sets, the organisation, role, system or plan it names."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from socproc.mapping.days import _MONTH_NUMBERS, DATED_CHANGE
from socproc.mapping.holdings import Context
from socproc.mapping.signable.narrower import _ANY_PEOPLE, _PEOPLE_KIND_RX, _SENTENCE_RX
from socproc.mapping.signable.subjects import (
    _FRAME_WORDS,
    _GENERAL_TERMS,
    _stem,
    _term,
    specific_terms,
    subject_terms,
)
from socproc.mapping.signable.vocab import _WORD_RX, STATED_SHARE, Cue, with_what_follows


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
    if not own:
        # "Compliance Associates LLC": a name only of a report's words is told by them.
        own = frozenset(w for w in words if w not in _FIRM_GENERIC and len(w) > 2)
    return own | {alias for alias in provider_names(name)[1:] if " " not in alias}


_ORG_GENERIC_TEXT = (
    "data center centers centre centres services service web cloud bank inc llc ltd limited "
    "corp corporation company the first national platform systems group technologies "
    "solutions and of n a na gmbh plc hosting online"
)
_FIRM_GENERIC = frozenset(_ORG_GENERIC_TEXT.split())
# Words a question on a report uses of its own ("Does your SOC 2 include the Privacy
# category?"): in a firm's name ("Atlantic SOC Partners") they tell it from no other.
_ORG_GENERIC = _FIRM_GENERIC | frozenset(
    [
        "soc",
        "iso",
        "pci",
        "partners",
        "partner",
        "associates",
        "audit",
        "audits",
        "assurance",
        "compliance",
        "availability",
        "confidentiality",
        "privacy",
        "processing",
        "integrity",
    ]
)


_OUR_REPORT_RX = re.compile(
    r"\b(your|our)\s+(\w+\s+){0,3}?(reports?|soc|audits?|attestations?|certifications?)\b", re.I
)


_SUBJECT_RX = re.compile(
    r"\s*(?:does|do|has|have|is|are|was|were|did|can|will)\s+(?:the\s+)?(?P<rest>.+)", re.I
)


def names_org(text: str, name: str) -> bool:
    """Whether a text names an organisation by its name or a short name ("AWS", "the AWS data
    centres" for Amazon Web Services; "Hetzner" for Hetzner Online GmbH)."""
    plain = _plain(text)
    names = set(provider_names(name))
    first = _plain(name).split(" ", 1)[0]
    if len(first) > 3 and first not in _COMMON_NAME_WORDS:
        names.add(first)  # "Hetzner" of "Hetzner Online GmbH"
    return any(re.search(rf"\b{re.escape(n)}\b", plain) for n in names if len(n) > 2)


# First words of organisations' names that are ordinary words ("Cloud Security Alliance").
_COMMON_NAME_WORDS = frozenset(
    [
        "cloud",
        "data",
        "global",
        "national",
        "first",
        "united",
        "general",
        "digital",
        "secure",
        "security",
        "network",
        "systems",
        "american",
        "european",
        "international",
        "north",
        "south",
        "east",
        "west",
        "central",
        "city",
    ]
)


def provider_names(name: str) -> tuple[str, ...]:
    """The ways a question may name an organisation: "Amazon Web Services, Inc." →
    ("amazon web services", "aws", "amazon aws", "amazon")."""
    plain = _plain(name)
    return (plain, *_PROVIDER_ALIASES.get(plain, ()))


def _plain(name: str) -> str:
    """A provider's name without punctuation or legal suffix: "Meridian Data Centers, LLC" →
    "meridian data centers"."""
    words = _WORD_RX.findall(name.casefold())
    while words and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


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


# The names of hosting providers a question may list besides the vendor's own.
_PROVIDER_NAMES = frozenset(
    [
        *_PROVIDER_ALIASES,
        *(a for aliases in _PROVIDER_ALIASES.values() for a in aliases),
        *_WELL_KNOWN_TEXT.split("|"),
    ]
)


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
    # "was suspended in January 2046 while the scanner is replaced", "has not restarted",
    # "is currently on hold" (not "accounts are suspended until the review ends").
    r"(was|were|has\s+been|have\s+been)\s+(\w+\s+)?(suspended|paused|halted|put\s+on\s+hold)\s+"
    r"(in|on|since|from)\s+((early|late|mid)[\s-]+)?(january|february|march|april|may|june|july|"
    r"august|september|october|november|december|(19|20)\d\d|q[1-4]|last)\b|"
    r"has\s+not\s+(yet\s+)?(restarted|resumed)\b|"
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
        "suspended",
        "paused",
        "halted",
        "on hold",
        "restarted",
        "resumed",
    ),
)


# Names listed after a name: ", Tug and Dues", " and Berth", "'s".
_NAME_LIST_AFTER_RX = re.compile(r"(?:,\s*|\s+(?:and|&)\s+)[A-Z]|'s\b")


# Not yet in place: planned, in progress, on a roadmap.
_FUTURE_RX = Cue(
    r"\b(plan(s|ned)?\s+to|planning\s+to|(is|are)\s+planned|planned\s+for|intends?\s+to|in\s+progress|under\s+way|underway|"
    # "we plan a chat assistant on Azure OpenAI in 2028"; "the next examination is in
    # fieldwork and we expect the report in September 2027"
    r"(we|they)\s+(also\s+)?plan\s+(an?|the|our|to)\b|in\s+fieldwork|"
    # "We are evaluating a managed detection service that would watch alerts around the clock".
    r"(are|is|am)\s+(currently\s+)?(evaluating|considering|exploring|investigating)\b|"
    r"we\s+expect\s+(the|our|it|to)\b|"
    r"roadmap|pencil+ed\s+in|not\s+yet(?!\s+(know|sure|certain|aware|clear)\b)|being\s+(implemented|rolled\s+out|deployed|introduced|drafted|developed|"
    r"written|prepared|built|established|created|defined|designed|finali[sz]ed|moved|migrated|"
    r"transitioned|upgraded|switched|onboarded)|pilot(ing)?|"
    # The go-live to come ("the IDS go-live is set for May", "DLP go-live: 2026-10-01", "due to
    # go live"), not a standing release ("updates go live on the first Monday of each month").
    r"\bto\s+go[- ]live\b|go[- ]live\s+(is\s+|was\s+)?(date|target|milestone|planned|scheduled|"
    r"set|due|expected)\b|go[- ]live\s*:\s*(?!completed|done|achieved|finished)(?=\w)|"
    r"go[- ]live\s+of\s+[^.;]{0,40}?\b(is\s+|was\s+)?(set|planned|scheduled|due|expected)\b|"
    r"go[- ]live\s+(is\s+|was\s+|has\s+been\s+)?(postponed|delayed|pushed\s+back|moved|"
    r"rescheduled|deferred)\b|"
    r"target(ed)?\s+(date|for)|planned\s+(\w+\s+)?(q[1-4]|20\d\d)|"
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
    # "From 2029-07-01 all new gateways will ship with firmware 5", "Effective 1 July 2029,
    # administrators will use hardware keys", "keys become mandatory on 07/01/2029": a change
    # on a day named (whether that day has come is `dated_start`'s).
    f"{DATED_CHANGE}|"
    r"afterwards\b[^.;]{0,20}\bwill|"
    # A plan of the past not said done: "were to be replaced in 2046", "was due to be retired".
    r"(?:was|were)\s+(?:(?:scheduled|due|supposed|meant|planned|expected)\s+)?to\s+be\s+(?:replaced|"
    r"retired|decommissioned|upgraded|migrated|removed|phased\s+out|moved|switched\s+off))\b",
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
        "pencil",
        "yet",
        "being",
        "pilot",
        "live",
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
        "becom",
        "effect",
        "commenc",
        "to be ",
    ),
    # "Pilot, Tug and Dues are published behind AWS WAF", "keys for Pilot": a product named
    # Pilot, not a trial ("Pilot deployments of passkeys", "a pilot" are).
    veto=lambda text, m: m[0] == "Pilot" and _pilot_named(text, m),
)


def _pilot_named(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised "Pilot" is a name: inside a sentence, or opening one as one of a
    list of names ("Pilot, Tug and Dues", "Pilot and Berth")."""
    opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".;:!?"
    return not opens or bool(_NAME_LIST_AFTER_RX.match(text, m.end()))


# Available rather than done: optional, on request, an add-on.
_OPTIONAL_RX = Cue(
    r"\b(optional(ly)?|(on|upon)\s+(\w+\s+)?request|add-?on|if\s+enabled|can\s+(be\s+)?enabled?|"
    r"can\s+(turn|switch)\s+([\w-]+\s+){0,3}?on\b|can\s+be\s+(turned|switched)\s+on\b|"
    r"can\s+choose\s+to|"
    r"(customers?|users?|tenants?|administrators?|admins?)\s+(can|may)\b(?!\s+(only|not|never))|"
    r"may\s+(?!only|not|never)(be\s+)?\w+|"
    r"opt[- ]in|at\s+(the\s+)?customer'?s\s+(option|discretion|request)|"
    # "a customer-enabled option and is off by default"
    r"(off|disabled|not\s+(enabled|on))\s+by\s+default|"
    r"must\s+be\s+(enabled|turned\s+on|switched\s+on|activated)|"
    r"(customers?|users?|tenants?|admin)[- ]enabled|an?\s+(\w+[- ])?option|"
    # "MFA is available to all staff accounts": on offer, not done.
    r"available\s+(to|for|on)|"
    # "a second factor is offered but is off unless the bidder turns it on".
    r"off\s+unless|unless\s+(the\s+)?\w+\s+turns?\s+it\s+on)\b",
    (
        "option",
        "request",
        "add",
        "enable",
        "discretion",
        "may",
        "can",
        "opt",
        "default",
        "availab",
        "unless",
    ),
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
        if (
            stem == "responsible"
            or not before.strip()
            or _RESPONSIBLE_FOR_RX.search(before)
            # "the court's IT staff install, patch and physically secure them"
            or _VERB_LIST_RX.fullmatch(before)
        ):
            return True
    return False


# Acts listed before the one asked, after the party's own people: "staff install, ", "team
# install and ".
_VERB_LIST_RX = re.compile(
    r"(?:(?:staff|team|teams|people|personnel|employees|technicians|engineers|administrators|"
    r"admins|department)\s+)?(?:[a-z]+(?:,|\s+and|\s+or)\s+){0,3}",
    re.I,
)


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
    r"subscribers?|merchants?|controllers?|filers?|courts?|city|cities|councils?|authorit(?:y|ies)|"
    r"agenc(?:y|ies)|municipalit(?:y|ies)|franchisees?|landlords?)\b(?!['’])",
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
    r"hospitals|clinics|libraries|members|buyers|employers|practices|courts?|city|cities|"
    r"councils?|authorit(?:y|ies)|agenc(?:y|ies)|municipalit(?:y|ies)|franchisees?|filers?)"
    r"(?:['’]s?(?:\s+\w+){1,2}?)?"
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


def _on_plan(text: str, name: str) -> list[str]:
    """The sentences of `text` that name a plan, each with what follows it after a semicolon
    and names nothing else ("On the Red plan, ... a key the school holds; we never have access
    to that key", not "...; Enterprise customers' data is encrypted")."""
    return with_what_follows(_SENTENCE_RX.split(text), lambda c: _names(c, name))


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
            text = " ".join(_on_plan(text, name))
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


def _stated_for_other_plans(question: str, text: str) -> bool:
    """Whether a sentence gives the act a question asks of one plan to other plans only:
    "Students sign in through SAML single sign-on on the Universitas and Konsorsium plans,
    and with email and password on the Fakultas plan" for "Can students on the Fakultas
    plan sign in with SAML SSO?". Each stretch of the sentence belongs to the plans named at
    its end; the stretch with most of the question's words, the later ones (what is done)
    weighing more than the earlier (who does it), is the one that answers. A text whose
    sentence most on the question names plans, none of them the one asked and not every plan
    ("Yes, SAML 2.0 on the Operations and Critical plans" for the Essentials plan), gives the
    act to those plans only."""
    asked = _PLAN_ASK_RX.search(question)
    if asked is None or not _PLANS_SAID_RX.search(text):
        return False
    name = asked["name"].lower()
    rest = question[: asked.start()] + " " + question[asked.end() :]
    order = {t: i + 1 for i, t in enumerate(_terms_in_order(rest))}
    sentences = _PLAN_SENTENCE_RX.split(text)
    if _closest_for_other_plans(sentences, order, name):
        return True
    for sentence in sentences:
        mentions = list(_PLANS_SAID_RX.finditer(sentence))
        if len(mentions) < 2:
            continue
        start, weights = 0, []
        for m in mentions:
            said = {t for t in _terms_in_order(sentence[start : m.start()])}
            plans = {n.lower() for n in _CAPITALISED_NAME_RX.findall(m["names"])}
            weights.append((sum(order.get(t, 0) for t in said), name in plans))
            start = m.end()
        best = max(w for w, _ in weights)
        top = [has for w, has in weights if w == best]
        if best and len(top) == 1 and not top[0]:
            return True
    return False


def _closest_for_other_plans(sentences: list[str], order: dict[str, int], name: str) -> bool:
    """Whether the one sentence weighing most on the question (see `_stated_for_other_plans`)
    names plans once, none of them `name`, and not every plan."""
    weights = [sum(order.get(t, 0) for t in _terms_in_order(s)) for s in sentences]
    best = max(weights, default=0)
    if not best or weights.count(best) > 1:
        return False
    closest = sentences[weights.index(best)]
    mentions = list(_PLANS_SAID_RX.finditer(closest))
    if len(mentions) != 1 or _EVERY_PLAN_ASK_RX.search(closest):
        return False
    return name not in {n.lower() for n in _CAPITALISED_NAME_RX.findall(mentions[0]["names"])}


def _terms_in_order(text: str) -> list[str]:
    """A text's subject terms in the order its words give them, each once."""
    seen: dict[str, None] = {}
    for word in text.split():
        for t in subject_terms(word):
            seen.setdefault(t, None)
    return list(seen)


_PLAN_SENTENCE_RX = re.compile(r"(?<=[.;])\s+")
# Plans named together: "on the Universitas and Konsorsium plans", "the Fakultas plan".
_PLANS_SAID_RX = re.compile(
    r"\b(?P<names>[A-Z][\w]+(?:(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)[A-Z][\w]+)*)[- ]"
    r"(?:plans?|tiers?|editions?)\b"
)
_CAPITALISED_NAME_RX = re.compile(r"[A-Z][\w]+")


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


_LIGHT_TEXT = (
    "conduct carry undertake run employ apply offer allow permit keep hold follow operate "
    "get obtain make take give engage rely need want plan intend currently also subject"
)


_LIGHT_VERBS = frozenset(_LIGHT_TEXT.split())


def _rest_set_apart(question: str, text: str) -> bool:
    """Whether a text says what it says of named parts and sets "the other products" apart
    ("Pull requests for PassPort and SkiSchool run static analysis; code for the other
    products is reviewed by a second developer only") while the question names none of those
    parts: what holds for some of them is not said of the whole."""
    m = _THE_OTHERS_RX.search(text) if "other" in text or "remaining" in text else None
    if m is None or _ALL_ASK_RX.search(question):
        # Asked of all of them, the parts are compared as the question asks ("all production
        # systems quarterly?" and "the other systems once a year": No).
        return False
    if not _LESSER_RX.search(re.split(r"[.;]", text[m.start() :], maxsplit=1)[0]):
        return False  # "backups of the other systems are encrypted too": the same practice
    named = _PART_NAME_RX.findall(text[: m.start()])
    return bool(named) and not any(_names(question, name) for name in named)


# "the other products", "all remaining modules", "the other two apps": the parts a text has not
# named, set apart from those it has.
_THE_OTHERS_RX = re.compile(
    r"\b(?:all\s+)?(?:the\s+)?(?:other|remaining)\s+(?:\w+\s+)?(?:products?|apps?|applications?|"
    r"services?|systems?|modules?|sites?|offices?|regions?|plans?|platforms?|repositories|repos|"
    r"codebases?|environments?|tools?)\b"
)
# What the other parts get instead: "only", "not", "but", "manually", "instead".
_LESSER_RX = re.compile(
    r"\b(only|not|no|never|but|instead|rather|except|without|manual(ly)?|by\s+hand|n['’]t)\b", re.I
)
_ALL_ASK_RX = re.compile(r"\b(all|every|each|any)\b", re.I)
# A capitalised name inside a sentence ("for PassPort and SkiSchool"), not its first word.
_PART_NAME_RX = re.compile(r"(?<=[a-z0-9,;:)]\s)[A-Z][\w-]*[a-z][\w-]*")


def _only_other(question: str, text: str) -> bool:
    """Whether a text limits what it says to one thing by "only" and the question asks of
    another after the same word ("trained only on licensed data" for "Do you train the model on
    customers' click logs?"): what is done only with one thing is not done with the other."""
    if "only" not in text:
        return False
    for m in _ONLY_PREP_RX.finditer(text):
        said = subject_terms(m["what"])
        asked = re.search(rf"\b{m['prep']}\s+(?P<what>[^?,;]+)", question, re.I)
        wanted = subject_terms(asked["what"]) - _GENERAL_TERMS if asked else frozenset()
        if said and wanted and not wanted & said:
            return True
    return False


# "only on licensed data", "only to our payment processor", "only from the EU".
_ONLY_PREP_RX = re.compile(
    r"\bonly\s+(?P<prep>on|to|from|with|via|through)\s+(?P<what>[^.;()]+)", re.I
)
