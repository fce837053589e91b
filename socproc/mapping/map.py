"""map_requirement(): a classified requirement against the vendor's holdings → status, flags, answer."""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from socproc.inventory.check import BRIDGEABLE_KINDS
from socproc.inventory.load import ApprovedAnswer, Control, EvidenceDocument, Inventory, Report
from socproc.mapping.answers import claimed_reports, leading_choice, match_text, polarity
from socproc.mapping.days import _DAY, dated_start, said_before, source_dated_before, starts_on
from socproc.mapping.holdings import (
    TITLE_SUBJECT_RX,
    YES_NO_RX,
    Context,
    Outcome,
    add_months,
    asks_about_report,
    context_for,
    documents_for,
    expired,
)
from socproc.mapping.outcomes import framework_kind, outcome_for
from socproc.mapping.places import named_places
from socproc.mapping.reportfacts import (
    NOT_HELD,
    SCOPE_NOTE,
    STALE_NOTE,
    about_carve_out,
    asks_for_report,
    asks_of_every_report,
    attribute_answer,
    date_in,
    has_words,
    holding_answer,
    holds_named,
    name_left_out,
    named_kinds,
    other_credentials,
    part_named,
    part_outside,
    report_mentions,
    reports_compared,
    unheld_attribute,
)
from socproc.mapping.signable import (
    NONE,
    OTHER_ENTITY_RX,
    OWN_NAME_RX,
    PERSON,
    STATED_SHARE,
    Cue,
    Form,
    Signed,
    about_provider,
    admission_draft,
    affirms,
    ai_in_product,
    ai_switch,
    ai_training,
    answer_fits,
    answer_saying_otherwise,
    around_the_clock,
    asks_without_nda,
    backups_stay,
    below_minimum,
    built_in_credential,
    capitalised_names,
    card_data_kept_out,
    closer_withheld,
    company_based_in,
    company_where_asked,
    condition_added,
    contradicts,
    countries_in,
    country_named,
    counts_of,
    data_crosses_border,
    data_kept_in,
    dated_admission,
    dates_in_window,
    dedicated_staff,
    denies,
    denying_answer,
    denying_control,
    denying_since,
    documents_stating,
    employees_checked,
    event_told,
    excepted_elsewhere,
    exception_admitted,
    field_value,
    form_of,
    from_approved,
    from_document,
    how_often_choice,
    is_admission,
    item_clause,
    kept_outside,
    kept_within,
    kind_named_apart,
    leaves_part_out,
    legal_name_in,
    less_often_control,
    lesser_document,
    meets_minimum,
    mfa_offered,
    named_apart,
    named_choices,
    names_org,
    negated,
    not_a_certification,
    numbers_in,
    of_named_product,
    of_some_people,
    on_asked_product,
    only_denies,
    only_planned,
    optional_control,
    org_acts,
    org_is_subject,
    org_words,
    other_document,
    other_target,
    others_duty,
    others_left_out,
    others_report,
    overdue_control,
    owns_data_centre,
    part_left_out,
    password_expiry,
    password_min_length,
    passwords_hashed,
    plain_numbers,
    plan_narrowing,
    plan_told,
    product_outage,
    products_named,
    qualifier_unsaid,
    requested_items,
    same_ask,
    same_kind,
    second_item,
    second_item_unsaid,
    seen_from_abroad,
    set_aside_named,
    shared_accounts,
    short_of_bound_control,
    sign_in_modes,
    some_passwords_kept_otherwise,
    specific_terms,
    staff_access,
    states,
    stating_answer,
    stating_controls,
    stored_elsewhere,
    subject_terms,
    telling_answer,
    tells_a_date,
    tested_within,
    third_parties_holding_data,
    timed_only_control,
    told_apart,
    uptime_short,
    uses_hosting,
)
from socproc.mapping.signable.narrower import asked_as_its_yes, unmanaged_devices_elsewhere
from socproc.mapping.signable.stating import covers_unsaid, document_unsaid
from socproc.mapping.signable.subjects import _MONTHS
from socproc.mapping.wording import (
    choice_for,
    flag_names,
    held_document,
    lower_first,
    not_applicable_choice,
    period,
    sentence,
    unnumbered,
    unprefixed,
    without_lead,
    yes_no_choice,
)
from socproc.model import (
    AnswerSource,
    Classification,
    EvidenceItem,
    Flag,
    Mapping,
    Requirement,
    Settings,
    SocNeed,
    Status,
)

__all__ = ["evidence_items", "map_all", "map_requirement"]
# The similarity recorded for an approved answer to the same value question in other words.
SAME_ASK_SCORE = 0.9


def map_requirement(
    requirement: Requirement,
    classification: Classification,
    inventory: Inventory,
    as_of: date,
    settings: Settings | None = None,
    *,
    answers: Sequence[ApprovedAnswer] = (),
) -> Mapping:
    """Status, flags, evidence and suggested answer for one requirement (spec section 6).

    `answers` adds approved answers to the inventory's own (the `--answers` libraries).
    """
    ctx = context_for(inventory, as_of, settings or Settings(), answers)
    return _map(ctx, requirement, classification)


# An instruction on filling the cell after the question: "Please answer No if shorter.",
# "(Answer No if the period was shorter.)", "Select No if it has lapsed."; not a condition
# for a Yes ("Answer Yes only if it is enforced for all users"), which is part of what is asked.
_ANSWER_INSTRUCTION_RX = re.compile(
    r"(?<=\?)\s*\(?\s*(?:please\s+)?(?:answer|respond|reply|select|choose|mark|tick|enter|"
    r"indicate|put|write)\s+(?:with\s+)?[\"'“]?(?:no|n/?a)\b[^?]*$",
    re.I,
)


def map_all(
    pairs: Iterable[tuple[Requirement, Classification]],
    inventory: Inventory,
    as_of: date,
    settings: Settings | None = None,
    answers: Sequence[ApprovedAnswer] = (),
) -> list[Mapping]:
    """map_requirement over a questionnaire, sharing one holdings view and answer index."""
    ctx = context_for(inventory, as_of, settings or Settings(), tuple(answers))
    return [_map(ctx, req, cls) for req, cls in pairs]


def _map(ctx: Context, req: Requirement, cls: Classification) -> Mapping:
    settings = ctx.settings
    told = _ANSWER_INSTRUCTION_RX.search(req.question)
    if told is not None:
        # "... at least 12 months? Please answer No if shorter.": how to fill the cell is the
        # buyer's instruction, not part of what is asked (its "No" turns nothing round).
        req = replace(req, question=req.question[: told.start()].rstrip())
    if req.choices and " other " in req.question:
        # "laptops and other portable client devices?" and the buyer's own "Yes, we use
        # full-disk encryption for our laptop fleet": the claim the Yes signs is of laptops.
        req = replace(req, question=asked_as_its_yes(req.question, req.choices))
    if "," in req.question:
        # "at least 1,095 days": one number, not a clause ending in "1" and another in "095".
        req = replace(req, question=plain_numbers(req.question))
    match = ctx.index.match(req.question, req.question_id, settings.answer_threshold)
    if (
        match
        and OTHER_ENTITY_RX.search(req.question)
        and not OTHER_ENTITY_RX.search(match[0].question)
    ):
        # "Parent company name" and the answer approved for "What is your company's legal
        # name?": another company's name is asked.
        match = None
    if match and org_is_subject(ctx, req.question) and not org_is_subject(ctx, match[0].question):
        # "Does Wayang Proctor Services carry cyber insurance?" and the answer approved for
        # "Do you carry cyber insurance?": another organisation's, not ours.
        match = None
    if match and document_unsaid(req.question, match[0].answer, match[0].question):
        # "Do you have a documented patch management process?" and the answer approved for
        # "Do you patch systems promptly?": what is done, not that it is written down.
        match = None
    if match and covers_unsaid(req.question, match[0].answer, match[0].question):
        # "Does your cyber insurance cover ransomware losses?" and the answer approved for
        # "Do you carry cyber insurance?" ("EUR 2 million with Fidelidade"): what it covers is
        # not said.
        match = None
    if match and contradicts(req.question, match[0].answer):
        # "Do you have an internal DPO?" and the answer approved for "a DPO?": "Yes, our
        # external DPO is ...": the other kind.
        match = None
    if (
        match
        and numbers_in(req.question) - numbers_in(match[0].question)
        and not meets_minimum(req.question, match[0].answer)
    ):
        # "cyber insurance of at least $20M" asks what "Do you carry cyber insurance?" did
        # not: its answer ("$10M") is a similar answer for the reviewer, unless it states an
        # amount at least the one asked.
        short = match[0] if below_minimum(req.question, match[0].answer) else None
        match = None
    else:
        short = None
    if match is None and short is None:
        # "What uptime do you commit to?" and the answer approved for "What is your uptime
        # commitment?": the same value asked in other words.
        same = same_ask(ctx, req.question)
        match = (same, SAME_ASK_SCORE) if same is not None else None
    approved = match[0] if match else None
    outcome = outcome_for(ctx, req, cls, approved is None and bool(YES_NO_RX.match(req.question)))
    flags: set[Flag] = set(outcome.flags) if outcome else set()
    status = outcome.status if outcome else Status.REVIEW
    response = outcome.response if outcome else ""
    conflict = False
    if approved is not None:
        status, response, conflict = _with_answer(ctx, approved, outcome, req, cls)
        if conflict:
            flags.add(Flag.CONFLICT)
    form = form_of(req.question, req.choices)
    head = _IF_NOT_DESCRIBE_RX.search(req.question) if form is Form.YES_NO else None
    # "Does the environment provide for dedicated single-tenant capabilities? If not, describe
    # how ...": the cell answers the question before it; the description is the reviewer's.
    asked = replace(req, question=req.question[: head.start()].strip()) if head else req
    signed, supported = _sign(ctx, asked, cls, flags, approved if not conflict else None, form)
    follow = _FOLLOW_UP_RX.search(req.question)
    if follow and signed.answer == "Yes" and supported and not states(follow["ask"], signed.fact):
        # "Do you use MFA? If so, is it enforced for technicians?": the Yes to the first
        # question does not answer the one the cell is also for.
        signed, supported = Signed("", signed.fact, signed.source), False
    if short is not None and form is Form.YES_NO and not signed.answer:
        # "at least USD 10 million" and an approved "USD 5 million aggregate limit": No.
        signed, supported = _from_answer(short, False), True
    if not supported and status is Status.COVERED:
        # Topic relevance alone: the report is evidence to attach, not an answer (spec 6.1).
        status = Status.REVIEW
        flags.add(Flag.UNSTATED)
    elif supported and signed.answer and status is Status.REVIEW and not conflict:
        # A fact the inventory states answers a row the holdings alone left for review; a
        # truthful "not held" is a gap.
        status = Status.GAP if signed.source == NOT_HELD else Status.COVERED
    if req.hidden:
        flags.add(Flag.HIDDEN_ROW)
    if cls.confidence < settings.low_confidence:
        flags.add(Flag.LOW_CONFIDENCE)
        status = Status.REVIEW
    remedy = outcome.remedy if outcome else ()
    if status is Status.COVERED:
        # Only the bridge letter is a fix worth naming on a covered row (an advisory).
        remedy = tuple(r for r in remedy if r.startswith("request a bridge letter"))
    source = None
    if match:
        source = AnswerSource(match[0].source or ctx.origin, match[0].question_id, match[1])
    # No automatic answer: the nearest approved answers to other wordings, for the reviewer only
    # (never written into the filled copy by themselves).
    similar = (
        ()
        if match
        else ctx.index.similar(req.question, origin=ctx.origin, context=req.section or "")
    )
    value = cell_value(signed, req, approved if status is not Status.REVIEW else None, form)
    if value and supported and status is Status.GAP and signed.source != NOT_HELD:
        # The report the row needs is not held, but a fact answers the question as asked: the
        # answer is known and the assurance is missing, a partial row (spec 6.1 fills covered
        # rows and partials whose truthful answer is known; the remedy is kept).
        status = Status.PARTIAL
    # Written only where the buyer's file has a free place for it (an answer cell or box,
    # not one already answered): `filled` says what the filled copy holds.
    writable = bool(req.answer_ref) and not (req.answer and req.answer.strip())
    filled = bool(value) and supported and status is not Status.REVIEW and writable
    said = suggested(signed, response, status, supported)
    if form is Form.REQUEST and not req.choices and not YES_NO_RX.match(req.question):
        # "Please send your incident response plan": the plan and its terms, not "Yes. Our
        # plan ..." (the free cell holds the same words; a report asked is attached).
        said = without_lead(said)
    return Mapping(
        status=status,
        flags=flag_names(flags),
        evidence=outcome.evidence if outcome else (),
        suggested_response=said,
        remedy="" if status is Status.REVIEW else "; ".join(remedy),
        answer_source=source,
        answer=value if supported else "",
        filled=filled,
        similar_answers=similar,
    )


def _sign(
    ctx: Context,
    req: Requirement,
    cls: Classification,
    flags: set[Flag],
    approved: ApprovedAnswer | None,
    form: Form,
) -> tuple[Signed, bool]:
    """The answer a fact supports, and whether one does (spec 6.1)."""
    plain = form is Form.YES_NO and approved is None and not negated(req.question)
    # "If you hold SOC 2 and ISO 27001 certifications, are they current?": the lead decides.
    plain = plain and not (
        _IF_YOU_LEAD_RX.match(req.question) or _IF_REPORT_LEAD_RX.match(req.question)
    )
    # "Do your ISAE 3402 and SOC 2 treat X the same way?" compares the two, not asks of each.
    parts = _each_credential(req.question) if plain and not reports_compared(req.question) else ()
    if parts:
        # "Do you hold both a valid ISO 27001 and a valid ISO 13485 certificate?", "Are your
        # SOC 1 and SOC 2 reports free of exceptions?": asked of each, answered of each.
        return _all_of(
            [_signed(ctx, replace(req, question=q), cls, flags, None, form) for q in parts]
        )
    signed, supported = _signed(ctx, req, cls, flags, approved, form)
    lead = _IF_YOU_LEAD_RX.match(req.question)
    on_report = _IF_REPORT_LEAD_RX.match(req.question) if lead is None else None
    if on_report is not None:
        # "If your SOC 2 report noted exceptions, ...", "If the report period ended more than
        # three months ago, ...": the condition is a report attribute, read as one.
        said = attribute_answer(ctx, f"{on_report['cond']}?", frozenset())
        lead = on_report if said is not None and said.answer == "No" else None
    if (
        lead is not None and (on_report is not None or _condition_false(ctx, lead["cond"], signed))
    ) or (lead is None and on_report is None and _data_condition_false(ctx, req.question)):
        # "If you hold a PCI DSS AoC, is it for a service provider?" of a vendor with none:
        # neither Yes nor No is true of what does not apply. The buyer's own N/A is, where the
        # cell offers one; otherwise the reviewer words it.
        na = not_applicable_choice(req.choices)
        signed = Signed(na, signed.fact, _NOT_APPLICABLE if na else signed.source)
    if polarity(signed.answer) is not None and set_aside_named(req.question, signed.fact):
        # "Other than Hetzner, does your SOC 2 carve out any subservice organisation?" and the
        # carve-out of Hetzner: the Yes is the plain question's. The reviewer words the rest.
        signed = Signed("", signed.fact, signed.source)
    if polarity(signed.answer) is not None and negated(req.question):
        # "Is Privacy out of scope for your SOC 2?", "Do you lack a SOC 2 report?": a Yes or No
        # found for the question put the other way round would say the opposite; the fact is
        # the reviewer's to word.
        signed = Signed("", signed.fact, signed.source)
    if supported and not signed.answer and form in (Form.FIELD, Form.YES_NO):
        # A field ("Accessibility contact name") is answered by a value only, and a yes/no
        # question by a Yes or No: a document or a control on its topic that gives neither
        # (a question put in the negative, a report held whose scope is asked) does not make
        # the row covered. A report not held is still said to be a gap.
        supported = signed.source == NOT_HELD
    if (
        signed.answer == "Yes"
        and _ONLY_ASKED_RX.search(req.question)
        and not _ONLY_SAID_RX.search(signed.fact)
        # places are judged by where data is kept; a kind of site ("only in data centres")
        # is not a place, and a copy on a branch computer is somewhere else
        and not (_KEPT_WHERE_ASK_RX.search(req.question) and not _SITE_KIND_RX.search(req.question))
    ):
        # "Is customer data encrypted only in transit?" and "... in transit with TLS 1.2 and
        # at rest with AES-256": what is done is said, not that nothing else is.
        signed = Signed("", signed.fact, signed.source)
    if (
        signed.answer == "Yes"
        and approved is None
        and _one_product_of_several(ctx, req.question, signed.fact)
    ):
        # "Does your solution have AI features?" of a vendor with three products, where only
        # one has them: which product the buyer is assessing decides, for the reviewer.
        signed = Signed("", signed.fact, signed.source)
    if signed.answer == "Yes" and some_passwords_kept_otherwise(ctx, req.question):
        # "Are passwords salted and hashed?" and "the tablet app caches each password,
        # scrambled": some are not, whatever fact says the rest are.
        signed = Signed("", signed.fact, signed.source)
    if signed.answer == "Yes" and unmanaged_devices_elsewhere(
        req.question, req.choices, (c.description for c in ctx.inventory.controls)
    ):
        # "Are all laptops used by your support staff managed?" and a control on employee
        # laptops beside "agents work on their own laptops; we do not manage those": not all.
        signed = Signed("", signed.fact, signed.source)
    if signed.answer == "Yes" and of_some_people(req.question, signed.fact):
        # "Is training mandatory for all employees?" and "Permanent employees complete it ...;
        # seasonal staff get a leaflet instead": true of some of them, for the reviewer.
        signed = Signed("", signed.fact, signed.source)
    ruling = ctx.inventory.control(signed.source) if signed.answer == "Yes" else None
    if ruling is not None and only_planned(req.question, ruling.description):
        # A Yes to the present from a control that tells only of a plan: whatever rule read
        # it, what is planned is not done.
        signed = Signed("", signed.fact, signed.source)
    held = polarity(signed.answer) and signed.source not in ctx.control_words
    missing = _not_held(ctx, req.question) if approved is None and held else ()
    if missing:
        # "Provide your ISO certificate and Statement of Applicability": the certificate alone
        # does not make the whole request a Yes (a control that states a practice is judged
        # on its own words instead). The reviewer is told what is missing.
        return Signed("", f"Not in the inventory: {'; '.join(missing)}.", _MISSING), False
    return signed, supported


# A report or certificate named in a question: "SOC 2", "ISO 27001", "HITRUST", "PCI DSS".
_CREDENTIAL_RX = re.compile(
    r"\b(SOC\s*[123]|ISO(?:/IEC)?\s*\d{4,5}(?::\d{4})?|PCI(?:\s+DSS)?|HITRUST|FedRAMP|"
    r"ISAE\s*\d{4}|SSAE\s*\d+|CSA\s+STAR|Cyber\s+Essentials(?:\s+Plus)?|TISAX|IRAP)\b",
    re.I,
)
_JOINED_RX = re.compile(r"\band\b|\bas\s+well\s+as\b|&|\bplus\b", re.I)
_ALTERNATIVE_RX = re.compile(r"\bor\b|\beither\b|/|\bnor\b", re.I)
_BOTH_EACH_RX = re.compile(r"\b(both|each)\s+", re.I)
# What joins two credentials and nothing more: " and ", " and a ", ", as well as your ".
_JOIN_ONLY_RX = re.compile(
    r"\s*,?\s*(and|as\s+well\s+as|&|plus)\s+((a|an|the|your|our|its)\s+)?", re.I
)
# The nouns that go with a credential's name: "Type II report", "attestation of compliance".
_CREDENTIAL_NOUNS_RX = re.compile(
    r"(?:\s+(?:type\s+(?:ii|i|1|2)|reports?|certificates?|certifications?|attestations?"
    r"(?:\s+of\s+compliance)?|aoc|roc|audits?|assessments?|examinations?|level\s+\d|plus)\b)*",
    re.I,
)


def _each_credential(question: str) -> tuple[str, ...]:
    """The question asked of each report or certificate it joins with "and" ("Are both your
    SOC 1 and SOC 2 reports free of exceptions?" is asked of the SOC 1 and of the SOC 2); none
    where it names one, the same one twice, or offers them as alternatives ("SOC 2 or ISO")."""
    named = list(_CREDENTIAL_RX.finditer(question))
    if len({re.sub(r"\s+", "", m[0].lower()) for m in named}) < 2:
        return ()
    for a, b in itertools.pairwise(named):
        between = question[a.end() : b.start()]
        if len(between) > 60 or not _JOINED_RX.search(between) or _ALTERNATIVE_RX.search(between):
            return ()
    # Each as named with its own nouns ("SOC 2 Type II report", "PCI DSS AOC"); what follows
    # the last is asked of all ("... for TavoloCassa?").
    spans = [(m.start(), _nouns_end(question, m.end())) for m in named]
    head, tail = question[: spans[0][0]], question[spans[-1][1] :]
    joins = [question[b:c] for (_, b), (c, _) in itertools.pairwise(spans)]
    if any(_JOIN_ONLY_RX.fullmatch(j) is None for j in joins):
        # "Is your ISAE 3402 a Type II and your SOC 2 a Type I?": each says what it asks of
        # its own report, up to the "and" before the next.
        ends = [b + _join_start(j) for (_, b), j in zip(spans, joins, strict=False)]
        parts = [question[a:e] for (a, _), e in zip(spans, [*ends, len(question)], strict=True)]
        return tuple(_BOTH_EACH_RX.sub("", f"{head}{p.rstrip(' ,?')}?") for p in parts)
    return tuple(_BOTH_EACH_RX.sub("", f"{head}{question[a:b]}{tail}") for a, b in spans)


def _join_start(between: str) -> int:
    """Where the "and" that joins two credentials starts in the text between them."""
    m = _JOINED_RX.search(between)
    return m.start() if m else len(between)


def _nouns_end(question: str, at: int) -> int:
    """Where the nouns that go with a credential named before `at` end."""
    m = _CREDENTIAL_NOUNS_RX.match(question, at)
    return m.end() if m else at


def _all_of(each: list[tuple[Signed, bool]]) -> tuple[Signed, bool]:
    """One answer to a question asked of several things: No where one is No, Yes where every
    one is Yes, and otherwise what is known of each, for the reviewer."""
    said = " ".join(dict.fromkeys(s.fact for s, _ in each if s.fact))
    source = next((s.source for s, _ in each if s.source), "")
    denied = next((s for s, ok in each if ok and s.answer == "No"), None)
    if denied is not None:
        return Signed("No", said, denied.source), True
    if all(ok and s.answer == "Yes" for s, ok in each):
        return Signed("Yes", said, source), True
    return Signed("", said, source), False


def _one_product_of_several(ctx: Context, question: str, fact: str) -> bool:
    """Whether a fact says what a question asks of some of the vendor's products only, where
    the question names none: it names others without saying it of them ("Yonder File sits
    behind the Cloudflare WAF. Yonder Registry is reachable only from court networks" for "Are
    you using a WAF?"), or says it of one of several where "your solution" is asked ("Lamna
    Give suggests ask amounts with a model" for "Does your solution have AI features?")."""
    products = ctx.product_words - _NOT_PRODUCT_WORDS
    if len(products) < 2 or products_named(products, question):
        return False
    asked = specific_terms(question)

    def named(text: str) -> set[str]:
        return {w for w in products if re.search(rf"\b{re.escape(w)}\b", text)}

    sentences = _FACT_SENTENCE_RX.split(_PROVENANCE_RX.sub("", fact))
    # Said of a product where a sentence on what is asked names it, not where it is denied or
    # planned ("File and Registry use no AI. We are exploring ... for Registry").
    kept = [x for x in sentences if not _DENIED_OR_PLANNED_RX.search(x)]
    on_it = [x for x in kept if specific_terms(x) & asked]
    if not all(map(named, on_it)):
        # A sentence on what is asked that names no product says it of the whole service
        # ("Our business continuity plan is owned by the COO ...").
        return False
    said = set().union(*map(named, on_it or kept))
    if not said:
        return False  # a fact naming no product says it of them all
    if is_admission(question) or _ANY_ASK_RX.search(question):
        # "Have you had an unplanned disruption ...?", "Can any customer data be accessed
        # ...?": one product's is enough for a truthful Yes.
        return False
    others = set().union(*map(named, sentences)) - said
    return bool(others) or (len(said) < len(products) and bool(_SOLUTION_RX.search(question)))


_HOW_LONG_ASK_RX = re.compile(r"\s*(for\s+)?how\s+(long|many\s+(days|months|years))\b", re.I)
_DURATION_RX = re.compile(
    r"\b(\d+|one|two|three|six|twelve|a|an)\s+(business\s+)?(minutes?|hours?|days?|weeks?|months?|"
    r"years?)\b",
    re.I,
)
# A practice asked over a report's period: "throughout your SOC 2 audit period".
_DURING_REPORT_RX = re.compile(
    r"\b(throughout|during|over|across|for\s+the\s+whole\s+of|for\s+all\s+of)\s+(the\s+|your\s+|"
    r"its\s+)?([\w-]+\s+){0,5}?(audit|report|examination|observation|review|type\s+(ii|2)|soc\s*[123])\s+"
    r"(period|window)\b|"
    # "throughout the period of your latest SOC 2 Type II report", "over the period it covers"
    r"\b(throughout|during|over|across|for\s+the\s+whole\s+of)\s+the\s+(whole\s+)?(period|window)\s+"
    r"(of|covered\s+by)\s+(the\s+|your\s+|its\s+|our\s+)?([\w-]+\s+){0,6}?(report|audit|examination)\b|"
    # "in every quarter of your last SOC 2 period"
    r"\b(every|each)\s+(quarter|month|week|day|year)\s+of\s+(the\s+|your\s+|"
    r"its\s+)?([\w-]+\s+){0,5}?"
    r"(period|window)\b",
    re.I,
)
# When a period ended against the report's own day: "end more than 6 months before the date of
# the report", "prior to the opinion".
_PERIOD_END_ASK_RX = re.compile(
    r"\bperiods?\b[^?]{0,40}\bend(?:s|ed)?\b[^?]{0,60}\b(?:before|after|prior\s+to)\s+(?:the\s+|its\s+|"
    r"your\s+)?(?:date\s+of\s+(?:the\s+|its\s+|your\s+)?)?(?:report|opinion|issu\w*|letter|signing)\b",
    re.I,
)
_ANY_ASK_RX = re.compile(r"\b(any|ever)\b", re.I)
_HOW_OFTEN_ASK_RX = re.compile(r"\b(frequency|how\s+often|how\s+frequently|cadence)\b", re.I)
_REPORT_NATURE_RX = re.compile(
    r"\b(operating\s+effectiveness|design\s+(of|and)|over\s+a\s+([\w-]+\s+)?period|"
    r"point\s+in\s+time|"
    r"type\s+(i|ii|1|2)\s+(report|examination|audit)|suitability)\b",
    re.I,
)
# Unless what is asked is the findings themselves ("Did your auditor find any exceptions?"),
# which the report's attributes answer.
_NO_FINDING_ASKED = (
    r"(?![^?]*\b(exceptions?|problems?|issues?|deviations?|findings?|deficienc\w*)\b)"
)
# What a report says or its auditor found: "according to your SOC 2", "per the report", "did
# your auditor confirm / find / verify ...".
_PER_REPORT_ASK_RX = re.compile(
    r"\b(according\s+to|per|as\s+(stated|reported|tested)\s+in)\s+(your|the)\s+"
    r"(soc\s*[123]|audit|report|attestation|auditor)|"
    r"\b(did|has|have|does)\s+(your|the)\s+(soc\s*[123]\s+)?(service\s+)?auditors?\s+"
    r"(find|found|confirm|confirmed|verify|verified|test|tested|observe|observed|conclude|"
    r"concluded|attest|attested)\b" + _NO_FINDING_ASKED + "|"
    # "Did your 2029 SOC 2 Type II confirm that ...?"
    r"\b(did|does|has)\s+(your|the)\s+[^?]{0,30}?\b(soc\s*[123]|report|audit)\b[^?]{0,20}?\b"
    r"(confirm|find|show|verify|state|conclude)\w*\b" + _NO_FINDING_ASKED,
    re.I,
)


_FACT_SENTENCE_RX = re.compile(r"(?<=[.;])\s+")
_DENIED_OR_PLANNED_RX = re.compile(
    r"\b(no|not|never|none)\b|n['’]t\b|"
    r"\b(plan(s|ned|ning)?\s+to|planned|explor\w*|roadmap|future|will)\b",
    re.I,
)
_SOLUTION_RX = re.compile(
    r"\b(?:your|the)\s+(?:solution|product|software|application|service|platform|system)\b", re.I
)
# Words the product finder picks up that name no product: legal forms and the like.
_NOT_PRODUCT_WORDS = frozenset(
    [
        "Inc",
        "Ltd",
        "Limited",
        "GmbH",
        "Oy",
        "Pty",
        "LLC",
        "DMCC",
        "AG",
        "SA",
        "plc",
        "Technologies",
        "Systems",
        "Services",
        "Software",
        "Group",
        "Holdings",
        "The",
        "ISMS",
        "Enterprise",
        "Android",
        "Business",
    ]
)


def _not_held(ctx: Context, question: str) -> tuple[str, ...]:
    """What a request for several things names and the vendor does not hold (a report of its
    kind, a bridge letter, or a document whose title and topics hold its words); () for a
    question that is not such a request."""
    items = requested_items(question)
    if len(items) < 2:
        return ()
    reports = ctx.inventory.reports
    missing: list[str] = []
    for item in items:
        kinds = named_kinds(item)
        if kinds:
            held = all(any(r.kind in k for r in reports) for k in kinds)
        elif _BRIDGE_ITEM_RX.search(item):
            held = any(r.kind == "bridge letter" for r in reports)
        elif _REPORT_PART_RX.search(item):
            # The system description, management's assertion and the opinion are parts of a
            # SOC report: held with it.
            held = any(r.kind in BRIDGEABLE_KINDS for r in reports)  # the SOC and ISAE kinds
        else:
            held = bool(documents_stating(ctx, item))
        if not held:
            missing.append(_item_name(item))
    return tuple(missing)


def _item_name(item: str) -> str:
    """ "your Statement of Applicability." → "Statement of Applicability"."""
    return _ARTICLE_RX.sub("", item.strip().rstrip(".;:")).strip()


_ARTICLE_RX = re.compile(r"^(the|your|our|a|an|any|all|copies of|a copy of)\s+", re.I)
# The source of a request's missing items, told to the reviewer in the draft.
_MISSING = "missing"
# The source of an N/A: the question's own condition is false of the vendor.
_NOT_APPLICABLE = "not applicable"
_BRIDGE_ITEM_RX = re.compile(r"\b(bridge|gap)\s+letters?\b", re.I)
_REPORT_PART_RX = re.compile(
    r"\b(system description|description of (the|your) system|management'?s? (assertion|response)|"
    r"(auditor|service auditor)'?s? (opinion|report)|opinion letter|complementary user entity|"
    r"cuecs?)\b",
    re.I,
)


def _signed(
    ctx: Context,
    req: Requirement,
    cls: Classification,
    flags: set[Flag],
    approved: ApprovedAnswer | None,
    form: Form,
) -> tuple[Signed, bool]:
    question = req.question
    kind = not_a_certification(question) if form is Form.YES_NO else ""
    if kind:
        # "Is the HIPAA assessment a certification?": an assessment is not one, whatever the
        # inventory holds.
        article = "An" if kind[:1].lower() in "aeiou" else "A"
        return Signed("No", f"{article} {kind} is not a certification.", NOT_HELD), True
    if (
        approved is not None
        and (
            said_before(approved.answer, ctx.as_of)
            or source_dated_before(approved.source, ctx.as_of)
        )
        and not _PAST_TENSE_RX.match(question)
    ):
        # "As of our 2024 questionnaires, all customer data is stored only in the United
        # States", answered in 2026: true then, not said of now. A draft for the reviewer.
        return Signed("", approved.answer, "answer"), False
    if approved is not None:
        value = country_named(question, approved.answer) or (
            # a field, or "What is the registered legal name of your company?" (the approved
            # question itself keeps the approved words)
            legal_name_in(question, approved.answer)
            if form is Form.FIELD
            or (form is Form.DESCRIBE and match_text(approved.question) != match_text(question))
            else None
        )
        if value is not None and not YES_NO_RX.match(question):
            # "Country of Company Headquarters" takes the country of the approved address, a
            # legal name field the name without "a Delaware corporation".
            return Signed(value, approved.answer, "answer"), True
        if (
            _VALUE_ASK_RX.match(question)
            and YES_NO_RX.match(approved.question)
            and not states(question, unprefixed(approved.answer))
        ):
            # "Who is your insurance carrier?" asks a value the answer to "Do you carry cyber
            # insurance?" need not hold: unless its words state it ("underwritten by ..."),
            # they are a draft for the reviewer.
            return Signed("", approved.answer, "answer"), False
        reused = from_approved(approved.answer)
        other_question = match_text(approved.question) != match_text(question)
        if other_question and _to_come(question) and not _to_come(approved.question):
            if _OR_PLANS_RX.search(question) and (found := _found(ctx, question)).answer == "Yes":
                # "... AI features, or are there plans to implement AI features ...?": what is
                # there today answers it, where a fact of its own says so.
                return found, True
            # "Will your next SOC 2 report be a Type II?" is not answered by "Not yet", approved
            # for "Do you have a SOC 2 Type II?": the present does not say what is to come.
            return Signed("", approved.answer, "answer"), False
        if (
            other_question
            and reused.answer == "Yes"
            and second_item_unsaid(question, f"{approved.question} {approved.answer}")
        ):
            # "Do you have cyber insurance and a business continuity plan?" and the Yes approved
            # for "Do you carry cyber insurance?": the plan is not said. A draft.
            return Signed("", approved.answer, "answer"), False
        if (
            other_question
            and reused.answer == "Yes"
            and YES_NO_RX.match(question)
            and condition_added(question, approved)
        ):
            # "Do you have cyber insurance covering ransomware?" and the Yes approved for "Do
            # you carry cyber insurance?" ("NZD 5 million with Vero"): what the question adds
            # is said by neither. A draft for the reviewer.
            return Signed("", approved.answer, "answer"), False
        if other_question and polarity(reused.answer) is False and told_apart(question, approved):
            # "Do you accept bank transfers?" and the No approved for "Do you accept card
            # payments?" ("No. Customers pay by bank transfer; we do not accept cards"): the
            # No was the cards'. A draft for the reviewer.
            return Signed("", approved.answer, "answer"), False
        if reused.answer == "Yes" and _changes_later(approved.answer, question, ctx.as_of):
            # "Yes. Hardware keys become mandatory for all administrators on 1 July 2029",
            # answered in 2026: what the Yes is about is still to come. A draft.
            return Signed("", approved.answer, "answer"), False
        if other_question and reused.answer == "Yes" and not answer_fits(question, approved):
            # "Are you Cyber Essentials Plus certified?" and "Yes, Cyber Essentials; not Plus":
            # the Yes was for the approved question; its words deny, or place elsewhere,
            # what this one adds. A draft for the reviewer.
            return Signed("", approved.answer, "answer"), False
        if (
            YES_NO_RX.match(question)
            and polarity(reused.answer) is None
            and (other_question or form is Form.YES_NO)
        ):
            # "Is your uptime SLA at least 99.9%?" is not answered by the words approved for
            # "What is your uptime commitment?": a draft for the reviewer, no sentence in a
            # yes/no cell.
            return Signed("", approved.answer, "answer"), False
        if polarity(reused.answer) is False and _window_only(approved.answer, question):
            # "Have you ever had a data breach?" and "None in the last three years. In 2029 an
            # attacker read ...": a No of a window says nothing of before it. A draft.
            return Signed("", approved.answer, "answer"), False
        gainsaid = _gainsaid(ctx, question, reused.answer, approved)
        if gainsaid is not None:
            # "Yes, SAML single sign-on is available on all plans", approved before, and a
            # control that rules it out today; "Do you have higher education customers?",
            # approved "Yes ..." in 2023, and a later answer "We have no higher education
            # customers today": the inventory says both. A draft.
            return Signed("", f"{approved.answer} {gainsaid}", "answer"), False
        if form not in (Form.YES_NO, Form.REQUEST) and polarity(reused.answer) is not None:
            # "Who underwrites your cyber insurance?" is not answered "Yes": the approved
            # words after their "Yes." or "Yes," are.
            return Signed(without_lead(unprefixed(reused.fact)), reused.fact, "answer"), True
        return reused, True
    if form is Form.YES_NO and (
        _COMPARED_ASK_RX.search(question) or _BUYER_DUTY_ASK_RX.search(question)
    ):
        # "Is your RPO shorter than your RTO?" sets two of the vendor's figures side by side,
        # and "Is it our responsibility to patch the gateways?" asks what the buyer must do:
        # neither is a practice a control states as asked. For the reviewer.
        return NONE, False
    if form in (Form.FIELD, Form.OTHER, Form.DESCRIBE):
        field = field_value(ctx, question, req.choices)
        if not field.answer and req.choices:
            # "How often do you run vulnerability scans?" and its dropdown of periods.
            # of the product asked: "How often is Plover Kiosk penetration tested?" is not
            # answered by what the other products are tested
            field = how_often_choice(question, req.choices, _on_asked_product(ctx, question))
        if field.answer:
            return field, True
        if field.source == PERSON:
            # "Who is responsible for security?" of an inventory that names no one for it: a
            # control's sentence names no person.
            return field, False
    if req.choices and not part_left_out(ctx, question):
        # "Is your application integrated with any of the following SSO mechanisms?": a
        # yes/no in form, answered by the names it offers (not "Which cloud provider hosts
        # Trichome Loyalty?" of a part the reports leave out: the reviewer's).
        named = named_choices(question, req.choices, ctx.inventory.controls)
        if not named.answer:
            named = sign_in_modes(question, req.choices, ctx.inventory.controls)
        if named.answer:
            return named, True
    asked = _asked_kinds(cls)
    if _RELATIONSHIP_RX.search(question):
        # "Is there an existing contract?": the buyer's own relationship with the vendor is
        # the buyer's knowledge, not the inventory's.
        return NONE, False
    if _another_org_holds(ctx, question):
        # "Does Calloway Support Partners have a SOC 2 report?", "Does your bank-file
        # provider hold its own SOC 1?": another organisation's credential; ours never
        # answers it, and nothing in the inventory says what it holds.
        return Signed("", _providers_said(ctx), _PROVIDER), False
    if others_report(ctx, question):
        # "Does Azure's SOC 2 report have exceptions?": our own report's do not answer it.
        return Signed("", _providers_said(ctx), _PROVIDER), False
    to_come = _NEXT_REPORT_RX.search(question) and (
        named_kinds(question) or _REPORT_NOUN.search(question)
    )
    if to_come or _WILL_CHANGE_RX.search(question):
        # "Will your next SOC 2 examination include Availability?", "Do you intend to issue a
        # new bridge letter?", "Will the AI scribe be made available to HSE customers?": what
        # is to come, which what is held today does not describe; an approved answer on the
        # plan may.
        stated = stating_answer(ctx, question) if form is Form.YES_NO else None
        if stated is not None and _FORECAST_RX.search(stated.answer):
            # "We expect Arşiv to be in the scope of the next period, if the auditor agrees the
            # controls are ready": what is to come on a condition, no commitment. A draft.
            return Signed("", _from_answer(stated, True).fact, "answer"), False
        if stated is not None:
            return _from_answer(stated, True), True
        said = "Our reports list says nothing of a report to come." if to_come else ""
        return Signed("", said, NOT_HELD if to_come else ""), False
    if (
        asks_about_report(question)
        or _REPORT_NOUN.search(question)
        or named_kinds(question)
        or about_carve_out(question)
    ):
        fact = attribute_answer(ctx, question, asked)
        if (
            fact is not None
            and fact.answer
            and (
                _asks_value(question, form)
                or (fact.answer == "Yes" and products_named(ctx.product_words, question))
            )
            and (answering := ctx.inventory.report(fact.source)) is not None
            and name_left_out(ctx, question, answering)
        ):
            # "Name the audit firm of your SOC 2 report on Northwind Vault." of a report whose
            # scope leaves Vault out: no report of that part, so no auditor of it; "Does your
            # SOC 2 Type II cover the availability criteria for Calloway Visit?", no Yes.
            return Signed("", fact.text, fact.source), False
        if fact is not None:
            return _for_form(Signed(fact.answer, fact.text, fact.source), form), True
        unheld = unheld_attribute(ctx, question)
        if unheld is not None:
            # Stated (the report is not held) but with no Yes or No for the cell.
            return Signed("", unheld.text, unheld.source), True
    confirmed = _confirmed_denial(ctx, question) if form is Form.YES_NO else None
    if confirmed is not None:
        return confirmed, True
    without = (
        (_WITHOUT_ASK_RX.match(question) or _FREE_OF_ASK_RX.match(question))
        if form is Form.YES_NO
        else None
    )
    if without is not None:
        # "Have you operated without unplanned disruptions in the past 12 months?" is the
        # admission turned round: No where one is dated in the window, Yes where none is.
        dated = dated_admission(ctx, f"Have you had {without['what']}?")
        if dated is not None:
            answer, yes = dated
            return Signed("No" if yes else "Yes", _from_answer(answer, yes).fact, "answer"), True
    yes_no = form is Form.YES_NO and not negated(question)
    if yes_no and (is_admission(question) or about_provider(question)):
        # Only an approved answer states a breach history or another organisation's reports;
        # a control that rules the practice out ("passwords are never stored in plain text")
        # answers a question about it with No.
        # "Has Kirjavirta Oy had a data breach?": another organisation's history, which our
        # controls ("We have not assessed Kirjavirta Oy's security") neither state nor deny.
        theirs = org_is_subject(ctx, question)
        ruling = None if theirs else denying_control(question, ctx.inventory.controls)
        told = _found_yes(ctx, question) if ruling is not None else NONE
        if ruling is not None and told.answer:
            # "Is customer data stored outside Finland?" and "we have no recovery site outside
            # Finland" beside the approved answer that keeps backups in Norway: the inventory
            # says both, for the reviewer.
            return Signed("", f"{sentence(ruling.description)} {told.fact}", ruling.id), False
        if ruling is not None and _of_one_only(question, ruling):
            return _ruling(question, ruling)
        if ruling is not None:
            return _unless_told(question, ruling, ctx.inventory.controls)
        dated = dated_admission(ctx, question) if is_admission(question) else None
        outage = product_outage(ctx, question) if dated is None and is_admission(question) else None
        if outage is not None:
            # "Has Tidewell Accession had an unplanned outage in the last 12 months?" from the
            # answer that tells each product's outages.
            return _from_answer(outage[0], outage[1]), True
        if dated is not None:
            # "a breach in the last 12 months?" from a dated admission to the undated question.
            answer, yes = dated
            if yes:
                return _from_answer(answer, True), True
            before = _from_answer(answer, False).fact
            return Signed("No", f"Not in the period asked. {before}", "answer"), True
        denial = denying_answer(ctx, question) or denying_since(ctx, question)
        if denial is not None and about_provider(question) and not about_provider(denial.question):
            # "Does your cloud provider have access to your keys?" is not ruled out by words
            # approved for a question about the vendor ("Paycrest does not manage its keys").
            denial = None
        if denial is not None and _window_only(denial.answer, question):
            # "Have you ever had a data breach?" and "None in the last three years. In 2029 an
            # attacker read ...": a denial of a window says nothing of before it.
            denial = None
        event = event_told(ctx, question, denial) if denial is not None else ""
        if denial is not None and event:
            # "Have you ever had a security breach?", an approved "never" and a control telling
            # of "the incident in which customer records were exposed": both, for the reviewer.
            return Signed("", f"{_from_answer(denial, False).fact} {event}", "answer"), False
        if denial is not None and not dates_in_window(ctx, question, denial.answer):
            return _from_answer(denial, False), True  # the vendor's own words rule it out
        admitted = stating_answer(ctx, question) if is_admission(question) else None
        if admitted is not None and polarity(admitted.answer):
            # "Is there pending litigation?": an approved answer that says Yes and states it
            # in its own words ("a class action ... is pending") answers it.
            return _from_answer(admitted, True), True
    if yes_no:
        # A fact the inventory states in its own place (the reports' subservice organisations,
        # the approved answer on where data is kept, a control on monitoring ...) answers it.
        found = _found(ctx, question)
        if (
            found.answer == "Yes"
            and _EVERY_PART_RX.search(question)
            and not _EVERY_PART_RX.search(found.fact)
        ):
            # "Have all your products been penetration tested in the last 12 months?" and "...
            # tests PIX Share and PIX Report every year": the products it names, not all.
            return Signed("", found.fact, found.source), False
        if found.answer and not qualifier_unsaid(question, found.fact):
            return found, True
        if company_where_asked(question):
            # "Is Navlunet's registered head office in Hamburg?": where the company is, which
            # a control on where data or staff are does not say.
            return NONE, False
    if about_provider(question) or org_is_subject(ctx, question):
        # The draft says whose the question is, not what our own report covers.
        return Signed("", _providers_said(ctx), _PROVIDER), False
    if is_admission(question):
        # Never answered from a topic; the approved answer on it, if any, leads the draft.
        return admission_draft(ctx, question), False
    # A question about holding a report, or a certification a framework question names.
    holding_ask = asks_for_report(question, bool(cls.soc_need)) or bool(
        (cls.frameworks or named_kinds(question) or other_credentials(question))
        and _HOLDING.search(question)
    )
    if holding_ask and _DECISION_ASK_RX.search(question):
        # "Did you decide to pursue SOC 2 instead of renewing ISO 27001?", "Did you let it
        # lapse on purpose?": a decision and its reason, which the reports list does not say
        # (an approved answer may).
        stated = stating_answer(ctx, question) if form is Form.YES_NO else None
        if stated is not None:
            return _from_answer(stated, True), True
        return NONE, False
    if holding_ask and _UNDER_WAY_ASK_RX.search(question):
        # "Do you have a SOC 2 Type II audit in progress?", "Are you planning to obtain one?":
        # an examination under way or planned, which holding a report neither says nor denies
        # (an approved answer or a document on it may).
        holding_ask = False
    if holding_ask and (_OTHERS_REPORT_RX.search(question) or _SET_UP_RX.search(question)):
        # "Do you review your vendors' SOC reports?" is about a practice, and "Can the
        # application be installed in a PCI DSS-compliant manner?" about the product, not
        # our own report or attestation.
        holding_ask = False
    # "Are you responsible for your merchants' PCI DSS compliance?": another party's credential
    # or compliance, which ours neither is nor answers ("Do you review your vendors' SOC
    # reports?" is a practice, answered below).
    if _complies_with_one(question) and not _OTHERS_REPORT_RX.search(question):
        # "Do you comply with ISO 9001?": compliance with one certifiable standard is
        # claimed by its certificate, and the reports list says whether it is held.
        return _holding(ctx, question, asked, form, flags)
    if (
        named_kinds(question)
        and _CONFORM_RX.search(question)
        and not _HAVE_RX.search(question)
        and not _SET_UP_RX.search(question)
        and not _OTHERS_REPORT_RX.search(question)
    ):
        # "Do you conform with a security framework (e.g., NIST CSF, ISO 27001)?": a held
        # certificate against one of them says Yes; not holding one says nothing (a vendor
        # may follow a standard without a certificate).
        signed, supported = _holding(ctx, question, asked, form, flags)
        if signed.answer == "Yes":
            return signed, supported
        # What the reviewer needs to weigh ("its scope: the payments module only") is kept.
        return (signed, False) if not signed.answer and signed.fact else (NONE, False)
    if (
        form is Form.YES_NO
        and asks_of_every_report(question)
        and len([r for r in ctx.inventory.reports if r.kind != "bridge letter"]) > 1
    ):
        # "Are all of your SOC 2 reports Type II?", "Do your SOC 2 reports all cover Clinic?":
        # every report held is asked of, which one report's holding does not answer.
        return NONE, False
    if (
        form is Form.YES_NO
        and (
            _PER_REPORT_ASK_RX.search(question)
            or (not holding_ask and _DURING_REPORT_RX.search(question))
        )
        # "Has your auditor tested the operating effectiveness ...?": what kind of report it
        # is, which its type says.
        and not _REPORT_NATURE_RX.search(question)
    ):
        # "According to your SOC 2, was access always removed within 24 hours?", "Did your SOC 2
        # auditor confirm that ...?", "... throughout the SOC 2 Type II period?": what the
        # auditor found, which a control's words do not say (the report's exceptions may
        # say otherwise). For the reviewer.
        return NONE, False
    if holding_ask and _PERIOD_END_ASK_RX.search(question):
        # "Did your SOC 2 period end more than 6 months before the date of the report?": when
        # the period ended against a day the report's attributes did not settle; holding the
        # report says nothing of it.
        return NONE, False
    if holding_ask and _DURING_REPORT_RX.search(question):
        # "Was your environment monitored 24x7 throughout your SOC 2 audit period?": a
        # practice over the report's period, which holding the report does not say (and a
        # control saying it began later would not either).
        return NONE, False
    carved = (
        _carved_out_named(ctx, question)
        if holding_ask and _TESTED_ASK_RX.search(question)
        else None
    )
    if carved is not None:
        # "Does your own SOC 2 examination test the physical security controls of the AWS data
        # centres?": what a carved-out organisation does is not tested by our report; holding
        # the report does not say Yes. The reviewer words it.
        said = f"{carved} is a carved-out subservice organisation of our SOC 2 report."
        return Signed("", said, "subservice_orgs"), False
    group = (
        _GROUP_COMPANY_ASK_RX.search(question)
        if holding_ask and not _VENDOR_TOO_RX.search(question)
        else None
    )
    if group is not None:
        # "Does your parent company hold an ISO 27001 certificate?": another company of the
        # group asked, which our own holdings do not answer; its own certificate may.
        return _group_company_holds(ctx, question, group, asked)
    if holding_ask:
        return _holding(ctx, question, asked, form, flags)
    if form is Form.YES_NO and _WITHIN_RX.search(question) and _MADE_RX.search(question):
        recent = _recent_document(ctx, question)
        if recent.answer:
            return recent, True
    if _DATE_OF_LAST_RX.match(question):
        return _last_dated(ctx, question)  # "Date of last penetration test"
    if _LINK_ASK_RX.search(question):
        return _public_link(ctx, question)
    if _NAME_ASK_RX.match(question):
        # "What company performed your pen tests?": a control or a document on the topic does
        # not name the firm asked for, unless a test report's title does.
        return _testers(ctx, question)
    if form is Form.DESCRIBE and not _REFERENCE_RX.search(question):
        # "Describe the scope of your pen tests": that a document exists describes nothing;
        # a control that states the practice does, and "When was your last pen test?" is
        # answered by the date of the document that records it.
        if _WHEN_RX.match(question) or _DATE_OF_LAST_RX.match(question):
            return _last_dated(ctx, question)
        if _LIST_ASK_RX.match(question):
            # "List your subprocessors": a control on how they are chosen lists none.
            return NONE, False
        # Each control cut to what it says of the product asked: "What is the RTO for Halyard
        # Pay?" is not described by Halyard Trace's.
        controls = stating_controls(question, _on_asked_product(ctx, question))
        if not _CUSTOMER_ASK_RX.search(question):
            # "Describe your AI features" is not described by what customers must do.
            controls = tuple(c for c in controls if not others_duty(c.description))
        if _HOW_LONG_ASK_RX.match(question):
            # "How long are security logs retained?": a control that says how long, not one
            # on where the logs are stored.
            controls = tuple(c for c in controls if _DURATION_RX.search(c.description))
        if controls and all(only_denies(c.description) for c in controls):
            # "Please describe your AI features" and "We do not use large language models or
            # generative AI": what is not done describes nothing done (another control may
            # tell of a model in other words). A draft for the reviewer.
            said = " ".join(f"{sentence(c.description)[:-1]} (control {c.id})." for c in controls)
            return Signed("", said, controls[0].id), False
        if controls:
            return _from_controls(controls, form, question)
        return _from_answers(ctx, question, form)
    if cls.artifact:
        # A request for an artifact (a pen test summary) is answered by a held document of
        # that name, never by a control that does the work ("scans run weekly" is not "we
        # will provide the scan results").
        held = [
            d
            # By the artifact's name ("business continuity / DR plan"), else by the request's
            # own words ("your business continuity plan").
            for d in documents_for(ctx, cls.artifact, artifact=True)
            or documents_for(ctx, question, artifact=True)
            if not lesser_document(question, d.title)
            and not other_document(question, d)
            and not named_apart(question, d)
            and not kind_named_apart(question, d)
            # "your HIPAA risk assessment" is not the BAA template, whatever their topics.
            and same_kind(question, d.title, d.topics)
            and not _titled_for_others(ctx, question, d)
        ]
        if not held:
            return NONE, False
        withheld = closer_withheld(ctx, question, held)
        if withheld is not None:
            return Signed("", _withheld_said(withheld), withheld.id), False
        # A request names what it wants (the artifact); a yes/no question must be stated whole.
        asked_for = cls.artifact if form is Form.REQUEST else question
        signed = from_document(asked_for, held, form)
        if signed.answer and leaves_part_out(question, [d for d in held if d.id == signed.source]):
            # "network diagrams covering all components?" and "(Harbor Gate not included)".
            return Signed("", signed.fact, signed.source), False
        if signed.answer == "Yes" and asks_without_nda(question):
            # "Can you share your penetration test report without an NDA?": only a public one.
            public = any(d.sharing == "public" and d.id == signed.source for d in held)
            signed = signed if public else Signed("No", signed.fact, signed.source)
        return _for_form(signed, form), bool(signed.answer)
    # "Provide evidence of annual training": a control that does the work is not the
    # evidence asked to be handed over (a yes/no "Can you provide ...?" may be answered by it).
    handover = form is Form.REQUEST and not YES_NO_RX.match(question)
    if form is Form.YES_NO and not negated(question):
        now = ctx.as_of.year * 12 + ctx.as_of.month
        overdue = overdue_control(question, _on_asked_product(ctx, question), now)
        if overdue is not None:
            # "at least once a year?" and a last restore test two years ago.
            return _ruled_out(overdue), True
    controls = () if handover else stating_controls(question, _ours_to_state(ctx, question))
    if controls:
        noted = _noted_exception(ctx, question)
        if noted:
            # "Were restore tests performed every quarter?": the control says they are, and
            # the report found one that was not. For the reviewer, with both.
            said = f"{sentence(controls[0].description)} {noted}"
            return Signed("", said, controls[0].id), False
        excepted = excepted_elsewhere(question, ctx.inventory.controls, controls)
        if excepted is None and form is Form.YES_NO and not negated(question):
            # "Is production data ever used in test environments?": a control on changes
            # "tested in staging" beside one that says production data is not used there.
            others = tuple(c for c in ctx.inventory.controls if c not in controls)
            excepted = denying_control(question, others)
        if excepted is not None and form is Form.YES_NO:
            # "... without encryption" in another control: a Yes would hide it.
            said = f"{sentence(controls[0].description)} {sentence(excepted.description)}"
            return Signed("", said, controls[0].id), False
        signed, supported = _from_controls(controls, form, question)
        if signed.answer == "Yes" and _changes_later(signed.fact, question, ctx.as_of):
            # "Badge readers are mandatory for all warehouse staff from 1 July 2029", read in
            # 2026: what the Yes is about starts later. A draft.
            return Signed("", signed.fact, signed.source), False
        return signed, supported
    # "Will you sign our organisation's Business Associate Agreement?": the buyer's document,
    # which a template of the vendor's own does not answer.
    docs = (
        ()
        if _BUYERS_PAPER_RX.search(question)
        else documents_for(ctx, question, artifact=form is Form.REQUEST)
    )
    if docs:
        # "Can you share the Acme Cards penetration test report?" and a summary "for Acme Cash
        # and Acme Pay": a document titled for other named things is not the one asked for.
        docs = [d for d in docs if not _titled_for_others(ctx, question, d)]
    withheld = closer_withheld(ctx, question, docs) if docs else None
    if withheld is not None:
        # "your signed EU Data Processing Addendum" and a general DPA beside an internal draft
        # of the EU addendum: the one asked for is the draft, not the one that can be sent.
        return Signed("", _withheld_said(withheld), withheld.id), False
    if docs and not (
        form is not Form.YES_NO
        and (_HOW_OFTEN_ASK_RX.search(question) or _ACT_DAY_ASK_RX.search(question))
    ):
        # "Penetration testing frequency": a how-often, which a document's title is not; "On
        # what date did the most recent penetration test end?": the act's own day, which the
        # report's date is not.
        signed = from_document(question, docs, form)
        if signed.answer:
            return _for_form(signed, form, negated(question)), True
    if (
        form is Form.YES_NO
        and not negated(question)
        # "Are card numbers tokenised and CVVs never stored?": a denial in the text agrees.
        and not _DENIAL_IN_ASK_RX.search(_RELATIVE_CLAUSE_RX.sub(" ", question))
        and len(subject_terms(question)) >= 2
        and not _not_ours_now(ctx, question)
        and not plan_told(question, ctx.inventory.controls)
    ):
        # "Do you use production data in test environments?" is No where a control rules it
        # out ("production data is never copied into test environments").
        # Each control cut to what it says of the product asked ("TavoloCassa is tested every
        # two years" says nothing of TavoloBook).
        own = _on_asked_product(ctx, question)
        ruling = denying_control(question, own)
        if ruling is None:
            # "Are keys rotated at least every 90 days?" and "keys are rotated every year".
            ruling = less_often_control(question, own)
        if ruling is None:
            # "Are logs kept for at least 12 months?" and "logs are retained for 90 days".
            ruling = short_of_bound_control(question, own)
        if ruling is None:
            # "Is MFA enforced for all users by default?" and "it is off by default".
            ruling = optional_control(question, own)
        if ruling is None:
            # "... on all employees prior to their first day?" and "other employees there are
            # not background checked".
            ruling = others_left_out(question, own)
        if ruling is not None and not _of_one_only(question, ruling):
            # "Is the storage of sensitive data encrypted?" and "the typist app's audio, which
            # we do not encrypt" beside "databases and backups are encrypted with AES-256".
            return _unless_told(question, ruling, own)
        if ruling is not None:
            return _ruling(question, ruling)
    if form is Form.YES_NO and not negated(question):
        # "Are you using a WAF?" and "We stopped using a WAF in March 2025" (one word of subject
        # is enough: the control names it only as past or planned).
        ruling = timed_only_control(question, _on_asked_product(ctx, question))
        if ruling is not None and not _day_come(ruling.description, ctx.as_of):
            return _ruling(question, ruling)
    return _from_answers(ctx, question, form)


# The day an act started or ended: "On what date did the test end?", "Which day did it start?".
_ACT_DAY_ASK_RX = re.compile(
    r"\b(?:what|which)\s+(?:date|day)\b[^?]*\b(?:end|ended|start|started|begin|began|finish|"
    r"finished|complete|completed|conclude|concluded)\b",
    re.I,
)


def _gainsaid(ctx: Context, question: str, answer: str, approved: ApprovedAnswer) -> str | None:
    """The words that say the opposite of an approved Yes or No to a yes/no question: another
    approved answer, or a control, that rules out what the Yes says or states what the No
    denies."""
    if not YES_NO_RX.match(question) or negated(question) or answer not in ("Yes", "No"):
        return None
    if answer == "No" and is_admission(question):
        # "Have you had an outage in the last 12 months?", approved "No.", and a control that
        # tells of "the outage that lasted six hours in 2036": an event told is the reviewer's.
        return event_told(ctx, question, approved) or None
    other = answer_saying_otherwise(ctx, question, answer == "Yes", approved)
    if other is not None:
        return other.answer
    if answer == "Yes":
        control = denying_control(question, _on_asked_product(ctx, question)) or (
            exception_admitted(question, approved.answer, ctx.inventory.controls)
        )
    else:
        found = stating_controls(question, _ours_to_state(ctx, question))
        control = found[0] if found else None
    return sentence(control.description) if control is not None else None


def _asks_value(question: str, form: Form) -> bool:
    """Whether a question asks for a value (a name, a date, a firm), not yes or no nor a
    description: "To which company ...?", "Name the audit firm ...", "Auditor that issued
    your SOC 2 report:"."""
    return form is not Form.YES_NO and bool(
        form is Form.FIELD
        or _WH_ASK_RX.match(question)
        or _VALUE_VERB_RX.match(question)
        or question.rstrip().endswith(":")
    )


# A value asked by its verb: "Name the audit firm", "State the period covered", "Specify ...".
_VALUE_VERB_RX = re.compile(r"\s*(please\s+)?(name|state|give|specify|identify)\b", re.I)


def _day_come(text: str, as_of: date) -> bool:
    """Whether the day a text says something will change on may have come by `as_of` ("From
    1 March 2025 all staff will be required ...", read in 2026): the text is out of date, and
    says neither that it is done nor that it is still to come."""
    span = dated_start(text)
    return span is not None and span[0] <= as_of


def _changes_later(text: str, question: str, as_of: date) -> bool:
    """Whether a sentence of `text` on what `question` asks names a change or a start on a day
    after `as_of` ("All administrators will use hardware keys after the Q3 2029 migration",
    "mandatory from 1 July 2029")."""
    asked = subject_terms(question)
    sentences = _FACT_SENTENCE_RX.split(_PROVENANCE_RX.sub("", text))
    for said in sentences:
        span = starts_on(said)
        if (
            span is not None
            and span[0] > as_of
            # of the sentence before ("...; this is required as of Q3 2029"), the whole text
            # ("Yes, from Q1 2028."), or
            and (
                _POINTING_RX.match(said)
                or len(sentences) == 1
                # on what is asked, unless a plan ("... completed a secure coding course in
                # 2024. We plan yearly training from 2028" still says trained)
                or (
                    len(asked & subject_terms(said)) >= min(2, len(asked))
                    and not _PLAN_WORD_RX.search(said)
                )
            )
        ):
            return True
    return False


# What is to come told on a condition: "if the auditor agrees", "provided that", "subject to",
# "depending on" (not "we expect it in March 2028", a date).
_FORECAST_RX = re.compile(
    r"\bif\s+(?!so\b|not\b)|\bprovided\s+that\b|\bsubject\s+to\b|\bdepending\s+on\b|\bassuming\b",
    re.I,
)
# A plan told: "we plan yearly training from 2028", "we intend to".
_PLAN_WORD_RX = re.compile(r"\b(plan|plans|planned|planning|intend|intends)\b", re.I)
# A sentence that points back: "This is required ...", "It applies ...".
_POINTING_RX = re.compile(r"\s*(this|that|it|these|they|which)\b", re.I)


def _withheld_said(doc: EvidenceDocument) -> str:
    """What the reviewer is told of a document asked for that is not sent as it is."""
    terms = f" ({doc.sharing})" if doc.sharing else ""
    return f"The document asked for is our {doc.title}{terms}; it is not one we send as it is."


def _on_asked_product(ctx: Context, question: str) -> tuple[Control, ...]:
    """The controls, each cut to the clauses on the product a question names, where a control
    speaks of several of the vendor's products (signable.approved_facts.on_asked_product)."""
    named = _naming_controls(ctx.inventory.controls, question)
    cut = []
    for control in named:
        kept = of_named_product(question, on_asked_product(ctx, question, control.description))
        if kept == control.description:
            cut.append(control)
        elif kept:
            cut.append(replace(control, description=kept))
    # The same tuple where nothing was cut: the control index is cached by it.
    return named if len(cut) == len(named) and all(map(operator.is_, cut, named)) else tuple(cut)


def _naming_controls(controls: tuple[Control, ...], question: str) -> tuple[Control, ...]:
    """Only the controls that name the feature or product a question names by a name of two
    or more capitalised words ("Can Session Summary process video?"), where some control
    names it: a control on video recordings says nothing of what that feature can do."""
    for m in _TITLE_NAME_RX.finditer(question, 1):
        name = m[0]
        naming = tuple(c for c in controls if name in c.description)
        if naming:
            return naming
    return controls


# A name of two or more capitalised words, not at the question's start ("Session Summary"),
# or a product's name of its own ("PickPilot").
_TITLE_NAME_RX = re.compile(rf"\b[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)+|{OWN_NAME_RX.pattern}")


def _our_card_data(ctx: Context, question: str) -> Signed:
    """`card_data_kept_out`, for the vendor's own systems: "Does Flutterwave store card
    numbers?" is another firm's act."""
    return NONE if _party_acts(ctx, question) else card_data_kept_out(ctx, question)


def _found(ctx: Context, question: str) -> Signed:
    """The answer the first fact kept in its own place gives (`_FACT_FINDERS`), or NONE."""
    return next((s for find in _FACT_FINDERS if (s := find(ctx, question)).answer), NONE)


def _found_yes(ctx: Context, question: str) -> Signed:
    """The Yes a fact kept in its own place gives, or NONE."""
    found = _found(ctx, question)
    return found if found.answer == "Yes" else NONE


# Yes/no questions a fact kept in its own place answers, in this order: who holds or hosts the
# data and where, the security team, uptime, who can see the data, the data centre, round-the-
# clock monitoring, backups, AI, passwords built into the software.
_FACT_FINDERS = (
    third_parties_holding_data,
    tested_within,
    data_crosses_border,
    data_kept_in,
    kept_outside,
    uses_hosting,
    dedicated_staff,
    uptime_short,
    staff_access,
    seen_from_abroad,
    owns_data_centre,
    around_the_clock,
    backups_stay,
    kept_within,
    ai_switch,
    ai_training,
    _our_card_data,
    built_in_credential,
    passwords_hashed,
    password_expiry,
    password_min_length,
    shared_accounts,
    mfa_offered,
    employees_checked,
    ai_in_product,
    company_based_in,
)


def _another_org_holds(ctx: Context, question: str) -> bool:
    """Whether a question asks what another organisation holds or has undergone: its subject
    is a named organisation other than the vendor, or one of the vendor's providers or
    partners ("your MSSP", "your bank-file transmission provider")."""
    m = _ORG_HOLDS_RX.match(question)
    if m is None:
        return False
    subject = m["subject"].strip()
    if _RELATIVE_END_RX.search(subject):
        # "Is the bank that holds your client money carved out ...?": the verb is the
        # relative clause's, and what is asked comes after it.
        return False
    if _PARTY_ROLE_RX.search(subject):
        return True
    first = subject.split()[0]
    if not first[:1].isupper() or first.lower() in _NOT_ORG_STARTS:
        return False
    vendor = {w.lower() for w in ctx.inventory.vendor.split()}
    return not vendor & {w.lower().strip("(),") for w in subject.split()}


_RELATIVE_END_RX = re.compile(r"\b(that|which|who|whom|whose)$", re.I)
# "Does <subject> have/hold ...?": who is asked to hold something.
_ORG_HOLDS_RX = re.compile(
    r"\s*(?:does|do|has|have|is|are)\s+(?P<subject>[^?]{2,80}?)\s+(?:have|has|hold|holds|"
    r"maintain|possess|undergo|undergone|completed|obtained|received|achieved|"
    r"(?:been\s+)?(?:certified|accredited|audited|compliant))\b",
    re.I,
)
# Another organisation the vendor deals with, by its role.
# "the vendor", "the supplier", "the service provider" name the respondent itself.
_PARTY_ROLE_RX = re.compile(
    r"^(?:(?:your|its)\s+([\w-]+\s+){0,4}?|the\s+(?!service\s)([\w-]+\s+){1,4}?)"
    r"(providers?|vendors?|partners?|sub-?processors?|"
    r"suppliers?|mssp|contractors?|subcontractors?|processors?|hosts?|carriers?|banks?|"
    r"gateways?|acquirers?|insurers?|auditors?|resellers?|"
    r"data\s+cent(er|re)s?|colocation\s+\w+|clouds?)\b|"
    # "the bank that makes your payouts": a role the respondent never is, named alone
    r"^the\s+(banks?|insurers?|auditors?|acquirers?|gateways?|hosts?|carriers?|resellers?|"
    r"sub-?processors?|subcontractors?|contractors?|mssp|data\s+cent(er|re)s?|clouds?)\b",
    re.I,
)


def _not_ours_now(ctx: Context, question: str) -> bool:
    """Whether a question asks of another party's act or of the vendor's plans, which a denial
    of what the vendor does today does not answer ("Do you plan to offer customer-managed
    keys?" and "customer-managed keys are not offered")."""
    return bool(_PLANS_ASK_RX.search(question) or _EXCEPT_LEAD_RX.match(question)) or _party_acts(
        ctx, question
    )


# "Except for Clinvara Notes, are your products penetration tested every year?": the part set
# aside is not asked, so a denial naming it answers nothing.
_EXCEPT_LEAD_RX = re.compile(r"\s*(except|excepting|excluding|apart\s+from|other\s+than)\b", re.I)
# "Do you plan to ...?", "Do you intend to ...?", "Is it on your roadmap?", "Will you ... in
# the future?"
_PLANS_ASK_RX = re.compile(
    r"\b(plan(s|ning)?\s+to|intend(s|ing)?\s+to|roadmap|in\s+the\s+future|going\s+to|"
    r"(are|is)\s+there\s+plans)\b",
    re.I,
)


def _party_acts(ctx: Context, question: str) -> bool:
    """Whether a question asks what another party does ("Do your distributors background
    check the agents they appoint?", "Does Flutterwave store card numbers?"): the vendor's
    own denials ("not background checked by us", "we do not store card numbers") say nothing
    of it. Its subject is a party by its role, or a name the vendor's own does not share."""
    m = _ACTOR_RX.match(question)
    if m is None:
        return False
    subject = m["subject"]
    if _PARTY_ROLE_RX.search(subject) or _THEIR_ROLE_RX.match(subject):
        return True
    first = subject.split()[0]
    if not (first[:1].isupper() and first[1:2].islower()) or first.lower() in _NOT_ORG_STARTS:
        return False  # "Does MFA ...", "Does your ...": not a name
    name = first.strip("'’s").lower()
    vendor = {w.lower().strip("(),.") for w in ctx.inventory.vendor.split()}
    return name not in vendor and name in _other_names(ctx)


def _other_names(ctx: Context) -> frozenset[str]:
    """The names of other organisations the inventory gives: its subservice organisations and
    those it speaks of as owners ("Flutterwave's hosted payment page")."""
    texts = (
        *(c.description for c in ctx.inventory.controls),
        *(a.answer for a in ctx.current_answers),
    )
    owners = {m[1].lower() for t in texts for m in _OWNER_RX.finditer(t)}
    return frozenset(owners | {w for org in _subservice_names(ctx) for w in org_words(org)})


def _ours_to_state(ctx: Context, question: str) -> tuple[Control, ...]:
    """The controls on the product asked that can state what the vendor does: not those in
    which another organisation does it ("Nuvola Lombarda runs network intrusion detection on
    its platform"), unless the question names it; "AWS WAF protects ..." is the vendor's use of
    a provider's service."""
    asked = set(_WORDS_OF_RX.findall(question.casefold()))
    theirs = [name for name in _subservice_names(ctx) if not org_words(name) & asked]
    controls = _on_asked_product(ctx, question)
    if not theirs:
        return controls
    return tuple(c for c in controls if not any(org_acts(name, c.description) for name in theirs))


_WORDS_OF_RX = re.compile(r"[a-z0-9]+")


# What a report is asked to test, cover or examine ("test the physical security controls").
_TESTED_ASK_RX = re.compile(
    r"\b(test|tests|tested|testing|cover|covers|covered|include|includes|included|examine|"
    r"examines|examined|assess|assesses|assessed|evaluate|evaluates|evaluated)\b",
    re.I,
)


def _carved_out_named(ctx: Context, question: str) -> str | None:
    """The carved-out subservice organisation a question names, if any."""
    return next(
        (
            org.name
            for report in ctx.inventory.reports
            for org in report.subservice_orgs
            if org.method == "carve-out" and names_org(question, org.name)
        ),
        None,
    )


def _subservice_names(ctx: Context) -> tuple[str, ...]:
    return tuple(org.name for r in ctx.inventory.reports for org in r.subservice_orgs)


# The subject of a yes/no question, up to its verb: "Does Flutterwave store", "Do your
# distributors background check".
_ACTOR_RX = re.compile(
    r"\s*(?i:does|do|did|is|are|will|can|must)\s+(?P<subject>(?:your\s+|their\s+|its\s+)?"
    r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)\s+(?=[a-z]+\b)"
)
_THEIR_ROLE_RX = re.compile(
    r"(?:your|their|its)\s+(?:[\w-]+\s+){0,2}?(distributors?|resellers?|brokers?|affiliates?|"
    r"franchisees?|insurers?|underwriters?|payment\s+processors?)\b",
    re.I,
)
# "Flutterwave's hosted payment page": a name before a possessive.
_OWNER_RX = re.compile(r"\b([A-Z][a-z][\w-]+)['’]s\b")
_NOT_ORG_STARTS = frozenset({"you", "your", "our", "we", "the", "it", "this", "all", "any", "each"})


def _noted_exception(ctx: Context, question: str) -> str:
    """The exception a held report notes on what a question asks was done every time or in
    the past ("Were restores tested every quarter?" and "the Q1 restore test was not
    performed"), as a sentence; '' when none does or the question asks neither."""
    if not _EVERY_TIME_RX.search(question):
        return ""
    wanted = specific_terms(question)
    for report in ctx.inventory.reports:
        for exception in report.exceptions:
            if len(specific_terms(exception.summary) & wanted) >= _EXCEPTION_TERMS:
                return (
                    f"Our {report.label} report notes an exception: {sentence(exception.summary)}"
                )
    return ""


# Done every time, or in the past: what an exception found in testing contradicts.
_EVERY_TIME_RX = re.compile(
    r"\b(every|each|all|always|without\s+exception)\b|^\s*(were|was|did|have|has)\b", re.I
)
_EXCEPTION_TERMS = 2


def _confirmed_denial(ctx: Context, question: str) -> Signed | None:
    """Yes to "Can you confirm that customer data is not used to train AI models?" where a
    control or an approved answer rules out what the clause denies; None otherwise."""
    m = _CONFIRM_NOT_RX.match(question)
    if m is None:
        return None
    positive = _NOT_NEVER_RX.sub(" ", m["clause"], count=1)
    ruling = denying_control(positive, ctx.inventory.controls)
    if ruling is not None:
        return Signed("Yes", _ruled_out(ruling).fact, ruling.id)
    denial = denying_answer(ctx, positive, any_lead=True)
    told = _dated_beside(ctx, positive, denial) if denial is not None else None
    event = event_told(ctx, positive, denial) if denial is not None else ""
    if denial is not None and event:
        # "Can you confirm you have never had a breach?" and "since the 2036 breach ...".
        return Signed("", f"{_from_answer(denial, False).fact} {event}", "answer")
    if denial is not None and told is not None:
        # "Can you confirm you have never had a security incident?", an approved "never had
        # one" (from a 2036 questionnaire) and another that dates a breach: the inventory says
        # both, for the reviewer.
        said = f"{_from_answer(denial, False).fact} {_from_answer(told, True).fact}"
        return Signed("", said, "answer")
    if denial is not None:
        said = f"{sentence(without_lead(denial.answer.strip()))} (approved answer to: {denial.question})"
        if is_admission(positive) and tells_a_date(denial.answer):
            # "Can you confirm you have never had a data breach?" and "No breach of our systems
            # has occurred. In September 2025 a customer shared a link ...": the event told
            # beside the denial is the reviewer's to weigh, not a bare Yes.
            return Signed("", said, "answer")
        return Signed("Yes", said, "answer")
    return None


def _dated_beside(ctx: Context, asked: str, denial: ApprovedAnswer) -> ApprovedAnswer | None:
    """Another approved answer, to a question on the same subject as what is asked (its terms
    all among the asked ones), that tells a dated event and does not deny it ("Have you had a
    security incident or data breach?" and "On 2036-06-17 a Pass user was phished ...")."""
    wanted = subject_terms(asked)
    for other in ctx.current_answers:
        terms = subject_terms(other.question)
        if (
            other is not denial
            and terms
            and terms <= wanted
            and polarity(other.answer) is not False
            and tells_a_date(other.answer)
        ):
            return other
    return None


# A window of time said: "in the last three years", "since 2021".
def _window_only(said: str, question: str) -> bool:
    """Whether an answer tells of a window of time ("in the last three years", "since 2024")
    that the question does not keep to."""
    return bool(_WINDOW_SAID_RX.search(said)) and not _WINDOW_SAID_RX.search(question)


_WINDOW_SAID_RX = re.compile(
    r"\b(in|within|during|over)\s+the\s+(last|past|previous)\b|\bsince\s+(19|20)\d\d\b", re.I
)
# "Are you free of any security incident or breach in the last five years?"
_FREE_OF_ASK_RX = re.compile(
    r"\s*(?:are|is)\s+(?:you|your\s+\w+)\s+(?:\w+\s+)?free\s+(?:of|"
    r"from)\s+(?:any\s+)?(?P<what>[^?]+)",
    re.I,
)
_WITHOUT_ASK_RX = re.compile(
    # "Is it true that you have had no unplanned outage ...?" as "Have you had no ...?".
    r"\s*(?:(?:is\s+it|it\s+is)\s+(?:true|correct|accurate|the\s+case)\s+that\s+"
    r"(?:you|your\s+\w+)\s+(?:have|has)\s+|(?:have|has)\s+(?:you|your\s+\w+)\s+)"
    r"(?:(?:operated|run|been\s+running|gone)\s+without|"
    # "Have you had no security breaches in the last five years?"
    r"(?:had|experienced|suffered)\s+no)\s+(?P<what>[^?]+)",
    re.I,
)
_CONFIRM_NOT_RX = re.compile(
    r"\s*(?:(can\s+you\s+|please\s+|could\s+you\s+)?(confirm|certify|attest)\s+(that\s+)?|"
    # "Is it true / accurate / correct that card numbers never touch your servers?"
    r"(?:is\s+it|it\s+is)\s+(?:true|accurate|correct|the\s+case)\s+that\s+)"
    r"(?P<clause>[^?]*\b(not|never|no)\b[^?]*)",
    re.I,
)
_NOT_NEVER_RX = re.compile(r"\b(not|never)\b|\bno\b(?=\s+\w+\s+ever\b)", re.I)


def _unless_told(
    question: str, ruling: Control, controls: Sequence[Control]
) -> tuple[Signed, bool]:
    """The No a control rules a question out with, unless another control states what is
    asked ("Passwords are never stored in plain text" beside "service account passwords are
    kept in a plain-text file"): the inventory says both, for the reviewer."""
    told = next(
        (
            c
            for c in controls
            if c.id != ruling.id
            and (states(question, c.description) or affirms(question, c.description))
        ),
        None,
    )
    if told is not None:
        said = f"{sentence(ruling.description)} {sentence(told.description)}"
        return Signed("", said, ruling.id), False
    return _ruled_out(ruling), True


def _ruled_out(control: Control) -> Signed:
    """No, in the words of the control that rules the practice out."""
    return Signed("No", f"{sentence(control.description)[:-1]} (control {control.id}).", control.id)


def _from_answers(ctx: Context, question: str, form: Form) -> tuple[Signed, bool]:
    """To a yes/no question: Yes where an approved answer to another question states what this
    one asks in its own words, No where one rules it out. Another form is left alone: the
    approved words answered another question, and a buyer's cell is no place to say so."""
    if form is not Form.YES_NO or negated(question):
        return NONE, False
    stated = stating_answer(ctx, question) or telling_answer(ctx, question)
    if stated is not None and denies(question, stated.answer):
        # "Do you have a dedicated security team?" and "Security is the responsibility of our
        # CTO, with two engineers part-time. We do not have a dedicated security team": the
        # same approved words deny it further on. A draft.
        return Signed("", _from_answer(stated, True).fact, "answer"), False
    if stated is not None and (
        document_unsaid(question, stated.answer, stated.question)
        or covers_unsaid(question, stated.answer, stated.question)
    ):
        # "Do you have a documented patch management process?" and the answer approved for
        # "Do you patch systems promptly?": what is done, not that it is written down; "Does
        # your cyber insurance cover ransomware payments?" and the cover's other heads. A draft.
        return Signed("", _from_answer(stated, True).fact, "answer"), False
    if stated is not None and _BUYERS_PAPER_RX.search(question):
        # "Will you sign our organisation's BAA?" and "We sign BAAs on our standard template;
        # we do not sign customer-drafted BAAs": the buyer's paper is not the vendor's.
        return Signed("", _from_answer(stated, True).fact, "answer"), False
    if stated is not None and _ended_before(stated.answer, ctx.as_of, question):
        # "Is the observation period underway?" and "runs from 2026-07-01 to 2027-06-30",
        # answered in July 2027: what the approved words say of the present has ended.
        return Signed("", _from_answer(stated, True).fact, "answer"), False
    if stated is not None:
        narrowing = (
            plan_narrowing(question, ctx.inventory.controls)
            or stored_elsewhere(ctx, question)
            or exception_admitted(question, stated.answer, ctx.inventory.controls)
            # "Do all users sign in with MFA?", an approved "every user ..." and a control on
            # shared logins "protected by a password only and no second factor".
            or denying_control(question, _on_asked_product(ctx, question))
        )
        if narrowing is not None:
            # "Do you support SAML SSO on all plans?", an approved "available on all plans" and
            # a control that gives it to the Validated plan only; "Is all study data stored in
            # the UK?" and a control that hosts US studies in Virginia: the inventory says both.
            # A draft.
            said = f"{_from_answer(stated, True).fact} {sentence(narrowing.description)}"
            return Signed("", said, "answer"), False
        return _from_answer(stated, True), True
    denial = None if _not_ours_now(ctx, question) else denying_answer(ctx, question)
    if denial is not None:
        return _from_answer(denial, False), True
    return NONE, False


def _ended_before(text: str, as_of: date, question: str) -> bool:
    """Whether a text says of a present state that it runs to a day before `as_of` ("runs
    from 2026-07-01 to 2027-06-30"), for a question in the present tense."""
    if _PAST_TENSE_RX.match(question):
        return False
    for m in _RUNS_TO_RX.finditer(text):
        day = date_in(m["day"])
        if day is not None and day < as_of:
            return True
    return False


_RUNS_TO_RX = re.compile(
    r"\b(?:runs?|running|lasts?|valid|in\s+force|effective)\b[^.;]{0,40}?\b(?:to|until|through|"
    r"till)\s+"
    r"(?P<day>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})",
)
_PAST_TENSE_RX = re.compile(r"\s*(did|was|were|had)\b", re.I)


def _from_answer(answer: ApprovedAnswer, yes: bool) -> Signed:
    """The answer in the words of an approved answer, naming the question it was approved for."""
    body = answer.answer.strip()
    if polarity(body) is not None and polarity(body) != yes:
        body = without_lead(body)  # "No" to "at least $5M?" from "Yes, USD 2 million ..."
    said = f"{sentence(unprefixed(body))} (approved answer to: {answer.question})"
    return Signed("Yes" if yes else "No", said, "answer")


def _providers_said(ctx: Context) -> str:
    """Which organisations our reports name as subservice organisations, and how: what a
    reviewer needs to answer a question about the hosting provider ('' when none is named)."""
    said = []
    for report in ctx.inventory.reports:
        for org in report.subservice_orgs:
            how = "carved out of" if org.method == "carve-out" else "included in"
            services = f" ({', '.join(org.services)})" if org.services else ""
            said.append(f"{org.name}{services} is {how} our {report.label} report ({report.id})")
    if not said:
        return ""
    return (
        f"This asks about another organisation: {'; '.join(dict.fromkeys(said))}. "
        "A subservice organisation's own assurance reports are for it to provide."
    )


# The source of a draft about another organisation (the hosting provider, a subprocessor).
_PROVIDER = "provider"


def _from_controls(controls: tuple[Control, ...], form: Form, question: str) -> tuple[Signed, bool]:
    """Yes, in the words of the control (or two) that state what is asked; a field ("Solution
    Name") is a value a control's sentence never is."""
    if form is Form.FIELD or _LABEL_RX.match(question):
        return NONE, False
    said = " ".join(f"{sentence(c.description)[:-1]} (control {c.id})." for c in controls)
    return _for_form(Signed("Yes", said, controls[0].id), form, negated(question)), True


# A form's label for a value: "Solution Name", "Vendor Hosting Regions", "Contact Email".
_LABEL_RX = re.compile(
    r"^\s*[\w /&()'’-]{0,40}\b(names?|dates?|e-?mails?|phones?|titles?|address(es)?|numbers?|"
    r"countr(y|ies)|locations?|regions?|urls?|websites?|links?)\s*:?\s*$",
    re.I,
)


def _last_dated(ctx: Context, question: str) -> tuple[Signed, bool]:
    """The date of the newest dated document the question names as a whole phrase; for a day
    to come ("When is the policy next due for review?"), only the one its title gives."""
    if _DAY_TO_COME_ASK_RX.search(question):
        return _day_to_come(ctx, question)
    # Only a record of the event (a test report, an assessment's results) dates it: the date
    # of a policy or of training materials is not when the training last happened.
    docs = [
        d
        for d in documents_for(ctx, question)
        if d.date is not None
        and _EVENT_RECORD_RX.search(d.title)
        # "When were the iOS and Android apps last tested?" and a web application test.
        and not other_target(question, d)
    ]
    # "Date of the last penetration test of Nuriplay LiveOps": that product's record only.
    asked = {w for w in ctx.product_words if re.search(rf"\b{re.escape(w)}\b", question)}
    if asked:
        docs = [d for d in docs if any(re.search(rf"\b{re.escape(w)}\b", d.title) for w in asked)]
    # "When was PetPortal last penetration tested?" and the ClinicBook test report: a name the
    # question gives that the record's title does not is another thing's record.
    names = _names_given(ctx, question)
    docs = [d for d in docs if not names or has_words(names, d.title)]
    if not docs:
        return NONE, False
    doc = max(docs, key=lambda d: (d.date, d.id))
    day = str(doc.date)
    return Signed(day, f"Our {lower_first(doc.title)} is dated {day}.", doc.id), True


def _day_to_come(ctx: Context, question: str) -> tuple[Signed, bool]:
    """The day a document's title gives for what is to come ("Data Retention Policy version
    2.0 (next review due 2026-06-30)"), for "When is the policy next due for review?": its own
    date is when it was issued, not when it is next reviewed."""
    found = [
        (m["day"], d)
        for d in documents_for(ctx, question)
        if (m := _DUE_IN_TITLE_RX.search(d.title)) is not None
    ]
    if len(found) != 1:
        return NONE, False
    day, doc = found[0]
    return Signed(day, f"Our {lower_first(doc.title)}.", doc.id), True


# A day to come asked: "next due for review", "next scheduled review", "when does it expire".
_DAY_TO_COME_ASK_RX = re.compile(
    r"\bnext\b|\b(?:expire|expires|expiry|renewal|due)\b|\bscheduled\b", re.I
)
# "next review due 2026-06-30", "review due: 2026-06-30", "expires 2027-01-31".
_DUE_IN_TITLE_RX = re.compile(
    r"\b(?:next\s+review|review\s+due|due|expires?|expiry|valid\s+until)\b[^)\d]{0,12}"
    r"(?P<day>(?:19|20)\d\d-\d\d-\d\d)",
    re.I,
)


def _titled_for_others(ctx: Context, question: str, doc: EvidenceDocument) -> bool:
    """Whether a document's title names the product it is for ("... for Acme Cash and Acme
    Pay") and not the product the question names ("Acme Cards"); a title of all products, of
    the vendor or of a time ("for Q3 2026") names none."""
    vendor = {w.lower() for w in _WORD_SPLIT_RX.findall(ctx.inventory.vendor)}
    names = [w for w in _names_given(ctx, question) if _a_product(ctx, question, w)]
    targets = [
        w
        for m in TITLE_SUBJECT_RX.finditer(doc.title)
        for w in m[1].split()
        if w.lower() not in vendor and not _TIME_WORD_RX.match(w)
    ]
    return (
        bool(names)
        and bool(targets)
        and not _ALL_OF_RX.search(doc.title)
        and not has_words(names, doc.title)
    )


def _a_product(ctx: Context, question: str, word: str) -> bool:
    """Whether a name the question gives is one of the vendor's products: one the inventory
    names as such, or one after the vendor's own name ("Acme Cards")."""
    if word in ctx.product_words:
        return True
    first = ctx.inventory.vendor.split()[:1]
    return bool(first) and bool(
        re.search(rf"\b{re.escape(first[0])}\s+{re.escape(word)}\b", question)
    )


# A title of everything: "of all Northwind products", "company-wide".
_ALL_OF_RX = re.compile(
    r"\ball\s+(?:of\s+)?(?:our\s+|the\s+)?(?:[A-Z][\w-]+\s+)?(?:products|systems|applications|"
    r"services|platforms)\b|\bcompany[- ]wide\b|\bentire\s+(?:platform|estate)\b",
    re.I,
)
# A time named: "Q3", "2026", a month.
_TIME_WORD_RX = re.compile(rf"(?:Q[1-4]|(?:19|20)\d\d|{_MONTHS})\b", re.I)
# Words that name a kind of test, not a product: "External Penetration Test".
_KIND_WORDS = frozenset({"external", "internal", "executive", "summary", "annual", "full", "final"})


def _names_given(ctx: Context, question: str) -> list[str]:
    """The capitalised words a question gives that name something ("PetPortal", "Gamma",
    "Web"): not its first word, acronyms, the vendor's own name, nor the frame words of a Title
    Case label ("Date of Last Penetration Test")."""
    vendor = {w.lower() for w in _WORD_SPLIT_RX.findall(ctx.inventory.vendor)}
    return [
        w
        for w in capitalised_names(question)
        if w.lower() not in vendor and w.lower() not in _LABEL_WORDS
    ]


_WORD_SPLIT_RX = re.compile(r"[A-Za-z][\w-]*")
# The words of a questionnaire's own labels, capitalised as a title.
_LABEL_WORDS = frozenset(
    [
        "date",
        "last",
        "latest",
        "most",
        "recent",
        "penetration",
        "pen",
        "test",
        "tests",
        "testing",
        "tested",
        "performed",
        "report",
        "assessment",
        "audit",
        "scan",
        "review",
        "annual",
        "third",
        "party",
        "security",
        "when",
        "what",
        "which",
    ]
)


def _recent_document(ctx: Context, question: str) -> Signed:
    """Yes to "Has a VPAT been created or updated within the past year?" where a document the
    question names is dated within that window; NONE otherwise (an older date does not say
    it was not updated since)."""
    m = _WITHIN_RX.search(question)
    assert m is not None
    count = m["n"] or "one"
    n = int(count) if count.isdigit() else _WITHIN_NUMBERS.get(count.lower(), 0)
    months = n * 12 if m["unit"].lower().startswith("year") else n
    since = add_months(ctx.as_of, -months)
    if _said_to_be_none(ctx, question):
        # "Has a VPAT been created within the past year?" and an approved "... we have no
        # VPAT": a document tagged with the word does not outweigh the vendor's own words.
        return NONE
    if _EVERY_PART_RX.search(question):
        # "a penetration test on every in-scope system in the past year?": a recent report or
        # assessment shows one test, not that nothing was left out.
        return NONE
    if months and _THIRD_PARTY_RX.search(question):
        assessed = _assessed_since(ctx, since)
        if assessed.answer:
            return assessed
    docs = [
        d
        for d in documents_for(ctx, question)
        if d.date is not None
        and since <= d.date <= ctx.as_of
        and same_kind(question, d.title, d.topics)
        and not other_target(question, d)
    ]
    if not months or not docs:
        return NONE
    doc = max(docs, key=lambda d: (d.date, d.id))
    return Signed("Yes", held_document(doc), doc.id)


_DECISION_ASK_RX = re.compile(
    r"\b(decide[ds]?|decision|chose|choose|opt(ed)?\s+(for|to)|on\s+purpose|deliberately|"
    r"intentionally|instead\s+of|rather\s+than)\b",
    re.I,
)
# A SOC 1 asked for by name alone, with no counterpart or equivalent admitted.
_SOC1_ONLY_ASK_RX = re.compile(
    r"^(?!.*\b(isae|ssae|equivalent|similar|comparable|or|counterpart)\b).*\bsoc\s*-?\s*(1|i|"
    r"one)\b",
    re.I,
)
# "every in-scope system", "all of your applications", "each product".
_EVERY_PART_RX = re.compile(
    r"\b(every|all|each)\s+(of\s+(your|the|our)\s+)?([\w-]+\s+){0,2}?(systems?|applications?|apps?|"
    r"products?|services?|environments?|components?|assets?|platforms?|sites?|modules?)\b",
    re.I,
)


def _said_to_be_none(ctx: Context, question: str) -> bool:
    """Whether an approved answer or a control says the vendor has none of a thing the
    question names by its acronym ("we have no VPAT")."""
    names = [m[0] for m in _ACRONYM_ASK_RX.finditer(question)]
    texts = [*(a.answer for a in ctx.current_answers)]
    texts += [c.description for c in ctx.inventory.controls]
    return any(
        re.search(rf"\b(no|not\s+have\s+an?|without\s+an?)\s+{re.escape(n)}s?\b", t)
        for n in names
        for t in texts
    )


_ACRONYM_ASK_RX = re.compile(r"\b[A-Z]{3,6}\b")


def _testers(ctx: Context, question: str) -> tuple[Signed, bool]:
    """The firms named in the titles of the penetration test reports held ("Penetration test
    summary (Greyhaven Labs, October 2026)"), newest first, for "What company did you use for
    your penetration tests?"; NONE for any other name asked."""
    if not _PEN_TEST_RX.search(question):
        return NONE, False
    tests = sorted(_pen_tests(ctx), key=lambda d: (d.date or date.min, d.id), reverse=True)
    # "Who performed the penetration test of Depo?": the firms of that product's tests only;
    # a test of other products ("for Scribe and Vault") does not name Depo's.
    names = [w for w in _names_given(ctx, question) if w.lower() not in _KIND_WORDS]
    tests = [
        d for d in tests if _ALL_OF_RX.search(d.title) or not names or has_words(names, d.title)
    ]
    named = [(m["firm"].strip(), d) for d in tests if (m := _FIRM_IN_TITLE_RX.search(d.title))]
    if not named:
        return NONE, False
    firms = ", ".join(dict.fromkeys(firm for firm, _ in named))
    return Signed(firms, held_document(named[0][1]), named[0][1].id), True


# "(Greyhaven Labs, October 2026)": who did the test, then when.
_FIRM_IN_TITLE_RX = re.compile(r"\((?P<firm>[A-Z][^,()]{1,50}),\s*(?:[A-Za-z]+\s+)?(?:19|20)\d\d\)")


def _pen_tests(ctx: Context) -> list[EvidenceDocument]:
    """The penetration test reports held, by their title or topics."""
    return [
        d for d in ctx.inventory.documents if _PEN_TEST_RX.search(" ".join((d.title, *d.topics)))
    ]


def _assessed_since(ctx: Context, since: date) -> Signed:
    """Yes to "Have your systems had a third-party security assessment in the last year?"
    where a penetration test report dated in the window is held (not an internal one); NONE
    otherwise. A SOC 2 examination ending then is for the reviewer to put forward: whether
    the buyer counts it is theirs to say."""
    tests = [
        d
        for d in _pen_tests(ctx)
        if d.date is not None and since <= d.date <= ctx.as_of and not _INTERNAL_RX.search(d.title)
    ]
    if not tests:
        return NONE
    doc = max(tests, key=lambda d: (d.date, d.id))
    return Signed("Yes", held_document(doc), doc.id)


# An assessment by someone other than the vendor: "a third-party security assessment".
_THIRD_PARTY_RX = re.compile(
    r"\b(third[- ]party|independent|external)\s+(security\s+)?(assessments?|audits?|"
    r"reviews?|evaluations?|examinations?)\b",
    re.I,
)
_PEN_TEST_RX = re.compile(r"\b(penetration\s+test|pen\s*test)", re.I)
_INTERNAL_RX = re.compile(r"\b(internal|self)\b", re.I)


# "within the past year", "in the last 12 months", "during the past two years".
_WITHIN_RX = re.compile(
    r"\b(within|in|during)\s+the\s+(past|last|previous|preceding)\s+"
    r"(?P<n>\d+|one|two|three|six|twelve|eighteen|twenty-four)?\s*(?P<unit>months?|years?)\b",
    re.I,
)
_WITHIN_NUMBERS = {"one": 1, "two": 2, "three": 3, "six": 6, "twelve": 12, "eighteen": 18}
_WITHIN_NUMBERS["twenty-four"] = 24
# A document made or revised: its date says when ("created or updated", "issued", "performed").
_MADE_RX = re.compile(
    r"\b(created|updated|revised|issued|published|performed|conducted|completed|produced)\b",
    re.I,
)
_WHEN_RX = re.compile(r"^\s*(please\s+)?when\b", re.I)
_DATE_OF_LAST_RX = re.compile(
    r"^\s*(the\s+)?date\s+of\s+(the\s+|your\s+)?(last|latest|most\s+recent)\b", re.I
)
_LIST_ASK_RX = re.compile(r"^\s*(please\s+)?(list|enumerate|name\s+(all|each|every))\b", re.I)
_EVENT_RECORD_RX = re.compile(
    r"\b(report|summary|results?|test|assessment|audit|exercise|review|scan)\b", re.I
)


def _public_link(ctx: Context, question: str) -> tuple[Signed, bool]:
    """The address of the one public document the request names ("Provide a link to your
    privacy policy"); nothing when none is public or several are."""
    docs = [
        d
        for d in documents_for(ctx, question, artifact=True)
        if d.sharing == "public" and (d.file or "").startswith(("https://", "http://"))
    ]
    if len(docs) != 1:
        return NONE, False
    doc = docs[0]
    return Signed(doc.file or "", f"Our {doc.title} is published at {doc.file}.", doc.id), True


# A question asking for the name of a firm, a product or a person, not whether a practice holds.
_NAME_ASK_RX = re.compile(
    r"^\s*(please\s+)?(what|which)\s+(\w+\s+){0,2}(compan(y|ies)|firms?|vendors?|suppliers?|"
    r"providers?|software|tools?|products?|solutions?|brands?|organi[sz]ations?|"
    r"companies/firms)\b|^\s*who\s+(is|are|was|were|performs?|performed|provides?|"
    r"conducts?|conducted|does|did)\b(?!.*\b(responsible|accountable|approves?|owns?)\b)",
    re.I,
)
# A request for an address: only a public link would answer it.
_LINK_ASK_RX = re.compile(r"\b(link|url|web ?address|hyperlink)\b", re.I)
# "Describe or provide a reference to ...": a document is the reference asked for.
_REFERENCE_RX = re.compile(
    r"\b(reference|attach\w*|upload\w*|copy of|link)\b|"
    r"\b(provide|share|send|submit)\s+(a|an|the|your|us|any|our)\b",
    re.I,
)


def _other_holder(vendor: str, report: Report) -> str:
    """The legal entity a report's title names as its holder where that is another
    company of the vendor's group ("... Canada ULC" of "Lanternhall Residence Systems"): one
    sharing the vendor's first word under another name; '' otherwise."""
    own = _entity_key(vendor)
    first = own.split(" ")[0] if own else ""
    # The holder is named in the title; one that names the vendor itself among its holders
    # ("Northwind Analytics Inc. and Northwind Analytics UK Ltd") is the vendor's.
    title = report.title or ""
    if any(_entity_key(m["name"]) == own for m in _ENTITY_RX.finditer(title)):
        return ""
    for m in _ENTITY_RX.finditer(title):
        name = m["name"].strip()
        key = _entity_key(name)
        extra = " ".join(w for w in name.split() if w.lower() not in own.split())
        if (
            first
            and key.split(" ")[0] == first
            and key != own
            # "... Canada ULC", "... Holdings Ltd": another company of the group, not the
            # vendor's own full name ("Glenorchy Alpine Operations Ltd").
            and (countries_in(extra) or named_places(extra) or _GROUP_WORD_RX.search(extra))
        ):
            return f"{name} {m['suffix']}"
    return ""


def _entity_asked(question: str) -> str:
    """The legal entity a question names, with its legal form, in a comparable spelling
    ("Does Wattle Street Health Ltd hold ...?" → "wattle street health ltd"); '' if none."""
    for m in _ENTITY_RX.finditer(question):
        words = m["name"].split()
        while words and words[0].lower() in _QUESTION_OPENERS:
            words = words[1:]
        if words:
            return _entity_spelling(" ".join(words), m["suffix"])
    return ""


def _holders(report: Report, spelled: bool = False) -> list[str]:
    """The legal entities a report's title names (as written when `spelled`)."""
    found = list(_ENTITY_RX.finditer(report.title or ""))
    if spelled:
        return [f"{m['name'].strip()} {m['suffix']}" for m in found]
    return [_entity_spelling(m["name"], m["suffix"]) for m in found]


def _entity_spelling(name: str, suffix: str) -> str:
    return " ".join(f"{name} {suffix}".replace(".", "").lower().split())


_QUESTION_OPENERS = frozenset({"does", "do", "is", "are", "has", "have", "will", "can", "did"})


def _entity_key(name: str) -> str:
    """A company name without its legal form, in lower case: "Acme Ltd" → "acme"."""
    return " ".join(_ENTITY_SUFFIX_RX.sub(" ", name.replace(",", " ")).lower().split())


_ENTITY_SUFFIX = (
    r"ULC|Ltd\.?|Limited|Inc\.?|LLC|GmbH|SARL|S\.A\.|SAS|B\.V\.|BV|Pty\s+Ltd|plc|PLC|AG|AB|Oy|"
    r"S\.r\.l\.|SRL|Corp\.?|Corporation|N\.V\.|NV|A/S|ApS|K\.K\."
)
_GROUP_WORD_RX = re.compile(
    r"\b(holdings?|group|international|global|subsidiary|europe|emea|apac|americas|asia|"
    r"pacific|nordics?|latam)\b",
    re.I,
)
_ENTITY_SUFFIX_RX = re.compile(rf"(?<!\w)(?:{_ENTITY_SUFFIX})(?!\w)")
# A company named with its legal form: "Lanternhall Residence Systems Canada ULC".
_ENTITY_RX = re.compile(
    rf"(?P<name>(?:[A-Z][\w&'-]*\s+){{1,6}}?)(?P<suffix>{_ENTITY_SUFFIX})(?!\w)"
)


def _holding(
    ctx: Context, question: str, asked: frozenset[str], form: Form, flags: set[Flag]
) -> tuple[Signed, bool]:
    """Whether the vendor holds the report or certificate asked for: Yes when it is held (and
    current, where the question asks for a current one), No when it is not held at all."""
    if _BOTH_TYPES_RX.search(question):
        # "Is your SOC 2 Type I on Tawhiri Pay a Type II report?": one report named by one
        # type and asked of the other, not whether either is held. For the reviewer.
        return NONE, False
    fact = holding_answer(ctx, question, asked)
    if fact is None:
        return NONE, True
    if fact.answer and fact.source != NOT_HELD and part_outside(ctx, question, asked):
        # "Please provide the SOC 3 report for Clinvara Notes." of a report whose scope is
        # Clinvara Scheduling: not the report asked for.
        return Signed("", fact.text, fact.source), False
    if (
        fact.source == NOT_HELD
        and _EXAMINED_RX.search(question)
        and "SOC 2" in {k for kinds in named_kinds(question) for k in kinds}
        and any(r.kind == "SOC 3" for r in ctx.inventory.reports)
    ):
        # "Was a SOC 2 examination performed for 2026?" of a vendor holding a SOC 3: a SOC 3
        # is issued from a SOC 2 examination, so no No; which one, for the reviewer.
        return Signed("", fact.text, NOT_HELD), False
    if fact.source == NOT_HELD and _answers_name_credential(ctx, question):
        # "We do not hold a PCI AoC" from the reports list, where an approved answer says
        # "Molarly completes SAQ A": the two disagree, for the reviewer.
        return NONE, False
    if fact.answer and _beyond_holding(question) and not _part_covered_ask(ctx, question):
        # "Does your SOC 2 cover all services provided to us?", "Is your ISO certificate's
        # scope limited to ...?": holding the report does not answer what else is asked, and
        # not holding it is said without a No unless holding is asked ("Is its scope limited
        # to sites?" No would be untrue; "Do you have a current AoC?" No is the answer).
        expired = fact.answer == "No" and ("expired" in fact.text or STALE_NOTE in fact.text)
        if expired and _CURRENT.search(question):
            # "a current AoC, executed within the past year?" of one that expired: still No.
            return _for_form(Signed("No", fact.text, fact.source), form), True
        if fact.source != NOT_HELD:
            return NONE, False
        if not _HAVE_RX.search(question):
            return Signed("", fact.text, NOT_HELD), True
    if fact.answer == "Yes" and flags & _NOT_CURRENT and _CURRENT.search(question):
        return NONE, True
    held = ctx.inventory.report(fact.source) if fact.answer == "Yes" else None
    holder = _other_holder(ctx.inventory.vendor, held) if held is not None else ""
    if held is not None and holder:
        # "Are you ISO 27001 certified?" of a certificate "for Lanternhall Residence Systems
        # Canada ULC": a subsidiary's (or parent's) certificate, not the vendor's own. For the
        # reviewer, named.
        said = f"Our {held.label} ({held.id}) is held by {holder}, not by {ctx.inventory.vendor}."
        return Signed("", said, held.id), False
    asked_entity = _entity_asked(question)
    holders = _holders(held) if held is not None and asked_entity else []
    if held is not None and holders and asked_entity not in holders:
        # "Does Wattle Street Health Ltd hold ISO 27001?" of a certificate "for Wattle Street
        # Health Pty Ltd": another legal entity than the one asked. For the reviewer, named.
        said = f"Our {held.label} ({held.id}) is held by {', '.join(_holders(held, spelled=True))}."
        return Signed("", said, held.id), False
    if held is not None and name_left_out(ctx, question, held):
        # "Has an auditor tested the operating effectiveness of the Tarazy terminal controls?"
        # of a Type II whose scope leaves Tarazy out (a Type I covers it): the part named is
        # not in the report that would say Yes. For the reviewer.
        return Signed("", fact.text, fact.source), False
    if held is not None and held.kind == "ISAE 3402" and _SOC1_ONLY_ASK_RX.search(question):
        # "Do you have a SOC 1 report?" of a vendor holding an ISAE 3402: its counterpart, not
        # a SOC 1; the draft names it and the reviewer decides whether it serves.
        said = (
            f"We hold an {held.kind} report ({held.id}), the international counterpart of a SOC 1."
        )
        return Signed("", said, held.id), False
    item = second_item(question)
    if (
        fact.answer == "Yes"
        and not (named_kinds(item) or other_credentials(item))
        and second_item_unsaid(question, fact.text)
    ):
        # "Do you have an ISO 27001 certificate and an approved business continuity plan?":
        # holding the certificate says nothing of the plan.
        return Signed("", fact.text, fact.source), False
    if fact.answer == "No" and form is Form.REQUEST and not YES_NO_RX.match(question):
        # A request to attach something not held is for the reviewer, not a bare "No"; asked
        # as a question ("Can you provide a SOC 3?"), No is its answer.
        return NONE, True
    # A held report is named by the evidence sentence that follows; a missing one is said here.
    kept = STALE_NOTE in fact.text or SCOPE_NOTE in fact.text  # what a Yes must carry
    said = fact.text if fact.answer != "Yes" or kept else ""
    if not fact.answer and _asks_value(question, form):
        # "To which company was the SOC 2 Type I report on Randomise issued?": a value asked,
        # which a sentence on the reports held does not give. For the reviewer.
        return Signed("", said, fact.source), False
    return _for_form(Signed(fact.answer, said, fact.source), form), True


# A report to come: "your next SOC 2", "a new bridge letter", "the upcoming audit", "intend to
# issue".
_NEXT_REPORT_RX = re.compile(
    r"\b(next|upcoming|forthcoming|future|new|planned|coming)\s+(\w+\s+){0,3}?(soc|isae|ssae|"
    r"reports?|examinations?|audits?|bridge|letters?|attestations?|certificat\w*|assessments?)\b|"
    r"\b(intend|plan|planning|expect)\s+to\s+(issue|obtain|get|renew|add|include|publish|"
    r"undergo|have)\b",
    re.I,
)


def _to_come(question: str) -> bool:
    """Whether a question asks of something to come: a report, a change or a plan."""
    return bool(
        _NEXT_REPORT_RX.search(question)
        or _WILL_CHANGE_RX.search(question)
        or _PLANS_ASK_RX.search(question)
    )


# A change to come asked: "Will the AI scribe be made available to HSE customers?", "Will
# Notes be penetration tested this year?", "Will your SOC 3 report be renewed?", "Will your
# certificate be reissued?" (or recertified, reassessed, reinstated ...), "Will you issue a
# SOC 2 Type II report in June 2027?" (not "Will you notify us within 72 hours?").
_WILL_CHANGE_RX = re.compile(
    r"^\s*(?:will|(?:is|are)\b[^?]*\bgoing\s+to)\b[^?]*\b(next|renew\w*|this\s+year|next\s+year|"
    r"in\s+(?:[A-Z][a-z]+\s+)?20\d\d|(made|become|becomes)\s+available|be\s+(added|offered|"
    r"extended|released|launched|introduced|issued|renewed|expanded|updated|granted|awarded|"
    r"obtained|completed|finali[sz]ed|published|signed|refreshed|"
    r"re-?(issu|certifi|sign|assess|audit|validat|accredit|instat|examin|attest)ed)|issue|"
    # "Will you recertify ...?", "Will you reissue it?": the same, said by the vendor's act.
    r"re-?(issue|certify|sign|assess|audit|validate|accredit|instate|examine|attest)|"
    # "Will the new self-assessment be signed by 30 April 2042?": a day still to come.
    r"(by|before|no\s+later\s+than)\s+(the\s+end\s+of\s+)?" + _DAY + r")",
    re.I,
)
# An examination asked as done: "Was a SOC 2 examination performed?", "Have you undergone a SOC
# 2 audit?".
_EXAMINED_RX = re.compile(
    r"\b(performed|conducted|completed|undergone|underwent|undergo|carried\s+out|examined|"
    r"audited)\b",
    re.I,
)


def _answers_name_credential(ctx: Context, question: str) -> bool:
    """Whether an approved answer names a credential the question asks about (by report
    kind, or PCI's SAQ and AoC) that the reports list does not hold."""
    asked = frozenset().union(*named_kinds(question))
    # Only words that say it is held or done: "PCI DSS does not apply" names it to deny it.
    texts = [
        a.answer
        for a in ctx.current_answers
        if polarity(a.answer) is not False and not _NOT_RX.search(a.answer)
    ]
    if "PCI DSS" in asked and any(_PCI_WORDS_RX.search(t) for t in texts):
        return True
    return any(asked & frozenset().union(*named_kinds(t)) for t in texts)


_NOT_RX = re.compile(r"\bnot\b|n['’]t\b|\bno\b", re.I)
_PCI_WORDS_RX = re.compile(r"\b(saq(\s+[a-d])?|aoc|roc|pci(\s+dss)?)\b", re.I)


# How the product can be set up: "installed in a PCI DSS-compliant manner", "deployed in a
# HIPAA-compliant configuration".
# A question on what the customer does: "Describe the customer's responsibilities", "Who
# sends the notices?".
_CUSTOMER_ASK_RX = re.compile(
    r"\b(customers?|clients?|tenants?|institutions?)['’]?s?\b|\bresponsib|^\s*who\b", re.I
)
_BUYERS_PAPER_RX = re.compile(
    r"\b(our|the\s+institution['’]s|the\s+customer['’]s)\s+(organi[sz]ation['’]s\s+)?(\w+\s+){0,3}?"
    r"(agreement|contract|terms|addendum|dpa|baa|policy|questionnaire)\b",
    re.I,
)
_UNDER_WAY_ASK_RX = re.compile(
    r"\b(in\s+progress|under\s*way|ongoing|undergoing|running|started|begun|commenced|fieldwork|"
    r"planning|scheduled|booked|upcoming|will\s+you\s+(have|hold|obtain|receive)|"
    r"plans?\s+to|intend|working\s+(towards?|on)|"
    r"pursuing|engaged|observation\s+period|being\s+(audited|examined)|expect(ed)?|"
    r"next\s+12\s+months|"
    r"timeline|roadmap|readiness|gap\s+(assessment|analysis)|engagement\s+letter)\b|"
    # "Will a SOC 2 Type II report be available in 2027?": a report to come, not one held.
    r"\bwill\b[^?]{0,60}\b(available|issued|completed|ready|published)\b|"
    r"\b(signed|contracted|selected|hired|appointed)\s+(an?\s+|the\s+)?(auditor|audit\s+firm|"
    r"cpa)\b",
    re.I,
)
_SET_UP_RX = re.compile(
    r"\b(install|deploy|configur|implement|set\s+up|host)\w*\b[^?]{0,40}?\bcomplian(t|ce)\b|"
    r"\bcompliant\s+(manner|way|mode|configuration|deployment)\b",
    re.I,
)
# The buyer's own relationship with the vendor ("an existing contract", "a current customer").
_RELATIONSHIP_RX = re.compile(
    r"\b(existing|current|prior|previous)\s+(contract|agreement|relationship|engagement|"
    r"purchase\s+order)\b|\bare\s+we\s+(already\s+)?(a\s+)?(current\s+)?customers?\b",
    re.I,
)
# A plan asked as the other half of a present: ", or are there plans to ...", "or do you plan
# to do so".
_OR_PLANS_RX = re.compile(
    r",?\s+or\s+(?:are\s+there\s+(?:any\s+)?plans|do\s+you\s+plan|is\s+it\s+planned)\b", re.I
)
# A description asked after a yes/no question: "? If not, describe how ...", "? If so, please
# explain ...", "? If yes, provide ...".
_IF_NOT_DESCRIBE_RX = re.compile(
    r"(?<=\?)\s*if\s+(?:not|no|so|yes)\s*,?\s*(?:please\s+)?(?:describe|explain|provide|list|"
    r"state|specify|give|detail|outline|summari[sz]e|indicate|share|attach|identify|include)\b",
    re.I,
)
# A second yes/no question after the first: "If so, is it enforced ...?".
_FOLLOW_UP_RX = re.compile(
    r"\bif\s+(so|yes)\s*,?\s*(?P<ask>(is|are|do|does|can|has|have|will|was|were)\b[^?]*\?)",
    re.I,
)


# A question asking for one value: who, which, when, where, how many, what the name is.
_VALUE_ASK_RX = re.compile(
    r"\s*(who|whom|which|when|where|how\s+(many|much|long|often|old)|what\s+(is|are|was|were)\s+"
    r"(the\s+|your\s+)?(name|names|date|number|amount|limit|email|phone|address)|"
    # A field for a value: "Name of your data protection officer", "Email address of ...".
    r"(full\s+)?(name|names|date|e-?mail(\s+address)?|phone(\s+number)?|address)\s+of)\b",
    re.I,
)


def _part_covered_ask(ctx: Context, question: str) -> bool:
    """Whether a question asks no more than whether a report of the kind asked covers a part of
    the vendor that a held report names ("Do you have a SOC 2 Type II report covering
    TradeWaste?"): the report held for that part answers it."""
    return (
        report_mentions(question) == 1
        and part_named(ctx, question)
        and not _beyond_holding(_COVERED_RX.sub(" ", question))
    )


_COVERED_RX = re.compile(r"\bcover(s|ed|ing)?\b(\s+by\b)?", re.I)


def _beyond_holding(question: str) -> bool:
    """Whether a question about a report asks more than whether it is held: its coverage of
    everything the buyer uses, its scope, its expiry, what it contains (CUECs, subservice
    organisations, findings)."""
    return bool(_BEYOND_HOLDING.search(question))


_BEYOND_HOLDING = Cue(
    r"\b(expir\w*|scope[sd]?|limited\s+to|all\s+(of\s+)?(the\s+|your\s+|our\s+)?(services|"
    r"systems|products|applications|locations|modules|features)|complementary|cuecs?|user\s+entity|"
    r"subservice|sub-service|carve\w*|deficienc\w*|findings?|remediat\w*|management\s+response|"
    # "Has your SOC 2 been superseded by a newer report?": what followed it, not holding it.
    r"supersed\w*|replaced|"
    # The opinion the inventory does not record: "Is the auditor's opinion qualified?".
    r"opinions?|qualifi\w*|modified|adverse|disclaim\w*|deviations?|exceptions?|"
    # What an auditor tested: a Type I tests design only, and which controls is the report's.
    r"(tested|testing)(?!\s+(of\s+)?(the\s+)?operating)|found\s+(to\s+be\s+)?effective|"
    r"operat\w*\s+effectively|"
    # A practice during the report's period: "restore tests performed every quarter during
    # your last SOC 2 period?" asks what was done, not whether the report is held.
    r"during\s+(the|your)\s+(last\s+|latest\s+|most\s+recent\s+)?(soc|audit|report|examination)|"
    # The auditor's name where the inventory records none; what else a report covers.
    r"name\s+of\s+(your\s+|the\s+)?(\w+\s+){0,3}?auditors?|auditor'?s\s+name|"
    r"cover(s|ed|ing)?(?!\s+(controls|the\s+controls)\b)|inclusive\s+of|"
    # What the report takes in: "Does your SOC 1 address the security of hosted documents?".
    r"(?<=report\s)(address(es)?|include[sd]?|tests?|examine[sd]?|evaluate[sd]?|assess(es)?)|"
    r"(?<=attestation\s)(address(es)?|include[sd]?|cover(s|ed)?)|"
    r"(?<=certificate\s)(address(es)?|include[sd]?|cover(s|ed)?)|"
    r"\bsoc\s*[123]\s+(address(es)?|include[sd]?|tests?|examine[sd]?|evaluate[sd]?|assess(es)?)\b|"
    # Subject matter beyond the criteria: "SOC 2+ HIPAA", "additional subject matter".
    r"additional\s+subject\s+matter|soc\s*2\s*\+|mapped\s+to|"
    # What a certificate certifies: "as a PII controller?", "an information security
    # certification?", "a standalone certification?", "extend to ...", "attest to ...".
    r"as\s+an?\s+(pii\s+)?(controller|processor)|security\s+certification|standalone|"
    r"independent\s+of|extend(s|ed)?\s+to|attest(s|ed)?\s+to|make[s]?\s+you|"
    # Dates the inventory would have to be read against: "valid for at least another 12
    # months", "issued in the last year", "obtained before 2023", "accredited".
    r"valid\s+(for|through|until|beyond)|issued|obtained|achieved|accredit\w*|"
    r"(before|after|since|until|by)\s+(\w+\s+)?20\d\d|(last|past|next|another)\s+(\w+\s+)?(years?|"
    r"months?|days?)|"
    # The standard, criteria or firm an examination followed, which the inventory does not
    # record: "performed against the 2017 TSC?", "based on SSAE 18?", "by a licensed CPA firm?".
    r"against|(in\s+)?accordance\s+with|according\s+to|based\s+(on|upon)|points\s+of\s+focus|"
    r"licen[cs]ed|revised|(performed|conducted|carried\s+out|prepared)\s+(by|under|using))\b",
    (
        "against",
        "accordance",
        "according",
        "based",
        "focus",
        "licen",
        "revised",
        "performed",
        "conducted",
        "carried out",
        "prepared",
        "expir",
        "effective",
        "during",
        "controller",
        "processor",
        "security certification",
        "standalone",
        "independent",
        "extend",
        "attest",
        "make",
        "exception",
        "test",
        "scope",
        "limited",
        "all ",
        "complementary",
        "cuec",
        "user entity",
        "service",
        "carve",
        "deficienc",
        "finding",
        "remediat",
        "management response",
        "opinion",
        "qualifi",
        "modified",
        "adverse",
        "disclaim",
        "deviation",
        "auditor",
        "cover",
        "inclusive",
        "supersed",
        "replaced",
        "address",
        "include",
        "examine",
        "evaluate",
        "assess",
        "subject matter",
        "+",
        "mapped",
        "valid",
        "issued",
        "obtained",
        "achieved",
        "accredit",
        "20",
        "last",
        "past",
        "next",
        "another",
    ),
)


def _group_company_holds(
    ctx: Context, question: str, group: re.Match[str], asked: frozenset[str]
) -> tuple[Signed, bool]:
    """Yes to "Does your parent company hold an ISO 27001 certificate?" where a current report
    of the kind asked is another entity's and its title names that company by its role ("the
    parent company") or by the name the question gives; left for the reviewer otherwise (what
    the group's certificates cover, or one the inventory does not list)."""
    if not (_HOLDS_ASK_RX.match(question) and asked):
        return NONE, False
    own = set(map(id, ctx.inventory.reports))
    role = group["role"].split()[0].lower()[:6]  # "parent", "subsid", "sister", "holdin"
    name = group["name"] or ""
    for report in ctx.given.reports:
        # Whose it is, not whose it says it is not: "(not a certificate of its parent company)".
        title = _DISCLAIMER_RX.split(report.title or "", maxsplit=1)[0]
        if (
            id(report) in own
            or report.kind not in asked
            or expired(report, ctx.as_of)
            or not (role in title.lower() or (name and name.lower() in title.lower()))
        ):
            continue
        until = f" (valid until {report.expires.isoformat()})" if report.expires else ""
        return Signed("Yes", f"{sentence(title)[:-1]}{until}.", report.id), True
    return NONE, False


# Where a title starts saying whose it is not: "(not a certificate of ...)".
_DISCLAIMER_RX = re.compile(r"\(?\bnot\s+(?:a|an|the)\s+", re.I)
# Another company of the vendor's group asked: "your parent company", "your Polish subsidiary,
# Sarnıç Polska sp. z o.o.,", "the holding company", "your sister company".
_GROUP_COMPANY_ASK_RX = re.compile(
    r"\b(?:your|the|our)\s+(?:[\w-]+\s+){0,2}?(?P<role>parent(?:\s+company)?|holding\s+company|"
    r"subsidiar(?:y|ies)|sister\s+compan(?:y|ies))\b(?:,\s+(?P<name>[^,?]{3,60}),)?",
    re.I,
)
# Whether the company holds it, nothing more: "Does ... hold an ISO 27001 certificate?" (not what
# it covers, "that applies to our data", "for the platform").
_HOLDS_ASK_RX = re.compile(
    r"\s*(?:does|do|has|have|is|are)\b[^?]*"
    r"\b(?:certificates?|certifications?|certified|reports?|attestations?)\s*[?.]?\s*$",
    re.I,
)
# The vendor asked with its group: "Do you or any of your subsidiaries hold ...?".
_VENDOR_TOO_RX = re.compile(r"\b(?:you|your\s+company|we)\s+(?:or|and)\b", re.I)


def _asked_kinds(cls: Classification) -> frozenset[str]:
    """The inventory kinds that answer what the classification says is asked."""
    kinds: set[str] = set()
    for need in cls.soc_need:
        kinds |= _KINDS_OF_NEED[need]
    kinds.update(k for k in map(framework_kind, cls.frameworks) if k)
    return frozenset(kinds)


_KINDS_OF_NEED: dict[SocNeed, frozenset[str]] = {
    SocNeed.SOC1: frozenset({"SOC 1", "ISAE 3402"}),
    SocNeed.SOC2_TYPE1: frozenset({"SOC 2", "ISAE 3000"}),
    SocNeed.SOC2_TYPE2: frozenset({"SOC 2", "ISAE 3000"}),
    SocNeed.SOC3: frozenset({"SOC 3"}),
}
_NOT_CURRENT = {Flag.STALE, Flag.EXPIRED}
# A question about holding a certification or attestation, not about a topic it names.
_HOLDING_RX = re.compile(
    r"\b(certification|certifications|certificate|certificates|attestation|aoc|roc|reports?|"
    r"self[- ]?assessments?|caiq|registry|listed)\b|"
    r"\b(are|is|has|have)\s+(you|your\s+(company|organi[sz]ation|business|firm))\b[^?]{0,60}"
    r"\b(compliant|certified|accredited|audited|achieved|obtained)\b",
    re.I,
)


def _data_condition_false(ctx: Context, question: str) -> bool:
    """Whether a question's lead condition on data ("When cardholder data is stored, ...") is
    ruled out by the vendor's own words ("we never store card numbers")."""
    m = _IF_DATA_LEAD_RX.match(question)
    if m is None:
        return False
    asked = f"Is {m['cond']}?"
    return bool(denying_answer(ctx, asked) or denying_control(asked, ctx.inventory.controls))


def _condition_false(ctx: Context, condition: str, signed: Signed) -> bool:
    """Whether a question's lead condition ("If you hold a PCI DSS AoC, ...", "If you process
    PHI, ...") is false of the vendor: a report of the kind (and type) it names is not held,
    or the fact found denies the condition."""
    held = holds_named(ctx.inventory.reports, condition)
    if held is not None:
        return not held
    return signed.source == NOT_HELD or denies(f"Do you {condition}?", signed.fact)


# A condition set before the question: "If you process PHI, do you sign BAAs with ...?".
_IF_YOU_LEAD_RX = re.compile(
    r"\s*if\s+(?:you|your\s+(?:company|organi[sz]ation|service|product))\s+"
    r"(?P<cond>(?!answered\b)[^,?]{3,80}),",
    re.I,
)
# "only", "solely", "exclusively" asked of a practice: the text must say so too.
_ONLY_ASKED_RX = re.compile(r"\b(only|solely|exclusively)\b", re.I)
# A kind of site asked as where data may be: "only in data centres", "only on our servers".
_SITE_KIND_RX = re.compile(
    r"\b(only|solely|exclusively)\s+(in|on|within)\s+(our\s+|the\s+|your\s+|secure\s+)*"
    r"(data\s*cent(er|re)s?|facilit(y|ies)|premises|servers?|cloud)\b",
    re.I,
)
_ONLY_SAID_RX = re.compile(
    r"\b(only|solely|exclusively|never\s+\w+\s+(outside|elsewhere)|nowhere\s+else|no\s+other)\b",
    re.I,
)
_KEPT_WHERE_ASK_RX = re.compile(
    r"\b(stored|kept|hosted|located|resides?|processed|held)\s+(only|solely|exclusively)?\s*"
    r"(in|within|inside)\b",
    re.I,
)
# Two things compared: "shorter than your RTO", "more often than vulnerability scans" (not a
# bound: "longer than 90 days", "more often than once a year").
_COMPARED_ASK_RX = re.compile(
    r"(?<!\bno\s)(?<!\bnot\s)\b(shorter|longer|more\s+often|less\s+often|more\s+frequent(ly)?|"
    r"less\s+frequent(ly)?|"
    r"higher|lower|greater|smaller|larger|faster|slower|stricter|earlier|later|stronger|weaker|"
    r"less|more|fewer)"
    r"\s+than\s+(?!\d|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|sixty|ninety|hundred|half|several|many|few|once|twice|every|usual|"
    r"normal|expected|agreed|committed|contracted|the\s+(required|minimum|maximum|industry|"
    r"standard|legal|statutory|agreed|contractual))\b|[$€£¥])",
    re.I,
)
# One report named by its type and asked to be the other: "Is your SOC 2 Type I on Pay a Type
# II report?" (not "Do you have a Type II (not a Type I)?").
_BOTH_TYPES_RX = re.compile(
    r"^\s*(is|was)\s+(your|the|this)\b[^?]*?\btype\s+(?P<a>1|i{1,2}|2)\b[^?]*?\b(an?|the)\s+"
    r"type\s+(?!(?P=a)\b)(1|i{1,2}|2)\b",
    re.I,
)


def _ruling(question: str, ruling: Control) -> tuple[Signed, bool]:
    """The No a control rules a question out with, or, where it speaks of one of a set asked
    ("any of your systems?"), its words as a draft for the reviewer."""
    if _of_one_only(question, ruling):
        return Signed("", sentence(ruling.description), ruling.id), False
    return _ruled_out(ruling), True


def _of_one_only(question: str, ruling: Control) -> bool:
    """Whether a question asks of any one of a set ("Do any of your systems use a shared
    administrator account?") and the control that would rule it out speaks of one of them
    only ("Until March 2029 the couriers shared one login; every courier now has a personal
    account"): a No for one says nothing of the others."""
    return bool(_ANY_OF_SET_RX.search(question)) and not _ALL_SAID_RX.search(ruling.description)


# Any one of a set asked: "Do any of your systems ...?", "Are any of your sites ...?".
_ANY_OF_SET_RX = re.compile(
    r"\bany\s+(of\s+)?(your|the|our)\s+(\w+\s+)?(systems|products|applications|apps|services|"
    r"environments|sites|servers|devices|platforms|offices|locations)\b|\bany\s+(system|product|"
    r"application|service|environment|site|server|device|platform)\b",
    re.I,
)
# A denial said of every one of them: "never", "none of our systems", "no system", "on all
# servers" (not "every courier now has a personal account", of one group).
_SETS = (
    r"(systems?|products?|applications?|apps?|services?|environments?|sites?|servers?|devices?|"
    r"platforms?|offices?|locations?)"
)
_ALL_SAID_RX = re.compile(
    rf"\bnever\b|\bnone\s+of\b|\bnowhere\b|\bno\s+(\w+\s+)?{_SETS}\b|"
    rf"\b(all|every|any|each)\s+(of\s+)?(our\s+|the\s+)?(\w+\s+)?{_SETS}\b",
    re.I,
)
# The buyer's own duty asked: "Is it our responsibility to ...?", "Are port operators
# responsible for ...?", "Is patching the port operator's job?", "Do we need to ...?", "Must
# customers patch ...?"; not what the product makes its users do ("Are clients required to use
# MFA to sign in?"): another party's duty is asked by upkeep it must do itself.
_BUYERS = r"(customers|the\s+customer|clients|the\s+client|the\s+buyer|[\w-]+\s+operators)"
_UPKEEP = (
    r"(patch|update|upgrade|maintain|install|configure|manage|back\s+up|monitor|remove|renew|"
    r"replace|apply|provision|deprovision|secure|encrypt|retain|delete)"
)
_BUYER_DUTY_ASK_RX = re.compile(
    r"\b(is|are)\b[^?]{0,40}?\b(our|customers['’]|the\s+(?![\w-]*(vendor|supplier)['’])"
    r"(?:[\w-]+\s+)?[\w-]+['’]s?)\s+(responsibility|job|duty|obligation|task)\b"
    r"(?=\s*(\?|,|$|to\b|for\b|alone\b))|"
    rf"\b(are|is)\s+(we|{_BUYERS})\s+(solely\s+)?responsible\b|"
    r"\bare\s+we\s+(required|expected|obliged)\s+to\b|"
    r"\b(do|does|will|would|should)\s+we\s+(ever\s+)?(need|have)\s+to\b|\bmust\s+we\b|"
    rf"\b(do|does|will|would|should|must)\s+{_BUYERS}\s+(ever\s+)?((need|have)\s+to\s+)?"
    rf"{_UPKEEP}\b|"
    rf"\b(are|is)\s+{_BUYERS}\s+(required|expected|obliged)\s+to\s+{_UPKEEP}\b",
    re.I,
)
# A condition on data the vendor may hold: "If cardholder data is stored, ...", "When
# personal data is transferred abroad, ...".
_IF_DATA_LEAD_RX = re.compile(
    r"\s*(?:if|when|where|in\s+case)\s+(?P<cond>(?:any\s+)?(?:[\w-]+\s+){0,3}?(?:data|information|"
    r"records|numbers)\s+(?:is|are)\s+(?:stored|processed|kept|held|collected|transmitted|"
    r"accepted|transferred)\b[^,?]{0,40}),",
    re.I,
)
# A condition on the vendor's report: "If your SOC 2 report noted exceptions, ...".
_IF_REPORT_LEAD_RX = re.compile(
    r"\s*if\s+(?P<cond>(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:reports?|audits?|examinations?|"
    r"assessments?|certificates?|attestations?)\b[^,?]{3,80}),",
    re.I,
)
_DENIAL_IN_ASK_RX = re.compile(r"\b(never|not|no\s+longer)\b|n['’]t\b", re.I)
# "every user who does not sign in through SSO": who is asked of, not a denial asked.
_RELATIVE_CLAUSE_RX = re.compile(r"\b(who|that|which|whom|whose)\b[^,?]*", re.I)
# Another organisation's report: "your vendors' SOC reports", "the hosting provider's SOC 2".
_OTHERS_REPORT_RX = re.compile(
    r"\b(vendors?|suppliers?|sub-?processors?|processors?|operators?|acquirers?|gateways?|"
    r"third[- ]part(y|ies)|providers?|partners?|"
    r"sub-?contractors?|subservice\s+organi[sz]ations?|customers?|clients?|merchants?|"
    r"tenants?|users?)(['’]s?|s['’])?\s+(own\s+)?"
    r"(soc|ssae|isae|iso|pci|audit|assurance|attestation)|"
    # "a SOC 2 report from NTT", "the ISO certificate of Hetzner": another company's by name.
    r"\b(soc\s*[123]|iso\s*\d+|reports?|attestations?|certificates?)\s+(reports?\s+)?(from|of|"
    r"by)\s+"
    r"(?!(?i:your|our|the|a|an|its|this|that)\b)"
    r"(?!(?i:compliance|conformity|registration|incorporation|insurance|completion|"
    r"assurance|engagement|controls)\b)(?-i:[A-Z])|"
    # "Do you require a SOC 2 report from every vendor?", "Do your critical suppliers provide
    # SOC 2 Type II reports?": reports the vendor's suppliers hold.
    r"\b(soc\s*[123]|iso\s*\d+|reports?|attestations?|certificates?)\b[^?]{0,30}?\b(from|of|by)\s+"
    r"(every|each|all|any|your|our|their|its)\s+(\w+\s+)?(vendors?|suppliers?|sub-?processors?|"
    r"subcontractors?|third[- ]part(y|ies)|providers?|partners?)\b|"
    # (plural: "Does the vendor have a SOC 2 report?" asks of the respondent)
    r"\b(vendors|suppliers|sub-?processors|subcontractors|third[- ]parties|providers|"
    r"partners)\s+(to\s+)?(provide|have|hold|submit|maintain|obtain|share)\s+(an?\s+|their\s+|"
    r"its\s+)?(own\s+)?(soc|ssae|isae|iso|pci)",
    re.I,
)
# "Do you have / hold ...": a question about holding the report, even where it says "compliance".
_HAVE_RX = re.compile(
    r"^\s*(do|does|can|could|will)\s+(you|your\s+\w+)\s+(have|hold|provide|share)\b", re.I
)


def _complies_with_one(question: str) -> bool:
    """Whether a yes/no question asks compliance with one certifiable standard named alone
    (not among examples, not PCI DSS, whose compliance may not apply to the product)."""
    if not _COMPLY_RX.search(question) or _EXAMPLE_RX.search(question):
        return False
    kinds = named_kinds(question)
    if len(kinds) + len(other_credentials(question)) != 1:
        return False
    return not kinds or "PCI DSS" not in kinds[0]


_COMPLY_RX = re.compile(r"\b(comply|complies|compliant|compliance)\s+with\b|\bcompliant\b", re.I)
_EXAMPLE_RX = re.compile(r"\b(e\.?\s?g\.?|such\s+as|for\s+example|including|like)\b", re.I)
_CONFORM_RX = re.compile(
    r"\b(conform\w*|comply|complies|compliance|compliant|follow|adhere|align\w*)\b", re.I
)
_CURRENT_RX = re.compile(
    r"\b(current|valid|unexpired|recent|latest|within the (past|last))\b", re.I
)


def _for_form(signed: Signed, form: Form, reversed_question: bool = False) -> Signed:
    """A Yes/No only where the question asks yes or no; a value where it asks for one (a date,
    a name); the fact itself where it asks to describe or provide (never a bare Yes to
    "Describe ..."); nothing where the question is put in the negative."""
    said = polarity(signed.answer) if signed.answer else None
    if reversed_question:
        return Signed("", signed.fact, signed.source)
    if form in (Form.YES_NO, Form.REQUEST):
        # A yes/no cell takes Yes or No only: a value ("Kestrel & Lowe") answers something else.
        return signed if said is not None else Signed("", signed.fact, signed.source)
    if signed.answer and said is None:
        return signed  # a value: the period, the auditor, the vendor's name
    if form is not Form.FIELD and signed.fact:
        return Signed(signed.fact, signed.fact, signed.source)
    return Signed("", signed.fact, signed.source)


# A cell asking for a count, and a count: "How many ...?", "Number of employees"; "3", "1,200",
# "about 40 people", "two".
_COUNT_CELL_RX = re.compile(
    r"\s*(?:how\s+many|(?:total\s+)?number\s+of|what\s+is\s+the\s+(?:total\s+)?number\s+of)"
    r"\s+(?:your\s+|the\s+)?(?P<noun>[a-z][\w-]*)",
    re.I,
)
_A_COUNT_RX = re.compile(
    r"(about\s+|approximately\s+|around\s+|over\s+|under\s+)?(\d[\d,.]*|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|none|zero)(\s+[\w-]+){0,3}\.?",
    re.I,
)


def _count_of(noun: str, rest: str, text: str) -> str:
    """The count a text gives of `noun` ("has 142 employees" → "142"), or '' where it gives
    none, or gives several and the question narrows which ("How many employees do you have
    in Latvia?" of "64 employees: 58 in Estonia and 6 in Latvia")."""
    found = [n for n in counts_of(noun, text) if n[0].isdigit()]
    if not found:
        return ""
    narrowed = _COUNT_FRAME_RX.sub(" ", rest).strip(" ?.:")
    if narrowed and len(re.findall(r"\b\d[\d,]*\b", text)) > 1:
        return ""
    return str(found[0])


# Words after the counted noun that narrow nothing: "How many employees do you have?".
_COUNT_FRAME_RX = re.compile(
    r"\b(do|does|you|your|have|has|are|is|there|in\s+total|total|currently|overall|"
    r"approximately|roughly|employed|work(ing)?\s+for\s+you)\b",
    re.I,
)


def cell_value(
    signed: Signed, req: Requirement, approved: ApprovedAnswer | None, form: Form
) -> str:
    """The answer spelled for the buyer's cell: one of its dropdown choices, or '' when none
    says it truthfully (a maturity level, Pass/Fail, a "Yes, and more" the fact does not
    state); free text where the cell takes text."""
    answer = signed.answer
    if not answer:
        return ""
    if signed.source == _NOT_APPLICABLE:
        return answer  # the dropdown's own N/A
    if req.answer_format == "date":
        # A cell that takes a date gets a date or nothing, never a sentence.
        day = date_in(answer)
        return day.isoformat() if day is not None and len(answer) <= _DATE_LENGTH else ""
    if not req.choices:
        if polarity(answer) and form is Form.REQUEST:
            # "Provide your information security policy": a free cell takes what is provided
            # and on what terms, not a bare "Yes"; a report is attached, the cell left blank.
            if signed.fact:
                answer = unprefixed(signed.fact)
            elif not YES_NO_RX.match(req.question):
                return ""
        asked = _COUNT_CELL_RX.match(req.question)
        if asked is not None and not _A_COUNT_RX.fullmatch(answer.strip()):
            # "How many employees do you have?": a count cell takes the count the text gives of
            # the things asked ("has 142 employees"); a sentence without one ("any two of them
            # are needed") is the reviewer's to read (the suggested response keeps it).
            return _count_of(asked["noun"], req.question[asked.end() :], answer)
        # The buyer's cell gets the vendor's words; which control or approved answer they
        # come from is for the reviewer (the suggested response keeps it).
        answer = _PROVENANCE_RX.sub("", answer)
        if form is not Form.YES_NO and polarity(answer) is None:
            # "RPO for Termo" and "Termo RTO 2 hours and RPO 15 minutes": the item asked.
            answer = item_clause(req.question, answer)
        return answer
    if (
        _WH_ASK_RX.match(req.question)
        and not YES_NO_RX.match(req.question)
        and all(_yes_no_or_na(c) for c in req.choices)
    ):
        # "What is your cyber insurance limit?" in a Yes/No dropdown: a value asked, which no
        # Yes or No says ("EUR 5 million" is for the reviewer to write in).
        return ""
    if approved is not None:
        mine = leading_choice(approved.answer, req.choices)
        if mine:
            return mine
    said = polarity(answer)
    if said is None:
        # Several choices of a question asking which apply ("SAML 2.0, OpenID Connect").
        several = ", ".join(c for c in req.choices if c in answer)
        return choice_for(answer, req.choices) or (answer if several == answer else "")
    choice = yes_no_choice(req.choices, said) or ""
    # "Yes, we test the entire recovery process" claims more than Yes: only where stated. The
    # words that restate the question ("Yes, we're willing to share them") and a condition
    # ("if this helps the audit") claim nothing more.
    words = _CONDITION_RX.sub(" ", unnumbered(choice))
    extra = subject_terms(words) - subject_terms(req.question)
    if extra and len(extra & subject_terms(signed.fact)) < STATED_SHARE * len(extra):
        return ""
    return choice


def _yes_no_or_na(choice: str) -> bool:
    """Whether a dropdown choice is a spelling of Yes, No or N/A."""
    one = (choice,)
    return bool(yes_no_choice(one, True) or yes_no_choice(one, False) or not_applicable_choice(one))


# A question opening with a question word, after a preposition too: "What is your cyber
# insurance limit?", "To which company ...?", "For whom ...?".
_WH_ASK_RX = re.compile(
    r"\s*((to|for|from|by|with|in|on|of|at)\s+)?(what|which|who|whom|whose|when|where|how)\b", re.I
)


# A condition in a dropdown choice: "Yes, if this helps the audit, we will share them".
_CONDITION_RX = re.compile(r"\b(if|when|where|provided that|as long as)\b[^,;.]*[,;.]?", re.I)


_PROVENANCE_RX = re.compile(
    r"\s*\((?:control|controls) [^()]+\)(?=\.?$)|\s*\(approved answer to: .*\)$"
)
# A date answer is the date itself ("2026-06-30", "June 30, 2026"), not a sentence naming one.
_DATE_LENGTH = 20


_NOT_HELD_LEAD = "We do not currently hold"


def suggested(signed: Signed, response: str, status: Status, supported: bool) -> str:
    """Answer first, then the fact in the vendor's words, then the evidence and its terms.

    Without a supporting fact, the evidence sentence is a draft for the reviewer, marked so.
    """
    evidence = unprefixed(response).strip()
    if signed.source and _ADDRESSED_RX.match(evidence) and signed.source in evidence:
        if polarity(signed.answer) is False:
            # "No. ... none are performed today": what is not done was tested by no auditor,
            # and what the report says of itself (its opinion, exceptions, carve-outs) goes
            # with it.
            evidence = evidence.split(". ", 1)[1] if ". " in evidence else ""
            rest = _NEXT_SENTENCE_RX.split(evidence)
            if all(_REPORT_EXTRA_RX.search(x) for x in rest if x.strip()):
                evidence = ""
        else:
            # The control's own words came first: the evidence adds where it is tested.
            evidence = _ADDRESSED_RX.sub("It is tested in", evidence, count=1)
    if not supported or status is Status.REVIEW:
        if signed.source == _MISSING:
            evidence = f"{evidence} {signed.fact}".strip()
        elif signed.source == _PROVIDER and signed.fact:
            evidence = signed.fact
        elif signed.fact and unprefixed(signed.fact) not in evidence:
            # What the inventory says that falls short ("the Q1 restore test was not
            # performed", the words approved for another question) leads the draft, once
            # (the evidence may already be those words without their "Yes.").
            evidence = f"{signed.fact} {evidence}".strip()
        if not evidence:
            return ""
        why = "not stated in the inventory" if not supported else "low confidence"
        return f"DRAFT ({why}; confirm before sending): {evidence}"
    if signed.answer == "Yes" and evidence.startswith(_NOT_HELD_LEAD) and ". " in evidence:
        # "Have you undergone a SSAE 18 audit?" Yes from the SOC 2 held: the report held
        # follows the Yes, and the one not held comes after it (never "Yes. We do not hold").
        missing, held = evidence.split(". ", 1)
        evidence = f"{held} {missing}."
    if (
        signed.fact
        and signed.source not in (NOT_HELD, _MISSING, _PROVIDER)
        and evidence.startswith(_NOT_HELD_LEAD)
        and ". " not in evidence.rstrip(".")
    ):
        # "Our privacy policy ... is public. We do not currently hold a SOC 2 report.": the
        # fact answers; a report the row did not ask for is the remedy column's, not the
        # buyer's answer.
        evidence = ""
    fact = unprefixed(signed.fact)
    if "opinion" in fact.lower():
        # "... carries a qualified opinion." is said once, not again after the report.
        evidence = _OPINION_SAID_RX.sub("", evidence).strip()
    if fact and fact in evidence and not evidence.startswith(fact):
        # The fact that answers comes first ("Our certificate of insurance ..."), then the
        # report evidence that was ahead of it.
        evidence = f"{fact} {' '.join(evidence.replace(fact, ' ').split())}"
    if fact and fact not in evidence and signed.source != NOT_HELD:
        # "Our AoC (pci-2033) expired 2034-03-14." then "Our PCI DSS Attestation of Compliance
        # expired on 2034-03-14.": an evidence sentence that says nothing the fact has not.
        said = subject_terms(fact)
        links = set(_LINK_RX.findall(fact))
        # Nor one that gives again the address the fact gives ("Our privacy notice is
        # published at https://..." then "..., dated ..., is publicly available at https://...").
        evidence = " ".join(
            x
            for x in _NEXT_SENTENCE_RX.split(evidence)
            if not subject_terms(x) <= said and not links & set(_LINK_RX.findall(x))
        )
    parts: list[str] = []
    already = signed.source == NOT_HELD and "do not currently hold" in evidence
    # An approved answer leads with its own "Yes." and the evidence may repeat its text.
    shown = bool(signed.fact) and unprefixed(signed.fact) not in evidence and not already
    lead = signed.fact if shown else evidence
    if signed.answer in ("Yes", "No") and polarity(lead) is None:
        parts.append(f"{signed.answer}.")
    elif signed.source == _NOT_APPLICABLE:
        parts.append(f"{signed.answer} (the question's condition does not apply).")
    if shown:
        parts.append(signed.fact)
    if evidence:
        parts.append(evidence)
    return " ".join(parts)


_LINK_RX = re.compile(r"https?://[^\s,;]+[^\s,;.]")


# The sentences wording.extras adds after a report: scope left out, exceptions, carve-outs, the
# opinion.
_REPORT_EXTRA_RX = re.compile(
    r"^\s*(The report notes an exception on|The auditor's opinion is)\b|"
    r"\bnot in the report's scope\.|\bcarved-out subservice organi[sz]ations?:"
)
_NEXT_SENTENCE_RX = re.compile(r"(?<=\.)\s+(?=[A-Z])")
_ADDRESSED_RX = re.compile(r"^This is addressed by our controls? [^,]+, tested in")
# The opinion sentence the report's evidence ends with (wording.extras).
_OPINION_SAID_RX = re.compile(r"\s*The auditor's opinion is [\w-]+\.")


_REPORT_NOUN_RX = re.compile(r"\b(report|audit|attestation|examination|soc|ssae|isae)\b", re.I)

# Gated: each pattern above runs only when its text holds one of these (speed).
_REPORT_NOUN = Cue(
    _REPORT_NOUN_RX, ("report", "audit", "attestation", "examination", "soc", "ssae", "isae")
)
_HOLDING = Cue(
    _HOLDING_RX,
    (
        "certif",
        "attestation",
        "aoc",
        "roc",
        "report",
        "compliant",
        "accredited",
        "audited",
        "achieved",
        "obtained",
        "assess",
        "caiq",
        "regist",
        "listed",
    ),
)
_CURRENT = Cue(_CURRENT_RX, ("current", "valid", "unexpired", "recent", "latest", "within the"))


# --------------------------------------------------------------------------- approved answers


def _with_answer(
    ctx: Context,
    approved: ApprovedAnswer,
    outcome: Outcome | None,
    req: Requirement,
    cls: Classification,
) -> tuple[Status, str, bool]:
    """Status, response and conflict once an approved answer is reused.

    The vendor's own wording leads; for a report-backed row the evidence sentence follows.
    """
    if cls.soc_need:
        about_holding = asks_about_report(req.question)
    else:
        about_holding = bool(cls.artifact or cls.frameworks)
    if _conflicts(ctx, approved, outcome, about_holding):
        return Status.REVIEW, "", True
    if outcome is None:
        return Status.COVERED, approved.answer, False
    if not (cls.soc_need and outcome.status is not Status.GAP):
        return outcome.status, approved.answer, False
    lead = approved.answer if approved.answer.endswith((".", "!", "?")) else approved.answer + "."
    return outcome.status, f"{lead} {unprefixed(_evidence_after(ctx, outcome, req))}", False


def _evidence_after(ctx: Context, outcome: Outcome, req: Requirement) -> str:
    """The report's response after an approved answer, without "This is addressed by our
    control FC-IR-01" when no control it names states what is asked ("cyber insurance" is
    not addressed by an incident response control)."""
    response = outcome.response
    if not response.startswith(_ADDRESSED_LEAD):
        return response
    named = [c for c in ctx.inventory.controls if c.id in outcome.evidence]
    if any(states(req.question, c.description) for c in named):
        return response
    return response.split(". ", 1)[1] if ". " in response else ""


_ADDRESSED_LEAD = "This is addressed by our control"


def _conflicts(
    ctx: Context, answer: ApprovedAnswer, outcome: Outcome | None, about_holding: bool
) -> bool:
    """An approved answer that claims a report the inventory does not hold, or, to a question
    about holding something, says yes to a gap or no to what is held.

    A control question's yes/no is not compared: "Do you store passwords in plaintext?" is
    rightly answered "No" by a vendor whose controls cover it.
    """
    if claimed_reports(answer.answer) - ctx.held_kinds:
        return True
    said = polarity(answer.answer)
    if outcome is None or not about_holding:
        return False
    return (said is True and outcome.status is Status.GAP) or (
        said is False and outcome.status is Status.COVERED
    )


# --------------------------------------------------------------------------- evidence sheet


def evidence_items(inventory: Inventory, ids: Iterable[str]) -> tuple[EvidenceItem, ...]:
    """The inventory items behind evidence ids, for the Evidence sheet (unknown ids skipped)."""
    reports = {r.id: r for r in inventory.reports}
    controls = {c.id: c for c in inventory.controls}
    documents = {d.id: d for d in inventory.documents}
    items: list[EvidenceItem] = []
    for ident in dict.fromkeys(ids):
        if ident in reports:
            r = reports[ident]
            items.append(
                EvidenceItem(
                    ident, r.kind, r.title or f"{r.label} report", r.sharing, _report_detail(r)
                )
            )
        elif ident in controls:
            c = controls[ident]
            items.append(EvidenceItem(ident, "control", c.description, "", ", ".join(c.criteria)))
        elif ident in documents:
            d = documents[ident]
            detail = "; ".join(
                filter(None, [f"dated {d.date}" if d.date else "", ", ".join(d.topics)])
            )
            items.append(EvidenceItem(ident, "document", d.title, d.sharing, detail))
    return tuple(items)


def _report_detail(r: Report) -> str:
    if r.kind == "bridge letter":
        return f"extends {r.extends} through {r.through}"
    parts = [r.type or "", period(r), ", ".join(r.categories)]
    if r.expires:
        parts.append(f"expires {r.expires}")
    carved = [o.name for o in r.subservice_orgs if o.method == "carve-out"]
    if carved:
        parts.append("carved out: " + ", ".join(carved))
    return "; ".join(p for p in parts if p)
