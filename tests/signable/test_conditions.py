"""Answers you can sign (spec 6.1): a claim held only on a condition, for some people only, or
denied only beyond what it names, is not the claim asked; an approved denial beside an event the
inventory tells is the reviewer's. Read through `answer` (end to end)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import INVENTORY, YES_NO, answer
from common import with_controls as _with

from socproc.inventory.load import ApprovedAnswer, EvidenceDocument


@pytest.mark.parametrize(
    "text",
    [
        "MFA is mandatory for each user. Integration users remain exempt from this rule.",
        "Every user signs in with MFA. The requirement is waived for the Basic plan.",
        "MFA applies to all users, with exemptions for the two reception tablets.",
        "MFA is enforced for all users; integration accounts are exempt.",
        "MFA is enforced for all users. Exemptions apply to shared kiosk logins.",
        # A second reader's wordings (review of 4117ded..5221bfa), in other words.
        "MFA is enforced for all users, bar two legacy integration users.",
        "MFA is enforced for all users; visiting auditors are excused.",
        "MFA is enforced for all users; a carve-out applies to the two lab tablets.",
    ],
)
def test_an_exemption_in_other_words_is_not_every_user(text: str) -> None:
    m = answer("Is MFA required for all users?", YES_NO, _with(text))
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "MFA is required for all users; read-only auditors need not enrol.",
        "MFA is enforced for all users. Visiting examiners are not obliged to use it.",
        "MFA is enforced for all users; the night desk does not have to use it.",
        "MFA is enforced for all users, although the warehouse team need not use it.",
        "MFA is enforced for all users; interns are never required to enrol.",
        "MFA is enforced for all users, but the press office may skip it.",
        # Freed in a clause of its own, or by a dispensation (a probe's kind, redteam73).
        "Every user account requires MFA at sign-in; the night desk is exempt.",
        "Every user account requires MFA at sign-in; two kiosk accounts hold a dispensation.",
        "Every user account requires MFA at sign-in; accounts made before 2030 are grandfathered.",
        "Every user account requires MFA at sign-in, save where the CISO allows otherwise.",
        "Every user account requires MFA at sign-in, to the extent the device supports it.",
    ],
)
def test_an_exemption_said_with_a_not_is_not_every_user(text: str) -> None:
    m = answer("Is MFA required for all users?", YES_NO, _with(text))
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # Another group than the one asked, or another product named.
        (
            "Is security awareness training mandatory for all employees?",
            "All employees complete security awareness training at hire and every year; "
            "contractors are not required to.",
        ),
        (
            "Is MFA mandatory for all users of Ledgerly Books?",
            "MFA is mandatory for every user of Ledgerly Books. Ledgerly Portal users can turn "
            "it on but are not required to.",
        ),
        # Something else made optional or left undone (a second reader's look-alikes).
        (
            "Is MFA required for all users?",
            "MFA is required for all users; a YubiKey is optional for administrators.",
        ),
        (
            "Is MFA required for all users?",
            "MFA is required for all users; users need not take any action.",
        ),
        # The freedom denied.
        ("Is MFA required for all users?", "MFA is enforced for all users; no one may skip it."),
        (
            "Is MFA required for all users?",
            "Every user account requires MFA at sign-in; no dispensations are granted.",
        ),
        (
            "Is MFA required for all users?",
            "MFA is enforced for all users; nobody is allowed to skip enrolment.",
        ),
    ],
)
def test_a_not_required_of_others_or_denied_leaves_every_user(question: str, text: str) -> None:
    assert answer(question, YES_NO, _with(text)).answer == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "MFA is required for all users, without exemption.",
        "MFA is required for all users; no exemptions are granted.",
        "MFA is required for all users and no one is exempt.",
    ],
)
def test_no_exemption_is_no_exception(text: str) -> None:
    m = answer("Is MFA required for all users?", YES_NO, _with(text))
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "Backups are encrypted with AES-256, pending the security board's approval of the keys.",
        "Backups are encrypted, should the tenant ask for it.",
        "Backups are encrypted where the client's contract requires it.",
        "Backups are encrypted at rest, subject to the customer's written approval.",
        "Backups are encrypted at rest provided that the tenant turns the option on.",
        "Backups are encrypted, contingent on the key-management upgrade.",
        "Backups are encrypted once the storage migration is complete.",
    ],
)
def test_a_claim_on_a_condition_is_not_the_claim(text: str) -> None:
    assert answer("Are backups encrypted?", YES_NO, _with(text)).answer != "Yes"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Do you notify customers of security incidents?",
            "Customers are notified of security incidents within 72 hours, and sooner where "
            "the contract requires it.",
        ),
        (
            "Are all changes peer reviewed?",
            "All changes are subject to peer review before deployment.",
        ),
        (
            "Are backups encrypted?",
            "Backups are encrypted with AES-256; pending deletions run weekly.",
        ),
    ],
)
def test_a_condition_elsewhere_or_a_review_to_pass_is_no_condition(
    question: str, text: str
) -> None:
    assert answer(question, YES_NO, _with(text)).answer == "Yes"


def test_a_denial_beyond_what_it_names_denies_nothing_else() -> None:
    said = "We do not collect any personal data beyond a name and a work e-mail address."
    m = answer("Do you collect personal data from minors?", YES_NO, _with(said))
    assert m.answer != "No"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Is customer data transferred outside the EU?",
            "Customer data is never transferred beyond the EU.",
        ),
        ("Are logs retained for more than 90 days?", "Logs are not retained beyond 90 days."),
    ],
)
def test_beyond_a_place_or_a_time_still_denies(question: str, text: str) -> None:
    assert answer(question, YES_NO, _with(text)).answer == "No"


NEVER = ApprovedAnswer(
    "Has your organisation ever suffered a data breach?", "No. We have never had a data breach."
)


@pytest.mark.parametrize(
    "text",
    [
        "Since the 2024 breach of the ticketing database, all keys are held in an HSM.",
        "In the wake of the breach, the support portal was moved behind SSO.",
        "Patient files were exfiltrated from a misconfigured bucket; the bucket policy is now checked daily.",
        "Following the intrusion in May 2025, we replaced the VPN appliance.",
    ],
)
def test_an_approved_never_beside_an_event_told_is_for_the_reviewer(text: str) -> None:
    m = answer("Have you ever had a data breach?", YES_NO, _with(text), answers=(NEVER,))
    assert m.answer == ""


@pytest.mark.parametrize(
    "text",
    [
        "After a breach, the incident response plan is followed and the DPO is informed.",
        "The incident response plan was last tested in 2025.",
        "No customer data was exposed in any phishing test.",
    ],
)
def test_a_procedure_or_a_test_tells_no_event(text: str) -> None:
    m = answer("Have you ever had a data breach?", YES_NO, _with(text), answers=(NEVER,))
    assert m.answer == "No"


def test_an_event_before_the_window_asked_leaves_the_denial() -> None:
    last_year = ApprovedAnswer("Any data breach in the last 12 months?", "No.")
    text = "Since the 2019 breach of our billing system, all laptops are encrypted."
    m = answer("Any data breach in the last 12 months?", YES_NO, _with(text), answers=(last_year,))
    assert m.answer == "No"


def test_an_outage_told_in_the_window_leaves_an_approved_no_for_the_reviewer() -> None:
    none = ApprovedAnswer("Have you had an outage in the last 12 months?", "No.")
    text = "The outage that lasted six hours in 2025 led us to add a second region."
    m = answer(
        "Have you had an outage in the last 12 months?", YES_NO, _with(text), answers=(none,)
    )
    assert m.answer == ""


# ------------------------------------------------ first contact with the tune sets inv_wagtail
# and inv_serin, by kind (other products, places and wordings than the sets')


def test_a_denial_at_one_named_site_is_not_a_denial_everywhere() -> None:
    text = (
        "Amazon GuardDuty watches every AWS account. We do not run a network intrusion "
        "detection system at the Rotterdam Harbour data centre."
    )
    m = answer(
        "Have you implemented a network-based intrusion detection system?", YES_NO, _with(text)
    )
    assert m.answer != "No"


def test_a_denial_without_a_named_site_still_denies() -> None:
    text = "We do not run a network intrusion detection system."
    m = answer(
        "Have you implemented a network-based intrusion detection system?", YES_NO, _with(text)
    )
    assert m.answer == "No"


def test_a_move_to_come_once_a_migration_to_somewhere_completes_is_not_in_place() -> None:
    text = "The Ledger app will sit behind the CDN once the migration to Fastly completes."
    m = answer("Is the Ledger app behind a CDN?", YES_NO, _with(text))
    assert m.answer != "Yes"


def test_data_kept_in_the_place_asked_only_where_a_contract_requires_it_is_no_crossing() -> None:
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "UK customers' data is stored in the United Kingdom. Irish customers' data is stored "
        "in Ireland, with backups in the Netherlands, where their contract requires it.",
    )
    inventory = replace(INVENTORY, controls=())
    asked = "Is institutional data coming into or going out of Ireland at any point?"
    assert answer(asked, YES_NO, inventory, answers=(where,)).answer != "Yes"


def test_an_exclusion_named_by_its_own_word_beside_a_shared_brand_word() -> None:
    text = "Acme Vault on the Business plan is committed to 99.95% uptime, excluding Acme Scribe."
    m = answer("Does your 99.95% uptime commitment include Acme Scribe?", YES_NO, _with(text))
    assert m.answer != "Yes"


def test_an_act_not_done_to_the_other_people_of_a_group_is_no_for_all() -> None:
    text = "Employees in Chile are checked before they start; other employees are not checked."
    m = answer("Do you background check all employees before their first day?", YES_NO, _with(text))
    assert m.answer == "No"


def test_another_group_left_unchecked_says_nothing_of_all_employees() -> None:
    text = "All employees are background checked before they start; contractors are not checked."
    m = answer("Do you background check all employees before their first day?", YES_NO, _with(text))
    assert m.answer != "No"


# ------------------------------------------------ a second reader's cases (review of 4117ded..5221bfa)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Are logs retained for at least 12 months?",
            "Logs are retained for 12 months, or less where the contract requires it.",
        ),
        (
            "Is access by support staff to customer data logged?",
            "Access by support staff to customer data is logged where the customer's contract "
            "requires it.",
        ),
        (
            "Are backups encrypted?",
            "Backups are encrypted once the migration to the new platform completes.",
        ),
        ("Are backups encrypted?", "Backups are encrypted, pending the rollout of the new HSM."),
        ("Are backups encrypted?", "Backups are encrypted, subject to approval by the customer."),
    ],
)
def test_a_weaker_alternative_or_a_condition_in_other_words_still_holds_back(
    question: str, text: str
) -> None:
    assert answer(question, YES_NO, _with(text)).answer == ""


@pytest.mark.parametrize(
    "text",
    [
        "In March 2025 an attacker accessed customer records through a stolen API key.",
        "Since the 2025 data leak, exports are watermarked.",
        "Our support mailbox was phished in 2025 and customer tickets were read.",
    ],
)
def test_an_event_told_without_its_noun_is_for_the_reviewer(text: str) -> None:
    m = answer("Have you ever had a data breach?", YES_NO, _with(text), answers=(NEVER,))
    assert m.answer == ""


@pytest.mark.parametrize(
    "text",
    [
        "If customer data was exposed, the DPO notifies the regulator within 72 hours.",
        "Credentials that were exposed in code are rotated the same day.",
        "The 2025 incident review found no gaps.",
        "After the 2025 red-team attack, two findings were fixed.",
    ],
)
def test_a_procedure_a_review_or_an_exercise_is_no_event(text: str) -> None:
    never = ApprovedAnswer("Have you ever had a security incident?", "No, never.")
    m = answer("Have you ever had a security incident?", YES_NO, _with(text), answers=(never,))
    assert m.answer == "No"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Do you use removable media?",
            "We do not use removable media anywhere, including at the Leeds Office.",
        ),
        (
            "Do you retain customer data after contract termination?",
            "Customer data is not retained beyond contract termination.",
        ),
    ],
)
def test_a_denial_of_the_whole_that_names_a_site_or_a_time_still_denies(
    question: str, text: str
) -> None:
    assert answer(question, YES_NO, _with(text)).answer == "No"


# ------------------------------------------------ first contact with the tune set inv_redstart,
# by kind (other plans, reports and wordings than the set's)


def test_a_duty_whose_last_exercise_is_older_than_its_period_is_overdue() -> None:
    text = (
        "The disaster recovery plan is owned by the CTO and is to be tested every year in a "
        "failover drill; the last drill was held on 2024-09-12 and the 2025 drill was postponed."
    )
    m = answer("Is your disaster recovery plan tested annually?", YES_NO, _with(text))
    assert m.answer == "No"


def test_a_recent_last_exercise_leaves_the_duty_stated() -> None:
    text = (
        "The disaster recovery plan is owned by the CTO and is tested every year in a "
        "failover drill; the last drill was held on 2026-03-12."
    )
    m = answer("Is your disaster recovery plan tested annually?", YES_NO, _with(text))
    assert m.answer != "No"


def test_a_gap_before_a_bridge_letter_starts_is_not_the_gap_after_it() -> None:
    # The bridge letter of the common inventory runs on from the SOC 2 period's end.
    asked = (
        "Is there any gap between your SOC 2 period's end and the beginning of the bridge letter?"
    )
    assert answer(asked, YES_NO).answer == "No"
    assert answer("Is there a gap between your bridge letter and today?", YES_NO).answer == "Yes"


def test_the_day_an_act_ended_is_not_its_reports_date() -> None:
    report = EvidenceDocument(
        "pt", "Penetration test report (Bastion Labs, March 2026)", ("penetration test",)
    )
    inventory = replace(INVENTORY, documents=(report,), controls=())
    m = answer("On what date did your latest penetration test finish?", (), inventory)
    assert m.answer == ""


# ------------------------------------------------ probe redteam72's kinds (other wordings)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Do you remove card numbers from uploaded receipts?",
            "Card numbers on uploaded receipts are removed by the franchisee before upload.",
        ),
        (
            "Do you patch the kiosks in branch libraries?",
            "Kiosks stand in branch libraries; the council's IT team install, patch and lock them.",
        ),
    ],
)
def test_an_act_done_by_a_named_outside_party_is_not_the_vendors(question: str, text: str) -> None:
    assert answer(question, YES_NO, _with(text)).answer != "Yes"


def test_an_act_our_own_people_do_in_a_list_is_the_vendors() -> None:
    text = "Our engineers install, patch and monitor all servers."
    assert answer("Do you patch servers?", YES_NO, _with(text)).answer == "Yes"


def test_a_practice_on_hire_that_recurs_is_not_on_hire_only() -> None:
    text = "Staff take privacy training when they join and every two years after that."
    choices = ("Annually", "Every two years", "On hire only", "Never")
    m = answer("How often do staff take privacy training?", choices, _with(text))
    assert m.answer == "Every two years"


def test_a_feature_for_groups_of_a_size_is_not_for_every_group() -> None:
    text = (
        "Hotel groups with 20 or more hotels can connect their identity provider through SAML "
        "2.0. Smaller groups sign in with a password."
    )
    m = answer("Is SAML single sign-on available to every hotel group?", YES_NO, _with(text))
    assert m.answer != "Yes"


def test_a_practice_in_every_part_of_the_report_period_is_not_said_by_holding_the_report() -> None:
    asked = "Were access reviews performed in each month of your most recent SOC 2 audit period?"
    assert answer(asked, YES_NO, _with()).answer == ""


def test_a_condition_told_in_a_sentence_that_points_back() -> None:
    # A second reader's case (review of 4117ded..5221bfa), in other words.
    text = "Audit logs are kept for two years. This only applies where the client's contract requires it."
    assert answer("Are audit logs kept for two years?", YES_NO, _with(text)).answer == ""
    plain = "Audit logs are kept for two years. This applies to every product."
    assert answer("Are audit logs kept for two years?", YES_NO, _with(plain)).answer == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "No production server is left out of the weekly patch run.",
        "Production servers are patched weekly; not one server is ever skipped.",
        "Production servers are patched every week and no server has been excluded from it.",
    ],
)
def test_nothing_left_out_is_no_denial(text: str) -> None:
    m = answer("Are production servers patched at least weekly?", YES_NO, _with(text))
    assert m.answer != "No"


def test_a_denial_beside_what_is_left_out_still_denies() -> None:
    text = "Production servers are not patched weekly; the test servers are left out too."
    m = answer("Are production servers patched at least weekly?", YES_NO, _with(text))
    assert m.answer == "No"
