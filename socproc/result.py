"""Result (one questionnaire processed) and Batch (a folder), with their frame, HTML and write views."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socproc.errors import OutputError, SocprocError
from socproc.model import (
    NEEDS,
    RESPONSE_KEYS,
    STATUSES,
    DemandRow,
    EvidenceItem,
    InputRecord,
    Recommendation,
    Response,
    Skip,
    SocNeed,
    Status,
)
from socproc.write import write_outputs

# The records a Result and a Batch hold live in socproc.model; they stay importable from here.
__all__ = [
    "Batch",
    "DemandRow",
    "EvidenceItem",
    "IncompleteRun",
    "InputRecord",
    "Recommendation",
    "Result",
    "primary_need",
]

if TYPE_CHECKING:
    import pandas as pd

# Columns of `Batch.gaps()`: what a reader needs to act on a gap, nothing more.
GAP_COLUMNS: tuple[str, ...] = (
    "source",
    "ref",
    "question_id",
    "question",
    "primary_need",
    "soc_need",
    "criteria",
    "status",
    "flags",
    "remedy",
    "evidence",
)
# Columns of `Batch.demand()`, one row per SOC need.
DEMAND_COLUMNS: tuple[str, ...] = (
    "need",
    "questionnaires",
    "requirements",
    "covered",
    "partial",
    "gap",
    "held",
)


def primary_need(response: Response) -> str:
    """The first SOC need of a requirement in spec order (SOC 1, SOC 2 Type I, SOC 2 Type II,
    SOC 3), or "none" when it calls for no SOC report: one value per row, for grouping."""
    needs = response.classification.soc_need
    return str(needs[0]) if needs else "none"


def _categorize(frame: pd.DataFrame) -> pd.DataFrame:
    """`status` and `primary_need` as categoricals over every value, so that counts show zeros."""
    import pandas as pd

    frame["status"] = pd.Categorical(frame["status"], categories=list(STATUSES))
    frame["primary_need"] = pd.Categorical(frame["primary_need"], categories=list(NEEDS))
    return frame


@dataclass(frozen=True, repr=False)
class Result:
    """One questionnaire processed end to end: `socproc.process()` returns it.

    Example::

        res = socproc.process("q.xlsx", inv, as_of="2026-11-26")
        res.counts()                       # {'covered': 18, 'partial': 2, 'gap': 0, 'review': 2}
        res.to_frame()                     # one row per requirement
        res.gaps()                         # the gap and partial rows, with remedies
        res.write("out/")                  # NAME.response.xlsx, .response.json, .filled.xlsx

    In Jupyter a Result shows itself as counts by status and SOC need, and its top gaps.
    """

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

    @property
    def name(self) -> str:
        """The input's file name ("q.xlsx"), as outputs and the `source` column name it.

        Bytes of the name that are not UTF-8 show as `\\xe9`: no output can hold them as they are.
        """
        return os.fsencode(Path(self.source).name).decode("utf-8", "backslashreplace")

    def counts(self) -> dict[str, int]:
        """Requirements per status, every status present."""
        c = Counter(str(r.mapping.status) for r in self.responses)
        return {s: c.get(s, 0) for s in STATUSES}

    def need_counts(self) -> dict[str, int]:
        """Requirements per SOC need ("none" for no SOC need); a row asking for two counts twice."""
        c: Counter[str] = Counter()
        for r in self.responses:
            needs = r.classification.soc_need or ("none",)
            c.update(str(n) for n in needs)
        return {n: c.get(n, 0) for n in NEEDS}

    def to_dict(self) -> dict[str, Any]:
        """The NAME.response.json document (spec section 7)."""
        return {
            "source": self.name,
            "as_of": self.as_of.isoformat(),
            "requirements": [r.to_dict() for r in self.responses],
            "skipped": [{"ref": s.ref, "reason": s.reason} for s in self.skipped],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per requirement: the JSON keys of spec section 7, in order, then `primary_need`.

        List keys (`soc_need`, `criteria`, `categories`, `frameworks`, `flags`, `evidence`) stay
        Python lists; `answer_source` is a dict or None. `status` is a categorical over covered,
        partial, gap, review; `primary_need` a categorical over SOC 1, SOC 2 Type I, SOC 2
        Type II, SOC 3, none (see `primary_need`). `frame.explode("soc_need")` gives one row
        per requirement and need.
        """
        import pandas as pd

        rows = [{**r.to_dict(), "primary_need": primary_need(r)} for r in self.responses]
        return _categorize(pd.DataFrame(rows, columns=[*RESPONSE_KEYS, "primary_need"]))

    def gaps(self) -> pd.DataFrame:
        """The gap and partial rows with their remedies: `Batch.gaps()` for this file alone."""
        return _gap_rows(self._frame_with_source())

    def _frame_with_source(self) -> pd.DataFrame:
        frame = self.to_frame()
        frame.insert(0, "source", self.name)
        return frame

    def write(self, out_dir: str | Path) -> list[Path]:
        """Write the per-input outputs of spec section 7 into `out_dir`; return their paths."""
        return write_outputs(self, Path(out_dir))

    def __repr__(self) -> str:
        counts = ", ".join(f"{s}={n}" for s, n in self.counts().items())
        return (
            f"<Result {self.name!r} as of {self.as_of}: {len(self.responses)} requirements "
            f"({counts}), {len(self.skipped)} skipped rows>"
        )

    def _repr_html_(self) -> str:
        from socproc.write.html import result_html  # for notebooks only: not loaded by a run

        return result_html(self)


@dataclass(repr=False)
class Batch:
    """A folder processed: every result, every input's record, and the inbox-wide demand.

    `socproc.process_folder()` returns it. Example::

        batch = socproc.process_folder("inbox/", inv, as_of="2026-11-26")
        batch.counts()                     # requirements per status across the inbox
        batch.demand()                     # demand per SOC report against what is held
        batch.gaps()                       # every gap and partial row, with remedies
        batch.recommendation.report        # 'SOC 1 Type II'

    In Jupyter a Batch shows itself as counts per questionnaire and status, the demand
    table, the recommended next report, the top gaps and any failed input.
    """

    as_of: date
    vendor: str
    results: list[Result] = field(default_factory=list)
    inputs: list[InputRecord] = field(default_factory=list)
    demand_rows: list[DemandRow] = field(default_factory=list)
    recommendation: Recommendation | None = None
    # Per input path (as in `inputs`): {"counts": {status: n}, "needs": {need: n}, ...}, so the
    # summary can list every questionnaire when results are not kept in memory.
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Files met in the folders that are not questionnaires: (path, what to do), as `_run.json`.
    ignored: list[tuple[str, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Requirements per status across the inbox, every status present.

        From the per-input stats when the run recorded them (they include inputs an incremental
        run skipped as unchanged), else from the results in memory.
        """
        total: Counter[str] = Counter()
        if self.stats:
            for stat in self.stats.values():
                total.update(stat.get("counts") or {})
        else:
            for result in self.results:
                total.update(result.counts())
        return {s: total.get(s, 0) for s in STATUSES}

    def to_frame(self) -> pd.DataFrame:
        """One row per requirement across the inbox: `source` (the file name), then the
        columns of `Result.to_frame()`. Empty (with those columns) when no results are kept."""
        import pandas as pd

        columns = ["source", *RESPONSE_KEYS, "primary_need"]
        frames = [r._frame_with_source() for r in self.results]
        if not frames:
            return _categorize(pd.DataFrame(columns=columns))
        return _categorize(pd.concat(frames, ignore_index=True)[columns])

    def gaps(self) -> pd.DataFrame:
        """Every gap and partial row across the inbox, gaps first, then by file and position.

        Columns: `GAP_COLUMNS` (source, ref, question_id, question, primary_need, soc_need,
        criteria, status, flags, remedy, evidence). `remedy` says what would close the row.
        """
        return _gap_rows(self.to_frame())

    def demand(self) -> pd.DataFrame:
        """Demand for each SOC report across the inbox against what is held: one row per need
        (SOC 1, SOC 2 Type I, SOC 2 Type II, SOC 3) with the questionnaires and requirements
        asking for it, how many are covered, partial or a gap, and the holding that answers it
        (`held`, "" when none is). `recommendation` names the report to pursue next."""
        import pandas as pd

        rows = [[getattr(d, c) for c in DEMAND_COLUMNS] for d in self.demand_rows]
        frame = pd.DataFrame(rows, columns=list(DEMAND_COLUMNS))
        frame["need"] = pd.Categorical(frame["need"], categories=[str(n) for n in SocNeed])
        return frame

    def __repr__(self) -> str:
        by = Counter(i.status for i in self.inputs)
        states = ", ".join(f"{by[s]} {s}" for s in ("ok", "skipped", "deferred", "failed"))
        counts = ", ".join(f"{s}={n}" for s, n in self.counts().items())
        return f"<Batch as of {self.as_of}: {len(self.inputs)} inputs ({states}); {counts}>"

    def _repr_html_(self) -> str:
        from socproc.write.html import batch_html

        return batch_html(self)


def _gap_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The gap and partial rows of a requirement frame: gaps first, then in input order."""
    import pandas as pd

    parts = [frame[frame["status"] == str(s)] for s in (Status.GAP, Status.PARTIAL)]
    return pd.concat(parts)[list(GAP_COLUMNS)].reset_index(drop=True)


class IncompleteRun(OutputError):
    """Every input was processed, but the run record, manifest or summary could not be written.

    `batch` holds what the run did, so the caller can still report it.
    """

    def __init__(self, cause: SocprocError, batch: Batch):
        super().__init__(cause.file, cause.problem, cause.fix, cause.where)
        self.batch = batch

    def __reduce__(self) -> tuple[Any, ...]:
        cause = SocprocError(self.file, self.problem, self.fix, self.where)
        return self.__class__, (cause, self.batch)
