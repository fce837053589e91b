"""Inventory loading: the sample, every validation message, answer libraries and the summary."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from socproc.errors import InventoryError, SocprocError
from socproc.inventory.load import (
    inventory_schema,
    load_answers,
    load_inventory,
    summarize_inventory,
)

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "inventory.yaml"

GOOD_SOC2 = """\
  - id: soc2
    kind: SOC 2
    type: Type II
    period_start: 2025-10-01
    period_end: 2026-09-30
"""


def _write(tmp_path: Path, text: str, name: str = "inventory.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _bare(problem: str) -> str:
    """A problem without its ` (line N)` at the end."""
    return re.sub(r" \(line \d+\)$", "", problem)


def _problems(path: Path) -> list[str]:
    """The problems of an inventory, without their lines (tested on their own)."""
    with pytest.raises(InventoryError) as info:
        load_inventory(path)
    return [_bare(p) for p in info.value.problems]


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(inventory_schema())


def test_sample_inventory_loads() -> None:
    inv = load_inventory(SAMPLE)
    assert inv.vendor == "Acme Payroll Cloud"
    assert inv.as_of == date(2026, 11, 26)
    kinds = [r.kind for r in inv.reports]
    assert "SOC 1" not in kinds and "ISAE 3402" not in kinds
    assert {"SOC 2", "SOC 3", "bridge letter", "ISO 27001"} <= set(kinds)
    soc2 = inv.report("soc2-2026")
    assert soc2 is not None and soc2.type == "Type II"
    assert soc2.period_end == date(2026, 9, 30)
    assert soc2.exceptions[0].criteria == ("CC6.2",)
    assert soc2.subservice_orgs[0].method == "carve-out"
    assert len(inv.controls) >= 10 and len(inv.documents) >= 8 and len(inv.answers) >= 8
    assert inv.digest == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert inv.path == str(SAMPLE)


def test_yaml_scalars_stay_text(tmp_path: Path) -> None:
    # YAML 1.1 would read these as True, 1.1 and a date object.
    path = _write(
        tmp_path,
        "vendor: V\nanswers:\n  - question: Do you encrypt?\n    answer: Yes\n    question_id: 1.10\n",
    )
    answer = load_inventory(path).answers[0]
    assert answer.answer == "Yes"
    assert answer.question_id == "1.10"


def test_type_is_inferred_from_the_period(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "vendor: V\nreports:\n"
        "  - {id: a, kind: SOC 2, period_start: 2025-01-01, period_end: 2025-12-31}\n"
        "  - {id: b, kind: SOC 1, period_end: 2025-12-31}\n",
    )
    inv = load_inventory(path)
    assert [r.type for r in inv.reports] == ["Type II", "Type I"]
    assert inv.reports[0].categories == ("security",)  # security is always in a SOC 2
    assert inv.reports[0].sharing == "nda"


def test_json_inventory_loads(tmp_path: Path) -> None:
    data = {"vendor": "V", "reports": [{"id": "s3", "kind": "SOC 3", "period_end": "2026-06-30"}]}
    inv = load_inventory(_write(tmp_path, json.dumps(data), "inv.json"))
    assert inv.reports[0].sharing == "public"  # a SOC 3 is general use by default


# One row per rule: the inventory body (after `vendor: V`) and the exact problem line.
ERRORS = [
    (
        "unknown key, with a suggestion",
        "reports:\n" + GOOD_SOC2 + "    categries: [security]\n",
        "reports[0].categries: unknown key — did you mean 'categories'?",
    ),
    (
        "date not on the calendar",
        "reports:\n" + GOOD_SOC2.replace("2026-09-30", "2026-13-01"),
        "reports[0].period_end: '2026-13-01' is not a date (YYYY-MM-DD) — use a real calendar date",
    ),
    (
        "date in the wrong format",
        "reports:\n" + GOOD_SOC2.replace("2026-09-30", "30/09/2026"),
        "reports[0].period_end: '30/09/2026' is not a date (YYYY-MM-DD) — write it as e.g. 2026-09-30",
    ),
    (
        "kind misspelt",
        "reports:\n" + GOOD_SOC2.replace("kind: SOC 2", "kind: SCO 2"),
        "reports[0].kind: 'SCO 2' is not an allowed value — did you mean 'SOC 2'?",
    ),
    (
        "type misspelt",
        "reports:\n" + GOOD_SOC2.replace("Type II", "Typ II"),
        "reports[0].type: 'Typ II' is not an allowed value — did you mean 'Type II'?",
    ),
    (
        "category misspelt",
        "reports:\n" + GOOD_SOC2 + "    categories: [security, privcy]\n",
        "reports[0].categories[1]: 'privcy' is not an allowed value — did you mean 'privacy'?",
    ),
    (
        "bridge letter without extends and through",
        "reports:\n" + GOOD_SOC2 + "  - id: bl\n    kind: bridge letter\n",
        "reports[1]: missing required key 'extends' — add 'extends: <id of the report this letter extends>'",
    ),
    (
        "bridge letter extending a missing report",
        "reports:\n"
        + GOOD_SOC2
        + "  - {id: bl, kind: bridge letter, extends: soc9, through: 2026-11-15}\n",
        "reports[1].extends: no report has id 'soc9' — use the id of the report this letter extends",
    ),
    (
        "bridge letter extending a certificate",
        "reports:\n  - {id: iso, kind: ISO 27001}\n"
        "  - {id: bl, kind: bridge letter, extends: iso, through: 2026-11-15}\n",
        "reports[1].extends: 'iso' is a ISO 27001, not a SOC or ISAE report — "
        "a bridge letter extends a SOC 1, SOC 2, SOC 3 or ISAE report",
    ),
    (
        "bridge letter ending before the report does",
        "reports:\n"
        + GOOD_SOC2
        + "  - {id: bl, kind: bridge letter, extends: soc2, through: 2026-05-01}\n",
        "reports[1].through: 2026-05-01 is before the end of 'soc2' (2026-09-30) — "
        "a bridge letter runs on from the report's period end",
    ),
    (
        "extends on a report that is not a bridge letter",
        "reports:\n" + GOOD_SOC2 + "    extends: soc1\n",
        "reports[0].extends: only a bridge letter has 'extends' — remove it or set kind: bridge letter",
    ),
    (
        "period end before period start",
        "reports:\n" + GOOD_SOC2.replace("2025-10-01", "2026-10-01"),
        "reports[0].period_end: 2026-09-30 is before period_start 2026-10-01 — swap or fix the dates",
    ),
    (
        "type on a kind that has none",
        "reports:\n  - {id: iso, kind: ISO 27001, type: Type II}\n",
        "reports[0].type: kind 'ISO 27001' has no type — remove 'type'",
    ),
    (
        "SOC report without a period end",
        "reports:\n  - {id: s, kind: SOC 2, type: Type II}\n",
        "reports[0]: missing 'period_end' — a SOC 2 needs its period end "
        "(the as-of date of a Type I) to judge freshness",
    ),
    (
        "duplicate id across sections",
        "reports:\n" + GOOD_SOC2 + "controls:\n  - {id: soc2, description: MFA}\n",
        "controls[0].id: duplicate id 'soc2' (also reports[0].id) — give each item its own id",
    ),
    (
        "unknown method, no close match",
        "reports:\n" + GOOD_SOC2 + "    subservice_orgs:\n      - {name: AWS, method: zzz}\n",
        "reports[0].subservice_orgs[0].method: 'zzz' is not an allowed value — "
        "use one of 'carve-out', 'inclusive'",
    ),
    (
        "empty value",
        "controls:\n  - id: c1\n    description:\n",
        "controls[0].description: is empty — give it a value or remove the key",
    ),
    (
        "a list written as text",
        "documents: none\n",
        "documents: 'none' is not a list — write it as a list, one '- item' per line",
    ),
    (
        "answer without its answer",
        "answers:\n  - question: Legal name?\n",
        "answers[0]: missing required key 'answer' — add 'answer: ...'",
    ),
    (
        "unknown top-level key without a close match",
        "zzzzzz: 1\n",
        "zzzzzz: unknown key — remove it (allowed: answers, as_of, contact, controls, documents, reports, vendor)",
    ),
]


@pytest.mark.parametrize(("body", "expected"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_inventory_error_message(tmp_path: Path, body: str, expected: str) -> None:
    assert expected in _problems(_write(tmp_path, "vendor: V\n" + body))


def test_missing_vendor(tmp_path: Path) -> None:
    problems = _problems(_write(tmp_path, "reports: []\n"))
    assert problems == [
        "(top level): missing required key 'vendor' — add 'vendor: <your company name>' at the top"
    ]


def test_every_problem_is_reported_at_once_in_file_order(tmp_path: Path) -> None:
    body = (
        "reports:\n"
        + GOOD_SOC2.replace("2026-09-30", "2026-13-01")
        + "    categries: [security]\n"
        + "  - {id: iso, kind: ISO 27001, type: Type II, expires: 2026-02-30}\n"
    )
    path = _write(tmp_path, "vendor: V\n" + body)
    with pytest.raises(InventoryError) as info:
        load_inventory(path)
    err = info.value
    # In file order: period_end (line 7) before categries (line 8); type before expires on line 9.
    assert [(p.split(": ")[0], p.rsplit(" ", 1)[-1]) for p in err.problems] == [
        ("reports[0].period_end", "7)"),
        ("reports[0].categries", "8)"),
        ("reports[1].type", "9)"),
        ("reports[1].expires", "9)"),
    ]
    assert str(err).startswith(f"{path}: reports[0].period_end: '2026-13-01'")
    assert str(err).endswith("use a real calendar date (line 7) (and 3 more)")
    assert str(err).endswith("(and 3 more)")
    assert err.lines()[1] == f"{path}: {err.problems[1]}"
    assert isinstance(err, SocprocError)


FILE_ERRORS = [
    (
        "yaml syntax",
        "inventory.yaml",
        "vendor: V\nreports:\n  - id: a\n   kind: SOC 2\n",
        "line 4, column 4: YAML syntax error",
    ),
    (
        "json syntax",
        "inventory.json",
        '{"vendor": "V",\n "reports": [}',
        "line 2, column 14: invalid JSON",
    ),
    (
        "empty file",
        "inventory.yaml",
        "",
        "(top level): the file is empty — start with 'vendor: <your company name>'",
    ),
    ("not a mapping", "inventory.yaml", "- a\n- b\n", "(top level): ['a', 'b'] is not a mapping"),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), [f[1:] for f in FILE_ERRORS], ids=[f[0] for f in FILE_ERRORS]
)
def test_file_level_errors(tmp_path: Path, name: str, text: str, expected: str) -> None:
    problems = _problems(_write(tmp_path, text, name))
    assert len(problems) == 1 and problems[0].startswith(expected)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InventoryError) as info:
        load_inventory(tmp_path / "nope.yaml")
    assert str(info.value) == f"{tmp_path / 'nope.yaml'}: file not found — check the path"


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "inv.yaml"
    path.write_bytes(b"vendor: \xff\xfe\n")
    assert _problems(path) == ["not UTF-8 text — save it as UTF-8 YAML or JSON"]


def test_load_answers(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "answers:\n  - question: Legal name?\n    answer: Acme, Inc.\n    question_id: GNRL-01\n"
        "    source: old.xlsx\n    sheet: General\n    ref: General!C5\n    tags: [company]\n",
        "answers.yaml",
    )
    (answer,) = load_answers(path)
    assert (answer.question_id, answer.source, answer.sheet, answer.ref) == (
        "GNRL-01",
        "old.xlsx",
        "General",
        "General!C5",
    )
    assert answer.tags == ("company",)


def test_load_answers_is_validated(tmp_path: Path) -> None:
    path = _write(tmp_path, "answers:\n  - question: Q?\n    answr: A\n", "answers.yaml")
    with pytest.raises(InventoryError) as info:
        load_answers(path)
    assert [_bare(p) for p in info.value.problems] == [
        "answers[0]: missing required key 'answer' — add 'answer: ...'",
        "answers[0].answr: unknown key — did you mean 'answer'?",
    ]
    empty = _write(tmp_path, "{}\n", "empty.yaml")
    with pytest.raises(InventoryError, match="missing required key 'answers'"):
        load_answers(empty)


def test_summary_lines() -> None:
    lines = summarize_inventory(load_inventory(SAMPLE))
    assert lines[0] == "Vendor: Acme Payroll Cloud (as of 2026-11-26)"
    assert any(
        line.startswith(
            "Report soc2-2026: SOC 2 Type II; 2025-10-01 to 2026-09-30; "
            "security, availability, confidentiality"
        )
        and "sharing nda" in line
        and "carved out: Amazon Web Services" in line
        for line in lines
    )
    assert "Bridge letter bridge-2026-11: extends soc2-2026 through 2026-11-15" in lines
    assert lines[-1] == "Controls: 12, documents: 8, approved answers: 8"


def test_yaml_anchors_and_merge_keys(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "vendor: V\nreports:\n"
        "  - &soc2 {id: a, kind: SOC 2, type: Type II, period_start: 2025-01-01, period_end: 2025-12-31}\n"
        "  - <<: *soc2\n    id: b\n    period_end: 2025-12-30\n",
    )
    inv = load_inventory(path)
    assert [(r.id, r.period_end) for r in inv.reports] == [
        ("a", date(2025, 12, 31)),
        ("b", date(2025, 12, 30)),
    ]


def test_a_kind_that_is_a_list_is_a_clear_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, "vendor: X\nreports:\n  - id: a\n    kind: [SOC 2]\n")
    assert _problems(path) == [
        "reports[0].kind: ['SOC 2'] is not an allowed value — did you mean 'SOC 2'?"
    ]


def test_contact_is_optional_and_loaded(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "vendor: V\ncontact:\n  name: Ada Lovelace\n  email: ada@example.com\n  title: CISO\n"
        '  phone: "+44 20 7946 0000"\n',
    )
    contact = load_inventory(path).contact
    assert contact is not None
    assert (contact.name, contact.email, contact.title, contact.phone) == (
        "Ada Lovelace",
        "ada@example.com",
        "CISO",
        "+44 20 7946 0000",
    )
    assert load_inventory(_write(tmp_path, "vendor: V\n", "b.yaml")).contact is None
    bad = _write(tmp_path, "vendor: V\ncontact:\n  email: not-an-address\n  fax: 1\n", "c.yaml")
    assert _problems(bad) == [
        "contact.email: 'not-an-address' is not an email address — write it as name@example.com",
        "contact.fax: unknown key — remove it (allowed: email, name, phone, title)",
    ]


def test_what_can_only_mean_one_value_is_read_as_it_with_a_note(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "vendor: V\nreports:\n  - id: s\n    kind: SOC2\n    type: Type 2\n"
        "    period_start: 2025-10-01\n    period_end: 2026-09-30\n    sharing: NDA\n"
        "    categories: Security\n    subservice_orgs:\n      - {name: AWS, method: carve out}\n"
        "    exceptions:\n      - {criteria: CC 6.2, summary: late}\n"
        "controls:\n  - {id: c1, description: MFA, criteria: 'cc6.1, CC 6.6'}\n",
    )
    inv = load_inventory(path)
    r = inv.reports[0]
    assert (r.kind, r.type, r.sharing, r.categories) == ("SOC 2", "Type II", "nda", ("security",))
    assert r.subservice_orgs[0].method == "carve-out"
    assert r.exceptions[0].criteria == ("CC6.2",)
    assert inv.controls[0].criteria == ("CC6.1", "CC6.6")
    assert "reports[0].kind: 'SOC2' read as 'SOC 2' (line 4)" in inv.notes
    assert "reports[0].categories: 'Security' read as a list of one (line 9)" in inv.notes
    assert inv.warnings == ()


def test_unknown_criteria_are_refused_with_the_nearest(tmp_path: Path) -> None:
    body = (
        "controls:\n  - {id: c1, description: d, criteria: [A1.9, CC99.1]}\n"
        "reports:\n  - {id: s1, kind: SOC 1, period_end: 2026-06-30,"
        " exceptions: [{criteria: [CO-3], summary: a SOC 1 objective is fine}]}\n"
    )
    assert _problems(_write(tmp_path, "vendor: V\n" + body)) == [
        "controls[0].criteria[0]: 'A1.9' is not a Trust Services Criteria id — did you mean 'A1.3'?",
        "controls[0].criteria[1]: 'CC99.1' is not a Trust Services Criteria id — did you mean 'CC9.1'?",
    ]


def test_warnings_do_not_refuse(tmp_path: Path) -> None:
    body = (
        "reports:\n  - {id: a, kind: SOC 2, period_end: 2026-06-30}\n"
        "  - {id: b, kind: SOC 3, type: Type II, period_end: 2026-06-30}\n"
        "answers:\n  - {question: 'Do you encrypt data?', answer: 'Yes'}\n"
        "  - {question: do you  encrypt data, answer: 'No'}\n"
    )
    warnings = load_inventory(_write(tmp_path, "vendor: V\n" + body)).warnings
    assert [(w.split(": ")[0], w.rsplit(" ", 1)[-1]) for w in warnings] == [
        ("reports[0]", "3)"),
        ("reports[1].type", "4)"),
        ("answers[1]", "7)"),
    ]
    assert "read as a Type I" in warnings[0] and "'No' vs 'Yes'" in warnings[2]


HOSTILE = [
    ("duplicate key", "vendor: V\nreports: []\nvendor: W\n", "line 3: duplicate key 'vendor'"),
    (
        "alias bomb",
        "vendor: V\na: &a [x,x,x,x,x,x,x,x,x]\n"
        + "".join(
            f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n"
            for p, c in zip("abcdefg", "bcdefgh", strict=True)
        ),
        "anchors and aliases (&name, *name) expand",
    ),
    ("huge tagged int", "vendor: !!int " + "9" * 5000 + "\n", "line 1: the tag !!int"),
    ("deep nesting", "vendor: V\nx: " + "[" * 5000 + "]" * 5000 + "\n", "line 2: nested more than"),
    (
        "year one",
        "vendor: V\nas_of: 0001-01-01\n",
        "as_of: '0001-01-01' is not a plausible",
    ),
    # libyaml calls it an invalid escape; pure-Python PyYAML reads it, and it is refused after.
    ("lone surrogate", 'vendor: "\\uD800"\n', "line 1"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE]
)
def test_hostile_inventories_are_refused_in_one_line(
    tmp_path: Path, text: str, expected: str
) -> None:
    with pytest.raises(InventoryError) as info:
        load_inventory(_write(tmp_path, text))
    assert len(info.value.problems) == 1 and info.value.problems[0].startswith(expected)
    with pytest.raises(InventoryError):  # an answer library is read the same way
        load_answers(_write(tmp_path, text.replace("vendor", "answers"), "answers.yaml"))


def test_json_duplicate_keys_and_huge_numbers(tmp_path: Path) -> None:
    dup = _problems(_write(tmp_path, '{"vendor": "V", "vendor": "W"}', "a.json"))
    assert dup[0].startswith("duplicate key 'vendor'")
    big = _problems(_write(tmp_path, '{"vendor": ' + "9" * 5000 + "}", "b.json"))
    assert big[0].startswith("a number too long to read")


def test_as_inventory_and_html(tmp_path: Path) -> None:
    from socproc.inventory.load import as_inventory

    inv = as_inventory(SAMPLE)
    assert as_inventory(inv) is inv and as_inventory(str(SAMPLE)).vendor == inv.vendor
    html = inv._repr_html_()
    assert "<table>" in html and "soc2-2026" in html and "SOC 2 Type II" in html
    with pytest.raises(TypeError):
        as_inventory(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "vendor: V\x00\n",  # a NUL byte: refused by the YAML reader itself
        "vendor: V\nreports:\n  - {id: a, kind: [SOC 2]}\n"
        "  - {id: b, kind: bridge letter, extends: a, through: 2026-01-01}\n",
        "vendor: V\nreports:\n  - {id: a, kind: {x: 1}, exceptions: [{criteria: [A9.9], summary: s}]}\n",
        "~: x\nvendor: V\n",
        "vendor: V\nanswers: [{question: [q], answer: {a: b}}]\n",
    ],
    ids=[
        "NUL byte",
        "bridge to a list kind",
        "mapping kind",
        "null key",
        "answer of the wrong shape",
    ],
)
def test_odd_documents_are_problems_not_crashes(tmp_path: Path, text: str) -> None:
    with pytest.raises(InventoryError) as info:
        load_inventory(_write(tmp_path, text))
    assert info.value.problems and all("\n" not in p for p in info.value.problems)
