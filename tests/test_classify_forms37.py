"""Kinds found by first contact with labelled_buyer41, labelled_buyer42 and labelled_buyer43
(skydiving, balloon rides, fireworks, karting, pottery, recording studios, cord blood banks,
hatcheries; maple syrup, tree care, pet grooming, surf schools, scaffolding, well drilling, photo
booths, piano tuning; axe throwing, taxidermy, upholstery, tree farms, watch repair, sail lofts,
laser tag, inflatable hire), each tested on other wordings than the batches' own, with
look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of main
4446f33c (checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

# ------------------------------------------------ anything that ever happened, asked with "ever"


@pytest.mark.parametrize(
    "text",
    [
        "Has a rollercoaster ever been stopped because its emergency power overheated?",
        "Has a crane ever been locked out because its controller tripped?",
        "Has a match ever been played after the pitch inspection failed?",
        "Has a class ever gone ahead after a security alert was issued for the area?",
        "Has a kiln firing ever been aborted because the backup power ran out?",
        "Has a generator ever been shut off because its battery overheated?",
    ],
)
def test_anything_that_ever_happened_is_history(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Has your disaster recovery plan ever been tested?", "A1.3"),
        ("Have you ever performed a penetration test of the booking site?", "CC4.1"),
        ("Has your incident response plan ever been exercised with a tabletop?", "CC7.4"),
        ("Have you ever restored a customer's database from backup to check it works?", "A1.2"),
    ],
)
def test_lookalike_a_practice_ever_done_stays_a_control(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)


# ------------------------------------ what users put up, checked or held back before it is shown


@pytest.mark.parametrize(
    "text",
    [
        "Can a moderator reject reviews before they are shown on the listing page?",
        "Are song requests filtered against a profanity list before they appear on the venue"
        " screen?",
    ],
)
def test_what_users_put_up_checked_before_it_is_shown_is_a_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are code changes reviewed before they appear on the public website?", "CC8.1"),
        (
            "Are uploaded files scanned for malware before they appear in the shared folder?",
            "CC6.8",
        ),
        ("Are customers asked for consent before their photos appear on your website?", "P2.1"),
    ],
)
def test_lookalike_changes_malware_and_consent_before_showing_stay_controls(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# ------------------------------------------------ an alert when a reading leaves its range


@pytest.mark.parametrize(
    "text",
    [
        "Does the wine cellar sensor send an alert when humidity goes out of range?",
        "Do the fridges send an email alert if the temperature drifts outside the set range?",
    ],
)
def test_an_alert_when_a_reading_leaves_its_range_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_an_alert_when_server_cpu_leaves_its_range_stays_monitoring() -> None:
    assert_soc2(
        "Does the monitoring system alert on-call staff when server CPU goes outside its normal"
        " range?",
        "CC7.2",
    )


# ------------------------------------ the buyer's goods held for it, agreed to the buyer's records


@pytest.mark.parametrize(
    "text",
    [
        "Are the pallets of seed held for us counted and checked against our stock sheets weekly?",
        "Is the timber stored for us counted and agreed to our stock records at each month end?",
    ],
)
def test_the_buyers_goods_held_for_it_agreed_to_its_records_are_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_laptops_held_for_the_buyer_agreed_to_its_register_stay_an_inventory() -> None:
    assert_soc2(
        "Are the laptops held for us counted and agreed to our asset register each quarter?",
        "CC2.1",
    )


# ------------------------------------- a figure checked before the buyer is billed or credited


@pytest.mark.parametrize(
    "text",
    [
        "Are gate admissions reconciled to the turnstile counts before we are billed?",
        "Are lab tests checked against the requisitions before they are added to the clinic's"
        " monthly invoices?",
        "Are returned kegs counted and matched to the delivery notes before the deposit credit"
        " is raised on our account?",
    ],
)
def test_a_figure_checked_before_the_buyer_is_billed_or_credited_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_card_data_encrypted_before_billing_stays_cc6() -> None:
    assert_soc2("Is our card data encrypted before you bill us?", "CC6.1")


# ------------------------------------------------- billed from the items in the service's system


@pytest.mark.parametrize(
    "text",
    [
        "Are lesson fees charged from the bookings on your platform?",
        "Are mowing visits billed from the jobs in your scheduling app?",
        # (a price named in a sentence of context, and a word of checking beside the records)
        "Hire fees are charged by the day. Are fees billed from the delivery dockets recorded in"
        " your app and reviewed by a manager?",
        "Tuition is charged per lesson. Are fees invoiced from the attendance sheets entered in"
        " your portal and approved by the studio owner?",
    ],
)
def test_billed_from_the_items_in_the_services_system_is_soc1(text: str) -> None:
    assert_soc1(text)


# ---------------------- a permit the business holds, its things inspected under an outside scheme


@pytest.mark.parametrize(
    "text",
    [
        "Do you hold a state wildlife rehabilitation permit?",
        "Does your company hold a current waste carrier permit?",
        "Are your electrical tools checked under the PAT testing scheme?",
        "Are your trampolines inspected and tested under the RPII scheme?",
    ],
)
def test_a_permit_held_or_a_scheme_inspected_under_is_standing(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Do your firewall rules permit only traffic from approved addresses?", "CC6.6"),
        ("Do you hold a permit-to-work for technicians entering the data centre?", "CC6.4"),
    ],
)
def test_lookalike_permit_the_verb_or_a_permit_to_enter_stays_a_control(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# ---------------------------- a sentence of context holding words of asking, then the question


@pytest.mark.parametrize(
    "text",
    [
        "Our guests give you their passport numbers when they check in. Are passport numbers"
        " encrypted at rest in your booking system?",
        "Volunteers give you their home addresses when they enrol. Are those addresses encrypted"
        " at rest in your rota system?",
        "Clients send you their tax numbers when they file a return. Are the tax numbers"
        " encrypted at rest in your practice software?",
    ],
)
def test_a_context_sentence_then_the_question_is_the_questions(text: str) -> None:
    assert_soc2(text, "CC6.1")


def test_lookalike_a_context_sentence_then_a_location_stays_a_fact() -> None:
    assert_no_report(
        "Our drivers give you their licence numbers when they register. In which country is"
        " that data stored?"
    )


# ------------------------------------------- a datum named as what a practice is done to


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        (
            "Are parents' contact details and pupil reports deleted within 90 days after a"
            " school leaves the service?",
            "C1.2",
        ),
        ("Are members' contact details encrypted in your booking database?", "CC6.1"),
    ],
)
def test_a_datum_named_as_what_a_practice_is_done_to_is_the_practice(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


@pytest.mark.parametrize(
    "text",
    [
        "What is the contact email for privacy requests?",
        "Provide a contact name and phone number for your security team.",
    ],
)
def test_lookalike_a_contact_datum_asked_stays_a_fact(text: str) -> None:
    assert_no_report(text)


# ------------------------------------- people signing in with their own accounts, not a shared one


@pytest.mark.parametrize(
    "text",
    [
        "Do pharmacists use their own credentials in the dispensing system rather than a generic"
        " counter account?",
        "Do carers use their own accounts on the visit app instead of a shared branch account?",
    ],
)
def test_own_accounts_rather_than_a_shared_login_is_cc6_1(text: str) -> None:
    assert_soc2(text, "CC6.1")


# ----------------------------- a figure reported for an account of the buyer's books by its kind


@pytest.mark.parametrize(
    "text",
    [
        "Is the value of class passes sold but not yet used reported to us monthly for our"
        " liability account?",
    ],
)
def test_a_figure_reported_for_an_account_of_the_buyers_books_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_failed_logins_reported_for_an_account_review_stay_access() -> None:
    assert_soc2(
        "Are failed login attempts reported to us for our security account review?", "CC6.1"
    )


# ---------------------- a customer's item followed by its own record, or checked for where it goes


@pytest.mark.parametrize(
    "text",
    [
        "Is each boiler's serial number and service history tracked in your job app?",
        "Is each tray scanned at the pass to verify the table it belongs to?",
        "Is each specimen bag scanned to verify the ward it goes to?",
    ],
)
def test_an_items_own_record_or_destination_is_a_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Is each laptop's serial number tracked in the asset register?", "CC2.1"),
        ("Is each visitor's badge scanned to verify the areas they are allowed into?", "CC6.4"),
    ],
)
def test_lookalike_the_estates_items_and_peoples_entry_stay_controls(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# ------------------------------- signing in with something, to do something: the something


@pytest.mark.parametrize(
    "text",
    [
        "Can golfers log in with their club number to check their handicap?",
        "Can members sign in using their card number and view their bookings?",
    ],
)
def test_signing_in_with_something_to_do_something_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_signing_in_with_a_second_factor_stays_access() -> None:
    assert_soc2(
        "Can administrators log in with a password and a one-time code to manage users?", "CC6.1"
    )


# -------------------------------- people's backgrounds checked, whatever money they handle


@pytest.mark.parametrize(
    "text",
    [
        "Is a background check completed for every clerk with access to client billing records?",
        "Is a background check completed for all staff with access to the invoicing system?",
    ],
)
def test_a_background_check_beside_money_is_screening(text: str) -> None:
    assert_soc2(text, "CC1.4")


def test_lookalike_payments_checked_for_completeness_stay_soc1() -> None:
    assert_soc1("Are payroll payments checked for completeness before release?")


# ---------------------------- records of the work kept where the business's customers see them


@pytest.mark.parametrize(
    "text",
    [
        "Are boring logs and soil test results posted in the client portal for each site?",
        "Are survey drawings and site logs uploaded to the client portal after each visit?",
        "Are inspection reports and photos posted in the client portal for each job?",
    ],
)
def test_records_kept_where_customers_see_them_are_a_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are files uploaded to your client portal encrypted in transit and at rest?", "CC6.7"),
        ("Are audit logs of client portal sign-ins kept for a year?", "CC7.2"),
    ],
)
def test_lookalike_protection_and_events_of_a_portal_stay_controls(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# ------------------------------- a thing the buyer's users use, named by its guard, in a feature


@pytest.mark.parametrize(
    "text",
    [
        "Can parents watch the swimming lesson on a password-protected live stream?",
        "Can guests view their wedding photos through a password-protected online gallery?",
    ],
)
def test_a_thing_named_by_its_guard_in_a_feature_is_the_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is the admin console password-protected?",
        "Can users reset their password from the login page?",
    ],
)
def test_lookalike_a_guard_asked_stays_access(text: str) -> None:
    assert_soc2(text, "CC6.1")
