"""map_requirement(): a classified requirement against the vendor's holdings → status, flags, answer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from socproc.inventory.load import ApprovedAnswer, Inventory, Report
from socproc.mapping.answers import claimed_reports, leading_choice, polarity
from socproc.mapping.holdings import YES_NO_RX, Context, Outcome, asks_about_report, context_for
from socproc.mapping.outcomes import outcome_for
from socproc.mapping.wording import answer_value, flag_names, period, unprefixed
from socproc.model import (
    AnswerSource,
    Classification,
    EvidenceItem,
    Flag,
    Mapping,
    Requirement,
    Settings,
    Status,
)

__all__ = ["evidence_items", "map_all", "map_requirement"]


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
    ctx = context_for(inventory, as_of, settings or Settings(), answers)
    return _map(ctx, requirement, classification)


def map_all(
    pairs: Iterable[tuple[Requirement, Classification]],
    inventory: Inventory,
    as_of: date,
    settings: Settings | None = None,
    answers: Sequence[ApprovedAnswer] = (),
) -> list[Mapping]:
    """map_requirement over a questionnaire, sharing one holdings view and answer index."""
    ctx = context_for(inventory, as_of, settings or Settings(), tuple(answers))
    return [_map(ctx, req, cls) for req, cls in pairs]


def _map(ctx: Context, req: Requirement, cls: Classification) -> Mapping:
    settings = ctx.settings
    match = ctx.index.match(req.question, req.question_id, settings.answer_threshold)
    approved = match[0] if match else None
    outcome = outcome_for(ctx, req, cls, approved is None and bool(YES_NO_RX.match(req.question)))
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
    value = answer_value(status, req.choices, approved)
    if match:
        origin = match[0].source or Path(ctx.inventory.path).name or "inventory"
        source = AnswerSource(origin, match[0].question_id, match[1])
        if status is not Status.REVIEW:
            # The buyer's own spelling of what the vendor answered ("2) No", "Tier II").
            value = leading_choice(match[0].answer, req.choices) or value
    return Mapping(
        status=status,
        flags=flag_names(flags),
        evidence=outcome.evidence if outcome else (),
        suggested_response="" if status is Status.REVIEW else response,
        remedy="" if status is Status.REVIEW else "; ".join(remedy),
        answer_source=source,
        answer_value=value,
    )


# --------------------------------------------------------------------------- approved answers


def _with_answer(
    ctx: Context,
    approved: ApprovedAnswer,
    outcome: Outcome | None,
    req: Requirement,
    cls: Classification,
) -> tuple[Status, str, bool]:
    """Status, response and conflict once an approved answer is reused.

    The vendor's own wording leads; for a report-backed row the evidence sentence follows.
    """
    if cls.soc_need:
        about_holding = asks_about_report(req.question)
    else:
        about_holding = bool(cls.artifact or cls.frameworks)
    if _conflicts(ctx, approved, outcome, about_holding):
        return Status.REVIEW, "", True
    if outcome is None:
        return Status.COVERED, approved.answer, False
    if not (cls.soc_need and outcome.status is not Status.GAP):
        return outcome.status, approved.answer, False
    lead = approved.answer if approved.answer.endswith((".", "!", "?")) else approved.answer + "."
    return outcome.status, f"{lead} {unprefixed(outcome.response)}", False


def _conflicts(
    ctx: Context, answer: ApprovedAnswer, outcome: Outcome | None, about_holding: bool
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


# --------------------------------------------------------------------------- evidence sheet


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
    parts = [r.type or "", period(r), ", ".join(r.categories)]
    if r.expires:
        parts.append(f"expires {r.expires}")
    carved = [o.name for o in r.subservice_orgs if o.method == "carve-out"]
    if carved:
        parts.append("carved out: " + ", ".join(carved))
    return "; ".join(p for p in parts if p)
