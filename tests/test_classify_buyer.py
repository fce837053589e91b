"""The buyer tune set (tests/data/labelled_buyer.jsonl): its shape, and the score it keeps."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from helpers import load_script

from socproc.criteria import CRITERIA_BY_ID
from socproc.model import SOC_NEED_ORDER

EV = load_script("evaluate")
ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "labelled_buyer.jsonl").read_text().splitlines()
    if line.strip()
]
KINDS = {
    "control", "feature", "fact", "artifact", "framework", "history", "location", "commercial",
    "buyer", "report", "financial", "soc-ops", "soc-other",
}  # fmt: skip


def test_buyer_set_shape() -> None:
    assert len(ROWS) >= 120
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert len({r["text"] for r in ROWS}) == len(ROWS)
    needs = {str(n) for n in SOC_NEED_ORDER}
    for r in ROWS:
        assert r["split"] == "tune" and r["lang"] == "en", r["id"]
        assert set(r["soc_need"]) <= needs and r["kind"] in KINDS, r["id"]
        assert all(c in CRITERIA_BY_ID for c in r.get("criteria", [])), r["id"]
    kinds = Counter(r["kind"] for r in ROWS)
    # the kinds issue #18 lists are all there, with controls and non-needs both well present
    assert kinds["control"] >= 60 and kinds["feature"] >= 15 and kinds["artifact"] >= 10
    assert sum(1 for r in ROWS if not r["soc_need"]) >= 60


def test_buyer_set_score_holds() -> None:
    # a floor under the tune score (0.932 when the rules of issue #18 were written): a change
    # that costs more than a few of these questions shows here
    m = EV.evaluate(ROWS)
    assert (
        m["exact_match"] >= 0.92 and m["need"]["precision"] >= 0.9 and m["need"]["recall"] >= 0.97
    )
