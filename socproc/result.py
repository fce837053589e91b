"""Result (one questionnaire processed) and Batch (a folder), with their frame and write views."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socproc.model import RESPONSE_KEYS, Response, Skip, SocNeed, Status

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """An inventory item cited as evidence, as the Evidence sheet shows it."""

    id: str
    kind: str  # "SOC 2", "bridge letter", "control", "document", "answer", ...
    title: str
    sharing: str  # public | nda | internal | ""
    detail: str = ""  # period, type, categories, dates


@dataclass(frozen=True, slots=True)
class DemandRow:
    """Inbox-wide demand for one report against what the vendor holds."""

    need: str  # "SOC 1", "SOC 2 Type II", ...
    questionnaires: int  # how many questionnaires ask for it
    requirements: int  # how many requirements ask for it
    covered: int
    partial: int
    gap: int
    held: str  # the holding that answers it ("soc2-2026 (SOC 2 Type II, ...)") or ""


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The next report the vendor should pursue, with the numbers behind it."""

    report: str  # "SOC 1 Type II", "SOC 2 Type II", "SOC 3", or "" when nothing is missing
    reason: str


@dataclass(frozen=True)
class Result:
    """One questionnaire processed end to end."""

    source: str  # the input path as given
    format: str
    as_of: date
    vendor: str
    responses: tuple[Response, ...]
    skipped: tuple[Skip, ...] = ()
    evidence_items: tuple[EvidenceItem, ...] = ()
    version: str = ""

    @property
    def requirements(self) -> list[Response]:
        """Every requirement with its classification and mapping, in document order."""
        return list(self.responses)

    def counts(self) -> dict[str, int]:
        """Requirements per status, every status present."""
        c = Counter(str(r.mapping.status) for r in self.responses)
        return {str(s): c.get(str(s), 0) for s in Status}

    def need_counts(self) -> dict[str, int]:
        """Requirements per SOC need ("none" for no SOC need)."""
        c: Counter[str] = Counter()
        for r in self.responses:
            needs = r.classification.soc_need or ("none",)
            c.update(str(n) for n in needs)
        return {str(n): c.get(str(n), 0) for n in [*SocNeed, "none"]}

    def to_dict(self) -> dict[str, Any]:
        """The NAME.response.json document (spec section 7)."""
        return {
            "source": Path(self.source).name,
            "as_of": self.as_of.isoformat(),
            "requirements": [r.to_dict() for r in self.responses],
            "skipped": [{"ref": s.ref, "reason": s.reason} for s in self.skipped],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per requirement; columns are the JSON keys of spec section 7."""
        import pandas as pd

        frame = pd.DataFrame([r.to_dict() for r in self.responses], columns=list(RESPONSE_KEYS))
        frame["status"] = pd.Categorical(frame["status"], categories=[str(s) for s in Status])
        return frame

    def write(self, out_dir: str | Path) -> list[Path]:
        """Write the per-input outputs of spec section 7 into `out_dir`; return their paths."""
        from socproc.write import write_outputs

        return write_outputs(self, Path(out_dir))


@dataclass(frozen=True)
class InputRecord:
    """One input of a run, as `_run.json` records it."""

    path: str  # relative to the folder given
    status: str  # ok | skipped | deferred | failed
    error: str | None = None
    requirements: int = 0
    skipped_rows: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "error": self.error,
            "requirements": self.requirements,
            "skipped_rows": self.skipped_rows,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Batch:
    """A folder processed: every result, every input's record, and the inbox-wide demand."""

    as_of: date
    vendor: str
    results: list[Result] = field(default_factory=list)
    inputs: list[InputRecord] = field(default_factory=list)
    demand_rows: list[DemandRow] = field(default_factory=list)
    recommendation: Recommendation | None = None
    # Per input path (as in `inputs`): {"counts": {status: n}, "needs": {need: n}, ...}, so the
    # summary can list every questionnaire when results are not kept in memory.
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_frame(self) -> pd.DataFrame:
        """One row per requirement across the inbox, with a `source` column first."""
        import pandas as pd

        frames = [r.to_frame().assign(source=Path(r.source).name) for r in self.results]
        if not frames:
            return pd.DataFrame(columns=["source", *RESPONSE_KEYS])
        frame = pd.concat(frames, ignore_index=True)
        return frame[["source", *RESPONSE_KEYS]]
