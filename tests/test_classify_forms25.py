"""Kinds found by first contact with labelled_buyer31 (cinema circuits, patent renewal payments,
school photography, equestrian shows, union dues, a florists' order relay, family entertainment
centres, sports officiating), each tested on other wordings than the batch's own, with
look-alikes (marked) that guard the kinds' edges. Every test of a kind fails on the code of
main 3e07f55 (checked in a second worktree of main); the look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

TYPE1 = SocNeed.SOC2_TYPE1
TYPE2 = SocNeed.SOC2_TYPE2


# ------------------------------------------- money the service pays or works out for the buyer


@pytest.mark.parametrize(
    "text",
    [
        "Are the filing fees you pay to the court registry on our behalf billed back at cost,"
        " with each bill checked against the registry's receipt?",
        "Are the vehicle taxes you remit on the client's behalf reconciled to the licensing"
        " agency's confirmations each month?",
    ],
)
def test_money_paid_on_the_buyers_behalf_and_checked_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_a_fee_paid_in_a_payment_run_checked_before_it_is_no_price() -> None:
    assert_soc1(
        "Is each cancellation we send checked before the payment run, so that no subscription"
        " fee is paid for a title we cancelled?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Is the royalty owed to each author worked out from the copies sold and paid with a"
        " statement of sales per title?",
        "Are the amounts payable to each grower worked out from the weights delivered and sent"
        " with a statement of loads by field?",
    ],
)
def test_money_owed_worked_out_with_an_itemised_statement_is_soc1(text: str) -> None:
    assert_soc1(text)


def test_money_paid_only_after_approval_is_soc1() -> None:
    assert_soc1(
        "Are tournament winnings paid to players only after the tournament director approves"
        " the final standings?"
    )


def test_fees_calculated_and_paid_through_the_service_are_soc1() -> None:
    assert_soc1(
        "Are coaches' session fees calculated from the sessions they delivered and paid via your"
        " platform each month?"
    )


def test_money_others_withhold_for_the_buyer_and_matched_is_soc1() -> None:
    assert_soc1(
        "Are the pension contributions each employer withholds matched against our member list"
        " every month?"
    )


def test_a_payees_bank_details_confirmed_by_a_second_person_is_soc1() -> None:
    assert_soc1(
        "Can one clerk change a supplier's bank details alone, or does another employee have to"
        " confirm it before funds are released?"
    )


@pytest.mark.parametrize(
    "text",
    [
        # (look-alikes: the buyer's own fees, a payment feature, a price of a payment run)
        "Are your fees paid monthly or annually in advance?",
        "Can parents pay the trip fee through your app?",
        "Is there a fee for each payment run?",
    ],
)
def test_fees_asked_as_terms_or_features_stay_no_need(text: str) -> None:
    assert_no_report(text)


def test_access_to_bank_details_stays_a_security_control() -> None:
    # (look-alike: a second person named, but access to people's data is asked)
    assert_soc2(
        "Is access to customer bank details limited to a second person in finance?", "CC6.3"
    )


# ---------------------------------------------------------------------------- history


@pytest.mark.parametrize(
    "text",
    [
        "Have you ever had to refund a day's bookings because every reservation was recorded"
        " twice?",
        "Have you ever had to suspend sales because each order was processed twice?",
    ],
)
def test_what_the_company_ever_had_to_undo_is_history(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "Have shoppers' gift card balances ever been wiped by an error in your software?",
        "Have our stored vouchers ever been deleted by a defect in the app?",
    ],
)
def test_something_lost_to_a_fault_of_the_system_is_history(text: str) -> None:
    assert_no_report(text)


def test_a_plan_ever_tested_by_an_outside_firm_stays_a_control() -> None:
    # (look-alike: what was done to it is a practice)
    assert_soc2("Has your disaster recovery plan ever been tested by an outside firm?", "A1.3")


# ------------------------------------------------------------------ facts and location


@pytest.mark.parametrize(
    "text",
    [
        "Which state lotteries already use your security platform?",
        "Which national associations currently use your membership software?",
    ],
)
def test_which_bodies_use_the_product_is_a_list_of_customers(text: str) -> None:
    assert_no_report(text)


def test_which_browsers_are_supported_stays_a_fact() -> None:
    assert_no_report("Which browsers do you support?")  # (look-alike)


@pytest.mark.parametrize(
    "text",
    [
        "Will the tenants' files remain in the EU?",
        "Will the borrowers' records stay in the United States?",
    ],
)
def test_data_staying_in_a_place_is_data_location(text: str) -> None:
    assert_no_report(text)


def test_a_service_staying_available_through_a_loss_stays_availability() -> None:
    # (look-alike: "stay" said of the service kept up, no place)
    assert_soc2("Will the service stay available if one of your data centres fails?", "A1.2")


# ---------------------------------------------------------------- plainly worded controls


@pytest.mark.parametrize(
    "text",
    [
        "Are your support agents taught to verify a caller's identity before changing an account?",
        "Are your agents taught how to spot a phishing link?",
        "Are new employees taught your data handling rules in their first week?",
    ],
)
def test_the_vendors_people_taught_are_trained(text: str) -> None:
    assert_soc2(text, "CC2.2")


def test_the_vendors_staff_teaching_the_buyers_users_is_a_service() -> None:
    assert_no_report("Do your staff teach our users how to build reports?")  # (look-alike)


@pytest.mark.parametrize(
    "text",
    [
        "Can your platform take the peak on Black Friday, and have you tested it?",
        "Is the platform able to take the Christmas peak?",
    ],
)
def test_the_service_taking_a_peak_is_capacity(text: str) -> None:
    assert_soc2(text, "A1.1")


@pytest.mark.parametrize(
    "text",
    [
        "Do you spin up more servers as orders climb on sale day?",
        "Do you bring in extra servers when registrations surge?",
        "Are more servers added automatically when ticket sales jump?",
    ],
)
def test_servers_added_as_use_rises_is_capacity(text: str) -> None:
    assert_soc2(text, "A1.1")


def test_users_added_as_a_team_grows_is_no_capacity() -> None:
    assert_no_report("Can we add more users as our team grows?")  # (look-alike)


@pytest.mark.parametrize(
    "text",
    [
        "If your contact centre were shut by a snowstorm, how would you keep taking our"
        " customers' calls?",
        "If your main office were flooded, how would you keep processing our orders?",
    ],
)
def test_work_kept_going_when_a_vendor_place_is_struck_is_availability(text: str) -> None:
    assert_soc2(text, "A1.2")


def test_an_office_closed_for_a_holiday_is_no_loss() -> None:
    # (look-alike: a closure that is no event)
    assert_no_report(
        "If your office is closed for a public holiday, will support keep answering calls?"
    )


# ------------------------------------------------------------------------- report types


def test_a_type_told_as_under_way_is_not_asked() -> None:
    c = classify("Please send the SOC 2 Type I; we know your Type II audit is in progress.")
    assert c.soc_need == (TYPE1,), c.rationale
    c = classify(
        "Send us your SOC 2 Type 2 report. Our understanding is that a Type 1 is planned for the"
        " new product."
    )
    assert c.soc_need == (TYPE2,), c.rationale


def test_a_type_in_progress_named_in_a_condition_stays_asked() -> None:
    # (look-alike: "if the Type II is in progress" conditions the ask; both stay)
    c = classify("Provide your SOC 2 Type II. If the Type II is in progress, send the Type I now.")
    assert c.soc_need == (TYPE1, TYPE2), c.rationale
