"""Answers on particular practices the inventory states: AI training and switches, card data kept out, round-the-clock monitoring, staff access, backups, data centres, third parties holding data, passwords built into the software."""

from __future__ import annotations

import re
from functools import lru_cache

from socproc.inventory.load import Control
from socproc.mapping.holdings import Context
from socproc.mapping.signable.caveats import (
    _CAPITAL_WORD_RX,
    _OUTSIDE_PLACE_RX,
    _WORKING_HOURS_RX,
    _capitalised_names,
)
from socproc.mapping.signable.data_location import _hosting_orgs, _inventory_texts
from socproc.mapping.signable.frequency import parts_named
from socproc.mapping.signable.narrower import _CHOICE_RX, _PART_RX, _SENTENCE_RX
from socproc.mapping.signable.negation import _DENIAL_RX, _FULL_STOP_RX, _REGIONS, _places
from socproc.mapping.signable.quantities import _DURATION_RX, _N, _UNIT_HOURS, _UNITS, _count, _unit
from socproc.mapping.signable.scope import _FUTURE_RX, _PAST_RX
from socproc.mapping.signable.stating import _TO_COME_RX
from socproc.mapping.signable.subjects import specific_terms, subject_terms
from socproc.mapping.signable.vocab import _WORD_RX, NONE, Signed


def _as_said(control: Control) -> str:
    """A control's description as the fact an answer gives, with its id."""
    return f"{control.description.strip().rstrip('.')} (control {control.id})."


def ai_switch(ctx: Context, question: str) -> Signed:
    """Yes to "Can your solution's AI features be disabled by tenant?" where the approved
    answer on AI says the feature is off by default or until turned on, or that the customer's
    administrator can turn it on or off. NONE otherwise."""
    if not (
        _SWITCH_ASK_RX.search(question)
        and _AI_RX.search(question)
        and _FEATURE_RX.search(question)
        and not _TRAINING_ASK_RX.search(question)
    ):
        return NONE  # "Can customers opt out of AI training?" asks of the data, not a feature
    for answer in ctx.current_answers:
        if not (_AI_RX.search(answer.question) and _SWITCH_RX.search(answer.answer)):
            continue
        said = f"{answer.answer} (approved answer to: {answer.question})"
        if _NO_SWITCH_RX.search(answer.answer):
            # "... operators can switch it off ... Our no-show forecast ... cannot be switched
            # off": one feature can be, another cannot. For the reviewer.
            return Signed("", said, "answer")
        return Signed("Yes", said, "answer")
    return NONE


_NO_SWITCH_RX = re.compile(
    r"\b(cannot|can['’]t|may\s+not)\s+be\s+(switched|turned)\s+off\b|"
    r"\b(cannot|can['’]t)\s+be\s+disabled\b|\balways\s+(on|enabled)\b",
    re.I,
)


def card_data_kept_out(ctx: Context, question: str) -> Signed:
    """No to "Do your systems store, process, or transmit cardholder data?" (or "a product
    handling payment card data?") where an approved answer or a control keeps card data from
    the vendor ("card numbers never reach our systems", "we do not accept payment cards", or a
    denial of every act asked: "we do not store, process or transmit card numbers") and nothing
    in the inventory says the vendor handles it. NONE otherwise."""
    if not (_CARD_ASK_RX.search(question) and _CARD_ACT_ASK_RX.search(question)):
        return NONE
    if _CARD_CREDENTIAL_RX.search(question) or any(
        r.kind == "PCI DSS" and "service provider" in (r.title or r.scope or "").lower()
        for r in ctx.inventory.reports
    ):
        # "Are you PCI DSS compliant for card data?" asks of an attestation; a service
        # provider's attestation says the vendor handles card data.
        return NONE
    asked = {_CARD_ACTS[m.lower()[:5]] for m in _CARD_ACT_ASK_RX.findall(question)}
    texts = [
        (f"{a.answer} (approved answer to: {a.question})", "answer", a.answer)
        for a in ctx.current_answers
    ] + [
        (f"{c.description} (control {c.id}).", c.id, c.description) for c in ctx.inventory.controls
    ]
    if any(
        _CARD_HANDLED_RX.search(p) and not _DENIAL_RX.search(p)
        for _, _, text in texts
        for p in _PART_RX.split(text)
    ):
        return NONE
    for said, source, text in texts:
        if _CARD_NEVER_RX.search(text):
            return Signed("No", said, source)
        denied = _CARD_DENIED_RX.search(text)
        if denied is not None:
            acts = {_CARD_ACTS.get(w.lower()[:5], "") for w in _WORD_RX.findall(denied["acts"])}
            if "handle" in acts or ("handle" not in asked and asked <= acts):
                return Signed("No", said, source)
    return NONE


_CARD_ASK_RX = re.compile(
    r"\b(card\s*holder|payment\s+cards?|credit\s+cards?|debit\s+cards?|card\s+(data|numbers?))\b",
    re.I,
)


_CARD_ACT_ASK_RX = re.compile(r"\b(stor\w*|process\w*|transmit\w*|handl\w*)\b", re.I)


# Each act by its first letters: "stores", "processing", "handled".
_CARD_ACTS = {"store": "store", "stori": "store", "proce": "process", "trans": "transmit"}
_CARD_ACTS |= {"handl": "handle", "accep": "handle", "touch": "handle"}


_CARD_CREDENTIAL_RX = re.compile(
    r"\b(complian\w*|certif\w*|attest\w*|AoC|SAQ|RoC|report\s+on\s+compliance|audit\w*|"
    r"tokeni[sz]\w*|third[- ]part\w*|provider|processor)\b",
    re.I,
)


# Card data kept from the vendor at the door: "card numbers never reach our systems", "we do
# not accept payment cards", "no payment features".
_CARD_NEVER_RX = re.compile(
    # not "never reach Berth or Skipper": named products, which are not all the vendor's systems
    r"\bcard\s+(numbers?|data|details)\s+(never|do\s+not|does\s+not)\s+(reach|touch|enter|"
    r"pass\s+through)\b(?!\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "Card numbers for Girvi Pay are entered into hosted fields and never touch Girvi
    # servers": words between, none saying the vendor keeps them, and the vendor's systems as
    # what is never reached (not "never enter application logs").
    r"\bcard\s+(numbers?|data|details)\b(?:(?!\b(?:held|stored|kept|encrypted|retained|vault\w*|"
    r"hold|store|keep|retain)\b)[^.;]){1,80}?\b(never|do\s+not|does\s+not)\s+(reach|touch|enter|"
    r"pass\s+through)\s+(?:\w+\s+){0,4}?(systems?|servers?|environment|infrastructure|networks?|"
    r"platform)\b|"
    r"\bno\s+payment\s+(features?|functions?|functionality)\b|"
    r"\b(do\s+not|don['’]t|never)\s+(accept|handle|touch)\s+(payment\s+)?cards?\b",
    re.I,
)


# "we do not accept, store or process payment card data": the acts denied, listed.
_CARD_DENIED_RX = re.compile(
    r"\b(do\s+not|don['’]t|never|does\s+not)\s+(?P<acts>(\w+,?\s+){0,5}?(accept|store|process|"
    r"transmit|handle|touch))\b[^.;]{0,40}\b(cards?|cardholder)\b",
    re.I,
)


# "card numbers are stored", "we process card payments": the vendor handles card data.
_CARD_HANDLED_RX = re.compile(
    r"\b(card\s*holder\s+data|card\s+(numbers?|data|details|payments?))\b[^.;]{0,40}\b(stored|"
    r"processed|transmitted|kept|held|logged|recorded)\b|\b(we|our\s+\w+)\s+(store|process|"
    r"transmit|hold|keep|accept)\w*\b[^.;]{0,30}\b(card\s*holder|card\s+(numbers?|data|details|"
    r"payments?)|cards)\b|"
    # "Kwelder Fuel pump terminals read cards and send them to our Fuel server"
    r"\b(read|reads|capture|captures|take|takes|accept|accepts|swipe|swipes)\s+(payment\s+|"
    r"credit\s+|debit\s+|bank\s+)?cards\b(?![^.;]{0,40}\b(never|not)\b)|"
    r"\b(saves?|stores?|keeps?|holds?)\s+card\s+(numbers?|data|details)\b",
    re.I,
)


def ai_training(ctx: Context, question: str) -> Signed:
    """Whether customers' data is used to train or influence the AI model, as the approved
    answer on AI says: Yes where it tells of training on customers' data (some customers' is
    enough), No where it rules that out and tells of none. NONE otherwise."""
    if not (_TRAINING_ASK_RX.search(question) and _AI_RX.search(question)):
        return NONE
    # "Are call recordings used to train AI models?": the data asked, if it is a kind of data.
    kind = subject_terms(question) - _ai_training_terms()
    for answer in ctx.current_answers:
        if not _AI_RX.search(answer.question):
            continue
        said = f"{answer.answer} (approved answer to: {answer.question})"
        if kind and (found := _kind_trained(kind, answer.answer, said)).answer:
            return found
        if _TRAINED_ON_CUSTOMERS_RX.search(answer.answer):
            # Training on some customers' data says nothing of a kind of data it does not
            # name ("a model trained on telemetry" for call recordings).
            return NONE if kind else Signed("Yes", said, "answer")
        if _NOT_TRAINED_RX.search(answer.answer):
            if _CONDITION_WORD_RX.search(answer.answer):
                return NONE  # "not used to train it unless the customer opts in"
            if _trained_elsewhere(ctx) or any(
                _TRAINING_RX.search(p) and not _DENIAL_RX.search(p)
                for p in _PART_RX.split(answer.answer)
            ):
                # "... not used to train models. Vistorion's damage-estimation model is trained
                # by Vistorion, which uses inspection photos of customers": one use denied,
                # another told; for the reviewer.
                # "Our subcontractor labels customer images for model training" in a control:
                # the inventory says both; for the reviewer.
                return NONE
            return Signed("No", said, "answer")
    return NONE


def _kind_trained(kind: frozenset[str], text: str, said: str) -> Signed:
    """Whether the kind of data a question names is used for training, as the parts of an
    answer on AI that name it say: No where those on training deny it, and nothing of that
    data is said to be trained on ("... transcribed with a speech model; recordings are not
    used to train it"); NONE otherwise (a Yes needs the kind named in the training said)."""
    parts = [p for p in _PART_RX.split(text) if kind & subject_terms(p) and _TRAINING_RX.search(p)]
    if (
        parts
        and all(_DENIAL_RX.search(p) and not _CONDITION_WORD_RX.search(p) for p in parts)
        # "...; with consent we fine-tune our speech model on them": training on what is asked,
        # told by a pronoun in another part.
        and not any(
            _TRAINING_RX.search(p) and not _DENIAL_RX.search(p) and _PRONOUN_RX.search(p)
            for p in _PART_RX.split(text)
        )
    ):
        return Signed("No", said, "answer")
    return NONE


_PRONOUN_RX = re.compile(r"\b(them|it|these|those|such\s+\w+)\b", re.I)


# A denial with a condition: "never ... without written consent", "not ... unless opted in".
_CONDITION_WORD_RX = re.compile(
    r"\b(unless|without|except|only\s+if|only\s+when|opt(s|ed)?[- ]?(in|out)|consent)\b", re.I
)


@lru_cache(maxsize=1)
def _ai_training_terms() -> frozenset[str]:
    """The words of any question on AI training: what is left names the data asked about."""
    return subject_terms(
        "Is customer, client, user or institutional data, input, inputs, prompts, content or"
        " personal information used to train, fine-tune, improve or influence the AI,"
        " artificial intelligence, machine learning, ML, LLM or generative large language"
        " models, algorithms or training of the service or solution?"
    )


def _trained_elsewhere(ctx: Context) -> bool:
    """Whether a control or approved answer tells, without denying it, of customers' data
    used for model training."""
    texts = (
        *(c.description for c in ctx.inventory.controls),
        *(a.answer for a in ctx.inventory.answers),
    )
    return any(
        _CUSTOMER_TRAINING_RX.search(p) and not _DENIAL_RX.search(p)
        for t in texts
        for p in _PART_RX.split(t)
    )


_CUSTOMER_TRAINING_RX = re.compile(
    r"\b(customers?|clients?)\b[^.;]{0,60}\b(model\s+training|train(ed|ing)?\s+(the\s+|our\s+|a\s+)?models?)\b|"
    r"\b(train(ed|s)?|fine-tun\w*)\b[^.;]{0,40}\bon\b[^.;]{0,40}\b(customers?|clients?)['’]?\b",
    re.I,
)


_AI_RX = re.compile(
    r"\bAI\b|artificial\s+intelligence|machine[- ]learning|\bLLMs?\b|language\s+models?|generative",
    re.I,
)


_FEATURE_RX = re.compile(
    r"\b(features?|functionality|functions?|assistants?|capabilit\w*|tools?)\b", re.I
)


_SWITCH_ASK_RX = re.compile(r"\b(disabled?|turned\s+off|switched\s+off|opt(ed)?\s+out)\b", re.I)


# A feature off until the customer turns it on, or one the customer can turn off.
_SWITCH_RX = re.compile(
    r"\b(off\s+by\s+default|off\s+until|turned\s+off\s+unless|only\s+when\s+(an?\s+|the\s+)?\w+(\s+\w+)?"
    r"\s+turns\s+(it|them)\s+on|(can|may)\s+(enable\s+or\s+disable|disable|switch\s+(it\s+)?off|"
    r"turn\s+(it|them|the\s+\w+)\s+(on|off)))\b",
    re.I,
)


_TRAINING_ASK_RX = re.compile(
    r"\b(used|use|using)\b[^?]{0,30}\b(to\s+|for\s+)?(influence|train|training|improve|fine[- ]tune)\b",
    re.I,
)


# "we train on ... from all customers", "we trained it on site photos of customers who ...".
_TRAINED_ON_CUSTOMERS_RX = re.compile(
    r"\bwe\s+(train|trained|fine-tune|fine-tuned|retrain)\b[^.;]{0,80}\b(customers?|clients?|tenants?)\b",
    re.I,
)


_TRAINING_RX = re.compile(r"\b(train(s|ed|ing)?|re-?train\w*|fine-?tun\w*)\b", re.I)


_NOT_TRAINED_RX = re.compile(
    r"\b(not|never)\s+(been\s+|be\s+)?used\s+(to|for)\s+(train|training|fine-tun)|"
    r"\b(have\s+not|do\s+not|don't|never)\s+(use|used)\b[^.;]{0,60}\bto\s+train\b",
    re.I,
)


def owns_data_centre(ctx: Context, question: str) -> Signed:
    """No to "Does your company own the physical data center where the data will reside?"
    where the reports name the organisations that host the service (a cloud, a colocation
    facility) and nothing in the inventory speaks of a data centre of the vendor's own."""
    if not _OWN_DC_ASK_RX.search(question):
        return NONE
    names = sorted({org.name for org in _hosting_orgs(ctx)})
    if not names:
        return NONE
    texts = (
        *(c.description for c in ctx.inventory.controls),
        *(a.answer for a in ctx.inventory.answers),
    )
    if any(_OUR_DC_RX.search(t) for t in texts):
        return NONE
    said = f"{' and '.join(names)} host the service (subservice organisations of our reports)."
    return Signed("No", said, "subservice_orgs")


_OWN_DC_ASK_RX = re.compile(r"\bown\b[^?]{0,30}\b(physical\s+)?data\s*cent(er|re)s?\b", re.I)


_OUR_DC_RX = re.compile(
    r"\bour\s+own\s+(\w+\s+)?data\s*cent(er|re)s?\b|\bwe\s+own\b[^.;]{0,30}\bdata\s*cent", re.I
)


def backups_stay(ctx: Context, question: str) -> Signed:
    """No to "Do backups containing the institution's data ever leave the institution's data
    zone?" where a control or approved answer keeps the backup copies in the same country or
    jurisdiction ("encrypted snapshots are copied to a second AWS region in the same
    jurisdiction"), or keeps all data, backups named, within one country ("not stored or
    processed outside the United States"). NONE otherwise."""
    if not _BACKUPS_LEAVE_ASK_RX.search(question):
        return NONE
    texts = _inventory_texts(ctx)
    found = NONE
    kept: set[str] = set()  # the places the same-country sentences name
    elsewhere: set[str] = set()  # the places other backup sentences name
    for said, text, source in texts:
        if not _BACKUP_WORD_RX.search(text) or (
            _CHOICE_RX.search(text) and not _SAME_ZONE_RX.search(text)
        ):
            continue
        for part in _SENTENCE_RX.split(text):
            if not _BACKUP_WORD_RX.search(part):
                continue
            if _SAME_ZONE_RX.search(part):
                kept |= _places(part)
                found = found if found.answer else Signed("No", said, source)
            else:
                elsewhere |= _places(part)
        if not found.answer and _NOT_OUTSIDE_RX.search(text) and len(_places(text)) == 1:
            found = Signed("No", said, source)
            kept |= _places(text)
    # "Monthly archives are kept in AWS Glacier in Ireland" beside copies in the same country:
    # a copy kept in a place the same-country sentences do not name.
    return NONE if elsewhere - kept else found


_BACKUPS_LEAVE_ASK_RX = re.compile(
    r"\bbackups?\b[^?]{0,80}\b(leave|outside)\b[^?]{0,60}\bdata\s+zone\b", re.I
)


_BACKUP_WORD_RX = re.compile(r"\b(backups?|backed\s+up|snapshots?|backup\s+copies)\b", re.I)


_SAME_ZONE_RX = re.compile(r"\b(in|within)\s+the\s+same\s+(country|jurisdiction|state)\b", re.I)


_NOT_OUTSIDE_RX = re.compile(
    r"\b(not|never)\s+(stored|kept|processed|replicated)\b[^.;]{0,40}\boutside\b", re.I
)


def around_the_clock(ctx: Context, question: str) -> Signed:
    """Whether the vendor responds to incidents, or monitors for intrusions, at any hour
    ("on a 24 x 7 x 365 basis?"), as a control says it: Yes where security alerts are watched
    around the clock or page an on-call engineer at any hour; No to monitoring where a
    control denies a round-the-clock service ("we do not run a 24x7 security operations
    centre"). NONE otherwise."""
    if "continuous" not in subject_terms(question):
        return NONE
    respond = bool(_RESPOND_ASK_RX.search(question))
    if not (respond or _MONITOR_ASK_RX.search(question)):
        return NONE
    # What else the question asks ("staffed ... with Tier 1 and Tier 2 analysts") must be
    # said in the same sentence.
    rest = specific_terms(question) - specific_terms(_ROUND_THE_CLOCK_TEXT) - {"continuous"}
    soc = bool(_SOC_ASK_RX.search(question))
    for control in ctx.inventory.controls:
        sentences = _SENTENCE_RX.split(control.description)
        if soc and any(_DENIAL_RX.search(x) and _SOC_TEXT_RX.search(x) for x in sentences):
            # "we do not run a 24x7 SOC": No; "An MSSP monitors our alerts 24x7; we do not have
            # our own security operations centre": whether that is the vendor's SOC is the
            # reviewer's to say.
            watched = any(
                "continuous" in subject_terms(x)
                and _WATCHED_RX.search(x)
                and not _DENIAL_RX.search(x)
                for x in sentences
            )
            said = _as_said(control)
            return NONE if watched else Signed("No", said, control.id)
        for part in _SENTENCE_RX.split(control.description):
            if "continuous" not in subject_terms(part) or not rest <= subject_terms(part):
                continue
            if _FUTURE_RX.search(part):
                continue  # "We plan to hire a managed SOC to watch alerts around the clock"
            said = _as_said(control)
            if _DENIAL_RX.search(part):
                if not respond:
                    return Signed("No", said, control.id)
                continue
            if soc and not _SOC_TEXT_RX.search(part):
                continue  # "monitored around the clock by our on-call engineers" is no SOC
            if not _SECURITY_WORD_RX.search(part) and any(
                x is not part
                and _WORKING_HOURS_RX.search(x)
                and not _PAST_RX.search(x)
                and (
                    _OTHER_WATCH_RX.search(part)
                    or (_SECURITY_WORD_RX.search(x) and _ANSWERED_RX.search(x))
                )
                for x in sentences
            ):
                # "Datadog pages the on-call engineer 24 hours a day for availability. Security
                # alerts are triaged on weekdays": outages are answered at night, not incidents.
                return NONE
            if (
                _WATCHED_RX.search(part)
                # paged at any hour for some parts only ("for the EU and UK regions")
                or (respond and _PAGED_RX.search(part) and parts_named(part))
            ) and any(
                x is not part
                and _WORKING_HOURS_RX.search(x)
                and _ALERTS_RX.search(x)
                # "Before that, alerts were reviewed during business hours only": past.
                and not _PAST_RX.search(x)
                for x in sentences
            ):
                # "Our Pune team monitors alerts for the India deployment 24 hours a day.
                # Alerts from the US deployment are reviewed only during business hours", "...
                # page the on-call engineer around the clock for the EU and UK regions; Gulf
                # region alerts are read in Dubai business hours": round the clock for some,
                # not as asked of all.
                return NONE
            if not respond and any(
                x is not part
                and _DENIAL_RX.search(x)
                and _INTRUSION_RX.search(x)
                and _ON_NAMED_PART_RX.search(x)
                for x in sentences
            ):
                # "Sohar Grid Watch watches security alerts 24 hours a day ... There is no
                # intrusion detection on the Custody network": not watched for intrusions there.
                return NONE
            if _WATCHED_RX.search(part) and respond and _response_hours_kept(ctx):
                # "Vigia watches alerts 24 hours a day" beside "Vigia escalates alerts to our
                # on-call engineer between 08:00 and 22:00": watched at any hour, answered
                # only in those.
                return NONE
            if _WATCHED_RX.search(part):
                return Signed("Yes", said, control.id)
            if respond and _PAGED_RX.search(part):
                if _OTHER_ALERTS_RX.search(part) and any(
                    _WORKING_HOURS_RX.search(x) for x in sentences
                ):
                    # "availability alerts page the on-call engineer at any hour" beside
                    # "security alerts are reviewed during business hours": which incidents
                    # are answered at night is for the reviewer.
                    return NONE
                return Signed("Yes", said, control.id)
    return NONE


def _response_hours_kept(ctx: Context) -> bool:
    """Whether a control keeps the answer to alerts or incidents to some hours."""
    return any(
        _WORKING_HOURS_RX.search(x) and _ANSWERED_RX.search(x) and not _PAST_RX.search(x)
        for control in ctx.inventory.controls
        for x in _SENTENCE_RX.split(control.description)
    )


# What is answered: alerts or incidents ("emergency fixes ... reviewed the next working day"
# is no hour of answering).
_ANSWERED_RX = re.compile(r"\b(escalat\w*|incidents?|alerts?)\b", re.I)


_ALERTS_RX = re.compile(r"\balerts?\b", re.I)


# What is watched at any hour when it is not security: "for availability", "uptime".
_OTHER_WATCH_RX = re.compile(
    r"\b(availability|uptime|up-time|performance|capacity|outages?|downtime|latency|health\s+checks?)\b",
    re.I,
)
_SECURITY_WORD_RX = re.compile(r"\b(security|intrusions?|threats?|siem|attacks?)\b", re.I)


# Alerts of another kind than security: "availability alerts page the on-call engineer".
_OTHER_ALERTS_RX = re.compile(
    r"\b(availability|uptime|performance|capacity|infrastructure|outage)\s+alerts\b", re.I
)


# The question's words on the service itself; what else it asks must be said too.
_ROUND_THE_CLOCK_TEXT = (
    "continuous security operations operation center centre monitor monitoring monitors "
    "monitored intrusions intrusion ids respond response incidents incident capability "
    "basis environment alerts events watch operate operates run runs"
)


_RESPOND_ASK_RX = re.compile(r"\b(respond|response)\b[^?]{0,30}\bincidents?\b", re.I)


_SOC_ASK_RX = re.compile(r"\bsecurity\s+operations?\s+cent(er|re)s?\b", re.I)


# A security operations centre by name or as bought: "SOC", "MSSP", "managed detection".
_SOC_TEXT_RX = re.compile(
    r"\bsecurity\s+operations?\s+cent(er|re)s?\b|\bSOC\b(?!\s*[123])|\bMSSP\b|\bMDR\b|"
    r"\bmanaged\s+(security|detection)\b",
    re.I,
)


_MONITOR_ASK_RX = re.compile(
    r"\bmonitor\w*\s+(for\s+)?(intrusions?|security\s+(events|alerts))\b|"
    r"\bsecurity\s+operations?\s+cent(er|re)s?\b",
    re.I,
)


# Security alerts watched: "monitors SIEM alerts", "watches our SIEM alerts".
_WATCHED_RX = re.compile(
    r"\b(monitor\w*|watch\w*|review\w*)\b[^.;]{0,40}\b(siem|security|alerts?|events?|intrusions?)\b|"
    r"\b(siem|security)\s+alerts?\b[^.;]{0,30}\b(monitor\w*|watch\w*)\b",
    re.I,
)


# An alert that reaches someone at once: "page the on-call engineer", "can reach the on-call
# engineer" (one on call, not "can reach our engineers through the contact form"), "escalates
# to ..."; not "call" ending a hyphenated word ("the on-call engineer may deploy a fix").
_PAGED_RX = re.compile(
    r"(?<![-\w])(pages?|paged|calls?)\s+(the\s+|our\s+|an?\s+)?(on-call|engineers?|team)\b|"
    r"\breach(?:es|ed)?\s+(the\s+|our\s+|an?\s+)?on-call\b|\bescalat\w*",
    re.I,
)


def seen_from_abroad(ctx: Context, question: str) -> Signed:
    """Yes to "Can anyone outside Australia access our data?" where an approved answer or a
    control says people in another country can see the customer's data ("Our support partner
    in Manila, the Philippines, can view meeting metadata"). NONE otherwise: a list of places
    where people sit proves no one else cannot."""
    m = _OUTSIDE_PLACE_RX.search(question) if _SEEN_ASK_RX.search(question) else None
    if m is None:
        return NONE
    asked = _places(m[1])
    if not asked:
        return NONE
    inside = set(asked).union(*(_REGIONS.get(a, frozenset()) for a in asked))
    texts = _inventory_texts(ctx, answers_first=True)
    products = frozenset(w for w in ctx.product_words if re.search(rf"\b{w}\b", question))
    for said, text, source in texts:
        for part in _FULL_STOP_RX.split(text):
            seen = _VIEW_RX.search(part)
            # The denial that counts is the seeing's own ("no one in Manila can view"), not one
            # of another thing after it ("..., but not recordings").
            if (
                seen
                and not _DENIAL_RX.search(part[: seen.end()])
                and _places(part[: seen.start()]) - inside - _REGIONS.keys()
                and _of_products(part, products, ctx.product_words)
            ):
                return Signed("Yes", said, source)
    return NONE


def _of_products(part: str, asked: frozenset[str], products: frozenset[str]) -> bool:
    """Whether a sentence speaks of the products a question names: it names one of them
    outside a denial ("Sava Code ... can access Muisto data but not Saatto" is not of
    Saatto), or names none of the vendor's products (then it speaks of them all)."""
    if not asked:
        return True
    named = [m for w in asked for m in re.finditer(rf"\b{w}\b", part)]
    if not named:
        return not any(re.search(rf"\b{w}\b", part) for w in products)
    return any(not _DENIAL_RX.search(part[max(0, m.start() - 12) : m.start()]) for m in named)


# "Can anyone outside X access our data?", "Can staff located outside X view ...?".
_SEEN_ASK_RX = re.compile(r"\b(access|accessed|view|viewed|see)\b", re.I)


# Someone who sees the data: "can view patron records", "view candidate data through".
_VIEW_RX = re.compile(
    r"\b(can|may)\s+(view|access|see|read)\b(?=[^.;]{0,60}\b(data|records|details|documents|"
    r"contents?|information|files|metadata)\b)|\b(view|access)\s+(\w+\s+)?(data|records)\b",
    re.I,
)


def staff_access(ctx: Context, question: str) -> Signed:
    """Yes to "Does your staff (or third party) have access to institutional data through any
    means?" where an approved answer or a control says the vendor's people can see it
    ("Support staff in Porto ... can view customer data"): access by any means, as asked.
    NONE otherwise (no list of controls proves nobody can)."""
    if not _ACCESS_ASK_RX.search(question):
        return NONE
    texts = _inventory_texts(ctx, answers_first=True)
    for said, text, source in texts:
        for part in _SENTENCE_RX.split(text):
            if _CAN_SEE_RX.search(part) and not _DENIAL_RX.search(part):
                return Signed("Yes", said, source)
    return NONE


# "Does your staff (or third party) have access to institutional data through any means?"
_ACCESS_ASK_RX = re.compile(
    r"^\s*(do|does)\s+(your\s+)?(staff|employees|personnel|anyone|any\s+of\s+your\s+staff)\b"
    r"[^?]{0,40}\bhave\s+access\s+to\s+(institutional|customer|our|client|the\s+institution'?s)\s+"
    r"(data|information)\b",
    re.I,
)


# The vendor's people who can see the customer's data: "support staff ... can view ... data".
_CAN_SEE_RX = re.compile(
    r"\b(staff|engineers?|team|support|employees|administrators|dbas?|on-call)\b[^.;]{0,80}?"
    r"\b(can|may)\s+(view|access|see|read|open)\b[^.;]{0,60}\b(data|records|details|documents|contents?)\b",
    re.I,
)


# Intrusions or their detection named: "no intrusion detection on the Custody network" (a part
# named: "We do not run a network intrusion detection system" denies a tool, not the watching).
_INTRUSION_RX = re.compile(r"\bintrusions?\b|\bids\b|\bips\b", re.I)
_ON_NAMED_PART_RX = re.compile(r"\b(?:on|for|in)\s+(?:the\s+)?[A-Z][\w-]+")


def built_in_credential(ctx: Context, question: str) -> Signed:
    """Yes to "Are there any passwords hard-coded into your systems?" where a control says a
    password is part of the software itself: hard-coded, written or set in a firmware image,
    an installer or a source repository, or built into an app ("Every gateway has the same
    maintenance password, set in the firmware"). An admission the vendor states in its own
    words is a fact. NONE otherwise: a shared factory default an installer may change, an API
    key (no password), one kept in a repository until a date past or since removed, one named
    only to be banned, scanned for or avoided, or one a plan removes later than it is said to
    be there are not stated as what is asked (nor is a denial an admission). Only a question
    whether there are any is answered ("Do you scan for hard-coded passwords?" is not)."""
    if not _BUILT_IN_ASK_RX.match(question) or _DENIAL_RX.search(question):
        return NONE  # "Is it true that none of your products contains ...?" is not asked so
    vendor = set(ctx.inventory.vendor.split())
    products = [w for w in _capitalised_names(question) if w not in vendor]
    for control in ctx.inventory.controls:
        for part in _SENTENCE_RX.split(control.description):
            built_in = _BUILT_IN_RX.search(part)
            if built_in is None:
                continue
            # The denial that counts is the password's own ("are prohibited"), not a later
            # conjunct ("and cannot be changed") nor an earlier "without TLS".
            after = _NEXT_CONJUNCT_RX.split(part[built_in.end() :], maxsplit=1)[0]
            own = part[max(0, built_in.start() - 30) : built_in.end()] + after
            if (
                not _DENIAL_RX.search(own)
                and not _NOT_THERE_RX.search(part)
                and not _PAST_RX.search(part)
                and not _FUTURE_RX.search(part)
                and not _WAS_BUILT_IN_RX.search(part)
                # a product or part asked by name is named where the password is told
                and all(re.search(rf"\b{re.escape(w)}\b", part) for w in products)
            ):
                said = _as_said(control)
                return Signed("Yes", said, control.id)
    return NONE


# Whether there are any: "Are there any passwords/passphrases hard-coded into your systems?",
# "Do any of your products contain hard-coded passwords?", "Are passwords hard-coded in ...?";
# not "Do you scan for ...?", "Have all ... been removed?", "Are default or hard-coded
# passwords changed before deployment?".
_BUILT_IN_ASK_RX = re.compile(
    r"\s*(?:(?:are|is)\s+there\s+(?:any\s+)?|(?:do|does)\s+(?:any\s+of\s+)?(?:your|the|its)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:contain|have|include|use|ship\s+with|carry)\s+(?:any\s+)?|(?:are|is)\s+"
    r"(?:any\s+)?(?:of\s+your\s+)?)(?:[\w/-]+\s+){0,3}?(?:passwords?|passphrases?|passcodes?|"
    r"credentials?|secrets?)\b[^?]{0,40}?\b(?:hard[-\s]?coded|embedded\s+in(?:to)?\s+(?:the\s+|your\s+)?"
    r"(?:source\s+)?code)\b(?![^?]*\b(?:changed|removed|"
    r"scann\w*|detect\w*|eliminat\w*|replac\w*|rotat\w*)\b)|"
    r"\s*(?:(?:are|is)\s+there\s+(?:any\s+)?|(?:do|does)\s+(?:any\s+of\s+)?(?:your|the|its)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:contain|have|include|use|ship\s+with|carry)\s+(?:any\s+)?)hard[-\s]?coded\s+"
    r"(?:passwords?|passphrases?|credentials?|secrets?)\b",
    re.I,
)
# The next conjunct after what a sentence says of the password: "and cannot be changed".
_NEXT_CONJUNCT_RX = re.compile(r"\s+and\s+|[,;]\s*", re.I)
# A password named only to be kept out, looked for or gone: "rather than in the source code",
# "instead of the repository", "avoid", "blocks every commit that contains", "look for",
# "which version 5 removed", "has since been replaced", "until version 4.2".
_NOT_THERE_RX = re.compile(
    r"\b(?:rather\s+than|instead\s+of|avoid\w*|prohibit\w*|forbid\w*|ban(?:s|ned)?|block\w*|"
    r"look(?:s|ing)?\s+for|search\w*\s+for|check\w*\s+for|scan\w*\s+for|no\s+longer|"
    r"removed?|removes|eliminat\w*|replac\w*|retired|deleted|since\s+been|contained|"
    r"until\s+(?:version|release|v)\s*\d)\b",
    re.I,
)
_CREDENTIAL_TEXT = r"(?:passwords?|passphrases?|passcodes?|PINs?)"
# A password that is part of the software: "hard-coded service password", "whose password is
# written into the firmware image", "a password written in the job's configuration file in
# the Cobros repository", "contains a built-in service password", "installer contains a fixed
# password"; not one kept in a vault, nor a settings file on a customer's PC.
_BUILT_IN_RX = re.compile(
    rf"\b{_CREDENTIAL_TEXT}\b[^.;]{{0,140}}?\b(?:hard[-\s]?coded|(?:written|set|stored|kept|"
    r"embedded|built|baked|compiled|included)\s+(?:in|into|within)\s+(?:the\s+|its\s+|their\s+|"
    r"each\s+|every\s+|our\s+|an?\s+)?(?:[\w'’-]+\s+){0,12}?(?:firmware|installer|installation\s+"
    r"image|firmware\s+image|source\s+code|source|code\s*base|repository|repo|binary))\b|"
    rf"\b(?:hard[-\s]?coded|built-in|embedded)\s+(?:[\w-]+\s+){{0,2}}?{_CREDENTIAL_TEXT}\b|"
    r"\b(?:firmware|installer|image|app|application|binary)\s+(?:contains|carries|includes)\s+"
    rf"(?:an?\s+|one\s+)(?:fixed|built-in|hard[-\s]?coded|embedded)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_CREDENTIAL_TEXT}\b",
    re.I,
)
# Said of a time past: "was kept in a configuration file in the repository".
_WAS_BUILT_IN_RX = re.compile(
    r"\b(was|were|had\s+been)\s+(hard[-\s]?coded|written|set|stored|kept|embedded|built|"
    r"compiled|included)\b",
    re.I,
)


def passwords_hashed(ctx: Context, question: str) -> Signed:
    """Yes to "Are passwords stored salted and hashed?", "... in a form that is resistant to
    offline attacks" where a control says passwords are kept as hashes of a one-way key
    derivation function by name (Argon2, bcrypt, scrypt, PBKDF2): each salts and stretches by
    its design. NONE where no control says so, or where one says some passwords are kept
    otherwise (in plain text, reversibly encrypted) or only some passwords so."""
    if not _HASHED_ASK_RX.search(question) or _DENIAL_RX.search(question):
        return NONE
    if some_passwords_kept_otherwise(ctx, question):
        return NONE
    for control in ctx.inventory.controls:
        text = control.description
        for part in _SENTENCE_RX.split(text):
            if (
                _KDF_KEPT_RX.search(part)
                and not _DENIAL_RX.search(part)
                and not _FUTURE_RX.search(part)
                and not _SOME_PASSWORDS_RX.search(part)
            ):
                said = text.strip().rstrip(".")
                return Signed("Yes", f"{said} (control {control.id}).", control.id)
    return NONE


# Password storage asked: salted and hashed, a one-way key derivation function, resistant to
# offline attacks.
_HASHED_ASK_RX = re.compile(
    r"\bpasswords?\b[^?]{0,80}\b(?:salted|hashed|one-way|key\s+derivation|resistant\s+to\s+"
    r"offline)\b|\b(?:salt|hash)\w*\s+(?:\w+\s+){0,3}passwords?\b",
    re.I,
)
# Passwords kept as hashes of a named key derivation function.
# A one-way key derivation function by name.
_KDF = r"(?:argon2(?:id|i)?|bcrypt|scrypt|pbkdf2)"
_KDF_KEPT_RX = re.compile(
    rf"\bpasswords?\b[^.;]{{0,80}}\b(?:stored|kept|hashed|saved)\b[^.;]{{0,40}}\b{_KDF}\b", re.I
)


def password_expiry(ctx: Context, question: str) -> Signed:
    """Whether the accounts' passwords must be changed on a schedule as often as a question
    asks ("Does your application require user and system administrator password changes at a
    frequency no greater than 90 days?", "Do passwords expire every 90 days?"), from what the
    controls say of them: No where they never expire or users are not made to change them on a
    schedule, or where they expire less often than asked; Yes where every such statement has
    passwords in general (not one product's) change at least as often. NONE where the customer
    or a plan may set it, where statements disagree, where other credentials or other people's
    passwords are named (administrators', devices', databases', staff's), or where none is
    made. "Verify that there are no periodic credential rotation ... requirements" (ASVS) is
    No where the passwords' rotation is required."""
    asvs = bool(_NO_ROTATION_ASK_RX.search(question))
    if not asvs and (
        not _EXPIRY_ASK_RX.search(question)
        or not _PERIODIC_ASK_RX.search(question)
        or _NOT_EXPIRY_ASK_RX.search(question)
        or len(_DURATION_RX.findall(question)) > 1
    ):
        return NONE
    asked = _days_in(question)
    if asked is None and _FREQUENCY_WORD_RX.search(question):
        return NONE  # "at least annually", "every quarter": a limit not read here
    found: list[tuple[str, Control]] = []  # "never", "often", "seldom", "rotated" or "choice"
    for control in ctx.inventory.controls:
        for sentence in _FULL_STOP_RX.split(control.description):
            if not _PASSWORDS_RX.search(sentence):
                continue
            if _EXPIRY_WORD_RX.search(sentence) and _EXPIRY_CHOICE_RX.search(sentence):
                found.append(("choice", control))
                continue
            for clause in _EXPIRY_CLAUSE_RX.split(sentence):
                if _OTHER_CREDENTIAL_RX.search(clause):
                    if (
                        _ADMIN_RX.search(question)
                        and _ADMIN_RX.search(clause)
                        and (_EXPIRE_EVERY_RX.search(clause) or _NEVER_EXPIRE_RX.search(clause))
                    ):
                        found.append(("choice", control))  # administrators asked too: theirs
                    continue
                if (
                    _WILL_RX.search(clause)
                    or _FUTURE_RX.search(clause)
                    or _TO_COME_RX.search(clause)
                ):
                    continue  # "From January 2027 passwords will no longer expire"
                if _SOME_USERS_RX.search(clause) or _group_unsaid(question, clause):
                    found.append(("choice", control))  # "for users who sign in from abroad"
                    continue
                if _NEVER_EXPIRE_RX.search(clause):
                    found.append(("never", control))
                elif (every := _EXPIRE_EVERY_RX.search(clause)) is not None and not _PAST_RX.search(
                    clause
                ):
                    days = _days(every)
                    if asvs:
                        found.append(("rotated", control))
                    elif asked is not None and days > asked * 1.05:
                        found.append(("seldom", control))
                    elif _GENERAL_PASSWORDS_RX.match(clause):
                        found.append(("often", control))
                    else:
                        found.append(("choice", control))  # one product's: not all
    kinds = {kind for kind, _ in found}
    if not kinds or "choice" in kinds or (len(kinds) > 1 and not kinds <= {"never", "seldom"}):
        return NONE
    control = found[0][1]
    said = _as_said(control)
    if asvs:
        return Signed("No", said, control.id) if kinds == {"rotated"} else NONE
    return Signed("Yes" if kinds == {"often"} else "No", said, control.id)


def password_min_length(ctx: Context, question: str) -> Signed:
    """Whether the accounts' passwords must be at least as long as a question asks ("Verify that
    user set passwords are at least 12 characters in length", "Is the minimum password length
    at least 12?"), from the minimums the controls state of passwords themselves ("Passwords
    must be at least 14 characters", "The minimum password length is 12 characters"): Yes where
    every one is at least that long, No where one is shorter. NONE where a customer, a plan or a
    default sets it, where it is recommended rather than required, past or to come, where other
    credentials, systems or groups are named, or where some users sign in with a PIN or code."""
    m = _MIN_LENGTH_ASK_RX.search(question)
    if m is None or _NOT_LENGTH_ASK_RX.search(question):
        return NONE
    wanted = int(m["n"] or m["m"])
    vendor = frozenset(ctx.inventory.vendor.split())
    found: list[tuple[str, Control]] = []  # "long", "short" or "choice"
    for control in ctx.inventory.controls:
        if _SIGN_IN_CODE_RX.search(control.description):
            return NONE  # some users sign in with a PIN or a code: a shorter secret for them
        for sentence in _FULL_STOP_RX.split(control.description):
            if not _CHARACTERS_RX.search(sentence) or not (
                _PASSWORDS_RX.search(sentence) or _ACCOUNTS_RX.search(sentence)
            ):
                continue  # "Reading-room accounts need 8 characters" is a length of sign-in too
            for clause in _EXPIRY_CLAUSE_RX.split(sentence):
                lengths = [int(x or y or z) for x, y, z in _PASSWORD_LENGTH_RX.findall(clause)]
                if not lengths:
                    if _CHARACTERS_RX.search(clause):
                        found.append(("choice", control))  # another's length, or said otherwise
                    continue
                if (
                    len(lengths) > 1
                    or len(_CHARACTERS_RX.findall(clause)) > 1  # another thing's length beside it
                    or _OTHER_CREDENTIAL_RX.search(clause)
                    or _LENGTH_NOT_RULE_RX.search(clause)
                    or _WILL_RX.search(clause)
                    or _FUTURE_RX.search(clause)
                    or _PAST_RX.search(clause)
                    or _TO_COME_RX.search(sentence)
                    or _SOME_USERS_RX.search(clause)
                    or _group_unsaid(question, clause)
                    or _product_unsaid(question, clause, vendor)
                ):
                    found.append(("choice", control))
                    continue
                found.append(("long" if lengths[0] >= wanted else "short", control))
    kinds = {kind for kind, _ in found}
    if len(kinds) != 1 or "choice" in kinds:
        return NONE
    control = found[0][1]
    said = _as_said(control)
    return Signed("Yes" if kinds == {"long"} else "No", said, control.id)


# A minimum password length asked: "passwords are at least 12 characters", "a minimum
# password length of at least 12".
_MIN_LENGTH_ASK_RX = re.compile(
    r"\bpasswords?\b[^?.]{0,30}?\b(?:be|are|is|of)\s+at\s+least\s+(?P<n>\d{1,2})\s+characters?\b|"
    r"\bminimum\s+(?:password\s+)?length\s+(?:of\s+)?at\s+least\s+(?P<m>\d{1,2})\b",
    re.I,
)
# Not the accounts' minimum asked alone: another direction, other credentials or people, other
# times, or more asked beside it.
_NOT_LENGTH_ASK_RX = re.compile(
    r"\b(?:less|under|fewer|greater|more\s+than|exactly|permitted|accepted|accept|denied|ever|"
    r"complexity|rotat\w*|expir\w*|mfa|multi-factor|breach\w*|database|wi-?fi|root|vendor|"
    r"third[- ]party|local|contractors?|recovery|temporary|vpn|corporate|admin\w*|privileged|"
    r"service|devices?|default|pins?|keys?|tokens?|passphrases?|maximum|at\s+most|truncat\w*|can|"
    r"may|allow\w*|did|will|were|was|20\d\d)\b|\band\s+(?:do|are|is|have|must)\b|,\s+and\b",
    re.I,
)
# The minimum said of passwords themselves: "Passwords must be at least 14 characters (long)",
# "passwords at least 12 characters", "The minimum password length is 12 characters",
# "passwords of 12 characters or more".
_PASSWORD_LENGTH_RX = re.compile(
    r"\bpasswords?\s+(?:(?:must|need|needs|require|requires|have\s+to)\s+(?:be\s+|have\s+)?)?"
    r"(?:only\s+)?at\s+least\s+(\d{1,2})\s+characters?\b(?!\s+(?:from|of|each|special|upper|lower|"
    r"digit|class|symbol|numeric|non))|"
    r"\bminimum\s+password\s+length\s*(?:is|of|:)\s*(\d{1,2})\s+characters?\b|"
    r"\bpasswords?\s+of\s+(\d{1,2})\s+characters?\s+or\s+(?:more|longer)\b",
    re.I,
)
_CHARACTERS_RX = re.compile(r"\b\d{1,2}[- ]characters?\b", re.I)
_ACCOUNTS_RX = re.compile(r"\b(?:accounts?|users?|sign[- ]?ins?|log[- ]?ins?)\b", re.I)
# A length that is no rule: recommended, optional, not enforced, set by someone else, a
# group's or a plan's.
_LENGTH_NOT_RULE_RX = re.compile(
    r"\b(?:recommend\w*|advis\w*|should|encourag\w*|suggest\w*|ideally|not\s+(?:required|"
    r"enforced|mandatory)|no\s+requirement|as\s+short\s+as|strength\s+meter|can|may|could|"
    r"configurable|by\s+default|enterprise|premium|plans?|tiers?|for\s+(?:staff|employees|"
    r"contractors|finance|admin\w*|some|others)|kiosk|door|mailbox|shared|generated|temporary|"
    r"integrations?|recovery|hints?|usernames?|names?|ids?|numbers?|codes?|beginning|starting|"
    r"legacy|old|after\s+the|once|until)\b",
    re.I,
)
# A short secret to sign in with: "a 6-digit PIN", "a 4-digit code instead of their password",
# "a short numeric code", "a passcode".
_SIGN_IN_CODE_RX = re.compile(
    r"\b(?:pins?|passcodes?|numeric\s+codes?|(?:\d|four|five|six|eight)[- ]digit\s+codes?)\b", re.I
)


def _group_unsaid(question: str, clause: str) -> bool:
    """Whether a question asks of a group of people ("employee passwords", "workforce
    accounts") the clause does not name."""
    asked = {w.lower().rstrip("s") for w in _GROUP_RX.findall(question)}
    return bool(asked) and not asked & {w.lower().rstrip("s") for w in _GROUP_RX.findall(clause)}


def _product_unsaid(question: str, clause: str, vendor: frozenset[str]) -> bool:
    """Whether the question names a product ("Mannikin Pay user passwords") the clause does
    not name."""
    asked = {w for w in _capitalised_names(question) if w not in vendor}
    if _ALL_PASSWORDS_RX.search(clause):
        return False  # "All passwords must be ..." says it of Windows logons too
    return bool(asked) and not asked <= set(_CAPITAL_WORD_RX.findall(clause))


_ALL_PASSWORDS_RX = re.compile(r"\b(?:all|every|any)\s+(?:user\s+)?passwords?\b", re.I)


# Groups of people whose passwords may be asked apart.
_GROUP_RX = re.compile(
    r"\b(employees?|workforce|staff|personnel|contractors?|students?|teachers?|internal|"
    r"corporate|members?|patients?|clients?|partners?)\b",
    re.I,
)
# A clause said of some users or under a condition: "for users who sign in from outside
# Kenya", "for accounts flagged as high-risk", "when the customer turns on", "on request".
_SOME_USERS_RX = re.compile(
    r"\b(?:for|of)\s+(?!all\b|every\b|each\b)(?:[\w'’-]+\s+){0,3}?(?:users?|accounts?|members?|"
    r"people|those|anyone)\s+(?:who|that|whose|without|with|from|flagged|marked)\b|"
    r"\b(?:when|if|unless|where|while|whenever)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    r"(?:[\w'’-]+\s+)?(?:customers?|clients?|tenants?|admin\w*|organi[sz]ations?|schools?|plans?|"
    r"mfa|sso|single\s+sign)\b|"
    r"\b(?:when|if|unless)\s+(?:they|it|the\s+account|the\s+user)\s+(?:is|are)\s+(?:flagged|"
    r"marked|high-risk|privileged)\b|"
    r"\bduring\s+the\s+first\b|\bon\s+(?:customer\s+)?request\b|"
    r"\b(?:at|upon)\s+the\s+request\b",
    re.I,
)


def _days_in(question: str) -> float | None:
    """The longest interval a question allows, in days ("no greater than 90 days" → 90)."""
    m = _DURATION_RX.search(question)
    return None if m is None else _days(m)


def _days(m: re.Match[str]) -> float:
    """A duration matched as `n` and `unit` ("13 weeks", "six months"), in days."""
    return _count(m["n"]) * _UNIT_HOURS[_unit(m["unit"])] / 24


_FREQUENCY_WORD_RX = re.compile(
    r"\b(?:annual\w*|yearly|year|quarter\w*|monthly|month|weekly|week|daily|day)\b", re.I
)
# A password change, expiry or rotation asked, on a schedule.
_EXPIRY_ASK_RX = re.compile(
    r"\bpasswords?\b[^?]{0,80}?\b(?:chang\w*|expir\w*|rotat\w*)|"
    r"\b(?:chang\w*|expir\w*|rotat\w*)\b[^?]{0,30}?\bpasswords?\b",
    re.I,
)
_PERIODIC_ASK_RX = re.compile(
    r"\b(?:frequency|every|periodic\w*|regularly|interval|schedule|expir\w*|rotat\w*|at\s+least|"
    r"no\s+(?:greater|more|longer)\s+than)\b",
    re.I,
)
# Not a scheduled change of the accounts' passwords: users able to change them, defaults, a
# change after an event, history, warnings, temporary passwords, reset links, other
# credentials or people named alone, a question that asks the change be avoided.
_NOT_EXPIRY_ASK_RX = re.compile(
    r"\b(?:allow\w*|able|can|default|compromis\w*|breach\w*|history|logs?|logged|logging|"
    r"first\s+(?:log|sign)|leav\w*|reuse\w*|device\w*|service\s+accounts?|shared|vault|warn\w*|"
    r"notif\w*|remind\w*|before|temporary|one-time|reset|links?|terminat\w*|incident\w*|keys?|"
    r"tokens?|inactiv\w*|more\s+than\s+once|prevent\w*|minimum|avoid\w*|disabled?|removed?|"
    r"without|nist|privileged|root|database\w*|local|break-glass|network)\b|"
    # administrators asked without the users: another group's passwords
    r"^(?!.*\busers?\b).*\badmin\w*",
    re.I,
)
_NO_ROTATION_ASK_RX = re.compile(
    r"\bno\s+periodic\s+(?:credential|password)\s+(?:rotation|changes?|expiry)\b", re.I
)
_PASSWORDS_RX = re.compile(r"\bpass(?:word|phrase)s?\b", re.I)
_EXPIRY_WORD_RX = re.compile(r"\b(?:expir\w*|chang\w*|rotat\w*)", re.I)
_EXPIRY_CLAUSE_RX = re.compile(r";\s*")
_ADMIN_RX = re.compile(r"\badmin\w*", re.I)
_WILL_RX = re.compile(r"\bwill\b|\bfrom\s+\w+\s+20\d\d\b|\bonce\b", re.I)
# Other credentials or other people's passwords in a clause: tokens, keys, certificates,
# devices, databases, staff's corporate passwords.
_OTHER_CREDENTIAL_RX = re.compile(
    r"\b(?:tokens?|keys?|certificates?|sessions?|pins?|ssh|api|database\w*|root|devices?|"
    r"switch\w*|printers?|routers?|guest|wi-?fi|network|break-glass|local|laps|laptops?|phones?|"
    r"service\s+accounts?|employee\w*|corporate|administrators?|admins?|privileged|"
    r"accounts?\s+(?:protected|that|which)|sso)\b",
    re.I,
)
# The accounts' passwords said never to expire, or users not made to change them on a
# schedule ("we do not force periodic password changes", "never have to be changed").
_NEVER_EXPIRE_RX = re.compile(
    r"\bpass(?:word|phrase)s?\b[^.;]{0,220}?\b(?:never|do\s+not|does\s+not|don['’]t|no\s+longer)\s+"
    r"expire\b(?!\s+(?:until|before|for|within|sooner|earlier|in\s+(?:the\s+)?first)\b)|\bnever\s+(?:have|need)\s+to\s+be\s+changed\b|"
    r"\b(?:are|is)\s+never\s+(?:forced|required|made)\s+to\s+(?:be\s+)?(?:chang\w*|expire)\b|"
    r"\bno\s+(?:password[- ])?(?:expiry|expiration)\b|"
    r"\bno\s+(?:periodic|scheduled|forced|mandatory)\s+(?:password\s+)?(?:changes?|rotation|expiry|"
    r"resets?)\b|"
    r"\b(?:do|does|will|are|is|never)\s+(?:not\s+)?(?:force|forced|require|required|make|oblige|"
    r"obliged|ask)\w*\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:change|rotate)\s+(?:a\s+|their\s+|its\s+|the\s+|"
    r"it|them)?\s*(?:pass(?:word|phrase)s?\s+)?(?:periodically|regularly|on\s+a\s+(?:schedule|timer)|"
    r"at\s+(?:set|fixed|regular)\s+intervals)\b|"
    r"\b(?:do|does)\s+not\s+force\s+periodic\s+password\s+changes\b",
    re.I,
)
# Passwords that expire, or must be changed, on a schedule: "expire every 180 days".
_EXPIRE_EVERY_RX = re.compile(
    rf"(?:\bpass(?:word|phrase)s?\b[^.;]{{0,100}}?\b(?:expire[sd]?|changed|rotated|reset|renewed)|"
    rf"\bchange\s+(?:their|its|the|a)\s+pass(?:word|phrase)s?)\s+(?:at\s+least\s+)?(?:every|each)\s+"
    rf"(?P<n>\d+|{_N})\s+(?P<unit>{_UNITS})\b",
    re.I,
)
# The customer or a plan sets the expiry: "the customer's administrator can set password
# expiry", "agencies on the Reseau plan can make passwords expire".
_EXPIRY_CHOICE_RX = re.compile(
    r"\b(?:can|may|could)\s+(?:\w+\s+){0,3}?(?:set|configure|make|choose|enable|turn\s+on|"
    r"require|define)\b[^.;]{0,60}?\b(?:expir|chang|rotat)\w*|\bconfigurable\b|"
    r"\bon\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:plans?|tiers?|editions?)\b",
    re.I,
)
# Passwords in general, not one product's: "Passwords expire ...", "User passwords must ...".
_GENERAL_PASSWORDS_RX = re.compile(
    r"\s*(?:all\s+|our\s+|the\s+)?(?:(?:user|customer|account)\s+)?passwords?\b",
    re.I,
)


def some_passwords_kept_otherwise(ctx: Context, question: str) -> bool:
    """Whether how passwords are stored is asked ("salted and hashed", "resistant to offline
    attacks") and a control says some are kept in another form: no Yes, whichever fact gives it
    ("stored using PBKDF2" beside "the tablet app caches each password, scrambled")."""
    return bool(_HASHED_ASK_RX.search(question)) and any(
        map(_kept_otherwise, ctx.inventory.controls)
    )


def _kept_otherwise(control: Control) -> bool:
    """Whether a control says some passwords are kept in a form other than a salted one-way
    hash: in plain text, reversibly ("encrypted with AES-256 so that the export can reuse
    them", "cached, obfuscated, in the Windows registry"), as unsalted hashes, wherever a
    sentence on keeping the accounts' passwords names no key derivation function and no salt
    and denies nothing ("never stored in plain text"). Other things named by the word (reset
    tokens, policy settings, password hashes) and other passwords (staff vaults, Wi-Fi) are not
    the accounts' passwords, unless the sentence names those too."""
    return any(
        (
            _PLAIN_KEPT_RX.search(part)
            or (
                _ACCOUNT_PASSWORDS_RX.search(part)
                and _HANDLED_OPENLY_RX.search(part)
                and not _SALTED_HASH_RX.search(part)
                and not _HASHED_OR_IN_TRANSIT_RX.search(part)
            )
            or (
                _PASSWORD_KEPT_RX.search(part)
                and not (_SALTED_HASH_RX.search(part) and not _UNSALTED_RX.search(part))
                and (_ACCOUNT_PASSWORDS_RX.search(part) or not _OTHER_PASSWORDS_RX.search(part))
            )
        )
        and not _DENIAL_RX.search(part)
        and not _FUTURE_RX.search(part)
        for part in _SENTENCE_RX.split(control.description)
    )


# The password itself, not a thing named by the word ("password reset tokens", "password
# policy settings", "the last 12 password hashes").
_PASSWORD = (
    r"\bpasswords?\b(?!\s*(?:reset|policy|policies|settings?|managers?|hash|hashes|history|"
    r"rules?|requirements?|expiry|length|complexity|strength|changes?|prompts?|attempts?|age))"
)
_KEEP_VERBS = (
    r"stor(?:e|es|ed|ing)|keep(?:s|ing)?|kept|sav(?:e|es|ed|ing)|cach(?:e|es|ed|ing)|"
    r"retain(?:s|ed)?|persist(?:s|ed)?"
)
# A sentence on where or how passwords are kept: "keeps the passwords of ... encrypted",
# "caches the user's password, obfuscated", "holds customer passwords in the database".
_PASSWORD_KEPT_RX = re.compile(
    rf"\b(?:{_KEEP_VERBS})\b[^.;]{{0,60}}{_PASSWORD}|{_PASSWORD}[^.;]{{0,60}}\b(?:{_KEEP_VERBS})\b|"
    rf"\b(?:holds?|held|writes?|written|logs?|logged)\b[^.;]{{0,40}}{_PASSWORD}[^.;]{{0,40}}\bin\s+"
    r"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?(?:database|db|table|file|registry|config\w*|storage|"
    r"logs?|plain\s*text)\b",
    re.I,
)
# Kept as salted hashes: a key derivation function by name, or a salt said.
_SALTED_HASH_RX = re.compile(
    rf"\b{_KDF}\b|\bsalted\b|\bwith\s+(?:a\s+)?(?:per-user\s+|unique\s+|random\s+)?salt\b", re.I
)
_UNSALTED_RX = re.compile(
    r"\bunsalted\b|\bwithout\s+(?:a\s+)?salt\b|\bno\s+salt\b|\b(?:md5|sha-?1)\b|"
    r"\bencrypt\w*|\bplain\b|\bobfuscat\w*|\bre-?hash\w*|\bbefore\s+hashing\b",
    re.I,
)
# The accounts' own passwords named: "users' passwords", "customer passwords", "the passwords
# of legacy portal accounts".
_ACCOUNT_PASSWORDS_RX = re.compile(
    r"\b(?:users?|customers?|clients?|members?|accounts?|portal|patients?|students?|operators?)"
    r"(?:['’]s?)?\s+(?:(?!wi-?fi)[\w-]+\s+)?passwords?\b(?![\s-]*(?:age|fields?|recovery|reset|"
    r"changes?|policy|expiry|history|hash\w*))|\bpasswords?\s+of\s+(?:[\w-]+\s+){0,3}"
    r"(?:users?|customers?|accounts?)\b",
    re.I,
)
# A password hashed, or handled only on its way ("in transit", "over TLS"): not kept openly.
_HASHED_OR_IN_TRANSIT_RX = re.compile(
    r"\bin\s+transit\b|\b(?:tls|https|ldaps|ssl)\b|\bover\s+(?:the\s+)?(?:network|wire)\b|\bhash\w*",
    re.I,
)
# The accounts' passwords handled in a readable form: "encrypts each user's password with AES
# so administrators can view it", "the user's password is emailed", "writes each operator's
# password to a local file", "with the user's password in clear".
_HANDLED_OPENLY_RX = re.compile(
    r"(?:\bencrypts?\b|\be-?mailed\b|\bsent\s+(?:to|by)\b|\bwrites?\b|"
    r"\bwritten\b|\bkeychain\b|\bin\s+(?:the\s+)?clear\b|\bcan\s+(?:view|see|read)\b)",
    re.I,
)
# Passwords other than the accounts': staff vaults and managers, Wi-Fi, shared service
# credentials, what browsers save.
_OTHER_PASSWORDS_RX = re.compile(
    r"\b(?:wi-?fi|wireless|router|browser\w*|1password|vaults?|keepass|bitwarden|lastpass|"
    r"password\s+managers?)\b|\b(?:shared|service|team)\s+(?:\w+\s+)?passwords?\b",
    re.I,
)
# Some passwords kept otherwise: "in plain text", "reversibly encrypted", "in a spreadsheet".
_PLAIN_KEPT_RX = re.compile(
    r"\bpasswords?\b[^.;]{0,60}\b(?:in\s+plain\s*text|plaintext|in\s+clear\s*text|reversibl\w+|"
    r"base64|in\s+a\s+spreadsheet)\b",
    re.I,
)
# Some passwords only: "only staff passwords", "some passwords".
_SOME_PASSWORDS_RX = re.compile(r"\b(?:only|some)\s+(?:\w+\s+)?passwords?\b", re.I)
