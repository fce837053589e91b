"""Answers on the vendor's own people: whether all its employees are background checked
before they start, read from what the controls say of its employees."""

from __future__ import annotations

import re

from socproc.inventory.load import Control
from socproc.mapping.holdings import Context
from socproc.mapping.signable.negation import _FULL_STOP_RX
from socproc.mapping.signable.practices import _as_said
from socproc.mapping.signable.scope import _FUTURE_RX, _PAST_RX
from socproc.mapping.signable.stating import _TO_COME_RX
from socproc.mapping.signable.vocab import NONE, Signed


def employees_checked(ctx: Context, question: str) -> Signed:
    """Whether all employees are background checked (before their first day, where that is
    asked): "Do you perform background screenings or multi-state background checks on all
    employees prior to their first day of work?". No where a control says some employees are
    not checked, or only some are ("employees in Cork are not criminal-record checked",
    "checked only if they will have production access", "hired ... without background
    checks"); Yes where a control says every employee is checked (at the time asked) and none
    says otherwise: "Every Dotterel employee provides a certificate of no criminal record
    before the first day of work". Checks of contractors or of a provider's staff say nothing
    of employees either way."""
    if (
        not _ALL_EMPLOYEES_ASK_RX.search(question)
        or not _CHECK_RX.search(question)
        or _MORE_ASKED_RX.search(question)
    ):
        return NONE  # "including fingerprinting?": more than a check asked
    before = bool(_BEFORE_RX.search(question))
    vendor = {w.lower() for w in ctx.inventory.vendor.split()}
    every: list[Control] = []
    denied = False
    for control in ctx.inventory.controls:
        for sentence in _FULL_STOP_RX.split(control.description):
            if not _CHECK_RX.search(sentence):
                continue
            for clause in _CLAUSE_RX.split(sentence):
                if _CHECKED_RX.search(clause) is None or _OTHERS_RX.search(clause):
                    continue
                if not _OURS_RX.search(clause) or _AGAIN_RX.search(clause):
                    pass
                elif (
                    _SOME_NOT_RX.search(clause)
                    and not _OTHER_SCREENING_RX.search(clause)
                    and not _HIRED_BEFORE_RX.search(clause)
                ):
                    return Signed("No", _as_said(control), control.id)
                elif _NOT_RX.search(clause):
                    denied = True  # "hired before that date were never checked": not all
                if (
                    _CHECK_RX.search(clause)
                    and _every_employee(clause, vendor)
                    and (not before or _BEFORE_RX.search(clause))
                    and not _FUTURE_RX.search(clause)
                    and not _PAST_RX.search(clause)
                    and not _TO_COME_RX.search(clause)
                    and not _NOT_RX.search(clause)
                ):
                    every.append(control)
    if not every or denied:
        return NONE
    return Signed("Yes", _as_said(every[0]), every[0].id)


def _every_employee(clause: str, vendor: set[str]) -> bool:
    """Whether a clause is said of every employee of the vendor: "Every Dotterel employee",
    "All employees", "Ruvuma employees provide", "Before anyone joins us as an employee"; not
    "employees in Sweden" nor "employees who get production access"."""
    m = _EVERY_EMPLOYEE_RX.search(clause)
    if m is None:
        return False
    name = (m["name"] or m["name2"] or "").lower()
    return not name or name in vendor


# All employees asked: "on all employees", "all new employees", "every employee".
_ALL_EMPLOYEES_ASK_RX = re.compile(
    r"\b(?:all|every)\s+(?:new\s+|of\s+your\s+|your\s+)?(?:employees?|staff\s+members?|new\s+hires)\b",
    re.I,
)
# A background check in any words: criminal records, police clearance, vetting, screening.
_CHECK_RX = re.compile(
    r"\b(?:background\s+(?:checks?|checked|screen\w*|investigations?|verifications?)|"
    r"criminal[- ](?:record|background|register)\w*|police\s+(?:checks?|clearance|records?|"
    r"certificates?)|national\s+police\s+check|garda\s+vetting|disclosure\s+scotland|"
    r"basic\s+disclosure|dbs\s+checks?|accessni|certificates?\s+of\s+(?:no\s+)?criminal|"
    r"antecedentes|vetted|vetting|screened|screening|background[- ]checked)\b",
    re.I,
)
# Before the first day: "before the first day of work", "before they start", "prior to
# hire", "before anyone joins us".
_BEFORE_RX = re.compile(
    r"\b(?:before|prior\s+to)\s+(?:their\s+|the\s+|his\s+or\s+her\s+|they\s+|anyone\s+|being\s+|"
    r"an?\s+)?(?:first\s+day|start\w*|join\w*|hir\w*|employment|onboarding|an\s+offer|offer|"
    r"they\s+are\s+hired|is\s+given\s+a\s+contract|given\s+a\s+contract|day\s+one)\b",
    re.I,
)
# Every employee of the vendor as the subject: "Every Dotterel employee", "All employees",
# "Ruvuma employees provide", "Before anyone joins us as an employee".
_EVERY_EMPLOYEE_RX = re.compile(
    r"(?:\b(?:every|each|all)\s+(?:of\s+our\s+|our\s+|new\s+)?(?:(?P<name>(?-i:[A-Z])[\w-]+)\s+)?"
    r"(?:employees?|(?:new\s+)?hires?|(?:new\s+)?starters?|joiners?)\b|"
    r"^\s*(?:(?P<name2>(?-i:[A-Z])[\w-]+)\s+)?employees\s+(?:pass|provide|obtain|undergo|hand|submit|"
    r"give|must|are\s+(?:background|vetted|screened|checked|criminal))|"
    r"\bbefore\s+anyone\s+joins\s+us\s+as\s+an\s+employee\b)"
    r"(?!\s+(?:in|at|who|with|of|on|working|based|hired|from|outside)\b)",
    re.I,
)
# Others' people: contractors, a provider's agents or staff, freelancers.
_OTHERS_RX = re.compile(
    r"\b(?:contractors?|freelanc\w*|subcontract\w*|agents?|their\s+own|its\s+own|its\s+staff|"
    r"their\s+staff|providers?|partners?|vendors?|suppliers?|technicians?|fitters?)\b|"
    # "staff of Mackenzie Contact", "Nistru Soft's staff"
    r"\b(?:staff|employees|people|developers)\s+of\s+(?-i:[A-Z])|(?-i:[A-Z])[\w-]*['’]s\s+"
    r"(?:staff|employees|people)\b",
    re.I,
)
# Some of our people not checked, or checked only on a condition.
_SOME_NOT_RX = re.compile(
    r"\b(?:are|is|were|was)\s+not\s+(?:\w+\s+){0,2}?(?:checked|screened|vetted)\b|"
    r"\bnot\s+(?:background|criminal)[- ]?\w*\s*checked\b|\bwithout\s+(?:a\s+|any\s+)?"
    r"(?:background|criminal|police)\s+\w*\s*checks?\b|\bchecked\s+only\s+if\b|\bonly\s+if\s+"
    r"they\b|\bdid\s+not\b|\bonly\s+(?:employees|staff|those)\b",
    re.I,
)
# A check said in a clause, in the plainest words too: "were not checked".
_CHECKED_RX = re.compile(
    r"\b(?:checked|checks?|screened|screening|vetted|vetting|background|criminal|police|"
    r"disclosure)\b",
    re.I,
)
# Those hired before a practice began: whether "all employees" holds is left to the reviewer.
_HIRED_BEFORE_RX = re.compile(
    r"\b(?:hired|joined|employed|recruited)\s+(?:before|prior\s+to|until)\b", re.I
)
# More than a check asked: "including fingerprinting", "and credit checks".
_MORE_ASKED_RX = re.compile(
    r"\b(?:including|as\s+well\s+as|fingerprint\w*|credit|drug|education\w*|references?|"
    r"social\s+media|sex\s+offender|motor\s+vehicle|driving|financial)\b",
    re.I,
)
# Another screening said beside a criminal check not made: "give two references and are not
# criminal record checked", "checked by an agency for employment history".
_OTHER_SCREENING_RX = re.compile(
    r"\b(?:references?|employment\s+history|education|identity|right\s+to\s+work|agency|"
    r"former\s+employers?|previous\s+employers?|credit)\b",
    re.I,
)
# Checks after the start, not before it: "not checked again", "re-screened every year".
_AGAIN_RX = re.compile(
    r"\b(?:again|re-?check\w*|re-?screen\w*|re-?vet\w*|periodic\w*|annual\w*|every\s+(?:year|"
    r"\w+\s+years)|after\s+(?:hire|hiring|they\s+start|joining))\b",
    re.I,
)
# Our own employees or staff named in the clause.
_OURS_RX = re.compile(r"\b(?:employees?|staff|hires|starters)\b", re.I)
# A denial in a clause said of every employee ("every employee is not re-checked").
_NOT_RX = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
_CLAUSE_RX = re.compile(r";\s*|,\s+(?:but|while|whereas)\s+|\s+but\s+", re.I)
