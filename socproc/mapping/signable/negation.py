"""Negative words and what they deny: a denial bound to its own clause, pronouns that deny, terms a text negates."""

from __future__ import annotations

import re
from functools import lru_cache

from socproc.mapping.places import named_places, place_names
from socproc.mapping.signable.narrower import _PART_RX, _SENTENCE_RX
from socproc.mapping.signable.subjects import (
    _ENCRYPTING,
    _GENERAL_TERMS,
    _NOT_TERMS,
    _folded_terms,
    _term,
    specific_terms,
    subject_terms,
)
from socproc.mapping.signable.vocab import (
    _SEPARATORS,
    _WORD_RX,
    STATED_SHARE,
    Cue,
    days_in,
    plain_numbers,
)

_COUNTRY_TEXT = (
    "United States|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|United Kingdom|Ireland|"
    "Germany|France|Netherlands|Belgium|Luxembourg|Switzerland|Austria|Italy|Spain|Portugal|"
    "Sweden|Norway|Denmark|Finland|Iceland|Poland|Czech Republic|Czechia|Slovakia|Hungary|"
    "Romania|Bulgaria|Greece|Croatia|Slovenia|Estonia|Latvia|Lithuania|Israel|Turkey|"
    "United Arab Emirates|Saudi Arabia|Qatar|Bahrain|Kuwait|Oman|Egypt|South Africa|Nigeria|"
    "Kenya|Morocco|India|Pakistan|Bangladesh|Sri Lanka|Singapore|Malaysia|Indonesia|"
    "Philippines|Thailand|Vietnam|China|Hong Kong|Taiwan|Japan|South Korea|Australia|"
    "New Zealand|Ukraine|Serbia|Costa Rica|Uruguay|"
    # The rest, so that a place question about any of them is one (not "Georgia", "Jordan" or
    # "Chad": as often a US state or a name).
    "Afghanistan|Albania|Algeria|Andorra|Angola|Armenia|Azerbaijan|Bahamas|Barbados|Belarus|"
    "Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brunei|Burkina Faso|Burundi|"
    "Cambodia|Cameroon|Cape Verde|Cyprus|Democratic Republic of the Congo|Dominican Republic|"
    "Ecuador|El Salvador|Eritrea|Eswatini|Ethiopia|Fiji|Gabon|Gambia|Ghana|Guatemala|Guyana|"
    "Haiti|Honduras|Iran|Iraq|Ivory Coast|Jamaica|Kazakhstan|Kosovo|Kyrgyzstan|Laos|Lebanon|"
    "Lesotho|Liberia|Libya|Liechtenstein|Madagascar|Malawi|Maldives|Malta|Mauritania|Mauritius|"
    "Moldova|Monaco|Mongolia|Montenegro|Mozambique|Myanmar|Namibia|Nepal|Nicaragua|"
    "North Macedonia|Panama|Papua New Guinea|Paraguay|Puerto Rico|Russia|Rwanda|Senegal|"
    "Sierra Leone|Somalia|South Sudan|Sudan|Suriname|Syria|Tajikistan|Tanzania|Trinidad and Tobago|"
    "Tunisia|Turkmenistan|Uganda|Uzbekistan|Venezuela|Yemen|Zambia|Zimbabwe"
)


# Abbreviations spelled out; "US" and "UK" only in capitals ("us" is a pronoun).
_COUNTRY_NAMES = {
    "USA": "United States",
    "U.S.": "United States",
    "US": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Türkiye": "Turkey",
}


_CANONICAL = {name.casefold(): name for name in _COUNTRY_TEXT.split("|")}


def _country(matched: str) -> str:
    """A country as _COUNTRY_RX found it, by its full name ("USA", "canada" → "Canada")."""
    return _COUNTRY_NAMES.get(matched) or _CANONICAL[matched.casefold()]


_COUNTRY_RX = re.compile(
    r"\b(?i:" + _COUNTRY_TEXT + r")\b|\b(USA|US|UK|Türkiye)\b|\bU\.[SK]\.",
)


def only_denies(text: str) -> bool:
    """Whether every part of `text` denies ("We do not use large language models or
    generative AI in any product"): it tells what is not done and describes nothing done."""
    parts = [x for x in _PART_RX.split(text) if x.strip()]
    return bool(parts) and all(_DENIAL_RX.search(x) for x in parts)


def countries_in(text: str) -> frozenset[str]:
    """The countries a text names, by their full names ("UK" → "United Kingdom")."""
    return frozenset(_country(m[0]) for m in _COUNTRY_RX.finditer(text))


_KEPT_TERMS = frozenset({"stor", "store", "stored", "kept", "keep", "host", "hosted", "region"})


_FULL_STOP_RX = re.compile(r"(?<=\.)\s+")


@lru_cache(maxsize=1 << 14)
def in_digits(text: str) -> str:
    """A text with the number words before a unit as digits ("one hour" → "1 hour") and
    thousands written without their separators ("1,095 days" → "1095 days")."""
    text = plain_numbers(text)
    if _NUMBER_WORD_RX.search(text):
        text = _NUMBER_WORD_RX.sub(lambda m: str(_NUMBER_WORDS[m[1].lower()]) + m[2], text)
    if _COUNT_WORD_RX.search(text):
        # "after five or fewer failed attempts", "lock after six failed attempts": a count of
        # anything ("one" only before a unit: "one of", "no one").
        text = _COUNT_WORD_RX.sub(_count_in_digits, text)
    return text


def _count_in_digits(m: re.Match[str]) -> str:
    """A count word as digits, unless it is part of a longer number ("ninety nine point nine",
    "two hundred") or of a compound ("two factor", "three way")."""
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    after = m.string[m.end() : m.end() + 12].split()
    near = {w.lower().strip(",.;:") for w in (before[-1:] + after[:1])}
    if near & _NUMBER_NEIGHBOURS:
        return m[0]
    return str(_NUMBER_WORDS[m[1].lower()])


_NUMBER_TEXT = (
    "one two three four five six seven eight nine|ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen|twenty thirty forty fifty sixty seventy eighty ninety"
)


_UNITS_WORDS, _TEENS_WORDS, _TENS_WORDS = (part.split() for part in _NUMBER_TEXT.split("|"))


_NUMBER_WORDS = {
    **{w: i + 1 for i, w in enumerate(_UNITS_WORDS)},
    **{w: i + 10 for i, w in enumerate(_TEENS_WORDS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS_WORDS)},
    **{
        f"{t}-{u}": (i + 2) * 10 + j + 1
        for i, t in enumerate(_TENS_WORDS)
        for j, u in enumerate(_UNITS_WORDS)
    },
}


# "thirty-five days", never the "five days" inside it.
# Words beside a count word that make it part of something else.
_NUMBER_NEIGHBOURS = frozenset(
    {
        *_UNITS_WORDS,
        *_TEENS_WORDS,
        *_TENS_WORDS,
        "point",
        "hundred",
        "thousand",
        "million",
        "billion",
        "and",
        "factor",
        "step",
        "way",
        "person",
        "fold",
        "tier",
        "phase",
        "eyes",
    }
)


_COUNT_WORD_RX = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted((w for w in _NUMBER_WORDS if w != "one"), key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)


_NUMBER_WORD_RX = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(\s+(?:business\s+|"
    r"working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|characters?)\b)",
    re.I,
)


# Kinds of data a denial of reaching the systems is read for.
_DATA_KINDS = frozenset({"card", "phi", "pan", "ssn", "biometr", "passport"})


# A condition that undoes the default: "if they opt out", "if it is turned off".
_UNDONE_CONDITION_RX = re.compile(
    r"\b(if|when|once|after)\s+(they|it|the\s+\w+|customers?|merchants?|users?|clients?)\s+"
    r"(have\s+|has\s+|is\s+|are\s+)?(opt(s|ed)?\s+out|disabled?|turn(s|ed)?\s+(it\s+)?off|"
    r"switch(es|ed)?\s+(it\s+)?off|withdr[ae]w\w*|declined?)\b",
    re.I,
)


# Plans asked of by what they are not: "on other plans", "on the lower tiers", "non-Enterprise".
_OTHER_PLANS_ASK_RX = re.compile(
    r"\b(other|lower|remaining|smaller|cheaper|non-[\w-]+)\s+(plans?|tiers?|editions?|subscriptions?)\b",
    re.I,
)


def _other_places_named(question: str, text: str) -> bool:
    """Whether the text names other places of the kind a question asks of and not it ("Are
    therapists licensed in Colorado?" and "licensed in California, Texas, New York, Florida
    and Illinois"): a list without the place asked does not state it; or says where what is
    asked is, somewhere else ("Is your DR environment in Oslo?" and "... the disaster recovery
    environment runs at Fjellnett in Stavanger")."""
    asked = place_names(question)
    named = place_names(text)
    if asked and named and not asked & named:
        return True
    where = _ASKED_PLACE_RX.search(question)
    if not asked and where is None:
        return False
    # The place as the question writes it, where the table knows no name in it ("in Azure
    # Norway East").
    literal = where[1].strip().casefold() if where is not None else ""

    def names_it(part: str) -> bool:
        # As a whole word: "Kenyan customer data" does not name Kenya.
        said = bool(literal) and re.search(rf"\b{re.escape(literal)}\b", part, re.I) is not None
        return bool(asked & place_names(part)) or said

    subject = specific_terms(question) - subject_terms(" ".join(asked) or literal) - _KEPT_TERMS
    if not subject:
        return False
    copies = subject & _COPY_TERMS
    located = [
        p
        for p in _PLACE_CLAUSE_RX.split(text)
        # A copy asked ("backed up in Seoul?") is where its clause says; else the clause
        # that says most of what is asked. Each names somewhere ("in KR-2 (Chuncheon)", a
        # place the table may not know).
        if (
            copies & subject_terms(p)
            if copies
            else len(subject & subject_terms(p)) >= max(1, STATED_SHARE * len(subject))
        )
        and _IN_A_PLACE_RX.search(p)
    ]
    return bool(located) and not any(map(names_it, located))


# The place a question ends on: "Are backups kept in Azure Norway East?".
_ASKED_PLACE_RX = re.compile(r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w-]*\s*){1,4})\??\s*$")


_IN_A_PLACE_RX = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?[A-Z][\w-]")


# Copies of the data kept in a place of their own.
_COPY_TERMS = frozenset(map(_term, ("backup", "backups", "replica", "archive", "disaster", "drp")))


# Clauses a place is said in: sentences, and "..., and the disaster recovery environment ...".
_PLACE_CLAUSE_RX = re.compile(
    r"(?<=[.;])\s+|\s+and\s+(?=the\s)|"
    r",?\s+(?:with|and)\s+(?=(?:its\s+|their\s+)?(?:backups?|backed\s+up)\b)"
)


def _kept_only_inside(question: str, text: str) -> bool:
    """Whether what a question asks to be kept "anywhere outside" a thing is kept only in it
    ("Are card numbers stored anywhere outside the card vault?" and "Card numbers are ...
    stored only in the card vault"): a truthful No."""
    m = _OUTSIDE_THING_RX.search(question)
    set_apart = (m["thing"] or m["lead"]) if m is not None else ""
    if m is None or _places(set_apart) or named_places(set_apart):
        return False  # a place is `_only_within`'s, which reads every place named
    thing = subject_terms(set_apart)
    if not thing:
        return False
    rest = question[m.end() :] if m["lead"] else question[: m.start()]
    what = specific_terms(rest) - _KEPT_TERMS - _HOLD_TERMS - _ANY_DATA_TERMS
    for x in _FULL_STOP_RX.split(text):
        only = _ONLY_IN_RX.search(x)
        if only is None or _DENIAL_RX.search(x[: only.start()]):
            continue
        said = subject_terms(x[: only.start()])
        if thing <= subject_terms(only["thing"]) and len(what & said) >= STATED_SHARE * len(what):
            return True
    return False


_HOLD_TERMS = frozenset(subject_terms("contain contains hold held include includes carry carries"))


_ANY_DATA_TERMS = frozenset(subject_terms("any client data customer data personal data"))


_OUTSIDE_THING_RX = re.compile(
    r"\b(?:anywhere\s+|somewhere\s+|anything\s+)?(?:outside|besides|other\s+than|apart\s+from|"
    r"beyond|more\s+than)\s+(?:of\s+)?(?:the\s+|your\s+)?(?P<thing>[\w -]{3,60}?)\s*\?|"
    # "Apart from first name and appointment time, do SMS reminders carry any client data?"
    r"^\s*(?:apart\s+from|besides|other\s+than|except\s+for)\s+(?:the\s+)?(?P<lead>[\w -]{3,60}?),",
    re.I,
)


_ONLY_IN_RX = re.compile(
    r"\b(?:(?:stored|kept|held|saved|retained)\s+only\s+(?:in|within|inside)|"
    r"(?:contains?|include[sd]?|hold|holds|carry|carries)\s+only)\s+(?:the\s+|our\s+|their\s+)?"
    r"(?P<thing>[\w '’-]{3,60}?)(?=[,.;(]|\s+(?:and\s+(?!the\b)|with|encrypted|using)\b|$)",
    re.I,
)


def _countries_in(places: frozenset[str]) -> frozenset[str]:
    """The countries of places, a region's by its members ("EU" → its 27 countries)."""
    return frozenset().union(*(_REGIONS.get(p, {p}) for p in places))


@lru_cache(maxsize=1 << 14)
def _variants(text: str) -> frozenset[tuple[str, str]]:
    """The numbered variants a text names: "Generation 2 gateways", "Gen 1", "version 3"."""
    return frozenset((m["kind"].lower()[:3], m["n"]) for m in _VARIANT_RX.finditer(text))


_VARIANT_RX = re.compile(r"\b(?P<kind>generation|gen|version|release|model)\s*(?P<n>\d+)\b", re.I)


def _place(name: str) -> str:
    key = name.casefold().replace(".", "").strip()
    return _REGION_NAMES.get(key) or _country(name)


_REGION_NAMES = {
    "eea": "EEA",
    "european economic area": "EEA",
    "eu": "EU",
    "european union": "EU",
    "europe": "Europe",
}


_EU_TEXT = (
    "Germany France Netherlands Belgium Luxembourg Austria Italy Spain Portugal Sweden Denmark "
    "Finland Poland Ireland Czechia Slovakia Hungary Romania Bulgaria Greece Croatia Slovenia "
    "Estonia Latvia Lithuania Cyprus Malta"
)


_EU = frozenset(_EU_TEXT.split()) | {"Czech Republic"}


# The countries a region holds: data kept only in Germany is in the EU.
_REGIONS = {
    "EU": _EU,
    "EEA": _EU | {"Norway", "Iceland", "Liechtenstein"},
    "Europe": _EU
    | {"Norway", "Iceland", "Liechtenstein", "United Kingdom", "Switzerland", "Ukraine", "Serbia"}
    | {"Albania", "Andorra", "Belarus", "Bosnia and Herzegovina", "Kosovo", "Moldova", "Monaco"}
    | {"Montenegro", "North Macedonia"},
}


_PLACE_TEXT = r"(?i:european economic area|european union|europe)\b|\b(?:EEA|EU)\b"


_PLACE_RX = re.compile(_PLACE_TEXT + "|" + _COUNTRY_RX.pattern)


_REGARDLESS_RX = re.compile(r"\bregardless\s+of\b|\bwhatever\s+the\b|\bno\s+matter\b", re.I)


# A practice kept to amounts over a threshold: "for payouts above KES 5,000", "over $10,000".
_ABOVE_AMOUNT_RX = re.compile(
    r"\b(?:above|over|exceeding|greater\s+than|more\s+than|larger\s+than|in\s+excess\s+of)\s+"
    r"(?:[A-Z]{3}\s*|[$€£¥₹]\s*)\d[\d,.]*(?!\s*(?:%|percent|days?|hours?|minutes?|weeks?|months?|years?))"
)


def _kept_for_unsaid(question: str, text: str) -> bool:
    """Whether a question asks how long something is kept ("retained for one year") and the
    text states no such length ("90 days" is another; "af-south-1" none)."""
    asked = _KEPT_FOR_RX.search(in_digits(question))
    if asked is None:
        return False
    return _days_of(asked["n"], asked["unit"]) not in {
        _days_of(m["n"], m["unit"]) for m in _TIME_SPAN_RX.finditer(in_digits(text))
    }


def _days_of(n: str, unit: str) -> int:
    count = 1.0 if n.lower() in ("a", "an") else float(n)
    return round(days_in(count, unit))


_TIME_SPAN_RX = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?)[\s-]*(?P<unit>hours?|days?|weeks?|months?|years?)\b", re.I
)


_KEPT_FOR_RX = re.compile(
    r"\b(?:retain|retained|kept|keep|stored|store|held|preserved|archived|operat\w*|work\w*|"
    r"run|running|last|lasts|remain\w*|stay\w*)\b[^?]{0,30}?\bfor\s+"
    r"(?:a\s+period\s+of\s+|at\s+least\s+|a\s+minimum\s+of\s+)?(?P<n>an?\b|\d+(?:\.\d+)?)[\s-]*(?P<unit>hours?|days?|weeks?|months?|years?)\b",
    re.I,
)


_REPORTS_TO_ASK_RX = re.compile(
    r"\b(?:does|do|is)\s+(?:your\s+|the\s+)?(?P<who>\w[\w\s/-]{1,49}?)\s+reports?\s+"
    r"(?:directly\s+)?to\s+(?:the\s+|your\s+)?(?P<whom>\w[\w\s/-]{1,49}?)\s*(?:\?|$|,)",
    re.I,
)


_ROLE_NAMES = (
    ("chief information security officer", "ciso"),
    ("chief executive officer", "ceo"),
    ("chief technology officer", "cto"),
    ("chief information officer", "cio"),
    ("chief operating officer", "coo"),
    ("chief financial officer", "cfo"),
    ("data protection officer", "dpo"),
    ("board of directors", "board"),
)


def _role(text: str) -> str:
    """A role's short name: "Chief Information Security Officer" → "ciso"."""
    low = " ".join(text.lower().split())
    for long, short in _ROLE_NAMES:
        low = low.replace(long, short)
    return low


def _reporting_line_said(question: str, text: str) -> bool:
    """Whether a text says that the role a question names reports (directly) to the other one
    it names: "the CISO reports to the CEO" for "Does your Chief Information Security Officer
    report to the Chief Executive Officer?"; not "the CISO reports to the CTO, who reports to
    the CEO" (a line through another)."""
    m = _REPORTS_TO_ASK_RX.search(question)
    who_words = _role(m["who"]).split() if m else []
    whom_words = _role(m["whom"]).split() if m else []
    if not (who_words and whom_words):
        return False
    who, whom = who_words[-1], whom_words[-1]
    said = _role(text)
    return bool(
        re.search(
            rf"\b{re.escape(who)}\b[^.;,]{{0,60}}?\breports?\s+(directly\s+)?to\s+"
            rf"(the\s+|our\s+)?{re.escape(whom)}\b",
            said,
        )
    )


def _said_only_rather(terms: frozenset[str], text: str) -> bool:
    """Whether some of `terms` are said only after "rather than" / "instead of" (what is not
    done)."""
    if not _RATHER_RX.search(text):
        return False
    rest = subject_terms(_RATHER_RX.sub(" ", text))
    return bool(terms & subject_terms(text) - rest)


_RATHER_RX = re.compile(r"\b(rather\s+than|instead\s+of|in\s+place\s+of)\s+[^.;,]*", re.I)


def _closest_part_denies(specific: frozenset[str], wanted: frozenset[str], text: str) -> bool:
    """Whether the part of a text naming most of the `specific` terms asked (more than any
    other part) denies a term asked (`wanted`, compared by stem: "managed", "manage")."""
    parts = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    if len(parts) < 2 or not _DENIAL_RX.search(text):
        return False
    shared = [len(specific & subject_terms(p)) for p in parts]
    best = max(shared)
    if best < 2 or shared.count(best) > 1:
        return False
    denied = _negated_terms(parts[shared.index(best)])
    return any(d[:5] == w[:5] for d in denied for w in wanted if min(len(d), len(w)) >= 4)


def _said_only_denied(terms: frozenset[str], text: str) -> bool:
    """Whether some of `terms` are named in `text` only in parts that deny them."""
    if not terms or not _DENIAL_RX.search(text):
        return False
    parts = _PART_RX.split(text)
    denied = frozenset().union(*map(_negated_terms, parts)) & terms
    if not denied:
        return False
    affirmed = frozenset().union(*(subject_terms(p) for p in parts if not _negated_terms(p)))
    return bool(denied - affirmed)


def _negated_terms(part: str) -> frozenset[str]:
    """The subject terms a denial in `part` applies to: the first few after each "not",
    "never" or "no" ("logs are not editable" denies editing, not logging)."""
    found: set[str] = set()
    for m in _DENIAL_RX.rx.finditer(part):
        if _DENIAL_RX.veto is not None and _DENIAL_RX.veto(part, m):
            continue  # "nobody can ... without MFA"
        # "without server-side encryption" denies what it names itself.
        after = m.start() + len("without") if m[0][:7].lower() == "without" else m.end()
        # Folded before counting: "do not process protected health information" denies phi.
        words = _WORD_RX.findall(part[after:].lower().translate(_SEPARATORS))
        denied = frozenset([t for t in _folded_terms(words) if t][:_DENIED_REACH]) - _NOT_TERMS
        if not _ENCRYPTING.isdisjoint(words[:_DENIED_REACH]):
            denied |= {"encrypt"}  # "not sent over TLS"
        if denied & _PERMISSION and denied - _PERMISSION:
            # "does not offer qualified electronic signatures": what is not offered follows.
            denied -= _PERMISSION
        elif _PROHIBITION_RX.match(part, m.start()) or not denied or denied & _PERMISSION:
            # "Shared accounts are not permitted", "USB storage is prohibited", "SSO is not
            # offered": what is forbidden or not there is named before the denial.
            denied = subject_terms(part[: m.start()])
        found.update(denied)
    return frozenset(found)


_PROHIBITION_RX = re.compile(r"prohibit|forbid|disallow|banned|excluded", re.I)


# Predicates whose denial denies what comes before them: "not permitted", "not offered".
_PERMISSION = frozenset().union(
    *map(subject_terms, ("allowed", "offered", "available", "supported", "provided"))
)


# A denial of undoing something affirms it: "MFA cannot be turned off", "may not be bypassed".
_UNDO_ASK_RX = re.compile(
    r"\b(opt(ed)?\s+out|disabled?|turn(ed)?\s+off|switch(ed)?\s+off|bypass(ed)?|deactivated?|"
    r"unsubscribed?)\b",
    re.I,
)


_DOUBLE_NEGATIVE_RX = re.compile(
    r"\b(cannot|can\s*not|can['’]t|may\s+not|must\s+not|not|never|unable\s+to)\s+(be\s+)?"
    r"(\w+\s+)?(disabled|turned\s+off|switched\s+off|bypassed|circumvented|skipped|waived|"
    r"overridden|deactivated|opted\s+out|disable|turn\s+off|switch\s+off|bypass|circumvent|"
    r"skip|waive|override|deactivate|opt\s+out)\b",
    re.I,
)


_ONLY_TO_SOME_RX = re.compile(
    r"\bonly\s+(to|for|by)\s+(the\s+|our\s+)?(\w+\s+){0,3}?(people|staff|employees|users|"
    r"members|team|engineers|roles?|admins?|administrators|managers)\b",
    re.I,
)


# How many subject words after a "not" it denies: "never copied into development or test".
_DENIED_REACH = 3


@lru_cache(maxsize=1 << 14)
def _places(text: str) -> frozenset[str]:
    """The countries and regions a text names, by their full names."""
    if text == text.lower():
        return frozenset()  # every place name is capitalised
    return frozenset(_place(m[0]) for m in _PLACE_RX.finditer(text))


# A part of a control's text that denies what it names: "are prohibited", "never stored".
_DENIAL_RX = Cue(
    # A quantity is no denial: "no longer needed", "no later than", "not more than".
    # Nor a compound: "the no-show forecast", "a no-reply address".
    # Nor a double negative: "not optional" is required, "never less often than twice a year"
    # at least that often.
    r"\b(not|no)\b(?!-)(?!\s+(longer|later|more|less|fewer|sooner|only|optional|voluntary)\b)|"
    r"\bnever\b(?!\s+(?:[\w-]+\s+){0,2}?(less|fewer|later|more|shorter|longer)\s+(often|than)\b)|"
    r"\b(cannot|prohibit\w*|forbid\w*|disallow\w*|banned|excluded)\b|n['’]t\b|"
    # "none of it is stored in the United States", "kept nowhere else", "neither stored in nor
    # sent to" (not "none other than" or "nowhere but Frankfurt", which name the only one, nor
    # "none of our laptops is left unencrypted" or "none can reach it without MFA", which say
    # the safeguard is always there).
    r"\b(none|nowhere|neither)\b(?!\s+(other\s+than|but|except|else\s+than|outside|beyond|"
    r"apart\s+from)\b)(?![^.;:,]*\b(un-?[a-z]{3,}(ed|able)|without)\b)|"
    # "stored in an S3 bucket without server-side encryption": a safeguard said to be missing
    # (not "nobody can ... without MFA", "never ... without", which say it is always there:
    # _denied_before).
    r"\bwithout\s+(?:any\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:encryption|authentication|multi-factor|mfa|2fa|tls|https|passwords?|backups?|logging|"
    r"monitoring|access\s+controls?)\b",
    # "no" finds "not" and "cannot" too; "n't" and "n’t" are "don't", "isn’t".
    ("no", "never", "prohibit", "forbid", "disallow", "banned", "exclud", "n't", "n’t", "without"),
    veto=lambda text, m: (
        _denied_before(text, m) if m[0][:7].lower() == "without" else _left_out_denied(text, m)
    ),
)


def clause_span(
    text: str, start: int, end: int, opens: str = ".;:,", closes: str = ".;:,"
) -> tuple[int, int]:
    """The bounds of the clause of `text` around `start`..`end`: from after the last of `opens`
    before it to the first of `closes` after it (or the text's ends)."""
    first = max(text.rfind(c, 0, start) for c in opens) + 1
    ends = [i for i in (text.find(c, end) for c in closes) if i != -1]
    return first, min(ends, default=len(text))


def _left_out_denied(text: str, m: re.Match[str]) -> bool:
    """Whether a "no"/"not" denies that anything is left out, or an "excluded" is denied, in
    its clause: "No production server is left out of the weekly patch run", "Not one laptop
    is excluded from encryption" say every one is in."""
    start, end = clause_span(text, m.start(), m.end())
    word = m[0].lower()
    if word in ("no", "not", "none"):
        return bool(_NONE_LEFT_OUT_RX.match(text, m.start(), end))
    if word == "excluded":
        return bool(_NONE_BEFORE_RX.search(text[start : m.start()]))
    return False


def none_left_out(question: str, text: str) -> bool:
    """Whether a question asks if any is left out ("Is any production server left out of the
    weekly scan?") and the text says none is ("No production server is exempted from it"):
    the No, where the double negative elsewhere affirms the practice."""
    if not _LEFT_OUT_ASK_RX.search(question):
        return False
    said = [c for c in _FULL_STOP_RX.split(text) if c.strip()]
    told = [c for c in said if _NONE_LEFT_OUT_RX.search(c)]
    # The practice asked, and nothing else in the text leaving some out ("Database servers
    # are not scanned", "..., except the two mainframes").
    wanted = subject_terms(_LEFT_OUT_ASK_RX.sub(" ", question)) - _GENERAL_TERMS
    return (
        len(told) == 1
        and len(said) == 1
        and wanted <= subject_terms(told[0])
        and not _EXCEPTION_WORD_RX.search(text)
    )


_EXCEPTION_WORD_RX = re.compile(
    r"\b(?:except|excluding|other\s+than|apart\s+from|save|but|unless)\b", re.I
)


_LEFT_OUT_ASK_RX = re.compile(
    r"\b(?:left\s+out|excluded|omitted|exempt(?:ed)?|overlooked|skipped|missed|spared|escapes?|"
    r"falls?\s+outside)\b",
    re.I,
)
# "No production server is left out of", "not one laptop is excluded from", "no employee is
# exempted from" (not "not excluded from the scope by ..." of one thing, which is a plain
# affirmation already, nor "no data is sent").
_NONE_LEFT_OUT_RX = re.compile(
    r"(?:no|not\s+(?:one|a\s+single|any)|none\s+of)\s+(?:[\w-]+\s+){0,4}?(?:(?:is|are|was|were|gets?|get|"
    r"has\s+been|have\s+been|ever\s+gets?)\s+(?:ever\s+)?(?:left\s+out|excluded|omitted|exempt(?:ed)?|"
    r"overlooked|skipped|missed|spared)|(?:ever\s+)?(?:escapes?|falls?\s+outside|slips?\s+through))\b",
    re.I,
)
_NONE_BEFORE_RX = re.compile(
    r"\b(?:no|not\s+(?:one|a\s+single|any))\s+(?:[\w-]+\s+){0,4}?(?:is|are|was|were|gets?|has\s+been|have\s+been)\s+(?:ever\s+)?$",
    re.I,
)


def _denied_before(text: str, m: re.Match[str]) -> bool:
    """Whether the clause of a "without" denies or refuses what goes without the safeguard:
    "Nobody can access the network remotely without MFA", "Remote access without MFA is
    impossible", "sessions without MFA are terminated", "only allowed with MFA" say MFA is
    always required ("logins without MFA are only flagged" does not)."""
    return bool(_NEGATION_BEFORE_RX.search(text, *clause_span(text, m.start(), m.end())))


_NEGATION_BEFORE_RX = re.compile(
    r"\b(no|not|never|nobody|none|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|isn['’]t|"
    r"impossible|refused|rejected|blocked|denied|fails?|terminated|disabled|dropped|prevented|"
    r"disallowed|forbidden|prohibited)\b|\bonly\s+(allowed|permitted|possible)\b",
    re.I,
)
