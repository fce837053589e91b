"""Whether a text speaks of less than the question asks: some of the people, some of the data, one kind among several, a general word for a named thing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from socproc.inventory.load import Control
from socproc.mapping.signable.subjects import (
    _GENERAL_TERMS,
    _term,
    short_terms,
    specific_terms,
    subject_terms,
    verb_stem,
)
from socproc.mapping.signable.vocab import _WORD_RX, Cue


def _narrower_items(question: str, text: str) -> bool:
    """Whether a text speaks of one kind of the items a question asks of ("patron passwords"
    for "any passwords")."""
    words = set(_WORD_RX.findall(question.lower()))
    asked = {w.rstrip("s") for w in words}
    # "Passwords of resort staff": the kind after the items, not "." before them.
    after = [
        m for m in _ITEM_OF_KIND_RX.finditer(f". {text}") if m["item"].lower().rstrip("s") in asked
    ]
    kinds = [
        m["kind"].lower()
        for m in _ITEM_KIND_RX.finditer(f". {text}")
        if m["item"].lower().rstrip("s") in asked
        and not any(a.start("item") == m.start("item") for a in after)
    ] + [m["kind"].lower() for m in after]
    # Said of them all anywhere ("Passwords are never stored in plain text") is not narrower.
    return bool(kinds) and all(
        k not in _ANY_DATA and k not in _ANY_PEOPLE and k not in words and k != "." for k in kinds
    )


# "Passwords of resort staff", "credentials for the readers": the kind after the items.
_ITEM_OF_KIND_RX = re.compile(
    r"\b(?P<item>passwords?|pins?|credentials|secrets|keys|tokens|accounts)\s+(?:of|for)\s+"
    r"(?:the\s+|our\s+)?(?P<kind>[A-Za-z][\w-]*)",
    re.I,
)


# "Patron PINs and passwords", "admin credentials": the kind before the items.
_ITEM_KIND_RX = re.compile(
    r"(?P<kind>\.|\b[A-Za-z][\w-]*)\s+(?:[\w-]+\s+(?:and|or)\s+)?(?P<item>passwords?|pins?|credentials|"
    r"secrets|keys|tokens|accounts)\b",
    re.I,
)


def _narrower_people(question: str, text: str) -> bool:
    """Whether a text speaks of one group ("office staff", "US employees", "employees who
    visit schools") where the question asks of everyone ("all employees", "including
    fingerprinting"), in a clause on what is asked."""
    if not _UNIVERSAL_RX.search(question):
        return False
    asked = _PEOPLE_KIND_RX.search(question)
    if asked is None or asked["kind"].lower() not in _ANY_PEOPLE:
        return False
    words = set(_WORD_RX.findall(question.lower()))
    done = specific_terms(question) - _POPULATION
    for part in _PART_RX.split(text):
        if not subject_terms(part) & done:
            continue
        if _SOME_PEOPLE_RX.search(part):
            return True
        for said in _PEOPLE_KIND_RX.finditer(part):
            kind = said["kind"].lower()
            if kind not in _ANY_PEOPLE and kind not in words:
                return True
    return False


def unmanaged_devices_too(question: str, text: str) -> bool:
    """Whether a text on the kind of device asked ("laptops") also tells of such devices that
    are people's own or not managed ("Company laptops are encrypted with BitLocker; the agents'
    laptops are their own and not managed"): what it says of the managed ones is not said of
    them all."""
    asked = _DEVICE_KIND_RX.search(question)
    if asked is None:
        return False
    kind = asked["kind"].lower()
    return any(
        _OWN_DEVICE_RX.search(part)
        and not _FORBIDDEN_RX.search(part)
        and kind in _device_kinds(part)
        for part in _SENTENCE_RX.split(text)
        for part in _PART_RX.split(part)
    )


def unmanaged_devices_elsewhere(
    question: str, choices: Sequence[str], texts: Iterable[str]
) -> bool:
    """Whether a question asks of a kind of device in general ("Are all laptops used by your
    support staff managed by your organisation?") and any of `texts` tells of such devices that
    are people's own or not managed ("Support agents ... work on their own laptops; Kelpford
    does not manage those laptops"): whatever another text says of the managed ones is not
    said of them all. Not where the question, or the buyer's own Yes ("Yes, we use full-disk
    encryption for our laptop fleet"), asks of the company's own devices."""
    if (
        not _DEVICE_KIND_RX.search(question)  # most questions name no device: the cheap test first
        or _COMPANY_DEVICE_ASK_RX.search(question)
        or any(_COMPANY_DEVICE_ASK_RX.search(c) for c in choices)
    ):
        return False
    return any(
        unmanaged_devices_too(question, part)
        for text in texts
        for part in _FULL_SENTENCE_RX.split(text)
        # customers', students' or users' own laptops are theirs, not the vendor's workforce's
        # (the whole sentence: "Customers install the agent on their own laptops; we do not
        # manage those laptops")
        if not _NOT_WORKFORCE_RX.match(part)
    )


_FULL_SENTENCE_RX = re.compile(r"(?<=[.!?])\s+")
# People who are not the vendor's workforce, as a sentence's subject ("Customers install the
# agent on their own laptops"; not "Support staff use their own laptops to help customers").
_NOT_WORKFORCE_RX = re.compile(
    r"\s*(?:our\s+|the\s+|some\s+|many\s+|most\s+)?(?:customers?|clients?|students?|pupils?|learners?|patients?|visitors?|guests?|"
    r"parents?|the\s+public|end[\s-]users?)(?:['’]s?)?\b"
    # "Customer success staff", "client services", "patient care teams" are the workforce
    r"(?!\s+(?:data|records|information|success|support|service|services|care|facing|experience)\b)",
    re.I,
)


def data_unsaid(question: str, text: str) -> bool:
    """Whether a question asks what is done with a kind of data ("Do you collect, process, or
    store demographic information?") and the text names none of that data: "these logs are
    not collected" says nothing of demographic information."""
    m = _DATA_ACT_ASK_RX.match(question)
    if m is None:
        return False
    what = specific_terms(m["what"]) - _GENERAL_TERMS
    return bool(what) and not what & subject_terms(text)


# "Do you collect, process, or store X?", "Does the app store or transmit X?": the data after
# the acts.
_DATA_ACT_ASK_RX = re.compile(
    r"\s*(?:do|does|will|can)\s+(?:you|your\s+[\w-]+|the\s+[\w-]+|it|they)\s+(?:ever\s+)?"
    r"(?:(?:collect|process|store|retain|hold|receive|transmit|handle)\s*(?:,\s*)?(?:or\s+|and\s+|/)?)+"
    r"(?P<what>[^?(]+)",
    re.I,
)


def other_plan_named(question: str, text: str) -> bool:
    """Whether a question asks of a plan, tier or edition by name ("available on the Essencial
    plan?") that the text does not name, while it says what it tells is on another by name
    ("available on Clinica Pro", "included in the Enterprise tier"): that one's, not the one
    asked."""
    asked = _PLAN_ASK_RX.search(question)
    if (
        asked is None
        or re.search(rf"\b{re.escape(asked['name'])}\b", text)
        or _ALL_PLANS_RX.search(text)
    ):
        return False
    return any(
        (m["name"] or m["tier"]).lower() != asked["name"].lower()
        for m in _PLAN_SAID_RX.finditer(text)
    )


# A plan asked by name: "on the Essencial plan", "in your Gold tier", "for Premium edition".
_PLAN_ASK_RX = re.compile(
    r"\b(?:on|in|for|under|with)\s+(?:the\s+|our\s+|your\s+)?(?P<name>(?-i:[A-Z][\w-]*)"
    r"(?:\s+(?-i:[A-Z][\w-]*))?)\s+(?:plans?|tiers?|editions?|packages?|subscriptions?)\b",
    re.I,
)
# What a text says is on a plan by name: "available on Clinica Pro", "included in the
# Enterprise tier" (not "available with SAML", "enabled in Okta", "on the admin console").
_PLAN_SAID_RX = re.compile(
    r"\b(?:available|offered|included|provided|enabled|supported|only)\s+(?:on\s+(?:the\s+)?"
    r"(?P<name>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?)(?!\s+(?:console|portal|app|site|"
    r"page|dashboard|settings)\b)|in\s+the\s+(?P<tier>(?-i:[A-Z][\w-]*))\s+(?:plan|tier|"
    r"edition|package))",
    re.I,
)
_ALL_PLANS_RX = re.compile(
    r"\b(?:all|every|each|any)\s+(?:of\s+(?:our|the)\s+)?(?:plans?|tiers?|editions?)\b", re.I
)


def other_device_kind(question: str, text: str, unnamed: bool = False) -> bool:
    """Whether a question asks of a kind of device ("the hard drives of servers?") and the
    text names other kinds only ("Company laptops are encrypted"); with `unnamed`, also where
    the question names none of the kinds ("disk encryption on virtual machines?")."""
    asked = _device_kinds(question)
    if not asked and not unnamed:
        return False
    said = _device_kinds(text)
    return bool(said) and not asked & said


def device_subset_only(question: str, text: str) -> bool:
    """Whether every sentence of a text on the kind of device asked tells of some of them only
    ("Laptops of the London team are encrypted", "Laptops used by finance ...", "ten
    laptops"): not said of them all."""
    asked = _DEVICE_KIND_RX.search(question)
    if asked is None:
        return False
    kind = asked["kind"].lower()
    on_it = [x for x in _SENTENCE_RX.split(text) if kind in _device_kinds(x)]
    return bool(on_it) and all(_DEVICE_SUBSET_RX.search(x) for x in on_it)


def asked_as_its_yes(question: str, choices: tuple[str, ...]) -> str:
    """The question as the buyer's own Yes choice restates it, where it asks of "X and other
    Y" and the Yes names X alone ("Do you fully encrypt the hard disks of laptops and other
    portable client devices?" and "Yes, we use full-disk encryption for our laptop fleet"):
    the claim the choice signs is of X. The question itself otherwise."""
    other = _OTHER_OF_KIND_RX.search(question)
    if other is None:
        return question
    example = _WORD_RX.findall(question[: other.start()].lower())[-1:]
    for choice in choices:
        words = choice.lower()
        if (
            words.startswith("yes")
            and example
            and _stem_in(example[0], words)
            and not _CLASS_WORDS_RX.search(words)
        ):
            return question[: other.start()] + question[other.end() :]
    return question


def _stem_in(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word.rstrip('s'))}", text) is not None


# "and other portable client devices", "and other devices": the class of the example before.
_OTHER_OF_KIND_RX = re.compile(
    r"\s+and\s+other\s+(?:[\w-]+\s+){0,3}?(?:devices|computers|endpoints|equipment)\b", re.I
)
_CLASS_WORDS_RX = re.compile(r"\b(?:devices?|computers?|endpoints?|equipment|phones?|tablets?)\b")


def _device_kinds(text: str) -> set[str]:
    """The kinds of device a text names, each by its stem ("laptops" → laptop)."""
    return {m.lower() for m in _DEVICE_KIND_RX.findall(text)}


# The kinds of device a question asks of, each by its stem ("remote desktop" is no device).
_DEVICE_KIND_RX = re.compile(
    r"\b(?<!remote\s)(?P<kind>laptop|workstation|desktop|notebook|tablet|phone|smartphone|"
    r"server)s?\b",
    re.I,
)
_DEVICE_WORDS = r"(?:laptop|workstation|desktop|notebook|tablet|phone|smartphone|server)s?"
# Some of the devices: "laptops of the London team", "laptops used by finance", "ten
# laptops", "only laptops that hold ..." (not "laptops issued to every employee").
_DEVICE_SUBSET_RX = re.compile(
    rf"\b{_DEVICE_WORDS}\s+(?:used|issued|of|in|at|that|which|belonging|assigned|given)\b"
    r"(?!\s+(?:to\s+|by\s+|in\s+|at\s+|for\s+)?(?:all|every|each|our|any)\b)|"
    rf"\b(?:some|most|many|several|few|\d+|ten|two|three|four|five)\s+(?:[\w-]+\s+)?{_DEVICE_WORDS}\b|"
    rf"\bonly\s+(?:[\w-]+\s+){{0,2}}{_DEVICE_WORDS}\b",
    re.I,
)
# Devices asked as the company's own: "company laptops", "corporate-issued", "managed devices".
_COMPANY_DEVICE_ASK_RX = re.compile(
    r"\b(?:company|corporate|firm|work|business)[\s-]*(?:owned|issued|provided)?\s+"
    rf"{_DEVICE_WORDS}|\b(?:managed|issued|company-owned|corporate-owned)\s+(?:\w+\s+)?"
    rf"{_DEVICE_WORDS}|\b{_DEVICE_WORDS}\s+(?:we|you)\s+(?:issue|provide|own|manage)\b|"
    rf"\b(?:our|your)\s+(?:own\s+)?(?:{_DEVICE_WORDS}|(?:laptop\s+|device\s+)?fleet)\b",
    re.I,
)


# Devices that are people's own or outside the vendor's management (not where such devices
# are forbidden, nor "each engineer is issued his own laptop").
_OWN_DEVICE_RX = re.compile(
    r"\b(?:use|uses|using|bring|brings|on|with|are|is)\s+(?:their|his|her)\s+own\b|"
    r"\bpersonal\b|\bprivately\s+owned\b|\bself-owned\b|\bunmanaged\b|"
    r"\bnot\s+(?:managed|enrolled|controlled)\b|\b(?:do|does)\s+not\s+(?:manage|control)\b|"
    r"\b(?:don|doesn)['’]t\s+(?:manage|control)\b|\boutside\s+(?:of\s+)?(?:our\s+)?"
    r"(?:mdm|intune|jamf|device\s+management)\b|\bbyod\b|\bbought\s+themselves\b|"
    r"\bhome\s+computers?\b",
    re.I,
)
_FORBIDDEN_RX = re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:laptop|device|computer|phone|tablet)s?\b|"
    r"\b(?:not\s+(?:allowed|permitted|used)|prohibited|forbidden|blocked|banned|cannot|"
    r"can['’]t|may\s+not|must\s+not|never)\b",
    re.I,
)


# "employees who visit schools", "staff with access to production": some of them.
_SOME_PEOPLE_RX = re.compile(
    r"\b(staff|employees|personnel|workers|contractors|engineers|users)\s+(who|that|with|in)\b",
    re.I,
)


# Who a sentence speaks of, by the word before it: "office staff", "all employees".
_PEOPLE_KIND_RX = re.compile(
    r"\b(?P<kind>[A-Za-z][\w'-]*)\s+(?:staff|employees|personnel|workers|workforce|"
    r"contractors|hires|engineers|users)\b",
    re.I,
)


_ANY_PEOPLE_TEXT = (
    "all every each any our the its their your of and or for by to company's permanent "
    "full-time fulltime regular existing current"
)


_ANY_PEOPLE = frozenset(_ANY_PEOPLE_TEXT.split())


def _narrower_data(question: str, text: str) -> bool:
    """Whether the data a text speaks of is one kind ("cardholder data", "billing records")
    where the question asks of data in general ("data", "all customer data", "sensitive
    data")."""
    asked = _DATA_KIND_RX.search(question)
    if asked is None or (asked["kind"] or "").lower() not in _ANY_DATA:
        return False
    words = set(_WORD_RX.findall(question.lower()))
    for sentence in _SENTENCE_RX.split(text):
        other = _OTHER_DATA_RX.search(sentence)
        if other is not None and other[1].lower().rstrip("s") not in {w.rstrip("s") for w in words}:
            # "Security logs are kept 6 months" says nothing of customer data.
            return True
        for said in _DATA_KIND_RX.finditer(sentence):
            if said[0].istitle() and " " in said[0].strip():
                continue  # a name ("Transparent Data Encryption"), not a kind of data
            kind = (said["kind"] or "").lower()
            return kind not in _ANY_DATA and kind not in words
    return False


# Records that are not the customer's data itself, as a sentence's subject.
_OTHER_DATA_RX = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(logs?|backups?|e-?mails?|recordings?|transcripts?|tickets?|telemetry|"
    r"audit\s+trails?)\b(?:\s+\w+){0,3}?\s+(?:is|are|were|was)\b",
    re.I,
)


# The data a sentence speaks of, by the word before it: "cardholder data", "all data".
_DATA_KIND_RX = re.compile(
    r"(?:\b(?P<kind>[A-Za-z][\w'-]*)\s+|^\s*)(?:data|records|information|files|documents)\b",
    re.I,
)


_ANY_DATA = frozenset(
    (
        "",
        "all",
        "any",
        "customer",
        "customers",
        "customer's",
        "customers'",
        "client",
        "clients",
        "sensitive",
        "confidential",
        "the",
        "our",
        "your",
        "their",
        "its",
        "institutional",
        "institution's",
        "production",
        "tenant",
        "user",
        "stored",
        "of",
        "is",
        "are",
        "that",
        "which",
        "and",
        "or",
        "such",
        "at",
        "in",
        "with",
    )
)


def _kind_of_data_said(question: str, said: frozenset[str]) -> bool:
    """Whether the kind of data a question names ("demographic information") is said."""
    asked = _HANDLED_KIND_RX.search(question)
    kind = asked["kind"].lower() if asked else ""
    return not kind or kind in _ANY_DATA or bool(subject_terms(kind) <= said)


# The kind of data right after the verbs of handling it: "collect, process, or store
# demographic information" (not "stored ... away from the primary data").
_HANDLED_KIND_RX = re.compile(
    r"\b(?:collect|process|stor|transmit|shar)\w*(?:\s*,?\s*(?:or|and)?\s*(?:collect|process|"
    r"stor|transmit|shar)\w*)*\s+(?:any\s+|all\s+|the\s+|your\s+)?(?P<kind>[a-z][\w'-]*)\s+"
    r"(?:data|information|records)\b",
    re.I,
)


# What is done with data, said of any data: the kind handled must be said as well.
_HANDLING_TEXT = (
    "collect collected process processed store stored transmit transmitted share shared"
)


_HANDLING = frozenset().union(*(subject_terms(w) for w in _HANDLING_TEXT.split()))


# What a denial is narrowed to: "related to security or privacy", "involving customer data".
_ABOUT_RX = re.compile(
    r"\b(related\s+to|relating\s+to|in\s+relation\s+to|involving|concerning|regarding|about)\s+"
    r"(?P<what>[\w-]+(\s+(or|and)\s+[\w-]+)?)",
    re.I,
)


# A named product or system: two or more capitalised words ("Lumen Insights").
_PRODUCT_NAME_RX = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][A-Za-z]+)+\b")


# The cases a normal process leaves out, each with its own procedure.
_SPECIAL_CASE = Cue(
    r"\b(emergency|emergencies|break[- ]?glass|hot[- ]?fix(es)?|out[- ]of[- ]hours|after[- ]hours|"
    r"urgent)\b",
    ("emergenc", "glass", "fix", "hours", "urgent"),
)


_UNIVERSAL_RX = re.compile(r"\b(all|every|each|always)\b", re.I)


# "every quarter", "each year": how often, not how much of something.
_EVERY_PERIOD_RX = re.compile(
    r"\b(every|each)\s+(\d+\s+|other\s+|two\s+|three\s+|six\s+)?(business\s+)?(day|week|month|"
    r"quarter|year|hour|minute|night|release|sprint)s?\b",
    re.I,
)


# Done only when the customer acts: "if the customer enables the Secure Vault option".
_CUSTOMER_ACT_RX = re.compile(
    r"\b(?:where|if|when|once)\b[^,;.]{0,60}?\b(?:enables?|turns\s+on|opts?\s+in|chooses|"
    r"selects|requests|purchases|subscribes|configures)\b",
    re.I,
)


# "by default only the attachments store is encrypted": a part of something, named after.
_ONLY_SOME_RX = re.compile(
    r"\bonly\s+(?:the|our|a|an|some|certain|selected|for|when|where|if|during)\s+([^,;.]+)", re.I
)


# A question about every one of something ("all data", "every employee"), not a list to
# follow ("all of the following: login, logout, ...").
_EVERY_RX = re.compile(
    r"\b(?:all|every|each)\s+(?!(?:of\s+)?(?:the\s+|these\s+)?following)(?:\w+\s+){0,2}?(\w+)",
    re.I,
)


def _every_general(question: str) -> bool:
    """Whether a question asks about every one of something named in general words ("all
    data", "all systems", "all customer data"), which a text must say of all of it."""
    m = _EVERY_RX.search(question)
    return m is not None and not subject_terms(m[1]) - _GENERAL_OBJECTS


# Things named in general words (data, information and systems are frame words already).
_GENERAL_OBJECTS = frozenset().union(
    *map(
        subject_terms,
        [
            "servers",
            "applications",
            "assets",
            "devices",
            "environments",
            "networks",
            "records",
            "components",
            "platforms",
            "services",
            "endpoints",
            "databases",
        ],
    )
)


_PROGRAM_NOUN_RX = re.compile(
    r"\b(program|programme|plan|procedure|process|standard|framework|policy)(s|me|mes)?\b", re.I
)


# A policy asked for is a document of its own (a programme or plan is stated by what is done).
_DOC_NOUN_RX = re.compile(r"\b(polic)(y|ies)\b", re.I)


# What the customer chooses ("stored in the region the customer chooses, Canada or US") is
# true of one choice, not of every customer: judged over the whole sentence.
_CHOICE_RX = Cue(
    r"\bcustomers?\s+(chooses|choose|selects?|picks?|elects?)\b|\bchosen\s+by\s+the\s+customer\b|"
    r"\bof\s+(their|the\s+customer'?s)\s+choice\b|\bcustomer[- ]selected\b",
    ("choose", "chosen", "select", "pick", "elect", "choice"),
)


# A sentence ends at ";" or ".", not after an abbreviation ("e.g. the", "Acme Ltd. is") nor at
# "No." before a number ("Certificate No. 1"); "iPads are not encrypted" starts one.
_SENTENCE_RX = re.compile(
    r"(?<=;)\s+|(?<=\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bInc\.)(?<!\bLtd\.)(?<!\bCo\.)"
    r"(?<!\bvs\.)(?<!\bapprox\.)(?!(?<=\b[Nn][or]\.)\s*\d)\s+"
)


# "No. 1", "Nr 5": the abbreviation of "number", which denies nothing.
_NUMBER_ABBREV_RX = re.compile(r"\b(?:No|no|Nr|nr)\.\s?(?=\d)|(?<=[a-z] )No\s(?=\d)")


def _numbers_spelled(text: str) -> str:
    """`text` with "No. 1" read as "number 1" ("Judicial Record Certificate No. 1")."""
    return (
        _NUMBER_ABBREV_RX.sub("number ", text)
        if ("o." in text or "No " in text or "r." in text)
        else text
    )


# A question about what can be done ("Can users enable MFA?", "Does the app support SSO?").
_CAPABILITY_RX = re.compile(
    r"^\s*(can|could)\b|\b(support|supports|allow|allows|offer|offers|option|options|able\s+to|"
    r"configurable|capab\w+|available)\b|"
    # What the product has ("Does your solution have AI features?"): an optional one counts.
    r"\bha(ve|s)\b[^?]{0,30}\b(features?|functionality|functions?)\b",
    re.I,
)


@lru_cache(maxsize=1 << 12)
def _without_plans(question: str) -> str:
    """The question without a plan alternative: "Do you have AI features, or are there plans
    to add them?" is a Yes when the features are stated (never a No: a plan may exist)."""
    return _PLAN_RX.sub("", question) if "plan" in question.lower() else question


_PLAN_RX = re.compile(
    r",?\s+or\s+(are|is|do|does)\s+(there|you|your\s+\w+)\s+(have\s+)?(any\s+)?"
    r"plan(s|ning)?\s+to\b[^?]*",
    re.I,
)


def _whole_population(question: str, text: str) -> str:
    """The question without the relative clause that picks part of a population, where the
    text states it of that whole population: "all employees" states it of "personnel who are
    entrusted with sensitive data" (not of "users who ...": another population)."""
    if "all" not in text.lower() and "every" not in text.lower() and "each" not in text.lower():
        return question
    everyone = {subject_terms(m[3]) for m in _ALL_OF_RX.finditer(text)}
    return _SUBSET_RX.sub(
        lambda m: f"for {m[1]}" if subject_terms(m[1]) in everyone else m[0], question
    )


_PEOPLE = r"(employees?|personnel|staff|workforce|workers?|users?|contractors?|individuals?)"


# "all employees", "every member of staff": the whole of a population asked.
_ALL_PEOPLE_ASK_RX = re.compile(
    r"\b(all|every|each)\s+(?:of\s+(?:your|the|our)\s+)?(?:\w+\s+)?(?P<who>"
    + _PEOPLE[1:-1]
    + r")\b",
    re.I,
)


def others_left_out(question: str, controls: Sequence[Control]) -> Control | None:
    """The control that says the act a question asks of all of a people is not done to some of
    them ("Do you background check all employees before their first day?" and "...; other
    employees there are not background checked"): a No to "all"."""
    asked = _ALL_PEOPLE_ASK_RX.search(question)
    said = " ".join(c.description for c in controls)
    if asked is None or (" not " not in said and " no " not in said):
        return None
    if _NARROWED_AFTER_RX.match(question, asked.end()):
        # "all employees who work with AI": some of them, whom the others left out may not be.
        return None
    who = _people_kind(asked["who"])
    wanted = subject_terms(question)
    for control in controls:
        for m in _OTHERS_NOT_RX.finditer(control.description):
            if _people_kind(m["who"]) != who:
                continue
            if m["act"] and subject_terms(m["act"]) & wanted:
                return control
            # "Other staff have no privacy training" says nothing of security training.
            if m["thing"] and subject_terms(m["thing"]) <= wanted:
                return control
    return None


def _people_kind(word: str) -> str:
    """A people word by its kind: "staff" and "employees" are one, "contractors" another."""
    key = word.lower()[:4]
    return _OWN_PEOPLE.get(key, key)


_NARROWED_AFTER_RX = re.compile(
    r"\s+(?:who|that|which|with|in|on|at|working|assigned|involved|handling|using)\b", re.I
)
# A company's own people by other names: "other staff have no privacy training" of "all
# employees".
_OWN_PEOPLE = {"staf": "empl"}


# "other employees are not checked", "the remaining staff have not been trained", "seasonal
# workers there are not background checked", "other staff have no privacy training".
_OTHERS_NOT_RX = re.compile(
    r"\b(?:other|all\s+other|the\s+other|remaining|the\s+remaining|some|non-[\w-]+|part-time|"
    r"seasonal|temporary)\s+(?:[\w-]+\s+){0,2}?(?P<who>"
    + _PEOPLE[1:-1]
    + r")\s+(?:[\w-]+\s+){0,3}?(?:(?:are|were|is|was|have|has)\s+not\s+(?:been\s+|yet\s+)?"
    r"(?:[\w-]+\s+)?(?P<act>[a-z]+ed)\b|"
    # "other staff have no privacy training", "the remaining employees receive no induction".
    r"(?:have|has|receive|get|take|do)\s+no\s+(?P<thing>(?:[\w-]+\s+){0,2}[\w-]+))",
    re.I,
)


# People named with the word before them: "Permanent employees", "seasonal support staff".
_QUALIFIED_PEOPLE_RX = re.compile(r"\b(?P<how>[A-Za-z-]+)\s+(?P<who>" + _PEOPLE[1:-1] + r")\b")


_NOT_A_QUALIFIER = frozenset(
    {"all", "every", "each", "our", "the", "its", "their", "your", "any", "of", "and", "for", "to"}
)


def workforce_thing_unsaid(question: str, text: str) -> bool:
    """Whether a question asks a thing of the vendor's own people ("employee passwords",
    "workforce accounts", "staff laptops") and the text says it of a product's or customers'
    users instead ("Passwords must be at least 12 characters in Drongo Ledger") without naming
    the workforce at all."""
    if _WORKFORCE_THING_ASK_RX.search(question) is None or _WORKFORCE_RX.search(text):
        return False
    return bool(
        _USERS_SAID_RX.search(text)
        or (_CAPITAL_AFTER_FIRST_RX.search(text) and not _WORKFORCE_TOOL_RX.search(text))
    )


# A thing of the workforce asked: "employee passwords", "workforce accounts", "staff MFA".
_WORKFORCE_THING_ASK_RX = re.compile(
    r"\b(?:employees?|workforce|staff|personnel|corporate|internal|workers?)(?:['’]s?)?\s+"
    r"(?:user\s+)?(?:passwords?|accounts?|credentials?|logins?|identities|sign-?ins?)\b",
    re.I,
)
_WORKFORCE_RX = re.compile(
    r"\b(?:employees?|workforce|staff|personnel|colleagues?|corporate|internal|workers?|"
    r"engineers?|developers?|administrators?|admins?|our\s+people|team\s+members?|everyone\s+"
    r"(?:who\s+works|at)|contractors?)\b",
    re.I,
)
_USERS_SAID_RX = re.compile(
    r"\b(?:customers?|clients?|end[- ]users?|members?|tenants?|patients?|students?|"
    r"subscribers?|users?\s+of)\b",
    re.I,
)
# The tools that hold the workforce's own sign-in: "managed in Okta", "Entra ID".
_WORKFORCE_TOOL_RX = re.compile(
    r"\b(?:okta|entra|azure|google|microsoft|intune|active\s+directory|jumpcloud|onelogin|ping|"
    r"1password|bitwarden|lastpass|keeper|vault|workspace|m365|office\s+365)\b",
    re.I,
)
# A capitalised name after a sentence's first word: a product ("in Drongo Ledger").
_CAPITAL_AFTER_FIRST_RX = re.compile(r"(?<!^)(?<![.;:]\s)\b(?:in|for|on|of)\s+[A-Z][\w-]+")


def of_some_people(question: str, text: str) -> bool:
    """Whether `text` says of part of the people a question asks about as a whole: "all
    employees" asked, "Permanent employees complete training ...; seasonal support staff are
    given a leaflet instead" said: a word before them narrows them, and others are named."""
    asked = _ALL_PEOPLE_ASK_RX.search(question) or _UMBRELLA_ASK_RX.search(question)
    if asked is None:
        return False
    who = asked["who"].lower()[:4]
    others_own = _THEIR_OWN_PEOPLE_RX.search(text) and not _ALL_UMBRELLA_RX.search(text)
    if who in _UMBRELLA and (_less_for_another_group(text) or others_own):
        # "Red Fork and Pasig screen their own staff": those people's checks are not the
        # vendor's, so not all its personnel are checked by it.
        return True
    if asked.re is _UMBRELLA_ASK_RX:
        return False
    named = [(m["how"].lower(), m["who"].lower()) for m in _QUALIFIED_PEOPLE_RX.finditer(text)]
    same = [how for how, people in named if people[:4] == who]
    if any(how in ("all", "every", "each") for how in same):
        return False  # "mandatory for every user of Bond and CaskLedger" says it of all
    narrowed = [how for how in same if how not in _NOT_A_QUALIFIER and how not in question.lower()]
    # "our staff" and "the staff" are no other group than "new staff".
    return bool(narrowed) and len({how for how, _ in named if how not in _NOT_A_QUALIFIER}) > 1


# The whole workforce as the object of an ask, with no word narrowing it: "checks for
# personnel who are entrusted with ...", "training to staff".
_UMBRELLA_ASK_RX = re.compile(
    r"\b(for|to|of|on|check|checks|screen|vet|train|trains)\s+(your\s+|the\s+|our\s+)?"
    r"(?P<who>personnel|staff|workforce)\b"
    # the people themselves, not a thing of theirs ("on staff laptops")
    r"(?=\s*(?:[?,.;]|$|\s(?:who|that|with|in|at|of|on|for|and|or|members?)\b))",
    re.I,
)


# The vendor's own whole workforce said: "all personnel", "every member of staff".
_ALL_UMBRELLA_RX = re.compile(
    r"\b(all|every|each)\s+(?:of\s+(?:our|the)\s+)?(?:member\s+of\s+)?(personnel|staff|workforce|workers)\b",
    re.I,
)


# Other organisations doing for their own people what the vendor does for its own.
_THEIR_OWN_PEOPLE_RX = re.compile(
    r"\btheir\s+own\s+(staff|employees|people|personnel|workers|agents|developers|"
    r"contractors)\b",
    re.I,
)


# The words for everyone who works for the vendor, of whom employees and agents are parts.
_UMBRELLA = frozenset({"staf", "pers", "work", "indi"})


def _less_for_another_group(text: str) -> bool:
    """Whether `text` tells a practice of one group of people and less of another ("annual for
    employees; call-centre agents receive it only at onboarding"), never of the whole."""
    parts = [p for p in _GROUP_PART_RX.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    told = [(_groups_in(p), bool(_LESS_RX.search(p)), bool(_ALL_OF_RX.search(p))) for p in parts]
    full = {g for groups, less, _ in told if not less for g in groups}
    lesser = {g for groups, less, _ in told if less for g in groups}
    whole = any(every and not less for _, less, every in told)
    return bool(full and lesser - full) and not whole


def _groups_in(part: str) -> frozenset[str]:
    """The groups of people a part names, each with the word before it that tells it apart:
    "call-centre agents" → {"centre agent"}, "for employees" → {"employee"}."""
    return frozenset(
        " ".join(w for w in (m["how"], m["who"].rstrip("s")) if w and w not in _NOT_A_QUALIFIER)
        for m in _GROUP_RX.finditer(part.lower().replace("-", " "))
    )


_GROUP_RX = re.compile(
    r"(?:\b(?P<how>[a-z]+)\s+)?\b(?P<who>employees?|staff|personnel|contractors?|agents?|"
    r"interns?|temps?|volunteers?|consultants?|freelancers?|subcontractors?|developers?|"
    r"engineers?|administrators?|admins?|drivers?|technicians?|operators?|clinicians?|nurses?|"
    r"guards?|cleaners?|apprentices?|trainees?|hires?|joiners?|workers?|managers?|"
    r"executives?|crews?|[a-z]{3,}(?:ers|ors|ists|ants|ents|ees|ums|ians))\b"
)


# Less of a practice: "only at onboarding", "are not", "instead", "exempt".
_LESS_RX = re.compile(
    r"\b(only|not|never|no|instead|exempt\w*|except\w*|exclud\w*|less|fewer)\b|n't\b|"
    # "Contractors complete it once, at onboarding" (not "once a year", a frequency)
    r"\bonce\b(?!\s+(a|an|every|per|each|in)\b)",
    re.I,
)


# Where a text turns from one group to another: a sentence, a semicolon, "but", "whereas".
_GROUP_PART_RX = re.compile(r"[;.]\s+|,?\s+(?:but|whereas|while)\s+", re.I)


# A whole population in a text: "all employees", "every user", "all staff and contractors".
_ALL_OF_RX = re.compile(r"\b(all|every|each)\s+(\w+\s+)?" + _PEOPLE + r"\b", re.I)


# A part of that population in a question: "personnel who are entrusted with ...".
# Only the object of the question ("checks *for* personnel who ..."), never its subject ("Do
# users with admin rights use MFA?": the clause is not all that follows).
_SUBSET_RX = re.compile(
    r"\b(?:for|to|of|on|among|by)\s+(?:all\s+|any\s+)?" + _PEOPLE + r"\s+(who|that|with)\b[^?,;]*",
    re.I,
)


# A part that opens with its verb, its subject said before it: "The four contract developers in
# Recife, Brazil, are not background checked", "Laptops are encrypted and are wiped if lost".
# A part denying something of "it", bare: "it has not been tested yet", "it is never exercised"
# (not "it has not been tested in a live incident", narrower; "they" may be any plural before).
_PRONOUN_DENIED_RX = re.compile(
    r"\s*it\s+(?:(?:is|was|has|had|does|did)\s+(?:not|never)|(?:is|has|was|does)n['’]t)\s+"
    r"(?:yet\s+|ever\s+)?(?:been\s+|be\s+)?[a-z]+(?:ed|en)\s*(?:yet|so\s+far|to\s+date|since)?"
    r"\s*[.;,]?\s*$",
    re.I,
)
_RELATIVE_RX = re.compile(r"\b(which|who|whose|that|where)\b", re.I)
# "they take no security training", "they are not background checked", "they never ...".
_THEY_DENY_RX = re.compile(
    r"\s*they\s+(?:(?:do|did|are|were|have|had|will|can)\s*(?:not\b|n['’]t\b)|never\b|"
    r"(?:take|receive|get|have|sign|attend|complete)\s+no\b)",
    re.I,
)
_VERB_FIRST_RX = re.compile(
    r"\s*(is|are|was|were|has|have|had|do|does|did|can|cannot|can't|will|won't|must|may|"
    r"should|shall)\b",
    re.I,
)


_HAS_VERB_RX = re.compile(_VERB_FIRST_RX.pattern.replace(r"\s*(", r"\b("), re.I)


def _subject_only(part: str) -> bool:
    """Whether a part is a short run of words with no verb of its own ("The four contract
    developers in Recife", "Brazil"), as a subject cut off from its verb is."""
    return len(part.split()) <= 7 and not _HAS_VERB_RX.search(part)


def _with_subjects(text: str) -> list[str]:
    """The parts of `text` (split as _PART_RX does), a part that opens with its verb joined to
    the verbless parts just before it (its subject: "The four contract developers in Recife",
    "Brazil"), and a part that denies, bare, something of "it" to the part before it (or,
    opening a sentence, to the sentence before, which stay parts too), so that it carries the
    people or things it is said of."""
    parts: list[str] = []
    before: list[str] = []  # the parts of the sentence before
    for sentence in _SENTENCE_RX.split(text):
        ours: list[str] = []
        for part in _PART_RX.split(sentence):
            if (
                _PRONOUN_DENIED_RX.match(part)
                and (ours or before)
                # "... the payroll system, which moved in June; it has not been tested": the
                # "it" may be the nearer thing.
                and not _RELATIVE_RX.search(" ".join(ours[-1:] or before))
            ):
                # "We wrote a recovery plan covering Rota and Pocket; it has not been tested":
                # the pronoun is the thing the clause before names (which stays a part).
                part = ", ".join((*(ours[-1:] or before), part))
            elif ours and _VERB_FIRST_RX.match(part) and _subject_only(ours[-1]):
                subject = [ours.pop()]
                while ours and _subject_only(ours[-1]):
                    subject.insert(0, ours.pop())
                part = ", ".join((*subject, part))
            elif (
                ours
                and _VERB_FIRST_RX.match(part)
                and _HAS_VERB_RX.search(ours[-1])
                and subject_terms(ours[-1]) & (_SUBJECT_CLASSES | _GROUP_NOUN_TERMS)
            ):
                # "Our two developers in Poland are contractors and are not background checked":
                # the second verb is said of the people the first part names.
                part = f"{ours.pop()}, {part}"
            elif _THEY_DENY_RX.match(part):
                # "Temps at the depot receive only a site induction; they take no security
                # training": "they" are the people a part before names.
                named = [
                    p
                    for p in (*before, *ours)
                    if subject_terms(" ".join(p.split()[:4])) & _GROUP_NOUN_TERMS
                ]
                part = f"{named[-1]}, {part}" if named else part
            ours.append(part)
        parts.extend(ours)
        before = ours
    return parts


_ONLY_WHAT_RX = re.compile(r"\bonly\s+(?P<what>[^?]{3,80})", re.I)


_ONLY_WORD_RX = re.compile(r"\bonly\b", re.I)


_ITSELF_RX = re.compile(
    r"\b(itself|themselves|on\s+its\s+own|by\s+itself)\b[^.;]{0,40}\b(no|not|never)\b|"
    r"\b(no|not|never)\b[^.;]{0,40}\b(itself|themselves|on\s+its\s+own|by\s+itself)\b",
    re.I,
)


# Terms that scope a practice: another Trust Services category than the practice they
# qualify, or a kind of asset (a device or component class) the practice is asked of.
_ASSET_TEXT = (
    "firewall router switch laptop laptops workstation workstations desktop desktops endpoint "
    "endpoints mobile smartphone smartphones tablet tablets database databases email wireless "
    "wifi vpn api apis container containers kubernetes printer printers usb removable dns "
    "external externally internal internally critical high medium moderate low aws azure gcp "
    "single dual"
)


_SCOPE_MARKERS = frozenset(
    {"privacy", "inhouse", "outsourc"} | {_term(w) for w in _ASSET_TEXT.split()}
)


# Who or what a statement is about: people, environments, and the scopes above.
_SUBJECTS_TEXT = (
    "employee contractor contractors user users intern interns consultant consultants visitor "
    "visitors guest guests partner partners staging sandbox development preproduction uat"
)


# People a practice may be said of, group by group.
_GROUP_NOUN_TERMS = frozenset(
    subject_terms(
        "agents agent staff employees contractors radiologists reviewers developers engineers "
        "technicians operators interns drivers doctors nurses clinicians officers partners "
        "freelancers consultants volunteers teachers students pickers couriers cashiers tellers "
        "physicians pharmacists guards installers inspectors analysts accountants brokers "
        "adjusters dispatchers pilots crew riders caregivers therapists interpreters trainees "
        "testers designers architects auditors recruiters researchers planners managers "
        "supervisors clerks cleaners porters carers coaches tutors instructors lawyers "
        "paralegals surveyors electricians mechanics labourers laborers growers temps"
    )
)


_SUBJECT_CLASSES = _SCOPE_MARKERS | {_term(w) for w in _SUBJECTS_TEXT.split()}


# Who a practice is done by or for (not what is done): "new hires", "all personnel".
_POPULATION_TEXT = (
    "employee employees staff personnel workforce worker workers hire hires hired new starter "
    "starters joiner joiners "
    "contractor contractors member members individual individuals people person everyone"
)


_POPULATION = frozenset(_term(w) for w in _POPULATION_TEXT.split())


_PART_RX = re.compile(r"[;,.]\s|\sand\s|\sbut\s", re.I)


def _only_the_others(question: str, text: str, loose: bool = False) -> bool:
    """Whether a question asks of the people who have not done something ("shoppers who have
    not opted in", "who never enrolled") what the text does only for those who have ("sends
    marketing texts only to shoppers who have opted in"): ruled out for them. The same act on
    the same thing, the same verb with the same particle ("opted in" is not "opted out"), and
    no word of the rest ("all other sessions are logged")."""
    asked = _NOT_DONE_ASK_RX.search(question)
    if asked is None:
        return False
    stem, particle = verb_stem(asked["verb"]), _particle(question, asked.end("verb"))
    who = short_terms(asked["who"])
    act = specific_terms(question[: asked.start()]) - subject_terms(asked["who"])
    if _REST_TOO_RX.search(text):
        return False
    for sentence in _SENTENCE_RX.split(text):
        for m in _ONLY_DONE_RX.finditer(sentence):
            if (
                verb_stem(m["verb"]) == stem
                # (loose: "opted in" kept from "not opted out", which it neither states nor
                # rules out)
                and (loose or _particle(sentence, m.end("verb")) == particle)
                and who & short_terms(m["who"])
                and act
                # all the act's words said before it, one (a verb's other form) aside
                and len(act - subject_terms(sentence[: m.start()])) <= (len(act) > 2)
            ):
                return True
    return False


def _particle(text: str, at: int) -> str:
    m = _PARTICLE_RX.match(text, at)
    return m[1].lower() if m else ""


# A verb's particle ("opted in", "opted out"), not a preposition with its object ("subscribed
# in their profile").
_PARTICLE_RX = re.compile(
    r"\s+(in|out|up|off|on|down)\b(?!\s+(the|their|a|an|our|your|its|his|her|this|that)\b)",
    re.I,
)
# The rest said of too: "all other sessions", "everyone else".
_REST_TOO_RX = re.compile(r"\b(all|every|any)\s+other\b|\beveryone\s+else\b", re.I)


# "shoppers who have not opted in", "users that never enrolled".
_NOT_DONE_ASK_RX = re.compile(
    r"\b(?P<who>[a-z][\w'-]*)\s+(?:who|that)\s+(?:have\s+|has\s+|had\s+|do\s+|does\s+|did\s+)?"
    r"(?:not|never)\s+(?:yet\s+)?(?P<verb>[a-z]{3,})",
    re.I,
)
# "only to shoppers who have opted in", "only for users who enrol".
_ONLY_DONE_RX = re.compile(
    r"\bonly\s+(?:to|for|with|on|from|by)?\s*(?:the\s+)?(?P<who>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    r"(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?P<verb>[a-z]{3,})",
    re.I,
)
