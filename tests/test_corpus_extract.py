"""extract() on the real questionnaires of ../shared/corpus: exact counts, spot checks, accounting.

How the expected counts were established, independently of socproc (openpyxl / json by hand):
- HECVAT 3.x/4 workbooks: cells in column A of the vendor-facing sheets matching `[A-Z]{2,4}-\\d\\d`
  (HECVAT 4: 376 such cells on its 8 vendor tabs, 331 distinct: GNRL/REQU rows repeat across tabs).
  Every one has its question text in B. HECVAT Full 3.00 has 257 (253 plus IH-01..04, whose
  prefix is only two letters). Triage has 38 (USCA-10 does not exist).
- CyFun: column F cells of the six function sheets starting `\\s*XX.YY-NN.N:` (218; one has a
  leading line break, PROTECT!F27).
- SAMM: hidden column A of `Interview` matching `X-XX-X-N-N` (90).
- ASVS docx: rows of the `# | Description` tables whose first cell is `N.N.N` (286) or `C.N`
  (34, appendix C), counted with python-docx, plus the two body paragraphs that are imperative
  requirements by the rule of spec section 3 (P76 "Verify that ...", P403 "Ensure all ...").
- VSAQ: items of type radiogroup/checkgroup/line/box with non-empty text, counted with json after
  the SOURCES.md clean-up; the few answer items with no text of their own are `blank-question`.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from helpers import CORPUS, CORPUS_HINT

from socproc.model import Document, Extraction, Requirement

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=CORPUS_HINT),
]

COUNTS = {
    "EDUCAUSE_HECVAT_v4.1.4_blank.xlsx": 331,
    "EDUCAUSE_HECVAT_Full_v3.06_blank.xlsx": 255,
    "EDUCAUSE_HECVAT_Full_v3.00_completed_OpenDSA_2022-08-30.xlsx": 257,
    "EDUCAUSE_HECVAT_Lite_v2.11_blank.xlsx": 74,
    "EDUCAUSE_HECVAT_Triage_v2.10_blank.xlsx": 38,
    "CCB_CyFun2025_SelfAssessment_ESSENTIAL_v3.1.xlsx": 218,
    "OWASP_SAMM_v2_Assessment_Toolbox.xlsx": 90,
    "OWASP_ASVS_4.0.3_en.docx": 322,
    "Google_VSAQ_webapp.json": 73,
    "Google_VSAQ_infrastructure.json": 95,
    "Google_VSAQ_security_privacy_programs.json": 45,
    "Google_VSAQ_physical_and_datacenter.json": 29,
}

_CACHE: dict[str, tuple[Document, Extraction]] = {}


def load(name: str) -> tuple[Document, Extraction]:
    """Read and extract a corpus file once per test session."""
    if name not in _CACHE:
        from socproc.extract import extract
        from socproc.read import read_document

        path = CORPUS / name
        if not path.exists():
            pytest.skip(f"{name} is not in the corpus")
        document = read_document(path)
        _CACHE[name] = (document, extract(document))
    return _CACHE[name]


def by_id(found: Extraction) -> dict[str, Requirement]:
    return {r.question_id: r for r in found.requirements if r.question_id}


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_exact_count_and_no_id_twice(name: str) -> None:
    _, found = load(name)
    assert len(found.requirements) == COUNTS[name]
    ids = Counter(r.question_id for r in found.requirements if r.question_id)
    assert [i for i, n in ids.items() if n > 1] == []
    assert all(r.question.strip() for r in found.requirements)


@pytest.mark.parametrize("name", sorted(n for n in COUNTS if n.endswith(".xlsx")))
def test_every_nonempty_row_of_visible_sheets_is_accounted_for(name: str) -> None:
    document, found = load(name)
    whole = {s.ref for s in found.skipped if "!" not in s.ref}
    for sheet in document.sheets:
        if sheet.state != "visible":
            assert sheet.name in whole
        if sheet.name in whole:
            continue
        filled = sorted({r for (r, _), v in sheet.cells.items() if v.strip()})
        got = [r.row or 0 for r in found.requirements if r.sheet == sheet.name]
        for skip in found.skipped:
            if skip.ref.startswith(f"{sheet.name}!"):
                got.append(int(re.sub(r"^[A-Z]+", "", skip.ref[len(sheet.name) + 1 :])))
        assert sorted(got) == filled, sheet.name


def test_hecvat4_spot_checks_and_dedup() -> None:
    _, found = load("EDUCAUSE_HECVAT_v4.1.4_blank.xlsx")
    ids = by_id(found)
    docu = ids["DOCU-03"]
    assert docu.ref == "Organization!B24"
    assert docu.question == "Have you undergone a SSAE 18/SOC 2 audit?"
    assert docu.section == "Documentation"
    assert (docu.answer_ref, docu.choices) == ("C24", ("Yes", "No"))
    assert ids["GNRL-01"].ref == "START HERE!B13"
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["Organization!B13"] == "duplicate of START HERE!B13"
    for sheet in ("Institution Evaluation", "High-Risk Evaluation", "Analyst Reference"):
        assert reasons[sheet] == "sheet-skipped: evaluator sheet"
    assert reasons["Questions"] == "sheet-skipped: hidden sheet"
    assert {r.sheet for r in found.requirements} == {
        "START HERE",
        "Organization",
        "Product",
        "Infrastructure",
        "IT Accessibility",
        "Case-Specific",
        "AI",
        "Privacy",
    }


def test_hecvat3_completed_keeps_existing_answers() -> None:
    _, found = load("EDUCAUSE_HECVAT_Full_v3.00_completed_OpenDSA_2022-08-30.xlsx")
    ids = by_id(found)
    qual = ids["QUAL-01"]
    assert (qual.answer, qual.answer_ref, qual.section) == ("No", "C26", "Qualifiers")
    assert ids["GNRL-02"].answer == "OpenDSA"
    assert ids["DOCU-01"].question == "Have you undergone a SSAE 18/SOC 2 audit?"
    answered = Counter(r.answer for r in found.requirements)
    assert answered["Yes"] >= 80 and answered["No"] >= 60


def test_hecvat_lite_cross_reference_columns_are_not_ids() -> None:
    _, found = load("EDUCAUSE_HECVAT_Lite_v2.11_blank.xlsx")
    assert all(r.ref.startswith("HECVAT - Lite!B") for r in found.requirements)
    hldc = by_id(found)["HLDC-03"]
    assert "SOC 2 Type 2" in hldc.question


def test_triage_shared_data_grid_is_not_a_question() -> None:
    _, found = load("EDUCAUSE_HECVAT_Triage_v2.10_blank.xlsx")
    ids = by_id(found)
    assert "USCA-11" in ids and "USCA-10" not in ids
    assert all(r.question_id for r in found.requirements)


def test_cyfun_embedded_ids_sections_and_score_dropdowns() -> None:
    _, found = load("CCB_CyFun2025_SelfAssessment_ESSENTIAL_v3.1.xlsx")
    first = found.requirements[0]
    assert (first.ref, first.question_id) == ("GOVERN!F3", "GV.OC-01.1")
    assert first.question.startswith("The organisation's mission shall be established")
    assert first.section == "Organisational Context (GV.OC)"
    assert first.answer_ref == "G3" and "N/A" in first.choices
    assert by_id(found)["PR.AA-06.3"].question.startswith("Critical zones shall")


def test_samm_two_row_pattern_and_hidden_id_column() -> None:
    _, found = load("OWASP_SAMM_v2_Assessment_Toolbox.xlsx")
    first = found.requirements[0]
    assert (first.ref, first.question_id, first.section) == (
        "Interview!D18",
        "G-SM-A-1-1",
        "Strategy & Metrics",
    )
    assert first.question.startswith("Do you understand the enterprise-wide risk appetite")
    assert first.answer_ref == "F18" and first.comment_ref == "I18" and len(first.choices) == 4
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["Interview!D19"] == "continuation"
    assert {r.sheet for r in found.requirements} == {"Interview"}


def test_vsaq_items() -> None:
    _, found = load("Google_VSAQ_physical_and_datacenter.json")
    ids = by_id(found)
    assert "dc_certifications" in ids
    sections = {r.section for r in found.requirements}
    assert None not in sections
    _, web = load("Google_VSAQ_webapp.json")
    first = web.requirements[0]
    assert (first.question_id, first.question) == (
        "application_name",
        "The name of the application:",
    )
    assert first.section == "Application Metadata"
    reasons = Counter(s.reason for s in web.skipped)
    assert reasons["tip"] == 55


@pytest.mark.parametrize("name", sorted(n for n in COUNTS if not n.endswith(".xlsx")))
def test_every_nonempty_block_is_accounted_for(name: str) -> None:
    document, found = load(name)
    refs = Counter([r.ref for r in found.requirements] + [s.ref for s in found.skipped])
    assert all(n == 1 for n in refs.values())
    for block in document.blocks:
        if block.kind != "table":
            assert block.ref in refs or not block.text.strip(), block.ref
        elif block.ref not in refs:
            for r, row in enumerate(block.rows, start=1):
                assert f"{block.ref}R{r}" in refs or not any(c.strip() for c in row), (block.ref, r)


def test_asvs_requirement_tables() -> None:
    _, found = load("OWASP_ASVS_4.0.3_en.docx")
    ids = by_id(found)
    first = ids["1.1.1"]
    assert (first.ref, first.section) == ("T4R2", "V1.1 Secure Software Development Lifecycle")
    assert first.question.startswith("Verify the use of a secure software development lifecycle")
    assert ids["14.5.4"].section == "V14.5 HTTP Request Header Validation"
    reasons = {s.ref: s.reason for s in found.skipped}
    assert reasons["T4R1"] == "header"
    assert reasons["T16"] == "table-skipped: no question column"  # the level legend
    assert sum(1 for r in found.requirements if r.ref.startswith("P")) == 2
