"""The labelled set is sound, scripts/evaluate.py computes its metrics right, and quality holds."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from helpers import CORPUS, CORPUS_HINT, load_script

from socproc.criteria import CRITERIA_BY_ID
from socproc.model import Classification, SocNeed

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
NEEDS = {str(n) for n in SocNeed}


def _load_evaluate() -> ModuleType:
    return load_script("evaluate")


EV = _load_evaluate()


def _rows(name: str) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


LABELLED = _rows("labelled.jsonl")


# --------------------------------------------------------------------------- the labelled set
def test_labelled_set_shape() -> None:
    assert len(LABELLED) >= 420
    ids = [r["id"] for r in LABELLED]
    assert len(set(ids)) == len(ids)
    assert len({r["text"] for r in LABELLED}) == len(LABELLED)
    for r in LABELLED:
        assert set(r) <= {"id", "text", "soc_need", "criteria", "split", "lang", "note"}, r["id"]
        assert set(r["soc_need"]) <= NEEDS and r["split"] in ("tune", "held"), r["id"]
        assert r["lang"] in ("en", "fr", "de", "es"), r["id"]
        assert all(c in CRITERIA_BY_ID for c in r.get("criteria", [])), r["id"]


def test_split_is_the_fixed_hash_rule() -> None:
    """Split by the first SHA-256 byte of the id, decided before any tuning (60/40)."""
    for r in LABELLED:
        rule = "tune" if hashlib.sha256(r["id"].encode()).digest()[0] % 10 < 6 else "held"
        assert r["split"] == rule, r["id"]
    held = sum(r["split"] == "held" for r in LABELLED) / len(LABELLED)
    assert 0.3 <= held <= 0.5


def test_labelled_set_coverage() -> None:
    counts: Counter[str] = Counter()
    for r in LABELLED:
        counts.update(r["soc_need"] or ["none"])
    assert counts["SOC 1"] >= 50 and counts["SOC 2 Type I"] >= 30 and counts["SOC 3"] >= 30
    assert counts["none"] >= 100 and counts["SOC 2 Type II"] >= 150
    langs = Counter(r["lang"] for r in LABELLED)
    assert langs["fr"] >= 15 and langs["de"] >= 15 and langs["es"] >= 15
    assert sum(1 for r in LABELLED if r.get("criteria")) >= 120
    assert sum(1 for r in LABELLED if len(r["soc_need"]) > 1) >= 10


# --------------------------------------------------------------------------- metric functions
def _stub(table: dict[str, tuple[SocNeed, ...]]) -> Any:
    def classifier(text: str) -> Classification:
        return Classification(soc_need=table[text], confidence=0.9 if table[text] else 0.6)

    return classifier


def test_metrics_on_a_hand_checked_example() -> None:
    rows = [
        {"text": "a", "soc_need": ["SOC 1"]},
        {"text": "b", "soc_need": ["SOC 1"]},
        {"text": "c", "soc_need": []},
        {"text": "d", "soc_need": ["SOC 1", "SOC 3"]},
    ]
    table = {"a": (SocNeed.SOC1,), "b": (), "c": (SocNeed.SOC1,), "d": (SocNeed.SOC1, SocNeed.SOC3)}
    m = EV.evaluate(rows, _stub(table))
    soc1 = m["per_class"]["SOC 1"]
    # SOC 1: tp a, d; fp c; fn b
    assert soc1["precision"] == pytest.approx(2 / 3) and soc1["recall"] == pytest.approx(2 / 3)
    assert m["per_class"]["none"]["precision"] == 0.0 and m["per_class"]["none"]["recall"] == 0.0
    assert m["per_class"]["SOC 3"]["f1"] == 1.0
    assert m["exact_match"] == 0.5
    assert m["confusion"][("SOC 1", "none")] == 1 and m["confusion"][("none", "SOC 1")] == 1
    assert m["bands"]["0.5-0.7"]["n"] == 1 and m["bands"][">=0.85"]["accuracy"] == pytest.approx(
        2 / 3
    )
    # macro-F1 over the classes that have gold support (SOC 1, SOC 3, none)
    assert m["macro_f1"] == pytest.approx((2 / 3 + 1.0 + 0.0) / 3)


def test_criterion_agreement() -> None:
    rows = [{"text": "x", "soc_need": ["SOC 2 Type II"], "criteria": ["CC6.1", "A1.2"]}]

    def classifier(text: str) -> Classification:
        return Classification(
            soc_need=(SocNeed.SOC2_TYPE2,), criteria=("CC6.1", "CC6.7"), categories=("security",)
        )

    m = EV.evaluate(rows, classifier)
    assert m["criteria_jaccard"] == pytest.approx(1 / 3)
    assert m["criteria_micro"]["precision"] == 0.5 and m["criteria_micro"]["recall"] == 0.5
    assert m["category_agreement"] == 0.0


def test_report_prints_every_part() -> None:
    text = EV.format_report("x", EV.evaluate(LABELLED[:30]))
    for part in (
        "macro-F1",
        "exact match",
        "Jaccard",
        "category agreement",
        "confidence band",
        "SOC 2 Type I",
    ):
        assert part in text


def test_cli_never_lists_held_out_mistakes(capsys: pytest.CaptureFixture[str]) -> None:
    assert EV.main(["--split", "held", "--errors"]) == 0
    assert "✗" not in capsys.readouterr().out


# --------------------------------------------------------------------------- quality
def test_held_out_quality() -> None:
    held = [r for r in LABELLED if r["split"] == "held"]
    m = EV.evaluate(held)
    print("\n" + EV.format_report("labelled (held)", m))
    assert m["macro_f1"] >= 0.95
    assert m["exact_match"] >= 0.93


def test_confidence_is_calibrated() -> None:
    """Each confidence band is at least as accurate as its lower edge, and the top band holds
    most rows at 0.97 or better."""
    m = EV.evaluate(LABELLED)
    for name, lo, _ in EV.BANDS:
        band = m["bands"][name]
        if band["n"] >= 5:
            assert band["accuracy"] >= lo, (name, band)
    top = m["bands"][">=0.85"]
    assert top["n"] >= 100 and top["accuracy"] >= 0.97


# --------------------------------------------------------------------------- real questionnaires
def test_corpus_labels_shape() -> None:
    rows = _rows("corpus_labels.jsonl")
    assert len(rows) >= 60
    for r in rows:
        assert "text" not in r  # the corpus text is read at run time, never copied
        assert {"file", "sheet", "ref", "question_id", "soc_need"} <= set(r)
        assert set(r["soc_need"]) <= NEEDS
    needs = Counter(n for r in rows for n in r["soc_need"] or ["none"])
    assert needs["none"] >= 15 and needs["SOC 2 Type II"] >= 15 and needs["SOC 1"] >= 1


@pytest.mark.corpus
def test_corpus_quality() -> None:
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_HINT)
    rows = EV.corpus_rows(DATA / "corpus_labels.jsonl", CORPUS)
    assert all(r["text"] for r in rows), [r["question_id"] for r in rows if not r["text"]]
    m = EV.evaluate(rows)
    print("\n" + EV.format_report("corpus", m))
    assert m["macro_f1"] >= 0.9 and m["exact_match"] >= 0.9


# --------------------------------------------------------------------------- real questions
REAL = _rows("labelled_real.jsonl")


def test_real_labels_are_references_not_text() -> None:
    """Corpus questions are stored as file + ref + question id; the text is read at run time."""
    assert len(REAL) >= 500
    ids = [r["id"] for r in REAL]
    assert len(set(ids)) == len(ids)
    assert len({(r["file"], r["ref"]) for r in REAL}) == len(REAL)
    for r in REAL:
        assert "text" not in r and "source" not in r, r["id"]
        assert {"file", "ref", "question_id", "soc_need", "kind", "split"} <= set(r), r["id"]
        assert set(r["soc_need"]) <= NEEDS and r["split"] in ("tune", "held"), r["id"]
        assert all(c in CRITERIA_BY_ID for c in r.get("criteria", [])), r["id"]
    # Split by whole source file: no file has rows on both sides.
    sides: dict[str, set[str]] = {}
    for r in REAL:
        sides.setdefault(r["file"], set()).add(r["split"])
    assert all(len(s) == 1 for s in sides.values()), sides


@pytest.mark.corpus
def test_real_rows_resolve_from_the_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_HINT)
    rows = EV.real_rows(DATA / "labelled_real.jsonl", CORPUS)
    assert len(rows) == len(REAL) and all(r["text"] for r in rows)


def test_a_reference_that_does_not_resolve_is_an_error(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_HINT)
    bad = {**REAL[0], "ref": "START HERE!Z999"}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not found"):
        EV.real_rows(path, CORPUS)


def test_detector_counts_need_against_none() -> None:
    rows = [
        {"text": "a", "soc_need": ["SOC 1"]},
        {"text": "b", "soc_need": []},
        {"text": "c", "soc_need": ["SOC 2 Type II"]},
    ]
    table = {"a": (SocNeed.SOC2_TYPE2,), "b": (SocNeed.SOC1,), "c": ()}
    need = EV.evaluate(rows, _stub(table))["need"]
    # a: need found (wrong report, still a need); b: false alarm; c: missed
    assert need["precision"] == 0.5 and need["recall"] == 0.5 and need["support"] == 2


def test_external_rows_are_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ext.jsonl"
    row = {"id": "X1", "text": "Provide your SOC 3 report.", "soc_need": ["SOC 3"], "split": "held"}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert EV.main(["--split", "held", "--external", str(path)]) == 0
    out = capsys.readouterr().out
    assert "external questions ext.jsonl (held): 1 requirements" in out
    assert "SOC-need detector" in out


@pytest.mark.corpus
def test_real_question_quality() -> None:
    """A floor under the real questions (issue #18 targets are higher: 0.93 exact, 0.90 P/R)."""
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_HINT)
    rows = EV.real_rows(DATA / "labelled_real.jsonl", CORPUS)
    held = EV.evaluate([r for r in rows if r["split"] == "held"])
    print("\n" + EV.format_report("real questions (held)", held))
    assert held["exact_match"] >= 0.8
    assert held["need"]["precision"] >= 0.85 and held["need"]["recall"] >= 0.85
    tune = EV.evaluate([r for r in rows if r["split"] == "tune"])
    assert tune["exact_match"] >= 0.85
