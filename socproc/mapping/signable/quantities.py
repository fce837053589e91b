"""Numbers, amounts, counts and time windows as a question or a text states them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from socproc.mapping.signable.narrower import _PART_RX, _POPULATION, _SCOPE_MARKERS, _SENTENCE_RX
from socproc.mapping.signable.negation import _FULL_STOP_RX, _NUMBER_WORDS
from socproc.mapping.signable.scope import _FUTURE_RX
from socproc.mapping.signable.subjects import (
    _GENERAL_TERMS,
    _term,
    recurrences_read,
    specific_terms,
    subject_terms,
)
from socproc.mapping.signable.vocab import _PARENTHESES_RX, _WORD_RX, with_what_follows
from socproc.mapping.wording import sentence as full_sentence


@lru_cache(maxsize=1 << 14)
def _split_terms(text: str, sentences: bool) -> tuple[frozenset[str], ...]:
    """The subject terms of each clause (or sentence) of a text, worked out once per text."""
    return tuple(map(subject_terms, _split_parts(text, sentences)))


@lru_cache(maxsize=1 << 14)
def _split_parts(text: str, sentences: bool) -> tuple[str, ...]:
    """The clauses (or sentences) of a text, its recurrences read before the split ("every
    April and every October")."""
    return tuple((_SENTENCE_RX if sentences else _PART_RX).split(recurrences_read(text)))


# How often, by the number of days between: the synonym keys above.
_FREQUENCY = {"continuous": 0, "daily": 1, "weekly": 7, "monthly": 30, "quarter": 91, "annual": 365}
_FREQUENCY.update(semiannual=182, hourly=0, biennial=730)


# A kind of scan or test that another kind does not stand for.
_KIND_OF_TEST_RX = re.compile(
    r"\b(authenticated|unauthenticated|credentialed|uncredentialed|dynamic|manual|automated)\b",
    re.I,
)


# "Describe how contract reviewers are vetted", "Explain how backups are tested": the act.
_HOW_DONE_RX = re.compile(
    r"\s*(?:please\s+)?(?:describe|explain|outline)\s+how\s+[^?]{2,60}?\s+(?:is|are|was|were)\s+"
    r"(?P<act>\w+ed)\b",
    re.I,
)


# The means a practice is asked to use: "sign in with a password", "encrypted with AES-256"
# (not "comply with", "in accordance with", "shared with", "with respect to").
_MEANS_RX = re.compile(
    r"(?:\b(?:sign(?:ed|s)?\s+(?:in|on)|log(?:ged|s)?\s+in|authenticat\w*|encrypt\w*|hash\w*|"
    r"protect\w*|secur\w*|sign\w*)\s+(?:[\w'’-]+\s+){0,5}?(?:with|through|via|using)\s+|"
    # "use a password to access the app"
    r"\bus(?:e|es|ed|ing)\s+(?=(?:an?\s+|the\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+"
    r"(?:access|sign\s+in|log\s+in|authenticate|enter|get\s+into)\b))(?P<means>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)",
    re.I,
)


def _said_apart(
    specific: frozenset[str], text: str, asked_of: frozenset[str] = frozenset()
) -> bool:
    """Whether the people a question names are said of in a sentence of their own, while what
    is asked is said of other people elsewhere: "Employees complete security awareness
    training every year. Partner field technicians receive a briefing when onboarded." does
    not say partner technicians train every year."""
    sentences = _split_terms(text, True)
    if len(sentences) < 2:
        return False
    starts = [s.strip().lower() for s in _SENTENCE_RX.split(text)]
    said = frozenset().union(*sentences)
    people = specific & (_WORKFORCE | _POPULATION)
    for i, terms in enumerate(sentences):
        own = terms & specific
        rest = (specific - own) & said
        if not own or not rest or starts[i].startswith(_ANAPHORS):
            continue
        # "Freelance court reporters use their own laptops": a group the question names,
        # opening a sentence of its own, is the people that sentence is of.
        group = (own & people) | group_opening(asked_of, starts[i])
        if not group and len(rest) <= len(own):
            # Most of the ask in its own sentence is not something said apart.
            continue
        if any(
            rest <= t and not (group or own) & t and (t & _POPULATION) - specific - _NOT_PEOPLE
            for j, t in enumerate(sentences)
            if j != i
        ):
            # The rest is said of other people ("Employees complete ...").
            return True
    return False


def group_opening(asked_of: frozenset[str], sentence: str) -> frozenset[str]:
    """The terms of a group of two or more words the question asks of (`asked_of`, see
    `asked_of_terms`: "on freelance court reporters") that opens `sentence` as its subject
    ("Freelance court reporters use their own laptops"); none where fewer open it."""
    lead: set[str] = set()
    last = ""
    for word in _LEAD_WORD_RX.findall(sentence):
        term = subject_terms(word)
        if not term and not lead and word.lower() in _DETERMINERS:
            continue
        if not term or not term <= asked_of:
            break
        lead |= term
        last = word.lower()
    # A group is of many: "stewards", "reporters" (not "static code analysis").
    many = last.endswith("s") and not last.endswith(("ss", "is", "us", "ics"))
    return frozenset(lead) if len(lead) >= 2 and many else frozenset()


_LEAD_WORD_RX = re.compile(r"[\w'’-]+")
_DETERMINERS = frozenset({"the", "our", "all", "any", "its", "their", "each", "every"})


def asked_of_terms(question: str) -> frozenset[str]:
    """The terms of what a question asks a practice on, for or of ("Do you drug test freelance
    court reporters?" no; "... drug testing on freelance court reporters?": theirs)."""
    found: frozenset[str] = frozenset()
    for m in _ASKED_OF_RX.finditer(question):
        found |= subject_terms(m["what"])
    return found


# The object of a preposition in a question: "on freelance court reporters", "of our
# contractors' laptops".
_ASKED_OF_RX = re.compile(
    r"\b(?:on|of|for|to|by|from|among)\s+(?:the\s+|your\s+|our\s+|all\s+|any\s+|its\s+)?"
    r"(?P<what>(?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.I,
)


def _scoped_apart(question: str, text: str) -> str:
    """The text without sentences that open by naming where they hold ("In the cloud, data
    is encrypted at rest ...") when the question asks of something else the text names
    elsewhere (data on the gateways): those say nothing of what is asked."""
    if "," not in text:
        return text
    sentences = _SENTENCE_RX.split(text)
    if len(sentences) < 2:
        return text
    specific = specific_terms(question)
    terms = _split_terms(text, True)
    openers = (_SCOPE_OPENER_RX.match(s) for s in sentences)
    wheres = (subject_terms(m["where"]) - _GENERAL_TERMS for m in openers if m)
    where = next((w for w in wheres if w and w <= specific), None)
    if where is not None:
        # "Are documents in the Keystone private cloud encrypted with AES-256?" and "... with
        # AES-256 in Azure. In the Keystone private cloud, storage is encrypted at the SAN
        # level": the scope asked is what the sentences naming it say (with what goes on after
        # a kept sentence's semicolon).
        return " ".join(with_what_follows(sentences, lambda s: where <= subject_terms(s)))
    kept = []
    for i, sentence in enumerate(sentences):
        m = _SCOPE_OPENER_RX.match(sentence)
        missing = specific - terms[i]
        others = frozenset().union(*(t for j, t in enumerate(terms) if j != i))
        if m and missing and missing <= others and not subject_terms(m["where"]) & specific:
            continue
        kept.append(sentence)
    return " ".join(kept)


# "In the cloud,", "On Generation 2 gateways,", "At the colocation site,".
_SCOPE_OPENER_RX = re.compile(
    r"\s*(in|on|at|within)\s+(the\s+|our\s+)?(?P<where>[\w -]{2,40}?),", re.I
)


# "personal data" is no person.
_NOT_PEOPLE = frozenset({"person"})


# Words that open a sentence about what the one before said of.
_ANAPHORS = ("it ", "it'", "they ", "this ", "these ", "that ", "those ", "which ", "such ")


def _people(wanted: frozenset[str], said: frozenset[str]) -> bool:
    """Whether the text names people other than those the question asks about (developers
    for "all employees"), and none of the question's own."""
    asked = wanted & _WORKFORCE
    named = said & _WORKFORCE
    return bool(asked and named and not asked & named)


_WORKFORCE_TEXT = (
    "employee contractor user developer developers engineer engineers admin intern consultant "
    "staff personnel workforce "
    # The service's own user groups: a practice for clinic staff is not one for patients.
    "patient patients student students parent parents guest guests visitor visitors attendee "
    "attendees candidate candidates member members clinician clinicians doctor doctors nurse "
    "nurses teacher teachers librarian librarians patron patrons agent agents technician "
    "technicians reviewer reviewers attorney attorneys lawyer lawyers paralegal paralegals "
    "volunteer volunteers driver drivers courier couriers"
)


_WORKFORCE = frozenset().union(*map(subject_terms, _WORKFORCE_TEXT.split()))


def _in_main_clause(wanted: frozenset[str], text: str) -> bool:
    """Whether a text names the subject outside a leading "When ...," / "If ...," clause."""
    return any(
        wanted & subject_terms(_TIME_PREPOSITION_RX.sub(_keep_unless_wanted(wanted), main))
        for main in (_LEADING_CLAUSE_RX.sub(" ", s) for s in _SENTENCE_RX.split(text))
    )


def _keep_unless_wanted(wanted: frozenset[str]) -> Callable[[re.Match[str]], str]:
    """A time phrase kept unless it is where the subject is named ("after contract end")."""
    return lambda m: " " if subject_terms(m[3]) & wanted else m[0]


_TIME_PREPOSITION_RX = re.compile(
    r"\b(after|before|until|upon|following|at|on|when|once)\s+(the\s+|a\s+|an\s+)?(\w+)", re.I
)


_LEADING_CLAUSE_RX = re.compile(
    r"^\s*(when|whenever|if|where|once|after|before|upon|unless|until)\b[^,]*,", re.I
)


def _other_people(wanted: frozenset[str], text: str) -> bool:
    """Whether the practice asked of some people is stated of others only: "Engineers use
    hardware keys; other staff use authenticator apps" for "Do all employees use hardware
    keys?"."""
    asked = wanted & _WORKFORCE
    practice = wanted - _WORKFORCE - _GENERAL_TERMS - _FREQUENCY.keys()
    if not asked or not practice:
        return False
    theirs, ours = 0, 0
    # By sentence: "all employees and contractors pass a check" names both in one subject.
    for terms in _split_terms(text, True):
        named = terms & _WORKFORCE
        shared = len(terms & practice)
        if named and not named & asked:
            theirs = max(theirs, shared)
        else:
            ours = max(ours, shared)
    return theirs > ours


# Scopes that make a practice less than "all": internet-facing, internal, critical systems.
_LIMITED_SCOPE = frozenset(map(_term, ("external", "internal", "critical")))


def _window_of_others(specific: frozenset[str], text: str) -> bool:
    """Whether the time limits a text states are said of other people than those a question
    names, who are said of elsewhere without one: "Accounts of departing employees are
    disabled within 24 hours; contract reviewer accounts are disabled when the staffing partner
    notifies us" for contract reviewers."""
    parts = _PART_RX.split(text)
    timed = [subject_terms(p) for p in parts if _window(p)]
    if not timed:
        return False
    people = (specific & _WORKFORCE) - frozenset().union(*timed)
    return bool(people) and any(subject_terms(p) & people for p in parts if not _window(p))


def _timed_for_a_scope_only(wanted: frozenset[str], text: str) -> bool:
    """Whether every sentence of `text` that gives a time limit gives it for some severities
    only ("Critical security patches are applied within 14 days", "Critical and high
    vulnerabilities ... within 30 days"), where the question names none: no time for the
    practice in general. Not where the sentence takes in all ("all vulnerabilities including
    critical ones", "all other patches within 30 days")."""
    if wanted & _SEVERITY_TERMS:
        return False
    timed = [x for x in _SENTENCE_RX.split(text) if _window(x)]
    return bool(timed) and all(_for_some_severities(x) for x in timed)


def _for_some_severities(sentence: str) -> bool:
    """Whether a sentence gives its time for some severities only: the severity opens what
    it speaks of ("Critical security patches are applied ..." but not "Security patches are
    applied within 30 days, with critical ones first"), and nothing takes in the rest ("all
    other", "non-critical", "low within 90 days", "including critical ones")."""
    m = _SEVERITY_RX.search(sentence)
    if m is None or len(_WORD_RX.findall(sentence[: m.start()])) > 2:
        return False
    return not _ALL_SEVERITIES_RX.search(sentence)


# A severity that picks out some findings or patches: "critical", "high-severity".
_SEVERITY_RX = re.compile(
    r"\b(?:critical|high|medium|moderate|low)(?:[- ](?:severity|risk|rated|priority))?\s+"
    r"(?:(?:and|or|to)\s+(?:critical|high|medium|moderate|low)(?:[- ](?:severity|risk))?\s+)?"
    r"(?:security\s+)?(?:vulnerabilit|patch|finding|issue|update|fix|bug|risk|cve|ones\b)|"
    # "vulnerabilities rated critical", "findings of high severity".
    r"\b(?:vulnerabilit|patch|finding|issue|update|bug|cve)\w*\s+(?:rated|classed|classified|"
    r"scored|of)\s+(?:as\s+)?(?:critical|high|medium|moderate|low)\b",
    re.I,
)
_ALL_SEVERITIES_RX = re.compile(
    r"\b(?:every|any|including|regardless|whatever|other|others|non-?critical|remaining|rest|"
    r"low)\b|\ball\b(?!\s+(?:critical|high|medium|moderate)\b)",
    re.I,
)
_SEVERITY_TERMS = frozenset(
    map(_term, ("critical", "high", "medium", "moderate", "low", "severity"))
)


def _timed_part(specific: frozenset[str], text: str) -> str:
    """The parts of `text` whose time limit is the one asked about: where the question names
    a scope ("critical vulnerabilities"), the parts naming it ("critical ones within 7 days
    and high ones within 30 days"); otherwise the whole text, every step counting ("deleted
    from production within 30 days and from backups 35 days later"), but a time after an
    event only where its part names what is asked ("a leaver review is held 30 days after the
    last day" is no step of revoking access)."""
    scopes = specific & _SCOPE_MARKERS
    if not scopes:
        if not _AFTER_EVENT_RX.search(text):
            return text
        return " ".join(
            p
            for p in _PART_RX.split(text)
            if not _AFTER_EVENT_RX.search(p) or len(subject_terms(p) & specific) >= 2
        )
    ours = [p for p in _PART_RX.split(text) if scopes <= subject_terms(p) and _window(p)]
    return " ".join(ours) if ours else text


@lru_cache(maxsize=1 << 14)
def _window(text: str) -> tuple[float, bool] | None:
    """The longest time a text allows for something, in hours, and whether it counts business
    days ("within 24 hours", "within one business day", "on the day of termination"); None
    when it names none. A business day is counted as one calendar day here."""
    found = [
        (_count(m["n"]) * _UNIT_HOURS[_unit(m["unit"])], bool(m["business"]))
        for m in _WINDOW_RX.finditer(text)
    ]
    found.extend(
        (_count(m["n"] or m["n2"]) * _UNIT_HOURS[_unit(m["unit"] or m["unit2"])], False)
        for m in _LATER_RX.finditer(text)
    )
    if _SAME_DAY_RX.search(text):
        found.append((24.0, False))
    return max(found) if found else None


def steps_window(text: str) -> tuple[float, bool] | None:
    """The time a text allows (see `_window`), where a sentence tells times one after another
    ("an export for 60 days; after that we delete it within 30 days") their sum: what is said
    of a practice, never what a question asks."""
    window = _window(text)
    if window is None or not _THEN_RX.search(text):
        return window
    for sentence in _FULL_STOP_RX.split(text):
        if not _THEN_RX.search(sentence):
            continue
        times = [
            _count(m["n"]) * _UNIT_HOURS[_unit(m["unit"])] for m in _DURATION_RX.finditer(sentence)
        ]
        if len(times) > 1 and sum(times) > window[0]:
            window = (sum(times), window[1])
    return window


# One time after another: "after that", "thereafter", "then".
_THEN_RX = re.compile(
    r"\b(?:after\s+(?:that|this|which)|thereafter|afterwards|then|once\s+that\s+(?:ends|expires))\b",
    re.I,
)


def _within(stated: tuple[float, bool], asked: tuple[float, bool]) -> bool:
    """Whether the time stated is within the time asked. Business days against business days
    compare as counted; a stated business day can end three calendar days later (a Friday's,
    on Monday), and an asked one may be a single calendar day."""
    (stated_hours, stated_business), (asked_hours, asked_business) = stated, asked
    if stated_business and not asked_business:
        stated_hours *= 3
    return stated_hours <= asked_hours


def _unit(word: str) -> str:
    return word.lower().removesuffix("s")


def _count(word: str) -> float:
    return float(word) if word.isdigit() else float(_WORD_COUNTS.get(word.lower(), 1))


_WORD_COUNTS = {**_NUMBER_WORDS, "a": 1, "an": 1}
_N = "|".join(sorted(_WORD_COUNTS, key=len, reverse=True))
_UNITS = r"hours?|days?|weeks?|months?|years?"


_WINDOW_RX = re.compile(
    rf"\b(within|in\s+under|no\s+later\s+than|in\s+less\s+than|up\s+to)\s+(?P<n>\d+|{_N})\s+"
    rf"(?:calendar\s+)?(?P<business>business\s+|working\s+)?(?P<unit>{_UNITS})\b",
    re.I,
)


_DURATION_RX = re.compile(
    rf"\b(?P<n>\d+|{_N})\s+(?:business\s+|working\s+)?(?P<unit>{_UNITS})\b", re.I
)


# A time counted from an event: "deleted 24 months after the last purchase", "eighteen months
# following the call".
_AFTER_EVENT_RX = re.compile(rf"\b(?:\d+|{_N})\s+(?:{_UNITS})\s+(?:after|following|from)\b", re.I)
# "deleted from backups 35 days later", "purged after 90 days", and a time after an event: the
# time it takes, too.
_LATER_RX = re.compile(
    rf"\b(?:(?P<n>\d+|{_N})\s+(?P<unit>{_UNITS})\s+(?:later|after|following|from)|after\s+"
    rf"(?P<n2>\d+)\s+(?P<unit2>{_UNITS}))\b",
    re.I,
)


_SAME_DAY_RX = re.compile(
    r"\b(on\s+the\s+(same\s+)?day\s+of|same[- ]day|on\s+(their|the|an?|his|her)\s+(last|final)\s+"
    r"(working\s+|business\s+)?day)\b",
    re.I,
)


_UNIT_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0, "month": 744.0, "year": 12 * 744.0}


def meets_minimum(question: str, text: str) -> bool:
    """Whether `text` states an amount at least the minimum the question asks ("insurance of
    at least USD 5 million" and "a limit of USD 10 million"); False when either has none, or
    when they are in other currencies or on another basis (per claim, aggregate)."""
    asked = _MINIMUM_RX.search(question)
    if asked is None or not _comparable(question, text) or _SUBLIMIT_RX.search(text):
        # "a sublimit of EUR 500,000 for ransomware": which limit a question means is open.
        return False
    least, stated = _amount(asked["amount"]), _stated_amounts(question, text, _AMOUNT_RX)
    return least is not None and any(a is not None and a >= least for a in stated)


def _stated_amounts(question: str, text: str, rx: re.Pattern[str]) -> list[float | None]:
    """The amounts `text` states for a minimum question: not planned ones, on the basis asked
    ("per claim"), in the question's currency where several are given."""
    text = _on_basis_asked(question, _without_planned(text))
    return [_amount(m) for m in _amounts_in(question, text, rx)]


def _on_basis_asked(question: str, text: str) -> str:
    """The parts of `text` on the basis a question asks ("per claim"), where the text tells
    amounts on several ("USD 1 million per claim and USD 3 million in aggregate")."""
    asked = {m[0].lower() for m in _BASIS_RX.finditer(question)}
    if not asked or len({m[0].lower() for m in _BASIS_RX.finditer(text)}) < 2:
        return text
    return " ".join(
        p
        for p in _PART_RX.split(text)
        if not _MONEY_RX.search(p) or {m[0].lower() for m in _BASIS_RX.finditer(p)} & asked
    )


def _amounts_in(question: str, text: str, rx: re.Pattern[str]) -> list[str]:
    """The amounts of `text` in the question's currency where it states several ("INR 50
    crore (about USD 6 million)" for "at least USD 5 million": USD 6 million)."""
    # "our parent carries a further GBP 10 million group policy": another entity's amount;
    # "CAD 2 million of professional liability cover" is not the cyber cover asked.
    kinds = {k.lower() for k in _COVER_KIND_RX.findall(question)}
    text = " ".join(
        p
        for p in _PART_RX.split(text)
        if not _OTHER_ENTITY_WORD_RX.search(p)
        and not (
            kinds and (said := {k.lower() for k in _COVER_KIND_RX.findall(p)}) and not said & kinds
        )
    )
    found = [m[0] for m in rx.finditer(text)]
    asked = {_currency(m[0]) for m in _MONEY_RX.finditer(question)}
    same = [a for a in found if _currency(a) in asked]
    if asked and not same and any(_CODE_RX.search(a.lower()) for a in found):
        return []  # "at least CAD 3 million?" and only "EUR 3 million" left: not comparable
    return same if asked and same and len({_currency(a) for a in found}) > 1 else found


_COVER_KIND_RX = re.compile(
    r"\b(cyber|professional|errors\s+and\s+omissions|crime|general\s+liability|property|"
    r"directors\s+and\s+officers|employers)\b",
    re.I,
)


_OTHER_ENTITY_WORD_RX = re.compile(r"\b(parent|group|holding|sister|affiliated?)\b", re.I)


def _without_planned(text: str) -> str:
    """A text without its clauses about plans: "USD 3 million; we plan to raise it to USD 5
    million at renewal" holds 3 million today."""
    return "; ".join(c for c in _PART_RX.split(text) if not _FUTURE_RX.search(c))


def below_minimum(question: str, text: str) -> bool:
    """Whether every money amount `text` states is below the minimum the question asks ("at
    least USD 10 million" and "a USD 5 million aggregate limit"); False when either has none."""
    asked = _MINIMUM_RX.search(question)
    if asked is None or not _comparable(question, text) or _SUBLIMIT_RX.search(text):
        return False
    least, stated = _amount(asked["amount"]), _stated_amounts(question, text, _MONEY_RX)
    return least is not None and bool(stated) and all(a is not None and a < least for a in stated)


_SUBLIMIT_RX = re.compile(r"\bsub-?limits?\b|\blower\s+limit\b", re.I)


def _comparable(question: str, text: str) -> bool:
    """Whether the amounts of a question and a text can be compared: the same currency (USD
    for "$" and an unmarked amount) and, where both say, the same basis."""
    asked = {_currency(m[0]) for m in _MONEY_RX.finditer(question)}
    stated = {_currency(m[0]) for m in _MONEY_RX.finditer(text)}
    if asked and stated and not asked <= stated:
        return False  # one currency asked, another stated ("about USD 6 million" beside INR)
    basis_asked = {m[0].lower() for m in _BASIS_RX.finditer(question)}
    basis_stated = {m[0].lower() for m in _BASIS_RX.finditer(text)}
    return not (basis_asked and basis_stated and not basis_asked & basis_stated)


def _currency(amount: str) -> str:
    """The currency of an amount: its code or sign, USD for "$" or none ("C$" is CAD)."""
    lowered = amount.lower()
    m = _CODE_RX.search(lowered)
    if m is not None:
        return _CURRENCY_OF.get(m[0], m[0])
    code = _ANY_CODE_RX.match(amount)
    # Any ISO code written before the amount ("MAD 10 million"), else USD.
    return code[1].lower() if code else "usd"


_CURRENCY_OF = {
    "€": "eur",
    "£": "gbp",
    "us$": "usd",
    "c$": "cad",
    "a$": "aud",
    "r$": "brl",
    "¥": "jpy",
}


# ISO 4217 codes of the currencies an insurance limit or a fee is likely to be given in (not
# those that are also words or names before a number: TRY, PEN, COP, MAD, PHP 8).
_CODES = (
    "usd|eur|gbp|cad|aud|chf|jpy|nzd|sgd|inr|sek|nok|dkk|isk|brl|mxn|ars|clp|uyu|zar|kes|ngn|egp|"
    "ghs|pln|czk|huf|ron|bgn|uah|ils|aed|sar|qar|kwd|bhd|omr|hkd|cny|rmb|twd|krw|thb|myr|idr|vnd|"
    "pkr|bdt|lkr"
)


_CODE_RX = re.compile(r"\b(" + _CODES + r")\b|us\$|c\$|a\$|r\$|€|£|¥")


# Any other ISO code before a sum, where the sum is plainly money ("MAD 10 million",
# "XOF 2,500,000"), not an acronym before a number ("RTO 4 hours", "TLS 1.2").
_OTHER_CODE = (
    r"(?-i:\b[A-Z]{3}(?=\s*\d[\d,.]*\s*(?:million|billion|thousand|mn|bn)\b|"
    r"\s*\d{1,3}(?:,\d{3})+))"
)


_ANY_CODE_RX = re.compile(r"\s*([A-Z]{3})\b")


_BASIS_RX = re.compile(r"\baggregate\b|\bper\s+(claim|occurrence|incident|event)\b", re.I)


def _amount(text: str) -> float | None:
    m = _AMOUNT_RX.search(text)
    if m is None:
        return None
    value = float(m["n"].replace(",", ""))
    return value * _SCALE.get((m["scale"] or "").lower(), 1.0)


_AMOUNT = (
    r"(?:(?:\b(?:" + _CODES + r")|" + _OTHER_CODE + r"|[caur]s?\$|\$|€|£|¥)\s*)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>million|mm|m|billion|bn|thousand|k)?\b"
)


_AMOUNT_RX = re.compile(_AMOUNT, re.I)


# An amount of money: a currency before it, or a scale word after it ("5 million").
_MONEY_RX = re.compile(
    r"(?:\b(?:" + _CODES + r")|" + _OTHER_CODE + r"|[caur]s?\$|\$|€|£|¥)\s*\d[\d,]*"
    r"(?:\.\d+)?\s*(?:million|mm|m|billion|bn|thousand|k)?\b|"
    r"\b\d[\d,]*(?:\.\d+)?\s*(?:million|billion)\b",
    re.I,
)


_MINIMUM_RX = re.compile(
    r"\b(at\s+least|minimum(\s+of)?|no\s+less\s+than|not\s+less\s+than)\s+(?P<amount>"
    + _AMOUNT
    + r")",
    re.I,
)


_SCALE = {"million": 1e6, "mm": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3}
_SCALE["k"] = 1e3


@lru_cache(maxsize=1 << 14)
def numbers_in(text: str) -> frozenset[str]:
    """The numbers a text names ("90 days", "TLS 1.2", "at least $20M"), outside examples in
    parentheses."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    return _numbers(_PARENTHESES_RX.sub(" ", text.split("?")[0]))


def _numbers(text: str) -> frozenset[str]:
    """The numbers written in a text, thousands without their separators ("1,095" → "1095")."""
    return frozenset(n.replace(",", "") for n in _NUMBER_RX.findall(text))


_NUMBER_RX = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?")


def numbers_in_all(text: str) -> frozenset[str]:
    """The numbers a text names, examples in parentheses included."""
    return _numbers(text)


# The order of two events asked: "sold before the attack?", "notified after the breach?".
_ORDER_ASK_RX = re.compile(
    r"^\s*(was|were|did|had|has|have)\b[^?]*\b(before|after|prior\s+to)\s+(the|an?|its|their|your)\s+"
    r"(\w+\s+){0,2}?(attack|incident|breach|sale|acquisition|merger|outage|audit|event|"
    r"notification|disclosure|discovery)\b",
    re.I,
)


_ORDER_SAID_RX = re.compile(r"\b(before|after|prior\s+to|earlier|later|then|following)\b", re.I)


def _further_time(question: str, text: str) -> bool:
    """Whether the text gives what the question asks of a time counted on from another ("Data
    is deleted within 90 days after the contract ends; backups containing it expire within a
    further 45 days"): the backups' time is 90 and 45 days, not the first bound, so a question
    on them is not stated by it."""
    if _THEN_RX.search(text) and _TIME_ASKED_RX.search(question):
        # "an export for 60 days; after that we delete it within 30 days" for "deleted
        # within 90 days?": the times one after another exceed the bound.
        stated, asked_window = steps_window(text), _window(question)
        if stated and asked_window and not _within(stated, asked_window):
            return True
    # Run for every text near every row: a substring test before the search.
    lowered = text.lower()
    if not any(w in lowered for w in _COUNTED_ON_WORDS):
        return False
    if not _COUNTED_ON_RX.search(text) or not _TIME_ASKED_RX.search(question):
        return False
    parts = _COUNTED_CLAUSE_RX.split(text)
    asked = subject_terms(question)
    for i, part in enumerate(parts):
        if _COUNTED_ON_RX.search(part):
            rest = frozenset().union(*(subject_terms(p) for j, p in enumerate(parts) if j != i))
            if asked & (subject_terms(part) - rest - _GENERAL_TERMS):
                return True
    return False


# "within a further 45 days", "after another two weeks", "an additional 30 days"; the words
# one of which such a text must hold.
_COUNTED_ON_WORDS = ("further", "another", "additional")
_COUNTED_ON_RX = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|a\s+further\s+period\s+of)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|ten|twelve|thirty|fourteen|sixty|ninety)\s+"
    r"(?:days?|weeks?|months?|years?)\b",
    re.I,
)
_TIME_ASKED_RX = re.compile(
    r"\b(?:\d+|one|two|three|six|twelve|thirty|sixty|ninety)\s+(?:days?|weeks?|months?|years?)\b",
    re.I,
)
_COUNTED_CLAUSE_RX = re.compile(r"(?<=[.;])\s+|,\s+(?=(?:and|but|while|whereas)\b)")


def item_clause(question: str, text: str) -> str:
    """The clause of `text` that gives the value of the one item a value cell asks for, where
    the text gives several items their own values ("How long are reefer alarm events retained?"
    and "We keep readings for 7 years, reefer alarm events for 24 months and GPS positions for
    90 days" → "Reefer alarm events for 24 months."); the text itself where it gives one value,
    where the words that tell the item asked apart point to more than one clause, or to the
    first (a question as general as the text)."""
    if not _VALUE_ASK_RX.search(question) or len(_VALUE_RX.findall(text)) < 2:
        return text
    clauses: list[str] = []
    pending = ""  # pieces without a value, waiting for the value they name
    before = opened = ""  # the joint after the last piece, and the one before `pending`
    pieces = _ITEM_SPLIT_RX.split(text.strip().rstrip("."))
    for piece, joint in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
        if _VALUE_RX.search(piece):
            clauses.append(pending + piece)
            pending = ""
        elif clauses and not pending and _QUALIFIER_RX.match(piece):
            # "..., as customs rules require", "..., except for Billing": said of the clause
            # before, never dropped.
            clauses[-1] += before + piece
        else:
            # "Export declarations, certificates of origin and sanitary certificates are kept
            # for 5 years": items that share the next value.
            opened = opened if pending else before
            pending += piece
            if clauses and (";" in joint or not joint.strip()):
                # "RPO 15 minutes for the EU and UK regions; ...": what ends a statement is
                # said of the value before it.
                clauses[-1] += opened + pending
                pending = ""
            else:
                pending += joint
        before = joint
    if len(clauses) < 2:
        return text
    # The question's words (names too) that one clause alone has: they must all point to the
    # same clause, and not to the first, which carries what the items share ("We keep audit
    # logs for 1 year, invoices for 10 years": a general question gets the whole text).
    said = [_item_words(c) for c in clauses]
    owned: dict[int, set[str]] = {}
    for word in _item_words(question):
        found = [i for i, words in enumerate(said) if word in words]
        if len(found) == 1:
            owned.setdefault(found[0], set()).add(word)
    first = owned.pop(0, set())
    if len(owned) != 1 or first - _SHARED_VERB_TERMS:
        return text
    return full_sentence(_LEADING_JOINT_RX.sub("", clauses[owned.popitem()[0]]))


def _item_words(text: str) -> frozenset[str]:
    """The words that name an item: subject terms, and names in capitals ("EU", "Ledger")."""
    return subject_terms(text) | {w.lower() for w in _NAME_WORD_RX.findall(text)}


# What the first clause says of every item ("We keep ... for 7 years, ... for 24 months").
_SHARED_VERB_TERMS = subject_terms(
    "keep kept retain retained store stored hold held delete deleted purge purged fix fixed "
    "patch patched remediate remediated notify notified restore restored recover recovered take "
    "taken run"
)
_NAME_WORD_RX = re.compile(r"\b[A-Z][\w-]*\b")
_LEADING_JOINT_RX = re.compile(r"^\s*(?:and|but|or|while|whereas)\s+", re.I)


# A cell asking for one value: "How long ...?", "Within how many hours ...?", "RPO for Termo",
# "Cyber insurance limit per claim" (not "Describe ...", "List ...").
_VALUE_ASK_RX = re.compile(
    r"^\s*(?:how\s+(?:long|many|much|often|soon|quickly)|within\s+how|what\s+is\s+(?:the|your))\b|"
    r"^(?!\s*(?:describe|explain|list|outline|provide|summari[sz]e)\b)[^?]{0,80}\b(?:rto|rpo|limit|"
    r"period|retention|deadline|length|uptime|availability|objective|maximum|minimum)\b",
    re.I,
)
# A value with its unit: "24 months", "15 minutes", "99.5%", "USD 3 million", "600 requests".
_VALUE_RX = re.compile(
    r"\b\d[\d,.]*\s*(?:%|per\s*cent\b|percent\b)|"
    # Not how often ("every 10 seconds"): a frequency is no value of the item.
    r"(?<!every\s)\b\d[\d,.]*\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|characters?|million|"
    r"billion|thousand|requests?|[GMT]B)\b|(?:\b(?:USD|EUR|GBP|CHF|AUD|CAD)|[$€£])\s?\d",
    re.I,
)
# Clauses of a list of items and their values: at a semicolon, a comma or an "and".
_ITEM_SPLIT_RX = re.compile(r"((?<=[.!?])\s+(?=[A-Z])|\s*;\s*|,\s+(?:and\s+)?(?!\d)|\s+and\s+)")
_QUALIFIER_RX = re.compile(
    r"\s*(?:except|unless|as|if|where|when|which|but|other\s+than|excluding|only|save|provided|"
    r"subject|until|once|after|before|since)\b",
    re.I,
)
