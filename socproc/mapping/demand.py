"""build_demand(): SOC report demand across an inbox against what is held, and what to pursue next."""

from __future__ import annotations

from collections.abc import Mapping as AbcMapping
from collections.abc import Sequence
from datetime import date
from typing import Any

from socproc.inventory.load import Inventory
from socproc.mapping.holdings import Context, context_for
from socproc.mapping.outcomes import need_outcome
from socproc.mapping.wording import flag_names, period
from socproc.model import (
    LIMITING_FLAGS,
    Classification,
    DemandRow,
    Flag,
    Recommendation,
    ResultView,
    Settings,
    SocNeed,
    Status,
)

_Tallies = tuple[AbcMapping[str, AbcMapping[str, int]], AbcMapping[str, AbcMapping[str, int]]]

# Report families for the recommendation: what to pursue when a need is short.
_FAMILY: dict[SocNeed, str] = {
    SocNeed.SOC1: "SOC 1 Type II",
    SocNeed.SOC2_TYPE1: "SOC 2 Type II",
    SocNeed.SOC2_TYPE2: "SOC 2 Type II",
    SocNeed.SOC3: "SOC 3",
}


def _held_line(ctx: Context, need: SocNeed) -> str:
    """The holding that best answers a need, as a short label ("" when nothing is held)."""
    cls = Classification(soc_need=(need,), confidence=1.0)
    outcome = need_outcome(ctx, need, cls, ctx.facts("", False), ((), ()))
    report = ctx.inventory.report(outcome.evidence[0]) if outcome.evidence else None
    if report is None:
        return ""
    detail = "; ".join(filter(None, [report.label, period(report)]))
    short = flag_names(outcome.flags & LIMITING_FLAGS | outcome.flags & {Flag.SOC2_NOT_PUBLIC})
    return f"{report.id} ({detail})" + (f" — short: {', '.join(short)}" if short else "")


def need_tallies(result: ResultView) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
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


def _tallies(item: ResultView | AbcMapping[str, Any]) -> _Tallies:
    if isinstance(item, AbcMapping):
        return item.get("need_status") or {}, item.get("need_remedies") or {}
    return need_tallies(item)


def build_demand(
    results: Sequence[ResultView | AbcMapping[str, Any]],
    inventory: Inventory,
    as_of: date,
    settings: Settings | None = None,
) -> tuple[list[DemandRow], Recommendation]:
    """Demand for each SOC report across the inbox against what is held, and what to pursue next.

    Each item is a Result, or the stats of one (a mapping with "need_status" and optionally
    "need_remedies", as `need_tallies` returns) for inputs an incremental run did not redo.
    """
    ctx = context_for(inventory, as_of, settings or Settings(), ())
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


def _recommend(rows: Sequence[DemandRow], tallies: Sequence[_Tallies]) -> Recommendation:
    """The report family with the most unmet demand: questionnaires short of it, then gaps
    (nothing held) before partials (held, but short), then order (SOC 1, SOC 2, SOC 3)."""
    families = list(dict.fromkeys(_FAMILY.values()))
    files: dict[str, int] = dict.fromkeys(families, 0)
    short: dict[str, int] = dict.fromkeys(families, 0)
    gaps: dict[str, int] = dict.fromkeys(families, 0)
    fixes: dict[str, dict[str, int]] = {f: {} for f in families}
    for table, remedies in tallies:
        hit: set[str] = set()
        for need, family in _FAMILY.items():
            row = table.get(str(need), {})
            unmet = row.get(str(Status.GAP), 0) + row.get(str(Status.PARTIAL), 0)
            gaps[family] += row.get(str(Status.GAP), 0)
            if unmet:
                hit.add(family)
                short[family] += unmet
            for fix, n in remedies.get(str(need), {}).items():
                fixes[family][fix] = fixes[family].get(fix, 0) + n
        for family in hit:
            files[family] += 1
    best = max(families, key=lambda f: (files[f], gaps[f], short[f], -families.index(f)))
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
        f"{best.removesuffix(' Type II')} that is missing or short "
        f"({gaps[best]} gap{'s' * (gaps[best] != 1)}, {short[best] - gaps[best]} partial; {state})"
    )
    top = fixes[best]
    if top:
        fix = max(top, key=lambda k: (top[k], k))
        reason += f"; most common fix: {fix} ({top[fix]} requirements)"
    return Recommendation(best, reason)
