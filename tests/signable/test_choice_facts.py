"""Answers you can sign (spec 6.1): the rules of mapping/signable/choice_facts.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import CONTROLS, INVENTORY, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Control

SIGN_IN_CHOICES = (
    "SAML 2.0",
    "OpenID Connect / OAuth2 Login",
    "OpenID 2.0",
    "LDAP / Active Directory",
    "Other",
    "None of the above",
)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Customers sign in with SAML 2.0 through their own identity provider.", "SAML 2.0"),
        (
            "Schools connect their identity provider over OpenID Connect; SAML 2.0 is offered "
            "on the District plan.",
            "SAML 2.0, OpenID Connect / OAuth2 Login",
        ),
        # A name denied, or its words apart ("OpenID" of one and "2.0" of another), is not one.
        (
            "Single sign-on uses OpenID Connect. We do not support LDAP.",
            "OpenID Connect / OAuth2 Login",
        ),
        ("Single sign-on is on the roadmap for 2027.", ""),
    ],
)
def test_a_question_on_which_named_choices_apply_takes_the_ones_a_control_names(
    description: str, expected: str
) -> None:
    sso = Control("IAM-09", description, ("CC6.1",))
    inventory = replace(INVENTORY, controls=(*CONTROLS, sso))
    question = (
        "Which single sign-on (SSO) standards does the product support (select all that apply)?"
    )
    assert answer(question, SIGN_IN_CHOICES, inventory).answer == expected
    # One choice asked for, two named: which one holds is for the reviewer.
    single = "Which single sign-on (SSO) standard does the product support?"
    assert answer(single, SIGN_IN_CHOICES, inventory).answer == (
        "" if ", " in expected else expected
    )


def test_a_how_often_dropdown_reads_once_per_year_as_yearly() -> None:
    training = Control(
        "HR-05", "Employees complete privacy training when they join and every year after."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, training))
    choices = ("Never.", "Once, upon hire.", "Upon hire, and at least once per year.")
    question = "How often do you require your employees to undergo privacy training?"
    assert answer(question, choices, inventory).answer == choices[2]


def test_a_choice_is_named_by_one_of_its_examples() -> None:
    hashing = Control(
        "APP-7", "Passwords are stored only as scrypt hashes and are never stored in plain text."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, hashing))
    choices = (
        "In plain text (unencrypted)",
        "Using reversible encryption (e.g., DES, 3DES, AES, etc.).",
        "Using a secure cryptographic one-way hash function (such as SHA-256) of the password",
        "Using a dedicated password-based key derivation function, such as bcrypt, PBKDF2 or scrypt",
        "None of the above",
    )
    got = answer("How does the application store passwords?", choices, inventory)
    assert got.answer == choices[3]


def test_a_session_timeout_is_its_inactivity_limit() -> None:
    idle = Control("APP-8", "Portal sessions end after 45 minutes of inactivity.")
    inventory = replace(INVENTORY, controls=(*CONTROLS, idle))
    assert "45 minutes" in answer("How long is the session timeout?", (), inventory).answer


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Users sign in with SAML 2.0 single sign-on or with email and password.",
            "3) Both modes available",
        ),
        ("Users sign in with an email address and password.", "1) Yes"),
        ("Users sign in only through SAML 2.0 single sign-on.", ""),
    ],
)
def test_local_authentication_and_its_both_modes_choice(said: str, expected: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("APP-1", said),))
    choices = ("1) Yes", "2) No", "3) Both modes available", "4) N/A")
    question = "Does your solution support local authentication protocols for user authentication?"
    assert answer(question, choices, inventory).answer == expected


def test_a_frequency_dropdown_is_read_in_whatever_order_its_choices_run() -> None:
    scans = Control("VUL-5", "Vulnerability scans are run monthly on all servers.", ("CC7.1",))
    reviews = Control("IAM-9", "Production access is reviewed every six months.", ("CC6.2",))
    inventory = replace(INVENTORY, controls=(scans, reviews))
    oldest_first = ("Annually", "Semi-annually", "Quarterly", "Monthly", "Never")
    newest_first = ("Monthly or more often", "Quarterly", "Less frequently")
    asked = "How often are vulnerability scans run?"
    assert answer(asked, oldest_first, inventory).answer == "Monthly"
    assert answer(asked, newest_first, inventory).answer == "Monthly or more often"
    reviewed = "How often is production access reviewed?"
    assert answer(reviewed, oldest_first, inventory).answer == "Semi-annually"
    assert answer(reviewed, ("Annually", "Quarterly", "Monthly"), inventory).answer == ""


def test_a_frequency_choice_of_a_bent_or_shared_period_is_not_guessed() -> None:
    yearly = Control("PT-1", "The platform is penetration tested every year.", ("CC4.1",))
    inventory = replace(INVENTORY, controls=(yearly,))
    asked = "How often do you perform penetration tests?"
    for choices in (
        ("Less than once a year", "Once a year", "More than once a year"),
        ("Never", "Less than annually", "At least annually"),
        ("Monthly", "Quarterly", "Bi-annually", "Annually"),
    ):
        assert answer(asked, choices, inventory).answer in ("", "Once a year", "Annually")
    assert answer(asked, ("Monthly", "Quarterly", "Annually"), inventory).answer == "Annually"


@pytest.mark.parametrize(
    ("asked", "choices"),
    [
        ("What is the limit of your cyber cover?", ("Yes", "No")),
        ("Which insurer underwrites your cyber cover?", ("Yes", "No", "N/A")),
    ],
)
def test_a_value_asked_in_a_yes_no_dropdown_gets_no_yes(
    asked: str, choices: tuple[str, ...]
) -> None:
    approved = ApprovedAnswer(asked, "Yes, with Beazley, GBP 3 million per claim.")
    m = answer(asked, choices, answers=(approved,))
    assert m.answer == ""
    assert "GBP 3 million" in m.suggested_response


def test_a_yes_no_question_in_a_yes_no_dropdown_still_gets_its_yes() -> None:
    asked = "Do you carry cyber insurance?"
    approved = ApprovedAnswer(asked, "Yes, with Beazley, GBP 3 million per claim.")
    assert answer(asked, YES_NO, answers=(approved,)).answer == "Yes"
