"""Controls as answers: the controls whose description states a question, found through an index of their terms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from socproc.inventory.load import ApprovedAnswer, Control, EvidenceDocument
from socproc.mapping.holdings import Context
from socproc.mapping.signable.caveats import _DOER_TERMS, _NOT_CASE_LEAD_RX
from socproc.mapping.signable.clauses import _UNIT_TERMS, _WHOLE_SENTENCE_RX, covers_clauses
from socproc.mapping.signable.document_facts import (
    doc_kinds,
    kind_named_apart,
    leaves_part_out,
    named_apart,
    same_kind,
)
from socproc.mapping.signable.narrower import (
    _GROUP_NOUN_TERMS,
    _POPULATION,
    _SENTENCE_RX,
    _UNIVERSAL_RX,
)
from socproc.mapping.signable.negation import _KEPT_TERMS, _OUTSIDE_THING_RX
from socproc.mapping.signable.quantities import _FREQUENCY, _MEANS_RX, _further_time, numbers_in
from socproc.mapping.signable.scope import _about_case, _case_words
from socproc.mapping.signable.stating import states
from socproc.mapping.signable.subjects import _GENERAL_TERMS, _term, subject_terms
from socproc.mapping.signable.vocab import (
    _PARENTHESES_RX,
    _WORD_RX,
    NONE,
    STATED_SHARE,
    Cue,
    Form,
    Signed,
)
from socproc.mapping.wording import held_document


def _said_apart_from_group(question: str, text: str) -> bool:
    """Whether the sentence of `text` that names the people a question asks about does not
    state it, though another sentence, on other people, does ("Employees ... with push MFA.
    Call centre agents ... sign in with a username and password only" for "Do call centre
    agents use MFA?")."""
    group = subject_terms(question) & _GROUP_NOUN_TERMS
    if not group:
        return False
    sentences = _WHOLE_SENTENCE_RX.split(text)
    if len(sentences) < 2:
        return False
    named = [x for x in sentences if group <= subject_terms(x)]
    people = _GROUP_NOUN_TERMS | _POPULATION
    others = [x for x in sentences if x not in named and (subject_terms(x) & people) - group]
    # People named by their role ("call centre agents"), not "the eight people who ...".
    roles = [x for x in others if (subject_terms(x) & (_GROUP_NOUN_TERMS - _POPULATION)) - group]
    if roles and _UNIVERSAL_RX.search(question) and not all(states(question, x) for x in roles):
        # "Are all personnel ... required to use MFA?" and "... Call centre agents ... sign in
        # with a username and password only": some people it is not said of.
        return True
    return bool(named and others) and not any(states(question, x) for x in named)


@dataclass(frozen=True, slots=True)
class _Statements:
    """The approved answers of a run, each as a text to test like a control's description."""

    answers: tuple[ApprovedAnswer, ...]
    texts: tuple[Control, ...]  # id = position in `answers`
    terms: tuple[frozenset[str], ...]  # the subject terms of each answer's text
    by_subject: dict[str, tuple[int, ...]]  # a subject term of the question → the answers


_STATEMENTS: dict[int, tuple[Context, _Statements]] = {}


# An answer shorter than this says too little to state another question ("Yes, annually.").
_STATEMENT_WORDS = 6


def _answer_statements(ctx: Context) -> _Statements:
    """The statements of the run's approved answers, worked out once per context."""
    cached = _STATEMENTS.get(id(ctx))
    if cached is not None and cached[0] is ctx:
        return cached[1]
    answers: list[ApprovedAnswer] = []
    texts: list[Control] = []
    for answer in ctx.current_answers:
        body = _LEAD_RX.sub("", answer.answer.strip())
        if len(body.split()) < _STATEMENT_WORDS:
            continue
        texts.append(Control(str(len(texts)), body))
        answers.append(answer)
    by_subject: dict[str, list[int]] = {}
    for i, answer in enumerate(answers):
        for term in subject_terms(answer.question):
            by_subject.setdefault(term, []).append(i)
    statements = _Statements(
        tuple(answers),
        tuple(texts),
        tuple(subject_terms(t.description) for t in texts),
        {term: tuple(ids) for term, ids in by_subject.items()},
    )
    if len(_STATEMENTS) >= 8:
        _STATEMENTS.clear()
    _STATEMENTS[id(ctx)] = (ctx, statements)
    return statements


# An answer that leads with a hedge states nothing whole: "Partially. Most databases are ...".
_HEDGE_RX = re.compile(
    r"\s*(partial(ly)?|in\s+part|in\s+progress|planned|not\s+applicable|n/?a|limited|"
    r"it\s+depends|depends|varies|sometimes|some|most|unknown|tbd|to\s+be\s+determined)\b",
    re.I,
)


# The Yes/No an answer leads with ("Yes.", "No, ", "Yes -"): the body states the fact.
# "Yes." or "No," leading an answer; not the "No" of "No lawsuit has been filed".
_LEAD_RX = re.compile(r"^(yes|no)\b(?=\s*[.,;:!-]|\s*$)[\s.,;:!-]*", re.I)


def of_named_product(question: str, text: str) -> str:
    """`text` without the sentences on another product than the one a question names by a
    name of its own ("Is PickPilot data stored in the Netherlands?" and "FleetOS data is
    stored in ... the Netherlands ... PickPilot data is stored at Hetzner in Germany")."""
    asked = _product_tokens(question)
    if not asked:
        return text
    kept = [
        x
        for x in _SENTENCE_RX.split(text)
        if asked & set(OWN_NAME_RX.findall(x)) or not OWN_NAME_RX.search(x)
    ]
    return " ".join(kept)


@lru_cache(maxsize=1 << 12)
def _product_tokens(question: str) -> frozenset[str]:
    return frozenset(OWN_NAME_RX.findall(question))


# A product by a name of its own: "PickPilot", "FleetOS" (a capital inside the word).
OWN_NAME_RX = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")


# Names in capitals a question asks about ("SPDX", "FIPS", "SAML"), which the text must name.
_CAPS_NAME_RX = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")


_NOT_NAMES_TEXT = "SOC ISO PCI DSS AOC HIPAA GDPR USA IT ID NA YES NO AND OR THE"


_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def _names_stated(question: str, said: frozenset[str]) -> bool:
    # "For customers not using SSO, ...": the case set aside names nothing to be stated.
    return _caps_names(_NOT_CASE_LEAD_RX.sub("", question)) <= said


@lru_cache(maxsize=1 << 14)
def _caps_names(question: str) -> frozenset[str]:
    """The terms of the names in capitals a question asks about ("SPDX", "FIPS")."""
    names = _CAPS_NAME_RX.findall(_PARENTHESES_RX.sub(" ", question))
    return frozenset().union(*(subject_terms(n) for n in names if n not in _NOT_NAMES))


def stating_controls(
    question: str, controls: tuple[Control, ...], together: bool = True
) -> tuple[Control, ...]:
    """The control whose description states what the question asks, or (when `together`) two
    that state it together ("reviewed quarterly and revoked on termination"); () when none do.
    A control on the same criterion but another topic does not answer."""
    wanted = subject_terms(question)
    if not wanted:
        return ()
    index = _control_index(controls)
    # "Does your solution support SSO?" is about the product: a control on the vendor's own
    # workforce ("SSO for all workforce access") does not answer it.
    product = bool(_PRODUCT_RX.search(question))
    shared: dict[int, int] = {}
    for term in wanted:
        for i in index.by_term.get(term, ()):
            shared[i] = shared.get(i, 0) + 1
    scored = sorted(
        ((-n, index.ids[i], i) for i, n in shared.items() if not product or index.about_product[i])
    )
    near = [
        controls[i]
        for _, _, i in scored[:_PAIR_POOL]
        if _names_stated(question, subject_terms(controls[i].description))
    ]
    for control in near:
        if states(question, control.description) and not _said_apart_from_group(
            question, control.description
        ):
            return (control,)
    # Two controls together: only a question of several parts, each part stated by one of
    # them ("reviewed quarterly" by one, "and revoked upon termination" by the other), each
    # on the case the question sets ("For customers in the US region, ...": not one control
    # naming the US region and another the keys).
    if _case_words(question):
        near = [c for c in near if _about_case(question, c.description) is not None]
    if (
        not together
        or _MEANS_RX.search(question.split("?")[0])  # the act and its means in one control
        # "anything other than a first name and a time?": one thing set apart, not two parts.
        or _OUTSIDE_THING_RX.search(question)
        or len(near) < 2
        or len(wanted & (subject_terms(near[0].description) | subject_terms(near[1].description)))
        < STATED_SHARE * len(wanted)
    ):
        return ()
    parts = [p for p in _question_parts(question) if subject_terms(p)]
    if len(parts) < 2:
        return ()
    # "data and backups deleted within 90 days?" and "data within 90 days; backups within a
    # further 45": a control whose own words rule the whole out pairs with none.
    near = [c for c in near if not _further_time(question, c.description)]
    # "Are call-centre agents background checked and trained every year?": each part is asked
    # of the people the first one names (a control on employees' annual training, agents'
    # at onboarding only, does not state it of the agents).
    named = [parts[0], *(p for p in parts[1:] if _INCLUDING_RX.match(p))]
    people = [
        w
        for x in named
        for w in _WORD_RX.findall(x)
        if _term(w.lower()) in _DOER_TERMS or w.lower() in ("all", "every", "each")
    ]
    parts = [
        p if i == 0 or not people or subject_terms(p) & _DOER_TERMS else f"{' '.join(people)} {p}"
        for i, p in enumerate(parts)
    ]
    # Which parts each control states, worked out once per control, not once per pair.
    said = [
        [
            states(p, control.description, least=1) and _more_than_quantity(p, control.description)
            for p in parts
        ]
        for control in near
    ]
    for i, first in enumerate(near):
        for j in range(i + 1, len(near)):
            by_first, by_second = said[i], said[j]
            if (
                any(by_first)
                and any(by_second)
                and all(map(max, by_first, by_second))
                # On one subject: "an owner of the BCP" is not stated by a BCP control and a
                # change control's "approved by the product owner".
                and subject_terms(first.description)
                & subject_terms(near[j].description)
                & (wanted - _KEPT_TERMS - _FREQUENCY.keys() - _UNIT_TERMS) - numbers_in(question)
            ):
                return (first, near[j])
    return ()


def _more_than_quantity(part: str, text: str) -> bool:
    """Whether `text` shares with a part of a question more than its quantity: "deleted within
    90 days of contract end" is not stated by "signed in for 90 days" (the words left once the
    number and its unit are set aside, most of them)."""
    words = subject_terms(part) - numbers_in(part) - _UNIT_TERMS - _FREQUENCY.keys()
    return not words or len(words & subject_terms(text)) >= STATED_SHARE * len(words)


# "..., including call-centre agents, ...": people added to those the question asks of.
_INCLUDING_RX = re.compile(r"\s*(including|incl\.|such\s+as|as\s+well\s+as)\b", re.I)
_PARTS_RX = re.compile(r"[,;]|\s(?:and|with|that|which)\s", re.I)


def _question_parts(question: str) -> list[str]:
    """The parts of a question each control of a pair may state; a relative clause keeps the
    thing it is of ("a disaster recovery plan that is tested annually": "disaster recovery plan
    is tested annually", which a continuity plan's yearly test does not state)."""
    text = _PARENTHESES_RX.sub(" ", question.split("?")[0])
    pieces = _PARTS_RX.split(text)
    parts = [pieces[0]]
    # The thing a question opening "Do you have a crisis communication plan" is of, which a
    # part with no subject of its own (", rehearsed every year", "and that is rehearsed", "and
    # is it rehearsed") is of too.
    opening = _IN_PLACE_RX.sub("", pieces[0])
    thing = "" if _DONE_WORD_RX.search(opening) else " ".join(opening.split()[-3:])
    for sep, piece in zip(_PARTS_RX.findall(text), pieces[1:], strict=True):
        if sep.strip().lower() in ("that", "which"):
            before = next((p for p in reversed(parts) if p.strip()), "")
            piece = f"{' '.join(_IN_PLACE_RX.sub('', before).split()[-3:])} {piece}"
        elif thing and _NO_SUBJECT_RX.match(piece):
            piece = f"{thing} {piece}"
        parts.append(piece)
    return parts


# A part with no subject of its own: "is rehearsed ...", "that is ...", "rehearsed every year".
_NO_SUBJECT_RX = re.compile(
    r"\s*(?:that|which|is|are|was|were|it|its|has|have|had|been|being|[a-z]+ed)\b", re.I
)
# A participle: the opening part says what is done, not only what is had.
_DONE_WORD_RX = re.compile(r"\b[a-z]{3,}ed\b", re.I)
# "in place", "in use": where a thing is, after its name.
_IN_PLACE_RX = re.compile(r"\s+(?:in\s+place|in\s+use|on\s+file|available)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class _ControlIndex:
    """The vendor's controls by subject term, worked out once per inventory."""

    ids: tuple[str, ...]
    by_term: dict[str, tuple[int, ...]]
    about_product: tuple[bool, ...]


_INDEXES: dict[int, tuple[tuple[Control, ...], _ControlIndex]] = {}


def _control_index(controls: tuple[Control, ...]) -> _ControlIndex:
    """The index of `controls`, cached by identity (an inventory's tuple lives for the run)."""
    cached = _INDEXES.get(id(controls))
    if cached is not None and cached[0] is controls:
        return cached[1]
    by_term: dict[str, list[int]] = {}
    for i, control in enumerate(controls):
        for term in subject_terms(control.description):
            by_term.setdefault(term, []).append(i)
    index = _ControlIndex(
        tuple(c.id for c in controls),
        {t: tuple(ix) for t, ix in by_term.items()},
        tuple(_about_product(c.description) for c in controls),
    )
    if len(_INDEXES) >= 8:
        _INDEXES.clear()
    _INDEXES[id(controls)] = (controls, index)
    return index


# The product as the subject of a question, and the words of a control about the product.
_PRODUCT_RX = Cue(
    r"\b(your|the)\s+(solution|application|app|product|platform|software|service|portal|tool)"
    r"('s)?\b",
    (
        "solution",
        "application",
        "app",
        "product",
        "platform",
        "software",
        "service",
        "portal",
        "tool",
    ),
)


_PRODUCT_WORDS_RX = re.compile(
    r"\b(customers?|tenants?|end[- ]users?|users?|application|product|platform|api|portal|"
    r"service)\b",
    re.I,
)


# Accounts in the product by their holders' role ("librarian accounts", "a local Labbook
# account"), where no word of the vendor's own workforce is said.
_ACCOUNTS_RX = re.compile(r"\baccounts?\b", re.I)


_WORKFORCE_RX = re.compile(
    r"\b(employees?|staff|workforce|engineers?|personnel|corporate|internal|production)\b", re.I
)


def _about_product(text: str) -> bool:
    """Whether a control speaks of the product its customers use, not the vendor's workforce."""
    return bool(
        _PRODUCT_WORDS_RX.search(text)
        or (_ACCOUNTS_RX.search(text) and not _WORKFORCE_RX.search(text))
    )


# How many of the nearest controls are tried in pairs (15 pairs).
_PAIR_POOL = 6


def _doc_states(question: str, text: str) -> bool:
    """A document's title and topics are short: they state a yes/no question only when they
    hold every specific term of it (a policy on "supply chain" is not one on hardware)."""
    wanted = subject_terms(question)
    if not wanted:
        # "Do you have a documented information security policy?" is all frame words: the
        # document's own title or topic, found whole in the question, states it.
        return True
    specific = wanted - _GENERAL_TERMS
    return states(question, text, least=1) and specific <= subject_terms(text)


def _covers(question: str, text: str) -> bool:
    return covers_clauses(question, text)


def from_document(question: str, docs: list[EvidenceDocument], form: Form) -> Signed:
    """A held document that states what the question asks (its title and topics hold its
    subject): Yes, with its title and sharing terms; internal documents are not named."""
    # `docs` name their title or a topic in the question as a whole phrase; each of the
    # question's clauses must still be on the document ("with a clear owner" too).
    test = _doc_states if form is Form.YES_NO else _covers
    docs = [
        d
        for d in docs
        if test(question, " ".join((d.title, *d.topics)))
        and same_kind(question, d.title, d.topics)
        and not named_apart(question, d)
        and not kind_named_apart(question, d)
    ]
    if not docs:
        return NONE
    if leaves_part_out(question, docs):
        # "architecture diagrams ... for all components?" and a diagram whose title says
        # "(Mi Recibo not shown)": not the whole of it. For the reviewer, with the document.
        return Signed("", held_document(docs[0]), docs[0].id)
    shareable = [d for d in docs if d.sharing != "internal"]
    if not shareable:
        # Named by its kind ("a documented plan"), never by an internal title.
        kind = min(doc_kinds(docs[0].title), default="document")
        said = f"We maintain a documented {kind} on this (internal)."
        # Asked to hand it over: an internal document is not, so the cell is for the reviewer.
        return Signed("" if form is Form.REQUEST else "Yes", said, docs[0].id)
    # In the words the evidence uses for it, so that a response says it once.
    return Signed("Yes", held_document(shareable[0]), shareable[0].id)
