"""Kinds found by first contact with labelled_buyer37 (hearing-aid clinics, laundromats,
climbing gyms, bail bond agencies, chiropractic clinics, septic pumping, craft distilleries, ice
rinks), each tested on other wordings than the batch's own, with look-alikes (marked) that guard
the kinds' edges. Every test of a kind fails on the code of main d3c5648 (checked in a second
worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

# --------------------------------- a balance the books carry, said in the passive or as staying


@pytest.mark.parametrize(
    "text",
    [
        "Is the unspent balance on each parking permit held as a liability and agreed to top-ups"
        " less usage?",
        "Are customer prepayments recorded as a liability until the delivery is made?",
        "Do unused lesson credits remain as unearned revenue until the lesson is taught?",
    ],
)
def test_a_balance_held_as_a_line_of_the_books_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_role_held_as_an_admin_stays_access() -> None:
    assert_soc2("Are accounts held as admin accounts reviewed every quarter?", "CC6.3")


# ------------------------------------------- an amount reported so the buyer can accrue it


@pytest.mark.parametrize(
    "text",
    [
        "Do you send us the hours worked but not yet invoiced at each month end so we can accrue"
        " them?",
        "Is the usage not yet billed listed at the quarter end so that we can recognise it?",
    ],
)
def test_figures_reported_so_the_buyer_can_accrue_them_are_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_class_booked_for_members_stays_a_feature() -> None:
    assert_no_report("Can the front desk book them into a class from the waiting list?")


# ---------------------------------------------------- the day's takings posting to the books


@pytest.mark.parametrize(
    "text",
    [
        "Are the till counts checked against the register totals before the takings post?",
        "Is each float counted and any shortage explained before the day's sales are posted?",
    ],
)
def test_a_check_before_the_takings_post_is_soc1(text: str) -> None:
    assert_soc1(text)


# ----------------------------------------- billed by the unit from a meter, then a check asked


def test_billed_per_unit_from_a_meter_is_the_buyers_billing() -> None:
    assert_soc1(
        "Water is invoiced per litre from the tanker's flow meter. Can an operator alter the"
        " reading before the bill is produced?"
    )


# -------------------------------------------- something one of the vendor's people ever lost


@pytest.mark.parametrize(
    "text",
    [
        "Has any branch ever lost its card takings when the readers went down?",
        "Have any of your technicians ever lost a device holding customer records?",
    ],
)
def test_what_one_of_them_ever_lost_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_lost_device_wiped_stays_a_control() -> None:
    assert_soc2("Is a lost laptop wiped remotely?", "CC6.5")


# ------------------------------------------------------------------- a price of nothing


@pytest.mark.parametrize(
    "text",
    [
        "Is the member app free to install?",
        "Is the customer portal free for our tenants to use?",
        "Are the parent and coach apps free to download?",
    ],
)
def test_free_to_download_use_or_of_charge_is_a_term(text: str) -> None:
    assert_no_report(text)


def test_lookalike_free_of_malware_stays_a_control() -> None:
    assert_soc2("Are uploaded files checked to be free of malware?", "CC6.8")


# --------------------------------------------------------------- a device locking when idle


@pytest.mark.parametrize(
    "text",
    [
        "Do the warehouse handhelds lock after ten minutes idle?",
        "Do the check-in kiosks lock themselves when left unattended for two minutes?",
    ],
)
def test_a_device_locking_when_idle_is_device_lock(text: str) -> None:
    assert_soc2(text, "CC6.1")


def test_lookalike_a_tablet_for_a_form_stays_a_feature() -> None:
    assert_no_report("Can a guest sign the rental agreement on a tablet at the counter?")


# ----------------------------------------- something open only to the people who need it


@pytest.mark.parametrize(
    "text",
    [
        "Are disciplinary notes open only to the managers who need them?",
        "Are the counselling records shown only to the nurses who need them?",
    ],
)
def test_open_only_to_those_who_need_it_is_least_privilege(text: str) -> None:
    assert_soc2(text, "CC6.3")


@pytest.mark.parametrize(
    "text",
    [
        "Is the booking page open only to members?",
        "Is the pharmacy open only on weekdays?",
    ],
)
def test_lookalike_open_only_to_an_audience_or_at_times_is_none(text: str) -> None:
    assert_no_report(text)


# -------------------------- two kinds buyer36 left open: a new version, money before the bank


@pytest.mark.parametrize(
    "text",
    [
        "Is each new version checked in a test environment before release?",
        "Is a new build of the kiosk software verified before it goes live?",
    ],
)
def test_a_new_version_made_sure_of_before_release_is_change_management(text: str) -> None:
    assert_soc2(text, "CC8.1")


def test_lookalike_a_version_history_of_documents_is_none() -> None:
    assert_no_report("Do you keep the version history of each document?")


@pytest.mark.parametrize(
    "text",
    [
        "Are salary payments checked before they go to the bank?",
        "Are wage payments verified before they are sent to employees' accounts?",
    ],
)
def test_money_checked_before_it_goes_to_the_bank_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_backups_checked_before_they_leave_stay_a_control() -> None:
    assert_soc2("Are backups checked before they are sent offsite?", "A1.2")
