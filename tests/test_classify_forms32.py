"""Kinds found by first contact with labelled_buyer38 (IT asset disposition, food co-operatives,
consignment stores, fruit packing houses, chimney sweeps, food trucks, sleep clinics, fishing
charters) and the two kinds buyer37 left open, each tested on other wordings than the batch's own,
with look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of
main 6827cde (checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

# ------------------- money named by its own noun checked before it is paid, sent or booked


@pytest.mark.parametrize(
    "text",
    [
        "Are the drivers' bonuses approved by a manager before they are paid?",
        "Are stipends for volunteers approved before they are paid?",
        "Are the drivers' mileage reimbursements checked before they are booked?",
        "Are the loads on each ticket reconciled to the scale weights before the growers'"
        " advances are released?",
        "Are vendor refunds verified against the original receipt before they are sent to the"
        " bank?",
    ],
)
def test_money_checked_before_it_is_paid_or_booked_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_a_change_to_the_refund_screen_tested_before_release_stays_cc81() -> None:
    assert_soc2("Are code changes to the refund screen tested before they are released?", "CC8.1")


def test_lookalike_a_policy_reviewed_before_it_is_published_stays_a_policy() -> None:
    assert_soc2("Is the refund policy reviewed before it is published?", "CC5.3")


# ------------- a balance carried as customers' deposits, moved to revenue, or agreed unearned


@pytest.mark.parametrize(
    "text",
    [
        "Are gift vouchers held as customer deposits until they are redeemed?",
        "Are membership fees transferred to revenue month by month as the year is used?",
        "Is the deferred subscription balance tied out to the list of active contracts every"
        " quarter?",
    ],
)
def test_a_balance_carried_as_deposits_or_moved_to_revenue_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_tickets_moved_to_the_archive_are_no_books() -> None:
    assert_no_report("Are closed tickets moved to the archive after thirty days?")


# ------------------------------------------- what turned up again, or was hit in a past period


@pytest.mark.parametrize(
    "text",
    [
        "Has a phone you wiped ever shown up later with customer photos still on it?",
        "Were any of your operators' accounts taken over in the past two years?",
        "Was the company's web shop defaced or taken over in the past five years?",
    ],
)
def test_what_turned_up_or_was_hit_in_a_past_period_is_history(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_plan_tested_in_the_past_year_stays_a_control() -> None:
    assert_soc2("Was the disaster recovery plan tested in the last 12 months?", "A1.3")


# ----------------------------------------------------------------- the company's legal form


@pytest.mark.parametrize(
    "text",
    [
        "Is the vendor itself a mutual, or is it privately owned?",
        "Is your business itself employee-owned, or owned by outside investors?",
    ],
)
def test_the_company_s_legal_form_is_a_fact(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_cooperative_s_member_data_encrypted_stays_a_control() -> None:
    assert_soc2("Is the co-operative's member data encrypted at rest?", "CC6.1")


# ----------------------------------------------- a plan for a breach named in a leading clause


def test_a_plan_for_a_breach_in_the_condition_is_incident_response() -> None:
    assert_soc2(
        "If your booking system were hacked, is there a runbook saying who calls whom?", "CC7.4"
    )


def test_lookalike_a_procedure_for_a_buyer_s_request_is_none() -> None:
    assert_no_report("If we ask for an export, is there a written procedure for who sends it?")


# ------------------------------------ the one asking for a copy of their data made sure of


@pytest.mark.parametrize(
    "text",
    [
        "If a former student asks for a copy of their transcript, do you check they are who they"
        " say they are before releasing it?",
        "How do you make sure it is really her when a client asks for an export of her records?",
    ],
)
def test_the_requester_of_their_own_data_made_sure_of_is_p51(text: str) -> None:
    assert_soc2(text, "P5.1")


def test_lookalike_a_copy_of_their_receipts_downloaded_stays_a_feature() -> None:
    assert_no_report("Can customers download a copy of their receipts from the app?")


# ----------------------------------------- an alert to a person when a worn part comes off


@pytest.mark.parametrize(
    "text",
    [
        "Does the cuff alert the clinician when the sensor falls off?",
        "Does the collar alert the owner if the strap comes off?",
    ],
)
def test_an_alert_when_a_worn_part_comes_off_is_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_an_alert_when_a_server_cable_is_unplugged_stays_monitoring() -> None:
    assert_soc2("Does the system alert us if a network cable is unplugged from a server?", "CC7.2")


# -------------------------------------------------- a code an item carries is no program code


@pytest.mark.parametrize(
    "text",
    [
        "Can the sticker carry the grower code and the packing date?",
        "Does each bag label carry the batch code and the farm's number?",
    ],
)
def test_a_code_an_item_carries_is_no_program_code(text: str) -> None:
    assert_no_report(text)


def test_lookalike_code_reviewed_before_it_is_merged_stays_cc81() -> None:
    assert_soc2("Is every code change reviewed by a second developer before it is merged?", "CC8.1")


# ---------------------------------------------- the fields a report of the product lists


@pytest.mark.parametrize(
    "text",
    [
        "Does the weigh ticket list each bin's grower, block and weight?",
        "Does the buyback statement list each tablet's serial number, model and grade?",
    ],
)
def test_the_fields_a_report_lists_are_a_feature(text: str) -> None:
    assert_no_report(text)


def test_lookalike_an_asset_inventory_listing_each_laptop_stays_cc21() -> None:
    assert_soc2(
        "Does the asset inventory list each laptop's owner, location and encryption status?",
        "CC2.1",
    )


# ------------------------- the product offered in a language (the kind buyer37 left open)


@pytest.mark.parametrize(
    "text",
    [
        "Is the booking app available only in Spanish?",
        "Is the member portal available only in German?",
    ],
)
def test_a_product_available_in_a_language_is_no_availability(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_service_available_around_the_clock_stays_a12() -> None:
    assert_soc2("Is the service available 24x7 in every region?", "A1.2")
