"""Score the classifier on labelled requirements: exact match, P/R/F1, SOC-need detector, bands.

Four labelled sets: written requirements (`tests/data/labelled.jsonl`), buyer questions written
in own words and labelled before the classifier saw them (`tests/data/labelled_buyer.jsonl`,
`labelled_buyer2.jsonl` to `labelled_buyer38.jsonl`, all tune, see labelled_buyer.md), real
questions whose text is read from the corpus at run time (`tests/data/labelled_real.jsonl`, see
its .md), and an external file kept outside the repository (`--external PATH`, rows carry their
text).
Scores are printed per split; mistakes are listed for the tune split only.

Other modes, each with its own options: `--truth` scores filled answers against the answer
truth set (false claims, unsupported, fill rate; `scripts/answer_truth.py --help`), `--reuse`
scores answer reuse, `--answers` the answer pairs. Corpus rows are read from
`../shared/corpus` or `$SOCPROC_CORPUS`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from socproc.classify import classify  # noqa: E402
from socproc.criteria import CRITERIA_BY_ID  # noqa: E402
from socproc.model import SOC_NEED_ORDER, Classification  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "labelled.jsonl"
LABELLED_BUYER = ROOT / "tests" / "data" / "labelled_buyer.jsonl"
LABELLED_BUYER2 = ROOT / "tests" / "data" / "labelled_buyer2.jsonl"
LABELLED_BUYER3 = ROOT / "tests" / "data" / "labelled_buyer3.jsonl"
LABELLED_BUYER4 = ROOT / "tests" / "data" / "labelled_buyer4.jsonl"
LABELLED_BUYER5 = ROOT / "tests" / "data" / "labelled_buyer5.jsonl"
LABELLED_BUYER6 = ROOT / "tests" / "data" / "labelled_buyer6.jsonl"
LABELLED_BUYER7 = ROOT / "tests" / "data" / "labelled_buyer7.jsonl"
LABELLED_BUYER8 = ROOT / "tests" / "data" / "labelled_buyer8.jsonl"
LABELLED_BUYER9 = ROOT / "tests" / "data" / "labelled_buyer9.jsonl"
LABELLED_BUYER10 = ROOT / "tests" / "data" / "labelled_buyer10.jsonl"
LABELLED_BUYER11 = ROOT / "tests" / "data" / "labelled_buyer11.jsonl"
LABELLED_BUYER12 = ROOT / "tests" / "data" / "labelled_buyer12.jsonl"
LABELLED_BUYER13 = ROOT / "tests" / "data" / "labelled_buyer13.jsonl"
LABELLED_BUYER14 = ROOT / "tests" / "data" / "labelled_buyer14.jsonl"
LABELLED_BUYER15 = ROOT / "tests" / "data" / "labelled_buyer15.jsonl"
LABELLED_BUYER16 = ROOT / "tests" / "data" / "labelled_buyer16.jsonl"
LABELLED_BUYER17 = ROOT / "tests" / "data" / "labelled_buyer17.jsonl"
LABELLED_BUYER18 = ROOT / "tests" / "data" / "labelled_buyer18.jsonl"
LABELLED_BUYER19 = ROOT / "tests" / "data" / "labelled_buyer19.jsonl"
LABELLED_BUYER20 = ROOT / "tests" / "data" / "labelled_buyer20.jsonl"
LABELLED_BUYER21 = ROOT / "tests" / "data" / "labelled_buyer21.jsonl"
LABELLED_BUYER22 = ROOT / "tests" / "data" / "labelled_buyer22.jsonl"
LABELLED_BUYER23 = ROOT / "tests" / "data" / "labelled_buyer23.jsonl"
LABELLED_BUYER24 = ROOT / "tests" / "data" / "labelled_buyer24.jsonl"
LABELLED_BUYER25 = ROOT / "tests" / "data" / "labelled_buyer25.jsonl"
LABELLED_BUYER26 = ROOT / "tests" / "data" / "labelled_buyer26.jsonl"
LABELLED_BUYER27 = ROOT / "tests" / "data" / "labelled_buyer27.jsonl"
LABELLED_BUYER28 = ROOT / "tests" / "data" / "labelled_buyer28.jsonl"
LABELLED_BUYER29 = ROOT / "tests" / "data" / "labelled_buyer29.jsonl"
LABELLED_BUYER30 = ROOT / "tests" / "data" / "labelled_buyer30.jsonl"
LABELLED_BUYER31 = ROOT / "tests" / "data" / "labelled_buyer31.jsonl"
LABELLED_BUYER32 = ROOT / "tests" / "data" / "labelled_buyer32.jsonl"
LABELLED_BUYER33 = ROOT / "tests" / "data" / "labelled_buyer33.jsonl"
LABELLED_BUYER34 = ROOT / "tests" / "data" / "labelled_buyer34.jsonl"
LABELLED_BUYER35 = ROOT / "tests" / "data" / "labelled_buyer35.jsonl"
LABELLED_BUYER36 = ROOT / "tests" / "data" / "labelled_buyer36.jsonl"
LABELLED_BUYER37 = ROOT / "tests" / "data" / "labelled_buyer37.jsonl"
LABELLED_BUYER38 = ROOT / "tests" / "data" / "labelled_buyer38.jsonl"
LABELLED_BUYER39 = ROOT / "tests" / "data" / "labelled_buyer39.jsonl"
LABELLED_BUYER40 = ROOT / "tests" / "data" / "labelled_buyer40.jsonl"
LABELLED_BUYER41 = ROOT / "tests" / "data" / "labelled_buyer41.jsonl"
LABELLED_BUYER42 = ROOT / "tests" / "data" / "labelled_buyer42.jsonl"
LABELLED_BUYER43 = ROOT / "tests" / "data" / "labelled_buyer43.jsonl"
LABELLED_BUYER44 = ROOT / "tests" / "data" / "labelled_buyer44.jsonl"
LABELLED_BUYER45 = ROOT / "tests" / "data" / "labelled_buyer45.jsonl"
LABELLED_BUYER46 = ROOT / "tests" / "data" / "labelled_buyer46.jsonl"
LABELLED_BUYER47 = ROOT / "tests" / "data" / "labelled_buyer47.jsonl"
LABELLED_REAL = ROOT / "tests" / "data" / "labelled_real.jsonl"
CORPUS_LABELS = ROOT / "tests" / "data" / "corpus_labels.jsonl"
CORPUS = Path(os.environ.get("SOCPROC_CORPUS") or ROOT.parent / "shared" / "corpus")
CLASSES: tuple[str, ...] = (*(str(n) for n in SOC_NEED_ORDER), "none")
BANDS: tuple[tuple[str, float, float], ...] = (
    ("<0.5", 0.0, 0.5),
    ("0.5-0.7", 0.5, 0.7),
    ("0.7-0.85", 0.7, 0.85),
    (">=0.85", 0.85, 1.01),
)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """One JSON object per non-empty line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def buyer_rows() -> list[dict[str, Any]]:
    """The batches of buyer questions (each labelled before the classifier saw it)."""
    paths = (
        LABELLED_BUYER,
        LABELLED_BUYER2,
        LABELLED_BUYER3,
        LABELLED_BUYER4,
        LABELLED_BUYER5,
        LABELLED_BUYER6,
        LABELLED_BUYER7,
        LABELLED_BUYER8,
        LABELLED_BUYER9,
        LABELLED_BUYER10,
        LABELLED_BUYER11,
        LABELLED_BUYER12,
        LABELLED_BUYER13,
        LABELLED_BUYER14,
        LABELLED_BUYER15,
        LABELLED_BUYER16,
        LABELLED_BUYER17,
        LABELLED_BUYER18,
        LABELLED_BUYER19,
        LABELLED_BUYER20,
        LABELLED_BUYER21,
        LABELLED_BUYER22,
        LABELLED_BUYER23,
        LABELLED_BUYER24,
        LABELLED_BUYER25,
        LABELLED_BUYER26,
        LABELLED_BUYER27,
        LABELLED_BUYER28,
        LABELLED_BUYER29,
        LABELLED_BUYER30,
        LABELLED_BUYER31,
        LABELLED_BUYER32,
        LABELLED_BUYER33,
        LABELLED_BUYER34,
        LABELLED_BUYER35,
        LABELLED_BUYER36,
        LABELLED_BUYER37,
        LABELLED_BUYER38,
        LABELLED_BUYER39,
        LABELLED_BUYER40,
        LABELLED_BUYER41,
        LABELLED_BUYER42,
        LABELLED_BUYER43,
        LABELLED_BUYER44,
        LABELLED_BUYER45,
        LABELLED_BUYER46,
        LABELLED_BUYER47,
    )
    return [row for path in paths for row in load_jsonl(path)]


def labels(needs: Iterable[str]) -> frozenset[str]:
    """A label set over CLASSES: the SOC needs, or {'none'} when there are none."""
    got = frozenset(str(n) for n in needs)
    return got or frozenset({"none"})


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def categories_of(criteria: Iterable[str]) -> frozenset[str]:
    return frozenset(CRITERIA_BY_ID[c].category for c in criteria if c in CRITERIA_BY_ID)


def evaluate(
    rows: Sequence[dict[str, Any]],
    classifier: Callable[[str], Classification] = classify,
) -> dict[str, Any]:
    """Metrics for rows carrying `text` and gold `soc_need` (and optionally `criteria`)."""
    preds = [classifier(r["text"]) for r in rows]
    gold = [labels(r["soc_need"]) for r in rows]
    got = [labels(p.soc_need) for p in preds]
    per_class: dict[str, dict[str, float]] = {}
    for cls in CLASSES:
        tp = sum(1 for g, p in zip(gold, got, strict=True) if cls in g and cls in p)
        fp = sum(1 for g, p in zip(gold, got, strict=True) if cls not in g and cls in p)
        fn = sum(1 for g, p in zip(gold, got, strict=True) if cls in g and cls not in p)
        per_class[cls] = {**_prf(tp, fp, fn), "support": tp + fn}
    present = [c for c in CLASSES if per_class[c]["support"]]
    macro = sum(per_class[c]["f1"] for c in present) / len(present) if present else 0.0
    exact = [g == p for g, p in zip(gold, got, strict=True)]
    # The SOC-need detector: does the row need any SOC report at all (need vs none)?
    need_tp = sum(1 for g, p in zip(gold, got, strict=True) if "none" not in g and "none" not in p)
    need_fp = sum(1 for g, p in zip(gold, got, strict=True) if "none" in g and "none" not in p)
    need_fn = sum(1 for g, p in zip(gold, got, strict=True) if "none" not in g and "none" in p)
    confusion = Counter(
        (" + ".join(sorted(g)), " + ".join(sorted(p))) for g, p in zip(gold, got, strict=True)
    )
    bands: dict[str, dict[str, float]] = {}
    for name, lo, hi in BANDS:
        hits = [ok for ok, p in zip(exact, preds, strict=True) if lo <= p.confidence < hi]
        bands[name] = {"n": len(hits), "accuracy": sum(hits) / len(hits) if hits else float("nan")}
    crit_rows = [(r, p) for r, p in zip(rows, preds, strict=True) if r.get("criteria")]
    jacc, tp_c, fp_c, fn_c, cat_ok = 0.0, 0, 0, 0, 0
    for r, p in crit_rows:
        g, q = set(r["criteria"]), set(p.criteria)
        jacc += len(g & q) / len(g | q) if g | q else 1.0
        tp_c, fp_c, fn_c = tp_c + len(g & q), fp_c + len(q - g), fn_c + len(g - q)
        cat_ok += categories_of(g) == frozenset(p.categories)
    n_crit = len(crit_rows)
    return {
        "n": len(rows),
        "per_class": per_class,
        "macro_f1": macro,
        "exact_match": sum(exact) / len(rows) if rows else 0.0,
        "need": {**_prf(need_tp, need_fp, need_fn), "support": need_tp + need_fn},
        "confusion": confusion,
        "bands": bands,
        "criteria_n": n_crit,
        "criteria_jaccard": jacc / n_crit if n_crit else float("nan"),
        "criteria_micro": _prf(tp_c, fp_c, fn_c),
        "category_agreement": cat_ok / n_crit if n_crit else float("nan"),
        "errors": [
            (r.get("id", ""), r["text"], sorted(g), sorted(q), p.rationale)
            for r, g, q, p, ok in zip(rows, gold, got, preds, exact, strict=True)
            if not ok
        ],
    }


# --------------------------------------------------------------------------- corpus texts
def _vsaq_items(path: Path) -> dict[str, str]:
    """VSAQ item id → text (the files are JavaScript-flavoured JSON: see SOURCES.md)."""
    raw = "\n".join(
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("//")
    )
    data = json.loads(re.sub(r'"\s*\+\s*\n\s*"', "", raw))
    out: dict[str, str] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if item.get("id") and item.get("text"):
                out[item["id"]] = re.sub(r"<[^>]+>", " ", str(item["text"]))
            walk(item.get("items", []))

    walk(data.get("questionnaire", []))
    return out


def corpus_rows(labels_path: Path = CORPUS_LABELS, corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """The corpus labels with their question text read from the corpus files."""
    if not corpus.is_dir():
        return []
    import openpyxl

    books: dict[str, Any] = {}
    vsaq: dict[str, dict[str, str]] = {}
    rows: list[dict[str, Any]] = []
    for lab in load_jsonl(labels_path):
        path = corpus / lab["file"]
        if path.suffix == ".json":
            items = vsaq.setdefault(lab["file"], _vsaq_items(path))
            text = items.get(lab["ref"], "")
        else:
            if lab["file"] not in books:
                books[lab["file"]] = openpyxl.load_workbook(path, data_only=True, read_only=True)
            value = books[lab["file"]][lab["sheet"]][lab["ref"]].value
            text = "" if value is None else str(value)
        rows.append({**lab, "id": lab.get("question_id") or lab["ref"], "text": text.strip()})
    return rows


def _collapse(text: str) -> str:
    return " ".join(text.split())


def real_rows(labels_path: Path = LABELLED_REAL, corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """The real-question labels with their text read from the corpus through socproc.extract.

    Each row names its corpus `file` and the requirement's `ref` (and `question_id`); the text
    is never stored in the repository. A row whose reference no longer resolves raises: the
    labels were written for that question and must not silently score another one.
    """
    if not corpus.is_dir():
        return []
    from socproc.extract import extract_file

    found: dict[str, dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    for lab in load_jsonl(labels_path):
        if lab["file"] not in found:
            reqs = extract_file(corpus / lab["file"]).requirements
            found[lab["file"]] = {r.ref: r for r in reqs}
        req = found[lab["file"]].get(lab["ref"])
        if req is None or req.question_id != lab.get("question_id"):
            raise ValueError(
                f"{labels_path.name}: {lab['id']}: {lab['file']} {lab['ref']} not found"
            )
        rows.append({**lab, "source": lab["file"], "text": _collapse(req.question)})
    return rows


# --------------------------------------------------------------------------- report
def format_report(title: str, m: dict[str, Any], show_errors: bool = False) -> str:
    lines = [
        f"== {title}: {m['n']} requirements",
        f"{'class':<16}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}",
    ]
    for cls, v in m["per_class"].items():
        lines.append(
            f"{cls:<16}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>6}"
        )
    lines.append(f"macro-F1 {m['macro_f1']:.3f}   exact match {m['exact_match']:.3f}")
    nd = m["need"]
    lines.append(
        f"SOC-need detector (need vs none): precision {nd['precision']:.3f}, recall"
        f" {nd['recall']:.3f} ({nd['support']} need a report)"
    )
    cm = m["criteria_micro"]
    lines.append(
        f"criteria ({m['criteria_n']} labelled): Jaccard {m['criteria_jaccard']:.3f}, micro P {cm['precision']:.3f}"
        f" R {cm['recall']:.3f} F1 {cm['f1']:.3f}; category agreement {m['category_agreement']:.3f}"
    )
    lines.append(
        "accuracy by confidence band: "
        + ", ".join(f"{k} {v['accuracy']:.3f} (n={v['n']})" for k, v in m["bands"].items())
    )
    lines.append("confusion (gold label set → predicted label set: count; ≠ marks a mismatch):")
    cells = sorted(m["confusion"].items(), key=lambda kv: (kv[0][0] != kv[0][1], kv[0]))
    lines += [f"  {n:>4}  {g}  →  {p}{'' if g == p else '   ≠'}" for (g, p), n in cells]
    if show_errors:
        lines += [f"  ✗ {i} {t!r}: gold {g} got {q} | {why}" for i, t, g, q, why in m["errors"]]
    return "\n".join(lines)


# --------------------------------------------------------------------------- calibration
def calibration_rows(
    real: Sequence[dict[str, Any]],
    corpus: Sequence[dict[str, Any]],
    buyer: Sequence[dict[str, Any]] = (),
) -> list[dict[str, Any]]:
    """The rows confidence is calibrated on: real questions of the tune split, the corpus
    labels from files with no held row (a held file's questions are never looked at), and the
    buyer questions (labelled before the classifier saw them, so not written beside its rules)."""
    held_files = {r["file"] for r in real if r.get("split") == "held"}
    tune = [r for r in real if r.get("split") == "tune"]
    return [
        *tune,
        *(r for r in corpus if r["file"] not in held_files),
        *(r for r in buyer if r.get("split") == "tune"),
    ]


def _path_tally(rows: Sequence[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Decision path → (right, n) over rows."""
    from socproc.classify.decide import decision_path

    tally: dict[str, tuple[int, int]] = {}
    for r in rows:
        ok = labels(r["soc_need"]) == labels(classify(r["text"]).soc_need)
        right, n = tally.get(path := decision_path(r["text"]), (0, 0))
        tally[path] = (right + ok, n + 1)
    return tally


def calibration_table(
    real: Sequence[dict[str, Any]], written: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per decision path (calibration.CONFIDENCE): the tune rows it is measured on, right / n,
    the Wilson lower bound, the confidence that bound allows (calibration.earned) and the one
    in code, with the path's first contact (calibration.FIRST_CONTACT). Real questions measure a
    path; the written tune rows are added only where real ones are fewer than
    calibration.MIN_ROWS."""
    from socproc.classify.calibration import (
        CONFIDENCE,
        FIRST_CONTACT,
        MIN_ROWS,
        earned,
        wilson_lower,
    )

    on_real, on_written = _path_tally(real), _path_tally(written)
    table = []
    for path, conf in CONFIDENCE.items():
        right, n = on_real.get(path, (0, 0))
        source = "real"
        if n < MIN_ROWS:
            more = on_written.get(path, (0, 0))
            right, n, source = right + more[0], n + more[1], "real+written"
        table.append(
            {
                "path": path,
                "source": source,
                "right": right,
                "n": n,
                "bound": wilson_lower(right, n),
                "earned": earned(right, n),
                "confidence": conf,
                "first": FIRST_CONTACT.get(path, (0, 0)),
            }
        )
    return table


def format_calibration(table: Sequence[dict[str, Any]]) -> str:
    lines = [
        f"{'path':<20}{'rows':<14}{'right/n':>10}{'acc':>7}{'bound':>7}{'earned':>8}{'conf':>7}"
        f"{'first contact':>15}"
    ]
    for t in table:
        acc = f"{t['right'] / t['n']:.2f}" if t["n"] else "-"
        flag = "  > earned" if t["confidence"] > t["earned"] + 1e-9 else ""
        lines.append(
            f"{t['path']:<20}{t['source']:<14}{t['right']:>5}/{t['n']:<4}{acc:>7}"
            f"{t['bound']:>7.2f}{t['earned']:>8.2f}{t['confidence']:>7.2f}"
            + (f"{t['first'][0]:>10}/{t['first'][1]:<4}" if t["first"][1] else f"{'-':>15}")
            + flag
        )
    return "\n".join(lines)


def _in_split(rows: Iterable[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    return [r for r in rows if split == "all" or r.get("split", "held") == split]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--split",
        choices=("held", "tune", "all", "both"),
        default="both",
        help="which rows to score; 'both' (default) prints held, then tune, separately",
    )
    ap.add_argument(
        "--corpus", action="store_true", help="also score the labelled corpus questions"
    )
    ap.add_argument(
        "--external",
        type=Path,
        metavar="PATH",
        help="also score a labelled JSONL kept outside the repository (rows carry `text`)",
    )
    ap.add_argument(
        "--errors", action="store_true", help="list mistakes (tune split and corpus only)"
    )
    ap.add_argument(
        "--calibration",
        action="store_true",
        help="print each decision path's tune accuracy and Wilson bound beside its confidence",
    )
    args = ap.parse_args(argv)
    if args.calibration:
        real = calibration_rows(real_rows(), corpus_rows(), buyer_rows())
        tune_written = [r for r in load_jsonl(LABELLED) if r.get("split") == "tune"]
        print(format_calibration(calibration_table(real, tune_written)))
        return 0
    written = load_jsonl(LABELLED)
    real = real_rows()
    external = load_jsonl(args.external) if args.external is not None else []
    for split in ("held", "tune") if args.split == "both" else (args.split,):
        # Held-out mistakes are never listed: tuning against them would make the held score a lie.
        show = args.errors and split == "tune"
        print(
            format_report(
                f"written requirements ({split})", evaluate(_in_split(written, split)), show
            )
        )
        if rows := _in_split(buyer_rows(), split):
            print(format_report(f"buyer questions ({split})", evaluate(rows), show))
        if not CORPUS.is_dir():
            print(f"== real questions: skipped ({CORPUS} not found)")
        elif rows := _in_split(real, split):
            print(format_report(f"real questions, corpus ({split})", evaluate(rows), show))
        if args.external is not None and (rows := _in_split(external, split)):
            title = f"external questions {args.external.name} ({split})"
            print(format_report(title, evaluate(rows), show))
    if args.corpus:
        crows = corpus_rows()
        if not crows:
            print(f"== corpus: skipped ({CORPUS} not found)")
        else:
            print(format_report("corpus", evaluate(crows), args.errors))
    return 0


# --------------------------------------------------------------------------- answer library
# `python scripts/evaluate.py --answers`: reuse of a completed questionnaire's answers.
ANSWER_PAIRS = ROOT / "tests" / "data" / "answer_pairs.jsonl"
HECVAT_TRUTH = ROOT / "tests" / "data" / "hecvat_answer_truth.jsonl"
HECVAT_COMPLETED = CORPUS / "EDUCAUSE_HECVAT_Full_v3.00_completed_OpenDSA_2022-08-30.xlsx"
HECVAT_BLANK = CORPUS / "EDUCAUSE_HECVAT_Full_v3.06_blank.xlsx"
SWEEP: tuple[float, ...] = (0.70, 0.74, 0.78, 0.82, 0.86, 0.90)


def evaluate_answer_reuse(
    completed: Path = HECVAT_COMPLETED,
    blank: Path = HECVAT_BLANK,
    truth_path: Path = HECVAT_TRUTH,
    threshold: float | None = None,
) -> dict[str, Any]:
    """Answer `blank` from the library imported from `completed`, as `socproc run --answers`
    does, and score the reused answers against the hand-checked truth (asked id → the ids of
    the completed form whose answer is right for it; `reusable` when one has an answer).

    precision: reused answers that are right; recall: reusable answers found.
    """
    from dataclasses import replace

    import socproc
    from socproc.import_answers import import_answers
    from socproc.inventory.load import Inventory
    from socproc.model import Settings

    settings = Settings()
    if threshold is not None:
        settings = replace(settings, answer_threshold=threshold)
    library = import_answers([completed]).answers
    result = socproc.process(
        blank, Inventory(vendor="evaluation"), "2026-11-26", settings=settings, answers=library
    )
    truth = {r["asked_id"]: r for r in load_jsonl(truth_path)}
    reused = right = found = 0
    errors: list[tuple[str, str, str]] = []
    for resp in result.responses:
        qid = resp.requirement.question_id or resp.requirement.ref
        gold = truth.get(qid, {"same_as": [], "reusable": False})
        src = resp.mapping.answer_source
        ok = src is not None and src.question_id in gold["same_as"]
        reused += src is not None
        right += ok
        found += ok and gold["reusable"]
        if src is not None and not ok:
            errors.append((qid, f"reused {src.question_id} ({src.similarity:.3f})", "wrong"))
        elif src is None and gold["reusable"]:
            errors.append((qid, f"missed {', '.join(gold['same_as'])}", "missed"))
    reusable = sum(1 for r in truth.values() if r["reusable"])
    return {
        "threshold": settings.answer_threshold,
        "library": len(library),
        "asked": len(result.responses),
        "reused": reused,
        "right": right,
        "reusable": reusable,
        "found": found,
        "precision": right / reused if reused else 1.0,
        "recall": found / reusable if reusable else 1.0,
        "errors": errors,
    }


def evaluate_answer_pairs(
    path: Path = ANSWER_PAIRS, threshold: float | None = None, split: str | None = None
) -> dict[str, Any]:
    """Each pair's asked wording against a library holding only its `library` wording:
    `same` pairs must match (recall), the others must not (precision). `split`: "tune" (the
    pairs the matcher was tuned on) or "held" (written afterwards); None for all."""
    from socproc.inventory.load import ApprovedAnswer
    from socproc.mapping.answers import AnswerIndex
    from socproc.model import Settings

    bar = Settings().answer_threshold if threshold is None else threshold
    tp = fp = fn = 0
    errors: list[tuple[str, str, str]] = []
    rows = [p for p in load_jsonl(path) if split is None or p.get("split") == split]
    for pair in rows:
        entry = ApprovedAnswer(pair["library"], "Yes", question_id=pair.get("library_id"))
        hit = AnswerIndex([entry]).match(pair["asked"], pair.get("asked_id"), bar)
        if hit and pair["same"]:
            tp += 1
        elif hit:
            fp += 1
            errors.append((pair["kind"], pair["asked"], f"false match ({hit[1]:.3f})"))
        elif pair["same"]:
            fn += 1
            errors.append((pair["kind"], pair["asked"], "missed"))
    return {
        "threshold": bar,
        "pairs": len(rows),
        "split": split or "all",
        "tp": tp,
        "fp": fp,
        "fn": fn,
        **{k: v for k, v in _prf(tp, fp, fn).items() if k != "f1"},
        "errors": errors,
    }


def format_answers_report(
    reuse: dict[str, Any] | None, pairs: dict[str, Any], show_errors: bool = False
) -> str:
    lines = []
    if reuse is None:
        lines.append(f"== answer reuse: skipped ({CORPUS} not found)")
    else:
        lines.append(
            f"== answer reuse, HECVAT Full 3.00 completed → 3.06 blank (threshold "
            f"{reuse['threshold']:.2f}): library {reuse['library']} answers, {reuse['asked']} "
            f"asked, {reuse['reused']} reused, {reuse['right']} right; precision "
            f"{reuse['precision']:.3f}, recall {reuse['recall']:.3f} ({reuse['found']} of "
            f"{reuse['reusable']} reusable)"
        )
    lines.append(
        f"== answer pairs ({pairs['split']}), {pairs['pairs']} cross-layout pairs (threshold "
        f"{pairs['threshold']:.2f}): precision {pairs['precision']:.3f}, recall "
        f"{pairs['recall']:.3f} (tp {pairs['tp']}, fp {pairs['fp']}, fn {pairs['fn']})"
    )
    if show_errors:
        for m in (reuse or {}).get("errors", []) + pairs["errors"]:
            lines.append(f"  ✗ {m[0]}: {m[1]} — {m[2]}")
    return "\n".join(lines)


def answers_main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score answer-library reuse (precision/recall).")
    ap.add_argument("--answers", action="store_true", required=True)
    ap.add_argument("--threshold", type=float, help="default: Settings().answer_threshold")
    ap.add_argument("--sweep", action="store_true", help=f"also score thresholds {SWEEP}")
    ap.add_argument("--errors", action="store_true", help="list wrong and missed reuses")
    args = ap.parse_args(argv)
    have_corpus = HECVAT_COMPLETED.exists() and HECVAT_BLANK.exists()
    for bar in (args.threshold, *(SWEEP if args.sweep else ())):
        reuse = evaluate_answer_reuse(threshold=bar) if have_corpus else None
        pairs = evaluate_answer_pairs(threshold=bar)
        print(format_answers_report(reuse, pairs, args.errors and bar == args.threshold))
        for split in ("tune", "held"):
            part = evaluate_answer_pairs(threshold=bar, split=split)
            print(format_answers_report(reuse, part).splitlines()[-1])
    return 0


# --------------------------------------------------------------------------- reuse across families
# `python scripts/evaluate.py --reuse`: issue 19's truth set (tests/data/reuse/README.md). Each
# target question of another questionnaire family is asked of a library, as `socproc run` does:
# the automatic answer (`AnswerIndex.match`) and the three `similar_answers` are scored against
# the hand labels; partial matches count as non-matches.
REUSE = ROOT / "tests" / "data" / "reuse"
REUSE_FILES = ("pairs.jsonl", "cross_family.jsonl")
REUSE_SPLITS = ("held", "tune")


def reuse_targets(
    path: Path, corpus: Path = CORPUS, files: Iterable[str] | None = None
) -> list[tuple[dict[str, Any], Any]]:
    """Each truth row with its target `Requirement`, read from the corpus file at run time (the
    texts are never stored in the project): by question id, or by ref for an item without one;
    a row whose text no longer has the labelled SHA-1 is kept (the id is authoritative) and
    counted by `reuse_drift`."""
    import hashlib

    from socproc.extract import extract_file

    wanted = None if files is None else set(files)
    found: dict[str, Any] = {}
    out: list[tuple[dict[str, Any], Any]] = []
    for row in load_jsonl(path):
        name = row["target_file"]
        if wanted is not None and name not in wanted:
            continue
        if name not in found:
            found[name] = extract_file(corpus / name).requirements
        by_ref = row["target_id"].startswith("questionnaire[")
        hits = [
            r
            for r in found[name]
            if (r.ref if by_ref else r.question_id) == row["target_id"]
            and (len(found[name]) == 1 or r.ref == row["target_ref"] or by_ref)
        ] or [r for r in found[name] if r.question_id == row["target_id"]]
        if not hits:
            raise SystemExit(f"{path.name}: {row['id']}: {name} {row['target_id']} not found")
        req = hits[0]
        sha = hashlib.sha1(req.question.encode("utf-8")).hexdigest()
        out.append(({**row, "drift": sha != row["question_sha1"]}, req))
    return out


def reuse_library(path: Path, corpus: Path = CORPUS) -> Any:
    """The library a truth file is labelled against: the approved answers of `library.yaml`, or
    the completed questionnaire of `cross_family.jsonl`, imported as `socproc answers import`."""
    from socproc.import_answers import import_answers
    from socproc.inventory.load import load_answers

    if path.name == "pairs.jsonl":
        return load_answers(REUSE / "library.yaml")
    sources = sorted({r["source_file"] for r in load_jsonl(path)})
    return import_answers([corpus / s for s in sources]).answers


def evaluate_reuse(
    path: Path, files: Iterable[str] | None = None, corpus: Path = CORPUS
) -> dict[str, dict[str, Any]]:
    """Per split (and per split without HECVAT 4.1.4, the same family as the completed source):
    recall@1 and recall@3 of `similar_answers` over the targets that have a right answer, and
    the precision and recall of automatic reuse."""
    from socproc.mapping.answers import AnswerIndex, entry_fact
    from socproc.mapping.similar import fact_key
    from socproc.model import Settings

    gold_key = "matches" if path.name == "pairs.jsonl" else "source_ids"
    library = reuse_library(path, corpus)
    index = AnswerIndex(library)
    # The reuse by concepts that the held rows did not prove (answers.REUSE_SCORE), measured.
    concepts = AnswerIndex(library, by_concepts=True)
    threshold = Settings().answer_threshold
    tallies: dict[str, Counter[str]] = {}
    for row, req in reuse_targets(path, corpus, files):
        gold = set(row[gold_key])
        hit = index.match(req.question, req.question_id, threshold)
        wide = concepts.match(req.question, req.question_id, threshold)
        # As the pipeline asks: the section a question sits in gives a sub-question its subject.
        nearest = index.similar(req.question, 3, context=req.section or "")
        top = [a.question_id for a in nearest] if hit is None else []
        groups = [row["split"]]
        if not row["family"].startswith("hecvat") and gold_key == "source_ids":
            groups.append(row["split"] + " (other families)")
        for group in groups:
            t = tallies.setdefault(group, Counter())
            t["targets"] += 1
            t["with_match"] += bool(gold)
            t["drift"] += row["drift"]
            t["auto"] += hit is not None
            t["auto_right"] += hit is not None and hit[0].question_id in gold
            if hit is not None:
                asked = fact_key(req.question)
                rule = "fact" if asked and entry_fact(hit[0]) == asked else "text"
                t[f"{rule}_auto"] += 1
                t[f"{rule}_right"] += hit[0].question_id in gold
            t["concept_auto"] += wide is not None
            t["concept_right"] += wide is not None and wide[0].question_id in gold
            # A row answered automatically shows no suggestions; its right answer counts as found.
            found = [hit[0].question_id] if hit else top
            t["at_1"] += bool(gold) and bool(gold & set(found[:1]))
            t["at_3"] += bool(gold) and bool(gold & set(found[:3]))
            # A partial answer is wrong to reuse but worth a reviewer's look (README.md).
            partial = set(row["partial" if gold_key == "matches" else "partial_source_ids"])
            t["partial_only"] += not gold and bool(partial)
            t["partial_3"] += not gold and bool(partial & set(found[:3]))
    return {group: _reuse_rates(t) for group, t in tallies.items()}


def evaluate_paraphrases(
    path: Path = REUSE / "paraphrases.jsonl", corpus: Path = CORPUS
) -> dict[str, dict[str, Any]]:
    """Our own buyer wordings (tune only), scored as `evaluate_reuse` scores the corpus rows:
    one group per library they were labelled against."""
    from socproc.mapping.answers import AnswerIndex
    from socproc.model import Settings

    threshold = Settings().answer_threshold
    libraries = {
        "library.yaml": reuse_library(REUSE / "pairs.jsonl", corpus),
        "hecvat300": reuse_library(REUSE / "cross_family.jsonl", corpus),
    }
    indexes = {name: AnswerIndex(lib) for name, lib in libraries.items()}
    tallies: dict[str, Counter[str]] = {}
    for row in load_jsonl(path):
        index = indexes[row["against"]]
        gold, partial = set(row["matches"]), set(row["partial"])
        hit = index.match(row["question"], None, threshold)
        nearest = index.similar(row["question"], 3, context=row["context"])
        found = [hit[0].question_id] if hit else [a.question_id for a in nearest]
        t = tallies.setdefault(f"{row['split']} (own wordings, {row['against']})", Counter())
        t["targets"] += 1
        t["with_match"] += bool(gold)
        t["auto"] += hit is not None
        t["auto_right"] += hit is not None and hit[0].question_id in gold
        t["at_1"] += bool(gold) and bool(gold & set(found[:1]))
        t["at_3"] += bool(gold) and bool(gold & set(found[:3]))
        t["partial_only"] += not gold and bool(partial)
        t["partial_3"] += not gold and bool(partial & set(found[:3]))
    return {group: _reuse_rates(t) for group, t in tallies.items()}


def paraphrase_misses(path: Path = REUSE / "paraphrases.jsonl", corpus: Path = CORPUS) -> list[str]:
    """The own-wording rows (all tune) whose right answer is not first ("@3" when in the top 3,
    "miss" when not), for tuning."""
    from socproc.mapping.answers import AnswerIndex

    indexes = {
        "library.yaml": AnswerIndex(reuse_library(REUSE / "pairs.jsonl", corpus)),
        "hecvat300": AnswerIndex(reuse_library(REUSE / "cross_family.jsonl", corpus)),
    }
    out = []
    for row in load_jsonl(path):
        gold = set(row["matches"])
        near = indexes[row["against"]].similar(row["question"], 3, context=row["context"])
        if gold and not gold & {a.question_id for a in near[:1]}:
            got = ", ".join(f"{a.question_id} {a.score:.2f}" for a in near)
            mark = "@3" if gold & {a.question_id for a in near} else "miss"
            out.append(f"{mark} {row['id']} {row['question']!r} wants {sorted(gold)}; got {got}")
    return out


def _reuse_rates(t: Counter[str]) -> dict[str, Any]:
    for key in (
        *("text_auto", "text_right", "fact_auto", "fact_right"),
        *("concept_auto", "concept_right", "drift"),
    ):
        t[key] += 0  # a rule that never fired is shown as 0/0 (own wordings never drift)
    n = t["with_match"]
    return {
        **t,
        "recall_at_1": t["at_1"] / n if n else float("nan"),
        "recall_at_3": t["at_3"] / n if n else float("nan"),
        "partial_at_3": t["partial_3"] / t["partial_only"] if t["partial_only"] else float("nan"),
        "auto_precision": t["auto_right"] / t["auto"] if t["auto"] else float("nan"),
        "auto_recall": t["auto_right"] / n if n else float("nan"),
        "concept_precision": t["concept_right"] / t["concept_auto"]
        if t["concept_auto"]
        else float("nan"),
    }


def reuse_speed(entries: int = 5000, queries: int = 2000, rounds: int = 3) -> float:
    """Questions per second of `similar_answers` against a generated library of `entries`
    approved answers (the best of `rounds` CPU-time runs, every question new to the index); each
    answer says a sentence beyond its Yes, since an answer's words are indexed too."""
    import random
    import time

    from socproc.inventory.load import ApprovedAnswer
    from socproc.mapping.answers import AnswerIndex

    rng = random.Random(19)
    library = [
        ApprovedAnswer(_reuse_question(rng, i), f"Yes. {_reuse_question(rng, 10**6 + i)}")
        for i in range(entries)
    ]
    index = AnswerIndex(library)
    index.similar("warm-up: build the index")
    best = float("inf")
    for r in range(rounds):
        asked = [_reuse_question(rng, entries + r * queries + i) for i in range(queries)]
        start = time.process_time()
        for question in asked:
            index.similar(question, 3)
        best = min(best, time.process_time() - start)
    return queries / best if best else float("inf")


_SUBJECTS = (
    "customer data", "backups", "laptops", "production systems", "the hosting provider",
    "privileged accounts", "source code", "audit logs", "encryption keys",
    "the incident response plan", "the disaster recovery plan", "the business continuity plan",
    "third-party vendors", "new employees", "contractors", "administrative access",
    "the web application", "APIs", "mobile devices", "the data center",
)  # fmt: skip
_ASKS = (
    "Do you encrypt {s} at rest", "Is {s} encrypted in transit", "How often is {s} reviewed",
    "Is {s} tested at least annually", "Is multi-factor authentication required for {s}",
    "Describe how {s} is monitored", "Who approves changes to {s}",
    "Are vulnerability scans run against {s}", "How long are records of {s} retained",
    "Is access to {s} reviewed quarterly", "Is {s} covered by your SOC 2 report",
    "Do you patch {s} within 30 days",
)  # fmt: skip
_TAILS = ("", " Provide evidence.", " Describe the process.", " Who owns it?", " Name the tool.")


def _reuse_question(rng: Any, i: int) -> str:
    ask = rng.choice(_ASKS).format(s=rng.choice(_SUBJECTS))
    return f"{ask}?{rng.choice(_TAILS)} (control {i}, scope {rng.randint(1, 10_000)})"


def format_reuse(title: str, score: dict[str, dict[str, Any]]) -> str:
    lines = [f"== {title}"]
    for group, m in sorted(score.items(), key=lambda kv: (kv[0] != "held", kv[0])):
        changed = f" ({m['drift']} texts changed since labelling)" if m["drift"] else ""
        lines += [
            f"  {group}: {m['targets']} targets, {m['with_match']} with a right answer{changed}",
            f"    similar answers: recall@1 {m['recall_at_1']:.3f}, recall@3 "
            f"{m['recall_at_3']:.3f}; partial-only targets with their partial answer in the "
            f"top 3: {m['partial_at_3']:.3f}",
            f"    automatic: {m['auto']} reused, {m['auto_right']} right: precision "
            f"{m['auto_precision']:.3f}, recall {m['auto_recall']:.3f} (by rule: wording "
            f"{m['text_right']}/{m['text_auto']}, company fact {m['fact_right']}/{m['fact_auto']})",
            f"    with reuse by concepts: {m['concept_auto']} reused, {m['concept_right']} right: "
            f"precision {m['concept_precision']:.3f}",
        ]
    return "\n".join(lines)


def reuse_main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score answer reuse across questionnaire families.")
    ap.add_argument("--reuse", action="store_true", required=True)
    ap.add_argument("--split", choices=(*REUSE_SPLITS, "all"), default="all")
    ap.add_argument("--no-speed", action="store_true", help="skip the 5,000-entry timing")
    ap.add_argument("--misses", action="store_true", help="list own-wording (tune) misses")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"== reuse: skipped ({CORPUS} not found)")
        return 0
    for name in REUSE_FILES:
        score = evaluate_reuse(REUSE / name)
        if args.split != "all":
            score = {g: m for g, m in score.items() if g.startswith(args.split)}
        print(format_reuse(f"{name} against {reuse_library_name(name)}", score))
    if args.split != "held":
        print(format_reuse("paraphrases.jsonl (our own wordings)", evaluate_paraphrases()))
        if args.misses:
            print("\n".join(paraphrase_misses()))
    if not args.no_speed:
        print(f"== similar_answers against 5,000 entries: {reuse_speed():,.0f} questions/s (CPU)")
    return 0


def reuse_library_name(name: str) -> str:
    return "library.yaml" if name == "pairs.jsonl" else "the completed HECVAT 3.00"


if __name__ == "__main__":
    if "--truth" in sys.argv[1:]:
        # Answers you can sign (spec 6.1): false claims, fill rate... (scripts/answer_truth.py).
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from answer_truth import truth_main

        raise SystemExit(truth_main())
    if "--reuse" in sys.argv[1:]:
        raise SystemExit(reuse_main())
    raise SystemExit(answers_main() if "--answers" in sys.argv[1:] else main())
