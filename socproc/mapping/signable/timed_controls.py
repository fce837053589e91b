"""Controls measured against a time the question sets: done less often or later than asked, overdue, optional, only at times, tested within a window."""

from __future__ import annotations

import re
from collections.abc import Iterator

from socproc.inventory.load import Control
from socproc.mapping.holdings import YES_NO_RX, Context
from socproc.mapping.signable.approved_facts import (
    _SINCE_RX,
    _event_dates,
    products_named,
)
from socproc.mapping.signable.caveats import (
    _CAPITAL_WORD_RX,
    _MUST_SAY,
    _PRESENT_HELPER_RX,
    _SIMPLE_PAST_RX,
    _UNTIL_DATED_RX,
    _name_terms,
    _others_denied,
    hosted_apart,
)
from socproc.mapping.signable.choice_facts import (
    _HIRE_RX,
    _HOW_OFTEN_ASK_RX,
    _MORE_OFTEN_RX,
    _often_choice,
)
from socproc.mapping.signable.clauses import _UNIT_TERMS
from socproc.mapping.signable.control_facts import _control_index, _names_stated, stating_controls
from socproc.mapping.signable.frequency import (
    _BOUND,
    _DISTINCT_ACTS,
    _ENFORCED_ASK_RX,
    _OFTEN_PHRASE_RX,
    _PLAN_NAMED_RX,
    _bound_met,
    _kind_said,
    _names_act,
    _retention_as_bound,
    _stated_often,
    _timed,
    parts_named,
)
from socproc.mapping.signable.narrower import (
    _GROUP_NOUN_TERMS,
    _PART_RX,
    _POPULATION,
    _SENTENCE_RX,
    _SUBJECT_CLASSES,
    _UNIVERSAL_RX,
    _with_subjects,
    other_device_kind,
)
from socproc.mapping.signable.negation import (
    _DENIAL_RX,
    _DOUBLE_NEGATIVE_RX,
    _FULL_STOP_RX,
    _negated_terms,
    _places,
    in_digits,
)
from socproc.mapping.signable.polarity import _WILL_ASK_RX, _WINDOW_ASK_RX, _months, _other_product
from socproc.mapping.signable.quantities import _FREQUENCY, numbers_in
from socproc.mapping.signable.scope import (
    _CLAUSE_END_RX,
    _FUTURE_RX,
    _PAST_RX,
    _UN_RX,
    _WITHOUT_RX,
    _about_case,
    _about_named,
    _names,
)
from socproc.mapping.signable.stating import DONE_ACT_ASK_RX, states, told_done
from socproc.mapping.signable.subjects import (
    _GENERAL_TERMS,
    _MONTHS,
    _stem,
    _term,
    rounded_intervals,
    specific_terms,
    subject_terms,
)
from socproc.mapping.signable.vocab import _CONCEPTS, _WORD_RX, NONE, STATED_SHARE, Signed


def less_often_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control, among those sharing the question's subject, that does what is asked less
    often than asked."""
    wanted = subject_terms(question)
    if not wanted & _FREQUENCY.keys():
        return None
    index = _control_index(controls)
    near = {i for term in wanted - _FREQUENCY.keys() for i in index.by_term.get(term, ())}
    return next(
        (
            controls[i]
            for i in sorted(near)
            if less_often(question, controls[i].description)
            # "never performed less often than once a year" is a floor, not how often
            and not _FLOOR_RX.search(controls[i].description)
        ),
        None,
    )


_FLOOR_RX = re.compile(r"\bnever\b[^.;]{0,40}\bless\s+(often|frequently)\s+than\b", re.I)


def short_of_bound_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control, among those sharing the question's subject, that states a quantity the
    bound asked rules out ("logs are retained for 90 days" for "at least 12 months?")."""
    question = in_digits(_retention_as_bound(question))
    if _BOUND.search(question) is None:
        return None
    index = _control_index(controls)
    wanted = subject_terms(question) - _UNIT_TERMS - numbers_in(question)
    bounded = specific_terms(_BOUND.rx.sub(" ", question)) - _UNIT_TERMS - numbers_in(question)
    near = {i for term in wanted for i in index.by_term.get(term, ())}
    return next(
        (
            c
            for c in (controls[i] for i in sorted(near))
            if _bound_met(question, c.description) == "short"
            and _kind_said(question, c.description)
            and states(_BOUND.rx.sub(" ", question), c.description)
            # A No needs the whole subject: backups kept 30 days say nothing of logs.
            and bounded <= subject_terms(c.description)
        ),
        None,
    )


def optional_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control that leaves to the customer, or to some of those asked, what a question
    asks be enforced for all or by default ("Is MFA enforced for all users by default?" and
    "Account administrators can require MFA ...; it is off by default", "required for
    administrators and optional for dispatchers"): a truthful No."""
    if not (_ENFORCED_ASK_RX.search(question) and _ALL_OR_DEFAULT_RX.search(question)):
        return None
    if subject_terms(question) & _POPULATION or _WORKFORCE_ASK_RX.search(question):
        # "Is MFA required for all workforce access to production?" asks of the vendor's own
        # people, not of a feature customers turn on for theirs.
        return None
    specific = specific_terms(question) - _POPULATION - _ENFORCE_TERMS
    if not specific:
        return None
    for control in controls:
        # Whole sentences: "...; the library's administrator decides whether to require it".
        for part in _FULL_STOP_RX.split(control.description):
            if not (specific <= subject_terms(part) and _LEFT_OPEN_RX.search(part)):
                continue
            if _PAST_RX.search(part) or _SINCE_RX.search(part) or _BEFORE_THAT_RX.search(part):
                # "required for all customer users since February 2026; before that it was
                # optional": what was left open is past.
                continue
            if _ENFORCED_RX.search(part) and not _ALL_USERS_RX.search(question):
                # "required for all administrator accounts and optional for customer users":
                # which part holds for the group asked is the reviewer's to read.
                continue
            return control
    return None


_ENFORCED_RX = re.compile(r"\b(required|enforced|mandatory|must)\b", re.I)


_WORKFORCE_ASK_RX = re.compile(r"\b(workforce|production|internal\s+systems?|corporate)\b", re.I)


_BEFORE_THAT_RX = re.compile(r"\bbefore\s+(that|then|this)\b|\bwas\s+optional\b", re.I)


_ALL_USERS_RX = re.compile(
    r"\b(all|every|each)\s+(\w+\s+){0,3}?(users?|accounts?|staff|employees?|members?)\b|"
    r"\beveryone\b",
    re.I,
)


_ENFORCE_TERMS = frozenset(
    map(_term, ("enforced", "required", "mandatory", "compulsory", "default"))
)


_ALL_OR_DEFAULT_RX = re.compile(r"\bby\s+default\b|\b(all|every)\b", re.I)


# What is left to the customer or to some: "off by default", "optional", "can require",
# "turned on by each customer's administrator", "decides whether to require it".
_LEFT_OPEN_RX = re.compile(
    r"\boff\s+(by\s+default|until)\b|\boptional(ly)?\b|\b(can|may)\s+(require|enforce|enable|"
    r"turn\s+(it\s+)?on)\b|"
    r"\bturned\s+on\s+by\b|\b(decides?|chooses?)\s+whether\b|"
    # "available to all municipal staff accounts and required for administrators".
    r"\bavailable\s+(to|for|on)\b",
    re.I,
)


# A wire that carries data as it is: "over plain HTTP", "plain TCP", "in the clear".
_PLAIN_WIRE_RX = re.compile(
    r"\bplain(?:\s+|-)?(?:http|tcp|ftp|telnet|smtp)\b|\bover\s+http\b|\bin\s+the\s+clear\b", re.I
)
# Data on the move: "in transit", "transport of sensitive data", "transmitted".
_IN_TRANSIT_ASK_RX = re.compile(
    r"\b(transit|transport\w*|transmi\w*|in\s+motion|over\s+the\s+network)\b", re.I
)


def excepted_elsewhere(
    question: str, controls: tuple[Control, ...], chosen: tuple[Control, ...]
) -> Control | None:
    """A control, among those that state it or beside them, which says part of what a question
    asks is not done ("Do you encrypt data at rest and in transit?" stated by two controls, and a third:
    "CR-200 trackers send GPS positions ... without encryption"): for the reviewer."""
    if not YES_NO_RX.match(question):
        return None
    specific = specific_terms(question)
    # The controls that state it together are read too: "CR-400 trackers send telemetry over
    # TLS 1.2. CR-200 trackers ... without encryption" states transit only in part.
    for control in (*chosen, *(c for c in controls if c not in chosen)):
        words = (*_UN_RX.findall(control.description), *_WITHOUT_RX.findall(control.description))
        if any(subject_terms(w) & specific for w in words):
            return control
        if (
            "encrypt" in specific
            and _IN_TRANSIT_ASK_RX.search(question)
            and _PLAIN_WIRE_RX.search(control.description)
        ):
            # "Linnet Guard uploads crash dumps over plain HTTP": sent as it is.
            return control
        # "... encrypted only when the municipality has turned on device encryption": done
        # under a condition someone else sets, so not done as asked everywhere.
        if any(
            subject_terms(m["what"]) & specific for m in _ONLY_WHEN_RX.finditer(control.description)
        ):
            return control
        if (
            control not in chosen
            and _practice_denied(question, specific, control.description)
            # a server's disks say nothing of the laptops asked
            and not other_device_kind(question, control.description)
        ):
            # "Is the storage of sensitive data encrypted?" stated for the cloud, and another
            # control: "A Bellows Edge server keeps ...; its disks are not encrypted".
            return control
        if (
            control not in chosen
            and _ALL_ADMIN_ASK_RX.search(question)
            and _SHARED_ADMIN_RX.search(control.description)
        ):
            # "MFA for all administrative accounts?" and "... administered through one shared
            # local administrator account": an account the practice stated is not said of.
            return control
    return None


# The words of a question on a safeguard for data or systems in general ("Is the storage of
# sensitive data encrypted using security protocols/algorithms?").
_IN_GENERAL_TERMS = frozenset(
    subject_terms(
        "storage stored store sensitive customer client personal confidential information data "
        "rest transit protocols algorithms security systems environment use used using strong "
        "industry standard all"
    )
)


def _practice_denied(question: str, specific: frozenset[str], text: str) -> bool:
    """Whether a part of `text` denies the safeguard a question asks ("its disks are not
    encrypted"), not of other people ("ticket buyers cannot use MFA") or another product."""
    # Only a safeguard named by its concept (encryption, MFA, SSO, a WAF ...): "kept", "one" or
    # a unit said in both are no denial of it; and asked of data or systems in general, or of
    # the very thing the part names ("member data in the Cuenta databases" is not asked of
    # archived PDFs).
    practice = specific & (_CONCEPTS | {"encrypt"})
    if not practice:
        return False
    objects = specific - practice - _GENERAL_TERMS - _IN_GENERAL_TERMS
    return any(
        _negated_terms(p) & practice
        and objects <= subject_terms(p)
        and not _others_denied(p, specific)
        and not _other_product(question, p)
        and not (subject_terms(p) & _SUBJECT_CLASSES) - specific
        for p in _with_subjects(text)
        if _DENIAL_RX.search(p) and not _DOUBLE_NEGATIVE_RX.search(p)
    )


_ALL_ADMIN_ASK_RX = re.compile(
    r"\b(all|every|each|any)\s+(\w+\s+)?(administrative|administrator|admin|privileged)\s+"
    r"(accounts?|users?|access)\b",
    re.I,
)


_SHARED_ADMIN_RX = re.compile(
    r"\b(shared|generic|common|local)\s+(\w+\s+)?(administrator|admin|root)\s+accounts?\b", re.I
)


# "they are encrypted only when ...", "are backed up only if the customer asks".
_ONLY_WHEN_RX = re.compile(
    r"\b(?:is|are|was|were|be)\s+(?P<what>\w+(?:ed|en))\s+only\s+(?:when|if|where|once)\b", re.I
)


_ADMIN_TERMS = subject_terms("administrators")


def _named_more(clause: str, question: str) -> bool:
    """Whether a clause names the thing with more than the question asks of it ("a public bug
    bounty on HackerOne" for "a bug bounty program?"), dates aside."""
    said = specific_terms(_DATES_RX.sub(" ", clause)) - numbers_in(clause) - _TIME_WORDS
    asked = {t[:5] for t in specific_terms(question)}  # "received" and "receive" alike
    return any(t[:5] not in asked for t in said)


_DATES_RX = re.compile(
    r"\b(until|since|before|after|in|from)?\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\s+)?(19|20)\d\d\b",
    re.I,
)
_TIME_WORDS = frozenset(("until", "since", "ran", "run", "used", "had"))
_NOW_SAME_RX = re.compile(
    r"^\W*(it|they|this|these)\s+(is|are|has|have|runs?|remains?)?\s*(now|currently|still)\b"
    # not an ended state: "it is now replaced / paused / closed / switched off"
    r"(?![^.;]*\b(replaced|paused|closed|switched\s+off|turned\s+off|discontinued|retired|"
    r"stopped|ended|suspended|cancell?ed|disabled|gone|withdrawn|shut)\b)",
    re.I,
)


def _other_plan_named(question: str, clause: str) -> bool:
    """Whether a clause names a plan, tier or edition the question does not ("on the Standard
    plan" for a question on all or none)."""
    asked = {m[0].lower() for m in _PLAN_NAMED_RX.finditer(question)}
    return any(m[0].lower() not in asked for m in _PLAN_NAMED_RX.finditer(clause))


_RELATIVE_NO_LONGER_RX = re.compile(
    r"\b(?:who|whom|that|which|whatever|whoever|what)\b[^.;,]{0,30}?\bno\s+longer\s+[\w-]+", re.I
)


def timed_only_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The control that names what a present-tense question asks only as past or planned
    ("We stopped using a web application firewall in March 2025", "We are writing a business
    continuity plan; it is due for approval in June 2027"), nothing in place today: a truthful
    No."""
    if (
        _FUTURE_RX.search(question)
        or _PAST_ASK_RX.search(question)
        or _WILL_ASK_RX.match(question)
        or not YES_NO_RX.match(question)
    ):
        # "Do you plan to ...?", "Have you ever ...?", "Will Quokka Driver support passkeys?"
        # ask of another time
        return None
    # A product's name says where, not what: "Does KT Remediate use AI?" is not denied by
    # "Until March 2025 KT Remediate stored passwords ...".
    specific = specific_terms(question) - _FREQUENCY.keys() - _name_terms(question)
    if not specific:
        return None
    index = _control_index(controls)
    near = {i for term in specific for i in index.by_term.get(term, ())}
    # Administrators are people asked of too: "Do any of your administrators share one login?"
    # is not ruled out by "Until January 2033 the operators shared one login per shift".
    people = _GROUP_NOUN_TERMS | _POPULATION | _ADMIN_TERMS
    wanted = subject_terms(question) - _FREQUENCY.keys()
    asked_people = subject_terms(question) & people
    for i in sorted(near):
        # "crosses out whatever the person no longer needs", "people who no longer work
        # here": what a relative clause says someone no longer does is no practice ended.
        text = controls[i].description
        if "longer" in text:
            text = _RELATIVE_NO_LONGER_RX.sub(" ", text)
        said_people = subject_terms(text) & people
        if asked_people and said_people and not asked_people & said_people:
            # "Do all employees use MFA?" and "Overseas agents ... MFA for agents is planned":
            # what is planned for other people says nothing of those asked about.
            continue
        if hosted_apart(question, text):
            continue  # MFA planned for servers in a colocation cage is not the cloud's
        if _done_as_asked(question, text):
            continue  # "Have the kiosks been replaced?" and "were replaced in 2025": done
        said = subject_terms(text)
        shared = wanted & said
        if len(shared) < min(2, len(wanted)) and not shared & _MUST_SAY:
            # "procedures that require a review and update of privileged access lists" and a
            # plan to "replace" a shared password: one word in common ("update") is no subject,
            # unless it names the thing itself ("a BCP", "an IDS").
            continue
        clauses = _EXCEPTION_SPLIT_RX.split(text)
        timed = [c for c in clauses if _FUTURE_RX.search(c) or _PAST_RX.search(c)]
        if any(_FUTURE_RX.search(c) and _ENDING_RX.search(c) for c in timed):
            # "Password-only sign-in will be switched off for all staff on 1 March 2028": what
            # is to end is still there until then, not denied today.
            continue
        if any(_other_plan_named(question, c) for c in timed):
            # "Do you offer customer-managed keys?" and "We plan to offer customer-managed keys
            # on the Standard plan during 2027": a plan for one plan says nothing of the others.
            continue
        if asked_people and any(_other_people_named(question, c) for c in timed):
            # "Do you require MFA for administrators of your cloud environment?" and "We plan
            # to give rescue desk coordinators named accounts with MFA": a plan for other
            # people, by whatever name, says nothing of those asked.
            continue
        if (
            not timed
            or not _names_stated(question, said)
            or _STILL_RX.search(text)
            # "We ran a public bug bounty until September 2025; it is now private and
            # invitation-only": the same thing goes on in another form (not "we now rely on
            # rate limiting", another thing in its place).
            or (
                any(_NOW_SAME_RX.search(c) for c in clauses if c not in timed)
                # what changed is something the question does not ask ("public"); "Until 2025
                # engineers received annual training; it is now offered on request" still
                # answers "annual training?" No
                and any(_named_more(c, question) for c in timed)
            )
            or _UNTIL_PLANNED_RX.search(text)
            or (
                # "Card numbers are kept in the local database until March 2027": a state
                # said in the present to last until a date holds today.
                _UNTIL_DATED_RX.search(text)
                and _PRESENT_HELPER_RX.search(text)
                and not _SIMPLE_PAST_RX.search(text)
            )
        ):
            # "... have not yet been deleted", "still hold", "stores booking data there until
            # its migration, planned for the end of 2033": a state that holds today.
            continue
        # "We plan to run a tabletop": the verb "plan" is no plan asked of.
        then = frozenset().union(*(subject_terms(_PLAN_VERB_RX.sub(" ", c)) for c in timed))
        head = _asked_head(question)
        if head and not any(
            re.search(rf"\b{re.escape(head)}", _PLAN_VERB_RX.sub(" ", c), re.I) for c in timed
        ):
            # "Do you have a crisis communication plan?" and "We plan to hold our first crisis
            # communication walkthrough": what is to come is a walkthrough, not the plan.
            continue
        now = frozenset().union(*(subject_terms(c) for c in clauses if c not in timed))
        planned = [
            _FREQUENCY[t]
            for c in timed
            for m in _OFTEN_PHRASE_RX.finditer(c)
            for t in subject_terms(m[0])
            if t in _FREQUENCY
        ]
        asked_often = [_FREQUENCY[t] for t in wanted | subject_terms(question) if t in _FREQUENCY]
        if planned and asked_often and max(planned) < min(asked_often):
            # "Is the DR plan tested at least once a year?" and "From 2033 we intend to run the
            # test twice a year": a plan to do it more often than asked says nothing of whether
            # it is done as often as asked now.
            continue
        if (
            len(specific & then) >= STATED_SHARE * len(specific)
            and not (specific & then) & now
            and not states(question, text)
            and not (
                # "We plan to replace the readers installed before 2026": a plan for some.
                any(_SOME_OF_RX.search(c) for c in timed)
                and not _UNIVERSAL_RX.search(question)
                and _in_place_elsewhere(specific & then, controls, i)
            )
            and not (
                # "We plan to move Imprime behind AWS WAF" beside "Pedidos and Taller sit
                # behind AWS WAF": a plan for a part the question does not name, and what is
                # asked stated of others now.
                any(_other_part_named(c, question) for c in timed)
                and not _UNIVERSAL_RX.search(question)
                and _stated_now_elsewhere(question, controls, i)
            )
        ):
            return controls[i]
    return None


def plan_told(question: str, controls: tuple[Control, ...]) -> bool:
    """Whether a question on what is to come ("Will family accounts support a second
    factor?") is of something a control tells as planned ("We plan to offer a second factor
    for family accounts in 2027"): what is denied today does not answer it."""
    if not _WILL_ASK_RX.match(question):
        return False
    specific = specific_terms(question)
    return bool(specific) and any(
        len(specific & subject_terms(c)) >= STATED_SHARE * len(specific)
        for control in controls
        for c in _CLAUSE_END_RX.split(control.description)
        if _FUTURE_RX.search(c)
    )


# An end to come: "will be switched off", "will be withdrawn", "will lose", "will no longer",
# "becomes disabled" (not "since the licence ended").
_ENDING_RX = re.compile(
    r"\b(will|shall|to|becomes?)\s+(?:\w+\s+){0,3}?(switch(ed)?\s+off|turn(ed)?\s+off|withdrawn?|"
    r"withdraw(s|ing)?|remov(e|ed|es|ing)|"
    r"disabl(e|ed|es|ing)|retir(e|ed|es|ing)|decommission\w*|phas(e|ed|ing)\s+out|no\s+longer|"
    r"los(e|es|ing)|deprecat\w*|discontinu\w*|revok\w*|sunset\w*|shut\s+down|ceas(e|ed|es|ing)|"
    r"stop(s|ped|ping)?|end(s|ed|ing)?)\b",
    re.I,
)


# Clauses, and the exception a clause makes apart from it: "Backups are copied to a second
# region, except for the Frankfurt region, whose backups are not yet copied" tells of today
# before its exception, whose "not yet" is the exception's alone; a dated clause after ", and".
_EXCEPTION_SPLIT_RX = re.compile(
    r"(?<=[.;])\s+|,\s*(?=(?:except|excepting|apart\s+from|other\s+than|save\s+for)\b)"
    # "All laptops are encrypted with BitLocker, and from 2028 they will move to FileVault":
    # what is to come on a day is its own clause.
    r"|,\s*(?:and|but|while)\s+(?=(?:from|in|by|starting|beginning|after|effective|as\s+of|"
    r"until|before)\s+\S*\d)",
    re.I,
)


def _other_people_named(question: str, clause: str) -> bool:
    """Whether a clause names people by a plural agent noun ("coordinators", "dispatchers",
    "consultants") the question does not name."""
    asked = {m.lower() for m in _AGENTS_RX.findall(question)}
    if any(
        m.lower() not in asked and m.lower() not in _NOT_OTHER_PEOPLE
        for m in _AGENTS_RX.findall(clause)
    ):
        return True
    # "We plan to give Caudan Night Dispatch named accounts with MFA": people named by the
    # name of their team or company, which the question does not name.
    words = set(re.findall(r"\w+", question.lower()))
    return any(
        not set(re.findall(r"\w+", (m["name"] or m["name2"]).lower())) & words
        for m in _GIVEN_TO_NAME_RX.finditer(clause)
    )


# Something given to people named by a proper name: "give Caudan Night Dispatch", "issue the
# Harbour Desk team", "extend ... to Kestrel Field Services".
_GIVEN_TO_NAME_RX = re.compile(
    r"\b(?:(?:give|issue|assign|grant|enrol|enroll|onboard)\s+(?:the\s+)?"
    r"(?P<name>(?>[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]+)*))(?![^.;]{0,60}\b(?:to|for)\s)|"
    r"(?:give|issue|grant|provide|offer|extend|extended|roll\s+out|enable|require|enforce)\b"
    r"[^.;]{0,60}?\b(?:to|for)\s+(?:the\s+)?(?P<name2>[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]+)*))"
)


_AGENTS_RX = re.compile(r"\b[a-z]{3,}(?:ors|ers|ists|ants|ians|ees)\b", re.I)
# Plural nouns of that form that name things, or people so general they take in those asked.
_NOT_OTHER_PEOPLE = frozenset(
    [
        "servers",
        "routers",
        "containers",
        "folders",
        "headers",
        "browsers",
        "computers",
        "printers",
        "scanners",
        "readers",
        "controllers",
        "monitors",
        "sensors",
        "processors",
        "registers",
        "meters",
        "filters",
        "layers",
        "clusters",
        "buffers",
        "workers",
        "employees",
        "numbers",
        "letters",
        "orders",
        "others",
        "users",
        "customers",
        "members",
        "partners",
        "providers",
        "vendors",
        "suppliers",
        "parameters",
        "trackers",
        "chargers",
        "adapters",
        "lockers",
        "towers",
        "connectors",
    ]
)


# A state that lasts until something still to come: "until its migration to Google Cloud, planned
# for the end of 2033".
_UNTIL_PLANNED_RX = re.compile(r"\buntil\b[^.;]{0,80}?\b(planned|scheduled|expected|due)\b", re.I)


# Some of a kind of things, told apart by age or by being left over.
_SOME_OF_RX = re.compile(
    r"\b(installed|deployed|bought|purchased|issued|built|added|created|enrolled)\s+"
    r"(before|prior\s+to|until)\b|\b(older|legacy|remaining|outstanding|last\s+(\d+|few))\b",
    re.I,
)


def _asked_head(question: str) -> str:
    """The head noun of the thing a "Do you have ...?" question asks for, as a term: "Do you
    have a crisis communication plan?" → "plan"; '' for other forms."""
    m = _HAVE_THING_RX.match(question)
    if m is None:
        return ""
    words = _WORD_RX.findall(m["thing"].lower())
    return _stem(words[-1]) if words else ""


_HAVE_THING_RX = re.compile(
    r"\s*(?:(?:do|does)\s+(?:you|your\s+\w+)\s+(?:have|maintain|keep|hold)|(?:is|are)\s+there)\s+"
    r"(?:an?\s+|any\s+)?(?:(?:documented|formal|written|current)\s+)?(?P<thing>[\w -]+?)"
    r"(?=\s+(?:for|in|on|at|with|and|or|that|which|to|covering|today|currently|now|yet|already|"
    r"today|in\s+place)\b|\s*[?,]|\s*$)",
    re.I,
)


_PLAN_VERB_RX = re.compile(
    r"\b(we|they|it)\s+(also\s+)?(plan|plans|planned|intend|intends)\s+to\b", re.I
)


def _other_part_named(clause: str, question: str) -> bool:
    """Whether a planned or past clause names a part the question does not ("We plan to move
    Imprime to AWS Sao Paulo and behind AWS WAF"): a product, site or region by its name, not
    a month."""
    words = _CAPITAL_WORD_RX.findall(clause)[1:]
    return any(
        not w.isupper() and not _MONTH_NAME_RX.fullmatch(w) and w not in question for w in words
    )


def _stated_now_elsewhere(question: str, controls: tuple[Control, ...], i: int) -> bool:
    """Whether a clause of another control than `i`, told in the present, states what the
    question asks."""
    return any(states(question, c) for c in _present_clauses_of_others(controls, i))


def _present_clauses_of_others(controls: tuple[Control, ...], i: int) -> Iterator[str]:
    """The clauses of every control but `i` told in the present (neither planned nor past)."""
    for j, control in enumerate(controls):
        if j != i:
            for c in _CLAUSE_END_RX.split(control.description):
                if not (_FUTURE_RX.search(c) or _PAST_RX.search(c)):
                    yield c


_MONTH_NAME_RX = re.compile(_MONTHS, re.I)


def _in_place_elsewhere(terms: frozenset[str], controls: tuple[Control, ...], i: int) -> bool:
    """Whether another control tells in the present of what control `i` names only as planned
    or past ("We plan to replace the readers installed before 2026 with TLS-capable ones" and
    "Planner, Parent and the newer readers reach our servers over TLS 1.2"): what is planned
    is for some, and the rest have it now."""
    return any(
        len(terms & subject_terms(c)) >= STATED_SHARE * len(terms) and not _DENIAL_RX.search(c)
        for c in _present_clauses_of_others(controls, i)
    )


def overdue_control(question: str, controls: tuple[Control, ...], now: int) -> Control | None:
    """The control that dates the last time something a question asks to be done every period
    was done, longer ago than the period ("The last documented restore test was in October
    2024" for "Are restores tested at least once a year?" in December 2026): a truthful No.
    `now` is the answer date as year * 12 + month."""
    wanted = subject_terms(question)
    periods = [_FREQUENCY[t] for t in wanted if _FREQUENCY.get(t, 0) >= _MONTH_DAYS]
    specific = specific_terms(question) - _FREQUENCY.keys()
    if not periods or not specific or _FUTURE_RX.search(question):
        return None
    months = min(periods) // _MONTH_DAYS
    index = _control_index(controls)
    near = {i for term in specific for i in index.by_term.get(term, ())}
    # What is done, not where: "Did Sorrel Draft suffer an outage in the past year?" is not
    # overdue by "Sorrel Capture was last tested in 2028".
    names = _name_terms(question)
    done = specific - names
    asked = wanted - _FREQUENCY.keys()
    for i in sorted(near):
        before: frozenset[str] = frozenset()
        for clause in _CLAUSE_END_RX.split(controls[i].description):
            said, before = before, subject_terms(clause)
            if not _LAST_DONE_RX.search(clause):
                continue
            # "The DR plan covers Pilot and Tug; it was last tested in October 2037": "it" is
            # the thing the clause before it named, where the clause says the act itself.
            terms = subject_terms(clause)
            if _PRONOUN_LEAD_RX.match(clause) and terms & asked:
                terms |= said & done
            lead = _LAST_NOUN_LEAD_RX.match(clause)
            if lead is not None and subject_terms(lead["noun"]) <= said:
                # "... is to be tested every year in a tabletop exercise; the last exercise was
                # held on 2041-05-20": the noun points back to the clause that names the act.
                terms |= said
            if names and not _asked_name_in(question, terms) and _sibling_named(clause, names):
                # "Do you pen test Crewline Roster every year?" and "Crewline Onboard was last
                # tested in 2031": another product's date.
                continue
            dates = _event_dates(clause)
            if (
                dates
                and done & terms
                and len(asked & terms) >= STATED_SHARE * len(asked)
                and now - max(last for _, last in dates) > months
                and _dated_act_asked(question, clause)
            ):
                return controls[i]
    return None


def _dated_act_asked(question: str, clause: str) -> bool:
    """Whether the act a clause dates ("..., most recently in September 2035") is the one a
    question asks of, where both name one: the date goes with the act named last before it
    ("reviewed annually and tested every two years, most recently in 2035" dates the test, not
    the review asked)."""
    asked = {i for i, group in enumerate(_DISTINCT_ACTS) if _names_act(question, group)}
    last = _LAST_DONE_RX.search(clause)
    if not asked or last is None:
        return True
    named = [
        (m.start(), i)
        for i, group in enumerate(_DISTINCT_ACTS)
        for stem in group
        for m in re.finditer(rf"\b{stem}", clause[: last.start()], re.I)
    ]
    if not named:
        return True
    start, act = max(named)
    # The act named last is dated only where it is timed itself ("tested in a tabletop
    # exercise every two years, most recently ..."), not where it tells how the act asked was
    # done ("tested every year with a full restore, most recently in 2023").
    return act in asked or not _timed(clause[start : last.start()])


_PRONOUN_LEAD_RX = re.compile(r"\s*(?:it|this|they|these|both)\b", re.I)


def _asked_name_in(question: str, terms: frozenset[str]) -> bool:
    """Whether a clause's terms hold the whole of a name the question asks of (one of two
    asked is enough), or the question's names when it gives none of several words."""
    asked = [subject_terms(n) for n in _MULTIWORD_NAME_RX.findall(question.split("?")[0])]
    asked = [a for a in asked if a] or [_name_terms(question)]
    return any(a <= terms for a in asked)


def _sibling_named(text: str, names: frozenset[str]) -> bool:
    """Whether a text names a sibling of the name asked: a name of several words that shares
    one with it and adds another ("Crewline Onboard" beside "Crewline Roster")."""
    for found in _MULTIWORD_NAME_RX.findall(text):
        terms = subject_terms(found)
        if terms & names and not terms <= names:
            return True
    return False


_MULTIWORD_NAME_RX = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+")


# Two things asked to be tested together: "an IR plan and a DR plan, both tested ...".
_BOTH_TESTED_RX = re.compile(
    r"\b(?:an?|the|your)\s+(?P<a>(?:[\w-]+\s+){0,5}?[\w-]+)\s+and\s+(?:an?|the|your)\s+"
    r"(?P<b>(?:[\w-]+\s+){0,5}?[\w-]+),?\s+"
    r"(?:both|each)\s+(?:of\s+them\s+)?(?:been\s+)?tested\b",
    re.I,
)


def tested_within(ctx: Context, question: str) -> Signed:
    """Yes to "Has the Disaster Recovery Plan been tested in the past year?" where a control on
    its subject dates a test inside the window ("the failover was tested in June 2027", "most
    recently in October 2026"); NONE otherwise (an older date is `overdue_control`'s)."""
    window = _WINDOW_ASK_RX.search(question)
    if window is None or not _TESTED_ASK_RX.search(question):
        return NONE
    pair = _BOTH_TESTED_RX.search(question)
    if pair is not None:
        # "an incident response plan and a disaster recovery plan, both tested in the last 12
        # months?": each dated in the window, or no Yes.
        each = [
            tested_within(ctx, f"Has your {pair[side]} been tested {window[0]}?")
            for side in ("a", "b")
        ]
        if all(e.answer == "Yes" for e in each):
            return Signed("Yes", " ".join(e.fact for e in each), each[0].source)
        return NONE
    now = ctx.as_of.year * 12 + ctx.as_of.month
    start = now - _months(window)
    specific = specific_terms(_WINDOW_ASK_RX.sub(" ", question)) - _TEST_TERMS
    if not specific:
        return NONE
    what = _TESTED_SUBJECT_RX.match(question)
    tested = subject_terms(what["what"]) - _GENERAL_TERMS if what else frozenset()
    # What is tested, not where: "Has Kerkyra PMS been penetration tested ...?" is not dated by
    # "Failover of Kerkyra PMS ... was last tested in November".
    # (A name that swallows what is tested, "Kerkyra PMS Access Control", leaves its words
    # beyond the vendor's and its products' names.)
    done = specific - _name_terms(question) or specific - subject_terms(
        f"{ctx.inventory.vendor} {' '.join(ctx.product_words)}"
    )
    for control in ctx.inventory.controls:
        terms = subject_terms(control.description)
        if len(specific & terms) < STATED_SHARE * len(specific) or (done and not done & terms):
            continue
        # On the case asked: "the restore of the US region" is not dated by the India region's
        # failover test.
        about = _about_named(question, control.description)
        about = _about_case(question, about) if about is not None else None
        if about is None:
            continue
        products = {w for w in ctx.product_words if _names(question, w)}
        if products:
            # "Has Tembusu Payouts been penetration tested ...?": that product's sentences.
            about = " ".join(
                x for x in _FULL_STOP_RX.split(about) if any(_names(x, w) for w in products)
            )
        places = _places(question)
        if places:
            # "of the US region": the sentences that name it, where some do.
            named = [x for x in _FULL_STOP_RX.split(about) if places & _places(x)]
            about = " ".join(named) or about
        if tested:
            # "Have the VesselLog Edge gateways been tested ...?" and "... the cloud services
            # every year (last in September 2026). The VesselLog Edge gateways were tested
            # once, in 2023.": the sentences that name all of what is asked and tell of its
            # test, where some do ("Our CTO owns the DR plan. The failover was tested in June"
            # tells of the test in another sentence).
            named = [
                x
                for x in _FULL_STOP_RX.split(about)
                if tested <= subject_terms(x) and _TEST_WORD_RX.search(x)
            ]
            about = " ".join(named) or about
        clauses = _CLAUSE_END_RX.split(about)
        if tested and any(tested <= subject_terms(c) for c in clauses):
            # "Nuage Famille was tested in March 2031; Nuage Centre was last tested in 2028":
            # within a sentence too, not the clauses on another of the vendor's products.
            clauses = [
                c
                for c in clauses
                if tested <= subject_terms(c) or not products_named(ctx.product_words, c)
            ]
        if any(_TEST_WORD_RX.search(c) and _DENIAL_RX.search(c) for c in clauses):
            # "exercised as a tabletop in May 2026; no failover test has been performed": what
            # kind of test the question means is the reviewer's to weigh.
            continue
        for clause in clauses:
            if not _TEST_WORD_RX.search(clause):
                continue
            if _FUTURE_RX.search(clause):
                continue  # "we plan the first one for the third quarter of 2027"
            if (
                tested
                and not tested & subject_terms(clause)
                and products_named(ctx.product_words, clause)
            ):
                continue  # "Counter and Go were tested in January" does not date the kiosks
            # "is reviewed every year, most recently in February 2048, and was tested in a
            # tabletop exercise in March 2047": the dates of the test's own predicate.
            tests = [x for x in _PREDICATE_RX.split(clause) if _TEST_WORD_RX.search(x)]
            dates = [last for x in tests for _, last in _event_dates(x) if last <= now]
            if dates and max(dates) > start:
                said = f"{control.description.strip().rstrip('.')} (control {control.id})."
                return Signed("Yes", said, control.id)
    return NONE


# Predicates of one subject joined by "and": "... is reviewed every year, ..., and was tested".
_PREDICATE_RX = re.compile(
    r",?\s+and\s+(?=(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)", re.I
)


# "tested in the past year?", "exercised in the last 12 months?".
_TESTED_ASK_RX = re.compile(r"\b(tested|exercised|rehearsed|drilled)\b", re.I)


_TEST_WORD_RX = re.compile(r"\b(test(s|ed|ing)?|exercis(e|ed|es)|rehears\w+|drill(s|ed)?)\b", re.I)


_TEST_TERMS = frozenset({"test", "tested", "exercis", "exercised", "rehears", "drill"})


# What a question asks to have been tested: "Were the kiosks penetration tested ...?" (kiosks).
_TESTED_SUBJECT_RX = re.compile(
    r"\s*(?:has|have|was|were|is|are)\s+(?:the\s+|your\s+|all\s+)?(?P<what>[^?]+?)\s+"
    r"(?:been\s+)?(?:(?:penetration|pen|security|load|failover|restore)\s+)?"
    r"(?:tested|exercised|rehearsed|drilled)\b",
    re.I,
)


_MONTH_DAYS = 28


# "The last documented restore test was in October 2024", "most recently tested in 2023".
_LAST_NOUN_LEAD_RX = re.compile(
    r"\s*(?:and\s+)?(?:the|its|our)\s+(?:last|latest|most\s+recent|"
    r"previous)\s+(?P<noun>[a-z][\w-]+)",
    re.I,
)
_LAST_DONE_RX = re.compile(r"\b(last|latest|most\s+recent(ly)?|previous)\b", re.I)


# A state that holds today: "have not yet been deleted", "still", "is underway".
_STILL_RX = re.compile(
    r"\bnot\s+yet\s+been\b|\bstill\b|\bremain(s|ing)?\b|\bunder\s*way\b|\bin\s+progress\b", re.I
)


def _done_as_asked(question: str, text: str) -> bool:
    """Whether a question asks if an act has been done ("Have the legacy KX-2 kiosks been
    replaced?") and the text tells it done ("were replaced in 2025"): the past is the Yes
    asked, no ruling out (a plan to replace them still is)."""
    asked = DONE_ACT_ASK_RX.search(question)
    return asked is not None and told_done(asked["act"], text)


# A question about the past or ever: "Have you ever ...", "in the past", "previously".
_PAST_ASK_RX = re.compile(
    r"\b(ever|in\s+the\s+past|previously|formerly|used\s+to|have\s+you\s+had)\b|"
    # "Did developers receive ...?", "Have your developers been trained ...?", "in 2024?",
    # "before 2025?": another time than today, which a practice since stopped may answer.
    r"^\s*(did|was|were)\b|\b(have|has)\s+(\w+\s+){0,3}?been\b|"
    r"\b(in|during|before|until|through)\s+(19|20)\d\d\b",
    re.I,
)


def less_often(question: str, text: str) -> bool:
    """Whether `text` states the practice asked but only less often than asked ("keys are
    rotated every year" for "rotated at least every 90 days?"): a truthful No."""
    wanted = subject_terms(question)
    if not wanted & _FREQUENCY.keys() or _ALTERNATIVE_OFTEN_RX.search(question):
        return False
    if _AT_LEAST_OFTEN_RX.search(text):
        # "phishing simulations run at least twice a year": a floor, which more often meets;
        # it rules out no more frequent practice asked ("every month?").
        return False
    stated = _stated_often(text, wanted & subject_terms(text))
    asked = [_FREQUENCY[t] for t in wanted if t in _FREQUENCY]
    acts = wanted - _FREQUENCY.keys()
    if min(asked) >= 1 and any(
        _SUB_DAILY_RX.search(c) and subject_terms(c) & acts for c in re.split(r"[.;]\s+", text)
    ):
        # "Backups are taken every 6 hours ..., then a monthly copy is kept": the act asked
        # more often than any day, whatever else the text does monthly (not "Snapshots are
        # taken hourly" of restores tested).
        return False
    return (
        bool(stated) and min(stated) > min(asked) and states(_HOW_OFTEN_RX.sub(" ", question), text)
    )


_SUB_DAILY_RX = re.compile(
    r"\bevery\s+(?:\d+|few|two|three|four|six|twelve)\s+(?:minutes|hours)\b|\bevery\s+(?:minute|hour)\b|"
    r"\bhourly\b|\bcontinuous(?:ly)?\b|\bin\s+real[- ]time\b",
    re.I,
)
_HOW_OFTEN_RX = re.compile(
    r"\b(at\s+least\s+|no\s+less\s+than\s+)?((every|each|once\s+(a|per|every)|per)\s+(\d+\s+|"
    r"three\s+|six\s+)?"
    r"(day|week|month|quarter|year|hour)s?|annually|quarterly|monthly|weekly|daily|yearly|hourly|"
    r"twice\s+a\s+year|semi-?annually)\b",
    re.I,
)


_AT_LEAST_OFTEN_RX = re.compile(
    r"\b(at\s+least|no\s+less\s+than|a\s+minimum\s+of|or\s+more\s+often)\b[^.;]{0,25}?\b("
    r"once|twice|\w+\s+times|every|each|annually|quarterly|monthly|weekly|daily|yearly)\b|"
    r"\bor\s+more\s+(often|frequently)\b",
    re.I,
)


# "annually or upon significant change": another trigger the text may meet.
_ALTERNATIVE_OFTEN_RX = re.compile(r"\b(or|and)\s+(upon|after|when|whenever|following)\b", re.I)


def _odd_intervals_on(terms: frozenset[str], text: str) -> frozenset[int]:
    """The days of the intervals no named frequency is ("every 60 days") in the sentences of
    `text` on the question's terms; another subject's ("passwords expire every 60 days") is
    not the one asked."""
    if not rounded_intervals(text):
        return frozenset()
    key = terms - _GENERAL_TERMS - _FREQUENCY.keys() or terms
    parts = [(len(subject_terms(part) & key), part) for part in _PART_RX.split(text)]
    most = max((n for n, _ in parts), default=0)
    return frozenset().union(*(rounded_intervals(p) for n, p in parts if n and n == most))


def _stated_in_asked_words(asked: str, text: str) -> list[int]:
    """The frequencies of the one sentence of `text` sharing most of a question's own words
    (general words too: "security policies"), leaving out sentences on reporting it; none where
    two share as many."""
    words = {w[:5] for w in _WORD_RX.findall(asked.lower()) if len(w) > 3}
    timed = [
        (len(words & {w[:5] for w in _WORD_RX.findall(part.lower())}), part, often)
        for part in _SENTENCE_RX.split(text)
        # "Results of the scans are reported to the board every quarter": how often it is told,
        # not done.
        if not _REPORTED_TO_RX.search(part)
        and (often := [_FREQUENCY[t] for t in subject_terms(part) if t in _FREQUENCY])
    ]
    best = max((n for n, _, _ in timed), default=0)
    tops = [(part, often) for n, part, often in timed if n == best]
    if not best or len(tops) != 1:
        return []
    part, often = tops[0]
    # "Encryption keys for the EU region are rotated quarterly. Keys for the US region are
    # rotated yearly.": the sentence on a part named, not on the whole asked.
    named = {name.lower() for name in parts_named(part)}
    return [] if named - set(_WORD_RX.findall(asked.lower())) else often


_REPORTED_TO_RX = re.compile(
    r"\b(reported|sent|presented|summari[sz]ed|escalated|circulated|shared)\s+(\w+\s+)?to\b", re.I
)


def how_often_choice(
    question: str, choices: tuple[str, ...], controls: tuple[Control, ...]
) -> Signed:
    """The dropdown choice for "How often do you run vulnerability scans?" ("Once per month or
    more often", "Once per quarter", "Less frequently"; or "Annually", "Quarterly", "Monthly")
    that the control stating the practice meets, in whatever order the choices run (see
    `_often_choice`); NONE when no control states it or none fits."""
    m = _HOW_OFTEN_ASK_RX.match(question)
    if m is None or len(choices) < 2:
        return NONE
    asked = f"{m['verb']} {m['rest']}?"  # "How often are pen tests done?": "are pen tests done?"
    for control in stating_controls(asked, controls, together=False):
        terms = subject_terms(asked) & subject_terms(control.description)
        stated = _stated_often(control.description, terms)
        if len(set(stated)) > 1:
            # "Security policies are reviewed once a year. The security committee reviews the
            # risk register every quarter": the sentence in the question's own words says;
            # none where two say as much ("Critical patches are applied weekly. Other patches
            # are applied quarterly.").
            stated = _stated_in_asked_words(asked, control.description)
        if not stated:
            continue
        hire = bool(_HIRE_RX.search(control.description))
        choice = _often_choice(min(stated), hire, choices)
        odd = _odd_intervals_on(terms, control.description)
        if odd:
            # "every 60 days" is no "Every 90 days" nor "Quarterly": the choice of that very
            # interval, or one that reads "or more often"; none else.
            same = [c for c in choices if rounded_intervals(c) == odd]
            choice = same[0] if len(same) == 1 else choice if _MORE_OFTEN_RX.search(choice) else ""
        if choice:
            return Signed(
                choice,
                f"{control.description.strip().rstrip('.')} (control {control.id}).",
                control.id,
            )
    return NONE
