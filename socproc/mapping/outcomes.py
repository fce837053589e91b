"""How the holdings answer each asked item (a SOC need, a framework, an artifact), best first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from socproc.inventory.load import Control, EvidenceDocument, Report
from socproc.mapping.holdings import (
    RANK,
    Context,
    Facts,
    Outcome,
    anchor_stale,
    controls_for,
    documents_for,
    expired,
    findings,
    lapsed_as,
)
from socproc.mapping.wording import (
    cap,
    describe,
    extras,
    held_document,
    held_noun,
    lead,
    lower_first,
    need_label,
    no_prefix,
    remedies,
    sentence,
    sharing,
    unprefixed,
    with_article,
)
from socproc.model import LIMITING_FLAGS, Classification, Flag, Requirement, SocNeed, Status

# The reports that can answer each need, best first. A SOC 2 never answers a SOC 1 (and the
# reverse); the SOC 3 is listed for SOC 2 needs only to say "soc3_only".
_CANDIDATE_KINDS: dict[SocNeed, tuple[str, ...]] = {
    SocNeed.SOC1: ("SOC 1", "ISAE 3402"),
    SocNeed.SOC2_TYPE1: ("SOC 2", "ISAE 3000", "SOC 3"),
    SocNeed.SOC2_TYPE2: ("SOC 2", "ISAE 3000", "SOC 3"),
    SocNeed.SOC3: ("SOC 3", "SOC 2", "ISAE 3000"),
}
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

_Controls = tuple[tuple[Control, ...], tuple[Control, ...]]


def outcome_for(ctx: Context, req: Requirement, cls: Classification, yes: bool) -> Outcome | None:
    """What the holdings say about a requirement; None when they say nothing."""
    if not cls.soc_need:
        return _no_need_outcome(ctx, req, cls, yes)
    controls = controls_for(ctx, cls, req.question)
    facts = ctx.facts(req.question, yes)
    outcomes = [need_outcome(ctx, n, cls, facts, controls) for n in cls.soc_need]
    if cls.alternatives:
        kinds = dict.fromkeys(filter(None, map(framework_kind, cls.frameworks)))
        outcomes += [_framework_outcome(ctx, k, yes) for k in kinds]
    combined = _combine(outcomes, cls.alternatives)
    docs = documents_for(ctx, req.question) if combined.status is not Status.GAP else []
    return _with_documents(ctx, combined, docs) if docs else combined


def _assess(
    ctx: Context,
    need: SocNeed | None,
    report: Report,
    cls: Classification,
    facts: Facts,
    controls: _Controls,
) -> Outcome:
    """How well one held report answers one need: status, evidence, words and fixes."""
    found = findings(ctx, need, report, cls, facts)
    flags = found.flags
    severe = report.opinion in ("adverse", "disclaimer")
    # soc2_not_public and a pervasive opinion are not in LIMITING_FLAGS but fall short too.
    partial = bool(flags & LIMITING_FLAGS) or Flag.SOC2_NOT_PUBLIC in flags or severe
    cited, named = controls
    first = lead(need, report, flags, named, cls, facts, found.bridge)
    more = extras(report, flags, found.missing, found.exceptions, found.orgs)
    used_bridge = (found.bridge.id,) if found.bridge else ()
    return Outcome(
        status=Status.PARTIAL if partial else Status.COVERED,
        flags=flags,
        evidence=(report.id, *used_bridge, *(c.id for c in cited)),
        response=" ".join([sentence(first), *more]),
        remedy=remedies(ctx.as_of, need, report, flags, found.missing, severe),
        recency=(report.period_end or report.issued or date.min).toordinal(),
    )


def need_outcome(
    ctx: Context, need: SocNeed, cls: Classification, facts: Facts, controls: _Controls
) -> Outcome:
    """The best held answer to one SOC need (memoised: many rows ask the same thing)."""
    # Only what changes the outcome: rationale and confidence differ row by row.
    key = (need, cls.soc_need, cls.criteria, cls.categories, cls.public, facts, controls)
    if key not in ctx.memo:
        ctx.memo[key] = _best_report(ctx, need, cls, facts, controls)
    return ctx.memo[key]


def _best_report(
    ctx: Context, need: SocNeed, cls: Classification, facts: Facts, controls: _Controls
) -> Outcome:
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


def _kind_of(ctx: Context, outcome: Outcome) -> str:
    report = ctx.inventory.report(outcome.evidence[0])
    return report.kind if report else ""


def _missing_need(ctx: Context, need: SocNeed, mention_soc2: bool, yes: bool) -> Outcome:
    family = "SOC 1" if need is SocNeed.SOC1 else "SOC 3" if need is SocNeed.SOC3 else "SOC 2"
    response = f"{no_prefix(yes)}We do not currently hold {with_article(family)} report."
    if need is SocNeed.SOC1 and mention_soc2:
        # A SOC 2 never satisfies a SOC 1, but it is worth naming as what exists.
        soc2 = [r for r in ctx.inventory.reports if r.kind == "SOC 2" and not anchor_stale(ctx, r)]
        if soc2:
            what, share = cap(describe(soc2[0])), sharing(soc2[0])
            response += f" {what} covers our security controls and is {share}."
    remedy = (
        "obtain a SOC 3" if need is SocNeed.SOC3 else f"obtain {with_article(need_label(need))}"
    )
    return Outcome(Status.GAP, response=response, remedy=(remedy,))


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


def _framework_outcome(ctx: Context, kind: str, yes: bool) -> Outcome:
    held = [r for r in ctx.inventory.reports if r.kind == kind]
    if not held:
        what = _FRAMEWORK_NOUN.get(kind, "certification")
        return Outcome(
            Status.GAP,
            response=f"{no_prefix(yes)}We do not currently hold {with_article(kind)} {what}.",
            remedy=(_OBTAIN.get(kind, f"obtain {with_article(kind)}"),),
        )
    report = max(held, key=lambda r: (not expired(r, ctx.as_of), r.expires or r.issued or date.min))
    flags = {Flag.NDA_REQUIRED} if report.sharing != "public" else set()
    if expired(report, ctx.as_of):
        flags.add(Flag.EXPIRED)
        noun = held_noun(kind)
        word = lapsed_as(report, ctx.as_of)
        said, remedy = (
            (f"Our {kind} {noun} is {word}: {report.title}.", f"restore the {kind} {noun} ({word})")
            if word
            else (
                f"Our {kind} {noun} expired on {report.expires}.",
                f"renew the {kind} {noun} (expired {report.expires})",
            )
        )
        return Outcome(Status.PARTIAL, frozenset(flags), (report.id,), said, (remedy,))
    prefix = "Yes. " if yes else ""
    response = f"{prefix}We hold {describe(report)}, {sharing(report)}."
    return Outcome(Status.COVERED, frozenset(flags), (report.id,), response)


def _document_outcome(ctx: Context, docs: Sequence[EvidenceDocument], yes: bool) -> Outcome:
    current = [d for d in docs if not expired(d, ctx.as_of)]
    doc = (current or list(docs))[0]
    title = (
        "internal documentation on this" if doc.sharing == "internal" else lower_first(doc.title)
    )
    flags = {Flag.NDA_REQUIRED} if doc.sharing != "public" else set()
    if not current:
        flags.add(Flag.EXPIRED)
        return Outcome(
            Status.PARTIAL,
            frozenset(flags),
            (doc.id,),
            f"Our {title} expired on {doc.expires}.",
            (f"renew the {title} (expired {doc.expires})",),
        )
    prefix = "Yes. " if yes else ""
    ids = tuple(d.id for d in current[:3])
    return Outcome(Status.COVERED, frozenset(flags), ids, prefix + held_document(doc))


def _artifact_outcome(ctx: Context, artifact: str, yes: bool, question: str = "") -> Outcome:
    kind = framework_kind(artifact)
    if kind:
        return _framework_outcome(ctx, kind, yes)
    # By the artifact's name ("business continuity / DR plan"), else by the request's words.
    docs = documents_for(ctx, artifact, artifact=True) or (
        documents_for(ctx, question, artifact=True) if question else []
    )
    if docs:
        return _document_outcome(ctx, docs, yes)
    return Outcome(
        Status.GAP,
        response=f"{no_prefix(yes)}We do not currently have {with_article(artifact)} to share.",
        remedy=(f"obtain {with_article(artifact)}",),
    )


def _combine(outcomes: Sequence[Outcome], alternatives: bool) -> Outcome:
    """Alternatives: the best one will do. Otherwise every item is needed: the worst decides."""
    return _combined(tuple(outcomes), alternatives)


# Outcomes are memoised per need (`need_outcome`), so few distinct lists reach `_combine`.
@lru_cache(maxsize=1 << 12)
def _combined(outcomes: tuple[Outcome, ...], alternatives: bool) -> Outcome:
    if alternatives:
        best = min(outcomes, key=Outcome.key)
        if best.status is Status.GAP:
            # Nothing named is held: the first named item (the primary ask) says what to obtain.
            return Outcome(Status.GAP, response=outcomes[0].response, remedy=outcomes[0].remedy)
        return best
    worst = max(outcomes, key=lambda o: RANK[o.status])
    return Outcome(
        status=worst.status,
        flags=frozenset().union(*(o.flags for o in outcomes)),
        evidence=tuple(dict.fromkeys(e for o in outcomes for e in o.evidence)),
        # Several answers in one: a leading "Yes."/"No." would contradict its neighbours.
        response=" ".join(
            dict.fromkeys(
                o.response if len(outcomes) == 1 else unprefixed(o.response)
                for o in outcomes
                if o.response
            )
        ),
        remedy=tuple(dict.fromkeys(r for o in outcomes for r in o.remedy)),
    )


def _no_need_outcome(
    ctx: Context, req: Requirement, cls: Classification, yes: bool
) -> Outcome | None:
    """A requirement with no SOC need: the artifact it asks for, else a framework certificate
    held, else a document on its topic. A framework merely named ("training on HIPAA, PCI
    data") is not asked for: it is a gap only when its artifact is requested."""
    asked = framework_kind(cls.artifact) if cls.artifact else None
    named = [k for k in dict.fromkeys(filter(None, map(framework_kind, cls.frameworks)))]
    others = [_framework_outcome(ctx, k, yes) for k in named if k != asked and ctx.holds(k)]
    if cls.artifact:
        primary = _artifact_outcome(ctx, cls.artifact, yes, req.question)
        return _combine([primary, *others], True) if cls.alternatives else primary
    if others:
        return min(others, key=Outcome.key)
    docs = documents_for(ctx, req.question)
    return _document_outcome(ctx, docs, yes) if docs else None


def _with_documents(ctx: Context, outcome: Outcome, docs: Sequence[EvidenceDocument]) -> Outcome:
    """A report-backed answer that also names the document on the question's topic."""
    extra = _document_outcome(ctx, docs, False)
    if extra.status is not Status.COVERED:
        return outcome  # an expired document adds nothing worth sending
    return Outcome(
        status=outcome.status,
        flags=outcome.flags | extra.flags,
        evidence=tuple(dict.fromkeys((*outcome.evidence, *extra.evidence))),
        response=f"{outcome.response} {extra.response}",
        remedy=outcome.remedy,
        recency=outcome.recency,
    )
