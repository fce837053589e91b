"""Question cues, question IDs, header words and sheet names: the words extraction reads."""

from __future__ import annotations

import re
from functools import lru_cache

# ---------------------------------------------------------------------------------- text tests

# A questionnaire ID standing alone in a cell: "GNRL-01", "GV.OC-01.1", "G-SM-A-1-1", "Q12",
# "A.1.2", "1.2.3", "7". The lookahead demands a digit so words like "e.g." never qualify.
ID_RE = re.compile(
    r"(?=\S*\d)(?:[A-Za-z][A-Za-z0-9&]{0,9}(?:[-_.][A-Za-z0-9]{1,10}){1,6}"
    r"|[A-Za-z]{1,5}\d{1,4}[a-z]?|\d{1,3}(?:\.\d{1,3}){0,5})\.?"
)
# An ID at the start of question text. Letter-led IDs need a ':' / ')' / dash after them
# ("GV.OC-01.1: The ...") so phrases like "COVID-19 related ..." are left alone; dotted
# numbers may be followed by plain space ("1.2.3 Verify that ...").
EMBEDDED_ID_RE = re.compile(
    r"\s*(?:(?P<a>(?=[^\s:]*\d)[A-Za-z][A-Za-z0-9&]{0,9}(?:[-_.][A-Za-z0-9]{1,10}){1,6})\s*(?::|\)|\s[-–]\s)"
    # A code without a separator ("AI02:", "Q12)"): capitals then digits, and a ':' or ')'.
    r"|(?P<c>[A-Z]{1,5}\d{1,4}[a-z]?)\s*[:)]"
    r"|(?P<n>\d{1,3}(?:\.\d{1,3}){1,5})(?:\.|:|\))?\s)\s*"
)
IMPERATIVES = frozenset(
    re.findall(
        r"\w+",
        "provide describe explain list please attach confirm indicate state specify identify detail "
        "outline include submit share upload select summarize summarise document demonstrate define "
        "verify ensure enter give supply name",
    )
)
QUESTION_STARTS = frozenset(
    re.findall(
        r"\w+",
        "do does did is are was were have has can could will would should shall how what which who "
        "where when why may",
    )
)
_MODAL = re.compile(r"\b(?:shall|must)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def collapse_spaces(text: str) -> str:
    """Collapse all whitespace (wrapped lines, non-breaking spaces) into single spaces."""
    return " ".join(text.split())


def looks_like_question(text: str) -> bool:
    """A question mark, an interrogative or imperative opening, or a shall/must requirement."""
    text = text.strip()
    if len(text) < 8:
        return False
    if text.endswith("?"):
        return True
    first = _WORD.search(text)
    if first and first.start() <= 12:  # allow a short leading number or bullet
        word = first.group().lower()
        if word in QUESTION_STARTS or (word in IMPERATIVES and not _noun_use(text, first.end())):
            return True
    return bool(_MODAL.search(text))


def _noun_use(text: str, end: int) -> bool:
    """'List of Tables', 'Name of Organization', '<Name>': the verb word used as a noun."""
    rest = text[end:]
    return rest.startswith((">", "]")) or rest.lstrip().lower().startswith("of ")


# Who a requirement sentence binds: "The vendor shall ...", "Suppliers must ...".
_PARTY_MODAL = re.compile(
    r"(?:the\s+)?(?:vendor|supplier|contractor|provider|service provider|bidder|respondent|"
    r"proposer|offeror|third party|processor|subcontractor)s?\b[^.]{0,80}?\b(?:shall|must)\b",
    re.IGNORECASE,
)
# Words to the respondent about the form itself, not requests for information.
_NOT_ASKING = re.compile(
    r"please (?:note|read|refer|see|complete|answer|return|fill|respond|contact|use|do not)\b"
    r"|.*\b(?:(?:this|the) (?:questionnaire|form|template|workbook|spreadsheet)|(?:each|every|all) "
    r"(?:of the )?questions)\b",
    re.IGNORECASE,
)


def paragraph_asks(text: str) -> bool:
    """Stricter than looks_like_question, for running prose: a question, a request, or a
    "the vendor shall" sentence; never a list lead-in ("... the following:") or a long passage."""
    text = text.strip()
    if text.endswith(":") or len(text) > 600 or len(text.split()) < 3 or _NOT_ASKING.match(text):
        return False
    if text.endswith("?"):
        return True
    first = _WORD.search(text)
    if first and first.start() <= 12 and first.group().lower() in IMPERATIVES:
        return not _noun_use(text, first.end())
    return _PARTY_MODAL.match(text) is not None


def split_embedded_id(text: str) -> tuple[str | None, str]:
    """'GV.OC-01.1: The org ...' -> ('GV.OC-01.1', 'The org ...'); no ID -> (None, text)."""
    m = EMBEDDED_ID_RE.match(text)
    if not m or m.end() >= len(text):
        return None, text
    return (m.group("a") or m.group("c") or m.group("n")), text[m.end() :].strip()


def is_id(text: str) -> bool:
    return len(text) <= 24 and ID_RE.fullmatch(text.strip()) is not None


def id_value(text: str | None) -> str | None:
    """The cell's text when it can be a question ID (short, code-like), else None."""
    if not text:
        return None
    if is_id(text):
        return text.strip()
    text = collapse_spaces(text)
    if len(text) > 30 or len(text.split()) > 3:
        return None
    return text if any(ch.isdigit() for ch in text) else None


def clean_section(text: str) -> str:
    """A section title, trimmed: a long 'Name (ID): description' keeps only its name."""
    text = collapse_spaces(text)
    if len(text) > 80 and 3 <= text.find(":") <= 80:
        return text[: text.find(":")].strip()
    return text


# ---------------------------------------------------------------------------------- header words

_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern))
    for role, pattern in (
        (
            "id",
            r"#|id|no|nr|num|number|ref|reference|s/?n|sl no|item #|"
            r"(?:(?:control|question|ques|q|item|requirement|req|criteria|ref|reference|unique|line|"
            r"row|serial|sig|caiq) ?){1,2}(?:id|#|no|nr|num|number|ref|identifier)",
        ),
        (
            "section",
            r"section|category|domain|control domain|area|topic|(?:control )?family|chapter",
        ),
        (
            "comment",
            r".*\b(?:comments?|notes?|remarks?|explanation|justification|evidence|clarification)\b.*"
            r"|additional (?:info|information|details|context).*|details|supporting information"
            r"|(?:\w+ ){0,2}implementation (?:description|details)",
        ),
        (
            "answer",
            r"(?:[\w/&]+ ){0,3}(?:answers?|responses?)(?: [\w/&]+){0,2}|yes ?(?:/|or) ?no.*|y ?/ ?n|"
            r"compliance(?: status)?|compliant|status|(?:\w+ ){0,2}score|rating|implemented|"
            r"selection|in place|(?:\w+ )?reply|provided\??|submitted\??|attached\??",
        ),
        (
            "question",
            r"(?:[\w/&]+ ){0,3}(?:questions?|requirements?|query|queries|criteria|criterion)"
            r"(?:/\w+)?(?: text| description| statement| details)?|controls?|"
            r"control (?:statement|description|text|requirement|objective)s?",
        ),
        # Weaker words: a "Description" column is the question column only if something in it asks.
        ("described", r"descriptions?|items?|prompt|text"),
        # A document-request list: each row names a document to provide, and asks nothing.
        (
            "request",
            r"(?:(?:documents?|evidence|artifacts?|items?|information) )?(?:requested|requests?)"
            r"|(?:requested |required )?(?:documents?|artifacts?)(?: name| title| requested)?"
            r"|fields?(?: name)?|information requested",
        ),
    )
)
# Header words that only an evaluator's copy carries: such sheets are not for the vendor.
EVALUATOR_HEADER = re.compile(r"preferred response|\bweights?\b|override", re.IGNORECASE)
_HEADER_TRIM = re.compile(r"[\s:*?.\-–]+$|^[\s:*\-–]+")


@lru_cache(maxsize=4096)
def header_role(text: str) -> str | None:
    """The column role a header cell names, or None."""
    key = collapse_spaces(text).lower()
    key = re.sub(r"\s*\([^)]*\)\s*", " ", key).strip() or key  # "Response (Yes/No)" -> "response"
    key = _HEADER_TRIM.sub("", key)
    if len(key) > 60 or len(key.split()) > 5:
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.fullmatch(key):
            return role
    return None


def answer_strength(text: str) -> int:
    """How surely a header names the answer column: 'Answer' beats 'Compliance' beats 'Score'."""
    key = text.lower()
    if "answer" in key or "response" in key:
        return 3
    if any(w in key for w in ("yes", "y/n", "complian", "implemented", "selection")):
        return 2
    return 1


# ---------------------------------------------------------------------------------- sheet names

_NAME_SKIPS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        ("instructions", r"instruction|introduction|read ?me|\bcover\b|welcome|how to use"),
        ("changelog", r"change ?log|version history|revision history|release notes"),
        ("crosswalk", r"crosswalk|cross-reference|mapping to"),
        ("lookup", r"lookups?|\blists?\b|\bvalues\b|dropdowns?|validation data|reference data"),
        (
            "acknowledgments",
            r"acknowledg|attribution|licen[cs]e|credits|glossary|definitions|references?\b",
        ),
    )
)
# Sheets for the buyer's evaluator, never for the vendor: skipped even with a question column.
_EVALUATOR_NAME = re.compile(
    r"analyst|evaluat|scor(?:e|es|ing|ecard)\b|summary|report\b|dashboard|benchmark", re.IGNORECASE
)
_QUESTION_NAME = re.compile(r"question|requirement|response|control|request", re.IGNORECASE)


def sheet_name_skip(name: str) -> str | None:
    """Why a sheet's name alone says it holds no vendor questions, or None."""
    if _EVALUATOR_NAME.search(name):
        return "evaluator sheet"
    if _QUESTION_NAME.search(name):
        return None
    return name_reason(name)


def name_reason(name: str) -> str | None:
    """What kind of non-question sheet the name suggests (instructions, lookup...), or None."""
    for reason, pattern in _NAME_SKIPS:
        if pattern.search(name):
            return reason
    return None
