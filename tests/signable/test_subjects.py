"""Answers you can sign (spec 6.1): the rules of mapping/signable/subjects.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from common import CONTROLS, INVENTORY, YES_NO, answer

from socproc.inventory.load import Control
from socproc.mapping.signable import denies, states
from socproc.mapping.signable.subjects import subject_terms


def test_states_folds_synonyms_and_keeps_acronyms() -> None:
    assert states("Are you using a web application firewall (WAF)?", "AWS WAF protects the app.")
    assert states(
        "Do you require MFA for admins?", "Multi-factor authentication for administrators."
    )
    assert not states("Do you encrypt data in transit?", "Data is encrypted at rest.")


def test_tls_is_encryption_in_transit() -> None:
    tls = Control("ENC-02", "All connections to the application use TLS 1.2 or higher.", ())
    inventory = replace(INVENTORY, controls=(*CONTROLS, tls))
    m = answer(
        "Is the transport of sensitive data encrypted (e.g., system-to-client)?",
        YES_NO,
        inventory=inventory,
    )
    assert (m.answer, m.filled) == ("Yes", True)


def test_one_of_the_alternatives_stated_is_not_stated_alone() -> None:
    backups = "Backups are stored in Canada East or Central US."
    assert not states("Are backups stored in Canada?", backups)
    assert not states("Are backups stored in the US?", backups)
    # What can be done with either is done with each.
    sso = "Customer users can sign in with SAML 2.0 or OpenID Connect single sign-on."
    assert states("Do you support SAML?", sso)


def test_a_denial_folds_the_words_of_a_term_before_counting_them() -> None:
    said = "We do not process protected health information and do not sign BAAs."
    assert denies("Do you process PHI?", said)
    assert not denies("Do you encrypt PHI at rest?", said)


def test_identifiers_written_ids_are_no_intrusion_detection() -> None:
    # Blind tune set inv_linnet's kind: "players' Linnet IDs" in a staging control answered
    # "Do you monitor for intrusions 24x7?" No.
    assert "ids" not in subject_terms("Staging held players' Linnet IDs and e-mail addresses.")
    assert "ids" in subject_terms("Do you run an IDS on the production network?")
    assert "ids" in subject_terms("Do you monitor for intrusions?")


def test_an_acronym_in_lower_case_inside_a_name_is_no_concept() -> None:
    # Probe redteam69's kind: a bank named "Millennium bcp" answered "Do you have a documented
    # business continuity plan?" Yes. Other names, other acronyms.
    assert "bcp" not in subject_terms("Salaries are paid through Banco bcp in Lima each month.")
    assert "drp" not in subject_terms("Cold storage is rented from Lagerhaus drp in Graz.")
    assert "dpo" not in subject_terms("Invoices are archived by Archivo dpo in Madrid.")
    # The concept written as one still counts, capitalised or at a sentence's start.
    assert "bcp" in subject_terms("The BCP is tested every year.")
    assert "bcp" in subject_terms("Our business continuity plan covers the Lima office.")
    assert "waf" in subject_terms("A waf protects the portal.")
    assert "mfa" in subject_terms("Enforce mfa for administrators.")


def test_a_bank_named_by_an_acronym_is_no_continuity_plan() -> None:
    bank = Control("PAY-1", "The payroll file is uploaded to Banco bcp through its portal.")
    inventory = replace(INVENTORY, controls=(bank,))
    asked = "Do you have a documented Business Continuity Plan (BCP)?"
    assert answer(asked, YES_NO, inventory).answer != "Yes"


def test_a_feature_s_acronym_after_a_product_name_is_the_product_s() -> None:
    # Second reader's case: "Okta sso", "Cloudflare waf" lost their concept.
    assert "sso" in subject_terms("Staff sign in with Okta sso.")
    assert "waf" in subject_terms("The portal sits behind Cloudflare waf.")
    assert "mfa" in subject_terms("Contractors are not enrolled in Duo mfa.")


@pytest.mark.parametrize(
    ("asked", "said", "word"),
    [
        ("Do you copy data into test environments?", "Production data is never copied.", "copy"),
        ("Do you apply patches monthly?", "Patches are applied monthly.", "apply"),
        (
            "Do you deny inbound traffic by default?",
            "Inbound traffic is denied by default.",
            "deny",
        ),
        ("Do you verify restores?", "Restores are verified.", "verify"),
        ("Does the CISO notify customers?", "The CISO notifies customers.", "notify"),
        ("Are copies kept offsite?", "A copy is kept offsite.", "copy"),
    ],
)
def test_a_word_in_y_meets_its_forms_in_ied_and_ies(asked: str, said: str, word: str) -> None:
    term = subject_terms(word)
    assert term and term <= subject_terms(asked) & subject_terms(said)


def test_full_disk_encryption_is_stated_in_its_other_words() -> None:
    # A computer said to be encrypted, or encrypted with a full-disk tool, has its disk
    # encrypted.
    for question in (
        "Are the hard drives of staff laptops fully encrypted?",
        "Do you use full-disk encryption on laptops?",
        "Is disk encryption used on company laptops?",
    ):
        for text in (
            "Staff laptops are encrypted and managed with Kandji.",
            "Company laptops are managed in Intune and encrypted with BitLocker.",
            "Every laptop we issue is encrypted with FileVault.",
        ):
            assert states(question, text), (question, text)
    # Look-alikes: data encrypted in transit, a database on encrypted storage, another device,
    # a tool named but off, some laptops only (second reader rev27).
    question = "Do you fully encrypt the hard drives of laptops?"
    for text in (
        "All traffic uses TLS 1.2 or higher.",
        "Customer databases are kept on volumes encrypted with LUKS.",
        "BitLocker is disabled on laptops because of performance problems.",
        "FileVault is being piloted on ten engineering laptops.",
        "Laptops of the London team are encrypted with BitLocker.",
        "Laptops used by the finance team are encrypted with BitLocker.",
    ):
        assert not states(question, text), text
    for question, text in (
        (
            "Do you encrypt the hard drives of servers?",
            "Company laptops are encrypted with FileVault.",
        ),
        (
            "Do you fully encrypt the hard drives of desktops?",
            "Company laptops are encrypted with BitLocker.",
        ),
    ):
        assert not states(question, text), question
    # The disks said of the device asked stay said.
    assert states(
        "Are Linux servers' disks encrypted?",
        "The disks of all Linux servers are encrypted with LUKS.",
    )


def test_the_buyers_own_yes_choice_says_what_and_other_asks_of() -> None:
    laptops = Control(
        "END-01", "Company laptops are encrypted with BitLocker and managed in Intune.", ()
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, laptops))
    question = "Do you fully encrypt the hard disks of laptops and other portable client devices?"
    yes = "Yes, we use full-disk encryption for our laptop fleet."
    no = "No, laptop hard disks are not fully encrypted."
    m = answer(question, (yes, no), inventory=inventory)
    assert (m.answer, m.filled) == (yes, True)
    # Without a Yes that names laptops alone, "and other mobile devices" takes in phones.
    m = answer("Are laptops and other mobile devices encrypted?", YES_NO, inventory=inventory)
    assert (m.answer, m.filled) == ("", False)


def test_a_device_kind_that_people_own_is_not_said_by_the_managed_ones() -> None:
    question = "Do you fully encrypt the hard drives of laptops?"
    for text in (
        "Company laptops use BitLocker; the sales agents in Leeds use their own laptops.",
        "Issued laptops are encrypted with FileVault, but laptops of the night shift are "
        "personal and not managed by us.",
    ):
        assert not states(question, text), text
    # Phones people own say nothing of the laptops.
    assert states(
        question,
        "Company laptops are encrypted with FileVault. Staff may read mail on their own phones.",
    )


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes (second reader rev27): such devices forbidden, or each one's own issued.
        "All laptops are encrypted with BitLocker; personal laptops are not allowed.",
        "Every laptop is encrypted with FileVault. Unmanaged laptops are blocked by conditional "
        "access.",
        "All laptops are encrypted with BitLocker. BYOD laptops are prohibited by policy.",
        "Every developer has their own laptop, encrypted with FileVault and enrolled in Jamf.",
    ],
)
def test_devices_people_may_not_use_leave_the_managed_ones_said(text: str) -> None:
    assert states("Do you fully encrypt the hard drives of laptops?", text), text


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Does the platform time out idle sessions?",
            "Idle sessions time out after 15 minutes.",
        ),
        (
            "Is the platform scanned for vulnerabilities every week?",
            "Nessus scans our servers for vulnerabilities every week.",
        ),
        (
            "Do your applications enforce unique user identifiers?",
            "We enforce a unique user identifier for every user; shared identifiers are not allowed.",
        ),
    ],
)
def test_the_product_named_by_a_generic_noun_is_no_topic(question: str, text: str) -> None:
    # "the platform", "your environment", "your applications" name the vendor's product as
    # "the system" or "the solution" do: where it is asked of, not what.
    assert states(question, text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Does the platform lock accounts after failed sign-ins?",
            "Failed sign-ins are logged and reviewed every week.",
        ),
        (
            "Is your test environment separated from production?",
            "Developers use a separate laptop for testing.",
        ),
        # Second reader rev32: an environment is a thing asked of, not the product.
        (
            "Is your test environment separated from production?",
            "Production and the corporate network are separated by firewalls.",
        ),
        (
            "Do you have a disaster recovery environment?",
            "A disaster recovery plan is documented and tested annually.",
        ),
        (
            "Do you run a web application firewall?",
            "Cloudflare protects our DNS from attacks.",
        ),
    ],
)
def test_what_is_asked_of_the_product_must_still_be_said(question: str, text: str) -> None:
    assert not states(question, text)
