"""Answers you can sign (spec 6.1): the rules of mapping/signable/caveats.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import CONTROLS, INVENTORY, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Control, Report
from socproc.mapping.signable import capitalised_names, denies, states


def test_a_capability_for_users_not_on_sso_is_read_past_the_case_and_the_product() -> None:
    mfa = Control(
        "IAM-9",
        "Multi-factor authentication (authenticator app) is available for dispatcher accounts on "
        "all plans and is off until the customer's administrator turns it on; riders cannot use "
        "multi-factor authentication.",
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    asked = (
        "For customers not using SSO, does your application and/or user frontend/portal support "
        "multifactor authentication (e.g., Duo, Google Authenticator, OTP, etc.)?"
    )
    assert answer(asked, YES_NO, inventory).answer == "Yes"
    none = Control("IAM-10", "Multi-factor authentication is not supported.")
    inventory = replace(INVENTORY, controls=(none,))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_what_one_plans_customers_have_is_not_said_of_another_plans() -> None:
    siem = Control("LOG-7", "Premium subscribers can stream audit logs to their own SIEM.")
    inventory = replace(INVENTORY, controls=(siem,))
    asked = "Can Basic tier customers stream audit logs to a SIEM?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Can Premium tier customers stream audit logs to a SIEM?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"


def test_an_owner_and_a_yearly_review_of_one_plan_are_not_the_other_plans() -> None:
    asked = "Does your DR plan have a named owner, and is it reviewed every year?"
    apart = Control(
        "BC-2",
        "The business continuity plan is owned by the CFO and reviewed every year. Disaster "
        "recovery relies on nightly snapshots restored to the standby region.",
    )
    m = answer(asked, YES_NO, inventory=replace(INVENTORY, controls=(apart,)))
    assert m.answer != "Yes"
    together = Control(
        "BC-3", "Our disaster recovery plan is owned by the CTO and reviewed every year."
    )
    m = answer(asked, YES_NO, inventory=replace(INVENTORY, controls=(together,)))
    assert m.answer == "Yes"


def test_past_a_month_is_after_its_last_day() -> None:
    # The bridge letter runs through 2026-04-30.
    assert answer("Does your bridge letter extend past the end of April 2026?", YES_NO).answer == (
        "No"
    )
    assert answer("Does the bridge letter run beyond March 2026?", YES_NO).answer == "Yes"
    assert answer("Does your bridge letter run to the end of April 2026?", YES_NO).answer == "Yes"


def test_round_the_clock_said_of_one_watch_is_not_said_of_another() -> None:
    watch = Control(
        "MON-2",
        "Platform uptime is monitored 24x7 by our operations centre. Security alerts are "
        "triaged by the security team during business hours.",
    )
    inventory = replace(INVENTORY, controls=(watch,))
    assert answer("Is security monitoring performed 24/7?", YES_NO, inventory=inventory).answer != (
        "Yes"
    )
    assert answer("Is platform uptime monitored 24/7?", YES_NO, inventory=inventory).answer == "Yes"


def test_a_plan_is_named_as_written_and_an_environment_is_not_another() -> None:
    sso = Control(
        "IAM-9",
        "Teams on the Scale plan can connect SAML single sign-on to the team console. MFA is "
        "optional on the Team and Starter plans.",
    )
    inventory = replace(INVENTORY, controls=(sso,))
    asked = "Can Team plan customers use SAML single sign-on?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    shared = Control("IAM-4", "Testers use shared accounts that reach the sandbox only.")
    inventory = replace(INVENTORY, controls=(shared,))
    asked = "Do the testers' shared accounts reach production?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    backups = Control("BCK-1", "Data is stored in Lyon with backups in Marseille.")
    inventory = replace(INVENTORY, controls=(backups,))
    assert answer("Are backups stored in Lyon?", YES_NO, inventory=inventory).answer != "Yes"
    assert answer("Are backups stored in Marseille?", YES_NO, inventory=inventory).answer == "Yes"


def test_a_country_people_view_data_from_is_not_where_it_is_kept() -> None:
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored only in the EU (AWS Dublin, backups in Frankfurt). Our "
        "support agents in Cebu, Philippines can view tickets.",
    )

    def said(asked: str) -> str:
        return answer(asked, YES_NO, answers=(where,)).answer

    assert said("Is any customer data stored in the Philippines?") != "Yes"
    # The EU holds Ireland, and Dublin is in it: kept there, not "only elsewhere".
    assert said("Is customer data stored in Ireland?") == "Yes"
    assert said("Is all customer data stored in Ireland?") == "No"  # backups in Frankfurt
    assert said("Is customer data stored in the United States?") == "No"


def test_what_was_done_until_a_change_is_not_done_now() -> None:
    model = Control(
        "AI-3",
        "Since March 2027 the ranking model is trained only on licensed data; until then it "
        "was also trained on customers' click logs.",
    )
    inventory = replace(INVENTORY, controls=(model,))
    asked = "Do you train the ranking model on customers' click logs?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_state_of_being_done_must_be_said() -> None:
    audit = ApprovedAnswer(
        "When will your next SOC 2 be issued?",
        "Our next SOC 2 Type II is in fieldwork; we expect the report in May 2027.",
    )
    asked = "Is fieldwork for your next SOC 2 complete?"
    assert answer(asked, YES_NO, answers=(audit,)).answer != "Yes"
    dpia = Control("PRV-8", "We run a DPIA for every new processing activity.")
    inventory = replace(INVENTORY, controls=(dpia,))
    assert answer(
        "Is your DPIA for the chat feature final?", YES_NO, inventory=inventory
    ).answer != ("Yes")


def test_people_are_employees_only_where_said_of_them() -> None:
    dpo = ApprovedAnswer(
        "Who is your DPO?", "Our DPO is Ravi Menon of Ledgerline Advisory LLP, an external DPO."
    )
    assert answer("Is your DPO an employee of Northwind?", YES_NO, answers=(dpo,)).answer != "Yes"
    keys = Control(
        "IAM-3",
        "Employees in the Leeds office sign in with security keys. Support agents of our "
        "partner Harbour Desk sign in with passwords.",
    )
    inventory = replace(INVENTORY, controls=(keys,))
    asked = "Are the Harbour Desk support agents employees of Northwind?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_role_in_law_a_named_case_and_primary_data_are_read_as_asked() -> None:
    hosted = Control("DAT-4", "Customer data is hosted by Northwind in Toronto.")
    inventory = replace(INVENTORY, controls=(hosted,))
    # Hosting data does not make the vendor its controller: the role must be said.
    asked = "Is Northwind the controller of customer data?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    keys = Control(
        "IAM-6",
        "Employees in the Leeds office sign in with FIDO2 security keys. Agents of our partner "
        "in Cape Town sign in with push notifications.",
    )
    inventory = replace(INVENTORY, controls=(keys,))
    asked = "Do your Cape Town agents sign in with phishing-resistant MFA?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    where = ApprovedAnswer(
        "Where is customer data stored?", "Customer data is stored in Dublin with backups in Paris."
    )
    asked = "Is primary customer data hosted in France?"
    assert answer(asked, YES_NO, answers=(where,)).answer != "Yes"
    assert answer("Is customer data stored in France?", YES_NO, answers=(where,)).answer == "Yes"


def test_the_sentence_that_alone_speaks_of_a_kind_of_data_says_where_it_is() -> None:
    kept = Control(
        "DAT-7",
        "Accounts of EU customers are stored in Frankfurt. Chat transcripts of every region "
        "are stored in Virginia.",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    asked = "Are chat transcripts of EU customers stored in the EU?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    # "every" says how many, not what: a failover region is not said by regions alone.
    regions = Control("DR-2", "Every region has nightly backups kept in the same region.")
    inventory = replace(INVENTORY, controls=(regions,))
    asked = "Does every region have a failover region?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_denial_that_names_its_object_by_apposition_is_no_yes() -> None:
    # "..., our US mapping provider" only says who Skyline is: the sentence denies what it
    # says, so the question's words matched there give no Yes.
    inv = replace(
        INVENTORY,
        controls=(
            Control("SH-9", "No patient record is passed to Skyline, our US mapping provider."),
        ),
    )
    for q in (
        "Does your US mapping provider receive location data?",
        "Does the US mapping provider get trip histories?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q
    m = answer("Is your US mapping provider given patient records?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("No", True)


def test_a_word_said_only_inside_another_compound_states_nothing() -> None:
    # "remote-hands staff" are the colocation site's technicians: the word says nothing of
    # anyone working remotely.
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "PH-3",
                "Our racks at Kelda sit in a locked cage that only four named employees and "
                "Kelda's remote-hands staff can open, with a badge and a PIN.",
            ),
        ),
    )
    for q in (
        "Can your employees reach customer data remotely?",
        "Do staff access client data remotely?",
    ):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q


def test_a_but_clause_on_another_product_keeps_its_subject() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "SA-2",
                "CodeQL static analysis runs on every pull request for Harbor Desk and Harbor Pay; "
                "Harbor Gate code is reviewed by a peer but is not scanned.",
            ),
        ),
    )
    m = answer("Do you run static code analysis on your code before release?", YES_NO, inv)
    assert m.answer != "Yes"


def test_a_products_name_is_where_a_question_asks_not_what() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "CH-4",
                "Changes to Harbor Desk are peer reviewed before merge and scanned with Semgrep.",
            ),
            Control(
                "PW-5",
                "Passwords are hashed with bcrypt. Until May 2025 Harbor Pay stored passwords with "
                "SHA-1.",
            ),
        ),
    )
    for q in ("Does Harbor Desk use Anthropic models?", "Does Harbor Pay use machine learning?"):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer == "", q


def test_a_time_kept_is_no_keeping_without_end() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "RT-8",
                "ID photos are deleted 60 days after the trip ends; trip records are kept for 6 "
                "years.",
            ),
        ),
    )
    for q in ("Are ID photos kept indefinitely?", "Do you retain ID photos permanently?"):
        m = answer(q, YES_NO, inventory=inv)
        assert m.answer != "Yes", q


def test_what_is_removed_before_data_goes_on_is_not_sent() -> None:
    approved = (
        ApprovedAnswer(
            "Do you use artificial intelligence or machine learning?",
            "Our ranking model is trained on all customers' orders. Support chats are summarised "
            "for agents by an external generative AI service, after customer names and phone "
            "numbers are removed.",
        ),
    )
    m = answer(
        "Are customer names sent to your generative AI provider?",
        YES_NO,
        replace(INVENTORY, answers=approved),
    )
    assert m.answer != "Yes"


def test_encryption_asked_must_be_said() -> None:
    approved = (
        ApprovedAnswer(
            "Which subprocessors process patient data?",
            "Amazon Web Services (hosting), Twilio (text messages to patients), Mailgun (e-mail "
            "reminders) and Zendesk (support tickets).",
        ),
    )
    m = answer(
        "Are text messages to patients encrypted end to end?",
        YES_NO,
        replace(INVENTORY, answers=approved),
    )
    assert m.answer != "Yes"


def test_a_city_named_in_capitals_is_a_place_not_a_product() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "PW-3",
                "Passwords are hashed with Argon2id. Until March 2025 Harbor Pay stored passwords "
                "with SHA-1.",
            ),
        ),
    )
    m = answer("Is customer data stored in Ho Chi Minh City?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_a_state_that_ended_does_not_answer_the_present() -> None:
    """What was done until a day now past neither states nor denies what is done now; a
    question on that past is answered by it."""
    backups = Control(
        "OPS-8",
        "Until June 2025 the backups on the backup server were not encrypted; since July 2025"
        " they are encrypted with AES-256.",
        ("CC6.1",),
    )
    alerts = Control(
        "OPS-9",
        "Since March 2026 security monitoring is provided 24x7 by our MDR partner. Before"
        " March 2026 alerts were reviewed during business hours only.",
        ("CC7.2",),
    )
    inventory = replace(INVENTORY, controls=(backups, alerts))
    assert answer("Are your backups encrypted?", YES_NO, inventory).answer != "No"
    hours = answer("Are alerts currently reviewed only during business hours?", YES_NO, inventory)
    assert hours.answer != "Yes"
    assert answer("Were backups encrypted in 2024?", YES_NO, inventory).answer == "No"


def test_a_question_on_one_environment_is_answered_from_what_is_said_of_it() -> None:
    monitoring = Control(
        "MON-1",
        "Alerts from the production environments are monitored 24x7 by an on-call engineer."
        " Staging alerts are reviewed on working days only.",
        ("CC7.2",),
    )
    patching = Control(
        "VUL-1",
        "Critical vulnerabilities in production are patched within 7 days; staging is patched"
        " once a month.",
        ("CC7.1",),
    )
    data = Control(
        "DAT-1",
        "The staging environment uses synthetic guest data. The disaster recovery environment"
        " in Frankfurt holds a full copy of production data.",
        ("C1.1",),
    )
    inventory = replace(INVENTORY, controls=(monitoring, patching, data))
    for asked in (
        "Are staging alerts monitored 24x7?",
        "Are staging systems patched for critical vulnerabilities within 7 days?",
        "Does your disaster recovery environment use synthetic guest data?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked
    assert answer("Are production alerts monitored 24x7?", YES_NO, inventory).answer == "Yes"
    prod = "Are critical vulnerabilities in production patched within 7 days?"
    assert answer(prod, YES_NO, inventory).answer == "Yes"


def test_a_question_on_one_site_is_answered_from_what_is_said_of_it() -> None:
    offices = Control(
        "PHY-2",
        "The Dublin and Cork offices use badge access; the Cork forensic lab also requires a PIN"
        " and is covered by CCTV.",
        ("CC6.4",),
    )
    inventory = replace(INVENTORY, controls=(offices,))
    assert answer("Is the Dublin office covered by CCTV?", YES_NO, inventory).answer != "Yes"
    assert answer("Is the Cork forensic lab covered by CCTV?", YES_NO, inventory).answer == "Yes"
    both = "Do the Dublin and Cork offices use badge access?"
    assert answer(both, YES_NO, inventory).answer == "Yes"


def test_two_things_asked_together_need_both() -> None:
    privacy = ApprovedAnswer(
        "Do you comply with ISO 27701?",
        "Partially. We have mapped our privacy controls to ISO 27701 but we are not certified.",
    )
    iso = Report(
        id="iso",
        kind="ISO 27001",
        title="ISO/IEC 27001:2022 certificate",
        issued=date(2025, 4, 1),
        expires=date(2028, 3, 31),
    )
    inventory = replace(INVENTORY, reports=(*INVENTORY.reports, iso))
    both = "Do you have ISO 27001 and ISO 27701 certificates?"
    assert answer(both, YES_NO, inventory, answers=(privacy,)).answer == "No"
    either = "Do you have ISO 27001 or ISO 27701 certification?"
    assert answer(either, YES_NO, inventory, answers=(privacy,)).answer == "Yes"
    tests = Control(
        "VUL-7",
        "The platform undergoes an external security assessment every two years, consisting of"
        " a penetration test and a configuration review. Vulnerability scans run every month.",
        ("CC4.1",),
    )
    timed = replace(INVENTORY, controls=(tests,))
    asked = "Do you perform monthly vulnerability scans and annual penetration tests?"
    assert answer(asked, YES_NO, timed).answer != "Yes"


def test_a_control_on_one_kind_of_hosting_says_nothing_of_the_other() -> None:
    cage = Control(
        "IAM-2",
        "Administrators of the billing servers in our colocation cage in Riga sign in with a"
        " shared account; multi-factor authentication for them is planned for 2027.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(cage,))
    for asked in (
        "Is MFA required for administrators of your cloud infrastructure?",
        "Do admins of your cloud accounts have to use multi-factor authentication?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked
    cloud = Control("IAM-3", "Administrators of our AWS accounts sign in with MFA.", ("CC6.1",))
    inventory = replace(INVENTORY, controls=(cloud,))
    m = answer("Is MFA required for administrators of on-premises systems?", YES_NO, inventory)
    assert m.answer != "Yes"


def test_a_denial_of_what_the_question_sets_aside_denies_nothing_asked() -> None:
    keys = Control(
        "ENC-2",
        "Customer records are encrypted at rest with AES-256. The offline cache on field"
        " tablets is not encrypted.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(keys,))
    for asked in (
        "Apart from the tablet offline cache, are customer records encrypted at rest?",
        "Are customer records encrypted at rest, other than the offline cache on tablets?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked


def test_a_denial_of_the_complement_denies_nothing_asked() -> None:
    sla = ApprovedAnswer(
        question="What is your uptime commitment?",
        answer="99.9% during market opening hours; outside market opening hours there is no SLA.",
    )
    m = answer(
        "Is your uptime SLA 99.5% or higher during market opening hours?", YES_NO, answers=(sla,)
    )
    assert m.answer != "No"


def test_a_denial_of_another_year_denies_nothing_of_the_year_asked() -> None:
    told = ApprovedAnswer(
        question="Have you had any outages?",
        answer="Harbor Pay had no unplanned outage in 2026. In 2025, a power cut stopped card"
        " payments for 2 hours.",
    )
    m = answer("Did you have an unplanned outage in 2025?", YES_NO, answers=(told,))
    assert m.answer != "No"


def test_what_an_approved_answer_excludes_is_not_stated_by_it() -> None:
    cover = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes, GBP 5 million with Thames Mutual; the policy excludes regulatory fines and"
        " social engineering losses.",
    )
    m = answer("Does your cyber insurance cover regulatory fines?", YES_NO, answers=(cover,))
    assert m.answer != "Yes"
    m = answer("Do you carry cyber insurance?", YES_NO, answers=(cover,))
    assert m.answer == "Yes"


def test_what_is_taken_out_first_is_not_stated() -> None:
    copied = Control(
        "DAT-12",
        "Order data from production is copied to the analytics warehouse every night; customer"
        " names and email addresses are removed first.",
        ("C1.1",),
    )
    inventory = replace(INVENTORY, controls=(copied,))
    m = answer(
        "Is production order data copied to the analytics warehouse with customer names?",
        YES_NO,
        inventory,
    )
    assert m.answer != "Yes"
    m = answer("Is production order data copied to the analytics warehouse?", YES_NO, inventory)
    assert m.answer == "Yes"


def test_a_denial_naming_the_product_asked_is_no_statement_of_it() -> None:
    upcoming = ApprovedAnswer(
        question="When will your next SOC 2 report be available?",
        answer="Our next SOC 2 Type II covers 2026-07-01 to 2027-06-30, on the same products and"
        " categories, and is expected in September 2027. Kiosk and Till are not planned into it.",
    )
    m = answer("Will your next SOC 2 Type II include Northwind Kiosk?", YES_NO, answers=(upcoming,))
    assert m.answer != "Yes"


def test_who_does_it_is_not_what_is_done() -> None:
    tablets = Control(
        "IAM-14",
        "Field service technicians of our partners share ruggedised tablets; each technician"
        " signs in with a personal badge.",
        ("CC6.1",),
    )
    m = answer(
        "Do field service technicians share login credentials?",
        YES_NO,
        replace(INVENTORY, controls=(tablets,)),
    )
    assert m.answer != "Yes"


def test_which_data_and_what_is_done_with_it_must_be_said() -> None:
    offline = Control(
        "BCP-09",
        "Car park barriers keep working without a connection and store card payments for up to"
        " 12 hours.",
        ("A1.2",),
    )
    reader = Control(
        "PAY-07",
        "Card numbers typed at the barriers are encrypted in the card reader and passed to"
        " Worldline.",
        ("CC6.7",),
    )
    inventory = replace(INVENTORY, controls=(offline, reader))
    for asked in (
        "Do you store full card numbers?",
        "Do your car park barriers store full card numbers?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


@pytest.mark.parametrize(
    "asked",
    [
        "Is your cyber insurance policy exclusion-free?",
        "Is your cyber insurance coverage unrestricted?",
    ],
)
def test_a_question_whether_nothing_is_left_out_is_no_yes_where_something_is(asked: str) -> None:
    cover = ApprovedAnswer(
        question="Do you carry cyber insurance?",
        answer="Yes. Cyber insurance of USD 10 million with Lakeside Mutual; losses from"
        " business email compromise are excluded.",
    )
    assert answer(asked, YES_NO, answers=(cover,)).answer != "Yes"


def test_a_network_kept_apart_is_not_shared() -> None:
    apart = Control(
        "NET-12",
        "Production networks are segmented from the office network; the kiosk network is a"
        " separate private APN.",
        ("CC6.6",),
    )
    m = answer(
        "Do kiosks share the office network?",
        YES_NO,
        replace(INVENTORY, controls=(apart,)),
    )
    assert m.answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Does the Ledger app store card numbers in its local database?",
        "Are card numbers still kept in the Ledger app's local database?",
        "Is the local database still used to keep card numbers in the Ledger app?",
    ],
)
def test_what_was_done_until_a_dated_change_is_no_yes_today(asked: str) -> None:
    # The simple past up to a dated change is of then: nothing says it is done today.
    said = (
        "The Ledger app kept card numbers in its local database until its move to tokenisation"
        " in March 2026."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("PAY-03", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_state_said_in_the_present_to_last_until_a_date_is_no_no() -> None:
    # It holds today; it is not something that ended or is only planned.
    said = "Card numbers are kept in the Ledger app's local database until March 2027."
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("PAY-03", said, ())))
    asked = "Are card numbers kept in the Ledger app's local database?"
    assert answer(asked, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # Who does the act asked: the customer or the vendor, as the text says it.
        (
            "Tenant data is encrypted with keys in AWS KMS managed by us; bring-your-own-key is"
            " not offered.",
            "Are the encryption keys managed by the customer?",
        ),
        (
            "Archive keys are generated and held by us in our own HSM.",
            "Do your clients hold the archive encryption keys?",
        ),
        (
            "Each customer manages its own signing keys in its Azure tenant.",
            "Are the signing keys managed by you?",
        ),
    ],
)
def test_the_act_done_by_the_other_side_is_no_yes(said: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("KEY-02", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_past_practice_told_against_the_present_is_still_read_together() -> None:
    said = (
        "The depot team shared one login to the dispatch console until March 2026; since then"
        " each member of the team has a named account."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("IAM-12", said, ())))
    asked = "Does the depot team share a login to the dispatch console?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Does the Harbour plan include 24x7 phone support?",
        "Is a data export API available on the Harbour plan?",
    ],
)
def test_a_plans_denial_of_another_feature_is_no_no(asked: str) -> None:
    said = (
        "Customers on the Fleet plan can sign in with SAML single sign-on. Single sign-on is not"
        " available on the Dock or Harbour plans."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("IAM-30", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The kind asked and the thing asked of, each in another item of the list.
        (
            "Do you use cloud-based key management?",
            "We use on-premises key management and cloud-based certificate management.",
        ),
        (
            "Is email filtering (gateway-based) in place?",
            "We run gateway-based web filtering and host email filtering on every laptop.",
        ),
    ],
)
def test_a_kind_given_to_another_item_states_nothing_asked(question: str, text: str) -> None:
    assert not states(question, text)
    assert not denies(
        question, text.replace("We use", "We do not use").replace("We run", "We do not run")
    )


def test_a_kind_said_of_the_thing_asked_still_states_it() -> None:
    text = "We use cloud-based key management and on-premises certificate management."
    assert states("Do you use cloud-based key management?", text)
    denial = "We do not use cloud-based key management; certificates are managed on-premises."
    assert denies("Do you use cloud-based key management?", denial)
    # A kind before the first item, none before the second: the kind is said of both.
    assert denies(
        "Do you have an archive service (cloud-based)?",
        "We have no cloud-based backup or archive service.",
    )


def test_an_on_call_role_is_no_page_at_any_hour() -> None:
    # "on-call" names who acts; it does not page anyone ("the on-call engineer may roll back a
    # release at any hour" says nothing of responding to incidents round the clock).
    said = "The on-call engineer may roll back a release at any hour; the rollback is logged."
    inventory = replace(INVENTORY, controls=(Control("REL-4", said),))
    asked = "Can you respond to security incidents 24 hours a day, 7 days a week?"
    assert answer(asked, YES_NO, inventory).answer == ""
    for paged in (
        "Critical alerts call the on-call engineer at any hour.",
        "A hospital can reach the on-call engineer at any hour through the support line.",
    ):
        inventory = replace(INVENTORY, controls=(Control("MON-4", paged),))
        assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_a_past_practice_until_a_numbered_release_is_of_then() -> None:
    said = (
        "Gateways authenticate with a per-device certificate; until firmware 2.1 (June 2025)"
        " every gateway used one shared password."
    )
    inventory = replace(INVENTORY, controls=(Control("IOT-2", said),))
    assert answer("Do all gateways share one password?", YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Are session tokens kept in browser local storage?",
        "Does the Harbour web app still keep session tokens in local storage?",
    ],
)
def test_what_was_done_before_a_date_in_the_simple_past_is_no_yes_today(asked: str) -> None:
    # A sentence that opens on the bound and tells in the simple past what was done then.
    said = (
        "Session tokens are held in secure, HTTP-only cookies. Before 2025 the Harbour web app"
        " kept session tokens in browser local storage; all of them were revoked that year."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("WEB-04", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    # Asked of then, it is still read.
    then = "Before 2025, did the Harbour web app keep session tokens in local storage?"
    assert answer(then, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Are one-time codes still sent by email to support staff?",
        "Do support staff receive one-time codes by email?",
    ],
)
def test_what_was_done_before_a_change_just_told_is_of_then(asked: str) -> None:
    said = (
        "Since March 2026 all support accounts use passkeys; before that support staff received"
        " one-time codes by email."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("IAM-61", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_names_that_begin_outside_ascii_are_names() -> None:
    # Systemic: "Łódź", "Şişli", "Ísafjörður" were no names to the rules that tell a part
    # asked by name from the rest.
    assert capitalised_names("Is data kept in the Łódź office or in Şişli?") == ("Łódź", "Şişli")
    assert capitalised_names("Does Ísafjörður host backups?") == ("Ísafjörður",)
    assert capitalised_names("Do you back up data?") == ()
