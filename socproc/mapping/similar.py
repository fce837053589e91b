"""SimilarIndex: the same question in other words, by concept-normalised TF-IDF cosine.

Buyers never use the vendor's wording, so reuse across questionnaire families compares what a
question is about, not its letters: domain phrases become one concept ("two-factor", "2FA",
"multifactor" → mfa; "in transport", "TLS" → in-transit), the remaining words are stemmed,
and each term is weighted by how rare it is in the library (IDF); what a question only gives
as an example (a bracket, "such as ...", "e.g. ...") or a leading condition ("If you don't
support SSO, ...") counts less and raises no contrast, and so, lower still, does what an entry's
approved answer says (the vendor's own words for the subject: "hosted on AWS"). An
inverted index keeps a query's cost to the entries that share a rare term with it, and a search
is remembered by its text (questionnaires repeat wordings). Two vetoes keep look-alikes apart:
a *contrast* (at rest vs in transit, BCP vs DR, tested vs reviewed, privacy vs security...) and
a *fact key* (legal name, headcount, headquarters...) that a company fact carries across any
wording. Pure Python, offline and deterministic.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter

# --------------------------------------------------------------------------- concepts
# Phrase → concept, on folded words ("-" and "/" split words). A word ending in "*" matches
# any word it begins ("encrypt*": "encrypted", "encryption"); "~" matches any one word. At each
# word the longest phrase wins, then the concept listed first. A concept token holds a ":", so
# it never collides with a word.
_CONCEPT_TABLE: tuple[tuple[str, str], ...] = (
    # The respondent named in the third person ("Does the vendor log security events?") is
    # "you": no third party. Dropped from the terms (`_RESPONDENT`); "your vendors" stay vendors.
    (
        "respondent",
        "the vendor|the supplier|the provider|the service provider|the solution provider|"
        "the contractor|the bidder|the respondent|the offeror|the proposer",
    ),
    (
        "mfa",
        "multi factor|multifactor|two factor|2 factor|2fa|mfa|2 step|two step|second factor|"
        "multi factor authentication|multifactor authentication|two factor authentication|"
        "2 factor authentication|mfa authentication|two step verification|2 step verification|"
        "strong authentication|one time password*|otp|totp|second ~ factor|additional factor*|"
        "additional ~ factor*|extra factor*",
    ),
    (
        "sso",
        "single sign on|single signon|sso|saml|saml2|oidc|openid connect|federated login|"
        "federated identity|identity provider*|idp|idps|okta|azure ad|azure active directory|"
        "entra id|adfs|shibboleth",
    ),
    ("bcp", "business continuity|business continuity plan*|bcp|business recovery"),
    # A recovery plan of systems is the DR plan (NIST CSF "recovery plans"); "business
    # recovery" is continuity, matched first as the longer phrase.
    # NIST SP 800-53 CP-2 "Contingency Plan" is the plan to recover systems.
    (
        "drp",
        "disaster recovery|disaster recovery plan*|drp|dr plan*|recovery plan*|"
        "contingency plan*|recovery and reconstitution|disaster*",
    ),
    ("rto", "recovery time objective*|recovery point objective*|rto|rpo|rtos|rpos"),
    ("pentest", "penetration test*|pen test*|pentest*|ethical hack*|red team*"),
    (
        "vulnscan",
        "vulnerability scan*|vulnerabilities scan*|scan* for vulnerabilit*|"
        "scan* ~ for vulnerabilit*|scan* ~ ~ for vulnerabilit*|vulnerability assessment*|"
        "identif* vulnerabilit*|vulnerabilit* ~ identif*|vulnerabilit* ~ ~ identif*|"
        "vulnerabilit* ~ ~ ~ identif*|"
        "vulnerability identification|vulnerability detection|detect* vulnerabilit*",
    ),
    (
        "codescan",
        "static code analysis|static analysis|static application security testing|"
        "sast|dast|code scan*|code security scan*|automated security testing|code analysis|"
        "automated security analysis|security analysis tool*|scan* source code|"
        "automated security scan*|automated code scan*",
    ),
    (
        "supplychain",
        "supply chain|dependenc*|open source component*|open source librar*|sbom|"
        "software composition|third party librar*|third party component*|"
        "software supply chain",
    ),
    (
        "hardening",
        "harden*|baseline*|gold image*|golden image*|configuration management|"
        "secure configuration*|cis benchmark*",
    ),
    (
        "transit",
        "in transit|in transport|transport|in motion|over the network|tls|ssl|https|travels|"
        "travel over|travelling|traveling|over public network*|over the internet|"
        "transmission|transmitted|transmit",
    ),
    # A database's encryption is of the data it stores (transparent data encryption).
    (
        "atrest",
        "at rest|in storage|storage of|disk encryption|full disk|stored data|when stored|"
        "while stored|once stored|"
        "database encryption|encrypt* database*|encrypt* ~ database*|encrypt* ~ ~ database*|"
        "encrypt* ~ ~ ~ database*|database* encrypt*|database* ~ encrypt*|database* ~ ~ encrypt*",
    ),
    ("backup", "backup*|back up|back ups|backed up|snapshot*"),
    ("laptop", "laptop*|workstation*|endpoint*|end user device*|desktop*|mobile device*"),
    ("hash", "hash*|bcrypt|scrypt|argon2*|pbkdf2|salted|one way"),
    (
        "keymgmt",
        "key management|encryption key*|cryptographic key*|key lifecycle|kms|hsm|hsms|"
        "key establishment|key rotation|rotat* ~ keys|rotat* keys|rotat* encryption keys|"
        "manag* encryption keys|manag* cryptographic keys|manag* keys|manag* the keys|"
        "manag* of encryption keys|manag* of cryptographic keys|manag* of keys",
    ),
    ("encrypt", "encrypt*|cryptograph*|cipher*|crypto|aes|aes 256|aes256|pgp|gpg"),
    # NIST SP 800-53 IA-5 "Authenticator Management" is the password rules.
    ("password", "password*|passphrase*|pass phrase*|credential*|authenticator*"),
    # Data protection *law* is privacy; "data protection clauses" in a contract protect data
    # (its words meet "protect your data").
    (
        "privacy",
        "privacy|gdpr|ccpa|data subject*|dpo|dpia|data protection officer*|data protection law*|"
        "data protection regulation*|data protection act|data protection authorit*|"
        "data protection impact",
    ),
    # Personal data is a kind of data, not the privacy subject: "PII encrypted at rest" asks
    # the encryption question, so it is no privacy marker (see `_MARKERS`).
    (
        "pii",
        "personal data|personal information|personally identifiable information|pii|"
        "personal identifiable information|sensitive personal information",
    ),
    (
        "incident",
        "incident response|incident handling|incident management|incident*|response plan*|breach*",
    ),
    # Payment card data by any of its names (PCI DSS is the standard for it).
    (
        "card",
        "payment card*|credit card*|debit card*|cardholder*|card holder data|card data|pci|"
        "pci dss|pan data",
    ),
    (
        "sod",
        "separation of dut*|segregation of dut*|separate dut*|segregate dut*|dut* separat*|"
        "dut* segregat*|dut* ~ separat*|dut* ~ segregat*",
    ),
    (
        "bgcheck",
        "background check*|background screening*|background investigation*|"
        "criminal record*|vetting|vetted|screened|screening*|personnel screening|employee screening|staff screening|"
        "pre employment screening|screening of personnel|screening of employees",
    ),
    (
        "accessreview",
        "access review*|access rights review*|access privileges review*|"
        "review* access|review* user access|review* of access|review* of user access|"
        "recertif*|entitlement review*|review* ~ access rights|review* ~ ~ access rights|"
        "review* ~ ~ ~ ~ access list*|review* ~ ~ ~ access list*|review* ~ ~ access list*|"
        "account* are reviewed|account* ~ reviewed|account review*|review* ~ accounts|"
        "review* accounts",
    ),
    (
        "rbac",
        "role based|role based access|role based access control|rbac|abac|"
        "least privilege|need to know|"
        "assign* roles|user roles|roles ~ permission*|roles ~ ~ permission*|roles and permission*|"
        "permission level*|custom roles",
    ),
    # NIST SP 800-53 names the idle timeout "Session Termination" (AC-12), a leaver's "Personnel
    # Termination" is no session.
    (
        "idle",
        "inactivity|idle|session timeout*|session time out*|timeout*|time out*|session lock*|"
        "screen lock*|device lock*|session terminat*|terminat* ~ session*|terminat* user session*",
    ),
    (
        "lockout",
        "lock out|lockout*|locked out|failed login attempt*|failed logon attempt*|"
        "failed authentication attempt*|failed attempt*|failed log in attempt*|"
        "unsuccessful log* attempt*|unsuccessful logon*|unsuccessful login*|"
        "unsuccessful authentication attempt*|invalid log* attempt*",
    ),
    (
        "auditlog",
        "audit log*|audit trail*|activity log*|access log*|audit record*|audit event*|"
        "history of ~ action*|history of action*|history of ~ activit*|activity histor*|"
        "actions performed",
    ),
    # How long something is kept: "Audit Record Retention" (AU-11) is "how long do you keep logs".
    # Not "retained" alone: rights are retained, a team is retained.
    (
        "retention",
        "retention|retention period*|retain* for|retain* ~ for|retain* ~ ~ for|kept for|"
        "stored for|how long ~ keep|how long ~ ~ keep|how long ~ kept|how long ~ ~ kept|"
        "how long ~ ~ ~ kept|how long ~ retain*|how long ~ ~ retain*|how long ~ ~ ~ retain*|"
        "how long ~ stor*|how long ~ ~ stor*|how long ~ ~ ~ stor*",
    ),
    # Signing in is no log: "log in with SSO" asks how users authenticate.
    ("signin", "log in|log into|log on|logon|login|logins|sign in|signin|sign on"),
    ("logging", "log|logs|logged|logging|siem|security event*|monitor*"),
    (
        "malware",
        "anti virus|antivirus|anti malware|antimalware|malware|malicious code|"
        "endpoint protection|edr|malicious software",
    ),
    ("patch", "patch*|security update*|critical update*|flaw remediation"),
    # "Configuration Change Control" (CM-3) is the change management process.
    (
        "change",
        "change management|change control|configuration change*|change request*|"
        "change process*|change advisory board|change control board|chang* ~ approved|"
        "chang* are approved|approv* ~ chang*|approv* chang*|chang* to production|"
        "production chang*|deploy* to production|releas* to production",
    ),
    # "Access Agreements" (PS-6) and "Rules of Behavior" (PL-4) are what a new hire signs; any
    # agreement stays one ("fill out agreements").
    (
        "agreement",
        "agreement*|non disclosure|nda|ndas|acceptable use|rules of behavior|rules of behaviour",
    ),
    # "Boundary Protection" (SC-7) is the firewall at the network's edge.
    (
        "firewall",
        "firewall*|boundary protection|network perimeter|perimeter protection|perimeter security",
    ),
    (
        "sdlc",
        "sdlc|development lifecycle|development life cycle|product lifecycle|"
        "product life cycle|software development lifecycle|software development life cycle|"
        "systems development life cycle|systems development lifecycle|"
        "system development life cycle|system development lifecycle|software lifecycle|"
        "software life cycle|"
        "secure software development lifecycle|secure software development life cycle|"
        "secure development lifecycle|secure development life cycle|"
        "development process*|development practices|development stages|stages of development|"
        "secure development|secure software development",
    ),
    (
        "securecode",
        "secure coding|secure programming|"
        "coding vulnerabilit*|coding flaw*|coding practice*|coding technique*|coding standard*",
    ),
    # Security education, not "higher education" (the buyer's sector).
    # NIST AT-3 "Role-Based Security Training" is training, not role-based access.
    (
        "training",
        "training|trained|taught|teach|teaches|teaching|awareness|security education|course*|"
        "phishing simulation*|phishing exercise*|phishing test*|phishing campaign*|"
        "role based training|"
        "role based security training",
    ),
    (
        "tenancy",
        "single tenant*|multi tenant*|multitenan*|tenant isolation|separat* from other|"
        "separat* from different|segregat* from other|isolat* from other|separat* ~ from other|"
        "separat* data from other|separat* data from different",
    ),
    (
        "vendor",
        "third party|third parties|3rd party|3rd parties|thirdparty|vendor*|supplier*|"
        "subcontract*|sub processor*|subprocessor*|service provider*|outsourc*|outside firm*|"
        "external firm*|outside compan*|external compan*|outside part*|external part*|"
        "supply chain risk*|supply chain security|supply chain management|"
        "supply chain partner*|due diligence|"
        "security firm*|independent firm*|independent third part*|hire* ~ outside firm*|hire* ~ external firm*|"
        "hire* ~ security firm*|hire* ~ independent*|hire* ~ third part*|hire* third part*",
    ),
    (
        "datacenter",
        "data center*|data centre*|datacenter*|colocation|server room*|hosting facilit*",
    ),
    ("office", "office|offices|workplace*|premises"),  # not an "officer"
    (
        "physical",
        "physical|physically|badge*|cctv|guard*|facility|facilities|visitor*|entry log*|"
        "biometric*|mantrap*|access card*|keycard*|key card*|surveillance|camera*",
    ),
    (
        "ciso",
        "ciso|chief information security officer|chief security officer|"
        "head of security|head of information security|security leader*|security executive*|"
        "executive* ~ accountable for|executive* accountable for|executive* ~ responsible for|"
        "executive* responsible for|accountable for information security|"
        "accountable for security",
    ),
    (
        "secteam",
        "security team*|security staff|security office*|security department*|"
        "security function*|security personnel|security unit*|security organization|"
        "security organisation|team* for ~ security|team* for security|staff for ~ security|"
        "team* dedicated to ~ security|team* dedicated to security",
    ),
    # Who builds the product ("employees involved in development" are its developers).
    (
        "developer",
        "developer*|software engineer*|development team*|software development team*|"
        "involved in ~ development|involved with ~ development|involved in development|"
        "involved with development",
    ),
    ("staff", "employee*|staff|personnel|workforce|worker*|team member*|new hire*|hire*"),
    ("customer", "institution*|customer*|client*|universit*|tenant*|end user*|user*"),
    # The vendor's production environment is its own systems, not the product ("product*").
    ("production", "production|prod|production environment*|production system*"),
    ("product", "product*|solution*|application*|service*|platform*|system*|app|apps"),
    ("policy", "polic*|standard*|procedure*"),
    ("review", "review*|updat*|revis*|maintain*|evaluat*"),
    ("test", "test*|exercis*|drill*|simulat*"),
    (
        "annual",
        "annual*|yearly|once a year|every year|each year|per year|12 months|twelve months|"
        "last year|past year|"
        "previous year|prior year",
    ),
    (
        "share",
        "share ~ results|share ~ ~ results|share the results|share ~ report*|"
        "share ~ ~ report*|share ~ ~ ~ report*|share ~ summar*|share ~ ~ summar*|"
        "share ~ ~ ~ ~ report*|share ~ ~ ~ summar*|provide ~ copy|provide a copy|provide results|"
        "share results|"
        "provide copies|provide ~ results|provide ~ ~ results|provide ~ report|provide ~ summar*|"
        "make ~ available|make available",
    ),
    # A person leaving, not data leaving the country.
    (
        "remove",
        "revok*|terminat*|offboard*|deprovision*|leaver*|removal|disabl*|deactivat*|"
        "when ~ leave*|when ~ ~ leave*|leave* the company|leave* the organi*|"
        "leave* the business|leave* employment",
    ),
    ("delete", "delet*|destroy*|destruct*|purg*|sanitis*|sanitiz*|wip*|dispos*"),
    # "inform", not "information": information security is no notice.
    ("notify", "notif*|inform|informs|informed|informing|alert*"),
    ("soc1", "soc 1|soc1|soc i|soc one|isae 3402"),
    ("soc2", "soc 2|soc2|soc ii|soc two|ssae 18|ssae 16|ssae18|ssae16|isae 3000"),
    ("soc3", "soc 3|soc3|soc iii|soc three"),
    ("type1", "type 1|type i|type one"),
    ("type2", "type 2|type ii|type two"),
    # A customer taking its own data out (export, a "backup" it extracts, portability).
    (
        "export",
        "export*|extract*|portab*|download* ~ data|download* data|copy of ~ data|"
        "copy of data|copy of ~ ~ data|copies of ~ data",
    ),
    # How outsiders report a flaw: a disclosure policy, a bug bounty, security.txt.
    (
        "disclosure",
        "bug bount*|responsible disclosure|vulnerability disclosure|coordinated disclosure|"
        "disclosure program*|disclosure polic*|security researcher*|outside researcher*|"
        "report* ~ vulnerabilit*|report* vulnerabilit*|report* ~ ~ vulnerabilit*",
    ),
    # An assessment of the vendor's security by someone outside it (NIST CA-2 "Security
    # Assessments"); longer than "third party", so it wins there.
    (
        "assessment",
        "security assessment*|security audit*|security test*|test* ~ security|"
        "test* ~ ~ security|test* ~ ~ ~ security|audit* ~ security|assess* ~ security|"
        "assess* security",
    ),
    # NIST SA-22 "Unsupported System Components": software past its end of life.
    (
        "eol",
        "unsupported|end of life|eol|out of support|currently supported|supported version*|"
        "supported operating system*|obsolete",
    ),
    # NIST SI-10 "Information Input Validation" (not "sanitiz*" of media: longer here).
    (
        "inputval",
        "input validation|validat* input*|validat* ~ input*|input sanitiz*|sanitiz* input*|"
        "data input validation|input ~ validat*",
    ),
    ("ddos", "denial of service|ddos|dos attack*|distributed denial of service"),
    ("offsite", "off site|offsite|separate location*|different location*|another location"),
    (
        "always",
        "24x7|24x7x365|24 x 7|24 7|24 7 365|24 x 7 x 365|around the clock|round the clock|"
        "24 hours a day|any hour|all hours",
    ),
    (
        "a11y",
        "accessibility|accessible|screen reader*|vpat|vpats|wcag|section 508|assistive|"
        "conformance report*",
    ),
    (
        "hardcoded",
        "hard coded|hardcoded|embedded credential*|embedded password*|credential* embedded|"
        "password* embedded|secret* in ~ code|credential* in ~ code|password* in ~ code",
    ),
    ("remote", "remote access|vpn|vpns|remote connection*|remote work*"),
    ("fire", "fire suppression|fire protection|fire detection|fire alarm*|fire"),
    # "certification", not a TLS "certificate".
    ("framework", "framework*|iso 27001|iso27001|nist|cis controls|certification*|certified"),
)


def _compile_concepts(
    table: Sequence[tuple[str, str]],
) -> dict[str, list[tuple[tuple[str, ...], int, str]]]:
    """First word pattern → (the phrase's word patterns, table order, concept), longest first."""
    first: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
    for order, (name, phrases) in enumerate(table):
        for phrase in phrases.split("|"):
            words = tuple(phrase.split())
            first.setdefault(words[0], []).append((words, order, name))
    for options in first.values():
        options.sort(key=lambda o: (-len(o[0]), o[1]))
    return first


_PHRASES = _compile_concepts(_CONCEPT_TABLE)
# The lengths of the "*" prefixes, so a word is looked up by each prefix it could begin with.
_PREFIX_LENGTHS = sorted({len(k) - 1 for k in _PHRASES if k.endswith("*")})


@lru_cache(maxsize=1 << 16)
def _starts(word: str) -> tuple[tuple[tuple[str, ...], int, str], ...]:
    # Every phrase that may begin at this word, longest first, then in table order.
    if word.isdigit() and word not in _PHRASES:
        return ()  # no "*" phrase begins with a digit; numbers are many, and mostly new
    found = list(_PHRASES.get(word, ()))
    for n in _PREFIX_LENGTHS:
        if n <= len(word):
            found += _PHRASES.get(word[:n] + "*", ())
    found.sort(key=lambda o: (-len(o[0]), o[1]))
    return tuple(found)


def _fits(pattern: str, word: str) -> bool:
    return (
        pattern == word or pattern == "~" or (pattern[-1] == "*" and word.startswith(pattern[:-1]))
    )


@lru_cache(maxsize=1 << 16)
def _starts_before(word: str, following: str) -> tuple[tuple[tuple[str, ...], int, str], ...]:
    # The phrases that may begin at this word and whose second word fits the one following
    # (most phrases fail there: "security" begins ten, "security team" one of them).
    return tuple(o for o in _starts(word) if len(o[0]) == 1 or _fits(o[0][1], following))


def concepts_in(words: Sequence[str]) -> list[str]:
    """The words with each concept phrase replaced by its ``c:name`` token."""
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if not _starts(word):
            out.append(word)  # most words begin no phrase
            i += 1
            continue
        for phrase, _, name in _starts_before(word, words[i + 1] if i + 1 < n else ""):
            size = len(phrase)
            if i + size > n:
                continue
            j = min(2, size)  # the second word fitted already (`_starts_before`)
            while j < size:
                p, w = phrase[j], words[i + j]
                if not (p == w or p == "~" or (p[-1] == "*" and w.startswith(p[:-1]))):
                    break
                j += 1
            if j == size:
                out.append("c:" + name)
                # A word a gap stands for stays, read for its own concepts: "scanned *externally*
                # for vulnerabilities", "how long are *audit logs* kept".
                gaps = [w for p, w in zip(phrase, words[i : i + size], strict=True) if p == "~"]
                if gaps:
                    out += concepts_in(gaps)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


# Concepts that make another question when one wording has one of a group and the other a
# different one: "encrypted at rest" is not "encrypted in transit", a BCP is not a DRP.
_EXCLUSIVE: tuple[frozenset[str], ...] = (
    frozenset({"c:transit", "c:atrest", "c:backup", "c:laptop"}),
    frozenset({"c:bcp", "c:drp", "c:rto"}),
    frozenset({"c:test", "c:review"}),
    frozenset({"c:hash", "c:encrypt"}),
    frozenset({"c:pentest", "c:vulnscan", "c:codescan"}),
    frozenset({"c:idle", "c:lockout"}),
    frozenset({"c:datacenter", "c:office"}),
    frozenset({"c:vulnscan", "c:patch"}),
    frozenset({"c:mfa", "c:sso"}),
    frozenset({"c:soc1", "c:soc2", "c:soc3"}),
    frozenset({"c:type1", "c:type2"}),
)
# Concepts whose presence on one side only makes another question: a privacy policy is not the
# security policy, sharing a pen test report is not having one.
_MARKERS: frozenset[str] = frozenset({"c:privacy", "c:share", "c:delete"})
_CONTRASTED = frozenset().union(*_EXCLUSIVE, _MARKERS)

# --------------------------------------------------------------------------- fact keys
# A company fact asked in any wording. Each key is recognised in the question's folded text;
# `_NOT_FACT` rules out look-alikes (a contact's name is not the company's name).
_FACT_TABLE: tuple[tuple[str, str], ...] = (
    (
        "legal_name",
        r"^(?:(?:solution |service )?provider|vendor|supplier|company|organi[sz]ation|business|"
        r"legal entity|entity)(?: legal)? name$|legal name|registered name|"
        r"name of (?:your|the) (?:company|organi[sz]ation|business|vendor|legal entity|firm)|"
        r"(?:company|organi[sz]ation|vendor)(?: s)? (?:full )?name",
    ),
    (
        "headcount",
        r"head ?count|number of (?:full time |permanent |total )?(?:employees|staff|personnel|"
        r"ftes?|people)|how many (?:employees|staff|people|ftes?|full time)|size of (?:your|the) (?:company|"
        r"organi[sz]ation|workforce)|(?:employees|staff) does (?:your|the) (?:company|"
        r"organi[sz]ation) (?:have|employ)|people does (?:your|the) company employ|"
        r"^(?:total )?(?:employee|staff) count$|workforce size",
    ),
    (
        "headquarters",
        r"head ?quarter\w*|\bhq\b|head office|principal place of business|principal office|"
        r"(?:where|which country|what country|which city|what city) is (?:your|the) (?:company|"
        r"organi[sz]ation|business|firm) (?:based|located)|"
        r"(?:company|corporate|registered|business) (?:address|office address)",
    ),
    (
        "founded",
        r"(?:year|date) (?:was |were |the |your |company |organi[sz]ation )*(?:founded|"
        r"established|incorporated)|(?:when|what year) was (?:your|the) (?:company|"
        r"organi[sz]ation|business) (?:founded|established|incorporated)|year founded|"
        r"founding (?:year|date)|(?:year|date) of (?:incorporation|founding|establishment)",
    ),
    (
        "website",
        r"(?:company|corporate|vendor) (?:website|web site|url|homepage)|^website$|"
        r"(?:your|company) (?:website|web site) address",
    ),
    (
        "product_name",
        r"^(?:solution|product|service|application|software)(?: s)? name$|"
        r"name of (?:the|your) (?:solution|product|service|application|software)",
    ),
    (
        "uptime_commitment",
        r"(?:uptime|availability) (?:sla|commitment|guarantee|target)|^(?:what is )?(?:your |the )?"
        r"(?:uptime )?sla$|service level (?:agreement|commitment)|what is (?:your|the) uptime",
    ),
    (
        "product_description",
        r"^(?:solution|product|service|application|software) description$|"
        r"(?:short|brief) description of (?:the|your) (?:solution|product|service)|"
        r"^(?:briefly |please )*describe (?:the|your) (?:solution|product|service|application|"
        r"software)$",
    ),
)
# Facts named by a phrase no other question uses, recognised in a question of any length.
_FACT_ANYWHERE: tuple[tuple[str, str], ...] = (
    # Insurance of another kind (errors and omissions, general liability) is another fact.
    (
        "cyber_insurance",
        r"cyber(?: risk| liability| security)? insurance|(?:data )?breach insurance|"
        r"insurance cover\w* (?:for|against) (?:\w+ ){0,3}(?:security|breach\w*|cyber\w*|data)",
    ),
    ("duns", r"\bd u n s\b|\bdunn?s\b|dun (?:and )?bradstreet"),
    # "work" makes other questions no fact (`_NOT_FACT`); this whole question is the headcount.
    (
        "headcount",
        r"^how many (?:people|employees|staff) work (?:for|at|in) (?:your|the) (?:company|"
        r"organi[sz]ation|business|firm)$",
    ),
    (
        "ownership",
        r"who owns (?:your|the) (?:company|organi[sz]ation|business|firm)|ownership structure|"
        r"(?:company|corporate|organi[sz]ation)(?: s)? ownership|parent and subsidiar|"
        r"(?:your|the) parent (?:company|organi[sz]ation)",
    ),
)
_FACT_RX = tuple((key, re.compile(rx)) for key, rx in _FACT_TABLE)
_FACT_ANYWHERE_RX = tuple((key, re.compile(rx)) for key, rx in _FACT_ANYWHERE)
# A contact field of a short form ("Vendor Contact Email"): whose contact and which field.
_CONTACT = re.compile(
    r"^(?:(?:solution |service )?provider |vendor |supplier |company )?"
    r"(accessibility |security |privacy )?contact (name|e ?mail|email address|phone|"
    r"phone number|title)$"
)
_CONTACT_FIELDS = {"e mail": "email", "email address": "email", "phone number": "phone"}
# The words a fact is asked with; a question holding none of them is no fact question.
_FACT_TEXT = (
    "name headquarters headquartered headquarter hq head principal address founded established "
    "incorporated founding incorporation headcount employees staff people ftes fte full size "
    "website url homepage web site description insurance duns dunns dun d contact uptime sla "
    "availability service level owns ownership parent count workforce establishment"
)
_FACT_WORDS = frozenset(_FACT_TEXT.split())
# Words a fact is asked with only in a short question ("Where is the company based?", "Describe
# the product."); many long ones hold them ("role-based access", "describe how ...").
_SHORT_FACT_WORDS = frozenset({"based", "located", "describe"})
_SHORT_FACT = 8
# A look-alike of a company fact: another subject ("a contact's name"), or a part of the
# company ("how many FTEs work on this testing", "staff in your security team").
_NOT_FACT = re.compile(
    r"\b(contact|email|phone|security|privacy|accessibility|institution|working|work|"
    r"dedicated|assigned|team|teams|department|responsible|involved)\b"
)
# The `fact:` tag of a library entry names its key (tests/data/reuse/library.yaml).
FACT_TAG = "fact:"

# Words that carry no subject; negations stay ("do you NOT ..." is another question).
_STOP_TEXT = (
    "a an the and or of to in on for at by with from as is are was were be been being do does "
    "did you your yours we our us it its this that these those which what who whom how please "
    "any all has have had can could will would should shall may might there their they them "
    "if so such than then also provide describe explain list verify ensure e g i etc "
    "currently implemented use using utilize utilizing organization organisation company "
    "whether within including include includes each every other following where when "
    "into about via per i e confirm indicate specify outline briefly kindly"
)
_STOP = frozenset(_STOP_TEXT.split())
_RESPONDENT = "c:respondent"
_FRAME_TEXT = (
    "documented document formal process established defined place approved communicated applied "
    "followed least once regularly periodically relevant parties part maintained required "
    "solution implemented reviewed updated plan plans program"
)
_SUFFIXES = (
    "izations", "ization", "ations", "ation", "ments", "ment", "ings", "ing", "ities", "ity",
    "ies", "ied", "ers", "er", "ed", "es", "ly", "s",
)  # fmt: skip
_FOLD = re.compile(r"[a-z0-9]+")
# How much a concept counts against a plain word: it carries the subject of the question.
CONCEPT_WEIGHT = 1.6
# How much an entry's parent question (the subject of a sub-question) counts, per term.
CONTEXT_WEIGHT = 0.5
# How much a word of an entry's approved answer counts: the answer names what the question asked
# about in the vendor's own words ("How is the service hosted?" → "on AWS"), which a buyer may
# use instead. Lower than the parent's subject: an answer also says more than it was asked.
# Chosen on the tune rows (0.15/0.3/0.5 tried; 0.3 best at rank 1 over all tune groups).
ANSWER_WEIGHT = 0.3
# Links and addresses in an answer say where, not what: "https://..." is no TLS question.
_VERDICTS = frozenset({"yes", "no", "not", "none", "true", "fals", "partial"})
_LINKS = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.I)
# A contrast is another question: its score is cut to this share, kept only as a suggestion.
CONTRAST_PENALTY = 0.5
# A matching fact key scores at least this (the same fact, asked in other words).
FACT_SCORE = 0.95
# Candidates whose exact cosine is computed after the inverted-index pass.
_CANDIDATES = 20
# A term in more than 1/_COMMON_SHARE of the entries (and more than _COMMON_FLOOR) is left
# out of the candidate pass: its IDF is low and its long posting list is what costs time.
_COMMON_SHARE = 100
_COMMON_FLOOR = 32
# Searches remembered by their text, at most (a run of many files asks many wordings).
_MEMO = 1 << 15


# British spellings that no suffix strip brings to the American one.
_BRITISH = {
    "behaviour": "behavior", "behaviours": "behaviors", "centre": "center", "centres": "centers",
    "licence": "license", "licences": "licenses", "defence": "defense", "programme": "program",
    "programmes": "programs", "honour": "honor", "catalogue": "catalog", "analyse": "analyze",
    "analysed": "analyzed",
}  # fmt: skip
_ISE = ("isation", "isations", "ise", "ised", "ises", "ising")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix strip and cut so that inflections meet ("policies"/"policy" → "polici")."""
    if word.isdigit():
        return word[:7]  # no suffix to strip
    word = _BRITISH.get(word, word)
    if word.endswith(_ISE) and len(word) > 6:
        # "authorisation"/"authorization", "organised"/"organized": one spelling.
        at = word.rfind("is")
        word = word[:at] + "iz" + word[at + 2 :]
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word[:7]


# Lowercase ASCII letters and digits kept, every other byte a space: `fold` on ASCII text (nearly
# all of it) in one C pass instead of a regex.
_ASCII_WORDS = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


@lru_cache(maxsize=64)  # one question is folded for its terms and for its fact key
def fold(text: str) -> str:
    """Lowercase words and digits separated by single spaces ("Multi-Factor" → "multi factor")."""
    low = text.lower().replace("'s ", " s ")
    if "cyber" in low or "infosec" in low:
        # "Cybersecurity" is security: one word would share nothing with "information security".
        low = low.replace("cybersecurity", "cyber security").replace(
            "infosec", "information security"
        )
    if low.isascii():
        return " ".join(low.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    return " ".join(_FOLD.findall(low))


@lru_cache(maxsize=1 << 14)
def terms(text: str) -> tuple[str, ...]:
    """The terms of a question: its concepts (``c:name``) and its other stemmed words."""
    out: list[str] = []
    for word in concepts_in(fold(text).split()):
        if word.startswith("c:"):
            if word != _RESPONDENT:
                out.append(word)
        elif word not in _STOP and (len(word) > 1 or word.isdigit()):
            out.append(stem(word))  # a letter alone marks a list item ("a) ... b) ..."): no term
    found = frozenset(out)
    for name, one, other in _PAIRS:
        if name not in found and not found.isdisjoint(one) and not found.isdisjoint(other):
            out.append(name)
    return tuple(dict.fromkeys(out))


# Concepts a question holds when it names both halves anywhere, in any order or voice:
# "access rights of users are reviewed" is an access review as "review user access" is, and
# "databases holding our data are encrypted" asks about encryption at rest. The halves are
# terms (stems or concepts) and stay; the concept is added.
_PAIRS: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    (
        "c:accessreview",
        frozenset({"acces", "permiss", "entitle", "privile"}),
        frozenset({"c:review"}),
    ),
    ("c:disclosure", frozenset({"report"}), frozenset({"vulnera", "bug", "bugs", "flaw", "issu"})),
    ("c:atrest", frozenset({"databas"}), frozenset({"c:encrypt"})),
)


# What a question gives as examples: a bracket, or the rest of a clause after "such as",
# "e.g.", "for example". Examples illustrate the subject without setting it: "(e.g. NIST,
# ISO 27001)" or "such as PII ... GDPR" name no other question, so their terms count less and
# raise no contrast.
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_EXAMPLES = re.compile(r"\b(?:such as|e\.\s?g\.?|for example|for instance)\s[^.;?!]*", re.I)
# What `_EXAMPLES` needs in lowercased text to match at all (a scan costs less than the regex).
_EXAMPLE_CUES = ("such as", "e.g", "for example", "for instance")
_E_G = re.compile(r"e\.\sg")  # "e. g", as the pattern's \s allows
# How much a term only an example holds counts against one of the question itself.
EXAMPLE_WEIGHT = 0.6


def without_examples(text: str) -> str:
    """The question without what it only gives as examples (brackets, "such as ...")."""
    return _EXAMPLES.sub(" . ", _BRACKETS.sub(" ", text))


# A leading condition sets when the question applies, not what it asks: "If you don't support
# SSO, does the product support MFA?" asks about MFA. It counts as an example does (less, and no
# contrast); only for similar answers, never for automatic reuse (`without_examples`).
_CONDITION = re.compile(
    r"^\s*(?:if|unless|in case|for (?:[\w'-]+\s){1,4}(?:not|without|who|that))\b[^,?;:]{0,120},\s*"
    r"(?=\S)",
    re.I,
)
_CONDITION_CUES = ("if ", "unless ", "in case ", "for ")


def _condition(text: str) -> tuple[str, str]:
    """The question's leading condition (or "") and the rest of it."""
    if not text.lstrip().lower().startswith(_CONDITION_CUES):
        return "", text
    found = _CONDITION.match(text)
    return (found[0], text[found.end() :]) if found else ("", text)


@lru_cache(maxsize=1 << 14)
def parts(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A question's own terms, and the terms only its examples (see `_EXAMPLES`) or its leading
    condition (see `_CONDITION`) hold."""
    condition, text = _condition(text)
    low = text.lower()
    cued = any(cue in low for cue in _EXAMPLE_CUES) or ("e." in low and bool(_E_G.search(low)))
    if condition and terms(text):
        main, examples = _examples(text, low, cued)
        own = frozenset(main)
        extra = tuple(t for t in terms(condition) if t not in own and t not in examples)
        return main, examples + extra
    return _examples(text, low, cued)


def _examples(text: str, low: str, cued: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not cued and "(" not in text and "[" not in text:
        return terms(text), ()
    spans = _BRACKETS.findall(text)
    rest = _BRACKETS.sub(" ", text) if spans else text
    said = _EXAMPLES.findall(rest) if cued else []
    main = terms(_EXAMPLES.sub(" . ", rest) if said else rest)
    if not main:
        return terms(text), ()  # all of it an example ("(optional)"): what it says is the question
    own = frozenset(main)
    return main, tuple(t for t in terms(" . ".join(spans + said)) if t not in own)


# What any control is said to be (documented, approved, reviewed annually...), and who or what it
# is for in general: words that set no subject of their own. A question of only these ("Are the
# policies and procedures reviewed and updated at least annually?") is about its parent's subject.
_FRAME_TERMS = frozenset(
    {"c:policy", "c:review", "c:test", "c:annual", "c:product", "c:customer", "c:staff"}
    | {stem(w) for w in _FRAME_TEXT.split()}
)


def names_subject(question: str) -> bool:
    """Whether a question names what it is about ("a formal incident response plan"), rather
    than only what is said of it ("Are they reviewed at least annually?")."""
    return any(t not in _FRAME_TERMS and not t.isdigit() for t in parts(question)[0])


@lru_cache(maxsize=1 << 12)
def fact_key(question: str) -> str | None:
    """The company fact a question asks for (legal name, headcount...), or None."""
    text = fold(question)
    words = text.split()
    if _FACT_WORDS.isdisjoint(words) and (
        len(words) > _SHORT_FACT or _SHORT_FACT_WORDS.isdisjoint(words)
    ):
        return None  # most questions: no word that any fact is asked with
    for key, rx in _FACT_ANYWHERE_RX:
        if rx.search(text):
            return key
    if len(words) > 16:
        return None  # a long question asks about more than one fact
    contact = _CONTACT.match(text)
    if contact:
        field = _CONTACT_FIELDS.get(contact[2], contact[2])
        return f"{(contact[1] or '').strip()}_contact_{field}".lstrip("_")
    if _NOT_FACT.search(text):
        return None
    for key, rx in _FACT_RX:
        if rx.search(text):
            return key
    return None


def contrasted(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two questions differ in a contrast: one concept of a group against another of
    it (at rest vs in transit), a marker on one side only (privacy), or other numbers."""
    return _differ(_signature(a), _signature(b))


# What a question's contrasts are: per exclusive group the concepts it holds, its markers and
# its numbers. Worked out once per question, so that comparing two is a few set operations.
_Signature = tuple[dict[int, frozenset[str]], frozenset[str], frozenset[str]]


@lru_cache(maxsize=1 << 12)
def _signature(found: frozenset[str]) -> _Signature:
    groups = {g: found & group for g, group in enumerate(_EXCLUSIVE) if found & group}
    numbers = frozenset(t for t in found if t.isdigit())
    return groups, found & _MARKERS, numbers


@lru_cache(maxsize=1 << 12)
def _own_signature(own: tuple[str, ...]) -> _Signature:
    # The contrasts of a question's own terms (its examples raise none).
    return _signature(_contrastable(own))


def _differ(a: _Signature, b: _Signature) -> bool:
    groups_b = b[0]
    for g, held in a[0].items():
        other = groups_b.get(g)
        if other and not held & other:
            return True
    if a[1] != b[1]:
        return True
    # Other numbers ask another question: "FIPS 140-2" is not "140-3", "12 months" not "6".
    return bool(a[2] and b[2] and a[2] != b[2])


@dataclass(frozen=True, slots=True)
class Entry:
    """What the index needs of a library entry: its question, parent question, fact key and
    approved answer."""

    question: str
    context: str = ""
    fact: str | None = None
    answer: str = ""


class SimilarIndex:
    """Library questions as TF-IDF vectors over concepts and stems, with an inverted index."""

    def __init__(self, entries: Sequence[Entry]):
        self.entries = tuple(entries)
        raw: list[dict[str, float]] = []
        df: dict[str, int] = {}
        for e in self.entries:
            own, examples = parts(e.question)
            vec = {t: _base(t) for t in own}
            for t in examples:
                vec[t] = EXAMPLE_WEIGHT * _base(t)
            for t in terms(e.context) if e.context else ():
                vec.setdefault(t, CONTEXT_WEIGHT * _base(t))
            for t in terms(_LINKS.sub(" ", e.answer)) if e.answer else ():
                # An answer's numbers are its values ("30 days") and its Yes or No its verdict:
                # neither names the subject.
                if not (t.isdigit() or t in _VERDICTS):
                    vec.setdefault(t, ANSWER_WEIGHT * _base(t))
            raw.append(vec)
            for t in vec:
                df[t] = df.get(t, 0) + 1
        n = len(self.entries)
        self._idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
        self._default_idf = math.log((n + 1) / 0.5)
        self._weight = {t: _base(t) * idf for t, idf in self._idf.items()}
        self._vecs: list[dict[str, float]] = []
        self._concepts: list[_Signature] = []
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for i, vec in enumerate(raw):
            weighted = {t: w * self._idf[t] for t, w in vec.items()}
            norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
            unit = {t: w / norm for t, w in weighted.items()}
            self._vecs.append(unit)
            self._concepts.append(_signature(_contrastable(parts(self.entries[i].question)[0])))
            for t, w in unit.items():
                self._postings.setdefault(t, []).append((i, w))
        self._by_fact: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            if e.fact:
                self._by_fact.setdefault(e.fact, []).append(i)
        self._fact_sets = {key: frozenset(held) for key, held in self._by_fact.items()}
        # Terms in more entries than this are left out of the candidate pass (their IDF is low,
        # and a long posting list is what costs time); they still count in the exact score.
        self._common = max(_COMMON_FLOOR, n // _COMMON_SHARE)
        self._memo: dict[tuple[str, str, int], tuple[tuple[int, float], ...]] = {}
        self._ids = {
            t: frozenset(i for i, _ in posting)
            for t, posting in self._postings.items()
            if len(posting) > self._common
        }

    def query_vector(self, question: str, context: str = "") -> dict[str, float]:
        """The question's unit TF-IDF vector (its own words, plus its context at low weight)."""
        weight = self._weight
        own, examples = parts(question)
        vec = {t: weight.get(t) or _base(t) * self._default_idf for t in own}
        for t in examples:
            vec[t] = EXAMPLE_WEIGHT * (weight.get(t) or _base(t) * self._default_idf)
        for t in terms(context) if context else ():
            vec.setdefault(t, CONTEXT_WEIGHT * _base(t) * self._idf.get(t, self._default_idf))
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        return {t: w / norm for t, w in vec.items()}

    def search(self, question: str, k: int = 3, context: str = "") -> list[tuple[int, float]]:
        """The `k` most similar entries as (index, score 0-1), best first; ties by index."""
        if not self.entries:
            return []
        # Questionnaires ask one wording many times (per product, per domain, in case or spacing
        # of their own): what a search reads of the text is the same, so is its answer.
        key = (" ".join(question.lower().split()), " ".join(context.lower().split()), k)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= _MEMO:
                self._memo.clear()
            found = self._memo[key] = tuple(self._search(question, k, context))
        return list(found)

    def _search(self, question: str, k: int, context: str) -> list[tuple[int, float]]:
        if not self._shares_a_term(question, context):
            # Nothing in common with any entry (most questions against a small library): only a
            # company fact asked in other words can be suggested, and it is not the default.
            key = fact_key(question)
            if not (key and key in self._by_fact):
                return []
        qvec = self.query_vector(question, context)
        acc: defaultdict[int, float] = defaultdict(float)
        common: list[tuple[int, str]] = []
        for t, w in qvec.items():
            posting = self._postings.get(t)
            if posting is None:
                continue
            if len(posting) > self._common:
                common.append((len(posting), t))
                continue
            for i, v in posting:
                acc[i] += w * v
        if not acc and common:
            # Only common terms: the entries holding the rarest few of them together.
            acc.update(dict.fromkeys(self._holding_all(sorted(common)), 0.0))
        key = fact_key(question)
        if not acc and not (key and key in self._by_fact):
            return []  # no word in common with any entry: nothing to suggest
        rest = {t: qvec[t] for _, t in common}
        # The entries holding the fact asked for (the best-worded few when many hold it).
        facts = self._best_holders(key, acc) if key and key in self._by_fact else frozenset()
        ranked = sorted(acc.items(), key=_SCORE, reverse=True)[:_CANDIDATES]
        if facts:
            ranked += [(i, acc.get(i, 0.0)) for i in sorted(facts - {i for i, _ in ranked})]
        # The exact cosine: the candidate pass's sum plus what the common terms add.
        raw = self._with_common(ranked, rest) if rest else ranked
        if facts:
            # The same company fact in other words scores high whatever the words share.
            raw = [(i, max(score, FACT_SCORE) if i in facts else score) for i, score in raw]
        # Best score first, the earlier entry among equals (two stable sorts, no key function).
        raw.sort(key=_INDEX)
        raw.sort(key=_SCORE, reverse=True)
        concepts = _own_signature(parts(question)[0])
        plain = not any(concepts)
        scored: list[tuple[int, float]] = []
        for i, score in raw:
            if len(scored) >= k and score <= scored[-1][1]:
                break  # a penalty only lowers a score: nothing further down can enter the top k
            if i in facts:
                pass  # the fact asked for, whatever the words
            elif self.entries[i].fact and self.entries[i].fact != key:
                score *= CONTRAST_PENALTY  # another company fact (founding year vs headcount)
            elif not (plain and not any(self._concepts[i])) and _differ(
                concepts, self._concepts[i]
            ):
                score *= CONTRAST_PENALTY
            if score > 0:
                # Into its place: after the better scores and the earlier equal ones.
                at = len(scored)
                while at and (
                    scored[at - 1][1] < score
                    or (scored[at - 1][1] == score and scored[at - 1][0] > i)
                ):
                    at -= 1
                scored.insert(at, (i, score))
                del scored[k:]
        return scored

    def _shares_a_term(self, question: str, context: str) -> bool:
        postings = self._postings
        own, examples = parts(question)
        found = chain(own, examples, terms(context) if context else ())
        return any(t in postings for t in found)

    def _best_holders(self, key: str, acc: dict[int, float]) -> frozenset[int]:
        """The `_CANDIDATES` entries holding fact `key` that share most with the question (the
        earliest among equals); a templated library may hold hundreds, most sharing nothing."""
        holders = self._by_fact[key]
        if len(holders) <= _CANDIDATES:
            return frozenset(holders)
        held = self._fact_sets[key]
        shared = (
            [i for i in acc if i in held]
            if len(acc) < len(holders)
            else [i for i in holders if i in acc]
        )
        best = heapq.nsmallest(_CANDIDATES, ((-acc[i], i) for i in shared if acc[i] > 0))
        chosen = {i for _, i in best}
        for i in holders:  # in index order: the earliest of those sharing nothing
            if len(chosen) >= _CANDIDATES:
                break
            chosen.add(i)
        return frozenset(chosen)

    def _holding_all(self, common: list[tuple[int, str]]) -> frozenset[int]:
        """The entries holding the rarest terms together, narrowed term by term (rarest first)
        while some remain and they are more than the candidates the exact pass scores."""
        held = self._ids[common[0][1]]
        for _, t in common[1:]:
            if len(held) <= _CANDIDATES:
                break
            both = held & self._ids[t]
            if both:
                held = both
        return held

    def _with_common(
        self, ranked: list[tuple[int, float]], rest: dict[str, float]
    ) -> list[tuple[int, float]]:
        """Each candidate's sum plus what the common terms add to it."""
        vecs = self._vecs
        terms_in = tuple(rest.items())
        out = []
        for i, part in ranked:
            vec = vecs[i]
            total = 0.0
            for t, w in terms_in:
                if t in vec:
                    total += w * vec[t]
            out.append((i, part + total))
        return out

    def fact_match(self, question: str) -> int | None:
        """The one entry holding the company fact the question asks for, or None (none, or
        several that disagree)."""
        key = fact_key(question)
        hits = self._by_fact.get(key, []) if key else []
        return hits[0] if len(hits) == 1 else None

    def contrasted(self, question: str, i: int) -> bool:
        """Whether entry `i` differs from the question in a contrast (see `contrasted`)."""
        return _differ(_own_signature(parts(question)[0]), self._concepts[i])


def _contrastable(found: Sequence[str]) -> frozenset[str]:
    return frozenset(t for t in found if t in _CONTRASTED or t.isdigit())


# Sort keys of an (index, score) pair: results never depend on the order entries were met.
_INDEX = itemgetter(0)
_SCORE = itemgetter(1)


def _base(term: str) -> float:
    return CONCEPT_WEIGHT if term.startswith("c:") else 1.0
