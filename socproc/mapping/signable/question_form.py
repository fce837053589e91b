"""The question's form and subject: a field, a yes/no question, a request to describe or provide; an admission; another organisation as the subject; field values from the inventory."""

from __future__ import annotations

import re

from socproc.inventory.load import Contact
from socproc.mapping.answers import polarity
from socproc.mapping.holdings import YES_NO_RX, Context
from socproc.mapping.signable.data_location import (
    _COUNTRIES_ASK_RX,
    _DATA_PLACES_ASK_RX,
    _HQ_COUNTRY_ASK_RX,
    _WORK_PLACES_ASK_RX,
    data_countries,
    data_places,
    headquarters_country,
    work_places,
)
from socproc.mapping.signable.document_facts import _PROVIDE_RX
from socproc.mapping.signable.hosting import (
    _CREDENTIAL_WORD_RX,
    _HOSTING_FIELD_RX,
    _asks_for_a_name,
    hosting_provider,
    part_left_out,
    third_party_hosting,
)
from socproc.mapping.signable.narrower import _SENTENCE_RX
from socproc.mapping.signable.scope import _FUTURE_RX, _PAST_RX, _other_orgs
from socproc.mapping.signable.stating import _DUTY_FRAME_TEXT, _PERSON_ASK_RX, _duty_words, states
from socproc.mapping.signable.subjects import _GENERAL_TERMS, subject_terms
from socproc.mapping.signable.timed_controls import _PAST_ASK_RX
from socproc.mapping.signable.vocab import (
    _CONTACT_RX,
    _DATE_DONE_RX,
    _DESCRIBE_RX,
    _EMAIL_RX,
    _FIELD_RX,
    _INNER_YES_NO_RX,
    _LEAD_IN_YES_NO_RX,
    _LEGAL_RX,
    _LIST_RX,
    _NAME_RX,
    _PHONE_RX,
    _PROVIDER_RX,
    _REQUEST_RX,
    _TITLE_RX,
    NONE,
    OTHER_ENTITY_RX,
    Form,
    Signed,
    _our_contact,
)


def form_of(question: str, choices: tuple[str, ...] = ()) -> Form:
    """The question's form, from how it is put (and the cell's own dropdown), not its topic."""
    text = question.strip()
    if len(text) <= 70 and not text.endswith("?") and _FIELD_RX.match(text):
        return Form.FIELD
    if _REQUEST_RX.match(text) or _PROVIDE_RX.match(text):
        # "Can you provide ...?", "Are you willing to share ...?" ask for a thing, in yes/no form.
        return Form.REQUEST
    if YES_NO_RX.match(text) or _INNER_YES_NO_RX.search(text):
        return Form.YES_NO
    if _LEAD_IN_YES_NO_RX.match(text) and not _DESCRIBE_RX.match(text):
        # "For customers not using SSO, is MFA required?": a case set first, then the question.
        return Form.YES_NO
    if _DESCRIBE_RX.match(text):
        return Form.DESCRIBE
    if _ASSERTION_RX.match(text):
        # "Verify that user set passwords are at least 12 characters", "Confirm that backups are
        # encrypted": a statement to be confirmed or denied, as a yes/no question is.
        return Form.YES_NO
    if _yes_no_cell(choices):
        return Form.YES_NO
    return Form.OTHER


# A statement to confirm: "Verify that ...", "Please confirm there were no ...", "Verify shared
# or default accounts are not present" (a clause with its verb), not "Confirm the name of your
# DPO" nor "Verify how ...".
_ASSERTION_RX = re.compile(
    r"\s*(?:please\s+)?(?:verify|confirm|attest|certify)\s+"
    # not a promise, a plan or the buyer's own fact: "Confirm that you will notify us ...",
    # "... is planned for 2027", "... has been shared with us"
    r"(?![^.?]*\b(?:will|shall|would|going\s+to|planned|plans?\s+to|intend\w*|with\s+us|to\s+us)\b)"
    r"(?:that\s+|(?!(?:how|what|which|where|when|who|whom|whether|if|(?:the|your|its|our)\s+"
    # a value to confirm: "Please confirm the number of days within which ... are remediated"
    r"(?:[\w-]+\s+)?(?:name|number|date|frequency|period|count|amount|percentage|duration|"
    r"length|level|version|value|list|time|timeframe|location|address|contact|owner|limit|"
    r"retention|rto|rpo|sla))\b)"
    r"(?=[^.?]*?\b(?:is|are|was|were|has|have|had)\b))",
    re.I,
)


def _yes_no_cell(choices: tuple[str, ...]) -> bool:
    said = {polarity(c) for c in choices}
    return True in said and False in said


def about_provider(question: str) -> bool:
    """Whether the question is about another organisation (hosting provider, subprocessor):
    not what the vendor requires of them ("Are third parties required to sign an NDA?", "Do
    vendors undergo a security review before onboarding?"), unless it asks of their own
    credentials ("Are your subprocessors required to hold ISO 27001?")."""
    if not _PROVIDER_RX.search(question):
        return False
    return not (_REQUIRED_OF_THEM_RX.search(question) and not _CREDENTIAL_WORD_RX.search(question))


# What the vendor requires of its suppliers: "required to sign", "undergo a security review".
_REQUIRED_OF_THEM_RX = re.compile(
    r"\b(required|obliged|obligated|expected|contractually\s+bound)\s+to\b|\bmust\b|"
    r"\b(undergo|subject\s+to)\s+(an?\s+)?(security\s+|risk\s+|due\s+diligence\s+)?"
    r"(reviews?|assessments?|checks?|screening|vetting|due\s+diligence)\b|"
    r"\b(vetted|screened|assessed|reviewed|evaluated|onboarded|approved)\b",
    re.I,
)


def not_a_certification(question: str) -> str:
    """What a question asks to be a certification that is by its kind not one ("Is the HIPAA
    assessment a certification?", "Is the Business Associate Agreement a HIPAA certification?"):
    its kind's noun, or ''."""
    m = _KIND_AS_CERTIFICATION_RX.match(question)
    return m["kind"] if m else ""


# An agreement, assessment, policy or letter asked to be a certification.
_KIND_AS_CERTIFICATION_RX = re.compile(
    r"\s*(?:is|are)\s+(?:the|your|our)\s+[^?]{0,50}?\b(?P<kind>agreement|assessment|self-assessment|"
    r"policy|plan|letter|questionnaire|template|contract|addendum|BAA)\s+(?:also\s+)?(?:an?\s+)?"
    r"(?:[\w-]+\s+)?certifications?\s*\?\s*$",
    re.I,
)


def others_report(ctx: Context, question: str) -> bool:
    """Whether a question asks about another organisation's own report or certificate:
    "Does Azure's SOC 2 report have exceptions?", "AWS's ISO 27001 certificate", "your data
    centre operator's audit", "your colocation provider ... in its SOC reports", "the SOC 2
    report of Viettel IDC"."""
    if _ROLE_REPORT_RX.search(question) and not _OUR_REVIEW_ASK_RX.match(question):
        return True
    possessor = _POSSESSED_REPORT_RX.search(question)
    if possessor is not None and _not_ours(ctx, possessor["who"]):
        # "Is Centinela MDR's SOC 2 report qualified?": a name the inventory may not list as
        # an organisation, whose report it is.
        return True
    lowered = question.casefold().replace("’", "'")
    return any(
        # "AWS's SOC 2", "Amazon Web Services' SOC 2 report".
        re.search(rf"\b{re.escape(name)}'s?\s+(own\s+)?(\w+\s+){{0,2}}{_REPORT_WORD}", lowered)
        # "Did AWS have exceptions in its own SOC 2 report?"
        or re.search(
            rf"\b{re.escape(name)}\b[^?]{{0,60}}?\b(its|their)\s+(own\s+)?(most\s+recent\s+|"
            rf"latest\s+|last\s+|current\s+)?(\w+\s+)?{_REPORT_WORD}",
            lowered,
        )
        or re.search(
            rf"{_REPORT_WORD}\s+(reports?\s+)?(of|from|for)\s+{re.escape(name)}\b", lowered
        )
        # "the Betalo Payments SOC 2": the name, a word of it at most, then the report.
        or re.search(rf"\b(the\s+)?{re.escape(name)}(\s+\w+)?\s+{_REPORT_WORD}", lowered)
        for name in _other_orgs(ctx)
        if name in lowered
    )


_REPORT_WORD = r"(soc|iso|reports?|certific\w*|attestations?|audits?|pci|aoc)\b"


# A report owned by a name: "Centinela MDR's SOC 2 report", "Orla Hosting's ISO certificate".
_POSSESSED_REPORT_RX = re.compile(
    r"\b(?P<who>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){0,2}"
    r"(?i:soc|iso|reports?|certific\w*|attestations?|audits?|pci|aoc)\b"
)


def _not_ours(ctx: Context, name: str) -> bool:
    """Whether a name is neither the vendor's nor one of its products' ("Centinela MDR", not
    "Qhapaq" or "Qhapaq BagTrace")."""
    words = {w.lower() for w in re.findall(r"[\w&-]+", name)}
    own = {w.lower() for w in re.findall(r"[\w&-]+", ctx.inventory.vendor)}
    return not words & (own | {w.lower() for w in ctx.product_words})


# What the vendor does with others' reports: "Do you review your vendors' SOC reports?" asks a
# practice of ours.
_OUR_REVIEW_ASK_RX = re.compile(
    r"\s*(do|does|did|will|how\s+do)\s+(you|your\s+(team|company|organi[sz]ation|staff))\s+"
    r"(\w+\s+)?(review|obtain|collect|request|assess|evaluate|monitor|check|read|require|"
    r"analy[sz]e|track|verify)",
    re.I,
)


# A report a provider named by its role holds: "your data centre operator's audit", "your
# colocation provider ... in its SOC reports".
_ROLE_NOUNS = (
    r"(providers?|operators?|vendors?|suppliers?|sub-?processors?|sub-?contractors?|partners?|"
    r"hosts?|subservice\s+organi[sz]ations?|data\s*cent(er|re)s?|colocation\s+(site|facility))"
)


_ROLE_REPORT_RX = re.compile(
    rf"\b{_ROLE_NOUNS}(['’]s?|s['’])\s+(own\s+)?(\w+\s+){{0,2}}{_REPORT_WORD}|"
    rf"\b{_ROLE_NOUNS}\b[^?]{{0,60}}?\b(its|their)\s+(own\s+)?(most\s+recent\s+|latest\s+|"
    rf"last\s+|current\s+)?(\w+\s+)?{_REPORT_WORD}",
    re.I,
)


def only_planned(question: str, text: str) -> bool:
    """Whether every sentence of `text` tells of what is planned or in progress ("We plan to
    hire a managed SOC ... from 2031") or of what was done in years it names ("We ran phishing
    simulations for all staff in 2028 and 2029"), for a question that asks of the present."""
    said = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    return (
        bool(said)
        and not _FUTURE_RX.search(question)
        and not _PAST_ASK_RX.search(question)
        and all(_FUTURE_RX.search(p) or _DONE_IN_YEARS_RX.search(p) for p in said)
    )


def set_aside_named(question: str, fact: str) -> bool:
    """Whether a question sets something aside to ask of the rest ("Other than Hetzner, does
    your SOC 2 carve out any subservice organisation?", "Except for plate images, is all
    customer data stored in Canada?") and the fact found names it: a Yes or No read from the
    thing set aside answers the plain question, not the one asked. "Someone other than the
    preparer" is another person, not a thing set aside, nor is "anything other than an unqualified opinion"."""
    for m in _SET_ASIDE_ASK_RX.finditer(question):
        before = question[: m.start()].split()[-1:]
        if before and before[0].lower() in _ANOTHER_ONE:
            continue
        what = subject_terms(m["what"]) - _GENERAL_TERMS
        if not what & subject_terms(fact):
            continue
        # "Apart from annual training, do you run phishing simulations?" and "... Phishing
        # simulations run every quarter": a part of the fact that leaves the thing aside states
        # the rest of the question.
        rest = f"{question[: m.start()]} {question[m.end() :]}"
        if any(
            not what & subject_terms(p)
            and not (_PAST_RX.search(p) or _FUTURE_RX.search(p) or _DONE_IN_A_YEAR_RX.search(p))
            and states(rest, p)
            for p in _SENTENCE_RX.split(fact)
            if p.strip()
        ):
            continue
        return True
    return False


# "Phishing simulations were run once in 2023": done in a year, not said to be done now.
_DONE_IN_A_YEAR_RX = re.compile(
    r"\b(was|were|ran|held|did|took\s+place|happened)\b[^.;]*\b(19|20)\d\d\b", re.I
)
_SET_ASIDE_ASK_RX = re.compile(
    r"\b(?:except(?:ing)?|excluding|other\s+than|apart\s+from|aside\s+from|besides|with\s+the\s+"
    r"exception\s+of)\s+(?:for\s+)?(?:the\s+|our\s+|your\s+|its\s+)?(?P<what>[^?,;]{2,60})",
    re.I,
)


_ANOTHER_ONE = frozenset(
    (
        "someone",
        "anyone",
        "somebody",
        "anybody",
        "one",
        "person",
        "people",
        "individual",
        "individuals",
        "party",
        "parties",
        "employee",
        "employees",
        "staff",
        "user",
        "users",
        # "anything other than an unqualified opinion": a different one, not one set aside
        "anything",
        "something",
        "nothing",
    )
)


# A past verb of the vendor's with the years it was done in, and nothing said of since.
_DONE_IN_YEARS_RX = re.compile(
    r"^\s*(we|they)\s+(ran|held|performed|conducted|carried\s+out|did|had)\b[^.;]{0,80}?"
    r"\bin\s+(19|20)\d\d(\s*(,|and)\s*(19|20)\d\d)*\s*[.;]?\s*$",
    re.I,
)


def field_value(ctx: Context, question: str, choices: tuple[str, ...] = ()) -> Signed:
    """The vendor's own name, contact, hosting provider or the date of completion, where a
    field asks for it."""
    inv = ctx.inventory
    contact = inv.contact
    if part_left_out(ctx, question):
        return NONE  # "Which cloud provider hosts Trichome Loyalty?" of a part out of scope
    if _HOSTING_FIELD_RX.search(question) and _asks_for_a_name(question):
        return hosting_provider(ctx, choices)
    hosted = third_party_hosting(ctx, question, choices)
    if hosted.answer:
        return hosted
    if _COUNTRIES_ASK_RX.search(question):
        return data_countries(ctx)
    if _WORK_PLACES_ASK_RX.search(question):
        return work_places(ctx)
    if _DATA_PLACES_ASK_RX.search(question):
        return data_places(ctx)
    if _HQ_COUNTRY_ASK_RX.search(question):
        return headquarters_country(ctx)
    if _LIST_RX.search(question):
        # "Legal name and registered address": half an answer is left for the reviewer.
        return NONE
    if _DATE_DONE_RX.search(question):
        return Signed(ctx.as_of.isoformat(), ctx.as_of.isoformat(), "as_of")
    person = _PERSON_ASK_RX.search(question)
    if person is not None:
        named = _person_responsible(contact, person["duty"])
        # "Who is responsible for ...?" may be answered by a party a text names ("Libraries
        # are responsible for ..."); a field for a person's name only by a person.
        if named.answer or person["person"]:
            return named
    if contact is not None and _CONTACT_RX.search(question) and _our_contact(question):
        for rx, value in (
            (_EMAIL_RX, contact.email),
            (_PHONE_RX, contact.phone),
            (_TITLE_RX, contact.title),
        ):
            if rx.search(question):
                return Signed(value, value, "contact") if value else NONE
        if contact.name:
            return Signed(contact.name, contact.name, "contact")
    if (
        _NAME_RX.search(question)
        and inv.vendor
        and not _LEGAL_RX.search(question)
        and not OTHER_ENTITY_RX.search(question)
    ):
        # `vendor` is the name the vendor goes by; its legal entity name (", Inc.") is only
        # ever stated by an approved answer.
        return Signed(inv.vendor, inv.vendor, "vendor")
    return NONE


PERSON = "person"  # the source of a person asked for, stated or not


def _person_responsible(contact: Contact | None, duty: str) -> Signed:
    """The contact's name where their title holds the duty asked ("Security and Privacy
    Officer" for "security"); otherwise a blank: a sentence that names no one is no answer to
    "who", and a contact with another title is not said to hold the duty."""
    asked = _duty_words(duty) - _duty_words(_DUTY_FRAME_TEXT)
    if not asked:
        return Signed("", "", PERSON)
    if contact and contact.name and contact.title and asked <= _duty_words(contact.title):
        return Signed(contact.name, f"{contact.name}, {contact.title}.", PERSON)
    return Signed("", "", PERSON)
