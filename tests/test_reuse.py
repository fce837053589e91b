"""Answer reuse across wordings: concepts, contrasts, fact keys, similar answers (issue 19)."""

from __future__ import annotations

import pytest
from helpers import CORPUS, CORPUS_HINT, ROOT, load_script

from socproc.import_answers import parent_questions
from socproc.inventory.load import ApprovedAnswer
from socproc.mapping.answers import AnswerIndex
from socproc.mapping.similar import Entry, SimilarIndex, contrasted, fact_key, parts, terms
from socproc.model import Requirement, SimilarAnswer

THRESHOLD = 0.78

LIBRARY = (
    ApprovedAnswer("How many employees does your company have?", "212.", question_id="C-01"),
    ApprovedAnswer("What is your company's legal name?", "Corvid Analytics, Inc.", source="a.xlsx"),
    ApprovedAnswer("Is customer data encrypted at rest?", "Yes. AES-256.", question_id="E-01"),
    ApprovedAnswer("Is customer data encrypted in transit?", "Yes. TLS 1.2+.", question_id="E-02"),
    ApprovedAnswer("Do you have a documented business continuity plan?", "Yes.", question_id="B-1"),
    ApprovedAnswer("Do you have a disaster recovery plan?", "Yes.", question_id="D-1"),
    ApprovedAnswer("How often is the disaster recovery plan tested?", "Twice a year."),
    ApprovedAnswer("How often is the disaster recovery plan reviewed?", "Annually."),
    ApprovedAnswer("Do you have a documented information security policy?", "Yes."),
    ApprovedAnswer("Do you have a data privacy policy?", "Yes."),
    ApprovedAnswer("Do you require multi-factor authentication for employees?", "Yes."),
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Is two-factor authentication required?", "Is MFA required?"),
        ("Do you have a BCP?", "Do you have a business continuity plan?"),
        ("Are pen tests performed?", "Are penetration tests performed?"),
        ("Is data encrypted in transport?", "Is data encrypted in transit (TLS)?"),
        # British and American spellings meet.
        ("Are backups organised by date?", "Are backups organized by date?"),
        ("Is the programme analysed yearly?", "Is the program analyzed yearly?"),
        # Questionnaire scaffolding asks nothing of its own.
        ("Please confirm whether backups are encrypted.", "Are backups encrypted?"),
        ("Kindly indicate if backups are encrypted.", "Are backups encrypted?"),
    ],
)
def test_wordings_of_one_concept_meet(a: str, b: str) -> None:
    assert set(terms(a)) == set(terms(b))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Is data encrypted at rest?", "Is data encrypted in transit?", True),
        ("Is the BCP tested?", "Is the DRP tested?", True),
        ("Is the DR plan tested?", "Is the DR plan reviewed?", True),
        ("Do you have a privacy policy?", "Do you have a security policy?", True),
        ("Are passwords hashed?", "Are passwords encrypted?", True),
        ("Is data encrypted at rest?", "Is stored data encrypted at rest?", False),
        ("Is the DR plan tested?", "How often is disaster recovery tested?", False),
    ],
)
def test_contrasts(a: str, b: str, expected: bool) -> None:
    concepts = [frozenset(t for t in terms(x) if t.startswith("c:")) for x in (a, b)]
    assert contrasted(*concepts) is expected


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("What is the total headcount of your company?", "headcount"),
        ("How many employees does your company have?", "headcount"),
        ("What is the name of your company or organization?", "legal_name"),
        ("What is your company's legal name?", "legal_name"),
        ("Vendor Name", "legal_name"),
        ("Solution Provider Name", "legal_name"),
        ("Country of Company Headquarters", "headquarters"),
        ("In what year was the company founded?", "founded"),
        (
            "Do you carry cyber-risk insurance to protect against outages and data loss?",
            "cyber_insurance",
        ),
        ("What is your D-U-N-S number?", "duns"),
        ("What is your SLA?", "uptime_commitment"),
        ("What is your uptime commitment?", "uptime_commitment"),
        ("Do you monitor uptime?", None),
        ("Number of full-time employees", "headcount"),
        ("Who owns your company?", "ownership"),
        ("Briefly describe the product.", "product_description"),
        ("Describe the product's encryption.", None),
        ("What is the name of your firm?", "legal_name"),
        ("Employee count", "headcount"),
        ("What is your workforce size?", "headcount"),
        ("How many people work for your organization?", "headcount"),
        ("How many employees work in your security team?", None),
        ("Principal office address", "headquarters"),
        ("In which country is your company based?", "headquarters"),
        ("Where is your data center located?", None),
        ("Year of incorporation", "founded"),
        ("Company founding date", "founded"),
        ("What is your website address?", "website"),
        ("Do you have insurance coverage for data breaches?", "cyber_insurance"),
        ("Do you have errors and omissions insurance coverage?", None),
        ("Who is the parent company?", "ownership"),
        ("Product Name", "product_name"),
        ("Vendor Contact Email", "contact_email"),
        ("Solution Provider Accessibility Contact Name", "accessibility_contact_name"),
        # Look-alikes that are no company fact, or another one.
        ("Institution Name", None),
        ("How many security staff do you employ?", None),
        ("Describe how long your organization has conducted business in this area.", None),
        ("Do you encrypt customer data at rest?", None),
    ],
)
def test_fact_keys(question: str, key: str | None) -> None:
    assert fact_key(question) == key


def test_a_company_fact_is_reused_in_other_words() -> None:
    index = AnswerIndex(LIBRARY)
    hit = index.match("What is the total headcount of your company?", None, THRESHOLD)
    assert hit is not None and hit[0].answer == "212."
    hit = index.match("What is the name of your company or organization?", None, THRESHOLD)
    assert hit is not None and hit[0].answer == "Corvid Analytics, Inc."


def test_a_fact_held_twice_with_different_answers_is_not_reused() -> None:
    index = AnswerIndex(
        (
            ApprovedAnswer("Vendor Name", "Corvid Analytics"),
            ApprovedAnswer("Company legal name", "Corvid Holdings"),
        )
    )
    assert index.match("What is your company's registered name?", None, THRESHOLD) is None
    assert {s.answer for s in index.similar("What is your company's registered name?")} == {
        "Corvid Analytics",
        "Corvid Holdings",
    }


def test_similar_answers_rank_the_same_question_first_and_keep_contrasts_down() -> None:
    index = AnswerIndex(LIBRARY)
    found = index.similar("Is the transport of sensitive data encrypted (system-to-client)?")
    assert found[0].question_id == "E-02"
    assert all(a.score <= found[0].score for a in found)
    at_rest = next((a for a in found if a.question_id == "E-01"), None)
    assert at_rest is None or at_rest.score < found[0].score / 2
    tested = index.similar("Is your DRP exercised at least once a year?")
    assert tested[0].question == "How often is the disaster recovery plan tested?"
    privacy = index.similar("Does your organization maintain a privacy policy?")
    assert privacy[0].question == "Do you have a data privacy policy?"


def test_similar_answers_carry_their_source_and_score() -> None:
    index = AnswerIndex(LIBRARY)
    found = index.similar("Vendor Name", k=1, origin="inventory.yaml")
    assert found == (
        SimilarAnswer(
            "a.xlsx", None, "What is your company's legal name?", "Corvid Analytics, Inc.", 0.95
        ),
    )
    mfa = index.similar("Is 2FA enforced for all staff?", k=1, origin="inventory.yaml")
    assert mfa[0].source == "inventory.yaml" and 0 < mfa[0].score <= 1


def test_similar_answers_are_deterministic_and_bounded() -> None:
    index = AnswerIndex(LIBRARY)
    question = "Do you have a documented plan for disaster recovery?"
    first = index.similar(question, k=2)
    assert len(first) == 2
    assert AnswerIndex(LIBRARY).similar(question, k=2) == first
    assert index.similar("", k=3) == ()
    assert AnswerIndex(()).similar(question) == ()
    assert index.similar("Zebra crossing colours", k=3) == ()  # nothing in common: no noise


def test_a_sub_question_under_many_parents_is_not_reused_by_its_text_alone() -> None:
    text = "Are the policies and procedures reviewed and updated annually?"
    library = (
        ApprovedAnswer(text, "Yes", question_id="IAM-02", context="Are IAM policies established?"),
        ApprovedAnswer(text, "No", question_id="BCR-02", context="Are BCM policies established?"),
    )
    index = AnswerIndex(library)
    assert index.match(text, None, THRESHOLD) is None
    hit = index.match(text, "BCR-02", THRESHOLD)
    assert hit is not None and hit[0].answer == "No"
    # The parent's subject ranks the right one first for a question that names it.
    found = index.similar("Are business continuity (BCM) policies reviewed annually?")
    assert found[0].question_id == "BCR-02"


def test_same_text_with_agreeing_answers_is_reused() -> None:
    text = "Do you have a formal incident response plan?"
    index = AnswerIndex(
        (
            ApprovedAnswer(text, "Yes. See our IR page.", question_id="PPPR-06"),
            ApprovedAnswer(text, "Yes", question_id="IH-01"),
        )
    )
    hit = index.match(text, "HFIH-01", THRESHOLD)
    assert hit is not None and hit[1] == 1.0


def test_a_question_that_asks_more_is_not_reused() -> None:
    index = AnswerIndex(
        (ApprovedAnswer("Do you have a documented BCP that is tested annually?", "Yes."),)
    )
    asked = "Do you have a documented BCP, with a clear owner, that is tested annually?"
    assert index.match(asked, None, THRESHOLD) is None
    assert index.similar(asked)[0].answer == "Yes."


def test_search_scales_to_a_large_library() -> None:
    entries = [Entry(f"Do you rotate key number {i} of the vault?") for i in range(3000)]
    entries.append(Entry("Is customer data encrypted in transit?"))
    found = SimilarIndex(entries).search("Is data encrypted in transport?", k=3)
    assert found[0][0] == 3000


@pytest.mark.corpus
def test_reuse_truth_on_one_tuning_file() -> None:
    """HECVAT Lite 2.11 (a tuning file) against the truth library: the right answer among three
    suggestions for at least 80% of the questions that have one; no wrong automatic answer."""
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_HINT)
    evaluate = load_script("evaluate")
    score = evaluate.evaluate_reuse(
        ROOT / "tests" / "data" / "reuse" / "pairs.jsonl",
        files={"EDUCAUSE_HECVAT_Lite_v2.11_blank.xlsx"},
    )
    assert score["tune"]["with_match"] == 25
    assert score["tune"]["recall_at_3"] >= 0.8
    assert score["tune"]["auto_precision"] == 1.0


def test_reuse_by_concepts_is_opt_in_and_refuses_a_close_disagreeing_runner_up() -> None:
    library = (ApprovedAnswer("Is customer data encrypted in transit?", "Yes. TLS 1.2+."),)
    asked = "Is customer data encrypted in transport?"
    assert AnswerIndex(library).match(asked, None, THRESHOLD) is None
    hit = AnswerIndex(library, by_concepts=True).match(asked, None, THRESHOLD)
    assert hit is not None and hit[0].answer == "Yes. TLS 1.2+."
    twins = (*library, ApprovedAnswer("Is customer data encrypted in transit?", "No."))
    assert AnswerIndex(twins, by_concepts=True).match(asked, None, THRESHOLD) is None


def test_a_count_of_part_of_the_company_is_not_its_headcount() -> None:
    from socproc.mapping.similar import fact_key

    assert fact_key("How many employees does your company have?") == "headcount"
    assert fact_key("Approximately how many FTEs are working on this kind of testing?") is None
    assert fact_key("Number of staff in your security team") is None


def test_examples_weigh_less_and_raise_no_contrast() -> None:
    question = "Is regulated data stored encrypted at rest, such as personal data under GDPR?"
    own, examples = parts(question)
    assert "c:atrest" in own and "c:privacy" in examples and "c:privacy" not in own
    index = AnswerIndex(LIBRARY)
    assert index.similar(question, 1)[0].question_id == "E-01"  # not the privacy policy
    # A question that is all example keeps its words.
    assert parts("(optional)") == (terms("(optional)"), ())


def test_a_parent_is_looked_for_in_the_sub_questions_section_only() -> None:
    plan = "Do you have a formal incident response plan?"
    rows = [
        Requirement("Q!B2", "Do you have physical security controls?", "P-1", section="Policies"),
        Requirement("Q!B3", plan, "P-2", section="Policies"),
        Requirement("Q!B4", plan, "IH-1", section="Incident Handling"),
        Requirement("Q!B5", "Are these plans tested?", "IH-2", section="Incident Handling"),
    ]
    assert parent_questions(rows) == [None, None, None, plan]


def test_a_question_asked_again_is_a_sub_question_only_when_it_names_no_subject() -> None:
    again = "Are the policies and procedures reviewed and updated at least annually?"
    plan = "Do you have a formal incident response plan?"
    rows = [
        Requirement("Q!B2", "Do you encrypt data at rest?", "EN-01", section="Encryption"),
        Requirement("Q!B3", again, "EN-02", section="Encryption"),
        Requirement("Q!B4", "Do you have an SDLC?", "PO-01", section="Policies"),
        Requirement("Q!B5", plan, "PO-02", section="Policies"),
        Requirement("Q!B6", plan, "IR-01", section="Incident response"),
        Requirement("Q!B7", again, "IR-02", section="Incident response"),
    ]
    parents = parent_questions(rows)
    assert parents == [None, rows[0].question, None, None, None, plan]


@pytest.mark.parametrize(
    ("control", "asked", "concept"),
    [
        # NIST SP 800-53 control names for what questionnaires ask in their own words.
        ("Personnel screening before hire", "Are background checks done?", "c:bgcheck"),
        ("Flaw remediation", "Are patches applied in time?", "c:patch"),
        ("Unsuccessful logon attempts", "Lockout after failed login attempts?", "c:lockout"),
        ("Session lock", "Is there an idle timeout?", "c:idle"),
        ("Audit record retention", "How long are audit logs kept?", "c:auditlog"),
        ("Audit record retention", "How long are audit logs kept?", "c:retention"),
        ("Session termination", "Do sessions time out after inactivity?", "c:idle"),
        ("Configuration change control", "Describe your change management process.", "c:change"),
        ("Access agreements", "Do new hires sign an NDA?", "c:agreement"),
        ("Boundary protection", "Do you use a stateful firewall?", "c:firewall"),
        ("Separation of duties", "Are duties segregated between admins and users?", "c:sod"),
        ("Recovery plans are tested", "Is the disaster recovery plan tested?", "c:drp"),
        ("Response plans are in place", "Do you have an incident response plan?", "c:incident"),
        ("Is cardholder data stored?", "Do you process credit card information?", "c:card"),
        ("Transparent database encryption", "Is data encrypted at rest?", "c:atrest"),
        ("Are your databases encrypted?", "Is stored data encrypted?", "c:atrest"),
        (
            "Vulnerabilities in assets are identified",
            "Do you scan for vulnerabilities?",
            "c:vulnscan",
        ),
        ("Breach notification", "Are customers told of security incidents?", "c:incident"),
        ("Credentials are revoked", "Are passwords of leavers disabled?", "c:password"),
        ("Transmission confidentiality", "Is data encrypted in transit?", "c:transit"),
        ("Media disposal", "Is media destroyed at end of life?", "c:delete"),
        ("Data subject requests", "Do you honour GDPR requests?", "c:privacy"),
        ("Contingency plan", "Is there a plan to recover from a disaster?", "c:drp"),
        ("Authenticator management", "What password rules apply?", "c:password"),
        ("Role-based security training", "Is security awareness training given?", "c:training"),
        ("Unsupported system components", "Is any software past its end of life?", "c:eol"),
        ("Information input validation", "Does the app validate user input?", "c:inputval"),
        ("Denial of service protection", "Are you protected against DDoS?", "c:ddos"),
        ("Key establishment", "How are encryption keys managed?", "c:keymgmt"),
        ("Security assessments", "Has anyone audited your security?", "c:assessment"),
        ("Remote access", "Is a VPN required for staff?", "c:remote"),
        ("Fire protection", "Is there fire suppression in the data center?", "c:fire"),
    ],
)
def test_control_names_meet_questionnaire_wordings(control: str, asked: str, concept: str) -> None:
    assert concept in terms(control) and concept in terms(asked)


def _concepts_slowly(words: list[str]) -> list[str]:
    # Every phrase tried at every word, longest first: what `concepts_in` must agree with.
    from socproc.mapping.similar import _starts

    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase, _, name in _starts(words[i]):
            size = len(phrase)
            window = words[i : i + size]
            if len(window) == size and all(
                p == w or p == "~" or (p.endswith("*") and w.startswith(p[:-1]))
                for p, w in zip(phrase, window, strict=True)
            ):
                gaps = [w for p, w in zip(phrase, window, strict=True) if p == "~"]
                out += ["c:" + name, *_concepts_slowly(gaps)]
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def test_concepts_in_agrees_with_trying_every_phrase() -> None:
    from socproc.mapping.similar import concepts_in, fold

    texts = [a.question for a in LIBRARY] + [
        "Are systems scanned externally for vulnerabilities and security updates applied?",
        "Do you review user access rights to the access lists quarterly? Security team only.",
        "Is data backed up and encrypted at rest, in transit and on laptops?",
        "How long are audit logs kept, and is the retention period reviewed?",
        "security",
    ]
    for text in texts:
        words = fold(text).split()
        assert concepts_in(words) == _concepts_slowly(words)


def test_a_search_is_remembered_by_its_text_whatever_its_case_and_spacing() -> None:
    index = AnswerIndex(LIBRARY).similar_index
    first = index.search("Is customer data encrypted in transit?", 3)
    again = index.search("  is CUSTOMER data\nencrypted in transit? ", 3)
    assert first == again and first[0][0] == 3
    first.clear()  # a caller's list is its own: the remembered result is unchanged
    assert index.search("Is customer data encrypted in transit?", 3) == again


def test_a_sub_question_takes_its_subject_from_its_section() -> None:
    from socproc.inventory.load import ApprovedAnswer
    from socproc.mapping.answers import AnswerIndex

    asked = "Are the policies and procedures reviewed and updated at least annually?"
    library = [
        ApprovedAnswer(asked, "Yes, every January.", question_id="AC-01", context="Access control"),
        ApprovedAnswer(asked, "Yes, each March.", question_id="EN-01", context="Encryption policy"),
    ]
    index = AnswerIndex(library)
    question = "Are policies and procedures reviewed at least once a year?"
    in_crypto = index.similar(question, 3, context="Cryptography, Encryption & Key Management")
    assert in_crypto[0].question_id == "EN-01"
    in_iam = index.similar(question, 3, context="Identity & Access Management")
    assert in_iam[0].question_id == "AC-01"


def test_a_no_to_a_narrower_question_does_not_answer_the_broader_one() -> None:
    narrow = (
        "Are production servers and containers checked with an authenticated scanner for known "
        "vulnerabilities before each release?"
    )
    broad = "Are production servers and containers checked for known vulnerabilities before each release?"
    no = AnswerIndex((ApprovedAnswer(narrow, "No", question_id="V-3"),))
    assert no.match(broad, None, THRESHOLD) is None
    assert no.similar(broad)[0].question_id == "V-3"  # still offered to the reviewer
    # A Yes to the narrower question is a Yes to the broader one.
    yes = AnswerIndex((ApprovedAnswer(narrow, "Yes", question_id="V-3"),))
    assert yes.match(broad, None, THRESHOLD) is not None
    # One word is enough to narrow it: no formal exercise may still be an informal one.
    formal = "Do you run a formal tabletop exercise of the incident response plan every year?"
    exercise = AnswerIndex((ApprovedAnswer(formal, "No", question_id="IR-7"),))
    asked = "Do you run a tabletop exercise of the incident response plan every year?"
    assert exercise.match(asked, None, THRESHOLD) is None
    assert AnswerIndex((ApprovedAnswer(formal, "Yes"),)).match(asked, None, THRESHOLD)
    # Examples the earlier question gave are no qualifier it asked about.
    listed = (
        "Do you follow a recognised information security framework for the platform and its "
        "hosting (for example CIS Controls)?"
    )
    framework = AnswerIndex((ApprovedAnswer(listed, "No", question_id="F-1"),))
    asked = "Do you follow a recognised information security framework for the platform and its hosting?"
    assert framework.match(asked, None, THRESHOLD) is not None


def test_a_kept_id_does_not_excuse_a_question_that_asks_more() -> None:
    old = ApprovedAnswer(
        "Do you have a documented change management process?", "Yes", question_id="CM-1"
    )
    index = AnswerIndex((old,))
    # A new version of the form rewords under the same id: the id lowers the bar...
    reworded = "Do you have a documented process for change management?"
    assert index.match(reworded, "CM-1", THRESHOLD) is not None
    # ...but a question that adds conditions of its own is another question.
    more = "Do you have a documented change management process approved by a change board?"
    assert index.match(more, "CM-1", THRESHOLD) is None


def test_cybersecurity_is_security() -> None:
    from socproc.mapping.similar import stem

    for text in ("Is a cybersecurity policy in place?", "Is an infosec policy in place?"):
        assert stem("security") in terms(text)
    index = AnswerIndex(LIBRARY)
    found = index.similar("Does the organisation have a documented cybersecurity policy?", 1)
    assert found[0].question == "Do you have a documented information security policy?"


def test_role_based_training_is_no_access_control() -> None:
    assert "c:rbac" not in terms("Role-based security training")
    assert "c:rbac" in terms("Is access role-based?")


# A small library in our own words, and buyer wordings that share few words with their entry.
_WORDED = (
    ApprovedAnswer("Does the product support single sign-on?", "Yes. SAML 2.0.", question_id="S1"),
    ApprovedAnswer("Do you log and monitor security events?", "Yes. SIEM.", question_id="S2"),
    ApprovedAnswer("Which senior executive is accountable for information security?", "Our CISO."),
    ApprovedAnswer("How can outside researchers report security vulnerabilities?", "security.txt"),
    ApprovedAnswer("Can the customer extract a full backup of its data?", "Yes, any time."),
    ApprovedAnswer("Do you have independent penetration tests performed?", "Yes, yearly."),
    ApprovedAnswer("Can you share the results of your latest penetration test?", "Summary only."),
    ApprovedAnswer("Describe your change management process.", "Every change is reviewed."),
    ApprovedAnswer("Describe how a customer's data is hosted.", "AWS."),
    ApprovedAnswer("Do you have a dedicated information security staff?", "Yes, nine people."),
    ApprovedAnswer("Do you have a dedicated development team?", "Yes."),
    ApprovedAnswer(
        "Has a third-party security assessment been completed in the last year?", "Yes."
    ),
    ApprovedAnswer("Have you had an unplanned outage in the last 12 months?", "No."),
    ApprovedAnswer("Do you run background checks on new employees?", "Yes."),
    ApprovedAnswer(
        "Does the product support role-based access control for customer users?", "Yes."
    ),
    ApprovedAnswer("How do you control employee access to customer data?", "Least privilege."),
    ApprovedAnswer("Is security built into your software development lifecycle?", "Yes."),
    ApprovedAnswer("Do your contracts require vendors to protect your data?", "Yes."),
    ApprovedAnswer("Do you have a data privacy policy?", "Yes."),
    ApprovedAnswer("Can customers see an audit log of activity in the product?", "Yes."),
    ApprovedAnswer("Are your developers trained in secure coding techniques?", "Yes."),
    ApprovedAnswer("Is your code put through static code analysis before release?", "Yes."),
    ApprovedAnswer("Is sensitive data encrypted in transport?", "Yes. TLS 1.2+."),
    ApprovedAnswer("Is sensitive data encrypted at rest?", "Yes. AES-256."),
    ApprovedAnswer("Are data backups encrypted?", "Yes."),
    ApprovedAnswer("Do you require multi-factor authentication for your employees?", "Yes."),
    ApprovedAnswer("Does the product support multi-factor authentication for users?", "Yes."),
    ApprovedAnswer("Do you have a documented incident response plan?", "Yes."),
    ApprovedAnswer("Can you respond to security incidents around the clock?", "Yes."),
    ApprovedAnswer("Are you performing off site backups?", "Yes."),
    ApprovedAnswer("If you don't support SSO, does your app support multi-factor login?", "No."),
)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Can customers log in with Okta or Azure AD?", "single sign-on"),
        ("Who is your CISO?", "senior executive"),
        ("Do you run a bug bounty or a responsible disclosure program?", "outside researchers"),
        ("Can the customer export a copy of all its data?", "extract a full backup"),
        ("Will you share your most recent pentest report?", "share the results"),
        ("Describe how changes are approved and deployed to production.", "change management"),
        ("Do you have a dedicated team for information security?", "information security staff"),
        ("Was an independent security audit done in the past 12 months?", "third-party security"),
        ("Do you hire an outside firm to test your app's security each year?", "third-party secu"),
        ("Are staff screened before hire?", "background checks"),
        ("Can customer administrators assign roles with different permissions?", "role-based"),
        ("Is security considered throughout your development process?", "development lifecycle"),
        ("Do your supplier contracts include data protection clauses?", "require vendors"),
        ("Does the product keep a history of user actions that customers can view?", "audit log"),
        ("Are software engineers taught to avoid common coding vulnerabilities?", "secure coding"),
        ("Is source code checked by automated security analysis tools?", "static code analysis"),
        ("Please confirm that data is encrypted while it travels over public networks.", "transp"),
        ("Do you have a 24x7 incident response capability?", "around the clock"),
        ("Are backups kept at a separate location from production?", "off site backups"),
    ],
)
def test_buyer_wordings_find_their_entry_first(asked: str, expected: str) -> None:
    found = AnswerIndex(_WORDED).similar(asked, 3)
    assert found and expected in found[0].question


def test_a_leading_condition_weighs_as_an_example_and_only_for_similar_answers() -> None:
    from socproc.mapping.similar import without_examples

    own, examples = parts("If you don't support SSO, does the product support MFA?")
    assert "c:mfa" in own and "c:sso" in examples and "c:sso" not in own
    # Automatic reuse still reads the whole question (a condition can narrow what it asks).
    assert "SSO" in without_examples("If you don't support SSO, does the product support MFA?")
    # The condition's subject (SSO) no longer draws the SSO answer up among the MFA ones.
    asked = "If the product does not support single sign-on (SSO), can users turn on MFA?"
    found = AnswerIndex(_WORDED).similar(asked, 3)
    assert "multi-factor" in found[0].question
    assert not any("single sign-on" in a.question for a in found)
    # A question that starts with no condition keeps all its words as its own.
    assert parts("Where is data stored, and who can access it?")[1] == ()


@pytest.mark.parametrize(
    ("text", "concept", "absent"),
    [
        ("Do admins need MFA to reach production?", "c:production", "c:product"),
        ("Will you provide results of vulnerability scans?", "c:share", ""),
        ("Is there a VPAT for this version?", "c:a11y", ""),
        ("Are any credentials embedded in source code?", "c:hardcoded", ""),
        ("Are there hard-coded passwords?", "c:hardcoded", ""),
        ("Do your contracts include data protection clauses?", "protect", "c:privacy"),
        ("Who is your data protection officer?", "c:privacy", ""),
        ("How fast is access removed when someone leaves?", "c:remove", ""),
        ("Does customer data leave the country?", "countri", "c:remove"),
        ("Is supply chain risk management applied to suppliers?", "c:vendor", "c:supplychain"),
        ("Do you manage your software supply chain?", "c:supplychain", "c:vendor"),
        ("Are visitors escorted and logged?", "c:physical", ""),
        ("Do you run phishing simulations for staff?", "c:training", ""),
        ("Do you rotate keys every year?", "c:keymgmt", ""),
        ("Is data protected with AES-256?", "c:encrypt", ""),
        # The respondent in the third person is no third party; its own suppliers are.
        ("Does the vendor log and monitor security events?", "c:logging", "c:vendor"),
        ("The Supplier shall assess the security of its suppliers.", "c:vendor", ""),
        # Secure development is the lifecycle's; secure coding the developer's craft.
        ("Describe your secure software development practices.", "c:sdlc", "c:securecode"),
        ("Are developers trained in secure coding?", "c:securecode", "c:sdlc"),
        # Both halves of a concept in any order or voice.
        ("Access rights of users are reviewed at regular intervals.", "c:accessreview", ""),
        ("Can outsiders report security bugs to you?", "c:disclosure", ""),
        ("Are the databases holding our data encrypted?", "c:atrest", ""),
        ("Is security part of the software lifecycle?", "c:sdlc", ""),
    ],
)
def test_concept_boundaries(text: str, concept: str, absent: str) -> None:
    found = terms(text)
    assert concept in found and absent not in found


def test_an_entry_is_found_by_what_its_answer_says() -> None:
    library = [
        ApprovedAnswer("How is the service hosted?", "On Amazon Web Services (AWS), us-east-1."),
        ApprovedAnswer("Do you have a documented incident response plan?", "Yes."),
    ]
    found = AnswerIndex(library).similar("Do you use AWS?", 3)
    assert [a.question for a in found] == ["How is the service hosted?"]
    # The answer's words count less than the question's own.
    index = SimilarIndex([Entry("Is data encrypted?", answer="Yes, with FileVault.")])
    vec = index._vecs[0]
    assert vec[stem_of("filevault")] < vec["c:encrypt"]


def test_an_answers_links_numbers_and_verdict_name_no_subject() -> None:
    entry = Entry(
        "Do you use subprocessors?",
        answer="Yes, listed at https://example.com/subprocessors; 30 days' notice of changes.",
    )
    vec = SimilarIndex([entry])._vecs[0]
    assert "c:transit" not in vec and "30" not in vec and "yes" not in vec and "notic" in vec


def stem_of(word: str) -> str:
    from socproc.mapping.similar import stem

    return stem(word)
