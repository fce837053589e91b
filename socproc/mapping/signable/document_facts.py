"""Documents as answers: requests for a document, the document that states a question, sharing terms, drafts and superseded versions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from socproc.inventory.load import ApprovedAnswer, EvidenceDocument
from socproc.mapping.answers import polarity
from socproc.mapping.holdings import Context
from socproc.mapping.signable.caveats import _YEAR_RX
from socproc.mapping.signable.subjects import _GENERAL_TERMS, specific_terms, subject_terms
from socproc.mapping.signable.vocab import (
    _HAND_OVER,
    _PARENTHESES_RX,
    _WORD_RX,
    STATED_SHARE,
    Cue,
    Signed,
)

# A question on the whole of something, and a title that says part of it is left out.
_WHOLE_ASK_RX = re.compile(r"\b(all|every|each|entire|full|complete|whole)\b", re.I)


_LEAVES_OUT_RX = re.compile(
    r"\b(not\s+(shown|included|covered|described|depicted|drawn|mapped|pictured|illustrated|"
    r"documented|yet\s+(?:added|drawn|included|shown))|excluding|excluded|except|omit\w*|absent|"
    r"to\s+follow|in\s+a\s+separate\s+(?:diagram|document)|"
    # "(does not show Stream or Chill)", "leaves out the kiosks"
    r"(does|do)\s*n[o']t\s+(show|include|cover|describe|depict|contain)|leaves?\s+out)\b",
    re.I,
)


def leaves_part_out(question: str, docs: Sequence[EvidenceDocument]) -> bool:
    """Whether a question asks for the whole of something and every document's title says part
    of it is left out ("... (Mi Recibo not shown)")."""
    return (
        bool(docs)
        and bool(_WHOLE_ASK_RX.search(question))
        and all(_LEAVES_OUT_RX.search(d.title) for d in docs)
    )


def asks_without_nda(question: str) -> bool:
    """Whether a question asks for something without a non-disclosure agreement ("Can you
    share your penetration test report without an NDA?")."""
    return _WITHOUT_NDA_RX.search(question) is not None


_WITHOUT_NDA_RX = re.compile(
    r"\bwithout\s+(an?\s+|any\s+)?(nda|non-?disclosure(\s+agreement)?|confidentiality\s+agreement)\b",
    re.I,
)


def kind_named_apart(question: str, doc: EvidenceDocument) -> bool:
    """Whether a request names the document by words before its kind that the document does
    not carry ("your EU AI Act conformity assessment" and a bias audit summary on the same AI
    feature: another assessment)."""
    m = _NAMED_KIND_RX.search(question)
    if m is None:
        return False
    asked = subject_terms(m["name"]) - _GENERAL_TERMS
    if not asked:
        return False
    said = subject_terms(" ".join((doc.title, *doc.topics)))
    return len(asked & said) < STATED_SHARE * len(asked)


# "your signed EU Data Processing Addendum": the words that name which one of its kind.
_NAMED_KIND_RX = re.compile(
    r"\b(?:your|the|our|a|an|its|any)\s+(?:(?:signed|completed|latest|current|recent|most\s+"
    r"recent|final|executed|annual|full|complete)\s+)*(?P<name>(?:[\w-]+\s+){1,4}?)"
    r"(?:assessments?|reports?|audits?|summar(?:y|ies)|plans?|polic(?:y|ies)|certificates?|"
    r"agreements?|addend(?:um|a)|cards?)\b",
    re.I,
)


def closer_withheld(
    ctx: Context, question: str, offered: Sequence[EvidenceDocument]
) -> EvidenceDocument | None:
    """A document of the inventory whose title names more of what a request asks than any
    offered, of the same kind, but not itself offered (a draft, an internal or a superseded
    one): the one asked for ("your EU Data Processing Addendum" and a general DPA beside an
    internal draft of the EU addendum). None when the offered ones match best."""
    asked = specific_terms(question)
    if not asked:
        return None

    def score(doc: EvidenceDocument) -> int:
        return len(asked & subject_terms(doc.title))

    best = max(map(score, offered), default=0)
    ids = {d.id for d in offered}
    return next(
        (
            d
            for d in ctx.inventory.documents
            if d.id not in ids and score(d) > best and same_kind(question, d.title, d.topics)
        ),
        None,
    )


def same_kind(question: str, title: str, topics: Sequence[str] = ()) -> bool:
    """Whether a document is of the kind the question asks for: a test *report* on business
    continuity is not the business continuity *plan*, whatever its topics. True when the
    question or the title names no kind of document, except a manual or handbook, which is of
    the kind its `topics` name."""
    if lesser_document(question, title):
        return False
    asked, held = doc_kinds(question), doc_kinds(title)
    if asked and not held and _GENERAL_DOC_RX.search(title):
        # "Do you have a disaster recovery plan?" and an "IT Service Manual" tagged "disaster
        # recovery": a manual or handbook is the kind asked only where its topics say so
        # ("Incident Handbook" tagged "incident response plan").
        return bool(asked & doc_kinds(" ".join(topics)))
    if _REPORT_ON_PLAYBOOK_RX.search(title):
        # "Incident response playbook exercise report", "Incident runbook test results": a
        # report on a playbook, not the plan ("Incident Response Runbook and test report" is
        # both).
        held = (held - {"plan"}) | {"report"}
    return not asked or not held or bool(asked & held)


# A document whose title names no kind of its own: a manual, handbook or guide.
_GENERAL_DOC_RX = re.compile(r"\b(?:manuals?|handbooks?|guides?|guidebooks?)\b", re.I)


# A report, results or findings whose subject is a playbook or runbook.
_REPORT_ON_PLAYBOOK_RX = re.compile(
    r"\b(?:playbook|runbook)s?\s+(?:(?!and\b|with\b|plus\b|including\b|incorporat)[\w-]+\s+){0,3}"
    r"(?:report|results|findings|summary|review)\b",
    re.I,
)


def named_apart(question: str, doc: EvidenceDocument) -> bool:
    """Whether a request names a year, a version or a product the document is not of: "your
    2024 penetration test report" and one dated 2026, "version 4" and a v5 policy, "for the
    Tzofit Guard agent" and a test of Tzofit Scan."""
    said = " ".join((doc.title, *doc.topics))
    years = {int(y) for y in _YEAR_RX.findall(question)}
    if years:
        held = {int(y) for y in _YEAR_RX.findall(doc.title)} | (
            {doc.date.year} if doc.date is not None else set()
        )
        if not years & held:
            return True
    version = _VERSION_RX.search(question)
    if version is not None and not re.search(
        rf"\b(v|version\s*){re.escape(version['n'])}\b", said, re.I
    ):
        return True
    named = _FOR_NAME_RX.search(question)
    if named is not None:
        words = [w for w in named["name"].split() if w.lower() not in _DOC_NAME_STOPS]
        if any(not re.search(rf"\b{re.escape(w)}\b", said, re.I) for w in words):
            return True
    return False


_VERSION_RX = re.compile(r"\b(?:version|v)\s*(?P<n>\d+(?:\.\d+)*)\b", re.I)


# "for the Tzofit Guard runtime agent", "for Tzofit Copilot": a product named by capitals.
_FOR_NAME_RX = re.compile(
    r"\bfor\s+(?:the\s+|our\s+|your\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)


def other_document(question: str, doc: EvidenceDocument) -> bool:
    """Whether a question names a document by words its title and topics lack: "your Access
    Control Policy" is not the privacy policy, "your password policy" not the access control
    one."""
    m = _NAMED_DOC_RX.search(question)
    if m is None:
        return False
    words = _WORD_RX.findall(m["name"].lower())
    named: list[str] = []
    for word in reversed(words):
        if word in _DOC_NAME_STOPS:
            break
        named.append(word)
    have = set(_WORD_RX.findall(" ".join((doc.title, *doc.topics)).lower()))
    return bool(set(named) - have)


# The words before a kind of document name it: "your Access Control Policy".
_NAMED_DOC_RX = re.compile(
    r"(?P<name>(?:[A-Za-z][\w'-]*\s+){1,5}?)(?:policy|policies|plan|standard|procedure|"
    r"programme|program|playbook|runbook|charter|register|diagram)\b",
    re.I,
)


_DOC_NAME_STOPS_TEXT = (
    "please provide your our the a an of copy attach upload share submit send current latest "
    "most recent written documented formal approved and or any has have do you is there"
)


_DOC_NAME_STOPS = frozenset(_DOC_NAME_STOPS_TEXT.split())


def other_target(question: str, doc: EvidenceDocument) -> bool:
    """Whether a document is about another thing tested than the question names: a pen test
    letter on the desktop agent is not "a penetration test of your web application"."""
    asked = _TARGET_RX.findall(question.lower())
    held = _TARGET_RX.findall(" ".join((doc.title, *doc.topics)).lower())
    return bool(asked) and bool(held) and not set(asked) & set(held)


# What a test or assessment is of.
_TARGET_RX = re.compile(
    r"\b(web\s+app\w*|mobile\s+app\w*|desktop|agent|api|network|infrastructure|internal|"
    r"external|cloud|wireless|physical|social\s+engineering|ios|android|mobile)\b"
)


def lesser_document(question: str, title: str) -> bool:
    """Whether a document is part of what is asked for: "the full penetration test report"
    is not its executive summary or attestation letter."""
    return bool(_WHOLE_ASK.search(question) and _PART_DOC_RX.search(title))


_WHOLE_ASK = Cue(
    r"\b(full|complete|entire|whole|unredacted)\b",
    ("full", "complete", "entire", "whole", "unredacted"),
)


_PART_DOC_RX = re.compile(
    r"\b(summary|summaries|letter|excerpt|overview|attestation|redacted|highlights)\b", re.I
)


@lru_cache(maxsize=1 << 12)
def doc_kinds(text: str) -> frozenset[str]:
    """The kinds of document a text names ("plan", "policy", "report", ...)."""
    return frozenset(_DOC_KIND_OF.get(m.lower(), m.lower()) for m in _DOC_KIND_RX.findall(text))


_DOC_KIND_RX = re.compile(
    r"\b(plan|policy|policies|procedures?|standards?|programme|program|reports?|"
    r"certificates?|diagrams?|summary|summaries|register|inventory|agreements?|contracts?|"
    r"charter|playbooks?|runbooks?|assessments?|cards?|questionnaires?)\b",
    re.I,
)


# Plural and British spellings of a kind, to its one name (an assessment is a report of one).
_DOC_KIND_OF = {
    "assessment": "report",
    "assessments": "report",
    "policies": "policy",
    "procedures": "procedure",
    "standards": "standard",
    "programme": "program",
    "reports": "report",
    "certificates": "certificate",
    "diagrams": "diagram",
    "summaries": "report",
    "summary": "report",
    "agreements": "agreement",
    "contracts": "contract",
    # A playbook or runbook that sets out what to do is a written plan ("Incident Playbook"
    # for "an incident response plan"). (A handbook or manual names no kind: it may hold a
    # policy or a plan, as its topics say.)
    "playbook": "plan",
    "playbooks": "plan",
    "runbook": "plan",
    "runbooks": "plan",
    "cards": "card",
    "questionnaires": "questionnaire",
}


def requested_items(question: str) -> tuple[str, ...]:
    """The things a request asks for, when it asks for several ("your ISO 27001 certificate and
    Statement of Applicability" → two); () when the question is not a request to provide."""
    m = _PROVIDE_RX.search(question.split("?")[0])
    if m is None:
        return ()
    body = _PARENTHESES_RX.sub(" ", question.split("?")[0][m.end() :])
    body = body.split(". ")[0]
    if _OR_RX.search(body):
        return ()  # alternatives ("a SOC 2 or an ISO certificate"): any one of them will do
    # "..., including the auditor's tests" qualifies the item before it; it is not another,
    # nor is an instruction beside the request.
    return tuple(
        p for p in _ITEM_SPLIT_RX.split(body) if subject_terms(p) and not _QUALIFIER_RX.match(p)
    )


def documents_stating(ctx: Context, item: str) -> list[EvidenceDocument]:
    """Held documents of the kind `item` names whose title and topics hold its specific words."""
    wanted = subject_terms(item) - _GENERAL_TERMS
    if not wanted:
        wanted = subject_terms(item)
    return [
        d
        for d in ctx.inventory.documents
        if wanted <= subject_terms(" ".join((d.title, *d.topics)))
        and same_kind(item, d.title, d.topics)
    ]


# "Provide ...", "Can you provide ...", "Are you willing to share ...": what follows is asked for.
_PROVIDE_RX = re.compile(
    r"^\s*(?:please\s+)?(?:(?:can|could|will|would)\s+you\s+(?:please\s+)?|"
    r"are\s+you\s+(?:able|willing)\s+to\s+)?"
    r"(?:" + _HAND_OVER + r")\b(?:\s+(?:us|a\s+copy\s+of))?",
    re.I,
)


_QUALIFIER_RX = re.compile(
    r"\s*(including|incl|with|which|that|covering|for|if|where|when|such|e\.?g|i\.?e|as|from|"
    r"in|of|to|on|by|showing|describing|detailing|type|"
    # An instruction beside the request ("and confirm the opinion is unqualified") is no item.
    r"confirm|describe|explain|indicate|state|list|specify|identify|note|tell|let)\b",
    re.I,
)


_OR_RX = re.compile(r"\bor\b|\beither\b", re.I)


# Items of a list: "A, B and C", "A & B", "A as well as B", "A along with B".
_ITEM_SPLIT_RX = re.compile(r",|;|\s(?:and|&|as well as|along with|plus)\s", re.I)


def condition_added(question: str, approved: ApprovedAnswer) -> bool:
    """Whether a question adds to an approved one a condition that neither it nor its answer
    says: "cyber insurance covering ransomware?" to "Do you carry cyber insurance?" answered
    "Yes, NZD 5 million with Vero"; a qualifier after the thing asked ("that ...",
    "covering ...", "which ...", "with ...")."""
    words = _WORD_RX.findall(approved.question.split("?")[0])
    if not words:
        return False
    # The thing the approved question asks of, by its last word ("insurance"), and what the
    # question puts right after it.
    thing = re.search(rf"\b{re.escape(words[-1])}\b", question, re.I)
    if _names_added(question, approved):
        return True  # "Is your cyber insurance provided by Lloyd's?" and "... with Vörður"
    m = _CONDITION_RX.match(question, thing.end()) if thing else None
    if m is None:
        return False
    added = specific_terms(m["cond"]) - subject_terms(approved.question)
    return bool(added) and not added & subject_terms(approved.answer)


def _names_added(question: str, approved: ApprovedAnswer) -> bool:
    """Whether a question names an organisation or product (a capitalised name after its
    first word) that neither the approved question nor its answer names."""
    said = f"{approved.question} {approved.answer}".casefold()
    return any(
        m[0].casefold() not in said and m[0] not in _NOT_ORG_WORDS
        for m in _PROPER_NAME_RX.finditer(question, question.find(" ") + 1)
    )


_PROPER_NAME_RX = re.compile(r"\b[A-Z][a-z][\w'’&-]*")


# Capitalised words that name no one: report and framework words, months, days.
_NOT_ORG_WORDS = frozenset(
    [
        "Type",
        "Trust",
        "Services",
        "Criteria",
        "Security",
        "Availability",
        "Confidentiality",
        "Privacy",
        "Processing",
        "Integrity",
        "If",
        "Please",
        "Yes",
        "No",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


# A condition put on the thing asked: "covering ransomware", "that names customers as ...".
_CONDITION_RX = re.compile(
    r"\s*(?:covering|that|which|with|including|includ(?:es|ing)|for)\s+(?P<cond>[^?]{3,80})", re.I
)


def from_approved(answer_text: str) -> Signed:
    """The short answer an approved answer gives: Yes/No when it starts so, else its text."""
    text = answer_text.strip()
    said = polarity(text)
    if said is None:
        return Signed(text, text, "answer")
    return Signed("Yes" if said else "No", text, "answer")
