"""The Trust Services Criteria table and the cue vocabularies are complete and well formed."""

from __future__ import annotations

import re

import pytest

from socproc.criteria import (
    ARTIFACTS,
    CATEGORY_ORDER,
    CRITERIA,
    CRITERIA_BY_ID,
    CRITERION_ORDER,
    FINANCIAL_CONTROL_WORDS,
    FINANCIAL_PROCESS,
    FINANCIAL_STRONG,
    FRAMEWORKS,
    PERSONAL_CUES,
    TEST_CUES,
)

EXPECTED_IDS = (
    [f"CC1.{i}" for i in range(1, 6)]
    + [f"CC2.{i}" for i in range(1, 4)]
    + [f"CC3.{i}" for i in range(1, 5)]
    + ["CC4.1", "CC4.2", "CC5.1", "CC5.2", "CC5.3"]
    + [f"CC6.{i}" for i in range(1, 9)]
    + [f"CC7.{i}" for i in range(1, 6)]
    + ["CC8.1", "CC9.1", "CC9.2"]
    + ["A1.1", "A1.2", "A1.3", "C1.1", "C1.2"]
    + [f"PI1.{i}" for i in range(1, 6)]
    + ["P1.1", "P2.1", "P3.1", "P3.2", "P4.1", "P4.2", "P4.3", "P5.1", "P5.2"]
    + [f"P6.{i}" for i in range(1, 8)]
    + ["P7.1", "P8.1"]
)


def test_all_61_criteria_in_table_order() -> None:
    assert len(EXPECTED_IDS) == 61
    assert [c.id for c in CRITERIA] == EXPECTED_IDS
    assert set(CRITERIA_BY_ID) == set(EXPECTED_IDS)
    assert [CRITERION_ORDER[i] for i in EXPECTED_IDS] == list(range(61))


def test_categories_follow_the_id_prefix() -> None:
    prefix = {
        "CC": "security",
        "A": "availability",
        "PI": "processing integrity",
        "C": "confidentiality",
        "P": "privacy",
    }
    assert CATEGORY_ORDER == (
        "security",
        "availability",
        "processing integrity",
        "confidentiality",
        "privacy",
    )
    for c in CRITERIA:
        assert c.category == prefix[re.sub(r"[\d.]+$", "", c.id)], c.id
    assert sum(c.category == "security" for c in CRITERIA) == 33


@pytest.mark.parametrize("crit", CRITERIA, ids=lambda c: c.id)
def test_each_criterion_has_a_summary_and_cues(crit: object) -> None:
    from socproc.criteria import Criterion

    assert isinstance(crit, Criterion)
    assert len(crit.summary) > 20
    assert len(crit.cues) >= 3
    for cue in crit.cues:
        body = cue.lstrip("~@^+")
        assert body and body == body.strip(), (crit.id, cue)
        assert len(cue) - len(body) <= 1, (crit.id, cue)
        assert re.fullmatch(r"[a-z0-9 +]+", body), (crit.id, cue)  # folded, unaccented, lowercase


def test_domain_keyword_examples_are_cues() -> None:
    cues = {c.id: {x.lstrip("~@^+") for x in c.cues} for c in CRITERIA}
    assert "mfa" in cues["CC6.1"]
    assert "user access review" in cues["CC6.3"]
    assert "siem" in cues["CC7.2"] and "security operations center" in cues["CC7.2"]
    assert "change management" in cues["CC8.1"]
    assert "backup" in cues["A1.2"] and "restore test" in cues["A1.3"]
    assert "dsar" in cues["P5.1"]
    # foreign-language cues for the main topics
    assert "chiffrement au repos" in cues["CC6.1"] and "cifrado en reposo" in cues["CC6.1"]
    assert "datensicherung" in cues["A1.2"] and "sauvegarde" in cues["A1.2"]


@pytest.mark.parametrize(
    ("name", "sample"),
    [
        ("ISO 27001", "iso/iec 27001:2022"),
        ("ISO 27001", "iso27001"),
        ("ISO 27701", "iso 27701"),
        ("PCI DSS", "pci-dss v4"),
        ("HITRUST", "hitrust r2"),
        ("FedRAMP", "fedramp moderate"),
        ("StateRAMP", "stateramp"),
        ("CSA STAR", "csa star level 1"),
        ("HIPAA", "hipaa security rule"),
        ("NIST 800-53", "nist sp 800-53"),
        ("NIST CSF", "nist csf 2.0"),
        ("NIST 800-171", "nist 800-171"),
        ("CMMC", "cmmc level 2"),
        ("BSI C5", "bsi c5"),
        ("Cyber Essentials", "cyber essentials plus"),
        ("TISAX", "tisax label"),
        ("GDPR", "gdpr"),
        ("SOC for Cybersecurity", "soc for cybersecurity"),
        ("SOC for Supply Chain", "soc for supply chain"),
        ("WebTrust for CAs", "webtrust for certification authorities"),
    ],
)
def test_framework_patterns_match_their_names(name: str, sample: str) -> None:
    rx = dict(FRAMEWORKS)[name]
    assert re.search(rx, sample), (name, sample)


def test_framework_patterns_do_not_fire_on_plain_words() -> None:
    text = "we encrypt data, review access quarterly and test backups; policy is reviewed"
    assert [n for n, rx in FRAMEWORKS if re.search(rx, text)] == []


def test_artifact_patterns_compile_and_name_noun_phrases() -> None:
    names = [n for n, _ in ARTIFACTS]
    assert len(set(names)) == len(names)
    assert "penetration test summary" in names and "certificate of insurance" in names
    assert all(re.compile(rx) for _, rx in ARTIFACTS)


def test_vocabularies_are_folded_lowercase() -> None:
    for vocab in (
        FINANCIAL_STRONG,
        FINANCIAL_PROCESS,
        FINANCIAL_CONTROL_WORDS,
        PERSONAL_CUES,
        TEST_CUES,
    ):
        assert vocab
        assert all(re.fullmatch(r"[a-z0-9 ]+", w) for w in vocab), vocab
    assert "icfr" in FINANCIAL_STRONG and "payroll" in FINANCIAL_PROCESS
