"""A question that names no report: is it a control a SOC 2 tests, and under which criteria?

Two pieces of knowledge decide: the question's form (`form.question_form`: a practice, or a
fact, document, feature, terms...) and its nearest NIST SP 800-53 control (`knowledge.nearest`,
mapped to the Trust Services Criteria by `tsc_map`). The criteria table's own phrases
(`cues.py`, which also speak French, German and Spanish) are a second opinion on the topic.
Thresholds are BM25 scores, set on the tune split of the labelled sets.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Sequence

from socproc.classify import form as F
from socproc.classify.calibration import CONFIDENCE, settle
from socproc.classify.gated import gate_words
from socproc.classify.knowledge import Nearest, nearest, nearest_to_cues
from socproc.classify.needs import Decision
from socproc.criteria import CRITERIA

# Nearest-control score a question of each form needs before it reads as a control question.
CONTROL_SCORE = 7.0  # "Do you / Is X done / The organisation shall ..."
# ... and the share of the question's information that control accounts for (knowledge.Nearest).
CONTROL_COVERAGE = 0.2
# A criterion's own text (indexed beside the catalog as "TSC ...") states the subject in the
# words a SOC 2 tests it by: two of its words are evidence in a longer question.
TSC_COVERAGE = 0.12
FEATURE_SCORE = 11.0  # a product capability: only a security capability is a control
LABEL_SCORE = 10.0  # a bare noun phrase ("Solution description", "Encryption at rest")


_VENDOR_ASKED = ("do you ", "does you ", "can you ", "could you ", "will you ")
# "Do you provide / offer X" asks what the vendor gives; "do you support / allow / enable X"
# what the product can do (a capability, like "can the product X").
_VENDOR_GIVES = frozenset(("provide", "offer"))


def is_topical(near: Nearest, bar: float = CONTROL_SCORE) -> bool:
    """Is the nearest control near enough: score and coverage, and one word alone only when
    the score is twice the bar (a single shared word is weak evidence)."""
    if near.score < bar or near.coverage < (
        TSC_COVERAGE if near.control.startswith("TSC") else CONTROL_COVERAGE
    ):
        return False
    return near.matched >= 2 or near.score >= 2 * bar


# Confidence of each path: calibration.CONFIDENCE, measured on the tune rows.
CONF_NOT_ASKED = CONFIDENCE["not-asked"]

NOT_ASKED = {
    F.ARTIFACT: "asks for a document",
    F.HISTORY: "asks about the company's history (past events)",
    F.LOCATION: "asks where data is kept or goes (a fact)",
    F.FACT: "asks for a company or product fact",
    F.COMMERCIAL: "asks about commercial or legal terms with the buyer",
    F.AI_MODEL: "asks about AI/ML model engineering, which a SOC 2 does not test",
    F.PLATFORM: "asks about what the user's device or platform does, not the vendor",
    F.BUYER_DUTY: "asks what the buyer must do or run, not a practice of the vendor",
    F.OUTSIDE: "asks about environmental, social or labour commitments, outside the Trust"
    " Services Criteria",
}


# The criteria table's phrases name criteria in the TSC's own terms: each strong one adds this
# share of the best vote; criteria within KEEP of the top are kept.
CUE_VOTE = 1.5
KEEP = 0.75
MAX_VOTED = 2


def fuse_criteria(near: Nearest, cue_criteria: Sequence[str], topical: bool) -> list[str]:
    """Criteria from the nearest controls' votes and the criteria table's phrases together."""
    return list(_fused(near, tuple(cue_criteria), topical))


# Nearest results for cue sets are shared objects (knowledge.nearest_to_cues), so the same
# fusion and wording recur: both are pure, and cached by identity.
@functools.lru_cache(maxsize=8192)
def _fused(near: Nearest, cue_criteria: tuple[str, ...], topical: bool) -> tuple[str, ...]:
    tally = dict(near.votes) if topical else {}
    top = max(tally.values(), default=1.0)
    for cid in cue_criteria:
        tally[cid] = tally.get(cid, 0.0) + CUE_VOTE * top
    if not tally:
        return ()
    best = max(tally.values())
    voted = sorted((c for c, v in tally.items() if v >= KEEP * best), key=lambda c: -tally[c])
    # Every criterion the table's phrases name stays: a question may ask about two topics;
    # the votes add at most MAX_VOTED more (near misses spread over many criteria).
    return tuple(dict.fromkeys([*cue_criteria, *voted[:MAX_VOTED]]))


def _near_text(near: Nearest, criteria: list[str] | None = None) -> str:
    """The nearest control, or the nearest of the TOP_K that maps to one of `criteria`."""
    return _near_words(near, tuple(criteria or ()))


@functools.lru_cache(maxsize=8192)
def _near_words(near: Nearest, criteria: tuple[str, ...]) -> str:
    cid, title, score = near.control, near.title, near.score
    for other, other_title, other_score, crits in near.ranked if criteria else ():
        if not set(crits).isdisjoint(criteria):
            cid, title, score = other, other_title, other_score
            break
    words = "', '".join(near.terms[:5]) if cid == near.control else ""
    shared = f"; question words '{words}'" if words else ""
    return f"nearest control {cid} '{title}' (score {score:.1f}{shared})"


# CC3.2 in the TSC's own words: "risks to objectives are identified and analysed". A practice
# question whose subject is risk and whose verb is one of that work is a control question,
# however the catalog words it ("risk" is in most NIST controls, so it retrieves none).
_RISK = frozenset(("risk", "risks"))
# People's data sold or rented (P4.1), in the forms that would otherwise ask a fact or a term.
_SALE_FORMS = frozenset((F.CONTROL, F.FACT, F.COMMERCIAL))
_SALE = gate_words(
    "sell sells sold selling rent rents rented renting monetise monetises monetised monetising "
    "monetize monetizes monetized monetizing"
)
_DATA_SOLD = gate_words(
    "data information details list lists record records address addresses email emails contact "
    "contacts profile profiles pii "
    # (what devices and apps record of their users: "players' gameplay telemetry")
    "telemetry"
)
# What a company sells that is not people's data.
_GOODS = gate_words(
    "service services product products software licence licenses license licences subscription "
    "subscriptions module modules hardware device devices equipment ticket tickets seat seats "
    "reseller resellers"
)
# "information security", "data centre": the noun names a trade or a place, not data.
_DATA_AS_QUALIFIER = gate_words("security technology system systems centre center centres centers")


_MARKETING = gate_words(
    "market marketing marketed promotional promotions promotion newsletter newsletters advertise "
    "advertising advertisers"
)
_CONSENT = gate_words("consent consents opt optin optout permission")
_PASSED_ON = gate_words(
    "share shared shares sharing pass passed passes passing disclose disclosed discloses disclosing "
    # (handed over in plain words: "do you give owners' names to anyone outside ...")
    "give gives given giving hand hands handed handing release releases released releasing"
)
_PEOPLE_DATA = gate_words(
    "contact details personal data information records lists emails names addresses histories"
)
_USE = gate_words("use used uses using")
# Whom data is passed on to, in general words: "ever shared with ...", "third parties", "others".
_RECIPIENTS = gate_words(
    "ever third parties others partners brokers researchers buyers affiliates anyone outside "
    "marketers "
    # (outside businesses named by their trade: "with mortgage lenders or title companies")
    "companies businesses firms lenders insurers sponsors advertisers agencies "
    # (the state's bodies, who ask for data with or without a warrant: disclosure too)
    "police enforcement government governments authorities"
)
_BUYER_SIDE = frozenset(("us", "our", "you", "your", "their", "them", "each", "one"))
_CONSENT_OR_USE = _CONSENT | _USE
_USE_CRITERIA = {
    "used to market to them": ("P2.1", "P4.1"),
    "passed on to others": ("P4.1", "P6.1"),
    "passed on to others with consent": ("P2.1", "P6.1"),
}


def _people_data_used(tokens: Sequence[str], words: Collection[str] | None = None) -> str:
    """How people's data is used where a question asks it of the vendor: to market to them
    (with their consent or not), or passed on to others (not goods); '' otherwise. `words`:
    the same tokens as a set, if at hand."""
    ws = tokens if words is None else words
    if _PEOPLE_DATA.isdisjoint(ws) or (tokens and tokens[0] == "can"):
        return ""  # "Can users share their contact details ...?": what the product lets them do
    if not _MARKETING.isdisjoint(ws) and not _CONSENT_OR_USE.isdisjoint(ws):
        return "used to market to them"
    passed = (
        not _PASSED_ON.isdisjoint(ws)
        and (
            not _RECIPIENTS.isdisjoint(ws)
            # (other businesses as the recipients: "with any other companies")
            or any(
                t in _OTHER and not _OTHER_PARTIES.isdisjoint(tokens[i + 1 : i + 4])
                for i, t in enumerate(tokens)
            )
            # (any outsider at all: "shared with any supermarket donors")
            or any(p == ("with", "any") for p in itertools.pairwise(tokens))
            # (the vendor asked whether it shares them with anyone named but the buyer: "Do
            # you share members' contact details with the county golf union?")
            or (
                tokens[:2] in (["do", "you"], ["will", "you"], ["would", "you"])
                and any(
                    p[0] == "with" and p[1] not in _BUYER_SIDE for p in itertools.pairwise(tokens)
                )
            )
        )
    )
    if (
        not passed
        and not _AGREED.isdisjoint(ws)
        and not _GOES.isdisjoint(ws)
        and any(a in _GOES and b in _TO_WITH for a, b in itertools.pairwise(tokens))
    ):
        # people asked to agree before their data goes to someone ("Do members have to agree
        # before their details are sent to sponsors?"): consent to its disclosure
        return "passed on to others with consent" if _GOODS.isdisjoint(ws) else ""
    return "passed on to others" if passed and _GOODS.isdisjoint(ws) else ""


# People's agreement asked, and data going somewhere, for _people_data_used.
_AGREED = gate_words("agree agrees agreed consent consents consented permission opt")
_GOES = _PASSED_ON | gate_words("go goes went sent send sends passed forwarded")
_TO_WITH = frozenset(("to", "with"))


# Data used for a purpose other than the one it was given for ("for any purpose other than
# running the service", "for anything other than your own fundraising"): purpose limitation,
# P4.1 for people's data, C1.1 for the customer's business data held in confidence.
_OTHER_USE_BEFORE = frozenset(
    ("purpose", "purposes", "anything", "something", "use", "uses", "reason", "reasons")
)
_OTHER_PURPOSES = frozenset(
    (("other", "purpose"), ("other", "purposes"), ("secondary", "purpose"),
     ("secondary", "purposes"), ("secondary", "use"), ("secondary", "uses"))
)  # fmt: skip
_DATA_USED = _DATA_SOLD | gate_words(
    "names histories documents "
    # (what people hand in or make: "pupils' homework submissions", "members' photos")
    "submissions content files photos images recordings messages results essays"
)
_OTHER = frozenset(("other", "another"))
_BESIDES = gate_words("besides except")
# Other businesses the data could serve: other customers of the vendor, other brands.
_OTHER_PARTIES = gate_words(
    "brand brands customer customers client clients company companies business businesses "
    "merchant merchants retailer retailers organisation organisations organization "
    "organizations advertiser advertisers tenant tenants firm firms"
)
_BUSINESS_DATA = gate_words(
    "production sales figures financial business commercial pricing volumes yield yields "
    "operational benchmark benchmarks"
)


# Data named, then said to be used only for a purpose ("Describe how those numbers are used
# only to tell them their order is ready", "Are patients' mobile numbers used only for
# reminders?", "only used to find their nearest branch"): the same limitation asked from the
# other side. The data is named before the use (a thing used only for files is no data used),
# by a word of _DATA_USED or a number, postcode or photo people give.
_ONLY = gate_words("only solely exclusively")
_FOR_OR_TO = frozenset(("for", "to"))
_DATA_GIVEN = gate_words("number numbers postcode postcodes phone phones mobile photo photos")


def _used_only(tokens: Sequence[str]) -> str:
    """'P4.1' or 'C1.1' when folded tokens name data and then say it is used only for a
    purpose (see _ONLY), else ''."""
    for i in range(1, len(tokens) - 2):
        a, b, c = tokens[i : i + 3]
        if not (
            (a == "used" and b in _ONLY and c in _FOR_OR_TO)
            or (a in _ONLY and b == "used" and c in _FOR_OR_TO)
        ):
            continue
        before = tokens[:i]
        if any(
            (tok in _DATA_USED or tok in _DATA_GIVEN)
            and (j + 1 == len(before) or before[j + 1] not in _DATA_AS_QUALIFIER)
            for j, tok in enumerate(before)
        ):
            return "P4.1" if _BUSINESS_DATA.isdisjoint(tokens) else "C1.1"
        return ""
    return ""


def _used_otherwise(tokens: Sequence[str]) -> str:
    """The criterion when folded tokens ask whether data is used for a purpose other than the
    one it was given for (P4.1 people's data, C1.1 the customer's), or ''."""
    if _USE.isdisjoint(tokens) or (tokens and tokens[0] == "can"):
        return ""
    if "other" not in tokens and "secondary" not in tokens and _BESIDES.isdisjoint(tokens):
        return _used_only(tokens) if not _ONLY.isdisjoint(tokens) else ""
    pairs = list(itertools.pairwise(tokens))
    if not any(
        p in _OTHER_PURPOSES
        or (p == ("other", "than") and i and tokens[i - 1] in _OTHER_USE_BEFORE)
        # ("for anything besides planning", "any purpose except the service")
        or (p[0] in _OTHER_USE_BEFORE and p[1] in _BESIDES)
        # (used for another business: "to target offers for other restaurant brands", "for
        # another client's campaign")
        or (p[0] in _OTHER and not _OTHER_PARTIES.isdisjoint(tokens[i + 1 : i + 4]))
        for i, p in enumerate(pairs)
    ):
        return ""
    if not any(
        tok in _DATA_USED and (j + 1 == len(tokens) or tokens[j + 1] not in _DATA_AS_QUALIFIER)
        for j, tok in enumerate(tokens)
    ):
        return ""
    # the customer's business figures (C1.1); people's or customers' data otherwise (P4.1)
    return "P4.1" if _BUSINESS_DATA.isdisjoint(tokens) else "C1.1"


# Notice to customers before a change that affects them (CC2.3: the entity communicates with
# outside parties about matters affecting the functioning of controls): a word of telling, a
# word of ahead of time, a word of change, in a question asked of the vendor.
_TELL = gate_words(
    "notify notifies notified notification notifications notice tell tells told inform informs "
    "informed warn warns warned advise advises advised know"
)
_AHEAD = gate_words("advance ahead before beforehand prior days weeks months")
_CHANGE = gate_words(
    "change changes changed changing retire retires retired retiring move moves moving replace "
    "replaces replacing discontinue discontinues discontinuing migrate migrates migrating "
    "deprecate deprecates deprecating relocate relocates relocating alter alters altered altering "
    "modify modifies modified modifying upgrade upgrades sunset withdraw withdraws"
)


_ENDED = gate_words(
    "discontinue discontinues discontinued discontinuing deprecate deprecates deprecated "
    "deprecating sunset retire retires retiring withdraw withdraws"
)
_OFFERING = gate_words("feature features product products module modules functionality edition")


_REJECT = gate_words("reject rejects rejected rejecting quarantine quarantines quarantined")
_UNMATCHED = gate_words(
    "match matched matches unmatched mismatch mismatched valid invalid validation duplicate "
    "duplicates incomplete"
)
# The system as the actor of a feature ("Does the lab interface reject ..."), not its users.
_SYSTEM_ACTS = re.compile(
    r"\b(?:system|systems|service|platform|solution|interface|interfaces|import|imports"
    r"|integration|integrations|feed|feeds|upload|software|application|app|api|portal)"
    r" (?:rejects?|quarantines?)$"
)


_WORKING = frozenset(("working", "work", "works", "functioning", "running"))
_KEEPS = frozenset(("keep", "keeps", "continue", "continues", "still"))
# The estate the vendor runs, as the subject of "keep working": its availability (A1.2).
_ESTATE_WORDS = gate_words(
    "system systems service services platform platforms infrastructure server servers database "
    "databases centre center centres centers datacenter datacentre hosting cloud environment "
    "environments production website websites portal portals solution solutions backend api"
)


def _keeps_working(tokens: Sequence[str]) -> tuple[str, bool]:
    """(the subject, whether it is the vendor's estate) when folded tokens ask whether
    something keeps working ("Do docking stations keep working when mains power fails?",
    "Does your service keep working if a region fails?"), or ('', False)."""
    for k in range(1, min(len(tokens) - 1, 12)):
        if tokens[k] in _KEEPS and (
            tokens[k + 1] in _WORKING or tokens[k + 1 : k + 3] == ["to", "work"]
        ):
            subject = tokens[1:k]
            if tokens[0] not in ("do", "does", "will", "would", "can", "is", "are") or not subject:
                return "", False
            estate = not _ESTATE_WORDS.isdisjoint(subject) and not _users_link_lost(tokens[k + 2 :])
            return " ".join(subject), estate
    return "", False


# A link at the user's end ("a loss of the venue's internet", "if our Wi-Fi drops"): what
# keeps working through its loss works offline there, a feature of the product, whatever runs
# it; a link of the vendor's ("your network provider") is its estate.
_LINKS = frozenset(
    (
        "internet", "wifi", "wi", "connection", "connectivity", "broadband", "signal", "coverage",
        "network", "lan",
    )
)  # fmt: skip
_USERS_END = frozenset(("our", "its", "their", "s", "local"))


def _users_link_lost(tail: Sequence[str]) -> bool:
    """Whether the loss named in folded tokens after 'keep working' is of a link at the users'
    end: the first link word, owned by the buyer or a site of its ('our', "the venue's")."""
    if _LOSS.isdisjoint(tail):
        return False
    for i, tok in enumerate(tail[:14]):
        if tok in _LINKS:
            return (
                not _USERS_END.isdisjoint(tail[max(0, i - 3) : i])
                and "your" not in tail[max(0, i - 3) : i]
            )
    return False


_RARE19 = _TELL | _REJECT | _WORKING | frozenset(("other", "secondary", "another")) | _BESIDES
# Keeping on with a task (a gerund: "keep taking bookings", "keep admitting fans") through a
# loss named after it is the same question as "keep working": whose the loss is says whether
# the vendor's estate is asked about ("a failure of one of your data centres") or a device's
# own link ("a loss of its connection"). The words of the loss:
_LOSS = gate_words(
    "failure failures fails fail failed loss lost outage outages down offline unavailable "
    "disruption disruptions drops dropped interruption interruptions"
)
_WHOSE = frozenset(("its", "their", "your", "our"))
_KEPT_UP = _WORKING | frozenset(("up", "online", "available"))


def _kept_running(tokens: Sequence[str]) -> str:
    """The estate kept when folded tokens ask how it is kept running (up, online) through a
    loss of the vendor's own: 'keep', the estate named in the next five words, a word of
    running, then a loss whose owner is the vendor ('your primary data centre goes down'), not
    a link at the users' end; or ''."""
    for k, tok in enumerate(tokens):
        if tok not in _KEEPS:
            continue
        for j in range(k + 2, min(k + 7, len(tokens))):
            if tokens[j] in _KEPT_UP:
                held = tokens[k + 1 : j]
                tail = tokens[j + 1 :]
                if _ESTATE_WORDS.isdisjoint(held) or _users_link_lost(tail):
                    return ""
                for i, lost in enumerate(tail):
                    if lost in _ESTATE_LOSS and (
                        "your" in tail[max(0, i - 5) : i]
                        or not _VENDOR_PLACES.isdisjoint(tail[max(0, i - 5) : i])
                    ):
                        return " ".join(held)
                return ""
        return ""
    return ""


_VENDOR_PLACES = _ESTATE_WORDS | gate_words(
    "site sites office offices premises facility facilities"
)


# A place of the vendor's struck by an event, named in a leading condition ("If your
# call centre were shut by a snowstorm, how would you keep taking calls?"): the loss a task is
# kept going through.
_PLACE_LOSS = _LOSS | gate_words(
    "lose loses power fire flood storm storms snowstorm snow hurricane flooded evacuated burned "
    "burnt earthquake"
)


def kept_through_condition(tokens: Sequence[str]) -> str:
    """The task kept going when folded tokens open on a condition that a place of the vendor's
    is lost or struck by an event ("If your office were closed by a storm, how would you keep
    answering calls?") and then ask how a task is kept going, or ''. A place closed for a
    holiday is no loss."""
    if not tokens or tokens[0] != "if" or _KEEPS.isdisjoint(tokens):
        return ""
    k = next(i for i, tok in enumerate(tokens) if tok in _KEEPS)
    doing = tokens[k + 1] if k + 1 < len(tokens) else ""
    if len(doing) < 6 or not doing.endswith("ing") or k > 24:
        return ""
    condition = tokens[1:k]
    if _PLACE_LOSS.isdisjoint(condition):
        return ""
    for i, tok in enumerate(condition):
        if tok == "your" and not _VENDOR_PLACES.isdisjoint(condition[i + 1 : i + 5]):
            return doing
    return ""


def _keeps_going(tokens: Sequence[str]) -> tuple[str, bool]:
    """(the subject, whether the vendor's estate is what is kept going) when folded tokens ask
    whether something keeps on with a task through a loss ("Does the booking site keep taking
    orders if one of your cloud regions goes down?"), or ('', False)."""
    if tokens and tokens[0] == "if":
        doing = kept_through_condition(tokens)
        return (doing, True) if doing else ("", False)
    for k in range(2, min(len(tokens) - 2, 12)):
        if tokens[k] not in _KEEPS:
            continue
        doing = tokens[k + 1]
        if len(doing) < 6 or not doing.endswith("ing") or tokens[0] not in _OPENS_ASKING:
            return "", False
        tail = tokens[k + 2 :]
        subject = tokens[1:k]
        if _LOSS.isdisjoint(tail):
            # a loss of power, fire or flood at a place of the vendor's ("if your main
            # call-handling site loses power"): its estate lost, whatever is kept going
            owner = next((i for i, tok in enumerate(tail) if tok in _WHOSE), -1)
            if (
                owner >= 0
                and tail[owner] == "your"
                and not _ESTATE_LOSS.isdisjoint(tail[owner + 1 :])
                and not _VENDOR_PLACES.isdisjoint(tail[owner + 1 : owner + 5])
            ):
                return " ".join(subject), True
            return "", False
        if not _ESTATE_WORDS.isdisjoint(subject):
            return " ".join(subject), True
        # whose the lost thing is: the first possessive after the task decides
        owner = next((i for i, tok in enumerate(tail) if tok in _WHOSE), -1)
        estate = (
            owner >= 0
            and tail[owner] == "your"
            and not _ESTATE_WORDS.isdisjoint(tail[owner + 1 : owner + 5])
        )
        return " ".join(subject), estate
    return "", False


# How soon a service is back after a loss of the vendor's estate ("If your primary data centre
# loses power, how quickly is the system back?", "how long to restore the platform after an
# outage of your hosting"): recovery infrastructure and objectives (A1.2), and their test
# (A1.3) when a test is asked; the loss must be of the vendor's ("your ...") estate.
_ESTATE_LOSS = _LOSS | gate_words("lose loses power fire flood")
_BACK = gate_words(
    "back restore restored restores recover recovered recovers recovery resume resumed resumes "
    # ("how long until customers can see their data again")
    "again"
)
_HOW_SOON = frozenset(("quickly", "long", "soon", "fast"))


def back_after_loss(tokens: Sequence[str]) -> str:
    """The word saying a service is back, when folded tokens ask how soon it is back after a
    loss of the vendor's estate, or ''."""
    if _BACK.isdisjoint(tokens) or _ESTATE_LOSS.isdisjoint(tokens):
        return ""
    if not any(
        tok == "how" and tokens[i + 1 : i + 2] and tokens[i + 1] in _HOW_SOON
        for i, tok in enumerate(tokens)
    ):
        return ""
    for i, tok in enumerate(tokens):
        if tok == "your" and not _ESTATE_WORDS.isdisjoint(tokens[i + 1 : i + 5]):
            after = tokens[i + 1 : i + 9]
            if not _ESTATE_LOSS.isdisjoint(after):
                return next(t for t in tokens if t in _BACK)
    return ""


# A person who leaves, and their access ended ("When a crew member leaves, how soon is their
# access switched off?", "do they lose access to our files?"): deprovisioning (CC6.2), however
# the ending is said.
_LEAVES = gate_words(
    "leave leaves leaving left leaver leavers depart departs departing departure quit quits "
    "resign resigns resigned terminated termination"
)
_ACCESS_HELD = gate_words(
    "access accesses account accounts login logins credential credentials badge badges "
    "permission permissions"
)
_ENDED_ACCESS = gate_words(
    "removed revoked disabled deactivated withdrawn cancelled canceled ended terminated "
    "deleted suspended lose loses lost off"
)


_LEAVES_OR_BACK = _LEAVES | _BACK


def access_ended(tokens: Sequence[str]) -> str:
    """'access ... switched off' when folded tokens ask whether or how soon a person who leaves
    loses their access, or ''."""
    if _LEAVES.isdisjoint(tokens) or _ACCESS_HELD.isdisjoint(tokens):
        return ""
    for i, tok in enumerate(tokens):
        if tok in _ACCESS_HELD:
            near = tokens[max(0, i - 3) : i + 10]
            ended = next((t for t in near if t in _ENDED_ACCESS), "")
            if ended:
                return f"{tok} ... {ended}"
    return ""


# A plan asked for under a leading condition of a breach ("If the member database were breached,
# is there a written plan for who does what?"): the condition names the incident the plan is
# for, so it is read with the question (the incident response plan, CC7.4), not cut as context.
_BREACHED = gate_words(
    "breached hacked compromised attacked breach hack attack ransomware intrusion"
)
_PLANNED = gate_words("plan plans playbook playbooks runbook runbooks procedure procedures")


def plan_for_breach(tokens: Sequence[str]) -> str:
    """'breached ... plan' when folded tokens open on a condition of a breach of the vendor's
    systems or data and then ask for a plan, playbook or procedure, or ''."""
    if not tokens or tokens[0] != "if" or _PLANNED.isdisjoint(tokens):
        return ""
    for i, tok in enumerate(tokens[1:12], 1):
        if tok in _BREACHED:
            plan = next((t for t in tokens[i + 1 :] if t in _PLANNED), "")
            return f"{tok} ... {plan}" if plan else ""
    return ""


# A person asking for a copy of their own data, and the service making sure the one asking is
# that person ("how do you confirm it is really them before sending it?", "is the caller checked
# to be who they say they are before their records are sent?"): requester identity verified for
# an access request (P5.1), though "identity" may go unnamed.
_CONFIRMING = gate_words(
    "confirm confirms confirmed verify verifies verified check checks checked prove proves "
    "proven establish establishes established sure ensure ensures"
)
_OWN_COPY = gate_words("copy copies export exports")
_THE_PERSON = frozenset(("them", "him", "her", "the", "that"))


def requester_confirmed(tokens: Sequence[str]) -> str:
    """The words saying the one asking is the person whose data it is, when folded tokens ask
    how a copy or export of someone's own data is given only to them, or ''."""
    if _CONFIRMING.isdisjoint(tokens) or _OWN_COPY.isdisjoint(tokens):
        return ""
    if not any(
        tok in _OWN_COPY and not _THEIR.isdisjoint(tokens[i + 1 : i + 3])
        for i, tok in enumerate(tokens)
    ):
        return ""
    for i, tok in enumerate(tokens):
        if tok == "identity":
            return "identity"
        if tok == "really" and tokens[i + 1 : i + 2] and tokens[i + 1] in _THE_PERSON:
            return f"really {tokens[i + 1]}"
        if tok == "who" and tokens[i + 1 : i + 3] in (["they", "say"], ["they", "claim"]):
            return "who they say"
    return ""


# Languages a product is offered in ("available only in English", "available in Spanish and
# French"): a language option, not availability.
_LANGUAGES = frozenset(
    ("english", "french", "spanish", "german", "italian", "portuguese", "dutch", "polish",
     "chinese", "mandarin", "cantonese", "japanese", "korean", "arabic", "hindi", "welsh",
     "irish", "gaelic", "russian", "vietnamese", "tagalog", "language", "languages")
)  # fmt: skip


# The terms a product is sold on ("available on a per-lane monthly subscription", "available
# under an annual licence"): how it is bought, not the service kept up.
_SOLD_ON = frozenset(
    ("subscription", "subscriptions", "licence", "licences", "license", "licenses", "lease",
     "leases", "trial", "tier", "tiers")
)  # fmt: skip
_ON_TERMS = frozenset(("on", "under", "with", "through", "via", "as"))


def _on_terms(tokens: Sequence[str], at: int) -> bool:
    """Whether folded tokens say, right after position `at` ('available'), the terms it is sold
    on ('available on a per-lane monthly subscription', 'available under an annual licence')."""
    after = tokens[at + 1 : at + 7]
    return bool(after) and after[0] in _ON_TERMS and not _SOLD_ON.isdisjoint(after)


def _in_a_language(tokens: Sequence[str], at: int) -> bool:
    """Whether folded tokens say, right after position `at` ('available'), in which language
    ('available only in English', 'available in Spanish as well')."""
    after = tokens[at + 1 : at + 5]
    return "in" in after and not _LANGUAGES.isdisjoint(after)


_OPENS_ASKING = frozenset(("do", "does", "will", "would", "can", "is", "are"))
# (a device kept going may read as a feature already: "Does the handheld reader keep ...")
_KEEP_GOING_FORMS = frozenset((F.CONTROL, F.FEATURE))


def change_notice(tokens: Sequence[str]) -> str:
    """The telling word when folded tokens ask for notice ahead of a change, or ''."""
    if _TELL.isdisjoint(tokens) or _AHEAD.isdisjoint(tokens) or _CHANGE.isdisjoint(tokens):
        return ""
    if "know" in tokens and "let" not in tokens and _TELL.isdisjoint(set(tokens) - {"know"}):
        return ""  # "know" tells only in "let us know"
    if not _ENDED.isdisjoint(tokens) and not _OFFERING.isdisjoint(tokens):
        return ""  # a feature or product discontinued: the roadmap, a commercial term
    return next(tok for tok in tokens if tok in _TELL)


def _data_sold(tokens: Sequence[str]) -> bool:
    """Whether a word of sale and a noun of people's data stand within six words (the data
    the object of the sale, before or after it: "sell or rent our patron and subscriber
    lists")."""
    sales = [i for i, tok in enumerate(tokens) if tok in _SALE]
    return any(
        tok in _DATA_SOLD
        and (j + 1 == len(tokens) or tokens[j + 1] not in _DATA_AS_QUALIFIER)
        and any(abs(i - j) <= 6 for i in sales)
        for j, tok in enumerate(tokens)
    )


# A plan to carry on through a disruption (CC9.1's subject): a plan, carrying on, the loss.
_PLAN = gate_words(
    "plan plans planned playbook playbooks runbook runbooks arrangement arrangements"
)
_CARRY_ON = gate_words(
    "continue continuing continued continuity resume resuming resumption carry carrying keep "
    "keeping sustain sustaining maintain maintaining"
)
_DISRUPTION = gate_words(
    "unavailable unavailability outage outages disaster disasters disruption disruptions "
    "interruption interruptions lost loss failure failures inaccessible destroyed down offline "
    "fail fails failed"
)
_SALE_OR_PLAN = _SALE | _PLAN
# What a plan for an incident is for: data or systems lost to an attacker, however it is told
# ("a written plan for what you do if client data is stolen", "a plan for a ransomware attack").
_INCIDENT = gate_words(
    "stolen leaked leak leaks breach breached breaches hacked hack compromised compromise attack "
    "attacks ransomware incident incidents exfiltrated intrusion intrusions"
)
# Data exposed or lost to others, and the customer or the people concerned told of it.
_EXPOSED = _INCIDENT | gate_words("exposed exposure exposures")
_TELLING = gate_words(
    "tell telling told notify notifies notifying notified inform informs informing informed "
    "warn warns warning warned"
)
_TOLD = gate_words("us you customers clients affected our people individuals users")


def _told_of(tokens: Sequence[str]) -> bool:
    """Whether folded tokens tell someone something ('notify us', 'tell affected users', 'let
    us know')."""
    return any(
        (a in _TELLING or (a == "let" and tokens[i + 2 : i + 3] == ["know"])) and b in _TOLD
        for i, (a, b) in enumerate(itertools.pairwise(tokens))
    )


# Someone told when something unusual happens to accounts or activity: monitoring for anomalies
# (CC7.2) in plain words, whatever the catalog retrieves for the other words.
_ALERTED = gate_words("alerted alert alerts notified warned flagged told informed")
_UNUSUAL = gate_words(
    "unusual unusually suspicious abnormal abnormally anomalous anomaly anomalies unexpected "
    "atypical unfamiliar"
)
_WATCHED_SUBJECTS = gate_words(
    "account accounts user users login logins logon sign signs access accessed staff employee "
    "employees administrator administrators admin admins activity activities traffic behaviour "
    "behavior download downloads downloaded session sessions"
)
_EXERCISED = gate_words(
    "tested exercised rehearsed drilled test exercise rehearsal drill rehearse rehearses"
)
_RISK_WORK = gate_words(
    "identify identified identifies identifying identification assess assessed assesses "
    "assessing assessment analyse analysed analyze analyzed analysis evaluate evaluated "
    "evaluation measure measured measuring mitigate mitigated mitigating mitigation manage "
    "managed managing management classify classified classification rate rated rank ranked "
    "prioritize prioritise prioritized prioritised treat treated treatment register"
)


# The privacy programme itself (its management, impact assessments, policy, training, risks):
# every privacy criterion presumes one, and "privacy" is in too many catalog controls to
# retrieve any. The nearest control among those mapped to privacy criteria names the criterion.
_PRIVACY_WORK = gate_words(
    "management manage managed program programme impact assessment assessments assess "
    "assessed policy policies procedure procedures process processes officer training risk "
    "risks review reviewed governance framework responsible responsibility responsibilities "
    "accountable accountability owner"
)
PRIVACY_CRITERIA = tuple(c.id for c in CRITERIA if c.id.startswith("P"))


# Logical access is CC6.1's subject ("logical access security software, infrastructure and
# architectures"): a product feature that authenticates users or sets what each may do is that
# control in the product, which a SOC 2 of the service tests, though the catalog words it
# otherwise. Other features (exports, layouts, archives) stay features.
_ACCESS_WORDS = gate_words(
    "authentication authenticate authenticated authenticates authenticating sso saml saml2 oidc "
    "mfa 2fa password passwords passphrase rbac permission permissions privilege privileges "
    "lockout login logon signin inactivity timeout timeouts logout signout "
    "biometric biometrics fingerprint unlock"
)
_ACCESS_PAIRS = frozenset(
    (
        ("single", "sign"),
        ("multi", "factor"),
        ("two", "factor"),
        ("second", "factor"),
        ("access", "level"),
        ("role", "based"),
        ("access", "control"),
        ("access", "right"),
        ("log", "in"),
        ("sign", "in"),
        ("log", "on"),
        ("user", "id"),
        ("user", "ids"),
        ("unique", "id"),
        ("unique", "ids"),
        ("time", "out"),
        ("sign", "ins"),
        ("log", "ins"),
    )
)


# A lock after idle time (a session or screen lock, AC-11): "lock" alone may be a document's.
_LOCK = gate_words("lock locks locked locking")
_IDLE = gate_words("minutes minute inactivity inactive idle idling unused unattended seconds")


# ... or a session ended when left idle, said with a verb of ending.
_LEFT_IDLE = frozenset(("idle", "inactive", "unattended"))
_SESSION_WORDS = frozenset(
    ("session", "sessions", "sign", "signs", "signed", "log", "logs", "logged", "user", "users")
)
_ENDED_SESSION = frozenset(
    (
        "out", "off", "end", "ends", "ended", "close", "closes", "closed", "terminate",
        "terminates", "terminated", "expire", "expires", "expired",
    )
)  # fmt: skip


_IN_ON = frozenset(("in", "on"))
# The moment a person signs in, as the time of what the question asks ("Can a driver see their
# history after they log in?"): the sign-in is when, not what, the product is asked about.
_WHEN = frozenset(("when", "after", "once", "whenever", "before"))
_SIGNER = frozenset(("they", "he", "she", "user", "users", "we", "you", "the", "a"))


# ... unless what is asked at that moment is a proof of identity ("a one-time code when they
# log in", "a second factor after the user signs in from a new device")
_PROOF = gate_words(
    "code codes factor factors otp mfa 2fa password passwords pin verification verify challenge "
    "biometric fingerprint face device devices token tokens authenticate authentication locked "
    "lock attempts"
)


# The sign-in as the way to what the question asks ("Can members sign in and see their
# balance?", "Can drivers log in to check their route?"): what they then do is the feature.
_THEN = frozenset(("and", "to"))
_PLACES_IN = frozenset(
    ("the", "a", "an", "your", "our", "their", "its", "this", "my", "his", "her")
)


# (... said with what they sign in with first: "log in with their member number to see ...")
_SIGNED_IN_WITH = frozenset(("with", "using", "via", "through", "by"))


# A thing of the product said to be guarded, named as one the buyer's users use ("Can parents
# watch the class on a password-protected live stream?"): the guard qualifies what they use;
# what the feature question asks is the use, not the guard.
_GUARDS = frozenset(("password", "passwords", "pin"))
_GUARD_WORDS_AFTER = frozenset(("protected", "locked", "secured"))
_ARTICLES = frozenset(("a", "an", "the", "their", "its", "our", "your", "each"))


def _guarded_thing(tokens: Sequence[str]) -> bool:
    """Whether folded tokens name a thing by its guard, attributively ('a password protected
    live webcam'), as the place or means of what is done ('on', 'through', 'via', 'in',
    'from', 'with' before it)."""
    for i in range(2, len(tokens) - 2):
        if (
            tokens[i] in _GUARDS
            and tokens[i + 1] in _GUARD_WORDS_AFTER
            and tokens[i - 1] in _ARTICLES
            and tokens[i - 2] in ("on", "through", "via", "in", "from", "with", "using")
        ):
            return True
    return False


def _signed_in_to_do(tokens: Sequence[str], i: int) -> bool:
    """Whether the sign-in at tokens[i] ('sign in', 'log in') is followed by what the person
    then does ('and see ...', 'to check ...', 'with their member number to see ...'), with no
    proof of identity asked."""
    at = i + 2
    if at < len(tokens) and tokens[at] in _SIGNED_IN_WITH:
        # (what they sign in with, up to five words, then what they do)
        at = next((j for j in range(at + 1, min(at + 6, len(tokens))) if tokens[j] in _THEN), 0)
        if not at:
            return False
    if at + 1 >= len(tokens) or tokens[at] not in _THEN:
        return False
    after = tokens[at + 1]
    return (
        after not in _PLACES_IN
        and after not in _ACCESS_WORDS
        and not after.isdigit()
        and _PROOF.isdisjoint(tokens)
    )


def _when_signed_in(tokens: Sequence[str], i: int) -> bool:
    """Whether the sign-in at tokens[i] is a time clause's verb ('after they log in')."""
    return (
        (i >= 2 and tokens[i - 1] in _SIGNER and tokens[i - 2] in _WHEN)
        or (i >= 3 and tokens[i - 2] in _SIGNER and tokens[i - 3] in _WHEN)
    ) and _PROOF.isdisjoint(tokens)


_PROOF_WORDS = gate_words(
    "authentication authenticate authenticated authenticates authenticating sso saml saml2 oidc "
    "mfa 2fa password passwords passphrase rbac"
)
_PROOF_PAIRS = frozenset(
    (
        ("multi", "factor"),
        ("two", "factor"),
        ("second", "factor"),
        ("single", "sign"),
        ("role", "based"),
    )
)


def proof_of_identity(tokens: Sequence[str]) -> str:
    """The words naming a proof of identity or a scheme of access rights in folded tokens
    (authentication, a second factor, single sign-on, role-based access), or ''."""
    for tok in tokens:
        if tok in _PROOF_WORDS:
            return tok
    for a, b in itertools.pairwise(tokens):
        if (a, b) in _PROOF_PAIRS:
            return f"{a} {b}"
    return ""


def access_function(tokens: Sequence[str]) -> str:
    """The words naming a logical-access function (authentication, levels of access) in folded
    tokens, or ''."""
    for tok in tokens:
        if tok in _ACCESS_WORDS:
            return tok
    words = set(tokens)
    if not _LOCK.isdisjoint(words) and not _IDLE.isdisjoint(words):
        return "lock after idle time"
    if (
        not _LEFT_IDLE.isdisjoint(words)
        and not _SESSION_WORDS.isdisjoint(words)
        and not _ENDED_SESSION.isdisjoint(words)
    ):
        # a session ended when left idle ("signs a clerk out when the session sits idle",
        # "closes an unattended session"): a session lock by other verbs (AC-11, AC-12)
        return "session ended after idle time"
    padded = [*tokens, "", ""]
    for i in range(len(tokens)):
        a, b = padded[i], padded[i + 1]
        if (a, b) in _ACCESS_PAIRS:
            if b in _IN_ON and (_when_signed_in(tokens, i) or _signed_in_to_do(tokens, i)):
                continue
            return f"{a} {b}"
        if a == "level" and b == "of" and padded[i + 2] == "access":
            return "levels of access"
    return ""


# The product's other protection functions, in the TSC's subjects: encryption of the data it
# holds (CC6.1) or sends (CC6.7), keeping tenants apart (CC6.1), an audit trail of what users
# do (CC7.2). Keeping or exporting logs as files is data handling, and stays a feature.
_ENCRYPTION = gate_words("encrypt encrypted encrypts encryption cryptographic")
_IN_TRANSIT = gate_words("transit transmission transmitted tls ssl https")
_TENANT = gate_words("tenant tenants multitenant")
_APART = gate_words(
    "separate separated separation segregate segregated segregation isolate isolated isolation"
)
_AUDIT_TRAIL = frozenset(
    (("audit", "trail"), ("audit", "log"), ("audit", "logging"), ("audit", "record"))
)
_REVIEW = gate_words(
    "review reviews reviewed reviewing recertify recertifies recertified recertifying "
    "recertification attest attested"
)
_ACCESS_WORK = _REVIEW | gate_words(
    "revoke revokes revoked revoking revocation remove removes removed removing removal "
    "terminate terminates terminated terminating termination disable disables disabled "
    "disabling deprovision deprovisioned deprovisioning"
)
# What is given to a person to reach systems, and so taken away or reviewed.
_GRANTED = gate_words("access credential credentials account accounts permission permissions")
_SEEING = gate_words("access accessed view viewed see seen read reach visible viewable")
_OTHERS = frozenset(
    (
        ("other", "customer"), ("other", "customers"), ("other", "tenant"), ("other", "tenants"),
        ("another", "customer"), ("another", "tenant"), ("each", "other"), ("other", "client"),
        ("other", "clients"), ("another", "client"), ("other", "consumer"),
        ("another", "consumer"), ("other", "subscriber"), ("another", "subscriber"),
        ("other", "organisation"), ("other", "organization"), ("another", "organisation"),
        ("another", "organization"),
    )
)  # fmt: skip
_HELD = gate_words("data file files record records information document documents account accounts")
_LOGGED = gate_words("log logs logged logging record records recorded")
# An act attributed or traced to the person "who" made it is recorded, whatever the record is
# called ("Is each change attributed to the user who made it?").
_ATTRIBUTED = gate_words("attributed attributable traced traceable")
# what users do: their acts, what they reach, what they change
_ACTIONS = gate_words(
    "action actions activity activities access accesses accessed change changes changed edit "
    "edits edited modification modifications"
)
# Users with elevated rights, and the words of watching what they do.
_ELEVATED = gate_words(
    "privileged privilege privileges administrator administrators administrative root superuser "
    "superusers elevated"
)
_WATCHED = _REVIEW | gate_words("monitor monitors monitored monitoring inspect inspected")
# The mechanisms software protects itself and its data with (SC, SI, IA in the catalog's
# families; the web's own names for them, which the catalog predates): a product feature that
# uses one is a protection function, whatever else its words retrieve.
_MECHANISM = gate_words(
    "tls ssl https hsts csp cors httponly csrf xsrf xss clickjacking "
    "hash hashed hashes hashing bcrypt scrypt argon2 pbkdf2 salt salted token tokens oauth jwt "
    "nonce escape escapes escaped escaping isolate isolates isolated isolation sandboxed "
    "sandboxing throttle throttles throttled throttling captcha keychain keystore vault secret "
    "secrets mask masks masked masking redact redacts redacted redaction jailbreak jailbroken "
    "rooted authorisation authorization integrity checksum checksums allowlist denylist "
    "whitelist blacklist firewall antivirus pinning pinned"
)


_SALT = gate_words("salt salted")
# what a salt is added to: passwords, secrets and their hashes
_HASHED = gate_words(
    "hash hashed hashes hashing bcrypt scrypt argon2 pbkdf2 password passwords passphrase "
    "credential credentials secret secrets pin pins"
)


# Access "limited to" a role or group: least privilege in plain words, like "only".
_LIMITED_TO = frozenset(
    (("limited", "to"), ("limit", "to"), ("limits", "to"), ("confined", "to"), ("who", "can"),
     # (... or by what it is limited by: "limited by agency and by role", "scoped by team")
     ("limited", "by"), ("limits", "by"), ("restricted", "by"), ("scoped", "by"),
     ("scoped", "to"), ("segregated", "by"), ("partitioned", "by"))
)  # fmt: skip


# (... or said open to some people only: "open only to the coaches who need it", "available
# only to the nurse on duty")
_OPEN_ONLY = frozenset(
    (("open", "only"), ("opened", "only"), ("available", "only"), ("accessible", "only"),
     ("shown", "only"), ("released", "only"))
)  # fmt: skip
_NEEDING = frozenset(
    ("need", "needs", "authorised", "authorized", "named", "designated", "role", "roles",
     "staff", "team", "employees", "clinicians", "nurses", "managers", "coaches", "supervisors")
)  # fmt: skip


def _open_only_to_need(tokens: Sequence[str]) -> bool:
    """Whether folded tokens say something is open only to people by their need or role
    ('open only to the coaches who need it', 'available only to authorised staff'); open only
    on weekdays, in English or to members is none."""
    for i, pair in enumerate(itertools.pairwise(tokens)):
        if pair in _OPEN_ONLY and i + 2 < len(tokens) and tokens[i + 2] == "to":
            return not _NEEDING.isdisjoint(tokens[i + 3 : i + 9])
    return False


_LOCKS = gate_words("lock locks locked")
_AFTER = frozenset(("after", "when", "if", "once", "following"))


def _locks_when_idle(tokens: Sequence[str]) -> bool:
    """Whether folded tokens say a thing locks (itself) after a time or spell unused: 'lock',
    then within two words 'after', 'when' or 'if', then within six words a word of idleness
    ('lock after a few minutes without use', 'locks automatically when idle')."""
    for i, tok in enumerate(tokens):
        if tok in _LOCKS:
            for j in range(i + 1, min(i + 4, len(tokens))):
                if tokens[j] in _AFTER:
                    return not _IDLE.isdisjoint(tokens[j + 1 : j + 7])
    return False


_DETERMINERS = frozenset(("the", "a", "an", "our", "your", "its", "their", "each", "any", "all"))


def _cues_are_access_object(tokens: Sequence[str], cue_words: Sequence[str]) -> bool:
    """Whether every cue phrase stands right after 'access to' (a determiner between), naming
    the system access is to ('access to the job scheduling system')."""
    for i in range(len(tokens) - 1):
        if tokens[i] == "access" and tokens[i + 1] == "to":
            j = i + 2
            while j < len(tokens) and tokens[j] in _DETERMINERS:
                j += 1
            after = " ".join(tokens[j : j + 4])
            return bool(cue_words) and all(after.startswith(c) for c in cue_words)
    return False


def protection_function(tokens: Sequence[str]) -> tuple[str, str]:
    """(the words, the criterion) of a protection function other than access that folded
    tokens name, or ('', '')."""
    words = set(tokens)
    if not _ENCRYPTION.isdisjoint(words):
        return "encryption", "CC6.1" if _IN_TRANSIT.isdisjoint(words) else "CC6.7"
    if not _TENANT.isdisjoint(words) and not _APART.isdisjoint(words):
        return "tenant separation", "CC6.1"
    if not _LOCKS.isdisjoint(words) and not _IDLE.isdisjoint(words) and _locks_when_idle(tokens):
        # a screen or device locking itself after a spell unused ("Do the handhelds lock after
        # five minutes idle?"): device lock, an access control (CC6.1)
        return "device lock when idle", "CC6.1"
    if not _GRANTED.isdisjoint(words) and not _ACCESS_WORK.isdisjoint(words):
        # access given, taken away or reviewed: CC6.2 registers and removes, CC6.3 reviews
        reviewed = not _REVIEW.isdisjoint(words)
        return ("access review", "CC6.3") if reviewed else ("access removal", "CC6.2")
    if (
        not _SEEING.isdisjoint(words)
        and ("only" in words or any(p in _LIMITED_TO for p in itertools.pairwise(tokens)))
    ) or ("only" in words and _open_only_to_need(tokens)):
        # who may see or reach what, limited: least privilege (CC6.3)
        return "access limited", "CC6.3"
    if not _SEEING.isdisjoint(words) and _vendors_people_asked(tokens):
        # which of the vendor's own people may see or reach something ("Who at your company can
        # see our donors' medical notes?"): who is given access, CC6.3
        return "who of the vendor's people has access", "CC6.3"
    if not _HELD.isdisjoint(words) and any(p in _OTHERS for p in itertools.pairwise(tokens)):
        # one customer's data reaching another: tenant separation in plain words
        return "tenant separation", "CC6.1"
    logged = (not _LOGGED.isdisjoint(words) and not _people_log(tokens)) or (
        "who" in words and not _ATTRIBUTED.isdisjoint(words)
    )
    if (logged or "audit" in words) and (
        any(
            pair in _AUDIT_TRAIL or (pair[0] in _LOGGED and pair[1] == "who")
            for pair in itertools.pairwise(tokens)
        )
        or (logged and not _ACTIONS.isdisjoint(words))
    ):
        return "audit trail of user actions", "CC7.2"
    if (
        not _ELEVATED.isdisjoint(words)
        and not (_ACTIONS.isdisjoint(words) and not _they_do(tokens))
        and not (_WATCHED.isdisjoint(words) and _LOGGED.isdisjoint(words))
    ):
        # what elevated users do, reviewed, logged or watched (CC6.3, CC7.2): "privileged actions
        # on the database reviewed weekly by someone independent"
        return "review of privileged activity", "CC7.2"
    changed = not _CHANGED.isdisjoint(words) or not _NEW_BUILD.isdisjoint(words)
    if (
        changed
        and not _TESTED.isdisjoint(words)
        and ("before" in words or not _DECIDES.isdisjoint(words))
        and not _RELEASE.isdisjoint(words)
    ):
        # a change tested before it is released, deployed or put live: change management
        # (CC8.1) in plain words, whatever part of the product changes (or tested, and someone
        # deciding it goes live: "who tests it and who decides it can go live?")
        return "change tested before release", "CC8.1"
    if (
        changed
        and not _MADE_SURE.isdisjoint(words)
        and not (_CODE.isdisjoint(words) and _NEW_BUILD.isdisjoint(words))
        and "before" in words
        and _released_after(tokens)
    ):
        # a change to the software made sure of, checked or verified to work before it is
        # released ("do you make sure a change to the payroll module works before release?"):
        # testing in other words, change management (CC8.1)
        return "change tested before release", "CC8.1"
    if (
        not _CHANGED.isdisjoint(words)
        and not _CODE.isdisjoint(words)
        and any(pair in _APPROVED_BY for pair in itertools.pairwise(tokens))
    ):
        # a change to the software approved, reviewed or signed off by someone ("every change
        # to the billing code approved by someone who did not write it"): change authorisation
        # (CC8.1) in plain words
        return "change approved", "CC8.1"
    if (
        not _CHANGED.isdisjoint(words)
        and not _AUTHORISED.isdisjoint(words)
        and "before" in words
        and _released_after(tokens)
        and not (_CODE.isdisjoint(words) and _RELEASE.isdisjoint(words))
    ):
        # a change to the software approved before it goes out ("are changes to the portal
        # approved before they go to production?"): change authorisation (CC8.1)
        return "change approved", "CC8.1"
    if not _MECHANISM.isdisjoint(words):
        named = next(
            (
                t
                for i, t in enumerate(tokens)
                # ("a letter of authorisation" names a document, not the mechanism)
                if t in _MECHANISM
                and not (i > 1 and tokens[i - 1] == "of" and tokens[i - 2] in _PAPERS)
                # (salt is a hashing input only beside what is hashed: road or rock salt spread
                # by a snow crew is no mechanism)
                and (t not in _SALT or not _HASHED.isdisjoint(words))
            ),
            "",
        )
        if named:
            return f"'{named}'", ""
    return "", ""


_WHO_OF = frozenset((("who", "at"), ("who", "in"), ("who", "on"), ("which", "of"), ("who", "of")))


def _vendors_people_asked(tokens: Sequence[str]) -> bool:
    """Whether folded tokens ask which of the vendor's people ('who at your company', 'which
    of your staff'): 'who at / in / on / of' or 'which of' followed by 'your'."""
    return any(
        (tokens[i], tokens[i + 1]) in _WHO_OF
        and tokens[i + 2] == "your"
        and tokens[i + 3 : i + 4] != []
        and tokens[i + 3] in _VENDOR_SIDE
        for i in range(len(tokens) - 3)
    )


# The vendor and its people, as what follows "who at / which of your".
_VENDOR_SIDE = gate_words(
    "company firm business organisation organization group staff employees people personnel "
    "team teams workforce engineers support developers administrators admins contractors "
    "operators technicians analysts side end"
)


# Papers named by what they state ("a letter of authorisation", "a certificate of integrity").
_PAPERS = gate_words("letter letters certificate certificates form forms statement statements")


_DESTROY = gate_words(
    "destroy destroys destroyed destruction delete deletes deleted deletion dispose disposes "
    "disposed disposal erase erases erased erasure purge purges purged shred shreds shredded "
    "wipe wipes wiped"
)
_CHANGED = gate_words("change changes update updates release releases patch patches fix fixes")
_TESTED = gate_words("test tests tested testing")
# A new version or build of the software is a change by another name ("Is a new version
# verified in staging before it goes live?"): "version" alone names the software.
_NEW_BUILD = gate_words("version versions build builds")
_RELEASE = gate_words(
    "live production released deployed deploy deployment deployments promoted rollout"
)
# Someone deciding a change goes out, and a change approved by someone.
# Made sure of by another verb than testing ("checked to work", "verified", "make sure it
# works"), and what follows "before" when it is the release.
_MADE_SURE = gate_words(
    "check checked checks verify verified verifies validate validated validates confirm confirmed"
    " confirms ensure ensures ensured sure"
)
_RELEASING = _RELEASE | gate_words("release releasing go goes going")
_AUTHORISED = gate_words("approved authorised authorized signed")


def _released_after(tokens: Sequence[str]) -> bool:
    """Whether 'before' is followed, within four words, by the release ('before release',
    'before you release it', 'before it goes live')."""
    at = tokens.index("before")
    return not _RELEASING.isdisjoint(tokens[at + 1 : at + 5])


_DECIDES = gate_words(
    "decide decides decided approve approves approved signs authorise authorises authorize "
    "authorizes"
)
_CODE = gate_words(
    "software code application applications app program programs firmware system systems "
    "platform scripts engine engines module modules"
)
_APPROVED_BY = frozenset(
    (("approved", "by"), ("reviewed", "by"), ("authorised", "by"), ("authorized", "by"),
     ("off", "by"), ("checked", "by"))
)  # fmt: skip


_DO = frozenset(("do", "does", "did"))
_MAY = frozenset(("can", "may", "could"))
# What can log for itself (the estate, the vendor): its logs are a record of events.
_LOGS_ITSELF = gate_words(
    "you we it system systems app application platform service software tool product server "
    "servers database solution vendor"
)
_ENTRY = frozenset(("a", "an", "each", "every", "their", "his", "her"))


def _people_log(tokens: Sequence[str]) -> bool:
    """Whether folded tokens say people can log an entry of their work ("Can practitioners log
    a nappy change from the tablet?"): a record they keep in the product, not a log of the
    system's events."""
    return any(
        tokens[i] in _LOGGED
        and tokens[i - 2] in _MAY
        and tokens[i - 1] not in _LOGS_ITSELF
        and tokens[i + 1] in _ENTRY
        for i in range(2, len(tokens) - 1)
    )


def _they_do(tokens: Sequence[str]) -> bool:
    """Whether folded tokens name what elevated users do in plain words ("what your database
    administrators do"): their actions, said with the verb."""
    return any(a in _ELEVATED and b in _DO for a, b in itertools.pairwise(tokens))


# Security, the category every SOC 2 reports on, is the protection of information and systems
# against unauthorised access, use, disclosure and damage (the TSC's own definition): a practice
# question whose act is protecting, securing, authenticating, restricting or detecting is about
# it, though its words retrieve no catalog control ("How do you protect customer data from
# unauthorized access?", "Are APIs authenticated?").
_PROTECTIVE = gate_words(
    "protect protects protected protecting protection safeguard safeguards safeguarded secure "
    "secured securing security unauthorized unauthorised authenticate authenticated "
    "authenticates authentication authorize authorized authorise authorised encrypt encrypted "
    "encryption malicious malware intrusion intrusions detect detected detection tamper "
    "tampering exfiltration vulnerability vulnerabilities threat threats attack attacks "
    "confidential confidentiality restrict restricted restricting classify classified "
    "classification validate validates validated validating validation sanitize sanitise "
    "sanitized sanitised sanitizing sanitising sanitization sanitisation parameterized "
    "parameterised injection tokenize tokenise tokenized tokenised tokenization tokenisation "
    "tokenizing tokenising tokenizes tokenises "
    "prevent prevents prevented preventing stop stops stopped stopping enforce enforces "
    "enforced enforcing incident incidents breach breaches disable disabled disables disabling "
    "block blocked blocks blocking "
    "isolate isolated isolates isolating isolation segregate segregated segregates segregating "
    "segregation "
    # data made to name no one (de-identified before it is used or shared): a protection of
    # confidentiality and privacy
    "pseudonymise pseudonymised pseudonymize pseudonymized pseudonymisation pseudonymization "
    "pseudonymous pseudonym pseudonyms "
    "anonymise anonymised anonymize anonymized anonymisation anonymization deidentify "
    "deidentified deidentification"
)
_MONITOR = gate_words("monitor monitors monitored monitoring watch watches watched watching")
# Approval is authorisation of what the vendor does (changes, access; CC8.1, CC6.2): an act of
# control in a practice question, though in a product feature it is the users' workflow
# ("let users approve timesheets"), and "approved" is as often a standing ("an approved
# service provider").
_APPROVAL = gate_words("approve approves approving approval approvals")
# "kept separate", "logically separated": tenants or environments held apart (CC6.1), a
# protection; "separate" alone ("a separate invoice") is not one.
_HELD_APART = frozenset(("kept", "held", "stored", "logically", "physically"))
_SEPARATE = frozenset(("separate", "separated"))
_APART_FROM = frozenset(
    ("segmented", "segregated", "isolated", "partitioned", "firewalled", "walled", "fenced")
)
_NETWORKS = frozenset(("network", "networks", "segment", "segments", "vlan", "vlans", "subnet"))
# ... but "disabled" before people names a disability ("Can disabled users use the app?")
_DISABLED_PEOPLE = gate_words(
    "users people persons staff employees customers individuals students patients visitors "
    "learners members"
)


# Availability, the category of keeping the system running and recoverable (A1.1 capacity,
# A1.2 backup, redundancy and recovery infrastructure): words of that work, for a practice of
# the vendor or a capability of the estate it runs (a user downloading a backup of their own
# files is a feature, so product features are not read by them).
_KEEPING = {
    **dict.fromkeys(("scale", "scales", "scaling", "autoscaling", "capacity"), "A1.1"),
    **dict.fromkeys(
        (
            "failover", "redundant", "redundancy", "replicate", "replicated", "replication",
            "backup", "backups", "outage", "outages", "downtime", "resilient",
            "resilience", "available", "availability",
        ),
        "A1.2",
    ),
}  # fmt: skip
_UP = frozenset(
    (
        "scale", "scales", "scaling", "autoscaling", "capacity", "failover", "redundant",
        "redundancy", "outage", "outages", "downtime", "available", "availability",
    )
)  # fmt: skip
# "scale" names a weighing instrument, not capacity, when it qualifies a noun after it ("the
# scale software", "scale tickets") or is named by what it weighs or where it stands ("a truck
# scale", "the weighbridge scales"); capacity's "scale" is a verb or stands alone ("scale up",
# "at scale", "scale to 10,000 users").
_SCALE = frozenset(("scale", "scales"))
_SCALE_PARTS = frozenset(
    (
        "software", "ticket", "tickets", "house", "houses", "terminal", "terminals", "reading",
        "readings", "weight", "weights", "operator", "operators", "printer", "printers", "head",
        "heads", "display", "displays", "indicator", "indicators", "deck", "decks", "record",
        "records", "calibration", "certificate", "certificates",
    )
)  # fmt: skip
_SCALE_KINDS = frozenset(
    ("truck", "weigh", "weighing", "floor", "bench", "axle", "certified", "livestock", "crane",
     "hanging",
     # (a scale to rate or grade on: "a 10-point scale", "a five-star scale", "a Likert scale",
     # "fees on a sliding scale"; no capacity either)
     "point", "star", "rating", "likert", "sliding", "grading", "marking")
)  # fmt: skip
# The first token of a rating scale's range ("a scale of 1 to 5", "a scale of one to ten").
_SCALE_FROM = frozenset(("0", "1", "zero", "one"))


def _weighing_scale(tokens: Sequence[str]) -> bool:
    """Whether a 'scale' in folded tokens is a weighing instrument (see _SCALE_PARTS) or a
    scale to rate on ("on a 10-point scale", "a scale of 1 to 5"): no capacity."""
    for i, tok in enumerate(tokens):
        if tok in _SCALE and (
            (i + 1 < len(tokens) and tokens[i + 1] in _SCALE_PARTS)
            or (i and tokens[i - 1] in _SCALE_KINDS)
            or (
                tokens[i + 1 : i + 2] == ["of"]
                and tokens[i + 2 : i + 3]
                and tokens[i + 2] in _SCALE_FROM
            )
        ):
            return True
    return False


# What runs, of which "available" can say that it is up.
_RUN = gate_words(
    "system systems service services platform platforms application applications app apps "
    "solution solutions environment environments infrastructure production server servers "
    "database databases network networks website websites portal portals product products "
    "data"
)
# The estate the vendor runs, as the subject of a capability question.
_ESTATE = re.compile(
    r"\b(?:system|systems|service|services|platform|platforms|solution|solutions"
    r"|infrastructure|environment|environments)\b"
)
# What the estate offers its users ("Does the review platform support near-duplicate
# detection?") is a feature like any other; what it does itself ("Does the system back up
# ...") is the vendor's practice.
_OFFERS = re.compile(
    r"\b(?:supports?|allows?|offers?|lets?|enables?|includes?|permits?"
    # (what it prints or shows its users, a label, a leaflet, a screen: its output for them)
    r"|prints?|displays?|shows?)$"
)


def _estate_acts(kind_words: str) -> bool:
    """Whether a feature's words make the estate the vendor runs the actor."""
    return bool(_ESTATE.search(kind_words)) and not _OFFERS.search(kind_words)


# Processing Integrity is processing that is complete, valid, accurate, timely and authorised
# (the TSC's definition): its words, said of processing or of what is processed.
_INTEGRITY = gate_words(
    "complete completely completeness incomplete accurate accurately accuracy inaccurate valid "
    "validity invalid timely "
    "duplicate duplicates duplicated reconcile reconciled reconciles reconciliation "
    # completeness in plain words: "no lifts are missing or counted twice", "none omitted"
    "missing twice omitted"
)
_PROCESSED = gate_words(
    "process processes processed processing transaction transactions input inputs output outputs "
    "calculation calculations calculated batch batches record records entry entries "
    # data moved in or out as files and feeds: what is sent or received is what is processed
    "feed feeds file files extract extracts export exports import imports upload uploads "
    # (the data itself, or the counts made from it, sent or delivered)
    "data counts "
    # (what is transmitted, transferred or submitted is what is processed: returns, filings,
    # referrals, results)
    "transmit transmits transmitted transmission transmissions submit submits submitted "
    "transfer transfers transferred "
    "submission submissions "
    # (what is filed with an authority or posted to another system: filings, postings)
    "filed filing filings post posts posted "
    # (what is transacted through the service, named by its participle: "every tee time
    # booked", "each order placed", "every ticket sold")
    "booked placed sold issued ordered reserved purchased "
    # (... or by its noun: "every booking made online", "each order")
    "booking bookings reservation reservations order orders sale sales"
)
# ... and the criterion by the way the data goes: out (PI1.4), in (PI1.2), else PI1.3.
_OUTWARD = gate_words(
    "output outputs publish published publishes deliver delivered delivers delivery send sent "
    "sends export exports extract extracts distribute distributed transmit transmits "
    "transmitted transmission filed filing post posts posted submit submits forward forwards "
    "forwarded"
)
_INWARD = gate_words(
    "input inputs import imports imported upload uploads uploaded receive received receives "
    "load loaded loads"
)
# The privacy criteria that are rights of the people whose data is held: choice and consent
# (P2.1), erasure (P4.3), access (P5.1), correction (P5.2).
_RIGHTS = frozenset(("P2.1", "P4.3", "P5.1", "P5.2"))
# ... named by the act the person may do (consent, opt out, see, correct, erase, take away):
# what the product merely uses ("cookies to remember preferences") is no right given.
_RIGHT_ACTS = gate_words(
    "consent consents consented opt opts withdraw withdrawn choose choice choices refuse decline "
    "delete deleted deletion erase erased erasure forget forgotten correct corrected correction "
    "rectify rectification amend access export download copy portability object request requests"
)


# a deletion the person whose data it is asks for
_ASKED_BY = gate_words("request requests requested ask asks asked")


# "What is / are ..." asks for a value or a thing; "What happens ...", "Which staff have ..."
# and "What controls ..." ask about what is done, and are not read so.
_IS = frozenset(("is", "are", "was", "were"))


def _identifies(tokens: Sequence[str]) -> bool:
    """Whether folded tokens open a wh-question that asks for a value ('what is the ...')."""
    return len(tokens) > 2 and tokens[0] in ("what", "which") and tokens[1] in _IS


# Capacity managed, as against a figure of capacity asked.
_CAPACITY_WORK = gate_words(
    "monitor monitored monitoring plan planned planning forecast forecasted forecasting manage "
    "managed management measure measured measuring threshold thresholds alert alerts scale "
    "scaled scaling autoscaling expand expanded expansion review reviewed ensure process"
)
_TRAIN = gate_words("train trained training finetune finetuned")
_MODEL = gate_words("model models")
# whose data: the customers', their users', what was submitted to the service
_THEIRS = gate_words(
    "customer customers client clients user users submitted uploaded our personal tenant tenants"
)


# The words one of the two checks above needs (one set test for most control questions).
# (people taught are trained: "Are your staff taught to spot phishing?")
_STAFF_TRAIN = _TRAIN | gate_words("taught")
_RARE = _STAFF_TRAIN | {"capacity"}
# ... and with the sale and continuity checks' words (judge_control tests them all at once).
_RARE_ANY = _RARE | _SALE_OR_PLAN
_RARE_ALL = _RARE_ANY | _RARE19


# The data "you hold about them": what a person may ask for, correct or have erased.
_THEM = frozenset(("them", "him", "her", "themselves", "me"))
_HOLDS = gate_words(
    "hold holds held keep keeps kept store stores stored have has process processes processed "
    "collect collects collected maintain maintains"
)
_RIGHT_ACTS_OF = (
    (gate_words("delete deleted deletion erase erased erasure remove removed forget forgotten"),
     ("erasure", "P4.3")),
    (gate_words("correct corrected correction rectify rectified rectification amend amended"),
     ("correction", "P5.2")),
    # (... or asks for it: what a person asks for of the data held about them, neither erased
    # nor corrected, is a copy of it)
    (gate_words("copy copies export exported see access obtain view download portable ask asks "
                "request requests"),
     ("access", "P5.1")),
)  # fmt: skip


# ... and the words of seeing it: one who sees or gets a copy of their data has its access
_SEE_OWN = gate_words("see view access obtain copy copies export download read review")


# A person having their own data undone ("Can a member have their records deleted?", "can
# patients get their details corrected?"): the erasure or correction they may ask for.
_HAVE_GET = frozenset(("have", "get"))
_THEIR = frozenset(("their", "his", "her", "my"))
_UNDONE = gate_words(
    "delete deleted erase erased remove removed destroy destroyed purge purged correct corrected "
    "amend amended rectify rectified"
)


def _own_data_undone(tokens: Sequence[str]) -> tuple[str, str] | None:
    """(the right, its criterion) when folded tokens say a person may have or get their own
    data erased or corrected, or None."""
    for i, tok in enumerate(tokens):
        if tok in _HAVE_GET and tokens[i + 1 : i + 2] and tokens[i + 1] in _THEIR:
            done = _UNDONE.intersection(tokens[i + 2 : i + 12])
            if done:
                if _RIGHT_ACTS_OF[1][0].isdisjoint(done):
                    return ("erasure", "P4.3")
                return _RIGHT_ACTS_OF[1][1]
    return None


def _right_over_own_data(tokens: Sequence[str]) -> tuple[str, str] | None:
    """(the right, its criterion) when folded tokens ask of data held "about them" (a hold word
    a word or two before "about them"), or None."""
    if not any(
        tokens[i] in _THEM
        and tokens[i - 1] == "about"
        and _HOLDS.intersection(tokens[i - 3 : i - 1])
        for i in range(2, len(tokens))
    ):
        return None
    for acts, right in _RIGHT_ACTS_OF:
        if not acts.isdisjoint(tokens):
            return right
    return None


# ... the model named by what it is ("your AI note-writing feature"), and whose data by the
# people it is about ("their treatment records", "our patients' notes")
_MODEL_OR_AI = _MODEL | gate_words("ai algorithm algorithms llm llms")
_THEIRS_OR_PEOPLES = _THEIRS | gate_words(
    "patient patients member members student students their records"
)


def _trained_on_theirs(tokens: Sequence[str], named: bool = False) -> str:
    """The training word when folded tokens say the customers' data trains models, or ''.
    `named`: the model may be named as AI and the data by the people it is about (in a
    control question; a term of the deal keeps the narrow reading)."""
    models, theirs = (_MODEL_OR_AI, _THEIRS_OR_PEOPLES) if named else (_MODEL, _THEIRS)
    if _TRAIN.isdisjoint(tokens) or models.isdisjoint(tokens) or theirs.isdisjoint(tokens):
        return ""
    return next(t for t in tokens if t in _TRAIN)


# A network or store said by where it can be reached from ("a database reachable only from the
# application tier and not from the internet", "not exposed to the internet"): the boundary said
# by its one way in.
_REACHABLE = gate_words("reachable accessible exposed routable")
_ZONES = gate_words(
    "internet tier tiers network networks segment segments vlan vlans subnet subnets vpn zone "
    "zones dmz bastion"
)
# A network divided into zones or segments ("divided into zones", "split into VLANs"):
# segmentation, a boundary protection (CC6.6), said with a verb of dividing; a room or a list
# divided into zones names no network, so a network word must be in the question.
_DIVIDED = frozenset(("divided", "split", "partitioned", "carved", "broken", "segmented"))
_PROTECT_GATE = (
    _PROTECTIVE
    | _SEPARATE
    | _MONITOR
    | _APART_FROM
    | _REACHABLE
    | _DIVIDED
    | frozenset(("apart", "cannot", "t"))
)
# A network another cannot reach ("on a segment that the guest Wi-Fi cannot reach", "a VLAN the
# office PCs can't route to"): segmentation said by what it stops.
_REACH = gate_words("reach access connect route talk")
_CANNOT = frozenset(("cannot", "t"))


_FROM_TO = frozenset(("from", "to", "via", "through", "over"))
_PRINTED_THINGS = gate_words("code codes number numbers tag tags sticker stickers label labels")
_PRINTS = gate_words("print prints printed printing")
_HALTS = frozenset(("stop", "stops"))
_AFTER_HALT = frozenset(("and", "if", "when", "whenever", "automatically", "immediately", "once"))
# A stop named last in a list and placed ("each trip, door fault and stop between floors"): a
# noun, an event of the machine, no act against anyone.
_LISTED = frozenset(("and", "or"))
_PLACED = frozenset(("between", "at", "on", "in", "of", "per", "during", "along"))
_BARS = gate_words("block blocks blocked stop stops prevent prevents")
_DEALINGS = gate_words(
    "sale sales purchase purchases order orders booking bookings refill refills bet bets wager "
    "wagers loan loans redemption redemptions"
)


def protective_act(tokens: Sequence[str]) -> str:
    """The first word in folded tokens naming an act of protection (_PROTECTIVE), or ''."""
    if _PROTECT_GATE.isdisjoint(tokens):  # (one walk of the tokens for the five word sets)
        return ""
    for i, tok in enumerate(tokens):
        if (
            tok in _DIVIDED
            and tokens[i + 1 : i + 2] == ["into"]
            and not _ZONES.isdisjoint(tokens[i + 2 : i + 5])
            and not _NETWORKS.isdisjoint(tokens)
        ):
            return tok
        if tok in _APART_FROM and "from" in tokens[i + 1 : i + 3]:
            # a network or data kept apart from another ("segmented from the corporate
            # network"), not a list cut by a field ("segmented by plan")
            return tok
        if (
            (tok in _SEPARATE or tok == "apart" or tok in _APART_FROM)
            and (
                not _NETWORKS.isdisjoint(tokens[max(0, i - 4) : i + 5])
                # ("separated from the ship's operational network": the network after "from")
                or (
                    "from" in tokens[i + 1 : i + 3]
                    and not _NETWORKS.isdisjoint(tokens[i + 2 : i + 9])
                )
            )
        ):
            # a network kept apart from another ("on a separate network from your office PCs",
            # "on its own network segment, apart from the office network")
            return tok
        if (
            tok in _CANNOT
            and i + 1 < len(tokens)
            and tokens[i + 1] in _REACH
            and (tok == "cannot" or tokens[i - 1] == "can")
            and not _NETWORKS.isdisjoint(tokens[max(0, i - 12) : i])
        ):
            return "cannot " + tokens[i + 1]
        if (
            tok in _REACHABLE
            and ("only" in tokens[max(0, i - 2) : i + 2] or "not" in tokens[max(0, i - 2) : i])
            and not _FROM_TO.isdisjoint(tokens[i + 1 : i + 3])
            and not _ZONES.isdisjoint(tokens[i + 1 : i + 7])
        ):
            return (
                f"{tok} only by way of the {next(t for t in tokens[i + 1 : i + 7] if t in _ZONES)}"
            )
        if tok in _MONITOR and "for" in tokens[i + 1 : i + 8]:
            # something watched for a sign ("monitor accounts for takeover attempts") is
            # detection (CC7.2); monitoring alone names no protection ("monitor customer
            # satisfaction each quarter")
            return tok
        if tok in _PROTECTIVE and not (
            tok == "disabled" and i + 1 < len(tokens) and tokens[i + 1] in _DISABLED_PEOPLE
        ):
            if (
                tok == "security"
                and i + 1 < len(tokens)
                and tokens[i + 1] in _PRINTED_THINGS
                and not _PRINTS.isdisjoint(tokens)
            ):
                # a "security code" or "security tag" the product prints for people (a
                # child's check-in tag, a ticket's stub): what it prints, not a protection
                continue
            if tok in _HALTS and (
                i + 1 == len(tokens)
                or tokens[i + 1] in _AFTER_HALT
                or tokens[i - 1] in _ENTRY
                or (tokens[i - 1] in _LISTED and tokens[i + 1] in _PLACED)
            ):
                # (... or a stop made, "each stop" of a route: a noun, no act at all)
                # a machine that stops ("Does the pump stop and alarm if ...?"): what it does
                # when a condition trips, no act of protection against anyone
                continue
            if (
                tok in _BARS
                and "limit" in tokens
                and not _DEALINGS.isdisjoint(tokens[i + 1 : i + 4])
            ):
                # a sale or order held to a business limit ("block a sale over the daily
                # limit"): a rule of the business the product enforces, not a protection
                continue
            return tok
        if tok in _SEPARATE and i and tokens[i - 1] in _HELD_APART:
            return tok
    return ""


# Training the vendor's own people is CC2.2 (and CC1.4) whatever its subject: a law such as
# FERPA or HIPAA named as what they are trained on is the training's subject, not a request
# for that framework. The buyer's people trained by the vendor are a service (form.py).
_PEOPLE = gate_words(
    "staff employees personnel workforce agents contractors workers technicians engineers "
    "developers analysts members"
)
_NOT_THEIRS = gate_words("our customer customers client clients buyer institution's")


def staff_trained(tokens: Sequence[str]) -> str:
    """The training word when folded tokens say the vendor's people are trained, or ''."""
    if (
        _STAFF_TRAIN.isdisjoint(tokens)
        or _PEOPLE.isdisjoint(tokens)
        or not _NOT_THEIRS.isdisjoint(tokens)
    ):
        return ""
    if not _MODEL.isdisjoint(tokens):  # models trained: AI engineering, read elsewhere
        return ""
    return next(t for t in tokens if t in _STAFF_TRAIN)


# People checked before they start work (CC1.4: the entity hires and keeps competent people,
# screening them): a word of checking, a moment of joining, and ahead of it, in any words
# ("background- and credit-checked before they are hired", "vetted prior to joining").
_VETTED = gate_words(
    "checked check checks checking screened screen screening vetted vet vetting verified"
)
_JOINING = gate_words(
    "hired hire hiring join joins joined joining start starts started starting employment "
    "employed onboarded onboarding recruited engagement engaged appointment appointed"
)
_AHEAD_OF = gate_words("before prior pre until ahead")
# ... of people, or of what is checked about them
_SCREENED_PEOPLE = _PEOPLE | gate_words(
    "background backgrounds criminal credit reference references identity dbs record records "
    "hire hires candidates applicants recruits drivers officers nurses guards"
)


# ... or the joining said by the person, new ("before a new employee can reach the systems",
# "are new starters' references checked before ...")
_NEWCOMERS = _PEOPLE | gate_words(
    "employee hire hires starter starters joiner joiners recruit worker member engineer "
    "developer analyst technician agent contractor colleague colleagues"
)


def _newcomer(tokens: Sequence[str]) -> bool:
    """Whether folded tokens name a person by their being new ('a new employee')."""
    return any(
        tok == "new" and i + 1 < len(tokens) and tokens[i + 1] in _NEWCOMERS
        for i, tok in enumerate(tokens)
    )


# People signing in with accounts of their own rather than a shared or generic one ("Do
# dispatchers log in with their own accounts rather than a shared depot login?"): unique user
# identification (CC6.1), however the catalog words it.
_OWN_LOGIN = gate_words(
    "account accounts login logins logon logons credential credentials username usernames "
    "userid userids password passwords"
)
_SHARED_LOGIN = gate_words("shared generic common communal")


def _own_login(tokens: Sequence[str], words: Collection[str]) -> str:
    """'own account' when folded tokens say people sign in with their own account, login or
    credentials beside a shared or generic one, or ''. `words`: the same tokens, best a set."""
    if "own" not in words or _SHARED_LOGIN.isdisjoint(words) or _OWN_LOGIN.isdisjoint(words):
        return ""
    at = tokens.index("own")
    held = next((t for t in tokens[at + 1 : at + 3] if t in _OWN_LOGIN), "")
    return f"own {held}" if held else ""


def _screened(tokens: Sequence[str], words: Collection[str]) -> str:
    """The checking word when folded tokens say people are checked before they join, or ''.
    `words`: the same tokens, best as a set."""
    if (
        _VETTED.isdisjoint(words)
        or _AHEAD_OF.isdisjoint(words)
        or _SCREENED_PEOPLE.isdisjoint(words)
        or (_JOINING.isdisjoint(words) and not _newcomer(tokens))
    ):
        return ""
    return next(t for t in tokens if t in _VETTED)


# Data sent, and when or how often: a timing word, or a pair of them ("real time", "month end").
_SENDING = gate_words(
    "transmit transmits transmitted transmitting sent send sends delivered deliver delivers "
    "transferred transfer transfers pushed push pushes forwarded uploaded synced synchronised "
    "synchronized"
)
_TIMING = gate_words(
    "daily nightly weekly monthly hourly fortnightly quarterly evening overnight realtime"
)
_TIMING_PAIRS = frozenset(
    (("real", "time"), ("month", "end"), ("same", "day"), ("week", "end"),
     # (with each event the data goes with: "on each shipment confirmation", "with every order")
     ("on", "each"), ("on", "every"), ("with", "each"), ("with", "every"), ("in", "each"),
     ("in", "every"))
)  # fmt: skip
# ... or the link it goes by, which the device or product uses ("over cellular", "by satellite",
# "via Bluetooth"): how it is delivered, not how it is protected
_LINKS_SENT_BY = gate_words("cellular satellite bluetooth lte 4g 5g 3g gsm lorawan lora nfc modem")
# ... unless a word says how it is protected, checked or told
_SENT_SAFELY = gate_words(
    "tls ssl https sftp ftps vpn channel channels secure securely integrity checksum checksums"
)


def _sent_when(tokens: Sequence[str]) -> str:
    """The timing word when folded tokens ask when or how often data is sent, with no word of
    protecting, checking or telling, or ''."""
    if _SENDING.isdisjoint(tokens) or tokens[0] in ("how", "describe", "explain"):
        return ""
    when = next((t for t in tokens if t in _TIMING or t in _LINKS_SENT_BY), "")
    if not when:
        pair = next((p for p in itertools.pairwise(tokens) if p in _TIMING_PAIRS), None)
        if pair is None:
            return ""
        when = " ".join(pair)
    if not (
        _SENT_SAFELY.isdisjoint(tokens)
        and _PROTECTIVE.isdisjoint(tokens)
        and _INTEGRITY.isdisjoint(tokens)
        and _TELL.isdisjoint(tokens)
    ):
        return ""
    return when


# Completeness in plain words: "every <item> ... reaches / arrives / is accepted", said of what
# is processed (the item arrives where it is sent).
_ARRIVES = gate_words(
    "reach reaches reached arrive arrives arrived received accepted acknowledged delivered "
    # (every item included in what is sent: "every result included once in the feed you send")
    "included"
)


# ... or sent with every item named as the object ("post every sale to the state system",
# "send every claim to the payer") and a failure to arrive looked for ("catch a sale that
# failed to post", "rejections worked")
_SENDS = gate_words("post posts send sends submit submits file files transmit transmits forward")
_FAILED = gate_words("failed fails fail rejected rejection rejections missing missed bounced")


def _arrival_failed(tokens: Sequence[str]) -> bool:
    """Whether folded tokens look for an item that failed to arrive ('failed', 'rejected', 'not
    accepted', 'never reached') in another system (items handed to people are not processing)."""
    return not _SYSTEMS.isdisjoint(tokens) and (
        not _FAILED.isdisjoint(tokens)
        or any(a in _NOT_EVER and b in _ARRIVES for a, b in itertools.pairwise(tokens))
    )


_NOT_EVER = frozenset(("not", "never"))
_SYSTEMS = gate_words(
    "system systems platform platforms database databases application applications portal "
    "portals server servers registry ledger api apis gateway gateways clearinghouse"
)


_HOLD = frozenset(("include", "contain", "cover", "list", "carry"))
_CHECKED_WORDS = frozenset(("checked", "verified", "confirmed", "reviewed", "reconciled", "tested"))


def _held_whole(tokens: Sequence[str], at: int) -> bool:
    """Whether what goes out is checked to hold every item ("results checked to include every
    finisher before they go out", "the export verified to contain every trade before it is
    sent"): the output complete (PI1.4). `at`: the index of 'every'."""
    return (
        at >= 3
        and tokens[at - 2] == "to"
        and tokens[at - 1] in _HOLD
        and tokens[at - 3] in _CHECKED_WORDS
        and (
            not _OUTWARD.isdisjoint(tokens)
            or ("out" in tokens and not _GO.isdisjoint(tokens))
            or "released" in tokens
        )
    )


_GO = frozenset(("go", "goes", "going", "gone", "went"))


def _every_held_whole(tokens: Sequence[str]) -> bool:
    return "every" in tokens and _held_whole(tokens, tokens.index("every"))


def _every_arrives(tokens: Sequence[str], sent_only: bool = False) -> str:
    """'every' when folded tokens say every item reaches where it goes, or ''; `sent_only`:
    only every item sent with its failures looked for."""
    if "every" in tokens:
        at = tokens.index("every")
    elif not sent_only and ("all" in tokens or "each" in tokens):
        # ("Are all catch records ... delivered to the national system?")
        at = tokens.index("all" if "all" in tokens else "each")
    else:
        return ""
    if not sent_only and not _ARRIVES.isdisjoint(tokens[at + 1 : at + 14]):
        return "every"
    if not sent_only and _held_whole(tokens, at):
        return "every"
    if (
        at
        and tokens[at - 1] in _SENDS
        and "to" in tokens[at + 2 : at + 5]
        and not _FAILED.isdisjoint(tokens[at + 2 :])
    ):
        return "every"
    return ""


# The words that open a second question after "and" ("..., and are findings fixed?").
_CLAUSE_OPENS = frozenset(
    ("is", "are", "was", "were", "do", "does", "did", "has", "have", "can", "will", "how")
)


def _nearest_clause(tokens: Sequence[str]) -> Nearest | None:
    """The nearest control of one of two questions joined by 'and' + an auxiliary, when that
    control is near enough to it alone (and the question asks no value); None otherwise."""
    cuts = [
        i
        for i in range(2, len(tokens) - 3)
        if tokens[i] == "and" and tokens[i + 1] in _CLAUSE_OPENS
    ]
    if not cuts:
        return None
    bounds = [0, *cuts, len(tokens)]
    best: Nearest | None = None
    for lo, hi in itertools.pairwise(bounds):
        part = list(tokens[lo + (1 if lo else 0) : hi])
        if len(part) < 4:
            continue
        near = nearest(part)
        if (
            is_topical(near)
            and not (near.score < 2 * CONTROL_SCORE and _identifies(part))
            and (best is None or near.score > best.score)
        ):
            best = near
    return best


_LEFT_OUT_CHECKS = gate_words("checked compared matched reconciled verified checks check compare")


def _left_out(tokens: Sequence[str]) -> str:
    """'left out' when folded tokens say a check finds no item left out ("checked against the
    payments so that no paid entry is left out"): completeness in plain words, or ''."""
    if "left" not in tokens or "out" not in tokens or _LEFT_OUT_CHECKS.isdisjoint(tokens):
        return ""
    i = tokens.index("left")
    return "left out" if tokens[i + 1 : i + 2] == ["out"] else ""


# What guards do with a device on their rounds (scan, tap, swipe a tag; clock, check in; record,
# report, photograph) and the vendor's sites they would guard otherwise.
_PATROL_ACTS = gate_words(
    "scan scans tap taps swipe swipes clock clocks record records report reports "
    "photograph photographs upload uploads log logs"
)
_VENDOR_SITES = gate_words(
    "data centre center datacenter datacentre facility facilities premises office offices "
    "building buildings server servers room rooms colocation site sites reception lobby "
    # (who or what guards let in: the access they control)
    "entrance entrances door doors visitor visitors badge badges"
)


def _guards_use_product(tokens: Sequence[str]) -> str:
    """'guard scan' when folded tokens have guards doing a step of their rounds with a device
    (an act within two words after 'guard') and name none of the vendor's sites, or ''."""
    if not _VENDOR_SITES.isdisjoint(tokens):
        return ""
    for i, tok in enumerate(tokens):
        if tok == "guard":
            act = next((t for t in tokens[i + 1 : i + 3] if t in _PATROL_ACTS), "")
            if act:
                return f"guards {act}"
    return ""


# Software held to what is allowed on the vendor's machines ("terminals locked down so that no
# other software can be installed", "only approved applications may run on our laptops"):
# prevention of unauthorised software (CC6.8), said by what it stops.
_MACHINES = gate_words(
    "terminal terminals device devices laptop laptops workstation workstations machine machines "
    "endpoint endpoints computer computers pc pcs desktop desktops tablet tablets kiosk kiosks "
    "server servers till tills handheld handhelds"
)
_SOFTWARE = gate_words(
    "software application applications app apps program programs programme programmes "
    "executable executables code"
)
_INSTALL_RUN = gate_words(
    "install installs installed installing run runs ran running execute executes executed launch "
    "launched load loaded"
)
_UNAPPROVED = gate_words(
    "unapproved unauthorised unauthorized unlicensed allowlist allowlisted allowlisting "
    "whitelist whitelisted whitelisting"
)
_APPROVED = gate_words("approved authorised authorized permitted sanctioned")


def _software_held(tokens: Sequence[str]) -> str:
    """The words when folded tokens say machines are held to the software allowed on them
    ('locked down', 'no other software', 'only approved applications'), or ''."""
    if (
        _MACHINES.isdisjoint(tokens)
        or _SOFTWARE.isdisjoint(tokens)
        or _INSTALL_RUN.isdisjoint(tokens)
    ):
        return ""
    for a, b in itertools.pairwise(tokens):
        if (a == "locked" and b == "down") or (a == "no" and b in ("other", "additional")):
            return f"{a} {b}"
        if a in _UNAPPROVED:
            return a
        if a == "only" and (b in _APPROVED or b in ("the", "a")):
            return f"{a} {b}"
    return ""


# The service under a rush of use ("copes with the rush on opening morning without slowing
# down", "handles peak traffic without going offline"): capacity (A1.1), said by the load it
# bears.
_LOAD = gate_words(
    "rush rushes peak peaks surge surges spike spikes influx busiest load loads traffic demand"
)
_BEARS = gate_words(
    "cope copes coping handle handles handling withstand withstands absorb absorbs take takes "
    "taking bear bears survive survives"
)
# ... or more of the estate added as use rises ("add servers when orders climb", "spin up more
# instances as traffic grows"): capacity expanded, said in plain words
_ADDS = gate_words("add adds added adding spin spins spun bring brings brought")
_MORE_ESTATE = gate_words("server servers instances instance nodes node capacity machines")
_RISES = gate_words(
    "climb climbs climbing rise rises rising grow grows growing increase increases increasing "
    "spike spikes jump jumps surge surges"
)
_DEGRADES = gate_words(
    "slow slowing slowed slows offline down crash crashing crashes fail failing falls falling "
    "timeout timeouts"
)


def _load_borne(tokens: Sequence[str]) -> str:
    """The load word when folded tokens say the vendor's estate bears a rush of use without
    slowing or failing, or ''."""
    if _RUN.isdisjoint(tokens):
        return ""
    if _LOAD.isdisjoint(tokens):
        return _scaled_up(tokens)
    at_load = next(i for i, t in enumerate(tokens) if t in _LOAD)
    load = tokens[at_load]
    # (the load borne is the object: "handles peak traffic"; "the traffic system handles
    # make-goods" names a system by its trade)
    if not _BEARS.isdisjoint(tokens[max(0, at_load - 6) : at_load]):
        return load
    if "without" in tokens[at_load + 1 :]:
        at = tokens.index("without", at_load + 1)
        if not _DEGRADES.isdisjoint(tokens[at + 1 : at + 6]):
            return load
    return _scaled_up(tokens)


# The service kept up through a change the vendor makes to it ("Will the service stay up
# during upgrades?", "Do our branches lose the system while you install updates?"): its
# availability (A1.2), asked of the estate; the buyer's own updates ("while we install") are not.
_CHANGE_WORK = gate_words(
    "upgrade upgrades update updates maintenance release releases deployment deployments deploy "
    "deploys patch patches patching install installs installing migration migrations"
)
_THROUGH = frozenset(("during", "while", "whilst", "throughout", "when", "whenever"))
_STAYS_UP = gate_words(
    "up running online available reachable accessible usable operational downtime offline down "
    "lose loses lost interrupted interruption interruptions outage outages"
)
_OURS = frozenset(("we", "our", "i", "my", "us"))
_YOURS = frozenset(("you", "your"))
_RUN_OR_SITE = _RUN | gate_words("site sites")


# How long something is kept ("how long are they kept", "kept, and for how long"): its
# retention period.
_KEPT = gate_words("kept keep keeps retained retain retains stored store stores")


def _kept_how_long(tokens: Sequence[str]) -> str:
    """'kept for how long' when folded tokens ask how long something is kept, or ''."""
    if _KEPT.isdisjoint(tokens):
        return ""
    for i in range(len(tokens) - 1):
        if tokens[i] == "how" and tokens[i + 1] == "long":
            near = tokens[max(0, i - 6) : i + 8]
            if not _KEPT.isdisjoint(near):
                return "kept for how long"
    return ""


# What the company holds, said to be identified or inventoried as a whole ("Data that the
# organisation stores and uses shall be identified", "All information assets shall be
# inventoried"): its inventory of information assets (CC2.1). Folded tokens: the subject opens
# the statement, the verb follows a "be" within a few words.
_HELD_THINGS = gate_words(
    "data information asset system application record database repository device endpoint server"
)
_INVENTORIED = gate_words("identified inventoried catalogued cataloged enumerated")
_OPENERS = frozenset(("all", "any", "every", "each", "the", "our", "your"))


def _held_identified(tokens: Sequence[str]) -> str:
    """'identified' when folded tokens state that what is held is identified or inventoried
    (see _HELD_THINGS), or ''."""
    if _INVENTORIED.isdisjoint(tokens) or len(tokens) < 3:
        return ""
    first = 1 if tokens[0] in _OPENERS else 0
    if tokens[first] not in _HELD_THINGS or tokens[first + 1] == "subject":
        return ""  # (data subjects are people: identifying them is another practice)
    for i in range(first + 1, min(len(tokens), first + 14)):
        if tokens[i] in _INVENTORIED and tokens[i - 1] in ("be", "are", "is"):
            return tokens[i]
    return ""


def _up_through_change(tokens: Sequence[str], yours: bool = False) -> str:
    """The change word when folded tokens ask whether the vendor's estate stays up (or goes
    down) while the vendor changes it ("stay up during upgrades"), or ''. `yours`: the change
    must be said to be the vendor's ("while you deploy", "during your maintenance")."""
    if (
        _THROUGH.isdisjoint(tokens)
        or _CHANGE_WORK.isdisjoint(tokens)
        or _STAYS_UP.isdisjoint(tokens)
        or _RUN_OR_SITE.isdisjoint(tokens)
    ):
        return ""
    for i, tok in enumerate(tokens):
        if tok not in _THROUGH:
            continue
        at = next(
            (k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k] in _CHANGE_WORK), 0
        )
        if not at or not _OURS.isdisjoint(tokens[i + 1 : at]):
            continue
        if yours and _YOURS.isdisjoint(tokens[i + 1 : at]):
            continue
        for j, word in enumerate(tokens):
            # ("up to date" is currency, not the service up)
            if word in _STAYS_UP and not (word == "up" and tokens[j + 1 : j + 3] == ["to", "date"]):
                return tokens[at]
    return ""


def _scaled_up(tokens: Sequence[str]) -> str:
    """The estate word when folded tokens say more of it is added as use rises ("add servers
    when orders climb"), or ''."""
    if _ADDS.isdisjoint(tokens) or _MORE_ESTATE.isdisjoint(tokens) or _RISES.isdisjoint(tokens):
        return ""
    for i, tok in enumerate(tokens):
        if tok in _ADDS:
            # (the estate after the act, "add servers", or before it, "servers added")
            more = next((t for t in tokens[max(0, i - 3) : i + 4] if t in _MORE_ESTATE), "")
            if more and not _RISES.isdisjoint(tokens[i + 1 : i + 9]):
                return more
    return ""


# What the product does while the buyer changes its own estate ("Will our depots lose the
# dispatch app while we patch the handhelds ourselves?"): the buyer ('we') the actor of the
# change, named in a clause of time or condition after what the product does; no practice of
# the vendor's, whatever control the change's words retrieve (the vendor's own change, "while
# you upgrade", is availability: _keeps_going and the catalog read it).
_WHILE = gate_words("while whilst when whenever if as during")
_BUYER_CHANGES = gate_words(
    "update updating upgrade upgrading install installing patch patching migrate migrating "
    "replace replacing reset resetting reboot rebooting restart restarting switch switching turn "
    "turning move moving change changing redesign reconfigure reconfiguring swap swapping "
    "rebuild rebuilding refresh refreshing wipe wiping reimage reimaging"
)
_BEHAVES = gate_words(
    "lose keep stay still stop break crash go drop freeze affected interrupted disrupted offline "
    "working running"
)
_GUARDED = gate_words(
    "security secure protect protected protection encrypt encrypted encryption access password "
    "breach incident backup malware virus data record information file content history"
)


def buyers_own_change(tokens: Sequence[str]) -> str:
    """The buyer's change ('patch') when folded tokens ask what the product does while the
    buyer ('we') changes something of its own, or ''."""
    for i, tok in enumerate(tokens):
        if tok != "we" or i < 3 or tokens[i - 1] not in _WHILE:
            continue
        change = next((t for t in tokens[i + 1 : i + 3] if t in _BUYER_CHANGES), "")
        if change and not _BEHAVES.isdisjoint(tokens[1 : i - 1]) and _unguarded(tokens):
            return change
    return ""


def _unguarded(tokens: Sequence[str]) -> bool:
    """Whether folded tokens name nothing guarded (security, access, data); Wi-Fi "access
    points" are devices, not access."""
    return all(
        tok not in _GUARDED or (tok == "access" and tokens[i + 1 : i + 2] == ["point"])
        for i, tok in enumerate(tokens)
    )


def judge_control(
    d: Decision,
    kind: str,
    kind_words: str,
    tokens: list[str],
    cue_criteria: Sequence[str],
    cue_words: Sequence[str],
    strong_cue: bool,
    sense: str | None,
    foreign: bool = False,
    words: Collection[str] | None = None,
) -> list[str]:
    """Decide a no-report question in `d`; return the criteria it is about (may be empty).
    `words`: the tokens as a set, when the caller has it (membership tests on a set are
    cheaper than a walk of the list)."""
    ws = tokens if words is None else words
    if sense in ("ops", "ops?") and kind != F.ARTIFACT:
        d.soc2 = True
        criteria = list(dict.fromkeys([*cue_criteria, "CC7.2"]))
        d.reasons.append(
            "Security Operations Center practice → "
            + ", ".join(criteria)
            + " → answered by a SOC 2"
        )
        settle(d, "soc-ops" if sense == "ops" else "soc-ops-bare")
        return criteria
    if kind == F.FEATURE and "we" in ws and (change := buyers_own_change(tokens)):
        d.reasons.append(
            f"a product feature: what the product does while the buyer changes its own estate"
            f" ('we {change}'), no practice of the vendor's → no SOC report need"
        )
        settle(d, "not-near-feature")
        return []
    # (one set test for the rare checks below: most questions name none of their words)
    # (one pass over the tokens for the rare checks below and for those labelled_buyer19
    # added: purpose limitation, notice of a change, input refused, a device kept working)
    if _RARE_ALL.isdisjoint(ws):
        rare_any = rare19 = False
    else:
        rare_any = not _RARE_ANY.isdisjoint(ws)
        rare19 = not _RARE19.isdisjoint(ws)
    rare_act = rare_any and not _SALE_OR_PLAN.isdisjoint(tokens)
    if (
        rare_act
        and kind in _SALE_FORMS
        and not _SALE.isdisjoint(tokens)
        and not _DATA_SOLD.isdisjoint(tokens)
        and _GOODS.isdisjoint(tokens)
        and _data_sold(tokens)
    ):
        # People's data sold or rented to others: a use beyond the purposes it was collected
        # for (P4.1, DOMAIN.md: "no sale of data"), not what the company sells (a fact) nor a
        # term.
        criteria = list(dict.fromkeys([*cue_criteria, "P4.1"]))
        d.soc2 = True
        sold = next(tok for tok in tokens if tok in _SALE)
        d.reasons.append(
            f"control question: people's data sold or rented to others ('{sold}'), a use the"
            f" Privacy category governs → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "privacy")
        return criteria
    used = _people_data_used(tokens, ws) if kind in _SALE_FORMS else ""
    if used:
        # People's contact details used to market to them, or passed on to others: consent
        # (P2.1) and use and disclosure (P4.1, P6.1), the Privacy category's subject, not a
        # datum asked ("contact details").
        criteria = list(dict.fromkeys([*cue_criteria, *_USE_CRITERIA[used]]))
        d.soc2 = True
        d.reasons.append(
            f"control question: people's data {used}, the Privacy category's"
            f" subject → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "privacy")
        return criteria
    other_use = (
        _used_otherwise(tokens)
        if (rare19 or ("used" in ws and not _ONLY.isdisjoint(ws))) and kind in _SALE_FORMS
        else ""
    )
    if other_use:
        criteria = list(dict.fromkeys([*cue_criteria, other_use]))
        d.soc2 = True
        d.reasons.append(
            "control question: data used for a purpose other than the one it was given for"
            f" (purpose limitation) → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "privacy")
        return criteria
    if (
        rare19
        and (
            kind == F.CONTROL
            or (
                kind == F.FEATURE
                # (asked of the vendor, though a later clause reads as a feature: "Will you give
                # us notice before changing the API our systems connect with?")
                and (kind_words.startswith(_VENDOR_ASKED) or tokens[1:2] == ["you"])
            )
        )
        and (told := change_notice(tokens))
    ):
        criteria = list(dict.fromkeys([*cue_criteria, "CC2.3"]))
        d.soc2 = True
        d.reasons.append(
            f"control question: customers told ahead of a change ('{told}'), the vendor's"
            f" communication with outside parties → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "protective")
        return criteria
    if kind == F.COMMERCIAL and (
        ("audit" in ws and protection_function(tokens)[0] == "audit trail of user actions")
        or (rare_any and _trained_on_theirs(tokens))
    ):
        # an audit trail of who changed a price or a fee: the price is what the trail records,
        # not a term asked; the trail is the question (CC7.2); customers' data training the
        # vendor's pricing models is a use of that data (P4.1), not a price asked
        kind = F.CONTROL
    if kind in NOT_ASKED:
        d.reasons.append(f"{NOT_ASKED[kind]} ('{kind_words}') → no SOC report need")
        # The buyer's duties are measured with the deployments the buyer runs (decide.py).
        paths = {F.AI_MODEL: "ai-model", F.BUYER_DUTY: "buyer-runs"}
        settle(d, paths.get(kind, "not-asked"))
        return []
    rare = rare_any and kind == F.CONTROL and not _RARE.isdisjoint(tokens)
    if (
        rare
        and "capacity" in tokens
        and _identifies(tokens)
        and set(cue_criteria) <= {"A1.1"}
        and _CAPACITY_WORK.isdisjoint(tokens)
    ):
        # A1.1 is capacity managed (measured, forecast, expanded): a figure of capacity asked
        # ("What is the total power capacity of the facility?") is a fact about the business.
        d.reasons.append(f"{NOT_ASKED[F.FACT]} ('capacity' as a figure) → no SOC report need")
        settle(d, "not-asked")
        return []
    if rare and (trained := _trained_on_theirs(tokens, True)):
        # P4.1 in the TSC's terms: personal information is used only for the purposes it was
        # collected for; training models on what customers or their users submitted is a use
        # beyond the service (DOMAIN.md: "model training on customer data").
        criteria = list(dict.fromkeys([*cue_criteria, "P4.1"]))
        d.soc2 = True
        d.reasons.append(
            f"control question: the customers' data used to train models ('{trained}'), a use"
            f" of the data beyond the service → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "privacy")
        return criteria
    # "Do you provide / offer X" asks about the vendor, where the table's phrases may decide;
    # "Do you support X", "Can the application X" about the product, where only a near
    # control can.
    vendor = kind in (F.CONTROL, F.LABEL) or (
        kind == F.FEATURE
        and kind_words.startswith(_VENDOR_ASKED)
        and kind_words.rsplit(" ", 1)[-1] in _VENDOR_GIVES
    )
    if (
        # (the table's transmission cue alone decides it: a membership test first, cheap)
        "CC6.7" in cue_criteria
        and len(cue_criteria) == 1
        and kind == F.CONTROL
        and (when := _sent_when(tokens))
    ):
        # When or how often something is sent ("Are call records transmitted to us daily, or
        # only at month end?") is the delivery the service gives, not the protection of the
        # transmission (CC6.7), which a word of protecting would name.
        d.reasons.append(
            f"a product feature: when or by what link data is sent ('{when}'), not how it is"
            " protected → no SOC"
            " report need"
        )
        settle(d, "not-near-feature")
        return []
    if (
        strong_cue
        and "guard" in ws
        and set(cue_criteria) <= {"CC6.4"}
        and (patrol := _guards_use_product(tokens))
    ):
        # Guards doing a step of their patrol with the product ("Do guards scan a tag at each
        # checkpoint?"): the buyer's guards using it, a feature; guards of the vendor's site
        # are named with the site (a data centre, an office), and stay CC6.4.
        d.reasons.append(
            f"a product feature: guards doing a step of their work with it ('{patrol}'), not"
            " the guarding of the vendor's sites → no SOC report need"
        )
        settle(d, "not-near-feature")
        return []
    if (
        strong_cue
        and vendor
        and "access" in ws
        and "to" in ws
        and not _ACCESS_WORK.isdisjoint(ws)
        and _cues_are_access_object(tokens, cue_words)
    ):
        # The table's words only name the system access is to ("Is user access to the job
        # scheduling system reviewed quarterly?"): the act on the access decides, an access
        # review (CC6.3) or access given and removed (CC6.2), not the system's own criteria
        act, criterion = protection_function(tokens)
        if criterion in ("CC6.2", "CC6.3"):
            d.soc2 = True
            d.reasons.append(
                f"control question: a practice of protection ('{act}') on access to a system"
                f" the table names ('{cue_words[0]}') → {criterion} → answered by a SOC 2"
            )
            settle(d, "protective")
            return [criterion]
    if strong_cue and vendor:
        # A practice of the vendor in the criteria's own words: the control nearest to those
        # words (within their criteria) explains it; the question itself need not be searched.
        near = nearest_to_cues(tuple(cue_words[:3]), tuple(cue_criteria))
        criteria = fuse_criteria(near, cue_criteria, bool(near.control))
        d.soc2 = True
        cues = "', '".join(cue_words[:3])
        control = f"; {_near_text(near, criteria)}" if near.control else ""
        d.reasons.append(
            f"control question on '{cues}'{control} → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "cues")
        return criteria
    if rare and (trained := staff_trained(tokens)):
        criteria = list(dict.fromkeys([*cue_criteria, "CC2.2"]))
        d.soc2 = True
        d.reasons.append(
            f"control question: the vendor's people trained ('{trained}'), whatever the"
            f" subject → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "training")
        return criteria
    if kind == F.DISPOSAL:
        # C1.2 in the TSC's own terms: confidential information is disposed of to meet the
        # entity's objectives, the buyer's data at the contract's end above all.
        criteria = list(dict.fromkeys([*cue_criteria, "C1.2"]))
        d.soc2 = True
        d.reasons.append(
            f"control question: the buyer's data disposed of ('{kind_words}') when the contract"
            " ends → " + ", ".join(criteria) + " → answered by a SOC 2"
        )
        settle(d, "disposal")
        return criteria
    if kind == F.CONTROL and not _RISK.isdisjoint(ws) and not _RISK_WORK.isdisjoint(tokens):
        criteria = list(dict.fromkeys([*cue_criteria, "CC3.2"]))
        d.soc2 = True
        d.reasons.append(
            "control question: risks identified, assessed or treated (CC3.2's own terms) → "
            + ", ".join(criteria)
            + " → answered by a SOC 2"
        )
        settle(d, "risk")
        return criteria
    if (
        rare_act
        and kind == F.CONTROL
        and not _PLAN.isdisjoint(tokens)
        and not _CARRY_ON.isdisjoint(tokens)
        and not _DISRUPTION.isdisjoint(tokens)
    ):
        # A plan to carry on when systems or sites are lost: business continuity (CC9.1) in
        # its own terms, however the business is named; tested or exercised, A1.3 too.
        tested = not _EXERCISED.isdisjoint(tokens)
        criteria = list(dict.fromkeys([*cue_criteria, "CC9.1", *(["A1.3"] if tested else [])]))
        d.soc2 = True
        d.reasons.append(
            "control question: a plan to carry on through a disruption (business continuity) → "
            + ", ".join(criteria)
            + " → answered by a SOC 2"
        )
        settle(d, "risk")
        return criteria
    if (
        rare_act
        and kind == F.CONTROL
        and not _PLAN.isdisjoint(tokens)
        and not _INCIDENT.isdisjoint(tokens)
    ):
        # A plan for what is done when data is stolen or systems attacked: incident response
        # (CC7.4) in its own terms; rehearsed or tested, recovery and lessons too (CC7.5).
        tested = not _EXERCISED.isdisjoint(tokens)
        criteria = list(dict.fromkeys([*cue_criteria, "CC7.4", *(["CC7.5"] if tested else [])]))
        d.soc2 = True
        d.reasons.append(
            "control question: a plan for an incident (incident response) → "
            + ", ".join(criteria)
            + " → answered by a SOC 2"
        )
        settle(d, "risk")
        return criteria
    if kind == F.CONTROL and "privacy" in ws and not _PRIVACY_WORK.isdisjoint(tokens):
        near = nearest(tokens, PRIVACY_CRITERIA)
        named = [c for c in near.criteria if c in PRIVACY_CRITERIA][:1] or ["P1.1"]
        criteria = list(dict.fromkeys([*cue_criteria, *named]))
        d.soc2 = True
        control = f"; {_near_text(near, criteria)}" if near.control else ""
        d.reasons.append(
            f"control question on the privacy programme{control} → "
            + ", ".join(criteria)
            + " → answered by a SOC 2"
        )
        settle(d, "privacy")
        return criteria
    if kind in _KEEP_GOING_FORMS and (
        (not _THEM.isdisjoint(ws) and (right := _right_over_own_data(tokens)))
        or (
            not _THEIR.isdisjoint(ws)
            and not _HAVE_GET.isdisjoint(ws)
            and (right := _own_data_undone(tokens))
        )
    ):
        # a person asking for, correcting or erasing the data held about them: the rights the
        # Privacy category gives them (P5.1 access, P5.2 correction, P4.3 erasure); one who may
        # both see and correct it ("Can patients view and amend the notes you hold about
        # them?") has the two rights
        seen = right[1] == "P5.2" and not _SEE_OWN.isdisjoint(tokens)
        criteria = list(dict.fromkeys([*cue_criteria, *(("P5.1",) if seen else ()), right[1]]))
        d.soc2 = True
        d.reasons.append(
            f"control question: a person's {right[0]} of the data held about them, the Privacy"
            f" category's subject → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "privacy")
        return criteria
    if (
        rare19
        and not _REJECT.isdisjoint(tokens)
        and not _UNMATCHED.isdisjoint(tokens)
        and (kind == F.CONTROL or (kind == F.FEATURE and _SYSTEM_ACTS.search(kind_words)))
    ):
        # input the system refuses when it fails a check (cannot be matched, is invalid or a
        # duplicate): PI1.2, inputs complete, accurate and valid, in the TSC's own terms; what
        # users may reject in their workflow ("Can managers reject timesheets?") is a feature
        criteria = list(dict.fromkeys([*cue_criteria, "PI1.2"]))
        d.soc2 = True
        rejected = next(tok for tok in tokens if tok in _REJECT)
        d.reasons.append(
            f"control question: input refused when it fails a check ('{rejected}'), the"
            f" Processing Integrity category's subject → {', '.join(criteria)} → answered by a"
            " SOC 2"
        )
        settle(d, "protective")
        return criteria
    if (
        kind in (F.FEATURE, F.LABEL)
        and (access := access_function(tokens))
        and not (access in _GUARDS and kind == F.FEATURE and _guarded_thing(tokens))
        # (an option a thing the buyer orders is made with: "fitted with an access control
        # keypad")
        and not F.option_asked(kind, kind_words)
    ):
        criteria = list(dict.fromkeys([*cue_criteria, "CC6.1"]))
        d.soc2 = True
        d.reasons.append(
            f"a logical-access function of the product ('{access}') → "
            + ", ".join(criteria)
            + " → answered by a SOC 2"
        )
        settle(d, "access")
        return criteria
    if kind in (F.FEATURE, F.LABEL) and not F.option_asked(kind, kind_words):
        function, criterion = protection_function(tokens)
        if function:
            # a mechanism names no criterion: the nearest control's vote does
            if not criterion:
                near = nearest(tokens)
                criterion = near.votes[0][0] if near.votes and near.score else "CC6.1"
            criteria = list(dict.fromkeys([*cue_criteria, criterion]))
            d.soc2 = True
            d.reasons.append(
                f"a protection function of the product ({function}) → "
                + ", ".join(criteria)
                + " → answered by a SOC 2"
            )
            settle(d, "protection")
            return criteria
    erasure = (
        kind == F.FEATURE
        and strong_cue
        and "C1.2" in cue_criteria
        and not _ASKED_BY.isdisjoint(tokens)
    )
    if (
        kind == F.FEATURE
        and strong_cue
        and (erasure or not _RIGHTS.isdisjoint(cue_criteria))
        and not _RIGHT_ACTS.isdisjoint(tokens)
    ):
        # A right the product gives the people whose data it holds (consent, access,
        # correction, erasure): a privacy criterion in the table's own words. Data deleted
        # because its person asks is erasure (P4.3), not disposal at the entity's end (C1.2).
        criteria = [("P4.3" if c == "C1.2" and erasure else c) for c in cue_criteria]
        d.soc2 = True
        d.reasons.append(
            f"a privacy right the product gives ('{cue_words[0]}') → "
            + ", ".join(criteria)
            + " → answered by a SOC 2"
        )
        settle(d, "privacy")
        return criteria
    if (
        rare19
        and kind == F.CONTROL
        and not _WORKING.isdisjoint(tokens)
        and (held := _keeps_working(tokens))[0]
    ):
        if held[1]:
            # the estate the vendor runs keeps working through a loss: its availability (A1.2)
            criteria = list(dict.fromkeys([*cue_criteria, "A1.2"]))
            d.soc2 = True
            d.reasons.append(
                f"control question: the service kept working through a loss ('{held[0]}'), the"
                f" Availability category's subject → {', '.join(criteria)} → answered by a SOC 2"
            )
            settle(d, "protective")
            return criteria
        # a device or desk the users have keeps working through a loss (offline, on battery):
        # what the product does, not the vendor's estate kept available (A1.2)
        d.reasons.append(
            f"a product feature: a device keeps working through a loss ('{held[0]}'), not the"
            " service's availability → no SOC report need"
        )
        settle(d, "not-near-feature")
        return []
    if (
        kind in _KEEP_GOING_FORMS
        and (not _ESTATE_LOSS.isdisjoint(ws) or tokens[:1] == ["if"])
        and not _KEEPS.isdisjoint(ws)
        and (going := _keeps_going(tokens))[0]
    ):
        if going[1]:
            criteria = list(dict.fromkeys([*cue_criteria, "A1.2"]))
            d.soc2 = True
            d.reasons.append(
                f"control question: the service kept going through a loss of the vendor's"
                f" estate ('{going[0]}'), the Availability category's subject →"
                f" {', '.join(criteria)} → answered by a SOC 2"
            )
            settle(d, "protective")
            return criteria
        d.reasons.append(
            f"a product feature: a device keeps going through a loss of its own ('{going[0]}'),"
            " not the service's availability → no SOC report need"
        )
        settle(d, "not-near-feature")
        return []
    if (
        kind == F.CONTROL
        and not _KEEPS.isdisjoint(ws)
        and not _ESTATE_LOSS.isdisjoint(ws)
        and (kept := _kept_running(tokens))
    ):
        # the estate kept running through a loss of the vendor's own ("keep the care system
        # running if your primary data centre goes down"): its availability (A1.2)
        criteria = list(dict.fromkeys([*cue_criteria, "A1.2"]))
        d.soc2 = True
        d.reasons.append(
            f"control question: the service kept running through a loss of the vendor's estate"
            f" ('{kept}'), the Availability category's subject → {', '.join(criteria)} →"
            " answered by a SOC 2"
        )
        settle(d, "protective")
        return criteria
    # (one set test for the two checks below: most control questions name neither a leaver nor
    # a service back)
    leaver_or_back = kind == F.CONTROL and not _LEAVES_OR_BACK.isdisjoint(ws)
    if leaver_or_back and (ended := access_ended(tokens)):
        criteria = list(dict.fromkeys([*cue_criteria, "CC6.2"]))
        d.soc2 = True
        d.reasons.append(
            f"control question: a leaver's access ended ('{ended}'), removal of access when no"
            f" longer needed → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "protective")
        return criteria
    if leaver_or_back and (back := back_after_loss(tokens)):
        tested = not _EXERCISED.isdisjoint(tokens)
        criteria = list(dict.fromkeys([*cue_criteria, "A1.2", *(["A1.3"] if tested else [])]))
        d.soc2 = True
        d.reasons.append(
            f"control question: how soon the service is back ('{back}') after a loss of the"
            f" vendor's estate (recovery), the Availability category's subject →"
            f" {', '.join(criteria)}"
            " → answered by a SOC 2"
        )
        settle(d, "protective")
        return criteria
    if (
        kind == F.CONTROL
        and not _UNUSUAL.isdisjoint(ws)
        and not _ALERTED.isdisjoint(ws)
        and not _WATCHED_SUBJECTS.isdisjoint(ws)
    ):
        # someone alerted when accounts or activity do something unusual: anomalies monitored
        criteria = list(dict.fromkeys([*cue_criteria, "CC7.2"]))
        d.soc2 = True
        d.reasons.append(
            "control question: an alert on unusual activity (anomaly monitoring) → "
            + ", ".join(criteria)
            + " → answered by a SOC 2"
        )
        settle(d, "protective")
        return criteria
    if kind == F.CONTROL and not _OWN_COPY.isdisjoint(ws) and (who := requester_confirmed(tokens)):
        # the one asking for a copy of their own data made sure of ('really them'): the
        # requester's identity verified for an access request (P5.1)
        criteria = list(dict.fromkeys([*cue_criteria, "P5.1"]))
        d.soc2 = True
        d.reasons.append(
            f"control question: a person's request for a copy of their own data, the requester"
            f" made sure of ('{who}') → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "privacy")
        return criteria
    near = nearest(tokens)
    bar = {F.FEATURE: FEATURE_SCORE, F.LABEL: LABEL_SCORE}.get(kind, CONTROL_SCORE)
    topical = is_topical(near, bar)
    if (
        topical
        and kind == F.CONTROL
        and near.score < 2 * bar
        and _identifies(tokens)
        and not access_function(tokens)
        and not protective_act(tokens)
    ):
        # "What is the expected service life of the hardware?": a question that asks for a
        # value is a control question only when its words name a control outright (twice the
        # bar) or a function or act of protection (an idle session locked); a near miss is a
        # fact's words meeting the catalog. The fallbacks below (the service kept available,
        # processing checked) still read it.
        topical = False
    if not topical and kind == F.CONTROL and "and" in ws:
        # Two questions in one row ("Do you have the platform penetration tested by an outside
        # firm, and are high findings fixed in time?"): the words of the one that names a
        # control are diluted by the other's, so each is measured alone and the nearer decides.
        clause = _nearest_clause(tokens)
        if clause is not None:
            near, topical = clause, True
    if kind == F.FEATURE and near.score < 2 * bar and not _estate_acts(kind_words):
        # What the product its users see does is in a SOC 2's scope only as a function of
        # protection: a feature naming an act of protection is one when a control is near it
        # at all; one whose words retrieve a control without naming such an act (sending
        # reminders, filtering by time, scanning barcodes) is a near miss of the catalog. What
        # the estate the vendor runs can do (the system, service, platform) keeps the bar.
        topical = bool(protective_act(tokens)) and is_topical(near, CONTROL_SCORE)
    if topical and F.option_asked(kind, kind_words):
        # an option a thing the buyer orders is made with, or the product's own work kept on
        # a card: what the words retrieve ("memory card", "access control") is the option's
        # name, no practice of the vendor's
        topical = False
    # Outside English the catalog cannot speak; the criteria table's phrases (which can) decide.
    act = (
        protective_act(tokens) or next((tok for tok in tokens if tok in _APPROVAL), "")
        if kind == F.CONTROL and not topical
        else ""
    )
    # (a network others cannot reach is segmentation, a boundary protection, whatever control
    # the other words retrieve)
    function_criterion = (
        "CC6.6" if act[:7] == "cannot " or " only by way of " in act or act in _DIVIDED else ""
    )
    if kind == F.CONTROL and not topical and not act:
        # a protection function named in any form (an audit trail, a mechanism) is one
        act, function_criterion = protection_function(tokens)
        act = act.strip("'")
        if not act and (access := proof_of_identity(tokens)):
            # a proof of identity asked in a practice question ("require a second factor when
            # signing in"), however the catalog words it: CC6.1 (signing in alone may be at a
            # depot's desk, unlocking of a bike)
            act, function_criterion = access, "CC6.1"
        if not act and (own := _own_login(tokens, ws)):
            # people signing in with their own accounts, not a shared one: unique user
            # identification (CC6.1)
            act, function_criterion = own, "CC6.1"
        if not act and (allowed := _software_held(tokens)):
            # machines held to the software allowed on them: unauthorised software prevented
            act, function_criterion = allowed, "CC6.8"
        if not act and not _DESTROY.isdisjoint(tokens):
            # the vendor destroying or deleting what it holds, asked as its practice ("do you
            # destroy our exhibits when the matter closes?"): disposal of confidential
            # information (C1.2) in plain words
            act, function_criterion = next(t for t in tokens if t in _DESTROY), "C1.2"
        if not act and "long" in ws and (kept := _kept_how_long(tokens)):
            # how long what is held is kept ("Driving licence scans: how long are they
            # kept?"): a retention period asked, the Privacy category's P4.2 in plain words
            act, function_criterion = kept, "P4.2"
        if not act and (inventoried := _held_identified(tokens)):
            # what the company holds said to be identified or inventoried ("Data that the
            # organisation stores and uses shall be identified"): its inventory of information
            # assets (CC2.1) in plain words
            act, function_criterion = inventoried, "CC2.1"
    estate = kind == F.CONTROL or (kind == F.FEATURE and bool(_ESTATE.search(kind_words)))
    if not topical and not act and kind in (F.CONTROL, F.FEATURE) and not foreign:
        # the product its users see staying up is the service's availability too; its backups
        # and offline modes are the users' own
        keeping = next((tok for tok in tokens if tok in _KEEPING and (estate or tok in _UP)), "")
        if keeping in _SCALE and _weighing_scale(tokens):
            # a scale that weighs ("the scale software", "a truck scale") keeps nothing up
            keeping = ""
        if keeping == "availability" and tokens[tokens.index(keeping) - 1] in _THEIR:
            # a person's availability ("tutors log their availability", "set her availability
            # for next week"): when they can work, a schedule, not the service kept up
            keeping = ""
        if (
            keeping == "available"
            and not _LANGUAGES.isdisjoint(ws)
            and _in_a_language(tokens, tokens.index(keeping))
        ):
            # offered in a language ("Is the portal available only in English?"): a language
            # option of the product, not the service kept up
            keeping = ""
        if (
            keeping == "available"
            and not _SOLD_ON.isdisjoint(ws)
            and _on_terms(tokens, tokens.index(keeping))
        ):
            # offered on commercial terms ("available on a monthly subscription"): how the
            # product is bought, not the service kept up
            keeping = ""
        if keeping == "available" and _RUN.isdisjoint(tokens):
            # "available" says the service is up only of what runs ("Is the platform available
            # during upgrades?"); support, references or an export available are something else
            keeping = ""
        if not keeping and kind == F.CONTROL and (load := _load_borne(tokens)):
            # the estate bearing a rush of use without slowing or failing: capacity
            keeping = "capacity"
            d.reasons.append(f"the service bears a load ('{load}')")
        if not keeping and (change := _up_through_change(tokens, kind != F.CONTROL)):
            # the estate kept up while the vendor changes it: its availability
            keeping = "available"
            d.reasons.append(f"the service kept up through a change ('{change}')")
        if keeping:
            # the service kept running or recoverable: the Availability category's subject
            criteria = list(dict.fromkeys([*cue_criteria, _KEEPING[keeping]]))
            d.soc2 = True
            d.reasons.append(
                f"control question: the service kept available ('{keeping}'), the Availability"
                f" category's subject → {', '.join(criteria)} → answered by a SOC 2"
            )
            settle(d, "protective")
            return criteria
    if not topical and not act and kind == F.CONTROL and not foreign:
        if not _EXPOSED.isdisjoint(ws) and _told_of(tokens):
            # the buyer or the people concerned told when data is exposed, stolen or breached
            # ("a process for telling us if student records are exposed"): notice of an
            # incident, incident response (CC7.4) in plain words
            criteria = list(dict.fromkeys([*cue_criteria, "CC7.4"]))
            d.soc2 = True
            d.reasons.append(
                "control question: notice to the customer of an incident (incident response)"
                f" → {', '.join(criteria)} → answered by a SOC 2"
            )
            settle(d, "protective")
            return criteria
        screened = _screened(tokens, ws)
        if screened:
            criteria = list(dict.fromkeys([*cue_criteria, "CC1.4"]))
            d.soc2 = True
            d.reasons.append(
                f"control question: people checked before they join ('{screened}'), screening"
                f" → {', '.join(criteria)} → answered by a SOC 2"
            )
            settle(d, "protective")
            return criteria
    if (
        not topical
        and not act
        and not foreign
        and (
            kind == F.CONTROL
            # (what the product sends, every item of it, with its failures looked for: a check
            # of the processing, whoever is said to send)
            or (kind == F.FEATURE and "every" in tokens and _every_arrives(tokens, True))
        )
    ):
        # processing checked to be complete, accurate, valid or timely: the Processing
        # Integrity category's subject in the TSC's own definition (PI1.3)
        checked = (
            next((tok for tok in tokens if tok in _INTEGRITY), "")
            or _every_arrives(tokens)
            or _left_out(tokens)
        )
        if checked and (
            not _PROCESSED.isdisjoint(tokens)
            # (every item sent with its failures looked for: the sending is the processing)
            or (checked == "every" and _every_arrives(tokens, True))
            # (what goes out checked to hold every item)
            or (checked == "every" and _every_held_whole(tokens))
            # (every item said to arrive, and one that did not looked for: "how would we hear
            # of a reading that was not accepted?")
            or (checked == "every" and _arrival_failed(tokens))
        ):
            way = (
                "PI1.4"
                if not _OUTWARD.isdisjoint(tokens)
                or (checked == "every" and _every_held_whole(tokens))
                else "PI1.2"
                if not _INWARD.isdisjoint(tokens)
                else "PI1.3"
            )
            criteria = list(dict.fromkeys([*cue_criteria, way]))
            d.soc2 = True
            d.reasons.append(
                f"control question: processing checked ('{checked}'), the Processing Integrity"
                f" category's subject → {', '.join(criteria)} → answered by a SOC 2"
            )
            settle(d, "protective")
            return criteria
    if act and not foreign:
        d.soc2 = True
        criteria = (
            [function_criterion]
            if function_criterion
            else [near.votes[0][0]]
            if near.votes
            else ["CC6.1"]
        )
        criteria = list(dict.fromkeys([*cue_criteria, *criteria]))
        near_part = f"; {_near_text(near)}" if near.control else ""
        d.reasons.append(
            f"control question: a practice of protection ('{act}'), the Security category's"
            f" subject{near_part} → {', '.join(criteria)} → answered by a SOC 2"
        )
        settle(d, "protective")
        return criteria
    if not topical and not (foreign and cue_criteria):
        what = {F.FEATURE: "a product feature", F.LABEL: "a label"}.get(kind, "a question")
        near_part = _near_text(near) if near.control else "no control near it"
        d.reasons.append(f"{what}, not a control practice ({near_part}) → no SOC report need")
        settle(d, {F.FEATURE: "not-near-feature", F.LABEL: "not-near-label"}.get(kind, "not-near"))
        return []
    d.soc2 = True
    criteria = fuse_criteria(near, cue_criteria, topical)
    if kind == F.CONTROL:
        # a protection function the question names says the criterion better than a control
        # retrieved by its other words
        function_criterion = protection_function(tokens)[1]
        if function_criterion:
            criteria = list(dict.fromkeys([function_criterion, *cue_criteria]))
    why = _near_text(near, criteria) if topical else "the criteria's own words"
    if cue_words:
        why += " and cues '" + "', '".join(cue_words[:3]) + "'"
    d.reasons.append(f"control question: {why} → {', '.join(criteria)} → answered by a SOC 2")
    if not topical:
        settle(d, "foreign-cues")
    else:
        settle(d, "near-strong" if near.score >= 2 * bar else "near")
    return criteria
