"""classify_all(): a whole questionnaire; the document's SOC 2 type replaces row defaults."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from socproc.classify.decide import classify
from socproc.classify.needs import TYPE1, TYPE2
from socproc.model import SOC_NEED_ORDER, Classification, Settings, SocNeed


def classify_all(texts: Sequence[str], settings: Settings | None = None) -> list[Classification]:
    """Classify a whole questionnaire; rows with a default SOC 2 type take the document's type.

    The type the questionnaire states or cues anywhere (Type II when it asks for both) replaces
    the configured default on the rows that gave no type of their own (DOMAIN.md section 6 rule 5).
    """
    return apply_document_type([classify(t, settings) for t in texts])


def stated_types(results: Iterable[Classification]) -> frozenset[SocNeed]:
    """The SOC 2 types rows state or cue themselves (not those they took by default)."""
    return frozenset(
        n
        for c in results
        if c.type_source in ("stated", "cue")
        for n in c.soc_need
        if n in (TYPE1, TYPE2)
    )


def apply_document_type(
    results: Sequence[Classification], asked: frozenset[SocNeed] | None = None
) -> list[Classification]:
    """Give rows with a default SOC 2 type the type the same questionnaire states elsewhere.

    `asked` is `stated_types` of the whole questionnaire, for when `results` is a slice of it.
    """
    if asked is None:
        asked = stated_types(results)
    if not asked:
        return list(results)
    ctx = TYPE2 if TYPE2 in asked else TYPE1
    why = (
        "the questionnaire asks for both Type I and Type II elsewhere → Type II"
        if len(asked) == 2
        else f"the questionnaire asks for a {ctx} elsewhere"
    )
    out: list[Classification] = []
    for c in results:
        if c.type_source != "default":
            out.append(c)
            continue
        needs = {n for n in c.soc_need if n not in (TYPE1, TYPE2)} | {ctx}
        rationale = re.sub(r"; no type stated → default Type I{1,2}", "", c.rationale)
        out.append(
            replace(
                c,
                soc_need=tuple(n for n in SOC_NEED_ORDER if n in needs),
                type_source="context",
                rationale=f"{rationale}; SOC 2 type from document context: {why}",
            )
        )
    return out
