"""The limits a text sets on what it says, which `states` checks against the question: an environment, hours, a plan, a product, a place, another's role or act."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from socproc.mapping.places import named_places
from socproc.mapping.signable.narrower import (
    _CAPABILITY_RX,
    _DOC_NOUN_RX,
    _GROUP_NOUN_TERMS,
    _PART_RX,
    _POPULATION,
    _PROGRAM_NOUN_RX,
    _SENTENCE_RX,
    _every_general,
)
from socproc.mapping.signable.negation import (
    _DATA_KINDS,
    _DENIAL_RX,
    _FULL_STOP_RX,
    _KEPT_TERMS,
    _countries_in,
    _places,
)
from socproc.mapping.signable.scope import _ALL_RX, _FUTURE_RX, _PARTY_SUBJECT_RX, _PEOPLE_RX
from socproc.mapping.signable.subjects import (
    _GENERAL_TERMS,
    _stem,
    _term,
    specific_terms,
    subject_terms,
)
from socproc.mapping.signable.vocab import _CONCEPTS, _PARENTHESES_RX, _WORD_RX, STATED_SHARE

_KEPT_WORD_RX = re.compile(
    r"\b(stored|hosted|kept|back[- ]?ups?|replica\w*|housed|resides?)\b", re.I
)


_VIEWED_RX = re.compile(
    r"\b(view|views|viewed|see|read|reads|access|accesses|accessed|log\s+in)\b", re.I
)


def present_state(question: str, text: str) -> str:
    """`text` without its sentences on a state that ended ("Until June 2025 the backups were
    not encrypted", "Before March 2026 alerts were reviewed during business hours only"), for a
    question asked of the present: what was done then neither states nor denies what is done
    now. A question asked of the past, or of a year, keeps them."""
    if "until" not in text.lower() and _BOUNDED_PAST_RX.search(text) is None:
        return text
    if _PAST_ASKED_RX.search(question):
        return text
    # A sentence that opens on the bound and tells what was then: "Service accounts that were
    # created before 2025 do not use MFA" is of today, and "will not be encrypted until Q1
    # 2027" of what is to come; both are kept. One that tells in the past tense what was done
    # until a dated change ("Vervoer stored passwords as MD5 hashes until its migration in
    # February 2033") is of then too.
    sentences = _SENTENCE_RX.split(text)
    # "...; since then each member has a named account": the present told against the past,
    # which a denial reads together.
    told_now = any(_NOW_TOLD_RX.search(x) for x in sentences)
    kept = [
        x
        for x in sentences
        if not (
            _BOUNDED_PAST_RX.match(x)
            and (
                _PAST_VERB_RX.search(x)
                # "Before 2032 Parque stored passwords as MD5 hashes": a simple past alone
                or (_SIMPLE_PAST_RX.search(x) and not _PRESENT_FINITE_RX.search(x))
            )
        )
        and not (
            not told_now
            and _UNTIL_DATED_RX.search(x)
            and _SIMPLE_PAST_RX.search(x)
            # "Accounts migrated from the legacy portal do not require MFA until June 2027":
            # a participle beside a verb in the present is no past.
            and not _PRESENT_FINITE_RX.search(x)
            and not _FUTURE_RX.search(x)
            and not _WILL_RX.search(x)
        )
    ]
    return " ".join(kept)


_NOW_TOLD_RX = re.compile(
    r"\b(since\s+then|now|today|currently|no\s+longer|any\s*more|these\s+days)\b", re.I
)


# A month and year, a quarter and year, or a year: "February 2033", "Q1 2027", "2025".
_MONTH_YEAR = (
    r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2},?\s+)?"
    r"(19|20)\d\d|q[1-4]\s+(19|20)\d\d|(19|20)\d\d)\b"
)


_PAST_VERB_RX = re.compile(r"\b(was|were|had|did|used\s+to)\b", re.I)


# "until its migration to our login service in February 2033", "until March 2031".
# "until its migration in February 2033", "until firmware 4.0 (March 2033)": a dot inside a
# number is no end of the sentence.
_UNTIL_DATED_RX = re.compile(r"\buntil\b(?:[^.;]|\.(?=\d)){0,60}?\b" + _MONTH_YEAR, re.I)


_WILL_RX = re.compile(r"\b(will|shall|going\s+to)\b", re.I)


_PRESENT_FINITE_RX = re.compile(
    r"\b(is|are|am|do|does|has|have|can|cannot|must|remains?|stays?)\b|n['’]t\b", re.I
)


_PRESENT_HELPER_RX = re.compile(r"\b(is|are|remains?|stays?)\b", re.I)


# A verb in the simple past with no helper before it ("Vervoer stored"; not "are stored",
# "will be stored"), or a past helper.
_SIMPLE_PAST_RX = re.compile(
    _PAST_VERB_RX.pattern + "|"
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgets )"
    r"(?<!\bwill )(?<!\bwould )(?<!\bnot )"
    r"\b(?:(?!need)[a-z]{3,}ed|kept|held|ran|sent|took|gave|made|built|wrote|sold)\b"
    r"(?=\s+(?!by\b|in\b|at\b|on\b|to\b|for\b|with\b|until\b)[a-z])",
    re.I,
)


def on_asked_environment(question: str, text: str) -> str:
    """`text` cut to what it says of the one environment a question names ("Are staging
    alerts monitored 24x7?" and "Production alerts are monitored 24x7 ... Staging alerts are
    reviewed on working days only": the staging sentence), where the text names several; a
    clause that names none belongs to the environment before it in its sentence."""
    for cases in (_environments, _sites):
        asked = cases(question)
        if len(asked) != 1 or len(cases(text)) < 2:
            continue
        kept = []
        for said in _FULL_STOP_RX.split(text):
            case: frozenset[str] | None = None
            for clause in _CLAUSE_PART_RX.split(said):
                case = cases(clause) or case
                if case is None or case & asked:
                    kept.append(clause)
        return " ".join(kept)
    return text


def _without_denied_inside(question: str, text: str) -> str:
    """The text without its parts that deny data is in the place a question asks it to be
    outside of ("Is customer data stored outside New Zealand?" and "No customer data is stored
    in New Zealand"): that denial says it is outside, and denies nothing asked."""
    m = _OUTSIDE_PLACE_RX.search(question)
    asked = _places(m[1]) if m else frozenset()
    if not asked:
        return text
    return " ".join(
        p
        for p in _SENTENCE_RX.split(text)
        if not (_DENIAL_RX.search(p) and asked & _places(p) and not _OUTSIDE_WORD_RX.search(p))
    )


_OUTSIDE_WORD_RX = re.compile(r"\b(outside|beyond|leaves?|abroad|offshore)\b", re.I)


def _without_other_years(question: str, text: str) -> str:
    """The text without its sentences on other years than the one a question asks of ("an
    outage in 2030?" and "no unplanned outage in 2031. In 2030, a fibre cut ...")."""
    asked = set(_YEAR_RX.findall(question))
    if len(asked) != 1:
        return text
    return " ".join(
        p
        for p in _SENTENCE_RX.split(text)
        if not (
            (years := set(_YEAR_RX.findall(p)))
            and not years & asked
            # "Until June 2025 ... not encrypted" spans 2024: a range, not another year.
            and not _YEAR_RANGE_RX.search(p)
        )
    )


_YEAR_RANGE_RX = re.compile(
    r"\b(until|till|since|before|after|through|from|by|prior\s+to|up\s+to)\b", re.I
)


def _without_complement(question: str, text: str) -> str:
    """The text without its parts on the complement of what a question asks of ("during
    auction hours?" and "outside auction hours there is no SLA")."""
    if not _OUTSIDE_OF_RX.search(text):
        return text  # most texts: no split on every denial checked
    asked = subject_terms(question)
    return " ".join(
        p
        for p in _SENTENCE_RX.split(text)
        if not (
            (m := _OUTSIDE_OF_RX.search(p)) is not None
            and (what := subject_terms(m["what"]) - _GENERAL_TERMS)
            and what <= asked
        )
    )


_OUTSIDE_OF_RX = re.compile(
    r"\b(?:outside|beyond|apart\s+from)\s+(?:of\s+)?(?:the\s+|our\s+|your\s+)?(?P<what>[\w\s-]{3,40}?)"
    r"(?=,|\s+(?:there|we|it|they|no|is|are|has|have|the)\b)",
    re.I,
)


def _without_excepted(question: str, text: str) -> str:
    """The text without its sentences on what a question sets aside ("Is all data encrypted at
    rest except the gateway buffer?" and "The local buffer on the gateways is not
    encrypted."): a denial of the thing excepted denies nothing asked."""
    m = _EXCEPT_ASK_RX.search(question)
    if m is None:
        return text
    what = subject_terms(m["what"]) - _GENERAL_TERMS
    if not what:
        return text
    # Only a sentence on the thing set aside alone: one that lists it with others ("the kiosk
    # PINs and the service account passwords") or names exceptions says more than it.
    return " ".join(
        p
        for p in _SENTENCE_RX.split(text)
        if not (what <= subject_terms(p) and not _LIST_OR_EXCEPTION_RX.search(p))
    )


_LIST_OR_EXCEPTION_RX = re.compile(r"\band\b|,|\bexcept\w*|\bas\s+well\s+as\b", re.I)


# What a question sets aside: "except the gateway buffer", "other than test data".
_EXCEPT_ASK_RX = re.compile(
    r"\b(?:except|excepting|excluding|other\s+than|apart\s+from|aside\s+from|with\s+the\s+"
    r"exception\s+of)\s+(?:for\s+)?(?:the\s+|our\s+|your\s+|its\s+)?(?P<what>[^?,;]{2,50})",
    re.I,
)


def hosted_apart(question: str, text: str) -> bool:
    """Whether a question asks of one kind of hosting and the text speaks only of the other:
    "for administrators of your cloud environment?" and "Administrators of the Payroll
    servers in the Tengri cage ..."; "on-premises servers?" and "our Azure subscriptions"."""
    asked = _hosting_kinds(question, _HOSTING_ASK)
    if not asked:
        return False
    said = _hosting_kinds(text, _HOSTING_SAID)
    return bool(said) and not asked & said


def _hosting_kinds(text: str, kinds: tuple[tuple[str, re.Pattern[str]], ...]) -> frozenset[str]:
    return frozenset(kind for kind, rx in kinds if rx.search(text))


# A question's scope by hosting: "your cloud environment", "on-premises systems".
_HOSTING_ASK = (
    (
        "cloud",
        re.compile(
            r"\bcloud\s+(environments?|infrastructure|accounts?|consoles?|platforms?|tenants?|"
            r"tenancy|subscriptions?|resources|workloads|estate|instances)\b",
            re.I,
        ),
    ),
    ("premises", re.compile(r"\bon[- ]?prem(ise|ises)?\b", re.I)),
)


# What a text says is hosted where: a cloud by kind or by name, or a place of the vendor's.
_HOSTING_SAID = (
    (
        "cloud",
        re.compile(
            r"(?i:\bcloud\b)|\b(AWS|Azure|GCP|OCI)\b|\bAmazon\s+Web\s+Services\b|\bGoogle\s+Cloud\b|"
            r"\bAlibaba\s+Cloud\b|\bOracle\s+Cloud\b|\bIBM\s+Cloud\b|\bDigitalOcean\b|\bHetzner\b|"
            r"\bOVH(cloud)?\b|\bLinode\b|\bS3\b|\bEC2\b|\bEKS\b|\bAKS\b|\bGKE\b"
        ),
    ),
    (
        "premises",
        re.compile(
            r"\bon[- ]?prem(ise|ises)?\b|\bco-?location\b|\bcages?\b|\bserver\s+rooms?\b|"
            r"\bour\s+own\s+(\w+\s+)?(data\s*cent(er|re)s?|servers?|racks?|hardware)\b",
            re.I,
        ),
    ),
)


@lru_cache(maxsize=1 << 12)
def _environments(text: str) -> frozenset[str]:
    return frozenset(_environment(m[0]) for m in _ENV_NAMED_RX.finditer(text))


@lru_cache(maxsize=1 << 12)
def _sites(text: str) -> frozenset[str]:
    """The places a text names as sites: "the Dublin office", "the Dublin and Cork offices",
    "the Cork forensic lab"."""
    if not _SITE_NOUN_RX.search(text):
        return frozenset()
    return frozenset(
        name.lower()
        for m in _NAMED_SITE_RX.finditer(text)
        for name in (m["a"], m["b"])
        if name and name not in _NOT_A_SITE_NAME
    )


def _environment(name: str) -> str:
    low = name.lower()
    for key, kind in _ENVIRONMENT_KINDS:
        if low.startswith(key):
            return kind
    return low


_ENV_NAMED_RX = re.compile(
    r"\b(non-?production|production|prod|pre-?production|staging|sandbox|development|disaster[\s-]+recovery|"
    r"(?:test|qa|uat|dr|dev)\s+(?:environment|site|systems?|servers?|region))\b",
    re.I,
)


_ENVIRONMENT_KINDS = (
    ("non", "non-production"),
    ("pre", "staging"),
    ("prod", "production"),
    ("staging", "staging"),
    ("sandbox", "sandbox"),
    ("dev", "development"),
    ("disaster", "dr"),
    ("dr", "dr"),
    ("test", "test"),
    ("qa", "test"),
    ("uat", "test"),
)


_SITE_NOUNS = (
    r"(?:offices?|sites?|labs?|laborator(?:y|ies)|warehouses?|facilit(?:y|ies)|plants?|depots?|"
    r"branch(?:es)?|stores?|campus(?:es)?|studios?|clinics?)"
)


_SITE_NOUN_RX = re.compile(rf"\b{_SITE_NOUNS}\b", re.I)


_NAMED_SITE_RX = re.compile(
    r"\b(?P<a>[A-Z][\w-]+)(?:\s+(?:and|&)\s+(?P<b>[A-Z][\w-]+))?\s+(?:[a-z][\w-]*\s+)?"
    rf"{_SITE_NOUNS}\b"
)


_NOT_A_SITE_NAME = frozenset(
    [
        "The",
        "Our",
        "All",
        "Each",
        "Both",
        "Every",
        "Any",
        "Your",
        "Their",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Which",
        "What",
        "Is",
        "Are",
        "Do",
        "Does",
        "Main",
        "Head",
        "New",
    ]
)


_CLAUSE_PART_RX = re.compile(r"(?<=;)\s+|(?<=,)\s+(?=(?:and|but|while|whereas)\b)")


_BOUNDED_PAST_RX = re.compile(
    r"\s*(?:(until|till|before|prior\s+to)\s+(the\s+end\s+of\s+)?((early|mid|late)[- ])?"
    + _MONTH_YEAR
    # "...; before that administrators received codes by SMS": bounded by the change just told
    + r"|(before\s+(that|then|this)|previously|formerly)\b)",
    re.I,
)


# A question on the past: "Did you ...?", "in 2025", "ever", "previously".
_PAST_ASKED_RX = re.compile(
    r"^\s*(did|was|were|had)\b|\b(19|20)\d\d\b|\b(ever|previously|formerly|in\s+the\s+past|"
    # "used to" of a habit, not of a means ("Is MD5 still used to hash passwords?").
    r"(?<!is\s)(?<!are\s)(?<!be\s)(?<!been\s)(?<!still\s)used\s+to|before|until)\b",
    re.I,
)


# Two acts each at its own frequency, joined by "and": "monthly vulnerability scans and annual
# penetration tests", "patched weekly and reviewed quarterly".
_FREQUENCY_WORDS = (
    r"(?:daily|weekly|monthly|quarterly|annual(?:ly)?|yearly|every\s+(?:day|week|month|quarter|"
    r"year|\w+\s+(?:days|weeks|months|years)))"
)


_TWO_TIMED_RX = re.compile(
    rf"(?P<a>\b{_FREQUENCY_WORDS}\b[^?]*?)\s+and\s+(?P<b>[^?]*?\b{_FREQUENCY_WORDS}\b)", re.I
)


_HEAD_VERB_RX = re.compile(
    r"\s*(?:do|does|are|is|have|has)\s+(?:you|your\s+\w+|we|they)\s+\w+\s+", re.I
)


# "both therapists and clients", "both the web app and the API".
_BOTH_AND_RX = re.compile(
    r"\bboth\s+(?P<a>(?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+(?P<b>[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"(?=\s*(?:\?|$|,|\s+(?:to|in|on|for|with|at|from|by)\b))",
    re.I,
)


# "X and/or Y": up to four words either side, not across a comma or a preposition.
_AND_OR_RX = re.compile(
    r"(?P<a>(?:[\w-]+\s+){0,3}[\w-]+)\s+and/or\s+(?P<b>[\w-]+(?:\s+(?!(?:prior|before|after|"
    r"for|on|in|at|during|when|to|with|from)\b)[\w-]+){0,3})"
)


def _said_of_the_plan_asked(wanted: frozenset[str], said: frozenset[str], text: str) -> bool:
    """Whether what a question asks of one plan (an owner, a yearly test of the disaster
    recovery plan) is said of that plan, where the text also speaks of another ("The business
    continuity plan is owned by the COO and exercised every year. Disaster recovery fails over
    to the second site.": the owner and the yearly exercise are the BCP's)."""
    asked = wanted & _PLAN_CONCEPTS
    if not asked or not (said & _PLAN_CONCEPTS) - wanted:
        return True
    rest = wanted - asked - _GENERAL_TERMS
    if not rest:
        return True
    on_asked: set[str] = set()
    for x in _FULL_STOP_RX.split(text):
        terms = subject_terms(x)
        if terms & asked:
            on_asked |= terms
    return len(rest & on_asked) / len(rest) >= STATED_SHARE


def _concept_said_of_named(question: str, concepts: frozenset[str], text: str) -> bool:
    """Whether a security concept asked of a named case (a city, a partner, a product: "Do
    your Ho Chi Minh City live-ops agents sign in with phishing-resistant MFA?") is said in a
    sentence that names it, where one does ("Employees in Pangyo sign in with FIDO2 keys.
    Live-ops agents ... in Ho Chi Minh City sign in with push notifications.": the keys are
    the Pangyo employees')."""
    names = _capitalised_names(question)
    if not names:
        return True
    naming = [
        x
        for x in _FULL_STOP_RX.split(text)
        if any(re.search(rf"\b{re.escape(n)}\b", x) for n in names)
    ]
    if not naming or len(naming) == len(_FULL_STOP_RX.split(text)):
        return True
    return any(concepts <= subject_terms(x) for x in naming)


@lru_cache(maxsize=1 << 14)
def _capitalised_names(question: str) -> tuple[str, ...]:
    """The capitalised words a question names after its first (a city, a partner, a product),
    not acronyms ("MFA", "SOC")."""
    words = _CAPITAL_WORD_RX.findall(question.split("?")[0])[1:]
    return tuple(w for w in words if not w.isupper())


# A capital letter of the Latin alphabets, with those outside ASCII ("Łódź", "Şişli", "Ísafjörður").
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_CAPITAL_WORD_RX = re.compile(rf"\b[{_UPPER}][\w-]+")


def _hours_limited(question: str, text: str) -> bool:
    """Whether a sentence of the text on what a question asks to be done around the clock
    keeps it to working hours ("24/7 security monitoring?" and "Game service availability
    is monitored 24x7 ... Security alerts are reviewed during Korean business hours": the
    24x7 is the availability watch's)."""
    asked = set(_WORD_RX.findall(question.lower())) - _HOURS_STOPWORDS
    return any(
        _WORKING_HOURS_RX.search(x)
        and {w for w in _WORD_RX.findall(x.lower()) if len(w) > 4} & asked
        for x in _FULL_STOP_RX.split(text)
    )


# A state of being done asked: "already complete?", "final?", "signed?", "finished?".
_DONE_ASK_RX = re.compile(
    r"\b(complete[d]?|finished|final(i[sz]ed)?|signed|executed|approved|done|concluded|"
    r"published)\s*\??\s*$|\b(already|fully)\s+(complete[d]?|finished|final|done)\b",
    re.I,
)


_DONE_SAID_RX = re.compile(
    r"\b(complete[ds]?|completion|finished|final(i[sz]ed)?|signed|executed|approved|done|"
    r"concluded|published|issued)\b",
    re.I,
)


# Not reached yet: "in fieldwork", "a draft", "under way", "pending", "not yet".
_UNFINISHED_RX = re.compile(
    r"\b(in\s+fieldwork|draft|under\s*way|in\s+progress|ongoing|pending|not\s+yet|"
    r"unsigned|being\s+(prepared|drafted|written|reviewed|finali[sz]ed))\b",
    re.I,
)


def _role_of_another(question: str, text: str) -> bool:
    """Whether the role a question asks the vendor to hold ("Is Quietlake the covered entity?",
    "Are you the data controller?") is, in the text, another party's ("Practices on the Clinic
    plan are the covered entities", "Customers, as controllers, ...")."""
    m = _LEGAL_ROLE_ASK_RX.match(question)
    if m is None:
        return False
    role = m["role"].lower().rstrip("s")[:8]
    for x in _FULL_STOP_RX.split(text):
        party = _PARTY_SUBJECT_RX.match(x)
        if party is not None and role in x.lower():
            return True
    return False


# A role asked of the vendor: "Is Quietlake the covered entity ...?", "Are you a processor?".
_LEGAL_ROLE_ASK_RX = re.compile(
    r"\s*(?:is|are)\s+(?:you|your\s+company|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+(?:the|a|an)\s+"
    r"(?:data\s+)?(?P<role>covered\s+entit\w+|business\s+associates?|controllers?|processors?|"
    r"data\s+owners?|merchants?\s+of\s+record)\b",
    re.I,
)


def _employment_said(question: str, text: str) -> bool:
    """Whether the text says that the people a question asks of are the vendor's employees,
    in a sentence on them ("Is your DPO an employee?" is not said by "Aoife Gallagher of
    Castlegate Privacy Ltd, appointed as an external DPO", nor "Are the partner's agents your
    employees?" by "Employees in the Pangyo office ...; live-ops agents of our partner ...")."""
    asked = specific_terms(_EMPLOYED_ASK_RX.sub(" ", question)) - _EMPLOY_TERMS
    about = [x for x in _FULL_STOP_RX.split(text) if subject_terms(x) & asked]
    return any(_EMPLOYED_RX.search(x) and not _NOT_EMPLOYED_RX.search(x) for x in about)


# Whether people are the vendor's employees: "an employee of Acme?", "employed by you?".
_EMPLOYED_ASK_RX = re.compile(
    r"\b(employees?\s+of|employed\s+by|on\s+(your|the)\s+payroll|(an?|your|own)\s+"
    r"([A-Z][\w&-]*\s+)?employees?\b(?!\s+\w+ing))",
    re.I,
)


_EMPLOYED_RX = re.compile(r"\b(employ\w*|staff\s+members?|in-house|on\s+our\s+payroll)\b", re.I)


_NOT_EMPLOYED_RX = re.compile(
    r"\b(external|outsourced|contractors?|partner'?s?|agency|consultants?|third[- ]party|"
    r"freelance\w*|seconded)\b",
    re.I,
)


_EMPLOY_TERMS = frozenset({"employ", "employee", "employed"})


def _kind_kept_in_place(question: str, wanted: frozenset[str], text: str) -> bool:
    """Whether what a question asks to be kept in a place is, by the sentence of the text
    that alone speaks of it ("Are player chat logs stored in the EU for EU titles?" and "EU
    titles are stored in Frankfurt. In-game chat logs of every region are stored in Seoul.":
    the chat logs' sentence says Seoul)."""
    asked = _places(question)
    if not asked or not _KEPT_WORD_RX.search(question):
        return True
    inside = _countries_in(frozenset(asked))
    placed = []
    for x in _FULL_STOP_RX.split(text):
        where = _places(x) | {country for _, country in named_places(x)}
        if where:
            placed.append((subject_terms(x), _countries_in(frozenset(where))))
    if len(placed) < 2:
        return True
    kinds = wanted - _GENERAL_TERMS - subject_terms(" ".join(asked)) - _KEPT_TERMS
    for term in kinds:
        holders = [where for terms, where in placed if term in terms]
        if len(holders) == 1 and not holders[0] & inside:
            return False
    return True


def _place_only_viewed(question: str, text: str) -> bool:
    """Whether the place a question asks data to be kept in is named by the text only as
    where people view it from ("Is any customer data stored in India?" and "stored only in the
    EU ... support staff in Bengaluru, India can view records")."""
    if not _KEPT_WORD_RX.search(question) or _VIEWED_RX.search(question):
        return False
    asked = _places(question)
    if not asked:
        return False
    naming = [x for x in _FULL_STOP_RX.split(text) if asked & _places(x)]
    return bool(naming) and all(
        _VIEWED_RX.search(x) and not _KEPT_WORD_RX.search(x) for x in naming
    )


def _other_environment(question: str, text: str) -> bool:
    """Whether the text speaks of another environment than the one a question asks of and
    not of it ("reach production?" and "shared test accounts that reach the staging
    environment only")."""
    asked = {m[0].lower() for m in _ENVIRONMENT_RX.finditer(question)}
    if not asked:
        return False
    said = {m[0].lower() for m in _ENVIRONMENT_RX.finditer(text)}
    return bool(said) and not asked & said


_ENVIRONMENT_RX = re.compile(r"\b(production|staging|sandbox|development)\b", re.I)


def _backups_elsewhere(question: str, text: str) -> bool:
    """Whether the text keeps backups somewhere other than the place a question asks them to
    be in ("Are backups stored in Seoul?" and "stored in KR-1 (Seoul) with backups in KR-2
    (Chuncheon)")."""
    m = _BACKUPS_IN_RX.search(question)
    if m is None:
        return False
    asked = m["place"].split()[0]
    if asked.islower() and not re.search(r"\d", asked):
        return False  # "in a different geographic location": no place named
    kept = [x["place"] for x in _BACKUPS_IN_RX.finditer(text)]
    return bool(kept) and not any(re.search(rf"\b{re.escape(asked)}\b", k) for k in kept)


# "backups in KR-2 (Chuncheon)", "backups are stored in AWS Ireland".
_BACKUPS_IN_RX = re.compile(
    r"\b(?:backups?|replicas?|disaster\s+recovery\s+(?:replica|copy|site))\b(?:\s+(?:of\s+[\w-]+"
    r"(?:\s+data)?|copies|are|is|were|stored|kept|held|copied|replicated|located)){0,3}"
    # "An encrypted replica, including the card vault, is kept at the Selat Data Centre".
    r"(?:,[^.;?]{0,40},\s+(?:is|are)\s+(?:kept|stored|held|located))?\s+"
    r"(?:in|at|to)\s+(?:the\s+)?(?P<place>[A-Za-z0-9][^.;,?]{0,60})"
)


# A time of day: "08:00", "8.30", "7am", "19h" (a bare number may be a severity or a count).
_CLOCK = r"\d{1,2}(?:[:.]\d{2}(?:\s*(?:am|pm)\b)?|\s*(?:am|pm|h)\b)"
_WORKING_HOURS_RX = re.compile(
    r"\b(during|in|within)\s+(\w+\s+){0,2}?(business|office|working)\s+(hours|days?)\b|"
    r"\bmonday\s+(to|through|-)\s+friday\b|\bweekdays\b|\bworking\s+days?\b|"
    # a window of the clock: "between 08:00 and 22:00", "from 8am to 6pm", "09:00-17:00"
    r"\bbetween\s+" + _CLOCK + r"\s+and\s+" + _CLOCK + r"(?!\s*(days?|hours?|minutes?)\b)|"
    r"\bfrom\s+" + _CLOCK + r"\s+(to|until|till)\s+" + _CLOCK + r"(?!\s*(days?|hours?)\b)|"
    r"\b\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}\b|"
    r"\boutside\s+(those|these|business|working|office)\s+hours\b",
    re.I,
)


_HOURS_STOPWORDS = frozenset(
    [
        "there",
        "their",
        "about",
        "which",
        "every",
        "hours",
        "hour",
        "basis",
        "around",
        "clock",
        "during",
        "business",
        "office",
        "working",
        "provide",
        "perform",
        "performed",
    ]
)


_QUANTIFIER_TERMS = frozenset({"every", "each"})


# Plans a text may speak of side by side, each with its own owner and tests.
_PLAN_CONCEPTS = frozenset({"bcp", "drp"})


def _others_denied(part: str, wanted: frozenset[str]) -> bool:
    """Whether a denial is said of someone the question does not ask about: "ticket buyers
    cannot use MFA", "patron accounts cannot ..."."""
    m = _DENIAL_RX.search(part)
    if m is None:
        return False
    before = subject_terms(part[: m.start()]) - _GENERAL_TERMS
    return bool(before - wanted) and bool(
        _PEOPLE_RX.search(part[: m.start()]) or _ROLE_WORD_RX.search(part[: m.start()])
    )


_NOT_CASE_LEAD_RX = re.compile(
    r"^\s*(?:for|if|when|where)\s+[^,?;]{0,60}?\b(?:not|without|don['’]t|doesn['’]t)\b[^,?;]{0,40},\s*"
    r"(?=(?:do|does|is|are|can|will|must)\b)",
    re.I,
)


_PRODUCT_SUBJECT_RX = re.compile(
    r"^(\s*(?:does|do|can|will|is|are)\s+)your\s+(?:[\w-]+\s+){0,2}?(?:application|app|solution|"
    r"platform|product|service|system|software|portal|website)s?(?:/[\w-]+)?(?:\s+(?:and/or|or|and)\s+"
    r"(?:your\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+/)?(?:portal|frontend|front-end|interface|app|"
    r"application|website))?\s+(?=[a-z])",
    re.I,
)


# A group of people by a role word: "ticket buyers", "patrons", "guests", "students".
_ROLE_WORD_RX = re.compile(
    r"\b\w+(ers|ors|ists|ians|ants|ents|ees)\b|\b(patrons?|guests?|students?|visitors?|"
    r"members?|parents?|buyers?|attendees?|participants?|learners?|riders?)\b",
    re.I,
)


# The safeguards a question's answer must name: a security concept (SSO, MFA, a WAF ...) and
# encryption ("Are text messages to jurors encrypted end to end?" is not stated by a list of
# subprocessors naming "Twilio (text messages)").
_MUST_SAY = _CONCEPTS | {"encrypt"}


_HYPHENATED_RX = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")


# A name of two or more capitalised words after the question's first word: "KT Audit".
_MULTI_NAME_RX = re.compile(r"(?<=\s)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+")


# Practices a question may write with capitals ("Do you perform Penetration Testing?").
_PRACTICE_TERMS = frozenset(
    subject_terms(
        "penetration testing test tests scanning scans vulnerability management incident response "
        "business continuity disaster recovery access control encryption backups backup logging "
        "monitoring training awareness change risk assessment data protection privacy security "
        "policy policies plan review reviews audit audits program programme"
    )
)


@lru_cache(maxsize=1 << 14)
def _name_terms(question: str) -> frozenset[str]:
    """The terms of the names a question asks about ("Does KT Audit use OpenAI?" → kt, audit)."""
    found = _MULTI_NAME_RX.findall(_PARENTHESES_RX.sub(" ", question.split("?")[0]))
    # Not a practice written with capitals ("a documented Business Continuity Plan"), nor a
    # place ("Ho Chi Minh City"), which is what a question asks of where data is.
    found = [f for f in found if not (_places(f) or named_places(f))]
    names = [t for t in map(subject_terms, found) if not t & _CONCEPTS and not t <= _PRACTICE_TERMS]
    return frozenset().union(*names) if names else frozenset()


_FOREVER_RX = re.compile(
    r"\b(indefinitely|permanently|forever|in\s+perpetuity|without\s+(a\s+|any\s+)?(time\s+)?"
    r"limit|for\s+ever|never\s+(deleted|purged|erased))\b",
    re.I,
)


# What is taken out before data goes on: "after patient names and phone numbers are removed".
_REMOVED_RX = re.compile(
    r"\b(?:after|once|with)\s+([^.;]{2,60}?)\s+(?:are|is|have\s+been|has\s+been)?\s*(?:removed|"
    r"redacted|stripped(?:\s+out)?|masked|deleted|pseudonymi[sz]ed|anonymi[sz]ed)\b",
    re.I,
)


def _said_only_in_compounds(
    terms: frozenset[str], text: str, wanted: frozenset[str]
) -> frozenset[str]:
    """The terms `text` says only inside a hyphenated compound whose other words are not
    asked: "remote-hands staff" names a kind of staff and says nothing of working remotely,
    while "multi-factor" still says "multi factor"."""
    if "-" not in text:
        return frozenset()
    compounds = [subject_terms(c.replace("-", " ")) for c in _HYPHENATED_RX.findall(text)]
    if not compounds:
        return frozenset()
    outside = subject_terms(_HYPHENATED_RX.sub(" ", text))
    return frozenset(
        t
        for t in terms - outside
        if all(t not in c or ((c - {t}) and not (c - {t}) & wanted) for c in compounds)
    )


# What a text leaves out: "it excludes ransom and extortion payments", "except contractors".
_EXCLUDES_RX = re.compile(
    r"\b(?:exclud(?:e|es|ed|ing)|except(?:\s+for)?|other\s+than|but\s+not|(?:does|do)\s+not\s+"
    r"cover|not\s+covered)\b(?P<what>[^.;]*)",
    re.I,
)


# What a text takes out before it keeps or sends the rest, in a clause of its own: "names and
# phone numbers are removed first" (`_REMOVED_RX` reads "after names ... are removed").
_TAKEN_OUT_RX = re.compile(
    r"(?:^|[;:.]\s*|\band\s+)(?P<what>(?:[\w-]+\s+){0,5}?[\w-]+)\s+(?:are|is|were|was)\s+"
    r"(?:first\s+|then\s+|always\s+)?(?:removed|stripped|masked|redacted|taken\s+out)\b",
    re.I,
)


_REMOVAL_ASK_RX = re.compile(
    r"\b(remov|strip|mask|redact|delet|eras|purg|anonymi|pseudonymi)", re.I
)


# A question whether nothing is left out: "free of exclusions?", "unrestricted?", "with no
# exclusions?", "exclusion-free?", "unlimited in scope?".
_NONE_LEFT_OUT_ASK_RX = re.compile(
    r"\b(free\s+of\s+(any\s+)?exclusions|no\s+exclusions|exclusion-free|without\s+(any\s+)?"
    r"exclusions|unrestricted|unlimited)\b",
    re.I,
)


_SOMETHING_EXCLUDED_RX = re.compile(
    r"\bexclu(de|des|ded|ding|sions?)\b|\bexcept\b|\bother\s+than\b", re.I
)


_LEFT_OUT_KEYS = (
    "xcept",
    "xclud",
    " not ",
    "other than",
    "removed",
    "stripped",
    "masked",
)


def _stated_part(question: str, said: str) -> bool:
    """Whether a sentence that holds a denial names most of what is asked outside it (the
    denial is then of something else: "Harbor Web encrypts data at rest; it does not offer
    customer-managed keys")."""
    kept = " ".join(p for p in _PART_RX.split(said) if not _DENIAL_RX.search(p))
    wanted = subject_terms(question) - _GENERAL_TERMS
    return 2 * len(wanted & subject_terms(kept)) > len(wanted)


def _excluded_asked(question: str, text: str) -> bool:
    """Whether `text` leaves out a word of what the question asks that the rest of the text
    does not name ("Does your cyber insurance cover ransom payments?" and "Cyber insurance of
    EUR 3 million ...; it excludes ransom and extortion payments"), or takes it out ("copied
    with names included?" and "names and phone numbers are removed first")."""
    if not any(map(text.lower().__contains__, _LEFT_OUT_KEYS)) and "redacted" not in text:
        return False  # most texts leave nothing out: a few substring tests first
    if _NONE_LEFT_OUT_ASK_RX.search(question) and _SOMETHING_EXCLUDED_RX.search(text):
        return True  # "Is your cyber insurance free of exclusions?" and "... are excluded"
    wanted = subject_terms(question) - _GENERAL_TERMS
    named = _name_terms(question)
    if named and " not " in text:
        # "Will your next SOC 2 include Lindqvist Montör?" and "... the same products. Montör
        # and Larm are not planned into it": a denial that names the product asked.
        for said in _SENTENCE_RX.split(text):
            if (
                _DENIAL_RX.search(said)
                and named & subject_terms(said)
                and not _stated_part(question, said)
            ):
                return True
    found = [*_EXCLUDES_RX.finditer(text)]
    if not _REMOVAL_ASK_RX.search(question):
        found += _TAKEN_OUT_RX.finditer(text)
    for m in found:
        left_out = subject_terms(m["what"]) & wanted
        before = subject_terms(text[: m.start("what")])
        # "Kinloom Results ... 99.9% ..., excluding Kinloom Ask" for "Does your 99.9% commitment
        # include Kinloom Ask?": the name's own word, not the brand it shares, is left out.
        if left_out and (not left_out & before or (left_out - before) & named):
            return True
    return False


# What is done with data, as terms: kept, held, sent, received, collected.
_HANDLING_TERMS = frozenset({"stor", "hold", "transit", "handle", "receive", "collect", "send"})


@lru_cache(maxsize=1 << 12)
def _data_items(question: str) -> frozenset[str]:
    """The item of a kind of data a question names, by the word after the kind: "card
    numbers" → number, "patient names" → name."""
    wanted = subject_terms(question)
    if not wanted & _DATA_KINDS:
        return frozenset()
    items = wanted - _DATA_KINDS - _HANDLING_TERMS
    words = _WORD_RX.findall(question.lower())
    return frozenset(
        _term(after)
        for word, after in itertools.pairwise(words)
        if _term(word) in _DATA_KINDS and _term(after) in items
    )


def _pronoun_denials(question: str, text: str) -> str:
    """`text` with a denying pronoun ("nobody reviews the collected events", "none of them has
    disk encryption") spelled as a denial where its clause is on what is asked (two of its
    terms); one on another act ("nobody can disable the logging") is left as it is."""
    if not _PRONOUN_DENIAL_RX.search(text):
        return text
    asked = specific_terms(question)
    return "".join(
        _PRONOUN_DENIAL_RX.sub("no one", part)
        if len(asked & subject_terms(part)) >= 2 and not _SECOND_NEGATIVE_RX.search(part)
        else part
        for part in _CLAUSE_KEEP_RX.split(text)
    )


_PRONOUN_DENIAL_RX = re.compile(r"\b(nobody|no-one|none|nothing)\b", re.I)


# "nobody can access it without MFA", "none is left unencrypted": two negatives affirm.
_SECOND_NEGATIVE_RX = re.compile(r"\b(without|un\w+ed|except|unless)\b", re.I)


# Clauses, their separators kept so that the text joins back as it was.
_CLAUSE_KEEP_RX = re.compile(r"([;.]\s+|,\s+(?:and|but)\s+)")


_PREPOSITION_RX = re.compile(r"\b(for|in|on|at|by|to|from|with|within)\s", re.I)


_ANYONE_RX = re.compile(r"\b(anyone|anybody|someone|somebody)\b", re.I)


_NOBODY_RX = re.compile(r"\b(nobody|no-one)\b", re.I)


# A question that asks of the rest being absent: "only", "solely", "exclusively", "without".
_TURNED_ASK_RX = re.compile(r"\b(only|solely|exclusively|without)\b", re.I)


_PLAN_WORD_TERMS = frozenset(("plan", "tier", "edition", "subscription", "package"))


# Words that say a feature is there, not which: "available", "supported", "included".
_HAVING_TERMS = frozenset(
    _stem(w)
    for w in [
        "available",
        "support",
        "supported",
        "offer",
        "offered",
        "provide",
        "provided",
        "include",
        "included",
        "allow",
        "allowed",
        "enable",
        "enabled",
    ]
)


def _other_agent(question: str, text: str) -> bool:
    """Whether the text says the act a question puts on the customer or on the vendor is done
    by the other: "Are the keys managed by your customers?" and "keys in Key Vault managed by
    us"; "Do your customers hold the keys?" and "keys held in our KMS project" (and the
    reverse). What a text says of both ("managed by us or, on request, by the customer") is
    not another agent."""
    asked = {_agent_side(_who(m), True) for m in _AGENT_RX.finditer(question)} - {""}
    if len(asked) != 1:
        return False
    said = {_agent_side(_who(m), False) for m in _AGENT_RX.finditer(text)} - {""}
    return bool(said) and not said & asked


def _who(m: re.Match[str]) -> str:
    return m["who"] or m["who2"] or m["who3"]


def _agent_side(who: str, in_question: bool) -> str:
    """Whose side an agent phrase names: 'customer' (the customer, clients, tenants) or
    'vendor' (we, us, our staff; "you" in a buyer's question), '' for another party."""
    words = set(_WORD_RX.findall(who.lower()))
    if words & _CUSTOMER_WORDS:
        return "customer"
    if words & ({"you", "your"} if in_question else {"we", "us", "our", "ourselves"}):
        return "vendor"
    return ""


_CUSTOMER_WORDS = frozenset(["customer", "customers", "client", "clients", "tenant", "tenants"])


# The agent of an act on keys or data: "managed by us", "held by the customer", "customers
# hold", "your customers control".
_AGENT_RX = re.compile(
    r"\b(?:managed|held|controlled|owned|generated|rotated|stored|kept)\s+(?:only\s+)?by\s+"
    r"(?P<who>(?:the\s+|your\s+|our\s+|each\s+)?[\w-]+)|"
    r"\b(?P<who2>(?:the\s+|your\s+|our\s+)?(?:customers?|clients?|tenants?))\s+"
    r"(?:can\s+|must\s+|do\s+|does\s+)?(?:manage|hold|control|own|generate|rotate)s?\b|"
    r"\b(?P<who3>our|your)\s+(?:own\s+)?(?:cloud\s+)?(?:kms|key\s+vault|hsm)\b",
    re.I,
)


@lru_cache(maxsize=1 << 12)
def _doers(question: str) -> frozenset[str]:
    """The terms of who a question asks of: its people ("officers", "staff") and the word
    that says which of them ("enforcement officers")."""
    wanted = subject_terms(question)
    people = wanted & _DOER_TERMS
    if not people:
        return people
    words = _WORD_RX.findall(question.lower())
    which = {
        _term(before)
        for i, word in enumerate(words)
        if _term(word) in people
        for before in words[max(0, i - 2) : i]
        if _term(before) in wanted
    }
    return people | which


# A part that only says who a name before it is: "No customer data is sent to Meteora, our US
# weather data provider" (a determiner, a few words and no verb of its own).
_APPOSITIVE_RX = re.compile(
    r"^\s*(our|the|its|their|a|an)\s+(?![^.;]*\b(is|are|was|were|be|been|has|have|had|do|does|"
    r"did|will|would|can|could|may|might|must|shall|should|we|they|it|now|then)\b)"
    r"([^\W\d_][\w-]*\s*){1,7}\.?\s*$",
    re.I,
)


_ENDS_IN_NAME_RX = re.compile(r"\b[A-Z][\w&-]*\s*$")


# A part opening with a name: "Deckplan code ...", "Worker Voice ..." (not "We ...", "The ...").
_NAMED_START_RX = re.compile(
    r"\s*(?!(?:The|We|Our|All|Each|This|These|It|They|Its|Their|Every|No|A|An)\b)[A-Z][\w-]*\b"
)


# "Deckplan code is reviewed by a second developer but is not scanned": the "but" joins two
# things said of one subject, which a split there would lose.
_BUT_VERB_RX = re.compile(
    r"\s+but\s+(?=(is|are|was|were|has|have|had|do|does|did|can|cannot|will|must|may)\b)", re.I
)


def _with_appositives(parts: list[str]) -> list[str]:
    """`parts` with each appositive joined to the part whose closing name it describes, so that a
    denial ("No customer data is sent to Meteora") covers the words that name its object."""
    joined: list[str] = []
    for part in parts:
        if joined and _ENDS_IN_NAME_RX.search(joined[-1]) and _APPOSITIVE_RX.match(part):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


class _Asked(NamedTuple):
    """What a question's own wording asks, worked out once per question (states() runs once
    per candidate text)."""

    policy: str  # the stem of "policy" when a policy is asked for, else ""
    kind: str  # the stem of the kind of thing asked exists (programme, plan, ...), else ""
    capability: bool  # what can be done ("Can users ...?", "Do you support ...?")
    alternatives: bool  # the question itself offers alternatives ("SAML or OIDC")
    every: bool  # "all", "every", "each", "always" or "any"
    every_general: bool  # every one of something named in general words ("all data")
    describe: bool  # asks for a description ("Describe ...", "How do you ...?")


@lru_cache(maxsize=1 << 14)
def _asked(question: str) -> _Asked:
    policy = _DOC_NOUN_RX.search(question)
    kind = _PROGRAM_NOUN_RX.search(question)
    return _Asked(
        policy=policy[1][:5] if policy else "",
        kind=kind[1][:6] if kind else "",
        capability=bool(_CAPABILITY_RX.search(question)),
        alternatives=" or " in question,
        every=bool(_ALL_RX.search(question)),
        every_general=_every_general(question),
        describe=bool(_DESCRIBE_ASK_RX.match(question)),
    )


_DESCRIBE_ASK_RX = re.compile(
    r"\s*(please\s+)?(describe|explain|outline|detail|summari[sz]e|how\s+(do|does|is|are))\b", re.I
)


_OUTSIDE_PLACE_RX = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?([^?,;]+)", re.I)


# Who does something, as terms: the groups and populations above (see `_doers`).
_DOER_TERMS = _GROUP_NOUN_TERMS | _POPULATION


_YEAR_RX = re.compile(r"\b((?:19|20)\d\d)\b")


# A kind the question gives its subject by "-based": "host-based intrusion detection", "an
# Intrusion Prevention System (network-based)".
_KIND_ASKED_RX = re.compile(
    r"\b(?P<kind>[a-z]+)-based\s+(?P<head>(?:[\w-]+\s+){0,2}[\w-]+)"
    r"|(?P<head2>(?:[\w-]+\s+){0,2}[\w-]+)\s*\(\s*(?P<kind2>[a-z]+)-based\s*\)",
    re.I,
)
# Where one item of a list ends and the next begins.
_ITEM_END_RX = re.compile(r"(\s*[,;.]\s*|\s+(?:or|and|nor|but|while)\s+)", re.I)


def _head_first_word(head: str) -> str:
    """The first word of what a kind is asked of that says something: "implemented an IPS" →
    "IPS"."""
    words = head.split()
    while len(words) > 1 and not subject_terms(words[0]):
        words.pop(0)
    return words[0]


# Words that may stand before a thing without giving it a kind of its own.
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "no",
        "any",
        "our",
        "your",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "all",
        "some",
    ]
)


def crossed_kind(question: str, text: str) -> bool:
    """Whether a text gives the kind the question asks and the thing it asks of to different
    items: "network intrusion detection or host-based intrusion prevention" names host-based
    and intrusion detection, not host-based intrusion detection; so does "Intrusion detection
    runs at the perimeter; host-based firewalls run on every server". A kind before the first
    of two items joined by "or"/"and" is said of both ("a network intrusion detection or
    intrusion prevention system")."""
    if "-based" not in question.lower():
        return False  # most questions: one substring test, not a regex search per statement
    asked = _KIND_ASKED_RX.search(question)
    if asked is None:
        return False
    kind = (asked["kind"] or asked["kind2"]).lower()
    head_text = asked["head"] or asked["head2"]
    head = subject_terms(head_text) - {kind}
    if not head:
        return False
    kind_rx = re.compile(rf"\b{kind}(?:-based)?\b", re.I)
    before_head = re.compile(rf"(\S+)\s+{re.escape(_head_first_word(head_text))}\b", re.I)
    # Items with the joins between them: [item, join, item, join, item ...].
    pieces = _ITEM_END_RX.split(text)
    items, joins = pieces[::2], pieces[1::2]
    if not any(kind_rx.search(item) for item in items):
        return False

    def kind_of_its_own(i: int) -> bool:
        own = before_head.search(items[i])
        return own is not None and own[1].lower() not in _DETERMINERS

    def kind_carried(i: int) -> bool:
        # "a network intrusion detection or intrusion prevention system"
        return (
            i > 0
            and bool(_LIST_JOIN_RX.fullmatch(joins[i - 1]))
            and bool(kind_rx.search(items[i - 1]))
        )

    of_head = [i for i, item in enumerate(items) if head <= subject_terms(item)]
    return bool(of_head) and all(
        not kind_rx.search(items[i]) and (kind_of_its_own(i) or not kind_carried(i))
        for i in of_head
    )


# A join inside one list ("or", "and", a comma), not a clause's end.
_LIST_JOIN_RX = re.compile(r"\s*,\s*|\s+(?:or|and|nor)\s+", re.I)
