"""Answers you can sign (spec 6.1): the rules of mapping/signable/narrower.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import INVENTORY, YES_NO, _with, answer

from socproc.inventory.load import Control
from socproc.mapping.signable import denies, of_some_people, states


def test_a_practice_for_systems_in_general_does_not_state_it_for_a_named_asset() -> None:
    changes = Control(
        "CHG-01",
        "Production change requests are documented, reviewed and approved before release.",
        (),
    )
    at_rest = Control("ENC-01", "Customer databases are encrypted at rest with AES-256.", ())
    inventory = replace(INVENTORY, controls=(changes, at_rest))
    asked = answer("Are production change requests documented?", YES_NO, inventory=inventory)
    assert asked.answer == "Yes"
    for question in (
        "Do you have a documented process for firewall change requests?",
        "Are laptops encrypted at rest?",
    ):
        m = answer(question, YES_NO, inventory=inventory)
        assert (m.answer, m.filled) == ("", False), question
    assert states("Are customer databases encrypted at rest?", at_rest.description)


def test_a_plan_alternative_is_a_yes_when_the_practice_is_stated() -> None:
    asked = "Do you run a bug bounty programme, or are there plans to start one in the next year?"
    bounty = Control("VUL-09", "A public bug bounty programme rewards reported findings.", ())
    inventory = replace(INVENTORY, controls=(bounty,))
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    # Never a No: a practice not in place may still be planned.
    assert answer(asked, YES_NO).filled is False


def test_a_practice_stated_for_everyone_is_stated_for_a_part_of_them() -> None:
    checks = "Background checks are completed for all employees before their start date."
    asked = "Are background checks done for staff who handle confidential records?"
    assert states(asked, checks)
    # Another population, or the population as the question's subject, is not a part of it.
    assert not states("Are background checks done for users who sign up?", checks)
    assert not states(
        "Do users with admin rights use MFA?", "All users must change passwords every year."
    )


def test_ownership_and_upkeep_are_stated_in_other_words() -> None:
    plan = "The incident response plan, owned by the CISO, is reviewed and updated every year."
    assert states("Is someone responsible for the maintenance of the incident response plan?", plan)


def test_all_of_something_general_needs_all_of_it_stated() -> None:
    records = "Student records are encrypted at rest; uploads use server-side encryption."
    assert not states("Is all data encrypted at rest?", records)
    assert states("Is all data encrypted at rest?", "All data is encrypted at rest with AES-256.")
    # "all employees" is stated by what employees (the same people) do.
    assert states(
        "Is security training mandatory for all employees?",
        "Employees complete mandatory security training yearly.",
    )
    assert states(
        "Do audit logs include all of the following: login, logout, source IP?",
        "Audit logs include login, logout and source IP.",
    )


def test_conditional_access_and_a_provider_not_named() -> None:
    support = "Support staff can view records only when an administrator grants access."
    assert not states("Do support staff have access to records?", support)
    assert not states("Is student data stored in AWS?", "Student data is stored in S3 buckets.")


def test_what_the_customer_chooses_is_not_true_of_every_customer() -> None:
    regions = (
        "Customer data is stored only in the Azure region the customer chooses when signing "
        "the contract, Canada Central or East US 2."
    )
    assert not states("Is customer data stored in Canada?", regions)
    assert states(
        "Is customer data stored in Canada?", "Customer data is stored in Canada Central."
    )


def test_how_many_people_a_question_names_must_be_stated() -> None:
    second = "Tax table updates are reviewed by a second tax specialist before use."
    assert not states("Is the tax table maintained by a single specialist?", second)
    assert states("Do you support single sign-on?", "Customers can use SAML single sign-on.")


def test_part_of_the_data_left_unprotected_is_not_all_of_it() -> None:
    text = "Orders are encrypted at rest with AES-256; the CSV export folder is unencrypted."
    assert not states("Is customer data encrypted at rest?", text)
    text = "Orders are encrypted at rest with AES-256; the legacy print archive is not encrypted."
    assert not states("Is customer data encrypted at rest?", text)


def test_a_practice_with_another_product_left_out_does_not_state_it() -> None:
    split = (
        "Lumen Pay databases are encrypted at rest with AES-256. Lumen Insights warehouse "
        "encryption at rest is a customer-enabled option and is off by default."
    )
    assert not states("Is data encrypted at rest?", split)
    assert states("Is Lumen Pay data encrypted at rest?", split)
    merged = "Changes to Lumen Pay require an approving review; Lumen Insights changes may be merged by the author."
    assert not states("Are changes reviewed and approved?", merged)
    normal = "All production changes are reviewed and approved before deployment."
    assert not states("Do emergency changes require approval before deployment?", normal)


@pytest.mark.parametrize(
    ("question", "description"),
    [
        (
            "Do you have a documented business continuity plan?",
            "A business continuity plan is being drafted; the target go-live for a tested "
            "disaster recovery plan is Q2 2027.",
        ),
        (
            "Are internet-facing hosts scanned for vulnerabilities at least weekly?",
            "After go-live of the new scanning service (planned January 2027), we will scan all "
            "internet-facing hosts weekly. Today, scans run quarterly.",
        ),
        (
            "Is SMS accepted as a second factor?",
            "Until 2025 clinicians could use SMS codes as a second factor; since March 2026 "
            "clinician accounts require an authenticator app.",
        ),
        (
            "Do you operate a 24x7 security operations centre?",
            "We used to operate an in-house 24x7 security operations centre; since the 2025 "
            "reorganisation alerts are reviewed on business days.",
        ),
        (
            "Is sensitive data encrypted at rest?",
            "Cardholder data is tokenised and encrypted at rest with AES-256.",
        ),
        (
            "Do all employees and contractors undergo background checks?",
            "Background checks are performed for office staff; warehouse contractors are "
            "checked by their agencies.",
        ),
        (
            "Is your RTO 4 hours or less?",
            "We target an RTO of 4 hours for the Payments API; the Merchant Dashboard targets "
            "an RTO of 24 hours.",
        ),
    ],
)
def test_a_plan_a_past_practice_or_part_of_the_scope_is_not_stated(
    question: str, description: str
) -> None:
    assert not states(question, description)


def test_what_is_in_place_today_is_still_stated() -> None:
    assert states(
        "Is sensitive data encrypted at rest?",
        "The payroll database is encrypted at rest with Transparent Data Encryption (AES-256).",
    )
    assert states(
        "Do all employees complete security awareness training?",
        "All employees complete security awareness training at hire and yearly.",
    )
    assert states("Is cardholder data encrypted at rest?", "Cardholder data is encrypted at rest.")


def test_only_in_a_place_said_of_people_does_not_say_where_data_is() -> None:
    checks = Control("HR-2", "Employees are background-checked only in the United States.")
    inventory = replace(INVENTORY, controls=(checks,))
    asked = "Is customer data stored only within the EU?"
    assert answer(asked, YES_NO, inventory).answer == ""


def test_tenth_probe_and_lucerne_kinds() -> None:
    firmware = (
        "Code changes to Project Hub are reviewed by a second engineer before merge; the Site "
        "Gateway firmware is built and released by a single engineer."
    )
    assert not states("Is firmware code reviewed by a second engineer?", firmware)
    http = "All traffic uses TLS 1.2, but the appliance's local web interface uses plain HTTP."
    assert not states("Is the transport of sensitive data encrypted?", http)
    updates = "Site Gateway firmware updates are released quarterly and installed by the customer."
    assert not states("Are firmware updates installed automatically by the vendor?", updates)
    disk = "The Site Gateway stores photos on a local disk; disk encryption is available but must be turned on by the customer."
    assert not states("Is data encrypted at rest on the Site Gateway?", disk)
    kiosk = Control("IAM-6", "Self-checkout sessions on Lucerne Kiosk end after 90 seconds.")
    tests = Control(
        "VUL-2",
        "The staff client and API are penetration tested every year. Lucerne Kiosk has never been penetration tested.",
    )
    inventory = replace(INVENTORY, controls=(kiosk, tests))
    assert (
        answer("Has the self-checkout kiosk been penetration tested?", YES_NO, inventory).answer
        != "Yes"
    )
    patron = (
        "Patron PINs and passwords are stored as bcrypt hashes and are never stored in plain text."
    )
    assert not denies("Are you storing any passwords in plaintext?", patron)
    general = f"{patron} Passwords are never stored or logged in plain text."
    assert denies("Are you storing any passwords in plaintext?", general)


def test_a_denial_whose_subject_comes_parts_before_it_is_of_that_subject() -> None:
    # "The two freelance designers in Cebu, Philippines, have not been screened": of the
    # freelancers, not of the employees asked about.
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "HR-7",
                "Every employee passes a police check before joining. The two contract "
                "engineers in Cebu, Philippines, are not screened.",
            ),
        ),
    )
    m = answer("Are all employees screened before they join?", YES_NO, inventory=inv)
    assert m.answer != "No"
    m = answer("Are your contractors screened?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_a_denial_of_the_thing_itself_is_narrower_than_asked() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "AU-3",
                "Citizens sign in to the Civic Portal with BankID or with a username and password; "
                "the portal itself adds no second factor.",
            ),
        ),
    )
    m = answer("Does the Civic Portal support multi-factor authentication?", YES_NO, inventory=inv)
    assert m.answer != "No"


def test_a_second_verb_is_said_of_the_people_the_first_part_names() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "HR-9",
                "Employees in Spain provide a criminal record certificate before they start. Our "
                "three designers in Porto are contractors and are not background checked by us.",
            ),
        ),
    )
    m = answer("Do employees undergo criminal background checks before hiring?", YES_NO, inv)
    assert m.answer != "No"
    m = answer("Are contractors background checked?", YES_NO, inv)
    assert m.answer != "Yes"


def test_a_practice_of_some_of_the_people_asked_of_all_is_no_yes() -> None:
    training = Control(
        "HR-04",
        "Permanent employees complete phishing awareness training every spring; seasonal"
        " warehouse staff are given a leaflet instead.",
        ("CC2.2",),
    )
    inventory = replace(INVENTORY, controls=(training,))
    m = answer("Do all employees complete phishing awareness training?", YES_NO, inventory)
    assert m.answer != "Yes"
    m = answer("Do permanent employees complete phishing awareness training?", YES_NO, inventory)
    assert m.answer != "No"


def test_items_of_one_kind_named_after_them_are_narrower_than_any() -> None:
    hashed = Control(
        "IAM-12",
        "Passwords of clinic staff are stored as bcrypt hashes and never in plain text.",
        ("CC6.1",),
    )
    m = answer(
        "Are you storing any passwords in plaintext?",
        YES_NO,
        replace(INVENTORY, controls=(hashed,)),
    )
    assert m.answer != "No"


def test_a_sentence_that_starts_with_a_small_letter_is_its_own() -> None:
    at_rest = Control(
        "ENC-08",
        "Backups are encrypted at rest with AES-256. iPads used in the warehouse are not"
        " encrypted.",
        ("CC6.1",),
    )
    m = answer("Are backups encrypted at rest?", YES_NO, replace(INVENTORY, controls=(at_rest,)))
    assert m.answer != "No"


@pytest.mark.parametrize(
    "text",
    [
        "Privacy training is annual for employees; agency locums receive it only at induction.",
        "Employees complete privacy training every year, but seasonal pickers get it only on"
        " their first day.",
    ],
)
@pytest.mark.parametrize(
    "question",
    [
        "Do all personnel complete privacy training every year?",
        "Are all staff trained on privacy every year?",
        "Are all workforce members vetted and given privacy training yearly?",
    ],
)
def test_a_practice_told_of_one_group_and_less_of_another_is_not_said_of_everyone(
    question: str, text: str
) -> None:
    training = Control("HR-12", text, ("CC2.2",))
    vetting = Control(
        "HR-11", "All employees, locums and pickers are vetted before they start.", ()
    )
    held = replace(INVENTORY, controls=(training, vetting))
    assert answer(question, YES_NO, held).answer == ""


def test_a_practice_told_of_everyone_is_not_narrowed_by_another_groups_extra() -> None:
    training = Control(
        "HR-12",
        "Privacy training is completed every year by all staff, including agency locums.",
        ("CC2.2",),
    )
    held = replace(INVENTORY, controls=(training,))
    asked = "Do all staff complete privacy training every year?"
    assert answer(asked, YES_NO, held).answer == "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Do you background check personnel who have access to customer data?",
        "Do you run background checks on staff with access to production?",
    ],
)
def test_people_other_organisations_check_themselves_are_not_checked_by_the_vendor(
    asked: str,
) -> None:
    vetting = Control(
        "HR-9",
        "Every Harbour employee is background checked before starting. Our cleaning and"
        " security partners check their own people; we are not shown the outcome.",
    )
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(vetting,))).answer == ""


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Do you email newsletters to members who have not subscribed?", "No"),
        ("Are newsletters emailed to members who never subscribed?", "No"),
        ("Do you email newsletters to members who have subscribed?", "Yes"),
    ],
)
def test_what_is_done_only_for_those_who_have_is_not_done_for_those_who_have_not(
    asked: str, expected: str
) -> None:
    said = Control(
        "MKT-2",
        "The Tidepool app emails newsletters only to members who have subscribed in their"
        " profile; members can unsubscribe at any time.",
    )
    assert answer(asked, YES_NO, replace(INVENTORY, controls=(said,))).answer == expected


def test_a_group_that_does_it_once_does_less_than_every_year() -> None:
    text = (
        "Employees complete privacy training within their first week and every year after "
        "that. Temporary agents complete it once, at onboarding."
    )
    assert of_some_people("Do all personnel complete privacy training every year?", text)
    yearly = "Employees complete privacy training once a year. Agents complete it once a year."
    assert not of_some_people("Do all personnel complete privacy training every year?", yearly)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Staff complete phishing training each quarter. Volunteer event stewards sign a "
            "confidentiality pledge.",
            "Do you perform drug testing on volunteer event stewards?",
        ),
        (
            "Warehouse staff are screened before hire. Seasonal delivery drivers wear branded "
            "uniforms.",
            "Do you run credit checks on seasonal delivery drivers?",
        ),
    ],
)
def test_a_group_asked_of_that_opens_a_sentence_needs_the_practice_said(
    text: str, asked: str
) -> None:
    # Probe redteam63's kind: the group's own words ("freelance court reporters") are three of
    # the five asked; what is asked of them must be said too.
    inventory = replace(INVENTORY, controls=(Control("GRP-1", text),))
    assert answer(asked, YES_NO, inventory).answer == ""


def test_a_group_asked_of_with_the_practice_said_still_answers() -> None:
    text = "Volunteer event stewards are drug tested before each festival."
    inventory = replace(INVENTORY, controls=(Control("GRP-2", text),))
    asked = "Do you perform drug testing on volunteer event stewards?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The help desk answers calls every day from Leeds, Derby and Hull; on Sundays only "
            "Hull is staffed.",
            "Is the Derby help desk staffed on Sundays?",
        ),
        (
            "Scanned invoices are kept in Blob storage for a year; only the extracted totals are "
            "sent to Xero.",
            "Are scanned invoices sent to Xero?",
        ),
    ],
)
def test_what_only_others_get_is_not_said_of_the_one_asked(text: str, asked: str) -> None:
    # Probe redteam65's kind: "at weekends only Panama City and Singapore are staffed" for the
    # Rotterdam desk at weekends; "only metadata is sent to our CRM" for call recordings.
    inventory = replace(INVENTORY, controls=(Control("ONL-1", text),))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_what_only_some_get_is_still_said_of_them() -> None:
    text = (
        "Meeting audio is transcribed on the laptop and deleted after an hour, and only the "
        "written summary is sent to Salesforce."
    )
    inventory = replace(INVENTORY, controls=(Control("ONL-2", text),))
    asked = "Is the written summary sent to Salesforce?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    "question",
    [
        # A plan asked by name, and the text says it is on another plan by name (probe
        # redteam77's kind, in other words).
        "Is encryption under a customer-held key available on the Basic plan?",
        "Is data export to a customer's own bucket available on the Starter plan?",
    ],
)
def test_what_is_on_another_named_plan_is_not_on_the_plan_asked(question: str) -> None:
    text = (
        "Encryption of case files under the firm's own key held in its key vault is available "
        "on Harbour Plus and can be switched on by the firm. Data export to a customer's own "
        "storage bucket is available on Harbour Plus."
    )
    assert answer(question, YES_NO, _with((text,))).answer == "", question


def test_what_is_on_the_plan_asked_is_stated() -> None:
    text = (
        "Encryption of case files under the firm's own key held in its key vault is available "
        "on Harbour Plus and can be switched on by the firm."
    )
    question = "Is encryption under a customer-held key available on the Harbour Plus plan?"
    assert answer(question, YES_NO, _with((text,))).answer == "Yes"


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # What follows a sentence on the plan asked after its semicolon is of that plan too
        # (inv_nightingale's kind, in other words): "we never have access to that key".
        (
            "Do you have access to the key protecting case files on the Pro plan?",
            "On the Pro plan, case files are encrypted with a key that the firm holds in its own "
            "key vault; we never have access to that key. On the Basic plan case files are "
            "encrypted with our own keys.",
            "",
        ),
        # Look-alike: the plan's sentence says it; another plan's sentence is left out.
        (
            "Is customer data on the Pro plan encrypted at rest?",
            "On the Pro plan, customer data is encrypted at rest with AES-256; keys are rotated "
            "every year. On the Basic plan data is not encrypted.",
            "Yes",
        ),
    ],
)
def test_what_follows_a_plans_sentence_after_a_semicolon_is_that_plans(
    question: str, text: str, expected: str
) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # What is done with a kind of data needs that data named (buyer read of HECVAT 4.1.4
        # PDAT-01 from inv_nightingale, in other words): a denial on other things says nothing.
        (
            "Do you collect, process, or store biometric information?",
            "Badge readers keep an event log on the reader only; these logs are not collected.",
            "",
        ),
        (
            "Do you store or transmit biometric data?",
            "We do not store or transmit biometric data.",
            "No",
        ),
    ],
)
def test_what_is_done_with_a_kind_of_data_needs_the_data_named(
    question: str, text: str, expected: str
) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # Second reader rev28: what follows a semicolon and names another plan is that plan's;
        # a practice said of every plan is of the plan asked.
        (
            "Is customer data on the Pro plan encrypted at rest?",
            "On the Pro plan, customer data is stored in Frankfurt; Enterprise customers' data "
            "is encrypted at rest with AES-256.",
            "",
        ),
        (
            "Is customer data on the Pro plan encrypted at rest?",
            "On the Pro plan, customer data is encrypted at rest with AES-256; on the Basic "
            "plan, data is not encrypted at rest.",
            "Yes",
        ),
        (
            "Is SSO available on the Essencial plan?",
            "Single sign-on is available with SAML 2.0 on every plan.",
            "Yes",
        ),
    ],
)
def test_a_semicolon_goes_on_only_with_what_names_nothing_else(
    question: str, text: str, expected: str
) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == expected


@pytest.mark.parametrize(
    ("question", "other", "expected"),
    [
        # Second reader rev29: customers' or students' own laptops are not the vendor's; "your
        # workforce laptops" are all the workforce uses.
        (
            "Are all laptops encrypted?",
            "Customers install the Harbor agent on their own laptops; we do not manage those "
            "laptops.",
            "Yes",
        ),
        (
            "Are all laptops encrypted?",
            "Students use their own laptops to take our online courses.",
            "Yes",
        ),
        (
            "Are all your workforce laptops encrypted?",
            "Contractors work on personal laptops we do not manage.",
            "",
        ),
        # Second reader rev30: customers named in a sentence whose subject is staff.
        (
            "Are all laptops encrypted?",
            "Support staff use their own laptops to help customers; we do not manage those "
            "laptops.",
            "",
        ),
        (
            "Are all laptops encrypted?",
            "Freelance nurses use their own laptops to update patients' care notes.",
            "",
        ),
        (
            "Are all your own laptops encrypted?",
            "Contractors use personal laptops to reach the helpdesk portal.",
            "Yes",
        ),
    ],
)
def test_whose_own_laptops_decides(question: str, other: str, expected: str) -> None:
    controls = ("Every employee laptop is enrolled in Jamf and encrypted with FileVault.", other)
    assert answer(question, YES_NO, _with(controls)).answer == expected


@pytest.mark.parametrize(
    ("question", "controls", "expected"),
    [
        # Devices people own or the vendor does not manage, told in another control than the
        # one that answers (probe redteam78's kind, in other words): what is said of the
        # managed ones is not said of all.
        (
            "Are all laptops used by your staff managed by your organisation?",
            (
                "Every employee laptop is enrolled in Jamf and reported to the IT team.",
                "Our freelance illustrators work from their own laptops through a browser; we "
                "do not manage those laptops.",
            ),
            "",
        ),
        (
            "Is anti-malware installed on all laptops?",
            (
                "Anti-malware (Microsoft Defender) is installed on every employee laptop.",
                "Contract tutors use personal laptops to reach the lesson portal.",
            ),
            "",
        ),
        # Look-alikes: the company's own devices asked; own devices forbidden.
        (
            "Is anti-malware installed on all company laptops?",
            (
                "Anti-malware (Microsoft Defender) is installed on every company laptop.",
                "Contract tutors use personal laptops to reach the lesson portal.",
            ),
            "Yes",
        ),
        (
            "Is anti-malware installed on all laptops?",
            (
                "Anti-malware (Microsoft Defender) is installed on every employee laptop.",
                "Personal laptops are not allowed for work.",
            ),
            "Yes",
        ),
    ],
)
def test_devices_not_managed_in_another_control_leave_all_unsaid(
    question: str, controls: tuple[str, ...], expected: str
) -> None:
    assert answer(question, YES_NO, _with(controls)).answer == expected
