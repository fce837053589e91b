"""Shared accounts: admitted in the vendor's own words, answered for the whole service only."""

from __future__ import annotations

import pytest
from common import AS_OF, YES_NO, _with, answer

from socproc.mapping.holdings import context_for
from socproc.mapping.signable import mfa_offered, shared_accounts
from socproc.model import Settings

_ABSENT = 'Verify shared or default accounts are not present (e.g. "root", "admin", or "sa").'

# Admissions in words none of the rules was written from.
_ADMITTED = (
    "Each night shift at the pharmacy counter signs in with one till login that every "
    "pharmacist on the shift uses.",
    "The harbour pilots share a single radio console login.",
    "Every weighbridge terminal has the same local service password.",
    "The archive NAS is administered through a shared 'nasadmin' account.",
    "Couriers at each depot log in with one depot account shared by all drivers.",
    "The label printers accept one maintenance PIN, and it is the same at every warehouse.",
)


@pytest.mark.parametrize("text", _ADMITTED)
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (_ABSENT, "No"),
        ("Do you use any shared accounts?", "Yes"),
        ("Are shared or generic logins used anywhere in your service?", "Yes"),
        ("Is there a shared password on any device or system in your environment?", "Yes"),
        ("Do any of your systems use a shared login?", "Yes"),
    ],
)
def test_a_shared_credential_admitted_answers_whether_shared_accounts_are_used(
    question: str, expected: str, text: str
) -> None:
    m = answer(question, YES_NO, _with((text,)))
    assert (m.answer, m.filled) == (expected, True)
    assert text.rstrip(".") in m.suggested_response


@pytest.mark.parametrize(
    "text",
    [
        # ended, denied, planned, a default changed before use, each one's own
        "Until March 2027 the warehouse staff shared one scanner login; each now has a badge.",
        "Shared accounts are not permitted; every engineer signs in with a named account.",
        "We never share logins between agents.",
        "Every user has an individual account.",
        "Each kiosk ships with the same default password, which must be changed at installation.",
        "The shared dispatch login was retired in 2026.",
        "Staff sign in with a single sign-on account that all applications accept.",
        # another sense of shared, or a rule about credentials
        "Customer files are kept on a shared drive with access granted per user.",
        "Records are shared with the regulator under a data sharing agreement.",
        "The shared responsibility for accounts is set out in the customer agreement.",
        "The same password policy applies on every system.",
        "Every site has the same account lockout settings.",
    ],
)
def test_no_shared_credential_is_admitted_where_none_is_said_now(text: str) -> None:
    ctx = context_for(_with((text,)), AS_OF, Settings(), ())
    for question in (_ABSENT, "Do you use any shared accounts?"):
        assert shared_accounts(ctx, question).answer == ""


@pytest.mark.parametrize(
    "question",
    [
        # asked of a group, a system or a use the admission does not name
        "Are shared accounts used by your support team?",
        "Are shared or generic accounts used to access production systems?",
        "Do your call centre agents share login accounts?",
        # asked otherwise: a policy, a default alone, a product not named where it is said
        "Do you prohibit shared accounts?",
        "Are default passwords changed before deployment?",
        "Have you ever used shared accounts for access to Lumen Desk?",
    ],
)
def test_shared_accounts_asked_of_less_than_the_service_are_left(question: str) -> None:
    ctx = context_for(_with(_ADMITTED[1:2]), AS_OF, Settings(), ())
    assert shared_accounts(ctx, question).answer == ""


def test_a_product_asked_by_name_is_answered_by_an_admission_that_names_it() -> None:
    text = "Lumen Desk dispatchers share one supervisor login on each shift."
    ctx = context_for(_with((text,)), AS_OF, Settings(), ())
    question = "Have you ever used shared accounts for access to Lumen Desk?"
    assert shared_accounts(ctx, question).answer == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        # Second reader rev36: other senses of shared, same or one.
        "A shared services team provisions accounts for new joiners.",
        "The shared responsibility model covers accounts and keys.",
        "All employees sign in with one corporate login.",
        "All tenants use the same login page, branded with their logo.",
        "All customers share the same login URL.",
        "All users have the same login timeout of 15 minutes.",
        "Customer account data is shared between our two data centres for resilience.",
        "Login audit records are shared by the security and IT teams.",
        "Staging and production share one AWS account.",
        "Office guests share one Wi-Fi password.",
        # past, gone or planned
        "The crew shared one login in 2024.",
        "We got rid of the shared warehouse login in 2025.",
        "We phased out the shared kiosk login last year.",
        "A shared kiosk login for the trade-show stand is under consultation.",
        "A shared login for the trade-show kiosks awaits the CISO's sign-off.",
        # a default replaced on site, a break-glass account, systems' own account
        "Every terminal ships with the same factory password; installers set a unique one on site.",
        "All appliances come with the same admin password, which our engineers reset on installation.",
        "All backup servers use the same service account.",
        # the customers' own habit or choice; a rule; a detection
        "Customers' staff often share one login to the portal.",
        "Some customer organisations share one login among their clerks; we advise against it.",
        "Each customer receives one admin account that all of its staff can use.",
        "Sharing a single login is a disciplinary offence.",
        "Staff who share one login are disciplined.",
        "The SIEM alerts when two people share one login.",
    ],
)
def test_what_is_not_a_shared_account_in_use_now_is_not_admitted(text: str) -> None:
    ctx = context_for(_with((text,)), AS_OF, Settings(), ())
    for question in (_ABSENT, "Do you use shared or generic accounts anywhere in the service?"):
        assert shared_accounts(ctx, question).answer == "", text


@pytest.mark.parametrize(
    "question",
    [
        # Second reader rev36: other parties, a part named by an acronym, defaults alone.
        "Do any of your customers use shared accounts?",
        "Do any of your subprocessors use shared accounts?",
        "Do you use shared accounts anywhere in the AWS environment?",
        "Are default accounts used?",
        "Is there a default password on any device?",
        "Verify default accounts are not present (e.g. root, admin, sa)",
    ],
)
def test_shared_accounts_asked_of_others_or_defaults_alone_are_left(question: str) -> None:
    text = "The warehouse crew share one login on the packing terminals."
    ctx = context_for(_with((text,)), AS_OF, Settings(), ())
    assert shared_accounts(ctx, question).answer == ""
    assert shared_accounts(ctx, "Do any of your systems use a shared login?").answer == "Yes"


_MFA = (
    "For customers not using SSO, does your application and/or user frontend/portal support "
    "multifactor authentication (e.g., Duo, Google Authenticator, OTP, etc.)?"
)


@pytest.mark.parametrize(
    "text",
    [
        # A second factor offered to the application's users, in words none was written from.
        "Members can switch on a six-digit TOTP code in their profile; it is off by default.",
        "Shop owners on the Basic plan may add a hardware security key to their account.",
        "Every tenant user must also enter an SMS one-time code at each sign-in; this cannot be "
        "turned off.",
        "Two-step verification is offered to all subscribers of Lumen Reader.",
    ],
)
def test_a_second_factor_offered_to_users_is_mfa_support(text: str) -> None:
    for question in (_MFA, "Does your application support multi-factor authentication?"):
        m = answer(question, YES_NO, _with((text,)))
        assert (m.answer, m.filled) == ("Yes", True), text


@pytest.mark.parametrize(
    "texts",
    [
        # the vendor's own people or systems, only through single sign-on, or to come
        ("Our engineers sign in to production with a YubiKey as a second factor.",),
        ("Employees use an authenticator app for Google Workspace.",),
        ("Customers on the Enterprise plan get MFA through their own SSO identity provider.",),
        ("We plan to offer members an authenticator-app code in 2027.",),
        # offered for one product or group and denied or left out for another
        (
            "Members can switch on a TOTP code in Lumen Reader.",
            "Lumen Kiosk users sign in with a PIN and a password only.",
        ),
        (
            "Members can switch on a TOTP code in Lumen Reader.",
            "Parents have no second factor in the Lumen Family app.",
        ),
        # denied outright
        ("Multi-factor authentication is not available to customers.",),
        # Second reader rev37: the vendor's people in other words, a code that is the only
        # factor or for another use, the customer's directory, to come or going, partial.
        ("Support agents must enter a one-time code before accessing customer accounts.",),
        ("Engineers must use hardware keys to reach customer databases and accounts.",),
        ("Customers can use a one-time code sent by email instead of a password.",),
        ("Password resets require a one-time code sent by text message to the user's phone.",),
        ("MFA for customer users can be required through the customer's own directory service.",),
        ("We are adding TOTP support for customer accounts this quarter.",),
        ("Customer two-factor support was deprecated in 2025.",),
        ("MFA is available for enterprise customers only.",),
        (
            "Users on the Team plan can turn on two-step verification; Free-tier accounts sign in "
            "with email and password alone.",
        ),
    ],
)
def test_mfa_of_staff_behind_sso_planned_or_not_for_all_is_not_support(
    texts: tuple[str, ...],
) -> None:
    ctx = context_for(_with(texts), AS_OF, Settings(), ())
    assert mfa_offered(ctx, _MFA).answer == "", texts


@pytest.mark.parametrize(
    "question",
    [
        # Second reader rev37: more asked than support.
        "Does your application support MFA, and is it enforced by default?",
        "Does your application support two-factor authentication that is enforced for all users?",
        "Does your application support MFA via hardware security keys (FIDO2)?",
        "Can your product support MFA with Duo?",
    ],
)
def test_more_asked_than_mfa_support_is_left(question: str) -> None:
    text = "Multi-factor authentication with an authenticator app is optional for customer users."
    ctx = context_for(_with((text,)), AS_OF, Settings(), ())
    assert mfa_offered(ctx, question).answer == ""
    assert mfa_offered(ctx, _MFA).answer == "Yes"
