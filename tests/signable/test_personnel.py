"""Background checks of all employees, from what the controls say of the vendor's employees."""

from __future__ import annotations

import pytest
from common import AS_OF, YES_NO, _with, answer

from socproc.mapping.holdings import context_for
from socproc.mapping.signable import employees_checked
from socproc.model import Settings

_ASK = (
    "Do you perform background screenings or multi-state background checks on all employees "
    "prior to their first day of work?"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every employee checked before the start, in words none was written from
        ("All employees hand in a police clearance certificate before they start.", "Yes"),
        ("Every new hire passes a DBS check before their first day.", "Yes"),
        (
            "Every employee is background checked before starting; contractors are vetted by "
            "their agencies.",
            "Yes",
        ),
        # some employees not checked, or only on a condition
        (
            "Employees in Lyon pass a criminal record check before they start; employees in "
            "Tunis are not checked.",
            "No",
        ),
    ],
)
def test_all_employees_checked_before_they_start(text: str, expected: str) -> None:
    m = answer(_ASK, YES_NO, _with((text,)))
    assert (m.answer, m.filled) == (expected, True), text


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a time not said, more asked, others' people, a practice begun after some were hired
        (_ASK, "Every employee is background checked."),
        (
            "Are all employees background checked, including a credit check?",
            "Every employee is background checked before starting.",
        ),
        (_ASK, "Staff of Harbour Contact are not checked by us."),
        (_ASK, "Contractors are not background checked."),
        (
            _ASK,
            "Since 2025 every new employee is checked before their first day; employees hired "
            "before then were not checked.",
        ),
        (
            _ASK,
            "Employees in Tunis give two references and are not criminal record checked.",
        ),
        (_ASK, "Employees are not checked again after they are hired."),
        # Second reader rev37: conditions, exceptions and other screenings.
        (
            _ASK,
            "Employees are background checked before their first day only if they will have "
            "access to payroll data.",
        ),
        (_ASK, "Every employee has a background check before day one, except in France."),
        (_ASK, "All new hires are screened against the sanctions list before their start date."),
        (
            _ASK,
            "All joiners undergo DBS checks before their start date; staff transferred in keep "
            "their previous employer's checks.",
        ),
        ("Are all employees re-screened every two years?", "Every employee is background checked."),
        (
            "Are all employees and contractors background checked?",
            "Every employee is background checked.",
        ),
        (_ASK, "We plan to background check every employee before their first day from 2027."),
    ],
)
def test_background_checks_not_said_of_all_employees_are_left(question: str, text: str) -> None:
    ctx = context_for(_with((text,)), AS_OF, Settings(), ())
    assert employees_checked(ctx, question).answer == "", text
