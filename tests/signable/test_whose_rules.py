"""Answers you can sign (spec 6.1), kinds found by this round's blind tune sets (inv_jackdaw,
inv_skylark) and mended by kind, each in other wordings than the sets' own, with look-alikes
that keep their answer: people who audit are not the report's auditor; a rule still to be
adopted is not in force; a policy exception held is an exception; a denial said of "they" or of
"other staff" is of those people, not of the practice. Read through `answer` (end to end)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import INVENTORY, SOC2, YES_NO, answer

from socproc.inventory.load import Control, Inventory


def _with(*texts: str) -> Inventory:
    return replace(INVENTORY, controls=tuple(Control(f"K-{i}", t) for i, t in enumerate(texts)))


@pytest.mark.parametrize(
    "question",
    [
        "Are field auditors required to complete your annual privacy training?",
        "Are internal auditors background checked before they start?",
        "Do contract auditors sign your code of conduct every year?",
    ],
)
def test_people_who_audit_are_not_the_reports_auditor(question: str) -> None:
    # Holding the SOC 2 says nothing of them (it said Yes, as if the report were asked).
    m = answer(question, YES_NO, _with("All employees complete privacy training every year."))
    assert m.answer != "Yes"


def test_the_reports_auditor_is_still_answered() -> None:
    assert answer("Who is your SOC 2 auditor?").answer == "Kestrel & Lowe CPAs LLP"


def test_an_auditors_name_that_ends_a_sentence_keeps_one_full_stop() -> None:
    soc2 = replace(SOC2, auditor="Ben Thanh Assurance Co., Ltd.")
    inventory = replace(INVENTORY, reports=(soc2, *INVENTORY.reports[1:]))
    m = answer("Who is your SOC 2 auditor?", (), inventory)
    assert m.answer == "Ben Thanh Assurance Co., Ltd."
    assert ".." not in m.suggested_response


@pytest.mark.parametrize(
    "text",
    [
        "The new access standard, once approved, will make MFA compulsory for all clinic users.",
        "Upon its adoption, the draft standard makes MFA mandatory for all clinic users.",
        "The draft access standard would require MFA for all clinic users.",
        "If adopted, version 4 of the policy will render MFA obligatory for all clinic users.",
    ],
)
def test_a_rule_still_to_be_adopted_is_not_in_force(text: str) -> None:
    m = answer("Is MFA mandatory for all clinic users?", YES_NO, _with(text))
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Do production changes require approval?",
            "Production changes require CAB approval and are released when approved.",
        ),
        (
            "Are vendors assessed before onboarding?",
            "Vendors are assessed before onboarding and added to the supplier register once approved.",
        ),
        (
            "Are production changes approved by the CAB?",
            "Production changes that would require downtime are approved by the CAB.",
        ),
    ],
)
def test_a_step_of_a_routine_approval_is_no_rule_to_come(question: str, text: str) -> None:
    # A second reader's look-alikes: not a rule still to be adopted.
    assert answer(question, YES_NO, _with(text)).answer == "Yes"


def test_a_rule_adopted_before_is_in_force() -> None:
    text = "MFA has been mandatory for all clinic users since the standard was approved in 2024."
    m = answer("Is MFA mandatory for all clinic users?", YES_NO, _with(text))
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "Production data must not be used in test environments. The analytics team holds a "
        "policy exception to copy one masked table there.",
        "Production data is never used in test environments; the migration squad was granted a "
        "time-limited exception for the 2026 cut-over.",
    ],
)
def test_a_policy_exception_held_is_no_plain_denial(text: str) -> None:
    m = answer("Is production data used in test environments?", YES_NO, _with(text))
    assert m.answer != "No"


@pytest.mark.parametrize(
    "text",
    [
        "Production data is never used in test environments.",
        "Production data is never used in test environments; no team has been granted an exception.",
    ],
)
def test_a_plain_prohibition_still_denies(text: str) -> None:
    m = answer("Is production data used in test environments?", YES_NO, _with(text))
    assert m.answer == "No"


@pytest.mark.parametrize(
    "text",
    [
        "Privacy training is compulsory for every employee each year. Warehouse temps receive "
        "only a safety induction; they take no security or privacy training.",
        "Privacy training is compulsory for every employee each year. Agency drivers get a "
        "site briefing; they do not take privacy training.",
    ],
)
def test_a_denial_said_of_they_is_of_those_people(text: str) -> None:
    m = answer("Do you have a privacy awareness training program?", YES_NO, _with(text))
    assert m.answer != "No"


def test_we_take_no_training_still_denies() -> None:
    text = "We have no security awareness training programme."
    m = answer("Do you have a security awareness training program?", YES_NO, _with(text))
    assert m.answer == "No"


_SOME_TRAINED = (
    "Support staff in Leeds complete a personal data handling course every year. Other staff "
    "have no privacy training."
)


def test_other_staff_denied_is_not_a_denial_of_the_practice() -> None:
    m = answer("Do you provide privacy training to employees?", YES_NO, _with(_SOME_TRAINED))
    assert m.answer != "No"


@pytest.mark.parametrize(
    "question",
    [
        "Is privacy training mandatory for all employees?",
        "Do all employees receive privacy training?",
    ],
)
def test_other_staff_left_untrained_is_no_for_all_employees(question: str) -> None:
    assert answer(question, YES_NO, _with(_SOME_TRAINED)).answer == "No"


@pytest.mark.parametrize(
    "text",
    [
        "A background check is required for all employees before hire. Some agency workers are "
        "not background checked.",
        "Privacy training is mandatory for all employees. Some seasonal workers have no privacy training.",
    ],
)
def test_workers_apart_from_employees_say_no_no_of_all_employees(text: str) -> None:
    question = "Is privacy training mandatory for all employees?"
    if "background" in text:
        question = "Is a background check required for all employees?"
    assert answer(question, YES_NO, _with(text)).answer != "No"


def test_they_of_a_thing_still_denies() -> None:
    text = "Laptops are issued to engineers by IT; they are not encrypted."
    assert answer("Are laptops encrypted?", YES_NO, _with(text)).answer == "No"


def test_other_staff_without_one_course_say_nothing_of_another() -> None:
    text = f"Every employee completes security awareness training each year. {_SOME_TRAINED}"
    m = answer("Is security awareness training mandatory for all employees?", YES_NO, _with(text))
    assert m.answer != "No"


@pytest.mark.parametrize(
    "question",
    [
        "Have the legacy KX-2 kiosks been replaced?",
        "Have the old point-of-sale terminals been retired?",
    ],
)
def test_an_act_told_done_is_no_ruling_out_of_it(question: str) -> None:
    # A probe's kind (redteam73): "were replaced in 2025" was read as a practice since stopped.
    text = "The legacy KX-2 kiosks were replaced in 2025. The old point-of-sale terminals were retired in 2024."
    assert answer(question, YES_NO, _with(text)).answer != "No"


def test_an_act_still_to_come_is_no() -> None:
    text = "We will replace the legacy KX-2 kiosks in 2027."
    m = answer("Have the legacy KX-2 kiosks been replaced?", YES_NO, _with(text))
    assert m.answer == "No"
