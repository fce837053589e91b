"""Yes or No from a text: what it denies, affirms or contradicts, kept to the product, place and group it speaks of."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from socproc.inventory.load import Control
from socproc.mapping.holdings import YES_NO_RX
from socproc.mapping.places import named_places
from socproc.mapping.signable.caveats import (
    _ANYONE_RX,
    _HAVING_TERMS,
    _NOBODY_RX,
    _OUTSIDE_PLACE_RX,
    _PLAN_WORD_TERMS,
    _PREPOSITION_RX,
    _TURNED_ASK_RX,
    _capitalised_names,
    _without_complement,
    _without_denied_inside,
    _without_excepted,
    _without_other_years,
    crossed_kind,
    hosted_apart,
    on_asked_environment,
    present_state,
)
from socproc.mapping.signable.clauses import (
    _OPPOSITES,
    _active_predicate,
    _acts_stated,
    _passive_predicate,
    _passive_subject,
    excepted,
)
from socproc.mapping.signable.control_facts import _LEAD_RX, _control_index
from socproc.mapping.signable.frequency import _DISTINCT_ACTS, _one_for_all
from socproc.mapping.signable.narrower import (
    _ABOUT_RX,
    _ALL_PEOPLE_ASK_RX,
    _CAPABILITY_RX,
    _GROUP_NOUN_TERMS,
    _ITSELF_RX,
    _ONLY_WHAT_RX,
    _ONLY_WORD_RX,
    _PART_RX,
    _PEOPLE,
    _POPULATION,
    _PRODUCT_NAME_RX,
    _SENTENCE_RX,
    _SUBJECT_CLASSES,
    _narrower_data,
    _narrower_items,
    _numbers_spelled,
    _only_the_others,
    _with_subjects,
    data_unsaid,
    other_device_kind,
)
from socproc.mapping.signable.negation import (
    _COUNTRY_RX,
    _DATA_KINDS,
    _DENIAL_RX,
    _DOUBLE_NEGATIVE_RX,
    _PLACE_RX,
    _PLACE_TEXT,
    _REGIONS,
    _countries_in,
    _kept_only_inside,
    _negated_terms,
    _place,
    _places,
    _variants,
    none_left_out,
)
from socproc.mapping.signable.quantities import _WORKFORCE, _count, _without_planned
from socproc.mapping.signable.scope import (
    _ALL_RX,
    _FUTURE_RX,
    _PAST_RX,
    _about_case,
    _mentions,
    _named_group,
    _other_plan,
)
from socproc.mapping.signable.stating import (
    _ANY_OF_THEM_RX,
    _EVERY_WORD_RX,
    _groups_told_apart,
    _named_part_denied,
    _without_sibling_products,
    hedged_where_said,
    states,
)
from socproc.mapping.signable.subjects import _GENERAL_TERMS, _term, specific_terms, subject_terms
from socproc.mapping.signable.vocab import (
    _ADMISSION_RX,
    _NEGATED_RX,
    _PARENTHESES_RX,
    _SEPARATORS,
    _WORD_RX,
    STATED_SHARE,
    Cue,
)


def is_admission(question: str) -> bool:
    """Whether the honest answer could be an admission (breach, litigation, data abroad...)."""
    return bool(_ADMISSION_RX.search(question)) or any(
        _places(m[1]) for m in _LEAVING_PLACE_RX.finditer(question)
    )  # "outside Australia", "ever leave Jamaica", "sent out of Kenya"


# Data going out of a place: what follows is the place, if the words name one.
_LEAVING_PLACE_RX = re.compile(
    r"\b(?:outside|leaves?|leaving|exits?|(?:go(?:es)?|goes|sent|moved|transferred|taken|copied)"
    r"\s+(?:out\s+of|abroad\s+from|beyond))\s+(?:of\s+)?((?:the\s+)?[^?,;]{1,40})",
    re.I,
)


def negated(question: str) -> bool:
    """A question put in the negative ("Do you not ...?", "Isn't it ...?")."""
    return bool(YES_NO_RX.match(question)) and bool(_NEGATED_RX.search(question.split("?")[0]))


# "not ... until 45 days have passed", "not before the first 30 days": the act waits for a
# span of time (not "not encrypted until the migration completes in 2027", not yet done).
_NOT_UNTIL_RX = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\s+(?:[\w-]+\s+){0,3}?(?:until|till|before|for|within)\s+"
    r"(?:the\s+first\s+|at\s+least\s+|after\s+)?(?:\d+|one|two|three|four|five|six|seven|"
    r"ten|fourteen|thirty|sixty|ninety)\s+(?:days?|weeks?|months?|hours?)\b",
    re.I,
)
# A question of when: "before the first day?", "until approved?", "immediately?".
_WHEN_ASK_RX = re.compile(
    r"\b(?:until|till|before|unless|prior\s+to|immediately|as\s+soon\s+as|without)\b", re.I
)


_ACCESS_TOO_RX = re.compile(r"\b(accessed|viewed|seen|reachable|supported|administered)\b", re.I)


def _denied_only_in_places(text: str) -> bool:
    """Whether every sentence of `text` that denies puts it in a country or region ("we store
    no data in China", "never processed outside the EU"): what it rules out is there."""
    return _every_denial(text, _placed_in)


def _denied_only_at_sites(text: str) -> bool:
    """Whether every sentence of `text` that denies puts it at a site named by its own name
    ("in the Cabot Colocation facility", "at our Leeds office")."""
    return _every_denial(
        text, lambda p: bool(_NAMED_SITE_RX.search(p)) and not _EVERYWHERE_RX.search(p)
    )


def _every_denial(text: str, test: Callable[[str], bool]) -> bool:
    """Whether `text` denies in some sentence and every sentence that denies passes `test`."""
    denials = [p for p in _SENTENCE_RX.split(text) if _DENIAL_RX.search(p)]
    return bool(denials) and all(map(test, denials))


# A denial of the whole practice that names a site too: "anywhere, including at the Leeds
# Office", "No customer data is processed offshore: it stays in the Austin Data Center".
_EVERYWHERE_RX = re.compile(
    r"\b(?:anywhere|everywhere|including|any\s+[\w-]+|stays?|remains?|only\s+(?:in|at))\b", re.I
)


# A site by its own name: "in the Cabot Colocation facility", "at the Tai Seng data centre".
_NAMED_SITE_RX = re.compile(
    r"\b(?i:in|at|inside|within|for)\s+(?i:the\s+|our\s+|your\s+)?(?:[A-Z][\w'’&-]*\s+){1,4}"
    r"(?i:facility|facilities|data\s+cent(?:re|er)s?|datacent(?:re|er)s?|site|office|colocation|"
    r"co-location|cage|campus|building|hall|warehouse|plant|depot|branch)\b"
)


def _placed_in(text: str) -> bool:
    """Whether a text puts something in, out of or across a named place ("in China",
    "outside the EU"; not "the EU Standard Contractual Clauses", a name, nor "employees in
    Portugal", people of a place)."""
    return any(
        _PUT_IN_RX.search(text[max(0, m.start() - 12) : m.start()])
        and not _PEOPLE_BEFORE_RX.search(text[max(0, m.start() - 30) : m.start()])
        for m in _PLACE_RX.finditer(text)
    )


_PUT_IN_RX = re.compile(r"\b(in|inside|within|outside|into|to|from|across)\s+(the\s+)?$", re.I)
_PEOPLE_BEFORE_RX = re.compile(
    r"\b(employees?|staff|personnel|workers?|contractors?|people|users?|customers?|clients?|"
    r"members?|patients?|residents?|citizens?|subscribers?|partners?|suppliers?|vendors?|"
    r"engineers?|developers?|agents?|teams?|offices?|subsidiar(y|ies)|entit(y|ies)|companies)\s+"
    r"(based\s+|located\s+|working\s+)?(in|from)\s+(the\s+)?$",
    re.I,
)


# A question on where: "Is data stored outside the US?", "Do you transfer data abroad?".
_WHERE_ASK_RX = re.compile(
    r"\b(outside|abroad|offshore|overseas|onshore|cross[- ]border|international\w*|countr(y|ies)|"
    r"regions?|located|locations?\s+(of|where)|where|jurisdictions?|residency|sovereign\w*)\b",
    re.I,
)


def denies(question: str, text: str) -> bool:
    """Whether `text` rules out what a yes/no question asks about: it holds the question's
    subject as `states` requires, and a part naming it denies it without exception
    ("passwords are never stored in plain text"), or it keeps data only in other places."""
    if "only" in text and _only_the_others(question, text):
        return True
    if other_device_kind(question, text) or data_unsaid(question, text):
        # "the disks of laptops?" and "a server's disks are not encrypted"; "demographic
        # information?" and "these logs are not collected".
        return False
    if hedged_where_said(question, text):
        # "We typically do not share customer data with third parties": a habit, no denial.
        return False
    if not _WHEN_ASK_RX.search(question) and _every_denial(
        text, lambda p: _NOT_UNTIL_RX.search(p) is not None
    ):
        # "Do passwords expire?" and "Passwords do not expire until 45 days have passed": a
        # time it waits for, not a denial of the act.
        return False
    if (
        not _WHERE_ASK_RX.search(question)
        and not _places(question)
        and _denied_only_in_places(text)
    ):
        # "Do you collect, process or store demographic information?" and "No data is collected,
        # processed or stored in China or Russia": a denial of some places says nothing of the
        # practice where the question names none.
        return False
    if (
        not _NAMED_SITE_RX.search(question)
        and not _EVERY_WORD_RX.search(question)
        and _denied_only_at_sites(text)
    ):
        # "Have you implemented a network IDS?" and "Defender for Cloud monitors both Azure
        # regions. We do not run a network IDS in the Cabot Colocation facility": one site's
        # (a question of all or every one is denied by one site's exception).
        return False
    if (
        _TO_COME_ASK_RX.search(question)
        and _NOT_YET_RX.search(text)
        and not any(
            _DENIAL_RX.search(p) and _PLAN_SAID_RX.search(p) and not _names_another(question, p)
            for p in _PART_RX.split(text)
        )
    ):
        # "Is a penetration test of Smile scheduled?" and "Smile has not been penetration
        # tested; a first test is booked for January": what has not happened says nothing
        # of what is planned (a plan denied, "no test is planned", still does).
        return False
    if _ANYONE_RX.search(question):
        # "Is anyone watching the pier controllers?" and "nobody watches them": the pronoun
        # asked, denied (elsewhere "nobody can disable the logging" denies another act).
        text = _NOBODY_RX.sub("no one", text)
    turned = _TURNED_ASK_RX.search(question.split("?")[0])
    if turned is not None:
        # "Do you only run elections for private organisations?" and "we do not run elections
        # for public office": a denial of the rest affirms, as "Are any devices without
        # anti-malware?" and "the tablets have no anti-malware" does; a denial of the thing
        # "only" asks ("Are backups stored only on-site?" and "never kept on-site") still
        # rules it out.
        after = question.split("?")[0][turned.end() :]
        # What is set apart, from its preposition on: "only run elections for private
        # organisations" sets apart the organisations, not the running of elections.
        led = _PREPOSITION_RX.search(after)
        object_ = specific_terms(after[led.start() :] if led else after)
        object_denied = any(
            object_ & subject_terms(part)
            for part in _PART_RX.split(text)
            if _DENIAL_RX.search(part)
        )
        if object_denied == (turned[0].lower() == "without"):
            return False
    if _GUARDED_ASK_RX.search(question) and not _GUARD_DENIED_RX.search(text):
        # "Are audit trail entries protected from editing?" and "entries cannot be edited": a
        # denial of what is guarded against says the guard holds, never No.
        return False
    given = text
    if _UNKNOWN_TO_US_RX.search(text):
        # "... federated to Okta, and we do not control which second factor it requires": what
        # the vendor does not control or know is no denial of the thing (unless that act is
        # what is asked: "Do you check whether uploaded files contain malware?").
        text = _UNKNOWN_TO_US_RX.sub(
            lambda m: (
                m[0] if re.search(rf"\b{_ACT_STEM_RX.sub('', m['act'])}", question, re.I) else " "
            ),
            text,
        )
    # "a certificate of no criminal record": a noun's complement, no denial of the clause.
    if "of no" in text.lower():
        text = _OF_NO_RX.sub("of", text)
    text = on_asked_environment(question, present_state(question, _numbers_spelled(text)))
    if hosted_apart(question, text) or crossed_kind(question, text):
        # "host-based intrusion detection?" and "we do not run network intrusion detection or
        # host-based intrusion prevention": neither item is the kind asked.
        return False
    if none_left_out(question, text):
        return True  # "Is any server left out of the scan?" and "No server is exempted from it"
    text = _without_excepted(question, _without_denied_inside(question, text))
    text = _without_complement(question, text)
    text = _without_other_years(question, text)
    if _one_for_all(question, text):
        return True
    if _stated_beside(question, text):
        # "Arctic Wolf monitors our Okta and Azure logs 24x7; the colocation servers are not
        # monitored" for "Does Arctic Wolf monitor your Okta and Azure logs?": a part states
        # what is asked as asked; the denial is of something else.
        return False
    if "xception" in text:
        # "enforced for all staff accounts with no exceptions" stresses "all"; it denies nothing.
        text = _NO_EXCEPTION_RX.sub(" ", text)
    if _groups_told_apart(question, text):
        # "Our developers in Kaunas attend a secure coding workshop ... Nistru Soft developers
        # have had no secure coding training from us" for "Have your developers been trained in
        # secure coding?": a denial of one group of the people asked beside the practice told
        # of another group of them. For the reviewer.
        return False
    if not _ANY_OF_THEM_RX.search(question) and _named_part_denied(question, text, both_named=True):
        # "card numbers never reach Berth or Skipper. Kwelder Fuel pump terminals read cards and
        # send them to our Fuel server": a denial of the parts it names beside what another
        # part does, for a question that names none (asked of all or any, the part denied is
        # the No).
        return False
    if not _ANY_OF_THEM_RX.search(question) and _narrowed_denied_beside(question, text):
        # "Clinic sessions end after 30 minutes without activity; sessions on the reception
        # kiosk mode never time out" for "Do sessions time out?": a denial of the thing asked
        # in a place, mode or case the question does not name, beside what the text tells of
        # it elsewhere. For the reviewer (asked of all or any, the part denied is the No).
        return False
    if not _SUBGROUP_ASK_RX.search(question) and _SUBGROUP_DENIAL_RX.search(text):
        # "developers who joined after that have had no secure coding training" denies it of
        # some developers, not of "your developers" asked.
        text = _SUBGROUP_DENIAL_RX.sub(" ", text)
    if _only_elsewhere(question, text) or _never_reaches(question, text):
        return True
    if _outside_denied_apart(question, text):
        return False
    text = _without_sibling_products(question, text)
    if not text:
        return False
    if _kept_only_inside(question, text):
        return True
    if _OTHERS_DENIED_RX.search(text):
        # "In September 2026 ... sent summaries of 14 members to the wrong coach. We know of
        # no other incident": a denial of others tells of one, and denies nothing asked.
        text = " ".join(c for c in _SENTENCE_RX.split(text) if not _OTHERS_DENIED_RX.search(c))
        if not text:
            return False
    if _OTHER_PEOPLE_RX.search(text) and not _ALL_PEOPLE_ASK_RX.search(question):
        # "Support staff complete a privacy course every year. Other staff have no privacy
        # training" for "Do you provide privacy training to employees?": the others denied,
        # not the practice (asked of all employees, the others are the No: others_left_out).
        text = " ".join(c for c in _SENTENCE_RX.split(text) if not _OTHER_PEOPLE_RX.search(c))
        if not text:
            return False
    cased = _about_case(question, text)
    if cased is None:
        # "Are staff in the Gdańsk office background checked?" and "Staff in the Santiago
        # office are not background checked": a denial of another case says nothing of it.
        return False
    text = cased
    group = _named_group(question)
    if group:
        # "Is MFA enforced for SSO users?" and "Site app users ... have no multi-factor
        # option": a denial of other people says nothing of the group asked.
        text = " ".join(c for c in _SENTENCE_RX.split(text) if _mentions(c, group, whole=False))
        if not text:
            return False
    # "Every user who does not sign in through SSO must use MFA": a denial that picks people
    # out is their case, not a denial of the practice.
    if not _WHO_NOT_RX.search(question):
        text = _WHO_NOT_RX.sub(" ", text)
    only = _ONLY_WHAT_RX.search(question)
    if only is not None and _ONLY_WORD_RX.search(text):
        asked_only = subject_terms(only["what"]) - _GENERAL_TERMS
        if asked_only and len(asked_only & subject_terms(text)) * 2 >= len(asked_only):
            # "Do you retain only a token and the last four digits?" and "never ... full card
            # numbers; ... only a token and the last four digits reach us": the denial of the
            # rest is what "only" asks, not a No.
            return False
    text = _one_denial(text)
    if _ITSELF_RX.search(text):
        # "... sign in with SPID, CIE or email and password; the app itself adds no second
        # factor": a denial of the part named, not of what comes through the other ways.
        return False
    if _ALL_RX.search(question) and _narrower_items(question, text):
        # "Are you storing any passwords in plaintext?" is not ruled out by "Patron PINs and
        # passwords are never stored in plain text": one kind of them.
        return False
    told = _WINDOW_ASK.search(text)
    if told is not None:
        window = _WINDOW_ASK_RX.search(question)
        if window is None or _months(window) > _months(told):
            # "no breaches in the last three years" rules out neither years four and five
            # nor "ever".
            return False
    wanted = subject_terms(question)
    said = subject_terms(text)
    have = wanted & said
    if not wanted or len(have) < min(2, len(wanted)) or len(have) / len(wanted) < STATED_SHARE:
        return False
    specific = wanted - _GENERAL_TERMS
    if specific and len(specific & said) / len(specific) < STATED_SHARE:
        return False
    names = _capitalised_names(question)
    content = (
        specific
        - _PLAN_WORD_TERMS
        - _HAVING_TERMS
        - (subject_terms(" ".join(names)) if names else set())
    )
    if wanted & _PLAN_WORD_TERMS and names and content and not content & subject_terms(given):
        # "Does the Gremial plan have an SLA?" and "Single sign-on is not available on the
        # Basico or Gremial plans": the plan is where it is asked, not what; what is denied
        # must be what is asked.
        return False
    rest = wanted - _HAVING_TERMS - (subject_terms(" ".join(names)) if names else set())
    if names and rest and not rest & subject_terms(given):
        # "Has Financiera Turia had a data breach?" and "We have not reviewed Financiera
        # Turia": a denial that shares only the name asked denies something else of it.
        return False
    if _CAPABILITY_RX.search(question) and any(
        not _DENIAL_RX.search(_WHO_NOT_RX.sub(" ", p))
        and _CAN_RX.search(p)
        and len(subject_terms(p) & specific) >= max(1, STATED_SHARE * len(specific))
        for p in _PART_RX.split(text)
    ):
        # "Does your product support MFA for users who do not use SSO?" and "... can enrol in
        # TOTP MFA on the Kurumsal plan only; on the Starter plan only password login": what
        # can be done somewhere is not ruled out by where it cannot.
        return False
    if not _acts_stated(_active_predicate(question), said, text):
        # A No rules out what is done as asked: "we do not use customer data to train models"
        # does not rule out "Do you watermark your training data?".
        return False
    # The parts about the question's subject: naming some of it, and no other population
    # or asset ("contractors are not background-checked" says nothing of employees, "no data
    # is kept on laptops" nothing of data kept elsewhere).
    asked_variants = _variants(question)
    parts = [
        _DOUBLE_NEGATIVE_RX.sub(" ", p)
        for p in _with_subjects(text)
        # "Generation 1 gateways receive no further updates" is not about Generation 2.
        if not (asked_variants and _variants(p) and not asked_variants & _variants(p))
        # "SMS is not encrypted end to end" is about SMS, not the mobile app asked.
        and not _subject_elsewhere(p, wanted)
        # "... not available for Briefbill Review" says nothing of Briefbill Matter asked.
        and not _other_product(question, p)
        # "... is not available on the Standard plan" says nothing of the Enterprise plan.
        and not _other_plan(question, p)
        # "we do not run network-based intrusion detection" says nothing of intrusion detection.
        and not (_BASED_KIND_RX.search(p) and not _BASED_KIND_RX.search(question))
        # "No court case is pending" says nothing of "any legal claim" asked: what is denied
        # is named, and it is not what is asked.
        and not _other_thing_denied(p, wanted)
        # "We do not background check them ourselves; Malabar confirms it has" denies the
        # vendor's own hands, not the check asked of ("Are they background checked?").
        and not (_OURSELVES_RX.search(p) and not _OWN_HANDS_ASK_RX.search(question))
        # "outside auction hours there is no SLA" denies nothing of the auction hours asked.
        and not (_OUTSIDE_TIMES_RX.search(p) and not _OUTSIDE_TIMES_RX.search(question))
        # "We never receive full card numbers" denies nothing of "any part of" them asked.
        and not (_WHOLE_DENIED_RX.search(p) and _PART_ASKED_RX.search(question))
        if subject_terms(p) & have
        # Of another class only: "contractors are not ..." says nothing of employees asked;
        # "not used in development or test environments" does of the test one.
        and not (
            (others := (subject_terms(p) & _PEOPLE_CLASSES) - wanted)
            and not _listed_with(p, others, wanted)
        )
    ]
    if excepted(text):
        # "does not store customer data, except support attachments customers upload".
        return False
    acted = {t[:3] for t in _passive_predicate(question)}
    if _act_denied(question, text, parts, acted, have - _GENERAL_TERMS or have):
        # "Has your recovery plan been tested?" and "We wrote a recovery plan in 2036; it has
        # not been tested yet": the act asked, denied of the thing asked, told nowhere else.
        return True
    if any(_BOUNDED_RX.search(p) for p in parts):
        return False
    if any(
        (m := _ABOUT_RX.search(p)) is not None
        and not set(_WORD_RX.findall(m["what"].lower())) <= set(_WORD_RX.findall(question.lower()))
        for p in _SENTENCE_RX.split(text)
        if _DENIAL_RX.search(p)
    ):
        # "No lawsuit related to security has been filed" rules out no other lawsuit: a
        # denial of a narrower thing than asked ("any pending litigation?").
        return False
    # A denial rules the question out only where no other part says more of what is asked
    # ("stored only as bcrypt hashes; never stored in plain text" for "stored using a hash?").
    if _only_within(question, text):
        # "stored only in AWS us-east-1 ..., both in the United States" rules out "outside
        # the United States".
        return True
    if _kept_in_asked_place(question, text):
        # "US customers' data is stored in AWS us-east-2 (Ohio) ... Canadian data is never
        # stored in the United States": some data is kept in the place asked; the denial is
        # of one kind of it.
        return False
    # Compared by the specific words of the question each says.
    key = have - _GENERAL_TERMS or have
    # "... and does not leave the United States" keeps data in a place; it denies nothing of
    # its being there.
    parts = [p for p in parts if not _STAYS_IN_RX.search(p)]
    # "There is no recurring secure coding training" denies the recurrence, not "Have your
    # developers been trained in secure coding?": a qualifier of how often the question does
    # not ask makes the denial narrower than it.
    # So does one of manner ("Manifest has no automatic updates" for "still receiving
    # updates?").
    parts = [p for p in parts if not (_negated_terms(p) & (_RECURRENCE | _MANNER)) - wanted]
    # "Are data backups encrypted?" and "Photos in object storage are not backed up": what is
    # denied is the thing asked of ("backups"), not what is asked of it ("encrypted").
    asked_of = _passive_subject(question) if acted else set()
    parts = [
        p
        for p in parts
        if not (negated_here := _negated_terms(p))
        or not negated_here <= asked_of
        or {t[:3] for t in negated_here} & acted
    ]
    denying = [subject_terms(p) & key for p in parts if _negated_terms(p) & wanted]
    denied = list(map(len, denying))
    saying = [
        subject_terms(sentence) & key
        for sentence in _SENTENCE_RX.split(_LEAD_RX.sub("", text.strip()))
        if not _DENIAL_RX.search(sentence)
        # About other people than those asked of ("all new employees ..." when contractors
        # are asked about) it says nothing of them.
        and not (
            wanted & _SUBJECT_CLASSES and (subject_terms(sentence) & _SUBJECT_CLASSES) - wanted
        )
    ]
    stated = list(map(len, saying))
    # A denial about the question's own subject ("Single sign-on is not offered"), not one
    # whose words are mostly another thing ("we do not use generative AI in reports").
    focused = [
        subject_terms(p) & key
        for p in parts
        if (negated := _negated_terms(p)) & wanted and 2 * len(negated & wanted) > len(negated)
    ]
    if focused and frozenset().union(*focused) - frozenset().union(*saying):
        # A word of the question named only where it is denied: "SSO is not offered" beside
        # "MFA authentication is available" for "Do you support SSO authentication?".
        return True
    return bool(denied) and max(denied) > max(stated, default=0)


def _act_denied(
    question: str, text: str, parts: list[str], acted: set[str], key: frozenset[str]
) -> bool:
    """Whether a part denies the act a question asks was done ("been tested") of the thing it
    asks of, up to now ("not tested yet" too), and no sentence of `text` tells of that act."""
    if not acted or _TO_COME_ASK_RX.search(question) or _WILL_ASK_RX.match(question):
        return False
    # The act in other words too: "exercised", "rehearsed" and "a tabletop" tell of a test.
    kin = [w for g in _DISTINCT_ACTS if any(w[:3] in acted for w in g) for w in g]
    return any(
        {t[:3] for t in _negated_terms(p)} & acted
        and key <= subject_terms(p)
        and not _BOUNDED_RX.search(_YET_RX.sub(" ", p))
        for p in parts
    ) and not any(
        {t[:3] for t in subject_terms(x)} & acted or any(w in x.lower() for w in kin)
        for x in _SENTENCE_RX.split(_LEAD_RX.sub("", text.strip()))
        if not _DENIAL_RX.search(x)
    )


_YET_RX = re.compile(r"\byet\b", re.I)
# An act's stem, for finding it in a question: "controlled" → "control", "known" → "know".
_ACT_STEM_RX = re.compile(r"(?:led|ed|ied|n|s|y)$", re.I)
# What the vendor does not control, know or check, to the end of its clause: "we do not
# control which second factor it requires", "we have not checked whether they encrypt".
_UNKNOWN_TO_US_RX = re.compile(
    r"\b(?:we|the\s+vendor|[A-Z]\w+)\s+(?:do|does|did|have|has|can)\s*(?:not|n['’]t)\s+"
    r"(?:yet\s+)?(?P<act>control(?:led)?|know(?:n)?|check(?:ed)?|verif(?:y|ied)|see(?:n)?|decide[ds]?|"
    r"choose|chosen|confirm(?:ed)?|track(?:ed)?|ask(?:ed)?)\s+(?:\w+\s+)?(?:which|what|whether|how|"
    r"if)\b[^.;]*",
    re.I,
)
# A question on what is to come: "Will you support SAML?", "Will the plan be tested?".
_WILL_ASK_RX = re.compile(r"\s*(will|shall|would)\b", re.I)


def affirms(question: str, text: str) -> bool:
    """Whether a sentence of `text` that denies nothing, of today, names all the question's subject
    ("Databases and backups in AWS are encrypted at rest with AES-256" for "Is the storage of
    sensitive data encrypted?"), whether or not it states it whole."""
    wanted = subject_terms(question)
    return len(wanted) >= 2 and any(
        not (_DENIAL_RX.search(p) or _FUTURE_RX.search(p) or _PAST_RX.search(p))
        and wanted <= subject_terms(p)
        for p in _SENTENCE_RX.split(text)
    )


# A subject narrowed by where or for what it is: "sessions on the reception kiosk mode",
# "passwords in the legacy directory", "backups for the archive tier".
_NARROWED_SUBJECT_RX = re.compile(
    r"^\W*(?:(?:and|but|while|whereas)\s+)?(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?:on|in|for|at|under|within|during)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?P<qualifier>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:(?:is|are|was|were|do|does|did|have|has|"
    r"can|will)\s+)?(?:never|not|no)\b",
    re.I,
)


def _narrowed_denied_beside(question: str, text: str) -> bool:
    """Whether a text denies the thing asked only where its subject is narrowed by a place,
    mode or case the question does not name ("sessions on the reception kiosk mode never time
    out"), beside a sentence that tells something of that thing without denial."""
    said = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    if len(said) < 2:
        return False
    wanted = subject_terms(question)
    for part in said:
        m = _NARROWED_SUBJECT_RX.match(part)
        if m is None:
            continue
        head = subject_terms(m["head"]) & wanted
        qualifier = subject_terms(m["qualifier"]) - _GENERAL_TERMS
        if not head or not qualifier or qualifier & wanted:
            continue
        if any(
            other is not part and not _DENIAL_RX.search(other) and head <= subject_terms(other)
            for other in said
        ):
            return True
    return False


def _stated_beside(question: str, text: str) -> bool:
    """Whether a sentence of `text` that denies nothing states what `question` asks, beside
    one that does deny (a denial of another thing in the same text)."""
    said = [p for p in _SENTENCE_RX.split(text) if p.strip()]
    if len(said) < 2 or is_admission(question):
        # "stored only in AWS us-east-1; not stored in any other country" for "stored outside
        # the United States?": where an answer is an admission, the denial is the answer.
        return False
    wanted = subject_terms(question)
    denied = [subject_terms(p) & wanted for p in said if _DENIAL_RX.search(p)]
    # The stating part names all the question's words the denial does, and more of them:
    # "passwords are hashed with bcrypt; never stored in plain text" keeps its No.
    # It need not state it ("one login that the shop staff at that counter share" beside
    # "personal logins are not supported" for "Do any users have to share one login?"):
    # naming most of what is asked and more than any denial does, the denial is of another
    # thing.
    return bool(denied) and any(
        not _DENIAL_RX.search(p)
        and 2 * len(named := subject_terms(p) & wanted) >= len(wanted)
        and all(named > d for d in denied)
        and (states(question, p) or all(len(named) > len(d) + 1 for d in denied))
        for p in said
    )


def _never_reaches(question: str, text: str) -> bool:
    """Whether the data a question asks the vendor to store, process or transmit never reaches
    its systems, as the text says ("card numbers never reach our servers" for "Do you store
    cardholder data?", "If you process cardholder data on your servers, ...")."""
    if not _NEVER_REACHES_RX.search(text):
        return False  # most texts say no such thing: one search first
    if not _HANDLES_ASK_RX.search(question) or _OTHERS_HANDLE_ASK_RX.search(question):
        # "Do you use a third party to process cardholder data?": the third party's systems.
        return False
    data = subject_terms(question) & _DATA_KINDS
    if not data:
        return False
    rest = subject_terms(question) - data - _GENERAL_TERMS
    if any(rest & subject_terms(m["what"]) for m in _KEPT_ONLY_RX.finditer(text)):
        # "Do you store the last four digits?" and "... never touch our servers; we keep only
        # tokens and the last four digits": what is kept is said, and it is what is asked.
        return False
    for part in _PART_RX.split(text):
        m = _NEVER_REACHES_RX.search(part)
        if m is not None and data <= subject_terms(part[: m.start()]):
            return True
    return False


# What a text says is all that is kept: "we keep only tokens and the last four digits".
_KEPT_ONLY_RX = re.compile(
    r"\b(?:keep|keeps|kept|store|stores|stored|retain|retains|retained|hold|holds|receive|"
    r"receives)\s+only\s+(?P<what>[^.;]+)",
    re.I,
)


_HANDLES_ASK_RX = re.compile(
    r"\b(store[sd]?|storing|process(es|ed|ing)?|handle[sd]?|handling|transmit\w*|hold|keep|"
    r"retain\w*|receive[sd]?|touch(es)?)\b",
    re.I,
)


_OTHERS_HANDLE_ASK_RX = re.compile(
    r"\b(third[- ]part(y|ies)|providers?|processors?|vendors?|sub-?processors?|"
    r"sub-?contractors?|outsourc\w*|partners?)\b",
    re.I,
)


_NEVER_REACHES_RX = re.compile(
    r"\b(never|do(es)?\s+not|don['’]t)\s+(reach|touch|enter|pass\s+through|transit|"
    r"hit|land\s+on)\s+(our|any\s+of\s+our|the\s+\w+['’]s)\s+(\w+\s+)?(servers?|systems?|"
    r"infrastructure|network|platform|environment|databases?)\b",
    re.I,
)


def _outside_denied_apart(question: str, text: str) -> bool:
    """Whether a text's denial of data outside a place ("no customer data is stored outside
    the EU") leaves what the question asks open: data kept inside it ("Is all data stored
    within the EU?", which it states rather than denies), outside a place within it ("outside
    Ireland?": backups in Frankfurt are), or data moved or viewed there ("transferred outside
    the EU?", "accessed from outside the EU?"), which storage does not say."""
    if not _places(question):
        return False
    asked = _OUTSIDE_PLACE_RX.search(question)
    for said in _SENTENCE_RX.split(text):
        m = _OUTSIDE_PLACE_RX.search(said)
        if m is None or not _DENIAL_RX.search(said[: m.start()]):
            continue
        if asked is None:
            return True
        if not _countries_in(_places(m[1])) <= _countries_in(_places(asked[1])):
            return True
        if _MOVED_RX.search(question) and not _MOVED_RX.search(said):
            return True
    return False


# Data moved or seen, not kept: "transferred", "accessed from", "viewed from", "sent to".
_MOVED_RX = re.compile(
    r"\b(transfer\w*|access(ed|ible|es)?|view(ed|s)?|sent|send|transmit\w*|leaves?|leaving|"
    r"flows?|moved?|exported?|remote(ly)?)\b",
    re.I,
)


def _subject_elsewhere(part: str, wanted: frozenset[str]) -> bool:
    """Whether a part's grammatical subject is a thing the question does not name ("SMS is
    not encrypted" for a question on the mobile app). A name (the vendor, a product), people
    and pronouns are no such thing: "Fabrikam does not store card data" is about the vendor."""
    m = _PART_SUBJECT_RX.match(part)
    if m is None:
        return False
    first = m["subject"].split()[0]
    if (first[:1].isupper() and not first.isupper()) or first.lower() in _PRONOUNS:
        return False
    named = subject_terms(m["subject"]) - _GENERAL_TERMS
    return bool(named) and not named & wanted and not named & (_WORKFORCE | _POPULATION)


# The words before a part's first verb: "SMS is not", "appointment reminders are".
_PART_SUBJECT_RX = re.compile(
    r"\s*(?P<subject>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:is|are|was|were|has|have|can|"
    r"cannot|does|do|did|will|may|must)\b"
)


_PRONOUNS = frozenset({"we", "it", "they", "this", "these", "that", "those", "our", "there"})


def _kept_in_asked_place(question: str, text: str) -> bool:
    """Whether a sentence that denies nothing keeps data in the place a question asks of
    ("stored in the United States?" and "US customers' data is stored in AWS us-east-2
    (Ohio)")."""
    asked = _place_asked(question)
    if not asked:
        return False
    wanted = _countries_in(frozenset({asked}))
    # Whose data is asked, by a name before it ("Canadian customer data"): a sentence on
    # another's data ("US customers' data is stored in Ohio") does not keep it there.
    words = _IN_PLACE_RX.sub(" ", question).split()[1:]
    whose = {w.strip("?,.;:'’") for w in words if w[:1].isupper()}
    for sentence in _SENTENCE_RX.split(text):
        if _DENIAL_RX.search(sentence) or not _KEPT_RX.search(sentence):
            continue
        if any(w not in sentence for w in whose) or _narrower_data(question, sentence):
            continue  # another's data, or another kind ("Our corporate email is stored ...")
        if _countries_in(_places_said(sentence)) & wanted:
            return True
    return False


def _places_said(text: str) -> frozenset[str]:
    """The countries and regions a text names, by name or by a city or cloud region ("AWS
    Dublin": Ireland)."""
    named = {_place(p[0]) for p in _PLACE_RX.finditer(text)}
    return frozenset(named | {country for _, country in named_places(text)})


def _only_elsewhere(question: str, text: str) -> bool:
    """Whether data asked about in one place is kept only in others: "stored only in the
    United States" rules out "stored in the European Economic Area?" (not "in Germany?" when
    the text keeps it only in Germany, nor "in the EU?" then)."""
    asked = _place_asked(question)
    if not asked or not _ONLY_RX.search(text):
        return False
    if not any(_KEPT_RX.search(p) for p in _PART_RX.split(text) if _ONLY_RX.search(p)):
        # "employees are background-checked only in the United States" says where checks
        # are done, not where data is kept.
        return False
    named = _places_said(text)
    if not named or asked in named:
        return False
    if any(asked in _REGIONS.get(n, ()) for n in named):
        return False  # "only in the EU" and "in Ireland?": the EU holds Ireland
    return not named & _REGIONS.get(asked, frozenset())


@lru_cache(maxsize=1 << 14)
def _place_asked(question: str) -> str:
    """The place a question asks whether data is kept in ("stored in the EEA?"); '' when none,
    or when it asks where data is collected from (its subjects' place, not where it is kept)."""
    if not any(c.isupper() for c in question):
        return ""  # every place name is capitalised
    m = _IN_PLACE_RX.search(question)
    if m is None or _COLLECTED_RX.search(question):
        return ""
    return _place(m["place"])


_COLLECTED_RX = re.compile(r"\bcollected\s+from\b", re.I)


# Data asked about in a place: "stored in the EEA", "processed in or stored in Canada".
_IN_PLACE_RX = re.compile(
    r"\b(?i:stored|processed|hosted|located|kept|collected|transferred|held|reside)\b[^?]{0,40}?"
    r"\b(?i:in|to|within)\s+(?i:the\s+)?(?P<place>" + _PLACE_TEXT + "|" + _COUNTRY_RX.pattern + ")",
)


def _only_within(question: str, text: str) -> bool:
    """Whether the text keeps to the place a question asks about leaving ("outside the United
    States?" and "only in ... the United States")."""
    m = _OUTSIDE_PLACE_RX.search(question)
    if m is None or not _ONLY_RX.search(text):
        return False
    if _ACCESS_TOO_RX.search(question[: m.start()]):
        # "Is customer data accessed from outside the EU?": where it is seen from, which
        # "stored only in the EU" does not say.
        return False
    place = subject_terms(m[1])
    if not place or not place <= subject_terms(text):
        return False
    # "stored only in Germany ... and in encrypted backups in Helsinki, Finland": another
    # country named in that sentence is a place outside (a region around it is not).
    only = next(x for x in _SENTENCE_RX.split(text) if _ONLY_RX.search(x))
    return not (_places(only) - _places(m[1]) - _REGIONS.keys())


_ONLY_RX = re.compile(r"\bonly\s+in\b|\bexclusively\s+in\b", re.I)


# Where data is kept: what an "only in <place>" must be said of to rule other places out.
_KEPT_RX = re.compile(
    r"\b(data|stored|stores|hosted|hosts|processed|kept|resides?|located|replicated|backups?|"
    r"backed\s+up|held|holds?|housed|retains?|caches?|cached|"
    # "212 of our 530 customers run in Google Cloud in Germany", "have moved to".
    r"run\s+in|runs\s+in|(?:moved|migrated)\s+to)\b",
    re.I,
)


def _listed_with(text: str, these: frozenset[str], those: frozenset[str]) -> bool:
    """Whether `text` names one of `these` in a list with one of `those` ("development or test
    environments": development listed with test)."""
    words = _WORD_RX.findall(text.lower().translate(_SEPARATORS))
    # Word by word (not folded into phrases, which would shift the places of the list words).
    terms = [_term(w) for w in words]
    return any(
        terms[i] in these and terms[j] in those
        for i in range(len(words))
        for j in (i - 2, i + 2)
        if 0 <= j < len(words) and words[(i + j) // 2] in ("or", "and")
    )


_STAYS_IN_RX = re.compile(r"\b(not|never)\s+(leave|leaves|left|go|goes|move|moves)\b", re.I)


_RECURRENCE = frozenset(
    map(
        _term,
        [
            "recurring",
            "regular",
            "regularly",
            "annual",
            "annually",
            "ongoing",
            "periodic",
            "periodically",
            "refresher",
            "continuous",
            "continuously",
            "yearly",
            "quarterly",
            "monthly",
        ],
    )
)


# How a thing is done, which a denial may be of alone: "no automatic updates", "no formal
# review", "no dedicated team", "no independent audit".
_MANNER = frozenset(
    map(
        _term,
        [
            "automatic",
            "automatically",
            "automated",
            "manual",
            "manually",
            "formal",
            "formally",
            "dedicated",
            "independent",
            "external",
        ],
    )
)


# The rest of a people, apart from some named before: "other staff", "the remaining employees".
_OTHER_PEOPLE_RX = re.compile(
    r"\b(?:other|all\s+other|the\s+other|remaining|the\s+remaining|the\s+rest\s+of\s+(?:the|our))\s+"
    rf"(?:[\w-]+\s+)?{_PEOPLE}\b",
    re.I,
)
_OTHERS_DENIED_RX = re.compile(
    r"\b(no|not\s+(\w+\s+){0,3}?any|never\s+(\w+\s+){0,3}?any)\s+other\b", re.I
)


_CAN_RX = re.compile(
    r"\b(can|may|able\s+to|available|supports?|supported|offers?|offered|enrol\w*|enroll\w*|"
    r"option(al)?)\b",
    re.I,
)


# People picked out by when or how they came, then denied: "developers who joined after that
# have had no ...", "staff hired since 2026 have not yet ...".
_SUBGROUP_DENIAL_RX = re.compile(
    r"\b(developers|employees|staff|engineers|users|members|contractors|personnel|hires|"
    r"starters|joiners|agents|technicians)\s+(who|that|hired|joining|joined|added|onboarded|recruited)"
    r"\b[^;.]*?\b(no|not|never|n't)\b[^;.]*",
    re.I,
)


_NO_EXCEPTION_RX = re.compile(r"\b(with\s+)?(no|without)\s+(any\s+)?exceptions?\b", re.I)


_SUBGROUP_ASK_RX = re.compile(r"\b(who|that|new|hired|joined|joining|recent(ly)?)\b", re.I)


_WHO_NOT_RX = re.compile(
    r"\b(who|whose\s+\w+)\s+(do|does|did|is|are|has|have)\s*(not|n['’]t)\s+[^,;.]*", re.I
)


# A list of verbs after a denial: "not accept, store or process", "never sell, rent and share".
_VERB_LIST_RX = re.compile(
    r"\b(?P<neg>not|never|no\s+longer)\s+(?P<list>(?:\w+,\s+)+\w+,?\s+(?:or|and|nor)\s+\w+)\b",
    re.I,
)


_LIST_JOINS_RX = re.compile(r",?\s+(?:and|nor)\s+|,\s+", re.I)


def _one_denial(text: str) -> str:
    """A text with each list of verbs after a denial read as one ("do not accept, store or
    process payment card data" → "... accept or store or process ..."), so that the object
    after the list stays in the part that denies it."""
    if "," not in text:
        return text
    return _VERB_LIST_RX.sub(lambda m: f"{m['neg']} {_LIST_JOINS_RX.sub(' or ', m['list'])}", text)


# A denial bounded in time or quantity is no denial of the practice: "not tested more than
# once a year", "no penetration test since 2023".
_BOUNDED_RX = re.compile(r"\b(since|more than|less than|fewer than|longer than|yet)\b", re.I)


def contradicts(question: str, text: str) -> bool:
    """Whether a text says the opposite kind of what a question asks ("an internal DPO?" and
    "our external DPO is ...", "outside business hours?" and "during business hours")."""
    said = _without_planned(text)  # "from January 2027 we will appoint an internal DPO"
    return any(a.search(question) and b.search(said) and not a.search(said) for a, b in _OPPOSITES)


_BASED_KIND_RX = re.compile(r"\b[a-z]+-based\b", re.I)
_OF_NO_RX = re.compile(r"\bof\s+no\b", re.I)

# Classes of people and things a part may be of, the roles of workers among them: "Freelance
# interpreters are not background checked" is not of the employees asked.
_PEOPLE_CLASSES = _SUBJECT_CLASSES | _GROUP_NOUN_TERMS
# The guard itself denied: "not protected against ransomware", "unsecured".
_GUARD_DENIED_RX = re.compile(
    r"\b(not|never|no\s+longer)\s+(be\s+|been\s+)?(protected|prevented|safe|safeguarded|"
    r"shielded|locked|guarded|secured|immune|resistant|hardened)\b|\bun(protected|secured|"
    r"guarded)\b",
    re.I,
)
# Something asked to be kept from an act: "protected from editing", "locked against edits".
_GUARDED_ASK_RX = re.compile(
    r"\b(protected|prevented|safe|safeguarded|shielded|locked|guarded|secured|immune|resistant|"
    r"hardened)\s+(from|against|to)\b",
    re.I,
)


# A denial of the vendor's own hands: "not ... ourselves", "not in-house", "not by our staff".
_OURSELVES_RX = re.compile(
    r"\b(ourselves|in[- ]house|by\s+our\s+own|our\s+own\s+(staff|team|employees))\b", re.I
)


# A whole thing denied ("full card numbers", "the entire record") and a part of it asked ("any
# part of", "truncated", "the last four digits").
_WHOLE_DENIED_RX = re.compile(r"\b(full|entire|complete|whole|unmasked|untruncated)\b", re.I)
_PART_ASKED_RX = re.compile(
    r"\b(any\s+part|part\s+of|partial|truncated|masked|last\s+(four|4)|first\s+(six|6)|"
    r"any\s+portion|portion\s+of)\b",
    re.I,
)
# Another time than the one asked: "outside business hours", "outside the auction window".
_OUTSIDE_TIMES_RX = re.compile(
    r"\boutside\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:hours|windows?|times?|periods?|"
    r"seasons?|shifts?)\b",
    re.I,
)
# The vendor's own hands asked: "yourselves", "in-house", "in your own systems", "by you".
_OWN_HANDS_ASK_RX = re.compile(r"\b(yoursel(f|ves)|itself|in[- ]house|your\s+own|by\s+you)\b", re.I)


def _names_another(question: str, part: str) -> bool:
    """Whether a part names something by name and nothing the question names ("the Quay app"
    when the Harbour app is asked)."""
    asked = {w.lower() for w in _capitalised_names(question)}
    named = {w.lower() for w in _capitalised_names(f"It {part}")}
    return bool(asked and named) and not asked & named


# What has not happened so far: "has not been tested", "never commissioned", "not yet".
_NOT_YET_RX = re.compile(
    r"\b(?:has|have|had)\s+(?:not|never)\b|\bnot\s+yet\b|\b(?:hasn|haven)['’]t\b|"
    r"\b(?:was|were|did)\s+not\b|\bnever\s+(?:been|had|commissioned|run|done)\b",
    re.I,
)
# A question on what is to come: "Is a test scheduled?", "planned for 2037?", "in your 2037
# plans?", "Do you intend to ...?".
_TO_COME_ASK_RX = re.compile(
    r"\b(scheduled|planned|booked|upcoming|intend(s|ed)?\s+to|plan(s|ning)?\s+to|roadmap|"
    r"in\s+your\s+(\d{4}\s+)?plans?|on\s+the\s+roadmap)\b",
    re.I,
)
# A plan said: "booked", "planned", "scheduled", "we intend", "on our roadmap", "will".
_PLAN_SAID_RX = re.compile(
    r"\b(scheduled|planned|booked|plans?|planning|intend\w*|roadmap|will|upcoming|next)\b", re.I
)


def _other_thing_denied(part: str, wanted: frozenset[str]) -> bool:
    """Whether a part denies a thing it names as its subject ("No court case is pending", "No
    audit has been done") that shares no term with the question."""
    m = _NO_SUBJECT_RX.match(part.strip())
    named = subject_terms(m["what"]) if m else frozenset()
    return bool(named) and not named & wanted


# A denial whose subject is the thing denied: "No court case is pending against us" (not "no
# one", which denies of people).
_NO_SUBJECT_RX = re.compile(
    r"(?:\W*)no\s+(?!one\b)(?P<what>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:is|are|was|were|has|have|had)\b",
    re.I,
)


def _other_product(question: str, part: str) -> bool:
    """Whether a part names products and none of those the question names."""
    asked = _product_names(_PARENTHESES_RX.sub(" ", question))  # not the examples
    if not asked:
        return False
    named = _product_names(part)
    # "the Site mobile app" is Blue Yonder Site: one name's words within the other's.
    return bool(named) and not any(a <= n or n <= a for a in asked for n in named)


def _product_names(text: str) -> list[frozenset[str]]:
    return [
        words
        for m in _PRODUCT_NAME_RX.finditer(text)
        if (words := frozenset(m[0].split()) - _NOT_NAME_WORDS)
    ]


_NOT_NAME_WORDS = frozenset({"The", "A", "An", "Our", "Your", "Its", "This", "Each", "All"})


def denying_control(question: str, controls: tuple[Control, ...]) -> Control | None:
    """The first control that rules out what the question asks about, if one does."""
    wanted = subject_terms(question)
    if not wanted:
        return None
    # Only controls that share a word with the question can deny it (the index is cached).
    index = _control_index(controls)
    near = {i for term in wanted for i in index.by_term.get(term, ())}
    return next(
        (controls[i] for i in sorted(near) if denies(question, controls[i].description)), None
    )


def _months(window: re.Match[str]) -> int:
    """A window's length in months ("the last five years" → 60)."""
    n = int(_count(window["n"])) if window["n"] else 1
    return n * 12 if window["unit"].lower().startswith("year") else n


_WINDOW_ASK_RX = re.compile(
    r"\b(in|within|during|over)\s+the\s+(last|past|previous)\s+((?P<n>\d+|one|two|three|four|"
    r"five|six|seven|ten|twelve)\s+)?(?P<unit>years?|months?)\b",
    re.I,
)


_WINDOW_ASK = Cue(_WINDOW_ASK_RX, ("last", "past", "previous"))
