"""Answers you can sign (spec 6.1): the rules of mapping/signable/scope.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import BRIDGE, CONTROLS, INVENTORY, SOC2, YES_NO, _with, answer

from socproc.inventory.load import (
    ApprovedAnswer,
    Control,
    EvidenceDocument,
    Inventory,
    Report,
    SubserviceOrg,
)
from socproc.mapping.days import dated_start
from socproc.mapping.signable import states
from socproc.model import Status


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Do you have MFA?", "We plan to roll out MFA to all staff by Q3 2027."),
        ("Is a SIEM in place?", "A SIEM deployment is in progress."),
        ("Is data encrypted at rest?", "Customers can optionally turn on encryption at rest."),
        ("Are logs retained for at least 90 days?", "Security logs are retained for 30 days."),
        (
            "Are critical patches applied within 7 days?",
            "Critical patches are applied within 30 days.",
        ),
    ],
)
def test_a_plan_an_option_or_another_quantity_does_not_state_the_practice(
    question: str, text: str
) -> None:
    assert not states(question, text)


def test_an_option_states_what_can_be_done() -> None:
    text = "Customers can optionally turn on encryption at rest."
    assert states("Can customers turn on encryption at rest?", text)
    assert states("Are logs retained for at least 90 days?", "Logs are retained for 90 days.")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Does the application enforce MFA for all users?",
            "The application supports SSO; customers may enforce MFA through their own IdP.",
        ),
        (
            "Are all production changes approved by a second engineer?",
            "Production changes need a second engineer's approval, except for emergency fixes.",
        ),
        (
            "Is customer data deleted upon contract termination?",
            "Customer data is deleted after contract termination upon written request.",
        ),
    ],
)
def test_what_customers_may_do_or_an_exception_is_not_what_is_always_done(
    question: str, text: str
) -> None:
    assert not states(question, text)


def test_a_restriction_is_not_an_option() -> None:
    text = "Production access may only be granted through an approved ticket."
    assert states("Is production access granted through an approved ticket?", text)
    assert states("Can customers enforce MFA?", "Customers may enforce MFA through their IdP.")


def test_who_does_the_work_scopes_it() -> None:
    soc = "Security events are centralised in a SIEM and monitored 24x7 by the security team."
    assert not states("Is the SIEM monitored 24x7 by an in-house team?", soc)
    assert states("Is the SIEM monitored 24x7?", soc)


def test_a_question_whose_subject_is_the_hosting_provider_is_not_answered_by_our_report() -> None:
    m = answer("Does Amazon hold a current SOC 2 Type II report?", YES_NO)
    assert (m.answer, m.filled, m.status) == ("", False, Status.REVIEW)
    assert "Amazon Web Services" in m.suggested_response
    # Our own report named as the subject is still ours.
    assert answer("Does your organization hold a SOC 2 Type II report?", YES_NO).answer == "Yes"


def test_a_named_provider_within_our_own_report_is_answered_from_its_method() -> None:
    m = answer("Does Amazon's physical security fall within the scope of your SOC 2?", YES_NO)
    assert m.answer == "No" and "carved out" in m.suggested_response


def test_seventh_probe_kinds_on_quantities_and_groups() -> None:
    controls = (
        Control("RET-1", "Customer telemetry is retained for 13 months."),
        Control(
            "LOG-1",
            "Security logs are kept searchable for 6 months and then archived for a further 2 years.",
        ),
        Control(
            "PW-1",
            "Administrator accounts use passphrases of at least 16 characters. Operator accounts accept passwords of 8 characters.",
        ),
        Control(
            "USB-1",
            "Office staff use thin clients with USB storage disabled. Field staff use laptops on which USB storage is allowed.",
        ),
        Control(
            "BAK-1",
            "Until 2024 backups were written to tape and stored offsite by Iron Mountain; backups are now replicated to our second site.",
        ),
    )
    inventory = replace(INVENTORY, controls=controls)
    assert answer("Are security logs kept for at least 2 years?", YES_NO, inventory).answer == ""
    assert (
        answer("Do administrator passwords have at least 12 characters?", YES_NO, inventory).answer
        == "Yes"
    )
    assert answer("Do field staff laptops block USB storage?", YES_NO, inventory).answer == ""
    assert (
        answer("Do you currently use Iron Mountain for offsite backup?", YES_NO, inventory).answer
        == ""
    )
    logs_only = replace(INVENTORY, controls=controls[1:2])
    assert (
        answer("Do you retain customer data no longer than 7 years?", YES_NO, logs_only).answer
        == ""
    )


def test_proseware_kinds_past_plans_and_outsourced_offices() -> None:
    assert not states(
        "Are you using a web application firewall (WAF)?",
        "We stopped using a web application firewall in March 2025.",
    )
    assert not states(
        "Do you have a documented Business Continuity Plan (BCP)?",
        "We are writing a business continuity plan; it is due for approval in June 2027.",
    )
    dpo = ApprovedAnswer(
        "Who is your DPO?", "The Data Protection Officer is an external firm, Privacyhuis B.V."
    )
    asked = "Do you have a dedicated data privacy staff or office?"
    assert (
        answer(asked, YES_NO, answers=(dpo,), inventory=replace(INVENTORY, contact=None)).answer
        == ""
    )


def test_mfa_a_customer_administrator_turns_on_is_not_required() -> None:
    mfa = Control(
        "APP-01",
        "Multi-factor authentication for users is available on all plans but is turned on by "
        "each customer's administrator.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    asked = "Do you require multifactor authentication for all administrative accounts?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_every_plan_is_not_stated_by_one_named_plan() -> None:
    esign = Control(
        "GXP-01", "The GxP Enterprise plan of Acme Bench provides electronic signatures.", ()
    )
    inventory = replace(INVENTORY, controls=(esign,))
    every = "Are electronic signatures available on every Acme Bench plan?"
    assert answer(every, YES_NO, inventory).answer != "Yes"


def test_a_practice_switched_off_is_past() -> None:
    sast = Control(
        "CHG-1",
        "Changes are peer reviewed; in 2023 we also ran static code analysis on every merge "
        "request, but this was switched off during the move to the new pipeline.",
        (),
    )
    m = answer("Do you run static code analysis?", YES_NO, replace(INVENTORY, controls=(sast,)))
    assert m.answer == "No"


def test_another_partys_duty_or_act_is_not_the_vendors() -> None:
    consent = "Clinics are responsible for obtaining patients' consent to SMS reminders."
    assert not states("Do you obtain patient consent for SMS reminders?", consent)
    screened = "Support agents of Calloway are screened by Calloway under its own policy."
    assert not states("Do you screen the Calloway support agents yourselves?", screened)


def test_a_plan_or_a_move_still_under_way_is_not_in_place_for_the_group_named() -> None:
    mfa = (
        "Staff sign in with multi-factor authentication. MFA is enforced for the Singapore "
        "office; the Kuala Lumpur office is being moved to MFA by March 2027."
    )
    assert not states("Do Kuala Lumpur staff use multi-factor authentication?", mfa)
    otp = (
        "Administrators on the Enterprise plan can turn on SMS one-time passwords; on the "
        "Essentials plan sign-in is with username and password only."
    )
    assert not states("Do Essentials-plan clients get SMS one-time passwords?", otp)


@pytest.mark.parametrize(
    "question",
    [
        "Do you reconcile the invoices that we approve?",
        "Does Northwind Analytics reconcile approved invoices each month?",
        "Are you responsible for reconciling approved invoices?",
        "Do you maintain the approval chains on our behalf?",
    ],
)
def test_an_act_the_text_gives_another_party_is_not_the_vendors(question: str) -> None:
    text = (
        "Clients set up their own approval chains and are responsible for reconciling "
        "approved invoices against their ledger."
    )
    assert not states(question, text)
    # What the vendor requires of them is still the vendor's rule.
    assert states("Do you require MFA for all users?", "All users must use MFA at every sign-in.")


def test_what_is_asked_of_a_thing_must_be_said_of_it() -> None:
    text = "Suppliers upload timesheets over SFTP with SSH keys."
    assert not states("Do you verify the completeness of uploaded timesheets?", text)


@pytest.mark.parametrize(
    "question",
    [
        "Do all suppliers upload timesheets with SSH keys?",
        "Do suppliers upload timesheets only with SSH keys?",
    ],
)
def test_every_or_only_is_not_stated_beside_a_case_where_it_is_not(question: str) -> None:
    text = (
        "Suppliers upload timesheets over SFTP with SSH keys; suppliers on the legacy connector "
        "may still upload timesheets with a password."
    )
    assert not states(question, text)


def test_every_quarter_is_how_often_not_every_product() -> None:
    text = (
        "Access to the Harbor portal is reviewed every quarter; access to the Harbor archive "
        "is reviewed once a year."
    )
    assert not states("Is access to every product reviewed quarterly?", text)


@pytest.mark.parametrize(
    ("kept", "expected"),
    [
        ("Customer data is stored in Azure Canada Central in Toronto, Canada.", "Yes"),
        (
            "Customer data is stored in Azure Canada Central in Toronto, Canada. Backups are "
            "replicated to Azure East US in Virginia.",
            "No",
        ),
    ],
)
def test_stored_only_in_a_country_needs_every_place_of_the_data(kept: str, expected: str) -> None:
    said = (ApprovedAnswer("Where is customer data stored?", kept),)
    question = "Is all of our data stored exclusively in Canada?"
    assert answer(question, YES_NO, answers=said).answer == expected


def test_a_hyphenated_compound_is_not_met_by_one_of_its_words() -> None:
    assert not states(
        "Can we upload export-controlled designs to the portal?",
        "Portal administrators can export designs and audit logs at any time.",
    )
    q = "Have you implemented an intrusion detection system (network-based)?"
    assert not states(q, "Network logs go to our SIEM; host intrusion detection runs on servers.")
    assert states(q, "A network intrusion detection system watches traffic between subnets.")


def test_a_role_asked_is_answered_from_its_own_clause() -> None:
    text = (
        "Supervisor accounts must use multi-factor authentication; nurse accounts can turn on "
        "multi-factor authentication but it is optional. Porters sign in to the ward tablets "
        "with a badge and a 4-digit PIN."
    )
    assert not states("Do nurses have to use MFA?", text)
    assert states("Do supervisors have to use MFA?", text)
    # Other people only: "customers ... sign in with a password" says nothing of porters.
    other = "Customers on the Basic plan sign in with email and password."
    assert not states("Do porters sign in with a password?", other)


@pytest.mark.parametrize(
    "question",
    [
        "Did engineers receive annual threat-modelling training in 2023?",
        "Have your engineers been trained in threat modelling?",
        "Was annual threat-modelling training provided before 2025?",
    ],
)
def test_a_practice_stopped_since_does_not_deny_a_question_on_its_time(question: str) -> None:
    stopped = Control(
        "TRN-02",
        "Until 2025 engineers received annual threat-modelling training; it is now offered on request.",
        ("CC1.4",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, stopped))
    assert answer(question, YES_NO, inventory).answer != "No"
    today = "Do engineers receive annual threat-modelling training?"
    assert answer(today, YES_NO, inventory).answer == "No"


def test_a_description_of_the_service_is_not_what_customers_must_do() -> None:
    duty = Control(
        "CUS-03",
        "Customers configure their own alert rules and are responsible for reviewing "
        "anomaly flags before closing a case.",
        ("CC2.3",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, duty))
    assert "Customers configure" not in answer("Describe your anomaly flags.", (), inventory).answer
    asked = answer("Describe the customer's responsibilities for anomaly flags.", (), inventory)
    assert asked.answer.startswith("Customers configure")


def test_a_device_named_without_the_is_answered_from_its_own_sentence() -> None:
    text = (
        "Cloud hosts are scanned weekly; critical findings are patched within 14 days. "
        "Meter firmware is scanned once a year before the annual release."
    )
    assert not states("Are critical vulnerabilities in meter firmware fixed within 14 days?", text)
    assert states("Are critical vulnerabilities on cloud hosts patched within 14 days?", text)


def test_every_variant_asked_needs_every_variants_sentence() -> None:
    text = (
        "Remote support of Model 3 meters uses a session the customer approves each time. "
        "Model 2 meters keep a permanent support connection to our network."
    )
    assert not states(
        "Do all meters require customer approval for each remote support session?", text
    )
    assert states(
        "Do Model 3 meters require customer approval for each remote support session?", text
    )


def test_a_time_set_by_another_partys_word_is_not_prompt() -> None:
    text = "Accounts of agency nurses are removed when the agency tells us."
    assert not states("Are agency nurses' accounts removed promptly when they leave?", text)


def test_a_case_named_where_it_is_not_so_keeps_a_yes_out() -> None:
    keys = Control(
        "KEY-1",
        "API keys issued since January 2024 expire after 90 days; keys issued before 2024 do not "
        "expire until the customer rotates them.",
    )
    mfa = Control(
        "MFA-1",
        "Dentists on the Clinic plan must use MFA; on the Solo plan dentists can turn MFA on.",
    )
    inventory = replace(INVENTORY, controls=(keys, mfa))
    assert answer("Do API keys expire after 90 days?", YES_NO, inventory).answer == ""
    assert answer("Is MFA required for dentists?", YES_NO, inventory).answer == ""
    # The case asked by name is answered from its own clause.
    assert (
        answer("Is MFA required for dentists on the Clinic plan?", YES_NO, inventory).answer
        == "Yes"
    )


def test_a_practice_run_through_a_past_date_is_not_current() -> None:
    ran = Control("AWR-1", "We ran monthly phishing simulations through March 2025.")
    inventory = replace(INVENTORY, controls=(ran,))
    assert answer("Do you run phishing simulations?", YES_NO, inventory).answer != "Yes"


def test_a_practice_until_the_end_of_a_year_is_past() -> None:
    restores = (
        "Until the end of 2025 we restored a snapshot in a separate test account every quarter. "
        "Since 2026 we do this twice a year; the last restore test was in May 2027."
    )
    assert not states("Do you test restoring backups at least quarterly?", restores)


def test_a_plan_that_has_not_been_exercised_is_not_tested() -> None:
    bcp = Control(
        "BCP-3",
        "The business continuity plan was approved by the board in 2025 and is reviewed every "
        "year. It has never been exercised.",
    )
    inventory = replace(INVENTORY, controls=(bcp,))
    asked = "Do you have a well-documented business continuity plan that is tested annually?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_case_the_question_sets_is_answered_only_from_what_is_said_of_it() -> None:
    hosting = Control(
        "DAT-8",
        "Data of Dutch customers is hosted by Hetzner in Falkenstein, Germany. Data of Peruvian "
        "customers is hosted by AWS in Lima.",
    )
    keys = Control(
        "KMS-8",
        "Data at rest is encrypted with provider-managed keys. Customer-managed keys are "
        "available to Enterprise customers in the eu-west-1 region only.",
    )
    ai = Control("AI-8", "The assistant sends prompts to a model hosted in the US East region.")
    staff = Control(
        "HR-8",
        "US employees are background checked before they start; employees in Mexico are hired "
        "after reference checks only. Staff in the Lima office are not background checked.",
    )
    laptops = Control(
        "END-8",
        "Company laptops in Germany are managed with Intune; staff in Lima use personal laptops.",
    )
    inventory = replace(INVENTORY, controls=(hosting, keys, ai, staff, laptops))
    for asked in (
        "For Peruvian customers, is data hosted in the EU?",
        "For Peruvian customers, is data hosted by Hetzner?",
        "For customers in the US region, are customer-managed keys available?",
        "Is a background check required for employees in Mexico?",
        "Are staff in the Bogotá office background checked?",
        "Are the laptops used by Lima staff managed with Intune?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    assert (
        answer("For Dutch customers, is data hosted by Hetzner?", YES_NO, inventory).answer == "Yes"
    )


def test_a_report_to_come_and_a_practice_since_a_later_day_are_not_stated() -> None:
    soc2 = Report(
        "soc2",
        "SOC 2",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        categories=("security", "confidentiality"),
    )
    mfa = Control("IAM-11", "Since 2026-03-01 customer administrators must use MFA.")
    inventory = replace(INVENTORY, reports=(soc2,), controls=(mfa,))
    for asked in (
        "Will your next SOC 2 report include Confidentiality?",
        "Will your next SOC 2 examination include Availability?",
        "Do you intend to issue a new SOC 2 bridge letter?",
        "Has MFA been required for customer administrators since 2026-01-01?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    asked = "Has MFA been required for customer administrators since April 2026?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_case_set_in_other_places_of_the_question_is_kept() -> None:
    mfa = Control(
        "IAM-12",
        "Staff in Izmir sign in with FIDO2 security keys. Staff in the Rotterdam office sign in "
        "with a password and an SMS code.",
    )
    hosting = Control(
        "DAT-12",
        "Data of Dutch customers is hosted by Azure in Amsterdam. Data of Turkish customers is "
        "hosted by Turkcell in Istanbul.",
    )
    inventory = replace(INVENTORY, controls=(mfa, hosting))
    for asked in (
        "Regarding the Rotterdam office: do staff use FIDO2 keys?",
        "Rotterdam office: do staff use FIDO2 keys?",
        "Do staff use FIDO2 keys in the Rotterdam office?",
        "Do staff (including those in Rotterdam) use FIDO2 keys?",
        "Dutch customers: is their data hosted by Turkcell?",
        "If a clinic is in Turkey, is its data hosted by Azure?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked


def test_a_part_set_aside_by_except_is_not_asked() -> None:
    tests = Control(
        "PT-16",
        "An outside firm penetration tests Quillan Booking and the patient portal every year. "
        "Quillan Records has never been penetration tested.",
    )
    inventory = replace(INVENTORY, controls=(tests,))
    asked = "Except for Quillan Records, are your products penetration tested every year?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_what_the_customer_does_or_is_responsible_for_is_not_the_vendors_act() -> None:
    duty = Control(
        "CUS-2",
        "Clients, as data controllers, are responsible for their consent records and for "
        "any impact assessment; we provide a template. Exports are scheduled by the client.",
    )
    inventory = replace(INVENTORY, controls=(duty,))
    for asked in (
        "Does Northwind keep the consent records?",
        "Is Northwind responsible for the impact assessment?",
        "Do you schedule the exports?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    assert answer("Do you provide a template?", YES_NO, inventory=inventory).answer == "Yes"


def test_a_party_spoken_of_by_a_pronoun_and_a_role_held_by_another() -> None:
    duty = Control(
        "CUS-5",
        "Practices on the Clinic plan are the covered entities. They are responsible for their "
        "notice of privacy practices and for verifying a client's identity at the first visit.",
    )
    inventory = replace(INVENTORY, controls=(duty,))
    for asked in (
        "Do you verify a client's identity before the first visit?",
        "Is Northwind responsible for the notice of privacy practices?",
        "Is Northwind the covered entity for practices on the Clinic plan?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    people = Control(
        "PPL-4",
        "Nurses work from their own laptops. They use the portal in a browser and cannot "
        "download patient records.",
    )
    inventory = replace(INVENTORY, controls=(people,))
    asked = "Can nurses download patient records to their own laptops?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_the_last_test_of_the_mobile_apps_is_not_the_web_applications() -> None:
    web = EvidenceDocument(
        "pt",
        "Penetration test summary for the web application and API (April 2026)",
        ("penetration test",),
        date=date(2026, 4, 24),
    )
    inventory = replace(INVENTORY, documents=(web,))
    m = answer("When were the iOS and Android apps last penetration tested?", inventory=inventory)
    assert m.answer != "2026-04-24"


def test_every_org_a_choice_the_customer_makes_and_a_no_that_is_part_of_a_sentence() -> None:
    mixed = replace(
        SOC2,
        subservice_orgs=(
            SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),
            SubserviceOrg("Harbour Helpdesk Co., Ltd.", "inclusive", ("support",)),
        ),
    )
    inventory = replace(INVENTORY, reports=(mixed, BRIDGE))
    m = answer(
        "Are all subservice organisations carved out of your SOC 2?", YES_NO, inventory=inventory
    )
    assert m.answer == "No" and "Ltd.." not in m.suggested_response
    kept = Control(
        "DAT-9",
        "Records are deleted at the end of the retention period the customer sets (default 12 "
        "months).",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    asked = "Does Northwind decide the retention period for records?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    told = ApprovedAnswer(
        "Have you had a data breach?",
        "No breach of our systems has occurred. In May 2025 a customer shared a report link "
        "publicly for two days.",
    )
    m = answer("Can you confirm you have never had a data breach?", YES_NO, answers=(told,))
    assert m.answer != "Yes"
    assert "Breach of our systems has occurred" not in m.suggested_response


def test_a_choice_asked_in_the_passive_is_the_customers_where_the_customer_makes_it() -> None:
    kept = Control(
        "DAT-11",
        "Records are deleted at the end of the retention period the customer sets (default 12 "
        "months).",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    for asked in (
        "Is the retention period for records set by Northwind?",
        "Is the records retention period chosen by you?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked


def test_another_partys_own_cover_is_not_the_vendors() -> None:
    insured = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes, USD 3 million of cyber liability insurance. Therapists carry their own"
        " professional liability insurance.",
    )
    asked = "Does Northwind carry professional liability insurance for its therapists?"
    assert answer(asked, YES_NO, answers=(insured,)).answer != "Yes"
    assert answer("Do you carry cyber insurance?", YES_NO, answers=(insured,)).answer == "Yes"


def test_a_without_that_the_fact_does_not_speak_of_and_a_holder_asked_by_role() -> None:
    # The hosting provider is a subcontractor; whether it lacks a BAA the fact does not say.
    m = answer("Is customer data processed by any subcontractor without a BAA?", YES_NO)
    assert m.answer != "Yes"
    insured = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes, USD 3 million of cyber liability insurance. Therapists carry their own"
        " professional liability insurance.",
    )
    asked = "Is Northwind the holder of the therapists' professional liability insurance?"
    assert answer(asked, YES_NO, answers=(insured,)).answer != "Yes"


def test_a_plan_spoken_of_as_it_and_an_act_the_vendor_denies_as_its_own() -> None:
    console = Control(
        "IAM-9",
        "The push-notification console of the Northwind Driver app is reached through one"
        " shared login kept by the mobile team lead. We plan to move it to named accounts in"
        " Q4 2027.",
    )
    payouts = Control(
        "PAY-2",
        "Carrier payouts are bank transfers made by Bank Odra S.A., which also verifies"
        " carriers' identity (KYC); we do not perform KYC ourselves.",
    )
    inventory = replace(INVENTORY, controls=(console, payouts))
    for asked in (
        "Does the Driver app push-notification console use named user accounts?",
        "Do you perform KYC checks on carriers who receive payouts?",
        "Do you make the bank transfers for carrier payouts yourselves?",
        "Is KYC on carriers performed by Northwind staff?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    # A test a named firm performs is still the vendor's own, where its hands are not asked.
    tested = Control(
        "VUL-3", "Annual penetration tests of the platform are performed by NCC Group."
    )
    inventory = replace(INVENTORY, controls=(tested,))
    asked = "Do you perform annual penetration tests of the platform?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_plans_products_and_plans_for_later_each_answer_only_for_themselves() -> None:
    match = Control(
        "AI-5",
        "Acme Match suggests carriers with a model trained on bids pooled across all shippers."
        " Enterprise shippers can opt out of having their data used for training.",
    )
    sso = Control(
        "IAM-5",
        "Single sign-on is available for Acme Trade on every plan; Acme Meter supports single"
        " sign-on only on the Utility Enterprise plan.",
    )
    keys = Control(
        "CRY-5",
        "Data at rest is encrypted with AES-256. Trade customers can bring their own key; Meter"
        " uses Microsoft-managed keys only.",
    )
    chat = Control(
        "AI-6",
        "Acme Forecast does not use large language models today; we plan a chat assistant in"
        " the second half of 2028.",
    )
    inventory = replace(INVENTORY, vendor="Acme AS", controls=(match, sso, keys, chat))
    for asked in (
        "Can Business plan shippers opt out of their data being used for model training?",
        "Can shippers on every plan opt out of model training?",
        "Can Meter customers on the standard plan use single sign-on?",
        "Can Meter customers use their own encryption keys?",
        "Does Acme Forecast currently offer a chat assistant?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    asked = "Can Enterprise shippers opt out of their data being used for model training?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_data_of_one_customer_group_is_where_its_sentence_says() -> None:
    kept = Control(
        "DAT-81",
        "Data of Indian customers is stored in ESDS's Nashik data centre and replicated to NTT in"
        " Bengaluru. Data of our US customers is stored on Amazon Web Services in us-east-2 (Ohio)"
        " and does not leave the United States.",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    for asked in (
        "Is data of US customers stored in India?",
        "Is US customers' data stored outside the United States?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    asked = "Is US customers' data stored in the United States?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"


def test_a_passive_used_to_is_no_past_practice() -> None:
    # "are not used to train" is a passive denial with an exception, not "we used to".
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "ML-3",
                "Support chats are not used to train our language models, except for customers "
                "who opt in to the beta programme.",
            ),
        ),
    )
    m = answer("Do you use support chats to train your language models?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_an_offer_to_come_is_not_offered_today() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "PL-7",
                "We will offer SCIM provisioning on the Starter plan from the first half of 2029.",
            ),
        ),
    )
    m = answer("Is SCIM provisioning available on the Starter plan?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_a_practice_the_provider_carries_out_is_not_ours() -> None:
    # Amazon Web Services is carved out of SOC2.
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "NW-7",
                "Amazon Web Services runs malware detection on its hosts and sends us the alerts.",
            ),
        ),
    )
    m = answer("Have you implemented malware detection?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_a_duty_left_to_the_customer_is_not_the_vendors_practice() -> None:
    optional = Control(
        "IAM-6",
        "We offer two-factor authentication to customer users; it is optional, and each"
        " customer's administrator decides whether to require it for their users.",
        ("CC6.1",),
    )
    cuec = Control(
        "CUEC-1",
        "Notary offices must review and reconcile the monthly escrow statement against their"
        " own deed records (complementary user entity control).",
        ("CC2.3",),
    )
    inventory = replace(INVENTORY, controls=(optional, cuec))
    for asked in (
        "Do you require two-factor authentication for our users?",
        "Do you reconcile the monthly escrow statement against our deed records?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    assert answer("Do you offer two-factor authentication?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Do we have to update the firmware of the scanners ourselves?",
        "Do hospital operators need to install the patches on the kiosks?",
        "Is updating the kiosk firmware the clinic's responsibility?",
        "Must customers apply the kiosk updates?",
        "Are clients required to update the kiosk firmware?",
    ],
)
def test_a_duty_asked_of_the_buyer_is_not_the_vendors_practice(asked: str) -> None:
    ours = Control(
        "OPS-4",
        "We install, update and patch the firmware of every kiosk and scanner remotely each month.",
        ("CC7.1",),
    )
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(ours,))).answer != "Yes"


def test_an_organisation_the_inventory_names_is_not_the_vendor() -> None:
    chat = Control(
        "VEN-06",
        "Support chats run on the platform of our partner Quillfeather Messaging Ltd in Lagos.",
        ("CC9.2",),
    )
    where = ApprovedAnswer(
        question="Where is your company headquartered?",
        answer="Northwind Analytics is headquartered in Denver, Colorado, United States.",
    )
    inventory = replace(INVENTORY, controls=(chat,), answers=(where,))
    m = answer("Has Quillfeather Messaging provided you with an audit report?", YES_NO, inventory)
    assert m.answer != "Yes"
    m = answer("Is Quillfeather Messaging based in Kenya?", YES_NO, inventory)
    assert m.answer != "No"


@pytest.mark.parametrize(
    "asked",
    ["Are security alerts monitored 24x7x365?", "Are security alerts watched at weekends?"],
)
def test_what_is_being_evaluated_is_not_done(asked: str) -> None:
    weighed = Control(
        "SOC-05",
        "We are considering an outsourced SOC that would watch our security alerts around the"
        " clock.",
        ("CC7.2",),
    )
    m = answer(asked, YES_NO, replace(INVENTORY, controls=(weighed,)))
    assert m.answer != "Yes"


def test_a_report_or_the_vendors_own_name_is_no_other_organisation() -> None:
    from socproc.mapping.holdings import _named_orgs

    reviewed = Control(
        "VEN-09",
        "Each subprocessor SOC 2 report is reviewed every year; our partner Fennec Mail Ltd"
        " sends receipts. Northwind's Analytics Ltd is our trading company.",
        ("CC9.2",),
    )
    named = _named_orgs(replace(INVENTORY, vendor="Northwind's Analytics", controls=(reviewed,)))
    assert named == ("Fennec Mail", "Fennec Mail Ltd")


@pytest.mark.parametrize(
    "asked",
    [
        "Has Tallinna Print Ltd had a data breach?",
        "Has Tallinna Print Ltd suffered a security incident in the last 12 months?",
    ],
)
def test_another_organisations_history_is_not_denied_by_our_control(asked: str) -> None:
    subs = ApprovedAnswer(
        "Which subprocessors do you use?",
        "Amazon Web Services (hosting), Tallinna Print Ltd (printed notices) and Sendgrid (email).",
    )
    said = "We have not assessed Tallinna Print Ltd's security."
    inventory = replace(
        INVENTORY, controls=(*CONTROLS, Control("VEN-04", said, ("CC9.2",))), answers=(subs,)
    )
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_practice_told_of_named_parts_beside_the_other_parts_is_not_said_of_the_whole() -> None:
    backups = Control(
        "BCK-02",
        "Nightly backups of Harbour Ledger and TideDesk are copied to a second region; backups "
        "of the remaining apps stay in the primary region only.",
        ("A1.2",),
    )
    held = Inventory(vendor="Harbour Ledger Ltd", controls=(backups,))
    assert answer("Are your backups copied to a second region?", YES_NO, held).answer == ""
    # A part it names is answered.
    named = answer("Are TideDesk backups copied to a second region?", YES_NO, held)
    assert named.answer == "Yes"


@pytest.mark.parametrize(
    ("control", "question"),
    [
        (
            "All code changes are peer reviewed in GitHub before merge, including for the other"
            " services.",
            "Are code changes peer reviewed before merge?",
        ),
        (
            "Backups of Postgres databases are encrypted with AES-256; backups of the other"
            " systems are encrypted too.",
            "Are backups encrypted?",
        ),
    ],
)
def test_the_other_parts_given_the_same_practice_are_not_set_apart(
    control: str, question: str
) -> None:
    held = Inventory(vendor="Harbour Ledger Ltd", controls=(Control("X-1", control, ()),))
    assert answer(question, YES_NO, held).answer == "Yes"


def test_what_is_done_only_with_one_thing_is_not_said_of_another() -> None:
    model = Control(
        "AI-7", "Our fraud model is trained only on transaction data from consenting banks.", ()
    )
    held = Inventory(vendor="Harbour Ledger Ltd", controls=(model,))
    other = "Do you train the fraud model on customers' support chat transcripts?"
    assert answer(other, YES_NO, held).answer != "Yes"
    same = "Is the fraud model trained on transaction data from consenting banks?"
    assert answer(same, YES_NO, held).answer == "Yes"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Do members on the Bronze plan sign in with a passkey?", ""),
        ("Do members on the Gold plan log in with a PIN?", ""),
        ("Do members on the Silver plan sign in with a passkey?", "Yes"),
        ("Do members on the Bronze plan log in with a PIN?", "Yes"),
    ],
)
def test_an_act_a_sentence_gives_to_other_plans_is_not_said_of_the_plan_asked(
    question: str, said: str
) -> None:
    login = Control(
        "IAM-40",
        "Members sign in with a passkey on the Silver and Gold plans, and log in with a PIN on"
        " the Bronze plan.",
    )
    held = replace(INVENTORY, controls=(login,))
    assert answer(question, YES_NO, held).answer == said


@pytest.mark.parametrize(
    "question",
    [
        "Does Kestrel Courier Services carry cyber insurance?",
        "Has Brightpath Labs had a data breach?",
    ],
)
def test_another_organisation_asked_of_is_not_answered_by_the_vendors_own_facts(
    question: str,
) -> None:
    courier = Control(
        "VEN-30",
        "Parcels are delivered by Kestrel Courier Services. We use a routing model licensed from"
        " Brightpath Labs; we have not reviewed Brightpath Labs.",
    )
    insurance = ApprovedAnswer(
        "Do you carry cyber insurance?", "No. We do not carry cyber insurance."
    )
    held = replace(INVENTORY, controls=(courier,), answers=(insurance,))
    assert answer(question, YES_NO, held).answer == ""


def test_an_approved_answer_naming_other_plans_does_not_answer_for_the_plan_asked() -> None:
    keys = ApprovedAnswer(
        "Do you support customer-managed encryption keys?",
        "Yes, customer-managed encryption keys in AWS KMS on the Scale and Sovereign tiers.",
    )
    for asked in (
        "Does the Launch tier support customer-managed encryption keys?",
        "Do you support customer-managed encryption keys on the Launch tier?",
    ):
        assert answer(asked, YES_NO, answers=(keys,)).answer == "", asked
    # A plan the answer names, and no plan asked.
    for asked in (
        "Does the Sovereign tier support customer-managed encryption keys?",
        "Do you support customer-managed encryption keys?",
    ):
        assert answer(asked, YES_NO, answers=(keys,)).answer == "Yes", asked


def test_all_said_of_another_act_does_not_widen_a_practice_given_to_one_name() -> None:
    scans = Control(
        "VUL-9",
        "We run authenticated DAST scans weekly against Ledgerly Web only, and keep a software "
        "bill of materials for all applications.",
    )
    inventory = replace(INVENTORY, controls=(scans,))
    for asked in (
        "Do you run authenticated DAST scans against all of your applications?",
        "Are authenticated DAST scans run weekly on every application?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer != "Yes", asked
    # The "all" of the act asked is its own.
    asked = "Do you keep a software bill of materials for all applications?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("From 2029-07-01 all gateways will ship signed.", date(2029, 7, 1), date(2029, 7, 1)),
        ("From 07/01/2029 all gateways will ship signed.", date(2029, 1, 7), date(2029, 7, 1)),
        ("In Q3 2029 we will add passkeys.", date(2029, 7, 1), date(2029, 9, 30)),
        (
            "In the fourth quarter of 2029 we will add passkeys.",
            date(2029, 10, 1),
            date(2029, 12, 31),
        ),
        ("Passkeys become mandatory on 1 July 2029.", date(2029, 7, 1), date(2029, 7, 1)),
        ("We will add passkeys from December 2029.", date(2029, 12, 1), date(2029, 12, 31)),
        ("We will add passkeys after the 2029 refit.", date(2029, 1, 1), date(2029, 12, 31)),
    ],
)
def test_dated_start_reads_the_days_a_change_may_fall_on(
    text: str, first: date, last: date
) -> None:
    assert dated_start(text) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Leavers' access will be removed within 24 hours.",
        "We have used passkeys since 2024.",
        "The 2029 report will be shared under NDA; it covers 2028.",
    ],
)
def test_dated_start_needs_a_change_on_a_day(text: str) -> None:
    assert dated_start(text) is None


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # Said of one plan by name beside other plans, where the question names none (probe
        # redteam78's kind, in other words): what the buyer's plan gets is the reviewer's.
        (
            "Is customer data encrypted with customer-managed keys?",
            "Data is encrypted with customer-managed keys on the Sovereign plan; on Core and "
            "Growth we manage the keys.",
            "",
        ),
        (
            "Are audit logs retained for one year?",
            "Audit logs are retained for one year on the Enterprise plan and for 30 days on "
            "the Starter plan.",
            "",
        ),
        # Look-alikes: the plan asked by name; every plan said; a plan named for another
        # thing than what is asked.
        (
            "Is customer data encrypted with customer-managed keys on the Sovereign plan?",
            "Data is encrypted with customer-managed keys on the Sovereign plan; on Core and "
            "Growth we manage the keys.",
            "Yes",
        ),
        (
            "Are audit logs retained for one year?",
            "Audit logs are retained for one year on all plans, including the Starter plan.",
            "Yes",
        ),
        # Second reader rev30: the same said of the other plans; a plan that is a document;
        # a place after "in"; the fact said of the service beside a plan's extra.
        (
            "Are video consultations end-to-end encrypted?",
            "Video consultations are end-to-end encrypted on the Network plan, as they are on "
            "Solo and Practice.",
            "Yes",
        ),
        (
            "Are backups taken daily?",
            "Backups are taken daily by the AWS Backup plan; copies are kept in Frankfurt and "
            "Dublin.",
            "Yes",
        ),
        (
            "Is customer data encrypted at rest?",
            "Customer data is encrypted at rest with AES-256; the Enterprise plan adds "
            "customer-managed encryption keys. Data is hosted in Frankfurt.",
            "Yes",
        ),
    ],
)
def test_a_fact_said_of_one_plan_among_others_is_not_the_services(
    question: str, text: str, expected: str
) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == expected
