"""Approved answers as facts: the one that states, tells or denies what is asked, dated admissions and their drafts, dedicated staff."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from socproc.inventory.load import ApprovedAnswer, Control
from socproc.mapping.answers import polarity
from socproc.mapping.days import _MONTH_NUMBERS
from socproc.mapping.holdings import YES_NO_RX, Context, add_months
from socproc.mapping.signable.caveats import (
    _CAPITAL_WORD_RX,
    _PLAN_WORD_TERMS,
    _capitalised_names,
    _excluded_asked,
)
from socproc.mapping.signable.clauses import (
    _ACTIVE_RX,
    _ASKED_DONE_RX,
    _WHOLE_SENTENCE_RX,
    _places_stated,
)
from socproc.mapping.signable.control_facts import (
    _HEDGE_RX,
    _LEAD_RX,
    _PAIR_POOL,
    _answer_statements,
    _names_stated,
    _Statements,
)
from socproc.mapping.signable.frequency import _PLAN_NAMED_RX
from socproc.mapping.signable.narrower import (
    _CAPABILITY_RX,
    _PART_RX,
    _SENTENCE_RX,
    _UNIVERSAL_RX,
    _without_plans,
)
from socproc.mapping.signable.negation import _DENIAL_RX, _negated_terms, _places, in_digits
from socproc.mapping.signable.polarity import _WINDOW_ASK_RX, _months, denies, is_admission, negated
from socproc.mapping.signable.quantities import numbers_in
from socproc.mapping.signable.scope import (
    _FUTURE_RX,
    _OPTIONAL_RX,
    _PAST_RX,
    _UN_RX,
    _WITHOUT_RX,
)
from socproc.mapping.signable.stating import _per_group, _product_pairs, hedged_where_said, states
from socproc.mapping.signable.subjects import _GENERAL_TERMS, specific_terms, subject_terms
from socproc.mapping.signable.vocab import (
    _CONCEPTS,
    _NEGATED_RX,
    _WORD_RX,
    NONE,
    NOT_DONE_SO_RX,
    STATED_SHARE,
    Signed,
    days_in,
)
from socproc.mapping.wording import sentence


def on_asked_product(ctx: Context, question: str, text: str) -> str:
    """`text` cut to its clauses on the one product of the vendor's a question names, and those
    naming none of its other products ("Have you tested failover for Briefbill Review?" and
    "Failover of Matter ... was tested in July 2026; Review was last restored ...": the Review
    clause); `text` itself where the question names no product, or one only."""
    asked = products_named(ctx.product_words, question)
    if len(asked) != 1:
        return text
    others = ctx.product_words - asked
    clauses = [c for c in _SENTENCE_RX.split(text) if c.strip()]
    kept = [
        c
        for c in clauses
        if any(re.search(rf"\b{re.escape(w)}\b", c) for w in asked)
        or not any(re.search(rf"\b{re.escape(w)}\b", c) for w in others)
    ]
    return " ".join(kept)


@lru_cache(maxsize=1 << 12)
def products_named(products: frozenset[str], question: str) -> frozenset[str]:
    """The vendor's product words a question names."""
    return frozenset(w for w in products if re.search(rf"\b{re.escape(w)}\b", question))


def stating_answer(ctx: Context, question: str) -> ApprovedAnswer | None:
    """An approved answer (to another question on the same subject) whose own words state
    what `question` asks, as a control's would; one that leads with "No" states nothing to
    answer Yes with. An answer's words are about its own question: "chosen at contract
    signature" in an answer on data regions does not answer "Is there an existing contract?"."""
    for i in _near_answers(ctx, question):
        answer = _answer_statements(ctx).answers[i]
        text = _answer_statements(ctx).texts[i].description
        hedged = polarity(answer.answer) is False or _HEDGE_RX.match(text)
        # "Is Meter's uptime commitment 99.9%?" and "Trade has a 99.9% SLA. For Meter, 99.5%
        # is a target": the clauses on the product asked.
        text = on_asked_product(ctx, question, text)
        named = _names_stated(question, subject_terms(f"{answer.question} {text}"))
        if _places(question) and _per_group(text, question):
            # "Is customer data stored in the EU?" and "EU customers' data is stored in
            # Frankfurt; US customers' data in Virginia": where this customer's is kept
            # depends on it.
            continue
        ours = _without_others_acts(ctx, text)
        if not hedged and named and states(question, ours) and _one_sentence_states(question, ours):
            return answer
    return None


def plan_narrowing(question: str, controls: tuple[Control, ...]) -> Control | None:
    """A control that tells what a question asks of plans ("on all plans", "on the Standard
    plan") for a named plan the question does not name: "Sponsors on the Validated plan can
    turn on SAML single sign-on; on the Standard plan they sign in with a password" beside an
    approved "SAML single sign-on is available on all plans". The control is the inventory's
    own word on the plans, which the approved sentence does not outweigh."""
    if not _PLAN_ASK_RX.search(question):
        return None
    plans = [m[0] for m in _PLAN_NAMED_RX.finditer(question)]
    asked_plans = {p.lower() for p in plans}
    specific = specific_terms(question) - _PLAN_WORD_TERMS - subject_terms(" ".join(plans))
    if not specific:
        return None
    for control in controls:
        for part in _SENTENCE_RX.split(control.description):
            named = {m[0].lower() for m in _PLAN_NAMED_RX.finditer(part)}
            if named - asked_plans and len(specific & subject_terms(part)) >= STATED_SHARE * len(
                specific
            ):
                return control
    return None


def exception_admitted(question: str, said: str, controls: tuple[Control, ...]) -> Control | None:
    """A control that admits a part without what an approved answer says of all: "Revision A
    and B tags send readings to the hub unencrypted" beside an approved "all data is encrypted
    in transit"; "analysers send results over plain TCP, which is not encrypted". The control
    is the inventory's own word on the exception, which the approved "all" does not outweigh."""
    if not _UNIVERSAL_RX.search(said):
        return None
    acts = _asked_acts(question) & {t[:3] for t in subject_terms(said)}
    # A security concept asked and said of all ("Every user signs in with multi-factor
    # authentication") is an act too: "a password only and no second factor" admits a part.
    acts |= {t[:3] for t in subject_terms(question) & subject_terms(said) & _CONCEPTS}
    if not acts:
        return None
    for control in controls:
        for part in _SENTENCE_RX.split(control.description):
            if {t[:3] for t in _denied_in(part)} & acts:
                return control
    return None


def _asked_acts(question: str) -> frozenset[str]:
    """The first letters of what a yes/no question asks done: "Is all data encrypted ...?",
    "Do you encrypt all customer data ...?"."""
    m = _DONE_ASK_RX.match(question)
    return frozenset(t[:3] for t in subject_terms(m["act"] or m["act2"])) if m else frozenset()


def _denied_in(part: str) -> frozenset[str]:
    """What a sentence says is not done: its denials ("is not encrypted"), its un-words
    ("unencrypted", "unpatched") and plain channels ("over plain HTTP", "in the clear")."""
    denied = set(_negated_terms(part))
    for m in _UN_RX.finditer(part):
        denied |= subject_terms(m[1])
    if _PLAIN_CHANNEL_RX.search(part):
        denied.add("encrypt")
    return frozenset(denied)


# "Is all data encrypted ...?", "Are all laptops managed ...?", "Do you encrypt ...?".
_DONE_ASK_RX = re.compile(
    r"\s*(?:(?:is|are)\s+(?:the\s+|all\s+|any\s+|your\s+)?(?:[\w-]+\s+){0,6}?(?P<act>\w+ed)\b|"
    r"(?:do|does)\s+(?:you|your\s+\w+)\s+(?P<act2>\w+))",
    re.I,
)
# A channel that carries data as it is: "over plain TCP", "plain HTTP", "in the clear".
_PLAIN_CHANNEL_RX = re.compile(
    r"\bplain(?:\s+|-)?(?:text|http|tcp|ftp|telnet)\b|\bin\s+the\s+clear\b|\bcleartext\b", re.I
)


# A question on plans: "on all plans", "on the Standard plan", "in every tier".
_PLAN_ASK_RX = re.compile(r"\b(plans?|tiers?|editions?|subscriptions?|packages?)\b", re.I)


def org_acts(name: str, text: str) -> bool:
    """Whether `text` opens with an organisation doing something itself: "Nuvola Lombarda runs
    ...", "Betalo Payments stores payment details ..." ("AWS WAF protects ..." is the vendor's
    use of a provider's service)."""
    first = name.split()[0]
    return bool(
        re.match(rf"\s*(?:the\s+)?{re.escape(first)}(?:\s+[A-Z][\w.&-]*)*\s+{_ORG_ACT}", text)
    )


_ORG_ACT = (
    r"(runs|performs|operates|monitors|manages|provides|maintains|handles|conducts|tests|scans|"
    r"keeps|stores|holds|hosts|processes|carries\s+out|does|is\s+responsible)\b"
)


def _without_others_acts(ctx: Context, text: str) -> str:
    """`text` without the sentences in which a subservice organisation acts ("Betalo Payments
    stores payment details in Sweden"): what they do is not the vendor's."""
    names = [o.name for r in ctx.inventory.reports for o in r.subservice_orgs]
    if not names:
        return text
    # A sentence that denies or qualifies ("Hetzner stores the legacy backups unencrypted") is
    # kept: it may rule the claim out.
    return " ".join(
        x
        for x in _WHOLE_SENTENCE_RX.split(text)
        if not any(org_acts(n, x) for n in names) or _DENIAL_RX.search(x) or _UN_RX.search(x)
    )


def _one_sentence_states(question: str, text: str) -> bool:
    """Whether one sentence of a many-sentence text states what is asked: "stored on our own
    servers ..." and, three sentences on, "Card numbers are held by Vaultera" do not state
    "Do you store card numbers in your own systems?" between them."""
    sentences = _WHOLE_SENTENCE_RX.split(text)
    return len(sentences) == 1 or any(states(question, s) for s in sentences)


# A practice or its document asked: "a documented ... process?", "an incident response plan?".
_PRACTICE_ASK_RX = re.compile(
    r"\b(?:process|processes|procedures?|polic(?:y|ies)|plans?|programs?|programmes?|"
    r"documented)\b",
    re.I,
)


def telling_answer(ctx: Context, question: str) -> ApprovedAnswer | None:
    """An approved answer to a yes/no question on the same subject that answers it by telling
    what is done, with no Yes in front ("Do you use artificial intelligence?" and "Labbook
    Assist summarises experiments with a language model we host ourselves ...") for "Does
    your solution have AI features?": a Yes. Its opening clause must not deny, plan or hedge,
    and the question may ask nothing the approved question did not."""
    specific = subject_terms(_without_plans(question)) - _GENERAL_TERMS
    if not specific or is_admission(question) or negated(question):
        return None
    statements = _answer_statements(ctx)
    for i in _answers_on(statements, specific):
        answer = statements.answers[i]
        asked = subject_terms(answer.question) - _GENERAL_TERMS
        if (
            not YES_NO_RX.match(answer.question)
            or polarity(answer.answer) is not None
            or not specific <= asked
            # What befell the vendor ("Have you had a privacy breach?" and the breach told) is
            # no practice: "Do you have a documented privacy management process?".
            or (is_admission(answer.question) and _PRACTICE_ASK_RX.search(question))
        ):
            continue
        if _UNIVERSAL_RX.search(question) and (
            _UN_RX.search(answer.answer) or _WITHOUT_RX.search(answer.answer)
        ):
            # "Are all backups encrypted?" and "...; the legacy archive backups are stored
            # unencrypted": not all of them.
            continue
        if any(
            (denied := _negated_terms(part)) and denied <= specific
            for said in _SENTENCE_RX.split(answer.answer)
            if _WE_LEAD_RX.match(said)
            for part in _PART_RX.split(said)
        ):
            # "Do you process health information or sign BAAs?" and "Carnet holds personal
            # health information ... and do not sign business associate agreements": it tells
            # of one and denies the other, the one asked (not a narrower kind of it, "no
            # generative AI" beside a machine learning model, nor of some products: "Liberty
            # Nomina uses no AI"; the vendor's own denial, "We ...").
            continue
        first, opening = _opening(answer.answer)
        if hedged_where_said(question, answer.answer):
            # "Are backups encrypted?" and "We aim to encrypt all backups": an aim.
            continue
        if not (
            _NO_EVENT_RX.search(opening)
            or _DENIAL_RX.search(first)
            or _FUTURE_RX.search(first)
            or _PAST_RX.search(first)
            or _HEDGE_RX.match(first)
            or _OPTIONAL_RX.search(first)
        ):
            return answer
    return None


def answer_saying_otherwise(
    ctx: Context, question: str, yes: bool, approved: ApprovedAnswer
) -> ApprovedAnswer | None:
    """Another approved answer whose words rule out (for an approved Yes) or state (for an
    approved No) what `question` asks: "We have no higher education customers today" beside a
    "Yes. The University of Hartmoor uses Brindle Clinic" approved years before. Found by the
    words of its text, whatever question it was approved for."""
    specific = subject_terms(question) - _GENERAL_TERMS
    if not specific:
        return None
    statements = _answer_statements(ctx)
    for i, terms in enumerate(statements.terms):
        other = statements.answers[i]
        if other == approved or len(specific & terms) < STATED_SHARE * len(specific):
            continue
        text = statements.texts[i].description
        if denies(question, text) if yes else states(question, text):
            return other
    return None


def denying_answer(ctx: Context, question: str, any_lead: bool = False) -> ApprovedAnswer | None:
    """An approved answer on the same subject, not one that leads with "Yes" (unless
    `any_lead`: a denial inside a Yes to another question still denies), whose words rule
    out what `question` asks ("No. We do not store, process or transmit payment card data")."""
    statements = _answer_statements(ctx)
    for i in _near_answers(ctx, question):
        answer = statements.answers[i]
        if told_apart(question, answer):
            continue  # "general liability insurance?" and "No cyber insurance; we have general ..."
        if (any_lead or polarity(answer.answer) is not True) and denies(
            question, statements.texts[i].description
        ):
            return answer
        if (
            polarity(answer.answer) is False
            and _narrower(question, answer.question)
            # "Do you process or store data in China?": a No of a place is no No of the
            # practice asked where no place is named.
            and not _places(answer.question) - _places(question)
            # The No's own words say nothing of what the narrower question adds ("No,
            # backups rely on the storage provider's encryption" for "encrypted by the
            # storage provider?").
            and not (subject_terms(question) - subject_terms(answer.question)) & statements.terms[i]
        ):
            return answer
    return None


def same_ask(ctx: Context, question: str) -> ApprovedAnswer | None:
    """The approved answer to the same value question in other words ("What uptime do you
    commit to?" and "What is your uptime commitment?", "List the subprocessors that will have
    access to our data" and "Which subprocessors have access to customer data?"): both ask a
    value and name the same subject, word for word once frame words are set aside."""
    if YES_NO_RX.match(question) or not _VALUE_QUESTION_RX.match(question):
        return None
    wanted = _ask_key(question)
    if not wanted - _GENERAL_TERMS:
        return None
    found = _value_asks(ctx).get(wanted, ())
    # Two approved answers to it: which one holds is for the reviewer.
    return found[0] if len(found) == 1 else None


_VALUE_ASKS: dict[int, tuple[Context, dict[frozenset[str], tuple[ApprovedAnswer, ...]]]] = {}


def _value_asks(ctx: Context) -> dict[frozenset[str], tuple[ApprovedAnswer, ...]]:
    """The run's approved answers to value questions, by `_ask_key`, once per context."""
    cached = _VALUE_ASKS.get(id(ctx))
    if cached is not None and cached[0] is ctx:
        return cached[1]
    asks: dict[frozenset[str], list[ApprovedAnswer]] = {}
    for answer in ctx.current_answers:
        if (
            _VALUE_QUESTION_RX.match(answer.question)
            and not YES_NO_RX.match(answer.question)
            and polarity(answer.answer) is None
        ):
            asks.setdefault(_ask_key(answer.question), []).append(answer)
    found = {key: tuple(dict.fromkeys(group)) for key, group in asks.items()}
    if len(_VALUE_ASKS) >= 8:
        _VALUE_ASKS.clear()
    _VALUE_ASKS[id(ctx)] = (ctx, found)
    return found


def _ask_key(question: str) -> frozenset[str]:
    """A question's subject terms with nouns made from verbs folded ("commitment")."""
    return frozenset(t.removesuffix("ment") if len(t) > 7 else t for t in subject_terms(question))


# A question asking for a value or a list: "What ...", "Which ...", "List ...", "How long ...".
_VALUE_QUESTION_RX = re.compile(
    r"^\s*(what|which|who|where|when|list|name|identify|provide\s+a\s+list|how\s+(many|much|long|"
    r"often|do|does|is|are))\b",
    re.I,
)


# "Do you have cyber insurance and a business continuity plan?": a second thing asked to be
# had, which a Yes must cover too (not "... and can you share it?", which asks no second thing,
# nor the last of a list, "insurance to protect against outages, lost data, and incidents?").
_AND_ITEM_RX = re.compile(
    r"^\s*(do|does|did|have|has)\s+(you|your\s+\w+|the\s+\w+)\s+(have|hold|maintain|carry|"
    r"possess|keep|use|operate|run)\b"
    # The first thing, with no preposition or clause of its own ("insurance against data loss
    # and security incidents" asks one thing).
    r"(?:(?!\s(against|for|of|to|in|on|with|from|by|about|covering|including|that|which|"
    r"who)\b)[^?,;])*?\s(and|as\s+well\s+as|plus|along\s+with)\s+"
    r"(?!(can|could|will|would|is|are|do|does|did|please|if|where|when|how|who|share|provide|"
    r"send|attach|it|they|them)\b)(?P<item>[^?,;]{3,80})\?",
    re.I,
)


def second_item(question: str) -> str:
    """The second thing a question asks to have ("Do you have X and Y?" → "Y"), or ""."""
    m = _AND_ITEM_RX.match(question)
    return m["item"] if m else ""


def second_item_unsaid(question: str, text: str) -> bool:
    """Whether a question asks to have two things ("X and Y?") and `text` says nothing of the
    second: a Yes for the first is not a Yes for both."""
    item = specific_terms(second_item(question)) - _GENERAL_TERMS
    return bool(item) and not item & subject_terms(text)


def answer_fits(question: str, approved: ApprovedAnswer) -> bool:
    """Whether an approved Yes reused for another wording fits it: its words do not deny
    what the new question adds ("not Cyber Essentials Plus") nor name places the new
    question leaves out ("only in the US" and "engineers in India can view it")."""
    body = _LEAD_RX.sub("", approved.answer.strip())
    added = specific_terms(question) - subject_terms(approved.question)
    denied = frozenset().union(*map(_negated_terms, _PART_RX.split(body)))
    if _excluded_asked(question, body):
        return False  # "it excludes ransom and extortion payments" for "covers ransom?"
    return not added & denied and _places_stated(question, body) | (not _places(question))


def told_apart(question: str, approved: ApprovedAnswer) -> bool:
    """Whether a question swaps the thing the approved question asked for another that the
    approved answer's own words tell of ("general liability insurance?" and the No approved for
    "cyber insurance?": "No. We do not carry cyber insurance. We have general liability
    insurance ..."): the lead answers the approved question, and the words after it may say
    the other way of the one asked."""
    # (an amount asked, "of GHS 20 million", is a measure of the thing, not another thing)
    added = specific_terms(question) - subject_terms(approved.question) - _amount_terms(question)
    dropped = specific_terms(approved.question) - subject_terms(question)
    if not added or not dropped:
        return False
    # A sentence that tells of what is added, and none of those denies it ("No data is stored
    # outside the United States" still answers "outside the US?" of "Where is data stored?").
    telling = [
        x
        for x in _SENTENCE_RX.split(_LEAD_RX.sub("", approved.answer.strip()))
        if added <= subject_terms(x)
    ]
    return bool(telling) and not any(_DENIAL_RX.search(x) for x in telling)


def _amount_terms(text: str) -> frozenset[str]:
    """The terms of the amounts a text names: "GHS 20 million" → ghs, 20, million."""
    return frozenset().union(*(subject_terms(m[0]) for m in _AMOUNT_RX.finditer(text)))


_AMOUNT_RX = re.compile(
    r"\b(?:[A-Z]{3}\s*)?[$€£¥]?\d[\d,.]*\s*(?:million|billion|thousand|"
    r"[mkb]n?)?\b(?:\s*[A-Z]{3}\b)?",
)


def dedicated_staff(ctx: Context, question: str) -> Signed:
    """Yes to "Do you have dedicated information security (or privacy) staff or an office?"
    where the inventory names a role for it: the contact's title ("Head of Security"), a
    control or an approved answer ("led by the Chief Privacy Officer"); NONE otherwise."""
    m = _DEDICATED_RX.search(question)
    if m is None or numbers_in(question):
        # "more than 5 dedicated security staff" asks a count a role does not give.
        return NONE
    texts = [c.description for c in ctx.inventory.controls]
    texts += [a.answer for a in ctx.current_answers]
    contact = ctx.inventory.contact
    texts.append(contact.title or "" if contact is not None else "")
    area = "privacy" if re.search("privacy|protection", m["area"], re.I) else "security"
    if (
        any(
            (
                _NOT_DEDICATED_RX.search(part)
                and (
                    _AREA_RX[area].search(part)
                    or not any(rx.search(part) for rx in _AREA_RX.values())
                )
            )
            or (_BOUGHT_IN_RX.search(part) and _AREA_RX[area].search(part))
            for text in texts
            for part in _PART_RX.split(text)
        )
        or any(
            (also := _WHO_ALSO_RX.search(x)) is not None
            and _AREA_RX[area].search(x[: also.start()])
            # "also runs IT", not "also runs the security awareness programme".
            and not _AREA_RX[area].search(x[also.end() :])
            for text in texts
            for x in _SENTENCE_RX.split(text)
        )
        or any(_BOUGHT_IN_RX.search(t) and _AREA_RX[area].search(t) for t in texts)
    ):
        # "there is no dedicated security team", "IT Manager (part-time security)", "no
        # dedicated team; the CTO handles it"; a privacy role held beside another says nothing
        # of the security team.
        return NONE
    role = _STAFF_ROLE_RX[area]
    if m["staff"].lower() == "officer":
        # "a designated Data Protection Officer" is that office, not any privacy lead.
        role = _OFFICER_RX[area]
    elif area == "privacy":
        # "a dedicated data privacy staff or office?": a team, an office or staff, not one
        # named data protection officer (who may hold the role beside another).
        role = _PRIVACY_TEAM_RX
    if m["staff"].lower() == "team":
        # "a dedicated security team?": a team, not one person's title ("CISO").
        role = _TEAM_RX[area]
    sentences = [x for text in texts for x in _SENTENCE_RX.split(text) if role.search(x)]
    if sentences and all(NOT_DONE_SO_RX.search(x) for x in sentences):
        # "We considered appointing a dedicated privacy officer but have not done so": the
        # role named only where it was thought of and not filled.
        return NONE
    if (
        contact is not None
        and contact.title
        and role.search(contact.title)
        # "Head of Operations and Security Officer": the role held beside another.
        and not _beside_another_role(contact.title, area)
    ):
        who = ", ".join(x for x in (contact.name, contact.email) if x)
        said = f"Our {contact.title}" + (f" ({who})" if who else "") + " leads it."
        return Signed("Yes", said, "contact")
    for control in ctx.inventory.controls:
        # "Building security staff check badges": guards of a site, not information security.
        if role.search(_REGULATOR_RX.sub(" ", _SITE_GUARDS_RX.sub(" ", control.description))):
            said = control.description.strip().rstrip(".")
            return Signed("Yes", f"{said} (control {control.id}).", control.id)
    for answer in ctx.current_answers:
        # A regulator's office ("the Office of the Privacy Commissioner") is not the vendor's.
        told = _REGULATOR_RX.sub(" ", answer.answer)
        if polarity(answer.answer) is not False and role.search(told):
            said = _LEAD_RX.sub("", answer.answer.strip())
            return Signed("Yes", said[:1].upper() + said[1:], "answer")
    return NONE


_REGULATOR_RX = re.compile(
    r"\b(the\s+)?(office\s+of\s+the\s+)?(\w+\s+){0,2}?(privacy|information|data\s+protection)\s+"
    r"(commissioner|authority|regulator|ombudsman|supervisor|inspectorate|agency)('s\s+office)?\b|"
    # A public office by its acronym ("the data protection office (UOOU)"), or the one told
    # or called ("who calls the customers and the data protection office"): not the vendor's.
    r"\bthe\s+(\w+\s+){0,2}?(privacy|information|data\s+protection)\s+office\s*\((?-i:[A-Z]{2,})"
    r"\)|\b(call|calls|notify|notifies|tell|tells|inform|informs|contact|contacts|alert|alerts|"
    r"reports?\s+to)\s+([\w'’-]+\s+){0,6}?the\s+(\w+\s+){0,2}?(privacy|information|"
    r"data\s+protection)\s+office\b",
    re.I,
)


_AREA_RX = {
    "security": re.compile(r"\bsecurity\b|\bCISO\b|\bCSO\b", re.I),
    "privacy": re.compile(r"\bprivacy\b|\bdata\s+protection\b|\bDPO\b|\bCPO\b", re.I),
}


# "The Data Protection Officer is an external firm": a service bought, not staff (said of the
# role: "An external firm performs a penetration test" says nothing of the security team).
_BOUGHT_IN_RX = re.compile(
    r"\b(external|outsourced|outside|third[- ]party|contracted)\s+(\w+\s+){0,2}?(firm|company|"
    r"provider|consultanc\w*|dpo|ciso|officer|service)\b|"
    r"\b(is|are)\s+(an?\s+)?(external|outsourced|outside)\b|"
    # "Our data protection officer is Avv. Chiara Benedetti of Studio Benedetti Privacy": a
    # person of another organisation.
    r"\b(officer|dpo|ciso|"
    r"cso)\s+is\s+[^;]{0,60}?\bof\s+(?-i:[A-Z])[\w&.-]+(\s+(?-i:[A-Z])[\w&.-]+)+",
    re.I,
)


_NOT_DEDICATED_RX = re.compile(
    r"(\b(no|not|without)|n['’]t)\s+(\w+\s+){0,2}?(a\s+)?(dedicated|full[- ]time)\b|"
    r"\b(part|half)[- ]time\b|\b\d{1,2}\s*%\s+of\s+(his|her|their|its)\s+(time|week)\b|"
    # "We have no separate privacy team", "no privacy staff of our own".
    r"\bno\s+(separate|standalone|independent|distinct)\s+(\w+\s+){0,2}?(team|staff|office|"
    r"function|"
    r"department|officer)\b|\bno\s+(\w+\s+){0,2}?(team|staff|office)\s+of\s+(our|its)\s+own\b|"
    r"\bas\s+a\s+side\b|"
    # "Security is part of one person's job; the Head of Cyber Security also runs IT."
    r"\bpart\s+of\s+(one\s+person['’]s|someone['’]s|(the|our|"
    r"an?)\s+([\w-]+\s+){0,2}?[\w-]+['’]s)\s+"
    r"(job|role|duties|responsibilities|work)\b|"
    # "VP Engineering (acting security lead)": a role held for now, beside another.
    r"\b(acting|interim|temporary)\s+(\w+\s+){0,2}?(security|privacy|ciso|cso|dpo|officer|lead|"
    r"head)\b|"
    # "our General Counsel is also our privacy officer": a role beside another.
    r"\balso\s+(our|the|a|an)\s+(\w+\s+){0,2}?(officer|lead|head|dpo|ciso|cso|manager)\b|"
    # "acts as data protection officer alongside her other duties", "doubles as the DPO".
    r"\b(alongside|besides|beside|on\s+top\s+of|in\s+addition\s+to|as\s+well\s+as)\s+(his|her|"
    r"their|its|other)\s+(\w+\s+){0,2}?(duties|roles?|responsibilities|jobs?|work)\b|"
    r"\bdoubles\s+as\b|"
    # "the Head of IT and one engineer share security duties with IT operations", "security
    # is split with their IT work": duties held together with another function's.
    r"\b(share|shares|shared|split|splits)\s+(\w+\s+){0,2}?(duties|roles?|responsibilit(y|ies)|"
    r"work|time)\s+(with|between)\b|\b(duties|roles?|responsibilit(y|ies)|work|function)\s+(is|"
    r"are)\s+(shared|split|merged|combined)\s+(with|between|into)\b|"
    # "The security function is merged into IT operations."
    r"\b(merged|combined|folded)\s+(with|into)\s+(the\s+)?(it|operations|engineering|"
    r"infrastructure|devops)\b|"
    # "A virtual security group of engineers drawn from each product team": people of other
    # teams, meeting now and then.
    r"\bvirtual\s+(\w+\s+)?(team|group)\b|\bdrawn\s+from\b|\bon\s+rotation\b",
    re.I,
)


_SITE_GUARDS_RX = re.compile(
    r"\b(building|physical|site|premises|facility|facilities|campus|reception|front[- ]desk|"
    r"office)\s+security\s+(staff|team|guards?|officers?|personnel)\b",
    re.I,
)


# "Our privacy officer is our General Counsel, who also handles our contracts": read with its
# sentence, which says whose role it is.
# "... who also ...", "the Head of Cyber Security also runs IT": a role held beside another.
_WHO_ALSO_RX = re.compile(
    r"\bwho\s+also\b|\balso\s+(runs|leads|manages|heads|handles|looks\s+after|covers)\b", re.I
)


_DEDICATED_RX = re.compile(
    r"\b(dedicated|designated|full[- ]time)\b[^?]{0,30}?\b(?P<area>information\s+security|"
    r"security|data\s+privacy|privacy|data\s+protection)\b[^?]{0,20}?\b(?P<staff>staff|team|"
    r"office|officer|personnel|function|role|person|resources?)\b",
    re.I,
)


_OFFICER_RX = {
    "security": re.compile(
        r"\b(chief\s+information\s+security\s+officer|security\s+officer|CISO|CSO)\b", re.I
    ),
    "privacy": re.compile(
        r"\b(data\s+protection\s+officer|privacy\s+officer|chief\s+privacy\s+officer|DPO|CPO)\b",
        re.I,
    ),
}


_STAFF_WORDS = r"(head|chief|director|vp|vice\s+president|officer|manager|lead|team|office)"


_PRIVACY_TEAM_RX = re.compile(
    r"\b(privacy|data\s+protection)\s+(team|office|staff|function|department|group|unit)\b|"
    r"\b(team|office|staff|function|department)\s+(for|of)\s+(data\s+)?(privacy|protection)\b|"
    # "The DPO is a full-time employee whose only role is data protection".
    r"\b(full[- ]time|only\s+role|sole\s+role|exclusively)\b[^.;]{0,60}\b(privacy|"
    r"data\s+protection)\b|"
    r"\b(privacy|data\s+protection|dpo)\b[^.;]{0,60}\b(full[- ]time|only\s+role|sole\s+role|"
    r"exclusively)\b",
    re.I,
)


_TEAM_RX = {
    area: re.compile(
        rf"\b{words}\s+(team|department|group|unit|function|office|engineers|analysts|staff)\b|"
        rf"\b(team|department|group|unit)\s+(for|of)\s+(\w+\s+)?{words}\b",
        re.I,
    )
    for area, words in (
        ("security", r"(information\s+|cyber\s*)?security"),
        ("privacy", r"(data\s+)?(privacy|protection)"),
    )
}


_TITLE_JOIN_RX = re.compile(r"\s+(?:and|&)\s+|\s*/\s*", re.I)


_ROLE_NOUN_RX = re.compile(
    r"\b(head|officer|director|manager|lead|chief|vp|vice\s+president|president|engineer|"
    r"founder|owner|partner|administrator|c[a-z]{1,2}o)\b",
    re.I,
)


def _beside_another_role(title: str, area: str) -> bool:
    """Whether a title joins the area's role to a role of another kind: "Head of Operations and
    Security Officer", "CTO / CISO"; not "Head of Security and Compliance" (one role over two
    areas) nor "Security and Privacy Lead"."""
    roles = [p for p in _TITLE_JOIN_RX.split(title) if _ROLE_NOUN_RX.search(p)]
    return len(roles) > 1 and any(not _AREA_RX[area].search(p) for p in roles)


_STAFF_ROLE_RX = {
    area: re.compile(
        rf"\b{_STAFF_WORDS}\b[^.;,]{{0,25}}\b{words}\b|\b{words}\b[^.;,]{{0,15}}\b{_STAFF_WORDS}\b"
        + extra,
        re.I,
    )
    for area, words, extra in (
        ("security", r"(information\s+)?security", r"|\b(CISO|CSO)\b"),
        ("privacy", r"(data\s+)?(privacy|protection)", r"|\b(DPO|CPO)\b"),
    )
}


def denying_since(ctx: Context, question: str) -> ApprovedAnswer | None:
    """An approved answer that rules out what a question asks of a recent window, for longer
    than the window ("no breach ... since it was founded in 2017" for "in the past three
    years?")."""
    window = _WINDOW_ASK_RX.search(question)
    if window is None:
        return None
    start = ctx.as_of.year * 12 + ctx.as_of.month - _months(window)
    asked = _WINDOW_ASK_RX.sub(" ", question)
    statements = _answer_statements(ctx)
    for i in _near_answers(ctx, question):
        text = statements.texts[i].description
        since = _SINCE_RX.search(text)
        if since is None or polarity(statements.answers[i].answer) is True:
            continue
        if int(since["year"]) * 12 + 12 <= start and denies(asked, _SINCE_RX.sub(" ", text)):
            return statements.answers[i]
    return None


def _vendor_denies(ctx: Context, question: str, text: str) -> bool:
    """Whether a sentence of `text` says, bare, that the vendor has had none of what `question`
    asks ("Brightwater has had no personal data breach", "To date, we have never had a
    breach", "There has never been a data breach at Northwind"; not "Sorriso Pay had no
    outage", one product's, "no other breach", nor "no breach requiring notification to a
    regulator", narrower)."""
    words = ctx.inventory.vendor.split()
    names = [re.escape(ctx.inventory.vendor), *(re.escape(words[0]) for _ in words[:1])]
    opener = re.compile(
        rf"\s*(?:(?:to\s+date|so\s+far|since\s+our\s+founding),?\s+)?(?:we|our\s+company|the\s+"
        rf"company|there|no|{'|'.join(names)}(?!\s+(?-i:[A-Z])))\b",
        re.I,
    )
    return any(
        opener.match(x) and _HAD_NONE_RX.search(x) and denies(question, x)
        for x in _SENTENCE_RX.split(text)
    )


# Had none, ever, and nothing narrower after: "has had no personal data breach.", "have never
# had a breach", "has never been a data breach at Northwind".
_HAD_NONE_RX = re.compile(
    r"\b(has|have)\s+(never\s+(had|experienced|suffered|been)|not\s+(had|experienced|suffered)|"
    r"(had|experienced|suffered)\s+no)\b(?!\s+(\w+\s+)?other\b)"
    r"(\s+(?!(?:of|requiring|involving|that|which|affecting|in|to|with|for|from|"
    r"under)\b)[\w-]+){0,6}"
    r"\s*[.;]?\s*$|"
    # "No personal data breach has ever occurred at Northwind."
    r"^\s*no\s+(?!other\b)[\w\s-]{1,40}?\s+(has|have)\s+ever\s+(occurred|happened|taken\s+place)"
    r"(\s+(at|to)\s+[\w\s-]{1,40}?)?\s*[.;]?\s*$",
    re.I,
)


def dated_admission(ctx: Context, question: str) -> tuple[ApprovedAnswer, bool] | None:
    """Yes or No to an admission asked of a recent window ("a security breach in the last 12
    months?") from an approved Yes to the same question without the window that dates what
    it admits ("Yes. In March 2023 ...; no other incident requiring notification in the last
    five years"): Yes when the first date it gives falls in the window; No when every date
    falls before the window and the answer rules out any other for at least the window. An
    undated admission, or one with no such denial, is left for the reviewer."""
    window = _WINDOW_ASK_RX.search(question)
    if window is None:
        return None
    start, now = _asked_window(ctx, question)
    # "a significant breach": a breach of data the vendor tells, reported or notified, is one.
    asked = _SEVERITY_RX.sub(" ", _WINDOW_ASK_RX.sub(" ", question))
    # "... that involved reporting to a governmental agency or notice to individuals": what
    # the event must have involved, asked of the event the approved answer tells.
    qualifier = _INVOLVED_RX.search(asked)
    if qualifier is not None:
        asked = asked[: qualifier.start()] + "?"
    statements = _answer_statements(ctx)
    # By the approved question's subject: the answer's own words may not repeat it ("Yes. In
    # March 2023 a misconfigured export ...").
    specific = subject_terms(asked) - _GENERAL_TERMS
    for i in _answers_on(statements, specific):
        answer = statements.answers[i]
        said = polarity(answer.answer)
        body = _LEAD_RX.sub("", answer.answer.strip())
        # "a personal data breach?" of an approved answer on "a data breach" that tells whose
        # personal data was exposed ("names and bus stop addresses of 1,240 riders").
        same = asked if not _PERSONAL_DATA_RX.search(body) else _PERSONAL_RX.sub("", asked)
        if said is False or not (
            states(same, answer.question) or _one_of(specific, body) or _calls_it(same, body)
        ):
            continue
        if said is None and not _narrates_event(body):
            continue
        if said is None and _vendor_denies(ctx, same, body):
            # "In May 2036 a driver's phone was stolen ...; no authority was notified. Brightwater
            # has had no personal data breach": the event told is not the one asked, in the
            # answer's own words.
            continue
        covers = _ruled_out_since(question, body, now)
        told = _NO_OTHER_RX.sub(" ", _SINCE_RX.sub(" ", _STAMP_RX.sub(" ", body)))
        dates = _event_dates(told)
        if not dates:
            continue
        first, last = dates[0], max(end for _, end in dates)
        if _event_of_another(question, body):
            # "Has Monster had an outage?" and "On 2033-05-04 Paspoort was unavailable": the
            # event told is of another product than the one asked.
            continue
        opens = add_months(ctx.as_of, -_months(window))  # the day the window opens
        days = _iso_days(told)
        if first[0] == start and days and min(days) >= opens and first[1] <= now:
            # In the month the window opens, every day the answer gives inside the window.
            first = (start + 1, first[1])
        if last == start and days and max(days) < opens:
            last = start - 1  # in that month, before the day it opens
        if first[0] > start and first[1] <= now:
            if qualifier is not None and not _involved(qualifier[0], body):
                continue  # in the window, but not said to have involved what is asked
            return answer, True
        # The month the window opens in is left for the reviewer: "the last six months" of 20
        # May holds 25 November, not 9 November.
        if last < start and any(cover <= start for cover in covers):
            return answer, False
    return None


def product_outage(ctx: Context, question: str) -> tuple[ApprovedAnswer, bool] | None:
    """Yes or No to "Has Tidewell Accession had an unplanned outage (longer than one hour) in
    the last 12 months?" from the approved answer that tells outages by product, date and
    duration: Yes where a clause whose subject is the product asked dates one in the window
    (as long as asked, where a length is asked and told); No where none of its clauses does
    and the answer rules others out for the whole window ("There was no other unplanned outage
    in the last 12 months"), or a clause says the product had none in the window. Anything
    else (a length untold, the month the window opens) is the reviewer's."""
    window = _WINDOW_ASK_RX.search(question)
    if window is None or not _OUTAGE_RX.search(question):
        return None
    vendor = set(ctx.inventory.vendor.split())
    names = [n for n in _capitalised_names(question) if n not in vendor]
    if not names:
        return None
    # A product by the word it is told apart by ("VetLedger Clinic" is told as "Clinic"): the
    # inventory's product word, or the last word of its name.
    names = [n for n in names if n in ctx.product_words] or names[-1:]
    start, now = _asked_window(ctx, question)
    asked = in_digits(question)
    bound = _MEASURE_RX.search(asked) if _BEYOND_RX.search(asked) else None
    least = _minutes(bound) if bound else 0.0
    for answer in ctx.current_answers:
        if not (_OUTAGE_RX.search(answer.question) or _OUTAGE_RX.search(answer.answer)):
            continue
        body = _LEAD_RX.sub("", answer.answer.strip())
        clauses = [c for c in _SENTENCE_RX.split(body) if c.strip()]
        # Its own outages: a clause on it that tells one ("could not sell passes for 2 hours"
        # is one, whatever its "not"), not one that says it had none or was not affected.
        own = [
            c
            for c in clauses
            if _subject_named(c, names)
            and not _NONE_HAD_RX.search(c)
            and not _DENIAL_RX.search(_DOWN_RX.sub(" ", c))
        ]
        dated = [(c, _event_dates(c)) for c in own if _event_dates(c) and _DOWN_RX.search(c)]
        for clause, dates in dated:
            if dates[0][0] > start and dates[0][1] <= now:
                took = _told_length(clause)
                if not bound:
                    return answer, True
                if took is None:
                    return None  # how long it lasted is not told
                if took > least:
                    return answer, True
        if any(d[0] <= start <= d[1] for _, ds in dated for d in ds):
            return None  # the month the window opens: the reviewer's
        if any(
            _DOWN_RX.search(c)
            and not _DENIAL_RX.search(c)
            and any(d[1] > start for d in _event_dates(c))
            and not _named_subject(c, vendor)
            for c in clauses
        ):
            return None  # an outage in the window told of no product by name: maybe all
        covers = _ruled_out_since(question, body, now)
        none_own = any(
            _NONE_HAD_RX.search(c)
            and _subject_named(c, names)
            and (not _BEYOND_RX.search(c) or _at_least_as_long(question, c))
            and _covered_window(c, start, now)
            for c in clauses
        )
        if any(cover <= start for cover in covers) or none_own:
            return answer, False
    return None


def _ruled_out_since(question: str, body: str, now: int) -> list[int]:
    """How far back (year * 12 + month) each "no other ..." of an answer rules others out;
    with no window, ever (0). "No other outage has lasted longer than 1 hour" rules out long
    ones only, and so counts only for a question asking of ones at least as long."""
    return [
        now - _months(m) if m["n"] else int(m["year"]) * 12 + 1 if m["year"] else 0
        for m in _NO_OTHER_RX.finditer(body)
        if not _BEYOND_RX.search(m[0]) or _at_least_as_long(question, m[0])
    ]


def _subject_of(clause: str) -> str:
    """A clause's words before the verb that tells of an outage ("Tidewell VetView" of
    "Tidewell VetView was unavailable ..."), or the whole clause."""
    verb = _OUTAGE_VERB_RX.search(clause)
    return clause[: verb.start()] if verb else clause


def _subject_named(clause: str, names: list[str]) -> bool:
    """Whether a clause's subject (its words before the verb that tells of it) names every
    name asked ("Tidewell VetView was unavailable"; not "laboratories kept working in Tidewell
    Accession")."""
    head = _subject_of(clause)
    return all(re.search(rf"\b{re.escape(n)}\b", head) for n in names)


def _named_subject(clause: str, vendor: set[str]) -> bool:
    """Whether a clause's subject names something by a capitalised name other than the
    vendor's own words ("Tidewell VetView was unavailable"; not "Our platform was down")."""
    return any(
        w not in vendor
        for w in _CAPITAL_WORD_RX.findall(_subject_of(clause))
        if not _NOT_A_NAME_RX.fullmatch(w)
    )


def _told_length(clause: str) -> float | None:
    """How many minutes an outage a clause tells lasted ("for 5 hours and 40 minutes", "for
    47 minutes", "for 31 hours"), or None."""
    m = _LENGTH_RX.search(in_digits(clause))
    if m is None:
        return None
    if m["m2"]:
        return float(m["m2"])
    hours = float(m["h"]) if m["h"] else 0.0
    return hours * 60 + (float(m["m"]) if m["m"] else 0.0)


def _minutes(m: re.Match[str]) -> float:
    """A measure's length in minutes ("4 hours" → 240)."""
    return _days(m) * 24 * 60


def _covered_window(clause: str, start: int, now: int) -> bool:
    """Whether a clause's own window ("in the last 24 months", "since April 2032") reaches
    back at least to `start`; a clause with none is of the answer's whole time."""
    window = _WINDOW_ASK_RX.search(clause)
    if window is not None:
        return now - _months(window) <= start
    since = _SINCE_RX.search(clause)
    if since is not None:
        dates = _event_dates(clause[since.start() :])
        return bool(dates) and dates[0][0] <= start
    return False


_OUTAGE_RX = re.compile(r"\b(outages?|downtime|unavailab\w*|disruptions?)\b", re.I)
# Capitalised words that name nothing: a month, an article or a preposition opening a clause.
_NOT_A_NAME_RX = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|on|in|at|the|our|we|a|an|its|"
    r"their|this|that|these|both|all|no|none|during|after|before|since|until|there",
    re.I,
)
# What went down: "was unavailable", "failed", "could not send", "had an outage", "was down".
_DOWN_RX = re.compile(
    r"\b(unavailable|down|offline|failed|could\s+not|couldn['’]t|interrupted|outages?|stopped)\b",
    re.I,
)
_OUTAGE_VERB_RX = re.compile(
    r"\b(was|were|went|had|has|have|failed|could|lost|kept|stayed|suffered|experienced)\b", re.I
)
# None had: "had no unplanned outage", "was not affected", "kept working", "stayed up".
_NONE_HAD_RX = re.compile(
    r"\b(?:had|has\s+had|have\s+had)\s+no\s+(?:unplanned\s+)?(?:outages?|downtime)\b|"
    r"\bno\s+[\w\s]{0,30}?\b(?:has|have)\s+had\s+(?:an?\s+)?(?:unplanned\s+)?outage",
    re.I,
)
# How long: "for 5 hours and 40 minutes", "for 47 minutes", "for 9 hours".
_LENGTH_RX = re.compile(
    r"\bfor\s+(?:(?P<h>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b(?:\s*(?:and\s+)?(?P<m>\d+)\s*"
    r"(?:minutes?|mins?)\b)?|(?P<m2>\d+)\s*(?:minutes?|mins?)\b)",
    re.I,
)


def _event_of_another(question: str, body: str) -> bool:
    """Whether the first sentence of an answer telling an event names things by name and none
    of those the question names (a product, a site)."""
    first = _SENTENCE_RX.split(body)[0]
    pairs, told_pairs = _product_pairs(question), _product_pairs(first)
    if pairs and told_pairs:
        # "Northwind Reports" and "Northwind Ingest": the brand they share names neither.
        return not pairs & told_pairs
    asked = {n.lower() for n in _capitalised_names(question)}
    if not asked:
        return False
    told = {n.lower() for n in _capitalised_names(first)}
    return bool(told) and not asked & told


_PERSONAL_RX = re.compile(r"\bpersonal\s+(?=(data|information)\b)", re.I)


# What a told event exposed that is personal data by its kind.
_PERSONAL_DATA_RX = re.compile(
    r"\b(names?|e-?mail\s+addresses|home\s+addresses|addresses|phone\s+numbers|dates?\s+of\s+birth|"
    r"personal\s+(data|information)|candidate\s+records|patient|health\s+records)\b",
    re.I,
)


def _involved(qualifier: str, body: str) -> bool:
    """Whether an answer tells that its event involved one of what a qualifier lists
    ("reporting to a governmental agency, notice to individuals" and "we notified both
    customers"), by the words' first four letters ("notice", "notified")."""
    told = {w[:4] for w in _WORD_RX.findall(body.lower()) if len(w) > 4}
    wanted = {w[:4] for w in _WORD_RX.findall(qualifier.lower()) if len(w) > 4} - _INVOLVED_FRAME
    return bool(wanted & told)


# "that involved ...", "which required ...", "resulting in ...": what the event must have had.
_INVOLVED_RX = re.compile(
    r"\s*,?\s*\b(?:that|which)\s+(?:involved|required|resulted\s+in|led\s+to|included)\b[^?]*|"
    r"\s*,?\s*\bresulting\s+in\b[^?]*",
    re.I,
)


_INVOLVED_FRAME = frozenset(
    {"that", "whic", "invo", "requ", "resu", "incl", "anot", "othe", "volu"}
)


_SEVERITY_RX = re.compile(
    r"\b(significant|material|major|serious|notable|unplanned|unscheduled|unexpected)\s+", re.I
)


def _calls_it(asked: str, body: str) -> bool:
    """Whether an answer refers back to the event it tells as the thing asked, in a sentence
    that denies nothing ("the clinic reported the breach to the regulator" for "a data
    breach?"; not "assessed whether it was a data breach" nor "our data breach response plan")."""
    specific = subject_terms(asked) - _GENERAL_TERMS
    nouns = {_singular(w) for w in _WORD_RX.findall(asked.lower()) if subject_terms(w) & specific}
    if any(
        re.search(
            rf"\b(?:not|no)\s+(?!(?:other|further|additional|later|previous|earlier|subsequent|"
            rf"new)\b)(?:an?\s+)?(?:[\w-]+\s+)?{re.escape(n)}",
            body,
            re.I,
        )
        for n in nouns
    ):
        return False  # "the loss was not a breach; the breach register records it ..."
    return any(
        re.search(
            rf"\b(?:the|this|"
            rf"that)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(n)}(?:e?s)?\b(?!\s+{_COMPOUND})",
            part,
            re.I,
        )
        and not _DENIAL_RX.search(part)
        for part in _SENTENCE_RX.split(body)
        for n in nouns
    )


# "the data breach response plan", "the breach team": another thing named after the event.
_COMPOUND = (
    r"(response|plan|plans|team|teams|register|policy|procedure|process|playbook|log|"
    r"notification|notifications|report|reporting|form|hotline|drill|exercise|training)\b"
)


def _singular(word: str) -> str:
    """ "breaches" -> "breach", "incidents" -> "incident"."""
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _one_of(specific: frozenset[str], body: str) -> bool:
    """Whether an answer calls what it tells one of what is asked: "We know of no other
    personal data breach" makes the event told a personal data breach, whatever its approved
    question ("a security incident or data breach?") left open."""
    return bool(specific) and any(
        specific <= subject_terms(m[0]) for m in _NO_OTHER_RX.finditer(body)
    )


def tells_a_date(text: str) -> bool:
    """Whether a text dates something it tells ("In September 2025 ...", "on 2026-03-04",
    "since 2019")."""
    return bool(_EVENT_DATE_RX.search(text) or _SINCE_RX.search(text))


def _narrates_event(body: str) -> bool:
    """Whether an approved answer with no Yes or No opens by telling a dated event ("On
    2026-07-18 a misconfigured export link exposed ...", "In June 2025 ransomware ..."):
    its admission. One that opens with a denial ("No customer data has been exposed since
    2019") does not."""
    first, opening = _opening(body)
    return bool(_EVENT_DATE_RX.search(first)) and not _NO_EVENT_RX.search(opening)


def _opening(body: str) -> tuple[str, str]:
    """An answer's first sentence and its opening clause, which decides whether it tells or
    denies: "In 2024 we had no breaches" denies; "From 2026-01-12 a fault let users see the
    titles, but not the contents" tells."""
    first = _SENTENCE_RX.split(body.strip(), maxsplit=1)[0]
    return first, _CLAUSE_SPLIT_RX.split(first, maxsplit=1)[0]


_WE_LEAD_RX = re.compile(r"\s*we\b", re.I)


_CLAUSE_SPLIT_RX = re.compile(r",|;|\s(?:but|and|although|though|while|whereas)\s", re.I)


# A sentence that denies rather than tells: "no", "not", "never", "none", "nothing".
_NO_EVENT_RX = re.compile(r"\b(no|not|never|none|nothing|neither|nor)\b|n't\b", re.I)


def dates_in_window(ctx: Context, question: str, text: str) -> bool:
    """Whether a text dates an event within the window a question asks of ("In June 2025 a
    DDoS attack ..." for "any incident in the last 36 months?"; any date for "ever"), beside
    whatever narrower thing it denies ("no incident has affected customer data since 2019")."""
    body = _NO_OTHER_RX.sub(" ", _SINCE_RX.sub(" ", text))
    return _within(_asked_window(ctx, question), _event_dates(body))


def _asked_window(ctx: Context, question: str) -> tuple[int, int]:
    """The months (year * 12 + month) a question asks of, from its window ("in the last 36
    months") or from the beginning ("ever") up to the answer date."""
    window = _WINDOW_ASK_RX.search(question)
    now = ctx.as_of.year * 12 + ctx.as_of.month
    return (now - _months(window) if window else 0), now


def _within(window: tuple[int, int], dates: list[tuple[int, int]]) -> bool:
    start, now = window
    return any(last > start and first <= now for first, last in dates)


def event_told(ctx: Context, question: str, denial: ApprovedAnswer) -> str:
    """The sentence of a control, or of another approved answer, that tells an event of the
    kind an admission question asks, in the window it asks of ("After the incident in which
    customer records were exposed, access reviews became quarterly", "since the 2035 breach")
    beside an approved denial ("We have never experienced a breach"); '' when none does.
    What the inventory tells both ways is the reviewer's to weigh."""
    kinds = {k for m in _EVENT_NOUN_RX.finditer(question) for k in _EVENT_KINDS[m[1].lower()]}
    if not kinds:
        return ""
    window = _asked_window(ctx, question)
    texts = (
        *(c.description for c in ctx.inventory.controls),
        *(a.answer for a in ctx.current_answers if a is not denial),
    )
    for text in texts:
        for said in _SENTENCE_RX.split(text):
            event = _event_in(said, kinds)
            # Dated by its own words ("the 2031 breach") or its sentence's; undated, any time.
            dates = _event_dates(_BARE_YEAR_RX.sub(r"in \g<0>", event)) or _event_dates(said)
            if event and (not dates or _within(window, dates)):
                return sentence(said)
    return ""


def _event_in(said: str, kinds: set[str]) -> str:
    """The words of a sentence that tell an event of one of `kinds` that happened: dated ("the
    2035 breach", "an outage in March 2036"), told as past ("after the incident in which ...
    were exposed", "since the breach", "the outage that lasted six hours") or by what befell
    the data ("customer records were exposed"); '' when none do."""
    for rx in (_DATED_EVENT_RX, _EVENT_DATED_RX, _AFTER_EVENT_RX, _EVENT_THAT_RX):
        for m in rx.finditer(said):
            if _EXERCISE_RX.search(m[0]):
                continue  # "After the 2025 red-team attack": an exercise, no event
            past = rx is not _AFTER_EVENT_RX or m["since"] or _PAST_TOLD_RX.search(said)
            if m["n"].lower() in kinds and past:
                return m[0]
    befell = _BEFELL_RX.search(said)
    if (
        befell
        and kinds & {"breach", "compromise"}
        and not _NO_EVENT_RX.search(said, 0, befell.start())
        # "If customer data was exposed, ...", "Credentials that were exposed in code are
        # rotated", "Any key that was compromised": a procedure, no event.
        and not _GENERIC_BEFORE_RX.search(said, 0, befell.start())
    ):
        return befell[0]
    return ""


_GENERIC_BEFORE_RX = re.compile(
    r"\b(?:if|when|whenever|where|any|every|each|that|which|who)\b", re.I
)


_BARE_YEAR_RX = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
_EVENT_NOUNS = (
    r"(?P<n>breach|incident|attack|outage|downtime|disruption|ransomware|compromise|intrusion|leak)"
)
# What each event a question names takes in: an incident is told by a breach or an attack too.
_EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "breach": ("breach", "compromise", "intrusion", "leak"),
    "leak": ("breach", "compromise", "intrusion", "leak"),
    "compromise": ("breach", "compromise", "intrusion"),
    "intrusion": ("breach", "compromise", "intrusion"),
    "incident": ("incident", "breach", "compromise", "attack", "ransomware", "intrusion", "leak"),
    "attack": ("attack", "ransomware", "intrusion"),
    "ransomware": ("ransomware",),
    "outage": ("outage", "downtime", "disruption"),
    "downtime": ("outage", "downtime", "disruption"),
    "disruption": ("outage", "downtime", "disruption"),
}
_EVENT_NOUN_RX = re.compile(
    r"\b(breach|incident|attack|outage|downtime|disruption|ransomware|compromise|intrusion|leak)",
    re.I,
)
_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_WORD = f"(?:{_MONTH_NAMES})"
# A compound that names a practice, not an event: "the incident response plan".
_PRACTICE_AFTER = (
    r"(?!\w*\s+(?:response|management|handling|process|procedure|plan|policy|team|report|"
    r"reporting|notification|ticket|playbook|runbook|drill|exercise|simulation|test|tabletop|"
    r"register|log|metrics?|criteria|classification|severity|window|reviews?|debrief|"
    r"retrospective|post-?mortem|lessons|desk|queue|hotline|manager|commander|channel|line)\b)"
)
_DATED_EVENT_RX = re.compile(
    rf"\bthe\s+(?:(?:\d{{1,2}}\s+)?(?:{_MONTH_WORD}\s+)?(?:19|20)\d\d|last\s+year['’]s|"
    rf"previous\s+year['’]s)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUNS}\w*\b{_PRACTICE_AFTER}",
    re.I,
)
_EVENT_DATED_RX = re.compile(
    rf"\b{_EVENT_NOUNS}(?:e?s)?\s+(?:of|in|on|during)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH_WORD}\s+)?"
    r"(?:19|20)\d\d\b",
    re.I,
)
_AFTER_EVENT_RX = re.compile(
    r"\b(?:(?P<since>since)|after|following|in\s+response\s+to|as\s+a\s+result\s+of|"
    r"because\s+of|in\s+the\s+wake\s+of)\s+(?:the|our|that|this|last\s+year['’]s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUNS}\w*\b{_PRACTICE_AFTER}",
    re.I,
)
_EVENT_THAT_RX = re.compile(
    rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUNS}\w*\s+(?:in\s+which|that|when)\b[^.;]{{0,80}}?"
    r"\b(?:was|were|had|affected|exposed|hit|took|lasted|disrupted|cost)\b",
    re.I,
)
_EXERCISE_RX = re.compile(
    r"\b(?:red[- ]team|purple[- ]team|simulated|simulation|mock|tabletop|drill|exercise|test|"
    r"practice|phishing[- ]simulation)\b",
    re.I,
)
# Told as past: "became", "were exposed", "we rotated".
_PAST_TOLD_RX = re.compile(
    r"\b(?:was|were|became|had|did|led|prompted|caused|took|lasted|introduced|rotated|"
    r"replaced|switched|moved|added|began|started)\b",
    re.I,
)
# What befell the data: "customer records were exposed", "our database was breached".
_BEFELL_RX = re.compile(
    r"\b(?:was|were|had\s+been|got)\s+(?:briefly\s+|partly\s+|partially\s+)?(?:breached|"
    r"compromised|exfiltrated|leaked|stolen|hacked|exposed|phished)\b|"
    # "an attacker accessed customer records", "a hacker gained access to our CRM"
    r"\b(?:an?\s+|the\s+)(?:attacker|hacker|intruder|unauthori[sz]ed\s+(?:party|person|user|"
    r"third\s+"
    r"party))s?\s+(?:accessed|gained\s+access|obtained|read|downloaded|stole|copied|exfiltrated)\b",
    re.I,
)


def _answers_on(statements: _Statements, terms: frozenset[str]) -> list[int]:
    """The approved answers whose own question names one of `terms`, in inventory order (the
    answer's words may not repeat its subject: "Yes. In March 2023 a misconfigured export")."""
    return sorted({i for term in terms for i in statements.by_subject.get(term, ())})


def admission_draft(ctx: Context, question: str) -> Signed:
    """The approved answer to the same admission question asked in other words ("Have you
    experienced a security incident in the last three years?" for "any incidents in the last
    24 months?"), as a draft for the reviewer with no answer for the cell; NONE when none."""
    asked = _WINDOW_ASK_RX.sub(" ", question)
    qualifier = _INVOLVED_RX.search(asked)
    if qualifier is not None:
        # "a personal data breach ... that involved reporting to a governmental agency": the
        # breach is the subject, what it involved the reviewer's to weigh.
        asked = _PERSONAL_RX.sub("", asked[: qualifier.start()]) + "?"
    statements = _answer_statements(ctx)
    specific = subject_terms(asked) - _GENERAL_TERMS
    for i in _answers_on(statements, specific):
        answer = statements.answers[i]
        # A draft, never filled: half the subject shared is enough to show it to the reviewer.
        if len(specific & subject_terms(answer.question)) * 2 >= len(specific):
            return Signed("", f"{answer.answer.strip()} (approved answer to: {answer.question})")
    return NONE


def _iso_days(text: str) -> list[date]:
    """The days a text gives in full ("2045-11-09"), in order; empty if any date it gives
    lacks its day ("in November 2045")."""
    days = [m for m in _EVENT_DATE_RX.finditer(text)]
    if not days or any(not m["iso"] for m in days):
        return []
    try:
        return [date.fromisoformat(m[0]) for m in days]
    except ValueError:
        return []


def _event_dates(text: str) -> list[tuple[int, int]]:
    """The dates a text gives, in order, each as its first and last month (year * 12 +
    month): "March 2023" is one month, "in 2024" the whole year."""
    found = []
    for m in _EVENT_DATE_RX.finditer(text):
        if m["iso"]:
            month: int | None = int(m["isomonth"])
            year = int(m["iso"])
        else:
            year = int(m["year"])
            month = _MONTH_NUMBERS.get(m["month"][:3].lower()) if m["month"] else None
        found.append(
            (year * 12 + month, year * 12 + month) if month else (year * 12 + 1, year * 12 + 12)
        )
    return found


_EVENT_DATE_RX = re.compile(
    r"\b(?P<iso>(?:19|20)\d\d)-(?P<isomonth>[01]\d)-[0-3]\d\b|"
    rf"\b(?:(?P<month>{_MONTH_NAMES})\.?\s+|"
    r"(?:in|during)\s+)(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


# The answer's own stamp, no event: "Reviewed 2046-04-14.", "Last updated: March 2026.", "Last
# reviewed by the DPO on 14 April 2026.", "(Reviewed April 2026)" (not "Updated 2026-02-11: a
# phishing e-mail ...", which tells an event after it).
_STAMP_RX = re.compile(
    r"(?:^|(?<=[.;]\s)|\()\s*(?:last\s+)?(?:reviewed|updated|revised|approved|confirmed)"
    r"(?:\s+by\s+[^.;:()]{1,40}?)?\s*(?:on\s+)?:?\s*(?:(?:19|20)\d\d-[01]\d-[0-3]\d|"
    r"(?:\d{1,2}\s+)?(?:[a-z]+\.?\s+)?(?:19|20)\d\d)\s*(?:[.)]|$)",
    re.I,
)
# "no other incident requiring notification in the last five years", "... since 2017".
_NO_OTHER_RX = re.compile(
    r"\bno\s+(?:other|further|additional)\b[^.;]*?(?:\b(?:(?:in|within|during|over)\s+the\s+"
    r"(?:last|past|previous)\s+(?P<n>\d+|one|two|three|four|five|six|seven|ten)\s+"
    r"(?P<unit>years?|months?)|since\s+(?:\w+\s+){0,4}?(?P<year>(?:19|20)\d\d))\b|(?=[.;]|$))",
    re.I,
)


# A denial kept to what goes beyond a measure: "longer than 1 hour", "more than 500 records".
_BEYOND_RX = re.compile(
    r"\b(longer|more|greater|larger|bigger|higher|worse)\s+than\b|"
    r"\b(over|exceeding|above|beyond|at\s+least)\s+(\d|an?\b|one\b)",
    re.I,
)


def _at_least_as_long(question: str, denial: str) -> bool:
    """Whether the measure a question asks beyond is at least the one a denial keeps to
    ("longer than 4 hours?" and "none longer than 1 hour")."""
    asked, said = _MEASURE_RX.search(in_digits(question)), _MEASURE_RX.search(in_digits(denial))
    if asked is None or said is None or not _BEYOND_RX.search(question):
        return False
    return _days(asked) >= _days(said)


def _days(m: re.Match[str]) -> float:
    unit = m["unit"].lower()
    unit = "minute" if unit.startswith("min") else "hour" if unit.startswith("h") else unit
    return days_in(int(m["n"]), unit)


_MEASURE_RX = re.compile(r"\b(?P<n>\d+)\s*(?P<unit>minutes?|mins?|hours?|hrs?|days?)\b", re.I)


_SINCE_RX = re.compile(r"\bsince\b[^.;]*?\b(?P<year>(19|20)\d\d)\b", re.I)


def _narrower(question: str, broader: str) -> bool:
    """Whether `question` asks part of what `broader` asks, so that its No answers it too: "Do
    you use AI for processing our data?" after "Does your product use AI?" (No). Not after a
    question about all of something, a number or a plan, nor one put in the negative."""
    wide = subject_terms(broader)
    if not wide - _GENERAL_TERMS or not wide < subject_terms(question):
        return False
    verb = _main_verb(broader)
    if not verb or verb != _main_verb(question):
        # The same thing done ("use AI ... for our data"), not another act on its subject
        # ("completed responsible AI training", "provide logging for AI features").
        return False
    if is_admission(question) or _CAPABILITY_RX.search(question) or _ABLE_RX.search(question):
        # "a breach reported to a regulator" is not stated by "no breach of customer data",
        # and "Can its AI features be disabled?" asks of features that do not exist.
        return False
    return (
        not any(
            rx.search(text)
            for text in (question, broader)
            for rx in (_EVERY_OFTEN_RX, _NEGATED_RX, _FUTURE_RX)
        )
        and bool(YES_NO_RX.match(broader))
        and not numbers_in(broader)
    )


_ABLE_RX = re.compile(r"\b(can|could|able\s+to)\b", re.I)


def _main_verb(question: str) -> str:
    """The root of what a question asks is done: "Does your product use AI?" and "Is data used
    to ...?" → "use"; '' when it has no such form."""
    body = question.split("?")[0]
    m = _ACTIVE_RX.match(body) or _ASKED_DONE_RX.match(body)
    if m is None:
        return ""
    verb = m["verb"].lower()
    for ending in ("ed", "es", "d", "s"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


_EVERY_OFTEN_RX = re.compile(r"\b(all|every|each|always|only)\b", re.I)


def _near_answers(ctx: Context, question: str) -> list[int]:
    """The approved answers whose question shares a specific subject term with `question`, by
    the terms their text shares with it, most first."""
    wanted = subject_terms(question)
    specific = wanted - _GENERAL_TERMS
    if not specific:
        return []
    statements = _answer_statements(ctx)
    candidates = {i for term in specific for i in statements.by_subject.get(term, ())}
    near = sorted((-len(wanted & statements.terms[i]), i) for i in candidates)
    return [i for n, i in near[:_PAIR_POOL] if n]
