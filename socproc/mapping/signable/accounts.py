"""Answers on shared accounts: whether people sign in with one account, login, password or
PIN between them, read from what the controls admit in the vendor's own words."""

from __future__ import annotations

import re

from socproc.inventory.load import Control
from socproc.mapping.holdings import Context
from socproc.mapping.signable.caveats import _capitalised_names
from socproc.mapping.signable.negation import _DENIAL_RX, _FULL_STOP_RX
from socproc.mapping.signable.practices import _NOT_THERE_RX, _as_said
from socproc.mapping.signable.scope import _FUTURE_RX, _PAST_RX
from socproc.mapping.signable.stating import _TO_COME_RX
from socproc.mapping.signable.vocab import NONE, Signed


def shared_accounts(ctx: Context, question: str) -> Signed:
    """Whether shared accounts are in use, asked of the vendor's whole service ("Do you use
    shared or generic accounts anywhere in the service?", "Verify shared or default accounts
    are not present", "Can you confirm that no shared accounts exist in your environment?"),
    from a control that admits one: people who share one login, account, password or PIN
    ("the crew of each vessel share one Deck login", "one ward login shared by every
    screener", "a local maintenance account with the same password on every box"). Yes to
    the question whether they are used, No to the one that they are not. An admission is
    answered, never its absence: a control saying each person has their own account does not
    show that no other account is shared. NONE where the question is asked of a group, a
    system or a part the admission does not name, or where the admission is denied, past,
    planned, or a default each customer must change before use."""
    present = _PRESENT_ASK_RX.match(question)
    absent = None if present else _ABSENT_ASK_RX.match(question)
    asked = present or absent
    if asked is None or not _whole_service(question[asked.end() :]):
        return NONE
    if not _SHARED_KIND_RX.search(asked.group()):
        return NONE  # "Are default accounts used?": a default is not read here
    vendor = set(ctx.inventory.vendor.split())
    names = [w for w in _capitalised_names(question) if w not in vendor]
    for control in ctx.inventory.controls:
        for part in _FULL_STOP_RX.split(control.description):
            if _admits_shared(part) and all(re.search(rf"\b{re.escape(w)}\b", part) for w in names):
                return Signed("Yes" if present else "No", _as_said(control), control.id)
    return NONE


def _admits_shared(part: str) -> bool:
    """Whether a sentence admits a credential shared now: said shared or the same for many,
    and neither denied, ended, planned, a habit or choice in its own clause, nor gone, a rule,
    a detection or a default changed before use in the sentence."""
    for m in _SHARED_RX.finditer(part):
        start = part.rfind(";", 0, m.start()) + 1
        end = part.find(";", m.end())
        clause = part[start : end if end >= 0 else len(part)]  # "Until 2028 the crew shared ..."
        window = part[max(start, m.start() - 40) : m.end() + 30].split(";")[0]
        if not (
            _DENIAL_RX.search(window)
            or _NOT_THERE_RX.search(clause)
            or _PAST_RX.search(clause)
            or _FUTURE_RX.search(window)
            or _WAS_SHARED_RX.search(clause)
            or _TO_COME_RX.search(clause)
            or _OWN_OR_SSO_RX.search(clause)
            or _NOT_ADMITTED_RX.search(part)
            or _MAY_RX.search(clause)
            or _changed_before_use(part)
        ):
            return True
    return False


def _whole_service(tail: str) -> bool:
    """Whether what follows the credential asked names nothing narrower than the vendor's
    service ("anywhere in the service", "on any device or system in your service", "in your
    environment", "are not present (e.g. 'root')"): not a group, a system or a use ("to
    access production systems", "for referee assignors"). Names of products are checked
    against the admission instead."""
    tail = _ASIDE_RX.sub(" ", tail.split("?")[0])
    words = [w for w in _TAIL_WORD_RX.findall(tail) if not w[0].isupper() or w.isupper()]
    return all(w.lower() in _WHOLE_WORDS for w in words)  # "in the AWS environment": a part


_CREDENTIAL = (
    r"(?:accounts?|logins?|log-?ons?|credentials?|passwords?|passcodes?|PINs?|user\s*names?|"
    r"user\s*IDs?|sign-?ins?)"
    # not a rule about them: "the same password policy", "account lockout settings"
    r"(?![\s-]+(?:polic|rule|requirement|length|complexit|setting|standard|manager|vault|reset|"
    r"expir|hash|strength|format|change|rotation|lockout|management|provision|review|type|page|"
    r"url|screen|form|timeout|time-out|histor|depth|audit|record|data|attempt|limit|flow|portal|"
    r"domain|event|log)\w*)"
)
# Words between a sharing word and the credential, no preposition: "one shared local
# administrator account", not "shared responsibility for accounts".
_FILL = (
    r"(?:(?!(?:for|of|with|to|by|in|on|and|or|from|services|responsibility|model|drives?|"
    r"folders?|data|records?|audit|aws|azure|gcp|cloud|billing|subscription|bank|wi-?fi|wireless|"
    r"guest|network)\b)[\w'’\"“”-]+\s+)"
)
_KINDS = r"(?:shared|generic|group|common|default)"
_ASKED = rf"(?:any\s+)?{_KINDS}(?:\s*(?:,|or|and|and/or)\s*{_KINDS})*\s+(?:user\s+|admin\w*\s+)?{_CREDENTIAL}\b"

# Asked whether they are used: "Do you use any shared user accounts", "Are shared logins used",
# "Is there a shared password", "Do any of your systems use a shared login", "Have you ever
# used shared accounts".
_PRESENT_ASK_RX = re.compile(
    r"\s*(?:(?:do|does)\s+(?:you|any\s+of\s+your\s+(?:systems|products|services|devices|"
    r"applications|apps|platforms|environments|tools)|your\s+(?:service|systems?|products?|"
    r"environment|platform|solution|organi[sz]ation|company))\s+(?:currently\s+|still\s+)?"
    r"(?:use|have|allow|permit|rely\s+on)\s+(?:an?\s+|any\s+)?|(?:are|is)\s+(?:any\s+|an?\s+)?|"
    r"(?:are|is)\s+there\s+(?:any\s+|an?\s+)?|have\s+you\s+ever\s+used\s+(?:an?\s+|any\s+)?)"
    + _ASKED,
    re.I,
)
# Asked that there are none: "Verify shared or default accounts are not present", "Can you
# confirm that no shared accounts exist", "Confirm there are no shared logins".
_ABSENT_ASK_RX = re.compile(
    r"\s*(?:(?:can|could|will)\s+you\s+)?(?:please\s+)?(?:verify|confirm|attest|certify)\s+"
    r"(?:that\s+)?(?:there\s+are\s+)?(?:(?:no\s+)?"
    + _ASKED
    + r"(?=\s+(?:are|is)\s+not\b)|no\s+"
    + _ASKED
    + r")",
    re.I,
)
_SHARED_KIND_RX = re.compile(r"\b(?:shared|generic|group|common)\b", re.I)
_ASIDE_RX = re.compile(r"\([^)]*\)|\"[^\"]*\"|“[^”]*”")
_TAIL_WORD_RX = re.compile(r"[\w'’-]+")
# Words that keep a question about the whole service.
_WHOLE_WORDS = frozenset(
    [
        "anywhere",
        "at",
        "all",
        "in",
        "on",
        "with",
        "across",
        "for",
        "within",
        "any",
        "of",
        "your",
        "the",
        "our",
        "service",
        "services",
        "environment",
        "environments",
        "system",
        "systems",
        "product",
        "products",
        "device",
        "devices",
        "platform",
        "platforms",
        "solution",
        "solutions",
        "organization",
        "organisation",
        "company",
        "infrastructure",
        "or",
        "and",
        "that",
        "which",
        "process",
        "processes",
        "store",
        "stores",
        "handle",
        "handles",
        "data",
        "are",
        "is",
        "not",
        "present",
        "exist",
        "exists",
        "used",
        "use",
        "in-use",
        "enabled",
        "currently",
        "today",
        "still",
        "access",
        "to",
        "by",
    ]
)

# Devices many people use, and the groups or places one credential is said to be for.
_DEVICES = (
    r"(?:tablets?|handhelds?|terminals?|pcs?|computers?|kiosks?|devices?|ipads?|phones?|tills?|"
    r"scanners?|consoles?|workstations?)"
)
_GROUP = (
    r"(?:crew|shift|team|depot|warehouse|ward|shop|store|station|site|branch|office|desk|"
    r"counter|boat|vessel|truck|clinic|lab|laboratory|section|post|gang|stall|kiosk|room|floor|"
    r"location|department|school|court)"
)
# A credential shared: "shared local administrator account", "share one crew login", "one
# ward login shared by every screener", "one login that all staff of the ward use", "all
# gateways sign in with a single warehouse login", "the same password on every box".
_SHARED_RX = re.compile(
    r"\bshared\s+(?!(?:one|a|an|the|their|his|her|its|our|single|two|three)\b)"
    rf"{_FILL}{{0,3}}?{_CREDENTIAL}\b|"
    rf"\b{_CREDENTIAL}\b[^.;]{{0,60}}?\bshared\s+(?:by|among|between)\b|"
    r"\bshar(?:e|es)\s+(?:an?\s+|one\s+|the\s+same\s+|a\s+single\s+|single\s+)"
    rf"{_FILL}{{0,4}}?{_CREDENTIAL}\b|"
    rf"\b(?:one|a\s+single|single|the\s+same)\s+{_FILL}{{0,4}}?{_CREDENTIAL}\b"
    r"[^.;]{0,80}?\b(?:that|which)\s+(?:[\w'’-]+\s+){0,6}?(?:all|every|whole)\b[^.;]{0,40}?"
    r"\b(?:share|shares|use|uses|know|knows)\b|"
    # "All driver tablets at a depot sign in with one depot PIN", "the shop's one PIN"
    rf"\b(?:all|every)\s+(?:[\w'’-]+\s+){{0,3}}?{_DEVICES}\b[^.;]{{0,60}}?\bsign(?:s|ed)?\s+in\b"
    r"[^.;]{0,40}?\bwith\s+(?:the\s+[\w'’-]+\s+)?(?:one|a\s+single|the\s+same)\s+"
    rf"{_FILL}{{0,3}}?{_CREDENTIAL}\b|"
    r"\b(?:all|every)\b[^.;]{0,60}?\bsign(?:s|ed)?\s+in\b[^.;]{0,40}?\bwith\s+"
    rf"(?:the\s+[\w'’-]+['’]s\s+one|(?:one|a\s+single|the\s+same)\s+{_GROUP})\s+{_FILL}{{0,2}}?"
    rf"{_CREDENTIAL}\b|"
    rf"\bthe\s+same\s+{_FILL}{{0,4}}?{_CREDENTIAL}\b[^.;]{{0,40}}?\b(?:on|at|in|for|across)\s+"
    r"(?:all|every)\b|"
    rf"\b{_CREDENTIAL}\b[^.;]{{0,80}}?\b(?:is|are)\s+(?:also\s+)?the\s+same\s+(?:on|at|in|for|across)\s+"
    r"(?:all|every)\b|"
    r"\b(?:every|all|each)\b[^.;]{0,60}?\b(?:has|have|share|ships?\s+with|comes?\s+with|accepts?|uses?)\s+the\s+same\s+"
    rf"{_FILL}{{0,4}}?{_CREDENTIAL}\b",
    re.I,
)
# Gone, or a rule, a detection, a customer's own choice, or a system's: "we got rid of the
# shared login", "sharing a login is a disciplinary offence", "the SIEM alerts when two people
# share one login", "customers' staff often share one login", "servers use the same service
# account".
_NOT_ADMITTED_RX = re.compile(
    r"\b(?:got\s+rid\s+of|phased\s+out|did\s+away\s+with|abolish\w*|scrapp\w*|withdr[ae]w\w*|"
    r"disciplin\w*|offen[cs]es?|violat\w*|breach\s+of|alerts?|detect\w*|flag\w*|"
    r"advis\w*\s+against|discourag\w*|against\s+(?:policy|the\s+rules))\b|"
    r"\b(?:who|that|when|if|whenever|where)\s+(?:\w+\s+){0,2}share\b|"
    r"\b(?:servers?|systems?|services?|jobs?|applications?|apps?|integrations?)\s+(?:\w+\s+){0,2}?"
    r"(?:use|share|run\s+under)\s+the\s+same\b",
    re.I,
)
# A choice or a habit in the clause: "customers' staff often share one login", "that all its
# staff can use", "if they choose".
_MAY_RX = re.compile(
    r"\b(?:often|usually|sometimes|can|could|may|might|if\s+they\s+(?:choose|wish|want))\b", re.I
)
# Said of a time past: "the crew shared one login until March", "were shared".
_WAS_SHARED_RX = re.compile(r"\b(?:was|were|had\s+been|used\s+to)\b", re.I)
# A default to be changed before use: "must be changed at first sign-in", "the installing
# customer must change it at commissioning" (not "asked, but not required, to change it").
_CHANGED_BEFORE_USE_RX = re.compile(
    r"\b(?:must|required\s+to|forced\s+to|has\s+to|have\s+to)\s+(?:be\s+)?chang\w*\b|"
    r"\b(?:chang\w*|reset\w*|replac\w*|sets?\s+(?:a|an)\s+(?:unique|individual|new|different|own)"
    r")\s+(?:\w+\s+){0,4}?(?:at|on|during|before)\s+"
    r"(?:the\s+)?(?:site|first|install\w*|commission\w*|set-?up|deploy\w*|activation)\b",
    re.I,
)
# Only asked to change it, or left to the customer: "installers are asked, but not required,
# to change it", "the installing customer must change it at commissioning".
_ONLY_ASKED_RX = re.compile(
    r"\b(?:asked|told|advised|recommended|encouraged|invited|expected|should|customers?|"
    r"clients?|tenants?|buyers?)\b",
    re.I,
)


def _changed_before_use(part: str) -> bool:
    """Whether a sentence has a shared default changed before use ("which our engineers reset
    on installation", "installers set a unique one on site"), not only asked to be."""
    return bool(_CHANGED_BEFORE_USE_RX.search(part)) and not _ONLY_ASKED_RX.search(part)


# Each one's own or one sign-on said beside it: "with their own login", "a personal PIN",
# "a single sign-on account that all staff use", "the one login every application accepts".
_OWN_OR_SSO_RX = re.compile(
    rf"\b(?:personal|individual|named|unique|(?:their|his|her)\s+own)\s+{_FILL}{{0,2}}?"
    rf"{_CREDENTIAL}\b|\bsingle[\s-]+sign[\s-]*on\b|\bsso\b|\bidentity\s+provider\b|"
    r"\bfederat\w*|\b(?:all|every)\s+(?:[\w'’-]+\s+){0,3}?(?:applications?|apps?|systems?|"
    r"services?|tools?|products?)\b",
    re.I,
)


def mfa_offered(ctx: Context, question: str) -> Signed:
    """Yes to whether the application supports multi-factor authentication for its users
    ("For customers not using SSO, does your application and/or user frontend/portal support
    multifactor authentication?") where a control offers its users a second factor in any
    words ("an authenticator-app code is optional", "users can turn on a one-time code by
    SMS", "two-step verification is available for Planner accounts"). NONE where no control
    does, where one denies it to its users, where the second factor is only the identity
    provider's behind single sign-on, or where it is only the vendor's own staff's or to come."""
    if not _MFA_SUPPORT_ASK_RX.search(question):
        return NONE
    offered: Control | None = None
    for control in ctx.inventory.controls:
        for sentence in _FULL_STOP_RX.split(control.description):
            for clause in re.split(r";\s*|,\s+(?:and|but)\s+|\s+but\s+", sentence):
                if (
                    _STAFF_ONLY_RX.search(clause)
                    or _STAFF_SUBJECT_RX.match(clause)
                    or (_STAFF_WORD_RX.search(clause) and not _CUSTOMER_SIDE_RX.search(clause))
                ):
                    continue  # "Support agents must enter a one-time code": the vendor's people
                if _NO_FACTOR_RX.search(clause):
                    return NONE  # "Examen students sign in with a password only": not all
                if not _SECOND_FACTOR_RX.search(clause) or not _USERS_RX.search(sentence):
                    continue
                if _PARTLY_RX.search(clause):
                    return NONE  # "MFA is available for enterprise customers only"
                if _THROUGH_SSO_RX.search(clause) or _OTHER_USE_RX.search(clause):
                    continue  # the identity provider's, or a code for a reset or a new device
                said = _CANNOT_BE_OFF_RX.sub(" required ", clause)
                if _DENIAL_RX.search(said):
                    if _PEOPLE_RX.search(clause):
                        return NONE  # "Site app users ... have no multi-factor option": not all
                    continue
                if (
                    _OFFERED_RX.search(said)
                    and not _FUTURE_RX.search(clause)
                    and not _PAST_RX.search(clause)
                    and not _TO_COME_RX.search(clause)
                ):
                    offered = offered or control
    return NONE if offered is None else Signed("Yes", _as_said(offered), offered.id)


# Support of multi-factor authentication asked of the application: "does your application
# and/or user frontend/portal support multifactor authentication", "If you don't support SSO,
# does your application ... support multi-factor authentication?".
_MFA_SUPPORT_ASK_RX = re.compile(
    r"\b(?:does|do)\s+(?:your|the)\s+(?:application|product|solution|service|platform|portal|"
    r"app|software)(?:\s+and/or\s+user[- ]frontend/portal)?\s+support\s+(?:multi-?factor|"
    r"two-factor|2fa|mfa|two-step)(?:\s+(?:authentication|verification))?(?:\s+\(mfa\))?\s*"
    r"(?:\((?:e\.g\.|for\s+example)[^)]*\))?\s*\?\s*(?:\((?:e\.g\.|for\s+example)[^)]*\)\s*)?$",
    re.I,
)
# A second factor in any words.
_SECOND_FACTOR_RX = re.compile(
    r"\b(?:multi-?factor|two-?factor|2fa|mfa|two-step|second\s+factor|one-time\s+(?:code|"
    r"password|passcode|pin)s?|authenticator[- ]apps?|totp|security\s+keys?|passkeys?|"
    r"hardware\s+keys?|yubikeys?|(?:sms|text[- ]message)\s+(?:one-time\s+)?codes?|codes?\s+(?:sent\s+)?"
    r"by\s+(?:sms|text(?:\s+message)?))\b",
    re.I,
)
# "which cannot be turned off", "they cannot opt out": required, no denial.
_CANNOT_BE_OFF_RX = re.compile(
    r"\b(?:cannot|can\s*not|can['’]t)\s+(?:be\s+)?(?:turn(?:ed)?|switch(?:ed)?)\s+(?:it\s+|this\s+)?off\b|"
    r"\b(?:cannot|can['’]t)\s+opt\s+out\b",
    re.I,
)
# People who use the application, by name (a denial of theirs counts): not "accounts".
_PEOPLE_RX = re.compile(
    r"\b(?:customers?|clients?|end[- ]users?|users?|members?|plans?|tenants?|guardians?|"
    r"patients?|students?|parents?|subscribers?|holders?|owners?|ratepayers?|investors?)\b",
    re.I,
)
# Offered to users, whether or not they must: "is optional", "is available", "can turn on",
# "offers", "must use", "is required".
_OFFERED_RX = re.compile(
    r"\b(?:available|offered|offers?|optional|optionally|supported|supports?|enabled|required|"
    r"requires?|compulsory|mandatory|enforced|must\s+(?:also\s+)?(?:use|enter|confirm|type|provide|"
    r"add)|can\s+(?:turn|switch|enable|add|set|"
    r"require|choose|opt|use|make)|may\s+(?:turn|switch|enable|add|choose|opt)|can\s+be\s+"
    r"(?:turned|switched|enabled|required|added|used)|"
    r"turns?\s+(?:it\s+)?on)\b",
    re.I,
)
# The application's users: customers, members, the people a plan or a product signs in.
_USERS_RX = re.compile(
    r"\b(?:customers?|clients?|end[- ]users?|users?|members?|plans?|tenants?|guardians?|"
    r"patients?|students?|parents?|subscribers?|accounts?|logins?|brands?|clinics?|councils?|"
    r"schools?)\b",
    re.I,
)
# The vendor's own people or systems: "our engineers", "administrator access to production".
_STAFF_ONLY_RX = re.compile(
    r"\b(?:our|all\s+our|its)\s+(?:own\s+)?(?:staff|employees|engineers|administrators|admins|"
    r"workforce|personnel|developers|team)\b|\b(?:employees|workforce|personnel)\b|"
    r"\b(?:production|vpn|aws|azure|gcp|google\s+cloud|cloud\s+console|google\s+workspace|"
    r"microsoft\s+365|office\s+365|okta|entra)\b",
    re.I,
)
# A second factor that is the identity provider's, behind single sign-on.
_THROUGH_SSO_RX = re.compile(
    r"\b(?:single\s+sign-?on|sso|saml|openid|oidc|identity\s+provider|idp)\b", re.I
)
# Staff words: the vendor's administrators, agents, engineers, back office, unless a customer's.
_STAFF_WORD_RX = re.compile(
    r"\b(?:administrators?|admins?|agents?|engineers?|staff|operators?|back[- ]office|internal|"
    r"support\s+team|technicians?)\b",
    re.I,
)
# The vendor's people as the subject: "Support agents must enter ...", "Engineers must use".
_STAFF_SUBJECT_RX = re.compile(
    r"\s*(?:the\s+|our\s+|all\s+(?:our\s+)?)?(?:support\s+)?(?:administrators?|admins?|agents?|"
    r"engineers?|staff|operators?|technicians?|employees)\b",
    re.I,
)
_CUSTOMER_SIDE_RX = re.compile(
    r"\b(?:customers?['’]?s?|clients?['’]?s?|tenants?['’]?s?|members?|subscribers?|plans?|brands?|"
    r"municipalit\w+|schools?|clinics?|councils?|resorts?|leagues?|utilit\w+|museums?|"
    r"laborator\w+|warehouses?|practices?|mills?|estates?)\b",
    re.I,
)
# Offered to some only, on request, at a fee, or one factor alone for some.
_PARTLY_RX = re.compile(
    r"\bonly\b|\balone\b|\bon\s+request\b|\bfees?\b|\bbeta\b|\bpreview\b|\bpilot\w*\b|"
    r"\blacks?\b|\bdeprecat\w*|\bretir\w*|\bremoved\b|\bwithdrawn\b|\bdiscontinu\w*|"
    r"\badding\b|\bonce\b|\bships?\b|\bisn['’]t\b|\bnot\s+offered\b",
    re.I,
)
# A code for another use than a second factor at sign-in, or the only factor: a reset, a
# recovery, a new device, an export, an API key, a notification, instead of a password.
_OTHER_USE_RX = re.compile(
    r"\b(?:instead\s+of|in\s+place\s+of|passwordless|only\s+credential|without\s+a\s+password|"
    r"resets?|recover\w*|new\s+device|verify\s+the\s+device|exports?|approve|api\s+keys?|"
    r"notifications?|magic\s+links?|directory|enforced\s+by\s+the\s+customer|their\s+own\s+"
    r"(?:directory|identity))\b",
    re.I,
)
_NO_FACTOR_RX = re.compile(
    r"\b(?:passwords?|pins?|api\s+keys?)\s+(?:only|alone)\b|\bno\s+(?:multi-?factor|two-?factor|2fa|mfa|second\s+factor)\b|\bwithout\s+(?:a\s+)?"
    r"(?:multi-?factor|two-?factor|2fa|mfa|second\s+factor)\b",
    re.I,
)
