"""The SOC needs as bits, and the decision that the rules build for one text."""

from __future__ import annotations

from socproc.model import SOC_NEED_ORDER, SocNeed

_T1, _T2 = SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2
# Inside the rules the needs are bits (enum hashing is slow at 20,000 texts/s).
_B1, _BT1, _BT2, _B3 = 1, 2, 4, 8
_NEEDS_OF: tuple[tuple[SocNeed, ...], ...] = tuple(
    tuple(n for bit, n in zip((_B1, _BT1, _BT2, _B3), SOC_NEED_ORDER, strict=True) if mask & bit)
    for mask in range(16)
)


class _Decision:
    """The classification as it is being built (a plain slotted class: one per text)."""

    __slots__ = ("confidence", "extra_criteria", "needs", "reasons", "soc2", "soc2_types")

    def __init__(self) -> None:
        self.needs = 0  # bits _B1 | _BT1 | _BT2 | _B3
        self.soc2 = False  # a SOC 2 is asked; its type is resolved at the end
        self.soc2_types: set[str] = set()
        self.reasons: list[str] = []
        self.confidence = 0.0
        self.extra_criteria: set[str] = set()
