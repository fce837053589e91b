"""Answers you can sign (spec 6.1), kinds found by this round's blind tune sets (inv_jackdaw,
inv_skylark) and mended by kind, each in other wordings than the sets' own, with look-alikes
that keep their answer: people who audit are not the report's auditor; a rule still to be
adopted is not in force; a policy exception held is an exception; a denial said of "they" or of
"other staff" is of those people, not of the practice. Read through `answer` (end to end)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import INVENTORY, SOC2, YES_NO, answer
from common import with_controls as _with

from socproc.mapping.signable import states


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


# ------------------------------------------ a second reader's and a probe's (redteam74) wordings


@pytest.mark.parametrize(
    "text",
    [
        "MFA is required for all users; the night desk isn't obliged to use it.",
        "MFA is required for all users; users without a smartphone need not enrol.",
        "MFA is required for all users; the night desk may forgo it.",
        "MFA is required for all users; two kiosk accounts are allowed to sign in without it.",
        "MFA is required for all users; an exception was granted to two kiosk accounts.",
        "MFA is required for all users; two kiosk accounts have an approved exception.",
        "MFA is required for all users, as far as the device supports it.",
    ],
)
def test_more_exemptions_in_other_words(text: str) -> None:
    assert answer("Is MFA required for all users?", YES_NO, _with(text)).answer != "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "The draft access standard mandates MFA for all clinic users.",
        "Pending ratification by the board, the access standard makes MFA mandatory for all "
        "clinic users.",
        "Once the board approves it, the access standard will make MFA a requirement for all "
        "clinic users.",
        "The access standard, awaiting board approval, makes MFA mandatory for all clinic users.",
        "The access standard revision tabled for the board's next meeting requires MFA for all "
        "clinic users.",
    ],
)
def test_more_rules_still_to_come(text: str) -> None:
    assert answer("Is MFA mandatory for all clinic users?", YES_NO, _with(text)).answer != "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "Production data is never copied to test environments. The analytics team holds a "
        "waiver to copy anonymised logs there.",
        "Production data is never copied to test environments; the analytics team has a policy "
        "exception to copy one masked table there.",
    ],
)
def test_a_waiver_held_is_no_plain_denial(text: str) -> None:
    m = answer("Is production data copied to test environments?", YES_NO, _with(text))
    assert m.answer != "No"


def test_any_left_out_asked_of_none_left_out_is_no() -> None:
    text = "No production server is exempted from the weekly vulnerability scan."
    m = answer(
        "Is any production server left out of the weekly vulnerability scan?", YES_NO, _with(text)
    )
    assert m.answer == "No"
    m = answer("Are production servers scanned weekly?", YES_NO, _with(text))
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "None of our production servers is left out of the weekly patch run.",
        "No production server escapes the weekly patch run.",
        "No production server falls outside the weekly patch run.",
    ],
)
def test_more_double_negatives_are_no_denial(text: str) -> None:
    m = answer("Are production servers patched at least weekly?", YES_NO, _with(text))
    assert m.answer != "No"


@pytest.mark.parametrize(
    "text",
    [
        "The old firewalls at Bergen were scheduled to be replaced in 2025; the replacement was "
        "postponed and they are still in service.",
        "The old firewalls at Bergen were to be replaced in 2025.",
    ],
)
def test_a_plan_of_the_past_is_not_done(text: str) -> None:
    m = answer("Have the old firewalls at Bergen been replaced?", YES_NO, _with(text))
    assert m.answer != "Yes"


def test_an_act_done_asked_with_a_long_subject_is_no_ruling_out() -> None:
    text = "The Windows Server 2016 hosts in the Tromso server room were replaced in March 2025."
    question = "Have the Windows Server 2016 hosts in the Tromso server room been replaced?"
    assert answer(question, YES_NO, _with(text)).answer != "No"


@pytest.mark.parametrize(
    "question",
    [
        "Were security alerts monitored by a third party throughout the period of your latest "
        "SOC 2 Type II report?",
        "Were security keys required for all employee sign-ins for the whole of your SOC 2 Type II "
        "audit period?",
        "Were production databases encrypted at rest throughout your SOC 2 period?",
    ],
)
def test_a_practice_over_the_report_period_is_not_said_by_holding_it(question: str) -> None:
    text = (
        "A managed provider has monitored security alerts since 2025-12-01. Security keys are "
        "required for all employee sign-ins. Production databases are encrypted at rest."
    )
    assert answer(question, YES_NO, _with(text)).answer != "Yes"


def test_a_state_lasting_until_an_act_is_not_the_act_done() -> None:
    # A probe's kind (redteam73): "until they are replaced in 2046" read as replaced.
    text = "The 900 legacy kiosks still connect with TLS 1.0 until they are replaced in 2027."
    m = answer("Have the legacy kiosks been replaced?", YES_NO, _with(text))
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    ("text", "no"),
    [
        # A probe's kind (redteam74): the monthly copy kept is not how often backups are taken.
        (
            "Backups are taken every 6 hours and kept for 35 days; a monthly copy is kept a year.",
            False,
        ),
        ("Backups are taken every month and kept for 12 months.", True),
    ],
)
def test_more_often_than_daily_is_no_less_often(text: str, no: bool) -> None:
    m = answer("Are backups taken at least daily?", YES_NO, _with(text))
    assert (m.answer == "No") is no


@pytest.mark.parametrize(
    "text",
    [
        # A second reader's cases (rev24): another practice or an exception beside the "none".
        "No production server is exempted from the weekly patch run. Database servers are not "
        "scanned.",
        "No production server is exempted from the weekly vulnerability scan, except the two "
        "legacy mainframes.",
    ],
)
def test_none_left_out_beside_another_practice_or_an_exception_is_no_no(text: str) -> None:
    question = "Is any production server left out of the weekly vulnerability scan?"
    assert answer(question, YES_NO, _with(text)).answer != "No"


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        (
            "Is MFA mandatory for all clinic users?",
            "The access policy requires MFA for all clinic users once it is approved by the board.",
            "",
        ),
        (
            "Are backups encrypted?",
            "Backups, which were to be encrypted from 2024, are encrypted with AES-256.",
            "Yes",
        ),
        (
            "Is MFA required for all users?",
            "MFA is required for all users. Our SIEM has an exception-handling rule for failed logins.",
            "Yes",
        ),
        (
            "Is MFA mandatory for all clinic users?",
            "The access standard, approved by the board in 2024 after it was tabled for discussion, "
            "makes MFA mandatory for all clinic users.",
            "Yes",
        ),
    ],
)
def test_a_second_readers_cases_of_rules_to_come(question: str, text: str, expected: str) -> None:
    assert answer(question, YES_NO, _with(text)).answer == expected


def test_others_left_out_say_nothing_of_some_people_asked() -> None:
    # A buyer's read of a filled HECVAT: "Other staff have no privacy training" was the No to
    # "... required for all employees who work with AI?", some employees the others may not be.
    question = "Is AI privacy and ethics training required for all employees who work with AI?"
    assert answer(question, YES_NO, _with(_SOME_TRAINED)).answer != "No"


_AGENCY = (
    "Every employee signs our confidentiality agreement before receiving an account. Agency "
    "drivers sign the agency's own confidentiality agreement, not ours."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # inv_skylark's kind: another party's own agreement is not ours.
        ("Do agency drivers sign your company's confidentiality agreement?", ""),
        # Look-alikes: the employees asked sign ours; any agreement asked is signed.
        ("Do employees sign your company's confidentiality agreement?", "Yes"),
        ("Do agency drivers sign a confidentiality agreement?", "Yes"),
    ],
)
def test_another_partys_own_thing_is_not_ours(question: str, expected: str) -> None:
    assert answer(question, YES_NO, _with(_AGENCY)).answer == expected


_CLINICS = (
    "We notify affected clinics of a security incident within 72 hours of confirming it. "
    "Telling pet owners is each clinic's decision."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # inv_rook's kind: an act the text leaves to another party is not the vendor's.
        ("Do you notify affected pet owners directly of a security incident?", ""),
        # Look-alikes: the party the vendor does notify; a capability left to the customer.
        ("Do you notify affected clinics of a security incident?", "Yes"),
    ],
)
def test_an_act_left_to_another_party_is_not_ours(question: str, expected: str) -> None:
    assert answer(question, YES_NO, _with(_CLINICS)).answer == expected


def test_a_capability_the_customer_turns_on_is_still_offered() -> None:
    text = "The portal supports MFA for all users; turning it on is each school's decision."
    assert answer("Does the portal support MFA?", YES_NO, _with(text)).answer == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        # inv_chough's kind and the probe's: the duty given to another party in other words.
        "Patient consent for sharing scans with a lab is for the clinic to obtain.",
        "Obtaining patient consent for sharing scans with a lab rests with the clinic.",
        "Obtaining patient consent for sharing scans with a lab lies with each clinic.",
        "The clinic, not Acme, obtains patient consent before scans are shared with a lab.",
    ],
)
def test_a_duty_given_to_another_party_in_other_words_is_not_ours(text: str) -> None:
    question = "Do you obtain patient consent before scans are shared with a lab?"
    assert answer(question, YES_NO, _with(text)).answer == ""


_CONTRACTOR = (
    "We perform background checks on all employees before their first day. Montajes Biobio "
    "Ltda., our installation contractor, is responsible for checking its own technicians."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The contractor's duty, though the question names the contractor's people.
        ("Do you perform background checks on your installation contractor's technicians?", ""),
        # Look-alike: the vendor's own people, checked by the vendor.
        ("Do you perform background checks on employees before their first day?", "Yes"),
    ],
)
def test_a_party_responsible_for_its_own_people_is_not_us(question: str, expected: str) -> None:
    assert answer(question, YES_NO, _with(_CONTRACTOR)).answer == expected


@pytest.mark.parametrize(
    "text",
    [
        # Our own people hold the duty: still ours.
        "Our privacy team is responsible for obtaining patient consent before scans are shared "
        "with a lab.",
        "We are responsible for obtaining patient consent before scans are shared with a lab.",
    ],
)
def test_a_duty_our_own_people_hold_is_ours(text: str) -> None:
    question = "Do you obtain patient consent before scans are shared with a lab?"
    assert answer(question, YES_NO, _with(text)).answer == "Yes"


_TWO_PRODUCTS = (
    "Multi-factor authentication is enforced for all Clinica 4 users. In Clinica 3 it can be "
    "switched on by the practice and is off by default."
)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # "it" stands for what the sentence before spoke of: MFA optional in another product.
        ("Is MFA required for all users?", False),
        ("Is multi-factor authentication mandatory for every user of every product?", False),
        # Look-alike: the product where it is enforced.
        ("Is MFA required for all Clinica 4 users?", True),
    ],
)
def test_it_optional_in_another_product_leaves_all_users_open(question: str, stated: bool) -> None:
    assert states(question, _TWO_PRODUCTS) is stated


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # redteam76: another party in other names, told apart from us, or keeping its own.
        (
            "Are you responsible for the physical security of buoy sensors?",
            "The physical security of buoy sensors rests with the vessel owner.",
        ),
        (
            "Do you obtain crew members' consent before location data is shared with insurers?",
            "The shipping company, not Gurnard, obtains crew members' consent before location "
            "data is shared with insurers.",
        ),
        (
            "Do you maintain a business continuity plan?",
            "Logs are monitored 24x7 by Vigia SOC under contract with us. Vigia SOC maintains "
            "its own business continuity plan for its staff.",
        ),
    ],
)
def test_another_partys_duty_or_own_thing_in_other_names(question: str, text: str) -> None:
    assert answer(question, YES_NO, _with(text)).answer == ""
