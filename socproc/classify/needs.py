"""The SOC needs as bits, and the decision that the rules build for one text."""

from __future__ import annotations

from socproc.model import SOC_NEED_ORDER, SocNeed

TYPE1, TYPE2 = SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2
# Inside the rules the needs are bits (enum hashing is slow at 20,000 texts/s).
SOC1_BIT, TYPE1_BIT, TYPE2_BIT, SOC3_BIT = 1, 2, 4, 8
NEEDS_OF_BITS: tuple[tuple[SocNeed, ...], ...] = tuple(
    tuple(
        n
        for bit, n in zip((SOC1_BIT, TYPE1_BIT, TYPE2_BIT, SOC3_BIT), SOC_NEED_ORDER, strict=True)
        if mask & bit
    )
    for mask in range(16)
)


class Decision:
    """The classification as it is being built (a plain slotted class: one per text)."""

    __slots__ = (
        "confidence", "extra_criteria", "needs", "path", "reasons", "soc2", "soc2_types",
    )  # fmt: skip

    def __init__(self) -> None:
        self.needs = 0  # bits SOC1_BIT | TYPE1_BIT | TYPE2_BIT | SOC3_BIT
        self.soc2 = False  # a SOC 2 is asked; its type is resolved at the end
        self.soc2_types: set[str] = set()
        self.reasons: list[str] = []
        self.confidence = 0.0
        self.extra_criteria: set[str] = set()
        self.path = "report"  # the decision path (calibration.CONFIDENCE), set where it ends
