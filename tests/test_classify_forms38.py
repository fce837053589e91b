"""Kinds found by first contact with labelled_buyer44 and labelled_buyer45 (farriers, mushroom
farms, monumental masons, crane hire, aquarium maintenance, bridal salons, trampoline parks,
bookbinders; chocolatiers, uniform tailors, stained glass restorers, window cleaners, airport
falconers, instrument repairers, dog walkers, knife exchanges), each tested on other wordings
and trades than the batches' own, with look-alikes (marked) that guard the kinds' edges. Every
test of a kind fails on the code of main f1af437d (checked in a second worktree of main); the
look-alikes pass with both."""

from __future__ import annotations

import pytest
from helpers import assert_no_report, assert_soc1, assert_soc2

from socproc.classify import classify
from socproc.model import SocNeed

# ----------------------------------------- the business's work counted over a past period


@pytest.mark.parametrize(
    "text",
    [
        "Number of classic cars restored over the last five years.",
        "Number of stolen bikes recovered in the last five years.",
        "Count of church organs restored during the last five years",
        "Number of listed barns protected in the past five years.",
    ],
)
def test_work_counted_over_a_past_period_is_a_fact(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Number of penetration tests performed in the last five years.", "CC4.1"),
        ("Number of backup restores tested in the last year.", "A1.2"),
        ("Number of days within which a leaver's access is removed", "CC6.2"),
    ],
)
def test_lookalike_a_practice_counted_stays_a_control(text: str, criterion: str) -> None:
    assert_soc2(text, criterion)


# ------------------------------------------------ a report period said not to have run yet


@pytest.mark.parametrize(
    "text",
    [
        "Our kennel software vendor has not yet run an observation period. Please send the"
        " auditor's report on the design of its controls at a point in time.",
        "No review period has been completed so far. Send an independent attestation report on"
        " how your controls were designed as of a single date.",
        "Your first examination period has not started. Can you share an auditor's opinion on"
        " the suitability of the design of your controls?",
        "We know you have not been through a review period yet; please share the auditor's"
        " report you have.",
    ],
)
def test_a_period_not_yet_run_is_type_1(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC2_TYPE1,), c.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Please provide your independent audit report covering a review period of at least six"
        " months.",
        "Provide the independent auditor's report; the observation period must not be shorter"
        " than six months.",
        "Send the auditor's report for your latest audit period.",
        "Provide the auditor's report on the operating effectiveness of your controls over the"
        " review period.",
    ],
)
def test_lookalike_a_period_asked_stays_type_2(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC2_TYPE2,), c.rationale


# ------------------------------------------------ a CSA STAR attestation named apart from STAR


@pytest.mark.parametrize(
    "text",
    [
        "Does your CSA STAR entry show a Level 2 attestation from an independent auditor?",
        "Do you hold a Level 2 attestation on the CSA STAR registry?",
        "Is your CSA STAR registry listing backed by a third-party attestation?",
    ],
)
def test_a_csa_star_attestation_is_a_soc_2(text: str) -> None:
    c = classify(text)
    assert c.soc_need == (SocNeed.SOC2_TYPE2,), c.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are you listed on the CSA STAR registry?",
        "Do you hold CSA STAR Level 2 certification?",
        "Have you completed the CSA STAR self-assessment (CAIQ)?",
        "Please provide your CSA STAR self-attestation.",
        "Provide your CSA STAR entry and your PCI attestation of compliance.",
    ],
)
def test_lookalike_star_without_an_attestation_stays_no_report(text: str) -> None:
    assert_no_report(text)


# --------------------------- what the buyer is billed, credited or has collected, checked


@pytest.mark.parametrize(
    "text",
    [
        "Describe how the lawn cuts you bill us for are checked against the visits your crews"
        " recorded.",
        "Describe how the pest treatments billed to us are compared with the service reports our"
        " caretakers sign.",
        "Describe how the school runs charged to us are verified against the route sheets"
        " drivers sign.",
        "Explain how the lessons you bill us for are reconciled to the attendance registers our"
        " coaches keep.",
        "Describe how credit notes for late deliveries are reviewed before they are issued to our"
        " account.",
        "How are credits for spoiled meals checked before they are applied to our monthly bill?",
        "Describe how credits for damaged pallets are verified before they are issued to our"
        " stores.",
        "Describe how the parking fees you collect for our car parks are agreed to the ticket"
        " machine counts.",
        "Are the tuition instalments collected on our behalf reconciled to the enrolment list"
        " each term?",
    ],
)
def test_billing_credits_and_collections_checked_are_soc1(text: str) -> None:
    assert_soc1(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Are the card details you charge us with encrypted at rest?", "CC6.1"),
        ("Are the credit card numbers checked before they are applied to the booking?", "CC6.1"),
        (
            "Is the personal data you collect for our clubs reviewed against the consent records?",
            "P2.1",
        ),
        ("Are invoices you send us encrypted in transit?", "CC6.7"),
    ],
)
def test_lookalike_protection_of_billing_and_collected_data_stays_soc2(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# --------------------------------- the buyer's goods in custody, agreed to its own register


@pytest.mark.parametrize(
    "text",
    [
        "Our show costumes are stored in your warehouse over the winter. Is the stock sheet"
        " agreed to our costume register at each month end?",
        "Council-owned bins are kept at your depot between rounds. Is your count of bins"
        " reconciled with our fixed-asset register every quarter?",
        "Is your list of our trolleys on hand agreed to our fixed-asset register each year?",
    ],
)
def test_the_buyers_goods_agreed_to_its_register_are_soc1(text: str) -> None:
    assert_soc1(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are our laptops stored at your depot counted and agreed to our asset register?",
        "Is your list of servers agreed to our asset register each quarter?",
        "Do you keep an asset register of all laptops and servers?",
    ],
)
def test_lookalike_an_it_asset_inventory_stays_cc2_1(text: str) -> None:
    assert_soc2(text, "CC2.1")


# ------------------- a word of protection said of goods or a product option, no asset named


@pytest.mark.parametrize(
    "text",
    [
        "Are the hair clippers sanitized between clients?",
        "Are meal kits shipped in tamper-proof boxes?",
        "Can guests hide a secret note inside the cake?",
        "Do you fit mesh over the seedlings to guard them from birds?",
    ],
)
def test_protection_words_said_of_goods_are_no_control(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("How are hard drives sanitized before disposal?", "CC6.5"),
        ("Are server racks fitted with tamper-evident seals?", "CC9.2"),
        ("Is tamper-evident packaging used for equipment sent to staff?", "CC9.2"),
        ("Is the secret key stored in an HSM?", "CC6.1"),
        ("Are secrets rotated regularly?", "CC6.8"),
        ("Are security guards on site at the data centre around the clock?", "CC6.4"),
        ("Do you sanitise uploads?", "CC6.5"),
    ],
)
def test_lookalike_protection_of_media_hardware_secrets_and_sites_stays_soc2(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# --------------------------------------------------- a thing on loan is no loan of money


@pytest.mark.parametrize(
    "text",
    [
        "Are the paintings on loan from our gallery kept in a locked store, with every entry"
        " recorded?",
        "Are the instruments on loan to pupils kept in a locked cupboard, with every access"
        " recorded?",
    ],
)
def test_a_thing_on_loan_is_not_a_financial_loan(text: str) -> None:
    c = classify(text)
    assert SocNeed.SOC1 not in c.soc_need, c.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Are loan balances reconciled to the general ledger each month?",
        "Are loan repayments posted to the borrower accounts daily and reviewed?",
        "Is interest on loans recomputed independently?",
    ],
)
def test_lookalike_loans_of_money_stay_soc1(text: str) -> None:
    assert_soc1(text)


# ------------------------- leave one of the buyer's users gives another to act for them


@pytest.mark.parametrize(
    "text",
    [
        "Can parents give a grandparent permission to collect their child from the club?",
        "Can a member grant a friend permission to use their court bookings?",
        "Can tenants give their cleaner permission to open the parcel locker?",
    ],
)
def test_leave_to_act_for_someone_is_a_feature(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Can customers grant your support staff permission to access their account?", "CC6.1"),
        ("Can API keys be limited to read-only permissions?", "CC6.3"),
        (
            "Do your support staff need our permission before they open a patient's record to"
            " fix a problem?",
            "CC6.7",
        ),
    ],
)
def test_lookalike_permission_to_reach_accounts_and_records_stays_access(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)


# ------------- a security word in a sentence of context, before a question that names none


@pytest.mark.parametrize(
    "text",
    [
        "Our drones sometimes fly close to the airport perimeter. Can each drone return home on"
        " its own if the pilot loses sight of it?",
        "Pickers work near the security gate. Do they get a break every two hours?",
        "Our dogs are kept in a secure compound. Are they walked twice a day?",
    ],
)
def test_a_security_word_in_the_context_only_is_no_control(text: str) -> None:
    assert_no_report(text)


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Our shop has a perimeter fence. Is it monitored by CCTV at night?", "CC6.4"),
        ("We keep patient records with you. Who can see them?", "CC6.3"),
        ("Your depot has a perimeter fence. Are visitors signed in and escorted?", "CC6.4"),
        (
            "Our parks host school groups. Are staff who supervise jump sessions"
            " background-checked before they start?",
            "CC1.4",
        ),
    ],
)
def test_lookalike_a_question_with_its_own_control_or_asset_keeps_it(
    text: str, criterion: str
) -> None:
    assert_soc2(text, criterion)
