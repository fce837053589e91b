"""Score the answers socproc would put in a buyer's file against the answer truth set (spec 6.1).

    python scripts/evaluate.py --truth [--split held|tune|all] [--errors]

tests/data/answer_truth/ holds twenty-one inventories and questions labelled by a careful
compliance lead from those inventories alone (README.md there): the expected short answer
(Yes, No, a value, or blank for the reviewer) and the answers that would be false claims.
Questions taken from ../shared/corpus are stored by reference (file, question id and a hash of
the text) and read from the corpus at run time; rows whose file is absent are left out.

Reported per split:
- false claims: filled answers that the labels call false (the opposite of what the inventory
  states, or any Yes/No where it states nothing), and a denial where the inventory states a
  value;
- filled otherwise: filled answers that are neither the labelled answer nor a false claim (a
  less precise choice the labels accept, "Third-Party Data Center" for AWS, or a sentence
  around the value);
- unsupported: filled answers where the label leaves the cell blank (false claims included);
- fill rate: of the questions the inventory answers, the share filled with the right answer;
- covered without fact: of the questions the inventory does not answer, the share `covered`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from socproc.classify import classify  # noqa: E402
from socproc.extract import extract_file  # noqa: E402
from socproc.inventory.load import Inventory, load_inventory  # noqa: E402
from socproc.mapping.map import map_requirement  # noqa: E402
from socproc.model import Mapping, Requirement, Status  # noqa: E402

TRUTH = ROOT / "tests" / "data" / "answer_truth"
CORPUS = Path(os.environ.get("SOCPROC_CORPUS") or ROOT.parent / "shared" / "corpus")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9@.]+", " ", text.casefold()).strip(" .")


@cache
def _corpus_texts(name: str) -> dict[str, list[str]]:
    """Question id → the question texts of a corpus file, as extraction gives them."""
    found: dict[str, list[str]] = {}
    for req in extract_file(CORPUS / name).requirements:
        found.setdefault(req.question_id or req.ref, []).append(req.question)
    return found


def resolve(row: dict[str, Any]) -> str | None:
    """The row's question text: its own, or the corpus text with the recorded hash."""
    if "question" in row:
        return str(row["question"])
    name = row["source"]
    if not (CORPUS / name).exists():
        return None
    wanted = row["question_sha1"]
    texts = _corpus_texts(name)
    candidates = texts.get(row.get("question_id") or "", []) or [
        t for ts in texts.values() for t in ts
    ]
    for text in candidates:
        if hashlib.sha1(text.encode("utf-8")).hexdigest() == wanted:
            return text
    return None


def load_rows(path: Path = TRUTH / "questions.jsonl") -> list[dict[str, Any]]:
    """Every labelled question whose text can be had, with `question` filled in."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = resolve(row)
        if text is not None:
            rows.append({**row, "question": text})
    return rows


@cache
def _inventory(name: str) -> Inventory:
    return load_inventory(TRUTH / name)


def answer(row: dict[str, Any]) -> Mapping:
    """What socproc decides for one labelled question, as a lone row of a questionnaire."""
    inv = _inventory(row["inventory"])
    req = Requirement(
        ref="Q!B2",
        question=row["question"],
        question_id=row.get("question_id") or None,
        answer_ref="C2",
        choices=tuple(row.get("choices") or ()),
    )
    assert inv.as_of is not None, f"{row['inventory']} needs an as_of"
    return map_requirement(req, classify(row["question"]), inv, inv.as_of)


def _same(got: str, want: str) -> bool:
    g, w = _norm(got), _norm(want)
    if not g or not w:
        return False
    first = g.split(" ", 1)[0]
    if w in ("yes", "no"):
        return first == w
    # Whole words: "qualified" is not found inside "unqualified".
    return g == w or _within(w, g) or _within(g, w)


def _within(part: str, whole: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(part)}(?![a-z0-9])", whole) is not None


_DENIAL_RX = re.compile(r"^(?:no|none|there is no|we do not|we don t|we have no|we hold no)\b")


def _false(got: str, row: dict[str, Any]) -> bool:
    expected = str(row.get("expected") or "")
    if any(_same(got, f) for f in row.get("false_claims") or ()):
        return True
    # The opposite of what the inventory states is false whatever the labels list.
    if _norm(expected) in ("yes", "no") and _norm(got).split(" ", 1)[0] in ("yes", "no"):
        return not _same(got, expected)
    # A denial where the inventory states a value ("We do not hold a bridge letter" of one
    # that runs to a date) is its opposite too.
    if not expected or _same(got, expected) or row.get("choices"):
        return False
    return bool(_DENIAL_RX.match(_norm(got))) and not _DENIAL_RX.match(_norm(expected))


def score(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """False claims, unsupported answers, fill rate and covered-without-fact over `rows`."""
    false_claims: list[tuple[dict[str, Any], str]] = []
    unsupported: list[tuple[dict[str, Any], str]] = []
    right = answerable = covered_blank = blank = 0
    missed: list[dict[str, Any]] = []
    otherwise: list[tuple[dict[str, Any], str]] = []
    for row in rows:
        m = answer(row)
        got = m.answer if m.filled else ""
        expected = str(row.get("expected") or "")
        sentence_ok = row.get("form") in ("describe", "request") and bool(row.get("fact"))
        if got and _false(got, row):
            false_claims.append((row, got))
        if got and not expected and not sentence_ok:
            unsupported.append((row, got))
        if expected:
            answerable += 1
            if got and _same(got, expected):
                right += 1
            else:
                missed.append(row)
                if got and not _false(got, row):
                    otherwise.append((row, got))
        else:
            blank += 1
            covered_blank += m.status is Status.COVERED and not row.get("fact")
    n = len(rows)
    return {
        "questions": n,
        "false_claims": false_claims,
        "unsupported": unsupported,
        "unsupported_share": len(unsupported) / n if n else 0.0,
        "fill_rate": right / answerable if answerable else 0.0,
        "answerable": answerable,
        "right": right,
        "covered_without_fact": covered_blank / blank if blank else 0.0,
        "blank": blank,
        "missed": missed,
        "otherwise": otherwise,
    }


def format_score(title: str, s: dict[str, Any], errors: bool = False) -> str:
    lines = [
        f"{title}: {s['questions']} questions",
        f"  false claims          {len(s['false_claims'])}",
        f"  unsupported answers   {len(s['unsupported'])} ({s['unsupported_share']:.1%} of questions)",
        f"  fill rate             {s['fill_rate']:.1%} ({s['right']} of {s['answerable']} answerable filled right)",
        f"  covered without fact  {s['covered_without_fact']:.1%} of {s['blank']} unanswerable",
        f"  filled otherwise      {len(s['otherwise'])} (not the labelled answer, not a false claim)",
    ]
    if errors:
        for row, got in s["false_claims"]:
            lines.append(f"  FALSE {row['id']} {got!r}: {row['question'][:90]}")
        for row, got in s["unsupported"]:
            lines.append(f"  UNSUPPORTED {row['id']} {got!r}: {row['question'][:90]}")
    return "\n".join(lines)


def in_split(rows: Iterable[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    return [r for r in rows if split == "all" or r.get("split") == split]


def truth_main(argv: Sequence[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Score filled answers against the truth set.")
    ap.add_argument("--truth", action="store_true", required=True)
    ap.add_argument("--split", choices=("held", "tune", "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="list false claims and unsupported")
    ap.add_argument("--file", type=Path, default=TRUTH / "questions.jsonl")
    args = ap.parse_args(argv)
    rows = load_rows(args.file)
    listed = sum(1 for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip())
    if len(rows) < listed:
        # A row whose question text lives in the corpus is scored only where the corpus is.
        print(
            f"note: {listed - len(rows)} of {listed} rows not scored: their question text is "
            f"read from the corpus, not found at {CORPUS} (set SOCPROC_CORPUS)"
        )
    splits = ("tune", "held") if args.split == "all" else (args.split,)
    for split in splits:
        print(format_score(split, score(in_split(rows, split)), args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(truth_main())
