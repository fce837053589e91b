"""Answers you can sign (spec 6.1): the rules of mapping/signable/negation.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import BRIDGE, CONTROLS, INVENTORY, SOC2, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Control, Report
from socproc.mapping.signable import states
from socproc.mapping.signable.negation import _DENIAL_RX


def test_a_contracted_denial_is_a_denial() -> None:
    for text in (
        "We don't allow personal devices (BYOD).",
        "Personal devices (BYOD) aren’t allowed.",
    ):
        assert not states("Do you allow personal devices (BYOD)?", text), text


def test_a_quantity_is_not_a_denial() -> None:
    reviews = "Owners review access every quarter and remove access that is no longer needed."
    assert states("Are access reviews performed quarterly?", reviews)
    assert not states("Are access reviews performed quarterly?", "Access is not reviewed.")


def test_a_denial_of_undoing_a_practice_affirms_it() -> None:
    mfa = Control(
        "IAM-9", "Employees sign in with MFA; MFA cannot be turned off for employee accounts."
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    assert answer("Do employees use MFA?", YES_NO, inventory=inventory).answer == "Yes"


def test_margie_kinds_a_role_held_besides_another_and_number_words() -> None:
    counsel = ApprovedAnswer(
        "Who is your privacy officer?", "Our General Counsel is also our privacy officer."
    )
    asked = "Do you have a dedicated data privacy staff or office?"
    assert answer(asked, YES_NO, answers=(counsel,)).answer == ""
    team = replace(
        counsel,
        answer="Our security team has 3 people; our General Counsel is also our privacy officer.",
    )
    asked = "Do you have a dedicated information security staff or office?"
    assert (
        answer(asked, YES_NO, answers=(team,), inventory=replace(INVENTORY, contact=None)).answer
        == "Yes"
    )
    dr = Control(
        "DR-2",
        "Our recovery time objective is 4 hours and our recovery point objective is 24 hours.",
    )
    inventory = replace(INVENTORY, controls=(dr,))
    assert (
        answer("Is your recovery point objective one hour or less?", YES_NO, inventory).answer
        == "No"
    )
    assert (
        answer("Is your recovery time objective 4 hours or less?", YES_NO, inventory).answer
        == "Yes"
    )
    prints = Control(
        "HR-3",
        "All employees pass a criminal background check; employees who visit schools also pass "
        "a fingerprint-based check.",
    )
    asked = "Are all employees background checked, including fingerprinting?"
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(prints,))).answer == ""


def test_another_numbered_generation_is_not_the_one_asked() -> None:
    support = Control(
        "FW-2",
        "Generation 1 gateways reached end of security support on 2025-12-31 and receive no "
        "further firmware updates. Generation 2 gateways receive security updates until at "
        "least 2031.",
        (),
    )
    inventory = replace(INVENTORY, controls=(support,))
    asked = "Will Generation 2 gateways receive security updates until at least 2030?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_feature_that_cannot_be_disabled_is_not_one_that_can() -> None:
    said = (
        ApprovedAnswer("Do you use AI?", "The AI assistant is always on and cannot be disabled."),
    )
    got = answer("Can your solution's AI features be disabled by tenant?", YES_NO, answers=said)
    assert got.answer != "Yes"


def test_a_place_question_on_any_country_is_a_place_question() -> None:
    hosting = Control(
        "HST-3",
        "Ugandan and Rwandan customer data is hosted in AWS Africa (Cape Town), with backups in "
        "Nairobi.",
    )
    inventory = replace(INVENTORY, controls=(hosting,))
    asked = "Is Rwandan customer data hosted in Rwanda?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_days_ahead_sharing_others_compliance_conditions_and_other_plans() -> None:
    # AS_OF 2026-06-30; the certificate expires 55 days later.
    iso = Report(
        id="iso",
        kind="ISO 27001",
        issued=date(2023, 8, 24),
        expires=date(2026, 8, 24),
        sharing="public",
    )
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, iso))
    asked = "Will your ISO 27001 certificate still be valid 60 days from now?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    asked = "Will your ISO 27001 certificate still be valid 30 days from now?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    lapsed = replace(iso, expires=date(2026, 5, 31))
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, lapsed))
    asked = "Is your ISO 27001 certificate publicly available?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    asked = "Are you responsible for your customers' ISO 27001 certification?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    pci = Report(id="aoc", kind="PCI DSS", title="PCI DSS Attestation of Compliance")
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, pci))
    asked = "Are you responsible for your merchants' PCI DSS compliance?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    model = Control(
        "AI-9",
        "The fraud model is trained on pooled data from all merchants; Enterprise merchants can "
        "opt out of contributing their data.",
    )
    inventory = replace(INVENTORY, controls=(model,))
    for asked in (
        "Do Enterprise merchants' transactions train the fraud model if they opt out?",
        "Can merchants on other plans opt out of contributing data to the fraud model?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    stored = Control(
        "PCI-4", "Card numbers are tokenised; card verification codes are never stored."
    )
    inventory = replace(INVENTORY, controls=(stored,))
    asked = "Are card numbers tokenised and card verification codes never stored?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"


def test_a_backup_place_is_where_the_backups_are_and_a_third_partys_card_handling_is_its_own() -> (
    None
):
    kept = Control(
        "DAT-9",
        "Player data of titles in the Korea region is stored in Naver Cloud KR-1 (Seoul) with"
        " backups in KR-2 (Chuncheon).",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    assert (
        answer("Is Korea-region data backed up in Seoul?", YES_NO, inventory=inventory).answer
        != "Yes"
    )
    assert (
        answer("Is Korea-region data stored in Seoul?", YES_NO, inventory=inventory).answer == "Yes"
    )
    hosted = Control(
        "PAY-3",
        "Purchases are processed by Apple and Google and a hosted checkout; card numbers never"
        " reach our systems.",
    )
    inventory = replace(INVENTORY, controls=(hosted,))
    asked = "Does the solution use a third party to collect, store, process, or transmit cardholder data?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"


def test_an_auditor_field_itself_a_no_ever_and_a_region_the_table_does_not_know() -> None:
    for asked in ("Auditor of your SOC 2 report", "SOC 2 audit firm", "Who audited your SOC 2?"):
        assert answer(asked).answer == "Kestrel & Lowe CPAs LLP", asked
    payouts = Control(
        "PAY-4", "Carrier payouts are bank transfers made by Bank Odra S.A. on our instruction."
    )
    hosted = Control("PAY-5", "Card numbers never reach our servers; a hosted page takes them.")
    sites = Control(
        "BCK-9",
        "Customer data is stored in Azure Norway East (Oslo); backups are kept in Azure Norway"
        " West (Stavanger).",
    )
    inventory = replace(INVENTORY, controls=(payouts, hosted, sites))
    asked = "Does Northwind itself transfer the payouts to carriers?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Is it true that no card number ever reaches your servers?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"
    asked = "Are backups kept in Azure Norway East?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Are backups kept in Azure Norway West?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_practice_for_only_some_people_does_not_answer_for_all_staff() -> None:
    hipaa = Control(
        "TRN-9",
        "All employees complete security awareness training every year. HIPAA training is given"
        " only to the eight people who support our US customers.",
    )
    inventory = replace(INVENTORY, controls=(hipaa,))
    asked = "Is HIPAA training given every year to all staff?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Do all employees complete security awareness training every year?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_negated_opinion_asks_and_a_nationality_is_not_a_place() -> None:
    for opinion, said in (("qualified", "No"), ("unqualified", "Yes")):
        inventory = replace(INVENTORY, reports=(replace(SOC2, opinion=opinion),))
        for asked in (
            "Is your SOC 2 report's opinion not qualified?",
            "Was your SOC 2 opinion not modified?",
        ):
            assert answer(asked, YES_NO, inventory=inventory).answer == said, (opinion, asked)
    hosted = Control(
        "DAT-61",
        "Kenyan and Tanzanian customer data is hosted in Microsoft Azure South Africa North"
        " (Johannesburg), with backups at Kijani Data Centres in Nairobi.",
    )
    inventory = replace(INVENTORY, controls=(hosted,))
    assert (
        answer("Is Kenyan customer data hosted in Kenya?", YES_NO, inventory=inventory).answer
        != "Yes"
    )


def test_a_word_asked_said_only_where_it_is_denied_is_not_stated() -> None:
    link = Control(
        "IAM-7",
        "Patients sign in to the Sandpiper Tinnitus app with a one-time link sent by email;"
        " patients have no passwords.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(link,))
    m = answer("Do patients need a password to sign in to the Tinnitus app?", YES_NO, inventory)
    assert m.answer != "Yes"


def test_a_bound_in_the_question_is_compared_with_the_facts_own() -> None:
    """ "every payout" against "payouts above KES 5,000"; "more than once a year" against
    "once a year"; "retained for one year" against a text that says no length at all."""
    otp = Control(
        "IAM-8",
        "Farmers sign in with a 4-digit PIN; an SMS one-time code is also required for payouts"
        " above KES 5,000.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(otp,))
    for asked in (
        "Is an SMS one-time code required for every payout?",
        "Is an SMS one-time code required for all payouts regardless of amount?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    above = "Is an SMS one-time code required for payouts above KES 5,000?"
    assert answer(above, YES_NO, inventory).answer == "Yes"
    audits = ApprovedAnswer(
        "Do you allow customers to audit you?",
        "Yes. Customers may audit us once a year with 30 days' notice, at their own cost.",
    )
    more = answer("Can customers audit you more than once a year?", YES_NO, answers=(audits,))
    assert more.answer != "Yes"
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored in Nairobi, Kenya. A weekly backup copy is kept in AWS"
        " af-south-1 in Cape Town.",
    )
    kept = answer("Are backups retained for one year?", YES_NO, answers=(where,))
    assert kept.answer != "Yes"


def test_a_length_of_time_asked_is_compared_with_the_one_stated() -> None:
    offline = Control("OPS-3", "Tills keep taking orders offline for up to 72 hours.", ("A1.2",))
    debug = Control("LOG-4", "Application debug logs are kept for 14 days.", ("CC7.2",))
    inventory = replace(INVENTORY, controls=(offline, debug))
    assert answer("Can tills keep operating offline for a week?", YES_NO, inventory).answer != "Yes"
    assert (
        answer("Do you keep application debug logs for a month?", YES_NO, inventory).answer != "Yes"
    )
    assert (
        answer("Do you keep application debug logs for 14 days?", YES_NO, inventory).answer == "Yes"
    )


def test_a_reporting_line_is_said_of_the_two_roles_asked() -> None:
    line = Control(
        "GOV-2",
        "The Chief Technology Officer also acts as CISO and reports to the Chief Executive"
        " Officer; there is no dedicated security staff. Our Data Protection Officer is an"
        " external lawyer from a Casablanca law firm.",
        ("CC1.3",),
    )
    inventory = replace(INVENTORY, controls=(line,))
    for asked in (
        "Does your DPO report to the board?",
        "Does your CISO report to the DPO?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_the_part_on_what_is_asked_denies_it_though_another_part_says_the_word() -> None:
    mixed = Control(
        "END-3",
        "Staff tablets are managed with Jamf and encrypted; volunteers bring their own"
        " tablets, which we do not manage.",
        ("CC6.8",),
    )
    inventory = replace(INVENTORY, controls=(mixed,))
    for asked in (
        "Are volunteers' tablets managed by you?",
        "Are the tablets of your volunteers managed by your organisation?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


def test_what_is_done_rather_than_what_is_asked_is_no_yes() -> None:
    rooms = Control(
        "IAM-16",
        "Warehouse pickers share one handheld per aisle, signed in with an aisle code instead"
        " of personal logins.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(rooms,))
    for asked in (
        "Do warehouse pickers have personal logins?",
        "Is the aisle code unique to each picker?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # A pronoun that denies ("nobody", "none", "nothing") is a denial like "not".
        (
            "Branch routers send syslog to a collector; nobody reviews the collected events.",
            "Does anyone review the events collected from branch routers?",
        ),
        (
            "Kiosks run a locked-down Windows image; none of them has disk encryption.",
            "Do the kiosks have disk encryption?",
        ),
        (
            "Nothing on the warehouse scanners is backed up.",
            "Are the warehouse scanners backed up?",
        ),
    ],
)
def test_a_denying_pronoun_is_no_yes(said: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("OPS-07", said, ())))
    assert answer(asked, YES_NO, inventory).answer in ("", "No")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Databases are encrypted at rest with keys we manage. Signed contracts are kept in a "
            "storage bucket without server-side encryption.",
            "Are signed contracts encrypted at rest?",
        ),
        (
            "Our databases are encrypted at rest with AES-256. Call recordings are stored on a NAS "
            "without encryption.",
            "Are call recordings encrypted at rest?",
        ),
    ],
)
def test_a_safeguard_said_to_be_missing_with_without_is_a_denial(text: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("ENC-09", text, ("CC6.1",)),))
    assert answer(asked, YES_NO, inventory).answer == "No"
    assert answer("Is data encrypted at rest?", YES_NO, inventory).answer != "Yes"
    # "without" before anything but a safeguard denies nothing
    assert not _DENIAL_RX.search("Releases go live without downtime after customer approval.")


def test_a_denial_with_a_tool_named_beyond_it_or_of_a_manner_only_is_no_no() -> None:
    # Blind tune set inv_shrike's kinds: "We run no network intrusion detection or prevention
    # system beyond Amazon GuardDuty" answered the IDS question No; "Manifest has no automatic
    # updates" answered "still receiving updates?" No.
    tool = Control(
        "NET-7", "We run no network intrusion detection system beyond Microsoft Defender for Cloud."
    )
    inventory = replace(INVENTORY, controls=(tool,))
    asked = "Have you implemented an intrusion detection system (network-based)?"
    assert answer(asked, YES_NO, inventory).answer != "No"
    manner = Control("APP-7", "The Tallybook desktop client has no automatic updates.")
    inventory = replace(INVENTORY, controls=(manner,))
    asked = "Does the Tallybook desktop client still receive updates?"
    assert answer(asked, YES_NO, inventory).answer != "No"
    # Look-alike: the bare denial still rules it out.
    bare = Control("NET-8", "There is no network-based intrusion detection system.")
    inventory = replace(INVENTORY, controls=(bare,))
    asked = "Have you implemented an intrusion detection system (network-based)?"
    assert answer(asked, YES_NO, inventory).answer == "No"


def test_beyond_a_place_is_still_a_denial() -> None:
    # Review of 1b7e1c7..4f7496d: the "beyond <Tool Name>" exception matched "beyond the EU".
    kept = Control("DAT-9", "Customer data is never transferred beyond the EU.")
    inventory = replace(INVENTORY, controls=(kept,))
    asked = "Is customer data transferred outside the EU?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"
