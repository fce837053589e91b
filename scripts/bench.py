"""Benchmark socproc against the openpyxl floor (spec section 10, issue 9). Run by hand:

    python scripts/bench.py [--sizes 300,3000,30000] [--repeat 3] [--corpus]

For each size it generates a questionnaire workbook, then measures (alternating, median of
--repeat): per-stage times of socproc (read, extract, classify, map, write), the end-to-end
`socproc run` wall time in a fresh process, the openpyxl floor (load the input in normal mode
reading every cell, then save a 13-column response sheet of the same number of rows), their
ratio, peak RSS of the end-to-end process, and requirements per second. It also measures
classify throughput on one core, `socproc --help` start-up, a folder of small questionnaires
with --jobs 1 and --jobs 2, with --inbox N a run over an unchanged inbox of N files, and, with
--corpus, extraction time and peak memory per corpus file.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUIET_SECONDS = (
    5.0  # socproc.batch.run.QUIET_SECONDS: files changed more recently are looked at twice
)
CORPUS = Path(os.environ.get("SOCPROC_CORPUS") or ROOT.parent / "shared" / "corpus")
INVENTORY = ROOT / "samples" / "inventory.yaml"
AS_OF = "2026-11-26"

TOPICS = [
    "Is multi-factor authentication enforced for administrative access to {x}?",
    "Are backups of {x} encrypted and restore-tested at least annually?",
    "Provide your most recent SOC 2 Type II report covering {x}.",
    "Describe how changes to {x} are reviewed and approved before deployment.",
    "Do you reconcile payroll journal entries from {x} to the general ledger?",
    "Is customer data in {x} encrypted at rest and in transit?",
    "Is your Security Operations Center monitoring {x} 24x7?",
    "Provide a certificate of insurance covering {x}.",
    "Company legal name of the entity operating {x}.",
    "Can data subjects export the personal data held in {x}?",
]
SYSTEMS = [
    "the platform",
    "production",
    "the billing system",
    "customer tenants",
    "the data warehouse",
]


QUALIFIERS = [
    "",
    " Describe the process.",
    " Provide evidence.",
    " Who approves it?",
    " How often is this reviewed?",
    " Include third parties.",
    " Explain any exceptions.",
]


def question_text(rng: random.Random, i: int) -> str:
    """A question drawn from realistic templates, made unique so no cache can flatter the numbers."""
    base = rng.choice(TOPICS).format(x=rng.choice(SYSTEMS))
    return f"{base}{rng.choice(QUALIFIERS)} (item {i + 1}, scope {rng.randint(1, 10_000)})"


def make_workbook(path: Path, rows: int, seed: int = 7) -> None:
    """A realistic questionnaire: title rows, a header, sections every 25 rows, Yes/No dropdown."""
    import xlsxwriter

    rng = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Questionnaire")
    ws.write_string(0, 0, "Vendor Security Questionnaire")
    for col, head in enumerate(["ID", "Question", "Response", "Comments"]):
        ws.write_string(2, col, head)
    r = 3
    for i in range(rows):
        if i % 25 == 0:
            ws.write_string(r, 0, f"Section {i // 25 + 1}")
            r += 1
        ws.write_string(r, 0, f"Q-{i + 1:05d}")
        ws.write_string(r, 1, question_text(rng, i))
        r += 1
    ws.data_validation(3, 2, r, 2, {"validate": "list", "source": ["Yes", "No", "N/A"]})
    wb.close()


def openpyxl_floor(src: Path, out: Path, rows: int) -> float:
    """Load the input with openpyxl (normal mode, every cell read) and save a response sheet."""
    import openpyxl

    t = time.perf_counter()
    wb = openpyxl.load_workbook(src)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for _ in row:
                pass
    resp = openpyxl.Workbook()
    sheet = resp.active
    assert sheet is not None
    sheet.append([f"H{i}" for i in range(13)])
    for i in range(rows):
        sheet.append(
            [
                f"ref{i}",
                f"Q-{i}",
                "Section",
                "question text " * 4,
                "SOC 2 Type II",
                "CC6.1",
                "covered",
                "",
                "soc2-2026",
                "We hold a SOC 2 Type II report.",
                "",
                0.9,
                "why",
            ]
        )
    resp.save(out)
    return time.perf_counter() - t


def tree_rss_kib(pid: int) -> int:
    """Proportional resident memory (KiB) of a process and all its descendants, from /proc.

    Pss splits the pages that forked workers share copy-on-write between them, so the tree's
    memory is not counted twice.
    """
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += next(
                int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")
            )
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, StopIteration, ValueError):
            continue
        todo.extend(int(c) for c in children)
    return total


def run_cli(src: Path, out: Path, *extra: str, sample_memory: bool = False) -> tuple[float, int]:
    """`socproc run` in a fresh process: wall seconds, and with `sample_memory` the peak
    proportional memory (KiB) of its whole process tree, sampled every 20 ms from /proc.

    Timed runs do not sample (reading /proc competes for the two cores); resource.getrusage
    would report the benchmark's own peak, which a child inherits through fork and exec.
    """
    t = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "socproc",
            "run",
            str(src),
            "--inventory",
            str(INVENTORY),
            "--out",
            str(out),
            "--as-of",
            AS_OF,
            "--force",
            "--quiet",
            *extra,
        ],
    )
    peak = 0
    if sample_memory:
        while proc.poll() is None:
            peak = max(peak, tree_rss_kib(proc.pid))
            time.sleep(0.02)
    proc.wait()
    if proc.returncode:  # a run that failed early would pass for a fast one
        raise SystemExit(f"socproc run {src.name} failed with exit code {proc.returncode}")
    return time.perf_counter() - t, peak


def stage_times(src: Path, out: Path) -> dict[str, float]:
    """Per-stage seconds of the library pipeline in this process, one core, GC paused as
    `socproc.process` and `write_outputs` pause it."""
    from socproc.gcpause import paused_gc

    with paused_gc():
        return _stage_times(src, out)


def _stage_times(src: Path, out: Path) -> dict[str, float]:
    from socproc.classify import classify_all
    from socproc.extract import extract
    from socproc.inventory.load import load_inventory
    from socproc.mapping.map import map_requirement
    from socproc.model import Response, Settings
    from socproc.read import read_document
    from socproc.result import Result

    inv = load_inventory(INVENTORY)
    settings = Settings()
    day = __import__("datetime").date.fromisoformat(AS_OF)
    times: dict[str, float] = {}
    t = time.perf_counter()
    doc = read_document(src, settings)
    times["read"] = time.perf_counter() - t
    t = time.perf_counter()
    found = extract(doc)
    times["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    classes = classify_all([r.question for r in found.requirements], settings)
    times["classify"] = time.perf_counter() - t
    t = time.perf_counter()
    maps = [
        map_requirement(r, c, inv, day, settings, answers=inv.answers)
        for r, c in zip(found.requirements, classes, strict=True)
    ]
    times["map"] = time.perf_counter() - t
    result = Result(
        str(src),
        doc.format,
        day,
        inv.vendor,
        tuple(Response(r, c, m) for r, c, m in zip(found.requirements, classes, maps, strict=True)),
        found.skipped,
    )
    t = time.perf_counter()
    result.write(out)
    times["write"] = time.perf_counter() - t
    times["requirements"] = len(found.requirements)
    return times


def bench_size(rows: int, repeat: int, tmp: Path) -> None:
    src = tmp / f"q{rows}.xlsx"
    make_workbook(src, rows)
    # An inbox file at rest: a run looks twice at files changed in the last few seconds.
    time.sleep(QUIET_SECONDS + 0.5)
    floors, walls = [], []
    for i in range(repeat):
        floors.append(openpyxl_floor(src, tmp / f"floor{rows}.xlsx", rows))
        walls.append(run_cli(src, tmp / f"out{rows}-{i}")[0])
    rss = run_cli(src, tmp / f"mem{rows}", sample_memory=True)[1]
    stages = stage_times(src, tmp / f"stages{rows}")
    floor, wall = statistics.median(floors), statistics.median(walls)
    n = int(stages.pop("requirements"))
    parts = ", ".join(f"{k} {v:.3f}s" for k, v in stages.items())
    print(
        f"{rows:>6} rows: socproc run {wall:.2f}s | openpyxl floor {floor:.2f}s | ratio {wall / floor:.2f}x"
        f" | peak RSS {rss / 1024:.0f} MB | {n / wall:,.0f} req/s end to end"
    )
    print(f"        stages: {parts}")


def fresh_process_rates(code: str, repeat: int) -> list[float]:
    """What `code` prints (a rate), run `repeat` times, each in a fresh Python process."""
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", code, str(Path(__file__).parent)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(repeat)
    ]


def bench_classify(repeat: int) -> None:
    """Requirements per second through `classify` on one core: 30,000 unique texts, each round
    in a fresh process (so the benchmark's own heap and caches cannot slow or flatter it)."""
    code = (
        "import random, sys, time; sys.path.insert(0, sys.argv[1]);"
        "from bench import question_text; from socproc.classify import classify;"
        "rng = random.Random(1); texts = [question_text(rng, i) for i in range(30000)];"
        "t = time.perf_counter(); [classify(x) for x in texts];"
        "print(len(texts) / (time.perf_counter() - t))"
    )
    rates = fresh_process_rates(code, repeat)
    print(f"classify: {statistics.median(rates):,.0f} requirements/s on one core")


def bench_similar(repeat: int, entries: int = 5_000, queries: int = 5_000) -> None:
    """Questions per second through `similar_answers` against a library of 5,000 approved
    answers (spec section 10: above 5,000), every question new to the index, in a fresh process.
    Each answer says a sentence beyond its Yes, since an answer's words are indexed too."""
    code = (
        "import random, sys, time; sys.path.insert(0, sys.argv[1]);"
        "from bench import question_text; from socproc.inventory.load import ApprovedAnswer;"
        "from socproc.mapping.answers import AnswerIndex; rng = random.Random(19);"
        "index = AnswerIndex([ApprovedAnswer(question_text(rng, i), 'Yes. '"
        f" + question_text(rng, i + 10**6)) for i in range({entries})]);"
        f"index.similar('warm-up'); asked = [question_text(rng, i) for i in range({queries})];"
        "t = time.perf_counter(); [index.similar(q) for q in asked];"
        "print(len(asked) / (time.perf_counter() - t))"
    )
    rates = fresh_process_rates(code, repeat)
    print(
        f"similar answers: {statistics.median(rates):,.0f} questions/s against {entries:,} entries"
    )


def bench_startup(repeat: int) -> None:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "socproc", "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    print(f"socproc --help: {statistics.median(times):.3f}s")


def bench_jobs(tmp: Path, repeat: int, files: int = 200, rows: int = 300) -> None:
    inbox = tmp / "inbox"
    inbox.mkdir()
    make_workbook(inbox / "q0.xlsx", rows)
    data = (inbox / "q0.xlsx").read_bytes()
    for i in range(1, files):
        (inbox / f"q{i}.xlsx").write_bytes(data)
    time.sleep(QUIET_SECONDS + 0.5)
    walls: dict[int, list[float]] = {1: [], 2: []}
    for i in range(repeat):  # alternating, so a slow spell of a shared machine hits both
        for jobs in (1, 2):
            walls[jobs].append(run_cli(inbox, tmp / f"jobs{jobs}-{i}", "--jobs", str(jobs))[0])
    results = {jobs: statistics.median(w) for jobs, w in walls.items()}
    print(
        f"folder of {files} x {rows} rows: --jobs 1 {results[1]:.1f}s, --jobs 2 {results[2]:.1f}s,"
        f" speed-up {results[1] / results[2]:.2f}x"
    )


def seed_unchanged_inbox(tmp: Path, files: int) -> tuple[Path, Path]:
    """An inbox of `files` small CSV questionnaires and an output folder as if a run had done
    them all: one is processed by socproc, its outputs and manifest entry copied for the others
    (processing 10,000 files takes minutes and is not what is measured)."""
    import hashlib
    import json
    import shutil

    inbox, out, first = tmp / "unchanged", tmp / "unchanged-out", tmp / "first"
    inbox.mkdir()
    first.mkdir()
    for i in range(files):
        text = f"ID,Question,Answer\nQ-1,Is customer data encrypted at rest? (item {i}),\n"
        (inbox / f"q{i:05d}.csv").write_text(text)
    shutil.copy(inbox / "q00000.csv", first / "q00000.csv")
    run = [sys.executable, "-m", "socproc", "run", str(first), "--inventory", str(INVENTORY)]
    subprocess.run([*run, "--out", str(out), "--as-of", AS_OF, "--quiet"], check=True)
    manifest = json.loads((out / "_manifest.json").read_text())
    proto = manifest["inputs"]["q00000.csv"]
    for i in range(files):
        name, src = f"q{i:05d}", inbox / f"q{i:05d}.csv"
        entry = json.loads(json.dumps(proto))
        entry["outputs"], entry["written"] = [], {}
        for output in proto["outputs"]:
            copy = output.replace("q00000", name)
            if copy != output:
                shutil.copy(out / output, out / copy)
            st = (out / copy).stat()
            facts = {"size": st.st_size, "mtime_ns": st.st_mtime_ns}
            entry["written"][copy] = {**proto["written"][output], **facts}
            entry["outputs"].append(copy)
        st = src.stat()
        entry["digest"] = hashlib.sha256(src.read_bytes()).hexdigest()
        entry["size"], entry["mtime_ns"] = st.st_size, st.st_mtime_ns
        entry["record"]["path"] = src.name
        manifest["inputs"][src.name] = entry
    (out / "_manifest.json").write_text(json.dumps(manifest))
    return inbox, out


def bench_unchanged_inbox(tmp: Path, repeat: int, files: int = 10_000) -> None:
    """`socproc run` over an inbox where nothing changed since the last run (spec section 10:
    10,000 files checked in under 5 s): wall time in a fresh process, and its CPU time, which a
    busy shared machine does not inflate."""
    import resource

    inbox, out = seed_unchanged_inbox(tmp, files)
    time.sleep(QUIET_SECONDS + 0.5)  # as a scheduled job meets it: nothing written lately
    command = [sys.executable, "-m", "socproc", "run", str(inbox), "--inventory", str(INVENTORY)]
    command += ["--out", str(out), "--as-of", AS_OF]
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if not done.stdout.startswith(f"{files} inputs: 0 ok, {files} skipped"):
            raise SystemExit(f"unchanged inbox: not all skipped: {done.stdout[:200]}")
    print(
        f"unchanged inbox of {files:,} files: {statistics.median(walls):.2f}s wall,"
        f" {statistics.median(cpus):.2f}s CPU"
    )


def bench_corpus() -> None:
    if not CORPUS.is_dir():
        print("corpus: ../shared/corpus not found, skipped")
        return
    for path in sorted(CORPUS.iterdir()):
        if path.suffix.lower() not in {".xlsx", ".docx", ".json"}:
            continue
        # VmHWM is the process's own peak; ru_maxrss would include what fork/exec inherited.
        code = (
            "import re,time;from pathlib import Path;from socproc import extract;t=time.perf_counter();"
            f"f=extract({str(path)!r});d=time.perf_counter()-t;"
            "hwm=int(re.search(r'VmHWM:\\s+(\\d+)',Path('/proc/self/status').read_text()).group(1));"
            "print(len(f.requirements), round(d,3), hwm//1024)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        print(
            f"  {path.name:<62} {out.stdout.strip() or out.stderr.strip()[-120:]}"
            "  (requirements, seconds, peak MB)"
        )


def use_bytecode(tmp: Path) -> None:
    """Run every measured process with compiled bytecode, as an installed package has it.

    `pip install` compiles each module once; a source checkout under PYTHONDONTWRITEBYTECODE
    (as on the team's machines) compiles all of socproc on every start instead, 0.5 s of a
    300-row run that no user pays. Bytecode goes to a temporary cache (nothing is written
    into the tree), filled by one warm-up run.
    """
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    warm = tmp / "warm-up.xlsx"
    make_workbook(warm, 30)
    run_cli(warm, tmp / "warm-up")
    subprocess.run([sys.executable, "-c", "import openpyxl"], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="300,3000,30000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", action="store_true")
    ap.add_argument(
        "--jobs", action="store_true", help="also time a 200-file folder with --jobs 1 and 2"
    )
    ap.add_argument(
        "--inbox",
        type=int,
        default=0,
        metavar="N",
        help="also time a run over an unchanged inbox of N files (10000 for the spec's target)",
    )
    ap.add_argument(
        "--cold",
        action="store_true",
        help="leave bytecode as the environment has it (PYTHONDONTWRITEBYTECODE: every module"
        " compiled on every start)",
    )
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if not args.cold:
            use_bytecode(tmp)
        compiled = "no" if sys.dont_write_bytecode and args.cold else "yes"
        print(f"bytecode cached: {compiled}")
        for size in (int(s) for s in args.sizes.split(",")):
            bench_size(size, args.repeat, tmp)
        bench_classify(args.repeat)
        bench_similar(args.repeat)
        bench_startup(args.repeat)
        if args.jobs:
            bench_jobs(tmp, args.repeat)
        if args.inbox:
            bench_unchanged_inbox(tmp, args.repeat, args.inbox)
        if args.corpus:
            bench_corpus()


if __name__ == "__main__":
    main()
