"""Answers you can sign (spec 6.1): the rules of mapping/signable/practices.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import AS_OF, CONTROLS, INVENTORY, SOC2, YES_NO, _with, answer

from socproc.inventory.load import ApprovedAnswer, Control, Inventory, Report
from socproc.mapping.holdings import context_for
from socproc.mapping.signable import password_expiry, password_min_length, states
from socproc.model import Settings


def test_the_vendors_people_who_can_see_customer_data_have_access_to_it() -> None:
    said = (
        ApprovedAnswer(
            "Where is customer data stored?",
            "Customer data is stored in Azure West Europe. Support staff in Lisbon can view "
            "customer records when handling a ticket.",
        ),
    )
    question = (
        "Does your staff (or third party) have access to institutional data (e.g., financial, "
        "PHI, or other sensitive information) through any means?"
    )
    assert answer(question, YES_NO, answers=said).answer == "Yes"
    none = (replace(said[0], answer="Customer data is stored in Azure West Europe."),)
    assert answer(question, YES_NO, answers=none).answer == ""


AI_SAID = ApprovedAnswer(
    "Do you use artificial intelligence?",
    "Harbor Draft suggests clauses with a language model we host ourselves. It is off until "
    "a customer's administrator turns it on. Customer documents are not used to train any model.",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Can your solution's AI features be disabled by tenant and/or user?", "Yes"),
        ("Is user input data used to influence your solution's AI model?", "No"),
        ("Do you use customer data to train AI models?", "No"),
        # Opting out of training is asked of the data, not of a feature's switch.
        ("Can customers opt out of AI model training?", ""),
    ],
)
def test_what_the_approved_answer_on_ai_says_of_switches_and_training(
    question: str, expected: str
) -> None:
    assert answer(question, YES_NO, answers=(AI_SAID,)).answer == expected


def test_training_on_some_customers_data_is_training_on_user_data() -> None:
    said = (
        replace(
            AI_SAID,
            answer="In 2026 we trained the model on documents of customers who joined our "
            "beta; other customers' documents are not used for training.",
        ),
    )
    got = answer(
        "Is user input data used to influence your solution's AI model?", YES_NO, answers=said
    )
    assert got.answer == "Yes"


def test_a_data_centre_the_reports_say_another_organisation_runs_is_not_owned() -> None:
    question = "Does your company own the physical data center where our data will reside?"
    assert answer(question, YES_NO).answer == "No"  # AWS hosts, carved out
    own = Control("DC-1", "Our own data center in Dublin hosts the disaster-recovery copies.")
    inventory = replace(INVENTORY, controls=(*CONTROLS, own))
    assert answer(question, YES_NO, inventory).answer == ""
    nobody = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=()),))
    assert answer(question, YES_NO, nobody).answer == ""


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Nightly snapshots are copied to a second region in the same country.", "No"),
        ("Nightly snapshots are copied to a second region in Ireland.", ""),
        (
            "Nightly snapshots are copied to a second region in the same country. Monthly "
            "backup archives are kept in AWS Glacier in Ireland.",
            "",
        ),
    ],
)
def test_backups_kept_in_the_same_country_do_not_leave_the_data_zone(
    said: str, expected: str
) -> None:
    backups = Control("BAK-9", said)
    inventory = replace(INVENTORY, controls=(*CONTROLS, backups))
    question = (
        "Do backups containing the institution's data ever leave the institution's data zone "
        "either physically or via network routing?"
    )
    assert answer(question, YES_NO, inventory).answer == expected


@pytest.mark.parametrize(
    ("said", "monitor", "respond"),
    [
        ("An MSSP monitors our SIEM alerts 24 hours a day, 7 days a week.", "Yes", "Yes"),
        (
            "Alerts are reviewed during business hours; critical alerts page the on-call "
            "engineer at any hour.",
            "",
            "Yes",
        ),
        ("Alerts are reviewed during business hours; we do not run a 24x7 SOC.", "No", ""),
        ("The status page is monitored 24x7 for availability.", "", ""),
    ],
)
def test_round_the_clock_monitoring_and_response_as_a_control_says(
    said: str, monitor: str, respond: str
) -> None:
    inventory = replace(INVENTORY, controls=(Control("MON-9", said),))
    asked = "Do you monitor for intrusions on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer == monitor
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer == respond
    asked = "Do you operate a security operations center that monitors 24x7?"
    assert answer(asked, YES_NO, inventory).answer == monitor
    # What else is asked must be said: "staffed with Tier 1 and Tier 2 analysts".
    asked = "Is your Security Operations Center staffed 24x7 with Tier 1 and Tier 2 analysts?"
    assert answer(asked, YES_NO, inventory).answer in ("", "No")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Data is stored in Azure Sydney. Our support partner in Manila, the Philippines, can "
            "view account details, but not recordings.",
            "Yes",
        ),
        (
            "Data is stored in Azure Sydney. Support staff in Melbourne can view account details.",
            "",
        ),
        ("Data is stored in Azure Sydney. No one in Manila, the Philippines, can view it.", ""),
    ],
)
def test_people_in_another_country_who_can_see_the_data_access_it_from_abroad(
    said: str, expected: str
) -> None:
    answers = (ApprovedAnswer("Where is customer data stored?", said),)
    question = "Can anyone outside Australia access our institution's data?"
    assert answer(question, YES_NO, answers=answers).answer == expected


def test_second_adversarial_check_of_this_rounds_rules() -> None:
    soc_q = "Do you have a 24x7 security operations center?"
    mssp = Control(
        "MON-1",
        "An MSSP monitors our alerts 24x7; we do not have our own security operations centre.",
    )
    assert answer(soc_q, YES_NO, replace(INVENTORY, controls=(mssp,))).answer == ""
    on_call = Control(
        "MON-2", "Security alerts are monitored around the clock by our on-call engineers."
    )
    assert answer(soc_q, YES_NO, replace(INVENTORY, controls=(on_call,))).answer == ""
    assert answer("Does your SOC 2 address logical access controls?", YES_NO).answer != "Yes"
    kept = (
        ApprovedAnswer(
            "Where is data stored?", "New Zealand customer data is stored in AWS Sydney, Australia."
        ),
    )
    assert (
        answer("Is New Zealand customer data stored in New Zealand?", YES_NO, answers=kept).answer
        == ""
    )
    cover = (
        ApprovedAnswer(
            "Do you carry cyber insurance?",
            "Yes, EUR 2 million; our parent carries a further GBP 10 million group policy.",
        ),
    )
    asked = "Do you carry at least GBP 5 million in cyber insurance?"
    assert answer(asked, YES_NO, answers=cover).answer != "Yes"
    underway = Control(
        "AUD-1", "A SOC 2 Type II examination is underway for 2026-10-01 to 2027-03-31."
    )
    got = answer(
        "What type is your SOC 2 report?",
        ("Type I", "Type II", "None"),
        replace(INVENTORY, controls=(underway,)),
    )
    assert got.answer != "Type II" or SOC2.type == "Type II"
    left = Control("IAM-5", "Customer administrators decide whether single sign-on is required.")
    assert not states("Is single sign-on required?", left.description)
    assert not states(
        "Are passwords hashed using bcrypt?", "Customer passwords are hashed with PBKDF2."
    )
    basic = Report(
        id="ce",
        kind="other",
        title="Cyber Essentials certificate (basic, not Plus)",
        expires=date(2027, 4, 1),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, basic))
    assert (
        answer("Do you have a Cyber Essentials Plus certificate?", YES_NO, inventory).answer == "No"
    )
    assert answer("Do you have a Cyber Essentials certificate?", YES_NO, inventory).answer == "Yes"


def test_a_training_denied_for_one_model_and_told_for_another_is_no_no() -> None:
    ai = (
        ApprovedAnswer(
            "Do you use AI?",
            "The optional meeting summariser is off by default; transcripts sent to it are not "
            "used to train models. Visio, our defect-detection partner, retrains its model on "
            "site photos of customers who opted in.",
        ),
    )
    got = answer(
        "Is customer data used to train AI or machine learning models?", YES_NO, answers=ai
    )
    assert got.answer != "No"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Members pay by invoice; we do not accept payment cards.", "No"),
        (
            "Card payments go through Adyen's hosted page; card numbers never reach our servers.",
            "No",
        ),
        ("We do not store card numbers after authorisation.", ""),  # process and transmit?
        ("We process card payments for clubs; we do not store card numbers.", ""),
    ],
)
def test_card_data_kept_from_the_vendor_answers_the_card_data_question(
    said: str, expected: str
) -> None:
    cards = (ApprovedAnswer("Do you handle payment card data?", said),)
    asked = (
        "Do your systems store, process, or transmit cardholder (payment/credit/debit card) data?"
    )
    assert answer(asked, YES_NO, answers=cards).answer == expected


def test_access_from_abroad_is_judged_for_the_product_asked() -> None:
    where = ApprovedAnswer(
        question="Where is customer data kept and who can see it?",
        answer="All customer data is stored in Helsinki, Finland. Acme Kassa support agents in"
        " Tallinn view Saatto data. Sava Code developers in Belgrade, Serbia, can access Muisto"
        " production data but not Saatto. No other customer data leaves the European Economic"
        " Area.",
    )
    saatto = Control("PRD-1", "Acme Saatto and Acme Muisto are hosted in Helsinki.")
    inventory = replace(INVENTORY, vendor="Acme Oy", controls=(saatto,), answers=(where,))
    saatto_q = "Is Acme Saatto customer data ever accessed from outside the EEA?"
    assert answer(saatto_q, YES_NO, inventory=inventory).answer != "Yes"
    muisto_q = "Is Acme Muisto customer data ever accessed from outside the EEA?"
    assert answer(muisto_q, YES_NO, inventory=inventory).answer == "Yes"


def test_first_contact_kinds_of_a_court_software_vendor() -> None:
    watch = Control(
        "MON-1",
        "We do not operate a 24x7 security operations centre. Security alerts are reviewed"
        " during business hours; availability alerts page the on-call engineer at any hour.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    officer = ApprovedAnswer(
        question="Who is your privacy officer?",
        answer="Our privacy officer is our General Counsel, who also handles our contracts.",
    )
    breach = ApprovedAnswer(
        question="Have you had a breach?",
        answer="In 2025 a defect showed a suppressed name; the court notified the Office of the"
        " Privacy Commissioner.",
    )
    inventory = replace(INVENTORY, answers=(officer, breach), contact=None)
    asked = "Do you have a dedicated data privacy staff or office?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    ai = ApprovedAnswer(
        question="Do you use artificial intelligence?",
        answer="Only Blue Yonder Transcribe, which drafts transcripts with a speech model. File"
        " and Registry use no AI. We are exploring classification for Registry after 2028.",
    )
    products = Control(
        "PRD-2",
        "Blue Yonder File, Blue Yonder Registry and Blue Yonder Transcribe are hosted"
        " in New Zealand.",
    )
    inventory = replace(
        INVENTORY, vendor="Blue Yonder Airlines Limited", controls=(products,), answers=(ai,)
    )
    asked = (
        "Does your solution have AI features, or are there plans to implement AI features in"
        " the next 12 months?"
    )
    assert answer(asked, YES_NO, inventory=inventory).answer == ""


def test_round_the_clock_for_one_deployment_is_not_for_all() -> None:
    watch = Control(
        "MON-11",
        "Our Pune security team monitors alerts for the India deployment 24 hours a day. Alerts"
        " from the US deployment are reviewed only during Indian business hours.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    asked = "Do you monitor for intrusions on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    now = Control(
        "MON-12",
        "Since October 2026 a managed SOC monitors our security alerts 24x7 and phones our on-call"
        " engineer. Before that, alerts were reviewed during business hours only.",
    )
    inventory = replace(INVENTORY, controls=(now,))
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_a_no_compound_is_no_denial_and_an_ai_feature_that_cannot_be_switched_off_counts() -> None:
    approved = (
        ApprovedAnswer(
            "Do you use AI?",
            "Our help widget sends visitor questions to an EU-hosted language model; customers "
            "can switch it off, and chats are not used to train any model. Our no-reply triage "
            "model is a machine-learning model we train ourselves on the support tickets of all "
            "customers; it cannot be switched off.",
        ),
    )
    inv = replace(INVENTORY, answers=approved)
    m = answer("Do you use our support tickets to train machine-learning models?", YES_NO, inv)
    assert m.answer != "No"
    m = answer("Can your solution's AI features be turned off by the customer?", YES_NO, inv)
    assert m.answer != "Yes"


def test_a_kind_of_data_asked_for_training_is_answered_by_what_is_said_of_it() -> None:
    ai = ApprovedAnswer(
        question="Do you use AI?",
        answer="We trained our triage model on ticket metadata from all customers' accounts."
        " Chat transcripts are summarised by a hosted language model; transcripts are not"
        " used to train it.",
    )
    m = answer("Are chat transcripts used to train your AI models?", YES_NO, answers=(ai,))
    assert (m.answer, m.filled) == ("No", True)
    # A kind of data the answer does not name is not answered by training on another one.
    m = answer("Are voice notes used to train your AI?", YES_NO, answers=(ai,))
    assert m.answer != "Yes"
    # Customers' data asked in general is.
    m = answer("Is customer data used to train your AI models?", YES_NO, answers=(ai,))
    assert m.answer == "Yes"


def test_card_numbers_that_never_reach_the_vendor_with_words_between() -> None:
    said = "Card numbers for deposits are typed into Payline hosted fields and never pass through our servers."
    inventory = replace(INVENTORY, controls=(Control("PAY-5", said),))
    question = "Do your systems store, process, or transmit cardholder (payment card) data?"
    assert answer(question, YES_NO, inventory).answer == "No"


@pytest.mark.parametrize(
    "window",
    [
        "Kestrel escalates alerts to our duty engineer from 7am to 7pm; later alerts wait for"
        " the morning.",
        "Alerts are escalated to the on-call engineer between 06:30 and 23:00 CET.",
        "Incidents raised outside business hours are picked up the next morning.",
    ],
)
def test_alerts_watched_at_any_hour_are_not_answered_at_any_hour_when_escalated_in_some(
    window: str,
) -> None:
    watch = Control("MON-1", "Kestrel MDR watches our security alerts around the clock.")
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    alone = replace(INVENTORY, controls=(watch,))
    assert answer(asked, YES_NO, alone).answer == "Yes"
    kept = replace(INVENTORY, controls=(watch, Control("MON-2", window)))
    assert answer(asked, YES_NO, kept).answer == ""
    # Deploying fixes the next working day is no hour of answering alerts.
    fixes = Control("CHG-1", "Emergency fixes are reviewed by the CTO the next working day.")
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(watch, fixes))).answer == "Yes"


def test_card_data_kept_from_named_products_beside_a_product_that_reads_cards_is_not_a_no() -> None:
    told = ApprovedAnswer(
        "Do you handle payment card data?",
        "Online orders are paid through Stripe, so card numbers never reach Atlas or Beacon. "
        "Our Kiosk terminals read cards and send them to our payment server.",
    )
    for asked in (
        "Do you store, process or transmit cardholder data?",
        "Do you process payment card data?",
        "Do card numbers ever reach your servers?",
    ):
        assert answer(asked, YES_NO, answers=(told,)).answer != "No", asked
    saved = replace(
        told,
        answer="Card numbers are never stored by Atlas. The Beacon app saves card numbers on the "
        "phone for repeat payments.",
    )
    assert answer("Do you store card numbers?", YES_NO, answers=(saved,)).answer != "No"
    # Kept from all of the vendor's systems, it is No.
    kept = replace(told, answer="Card numbers never reach our systems; Stripe collects them.")
    assert answer("Do you process payment card data?", YES_NO, answers=(kept,)).answer == "No"


def test_alerts_read_on_working_days_for_some_systems_make_no_round_the_clock_yes() -> None:
    watch = Control(
        "MON-9",
        "Harrier Watch monitors alerts from the booking platform 24 hours a day, every day. "
        "Alerts from the legacy file servers go to a shared inbox read on working days.",
        ("CC7.2",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, watch))
    asked = "Do you monitor for intrusions on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_round_the_clock_watch_of_outages_is_not_security_response_kept_to_hours() -> None:
    watch = Control(
        "OPS-31",
        "Opsgenie alerts page the on-call engineer 24 hours a day for uptime. Security alerts "
        "are triaged by our security analyst on weekdays.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    for asked in (
        "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?",
        "Can your team respond to security incidents 24x7?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    # Security events themselves watched at any hour still answer.
    watch = Control(
        "OPS-32",
        "Security events are monitored 24 hours a day by our security team, which pages the duty "
        "engineer.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_paging_at_any_hour_beside_security_alerts_kept_to_hours_is_no_24x7_response() -> None:
    watch = Control(
        "OPS-33",
        "Grafana alerts reach the on-call engineer at any hour. Security alerts are triaged by "
        "the security team during business hours and held overnight.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_paged_at_any_hour_for_some_regions_only_is_no_24x7_yes() -> None:
    # Blind tune sets inv_whitethroat's and inv_treecreeper's unsupported answers, by kind.
    text = (
        "Security alerts page the on-call engineer at any hour for the Frankfurt and Dublin "
        "regions; Singapore region alerts are reviewed during local business hours."
    )
    inventory = replace(INVENTORY, controls=(Control("SOC-9", text, ("CC7.3",)),))
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_watched_around_the_clock_but_not_on_a_named_network_is_no_yes() -> None:
    text = (
        "Our MSSP watches security alerts 24 hours a day, every day. There is no intrusion "
        "detection on the Billing network."
    )
    inventory = replace(INVENTORY, controls=(Control("SOC-10", text, ("CC7.2",)),))
    asked = "Do you monitor for intrusions on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_tool_denied_or_other_alerts_in_hours_leave_the_24x7_yes() -> None:
    # Look-alikes (labelled Yes in the truth set's inv_coho and inv_pennant).
    watched = (
        "Our MSSP watches security alerts 24 hours a day, every day. We do not run a network "
        "intrusion detection system."
    )
    inventory = replace(INVENTORY, controls=(Control("SOC-11", watched, ("CC7.2",)),))
    asked = "Do you monitor for intrusions on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"
    paged = (
        "Critical security alerts page the on-call engineer at any hour; all other alerts are "
        "reviewed on weekdays."
    )
    inventory = replace(INVENTORY, controls=(Control("SOC-12", paged, ("CC7.3",)),))
    asked = "Do you have the capability to respond to incidents on a 24 x 7 x 365 basis?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


# ------------------------------------------------ a password that is part of the software


_HARD_CODED = "Are there any passwords/passphrases hard-coded into your systems or solutions?"


def _controls(*texts: str) -> Inventory:
    return replace(
        INVENTORY, controls=tuple(Control(f"PW-{i}", t, ("CC6.1",)) for i, t in enumerate(texts))
    )


def test_a_password_stated_as_part_of_the_software_admits_the_hard_coded_question() -> None:
    # An admission the vendor states in a control is a fact (spec 6.1), in several forms.
    for text in (
        "Each parking meter accepts a technician login whose password is baked into the meter "
        "firmware; it is identical on all meters.",
        "Our nightly reconciliation script logs in to the ledger database with a password kept "
        "in the script's settings file inside the Ledger source repository.",
        "The Android field app ships a built-in admin passcode that unlocks its diagnostics menu.",
        "The desktop installer contains an embedded service password for the local sync account.",
        "Older terminals carry a hard-coded maintenance password; newer ones generate their own.",
    ):
        got = answer(_HARD_CODED, YES_NO, _controls(text))
        assert got.answer == "Yes" and got.filled, text
    asked = "Do any of your products contain hard-coded passwords?"
    text = "The kiosk image has a root password compiled into the boot image binary."
    assert answer(asked, YES_NO, _controls(text)).answer == "Yes"


def test_no_hard_coded_yes_from_a_denial_a_past_one_a_vault_or_a_factory_default() -> None:
    for text in (
        "No passwords are hard-coded; all secrets live in HashiCorp Vault.",
        "Service passwords are never written into source code or firmware.",
        "The Payouts API password was kept in a configuration file in the Payouts repository "
        "until March 2026; it now lives in AWS Secrets Manager.",
        "Every gateway ships with the same default administrator password, which installers are "
        "asked to change.",
        "The payment provider's API key is written into the Checkout service's source code.",
        "The integration password is kept in a settings file on each clinic's PC.",
    ):
        assert answer(_HARD_CODED, YES_NO, _controls(text)).answer != "Yes", text


def test_a_hard_coded_password_is_no_yes_to_a_question_asking_the_opposite() -> None:
    text = "Every box has one root password, set in the firmware image."
    asked = "Is it true that none of your products contains hard-coded credentials?"
    assert answer(asked, YES_NO, _controls(text)).answer != "Yes"


def test_a_hard_coded_password_of_another_product_is_no_yes_for_the_one_asked() -> None:
    products = _controls(
        "Northwind Gauge gateways have one maintenance password written into the firmware.",
        "Northwind Ledger and Northwind Gauge users sign in with single sign-on.",
    )
    asked = "Are there any passwords hard-coded into Northwind Ledger?"
    assert answer(asked, YES_NO, products).answer != "Yes"


def test_a_password_named_only_to_be_kept_out_or_gone_is_no_admission() -> None:
    # Second reader's cases (review of 4f8bc42..1b7e1c7): a ban, a scan, "rather than",
    # "instead of", and passwords since removed were read as admissions.
    for text in (
        "Hard-coded passwords are prohibited by our secure coding standard.",
        "Service passwords are stored in AWS Secrets Manager rather than in the source code.",
        "Passwords are kept in a vault instead of the repository.",
        "A secret scanner blocks every commit that contains a hard-coded password.",
        "Penetration testers look for hard-coded passwords in the firmware.",
        "The desktop installer contained a hard-coded service password until version 4.2.",
        "The firmware had a hard-coded password, which version 5 removed.",
        "The hard-coded password in the kiosk app has since been replaced by a Vault lookup.",
    ):
        assert answer(_HARD_CODED, YES_NO, _controls(text)).answer != "Yes", text
    # A later conjunct's denial is not the password's own.
    text = "Each terminal's service password is hard-coded in its firmware and cannot be changed."
    assert answer(_HARD_CODED, YES_NO, _controls(text)).answer == "Yes"


def test_only_whether_there_are_any_is_answered_by_a_built_in_password() -> None:
    text = "The desktop installer contains an embedded service password for the local sync account."
    for asked in (
        "Have all hard-coded passwords been removed from your products?",
        "Do you scan your code for hard-coded credentials?",
        "Are default or hard-coded passwords changed before deployment?",
    ):
        assert answer(asked, YES_NO, _controls(text)).answer != "Yes", asked
    # A product asked is named where the password is told.
    text = "Every gateway has one maintenance password written into the firmware."
    asked = "Are there any passwords hard-coded into Northwind Ledger?"
    assert answer(asked, YES_NO, _controls(text)).answer != "Yes"


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # Passwords kept as hashes of a named key derivation function are salted and hashed,
        # resistant to offline attacks; not where some are kept in plain text, nor where only
        # their length is said.
        (
            "Are user passwords salted and hashed?",
            "Passwords are stored as bcrypt hashes (cost 12) and must be at least 10 characters "
            "long.",
            "Yes",
        ),
        (
            "Are passwords stored in a form resistant to offline attacks?",
            "User passwords are kept only as Argon2id hashes.",
            "Yes",
        ),
        (
            "Are user passwords salted and hashed?",
            "Passwords are stored as bcrypt hashes. Passwords of the legacy kiosk accounts are "
            "kept in plain text in a config file.",
            "",
        ),
        (
            "Are user passwords salted and hashed?",
            "Passwords must be at least 12 characters long.",
            "",
        ),
        # Some passwords kept reversibly or disguised, in other words than "plain text": a
        # second store is not hashed, whatever the first is.
        (
            "Are all account passwords stored salted and hashed?",
            "Portal passwords are hashed with scrypt. The reporting add-on keeps the passwords "
            "of migrated accounts encrypted with 3DES so the nightly export can log in as them.",
            "",
        ),
        (
            "Are passwords stored in a form resistant to offline attacks?",
            "Member passwords are stored using PBKDF2 with 600,000 iterations. The offline "
            "tablet app caches each member's password, scrambled, in local storage.",
            "",
        ),
        (
            "Are user passwords salted and hashed?",
            "We hash passwords with bcrypt. Support staff save customer passwords in the "
            "ticket notes when resetting them.",
            "",
        ),
        # ... but a sentence that denies another form, or keeps other secrets, does not.
        (
            "Are user passwords salted and hashed?",
            "Passwords are stored as Argon2id hashes. They are never kept in any reversible "
            "form. API tokens are stored encrypted with AES-256.",
            "Yes",
        ),
        (
            "Are user passwords salted and hashed?",
            "Passwords are stored using bcrypt. Staff keep shared service credentials in "
            "1Password vaults.",
            "Yes",
        ),
        # Second reader rev29: a hash by another function is a hash; things named by the
        # word and other passwords are not the accounts' passwords; other verbs of keeping.
        (
            "Are user passwords salted and hashed?",
            "Passwords are stored as salted SHA-512 hashes.",
            "Yes",
        ),
        *(
            (
                "Are user passwords salted and hashed?",
                f"Passwords are hashed with bcrypt. {other}",
                "Yes",
            )
            for other in (
                "Password reset tokens are stored hashed and expire after one hour.",
                "The last 12 password hashes are retained to prevent reuse.",
                "Password policy settings are saved per tenant.",
                "Staff store shared service passwords in 1Password vaults.",
                "Customers' Wi-Fi passwords for on-site installs are kept in the install ticket.",
                "Passwords saved in users' browsers are outside our control.",
            )
        ),
        (
            "Are user passwords salted and hashed?",
            "Passwords are hashed with bcrypt. The SFTP connector holds customer passwords in "
            "the database, encrypted with AES-256.",
            "",
        ),
        (
            "Are user passwords salted and hashed?",
            "Passwords are hashed with bcrypt. The tablet app stores each user's password, "
            "obfuscated, in shared preferences.",
            "",
        ),
        # Second reader rev30: unsalted or reversible forms beside a hash; the accounts' own
        # passwords in a vault or with staff ones; other sentences on passwords that keep none.
        *(
            (
                "Are user passwords salted and hashed?",
                f"Passwords are hashed with bcrypt. {other}",
                expected,
            )
            for other, expected in (
                ("The v1 API still stores passwords as unsalted MD5 hashes.", ""),
                ("The SSO bridge stores passwords encrypted with AES-256 next to their hash.", ""),
                (
                    "The team vault stores every customer's portal password, encrypted, for support log-ins.",
                    "",
                ),
                (
                    "Team passwords and user passwords are kept in the Postgres database, encrypted with AES.",
                    "",
                ),
                ("TLS 1.3 encrypts passwords in transit.", "Yes"),
                ("We log every failed password attempt.", "Yes"),
                ("New users are emailed a link to set their password.", "Yes"),
                ("Each user holds a password of at least 14 characters.", "Yes"),
                # the accounts' passwords handled in a readable form (second readers)
                (
                    "The legacy admin tool encrypts each user's password with AES so administrators can view it.",
                    "",
                ),
                ("On sign-up, the user's password is emailed to them in the welcome message.", ""),
                ("The kiosk writes each operator's password to a local file for offline use.", ""),
                ("Users are emailed when their password is changed.", "Yes"),
                ("Each user's password is encrypted in transit with TLS 1.3.", "Yes"),
                # second reader rev31: hashing before writing, transport, password metadata
                ("The client encrypts the user's password with TLS before sending it.", "Yes"),
                ("A reset link is emailed to the user's password-recovery address.", "Yes"),
                ("Administrators can see each user's password age and last change date.", "Yes"),
                ("The audit service writes an event whenever a user's password changes.", "Yes"),
            )
        ),
    ],
)
def test_passwords_kept_as_key_derivation_hashes_are_salted_and_hashed(
    question: str, text: str, expected: str
) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == expected


def _pw(*texts: str) -> object:
    controls = tuple(Control(f"PW-{i}", t) for i, t in enumerate(texts))
    return replace(INVENTORY, controls=controls)


@pytest.mark.parametrize(
    ("question", "texts", "expected"),
    [
        (
            "Do users have to change their passwords at least every 60 days?",
            ("Passwords never expire unless we suspect a compromise.",),
            "No",
        ),
        (
            "Does the platform force password changes every 90 days?",
            ("Customer passwords must be at least 12 characters and are changed every 12 months.",),
            "No",
        ),
        (
            "Are passwords required to be changed periodically?",
            (
                "Members choose a passphrase of 14 characters; they are not required to change it "
                "on a schedule.",
            ),
            "No",
        ),
        (
            "Do passwords expire at least every 90 days?",
            ("All passwords expire every 60 days and the last 5 cannot be reused.",),
            "Yes",
        ),
        # Second reader rev33: weeks and months compared as lengths of time.
        (
            "Do passwords expire at least every 3 months?",
            ("Passwords expire every 13 weeks.",),
            "Yes",
        ),
        (
            "Does your application require user and system administrator password changes at a "
            "frequency no greater than 90 days?",
            ("Passwords must be at least 14 characters long and never expire.",),
            "No",
        ),
    ],
)
def test_password_expiry_is_answered_from_what_is_said_of_it(
    question: str, texts: tuple[str, ...], expected: str
) -> None:
    # HECVAT's "password changes at a frequency no greater than 90 days?": "we do not force
    # periodic password changes", "passwords never expire", "expire every 180 days" are No.
    m = answer(question, YES_NO, _pw(*texts))
    assert (m.answer, m.filled) == (expected, True)


@pytest.mark.parametrize(
    ("question", "texts"),
    [
        # The customer or a plan sets it, one product's, or statements that disagree.
        (
            "Do passwords expire every 90 days?",
            ("Each customer's administrator can set password expiry between 30 and 180 days.",),
        ),
        ("Do passwords expire every 90 days?", ("Ledger passwords expire every 60 days.",)),
        (
            "Do passwords expire every 90 days?",
            ("Passwords expire every 60 days.", "Kiosk passwords never expire."),
        ),
        # Not a scheduled change.
        ("Can users change their own passwords?", ("Passwords never expire.",)),
        ("Are default passwords changed at first login?", ("Passwords never expire.",)),
        ("Are service account passwords rotated every 90 days?", ("Passwords never expire.",)),
        # Second reader rev33: other people's passwords, other credentials, other acts.
        ("Are administrator passwords changed every 90 days?", ("User passwords never expire.",)),
        (
            "Do passwords expire every 30 days?",
            ("API tokens are rotated every 90 days; passwords are hashed with bcrypt.",),
        ),
        (
            "Do passwords expire every 90 days?",
            ("We never ask users to change their password by email or phone.",),
        ),
        (
            "Do passwords expire every 90 days?",
            ("Passwords may not be changed more than once a day.",),
        ),
        (
            "Do passwords expire every 90 days?",
            ("From January 2027 passwords will no longer expire.",),
        ),
        ("Are passwords changed at least annually?", ("Passwords expire every 2 years.",)),
        ("Are users warned 14 days before their password expires?", ("Passwords never expire.",)),
        (
            "In line with NIST 800-63B, do you avoid requiring periodic password changes?",
            ("We do not force periodic password changes.",),
        ),
        (
            "Verify that there are no periodic credential rotation or password history requirements.",
            ("Database passwords are rotated every 90 days.",),
        ),
        (
            "Does your application require user and system administrator password changes at a "
            "frequency no greater than 90 days?",
            ("Customer passwords never expire; administrator passwords expire every 60 days.",),
        ),
    ],
)
def test_password_expiry_set_by_others_or_not_asked_is_left(
    question: str, texts: tuple[str, ...]
) -> None:
    ctx = context_for(_pw(*texts), AS_OF, Settings(), ())
    assert password_expiry(ctx, question).answer == ""


@pytest.mark.parametrize(
    ("question", "texts", "expected"),
    [
        (
            "Verify that user set passwords are at least 12 characters in length. (C6)",
            ("Member passwords must be at least 14 characters and are hashed with Argon2id.",),
            "Yes",
        ),
        (
            "Verify that user set passwords are at least 12 characters in length. (C6)",
            ("Portal passwords need at least 10 characters.",),
            "No",
        ),
        (
            "Is the minimum password length at least 12 characters?",
            ("The minimum password length is 12 characters.",),
            "Yes",
        ),
    ],
)
def test_a_minimum_password_length_is_answered_from_the_minimums_stated(
    question: str, texts: tuple[str, ...], expected: str
) -> None:
    m = answer(question, YES_NO, _pw(*texts))
    assert (m.answer, m.filled) == (expected, True)


@pytest.mark.parametrize(
    "texts",
    [
        # Second reader rev35: some sign in with a shorter secret, others set it, a
        # recommendation, something to come, another thing's or another group's length.
        ("Passwords must be at least 12 characters.", "Drivers sign in with a 6-digit PIN."),
        (
            "Passwords must be at least 12 characters.",
            "Kiosk users sign on with a short numeric code.",
        ),
        ("Customers can require passwords of at least 12 characters.",),
        ("We recommend passwords of at least 12 characters.",),
        ("Passwords are not required to be at least 12 characters.",),
        ("After the Q4 2026 release, passwords must be at least 12 characters.",),
        ("Usernames must be at least 6 characters and passwords at least 12 characters.",),
        (
            "Contractor accounts require 8 characters; staff passwords must be at least 14 characters.",
        ),
        ("Passwords must be at least 12 characters.", "Reading-room accounts need 8 characters."),
        ("API keys are at least 32 characters; passwords are hashed with bcrypt.",),
    ],
)
def test_a_minimum_set_by_others_or_for_some_is_left(texts: tuple[str, ...]) -> None:
    ctx = context_for(_pw(*texts), AS_OF, Settings(), ())
    question = "Verify that user set passwords are at least 12 characters in length."
    assert password_min_length(ctx, question).answer == ""


@pytest.mark.parametrize(
    "question",
    [
        # Second reader rev35: the other direction, other credentials, more asked beside it.
        "Is the minimum password length less than 8 characters?",
        "Verify that passwords of at least 64 characters are permitted.",
        "Are database passwords at least 12 characters?",
        "Are passwords at least 12 characters and rotated every 90 days?",
        "Did passwords have to be at least 8 characters in 2023?",
    ],
)
def test_other_length_questions_are_left(question: str) -> None:
    ctx = context_for(
        _pw("User passwords must be at least 12 characters long."), AS_OF, Settings(), ()
    )
    assert password_min_length(ctx, question).answer == ""


@pytest.mark.parametrize(
    ("question", "texts"),
    [
        # Probe redteam80: expiry for some users, or a first period before it applies.
        (
            "Do passwords expire every 90 days?",
            (
                "Passwords expire every 60 days for accounts that sign in from abroad; other "
                "users change theirs only after a suspected compromise.",
            ),
        ),
        (
            "Do passwords expire every 90 days?",
            ("Passwords expire every 30 days when the customer's administrator turns it on.",),
        ),
        (
            "Do passwords expire at least every 90 days?",
            (
                "Passwords do not expire until 30 days have passed; then the portal asks for a new one.",
            ),
        ),
        (
            "Are employee passwords changed every 90 days?",
            ("Member passwords expire every 60 days.",),
        ),
        # Under a draft standard, awaiting sign-off or out for comment.
        (
            "Do passwords expire every 90 days?",
            ("Passwords expire every 60 days under the access standard now out for comment.",),
        ),
    ],
)
def test_expiry_for_some_users_or_not_yet_in_force_is_left(
    question: str, texts: tuple[str, ...]
) -> None:
    m = answer(question, YES_NO, _pw(*texts))
    assert m.answer == "", texts


@pytest.mark.parametrize(
    ("question", "texts"),
    [
        # Probe redteam80: a product's users' minimum is not the workforce's, and a minimum in
        # a proposed standard awaiting sign-off is not in force.
        (
            "Are staff passwords required to be at least 12 characters?",
            ("Passwords must be at least 12 characters in Harbour Desk.",),
        ),
        (
            "Are workforce passwords at least 10 characters long?",
            ("Customer passwords must be at least 12 characters.",),
        ),
        (
            "Verify that user set passwords are at least 12 characters in length.",
            (
                "Passwords must be at least 14 characters under the revised access standard, "
                "which awaits the board's sign-off.",
            ),
        ),
        (
            "Is the minimum password length at least 8 characters?",
            (
                "Passwords must be at least 12 characters under the standard now under consultation.",
            ),
        ),
        (
            "Are Harbour Pay user passwords required to be at least 12 characters?",
            ("Harbour Desk passwords must be at least 14 characters.",),
        ),
    ],
)
def test_a_minimum_of_other_people_or_not_in_force_is_left(
    question: str, texts: tuple[str, ...]
) -> None:
    m = answer(question, YES_NO, _pw(*texts))
    assert m.answer == "", texts


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # A product's own users' minimum answers the application's question (look-alikes).
        (
            "Verify that user set passwords are at least 12 characters in length.",
            "Harbour Desk passwords must be at least 14 characters.",
            "Yes",
        ),
        (
            "Are Harbour Desk user passwords required to be at least 12 characters?",
            "Harbour Desk passwords must be at least 14 characters.",
            "Yes",
        ),
        (
            "Do passwords expire every 90 days?",
            "Passwords expire every 60 days; they are rejected if they appear in a breach list.",
            "Yes",
        ),
    ],
)
def test_a_products_own_password_rules_still_answer(
    question: str, text: str, expected: str
) -> None:
    m = answer(question, YES_NO, _pw(text))
    assert (m.answer, m.filled) == (expected, True)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # Probe redteam80: a practice suspended and not restarted, a plan pencilled in, a plan
        # under consultation.
        (
            "Do you scan your production systems for vulnerabilities?",
            "Vulnerability scanning of production systems has been paused since March 2026 "
            "while the tooling is replaced; it has not resumed.",
        ),
        (
            "Does Harbour Desk support single sign-on?",
            "For Harbour Desk, SAML single sign-on is pencilled in for the first quarter of 2027.",
        ),
        (
            "Do you have a documented vendor risk management policy?",
            "A vendor risk management policy was drafted in 2026 and is under consultation "
            "with the service owners.",
        ),
    ],
)
def test_a_practice_suspended_or_a_plan_not_in_force_is_no_yes(question: str, text: str) -> None:
    m = answer(question, YES_NO, _with((text,)))
    assert m.answer != "Yes", text


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # Second reader rev36: the mends' look-alikes keep their answers.
        (
            "Are passwords required to be changed at least every 90 days?",
            "Passwords for accounts on the platform expire every 90 days.",
            "Yes",
        ),
        (
            "Are passwords required to be changed at least every 90 days?",
            "Passwords expire every 90 days and are changed when the user next signs in.",
            "Yes",
        ),
        (
            "Is the minimum password length at least 12 characters?",
            "Passwords must be at least 12 characters for user accounts on all systems.",
            "Yes",
        ),
        (
            "Is the minimum password length at least 12 characters?",
            "Passwords must be at least 12 characters long, and are checked when users set them.",
            "Yes",
        ),
        (
            "Are backups encrypted?",
            "Backups are not encrypted until the migration completes in 2027.",
            "No",
        ),
        (
            "Do sessions time out after inactivity?",
            "A user's session is now paused after 15 minutes of inactivity.",
            "Yes",
        ),
        (
            "Is there an incident response plan?",
            "An incident response plan is in force; it was finalised at the staff consultation in 2024.",
            "Yes",
        ),
    ],
)
def test_the_second_readers_look_alikes_keep_their_answers(
    question: str, text: str, expected: str
) -> None:
    m = answer(question, YES_NO, _pw(text))
    assert (m.answer, m.filled) == (expected, True), text
