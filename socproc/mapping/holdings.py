"""The per-run view of the holdings: freshness, bridge letters, scope, what bears on a question."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from socproc.inventory.check import BRIDGEABLE_KINDS
from socproc.inventory.load import (
    ApprovedAnswer,
    Control,
    EvidenceDocument,
    Inventory,
    Report,
)
from socproc.mapping.answers import AnswerIndex, content_tokens, stemmed
from socproc.mapping.days import said_before, source_dated_before
from socproc.model import LIMITING_FLAGS, Classification, Flag, Settings, SocNeed, Status

_CATEGORY_OF_PREFIX = (
    ("CC", "security"),
    ("PI", "processing integrity"),
    ("A", "availability"),
    ("C", "confidentiality"),
    ("P", "privacy"),
)
# What a carved-out provider carries when the inventory lists no criteria for it: the
# physical and environmental criteria (DOMAIN.md 4.6), by service words.
_SERVICE_CRITERIA: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"host|cloud|infrastructure|data ?cent|coloc|iaas|paas"), ("CC6.4", "A1.2")),
    (re.compile(r"physical"), ("CC6.4",)),
    (re.compile(r"environment|power|backup"), ("A1.2",)),
    # What other providers carry: a log-management provider does not carry backups.
    (re.compile(r"\blog|monitor|observab|siem|alert"), ("CC7.2", "CC7.3")),
    (
        re.compile(r"e-?mail|sms|messag|notif|remind|communicat|support|help ?desk|ticket"),
        ("CC2.3",),
    ),
    (re.compile(r"identity|authenticat|sso|sign-?on|directory"), ("CC6.1", "CC6.2")),
    (re.compile(r"payment|card|billing|payroll|bank|settlement"), ("PI1.2", "PI1.3")),
    (re.compile(r"develop|engineering|source code|deploy"), ("CC8.1",)),
)
# Words too common in questions and control texts to show that a control is on topic.
_GENERIC_WORDS = content_tokens(
    "data security information system systems customer customers company process processes "
    "policy policies employee employees staff organization organisation control controls use "
    "ensure service services"
)
_CRITERION_RX = re.compile(r"^(CC|PI|A|C|P)\d+\.\d+$")
YES_NO_RX = re.compile(
    r"^\s*(do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|"
    r"must)\b",
    re.I,
)
# A question about a report (not a control): "SOC 2", "SSAE 18", "audit report", "certified".
# A bare "SOC" is left out: "Is your SOC staffed 24x7?" is a control question (CC7.2).
REPORT_ASK_RX = re.compile(
    r"\bsoc\s*-?\s*(1|2|3|i{1,3}|one|two|three)\b|\bssae|\bisae|"
    # Not people of the vendor's or a customer's who audit: "Are contract auditors trained?",
    # "internal auditors", "field auditors".
    r"(?<!contract )(?<!contracted )(?<!field )(?<!internal )(?<!site )(?<!factory )"
    r"(?<!social )(?<!staff )(?<!freelance )(?<!junior )(?<!senior )(?<!in-house )"
    r"(?<!quality )(?<!safety )(?<!energy )(?<!clinical )(?<!coding )(?<!billing )\bauditor|"
    # Not a police, TLS or signing certificate: a credential of the vendor's own.
    r"(?<!police )(?<!criminal )(?<!conduct )(?<!ssl )(?<!tls )(?<!x509 )(?<!x.509 )"
    r"(?<!digital )(?<!signing )(?<!server )(?<!client )(?<!root )(?<!device )(?<!medical )"
    r"(?<!birth )(?<!insurance )\bcertifi(?:ed|cations?|cates?)\b|"
    r"\b(audit|assurance|attestation|examination|soc|bridge)\s+(report|letter)",
    re.I,
)
_TYPE1_ASK_RX = re.compile(r"\btype\s*(1|i)\b", re.I)
# Every match of REPORT_ASK_RX holds one of these (lowercased).
_REPORT_ASK_WORDS = ("soc", "ssae", "isae", "auditor", "certif", "report", "letter")


@lru_cache(maxsize=1 << 12)
def asks_about_report(question: str) -> bool:
    """True for a question about a report rather than a control (REPORT_ASK_RX)."""
    # The pattern runs only on text holding a word it needs (most questions do not).
    return any(map(question.lower().__contains__, _REPORT_ASK_WORDS)) and bool(
        REPORT_ASK_RX.search(question)
    )


class Facts(NamedTuple):
    """What the wording of a question changes in an answer, so outcomes can be reused."""

    yes: bool  # a yes/no question: the answer may start "Yes."
    report_ask: bool  # it asks about a report, not a control
    type1: bool  # it names Type 1 itself
    orgs: frozenset[str]  # subservice organizations it names (lowercase)
    public_soc3: bool = False  # the vendor publishes a SOC 3 report (the same for every question)
    # Every report kind and "kind type" held, stale or expired too (the same for every question).
    ever_held: frozenset[str] = frozenset()


# How good a status is, best first: an outcome ranks by it, then by limiting flags.
RANK = {Status.COVERED: 0, Status.PARTIAL: 1, Status.GAP: 2, Status.REVIEW: 3}


@dataclass(frozen=True)
class Outcome:
    """One way of answering one asked item (a SOC need or a named framework)."""

    status: Status
    flags: frozenset[Flag] = frozenset()
    evidence: tuple[str, ...] = ()
    response: str = ""
    remedy: tuple[str, ...] = ()
    recency: int = 0  # ordinal of the holding's period end, to prefer the newest

    def key(self) -> tuple[int, int, int]:
        return (RANK[self.status], len(self.flags & LIMITING_FLAGS), -self.recency)


@dataclass
class Context:
    """Per-run view of the holdings: built once, shared by every requirement."""

    inventory: Inventory
    as_of: date
    settings: Settings
    answers: Sequence[ApprovedAnswer]  # kept so that the id in the cache key stays this object's
    index: AnswerIndex
    # The inventory as given: `inventory` leaves out reports another entity holds.
    given: Inventory
    stale_before: date = field(init=False)
    bridge_before: date = field(init=False)
    held_kinds: frozenset[str] = field(init=False)
    # The inventory's file name, naming it as the source of its own approved answers.
    origin: str = field(init=False)
    control_words: dict[str, frozenset[str]] = field(init=False)
    doc_phrases: list[tuple[EvidenceDocument, list[tuple[str, str]]]] = field(init=False)
    # First word of a document's phrase → (document index, padded phrase), for `documents_for`.
    doc_starts: dict[str, list[tuple[int, str]]] = field(init=False)
    org_names: frozenset[str] = field(init=False)
    public_soc3: bool = field(init=False)
    ever_held: frozenset[str] = field(init=False)
    # The vendor's products by their own word ("Briefbill Review" → "Review").
    product_words: frozenset[str] = field(init=False)
    # Other organisations the inventory names ("our platform provider, Sendwave Chat Ltd").
    named_orgs: tuple[str, ...] = field(init=False)
    # The approved answers (the inventory's and the run's) that speak of now: not those dated by
    # their own words to a time before `as_of` ("As of our 2024 questionnaires, ...").
    current_answers: tuple[ApprovedAnswer, ...] = field(init=False)
    memo: dict[tuple[Any, ...], Outcome] = field(init=False, default_factory=dict)
    # Criteria asked → the controls on any of them, for `controls_for` (few distinct sets).
    by_criteria: dict[frozenset[str], list[Control]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.origin = Path(self.inventory.path).name or "inventory"
        self.stale_before = add_months(self.as_of, -self.settings.freshness_months)
        self.bridge_before = add_months(self.as_of, -self.settings.bridge_months)
        current = [r for r in self.inventory.reports if not expired(r, self.as_of)]
        kinds = {r.kind for r in current} | {f"{r.kind} {r.type}" for r in current if r.type}
        self.held_kinds = frozenset(kinds)
        every = self.inventory.reports
        self.ever_held = frozenset({r.kind for r in every} | {f"{r.kind} {r.type}" for r in every})
        self.control_words = {c.id: content_tokens(c.description) for c in self.inventory.controls}
        self.doc_phrases = [
            (d, [(p.split()[0], f" {p} ") for p in map(stemmed, (*d.topics, d.title)) if p])
            for d in self.inventory.documents
        ]
        self.doc_starts = {}
        for i, (_, phrases) in enumerate(self.doc_phrases):
            for first, padded in phrases:
                self.doc_starts.setdefault(first, []).append((i, padded))
        self.public_soc3 = any(
            r.kind == "SOC 3" and r.sharing == "public" and not expired(r, self.as_of)
            for r in self.inventory.reports
        )
        self.current_answers = tuple(
            a
            for a in (*self.inventory.answers, *self.answers)
            if not said_before(a.answer, self.as_of)
            and not source_dated_before(a.source, self.as_of)
        )
        self.product_words = _product_words(self.inventory)
        self.named_orgs = _named_orgs(self.inventory)
        self.org_names = frozenset(
            o.name.lower() for r in self.inventory.reports for o in r.subservice_orgs
        )

    def holds(self, kind: str) -> bool:
        return any(r.kind == kind for r in self.inventory.reports)

    def facts(self, question: str, yes: bool) -> Facts:
        """What the wording changes; `yes` says the question is a yes/no one (YES_NO_RX)."""
        lowered = question.lower()
        return Facts(
            yes=yes,
            report_ask=asks_about_report(question),
            # Runs only on text holding the word it needs (most questions do not).
            type1="type" in lowered and bool(_TYPE1_ASK_RX.search(question)),
            orgs=frozenset(n for n in self.org_names if n in lowered),
            public_soc3=self.public_soc3,
            ever_held=self.ever_held,
        )


_CONTEXTS: dict[tuple[int, int, date, Settings], Context] = {}


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the month's end."""
    month0 = day.year * 12 + day.month - 1 + months
    year, month = divmod(month0, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def _product_words(inventory: Inventory) -> frozenset[str]:
    """The words the vendor's products are told apart by: "Briefbill Review", "Briefbill
    Matter" → Review, Matter (the vendor's own name is "Briefbill"); two at least."""
    words = inventory.vendor.split()
    if not words:
        return frozenset()
    texts = [c.description for c in inventory.controls]
    texts += [f"{r.title or ''} {r.scope or ''}" for r in inventory.reports]
    texts += [a.answer for a in inventory.answers]
    # Products go by the vendor's first word ("Briefbill Review"), or by another word of its
    # name where that is its brand ("Blue Yonder Airlines": "Yonder File", "Yonder Registry").
    for brand in words[:2]:
        rx = re.compile(rf"\b{re.escape(brand)}(?:\s+[A-Z][\w-]+)?\s+([A-Z][\w-]+)")
        found = {m[1] for t in texts for m in rx.finditer(t)} - set(words)
        if len(found) > 1:
            return frozenset(found)
    # ... or by one word that begins with it: "TavoloBook", "TavoloCassa" of Tavolo Digitale.
    joined = re.compile(rf"\b{re.escape(words[0])}[A-Z][\w-]+")
    compounds = {m[0] for t in texts for m in joined.finditer(t)}
    return frozenset(compounds) if len(compounds) > 1 else frozenset()


# An organisation named by its legal form ("Sendwave Chat Ltd") or by its role ("our platform
# partner Sendwave Chat", "the contractor Hafnet").
_LEGAL_NAME_RX = re.compile(
    r"\b([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})\s*,?\s+(?:Ltd|Limited|Inc|LLC|GmbH|plc|S\.A\.|SA|"
    r"B\.?V\.?|AB|Oy|A/S|Pty|S\.r\.l\.|K\.K\.|SAS|AG)\b"
)
# An organisation named by the word its kind of business ends its name with: "DentAI Labs",
# "Wayang Proctor Services", "Malabar Radiology".
_COMPANY_WORD_RX = re.compile(
    r"\b((?:[A-Z][\w&-]+\s+){1,3}(?:Labs|Services|Technologies|Solutions|Partners|Consulting|"
    r"Networks|Payments|Radiology|Bank|Insurance|Communications|Logistics|Hosting|Holdings))\b"
)
_ROLE_NAME_RX = re.compile(
    r"\b(?:provider|partner|vendor|supplier|sub-?processor|sub-?contractor|contractor|processor)s?"
    r",?\s+([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})"
)


def _named_orgs(inventory: Inventory) -> tuple[str, ...]:
    """The other organisations the inventory's own words name, not the vendor itself."""
    texts = [c.description for c in inventory.controls] + [a.answer for a in inventory.answers]
    own = set(_name_words(inventory.vendor))
    found = {
        m[1]
        for t in texts
        for rx in (_LEGAL_NAME_RX, _ROLE_NAME_RX, _COMPANY_WORD_RX)
        for m in rx.finditer(t)
    }
    return tuple(
        sorted(
            n
            for n in found
            # "subprocessor SOC 2 reports": a report, not an organisation.
            if not set(_name_words(n)) & own and n.split()[0].lower() not in _NOT_AN_ORG
        )
    )


def _name_words(name: str) -> list[str]:
    """A name's words, lower case, without possessives ("Munson's Herd" → munson, herd)."""
    return [w for w in re.findall(r"[a-z0-9&-]+", re.sub(r"['’]s\b", "", name.lower())) if w]


_NOT_AN_ORG = frozenset(
    [
        "soc",
        "iso",
        "pci",
        "hitrust",
        "fedramp",
        "isae",
        "ssae",
        "csa",
        "attestation",
        "report",
        "reports",
        "type",
        "certificate",
        "certification",
        "audit",
        "the",
        "our",
        "their",
        "its",
    ]
)


def context_for(
    inventory: Inventory, as_of: date, settings: Settings, answers: Sequence[ApprovedAnswer]
) -> Context:
    """The holdings view for this run, reused while the same inventory and answers are passed."""
    key = (id(inventory), id(answers), as_of, settings)
    ctx = _CONTEXTS.get(key)
    if ctx is None or ctx.given is not inventory or ctx.answers is not answers:
        if len(_CONTEXTS) > 8:
            _CONTEXTS.clear()
        index = AnswerIndex((*inventory.answers, *answers))
        own = tuple(r for r in inventory.reports if not another_entitys(r, inventory.vendor))
        holdings = inventory
        if len(own) < len(inventory.reports):
            theirs = _subjects_of(r for r in inventory.reports if r not in own)
            theirs -= _subjects_of(own) | {w for w in inventory.vendor.split()}
            docs = tuple(
                d
                for d in inventory.documents
                if not _others_document(d.title, theirs, inventory.vendor)
            )
            holdings = replace(inventory, reports=own, documents=docs)
        ctx = _CONTEXTS[key] = Context(holdings, as_of, settings, answers, index, inventory)
    return ctx


def another_entitys(report: Report, vendor: str = "") -> bool:
    """Whether a report or certificate is another legal entity's: its title says so ("ISO/IEC
    27001 certificate of Grupo Sierra Madre Digital (our parent company)"), names it as the
    subject by a company name that is not the vendor's ("SOC 3 report of Vistula Cargo Group
    S.A."), or its scope leaves all of the vendor out ("Frachtlo's platforms are not in
    scope"). Listed for the reviewer, never held by the vendor."""
    title = report.title or ""
    if _ANOTHER_ENTITY_RX.search(title):
        return True
    name = vendor.split()[0] if vendor.split() else ""
    if not name:
        return False
    disclaimed = _NOT_OF_RX.search(title)
    if (
        disclaimed is not None
        and re.search(rf"\b{re.escape(name)}\b", disclaimed["who"], re.I)
        # the vendor as a company ("Sarnıç Kültür Yazılımları A.Ş."), not a product or part of
        # it ("Northwind Vault, which is out of scope", "Northwind's subsidiaries")
        and _LEGAL_FORM_END_RX.search(disclaimed["who"])
    ):
        # "ISO/IEC 27001 certificate of Sarnıç Polska sp. z o.o. (not a certificate of Sarnıç
        # Kültür Yazılımları A.Ş.)": the title says whose it is not.
        return True
    entity = _ENTITY_SUBJECT_RX.search(title)
    if entity is not None and name.lower() not in entity[0].lower():
        return True
    whole = rf"\b{re.escape(name)}['’]s\s+(?:own\s+)?(?:{_WHOLE_OF_VENDOR})\s+(?:is|are)\s+"
    if report.scope and re.search(whole + _NOT_IN_SCOPE, report.scope, re.I):
        return True
    if report.scope and re.search(
        rf"\b(?:does|do)\s+not\s+(?:cover|include|extend\s+to)\s+{re.escape(name)}\b",
        report.scope,
        re.I,
    ):
        # "the certificate is Tejo Software's own and does not cover Ruvuma Farmacia Digital".
        return True
    return _named_only_left_out(report, name)


def _named_only_left_out(report: Report, name: str) -> bool:
    """Whether a report names the vendor only where its scope leaves it out: "Orrery Helix
    LIMS and the group IT services that support it; Brightwater LabTrack, Brightwater Courier
    and Brightwater Connect are not in scope" under the title "SOC 2 Type II report on Orrery
    Helix LIMS" is a sister company's report (not "Acme's corporate IT is not in scope", a
    part of the vendor's own, nor a scope that keeps an Acme product in, nor one that keeps
    something in without naming a group or another company: "the Pulse platform" may be the
    vendor's own)."""
    clauses = [c for c in SCOPE_CLAUSE_RX.split(report.scope or "") if c.strip()]
    out = [c for c in clauses if re.search(_NOT_IN_SCOPE, c, re.I)]
    if not any(re.search(rf"\b{re.escape(name)}\b(?!['’]s)", c) for c in out):
        return False
    kept = [report.title or "", *(c for c in clauses if c not in out)]
    return not any(re.search(rf"\b{re.escape(name)}", c, re.I) for c in kept) and any(
        _GROUP_CUE_RX.search(c) for c in kept
    )


def _subjects_of(reports: Iterable[Report]) -> set[str]:
    """The words of what reports are on or of, by their titles ("SOC 2 Type II report on Orrery
    Helix LIMS" → Orrery, Helix, LIMS)."""
    return {
        w for r in reports for m in TITLE_SUBJECT_RX.finditer(r.title or "") for w in m[1].split()
    }


def _subject_in(title: str, words: set[str]) -> bool:
    """Whether a document is on or of only things named by `words`, another entity's subjects:
    "Penetration test summary for Orrery Helix LIMS (August 2036)" beside a sister company's
    SOC 2 on Orrery Helix LIMS."""
    subjects = [m[1].split() for m in TITLE_SUBJECT_RX.finditer(title)]
    return bool(words) and bool(subjects) and all(set(s) <= words for s in subjects)


def _others_document(title: str, words: set[str], vendor: str) -> bool:
    """Whether a document is another entity's: on or of only their subjects (`_subject_in`),
    and not naming the vendor ("... for Kestrel Ledger and Northwind Pulse" is shared)."""
    name = vendor.split()[:1]
    return _subject_in(title, words) and not (
        name and re.search(rf"\b{re.escape(name[0])}\b", title, re.I)
    )


# What a title is on, for or of: "report on Orrery Helix LIMS", "for Acme Cash and Acme Pay",
# "of Harbour Desk".
TITLE_SUBJECT_RX = re.compile(r"\b(?:for|of|on)\s+(?:the\s+)?((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)")


_ANOTHER_ENTITY_RX = re.compile(
    r"\b(?:of|held\s+by|issued\s+to)\s+(?:our|the)\s+(?:parent|holding|sister|affiliated?)\b|"
    r"\((?:our\s+)?(?:parent|holding|sister|affiliated?)\s+(?:company|entity|organi[sz]ation|firm)\)|"
    r"\b(?:our|the)\s+(?:parent|holding|sister)\s+company['’]s\b",
    re.I,
)


# A title that says whose it is not: "(not a certificate of Sarnıç Kültür Yazılımları A.Ş.)".
_NOT_OF_RX = re.compile(
    r"\bnot\s+(?:a|an|the)\s+(?:certificate|certification|report|attestation)\s+(?:of|for|issued\s+to)"
    r"\s+(?P<who>[^);]+)",
    re.I,
)
# A company named with its legal form at the end: "Sarnıç Kültür Yazılımları A.Ş.", "Northwind
# Analytics, Inc.".
_LEGAL_FORM_END_RX = re.compile(
    r"(?:\bS\.A\.|\bSA|\bGmbH|\bAG|\bInc\.?|\bLtd\.?|\bLimited|\bLLC|\bplc|\bPLC|\bOyj?|\bAB|\bASA?|"
    r"\bB\.V\.|\bBV|\bN\.V\.|\bNV|\bS\.p\.A\.|\bSpA|\bS\.A\.S\.|\bSAS|\bPty|\bK\.K\.|A\.Ş\.|"
    r"(?i:sp\.\s*z\s*o\.o\.)|\bs\.r\.o\.|\bKft\.?|\bZrt\.?|\bd\.o\.o\.|\behf\.?|\bA/S|\bApS|\bUAB|"
    r"\bLda\.?|\bLtda\.?|\bSRL|\bS\.r\.l\.|\bCorp\.?|\bCorporation)\s*$"
)
# The company a report is of, by a legal form: "of Vistula Cargo Group S.A.", "for Harbor
# Holdings Ltd".
_ENTITY_SUBJECT_RX = re.compile(
    r"\b(?:of|for|issued\s+to|held\s+by|belonging\s+to)\s+(?:[A-Z][\w&.'’-]*\s+){0,4}?[A-Z][\w&.'’-]*,?\s+"
    r"(?:S\.A\.|SA|GmbH|AG|Inc\.?|Ltd\.?|Limited|LLC|LLP|plc|PLC|Oyj?|AB|ASA?|A/S|ApS|B\.V\.|BV|"
    r"N\.V\.|NV|S\.p\.A\.|SpA|S\.A\.S\.|SAS|Pty|K\.K\.|Sp\.\s*z\s*o\.o\.|Lda\.?|Ltda\.?|S\.L\.|"
    r"S\.r\.l\.|SRL|s\.r\.o\.|d\.o\.o\.|Kft\.?|Group|Holdings?)(?=\W|$)"
)
# All of a vendor, by a possessive: "Frachtlo's platforms", "Acme's own systems".
_WHOLE_OF_VENDOR = "platforms|systems|services|products|operations|applications|environment"
_NOT_IN_SCOPE = (
    r"(?:not\s+(?:in|within|part\s+of)\s+(?:the\s+|its\s+)?scope|out\s+of\s+scope|excluded|"
    r"outside\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?scope|carved\s+out|not\s+covered|"
    r"does\s+not\s+cover)"
)
# What is kept in is a group's or another company's: "the Orrery group IT services", "of
# Orrery Scientific Group plc", "our parent's identity service".
_GROUP_CUE_RX = re.compile(
    r"\b(?:group|parent|holding|sister|affiliated?)\b|\b(?:plc|PLC|GmbH|AG|Inc|Ltd|LLC|S\.A\.|"
    r"B\.V\.|N\.V\.|AB|ASA?|Oyj?)(?=\W|$)",
    re.I,
)
# A scope's clauses end at a semicolon, or a full stop before a capital: "Sava Code d.o.o. are
# not in scope" and "Inc. is" are one clause.
SCOPE_CLAUSE_RX = re.compile(r";\s*|\.\s+(?=[A-Z0-9])")


# --------------------------------------------------------------------------- facts


def expired(r: Report | EvidenceDocument, as_of: date) -> bool:
    """Past its expiry date (a certificate, a document), or no longer in force by what its
    title says ("(suspended 2051-02-01 pending a follow-up audit)", "withdrawn")."""
    return (r.expires is not None and r.expires < as_of) or bool(lapsed_as(r, as_of))


def status_of_part(r: Report | EvidenceDocument, word: str) -> str:
    """The site or part a certificate's title gives a status beginning with `word` to, the
    words after the status ("2046-01-20 for the Durban depot only"), or ''."""
    title = r.title or ""
    for m in _LAPSED_RX.finditer(title):
        if m["word"].lower()[:5] == word.lower()[:5] and _of_part(scope := _scope_of(title, m)):
            return scope
    return ""


def _scope_of(title: str, status: re.Match[str]) -> str:
    """What a title says after a status up to its clause's end, without its cause: "2046-01-20
    for the Durban depot" of "(suspended 2046-01-20 for the Durban depot; ...)"."""
    end = min(
        (i for i in (title.find(";", status.end()), title.find(")", status.end())) if i >= 0),
        default=len(title),
    )
    return _CAUSE_RX.split(title[status.end() : end])[0]


def _of_part(scope: str) -> bool:
    """Whether a status's scope names a site or a part, not all of them."""
    return bool(_PART_STATUS_RX.search(scope)) and not _WHOLE_RX.search(scope)


def lapsed_as(r: Report | EvidenceDocument, as_of: date) -> str:
    """The word a certificate's title gives for it being no longer in force on `as_of`
    ("(suspended 2051-02-01 pending a follow-up audit)", "(withdrawn at our request on
    2047-10-15)"), or ''. Only the certificate's own status said as done: not a suspension
    lifted or to come, an earlier certificate, a site or scope withdrawn, a report's words."""
    # A reinstatement not done is none: "not restored since", "the hold has not been lifted",
    # "to be reinstated after the audit", "we have applied to have it reinstated".
    title = _NOT_TAKEN_BACK_RX.sub(" ", r.title or "")
    # A renewal or reinstatement on a day is judged by its date below; one undated takes the
    # status back whatever it is.
    if getattr(r, "kind", "") in _REPORT_KINDS or _STATUS_TAKEN_BACK_RX.search(
        _RENEWED_RX.sub(" ", title)
    ):
        return ""
    renewed = [date.fromisoformat(x[1]) for x in _RENEWED_RX.finditer(title)]
    # The last status said that has begun: "(recertified 2044-11-01; suspended 2045-03-01)".
    for m in reversed(list(_LAPSED_RX.finditer(title))):
        if _of_part(_scope_of(title, m)):
            continue  # "withdrawn from the Faro site 2026-02-01", "revoked in part": a site's
        when = _ISO_DAY_RX.search(title, m.end(), m.end() + 40)
        if when is not None and date.fromisoformat(when[0]) > as_of:
            continue
        if when is not None and any(date.fromisoformat(when[0]) < d <= as_of for d in renewed):
            return ""  # "(expired 2025-08-31 and renewed 2025-09-01)": renewed since the status
        ends = _STATUS_ENDS_RX.search(title, m.end(), m.end() + 60)
        if ends is not None and date.fromisoformat(ends[1]) <= as_of:
            return ""  # "(on hold from 2026-02-10 to 2026-03-01 ...)": over
        return m["word"].lower()
    return ""


# A renewal or a reinstatement on a day ("renewed 2025-09-01", "recertified on 2025-09-01",
# "reinstated 2045-04-20"), which takes back a status dated before it, up to the day of the
# answer (not "not renewed", not a reissue).
_RENEWED_RX = re.compile(
    r"\b(?<!not\s)(?:renewed|recertified|reinstated|restored|resumed|lifted|reactivated)\s+"
    r"(?:on\s+)?(\d{4}-\d\d-\d\d)",
    re.I,
)
_TAKE_BACK = r"(?:lifted|reinstated|restored|resumed|reactivated|renewed|recertified)"
_NOT_TAKEN_BACK_RX = re.compile(
    # ("not renewed" is a status of its own)
    r"\b(?:not|never)\s+(?:(?:been|yet|since|as\s+yet)\s+)*(?:lifted|reinstated|restored|resumed|"
    r"reactivated)\b|"
    rf"\b(?:to\s+be|will\s+be|would\s+be|could\s+be|may\s+be|expected\s+to\s+be)\s+{_TAKE_BACK}\b|"
    # asked for, not done: "we have asked for it to be reinstated", "awaiting its reinstatement"
    # (not "at our request reinstated 2025-05-10")
    r"\b(?:appl\w*|ask\w*|wait\w*|await\w*|pending|seek\w*|request\w*|hop\w*)\s+(?:for\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:(?:to\s+be|to\s+have\s+it)\s+{_TAKE_BACK}\b(?!\s+(?:on\s+)?\d)|"
    r"(?:its\s+|the\s+)?(?:reinstatement|restoration|lifting|renewal)\b)",
    re.I,
)
# Reports whose title words are about their content, not their status.
_REPORT_KINDS = frozenset({"SOC 1", "SOC 2", "SOC 3", "ISAE 3402", "ISAE 3000", "bridge letter"})
# The words for a certificate no longer in force by what befell it: "suspended", "on hold",
# "paused", "rescinded", "terminated by the certification body".
LAPSED_WORDS = (
    r"suspended|withdrawn|revoked|lapsed|cancell?ed|rescinded|terminated|paused|on\s+hold|"
    r"annulled|invalidated|deregistered|struck\s+off(?:\s+the\s+register)?|halted|"
    r"no\s+longer\s+(?:in\s+force|valid|current)|(?:held\s+|placed\s+)?in\s+abeyance|"
    r"not\s+renewed|voided|frozen|discontinued|inactive|expired(?:\s+early)?|dormant|ceased|"
    r"surrendered|withheld"
)
# The certificate's own status, opening a parenthesis or said of it: "(suspended ...)",
# "certificate ... was withdrawn"; or a later status in a list of dated events: "(recertified
# 2044-11-01; suspended 2045-03-01 ...)", "(issued 2043-05-02, then suspended ...)".
_LAPSED_RX = re.compile(
    r"(?:(?:\(|\s[-–—]\s|(?<=\d\d)\s*[;,]\s*(?:(?:and\s+)?(?:then|later)\s+)?|;\s*(?:(?:and\s+)?"
    r"(?:then|later)\s+)?|,\s+(?:and\s+)?(?:then|later)\s+|\s+and\s+(?:then|later)\s+)\s*"
    r"(?:status:\s*)?(?:(?:put|placed|temporarily)\s+)?"
    r"(?:(?:the\s+)?(?:certificate|certification|registration|accreditation)\s+)?|"
    r"\b(?:certificate|attestation|accreditation|certification)\b[^.;()]{0,40}?\b"
    r"(?:is|was|has\s+been)\s+)(?P<word>" + LAPSED_WORDS + r")\b"
    # what follows a status: its date, cause or party ("terminated employees" is no status)
    r"(?=\s*(?:[\d.;)]|,\s*\d|$|(?:since|on|from|by|at|in|after|pending|until|due|following|while|"
    r"for|because|as|again)\b))",
    re.I,
)
# A status taken back, still to come, or of another certificate: "suspension lifted",
# "reinstated", "never suspended", "no longer", "to be suspended", "the earlier certificate",
# "replacing certificate DK-0901". (A site or scope withdrawn is not the certificate's status:
# the status is read only where it opens a parenthesis or is said of the certificate.)
_STATUS_TAKEN_BACK_RX = re.compile(
    r"\b(?:lifted|reinstated|restored|resumed|"
    r"never(?!\s+(?:been\s+)?(?:recertified|renewed|reinstated|restored|reissued|lifted))|"
    r"will\s+be|to\s+be|earlier|previous|prior|"
    r"old\s+certificate|"
    r"former|replac\w*|supersed\w*|active\s+again|(?<!no\slonger\s)in\s+force|"
    r"no\s+longer\s+(?:suspended|withdrawn|revoked|on\s+hold|paused|lapsed|cancell?ed)|"
    r"(?:certificate|it)\s+(?:is\s+|remains\s+)?(?:active|valid)|remains?\s+(?:valid|certified|"
    r"active)|"
    # a site's or office's status, not the certificate's
    r"(?:for|in\s+respect\s+of|as\s+regards|regarding)\s+(?:the\s+)?(?:scope\s+of\s+|operations\s+of\s+)?"
    r"(?:the\s+)?[\w-]+(?:\s+and\s+[\w-]+)?\s+(?:site|office|location|plant|branch|data\s+cent(?:re|er))s?"
    r"\s+only\b|\b(?:office|site|sites|offices)\s+(?:remains?\s+|are\s+|is\s+)?certified\b|"
    r"\bfor\s+the\s+(?:site|office|location|plant|branch)\s+(?:in|at)\s+[\w-]+\s+only\b|"
    r"(?:certification|registration)\s+of\s+the\s+[\w-]+\s+(?:site|office|location|plant|"
    r"branch)\b)\b",
    re.I,
)
# A status said of a site or a part only: "suspended for the Porto site", "at the Faro
# office", "in respect of Faro", "revoked in part".
_PART_STATUS_RX = re.compile(
    r"\b(?:for|at|from|in\s+respect\s+of|regarding|as\s+regards)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:site|sites|office|offices|location|plant|branch|data\s+cent(?:re|er)|facility|campus|"
    r"warehouse|depot|laborator(?:y|ies))\b(?!['’]s)|"
    # A named part: "for the Durban depot only", "for Coimbra operations", "for the Tejo
    # Booking product", "for Mannikin Dock only" (not "for Security Operations failings", "for
    # 90 days only", "for poor service").
    r"\b(?:for|at|in|from)\s+(?:the\s+|our\s+)?(?:(?-i:[A-Z])[\w-]+\s+){1,3}(?:(?:lab|operations|"
    r"products?|services?|division|department|unit|region|county|subsidiary)\b|only\b)"
    r"(?!\s+(?:failings?|failures?|defects?|lapses?|issues?|problems?|shortcomings?|breaches|"
    r"nonconformit\w*|findings?|deficienc\w*))|"
    r"\bin\s+respect\s+of\b|\bin\s+part\b|\bpartial(?:ly)?\b",
    re.I,
)
# A status of every part: "for all sites", "for every location", "the only site in scope",
# "the whole scope".
_WHOLE_RX = re.compile(
    r"\b(?:all|every|each|whole|entire|(?:the|our|its)\s+only|sole|single\s+[\w-]+\s+in\s+scope)\b"
    r"(?![^;)]*\b(?:except|but|other\s+than|save|"
    r"apart\s+from)\b)",
    re.I,
)
# What follows a status as its cause or condition, not its scope: "suspended since the Porto
# site failed its audit", "rescinded after a failed re-test of the Maputo office".
_CAUSE_RX = re.compile(
    r"\b(?:since|after|because|following|due\s+to|as|pending|when|while|until)\b", re.I
)
# A status for a period that has an end: "(paused 2026-01-05 to 2026-02-15 ...)".
_STATUS_ENDS_RX = re.compile(r"\b(?:to|until|till|through)\s+(\d{4}-\d{2}-\d{2})\b", re.I)
_ISO_DAY_RX = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def categories_of(cls: Classification) -> frozenset[str]:
    """The TSC categories a requirement touches: the classifier's plus those its criteria imply."""
    cats = set(cls.categories)
    for crit in cls.criteria:
        cats.update(cat for prefix, cat in _CATEGORY_OF_PREFIX if _is_prefix(prefix, crit))
    return frozenset(cats)


def _is_prefix(prefix: str, crit: str) -> bool:
    return crit.upper().startswith(prefix) and crit[len(prefix) : len(prefix) + 1].isdigit()


def _org_criteria(services: Sequence[str]) -> frozenset[str]:
    ids = {s.upper() for s in services if _CRITERION_RX.match(s.upper())}
    for s in services:
        for rx, crits in _SERVICE_CRITERIA:
            if rx.search(s.lower()):
                ids.update(crits)
    return frozenset(ids or ("CC6.4", "A1.2"))


def _bridge_for(ctx: Context, report: Report) -> Report | None:
    """The bridge letter running furthest past this report (or a report of the same period)."""
    same_period = {
        r.id
        for r in ctx.inventory.reports
        if r.period_end == report.period_end and r.kind in BRIDGEABLE_KINDS
    }
    letters = [
        r
        for r in ctx.inventory.reports
        if r.kind == "bridge letter"
        and r.extends in same_period
        and r.through
        and report.period_end
        and r.through > report.period_end
    ]
    return max(letters, key=lambda r: r.through or date.min, default=None)


def _anchor(report: Report, settings: Settings) -> date | None:
    if settings.freshness_anchor == "issued" and report.issued:
        return report.issued
    return report.period_end or report.issued


def anchor_stale(ctx: Context, report: Report) -> bool:
    """The report's freshness date is missing or older than the freshness window."""
    anchor = _anchor(report, ctx.settings)
    return anchor is None or anchor < ctx.stale_before


# --------------------------------------------------------------------------- what bears on a question


def controls_for(
    ctx: Context, cls: Classification, question: str
) -> tuple[tuple[Control, ...], tuple[Control, ...]]:
    """The vendor's controls that evidence a requirement, and those the answer may name.

    Cited: the controls on the requirement's criteria, else those sharing several words with
    it. Named: the cited ones whose text is on the question's topic, so that an answer never
    says "addressed by our encryption control" to a question about job descriptions.
    """
    crit = {c.upper() for c in cls.criteria}
    words = content_tokens(question) - _GENERIC_WORDS
    if crit:
        key = frozenset(crit)
        by_crit = ctx.by_criteria.get(key)
        if by_crit is None:
            by_crit = [c for c in ctx.inventory.controls if crit & set(c.criteria)]
            ctx.by_criteria[key] = by_crit
        on_topic = [c for c in by_crit if words & ctx.control_words[c.id]]
        cited = (*on_topic, *(c for c in by_crit if c not in on_topic))[:4]
        return cited, tuple(c for c in cited if c in on_topic)
    scored = []
    for c in ctx.inventory.controls:
        shared = len(words & ctx.control_words[c.id])
        if shared >= 3:
            scored.append((-shared, c.id, c))
    cited = tuple(c for *_, c in sorted(scored))[:2]
    return cited, cited


def documents_for(ctx: Context, text: str, artifact: bool = False) -> list[EvidenceDocument]:
    """Documents whose title or a topic appears, as a whole phrase, in the text; for an
    artifact name, also those with a topic or title that contains it."""
    stem = stemmed(text)
    target = f" {stem} "
    # Only phrases whose first word is in the text can be in it: look those up by word.
    hits = {
        i
        for word in ctx.doc_starts.keys() & stem.split()
        for i, padded in ctx.doc_starts[word]
        if padded in target
    }
    if artifact and len(stem) > 4:
        hits.update(
            i
            for i, (_, phrases) in enumerate(ctx.doc_phrases)
            if any(target in padded for _, padded in phrases)
        )
    # A draft or a superseded one ("Business Continuity Plan (draft)") is not the document a
    # buyer asks for.
    docs = (ctx.doc_phrases[i][0] for i in sorted(hits))
    return [d for d in docs if not _DRAFT_RX.search(d.title)]


_DRAFT_RX = re.compile(r"\b(draft|superseded|obsolete|retired|deprecated|archived)\b", re.I)


@dataclass(frozen=True)
class Findings:
    """What one held report shows about one need, before it is put into words."""

    flags: frozenset[Flag]
    bridge: Report | None  # the bridge letter worth citing, if any
    missing: tuple[str, ...]  # categories asked for but out of the report's scope
    exceptions: tuple[str, ...]  # criteria asked about on which the report notes exceptions
    orgs: tuple[str, ...]  # carved-out subservice organizations that carry the ask


def findings(
    ctx: Context, need: SocNeed | None, report: Report, cls: Classification, facts: Facts
) -> Findings:
    """The flags of DOMAIN.md section 4 for one report against one need."""
    flags: set[Flag] = set()
    crit = {c.upper() for c in cls.criteria}
    anchor = _anchor(report, ctx.settings)
    if anchor and anchor < ctx.stale_before:
        flags.add(Flag.STALE)
    bridge = _bridge_for(ctx, report) if report.kind in BRIDGEABLE_KINDS else None
    if report.period_end and report.period_end < ctx.bridge_before:
        if not (bridge and bridge.through and bridge.through >= ctx.bridge_before):
            flags.add(Flag.BRIDGE_LETTER_NEEDED)
    elif bridge and bridge.extends != report.id:
        # A letter on a sibling report of the same period is only worth citing when needed.
        bridge = None
    if expired(report, ctx.as_of):
        flags.add(Flag.EXPIRED)
    if report.opinion in ("qualified", "adverse", "disclaimer"):
        flags.add(Flag.OPINION_MODIFIED)
    missing: tuple[str, ...] = ()
    if report.kind in ("SOC 2", "SOC 3", "ISAE 3000"):
        missing = tuple(sorted(categories_of(cls) - set(report.categories)))
    exceptions = tuple(sorted({c for e in report.exceptions for c in e.criteria if c in crit}))
    orgs = tuple(
        o.name
        for o in report.subservice_orgs
        if o.method == "carve-out"
        and (crit & _org_criteria(o.services) or o.name.lower() in facts.orgs)
    )
    for present, flag in (
        (missing, Flag.CATEGORY_OUT_OF_SCOPE),
        (exceptions, Flag.EXCEPTIONS_NOTED),
        (orgs, Flag.CARVE_OUT),
        (report.sharing != "public", Flag.NDA_REQUIRED),
        (
            report.type == "Type I"
            and (need is SocNeed.SOC2_TYPE2 or (need is SocNeed.SOC1 and not facts.type1)),
            Flag.TYPE_MISMATCH,
        ),
        (
            need in (SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2)
            and report.kind == "SOC 3"
            and not cls.public,
            Flag.SOC3_ONLY,
        ),
        (
            (need is SocNeed.SOC3 or cls.public) and report.kind in ("SOC 2", "ISAE 3000"),
            Flag.SOC2_NOT_PUBLIC,
        ),
    ):
        if present:
            flags.add(flag)
    return Findings(frozenset(flags), bridge, missing, exceptions, orgs)
