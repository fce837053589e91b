"""The SOC needs as bits, and the decision that the rules build for one text."""

from __future__ import annotations

from dataclasses import dataclass, field

from socproc.model import SOC_NEED_ORDER, SocNeed

_T1, _T2 = SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2
# Inside the rules the needs are bits (enum hashing is slow at 20,000 texts/s).
_B1, _BT1, _BT2, _B3 = 1, 2, 4, 8
_NEEDS_OF: tuple[tuple[SocNeed, ...], ...] = tuple(
    tuple(n for bit, n in zip((_B1, _BT1, _BT2, _B3), SOC_NEED_ORDER, strict=True) if mask & bit)
    for mask in range(16)
)


@dataclass
class _Decision:
    """The classification as it is being built."""

    needs: int = 0  # bits _B1 | _BT1 | _BT2 | _B3
    soc2: bool = False  # a SOC 2 is asked; its type is resolved at the end
    soc2_types: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)
    confidence: float = 0.0
    extra_criteria: set[str] = field(default_factory=set)
