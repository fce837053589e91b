"""Answers you can sign (spec 6.1): the rules of mapping/signable/clauses.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import CONTROLS, INVENTORY, YES_NO, answer

from socproc.inventory.load import ApprovedAnswer, Control
from socproc.mapping.signable import states


def test_the_thing_a_passive_question_asks_done_must_be_stated() -> None:
    logs = Control("LOG-01", "Audit logs record the login, logout and source IP address.", ())
    inventory = replace(INVENTORY, controls=(logs,))
    m = answer("Can access be restricted based on source IP address?", YES_NO, inventory=inventory)
    assert m.filled is False


def test_what_a_question_asks_done_to_its_subject_must_be_stated() -> None:
    tested = "The incident response plan is tested yearly through a tabletop exercise."
    assert not states("Is the incident response plan reviewed and updated annually?", tested)
    assert states("Is the incident response plan tested annually?", tested)
    assert states("Is the incident response plan reviewed or tested annually?", tested)
    # An adjective before the noun is not what is asked done.
    assert states("Are automated scans run weekly?", "Automated scans run weekly on all hosts.")


def test_a_practice_for_a_population_does_not_state_another_practice_for_it() -> None:
    """What is done must be stated, not only to whom it is done."""
    induction = "Every new starter finishes security training in their first week."
    assert not states("Describe the other checks for new starters:", induction)
    assert states("Do new starters finish security training?", induction)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The subject of a passive question must be named.
        ("Are snapshots retained for at least 30 days?", "Audit logs are retained for 30 days."),
        # Places asked must be the text's, and "only" there.
        (
            "Is customer data hosted only in Ireland?",
            "Customer data is hosted in Ireland, with backups in Belgium.",
        ),
        (
            "Is customer data hosted in Ireland?",
            "Customer data is encrypted with keys held in an HSM.",
        ),
        # What the vendor is, not what its customers are.
        (
            "Are you a PCI service provider?",
            "We serve PCI merchants and service provider customers.",
        ),
        # Less than a number is not the number.
        ("Is the RPO under 4 hours?", "The recovery point objective is 4 hours."),
        # What is done to suppliers is not done for the organisation.
        (
            "Do you run yearly penetration tests?",
            "Key suppliers must run penetration tests yearly.",
        ),
        # Every one of something, and a practice for one named system.
        (
            "Are all repositories scanned for secrets?",
            "Repositories are scanned for secrets for the PayHub gateway.",
        ),
        # A condition on what another party provides.
        (
            "Are fixes always applied within 10 days?",
            "Fixes are applied within 10 days where the maker provides them.",
        ),
    ],
)
def test_a_text_on_another_subject_place_or_scope_does_not_state_it(
    question: str, text: str
) -> None:
    assert not states(question, text)


def test_what_is_stated_of_the_whole_subject_still_states_it() -> None:
    assert states(
        "Are snapshots kept for at least 30 days?", "Nightly snapshots are kept for 30 days."
    )
    assert states("Is customer data hosted in Ireland?", "Customer data is hosted only in Ireland.")
    assert states("Are you a PCI service provider?", "Acme is a PCI DSS service provider.")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The number is said of another thing in the same sentence.
        ("Is your RPO 2 hours or less?", "Our RPO is 12 hours and our RTO is 2 hours."),
        ("Is TLS 1.0 disabled?", "Endpoints accept TLS 1.0 and TLS 1.2; SSL 3.0 is disabled."),
        # "only" a version when others are accepted; more than the number stated.
        ("Do endpoints accept only TLS 1.2?", "Endpoints accept TLS 1.2 and TLS 1.3."),
        ("Are logs retained for more than 30 days?", "Logs are retained for 30 days."),
        # A share below everyone, and "the same ... as".
        (
            "Have all staff completed security training this year?",
            "Staff completed security training this year: 91% completion.",
        ),
        (
            "Are interns screened the same way as employees?",
            "Interns are screened by their university.",
        ),
        # It depends on the customer.
        (
            "Are uploads encrypted at rest?",
            "Whether uploads are encrypted at rest depends on the customer's bucket settings.",
        ),
    ],
)
def test_a_number_share_or_comparison_not_said_of_what_is_asked(question: str, text: str) -> None:
    assert not states(question, text)


def test_a_named_tool_is_not_stated_by_monitoring_alone() -> None:
    noc = (
        "Our network operations centre watches uptime; security alerts are triaged around the"
        " clock by an outsourced security operations team."
    )
    assert not states("Have you implemented an intrusion detection system (network-based)?", noc)
    ids = "A network intrusion detection system inspects traffic at the perimeter 24x7."
    assert states("Have you implemented a network intrusion detection system?", ids)


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # The same practice with another number, nothing asked telling them apart.
        (
            "Are backups encrypted with AES-256?",
            "Nightly backups use AES-128; weekly archives use AES-256.",
            False,
        ),
        (
            "Are weekly archives encrypted with AES-256?",
            "Nightly backups use AES-128; weekly archives use AES-256.",
            True,
        ),
        # Every one asked, a word of it said with another number.
        (
            "Do all laptops run disk encryption with 256-bit keys?",
            "Desktops use 256-bit keys; laptops use 128-bit keys.",
            False,
        ),
        # A number in one coordinated part.
        (
            "Is data encrypted at rest and in transit (TLS 1.2 or higher)?",
            "Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher.",
            True,
        ),
        # What can be done with several versions.
        ("Do you support TLS 1.3?", "Endpoints accept TLS 1.2 and TLS 1.3.", True),
        # The last working day is that day.
        (
            "Are leavers' accounts disabled on their last working day?",
            "Leavers' accounts are disabled within 1 business day of their last working day.",
            False,
        ),
        # Opposite qualifiers.
        (
            "Do you use a commercial code scanner?",
            "An open-source code scanner runs on every build.",
            False,
        ),
    ],
)
def test_numbers_versions_days_and_qualifiers(question: str, text: str, stated: bool) -> None:
    assert states(question, text) is stated


def test_a_list_asked_for_is_not_stated_by_a_practice_on_its_subject() -> None:
    breach = "Customers are told of personal data breaches within two days."
    assert not states(
        "Do you have a documented list of personal data your service maintains?", breach
    )
    ropa = "A documented register of personal data categories is maintained."
    assert states("Do you maintain a documented register of personal data?", ropa)


def test_what_the_vendor_is_asked_to_do_must_be_said() -> None:
    ml = (
        "Route optimisation uses a machine learning model that we train on de-identified GPS "
        "traces from all customers."
    )
    assert not states("Do you watermark your ML training data?", ml)
    assert not states("Do you separate ML training data from your ML solution data?", ml)
    assert states("Do you train ML models on customer data?", ml)
    notified = "Customers are notified of a security incident affecting their data within 72 hours."
    assert states("Do you inform affected customers about security incidents?", notified)


def test_a_number_said_of_another_thing_does_not_state_the_one_asked() -> None:
    logs = "Cloud platform logs are kept for 90 days in our SIEM. Gateway logs stay on the gateway for 7 days."
    assert not states("Are gateway logs retained for 90 days?", logs)
    assert states("Are cloud platform logs retained for 90 days?", logs)
    one_year = (
        "Security logs are kept for one year. The audit trail of a matter is kept for two years."
    )
    assert not states("Are security logs retained for two years?", one_year)


def test_whose_country_is_not_where_and_a_practice_over_the_audit_period() -> None:
    where = ApprovedAnswer(
        question="Where is customer data stored and from where is it accessed?",
        answer="All data is stored on our servers in Nairobi, Kenya, for every customer, including"
        " our hospitals in Uganda and Tanzania. Support agents in Kampala, Uganda, view data to"
        " help users.",
    )
    inventory = replace(INVENTORY, answers=(where,))
    asked = "Will the data of our hospitals in Uganda be stored in Uganda?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"
    asked = "Is customer data stored in Kenya?"
    assert answer(asked, YES_NO, inventory=inventory).answer == "Yes"
    watch = Control("MON-9", "Since October 2026 the environment is monitored 24x7 by an MSSP.")
    inventory = replace(INVENTORY, controls=(watch,))
    asked = "Was your environment monitored 24x7 throughout your SOC 2 audit period?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_all_data_staying_in_a_region_is_not_said_where_a_kind_of_it_is_kept_elsewhere() -> None:
    kept = Control(
        "DAT-51",
        "EU-region titles are stored on AWS in Frankfurt with backups in AWS Ireland. In-game chat"
        " logs of every region are stored in Seoul.",
    )
    inventory = replace(INVENTORY, controls=(kept,))
    asked = "Does all player data of EU titles stay within the EU?"
    assert answer(asked, YES_NO, inventory=inventory).answer != "Yes"


def test_two_things_asked_alike_each_need_saying() -> None:
    inv = replace(
        INVENTORY,
        controls=(Control("RT-2", "Call recordings are kept for 60 days, then deleted."),),
    )
    m = answer(
        "Are call recordings kept for 60 days and chat transcripts kept for 60 days?",
        YES_NO,
        inventory=inv,
    )
    assert m.answer != "Yes"
    m = answer("Are call recordings kept for 60 days?", YES_NO, inventory=inv)
    assert (m.answer, m.filled) == ("Yes", True)


def test_a_denial_with_its_exceptions_listed_rules_nothing_out() -> None:
    shared = Control(
        "PRV-4",
        "Member data is never shared with outside parties. The exceptions are our card"
        " processor and our mailing house, which receive member addresses.",
        ("P6.1",),
    )
    inventory = replace(INVENTORY, controls=(shared,))
    for asked in (
        "Is member data shared with any outside parties other than your card processor?",
        "Is member data ever shared with outside parties?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "No", asked


def test_a_private_programme_is_not_a_public_one() -> None:
    bounty = Control(
        "VUL-14",
        "We run an invitation-only bug bounty programme on HackerOne for Harbor Web.",
        ("CC4.1",),
    )
    inventory = replace(INVENTORY, controls=(bounty,))
    assert answer("Is your bug bounty programme public?", YES_NO, inventory).answer != "Yes"
    assert answer("Do you run a bug bounty programme?", YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # Opposite qualifiers: private and public, enhanced and basic.
        (
            "We run a public vulnerability reward programme on Bugcrowd for the web app.",
            "Is your vulnerability reward programme by invitation only?",
        ),
        (
            "We run a public vulnerability reward programme on Bugcrowd for the web app.",
            "Is your vulnerability reward programme private?",
        ),
        (
            "Drivers are vetted with a standard background check before their first shift.",
            "Are drivers vetted with an enhanced background check before their first shift?",
        ),
    ],
)
def test_an_opposite_qualifier_is_no_yes(said: str, asked: str) -> None:
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("GOV-09", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Are hotfixes approved before they are deployed?",
        "Is each hotfix approved prior to deployment?",
    ],
)
def test_done_after_is_not_done_before(asked: str) -> None:
    said = (
        "Feature changes are approved in a pull request before they are merged; hotfixes are"
        " approved by the release manager the day after they are deployed."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("CHG-07", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "asked",
    [
        "Can members transfer their proxy vote to another meeting?",
        "Can tenants share their access code with other residents?",
    ],
)
def test_what_a_group_can_do_must_be_said_as_done(asked: str) -> None:
    said = (
        "Members cast a proxy vote with their member number and a code sent by email for that"
        " meeting only; tenants receive a personal access code for each residents' meeting."
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, Control("VOTE-02", said, ())))
    assert answer(asked, YES_NO, inventory).answer != "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "The ticket printers all use one service PIN chosen by the installer.",
        "Both ticket printers have the same service PIN.",
        "The same admin password is set on every ticket printer.",
        "One service password is used for all ticket printers.",
    ],
)
def test_one_secret_for_all_does_not_state_each_ones_own(text: str) -> None:
    inventory = replace(INVENTORY, controls=(Control("IAM-80", text),))
    for asked in (
        "Does each ticket printer have its own service PIN?",
        "Do ticket printers have unique service PINs?",
    ):
        assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_each_ones_own_secret_still_states_it() -> None:
    text = "Each ticket printer has its own service PIN, set at installation."
    inventory = replace(INVENTORY, controls=(Control("IAM-81", text),))
    asked = "Does each ticket printer have its own service PIN?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


def test_the_same_region_is_not_a_different_one() -> None:
    text = (
        "Ledger databases are backed up every hour and the backups are kept for 30 days. Portal "
        "snapshots are taken nightly, kept for a week and stored in the same Azure West Europe "
        "region as production."
    )
    inventory = replace(INVENTORY, controls=(Control("REG-90", text),))
    asked = "Are backups stored in a different region from production data?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_different_region_said_still_states_it() -> None:
    text = "Backups are stored in a different AWS region from production."
    inventory = replace(INVENTORY, controls=(Control("REG-91", text),))
    asked = "Are backups stored in a different region from production?"
    assert answer(asked, YES_NO, inventory).answer == "Yes"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Firewall rules are updated by hand after each change request.",
            "Are firewall rules updated automatically?",
        ),
        (
            "Expired certificates are replaced by hand every spring.",
            "Are expired certificates replaced automatically?",
        ),
        (
            "Leavers' accounts are closed automatically by the HR system.",
            "Are leavers' accounts closed by hand?",
        ),
        ("Kiosks are updated on site by an engineer each quarter.", "Are kiosks updated remotely?"),
        (
            "Kiosks are updated on site by an engineer each quarter.",
            "Are kiosks updated automatically?",
        ),
        (
            "Customers report security incidents to us by telephone.",
            "Can customers report security incidents online?",
        ),
    ],
)
def test_the_manner_or_channel_asked_is_not_stated_by_its_opposite(text: str, asked: str) -> None:
    # Probe redteam65's kind: "by hand" is manual, "on site" is not remote, "by telephone" is
    # not online.
    assert not states(asked, text)


def test_the_manner_asked_is_stated_in_its_own_words() -> None:
    assert states("Are kiosks updated remotely?", "Kiosks are updated remotely each quarter.")
    assert states("Can customers report incidents online?", "Customers report incidents online.")
