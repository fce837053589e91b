"""Answers you can sign (spec 6.1): the rules of mapping/signable/polarity.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import CONTROLS, INVENTORY, SOC2, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Control, Report
from socproc.mapping.signable import denies, states


def test_a_control_that_rules_out_an_admission_answers_no() -> None:
    hashed = Control(
        "IAM-05",
        "User passwords are stored only as bcrypt hashes; passwords are never stored in plain "
        "text or in a reversible form.",
        ("CC6.1",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, hashed))
    m = answer("Are user passwords stored in plain text?", YES_NO, inventory=inventory)
    assert (m.answer, m.filled) == ("No", True)
    assert "never stored in plain text" in m.suggested_response
    # An exception in the same breath is for the reviewer; so is an admission nothing rules out.
    loose = Control("IAM-06", "Shared accounts are not used, except break-glass accounts.", ())
    inventory = replace(INVENTORY, controls=(*CONTROLS, loose))
    assert answer("Do you use shared accounts?", YES_NO, inventory=inventory).filled is False
    assert answer("Have you had a data breach in the last 5 years?", YES_NO).filled is False


def test_a_control_that_prohibits_what_is_asked_answers_no() -> None:
    assert answer("Do you allow personal devices (BYOD) to access customer data?").answer == "No"
    assert denies("Do you offer SAML single sign-on?", "SSO is not offered; MFA is available.")


def test_a_control_that_rules_a_practice_out_answers_no() -> None:
    hr = Control(
        "HR-07",
        "All new employees undergo a background check; contractors are not background-checked.",
    )
    dev = Control("DEV-02", "Production data is never copied into development or test systems.")
    inventory = replace(INVENTORY, controls=(hr, dev))
    contractors = answer("Are contractors background-checked?", YES_NO, inventory=inventory)
    assert (contractors.answer, contractors.filled) == ("No", True)
    asked = "Do you use production data in development or test systems?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Are employees background-checked?", "Contractors are not background-checked."),
        ("Do you allow remote access?", "Remote access is not permitted without MFA."),
        ("Do you store customer data?", "No customer data is stored on laptops."),
        ("Is data encrypted at rest?", "Data at rest is not encrypted in the staging environment."),
        (
            "Do you log administrator actions?",
            "Administrator actions are logged; logs are not editable.",
        ),
        ("Are backups tested?", "Backups are not tested more than once a year."),
        ("Do you run penetration tests?", "We have not run a penetration test since 2023."),
        # Another practice on the same subject: not training on customer data says nothing
        # of how training data is kept.
        ("Do you label your model training files?", "We never train models on client files."),
        ("Do you isolate model training data?", "Customer data is not used to train models."),
    ],
)
def test_a_denial_of_something_else_is_no_denial(question: str, text: str) -> None:
    assert not denies(question, text)


def test_a_denial_of_something_else_beside_a_statement_does_not_make_it_no() -> None:
    hashed = (
        "Application user passwords are stored only as bcrypt hashes; passwords are never "
        "stored in plain text or in a reversible form."
    )
    asked = "Are passwords stored using a one-way hash?"
    assert states(asked, hashed) and not denies(asked, hashed)
    assert denies("Are passwords stored in plain text?", hashed)


def test_a_denial_of_the_practice_asked_is_still_a_denial() -> None:
    assert denies("Do you train models on client files?", "We never train models on client files.")


def test_data_kept_only_in_other_places_rules_out_the_place_asked() -> None:
    kept = "Customer records are kept only in Canada, in two Toronto data centres."
    assert denies("Is customer data stored in the European Union?", kept)
    assert not denies("Is customer data stored in Canada?", kept)
    in_germany = "Customer records are kept only in Germany."
    assert not denies("Is customer data stored in the EU?", in_germany)
    assert not denies("Is customer data stored in the EU?", "Customer records are kept in Canada.")
    # Where data is collected from is where its subjects are, not where it is kept.
    assert not denies("Will customer data be collected from the EU?", kept)


def test_a_named_standard_must_be_the_controls_and_an_exception_is_no_denial() -> None:
    sbom = Control("SBOM-1", "An SBOM in CycloneDX format is published with each release.")
    inventory = replace(INVENTORY, controls=(sbom,))
    assert answer("Is your SBOM published in SPDX format?", YES_NO, inventory).answer == ""
    assert answer("Is your SBOM published in CycloneDX format?", YES_NO, inventory).answer == "Yes"
    assert not denies(
        "Do you store any customer files?",
        "We do not store customer files, except attachments customers add to tickets.",
    )


def test_data_outside_any_named_country_is_an_admission_ruled_out_by_only_in() -> None:
    kept = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored only in Australia, in Sydney and Melbourne data centres.",
    )
    m = answer("Is any customer data stored outside Australia?", YES_NO, answers=(kept,))
    assert m.answer == "No"


def test_a_denial_over_a_shorter_window_does_not_rule_out_a_longer_one() -> None:
    three = ApprovedAnswer(
        "Have you had a data breach?", "We have had no data breaches in the last three years."
    )
    assert (
        answer("Have you had a data breach in the last 5 years?", YES_NO, answers=(three,)).answer
        == ""
    )
    assert (
        answer("Have you had a data breach in the last 2 years?", YES_NO, answers=(three,)).answer
        == "No"
    )
    assert not denies("Have you ever had a data breach?", three.answer)


def test_a_no_that_begins_a_sentence_is_not_an_answer_lead() -> None:
    lawsuits = ApprovedAnswer(
        "Is there any pending or past litigation related to security or privacy?",
        "No lawsuit has been filed against us related to security or privacy. A claim after the "
        "2025 incident was settled without litigation.",
    )
    asked = "Is your company currently party to any lawsuit related to security or privacy?"
    m = answer(asked, YES_NO, answers=(lawsuits,))
    assert m.answer == "No" or "low confidence" in m.suggested_response
    assert denies(asked, lawsuits.answer)
    # "not ... without MFA" is a condition; "settled without litigation" is none.
    assert not denies("Do you allow remote access?", "Remote access is not permitted without MFA.")


def test_relecloud_kinds() -> None:
    soc1 = Report(
        id="soc1",
        kind="SOC 1",
        type="Type II",
        period_start=date(2024, 7, 1),
        period_end=date(2025, 6, 30),
    )
    inventory = replace(INVENTORY, reports=(soc1,))
    asked = "Does your SOC 1 report cover a period ending in the last 12 months?"
    assert answer(asked, YES_NO, inventory).answer == "No"  # ended a year before AS_OF
    lawsuit = ApprovedAnswer(
        "Is there any litigation against the company?",
        "We are a defendant in a putative class action; it is pending. We are not a party to "
        "any litigation about data security.",
    )
    asked = "Is your company currently party to any pending litigation?"
    assert answer(asked, YES_NO, answers=(lawsuit,)).answer != "No"
    ml = (
        "We use a machine-learning model we trained on our own historical court records. We do "
        "not use generative AI in reports, and customer data is not shared with any AI vendor."
    )
    assert not denies("Do you use customer or candidate data to train AI models?", ml)
    qes = "Proseware is not a qualified trust service provider and does not offer qualified electronic signatures."
    assert denies("Do you offer qualified electronic signatures under eIDAS?", qes)
    sso = "Employer users sign in with email and password; SAML single sign-on is available on the Enterprise plan."
    assert not states("Does your solution support single sign-on (SSO)?", sso)


def test_only_in_a_country_with_another_country_in_the_same_sentence_is_not_only_there() -> None:
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Customer data is stored only in Germany, in Frankfurt, and in encrypted backups in "
        "Helsinki, Finland.",
    )
    m = answer("Is any of our data stored outside Germany?", YES_NO, answers=(where,))
    assert m.answer != "No"
    plain = replace(where, answer="Customer data is stored only in Germany, in Frankfurt.")
    assert answer("Is any data stored outside Germany?", YES_NO, answers=(plain,)).answer == "No"


def test_no_intrusion_detection_says_nothing_of_intrusion_prevention() -> None:
    text = "We do not run a network intrusion detection system."
    assert denies("Have you implemented an intrusion detection system?", text)
    assert not denies("Have you implemented an intrusion prevention system?", text)


def test_a_denial_about_another_thing_does_not_deny_the_one_asked() -> None:
    text = (
        "Traffic to our web app and API uses TLS 1.2 or higher. Appointment reminders sent by "
        "SMS contain the clinic name in plain text; SMS is not encrypted end to end."
    )
    assert not denies("Is data in your mobile app encrypted in transit?", text)
    assert not denies("Is your video service end-to-end encrypted?", text)
    assert denies("Are SMS reminders encrypted end to end?", text)
    vendor = "Fabrikam does not store, process or transmit payment card data."
    assert denies("Do your systems store, process, or transmit cardholder data?", vendor)


def test_a_denial_for_another_named_product_does_not_deny_the_one_asked() -> None:
    text = (
        "Customers on the Enterprise tier can bring their own key for Harbor Vault documents; "
        "customer-managed keys are not available for Harbor Desk."
    )
    assert not denies("Do you support customer-managed keys for Harbor Vault?", text)
    assert denies("Do you support customer-managed keys for Harbor Desk?", text)


def test_a_denial_of_a_list_of_verbs_denies_their_object() -> None:
    text = "We do not accept, store or process payment card data."
    assert denies("Does the product store payment card data?", text)
    assert (
        denies("Do you process cardholder data?", "We never sell, rent or share personal data.")
        is False
    )


def test_sixth_adversarial_check_of_this_rounds_rules() -> None:
    old = replace(SOC2, period_end=date(2025, 3, 31), issued=date(2025, 5, 1))
    inventory = replace(INVENTORY, reports=(old,))
    assert answer("Is your SOC 2 report over 12 months old?", YES_NO, inventory).answer == "Yes"
    assert (
        answer("Was your SOC 2 report issued more than 6 months ago?", YES_NO, inventory).answer
        == "Yes"
    )
    clean = replace(SOC2, opinion="unqualified")
    inventory = replace(INVENTORY, reports=(clean,))
    assert answer("Is your SOC 2 opinion non-qualified?", YES_NO, inventory).answer == "Yes"
    asked = "Can we obtain your SOC 2 report without signing an NDA?"
    assert answer(asked, YES_NO).answer == "No"
    fixed = (
        "The password rules are the same for every customer and cannot be changed by the customer."
    )
    assert not states("Can customers change password rules?", fixed)
    assert not states("Are password rules configurable by customers?", fixed)
    ids = "Host-based intrusion detection runs on all servers; we do not run network-based intrusion detection."
    assert not denies("Do you run intrusion detection?", ids)
    split = "Data is stored in Iowa for US customers and in Frankfurt for EU customers."
    assert not states("Is US customer data stored in the EU?", split)
    for question in ("Is the web app unsigned?", "Is your SOC 2 report without a Privacy section?"):
        assert answer(question, YES_NO).answer == "", question
    dpo = (
        ApprovedAnswer(
            "Do you have a data protection officer?",
            "Yes, our external DPO is Dr. Vogel; from January 2027 we will appoint an internal DPO.",
        ),
    )
    asked = "Do you have an internal data protection officer?"
    assert answer(asked, YES_NO, answers=dpo).answer != "Yes"


def test_a_denial_of_other_users_says_nothing_of_the_group_asked() -> None:
    mfa = Control(
        "MFA-2",
        "Every web user who does not sign in through SSO must use MFA. Kiosk users sign in with "
        "a PIN and have no multi-factor option.",
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    assert answer("Is MFA enforced for SSO users?", YES_NO, inventory).answer == ""
    assert answer("Is MFA enforced for kiosk users?", YES_NO, inventory).answer == "No"


def test_no_other_incident_tells_of_one_and_denies_nothing() -> None:
    told = (
        ApprovedAnswer(
            "Have you had a security incident or data breach?",
            "In September 2026 a misconfigured email rule sent diary summaries of 14 members to "
            "the wrong coach. We know of no other incident.",
        ),
    )
    for asked in (
        "Has a security incident affected member data in the last 5 years?",
        "Were more than 10 members affected by the September 2026 incident?",
        "Do you have a documented incident response plan?",
    ):
        assert answer(asked, YES_NO, answers=told).answer != "No", asked


def test_a_capability_somewhere_is_not_denied_by_where_it_is_not() -> None:
    mfa = Control(
        "IAM-13",
        "On the Premium plan customers can enforce SAML SSO and TOTP MFA; on the Basic plan only "
        "password login is offered. Users who do not sign in through SSO can enrol in TOTP MFA "
        "on the Premium plan only.",
    )
    inventory = replace(INVENTORY, controls=(mfa,))
    asked = "Does your product support MFA for users who do not use SSO?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_denial_of_data_outside_a_place_is_read_for_what_it_says() -> None:
    kept = Control(
        "DAT-1",
        "Customer data is hosted in Dublin with backups in Frankfurt; no customer data is "
        "stored outside the EU. Support engineers in Toronto view records remotely.",
    )
    inventory = replace(INVENTORY, controls=(kept,))

    def said(asked: str) -> str:
        return answer(asked, YES_NO, inventory=inventory).answer

    assert said("Is customer data stored outside the EU?") == "No"
    # Not outside the EU is not "not inside it", nor inside one of its countries, nor unseen.
    assert said("Is all customer data stored within the EU?") != "No"
    assert said("Are backups stored outside Ireland?") != "No"
    assert said("Is customer data accessed from outside the EU?") != "No"


def test_first_contact_kinds_of_a_funeral_software_vendor() -> None:
    scoped = replace(
        SOC2,
        scope="Acme Saatto web application and APIs; Acme Muisto memorial pages and the systems"
        " of Sava Code d.o.o. are not in scope",
    )
    letter = Report(id="bl-2", kind="bridge letter", extends="soc2-2026", through=date(2026, 4, 30))
    inventory = replace(INVENTORY, reports=(scoped, letter))
    for asked, said in (
        # an abbreviation's full stop does not end the excluding clause
        ("Is Acme Muisto within the scope of your SOC 2 report?", "No"),
        ("Is Acme Saatto within the scope of your SOC 2 report?", "Yes"),
        # a letter that "covers the gap ... and today" is asked to cover up to today
        (
            "Do you have a bridge letter that covers the gap between the end of your SOC 2"
            " period and today?",
            "No",
        ),
        ("Is there a gap between the end of your SOC 2 period and today?", "Yes"),
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == said, asked
    staging = Control(
        "DAT-7",
        "Our staging environment uses a copy of production data in which identity codes and"
        " contact details are replaced; the names of the deceased are not replaced.",
    )
    training = Control(
        "APP-2",
        "Our developers attended a one-day secure coding course in March 2025. There is no"
        " recurring secure coding training.",
    )
    inventory = replace(INVENTORY, controls=(staging, training))
    asked = "Are the names of the deceased masked or removed in your staging environment?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    # A denial of the recurrence is narrower than the question.
    asked = "Have your developers been trained in secure coding techniques?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"
    assert (
        answer("Is there recurring secure coding training?", YES_NO, inventory=inventory).answer
        == "No"
    )


def test_conditions_on_card_data_that_never_arrives_and_on_exceptions_none_were_noted() -> None:
    hosted = Control(
        "PAY-1",
        "Customers pay by card on the processor's hosted payment page, so card numbers never"
        " reach our systems.",
    )
    clean = replace(SOC2, exceptions=())
    inventory = replace(INVENTORY, controls=(hosted,), reports=(clean,))
    for asked in (
        "If you store cardholder data, is it encrypted at rest?",
        "If you process cardholder data on your servers, is your cardholder data environment"
        " segmented?",
        "If your SOC 2 report noted exceptions, have they been remediated?",
    ):
        assert answer(asked, YES_NO, inventory=inventory).answer == "N/A", asked
    # Put the other way round, the denial is not turned into a No.
    asked = "Is it true that card numbers never touch your servers?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "No"


def test_a_denial_of_the_rest_is_what_only_asks() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "CD-4",
                "We never receive or store full card numbers; card data is entered on the "
                "acquirer's terminals and only a token and the card brand reach us.",
            ),
        ),
    )
    m = answer("Do you keep only a token and the card brand?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_a_control_that_denies_what_another_seems_to_state_leaves_it_for_review() -> None:
    """A denial that lists the environment asked with another ("development or test") is a
    denial of it; beside a control whose words only seem to state the practice, no Yes."""
    changes = Control(
        "CHG-1",
        "Production changes are approved in a pull request, tested in staging and deployed by"
        " the pipeline.",
        ("CC8.1",),
    )
    synthetic = Control(
        "DAT-9",
        "Developers work with synthetic records; production data is not used in development or"
        " test environments.",
        ("C1.1",),
    )
    inventory = replace(INVENTORY, controls=(changes, synthetic))
    asked = "Is production data ever used in your test environments?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"
    alone = replace(INVENTORY, controls=(synthetic,))
    assert answer("Is production data used in test environments?", YES_NO, alone).answer == "No"


def test_two_figures_compared_and_the_buyers_own_duty_are_for_the_reviewer() -> None:
    dr = Control(
        "DR-4",
        "Our recovery time objective is 4 hours and our recovery point objective is 24 hours.",
        ("A1.3",),
    )
    firmware = Control(
        "OPS-7",
        "We install and maintain the gateways and patch their firmware remotely every quarter.",
        ("CC7.1",),
    )
    inventory = replace(INVENTORY, controls=(dr, firmware))
    for asked in (
        "Is your RPO shorter than your RTO?",
        "Is your RTO less than your RPO?",
        "Is it our responsibility to patch the gateway firmware?",
        "Are port operators responsible for patching the gateway firmware?",
    ):
        assert answer(asked, YES_NO, inventory).answer == "", asked
    # a bound, not a comparison: still answered by the control that states it
    leavers = Control("HR-4", "Access of leavers is removed on their last day.", ("CC6.2",))
    bound = "Is access of leavers removed no later than their last day?"
    assert answer(bound, YES_NO, replace(INVENTORY, controls=(leavers,))).answer == "Yes"


def test_only_asked_needs_only_said_and_no_exceptions_denies_nothing() -> None:
    both = Control(
        "ENC-3",
        "Customer data is encrypted in transit with TLS 1.2 and at rest with AES-256.",
        ("CC6.1",),
    )
    mfa = Control("IAM-5", "MFA is enforced for all staff accounts with no exceptions.", ("CC6.1",))
    inventory = replace(INVENTORY, controls=(both, mfa))
    assert answer("Is customer data encrypted only in transit?", YES_NO, inventory).answer != "Yes"
    asked = "Is MFA enforced for all staff accounts without exception?"
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_the_abbreviation_of_number_denies_nothing() -> None:
    screening = Control(
        "HR-09",
        "Warehouse staff in Porto hold a police clearance (Certificado de Registo Criminal No."
        " 4) before their first shift; seasonal pickers are screened by interview only.",
        ("CC1.4",),
    )
    inventory = replace(INVENTORY, controls=(screening,))
    m = answer(
        "Do warehouse staff in Porto hold a police clearance before their first shift?",
        YES_NO,
        inventory,
    )
    assert m.answer != "No"
    asked = "Do warehouse staff in Porto hold a police clearance before their first shift?"
    assert not denies(asked, "Warehouse staff in Porto hold a police clearance (form Nr. 7).")


def test_a_denial_of_another_thing_beside_the_statement_asked_is_no_no() -> None:
    asked = "Does Bluefin Cyber watch your Entra and Azure logs around the clock?"
    said = (
        "Bluefin Cyber watches our Entra, Azure and firewall logs 24x7; the Kansas City"
        " colocation servers are not watched by Bluefin Cyber."
    )
    assert not denies(asked, said)
    # The denial that names more of what is asked keeps its No.
    hashed = Control(
        "IAM-07",
        "Passwords are hashed with Argon2; passwords are never stored in plain text.",
        ("CC6.1",),
    )
    m = answer(
        "Are passwords stored in plain text?", YES_NO, replace(INVENTORY, controls=(hashed,))
    )
    assert m.answer == "No"


def test_a_denial_of_the_other_case_is_no_denial_of_the_case_asked() -> None:
    shared = Control(
        "IAM-11",
        "Each warehouse scanner signs in with one login that the depot staff on that shift"
        " share; individual scanner logins are not available.",
        ("CC6.1",),
    )
    m = answer(
        "Do any users of your products have to share one login?",
        YES_NO,
        replace(INVENTORY, controls=(shared,)),
    )
    assert m.answer != "No"


def test_one_components_denial_beside_a_control_that_affirms_it_is_for_the_reviewer() -> None:
    stored = Control(
        "ENC-04",
        "Customer files and database backups in Azure are encrypted at rest with AES-256 under"
        " keys we manage; customer-managed keys are not offered. The kiosk keeps receipts on its"
        " local disk unencrypted until upload.",
        ("CC6.1",),
    )
    cache = Control(
        "ENC-05",
        "The driver app keeps delivery photos in its private storage, which we do not encrypt"
        " separately; we do not require drivers' phones to be encrypted.",
        ("CC6.1",),
    )
    m = answer("Is data encrypted at rest?", YES_NO, replace(INVENTORY, controls=(stored, cache)))
    assert m.answer != "No"


def test_what_a_text_says_is_kept_only_is_no_denial_of_it() -> None:
    cards = Control(
        "PAY-03",
        "Card numbers never reach our servers; the payment page is hosted by Adyen and we keep"
        " only the card brand and the last four digits.",
        ("CC6.1",),
    )
    m = answer(
        "Do you store the last four digits of customers' cards?",
        YES_NO,
        replace(INVENTORY, controls=(cards,)),
    )
    assert m.answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Are there any devices in your service without anti-malware software?",
        "Are there devices in your estate without anti-malware software?",
    ],
)
def test_a_denial_is_no_no_to_a_question_turned_by_without(asked: str) -> None:
    # "they have no anti-malware software" is a device without it: no No.
    controls = (
        Control("END-02", "Company laptops run Microsoft Defender for Endpoint.", ()),
        Control(
            "END-03",
            "Kiosk tablets are locked to the booking app by our mobile device management in"
            " kiosk mode; they have no anti-malware software.",
            (),
        ),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, *controls))
    assert answer(asked, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Do you only run tournaments for private clubs such as golf and tennis clubs?",
        "Do you run tournaments solely for private clubs?",
    ],
)
def test_a_denial_of_the_rest_is_no_no_to_only(asked: str) -> None:
    # "we do not run tournaments for councils or schools" is what "only private" asks.
    told = ApprovedAnswer(
        "Do you run public or municipal tournaments?",
        "No. Our customers are golf clubs, tennis clubs and sailing clubs; we do not run"
        " tournaments for councils or schools.",
    )
    assert answer(asked, YES_NO, answers=(told,)).answer != "No"


@pytest.mark.parametrize(
    "asked",
    [
        "Is customer data accessed from outside the EU?",
        "Is client data viewed from outside the EU?",
    ],
)
def test_stored_only_in_a_place_says_nothing_of_where_data_is_seen_from(asked: str) -> None:
    told = ApprovedAnswer(
        "Do you transfer personal data outside the EEA?",
        "Data is stored only in the EU. It is accessed from Serbia by our contract developers"
        " under Standard Contractual Clauses.",
    )
    assert answer(asked, YES_NO, answers=(told,)).answer != "No"


def test_a_past_practice_of_other_people_rules_nothing_out_for_administrators() -> None:
    said = "Until 2024 the night-shift operators shared one login per shift; each now has a named account."
    inventory = replace(INVENTORY, controls=(Control("IAM-7", said),))
    assert answer("Do any of your administrators share one login?", YES_NO, inventory).answer == ""
    assert answer("Do any of your operators share one login?", YES_NO, inventory).answer == "No"


def test_a_denial_of_another_thing_named_as_its_subject_denies_nothing_asked() -> None:
    question = "Is any regulatory complaint currently pending against your company?"
    other = (
        "No court case is pending against us. A customer has brought a complaint to the "
        "regulator, which we are answering; it has nothing to do with security."
    )
    assert not denies(question, other)
    assert denies(question, "No regulatory complaint is pending against us.")


def test_a_denial_of_what_is_guarded_against_is_no_no() -> None:
    said = "Entries in the dispensing log cannot be changed once they are saved."
    question = "Are dispensing log entries protected from changes?"
    assert not denies(question, said)
    inventory = replace(INVENTORY, controls=(Control("LOG-9", said),))
    assert answer(question, YES_NO, inventory).answer != "No"


def test_a_denial_for_other_workers_or_inside_a_noun_is_no_no_for_employees() -> None:
    question = "Are background checks performed on all employees before their first day?"
    said = (
        "Employees in Portugal present a certificate of no criminal record before they start."
        " Freelance drivers are not background checked by us."
    )
    assert not denies(question, said)
    assert denies(question, "Employees are not background checked before they start.")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is an accessibility audit of the Harbour app scheduled?", ""),
        ("Is an accessibility audit planned for the Harbour app?", ""),
        # A plan denied still rules one out.
        ("Is an accessibility audit of the Quay app scheduled?", "No"),
    ],
)
def test_what_has_not_happened_says_nothing_of_what_is_planned(question: str, said: str) -> None:
    audits = Control(
        "ACC-3",
        "The Harbour app has not had an accessibility audit; a first audit is booked for March."
        " No accessibility audit of the Quay app is planned.",
    )
    held = replace(INVENTORY, controls=(audits,))
    assert answer(question, YES_NO, held).answer == said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Are the locum pharmacists background checked?", ""),
        ("Do the locum pharmacists undergo background checks?", ""),
        # The vendor's own hands asked: the denial is of them.
        ("Do you background check the locum pharmacists yourselves?", "No"),
    ],
)
def test_a_denial_of_the_vendors_own_hands_does_not_deny_the_act(question: str, said: str) -> None:
    locums = Control(
        "HR-21",
        "We do not background check locum pharmacists ourselves; Rota Locums Ltd confirms each"
        " quarter that it has checked them.",
    )
    held = replace(INVENTORY, controls=(locums,))
    assert answer(question, YES_NO, held).answer == said


def test_a_plan_asked_is_denied_by_what_is_never_done() -> None:
    # Not a "has not happened yet": a standing denial rules a plan out too.
    kept = Control("DAT-44", "Customer data is never stored outside the EU.")
    held = replace(INVENTORY, controls=(kept,))
    asked = "Do you plan to store customer data outside the EU?"
    assert answer(asked, YES_NO, held).answer == "No"


def test_a_denial_of_another_time_does_not_deny_the_time_asked() -> None:
    sla = ApprovedAnswer(
        "What is your uptime SLA?",
        "99.9% during scheduled trading sessions; outside trading hours there is no SLA.",
    )
    held = replace(INVENTORY, answers=(sla,))
    asked = "Is your SLA during scheduled trading sessions at least 99.9%?"
    assert answer(asked, YES_NO, held).answer != "No"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Do you keep any part of members' bank account numbers?", ""),
        ("Are masked bank account numbers stored in your systems?", ""),
        ("Do you store full bank account numbers?", "No"),
    ],
)
def test_a_denial_of_the_whole_does_not_deny_a_part(question: str, said: str) -> None:
    bank = Control(
        "DAT-70",
        "Members pay by direct debit through Tilly Pay. We never receive full bank account"
        " numbers; we keep the last four digits for statements.",
    )
    held = replace(INVENTORY, controls=(bank,))
    assert answer(question, YES_NO, held).answer == said


def test_a_denial_of_one_kind_of_data_in_a_place_is_not_a_denial_of_all_data_there() -> None:
    where = Control(
        "DAT-7",
        "Mexican customers' data is stored in AWS mx-central-1 (Querétaro) with backups in"
        " Monterrey. US customers' data is stored in AWS us-west-2 (Oregon). Mexican data is"
        " never stored in the United States.",
    )
    inventory = replace(INVENTORY, controls=(where,))
    asked = "Is any customer data stored in the United States?"
    assert answer(asked, YES_NO, inventory).answer != "No"
    asked = "Is Mexican customer data stored in the United States?"
    assert answer(asked, YES_NO, inventory).answer == "No"


def test_a_denial_sharing_only_a_name_denies_nothing_asked_of_it() -> None:
    review = Control(
        "VEN-3", "We review Azure and Postmark every year. We have not reviewed Credito Alba."
    )
    inventory = replace(INVENTORY, controls=(review,))
    asked = "Has Credito Alba suffered a data breach?"
    assert answer(asked, YES_NO, inventory).answer == ""
    assert answer("Do you review Credito Alba every year?", YES_NO, inventory).answer == "No"


def test_a_denial_of_one_group_beside_the_practice_told_of_another_is_not_a_no() -> None:
    coding = Control(
        "APP-07",
        "Our engineers in Lisbon take a secure coding course every year. Vistula Code engineers "
        "have had no secure coding training from us.",
        ("CC8.1",),
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, coding))
    for asked in (
        "Have your engineers been trained in secure coding techniques?",
        "Do your engineers receive secure coding training?",
    ):
        assert answer(asked, YES_NO, inventory).answer not in ("Yes", "No")
    # asked of all of them, the group left out makes it No
    m = answer("Do all engineers receive secure coding training?", YES_NO, inventory)
    assert m.answer != "Yes"


def test_a_denial_of_another_group_is_no_no_for_the_group_asked() -> None:
    checks = Control(
        "HR-04",
        "Permanent employees pass criminal record checks before hire. Seasonal warehouse staff, "
        "who pack orders in December, are not background checked.",
        ("CC1.4",),
    )
    inventory = replace(INVENTORY, controls=(checks,))
    m = answer("Are permanent employees background checked?", YES_NO, inventory)
    assert m.answer != "No"
    # asked of all of them, the group left out makes it No
    assert answer("Are all staff background checked?", YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        (
            "Screens blank and ask for the PIN after 10 idle minutes; screens in the warehouse "
            "picking mode never lock.",
            "Do screens lock automatically?",
        ),
        (
            "API tokens become invalid after 24 hours; tokens for the legacy integration do not "
            "expire.",
            "Do API tokens expire?",
        ),
    ],
)
def test_a_denial_narrowed_to_a_mode_the_question_does_not_name_is_not_a_no(
    said: str, asked: str
) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("NEW-01", said, ("CC6.1",))))
    assert not denies(asked, said)
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_denial_narrowed_to_the_mode_asked_or_asked_of_all_is_still_a_no() -> None:
    said = (
        "Screens blank and ask for the PIN after 10 idle minutes; screens in the warehouse "
        "picking mode never lock."
    )
    assert denies("Do screens in the warehouse picking mode lock?", said)
    assert denies("Do all screens lock automatically?", said)
    # a denial with no other sentence beside it is the No
    assert denies("Do screens lock?", "Screens in the warehouse never lock.")


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "Are your engineers trained in secure development?",
            "All engineers we hire take a secure development course each year. Ostrava Design "
            "Studio designers do not ship code and are not trained.",
        ),
        (
            "Have your developers received secure coding training?",
            "All developers attend a secure coding workshop every year. Our contract auditors "
            "review code samples and have had no training.",
        ),
    ],
)
def test_a_denial_of_another_role_of_people_is_no_no_for_the_role_asked(
    asked: str, said: str
) -> None:
    # the second verb ("and are not trained") is said of the people the first part names
    assert not denies(asked, said)


@pytest.mark.parametrize(
    "asked",
    [
        "Do you collect, process or store biometric information?",
        "Do you collect or store location data?",
    ],
)
def test_a_denial_of_some_places_is_no_denial_where_no_place_is_asked(asked: str) -> None:
    said = "No data is collected, processed or stored in Russia or Belarus."
    approved = ApprovedAnswer("Do you process or store data in Russia?", said)
    assert answer(asked, YES_NO, answers=(approved,)).answer != "No"


def test_a_denial_of_a_place_still_answers_the_place_asked() -> None:
    approved = ApprovedAnswer(
        "Do you host data in Russia?", "No customer records are stored or processed in Russia."
    )
    asked = "Are customer records stored in Russia?"
    assert answer(asked, YES_NO, answers=(approved,)).answer == "No"


def test_a_denial_beside_people_of_a_place_is_still_a_denial() -> None:
    said = "We do not process cardholder data, and we have no clients in the United States."
    approved = ApprovedAnswer("Do you process card data?", said)
    assert answer("Do you process cardholder data?", YES_NO, answers=(approved,)).answer == "No"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Election staff are vetted by us. We have never asked our print contractor whether "
            "it shreds returned ballot papers.",
            "Does your print contractor shred returned ballot papers?",
        ),
        (
            "Nobody has confirmed if the courier firm encrypts the tablets it carries for us.",
            "Does the courier firm encrypt the tablets?",
        ),
        (
            "It is unclear whether the former landlord wiped the server room's disks.",
            "Did the former landlord wipe the server room disks?",
        ),
    ],
)
def test_knowing_denied_leaves_the_thing_known_open(text: str, asked: str) -> None:
    # A denial of asking, knowing or confirming is no denial of the act asked about, and the
    # act named after "whether" is no statement of it either.
    assert not denies(asked, text)
    inventory = replace(INVENTORY, controls=(Control("UNK-1", text),))
    assert answer(asked, YES_NO, inventory).answer == ""


@pytest.mark.parametrize(
    "text",
    [
        "Our print contractor shreds returned ballot papers under its contract, though we "
        "have never verified whether it does so.",
        "Our print contractor shreds returned ballot papers, but nobody knows if they actually "
        "do in practice.",
        "Our print contractor tells us it shreds returned ballot papers; whether it really does "
        "remains unconfirmed.",
    ],
)
def test_a_doubt_after_the_claim_leaves_it_open(text: str) -> None:
    # A second reader's kind (review of 54f5c26): the knowing denied after the claim, pointing
    # back to it.
    inventory = replace(INVENTORY, controls=(Control("UNK-2", text),))
    asked = "Does your print contractor shred returned ballot papers?"
    assert answer(asked, YES_NO, inventory).answer == ""


def test_a_claim_beside_an_open_question_on_something_else_still_stands() -> None:
    text = (
        "Multi-factor authentication is enforced for all staff, but we do not yet know whether "
        "customers will adopt it."
    )
    inventory = replace(INVENTORY, controls=(Control("UNK-3", text),))
    asked = "Is multi-factor authentication enforced for all staff?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_an_approved_answer_that_has_not_checked_denies_nothing() -> None:
    said = ApprovedAnswer(
        "Do your subcontractors screen their staff?",
        "We have not checked whether our subcontractors screen their staff.",
    )
    asked = "Do your subcontractors perform background checks on their staff?"
    assert answer(asked, YES_NO, answers=(said,)).answer == ""


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "We do not check whether uploaded files contain malware.",
            "Do you check whether uploaded files contain malware?",
        ),
        (
            "Our print contractor does not shred returned ballot papers; they are archived.",
            "Does your print contractor shred returned ballot papers?",
        ),
    ],
)
def test_the_act_of_checking_denied_or_the_act_itself_denied_is_still_a_no(
    text: str, asked: str
) -> None:
    assert denies(asked, text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Server images are encrypted with KMS. Log archives in Glacier are not backed up.",
            "Are data backups encrypted?",
        ),
        (
            "Release builds are signed with our code-signing key. Nightly builds are not archived.",
            "Are build archives signed?",
        ),
    ],
)
def test_a_denial_of_the_thing_asked_of_for_something_else_is_no_no(text: str, asked: str) -> None:
    # Probe redteam65's kind: "Photos in object storage are not backed up" denies backing up
    # photos, not that backups are encrypted.
    inventory = replace(INVENTORY, controls=(Control("DEN-5", text),))
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_denial_of_what_is_asked_of_the_thing_is_still_a_no() -> None:
    inventory = replace(INVENTORY, controls=(Control("DEN-6", "Backups are not encrypted."),))
    assert answer("Are data backups encrypted?", YES_NO, inventory).answer == "No"


@pytest.mark.parametrize(
    "text",
    [
        "Our print contractor shreds returned ballot papers; whether the shreds are recycled "
        "afterwards remains unconfirmed.",
        "Our print contractor shreds returned ballot papers under contract; whether it will "
        "renew the contract in 2027 is unclear.",
    ],
)
def test_a_doubt_on_something_else_leaves_the_claim_standing(text: str) -> None:
    # A second reader's cases (review of dd2d1e0..d3c5648).
    inventory = replace(INVENTORY, controls=(Control("UNK-4", text),))
    asked = "Does your print contractor shred returned ballot papers?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "We adopted a business continuity plan in 2025 for Pulse and Studio; it has not "
            "been exercised yet.",
            "Has your business continuity plan been exercised?",
        ),
        (
            "A restore runbook for Pulse was written in March 2026. It has never been tested.",
            "Has the restore runbook been tested?",
        ),
        (
            "Nightly snapshots of Pulse are kept for 30 days; they are not restore-tested.",
            "Are the nightly snapshots restore-tested?",
        ),
    ],
)
def test_an_act_denied_of_the_thing_by_a_pronoun_is_no_yes(text: str, asked: str) -> None:
    # Probe redteam62's kind: "We wrote a disaster recovery plan ...; it has not been tested
    # yet" does not say the plan was tested.
    assert denies(asked, text)
    answers = (ApprovedAnswer("Tell us about your continuity arrangements.", text),)
    assert answer(asked, YES_NO, INVENTORY, answers).answer != "Yes"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # The act told elsewhere: tested before, not since.
        (
            "Our continuity plan was exercised in 2024; it has not been exercised since.",
            "Has your continuity plan been exercised?",
        ),
        # Asked of what is to come.
        (
            "We adopted a continuity plan in 2025; it has not been exercised yet.",
            "Will your continuity plan be exercised?",
        ),
        # Another thing named, no pronoun.
        (
            "We adopted a continuity plan in 2025. The standby site has not been exercised yet.",
            "Has your continuity plan been exercised?",
        ),
    ],
)
def test_an_act_denied_by_a_pronoun_of_something_else_or_later_is_no_denial(
    text: str, asked: str
) -> None:
    assert not denies(asked, text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Customer records are not copied to test systems, with one exception: the billing "
            "sandbox holds a scrubbed copy of last quarter's invoices.",
            "Are customer records ever copied to test systems?",
        ),
        (
            "Customer data is not used outside production, with a single exception - the "
            "yearly load test runs on a masked copy.",
            "Is customer data ever used outside production?",
        ),
        (
            "Customer data is not used in non-production environments. Two exceptions: the "
            "migration rehearsal and the load test use masked copies.",
            "Is customer data used in non-production environments?",
        ),
    ],
)
def test_a_denial_with_a_counted_exception_is_no_no(text: str, asked: str) -> None:
    # Probe redteam68's kind: "not used in non-production environments, with one exception -
    # the UAT environment uses a masked copy" is no No to "ever used in test environments?".
    inventory = replace(INVENTORY, controls=(Control("DEV-3", text, ("CC8.1",)),))
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_a_denial_with_no_exceptions_is_still_a_no() -> None:
    text = "Customer data is never used in non-production environments, with no exceptions."
    inventory = replace(INVENTORY, controls=(Control("DEV-4", text, ("CC8.1",)),))
    asked = "Is customer data ever used in non-production environments?"
    assert answer(asked, YES_NO, inventory).answer == "No"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # A narrower denial beside the act told in other words (a second reader's cases).
        (
            "The incident response plan was approved by the board in 2025 and is exercised twice "
            "a year; it has not been tested in a live incident.",
            "Has your incident response plan been tested?",
        ),
        (
            "The incident response plan is exercised in a tabletop twice a year. It has not been "
            "tested.",
            "Has your incident response plan been tested?",
        ),
        # "it" after a relative clause may be the nearer thing.
        (
            "The disaster recovery plan includes the payroll system, which moved to a new vendor "
            "in June; it has not been tested yet.",
            "Has your disaster recovery plan been tested?",
        ),
    ],
)
def test_a_pronouns_denial_that_may_not_be_of_the_act_asked_is_no_no(text: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("IR-9", text, ("CC7.4",)),))
    assert answer(asked, YES_NO, inventory).answer != "No"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Agency staff sign in through their own employer's identity provider, and we do not "
            "control which second factor it requires.",
            "Do agency staff use multi-factor authentication?",
        ),
        (
            "Resellers keep copies of the invoices they send; we have not checked whether they "
            "encrypt them.",
            "Do resellers encrypt invoice copies?",
        ),
    ],
)
def test_what_the_vendor_does_not_control_or_know_is_no_denial(text: str, asked: str) -> None:
    # Probe redteam68's kind: "we do not control which second factor it requires" is no No to
    # "Do contractors use phishing-resistant MFA?".
    inventory = replace(INVENTORY, controls=(Control("EXT-1", text, ("CC6.1",)),))
    assert answer(asked, YES_NO, inventory).answer != "No"


def test_what_the_vendor_does_not_do_is_still_a_denial() -> None:
    text = "Agency staff sign in with a password only and no second factor."
    inventory = replace(INVENTORY, controls=(Control("EXT-2", text, ("CC6.1",)),))
    assert (
        answer("Do agency staff use multi-factor authentication?", YES_NO, inventory).answer == "No"
    )
