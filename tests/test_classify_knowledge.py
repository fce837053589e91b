"""Classification by knowledge: the NIST index, the control → TSC mapping, question forms, and
the error kinds of issue #18 (single words, documents, facts, report asks, document context)."""

from __future__ import annotations

import importlib.util
import json
import re
import re._constants as C  # the regex parser, to read the lead patterns
import re._parser as P
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from helpers import load_script

from socproc.classify import classify, classify_all
from socproc.classify import form as F
from socproc.classify.judge import CONF_NOT_ASKED
from socproc.classify.knowledge import NONE, idf, index_terms_known, nearest, postings
from socproc.classify.nist_index import CONTROLS, MAX_IDF, TERMS
from socproc.classify.text import fold, split_tokens
from socproc.classify.tsc_map import CONTROL_CRITERIA, criteria_of_control
from socproc.criteria import CATEGORY_ORDER, CRITERIA_BY_ID
from socproc.model import Settings, SocNeed

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE = ROOT.parent / "shared" / "knowledge"
T1, T2 = SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2


def _near(text: str) -> str:
    return nearest(split_tokens(fold(text))).control


# --------------------------------------------------------------------------- control → TSC
def test_every_indexed_control_maps_to_known_criteria() -> None:
    for cid, _ in CONTROLS:
        crits = criteria_of_control(cid)
        assert crits, cid
        assert all(c in CRITERIA_BY_ID for c in crits), (cid, crits)
    assert all(c in CRITERIA_BY_ID for crits in CONTROL_CRITERIA.values() for c in crits)


@pytest.mark.parametrize(
    ("control", "criteria"),
    [
        ("AC-2", ("CC6.2",)),  # account management: registration and removal
        ("AC-2(3)", ("CC6.2",)),  # an enhancement takes its base's criteria
        ("AC-6(7)", ("CC6.3",)),  # review of privileges: least privilege
        ("AC-6(9)", ("CC7.2",)),  # logging privileged functions: monitoring
        ("IA-2(1)", ("CC6.1",)),  # multifactor authentication
        ("AU-6", ("CC7.2",)),
        ("IR-4", ("CC7.4",)),
        ("IR-6", ("CC7.4", "CC2.3")),  # incident reporting: to outside parties too
        ("CM-3", ("CC8.1",)),
        ("CP-2", ("CC9.1", "A1.2")),
        ("CP-4", ("A1.3",)),
        ("CP-9", ("A1.2",)),
        ("CP-9(1)", ("A1.3",)),  # backup testing
        ("PE-3", ("CC6.4",)),
        ("PE-13", ("A1.2",)),  # fire protection: environmental safeguards
        ("SC-7", ("CC6.6",)),
        ("SC-8", ("CC6.7",)),
        ("SC-28", ("CC6.1",)),
        ("RA-3", ("CC3.2",)),
        ("RA-5", ("CC7.1",)),
        ("SA-9", ("CC9.2",)),
        ("SR-6", ("CC9.2",)),
        ("PT-5", ("P1.1",)),
        ("PT-4", ("P2.1",)),
        ("AT-2", ("CC2.2",)),
        ("PS-3", ("CC1.4",)),
        ("MP-6", ("CC6.5",)),
        ("SI-3", ("CC6.8",)),
        ("SI-10", ("PI1.2",)),
        ("AU-1", ("CC5.3",)),  # a family's policy and procedures
        ("TSC PI1.3", ("PI1.3",)),  # the criteria's own summaries are indexed too
    ],
)
def test_control_mapping(control: str, criteria: tuple[str, ...]) -> None:
    assert criteria_of_control(control) == criteria


def test_unknown_control_maps_to_nothing() -> None:
    assert criteria_of_control("ZZ-9") == ()


# --------------------------------------------------------------------------- the index
def test_index_shape() -> None:
    ids = [cid for cid, _ in CONTROLS]
    assert len(ids) == len(set(ids)) and len(ids) > 400
    assert {"AC-2", "SC-7", "CP-9", "PT-5", "TSC CC6.1"} <= set(ids)
    terms = index_terms_known()
    assert len(terms) > 1000 and len(terms) == len(set(terms))
    for term in terms:
        at, weights = postings(term)
        assert at and list(at) == sorted(set(at)) and len(at) == len(weights)
        assert all(0 <= doc < len(CONTROLS) for doc in at) and all(w > 0 for w in weights)
        assert 0 < idf(term) <= MAX_IDF
    assert idf("zzqx") == MAX_IDF and postings("zzqx") == ((), ())


@pytest.mark.parametrize(
    ("question", "family"),
    [
        ("Is the production network segmented from the corporate network?", "SC-7"),
        ("Is multi-factor authentication required for remote access?", "IA-2"),
        ("Are backups restored and tested at least annually?", "CP-"),
        ("Do you run vulnerability scans of your infrastructure?", "RA-5"),
        ("Are data centres protected against fire?", "PE-13"),
        ("Do you perform penetration testing?", "CA-8"),
    ],
)
def test_nearest_control(question: str, family: str) -> None:
    assert _near(question).startswith(family)


def test_nearest_is_deterministic_and_total() -> None:
    q = split_tokens(fold("Are access rights reviewed quarterly?"))
    a, b = nearest(q), nearest(q)
    assert (a.control, a.score, a.terms, a.votes) == (b.control, b.score, b.terms, b.votes)
    assert nearest([]) is NONE and nearest(split_tokens("zzqx qqzz")) is NONE
    within = nearest(q, ("CC6.3",))
    assert within.control and set(within.criteria) & {"CC6.3"}


@pytest.mark.skipif(not KNOWLEDGE.is_dir(), reason="../shared/knowledge not present")
def test_committed_index_is_what_the_build_script_makes(tmp_path: Path) -> None:
    build = load_script("build_knowledge")
    out = tmp_path / "nist_index.py"
    assert build.main(["--knowledge", str(KNOWLEDGE), "--out", str(out)]) == 0
    spec = importlib.util.spec_from_file_location("fresh_index", out)
    assert spec and spec.loader
    fresh = ModuleType("fresh_index")
    spec.loader.exec_module(fresh)
    assert fresh.CONTROLS == CONTROLS and fresh.TERMS == TERMS and fresh.MAX_IDF == MAX_IDF


# --------------------------------------------------------------------------- question form
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Please attach your incident response plan.", F.ARTIFACT),
        ("Can you provide your network architecture diagrams?", F.ARTIFACT),
        ("Information Security Policy", F.ARTIFACT),
        ("Web link to your privacy notice", F.ARTIFACT),
        ("Have you had a data breach in the past 24 months?", F.HISTORY),
        ("Has your company been subject to litigation over the last five years?", F.HISTORY),
        ("Is customer data stored outside the EU?", F.LOCATION),
        ("Where is customer data hosted?", F.LOCATION),
        ("How many employees do you have?", F.FACT),
        ("Company legal name and registered address.", F.FACT),
        ("Will you sign the institution's data processing addendum?", F.COMMERCIAL),
        ("Do you offer volume discounts and net 30 payment terms?", F.COMMERCIAL),
        ("Is your ML training data watermarked?", F.AI_MODEL),
        ("Are photos included in backups made by the phone's operating system?", F.PLATFORM),
        ("Can users export their reports to Excel?", F.FEATURE),
        ("Does the app play a sound when the user logs out?", F.FEATURE),
        ("Does the solution conform to WCAG 2.1 AA?", F.FEATURE),
        ("Solution description", F.LABEL),
        ("Do you review user access rights quarterly?", F.CONTROL),
        ("Describe or provide a reference to how security events are logged.", F.CONTROL),
        ("The organisation shall implement network segmentation.", F.CONTROL),
        ("Are user access rights revoked promptly upon termination?", F.CONTROL),
        ("Have you performed a penetration test in the past 12 months?", F.CONTROL),
    ],
)
def test_question_form(question: str, kind: str) -> None:
    low = fold(question)
    assert F.question_form(low, split_tokens(low))[0] == kind


# --------------------------------------------------------------------------- issue #18 kinds
@pytest.mark.parametrize(
    "text",
    [
        "Does the app show a goodbye screen when the user logs out?",
        "Are chat messages included in backups made by the phone's operating system?",
        "Is data transmitted outside the US?",
        "Information Security Policy",
        "Incident Response Plan",
        "Recent penetration test results",
        "Have you had a data breach in the last three years?",
        "Where is customer data stored?",
        "Which AI models do you use?",
        "Can we customize the dashboard layout?",
        "What is the annual license fee per seat?",
    ],
)
def test_features_facts_and_documents_need_no_soc_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale
    assert "no SOC report need" in got.rationale


def test_logs_out_is_not_logging() -> None:
    got = classify("Is the session cleared when the user logs out?")
    assert "CC7.2" not in got.criteria, got.rationale


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Is the production network segmented from the corporate network?", {"CC6.6", "CC6.1"}),
        ("Are security events logged centrally and retained for a year?", {"CC7.2"}),
        ("Are privileged actions reviewed?", {"CC6.3", "CC7.2"}),
        ("Are data centres protected from fire, flood and power loss?", {"A1.2"}),
        ("Do you check that processed data is complete and accurate?", {"PI1.2", "PI1.3"}),
        ("Do you notify customers of changes that affect them?", {"CC2.3"}),
        # a laptop is a mobile device in the catalog's words
        ("Are laptops encrypted?", {"CC6.1", "CC6.7"}),
    ],
)
def test_plainly_worded_control_topics(text: str, criterion: set[str]) -> None:
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale
    assert criterion & set(got.criteria), (got.criteria, got.rationale)


def test_soc_in_a_list_of_certifications_is_a_report() -> None:
    for text in (
        "Do you hold ISO 27001, SOC, PCI certifications?",
        "Which certifications do you hold (ISO 27001, SOC, PCI DSS)?",
    ):
        got = classify(text)
        assert got.soc_need == (T2,), got.rationale
        assert "CC7.2" not in got.criteria  # not a Security Operations Center


def test_independent_review_results_are_a_soc2_ask() -> None:
    got = classify(
        "Has an independent party reviewed your security programme? Provide the results."
    )
    assert got.soc_need == (T2,) and "assurance report" in got.rationale


def test_hardware_integrity_is_not_processing_integrity() -> None:
    got = classify("Do you verify hardware integrity before deployment?")
    assert "processing integrity" not in got.categories, got.rationale


def test_a_ruled_out_type_is_not_asked() -> None:
    got = classify("A SOC 2 Type I is required; Type II is not required.")
    assert got.soc_need == (T1,) and got.type_source == "stated"
    for text in (
        "We do not need a Type II; provide your SOC 2 Type I.",
        "No Type II: a SOC 2 Type 1.",
    ):
        assert classify(text).soc_need == (T1,), text


def test_a_ruled_out_type_does_not_spread_to_other_rows() -> None:
    rows = classify_all(
        [
            "A SOC 2 Type I is required; Type II is not required.",
            "Is MFA enforced for administrators?",
            "Is encryption applied throughout the app, and are backups encrypted?",
        ],
        Settings(default_soc2_type=T1),
    )
    assert all(r.soc_need == (T1,) for r in rows), [r.rationale for r in rows]


def test_throughout_needs_a_period_to_mean_type2() -> None:
    got = classify("Provide your SOC 2 report; encryption is used throughout the app.")
    assert got.type_source == "default"
    assert classify("Provide a SOC 2 covering controls throughout the review period.").soc_need == (
        T2,
    )


# --------------------------------------------------------------------------- explanation
def test_rationale_names_the_nearest_control_and_the_words() -> None:
    got = classify("Do you run vulnerability scans of your infrastructure every month?")
    assert "nearest control RA-5" in got.rationale
    assert "'vulnerability'" in got.rationale and "CC7.1" in got.rationale


def test_no_need_rationale_says_why() -> None:
    got = classify("Have you had a data breach in the last three years?")
    assert "history" in got.rationale and got.confidence == CONF_NOT_ASKED


def test_categories_stay_in_order() -> None:
    got = classify("Do you check that processed data is complete and accurate?")
    assert list(got.categories) == [c for c in CATEGORY_ORDER if c in got.categories]


# --------------------------------------------------------------------------- confidence
def test_confidence_bands_are_calibrated_on_written_tune_rows() -> None:
    ev = load_script("evaluate")
    rows = [
        json.loads(line)
        for line in (ROOT / "tests" / "data" / "labelled.jsonl").read_text().splitlines()
        if line.strip() and json.loads(line)["split"] == "tune"
    ]
    bands = ev.evaluate(rows)["bands"]
    for name, lo, _ in ev.BANDS:
        if bands[name]["n"] >= 5:
            assert bands[name]["accuracy"] >= lo, (name, bands[name])


# --------------------------------------------------------------------------- kinds the catalog misses
@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Do you assess and rank the risks to your service each year?", "CC3.2"),
        ("Are identified risks tracked in a register and treated?", "CC3.2"),
        ("Is there a documented privacy management programme?", "P"),
        ("Do you have a documented privacy governance process?", "P"),
    ],
)
def test_risk_and_privacy_programmes_are_control_questions(text: str, criterion: str) -> None:
    # "risk" and "privacy" occur in most catalog controls, so retrieval alone finds none.
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale
    assert any(c.startswith(criterion) for c in got.criteria), (got.criteria, got.rationale)


@pytest.mark.parametrize(
    "text",
    [
        "Is there a risk that the export fails?",  # risk named, no risk work asked
        "Does your mobile app require access to the camera?",  # what the product asks of users
        "Can your organization comply with our institutional policies on data retention?",
        "Do you comply with the Gramm-Leach-Bliley Act (GLBA)?",  # a framework, not a control
        "If mobile, is the app available from the App Store?",  # the condition is context
    ],
)
def test_not_a_control_practice(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


def test_a_leading_condition_is_context() -> None:
    got = classify("If you answered yes above, are administrator actions logged and reviewed?")
    assert got.soc_need == (T2,), got.rationale


# --------------------------------------------------------------------------- form and subject, round 3
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a capacity of the product is a fact; a limit that is a security mechanism is not
        ("Is there a maximum number of projects one workspace can hold?", F.FACT),
        ("Are there any limits on attachment size?", F.FACT),
        ("Is there a limit on failed login attempts before an account locks?", F.CONTROL),
        # a short instruction to pick an option is a field for a fact; a pick-list of practices
        # is not
        ("Choose your preferred deployment model.", F.FACT),
        ("Select all that apply: MFA, SSO, hardware keys.", F.LABEL),
        # a label whose head noun is a datum about the company
        ("Head office address", F.FACT),
        ("Primary security contact (name)", F.FACT),
        ("Regional office locations (all)", F.FACT),
        ("Encryption at rest", F.LABEL),
        # disposal of the buyer's data when the contract ends, as against returning it
        ("At the end of the contract, will you delete all of our records?", F.DISPOSAL),
        ("At the end of the contract, will you return our data as CSV files?", F.COMMERCIAL),
        ("Does the app require the customer to install a local agent?", F.BUYER_DUTY),
        # the product's release plan is a fact about it; a plan for security fixes is not
        ("Do you publish a product roadmap to customers?", F.FACT),
        ("How many major versions do you keep in support at one time?", F.FACT),
        ("Is there a release calendar for new features?", F.FACT),
        ("Do you have a defined release schedule for security patches?", F.CONTROL),
    ],
)
def test_question_form_round3(question: str, kind: str) -> None:
    low = fold(question)
    assert F.question_form(low, set(split_tokens(low)))[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Is there a maximum number of projects one workspace can hold?",
        "Choose your preferred deployment model.",
        "Regional office locations (all)",
        # a deployment the buyer runs: the vendor's controls do not operate there
        "If the platform is self-hosted, can administrators rotate the service account keys?",
        "If deployed on-premises, are audit logs written to the local syslog?",
        # what the buyer must do or run for the product
        "Does the service require the customer to open inbound ports on their firewall?",
        "Will the institution need to provide its own identity provider?",
        # holding another scheme's credential
        "Do you currently have a signed Attestation of Compliance from a QSA?",
        "Is your platform FISMA certified at the moderate level?",
        # a product feature that is not logical access
        "Can the portal export invoices to PDF?",
        # keeping logs as files is data handling, not an audit trail
        "Can the application logs be exported as files?",
        # "do you support X" asks what the product can do, not what the vendor practises
        "Do you support uptime monitoring of our own servers through an agent?",
        "Do you enable customers to monitor their own usage dashboards?",
    ],
)
def test_facts_credentials_and_buyer_run_deployments_need_no_soc_report(text: str) -> None:
    got = classify(text)
    assert got.soc_need == (), got.rationale


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        # logical access built into the product is CC6.1, however the catalog words it
        ("Does the mobile app let administrators assign permissions per project?", "CC6.1"),
        ("Does the product support SAML single sign-on?", "CC6.1"),
        ("Can customers configure different access levels for each team member?", "CC6.1"),
        # the product's other protection functions: an audit trail, encryption
        ("Can the application be configured to log all administrator actions?", "CC7.2"),
        ("Can the portal be configured to send exports only over an encrypted TLS link?", "CC6.7"),
        # the buyer's data disposed of at the contract's end (C1.2)
        ("At the end of the contract, will you delete all of our records?", "C1.2"),
        # a condition the vendor runs stays context
        ("If you use subcontractors, are they bound by confidentiality agreements?", "C1.1"),
        # how the product keeps a secret is a control, not a fact about what it stores
        ("Does your application store passwords using a salted hash?", "CC6.1"),
        # "do you provide X" asks what the vendor gives
        ("Do you provide encryption of customer data at rest?", "CC6.1"),
        # what the product enforces on its users, or the vendor on its staff, is no buyer duty
        ("Are customers required to use MFA when signing in?", "CC6.1"),
        ("Do you require your staff to complete security training?", "CC2.2"),
        # holding insurance is risk mitigation (CC9.1), not a credential request
        ("Do you have cyber liability insurance?", "CC9.1"),
    ],
)
def test_access_functions_and_disposal_are_control_questions(text: str, criterion: str) -> None:
    got = classify(text)
    assert got.soc_need == (T2,), got.rationale
    assert criterion in got.criteria, (got.criteria, got.rationale)


def test_a_credential_question_names_the_framework_artifact() -> None:
    got = classify("Do you currently have a signed Attestation of Compliance from a QSA?")
    assert got.artifact == "PCI DSS AOC" and "non-SOC artifact" in got.rationale
    assert "FISMA" in classify("Are you compliant with FISMA?").frameworks


# --------------------------------------------------------------------------- speed, same answers
def _opening_words(items: list[Any], started: bool = False) -> set[str]:
    """The words (letters up to the first non-letter) a parsed regex sequence can open on."""
    if not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op is C.LITERAL:
        ch = chr(av)
        return {ch + w for w in _opening_words(rest, True)} if ch.isalpha() else {""}
    if op is C.AT:
        return {""} if started else _opening_words(rest, started)
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _opening_words(rest, started)
    if op is C.SUBPATTERN:
        return _opening_words([*av[-1], *rest], started)
    if op is C.BRANCH:
        return {w for branch in av[1] for w in _opening_words([*branch, *rest], started)}
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, sub = av
        found = _opening_words(rest, started) if low == 0 else set()
        once = [*sub, *rest] if high == 1 else [*sub]
        return found | _opening_words(once, started)
    if op is C.IN:
        return {""}
    raise AssertionError(f"unexpected regex element {op}")


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("request", F._REQUEST_LEAD),
        ("describe", F._DESCRIBE_LEAD),
        ("history", F._HISTORY_LEAD),
        ("location", F._LOCATION_LEAD),
        ("fact", F._FACT_LEAD),
        ("commercial", F._COMMERCIAL_LEAD),
        ("feature", F._FEATURE_LEAD),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_lead_patterns_open_only_on_their_listed_words(name: str, pattern: re.Pattern[str]) -> None:
    # question_form skips a lead whose opening words the text does not open on: exact only
    # if every alternative opens on a listed word.
    opening = _opening_words(list(P.parse(pattern.pattern)))
    assert "" not in opening and opening <= F.LEAD_WORDS[name], opening - F.LEAD_WORDS[name]


def test_forms_checked_by_their_token_gate_have_one() -> None:
    # question_form skips a pattern whose gate words the text lacks: every one must have them
    from socproc.classify.implicit import IMPLICIT, LIFECYCLE, REQUEST
    from socproc.classify.reports import TYPE1_CUE, TYPE2_CUE

    gated = (*F.GATED_BY_WORDS, IMPLICIT, LIFECYCLE, REQUEST, TYPE1_CUE, TYPE2_CUE)
    assert all(g.words for g in gated)
    assert classify("Provide a general-use report on your controls.").soc_need == (SocNeed.SOC3,)


def test_found_agrees_with_search() -> None:
    from socproc.classify.implicit import DESCRIBE, LIFECYCLE, PUBLIC, REQUEST
    from socproc.classify.reports import TYPE2_CUE

    texts = [
        "Please provide a copy of your SOC 2 report without an NDA.",
        "Can we see the bridge letter for the next audit period?",
        "Describe how operating effectiveness was tested over six months.",
        "Share the report publicly on your website.",
        "Do you encrypt data at rest?",
        "",
    ]
    for gated in (REQUEST, PUBLIC, DESCRIBE, LIFECYCLE, TYPE2_CUE):
        for text in texts:
            low = fold(text)
            words = frozenset(split_tokens(low))
            assert gated.found(low, words) == (gated.search(low, words) is not None), text
