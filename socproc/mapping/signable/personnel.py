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
    not checked ("employees in Cork are not criminal-record checked", "checked only if they
    will have production access"); Yes where a control says every employee is checked (at the time asked) and none
    says otherwise: "Every Dotterel employee provides a certificate of no criminal record
    before the first day of work". Checks of contractors or of a provider's staff say nothing
    of employees either way."""
    if not _ASK_RX.match(question):
        return NONE  # "including fingerprinting?", "and contractors?", "every year?": more asked
    before = bool(_BEFORE_RX.search(question))
    vendor = {w.lower() for w in ctx.inventory.vendor.split()}
    every: list[Control] = []
    denied = False
    for control in ctx.inventory.controls:
        for sentence in _FULL_STOP_RX.split(control.description):
            if _EXEMPT_RX.search(sentence) and _OURS_RX.search(sentence):
                denied = True  # "Seasonal staff are exempt from screening": not all
            if any(
                _CONDITION_RX.search(c) and _OURS_RX.search(c) and _CHECKED_RX.search(c)
                for c in _CLAUSE_RX.split(sentence)
                if not _OTHERS_RX.search(c)
            ):
                denied = True  # "except in France", "where local law allows", "unless ..."
                continue
            if not _CHECK_RX.search(sentence):
                continue
            for clause in _CLAUSE_RX.split(sentence):
                if _CHECKED_RX.search(clause) is None or _OTHERS_RX.search(clause):
                    continue
                ours = _OURS_RX.search(clause) and not _AGAIN_RX.search(clause)
                if (
                    ours
                    and _some_not_checked(clause, vendor)
                    and not _OTHER_SCREENING_RX.search(clause)
                    and not _HIRED_BEFORE_RX.search(clause)
                ):
                    return Signed("No", _as_said(control), control.id)
                if ours and _NOT_RX.search(clause):
                    denied = True  # "hired before that date were never checked": not all
                if (
                    _NAMED_CHECK_RX.search(clause)
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


# The whole ask, and nothing more: HECVAT's "Do you perform background screenings or
# multi-state background checks on all employees prior to their first day of work?", "Are all
# employees background checked (before their first day)?", "Do you perform background checks
# on all employees?".
_ASK_RX = re.compile(
    r"\s*(?:do\s+you\s+(?:perform|conduct|run|carry\s+out)\s+background\s+(?:screenings?\s+or\s+"
    r"multi-state\s+background\s+checks|checks|screenings?)\s+on\s+all\s+(?:new\s+)?employees|"
    r"(?:are|is)\s+(?:all|every)\s+(?:new\s+)?employees?\s+background[- ]checked)"
    r"(?:\s+(?:prior\s+to|before)\s+(?:their|the)\s+first\s+day(?:\s+of\s+(?:work|employment))?)?"
    r"\s*\?\s*$",
    re.I,
)
# A group of employees exempt or left out: "Seasonal staff are exempt from screening",
# "Part-time employees are excluded", "We do not run checks on part-time staff".
_EXEMPT_RX = re.compile(
    r"\b(?:exempt\w*|exclud\w*|not\s+run\s+checks|interns\s+are\s+not|part-time|seasonal|"
    r"temporary|fixed-term)\b",
    re.I,
)
# A condition or an exception on the check: "except in France", "where local law allows",
# "unless", "subject to consent", "where practicable", "if the role is in finance".
_CONDITION_RX = re.compile(
    r"\b(?:except\w*|excluding|other\s+than|unless|where|wherever|if|when|subject\s+to|as\s+far\s+"
    r"as|permitted|practicable|should|expected|re-?screen\w*|permanent|probation|extension|new\s+"
    r"role|agenc(?:y|ies)|staffing|told|policy|only|recruited\s+after|joining\s+the|assigned\s+to|"
    r"subsidiary|conflicts?|covid|sanctions?|drugs?|skills?|employment\s+history|transferr\w*|tupe|"
    r"acquir\w*|previous)\b",
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
    r"\b(?P<who>employees|staff)\b(?P<of>[^,;]{0,60}?)\b(?:are|were)\s+not\s+(?:background[- ]|"
    r"criminal[- ]record[- ]|criminal[- ])?(?:checked|screened|vetted)\b(?!\s+(?:by|again|after)\b)|"
    r"\bchecked\s+only\s+if\b",
    re.I,
)
# Words that do not narrow who is meant: "Employees are not ...", "All our staff ...".
_NOT_NARROWING = frozenset(["all", "every", "our", "the", "any", "of", "its", "their", "each"])


def _some_not_checked(clause: str, vendor: set[str]) -> bool:
    """Whether a clause says some of the vendor's employees are not checked: "Namibian
    employees are not checked", "employees in Cork are not criminal-record checked",
    "checked only if they will work on ClinicBill"; not "Employees are not vetted by the
    client" nor "Employees are not checked again"."""
    m = _SOME_NOT_RX.search(clause)
    if m is None:
        return False
    if m["who"] is None:
        return True
    before = clause[: m.start()].split()[-4:]
    narrowing = [w for w in before if w.lower() not in _NOT_NARROWING and w.lower() not in vendor]
    return bool(narrowing or m["of"].strip())


# A background check by name (not "screened for conflicts of interest", "vetted for skills").
_NAMED_CHECK_RX = re.compile(
    r"\b(?:background\s+(?:checks?|checked|screenings?|investigations?)|background[- ]checked|"
    r"criminal[- ](?:record|background|register|conviction)\w*|police\s+(?:checks?|clearance|"
    r"records?|certificates?)|national\s+police\s+check|garda\s+vetting|disclosure\s+scotland|"
    r"basic\s+disclosure|dbs\s+checks?|accessni|certificates?\s+of\s+(?:no\s+)?criminal|"
    r"antecedentes|good[- ]conduct)\b",
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
