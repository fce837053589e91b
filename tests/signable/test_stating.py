"""Answers you can sign (spec 6.1): the rules of mapping/signable/stating.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import BRIDGE, CONTROLS, INVENTORY, SOC1_T1, SOC2, YES_NO, _with, answer

from socproc.inventory.load import ApprovedAnswer, Control, Report
from socproc.mapping.signable import states
from socproc.mapping.signable.negation import _DENIAL_RX
from socproc.model import Status


def test_topic_relevance_alone_is_a_draft_for_review() -> None:
    m = answer("Do you operate a 24x7 security operations center with L1 and L2 analysts?", YES_NO)
    assert (m.answer, m.filled) == ("", False)
    if m.evidence:  # the report is evidence to attach, not an answer
        assert m.status is Status.REVIEW and "unstated" in m.flags
        assert m.suggested_response.startswith("DRAFT (not stated in the inventory")


def test_a_security_practice_does_not_state_the_privacy_one() -> None:
    training = Control(
        "HR-02", "All employees complete security awareness training at hire and yearly.", ()
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, training))
    assert answer(
        "Do you have a security awareness training program?", YES_NO, inventory=inventory
    ).filled
    privacy = answer(
        "Do you have a privacy awareness/training program?", YES_NO, inventory=inventory
    )
    assert privacy.filled is False


def test_a_text_that_says_no_does_not_state_it() -> None:
    assert not states(
        "Is customer data stored outside the United States?",
        "No customer data is stored outside the United States.",
    )


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Do you encrypt data in transit and at rest?", "Data in transit is encrypted with TLS."),
        ("Is MFA required for remote access and for admins?", "MFA is required for remote access."),
        ("Are all laptops encrypted?", "All laptops are encrypted except developer test machines."),
    ],
)
def test_each_coordinated_part_must_be_stated_without_exception(question: str, text: str) -> None:
    assert not states(question, text)


def test_coordinated_parts_all_stated_are_stated() -> None:
    text = "Data is encrypted in transit with TLS 1.2 and at rest with AES-256."
    assert states("Do you encrypt data in transit and at rest?", text)


def test_a_policy_asked_for_is_not_stated_by_a_practice_that_mentions_its_subject() -> None:
    training = "All employees complete security and privacy awareness training every year."
    assert not states("Does your organization have a data privacy policy?", training)
    assert states("Do you have a security awareness program?", training)


def test_a_subject_named_only_in_frame_words_must_be_named_by_the_text() -> None:
    asked = "Does your company have a formal information security program that is reviewed at least annually?"
    vendors = (
        "Vendors that store customer data are security-reviewed before onboarding and every year."
    )
    assert not states(asked, vendors)
    assert states(asked, "Our information security program is reviewed by the CISO every year.")


def test_a_follow_up_question_must_be_stated_too() -> None:
    m = answer("Do you require MFA? If so, is it enforced for contractors?", YES_NO)
    assert (m.answer, m.filled) == ("", False)
    assert answer("Do you require MFA?", YES_NO).answer == "Yes"


def test_ninth_probe_kinds() -> None:
    masked = Control(
        "DEV-1", "Production data copied to staging is masked only for the name and address fields."
    )
    assert answer("Solution Name", (), replace(INVENTORY, controls=(masked,))).answer == ""
    insurance = ApprovedAnswer(
        "Do you carry cyber insurance?",
        "Yes, with a limit of EUR 5 million in aggregate and a sublimit of EUR 500,000 for ransomware.",
    )
    asked = "Is ransomware covered up to at least EUR 1 million?"
    assert answer(asked, YES_NO, answers=(insurance,)).answer == ""
    soc = "Alerts are triaged 24x7 for the scoring platform only; the claims portal is monitored during business hours."
    assert not states("Is the claims portal monitored by a 24x7 SOC?", soc)
    assert not states(
        "Is the survey builder WCAG 2.1 AA conformant?",
        "The survey builder partially conforms to WCAG 2.1 AA.",
    )
    uploads = "Databases are encrypted at rest; file uploads for legacy studies are stored without encryption at rest."
    assert not states("Is sensitive data encrypted at rest?", uploads)
    hotfix = "Code changes are peer reviewed before deployment; emergency hotfixes are deployed by one engineer and reviewed within 48 hours."
    assert not states("Are all code changes peer reviewed before deployment?", hotfix)
    isae = Report(
        id="isae",
        kind="ISAE 3000",
        type="Type II",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
    )
    inventory = replace(INVENTORY, reports=(isae,))
    assert answer("Have you undergone a SSAE 18/SOC 2 audit?", YES_NO, inventory).answer == ""


def test_eleventh_probe_kinds() -> None:
    assert answer("Is Stripe carved out of your SOC 2?", YES_NO).answer == ""  # not named
    stopped = Control(
        "PT-1", "We stopped annual third-party penetration testing after the 2024 test."
    )
    inventory = replace(INVENTORY, controls=(stopped,))
    assert (
        answer("Do you perform annual third-party penetration tests?", YES_NO, inventory).answer
        == "No"
    )
    sharing = (
        "Backer emails are shared with campaign creators; backers cannot opt out of this sharing."
    )
    assert not states("Can backers opt out of email sharing?", sharing)
    insured = (
        "Cyber insurance covers our services; claims arising from the payouts service are excluded."
    )
    assert not states("Does your insurance cover all services?", insured)
    stored = "Identity documents of campaign creators are stored by Onfido, not by FundHarbor."
    assert not states("Do you store identity documents?", stored)
    saq = ApprovedAnswer("PCI?", "Molarly completes SAQ A each year for its payment page.")
    asked = "Do you have a current PCI DSS Attestation of Compliance?"
    assert answer(asked, YES_NO, answers=(saq,)).answer == ""
    assert answer(asked, YES_NO).answer == "No"  # no word of it anywhere: not held


def test_the_means_asked_must_be_stated() -> None:
    link = "Patients sign in with a one-time link sent by SMS or email."
    assert not states("Do patients sign in with a password?", link)
    assert not states("Do clinic staff sign in with a password?", link)


def test_both_groups_sibling_products_only_inside_and_places_not_listed() -> None:
    sign_in = Control(
        "IAM-20",
        "Employees sign in through Okta with push multi-factor authentication. Patients sign "
        "in with a password; they can turn on SMS codes.",
    )
    inventory = replace(INVENTORY, controls=(sign_in,))
    asked = "Is MFA required for both employees and patients?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Is MFA required for patients?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    sites = Control(
        "BCP-9",
        "Lumen Pay fails over to the Leeds site every quarter; Lumen Books has no secondary site.",
    )
    inventory = replace(INVENTORY, controls=(sites,))
    assert answer("Does Lumen Pay have a secondary site?", YES_NO, inventory=inventory).answer != (
        "No"
    )
    vault = Control("PCI-2", "Card numbers are tokenised and stored only in the card vault.")
    inventory = replace(INVENTORY, controls=(vault,))
    asked = "Are card numbers stored anywhere outside the card vault?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "No"
    licensed = Control("PPL-7", "Nurses are licensed in Ohio, Texas and Florida.")
    inventory = replace(INVENTORY, controls=(licensed,))
    assert answer("Are nurses licensed in Colorado?", YES_NO, inventory=inventory).answer != "Yes"
    assert answer("Are nurses licensed in Texas?", YES_NO, inventory=inventory).answer == "Yes"
    backups = Control("BCK-3", "Records are stored in us-central1 (Iowa) with backups in us-east4.")
    inventory = replace(INVENTORY, controls=(backups,))
    assert answer("Are backups stored in Iowa?", YES_NO, inventory=inventory).answer != "Yes"


def test_going_without_what_the_text_requires_and_a_letter_of_another_report() -> None:
    access = Control(
        "IAM-71",
        "Our on-call contractor Baltic Ops can access production data only through a logged"
        " just-in-time access request approved by the CISO.",
    )
    inventory = replace(INVENTORY, controls=(access,))
    asked = "Can Baltic Ops access production data without CISO approval?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    soc1 = replace(
        SOC1_T1, type="Type II", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31)
    )
    inventory = replace(INVENTORY, reports=(SOC2, BRIDGE, soc1))
    asked = "Is your SOC 1 report bridged to today by a bridge letter?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_a_programme_that_lapsed_is_not_stated_by_what_is_still_done_once() -> None:
    inv = replace(
        INVENTORY,
        controls=(
            Control(
                "TR-5",
                "New starters complete privacy training in their first month; we used to repeat it "
                "every year but have not held the yearly session since 2024.",
            ),
        ),
    )
    m = answer("Do you have a privacy training program?", YES_NO, inventory=inv)
    assert m.answer != "Yes"


def test_where_a_groups_data_is_kept_is_not_where_anothers_is() -> None:
    where = ApprovedAnswer(
        "Where is customer data stored?",
        "Grievance records of workers in Vietnam are stored in Hanoi; records from Cambodia and"
        " Bangladesh stay in AWS Singapore.",
    )
    asked = "Are grievance records of workers in Cambodia stored in Vietnam?"
    assert answer(asked, YES_NO, answers=(where,)).answer != "Yes"


def test_where_the_data_of_one_groups_sites_is_kept_is_not_anothers() -> None:
    lists = Control(
        "DAT-2",
        "Passenger lists for wind farms in UK waters are stored in Azure UK South (London); all"
        " other customer data stays in Azure North Europe (Dublin).",
        ("C1.1",),
    )
    inventory = replace(INVENTORY, controls=(lists,))
    asked = "Are passenger lists for wind farms in German waters stored in London?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_denial_for_people_picked_out_by_when_they_came_is_not_for_all() -> None:
    training = Control(
        "APP-2",
        "Our developers attended a secure coding workshop in 2025; developers who joined after"
        " that have had no secure coding training.",
        ("CC2.2",),
    )
    inventory = replace(INVENTORY, controls=(training,))
    asked = "Have your developers been trained in secure coding techniques?"
    assert answer(asked, YES_NO, inventory).answer != "No"
    new = "Have developers who joined after 2025 been trained in secure coding?"
    assert answer(new, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Does Kestrel Basic support multi-factor authentication?",
        "Does Kestrel Basic give every user an individual login?",
    ],
)
def test_a_clause_on_a_sibling_product_says_nothing_of_the_one_asked(asked: str) -> None:
    said = (
        "Kestrel Basic has one login per shop, which the shop's staff use together; Kestrel"
        " Plus gives every user an individual login with multi-factor authentication."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("IAM-21", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_part_kept_does_not_state_the_whole_asked() -> None:
    said = "Card numbers entered at the kiosk go straight to the acquirer; we retain the last four digits for receipts."
    inventory = replace(INVENTORY, controls=(Control("PAY-3", said),))
    assert answer("Do you retain complete card numbers?", YES_NO, inventory).answer != "Yes"
    assert not states("Do you retain complete card numbers?", said)


def test_a_thing_an_event_befell_is_not_stated_by_a_general_control() -> None:
    said = "All company laptops have had BitLocker full-disk encryption since March 2025."
    inventory = replace(INVENTORY, controls=(Control("END-2", said),))
    assert answer("Was the lost laptop encrypted?", YES_NO, inventory).answer == ""
    assert not states("Was the stolen tablet encrypted?", "All tablets are encrypted.")
    assert states("Are company laptops encrypted?", said)


@pytest.mark.parametrize(
    ("controls", "question", "not_expected"),
    [
        # The vendor keeps them; it is a log that they never enter.
        (
            (
                "Card numbers held in our PCI vault never enter application logs or analytics exports.",
            ),
            "Do you store credit card numbers?",
            "No",
        ),
        # Customers reaching engineers through a form is no incident response at any hour.
        (
            ("Customers can reach our engineers 24/7 through the status page contact form.",),
            "Do you respond to security incidents 24x7?",
            "Yes",
        ),
        # The thing asked opens its own item; the kind is given to another.
        (
            (
                "Intrusion detection runs at our network perimeter; host-based firewalls run on every server.",
            ),
            "Do you employ host-based intrusion detection?",
            "Yes",
        ),
    ],
)
def test_facts_that_look_like_an_answer_and_are_not(
    controls: tuple[str, ...], question: str, not_expected: str
) -> None:
    assert answer(question, YES_NO, _with(controls)).answer != not_expected


@pytest.mark.parametrize(
    ("controls", "question", "expected"),
    [
        # Words the exception rule does not list ("flag") on a report with one exception.
        ((), "Did your auditor flag any exceptions in your SOC 2 Type II report?", "Yes"),
        # "truncated" said of another thing than the complete inventory asked.
        (
            (
                "A complete inventory of hardware assets is kept in our CMDB; serial numbers are truncated in exports.",
            ),
            "Do you maintain a complete inventory of hardware assets?",
            "Yes",
        ),
        # The guard itself denied.
        (
            ("Backups are not protected against ransomware; they sit on the same network share.",),
            "Are backups protected against ransomware?",
            "No",
        ),
        # A comparison word that relates no two reports.
        (
            (),
            "Do you have a SOC 2 Type II report or an ISO 27001 certificate, or a later equivalent?",
            "Yes",
        ),
        # "exposed" says which endpoints, not an event.
        (
            ("All internet-facing API endpoints are scanned weekly for vulnerabilities.",),
            "Are the exposed API endpoints scanned for vulnerabilities?",
            "Yes",
        ),
    ],
)
def test_right_answers_the_new_rules_must_not_blank(
    controls: tuple[str, ...], question: str, expected: str
) -> None:
    iso = Report(id="iso", kind="ISO 27001", issued=date(2025, 9, 1), expires=date(2028, 8, 31))
    assert answer(question, YES_NO, _with(controls, (SOC2, iso))).answer == expected


def test_a_value_given_item_by_item_answers_only_for_its_own_item() -> None:
    rules = Control(
        "NET-12",
        "Firewall rules are reviewed every quarter for Harbour Ledger and Harbour Portal and twice"
        " a year for Harbour Payroll.",
        ("CC6.6",),
    )
    held = replace(INVENTORY, controls=(*CONTROLS, rules))
    payroll = "Are firewall rules for Harbour Payroll reviewed quarterly?"
    assert answer(payroll, YES_NO, held).answer != "Yes"
    portal = "Are firewall rules for Harbour Portal reviewed quarterly?"
    assert answer(portal, YES_NO, held).answer == "Yes"


def test_quantities_given_item_by_item_are_still_judged_for_the_item_asked() -> None:
    recovery = Control(
        "BCP-14",
        "The recovery time objective is 2 hours for Harbour Ledger and 24 hours for Harbour"
        " Payroll.",
        ("A1.2",),
    )
    held = replace(INVENTORY, controls=(*CONTROLS, recovery))
    slow = "Is the RTO for Harbour Payroll under 12 hours?"
    assert answer(slow, YES_NO, held).answer == "No"
    fast = "Is the RTO for Harbour Ledger under 12 hours?"
    assert answer(fast, YES_NO, held).answer == "Yes"


def test_frequencies_given_item_by_item_in_numbers_answer_only_for_their_own_item() -> None:
    rules = Control(
        "IAM-44",
        "Access rights are reviewed every 3 months for Harbour Ledger and Harbour Portal and every"
        " 12 months for Harbour Payroll.",
        ("CC6.2",),
    )
    held = replace(INVENTORY, controls=(*CONTROLS, rules))
    asked = "Are access rights for Harbour Payroll reviewed quarterly?"
    assert answer(asked, YES_NO, held).answer != "Yes"


def test_a_practice_denied_of_one_named_part_is_not_stated_of_them_all() -> None:
    text = (
        "We restore the Atlas database from backup in a test every month; the Beacon archive "
        "has never been restore-tested."
    )
    assert not states("Do you regularly test your backups?", text)
    assert not states("Are backups tested regularly?", text)
    # A denial of another act in the same text is not one of the act asked.
    kept = (
        "Application logs are kept for 90 days. The Atlas audit trail cannot be edited and is "
        "kept for the life of the account."
    )
    assert states("Do you keep application logs?", kept)


def test_what_is_said_of_all_other_things_is_not_said_of_all() -> None:
    text = (
        "Shipping manifests are kept for 10 years as Danish law requires; all other customer data "
        "is deleted within 30 days after the contract ends."
    )
    assert not states("Is all customer data deleted within 30 days after the contract ends?", text)


@pytest.mark.parametrize(
    "text",
    [
        "A second factor is not optional for administrators.",
        "Restore tests are never run less often than once a quarter.",
        "Logs are never kept for less than a year.",
    ],
)
def test_a_double_negative_is_no_denial(text: str) -> None:
    assert not _DENIAL_RX.search(text)


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (
            "Do you run dependency scanning on all repositories?",
            "Code review is required for all repositories. Dependency scanning runs on the "
            "Atlas repository only.",
        ),
        (
            "Is static analysis run on all code repositories?",
            "Every change is peer reviewed. Semgrep static analysis runs on the Beacon repository.",
        ),
    ],
)
def test_all_said_of_another_practice_does_not_make_the_practice_asked_universal(
    asked: str, text: str
) -> None:
    assert not states(asked, text)
    assert states("Is MFA enforced for all users?", "MFA is enforced for all users.")


def test_only_another_kind_of_the_thing_asked_leaves_the_kind_asked_out() -> None:
    text = (
        "Fraud alerts are monitored by our team in Porto from 08:00 to 20:00 WET on business "
        "days. Outside those hours only outage alerts page the on-call engineer."
    )
    assert not states("Are fraud alerts reviewed outside business hours?", text)
    outage = "Outside business hours outage alerts page the on-call engineer."
    assert states("Do outage alerts page an engineer outside business hours?", outage)


def test_a_choice_to_opt_out_is_not_stated_by_what_is_done_to_all() -> None:
    asked = "Can a school opt out of having its pupils' essays used to train your marking model?"
    said = "Our marking model is trained on essays from all schools' pupils; a teacher reviews each mark."
    assert not states(asked, said)


def test_backing_up_asked_is_not_said_by_where_the_thing_is_stored() -> None:
    assert not states("Are call recordings backed up?", "Call recordings are stored in Oregon.")
    assert states("Are call recordings backed up?", "Call recordings are backed up nightly.")


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "Is patient location tracked after the visit ends?",
            "The app tracks patient location while the visit is open and stops when it closes.",
        ),
        (
            "Do you run vulnerability scans on networks other than the corporate network?",
            "We run vulnerability scans on the corporate network every month.",
        ),
    ],
)
def test_the_other_side_of_a_condition_is_not_stated_by_the_side_told(
    asked: str, said: str
) -> None:
    assert not states(asked, said)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Are high-severity findings remediated within 30 days?",
            "Our goal is clear: we endeavour to remediate high-severity findings within 30 days.",
        ),
        (
            "Are firewall rules reviewed every six months?",
            "Firewall rules are ordinarily reviewed every six months; as a rule the network lead "
            "signs the review.",
        ),
        ("Is disk encryption enabled on all laptops?", "Staff should enable disk encryption."),
        (
            "Are vendor contracts reviewed by legal counsel?",
            "Vendor contracts are typically reviewed by legal counsel before signature.",
        ),
        (
            "Do you require hardware keys for administrators?",
            "Hardware keys are strongly recommended for administrators.",
        ),
        (
            "Are audit logs retained for one year?",
            "Wherever practical, audit logs are retained for one year.",
        ),
    ],
)
def test_an_aim_a_habit_or_advice_does_not_state_the_practice(question: str, text: str) -> None:
    assert not states(question, text)


def test_a_firm_clause_beside_an_aim_on_something_else_still_states() -> None:
    text = "Critical patches are applied within 7 days; we aim to apply the rest within 30 days."
    assert states("Are critical patches applied within 7 days?", text)
    # "generally available" is a release, not a habit; an aim asked of is told by one.
    text = "Audit log export is generally available to customers."
    assert states("Is audit log export available to customers?", text)
    aim = "Do you aim to fix critical findings within 14 days?"
    assert states(aim, "We aim to fix critical findings within 14 days.")


def test_an_approved_answer_that_tells_an_aim_is_no_yes() -> None:
    aim = ApprovedAnswer("Do you encrypt backups?", "We try to encrypt all backups with AES-256.")
    assert answer("Are data backups encrypted?", YES_NO, answers=(aim,)).answer == ""
    told = ApprovedAnswer("Do you encrypt backups?", "We encrypt all backups with AES-256.")
    assert answer("Are data backups encrypted?", YES_NO, answers=(told,)).answer == "Yes"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Have all laptops been enrolled in device management?",
            "Almost all laptops have been enrolled in Intune device management.",
        ),
        (
            "Are pull requests reviewed by a second engineer?",
            "The great majority of pull requests are reviewed by a second engineer.",
        ),
        (
            "Do your engineers use hardware security keys?",
            "83% of our engineers use hardware security keys.",
        ),
        (
            "Have your suppliers signed the code of conduct?",
            "Most of our suppliers have signed the supplier code of conduct.",
        ),
    ],
)
def test_a_share_short_of_the_whole_does_not_state_the_practice(question: str, text: str) -> None:
    assert not states(question, text)


def test_the_most_recent_is_no_share() -> None:
    text = "The most recent penetration test report is available under NDA."
    assert states("Is the most recent penetration test report available under NDA?", text)
    assert states("Do most engineers use hardware keys?", "Most engineers use hardware keys.")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Are medium findings fixed within 60 days?",
            "Our target is to fix medium findings within 60 days.",
        ),
        (
            "Are medium findings fixed within 60 days?",
            "We make every effort to fix medium findings within 60 days.",
        ),
        (
            "Are medium findings fixed within 60 days?",
            "In most instances medium findings are fixed within 60 days.",
        ),
        (
            "If a medium finding is raised, is it fixed within 60 days?",
            "We aim to fix medium findings within 60 days.",
        ),
        ("Do you require MFA for contractors?", "Contractors are reminded to turn on MFA."),
    ],
)
def test_aims_in_other_words_do_not_state_the_practice(question: str, text: str) -> None:
    assert not states(question, text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Is access removed within 24 hours of termination?",
            "Access is removed within 24 hours of termination should an employee leave.",
        ),
        (
            "Are firewall rules reviewed monthly?",
            "Firewall rules are reviewed monthly, which is more often than is typically required.",
        ),
        (
            "Is the incident response plan tested every year?",
            "The incident response plan is tested every year, which should satisfy most auditors.",
        ),
    ],
)
def test_a_conditional_should_or_an_aside_is_no_hedge(question: str, text: str) -> None:
    assert states(question, text)


def test_a_habit_of_not_doing_is_no_denial() -> None:
    habit = Control(
        "DAT-70", "We typically do not copy production data into the staging environment."
    )
    inventory = replace(INVENTORY, controls=(habit,))
    asked = "Is production data copied into the staging environment?"
    assert answer(asked, YES_NO, inventory).answer == ""
    firm = Control("DAT-71", "We do not copy production data into the staging environment.")
    inventory = replace(INVENTORY, controls=(firm,))
    assert answer(asked, YES_NO, inventory).answer == "No"


def test_the_negative_asked_is_not_stated_by_the_positive() -> None:
    text = "Our analysts in Leeds work on anonymised copies of production data produced by our masking pipeline."
    assert not states("Do analysts currently work with unmasked production data?", text)


def test_a_practice_another_party_is_responsible_for_is_not_the_vendors() -> None:
    text = (
        "Access rights for staff are reviewed twice a year. Care home administrators manage "
        "their own caregivers' roles in Carebook and are responsible for reviewing them."
    )
    assert not states("Does Medlane review caregivers' access rights in Carebook?", text)
    # Asked of whose duty it is, the text answers.
    asked = "Are care home administrators responsible for reviewing caregivers' roles in Carebook?"
    assert states(asked, text)


def test_a_name_asked_is_answered_by_the_sentences_that_name_it() -> None:
    text = (
        "Cobalt carries out an external penetration test of Atlas and Beacon every year. The "
        "Hermes bridge is checked only by the registry's own conformance tests."
    )
    assert not states("Is the Hermes bridge penetration tested by an external firm?", text)
    assert states("Is Atlas penetration tested by an external firm every year?", text)


def test_a_word_asked_said_only_of_some_is_not_stated_for_all() -> None:
    text = (
        "All staff and agency temps complete security awareness training at onboarding and "
        "every year. Fraud training is given to the claims desk only."
    )
    assert not states("Is fraud awareness training mandatory for all staff?", text)
    assert states("Do all staff complete security awareness training every year?", text)


def test_where_data_is_kept_is_not_where_customers_are() -> None:
    text = "EU region data is stored in AWS Ireland with backups copied to AWS Frankfurt, Germany."
    assert not states("Do you have customers in Germany?", text)
    # People said to be in the place are.
    text = "Forty employees are located in Pune, India."
    assert states("Do you have employees located in India?", text)


def test_a_feature_named_after_a_standard_is_no_compliance_with_it() -> None:
    text = "Ledgerly Close keeps a 21 CFR Part 11 audit trail of journal approvals."
    assert not states("Is Ledgerly Close 21 CFR Part 11 compliant?", text)
    text = "The platform complies with PCI DSS v4.0."
    assert states("Does the platform comply with PCI DSS?", text)


@pytest.mark.parametrize(
    "asked",
    [
        "Does the courier app collect location when no delivery is active?",
        "Does the courier app collect location while the delivery is not active?",
    ],
)
def test_a_practice_of_the_case_present_does_not_state_the_case_absent(asked: str) -> None:
    text = "The courier app collects the phone's location every minute while a delivery is active."
    inventory = replace(INVENTORY, controls=(Control("PRV-70", text),))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "Players under fourteen can only be signed up through a parent's account or by their club.",
        "Players under fourteen must be approved by a parent before they are signed up.",
    ],
)
def test_only_through_another_does_not_state_on_their_own(text: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("PRV-71", text),))
    asked = "Can players under 14 sign up on their own?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "The continuity plan covers Harbour Desk only and is exercised every October.",
        "Only Harbour Desk is in the continuity plan, which is reviewed each spring.",
    ],
)
def test_every_of_a_time_is_no_all_beside_only(text: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("BCP-72", text),))
    asked = "Do all of your products have a continuity plan?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_plan_for_all_products_timed_every_october_still_states_it() -> None:
    text = "All products are covered by the continuity plan, which is exercised every October."
    inventory = replace(INVENTORY, controls=(Control("BCP-73", text),))
    asked = "Do all of your products have a continuity plan?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The disaster recovery plan is exercised every spring. The 2026 exercise was "
            "cancelled when the team moved offices.",
            "Did you exercise the disaster recovery plan in 2026?",
        ),
        (
            "Firewall rules are reviewed each quarter; the Q3 2026 review has been deferred to "
            "November.",
            "Were firewall rules reviewed in Q3 2026?",
        ),
    ],
)
def test_an_occasion_called_off_is_not_stated_as_held(text: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("OCC-90", text),))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Restores are rehearsed twice a year. Operations called off the spring 2026 "
            "rehearsal during the data-centre move.",
            "Did you rehearse a restore in spring 2026?",
        ),
        (
            "The phishing simulation runs each autumn; the 2026 simulation had to be "
            "postponed until January.",
            "Did you run a phishing simulation in 2026?",
        ),
        (
            "The business continuity plan is exercised every spring. The 2026 exercise was "
            "moved to February 2027.",
            "Did you exercise the business continuity plan in 2026?",
        ),
    ],
)
def test_an_occasion_called_off_in_other_words_is_not_stated_as_held(text: str, asked: str) -> None:
    # A second reader's kind (review of 54f5c26): an active or modal calling off.
    inventory = replace(INVENTORY, controls=(Control("OCC-92", text),))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_an_unrelated_occasion_called_off_in_the_year_asked_leaves_the_act_held() -> None:
    text = (
        "The disaster recovery plan was exercised in March 2026. The 2026 staff party was "
        "cancelled."
    )
    inventory = replace(INVENTORY, controls=(Control("OCC-93", text),))
    asked = "Did you exercise the disaster recovery plan in 2026?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_the_practice_is_still_stated_beside_one_occasion_moved() -> None:
    text = (
        "Firewall rules are reviewed each quarter; the Q3 2026 review has been deferred to "
        "November."
    )
    inventory = replace(INVENTORY, controls=(Control("OCC-91", text),))
    assert answer("Are firewall rules reviewed?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The office network sits behind a SonicWall firewall whose gateway anti-virus "
            "licence lapsed in June 2026 and has not been renewed.",
            "Do you have gateway anti-virus in place?",
        ),
        (
            "Our data loss prevention subscription expired in April 2026.",
            "Do you have data loss prevention in place?",
        ),
        (
            "The web application firewall licence for the portal is no longer valid.",
            "Do you use a web application firewall?",
        ),
    ],
)
def test_what_has_lapsed_is_not_stated_as_in_place(text: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("LAP-90", text),))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_the_thing_beside_what_lapsed_is_still_stated() -> None:
    text = (
        "The office network sits behind a SonicWall firewall whose gateway anti-virus licence "
        "lapsed in June 2026 and has not been renewed."
    )
    inventory = replace(INVENTORY, controls=(Control("LAP-91", text),))
    assert answer("Do you have a firewall?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("approved", "asked"),
    [
        (
            ApprovedAnswer(
                "Are you working towards SOC 2 for Northwind Vault?",
                "We hope to bring Northwind Vault into the scope of our next SOC 2 Type II.",
            ),
            "Will Northwind Vault be in the scope of your next SOC 2 Type II report?",
        ),
        (
            ApprovedAnswer("Do you offer SSO?", "We would like to offer SAML SSO on every plan."),
            "Do you offer SAML SSO on every plan?",
        ),
        (
            ApprovedAnswer(
                "Is Vault in scope?", "Vault will probably join the SOC 2 scope next year."
            ),
            "Will Vault be in the scope of your next SOC 2 report?",
        ),
    ],
)
def test_a_hope_is_no_commitment(approved: ApprovedAnswer, asked: str) -> None:
    # Blind tune set inv_crossbill's kind: "We hope to have Secretariat in the scope of our
    # next SOC 2" filled Yes for "Will Secretariat be in the scope ...?".
    assert answer(asked, YES_NO, answers=(approved,)).answer == ""


def test_what_a_named_party_is_asked_to_do_must_be_said() -> None:
    # Blind tune set inv_crossbill's kind: the thing it is done to and the one named are said,
    # what it does ("retain") is not ("under a zero-retention agreement").
    text = (
        "Northwind Scribe sends the visit notes a clinician selects to the Anthropic API under "
        "a zero-retention agreement; the notes are not used for training."
    )
    inventory = replace(INVENTORY, controls=(Control("AI-9", text),))
    asked = "Does Anthropic retain the visit notes that Northwind Scribe sends to it?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Every new integration gets a threat model before it ships; the payroll and "
            "calendar connectors were modelled in 2025.",
            "Do you threat model all of your integrations?",
        ),
        (
            "Each new module is pen tested before general availability.",
            "Are all modules of your platform penetration tested?",
        ),
    ],
)
def test_what_is_done_for_each_new_one_is_not_done_for_all(text: str, asked: str) -> None:
    # Probe redteam68's kind: "a privacy impact assessment is completed for each new product
    # before launch" says nothing of the products launched before.
    inventory = replace(INVENTORY, controls=(Control("NEW-1", text, ("CC3.2",)),))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_what_is_done_for_each_new_one_answers_a_question_of_new_ones() -> None:
    text = "Each new module is penetration tested before general availability."
    inventory = replace(INVENTORY, controls=(Control("NEW-2", text, ("CC4.1",)),))
    asked = "Is each new module penetration tested before general availability?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "Northwind developers complete secure coding training on the OWASP Top 10 when they "
        "join; the Gdańsk Code developers who build the mobile app have not taken it.",
        "Our developers take secure coding training on the OWASP Top 10 every spring; the "
        "Łódź Software developers have not taken it.",
    ],
)
def test_training_of_one_firms_people_beside_anothers_untrained_is_no_yes(text: str) -> None:
    # Blind tune set inv_siskin's first-contact unsupported answer (T21178), by kind (a firm
    # named with letters outside ASCII, "Wisła Software", was not read as a group of its own).
    inventory = replace(INVENTORY, controls=(Control("SDL-4", text, ("CC1.4",)),))
    for asked in (
        "Have your developers been trained in secure coding techniques?",
        "Are your engineers trained in secure coding?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes", asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Cloudflare's firewall sits in front of the web portal and the API; the reporting "
            "service has none.",
            "Do you use a web application firewall?",
        ),
        (
            "Products launched since 2024 run dependency scanning on every build; the older "
            "products do not.",
            "Do you run dependency scanning on your builds?",
        ),
        (
            "Logs of the EU stack are shipped to the SIEM, but the US stack's are not.",
            "Are your logs shipped to a SIEM?",
        ),
    ],
)
def test_told_of_some_and_denied_of_others_in_a_word_is_no_yes(text: str, asked: str) -> None:
    # A buyer read's kind (inv_whitethroat on HECVAT 4.1.4): "A web application firewall
    # protects the EU and UK regions; the Gulf region has none" is no plain Yes.
    inventory = replace(INVENTORY, controls=(Control("PART-1", text, ("CC6.6",)),))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_an_option_denied_to_some_leaves_the_thing_told() -> None:
    # Look-alike: "Team plan customers cannot" denies the opt-out, not the training.
    text = (
        "The clause model is trained on the contracts of all customers. Enterprise customers can "
        "opt out of this training; Team plan customers cannot."
    )
    inventory = replace(INVENTORY, controls=(Control("AI-7", text, ("P4.1",)),))
    asked = "Are customer contracts used to train your models?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


# ------------------------------------------------ the act asked, and the part named in full


def test_an_act_asked_must_be_said_not_only_what_it_is_done_to() -> None:
    # Blind tune set inv_hawfinch's kind: "Will Sarnıç patch the turnstile controllers
    # installed at our museum?" answered Yes by "the controllers are installed inside the
    # museums' turnstile housings". Other wordings.
    text = "The ticket scanners are installed at each venue's entrance and locked in a cabinet."
    assert not states("Will Northwind patch the ticket scanners installed at our venue?", text)
    assert not states("Are the ticket scanners tested before they are installed?", text)
    # The act said in another form of it still states it.
    assert states(
        "Do you patch critical vulnerabilities within 14 days?",
        "Critical vulnerabilities are remediated within 14 days.",
    )
    assert states(
        "Is production data used in your test environments?",
        "Production data is used in our test environments after masking.",
    )


def test_the_sentence_naming_every_name_asked_decides_it() -> None:
    # Blind tune set inv_hawfinch's kind: "Is Envanter in the Türkiye region protected by a
    # WAF?" answered Yes from "... Envanter in the EU region" beside "Envanter in the Türkiye
    # region and Arşiv are not behind a web application firewall".
    text = (
        "A web application firewall (Cloud Armor) protects Kasa in both regions and Ledger in the "
        "EU region. Ledger in the Ohio region and Vault are not behind a web application firewall."
    )
    assert not states("Is Ledger in the Ohio region protected by a web application firewall?", text)
    assert states("Is Kasa protected by a web application firewall?", text)


def test_engineers_left_untrained_are_developers_left_untrained() -> None:
    # Blind tune set inv_corncrake's kind: "Developers employed in Santiago complete secure
    # coding training every year. The Imprime engineers in Lima have not yet taken it"
    # answered "Have your developers been trained?" Yes.
    text = (
        "Developers in our Oslo office complete secure coding training every year. The "
        "programmers who joined with the Tallybook acquisition have not taken it."
    )
    assert not states("Have your developers been trained in secure coding?", text)
    # Look-alike: others left untrained (the sales staff) say nothing of the developers.
    text = "Developers complete secure coding training every year. Sales staff are not given it."
    assert states("Have your developers been trained in secure coding?", text)


def test_where_a_thing_goes_or_what_it_is_learned_from_must_be_said() -> None:
    # Probe redteam70's kind: the object of the act was never compared ("sent to Salesforce?"
    # and "sent to Zendesk"; "trained on student health data?" and "trained on each district's
    # own history").
    assert not states(
        "Are support tickets sent to Salesforce?", "Support tickets are sent to Zendesk."
    )
    assert not states(
        "Is the pricing model trained on loyalty card data?",
        "The pricing model is trained on each store's own till history.",
    )
    assert not states(
        "Do the scanners send customer photos to Verifa?",
        "The scanners send badge numbers to Verifa every minute.",
    )
    assert states("Are support tickets sent to Zendesk?", "Support tickets are sent to Zendesk.")


def test_a_condition_to_come_is_not_so_now() -> None:
    # Blind tune set inv_shrike's kind: "We may add Consent to the SOC 2 scope once it is
    # generally available" answered "Is Consent generally available today?" Yes.
    text = "We will move Tallybook to the new cluster once it is generally available."
    assert not states("Is the new cluster generally available?", text)
    assert states(
        "Are access rights reviewed once a year?", "Access rights are reviewed once a year."
    )


def test_second_reader_cases_of_once_kin_and_aimed_at() -> None:
    # Review of 1b7e1c7..4f7496d.
    assert states("Are firewall rules reviewed yearly?", "Firewall rules are reviewed once yearly.")
    assert states(
        "Do employees complete security awareness training?",
        "Employees complete security awareness training every year. Warehouse workers employed "
        "by our logistics contractor are not given it.",
    )
    assert not states(
        "Are student records disclosed to advertisers?",
        "Student records are disclosed to the school district.",
    )


_PLAN = (
    "The Business Continuity Plan covers the cloud platform and the Valparaiso head office and "
    "is tested every year."
)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # What a plan takes in must be named: another site is not covered by saying so.
        ("Does your business continuity plan cover the Santiago office?", False),
        ("Does your business continuity plan include the Concepcion depot?", False),
        # Look-alike: the site it names.
        ("Does your business continuity plan cover the Valparaiso head office?", True),
    ],
)
def test_what_a_plan_covers_must_be_named(question: str, stated: bool) -> None:
    assert states(question, _PLAN) is stated


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # Second reader rev25, in the words of the table the synonyms reached: another
        # party's own plan, a plan thought of and not made, a second site in the same place.
        (
            "Do you have a business continuity plan?",
            "Our hosting provider maintains a business continuity plan for its data centres.",
        ),
        (
            "Do you have a business continuity plan?",
            "We considered writing a business continuity plan but have not done so yet.",
        ),
        ("Do you use a VPN?", "We evaluated a VPN but chose a zero-trust access proxy instead."),
        (
            "Is there a geographically separate failover site?",
            "A secondary data centre in the same building provides failover.",
        ),
    ],
)
def test_what_another_has_or_was_only_considered_is_not_stated(question: str, text: str) -> None:
    assert not states(question, text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # Look-alikes: our own team's plan; a second site elsewhere.
        (
            "Do you have a business continuity plan?",
            "Our operations team maintains a business continuity plan for all sites.",
        ),
        (
            "Are backups stored offsite?",
            "Backups are copied nightly to our second data centre in Espoo, 20 km away.",
        ),
    ],
)
def test_our_own_plan_and_a_site_elsewhere_are_stated(question: str, text: str) -> None:
    assert states(question, text)


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # Second reader rev26: a plan said to cover all of a kind covers the one named.
        (
            "Does your business continuity plan cover the Lisbon office?",
            "The business continuity plan covers every office and the production platform.",
            True,
        ),
        # What was done for us is ours; our own legal name is not another party.
        (
            "Do you maintain an asset inventory?",
            "Our IT partner maintains the asset inventory of all company laptops on our behalf.",
            True,
        ),
        (
            "Do you maintain a business continuity plan?",
            "Northwind Analytics Ltd maintains a business continuity plan, tested annually.",
            True,
        ),
        (
            "Do you monitor the network for intrusions?",
            "SecureOps, our MSSP, is responsible for monitoring the network for intrusions 24/7 "
            "under contract with us.",
            True,
        ),
        # A 'not done' about a side matter leaves what another sentence states.
        (
            "Do you encrypt backups?",
            "We considered moving backups to tape but decided against it. All backups are "
            "encrypted with AES-256.",
            True,
        ),
        # Thought of and not done, in other words.
        (
            "Do you have a business continuity plan?",
            "We thought about a business continuity plan but never wrote one.",
            False,
        ),
        ("Do you run DAST scans?", "DAST scanning was evaluated and rejected.", False),
        # A place apart asked and the same one said; a second site in the same city is offsite.
        (
            "Are backups stored offsite?",
            "Backups are stored on a NAS in the same building as the production servers.",
            False,
        ),
        (
            "Is your DR site in a different city from your primary data centre?",
            "The DR site is in the same city as the primary data centre, 20 km away.",
            False,
        ),
        (
            "Are backups stored offsite?",
            "Backups are stored offsite in a bank vault in the same city as our office.",
            True,
        ),
    ],
)
def test_second_reader_rev26_cases(question: str, text: str, stated: bool) -> None:
    assert states(question, text) is stated


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # Every severity listed, a general time with critical ones first, "other" patches.
        (
            "Are vulnerabilities remediated within 90 days?",
            "Critical vulnerabilities are remediated within 7 days, high within 30 days, medium "
            "within 60 days and low within 90 days.",
            True,
        ),
        (
            "Are security patches applied within 30 days?",
            "Security patches are applied within 30 days, with critical security patches "
            "applied first.",
            True,
        ),
        (
            "Are patches applied within 30 days?",
            "Critical patches are applied within 48 hours. Non-critical patches are applied "
            "within 30 days.",
            True,
        ),
        # "All critical" is still only the critical ones.
        (
            "Are security patches applied within 30 days?",
            "All critical patches are applied within 14 days.",
            False,
        ),
    ],
)
def test_severities_that_take_in_the_rest(question: str, text: str, stated: bool) -> None:
    assert states(question, text) is stated


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # rev25 / redteam76: what is said of outbound traffic is not said of inbound.
        (
            "Do you deny all inbound traffic by default?",
            "Outbound traffic is denied by default; inbound traffic is filtered by the load "
            "balancer.",
            False,
        ),
        (
            "Is inbound traffic blocked by default?",
            "Outbound traffic is blocked by default; inbound traffic is filtered by the load "
            "balancer.",
            False,
        ),
        # Look-alikes: the direction asked, or both together.
        (
            "Is inbound traffic to production denied by default?",
            "Inbound traffic to production is denied by default; outbound traffic is allowed.",
            True,
        ),
        (
            "Do you block all inbound traffic by default?",
            "All inbound and outbound traffic is blocked by default.",
            True,
        ),
    ],
)
def test_one_direction_of_traffic_is_not_the_other(question: str, text: str, stated: bool) -> None:
    assert states(question, text) is stated


@pytest.mark.parametrize(
    "question",
    [
        # redteam76: "it", two parts on, still stands for what the sentence speaks of.
        "Are customer attachments encrypted at rest by default?",
        "Are customer attachments encrypted at rest?",
    ],
)
def test_it_left_off_two_parts_on_is_still_what_is_asked(question: str) -> None:
    text = (
        "Encryption at rest is supported for customer attachments and can be switched on by "
        "the clinic; it is off unless the clinic enables it."
    )
    assert not states(question, text)


def test_a_subjectless_part_stands_for_the_part_just_before() -> None:
    # Look-alike: "are not required to" is said of Owner Portal users, not of the MFA before.
    text = (
        "Since 1 March 2026 TOTP multi-factor authentication is mandatory for every user of "
        "Thornbury Bond and Thornbury CaskLedger; before that date it was optional. Owner "
        "Portal users can turn TOTP on but are not required to."
    )
    question = "Is multi-factor authentication mandatory for all users of Thornbury CaskLedger?"
    assert states(question, text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # What is asked said only where it was thought of and not done, beside a sentence on
        # something near it (probe redteam77's kind, in other words).
        (
            "Have you conducted a tabletop exercise of your incident response plan in 2026?",
            "Our incident response plan is reviewed every year, most recently in March 2026. "
            "A tabletop exercise was discussed for 2026 but has not been held.",
        ),
        (
            "Do you have a dedicated security officer?",
            "We considered hiring a dedicated security officer but have not done so; our CTO "
            "covers security questions.",
        ),
    ],
)
def test_what_was_only_considered_is_not_done_beside_its_neighbour(
    question: str, text: str
) -> None:
    m = answer(question, YES_NO, _with((text,)))
    assert (m.answer, m.filled) == ("", False), question


def test_what_is_done_beside_what_was_only_considered_is_still_done() -> None:
    text = (
        "We considered ISO 22301 certification of our business continuity plan but have not "
        "done so. The business continuity plan is tested every year."
    )
    m = answer("Is your business continuity plan tested annually?", YES_NO, _with((text,)))
    assert m.answer == "Yes"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # Another party's duty where no party word names it (probe redteam77's kind, in
        # other words): each of many, or another's person told apart from the vendor by name.
        (
            "Do you schedule residents' repeat prescriptions?",
            "Scheduling a resident's repeat prescriptions rests with each care home; we send "
            "the reminder.",
        ),
        (
            "Do you approve edits to drivers' delivery logs?",
            "The depot's shift manager, not Tallyho, approves a driver's edits to delivery logs.",
        ),
    ],
)
def test_another_partys_duty_without_a_party_word_is_not_ours(question: str, text: str) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == "", question


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # Look-alikes: our own body or person.
        (
            "Are production changes approved before release?",
            "Approving production changes before release rests with our change board.",
        ),
        (
            "Do you approve edits to drivers' delivery logs?",
            "Our shift manager approves a driver's edits to delivery logs.",
        ),
    ],
)
def test_our_own_body_or_person_keeps_the_duty(question: str, text: str) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == "Yes", question


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # Second reader rev27: our own roles and units keep the duty; a role considered and
        # not appointed is none, one appointed beside something considered is held.
        (
            "Do you review user access quarterly?",
            "Reviewing user access every quarter rests with each squad lead.",
            "Yes",
        ),
        (
            "Are production changes approved before release?",
            "Approving production changes before release rests with each of our engineering leads.",
            "Yes",
        ),
        (
            "Do you approve firewall changes?",
            "Northwind's CISO, not IT, approves firewall changes.",
            "Yes",
        ),
        (
            "Do you approve firewall changes?",
            "The CTO's deputy, not IT, approves firewall changes.",
            "Yes",
        ),
        (
            "Do you have a dedicated privacy officer?",
            "We considered outsourcing the DPO role but decided against it; Ana Ruiz is our "
            "full-time data protection officer.",
            "Yes",
        ),
        (
            "Do you have a dedicated privacy officer?",
            "A dedicated privacy officer was considered but not appointed; the CTO handles privacy.",
            "",
        ),
    ],
)
def test_our_own_roles_and_what_was_only_considered(
    question: str, text: str, expected: str
) -> None:
    assert answer(question, YES_NO, _with((text,))).answer == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A release schedule asked is of the vendor's own releases (buyer read of HECVAT 4.1.4
        # CHNG-11 from inv_goldfinch, in other words): the makers' patches applied "within 30
        # days of their release" say nothing of it.
        ("Security updates are installed on our servers within 14 days of their release.", ""),
        ("Laptops take operating system updates within 7 days of release.", ""),
        (
            "Harbor app updates are released every other Monday, with release notes a week ahead.",
            "Yes",
        ),
        ("We release product updates every second Thursday evening.", "Yes"),
    ],
)
def test_a_release_schedule_is_of_our_own_releases(text: str, expected: str) -> None:
    m = answer("Do you have a release schedule for product updates?", YES_NO, _with((text,)))
    assert m.answer == expected


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Do you have a documented incident response plan?",
            "Our incident response plan is still a draft and has not been signed off.",
        ),
        (
            "Is there an information security policy?",
            "The information security policy exists in draft; management has not approved it.",
        ),
        (
            "Do you maintain a disaster recovery playbook?",
            "A disaster recovery playbook was written in 2025; it has not yet been adopted.",
        ),
        (
            "Do you have a vendor risk management program?",
            "A vendor risk management program has been proposed to the board.",
        ),
        # Second reader rev34: proposed as a draft.
        (
            "Do you have a vendor management program?",
            "The vendor management program has been proposed as a draft.",
        ),
        # Second reader rev33: not yet approved for use is not in place.
        (
            "Do you have an incident response plan?",
            "An incident response plan has been written; it has not yet been approved for use.",
        ),
    ],
)
def test_a_plan_in_draft_or_not_approved_is_not_in_place(question: str, text: str) -> None:
    # redteam79: "A business continuity plan exists in draft; it has not yet been approved".
    assert not states(question, text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Do you have a business continuity plan?",
            "Our business continuity plan was approved by the board in March 2026 and is "
            "tested every year.",
        ),
        (
            "Do you have an incident response plan?",
            "The incident response plan, first drafted in 2023, was approved in 2024 and is "
            "reviewed every year.",
        ),
        # Second reader rev33: proposed as a model for others, the plan is in place.
        (
            "Do you have a business continuity plan?",
            "The business continuity plan, in place since 2022, has been proposed as the model "
            "for the group.",
        ),
        # Second reader rev32: approval for something else is no draft.
        (
            "Do you have a documented incident response procedure?",
            "The incident response procedure is documented in Confluence; it is not approved "
            "by customers.",
        ),
        (
            "Do you have a business continuity plan?",
            "The business continuity plan is maintained by the COO; it is not approved for "
            "public release.",
        ),
    ],
)
def test_an_approved_plan_once_drafted_is_in_place(question: str, text: str) -> None:
    assert states(question, text)
