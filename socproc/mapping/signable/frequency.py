"""How often and how soon: frequencies, bounds met or missed, counts, a practice done less often, later or for fewer than asked."""

from __future__ import annotations

import re

from socproc.mapping.signable.caveats import _CAPITAL_WORD_RX, _name_terms
from socproc.mapping.signable.clauses import (
    _UNIT_TERMS,
    _WHOLE_SENTENCE_RX,
    _active_predicate,
    _passive_predicate,
)
from socproc.mapping.signable.narrower import (
    _CAPABILITY_RX,
    _PART_RX,
    _PRODUCT_NAME_RX,
    _SENTENCE_RX,
)
from socproc.mapping.signable.negation import (
    _DENIAL_RX,
    _FULL_STOP_RX,
    _NUMBER_TEXT,
    _NUMBER_WORDS,
    _RATHER_RX,
    in_digits,
)
from socproc.mapping.signable.quantities import (
    _FREQUENCY,
    _MINIMUM_RX,
    _MONEY_RX,
    _comparable,
    _split_parts,
    _split_terms,
    _window,
    below_minimum,
    meets_minimum,
    numbers_in,
)
from socproc.mapping.signable.scope import _SELF_ASK_RX
from socproc.mapping.signable.subjects import (
    _GENERAL_TERMS,
    _MONTHS,
    short_terms,
    specific_terms,
    subject_terms,
    verb_stem,
)
from socproc.mapping.signable.vocab import (
    _WORD_RX,
    CALENDAR_SLACK_DAYS,
    STATED_SHARE,
    Cue,
    days_in,
)


def _kind_said(question: str, text: str) -> bool:
    """Whether the text names the kind of thing a question bounds as the question does
    ("security logs", not only "chat logs" or "game server logs"); True when the question
    names no kind before its noun."""
    m = _KIND_NOUN_RX.search(question)
    if m is None or m["kind"].lower() in _NOT_KINDS:
        return True
    asked = m["kind"].lower()
    kinds = _KIND_FAMILIES.get(asked, re.escape(asked))
    kind = re.compile(rf"\b({kinds})", re.I)
    noun = re.compile(rf"\b{m['noun'][:3]}", re.I)
    # In the sentence that names the thing: "Security and audit logs are kept 12 months".
    return any(kind.search(x) and noun.search(x) for x in _FULL_STOP_RX.split(text))


# "security logs", "audit records", "database backups": a kind before a kept thing.
_KIND_NOUN_RX = re.compile(
    r"\b(?P<kind>[a-z][\w-]+)\s+(?P<noun>logs?|backups?|records|recordings|files|messages|"
    r"tokens|keys|passwords)\b",
    re.I,
)


# Security logs are the logs of servers, firewalls, applications and access events.
_KIND_FAMILIES = {
    "security": "security|audit|server|firewall|application|system|access|event|siem|"
    "infrastructure|authentication",
}


_NOT_KINDS = frozenset(
    [
        "your",
        "the",
        "all",
        "any",
        "our",
        "their",
        "its",
        "of",
        "are",
        "is",
        "were",
        "be",
        "do",
        "does",
        "and",
        "or",
        "these",
        "those",
        "such",
        "other",
        "some",
        "data",
    ]
)


_ENFORCED_ASK_RX = re.compile(r"\b(enforced|required|mandatory|compulsory)\b", re.I)


# ... or asked with the vendor as the one who requires it: "Do you require 2FA for our users?"
_YOU_REQUIRE_RX = re.compile(
    r"\b(you|vendor|(your|the)\s+(platform|application|app|product|service|system|solution|"
    r"software|portal))\s+(require|enforce|mandate)s?\b",
    re.I,
)


_CHOICE_LEFT_RX = re.compile(
    r"\b(decides?|chooses?|choose)\s+whether\b|\b(can|may)\s+(choose|opt)\s+to\b", re.I
)


# How often, said as such: "twice a year", "every month", "quarterly" (not "the second quarter
# of 2028", a date).
_OFTEN_PHRASE_RX = re.compile(
    r"\b(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|per|each|every)\s+(?:year|month|week|day|"
    r"quarter)\b|\bevery\s+(?:\w+\s+)?(?:year|month|week|day|quarter)\b|"
    r"\b(?:annually|yearly|monthly|weekly|daily|nightly|quarterly|hourly)\b",
    re.I,
)


def _same_start(question: str, text: str) -> bool:
    """Whether the event a question counts a window from ("within 30 days of contract
    termination") is the one the text counts from, where both name one."""
    asked = [_event_terms(m["event"]) for m in _WINDOW_EVENT_RX.finditer(question)]
    said = [
        _event_terms(m["event"])
        for rx in (_WINDOW_EVENT_RX, _MEASURED_FROM_RX)
        for m in rx.finditer(text)
    ]
    asked = [a for a in asked if a]
    said = [x for x in said if x]
    if not asked or not said:
        return True
    return any(a & x for a in asked for x in said)


def _event_terms(event: str) -> frozenset[str]:
    """An event's terms, the ways of coming to know of something as one ("discovery",
    "detection", "becoming aware")."""
    return frozenset(
        "aware" if any(t.startswith(k) for k in _KNOWING) else t for t in specific_terms(event)
    )


_KNOWING = ("discover", "detect", "identif", "aware", "notic", "confirm", "learn", "find", "found")


# The event a window counts from: "within 30 days of contract termination", "30 days after a
# loan is returned".
_WINDOW_EVENT_RX = re.compile(
    r"\b\d+\s+(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?)\s+"
    r"(?:of|after|from|following)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+|your\s+)?"
    r"(?P<event>[\w -]{3,40}?)(?=\s*[,.;?)]|\s*$|\s+(?:unless|and|or|if|when|at|for|by)\b)",
    re.I,
)


# The event a text says its windows are counted from: "within 7 days, measured from triage".
_MEASURED_FROM_RX = re.compile(
    r"\b(?:measured|counted|calculated|timed)\s+from\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?P<event>[\w -]{3,40}?)(?=\s*[,.;?)]|\s*$|\s+(?:which|unless|and|or|if|when|at|for|by)\b)",
    re.I,
)


def _able_unsaid(question: str, text: str) -> bool:
    """Whether a question asks of something that can be done to a thing ("reusable",
    "transferable", "exportable") and the text never names that act ("reuse", "reused")."""
    words = set(_WORD_RX.findall(text.lower()))
    for m in _ABLE_WORD_RX.finditer(question):
        word = m[0].lower()
        if word in _NOT_ACTS:
            continue
        root = word[:-4] if len(word) > 8 else word[:-3]
        if not any(w.startswith(root) for w in words):
            return True
    return False


_ABLE_WORD_RX = re.compile(r"\b[a-z]{4,}(?:able|ible)\b", re.I)


# "-able" words that name no act done to a thing.
_NOT_ACTS = frozenset(
    [
        "available",
        "responsible",
        "applicable",
        "reasonable",
        "acceptable",
        "capable",
        "possible",
        "vulnerable",
        "suitable",
        "comparable",
        "considerable",
        "notable",
        "portable",
        "durable",
        "reliable",
        "liable",
        "eligible",
        "visible",
        "accessible",
        "sensible",
        "flexible",
        "compatible",
    ]
)


def _done_after(question: str, text: str) -> bool:
    """Whether a text says the act a question asks to be done before something is done after
    it, in a part on that act ("emergency changes are reviewed ... after release"; not
    "changes are monitored after deployment" for "tested before deployment")."""
    m = _BEFORE_ASK_RX.search(question)
    if m is None:
        return False
    head = question[: m.start()]
    act = _passive_predicate(head) | _active_predicate(head)
    return bool(act) and any(
        act <= subject_terms(part) and not _BEFORE_ASK_RX.search(part)
        for part in _PART_RX.split(text)
        if _AFTER_RX.search(part)
    )


_BEFORE_ASK_RX = re.compile(r"\b(before|prior\s+to|ahead\s+of)\b", re.I)


# Done after the event: "after release", "afterwards", "the next business day", "once live".
_AFTER_RX = re.compile(
    r"\b(after|afterwards|retrospectively|later)\b|\bthe\s+(next|following)\s+(business\s+|working\s+)?"
    r"(day|morning|week)\b|\bonce\s+(deployed|released|live|in\s+production)\b",
    re.I,
)


def _less_often_for_some(wanted: frozenset[str], text: str) -> bool:
    """Whether a text that says how often in two or more places says it less often than asked
    in one ("every day and the Vervoer servers once a month" for "daily")."""
    asked = [_FREQUENCY[t] for t in wanted if t in _FREQUENCY]
    if not asked:
        return False
    said = [
        _FREQUENCY[t]
        for part in _PART_RX.split(text)
        if _on_the_act(wanted, part)
        for m in _OFTEN_PHRASE_RX.finditer(part)
        for t in subject_terms(m[0])
        if t in _FREQUENCY
    ]
    return len(said) > 1 and max(said) > min(asked)


def _on_the_act(wanted: frozenset[str], part: str) -> bool:
    """Whether a part of a text is on the act asked: it names some of it, or names only
    things by their names ("and the Vervoer servers once a month"), not another act ("a
    summary report goes to management monthly")."""
    plain = _OFTEN_PHRASE_RX.sub(" ", part)
    terms = specific_terms(plain) - _FREQUENCY.keys()
    names = subject_terms(" ".join(_CAPITAL_WORD_RX.findall(part)))
    return bool(subject_terms(plain) & wanted) or not terms - names


def _bound_met(question: str, text: str) -> str:
    """Whether the quantities `text` states for what a question bounds meet the bound: "met"
    ("at least 30 days" and "retained for 90 days"), "short" ("RTO of 4 hours or less" and "an
    RTO of 8 hours"), "mixed" (one of each: "4 hours for the API; 24 hours for the
    dashboard"), or "" when the question bounds nothing or the text states no such quantity."""
    if not any(map(question.lower().__contains__, _BOUND.keys)):
        return ""  # most questions bound nothing: a few substring tests
    if _MONEY_RX.search(question):
        # A sum is judged in the currency and the cover asked: "at least CAD 3 million?" is
        # not met by "EUR 3 million", nor cut short by another cover's "CAD 2 million".
        if not _comparable(question, text) or not _MINIMUM_RX.search(question):
            return "mixed"
        if meets_minimum(question, text):
            return "met"
        return "short" if below_minimum(question, text) else "mixed"
    question, text = in_digits(_A_UNIT_RX.sub(r"\1 1 \2", question)), in_digits(text)
    m = _BOUND.search(question)
    if m is None:
        return ""
    limit, dimension = _quantity(m["n"] or m["n2"], m["unit"] or m["unit2"])
    strict = (m["strict"] or "").lower()
    lower = bool(
        m["low"]
        or m["low2"]
        or (m["dir"] or "").lower() in ("more", "longer", "greater")
        or strict.split(" ")[0] in ("more", "longer", "greater", "over")
    )
    asked = subject_terms(question[: m.start()] + " " + question[m.end() :]) - _UNIT_TERMS
    words = asked - (numbers_in(question) | _GENERAL_TERMS | _FREQUENCY.keys())
    met: set[bool] = set()
    if _FURTHER_RX.search(text):
        return ""  # "then archived for a further 2 years": the times add up
    # The people the question names ("administrator passwords") must be the clause's.
    group = asked & _GROUP_TERMS
    # The quantities of the sentences that say most of what is bounded ("Cloud platform
    # logs are collected ... and kept for 90 days" over "Gateway logs stay ... for 7 days"
    # when cloud logs are asked).
    sentences = [(x, subject_terms(x)) for x in _SENTENCE_RX.split(text)]
    # A sentence on the thing asked with no quantity ("the audit trail is kept for the life of
    # the matter") leaves the bound unjudged: another thing's quantity does not answer it.
    # What is measured outweighs the names it is measured for: "the RPO is 6 hours for both"
    # over "the RTO is 8 hours for Saguaro Pay" when Saguaro Pay's RPO is asked.
    names = frozenset().union(*(subject_terms(n[0]) for n in _PRODUCT_NAME_RX.finditer(question)))
    measured = words - names

    def weight(t: frozenset[str]) -> tuple[int, int]:
        return len(measured & t), len(words & t)

    best = max((weight(t) for _, t in sentences), default=(0, 0))
    if not _PLAN_OR_REGION_RX.search(question):
        # "The Enterprise plan keeps audit logs for 2 years; other plans keep them for 30
        # days": quantities of the thing asked told plan by plan (or region by region) answer
        # for none of them a question that names no plan.
        told = [
            x
            for x, t in sentences
            if _quantities_of(x, dimension)
            and (measured & t or (_PLAN_OR_REGION_RX.search(x) and _THE_REST_RX.search(x)))
        ]
        if len(told) > 1 and any(_PLAN_OR_REGION_RX.search(x) for x in told):
            return "mixed"
    chosen = " ".join(x for x, t in sentences if weight(t) >= best)
    if not _QUANTITY_RX.search(chosen) and _QUANTITY_RX.search(text):
        return "mixed"  # the thing asked has no quantity said; another thing has one
    if (
        _TIME_CASE_RX.search(text)
        and not _TIME_CASE_RX.search(question)
        and _TIME_CASE_RX.search(" ".join(x for x, _ in sentences if _quantities_of(x, dimension)))
        and _quantity_count(text, dimension) > 1
    ):
        # "During the harvest season Moulin has an RTO of 4 hours; for the rest of the year
        # they are 24 hours": quantities told season by season answer for none of them a
        # question that names no season.
        return "mixed"
    products = {m[0] for m in _PRODUCT_NAME_RX.finditer(text)}
    if (
        len(products) > 1
        and not any(p.lower() in question.lower() for p in products)
        and any(p not in chosen for p in products)
    ):
        # "Is your RTO 4 hours or less?" and "Ferncrest Book has an RTO of 4 hours. Ferncrest
        # Video has no failover": true of one product, not of the service asked.
        return "mixed"
    on_subject = False
    asked_products = {p for p in products if p.lower() in question.lower()}
    # "between 7 and 120 days" is one range, not two parts.
    parts = _PART_RX.split(_BETWEEN_AND_RX.sub(r"between \1 to ", chosen))
    # "Are backups kept for at least 30 days?" and "kept for up to 30 days": a most, which
    # says nothing of the least (unless the question asks of a capacity, "for up to ...").
    capped = False
    most_is_least = not _CAPABILITY_RX.search(question)
    if m["upto"] and _CAPABILITY_RX.search(question) and _UP_TO_RX.search(chosen):
        # "Can patients enter data offline for up to 14 days?" and "offline for up to 7 days":
        # a capacity asked of a capacity said, which 7 days falls short of.
        lower = True
        # "... retained for 90 days by default; Enterprise customers can set retention up to
        # one year": the most that can be had is what a capacity asks of, not the default.
        parts = [p for p in parts if _UP_TO_RX.search(p)]
    for part in parts:
        terms = subject_terms(part)
        # "kept for 400 days for Review and for 90 days for Matter": a part that goes on with
        # a preposition is of the subject before it.
        on_subject = bool(words & terms and group <= terms) or (
            on_subject and bool(_GOES_ON_RX.match(part))
        )
        named = {m[0] for m in _PRODUCT_NAME_RX.finditer(part)}
        if not on_subject or (asked_products and named and not named & asked_products):
            continue  # "for Briefbill Matter" when Briefbill Review is asked
        for q in _QUANTITY_RX.finditer(part):
            amount, kind = _quantity(q["n"], q["unit"])
            if kind != dimension:
                continue
            # Months and years against days or weeks count as questionnaires count them
            # ("26 weeks" is "6 months", "31 days" a month); a percentage or a count does not
            # round ("at least 99.9%" is not met by 99.5%), nor do weeks, days and hours among
            # themselves ("26 weeks" is 182 days, not 180).
            calendar = {_unit_word(m["unit"] or m["unit2"]), _unit_word(q["unit"])} & _CALENDAR
            bound, slack = limit, 0.0
            if kind == "time" and calendar:
                amount = days_in(float(q["n"]), _unit_word(q["unit"]), calendar=True) * 24
                asked_n, asked_unit = m["n"] or m["n2"], _unit_word(m["unit"] or m["unit2"])
                bound = days_in(float(asked_n), asked_unit, calendar=True) * 24
                slack = CALENDAR_SLACK_DAYS * 24
            # A business day stated may end later than a calendar day asked (a Friday's).
            value = amount * (1.4 if q["unit"].lower().startswith("business") and not lower else 1)
            low = _RANGE_LOW_RX.search(part[: q.start()])
            if lower and low:
                # "8 to 64 characters" for "at least 12?": the range's low end is its least.
                least = value * float(low["n"]) / float(q["n"]) if float(q["n"]) else 0.0
                met.add(least > bound if strict else least + slack >= bound)
                continue
            if lower and most_is_least and _said_as_most(part, q):
                # "up to 30 days" rules out "at least 90 days"; "up to 120 days" says nothing
                # of the least.
                if value + slack < bound:
                    met.add(False)
                else:
                    capped = True
                continue
            if lower:
                met.add(value > bound if strict else value + slack >= bound)
            else:
                met.add(value < bound if strict else value - slack <= bound)
    if not met:
        return "mixed" if capped else ""
    if met == {False} and _ARCHIVED_RX.search(chosen):
        # "kept in CloudWatch for 1 year and archived to S3 for 5 years": a second stage of
        # keeping that a part on the subject's words alone leaves out. Judged by the longest.
        longest = max(
            (
                _quantity(q["n"], q["unit"])[0]
                for q in _QUANTITY_RX.finditer(chosen)
                if _quantity(q["n"], q["unit"])[1] == dimension
            ),
            default=0.0,
        )
        if lower and longest + CALENDAR_SLACK_DAYS * 24 >= limit:
            return ""
    if met == {True} and any(
        x not in chosen and words & t and not _QUANTITY_RX.search(x) and _OTHER_SYSTEM_RX.search(x)
        for x, t in sentences
    ):
        # "Critical findings are fixed within 14 days. Barge servers are patched when a
        # technician visits the site.": the bound holds for some systems, not said of others.
        return "mixed"
    if met == {False} and not _PLAN_NAMED_RX.search(question) and _plan_told_apart(text):
        # "Can recordings be kept longer than 180 days?", "Is there a plan on which ...?" and
        # "deleted after 180 days; the Konsorsium plan can ask for 365 days": the default does
        # not rule out the plan told apart with a time of its own.
        return "mixed"
    return "mixed" if len(met) > 1 else "met" if met.pop() else "short"


def _plan_told_apart(text: str) -> bool:
    """Whether a part of a text names a plan or tier with a quantity of its own ("the
    Konsorsium plan can ask for 365 days")."""
    return any(
        _PLAN_NAMED_RX.search(part) and _QUANTITY_RX.search(in_digits(part))
        for part in _PART_RX.split(text)
    )


# A plan or tier named in a text: "on the Konsorsium plan", "Enterprise-tier customers", "the
# Validated plan", "Pro edition" (not "We plan").
_PLAN_NAMED_RX = re.compile(
    r"\b(?!(?:We|They|It|You|I|Our|Your|Their|The|This|That|No|Each|Every|All|Any)\b)"
    # a plan of work is no plan sold: "Business Continuity plan", "Engineering plans" (a
    # "Business plan", "Business tier" or "Enterprise Security plan" is sold)
    r"(?!(?:[A-Z][\w-]+\s+)?(?:Continuity|Recovery|Response|Communications?|Remediation|"
    r"Treatment|Action|Migration|Project|Test|Testing|Training|Audit|Backup|Retention|Management|"
    r"Contingency|Engineering|Improvement|Work|Exit|Transition)[- ]plans?\b)"
    r"[A-Z][\w-]+[- ](plans?|tiers?|editions?|subscriptions?|packages?)\b"
)


def _untimed_elsewhere(question: str, text: str) -> bool:
    """Whether a sentence of `text` tells the act a question times ("remediated within 30
    days") of another system or site with no time of its own ("Barge servers are patched when
    a technician visits the site")."""
    m = _TIMED_VERB_RX.search(question)
    act = subject_terms(m[1]) if m else frozenset()
    named = _PRODUCT_NAME_RX.search(question) or _name_terms(question)
    other = _OTHER_SYSTEM_RX.search if named else _names_other_part
    return bool(act) and any(
        act <= subject_terms(x) and _window(x) is None and not _QUANTITY_RX.search(x) and other(x)
        for x in _WHOLE_SENTENCE_RX.split(text)
    )


def _names_other_part(text: str) -> bool:
    """A system, site or product named ("Worker Voice and Remediate are patched monthly")."""
    return bool(_OTHER_SYSTEM_RX.search(text) or _PRODUCT_NAME_RX.search(text))


_TIMED_VERB_RX = re.compile(r"\b(\w+(?:ed|en))\s+within\b", re.I)


# A recurring practice that stopped: "we used to repeat it every year but have not run it since".
_LAPSED_RX = re.compile(
    r"\bused\s+to\b[^.;]{0,80}\bbut\b[^.;]{0,60}\b(not|no\s+longer|stopped)\b|"
    r"\b(have|has)\s+not\s+(run|held|repeated|performed|done|carried\s+out)\b[^.;]{0,60}\bsince\b",
    re.I,
)


_ARCHIVED_RX = re.compile(r"\barchiv\w*\b", re.I)


# Another system or site a sentence tells the practice of, in its own way.
_OTHER_SYSTEM_RX = re.compile(
    r"\b(servers?|sites?|devices?|kiosks?|terminals?|appliances?|barges?|vessels?|branches?|"
    r"stores?|warehouses?|plants?|on-?premises|edge|legacy|hospitals?|clinics?|schools?|"
    r"locations?|\w+server)\b",
    re.I,
)


# Units whose lengths vary, so that "90 days" and "3 months" are the same time asked.
_CALENDAR = frozenset({"month", "year", "quarter"})


def _unit_word(unit: str) -> str:
    """ "Months" → "month", "business days" → "day"."""
    return unit.lower().split()[-1].removesuffix("s")


# "at least a year", "within an hour": one of the unit, in a bound.
def _retention_as_bound(question: str) -> str:
    """ "Are backups retained for a year?" asks that they are kept at least that long: put as
    the bound it is, so that "kept for 30 days" falls short of it and "kept for 2 years" meets
    it. Not where an end is asked too ("kept for 30 days and then deleted"): that is exact."""
    if "for" not in question or _END_ASKED_RX.search(question):
        return question
    return _RETAINED_FOR_RX.sub(_at_least, question)


def _at_least(m: re.Match[str]) -> str:
    n = m["n"].lower()
    return f"{m[1]} for at least {'1' if n in ('a', 'an', 'one') else n} "


_RETAINED_FOR_RX = re.compile(
    r"\b(retain(?:ed)?|kept|keep|stored|store|held|hold|preserved|archived)\s+for\s+"
    r"(?P<n>an?|one|\d+)\s+(?=(?:business\s+)?(?:days?|weeks?|months?|years?)\b)",
    re.I,
)


_END_ASKED_RX = re.compile(r"\b(then|after\s+which|delet\w*|purg\w*|destroy\w*|eras\w*)\b", re.I)


_A_UNIT_RX = re.compile(
    r"\b(least|most|than|within|under|over|to)\s+an?\s+((?:business\s+)?(?:minute|hour|day|week|month|year)s?)\b",
    re.I,
)


def _quantities_of(text: str, dimension: str) -> bool:
    """Whether a text states a quantity of one dimension ("time", "percent", ...)."""
    return _quantity_count(text, dimension) > 0


def _quantity_count(text: str, dimension: str) -> int:
    """How many quantities of one dimension a text states."""
    return sum(_quantity(q["n"], q["unit"])[1] == dimension for q in _QUANTITY_RX.finditer(text))


# A time the quantities are told for: "during the harvest season", "for the rest of the year",
# "outside peak hours", "at other times", "in winter".
_TIME_CASE_RX = re.compile(
    r"\b(the\s+rest\s+of\s+the\s+(year|time)|at\s+other\s+times|outside\s+(the\s+|of\s+)?"
    r"(\w+\s+)?(season|hours|peak|months?)|during\s+(the\s+)?(\w+\s+){0,2}(season|peak|"
    r"period|hours|months?)|in\s+(winter|summer|spring|autumn|high\s+season|low\s+season))\b",
    re.I,
)
_THE_REST_RX = re.compile(r"\b(other|others|them|they|it|those|remaining)\b", re.I)
_PLAN_OR_REGION_RX = re.compile(
    r"\b(plans?|tiers?|editions?|regions?|subscriptions?|packages?)\b", re.I
)


# A part that goes on with a preposition, or with a bare quantity ("kept for 400 days in the
# Australia region and 90 days in the UK region"), is of the subject before it.
_GOES_ON_RX = re.compile(r"\s*((for|at|in|on|within|to)\s|\d[\d.,]*\s*[a-z])", re.I)


# Who a quantity may be said of: "administrator passwords" are not "operator passwords".
_GROUP_TERMS = frozenset(
    {"admin", "operator", "employee", "contractor", "user", "customer", "developer", "vendor"}
)


_FURTHER_RX = re.compile(r"\b(further|additional|another|more)\s+\d", re.I)


def _done_by_another(question: str, text: str) -> bool:
    """Whether a question asks whether the vendor does something ("Do you supply the USB
    tokens?", "Do you decide whether our users must use 2FA?", "Is Registra responsible for
    removing leavers?") and the text gives the doing to another party ("a token supplied by
    the notary office", "each customer's administrator decides", "Notary offices ... are
    responsible for removing their leavers")."""
    if _SELF_ASK_RX.search(question) and (_BY_PARTNER_RX.search(text) or _BY_NAME_RX.search(text)):
        # "Do you background check Manila agents yourselves?" and "Manila agents are background
        # checked by our staffing partner": the partner does the act asked, in its own clause
        # (not "tested in-house ... and reviewed by an independent firm").
        acts = specific_terms(question) - _name_terms(question)
        if any(
            (_BY_PARTNER_RX.search(part) or _BY_NAME_RX.search(part)) and subject_terms(part) & acts
            for part in _AGENT_CLAUSE_RX.split(text)
        ):
            return True
    if any(w in text for w in _GIVEN_WORDS):
        text = _as_done_by(text)
    if _act_by_another(question, text):
        return True
    m = _VENDOR_DOES_ASK_RX.match(question)
    if m is None:
        return False
    stem = verb_stem(m["verb"])
    for part in _SENTENCE_RX.split(text):
        for found in _DONE_BY_RX.finditer(part):
            # Who does it: the words after "by", or the part's words before the verb.
            verb = found["verb"] or found["verb2"]
            who = found["who"] or part[: found.start("verb2")]
            if verb.lower().startswith(stem) and _OTHER_PARTY_RX.search(who):
                return True
    return False


def _act_by_another(question: str, text: str) -> bool:
    """Whether the act a question asks the vendor (or a party it names) to do is said done by
    someone else: "Do you physically secure the displays?" and "owned and physically secured by
    the airports"; "Are the handhelds secured by Qhapaq?" and "... secured by the airports"."""
    if "by" not in text:
        return False  # most texts say no one does anything "by": one substring test
    by = _ACT_BY_ASK_RX.search(question)
    m = _YOU_ACT_ASK_RX.match(question) or by
    if m is None:
        return False
    stem = verb_stem(m["verb"])
    who = m.groupdict().get("who") or ""
    # "by your company" is the vendor asked, as "Do you ...?" is; "by Qhapaq" a party named.
    named = frozenset() if _YOU_RX.match(who) else subject_terms(who)
    others = False
    for done in _ACT_BY_SAID_RX.finditer(text):
        if verb_stem(done["verb"]) != stem:
            continue
        who = done["who"]
        if _OURS_RX.match(who) or (named and named & subject_terms(who)):
            return False  # said done by the party asked, whoever else does it elsewhere
        # "performed by NCC Group": a firm the vendor engages does the vendor's act; "secured
        # by the airports": the other party does its own; "encrypted by the database engine",
        # "reviewed by the system owners": the vendor's own means and people.
        # Where the question names who ("engaged by you?"), anyone else is another.
        others = others or bool(named) or m is by or bool(_OUTSIDE_PARTY_RX.match(who))
    return others


def _as_done_by(text: str) -> str:
    """A text with the other ways of giving an act or a thing to a party put as "done by" it:
    "the store is responsible for patching them" → "patched by the store", "the clinic, whose
    IT staff patch them" → "patched by the clinic", "belong to the clinic" and "store-owned"
    → "owned by the clinic", "owned by the store"."""
    text = _RESPONSIBLE_FOR_RX.sub(lambda m: f"{m['verb']}ed by {m['who'].lower()}", text)
    text = _GIVEN_AS_DUTY_RX.sub(_acts_done_by, text)
    text = _WHOSE_ACT_RX.sub(lambda m: f"{m['who']}, {m['verb']}ed by {m['who']}", text)
    text = _BELONGS_RX.sub("owned by ", text)
    return _PARTY_OWNED_RX.sub(lambda m: f"owned by the {m['who']}", text)


def _acts_done_by(m: re.Match[str]) -> str:
    """ "installing them and patching the host are the customer's responsibility" → "installed
    by the customer them and patched by the customer the host"."""
    who = f"the {m['who'] or m['who2'] or m['who3'] or m['who4']}"
    return _GERUND_RX.sub(lambda g: f"{g[1].lower()}ed by {who}", m["acts"])


# Words that give an act or a thing to a party, for `_as_done_by`.
_GIVEN_WORDS = (
    "-owned",
    "belong",
    "whose",
    "responsib",
    "up to",
    "left to",
    "fall",
    "in charge of",
)
# Acts given to a party as its duty: "installing updates and patching the host are the
# customer's responsibility", "... is the responsibility of each school", "... is up to the
# customer" (not "up to 30 days"), "... falls to each museum's IT staff".
_GIVEN_AS_DUTY_RX = re.compile(
    r"(?P<acts>\b[^.;:]{0,120}?\b[a-z]+ing\b[^.;:]{0,120}?)\s+(?:(?:is|are|remains?|lies|rests)\s+"
    r"(?:(?:the|each|their)\s+(?P<who>[a-z-]+(?:\s+[a-z-]+){0,2}?)['’]s?\s+responsibilit(?:y|ies)|"
    r"(?:the\s+|solely\s+the\s+)?responsibilit(?:y|ies)\s+of\s+(?:the\s+|each\s+|their\s+)?"
    r"(?!our\b|us\b)(?P<who2>[a-z-]+)|(?:up|left)\s+to\s+(?:the\s+|each\s+)(?P<who3>[a-z-]+))|"
    # "Patching the controllers falls to each museum's own IT staff."
    r"(?:falls?|fell)\s+to\s+(?:the\s+|each\s+|their\s+)(?P<who4>[a-z-]+))\b",
    re.I,
)
_GERUND_RX = re.compile(r"\b([a-z]{2,}?)e?ing\b", re.I)
_RESPONSIBLE_FOR_RX = re.compile(
    r"\b(?P<who>(?i:the|each|their|its)\s+[\w-]+)\s+(?:is|are|remains?)\s+(?:responsible\s+for|in\s+charge\s+of)\s+"
    r"(?P<verb>[a-z]+?)(?:e)?ing\b"
)
_WHOSE_ACT_RX = re.compile(
    r"\b(?P<who>(?i:the|each|their|its)\s+[\w-]+),?\s+whose\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<verb>[a-z]{3,}?)(?:es|s)?\s+(?:them|it|those|these)\b"
)
_BELONGS_RX = re.compile(r"\b(?:belongs?|belonged)\s+to\s+(?=(?:the|each|their|its)\b)")
_PARTY_OWNED_RX = re.compile(r"\b(?P<who>[a-z]+)-owned\b")


# "Do you (physically) secure ...?", "Does Qhapaq monitor ...?", "Will Sarnıç patch ...?": the
# act asked of the vendor.
_YOU_ACT_ASK_RX = re.compile(
    r"\s*(?i:do|does|did|will)\s+(?:(?i:you|we)|[A-Z][\w-]+)\s+(?:\w+ly\s+)?(?P<verb>[a-z]{4,})\b"
)
# "Are the handhelds (physically) secured by Qhapaq?": the act and the party asked.
_ACT_BY_ASK_RX = re.compile(
    r"\b(?P<verb>[a-z]{3,}ed)\s+by\s+(?P<who>(?i:your|you)(?:\s+\w+)?|[A-Z][\w&-]*"
    r"(?:\s+[A-Z][\w&-]*)*)(?=\s*\?)"
)
_YOU_RX = re.compile(r"(?i:your|you)\b")
# An act said done by another: "secured by the airports", "run by Centinela MDR".
_ACT_BY_SAID_RX = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|en|un))\s+by\s+(?P<who>(?:the|an?|its|their|each)\s+[\w-]+(?:\s+[\w-]+){0,2}|"
    r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)"
)
# The buyers and institutions a vendor serves, who do their own part of a practice.
_PARTY_NOUNS = (
    r"customers?|clients?|tenants?|institutions?|schools?|hospitals?|clinics?|banks?|merchants?|"
    r"buyers?|museums?|librar(?:y|ies)|pharmac(?:y|ies)|practices?|courts?|agenc(?:y|ies)"
)
# Another organisation that does its own part: "the airports", "the car park operators",
# "each school", "the customers' administrators".
_OUTSIDE_PARTY_RX = re.compile(
    r"(?:the|their|its|each)\s+(?:[\w-]+\s+){0,2}?(?:" + _PARTY_NOUNS + r"|airports?|airlines?|"
    r"operators?|landlords?|venues?|councils?|authorit(?:y|ies)|carriers?|ports?|"
    r"municipalit(?:y|ies)|universit(?:y|ies)|employers?|retailers?|stores?)(?:['’]s?)?\b",
    re.I,
)
# The vendor itself or no party at all: "by our team", "by us", "by default", "by hand".
_OURS_RX = re.compile(
    r"(?i:our|us|we|the\s+vendor|itself|in-house|default|design|hand|role|policy|e-?mail|phone|"
    r"means|request|the\s+end|an?\s+(automated|scheduled|script|job|tool))\b"
)


# A question on what the vendor does: "Do you supply ...?", "Is Registra responsible for ...?".
_VENDOR_DOES_ASK_RX = re.compile(
    r"\s*(?:(?i:do|does|will|did)\s+(?:(?i:you|the\s+vendor)|[A-Z][\w-]+)\s+(?:\w+\s+)?|"
    r"(?:(?i:are\s+you|is\s+the\s+vendor)|(?i:is)\s+[A-Z][\w-]+)\s+)(?P<verb>(?i:decide|choose|"
    r"supply|provide|issue|manage|remove|configure|set|buy|purchase|responsible|own|install|"
    r"maintain|pay))\w*\b",
)


_AGENT_CLAUSE_RX = re.compile(r"[.;,]\s+|\s+and\s+", re.I)
# The doing given to another organisation: "by our staffing partner", "by an outside firm",
# "by a third party", "by Bayside Staffing Inc".
_BY_PARTNER_RX = re.compile(
    r"\bby\s+(?:our\s+|an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:partners?|providers?|"
    r"vendors?|suppliers?|contractors?|firms?|agenc(?:y|ies)|third[- ]part(?:y|ies)|"
    r"subcontractors?|outsourcer|bureau)\b",
    re.I,
)
# The doing given to an organisation by name: "run by Centinela MDR" (not "by Friday").
_BY_NAME_RX = re.compile(
    r"\b(?:run|operated|staffed|performed|done|carried\s+out|provided|managed|monitored|handled)"
    r"\s+by\s+[A-Z][\w&-]+"
)
# The doing given to someone: "supplied by the notary office", "the customer's administrator
# decides", "notary offices are responsible for".
_DONE_BY_RX = re.compile(
    r"\b(?P<verb>decided|chosen|supplied|provided|issued|managed|removed|configured|set|bought|"
    r"purchased|owned|installed|maintained|paid)\s+by\s+(?P<who>[^.;,]{2,50})|"
    r"(?P<who2>\b[^.;,]{2,50}?)\s+(?:(?:is|are|remains?)\s+)?(?P<verb2>decides?|chooses?|supplies|"
    r"provides?|manages?|removes?|configures?|sets?|responsible|owns?|installs?|maintains?|pays?)\b",
    re.I,
)


# Another party than the vendor: its customers, their administrators, users or offices.
_OTHER_PARTY_RX = re.compile(
    r"\b(" + _PARTY_NOUNS + r"|customer['’]s|client['’]s|offices?|their\s+own|each\s+\w+['’]s)\b",
    re.I,
)


def _one_for_all(question: str, text: str) -> bool:
    """Whether a question asks each thing to have its own ("Does each terminal have its own
    administrator password?", "unique credentials per device?") and a part of the text on
    the same subject gives them all one ("Every terminal has the same local administrator
    password", "one shared key on all kiosks")."""
    m = _OWN_ASK_RX.search(question)
    if m is None:
        return False
    specific = specific_terms(question) - _OWN_TERMS
    if not specific:
        return False
    # What each is asked to have its own of: the words after "its own", "unique", or before
    # it ("Is the room PIN unique to each educator?").
    before = " ".join(question[: m.start()].split()[-3:])
    own = _next_terms(question, m.end()) | subject_terms(before)
    for part in _SENTENCE_RX.split(text):
        same = _SAME_FOR_ALL_RX.search(part)
        if (
            same is not None
            and not _DENIAL_RX.search(part)  # "shared accounts are not permitted"
            # "a unique schema on a shared cluster": the part says the own thing too.
            and not _OWN_ASK_RX.search(_RATHER_RX.sub(" ", part))
            # "the same password policy" is not the user ID asked to be unique.
            and own & _next_terms(part, same.end())
            and len(specific & subject_terms(part)) >= STATED_SHARE * len(specific)
        ):
            return True
    return False


def _one_left_out(question: str, text: str) -> bool:
    """Whether a question asks an act of all of something ("Do you review all of your vendors
    annually?") and a sentence of the text denies the act of one it names ("We have not
    reviewed DentAI Labs"): done for some, not for all."""
    if not _ALL_ASK_RX.search(question) or not _NOT_DONE_TO_RX.search(text):
        return False
    if _CAPITAL_WORD_RX.findall(question)[1:]:
        return False  # "all users of Thornbury CaskLedger": of one thing, not all things
    asked = short_terms(question, without=_FREQUENCY.keys())
    return any(verb_stem(m["verb"]) in asked for m in _NOT_DONE_TO_RX.finditer(text))


# An act denied of one named: "We have not reviewed DentAI Labs", "never audited Orla".
_NOT_DONE_TO_RX = re.compile(
    r"\b(?i:not|never)\s+(?:(?i:been|yet)\s+)?(?P<verb>[a-z]{3,}(?:ed|en))\s+[A-Z][\w&-]+"
)


_ALL_ASK_RX = re.compile(r"\b(all|every|each)\b", re.I)


def _two_kept_compared(question: str) -> bool:
    """Whether a question compares how long or how often two things are kept or done ("Are
    infrastructure logs kept as long as image access logs?", "Are backups tested as often as
    they are taken?"): one thing's time, said, does not answer it."""
    m = _COMPARED_THING_RX.search(question)
    return m is not None and not _CONDITION_VERB_RX.search(m["other"])


# "as long as image access logs", "more often than the web servers": another thing's time.
_COMPARED_THING_RX = re.compile(
    r"\b(?:as\s+long\s+as|longer\s+than|shorter\s+than|as\s+often\s+as|more\s+often\s+than|"
    r"less\s+often\s+than)\s+(?!\d|a\s|an\s|one\s|required\b|needed\b|necessary\b|possible\b|"
    r"permitted\b|allowed\b|legally\b)(?P<other>[^?]{3,60})\?\s*$",
    re.I,
)
# "as long as the account is active", "as long as the law requires": a condition, not a thing.
_CONDITION_VERB_RX = re.compile(
    r"\b(is|are|was|were|remains?|requires?|lasts?|needed|required|active|open|law|contract|"
    r"subscription|agreement|you|we|they|it|customers?)\b",
    re.I,
)


def _later_than_at_once(question: str, text: str) -> bool:
    """Whether a question asks an act done at once ("deleted immediately after the flight?",
    "as soon as the claim closes?", "on the day it leaves?") and the text, on the same
    subject, gives it a time ("kept for 90 days and then deleted", "deleted within 60 days")."""
    asked = _AT_ONCE_ASK_RX.search(question)
    if asked is None or _AT_ONCE_ASK_RX.search(text):
        return False
    specific = specific_terms(question[: asked.start()] + " " + question[asked.end() :])
    return bool(specific) and any(
        _QUANTITY_RX.search(in_digits(x))
        and len(specific & subject_terms(x)) >= STATED_SHARE * len(specific)
        for x in _SENTENCE_RX.split(text)
    )


# An act asked done at once: "immediately", "as soon as", "on the day", "without delay".
_AT_ONCE_ASK_RX = re.compile(
    r"\b(immediately|at\s+once|as\s+soon\s+as|right\s+away|straight\s+away|without\s+delay|"
    r"instantly|on\s+the\s+(?:same\s+)?day|the\s+same\s+day)\b",
    re.I,
)


def _own_for_each(question: str, text: str) -> bool:
    """Whether a question asks of a thing shared ("Do ramp agents share a PIN?", "one PIN
    shared by all agents?", "a common login?") and a part of the text gives each their own
    ("each agent signs in with a personal 4-digit PIN"): the device may be shared, the thing
    asked is not."""
    m = _SHARED_ASK_RX.search(question)
    if m is None:
        return False
    before = " ".join(question[: m.start()].split()[-2:])
    shared = (_next_terms(question, m.end()) | subject_terms(before)) - _OWN_TERMS
    if not shared:
        return False
    parts = _SENTENCE_RX.split(text)
    if any(
        shared & _next_terms(p, said.end()) for p in parts for said in _SAME_FOR_ALL_RX.finditer(p)
    ):
        return False  # "named accounts on servers; one shared administrator credential per rack"
    return any(
        shared & _next_terms(part, own.end())
        for part in parts
        for own in _OWN_SAID_RX.finditer(part)
    )


# A thing asked as shared: "share a PIN", "shared credentials", "a common login".
_SHARED_ASK_RX = re.compile(r"\b(shar(e|es|ed|ing)|common)\b(\s+(a|an|the|one|their)\b)?", re.I)
# A thing said to be each one's own: "a personal PIN", "their own account", "named logins".
_OWN_SAID_RX = re.compile(
    r"\b(personal|individual|unique|named|separate|(its|their|his|her)\s+own)\b", re.I
)


def _next_terms(text: str, at: int) -> frozenset[str]:
    """The subject terms of the (up to) four words after position `at`."""
    return subject_terms(" ".join(text[at:].split()[:4]))


_OWN_ASK_RX = re.compile(
    r"\b(its|their|his|her)\s+own\b|\b(unique|individual|distinct)\b|"
    r"\bper[- ](device|user|terminal|kiosk|host|server|customer|tenant|account)\b",
    re.I,
)


_OWN_TERMS = frozenset({"own", "unique", "individual", "distinct", "separate", "different", "per"})


_SAME_FOR_ALL_RX = re.compile(
    r"\b(the\s+same|one\s+(single\s+)?shared|a\s+(single\s+)?shared|shared?|a\s+common|"
    r"one\s+common|identical)\b",
    re.I,
)


def _more_often_said(question: str, text: str) -> bool:
    """Whether the text states the practice strictly more often than a question asks ("more
    than twice a year?" is not met by "twice a year")."""
    wanted = subject_terms(question)
    asked = [_FREQUENCY[t] for t in wanted if t in _FREQUENCY]
    stated = _stated_often(text, wanted & subject_terms(text))
    return bool(asked and stated) and min(stated) < min(asked)


# A second place asked: "in another AWS region?", "a separate data centre from production?".
_ELSEWHERE_ASK_RX = re.compile(
    r"\b(another|separate|different|second|secondary|other|remote|geographically\s+separate)\s+"
    r"(\w+\s+)?(regions?|sites?|locations?|data\s*cent(er|re)s?|availability\s+zones?|facilit\w+)\b",
    re.I,
)


# One place only: "in the same AWS region", "no secondary region", "a single data centre".
_SAME_PLACE_RX = re.compile(
    r"\b(the\s+same|a\s+single|one\s+single|only\s+one)\s+(\w+\s+)?(regions?|sites?|locations?|"
    r"data\s*cent(er|re)s?|availability\s+zones?|facilit\w+)\b|\bno\s+(secondary|second|other|"
    r"backup|DR)\s+(regions?|sites?|data\s*cent(er|re)s?)\b",
    re.I,
)


# A frequency asked as a strict floor: "more than twice a year", "more often than annually".
_MORE_OFTEN_ASK_RX = re.compile(
    r"\bmore\s+(often|frequently)\s+than\b|\bmore\s+than\s+(once|twice|\w+\s+times)\s+"
    r"(a|per|each|every)\b",
    re.I,
)


def _purpose_said(question: str, text: str) -> bool:
    """Whether the text says the purpose a question asks a thing is used for ("Are emergency
    call recordings used for model training?"): at least half its words; a text on the thing
    alone ("recordings are kept for 2 years") states no use."""
    m = _USED_FOR_ASK_RX.search(question)
    reached = _ACCESS_TO_ASK_RX.search(question) if m is None else None
    if m is None and reached is None:
        return True
    # What is reached is asked word for word ("production" is a general word elsewhere).
    if m is not None:
        purpose = subject_terms(m["purpose"]) - _GENERAL_TERMS
    else:
        assert reached is not None
        purpose = subject_terms(reached["purpose"])
    return not purpose or 2 * len(purpose & subject_terms(text)) >= len(purpose)


# What people are asked to reach: "Can Sherbrooke support staff access production?" (a text on
# those staff's police checks says nothing of production).
_ACCESS_TO_ASK_RX = re.compile(
    r"^\s*(?:can|could|do|does|are|is)\b[^?]{0,60}?\b(?:access|view|see|read|modify|change|"
    r"delete|export|download|log\s+in\s+to|sign\s+in\s+to|connect\s+to)\s+(?P<purpose>[^?]{3,60})",
    re.I,
)


# "used for model training?", "used to train ...", "used in marketing?".
_USED_FOR_ASK_RX = re.compile(
    r"\b(?:used|utili[sz]ed|employed)\s+(?:for|to|in|as)\s+(?P<purpose>[^?]{3,60})", re.I
)


def _count_met(question: str, text: str) -> bool:
    """Whether a count a question bounds ("in more than five ports?", "at least 3 data
    centres?") is met by the count the text gives of the same things ("in 4 ports"); True
    where the question bounds no count or the text counts none."""
    m = _COUNT_ASK_RX.search(question)
    if m is None:
        return True
    asked = float(_NUMBER_WORDS.get(m["n"].lower()) or m["n"])
    counted = [
        float(_NUMBER_WORDS.get(n.lower()) or n.replace(",", ""))
        for n in counts_of(m["noun"], text)
    ]
    if not counted:
        return True
    op = " ".join(m["op"].lower().split())
    n = max(counted)
    if op in ("more than", "over", "greater than"):
        return n > asked
    if op in ("at least", "a minimum of"):
        return n >= asked
    if op in ("fewer than", "less than", "under"):
        return n < asked
    return n <= asked  # "at most", "no more than", "a maximum of"


def counts_of(noun: str, text: str) -> list[str]:
    """The counts a text gives of `noun`, as written ("38 gateways", "four ports", "1,200
    employees" → "38", "four", "1,200"), in order."""
    stem = noun.lower().rstrip("s")[:6]
    return re.findall(
        rf"\b(\d[\d,]*|{_NUMBER_WORD_ALT})\s+(?:[\w-]+\s+)?{re.escape(stem)}\w*\b", text, re.I
    )


def _case_count_met(question: str, text: str) -> bool:
    """Whether a count a question gives ("a customer with 150 seats?") meets the bound the text
    sets on the same things ("only for customers with more than 200 seats"); True where the
    text bounds no count the question gives."""
    for m in _COUNT_ASK_RX.finditer(text):
        stem = m["noun"].lower().rstrip("s")[:6]
        given = re.search(
            rf"(?<!than )(?<!least )(?<!over )(?<!under )(?<!most )(?<!of )"
            rf"\b(?P<n>\d[\d,]*|{_NUMBER_WORD_ALT})\s+(?:[\w-]+\s+)?{re.escape(stem)}\w*\b",
            question,
            re.I,
        )
        if given is None or _COUNT_ASK_RX.search(question):
            continue
        asked = float(_NUMBER_WORDS.get(given["n"].lower()) or given["n"].replace(",", ""))
        bound = float(_NUMBER_WORDS.get(m["n"].lower()) or m["n"])
        op = " ".join(m["op"].lower().split())
        if not (
            asked > bound
            if op in ("more than", "over", "greater than")
            else asked >= bound
            if op in ("at least", "a minimum of")
            else asked < bound
            if op in ("fewer than", "less than", "under")
            else asked <= bound
        ):
            return False
    return True


_NUMBER_WORD_ALT = "|".join(
    sorted((w for w in _NUMBER_TEXT.replace("|", " ").split()), key=len, reverse=True)
)


# A bound on a count of things: "more than five ports", "at least 3 data centres".
_COUNT_ASK_RX = re.compile(
    r"\b(?P<op>more\s+than|over|greater\s+than|at\s+least|a\s+minimum\s+of|fewer\s+than|"
    r"less\s+than|under|at\s+most|no\s+more\s+than|a\s+maximum\s+of)\s+"
    rf"(?P<n>\d+|{_NUMBER_WORD_ALT})\s+(?P<noun>(?!(?:business|working|minutes?|hours?|days?|"
    r"weeks?|months?|years?|characters?|percent|times?|per|of|in|to)\b)[a-z][\w-]{2,})",
    re.I,
)


def _quantity(n: str, unit: str) -> tuple[float, str]:
    """A quantity as (value, dimension): durations in hours, characters, percent."""
    key = unit.lower().replace("business ", "").replace("working ", "").rstrip("s")
    if key in _TIME_UNITS:
        return days_in(float(n), key) * 24, "time"
    return float(n), "percent" if key in ("%", "percent") else "characters"


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


_UNITS = (
    r"(?P<unit>(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)|"
    r"characters?|%|percent)"
)


# A bound on a quantity: "at least 12 months", "a minimum of 12 characters", "4 hours or less",
# "under 4 hours", "no more than 30 days", "more than 90 days".
_BOUND = Cue(
    r"(?:\b(?P<low>at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+(?:less|fewer|shorter)\s+than)|"
    r"\b(?P<strict>more\s+than|longer\s+than|greater\s+than|over|under|less\s+than|"
    r"fewer\s+than|shorter\s+than|below)|\b(?:at\s+most|no\s+(?:more|longer|greater)\s+than|"
    r"a\s+maximum\s+of|"
    r"maximum\s+of|not\s+exceed(?:ing)?|(?P<upto>up\s+to)))\s+(?P<n>\d+(?:\.\d+)?)\s*"
    + _UNITS
    + r"(?:\s+(?P<low2>or\s+(?:more|longer|greater))|\s+or\s+(?:less|fewer|shorter))?"
    r"|\b(?P<n2>\d+(?:\.\d+)?)\s*(?P<unit2>(?:business\s+|working\s+)?(?:minutes?|hours?|"
    r"days?|weeks?|months?|years?)|characters?|%|percent)\s+or\s+(?P<dir>more|longer|greater|"
    r"less|fewer|shorter)\b",
    (
        "least",
        "minimum",
        "less",
        "fewer",
        "more",
        "longer",
        "greater",
        "over",
        "under",
        "shorter",
        "below",
        "most",
        "maximum",
        "exceed",
        "up to",
    ),
)


_QUANTITY_RX = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)(?:\s*|-)" + _UNITS + r"(?!\w)", re.I)


def _said_as_most(part: str, q: re.Match[str]) -> bool:
    """Whether a quantity is said as a most: "up to 30 days", "a maximum retention period of
    120 days", "120 days at most", "a 120-day maximum"."""
    return bool(
        _AT_MOST_BEFORE_RX.search(part[: q.start()]) or _AT_MOST_AFTER_RX.match(part[q.end() :])
    )


_BETWEEN_AND_RX = re.compile(r"\bbetween\s+(\d+(?:\.\d+)?)\s+and\s+", re.I)
# The low end of a range said before its top: "8 to 64 characters", "7-120 days".
_RANGE_LOW_RX = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?:to|-|–)\s*$", re.I)


# A most said before a quantity: "up to 30 days", "up to about 30 days", "a maximum retention
# period of 12 months".
_AT_MOST_BEFORE_RX = re.compile(
    r"(?:\b(?:up\s+to|as\s+(?:long|many|much)\s+as|at\s+most|no\s+(?:more|longer)\s+than|"
    r"not\s+(?:to\s+)?exceed(?:ing)?)(?:\s+(?:about|around|approximately|roughly))?|"
    r"\bmaximum\s+(?:[a-z]+\s+){0,3}?of|\bmaximum)\s*$",
    re.I,
)
# A most said after a quantity: "120 days at most", "120 days or less", "a 120-day maximum".
_AT_MOST_AFTER_RX = re.compile(
    r"\s*(?:at\s+most|or\s+(?:less|fewer|shorter|under)|max(?:imum)?)\b", re.I
)
_UP_TO_RX = re.compile(r"\b(up\s+to|as\s+(long|many|much)\s+as|a\s+maximum\s+of|at\s+most)\b", re.I)


def _often_enough(
    wanted: frozenset[str], text: str, have: frozenset[str], strict: bool = False
) -> bool:
    """Whether `text` states the frequency a question asks ("reviewed at least annually"):
    the same or a more frequent one in every part on the subject ("internal hosts are scanned
    quarterly" fails "scanned at least monthly on all systems"; "backups are taken weekly"
    says nothing of how often restores are tested)."""
    asked = [_FREQUENCY[t] for t in wanted if t in _FREQUENCY]
    if not asked:
        return True
    stated = _stated_often(_of_the_act(wanted, text), have)
    if strict:
        # "more than once a year" and "once a year" (or "annually"): more often, strictly.
        return bool(stated) and max(stated) < min(asked)
    return bool(stated) and max(stated) <= min(asked)


def _names_act(text: str, group: tuple[str, ...]) -> bool:
    """Whether a text names an act of a group of kin words ("tested", "tabletop exercise")."""
    return any(re.search(rf"\b{stem}", text, re.I) for stem in group)


def _of_the_act(wanted: frozenset[str], text: str) -> str:
    """Where a question asks of one act and a text times it beside another ("reviewed annually
    and tested in a tabletop exercise every two years"), the text up to its first act and the
    stretches from each naming of the act asked to the next naming of another: how often the
    review is done, not the test. The text as it is otherwise, and where a frequency stands
    before its act ("every quarter ... are approved") or no stretch kept says one."""
    groups = [g for g in _DISTINCT_ACTS if any(t.startswith(g) for t in wanted)]
    if len(groups) != 1:
        return text
    marks = sorted(
        (m.start(), g is groups[0])
        for g in _DISTINCT_ACTS
        for stem in g
        for m in re.finditer(rf"\b{stem}", text, re.I)
    )
    if all(own for _, own in marks) or not any(own for _, own in marks):
        return text
    # Each stretch runs from a naming of the act asked to the next naming of another act.
    kept, start = [], None
    for at, own in [*marks, (len(text), False)]:
        if own and start is None:
            start = at
        elif not own and start is not None:
            kept.append(text[start:at])
            start = None
    lead = text[: marks[0][0]]
    if _timed(lead) or not any(_timed(k) for k in kept):
        # "Every quarter, rule changes are approved ... and once a year the rule base is
        # reviewed": how often stands before its act, and goes with the act after it.
        return text
    return " ".join([lead, *kept])


def _timed(text: str) -> bool:
    """Whether a text says how often: a frequency of `_FREQUENCY` or any "every N years"."""
    return bool(_EVERY_SO_OFTEN_RX.search(text) or subject_terms(text) & _FREQUENCY.keys())


# How often in any number: "every three years", "every 18 months", "once a year".
_EVERY_SO_OFTEN_RX = re.compile(
    r"\bevery\s+(?:[\w-]+\s+)?(?:years?|months?|quarters?|weeks?|days?|hours?)\b|"
    r"\b(?:once|twice)\s+(?:a|per|every)\b",
    re.I,
)


# "more than once a year", "more often than quarterly": a frequency asked strictly.
_STRICTLY_MORE_OFTEN_RX = re.compile(
    r"\bmore\s+(?:than\s+once|often\s+than|frequently\s+than)\b", re.I
)


def _often_said_of_act(question: str, text: str) -> bool:
    """Whether the frequency a question puts on an act ("a BCP that is tested annually") is
    said in a clause with that act, where the text names the act at all: "reviewed every year
    ... and was last tested in August 2026" says how often it is reviewed, not tested."""
    m = _TIMED_ACT_RX.search(question)
    if m is None:
        return True
    act = m["act"].lower()[:6]
    clauses = [c.lower() for c in _PART_RX.split(text)]
    with_act = [c for c in clauses if act in c]
    if with_act:
        return any(subject_terms(c) & _FREQUENCY.keys() for c in with_act)
    # ("exercised" is cut to "exerci", a word of the group "exercis".)
    group = next((g for g in _DISTINCT_ACTS if any(act.startswith(w[:6]) for w in g)), None)
    if group is None or not any(
        subject_terms(c) & _FREQUENCY.keys() and any(w in c for w in other)
        for c in clauses
        for other in _DISTINCT_ACTS
        if other is not group
    ):
        return True  # the frequency check proper decides
    # The text times another act of the kind ("tested annually?" and "reviewed every year"):
    # the act asked must be timed where it is named in another form ("reviewed every year; a
    # tabletop test was held in June 2026" is no yearly test).
    return any(subject_terms(c) & _FREQUENCY.keys() for c in clauses if any(w in c for w in group))


# An act and how often it is asked to be done: "tested annually", "reviewed at least quarterly",
# "and test it annually".
_TIMED_ACT_RX = re.compile(
    r"\b(?P<act>\w+ed|\w+(?=\s+(?:it|them)\b))\s+((it|them)\s+)?(at\s+least\s+)?"
    r"(annually|yearly|quarterly|monthly|weekly|daily|every\s+(year|quarter|month|week|day)|"
    r"once\s+a\s+(year|quarter|month))\b",
    re.I,
)


# Acts a plan, system or control is timed by, each other than the rest: a test is no review.
_DISTINCT_ACTS = (
    ("test", "exercis", "drill", "rehears", "simulat", "tabletop"),
    ("review",),
    ("audit",),
    ("scan",),
    ("patch",),
    ("rotat",),
    ("approv",),
    ("restor",),
    ("updat", "revis", "refresh"),
)


def _stated_often(text: str, have: frozenset[str]) -> list[int]:
    """The frequencies (days between) the parts of `text` on the question's subject state: the
    parts naming its specific words, or its words when all are general."""
    plain = have - _FREQUENCY.keys()
    key = plain - _GENERAL_TERMS or plain
    for splitter in (_PART_RX, _SENTENCE_RX):
        # Clauses first ("taken nightly, and a restore is tested twice a year"), whole
        # sentences where no clause on the subject says how often ("Alerts from the SIEM,
        # GuardDuty and endpoints are monitored 24x7"); of those, the ones saying most of
        # what is asked ("access to production ... quarterly; to SaaS ... annually").
        whole = splitter is _SENTENCE_RX
        timed = [
            (part, terms)
            for part, terms in zip(
                _split_parts(text, whole), _split_terms(text, whole), strict=True
            )
            if terms & key and terms & _FREQUENCY.keys()
        ]
        if timed:
            best = max(len(terms & plain) for _, terms in timed)
            if _said_more_untimed(text, plain):
                return []
            tops = [(part, terms) for part, terms in timed if len(terms & plain) == best]
            if any(_names_a_part(part, have) for part, _ in tops):
                # "Encryption keys for the EU region are rotated quarterly. Keys for the US
                # region are rotated yearly.": the part saying most names a part not asked;
                # every part timed says how often.
                tops = timed
            return [_FREQUENCY[t] for _, terms in tops for t in terms & _FREQUENCY.keys()]
    return []


def _names_a_part(part: str, have: frozenset[str]) -> bool:
    """Whether `part` gives what it says to something named ("for the EU region", "on
    Harbour Desk") that the question does not name."""
    return any(not subject_terms(name) <= have for name in parts_named(part))


def parts_named(text: str) -> list[str]:
    """The names of the parts `text` gives what it says to (see `PART_NAMED_RX`)."""
    return [m["name"] or m["place"] for m in PART_NAMED_RX.finditer(text)]


# A part a sentence gives what it says to: "for the EU region", "for Harbour Desk", "in the
# Frankfurt region", "in Viettel IDC" (not "on AWS", "to Amazon S3", "in January").
PART_NAMED_RX = re.compile(
    rf"\bfor\s+(?:the\s+|our\s+)?(?P<name>(?!(?i:{_MONTHS}|Q[1-4])\b)(?:[A-Z]{{2,}}|[A-Z][a-z]+[A-Z]\w*|"
    rf"[A-Z][a-z]{{2,}}))\b|\bin\s+(?:the\s+|our\s+)?(?P<place>(?!(?i:{_MONTHS}|Q[1-4])\b)[A-Z][\w-]+)\b"
)


def _said_more_untimed(text: str, plain: frozenset[str]) -> bool:
    """Whether the sentence (or part after a semicolon) saying most of what is asked says no
    frequency, while another says one: "Servers are patched monthly; the kiosks at customer
    gates are patched when a technician visits" for "Are the gate kiosks patched at least
    monthly?" (the frequency said is another thing's)."""
    wholes = _split_terms(text, True)
    timed = [len(t & plain) for t in wholes if t & _FREQUENCY.keys()]
    return bool(timed) and any(
        len(t & plain) > max(timed) for t in wholes if not t & _FREQUENCY.keys()
    )
