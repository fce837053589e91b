"""map_requirement(): a classified requirement against the vendor's holdings → status, flags, answer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Mapping as AbcMapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from socproc.answers import AnswerIndex, claimed_reports, content_tokens, polarity, stemmed
from socproc.inventory import (
    BRIDGEABLE_KINDS,
    ApprovedAnswer,
    Control,
    EvidenceDocument,
    Inventory,
    Report,
)
from socproc.model import (
    LIMITING_FLAGS,
    AnswerSource,
    Classification,
    Flag,
    Mapping,
    Requirement,
    Settings,
    SocNeed,
    Status,
)
from socproc.result import DemandRow, EvidenceItem, Recommendation

if TYPE_CHECKING:
    from socproc.result import Result

_RANK = {Status.COVERED: 0, Status.PARTIAL: 1, Status.GAP: 2, Status.REVIEW: 3}
_FLAG_ORDER = {f: i for i, f in enumerate(Flag)}
# The reports that can answer each need, best first. A SOC 2 never answers a SOC 1 (and the
# reverse); the SOC 3 is listed for SOC 2 needs only to say "soc3_only".
_CANDIDATE_KINDS: dict[SocNeed, tuple[str, ...]] = {
    SocNeed.SOC1: ("SOC 1", "ISAE 3402"),
    SocNeed.SOC2_TYPE1: ("SOC 2", "ISAE 3000", "SOC 3"),
    SocNeed.SOC2_TYPE2: ("SOC 2", "ISAE 3000", "SOC 3"),
    SocNeed.SOC3: ("SOC 3", "SOC 2", "ISAE 3000"),
}
_EQUIVALENT_OF = {"ISAE 3402": "SOC 1", "ISAE 3000": "SOC 2"}
_CERTIFICATE_KINDS = frozenset({"ISO 27001", "PCI DSS", "HITRUST", "FedRAMP", "other"})
_OBTAIN = {
    "ISO 27001": "obtain an ISO 27001 certification",
    "PCI DSS": "obtain a PCI DSS Attestation of Compliance",
    "HITRUST": "obtain a HITRUST certification",
    "FedRAMP": "obtain a FedRAMP authorization",
}
_FRAMEWORK_NOUN = {
    "ISO 27001": "certification",
    "HITRUST": "certification",
    "PCI DSS": "Attestation of Compliance",
    "FedRAMP": "authorization",
}
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
)
# Words too common in questions and control texts to show that a control is on topic.
_GENERIC_WORDS = content_tokens(
    "data security information system systems customer customers company process processes "
    "policy policies employee employees staff organization organisation control controls use "
    "ensure service services"
)
_CRITERION_RX = re.compile(r"^(CC|PI|A|C|P)\d+\.\d+$")
_YES_NO_RX = re.compile(
    r"^\s*(do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|"
    r"must)\b",
    re.I,
)
# A question about a report (not a control): "SOC 2", "SSAE 18", "audit report", "certified".
# A bare "SOC" is left out: "Is your SOC staffed 24x7?" is a control question (CC7.2).
_REPORT_ASK_RX = re.compile(
    r"\bsoc\s*-?\s*(1|2|3|i{1,3}|one|two|three)\b|\bssae|\bisae|\bauditor|\bcertif|"
    r"\b(audit|assurance|attestation|examination|soc|bridge)\s+(report|letter)",
    re.I,
)
_TYPE1_ASK_RX = re.compile(r"\btype\s*(1|i)\b", re.I)
# Dropdown wordings, normalised (lowercase words): best first.
_YES_CHOICES = ("yes", "y", "true", "compliant", "fully compliant", "implemented", "in place")
_PARTIAL_CHOICES = ("partial", "partially", "partially compliant", "partially implemented")
_NO_CHOICES = ("no", "n", "false", "not compliant", "non compliant", "not implemented")


class _Facts(NamedTuple):
    """What the wording of a question changes in an answer, so outcomes can be reused."""

    yes: bool  # a yes/no question: the answer may start "Yes."
    report_ask: bool  # it asks about a report, not a control
    type1: bool  # it names Type 1 itself
    orgs: frozenset[str]  # subservice organizations it names (lowercase)


@dataclass(frozen=True)
class _Outcome:
    """One way of answering one asked item (a SOC need or a named framework)."""

    status: Status
    flags: frozenset[Flag] = frozenset()
    evidence: tuple[str, ...] = ()
    response: str = ""
    remedy: tuple[str, ...] = ()
    recency: int = 0  # ordinal of the holding's period end, to prefer the newest

    def key(self) -> tuple[int, int, int]:
        return (_RANK[self.status], len(self.flags & LIMITING_FLAGS), -self.recency)


@dataclass
class _Context:
    """Per-run view of the holdings: built once, shared by every requirement."""

    inventory: Inventory
    as_of: date
    settings: Settings
    answers: Sequence[ApprovedAnswer]  # kept so that the id in the cache key stays this object's
    index: AnswerIndex
    stale_before: date = field(init=False)
    bridge_before: date = field(init=False)
    held_kinds: frozenset[str] = field(init=False)
    control_words: dict[str, frozenset[str]] = field(init=False)
    doc_phrases: list[tuple[EvidenceDocument, list[tuple[str, str]]]] = field(init=False)
    org_names: frozenset[str] = field(init=False)
    memo: dict[tuple[Any, ...], _Outcome] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.stale_before = add_months(self.as_of, -self.settings.freshness_months)
        self.bridge_before = add_months(self.as_of, -self.settings.bridge_months)
        current = [r for r in self.inventory.reports if not _expired(r, self.as_of)]
        kinds = {r.kind for r in current} | {f"{r.kind} {r.type}" for r in current if r.type}
        self.held_kinds = frozenset(kinds)
        self.control_words = {c.id: content_tokens(c.description) for c in self.inventory.controls}
        self.doc_phrases = [
            (d, [(p.split()[0], f" {p} ") for p in map(stemmed, (*d.topics, d.title)) if p])
            for d in self.inventory.documents
        ]
        self.org_names = frozenset(
            o.name.lower() for r in self.inventory.reports for o in r.subservice_orgs
        )

    def holds(self, kind: str) -> bool:
        return any(r.kind == kind for r in self.inventory.reports)

    def facts(self, question: str, yes: bool) -> _Facts:
        lowered = question.lower()
        return _Facts(
            yes=yes and bool(_YES_NO_RX.match(question)),
            report_ask=bool(_REPORT_ASK_RX.search(question)),
            type1=bool(_TYPE1_ASK_RX.search(question)),
            orgs=frozenset(n for n in self.org_names if n in lowered),
        )


_CONTEXTS: dict[tuple[int, int, date, Settings], _Context] = {}


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


def _context(
    inventory: Inventory, as_of: date, settings: Settings, answers: Sequence[ApprovedAnswer]
) -> _Context:
    key = (id(inventory), id(answers), as_of, settings)
    ctx = _CONTEXTS.get(key)
    if ctx is None or ctx.inventory is not inventory or ctx.answers is not answers:
        if len(_CONTEXTS) > 8:
            _CONTEXTS.clear()
        index = AnswerIndex((*inventory.answers, *answers))
        ctx = _CONTEXTS[key] = _Context(inventory, as_of, settings, answers, index)
    return ctx


# --------------------------------------------------------------------------- facts


def _expired(r: Report | EvidenceDocument, as_of: date) -> bool:
    return r.expires is not None and r.expires < as_of


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


def _bridge_for(ctx: _Context, report: Report) -> Report | None:
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


# --------------------------------------------------------------------------- wording


def _and(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _sharing(item: Report | EvidenceDocument) -> str:
    if item.sharing == "public":
        link = f" at {item.file}" if item.file and item.file.startswith("http") else ""
        return f"publicly available{link}"
    if item.sharing == "internal":
        return "available for review on request"
    return "available under NDA"


def _period(report: Report) -> str:
    start, end = report.period_start, report.period_end
    if start and end and start != end:
        return f"period {start} to {end}"
    return f"as of {end}" if end else ""


def describe(report: Report) -> str:
    """'our SOC 2 Type II report (security and availability; period 2025-10-01 to 2026-09-30)'."""
    if report.kind == "other":
        return f"our {_lower_first(report.title)}" if report.title else f"our report {report.id}"
    if report.kind in _CERTIFICATE_KINDS:
        valid = f" (valid until {report.expires})" if report.expires else ""
        noun = "certificate" if report.kind in ("ISO 27001", "HITRUST") else "attestation"
        return f"our {report.kind} {noun}{valid}"
    head = f"our {report.label} report"
    if report.kind in _EQUIVALENT_OF:
        head += f", the international equivalent of a {_EQUIVALENT_OF[report.kind]},"
    details = [_and(report.categories)] if report.kind in ("SOC 2", "SOC 3", "ISAE 3000") else []
    details.append(_period(report))
    inner = "; ".join(d for d in details if d)
    return f"{head} ({inner})" if inner else head


def _need_label(need: SocNeed) -> str:
    return "SOC 1 Type II" if need is SocNeed.SOC1 else str(need)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    text = text.strip()
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".") if text else ""


def _lead(
    need: SocNeed | None,
    report: Report,
    flags: frozenset[Flag],
    controls: Sequence[Control],
    cls: Classification,
    facts: _Facts,
    bridge: Report | None,
) -> str:
    """The first sentence: what is held for this ask, said without claiming more."""
    desc, share = describe(report), _sharing(report)
    with_bridge = f", with a bridge letter through {bridge.through}" if bridge else ""
    if Flag.TYPE_MISMATCH in flags and need is not None:
        return f"We hold {desc}, {share}; we do not yet hold a {_need_label(need)} report"
    if Flag.SOC3_ONLY in flags:
        return f"We can share {desc}, {share}; we do not currently provide a full SOC 2 report"
    if Flag.SOC2_NOT_PUBLIC in flags:
        return f"We do not publish a SOC 3 report; {desc} is {share}{with_bridge}"
    if Flag.STALE in flags:
        latest = _cap(desc.replace("our ", "our most recent ", 1))
        return f"{latest} is {share}; a more recent report is not yet available"
    if Flag.EXPIRED in flags:
        return f"Our {report.kind} certificate expired on {report.expires}"
    if Flag.CATEGORY_OUT_OF_SCOPE in flags:
        return f"{desc} is {share}{with_bridge}"
    if (cls.criteria or controls) and not facts.report_ask:
        # A control question: whether "yes" is the right answer depends on its wording
        # ("Does your cloud vendor hold your keys?"), so say what evidences it instead.
        verb = "examined" if report.type == "Type I" else "tested"
        if controls:
            noun = "control" if len(controls) == 1 else "controls"
            ids = _and([c.id for c in controls])
            return f"This is addressed by our {noun} {ids}, {verb} in {desc}, {share}{with_bridge}"
        return f"This is within the scope of {desc}, {share}{with_bridge}"
    prefix = "Yes. " if facts.yes and not flags & LIMITING_FLAGS else ""
    return f"{prefix}{_cap(desc)} is {share}{with_bridge}"


def _extras(
    report: Report,
    flags: frozenset[Flag],
    missing_cats: Sequence[str],
    exception_ids: Sequence[str],
    orgs: Sequence[str],
) -> list[str]:
    out: list[str] = []
    if Flag.CATEGORY_OUT_OF_SCOPE in flags:
        verb = "is" if len(missing_cats) == 1 else "are"
        out.append(f"{_and(missing_cats).capitalize()} {verb} not in the report's scope")
    if Flag.EXCEPTIONS_NOTED in flags:
        out.append(
            f"The report notes an exception on {_and(exception_ids)}, described in the report"
        )
    if Flag.CARVE_OUT in flags:
        out.append(
            f"Physical and environmental controls are operated by {_and(orgs)}, a carved-out "
            "subservice organization; please refer to its own assurance reports for them"
        )
    if Flag.OPINION_MODIFIED in flags:
        out.append(f"The auditor's opinion is {report.opinion}")
    return [_sentence(s) for s in out]


def _lower_first(title: str) -> str:
    # "Penetration test summary" reads as a noun mid-sentence; "ISO", "DR" keep their case.
    return title[0].lower() + title[1:] if title[:2].istitle() else title


def _no(yes: bool) -> str:
    # `yes` marks a yes/no question: it gets a plain answer first.
    return "No. " if yes else ""


def _unprefixed(response: str) -> str:
    for word in ("Yes. ", "No. "):
        response = response.removeprefix(word)
    return response


def _a(noun: str) -> str:
    """The noun with its indefinite article; none for a plural ("scan results")."""
    last = noun.split()[-1] if noun.split() else ""
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) and last.islower():
        return noun
    vowel = noun[:1].lower() in "aeio" or noun.startswith(("ISO", "ISAE", "HITRUST", "FedRAMP"))
    return ("an " if vowel else "a ") + noun


# --------------------------------------------------------------------------- outcomes


def _controls(
    ctx: _Context, cls: Classification, question: str
) -> tuple[tuple[Control, ...], tuple[Control, ...]]:
    """The vendor's controls that evidence a requirement, and those the answer may name.

    Cited: the controls on the requirement's criteria, else those sharing several words with
    it. Named: the cited ones whose text is on the question's topic, so that an answer never
    says "addressed by our encryption control" to a question about job descriptions.
    """
    crit = {c.upper() for c in cls.criteria}
    words = content_tokens(question) - _GENERIC_WORDS
    if crit:
        by_crit = [c for c in ctx.inventory.controls if crit & set(c.criteria)]
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


@dataclass(frozen=True)
class _Findings:
    """What one held report shows about one need, before it is put into words."""

    flags: frozenset[Flag]
    bridge: Report | None  # the bridge letter worth citing, if any
    missing: tuple[str, ...]  # categories asked for but out of the report's scope
    exceptions: tuple[str, ...]  # criteria asked about on which the report notes exceptions
    orgs: tuple[str, ...]  # carved-out subservice organizations that carry the ask


def _findings(
    ctx: _Context, need: SocNeed | None, report: Report, cls: Classification, facts: _Facts
) -> _Findings:
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
    if _expired(report, ctx.as_of):
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
    return _Findings(frozenset(flags), bridge, missing, exceptions, orgs)


def _assess(
    ctx: _Context,
    need: SocNeed | None,
    report: Report,
    cls: Classification,
    facts: _Facts,
    controls: tuple[tuple[Control, ...], tuple[Control, ...]],
) -> _Outcome:
    """How well one held report answers one need: status, evidence, words and fixes."""
    found = _findings(ctx, need, report, cls, facts)
    flags = found.flags
    severe = report.opinion in ("adverse", "disclaimer")
    # soc2_not_public and a pervasive opinion are not in LIMITING_FLAGS but fall short too.
    partial = bool(flags & LIMITING_FLAGS) or Flag.SOC2_NOT_PUBLIC in flags or severe
    cited, named = controls
    lead = _lead(need, report, flags, named, cls, facts, found.bridge)
    extras = _extras(report, flags, found.missing, found.exceptions, found.orgs)
    used_bridge = (found.bridge.id,) if found.bridge else ()
    return _Outcome(
        status=Status.PARTIAL if partial else Status.COVERED,
        flags=flags,
        evidence=(report.id, *used_bridge, *(c.id for c in cited)),
        response=" ".join([_sentence(lead), *extras]),
        remedy=_remedies(ctx, need, report, flags, found.missing, severe),
        recency=(report.period_end or report.issued or date.min).toordinal(),
    )


def _remedies(
    ctx: _Context,
    need: SocNeed | None,
    report: Report,
    flags: frozenset[Flag],
    missing: Sequence[str],
    severe: bool,
) -> tuple[str, ...]:
    out: list[str] = []
    wanted = _need_label(need) if need else report.label
    if Flag.TYPE_MISMATCH in flags or Flag.SOC3_ONLY in flags:
        out.append(f"obtain {_a(wanted)}")
    if Flag.SOC2_NOT_PUBLIC in flags:
        out.append("obtain a SOC 3 with the next SOC 2 examination")
    if Flag.STALE in flags:
        ended = (
            f"period ended {report.period_end}" if report.period_end else f"issued {report.issued}"
        )
        out.append(f"renew the {report.label} ({ended})")
    elif Flag.BRIDGE_LETTER_NEEDED in flags:
        out.append(f"request a bridge letter through {ctx.as_of}")
    if Flag.CATEGORY_OUT_OF_SCOPE in flags:
        names = _and([m.title() for m in missing])
        out.append(f"add {names} to the next {report.kind} scope")
    if Flag.EXPIRED in flags:
        out.append(f"renew the {report.kind} certificate (expired {report.expires})")
    if severe:
        out.append(f"obtain a new {report.label} with an unqualified opinion")
    return tuple(out)


def _need_outcome(
    ctx: _Context,
    need: SocNeed,
    cls: Classification,
    facts: _Facts,
    controls: tuple[tuple[Control, ...], tuple[Control, ...]],
) -> _Outcome:
    """The best held answer to one SOC need (memoised: many rows ask the same thing)."""
    # Only what changes the outcome: rationale and confidence differ row by row.
    key = (need, cls.soc_need, cls.criteria, cls.categories, cls.public, facts, controls)
    if key not in ctx.memo:
        ctx.memo[key] = _best_report(ctx, need, cls, facts, controls)
    return ctx.memo[key]


def _best_report(
    ctx: _Context,
    need: SocNeed,
    cls: Classification,
    facts: _Facts,
    controls: tuple[tuple[Control, ...], tuple[Control, ...]],
) -> _Outcome:
    kinds = _CANDIDATE_KINDS[need]
    held = [r for r in ctx.inventory.reports if r.kind in kinds]
    if not held:
        soc2_asked = bool(set(cls.soc_need) & {SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2})
        return _missing_need(ctx, need, not soc2_asked, facts.yes)
    ranked = sorted(
        (_assess(ctx, need, r, cls, facts, controls) for r in held),
        key=lambda o: (*o.key()[:2], kinds.index(_kind_of(ctx, o)), o.key()[2]),
    )
    return ranked[0]


def _kind_of(ctx: _Context, outcome: _Outcome) -> str:
    report = ctx.inventory.report(outcome.evidence[0])
    return report.kind if report else ""


def _missing_need(ctx: _Context, need: SocNeed, mention_soc2: bool, yes: bool) -> _Outcome:
    family = "SOC 1" if need is SocNeed.SOC1 else "SOC 3" if need is SocNeed.SOC3 else "SOC 2"
    response = f"{_no(yes)}We do not currently hold {_a(family)} report."
    if need is SocNeed.SOC1 and mention_soc2:
        # A SOC 2 never satisfies a SOC 1, but it is worth naming as what exists.
        soc2 = [r for r in ctx.inventory.reports if r.kind == "SOC 2" and not _anchor_stale(ctx, r)]
        if soc2:
            what, share = _cap(describe(soc2[0])), _sharing(soc2[0])
            response += f" {what} covers our security controls and is {share}."
    remedy = "obtain a SOC 3" if need is SocNeed.SOC3 else f"obtain {_a(_need_label(need))}"
    return _Outcome(Status.GAP, response=response, remedy=(remedy,))


def _anchor_stale(ctx: _Context, report: Report) -> bool:
    anchor = _anchor(report, ctx.settings)
    return anchor is None or anchor < ctx.stale_before


def framework_kind(name: str) -> str | None:
    """The inventory kind a framework name refers to ("ISO/IEC 27001:2022" → "ISO 27001")."""
    squashed = re.sub(r"[^a-z0-9]", "", name.lower())
    for prefix, kind in (
        ("iso27001", "ISO 27001"),
        ("isoiec27001", "ISO 27001"),
        ("pci", "PCI DSS"),
        ("hitrust", "HITRUST"),
        ("fedramp", "FedRAMP"),
    ):
        if squashed.startswith(prefix):
            return kind
    return None


def _framework_outcome(ctx: _Context, kind: str, yes: bool) -> _Outcome:
    held = [r for r in ctx.inventory.reports if r.kind == kind]
    if not held:
        what = _FRAMEWORK_NOUN.get(kind, "certification")
        return _Outcome(
            Status.GAP,
            response=f"{_no(yes)}We do not currently hold {_a(kind)} {what}.",
            remedy=(_OBTAIN.get(kind, f"obtain {_a(kind)}"),),
        )
    report = max(
        held, key=lambda r: (not _expired(r, ctx.as_of), r.expires or r.issued or date.min)
    )
    flags = {Flag.NDA_REQUIRED} if report.sharing != "public" else set()
    if _expired(report, ctx.as_of):
        flags.add(Flag.EXPIRED)
        return _Outcome(
            Status.PARTIAL,
            frozenset(flags),
            (report.id,),
            f"Our {kind} certificate expired on {report.expires}.",
            (f"renew the {kind} certificate (expired {report.expires})",),
        )
    prefix = "Yes. " if yes else ""
    response = f"{prefix}We hold {describe(report)}, {_sharing(report)}."
    return _Outcome(Status.COVERED, frozenset(flags), (report.id,), response)


def _documents(ctx: _Context, text: str, artifact: bool = False) -> list[EvidenceDocument]:
    """Documents whose title or a topic appears, as a whole phrase, in the text; for an
    artifact name, also those with a topic or title that contains it."""
    stem = stemmed(text)
    target, words = f" {stem} ", frozenset(stem.split())
    found = []
    for doc, phrases in ctx.doc_phrases:
        # The first word must be there before the phrase can be: a cheap test first.
        if any(first in words and padded in target for first, padded in phrases) or (
            artifact and len(stem) > 4 and any(target in padded for _, padded in phrases)
        ):
            found.append(doc)
    return found


def _document_outcome(ctx: _Context, docs: Sequence[EvidenceDocument], yes: bool) -> _Outcome:
    current = [d for d in docs if not _expired(d, ctx.as_of)]
    doc = (current or list(docs))[0]
    dated = f", dated {doc.date}," if doc.date else ""
    title = _lower_first(doc.title)
    flags = {Flag.NDA_REQUIRED} if doc.sharing != "public" else set()
    if not current:
        flags.add(Flag.EXPIRED)
        return _Outcome(
            Status.PARTIAL,
            frozenset(flags),
            (doc.id,),
            f"Our {title} expired on {doc.expires}.",
            (f"renew the {title} (expired {doc.expires})",),
        )
    prefix = "Yes. " if yes else ""
    ids = tuple(d.id for d in current[:3])
    return _Outcome(
        Status.COVERED, frozenset(flags), ids, f"{prefix}Our {title}{dated} is {_sharing(doc)}."
    )


def _artifact_outcome(ctx: _Context, artifact: str, yes: bool) -> _Outcome:
    kind = framework_kind(artifact)
    if kind:
        return _framework_outcome(ctx, kind, yes)
    docs = _documents(ctx, artifact, artifact=True)
    if docs:
        return _document_outcome(ctx, docs, yes)
    return _Outcome(
        Status.GAP,
        response=f"{_no(yes)}We do not currently have {_a(artifact)} to share.",
        remedy=(f"obtain {_a(artifact)}",),
    )


def _combine(outcomes: Sequence[_Outcome], alternatives: bool) -> _Outcome:
    """Alternatives: the best one will do. Otherwise every item is needed: the worst decides."""
    if alternatives:
        best = min(outcomes, key=_Outcome.key)
        if best.status is Status.GAP:
            # Nothing named is held: the first named item (the primary ask) says what to obtain.
            return _Outcome(Status.GAP, response=outcomes[0].response, remedy=outcomes[0].remedy)
        return best
    worst = max(outcomes, key=lambda o: _RANK[o.status])
    return _Outcome(
        status=worst.status,
        flags=frozenset().union(*(o.flags for o in outcomes)),
        evidence=tuple(dict.fromkeys(e for o in outcomes for e in o.evidence)),
        # Several answers in one: a leading "Yes."/"No." would contradict its neighbours.
        response=" ".join(
            dict.fromkeys(
                o.response if len(outcomes) == 1 else _unprefixed(o.response)
                for o in outcomes
                if o.response
            )
        ),
        remedy=tuple(dict.fromkeys(r for o in outcomes for r in o.remedy)),
    )


def _no_need_outcome(
    ctx: _Context, req: Requirement, cls: Classification, yes: bool
) -> _Outcome | None:
    """A requirement with no SOC need: the artifact it asks for, else a framework certificate
    held, else a document on its topic. A framework merely named ("training on HIPAA, PCI
    data") is not asked for: it is a gap only when its artifact is requested."""
    asked = framework_kind(cls.artifact) if cls.artifact else None
    named = [k for k in dict.fromkeys(filter(None, map(framework_kind, cls.frameworks)))]
    others = [_framework_outcome(ctx, k, yes) for k in named if k != asked and ctx.holds(k)]
    if cls.artifact:
        primary = _artifact_outcome(ctx, cls.artifact, yes)
        return _combine([primary, *others], True) if cls.alternatives else primary
    if others:
        return min(others, key=_Outcome.key)
    docs = _documents(ctx, req.question)
    return _document_outcome(ctx, docs, yes) if docs else None


def _conflicts(
    ctx: _Context, answer: ApprovedAnswer, outcome: _Outcome | None, about_holding: bool
) -> bool:
    """An approved answer that claims a report the inventory does not hold, or, to a question
    about holding something, says yes to a gap or no to what is held.

    A control question's yes/no is not compared: "Do you store passwords in plaintext?" is
    rightly answered "No" by a vendor whose controls cover it.
    """
    if claimed_reports(answer.answer) - ctx.held_kinds:
        return True
    said = polarity(answer.answer)
    if outcome is None or not about_holding:
        return False
    return (said is True and outcome.status is Status.GAP) or (
        said is False and outcome.status is Status.COVERED
    )


def _choice(choices: Sequence[str], wanted: Sequence[str]) -> str | None:
    norm = {re.sub(r"[^a-z0-9]+", " ", c.lower()).strip(): c for c in choices}
    for w in wanted:
        if w in norm:
            return norm[w]
    # "Yes - fully" / "No, not at all": a choice that starts with the word.
    first = wanted[0]
    return next((c for n, c in norm.items() if n.split(" ", 1)[0] == first), None)


def answer_value(
    status: Status, choices: Sequence[str], approved: ApprovedAnswer | None = None
) -> str | None:
    """The value for the buyer's dropdown: Yes-like when held, No-like for a gap, None to review."""
    if not choices or status is Status.REVIEW:
        return None
    if approved is not None:
        exact = _choice(choices, [re.sub(r"[^a-z0-9]+", " ", approved.answer.lower()).strip()])
        if exact:
            return exact
        said = polarity(approved.answer)
        if said is not None:
            return _choice(choices, _YES_CHOICES if said else _NO_CHOICES)
    if status is Status.GAP:
        return _choice(choices, _NO_CHOICES)
    if status is Status.PARTIAL:
        return _choice(choices, _PARTIAL_CHOICES) or _choice(choices, _YES_CHOICES)
    return _choice(choices, _YES_CHOICES)


def _ordered(flags: Iterable[Flag]) -> tuple[str, ...]:
    return tuple(str(f) for f in sorted(set(flags), key=_FLAG_ORDER.__getitem__))


def map_requirement(
    requirement: Requirement,
    classification: Classification,
    inventory: Inventory,
    as_of: date,
    settings: Settings | None = None,
    *,
    answers: Sequence[ApprovedAnswer] = (),
) -> Mapping:
    """Status, flags, evidence and suggested answer for one requirement (spec section 6).

    `answers` adds approved answers to the inventory's own (the `--answers` libraries).
    """
    ctx = _context(inventory, as_of, settings or Settings(), answers)
    return _map(ctx, requirement, classification)


def _outcome(ctx: _Context, req: Requirement, cls: Classification, yes: bool) -> _Outcome | None:
    """What the holdings say about a requirement; None when they say nothing."""
    if not cls.soc_need:
        return _no_need_outcome(ctx, req, cls, yes)
    controls = _controls(ctx, cls, req.question)
    facts = ctx.facts(req.question, yes)
    outcomes = [_need_outcome(ctx, n, cls, facts, controls) for n in cls.soc_need]
    if cls.alternatives:
        kinds = dict.fromkeys(filter(None, map(framework_kind, cls.frameworks)))
        outcomes += [_framework_outcome(ctx, k, yes) for k in kinds]
    combined = _combine(outcomes, cls.alternatives)
    docs = _documents(ctx, req.question) if combined.status is not Status.GAP else []
    return _with_documents(ctx, combined, docs) if docs else combined


def _with_documents(ctx: _Context, outcome: _Outcome, docs: Sequence[EvidenceDocument]) -> _Outcome:
    """A report-backed answer that also names the document on the question's topic."""
    extra = _document_outcome(ctx, docs, False)
    if extra.status is not Status.COVERED:
        return outcome  # an expired document adds nothing worth sending
    return _Outcome(
        status=outcome.status,
        flags=outcome.flags | extra.flags,
        evidence=tuple(dict.fromkeys((*outcome.evidence, *extra.evidence))),
        response=f"{outcome.response} {extra.response}",
        remedy=outcome.remedy,
        recency=outcome.recency,
    )


def _with_answer(
    ctx: _Context,
    approved: ApprovedAnswer,
    outcome: _Outcome | None,
    req: Requirement,
    cls: Classification,
) -> tuple[Status, str, bool]:
    """Status, response and conflict once an approved answer is reused.

    The vendor's own wording leads; for a report-backed row the evidence sentence follows.
    """
    if cls.soc_need:
        about_holding = bool(_REPORT_ASK_RX.search(req.question))
    else:
        about_holding = bool(cls.artifact or cls.frameworks)
    if _conflicts(ctx, approved, outcome, about_holding):
        return Status.REVIEW, "", True
    if outcome is None:
        return Status.COVERED, approved.answer, False
    if not (cls.soc_need and outcome.status is not Status.GAP):
        return outcome.status, approved.answer, False
    lead = approved.answer if approved.answer.endswith((".", "!", "?")) else approved.answer + "."
    return outcome.status, f"{lead} {_unprefixed(outcome.response)}", False


def _map(ctx: _Context, req: Requirement, cls: Classification) -> Mapping:
    settings = ctx.settings
    match = ctx.index.match(req.question, req.question_id, settings.answer_threshold)
    approved = match[0] if match else None
    outcome = _outcome(ctx, req, cls, approved is None and bool(_YES_NO_RX.match(req.question)))
    flags: set[Flag] = set(outcome.flags) if outcome else set()
    status = outcome.status if outcome else Status.REVIEW
    response = outcome.response if outcome else ""
    if approved is not None:
        status, response, conflict = _with_answer(ctx, approved, outcome, req, cls)
        if conflict:
            flags.add(Flag.CONFLICT)
    if req.hidden:
        flags.add(Flag.HIDDEN_ROW)
    if cls.confidence < settings.low_confidence:
        flags.add(Flag.LOW_CONFIDENCE)
        status = Status.REVIEW
    remedy = outcome.remedy if outcome else ()
    if status is Status.COVERED:
        # Only the bridge letter is a fix worth naming on a covered row (an advisory).
        remedy = tuple(r for r in remedy if r.startswith("request a bridge letter"))
    source = None
    if match:
        origin = match[0].source or Path(ctx.inventory.path).name or "inventory"
        source = AnswerSource(origin, match[0].question_id, match[1])
    return Mapping(
        status=status,
        flags=_ordered(flags),
        evidence=outcome.evidence if outcome else (),
        suggested_response="" if status is Status.REVIEW else response,
        remedy="" if status is Status.REVIEW else "; ".join(remedy),
        answer_source=source,
        answer_value=answer_value(status, req.choices, approved),
    )


def map_all(
    pairs: Iterable[tuple[Requirement, Classification]],
    inventory: Inventory,
    as_of: date,
    settings: Settings | None = None,
    answers: Sequence[ApprovedAnswer] = (),
) -> list[Mapping]:
    """map_requirement over a questionnaire, sharing one holdings view and answer index."""
    ctx = _context(inventory, as_of, settings or Settings(), tuple(answers))
    return [_map(ctx, req, cls) for req, cls in pairs]


# --------------------------------------------------------------------------- inbox view

# Report families for the recommendation: what to pursue when a need is short.
_FAMILY: dict[SocNeed, str] = {
    SocNeed.SOC1: "SOC 1 Type II",
    SocNeed.SOC2_TYPE1: "SOC 2 Type II",
    SocNeed.SOC2_TYPE2: "SOC 2 Type II",
    SocNeed.SOC3: "SOC 3",
}


def _held_line(ctx: _Context, need: SocNeed) -> str:
    """The holding that best answers a need, as a short label ("" when nothing is held)."""
    cls = Classification(soc_need=(need,), confidence=1.0)
    outcome = _need_outcome(ctx, need, cls, ctx.facts("", False), ((), ()))
    report = ctx.inventory.report(outcome.evidence[0]) if outcome.evidence else None
    if report is None:
        return ""
    detail = "; ".join(filter(None, [report.label, _period(report)]))
    short = [
        str(f)
        for f in sorted(
            outcome.flags & LIMITING_FLAGS | outcome.flags & {Flag.SOC2_NOT_PUBLIC},
            key=_FLAG_ORDER.__getitem__,
        )
    ]
    return f"{report.id} ({detail})" + (f" — short: {', '.join(short)}" if short else "")


def need_tallies(result: Result) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """Per SOC need asked in one questionnaire: requirements per status, and remedies of the
    gap/partial ones with their counts. The same shapes `build_demand` accepts as stats
    (keys "need_status" and "need_remedies"), for inputs skipped by an incremental run."""
    table: dict[str, dict[str, int]] = {}
    fixes: dict[str, dict[str, int]] = {}
    for r in result.responses:
        status = r.mapping.status
        for need in r.classification.soc_need:
            row = table.setdefault(str(need), {str(s): 0 for s in Status})
            row[str(status)] += 1
            if status in (Status.GAP, Status.PARTIAL):
                counts = fixes.setdefault(str(need), {})
                for fix in filter(None, r.mapping.remedy.split("; ")):
                    counts[fix] = counts.get(fix, 0) + 1
    return table, fixes


def _tallies(
    item: Result | AbcMapping[str, Any],
) -> tuple[AbcMapping[str, AbcMapping[str, int]], AbcMapping[str, AbcMapping[str, int]]]:
    if isinstance(item, AbcMapping):
        return item.get("need_status") or {}, item.get("need_remedies") or {}
    return need_tallies(item)


def build_demand(
    results: Sequence[Result | AbcMapping[str, Any]],
    inventory: Inventory,
    as_of: date,
    settings: Settings | None = None,
) -> tuple[list[DemandRow], Recommendation]:
    """Demand for each SOC report across the inbox against what is held, and what to pursue next.

    Each item is a Result, or the stats of one (a mapping with "need_status" and optionally
    "need_remedies", as `need_tallies` returns) for inputs an incremental run did not redo.
    """
    ctx = _context(inventory, as_of, settings or Settings(), ())
    tallies = [_tallies(item) for item in results]
    rows: list[DemandRow] = []
    for need in SocNeed:
        per_file = [table.get(str(need), {}) for table, _ in tallies]
        total = {str(s): sum(t.get(str(s), 0) for t in per_file) for s in Status}
        rows.append(
            DemandRow(
                need=str(need),
                questionnaires=sum(1 for t in per_file if sum(t.values())),
                requirements=sum(total.values()),
                covered=total[Status.COVERED],
                partial=total[Status.PARTIAL],
                gap=total[Status.GAP],
                held=_held_line(ctx, need),
            )
        )
    return rows, _recommend(rows, tallies)


def _recommend(
    rows: Sequence[DemandRow],
    tallies: Sequence[
        tuple[AbcMapping[str, AbcMapping[str, int]], AbcMapping[str, AbcMapping[str, int]]]
    ],
) -> Recommendation:
    """The report family with the most unmet demand (questionnaires, then requirements)."""
    families = list(dict.fromkeys(_FAMILY.values()))
    files: dict[str, int] = dict.fromkeys(families, 0)
    short: dict[str, int] = dict.fromkeys(families, 0)
    fixes: dict[str, dict[str, int]] = {f: {} for f in families}
    for table, remedies in tallies:
        hit: set[str] = set()
        for need, family in _FAMILY.items():
            row = table.get(str(need), {})
            unmet = row.get(str(Status.GAP), 0) + row.get(str(Status.PARTIAL), 0)
            if unmet:
                hit.add(family)
                short[family] += unmet
            for fix, n in remedies.get(str(need), {}).items():
                fixes[family][fix] = fixes[family].get(fix, 0) + n
        for family in hit:
            files[family] += 1
    best = max(families, key=lambda f: (files[f], short[f], -families.index(f)))
    asked = sum(r.requirements for r in rows)
    if short[best] == 0:
        return Recommendation(
            "",
            f"every SOC report asked for is held and current "
            f"({asked} requirements across {len(tallies)} questionnaires)",
        )
    # The row of the need the recommendation is named after ("SOC 2 Type II", "SOC 1", "SOC 3").
    held = next((r.held for r in rows if r.need in (best, best.removesuffix(" Type II"))), "")
    state = f"held: {held}" if held else "none is held"
    reason = (
        f"{short[best]} requirements in {files[best]} of {len(tallies)} questionnaires ask for a "
        f"{best.removesuffix(' Type II')} that is missing or short ({state})"
    )
    top = fixes[best]
    if top:
        fix = max(top, key=lambda k: (top[k], k))
        reason += f"; most common fix: {fix} ({top[fix]} requirements)"
    return Recommendation(best, reason)


def evidence_items(inventory: Inventory, ids: Iterable[str]) -> tuple[EvidenceItem, ...]:
    """The inventory items behind evidence ids, for the Evidence sheet (unknown ids skipped)."""
    reports = {r.id: r for r in inventory.reports}
    controls = {c.id: c for c in inventory.controls}
    documents = {d.id: d for d in inventory.documents}
    items: list[EvidenceItem] = []
    for ident in dict.fromkeys(ids):
        if ident in reports:
            r = reports[ident]
            items.append(
                EvidenceItem(
                    ident, r.kind, r.title or f"{r.label} report", r.sharing, _report_detail(r)
                )
            )
        elif ident in controls:
            c = controls[ident]
            items.append(EvidenceItem(ident, "control", c.description, "", ", ".join(c.criteria)))
        elif ident in documents:
            d = documents[ident]
            detail = "; ".join(
                filter(None, [f"dated {d.date}" if d.date else "", ", ".join(d.topics)])
            )
            items.append(EvidenceItem(ident, "document", d.title, d.sharing, detail))
    return tuple(items)


def _report_detail(r: Report) -> str:
    if r.kind == "bridge letter":
        return f"extends {r.extends} through {r.through}"
    parts = [r.type or "", _period(r), ", ".join(r.categories)]
    if r.expires:
        parts.append(f"expires {r.expires}")
    carved = [o.name for o in r.subservice_orgs if o.method == "carve-out"]
    if carved:
        parts.append("carved out: " + ", ".join(carved))
    return "; ".join(p for p in parts if p)
