"""Whether a text states what a question asks (`states`): the one gate a control, document or approved answer passes before it may answer."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from socproc.mapping.holdings import YES_NO_RX
from socproc.mapping.places import named_places
from socproc.mapping.signable.caveats import (
    _AND_OR_RX,
    _BOTH_AND_RX,
    _BUT_VERB_RX,
    _CAPITAL_WORD_RX,
    _DONE_ASK_RX,
    _DONE_SAID_RX,
    _EMPLOYED_ASK_RX,
    _FOREVER_RX,
    _HANDLING_TERMS,
    _HEAD_VERB_RX,
    _MUST_SAY,
    _NAMED_START_RX,
    _NOT_CASE_LEAD_RX,
    _PRODUCT_SUBJECT_RX,
    _QUANTIFIER_TERMS,
    _REMOVED_RX,
    _TWO_TIMED_RX,
    _UNFINISHED_RX,
    _asked,
    _backups_elsewhere,
    _capitalised_names,
    _concept_said_of_named,
    _data_items,
    _doers,
    _employment_said,
    _excluded_asked,
    _hours_limited,
    _kind_kept_in_place,
    _name_terms,
    _other_agent,
    _other_environment,
    _others_denied,
    _place_only_viewed,
    _pronoun_denials,
    _role_of_another,
    _said_of_the_plan_asked,
    _said_only_in_compounds,
    _with_appositives,
    crossed_kind,
    hosted_apart,
    on_asked_environment,
    present_state,
)
from socproc.mapping.signable.clauses import (
    _EXEMPT_RX,
    _FULL_SENTENCE_RX,
    _IDENTITY_ASK_RX,
    _IDENTITY_RX,
    _NAMED_SCOPE_RX,
    _NO_EXEMPTION_RX,
    _ONLY_ASK_RX,
    _OPPOSITES,
    _PERCENT_RX,
    _RECORD_ASK_RX,
    _RECORD_NAMED_RX,
    _SAME_AS_RX,
    _SUPPLIERS_RX,
    _TOOL_ASK_RX,
    _TOOL_NAMED_RX,
    _WHOLE_SENTENCE_RX,
    _active_predicate,
    _acts_stated,
    _numbers_bound,
    _passive_alternatives,
    _passive_predicate,
    _passive_subject,
    _places_stated,
    _strictly_less,
    covers_clauses,
    excepted,
)
from socproc.mapping.signable.frequency import (
    _BOUND,
    _CHOICE_LEFT_RX,
    _ELSEWHERE_ASK_RX,
    _ENFORCED_ASK_RX,
    _LAPSED_RX,
    _MORE_OFTEN_ASK_RX,
    _SAME_PLACE_RX,
    _STRICTLY_MORE_OFTEN_RX,
    _YOU_REQUIRE_RX,
    _able_unsaid,
    _bound_met,
    _case_count_met,
    _count_met,
    _done_after,
    _done_by_another,
    _kind_said,
    _later_than_at_once,
    _less_often_for_some,
    _more_often_said,
    _names_act,
    _often_enough,
    _often_said_of_act,
    _one_for_all,
    _one_left_out,
    _own_for_each,
    _purpose_said,
    _retention_as_bound,
    _same_start,
    _two_kept_compared,
    _untimed_elsewhere,
)
from socproc.mapping.signable.narrower import (
    _CAPABILITY_RX,
    _CHOICE_RX,
    _CUSTOMER_ACT_RX,
    _EVERY_PERIOD_RX,
    _GROUP_NOUN_TERMS,
    _HANDLING,
    _ONLY_SOME_RX,
    _ONLY_WORD_RX,
    _PART_RX,
    _POPULATION,
    _PRODUCT_NAME_RX,
    _SCOPE_MARKERS,
    _SENTENCE_RX,
    _SPECIAL_CASE,
    _UNIVERSAL_RX,
    _kind_of_data_said,
    _narrower_data,
    _narrower_people,
    _numbers_spelled,
    _only_the_others,
    _whole_population,
    _without_plans,
    data_unsaid,
    device_subset_only,
    of_some_people,
    other_device_kind,
    other_plan_named,
    unmanaged_devices_too,
    workforce_thing_unsaid,
)
from socproc.mapping.signable.negation import (
    _ABOVE_AMOUNT_RX,
    _DATA_KINDS,
    _DENIAL_RX,
    _DOUBLE_NEGATIVE_RX,
    _FULL_STOP_RX,
    _ONLY_TO_SOME_RX,
    _OTHER_PLANS_ASK_RX,
    _REGARDLESS_RX,
    _REPORTS_TO_ASK_RX,
    _UNDO_ASK_RX,
    _UNDONE_CONDITION_RX,
    _closest_part_denies,
    _kept_for_unsaid,
    _kept_only_inside,
    _negated_terms,
    _other_places_named,
    _places,
    _reporting_line_said,
    _said_only_denied,
    _said_only_rather,
    _variants,
    clause_span,
    countries_in,
    in_digits,
    none_left_out,
)
from socproc.mapping.signable.quantities import (
    _FREQUENCY,
    _HOW_DONE_RX,
    _KIND_OF_TEST_RX,
    _LIMITED_SCOPE,
    _MEANS_RX,
    _ORDER_ASK_RX,
    _ORDER_SAID_RX,
    _further_time,
    _in_main_clause,
    _other_people,
    _people,
    _said_apart,
    _scoped_apart,
    _timed_for_a_scope_only,
    _timed_part,
    _window,
    _window_of_others,
    _within,
    asked_of_terms,
    group_opening,
    numbers_in,
    steps_window,
)
from socproc.mapping.signable.scope import (
    _ALL_RX,
    _BY_YOU_RX,
    _CASE_RX,
    _CLAUSE_END_RX,
    _CUSTOMER_GROUP_RX,
    _CUSTOMER_MUST_RX,
    _CUSTOMER_TURNS_ON_RX,
    _DONE_BY_PARTY_RX,
    _DONE_BY_THEM_RX,
    _EVERY_PLAN_RX,
    _EXCLUDED_RX,
    _FUTURE_RX,
    _HEAD_OF_RX,
    _IN_TRANSIT,
    _NOT_BY_US_RX,
    _ON_NOTICE_RX,
    _ONE_PLAN_RX,
    _OPTIONAL_RX,
    _OUR_RX,
    _PARTLY_RX,
    _PAST_RX,
    _PLAIN_RX,
    _PLAN_ASK_RX,
    _PLAN_ONLY_RX,
    _PLAN_SENTENCE_RX,
    _PROMPT_ASK_RX,
    _TEST_ASK_RX,
    _THEIR_DUTY_RX,
    _UN_RX,
    _UNTESTED_RX,
    _WHO_ASK_RX,
    _WITHOUT_RX,
    _YOU_ASK_RX,
    _about_case,
    _about_named,
    _before,
    _case_terms,
    _compound_split,
    _lacking_terms,
    _only_other,
    _rest_set_apart,
    _since,
    _stated_for_other_plans,
    _their_act,
)
from socproc.mapping.signable.subjects import (
    _DAY_NAMES,
    _GENERAL_TERMS,
    _MONTH_NAMES,
    _MONTHS,
    _alternatives,
    _stem,
    _term,
    specific_terms,
    subject_terms,
)
from socproc.mapping.signable.vocab import _CONCEPTS, _WORD_RX, NOT_DONE_SO_RX, STATED_SHARE, Cue

# A field or question asking who holds a duty: "Name of the person responsible for security",
# "Who is responsible for information security in your organization?".
_PERSON_ASK_RX = re.compile(
    r"^\s*(?:who\s+(?:is|are)|(?P<person>(?:full\s+)?names?\s+of\s+(?:the|your)\s+"
    r"(?:person|people|individual|officer|employee|executive|staff\s+member)(?:\s*\(s\))?|"
    r"(?:person|individual|officer)\s+))\s*(?:responsible|accountable|in\s+charge)\s+"
    r"(?:for|of)\s+(?P<duty>[^?]+)",
    re.I,
)


_DUTY_HELD_RX = re.compile(
    r"\b(responsib\w*|accountab\w*|in\s+charge|owns?|owners?|owned|led\s+by|leads?|heads?|"
    r"headed|reports?\s+to|appointed|designated|assigned)\b",
    re.I,
)


# Words of a duty that say where it is held, not what it is ("security at your company").
_DUTY_FRAME_TEXT = (
    "information data overall company organization organisation firm business the your our "
    "at in of for and within across"
)


def _duty_words(text: str) -> frozenset[str]:
    """The stems of a duty's or a title's words ("security" is a frame word to subject_terms,
    and the one word a duty may have)."""
    return frozenset(_stem(w) for w in _WORD_RX.findall(text.lower()))


# Data kept by the customer's group: "Canadian libraries' data", "EU customers' data is".
_PER_GROUP_RX = re.compile(
    r"\bfor\s+(?:[A-Z][\w.]*\s+){1,3}(customers|clients|users|tenants|institutions|data)\b|"
    r"\b[A-Z][\w.]*\s+\w+(?:s'|'s|’s|s’)\s+(?:\w+\s+)?data\b|"
    r"\b(?i:for\s+(?:customers|clients|tenants|institutions)\s+(?:in|from|based\s+in))\b|"
    # "Customers in Portugal and Spain have been hosted in AWS Frankfurt"
    r"\b(?i:(?:customers|clients|tenants|institutions)\s+(?:in|from|based\s+in))\s+(?:the\s+)?[A-Z]"
)


# Data told apart by where it comes from: "records of workers in Vietnam", "records from
# Cambodia", "lists for wind farms in UK waters".
_GROUP_OF_RX = re.compile(
    r"(?:\b(?i:(?:records|data|information|files|lists)\s+(?:of\s+(?:[\w-]+\s+){0,2}?(?:in|from)|"
    r"from))|\b(?i:for\s+(?:[\w-]+\s+){1,3}?(?:in|from|based\s+in)))\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w-]*)"
)


_ALL_OTHER_RX = re.compile(r"\b(all\s+)?other\s+(customer\s+)?(data|records|information)\b", re.I)


def _per_group(text: str, question: str = "") -> bool:
    """Whether where data is kept depends on whose it is: by the customer's group ("EU
    customers' data"), or by where it comes from where a text tells two such ("records of
    workers in Vietnam ...; records from Cambodia ...", "... for UK waters; all other data
    ..."), or one the question does not ask of ("for UK waters" and "for German waters"). One
    group alone, the one asked ("data of titles in the Korea region is stored in Seoul"), is
    where that data is."""
    if _PER_GROUP_RX.search(text):
        return True
    groups = {m["place"].lower() for m in _GROUP_OF_RX.finditer(text)}
    asked = {m["place"].lower() for m in _GROUP_OF_RX.finditer(question)}
    return (
        len(groups) > 1
        or (len(groups) == 1 and bool(_ALL_OTHER_RX.search(text)))
        or bool(asked and groups and not asked & groups)
    )


def states(question: str, text: str, least: int = 2) -> bool:
    """Whether `text` states what `question` asks (see `_states`); a question offering
    alternatives with "and/or" ("static code analysis and/or static application security
    testing") is stated by either."""
    # Most questions hold no "and/or": a substring test before the search (states() runs for
    # every control near every row).
    # "For customers not using SSO, does your application support MFA?": the case set aside
    # by a negative lead-in is what the rest asks of, not something to be stated.
    question = _NOT_CASE_LEAD_RX.sub("", question)
    text = _pronoun_denials(question, _numbers_spelled(text))
    if _CAPABILITY_RX.search(question):
        # "Does your application and/or user frontend/portal support MFA?": the product as
        # subject names no topic a text must state.
        question = _PRODUCT_SUBJECT_RX.sub(r"\1it ", question)
    both = _BOTH_AND_RX.search(question) if "both" in question.lower() else None
    if both is not None:
        # "Is MFA required for both therapists and clients?": each of them, one at a time.
        sides = [both["a"], both["b"]]
        _, _, after = sides[1].partition(" ")
        if (
            after
            and set(subject_terms(after)) <= _FREQUENCY.keys()
            and any(_names_act(sides[0], g) for g in _ACTS_SAID)
        ):
            # "both reviewed and tested every year": how often is asked of each act (not of
            # "both encrypted and tested monthly").
            sides[0] = f"{sides[0]} {after}"
        return all(
            states(question[: both.start()] + side + question[both.end() :], text, least)
            for side in sides
        )
    if (
        "once" in text
        and not _CAN_ASK_RX.match(question)
        and (subject_terms(question) & subject_terms(text))
        - subject_terms(_ONCE_CLAUSE_RX.sub(" ", text))
    ):
        # "We may add Consent to the SOC 2 scope once it is generally available": what is
        # asked said only in a condition to come is not so now (though "Can customers turn it
        # on?" is answered by "once the customer turns on SafeScan").
        return False
    text = on_asked_environment(question, present_state(question, text))
    # "Does Stal Starter provide individual accounts?": a clause on "Stal Pro" says nothing
    # of it.
    text = _without_sibling_products(question, text)
    timed = _TWO_TIMED_RX.search(question) if " and " in question else None
    if timed is not None:
        # "monthly vulnerability scans and annual penetration tests": each act at its own
        # frequency, not the scans' month for both.
        first, second = question[: timed.end("a")], question[timed.start("b") :]
        head = _HEAD_VERB_RX.match(question)
        second = f"{head[0]}{second}" if head else second
        return _states(first, text, least) and _states(second, text, least)
    m = _AND_OR_RX.search(question) if "and/or" in question else None
    if m is None:
        return _states(question, text, least)
    return any(
        _states(question[: m.start()] + side + question[m.end() :], text, least)
        for side in (m["a"], m["b"])
    )


def _other_side_asked(question: str, text: str) -> bool:
    """Whether a question asks of the other side of a condition the text says it is done in
    ("Are alerts reviewed after business hours?" and "Alerts are reviewed during business
    hours", "outside working shifts?" and "during shifts", "systems other than production?"
    and "the production network"), and the text says nothing of that side."""
    m = _OTHER_SIDE_ASK_RX.search(question)
    if m is None or _OTHER_SIDE_SAID_RX.search(text) or _SOMEONE_RX.search(question, 0, m.start()):
        # "approved by someone other than the preparer" asks of a second person, not a side.
        return False
    side = specific_terms(m["what"]) or subject_terms(m["what"])
    return bool(side) and 2 * len(side & subject_terms(text)) >= len(side)


# The other side asked: "after business hours", "outside working shifts", "other than
# production", "from outside the office network", "after the VPN disconnects".
_OTHER_SIDE_ASK_RX = re.compile(
    r"(?<=\w\s)(?:outside(?:\s+of)?|after|beyond|other\s+than)\s+(?:the\s+|of\s+"
    r"the\s+|their\s+|our\s+|your\s+)?(?P<what>[\w-]+(?:\s+[\w-]+){0,2})",
    re.I,
)
_SOMEONE_RX = re.compile(r"\b(someone|somebody|anyone|anybody|person|people|one)\s+$", re.I)
# The text tells that side too, or all the time: "outside business hours", "after hours",
# "24x7", "at all times", "around the clock".
_OTHER_SIDE_SAID_RX = re.compile(
    r"\b(outside|after|beyond|other\s+than|besides|24\s*x\s*7|24/7|at\s+all\s+times|around\s+the"
    r"\s+clock|round\s+the\s+clock|always|continuous(ly)?(?!\s+(during|while|when|in)\b)|"
    r"any\s+time|"
    r"every\s+(system|network))\b",
    re.I,
)


def _states(question: str, text: str, least: int = 2) -> bool:
    """Whether `text` states what `question` asks: it holds at least STATED_SHARE of the
    question's subject terms (at least `least` of them, or the one term a one-term question
    has), something of every clause ("a plan, with a clear owner, that is tested annually"
    needs the owner too), and does not deny it ("BYOD devices are prohibited")."""
    question = _without_plans(question)
    question = _whole_population(question, text)
    if _left_without(question, text):
        # "A web application firewall protects the EU and UK regions; the Gulf region has
        # none", "... since 2030 also runs Semgrep; the older products do not": told of some,
        # denied of others the question does not name.
        return False
    if _groups_told_apart(question, text, same=True):
        # "Have your developers been trained in secure coding?" and "Raftsund developers
        # complete it yearly; the Wisła Software developers have not taken it": one group
        # of the people asked, not them all.
        return False
    if hosted_apart(question, text):
        return False  # "in your cloud environment?" and "the servers in our colocation cage"
    if not _count_met(question, text):
        return False  # "in more than five ports?" and "38 gateways ... in 4 ports"
    if not _case_count_met(question, text):
        return False  # "a sponsor with 50 sites?" and "only to sponsors with more than 50 sites"
    if not _purpose_said(question, text):
        return False  # "used for model training?" and "recordings are kept for 2 years"
    if _excluded_asked(question, text):
        return False  # "cover ransom payments?" and "it excludes ransom and extortion payments"
    if _other_side_asked(question, text):
        return False  # "reviewed after business hours?" and "reviewed during business hours"
    if _MORE_OFTEN_ASK_RX.search(question) and not _more_often_said(question, text):
        return False  # "more than twice a year?" and "twice a year"
    if _ELSEWHERE_ASK_RX.search(question) and _SAME_PLACE_RX.search(text):
        return False  # "in another AWS region?" and "in the same AWS region; no secondary region"
    if _one_for_all(question, text):
        return False  # "its own password?" and "every terminal has the same password"
    if _one_left_out(question, text):
        return False  # "review all vendors?" and "We have not reviewed DentAI Labs"
    if _two_kept_compared(question):
        return False  # "kept as long as image access logs?" and one time said of each
    if _stated_for_other_plans(question, text):
        return False  # "SSO on the A and B plans, and passwords on the C plan" for C's SSO
    if _later_than_at_once(question, text):
        return False  # "deleted immediately?" and "kept for 90 days and then deleted"
    if _own_for_each(question, text):
        return False  # "share a PIN?" and "shared handhelds; each signs in with a personal PIN"
    if _done_by_another(question, text):
        return False  # "Do you supply the tokens?" and "a token supplied by the notary office"
    if _other_agent(question, text):
        return False  # "keys managed by your customers?" and "keys ... managed by us"
    if crossed_kind(question, text):
        return False  # "host-based IDS?" and "network IDS and host-based intrusion prevention"
    if _part_kept_of_whole(question, text):
        return False  # "store full card numbers?" and "we keep the last four digits"
    if _only_other(question, text):
        return False  # "on click logs?" and "trained only on licensed data"
    if _only_another_kind(question, text):
        return False  # "security alerts ... outside hours?" and "outside those hours only availability alerts ..."
    if _all_said_apart(question, text):
        return False  # "SCA on all repositories?" and "Semgrep ... for all repositories. SCA ..."
    if _all_other_said(question, text):
        return False  # "all customer data deleted?" and "declarations ...; all other data ..."
    if _named_part_denied(question, text):
        return False  # "test your backups?" and "...; the Haul database has never been tested"
    if _all_named_denied(question, text):
        return False  # "Envanter in the Türkiye region?" beside that region's own denial
    if _rest_set_apart(question, text):
        return False  # "static analysis?" and "for PassPort ...; the other products only ..."
    if "only" in text and _only_the_others(question, text, loose=True):
        return False  # "to shoppers who have not opted in?" and "only to those who have"
    if of_some_people(question, text):
        return False  # "all staff trained yearly?" and "yearly for employees; agents only at hire"
    if workforce_thing_unsaid(question, text):
        return False  # "employee passwords?" and "... at least 12 characters in Drongo Ledger"
    event = _EVENT_THING_RX.search(question)
    if event is not None and not re.search(rf"\b{event['what']}", text, re.I):
        return False  # "Was the stolen laptop encrypted?" and "company laptops are encrypted"
    if none_left_out(question, text):
        return False  # "Is any server left out of the scan?" and "No server is exempted from it"
    if _other_direction(question, text):
        return False  # "inbound denied?" and "Outbound ... denied; inbound traffic is filtered"
    if _away_asked_same_place(question, text):
        return False  # "geographically separate?" / "offsite?" and "... in the same building"
    if NOT_DONE_SO_RX.search(text) and _only_not_done(question, text):
        return False  # "a BCP?" and "We considered writing a BCP but have not done so yet"
    if (
        YES_NO_RX.match(question)
        and not _CAPABILITY_RX.search(question)
        and _left_to_another(question, text)
    ):
        # "Do you notify affected patients directly?" and "We notify affected pharmacies ...
        # Telling patients is the pharmacy's decision": the act asked is another's call.
        return False
    if _YOURS_ASK_RX.search(question) and _not_ours_for_them(question, text):
        # "Do temps sign your company's confidentiality agreement?" and "Temps sign the
        # agency's own confidentiality agreement, not ours": another's, for the reviewer.
        return False
    if _until_done(question, text):
        # "Have the legacy kiosks been replaced?" and "... until they are replaced in 2046".
        return False
    if _THIS_PERIOD_ASK_RX.search(question):
        # "Did you run a phishing simulation this quarter?" asks of an event in a period that
        # may have just begun; "run every quarter" does not say it has happened yet.
        return False
    given = text
    # "For customers not using SSO, does your application support MFA?": the case set aside
    # by a negative lead-in is what the rest asks of, not something to be stated.
    about = _about_named(question, text)
    if about is not None:
        about = _about_case(question, about)
    if about is None:
        return False  # "field staff" asked, and the text says nothing of them
    text = _scoped_apart(question, about)
    question = _retention_as_bound(question)
    if _further_time(question, text):
        # "backups deleted within 90 days?" and "data within 90 days; backups expire within a
        # further 45 days": the time asked of is counted on from the first.
        return False
    bound = _bound_met(question, text)
    if bound in ("short", "mixed"):
        # "at least 12 months" and "retained for 90 days"; "4 hours or less" and an RTO of 4
        # hours for one product and 24 for another.
        return False
    if bound and not _kind_said(question, text):
        # "security logs kept for at least 6 months?" and "chat logs are kept for 90 days".
        return False
    if bound == "met":
        # The quantity is judged ("at least 30 days" by "90 days"): the rest must be stated.
        question = _BOUND.rx.sub(" ", question)
    wanted = subject_terms(question)
    said = subject_terms(text)
    # How often is judged by _often_enough ("twice a year" states "annually"), not as a word.
    strict = bool(_STRICTLY_MORE_OFTEN_RX.search(question))
    often = _often_enough(wanted, text, wanted & said, strict)
    said_often = said | (wanted & _FREQUENCY.keys() if often else set())
    have = wanted & said_often
    have -= _said_only_in_compounds(have, text, wanted)
    if _able_unsaid(question, text):
        # "Is a voter's one-time code reusable across elections?": what can be done with the
        # thing (reused, transferred, exported) must be said, not only the thing.
        return False
    if (wanted & _MUST_SAY) - said_often:
        # "Do organisers on the Starter plan have SSO?" and "on the Starter plan organisers
        # sign in with a password": a security concept asked (SSO, MFA, a WAF) must be said.
        return False
    acts_asked = _acts_asked(question)
    if acts_asked and not any(_names_act(text, g) for g in acts_asked):
        # "Will you patch the controllers installed at our museum?" and "the controllers are
        # installed inside the museums' turnstile housings": an act asked (a test, a review, a
        # restore) must be said in some form of it.
        return False
    named_act = _NAMED_DOER_ASK_RX.match(question)
    if (
        named_act
        and subject_terms(named_act["verb"]) - said_often
        and _dealt_with(named_act["who"], text)
    ):
        # "Does OpenAI keep the clause text that Crossbill Draft sends to it?" and "Draft
        # sends the clause text to the OpenAI API": what the one named is asked to do must be
        # said, not only the thing it is done to.
        return False
    if wanted & _CONCEPTS and not _concept_said_of_named(question, wanted & _CONCEPTS, text):
        return False
    need = min(least, len(wanted))
    if not wanted or len(have) < need or len(have) / len(wanted) < STATED_SHARE:
        return False
    named = _name_terms(question) | _groups_opening(asked_of_terms(question) & wanted, text)
    content = wanted - named
    if named and content and not have & content:
        # "Does KT Audit use OpenAI?" and a control on KT Audit's code reviews: the product's
        # name is where it is asked, not what; the rest must be said.
        return False
    # "every" and "each" say how many, not what: "Does every region have a failover region?"
    # is not stated by a text on every region's backups.
    things = wanted - _QUANTIFIER_TERMS
    if things and len(have & things) / len(things) < STATED_SHARE:
        return False
    # Who does it is not what is done: "Do enforcement officers share login credentials?" is
    # not stated by "enforcement officers share handheld devices".
    doers = _doers(question)
    done = things - named - doers
    if doers and done and 2 * len(have & done) < len(done):
        return False
    # Which data, not only its kind: "Do you store full card numbers?" is not stated by "store
    # card payments for up to 48 hours" (an item named after the kind must be said).
    items = _data_items(question)
    if items and not items & have:
        return False
    if _aimed_terms(question) - said_often and not _all_of_its_kind(question, text):
        # "Are support tickets sent to Salesforce?" and "Support tickets are sent to Zendesk";
        # "trained on student health data?" and "trained on each district's own history":
        # where a thing goes, what it is learned from or what makes it must be said.
        return False
    acts = wanted & _HANDLING_TERMS
    if wanted & _DATA_KINDS and acts and not acts & have:
        # "Do your meters store full card numbers?" and "card numbers entered at the meters are
        # encrypted in the reader and sent to Redsys": what is done with the data must be said.
        return False
    if not _said_of_the_plan_asked(wanted, said, text):
        return False
    if "continuous" in wanted and _hours_limited(question, text):
        return False
    if _other_environment(question, text) or _backups_elsewhere(question, text):
        return False
    if _place_only_viewed(question, text):
        return False
    if not _kind_kept_in_place(question, wanted, text):
        return False
    if _EMPLOYED_ASK_RX.search(question) and not _employment_said(question, text):
        return False
    if _role_of_another(question, text) or _kept_only_inside(question, text):
        return False
    if _other_places_named(question, text):
        return False
    if _UNDONE_CONDITION_RX.search(question):
        # "... train the model if they opt out?": what holds once the default is undone,
        # which a text on the default and the choice does not say.
        return False
    if _OTHER_PLANS_ASK_RX.search(question) and (
        _PLAN_ASK_RX.search(text) or _CUSTOMER_GROUP_RX.search(text)
    ):
        # "Can merchants on other plans opt out?" and "Enterprise merchants can opt out".
        return False
    if _DONE_ASK_RX.search(question) and (
        _UNFINISHED_RX.search(text) or not _DONE_SAID_RX.search(text)
    ):
        # "Is fieldwork complete?" and "the next SOC 2 is in fieldwork"; "Is your DPIA final?"
        # and "DPIA (draft v0.4)", or a text that names the DPIA but not its state.
        return False
    cased = _case_terms(question)
    if cased and (rest := wanted - cased) and len(have & rest) / len(rest) < STATED_SHARE:
        # "Is a background check required for employees in Israel?" and "employees in Israel
        # are hired after reference checks only": who is asked about is said, what is asked
        # of them is not.
        return False
    if len(wanted) == 1 and not _in_main_clause(wanted, text):
        # "Is there an existing contract?" is not stated by "When a contract ends, data is
        # deleted": a one-word subject named only in a condition or a time clause.
        return False
    # The specific words must be there too: "access" and "employees" stated do not answer
    # "Can employees access customer systems remotely?" without "remotely".
    specific = wanted - _GENERAL_TERMS
    if specific and len(specific & said_often) / len(specific) < STATED_SHARE:
        return False
    if _REPORTS_TO_ASK_RX.search(question) and not _reporting_line_said(question, given):
        # "Does your DPO report to the board?" and "The CISO reports to the CTO, who reports
        # to the CEO": who reports to whom must be said of the two roles asked.
        return False
    if _said_only_rather(specific, given):
        # "Do educators have individual accounts?" and "signed in with a room PIN rather than
        # individual accounts": what is asked is named as what is not done.
        return False
    if _said_only_denied(specific, given):
        # "Do patients need a password to sign in?" and "Patients sign in with a one-time
        # link; patients have no passwords": a word asked said only where it is denied.
        return False
    if _closest_part_denies(specific, wanted, given):
        # "Are interpreters' devices managed by you?" and "Company laptops are managed ...;
        # interpreters use their own devices, which we do not manage": the part on what is
        # asked denies it; another part's "managed" is of other things.
        return False
    if specific & _HANDLING and not _kind_of_data_said(question, said_often):
        # "Do you collect, process or store demographic information?": the verbs of handling
        # data say little; the kind of data handled ("demographic") must be said.
        return False
    done = specific - _POPULATION
    # A name (a product, a partner, a place) says who or where, not what is done: "Does
    # Tembusu Payouts have a secondary site?" is not stated by "Tembusu Payouts was last
    # penetration tested in November 2025".
    names = _capitalised_names(question)
    practice = done - subject_terms(" ".join(names)) if names else done
    if practice and len(practice & said_often) / len(practice) < STATED_SHARE:
        return False
    if done and len(done & said_often) / len(done) < STATED_SHARE:
        # What is done must be stated, not only to whom: training "completed by new hires"
        # does not state "the other checks you perform for new hires".
        return False
    act = _active_predicate(question)
    if act and not _acts_stated(act, said, text):
        # "Do you watermark your ML training data?" is not stated by a text on training data
        # that never says it is watermarked: what the vendor is asked to do must be said.
        return False
    subject = _passive_subject(question)
    if subject and not subject & said:
        # "Are backups retained for 90 days?" is not stated by logs retained for 90 days.
        return False
    if (_places(question) or named_places(question)) and _per_group(text, question):
        # "Is US customer data stored in the EU?" and "... Iowa for US customers and Frankfurt
        # for EU customers": where depends on whose data; the clause for the group asked is
        # the reviewer's to read.
        return False
    if not _places_stated(question, text):
        return False
    if _IDENTITY_ASK_RX.match(question) and not _IDENTITY_RX.search(text):
        # "Are you a HIPAA covered entity?" asks what the vendor is: "we sign BAAs with
        # covered-entity customers" does not say it.
        return False
    if _strictly_less(question, text):
        return False
    if _SUPPLIERS_RX.search(text) and not _SUPPLIERS_RX.search(question):
        # What is done to vendors and subprocessors is not done for the organisation ("Do
        # you perform annual risk assessments?" and "critical vendors are risk-assessed").
        return False
    if _passive_predicate(question) - said:
        # "Can access be restricted by source IP?": a text that names the source IP in another
        # role ("logs hold the source IP") does not state the restriction.
        return False
    either = _passive_alternatives(question)
    if either and not either & said:
        # "Are the names masked or removed in staging?": one of the acts must be said, not
        # only the names ("... other fields are replaced; the names are not").
        return False
    if wanted & _SCOPE_MARKERS - said:
        # "privacy review", "privacy training": a security practice does not state the
        # privacy one (Privacy is its own Trust Services category). "firewall change
        # requests", "encrypted laptops": a practice stated for systems in general, or for
        # another kind of asset, does not state it for the asset the question names.
        return False
    if not often or not _often_said_of_act(question, text):
        return False
    if _said_apart(wanted - _GENERAL_TERMS, text, asked_of_terms(question) & wanted):
        return False
    if "only" in text.lower() and _only_others(question, text):
        return False
    kinds = {k.lower() for k in _KIND_OF_TEST_RX.findall(question)}
    if kinds and kinds - {k.lower() for k in _KIND_OF_TEST_RX.findall(text)}:
        # "authenticated vulnerability scans" are not stated by external perimeter scans: the
        # kind of test asked must be said.
        return False
    person = _PERSON_ASK_RX.search(question)
    if person is not None and not (
        _DUTY_HELD_RX.search(text)
        and (_duty_words(person["duty"]) - _duty_words(_DUTY_FRAME_TEXT)) & _duty_words(text)
    ):
        # "Who is responsible for security?" and a control on test data that shares its words:
        # a text answers "who" only by saying who holds the duty asked.
        return False
    how = _HOW_DONE_RX.match(question)
    if how and _term(how["act"].lower()) not in said:
        # "Describe how contract reviewers are vetted": a control on their accounts does not
        # say how they are vetted.
        return False
    means = _MEANS_RX.search(question.split("?")[0])
    if means and (specific_terms(means["means"]) - _FREQUENCY.keys()) - said:
        # "Do patients sign in with a password?" and "Patients sign in with a one-time link":
        # the means asked is what the question turns on.
        return False
    asked = _asked(question)
    if _people(wanted, said) or _other_people(wanted, text):
        # "all employees" is not stated by what developers or administrators do.
        return False
    if asked.kind and _LAPSED_RX.search(text):
        # "Do you have a security awareness programme?" and "... we used to repeat it every year
        # but have not run the annual refresher since 2025": a programme that lapsed, whatever
        # is still done once. For the reviewer.
        return False
    if (asked.every or _REGARDLESS_RX.search(question)) and _ABOVE_AMOUNT_RX.search(text):
        # "required for every payout?" and "required for payouts above KES 5,000": only
        # those over the amount.
        return False
    if _done_after(question, text):
        # "reviewed before release?" and "reviewed within 2 working days after release".
        return False
    if asked.every and _less_often_for_some(wanted, text):
        # "Do you scan all systems daily?" and "We scan our cloud environment every day and the
        # Vervoer servers once a month": all of them at the least often said.
        return False
    if asked.every and (said & _LIMITED_SCOPE) - wanted:
        # "Are all hosts scanned?" is not stated by scans of internet-facing hosts.
        return False
    if not _same_start(question, text):
        # "deleted within 30 days of contract termination?" and "loan history is deleted 30
        # days after a loan is returned": a window counted from another event.
        return False
    asked_window, stated_window = _window(question), steps_window(_timed_part(specific, text))
    if asked_window is not None and _window_of_others(specific, text):
        return False
    if asked_window is not None and _timed_for_a_scope_only(wanted, text):
        # "Are security patches applied within 30 days?" and "Critical security patches are
        # applied within 14 days": the time is said of the critical ones only.
        return False
    if asked_window is not None and stated_window is not None:
        # "removed within 24 hours" is not stated by "within one business day", and "fixed
        # within 30 days" is by "within 15 days".
        if not _within(stated_window, asked_window):
            return False
        if _untimed_elsewhere(question, text):
            # "Critical findings are fixed within 14 days. Barge servers are patched when a
            # technician visits the site.": the time holds for some systems, not the others.
            return False
    elif bound != "met" and _kept_for_unsaid(question, text):
        # "Are backups retained for one year?" is not stated by "a copy is kept in
        # af-south-1": how long must be said as a length, not found as a bare number.
        return False
    elif bound != "met" and numbers_in(in_digits(question)) - numbers_in(in_digits(text)):
        # "retained for at least 90 days" is not stated by "retained for 30 days", nor
        # "within 7 days" by "within 30 days": a quantity asked must be the one stated.
        return False
    elif not _numbers_bound(question, text, specific):
        # "Is your RTO 4 hours or less?" is not stated by "an RTO of 24 hours and an RPO of
        # 4 hours": the number must be said of what is asked.
        return False
    if (
        _ONLY_ASK_RX.search(question)
        and numbers_in(question)
        and numbers_in(text) - numbers_in(question)
    ):
        # "Do you accept only TLS 1.3?" and "TLS 1.2 and TLS 1.3 are accepted".
        return False
    if asked.every and _PERCENT_RX.search(text):
        # "Do all employees complete training?" and "completion was 87%".
        return False
    if any(
        a.search(question) and b.search(part) and not a.search(part)
        for a, b in _OPPOSITES
        # The whole text, and each part on the question's subject ("the firmware is built
        # and released by a single engineer" beside reviews of other code).
        for part in (text, *(p for p in _PART_RX.split(text) if subject_terms(p) & specific))
    ):
        # "a commercial scanner" is not stated by "an open-source scanner".
        return False
    if _RECORD_ASK_RX.search(question) and not _RECORD_NAMED_RX.search(text):
        # "a documented list of personal data" asks for the list: a control on breaches of
        # personal data is not one.
        return False
    if _TOOL_ASK_RX.search(question) and not _TOOL_NAMED_RX.search(text):
        # "Have you implemented an intrusion detection system?" asks for the tool: alerts
        # triaged by a SOC, or monitoring for availability, do not name one.
        return False
    if YES_NO_RX.match(question) and any(
        m["act"][:5].lower() in question.lower()
        and not re.search(m["who"] or m["org"], question, re.I)
        for m in _DONE_BY_THEM_RX.finditer(text)
    ):
        # "Are firmware updates installed automatically by the vendor?" and "installed by the
        # customer": what is asked is another party's act.
        return False
    if _BY_YOU_RX.search(question.split("?")[0]) and (
        _DONE_BY_PARTY_RX.search(text) or _DONE_BY_THEM_RX.search(text)
    ):
        # "Are contract reviewers background checked by you?" and "Background checks ... are
        # carried out by our staffing partner": another party does what is asked of the vendor.
        return False
    if (
        (_THEIR_DUTY_RX.search(text) or _CUSTOMER_MUST_RX.search(text))
        and not _THEIR_DUTY_RX.search(question)
        and not _CUSTOMER_MUST_RX.search(question)
        and not _WHO_ASK_RX.match(question)
    ):
        # "Is workstation security the vendor's responsibility?" and "Hospitals are
        # responsible for securing the clinic workstations": another party's duty.
        return False
    head = _HEAD_OF_RX.match(question)
    if head is not None and _term(head["head"].lower()) not in subject_terms(text) | {""}:
        # "Do you ensure the accuracy of LEDES files?" asks of their accuracy: how the files
        # are uploaded names the files, not what is asked of them.
        return False
    if _compound_split(question, text):
        # "export-controlled drawings" is not stated by "administrators can export them", nor
        # a "(network-based)" IDS by "network logs".
        return False
    if (_ENFORCED_ASK_RX.search(question) or _YOU_REQUIRE_RX.search(question)) and (
        _CHOICE_LEFT_RX.search(text)
    ):
        # "Is SSO required?" and "Customer administrators decide whether single sign-on is
        # required": whether it is, is the customer's choice.
        return False
    if _NOT_BY_US_RX.search(text) and _YOU_ASK_RX.search(question):
        # "phishing simulations are run by our parent company's team, not by us".
        return False
    if _PROMPT_ASK_RX.search(question) and _ON_NOTICE_RX.search(text):
        # "removed promptly when they leave?" and "removed when the partner tells us": when
        # is up to another party, not prompt.
        return False
    if _their_act(question, text):
        # "Do you activate the rate cards we upload?" and "Customers ... are responsible for
        # activating uploaded rate cards": the act asked of the vendor is the customer's.
        return False
    if _narrower_people(question, text):
        # "Do all employees undergo background checks?" is not stated by checks "for office
        # staff": one group, not everyone asked.
        return False
    if data_unsaid(question, text):
        # "Do you collect, process, or store demographic information?" and "these logs are
        # not collected".
        return False
    if other_plan_named(question, text):
        # "available on the Essencial plan?" and "... is available on Clinica Pro".
        return False
    if other_device_kind(question, text, unnamed="fulldiskencryption" in wanted):
        # "the hard drives of servers?" and "Company laptops are encrypted".
        return False
    if device_subset_only(question, text):
        # "Do you encrypt laptops?" and "Laptops of the London team are encrypted".
        return False
    if unmanaged_devices_too(question, text):
        # "Do you encrypt the hard disks of laptops?" and "Company laptops use BitLocker; the
        # agents' laptops are their own": not said of the agents' laptops.
        return False
    if _narrower_data(question, text):
        # "Is sensitive data encrypted at rest?" is not stated by "cardholder data is
        # encrypted at rest": one kind of data, not the data asked.
        return False
    if _SPECIAL_CASE.search(question) and not _SPECIAL_CASE.search(text):
        # "Do emergency changes require approval?" is not stated by the normal change process.
        return False
    if _SAME_AS_RX.search(question) and not re.search(r"\bsame\b|\bas\s+for\b", text, re.I):
        # "the same background checks as employees" needs the text to say they are the same.
        return False
    if not covers_clauses(question, text):
        return False
    if asked.policy and not re.search(rf"\b{asked.policy}", text, re.I):
        # "Do you have a data privacy policy?" asks for a policy: privacy training is not one.
        return False
    if (
        asked.kind
        and not (wanted - _GENERAL_TERMS - _FREQUENCY.keys())
        and not re.search(rf"\b{asked.kind}", text, re.I)
    ):
        # "a formal information security program that is reviewed annually": when all that
        # names the subject is frame words, the text must name that kind of thing too (a
        # vendor review done yearly is not the programme).
        return False
    capability = asked.capability
    if (
        not capability
        and not asked.alternatives
        and (wanted - _GENERAL_TERMS) & _alternatives(text)
    ):
        # "stored in Canada East or Central US": one of the alternatives is not stated as
        # what is always done ("Is data stored in Canada?"); each is what can be done
        # ("sign in with SAML or OIDC" supports SAML).
        return False
    if not capability and any(
        _CHOICE_RX.search(sentence) and subject_terms(sentence) & have
        for sentence in _SENTENCE_RX.split(text)
    ):
        return False
    if (
        _EVERY_PLAN_RX.search(question)
        and _ONE_PLAN_RX.search(text)
        and not _EVERY_PLAN_RX.search(text)
    ):
        # "available on every Coho Bench plan?" is not stated by what "the GxP Enterprise plan
        # of Coho Bench provides": one plan named, not all.
        return False
    if _RELEASE_ASK_RX.search(question) and not _OUR_RELEASES_RX.search(text):
        # "Do you have a release schedule for product updates?" and "security updates go on
        # our servers within 14 days of release": the makers' releases applied, not ours.
        return False
    if _one_plan_said(question, text, specific):
        # "Are video consultations end-to-end encrypted?" and "Consult video calls are
        # end-to-end encrypted on the Network plan; on Solo and Practice they are decrypted at
        # the media servers": said of one plan, where the question asks of the service.
        return False
    if (
        _UNIVERSAL_RX.search(question)
        and not _ALL_RX.search(_EVERY_PERIOD_RX.sub(" ", text))
        and _NAMED_SCOPE_RX.search(text)
    ):
        # "Is all source code reviewed?" is not stated by a review "for the TideTrack web
        # frontend": a practice for one named system.
        return False
    if _UNIVERSAL_RX.search(question) and _term_kept_to_some(question, text):
        # "Is privacy training mandatory for all employees?" and "All employees complete
        # security training ... Privacy training is given to the support team only".
        return False
    if _COMPLIANCE_ASK_RX.search(question) and not _COMPLIANCE_SAID_RX.search(text):
        # "Is Capture 21 CFR Part 11 compliant?" and "Capture keeps a 21 CFR Part 11 audit
        # trail", "a SOX-ready audit log": a feature named after a standard, no compliance.
        return False
    if _people_placed_apart(question, text):
        # "Do you have customers in Australia?" and "backups copied to AWS Sydney, Australia":
        # where data is kept is not where customers are.
        return False
    if _name_said_apart(question, text):
        # "Is the Koppel connection penetration tested?" and "NVISO tests Burger and Backoffice
        # every year ... Koppel is covered only by the FSB's own connection tests".
        return False
    if _duty_of_another(question, text):
        # "Does Loketra review civil servants' access?" and "Municipal administrators manage
        # their civil servants' roles and are responsible for reviewing them".
        return False
    if _opposite_said(question, text):
        # "work with unmasked production data?" and "work on copies made by our masking
        # pipeline": the opposite of what is asked.
        return False
    if _ALONE_ASK_RX.search(question) and _ONLY_THROUGH_RX.search(text):
        # "Can pupils under 13 sign up on their own?" and "can only be signed up through a
        # parent's account": only with another's hand, not on their own.
        return False
    if _other_case_said(question, text):
        # "Does the Driver app collect location when no trip is active?" and "collects the
        # location every 2 minutes while a trip is active": the case asked is the other one.
        return False
    if hedged_where_said(question, text):
        # "Are critical vulnerabilities fixed within 14 days?" and "We aim to fix critical
        # findings within 14 days": an aim, not what is done.
        return False
    if _lapsed_where_said(question, text):
        # "Do you have an intrusion prevention system in place?" and "... whose intrusion
        # prevention licence lapsed in August 2026 and has not been renewed": what lapsed is
        # not in place.
        return False
    if _called_off(question, text):
        # "Was production access reviewed in January 2027?" and "reviewed twice a year, in
        # January and July. The January 2027 review was postponed to March 2027": the time
        # asked was called off.
        return False
    if (
        _SHARE_SAID_RX.search(text)
        and not _SHARE_SAID_RX.search(question)
        and any(_SHARE_SAID_RX.search(c) for c in _closest_clauses(question, text))
    ):
        # "Did all employees complete the training?" and "Nearly all employees completed it":
        # a share, not the whole.
        return False
    if _UNIVERSAL_RX.search(question) and _named_where_said(question, text):
        # "a bug bounty covering all products?" and "a bug bounty for Classroom only, and a
        # disclosure policy covering all products": the "all" is another act's.
        return False
    if asked.every_general and not _ALL_RX.search(text):
        # "Is all data encrypted at rest?" is not stated by "student records are encrypted"
        # ("all employees" is by "employees complete training": the same people).
        return False
    if (
        asked.every_general
        and _ONLY_WORD_RX.search(text)
        and not _ALL_RX.search(_EVERY_SEASON_RX.sub(" ", _EVERY_PERIOD_RX.sub(" ", text)))
    ):
        # "Do all of your products have a DR plan?" and "The DR plan covers FarmView only and is
        # tested every October": the "every" is a time, and "only" keeps the plan to one.
        return False
    if asked.describe:
        # "Describe your encryption at rest": the text, its conditions and plans included, is
        # the description (never a Yes).
        return True
    if (asked.every or "generations" in question.lower()) and not _variants(question):
        # "Do all gateways require approval?" and "Generation 2 gateways ... ; Generation 1
        # gateways keep a permanent tunnel": one variant's sentence is not all of them.
        told = [x for x in _SENTENCE_RX.split(text) if _variants(x)]
        if len({v for x in told for v in _variants(x)}) > 1 and not all(
            _states(question, x) for x in told
        ):
            return False
    if asked.every and _SPECIAL_CASE.search(text) and not _SPECIAL_CASE.search(question):
        # "Are all code changes peer reviewed before deployment?" and "emergency hotfixes are
        # deployed by one engineer and reviewed within 48 hours".
        return False
    if asked.every and _SIZED_GROUP_RX.search(text) and not _SIZED_GROUP_RX.search(question):
        # "Is SAML available to every franchise group?" and "Franchise groups with 20 or more
        # restaurants can connect through SAML 2.0. Smaller groups sign in with a password".
        return False
    if asked.every and _ONLY_TO_SOME_RX.search(text):
        # "Is HIPAA training given every year to all staff?" and "HIPAA training is given only
        # to the eight people who support our US customers".
        return False
    if asked.every and _NEW_ONES_RX.search(text) and not _NEW_ONES_RX.search(question):
        # "for all of your products?" and "completed for each new product before launch":
        # the ones made since, not those before.
        return False
    if asked.every and (
        excepted(text) or _EXCLUDED_RX.search(text) or _exempt_in_other_words(question, given)
    ):
        # "Are all production changes approved?" is not stated by a text that makes an
        # exception anywhere ("..., except for emergency fixes").
        return False

    # A part on the subject that denies it, makes an exception ("all laptops except test
    # machines"), says it is only planned ("we plan to roll out MFA") or, where the question
    # asks what is done rather than what can be, says it is optional ("customers can
    # optionally enable encryption") does not state it, unless another part says more of
    # what is asked ("stored only as bcrypt hashes" for "stored using a one-way hash?",
    # beside "never stored in plain text").
    # A time said once covers its whole clause: "Until 2024 backups were written to tape and
    # stored offsite by Iron Mountain", "After go-live ..., we will scan ... weekly".
    timed = [
        c
        for c in _CLAUSE_END_RX.split(text)
        if _FUTURE_RX.search(c)
        or _PAST_RX.search(c)
        # "off until the customer's administrator turns it on" is still supported.
        or (not capability and _CUSTOMER_TURNS_ON_RX.search(c))
    ]

    # "Can backers opt out?" asks of the undoing itself: "cannot opt out" denies it (elsewhere
    # "MFA cannot be turned off" affirms MFA).
    undoing = bool(_UNDO_ASK_RX.search(question))

    def qualified(part: str) -> bool:
        some = _ONLY_SOME_RX.search(part)
        return bool(
            _DENIAL_RX.search(part if undoing else _DOUBLE_NEGATIVE_RX.sub(" ", part))
            or excepted(part)
            or any(part.strip(" .;,") in c for c in timed)
            # "for Wingtip Meet on the Government plan only": one plan, not the service.
            or _PLAN_ONLY_RX.search(part)
            or _PARTLY_RX.search(part)
            or (not capability and (_OPTIONAL_RX.search(part) or _CUSTOMER_ACT_RX.search(part)))
            # "only the attachments store" is part of what is asked, unless it is what is asked.
            or (some is not None and not subject_terms(some[1]) <= wanted)
        )

    parts = _with_appositives(_PART_RX.split(text))
    if (
        (specific & _IN_TRANSIT and _PLAIN_RX.search(text))
        or any(
            subject_terms(w) & specific
            for w in (*_UN_RX.findall(text), *_WITHOUT_RX.findall(text), *_REMOVED_RX.findall(text))
        )
        or any(
            (denied := _negated_terms(p)) & specific and denied <= wanted
            for p in parts
            if _DENIAL_RX.search(p)
            and not _DOUBLE_NEGATIVE_RX.search(p)
            # "ticket buyers cannot use MFA" does not deny that the product supports it.
            and not (capability and _others_denied(p, wanted))
        )
    ):
        # "... encrypted with AES-256; invoice PDFs are held unencrypted for 24 hours",
        # "the legacy fax archive is not encrypted": part of what is asked is not done.
        return False
    if _FOREVER_RX.search(question) and not _FOREVER_RX.search(text):
        # "Do you keep passport scans indefinitely?" and "... deleted 90 days after ...": a
        # time kept is no keeping without end.
        return False
    if _ORDER_ASK_RX.search(question) and not _ORDER_SAID_RX.search(text):
        # "Was the subsidiary sold before the ransomware attack?": the order of two events,
        # which a text that only dates them (in other words) does not say.
        return False
    lacking = _lacking_terms(question)
    if lacking and lacking <= subject_terms(text):
        # "Can Baltic Ops access production data without CISO approval?" and "... through an
        # access request approved by the CISO": what it is asked to go without is said.
        return False
    asked_since = _since(question)
    if asked_since is not None and (since := _since(text)) is not None and since > asked_since:
        # "required since 2026-01-01?" and "Since 2026-03-01 ... must": later than asked.
        return False
    before = _before(question)
    if before is not None and (since := _since(text)) is not None and since >= before:
        # "required before November 2026?" and "Since November 2026 MFA is required": it
        # began no earlier than the time asked about.
        return False
    if _TEST_ASK_RX.search(question) and _UNTESTED_RX.search(text):
        # "... tested annually?" and "It has not been exercised": "test" is a general term,
        # so its denial is read here.
        return False
    if ("rest" in specific and "rest" not in said and "transit" in said) or (
        "transit" in specific and "transit" not in said and "rest" in said
    ):
        # "encrypted at rest?" is not stated by TLS in transit, nor the reverse.
        return False
    if _UNIVERSAL_RX.search(question) and any(
        _DENIAL_RX.search(p) and not _DOUBLE_NEGATIVE_RX.search(p) and subject_terms(p) & specific
        for p in parts
    ):
        # "an SBOM for all software you deliver?" and "...; no SBOM is produced for the cloud
        # platform": something of what is asked is ruled out, so not all of it.
        return False
    hedged = [p for p in parts if qualified(p)]
    key = have - _GENERAL_TERMS or have  # compared by the specific words each says
    if (asked.every or _ONLY_ASK_RX.search(question)) and any(
        len(_terms_with_it(p, parts, key) & key) >= min(2, len(key)) for p in hedged
    ):
        # "Do all law firms use SSH keys?", "only with SSH keys?" and "...; firms onboarded
        # before 2025 may still use SFTP passwords": a case on the subject where it is not so,
        # whatever another part says of the rest.
        return False
    if not _CASE_RX.search(question) and any(
        _CASE_RX.search(p) and len(subject_terms(p) & key) >= 2 for p in hedged
    ):
        # "Do API keys expire after 90 days?" and "...; keys issued before 2024 do not expire",
        # "Is MFA required for clinicians?" and "on the Starter plan clinicians can turn MFA
        # on": a named case of the subject where it is not so, which an unqualified question
        # takes in.
        return False
    # "...; Deckplan code is reviewed by a second developer but is not scanned": a named
    # thing's part read with the subject its "but" shares, so the denial is of that thing (not
    # "card numbers pass through our kiosks but are not stored", whose denial is of another act).
    joined = _PART_RX.split(_BUT_VERB_RX.sub(" yet ", text)) if " but " in text else parts
    named_buts = [j for j in joined if j not in parts and qualified(j) and _NAMED_START_RX.match(j)]
    if named_buts:
        hedged = [*hedged, *named_buts]
        parts = [p for p in parts if not any(p.strip(" .") in j for j in named_buts)]
    if not _PRODUCT_NAME_RX.search(question) and any(
        subject_terms(p) & have and _PRODUCT_NAME_RX.search(p) for p in hedged
    ):
        # "Changes to Lumen Pay are reviewed; Lumen Insights changes may be merged by the
        # author": a named product or system where it is denied, optional or planned.
        return False
    plain = frozenset().union(*(subject_terms(p) for p in parts if p not in hedged))
    if any((subject_terms(p) & have) - plain for p in hedged):
        # What is asked is named only where it is denied, planned or optional: "the internal
        # network has not been tested" beside a web application test, "customer-managed keys
        # are on the roadmap" beside provider-managed ones.
        return False
    # (What "it" stands for counts where what is done is asked, not what can be: "supported
    # ... and can be switched on; it is off unless the clinic enables it" is supported.)
    negative = max(
        (
            len((subject_terms(p) if capability else _terms_with_it(p, parts, key)) & key)
            for p in hedged
        ),
        default=0,
    )
    if not negative:
        return True
    # Another sentence, free of any such part, that says more of what is asked.
    # A sentence that does not name the concept asked (MFA, SSO) says nothing more of it:
    # "Market bidders sign in with a password; a second factor ... is off unless ...".
    concepts = wanted & _CONCEPTS
    positive = max(
        (
            len(subject_terms(sentence) & key)
            for sentence in _SENTENCE_RX.split(text)
            if not any(map(qualified, _with_appositives(_PART_RX.split(sentence))))
            and concepts <= subject_terms(sentence)
        ),
        default=0,
    )
    # What can be done is stated where some part says it as fully as a denial of others does
    # ("MFA is available for organiser accounts; ticket buyers cannot use MFA": supported).
    return negative <= positive if capability and positive else negative < positive


def _terms_with_it(part: str, parts: list[str], key: frozenset[str]) -> frozenset[str]:
    """A part's subject terms, with what its "it" stands for: the asked terms of the part
    before ("MFA is enforced for all Clinica 4 users. In Clinica 3 it can be switched on")."""
    terms = subject_terms(part)
    if terms & key or part not in parts:
        return terms
    if not (_IT_RX.search(part) or _NO_SUBJECT_RX.match(part)):
        return terms
    # The nearest part before it that names what is asked, up to two back for "it"
    # ("Encryption at rest is supported ... and can be switched on by the clinic; it is off
    # unless ..."), the one before for a part without a subject.
    at = parts.index(part)
    reach = 2 if _IT_RX.search(part) else 1
    before = (subject_terms(p) & key for p in reversed(parts[max(0, at - reach) : at]))
    return terms | next((t for t in before if t), frozenset())


# A part that goes on with the subject before it: "... a second factor is offered but is off
# unless the bidder turns it on".
_NO_SUBJECT_RX = re.compile(
    r"\s*(?:is|are)\s+(?:optional|off|disabled|not\s+(?:required|enforced|on))\b", re.I
)
# "it" as what is turned on or left optional: "it can be switched on", "it remains optional"
# (not "it can be replaced by the help desk on request", of a device).
_IT_RX = re.compile(
    r"\bit\s+(?:can|may)\s+be\s+(?:switched|turned)\s+on\b|"
    r"\bit\s+(?:is|remains|stays)\s+(?:optional|off|disabled|not\s+(?:required|enforced))\b"
    r"(?!\s+to\b)",
    re.I,
)


def _only_another_kind(question: str, text: str) -> bool:
    """Whether the text keeps what it says to "only" another kind of the thing asked ("Outside
    those hours only availability alerts page the on-call engineer" for "Are security alerts
    reviewed outside business hours?"): the kind asked is left out."""
    if "only" not in text.lower():
        return False
    words = _WORD_RX.findall(question.lower())
    for m in _ONLY_KIND_RX.finditer(text):
        kind, noun = m["kind"].lower(), subject_terms(m["noun"])
        if not noun or kind in _NOT_A_KIND or kind in _NO_KIND_WORDS:
            continue  # "may only be granted", "only for administrators"
        for i, w in enumerate(words[1:], start=1):
            asked_kind = words[i - 1]
            if (
                subject_terms(w) == noun
                and asked_kind not in _NOT_A_KIND
                and asked_kind[:5] != kind[:5]
            ):
                return True
    return False


_NO_KIND_WORDS = frozenset(
    [
        "be",
        "been",
        "being",
        "was",
        "were",
        "can",
        "may",
        "will",
        "when",
        "if",
        "with",
        "after",
        "before",
        "during",
        "within",
        "through",
        "from",
        "via",
        "by",
        "in",
        "on",
        "at",
        "one",
        "two",
        "where",
        "while",
    ]
)
# Words before a noun that say which one, not what kind: "your alerts", "all alerts".
_NOT_A_KIND = frozenset(
    [
        "the",
        "your",
        "our",
        "all",
        "any",
        "every",
        "each",
        "are",
        "is",
        "do",
        "does",
        "of",
        "for",
        "to",
        "and",
        "or",
        "a",
        "an",
        "these",
        "those",
        "their",
        "its",
        "such",
        "other",
    ]
)


_ONLY_KIND_RX = re.compile(r"\bonly\s+(?:the\s+|our\s+)?(?P<kind>[\w-]+)\s+(?P<noun>[\w-]+)", re.I)


def _all_said_apart(question: str, text: str) -> bool:
    """Whether a question asks a practice of all or every one of something ("Do you perform
    software composition analysis on all repositories?") and the text says "all" or "every"
    only in sentences that do not tell that practice ("Static analysis runs ... for all
    repositories. Software composition analysis runs on the Box Office repository only.";
    "Every change is peer reviewed. Semgrep runs on the Alpha repository.")."""
    m = _EVERY_NOUN_ASK_RX.search(question)
    if m is None:
        return False
    said = [p for p in _SENTENCE_RX.split(text) if _EVERY_WORD_RX.search(p)]
    if not said:
        return False
    rest = specific_terms(f"{question[: m.start()]} {question[m.end() :]}")
    if not rest:
        return False
    if any(
        _UNIVERSAL_SAID_RX.search(p) and 2 * len(rest & subject_terms(p)) >= len(rest)
        for p in _SENTENCE_RX.split(text)
    ):
        return False  # "MFA is enforced for 100% of user accounts. All sessions time out ..."
    return not any(2 * len(rest & subject_terms(p)) >= len(rest) for p in said)


def _term_kept_to_some(question: str, text: str) -> bool:
    """Whether a word of the question is said in the text only in clauses that keep it to
    some ("given to the support team only", "only for Enterprise customers")."""
    if not _KEPT_TO_SOME_RX.search(text):
        return False
    parts = [p for p in _ACT_CLAUSE_RX.split(text) if p]
    # Kept to some people ("to the support team only"), not to a place or a network ("in
    # the EU only").
    kept = [
        p
        for p in parts
        if (m := _KEPT_TO_SOME_RX.search(p)) and subject_terms(m[0]) & _KEPT_TO_PEOPLE
    ]
    if not kept:
        return False
    rest = frozenset().union(*(subject_terms(p) for p in parts if p not in kept))
    said = frozenset().union(*(subject_terms(p) for p in kept))
    return bool((subject_terms(question) & said) - rest - _UNIVERSAL_TERMS)


# Kept to some: "to the support team only", "only for Enterprise customers", "solely to".
_KEPT_TO_SOME_RX = re.compile(
    r"\b(?:to|for|at|in)\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,4}?only\b|"
    r"\b(?:only|solely|exclusively)\s+(?:to|for|at|in)\s+",
    re.I,
)
_UNIVERSAL_TERMS = frozenset({"all", "every", "each"})
_KEPT_TO_PEOPLE = _GROUP_NOUN_TERMS | _POPULATION | {"team", "desk", "department", "unit", "squad"}


def _people_placed_apart(question: str, text: str) -> bool:
    """Whether a question asks where people are ("customers in Australia", "users based in
    the EU") and the text names the place only in clauses without them."""
    m = _PEOPLE_IN_PLACE_ASK_RX.search(question)
    if m is None:
        return False
    place = m["place"]
    countries = countries_in(place)
    places = {place.lower()} | {c.lower() for c in countries}
    naming = [
        p
        for p in _ACT_CLAUSE_RX.split(text)
        if any(x in p.lower() for x in places) or countries_in(p) & countries
    ]
    who = subject_terms(m["who"])
    return bool(naming) and not any(who & subject_terms(p) for p in naming)


# People asked of by where they are: "customers in the United States", "users based in Brazil".
_PEOPLE_IN_PLACE_ASK_RX = re.compile(
    r"\b(?P<who>customers?|clients?|users?|subscribers?|tenants?|members|patients|students|"
    r"employees|staff|offices?)\s+(?:who\s+are\s+|that\s+are\s+)?(?:located\s+|based\s+)?"
    r"(?:in|from)\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)"
)


# Compliance with a standard asked: "Are you 21 CFR Part 11 compliant?", "Do you comply with
# HIPAA?"; and said: "complies with", "compliant", "in conformity", "certified", "attested".
_COMPLIANCE_ASK_RX = re.compile(
    r"\b(compliant|comply|complies|compliance)\s+with\b|\bcompliant\?", re.I
)
_COMPLIANCE_SAID_RX = re.compile(
    r"\b(complian\w*|compl(?:y|ies|ied)|conform\w*|certifi\w*|attest\w*|accredit\w*|"
    r"validated|audited|assessed)\b",
    re.I,
)


def _name_said_apart(question: str, text: str) -> bool:
    """Whether a name the question asks of ("the Koppel connection") is in the text, and the
    sentences that name it do not state what is asked: the rest is about other things."""
    names = [
        rx
        for n in _MID_NAME_RX.findall(question)
        if n.upper() != n
        and (rx := re.compile(rf"\b{re.escape(n)}\b")).search(text)
        # "Incident Response Plan" asked and "the incident response plan" said: no name.
        and not re.search(rf"\b{re.escape(n.lower())}\b", text)
    ]
    if not names:
        return False
    sentences = _FULL_STOP_RX.split(text)
    naming = [x for x in sentences if any(rx.search(x) for rx in names)]
    return len(naming) < len(sentences) and not _states(question, " ".join(naming))


# A capitalised word inside a question, not its first: "Is the Koppel connection ...?".
_MID_NAME_RX = re.compile(r"(?<=[\w,)] )([A-Z][a-z][\w-]{2,})")


def _duty_of_another(question: str, text: str) -> bool:
    """Whether the clause of `text` most on the question makes someone other than the vendor
    responsible for it, and the question does not ask of responsibility."""
    if "responsib" not in text.lower():
        return False
    if "responsib" in question.lower() or _WHO_ASK_RX.match(question):
        return False  # "Who sends the notices?" is answered by whose duty it is
    for clause in _closest_clauses(question, text):
        m = _RESPONSIBLE_RX.search(clause)
        if (
            m
            and m["who"].strip()
            and not _OUR_RX.search(m["who"])
            # "the platform team is responsible for ...": the vendor's own people.
            and not _OWN_UNIT_RX.search(m["who"])
        ):
            return True
    return False


_RESPONSIBLE_RX = re.compile(
    r"^(?P<who>.*?)\b(?:are|is|remains?)\s+(?:solely\s+|fully\s+|"
    r"themselves\s+)?responsible\s+for\b",
    re.I,
)
# The vendor's own units, unless named as another's: "the platform team", "the CISO".
_OWN_UNIT_RX = re.compile(
    r"^(?!.*\b(?:customer|client|partner|vendor|supplier|provider|tenant)s?\b).*\b(?:team|"
    r"department|committee|function|officer|ciso|cto|engineering|operations|it\s+staff)\b",
    re.I,
)


def _other_case_said(question: str, text: str) -> bool:
    """Whether the question asks of a case by its absence ("when no trip is active", "while
    the device is not in use") and the text tells the practice of the case present ("while a
    trip is active")."""
    m = _NO_CASE_ASK_RX.search(question)
    if m is None:
        return False
    asked = subject_terms(m["case"] or m["subject"])
    return bool(asked) and any(
        asked <= subject_terms(c["case"]) and not _DENIAL_RX.search(c["case"])
        for c in _CASE_SAID_RX.finditer(text)
    )


# Done by someone without another's hand: "on their own", "by themselves", "unaided".
_ALONE_ASK_RX = Cue(
    r"\b(on\s+(their|his|her|its)\s+own|by\s+(themselves|himself|herself|itself)|unaided|"
    r"independently|unsupervised|alone)\b",
    (
        "own",
        "themselves",
        "himself",
        "herself",
        "itself",
        "unaided",
        "independently",
        "unsupervised",
        "alone",
    ),
)
# Only through another: "can only be signed up through a parent's account", "only with the
# approval of", "must be supervised".
_ONLY_THROUGH_RX = re.compile(
    r"\bonly\s+(be\s+)?(\w+\s+){0,3}?(through|by|with|via|under|after)\b|\bmust\s+be\s+"
    r"(accompanied|approved|supervised|authori[sz]ed|sponsored)\b",
    re.I,
)


# A time of year or week that recurs: "every October", "each Monday", "every spring".
_EVERY_SEASON_RX = re.compile(
    r"\b(every|each)\s+(january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|"
    r"autumn|fall|winter)\b",
    re.I,
)


# A case asked by its absence: "when no trip is active", "while the device is not in use".
_NO_CASE_ASK_RX = Cue(
    r"\b(?:when|while|whenever|if)\s+(?:there\s+is\s+)?no\s+(?P<case>[^?,;]{3,40})"
    r"|\b(?:when|while|whenever|if)\s+(?:the\s+|a\s+|an\s+)?(?P<subject>\w+(?:\s+\w+)?)\s+"
    r"(?:is|are)\s+not\s+\w+",
    (" no ", " not "),
)
# A case the text gives a practice: "while a trip is active", "only when the app is open".
_CASE_SAID_RX = re.compile(
    r"\b(?:while|when|whenever|during|as\s+long\s+as)\s+(?P<case>[^.,;]{3,40})", re.I
)


def _opposite_said(question: str, text: str) -> bool:
    """Whether the question asks of a thing by its negative ("unmasked", "unencrypted") and
    the text names only the positive ("masking", "encrypted")."""
    said = subject_terms(text)
    return any(
        t.startswith("un") and len(t) > 5 and t not in said and t[2:] in said
        for t in subject_terms(question)
    )


@lru_cache(maxsize=1 << 14)
def _closest_clauses(question: str, text: str) -> tuple[str, ...]:
    """The clauses of `text` most on the question by its subject terms (ties all kept), each
    sharing at least two of them (the one a one-term question has); none when no clause does."""
    asked = subject_terms(question)
    parts = [p for p in _ACT_CLAUSE_RX.split(text) if p]
    shared = [len(asked & subject_terms(p)) for p in parts]
    best = max(shared, default=0)
    enough = best >= min(2, len(asked)) and best > 0
    return tuple(p for p, n in zip(parts, shared, strict=True) if n == best) if enough else ()


def _named_where_said(question: str, text: str) -> bool:
    """Whether the one clause of `text` most on the question gives the practice to something
    named ("for Classroom only") and not to all."""
    if not _NAMED_SCOPE_RX.search(text):
        return False
    closest = _closest_clauses(question, text)
    if len(closest) != 1:
        return False
    part = _EVERY_PERIOD_RX.sub(" ", closest[0])
    return bool(_NAMED_SCOPE_RX.search(part)) and not _ALL_RX.search(part)


def hedged_where_said(question: str, text: str) -> bool:
    """Whether a clause of `text` most on the question tells an aim, a habit or advice rather
    than what is done ("We aim to fix critical findings within 14 days", "usually reviewed
    every quarter", "MFA is encouraged"), unless the question asks of that itself."""
    if _unknown_where_said(question, text):
        return True
    if _conditioned_where_said(question, text):
        return True
    if not _HEDGED_RX.search(text) or _HEDGED_RX.search(question):
        return False
    return any(_HEDGED_RX.search(c) for c in _closest_clauses(question, text))


# The vendor's own thing asked ("your company's confidentiality agreement", "your own NDA")
# and a text that gives someone another's instead ("..., not ours", "rather than ours").
_YOURS_ASK_RX = re.compile(r"\byour\s+(?:(?:company|organi[sz]ation|firm)['’]s\s+|own\s+)", re.I)
_NOT_OURS_RX = re.compile(
    r"(?:,\s*(?:but\s+)?not|\brather\s+than|\binstead\s+of)\s+ours\b|"
    r"\bnot\s+(?:our|the\s+vendor['’]s)\s+own\b",
    re.I,
)


def _left_to_another(question: str, text: str) -> bool:
    """Whether a sentence of `text` on what a question asks of (its people or things) says
    the act is another party's decision or duty ("Telling patients is the pharmacy's
    decision", "... is left to each clinic")."""
    if not _DUTY_CUE_RX.search(text) and not _ANOTHERS_CALL_RX.search(text):
        return False  # most texts: two searches, no split (it runs for every control near a row)
    asked = specific_terms(question) - _GENERAL_TERMS
    for c in _SENTENCE_RX.split(text):
        call = _ANOTHERS_CALL_RX.search(c)
        # What is left to them is named before the call ("Telling patients is ..."), not
        # the party whose call it is; after it where "it" stands first ("It is the clinic's
        # responsibility to obtain consent").
        if call and not _OUR_CALL_RX.search(c):
            before = c[: call.start()]
            said = c[call.end() :] if _LONE_IT_RX.fullmatch(before) else before
            if subject_terms(said) & asked:
                return True
        rests = _RESTS_WITH_RX.search(c)
        # "Obtaining consent rests with / lies with the clinic", "... is for the clinic to
        # obtain": another party's, not our own people's ("rests with the change board").
        party = (rests["party"] or rests["party2"]) if rests else ""
        if (
            rests
            # a party word, or each of many ("rests with each credit union"), not ours
            and (
                _OTHER_PARTY_RX.search(party)
                or (party.lower().startswith("each ") and not _OUR_ROLE_RX.search(party))
            )
            and not _OUR_PEOPLE_RX.search(party)
            and subject_terms(c[: rests.start()]) & asked
        ):
            return True
        duty = _PARTY_DUTY_RX.search(c)
        # Or the party first and the act after: "Montajes Biobio Ltda., our installation
        # contractor, is responsible for checking its own technicians", "Operators are
        # responsible for changing the default PIN", unless the question names that party.
        act = _OUR_PART_RX.split(c[duty.end() :])[0] if duty else ""
        if (
            duty
            # Another party: named as one, told apart from us ("The shipping company, not
            # Gurnard, obtains ..."), or keeping "its own" thing.
            and (
                _OTHER_PARTY_RX.search(duty["party"])
                or duty["notus"]
                or (duty["duty"] is None and _OWN_THING_RX.search(act))
            )
            # Our people by their word, unless told apart from us by name as another's
            # ("The fleet's safety manager, not Quillwort, approves ...").
            and not (
                _OUR_PEOPLE_RX.search(duty["party"])
                and not (duty["notus"] and _anothers(duty["party"]))
            )
            # Done for us is ours: "... under contract with us", "on our behalf".
            and not _FOR_US_RX.search(act)
            # What another keeps or runs is its own only where the text says so ("for its
            # data centres"), not "maintains the asset inventory of all company laptops".
            and (duty["duty"] is not None or _ITS_OWN_RX.search(act))
            # The act and what it is done to, not one shared word ("checking its own
            # technicians" says nothing of checks on employees).
            and len(subject_terms(act) & asked) >= min(2, len(asked))
            and (_ASKED_OF_US_RX.match(question) or not subject_terms(duty["party"]) & asked)
        ):
            return True
    return False


# Any of the forms below, searched once before a text is split.
_DUTY_CUE_RX = re.compile(
    r"\b(?:responsible|accountable)\s+for\b|,\s+not\s|\b(?:rests?|lies|lie|sits?)\s+with\b|"
    r"\b(?:is|are)\s+for\s+(?:the|each|its|their)\b|"
    r"\b(?:maintains|operates|runs|owns|keeps|holds)\b",
    re.I,
)
_FOR_US_RX = re.compile(r"\b(?:we|us|our)\b", re.I)
_ITS_OWN_RX = re.compile(r"\b(?:its|their)\b", re.I)
_OWN_THING_RX = re.compile(r"\b(?:its|their)\s+own\b", re.I)


def _anothers(party: str) -> bool:
    """Whether a party is someone of another's ("The fleet's safety manager"), not of the
    vendor's own people ("the team's lead")."""
    m = _ANOTHERS_RX.search(party)
    return m is not None and not _OUR_PEOPLE_RX.search(m[0]) and not _OUR_ROLE_RX.search(m[0])


def _only_not_done(question: str, text: str) -> bool:
    """Whether something a question asks is said only in sentences that tell it thought of and
    not done ("We considered writing a BCP but have not done so yet"), no other sentence
    saying it ("We considered ISO 22301 certification of our BCP but have not done so. The
    BCP is tested annually." states the annual test, not the certification)."""
    asked = specific_terms(question) - _GENERAL_TERMS
    not_done: set[str] = set()
    done: set[str] = set()
    for x in _SENTENCE_RX.split(text):
        (not_done if NOT_DONE_SO_RX.search(x) else done).update(subject_terms(x) & asked)
    # What is asked and said only where it was not done: "Have you held a tabletop exercise?"
    # and "The plan is reviewed yearly. A tabletop exercise was considered but has not been
    # held" (the review says nothing of an exercise).
    return bool(not_done - done)


def _other_direction(question: str, text: str) -> bool:
    """Whether a question asks of one direction of traffic ("inbound", "incoming", "ingress")
    and what it asks is said only of the other: "Do you deny all inbound traffic by default?"
    and "Outbound traffic is denied by default; inbound traffic is filtered by the load
    balancer"."""
    asked = {m.lower() for m in _DIRECTION_RX.findall(question)}
    if not asked or not _DIRECTION_RX.search(text):
        return False
    need = specific_terms(_DIRECTION_RX.sub(" ", question)) - _GENERAL_TERMS - _TRAFFIC_TERMS
    clauses = _DIRECTION_CLAUSE_RX.split(text)
    ours = [c for c in clauses if asked & {m.lower() for m in _DIRECTION_RX.findall(c)}]
    others = [c for c in clauses if _DIRECTION_RX.search(c) and c not in ours]
    if not others or not need:
        return False
    return not any(len(subject_terms(p) & need) >= min(2, len(need)) for p in ours)


_DIRECTION_CLAUSE_RX = re.compile(r"[;.]\s*|,\s+(?:but|while|whereas)\s+", re.I)
_DIRECTION_RX = re.compile(r"\b(inbound|outbound|incoming|outgoing|ingress|egress)\b", re.I)
_TRAFFIC_TERMS = frozenset(map(_term, ("traffic", "connections", "connection")))


def _away_asked_same_place(question: str, text: str) -> bool:
    """Whether a question asks for a place apart and the text puts it in the same one: "a
    geographically separate site?", "another city?" and "in the same city"; "offsite?" and "on
    a NAS in the same building" (a second site "in the same city" is still offsite, and a text
    that also says "offsite" is read by the other rules)."""
    if _FAR_ASK_RX.search(question):
        return bool(_SAME_TOWN_RX.search(text))
    if _OFFSITE_RX.search(question) and not _OFFSITE_RX.search(text):
        return bool(_SAME_BUILDING_RX.search(text))
    return False


_FAR_ASK_RX = re.compile(
    r"\bgeographic\w*\b|\b(?:another|different|separate)\s+(?:city|town|region)\b", re.I
)
_OFFSITE_RX = re.compile(r"\boff-?site\b", re.I)
_SAME_BUILDING_RX = re.compile(
    r"\b(?:in|at|on|within)\s+the\s+same\s+(?:building|campus|premises|room|rack)\b", re.I
)
_SAME_TOWN_RX = re.compile(
    r"\b(?:in|at|on|within)\s+the\s+same\s+(?:building|campus|premises|city|town|metro\w*)\b",
    re.I,
)
# "... rests with the clinic", "... lies with each clinic", "... is for the clinic to obtain".
_RESTS_WITH_RX = re.compile(
    r"\b(?:rests?|lies|lie|sits?)\s+with\s+(?P<party>(?:the|each|its|their)\s+[\w-]+"
    r"(?:\s+[\w-]+){0,3})|\b(?:is|are)\s+for\s+(?P<party2>(?:the|each|its|their)\s+[\w-]+)\s+to\s+\w+",
    re.I,
)
# Each of the vendor's own roles or units: "each squad lead", "each data steward", "each
# regional office", "each of our engineering leads".
_OUR_ROLE_RX = re.compile(
    r"\b(?:our|leads?|administrators?|admins?|supervisors?|stewards?|units?|offices?|squads?|"
    r"developers?|analysts?|members?|heads?|directors?|owners?)\b",
    re.I,
)
# Someone of another's: "the fleet's safety manager", "each depot's administrator" (a common
# noun, not the vendor's name or one of its own: "Northwind's CISO", "the CTO's deputy").
_ANOTHERS_RX = re.compile(r"\b(?:the|each|a)\s+(?-i:[a-z][\w-]*)['’]s\b", re.I)
_LONE_IT_RX = re.compile(r"\s*it\s*", re.I)
# Where the party's part ends and ours begins: "; ...", ", and we ...".
_OUR_PART_RX = re.compile(r";|,\s+(?:and|but|while)\s+(?:we|our)\b", re.I)
# A question asked of the vendor as the one who acts: "Do you ...", "Have you ...".
_ASKED_OF_US_RX = re.compile(r"\s*(?:do|did|have|will|would|can|could)\s+you\b", re.I)
# A party, then its duty: "X is responsible for", "X remains responsible for".
_PARTY_DUTY_RX = re.compile(
    r"^(?P<party>.{2,160}?)(?:(?P<duty>\s+(?:is|are|remains?)\s+(?:solely\s+|itself\s+|"
    r"themselves\s+)?(?:responsible|accountable)\s+for\b|"
    # "The clinic, not Acme, obtains patient consent".
    r"(?P<notus>,\s+not\s+(?:we|us|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)),))|"
    # "Our hosting provider maintains a continuity plan for its data centres": its own.
    r"\s+(?:maintains|operates|runs|owns|keeps|holds)\b)",
    re.I,
)
# Another party: the customer and its people, a contractor, partner or supplier, an
# institution the service is sold to (not a legal form alone: the vendor has one too).
_OTHER_PARTY_RX = re.compile(
    r"\b(?:customers?|clients?|contractors?|subcontractors?|partners?|suppliers?|providers?|"
    r"operators?|agenc(?:y|ies)|municipalit(?:y|ies)|clinics?|pharmac(?:y|ies)|hospitals?|"
    r"schools?|laborator(?:y|ies)|labs?|tenants?|merchants?|resellers?|owners?)\b",
    re.I,
)
# Our own people named with a party word: "our customer success team", "the partner manager".
_OUR_PEOPLE_RX = re.compile(
    r"\b(?:we|team|staff|department|officer|manager|engineers?|employees?|desk|function|"
    r"CISO|CTO|CEO|COO|DPO)\b",
    re.I,
)


_ANOTHERS_CALL_RX = re.compile(
    r"\b(?:is|are|remains?)\s+(?:the\s+|each\s+|a\s+)?[\w-]+['’]s?\s+(?:own\s+)?(?:decision|duty|"
    r"responsibility|choice|call|task)\b|\b(?:is|are)\s+(?:up\s+to|left\s+to)\s+(?:the|each|its|"
    r"their)\s+(?!vendor\b)[\w-]+",
    re.I,
)
_OUR_CALL_RX = re.compile(r"\b(?:our|we|us)\b(?!\s+(?:customers?|clients?|pharmac|clinic))", re.I)


def _not_ours_for_them(question: str, text: str) -> bool:
    """Whether a sentence of `text` gives the people a question asks about someone else's
    thing instead of ours ("Temps sign the agency's own agreement, not ours")."""
    people = subject_terms(question) & _GROUP_NOUN_TERMS
    return any(
        _NOT_OURS_RX.search(c) and (not people or subject_terms(c) & people)
        for c in _SENTENCE_RX.split(text)
    )


def _until_done(question: str, text: str) -> bool:
    """Whether a question asks if an act has been done and the text names it only as what
    something lasts until ("still connect with TLS 1.0 until they are replaced in 2046")."""
    asked = DONE_ACT_ASK_RX.search(question)
    if asked is None or "until" not in text.lower():
        return False
    act = re.escape(asked["act"])
    return bool(
        re.search(rf"\buntil\s+(?:[\w'’-]+\s+){{1,3}}?(?:are|is|get|gets)\s+{act}\b", text, re.I)
    ) and not told_done(asked["act"], text, between=0)


# "Have the legacy KX-2 kiosks been replaced?": whether an act has been done.
DONE_ACT_ASK_RX = re.compile(
    r"\b(?:have|has)\s+(?:[\w'’-]+\s+){0,10}?been\s+(?P<act>[a-z]+ed)\b", re.I
)


def told_done(act: str, text: str, between: int = 1) -> bool:
    """Whether `text` tells the act done ("were replaced in 2025", with up to `between` words
    before the act: "were later replaced")."""
    words = rf"(?:\w+\s+){{0,{between}}}"
    return bool(
        re.search(rf"\b(?:was|were|has\s+been|have\s+been)\s+{words}{re.escape(act)}\b", text, re.I)
    )


# Exempt in other words: "contractors need not enrol", "are not obliged to", "do not have to",
# "is optional for the support team", "may skip it".
_NOT_BOUND_RX = re.compile(
    r"\bneeds?\s+not\b|\bneedn['’]t\b|"
    r"\b(?:(?:is|are|was|were|be|been)\s+(?:not|never)|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+"
    r"(?:\w+\s+)?(?:required|obliged|obligated|mandated|compelled|forced|expected)\s+to\b|"
    # "may forgo it", "is free not to use it", "are allowed to sign in without it".
    r"\b(?:may|can)\s+forgo\b|\bfree\s+not\s+to\b|\ballowed\s+to\s+(?:[\w-]+\s+){1,3}?without\s+"
    r"(?:it|them|one)\b|"
    r"\b(?:do|does|did)\s*(?:not\s+|n['’]t\s+)(?:have|need)\s+to\b|"
    r"\bnever\s+(?:have|has|need|needs)\s+to\b|"
    r"\b(?:may|can|(?:is|are)\s+allowed\s+to)\s+skip\b",
    re.I,
)
# A company's own people and those it hires in are two groups: "all employees" does not take in
# contractors, nor "all contractors" employees ("all users" takes in both).
_OWN_STAFF = frozenset({"employees", "staff"})
_HIRED_IN = frozenset({"contractors"})


_WITHOUT_WHAT_RX = re.compile(r"\bwithout\s+(?:an?\s+|the\s+)?[\w-]+", re.I)
# What someone may be freed of without naming it again: "need not enrol", "may skip it".
_BARE_DUTIES = subject_terms(
    "enrol enroll use comply complete follow participate take part do so sign it"
)


def _exempt_in_other_words(question: str, text: str) -> bool:
    """Whether `text` frees someone asked of from what it says, in any clause ("Every employee
    account requires a security key; warehouse staff are exempt", "...; contractors need not
    enrol"), not another group than the one asked ("contractors are not required to" of "all
    employees") nor another product named ("Owner Portal users are not required to" of the
    users of CaskLedger), and not where the sentence denies the freedom ("no one may skip it")."""
    for m in (*_NOT_BOUND_RX.finditer(text), *_EXEMPT_RX.finditer(text)):
        start, end = clause_span(text, m.start(), m.end(), closes=".;")
        freed, rest = text[start : m.start()], text[m.end() : end]
        # "users without a smartphone need not enrol": who is freed, not a denial of it.
        if _NO_EXEMPTION_RX.search(f"{_WITHOUT_WHAT_RX.sub(' ', freed)} {rest}"):
            continue
        if subject_terms(rest) - subject_terms(question) - _BARE_DUTIES:
            continue  # "users need not take any action": freed of something else than asked
        asked, told = _people_in(question), _people_in(freed)
        if (
            told
            and not asked & told
            and (
                (asked & _OWN_STAFF and told <= _HIRED_IN)
                or (asked & _HIRED_IN and told <= _OWN_STAFF)
            )
        ):
            continue
        names = set(_names_in(question))
        if names and _names_in(freed) and not names & set(_names_in(freed)):
            continue
        return True
    return False


# A group bounded by its size: "groups with 20 or more restaurants", "customers with at least
# 500 seats", "smaller groups".
_SIZED_GROUP_RX = re.compile(
    r"\bwith\s+(?:\d[\d,]*|[a-z]+)\s+or\s+(?:more|fewer|less)\b|\bwith\s+(?:at\s+least|at\s+most|"
    r"more\s+than|"
    r"fewer\s+than|less\s+than|over|under|up\s+to)\s+\d|\b(?:smaller|larger|bigger)\s+(?:customers|"
    r"clients|groups|tenants|accounts|organi[sz]ations|firms|companies|institutions|schools|"
    r"districts|franchisees|merchants|practices)\b",
    re.I,
)


def _conditioned_where_said(question: str, text: str) -> bool:
    """Whether a clause of `text` most on the question holds it only on a condition the
    question does not set: someone's approval or sign-off to come ("pending the auditor's
    sign-off", "subject to customer approval"), a request or a contract ("should the customer
    request it", "where the contract requires it"), "provided that", a change to finish first
    ("once the migration completes")."""
    if not _has_condition(text) or _has_condition(question):
        return False
    if _ON_REQUEST_ASK_RX.search(question):
        return False  # "Do you delete customer data upon request?" sets the condition itself
    # "Are you willing to sign a BAA?", "Can backups be encrypted?": an offer is what a request
    # or a contract calls on; approvals to come and changes to finish still hold it back.
    rx = _TO_COME_RX if _OFFER_ASK_RX.search(question) else _CONDITION_RX
    # "within 72 hours, or sooner where the contract requires it": the condition is the faster
    # alternative's, not the practice's.
    closest = _closest_clauses(question, text)
    if any(rx.search(_OR_ELSE_RX.sub(" ", c)) for c in closest):
        return True
    # "A disaster recovery playbook was written in 2025; it has not yet been adopted": the
    # clause after it, of it.
    parts = [p for p in _ACT_CLAUSE_RX.split(text) if p]
    if any(a in closest and _OF_IT_LEAD_RX.match(b) and rx.search(b) for a, b in pairwise(parts)):
        return True
    # "Backups are encrypted with AES-256. This applies only where the customer's contract
    # requires it.": a sentence that points back to the one on the question.
    sentences = _SENTENCE_RX.split(text)
    return any(
        _POINTER_RX.match(after) and rx.search(after) and any(c in before for c in closest)
        for before, after in pairwise(sentences)
    )


_OF_IT_LEAD_RX = re.compile(r"\s*(?:it|this|they|these|which)\s", re.I)


@lru_cache(maxsize=1 << 14)
def _has_condition(text: str) -> bool:
    # hedged_where_said runs for every control near every row: one search per text.
    return _CONDITION_RX.search(text) is not None


_PARTY = r"(?:customer|client|tenant|buyer|auditor|regulator|board|partner|contract|agreement)"
_ON_REQUEST = (
    # "should the customer request it", "should any tenant ask".
    r"\bshould\s+(?:the|a|an|any|our|your|their)\s+(?:[\w'’-]+\s+){0,3}?(?:request|require|ask|"
    r"want|agree|need|choose|elect|wish|opt|consent|decide|prefer)\b|"
    # "where the contract requires it", "if a customer requests it", "when the client asks for".
    rf"\b(?:where|wherever|if|when|whenever)\s+(?:the\s+|a\s+|an\s+|our\s+|your\s+|their\s+|"
    rf"its\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_PARTY}(?:'s|s'|’s|s)?\s+(?:\w+\s+)?(?:(?:requires?|requests?|"
    rf"asks?\s+for|"
    r"wants?|specif(?:y|ies))\s+(?:it|this|them|that|so|one|encryption)\b|(?:requires?|requests?|"
    r"agrees?|chooses?|elects?|opts?\s+in|approves?|consents?)(?=\s*[,.;?)]|\s*$))|"
    r"\b(?:where|if|when)\s+(?:contractually\s+(?:required|agreed)|requested|agreed|"
    r"specified\s+in\s+"
    r"the\s+contract|required\s+by\s+(?:the\s+)?(?:contract|customer|client|agreement))\b|"
    rf"\b(?:on|upon|at)\s+(?:the\s+|a\s+)?{_PARTY}(?:'s|s'|’s)?\s+(?:written\s+)?request\b"
)
_TO_COME = (
    # "pending the auditor's sign-off", "pending approval of the change by the CAB".
    r"\bpending\s+(?:the\s+|an?\s+|its\s+|their\s+|our\s+|your\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:approval|sign[- ]?off|signature|completion|certification|confirmation|review|acceptance|"
    r"ratification|adoption|"
    r"audit|outcome|results?|decision|agreement|rollout|roll-out|migration|upgrade|implementation|"
    r"deployment|installation)\b|"
    rf"\bsubject\s+to\s+(?:the\s+|a\s+|their\s+|your\s+|its\s+)?(?:{_PARTY}(?:'s|s'|’s|s)?\s+)"
    r"(?:written\s+|prior\s+|final\s+|formal\s+)?(?:approval|consent|agreement|request|"
    r"sign[- ]?off|"
    r"confirmation|acceptance)\b|\bsubject\s+to\s+availability\b|"
    # "subject to approval by the customer"
    rf"\bsubject\s+to\s+(?:\w+\s+)?(?:approval|consent|sign[- ]?off|agreement)\s+(?:by|from|of)\s+"
    rf"(?:the\s+|a\s+|its\s+|their\s+)?{_PARTY}|"
    r"\b(?:provided|providing)\s+that\b|\bon\s+(?:the\s+)?condition\s+that\b|"
    r"\b(?:conditional|contingent)\s+(?:on|upon)\b|"
    # A rule still to be adopted: "once approved, will make two-factor authentication
    # compulsory", "upon its adoption", "the draft would require ...".
    # "The draft access standard mandates MFA", "the proposed policy requires".
    r"\b(?:draft|proposed)\s+(?:[\w-]+\s+){0,3}?(?:polic(?:y|ies)|standards?|rules?|version|"
    r"amendments?|procedures?|plans?|programmes?|programs?)\b|"
    # A written plan or rule in draft, proposed or not approved: "A business continuity plan
    # exists in draft; it has not yet been approved", "the policy is still a draft", "has been
    # proposed to the board" (not "not approved for public release", "by customers").
    r"\b(?:plans?|polic(?:y|ies)|standards?|procedures?|programmes?|programs?|playbooks?|"
    r"runbooks?|it)\b[^.;]{0,40}?\b(?:(?:has|have|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:formally\s+)?(?:approved|adopted|ratified|signed\s+off)\b(?!\s+(?:for\s+(?:public|external|"
    r"customer|exceptions?|release|publication|sharing|distribution)|by\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:customers?|clients?|partners?|users?|regulators?|auditors?)))|(?:exists?|is|are|"
    r"remains?)\s+(?:still\s+|only\s+)?(?:in\s+draft|(?:an?\s+)?(?:early\s+|first\s+)?drafts?)\b|"
    r"(?:has|have)\s+been\s+proposed\s+(?:to|as\s+(?:an?\s+)?drafts?)\b)|"
    # "once the board approves it", "when the board signs the standard", "awaiting approval".
    r"\b(?:once|when|after|until)\s+the\s+(?:board|committee|cab|ciso|management|council|"
    r"regulator)\s+(?:approves|adopts|signs|ratifies|passes)\b|\bawait(?:ing|s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:approval|ratification|adoption|sign[- ]?off|signature)\b|"
    # "under consultation", "out for comment", "at consultation stage"
    r"\b(?:under|out\s+for)\s+(?:public\s+|staff\s+|internal\s+)?consultation\b|"
    r"\bconsultation\s+stage\b|\bout\s+for\s+(?:comment|review)\b|\btabled\s+(?:for|at|before)\s+(?:the\s+)?"
    r"(?:board|committee|council)\b|"
    r"\b(?:now\s+|still\s+)?before\s+the\s+(?:board|committee|council|regulator)\b(?!\s+(?:approved|"
    r"adopted|signed))|"
    # "... once it is approved by the board", "if it is adopted" (not "released when approved").
    r"\b(?:once|if|when|until)\s+it\s+is\s+(?:formally\s+)?(?:approved|adopted|ratified|in\s+force)\b|"
    r"\b(?:polic(?:y|ies)|standards?|rules?|version|draft|amendments?|procedures?)\b[^.;]{0,12}?"
    r"(?:\b(?:once|if|upon|until)\s+(?:it\s+is\s+|they\s+are\s+|formally\s+)?(?:approved|adopted|"
    r"ratified|enacted|signed\s+off|in\s+force)\b|\bupon\s+(?:its\s+|their\s+)?(?:approval|"
    r"adoption|ratification)\b|\bwould\s+(?:require|mandate|oblige|compel|make)\b)|"
    r"\b(?:would|will)\s+(?:make|render)\s+(?:[\w'’-]+\s+){1,4}?(?:compulsory|mandatory|required|"
    r"obligatory)\b|\bupon\s+(?:its|their)\s+(?:adoption|ratification)\b|"
    # "once the migration completes": a change to finish first.
    r"\b(?:once|when)\s+(?:the|our|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:migration|"
    r"rollout|"
    r"roll-out|upgrade|project|audit|certification|deployment|transition|cut-?over|hsm|platform|"
    r"system|firewall|tool|appliance)\s+"
    # "once the migration to Azure completes", "to the new platform"
    r"(?:(?:to|of|from|into|onto|for)\s+[\w'’-]+\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:is\s+|has\s+been\s+)?(?:complete[sd]?|finish(?:es|ed)?|done|live|over|installed|deployed|"
    r"in\s+place|rolled\s+out)\b"
)
_TO_COME_RX = re.compile(_TO_COME, re.I)
_CONDITION_RX = re.compile(f"{_ON_REQUEST}|{_TO_COME}", re.I)
# A sentence that points back to the one before: "This applies only where ...".
_POINTER_RX = re.compile(
    r"\s*(?:this|that|it|these|those|the\s+above)\s+(?:only\s+)?(?:applies|apply|holds|hold|is\s+done|"
    r"happens|is\s+the\s+case)\b",
    re.I,
)
# An offer asked: "Are you willing to ...?", "Will you sign ...?".
_OFFER_ASK_RX = re.compile(
    r"^\s*(?:can|could|would)\s+you\b|\b(?:are|is)\s+(?:you|your\s+[\w-]+)\s+(?:willing|prepared|"
    r"able)\b|\b(?:do|does)\s+(?:you|your\s+[\w-]+)\s+offer\b|\bwill\s+you\s+(?:sign|provide|offer|"
    r"agree|accept|allow|share|enter)\b",
    re.I,
)
_OR_ELSE_RX = re.compile(
    r"\bor\s+(?:sooner|earlier|faster|quicker|more\s+often|more\s+frequently|more\s+quickly)\b"
    r"[^,.;]*",
    re.I,
)
# "upon request", "if requested", "when asked", "on the customer's request": the question's own
# condition.
_ON_REQUEST_ASK_RX = re.compile(
    r"\b(?:on|upon|by|at)\s+(?:\w+\s+){0,2}?request\b|\b(?:if|when|where)\s+(?:\w+\s+){0,3}?"
    r"(?:requests?|requested|asks?|asked|requires?|required)\b",
    re.I,
)


def _only_others(question: str, text: str) -> bool:
    """Whether a clause of `text` gives what is asked only to others than the one the question
    names, which the text names elsewhere: "Servers in Frankfurt, Paris and Dublin are patched
    every week; in December only Frankfurt is patched" for "Are the Paris servers patched in
    December?"; "Call recordings are kept for 30 days; only call metadata is sent to our CRM"
    for "Are call recordings sent to your CRM?"."""
    asked = subject_terms(question)
    for clause in _ACT_CLAUSE_RX.split(text):
        m = _ONLY_THESE_RX.search(clause)
        if m is None:
            continue
        some = subject_terms(m["some"])
        case = subject_terms(clause) - some - {"only"}
        elsewhere = subject_terms(text.replace(clause, " ")) - subject_terms(clause)
        if case and case <= asked and not some <= asked and (asked - _GENERAL_TERMS) & elsewhere:
            return True
    return False


# "only Panama City and Singapore are staffed", "only the recognised container numbers ... are
# sent": the ones a clause keeps what it says to.
_ONLY_THESE_RX = re.compile(
    r"\bonly\s+(?P<some>(?:the\s+)?[\w'’-]+(?:\s+(?!(?:is|are|was|were|get|gets|can|may|will)\b)"
    r"[\w'’-]+){0,7})\s+(?:is|are|was|were|get|gets|can|may|will)\b",
    re.I,
)


def _groups_opening(asked_of: frozenset[str], text: str) -> frozenset[str]:
    """The terms of each group the question asks of that opens a sentence of `text`
    ("Freelance court reporters use their own laptops"): who is asked of, not what."""
    found: frozenset[str] = frozenset()
    if asked_of:
        for part in _WHOLE_SENTENCE_RX.split(text):
            found |= group_opening(asked_of, part)
    return found


def _unknown_where_said(question: str, text: str) -> bool:
    """Whether a clause of `text` most on the question leaves it open, denying that it is known
    rather than the thing known: "We have not asked Kampala Pixel Works whether it checks its
    developers", "It is unclear whether the courier shreds the manifests" (unless the question
    asks of the asking or checking itself: "Do you verify whether ...?")."""
    lowered = text.lower()
    if "whether" not in lowered and " if " not in lowered:
        return False
    # The knowing asked of itself: "Do you verify whether ...?", "Have you confirmed that ...?"
    asked = subject_terms(question) if _OPEN_ASK_RX.search(question) else frozenset()
    for clause in _closest_clauses(question, text):
        m = _NOT_KNOWN_RX.search(clause)
        if m is not None and not (m["verb"] and subject_terms(m["verb"]) & asked):
            return True
        open_ = _WHETHER_OPEN_RX.search(clause)
        if open_ is not None and _on_the_ask(question, open_[0]):
            return True
        if _doubted_after(clause, text, asked):
            return True
    return False


def _on_the_ask(question: str, said: str) -> bool:
    """Whether `said` is on most of what the question asks ("whether the courier shreds the
    manifests" for "Does the courier shred the manifests?")."""
    wanted = subject_terms(question) - _GENERAL_TERMS
    return bool(wanted) and 2 * len(wanted & subject_terms(said)) >= len(wanted)


def _doubted_after(clause: str, text: str, asked: frozenset[str]) -> bool:
    """Whether the rest of the sentence after `clause` leaves what it said open, pointing back
    to it: "..., but we cannot confirm whether it does so in practice", "...; whether it
    actually does is unverified"."""
    sentence = next((s for s in _FULL_SENTENCE_RX.split(text) if clause in s), "")
    rest = sentence[sentence.find(clause) + len(clause) :]
    m = _NOT_KNOWN_RX.search(rest)
    doubted = (m is not None and not (m["verb"] and subject_terms(m["verb"]) & asked)) or (
        _WHETHER_OPEN_RX.search(rest) is not None
    )
    after = rest.split("whether", 1)[-1] if "whether" in rest else rest.split(" if ", 1)[-1]
    after = _OPEN_TAIL_RX.sub("", after)
    return doubted and _POINTS_BACK_RX.match(after) is not None


# Whether a thing is done, said to be unknown: "whether it actually does is unverified".
_WHETHER_OPEN_RX = re.compile(
    r"\bwhether\b[^.;]{0,80}?\b(?:is|are|was|were|remains?)\s+(?:still\s+|as\s+yet\s+)?(?:"
    r"unverified|unknown|unclear|unconfirmed|untested|not\s+(?:known|verified|confirmed|clear))\b",
    re.I,
)
# Words pointing back to what was said before, adding nothing: "it does so in practice",
# "they actually do", "this happens" (not "it will renew the contract", "this is required").
_POINTS_BACK_RX = re.compile(
    r"\s*(?:it|they|he|she|this|these|that)\s+(?:actually\s+|really\s+|always\s+|still\s+|"
    r"in\s+fact\s+)?(?:does|do|did|is|are|was|were|happens|happened|holds)(?:\s+(?:so|this|that|"
    r"it|true|the\s+case))?(?:\s+in\s+practice)?\s*(?:[.;,)]|$)",
    re.I,
)
# The end of "whether it does remains unconfirmed": the doubt, after what is doubted.
_OPEN_TAIL_RX = re.compile(
    r"\s+(?:is|are|was|were|remains?)\s+(?:still\s+|as\s+yet\s+)?(?:unverified|unknown|unclear|"
    r"unconfirmed|untested|not\s+\w+)\b.*$",
    re.I | re.S,
)


_OPEN_ASK_RX = re.compile(r"\b(whether|if|that)\b", re.I)


def _dealt_with(name: str, text: str) -> bool:
    """Whether `text` names `name` as another party the vendor deals with ("sends ... to the
    OpenAI API", "through Twilio"), not as its own product ("Harbour Desk sessions expire")."""
    return (
        re.search(rf"\b(?:to|with|through|via|by|from)\s+(?:the\s+)?{re.escape(name)}\b", text)
        is not None
    )


# A question on what one named does: "Does OpenAI keep ...", "Will Stripe store ...".
_NAMED_DOER_ASK_RX = re.compile(
    r"\s*(?i:does|did|will)\s+(?!(?i:you|your|we|our|the|a|an|any|all|each|every|this|that|"
    r"it)\b)(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?!(?:tier|plan|edition|"
    r"customers?|users?|subscribers?|version|app|module|product|package|accounts?|staff|data|"
    r"and|or|have|has|hold|offer|provide|support|include|use)\b)(?P<verb>[a-z][a-z-]+)\b"
)


# Knowing denied, of an open question: "we have not asked X whether", "we do not know if",
# "it is unclear whether", "nobody has confirmed whether".
_NOT_KNOWN_RX = re.compile(
    r"(?:(?:\b(?:not|never|no\s+one|nobody|cannot|unable\s+to)\b|"
    r"n't\b)(?:\s+\w+){0,3}?\s+(?P<verb>(?:ask|know|"
    r"confirm|verif|check|establish|determin|assess|audit|sure|certain|aware|told|informed|"
    r"found\s+out|find\s+out|say|tell)\w*)|\b(?:unclear|unknown|uncertain)\b)"
    r"(?:\s+[\w'-]+){0,6}?\s+(?:whether|if)\b",
    re.I,
)


# Where one act of a sentence ends and another begins: "... for Classroom only, and publish".
_ACT_CLAUSE_RX = re.compile(
    r"[.;]\s+|,\s+(?:and|but|while|whereas|which|with|plus)\s+|\s+(?:but|whereas|while)\s+", re.I
)
# A share short of the whole: "nearly all", "the majority of", "most", "97% of", "41 of 44".
_SHARE_SAID_RX = re.compile(
    r"\b(?:(?:nearly|almost|virtually|substantially|practically)\s+(?:all|every)|"
    r"the\s+(?:vast\s+|great\s+)?majority\s+of|(?:a|one|two|three)[\s-]+(?:quarters?|thirds?)\s+of|"
    r"(?:about\s+)?half\s+(?:of\s+)?(?:the|our)\b|(?<!\bat\s)(?<!\bthe\s)most(?!\s+(?:recent|"
    r"recently|"
    r"critical|sensitive|important|likely|common|severe|current|"
    r"up-to-date)\b)\s+(?:of\s+)?(?:the\s+|our\s+)?"
    r"[a-z]|(?<![\d.])(?!100(?:\.0+)?\s*(?:%|percent))\d+(?:\.\d+)?\s*(?:%|percent)\s+of|"
    r"\d+\s+(?:out\s+)?of\s+(?:the\s+|our\s+)?\d+)",
    re.I,
)


def _called_off(question: str, text: str) -> bool:
    """Whether a question on an occasion ("Was ... reviewed in January 2027?", "Did you run
    the 2026 exercise?") meets a text that calls that occasion off or moves it: a clause saying
    "was postponed" (or cancelled, skipped ...) that names the time asked or the act."""
    if not _CALLED_OFF_RX.search(text) or _CALLED_OFF_RX.search(question):
        return False
    times = {t.lower() for t in _TIME_WORD_RX.findall(question)}
    if not times and not _OCCASION_ASK_RX.match(question):
        return False
    acts = specific_terms(question) - times
    return any(
        _CALLED_OFF_RX.search(clause)
        and (acts & subject_terms(clause) or (times and _OCCASION_NOUN_RX.search(clause)))
        and (not times or times & {t.lower() for t in _TIME_WORD_RX.findall(clause)})
        for clause in _SENTENCE_RX.split(text)
    )


# A time named: a month, a year, a quarter.
_TIME_WORD_RX = re.compile(rf"\b(?:{_MONTHS}|(?:19|20)\d\d|Q[1-4])\b", re.I)
# An occasion named by its kind, whatever it is of: "the 2026 test", "this year's review".
_OCCASION_NOUN_RX = re.compile(
    r"\b(?:test|exercise|drill|review|audit|assessment|examination|simulation|tabletop|"
    r"walkthrough|inspection|recertification|training|session)s?\b",
    re.I,
)
# A question on one occasion: "Was ...", "Did you ...", "Has the ... taken place".
_OCCASION_ASK_RX = re.compile(r"\s*(was|were|did|has|have|had)\b", re.I)


def _lapsed_where_said(question: str, text: str) -> bool:
    """Whether a clause of `text` most on the question says that what it asks of has lapsed:
    the words of its subject, before "lapsed" (or "expired", "is no longer valid"), name some
    of it."""
    if not _LAPSED_SAID_RX.search(text) or _LAPSED_SAID_RX.search(question):
        return False
    asked = subject_terms(question)
    return any(
        asked
        & subject_terms(" ".join(_SUBJECT_START_RX.split(clause[: m.start()])[-1].split()[-12:]))
        for clause in _closest_clauses(question, text)
        for m in _LAPSED_SAID_RX.finditer(clause)
    )


# Where the subject of a verb may start: after "whose", "which", "that", a comma or "and".
_SUBJECT_START_RX = re.compile(r"\b(?:whose|which|that|and|but)\b|[,;:]", re.I)


# What has lapsed: "lapsed", "expired", "has not been renewed", "is no longer valid".
_LAPSED_SAID_RX = re.compile(
    r"\b(?:lapsed|expired|(?:was|were|has|have)\s+not\s+(?:been\s+)?renewed|"
    r"no\s+longer\s+(?:valid|active|current|in\s+force|in\s+place))\b",
    re.I,
)
# An occasion called off or moved: "was postponed", "has been cancelled", "were skipped",
# "We cancelled the 2026 exercise", "had to be postponed", "was moved to February 2027", "did
# not take place".
_CALLED_OFF_RX = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+\s+)?(?:skipped|deferred|"
    r"delayed|missed|moved\s+to)|postponed|cancell?ed|called\s+off|rescheduled|put\s+off|"
    r"pushed\s+back|(?:did\s+not|didn't|never)\s+(?:take\s+place|happen|go\s+ahead))\b",
    re.I,
)
# An aim, a habit or advice: what is meant or usual, not what is done each time.
_HEDGED_RX = re.compile(
    r"\b(?:aim(?:s|ing)?\s+to|strives?\s+to|striving\s+to|tr(?:y|ies|ying)\s+(?:not\s+)?to|"
    r"endeavou?rs?\s+to|seeks?\s+to|(?:we|they)\s+target|hope[sd]?\s+to|hoping\s+to|"
    r"would\s+like\s+to|wish(?:es)?\s+to|probably|possibly|perhaps|(?:is|are)\s+likely\s+to|"
    r"our\s+(?:goal|aim|target|intention|"
    r"objective|ambition)\s+is|make\s+every\s+effort|(?:commercially\s+)?reasonable\s+efforts?|"
    r"as\s+far\s+as\s+(?:possible|practicable)|where\s+appropriate|intended\s+to|meant\s+to|"
    r"(?<!\bthan\sis\s)(?<!\bthan\sare\s)(?:usually|typically|normally|ordinarily|customarily|"
    r"often|frequently)(?!\s+than\b)|generally(?!\s+(?:available|accepted))|"
    r"as\s+a\s+(?:general\s+)?rule|in\s+most\s+(?:cases|instances)|"
    r"where(?:ver)?\s+(?:possible|feasible|practical|practicable)|(?:when|if)\s+(?:possible|"
    r"feasible)|"
    r"designed\s+to|should(?!\s+(?:a|an|the|any|there|it|they|we|you|our|your|someone|anyone|"
    r"one|this|that)\b)|(?:is|are)\s+expected\s+to|best[- ]efforts?|ideally|"
    r"(?:is|are)\s+(?:strongly\s+)?(?:encouraged|recommended|advised|reminded)|(?:we|they)\s+"
    r"(?:strongly\s+)?(?:recommend|encourage|advise|remind))\b",
    re.I,
)


_UNIVERSAL_SAID_RX = re.compile(
    r"\b(all|every|each|everyone|everybody|entire|whole|without\s+exception)\b|\b100\s?%", re.I
)
_EVERY_NOUN_ASK_RX = re.compile(
    r"\b(all|every|each)\s+(of\s+)?(the\s+|your\s+|our\s+)?([\w-]+\s+){0,2}?[\w-]+s?\b(?=\s*(\?|$|"
    r",|\b(in|on|at|for|before|after|every|each|within|to|are|is|be)\b))",
    re.I,
)
_EVERY_WORD_RX = re.compile(r"\b(all|every|each)\b", re.I)


def _all_other_said(question: str, text: str) -> bool:
    """Whether the text states what is asked only of "all other" things of the kind asked
    ("Customs declarations are kept for 10 years; all other customer data is deleted within 30
    days" for "Is all customer data deleted within 30 days?"): some of them are set apart."""
    if "other" not in text.lower():
        return False
    if _ALL_OTHER_ASK_RX.search(question) or not _EVERY_WORD_RX.search(question):
        return False  # "Do you encrypt customer data at rest?" asks no "all"
    # By the words themselves: "customer data" names no subject term.
    asked = {w for w in _WORD_RX.findall(question.lower()) if len(w) > 3}
    return any(
        asked & {w for w in _WORD_RX.findall(m["what"].lower()) if len(w) > 3}
        for m in _ALL_OTHER_SAID_RX.finditer(text)
    )


_ALL_OTHER_SAID_RX = re.compile(r"\ball\s+other\s+(?P<what>[\w-]+(?:\s+[\w-]+){0,2})", re.I)
_ALL_OTHER_ASK_RX = re.compile(r"\b(all\s+)?other\b", re.I)


def _named_part_denied(question: str, text: str, both_named: bool = False) -> bool:
    """Whether a text tells what a question asks of some things and denies it of another it
    names ("We restore Ledger and Cutover from backup in a test every quarter; the Haul
    database has never been restore-tested" for "Do you regularly test your backups?"): the
    question, naming no part, asks of them all. A part asked by name is judged by its own.
    With `both_named`, the part that tells it must name another part too ("Kwelder Fuel pump
    terminals read cards" beside "card numbers never reach Berth or Skipper")."""
    if _capitalised_names(question) or not _DENIAL_RX.search(text):
        return False  # states() runs for every control near every row: the cheap tests first
    said = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    if len(said) < 2:
        return False
    wanted = subject_terms(question)
    # "Are contractors background checked?" and "The two contract developers in Harare are
    # not background checked": the denial is of the people asked.
    people = subject_terms(" ".join(_PEOPLE_ASKED_RX.findall(question)))
    for part in said:
        if not _DENIAL_RX.search(part) or not _names_in(part):
            continue
        if people and people <= subject_terms(part):
            continue
        # What the denial's own clause says ("cannot be edited, and is kept for ..." denies
        # editing, not keeping).
        denied = " ".join(c for c in _PART_RX.split(part) if _DENIAL_RX.search(c))
        shared = wanted & subject_terms(denied)
        names = set(_names_in(part))
        if shared and any(
            other is not part
            and not _DENIAL_RX.search(other)
            and shared & subject_terms(other)
            and (not both_named or set(_names_in(other)) - names)
            for other in said
        ):
            return True
    return False


def _all_named_denied(question: str, text: str) -> bool:
    """Whether the sentence of a text that names every name a question gives (a product and
    a region, say) denies what is asked ("Is Envanter in the Türkiye region behind a WAF?" and
    "A WAF protects Envanter in the EU region. Envanter in the Türkiye region and Arşiv are not
    behind a web application firewall"): that part is judged by its own sentence."""
    if not _DENIAL_RX.search(text):
        return False
    names = [n for n in _capitalised_names(question) if re.search(rf"\b{re.escape(n)}\b", text)]
    if len(names) < 2:
        return False
    asked = subject_terms(question) - subject_terms(" ".join(names))
    for part in _SENTENCE_RX.split(text):
        if not all(re.search(rf"\b{re.escape(n)}\b", part) for n in names):
            continue
        denied = " ".join(c for c in _PART_RX.split(part) if _DENIAL_RX.search(c))
        if denied and asked & subject_terms(denied):
            return True
    return False


def _names_in(part: str) -> tuple[str, ...]:
    """The capitalised names a part of a text gives ("the Haul database"), not its opening
    word ("Contractors are not ...", "We") nor acronyms."""
    words = _CAPITAL_WORD_RX.findall(part)
    if words and part.lstrip().startswith(words[0]):
        words = words[1:]
    return tuple(w for w in words if not w.isupper() and w.lower() not in _CALENDAR_WORDS)


# "Until June 2025 ...; since July 2025 ...": a time, not a part named.
_CALENDAR_WORDS = frozenset((*_MONTH_NAMES, *_DAY_NAMES))


# The people a practice may be asked of by group (developers, contractors, ...).
def _groups_told_apart(question: str, text: str, same: bool = False) -> bool:
    """Whether `text` denies a practice of one group of the people a question asks about in
    one sentence and tells it of another group of them in another (each sentence names the
    people asked, and the telling one half of what is done to them); with `same`, the denial
    names the very people asked ("the Wisła Software developers" of "your developers", not
    "drivers' phones" beside "staff laptops")."""
    asked = _people_in(question)
    if not asked or _ANY_OF_THEM_RX.search(question):
        # "all employees?": a denial of one group of them is the No.
        return False
    said = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    if len(said) < 2:
        return False
    rest = specific_terms(question) - subject_terms(" ".join(asked))
    if not rest:
        return False

    def names(part: str) -> bool:
        return bool(asked & _people_in(part))

    # the denial may be of another group ("Temporary staff are not background checked" beside
    # "Permanent employees pass criminal record checks" for "permanent employees?")
    denied = any(
        _DENIAL_RX.search(p) and (names(p) if same else _PEOPLE_ASKED_RX.search(p)) for p in said
    )
    return denied and any(
        not _DENIAL_RX.search(p) and names(p) and 2 * len(rest & subject_terms(p)) >= len(rest)
        for p in said
    )


_ANY_OF_THEM_RX = re.compile(r"\b(all|every|each|any)\b", re.I)


def _left_without(question: str, text: str) -> bool:
    """Whether a part of `text` denies, leaving the thing unsaid, what the rest tells of other
    parts ("the Gulf region has none", "the older products do not"), and the question names
    none of the ones denied."""
    if "none" not in text and "not" not in text and "n't" not in text and "n’t" not in text:
        return False  # most texts deny nothing: a few substring tests
    parts = _LEFT_CLAUSE_RX.split(text)
    asked = specific_terms(question)
    for before, part in pairwise(parts):
        m = _LEFT_WITHOUT_RX.match(part)
        if (
            m
            and not subject_terms(m["who"]) & subject_terms(question)
            # What it leaves unsaid is what the part before tells, the thing asked ("fish-farm
            # site names are replaced, veterinarians' names are not" denies the replacing).
            and len(asked & subject_terms(before)) >= min(2, len(asked))
        ):
            return True
    return False


# Clauses: at a semicolon or full stop, or before "but", "while", "whereas".
_LEFT_CLAUSE_RX = re.compile(r"[;.]\s+|,?\s+(?=(?:but|while|whereas)\s)", re.I)
# A part that denies with the thing left unsaid: "the Gulf region has none", "the older products
# do not", "Connect does not." (not "we do not", nor "it is not"; nor "Team plan customers
# cannot", which denies an option told before, not the thing).
_LEFT_WITHOUT_RX = re.compile(
    r"^\W*(?:but\s+|while\s+|whereas\s+)?(?P<who>(?!(?:we|it|they|this|that|there|which|who)\b)"
    r"(?:the\s+|our\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:(?:has|have)\s+none|"
    r"(?:do|does|did|is|are|was|were|has|have)\s*(?:not|n['’]t)(?:\s+yet)?)\s*[.;,)]?\s*$",
    re.I,
)
_PEOPLE_ASKED_RX = re.compile(
    r"\b(developers|engineers|programmers|employees|staff|personnel|contractors|administrators|"
    r"admins|agents|technicians|workers|operators|drivers|users)\b",
    re.I,
)
# People of one kind by other names: "the Imprime engineers" are developers asked of.
_PEOPLE_KIN = {"engineers": "developers", "programmers": "developers"}


def _people_in(text: str) -> set[str]:
    """The kinds of people a text names, each by one name ("engineers" → developers)."""
    return {_PEOPLE_KIN.get(m.lower(), m.lower()) for m in _PEOPLE_ASKED_RX.findall(text)}


def _without_sibling_products(question: str, text: str) -> str:
    """The text without its clauses on another product of the same name than the one a
    question names ("Does Tembusu Gateway have a secondary site?" and "...; Tembusu Payouts has
    an RTO of 24 hours and no secondary site": the Payouts clause says nothing of Gateway)."""
    asked = _product_pairs(question)
    if not asked:
        return text
    brands = {a.split()[0] for a in asked}
    kept = []
    for clause in _SENTENCE_RX.split(text):
        named = _product_pairs(clause)
        siblings = {n for n in named if n.split()[0] in brands and n not in asked}
        if siblings and not named & asked:
            continue
        segments = _VALUE_FOR_SPLIT_RX.split(clause) if siblings else [clause]
        if len(segments) > 1:
            # "reviewed every quarter for Tembusu Gateway and once a year for Tembusu Payouts":
            # the value given for the product asked, read with the first part's subject.
            later = next((x for x in segments[1:] if _product_pairs(x) & asked), None)
            if _product_pairs(segments[0]) & asked:
                clause = segments[0]
            elif later is None:
                continue
            else:
                clause = _with_head(segments[0], later)
        kept.append(clause)
    return " ".join(kept)


def _with_head(first: str, later: str) -> str:
    """A later value of an item-by-item list with the first part's subject: "The RTO is 2 hours
    for Pay" and "24 hours for Fines" → "The RTO is 24 hours for Fines" (the first part's value
    taken to be as many words long as the later one's)."""
    head = first.split(" for ", 1)[0].split()
    value = later.split(" for ", 1)[0].split()
    return " ".join([*head[: -len(value)], later]) if len(head) > len(value) else later


# Where a text gives the next value for other items: "every quarter for Sala and Pagos | and
# once a year for Parque" (not "for Sala and Pagos", whose "and" joins two names).
_VALUE_FOR_SPLIT_RX = re.compile(r"\s+and\s+(?=[a-z0-9][^,;.]{0,40}?\bfor\s+(?:the\s+)?[A-Z])")


@lru_cache(maxsize=1 << 14)
def _product_pairs(text: str) -> frozenset[str]:
    """Two capitalised words naming a brand and its product ("Tembusu Gateway"), not a
    question's first word ("Does Tembusu")."""
    return frozenset(
        m[1] for m in _PRODUCT_PAIR_RX.finditer(text) if m[1].split()[0] not in _NOT_BRANDS
    )


# Two capitalised words, a brand and a product: "Tembusu Gateway", "Lumen Pay" (overlapping).
_PRODUCT_PAIR_RX = re.compile(r"(?=\b([A-Z][a-z][\w-]*\s+[A-Z][\w-]+)\b)")


_NOT_BRANDS = frozenset(
    [
        "Do",
        "Does",
        "Did",
        "Is",
        "Are",
        "Was",
        "Were",
        "Has",
        "Have",
        "Can",
        "Could",
        "Will",
        "Would",
        "Should",
        "Must",
        "May",
        "Our",
        "Your",
        "The",
        "What",
        "When",
        "Which",
        "Where",
        "Who",
        "How",
        "Please",
        "If",
        "For",
        "In",
        "On",
    ]
)


# The calendar period the question is asked in: "this quarter", "so far this year".
_THIS_PERIOD_ASK_RX = re.compile(
    r"\b(this|the\s+current)\s+(week|month|quarter|year|sprint|half)\b", re.I
)


def _part_kept_of_whole(question: str, text: str) -> bool:
    """Whether a sentence that keeps a part of the thing a question asks the whole of says so
    of that thing: "Do you store full card numbers?" and "Card numbers ... never touch our
    servers; we keep the last four digits" (not "Passwords are masked" beside full disk
    encryption)."""
    whole = _WHOLE_THING_ASK_RX.search(question)
    if whole is None:
        return False
    thing = subject_terms(question[whole.end() :]) - _GENERAL_TERMS
    if not thing:
        return False
    # Digits are a number's: "the last four digits" in the sentence on the number asked.
    if any(
        _DIGITS_KEPT_RX.search(sentence) and thing & subject_terms(sentence)
        for sentence in _FULL_STOP_RX.split(text)
    ):
        return True
    # "masked", "truncated" in the clause that names the thing ("serial numbers are truncated"
    # says nothing of the complete inventory beside it).
    return any(
        _PART_KEPT_RX.search(clause) and thing & subject_terms(clause)
        for clause in _WHOLE_SENTENCE_RX.split(text)
    )


# The whole of a thing asked: "full card numbers", "complete PANs", "unmasked account numbers".
_WHOLE_THING_ASK_RX = re.compile(r"\b(full|complete|entire|whole|unmasked|untruncated)\b", re.I)
# A part of it kept instead: "the last four digits", "first six"; "truncated", "masked".
_DIGITS_KEPT_RX = re.compile(
    r"\b(last|first)\s+(\d+|two|three|four|five|six)\s+(digits|characters|numbers)\b", re.I
)
_PART_KEPT_RX = re.compile(r"\b(truncated|masked|partial)\b", re.I)
# One thing an event befell, asked of by it: "the stolen laptop", "the breached server".
_EVENT_THING_RX = re.compile(
    r"\bthe\s+(?P<what>stolen|lost|breached|compromised|hacked|leaked|misplaced|infected)\s+\w+",
    re.I,
)


# Things made from now on: "each new product", "every new integration" (not people: "each new
# employee" is how all of them come to be checked).
_NEW_ONES_RX = re.compile(
    r"\b(each|every|all|any)\s+new(ly\s+\w+)?\s+(products?|systems?|applications?|apps?|services?|"
    r"features?|releases?|vendors?|suppliers?|subprocessors?|sites?|offices?|integrations?|"
    r"projects?|versions?|modules?|platforms?)\b",
    re.I,
)


# Acts a question may ask, each by the words that say it in some form: a test (a drill, a
# restore tried), a review (a recertification, an audit), a patch (a fix, an update).
_ACTS_SAID = (
    ("test", "exercis", "drill", "rehears", "simulat", "tabletop", "restor"),
    ("review", "recertif", "audit", "assess", "inspect", "check", "examin"),
    ("patch", "remediat", "fix", "updat", "upgrad"),
)


@lru_cache(maxsize=1 << 14)
def _acts_asked(question: str) -> tuple[tuple[str, ...], ...]:
    """The groups of `_ACTS_SAID` a question asks of as acts (once per question: `states`
    runs for every control near every row)."""
    return tuple(g for g in _ACTS_SAID if _asks_act(question, g))


def _asks_act(question: str, group: tuple[str, ...]) -> bool:
    """Whether a question asks of an act of a group as an act ("tested", "reviewing", "do you
    test", "will Sarnıç patch"), not as a noun's modifier ("test environments", "the review
    board")."""
    stems = "|".join(group)
    return bool(
        re.search(rf"\b(?:{stems})\w*(?:ed|ing)\b", question, re.I)
        or re.search(
            rf"\b(?:you|we|to|will|do|does|did|can)\s+(?:[\w-]+\s+)?(?:{stems})", question, re.I
        )
    )


_CAN_ASK_RX = re.compile(r"\s*(?:can|could|may)\b", re.I)
# A condition to come: "once it is generally available", "once the audit closes" (not "once a
# year", "once every quarter", "once yearly").
_ONCE_CLAUSE_RX = re.compile(
    r"\bonce\s+(?!a\b|an\b|per\b|every\b|each\b|in\b|more\b|again\b|only\b|yearly\b|annually\b|"
    r"quarterly\b|monthly\b|weekly\b|daily\b|or\b)"
    r"[^,.;]*",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def _aimed_terms(question: str) -> frozenset[str]:
    """The specific terms of where a thing a question asks of goes, what it is learned from or
    what makes it (`_AIMED_AT_RX`, `_SENT_TO_ASK_RX`), which a text must say; once per
    question."""
    aimed = _AIMED_AT_RX.search(question) or _SENT_TO_ASK_RX.search(question)
    if aimed is None:
        covers = _COVERS_ASK_RX.search(question)
        # What a plan takes in, where the question names it ("the Santiago office"): the name.
        names = _NAME_WORD_RX.findall(covers["what"]) if covers else []
        return specific_terms(" ".join(names)) if names else frozenset()
    return specific_terms(" ".join(v for v in aimed.groupdict().values() if v))


# What an act is aimed at, after its participle: "sent to Salesforce", "trained on student
# health data", "uploaded into the tax portal", "generated by a large language model".
_AIMED_AT_RX = re.compile(
    r"\b(?:sent|sends|send|uploaded|forwarded|transferred|shared|exported|synced|replicated|"
    r"disclosed|sold|"
    r"trained|fine-?tuned|generated|produced|processed)\s+(?:to|on|into|by)\s+"
    r"(?P<what>[^?,;]+?)(?=\s+(?:over|via|through|using|for|in|at|before|after|when|if)\b|[?,;]|$)",
    re.I,
)
# What a plan, policy or test takes in: "Does your business continuity plan cover the Santiago
# office?" is not stated by a plan that "covers the cloud platform and the Valparaiso head office".
_COVERS_ASK_RX = re.compile(
    r"^\s*(?:does|do|will)\s+(?:your|the|this|its)\s+[^?]{2,60}?\s+(?:cover|include|extend\s+to)\s+"
    r"(?P<what>[^?,;]+?)(?=\s+(?:for|in|at|when|if)\b|[?,;]|$)",
    re.I,
)
_NAME_WORD_RX = re.compile(r"\b[A-Z][a-z]{2,}\b")


def document_unsaid(question: str, *said: str) -> bool:
    """Whether a question asks for a practice written down ("Do you have a documented patch
    management process?") and the texts `said` (an approved answer and its question) name no
    document, process, policy or plan: "We generally apply security patches promptly" tells
    what is done, not that it is written."""
    return bool(_WRITTEN_ASK_RX.search(question)) and not any(
        _WRITTEN_SAID_RX.search(x) for x in said
    )


_WRITTEN_ASK_RX = re.compile(r"\b(?:documented|written|formal(?:ly|i[sz]ed)?)\b", re.I)
_WRITTEN_SAID_RX = re.compile(
    r"\b(?:document\w*|written|formal\w*|polic(?:y|ies)|procedures?|process(?:es)?|plans?|"
    r"standards?|runbooks?|playbooks?|programmes?|programs?|manuals?)\b",
    re.I,
)


# A schedule of the vendor's own releases asked.
_RELEASE_ASK_RX = re.compile(
    r"\brelease\s+(?:schedule|cycle|cadence|calendar|plan|frequency|train)s?\b", re.I
)
# The vendor's own releases said: "Releases go out on Tuesdays", "are released every second
# Tuesday", "we release application updates every quarter", "a monthly release train".
_OUR_RELEASES_RX = re.compile(
    r"\b(?:are|is|get|gets|be)\s+released\b|\bwe\s+(?:\w+\s+)?release\b|"
    r"\breleases?\s+(?:go|goes|are|happen|ship|run|take\s+place|every|each|on|weekly|monthly|"
    r"quarterly|fortnightly|daily)\b|\brelease\s+(?:train|cycle|cadence|schedule|calendar)s?\b|"
    r"\b(?:weekly|monthly|quarterly|fortnightly|daily|regular|scheduled)\s+releases?\b",
    re.I,
)


def _one_plan_said(question: str, text: str, specific: frozenset[str]) -> bool:
    """Whether a question that names no plan is answered only by a clause that says what is
    asked "on the Network plan" (one plan by name), and another clause names other plans
    ("on Solo and Practice they are decrypted"): what the buyer's plan gets is the reviewer's
    to say. Not where the same is said of the others ("as they are on Solo", "alike"), nor
    where a plan is a document ("the AWS Backup plan")."""
    if (
        not _ONE_PLAN_RX.search(text)  # most texts name no plan: the cheap test first
        or _ANY_PLAN_WORD_RX.search(question)
        or _EVERY_PLAN_RX.search(text)
        or _ALIKE_RX.search(text)
    ):
        return False
    parts = _PLAN_SENTENCE_RX.split(text)

    def one_plan(part: str) -> set[str]:
        return {m[0] for m in _ONE_PLAN_RX.finditer(part) if not _DOCUMENT_PLAN_RX.search(m[0])}

    def plans_in(part: str) -> set[str]:
        return one_plan(part) | {m[1] for m in _PLANS_NAMED_RX.finditer(part)}

    on_asked = [p for p in parts if subject_terms(p) & specific]
    on_one = [p for p in on_asked if one_plan(p)]
    if not on_one or not all(plans_in(p) for p in on_asked):
        return False  # said without a plan somewhere: of the service
    said_on = set().union(*map(plans_in, on_one))
    others = set().union(*(plans_in(p) for p in parts if p not in on_one))
    return bool(others - said_on)


_ANY_PLAN_WORD_RX = re.compile(r"\b(?:plans?|tiers?|editions?|subscriptions?)\b", re.I)
# The same said of the other plans: "as they are on Solo", "alike", "too", "the same as".
_ALIKE_RX = re.compile(
    r"\b(?:alike|too|as\s+well|likewise|the\s+same\s+as|as\s+(?:they|it)\s+(?:are|is|do|does))\b",
    re.I,
)
# A plan that is a document: "the AWS Backup plan", "the Business Continuity plan".
_DOCUMENT_PLAN_RX = re.compile(
    r"\b(?:backup|continuity|recovery|resilience|response|incident|security|management|test|"
    r"testing|remediation|action|project|migration|disaster|communication|retention)\s+plan\b",
    re.I,
)
# Plans named as plans are: "on Solo and Practice", "for Starter or Team".
_PLANS_NAMED_RX = re.compile(
    r"\b(?:on|for)\s+(?:the\s+)?([A-Z][\w-]+)(?=\s+(?:and|or)\s+[A-Z]|,\s+[A-Z][\w-]+\s+(?:and|or)\s+[A-Z])"
)


def covers_unsaid(question: str, *said: str) -> bool:
    """Whether a question asks what a plan, policy or cover takes in ("Does your cyber
    insurance cover ransomware losses?") and the texts `said` (an approved answer and its
    question) name none of it: holding the cover is not what it covers."""
    covers = _COVERS_ASK_RX.search(question)
    if covers is None:
        return False
    # An amount asked with it ("up to GBP 100,000", "at least CAD 10 million per claim") is
    # read where amounts are; an amount alone asks no head of cover.
    asked = specific_terms(_AMOUNT_RX.sub(" ", covers["what"])) - _GENERAL_TERMS
    what = asked - _COVER_WORDS or asked  # "third-party claims": the claims, then
    # Said only where it is not covered ("Ransomware cover was declined by the insurer") is
    # not said.
    told = [x for t in said for x in _SENTENCE_RX.split(t) if not _NOT_COVERED_RX.search(x)]
    # What is asked is named where its words are, all but one of three or more: "regulatory
    # defence costs" does not name "regulatory fines and penalties", one shared word apart;
    # "covers ransomware" names "ransomware losses" (a loss is what any cover pays for).
    need = len(what) - 1 if len(what) >= 3 else len(what)
    return (
        bool(what)
        and not any(len(what & subject_terms(x)) >= need for x in told)
        and not any(_all_of_its_kind(question, x) for x in told if not _EACH_LOSS_RX.search(x))
    )


_AMOUNT_RX = re.compile(
    r"\b(?:at\s+least|up\s+to|a\s+minimum\s+of|no\s+less\s+than|more\s+than|over)?\s*"
    r"(?:[A-Z]{3}\s*|[$€£]\s*)?\d[\d.,]*\s*(?:k|m|bn|million|billion|thousand)?\b"
    r"(?:\s+(?:per|a|each)\s+(?:claim|incident|event|occurrence|year|annum))?",
    re.I,
)
# What any cover pays for, which names no head of cover: "ransomware losses", "... costs".
_COVER_WORDS = frozenset({"loss", "cost", "payment", "claim", "damag", "expens", "fees"})
_NOT_COVERED_RX = re.compile(
    r"\b(?:not|no|never|declined|refused|excluded|excludes|exclusion|without|whether|"
    r"consider\w*|review\w*|add-on|separate\s+policy)\b",
    re.I,
)
# "each loss is subject to a deductible" speaks of each claim, not all of a kind covered.
_EACH_LOSS_RX = re.compile(r"\b(?:each|every)\s+(?:loss|claim|incident|event)\b", re.I)


def _all_of_its_kind(question: str, text: str) -> bool:
    """Whether a plan said to cover all of a kind covers the one named ("covers every office"
    for "Does your BCP cover the Lisbon office?")."""
    covers = _COVERS_ASK_RX.search(question)
    if covers is None:
        return False
    kinds = [
        w for w in re.findall(r"\b[a-z]{3,}\b", covers["what"]) if w not in ("the", "our", "your")
    ]
    return any(
        re.search(rf"\b(?:all|every|each)\s+(?:\w+\s+)?{re.escape(k.rstrip('s'))}", text, re.I)
        for k in kinds
    )


# The same in the active voice, what goes where: "Do bus modems send student photos to RideCheck?".
_SENT_TO_ASK_RX = re.compile(
    r"\b(?:send|upload|forward|transfer|export|sync|replicate)\s+(?P<thing>[^?]{1,60}?)\s+(?:to|"
    r"into)\s+"
    r"(?P<what>[^?,;]+?)(?=\s+(?:over|via|through|using|for|in|at|before|after|when|if)\b|[?,;]|$)",
    re.I,
)
