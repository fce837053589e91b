"""Kinds found by first contact with labelled_buyer47 (cooperage, beekeeping, gilding,
millinery, saddlery, clockwinding, ropemaking, wigmaking), each tested on other wordings and
trades than the batch's own, with look-alikes (marked) that guard the kinds' edges. Every test
of a kind fails on the code of main cec24a86 (checked in a second worktree of main); the
look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed


def assert_soc2_any(text: str) -> None:
    """`text` needs a SOC 2 Type II, whichever criteria it takes."""
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC2_TYPE2,), c.rationale


# --------------------------------- copies of people's papers disposed of: a practice, no request


@pytest.mark.parametrize(
    "text",
    [
        "Are copies of patients' insurance cards shredded once the claim is paid?",
        "Are copies of tenants' passports destroyed after the reference check?",
        "Is a copy of each driver's licence erased from the booking system after 30 days?",
        "Are copies of members' bank cards wiped from your tablets at the end of each day?",
    ],
)
def test_copies_of_peoples_papers_disposed_of_is_a_control(text: str) -> None:
    assert_soc2_any(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are copies of your insurance certificates available?",
        "Are copies of the penetration test results provided to customers?",
    ],
)
def test_lookalike_copies_asked_for_stay_a_request(text: str) -> None:
    assert_no_report(text)


def test_lookalike_a_copy_of_the_report_stays_a_report_ask() -> None:
    assert classify("Is a copy of your SOC 2 report available on request?").soc_need == (
        SocNeed.SOC2_TYPE2,
    )


def test_lookalike_a_sample_reviewed_stays_a_control() -> None:
    assert_soc2("Is a sample of alerts reviewed each week?", "CC7.2")


# ------------------------------------------------ work charged at a rate: a term of the deal


@pytest.mark.parametrize(
    "text",
    [
        "Are extra site visits charged at the agreed hourly rate?",
        "Are restores of deleted files we ask for charged at your hourly rate?",
        "Is out-of-hours access to the building charged at your overtime rate?",
        "Are password resets done by your help desk billed at a per-call rate?",
    ],
)
def test_work_charged_at_a_rate_is_a_term(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are hours billed at the agreed rate checked against the signed timesheets before each"
        " invoice?",
        "Is the hourly rate applied to our invoices changed only with our written approval?",
    ],
)
def test_lookalike_a_rate_checked_or_approved_stays_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_logs_reviewed_at_a_rate_stay_a_control() -> None:
    assert_soc2("Are audit logs reviewed at an hourly rate?", "CC7.2")


# ------------- a charge checked against a record before the invoice or bill, named by its noun


@pytest.mark.parametrize(
    "text",
    [
        "Are the loads billed taken from your weighbridge log and checked against the delivery"
        " tickets our site signs before each invoice?",
        "Are the call-outs charged drawn from your engineers' job sheets and compared with our"
        " helpdesk tickets before every bill?",
        "Is each mileage charge checked against the vehicle tracker records and our booking sheet"
        " before the monthly invoice?",
    ],
)
def test_charge_checked_before_the_invoice_is_soc1(text: str) -> None:
    assert_soc1(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Is card data encrypted before each invoice is emailed?", "CC6.1"),
        ("Is the billing software tested before each release?", "CC7.1"),
        ("Are code changes checked against the ticket before each release?", "CC8.1"),
    ],
)
def test_lookalike_protection_or_change_before_billing_stays_soc2(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# ------------ a figure reported so the buyer can agree it to a line of its books (a pronoun)


@pytest.mark.parametrize(
    "text",
    [
        "Members pay a year ahead for locker rental. Do you send a list of rentals sold, with"
        " start dates, so we can agree it to our deferred revenue each month?",
        "Do you report the gift vouchers sold each week so that we can reconcile them to our"
        " voucher liability?",
        "Can you send each month's season ticket sales so our accountants can tie them back to"
        " our unearned income?",
    ],
)
def test_figure_sent_for_us_to_agree_to_our_books_is_soc1(text: str) -> None:
    assert_soc1(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are user access lists reconciled to our HR leavers list each month?", "CC6.2"),
        ("Do you send the list of admin accounts each quarter so we can review them?", "CC6.3"),
    ],
)
def test_lookalike_access_lists_we_check_stay_soc2(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)


# ------------------- the buyer's money paid into its own account by the service, reconciled


@pytest.mark.parametrize(
    "text",
    [
        "Are the ticket receipts your box office banks into our account matched to the seat"
        " sales each week?",
        "Entry fees are paid at your gate into our club account. Are gate takings balanced"
        " against the wristbands issued each night?",
        "Fares are paid on board into our transit account. Are the fares matched to the ticket"
        " machine counts every day?",
    ],
)
def test_our_money_paid_into_our_account_reconciled_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_lookalike_payments_into_our_account_encrypted_stay_soc2() -> None:
    assert_soc2("Are payments into our account encrypted in transit?", "CC6.7")


# ------------------------ keys to a place, or kept through a key register: physical access


@pytest.mark.parametrize(
    "text",
    [
        "Are keys to the client's premises kept in a locked key safe and issued only against a"
        " signature?",
        "Do your technicians sign keys to our plant rooms in and out of a key log that is checked"
        " each quarter?",
        "Your gardeners hold keys to our school gates. Are the keys checked out through a key"
        " sign-out book every morning?",
        "Do your caretakers return the keys to our halls to a key cupboard after each booking?",
    ],
)
def test_keys_to_our_places_are_physical_access(text: str) -> None:
    assert_soc2(text, "CC6.4")


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are encryption keys rotated annually?", "CC6.1"),
        ("Is the private key for our TLS certificate kept in a key safe?", "CC6.7"),
        ("Are private keys signed out to developers recorded in a register?", "CC6.1"),
        ("Are key risk registers reviewed by the board each quarter?", "CC3.2"),
        ("Are key logs such as firewall and authentication logs retained for a year?", "CC7.2"),
    ],
)
def test_lookalike_keys_of_cryptography_or_key_as_important_stay(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)


# ---------------- a thing's own act after its power is lost, or its alert of a creature: features


@pytest.mark.parametrize(
    "text",
    [
        "Do the electric gates return to their last position on their own after a power outage?",
        "Does the fridge display keep its own settings after a loss of power?",
        "Does the irrigation controller resume its own watering schedule after a power outage?",
        "Do the street lamps switch themselves back on after a mains power cut?",
        "Does the lift return itself to the ground floor after a power failure?",
        "Does the pond sensor send an intrusion alarm when herons land on the netting?",
        "Do the orchard cameras raise an intrusion alert when deer break through into the rows?",
        "Does the smart bird feeder give an intrusion alert when squirrels climb onto it?",
        "Do the beehive sensors send an intrusion warning if wasps swarm the hive?",
    ],
)
def test_own_recovery_or_creature_alert_is_a_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Do your servers restart by themselves after a power failure?", "A1.2"),
        ("Does the service recover on its own after a power outage at the data centre?", "A1.2"),
        ("Is the data centre protected against power failure by a UPS and generator?", "A1.2"),
        ("Do the door locks stay locked on their own after a power failure?", "A1.2"),
        ("Do your IDS sensors raise an intrusion alert when attackers scan the network?", "CC7.2"),
        ("Does the alarm send an intrusion alert when someone forces a door at night?", "CC7.2"),
        ("Does the warehouse alarm raise an intrusion alert when a window is broken?", "CC7.2"),
        ("Does the IDS raise an intrusion alert when a port scan is seen?", "CC7.2"),
        ("Is an intrusion alert raised when malware is found?", "CC7.2"),
        ("Are intrusion alerts sent to the on-call engineer when triggered?", "CC7.2"),
        ("Does your monitoring raise an intrusion alert when a threat is detected?", "CC7.2"),
    ],
)
def test_lookalike_continuity_and_intrusion_of_the_estate_stay_controls(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# ---------------------- a person who may both see and correct their data: access and correction


@pytest.mark.parametrize(
    "text",
    [
        "Can patients view and amend the notes you hold about them?",
        "Can pupils see and correct the marks you keep about them?",
        "Can members get a copy of and correct the details you hold about them?",
    ],
)
def test_see_and_correct_own_data_is_access_and_correction(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC2_TYPE2,), c.rationale
    assert {"P5.1", "P5.2"} <= set(c.criteria), c.rationale


@pytest.mark.parametrize(
    ("text", "criteria"),
    [
        ("Can members correct the details you hold about them?", ("P5.2",)),
        ("Can members ask you to correct the details you hold about them?", ("P5.2",)),
        ("Can tenants ask for the records you hold about them to be deleted?", ("P4.3",)),
        ("Can customers see the data you hold about them?", ("P5.1",)),
    ],
)
def test_lookalike_one_right_keeps_its_one_criterion(text: str, criteria: tuple[str, ...]) -> None:
    assert classify(text).criteria == criteria
