"""classify(): one requirement's text → Classification, composing the finders and rules."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping, Sequence

from socproc.classify import form as F
from socproc.classify.calibration import CONFIDENCE, settle
from socproc.classify.controls import (
    books_named,
    categories_of,
    control_criteria,
    financial_cue,
    financial_signals,
    in_category_order,
    read_cues,
)
from socproc.classify.form import ARTIFACT, asks_figure, bare_label, buyer_runs, question_form
from socproc.classify.frameworks import (
    CERT_WORDS,
    FRAMEWORK_QUESTION,
    artifact_asked,
    credential_held,
    frameworks_named,
    held_and_sent,
)
from socproc.classify.gated import Gated, gate_words
from socproc.classify.implicit import (
    DESCRIBE,
    IMPLICIT_GATE,
    PUBLIC,
    PUBLIC_GATE,
    REQUEST,
    implicit_reports,
)
from socproc.classify.judge import (
    NOT_ASKED,
    access_ended,
    back_after_loss,
    change_notice,
    is_topical,
    judge_control,
    kept_through_condition,
    plan_for_breach,
    requester_confirmed,
    staff_trained,
)
from socproc.classify.knowledge import nearest
from socproc.classify.needs import NEEDS_OF_BITS, SOC1_BIT, SOC3_BIT, TYPE1_BIT, TYPE2_BIT, Decision
from socproc.classify.reports import FoundReports, explicit_reports, find_reports, soc2_type
from socproc.classify.text import fold, split_tokens
from socproc.classify.traps import bare_soc_sense
from socproc.criteria import CRITERION_ORDER
from socproc.model import Classification, Settings, SocNeed

_DEFAULT = Settings()
# Longer texts are cut: a requirement is a sentence or a paragraph, and the cap keeps the
# worst case bounded (classify must stay fast and total on any input).
_MAX_CHARS = 4000
# English function words: a question with none of them is in another language, where the
# English control catalog cannot judge the topic (cues.py speaks French, German, Spanish).
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "is",
        "are",
        "do",
        "does",
        "you",
        "your",
        "for",
        "with",
        "in",
        "on",
        "be",
        "have",
        "has",
        "can",
        "will",
        "how",
        "what",
    ]
)
DISJUNCTION = Gated(
    "o|either|equivalent|such as|if not|in lieu|alternatively|acceptable|accepted|gleichwertig",
    r"\bor\b|\beither\b|equivalent|\bsuch as\b|\bif not\b|in lieu of|alternatively|\bacceptable\b"
    r"|\baccepted\b|\bou\b|\boder\b|\bo\b|gleichwertig|equivalente?",
)
CATEGORY_WORDS: tuple[tuple[str, Gated], ...] = (
    (
        "security",
        Gated(
            "security|common criteria",
            r"\bsecurity\b|\bcommon criteria\b",
        ),
    ),
    (
        "availability",
        Gated(
            "availability|disponibilite|verfugbarkeit|disponibilidad",
            r"\bavailability\b|disponibilite|verfugbarkeit|disponibilidad",
        ),
    ),
    (
        "processing integrity",
        Gated(
            "processing integrity|integrite du traitement|verarbeitungsintegritat",
            r"processing integrity|integrite du traitement|verarbeitungsintegritat",
        ),
    ),
    (
        "confidentiality",
        Gated(
            "confidential|vertraulichkeit|confidencialidad",
            r"\bconfidentiality\b|\bconfidentialite|vertraulichkeit|confidencialidad",
        ),
    ),
    (
        "privacy",
        Gated(
            "privacy|vie privee|datenschutz|privacidad",
            r"\bprivacy\b|vie privee|datenschutz|privacidad",
        ),
    ),
)


# Forms that ask no control whatever financial words they hold: the company's revenue for its
# fiscal year, a price, where the ledger is kept are facts and terms.
# (what is bought and not used: a term's words beside a financial one)
_UNUSED = gate_words("unused leftover unspent prepaid")
_NOT_FINANCIAL = frozenset((F.FACT, F.HISTORY, F.LOCATION, F.COMMERCIAL, F.OUTSIDE))
# "if <condition>, " leading a question (a clause without a question mark or sentence end).
_condition = re.compile(r"if\b[^,.;:?]{2,160},\s*(?=\w)")
# An e-mail's greeting ("Hi,", "Hello Sam -") and a time before its ask ("before Friday's call
# could you send ..."): no part of the ask's form, which the words after them have.
_PREAMBLE_OPENS = (
    "hi",
    "hello",
    "hey",
    "dear",
    "good morning",
    "good afternoon",
    "before ",
    "ahead of ",
)
_preamble = re.compile(
    r"(?:(?:hi|hello|hey|dear|good (?:morning|afternoon))\b[^,.;:?!\-]{0,30}(?:[,.!:;]|\s-)\s*)?"
    r"(?:(?:before|ahead of)\b[^,.;:?]{2,60}?(?:,\s*|\s+)(?=(?:could|can|would|will) you\b|please\b))?"
)
_HISTORY_OPENS = ("has ", "have ")
_LOG_WORDS = frozenset(("log", "logs", "logged", "logging"))
_SIGN = {"out": "logout", "off": "logout", "in": "login", "on": "login"}
# What a log people keep by hand is of: a physical measure, or a day, shift or trip of work.
_KEPT_BY_HAND = frozenset(
    (
        "temperature", "humidity", "fuel", "mileage", "weight", "daily", "shift", "cleaning",
        "delivery", "dive", "flight", "driving", "fridge", "freezer", "rest", "hour",
    )
)  # fmt: skip
# ... unless the next word is what is done with logs ("daily log review").
_LOG_WORK = frozenset(
    (
        "review", "reviews", "reviewed", "monitoring", "monitored", "analysis", "retention",
        "management", "collection", "aggregation", "file", "files", "entry", "entries",
    )
)  # fmt: skip


# An account as a customer relationship ("a dedicated account team", "your account
# manager"): a sales role, not a user account.
_ACCOUNT_ROLES = frozenset(
    ("team", "teams", "manager", "managers", "executive", "executives", "director", "rep")
)


# Words of checking a figure or a process (a control over it), beside which what the product
# computes is not a mere feature.
_CHECKING = re.compile(
    r"\b(?:verif|check|review|approv|reconcil|accura|correct|complete|validat|test|sign|compar"
    r"|recomput|recalcul|error|exception|control|audit|sox|icfr|ledger|financial statement)"
)
_FEATURE_OPENS = ("do", "can", "will", "is", "are")
# The strong financial phrases that name the buyer's reporting or its reliance on the vendor
# (cues.py): beside them a computation is asked about as the books see it. The others name what
# the product computes with ("fee schedule", "pay rates"), which a feature may use unchecked.
_REPORTING = frozenset(
    (
        "icfr",
        "internal control over financial reporting",
        "internal controls over financial reporting",
        "financial reporting",
        "sox",
        "sarbanes oxley",
        "sox 404",
        "financial statement",
        "financial statements",
        "general ledger",
        "journal entries",
        "journal entry",
        "material misstatement",
        "user auditor",
        "user auditors",
        "fiscal year",
        "year end",
        "revenue recognition",
        "accounts payable",
        "accounts receivable",
        "sub ledger",
        "subledger",
        "control objectives",
    )
)


def _financial_feature(core: str, words: frozenset[str], signals: Mapping[str, str]) -> bool:
    """A product's own work on a financial figure asked as a feature ("Does your settlement
    software calculate prorations automatically?"): what the product does for its users, not a
    control over the buyer's books, unless a word of checking or reliance says one is asked."""
    if (
        signals.get("fin_strong") in _REPORTING
        or not core.startswith(_FEATURE_OPENS)
        or _CHECKING.search(core)
        # (the buyer's books said to take the figure: "reported at month end so we can accrue
        # them" is asked as the books see it)
        or books_named(core, words)
    ):
        return False
    return question_form(core, words)[0] == F.FEATURE


def _sign_ins(tokens: list[str]) -> list[str]:
    """'logs out' is signing out, not logging: one token, so no logging cue reads it (called
    only on tokens that hold a log word)."""
    out: list[str] = []
    for tok in tokens:
        if tok in _SIGN and out and out[-1] in _LOG_WORDS:
            out[-1] = _SIGN[tok]
        else:
            out.append(tok)
    return out


# Words in -ing before a log that name a system's own work, or are no work at all ("including
# logs", "missing logs"): a log of them is of system events.
_SYSTEM_ING = frozenset(
    (
        "monitoring", "auditing", "logging", "processing", "routing", "networking", "computing",
        "scanning", "hosting", "accounting", "debugging", "tracing", "printing", "messaging",
        "signing", "testing", "versioning", "provisioning", "patching", "tracking", "sharing",
        "caching", "filtering", "building", "deploying", "publishing", "banking", "billing",
        "streaming", "onboarding", "offboarding", "encrypting", "alerting", "reporting",
        "trading", "recording", "operating", "running", "matching", "learning", "training",
        "something", "nothing", "anything", "everything", "string", "thing", "things", "ceiling",
        "during", "including", "regarding", "following", "pending", "existing", "remaining",
        "missing", "incoming", "outgoing", "ongoing", "underlying", "corresponding", "concerning",
        "containing", "showing", "according", "resulting", "using", "having", "being",
        "keeping", "retaining", "storing", "reviewing", "collecting", "capturing", "exporting",
        "forwarding", "shipping", "centralising", "centralizing", "aggregating", "sending",
        "deleting", "protecting", "securing", "evening", "morning", "planning",
    )
)  # fmt: skip


def _work_done(word: str) -> bool:
    """Whether a word before a log names work people do ('feeding', 'grooming', 'watering'):
    a word kept by hand, or one in -ing that names no work of a system's."""
    return word in _KEPT_BY_HAND or (
        len(word) > 6 and word.endswith("ing") and word not in _SYSTEM_ING
    )


def _hand_records(tokens: list[str]) -> list[str]:
    """'temperature logs', 'daily logs' of a site, 'feeding logs' of each pet: a record people
    keep of a measure or of a day's or a task's work, not a record of system events ('daily
    logs of administrator access' are); one token, so no logging cue or control reads it."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if (
            tok in _LOG_WORDS
            and out
            and _work_done(out[-1])
            and (i + 1 == len(tokens) or tokens[i + 1] not in _LOG_WORK)
            # "temperature logs of privileged access": what follows "of" is a system's.
            and tokens[i + 1 : i + 2] != ["of"]
        ):
            out[-1] += "record"
        else:
            out.append(tok)
    return out


# What a log of items the business handles is of ("a log of every barcode scanned", "a log of
# each parcel delivered"): a record of the business's own work, not of system events.
_ITEM_ACTS = frozenset(
    (
        "scanned", "sold", "printed", "redeemed", "delivered", "collected", "shipped",
        "picked", "weighed", "dispensed", "loaded", "unloaded", "returned",
    )
)  # fmt: skip
_EVERY = frozenset(("every", "each", "all"))


def _item_records(tokens: list[str]) -> list[str]:
    """'a log of every barcode scanned': one token ('itemrecord'), so no logging cue or control
    reads it (called only on tokens that hold a log word, 'every/each/all' and an item act)."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if (
            tok in _LOG_WORDS
            and tokens[i + 1 : i + 2] == ["of"]
            and tokens[i + 2 : i + 3] != []
            and tokens[i + 2] in _EVERY
            and not _ITEM_ACTS.isdisjoint(tokens[i + 3 : i + 7])
        ):
            out.append("itemrecord")
        else:
            out.append(tok)
    return out


# What a system logs as an event of its own or of its users (access, sign-ins, changes, actions,
# requests, errors): what follows "logs every" when the logging is event logging (CC7.2).
_SYSTEM_EVENTS = gate_words(
    "access accesses accessed login logins logon logons sign signin attempt attempts event "
    "events change changes changed action actions activity activities request requests query "
    "queries session sessions user users admin admins administrator administrators error errors "
    "failure failures failed transaction transactions call calls command commands view views "
    "viewed read edit edits edited update updates updated delete deletes deleted deletion "
    "deletions export exports exported download downloads downloaded modification modifications "
    "modified connection connections alert alerts authentication authentications permission "
    "permissions privileged security opened open opens copied shared searched visited url urls "
    "packet packets traffic"
)


def _items_logged(tokens: list[str]) -> list[str]:
    """'the MES logs every wafer move': a system recording each item of the business's own work,
    named by no event of a system or its users, is the business's record ('itemrecord'), not
    event logging (called only on tokens that hold a log word and 'every/each/all')."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        after = tokens[i + 2 : i + 6]
        if (
            tok in _LOG_WORDS
            and tokens[i + 1 : i + 2] != []
            and tokens[i + 1] in _EVERY
            and after
            and _SYSTEM_EVENTS.isdisjoint(after)
        ):
            out.append("itemrecord")
        else:
            out.append(tok)
    return out


# What keeps a log of its own, or the vendor: a log it keeps is of events (CC7.2). People who may
# log something ("Can a ward clerk log each delivery from the tablet?") enter a record of their
# work in the product.
_LOGGERS = frozenset(
    (
        "you", "we", "i", "it", "they", "system", "systems", "app", "application", "platform",
        "service", "software", "tool", "product", "server", "servers", "database", "solution",
        "vendor", "admin", "admins", "administrator", "administrators", "security", "siem",
    )
)  # fmt: skip
_MODALS = frozenset(("can", "may", "could"))
# ... unless what they log is an access or an act of a system's users, which is event logging.
_ACCESS_EVENTS = frozenset(
    (
        "access", "accesses", "login", "logins", "logon", "logons", "signin", "activity",
        "activities", "action", "actions", "change", "changes", "security", "privileged",
        "attempts", "failed", "who", "into", "onto",
        # (... or a sign of trouble people report: "log a suspected phishing e-mail")
        "suspected", "suspicious", "phishing", "incident", "incidents", "breach", "breaches",
        "threat", "threats", "attack", "attacks", "malware", "vulnerability", "vulnerabilities",
    )
)  # fmt: skip


def _people_logs(tokens: list[str]) -> list[str]:
    """'Can technicians log the time spent on a job?', 'Can a nurse record the dressings
    changed?': people who may log or record an item enter a record of their work ('entrylog'),
    so no logging cue or control reads it (called only on tokens that hold a log word or
    'record' and open on 'can / may / could')."""
    for i in range(2, min(len(tokens) - 1, 6)):
        if tokens[i] in _LOG_WORDS or tokens[i] == "record":
            if (
                tokens[i + 1] not in _SIGN
                and _LOGGERS.isdisjoint(tokens[1:i])
                and _ACCESS_EVENTS.isdisjoint(tokens[i + 1 : i + 5])
            ):
                return [*tokens[:i], "entrylog", *tokens[i + 1 :]]
            break
    return tokens


def _account_roles(tokens: list[str]) -> list[str]:
    """'account team' is a sales role: one token ('salesteam'), so no account cue or control
    reads it."""
    out: list[str] = []
    for tok in tokens:
        if tok in _ACCOUNT_ROLES and out and out[-1] == "account":
            out[-1] = "sales" + tok
        else:
            out.append(tok)
    return out


# Integrity of what is not data or processing ("hardware integrity", "match integrity",
# "academic integrity", "structural integrity"): a thing's soundness or a contest's honesty,
# not the integrity of information a control protects (SI-7, PI1.x).
_NOT_DATA_INTEGRITY = frozenset(
    (
        "hardware", "match", "matches", "sporting", "sport", "sports", "competition", "game",
        "games", "academic", "research", "scientific", "structural", "physical", "mechanical",
        "electrical", "signal", "display", "monitor", "image", "brand", "editorial", "market",
        "personal", "professional", "moral", "seal", "pipeline", "asset", "tank", "building",
    )
)  # fmt: skip


def _integrity_of_things(tokens: list[str]) -> list[str]:
    """'hardware integrity': one token ('hardwareintegrity'), so no integrity cue or control
    reads it (called only on tokens that hold 'integrity')."""
    out: list[str] = []
    for tok in tokens:
        if tok == "integrity" and out and out[-1] in _NOT_DATA_INTEGRITY:
            out[-1] += "integrity"
        else:
            out.append(tok)
    return out


def _hyphen_ups(tokens: list[str], low: str) -> list[str]:
    """'top-ups', 'sign-ups', 'follow-ups': the second half of a hyphened word is no UPS (an
    uninterruptible power supply); one token ('topups'), so no power cue or control reads it
    (called only on tokens that hold 'ups')."""
    out: list[str] = []
    for tok in tokens:
        if tok == "ups" and out and f"{out[-1]}-ups" in low:
            out[-1] += "ups"
        else:
            out.append(tok)
    return out


# A "backup" that is a second choice of something of the business (a backup date, venue,
# driver or contact): an alternative kept in reserve, not a copy of data (A1.2). "backup site",
# "backup power" and "backup copy" are the recovery infrastructure and stay.
_ALTERNATIVES = frozenset(
    (
        "date", "day", "time", "slot", "venue", "contact", "person", "photographer", "driver",
        "option", "choice", "singer", "band", "dj", "caterer", "officiant", "supplier", "vendor",
        "courier", "carrier", "guide", "instructor", "coach", "host", "speaker",
    )
)  # fmt: skip


def _backup_alternatives(tokens: list[str]) -> list[str]:
    """'a backup date': one token ('backupchoice'), so no backup cue or control reads it (called
    only on tokens that hold 'backup')."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok == "backup" and i + 1 < len(tokens) and tokens[i + 1] in _ALTERNATIVES:
            out.append("backupchoice")
        else:
            out.append(tok)
    return out


# A word of protection said of goods or of a product's option ("knives sanitised before they are
# returned", "gowns delivered in tamper-evident bags", "a secret message on the wrapper", "glazing
# to guard the windows against vandalism"): the trade's own care of what it makes or handles,
# when the text names nothing information security protects (data, records, media, devices,
# systems, accounts, credentials, the premises); with any of them named the word is the
# protection of that asset (media sanitised, hardware tamper-evident, secrets managed, a site
# guarded) and stays.
_GOODS_CARE = gate_words(
    "sanitized sanitised sanitize sanitise sanitizing sanitising tamper secret"
)
_INFO_ASSETS = gate_words(
    "data information informations record records file files document documents certificate "
    "certificates log logs media medium device devices hardware firmware software system "
    "systems server servers drive drives disk disks laptop laptops computer computers phone "
    "phones tablet tablets network networks account accounts password passwords credential "
    "credentials key keys token tokens database databases backup backups tape tapes storage "
    "card cards badge badges access app apps application applications platform portal code "
    "api apis cloud email emails pii phi confidential personal vault vaults manager "
    "management rotation rotated scanning clearance variable variables environment "
    "facility facilities premises office offices building buildings site sites datacenter "
    "centre center centres centers endpoint endpoints workstation workstations cabinet "
    "cabinets rack racks equipment upload uploads input inputs content query queries field "
    "fields parameter parameters request requests"
)
# "secret" before a word is an adjective of the thing ("a secret message", "a secret recipe");
# "secrets" and a secret of the estate ("secret key", "secret manager") are credentials.
_SECRET_OF_ESTATE = frozenset(
    (
        "key", "keys", "manager", "managers", "management", "store", "stores", "vault",
        "scanning", "scanner", "rotation", "sharing", "detection", "value", "values",
    )
)  # fmt: skip
# "guard" as a verb of what the trade does to the goods ("to guard them against vandalism"):
# its object or "against" follows, or "to" precedes; "security guards", "a guard on the door"
# are people and stay.
_GOODS_GATE = _GOODS_CARE | {"guard"}
_GUARD_OBJECTS = frozenset(("them", "it", "against", "from", "each", "every", "the", "our"))


def _goods_care(tokens: list[str], low: str) -> list[str]:
    """'sanitizedgoods', 'tampergoods', 'secretgoods', 'guardgoods': one token, so no cue or
    protection act reads it (called only on tokens that hold such a word and name no asset)."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok == "secret":
            # (the adjective only: a word follows that names no credential's place)
            adjective = i + 1 < len(tokens) and tokens[i + 1] not in _SECRET_OF_ESTATE
            out.append("secretgoods" if adjective and "secrets" not in low else tok)
        elif tok in _GOODS_CARE:
            out.append(tok + "goods")
        elif (
            tok == "guard"
            and 0 < i < len(tokens) - 1
            and (tokens[i - 1] == "to" or tokens[i + 1] in _GUARD_OBJECTS)
        ):
            out.append("guardgoods")
        else:
            out.append(tok)
    return out


# "to protect" said of goods ("coated in oil to protect the leather from cracking", "sealed to
# protect them from stains", "wrapped in foam to protect it from knocks") and goods kept so "in
# transit" ("flowers kept chilled in transit", "cases that keep them frozen in transit"): the
# trade's care of what it makes or carries, when the text names nothing information security
# protects (see _INFO_ASSETS), no threat to it and no people whose safety or rights are
# asked, and, for transit, no word of encrypting or sending information. With any of them the
# word is the protection of that asset and stays.
_PROTECT_GATE = frozenset(("protect", "transit"))
_PROTECTED_OTHERWISE = gate_words(
    "security secure secured securing privacy confidentiality confidential integrity "
    "availability unauthorised unauthorized attack attacks attacker attackers threat threats "
    "malware ransomware virus viruses phishing intrusion intrusions breach breaches hacking "
    "hacker hackers fraud theft thieves stolen leak leaks leakage disclosure tampering misuse "
    "cyber cyberattack cyberattacks ddos denial exploit exploits spam bot bots identity "
    "identities customer customers client clients user users staff employee employees people "
    "person persons child children patient patients member members resident residents guest "
    "guests visitor visitors worker workers individual individuals public rights interests "
    "encrypt encrypts encrypted encryption tls ssl https vpn sftp cipher ciphers transmission "
    "transmitted transmit traffic communication communications message messages payment "
    "payments cash money funds "
    # (the service's own continuity: "to protect against power outages")
    "power outage outages fire fires flood floods flooding earthquake disaster disasters "
    "downtime failure failures interruption interruptions disruption disruptions loss losses"
)


# "drive" of a journey ("an hour's drive away", "a short drive from the depot"), not a disk
_DRIVE_OF_A_JOURNEY = re.compile(
    r"\b(?:hour|hours|minute|minutes|mile|miles|short|long|day's|hour's|minute's) drive\b"
    r"|\bdrive (?:away|from)\b"
)
_DRIVE = frozenset(("drive",))


def _no_asset_named(words: Collection[str], low: str) -> bool:
    """Whether a text names nothing information security protects (_INFO_ASSETS), a drive of
    a journey (_DRIVE_OF_A_JOURNEY) aside."""
    named = _INFO_ASSETS.intersection(words)
    return not named or (named == _DRIVE and _DRIVE_OF_A_JOURNEY.search(low) is not None)


def _goods_protected(tokens: list[str]) -> list[str]:
    """'protectgoods' for "to protect", 'transitgoods' for "in transit": one token, so no cue or
    protection act reads it (called only on tokens that hold such a word, name no asset and no
    word of _PROTECTED_OTHERWISE)."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok == "protect" and i and tokens[i - 1] == "to":
            out.append("protectgoods")
        elif tok == "transit" and i and tokens[i - 1] == "in":
            out.append("transitgoods")
        else:
            out.append(tok)
    return out


# A thing that comes back by itself after its power is lost ("Does the clock correct its own time
# after a power failure?", "Does the boiler restart by itself after a power cut?", "Do the gates
# return to their last position on their own after an outage of the mains?"): what the product
# does, a feature, when the text names nothing information security or continuity protects
# (see _INFO_ASSETS; a building or hall where the thing is fed from is only its setting, a
# service, operations, a generator or UPS, doors and locks, alarms and cameras are not) and no
# people. With any of them ("Do your servers restart by themselves ...", "Does the service
# recover on its own ...") the power lost is the service's continuity (A1.2) and stays.
_POWER_GATE = gate_words("power main mains electricity blackout blackouts")
_OWN_ACT_GATE = gate_words("itself themselves own")
_RECOVERY_ASSETS = _INFO_ASSETS - frozenset(("building", "buildings")) | gate_words(
    "service services operations operation business generator generators ups door doors "
    "lock locks locked alarm alarms camera cameras cctv customer customers client clients "
    "user users staff employee employees people patient patients member members resident "
    "residents guest guests visitor visitors"
)
_POWER_LOST = re.compile(
    r"\b(?:power|mains|electricity|electric(?:al)? supply)(?: supply)? (?:failures?|cuts?"
    r"|outages?|loss|interruptions?|goes off|went off|(?:returns?|comes? back|is restored) after)"
    r"\b|\b(?:loss|failure|outage|cut) of (?:the )?(?:power|mains|electricity)\b|\bblackouts?\b"
)
_OWN_ACT = re.compile(r"\b(?:by |on )?(?:itself|themselves|(?:its|their) own)\b")
_POWER_WORDS = frozenset(
    ("power", "main", "mains", "supply", "electricity", "electric", "electrical", "failure",
     "failures", "outage", "outages", "cut", "cuts", "loss", "blackout", "blackouts")
)  # fmt: skip


def _own_recovery(tokens: list[str]) -> list[str]:
    """'powerlost' for the words of the power lost (see _POWER_LOST): one token, so no cue or
    continuity control reads them (called only on texts that ask a thing's own act after its
    power is lost and name no asset of _RECOVERY_ASSETS)."""
    out: list[str] = []
    for tok in tokens:
        if tok in _POWER_WORDS:
            if not out or out[-1] != "powerlost":
                out.append("powerlost")
        else:
            out.append(tok)
    return out


# An intrusion alert or alarm a thing raises when something that is no person and no asset
# comes at it ("Do the hive monitors raise an intrusion alert when hornets attack the entrance?",
# "Does the pond sensor send an intrusion alarm when herons land on the netting?"): what the
# product watches for, a feature, when the text names nothing information security protects
# (see _INFO_ASSETS), no premises, door, window, fence or perimeter and no people or actors
# (someone, intruders, thieves, attackers, users, staff, visitors). With any of them the alert
# is the monitoring of the estate or the premises (CC7.2, CC6.4) and stays.
_INTRUSION_ASSETS = _INFO_ASSETS | gate_words(
    "door doors window windows fence fences perimeter room rooms warehouse warehouses store "
    "stores shop shops yard yards depot depots house houses home homes property properties "
    "vehicle vehicles van vans car cars someone somebody anyone anybody person persons people "
    "intruder intruders burglar burglars thief thieves attacker attackers hacker hackers "
    "unauthorised unauthorized staff user users visitor visitors employee employees stranger "
    "strangers trespasser trespassers human humans criminal criminals vandal vandals "
    "customer customers member members guest guests worker workers contractor contractors "
    "ids ips siem soc port ports scan scans traffic packet packets malware virus viruses login "
    "logins logon sign signin cyber threat threats breach breaches exploit exploits engineer "
    "engineers team teams analyst analysts responder responders"
)
_INTRUSION_WHEN = re.compile(
    r"\bintrusion (?:alerts?|alarms?|warnings?|notifications?|signals?)\b[^?.]{0,40}?"
    r"\b(?:when|if|whenever|once) (?!(?:\w+ed|triggered|seen|found|needed|necessary|possible"
    r"|appropriate|applicable|required)\b)"
)


# Leave one person gives another to do a thing of the service for them ("Can residents give a
# neighbour permission to book walks?", "let parents give a grandparent permission to collect
# their child"): a feature of who may act for whom, when no information, system or account is
# named (permission to view records or reach an account is access, CC6.1, and stays).
_GIVE_LEAVE = frozenset(("give", "gives", "grant", "grants", "giving", "granting"))


def _leave_to_act(tokens: list[str]) -> list[str]:
    """'permissiontoact': one token, so no access function reads it (called only on tokens
    that hold 'permission' and name no information asset)."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if (
            tok == "permission"
            and tokens[i + 1 : i + 2] == ["to"]
            and not _GIVE_LEAVE.isdisjoint(tokens[max(0, i - 4) : i])
        ):
            out.append("permissiontoact")
        else:
            out.append(tok)
    return out


def _on_loan(tokens: list[str]) -> list[str]:
    """'volumes on loan from our collections', 'paintings on loan to the museum': a thing lent,
    in the custody of the one who borrows it, not a loan of money (a financial process); one
    token ('onloan'), so no financial cue reads it (called only on tokens that hold 'loan')."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if (
            tok == "loan"
            and out
            and out[-1] == "on"
            and i + 1 < len(tokens)
            and tokens[i + 1] in ("from", "to")
        ):
            out[-1] = "onloan"
        else:
            out.append(tok)
    return out


# Keys of doors named as such: keys to a place ("keys to our branches", "the keys to the client's
# premises") or kept through a key register, log, safe, cabinet or cupboard ("signed out through
# a key register", "issued from a logged key cabinet"): physical access to the place (CC6.4),
# however the place is named, not a credential of the estate. A text that names a key of
# cryptography or software (encryption, signing, API, SSH, private or public keys, secrets,
# certificates, tokens, passwords, code) is left.
_KEY_WORDS = frozenset(("key", "keys"))
_DOOR_KEYS = re.compile(
    r"^(?![^?]*\b(?:encrypt\w*|crypto\w*|cipher\w*|signing|api|ssh|pgp|gpg|private|public|secrets?"
    r"|certificates?|tokens?|tls|ssl|hsm|kms|vaults?|passwords?|credentials?|code|software"
    r"|licen[cs]es?|rotat\w*|keyboards?|keystrokes?|key ?loggers?)\b)[^?]*?(?:\bkeys (?:to|for)"
    r" (?:our|the|your|their|its|each|every|all|[\w\-]+'s?) (?:[\w\-']+ ){0,2}?(?:premises"
    r"|sites?|buildings?|offices?|depots?|branch(?:es)?|rooms?|doors?|gates?|homes?"
    r"|houses?|propert(?:y|ies)|flats?|apartments?|stores?|shops?|warehouses?|yards?|sheds?"
    r"|halls?|schools?|churches|church|units?|lockers?|vans?|vehicles?|plants?|stations?"
    r"|compounds?|facilit(?:y|ies)|locations?|estates?)\b"
    r"|\bkey (?:registers?|cabinets?|safes?|box(?:es)?|cupboards?|presses|sign[\s\-]?out"
    r" (?:sheets?|books?|logs?)|holders? (?:lists?|registers?))\b)"
)


def _door_keys(tokens: list[str]) -> list[str]:
    """'physical access' before the first key of a door (see _DOOR_KEYS), so the cue of
    physical access reads it (called only on texts that _DOOR_KEYS matches)."""
    at = next(i for i, tok in enumerate(tokens) if tok in _KEY_WORDS)
    return [*tokens[:at], "physical", "access", *tokens[at:]]


# A sentence of context before the question that is asked ("Hawks sometimes chase a gull beyond
# the perimeter fence. Does each hawk wear a GPS tracker so it can be recovered?"): when neither
# names anything information security protects (see _INFO_ASSETS), no report, no money and no
# books, a word of security in the context ('perimeter', 'alarm') is the setting of the
# business's work, and the question asked alone decides. Context that names an asset ("We keep
# patient records with you. Who can see them?") or the buyer's books gives the question its
# subject and is kept.
_QUESTION_OPENS = frozenset(
    (
        "is", "are", "do", "does", "did", "can", "could", "will", "would", "should", "have",
        "has", "how", "what", "which", "who", "when", "where", "why", "may", "must", "shall",
    )
)  # fmt: skip


# (... and people's details, recordings and images, which a context sentence may name as what
# a question's "them" is)
_CONTEXT_ASSETS = _INFO_ASSETS | gate_words(
    "address addresses name names detail details recording recordings scan scans photo photos "
    "image images video videos footage number numbers message messages note notes history "
    "histories result results report reports form forms"
)
_CONTROL_PATHS = frozenset(
    ("cues", "near", "near-strong", "protective", "protection", "access", "foreign-cues")
)


def _asked_after_context(found: FoundReports) -> str | None:
    """The question after a sentence of context, in its own words, when the text is context
    then one question and no word of either names an information asset; None otherwise."""
    text = found.text.rstrip()
    if (
        not text.endswith("?")
        or found.soc
        or found.types
        or not _CONTEXT_ASSETS.isdisjoint(found.words)
    ):
        return None
    at = max(text.rfind(". ", 0, len(text) - 1), text.rfind("! ", 0, len(text) - 1))
    if at <= 0 or "?" in text[:at]:
        return None
    asked = text[at + 2 :].strip()
    first = asked.split(" ", 1)[0].lower()
    return asked if first in _QUESTION_OPENS else None


def _question_alone(
    found: FoundReports, made: Classification, path: str, default_type: SocNeed
) -> tuple[Classification, str]:
    """The call on the question alone after a sentence of context (_asked_after_context), where
    it needs no report and the whole text was read as a control from its words; else `made`."""
    if (
        path in _CONTROL_PATHS
        # (a control read from words; a report asked for or named is no word of the setting)
        and not made.frameworks
        and (asked := _asked_after_context(found)) is not None
    ):
        alone = _decide(find_reports(asked, fold(asked)), default_type)
        if not alone[0].soc_need:
            return alone
    return made, path


def _decide(found: FoundReports, default_type: SocNeed) -> tuple[Classification, str]:
    """The classification and the decision path it took (calibration.CONFIDENCE), reading the
    whole text (see _question_alone for the question after a sentence of context)."""
    low, tokens, words = found.low, found.tokens, found.words
    d = Decision()
    frameworks = frameworks_named(low, words)
    if "account" in words:  # (a set test: most texts name no account)
        tokens = _account_roles(tokens)
    if "integrity" in words:
        tokens = _integrity_of_things(tokens)
    if "ups" in words and "-ups" in low:
        tokens = _hyphen_ups(tokens, low)
    if "backup" in words and not _ALTERNATIVES.isdisjoint(words):
        tokens = _backup_alternatives(tokens)
    if not _GOODS_GATE.isdisjoint(words) and _INFO_ASSETS.isdisjoint(words):
        tokens = _goods_care(tokens, low)
    if (
        not _PROTECT_GATE.isdisjoint(words)
        and _PROTECTED_OTHERWISE.isdisjoint(words)
        and _no_asset_named(words, low)
    ):
        tokens = _goods_protected(tokens)
    if "permission" in words and _INFO_ASSETS.isdisjoint(words):
        tokens = _leave_to_act(tokens)
    if "loan" in words and "on loan " in low:
        tokens = _on_loan(tokens)
    if not _KEY_WORDS.isdisjoint(words) and _DOOR_KEYS.search(low):
        tokens = _door_keys(tokens)
    recovery = None
    if (
        "intrusion" in words
        and _INTRUSION_ASSETS.isdisjoint(words)
        and (recovery := _INTRUSION_WHEN.search(low))
    ):
        tokens = [("intrusionfeature" if tok == "intrusion" else tok) for tok in tokens]
    elif (
        not _POWER_GATE.isdisjoint(words)
        and not _OWN_ACT_GATE.isdisjoint(words)
        and _RECOVERY_ASSETS.isdisjoint(words)
        and _OWN_ACT.search(low)
        and (recovery := _POWER_LOST.search(low))
    ):
        tokens = _own_recovery(tokens)
    logs = not _LOG_WORDS.isdisjoint(words)
    if logs and (not _KEPT_BY_HAND.isdisjoint(words) or "ing " in low):
        tokens = _hand_records(tokens)
    if tokens and tokens[0] in _MODALS and (logs or "record" in words):
        tokens = _people_logs(tokens)
    if logs and not _EVERY.isdisjoint(words):
        if not _ITEM_ACTS.isdisjoint(words):
            tokens = _item_records(tokens)
        tokens = _items_logged(tokens)
    signals, cue_criteria, cues, strong = read_cues(_sign_ins(tokens) if logs else tokens)
    criteria: Sequence[str] = cue_criteria
    fin = financial_signals(signals, low, words)
    public = not PUBLIC_GATE.isdisjoint(words) and PUBLIC.found(low)
    # Cheap checks before calls that would find nothing: most texts ask for nothing, name no
    # framework, open on no "do", and name no SOC (each function checks the same first).
    asks = not REQUEST.words.isdisjoint(words) and REQUEST.found(low, words)
    request = asks and not DESCRIBE.found(low)
    artifact = artifact_asked(low, frameworks, request) if request or frameworks else None
    held = credential_held(low, frameworks) if not artifact and low.startswith("do") else None
    if artifact and low.startswith("do") and held_and_sent(low):
        held = artifact  # held, and asked to be sent: the document is what is asked
    artifact = artifact or held
    sense, sense_why = bare_soc_sense(found, d) if found.soc else (None, "")

    generic = explicit_reports(found, frameworks, d) if found.soc or found.types else []
    if sense == "report":
        generic.append("SOC")
    if d.needs or d.soc2:
        d.confidence = 0.95 if d.soc2_types or not d.soc2 else 0.9
        if {m[0] for m in found.soc} & {"umbrella", "soc"} == {"umbrella"} and d.needs == SOC1_BIT:
            d.confidence = 0.8
        if public and d.needs == SOC3_BIT:
            d.confidence = 0.95
    elif not (frameworks and not generic and not public) and (
        generic or not IMPLICIT_GATE.isdisjoint(words)
    ):
        implicit_reports(found, d, fin[0], public, generic, asks)
    if sense_why:
        d.reasons.append(sense_why)
    if not d.needs and not d.soc2:
        # A leading condition ("If the application is hosted, can ...", "If you answered yes
        # to X-04, are ...") is context: the form and the subject are those of the question
        # after it.
        core = _condition.sub("", low, count=1) if low.startswith("if ") else low
        if core is not low and (
            back_after_loss(tokens)
            or access_ended(tokens)
            or kept_through_condition(tokens)
            or plan_for_breach(tokens)
            or requester_confirmed(tokens)
        ):
            # ... unless the condition is a loss of the vendor's estate the question asks the
            # service back from ("If your data centre loses power, how quickly ..."), or a
            # person leaving whose access the question asks about ("If one of your staff
            # leaves, is their access removed?"), a breach the plan asked for is for ("If the
            # database were breached, is there a written plan ...?"), or a person asking for a
            # copy of their data whom the question asks to be made sure of
            core = low
        if core is low and low.startswith(_PREAMBLE_OPENS):
            core = _preamble.sub("", low, count=1) or low
            if core == low:
                core = low
        # The form is worked out when a branch reads it (most decide on other grounds first).
        # A financial text is read for its form only when it is a bare field ("Annual gross
        # revenue for the fiscal year"): a control over financial processing is asked with a verb.
        form = (
            question_form(core, words)
            if artifact
            or not (frameworks or (fin[0] and not bare_label(core) and not asks_figure(core)))
            else None
        )
        if form is None and fin[0] and core.startswith(_HISTORY_OPENS):
            # a financial word in a question about the past ("Has a payment ever gone to the
            # wrong person because of a fault?") is the subject of an event, not a control
            # over the books: the history form, where it is one, decides
            past = question_form(core, words)
            if past[0] == F.HISTORY:
                form = past
        if form is None and fin[0] and not _UNUSED.isdisjoint(words):
            # what the buyer bought and did not use, carried over or lost at a period's end
            # ("Do unused credits roll over at year-end?"): a term of the deal, whatever
            # calendar word of the books names the period
            term = question_form(core, words)
            if term[0] == F.COMMERCIAL:
                form = term
        if artifact and form and (form[0] == ARTIFACT or (frameworks and request) or held):
            d.reasons.append(f"asks for a non-SOC artifact ({artifact}) → no SOC report need")
            settle(d, "artifact")
        elif (
            frameworks
            and (CERT_WORDS.search(low) or not (strong or is_topical(nearest(tokens))))
            and not staff_trained(tokens)
        ):
            d.reasons.append(f"other framework only ({', '.join(frameworks)}) → no SOC report need")
            settle(d, "framework")
        elif sense == "other":
            settle(d, "soc-other")
        elif (
            set(criteria) <= {"CC5.3"}
            and FRAMEWORK_QUESTION.search(low)
            # "What are your standard payment terms?": another form asks it, "standard" is not
            # the subject
            and (form or question_form(core, words))[0] not in NOT_ASKED
        ):
            d.reasons.append("asks which standard or framework is followed → no SOC report need")
            settle(d, "standard-question")
        elif (
            fin[0]
            and not (form and form[0] in _NOT_FINANCIAL)
            and not _financial_feature(core, words, signals)
            # notice ahead of a change to what the buyer's finance team receives is the vendor
            # telling its customers (CC2.3), whatever the change touches
            and not change_notice(tokens)
        ):
            fin_cue = financial_cue(signals, low, words)
            control_criteria(d, criteria, cues, strong, fin, sense, fin_cue)
            d.path = "financial"
        elif core is not low and low.startswith("if ") and (run := buyer_runs(low)):
            d.reasons.append(
                f"asks about a deployment the buyer runs ('{run}'), outside the vendor's"
                " controls → no SOC report need"
            )
            settle(d, "buyer-runs")
        else:
            kind, kind_words = form or question_form(core, words)
            if recovery is not None and kind == F.CONTROL:
                # a thing's own act after its power is lost (see _own_recovery), or its alert
                # of something that is no person and no asset (see _INTRUSION_WHEN): a feature
                kind, kind_words = F.FEATURE, recovery.group()
            foreign = _ENGLISH.isdisjoint(words)
            asked = tokens if core is low else _account_roles(split_tokens(core))
            criteria = judge_control(
                d,
                kind,
                kind_words,
                asked,
                criteria,
                cues,
                strong,
                sense,
                foreign,
                found.words if asked is found.tokens else None,
            )
    if not d.needs and not d.soc2 and not d.reasons:
        d.reasons.append("no report, control or privacy cue → not a SOC-report need")
        settle(d, "no-cue" if len(tokens) <= 14 else "no-cue-long")

    # No call claims more than its path earned on the tune rows (calibration.CONFIDENCE): the
    # finer values set along a path (a named report, an implicit one, SOC 1) stay below it.
    d.confidence = min(d.confidence, CONFIDENCE[d.path])
    type_source: str | None = None
    if d.soc2:
        types, type_source = soc2_type(d, low, words, default_type)
        d.needs |= types
    all_criteria, categories = _ordered(tuple(criteria), frozenset(d.extra_criteria))
    if found.soc and d.needs & (
        TYPE1_BIT | TYPE2_BIT | SOC3_BIT
    ):  # a report-scope question may name categories
        named = {name for name, rx in CATEGORY_WORDS if rx.search(low)}
        categories = in_category_order(set(categories) | named)
    items = d.needs.bit_count() + len(frameworks) + (1 if artifact and not frameworks else 0)
    alternatives = bool(d.needs) and (
        (items >= 2 and bool(DISJUNCTION.search(low))) or "equivalent" in low
    )
    if alternatives:
        d.reasons.append("any one of the named items will do (alternatives)")
    if (
        cues
        and (d.needs or d.soc2)
        and not any(r.startswith(("control", "weak")) for r in d.reasons)
    ):
        d.reasons.append("cues: '" + "', '".join(cues[:5]) + "'")
    fields = (
        NEEDS_OF_BITS[d.needs],
        alternatives,
        all_criteria,
        categories,
        tuple(frameworks),
        _rounded(d.confidence),
        "; ".join(d.reasons),
        type_source,
        artifact,
        public,
    )
    # Many questions get the same call and wording: one shared (frozen) record per distinct
    # result is cheaper than building a frozen dataclass each time.
    made = _MADE.get(fields)
    if made is None:
        made = Classification(*fields)
        if len(_MADE) < _MADE_MAX:
            _MADE[fields] = made
    return made, d.path


# A confidence is one of few values (the paths' priors, less a step or two): each is clamped
# and rounded once, which costs a dozen times a dict lookup.
_ROUNDED: dict[float, float] = {}


def _rounded(confidence: float) -> float:
    got = _ROUNDED.get(confidence)
    if got is None:
        got = round(min(max(confidence, 0.05), 0.99), 2)
        if len(_ROUNDED) < 4096:
            _ROUNDED[confidence] = got
    return got


_MADE: dict[tuple[object, ...], Classification] = {}
_MADE_MAX = 16_384


@functools.lru_cache(maxsize=4096)
def _ordered(
    criteria: tuple[str, ...], extra: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The criteria, with the extra ones, in criteria order, and their categories in order
    (few distinct sets recur, so cached)."""
    ordered = tuple(sorted(set(criteria) | extra, key=CRITERION_ORDER.__getitem__))
    return ordered, in_category_order(categories_of(ordered))


def classify(text: str, settings: Settings | None = None) -> Classification:
    """Classify one requirement's text; pure and deterministic, never raises on a str."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    # The only setting classification reads; a str keys the cache far more cheaply than Settings.
    return _classify_cached(text[:_MAX_CHARS], (settings or _DEFAULT).default_soc2_type)


# Questionnaires repeat rows (HECVAT repeats its GNRL block on every tab; generated
# workbooks repeat templates); results are immutable, so a bounded cache is safe.
@functools.lru_cache(maxsize=16_384)
def _classify_cached(text: str, default_type: SocNeed) -> Classification:
    found = find_reports(text, fold(text))
    made, path = _decide(found, default_type)
    if made.soc_need and ". " in text:
        return _question_alone(found, made, path, default_type)[0]
    return made


def decision_path(text: str, settings: Settings | None = None) -> str:
    """The decision path `classify(text)` takes (a key of calibration.CONFIDENCE): what the
    calibration is measured by. Uncached; for evaluation, not for the pipeline."""
    default_type = (settings or _DEFAULT).default_soc2_type
    text = text[:_MAX_CHARS]
    found = find_reports(text, fold(text))
    made, path = _decide(found, default_type)
    if made.soc_need and ". " in text:
        return _question_alone(found, made, path, default_type)[1]
    return path
