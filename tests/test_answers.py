"""Approved-answer matching: id first, then text; claims and polarity for conflict checks."""

from __future__ import annotations

import pytest
from helpers import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from socproc.inventory.load import ApprovedAnswer
from socproc.mapping.answers import AnswerIndex, claimed_reports, match_answer, polarity

LIBRARY = (
    ApprovedAnswer("What is your company's legal name?", "Acme Payroll Cloud, Inc."),
    ApprovedAnswer("Do you encrypt customer data at rest?", "Yes, AES-256.", question_id="ENC-01"),
    ApprovedAnswer(
        "Do you encrypt customer data in transit?", "Yes, TLS 1.2+.", question_id="ENC-02"
    ),
    ApprovedAnswer(
        "Is MFA required for administrative access?", "Yes, via SSO.", question_id="HFIH-01"
    ),
    ApprovedAnswer("Do you use offshore staff?", "No.", question_id="HR-09"),
)
THRESHOLD = 0.86

# One row per rule: question, question id, the expected answer (by its text) or None.
MATCHES = [
    ("exact text", "What is your company's legal name?", None, "Acme Payroll Cloud, Inc."),
    (
        "case and punctuation ignored",
        "WHAT IS YOUR COMPANY'S LEGAL NAME",
        None,
        "Acme Payroll Cloud, Inc.",
    ),
    ("small rewording", "Do you encrypt all customer data at rest?", None, "Yes, AES-256."),
    ("inflection and word order", "Is customer data encrypted at rest?", None, "Yes, AES-256."),
    (
        "numbering and format hint",
        "4.2 Do you encrypt customer data at rest? (Yes/No)",
        None,
        "Yes, AES-256.",
    ),
    ("same topic, different question", "Do you encrypt customer data in backups?", None, None),
    ("negation is a different question", "Do you not encrypt customer data at rest?", None, None),
    (
        "same id, near-identical text",
        "Is MFA required for privileged administrative access?",
        "HFIH-01",
        "Yes, via SSO.",
    ),
    (
        "near-identical text, no id",
        "Is MFA required for privileged administrative access?",
        None,
        None,
    ),
    ("same id, unrelated text", "Describe your change management process.", "HFIH-01", None),
    (
        "identical text wins over the id",
        "Do you encrypt customer data in transit?",
        "ENC-01",
        "Yes, TLS 1.2+.",
    ),
    ("unrelated question", "What is your pricing model?", None, None),
    ("empty question", "", None, None),
]


@pytest.mark.parametrize(
    ("question", "qid", "expected"), [m[1:] for m in MATCHES], ids=[m[0] for m in MATCHES]
)
def test_match_answer(question: str, qid: str | None, expected: str | None) -> None:
    hit = match_answer(question, qid, LIBRARY, THRESHOLD)
    assert (hit[0].answer if hit else None) == expected
    if hit:
        assert 0.0 < hit[1] <= 1.0


def test_exact_text_scores_one() -> None:
    hit = match_answer("Do you use offshore staff?", None, LIBRARY, THRESHOLD)
    assert hit is not None and hit[1] == 1.0


def test_threshold_is_respected() -> None:
    question = "Do you encrypt all customer data at rest?"
    loose = match_answer(question, None, LIBRARY, 0.5)
    assert loose is not None
    for bar in (0.5, 0.7, 0.8, 0.9, 0.95):
        hit = match_answer(question, None, LIBRARY, bar)
        assert hit is None or hit[1] >= bar
    assert match_answer(question, None, LIBRARY, 1.01) is None


def test_no_answers() -> None:
    assert match_answer("Anything?", "X-1", (), THRESHOLD) is None
    assert match_answer("???", None, [ApprovedAnswer("?", "Yes")], THRESHOLD) is None


def test_index_matches_within_a_large_library() -> None:
    # Behaviour only; the matcher's speed is measured by scripts/bench.py, never by a test.
    library = [
        ApprovedAnswer(f"Do you perform control number {i} for system {i * 7} weekly?", f"Yes {i}")
        for i in range(2000)
    ]
    index = AnswerIndex(library)
    for i in range(0, 2000, 97):
        assert index.match(
            f"Do you perform control number {i} for system {i * 7} weekly?", None, THRESHOLD
        ) == (library[i], 1.0)
        assert (
            index.match(
                f"Is the quarterly review {i} signed off by the owner of area {i % 13}?",
                None,
                THRESHOLD,
            )
            is None
        )
    assert index.match(
        "Do you perform control number 42 for system 294 weekly?", None, THRESHOLD
    ) == (library[42], 1.0)


CLAIMS = [
    ("Yes, we have a SOC 1 Type II report.", {"SOC 1"}),
    ("Our SOC 2 Type II report is available under NDA.", {"SOC 2", "SOC 2 Type II"}),
    ("We hold a SOC2 Type 1 and an ISO/IEC 27001 certificate.", {"SOC 2", "ISO 27001"}),
    ("We do not have a SOC 1, but our SOC 2 Type II covers security.", {"SOC 2", "SOC 2 Type II"}),
    ("A SOC 1 is planned for next year.", set()),
    ("We are pursuing PCI DSS certification.", set()),
    ("Our ISAE 3402 report covers payroll.", {"ISAE 3402"}),
    ("Yes, 24x7 SOC monitoring by our team.", set()),
]


@pytest.mark.parametrize(("answer", "expected"), CLAIMS)
def test_claimed_reports(answer: str, expected: set[str]) -> None:
    assert claimed_reports(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Yes, via SSO.", True),
        ("yes", True),
        ("No.", False),
        ("Not at this time", False),
        ("We use Okta.", None),
        ("", None),
    ],
)
def test_polarity(answer: str, expected: bool | None) -> None:
    assert polarity(answer) is expected


def test_placeholder_answers_are_not_reused() -> None:
    library = [
        ApprovedAnswer("Web link to your privacy notice", "N/A"),
        ApprovedAnswer("Breaches?", "None"),
    ]
    assert match_answer("Web link to your privacy notice", None, library, THRESHOLD) is None
    assert match_answer("Breaches?", None, library, THRESHOLD) == (library[1], 1.0)


COMPLETED = CORPUS / "EDUCAUSE_HECVAT_Full_v3.00_completed_OpenDSA_2022-08-30.xlsx"
BLANK = CORPUS / "EDUCAUSE_HECVAT_Full_v3.06_blank.xlsx"


@pytest.mark.corpus
def test_a_completed_questionnaire_answers_the_next_version() -> None:
    if not (COMPLETED.exists() and BLANK.exists()):
        pytest.skip("corpus not available")
    import socproc

    done = socproc.extract(COMPLETED).requirements
    library = [
        ApprovedAnswer(r.question, r.answer, question_id=r.question_id, source=COMPLETED.name)
        for r in done
        if r.answer and r.answer.strip()
    ]
    index = AnswerIndex(library)
    asked = socproc.extract(BLANK).requirements
    hits = [(r, index.match(r.question, r.question_id, THRESHOLD)) for r in asked]
    matched = [(r, h) for r, h in hits if h]
    # Most of HECVAT 3.06 repeats 3.00 (measured: 177 of 255 with 180 usable answers).
    assert len(matched) >= 150
    # A reused answer is the same question: same id, or (renumbered) near-identical text.
    for r, (answer, score) in matched:
        assert answer.question_id == r.question_id or score >= 0.9


# The fast paths for ASCII text must agree with the general (regex) path on every input.
_ASCII_TEXT = st.text(alphabet=st.characters(min_codepoint=9, max_codepoint=126), max_size=120)


@given(_ASCII_TEXT)
@settings(max_examples=300, deadline=None)
def test_ascii_normalize_agrees_with_the_general_path(text: str) -> None:
    from socproc.mapping.answers import WORDS, fold_words

    assert fold_words(text) == " ".join(WORDS.findall(text.lower()))


@given(_ASCII_TEXT)
@settings(max_examples=300, deadline=None)
def test_ascii_match_text_agrees_with_the_general_path(text: str) -> None:
    from socproc.mapping import answers

    general = answers.LEADING_NUMBER.sub("", text, count=1)
    general = answers.FORMAT_HINT.sub(" ", general)
    general = answers.ABBREVIATIONS.sub(" ", general)
    general = answers.JOINED_PREFIX.sub(r"\1", answers.TIMES.sub("x", general))
    assert answers.match_text(text) == answers.fold_words(general)


@pytest.mark.parametrize(
    ("question", "answer", "fits"),
    [
        # Which of two ways: a Yes or No picks neither, whatever follows it.
        ("Are your backups run manually or automatically?", "Yes, nightly.", False),
        ("Is the platform deployed on premises or in the cloud?", "No", False),
        ("Do you rely on in-house staff or an outsourced provider for monitoring?", "Yes", False),
        ("Is tenant data kept apart physically or logically?", "Logical separation.", True),
        # Two things either of which makes a Yes: a yes/no question.
        ("Do you have a security officer or a security team?", "Yes.", True),
        ("Do you keep an internal red team or hire an external one?", "Yes", True),
        ("Are backups encrypted at rest or in transit?", "Yes.", True),
        # An open question wants more than a bare Yes or No.
        ("Explain how firewall rules are approved.", "No", False),
        ("How do you approve firewall rules?", "Yes.", False),
        ("Explain how firewall rules are approved.", "Yes. The network lead approves each.", True),
        ("Do you approve firewall rules?", "Yes", True),
        # A dropdown's numbered choice says Yes or No all the same.
        ("Is hosting done on premises or in the cloud?", "1) Yes", False),
        ("Describe how you approve firewall rules.", "2) No", False),
    ],
)
def test_an_answer_must_have_the_form_its_question_asks(
    question: str, answer: str, fits: bool
) -> None:
    from socproc.mapping.answers import answers_question

    assert answers_question(question, answer) is fits


def test_a_slip_in_an_earlier_answer_is_suggested_not_filled_in() -> None:
    slipped = ApprovedAnswer(
        "Are vulnerability scans run by your own team or by an external vendor?",
        "Yes. An external vendor, quarterly.",
        question_id="VS-4",
    )
    bare = ApprovedAnswer("Describe how you retire old hardware.", "Yes", question_id="HW-2")
    index = AnswerIndex((slipped, bare))
    for entry in (slipped, bare):
        # Neither the same text nor the same id fills it in...
        assert index.match(entry.question, entry.question_id, THRESHOLD) is None
        # ...but the reviewer still sees it first among the similar answers.
        assert index.similar(entry.question)[0].question_id == entry.question_id
    # Nor does a bare Yes answer a question that asks to describe the same practice.
    yes = ApprovedAnswer("Do you wipe disks before disposal?", "Yes", question_id="HW-1")
    index = AnswerIndex((yes,))
    assert index.match("Do you wipe disks before disposal?", None, THRESHOLD) is not None
    assert index.match("How do you wipe disks before disposal?", None, THRESHOLD) is None
